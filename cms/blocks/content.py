"""General content blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms.rich_text import RICH_TEXT_FEATURES


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2 or 3, so pages keep a valid heading order."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        # "Level 2" is layout, not content: it would match searches and show in snippets.
        search_index=False,
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class BaseContentBlock(blocks.StreamBlock):
    """The blocks every body field offers: headings and rich text."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )

    class Meta:
        label = _("Body")
