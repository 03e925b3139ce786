from celery import shared_task

from search.services import documents_rebuild


@shared_task
def search_index_rebuild():
    """Daily, in case content was written without a save (bulk loads, update())."""
    return {str(kind): count for kind, count in documents_rebuild().items()}
