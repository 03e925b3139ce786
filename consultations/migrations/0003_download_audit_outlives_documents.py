import django.db.models.deletion
from django.db import migrations, models


def references_fill(apps, schema_editor):
    DocumentDownload = apps.get_model("consultations", "DocumentDownload")
    for download in DocumentDownload.objects.select_related("document__request"):
        download.reference = download.document.request.reference
        download.save(update_fields=["reference"])


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0002_outbox_staff_emails"),
    ]

    operations = [
        migrations.AddField(
            model_name="documentdownload",
            name="reference",
            field=models.CharField(
                db_index=True, default="", max_length=16, verbose_name="request reference"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(references_fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="documentdownload",
            name="document",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="downloads",
                to="consultations.document",
                verbose_name="document",
            ),
        ),
    ]
