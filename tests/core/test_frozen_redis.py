"""A Redis that stops answering (SIGSTOP) costs a patient at most a fraction of a
second, once: the cache's short timeouts, then the breaker (core/cache.py), which stops
asking it for a few seconds; pages and the consultation form go on without it. Counted
in what reaches Redis (through a proxy that counts the client's sends), not in seconds."""

import signal
import socket
import subprocess
import threading
import time

import pytest
from django.core.cache import cache
from django.urls import reverse

from consultations.models import ConsultationRequest
from core.cache import BREAKER_SECONDS, breaker
from tests.conditions.factories import ConditionFactory
from tests.consultations.factories import form_data
from tests.live import free_port, require, wait_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def frozen_redis(settings, tmp_path):
    """A redis-server of this test's own, as the shared cache; `freeze()` stops it."""
    require(subprocess.run(["which", "redis-server"], capture_output=True).returncode == 0,
            "redis-server is needed to freeze one")  # fmt: skip
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    proxy = CountingProxy(port)
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{proxy.port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    wait_for(lambda: _listens(port), timeout=10, what="redis-server")
    breaker.reset()
    yield lambda: server.send_signal(signal.SIGSTOP), proxy
    server.send_signal(signal.SIGCONT)
    server.kill()
    server.wait()
    proxy.close()
    breaker.reset()


class CountingProxy:
    """Between the site and Redis: counts what the site sends (a command, or a pipeline
    of them, is one send)."""

    def __init__(self, target_port):
        self.sends = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.target_port = target_port
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, source, sink, counted):
        try:
            while data := source.recv(65536):
                self.sends += counted
                sink.sendall(data)
        except OSError:
            pass

    def close(self):
        self.listener.close()


def _listens(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def test_a_patients_post_asks_a_silent_redis_once_and_is_saved(client, frozen_redis):
    freeze, proxy = frozen_redis
    condition = ConditionFactory()
    freeze()
    before = proxy.sends

    response = client.post(reverse("consultations:create"), form_data(condition=condition.pk))

    assert response.status_code == 302
    assert ConsultationRequest.objects.count() == 1
    assert proxy.sends - before == 1  # one timeout, then the breaker
    assert breaker.is_open


def test_while_the_breaker_is_open_pages_and_posts_do_not_wait_for_redis(client, frozen_redis):
    freeze, proxy = frozen_redis
    article = ConditionFactory().get_absolute_url()
    assert client.get(article)["X-Page-Cache"] == "miss"
    assert client.get(article)["X-Page-Cache"] == "hit"
    freeze()
    client.get(article)  # finds Redis silent: one timeout, and the breaker opens
    before = proxy.sends

    page = client.get(article)
    response = client.post(reverse("consultations:create"), form_data())

    assert (page.status_code, response.status_code) == (200, 302)
    assert "X-Page-Cache" not in page  # rendered without the cache
    assert proxy.sends == before


def test_an_answering_redis_gets_one_round_trip_at_the_door_and_one_to_save(client, frozen_redis):
    """The limits count with SET NX and INCR in one transaction: every post once at the
    door, and a post that saves a request once more for its two limits."""
    _freeze, proxy = frozen_redis
    client.post(reverse("consultations:create"), {"email": "olena@"})  # connects
    before = proxy.sends

    response = client.post(reverse("consultations:create"), {"email": "olena@"})

    assert response.status_code == 200  # the form with its mistakes
    assert proxy.sends - before == 1
    before = proxy.sends
    assert client.post(reverse("consultations:create"), form_data()).status_code == 302
    assert proxy.sends - before == 2


def test_the_breaker_asks_redis_again_after_a_few_seconds(frozen_redis):
    breaker.trip()
    assert breaker.is_open

    time.sleep(BREAKER_SECONDS + 0.1)

    assert not breaker.is_open
    cache.set("back", 1)
    assert cache.get("back") == 1
