"""Patients filling in the consultation form, as browsers behind nginx do.

Stdlib only (http.client): each client has its own cookies, its own address in
X-Real-IP, and sends its requests to the two gunicorn instances in turn, as nginx's
round robin would.
"""

import contextlib
import http.client
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie

HOST = "medtour.test"
FORM_PATH = "/en/consultation/"
THANKS = re.compile(r"/en/consultation/thanks/(MT-[A-Z0-9]+)/$")
# A small PDF the form accepts: it is checked for the %PDF- magic and the %%EOF marker.
PDF = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)
CHANNELS = ["phone", "email", "whatsapp", "viber", "telegram"]
REQUEST_TIMEOUT = 65  # gunicorn's --timeout 60 ends anything slower
ATTEMPTS = 5
# A patient shown the site's "briefly unavailable" page (503 with Retry-After) tries
# again, for this long at most (the page asks for a minute; the run is quicker).
UNAVAILABLE_PATIENCE = 60
UNAVAILABLE_PAUSE = 2


class ConnectionProblem(Exception):
    """The request never got a response: refused, reset or timed out."""


class FormParser(HTMLParser):
    """The consultation form's field names and the values of its hidden inputs."""

    def __init__(self):
        super().__init__()
        self.names = set()
        self.hidden = {}
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "consultation-form" in (attrs.get("class") or ""):
            self._in_form = True
        elif self._in_form and tag in {"input", "select", "textarea"} and attrs.get("name"):
            self.names.add(attrs["name"])
            if attrs.get("type") == "hidden":
                self.hidden[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False


def multipart(fields, files):
    """A multipart/form-data body as a browser builds it: (body, content type)."""
    boundary = f"----MedTourProdtest{uuid.uuid4().hex}"
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            .encode()
        )  # fmt: skip
    for name, filename, content_type, content in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@dataclass
class Stats:
    """What the clients saw, shared by all of them."""

    forms: int = 0  # distinct forms POSTed
    tokens: set = field(default_factory=set)  # the submission tokens those forms carried
    succeeded: dict = field(default_factory=dict)  # patient email -> reference
    with_document: int = 0
    doubles: int = 0  # forms POSTed a second time
    double_mismatches: list = field(default_factory=list)
    server_errors: list = field(default_factory=list)  # (method, path, status, page)
    # The forms (patient emails) whose sending met a 5xx: the site's 503 page, or not.
    saw_unavailable_page: set = field(default_factory=set)
    saw_other_5xx: set = field(default_factory=set)
    # (started, seconds) of each GET and POST, by the driver's clock.
    timings: dict = field(default_factory=lambda: {"GET": [], "POST": []})
    connection_errors: int = 0
    resends: int = 0
    failures: list = field(default_factory=list)
    post_seconds: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def done(self):
        with self.lock:
            return len(self.succeeded) + len(self.failures)


class Browser:
    """One patient's browser: cookies, an address, and nginx's round robin in front."""

    def __init__(self, number, ports, stats, tag=""):
        self.number = number
        self.ports = ports
        self.stats = stats
        self.tag = tag
        self.address = f"203.0.113.{number + 1}"
        self.cookies = {}
        self.turn = number  # clients start on different instances
        self.form_email = None  # the form being sent, for counting who saw what

    def request(self, method, path, body=None, headers=None):
        port = self.ports[self.turn % len(self.ports)]
        self.turn += 1
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "X-Real-IP": self.address,
            "User-Agent": "MedTour-prodtest",
            **(headers or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException) as error:
            with self.stats.lock:
                self.stats.connection_errors += 1
            raise ConnectionProblem(f"{method} {path} on :{port}: {error!r}") from error
        finally:
            connection.close()
        if method in self.stats.timings:
            with self.stats.lock:
                self.stats.timings[method].append((started, time.monotonic() - started))
        # The site sees HTTPS (nginx ends TLS), so Secure cookies come back too.
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        if response.status >= 500:
            page = unavailable_page(response.status, response.headers)
            with self.stats.lock:
                self.stats.server_errors.append((method, path, response.status, page))
                seen = self.stats.saw_unavailable_page if page else self.stats.saw_other_5xx
                seen.add(self.form_email or f"client {self.number}")
        return response.status, response.headers, content

    def form(self):
        """GET the form page: its field names and hidden values."""
        attempt, patience = 0, time.monotonic() + UNAVAILABLE_PATIENCE
        while attempt < ATTEMPTS:
            try:
                status, headers, content = self.request("GET", FORM_PATH)
            except ConnectionProblem:
                attempt += 1
                time.sleep(0.5 * attempt)
                continue
            if status == 200:
                parser = FormParser()
                parser.feed(content.decode(errors="replace"))
                if "csrfmiddlewaretoken" in parser.hidden and "submission_token" in parser.hidden:
                    return parser
            if unavailable_page(status, headers) and time.monotonic() < patience:
                time.sleep(UNAVAILABLE_PAUSE)
                continue
            attempt += 1
            time.sleep(0.5 * attempt)
        raise ConnectionProblem(f"no usable form from GET {FORM_PATH} in {ATTEMPTS} attempts")

    def post(self, body, content_type):
        """POST the form; on a connection error, send the same body again, as a
        browser's resend does. The reference it was redirected to, or an error."""
        headers = {
            "Content-Type": content_type,
            "Origin": f"https://{HOST}",
            "Referer": f"https://{HOST}{FORM_PATH}",
        }
        attempt, patience = 0, time.monotonic() + UNAVAILABLE_PATIENCE
        while attempt < ATTEMPTS:
            started = time.monotonic()
            try:
                status, response_headers, content = self.request("POST", FORM_PATH, body, headers)
            except ConnectionProblem:
                with self.stats.lock:
                    self.stats.resends += 1
                attempt += 1
                time.sleep(0.5 * attempt)
                continue
            with self.stats.lock:
                self.stats.post_seconds.append(time.monotonic() - started)
            location = response_headers.get("Location", "")
            found = THANKS.search(location.split("?")[0])
            if status in {302, 303} and found:
                return found.group(1), None
            if status >= 500:
                # A patient seeing an error page sends the same form again: at once for
                # a broken page, after a pause when the site says it is briefly down.
                with self.stats.lock:
                    self.stats.resends += 1
                if unavailable_page(status, response_headers) and time.monotonic() < patience:
                    time.sleep(UNAVAILABLE_PAUSE)
                else:
                    attempt += 1
                continue
            return None, f"POST answered {status} {location} {_errors(content)}"
        return None, f"POST got no answer in {ATTEMPTS} attempts"

    def submit(self, sequence):
        """Fill in the form once; sometimes attach a PDF, sometimes send it twice."""
        email = f"patient-{self.tag}{self.number}-{sequence}@example.test"
        self.form_email = email
        page = self.form()
        # The form's fields (consultations/forms.py), sent when the page has them.
        # Condition and clinic are never sent: the page carries them, not the patient.
        values = {
            "full_name": f"Patient {self.number}-{sequence}",
            "email": email,
            "phone": "+380441234567",
            "country": "UA",
            "language": "en",
            "contact_channel": CHANNELS[sequence % len(CHANNELS)],
            "description": f"Production run, client {self.number}, form {sequence}: "
            "pain in the left leg when walking; what treatment would you suggest?",
        }
        if sequence % 2:
            # Typed by the patient; only an article's exact name links the request to it.
            values["condition_text"] = "Peripheral artery disease"
        fields = [(name, value) for name, value in values.items() if name in page.names]
        fields += [("csrfmiddlewaretoken", page.hidden["csrfmiddlewaretoken"])]
        fields += [("submission_token", page.hidden["submission_token"]), ("consent", "on")]
        if "website" in page.names:
            fields.append(("website", ""))  # the honeypot, left empty as people do
        serial = self.number * 1000 + sequence
        files = []
        if serial % 4 == 0:
            files.append(("documents", f"scan-{serial}.pdf", "application/pdf", PDF))
        body, content_type = multipart(fields, files)
        with self.stats.lock:
            self.stats.forms += 1
            self.stats.tokens.add(page.hidden["submission_token"])
            self.stats.with_document += bool(files)
        reference, error = self.post(body, content_type)
        if reference and serial % 5 == 2:
            # The same form sent again (a double click, a resend): the same request.
            with self.stats.lock:
                self.stats.doubles += 1
            again, error = self.post(body, content_type)
            if again != reference:
                with self.stats.lock:
                    self.stats.double_mismatches.append((email, reference, again, error))
        if reference:
            # The browser follows the redirect to the thank-you page.
            with contextlib.suppress(ConnectionProblem):
                self.request("GET", f"/en/consultation/thanks/{reference}/")
        with self.stats.lock:
            if reference:
                self.stats.succeeded[email] = reference
            else:
                self.stats.failures.append((email, error))


def unavailable_page(status, headers):
    """Whether a response is the site's "briefly unavailable" page (503, Retry-After),
    rather than a bare error."""
    return status == 503 and headers.get("Retry-After") is not None


def _errors(content):
    """The form's error messages, to say why a POST was turned down."""
    text = content.decode(errors="replace")
    messages = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', text, re.S)
    return re.sub(r"<[^>]+>", " ", " | ".join(messages)).strip()[:300] or text[:200]


class Load:
    """`clients` browsers submitting forms until stop() is called."""

    def __init__(self, clients, ports, tag=""):
        self.stats = Stats()
        self._stop = threading.Event()
        self._threads = [
            # Daemons: a driver stopped by a signal must not wait on a client.
            threading.Thread(
                target=self._client, args=(Browser(n, ports, self.stats, tag),), daemon=True
            )
            for n in range(clients)
        ]

    def _client(self, browser):
        sequence = 0
        while not self._stop.is_set():
            sequence += 1
            try:
                browser.submit(sequence)
            except ConnectionProblem as error:
                with self.stats.lock:
                    self.stats.failures.append((f"client {browser.number}", str(error)))

    def start(self):
        for thread in self._threads:
            thread.start()

    def stop(self, timeout):
        """Let every client finish the form it is sending; False if one did not in time."""
        self._stop.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.1, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)
