from django import forms
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from portal.attribution import CampaignRefField
from portal.chrome import cached_until_published
from portal.forms import AccessibleFormMixin, honeypot_field, phone_field
from portal.models import PartnerOrganisation
from properties.fields import range_filters
from properties.models import AlertSubscription, District, Facility, Inquiry, Listing, PropertyKind
from properties.models.taxonomy import in_label_order
from properties.selectors import published_facilities
from sectors.models import FocusArea

SORT_CHOICES = [
    ("newest", _("Newest first")),
    ("relevance", _("Best match for the search words")),
    ("area", _("Smallest area first")),
    ("-area", _("Largest area first")),
    ("rent", _("Lowest rent first")),
    ("distance", _("Closest to the station first")),
]

DISTANCE_CHOICES = [
    ("", _("Any distance")),
    ("500", _("Within 500 m")),
    ("1000", _("Within 1 km")),
    ("2000", _("Within 2 km")),
    ("5000", _("Within 5 km")),
    ("10000", _("Within 10 km")),
]


# A text field with a number keypad: it shows back what was typed, also when that is not a
# number (a number field cannot), and a scroll wheel never changes it by accident.
WHOLE_NUMBER = forms.TextInput(attrs={"inputmode": "numeric"})


class SlugChoiceField(forms.ModelMultipleChoiceField):
    """Choices by slug, so that a search reads well in its URL (?kind=kontor)."""

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)

    def label_from_instance(self, obj):
        return obj.label if hasattr(obj, "label") else obj.name


DECIMAL_NUMBER = forms.TextInput(attrs={"inputmode": "decimal"})


def range_field(name, label):
    """A search limit of the listing field `name`: a whole number, or a decimal one typed as
    the visitor's language writes it."""
    model_field = Listing._meta.get_field(name)
    decimal = isinstance(model_field, models.DecimalField)
    return model_field.formfield(
        label=label,
        help_text="",
        required=False,
        localize=decimal,
        widget=DECIMAL_NUMBER if decimal else WHOLE_NUMBER,
    )


def range_form_fields():
    fields = {}
    for limits in range_filters():
        fields[limits.low] = range_field(limits.low_field, limits.low_label)
        fields[limits.high] = range_field(limits.high_field, limits.high_label)
    return fields


# The range filters of properties.fields, from and to: one form field each.
RangeFilters = type("RangeFilters", (forms.Form,), range_form_fields())


class ListingSearchForm(AccessibleFormMixin, RangeFilters):
    """The investor's search. Every field is optional; the form is always read from GET."""

    # (lower, upper) limits of one range: the upper must be at least the lower when both are set
    RANGES = tuple((limits.low, limits.high) for limits in range_filters())
    field_order = ["q", "kind", "district", *RangeFilters.base_fields]

    q = forms.CharField(label=_("Search words"), max_length=200, required=False)
    kind = SlugChoiceField(
        PropertyKind.objects.all(), label=_("Kind"), widget=forms.CheckboxSelectMultiple
    )
    district = SlugChoiceField(
        District.objects.all(), label=_("District"), widget=forms.CheckboxSelectMultiple
    )
    available_by = forms.DateField(
        label=_("Available by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    facility = SlugChoiceField(
        Facility.objects.none(),  # set for each form: those of published listings
        label=_("Facilities"),
        widget=forms.CheckboxSelectMultiple,
    )
    # Set by links such as the partner directory's «all premises from …»; kept as hidden fields
    # so that changing the other filters keeps it.
    owner = SlugChoiceField(
        PartnerOrganisation.objects.all(),
        label=_("Property owner"),
        widget=forms.MultipleHiddenInput,
    )
    focus = forms.ModelChoiceField(
        FocusArea.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Suitable for"),
        empty_label=_("Any focus area"),
    )
    max_distance = forms.TypedChoiceField(
        label=_("Distance to Drammen station"),
        choices=DISTANCE_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["focus"].label_from_instance = lambda area: area.label
        self.fields["facility"].queryset = in_label_order(published_facilities())
        for name in ("kind", "district", "facility"):
            self.fields[name].widget.attrs.pop("class", None)

    CHOICE_FIELDS = ("kind", "district", "facility", "focus")

    def with_kept_choices(self):
        """The form with the choices it shows kept in the cache until the next change to
        listings or the taxonomies (portal.chrome), for a page that draws it."""
        language = translation.get_language()
        for name in self.CHOICE_FIELDS:
            field = self.fields[name]
            field.widget.choices = cached_until_published(
                f"search-choices:{name}:{language}",
                lambda field=field: [(str(value), str(label)) for value, label in field.choices],
            )
        return self

    def ranges(self):
        """The range filters as the template draws them: [(legend, lower, upper) …]."""
        return [(limits.legend, self[limits.low], self[limits.high]) for limits in range_filters()]

    def clean(self):
        data = super().clean()
        for low, high in self.RANGES:
            if data.get(low) is not None and data.get(high) is not None and data[low] > data[high]:
                self.add_error(high, _("The upper limit must be at least the lower limit."))
        return data


def search_errors(form):
    """A search form's errors as plain data: each parameter with its messages."""
    return {field: [str(error) for error in errors] for field, errors in form.errors.items()}


class ListingSearchApiForm(ListingSearchForm):
    """The search as the open-data API takes it: the same filters, and which page of results."""

    PAGE_SIZE_MAX = 100

    page = forms.IntegerField(label=_("Page"), min_value=1, initial=1, required=False)
    page_size = forms.IntegerField(
        label=_("Results per page"),
        min_value=1,
        max_value=PAGE_SIZE_MAX,
        initial=20,
        required=False,
    )

    def clean(self):
        data = super().clean()
        for name in self.repeated_single_values():
            self.add_error(name, _("Give this parameter once."))
        for name in ("page", "page_size"):
            if data.get(name) is None and name not in self.errors:
                data[name] = self.fields[name].initial
        return data

    def repeated_single_values(self):
        """Parameters that take one value but were given several (a form would use the last)."""
        return [
            name
            for name, field in self.fields.items()
            if not isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField)
            and len(self.data.getlist(name)) > 1
        ]


class InquiryForm(AccessibleFormMixin, forms.ModelForm):
    website = honeypot_field()
    consent = forms.BooleanField(
        label=_("I agree that Drammen Works stores my inquiry and passes it to the owner."),
        error_messages={"required": _("We need your consent to store and pass on your inquiry.")},
    )
    phone = phone_field()
    campaign = CampaignRefField()

    class Meta:
        model = Inquiry
        fields = ["name", "company", "email", "phone", "message", "move_in", "consent"]
        labels = {"name": _("Your name"), "move_in": _("Desired move-in date")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
            "move_in": forms.DateInput(attrs={"type": "date"}),
        }

    def clean_move_in(self):
        move_in = self.cleaned_data.get("move_in")
        if move_in and move_in < timezone.localdate():
            raise forms.ValidationError(_("The move-in date cannot be in the past."))
        return move_in

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


class AlertSubscriptionForm(AccessibleFormMixin, forms.ModelForm):
    campaign_ref = CampaignRefField()

    class Meta:
        model = AlertSubscription
        fields = ["email", "frequency", "query", "campaign_ref"]
        labels = {"email": _("Your e-mail address"), "frequency": _("How often")}
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "frequency": forms.RadioSelect,
            "query": forms.HiddenInput,
            "campaign_ref": forms.HiddenInput,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["frequency"].widget.attrs.pop("class", None)
