"""The Drammen Works team's establishment cases: a company that may move to Drammen, from the
first request to an establishment (and the jobs it brings) or a loss."""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from portal.validators import validate_organisation_number


class Stage(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    MEETING = "meeting", _("Meeting")
    SITE_VISIT = "site_visit", _("Site visit")
    DECISION = "decision", _("Decision")
    ESTABLISHED = "established", _("Established")
    LOST = "lost", _("Lost")


CLOSED_STAGES = (Stage.ESTABLISHED, Stage.LOST)
OPEN_STAGES = tuple(stage for stage in Stage if stage not in CLOSED_STAGES)


class CaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(stage__in=OPEN_STAGES)

    def responded_since(self, moment):
        return self.filter(created_at__gte=moment, first_response_at__isnull=False)


class EstablishmentCase(ClusterableModel):
    """One company the team helps to establish in Drammen."""

    company_name = models.CharField(_("company"), max_length=160)
    organisation_number = models.CharField(
        _("organisation number"),
        max_length=9,
        blank=True,
        validators=[validate_organisation_number],
        help_text=_("Nine digits, as in the Brønnøysund Register Centre."),
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), max_length=254, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True)
    needs = models.TextField(_("what they need"), blank=True)
    focus_area = models.ForeignKey(
        "sectors.FocusArea",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("focus area"),
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.NEW)
    lost_reason = models.TextField(_("why it was lost"), blank=True)
    adviser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="establishment_cases",
        verbose_name=_("adviser"),
    )
    projected_jobs = models.PositiveIntegerField(_("projected jobs"), default=0)
    realised_jobs = models.PositiveIntegerField(_("realised jobs"), null=True, blank=True)
    realised_jobs_checked_on = models.DateField(
        _("realised jobs checked on"), null=True, blank=True
    )
    campaign = models.ForeignKey(
        "campaigns.Campaign",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="establishment_cases",
        verbose_name=_("campaign"),
    )
    campaign_source = models.CharField(_("source"), max_length=40, blank=True)
    campaign_medium = models.CharField(_("medium"), max_length=40, blank=True)
    relocation_request = models.ForeignKey(
        "wagtailforms.FormSubmission",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("relocation request"),
    )
    is_demo = models.BooleanField(_("demo"), default=False)
    created_at = models.DateTimeField(_("opened"), default=timezone.now, editable=False)
    first_response_at = models.DateTimeField(
        _("first response"), null=True, blank=True, editable=False
    )
    established_on = models.DateField(_("established on"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("establishment case")
        verbose_name_plural = _("establishment cases")
        ordering = ["-created_at"]

    def __str__(self):
        return self.company_name

    def clean(self):
        errors = {}
        if self.stage == Stage.LOST and not self.lost_reason.strip():
            errors["lost_reason"] = _("Say why the case was lost.")
        if self.realised_jobs is not None and not self.realised_jobs_checked_on:
            errors["realised_jobs_checked_on"] = _("Give the date the realised jobs were checked.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.note_stage(timezone.now())
        super().save(*args, **kwargs)

    def note_stage(self, now):
        """The moments the stage implies: the first response, the establishment, the close."""
        if self.stage != Stage.NEW and self.first_response_at is None:
            self.first_response_at = now
        if self.stage == Stage.ESTABLISHED and self.established_on is None:
            self.established_on = timezone.localdate(now)
        self.closed_at = (self.closed_at or now) if self.stage in CLOSED_STAGES else None

    @admin.display(description=_("premises considered"))
    def premises_considered(self):
        return ", ".join(str(item.listing) for item in self.premises.select_related("listing"))

    @property
    def time_to_first_response(self):
        if self.first_response_at is None:
            return None
        return self.first_response_at - self.created_at

    @property
    def days_to_first_response(self):
        elapsed = self.time_to_first_response
        return None if elapsed is None else round(elapsed.total_seconds() / 86400, 1)


class PremisesConsidered(Orderable):
    """Premises the company considers (chosen, so that any number of listings stays fast)."""

    case = ParentalKey(EstablishmentCase, on_delete=models.CASCADE, related_name="premises")
    listing = models.ForeignKey(
        "properties.Listing", on_delete=models.CASCADE, related_name="+", verbose_name=_("listing")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("premises considered")
        verbose_name_plural = _("premises considered")

    def __str__(self):
        return str(self.listing)


class CaseContact(models.Model):
    """A contact the adviser had with the company: a call, an e-mail, a meeting."""

    case = ParentalKey(EstablishmentCase, on_delete=models.CASCADE, related_name="contacts")
    contacted_at = models.DateTimeField(_("when"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["contacted_at"]

    def __str__(self):
        return f"{self.case} {self.contacted_at:%Y-%m-%d}"


class ReminderSent(models.Model):
    """A reminder to the adviser to check a case's realised jobs, sent once per milestone."""

    case = models.ForeignKey(EstablishmentCase, on_delete=models.CASCADE, related_name="+")
    months = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "months"], name="one_reminder_per_milestone")
        ]

    def __str__(self):
        return f"{self.case} +{self.months}"
