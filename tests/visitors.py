"""A test client that behaves like a browser where counting is concerned: after a page, it loads
the page's beacon image (portal/beacon.py), with the same headers, as every browser does."""

import re

from django.test import Client

BEACON = re.compile(rb'<img class="beacon" src="([^"]+)"')


def beacon_src(response):
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    found = BEACON.search(response.content)
    return found.group(1).decode().replace("&amp;", "&") if found else None


class Visitor(Client):
    def get(self, path, data=None, follow=False, secure=False, *, headers=None, **extra):
        response = super().get(path, data, follow, secure, headers=headers, **extra)
        if src := beacon_src(response):
            super().get(src, secure=secure, headers=headers, **extra)
        return response
