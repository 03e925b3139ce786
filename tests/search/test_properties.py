"""Property-based tests of search: whatever is typed, a page (or a 400 for a NUL),
the query shown escaped, and at most a page of results per kind."""

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from hypothesis import event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from search.models import SearchDocument
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory, TreatmentMethodFactory
from tests.news.factories import NewsItemFactory

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</mark><script>alert(2)</script>",
    "clinic <b>bold</b>",
    "{{ 7*7 }}",
    "javascript:alert(1)",
    "\u202eclinic",
    'clinic -treatment OR "news item"',
    "clinic & condition",
    "Клініка",
    "٣٤ clinic ²",
    "🩺 clinic",
    "\U0010fffd",
    "x" * 500,
]
# Words the seeded texts contain, so that queries find something.
WORDS = ["clinic", "condition", "treatment", "news", "item", "method", "Munich", "Клініка"]
CHARACTERS = st.characters(exclude_categories=["Cs"])
PIECES = st.one_of(
    st.sampled_from(PAYLOADS), st.sampled_from(WORDS), st.text(CHARACTERS, max_size=20)
)
# Half the queries are a seeded word with something around it, so results are shown too.
QUERIES = st.one_of(
    st.tuples(PIECES, st.sampled_from(WORDS)).map(" ".join),
    st.lists(PIECES, max_size=4).map(" ".join),
)
LANGUAGES = [code for code, _name in settings.LANGUAGES]


class SearchProperties(TestCase):
    @classmethod
    def setUpTestData(cls):
        # More clinics than a kind shows, so the bound on results is met, not assumed.
        ClinicFactory.create_batch(settings.SEARCH_RESULTS_PER_KIND + 2)
        ConditionFactory.create_batch(3)
        TreatmentMethodFactory.create_batch(2)
        NewsItemFactory.create_batch(3)

    @hypothesis_settings(max_examples=1000)
    @given(
        queries=st.lists(QUERIES, min_size=1, max_size=2),
        language=st.sampled_from(LANGUAGES),
    )
    def test_any_query_gives_a_page_with_the_query_escaped_and_bounded_results(
        self, queries, language
    ):
        cache.clear()  # no stored page answers instead of the view
        with translation.override(language):
            url = reverse("search:search")

        response = self.client.get(url, {"q": queries})

        if any("\x00" in query for query in queries):
            assert response.status_code == 400
            return
        assert response.status_code == 200
        html = response.content.decode()
        for query in queries:
            for typed in (query, query.strip()):
                if len(typed) >= 8 and escape(typed) != typed:
                    assert typed not in html
        for payload in PAYLOADS:
            if escape(payload) != payload and any(payload in query for query in queries):
                assert payload not in html
        count = response.context["count"]
        event(f"results: {'none' if count == 0 else 'some'}")
        assert 0 <= count <= settings.SEARCH_RESULTS_PER_KIND * len(SearchDocument.Kind)
        assert count == sum(len(documents) for _label, documents in response.context["groups"])
