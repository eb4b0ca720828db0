"""Editors set up campaigns in the admin: purpose, target groups and channels from editable lists,
period, budget, a target per measure, status and the evaluation."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from campaigns.models import Campaign, Channel, Measure, TargetGroup

from .factories import days_from_today

pytestmark = pytest.mark.django_db


def test_target_groups_and_channels_come_from_a_migration(world):
    assert set(TargetGroup.objects.values_list("slug", flat=True)) >= {
        "bedriftsledere",
        "grundere",
        "investorer",
        "ambassadorer",
    }
    linkedin = Channel.objects.get(slug="linkedin")
    assert "linkedin" in linkedin.sources
    assert "ambassador" in Channel.objects.get(slug="ambassadorer").sources


def test_every_measure_has_a_target(world):
    for measure in Measure:
        assert world.report.target_for(measure.value) is not None


def campaign_form_data(**fields):
    groups = TargetGroup.objects.filter(slug__in=["bedriftsledere", "investorer"])
    channels = Channel.objects.filter(slug__in=["linkedin", "nyhetsbrev"])
    return {
        "name": "Logistikkbyen Drammen",
        "slug": "logistikkbyen",
        "purpose": "Vise logistikkbedrifter havna og E18.",
        "starts_on": days_from_today(5).isoformat(),
        "ends_on": days_from_today(65).isoformat(),
        "budget_nok": "250000",
        "status": "planned",
        "target_groups": [str(pk) for pk in groups.values_list("pk", flat=True)],
        "channels": [str(pk) for pk in channels.values_list("pk", flat=True)],
        "target_visits": "8000",
        "target_listing_views": "2000",
        "target_inquiries": "40",
        "target_relocation_requests": "12",
        "target_alert_subscriptions": "90",
        "what_worked": "",
        "what_to_change": "",
        **fields,
    }


def test_an_editor_sets_up_a_campaign(world, editor_client):
    add = reverse("wagtailsnippets_campaigns_campaign:add")
    assert editor_client.get(add).status_code == 200
    response = editor_client.post(add, campaign_form_data())
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message"
    )
    campaign = Campaign.objects.get(slug="logistikkbyen")
    assert campaign.budget_nok == 250_000
    assert campaign.status == Campaign.Status.PLANNED
    assert set(campaign.target_groups.values_list("slug", flat=True)) == {
        "bedriftsledere",
        "investorer",
    }
    assert set(campaign.channels.values_list("slug", flat=True)) == {"linkedin", "nyhetsbrev"}
    assert [campaign.target_for(m.value) for m in Measure] == [8000, 2000, 40, 12, 90]


def test_an_editor_writes_the_evaluation(world, editor_client):
    edit = reverse("wagtailsnippets_campaigns_campaign:edit", args=[world.ended.pk])
    data = campaign_form_data(
        name=world.ended.name,
        slug=world.ended.slug,
        starts_on=world.ended.starts_on.isoformat(),
        ends_on=world.ended.ends_on.isoformat(),
        status="evaluated",
        what_worked="Arrangementene ga mange henvendelser.",
        what_to_change="Smalere målretting.",
    )
    assert editor_client.post(edit, data).status_code == 302
    world.ended.refresh_from_db()
    assert world.ended.status == Campaign.Status.EVALUATED
    assert world.ended.what_worked == "Arrangementene ga mange henvendelser."


def test_a_negative_budget_is_refused(world, editor_client):
    add = reverse("wagtailsnippets_campaigns_campaign:add")
    response = editor_client.post(add, campaign_form_data(budget_nok="-1"))
    assert response.status_code == 200  # the form again, with its error
    assert not Campaign.objects.filter(slug="logistikkbyen").exists()


def test_editors_keep_the_channel_list(world, editor_client):
    add = reverse("wagtailsnippets_campaigns_channel:add")
    response = editor_client.post(
        add,
        {
            "name": "Podkast",
            "name_en": "Podcast",
            "slug": "podkast",
            "sort_order": "9",
            "utm_sources": "podcast, podkast",
        },
    )
    assert response.status_code == 302
    assert Channel.objects.get(slug="podkast").sources == ["podcast", "podkast"]


def test_the_campaign_list_links_each_report(world, editor_client):
    response = editor_client.get(reverse("wagtailsnippets_campaigns_campaign:list"))
    assert response.status_code == 200
    assert f"/admin/campaigns/reports/{world.report.pk}/".encode() in response.content


def test_partners_cannot_reach_the_campaign_admin(world, client):
    client.force_login(world.partner)
    response = client.get(reverse("wagtailsnippets_campaigns_campaign:list"))
    assert response.status_code in (302, 403)
    assert b"Rapportkampanjen" not in response.content
