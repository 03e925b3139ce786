"""Every write to what an article's reviewed text is built from re-checks its approved
versions (services.reviews_sync), whichever path made it: the admin, a shell, a command.
Clinics connect their recommendations in clinics/signals.py."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from conditions import services
from conditions.models import Condition, LanguageReview, Question, Section, Source, TreatmentMethod


def sync_article(condition_id):
    """Re-check the approved versions of one article, if it still exists."""
    condition = Condition.objects.filter(pk=condition_id).first()
    if condition is not None:
        services.reviews_sync(condition=condition)


@receiver(post_save, sender=Condition)
def condition_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        services.reviews_sync(condition=instance)


@receiver(post_save, sender=Section)
@receiver(post_save, sender=Question)
@receiver(post_save, sender=Source)
@receiver(post_delete, sender=Section)
@receiver(post_delete, sender=Question)
@receiver(post_delete, sender=Source)
def part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_article(instance.condition_id)


@receiver(m2m_changed, sender=Condition.methods.through)
def methods_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        services.reviews_sync(condition=instance)
        return
    for condition_id in pk_set or ():
        sync_article(condition_id)


@receiver(post_save, sender=TreatmentMethod)
def method_saved(sender, instance, raw=False, **kwargs):
    """A method's name is part of the text of every article that names it."""
    if raw:
        return
    approved = Condition.objects.filter(
        methods=instance, reviews__state=LanguageReview.State.APPROVED
    ).distinct()
    for condition in approved:
        services.reviews_sync(condition=condition)
