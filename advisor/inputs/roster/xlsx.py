"""The first sheet of an .xlsx roster (a Microsoft Forms export), read bounded and lazily."""
from __future__ import annotations

import datetime
import io
from typing import Iterator

from advisor.errors import InputError
from advisor.inputs.roster.rows import EMPTY_ROSTER, Fields

MAX_XLSX_BYTES = 64 * 1024 * 1024
"""Largest .xlsx export read (a 10,000-response form export is a few MB)."""
MAX_XLSX_UNZIPPED = 512 * 1024 * 1024
"""Most its parts may hold unzipped: a small file that unzips to gigabytes is refused unread."""


def sheet_rows(stream, shown: str) -> Iterator[Fields]:
    """The first sheet of an .xlsx export as (row number, cells as text, ""), header first.
    The workbook is opened and its header found here, before any report is begun; the rows
    after it are read lazily. openpyxl is imported only for .xlsx (about 0.2 s of imports) and
    reads in read-only mode."""
    import zipfile
    data = stream.read(MAX_XLSX_BYTES + 1)
    if len(data) > MAX_XLSX_BYTES:
        raise InputError(shown, "", f"an .xlsx roster larger than {MAX_XLSX_BYTES:,} bytes")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
        if unzipped > MAX_XLSX_UNZIPPED:
            raise InputError(shown, "", f"an .xlsx roster that unzips to {unzipped:,} bytes "
                             f"(more than {MAX_XLSX_UNZIPPED:,})")
        from openpyxl import load_workbook
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = enumerate(book.worksheets[0].iter_rows(values_only=True), 1)
        header = next(((n, [_cell_text(v) for v in values]) for n, values in rows
                       if any(_cell_text(v).strip() for v in values)), None)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError, IndexError, EOFError,
            NotImplementedError, RuntimeError) as err:   # damaged, encrypted or odd archives
        raise InputError(shown, "", f"not a readable .xlsx workbook: {err}") from err
    if header is None:
        raise InputError(shown, "", EMPTY_ROSTER)
    number, cells = header
    while cells and not cells[-1].strip():  # read-only sheets report trailing empty cells
        cells.pop()
    width = len(cells)

    def rest() -> Iterator[Fields]:
        yield number, cells, ""
        try:
            for n, values in rows:
                row = [_cell_text(v) for v in values]
                if len(row) > width and not any(c.strip() for c in row[width:]):
                    row = row[:width]
                elif len(row) < width:
                    row += [""] * (width - len(row))
                yield n, row, ""
        finally:
            book.close()
    return rest()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    return value.isoformat() if hasattr(value, "isoformat") else str(value)  # a date or time
