"""`make bench`: MedTour's pages under load, with a small and a real-sized catalogue.

For each size it loads the catalogue (manage.py load_bench_data) into a database of
its own, serves it with gunicorn as deployed (DEBUG off, 2 workers, Redis cache,
a Celery worker), and load-tests each page with wrk from a second process, each
run beside a run of the trivial baseline (/health/), so that throughput is read as
a ratio on this shared, noisy machine. Queries and HTML size come from rendering
each page once without the page cache. Prints one table per size and writes
them to bench-results/pages.txt.
"""

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
HOST = "medtour.test"
SIZES = {
    "small": ["--conditions", "50", "--clinics", "20", "--news", "100"],
    "large": [],  # load_bench_data's defaults: 2,000 articles, 400 clinics, 5,000 news
}
PAGES = [
    ("home", "/en/"),
    ("condition index", "/en/conditions/"),
    ("article (en)", "/en/conditions/en-condition-7/"),
    ("article (uk)", "/uk/conditions/uk-condition-7/"),
    ("catalogue", "/en/clinics/"),
    ("catalogue, filtered", "/en/clinics/?country=PL&specialty=specialty-3"),
    ("clinic page", "/en/clinics/en-clinic-7/"),
    ("news list", "/en/news/"),
    ("news item", "/en/news/en-news-7/"),
    ("search, common word", "/en/search/?q=patient"),
    ("search, misspelt title", "/en/search/?q=angiografy"),
    ("consultation form", "/en/consultation/"),
]
# wrk prints these from its Lua hooks: throughput, latency percentiles, errors.
REPORT_LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
"""
POST_LUA = """
local counter = 0
request = function()
  counter = counter + 1
  local token = string.format("%08x-%04x-4%03x-a%03x-%012x", math.random(0, 0xffffffff),
    math.random(0, 0xffff), math.random(0, 0xfff), math.random(0, 0xfff), counter)
  local body = "csrfmiddlewaretoken=" .. os.getenv("BENCH_CSRF")
    .. "&submission_token=" .. token
    .. "&full_name=Bench+Patient&email=bench%40example.test&phone=%2B380441234567"
    .. "&country=UA&language=en&contact_channel=email&consent=on&website="
    .. "&description=Pain+in+the+left+calf+when+walking+" .. counter
  return wrk.format("POST", "/en/consultation/", nil, body)
end
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(predicate, what, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise SystemExit(f"Timed out waiting for {what}")


class SlowSmtp:
    """Accepts every message after a delay, as a slow mail server would."""

    def __init__(self, delay):
        self.delay = delay
        self.received = 0

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        self.received += 1
        return "250 Message accepted for delivery"


class Site:
    """One catalogue served as deployed: gunicorn, a Celery worker, Redis, SMTP."""

    def __init__(self, size, tmp, smtp_port, reuse):
        self.size = size
        self.tmp = tmp / size
        self.tmp.mkdir()
        self.database = f"medtour_bench_{size}"
        self.redis_port, self.port = free_port(), free_port()
        self.processes = []
        self.env = os.environ | {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": HOST,
            "DJANGO_BEHIND_TLS_PROXY": "1",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{self.database}",
            "CELERY_BROKER_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "CACHE_URL": f"redis://127.0.0.1:{self.redis_port}/1",
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": str(smtp_port),
            "SMTP_USE_TLS": "0",
            "DJANGO_STATIC_ROOT": str(self.tmp / "static"),
            # Kept with a catalogue that --reuse keeps.
            "DJANGO_MEDIA_ROOT": str(ROOT / "bench-results" / f"media-{size}"),
            "MEDTOUR_PRIVATE_MEDIA_ROOT": str(self.tmp / "private"),
            "MEDTOUR_CONSULTATION_RATE_LIMIT": "1000000/h",
            # Every bench post is from one address: each still gets its confirmation.
            "MEDTOUR_CONSULTATION_EMAIL_RATE_LIMIT": "1000000/d",
            "MEDTOUR_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
            "DJANGO_LOG_LEVEL": "WARNING",
        }
        self.reuse = reuse

    def manage(self, *args, env=None):
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env or self.env, check=True
        )

    def prepare(self):
        exists = (
            subprocess.run(
                [
                    "psql",
                    "-h",
                    "127.0.0.1",
                    "-U",
                    "postgres",
                    "-tAc",
                    f"SELECT 1 FROM pg_database WHERE datname = '{self.database}'",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            == "1"
        )
        media = Path(self.env["DJANGO_MEDIA_ROOT"])
        if not (self.reuse and exists):
            subprocess.run(
                ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", self.database],
                check=True,
            )
            subprocess.run(
                ["createdb", "-h", "127.0.0.1", "-U", "postgres", self.database], check=True
            )
            shutil.rmtree(media, ignore_errors=True)
            self.manage("migrate", "--noinput", "-v0")
            started = time.monotonic()
            self.manage("load_bench_data", *SIZES[self.size])
            print(f"[{self.size}] catalogue loaded in {time.monotonic() - started:.0f} s")
        self.manage("migrate", "--noinput", "-v0")
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", "ANALYZE", self.database],
            check=True,
        )
        self.manage("collectstatic", "--noinput", "-v0")

    def start(self):
        self.spawn(
            [
                "redis-server",
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.tmp),
            ],
            "redis",
        )
        wait_until(lambda: self.answers(self.redis_port), "redis")
        self.spawn(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "medtour.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            "gunicorn",
        )
        self.spawn(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "medtour",
                "worker",
                "--concurrency=2",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
            ],
            "worker",
        )
        wait_until(lambda: self.get("/health/") == 200, "gunicorn")

    def spawn(self, command, name):
        log = open(self.tmp / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        self.processes.append(
            subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)

    @staticmethod
    def answers(port):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False

    def get(self, path):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            headers={"Host": HOST, "X-Forwarded-Proto": "https"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except Exception:
            return None

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"


def wrk(site, path, seconds, lua=REPORT_LUA, headers=(), connections=4):
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(lua + ("" if lua is REPORT_LUA else REPORT_LUA))
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "30s",
        "-s",
        str(script),
        "-H",
        f"Host: {HOST}",
        "-H",
        "X-Forwarded-Proto: https",
    ]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(
        [*command, site.url(path)],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"BENCH_CSRF": site.csrf},
    ).stdout
    script.unlink()
    found = re.search(r"^RESULT (\S+) (\S+) (\S+) (\S+) (\d+)$", output, re.MULTILINE)
    rps, p50, p95, p99, errors = found.groups()
    return {
        "rps": float(rps),
        "p50": float(p50),
        "p95": float(p95),
        "p99": float(p99),
        "errors": int(errors),
    }


def measure(site, path, seconds, rounds):
    """Interleaved runs of the baseline and the page: (page medians, throughput ratio)."""
    site.get(path)  # warm: the page cache, the connections, the workers' imports
    pairs = []
    for _round in range(rounds):
        baseline = wrk(site, "/health/", seconds)
        page = wrk(site, path, seconds)
        pairs.append((baseline, page))
    ratio = statistics.median(page["rps"] / baseline["rps"] for baseline, page in pairs)
    pages = [page for _baseline, page in pairs]
    result = {key: statistics.median(page[key] for page in pages) for key in pages[0]}
    result["errors"] = sum(page["errors"] for page in pages)
    result["baseline"] = statistics.median(baseline["rps"] for baseline, _page in pairs)
    return result | {"ratio": ratio}


RENDER_SCRIPT = """
import gzip, json, sys, time
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST=sys.argv[1], HTTP_X_FORWARDED_PROTO="https")
for path in sys.argv[2:]:
    client.get(path)  # imports, templates and connections warmed
    timings = []
    for _ in range(5):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            timings.append(time.perf_counter() - started)
    assert response.status_code == 200, (path, response.status_code)
    print(json.dumps({"path": path, "queries": len(queries), "bytes": len(response.content),
                      "gzip": len(gzip.compress(response.content)),
                      "render_ms": sorted(timings)[2] * 1000}))
"""


def renders(site, paths):
    """Each page rendered in a process of its own, without the page cache: queries,
    size and the time of one uncached render."""
    env = site.env | {
        "MEDTOUR_PAGE_CACHE_SECONDS": "0",
        "DJANGO_SETTINGS_MODULE": "medtour.settings",
    }
    output = subprocess.run(
        [sys.executable, "-c", RENDER_SCRIPT, HOST, *paths],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {row["path"]: row for row in map(json.loads, output.splitlines())}


def csrf_pair(site):
    """A CSRF cookie and a form token, as a browser holds them after loading the form."""
    request = urllib.request.Request(
        site.url("/en/consultation/"), headers={"Host": HOST, "X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request) as response:
        cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"])[1]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode())[
            1
        ]
    return cookie, token


def consultation_under_slow_smtp(site, seconds, smtp):
    """The form's POST against its GET while the SMTP server takes 5 s a message, and
    the POST while it answers at once: the patient never waits for the mail server."""
    cookie, site.csrf = csrf_pair(site)
    headers = [
        f"Cookie: csrftoken={cookie}",
        f"Referer: https://{HOST}/en/consultation/",
        "Content-Type: application/x-www-form-urlencoded",
        "X-Real-IP: 203.0.113.9",
    ]
    smtp.delay = 0
    fast = wrk(site, "/en/consultation/", seconds, lua=POST_LUA, headers=headers)
    smtp.delay = 5
    before = smtp.received
    get = wrk(site, "/en/consultation/", seconds)
    post = wrk(site, "/en/consultation/", seconds, lua=POST_LUA, headers=headers)
    return get, post, fast, smtp.received - before


def table(size, rows, post_rows):
    lines = [
        f"{size}: page | req/s | × baseline | p50 ms | p99 ms | queries | HTML KB | gzip KB"
        " | uncached ms | errors",
        "--- | --: | --: | --: | --: | --: | --: | --: | --: | --:",
    ]
    for name, result, render in rows:
        lines.append(
            f"{name} | {result['rps']:.0f} | {result['ratio']:.2f} | {result['p50']:.1f} | "
            f"{result['p99']:.1f} | {render['queries']} | {render['bytes'] / 1024:.1f} | "
            f"{render['gzip'] / 1024:.1f} | {render['render_ms']:.1f} | {result['errors']}"
        )
    get, post, fast, delivered = post_rows
    lines += [
        "",
        f"{size}: consultation while SMTP takes 5 s per message | req/s | p50 ms | p95 ms |"
        " p99 ms | errors",
        "--- | --: | --: | --: | --: | --:",
        f"GET of the form | {get['rps']:.0f} | {get['p50']:.1f} | {get['p95']:.1f} | "
        f"{get['p99']:.1f} | {get['errors']}",
        f"POST of the form | {post['rps']:.0f} | {post['p50']:.1f} | {post['p95']:.1f} | "
        f"{post['p99']:.1f} | {post['errors']}",
        f"POST, SMTP answering at once | {fast['rps']:.0f} | {fast['p50']:.1f} | "
        f"{fast['p95']:.1f} | {fast['p99']:.1f} | {fast['errors']}",
        f"POST p95 ÷ GET p95: {post['p95'] / get['p95']:.2f}; emails the SMTP server took "
        f"meanwhile: {delivered}",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 4)))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 3)))
    parser.add_argument(
        "--reuse", action="store_true", help="keep a catalogue loaded by an earlier run"
    )
    parser.add_argument("--report", default="bench-results/pages.txt")
    arguments = parser.parse_args()
    smtp = SlowSmtp(delay=5)
    smtp_port = free_port()
    controller = Controller(smtp, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    tables = [
        f"MedTour pages, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; wrk -t1 -c4,"
        f" {arguments.rounds} × {arguments.seconds} s each, interleaved with /health/"
    ]
    with tempfile.TemporaryDirectory(prefix="medtour-bench-") as tmp:
        for size in arguments.sizes:
            site = Site(size, Path(tmp), smtp_port, arguments.reuse)
            site.prepare()
            site.csrf = ""
            try:
                site.start()
                rendered = renders(site, [path for _name, path in PAGES])
                rows = []
                for name, path in PAGES:
                    rows.append(
                        (
                            name,
                            measure(site, path, arguments.seconds, arguments.rounds),
                            rendered[path],
                        )
                    )
                    print(f"[{size}] {name}: {rows[-1][1]['rps']:.0f} req/s", flush=True)
                post_rows = consultation_under_slow_smtp(site, arguments.seconds, smtp)
            finally:
                site.stop()
            tables.append(table(size, rows, post_rows))
            print(tables[-1], flush=True)
    controller.stop()
    report = "\n\n".join(tables) + "\n"
    Path(arguments.report).parent.mkdir(exist_ok=True)
    Path(arguments.report).write_text(report)
    print("\n" + report)


if __name__ == "__main__":
    main()
