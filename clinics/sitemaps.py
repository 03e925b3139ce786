from clinics.models import Clinic
from core.sitemaps import LanguageSitemap


class ClinicSitemap(LanguageSitemap):
    def items(self):
        return Clinic.objects.active().order_by("pk")

    def lastmod(self, clinic):
        return clinic.updated_at
