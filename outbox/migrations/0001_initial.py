"""OutboxEmail, moved here from consultations with its rows: consultations.0008 took it
out of that app's state, this takes it into the outbox's without touching the database
(its table keeps its name). Its content type, and so its permissions, moves too."""

from django.db import migrations, models


def content_type_move(apps, schema_editor, old="consultations", new="outbox"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.using(schema_editor.connection.alias)
    if not types.filter(app_label=new, model="outboxemail").exists():
        types.filter(app_label=old, model="outboxemail").update(app_label=new)


def content_type_move_back(apps, schema_editor):
    content_type_move(apps, schema_editor, old="outbox", new="consultations")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("consultations", "0008_outbox_email_moves_to_outbox"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OutboxEmail",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("kind", models.CharField(max_length=24, verbose_name="email")),
                        ("key", models.CharField(max_length=120, unique=True, verbose_name="key")),
                        (
                            "recipient",
                            models.EmailField(blank=True, max_length=254, verbose_name="recipient"),
                        ),
                        (
                            "subject",
                            models.CharField(blank=True, max_length=255, verbose_name="subject"),
                        ),
                        ("body", models.TextField(blank=True, verbose_name="text")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "pending"),
                                    ("sent", "sent"),
                                    ("failed", "failed"),
                                ],
                                default="pending",
                                max_length=16,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "attempts",
                            models.PositiveSmallIntegerField(default=0, verbose_name="attempts"),
                        ),
                        ("last_error", models.TextField(blank=True, verbose_name="last error")),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="created"),
                        ),
                        (
                            "queued_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="queued"),
                        ),
                        (
                            "sent_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="sent"),
                        ),
                    ],
                    options={
                        "verbose_name": "notification email",
                        "verbose_name_plural": "notification emails",
                        "ordering": ["created_at", "pk"],
                        "db_table": "consultations_outboxemail",
                        "indexes": [
                            models.Index(
                                fields=["status", "queued_at"],
                                name="consultatio_status_0ce886_idx",
                            )
                        ],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    models.Q(("status", "sent"), _negated=True),
                                    ("sent_at__isnull", False),
                                    _connector="OR",
                                ),
                                name="sent_email_has_time",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_type_move, content_type_move_back),
    ]
