"""What the click-to-load map needs: the points to show and the tile server to ask."""

import json

from django.conf import settings

from portal.localized import shown_in_norwegian


def map_points(listings):
    return [
        {
            "title": listing.localized_title,
            "lang": "nb" if shown_in_norwegian(listing.title_en) else "",
            "url": listing.get_absolute_url(),
            "lat": float(listing.latitude),
            "lng": float(listing.longitude),
        }
        for listing in listings
        if listing.latitude is not None and listing.longitude is not None
    ]


def map_settings():
    return json.dumps(
        {"tiles": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}
    )
