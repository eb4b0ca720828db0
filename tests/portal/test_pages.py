"""What visitors see of the site-wide pages, in Norwegian and English, and where editors may
create each page type."""

import re
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.models import AmbassadorPage, CampaignIndexPage
from partners.models import PartnerDirectoryPage
from portal.factories import ArticlePageFactory, ContentPageFactory, HomePageFactory
from portal.models import (
    AccessibilityStatementPage,
    ArticlePage,
    ContentPage,
    FourKPage,
    HomePage,
    NewsIndexPage,
    PrivacyStatementPage,
    RelocationFormPage,
)
from sectors.models import FactsPage, FocusAreaIndexPage
from tests.conftest import whole_sitemap
from tests.html import soup_of

PAGE_NAMES = ["home", "hub", "about", "news", "article", "statement", "privacy", "form"]


def menu_titles(response):
    return [link.get_text(strip=True) for link in soup_of(response).select("header nav a")]


class TestWhereEditorsCreatePages(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="drammen-works")
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.com", "pw")

    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_site_pages_go_under_the_home_page(self):
        for model in (
            FourKPage,
            ContentPage,
            NewsIndexPage,
            AccessibilityStatementPage,
            PrivacyStatementPage,
        ):
            self.assertCanCreateAt(HomePage, model)
        self.assertCanCreateAt(HomePage, RelocationFormPage)
        self.assertAllowedParentPageTypes(FourKPage, {HomePage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedParentPageTypes(PrivacyStatementPage, {HomePage})
        self.assertAllowedParentPageTypes(RelocationFormPage, {HomePage})

    def test_the_home_page_takes_the_pages_that_name_it_as_their_parent(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                FourKPage,
                ContentPage,
                NewsIndexPage,
                AccessibilityStatementPage,
                PrivacyStatementPage,
                RelocationFormPage,
                PartnerDirectoryPage,
                CampaignIndexPage,
                AmbassadorPage,
                FocusAreaIndexPage,
                FactsPage,
            },
        )

    def test_articles_live_in_the_news_index_only(self):
        self.assertAllowedParentPageTypes(ArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {ArticlePage})
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(ContentPage, ArticlePage)

    def test_content_pages_nest(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_leaf_pages_have_no_children(self):
        for model in (
            FourKPage,
            ArticlePage,
            AccessibilityStatementPage,
            PrivacyStatementPage,
            RelocationFormPage,
        ):
            self.assertAllowedSubpageTypes(model, set())

    def test_an_editor_creates_a_content_page_in_the_admin(self):
        self.client.force_login(self.admin)
        data = nested_form_data(
            {
                "title": "Om oss",
                "slug": "om-oss",
                "introduction": "Hvem vi er.",
                "body": streamfield([("text", rich_text("<p>Tekst</p>"))]),
            }
        )
        self.assertCanCreate(self.home, ContentPage, data)
        self.assertTrue(ContentPage.objects.child_of(self.home).filter(slug="om-oss").exists())


@pytest.mark.parametrize("name", PAGE_NAMES)
@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_page_type_renders_in_its_language(client, small_site, name, language):
    page = small_site[name][language]
    response = client.get(page.url)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == language
    assert soup.find("main", id="main") is not None
    if name != "home":
        assert soup.find("h1").get_text(strip=True) == page.title


def test_english_pages_live_under_en(small_site):
    assert small_site.url("hub", "nb") == "/knutepunkt/"
    assert small_site.url("hub", "en") == "/en/hub/"
    assert small_site.url("home", "en") == "/en/"


@pytest.mark.parametrize(
    ("language", "other", "expected"),
    [("nb", "en", "/en/hub/"), ("en", "nb", "/knutepunkt/")],
)
def test_language_switcher_links_to_the_same_page_in_the_other_language(
    client, small_site, language, other, expected
):
    response = client.get(small_site.url("hub", language))
    soup = soup_of(response)
    switch = soup.select(f'body a[hreflang="{other}"]')
    assert [a["href"] for a in switch] == [expected]
    assert switch[0]["lang"] == other
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select('head link[rel="alternate"]')
    }
    assert alternates["nb"].endswith("/knutepunkt/")
    assert alternates["en"].endswith("/en/hub/")
    assert alternates["en"].startswith("http")


def test_untranslated_page_switches_to_the_other_home_page(client, small_site):
    ContentPageFactory(parent=small_site["home"]["nb"], title="Bare norsk", slug="bare-norsk")
    soup = soup_of(client.get("/bare-norsk/"))
    assert [a["href"] for a in soup.select('body a[hreflang="en"]')] == ["/en/"]
    hreflangs = [link["hreflang"] for link in soup.select('head link[rel="alternate"]')]
    assert hreflangs == ["nb"]


def test_search_page_switches_language_too(client, small_site):
    with translation.override("en"):
        english_search = reverse("search")
    soup = soup_of(client.get(reverse("search")))
    assert [a["href"] for a in soup.select('body a[hreflang="en"]')] == [english_search]


@pytest.mark.parametrize(
    ("language", "expected", "not_expected"),
    [
        ("nb", ["Knutepunkt", "Om Drammen Works", "Nyheter", "Flyttehjelp"], "Hub"),
        ("en", ["Hub", "About Drammen Works", "News", "Relocation help"], "Knutepunkt"),
    ],
)
def test_main_menu_lists_the_menu_pages(client, small_site, language, expected, not_expected):
    titles = menu_titles(client.get(small_site.url("home", language)))
    for title in expected:
        assert title in titles
    assert not_expected not in titles
    statement = small_site["statement"][language].title
    assert statement not in titles  # not a menu page: it is linked from the footer


@pytest.mark.parametrize(
    ("language", "premises", "why_drammen"),
    [("nb", "Ledige lokaler", "Hvorfor Drammen"), ("en", "Available premises", "Why Drammen")],
)
def test_main_menu_puts_premises_first_and_the_four_ks_under_why_drammen(
    client, small_site, language, premises, why_drammen
):
    soup = soup_of(client.get(small_site.url("home", language)))
    items = soup.select(".main-nav__list > li")
    names = [item.find(["a", "summary"]).get_text(strip=True) for item in items]
    assert names[:2] == [premises, why_drammen]
    hub = small_site["hub"][language]
    assert hub.title not in names
    # a disclosure that works without JavaScript, its links in the page from the start
    group = items[1].find("details")
    assert group.find("summary").get_text(strip=True) == why_drammen
    assert [(a.get_text(strip=True), a["href"]) for a in group.select("ul a")] == [
        (hub.title, hub.url)
    ]


def test_main_menu_marks_the_current_section(client, small_site):
    soup = soup_of(client.get(small_site.url("hub")))
    current = soup.select('header nav a[aria-current="page"]')
    assert [a.get_text(strip=True) for a in current] == ["Knutepunkt"]
    assert "is-current" in soup.select_one(".main-nav__group summary")["class"]


def test_footer_links_to_the_privacy_and_accessibility_statements(client, small_site):
    for language in ("nb", "en"):
        soup = soup_of(client.get(small_site.url("home", language)))
        links = [a["href"] for a in soup.select("footer a")]
        privacy = links.index(small_site.url("privacy", language))
        assert links[privacy + 1] == small_site.url("statement", language)
        assert links.count(small_site.url("privacy", language)) == 1


@pytest.fixture
def many_articles(small_site):
    news = small_site["news"]["nb"]
    start = date(2025, 1, 1)
    # Created oldest first, so that tree order and date order differ.
    return [
        ArticlePageFactory(parent=news, title=f"Sak {n:02d}", date=start + timedelta(days=n))
        for n in range(1, 13)
    ]


def article_titles(response, news_url="/nyheter/"):
    links = soup_of(response).select("main .article-card__title a")
    return [a.get_text(strip=True) for a in links if a["href"].startswith(news_url)]


def test_news_index_lists_newest_first_ten_per_page(client, small_site, many_articles):
    # 12 new articles from 2025 plus the site's own article, dated 2026: 13 in all.
    url = small_site.url("news")
    first = article_titles(client.get(url))
    assert first == ["Kontorbyen Drammen"] + [f"Sak {n:02d}" for n in range(12, 3, -1)]
    second = client.get(url, {"page": 2})
    assert second.status_code == 200
    assert article_titles(second) == ["Sak 03", "Sak 02", "Sak 01"]
    assert soup_of(second).select('a[rel="prev"]')


@pytest.mark.parametrize("page_number", ["999", "abc", "-1", "0", "1.5", "9" * 50])
def test_news_index_survives_bad_page_numbers(client, small_site, many_articles, page_number):
    response = client.get(small_site.url("news"), {"page": page_number})
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert len(article_titles(response)) == 10


def test_home_page_shows_the_latest_news(client, small_site, many_articles):
    titles = article_titles(client.get(small_site.url("home")))
    assert titles == ["Kontorbyen Drammen", "Sak 12", "Sak 11"]


def test_draft_and_private_pages_are_hidden(client, small_site):
    draft = ContentPageFactory(parent=small_site["home"]["nb"], title="Utkast", live=False)
    assert client.get(draft.url or f"/{draft.slug}/").status_code == 404
    assert "Utkast" not in menu_titles(client.get("/"))


def test_not_found_page_in_norwegian(client, small_site):
    with translation.override("nb"):
        expected = translation.gettext("We cannot find that page")
    assert expected != "We cannot find that page", "404 text is not translated into bokmål"
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.html["lang"] == "nb"
    assert soup.find("h1").get_text(strip=True) == expected
    assert soup.find("a", href="/") is not None  # back to the Norwegian front page


def test_not_found_page_in_english(client, small_site):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.html["lang"] == "en"
    assert soup.find("h1").get_text(strip=True) == "We cannot find that page"
    assert soup.find("a", href="/en/") is not None


def test_search_has_a_norwegian_address(small_site):
    with translation.override("nb"):
        assert reverse("search") == "/sok/"
    with translation.override("en"):
        assert reverse("search") == "/en/search/"


def result_links(response):
    return [a["href"] for a in soup_of(response).select("main ol a")]


@pytest.fixture
def search_url():
    def url(language):
        with translation.override(language):
            return reverse("search")

    return url


def test_norwegian_search_finds_norwegian_pages_only(client, small_site, search_url):
    response = client.get(search_url("nb"), {"q": "Works"})
    assert response.status_code == 200
    links = result_links(response)
    assert "/om-drammen-works/" in links
    assert not [link for link in links if link.startswith("/en/")]


def test_english_search_finds_english_pages_only(client, small_site, search_url):
    response = client.get(search_url("en"), {"q": "Works"})
    assert response.status_code == 200
    assert soup_of(response).html["lang"] == "en"
    links = result_links(response)
    assert "/en/about-drammen-works/" in links
    assert all(link.startswith("/en/") for link in links)


def test_search_finds_words_in_the_body(client, small_site, search_url):
    links = result_links(client.get(search_url("nb"), {"q": "elvebyen"}))
    assert links == ["/om-drammen-works/"]


def test_empty_search_shows_no_results(client, small_site, search_url):
    for query in ("", "   "):
        response = client.get(search_url("nb"), {"q": query})
        assert response.status_code == 200
        assert result_links(response) == []
        assert not soup_of(response).select('[role="status"]')


@pytest.mark.parametrize(
    "query",
    ["x" * 10_000, "Drammen " * 500, '"unclosed', "AND OR NOT", "*", "(", "%_\\'", "NEAR(a b)"],
)
def test_odd_search_queries_never_fail(client, small_site, search_url, query):
    response = client.get(search_url("nb"), {"q": query, "page": "abc"})
    assert response.status_code == 200


def test_search_rejects_post(client, small_site, search_url):
    assert client.post(search_url("nb"), {"q": "Drammen"}).status_code == 405


def test_sitemap_lists_pages_in_both_languages(client, small_site):
    locations = re.findall(r"<loc>([^<]+)</loc>", whole_sitemap(client))
    assert all(loc.startswith("http") for loc in locations)
    paths = {"/" + loc.split("/", 3)[3] for loc in locations}
    for name in PAGE_NAMES:
        assert small_site.url(name, "nb") in paths
        assert small_site.url(name, "en") in paths


def test_sitemap_leaves_out_drafts(client, small_site):
    ContentPageFactory(parent=small_site["home"]["nb"], title="Utkast", slug="utkast", live=False)
    assert "/utkast/" not in whole_sitemap(client)


def test_robots_txt_points_to_the_sitemap(client, small_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
