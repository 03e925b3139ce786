from django.core.management.base import BaseCommand

from search.services import documents_rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from the public pages (it is kept current on every save)."

    def handle(self, *args, **options):
        for kind, count in documents_rebuild().items():
            self.stdout.write(f"{kind}: {count} documents")
