"""`make prodtest`: MedTour run as production runs it, under load, through faults.

The web, worker and beat processes are started from the prod virtualenv (built from
requirements.txt alone) exactly as the systemd units in deploy/systemd/ start them,
against a PostgreSQL database, a Redis and an SMTP sink of this run's own. First a
coordinator logs in: locked out after five wrong passwords, sent to set up two-factor
authentication, which they do with a computed code (staff.py). Then twenty patients fill
in the consultation form while Redis is crashed and restarted and a worker's main process
is killed; then every request must have its two emails, once each, soon after the faults
end. Then the fault matrix (scenarios.py): a slow mail server, a worker killed after the
server took a message, PostgreSQL away while emails are sent and under load, a frozen
Redis; its table is printed and its targets checked.

Run with the dev virtualenv (it has aiosmtpd and psycopg):
    .venv/bin/python tests/production/run.py --venv .venv-prod
"""

import argparse
import http.client
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # tests.live's proxy, for the database

from load import FORM_PATH, HOST, Load  # noqa: E402
from scenarios import report as scenarios_report  # noqa: E402
from scenarios import run_scenarios  # noqa: E402
from services import Database, RedisServer, SmtpSink, free_port, wait_until  # noqa: E402
from staff import CREATE_COORDINATOR, check_staff_log_in  # noqa: E402
from units import Supervisor, read_unit  # noqa: E402

UNITS = ROOT / "deploy" / "systemd"
DATABASE = "medtour_prodtest"
COORDINATORS = "coordinators@medtour.test"
START = time.monotonic()
SWEEP_RESULT = re.compile(r"email_outbox_sweep\[[^\]]+\] succeeded in [\d.]+s: (\d+)")

# Budgets (seconds): every wait is bounded, the whole run should take under 6 minutes.
LOCK_TIMEOUT = 420  # another run on the same PostgreSQL server takes up to 7 minutes
STARTUP_TIMEOUT = 90
LOAD_BUDGET = 240
EMAIL_TIMEOUT = 300
RECOVERY_LIMIT = 120  # from the end of the last fault to the last email
REDIS_DOWN = 5
FORMS_BEFORE_FAULT = 40  # submissions between one step of the scenario and the next
FORMS_AFTER_FAULTS = 30


def say(message):
    print(f"[{time.monotonic() - START:6.1f}s] {message}", flush=True)


def production_environment(tmp, redis, smtp, database):
    """What the units' EnvironmentFile would hold, on a clean environment as systemd
    gives services (no virtualenv, no developer's variables)."""
    return {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "LANG": "C.UTF-8",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database.url,
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{redis.port}/0",
        "CACHE_URL": f"redis://127.0.0.1:{redis.port}/1",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SMTP_USE_TLS": "0",
        "DJANGO_BEHIND_TLS_PROXY": "1",
        "MEDTOUR_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
        # Twenty clients send hundreds of forms an hour each.
        "MEDTOUR_CONSULTATION_RATE_LIMIT": "10000/h",
        "MEDTOUR_COORDINATORS_EMAIL": COORDINATORS,
        "MEDTOUR_SITE_URL": f"https://{HOST}",
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "MEDTOUR_PRIVATE_MEDIA_ROOT": str(tmp / "private"),
        # MEDTOUR_EMAIL_STALE_SECONDS and MEDTOUR_SWEEP_SECONDS are left to their
        # production defaults on purpose: they are what must bring lost emails back.
    }


def manage(venv, environment, log_path, *arguments):
    """manage.py from the prod virtualenv, as a deploy runs it."""
    say(f"manage.py {' '.join(arguments)}")
    run_logged([str(venv / "bin" / "python"), "manage.py", *arguments], environment, log_path)


def run_logged(command, environment, log_path):
    """Run a deploy step in the checkout; its output goes to `log_path`."""
    with open(log_path, "ab") as log:
        log.write(f"\n$ {' '.join(command)}\n".encode())
        log.flush()
        try:
            result = subprocess.run(
                command,
                cwd=ROOT,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=300,
            ).returncode
        except subprocess.TimeoutExpired:
            result = "timed out after 300s"
    if result != 0:
        raise Failure(f"{' '.join(command)} failed ({result})", [log_path])


@dataclass
class Context:
    """What the fault matrix (scenarios.py) works with."""

    database: Database
    smtp: SmtpSink
    redis: RedisServer
    supervisors: dict
    ports: list
    say: object
    kill: object


class Failure(Exception):
    """The run cannot go on; `logs` are the files that say why."""

    def __init__(self, message, logs=()):
        super().__init__(message)
        self.logs = list(logs)


def http_status(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https"})
        return connection.getresponse().status
    except OSError:
        return None
    finally:
        connection.close()


def web_ready(port):
    """/health/ answers 200; until that view exists, the form page does."""
    status = http_status(port, "/health/")
    if status == 404:
        return http_status(port, FORM_PATH) == 200
    return status == 200


def tail(path, lines=40):
    try:
        text = Path(path).read_text(errors="replace")
    except OSError as error:
        return f"({error})"
    return "\n".join(text.splitlines()[-lines:])


class Report:
    """The checks, printed as a table; any failed one fails the run."""

    def __init__(self):
        self.rows = []

    def check(self, what, value, expected, ok):
        self.rows.append((what, str(value), expected, bool(ok)))

    def note(self, what, value):
        self.rows.append((what, str(value), "", None))

    @property
    def failed(self):
        return [row for row in self.rows if row[3] is False]

    def print(self):
        width = max(len(row[0]) for row in self.rows)
        print(f"\n{'check':<{width}}  {'value':>10}  {'expected':<10}  result")
        print(f"{'-' * width}  {'-' * 10}  {'-' * 10}  ------")
        for what, value, expected, ok in self.rows:
            result = {True: "ok", False: "FAILED", None: ""}[ok]
            print(f"{what:<{width}}  {value:>10}  {expected:<10}  {result}")
        print()


def read_units(venv, tmp, web_ports):
    """The unit instances to run, from deploy/systemd/ (or its contract)."""
    paths = {
        "/srv/medtour/venv": venv,
        "/srv/medtour/app": ROOT,
        "/var/lib/medtour": tmp / "var",
        "/run/medtour": tmp / "run" / "medtour",  # RuntimeDirectory=medtour-web-%i
    }
    wanted = [("medtour-web@.service", port) for port in web_ports]
    wanted += [("medtour-worker@.service", 1), ("medtour-worker@.service", 2)]
    wanted += [("medtour-beat.service", None)]
    units = [read_unit(UNITS, template, instance, paths) for template, instance in wanted]
    for unit in units:
        say(f"{unit.name} from {unit.source}")
        say(
            f"    Restart={unit.restart} RestartSec={unit.restart_sec:g}"
            f" KillMode={unit.kill_mode} TimeoutStopSec={unit.stop_timeout:g}"
        )
        say(f"    ExecStart={' '.join(unit.command)}")
    return units


def run_pre_commands(units, environment, log_path):
    """Every distinct ExecStartPre= once, as the first start of the units would."""
    done = set()
    for unit in units:
        for command in unit.pre_commands:
            if tuple(command) in done:
                continue
            done.add(tuple(command))
            say(f"ExecStartPre of {unit.name}: {' '.join(command)}")
            run_logged(command, unit.environment | environment, log_path)


def start_units(units, environment, logs):
    """One supervisor per unit instance."""
    supervisors = {}
    for unit in units:
        log_path = logs / f"{unit.name}.log"
        supervisors[unit.name] = Supervisor(unit, environment, ROOT, log_path, say)
    for supervisor in supervisors.values():
        supervisor.start()
    return supervisors


def wait_for_startup(supervisors, web_ports):
    for port in web_ports:
        try:
            wait_until(lambda port=port: web_ready(port), STARTUP_TIMEOUT, f"gunicorn on {port}")
        except TimeoutError as error:
            raise Failure(
                str(error), [supervisors[f"medtour-web@{port}.service"].log_path]
            ) from None
        # Ready means the database, the cache and the broker answer.
        try:
            wait_until(
                lambda port=port: http_status(port, "/health/ready/") == 200,
                STARTUP_TIMEOUT,
                f"/health/ready/ on {port}",
            )
        except TimeoutError as error:
            raise Failure(
                str(error), [supervisors[f"medtour-web@{port}.service"].log_path]
            ) from None
        say(f"gunicorn on port {port} answers")
    for name, text in (
        ("medtour-worker@1.service", " ready."),
        ("medtour-worker@2.service", " ready."),
        ("medtour-beat.service", "beat: Starting"),
    ):
        if not supervisors[name].wait_for_output(text, STARTUP_TIMEOUT):
            raise Failure(f"{name} did not log {text.strip()!r}", [supervisors[name].log_path])
        say(f"{name} is up")


def run_load_with_faults(args, load, redis, smtp, worker):
    """Submissions keep going while Redis crashes and comes back, and while a worker's
    main process is killed; returns when the faults ended when.

    Each step waits for a number of forms, so the faults always fall among requests in
    flight, whatever the machine's speed.
    """
    stats = load.stats
    deadline = time.monotonic() + LOAD_BUDGET

    def forms_done(count, what):
        wait_until(lambda: stats.done() >= count, deadline - time.monotonic(), what)

    load.start()
    forms_done(FORMS_BEFORE_FAULT, f"{FORMS_BEFORE_FAULT} forms before the Redis crash")
    say(f"fault 1: SIGKILL redis-server (pid {redis.process.pid}) after {stats.done()} forms")
    redis.kill()
    time.sleep(REDIS_DOWN)
    redis.start()
    redis_back = time.monotonic()
    say(f"fault 1 over: redis-server is back on port {redis.port}, empty (pid {redis.process.pid})")

    # Only once the workers deliver again is the second fault a separate one.
    mark = stats.done()
    forms_done(mark + FORMS_BEFORE_FAULT, "forms after the Redis restart")
    wait_until(
        lambda: any(mail.received > redis_back for mail in smtp.received()),
        deadline - time.monotonic(),
        "an email sent after the Redis restart",
    )
    # Killed while it holds tasks, the worker loses them: only the sweep brings them back.
    # The mail server holds every message's DATA meanwhile, so the worker dies in the
    # middle of sending, before any server has accepted what it sends. (Killed in the
    # milliseconds after a server's 250 and before the row is marked sent, the email
    # goes out twice with one Message-ID: issue 17.)
    smtp.hold = True
    try:
        held = wait_until(
            lambda: smtp.holding >= 3 and held_tasks(worker.log()),
            20,
            "worker 1 to hold a task in the middle of sending",
            interval=0.02,
        )
    except TimeoutError:
        held = set()
    pid = worker.process.pid
    say(
        f"fault 2: kill -9 the main process of {worker.unit.name} (pid {pid}) holding"
        f" {len(held)} task(s), {smtp.holding} messages in DATA, after {stats.done()} forms"
    )
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: worker.restarts, 30, f"the supervisor to restart {worker.unit.name}")
    smtp.hold = False
    worker_back = worker.restarts[0]
    ready = worker.wait_for_output(" ready.", STARTUP_TIMEOUT)
    say(f"fault 2 over: {worker.unit.name} restarted; ready again: {ready}")

    mark = stats.done()
    forms_done(max(args.forms, mark + FORMS_AFTER_FAULTS), f"{args.forms} forms in all")
    say(f"stopping the clients after {stats.done()} forms")
    if not load.stop(timeout=2 * 65):
        raise Failure("a client did not finish its last form in time")
    say("all clients stopped")
    return {
        "redis back": redis_back,
        "worker restarted": worker_back,
        "worker ready": ready,
        "tasks held": len(held),
    }


def held_tasks(worker_log):
    """Tasks the worker has received (reserved or running) and not finished."""
    received = set(re.findall(r"\[([0-9a-f-]{36})\] received", worker_log))
    finished = re.findall(r"\[([0-9a-f-]{36})\] (?:succeeded|failed|retry|raised)", worker_log)
    return received - set(finished)


def deliveries(database, smtp):
    """Per saved request: its patient's address and the emails that reached the sink."""
    rows = database.rows("SELECT reference, email FROM consultations_consultationrequest")
    mails = defaultdict(list)
    for mail in smtp.received():
        mails[mail.reference].append(mail)
    return dict(rows), mails


def complete(reference, email, mails):
    recipients = sorted(mail.to for mail in mails.get(reference, []))
    return recipients == sorted([COORDINATORS, email])


def wait_for_emails(database, smtp):
    """Until every saved request has its two emails and the outbox is empty (bounded)."""

    def all_delivered():
        requests, mails = deliveries(database, smtp)
        missing = [ref for ref, email in requests.items() if not complete(ref, email, mails)]
        return not missing

    try:
        wait_until(all_delivered, EMAIL_TIMEOUT, "every request's two emails", interval=1)
    except TimeoutError as error:
        say(str(error))
        return False
    pending = "SELECT count(*) FROM consultations_outboxemail WHERE status <> 'sent'"
    try:
        wait_until(lambda: database.rows(pending)[0][0] == 0, 30, "an empty outbox", interval=1)
    except TimeoutError as error:
        say(str(error))
    # A second delivery of an email would come right after the first: give it time.
    time.sleep(3)
    return True


def check_results(report, args, stats, database, smtp, supervisors, faults, delivered):
    requests, mails = deliveries(database, smtp)
    forms = stats.forms
    rows = len(requests)
    report.check(
        "submissions (distinct forms POSTed)", forms, f">= {args.forms}", forms >= args.forms
    )
    report.check(
        "forms not answered by a thank-you page", len(stats.failures), "0", not stats.failures
    )
    # Each form shown must carry a token of its own, even if the page came from a cache.
    tokens = len(stats.tokens)
    report.check("distinct submission tokens served", tokens, f"= {forms}", tokens == forms)
    report.check("rows saved", rows, f"= {len(stats.succeeded)}", rows == len(stats.succeeded))
    report.check("duplicates (rows - distinct forms)", rows - forms, "0", rows == forms)
    (same_email,) = database.rows(
        "SELECT count(*) - count(DISTINCT email) FROM consultations_consultationrequest"
    )[0]
    report.check("rows sharing an email", same_email, "0", same_email == 0)
    unseen = set(stats.succeeded.values()) ^ set(requests)
    report.check("references clients saw vs rows", len(unseen), "0 differ", not unseen)
    report.check(
        "double POSTs answered with the same reference",
        f"{stats.doubles - len(stats.double_mismatches)}/{stats.doubles}",
        "all",
        not stats.double_mismatches and stats.doubles > 0,
    )
    (documents,) = database.rows("SELECT count(*) FROM consultations_document")[0]
    report.check(
        "documents saved", documents, f"= {stats.with_document}", documents == stats.with_document
    )

    with_two = sum(complete(ref, email, mails) for ref, email in requests.items())
    report.check(
        "requests with exactly 2 emails",
        f"{with_two}/{rows}",
        "all",
        with_two == rows and delivered,
    )
    twice = sum(
        count - 1
        for count in Counter((mail.reference, mail.to) for mail in smtp.received()).values()
        if count > 1
    )
    report.check("emails delivered twice", twice, "0", twice == 0)
    strays = [mail for mail in smtp.received() if mail.reference not in requests]
    report.note("emails about no saved request", len(strays))
    (unsent,) = database.rows(
        "SELECT count(*) FROM consultations_outboxemail WHERE status <> 'sent'"
    )[0]
    report.check("outbox emails not sent", unsent, "0", unsent == 0)
    report.check("client 5xx", len(stats.server_errors), "0", not stats.server_errors)
    # Evidence that the faults bit: emails that waited for the sweep.
    web_logs = "".join(s.log(since_start=False) for n, s in supervisors.items() if "-web@" in n)
    report.note("submits that found the broker down", web_logs.count("Broker unavailable"))
    worker_logs = "".join(
        s.log(since_start=False) for n, s in supervisors.items() if "-worker@" in n
    )
    swept = sum(map(int, SWEEP_RESULT.findall(worker_logs)))
    report.check("emails queued again by the sweep", swept, ">= 1", swept >= 1)
    report.note("client connection errors (resent)", stats.connection_errors)

    for name, supervisor in supervisors.items():
        restarts = len(supervisor.restarts)
        if name == "medtour-worker@1.service":
            report.check(f"restarts seen: {name}", restarts, ">= 1", restarts >= 1)
        else:
            report.note(f"restarts seen: {name}", restarts)
    report.note("tasks held by worker 1 when killed", faults["tasks held"])
    report.check(
        "killed worker ready again", faults["worker ready"], "True", faults["worker ready"]
    )

    last_fault = max(faults["redis back"], faults["worker restarted"])
    last_email = max((mail.received for mail in smtp.received()), default=None)
    recovery = None if last_email is None else last_email - last_fault
    report.check(
        "last fault end -> last email (s)",
        "none" if recovery is None else f"{recovery:.1f}",
        f"<= {RECOVERY_LIMIT}",
        recovery is not None and recovery <= RECOVERY_LIMIT and delivered,
    )
    if stats.post_seconds:
        ordered = sorted(stats.post_seconds)
        report.note(
            "POST p50 / p95 (s)",
            f"{ordered[len(ordered) // 2]:.2f}/{ordered[int(len(ordered) * 0.95)]:.2f}",
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--venv", default=".venv-prod", help="the virtualenv built from requirements.txt"
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--forms", type=int, default=200, help="at least this many forms")
    args = parser.parse_args()
    venv = (ROOT / args.venv).resolve()
    if not (venv / "bin" / "python").exists():
        sys.exit(f"no virtualenv at {venv}: run `make prodtest`")
    # CI cancelling the job sends SIGTERM: clean up as for Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    tmp = Path(tempfile.mkdtemp(prefix="medtour-prodtest-"))
    logs = tmp / "logs"
    logs.mkdir()
    say(f"working in {tmp}")
    report = Report()
    failure = None
    with ExitStack() as cleanup:
        try:
            database = Database(DATABASE)
            database.lock(LOCK_TIMEOUT, say)
            cleanup.callback(database.unlock)
            database.create()
            cleanup.callback(database.drop)
            database.up()
            cleanup.callback(database.down)
            smtp = SmtpSink()
            smtp.start()
            cleanup.callback(smtp.stop)
            redis = RedisServer(tmp / "redis", logs / "redis.log")
            redis.start()
            cleanup.callback(redis.stop)
            say(f"database {DATABASE}, redis-server on {redis.port}, SMTP sink on {smtp.port}")

            environment = production_environment(tmp, redis, smtp, database)
            manage(venv, environment, logs / "manage.log", "migrate", "--noinput")
            manage(venv, environment, logs / "manage.log", "collectstatic", "--noinput")

            web_ports = [free_port(), free_port()]
            units = read_units(venv, tmp, web_ports)
            run_pre_commands(units, environment, logs / "manage.log")
            supervisors = start_units(units, environment, logs)
            for supervisor in supervisors.values():
                cleanup.callback(supervisor.stop)
            wait_for_startup(supervisors, web_ports)
            # Production enforces the second factor: the coordinator sets it up through the
            # real pages, as staff would, rather than the rehearsal turning it off.
            manage(venv, environment, logs / "manage.log", "shell", "-c", CREATE_COORDINATOR)
            check_staff_log_in(report, web_ports)

            load = Load(args.clients, web_ports)
            cleanup.callback(load.stop, timeout=10)
            worker = supervisors["medtour-worker@1.service"]
            faults = run_load_with_faults(args, load, redis, smtp, worker)
            stats = load.stats
            say(
                f"{stats.forms} forms sent, {len(stats.succeeded)} thanked,"
                f" {stats.doubles} sent twice; waiting for the emails"
            )
            delivered = wait_for_emails(database, smtp)
            check_results(report, args, stats, database, smtp, supervisors, faults, delivered)
            for email, error in stats.failures[:10]:
                say(f"turned down: {email}: {error}")
            for email, first, second, error in stats.double_mismatches[:10]:
                say(f"sent twice, answered differently: {email}: {first} then {second} ({error})")
            for method, path, status, _page in stats.server_errors[:10]:
                say(f"server error seen by a client: {method} {path} -> {status}")
            # The fault matrix (issue 17), on the same processes.
            context = Context(
                database=database,
                smtp=smtp,
                redis=redis,
                supervisors=supervisors,
                ports=web_ports,
                say=say,
                kill=lambda pid: os.kill(pid, signal.SIGKILL),
            )
            scenarios_report(run_scenarios(context), report, len(stats.succeeded))
        except (Failure, TimeoutError) as error:
            failure = error
        except Exception as error:  # a defect of this driver: still clean up and say so
            traceback.print_exc()
            failure = error
        except (KeyboardInterrupt, SystemExit):
            failure = Failure("interrupted")
        finally:
            say("stopping everything this run started")
    if report.rows:
        report.print()
    say(f"run time {time.monotonic() - START:.0f}s")
    if failure is None and not report.failed:
        shutil.rmtree(tmp, ignore_errors=True)
        say("prodtest passed")
        return 0
    if failure is not None:
        say(f"FAILED: {failure}")
    for path in getattr(failure, "logs", []) or sorted(logs.glob("*.log")):
        print(f"\n----- tail of {path} -----\n{tail(path)}")
    say(f"prodtest FAILED; logs kept in {logs}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
