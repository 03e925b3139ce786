"""Approved snapshots gain what the public page showed beside them but no expert's
approval covered: the treatment methods, the recommended clinics (reason, patients
treated) and the author. They are frozen as they are now, which is what the public
read under those approvals, so no version goes back to review and from now on a
change to any of them does (conditions/article_text.py, schema version 2)."""

from django.db import migrations

from conditions.article_text import ArticleText

VERSION = 2


def _in(obj, field, language):
    """A translated column as the site reads it: the language's, else English."""
    return getattr(obj, f"{field}_{language}") or getattr(obj, f"{field}_en") or ""


def upgrade(apps, schema_editor):
    LanguageReview = apps.get_model("conditions", "LanguageReview")
    Recommendation = apps.get_model("clinics", "Recommendation")
    reviews = LanguageReview.objects.filter(approved_at__isnull=False).select_related(
        "condition__author"
    )
    for review in reviews.iterator():
        data = dict(review.approved_text or {})
        if int(data.get("version") or 1) >= VERSION:
            continue
        condition, language = review.condition, review.language
        author = condition.author
        methods = sorted(condition.methods.all(), key=lambda m: (_in(m, "name", language), m.pk))
        recommendations = (
            Recommendation.objects.filter(condition=condition)
            .select_related("clinic")
            .order_by("order", "pk")
        )
        data |= {
            "version": VERSION,
            "methods": [
                {"id": m.pk, "name": _in(m, "name", language), "kind": m.kind} for m in methods
            ],
            "recommendations": [
                {
                    "clinic": item.clinic_id,
                    "reason": _in(item, "reason", language),
                    "patients_treated": item.patients_treated,
                    "clinic_name": _in(item.clinic, "name", language),
                    "reason_language": language if getattr(item, f"reason_{language}") else "en",
                }
                for item in recommendations
            ],
            "author": author.pk,
            "author_name": (
                f"{_in(author, 'academic_title', language)} {_in(author, 'name', language)}"
            ).strip(),
        }
        review.approved_text = data
        review.approved_fingerprint = ArticleText.from_snapshot(data).fingerprint(VERSION)
        review.save(update_fields=["approved_text", "approved_fingerprint"])


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0004_approved_name_and_summary"),
        ("clinics", "0003_small_photo_thumbnails"),
    ]

    operations = [migrations.RunPython(upgrade, migrations.RunPython.noop)]
