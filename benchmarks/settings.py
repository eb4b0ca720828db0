"""Production settings as the README gives them, for `benchmarks/serving.py`.

Two changes only: the addresses gain the bare comparison page (benchmarks/urls.py), and
`collectstatic` writes into the temporary folder the benchmark names.
"""

import os

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
