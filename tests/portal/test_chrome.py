"""The cached menu and footer follow what editors publish, at no query cost per page."""

from bs4 import BeautifulSoup

from portal.factories import ContentPageFactory
from portal.models import ContactSettings


def menu_titles(client, url="/"):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".main-nav__list a")]


def test_a_published_menu_page_appears_at_once_and_leaves_when_unpublished(client, small_site):
    home = small_site["home"]["nb"]
    assert "Nytt i menyen" not in menu_titles(client)
    page = ContentPageFactory(parent=home, title="Nytt i menyen", show_in_menus=True)
    page.save_revision().publish()
    assert "Nytt i menyen" in menu_titles(client)
    page.unpublish()
    assert "Nytt i menyen" not in menu_titles(client)


def test_new_contact_details_show_in_the_footer(client, small_site):
    client.get("/")
    settings = ContactSettings.for_site(small_site.site)
    settings.email = "ny@drammenworks.no"
    settings.save()
    assert b"ny@drammenworks.no" in client.get("/").content


def test_the_chrome_costs_no_queries_once_built(client, small_site, django_assert_max_num_queries):
    client.get("/om-drammen-works/")
    client.get("/om-drammen-works/")
    with django_assert_max_num_queries(15) as queries:
        client.get("/om-drammen-works/")
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "portal_contactsettings" not in sql
    assert "portal_accessibilitystatementpage" not in sql
    assert "portal_relocationformpage" not in sql
