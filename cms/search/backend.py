"""The site search index as a Wagtail search backend, so `manage.py update_index` rebuilds it.

Configured in settings as the "site" backend with AUTO_UPDATE off: Wagtail's automatic
updates would run as background tasks, while publishing already updates the index in the
same request (cms/search/signals.py). What this adds is the rebuild every operator knows,
and the data import that calls it.
"""

from modelsearch.backends.base import BaseIndex, BaseSearchBackend
from wagtail.models import Page

from cms.models import PageSearchEntry
from cms.search.indexing import search_entry_delete, search_entry_update
from cms.search.query import search_pages


class SiteSearchIndex(BaseIndex):
    """Pages only; other indexed models (images, documents, snippets) are not site content."""

    def get_key(self):
        return "site"

    def reset(self):
        PageSearchEntry.objects.all().delete()

    def add_items(self, model, items):
        if not issubclass(model, Page):
            return
        for page in items:
            # update_index walks Page and each page class; index a page once, as its own class.
            if page.specific_class is model:
                search_entry_update(page=page)

    def delete_item(self, item):
        if isinstance(item, Page):
            search_entry_delete(page_id=item.pk)


class SiteSearchRebuilder:
    """Rebuilds in place: entries are replaced page by page, then stale ones are removed."""

    def __init__(self, index):
        self.index = index

    def start(self):
        return self.index

    def finish(self):
        PageSearchEntry.objects.exclude(
            page__in=Page.objects.filter(live=True, alias_of__isnull=True, depth__gt=1)
        ).delete()


class SiteSearchBackend(BaseSearchBackend):
    index_class = SiteSearchIndex
    rebuilder_class = SiteSearchRebuilder

    def __init__(self, params):
        super().__init__(params)
        self.language = params.get("LANGUAGE")

    def search(self, query, model_or_queryset, operator=None, order_by_relevance=True, **kwargs):
        queryset = (
            model_or_queryset
            if hasattr(model_or_queryset, "model")
            else model_or_queryset.objects.all()
        )
        return search_pages(
            queryset,
            query,
            language=self.language,
            operator=operator or "and",
            order_by_relevance=order_by_relevance,
        )


SearchBackend = SiteSearchBackend
