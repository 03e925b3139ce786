"""The rich-text allowlist: what the editor produces is kept, nothing else."""

import pytest

from conditions.models import Section
from tests.conditions.factories import SectionFactory

pytestmark = pytest.mark.django_db

# One piece of every kind the editor's extensions (core.fields.EDITOR_EXTENSIONS) write.
EDITOR_DOCUMENT = (
    "<h2>Heading 2</h2><h3>Heading 3</h3><h4>Heading 4</h4>"
    "<p><strong>bold</strong> <em>italic</em> <u>underlined</u> <s>struck</s> "
    "H<sub>2</sub>O m<sup>2</sup><br>next line</p>"
    '<ul><li><p>bullet</p></li></ul><ol start="3"><li><p>third</p></li></ol>'
    "<blockquote><p>quoted</p></blockquote><hr>"
    '<p><a href="https://example.org/" title="Example" rel="noopener noreferrer">web</a> '
    '<a href="mailto:care@example.org" rel="noopener noreferrer">mail</a> '
    '<a href="tel:+380441234567" rel="noopener noreferrer">phone</a></p>'
)


def stored(body):
    section = SectionFactory(body_en=body)
    return Section.objects.values_list("body_en", flat=True).get(pk=section.pk)


def test_everything_the_editor_produces_is_kept():
    assert stored(EDITOR_DOCUMENT) == EDITOR_DOCUMENT


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("<h1>Title</h1><p>Text</p>", "Title<p>Text</p>"),
        ("<h5>Small</h5>", "Small"),
        ("<p><b>bold</b> and <i>italic</i></p>", "<p>bold and italic</p>"),
        ('<p><span class="x">span</span></p>', "<p>span</p>"),
        ('<table><tr><td>cell</td></tr></table><img src="x.png" alt="">', "cell"),
    ],
)
def test_a_tag_the_editor_does_not_produce_is_dropped_and_its_text_kept(body, kept):
    assert stored(body) == kept


def test_attributes_the_text_may_not_set_are_dropped():
    body = (
        '<p class="lead" style="color: red">x</p>'
        '<ol type="a" data-type="lower-alpha" start="2"><li>y</li></ol>'
        '<a href="https://example.org/" rel="nofollow" target="_blank">z</a>'
    )

    assert stored(body) == (
        '<p>x</p><ol start="2"><li>y</li></ol>'
        '<a href="https://example.org/" rel="noopener noreferrer">z</a>'
    )


@pytest.mark.parametrize("href", ["javascript:alert(1)", "ftp://example.org/", "data:text/html,x"])
def test_a_link_of_another_scheme_loses_its_address(href):
    assert stored(f'<a href="{href}">x</a>') == '<a rel="noopener noreferrer">x</a>'


@pytest.mark.parametrize("body", ["<p></p>", "<p><br></p>", " <p></p> "])
def test_an_empty_editor_document_is_stored_empty(body):
    assert stored(body) == ""
