"""Figures (an image with alt text, caption and credit) and accessible data tables."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

TABLE_NEEDS_HEADERS = _(
    "Mark the first row or the first column as headings, so screen readers can name each cell."
)
TABLE_ROWS_UNEVEN = _("Every row needs the same number of cells; add or remove cells.")
TABLE_EMPTY = _("Add at least one row of cells.")


class FigureBlock(blocks.StructBlock):
    """An image with alt text (required unless decorative), an optional caption and credit."""

    # Wagtail's ImageBlock stores the alt text with this use of the image and refuses an
    # empty one unless the editor marks the image decorative.
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=500, required=False)
    credit = blocks.CharBlock(
        label=_("Credit"),
        max_length=200,
        required=False,
        help_text=_("Photographer, illustrator or source, e.g. 'Photo: Anna Virtanen'."),
    )

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Image")


class TableBlock(blocks.StructBlock):
    """A data table with a caption and header cells; scrolls by keyboard on narrow screens."""

    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=300,
        help_text=_("What the table shows; screen readers announce it before the table."),
    )
    header_row = blocks.BooleanBlock(
        label=_("First row holds column headings"), required=False, default=True
    )
    header_column = blocks.BooleanBlock(
        label=_("First column holds row headings"), required=False, default=False
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(
            blocks.CharBlock(label=_("Cell"), max_length=1000, required=False),
            label=_("Row"),
            min_num=1,
        ),
        label=_("Rows"),
        min_num=1,
    )

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        rows = [list(row) for row in value["rows"]]
        if not rows:
            errors["rows"] = ValidationError(TABLE_EMPTY)
        elif len({len(row) for row in rows}) > 1:
            errors["rows"] = ValidationError(TABLE_ROWS_UNEVEN)
        if not value["header_row"] and not value["header_column"]:
            errors["header_row"] = ValidationError(TABLE_NEEDS_HEADERS)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value
