"""From raw grids of cells to tables: the header, blank rows and spreadsheet row numbers.

Every format (:mod:`.formats`) streams its file as :class:`~.formats.Grid` pieces: cells by
position, with the row number a person sees in a spreadsheet. A :class:`Tabulator` turns those
pieces, in order, into tables of stripped text cells named by the header, dropping empty rows and
columns and adding ``__row__``. Whole-file reading is the same work done on one piece.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import InputError, SchemaError

__all__ = [
    "ROW_COLUMN",
    "TEXT_DTYPE",
    "Tabulator",
    "cell_text",
    "clean_column",
    "to_text",
]

#: Hidden column added by :func:`~mitramatch.io.read_table`: the spreadsheet row number of
#: each record.
ROW_COLUMN = "__row__"

#: The dtype of text cells from :func:`~mitramatch.io.read_table`: pandas' default for
#: strings, ``str`` (NaN for missing) since pandas 3, ``object`` before. Converting millions of
#: cells to Python objects would cost more than the parse itself.
TEXT_DTYPE = pd.Series([], dtype=str).dtype


def _float_text(value: float) -> str:
    # 50000000.0 is how spreadsheets store 50.000.000: no spurious ".0".
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def cell_text(value: Any) -> str | float:
    """One cell as text (NaN when missing); see :func:`to_text` for the vectorised version.

    >>> cell_text(50000000.0), cell_text(True), cell_text(None)
    ('50000000', 'true', nan)
    """
    if value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value))):
        return np.nan
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return _float_text(float(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def to_text(column: pd.Series) -> pd.Series:
    """A column of any dtype as object text; numbers without a spurious ``.0``."""
    dtype = column.dtype
    present = column.notna().to_numpy()
    out = np.full(len(column), np.nan, dtype=object)
    if pd.api.types.is_bool_dtype(dtype):
        out[present] = np.where(column[present].to_numpy(dtype=bool), "true", "false")
    elif pd.api.types.is_integer_dtype(dtype):
        out[present] = column[present].to_numpy().astype(str)
    elif pd.api.types.is_float_dtype(dtype):
        values = column.to_numpy(dtype=np.float64, na_value=np.nan)
        whole = present & (np.floor(values) == values) & (np.abs(values) < 2**53)
        out[whole] = values[whole].astype(np.int64).astype(str)
        rest = present & ~whole
        out[rest] = values[rest].astype(str)  # shortest round-trip repr, e.g. "2.5"
    else:
        # Mixed objects (Excel cells): convert each distinct value once.
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        texts = np.array([*(cell_text(u) for u in uniques), np.nan], dtype=object)
        out = texts[codes]
    return pd.Series(out, index=column.index, dtype=object)


def clean_column(column: pd.Series) -> pd.Series:
    """Strip text; empty and whitespace-only cells become NaN."""
    if column.dtype != TEXT_DTYPE:
        column = column.astype(TEXT_DTYPE)
    if not column.notna().any():  # older pandas has no .str on an all-NaN object column
        return column
    stripped = column.str.strip()
    empty = (stripped == "").fillna(False).to_numpy(dtype=bool)
    # Masking copies the whole column even when nothing is empty, as is usual in big files.
    return stripped.mask(empty) if empty.any() else stripped


class Tabulator:
    """Grids of raw cells, piece after piece, into tables of one layout.

    The header is the first filled record unless the format gives it (Parquet's schema);
    whether a column without a header holds data is decided on the first piece with data.

    Parameters
    ----------
    path, noun : where the cells come from and what they are, for messages.
    notes : list
        Receives what the user should know (unnamed columns, skipped empty rows).
    header : list, optional
        The column names, when the format knows them; the header is then row 1.
    """

    def __init__(
        self, path: Path, noun: str, notes: list[Any], header: list[Any] | None = None
    ) -> None:
        self.path, self.noun, self.notes = path, noun, notes
        self.header = header
        self.header_row = 1
        self.names: list[str] | None = None
        self.keep: list[int] = []
        self.dropped: list[int] = []
        self.data_rows = 0
        self.blank_pending = 0  # empty rows since the last filled one: inner, or trailing
        self.blank_inner = 0

    def table(self, grid: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame | None:
        """The next piece as a table, or None when it holds no data row."""
        grid = pd.DataFrame({j: clean_column(grid.iloc[:, j]) for j in range(grid.shape[1])})
        filled = grid.notna().any(axis=1).to_numpy()
        if self.header is None:
            first = np.flatnonzero(filled)
            if not len(first):
                return None
            top = int(first[0])
            self.header_row = int(rows[top])
            self.header = grid.iloc[top].tolist()
            grid, rows, filled = grid.iloc[top + 1 :], rows[top + 1 :], filled[top + 1 :]
        where = np.flatnonzero(filled)
        if not len(where):
            self.blank_pending += len(filled)
            return None
        self.blank_inner += self.blank_pending + int((~filled[: where[-1]]).sum())
        self.blank_pending = len(filled) - 1 - int(where[-1])
        grid, rows = grid[filled], rows[filled]
        if self.names is None:
            self._name_columns(grid)
        for j in self.dropped:
            stray = grid.iloc[:, j].notna().to_numpy()
            if stray.any():
                raise SchemaError(
                    f"column {j + 1} has no header and was empty in the first "
                    f"{self.data_rows} rows, but has values from row {int(rows[stray][0])}; "
                    "give it a header",
                    source=str(self.path),
                )
        self.data_rows += len(grid)
        table = grid.iloc[:, self.keep].copy()
        table.columns = self.names
        table = table.reset_index(drop=True)
        table[ROW_COLUMN] = np.asarray(rows, dtype=np.int64)
        return table

    def _name_columns(self, grid: pd.DataFrame) -> None:
        names: list[str] = []
        has_data = grid.notna().any(axis=0).to_numpy()
        for j, name in enumerate(self.header or []):
            text = "" if pd.isna(name) else str(name).strip()
            if not text:
                if not has_data[j]:
                    # Trailing separators, formatted-but-empty spreadsheet columns.
                    self.dropped.append(j)
                    continue
                text = f"unnamed_{j + 1}"
                self.notes.append(f"column {j + 1} has no header; named it {text!r}")
            names.append(text)
            self.keep.append(j)
        if ROW_COLUMN in names:
            raise SchemaError(
                f"the column name {ROW_COLUMN!r} is reserved for row numbers; rename that column",
                source=str(self.path),
            )
        self.names = names

    def finish(self) -> None:
        """After the last piece: refuse a file without a table or without data rows."""
        if self.header is None:
            raise InputError(
                f"{self.path}: the {self.noun} has no table (only empty cells); "
                "expected a header row and at least one data row"
            )
        if not self.data_rows:
            raise SchemaError(
                f"the {self.noun} has a header (row {self.header_row}) but no data rows; "
                "expected at least one row of data below the header",
                source=str(self.path),
            )
        if self.blank_inner:
            # Blank rows between records are worth a note; trailing ones are padding.
            self.notes.append(f"skipped {self.blank_inner} empty row(s)")
