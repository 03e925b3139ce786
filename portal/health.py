"""Health checks for load balancers: is the process alive, and can it serve?"""

import logging
import uuid

from celery import current_app as app
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from outbox.monitoring import outbox_state

logger = logging.getLogger(__name__)


@never_cache
def alive(request):
    """The process answers; nothing else is touched, so a database outage does not
    make every machine look dead at once."""
    return HttpResponse("ok", content_type="text/plain")


def _database():
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")


_migrated = False


def _migrations():
    # Once applied they stay applied while this code runs: ask the database once.
    global _migrated
    if not _migrated:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        unapplied = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if unapplied:
            raise RuntimeError(f"{len(unapplied)} migrations not applied")
        _migrated = True


def _cache():
    key, value = f"health:{uuid.uuid4().hex}", "ok"
    cache.set(key, value, timeout=5)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)


def _broker():
    if app.conf.task_always_eager:
        return
    with app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1, timeout=2)


CHECKS = {"database": _database, "migrations": _migrations, "cache": _cache, "broker": _broker}


@never_cache
def ready(request):
    """200 when the database, the cache and the broker answer and every migration is
    applied; 503 naming what is wrong otherwise."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
            results[name] = "ok"
        except Exception as error:  # any failure means "not ready", and says which
            logger.warning("Health check %s failed: %r", name, error)
            results[name] = f"unavailable: {error.__class__.__name__}"
            if name == "database":
                results["migrations"] = "unknown: no database"
                break
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(results, status=200 if healthy else 503)


@never_cache
def emails(request):
    """For monitoring, beside ready: is the email path moving? 200, or 503 when the
    oldest unsent email has waited too long or beat's sweep has not run lately (beat is
    the only path for an email whose task was lost). Never taken out of a balancer."""
    try:
        state = outbox_state()
    except DatabaseError as error:
        return JsonResponse({"database": f"unavailable: {error.__class__.__name__}"}, status=503)
    body = state.as_dict() | {
        "emails": "stuck" if state.stuck else "ok",
        "beat": "silent" if state.beat_silent else "ok",
    }
    return JsonResponse(body, status=200 if state.healthy else 503)
