"""File responses for exports: CSV streamed row by row, XLSX written to a temp file."""

import csv
import tempfile
from collections.abc import Iterable, Iterator

from django.http import FileResponse, StreamingHttpResponse
from openpyxl import Workbook

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Line:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Line())
    # The byte order mark lets spreadsheet programs read ä and ö as UTF-8.
    yield "\ufeff"
    for row in rows:
        yield writer.writerow(["" if cell is None else cell for cell in row])


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
            sheet.append([_cell(cell) for cell in row])
    handle = tempfile.TemporaryFile(suffix=".xlsx")
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=filename, content_type=XLSX_TYPE)


def _cell(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
