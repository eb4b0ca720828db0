"""Every relocation request the site receives becomes a case for the team, with the campaign,
source and medium that brought the company."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from establishments.models import EstablishmentCase, Stage
from tests.answers import RELOCATION as VALID
from tests.campaigns.factories import CampaignFactory


def send_request(client, small_site, **extra):
    return client.post(small_site.url("form"), {**VALID, **extra})


def test_a_relocation_request_becomes_a_new_case(client, small_site):
    response = send_request(client, small_site)
    assert response.status_code == 302
    case = EstablishmentCase.objects.get()
    assert (case.company_name, case.contact_name, case.contact_email, case.contact_phone) == (
        "Fjordlys AS",
        "Kari Nordmann",
        "kari@fjordlys.test",
        "+47 400 00 000",
    )
    assert case.needs == VALID["needs"]
    assert case.stage == Stage.NEW
    assert case.relocation_request == FormSubmission.objects.get()
    assert case.campaign is None


def test_the_case_is_credited_to_the_campaign_source_and_medium(client, small_site):
    campaign = CampaignFactory(slug="kontorbyen")
    send_request(client, small_site, campaign="kontorbyen~linkedin~paid")
    case = EstablishmentCase.objects.get()
    assert (case.campaign, case.campaign_source, case.campaign_medium) == (
        campaign,
        "linkedin",
        "paid",
    )


def test_an_unknown_campaign_is_no_credit(client, small_site):
    send_request(client, small_site, campaign="ukjent~linkedin~paid")
    assert EstablishmentCase.objects.get().campaign is None


def test_a_request_that_cannot_become_a_case_is_not_half_stored(client, small_site, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("the case could not be stored")

    monkeypatch.setattr("establishments.services.case_open_from_relocation_request", broken)
    with pytest.raises(RuntimeError):
        send_request(client, small_site)
    assert not FormSubmission.objects.exists()


def test_spam_makes_no_case(client, small_site):
    send_request(client, small_site, website="http://spam.test")
    assert not EstablishmentCase.objects.exists()


def test_the_organisation_number_the_company_gives_comes_with_the_case(client, small_site):
    send_request(client, small_site, organisation_number="974 760 673")
    assert EstablishmentCase.objects.get().organisation_number == "974760673"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nb", "Skriv et gyldig organisasjonsnummer"),
        ("en", "Enter a valid Norwegian organisation number"),
    ],
)
def test_a_wrong_organisation_number_is_answered_and_nothing_stored(
    client, small_site, language, message
):
    response = client.post(
        small_site.url("form", language), {**VALID, "organisation_number": "974760674"}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not EstablishmentCase.objects.exists()
