"""Property-based tests of the consultation form: whatever is posted, the answer is a
form error or a saved request that keeps the form's rules, never a 500, and what a
stranger typed is never markup on a page, in the admin or in an email.

Each example runs in a transaction of its own (hypothesis.extra.django.TestCase), over
a small catalogue built once for the class.
"""

import unicodedata
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.html import escape
from hypothesis import event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from consultations.forms import ConsultationForm
from consultations.models import ConsultationRequest
from tests.clinics.factories import ClinicFactory
from tests.conditions.factories import ConditionFactory

# What an attacker types; each is at least 8 characters, so finding it verbatim in a
# page means it was not escaped, not that the page happens to contain it.
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(2)</script>",
    "{{ 7*7 }}",
    "{% debug %}",
    "javascript:alert(document.cookie)",
    '<a href="javascript:alert(1)">x</a>',
    "Ivan\r\nBcc: victim@example.com",
    "Name\nSubject: Your account is locked",
    "\u202egnp.exe",
    "abc\u2066def\u2069",
    "\x1b[31mred\x1b[0m",
    "Олена Коваленко",
    "محمد عبد الله",
    "שלום עולם",
    "👩‍⚕️🩺💉",
    "\U0010fffd\U000e0001",
    "=cmd|' /C calc'!A0",
    "x" * 300,
    "y" * 6000,
]
# What a text field may contain: any character a browser can send (no lone surrogates).
CHARACTERS = st.characters(exclude_categories=["Cs"])
TEXT = st.lists(
    st.one_of(st.sampled_from(PAYLOADS), st.text(CHARACTERS, max_size=40)), max_size=4
).map("".join)
# Names that pass the form's rules, with markup in some.
NAMES = st.sampled_from(
    ["Olena Kovalenko", "محمد عبد الله", "{{ 7*7 }}", '"><img src=x onerror=alert(1)>', "O'Brien"]
)
# One-line text as a person types it, markup and all: the form takes most of it.
LINE = st.one_of(
    st.sampled_from(
        [payload for payload in PAYLOADS if payload.isprintable() and len(payload) < 100]
    ),
    st.text(
        st.characters(exclude_categories=["Cs", "Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=60
    ),
)
# Single-line values may hold none of these: they reach an email header, the admin, a CSV.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LANGUAGES = [code for code, _name in settings.LANGUAGES]
CHANNELS = [value for value, _label in ConsultationRequest.Channel.choices]


def mostly(valid, other):
    """`valid` nine times in ten, `other` otherwise: many posts reach the save."""
    return st.integers(0, 9).flatmap(lambda choice: other if choice == 0 else valid)


def ids(known):
    """An id the page may carry: one of ours, a number of nobody's, or anything."""
    return st.one_of(
        st.sampled_from(known),
        st.integers(-(2**70), 2**70).map(str),
        st.text(CHARACTERS, max_size=30),
    )


@st.composite
def posts(draw, conditions, clinics):
    """What a browser (or a script) may post to the consultation form."""
    data = {
        "full_name": draw(mostly(NAMES, TEXT)),
        "email": draw(
            mostly(st.one_of(st.emails(), st.sampled_from(["olena@example.com", "a@b.co"])), TEXT)
        ),
        "phone": draw(
            mostly(st.sampled_from(["+380 44 123 4567", "+49 30 1234567", "+48221234567"]), TEXT)
        ),
        "country": draw(mostly(st.sampled_from(["UA", "DE", "PL", "IL", "US"]), TEXT)),
        "language": draw(mostly(st.sampled_from(LANGUAGES), TEXT)),
        "contact_channel": draw(mostly(st.sampled_from(CHANNELS), TEXT)),
        "condition_text": draw(TEXT),
        "description": draw(mostly(st.sampled_from(PAYLOADS), TEXT)),
        "consent": draw(mostly(st.just("on"), st.sampled_from(["", "off", "0"]))),
        "website": draw(mostly(st.just(""), TEXT)),
        "submission_token": draw(mostly(st.builds(lambda: str(uuid.uuid4())), TEXT)),
    }
    for name, known in (("condition", conditions), ("clinic", clinics)):
        if draw(st.booleans()):
            data[name] = draw(ids(known))
    for name in draw(st.sets(st.sampled_from(sorted(data)), max_size=2)):
        del data[name]  # a field the post leaves out
    return data


def refused_in_one_line(char):
    return char in BIDI_CONTROLS or unicodedata.category(char) in {"Cc", "Zl", "Zp"}


def refused_in_text(char):
    return char in BIDI_CONTROLS or (unicodedata.category(char) == "Cc" and char not in "\t\n\r")


def assert_not_markup(html, data):
    """No posted value that escaping changes is in `html` as it was typed."""
    for name, value in data.items():
        for typed in (value, value.strip()):
            if len(typed) >= 8 and escape(typed) != typed:
                assert typed not in html, f"{name} unescaped: {typed!r}"
    for payload in PAYLOADS:
        if escape(payload) != payload and any(payload in value for value in data.values()):
            assert payload not in html, f"unescaped: {payload!r}"


@st.composite
def typed_posts(draw, conditions, clinics):
    """A post whose choices are well-formed and whose typed text is anything."""
    return {
        "full_name": draw(mostly(LINE, TEXT)),
        "email": draw(st.sampled_from(["olena@example.com", "o'brien+mt@example.co.uk"])),
        "phone": "+380 44 123 4567",
        "country": draw(st.sampled_from(["UA", "DE", "PL", "IL"])),
        "language": draw(st.sampled_from(LANGUAGES)),
        "contact_channel": draw(st.sampled_from(CHANNELS)),
        "condition_text": draw(mostly(LINE, TEXT)),
        "description": draw(TEXT),
        "consent": "on",
        "website": "",
        "submission_token": str(uuid.uuid4()),
    } | draw(
        st.fixed_dictionaries(
            {},
            optional={"condition": st.sampled_from(conditions), "clinic": st.sampled_from(clinics)},
        )
    )


@override_settings(CONSULTATION_RATE_LIMIT="100000/h")
class ConsultationFormProperties(TestCase):
    @classmethod
    def setUpTestData(cls):
        condition = ConditionFactory()
        unpublished = ConditionFactory(is_published=False)
        clinic = ClinicFactory()
        inactive = ClinicFactory(is_active=False)
        cls.condition_ids = [str(pk) for pk in (condition.pk, unpublished.pk)]
        cls.clinic_ids = [str(pk) for pk in (clinic.pk, inactive.pk)]
        cls.administrator = get_user_model().objects.create_superuser(
            "admin", "admin@example.com", "pw-123-long-enough"
        )

    def setUp(self):
        self.url = reverse("consultations:create")

    def send(self, post):
        """Post the form as a fresh visitor (no rate-limit count, no stored page) and
        return the response and the requests saved."""
        cache.clear()
        mail.outbox = []
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url, post)
        saved = list(ConsultationRequest.objects.all())
        event("saved" if saved else f"not saved, status {response.status_code}")
        return response, saved

    @hypothesis_settings(max_examples=1000)
    @given(data=st.data())
    def test_a_post_is_a_form_error_or_a_saved_request_that_keeps_the_rules(self, data):
        post = data.draw(posts(self.condition_ids, self.clinic_ids))
        has_nul = any("\x00" in value for value in post.values())
        expected = ConsultationForm(post)
        saves = not has_nul and expected.is_valid() and not post.get("website", "").strip()

        response, saved = self.send(post)

        if has_nul:
            assert response.status_code == 400
            assert saved == []
        elif not saves:
            assert response.status_code in {200, 302}  # a form error, or a bot answered
            assert saved == []
            assert mail.outbox == []
        else:
            assert response.status_code == 302
            [consultation] = saved
            assert_keeps_the_rules(consultation, expected.cleaned_data)

    @hypothesis_settings(max_examples=1000)
    @given(data=st.data())
    def test_what_a_patient_typed_is_never_markup_on_the_page_or_in_the_admin(self, data):
        post = data.draw(typed_posts(self.condition_ids, self.clinic_ids))

        response, saved = self.send(post)

        assert response.status_code in {200, 302, 400}
        if response.status_code == 200:  # the form again, with what was typed
            assert_not_markup(response.content.decode(), post)
        if not saved:
            return
        [consultation] = saved
        typed = post | {name: getattr(consultation, name) for name in TYPED}
        assert_not_markup(self.client.get(response.url).content.decode(), typed)
        staff = Client()
        staff.force_login(self.administrator)
        admin_page = staff.get(consultation.get_admin_url())
        assert admin_page.status_code == 200
        assert_not_markup(admin_page.content.decode(), typed)

    @hypothesis_settings(max_examples=1000)
    @given(data=st.data())
    def test_both_emails_are_sent_with_one_line_subjects_and_the_patients_quotes_nothing_typed(
        self, data
    ):
        post = data.draw(typed_posts(self.condition_ids, self.clinic_ids))

        _response, saved = self.send(post)

        if not saved:
            assert mail.outbox == []
            return
        [consultation] = saved
        assert len(mail.outbox) == 2
        by_recipient = {tuple(message.to): message for message in mail.outbox}
        patient = by_recipient[(consultation.email,)]
        coordinators = by_recipient[(settings.CONSULTATION_COORDINATORS_EMAIL,)]
        for message in (patient, coordinators):
            assert not {"\n", "\r"} & set(message.subject)
            message.message().as_bytes()  # every header renders
        for name in ("full_name", "condition_text", "description"):
            value = getattr(consultation, name).strip()
            # Shorter values are words any email has ("Dear").
            if len(value) >= 4:
                assert value not in patient.subject + patient.body, f"quotes {name}"


TYPED = ("full_name", "email", "condition_text", "description")


def assert_keeps_the_rules(consultation, cleaned):
    """Saved as the form cleaned it, valid for the model and for the form again."""
    consultation.full_clean()
    for name in ConsultationForm.Meta.fields:
        assert getattr(consultation, name) == cleaned.get(name, ""), name
    for name in ("full_name", "email", "condition_text"):
        assert not any(map(refused_in_one_line, getattr(consultation, name))), name
    assert not any(map(refused_in_text, consultation.description))
    again = {
        name: str(getattr(consultation, name) or "")
        for name in ConsultationForm.Meta.fields
        if name not in {"condition", "clinic"}
    }
    again |= {"consent": "on", "submission_token": str(uuid.uuid4())}
    form = ConsultationForm(again)
    assert form.is_valid(), form.errors
