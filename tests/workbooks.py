"""Small workbooks for tests of spreadsheet reading (needs openpyxl)."""

from __future__ import annotations

from pathlib import Path

import pytest


def write_workbook(
    path: Path,
    sheets: dict[str, list[list]],
    *,
    hidden: tuple[str, ...] = (),
    merge: dict[str, list[str]] | None = None,
) -> Path:
    """A workbook of ``sheets`` (title -> rows), some hidden, some cell ranges merged."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title in hidden:
            sheet.sheet_state = "hidden"
        for ranges in (merge or {}).get(title, []):
            sheet.merge_cells(ranges)
    book.save(path)
    return path
