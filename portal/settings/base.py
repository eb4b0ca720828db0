"""Settings shared by every environment. Safe for production: debug off, secrets from the env."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def origin(url):
    """«https://tile.example.org» of «https://{s}.tile.example.org/{z}/{x}/{y}.png»."""
    parts = urlsplit(url.replace("{s}", "a"))
    return f"{parts.scheme}://{parts.netloc}"


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "sectors",
    "properties",
    "partners",
    "campaigns",
    "establishments",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "csp",
    "django_permissions_policy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "portal.http_cache.SharedCacheMiddleware",
    "portal.middleware.OpenApiCorsMiddleware",
    "portal.middleware.NoIndexPrivateAreasMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.AddressLanguageMiddleware",
    "portal.bad_input.ControlCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.AdminLoginLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.journey.CampaignRefMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Shared caches (Varnish, a CDN) may keep anonymous pages this long; publishing purges them
# sooner. Browsers keep them for a minute. Nothing under these addresses is ever shared.
SHARED_CACHE_SECONDS = int(os.environ.get("SHARED_CACHE_SECONDS", "600"))
BROWSER_CACHE_SECONDS = int(os.environ.get("BROWSER_CACHE_SECONDS", "60"))
PRIVATE_AREA_PREFIXES = ("/admin/", "/partner/", "/en/partner/")  # logins; never indexed
PRIVATE_PATH_PREFIXES = (*PRIVATE_AREA_PREFIXES, "/documents/")

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file in the project folder unless DATABASE_URL says otherwise.
# SQLite under the demo's concurrency: every transaction takes the write lock when it begins,
# so a write waits its turn (up to SQLITE_TIMEOUT seconds) instead of failing with «database is
# locked»; with WAL, reading never waits for a writer.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": int(os.environ.get("SQLITE_TIMEOUT", "20")),
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Index reads cost about as much as sequential ones on SSDs and in memory; with
    # PostgreSQL's default (4) the planner scans the search index instead of using it.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = os.environ.get(
        "DB_OPTIONS", "-c random_page_cost=1.1"
    )
    # A database host that does not answer fails the request in seconds (a 503 page), not
    # after the worker's timeout.
    DATABASES["default"]["OPTIONS"]["connect_timeout"] = int(
        os.environ.get("DB_CONNECT_TIMEOUT", "3")
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
if REDIS_URL := os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
            "KEY_PREFIX": "drammenworks",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background work. Wagtail's own housekeeping (search and reference index) runs inline;
# e-mail goes through the database queue and is sent by `manage.py run_worker --backend background`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Seconds a background task may run; one RUNNING longer was left by a worker that died, and
# `run_worker` puts it back in the queue (and /healthz reports it).
BACKGROUND_TASK_TIMEOUT = int(os.environ.get("BACKGROUND_TASK_TIMEOUT", "600"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Norwegian bokmål at /, English at /en/.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# "Translate this page" saves the copy as a draft; the editor publishes it once translated
# (wagtail-localize's default publishes the untranslated copy when the source is live).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The project's own catalogue first (it wins), then the Norwegian that Wagtail's and
# wagtail-localize's catalogues lack or get wrong: one folder per upstream app,
# translations/<package>/<app>/nb/LC_MESSAGES/, checked against the installed packages by
# tests/test_translations.py.
LOCALE_PATHS = [BASE_DIR / "locale", *sorted(BASE_DIR.glob("translations/*/*"))]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploaded images and documents live on this machine's disk (MEDIA_ROOT), or in an S3-compatible
# bucket when MEDIA_S3_BUCKET is set: what more than one app server needs. The bucket, or a CDN in
# front of it, serves the files at MEDIA_S3_PUBLIC_URL. boto3 reads the credentials from
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY itself.
if MEDIA_S3_BUCKET := os.environ.get("MEDIA_S3_BUCKET"):
    MEDIA_S3_PUBLIC_URL = os.environ.get("MEDIA_S3_PUBLIC_URL", "").rstrip("/")
    if not MEDIA_S3_PUBLIC_URL.startswith(("https://", "http://")):
        raise ImproperlyConfigured(
            "Set MEDIA_S3_PUBLIC_URL to the address the bucket's files are served from, "
            "e.g. https://media.drammenworks.no"
        )
    public = urlsplit(MEDIA_S3_PUBLIC_URL)
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "custom_domain": public.netloc + public.path,
            "url_protocol": f"{public.scheme}:",
            "querystring_auth": False,  # public files, plain addresses
            "file_overwrite": False,  # a new name rather than replacing a file, as on disk
        },
    }
    MEDIA_URL = f"{MEDIA_S3_PUBLIC_URL}/"

# E-mail: every message (the portal's and Wagtail's) is stored and queued by EMAIL_BACKEND; the
# background worker sends it through EMAIL_DELIVERY_BACKEND, SMTP unless it says otherwise. A
# short timeout keeps the worker moving when the mail server is down; the queue retries later.
EMAIL_BACKEND = "portal.email.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Drammen Works <post@drammenworks.no>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Seconds before each retry of an e-mail the mail server did not take (1, 5 and 30 minutes, 2 and
# 12 hours); after the last one it waits for the nightly `send_queued_email`.
EMAIL_RETRY_SECONDS = [
    int(seconds)
    for seconds in os.environ.get("EMAIL_RETRY_SECONDS", "60,300,1800,7200,43200").split(",")
]
# Seconds one sender may take to send one e-mail before another may try it (same Message-ID).
EMAIL_SEND_LEASE = int(os.environ.get("EMAIL_SEND_LEASE", "120"))

# Security defaults (production.py turns on HTTPS-only behaviour).
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Wagtail
WAGTAIL_SITE_NAME = "Drammen Works"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "portal.search_backend"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Norwegian stemming: «kontorer» finds «kontor».
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "norwegian"
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.uploads.AdminImageForm"  # decoded in full, memory capped
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Initials instead of gravatar.com pictures: the admin asks no third party about its editors.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "portal.accounts.AdminLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "portal.accounts.AdminPasswordResetForm"  # noqa: S105

# The HTTP caches in front (Varnish, deploy/varnish/default.vcl) are purged on publish when
# FRONTEND_CACHE_URL says where they answer PURGE (comma-separated, e.g. http://127.0.0.1:6083);
# without it nothing is purged.
WAGTAILFRONTENDCACHE = {
    f"varnish-{number}": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location,
    }
    for number, location in enumerate(env_list("FRONTEND_CACHE_URL"), start=1)
}
# Wagtail would also purge each address with its /nb/ or /en/ prefix swapped; here the two
# languages have addresses of their own (/lokaler/, /en/premises/), purged by name instead.
WAGTAILFRONTENDCACHE_LANGUAGES = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"portal": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

LOGIN_URL = "partners:login"
LOGIN_REDIRECT_URL = "partners:dashboard"

# How many reverse proxies (nginx, a load balancer) stand in front of the app servers.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Readiness (/healthz): a static file every page needs, and how long queued e-mail may wait
# past its time before the site reports that no worker is sending it.
HEALTH_STATIC_FILE = "css/base.css"
HEALTH_QUEUE_MAX_AGE = int(os.environ.get("HEALTH_QUEUE_MAX_AGE", "600"))

# Personal data (inquiries, relocation requests, copies of sent e-mail, invitations) is deleted
# this many months after it was stored, by `delete_expired_personal_data` (cron, daily).
RETENTION_MONTHS = int(os.environ.get("RETENTION_MONTHS", "12"))

# How often one visitor may try something: scope → (attempts, window in seconds). Counted in
# the database, so every app server shares them (portal/ratelimit.py).
RATE_LIMITS = {
    # forms that write or send e-mail, per address
    "inquiry": (5, 10 * 60),
    "alert": (5, 10 * 60),
    "relocation": (5, 10 * 60),
    "password_reset": (5, 60 * 60),
    # e-mail to one address, whoever asks: no mail-bombing of a third party
    "password_reset_recipient": (3, 60 * 60),
    "alert_recipient": (1, 24 * 60 * 60),
    # invitations a partner's staff sends, per account
    "invitation": (20, 60 * 60),
    # failed logins: per account from one address, and per address across accounts
    "login_account": (5, 15 * 60),
    "login_address": (20, 15 * 60),
}

# Maps: tiles load only after the visitor asks for the map.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors")


# Browser features no page of the site uses are switched off; the video player (YouTube or
# Vimeo, after the visitor presses play) may go full screen and start playing.
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in (
            "accelerometer",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "publickey-credentials-get",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        )
    },
    "autoplay": ["self", *VIDEO_PLAYER_ORIGINS],
    "fullscreen": ["self", *VIDEO_PLAYER_ORIGINS],
    "picture-in-picture": ["self", *VIDEO_PLAYER_ORIGINS],
}

# The open data API: read by anyone, from any site (no credentials, nothing to write).
OPEN_API_PREFIX = "/api/v1/"

# Content Security Policy: public pages load nothing from other hosts, except map tiles after the
# visitor asks for the map, a video player after they press play, and images from the media
# bucket when there is one. The API docs (django-ninja's Swagger UI, shipped as static files)
# keep to the same policy. The admin brings inline scripts of its own and keeps Wagtail's.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/documents/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": [
            "'self'",
            "data:",
            origin(MAP_TILE_URL),
            *([origin(MEDIA_URL)] if "://" in MEDIA_URL else []),
        ],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],  # colour variables and the map's positions
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
