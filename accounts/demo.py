"""Demo staff: one user per role, so every screen of the admin can be tried locally."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles

# For local use only: the passwords are set only while DEBUG is on.
PASSWORD = "medtour-demo"
USERS = [
    ("admin", roles.ADMINISTRATOR, "Alex", "Admin"),
    ("editor", roles.EDITOR, "Olena", "Editor"),
    ("expert", roles.MEDICAL_EXPERT, "Olexandr", "Voznyak"),
    # The experts who review the articles of the other specialties.
    ("cardiologist", roles.MEDICAL_EXPERT, "Iryna", "Melnyk"),
    ("orthopaedist", roles.MEDICAL_EXPERT, "Taras", "Bondarenko"),
    ("oncologist", roles.MEDICAL_EXPERT, "Olha", "Savchuk"),
    ("coordinator", roles.COORDINATOR, "Iryna", "Coordinator"),
    ("coordinator-eu", roles.COORDINATOR, "Anna", "Keller"),
    ("lead", roles.LEAD_COORDINATOR, "Oksana", "Lead"),
]


def load():
    """Create or update the demo users; yields a line per user."""
    for username, role, first_name, last_name in USERS:
        user, _created = get_user_model().objects.update_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.com",
                "is_staff": True,
                "is_active": True,
            },
        )
        if settings.DEBUG:
            user.set_password(PASSWORD)
        else:
            user.set_unusable_password()
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        password = PASSWORD if settings.DEBUG else "no password: DEBUG is off"
        yield f"User {username} / {password} ({role})"


def user(username):
    return get_user_model().objects.get(username=username)
