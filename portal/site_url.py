from django.conf import settings


def absolute_url(path):
    """The address of a path on this site, for e-mails and other places outside a request."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
