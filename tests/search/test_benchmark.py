"""Search over 1,000 articles: its results and query count are asserted, its speed
is measured and reported, never asserted (`make bench` repeats it more and keeps
the report in bench-results/search.txt).

Times are shown as ratios to a baseline measured in the same run, the search
page without a query, because these machines are shared and their speed varies.
"""

import os
import random
import statistics
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from conditions.models import Condition, Specialty
from conditions.services import reviews_approve_bulk
from experts.models import Expert
from search.models import SearchDocument
from search.services import documents_rebuild

pytestmark = [pytest.mark.django_db, pytest.mark.bench]
ARTICLES = 1000
REPEAT = int(os.environ.get("MEDTOUR_BENCH_REPEAT", "5"))
# `make bench` keeps the report; a test run only prints it.
REPORT = os.environ.get("MEDTOUR_BENCH_REPORT")
WORDS = [
    "artery",
    "vein",
    "pain",
    "blood",
    "flow",
    "surgery",
    "stent",
    "bypass",
    "therapy",
    "chronic",
    "acute",
    "syndrome",
    "disease",
    "inflammation",
    "diagnosis",
    "symptom",
    "treatment",
    "clinic",
    "patient",
    "walking",
    "leg",
    "arm",
    "heart",
    "lung",
    "kidney",
    "liver",
    "skin",
    "bone",
    "joint",
    "muscle",
    "nerve",
    "brain",
    "spine",
    "eye",
    "ear",
    "throat",
    "infection",
    "fever",
    "swelling",
    "numbness",
    "cramp",
    "ulcer",
    "wound",
    "pressure",
    "sugar",
    "diabetes",
    "smoking",
    "exercise",
    "diet",
    "medication",
    "injection",
    "ultrasound",
    "angiography",
    "scan",
    "biopsy",
]


def build_articles(count):
    specialty = Specialty.objects.create(name_en="Bench", slug="bench")
    expert = Expert.objects.create(name_en="Bench Expert", slug="bench-expert")
    rng = random.Random(6)
    now = timezone.now()
    conditions = Condition.objects.bulk_create(
        Condition(
            name_en=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} condition {n}",
            title_en=f"Condition {n} treatment",
            slug_en=f"bench-condition-{n}",
            summary_en=" ".join(rng.choices(WORDS, k=20)),
            introduction_en="<p>" + " ".join(rng.choices(WORDS, k=300)) + "</p>",
            specialty=specialty,
            author=expert,
            is_published=True,
            published_at=now,
        )
        for n in range(count)
    )
    # The article the journeys look for, somewhere among the others.
    reference = conditions[count // 2]
    reference.name_en = "Lower limb ischemia"
    reference.save()
    reviews_approve_bulk(conditions=conditions, languages=["en"], expert=expert)
    documents_rebuild()
    if connection.vendor == "postgresql":
        # As autovacuum would after a load, so the planner sees the real table.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchdocument")
    return reference


def plan(query):
    """How PostgreSQL finds the documents: the scan nodes of the query's plan."""
    if connection.vendor != "postgresql":
        return "-"
    sql, params = SearchDocument.objects.matching(query, "en", 10).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        lines = [row[0].strip() for row in cursor.fetchall()]
    return "; ".join(line.split("  (")[0].lstrip("-> ") for line in lines if "Scan" in line)


def timed(client, params):
    started = time.perf_counter()
    response = client.get(reverse("search:search"), params)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    return elapsed, response


def test_search_over_1000_articles(client, settings):
    # The search itself, not the page cache (make bench measures pages as served).
    settings.PAGE_CACHE_SECONDS = 0
    reference = build_articles(ARTICLES)
    queries = {
        "common word": "artery",
        "two words": "chronic pain",
        "misspelt title": "ischaemia" if connection.vendor == "postgresql" else "ischemia",
        "no match": "zzzzqqq",
    }
    # Warm the caches and check what each query finds, and at what query count.
    for query in queries.values():
        with CaptureQueriesContext(connection) as captured:
            _elapsed, response = timed(client, {"q": query})
        found = response.content.decode().count("<li><a href=")
        assert len(captured) <= 3, [q["sql"] for q in captured]
        if query != "zzzzqqq":
            assert found > 0, query
    _elapsed, response = timed(client, {"q": queries["misspelt title"]})
    assert f'href="{reference.get_absolute_url()}"' in response.content.decode()

    baseline = statistics.median(timed(client, {})[0] for _ in range(REPEAT))
    lines = [
        f"Search over {ARTICLES} articles on {connection.vendor}, {REPEAT} runs each;",
        f"baseline: the search page without a query, median {baseline * 1000:.1f} ms.",
    ]
    for name, query in queries.items():
        runs = [timed(client, {"q": query})[0] for _ in range(REPEAT)]
        median = statistics.median(runs)
        lines.append(
            f"{name:15} {query!r:14} median ×{median / baseline:.2f} of baseline, "
            f"{1 / median:.0f} searches/s in one process; plan: {plan(query)}"
        )
    report = "\n".join(lines)
    print("\n" + report)
    if REPORT:
        Path(REPORT).parent.mkdir(exist_ok=True)
        Path(REPORT).write_text(report + "\n")
