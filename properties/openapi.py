"""OpenAPI query parameters read off a Django form, so that the search form stays the one
declaration of what the search takes: its fields, types, limits and choices.

The choices of model fields (kinds, districts, owners …) are the database's, read when the schema
is asked for, so the schema names exactly the values the form accepts.
"""

from django import forms
from django.utils import translation

from portal.validators import CONTROL_CHARACTER_RANGES


def form_parameters(form):
    """One OpenAPI `in: query` parameter per field of a form instance. A form's RANGES, pairs of
    fields whose upper limit must be at least the lower one, are said in the upper's description
    (JSON Schema cannot compare two parameters)."""
    with translation.override("en"):
        parameters = {name: field_parameter(name, field) for name, field in form.fields.items()}
    for low, high in getattr(form, "RANGES", ()):
        parameters[high]["description"] += f"; at least {low} when both are given"
    return list(parameters.values())


def field_parameter(name, field):
    parameter = {
        "name": name,
        "in": "query",
        "required": field.required,
        "description": str(field.label or name),
        "schema": field_schema(field),
    }
    if field.help_text:
        parameter["description"] += f". {field.help_text}"
    if parameter["schema"].get("type") == "array":
        parameter.update(style="form", explode=True)
    elif not field.required:
        # as in an HTML form sent with the field left blank: the same as leaving it out
        parameter["allowEmptyValue"] = True
    return parameter


def field_schema(field):
    if isinstance(field, forms.ModelMultipleChoiceField):
        return {"type": "array", "items": {"type": "string", "enum": slugs(field)}}
    if isinstance(field, forms.ModelChoiceField):
        return {"type": "string", "enum": slugs(field)}
    if isinstance(field, forms.TypedChoiceField) and field.coerce is int:
        return {"type": "integer", "enum": [int(value) for value in choice_values(field)]}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": choice_values(field)}
    if isinstance(field, (forms.DecimalField, forms.FloatField)):
        return number_schema(field, "number")
    if isinstance(field, forms.IntegerField):
        return number_schema(field)
    if isinstance(field, forms.DateField):
        return {"type": "string", "format": "date"}
    if isinstance(field, forms.CharField):
        return text_schema(field)
    raise TypeError(f"no OpenAPI schema for {type(field).__name__}")


def slugs(field):
    return list(field.queryset.values_list(field.to_field_name, flat=True))


def choice_values(field):
    return [str(value) for value, _label in field.choices if value != ""]


def number_schema(field, kind="integer"):
    schema = {"type": kind}
    if field.min_value is not None:
        schema["minimum"] = field.min_value
    if field.max_value is not None:
        schema["maximum"] = field.max_value
    if field.initial is not None:
        schema["default"] = field.initial
    return schema


def text_schema(field):
    schema = {"type": "string"}
    if field.max_length is not None:
        schema["maxLength"] = field.max_length
    # Addresses with control characters are refused (portal/bad_input.py).
    schema["pattern"] = f"^[^{CONTROL_CHARACTER_RANGES}]*$"
    return schema
