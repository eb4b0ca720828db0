from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from portal.attribution import campaign_ref_of
from portal.email import queue_email
from portal.forms import RelocationRequestForm
from portal.origin import cross_site_refusal, sent_from_this_site
from portal.ratelimit import hit_rate_limit, too_many_requests
from portal.signals import relocation_requested


class RelocationFormPage(RoutablePageMixin, AbstractEmailForm):
    """Companies ask the Drammen Works team for help to relocate.

    The fields are fixed in code (they are translated and validated there); editors write the
    texts around them and choose who gets the e-mail. Every request is stored before any
    e-mail is tried, and the e-mail is sent by the background worker.
    """

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    base_form_class = WagtailAdminPageForm
    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("introduction"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to the team"),
        ),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/relocation_form_page.html"
    landing_page_template = "pages/relocation_form_page_landing.html"

    class Meta:
        verbose_name = _("relocation help form")

    def get_form_class(self):
        return RelocationRequestForm

    def get_data_fields(self):
        form = RelocationRequestForm()
        return [
            ("submit_time", _("Submission date")),
            *(
                (name, field.label)
                for name, field in form.fields.items()
                if name not in ("campaign", "website")
            ),
            ("campaign", _("Campaign")),
        ]

    @path("")
    def form(self, request):
        return self.serve_form(request)

    @path("thanks/")
    def thanks(self, request):
        return self.render_landing_page(request)

    def serve_form(self, request):
        if request.method == "POST" and not sent_from_this_site(request):
            return cross_site_refusal(request)
        data = request.POST if request.method == "POST" else None
        initial = {"campaign": campaign_ref_of(request)}
        form = self.get_form(data, page=self, user=request.user, initial=initial)
        if request.method == "POST" and form.is_valid():
            if retry_after := hit_rate_limit(request, scope="relocation"):
                return too_many_requests(request, retry_after)
            if form.is_spam:
                return redirect(self.url + self.reverse_subpage("thanks"))
            # The request and what receivers make of it (a case, a conversion) are kept together.
            with transaction.atomic():
                submission = self.process_form_submission(form)
                relocation_requested.send(
                    sender=type(self),
                    submission=submission,
                    campaign_ref=form.cleaned_data.get("campaign", ""),
                    request=request,
                )
            return redirect(self.url + self.reverse_subpage("thanks"))
        context = self.get_context(request)
        context["form"] = form
        status = 400 if form.is_bound else 200
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_email(self, form):
        lines = []
        for field in form.visible_fields():
            if field.name == "website":
                continue
            value = form.cleaned_data.get(field.name)
            if isinstance(value, bool):
                value = _("Yes") if value else _("No")
            lines.append(f"{field.label}: {value}")
        if form.cleaned_data.get("campaign"):
            lines.append(f"{_('Campaign')}: {form.cleaned_data['campaign']}")
        return "\n".join(lines)

    def process_form_submission(self, form):
        with transaction.atomic():
            submission = self.get_submission_class().objects.create(
                form_data=form.submitted_data(), page=self
            )
            if self.to_address:
                queue_email(
                    to=[address.strip() for address in self.to_address.split(",")],
                    subject=self.subject or str(_("New relocation request")),
                    body=self.render_email(form),
                    reply_to=form.cleaned_data["email"],
                )
        return submission
