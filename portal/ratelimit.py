from django.core.cache import cache

from portal.net import hashed_client_ip


def hit_rate_limit(request, *, scope, limit, window):
    """Count one attempt from this visitor; True when they are over the limit.

    Counts live in the cache under a hash of the address and expire with the window, so no
    address is ever stored in the database.
    """
    key = f"ratelimit:{scope}:{hashed_client_ip(request)}"
    if cache.add(key, 1, timeout=window):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return False
    return count > limit
