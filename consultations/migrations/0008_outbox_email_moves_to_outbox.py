"""OutboxEmail moves to the outbox app with its rows: it leaves this app's state here and
outbox.0001 takes it into its own; its table keeps its name.

The previous release runs on this schema during the upgrade (a release's migrations
only add; removals come a release later), so the database keeps what that release
writes: the request_id column (without its foreign key constraint, so that erasing a
request never trips on it) and a nullable key. The model no longer has either: the
emails find their request by their key (0007). The release after drops the column and
makes the key NOT NULL."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0007_outbox_email_keys"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="outboxemail", name="one_email_per_kind"),
        migrations.RemoveConstraint(model_name="outboxemail", name="email_about_request_or_keyed"),
        migrations.AlterField(
            model_name="outboxemail",
            name="request",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="emails",
                to="consultations.consultationrequest",
                verbose_name="consultation request",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OutboxEmail")],
            database_operations=[],
        ),
    ]
