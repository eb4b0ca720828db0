from django.conf import settings


def client_ip(request):
    """The visitor's address, trusting X-Forwarded-For only from our own proxies."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if proxies and len([ip for ip in forwarded if ip]) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
