"""Keep the site search index in step with what is published, in the same transaction."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from cms.search.indexing import search_entry_delete, search_entry_update


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    search_entry_update(page=instance)


@receiver(page_unpublished)
def unindex_unpublished_page(sender, instance, **kwargs):
    search_entry_delete(page_id=instance.pk)
