"""The accessibility statement says what uustatus.no asks of one, in both languages: the
conformance status, the known deviations, where to give feedback and how soon an answer comes,
the right to complain to the supervisory authority, and when it was last reviewed."""

import json
from datetime import date

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

EXPECTED = {
    "nb": {
        "status": "Drammen Works oppfyller delvis kravene i forskrift om universell utforming",
        "none_known": "Vi kjenner ikke til avvik fra kravene.",
        "answer": "Vi svarer innen 3 virkedager.",
        "complaint": "Tilsynet for universell utforming av IKT (Uutilsynet) i "
        "Digitaliseringsdirektoratet",
        "reviewed": "Sist gjennomgått",
    },
    "en": {
        "status": "Drammen Works meets the requirements of the Norwegian regulation on "
        "universal design of ICT (WCAG 2.1 level A and AA) in part",
        "none_known": "We know of no deviation from the requirements.",
        "answer": "We answer within 3 working days.",
        "complaint": "the Authority for Universal Design of ICT (Tilsynet for universell "
        "utforming av IKT) at the Norwegian Digitalisation Agency (Digitaliseringsdirektoratet)",
        "reviewed": "Last reviewed",
    },
}


def statement_in(client, small_site, language):
    response = client.get(small_site.url("statement", language))
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return main, " ".join(main.get_text(" ").split())


def edit_statement(small_site, **fields):
    for page in small_site["statement"].values():
        for name, value in fields.items():
            setattr(page, name, value)
        page.save()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_statement_says_what_the_supervisory_authority_asks(client, small_site, language):
    edit_statement(
        small_site,
        answer_within_days=3,
        last_reviewed=date(2026, 11, 20),
        uustatus_url="https://www.uustatus.no/nb/erklaringar/publisert/demo",
        deviations=json.dumps(
            [
                {
                    "type": "deviation",
                    "value": {
                        "criterion": "1.2.2",
                        "problem": "Filmen mangler teksting.",
                        "remedy": "Teksting kommer i mars.",
                    },
                }
            ]
        ),
    )
    main, text = statement_in(client, small_site, language)
    expected = EXPECTED[language]
    assert expected["status"] in text
    assert "1.2.2 Filmen mangler teksting." in text
    assert "Teksting kommer i mars." in text
    assert main.select_one('a[href="mailto:tilgjengelighet@example.com"]')
    assert expected["answer"] in text
    complaint = main.select_one('a[href="https://www.uutilsynet.no/"]').parent
    assert expected["complaint"] in complaint.get_text()
    assert main.select_one('a[href="https://www.uustatus.no/nb/erklaringar/publisert/demo"]')
    assert expected["reviewed"] in text
    assert main.select_one('time[datetime="2026-11-20"]')


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_statement_without_deviations_says_so(client, small_site, language):
    edit_statement(small_site, conformance="full", deviations="[]")
    _main, text = statement_in(client, small_site, language)
    assert EXPECTED[language]["none_known"] in text
    assert "in part" not in text and "delvis" not in text


def test_the_norwegian_names_in_the_english_statement_are_marked_as_norwegian(client, small_site):
    main, _text = statement_in(client, small_site, "en")
    names = [span.get_text() for span in main.select('span[lang="nb"]')]
    assert names == ["Tilsynet for universell utforming av IKT", "Digitaliseringsdirektoratet"]
