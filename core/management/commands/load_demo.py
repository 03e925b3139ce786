from django.core.management.base import BaseCommand
from django.db import transaction

from accounts import demo as accounts_demo
from clinics import demo as clinics_demo
from conditions import demo as conditions_demo


class Command(BaseCommand):
    help = "Load the demo content (safe to run again: it updates what it loaded before)."

    @transaction.atomic
    def handle(self, *args, **options):
        # Users review the articles; clinics are recommended for the articles.
        for app_demo in (accounts_demo, conditions_demo, clinics_demo):
            for line in app_demo.load():
                self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
