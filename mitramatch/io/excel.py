"""Excel workbooks (.xlsx, .xlsm): the cached values of the sheet that holds the table.

Read with openpyxl in read-only mode (a sheet is streamed, not loaded as objects, so big
sheets stay fast) and ``data_only`` (the values Excel saved, not the formulas). Read-only mode
does not expose merged cells, and a formula without a saved value reads as an empty cell, so
one extra pass over the sheet's XML (decompressed in pieces, searched with ``bytes.find``)
finds both.

Which sheet: the one asked for, else the visible sheet whose first rows name the most known
columns (an instructions sheet, an empty one or a hidden old copy is never chosen by itself).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import numpy as np
import pandas as pd

from ..compat import import_optional_dependency
from ..exceptions import InputError, Text, closest
from .formats import Format, Grid, ReadContext, cannot_read
from .tabulate import HEADER_SEARCH_ROWS, known_count, tidy_text, to_text

__all__ = ["EXCEL_FORMAT", "column_letters", "read_excel", "scan_sheet_xml"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3}\d+)"')
_CACHED = re.compile(rb"<(?:\w+:)?v>[^<]")
_SCAN_BLOCK = 1 << 20


def _check_zip(path: Path, noun: str | Text) -> None:
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise cannot_read(path, noun, exc) from exc
    if magic != b"PK\x03\x04":
        if magic == b"\xd0\xcf\x11\xe0":
            found = Text("it is an old .xls workbook", "berkas ini buku kerja .xls lama")
        else:
            found = Text(
                "it is not a zip archive, as .xlsx files are",
                "berkas ini bukan arsip zip, padahal berkas .xlsx adalah zip",
            )
        raise InputError(
            Text.format(
                "{path}: not an Excel workbook ({found}); expected an .xlsx file saved by a "
                "spreadsheet program, or rename a CSV file to .csv",
                "{path}: bukan buku kerja Excel ({found}); yang diharapkan berkas .xlsx yang "
                "disimpan oleh program spreadsheet, atau ganti nama berkas CSV menjadi .csv",
                path=path,
                found=found,
            )
        )


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _sheet_member(archive: zipfile.ZipFile, title: str) -> str | None:
    """The archive member holding the sheet called ``title`` (from the workbook's parts)."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    rid = next(
        (s.get(f"{_REL}id") for s in book.iter(f"{_MAIN}sheet") if s.get("name") == title), None
    )
    target = next((r.get("Target") for r in rels if r.get("Id") == rid), None)
    if target is None:
        return None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def scan_sheet_xml(path: Path, title: str) -> tuple[list[tuple[int, int, int, int]], list[str]]:
    """The merged ranges (first column, first row, last column, last row; from 1) of a sheet,
    and the cells holding a formula with no saved value, from the sheet's XML.

    The XML is decompressed a megabyte at a time and searched for ``<mergeCell`` and ``<f``;
    a sheet of data has few of either, so this costs little beside openpyxl's own parse.
    """
    merges: list[tuple[int, int, int, int]] = []
    formulas: list[str] = []
    with zipfile.ZipFile(path) as archive:
        member = _sheet_member(archive, title)
        if member is None:
            return merges, formulas
        with archive.open(member) as handle:
            rest = b""
            while True:
                block = handle.read(_SCAN_BLOCK)
                data = rest + block
                # Search up to the last complete cell; what follows waits for the next block.
                cut = data.rfind(b"</c>") + 4 if block else len(data)
                if cut < 4:
                    cut = 0 if block else len(data)
                part, rest = data[:cut], data[cut:]
                _uncached(part, formulas)
                for match in _MERGE.finditer(part):
                    c1, r1, c2, r2 = match.groups()
                    first = (_column_number(c1), int(r1))
                    last = (_column_number(c2), int(r2)) if c2 else first
                    merges.append((*first, *last))
                if not block:
                    break
    return merges, formulas


def _uncached(part: bytes, found: list[str]) -> None:
    at = part.find(b"<f")
    while at != -1:
        if part[at + 2 : at + 3] in (b">", b" ", b"/"):
            start = part.rfind(b"<c ", 0, at)
            end = part.find(b"</c>", at)
            cell = part[start : end if end != -1 else len(part)]
            if not _CACHED.search(cell):
                ref = _CELL_REF.search(cell)
                if ref:
                    found.append(ref.group(1).decode("ascii"))
        at = part.find(b"<f", at + 2)


def _fill_merged(
    cells: list[list[Any]], merges: list[tuple[int, int, int, int]], notes: list[Any]
) -> None:
    """Give every row of a range merged over several rows its top cell's value.

    Only down the range's first column: a value merged across rows belongs to each of them
    (Kab/Kota over the partners of that regency), one merged across columns to one column.
    """
    filled = []
    for c1, r1, _c2, r2 in sorted(merges, key=lambda m: (m[1], m[0])):
        if r2 <= r1 or r1 > len(cells) or c1 > len(cells[r1 - 1]):
            continue
        value = cells[r1 - 1][c1 - 1]
        if value is None:
            continue
        for r in range(r1 + 1, min(r2, len(cells)) + 1):
            row = cells[r - 1]
            if len(row) < c1:  # rows come back without their trailing empty cells
                row.extend([None] * (c1 - len(row)))
            if row[c1 - 1] is None:
                row[c1 - 1] = value
        filled.append((c1, r1, r2))
    if filled:
        shown = ", ".join(
            f"{column_letters(c)}{r1}:{column_letters(c)}{r2}" for c, r1, r2 in filled[:5]
        )
        more = len(filled) - 5
        notes.append(
            Text.format(
                "filled {n} cell range(s) merged over several rows with the value of their top "
                "cell: {shown}{more_en}",
                "mengisi {n} rentang sel gabungan (merge) beberapa baris dengan nilai sel "
                "teratasnya: {shown}{more_id}",
                n=len(filled),
                shown=shown,
                more_en=f" and {more} more" if more > 0 else "",
                more_id=f" dan {more} lainnya" if more > 0 else "",
            )
        )


def column_letters(column: int) -> str:
    """A spreadsheet column's letters from its number (1 -> A, 27 -> AA), for messages about
    cells and for writing workbooks."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _head_rows(sheet: Any) -> list[tuple[Any, ...]]:
    with suppress(AttributeError):
        sheet.reset_dimensions()
    return list(sheet.iter_rows(min_row=1, max_row=2 * HEADER_SEARCH_ROWS, values_only=True))


def _sheet_label(sheet: Any, empty: bool) -> Text:
    name = repr(sheet.title)
    if sheet.sheet_state != "visible":
        return Text(f"{name} (hidden)", f"{name} (tersembunyi)")
    if empty:
        return Text(f"{name} (empty)", f"{name} (kosong)")
    return Text(name, name)


def _choose_sheet(path: Path, sheets: Sequence[Any], context: ReadContext) -> Any:
    """The sheet to read, with a note naming the others."""
    asked = context.sheet
    if asked is not None:
        sheet = _asked_sheet(path, sheets, asked)
        if sheet.sheet_state != "visible":
            context.notes.append(
                Text(
                    f"the sheet {sheet.title!r} is hidden; read because it was asked for",
                    f"lembar {sheet.title!r} tersembunyi; tetap dibaca karena diminta",
                )
            )
        return sheet
    heads = {id(s): _head_rows(s) for s in sheets if s.sheet_state == "visible"}
    empty = {k for k, rows in heads.items() if not any(any(_filled(v) for v in r) for r in rows)}
    known = context.known
    best, best_count = None, 1
    if known is not None:
        for sheet in sheets:
            rows = heads.get(id(sheet), [])
            count = max((known_count(r, known) for r in rows), default=0)
            if count > best_count:
                best, best_count = sheet, count
    if best is None:  # no sheet names known columns: the first visible one with cells
        visible = [s for s in sheets if id(s) in heads]
        best = next(
            (s for s in visible if id(s) not in empty), visible[0] if visible else sheets[0]
        )
    others = [s for s in sheets if s is not best]
    if others:
        listed = Text.join(", ", (_sheet_label(s, id(s) in empty) for s in others))
        context.notes.append(
            Text.format(
                "read the sheet {name!r}; other sheets not read: {others}",
                "membaca lembar {name!r}; lembar lain tidak dibaca: {others}",
                name=best.title,
                others=listed,
            )
        )
    return best


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _asked_sheet(path: Path, sheets: Sequence[Any], asked: str | int) -> Any:
    titles = [s.title for s in sheets]
    listed = ", ".join(map(repr, titles))
    if isinstance(asked, int):
        if 1 <= asked <= len(sheets):
            return sheets[asked - 1]
        raise InputError(
            Text.format(
                "{path}: there is no sheet number {asked}; the workbook has {n} sheet(s): {listed}",
                "{path}: tidak ada lembar nomor {asked}; buku kerja ini memiliki {n} lembar: "
                "{listed}",
                path=path,
                asked=asked,
                n=len(sheets),
                listed=listed,
            )
        )
    for sheet in sheets:
        if sheet.title == asked:
            return sheet
    for sheet in sheets:
        if tidy_text(sheet.title).casefold() == tidy_text(asked).casefold():
            return sheet
    near = closest(asked, titles)
    hint = Text(f" (did you mean {near!r}?)", f" (mungkin maksud Anda {near!r}?)") if near else ""
    raise InputError(
        Text.format(
            "{path}: the workbook has no sheet {asked!r}{hint}; its sheets are {listed}",
            "{path}: buku kerja ini tidak memiliki lembar {asked!r}{hint}; lembarnya: {listed}",
            path=path,
            asked=asked,
            hint=hint,
            listed=listed,
        )
    )


def read_excel(context: ReadContext) -> Iterator[Grid]:
    """The Excel format's reader: the chosen sheet as one grid (a sheet holds at most about a
    million rows, which fit in memory; the reading pipeline splits the table into chunks)."""
    path, noun = context.path, context.noun
    openpyxl = import_optional_dependency("openpyxl", purpose=f"reading {path} (an Excel file)")
    _check_zip(path, noun)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError) for bad files
        raise InputError(
            Text.format(
                "{path}: cannot open the {noun} as an Excel workbook ({kind}: {exc}); "
                "expected an .xlsx file, or save it again from the spreadsheet",
                "{path}: tidak dapat membuka {noun} sebagai buku kerja Excel ({kind}: {exc}); "
                "yang diharapkan berkas .xlsx, atau simpan ulang dari spreadsheet",
                path=path,
                noun=noun,
                kind=type(exc).__name__,
                exc=exc,
            )
        ) from exc
    sheet = None
    try:
        sheets = book.worksheets
        if not sheets:
            raise InputError(
                Text(f"{path}: the workbook has no worksheet", f"{path}: buku kerja tanpa lembar")
            )
        sheet = _choose_sheet(path, sheets, context)
        # Workbooks written by other tools may declare wrong dimensions; read what is there.
        with suppress(AttributeError):
            sheet.reset_dimensions()
        cells = [list(row) for row in sheet.iter_rows(min_row=1, min_col=1, values_only=True)]
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            Text.format(
                "{path}: cannot read the sheet {title!r} of the workbook ({kind}: {exc})",
                "{path}: tidak dapat membaca lembar {title!r} buku kerja ini ({kind}: {exc})",
                path=path,
                title=getattr(sheet, "title", "?"),
                kind=type(exc).__name__,
                exc=exc,
            )
        ) from exc
    finally:
        book.close()
    if not any(any(_filled(v) for v in row) for row in cells):
        raise InputError(
            Text.format(
                "{path}: the sheet {title!r} is empty; expected a header row and at least one "
                "data row",
                "{path}: lembar {title!r} kosong; yang diharapkan baris judul kolom dan "
                "sedikitnya satu baris data",
                path=path,
                title=sheet.title,
            )
        )
    merges, formulas = scan_sheet_xml(path, sheet.title)
    _fill_merged(cells, merges, context.notes)
    if formulas:
        shown = ", ".join(formulas[:10]) + (
            f" (+{len(formulas) - 10})" if len(formulas) > 10 else ""
        )
        context.notes.append(
            Text.format(
                "{n} formula cell(s) have no saved value and are read as empty: {shown}; the "
                "workbook was written by a program and not recalculated: open and save it in a "
                "spreadsheet, or type the values",
                "{n} sel rumus tidak memiliki nilai tersimpan dan dibaca kosong: {shown}; buku "
                "kerja dibuat oleh program dan belum dihitung ulang: buka dan simpan di "
                "spreadsheet, atau ketik nilainya",
                n=len(formulas),
                shown=shown,
            )
        )
    return iter([_grid(cells)])


def _grid(cells: list[list[Any]]) -> Grid:
    # Without declared dimensions rows come back ragged; pad them to one width.
    width = max(len(row) for row in cells)
    cells = [[*row, *([None] * (width - len(row)))] for row in cells]
    grid = pd.DataFrame(cells, dtype=object)
    grid = pd.DataFrame({j: to_text(grid[j]) for j in grid.columns}, index=grid.index)
    return Grid(grid, np.arange(1, len(grid) + 1))


EXCEL_FORMAT = Format("excel", (".xlsx", ".xlsm"), read_excel)
