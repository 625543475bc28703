"""Excel workbooks (.xlsx, .xlsm): the cached values of a sheet, as a grid of cells.

Read with openpyxl in read-only mode (a sheet is streamed, not loaded as objects) and
``data_only`` (the values Excel saved, not the formulas).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..compat import import_optional_dependency
from ..exceptions import InputError
from .formats import Format, Grid, ReadContext
from .tabulate import to_text

__all__ = ["EXCEL_FORMAT", "read_excel"]


def _check_zip(path: Path, noun: str) -> None:
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the {noun}: {exc.strerror}") from exc
    if magic != b"PK\x03\x04":
        if magic == b"\xd0\xcf\x11\xe0":
            found = "it is an old .xls workbook"
        else:
            found = "it is not a zip archive, as .xlsx files are"
        raise InputError(
            f"{path}: not an Excel workbook ({found}); expected an .xlsx file saved by a "
            "spreadsheet program, or rename a CSV file to .csv"
        )


def read_excel(context: ReadContext) -> Iterator[Grid]:
    """The Excel format's reader: the first sheet as one grid (a sheet holds at most about a
    million rows, which fit in memory; the reading pipeline splits the table into chunks)."""
    path, noun = context.path, context.noun
    openpyxl = import_optional_dependency("openpyxl", purpose=f"reading {path} (an Excel file)")
    _check_zip(path, noun)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError) for bad files
        raise InputError(
            f"{path}: cannot open the {noun} as an Excel workbook ({type(exc).__name__}: "
            f"{exc}); expected an .xlsx file, or save it again from the spreadsheet"
        ) from exc
    try:
        sheets = book.worksheets
        if not sheets:
            raise InputError(f"{path}: the workbook has no worksheet")
        sheet = sheets[0]
        if len(sheets) > 1:
            context.notes.append(
                f"read the first sheet {sheet.title!r}; {len(sheets) - 1} other(s) ignored"
            )
        # Workbooks written by other tools may declare wrong dimensions; read what is there.
        with suppress(AttributeError):
            sheet.reset_dimensions()
        cells = list(sheet.iter_rows(min_row=1, min_col=1, values_only=True))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            f"{path}: cannot read the first sheet of the workbook ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        book.close()
    if not cells:
        raise InputError(
            f"{path}: the first sheet is empty; expected a header row and at least one data row"
        )
    return iter([_grid(cells)])


def _grid(cells: list[tuple[Any, ...]]) -> Grid:
    # Without declared dimensions rows come back ragged; pad them to one width.
    width = max(len(row) for row in cells)
    cells = [[*row, *([None] * (width - len(row)))] for row in cells]
    grid = pd.DataFrame(cells, dtype=object)
    grid = pd.DataFrame({j: to_text(grid[j]) for j in grid.columns}, index=grid.index)
    return Grid(grid, np.arange(1, len(grid) + 1))


EXCEL_FORMAT = Format("excel", (".xlsx", ".xlsm"), read_excel)
