"""Who answers a new request: a coordinator who speaks the patient's language, from the
patient's region when one covers it, the one with the fewest open requests; nobody (the
unassigned queue) when no coordinator taking requests speaks it."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from consultations.models import ConsultationRequest, Coordinator
from core.regions import region_of_country

# Who may see requests: who may be given one.
PERMISSION = ("consultations", "view_consultationrequest")


def staff_who_see_requests():
    """Active staff who may see requests (superusers, or the permission, their own or a
    group's)."""
    app_label, codename = PERMISSION
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    allowed = Q(is_superuser=True)
    if permission is not None:
        allowed |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    return get_user_model().objects.filter(allowed, is_active=True, is_staff=True).distinct()


def open_requests_of(user_field="user"):
    """A subquery counting the open requests assigned to the row's user."""
    counted = (
        ConsultationRequest.objects.filter(assigned_to=OuterRef(user_field))
        .exclude(status__in=ConsultationRequest.DONE_STATUSES)
        .order_by()
        .values("assigned_to")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(counted), 0)


def coordinator_choose(*, language, country) -> Coordinator | None:
    """The coordinator a new request in `language` from `country` goes to, stamped as
    given one now; None when nobody taking requests speaks the language.

    Call it inside the transaction that saves the request: the coordinators' rows stay
    locked until it commits, so requests arriving together are spread, not piled on
    the same person.
    """
    candidates = [
        coordinator
        for coordinator in Coordinator.objects.select_for_update(of=("self",))
        .filter(takes_new_requests=True, user__in=staff_who_see_requests())
        .select_related("user")
        .annotate(load=open_requests_of())
        .order_by("pk")
        if language in coordinator.languages
    ]
    region = region_of_country(country)
    in_region = [coordinator for coordinator in candidates if region in coordinator.regions]
    candidates = in_region or candidates
    if not candidates:
        return None
    chosen = min(
        candidates,
        key=lambda c: (c.load, c.last_assigned_at is not None, c.last_assigned_at, c.pk),
    )
    chosen.last_assigned_at = timezone.now()
    chosen.save(update_fields=["last_assigned_at"])
    return chosen
