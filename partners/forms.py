import re
from operator import attrgetter

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import PasswordResetForm
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _

from partners.models import PartnerMembership
from portal.accounts import reset_email_allowed
from portal.email import queue_email
from portal.forms import AccessibleFormMixin
from portal.site_url import absolute_url
from portal.uploads import SafeImageField, SafePdfField
from properties.fields import in_groups, partner_fields
from properties.models import Facility, Listing, ListingDocument
from properties.models.listings import reserved_slug_message, slug_from_title
from properties.models.taxonomy import in_label_order
from properties.selectors import published_facilities

# Fields of the partner form that stand in for a listing field: partners write plain text,
# and pick facilities or name new ones.
STAND_INS = {
    "description": ("description_text",),
    "description_en": ("description_en_text",),
    "facilities": ("known_facilities", "other_facilities"),
}
LISTING_FIELDS = [field.name for field in partner_fields() if field.name not in STAND_INS]


def text_to_html(text):
    """Partners write plain text; paragraphs become <p>, nothing they type becomes markup."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in p.splitlines()) + "</p>" for p in paragraphs
    )


def html_to_text(html):
    html = re.sub(r"<br\s*/?>", "\n", html or "")
    html = re.sub(r"</(p|h2|h3|li)>", "\n\n", html)
    text = strip_tags(html).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def https_by_default(model_field, **kwargs):
    """Addresses typed without a scheme get https:// (Django 6's default, asked for now)."""
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return model_field.formfield(**kwargs)


class ListingPartnerForm(AccessibleFormMixin, forms.ModelForm):
    description_text = forms.CharField(
        label=_("Description (Norwegian)"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=8000,
        help_text=_("Plain text. Leave a blank line between paragraphs."),
    )
    description_en_text = forms.CharField(
        label=_("Description (English)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=8000,
        required=False,
        help_text=_("Plain text. Leave a blank line between paragraphs."),
    )
    known_facilities = forms.ModelMultipleChoiceField(
        Facility.objects.all(),
        to_field_name="name",
        required=False,
        label=_("Facilities"),
        widget=forms.CheckboxSelectMultiple,
    )
    other_facilities = forms.CharField(
        label=_("Other facilities"),
        required=False,
        max_length=300,
        help_text=_("Separate them with commas, for example: rooftop terrace, bike repair."),
    )

    # as on the page, so the error summary reads in the same order
    field_order = [
        name for field in partner_fields() for name in STAND_INS.get(field.name, [field.name])
    ]

    class Meta:
        model = Listing
        fields = LISTING_FIELDS
        formfield_callback = https_by_default
        widgets = {
            "available_from": forms.DateInput(attrs={"type": "date"}),
            "focus_areas": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, organisation, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting  # sent for approval: the English must be there too
        self.fields["contact"].queryset = organisation.contacts.all()
        # Offered: the facilities of published listings, those the editors have named, and
        # this listing's own; never another partner's unpublished words.
        own = [tag.name for tag in self.instance.facilities.all()] if self.instance.pk else []
        facilities = self.fields["known_facilities"]
        facilities.label_from_instance = attrgetter("label")
        facilities.queryset = in_label_order(
            Facility.objects.filter(
                Q(pk__in=published_facilities().values("pk")) | ~Q(name_en="") | Q(name__in=own)
            )
        )
        self.fields["status"].help_text = _(
            "Changes to availability are also published when an editor approves them."
        )
        for name in ("focus_areas", "known_facilities"):
            self.fields[name].widget.attrs.pop("class", None)
        if self.instance.pk or self.instance.description:
            self.initial["description_text"] = html_to_text(self.instance.description)
            self.initial["description_en_text"] = html_to_text(self.instance.description_en)
            self.initial["known_facilities"] = [t.name for t in self.instance.facilities.all()]

    def groups(self):
        """The form's fields as its template lays them out: [(group, [[bound field, …] per
        row]) …] in the declaration's order (properties.fields)."""
        laid_out = []
        for group, rows in in_groups(partner_fields()):
            bound_rows = []
            for row in rows:
                names = STAND_INS.get(row[0].name)
                if names:
                    bound_rows += [(row[0].row, [self[name]]) for name in names]
                else:
                    bound_rows.append((row[0].row, [self[field.name] for field in row]))
            laid_out.append((group, bound_rows))
        return laid_out

    def clean_title(self):
        """A new listing's address comes from its title; some addresses are the section's own."""
        title = self.cleaned_data["title"]
        if self.instance.pk is None and reserved_slug_message(slug_from_title(title)):
            raise forms.ValidationError(
                _(
                    "A listing titled «%(title)s» would get the address of one of the premises "
                    "section's own pages. Add a word or two, for example the street or the "
                    "building's name."
                ),
                code="reserved_title",
                params={"title": title},
            )
        return title

    def clean(self):
        data = super().clean()
        self.instance.description = text_to_html(data.get("description_text", ""))
        self.instance.description_en = text_to_html(data.get("description_en_text", ""))
        return data

    def _post_clean(self):
        super()._post_clean()  # from here on the instance holds what the partner wrote
        if self.submitting:
            for name, message in self.instance.missing_english().items():
                self.add_error(STAND_INS.get(name, (name,))[0], message)

    def facility_names(self):
        names = [tag.name for tag in self.cleaned_data.get("known_facilities") or ()]
        others = self.cleaned_data.get("other_facilities") or ""
        names += [name.strip()[:80] for name in others.split(",") if name.strip()]
        return list(dict.fromkeys(names))[:30]

    def apply(self):
        """The draft with the form's values, nothing written to the database."""
        draft = self.save(commit=False)
        self._save_m2m()  # in memory: focus areas are a ParentalManyToManyField
        draft.facilities.set(self.facility_names())
        return draft


class AttachedFileForm(AccessibleFormMixin, forms.Form):
    """A file attached to a listing: one it has already (by id, only its own) or an upload,
    described in words; `remove` lets it go."""

    id_field = ""  # the hidden field naming the file the listing has already
    text_field = ""  # the words that describe it, required when there is a file
    not_the_listings = ""
    text_missing = ""

    def __init__(self, *args, allowed_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_ids = set(allowed_ids)

    def clean(self):
        data = super().clean()
        file_id = data.get(self.id_field)
        if file_id is not None and file_id not in self.allowed_ids:
            raise forms.ValidationError(self.not_the_listings)
        has_file = file_id is not None or data.get("upload")
        if has_file and not data.get("remove") and not data.get(self.text_field):
            self.add_error(self.text_field, self.text_missing)
        return data


class PhotoForm(AttachedFileForm):
    id_field, text_field = "image_id", "alt_text"
    not_the_listings = _("This photo does not belong to the listing.")
    text_missing = _("Describe the photo for people who cannot see it.")

    image_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    upload = SafeImageField(label=_("Photo"), required=False)
    alt_text = forms.CharField(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe what the photo shows, for people who cannot see it."),
    )
    alt_text_en = forms.CharField(
        label=_("Alternative text (English)"),
        max_length=250,
        required=False,
        help_text=_("The same in English, for visitors who read the site in English."),
    )
    caption = forms.CharField(label=_("Caption"), max_length=250, required=False)
    order = forms.IntegerField(label=_("Position"), min_value=1, max_value=99, required=False)
    remove = forms.BooleanField(label=_("Remove this photo"), required=False)


class DocumentForm(AttachedFileForm):
    id_field, text_field = "document_id", "title"
    not_the_listings = _("This document does not belong to the listing.")
    text_missing = _("Give the document a title.")

    document_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    upload = SafePdfField(label=_("PDF document"), required=False)
    title = forms.CharField(label=_("Title"), max_length=160, required=False)
    title_en = forms.CharField(
        label=_("Title (English)"),
        max_length=160,
        required=False,
        help_text=_("The same in English, for visitors who read the site in English."),
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=ListingDocument.Kind.choices,
        initial=ListingDocument.Kind.FLOOR_PLAN,
        required=False,
    )
    remove = forms.BooleanField(label=_("Remove this document"), required=False)


PhotoFormSet = forms.formset_factory(PhotoForm, extra=3, max_num=20, validate_max=True)
DocumentFormSet = forms.formset_factory(DocumentForm, extra=2, max_num=10, validate_max=True)


class InvitationForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Their e-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=PartnerMembership.Role.choices,
        initial=PartnerMembership.Role.EDITOR,
        widget=forms.RadioSelect,
        help_text=_("Partner admins can also invite and remove people."),
    )

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["role"].widget.attrs.pop("class", None)

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if PartnerMembership.objects.filter(
            organisation=self.organisation, user__email__iexact=email
        ).exists():
            raise forms.ValidationError(_("This person is already in your organisation."))
        return email


class InvitationAcceptForm(AccessibleFormMixin, forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        help_text=_("You log in with this. Letters, digits and @ . + - _ only."),
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not only digits, and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_username(self):
        username = self.cleaned_data["username"]
        User = get_user_model()
        User.username_validator(username)
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("That username is taken. Choose another."))
        return username

    def clean(self):
        data = super().clean()
        password1, password2 = data.get("password1"), data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif password1:
            try:
                password_validation.validate_password(password1)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class QueuedPasswordResetForm(AccessibleFormMixin, PasswordResetForm):
    """Password reset e-mails go through the e-mail queue like every other e-mail.

    The link is made from the site's configured address, never from the request's Host
    header, and one address gets only a few of them an hour, however many ask.
    """

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        if not reset_email_allowed(to_email):
            return
        path = reverse(
            "partners:password_reset_confirm",
            kwargs={"uidb64": context["uid"], "token": context["token"]},
        )
        context = {**context, "reset_url": absolute_url(path)}
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        queue_email(
            to=[to_email], subject=subject, body=render_to_string(email_template_name, context)
        )
