from django.core.management.base import BaseCommand
from django.db import transaction

from accounts import demo as accounts_demo
from clinics import demo as clinics_demo
from conditions import demo as conditions_demo
from consultations import demo as consultations_demo
from news import demo as news_demo
from pages import demo as pages_demo
from search.services import documents_rebuild


class Command(BaseCommand):
    help = "Load the demo content (safe to run again: it updates what it loaded before)."

    @transaction.atomic
    def handle(self, *args, **options):
        # Users review the articles; clinics are recommended for the articles, and
        # the review reads them; the news links the article; requests name them all.
        steps = (
            accounts_demo.load,
            conditions_demo.load,
            clinics_demo.load,
            conditions_demo.review,
            news_demo.load,
            pages_demo.load,
            consultations_demo.load,
        )
        for step in steps:
            for line in step():
                self.stdout.write(line)
        # Saves keep the index current; a rebuild also covers content from before search.
        counts = documents_rebuild()
        self.stdout.write(f"Search index: {sum(counts.values())} documents")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
