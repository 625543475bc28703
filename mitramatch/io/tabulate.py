"""From raw grids of cells to tables: the header, blank and footer rows, row numbers.

Every format (:mod:`.formats`) streams its file as :class:`~.formats.Grid` pieces: cells by
position, with the row number a person sees in a spreadsheet. A :class:`Tabulator` turns those
pieces, in order, into tables of stripped text cells named by the header, dropping empty rows
and columns, totals and footnote rows, and adding ``__row__``. Whole-file reading is the same
work done on one piece.

The header is found the way a person finds it: the first row, among the first few, that names
known columns, below any title rows. What counts as a known column depends on the kind of
table, which this package does not know: the engine registers it with
:func:`register_header_names` (io never imports the engine).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import InputError, SchemaError, Text
from .formats import ReadContext

__all__ = [
    "HEADER_SEARCH_ROWS",
    "ROW_COLUMN",
    "TEXT_DTYPE",
    "WIDE",
    "Footers",
    "Tabulator",
    "cell_text",
    "clean_column",
    "clean_grid",
    "header_names",
    "header_note",
    "known_count",
    "locate_header",
    "nested_cells",
    "register_header_names",
    "tidy_text",
    "tidy_texts",
    "to_text",
]

#: Hidden column added by :func:`~mitramatch.io.read_table`: the spreadsheet row number of
#: each record.
ROW_COLUMN = "__row__"

#: The dtype of text cells from :func:`~mitramatch.io.read_table`: pandas' default for
#: strings, ``str`` (NaN for missing) since pandas 3, ``object`` before. Converting millions of
#: cells to Python objects would cost more than the parse itself.
TEXT_DTYPE = pd.Series([], dtype=str).dtype

#: How many filled rows from the top may hold titles above the header.
HEADER_SEARCH_ROWS = 30

# Characters that do not show but make two equal-looking names differ: zero-width spaces and
# joiners, direction marks and embeddings, word joiners, the BOM, soft hyphens.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_NO_BREAK_SPACES = re.compile("[\u00a0\u2007\u202f]")


def tidy_text(text: str) -> str:
    """A name as people mean it: NFC, invisible characters removed, no-break spaces as
    spaces, stripped.

    >>> tidy_text("\\u200bNama\\u00a0Lembaga\\u200e ") == "Nama Lembaga"
    True
    >>> tidy_text("Cafe\\u0301") == "Caf\\u00e9"
    True
    """
    text = _NO_BREAK_SPACES.sub(" ", _INVISIBLE.sub("", str(text)))
    return unicodedata.normalize("NFC", text).strip()


def tidy_texts(values: pd.Series) -> pd.Series:
    """:func:`tidy_text` on a text column (NaN kept); ASCII cells, nearly all of them in
    practice, are only stripped."""
    values = values.astype("string").str.strip()
    odd = ~values.str.isascii().fillna(True).to_numpy(dtype=bool)
    if odd.any():
        values = values.copy()
        values[odd] = [tidy_text(v) for v in values[odd]]
    return values


# -- which header cells name known columns ---------------------------------------------------
_HEADER_NAMES: dict[str, Callable[[str], bool]] = {}


def register_header_names(what: str, known: Callable[[str], bool]) -> None:
    """Tell io which header cells name a column of a kind of table (the ``what`` of
    :func:`~mitramatch.io.read_table`), so that it finds the header below title rows.

    >>> register_header_names("toy", lambda name: name.lower() in {"kode", "nama"})
    >>> header_names("toy")("Nama")
    True
    """
    _HEADER_NAMES[what] = known


def header_names(what: str) -> Callable[[str], bool] | None:
    """The recogniser registered for ``what``, if any."""
    return _HEADER_NAMES.get(what)


def known_count(cells: Sequence[Any], known: Callable[[str], bool]) -> int:
    """How many distinct cells of a row name known columns."""
    names = {tidy_text(c) for c in cells if isinstance(c, str) and c.strip()}
    return sum(1 for name in names if known(name))


def locate_header(records: Sequence[Sequence[Any]], known: Callable[[str], bool]) -> int | None:
    """The index of the header among ``records`` (the first filled rows, top down): the row
    naming the most known columns, the first of equals; None when no row names two.

    >>> known = lambda name: name in {"ID", "Nama", "Sektor"}
    >>> locate_header([["DAFTAR MITRA", None], ["ID", "Nama"], ["P1", "LKP Maju"]], known)
    1
    """
    best, best_count = None, 1
    for i, cells in enumerate(records[:HEADER_SEARCH_ROWS]):
        count = known_count(cells, known)
        if count > best_count:
            best, best_count = i, count
    return best


def header_note(row: int, above: Sequence[str]) -> Text:
    """The note saying where the header was found, below which titles."""
    titles = ", ".join(repr(t if len(t) <= 60 else t[:57] + "...") for t in above[:3])
    more = len(above) - 3
    return Text.format(
        "the header seems to be on row {row}, below {titles}{more_en}; if it is not, give the "
        "header row (--header-row, or header_row=)",
        "baris judul kolom tampaknya baris {row}, di bawah {titles}{more_id}; jika bukan, "
        "sebutkan baris judul kolomnya (--header-row, atau header_row=)",
        row=row, titles=titles, more_en=f" and {more} more" if more > 0 else "",
        more_id=f" dan {more} lainnya" if more > 0 else "",
    )  # fmt: skip


# -- cells ------------------------------------------------------------------------------------
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


#: From this many columns a grid is cleaned cell by cell and kept as one block of objects:
#: pandas keeps every ``str`` column in a block of its own, and thousands of blocks make every
#: later step slow (a header of 20,000 columns is a file people do send).
WIDE = 1000


def clean_grid(grid: pd.DataFrame) -> pd.DataFrame:
    """:func:`clean_column` on every column, positions as column names."""
    if grid.shape[1] < WIDE:
        return pd.DataFrame({j: clean_column(grid.iloc[:, j]) for j in range(grid.shape[1])})
    cells = grid.to_numpy(dtype=object, na_value=np.nan)
    out = np.full(cells.shape, np.nan, dtype=object)
    texts = np.frompyfunc(lambda v: isinstance(v, str), 1, 1)(cells).astype(bool)
    stripped = np.frompyfunc(str.strip, 1, 1)(cells[texts])
    keep = stripped != ""
    where = np.flatnonzero(texts.ravel())
    out.ravel()[where[keep]] = stripped[keep]
    return pd.DataFrame(out, index=grid.index, columns=range(grid.shape[1]), dtype=object)


# -- nested values -----------------------------------------------------------------------------
_NESTED = (list, tuple, dict, set, frozenset, np.ndarray)


def nested_cells(frame: pd.DataFrame, where: str = "index") -> list[Any]:
    """Problems for columns of ``frame`` whose cells hold lists, dicts or arrays (a table
    cell holds one text or number), naming the rows (positions for a DataFrame)."""
    from ..exceptions import Problem, rows_text

    problems = []
    for j in range(frame.shape[1]):
        column = frame.iloc[:, j]
        if column.dtype != object or pd.api.types.infer_dtype(column, skipna=True) not in (
            "mixed", "mixed-integer", "unknown-array", "empty",
        ):  # fmt: skip
            continue
        bad = np.fromiter((isinstance(v, _NESTED) for v in column), bool, len(column))
        if bad.any():
            name = frame.columns[j]
            problems.append(
                Problem.format(
                    Text("nested values", "nilai bertingkat"),
                    "column {name!r}: lists or dicts in the cells at {at}; expected one "
                    "text or number per cell",
                    "kolom {name!r}: sel berisi daftar atau kamus di {at}; yang "
                    "diharapkan satu teks atau angka per sel",
                    name=name,
                    at=rows_text(np.flatnonzero(bad), where),
                    column=str(name),
                )
            )
    return problems


# -- totals and footnotes ---------------------------------------------------------------------
# A row whose first filled cell starts like this may be a total or a footnote; the rules below
# decide. Checked on every row, so it is one vectorised match.
_MAYBE_FOOTER = r"(?i)(?:jumlah|total|sub|grand|sumber|keterangan|catatan|ket\b|source|note)"
_FOOTER_INITIALS = tuple("jJtTsSgGkKcCnN")
_TOTAL = re.compile(
    r"(?:jumlah|total|sub\s*-?\s*total|grand\s+total)(?:\s+[a-z]+){0,2}\s*:?", re.IGNORECASE
)
_FOOTNOTE = re.compile(
    r"(?:sumber|keterangan|catatan|ket|source|notes?)\s*(?:[:.\-\u2013].*)?",
    re.IGNORECASE | re.DOTALL,
)
_AMOUNT_LIKE = re.compile(
    r"(?:rp\.?|idr)?\s*[-+(]?\s*\d[\d.,\s]*\)?\s*(?:,-|%|rb|ribu|jt|juta|m|miliar|orang|unit)?",
    re.IGNORECASE,
)


def _footer_kind(values: list[str], after_footnote: bool) -> str | None:
    """``"total"``, ``"footnote"`` or None for a row's filled cells, left to right.

    A total names itself in its first cell and holds only amounts besides; a footnote is one
    text (a merged cell repeats it), "Sumber: ..." or "Keterangan: ..."; after a footnote,
    every one-text row continues it.
    """
    label, others = values[0], values[1:]
    if _TOTAL.fullmatch(label) and all(o == label or _AMOUNT_LIKE.fullmatch(o) for o in others):
        return "total"
    if all(o == label for o in others) and (after_footnote or _FOOTNOTE.fullmatch(label)):
        return "footnote"
    return None


class Footers:
    """Totals and footnote rows, found piece after piece (a footnote may go on in the next).

    Attributes
    ----------
    found : list of (int, str)
        Each one's row and first cell, for the note.
    """

    def __init__(self) -> None:
        self.found: list[tuple[int, str]] = []
        self.in_footnote = False

    def mask(self, grid: pd.DataFrame, rows: np.ndarray, filled: np.ndarray) -> np.ndarray:
        """Which rows of the piece (``filled`` ones only) are totals or footnotes."""
        footer = np.zeros(len(grid), dtype=bool)
        where = np.flatnonzero(filled)  # rows in order; a footnote goes on to the next of them
        if not len(where):
            return footer
        # Each row's first filled cell, by whole columns (most rows have it in the first).
        first = grid.iloc[:, 0]
        for j in range(1, grid.shape[1]):
            missing = first.isna().to_numpy()
            if not missing.any():
                break
            first = first.where(~missing, grid.iloc[:, j])
        # The first letter rules out nearly every row at a fraction of the regular expression's
        # cost, which matters on a million rows.
        maybe = first.str.startswith(_FOOTER_INITIALS).fillna(False).to_numpy(dtype=bool).copy()
        if maybe.any():
            match = first[maybe].str.match(_MAYBE_FOOTER).fillna(False).to_numpy(dtype=bool)
            maybe[np.flatnonzero(maybe)[~match]] = False
        maybe = np.flatnonzero(maybe[where])  # positions in ``where``
        n = len(where)
        at = 0 if self.in_footnote else (int(maybe[0]) if len(maybe) else n)
        while at < n:
            values = [v for v in grid.iloc[where[at]].tolist() if isinstance(v, str)]
            kind = _footer_kind(values, self.in_footnote)
            if kind is not None:
                footer[where[at]] = True
                self.found.append((int(rows[where[at]]), values[0]))
            self.in_footnote = kind == "footnote" or (self.in_footnote and kind is not None)
            if self.in_footnote:
                at += 1  # what follows a footnote may continue it
            else:
                later = maybe[maybe > at]
                at = int(later[0]) if len(later) else n
        return footer


class Tabulator:
    """Grids of raw cells, piece after piece, into tables of one layout.

    The header is the row ``context.header_row`` when given, else the first filled row
    that names known columns (``context.known``), else the first filled row; unless the
    format gives it (Parquet's schema). Whether a column without a header holds data is
    decided on the first piece with data.
    """

    def __init__(self, context: ReadContext, header: list[Any] | None = None) -> None:
        self.context = context
        self.path, self.noun, self.notes = context.path, context.noun, context.notes
        self.header = header
        self.header_row = 1
        self.names: list[str] | None = None
        self.keep: list[int] = []
        self.dropped: list[int] = []
        self.data_rows = 0
        self.blank_pending = 0  # empty rows since the last filled one: inner, or trailing
        self.blank_inner = 0
        self.footers = Footers()

    def table(self, grid: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame | None:
        """The next piece as a table, or None when it holds no data row."""
        grid = clean_grid(grid)
        filled = grid.notna().any(axis=1).to_numpy()
        if self.header is None:
            top = self._find_header(grid, rows, filled)
            if top is None:
                return None
            self.header_row = int(rows[top])
            self.header = grid.iloc[top].tolist()
            grid, rows, filled = grid.iloc[top + 1 :], rows[top + 1 :], filled[top + 1 :]
        # Totals and footnotes are no records: the empty rows around them are no inner ones.
        filled = filled & ~self.footers.mask(grid, rows, filled)
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
                    Text.format(
                        "column {j} has no header and was empty in the first {n} rows, but "
                        "has values from row {row}; give it a header",
                        "kolom {j} tidak berjudul dan kosong di {n} baris pertama, tetapi "
                        "berisi nilai mulai baris {row}; beri kolom itu judul",
                        j=j + 1,
                        n=self.data_rows,
                        row=int(rows[stray][0]),
                    ),
                    source=str(self.path),
                )
        self.data_rows += len(grid)
        table = grid.iloc[:, self.keep]
        table.columns = range(len(self.keep))  # names may repeat: set them on a fresh frame
        table = table.reset_index(drop=True)
        table = pd.concat(
            [table, pd.DataFrame({len(self.keep): np.asarray(rows, dtype=np.int64)})], axis=1
        )
        table.columns = [*self.names, ROW_COLUMN]  # type: ignore[misc]
        return table

    def _find_header(self, grid: pd.DataFrame, rows: np.ndarray, filled: np.ndarray) -> int | None:
        """The position of the header row in the first piece that has one."""
        asked = self.context.header_row
        if asked is not None:
            at = np.flatnonzero(rows == asked)
            if not len(at):
                last = int(rows[-1]) if len(rows) else 0
                raise InputError(
                    Text.format(
                        "{path}: there is no row {asked} to be the header; the {noun} ends at "
                        "row {last}",
                        "{path}: tidak ada baris {asked} untuk judul kolom; {noun} berakhir di "
                        "baris {last}",
                        path=self.path,
                        asked=asked,
                        noun=self.noun,
                        last=last,
                    )
                )
            if not filled[at[0]]:
                raise SchemaError(
                    Text.format(
                        "row {asked} is empty; expected the header there (the header row "
                        "that was asked for)",
                        "baris {asked} kosong; judul kolom seharusnya ada di sana (baris judul "
                        "kolom yang diminta)",
                        asked=asked,
                    ),
                    source=str(self.path),
                )
            return int(at[0])
        first = np.flatnonzero(filled)
        if not len(first):
            return None
        known = self.context.known
        if known is None:
            return int(first[0])
        candidates = first[:HEADER_SEARCH_ROWS]
        # A slice of the first rows, not a gather over a million-row grid.
        head = grid.iloc[: int(candidates[-1]) + 1].astype(object).to_numpy()
        records = head[candidates].tolist()
        found = locate_header(records, known)
        if found is None or found == 0:
            return int(first[0])
        above = [next(str(c) for c in r if isinstance(c, str)) for r in records[:found]]
        self.notes.append(header_note(int(rows[candidates[found]]), above))
        return int(candidates[found])

    def _name_columns(self, grid: pd.DataFrame) -> None:
        names: list[str] = []
        has_data = grid.notna().any(axis=0).to_numpy()
        for j, name in enumerate(self.header or []):
            text = "" if pd.isna(name) else tidy_text(name)
            if not text:
                if not has_data[j]:
                    # Trailing separators, formatted-but-empty spreadsheet columns.
                    self.dropped.append(j)
                    continue
                text = f"unnamed_{j + 1}"
                self.notes.append(
                    Text.format(
                        "column {j} has no header; named it {name!r}",
                        "kolom {j} tidak berjudul; diberi nama {name!r}",
                        j=j + 1,
                        name=text,
                    )
                )
            names.append(text)
            self.keep.append(j)
        if ROW_COLUMN in names:
            raise SchemaError(
                Text.format(
                    "the column name {name!r} is reserved for row numbers; rename that column",
                    "nama kolom {name!r} dipakai untuk nomor baris; ganti nama kolom itu",
                    name=ROW_COLUMN,
                ),
                source=str(self.path),
            )
        self.names = names

    def finish(self) -> None:
        """After the last piece: refuse a file without a table or without data rows."""
        if self.header is None:
            raise InputError(
                Text.format(
                    "{path}: the {noun} has no table (only empty cells); expected a header row "
                    "and at least one data row",
                    "{path}: {noun} tidak berisi tabel (hanya sel kosong); yang diharapkan "
                    "baris judul kolom dan sedikitnya satu baris data",
                    path=self.path,
                    noun=self.noun,
                )
            )
        if not self.data_rows:
            raise SchemaError(
                Text.format(
                    "the {noun} has a header (row {row}) but no data rows; expected at least "
                    "one row of data below the header",
                    "{noun} memiliki judul kolom (baris {row}) tetapi tidak ada baris data; "
                    "yang diharapkan sedikitnya satu baris data di bawah judul kolom",
                    noun=self.noun,
                    row=self.header_row,
                ),
                source=str(self.path),
            )
        if self.blank_inner:
            # Blank rows between records are worth a note; trailing ones are padding.
            self.notes.append(
                Text(
                    f"skipped {self.blank_inner} empty row(s)",
                    f"melewati {self.blank_inner} baris kosong",
                )
            )
        if self.footers.found:
            shown = [
                (row, repr(text if len(text) <= 50 else text[:47] + "..."))
                for row, text in self.footers.found[:5]
            ]
            more = len(self.footers.found) - 5
            self.notes.append(
                Text.format(
                    "skipped {n} row(s) of totals or notes, not data: {shown_en}{more_en}",
                    "melewati {n} baris jumlah atau catatan, bukan data: {shown_id}{more_id}",
                    n=len(self.footers.found),
                    shown_en=", ".join(f"row {row} {text}" for row, text in shown),
                    shown_id=", ".join(f"baris {row} {text}" for row, text in shown),
                    more_en=f" and {more} more" if more > 0 else "",
                    more_id=f" dan {more} lainnya" if more > 0 else "",
                )
            )
