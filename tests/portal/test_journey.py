"""The campaign reference on a page's links and forms: every link and form that stays on the
journey carries it, once; links to other sites, files, feeds and the private areas never do."""

import pytest

from portal.journey import html_with_ref, with_ref

REF = "kontorbyen~linkedin~paid"


@pytest.mark.parametrize(
    ("url", "carried"),
    [
        ("/lokaler/", f"/lokaler/?kampanje={REF}"),
        ("/lokaler/?kind=kontor", f"/lokaler/?kind=kontor&kampanje={REF}"),
        ("?kind=kontor&page=2", f"?kind=kontor&page=2&kampanje={REF}"),
        ("/lokaler/?kampanje=gammel~x~y&page=2", f"/lokaler/?page=2&kampanje={REF}"),
        ("/lokaler/a/henvendelse/#inquiry", f"/lokaler/a/henvendelse/?kampanje={REF}#inquiry"),
    ],
)
def test_an_address_gets_the_reference_once(url, carried):
    assert with_ref(url, REF) == carried


@pytest.mark.parametrize(
    "tag",
    [
        '<a href="https://www.linkedin.com/sharing/share-offsite/?url=x">',
        '<a href="//cdn.example/x">',
        '<a href="mailto:post@drammen.works">',
        '<a href="tel:+4712345678">',
        '<a href="#main">',
        '<a href="/static/vendor/leaflet.js">',
        '<a href="/media/images/a.jpg">',
        '<a href="/documents/4/prospekt.pdf">',
        '<a href="/admin/">',
        '<a href="/partner/login/">',
        '<a href="/api/v1/docs">',
        '<a type="application/atom+xml" href="/lokaler/feed/">',
        '<a download href="/lokaler/eksport.csv">',
        '<form method="get" action="https://www.google.com/search">',
        '<form method="post" action="https://example.org/form">',
    ],
)
def test_what_leaves_the_journey_carries_nothing(tag):
    assert html_with_ref(tag, REF) == tag


def test_links_and_forms_on_the_journey_carry_it():
    page = (
        '<body class="x"><a class="card" href="/lokaler/a/">A</a>'
        '<form class="search" method="get" action="/lokaler/"><input name="kind"></form>'
        '<form method="post" action="/lokaler/a/henvendelse/#inquiry"></form></body>'
    )

    assert html_with_ref(page, REF) == (
        f'<body data-campaign-ref="{REF}" class="x">'
        f'<a class="card" href="/lokaler/a/?kampanje={REF}">A</a>'
        '<form class="search" method="get" action="/lokaler/">'
        f'<input type="hidden" name="kampanje" value="{REF}"><input name="kind"></form>'
        f'<form method="post" action="/lokaler/a/henvendelse/?kampanje={REF}#inquiry"></form>'
        "</body>"
    )


def test_escaped_addresses_stay_escaped():
    tag = '<a href="?kind=kontor&amp;page=2">'

    assert html_with_ref(tag, REF) == f'<a href="?kind=kontor&amp;page=2&amp;kampanje={REF}">'
