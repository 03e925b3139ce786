from django.db import migrations

from accounts.roles import roles_sync


def create_roles(apps, schema_editor):
    roles_sync(apps=apps, using=schema_editor.connection.alias, strict=False)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("conditions", "0002_medical_review_and_history"),
        ("clinics", "0002_history"),
        ("consultations", "0002_outbox_staff_emails"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
