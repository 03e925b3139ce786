"""The kinds of email the outbox sends, registered by the apps that send them.

The outbox knows no feature: an app registers each kind of email it sends, with a label
for the admin and, for an email rendered when it is sent, a function that renders it from
the stored row (most often by finding what it is about from its key). An email without
such a function is stored ready to send: its recipient, subject and text are in the row.

Keys: `<namespace>:<id>:<what>`, e.g. `consultation:42:patient` or
`review_reminder:7:2026-11-25`: a namespace the feature owns, the id of what the email is
about, and which of its emails it is. A key names one email for good, so the same email is
never stored twice, and a feature finds its emails by the key's start
(`OutboxEmail.objects.for_key_prefix(key_prefix("consultation", 42))`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

SEPARATOR = ":"


@dataclass(frozen=True)
class Rendered:
    """What a feature renders for one email."""

    recipient: str
    subject: str
    body: str
    # The Content-Language header, if the email is in one language.
    language: str = ""
    # The part of the Message-ID before the @; by default the key, with its colons as dots.
    message_id: str = ""


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    # email -> Rendered; None for an email stored ready to send.
    render: Callable | None = None


_registry: dict[str, Kind] = {}


def register(name, label, render=None) -> Kind:
    """Register a kind of email; `render(email)` returns its Rendered when it is sent."""
    kind = Kind(name=name, label=label, render=render)
    known = _registry.get(name)
    if known is not None and known != kind:
        raise ImproperlyConfigured(f"Two kinds of email are registered as {name!r}")
    _registry[name] = kind
    return kind


def get(name) -> Kind:
    """The registered kind; LookupError for a kind nobody registered."""
    try:
        return _registry[name]
    except KeyError:
        raise LookupError(f"No kind of email is registered as {name!r}") from None


def label(name) -> str:
    kind = _registry.get(name)
    return kind.label if kind else name


def choices() -> list[tuple[str, str]]:
    return [(kind.name, kind.label) for kind in _registry.values()]


def _joined(*parts):
    parts = [str(part) for part in parts]
    if any(not part or SEPARATOR in part for part in parts):
        raise ValueError(f"A key's parts must be non-empty and without {SEPARATOR!r}: {parts}")
    return SEPARATOR.join(parts)


def key(namespace, id, what) -> str:
    """An email's key, `<namespace>:<id>:<what>`."""
    return _joined(namespace, id, what)


def key_prefix(namespace, id) -> str:
    """The start of the keys of every email about `id` in `namespace`: `<namespace>:<id>:`."""
    return _joined(namespace, id) + SEPARATOR
