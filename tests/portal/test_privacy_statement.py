"""The privacy statement says what is kept and for how long, read from the settings and code that
delete it, in both languages; that visitors get no cookies; and whom to ask."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

EXPECTED = {
    "nb": {
        "inquiries": ("Henvendelser om lokaler", "18 måneder, så slettes det"),
        "alerts": ("Søkevarsler", "ikke er bekreftet innen 30 dager, slettes"),
        "accounts": ("Brukerkontoer for partnere og redaktører", "Så lenge kontoen finnes"),
        "counters": (
            "Tellere for e-post om nytt passord og søkevarsler sendt til en adresse",
            "høyst 24 timer",
        ),
        "one_month": "1 måned, så slettes det",
        "cookies": "Besøkende får ingen informasjonskapsler",
        "complaint": "klage til Datatilsynet",
    },
    "en": {
        "inquiries": ("Inquiries about premises", "18 months, then it is deleted"),
        "alerts": ("Search alerts", "not confirmed within 30 days is deleted"),
        "accounts": ("User accounts of partners and editors", "As long as the account exists"),
        "counters": (
            "Counts of password-reset and alert e-mail sent to an address",
            "at most 24 hours",
        ),
        "one_month": "1 month, then it is deleted",
        "cookies": "Visitors get no cookies",
        "complaint": "Norwegian Data Protection Authority (Datatilsynet)",
    },
}


def statement(client, small_site, language):
    response = client.get(small_site.url("privacy", language))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def retention_rows(main):
    table = main.select_one("table.retention-table")
    return {
        row.th.get_text(strip=True): row.td.get_text(" ", strip=True)
        for row in table.select("tbody tr")
    }


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_statement_gives_the_configured_retention_period(
    client, small_site, settings, language
):
    settings.RETENTION_MONTHS = 18
    main = statement(client, small_site, language)
    rows = retention_rows(main)
    expected = EXPECTED[language]
    assert len(rows) == 9
    label, period = expected["inquiries"]
    assert rows[label] == period
    label, period = expected["alerts"]
    assert period in rows[label]
    label, period = expected["accounts"]
    assert rows[label] == period
    label, period = expected["counters"]
    assert period in rows[label]
    settings.RETENTION_MONTHS = 1
    assert expected["one_month"] in retention_rows(statement(client, small_site, language)).values()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_statement_says_no_cookies_and_whom_to_ask(client, small_site, language):
    main = statement(client, small_site, language)
    text = " ".join(main.get_text().split())
    expected = EXPECTED[language]
    assert expected["cookies"] in text
    assert main.select_one('a[href="mailto:personvern@example.com"]')
    assert expected["complaint"] in text
    assert main.select_one('a[href="https://www.datatilsynet.no/"]')
    assert main.select_one("h2#kept") and main.select_one('table[aria-labelledby="kept"]')
