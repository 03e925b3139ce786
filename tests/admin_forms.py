"""Fill in an admin form the way a browser would: from the page's own fields."""

from html.parser import HTMLParser


class _FormFields(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.data = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("id") == self.form_id
        if not self.in_form or ("name" not in attrs and tag != "option"):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.data.setdefault(attrs["name"], []).append(attrs.get("value", default))
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.data[self._textarea] = [""]
        elif tag == "select":
            self._select = attrs["name"]
            self.data.setdefault(self._select, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea" and self._textarea:
            # Browsers drop the newline that starts a textarea's content.
            value = self.data[self._textarea][0]
            self.data[self._textarea][0] = value.removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data


def admin_form_data(client, url, form_id):
    """The data the admin form at `url` would post unchanged, as {name: value or [values]}."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    parser = _FormFields(form_id)
    parser.feed(response.content.decode())
    assert parser.data, f"no form #{form_id} at {url}"
    return {
        name: values if len(values) > 1 else values[0]
        for name, values in parser.data.items()
        if values  # a select with nothing chosen posts nothing
    }


def change_page_post(client, url, **fields):
    """Post an admin change page as a browser would: its inlines' management forms
    included, with `fields` (the fields a browser posts, by name)."""
    data = {}
    for inline in client.get(url).context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data |= {
            f"{management.prefix}-{name}": management[name].value() for name in management.fields
        }
    return client.post(url, data | fields)
