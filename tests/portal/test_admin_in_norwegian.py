"""The admin speaks to a Norwegian editor in Norwegian, also where it shows yes/no fields, and
asks no third party (gravatar.com) for pictures of its users."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from properties.factories import ListingFactory
from sectors.models import KeyFigureSeries
from tests.campaigns.factories import CampaignFactory
from tests.html import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser(
        "redaktor-norsk", "redaktor@drammenworks.example", "x", first_name="Rita"
    )
    client.force_login(user)
    return client


def test_the_admin_shows_no_pictures_from_gravatar(editor):
    dashboard = editor.get("/admin/")
    assert dashboard.status_code == 200
    assert b"gravatar" not in dashboard.content
    assert b"gravatar" not in editor.get("/admin/account/").content


def cells(response):
    return [cell.get_text(" ", strip=True) for cell in soup_of(response).select("tbody td")]


def test_yes_no_columns_read_ja_and_nei(editor):
    KeyFigureSeries.objects.create(slug="demo", name="Demotall", source="Demo", is_demo=True)
    CampaignFactory(name="Demokampanjen", slug="demo", is_demo=True)
    CampaignFactory(name="Ekte kampanje", slug="ekte", is_demo=False)
    ListingFactory(title="Publisert annonse", slug="publisert")

    seen = []
    for model in get_snippet_models():
        response = editor.get(reverse(model.snippet_viewset.get_url_name("list")))
        assert response.status_code == 200, model
        texts = cells(response)
        assert not {"True", "False", "None"} & set(texts), model
        seen += texts

    assert {"Ja", "Nei"} <= set(seen)


def test_the_demo_data_column_is_labelled_and_filtered_in_norwegian(editor):
    CampaignFactory(name="Demokampanjen", slug="demo", is_demo=True)
    response = editor.get(reverse("wagtailsnippets_campaigns_campaign:list"))
    page = soup_of(response)
    headings = [heading.get_text(" ", strip=True) for heading in page.select("thead th")]
    assert "Demodata" in headings
    assert "Demo data" not in response.content.decode()
