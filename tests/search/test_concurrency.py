"""Two experts approve two languages of one public article at the same moment."""

import threading

import pytest
from django.db import connection, transaction

from search.models import SearchDocument
from tests.conditions.factories import ConditionFactory, approve
from tests.experts.factories import ExpertFactory
from tests.live import require

pytestmark = pytest.mark.django_db(transaction=True)


def test_simultaneous_approvals_rebuild_the_index_one_after_the_other():
    require(connection.vendor == "postgresql", "row locks need PostgreSQL")
    condition = ConditionFactory()  # public in English and Ukrainian
    expert = ExpertFactory()
    first_saved, errors = threading.Event(), []

    def approve_english():
        try:
            with transaction.atomic():
                approve(condition, "en", expert=expert)
                first_saved.set()
                # Keep this transaction open while the other approval starts.
                threading.Event().wait(0.5)
        except Exception as error:  # reported to the test below
            errors.append(error)
        finally:
            first_saved.set()
            connection.close()

    def approve_ukrainian():
        first_saved.wait()
        try:
            with transaction.atomic():
                approve(condition, "uk", expert=expert)
        except Exception as error:  # reported to the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=approve_english), threading.Thread(target=approve_ukrainian)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(
        SearchDocument.objects.filter(kind="condition").values_list("language", flat=True)
    ) == ["en", "uk"]
