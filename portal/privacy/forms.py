from django import forms
from django.utils.translation import gettext_lazy as _


class AddressForm(forms.Form):
    """The e-mail address a data subject asks about."""

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_(
            "Finds inquiries, relocation requests, search alerts, e-mail the site sent, "
            "invitations, contact people and user accounts with this address, in any case."
        ),
    )
