"""Rich text as frontend-ready HTML: every internal reference becomes a public URL.

Wagtail stores links as `<a linktype="page" id="3">`. The API rewrites them with the
references already loaded by the ContentResolver: a page link points at the linked
page's live translation in the language of the page being read (so a Swedish page
links to Swedish pages), a document link at the document's absolute download URL.
A link whose target is gone or unpublished loses its href but keeps its text.
"""

from django.utils.html import escape
from wagtail.rich_text import features
from wagtail.rich_text.rewriters import (
    FIND_A_TAG,
    EmbedRewriter,
    LinkRewriter,
    MultiRuleRewriter,
    extract_attrs,
)

from api.content.loading import ReferenceLoader


def collect_rich_text_references(html: str | None, resolver: ReferenceLoader) -> None:
    """Tell the resolver which pages and documents `html` links to."""
    if not html:
        return
    for match in FIND_A_TAG.finditer(html):
        attrs = extract_attrs(match.group(1))
        linktype = attrs.get("linktype")
        if linktype == "page":
            resolver.want_page(attrs.get("id"))
        elif linktype == "document":
            resolver.want_document(attrs.get("id"))


def render_rich_text(html: str | None, resolver: ReferenceLoader) -> str:
    """Database HTML -> public HTML with resolved links; never contains `linktype=`."""
    if not html:
        return ""

    def page_links(attrs_list):
        tags = []
        for attrs in attrs_list:
            page = resolver.localized_page(resolver.get_page(attrs.get("id")))
            url = resolver.page_url(page) if page is not None else None
            tags.append(f'<a href="{escape(url)}">' if url else "<a>")
        return tags

    def document_links(attrs_list):
        tags = []
        for attrs in attrs_list:
            document = resolver.get_document(attrs.get("id"))
            url = resolver.document_url(document) if document is not None else None
            tags.append(f'<a href="{escape(url)}">' if url else "<a>")
        return tags

    link_rules = {
        linktype: handler.expand_db_attributes_many
        for linktype, handler in features.get_link_types().items()
    }
    link_rules.update({"page": page_links, "document": document_links})
    embed_rules = {
        embedtype: handler.expand_db_attributes_many
        for embedtype, handler in features.get_embed_types().items()
    }
    rewriter = MultiRuleRewriter(
        [LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)]
    )
    return rewriter(html)
