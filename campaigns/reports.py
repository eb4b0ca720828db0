"""The figures of a campaign's evaluation: measures against targets, by day and by origin.

A campaign counts from its start date. Its page may be published earlier, for a preview or a
pre-launch; what is counted before the start (visits and conversions alike) is kept apart as
pre-launch figures and left out of the results, the days and the breakdowns."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.measurement import OTHER
from campaigns.models import Campaign, CampaignConversions, CampaignVisits, Channel, Measure

CONVERSIONS = [m for m in Measure if m != Measure.VISITS]
LAUNCHED = Q(date__gte=F("campaign__starts_on"))
METHOD = _(
    "A visit is a page opened with utm_* parameters in its address, or a campaign page. Listing "
    "views, inquiries, relocation requests and alert subscriptions count when the visitor got "
    "there through the campaign's links, which carry a campaign reference. No cookie is set and "
    "nothing is stored about the visitor, so one person who comes twice counts twice, and a "
    "visitor who leaves and comes back without the link is not attributed."
)


@dataclass
class MeasureResult:
    measure: Measure
    actual: int
    target: int

    @property
    def label(self):
        return self.measure.label

    @property
    def share_of_target(self):
        """Per cent of the target reached, or None when there is no target."""
        return round(100 * self.actual / self.target) if self.target else None


@dataclass
class CampaignFigures:
    campaign: Campaign
    totals: dict = field(default_factory=dict)  # measure value → int, from the start
    prelaunch: dict = field(default_factory=dict)  # measure value → int, before the start

    @property
    def measures(self):
        return [
            MeasureResult(
                measure, self.totals.get(measure.value, 0), self.campaign.target_for(measure.value)
            )
            for measure in Measure
        ]

    @property
    def visits(self):
        return self.totals.get(Measure.VISITS.value, 0)

    @property
    def prelaunch_visits(self):
        return self.prelaunch.get(Measure.VISITS.value, 0)

    @property
    def prelaunch_conversions(self):
        return sum(count for key, count in self.prelaunch.items() if key != Measure.VISITS.value)

    @property
    def inquiries(self):
        return self.totals.get(Measure.INQUIRIES.value, 0)

    @property
    def conversions(self):
        return sum(
            self.totals.get(measure.value, 0)
            for measure in CONVERSIONS
            if measure != Measure.LISTING_VIEWS
        )

    @property
    def conversion_rate(self):
        """Inquiries, relocation requests and alert subscriptions per 100 visits."""
        return round(100 * self.conversions / self.visits, 1) if self.visits else None

    @property
    def cost_per_inquiry(self):
        return round(self.campaign.budget_nok / self.inquiries) if self.inquiries else None


def totals_by_campaign(campaigns, period=LAUNCHED):
    """{campaign id: {measure: total}} for many campaigns in two queries; from each campaign's
    start, or with period=~LAUNCHED what came before it."""
    totals = {campaign.pk: {} for campaign in campaigns}
    visits = (
        CampaignVisits.objects.filter(period, campaign__in=campaigns)
        .values("campaign")
        .annotate(total=Sum("visits"))
    )
    for row in visits:
        totals[row["campaign"]][Measure.VISITS.value] = row["total"]
    conversions = (
        CampaignConversions.objects.filter(period, campaign__in=campaigns)
        .values("campaign", "measure")
        .annotate(total=Sum("count"))
    )
    for row in conversions:
        totals[row["campaign"]][row["measure"]] = row["total"]
    return totals


def campaign_figures(campaign):
    return all_campaign_figures([campaign])[0]


def all_campaign_figures(campaigns=None):
    campaigns = list(Campaign.objects.order_by("-starts_on") if campaigns is None else campaigns)
    totals = totals_by_campaign(campaigns)
    prelaunch = totals_by_campaign(campaigns, ~LAUNCHED)
    return [
        CampaignFigures(campaign, totals[campaign.pk], prelaunch[campaign.pk])
        for campaign in campaigns
    ]


def report_days(campaign, counted_dates=()):
    """The campaign's period up to today, stretched to any later day with figures (a page that
    stays live after the end still counts), so days add up to the totals."""
    first = campaign.starts_on
    last = max([min(campaign.ends_on, timezone.localdate()), *counted_dates])
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def daily_rows(campaign):
    """One dict per day of the campaign: the date and every measure, for the page and export."""
    visits = list(
        CampaignVisits.objects.filter(LAUNCHED, campaign=campaign)
        .values("date")
        .annotate(total=Sum("visits"))
    )
    conversions = list(
        CampaignConversions.objects.filter(LAUNCHED, campaign=campaign)
        .values("date", "measure")
        .annotate(total=Sum("count"))
    )
    counted_dates = {row["date"] for row in visits + conversions}
    rows = {
        day: {"date": day, **{m.value: 0 for m in Measure}}
        for day in report_days(campaign, counted_dates)
    }
    for row in visits:
        rows[row["date"]][Measure.VISITS.value] = row["total"]
    for row in conversions:
        rows[row["date"]][row["measure"]] = row["total"]
    return list(rows.values())


def origin_label(name, by):
    """A source or medium as the report names it: as written, «(none)» or the one line that
    holds every value nobody created (campaigns/measurement.py)."""
    if name == OTHER:
        return str(_("(other sources)") if by == "source" else _("(other mediums)"))
    return name or str(_("(none)"))


def breakdown(campaign, by):
    """Visits, inquiries and all conversions per source or per medium, biggest first."""
    table = {}
    for row in (
        CampaignVisits.objects.filter(LAUNCHED, campaign=campaign)
        .values(by)
        .annotate(total=Sum("visits"))
    ):
        table.setdefault(row[by], {"visits": 0, "inquiries": 0, "conversions": 0})
        table[row[by]]["visits"] += row["total"]
    for row in (
        CampaignConversions.objects.filter(LAUNCHED, campaign=campaign)
        .exclude(measure=Measure.LISTING_VIEWS)
        .values(by, "measure")
        .annotate(total=Sum("count"))
    ):
        entry = table.setdefault(row[by], {"visits": 0, "inquiries": 0, "conversions": 0})
        entry["conversions"] += row["total"]
        if row["measure"] == Measure.INQUIRIES:
            entry["inquiries"] += row["total"]
    return sorted(
        ({"name": origin_label(name, by), **values} for name, values in table.items()),
        key=lambda entry: (-entry["visits"], entry["name"]),
    )


def channel_breakdown(campaign):
    """The source breakdown grouped into the editable channels by their utm_source values."""
    channel_of = {}
    for channel in Channel.objects.all():
        for source in channel.sources:
            channel_of[source] = channel.label
    table = {}
    for entry in breakdown(campaign, "source"):
        name = channel_of.get(entry["name"].lower(), str(_("Other or direct")))
        totals = table.setdefault(name, {"visits": 0, "inquiries": 0, "conversions": 0})
        for key in totals:
            totals[key] += entry[key]
    return sorted(
        ({"name": name, **values} for name, values in table.items()),
        key=lambda entry: (-entry["visits"], entry["name"]),
    )
