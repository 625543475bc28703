"""Reading a table file: one pipeline for every format, whole or in chunks.

:func:`read_table_chunks` finds the file's :class:`~.formats.Format`, lets it stream the file
as grids of raw cells and turns them into tables with one :class:`~.tabulate.Tabulator`;
:func:`read_table` is the same with one piece (the model is pandas' ``_read``: whole-file
reading is chunked reading done once).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pandas as pd

from ..exceptions import InputError, SchemaError, Text, did_you_mean
from ..validation import check_positive_int
from .formats import Format, ReadContext, cannot_read, format_for, noun_for, supported_suffixes
from .tabulate import Tabulator, header_names, nested_cells

__all__ = ["check_readable", "open_context", "read_table", "read_table_chunks"]


def check_readable(path: Path, noun: str | Text) -> None:
    """Refuse a folder, a missing file (with a close name if there is one), an empty file."""
    if path.is_dir():
        raise InputError(
            Text.format(
                "{path}: is a folder; expected the {noun} file ({suffixes})",
                "{path}: ini folder; yang diharapkan berkas {noun} ({suffixes})",
                path=path,
                noun=noun,
                suffixes=", ".join(supported_suffixes()),
            )
        )
    if not path.exists():
        hint = Text("", "")
        with suppress(OSError):
            if path.parent.is_dir():
                hint = did_you_mean(path.name, [p.name for p in path.parent.iterdir()])
        raise InputError(
            Text.format(
                "{path}: {noun} file not found{hint}",
                "{path}: berkas {noun} tidak ditemukan{hint}",
                path=path,
                noun=noun,
                hint=hint,
            )
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise cannot_read(path, noun, exc) from exc
    if size == 0:
        raise InputError(
            Text.format(
                "{path}: the {noun} file is empty (0 bytes); expected a header row and at "
                "least one data row",
                "{path}: berkas {noun} kosong (0 bita); yang diharapkan baris judul kolom dan "
                "sedikitnya satu baris data",
                path=path,
                noun=noun,
            )
        )


def _check_options(header_row: Any, sheet: Any) -> tuple[int | None, str | int | None]:
    header_row = check_positive_int(header_row, "header_row", allow_none=True)
    if sheet is not None and not isinstance(sheet, str):
        sheet = check_positive_int(sheet, "sheet (a name, or a number from 1)")
    return header_row, sheet


def open_context(
    source: str | os.PathLike[str],
    *,
    what: str,
    chunksize: int | None = None,
    header_row: int | None = None,
    sheet: str | int | None = None,
) -> tuple[Format, ReadContext]:
    """The format of ``source`` and the context its reader gets, after the checks every
    format shares (supported ending, file present and not empty)."""
    header_row, sheet = _check_options(header_row, sheet)
    path = Path(source).expanduser()
    noun = noun_for(what)
    fmt = format_for(path, noun=noun)
    check_readable(path, noun)
    context = ReadContext(
        path, noun, chunksize, header_row=header_row, sheet=sheet, known=header_names(what)
    )
    return fmt, context


def _tables(fmt: Format, context: ReadContext) -> Iterator[pd.DataFrame]:
    pieces = fmt.read(context)  # checks the file now, so that a broken one fails at once
    return _tabulated(pieces, context)


def _tabulated(pieces: Iterator[Any], context: ReadContext) -> Iterator[pd.DataFrame]:
    tabulator: Tabulator | None = None
    size = context.chunksize
    for grid in pieces:
        if tabulator is None:
            tabulator = Tabulator(context, header=grid.header)
        table = tabulator.table(grid.cells, grid.rows)
        if table is None:
            continue
        if size is None or len(table) <= size:
            yield table
        else:  # a format that reads whole (a sheet) still gives pieces of the size asked
            for start in range(0, len(table), size):
                yield table.iloc[start : start + size]
    if tabulator is None:
        tabulator = Tabulator(context)
    tabulator.finish()


def _frame_copy(frame: pd.DataFrame, header_row: Any, sheet: Any) -> pd.DataFrame:
    if header_row is not None or sheet is not None:
        raise ValueError("header_row and sheet are for files; a DataFrame has its columns")
    nested = nested_cells(frame, "index")
    if nested:
        raise SchemaError(nested)
    return frame.copy()


def read_table(
    source: str | os.PathLike[str] | pd.DataFrame,
    *,
    what: str = "directory",
    header_row: int | None = None,
    sheet: str | int | None = None,
) -> tuple[pd.DataFrame, list[Any]]:
    """Read a table file into raw text cells, with notes for the user.

    The format follows the extension (see :func:`~mitramatch.io.registered_formats`):
    ``.csv``/``.tsv``/``.tab``/``.txt`` (separator sniffed among ``,`` ``;`` tab ``|``;
    UTF-8 with or without BOM, else cp1252), ``.xlsx``/``.xlsm`` (the sheet that holds the
    table, cached values, merged cells filled down; needs ``openpyxl``) and
    ``.parquet``/``.pq`` (needs ``pyarrow``). Title rows above the header and totals or
    footnote rows below the records (``JUMLAH``, ``Sumber: ...``) are skipped, with notes.

    Parameters
    ----------
    source : str, path or DataFrame
        The file to read. A DataFrame is returned as a copy, unchanged.
    what : str, default "directory"
        What the table is: for messages ("the partner directory is empty") and to find the
        header below title rows by the column names of that kind of table.
    header_row : int, optional
        The header's row as the spreadsheet numbers it (from 1); rows above it are skipped.
        By default the header is the first of the first rows that names known columns (a
        note says so when title rows are above it), else the first filled row.
    sheet : str or int, optional
        A workbook's sheet, by name or number (from 1, hidden sheets counted). By default
        the visible sheet that holds the table; a note names the others.

    Returns
    -------
    table : DataFrame
        Text columns (:data:`TEXT_DTYPE`: ``str`` on pandas 3, ``object`` before; ``object``
        for a table of a thousand columns or more, kept as one block) holding stripped
        strings or NaN (identifiers such as ``08123`` stay text), fully empty rows dropped,
        plus an int64 column ``__row__`` with each record's spreadsheet row number (the
        header is row 1 unless rows stand above it).
    notes : list of Text
        What the user should know about how the file was read, e.g. the encoding used, in
        English and Indonesian (:class:`~mitramatch.exceptions.Text`).

    Raises
    ------
    InputError
        The file is missing, empty, not a table, or of an unsupported type; a sheet or a
        header row asked for is not there.
    SchemaError
        The file is a table but an unusable one: ragged rows, an unclosed quote, no data
        rows below the header, nested values (Parquet lists, DataFrame cells holding lists).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = pathlib.Path(folder.name) / "mitra.csv"
    >>> _ = path.write_text("id;nama\\n08123;LKP Maju\\n\\n077;BLK Palembang\\n")
    >>> table, notes = read_table(path)
    >>> table
          id           nama  __row__
    0  08123       LKP Maju        2
    1    077  BLK Palembang        4
    >>> [str(n) for n in notes]
    ["fields are separated by ';'", 'skipped 1 empty row(s)']
    >>> folder.cleanup()
    """
    if isinstance(source, pd.DataFrame):
        return _frame_copy(source, header_row, sheet), []
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"expected a file path or a DataFrame; got {type(source).__name__}")
    fmt, context = open_context(source, what=what, header_row=header_row, sheet=sheet)
    tables = list(_tables(fmt, context))
    table = tables[0] if len(tables) == 1 else pd.concat(tables, ignore_index=True)
    return table, context.notes


def read_table_chunks(
    source: str | os.PathLike[str],
    *,
    chunksize: int,
    what: str = "directory",
    header_row: int | None = None,
    sheet: str | int | None = None,
) -> tuple[Iterator[pd.DataFrame], list[Any]]:
    """Read a table file in pieces of at most ``chunksize`` records, as :func:`read_table` would.

    CSV/TSV text is streamed with the encoding and separator :func:`read_table` picks (the
    encoding is decided by one pass over the bytes, the separator from the first lines);
    Parquet is streamed in record batches; an Excel sheet (at most about a million rows) is
    read whole and then split.

    ``what``, ``header_row`` and ``sheet`` are as for :func:`read_table`.

    Returns
    -------
    chunks : iterator of DataFrame
        Each in :func:`read_table`'s raw shape, with ``__row__`` holding the record's row
        number in the whole file. Whether a column without a header holds data is decided on
        the first piece.
    notes : list of str
        Filled as the pieces are read: encoding and separator at once, skipped empty rows by
        the end.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = pathlib.Path(folder.name) / "mitra.csv"
    >>> _ = path.write_text("id;nama\\n01;A\\n02;B\\n\\n03;C\\n")
    >>> chunks, notes = read_table_chunks(path, chunksize=2)
    >>> [c["__row__"].tolist() for c in chunks]  # the header took a place in the first
    [[2], [3], [5]]
    >>> [n.id for n in notes]
    ["kolom-kolomnya dipisahkan dengan ';'", 'melewati 1 baris kosong']
    >>> folder.cleanup()
    """
    chunksize = check_positive_int(chunksize, "chunksize")
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"expected a file path; got {type(source).__name__}")
    fmt, context = open_context(
        source, what=what, chunksize=chunksize, header_row=header_row, sheet=sheet
    )
    return _tables(fmt, context), context.notes
