"""The staff roles: Django groups with exactly the permissions each role needs.

The groups are created by a data migration and brought back to this definition
after every `migrate`, so a permission is granted or removed by changing this file.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models import Q

EDITOR = "Editor"
MEDICAL_EXPERT = "Medical expert"
COORDINATOR = "Coordinator"
ADMINISTRATOR = "Administrator"
ALL = "__all__"


def _perms(app_label, actions, *models):
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


# Parts edited as inlines of an article or a clinic: rows are added and removed.
ARTICLE_PARTS = ("section", "question", "source", "conditionslug")
CLINIC_PARTS = ("clinicphoto", "accreditation", "doctor", "treatmentoffer", "recommendation")

ROLES = {
    EDITOR: [
        *_perms("conditions", ("add", "change", "view"), "condition"),
        *_perms("conditions", ("add", "change", "delete", "view"), *ARTICLE_PARTS),
        *_perms("conditions", ("add", "change", "view"), "specialty", "expert", "treatmentmethod"),
        *_perms("conditions", ("view",), "languagereview"),
        *_perms("clinics", ("add", "change", "view"), "clinic", "accreditationbody"),
        *_perms("clinics", ("add", "change", "delete", "view"), *CLINIC_PARTS),
        *_perms("news", ("add", "change", "delete", "view"), "newsitem"),
        *_perms("pages", ("change", "view"), "page"),
        *_perms("pages", ("add", "change", "delete", "view"), "contact"),
    ],
    MEDICAL_EXPERT: [
        *_perms("conditions", ("change", "view"), "condition"),
        "conditions.review_condition",
        *_perms("conditions", ("add", "change", "delete", "view"), *ARTICLE_PARTS),
        *_perms("conditions", ("view",), "specialty", "expert", "treatmentmethod"),
        # Change only the next review date: the admin shows nothing else as editable.
        *_perms("conditions", ("change", "view"), "languagereview"),
        *_perms("clinics", ("view",), "clinic", "recommendation"),
    ],
    COORDINATOR: [
        *_perms("consultations", ("change", "view"), "consultationrequest"),
        *_perms("consultations", ("add", "view"), "note"),
        *_perms("consultations", ("view",), "document"),
        *_perms("outbox", ("view",), "outboxemail"),
    ],
    ADMINISTRATOR: ALL,
}


def _permissions(permissions, names, strict):
    if names == ALL:
        return list(permissions.all())
    wanted = set(names)
    query = Q()
    for name in wanted:
        app_label, codename = name.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = list(permissions.filter(query).select_related("content_type"))
    missing = wanted - {f"{p.content_type.app_label}.{p.codename}" for p in found}
    if missing and strict:
        raise LookupError(f"The roles name unknown permissions: {sorted(missing)}")
    return found


def roles_sync(apps=global_apps, using="default", strict=True):
    """Create the role groups and give each exactly its permissions.

    A migration passes strict=False: permissions of models added by later
    migrations do not exist yet, and the sync after `migrate` grants them.
    """
    for app_config in apps.get_app_configs():
        # Permissions are normally created after all migrations; make sure they exist now.
        app_config.models_module = getattr(app_config, "models_module", None) or True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
    Group = apps.get_model("auth", "Group")
    permissions = apps.get_model("auth", "Permission").objects.using(using)
    for name, names in ROLES.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(_permissions(permissions, names, strict))


def roles_on_migrate(sender, using="default", apps=global_apps, **kwargs):
    roles_sync(apps=apps, using=using)
