"""The serving benchmark's bare page (benchmarks/urls.py) exists only in the benchmark's URLconf,
and is what the benchmark says it is: 20 KB through the site's own middleware."""

import pytest
from django.test import override_settings


def test_the_site_has_no_bare_benchmark_page(client, small_site):
    assert client.get("/bench/bare", follow=True).status_code == 404


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="benchmarks.urls")
def test_bare_page_is_20_kb_through_the_site_middleware(client):
    response = client.get("/bench/bare")

    assert response.status_code == 200
    assert len(response.content) >= 20 * 1024
    assert response["Cache-Control"].startswith("public")  # SharedCacheMiddleware ran
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response
    assert not response.cookies
