"""MedTour settings, read from the environment.

With no environment at all this serves local development: SQLite, Celery tasks
run eagerly, email printed to the console, DEBUG on. Production sets
DJANGO_DEBUG=0 and must then provide the values listed in REQUIRED_IN_PRODUCTION.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] or list(default)


DEBUG = env_bool("DJANGO_DEBUG", True)

REQUIRED_IN_PRODUCTION = (
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "CACHE_URL",
    "SMTP_HOST",
)
if not DEBUG:
    missing = [name for name in REQUIRED_IN_PRODUCTION if not os.environ.get(name)]
    if missing:
        raise ImproperlyConfigured(
            "DJANGO_DEBUG=0 (production) needs these environment variables: " + ", ".join(missing)
        )


def _development_secret_key():
    """A random key kept in an ignored file, so local sessions survive restarts."""
    path = BASE_DIR / ".dev-secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or _development_secret_key()
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_prose_editor",
    "django_countries",
    "django_filters",
    "phonenumber_field",
    "simple_history",
    # Staff log-in: lockout after failed attempts, and two-factor devices (see below).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "core",
    "experts",
    # Notification emails: the outbox, its retries and sweep; apps register their kinds.
    "outbox",
    "conditions",
    "clinics",
    "consultations",
    "news",
    "pages",
    "search",
    "portal",
    # Last: it gives the roles their permissions once every app has created its own.
    "accounts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads the request: a NUL byte is a 400, never a 500 from the database.
    "core.middleware.RejectNulMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.middleware.StaffSessionMiddleware",
    # After the two above: sends staff who must use a second factor to set it up.
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a locked-out log-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "medtour.urls"
# Where the admin is served, e.g. "office/": a path that is not the well-known one draws
# fewer password guesses. Never the site's root, which the public pages need.
ADMIN_PATH = (os.environ.get("MEDTOUR_ADMIN_PATH", "").strip("/") or "admin") + "/"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.contacts",
            ],
        },
    },
]

WSGI_APPLICATION = "medtour.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Search matches a title whose words are this similar to the query (pg_trgm's
# word similarity, default 0.6): 0.5 lets "ischaemia" find "ischemia". Set per
# connection, so the trigram index still serves the match.
SEARCH_TITLE_SIMILARITY = 0.5
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    # A database host that does not answer fails a request (and /health/ready/) in
    # seconds instead of holding a worker until gunicorn's timeout.
    _options.setdefault("connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")))
    _options["options"] = (
        f"{_options.get('options', '')} -c pg_trgm.word_similarity_threshold="
        f"{SEARCH_TITLE_SIMILARITY}"
    ).strip()

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Only staff have accounts, and they can read patients' health data.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages are defined here once; modeltranslation and the URLs follow them.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("uk", _("Ukrainian")),
    ("de", _("German")),
    ("pl", _("Polish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Kyiv"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# Serve jQuery UI for the admin's translation tabs ourselves instead of a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# The region (core.regions) most readers of a language call from: its regional phone
# line comes first in the header. English readers are everywhere: the order is kept.
LANGUAGE_REGIONS = {"uk": "ua", "de": "eu", "pl": "eu"}
# The request header, as a META key, in which our own proxy names the visitor's country
# (ISO 3166 code), e.g. HTTP_X_COUNTRY_CODE set by nginx's GeoIP module; it then decides
# the region before the language does. Unset: the language alone.
REGION_COUNTRY_HEADER = os.environ.get("MEDTOUR_COUNTRY_HEADER", "")

# Where MedTour's patients live: first in every list of countries, then all the others.
COUNTRIES_FIRST = ["UA", "PL", "DE", "US", "IL", "CZ", "GB", "CA"]
COUNTRIES_FIRST_BREAK = "──────────"

# A clinic's price older than this is shown as "price on request".
PRICE_MAX_AGE_MONTHS = int(os.environ.get("MEDTOUR_PRICE_MAX_AGE_MONTHS", "12"))
# A price is shown in the clinic's currency and, beside it, in the currency patients
# reading the page's language think in. English readers are mostly abroad in Europe:
# the euro, which needs no rate.
PATIENT_CURRENCIES = {"en": "EUR", "uk": "UAH", "de": "EUR", "pl": "PLN"}
# Where the daily exchange rates come from: XML in the format of the ECB's reference rates.
EXCHANGE_RATES_URL = os.environ.get(
    "MEDTOUR_EXCHANGE_RATES_URL",
    "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
)
EXCHANGE_RATES_TIMEOUT_SECONDS = 10
CLINICS_PER_PAGE = 12
NEWS_PER_PAGE = 10
NEWS_FEED_ITEMS = 20
# URLs on a page of a sitemap section (each with its language alternates).
SITEMAP_ITEMS_PER_PAGE = 500
# Search: results shown per kind (articles, treatments, clinics, news).
SEARCH_RESULTS_PER_KIND = 10
SEARCH_QUERY_MAX_LENGTH = 200

# Medical review: an approved article is due for review again this long after
# approval, and experts are reminded this many days before.
REVIEW_INTERVAL_MONTHS = int(os.environ.get("MEDTOUR_REVIEW_INTERVAL_MONTHS", "12"))
REVIEW_REMINDER_DAYS = 30
# An old version is restored by editing: a revert would skip the medical review
# and could not bring back the article's parts.
SIMPLE_HISTORY_REVERT_DISABLED = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Patients' documents live outside MEDIA_ROOT and no URL serves them directly;
# only the permission-checked download view reads them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("MEDTOUR_PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
# Local disk (one web machine) or S3-compatible object storage (several).
STORAGE = os.environ.get("MEDTOUR_STORAGE", "local")
if STORAGE not in {"local", "s3"}:
    raise ImproperlyConfigured("MEDTOUR_STORAGE must be local or s3")
# How many web machines serve the site: above one, files must be on shared storage
# (checked by core.checks).
WEB_MACHINES = int(os.environ.get("MEDTOUR_WEB_MACHINES", "1"))
if STORAGE == "s3":
    _s3 = {
        "endpoint_url": os.environ.get("MEDTOUR_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("MEDTOUR_S3_REGION") or None,
        "file_overwrite": False,
    }
    STORAGES = {
        # Media (clinic photos, logos) is public: pages link it under MEDIA_URL on
        # our own host, and nginx fetches it from the bucket (deploy/nginx).
        "default": {
            "BACKEND": "core.storage.MediaS3Storage",
            "OPTIONS": _s3
            | {
                "bucket_name": os.environ.get("MEDTOUR_S3_BUCKET", ""),
                "querystring_auth": False,
            },
        },
        # Patients' documents: private, encrypted at rest, read only by the
        # permission-checked download view.
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": _s3
            | {
                "bucket_name": os.environ.get("MEDTOUR_S3_PRIVATE_BUCKET", ""),
                "default_acl": "private",
                "querystring_auth": True,
                "object_parameters": {"ServerSideEncryption": "AES256"},
            },
        },
    }
else:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {
            "BACKEND": "consultations.storage.PrivateStorage",
            "OPTIONS": {
                "base_url": None,
                # Readable by the group only: nginx's, when it sends documents
                # (MEDTOUR_X_ACCEL_REDIRECT, deploy/README.md); nobody else.
                "file_permissions_mode": 0o640,
                "directory_permissions_mode": 0o750,
            },
        },
    }
STORAGES["staticfiles"] = {
    # Hashed names, and gzip and brotli copies made by collectstatic.
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
    if DEBUG
    else "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# The prefix of nginx's internal location for documents on local disk: the download
# view then answers with X-Accel-Redirect and nginx sends the file.
X_ACCEL_REDIRECT = os.environ.get("MEDTOUR_X_ACCEL_REDIRECT", "")

# A shared cache (Redis in production) keeps the consultation rate limit and the
# page cache across processes and machines; locally each process keeps its own.
# Short socket timeouts: a Redis that hangs must not hang the site (callers fail open).
if os.environ.get("CACHE_URL"):
    CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
            "KEY_PREFIX": os.environ.get("MEDTOUR_CACHE_KEY_PREFIX", "medtour"),
            # Redis answers in a millisecond; one that does not answer in a quarter
            # of a second is down, and the breaker (core/cache.py) stops asking it.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous pages are kept this long at most; every content change renews them at once.
PAGE_CACHE_SECONDS = int(os.environ.get("MEDTOUR_PAGE_CACHE_SECONDS", "600"))
# Names the code a process runs, so that pages cached by one release are never served
# by another. Unset: a digest of the project's files (core.page_cache.release).
RELEASE = os.environ.get("MEDTOUR_RELEASE", "")

# Consultation requests.
CONSULTATION_COORDINATORS_EMAIL = os.environ.get(
    "MEDTOUR_COORDINATORS_EMAIL", "coordinators@localhost"
)
# Absolute links in emails (the coordinators' link to the admin) start with this.
SITE_URL = os.environ.get("MEDTOUR_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CONSULTATION_RATE_LIMIT = os.environ.get("MEDTOUR_CONSULTATION_RATE_LIMIT", "5/h")
# The request header our own reverse proxy sets to the client's address, as a
# META key (e.g. HTTP_X_REAL_IP). Unset: the TCP peer address (REMOTE_ADDR).
CLIENT_IP_HEADER = os.environ.get("MEDTOUR_CLIENT_IP_HEADER", "REMOTE_ADDR")
# Consultation form limits (issue 14). Every POST to the form is counted first, valid or
# not, before anything is checked or saved. Unset, it is four times CONSULTATION_RATE_LIMIT
# (counted when a new request is about to be saved), 20 an hour by default: each of a
# patient's requests may take three corrections, and a flood of large invalid posts stops.
CONSULTATION_POST_RATE_LIMIT = os.environ.get("MEDTOUR_CONSULTATION_POST_RATE_LIMIT", "")
# Confirmation emails per recipient address, whatever the client address: past it the
# request is still saved and the coordinators told, but the address gets no more mail
# from us that day, so a stranger cannot flood someone's inbox through MedTour.
CONSULTATION_EMAIL_RATE_LIMIT = os.environ.get("MEDTOUR_CONSULTATION_EMAIL_RATE_LIMIT", "3/d")
# The site runs behind a reverse proxy (nginx), as DJANGO_BEHIND_TLS_PROXY and
# MEDTOUR_X_ACCEL_REDIRECT say too: then CLIENT_IP_HEADER must name the header it sets,
# or every client counts as the proxy's address (start-up check medtour.E005).
BEHIND_PROXY = (
    env_bool("MEDTOUR_BEHIND_PROXY", False)
    or env_bool("DJANGO_BEHIND_TLS_PROXY", False)
    or bool(X_ACCEL_REDIRECT)
)
CONSULTATION_MAX_DOCUMENTS = 5
CONSULTATION_MAX_DOCUMENT_SIZE = 10 * 1024 * 1024
CONSULTATION_MAX_DOCUMENTS_TOTAL = 25 * 1024 * 1024
# Documents added later (by the patient from their page, or by staff) pass the same
# checks, each post within the form's limits above; one request holds at most these.
CONSULTATION_REQUEST_MAX_DOCUMENTS = 20
CONSULTATION_REQUEST_MAX_BYTES = 100 * 1024 * 1024
# Pictures of documents: an A4 page scanned at 600 dpi is 35 megapixels (at 300 dpi,
# plenty to read, 8.7); phones take 12-24 by default. More is no sharper for a reader,
# only a heavier file, or a decompression bomb, so larger pictures are refused.
CONSULTATION_MAX_IMAGE_PIXELS = 40_000_000
# All documents held for forms with a mistake together (they wait a day): past this, a
# patient is asked to attach them again rather than fill the disk.
CONSULTATION_HELD_DOCUMENTS_MAX_BYTES = int(
    os.environ.get("MEDTOUR_HELD_DOCUMENTS_MAX_BYTES", str(2 * 1024**3))
)
CONSULTATION_RETENTION_MONTHS = int(os.environ.get("MEDTOUR_CONSULTATION_RETENTION_MONTHS", "24"))
# Patients' rights: an open request (not closed or spam) that no coordinator has worked
# on (status, assignment, a note) for this many months is anonymised by the daily purge.
CONSULTATION_UNTOUCHED_MONTHS = int(os.environ.get("MEDTOUR_CONSULTATION_UNTOUCHED_MONTHS", "6"))
# Notification emails (the outbox app; its retry policy is outbox/policy.py): attempts
# per email before it is marked failed, and the exponential backoff between them
# (seconds, with full jitter, capped).
CONSULTATION_EMAIL_MAX_ATTEMPTS = int(os.environ.get("MEDTOUR_EMAIL_MAX_ATTEMPTS", "8"))
CONSULTATION_EMAIL_BACKOFF = int(os.environ.get("MEDTOUR_EMAIL_BACKOFF_SECONDS", "30"))
CONSULTATION_EMAIL_BACKOFF_MAX = int(os.environ.get("MEDTOUR_EMAIL_BACKOFF_MAX_SECONDS", "1800"))
# An email queued this long ago and still unsent is queued again by the sweep.
# With the sweep every 30 s, an email held by a killed worker goes out within 2 minutes;
# a task that runs twice still sends once (see outbox/delivery.py).
CONSULTATION_EMAIL_STALE_AFTER = int(os.environ.get("MEDTOUR_EMAIL_STALE_SECONDS", "60"))

# Celery: with no broker configured, tasks run eagerly in the web process.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 120
CELERY_TASK_SOFT_TIME_LIMIT = 90
CELERY_BROKER_CONNECTION_TIMEOUT = 2
# Publishing must not keep a patient waiting: a broker that does not answer at
# once (no retries, half a second to connect) is down, and the sweep queues the
# work later. The worker reconnects by its own loop (broker_connection_retry).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 3600,
    "socket_connect_timeout": 0.5,
    "socket_timeout": 0.5,
    "max_retries": 0,
}
# Workers (medtour/celery.py) wait this long for a broker that hangs rather than lose an
# acknowledgement; a broker that is down refuses at once, and they reconnect.
CELERY_WORKER_BROKER_SOCKET_TIMEOUT = 300
# Sites (or test runs) that share one Redis keep their queues apart: every broker key
# and channel begins with this prefix.
if os.environ.get("MEDTOUR_BROKER_KEY_PREFIX"):
    CELERY_BROKER_TRANSPORT_OPTIONS["global_keyprefix"] = os.environ["MEDTOUR_BROKER_KEY_PREFIX"]
CELERY_TASK_PUBLISH_RETRY = False
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "sweep-outbox-emails": {
        "task": "outbox.tasks.email_outbox_sweep",
        "schedule": float(os.environ.get("MEDTOUR_SWEEP_SECONDS", "30")),
    },
    "purge-old-consultations": {
        "task": "consultations.tasks.consultations_purge",
        "schedule": 24 * 60 * 60.0,
    },
    "first-contact-reminders": {
        "task": "consultations.tasks.first_contact_reminders_send",
        "schedule": 10 * 60.0,
    },
    "expire-held-documents": {
        "task": "consultations.tasks.held_documents_expire",
        "schedule": 60 * 60.0,
    },
    "rebuild-search-index": {
        "task": "search.tasks.search_index_rebuild",
        "schedule": crontab(hour=3, minute=30),
    },
    "review-reminders": {
        "task": "conditions.tasks.review_reminders_send",
        "schedule": crontab(hour=8, minute=0),
    },
    # The ECB publishes its rates at about 16:00 CET.
    "update-exchange-rates": {
        "task": "clinics.tasks.exchange_rates_update",
        "schedule": crontab(hour=18, minute=15),
    },
}

# Email: SMTP when SMTP_HOST is set, else printed to the console.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "MedTour <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# How long the SMTP client waits for the server's answer after a message's end: RFC 5321
# (4.5.3.2.6) asks for 10 minutes, so a slow server that took the message is not sent it
# again. The send task's time limits sit above it (outbox/policy.py).
SMTP_DATA_END_TIMEOUT = int(os.environ.get("SMTP_DATA_END_TIMEOUT", "600"))
if os.environ.get("SMTP_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "outbox.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["SMTP_HOST"],
                "port": int(os.environ.get("SMTP_PORT", "587")),
                "username": os.environ.get("SMTP_USERNAME", ""),
                "password": os.environ.get("SMTP_PASSWORD", ""),
                "use_tls": env_bool("SMTP_USE_TLS", True),
                # Connecting and each command; the answer to a message waits longer.
                "timeout": int(os.environ.get("SMTP_TIMEOUT", "20")),
                "data_end_timeout": SMTP_DATA_END_TIMEOUT,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Security. Everything a page loads comes from this site.
# The admin's rich-text editor (django-prose-editor 0.28.0, Tiptap inside) adds one
# <style data-tiptap-style> of ProseMirror's base rules, without a nonce: its exact text
# is allowed by hash, nothing else inline. An upgrade that changes that text fails
# tests/core/test_console.py, whose message gives the new hash.
PROSE_EDITOR_STYLE = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE, PROSE_EDITOR_STYLE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "consultations.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Sessions are staff's (visitors have none): they end 8 hours after logging in, and after
# an hour without a request (core.middleware.StaffSessionMiddleware).
SESSION_COOKIE_AGE = 8 * 60 * 60
STAFF_SESSION_IDLE_SECONDS = 60 * 60
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
    if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Staff log-in (issue 14).
# Axes first: it refuses a locked-out log-in before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failures within 30 minutes lock out that username from that address, and that
# address for every username, until 30 minutes after the last failure. Never the username
# alone: anyone could then keep every staff member out from everywhere just by typing
# their names; the address alone stops one address trying many names. Wrong codes of the
# second factor count as failures too (accounts.forms).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
# Attempts made while locked out do not move the end of the lockout the page announces.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A success does not clear the failures: it would clear the address's count too, so one
# valid account would reset an attacker's address.
AXES_RESET_ON_SUCCESS = False
# The same client address as the consultation rate limit (CLIENT_IP_HEADER).
AXES_CLIENT_IP_CALLABLE = "core.http.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.views.lockout"
# Never stored with a failed attempt: the password is masked by axes itself.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
# Two-factor authentication (TOTP app, recovery codes): required for staff who can see
# consultation requests; the local demo relaxes it and its log-in page says so.
STAFF_TWO_FACTOR_REQUIRED = env_bool("MEDTOUR_STAFF_TWO_FACTOR", not DEBUG)
STAFF_RECOVERY_CODES = 10
OTP_TOTP_ISSUER = "MedTour"
# A wrong code makes the next one wait 1, 2, 4, 8... seconds (django-otp's default, stated).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# Administrators reset a colleague's devices in the admin without seeing their secrets.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
