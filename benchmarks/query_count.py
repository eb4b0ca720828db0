"""SQL queries per page, for `benchmarks/serving.py`: prints {path: queries} as JSON.

Runs in the environment of the site measured (its DJANGO_SETTINGS_MODULE, its Python), so it
serves Drammen Works and bakerydemo alike. Each path is asked for twice; the second, warm
request is counted, as a running server would answer it.
"""

import json
import os
import sys

sys.path.insert(0, os.getcwd())

import django

django.setup()

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def queries_for(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return len(captured) if response.status_code == 200 else None


def main(paths):
    client = Client(
        HTTP_HOST="127.0.0.1",
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_USER_AGENT=os.environ.get("BENCH_USER_AGENT", "Mozilla/5.0"),
    )
    print(json.dumps({path: queries_for(client, path) for path in paths}))


if __name__ == "__main__":
    main(sys.argv[1:])
