"""Settings → Personal data: find, export and delete everything stored about one address.

The address travels only in POST bodies, never in an address that server logs or browser
histories keep.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.privacy.forms import AddressForm
from portal.privacy.services import (
    personal_data_erase,
    personal_data_export,
    personal_data_find,
)

PERMISSION = "portal.manage_personal_data"


def can_manage_personal_data(user):
    return user.has_perm(PERMISSION)


class PersonalDataView(WagtailAdminTemplateMixin, View):
    page_title = _("Personal data")
    header_icon = "user"
    template_name = "portal/admin/personal_data.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_personal_data(request.user):
            return self.refuse()
        return super().dispatch(request, *args, **kwargs)

    def refuse(self):
        """A 403 that says who may (Wagtail itself would redirect to the dashboard)."""
        self.template_name = "portal/admin/personal_data_refused.html"
        return self.render_to_response(self.get_context_data(), status=403)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def show(self, form, found=None, status=200):
        context = self.get_context_data(form=form, found=found)
        return self.render_to_response(context, status=status)

    def invalid(self, form):
        """Back to the search form, with the error on the field."""
        self.template_name = PersonalDataView.template_name
        return self.show(form, status=400)

    def get(self, request):
        """Only the search has a page of its own; the others answer a posted address."""
        return redirect("personal_data")

    def post(self, request):
        form = AddressForm(request.POST)
        if not form.is_valid():
            return self.invalid(form)
        return self.answer(request, form)


class PersonalDataSearchView(PersonalDataView):
    """The address asked about, and everything stored about it."""

    def get(self, request):
        return self.show(AddressForm())

    def answer(self, request, form):
        return self.show(form, personal_data_find(email=form.cleaned_data["email"]))


class PersonalDataExportView(PersonalDataView):
    """One JSON file with every record about the address (GDPR art. 15)."""

    def answer(self, request, form):
        document = personal_data_export(email=form.cleaned_data["email"], user=request.user)
        response = HttpResponse(
            json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        filename = f"personal-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class PersonalDataEraseView(PersonalDataView):
    """Asks to confirm, then deletes what may be deleted about the address (GDPR art. 17)."""

    template_name = "portal/admin/personal_data_erase.html"

    def answer(self, request, form):
        email = form.cleaned_data["email"]
        if request.POST.get("confirm") != "yes":
            return self.show(form, personal_data_find(email=email))
        deleted, kept = personal_data_erase(email=email, user=request.user)
        messages.success(request, erased_message(deleted, kept))
        return redirect("personal_data")


def erased_message(deleted, kept):
    message = ngettext(
        "Deleted %(count)s record about the address.",
        "Deleted %(count)s records about the address.",
        deleted,
    ) % {"count": deleted}
    if kept:
        message += " " + ngettext(
            "%(count)s record was kept; the search shows why.",
            "%(count)s records were kept; the search shows why.",
            kept,
        ) % {"count": kept}
    return message
