from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from portal import beacon, views
from portal.accounts import AdminPasswordResetView
from portal.sitemaps import PageSitemap
from properties.api import api as properties_api
from properties.sitemaps import EnglishListingSitemap, ListingSitemap

handler500 = "portal.views.server_error"

SITEMAPS = {
    "pages": PageSitemap,
    "premises": ListingSitemap,
    "premises-en": EnglishListingSitemap,
}

urlpatterns = [
    # Wagtail's own password reset, with the portal's rate limits in front of it
    path(
        "admin/password_reset/",
        AdminPasswordResetView.as_view(),
        name="admin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("beacon", beacon.beacon, name="beacon"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("api/v1/", properties_api.urls),
    # An index of sections, so that no file grows past what search engines read (50,000 addresses)
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("search/"), views.search, name="search"),
    path(_("premises/"), include("properties.urls")),
    path("partner/", include("partners.urls")),
    # Wagtail's helpers (page passwords, its login), then its pages. The only pages that take a
    # POST are forms for anonymous visitors, which check where they were sent from instead of
    # a CSRF cookie (portal/origin.py).
    path("", include([url for url in wagtail_urls.urlpatterns if url.name != "wagtail_serve"])),
    re_path(serve_pattern, views.serve_page, name="wagtail_serve"),
    prefix_default_language=False,
)
