"""The registry of table formats: one :class:`Format` per kind of file.

A format says which file name endings it reads, how to stream a file as :class:`Grid` pieces of
raw cells (one piece when reading whole) and, optionally, how Dask reads it in partitions.
Everything else (header, empty rows, row numbers, messages) is shared, so adding an input format
is one :func:`register_format` call (the model is pandas' ``io/parsers/readers.py`` and
``io/excel/_base.py``).

>>> [f.name for f in registered_formats()]
['text', 'excel', 'parquet']
>>> format_for("mitra.TSV").name
'text'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import InputError, Text

__all__ = [
    "Format",
    "Grid",
    "ReadContext",
    "cannot_read",
    "format_for",
    "noun_for",
    "register_format",
    "registered_formats",
    "supported_suffixes",
    "unregister_format",
]


@dataclass
class ReadContext:
    """What a format's reader is given: the file, what it is, and where notes go.

    Attributes
    ----------
    path : Path
        The file.
    noun : str or Text
        What the table is, for messages ("partner directory").
    chunksize : int or None
        Records per piece; None reads the file as one piece.
    notes : list of Text
        Receives what the user should know about how the file was read.
    header_row : int or None
        The header's spreadsheet row, when asked for or found by the format; None: the
        header is found among the first rows (:func:`~.tabulate.locate_header`).
    sheet : str, int or None
        The sheet of a workbook to read (name, or number from 1); None: the one that holds
        the table.
    known : callable or None
        ``known(header) -> bool``: whether a header cell names a column of this kind of
        table (:func:`~.tabulate.register_header_names`), to find the header below titles.
    """

    path: Path
    noun: str | Text
    chunksize: int | None = None
    notes: list[Any] = field(default_factory=list)
    header_row: int | None = None
    sheet: str | int | None = None
    known: Callable[[str], bool] | None = None


@dataclass(frozen=True)
class Grid:
    """A piece of a file as raw cells.

    Attributes
    ----------
    cells : DataFrame
        Columns by position (0, 1, ...), any dtype; the header is among the rows unless given.
    rows : ndarray of int
        The spreadsheet row number of each record of ``cells``.
    header : list, optional
        The column names, when the format stores them apart from the rows (Parquet).
    """

    cells: pd.DataFrame
    rows: np.ndarray
    header: list[Any] | None = None


#: ``read(context) -> Iterator[Grid]``: checks the file eagerly (so a broken one fails at
#: once), then yields its pieces.
Reader = Callable[[ReadContext], Iterator[Grid]]


@dataclass(frozen=True)
class Format:
    """One kind of table file.

    Attributes
    ----------
    name : str
        A short name ("text", "excel", "parquet").
    suffixes : tuple of str
        The lower-case file name endings it reads, with the dot.
    read : callable
        ``read(context)`` checks the file and returns an iterator of :class:`Grid` pieces of
        at most ``context.chunksize`` records (one piece when it is None).
    partitions : callable, optional
        ``partitions(source, context)`` for Dask: ``(dask DataFrame of raw text cells named
        by the header, row number of its first record)``. None: the Dask backend cannot read
        the format.
    """

    name: str
    suffixes: tuple[str, ...]
    read: Reader
    partitions: Callable[[str, ReadContext], tuple[Any, int]] | None = None


_FORMATS: dict[str, Format] = {}

# What tables are called in messages, by the ``what`` of the reading functions.
_NOUNS = {
    "directory": Text("partner directory", "direktori mitra"),
    "organisation batch": Text("organisation batch", "daftar organisasi"),
    "judgement set": Text("judgement set", "kumpulan penilaian"),
}


def noun_for(what: str) -> Text:
    """What a table is called in messages (``"directory"`` is the partner directory).

    >>> noun_for("directory").id
    'direktori mitra'
    """
    return _NOUNS.get(what) or Text(what, what)


def register_format(fmt: Format, *, replace: bool = False) -> Format:
    """Make ``fmt`` read the files ending in its suffixes, wherever tables are read
    (directories, organisation batches, judgement sets).

    A suffix another format reads is refused, unless ``replace=True`` takes it over.
    """
    for suffix in fmt.suffixes:
        if suffix != suffix.lower() or not suffix.startswith("."):
            raise ValueError(f"suffixes must be lower case and start with '.'; got {suffix!r}")
    others = [f for f in _FORMATS.values() if f.name != fmt.name]
    for other in others:
        shared = [s for s in other.suffixes if s in fmt.suffixes]
        if shared and not replace:
            raise ValueError(f"{shared[0]!r} is already read by the {other.name!r} format")
        if shared:
            kept = tuple(s for s in other.suffixes if s not in shared)
            _FORMATS[other.name] = dataclasses.replace(other, suffixes=kept)
    _FORMATS[fmt.name] = fmt
    return fmt


def unregister_format(name: str) -> None:
    """Forget a format (its files are then refused as unsupported)."""
    _FORMATS.pop(name, None)


def registered_formats() -> tuple[Format, ...]:
    """The formats, in the order they were registered."""
    return tuple(_FORMATS.values())


def supported_suffixes() -> tuple[str, ...]:
    """Every file name ending some format reads."""
    return tuple(s for f in _FORMATS.values() for s in f.suffixes)


def cannot_read(path: Path, noun: str | Text, exc: OSError) -> InputError:
    """The error of a file the system would not let us read (permissions, a broken disk)."""
    return InputError(
        Text.format(
            "{path}: cannot read the {noun}: {why}",
            "{path}: tidak dapat membaca {noun}: {why}",
            path=path,
            noun=noun,
            why=exc.strerror or exc,
        )
    )


def format_for(path: str | Path, *, noun: str | Text | None = None) -> Format:
    """The format that reads ``path`` (by its ending), or :class:`InputError` naming those
    there are.

    >>> format_for("mitra.docx")
    Traceback (most recent call last):
    ...
    mitramatch.exceptions.InputError: mitra.docx: cannot read the partner directory from a '.docx' file; expected one of .csv, .tsv, .tab, .txt, .xlsx, .xlsm, .parquet, .pq
    """  # noqa: E501
    path = Path(path)
    noun = noun_for("directory") if noun is None else noun
    suffix = path.suffix.lower()
    for fmt in _FORMATS.values():
        if suffix in fmt.suffixes:
            return fmt
    if suffix:
        found = Text(f"a {suffix!r} file", f"berkas {suffix!r}")
    else:
        found = Text("a file without extension", "berkas tanpa ekstensi")
    if suffix == ".xls":
        found += Text(
            " (save an old .xls workbook as .xlsx or CSV)",
            " (simpan buku kerja .xls lama sebagai .xlsx atau CSV)",
        )
    raise InputError(
        Text.format(
            "{path}: cannot read the {noun} from {found}; expected one of {suffixes}",
            "{path}: tidak dapat membaca {noun} dari {found}; yang diharapkan salah satu dari "
            "{suffixes}",
            path=path,
            noun=noun,
            found=found,
            suffixes=", ".join(supported_suffixes()),
        )
    )
