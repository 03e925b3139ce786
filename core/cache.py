"""The shared cache (Redis), built not to hold the site up when Redis does.

Every call has short socket timeouts (settings.CACHES). After a call fails, the process
stops asking Redis for BREAKER_SECONDS and every cache call fails at once instead: a
frozen Redis costs one timeout per process in that time, not one per call, so pages and
posts go on without it (their callers treat a failing cache as a miss, and the rate
limit fails open).
"""

import threading
import time

import redis
from django.core.cache.backends import redis as django_redis

BREAKER_SECONDS = 5.0


class CircuitBreaker:
    """Open for BREAKER_SECONDS after a failure: calls fail at once meanwhile."""

    def __init__(self, seconds=BREAKER_SECONDS):
        self.seconds = seconds
        self._open_until = 0.0
        self._lock = threading.Lock()

    @property
    def is_open(self):
        return time.monotonic() < self._open_until

    def trip(self):
        with self._lock:
            self._open_until = time.monotonic() + self.seconds

    def reset(self):
        with self._lock:
            self._open_until = 0.0


breaker = CircuitBreaker()


class BreakerRedis(redis.Redis):
    """A Redis client that fails at once while the breaker is open, and opens it when
    Redis does not answer."""

    def execute_command(self, *args, **options):
        if breaker.is_open:
            raise redis.ConnectionError("Redis failed a moment ago; not asked again yet")
        try:
            return super().execute_command(*args, **options)
        except (redis.ConnectionError, redis.TimeoutError):
            breaker.trip()
            raise

    def pipeline(self, transaction=True, shard_hint=None):
        if breaker.is_open:
            raise redis.ConnectionError("Redis failed a moment ago; not asked again yet")
        return BreakerPipeline(
            self.connection_pool, self.response_callbacks, transaction, shard_hint
        )


class BreakerPipeline(redis.client.Pipeline):
    def execute(self, raise_on_error=True):
        try:
            return super().execute(raise_on_error)
        except (redis.ConnectionError, redis.TimeoutError):
            breaker.trip()
            raise


class RedisCacheClient(django_redis.RedisCacheClient):
    """Keeps one redis client per connection pool: Django makes a new one for every
    call, which costs a third of the time of a page served from the cache."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._client = BreakerRedis
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def counters_hit(self, counters):
        """Add one to each counter, given as (key, seconds to live when created), and
        return their values: one round trip for them all (core/ratelimit.py)."""
        keys = [(self.make_and_validate_key(key), timeout) for key, timeout in counters]
        pipe = self._cache.get_client(keys[0][0], write=True).pipeline(transaction=True)
        for key, timeout in keys:
            pipe.set(key, 0, ex=int(timeout), nx=True)
            pipe.incr(key)
        return pipe.execute()[1::2]
