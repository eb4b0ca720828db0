"""The HTML the server sends for every page of the demo site the browser tests know (both
languages, the partner area included) passes the Nu HTML Checker without an error.

The checker is npm's `vnu-jar` (Java 17); `make vnu` fetches it into .cache/. It refuses loopback
addresses, so the pages are saved to files and the files are checked, all in one run.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import unquote, urlsplit
from urllib.request import Request, urlopen

import pytest
from django.conf import settings

VNU_JAR = Path(
    os.environ.get("VNU_JAR")
    or settings.BASE_DIR / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
)


@pytest.fixture(scope="module")
def vnu():
    missing = [
        what
        for what, there in (("java", shutil.which("java")), (VNU_JAR, VNU_JAR.exists()))
        if not there
    ]
    if missing:
        reason = f"the Nu HTML Checker needs {', '.join(map(str, missing))} (make vnu)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return VNU_JAR


def fetch(url, cookie=None):
    request = Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310 (the live server)
    try:
        with urlopen(request, timeout=60) as response:  # noqa: S310
            return response.read()
    except HTTPError as error:  # a 404 or 400 page is checked like any other
        return error.read()


def test_every_page_is_valid_html(live_site, partner_session, vnu, tmp_path):
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in partner_session["cookies"])
    for name, path in live_site.urls.items():
        html = fetch(live_site(path), cookie if name.startswith("partner-") else None)
        (tmp_path / f"{name}.html").write_bytes(html)
    result = subprocess.run(  # noqa: S603
        ["java", "-jar", str(vnu), "--errors-only", "--format", "json", str(tmp_path)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(unquote(urlsplit(m.get('url', '')).path)).stem}:{m.get('lastLine', '?')}: "
        f"{m['message']}  «{(m.get('extract') or '').strip()[:120]}»"
        for m in messages
    ]
    assert not errors, "\n".join(errors)
