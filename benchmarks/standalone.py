"""Django, set up for a benchmark that runs as a script: import this module before any model.

The settings are dev's unless DJANGO_SETTINGS_MODULE names others; the pages are served from
the static finders, so no collectstatic is needed.
"""

import os
import warnings

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
django.setup()
warnings.filterwarnings("ignore", message="No directory at")
