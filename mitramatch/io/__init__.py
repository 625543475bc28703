"""Reading and writing tables, safely.

Reading turns whatever a partner directory arrived as (CSV in any of the encodings and
separators Indonesian spreadsheets produce, XLSX, Parquet) into one raw shape: every cell a
stripped string or missing, fully empty rows dropped, and a hidden ``__row__`` column with the
row number a person sees in a spreadsheet (header = row 1), so validation can name rows.
Interpreting the strings (amounts, flags, aliases) is for :mod:`mitramatch.engine.parsing` and
the schema, once, after this.

The modules follow the data: :mod:`.formats` (the registry: one :class:`Format` per kind of
file), :mod:`.text` (CSV/TSV: encodings, separators, preamble), :mod:`.excel`,
:mod:`.parquet`, :mod:`.tabulate` (header, empty rows, row numbers), :mod:`.read` (the one
pipeline, whole or in chunks), :mod:`.documents` (TOML/JSON profiles) and :mod:`.write`
(atomic writes, formula neutralisation, rounding for people, XLSX reports).
"""

from __future__ import annotations

from . import excel, parquet, text
from .documents import (
    DocumentFormat,
    read_document,
    register_document_format,
    registered_document_formats,
)
from .formats import (
    Format,
    Grid,
    ReadContext,
    format_for,
    noun_for,
    register_format,
    registered_formats,
    supported_suffixes,
    unregister_format,
)
from .read import read_table, read_table_chunks
from .tabulate import ROW_COLUMN, TEXT_DTYPE, header_names, register_header_names
from .write import DECIMALS, Report, write_atomically, write_csv_stream, write_table

# In this order in messages ("expected one of .csv, .tsv, ...").
for _fmt in (text.TEXT_FORMAT, excel.EXCEL_FORMAT, parquet.PARQUET_FORMAT):
    register_format(_fmt)
del _fmt

__all__ = [
    "DECIMALS",
    "ROW_COLUMN",
    "TEXT_DTYPE",
    "DocumentFormat",
    "Format",
    "Grid",
    "ReadContext",
    "Report",
    "format_for",
    "header_names",
    "noun_for",
    "read_document",
    "read_table",
    "read_table_chunks",
    "register_document_format",
    "register_format",
    "register_header_names",
    "registered_document_formats",
    "registered_formats",
    "supported_suffixes",
    "unregister_format",
    "write_atomically",
    "write_csv_stream",
    "write_table",
]
