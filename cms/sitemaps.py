"""sitemap.xml covering every language tree, not only the site's Finnish root.

Wagtail's default sitemap lists the descendants of the site's root page, which is the
Finnish home page; the Swedish and English trees are its translations (siblings under the
tree root), so they would be missing. wagtail-localize's alias pages repeat another
language's text and are left out.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    """Live, public pages of every translation of the site's root page."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = root.get_translations(inclusive=True).live().filter(alias_of__isnull=True)
        trees = Q()
        for tree_root in roots:
            trees |= Q(path__startswith=tree_root.path)
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


sitemaps = {"pages": LocalizedSitemap}
