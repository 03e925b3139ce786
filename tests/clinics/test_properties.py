"""Property-based tests of the catalogue's filters: whatever query string a link or a
script sends, a page (filters applied, or explained and nothing listed), or a 400 for
a NUL; never a 500, and nothing of it shown unescaped."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from hypothesis import event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from clinics.filters import ClinicFilter
from tests.clinics.factories import (
    AccreditationFactory,
    ClinicFactory,
    RecommendationFactory,
    TreatmentOfferFactory,
)
from tests.conditions.factories import ConditionFactory, SpecialtyFactory

CHARACTERS = st.characters(exclude_categories=["Cs"])
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "\x00",
    "%00",
    "\u202eDE",
]
NUMBERS = st.one_of(
    st.integers(-(2**80), 2**80).map(str),
    st.sampled_from(["²", "٣", "३", "1e309", "NaN", "-0", "0x10", "1_0", " 2 ", "1.5"]),
)
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def has_nul(pairs):
    return any("\x00" in name or "\x00" in value for name, value in pairs)


class CatalogueFilterProperties(TestCase):
    @classmethod
    def setUpTestData(cls):
        specialty = SpecialtyFactory(slug="cardiology")
        condition = ConditionFactory(specialty=specialty)
        clinics = ClinicFactory.create_batch(settings.CLINICS_PER_PAGE + 2)
        clinics[0].country = "UA"
        clinics[0].save()
        clinics[0].specialties.set([specialty])
        accreditation = AccreditationFactory(clinic=clinics[1])
        offer = TreatmentOfferFactory(clinic=clinics[2])
        RecommendationFactory(clinic=clinics[3], condition=condition)
        known = {
            "country": ["DE", "UA", "PL", "de", ""],
            "specialty": [specialty.slug, "no-such-specialty"],
            "condition": [condition.slug_en, condition.slug_uk, str(condition.pk)],
            "accreditation": [accreditation.body.slug],
            "method": [offer.method.slug],
            "page": ["1", "2", "last"],
        }
        cls.known = {name: sorted(values) for name, values in known.items()}

    def pairs(self):
        """A query string as (name, value) pairs: our filters' names with their values,
        anything else, names repeated."""
        names = st.one_of(
            st.sampled_from([*ClinicFilter.base_filters, "page"]),
            st.text(CHARACTERS, max_size=12),
        )

        def values(name):
            return st.one_of(
                st.sampled_from(self.known.get(name, [""])),
                NUMBERS,
                st.sampled_from(PAYLOADS),
                st.text(CHARACTERS, max_size=30),
            )

        pair = names.flatmap(lambda name: st.tuples(st.just(name), values(name)))
        return st.lists(pair, max_size=6)

    @hypothesis_settings(max_examples=1000)
    @given(data=st.data(), language=st.sampled_from(LANGUAGES))
    def test_any_query_string_gives_the_catalogue_or_a_400_never_a_500(self, data, language):
        pairs = data.draw(self.pairs())
        cache.clear()  # no stored page answers instead of the view
        with translation.override(language):
            url = reverse("clinics:clinic_list")

        response = self.client.get(f"{url}?{urlencode(pairs)}")

        if has_nul(pairs):
            assert response.status_code == 400
            return
        assert response.status_code == 200
        page = response.context["page"]
        event(f"clinics listed: {'none' if not page.object_list else 'some'}")
        assert 1 <= page.number <= page.paginator.num_pages
        html = response.content.decode()
        for _name, value in pairs:
            if len(value) >= 8 and escape(value) != value:
                assert value not in html
