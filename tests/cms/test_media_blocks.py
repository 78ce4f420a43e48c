"""Figures and tables: what editors must fill in, and what readers get on the page."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from cms.blocks import FigureBlock, TableBlock
from cms.blocks.media import TABLE_NEEDS_HEADERS, TABLE_ROWS_UNEVEN
from tests.api.content.content_fixtures import make_image

from .media_builders import TABLE_VALUE, figure_value, page_with_figure_and_table

pytestmark = pytest.mark.django_db


def _clean(block, value):
    return block.clean(block.to_python(value))


def test_a_figure_without_alt_text_is_refused_unless_marked_decorative():
    image = make_image()
    block = FigureBlock()
    with pytest.raises(ValidationError):
        _clean(block, figure_value(image, alt=""))
    decorative = _clean(block, figure_value(image, alt="", decorative=True))
    assert decorative["image"].decorative is True


def test_a_table_with_rows_of_different_lengths_is_refused():
    value = {**TABLE_VALUE, "rows": [["a", "b"], ["c"]]}
    with pytest.raises(StructBlockValidationError) as error:
        _clean(TableBlock(), value)
    assert TABLE_ROWS_UNEVEN in [m for e in error.value.block_errors.values() for m in e.messages]


def test_a_table_without_any_header_cells_is_refused():
    value = {**TABLE_VALUE, "header_row": False, "header_column": False}
    with pytest.raises(StructBlockValidationError) as error:
        _clean(TableBlock(), value)
    assert str(TABLE_NEEDS_HEADERS) in error.value.block_errors["header_row"].messages


def test_figure_renders_its_alt_text_caption_and_credit(client, home_page):
    page = page_with_figure_and_table(home_page)
    html = client.get(page.url).content.decode()
    assert 'alt="Pylväskaavio osallistujista"' in html
    assert "<figcaption>Osallistujat hankkeen aikana." in html
    assert "Kuva: Tutuksi" in html


def test_decorative_figure_has_empty_alt_text(client, home_page):
    page = page_with_figure_and_table(home_page, decorative=True)
    html = client.get(page.url).content.decode()
    assert 'alt=""' in html
    assert "Pylväskaavio osallistujista" not in html


def test_table_has_a_caption_header_cells_and_a_keyboard_reachable_scroll_region(client, home_page):
    page = page_with_figure_and_table(home_page)
    html = client.get(page.url).content.decode()
    assert (
        '<div class="table-scroll" role="region" aria-label="Osallistujat työryhmittäin" '
        'tabindex="0">' in html
    )
    assert "<caption>Osallistujat työryhmittäin</caption>" in html
    assert '<th scope="col">Osallistujia</th>' in html
    assert '<th scope="row">Asumisen tuki</th>' in html
    assert "<td>14</td>" in html
