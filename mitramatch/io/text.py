"""CSV and TSV text: encodings, separators and what precedes the header.

One pass over the bytes decides the encoding (UTF-8 with or without BOM, UTF-16 with BOM,
else cp1252, else latin-1; mixed UTF-8 and cp1252 line by line) and refuses binary files; the
first lines give the separator (``,`` ``;`` tab ``|``) and the lines before the header (Excel's
``sep=`` line, blank lines, title rows). pandas' C parser then reads the file from the header
on, whole, in chunks or in Dask partitions, with the same options.

A title row above the header would make pandas expect as many fields as the title has, so the
header is found here, from the first lines split as CSV, not after parsing.

Cells merged over several rows in the workbook a CSV was saved from (a Kab/Kota over its
partners) arrive as a value in the first row and empty cells below. Nothing is filled in here,
unlike in a workbook, where the merge is recorded: in a CSV such blanks cannot be told from
cells that are really empty, and a guess would give partners a regency (or a sector) that is
not theirs. Missing is the honest reading; the proximity criterion treats it as unknown.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from ..compat import import_optional_dependency
from ..exceptions import InputError, SchemaError, Text
from .formats import Format, Grid, ReadContext, cannot_read
from .tabulate import (
    HEADER_SEARCH_ROWS,
    WIDE,
    Footers,
    Tabulator,
    clean_column,
    header_note,
    known_count,
    locate_header,
)

__all__ = [
    "TEXT_FORMAT",
    "TextLayout",
    "partition_table",
    "read_text",
    "sniff_delimiter",
    "sniff_text",
    "text_partitions",
]

_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}

# Magic numbers of binary formats that people save under a .csv name.
_MAGIC = {
    b"PK\x03\x04": Text(
        "an Excel workbook (.xlsx) or another zip file", "buku kerja Excel (.xlsx) atau zip lain"
    ),
    b"\xd0\xcf\x11\xe0": Text(
        "an old Excel .xls workbook or another Office file",
        "buku kerja Excel .xls lama atau berkas Office lain",
    ),
    b"PAR1": Text("a Parquet file", "berkas Parquet"),
    b"%PDF": Text("a PDF document", "dokumen PDF"),
}

# A valid UTF-8 multi-byte sequence: its presence next to invalid bytes means mixed encodings.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"  # bytes cp1252 does not define
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')
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


def _not_a_text_table(path: Path, noun: str | Text, why: Text) -> InputError:
    return InputError(
        Text.format(
            "{path}: does not look like a text table ({why}); expected the {noun} as CSV "
            "text, or save it from the spreadsheet as .xlsx or 'CSV UTF-8'",
            "{path}: tidak tampak seperti tabel teks ({why}); yang diharapkan {noun} berupa "
            "teks CSV, atau simpan dari spreadsheet sebagai .xlsx atau 'CSV UTF-8'",
            path=path,
            why=why,
            noun=noun,
        )
    )


_NUL = Text("it contains NUL bytes, so it is binary", "berisi bita NUL, jadi berkas biner")


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
        Lines before the header (Excel's ``sep=`` line, blank lines, title rows): the
        header is on line ``skip + 1``.
    width : int
        Fields in the header line (0 when unknown).
    """

    encoding: str
    errors: str
    delimiter: str
    skip: int
    width: int = 0

    def csv_options(self) -> dict[str, Any]:
        """:func:`pandas.read_csv` options that give :func:`~mitramatch.io.read_table`'s
        raw cells, from the header line on."""
        return {
            "sep": self.delimiter,
            "header": None,  # our own header handling keeps duplicate names for the schema
            # A wide table as one block of objects (see tabulate.WIDE), else pandas' strings.
            "dtype": object if self.width >= WIDE else str,
            # Only empty cells are missing ("NA" may be somebody's initials).
            "na_values": [""],
            "keep_default_na": False,
            "skip_blank_lines": False,  # keeps record numbers equal to spreadsheet rows
            "quotechar": '"',
            "engine": "c",
            "encoding": self.encoding,
            "encoding_errors": self.errors,
            "skiprows": self.skip,
        }


def _scan_encoding(
    handle: IO[bytes], path: Path, noun: str | Text, notes: list[Any]
) -> tuple[str, str]:
    """Refuse binary files and choose the encoding: one pass over the bytes for the usual
    UTF-8 file, more for the others."""
    utf8 = codecs.getincrementaldecoder("utf-8")()
    valid_utf8 = True
    chars = controls = 0
    handle.seek(0)
    while block := handle.read(_SCAN_BLOCK):
        if b"\x00" in block:
            raise _not_a_text_table(path, noun, _NUL)
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
            Text(
                "mixed encodings: read as UTF-8 where valid and cp1252 elsewhere; check "
                "accented names",
                "pengodean campuran: dibaca sebagai UTF-8 bila sah dan cp1252 selebihnya; "
                "periksa nama yang beraksen",
            )
        )
    elif cp1252:
        encoding, errors = "cp1252", "strict"
        notes.append(Text("read as cp1252 (not UTF-8)", "dibaca sebagai cp1252 (bukan UTF-8)"))
    else:
        encoding, errors = "latin-1", "strict"
        notes.append(
            Text(
                "read as latin-1 (neither UTF-8 nor cp1252)",
                "dibaca sebagai latin-1 (bukan UTF-8 maupun cp1252)",
            )
        )
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


def _check_controls(controls: int, chars: int, path: Path, noun: str | Text) -> None:
    if controls > max(2, chars // 100):
        why = Text(
            f"{controls} control characters, so it is binary",
            f"{controls} karakter kendali, jadi berkas biner",
        )
        raise _not_a_text_table(path, noun, why)


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


def _records(text: str, delimiter: str, truncated: bool) -> list[tuple[int, list[str]]]:
    """The first records of ``text`` split as CSV, each with the line it starts on (from 0).

    Blank lines are records too (empty), as pandas keeps them, so lines and rows agree.
    """
    stream = io.StringIO(text, newline=None)  # \r, \n and \r\n end lines, as for pandas
    reader = csv.reader(stream, delimiter=delimiter, quotechar='"', strict=False)
    records: list[tuple[int, list[str]]] = []
    line = 0
    filled = 0
    try:
        for cells in reader:
            records.append((line, cells))
            line = reader.line_num
            filled += any(c.strip() for c in cells)
            if filled > HEADER_SEARCH_ROWS:
                return records
    except csv.Error:  # a field beyond the csv module's limit: the lines so far must do
        return records
    if truncated and records:
        records.pop()  # cut mid-record
    return records


def _header_line(
    text: str,
    delimiter: str | None,
    preferred: str,
    known: Callable[[str], bool] | None,
    truncated: bool,
) -> tuple[str, int, list[str]] | None:
    """(delimiter, line of the header, title texts above it) for the header that names the
    most known columns; None when no row of any candidate delimiter names two."""
    if known is None:
        return None
    candidates = (
        (delimiter,) if delimiter else (preferred, *(d for d in _DELIMITERS if d != preferred))
    )
    best: tuple[int, str, int, list[str]] | None = None
    for candidate in candidates:
        filled = [(line, cells) for line, cells in _records(text, candidate, truncated)
                  if any(c.strip() for c in cells)]  # fmt: skip
        found = locate_header([cells for _, cells in filled], known)
        if found is None:
            continue
        count = known_count(filled[found][1], known)
        if best is None or count > best[0]:
            titles = [next(c.strip() for c in cells if c.strip()) for _, cells in filled[:found]]
            best = (count, candidate, filled[found][0], titles)
    return None if best is None else best[1:]


def _layout(
    text: str,
    path: Path,
    context: ReadContext,
    encoding: str,
    errors: str,
    *,
    truncated: bool,
) -> TextLayout:
    """The delimiter and the lines before the header, from the first characters of the file.

    Excel's ``sep=;`` directive line, blank lines and title rows are skipped (pandas cannot
    keep them) and counted, to keep spreadsheet row numbers right.
    """
    noun, notes = context.noun, context.notes
    head = text
    offset = 0
    delimiter = None
    sep_line = _EXCEL_SEP_LINE.match(text)
    if sep_line:  # Excel's "sep=;" directive line
        delimiter, text, offset = sep_line.group(1), text[sep_line.end() :], 1
    if not text or text.isspace():  # what strip() would empty, without copying the text
        raise InputError(
            Text.format(
                "{path}: the {noun} file has only blank lines; expected a header row and at "
                "least one data row",
                "{path}: berkas {noun} hanya berisi baris kosong; yang diharapkan baris judul "
                "kolom dan sedikitnya satu baris data",
                path=path,
                noun=noun,
            )
        )
    preferred = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    if context.header_row is not None:
        skip = max(context.header_row - 1 - offset, 0)
        body = "".join(text.splitlines(keepends=True)[skip:])
        delimiter = delimiter or sniff_delimiter(body, preferred, truncated=truncated)
        offset += skip
    else:
        found = _header_line(text, delimiter, preferred, context.known, truncated)
        if found is not None:
            delimiter, line, titles = found
            if titles:
                notes.append(header_note(offset + line + 1, titles))
            offset += line
        else:
            blank = re.match(r"(?:[ \t]*\r?\n)+", text)
            if blank:
                offset += blank.group().count("\n")
                text = text[blank.end() :]
            delimiter = delimiter or sniff_delimiter(text, preferred, truncated=truncated)
    if delimiter != ",":
        name = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
        notes.append(
            Text(f"fields are separated by {name}", f"kolom-kolomnya dipisahkan dengan {name}")
        )
    return TextLayout(encoding, errors, delimiter, offset, _width(head, delimiter, offset))


def _width(text: str, delimiter: str, line: int) -> int:
    """Fields of the header, the first filled record from ``line`` (0-based) of ``text``."""
    for start, cells in _records(text, delimiter, False):
        if start >= line and any(c.strip() for c in cells):
            return len(cells)
    return 0


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


def _sniff(handle: IO[bytes], path: Path, context: ReadContext) -> TextLayout:
    noun, notes = context.noun, context.notes
    head = handle.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode Text" export.
        encoding, errors = "utf-16", "strict"
        notes.append(Text("read as UTF-16", "dibaca sebagai UTF-16"))
        try:
            chars, controls = _count_decoded(handle, encoding, errors)
        except UnicodeDecodeError as exc:
            broken = Text("broken UTF-16", "UTF-16 yang rusak")
            raise _not_a_text_table(path, noun, broken) from exc
        _check_controls(controls, chars, path, noun)
    else:
        for magic, what in _MAGIC.items():
            if head.startswith(magic):
                raise _not_a_text_table(
                    path, noun, Text.format("it is {w}", "berkas ini {w}", w=what)
                )
        encoding, errors = _scan_encoding(handle, path, noun, notes)
    text, truncated = _head_text(handle, encoding, errors)
    return _layout(text, path, context, encoding, errors, truncated=truncated)


def sniff_text(context: ReadContext) -> TextLayout:
    """Decide how to parse a text table, or refuse it (binary, only blank lines).

    Notes what the user should know: a non-UTF-8 encoding, a separator other than ``,``,
    title rows above the header.
    """
    path = context.path
    try:
        with path.open("rb") as handle:
            return _sniff(handle, path, context)
    except OSError as exc:
        if isinstance(exc, InputError):
            raise
        raise cannot_read(path, context.noun, exc) from exc


def parser_error(exc: Exception, path: Path, noun: str | Text, delimiter: str) -> SchemaError:
    """pandas' parser error as a message a person can act on (line numbers from the top)."""
    message = str(exc)
    sep = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    ragged = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if ragged:
        expected, line, saw = (int(g) for g in ragged.groups())
        return SchemaError(
            Text.format(
                "line {line} has {saw} fields but the header has {expected} (fields separated "
                "by {sep}); put values that contain {sep} in double quotes",
                "baris {line} berisi {saw} kolom padahal judul kolomnya {expected} (kolom "
                "dipisahkan dengan {sep}); apit nilai yang mengandung {sep} dengan tanda petik "
                "dua",
                line=line,
                saw=saw,
                expected=expected,
                sep=sep,
            ),
            source=str(path),
        )
    eof = re.search(r"EOF inside string starting at row (\d+)", message)
    if eof:
        line = int(eof.group(1)) + 1
        return SchemaError(
            Text.format(
                'a double quote (") opened on line {line} is never closed; close it, or write '
                'a quote inside a quoted value as ""',
                'tanda petik dua (") yang dibuka di baris {line} tidak pernah ditutup; tutuplah, '
                'atau tulis tanda petik di dalam nilai berpetik sebagai ""',
                line=line,
            ),
            source=str(path),
        )
    detail = message.replace("Error tokenizing data. C error: ", "").strip()
    return SchemaError(
        Text.format(
            "cannot split the {noun} into fields ({detail})",
            "tidak dapat memecah {noun} menjadi kolom ({detail})",
            noun=noun,
            detail=detail,
        ),
        source=str(path),
    )


def read_text(context: ReadContext) -> Iterator[Grid]:
    """The text format's reader: the layout is decided at once, the records streamed from
    the header on."""
    path, noun = context.path, context.noun
    layout = sniff_text(context)
    try:
        parsed = pd.read_csv(path, chunksize=context.chunksize, **layout.csv_options())
    except pd.errors.ParserError as exc:
        raise parser_error(exc, path, noun, layout.delimiter) from exc
    except pd.errors.EmptyDataError as exc:  # only a header row asked for beyond the end
        raise InputError(
            Text.format(
                "{path}: there is no row {row} to be the header; the {noun} ends before it",
                "{path}: tidak ada baris {row} untuk judul kolom; {noun} berakhir sebelumnya",
                path=path,
                row=context.header_row,
                noun=noun,
            )
        ) from exc
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
    one's from its first megabyte."""
    dd = import_optional_dependency("dask.dataframe", purpose="reading partitions with Dask")
    local = Path(source)
    if local.is_file():
        context.path = local
        layout = sniff_text(context)
        head = pd.read_csv(local, nrows=1000, **layout.csv_options())
    else:
        layout, head = _remote_layout(source, context)
    # The header and which unnamed columns to keep come from the first rows, as for chunks.
    tabulator = Tabulator(context)
    sample = tabulator.table(head, head.index.to_numpy() + layout.skip + 1)
    if sample is None:
        tabulator.finish()  # says what is wrong: no table, or no data rows
    names = list(tabulator.names or [])
    options = layout.csv_options()
    options.pop("skip_blank_lines")  # Dask counts partition lengths without blank lines
    options["skiprows"] = tabulator.header_row  # through the header: names come from it
    frame = dd.read_csv(
        source, names=list(range(len(tabulator.header or []))), blocksize="64MB", **options
    )
    meta = pd.DataFrame({n: pd.Series(dtype=object) for n in names})
    meta.columns = names
    frame = frame.map_partitions(partition_table, tabulator.keep, names, meta=meta)
    return frame, tabulator.header_row + 1


def partition_table(cells: pd.DataFrame, keep: list[int], names: list[str]) -> pd.DataFrame:
    """One Dask partition's raw cells as :func:`read_table` gives them (without ``__row__``:
    a partition does not know where it starts)."""
    grid = pd.DataFrame({i: clean_column(cells.iloc[:, j]) for i, j in enumerate(keep)})
    filled = grid.notna().any(axis=1).to_numpy()
    filled = filled & ~Footers().mask(grid, np.arange(len(grid)), filled)
    grid.columns = names
    return grid[filled].reset_index(drop=True)


def _remote_layout(source: str, context: ReadContext) -> tuple[TextLayout, pd.DataFrame]:
    fsspec = import_optional_dependency("fsspec", purpose="reading remote files with Dask")
    with fsspec.open_files(source, "rb")[0] as handle:
        data = handle.read(_SCAN_BLOCK)
    local = io.BytesIO(data)
    context.path = Path(source.rstrip("/"))
    layout = _sniff(local, context.path, context)
    local.seek(0)
    head = pd.read_csv(local, nrows=1000, **layout.csv_options())
    return layout, head


TEXT_FORMAT = Format("text", (".csv", ".tsv", ".tab", ".txt"), read_text, text_partitions)
