"""Counting posts per client address or per recipient in fixed windows, atomically and
in one cache round trip (Redis: SET NX EX and INCR in one transaction), so parallel
posts each get a count of their own and a slow cache costs one wait."""

import hashlib
import logging
import time

from django.core.cache import cache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
CACHE_ERRORS = (RedisError, OSError)
PERIODS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}


def parse_rate(rate):
    """ "5/h" -> (5, 3600); "20/2h" -> (20, 7200)."""
    count, _slash, period = rate.partition("/")
    multiple = period[:-1] or "1"
    return int(count), int(multiple) * PERIODS[period[-1]]


def _hits(counters):
    if hasattr(cache, "counters_hit"):
        return cache.counters_hit(counters)
    # Other caches (local memory in development): add then incr, each atomic.
    return [1 if cache.add(key, 1, timeout) else cache.incr(key) for key, timeout in counters]


def are_over(checks) -> list[bool]:
    """Count one event for each (group, value, rate) of `checks`, in one round trip, and
    say for each whether it goes past its rate. All False when the cache cannot say:
    nobody is refused because it is down."""
    counters, limits = [], []
    now = time.time()
    for group, value, rate in checks:
        limit, period = parse_rate(rate)
        digest = hashlib.sha256(str(value).encode()).hexdigest()[:32]
        counters.append((f"rl:{group}:{period}:{int(now // period)}:{digest}", period + 5))
        limits.append(limit)
    try:
        counts = _hits(counters)
    except CACHE_ERRORS:
        logger.warning("Rate-limit cache unavailable; %s not limited", [c[0] for c in checks])
        return [False] * len(checks)
    return [count > limit for count, limit in zip(counts, limits, strict=True)]
