from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404


def admin_view_on_site(request, content_type_id, object_id):
    """The admin's "view on site" redirect, for staff who may view the object's model.

    The redirect reveals the object's public URL, and a consultation request's carries
    its reference: Django's own shortcut asks only that the user be staff.
    """
    try:
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
    except (ValueError, ContentType.DoesNotExist):
        raise Http404 from None
    if model is None:
        raise Http404
    if admin.site.is_registered(model):
        allowed = admin.site.get_model_admin(model).has_view_permission(request)
    else:
        opts = model._meta
        allowed = any(
            request.user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")
            for action in ("view", "change")
        )
    if not allowed:
        raise PermissionDenied
    return shortcut(request, content_type_id, object_id)
