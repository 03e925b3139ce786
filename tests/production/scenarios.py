"""The fault matrix of issue 17, after the run's first phase: faults that land in the
middle of a send, a database outage under load, a Redis that hangs. Each scenario sends
its own patients (their addresses carry its tag), waits for their emails, and counts:
requests, requests whose emails reached the sink twice (and whether each second copy
had the first's Message-ID), requests missing an email, the patients who saw a 5xx (the
site's 503 page, or a bare error), and how long after the fault the last email came.
"""

import time
from collections import defaultdict
from dataclasses import dataclass, field

from load import Load
from services import wait_until

COORDINATORS = "coordinators@medtour.test"
EMAIL_TIMEOUT = 300
LOAD_TIMEOUT = 240


@dataclass
class Outcome:
    name: str
    requests: int = 0
    lost: int = 0  # requests without both of their emails
    twice: int = 0  # requests with an email delivered more than once
    same_message_id: bool = True  # every second copy had the first's Message-ID
    unavailable_page: int = 0  # patients (forms) who saw the site's 503 page
    bare_5xx: int = 0  # patients who saw any other 5xx
    recovery: float | None = None  # seconds from the fault's end to the last email
    notes: dict = field(default_factory=dict)


def _mails_of(smtp, references):
    mails = defaultdict(list)
    for mail in smtp.received():
        if mail.reference in references:
            mails[mail.reference].append(mail)
    return mails


def _requests_of(database, tag):
    return dict(
        database.rows(
            "SELECT reference, email FROM consultations_consultationrequest"
            f" WHERE email LIKE 'patient-{tag}%'"
        )
    )


def _complete(email, mails):
    return {mail.to for mail in mails} == {COORDINATORS, email}


def _unsent(database, tag):
    """The scenario's emails not yet marked sent (a copy may still be on its way)."""
    return database.rows(
        "SELECT count(*) FROM consultations_outboxemail e JOIN consultations_consultationrequest r"
        " ON e.key LIKE 'consultation:' || r.id || ':%'"
        f" WHERE r.email LIKE 'patient-{tag}%' AND e.status <> 'sent'"
    )[0][0]


def _wait_for_emails(database, smtp, tag, say):
    """Until every request of the scenario has both emails and the outbox has sent all
    of them (an email the sweep sends again is counted with its second copy)."""

    def done():
        requests = _requests_of(database, tag)
        mails = _mails_of(smtp, requests)
        complete = all(_complete(email, mails[ref]) for ref, email in requests.items())
        return requests and complete and _unsent(database, tag) == 0

    try:
        wait_until(done, EMAIL_TIMEOUT, f"the emails of scenario {tag}", interval=1)
    except TimeoutError as error:
        say(str(error))
    time.sleep(3)  # a second copy would come right after the first


def _count(outcome, database, smtp, tag, stats, fault_end):
    requests = _requests_of(database, tag)
    mails = _mails_of(smtp, requests)
    outcome.requests = len(requests)
    outcome.lost = sum(not _complete(email, mails[ref]) for ref, email in requests.items())
    for reference in requests:
        copies = defaultdict(set)
        counts = defaultdict(int)
        for mail in mails[reference]:
            copies[mail.to].add(mail.message_id)
            counts[mail.to] += 1
        if any(count > 1 for count in counts.values()):
            outcome.twice += 1
            outcome.same_message_id &= all(len(ids) == 1 for ids in copies.values())
    outcome.unavailable_page = len(stats.saw_unavailable_page)
    outcome.bare_5xx = len(stats.saw_other_5xx)
    received = [mail.received for ref in requests for mail in mails[ref]]
    if received and fault_end is not None:
        outcome.recovery = max(received) - fault_end
    outcome.notes["forms not thanked"] = len(stats.failures)
    return outcome


def _load(ports, tag, clients, forms, say):
    """`clients` patients sending forms until `forms` of them are done."""
    load = Load(clients, ports, tag=tag)
    load.start()
    wait_until(lambda: load.stats.done() >= forms, LOAD_TIMEOUT, f"{forms} forms ({tag})")
    return load


def _stop(load):
    load.stop(timeout=2 * 65)
    return load.stats


def late_answer(ctx):
    """The mail server takes each message and answers after 25 s, longer than the
    client's command timeout (20 s): a client that gives up then sends it again."""
    ctx.smtp.answer_after = 25
    stats = _stop(_load(ctx.ports, "late-", 4, 8, ctx.say))
    _wait_for_emails(ctx.database, ctx.smtp, "late-", ctx.say)
    ctx.smtp.answer_after = 0
    return _count(Outcome("late answer (25 s)"), ctx.database, ctx.smtp, "late-", stats, None)


def killed_after_acceptance(ctx):
    """The mail server takes messages and keeps their answers while worker 1's main
    process is killed (its unit goes with it): nobody knows whether those were taken."""
    ctx.smtp.hold_answer = True
    stats = _stop(_load(ctx.ports, "killed-", 10, 30, ctx.say))
    wait_until(lambda: ctx.smtp.answering >= 3, 60, "messages waiting for their answer")
    worker = ctx.supervisors["medtour-worker@1.service"]
    restarts = len(worker.restarts)
    ctx.say(f"scenario: kill -9 worker 1 with {ctx.smtp.answering} messages awaiting answers")
    ctx.kill(worker.process.pid)
    wait_until(lambda: len(worker.restarts) > restarts, 30, "worker 1 to restart")
    ctx.smtp.hold_answer = False
    fault_end = time.monotonic()
    _wait_for_emails(ctx.database, ctx.smtp, "killed-", ctx.say)
    return _count(
        Outcome("worker killed after the server took a message"),
        ctx.database,
        ctx.smtp,
        "killed-",
        stats,
        fault_end,
    )


def database_gone_while_sending(ctx):
    """The mail server takes messages; before the workers can mark them sent, the
    database goes away for 10 s."""
    ctx.smtp.hold_answer = True
    stats = _stop(_load(ctx.ports, "dbsend-", 10, 20, ctx.say))
    wait_until(lambda: ctx.smtp.answering >= 3, 60, "messages waiting for their answer")
    ctx.say(f"scenario: PostgreSQL away for 10 s, {ctx.smtp.answering} messages in flight")
    ctx.database.down()
    ctx.smtp.hold_answer = False
    time.sleep(10)
    ctx.database.up()
    fault_end = time.monotonic()
    _wait_for_emails(ctx.database, ctx.smtp, "dbsend-", ctx.say)
    return _count(
        Outcome("PostgreSQL away while emails are sent"),
        ctx.database,
        ctx.smtp,
        "dbsend-",
        stats,
        fault_end,
    )


def database_down_under_load(ctx):
    """Twenty patients fill in the form; PostgreSQL is away for 10 s in the middle."""
    load = _load(ctx.ports, "dbdown-", 20, 60, ctx.say)
    ctx.say("scenario: PostgreSQL away for 10 s under load")
    ctx.database.down()
    time.sleep(10)
    ctx.database.up()
    fault_end = time.monotonic()
    mark = load.stats.done()
    wait_until(lambda: load.stats.done() >= mark + 60, LOAD_TIMEOUT, "forms after the outage")
    stats = _stop(load)
    _wait_for_emails(ctx.database, ctx.smtp, "dbdown-", ctx.say)
    return _count(
        Outcome("PostgreSQL down 10 s under load"),
        ctx.database,
        ctx.smtp,
        "dbdown-",
        stats,
        fault_end,
    )


def redis_frozen(ctx):
    """Twenty patients fill in the form; Redis (cache and broker) hangs for 30 s
    (SIGSTOP): its connections stay open and nothing answers."""
    load = _load(ctx.ports, "frozen-", 20, 40, ctx.say)
    ctx.say("scenario: Redis frozen (SIGSTOP) for 30 s under load")
    frozen = time.monotonic()
    ctx.redis.freeze()
    time.sleep(30)
    ctx.redis.thaw()
    fault_end = time.monotonic()
    mark = load.stats.done()
    wait_until(lambda: load.stats.done() >= mark + 40, LOAD_TIMEOUT, "forms after the freeze")
    stats = _stop(load)
    _wait_for_emails(ctx.database, ctx.smtp, "frozen-", ctx.say)
    outcome = _count(
        Outcome("Redis frozen 30 s under load"),
        ctx.database,
        ctx.smtp,
        "frozen-",
        stats,
        fault_end,
    )
    # The same load's own times, without the freeze: the two cores are shared by the
    # clients and the site, so the load alone takes its share.
    for method in ("GET", "POST"):
        for label, inside in (("while frozen", True), ("otherwise", False)):
            times = sorted(
                seconds
                for started, seconds in stats.timings[method]
                if (frozen <= started < fault_end) == inside
            )
            if times:
                outcome.notes[f"{method} {label}: n / p50 / p95 / max (s)"] = (
                    f"{len(times)} / {times[len(times) // 2]:.2f}"
                    f" / {times[int(len(times) * 0.95)]:.2f} / {times[-1]:.2f}"
                )
    return outcome


SCENARIOS = [
    late_answer,
    killed_after_acceptance,
    database_gone_while_sending,
    database_down_under_load,
    redis_frozen,
]


def run_scenarios(ctx):
    outcomes = []
    for scenario in SCENARIOS:
        ctx.say(f"scenario {scenario.__name__}")
        outcomes.append(scenario(ctx))
    return outcomes


def report(outcomes, report, phase_requests):
    """The matrix as a table, and the issue's targets as checks."""
    print("\nscenario | requests | sent twice | same Message-ID | lost | 503 page | bare 5xx"
          " | last email after the fault (s)")  # fmt: skip
    print("--- | --: | --: | --- | --: | --: | --: | --:")
    for outcome in outcomes:
        recovery = "" if outcome.recovery is None else f"{outcome.recovery:.1f}"
        print(
            f"{outcome.name} | {outcome.requests} | {outcome.twice} |"
            f" {'yes' if outcome.same_message_id else 'NO'} | {outcome.lost} |"
            f" {outcome.unavailable_page} | {outcome.bare_5xx} | {recovery}"
        )
        for name, value in outcome.notes.items():
            print(f"    {outcome.name}: {name}: {value}")
    requests = phase_requests + sum(outcome.requests for outcome in outcomes)
    twice = sum(outcome.twice for outcome in outcomes)
    report.check("fault matrix: requests lost", sum(o.lost for o in outcomes), "0",
                 all(o.lost == 0 for o in outcomes))  # fmt: skip
    report.check(
        "fault matrix: requests sent twice (all runs)",
        f"{twice}/{requests}",
        "<= 1 %",
        twice <= requests / 100,
    )
    report.check(
        "fault matrix: second copies with the same Message-ID",
        str(all(o.same_message_id for o in outcomes)),
        "True",
        all(o.same_message_id for o in outcomes),
    )
    late = outcomes[0]
    report.check("late answer: requests sent twice", late.twice, "0", late.twice == 0)
    report.check(
        "fault matrix: patients who saw a bare 5xx",
        sum(o.bare_5xx for o in outcomes),
        "0",
        all(o.bare_5xx == 0 for o in outcomes),
    )
    report.check(
        "fault matrix: forms not thanked",
        sum(o.notes["forms not thanked"] for o in outcomes),
        "0",
        all(o.notes["forms not thanked"] == 0 for o in outcomes),
    )
    for outcome in outcomes[1:4]:
        report.check(
            f"{outcome.name}: last email after the fault (s)",
            "none" if outcome.recovery is None else f"{outcome.recovery:.1f}",
            "<= 120",
            outcome.recovery is not None and outcome.recovery <= 120,
        )
