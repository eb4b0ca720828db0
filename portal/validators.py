from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORGANISATION_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def organisation_number_is_valid(value):
    """A Norwegian organisation number: nine digits, the last a modulus-11 check digit."""
    digits = str(value).replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
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
