"""The production stage's moving parts: the README's environment on loopback, manage.py,
gunicorn and Varnish as subprocesses, and a plain HTTP client that follows no redirect."""

import http.client
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
VCL = BASE_DIR / "deploy" / "varnish" / "default.vcl"
VARNISHD = Path("/usr/sbin/varnishd")
# Variables the stage sets itself; any value the caller's shell has for them is left out.
PROJECT_VARIABLES = (
    "DJANGO_SETTINGS_MODULE",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "WAGTAILADMIN_BASE_URL",
    "SECURE_SSL_REDIRECT",
    "FRONTEND_CACHE_URL",
    "MEDIA_S3_BUCKET",
    "EMAIL_DELIVERY_BACKEND",
)
# Seconds per step and the first answers, for the summary at the end of the run.
TIMINGS = {}
SLOWEST = []


class StageError(Exception):
    """A step failed; the message says which, with the end of its output."""


def run_step(name, step):
    """The step's result; a failed step fails the test with the step's own message."""
    try:
        return step()
    except StageError as error:
        message = f"{name}: {error}"
    pytest.fail(message, pytrace=False)


@dataclass
class Answer:
    method: str
    path: str
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    seconds: float

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def __str__(self):
        outcome = self.status or f"no answer: {self.text}"
        return f"{self.method} {self.path} → {outcome} ({self.seconds * 1000:.0f} ms)"


def request(port, path, method="GET", headers=None, timeout=60, body=None):
    """One request to 127.0.0.1:port, as the TLS proxy in front would pass it on (https)."""
    sent = {"X-Forwarded-Proto": "https", **(headers or {})}
    sent = {name: value for name, value in sent.items() if value is not None}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.monotonic()
    try:
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        status, headers, body = response.status, response.headers, response.read()
    except (OSError, http.client.HTTPException) as error:
        # no answer at all (a worker killed at its timeout, say): status 0, the error as body
        status, headers, body = 0, http.client.HTTPMessage(), repr(error).encode()
    finally:
        connection.close()
    return Answer(method, path, status, headers, body, time.monotonic() - started)


def free_port(ports):
    """A port of `ports` («8400-8499») that nothing on loopback listens on, looked for from a
    random place in the range, so that test runs side by side rarely want the same one."""
    low, high = (int(part) for part in ports.split("-"))
    start = random.randint(low, high)
    for port in [*range(start, high + 1), *range(low, start)]:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise StageError(f"no free port in {ports}")


def reserve_port(ports):
    """A free port of `ports` that this process listens on (answering nothing) until the site
    starts on it: another test run looking for a free port meanwhile skips it."""
    low, high = (int(part) for part in ports.split("-"))
    for port in range(low, high + 1):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:  # something listens there
                continue
        holder = socket.socket()
        holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds
        try:
            holder.bind(("127.0.0.1", port))
        except OSError:  # taken between the probe and the bind
            holder.close()
            continue
        holder.listen()
        return port, holder
    raise StageError(f"no free port in {ports}")


def tail(text, lines=40):
    return "\n".join(text.strip().splitlines()[-lines:])


class Database:
    """A fresh database for the stage: `<name>_production` beside DATABASE_URL's PostgreSQL
    database, or a SQLite file in the stage's folder when DATABASE_URL is not PostgreSQL."""

    def __init__(self, folder, suffix="production"):
        configured = os.environ.get("DATABASE_URL", "")
        self.postgres = configured.startswith(("postgres://", "postgresql://"))
        if self.postgres:
            parts = urlsplit(configured)
            self.name = f"{parts.path.lstrip('/')}_{suffix}"
            self.url = parts._replace(path=f"/{self.name}").geturl()
            self.admin_url = parts._replace(path="/postgres").geturl()
        else:
            self.name = str(folder / "db.sqlite3")
            self.url = f"sqlite:///{self.name}"

    def create(self):
        self.drop()
        if not self.postgres:
            return
        self._run_admin(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.postgres:
            self._run_admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def _run_admin(self, statement):
        import psycopg2

        config = dj_database_url.parse(self.admin_url)
        connection = psycopg2.connect(
            dbname=config["NAME"],
            user=config["USER"],
            password=config["PASSWORD"],
            host=config["HOST"],
            port=config["PORT"] or 5432,
        )
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement)
        finally:
            connection.close()


class ProductionSite:
    """The README's production steps on loopback: settings, environment, migrate,
    collectstatic (manifest), the demo content and gunicorn."""

    def __init__(
        self, folder, port, *, workers=2, database_suffix="production", extra_env=None, held=None
    ):
        self.folder = folder
        self.port = port
        self.held = held  # the socket that keeps the port (reserve_port) until gunicorn starts
        self.workers = workers
        self.database = Database(folder, database_suffix)
        self.timings = {}
        self.gunicorn = None
        self.gunicorn_log = folder / "gunicorn.log"
        self.static_root = folder / "static"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in PROJECT_VARIABLES},
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.database.url,
            "MEDIA_ROOT": str(folder / "media"),
            "STATIC_ROOT": str(self.static_root),
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            **(extra_env or {}),
        }

    def manage(self, *args, extra_env=None, timeout=300):
        """Run manage.py with the production environment; its output, or StageError."""
        command = [sys.executable, "manage.py", *args]
        done = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            command,
            cwd=BASE_DIR,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise StageError(
                f"manage.py {' '.join(args)} exited {done.returncode}:\n"
                f"{tail(done.stdout)}\n{tail(done.stderr)}"
            )
        return done.stdout

    def timed(self, name, step, *args, **kwargs):
        started = time.monotonic()
        result = step(*args, **kwargs)
        self.timings[name] = time.monotonic() - started
        return result

    @contextmanager
    def collectstatic_beside(self):
        """collectstatic in a process of its own while the block runs (it takes as long as
        migrate); a StageError after the block if it failed."""
        started = time.monotonic()
        collect = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            yield
        finally:
            output, _ = collect.communicate(timeout=300)
        self.timings["collectstatic (beside migrate)"] = time.monotonic() - started
        if collect.returncode != 0:
            raise StageError(f"collectstatic exited {collect.returncode}:\n{tail(output)}")

    def build(self):
        """migrate and then the demo content, with collectstatic beside them."""
        self.timed("create database", self.database.create)
        with self.collectstatic_beside():
            self.timed("migrate", self.manage, "migrate", "--no-input", "-v0")
            self.timed("load_demo --skip-users", self.manage, "load_demo", "--skip-users")

    def start(self):
        started = time.monotonic()
        if self.held is not None:
            self.held.close()
        self.gunicorn = subprocess.Popen(  # noqa: S603 - gunicorn from this virtualenv
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                # its own control socket, not the one in ~/.gunicorn another instance may use
                "--control-socket",
                str(self.folder / "gunicorn.ctl"),
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.gunicorn_log.open("w"),
            stderr=subprocess.STDOUT,
        )
        wait_until_answering(self.port, "/healthz", self.gunicorn, self.log_tail, timeout=60)
        self.confirm_listening()
        self.timings["gunicorn ready"] = time.monotonic() - started

    def confirm_listening(self, timeout=15):
        """That the answers come from this gunicorn, not from another one on the same port."""
        listening = f"Listening at: http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            log = self.gunicorn_log.read_text(errors="replace")
            if listening in log:
                return
            if "Connection in use" in log or self.gunicorn.poll() is not None:
                break
            time.sleep(0.2)
        raise StageError(f"gunicorn is not listening on {self.port}:\n{self.log_tail()}")

    def get(self, path, **kwargs):
        return request(self.port, path, **kwargs)

    def log_tail(self, lines=40):
        return tail(self.gunicorn_log.read_text(errors="replace"), lines)

    def stop(self):
        if self.held is not None:
            self.held.close()
        stop_process(self.gunicorn)
        self.database.drop()


def wait_until_answering(port, path, process, log_tail, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StageError(f"exited {process.returncode} while starting:\n{log_tail()}")
        if request(port, path, timeout=5).status == 200:
            return
        time.sleep(0.2)
    raise StageError(f"{path} on port {port} did not answer 200 in {timeout} s:\n{log_tail()}")


def stop_process(process):
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Varnish:
    """varnishd on loopback in front of the stage's gunicorn, with the shipped VCL: visitors on
    one port, PURGE on another (the socket named «purge»)."""

    def __init__(self, folder, backend_port, port, purge_port):
        self.port = port
        self.purge_port = purge_port
        self.folder = folder
        # varnishd reads the VCL as its own unprivileged user: a folder anyone may read
        self.vcl_folder = Path(tempfile.mkdtemp(prefix="varnish-vcl-"))
        self.vcl_folder.chmod(0o755)
        self.vcl = self.vcl_folder / "default.vcl"
        self.workdir = Path(f"/tmp/varnish-drammenworks-{os.getpid()}")  # noqa: S108 - varnishd -n
        self.log = folder / "varnishd.log"
        self.backend_port = backend_port
        self.process = None

    def render_vcl(self):
        """The shipped VCL with gunicorn's port of this run, the only line that differs."""
        shipped = VCL.read_text()
        line = '.port = "8000";'
        if shipped.count(line) != 1:
            raise StageError(f"{VCL} should name gunicorn's port once as {line}")
        self.vcl.write_text(shipped.replace(line, f'.port = "{self.backend_port}";'))
        self.vcl.chmod(0o644)

    def start(self):
        self.render_vcl()
        self.process = subprocess.Popen(  # noqa: S603 - the system's varnishd
            [
                str(VARNISHD),
                "-F",
                "-a",
                f"public=127.0.0.1:{self.port}",
                "-a",
                f"purge=127.0.0.1:{self.purge_port}",
                "-T",
                "none",
                "-f",
                str(self.vcl),
                "-n",
                str(self.workdir),
                "-s",
                "malloc,64m",
            ],
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        wait_until_answering(self.port, "/healthz", self.process, self.log_tail, timeout=30)

    @property
    def purge_url(self):
        return f"http://127.0.0.1:{self.purge_port}"

    def get(self, path, **kwargs):
        return request(self.port, path, **kwargs)

    def log_tail(self, lines=40):
        return tail(self.log.read_text(errors="replace"), lines)

    def stop(self):
        stop_process(self.process)
        shutil.rmtree(self.workdir, ignore_errors=True)
        shutil.rmtree(self.vcl_folder, ignore_errors=True)
