"""CSV and TSV text: encodings, separators and what precedes the header.

One pass over the bytes decides the encoding (UTF-8 with or without BOM, UTF-16 with BOM,
else cp1252, else latin-1; mixed UTF-8 and cp1252 line by line) and refuses binary files; the
first lines give the separator (``,`` ``;`` tab ``|``) and the lines to skip (Excel's ``sep=``
line, leading blank lines). pandas' C parser then reads the file from there, whole or in
chunks, with the same options either way.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from ..exceptions import InputError, SchemaError
from .formats import Format, Grid, ReadContext

__all__ = ["TEXT_FORMAT", "TextLayout", "read_text", "sniff_text", "text_partitions"]

_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}

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
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"  # bytes cp1252 does not define
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)+")
_EXCEL_SEP_LINE = re.compile(r"\Asep=(.)[ \t]*\r?\n", re.IGNORECASE)
_SNIFF_CHARS = 65536
_SNIFF_LINES = 50
# Enough bytes for _SNIFF_CHARS characters in any encoding read here (UTF-8: at most 4 a char).
_HEAD_BYTES = 4 * _SNIFF_CHARS
_SCAN_BLOCK = 1 << 20

# Bytes of the control characters never found in a text table (tab, newlines and form feed
# excepted): C0 ones and DEL are single bytes in UTF-8, C1 ones (U+0080..U+009F) are 0xC2
# followed by 0x80..0x9F.
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _utf8_else_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes that are not UTF-8 as cp1252 (latin-1 if undefined)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    try:
        return chunk.decode("cp1252"), exc.end
    except UnicodeDecodeError:
        return chunk.decode("latin-1"), exc.end


_MIXED = "mitramatch.utf8_else_cp1252"
codecs.register_error(_MIXED, _utf8_else_cp1252)


def _count_controls(encoded: bytes) -> int:
    """Control characters in ``encoded = text.encode("utf-8")``, in C loops (a regex would
    scan a large file one character at a time)."""
    count = len(encoded) - len(encoded.translate(None, _C0_BYTES))
    if b"\xc2" in encoded:
        raw = np.frombuffer(encoded, dtype=np.uint8)
        lead = np.flatnonzero(raw[:-1] == 0xC2)
        follow = raw[lead + 1]
        count += int(((follow >= 0x80) & (follow <= 0x9F)).sum())
    return count


def _not_a_text_table(path: Path, noun: str, why: str) -> InputError:
    return InputError(
        f"{path}: does not look like a text table ({why}); expected the {noun} as CSV text, "
        "or save it from the spreadsheet as .xlsx or 'CSV UTF-8'"
    )


@dataclass(frozen=True)
class TextLayout:
    """How to parse a text table: decided once, used for whole, chunked and Dask reading.

    Attributes
    ----------
    encoding, errors : str
        For :func:`open` / :func:`pandas.read_csv` (``errors`` may be mitramatch's handler
        that reads non-UTF-8 bytes as cp1252).
    delimiter : str
    skip : int
        Lines before the header (Excel's ``sep=`` line, leading blank lines).
    """

    encoding: str
    errors: str
    delimiter: str
    skip: int

    def csv_options(self) -> dict[str, Any]:
        """:func:`pandas.read_csv` options that give :func:`~mitramatch.io.read_table`'s
        raw cells."""
        return {
            "sep": self.delimiter,
            "header": None,  # our own header handling keeps duplicate names for the schema
            "dtype": str,
            # Only empty cells are missing ("NA" may be somebody's initials).
            "na_values": [""],
            "keep_default_na": False,
            "skip_blank_lines": False,  # keeps record numbers equal to spreadsheet rows
            "quotechar": '"',
            "engine": "c",
            "encoding": self.encoding,
            "encoding_errors": self.errors,
        }


def _scan_encoding(handle: IO[bytes], path: Path, noun: str, notes: list[Any]) -> tuple[str, str]:
    """Refuse binary files and choose the encoding: one pass over the bytes for the usual
    UTF-8 file, more for the others."""
    utf8 = codecs.getincrementaldecoder("utf-8")()
    valid_utf8 = True
    chars = controls = 0
    handle.seek(0)
    while block := handle.read(_SCAN_BLOCK):
        if b"\x00" in block:
            raise _not_a_text_table(path, noun, "it contains NUL bytes, so it is binary")
        if valid_utf8:
            try:
                chars += len(utf8.decode(block))
                controls += _count_controls(block)
            except UnicodeDecodeError:
                valid_utf8 = False
    if valid_utf8:
        try:
            chars += len(utf8.decode(b"", final=True))
        except UnicodeDecodeError:
            valid_utf8 = False
    if valid_utf8:
        if chars and _starts_with_bom(handle):
            chars -= 1
        _check_controls(controls, chars, path, noun)
        return "utf-8-sig", "strict"
    multibyte, cp1252 = _not_utf8(handle)
    if multibyte:
        # Some lines UTF-8, some not: typically rows pasted together from two exports.
        encoding, errors = "utf-8-sig", _MIXED
        notes.append(
            "mixed encodings: read as UTF-8 where valid and cp1252 elsewhere; check accented names"
        )
    elif cp1252:
        encoding, errors = "cp1252", "strict"
        notes.append("read as cp1252 (not UTF-8)")
    else:
        encoding, errors = "latin-1", "strict"
        notes.append("read as latin-1 (neither UTF-8 nor cp1252)")
    chars, controls = _count_decoded(handle, encoding, errors)
    _check_controls(controls, chars, path, noun)
    return encoding, errors


def _not_utf8(handle: IO[bytes]) -> tuple[bool, bool]:
    """Of a file that is not UTF-8: whether some of it is (valid multi-byte sequences), and
    whether cp1252 can read all of it."""
    multibyte, cp1252 = False, True
    handle.seek(0)
    while block := handle.read(_SCAN_BLOCK):
        multibyte = multibyte or bool(_UTF8_SEQUENCE.search(block))
        cp1252 = cp1252 and len(block.translate(None, _CP1252_UNDEFINED)) == len(block)
    return multibyte, cp1252


def _starts_with_bom(handle: IO[bytes]) -> bool:
    handle.seek(0)
    return handle.read(3) == codecs.BOM_UTF8


def _count_decoded(handle: IO[bytes], encoding: str, errors: str) -> tuple[int, int]:
    """Characters and control characters of the file decoded as ``encoding``."""
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    chars = controls = 0
    first = True
    handle.seek(0)
    while True:
        block = handle.read(_SCAN_BLOCK)
        text = decoder.decode(block, final=not block)
        if first:
            text, first = text.lstrip("\ufeff"), False
        chars += len(text)
        controls += _count_controls(text.encode("utf-8"))
        if not block:
            return chars, controls


def _check_controls(controls: int, chars: int, path: Path, noun: str) -> None:
    if controls > max(2, chars // 100):
        raise _not_a_text_table(path, noun, f"{controls} control characters, so it is binary")


def sniff_delimiter(text: str, preferred: str, *, truncated: bool = False) -> str:
    """The candidate delimiter that splits the header most consistently with the rows below.

    >>> sniff_delimiter("id|nama|kota\\n1|LKP Maju, Jaya|OKU\\n", ",")
    '|'
    """
    head = text[:_SNIFF_CHARS]
    # Separators inside quoted values do not count; a quoted value may span lines.
    head = _QUOTED.sub('""', head)
    lines = [line for line in head.splitlines()[:_SNIFF_LINES] if line.strip()]
    if (truncated or len(text) > _SNIFF_CHARS) and len(lines) > 1:
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


def _preamble(
    text: str, path: Path, noun: str, notes: list[Any], *, truncated: bool
) -> tuple[str, int]:
    """The delimiter and the lines before the header (Excel's ``sep=;`` directive line and
    leading blank lines, which pandas cannot keep), counted to keep spreadsheet row numbers
    right."""
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
        delimiter = sniff_delimiter(text, preferred, truncated=truncated)
    if delimiter != ",":
        notes.append(f"fields are separated by {_DELIMITER_NAMES.get(delimiter, repr(delimiter))}")
    return delimiter, offset


def _head_text(handle: IO[bytes], encoding: str, errors: str) -> tuple[str, bool]:
    """The first characters of the file (at least until something other than blank lines),
    and whether the file goes on after them."""
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    handle.seek(0)
    text = ""
    while True:
        block = handle.read(_HEAD_BYTES)
        text += decoder.decode(block, final=not block)
        if not block:
            return text.lstrip("\ufeff"), False
        if len(text) >= _SNIFF_CHARS and not text.isspace():
            return text.lstrip("\ufeff"), True


def sniff_text(path: Path, noun: str, notes: list[Any]) -> TextLayout:
    """Decide how to parse a text table, or refuse it (binary, only blank lines).

    Notes what the user should know: a non-UTF-8 encoding, a separator other than ``,``.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                # Excel's "Unicode Text" export.
                encoding, errors = "utf-16", "strict"
                notes.append("read as UTF-16")
                try:
                    chars, controls = _count_decoded(handle, encoding, errors)
                except UnicodeDecodeError as exc:
                    raise _not_a_text_table(path, noun, "broken UTF-16") from exc
                _check_controls(controls, chars, path, noun)
            else:
                for magic, what in _MAGIC.items():
                    if head.startswith(magic):
                        raise _not_a_text_table(path, noun, f"it is {what}")
                encoding, errors = _scan_encoding(handle, path, noun, notes)
            text, truncated = _head_text(handle, encoding, errors)
    except OSError as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError(f"{path}: cannot read the {noun}: {exc.strerror}") from exc
    delimiter, skip = _preamble(text, path, noun, notes, truncated=truncated)
    return TextLayout(encoding, errors, delimiter, skip)


def parser_error(exc: Exception, path: Path, noun: str, delimiter: str) -> SchemaError:
    """pandas' parser error as a message a person can act on (line numbers from the top)."""
    message = str(exc)
    sep = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    ragged = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if ragged:
        expected, line, saw = (int(g) for g in ragged.groups())
        return SchemaError(
            f"line {line} has {saw} fields but the header has {expected} "
            f"(fields separated by {sep}); put values that contain {sep} in double quotes",
            source=str(path),
        )
    eof = re.search(r"EOF inside string starting at row (\d+)", message)
    if eof:
        line = int(eof.group(1)) + 1
        return SchemaError(
            f'a double quote (") opened on line {line} is never closed; '
            'close it, or write a quote inside a quoted value as ""',
            source=str(path),
        )
    detail = message.replace("Error tokenizing data. C error: ", "").strip()
    return SchemaError(f"cannot split the {noun} into fields ({detail})", source=str(path))


def read_text(context: ReadContext) -> Iterator[Grid]:
    """The text format's reader: the layout is decided at once, the records streamed."""
    path, noun = context.path, context.noun
    layout = sniff_text(path, noun, context.notes)
    options = layout.csv_options()
    try:
        parsed = pd.read_csv(path, skiprows=layout.skip, chunksize=context.chunksize, **options)
    except pd.errors.ParserError as exc:
        raise parser_error(exc, path, noun, layout.delimiter) from exc
    except pd.errors.EmptyDataError as exc:  # pragma: no cover - blank text is caught above
        raise InputError(f"{path}: the {noun} file has no table") from exc
    return _grids(parsed, layout, context)


def _grids(parsed: Any, layout: TextLayout, context: ReadContext) -> Iterator[Grid]:
    # pandas numbers records from 0 after the skipped lines.
    if isinstance(parsed, pd.DataFrame):
        yield Grid(parsed, parsed.index.to_numpy() + layout.skip + 1)
        return
    with parsed:
        try:
            for grid in parsed:
                yield Grid(grid, grid.index.to_numpy() + layout.skip + 1)
        except pd.errors.ParserError as exc:
            raise parser_error(exc, context.path, context.noun, layout.delimiter) from exc


def text_partitions(source: str, context: ReadContext) -> tuple[Any, int]:
    """Dask partitions of a CSV/TSV file (or glob, or URL), with :func:`read_table`'s options
    and raw cells. A local file's layout is decided as :func:`read_table` decides it; a remote
    one's from its first bytes."""
    import dask.dataframe as dd

    from .tabulate import ROW_COLUMN, Tabulator

    local = Path(source)
    if local.is_file():
        layout = sniff_text(local, context.noun, context.notes)
        head = pd.read_csv(local, skiprows=layout.skip, nrows=1000, **layout.csv_options())
    else:
        layout, head = _remote_layout(source, context)
    tabulator = Tabulator(Path(source), context.noun, context.notes)
    sample = tabulator.table(head, head.index.to_numpy() + layout.skip + 1)
    if sample is None:
        tabulator.finish()
    names = [c for c in sample.columns if c != ROW_COLUMN] if sample is not None else []
    options = layout.csv_options()
    options.pop("skip_blank_lines")
    frame = dd.read_csv(
        source,
        skiprows=tabulator.header_row,  # through the header: names come from it
        names=list(range(len(tabulator.header or []))),
        blocksize="64MB",
        **options,
    )
    frame = frame.map_partitions(
        partition_table, tabulator.keep, names, meta=pd.DataFrame(columns=names, dtype=object)
    )
    return frame, tabulator.header_row + 1


def partition_table(cells: pd.DataFrame, keep: list[int], names: list[str]) -> pd.DataFrame:
    """One Dask partition's raw cells as :func:`read_table` gives them (without ``__row__``:
    a partition does not know where it starts)."""
    from .tabulate import clean_column

    grid = pd.DataFrame({j: clean_column(cells.iloc[:, j]) for j in keep})
    grid.columns = names
    filled = grid.notna().any(axis=1).to_numpy()
    return grid[filled].reset_index(drop=True)


def _remote_layout(source: str, context: ReadContext) -> tuple[TextLayout, pd.DataFrame]:
    from io import BytesIO

    from ..compat import import_optional_dependency

    fsspec = import_optional_dependency("fsspec", purpose="reading remote files with Dask")
    with fsspec.open_files(source, "rb")[0] as handle:
        data = handle.read(_SCAN_BLOCK)
    local = BytesIO(data)
    path = Path(source.rstrip("/"))
    encoding, errors = _scan_encoding(local, path, context.noun, context.notes)
    text, truncated = _head_text(local, encoding, errors)
    delimiter, skip = _preamble(text, path, context.noun, context.notes, truncated=truncated)
    layout = TextLayout(encoding, errors, delimiter, skip)
    local.seek(0)
    head = pd.read_csv(local, skiprows=skip, nrows=1000, **layout.csv_options())
    return layout, head


TEXT_FORMAT = Format("text", (".csv", ".tsv", ".tab", ".txt"), read_text, text_partitions)
