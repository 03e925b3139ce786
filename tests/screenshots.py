"""`make screenshots`: full-page pictures of the demo site for the README.

Serves the demo from a database and media folder of its own in a temporary folder
(migrate, load_demo, runserver), and photographs each page at desktop and phone width
with Debian's Chromium into docs/screenshots/<page>-<width>.png.
"""

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
WIDTHS = [1280, 390]
PAGES = {
    "home": "/en/",
    "article": "/en/conditions/lower-limb-ischemia/",
    "clinic": "/en/clinics/demo-vascular-clinic-munich/",
    "catalogue": "/en/clinics/",
    "consultation-errors": "/en/consultation/",
    "news": "/en/news/",
    "search": "/en/search/?q=ischemia",
    # The patient's page from the link in their email, before and after the one-time code.
    "request": "/en/consultation/request/demo-quotes/",
    "request-private": "/en/consultation/request/demo-quotes/",
    # The admin's numbers, for the lead coordinator.
    "dashboard": "/admin/consultations/consultationrequest/dashboard/",
}


# Resolves once the images in view (which the browser is loading) have arrived.
LOADED = """async () => {
  await new Promise(requestAnimationFrame);
  for (const image of document.images) {
    const box = image.getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < innerHeight;
    if (inView && !image.complete) {
      await new Promise(done => { image.onload = image.onerror = done; });
    }
  }
}"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url, server):
    for _ in range(300):
        if server.poll() is not None:
            sys.exit("runserver stopped before it answered")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"{url} did not answer")


def type_emailed_code(page, server_log):
    """Ask for the one-time code, read it from the email the demo prints to the console,
    and type it, as the patient would from their mailbox."""
    page.get_by_role("button", name="Email me a code").click()
    for _ in range(100):
        codes = re.findall(r"^\s{4}(\d{6})$", server_log.read_text(), re.MULTILINE)
        if codes:
            break
        time.sleep(0.1)
    page.get_by_label("Code from the email").fill(codes[-1])
    page.get_by_role("button", name="Show my request").click()
    page.locator("#quotes").wait_for()


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("medtour-demo")
    page.get_by_role("button", name="Log in").click()
    page.locator("#user-tools").wait_for()


# The page a patient gets when the database does not answer, made by the site itself:
# a page read first (the phone lines' copy), then the database taken away and the form
# sent. Printed as HTML, shown over the demo's own origin (its stylesheet).
DATABASE_DOWN = """
from django.conf import settings
from django.db import connection
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
client.get("/uk/")
settings.DEBUG = False
connection.close()
connection.settings_dict["NAME"] = "/nonexistent/medtour/db.sqlite3"
print(client.post("/uk/consultation/", {"full_name": "Olena"}).content.decode())
"""


def database_down_page(environ):
    manage = [sys.executable, str(ROOT / "manage.py")]
    result = subprocess.run(
        [*manage, "shell", "-c", DATABASE_DOWN],
        env=environ,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout[result.stdout.index("<!doctype html>") :]


def photograph(base_url, server_log, database_down_html=None):
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            for name, path in PAGES.items():
                if name == "dashboard":
                    log_in(page, base_url, "lead")
                page.goto(base_url + path)
                if name == "consultation-errors":
                    page.locator("form.consultation-form button[type=submit]").click()
                    page.get_by_role("alert").wait_for()
                if name == "request-private":
                    type_emailed_code(page, server_log)
                    page.evaluate("window.scrollTo(0, 0)")
                # A full-page picture shows the images a visitor loads by scrolling down.
                height = page.evaluate("document.documentElement.scrollHeight")
                for top in range(0, height, 600):
                    page.evaluate(f"window.scrollTo(0, {top})")
                    page.evaluate(LOADED)
                page.evaluate("window.scrollTo(0, 0)")
                path = OUT / f"{name}-{width}.png"
                page.screenshot(path=path, full_page=True)
                # 256 colours keep text sharp at a third of the size in git.
                Image.open(path).quantize(256).save(path, optimize=True)
                print(f"docs/screenshots/{name}-{width}.png")
            if database_down_html:
                page.goto(base_url + "/health/")
                page.set_content(database_down_html)
                path = OUT / f"database-down-{width}.png"
                page.screenshot(path=path, full_page=True)
                Image.open(path).quantize(256).save(path, optimize=True)
                print(f"docs/screenshots/database-down-{width}.png")
            page.close()
        browser.close()


def main():
    with tempfile.TemporaryDirectory(prefix="medtour-screenshots-") as folder:
        environ = {
            key: value
            for key, value in os.environ.items()
            if key not in {"CELERY_BROKER_URL", "CACHE_URL", "DJANGO_DEBUG"}
        } | {
            "DATABASE_URL": f"sqlite:///{folder}/db.sqlite3",
            "DJANGO_MEDIA_ROOT": f"{folder}/media",
            "MEDTOUR_PRIVATE_MEDIA_ROOT": f"{folder}/private",
        }
        manage = [sys.executable, str(ROOT / "manage.py")]
        for command in (["migrate", "--noinput"], ["load_demo"]):
            subprocess.run([*manage, *command], env=environ, check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        # The demo's emails (the one-time code among them) are printed here.
        server_log = Path(folder) / "server.log"
        with server_log.open("w") as log:
            server = subprocess.Popen(
                [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
                env=environ,
                stdout=log,
                stderr=subprocess.DEVNULL,
            )
            try:
                base_url = f"http://127.0.0.1:{port}"
                wait_until_up(base_url + "/health/", server)
                photograph(base_url, server_log, database_down_page(environ))
            finally:
                server.terminate()
                server.wait()


if __name__ == "__main__":
    main()
