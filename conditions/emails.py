"""The daily reminders of the medical review, registered with the outbox. They are
stored ready to send, under review_reminder:<user pk>:<date> (and the same for
translation reminders), so that a day's reminder is stored once."""

from django.utils.translation import gettext_lazy as _

from outbox import kinds

REVIEW_REMINDER = "review_reminder"
TRANSLATION_REMINDER = "translation_reminder"


def reminder_key(kind, user, day):
    return kinds.key(kind, user.pk, day.isoformat())


def register():
    kinds.register(REVIEW_REMINDER, _("review reminder to an expert"))
    kinds.register(TRANSLATION_REMINDER, _("missing languages to an editor"))
