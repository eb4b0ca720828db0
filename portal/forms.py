from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from portal.attribution import CampaignRefField
from portal.validators import prohibit_control_characters, validate_organisation_number

phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{8,20}$",
    _("Enter a phone number with 8 to 15 digits, for example 400 00 000 or +47 400 00 000."),
)


def honeypot_field():
    """A field people never see (the `honeypot` class, aria-hidden); bots fill it in. A form
    with it filled in is answered as if sent, and nothing is stored or sent."""
    return forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )


def phone_field():
    """An optional phone number, as a phone keyboard and the browser's autofill know it."""
    return forms.CharField(
        label=_("Phone"),
        max_length=20,
        required=False,
        validators=[phone_validator],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )


class AccessibleFormMixin:
    """Designsystemet classes on every widget; errors and help text tied to their field; text
    with control characters refused with a message (Django refuses only NUL)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "ds-input")
            if isinstance(field, forms.CharField):
                field.validators.append(prohibit_control_characters)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described_by = [f"{bound.auto_id}_error"]
            if self.fields[name].help_text:
                described_by.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described_by)
            self.fields[name].widget.attrs["aria-invalid"] = "true"


class RelocationRequestForm(AccessibleFormMixin, forms.Form):
    """What a company tells the Drammen Works team when it asks for help to relocate."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    company = forms.CharField(
        label=_("Company"),
        max_length=160,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    organisation_number = forms.CharField(
        label=_("Organisation number"),
        max_length=11,
        required=False,
        validators=[validate_organisation_number],
        help_text=_("Nine digits, if the company is registered in Norway."),
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = phone_field()
    needs = forms.CharField(
        label=_("What do you need help with?"),
        max_length=4000,
        help_text=_("For example premises, recruitment, contacts in the municipality or housing."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    campaign = CampaignRefField(label=_("Campaign"))
    consent = forms.BooleanField(
        label=_("I agree that Drammen Works stores my request and contacts me about it."),
        error_messages={"required": _("We need your consent to store and answer your request.")},
    )
    website = honeypot_field()

    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

    def clean_organisation_number(self):
        return self.cleaned_data["organisation_number"].replace(" ", "")

    def submitted_data(self):
        """What is stored and e-mailed: every field but the honeypot."""
        return {name: value for name, value in self.cleaned_data.items() if name != "website"}
