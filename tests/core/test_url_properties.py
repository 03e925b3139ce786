"""Property-based tests of the public URLs: any ?page= on a list and any path under a
language and a section gives a page, a redirect to one, a 404 or (a NUL) a 400; never
a 500."""

from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from hypothesis import event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from conditions.views import ARTICLES_PER_PAGE
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory, SpecialtyFactory
from tests.experts.factories import ExpertFactory
from tests.news.factories import NewsItemFactory

CHARACTERS = st.characters(exclude_categories=["Cs"])
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# What ?page= may say: numbers of every size and sign, digits of other scripts, junk.
PAGE_VALUES = st.one_of(
    st.integers(-5, 5).map(str),
    st.integers(-(2**80), 2**80).map(str),
    st.sampled_from(
        ["²", "٣", "३", "1e3", "NaN", "inf", "-0", "0x1", "1_0", " 2 ", "2.0", "last", "9" * 5000]
    ),
    st.text(CHARACTERS, max_size=20),
)
# Paginated lists: name, URL name, extra query.
LISTS = [
    ("clinics", "clinics:clinic_list", {}),
    ("news", "news:news_list", {}),
    ("specialty", "conditions:condition_list", {"specialty": "cardiology"}),
]
SITEMAP_SECTIONS = ["pages", "conditions", "clinics", "news", "experts"]


def page_number(value, last):
    """The page the lists show for ?page=value: a number (Python's int(), so other
    scripts' digits count) within the pages, the last page for one outside them, the
    first for anything else."""
    try:
        number = int(value)
    except ValueError:
        return 1
    return number if 1 <= number <= last else last


class PaginationProperties(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Two pages of each list.
        ClinicFactory.create_batch(settings.CLINICS_PER_PAGE + 1)
        NewsItemFactory.create_batch(settings.NEWS_PER_PAGE + 1)
        specialty = SpecialtyFactory(slug="cardiology")
        author = ExpertFactory()
        ConditionFactory.create_batch(ARTICLES_PER_PAGE + 1, specialty=specialty, author=author)

    @hypothesis_settings(max_examples=1000)
    @given(
        listing=st.sampled_from(LISTS),
        language=st.sampled_from(LANGUAGES),
        values=st.lists(PAGE_VALUES, min_size=1, max_size=2),
    )
    def test_any_page_number_shows_a_page_of_the_list(self, listing, language, values):
        _name, view, query = listing
        cache.clear()  # no stored page answers instead of the view
        with translation.override(language):
            url = reverse(view)

        response = self.client.get(url, query | {"page": values})

        if any("\x00" in value for value in values):
            assert response.status_code == 400
            return
        assert response.status_code == 200
        page = response.context["page"]
        event(f"{_name}: {page.paginator.num_pages} pages")
        # A repeated parameter: the last one counts, as QueryDict.get() reads it.
        assert page.number == page_number(values[-1], page.paginator.num_pages)

    @hypothesis_settings(max_examples=1000)
    @given(
        values=st.lists(
            st.one_of(
                st.sampled_from(["cardiology", "Cardiology", "cardiology/", "no-such-specialty"]),
                PAGE_VALUES,
                st.text(CHARACTERS, max_size=30),
            ),
            min_size=1,
            max_size=2,
        ),
        language=st.sampled_from(LANGUAGES),
    )
    def test_any_specialty_filter_is_its_list_or_a_404(self, values, language):
        cache.clear()
        with translation.override(language):
            url = reverse("conditions:condition_list")

        response = self.client.get(url, {"specialty": values})

        if any("\x00" in value for value in values):
            assert response.status_code == 400
            return
        event(f"specialty list: {response.status_code}")
        assert response.status_code == (200 if values[-1] == "cardiology" else 404)

    @hypothesis_settings(max_examples=1000)
    @given(section=st.sampled_from(SITEMAP_SECTIONS), value=PAGE_VALUES)
    def test_any_sitemap_page_is_the_page_or_a_404(self, section, value):
        cache.clear()

        response = self.client.get(
            reverse("sitemap_section", kwargs={"section": section}), {"p": value}
        )

        if "\x00" in value:
            assert response.status_code == 400
            return
        # Each section here fits on one page; the sitemap view has no "nearest page".
        event(f"sitemap page: {response.status_code}")
        assert response.status_code == (200 if is_integer(value, 1) else 404)


def is_integer(value, number):
    try:
        return int(value) == number
    except ValueError:
        return False


def segment(text):
    return quote(text, safe="")


# A path segment as a link, a typo or a script may give it.
SEGMENTS = st.one_of(
    st.from_regex(r"[a-z0-9_-]{1,20}", fullmatch=True),
    st.sampled_from([".", "..", "%2e%2e", "%2F", "%00", "%", "%zz", "%C0%AF", "~", "a" * 5000]),
    st.text(CHARACTERS, min_size=1, max_size=30).map(segment),
    st.text(CHARACTERS, min_size=1, max_size=10).map(lambda text: segment(segment(text))),
)
SECTIONS = ["conditions", "clinics", "news", "experts"]


class SlugUrlProperties(TestCase):
    @classmethod
    def setUpTestData(cls):
        condition = ConditionFactory()
        clinic = ClinicFactory()
        news = NewsItemFactory()
        expert = condition.author
        # Slugs of every language: a slug of another language redirects to this one's.
        cls.slugs = sorted(
            {
                value
                for row in (condition, clinic, news)
                for code in LANGUAGES
                if (value := getattr(row, f"slug_{code}"))
            }
            | {expert.slug}
        )

    def paths(self):
        languages = st.one_of(
            st.sampled_from(LANGUAGES), st.sampled_from(["xx", "EN", "en-us", "uk-UA"]), SEGMENTS
        )
        slugs = st.one_of(st.sampled_from(self.slugs), SEGMENTS)
        return st.builds(
            lambda language, section, slug, slash: f"/{language}/{section}/{slug}{slash}",
            languages,
            st.one_of(st.sampled_from(SECTIONS), SEGMENTS),
            slugs,
            st.sampled_from(["/", ""]),
        )

    @hypothesis_settings(max_examples=1000)
    @given(data=st.data())
    def test_any_path_is_a_page_a_redirect_to_one_or_a_404(self, data):
        path = data.draw(self.paths())
        cache.clear()

        response = self.client.get(path)
        for _hop in range(3):
            if response.status_code not in {301, 302}:
                break
            location = urlsplit(response.url)
            assert location.netloc in {"", "testserver"}  # never elsewhere
            response = self.client.get(response.url)

        event(f"status {response.status_code}")
        if "%00" in path.lower():
            assert response.status_code == 400
        else:
            assert response.status_code in {200, 404}
