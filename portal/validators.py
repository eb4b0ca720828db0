import re

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

ORGANISATION_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def organisation_number_is_valid(value):
    """A Norwegian organisation number: nine digits, the last a modulus-11 check digit."""
    digits = str(value).replace(" ", "")
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits, ORGANISATION_NUMBER_WEIGHTS, strict=False))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[8])


def validate_organisation_number(value):
    if not organisation_number_is_valid(value):
        raise ValidationError(
            _(
                "Enter a valid Norwegian organisation number: nine digits, as in the Brønnøysund "
                "Register Centre."
            ),
            code="invalid_organisation_number",
        )


# Tab and line breaks are text; every other control character (Unicode Cc: NUL, escape, …) is
# not, and PostgreSQL, XML feeds and e-mail headers refuse some of them. The same ranges serve
# as a regular expression here and in the API's schema.
CONTROL_CHARACTER_RANGES = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
CONTROL_CHARACTER = re.compile(f"[{CONTROL_CHARACTER_RANGES}]")


def has_control_characters(text):
    return CONTROL_CHARACTER.search(text) is not None


@deconstructible
class ProhibitControlCharactersValidator:
    message = _("Remove the control characters from this text; they cannot be stored.")
    code = "control_characters"

    def __call__(self, value):
        if has_control_characters(str(value)):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, ProhibitControlCharactersValidator)


prohibit_control_characters = ProhibitControlCharactersValidator()
