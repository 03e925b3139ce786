"""Approved snapshots of schema 2 become schema 3: the patients treated through a
recommended clinic leave the reviewed text (they are counted from requests now, a live
fact like a price). Every other word stays as the expert approved it, and so does the
approval: the fingerprint is taken again over the same text without the counts."""

from django.db import migrations

from conditions.article_text import ArticleText

VERSION = 3


def upgrade(apps, schema_editor):
    LanguageReview = apps.get_model("conditions", "LanguageReview")
    for review in LanguageReview.objects.filter(approved_at__isnull=False).iterator():
        data = dict(review.approved_text or {})
        if int(data.get("version") or 1) != 2:
            continue
        data["version"] = VERSION
        data["recommendations"] = [
            {name: value for name, value in item.items() if name != "patients_treated"}
            for item in data.get("recommendations") or ()
            if isinstance(item, dict)
        ]
        review.approved_text = data
        review.approved_fingerprint = ArticleText.from_snapshot(data).fingerprint(VERSION)
        review.save(update_fields=["approved_text", "approved_fingerprint"])


class Migration(migrations.Migration):
    dependencies = [("conditions", "0007_expert_moved_to_experts")]

    operations = [migrations.RunPython(upgrade, migrations.RunPython.noop)]
