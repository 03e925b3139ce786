"""Every entry of the beat schedule names a task the worker has, and that task runs.

Beat sends a task by its name only: a task renamed or moved, or a name misspelt in
CELERY_BEAT_SCHEDULE, would be sent on schedule and refused by every worker.
"""

import pytest
from django.conf import settings

from medtour.celery import app

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("entry", sorted(settings.CELERY_BEAT_SCHEDULE))
def test_each_scheduled_task_is_registered_and_runs(entry, django_capture_on_commit_callbacks):
    scheduled = settings.CELERY_BEAT_SCHEDULE[entry]
    # What a worker loads at start: the tasks modules of the installed apps.
    app.loader.import_default_modules()

    task = app.tasks[scheduled["task"]]
    with django_capture_on_commit_callbacks(execute=True):
        result = task.apply(args=scheduled.get("args", ()), kwargs=scheduled.get("kwargs", {}))

    assert result.successful(), result.traceback
