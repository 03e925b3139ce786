from django.conf import settings
from django.core.management.base import BaseCommand

from consultations.models import ConsultationRequest
from consultations.services import consultations_anonymise


class Command(BaseCommand):
    help = (
        "Anonymise closed and spam consultation requests older than the retention period "
        "(MEDTOUR_CONSULTATION_RETENTION_MONTHS) and open requests nobody worked on for "
        "MEDTOUR_CONSULTATION_UNTOUCHED_MONTHS: personal fields blanked, documents and notes "
        "deleted, the row kept for statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many requests are due."
        )

    def handle(self, *args, dry_run=False, **options):
        months = settings.CONSULTATION_RETENTION_MONTHS
        untouched = settings.CONSULTATION_UNTOUCHED_MONTHS
        if dry_run:
            due = ConsultationRequest.objects.due_for_anonymising().count()
            self.stdout.write(
                f"{due} requests are due for anonymising (retention {months} months, "
                f"open and untouched {untouched} months)."
            )
            return
        result = consultations_anonymise()
        self.stdout.write(
            self.style.SUCCESS(
                f"Anonymised {result['requests']} requests and deleted {result['documents']} "
                f"documents (closed or spam for more than {months} months, or open and "
                f"untouched for more than {untouched} months)."
            )
        )
