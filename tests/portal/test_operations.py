"""What an operator relies on: the health check, error pages that never make things worse, and
production settings that pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

ROOT = Path(__file__).resolve().parents[2]


def test_healthz_answers_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content.decode().strip() == "ok"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_says_503_without_a_traceback_when_the_database_is_down(client, db):
    broken = mock.MagicMock()
    broken.cursor.side_effect = OperationalError("could not connect to server")
    with mock.patch("portal.views.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.content.decode()
    assert "Traceback" not in body
    assert "could not connect" not in body
    assert response["Content-Type"].startswith("text/plain")


def test_healthz_503_also_when_the_query_fails(client, db):
    broken = mock.MagicMock()
    broken.cursor.return_value.__enter__.return_value.execute.side_effect = OperationalError(
        "server closed the connection unexpectedly"
    )
    with mock.patch("portal.views.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == 503


def render_server_error(language, path="/"):
    with translation.override(language):
        return server_error(RequestFactory().get(path))


@pytest.mark.parametrize(("language", "path"), [("nb", "/"), ("en", "/en/")])
def test_server_error_page_makes_no_database_queries(django_assert_num_queries, db, language, path):
    with django_assert_num_queries(0):
        response = render_server_error(language, path)
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.find("main", id="main") is not None


def test_server_error_page_in_english(db):
    soup = BeautifulSoup(render_server_error("en", "/en/").content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == "Something went wrong"
    assert soup.find("a", href="/en/") is not None


def test_server_error_page_in_norwegian(db):
    with translation.override("nb"):
        expected = translation.gettext("Something went wrong")
    assert expected != "Something went wrong", "the 500 page is not translated into bokmål"
    soup = BeautifulSoup(render_server_error("nb").content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == expected


def test_server_error_page_works_when_the_database_is_gone(db):
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("gone"),
    ):
        response = render_server_error("nb")
    assert response.status_code == 500


def test_unhandled_error_gives_the_500_page_not_a_traceback(client, db):
    client.raise_request_exception = False
    with mock.patch("portal.views.HttpResponse", side_effect=RuntimeError("boom")):
        response = client.get("/robots.txt")
    assert response.status_code == 500
    body = response.content.decode()
    assert "boom" not in body
    assert "Traceback" not in body
    assert "<h1>" in body


def production_env(**extra):
    env = {key: value for key, value in os.environ.items() if key not in {"DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="drammenworks.example",
        PYTHONDONTWRITEBYTECODE="1",
        **extra,
    )
    return env


def manage(*args, env):
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deployment_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
