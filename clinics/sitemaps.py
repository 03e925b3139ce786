from django.conf import settings

from clinics.models import Clinic
from core.languages import localized
from core.sitemaps import LanguageSitemap


class ClinicSitemap(LanguageSitemap):
    """Clinics, in the languages they are written in."""

    def items(self):
        return (
            Clinic.objects.active()
            .with_written_languages()
            .only("updated_at", *(localized("slug", code) for code, _name in settings.LANGUAGES))
            .order_by("pk")
        )

    def get_languages_for_item(self, clinic):
        return clinic.written_languages()

    def lastmod(self, clinic):
        return clinic.updated_at
