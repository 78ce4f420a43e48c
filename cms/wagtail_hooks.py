"""Admin and rich-text customisation of the content app."""

from django.urls import path, reverse
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.rich_text.pages import PageLinkHandler

from cms.admin_views import editors_guide
from cms.selectors import reader_page


class ReaderPageLinkHandler(PageLinkHandler):
    """Rich-text page links to the real page in the reader's language, never to an alias.

    Wagtail's handler links `page.localized`, which is wagtail-localize's alias (Finnish
    text under a Swedish address) while a page is untranslated; reader_page links the
    source page instead, in its own language.
    """

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        tags = []
        for page in cls.get_many(attrs_list):
            target = reader_page(page) if page is not None else None
            url = target.url if target is not None and target.live else None
            tags.append(f'<a href="{escape(url)}">' if url else "<a>")
        return tags


# After Wagtail registers its own page link handler (order 0), so this one replaces it.
@hooks.register("register_rich_text_features", order=10)
def register_reader_page_links(features):
    features.register_link_type(ReaderPageLinkHandler)


@hooks.register("register_admin_urls")
def register_editors_guide_url():
    return [path("help/editors-guide/", editors_guide, name="cms_editors_guide")]


@hooks.register("register_help_menu_item")
def register_editors_guide_menu_item():
    # Its own item in Wagtail's Help menu, next to (not replacing) other guides.
    return MenuItem(
        _("Editors' guide"),
        reverse("cms_editors_guide"),
        name="editors-guide",
        icon_name="doc-full",
        order=1100,
    )
