"""What typed text may contain before it reaches an email, the admin or a CSV."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Embeddings, overrides and isolates reorder the text around them, so what a reader sees
# is not what was typed: a link shown backwards, a name that hides a sentence.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters that writing needs: the joiners (Persian, Indic scripts, emoji)
# and the direction marks, which only set the direction of the neutral character next
# to them and come with right-to-left names that are copied and pasted.
WRITING_MARKS = frozenset("\u200c\u200d\u200e\u200f\u061c")
# Line breaks and tabs belong in a text (browsers send a textarea's lines as \r\n).
TEXT_LAYOUT = frozenset("\t\n\r")


def character_refused(char, *, multiline):
    """Whether `char` may not appear in a one-line value (a name, an address) or, with
    `multiline`, in a free text."""
    if char in BIDI_CONTROLS:
        return True
    category = unicodedata.category(char)
    if multiline:
        return category == "Cc" and char not in TEXT_LAYOUT
    # Control characters (line breaks, tabs, escapes), line and paragraph separators,
    # and invisible formatting characters (zero-width spaces, the byte-order mark).
    return category in {"Cc", "Zl", "Zp"} or (category == "Cf" and char not in WRITING_MARKS)


@deconstructible
class PlainTextValidator:
    """Refuses control and bidirectional-override characters in typed text."""

    def __init__(self, *, multiline=False):
        self.multiline = multiline
        if multiline:
            self.message = _(
                "This text contains invisible control characters. Please remove them, "
                "for example by typing the text instead of pasting it."
            )
        else:
            self.message = _(
                "Please type this on one line, without tabs or invisible control characters."
            )

    def __call__(self, value):
        if any(character_refused(char, multiline=self.multiline) for char in str(value)):
            raise ValidationError(self.message, code="control_characters")

    def __eq__(self, other):
        return isinstance(other, PlainTextValidator) and self.multiline == other.multiline


validate_single_line = PlainTextValidator()
validate_text = PlainTextValidator(multiline=True)
