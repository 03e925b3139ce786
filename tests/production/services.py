"""The services the production run owns: a Redis, a PostgreSQL database and an SMTP sink.

Each is its own (own port, own database name), so a run never touches the Redis on
6379, the developer's database or another run's mail.
"""

import asyncio
import logging
import re
import signal
import socket
import subprocess
import threading
import time
import zlib
from dataclasses import dataclass
from email import message_from_bytes, policy

import psycopg
from aiosmtpd.controller import Controller

from tests.live import TcpProxy

logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's chatter

REFERENCE = re.compile(r"\bMT-[A-Z0-9]{8}\b")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(predicate, timeout, what, interval=0.2):
    """Poll predicate() until it is true; the timeout only bounds a broken run."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := predicate():
            return result
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")


class RedisServer:
    """redis-server on a port of its own, without persistence: a restart loses the queue,
    as a crashed production Redis without AOF would."""

    def __init__(self, directory, log_path):
        self.port = free_port()
        self.directory = directory
        self.log_path = log_path
        self.process = None

    def start(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind", "127.0.0.1",
                "--port", str(self.port),
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.directory),
                "--logfile", str(self.log_path),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C in the terminal is the driver's to handle
        )  # fmt: skip
        wait_until(self.answers, 20, f"redis-server on port {self.port}")

    def answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def freeze(self):
        """SIGSTOP: Redis stops answering, its connections stay open (a hung server)."""
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)

    def kill(self):
        """SIGKILL: Redis dies the way a crashed server does, with no chance to flush."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


class Database:
    """A PostgreSQL database of the run's own, created empty and dropped at the end.

    The site's processes reach it through a proxy (`url`), which `down()` cuts as an
    outage of the server would, for them only: the driver keeps its direct `server`.
    """

    def __init__(self, name, server="postgres://postgres@127.0.0.1:5432"):
        self.name = name
        self.server = server
        self.proxy = TcpProxy(int(server.rpartition(":")[2]), free_port())
        self.url = f"{server.rpartition(':')[0]}:{self.proxy.port}/{name}"
        self.direct = f"{server}/{name}"
        self._lock = None

    def up(self):
        self.proxy.up()

    def down(self):
        self.proxy.down()

    def lock(self, timeout, say):
        """Hold a PostgreSQL advisory lock named after the database for the whole run.

        Two runs on one server would drop each other's database, and the first run's
        processes would then write into the second's: the second run waits instead.
        The lock goes with the driver's connection, however the driver ends.
        """
        key = zlib.crc32(self.name.encode())
        self._lock = psycopg.connect(f"{self.server}/postgres", autocommit=True)
        query = "SELECT pg_try_advisory_lock(%s)"
        if not self._lock.execute(query, (key,)).fetchone()[0]:
            say(f"another run uses database {self.name}; waiting for it (at most {timeout}s)")
            wait_until(
                lambda: self._lock.execute(query, (key,)).fetchone()[0],
                timeout,
                f"the other run to release {self.name}",
                interval=2,
            )

    def unlock(self):
        if self._lock is not None:
            self._lock.close()

    def _admin(self, sql):
        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as connection:
            connection.execute(sql)

    def create(self):
        self.drop()
        self._admin(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        # FORCE: a web or worker process left behind must not keep the database alive.
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def rows(self, sql):
        with psycopg.connect(self.direct, connect_timeout=5) as connection:
            return connection.execute(sql).fetchall()


@dataclass
class Mail:
    subject: str
    to: str
    message_id: str
    reference: str | None
    received: float  # time.monotonic()


class SmtpSink:
    """An SMTP server that accepts and keeps every message, with the time it arrived.

    While `hold` is set it keeps each message's DATA unanswered, as a busy server
    does: a client that vanishes meanwhile has sent nothing (aiosmtpd cancels the
    handler), as with a real mail server, which delivers only what it answered 250 to.
    """

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.hold = False
        self.holding = 0
        # Takes each message (it is delivered), then answers it only after
        # `answer_after` seconds, and not while `hold_answer` is set: a slow server, or
        # one whose client may vanish between its taking a message and hearing so.
        self.answer_after = 0
        self.hold_answer = False
        self.answering = 0
        self._lock = threading.Lock()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):
        if self.hold:
            self.holding += 1
            try:
                while self.hold:
                    await asyncio.sleep(0.02)
            finally:
                self.holding -= 1
        self._keep(envelope)
        if self.answer_after or self.hold_answer:
            self.answering += 1
            try:
                await asyncio.sleep(self.answer_after)
                while self.hold_answer:
                    await asyncio.sleep(0.02)
            finally:
                self.answering -= 1
        return "250 Message accepted for delivery"

    def _keep(self, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        subject = str(message["Subject"] or "")
        found = REFERENCE.search(subject)
        mail = Mail(
            subject=subject,
            to=str(message["To"] or ""),
            message_id=str(message["Message-ID"] or ""),
            reference=found.group() if found else None,
            received=time.monotonic(),
        )
        with self._lock:
            self.messages.append(mail)

    def received(self):
        with self._lock:
            return list(self.messages)

    def start(self):
        self._controller.start()

    def stop(self):
        self._controller.stop()
