"""Blocks of the accessibility statement."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms.choices import NonAccessibleReason


class NonAccessibleContentBlock(blocks.StructBlock):
    """One piece of content that is not accessible: what, why, and when it will be fixed."""

    content = blocks.CharBlock(
        label=_("Content"),
        max_length=300,
        help_text=_("What is not accessible, e.g. 'PDF evaluation reports published before 2024'."),
    )
    reason = blocks.ChoiceBlock(
        choices=NonAccessibleReason.choices,
        default=NonAccessibleReason.NON_COMPLIANCE,
        label=_("Reason"),
    )
    description = blocks.TextBlock(
        label=_("Explanation"),
        help_text=_("How it fails the reader and what they can do instead."),
    )
    criteria = blocks.CharBlock(
        label=_("WCAG success criteria"),
        max_length=200,
        required=False,
        help_text=_("E.g. '1.1.1 Non-text content; 1.3.1 Info and relationships'."),
    )
    fixed_by = blocks.DateBlock(label=_("To be fixed by"), required=False)

    class Meta:
        icon = "warning"
        template = "blocks/non_accessible_content_block.html"
        label = _("Content that is not accessible")
