"""File responses for exports: CSV streamed row by row, XLSX written to a temp file."""

import csv
import tempfile
from collections.abc import Iterable, Iterator
from decimal import Decimal

from django.http import FileResponse, StreamingHttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# OWASP's CSV injection rules: a cell starting with one of these is read as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """Text that no spreadsheet evaluates: a leading quote before a formula character.

    Respondents type the comments and coordinators the role labels; either could start
    a cell with `=HYPERLINK(...)` that leaks data or runs a command when the file is opened.
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell_value(value):
    """A cell for either format: numbers stay numbers, every text is made inert."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == int(value) else float(value)
    return inert(str(value))


class _Line:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Line())
    # The byte order mark lets spreadsheet programs read ä and ö as UTF-8.
    yield "\ufeff"
    for row in rows:
        yield writer.writerow([cell_value(cell) for cell in row])


def csv_response(*, rows: Iterable[list], filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(_csv_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(*, sheets: dict[str, Iterable[list]], filename: str) -> FileResponse:
    """Sheets written in openpyxl's write-only mode, so memory stays flat for long exports."""
    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title=title)
        for row in rows:
            sheet.append([_cell(sheet, cell) for cell in row])
    handle = tempfile.TemporaryFile(suffix=".xlsx")
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=filename, content_type=XLSX_TYPE)


def _cell(sheet, value) -> WriteOnlyCell:
    """Numbers as numbers; everything else a string cell, never a formula."""
    value = cell_value(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        # openpyxl stores a string that starts with "=" as a formula unless told otherwise.
        cell.data_type = "s"
    return cell
