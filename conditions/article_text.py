"""The reviewed text of an article in one language.

What a medical expert reads and approves, and everything medical the public reads of
the article: its words, the treatment methods it names, the clinics it recommends with
their reasons, and its author. Built from the article as it is now
(`from_article`) or read back from an approved snapshot (`from_snapshot`); the page,
the JSON-LD, search, the admin's diff and the tests read it only through this type.

Each field says from which schema version on it is part of the text. A snapshot keeps
the version it was approved under, and is compared with the article at that version,
so adding a field to the text does not send every approved version back to review;
the new field stays empty on the public page until an expert approves it.

Schema 3 takes out what schema 2 had in: the patients treated through a recommended
clinic, now counted from requests that reach treatment (a live fact, like a price). A
snapshot of schema 2 keeps its count, which nothing reads.
"""

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from conditions.models import TreatmentMethod
from core.fields import sanitize_html
from core.languages import text_language

SCHEMA_VERSION = 3


def _rich(value):
    """Rich text cleaned again on every read: a stricter allowlist reaches old snapshots."""
    return mark_safe(sanitize_html(str(value or "")))


def _plain(value):
    return str(value or "")


@dataclass(frozen=True)
class Section:
    heading: str
    body: SafeString


@dataclass(frozen=True)
class Question:
    question: str
    answer: SafeString


@dataclass(frozen=True)
class Source:
    citation: str
    url: str


@dataclass(frozen=True)
class Method:
    id: int
    name: str
    kind: str

    @property
    def kind_label(self):
        return TreatmentMethod.Kind(self.kind).label if self.kind in TreatmentMethod.Kind else ""


@dataclass(frozen=True)
class RecommendedClinic:
    clinic: int
    reason: str
    # Reviewed in schema 2 only (see the module's docstring); 0 from schema 3 on.
    patients_treated: int = 0
    # Not part of the fingerprint: the clinic's name, for reading the diff (renaming
    # a clinic changes no medical statement), and the language the reason is written
    # in, which is another than the page's when it falls back to English.
    clinic_name: str = ""
    reason_language: str = ""


def _parts(cls, rows, **cleaners):
    """Instances of `cls` from snapshot rows, each value cleaned, missing keys filled."""
    return tuple(
        cls(**{name: clean(row.get(name)) for name, clean in cleaners.items()})
        for row in rows or ()
        if isinstance(row, dict)
    )


def _number(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


# name -> the schema version from which the field is part of the reviewed text.
FIELD_VERSIONS = {
    "name": 1,
    "title": 1,
    "summary": 1,
    "introduction": 1,
    "sections": 1,
    "questions": 1,
    "sources": 1,
    "methods": 2,
    "recommendations": 2,
    "author": 2,
}


@dataclass(frozen=True)
class ArticleText:
    name: str = ""
    title: str = ""
    summary: str = ""
    introduction: SafeString = field(default_factory=lambda: mark_safe(""))
    sections: tuple[Section, ...] = ()
    questions: tuple[Question, ...] = ()
    sources: tuple[Source, ...] = ()
    methods: tuple[Method, ...] = ()
    recommendations: tuple[RecommendedClinic, ...] = ()
    # The medical author's Expert id, and their name for reading the diff only.
    author: int | None = None
    author_name: str = ""
    version: int = SCHEMA_VERSION

    @classmethod
    def from_article(cls, condition, language):
        """The article's text in `language` as it is now. Prefetch `sections`,
        `questions`, `sources`, `methods` and `recommendations__clinic` when reading
        many."""
        with translation.override(language):
            return cls.from_snapshot(
                {
                    "version": SCHEMA_VERSION,
                    "name": condition.name,
                    "title": condition.title,
                    "summary": condition.summary,
                    "introduction": condition.introduction,
                    "sections": [
                        {"heading": section.heading, "body": section.body}
                        for section in condition.sections.all()
                        if section.body
                    ],
                    "questions": [
                        {"question": item.question, "answer": item.answer}
                        for item in condition.questions.all()
                        if item.question and item.answer
                    ],
                    "sources": [
                        {"citation": source.citation, "url": source.url}
                        for source in condition.sources.all()
                    ],
                    "methods": [
                        {"id": method.pk, "name": method.name, "kind": method.kind}
                        for method in sorted(condition.methods.all(), key=lambda m: (m.name, m.pk))
                    ],
                    "recommendations": [
                        {
                            "clinic": item.clinic_id,
                            "reason": item.reason,
                            "clinic_name": item.clinic.name,
                            "reason_language": text_language(item, "reason"),
                        }
                        for item in condition.recommendations.all()
                    ],
                    "author": condition.author_id,
                    "author_name": condition.author.display_name,
                }
            )

    @classmethod
    def from_snapshot(cls, data):
        """The text an expert approved, from its stored form: rich text cleaned again,
        keys the snapshot's version did not have filled with their empty values."""
        data = data if isinstance(data, dict) else {}
        author = data.get("author")
        return cls(
            version=_number(data.get("version")) or 1,
            name=_plain(data.get("name")),
            title=_plain(data.get("title")),
            summary=_plain(data.get("summary")),
            introduction=_rich(data.get("introduction")),
            sections=_parts(Section, data.get("sections"), heading=_plain, body=_rich),
            questions=_parts(Question, data.get("questions"), question=_plain, answer=_rich),
            sources=_parts(Source, data.get("sources"), citation=_plain, url=_plain),
            methods=_parts(Method, data.get("methods"), id=_number, name=_plain, kind=_plain),
            recommendations=_parts(
                RecommendedClinic,
                data.get("recommendations"),
                clinic=_number,
                reason=_plain,
                patients_treated=_number,
                clinic_name=_plain,
                reason_language=_plain,
            ),
            author=author if isinstance(author, int) else None,
            author_name=_plain(data.get("author_name")),
        )

    def to_snapshot(self):
        """The stored form: plain JSON, with the schema version."""
        return dataclasses.asdict(self)

    def fingerprint(self, version=None):
        """A stable hash of the fields of schema `version` (default: this text's own).

        Version 1 hashes exactly what the first snapshots hashed, so their approvals
        still match; later versions hash their version number with their fields.
        """
        version = version or self.version
        snapshot = self.to_snapshot()
        for item in snapshot["recommendations"]:
            del item["clinic_name"], item["reason_language"]
            if version >= 3:
                del item["patients_treated"]
        data = {name: snapshot[name] for name, since in FIELD_VERSIONS.items() if since <= version}
        if version > 1:
            data["version"] = version
        canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()

    def matches(self, approved_fingerprint, version):
        """Whether this text is the one approved with `approved_fingerprint` under `version`."""
        return self.fingerprint(version) == approved_fingerprint

    def lines(self):
        """The text as plain lines, for showing what changed."""
        lines = [self.title, self.summary, *_html_lines(self.introduction)]
        for section in self.sections:
            lines += ["", f"## {section.heading}", *_html_lines(section.body)]
        for item in self.questions:
            lines += ["", f"Q: {item.question}", *_html_lines(item.answer)]
        lines += ["", *(f"- {source.citation} {source.url}".rstrip() for source in self.sources)]
        if self.methods:
            lines += ["", *(f"* {method.name} ({method.kind_label})" for method in self.methods)]
        for item in self.recommendations:
            lines += ["", f"+ {item.clinic_name}", item.reason]
        if self.author is not None:
            lines += ["", f"@ {self.author_name}"]
        return lines


def _html_lines(html):
    html = re.sub(r"</(p|li|h[2-4]|blockquote)>|<br ?/?>", "\n", html)
    return [line.strip() for line in strip_tags(html).splitlines() if line.strip()]
