import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from hypothesis import settings as hypothesis_settings
from playwright.sync_api import sync_playwright

from clinics.models import Clinic
from conditions.models import Condition
from core.cache import breaker as cache_breaker
from experts.models import Expert
from medtour.celery import app
from news.models import NewsItem
from outbox.models import OutboxEmail
from outbox.tasks import publish_breaker
from tests.consultations.factories import ConsultationRequestFactory
from tests.live import (
    BROKER_KEY_PREFIX,
    IN_CI,
    LIVE_BROKER_DB,
    REDIS_PORT,
    XDIST_WORKER,
    CeleryProcess,
    SmtpServer,
    TcpProxy,
    free_port,
    keys_delete,
    redis_answers,
    require,
)

# Property-based tests: the same examples on every run and machine (derandomize), so CI
# is repeatable; no example database written into the repository; no deadline, as one
# example is a few requests whose time depends on the machine. Each test sets its own
# max_examples.
hypothesis_settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None, print_blob=True
)
hypothesis_settings.load_profile("ci")

# This process publishes through a proxy on this port, which the live tests can
# take down.
BROKER_PROXY_PORT = free_port()


def pytest_configure(config):
    engine = settings.DATABASES["default"]["ENGINE"]
    if IN_CI and "postgresql" not in engine:
        raise pytest.UsageError(
            "CI must run the suite on PostgreSQL: set DATABASE_URL (the database is " + engine + ")"
        )
    # Set before any task is queued: Celery keeps the connection pool it first makes.
    # The write URL, because a CELERY_BROKER_URL in the environment beats broker_url.
    app.conf.broker_write_url = f"redis://127.0.0.1:{BROKER_PROXY_PORT}/{LIVE_BROKER_DB}"
    app.conf.broker_transport_options = settings.CELERY_BROKER_TRANSPORT_OPTIONS | {
        "global_keyprefix": BROKER_KEY_PREFIX
    }
    # The suite's cache is each process's memory, whatever CACHE_URL says: every test
    # starts with cache.clear(), which on Redis empties the whole database. The tests
    # of the Redis cache configure their own, under a key prefix of their own.
    override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    ).enable()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploads made by a test go to a directory of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _english():
    """Each test starts in English, whatever language a request before it activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-123-long")
    client.force_login(user)
    return client


@pytest.fixture
def login_as(client, django_user_model):
    """Log `client` in as a new staff user with one role: login_as(roles.EDITOR)."""

    def login(role, username=None):
        username = username or role.lower().replace(" ", "-")
        user = django_user_model.objects.create_user(
            username, f"{username}@example.com", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return login


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters and the like do not leak from one test to the next, nor a
    breaker left open by a test of an outage."""
    cache.clear()
    cache_breaker.reset()
    publish_breaker.reset()


@pytest.fixture(autouse=True)
def _celery_eager():
    """Tasks run inside the test unless it asks for the live worker."""
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = True


@dataclass
class LiveServices:
    smtp: SmtpServer
    worker: CeleryProcess
    beat: CeleryProcess
    broker_proxy: TcpProxy
    # Between the worker and beat and PostgreSQL: a test cuts it for a database outage.
    database_proxy: TcpProxy


@pytest.fixture(scope="session")
def live_services(django_db_setup, django_db_blocker, tmp_path_factory):
    """PostgreSQL, Redis, an SMTP server and a Celery worker, all real.

    The worker reads the test database and sends through the SMTP server; this
    process publishes through a proxy that a test can take down, as a broker outage
    looks from the web server.
    """
    require(connection.vendor == "postgresql", "the live worker needs PostgreSQL (DATABASE_URL)")
    require(redis_answers(), f"the live worker needs Redis on 127.0.0.1:{REDIS_PORT}")
    tmp = tmp_path_factory.mktemp("live")
    database = connection.settings_dict
    smtp = SmtpServer()
    smtp.start()
    proxy = TcpProxy(REDIS_PORT, BROKER_PROXY_PORT)
    proxy.up()
    database_proxy = TcpProxy(int(database["PORT"] or 5432), free_port())
    database_proxy.up()
    environ = {
        "DJANGO_SETTINGS_MODULE": "medtour.settings",
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": (
            f"postgres://{quote(database['USER'])}:{quote(database['PASSWORD'] or '')}"
            f"@127.0.0.1:{database_proxy.port}/{database['NAME']}"
        ),
        "DATABASE_CONN_MAX_AGE": "0",
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{REDIS_PORT}/{LIVE_BROKER_DB}",
        "MEDTOUR_BROKER_KEY_PREFIX": BROKER_KEY_PREFIX,
        # Local memory: the worker writes nothing into a Redis cache others read.
        "CACHE_URL": "",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SMTP_USE_TLS": "0",
        "MEDTOUR_COORDINATORS_EMAIL": settings.CONSULTATION_COORDINATORS_EMAIL,
        "MEDTOUR_PRIVATE_MEDIA_ROOT": str(tmp / "private"),
        "MEDTOUR_EMAIL_MAX_ATTEMPTS": str(settings.CONSULTATION_EMAIL_MAX_ATTEMPTS),
        "MEDTOUR_EMAIL_BACKOFF_SECONDS": "1",
        "MEDTOUR_EMAIL_BACKOFF_MAX_SECONDS": "2",
        "MEDTOUR_EMAIL_STALE_SECONDS": "5",
        "MEDTOUR_SWEEP_SECONDS": "1",
    }
    worker = CeleryProcess(
        [
            "worker",
            "--pool=prefork",
            "--concurrency=1",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel=INFO",
            f"--hostname=medtour-test-{XDIST_WORKER}@%h",
        ],
        environ,
        tmp / "worker.log",
        ready_line=" ready.",
    )
    beat = CeleryProcess(
        ["beat", "--loglevel=INFO", "--max-interval=1", f"--schedule={tmp / 'beat-schedule'}"],
        environ,
        tmp / "beat.log",
        ready_line="beat: Starting",
    )
    worker.start()
    try:
        yield LiveServices(
            smtp=smtp, worker=worker, beat=beat, broker_proxy=proxy, database_proxy=database_proxy
        )
    finally:
        beat.stop()
        worker.stop()
        smtp.stop()
        proxy.down()
        database_proxy.down()
        keys_delete(redis.Redis(port=REDIS_PORT, db=LIVE_BROKER_DB), BROKER_KEY_PREFIX)


@pytest.fixture
def live(live_services, settings):
    """The live services for one test, left as the test found them."""
    settings.CONSULTATION_EMAIL_STALE_AFTER = 5
    live_services.smtp.handler.clear()
    if live_services.worker.process.poll() is not None:
        live_services.worker.start()
    app.conf.task_always_eager = False
    yield live_services
    live_services.smtp.handler.clear()
    live_services.beat.stop()
    for proxy in (live_services.broker_proxy, live_services.database_proxy):
        if proxy.listener.fileno() == -1:
            proxy.up()


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started after the test database exists so its
    threads connect to that database."""
    return live_server


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def page(monkeypatch):
    """A page in headless Chromium (Debian's package), the browser patients use."""
    yield from _chromium_page(monkeypatch)


@pytest.fixture
def page_with_scrollbars(monkeypatch):
    """The same, with scrollbars drawn as on a desktop (headless hides them)."""
    yield from _chromium_page(monkeypatch, ignore_default_args=["--hide-scrollbars"])


def _chromium_page(monkeypatch, **launch_options):
    require(Path(CHROMIUM).exists(), f"journeys need Debian's chromium at {CHROMIUM}")
    # Playwright's sync API keeps an event loop in this thread; the test's own
    # database calls are still plain synchronous ones.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
            **launch_options,
        )
        page = browser.new_page()
        page.console_errors = []
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        yield page
        browser.close()
        # Queries made while Playwright's loop ran got connections of their own.
        connections.close_all()


# Runs in every document before its own scripts. Chromium also logs a refused resource
# to the console, but the event names the directive and the inline text that was refused.
REPORT_CSP_VIOLATIONS = """
window.addEventListener("securitypolicyviolation", (event) => console.error(
    `CSP violation: ${event.effectiveDirective} refused ${event.blockedURI}`
    + ` at ${event.sourceFile}:${event.lineNumber} (${event.sample})`
), true);
"""


@pytest.fixture
def problems(page):
    """Console errors, uncaught exceptions and CSP violations of the page, as
    (page URL, source URL, text)."""
    found = []
    page.add_init_script(REPORT_CSP_VIOLATIONS)
    page.on(
        "console",
        lambda m: m.type == "error" and found.append((page.url, m.location["url"], m.text)),
    )
    page.on("pageerror", lambda error: found.append((page.url, "", str(error))))
    return found


@pytest.fixture
def public_pages(demo):
    """Every public page type of the demo site, name -> path, for the browser and
    validator tests. The consultation form with errors is that form posted empty."""
    condition = Condition.objects.get(slug_en="lower-limb-ischemia")
    with translation.override("en"):
        pages = {
            "home": reverse("portal:home"),
            "conditions": reverse("conditions:condition_list"),
            "specialty": reverse("conditions:condition_list") + "?specialty=vascular-surgery",
            "article": condition.get_absolute_url(),
            "catalogue": reverse("clinics:clinic_list"),
            "clinic": Clinic.objects.get(slug_en="demo-vascular-clinic-munich").get_absolute_url(),
            "consultation": reverse("consultations:create"),
            "thanks": ConsultationRequestFactory().get_absolute_url(),
            "news": reverse("news:news_list"),
            "news-item": NewsItem.objects.get(
                slug_en="new-article-lower-limb-ischemia"
            ).get_absolute_url(),
            "search": reverse("search:search") + "?q=ischemia",
            "expert": Expert.objects.get(slug="olexandr-voznyak").get_absolute_url(),
            "about": reverse("pages:about"),
            "contacts": reverse("pages:contacts"),
            "privacy": reverse("pages:privacy"),
            "not-found": reverse("conditions:condition_detail", kwargs={"slug": "no-such-page"}),
            # The patient's page from the private link (the demo's links stay the same),
            # and the page of a link that expired with its closed request.
            "request": reverse("consultations:patient", kwargs={"token": "demo-quotes"}),
        }
    with translation.override("uk"):
        pages["article-uk"] = condition.get_absolute_url()
        pages["request-uk"] = reverse("consultations:patient", kwargs={"token": "demo-planned"})
    with translation.override("pl"):
        pages["request-closed"] = reverse("consultations:patient", kwargs={"token": "demo-closed"})
    # Where most articles are public only in other languages, listed and marked as such.
    with translation.override("de"):
        pages["home-de"] = reverse("portal:home")
        pages["clinic-de"] = Clinic.objects.get(slug_en="demo-heart-centre-kyiv").get_absolute_url()
    with translation.override("pl"):
        pages["conditions-pl"] = reverse("conditions:condition_list")
    return pages


def patient_code(consultation):
    """The one-time code last emailed for the request (the outbox keeps its text)."""
    email = OutboxEmail.objects.filter(key__startswith=consultation.email_key("code-")).latest("pk")
    return re.search(r"^\s{4}(\d{6})$", email.body, re.MULTILINE)[1]
