"""Straight-line distances, for «how far is it from Drammen station»."""

from math import asin, cos, radians, sin, sqrt

# Drammen station (Drammen stasjon), WGS 84.
DRAMMEN_STATION = (59.74058, 10.20423)
EARTH_RADIUS_M = 6_371_000


def distance_m(a, b):
    """Great-circle distance in metres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return round(2 * EARTH_RADIUS_M * asin(sqrt(h)))


def distance_to_station_m(latitude, longitude):
    return distance_m((float(latitude), float(longitude)), DRAMMEN_STATION)
