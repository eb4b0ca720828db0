"""Settings → Personal data: an editor with the permission finds everything stored about one
e-mail address, exports it in one file (GDPR art. 15) and deletes it (art. 17) after confirming;
nothing of another address is touched, the log keeps no personal data, and editors without the
permission are refused."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from partners.models import PartnerInvitation, PartnerMembership
from portal.email import queue_email
from portal.models import OutboundEmail
from portal.privacy.sources import mentions
from properties.factories import InquiryFactory, PartnerContactFactory
from properties.models import AlertSubscription, Inquiry
from tests.html import soup_of

pytestmark = pytest.mark.django_db

OLA = "ola@investor.example"
KARI = "kari@annen.example"
SEARCH, EXPORT, ERASE = (
    "/admin/personal-data/",
    "/admin/personal-data/export/",
    "/admin/personal-data/delete/",
)


def person(small_site, address, *, spelled=None, company="Investor AS"):
    """Everything the site can store about one address; `spelled` as the visitor typed it."""
    typed = spelled or address
    form = small_site["form"]["nb"]
    organisation_contact = PartnerContactFactory(email=typed, name=f"Kontakt {company}")
    user = get_user_model().objects.create_user(
        f"partner-{company}", email=typed, password="x", first_name=company
    )
    PartnerMembership.objects.create(user=user, organisation=organisation_contact.organisation)
    records = {
        "inquiries": [
            InquiryFactory(email=typed, company=company),
            InquiryFactory(email=address.upper(), company=company),
        ],
        "relocation_requests": [
            FormSubmission.objects.create(
                page=form, form_data={"email": typed, "company": company, "name": "Ola"}
            )
        ],
        "alert_subscriptions": [AlertSubscription.objects.create(email=typed, query="kind=kontor")],
        "outgoing_emails": [
            OutboundEmail.objects.create(
                to=[typed], subject=f"Sendt {company}", body="…", sent_at=timezone.now()
            ),
            OutboundEmail.objects.create(
                to=["team@drammenworks.test"],
                reply_to=typed,
                subject=f"Forespørsel {company}",
                body=f"E-post: {typed}",
                sent_at=timezone.now(),
            ),
            queue_email(to=[typed], subject=f"Venter {company}", body="…"),
        ],
        "partner_invitations": [
            PartnerInvitation.objects.create(
                organisation=organisation_contact.organisation,
                email=typed,
                token_hash=f"hash-{address}-{company}",
                expires_at=timezone.now(),
            )
        ],
        "partner_contacts": [organisation_contact],
        "user_accounts": [user],
    }
    return records


@pytest.fixture
def ola_and_kari(small_site):
    return {
        OLA: person(small_site, OLA, spelled="Ola@Investor.example"),
        KARI: person(small_site, KARI, company="Annen AS"),
    }


def log_in(client, user, language="en"):
    """The admin speaks each user's own language (Norwegian unless they chose another)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def officer(client):
    user = get_user_model().objects.create_user("personvern", password="x")
    user.groups.add(Group.objects.get(name="Privacy officers"))
    return log_in(client, user)


@pytest.fixture
def superuser(client):
    admin = get_user_model().objects.create_superuser("admin-test", "a@drammenworks.test", "x")
    return log_in(client, admin)


def exists(record):
    return type(record).objects.filter(pk=record.pk).exists()


def test_finds_everything_about_one_address_in_any_case_and_nothing_of_another(
    client, officer, ola_and_kari
):
    response = client.post(SEARCH, {"email": "OLA@investor.example"})
    assert response.status_code == 200
    soup = soup_of(response)
    headings = [h.get_text(" ", strip=True) for h in soup.select("main h3, #main h3")]
    assert headings == [
        "Inquiries about premises (2)",
        "Requests for relocation help (1)",
        "Search alerts (1)",
        "Copies of e-mail the site sends (3)",
        "Invitations to the partner area (1)",
        "Partners' contact people (1)",
        "User accounts of partners and editors (1)",
    ]
    text = soup.get_text(" ", strip=True)
    assert "Sendt Investor AS" in text
    assert "Annen AS" not in text
    assert "Still waiting to be sent" in text
    assert "Settings → Users" in text


def test_nothing_stored_says_so(client, officer, ola_and_kari):
    response = client.post(SEARCH, {"email": "nobody@example.no"})
    assert "Nothing is stored about this address." in response.content.decode()


def test_the_export_is_one_file_with_every_record_and_the_log_keeps_no_address(
    client, officer, ola_and_kari
):
    response = client.post(EXPORT, {"email": OLA})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    assert OLA not in response["Content-Disposition"]
    document = json.loads(response.content)
    assert document["email"] == OLA
    expected = ola_and_kari[OLA]
    assert {name: len(rows) for name, rows in document["records"].items()} == {
        name: len(rows) for name, rows in expected.items()
    }
    assert document["records"]["inquiries"][0]["message"] == "Vi trenger 300 m² fra neste år."
    assert document["records"]["relocation_requests"][0]["company"] == "Investor AS"
    assert "Annen AS" not in response.content.decode()
    entry = ModelLogEntry.objects.get(action="portal.personal_data.export")
    assert entry.user == officer
    assert_no_personal_data(entry)


def assert_no_personal_data(entry):
    logged = json.dumps([entry.label, entry.data]).lower()
    for trace in ("ola", "investor", "kari", "@"):
        assert trace not in logged


def test_delete_asks_first_and_changes_nothing_until_confirmed(client, officer, ola_and_kari):
    response = client.post(ERASE, {"email": OLA})
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one('input[name="confirm"][value="yes"]')
    assert "Yes, delete" in soup.get_text()
    assert all(
        exists(r) for records in ola_and_kari.values() for rs in records.values() for r in rs
    )
    assert not ModelLogEntry.objects.filter(action="portal.personal_data.erase").exists()


def test_delete_removes_all_of_one_address_and_nothing_of_another(client, officer, ola_and_kari):
    response = client.post(ERASE, {"email": OLA, "confirm": "yes"})
    assert response.status_code == 302
    ola = ola_and_kari[OLA]
    kept = {name: [exists(record) for record in records] for name, records in ola.items()}
    assert kept == {
        "inquiries": [False, False],
        "relocation_requests": [False],
        "alert_subscriptions": [False],
        "outgoing_emails": [False, False, True],  # the last still waits to be sent
        "partner_invitations": [False],
        "partner_contacts": [True],  # shown with listings: changed on the partner
        "user_accounts": [True],  # deactivated where accounts are kept
    }
    assert all(exists(r) for records in ola_and_kari[KARI].values() for r in records)
    assert Inquiry.objects.filter(email__iexact=KARI).count() == 2
    entry = ModelLogEntry.objects.get(action="portal.personal_data.erase")
    assert entry.user == officer
    assert entry.data["counts"]["inquiries"] == {"found": 2, "deleted": 2}
    assert_no_personal_data(entry)
    page = client.get(response["Location"])
    assert "Deleted 7 records about the address. 3 records were kept" in page.content.decode()


def test_the_site_history_shows_the_request_without_the_address(client, officer, ola_and_kari):
    client.post(ERASE, {"email": OLA, "confirm": "yes"})
    log_in(client, get_user_model().objects.create_superuser("admin-test", "a@example.no", "x"))
    history = client.get("/admin/reports/site-history/")
    assert history.status_code == 200
    text = soup_of(history).get_text(" ", strip=True)
    assert "Deleted 7 of 10 records about a person" in text
    assert "investor" not in text.lower()


@pytest.mark.parametrize(
    "address",
    ["not-an-address", "ola@investor.example\x00", "ola\x00@investor.example", "", "a" * 300],
)
@pytest.mark.parametrize("url", [SEARCH, EXPORT, ERASE])
def test_bad_input_is_a_form_error(client, officer, small_site, url, address):
    response = client.post(url, {"email": address, "confirm": "yes"})
    assert response.status_code == 400
    error = soup_of(response).select_one(".w-field__errors .error-message")
    assert error is not None and error.get_text(strip=True)


def test_the_page_is_in_the_editors_language(client, officer, small_site):
    log_in(client, officer, "nb")
    response = client.get(SEARCH)
    soup = soup_of(response)
    assert (
        soup.find("label", attrs={"for": "id_email"})
        .get_text(strip=True)
        .startswith("E-postadresse")
    )
    assert "Personopplysninger" in soup.title.get_text()


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_user("redaktor-test", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    ("method", "url"), [("get", SEARCH), ("post", SEARCH), ("post", EXPORT), ("post", ERASE)]
)
def test_an_editor_without_the_permission_is_refused(client, editor, ola_and_kari, method, url):
    response = getattr(client, method)(url, {"email": OLA, "confirm": "yes"})
    assert response.status_code == 403
    assert "Privacy officers" in response.content.decode()
    assert all(exists(r) for records in ola_and_kari[OLA].values() for r in records)


def test_only_those_with_the_permission_see_the_menu_item(client, editor, small_site):
    assert b"/admin/personal-data/" not in client.get("/admin/").content
    editor.groups.add(Group.objects.get(name="Privacy officers"))
    assert b"/admin/personal-data/" in client.get("/admin/").content


def test_the_permission_can_be_given_to_any_group_in_the_admin(client, superuser, small_site):
    group = Group.objects.get(name="Editors")
    response = client.get(f"/admin/groups/edit/{group.pk}/")
    assert b"Can find, export and delete personal data by e-mail address" in response.content


def test_the_search_costs_the_same_queries_for_more_records(
    client, officer, small_site, django_assert_max_num_queries
):
    person(small_site, OLA)
    with CaptureQueriesContext(connection) as few:
        assert client.post(SEARCH, {"email": OLA}).status_code == 200
    for n in range(3):
        person(small_site, OLA, company=f"Flere {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "(4)" in client.post(SEARCH, {"email": OLA}).content.decode()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ola Nordmann <Ola@Investor.example>", True),
        ("team@drammenworks.no, ola@investor.example", True),
        ("E-post: ola@investor.example.", True),
        ("E-post: kola@investor.example", False),
        ("E-post: ola@investor.example.com", False),
        ("E-post: ola@investor.examples", False),
    ],
)
def test_an_email_names_the_address_only_as_a_whole_address(text, found):
    assert mentions(text, OLA) is found


def test_a_shorter_address_inside_a_longer_one_finds_nothing(client, officer, ola_and_kari):
    response = client.post(SEARCH, {"email": "la@investor.example"})
    assert "Nothing is stored about this address." in response.content.decode()


@pytest.mark.parametrize(
    "copy",
    [
        {"cc": [OLA]},
        {"bcc": [OLA]},
        {"from_email": f"Ola <{OLA}>"},
        {"html_body": f"<p>Skriv til {OLA}</p>"},
    ],
    ids=["cc", "bcc", "from", "html"],
)
def test_an_email_naming_the_address_only_in_cc_bcc_from_or_html_is_found_and_deleted(
    client, officer, small_site, copy
):
    OutboundEmail.objects.create(
        to=["team@drammenworks.test"], subject="Kopi", body="…", sent_at=timezone.now(), **copy
    )
    response = client.post(SEARCH, {"email": OLA})
    assert "Copies of e-mail the site sends (1)" in soup_of(response).get_text(" ", strip=True)
    client.post(ERASE, {"email": OLA, "confirm": "yes"})
    assert not OutboundEmail.objects.exists()
