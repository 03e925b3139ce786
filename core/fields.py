"""A rich-text field whose HTML is sanitised on every write path."""

import nh3
from django.db import models
from django_prose_editor.config import allowlist_from_extensions
from django_prose_editor.fields import ProseEditorFormField

EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False},
    "History": True,
}
# Attributes the editor writes that no text sets itself: a link's rel is set on
# every link below, and a numbered list is numbered as the site's lists are (the
# editor marks its numbering style with type and data-type). A class or a style
# would let a text dress itself as the site, and the CSP forbids inline styles.
NOT_FROM_TEXT = {"rel", "type", "data-type", "class", "style"}

# What the editor can produce, as django-prose-editor derives it from the extensions.
_allowlist = allowlist_from_extensions(EDITOR_EXTENSIONS)
ALLOWED_TAGS = _allowlist["tags"]
ALLOWED_ATTRIBUTES = {tag: names - NOT_FROM_TEXT for tag, names in _allowlist["attributes"].items()}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel="noopener noreferrer",
)


def sanitize_html(value):
    if not value:
        return value
    cleaned = _cleaner.clean(value).strip()
    # The editor saves an empty document as one empty paragraph.
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


class RichTextField(models.TextField):
    """TextField holding sanitised HTML.

    Cleaning happens in get_prep_value, which every write goes through (save,
    create, bulk_create, update, bulk_update), and in pre_save so the saved
    instance holds the clean value too.
    """

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        return sanitize_html(super().get_prep_value(value))

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": ProseEditorFormField,
                "config": {"extensions": EDITOR_EXTENSIONS},
                "preset": "configurable",
                **kwargs,
            }
        )
