"""The staff roles: Django groups with exactly the permissions each role needs.

The groups are created by a data migration and brought back to this definition
after every `migrate`, so a permission is granted or removed by changing this file.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

EDITOR = "Editor"
MEDICAL_EXPERT = "Medical expert"
COORDINATOR = "Coordinator"
LEAD_COORDINATOR = "Lead coordinator"
ADMINISTRATOR = "Administrator"
ALL = "__all__"


def _perms(app_label, actions, *models):
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


# Parts edited as inlines of an article or a clinic: rows are added and removed.
ARTICLE_PARTS = ("section", "question", "source", "conditionslug")
CLINIC_PARTS = ("clinicphoto", "accreditation", "doctor", "treatmentoffer", "recommendation")

COORDINATOR_PERMISSIONS = [
    *_perms("consultations", ("change", "view"), "consultationrequest"),
    *_perms("consultations", ("add", "view"), "note", "message", "document"),
    *_perms("consultations", ("add", "delete", "view"), "quote"),
    *_perms("consultations", ("view",), "event", "coordinator"),
    *_perms("outbox", ("view",), "outboxemail"),
    # What a quote names, found by typing (the admin's autocomplete needs to view them).
    *_perms("clinics", ("view",), "clinic", "doctor"),
    *_perms("conditions", ("view",), "treatmentmethod"),
]

ROLES = {
    EDITOR: [
        *_perms("conditions", ("add", "change", "view"), "condition"),
        *_perms("conditions", ("add", "change", "delete", "view"), *ARTICLE_PARTS),
        *_perms("conditions", ("add", "change", "view"), "specialty", "treatmentmethod"),
        *_perms("experts", ("add", "change", "view"), "expert"),
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
        *_perms("conditions", ("view",), "specialty", "treatmentmethod"),
        *_perms("experts", ("view",), "expert"),
        # Change only the next review date: the admin shows nothing else as editable.
        *_perms("conditions", ("change", "view"), "languagereview"),
        *_perms("clinics", ("view",), "clinic", "recommendation"),
    ],
    COORDINATOR: COORDINATOR_PERMISSIONS,
    # A coordinator who also sees the dashboard, decides who takes which languages and
    # regions, and is reminded of requests nobody has contacted.
    LEAD_COORDINATOR: [
        *COORDINATOR_PERMISSIONS,
        "consultations.view_dashboard",
        *_perms("consultations", ("add", "change"), "coordinator"),
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


def _permissions_create(apps, using):
    """Create the permissions of every app's models, as `apps` has them.

    Django creates them only after the last migration; a data migration needs them
    now. The installed app configs say which apps have models, `apps` gives the
    models (in a migration, those of its state): the pairing post_migrate uses, so
    no app config has to be changed.
    """
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, apps=apps, verbosity=0, using=using)


def roles_sync(*, apps=global_apps, using=DEFAULT_DB_ALIAS, strict=True):
    """Create the role groups and give each exactly its permissions.

    A migration passes strict=False: permissions of models added by later
    migrations do not exist yet, and the sync after `migrate` grants them.
    """
    _permissions_create(apps, using)
    Group = apps.get_model("auth", "Group")
    permissions = apps.get_model("auth", "Permission").objects.using(using)
    for name, names in ROLES.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(_permissions(permissions, names, strict))


def roles_on_migrate(sender, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    # The permissions are created again, not taken from Django's own receiver: the
    # Administrator must have those of every app, wherever it is installed.
    roles_sync(apps=apps, using=using)
