import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest


def touched_fill(apps, schema_editor):
    """A request was last worked on at its last status change or note, whichever is later."""
    ConsultationRequest = apps.get_model("consultations", "ConsultationRequest")
    Note = apps.get_model("consultations", "Note")
    last_note = Note.objects.filter(request=OuterRef("pk")).order_by("-created_at")
    ConsultationRequest.objects.update(
        touched_at=Greatest(
            "status_changed_at",
            Coalesce(Subquery(last_note.values("created_at")[:1]), "status_changed_at"),
        )
    )


def downloads_to_audit_log(apps, schema_editor):
    """The download log becomes part of the one audit log, history kept."""
    DocumentDownload = apps.get_model("consultations", "DocumentDownload")
    AuditEvent = apps.get_model("consultations", "AuditEvent")
    downloads = DocumentDownload.objects.select_related("user", "document").order_by("pk")
    AuditEvent.objects.bulk_create(
        (
            AuditEvent(
                at=download.downloaded_at,
                user=download.user,
                username=download.user.username,
                action="download",
                reference=download.reference,
                object_id=str(download.document.uuid) if download.document else "",
            )
            for download in downloads.iterator()
        ),
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0005_held_documents"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="consultationrequest",
            options={
                "ordering": ["-created_at"],
                "permissions": [
                    ("export_patient_data", "Can export all data of one patient"),
                    ("erase_patient_data", "Can erase all data of one patient"),
                ],
                "verbose_name": "consultation request",
                "verbose_name_plural": "consultation requests",
            },
        ),
        migrations.AddField(
            model_name="consultationrequest",
            name="touched_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now, editable=False, verbose_name="last worked on"
            ),
        ),
        migrations.AlterField(
            model_name="outboxemail",
            name="kind",
            field=models.CharField(
                choices=[
                    ("coordinators", "notification to coordinators"),
                    ("patient", "confirmation to the patient"),
                    ("review_reminder", "review reminder to an expert"),
                    ("translation_reminder", "missing languages to an editor"),
                    ("consent_withdrawn", "consent withdrawn, to coordinators"),
                ],
                max_length=24,
                verbose_name="email",
            ),
        ),
        migrations.CreateModel(
            name="AuditEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "at",
                    models.DateTimeField(
                        db_index=True,
                        default=django.utils.timezone.now,
                        editable=False,
                        verbose_name="time",
                    ),
                ),
                ("username", models.CharField(blank=True, max_length=150, verbose_name="username")),
                (
                    "action",
                    models.CharField(
                        choices=[
                            ("view", "viewed a request"),
                            ("download", "downloaded a document"),
                            ("export_list", "exported the request list (CSV)"),
                            ("export_patient", "exported a patient's data"),
                            ("erase", "erased a patient's data"),
                            ("consent_withdrawn", "patient withdrew consent"),
                        ],
                        max_length=24,
                        verbose_name="action",
                    ),
                ),
                (
                    "reference",
                    models.CharField(
                        blank=True, db_index=True, max_length=16, verbose_name="request reference"
                    ),
                ),
                ("object_id", models.CharField(blank=True, max_length=64, verbose_name="object")),
                ("detail", models.CharField(blank=True, max_length=500, verbose_name="detail")),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="staff user",
                    ),
                ),
            ],
            options={
                "verbose_name": "audit event",
                "verbose_name_plural": "audit log",
                "ordering": ["-at", "-pk"],
                "default_permissions": ["view"],
            },
        ),
        migrations.RunPython(touched_fill, migrations.RunPython.noop),
        migrations.RunPython(downloads_to_audit_log, migrations.RunPython.noop),
        migrations.DeleteModel(
            name="DocumentDownload",
        ),
    ]
