"""Reading and writing tables, safely.

Reading turns whatever a partner directory arrived as (CSV in any of the encodings and
separators Indonesian spreadsheets produce, XLSX, Parquet) into one raw shape: every cell a
stripped string or missing, fully empty rows dropped, and a hidden ``__row__`` column with the
row number a person sees in a spreadsheet (header = row 1), so validation can name rows.
Interpreting the strings (amounts, flags, aliases) is for :mod:`mitramatch.parsing` and the
schema, once, after this.

Writing is atomic (a temporary file renamed over the target, so a crash never leaves half a
result) and, unless asked otherwise, neutralises spreadsheet formula injection.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import suppress
from decimal import Decimal
from io import BytesIO, TextIOWrapper
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from ..exceptions import InputError, SchemaError, did_you_mean

__all__ = [
    "ROW_COLUMN",
    "TEXT_DTYPE",
    "read_table",
    "read_table_chunks",
    "write_csv_stream",
    "write_table",
]

#: Hidden column added by :func:`read_table`: the spreadsheet row number of each record.
ROW_COLUMN = "__row__"

#: The dtype of text cells from :func:`read_table`: pandas' default for strings, ``str``
#: (NaN for missing) since pandas 3, ``object`` before. Converting millions of cells to
#: Python objects would cost more than the parse itself.
TEXT_DTYPE = pd.Series([], dtype=str).dtype

_READ_FORMATS = {
    ".csv": "text",
    ".tsv": "text",
    ".tab": "text",
    ".txt": "text",
    ".xlsx": "excel",
    ".xlsm": "excel",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_WRITE_FORMATS = (".csv", ".tsv", ".xlsx", ".parquet")
_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}

# OWASP CSV injection: a cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Magic numbers of binary formats that people save under a .csv name.
_MAGIC = {
    b"PK\x03\x04": "an Excel workbook (.xlsx) or another zip file",
    b"\xd0\xcf\x11\xe0": "an old Excel .xls workbook or another Office file",
    b"PAR1": "a Parquet file",
    b"%PDF": "a PDF document",
}

# A valid UTF-8 multi-byte sequence: its presence next to invalid bytes means mixed encodings.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Control characters never found in a text table (tab, newlines and form feed excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)+")
_EXCEL_SEP_LINE = re.compile(r"\Asep=(.)[ \t]*\r?\n", re.IGNORECASE)
_SNIFF_CHARS = 65536
_SNIFF_LINES = 50


def _utf8_else_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes that are not UTF-8 as cp1252 (latin-1 if undefined)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    try:
        return chunk.decode("cp1252"), exc.end
    except UnicodeDecodeError:
        return chunk.decode("latin-1"), exc.end


codecs.register_error("mitramatch.utf8_else_cp1252", _utf8_else_cp1252)


def _noun(what: str) -> str:
    return "partner directory" if what == "directory" else what


def _supported() -> str:
    return ", ".join(_READ_FORMATS)


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def read_table(
    source: str | os.PathLike[str] | pd.DataFrame, *, what: str = "directory"
) -> tuple[pd.DataFrame, list[str]]:
    """Read a table file into raw text cells, with notes for the user.

    The format follows the extension: ``.csv``/``.tsv``/``.tab``/``.txt`` (separator sniffed
    among ``,`` ``;`` tab ``|``; UTF-8 with or without BOM, else cp1252), ``.xlsx``/``.xlsm``
    (first sheet, cached values; needs ``openpyxl``) and ``.parquet``/``.pq`` (needs
    ``pyarrow``).

    Parameters
    ----------
    source : str, path or DataFrame
        The file to read. A DataFrame is returned as a copy, unchanged.
    what : str, default "directory"
        What the table is, for messages ("the partner directory is empty").

    Returns
    -------
    table : DataFrame
        Text columns (:data:`TEXT_DTYPE`: ``str`` on pandas 3, ``object`` before) holding
        stripped strings or NaN (identifiers such as ``08123`` stay text), fully empty rows
        dropped, plus an int64 column ``__row__`` with each record's spreadsheet row number
        (the header is row 1).
    notes : list of str
        What the user should know about how the file was read, e.g. the encoding used.

    Raises
    ------
    InputError
        The file is missing, empty, not a table, or of an unsupported type.
    SchemaError
        The file is a table but an unusable one: ragged rows, an unclosed quote, or no data
        rows below the header.

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
    >>> notes
    ["fields are separated by ';'", 'skipped 1 empty row(s)']
    >>> folder.cleanup()
    """
    if isinstance(source, pd.DataFrame):
        return source.copy(), []
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"expected a file path or a DataFrame; got {type(source).__name__}")
    path = Path(source).expanduser()
    noun = _noun(what)
    suffix = path.suffix.lower()
    kind = _READ_FORMATS.get(suffix)
    if kind is None:
        found = f"a {suffix!r} file" if suffix else "a file without extension"
        hint = " (save an old .xls workbook as .xlsx or CSV)" if suffix == ".xls" else ""
        raise InputError(
            f"{path}: cannot read the {noun} from {found}{hint}; expected one of {_supported()}"
        )
    _check_readable(path, noun)
    notes: list[str] = []
    if kind == "text":
        grid, rows = _read_text(path, noun, notes)
        return _tabulate(grid, rows, path, noun, notes), notes
    if kind == "excel":
        grid, rows = _read_excel(path, noun, notes)
        return _tabulate(grid, rows, path, noun, notes), notes
    header, body = _read_parquet(path, noun)
    return _tabulate(body, np.arange(2, len(body) + 2), path, noun, notes, header=header), notes


def _check_readable(path: Path, noun: str) -> None:
    if path.is_dir():
        raise InputError(f"{path}: is a folder; expected the {noun} file ({_supported()})")
    if not path.exists():
        hint = ""
        with suppress(OSError):
            if path.parent.is_dir():
                hint = did_you_mean(path.name, [p.name for p in path.parent.iterdir()])
        raise InputError(f"{path}: {noun} file not found{hint}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read the {noun}: {exc.strerror}") from exc
    if size == 0:
        raise InputError(
            f"{path}: the {noun} file is empty (0 bytes); "
            "expected a header row and at least one data row"
        )


def _not_a_text_table(path: Path, noun: str, why: str) -> InputError:
    return InputError(
        f"{path}: does not look like a text table ({why}); expected the {noun} as CSV text, "
        "or save it from the spreadsheet as .xlsx or 'CSV UTF-8'"
    )


def _decode(data: bytes, path: Path, noun: str, notes: list[str]) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252, else latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode Text" export.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _not_a_text_table(path, noun, "broken UTF-16") from exc
        notes.append("read as UTF-16")
        return text.lstrip("\ufeff")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise _not_a_text_table(path, noun, f"it is {what}")
    if b"\x00" in data:
        raise _not_a_text_table(path, noun, "it contains NUL bytes, so it is binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        # Some lines UTF-8, some not: typically rows pasted together from two exports.
        notes.append(
            "mixed encodings: read as UTF-8 where valid and cp1252 elsewhere; check accented names"
        )
        return data.decode("utf-8", errors="mitramatch.utf8_else_cp1252").lstrip("\ufeff")
    try:
        text = data.decode("cp1252")
        notes.append("read as cp1252 (not UTF-8)")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        notes.append("read as latin-1 (neither UTF-8 nor cp1252)")
    return text


def _sniff_delimiter(text: str, preferred: str) -> str:
    """The candidate delimiter that splits the header most consistently with the rows below."""
    head = text[:_SNIFF_CHARS]
    # Separators inside quoted values do not count; a quoted value may span lines.
    head = _QUOTED.sub('""', head)
    lines = [line for line in head.splitlines()[:_SNIFF_LINES] if line.strip()]
    if len(text) > _SNIFF_CHARS and len(lines) > 1:
        lines.pop()  # cut mid-line
    if not lines:
        return preferred
    candidates = (preferred, *(d for d in _DELIMITERS if d != preferred))
    best, best_key = preferred, (-1.0, 0)
    for delimiter in candidates:
        counts = [line.count(delimiter) for line in lines]
        if counts[0] == 0:
            continue
        rest = counts[1:]
        consistency = sum(c == counts[0] for c in rest) / len(rest) if rest else 1.0
        key = (consistency, counts[0])
        if key > best_key:  # strict: ties go to the earlier, preferred candidate
            best, best_key = delimiter, key
    return best


def _preamble(text: str, path: Path, noun: str, notes: list[str]) -> tuple[str, str, int]:
    """Skip what precedes the header and find the delimiter.

    Returns ``(text from the header on, delimiter, lines skipped)``: pandas cannot keep an
    Excel ``sep=;`` directive line or leading blank lines, so they are dropped here and
    counted, to keep spreadsheet row numbers right.
    """
    offset = 0
    delimiter = None
    sep_line = _EXCEL_SEP_LINE.match(text)
    if sep_line:  # Excel's "sep=;" directive line
        delimiter, text, offset = sep_line.group(1), text[sep_line.end() :], 1
    blank = _LEADING_BLANK_LINES.match(text)
    if blank:
        offset += blank.group().count("\n")
        text = text[blank.end() :]
    if not text or text.isspace():  # what strip() would empty, without copying the text
        raise InputError(
            f"{path}: the {noun} file has only blank lines; "
            "expected a header row and at least one data row"
        )
    if delimiter is None:
        preferred = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
        delimiter = _sniff_delimiter(text, preferred)
    if delimiter != ",":
        notes.append(f"fields are separated by {_DELIMITER_NAMES.get(delimiter, repr(delimiter))}")
    return text, delimiter, offset


def _read_text(path: Path, noun: str, notes: list[str]) -> tuple[pd.DataFrame, np.ndarray]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the {noun}: {exc.strerror}") from exc
    text = _decode(data, path, noun, notes)
    del data  # a big file is held three times at most: text, its UTF-8 bytes, the table
    controls = _count_controls(text.encode("utf-8"))
    if controls > max(2, len(text) // 100):
        raise _not_a_text_table(path, noun, f"{controls} control characters, so it is binary")

    text, delimiter, offset = _preamble(text, path, noun, notes)

    try:
        # UTF-8 bytes, not StringIO: StringIO keeps 4 bytes a character, and the C parser
        # reads bytes anyway.
        encoded = BytesIO(text.encode("utf-8"))
        del text
        grid = pd.read_csv(
            encoded,
            encoding="utf-8",
            sep=delimiter,
            header=None,  # our own header handling keeps duplicate names visible to schema
            dtype=str,
            # Only empty cells are missing ("NA" may be somebody's initials); marking them
            # here spares _clean a masking copy of every column.
            na_values=[""],
            keep_default_na=False,
            skip_blank_lines=False,  # keeps record numbers equal to spreadsheet rows
            quotechar='"',
            engine="c",
        )
    except pd.errors.ParserError as exc:
        raise _parser_error(exc, path, noun, delimiter, offset) from exc
    except pd.errors.EmptyDataError as exc:  # pragma: no cover - blank text is caught above
        raise InputError(f"{path}: the {noun} file has no table") from exc
    return grid, np.arange(len(grid)) + offset + 1


# Bytes of the control characters _CONTROL matches: C0 ones and DEL are single bytes in UTF-8,
# C1 ones (U+0080..U+009F) are 0xC2 followed by 0x80..0x9F.
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _count_controls(encoded: bytes) -> int:
    """``len(_CONTROL.findall(text))`` for ``encoded = text.encode("utf-8")``, in C loops
    (the regex scans a large file one character at a time)."""
    count = len(encoded) - len(encoded.translate(None, _C0_BYTES))
    if b"\xc2" in encoded:
        raw = np.frombuffer(encoded, dtype=np.uint8)
        lead = np.flatnonzero(raw[:-1] == 0xC2)
        follow = raw[lead + 1]
        count += int(((follow >= 0x80) & (follow <= 0x9F)).sum())
    return count


def _parser_error(
    exc: Exception, path: Path, noun: str, delimiter: str, offset: int
) -> SchemaError:
    message = str(exc)
    sep = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    ragged = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if ragged:
        expected, line, saw = (int(g) for g in ragged.groups())
        return SchemaError(
            f"line {line + offset} has {saw} fields but the header has {expected} "
            f"(fields separated by {sep}); put values that contain {sep} in double quotes",
            source=str(path),
        )
    eof = re.search(r"EOF inside string starting at row (\d+)", message)
    if eof:
        line = int(eof.group(1)) + 1 + offset
        return SchemaError(
            f'a double quote (") opened on line {line} is never closed; '
            'close it, or write a quote inside a quoted value as ""',
            source=str(path),
        )
    detail = message.replace("Error tokenizing data. C error: ", "").strip()
    return SchemaError(f"cannot split the {noun} into fields ({detail})", source=str(path))


def _read_excel(path: Path, noun: str, notes: list[str]) -> tuple[pd.DataFrame, np.ndarray]:
    openpyxl = _import_openpyxl(path)
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
    try:
        # data_only: the values Excel cached, not formulas; read_only: streams big sheets.
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
            notes.append(
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
    # Without declared dimensions rows come back ragged; pad them to one width.
    width = max(len(row) for row in cells)
    cells = [[*row, *([None] * (width - len(row)))] for row in cells]
    grid = pd.DataFrame(cells, dtype=object)
    grid = pd.DataFrame({j: _to_text(grid[j]) for j in grid.columns}, index=grid.index)
    return grid, np.arange(1, len(grid) + 1)


def _import_pyarrow_parquet(path: Path) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            f"{path}: reading Parquet needs pyarrow: pip install mitramatch[parquet]"
        ) from exc
    return pq


def _read_parquet(path: Path, noun: str) -> tuple[list[Any], pd.DataFrame]:
    pq = _import_pyarrow_parquet(path)
    try:
        frame = pq.read_table(path).to_pandas()
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a bad file
        raise InputError(
            f"{path}: cannot read the {noun} as Parquet ({type(exc).__name__}: {exc}); "
            "expected a .parquet file"
        ) from exc
    header = [_cell_text(name) for name in frame.columns]
    body = pd.DataFrame(
        {j: _to_text(frame.iloc[:, j]) for j in range(frame.shape[1])}, index=range(len(frame))
    )
    return header, body


def _import_openpyxl(path: Path) -> Any:
    try:
        import openpyxl
    except ImportError as exc:
        raise InputError(
            f"{path}: Excel files need openpyxl; install it with: pip install mitramatch[excel]"
        ) from exc
    return openpyxl


def _float_text(value: float) -> str:
    # 50000000.0 is how spreadsheets store 50.000.000: no spurious ".0".
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def _cell_text(value: Any) -> str | float:
    """One cell as text (NaN when missing); see :func:`_to_text` for the vectorised version."""
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


def _to_text(column: pd.Series) -> pd.Series:
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
        texts = np.array([*(_cell_text(u) for u in uniques), np.nan], dtype=object)
        out = texts[codes]
    return pd.Series(out, index=column.index, dtype=object)


def _clean(column: pd.Series) -> pd.Series:
    """Strip text; empty and whitespace-only cells become NaN."""
    if column.dtype != TEXT_DTYPE:
        column = column.astype(TEXT_DTYPE)
    if not column.notna().any():  # older pandas has no .str on an all-NaN object column
        return column
    stripped = column.str.strip()
    empty = (stripped == "").fillna(False).to_numpy(dtype=bool)
    # Masking copies the whole column even when nothing is empty, as is usual in big files.
    return stripped.mask(empty) if empty.any() else stripped


def _tabulate(
    grid: pd.DataFrame,
    rows: np.ndarray,
    path: Path,
    noun: str,
    notes: list[str],
    *,
    header: list[Any] | None = None,
) -> pd.DataFrame:
    """Split off the header, drop empty rows and columns, add ``__row__``."""
    grid = pd.DataFrame({j: _clean(grid.iloc[:, j]) for j in range(grid.shape[1])})
    filled = grid.notna().any(axis=1).to_numpy()
    if header is None:
        first = np.flatnonzero(filled)
        if len(first) == 0:
            raise InputError(
                f"{path}: the {noun} has no table (only empty cells); "
                "expected a header row and at least one data row"
            )
        top = int(first[0])
        header_row = int(rows[top])
        header = grid.iloc[top].tolist()
        grid, rows, filled = grid.iloc[top + 1 :], rows[top + 1 :], filled[top + 1 :]
    else:
        header_row = 1
    if not filled.any():
        raise SchemaError(
            f"the {noun} has a header (row {header_row}) but no data rows; "
            "expected at least one row of data below the header",
            source=str(path),
        )
    # Blank rows between records are worth a note; trailing ones are spreadsheet padding.
    inner_blank = int((~filled[: np.flatnonzero(filled)[-1]]).sum())
    if inner_blank:
        notes.append(f"skipped {inner_blank} empty row(s)")
    grid, rows = grid[filled], rows[filled]

    names: list[str] = []
    keep: list[int] = []
    has_data = grid.notna().any(axis=0).to_numpy()
    for j, name in enumerate(header):
        text = "" if pd.isna(name) else str(name).strip()
        if not text:
            if not has_data[j]:
                continue  # trailing separators / formatted-but-empty spreadsheet columns
            text = f"unnamed_{j + 1}"
            notes.append(f"column {j + 1} has no header; named it {text!r}")
        names.append(text)
        keep.append(j)
    if ROW_COLUMN in names:
        raise SchemaError(
            f"the column name {ROW_COLUMN!r} is reserved for row numbers; rename that column",
            source=str(path),
        )
    table = grid.iloc[:, keep].copy()
    table.columns = names
    table = table.reset_index(drop=True)
    table[ROW_COLUMN] = np.asarray(rows, dtype=np.int64)
    return table


# --------------------------------------------------------------------------------------------
# Reading in chunks (files larger than memory)
# --------------------------------------------------------------------------------------------

_STREAM_FORMATS = ("text", "parquet")
_SCAN_BLOCK = 1 << 20
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def read_table_chunks(
    source: str | os.PathLike[str], *, chunksize: int, what: str = "directory"
) -> tuple[Iterator[pd.DataFrame], list[str]]:
    """Read a table file in pieces of at most ``chunksize`` records, as :func:`read_table` would.

    CSV/TSV text is streamed with the encoding and separator :func:`read_table` would pick
    (the encoding is decided by one pass over the bytes, the separator from the first lines);
    Parquet is streamed in record batches; an Excel sheet (at most about a million rows) is
    read whole and then split.

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
    >>> [c[ROW_COLUMN].tolist() for c in chunks]  # the header took a place in the first
    [[2], [3], [5]]
    >>> notes
    ["fields are separated by ';'", 'skipped 1 empty row(s)']
    >>> folder.cleanup()
    """
    if isinstance(chunksize, bool) or not isinstance(chunksize, (int, np.integer)) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive integer; got {chunksize!r}")
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"expected a file path; got {type(source).__name__}")
    path = Path(source).expanduser()
    kind = _READ_FORMATS.get(path.suffix.lower())
    noun = _noun(what)
    notes: list[str] = []
    if kind not in _STREAM_FORMATS:
        table, notes = read_table(path, what=what)  # refuses unknown formats with a message
        return (table.iloc[i : i + chunksize] for i in range(0, len(table), chunksize)), notes
    _check_readable(path, noun)
    if kind == "parquet":
        return _parquet_chunks(path, noun, chunksize, notes), notes
    encoding, errors, delimiter, offset = _sniff_text_file(path, noun, notes)
    reader = pd.read_csv(  # same options as _read_text
        path,
        sep=delimiter,
        header=None,
        dtype=str,
        na_filter=False,
        keep_default_na=False,
        skip_blank_lines=False,
        quotechar='"',
        engine="c",
        encoding=encoding,
        encoding_errors=errors,
        skiprows=offset,
        chunksize=chunksize,
    )
    return _text_chunks(reader, path, noun, notes, delimiter, offset), notes


def _sniff_text_file(path: Path, noun: str, notes: list[str]) -> tuple[str, str, str, int]:
    """Encoding, decoding error handler, separator and lines before the header, as
    :func:`_decode` and :func:`_read_text` decide them, without holding the file."""
    utf8 = codecs.getincrementaldecoder("utf-8")()
    valid_utf8, multibyte, cp1252 = True, False, True
    with path.open("rb") as handle:
        head = handle.read(4 * _SNIFF_CHARS)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding, errors = "utf-16", "strict"
            notes.append("read as UTF-16")
        else:
            for magic, kind in _MAGIC.items():
                if head.startswith(magic):
                    raise _not_a_text_table(path, noun, f"it is {kind}")
            handle.seek(0)
            while block := handle.read(_SCAN_BLOCK):
                if b"\x00" in block:
                    raise _not_a_text_table(path, noun, "it contains NUL bytes, so it is binary")
                if valid_utf8:
                    try:
                        utf8.decode(block)
                    except UnicodeDecodeError:
                        valid_utf8 = False
                multibyte = multibyte or bool(_UTF8_SEQUENCE.search(block))
                cp1252 = cp1252 and not _CP1252_UNDEFINED.search(block)
            if valid_utf8:
                try:
                    utf8.decode(b"", final=True)
                except UnicodeDecodeError:
                    valid_utf8 = False
            if valid_utf8:
                encoding, errors = "utf-8-sig", "strict"
            elif multibyte:
                encoding, errors = "utf-8-sig", "mitramatch.utf8_else_cp1252"
                notes.append(
                    "mixed encodings: read as UTF-8 where valid and cp1252 elsewhere; "
                    "check accented names"
                )
            elif cp1252:
                encoding, errors = "cp1252", "strict"
                notes.append("read as cp1252 (not UTF-8)")
            else:
                encoding, errors = "latin-1", "strict"
                notes.append("read as latin-1 (neither UTF-8 nor cp1252)")
    text = codecs.getincrementaldecoder(encoding)(errors).decode(head)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise _not_a_text_table(path, noun, f"{controls} control characters, so it is binary")
    _, delimiter, offset = _preamble(text, path, noun, notes)
    return encoding, errors, delimiter, offset


class _ChunkTabulator:
    """:func:`_tabulate` spread over pieces: the header comes from the first filled record."""

    def __init__(self, path: Path, noun: str, notes: list[str], header: list[Any] | None = None):
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
        grid = pd.DataFrame({j: _clean(grid.iloc[:, j]) for j in range(grid.shape[1])})
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
            self.notes.append(f"skipped {self.blank_inner} empty row(s)")


def _text_chunks(
    reader: Any, path: Path, noun: str, notes: list[str], delimiter: str, offset: int
) -> Iterator[pd.DataFrame]:
    tabulator = _ChunkTabulator(path, noun, notes)
    with reader:
        try:
            for grid in reader:
                # pandas numbers records from 0 after the skipped lines.
                table = tabulator.table(grid, grid.index.to_numpy() + offset + 1)
                if table is not None:
                    yield table
        except pd.errors.ParserError as exc:
            # With skiprows, pandas already counts lines from the top of the file.
            raise _parser_error(exc, path, noun, delimiter, 0) from exc
    tabulator.finish()


def _parquet_chunks(
    path: Path, noun: str, chunksize: int, notes: list[str]
) -> Iterator[pd.DataFrame]:
    pq = _import_pyarrow_parquet(path)
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a bad file
        raise InputError(
            f"{path}: cannot read the {noun} as Parquet ({type(exc).__name__}: {exc}); "
            "expected a .parquet file"
        ) from exc
    tabulator = _ChunkTabulator(
        path, noun, notes, header=[_cell_text(n) for n in handle.schema_arrow.names]
    )
    start = 2
    with handle:
        for batch in handle.iter_batches(batch_size=chunksize):
            frame = batch.to_pandas()
            body = pd.DataFrame(
                {j: _to_text(frame.iloc[:, j]) for j in range(frame.shape[1])},
                index=range(len(frame)),
            )
            table = tabulator.table(body, np.arange(start, start + len(frame)))
            start += len(frame)
            if table is not None:
                yield table
    tabulator.finish()


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _neutralise_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_TRIGGERS) else text


def _neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix ``'`` to text cells and headers a spreadsheet would run as a formula.

    Only text is touched: numbers (and numbers held in object columns) are left alone.
    """
    out = df.copy(deep=False)
    out.columns = range(df.shape[1])
    for j in range(df.shape[1]):
        column = df.iloc[:, j]
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype(object)
        elif not (
            pd.api.types.is_object_dtype(column.dtype) or pd.api.types.is_string_dtype(column.dtype)
        ):
            continue
        try:
            risky = column.str.startswith(_FORMULA_TRIGGERS, na=False).astype(bool)
        except AttributeError:  # an object column holding no text at all
            continue
        if risky.any():
            out[j] = column.mask(risky, "'" + column.where(risky, ""))
    out.columns = [_neutralise_text(c) if isinstance(c, str) else c for c in df.columns]
    return out


def _write_csv(df: pd.DataFrame, stream: IO[str], *, sep: str, excel: bool) -> None:
    if excel:
        stream.write("\ufeff")  # Excel reads UTF-8 only when a BOM says so
    df.to_csv(
        stream,
        index=False,
        sep=sep,
        decimal="," if excel else ".",
        lineterminator="\r\n" if excel else "\n",
    )


def write_csv_stream(
    df: pd.DataFrame, stream: IO[str], *, raw: bool = False, excel: bool = False
) -> None:
    """Write a table as CSV to an open text stream, e.g. ``sys.stdout``.

    Same options and formula neutralisation as :func:`write_table`.

    Examples
    --------
    >>> import sys
    >>> write_csv_stream(pd.DataFrame({"name": ["=1+1", "LKP Maju"], "score": [0.5, 1.0]}),
    ...                  sys.stdout)
    name,score
    '=1+1,0.5
    LKP Maju,1.0
    """
    _write_csv(df if raw else _neutralise(df), stream, sep=";" if excel else ",", excel=excel)


def write_table(
    df: pd.DataFrame, path: str | os.PathLike[str], *, raw: bool = False, excel: bool = False
) -> None:
    """Write a table to ``.csv``, ``.tsv``, ``.xlsx`` or ``.parquet``, atomically.

    The table goes to a temporary file beside ``path`` that is flushed, synced and then
    renamed over ``path``, so an existing file is never left half-written and a failure
    leaves no partial file. The index is not written.

    Unless ``raw=True``, CSV, TSV and XLSX output is protected against spreadsheet formula
    injection (OWASP "CSV injection"): a text cell or header that starts with ``=``, ``+``,
    ``-``, ``@``, tab or carriage return gets a leading apostrophe ``'`` so spreadsheets show
    it as text instead of running it. Numbers are never changed. Parquet is written as is:
    it is read by programs, not spreadsheets.

    Parameters
    ----------
    df : DataFrame
        The table.
    path : str or path
        Where to write; the extension chooses the format.
    raw : bool, default False
        Write text cells exactly as they are (no apostrophes). XLSX text is still stored as
        text, never as a formula.
    excel : bool, default False
        CSV/TSV only: UTF-8 with a BOM, ``;`` between CSV fields and ``,`` as the decimal
        separator, as Excel with an Indonesian locale expects.

    Raises
    ------
    InputError
        Unsupported extension, missing folder, or the file cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.TemporaryDirectory()
    >>> target = pathlib.Path(folder.name) / "ranking.csv"
    >>> write_table(pd.DataFrame({"name": ["@SUM(A1)"], "score": [0.75]}), target, excel=True)
    >>> target.read_bytes()
    b"\\xef\\xbb\\xbfname;score\\r\\n'@SUM(A1);0,75\\r\\n"
    >>> folder.cleanup()
    """
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix not in _WRITE_FORMATS:
        found = f"a {suffix!r} file" if suffix else "a file without extension"
        raise InputError(
            f"{path}: cannot write a table to {found}; expected one of {', '.join(_WRITE_FORMATS)}"
        )
    if excel and suffix not in (".csv", ".tsv"):
        raise InputError(
            f"{path}: the Excel-friendly CSV option applies to .csv and .tsv output only; "
            f"an {suffix} file needs no such option"
        )
    if not path.parent.is_dir():
        raise InputError(f"{path}: cannot write: the folder {str(path.parent)!r} does not exist")
    if path.is_dir():
        raise InputError(f"{path}: cannot write: it is a folder; expected a file name")

    writer: Callable[[pd.DataFrame, IO[bytes]], None]
    if suffix in (".csv", ".tsv"):
        sep = "\t" if suffix == ".tsv" else (";" if excel else ",")

        def writer(table: pd.DataFrame, handle: IO[bytes]) -> None:
            text = TextIOWrapper(handle, encoding="utf-8", newline="")
            _write_csv(table, text, sep=sep, excel=excel)
            text.flush()
            text.detach()  # the temporary file is closed by its owner

    elif suffix == ".xlsx":
        openpyxl = _import_openpyxl(path)

        def writer(table: pd.DataFrame, handle: IO[bytes]) -> None:
            _write_xlsx(openpyxl, table, handle)

    else:
        writer = _parquet_writer(path)

    table = df if raw or suffix == ".parquet" else _neutralise(df)
    _atomic_write(path, lambda handle: writer(table, handle))


def _parquet_writer(path: Path) -> Callable[[pd.DataFrame, IO[bytes]], None]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            f"{path}: writing Parquet needs pyarrow: pip install mitramatch[parquet]"
        ) from exc

    def writer(table: pd.DataFrame, handle: IO[bytes]) -> None:
        pq.write_table(pa.Table.from_pandas(table, preserve_index=False), handle)

    return writer


def _write_xlsx(openpyxl: Any, table: pd.DataFrame, handle: IO[bytes]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")

    def cell(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # openpyxl refuses control characters
        if value.startswith("="):
            # Text stays text even with raw=True: never let data become a live formula.
            text_cell = WriteOnlyCell(sheet, value=value)
            text_cell.data_type = "s"
            return text_cell
        return value

    sheet.append([cell(str(name)) for name in table.columns])
    values = table.astype(object).where(table.notna(), None).to_numpy()
    for record in values:  # openpyxl writes cell by cell; there is no vectorised path
        sheet.append([cell(value) for value in record])
    book.save(handle)


def _new_file_mode(path: Path) -> int:
    """Permissions for the result: the old file's, else what ``open()`` would give."""
    with suppress(OSError):
        return stat.S_IMODE(path.stat().st_mode)
    # Linux reports the umask without changing it; elsewhere set-and-restore is the only way.
    with suppress(OSError, ValueError, StopIteration):
        status = Path("/proc/self/status").read_text().splitlines()
        return 0o666 & ~int(
            next(line for line in status if line.startswith("Umask:")).split()[1], 8
        )
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    try:
        handle = tempfile.NamedTemporaryFile(  # closed below, then renamed
            mode="wb", delete=False, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, _new_file_mode(path))
        os.replace(handle.name, path)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(handle.name)
        if isinstance(exc, InputError):
            raise
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        with suppress(OSError):
            os.unlink(handle.name)
        raise
    # Make the rename itself durable; not possible on every platform, and not essential.
    with suppress(OSError, AttributeError):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
