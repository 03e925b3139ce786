"""Every outbox email gets a key of the one scheme, <namespace>:<id>:<what>, before the
outbox moves to an app of its own that knows no requests: a request's emails are
consultation:<request pk>:<kind>, reminders <kind>:<user pk>:<date>, the coordinators'
note of a withdrawal consent_withdrawn:<reference>:coordinators."""

from django.db import migrations, models
from django.db.models.functions import Cast, Concat, Replace

REMINDERS = ["review_reminder", "translation_reminder"]


def keys_fill(apps, schema_editor):
    OutboxEmail = apps.get_model("consultations", "OutboxEmail")
    OutboxEmail.objects.filter(request__isnull=False).update(
        key=Concat(
            models.Value("consultation:"),
            Cast("request_id", output_field=models.CharField()),
            models.Value(":"),
            "kind",
            output_field=models.CharField(),
        )
    )
    # review_reminder.7.2026-11-25 -> review_reminder:7:2026-11-25
    OutboxEmail.objects.filter(kind__in=REMINDERS).update(
        key=Replace("key", models.Value("."), models.Value(":"))
    )
    # consent_withdrawn.MT-XXXXXXXX -> consent_withdrawn:MT-XXXXXXXX:coordinators
    OutboxEmail.objects.filter(kind="consent_withdrawn").update(
        key=Concat(
            Replace("key", models.Value("."), models.Value(":")),
            models.Value(":coordinators"),
            output_field=models.CharField(),
        )
    )


def keys_unfill(apps, schema_editor):
    OutboxEmail = apps.get_model("consultations", "OutboxEmail")
    ConsultationRequest = apps.get_model("consultations", "ConsultationRequest")
    requests = set(ConsultationRequest.objects.values_list("pk", flat=True))
    about_requests = OutboxEmail.objects.filter(key__startswith="consultation:")
    for email in about_requests.iterator():
        request_id = int(email.key.split(":")[1])
        if request_id in requests:
            email.request_id, email.key = request_id, None
            email.save(update_fields=["request", "key"])
    OutboxEmail.objects.filter(kind__in=REMINDERS).update(
        key=Replace("key", models.Value(":"), models.Value("."))
    )
    for email in OutboxEmail.objects.filter(kind="consent_withdrawn"):
        email.key = email.key.removesuffix(":coordinators").replace(":", ".")
        email.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0006_patients_rights_audit_log"),
    ]

    operations = [migrations.RunPython(keys_fill, keys_unfill)]
