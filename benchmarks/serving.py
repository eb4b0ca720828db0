"""Serving cost: server CPU per request and requests/s, straight to gunicorn and through Varnish.

`make bench-http` runs it against the database `make bench` seeds (100,000 listings). It collects
the static files into a temporary folder, starts gunicorn (2 sync workers, production settings)
and Varnish with the repository's VCL in front of it, and for each page prints:

- server CPU ms per request: utime + stime of the gunicorn workers (through Varnish: and of
  varnishd) read from /proc/<pid>/stat before and after the load, divided by the requests
  answered; the CPU of the PostgreSQL backends serving them is shown beside it (db ms);
- requests/s under a bounded load from one client process (wrk: one thread, a few connections);
- SQL queries per page, counted in a one-off process (benchmarks/query_count.py).

A bare Django view that returns 20 KB through the same middleware (benchmarks/urls.py) is
measured in the same run: a page served from the cache should cost less than it. With
BAKERYDEMO set, Wagtail's reference site is measured beside it the same way.

Figures, not a test: nothing here fails on a slow or busy machine.
"""

import argparse
import html
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY_COUNTER = Path(__file__).resolve().parent / "query_count.py"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
# What a browser behind the TLS proxy sends: https, so no redirect and no special case.
HEADERS = {"User-Agent": USER_AGENT, "X-Forwarded-Proto": "https", "Accept": "text/html,*/*"}

SITE_PAGES = [
    ("home page", "/"),
    ("premises search", "/lokaler/"),
    ("listing page", None),  # --listing
    ("campaign page", "/kampanjer/kontorbyen/"),
    ("API list", "/api/v1/properties/"),
]
BAKERYDEMO_PAGES = [
    ("bakerydemo: home", "/"),
    ("bakerydemo: blog index", "/blog/"),
    ("bakerydemo: blog post", "/blog/wild-yeast/"),
]


# --- processes -------------------------------------------------------------------------------


def proc_stat(pid):
    """The fields of /proc/<pid>/stat after the command name (state first), or None."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None


def cpu_seconds(pids):
    fields = [proc_stat(pid) for pid in pids]
    return sum(int(f[11]) + int(f[12]) for f in fields if f) / CLOCK_TICKS  # utime + stime


def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := proc_stat(entry.name)) and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def descendants(pid):
    below = children(pid)
    return below + [grandchild for child in below for grandchild in descendants(child)]


def database_backends(database):
    """PostgreSQL's processes serving connections to this database (their titles name it)."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            title = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if title.startswith("postgres: ") and f" {database} " in title:
            pids.append(int(entry.name))
    return pids


class Service:
    """A server started for the benchmark, in its own process group, stopped on exit."""

    def __init__(self, name, command, *, cwd, env, log_dir):
        self.name = name
        self.log = Path(log_dir) / f"{name}.log"
        self.command, self.cwd, self.env = command, cwd, env

    def __enter__(self):
        with self.log.open("w") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own command line
                self.command,
                cwd=self.cwd,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def wait_until_answering(self, url, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                fetch(url, timeout=5)
                return
            except (OSError, urllib.error.URLError):
                time.sleep(0.5)
        sys.exit(f"{self.name} did not start; its log:\n{self.log.read_text()[-3000:]}")

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def start_gunicorn(name, *, python, wsgi, port, cwd, env, log_dir):
    command = [python, "-m", "gunicorn", wsgi, "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", "2", "--worker-class", "sync", "--timeout", "120"]
    return Service(name, command, cwd=cwd, env=env, log_dir=log_dir)


def start_varnish(name, *, vcl, backend_port, port, log_dir):
    """varnishd with the repository's VCL, its backend pointed at the gunicorn measured."""
    workdir = Path(log_dir) / f"{name}-workdir"
    vcl_copy = Path(log_dir) / f"{name}.vcl"
    text = re.sub(r'(\.port\s*=\s*)"\d+"', rf'\g<1>"{backend_port}"', vcl.read_text(), count=1)
    vcl_copy.write_text(text)
    command = ["varnishd", "-F", "-f", str(vcl_copy), "-n", str(workdir), "-s", "malloc,128m"]
    command += ["-a", f"public=127.0.0.1:{port}", "-a", f"purge=127.0.0.1:{port + 1}"]
    service = Service(name, command, cwd=log_dir, env=os.environ.copy(), log_dir=log_dir)
    service.workdir = workdir
    return service


def varnish_counters(varnish):
    fields = ["MAIN.cache_hit", "MAIN.cache_miss", "MAIN.s_pass"]
    command = ["varnishstat", "-n", str(varnish.workdir), "-1"]
    for field in fields:
        command += ["-f", field]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    values = dict(line.split()[:2] for line in output.splitlines() if line.strip())
    return [int(values.get(field, 0)) for field in fields]


# --- requests --------------------------------------------------------------------------------


def fetch(url, timeout=120):
    request = urllib.request.Request(url, headers=HEADERS)  # noqa: S310 - loopback only
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        return response.status, response.headers, response.read()


def warm(url):
    """Three requests, as a running site has had: renditions made, caches filled."""
    for _ in range(3):
        try:
            status, headers, body = fetch(url)
        except urllib.error.HTTPError as error:
            return error.code, None, b""
    return status, headers, body


@dataclass
class Load:
    requests: int
    per_second: float
    failures: int


def load(url, *, seconds, connections):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"timeout (\d+)", output)
    return Load(
        requests=int(re.search(r"(\d+) requests in", output)[1]),
        per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        failures=(int(non_2xx[1]) if non_2xx else 0) + (int(timeouts[1]) if timeouts else 0),
    )


@dataclass
class Figures:
    cpu_ms: float
    db_ms: float
    per_second: float
    failures: int
    hit_ratio: float | None = None


def measure(url, *, server_pids, database, args, varnish=None):
    pids, db_pids = server_pids(), database_backends(database)
    counters = varnish_counters(varnish) if varnish else None
    cpu, db_cpu = cpu_seconds(pids), cpu_seconds(db_pids)
    result = load(url, seconds=args.seconds, connections=args.connections)
    time.sleep(0.3)  # the last answers leave the workers
    requests = max(result.requests, 1)
    figures = Figures(
        cpu_ms=(cpu_seconds(pids) - cpu) * 1000 / requests,
        db_ms=(cpu_seconds(db_pids) - db_cpu) * 1000 / requests,
        per_second=result.per_second,
        failures=result.failures,
    )
    if varnish:
        hits, misses, passes = (
            b - a for a, b in zip(counters, varnish_counters(varnish), strict=True)
        )
        figures.hit_ratio = hits / max(hits + misses + passes, 1)
    return figures


# --- the sites -------------------------------------------------------------------------------


@dataclass
class Site:
    gunicorn: Service
    varnish: Service
    gunicorn_port: int
    varnish_port: int
    database: str
    python: str
    cwd: Path
    env: dict

    def gunicorn_workers(self):
        return children(self.gunicorn.process.pid)

    def varnish_and_workers(self):
        varnishd = self.varnish.process.pid
        return [varnishd, *descendants(varnishd), *self.gunicorn_workers()]


def database_name(url):
    return url.rstrip("/").rpartition("/")[2].partition("?")[0]


def site_environment(database_url, static_root):
    env = os.environ.copy()
    env.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        BENCH_STATIC_ROOT=str(static_root),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        # one connection per worker for the whole run, so its PostgreSQL backend can be measured
        DB_CONN_MAX_AGE="3600",
        BENCH_USER_AGENT=USER_AGENT,
    )
    env.pop("DEBUG", None)
    return env


def bakerydemo_environment(database_url):
    env = os.environ.copy()
    env.update(
        DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        BENCH_USER_AGENT=USER_AGENT,
    )
    for name in ("DEBUG", "REDIS_URL", "BENCH_STATIC_ROOT"):
        env.pop(name, None)
    return env


def refuse_busy_ports(*ports):
    for port in ports:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                sys.exit(f"Port {port} is already taken: choose others (--help).")


def start_site(stack, name, *, python, wsgi, cwd, env, database_url, ports, ready_path, args):
    gunicorn_port, varnish_port = ports
    refuse_busy_ports(gunicorn_port, varnish_port, varnish_port + 1)
    tmp = args.tmp
    gunicorn = stack.enter_context(
        start_gunicorn(
            name, python=python, wsgi=wsgi, port=gunicorn_port, cwd=cwd, env=env, log_dir=tmp
        )
    )
    varnish = stack.enter_context(
        start_varnish(
            f"{name}-varnish",
            vcl=args.vcl,
            backend_port=gunicorn_port,
            port=varnish_port,
            log_dir=tmp,
        )
    )
    gunicorn.wait_until_answering(f"http://127.0.0.1:{gunicorn_port}{ready_path}")
    varnish.wait_until_answering(f"http://127.0.0.1:{varnish_port}{ready_path}")
    return Site(
        gunicorn,
        varnish,
        gunicorn_port,
        varnish_port,
        database_name(database_url),
        python,
        Path(cwd),
        env,
    )


def query_counts(site, paths):
    command = [site.python, str(QUERY_COUNTER), *paths]
    result = subprocess.run(  # noqa: S603
        command, cwd=site.cwd, env=site.env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def beacon_of(site, path):
    """The beacon image the page asks the browser to load, when it has one."""
    _, _, body = fetch(f"http://127.0.0.1:{site.gunicorn_port}{path}")
    found = re.search(r'src="(/beacon\?[^"]*)"', body.decode())
    return html.unescape(found[1]) if found else None


# --- the report ------------------------------------------------------------------------------

HEADER = (
    f"{'':31} {'':>6} {'':>5}   {'straight to gunicorn':^26}   {'through Varnish':^24}\n"
    f"{'case':31} {'KB':>6} {'SQL':>5}   {'CPU ms':>8} {'db ms':>7} {'req/s':>9}"
    f"   {'CPU ms':>8} {'req/s':>9} {'hits':>5}"
)


def report_row(label, kb, queries, straight, cached):
    failures = straight.failures + cached.failures
    row = (
        f"{label:31} {kb:>6.1f} {queries if queries is not None else '-':>5}   "
        f"{straight.cpu_ms:>8.2f} {straight.db_ms:>7.2f} {straight.per_second:>9.1f}   "
        f"{cached.cpu_ms:>8.3f} {cached.per_second:>9.1f} {cached.hit_ratio:>5.0%}"
    )
    print(row + (f"   ({failures} failed)" if failures else ""), flush=True)


def measure_cases(site, cases, queries, args):
    results = {}
    for label, path in cases:
        straight_url = f"http://127.0.0.1:{site.gunicorn_port}{path}"
        cached_url = f"http://127.0.0.1:{site.varnish_port}{path}"
        status, _, body = warm(straight_url)
        if status != 200:
            print(f"{label:31} {path}: answered {status}, skipped", flush=True)
            continue
        warm(cached_url)
        straight = measure(
            straight_url, server_pids=site.gunicorn_workers, database=site.database, args=args
        )
        cached = measure(
            cached_url,
            server_pids=site.varnish_and_workers,
            database=site.database,
            args=args,
            varnish=site.varnish,
        )
        report_row(label, len(body) / 1024, queries.get(path), straight, cached)
        results[label] = (straight, cached)
    return results


def report_targets(results):
    bare = results.get("bare Django view, 20 KB")
    for label, limit in (("home page", 14), ("campaign page", 20)):
        if label in results:
            cpu = results[label][0].cpu_ms
            verdict = "met" if cpu <= limit else "not met"
            print(f"  uncached {label}: {cpu:.1f} ms CPU per request (target ≤ {limit}): {verdict}")
    if not bare:
        return
    slower = [
        label
        for label, (_, cached) in results.items()
        if "beacon" not in label
        and "bare" not in label
        and (cached.cpu_ms > bare[0].cpu_ms or cached.per_second < bare[0].per_second)
    ]
    print(
        f"  through Varnish at least as fast as the bare view straight to gunicorn "
        f"({bare[0].cpu_ms:.2f} ms, {bare[0].per_second:.0f} req/s): "
        + ("every page" if not slower else "not " + ", ".join(slower))
    )


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=6, help="load per case (default 6)")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections (default 4)")
    parser.add_argument("--listing", default="/lokaler/elvekanten-kontorhus/")
    parser.add_argument("--vcl", type=Path, default=ROOT / "deploy" / "varnish" / "default.vcl")
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8500")))
    parser.add_argument("--varnish-port", type=int, default=6200)
    parser.add_argument("--bakerydemo-port", type=int, default=8600)
    args = parser.parse_args()
    args.database_url = os.environ.get("DATABASE_URL", "")
    if not args.database_url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to the PostgreSQL database to measure (make bench-http does).")
    missing = [tool for tool in ("wrk", "varnishd") if not shutil.which(tool)]
    if missing or not args.vcl.exists():
        sys.exit(f"Needs {' and '.join(missing) or args.vcl}: apt-get install wrk varnish")
    return args


def collectstatic(env, python):
    command = [python, "manage.py", "collectstatic", "--no-input", "-v0"]
    subprocess.run(command, cwd=ROOT, env=env, check=True)  # noqa: S603


def site_cases(site, args):
    cases = [("bare Django view, 20 KB", "/bench/bare")]
    cases += [(label, path or args.listing) for label, path in SITE_PAGES]
    if beacon := beacon_of(site, "/kampanjer/kontorbyen/"):
        cases.append(("campaign beacon (always passes)", beacon))
    return cases


def measure_site(stack, args):
    env = site_environment(args.database_url, Path(args.tmp) / "static")
    collectstatic(env, sys.executable)
    site = start_site(
        stack,
        "drammenworks",
        python=sys.executable,
        wsgi="portal.wsgi",
        cwd=ROOT,
        env=env,
        database_url=args.database_url,
        ports=(args.port, args.varnish_port),
        ready_path="/bench/bare",
        args=args,
    )
    cases = site_cases(site, args)
    queries = query_counts(site, [path for _, path in cases])
    return measure_cases(site, cases, queries, args)


def measure_bakerydemo(stack, args):
    checkout = Path(os.environ["BAKERYDEMO"])
    database_url = os.environ.get(
        "BAKERYDEMO_DATABASE_URL", args.database_url.rpartition("/")[0] + "/bakerydemo"
    )
    site = start_site(
        stack,
        "bakerydemo",
        python=os.environ.get("BAKERYDEMO_PYTHON", "python3"),
        wsgi="bakerydemo.wsgi",
        cwd=checkout,
        env=bakerydemo_environment(database_url),
        database_url=database_url,
        ports=(args.bakerydemo_port, args.varnish_port + 2),
        ready_path="/",
        args=args,
    )
    queries = query_counts(site, [path for _, path in BAKERYDEMO_PAGES])
    return measure_cases(site, BAKERYDEMO_PAGES, queries, args)


def main():
    args = parse_arguments()
    vcl = args.vcl.relative_to(ROOT) if args.vcl.is_relative_to(ROOT) else args.vcl
    print(
        f"\nDrammen Works on {database_name(args.database_url)} (PostgreSQL), production "
        f"settings, gunicorn 2 sync workers; Varnish with {vcl}\n"
        f"wrk: 1 thread, {args.connections} connections, {args.seconds} s per case; "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores\n"
        "CPU ms: server CPU per request (gunicorn workers; through Varnish also varnishd); "
        "db ms: the PostgreSQL backends' CPU per request\n"
    )
    with tempfile.TemporaryDirectory(prefix="dw-bench-") as tmp, ExitStack() as stack:
        Path(tmp).chmod(0o755)  # varnishd reads the VCL as its own, unprivileged user
        args.tmp = tmp
        print(HEADER, flush=True)
        results = measure_site(stack, args)
        if os.environ.get("BAKERYDEMO"):
            results |= measure_bakerydemo(stack, args)
        print("\ntargets:")
        report_targets(results)


if __name__ == "__main__":
    main()
