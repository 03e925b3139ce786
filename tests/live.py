"""Real services for the tests that need them: an SMTP server, a Celery worker and
beat, and a TCP proxy that can cut the web process off from the broker."""

import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import redis
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[1]
REDIS_PORT = 6379
# The live tests' broker: the Redis on REDIS_PORT, which others may use too (a developer's
# worker, another run, another xdist worker). Every key this process, its Celery worker
# and beat write begins with a prefix of this process's own (kombu's global_keyprefix,
# pub/sub channels included), and only the keys under it are deleted at the end: no
# database is ever emptied.
LIVE_BROKER_DB = 15
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
BROKER_KEY_PREFIX = f"medtour-test-{XDIST_WORKER}-{uuid.uuid4().hex[:16]}:"
IN_CI = os.environ.get("CI") == "true"
logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's chatter


def require(condition, reason):
    """Skip locally when a service is missing; in CI, fail: nothing is skipped there."""
    if not condition:
        if IN_CI:
            pytest.fail(f"CI needs this service: {reason}")
        pytest.skip(reason)


def redis_answers():
    try:
        return redis.Redis(port=REDIS_PORT, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def keys_delete(server, prefix):
    """Delete the keys that begin with `prefix`, and only those: the rest of the
    database may be someone else's. Returns how many were deleted."""
    pattern = "".join("\\" + c if c in "\\*?[]" else c for c in prefix)
    deleted = 0
    batch = []
    for key in server.scan_iter(match=pattern + "*", count=1000):
        batch.append(key)
        if len(batch) == 500:
            deleted += server.delete(*batch)
            batch.clear()
    if batch:
        deleted += server.delete(*batch)
    return deleted


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(predicate, timeout=60, what="the condition"):
    """Poll until predicate() is true; the timeout only bounds a broken run."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := predicate():
            return result
        time.sleep(0.1)
    raise AssertionError(f"Timed out after {timeout}s waiting for {what}")


class SmtpRecorder:
    """An aiosmtpd handler that keeps what it accepts, and can refuse or stall.

    A message counts as received only once the server has accepted it: if the
    client vanishes while the server holds DATA, aiosmtpd cancels the handler and
    nothing is recorded, as a real mail server would drop it.
    """

    def __init__(self):
        self.messages = []
        self.refused = 0
        self.refuse = False
        self.hold = False
        self.holding = threading.Event()
        # Takes the message (it will be delivered), then keeps the client waiting for
        # the answer: while `hold_answer` is set, or for `answer_after` seconds.
        self.hold_answer = False
        self.answer_after = 0
        self.answering = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            self.refused += 1
            return "451 4.3.0 Mail server temporarily unavailable"
        if self.hold:
            self.holding.set()
            while self.hold:
                await asyncio.sleep(0.05)
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)
        if self.hold_answer or self.answer_after:
            self.answering.set()
            await asyncio.sleep(self.answer_after)
            while self.hold_answer:
                await asyncio.sleep(0.05)
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for message in self.messages if message["To"] == address]

    def clear(self):
        self.messages.clear()
        self.refused = 0
        self.refuse = self.hold = self.hold_answer = False
        self.answer_after = 0
        self.holding.clear()
        self.answering.clear()


class SmtpServer:
    def __init__(self):
        self.handler = SmtpRecorder()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def start(self):
        self.controller.start()

    def stop(self):
        self.controller.stop()


class TcpProxy:
    """Forwards a local port to a server; down() refuses and cuts every connection."""

    def __init__(self, target_port, port):
        self.target = ("127.0.0.1", target_port)
        self.port = port
        self.listener = None
        self.connections = []

    def up(self):
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def down(self):
        # As for connections: a close() alone leaves a listener accepting while its
        # thread waits in accept().
        _hang_up(self.listener)
        for connection in self.connections:
            _hang_up(connection)
        self.connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.connections += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                _hang_up(end)


def _hang_up(connection):
    """Close a connection for both of its ends at once: shutdown() first, as a close()
    alone leaves the socket open while another thread waits on it."""
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
    connection.close()


class CeleryProcess:
    """`celery worker` or `celery beat` in a process of its own, as in production."""

    def __init__(self, command, environ, log_path, ready_line):
        self.command = command
        self.environ = environ
        self.log_path = log_path
        self.ready_line = ready_line
        self.process = None

    def start(self):
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed with the process
        offset = self.log_path.stat().st_size
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "medtour", *self.command],
            cwd=ROOT,
            env=os.environ | self.environ,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_for(
            lambda: self.ready_line in self.log()[offset:] or self.process.poll() is not None,
            what=f"celery {self.command[0]} to start",
        )
        if self.process.poll() is not None:
            raise RuntimeError(f"celery {self.command[0]} stopped:\n{self.log()[offset:]}")

    def log(self):
        return self.log_path.read_text(errors="replace")

    def children(self):
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def kill_children(self):
        """SIGKILL the pool processes: the worker loses the task it was running."""
        children = self.children()
        for pid in children:
            os.kill(pid, signal.SIGKILL)
        return children

    def kill(self):
        self.process.kill()
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
