"""Writing tables: atomically, safe to open in a spreadsheet, and ready to hand on.

Writing is atomic: the table goes to a temporary file beside the target, named
``.NAME.PID.XXXXXXXX.tmp`` (the writing process's id in it), which is flushed, synced and
renamed over the target, so a failure never leaves half a result and an old file survives
whole. A temporary file left by a run that was killed outright (``SIGKILL``, a power cut) is
removed by the next write of the same file, once its process is gone.

CSV and TSV are safe to open in a spreadsheet: every cell holding a line break (CR or LF) is
quoted, so no record is ever split, and (unless ``raw``) a text cell or header starting with
``=``, ``+``, ``-``, ``@``, tab or CR gets a leading ``'`` (OWASP "CSV injection"). XLSX text is
written as typed text cells, never as formulas, without changing the text. Scores and fits are
shown to :data:`DECIMALS` decimals in CSV, TSV and XLSX (full precision in Parquet and in
DataFrames): :func:`shown_rounded` is the one home of that rule.
"""

from __future__ import annotations

import datetime
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from io import TextIOWrapper
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from ..compat import import_optional_dependency
from ..exceptions import InputError, Note, Text, render
from .excel import column_letters

__all__ = [
    "DECIMALS",
    "WRITE_SUFFIXES",
    "XLSX_TEXT_LIMIT",
    "Report",
    "is_rounded_column",
    "neutralise_formulas",
    "remove_stale_temporaries",
    "shown_rounded",
    "temporary_pattern",
    "write_atomically",
    "write_csv_stream",
    "write_table",
]

#: The file name endings :func:`write_table` writes.
WRITE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".parquet")

#: Decimals of scores and fits in CSV, TSV, XLSX and standard output (Parquet and DataFrames
#: keep full precision).
DECIMALS = 3

#: The most characters an XLSX cell holds; longer text is cut, with a note.
XLSX_TEXT_LIMIT = 32_767
_XLSX_MAX_ROWS, _XLSX_MAX_COLUMNS = 1_048_576, 16_384

# OWASP CSV injection: a cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Columns shown rounded: the score and its parts, fits, shares, weights, similarities.
_ROUNDED = re.compile(r"^(score|fit)(_.+)?$|(^|_)(share|weight|similarity)$")

# Amount columns whose unit is the row's ``amount_unit`` (Rupiah get a Rupiah format in XLSX).
_AMOUNT_COLUMNS = frozenset(
    {"amount", "amount_asked", "requested", "granted", "allocate_granted", "demand", "allocated"}
)
_UNIT_COLUMN = "amount_unit"
_RUPIAH_UNITS = frozenset({"rupiah", "Rp", "rp"})


def is_rounded_column(name: object) -> bool:
    """Whether a column is shown to :data:`DECIMALS` decimals in CSV/TSV/XLSX.

    >>> [is_rounded_column(c) for c in ("score", "score_need_fit", "fit_dana", "share", "rank")]
    [True, True, True, True, False]
    """
    return isinstance(name, str) and bool(_ROUNDED.search(name))


def shown_rounded(df: pd.DataFrame, decimals: int | None = DECIMALS) -> pd.DataFrame:
    """The table as CSV, TSV and XLSX show it: scores and fits to ``decimals`` decimals.

    Only float columns named like scores (:func:`is_rounded_column`) are rounded; the
    caller's frame is not changed. ``decimals=None`` keeps full precision.

    >>> shown_rounded(pd.DataFrame({"score": [0.123456789], "amount": [0.123456789]}))
       score    amount
    0  0.123  0.123457
    """
    if decimals is None:
        return df
    rounded = [
        j
        for j, name in enumerate(df.columns)
        if is_rounded_column(name) and pd.api.types.is_float_dtype(df.dtypes.iloc[j])
    ]
    if not rounded:
        return df
    out = df.copy(deep=False)
    for j in rounded:
        out.isetitem(j, df.iloc[:, j].round(decimals))
    return out


def _neutralise_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_TRIGGERS) else text


def _is_text_dtype(dtype: Any) -> bool:
    return (
        isinstance(dtype, pd.CategoricalDtype)
        or pd.api.types.is_object_dtype(dtype)
        or pd.api.types.is_string_dtype(dtype)
    )


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix ``'`` to text cells and headers a spreadsheet would run as a formula.

    Only text is touched: numbers (and numbers held in object columns) are left alone; the
    caller's frame is not changed. The text columns are looked at together, as one block,
    so a table of thousands of columns costs one pass, not one per column.

    >>> neutralise_formulas(pd.DataFrame({"name": ["=1+1", "LKP"], "score": [-1, 2]}))
        name  score
    0  '=1+1     -1
    1    LKP      2
    """
    header = [_neutralise_text(c) if isinstance(c, str) else c for c in df.columns]
    text = [j for j in range(df.shape[1]) if _is_text_dtype(df.dtypes.iloc[j])]
    out = df.copy(deep=False)
    if text:
        values = df.iloc[:, text].to_numpy(dtype=object, copy=True)
        flat = values.ravel()  # a view of the copy: changed below
        risky = np.fromiter(
            (isinstance(v, str) and v.startswith(_FORMULA_TRIGGERS) for v in flat),
            dtype=bool,
            count=flat.size,
        )
        if risky.any():
            for i in np.flatnonzero(risky):
                flat[i] = "'" + flat[i]
            changed = np.flatnonzero(risky.reshape(values.shape).any(axis=0))
            safe = flat.reshape(values.shape)
            for k in changed:
                out.isetitem(text[k], pd.Series(safe[:, k], index=df.index, dtype=object))
    out.columns = header
    return out


# -- CSV -------------------------------------------------------------------------------------------
class _RecordEnds:
    """A text stream that ends each CSV record with ``ending``.

    The csv writer quotes a field holding a character of its line terminator, and only then:
    with ``\\n`` line ends a lone CR would be written bare, and every reader would split the
    record there (the next record then starts with whatever followed the CR, unseen by
    formula neutralisation). Records are therefore written with ``\\r\\n``, which quotes every
    cell holding CR or LF, and this stream turns each record's ending into ``ending``. The
    csv writer writes one whole record per ``write`` call.
    """

    def __init__(self, stream: IO[str], ending: str) -> None:
        self._stream = stream
        self._ending = ending

    def write(self, text: str) -> int:
        if self._ending != "\r\n" and text.endswith("\r\n"):
            text = text[:-2] + self._ending
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()


def _write_csv(df: pd.DataFrame, stream: IO[str], *, sep: str, excel: bool) -> None:
    if excel:
        stream.write("\ufeff")  # Excel reads UTF-8 only when a BOM says so
    df.to_csv(
        _RecordEnds(stream, "\r\n" if excel else "\n"),  # type: ignore[arg-type]
        index=False,
        sep=sep,
        decimal="," if excel else ".",
        lineterminator="\r\n",
    )


def write_csv_stream(
    df: pd.DataFrame,
    stream: IO[str],
    *,
    raw: bool = False,
    excel: bool = False,
    decimals: int | None = DECIMALS,
) -> None:
    """Write a table as CSV to an open text stream, e.g. ``sys.stdout``.

    Same options, quoting, rounding and formula neutralisation as :func:`write_table`.

    Examples
    --------
    >>> import io
    >>> stream = io.StringIO()
    >>> write_csv_stream(pd.DataFrame({"name": ["=1+1", "LKP\\rMaju"], "score": [0.5, 1/3]}),
    ...                  stream)
    >>> stream.getvalue()  # the CR is quoted: one record, whatever reads it
    'name,score\\n\\'=1+1,0.5\\n"LKP\\rMaju",0.333\\n'
    """
    table = shown_rounded(df, decimals)
    table = table if raw else neutralise_formulas(table)
    _write_csv(table, stream, sep=";" if excel else ",", excel=excel)


# -- XLSX ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    """How an XLSX output reads for a person (CSV, TSV and Parquet ignore it).

    Attributes
    ----------
    lang : {"id", "en"}
        Language of the sheet names and of the summary's headings.
    labels : mapping
        Column name -> the label shown in the header row (a column not listed keeps its name).
    summary : sequence of rows
        The first sheet ("Ringkasan" / "Summary"), one row per item: ``(label, value, ...)``;
        a row of one cell is a heading (bold). No sheet when empty.
    sheet : str or Text, optional
        The name of the table's sheet (default "Hasil" / "Results").
    """

    lang: str = "id"
    labels: Mapping[str, str] = field(default_factory=dict)
    summary: Sequence[Sequence[Any]] = ()
    sheet: str | Text | None = None


_SUMMARY_SHEET = Text("Summary", "Ringkasan")
_TABLE_SHEET = Text("Results", "Hasil")
_WRAPPED = frozenset({"explanation", "reason", "best_need", "description", "explanation_en"})
_WIDEST, _WRAPPED_WIDTH, _NARROWEST, _WIDTH_SAMPLE = 50, 80, 8, 1000
_SCORE_FORMAT, _RUPIAH_FORMAT = "0.000", '"Rp" #,##0'
_WHOLE_FORMAT, _DECIMAL_FORMAT = "#,##0", "#,##0.00"


def _zip_time() -> tuple[int, int, int, int, int, int]:
    """The timestamp written into every XLSX: ``SOURCE_DATE_EPOCH`` (the reproducible-builds
    convention) when set, else the zip format's first day, so that reruns give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        moment = datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc)
        if moment.year >= 1980:
            return moment.timetuple()[:6]
    return (1980, 1, 1, 0, 0, 0)


_CORE_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def _repack(source: IO[bytes], target: IO[bytes]) -> None:
    """Copy a zip with fixed entry times and fixed document dates (docProps/core.xml)."""
    when = _zip_time()
    stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*when).encode("ascii")
    source.seek(0)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            if info.filename == "docProps/core.xml":
                data = _CORE_TIMES.sub(rb"\g<1>" + stamp + rb"\g<2>", zin.read(info))
                zout.writestr(entry, data)
                continue
            with zin.open(info) as src, zout.open(entry, "w", force_zip64=True) as dst:
                shutil.copyfileobj(src, dst, 1 << 20)


def _width(column: pd.Series, label: str) -> int:
    """Characters to show of a column: its longest line (header included), within bounds."""
    longest = len(label)
    column = column.iloc[:_WIDTH_SAMPLE]  # the first rows say enough, and cost little
    if len(column):
        lengths = column.map(lambda v: 0 if v is None else max(map(len, str(v).split("\n"))))
        longest = max(longest, int(lengths.max()))
    return max(_NARROWEST, min(_WIDEST, longest + 2))


def _check_xlsx_size(path: Path, table: pd.DataFrame) -> None:
    rows, columns = table.shape
    if rows + 1 > _XLSX_MAX_ROWS or columns > _XLSX_MAX_COLUMNS:
        raise InputError(
            Text(
                f"{path}: an XLSX sheet holds at most 1,048,576 rows and 16,384 columns; this "
                f"table has {rows + 1} rows and {columns} columns: write .csv or .parquet "
                "instead",
                f"{path}: lembar XLSX memuat paling banyak 1.048.576 baris dan 16.384 kolom; "
                f"tabel ini {rows + 1} baris dan {columns} kolom: tulis .csv atau .parquet saja",
            )
        )


def _write_xlsx(
    openpyxl: Any, table: pd.DataFrame, handle: IO[bytes], report: Report, notes: list[Any]
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    lang = report.lang if report.lang in ("id", "en") else "en"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    cut: dict[str, list[int]] = {}
    book = openpyxl.Workbook(write_only=True)
    book.properties.creator = "mitramatch"
    book.properties.created = datetime.datetime(*_zip_time())

    def cell(sheet: Any, value: Any, *, font: Any = None, number_format: str | None = None,
             alignment: Any = None, where: tuple[str, int] | None = None) -> Any:  # fmt: skip
        if isinstance(value, (Text, Note)):  # a Note is a str in the language it was made in
            value = value.render(lang)
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)  # openpyxl refuses control characters
            if len(value) > XLSX_TEXT_LIMIT:
                value = value[:XLSX_TEXT_LIMIT]
                if where is not None:
                    cut.setdefault(where[0], []).append(where[1])
        elif isinstance(value, (np.integer, np.floating, np.bool_)):
            value = value.item()
        if value is not None and isinstance(value, float) and not np.isfinite(value):
            value = None if np.isnan(value) else str(value)
        styled = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            styled.data_type = "s"  # typed text, never a formula: "=..." and "+62 ..." as written
        if font is not None:
            styled.font = font
        if number_format is not None and isinstance(value, (int, float)):
            styled.number_format = number_format
        if alignment is not None:
            styled.alignment = alignment
        return styled

    if report.summary:
        summary = book.create_sheet(_SUMMARY_SHEET.render(lang))
        summary.column_dimensions["A"].width = 32
        summary.column_dimensions["B"].width = 90
        for row in report.summary:
            cells = list(row)
            if len(cells) == 1:
                summary.append([cell(summary, cells[0], font=bold)])
            else:
                summary.append(
                    [cell(summary, cells[0], font=bold)]
                    + [cell(summary, v, alignment=wrap) for v in cells[1:]]
                )
    title = report.sheet if report.sheet is not None else _TABLE_SHEET
    sheet = book.create_sheet(render(title, lang)[:31])
    names = [str(c) for c in table.columns]
    labels = _unique_labels(names, report.labels)
    wrapped = [n in _WRAPPED for n in names]
    shown = table.astype(object).where(table.notna(), None)
    for j, label in enumerate(labels):
        width = _WRAPPED_WIDTH if wrapped[j] else _width(shown.iloc[:, j], label)
        sheet.column_dimensions[column_letters(j + 1)].width = width
    sheet.freeze_panes = "A2"
    formats: list[Any] = []
    units = table[_UNIT_COLUMN].astype(object).to_numpy() if _UNIT_COLUMN in table.columns else None
    for j, name in enumerate(names):
        dtype = table.dtypes.iloc[j]
        if is_rounded_column(name) and pd.api.types.is_float_dtype(dtype):
            formats.append(_SCORE_FORMAT)
        elif name in _AMOUNT_COLUMNS and pd.api.types.is_numeric_dtype(dtype):
            formats.append("amount")
        else:
            formats.append(None)
    sheet.append([cell(sheet, label, font=bold) for label in labels])
    for i, record in enumerate(shown.itertuples(index=False, name=None)):
        row = []
        for j, value in enumerate(record):
            number_format = formats[j]
            if number_format == "amount":
                if units is not None and units[i] in _RUPIAH_UNITS:
                    number_format = _RUPIAH_FORMAT
                elif isinstance(value, float) and not float(value).is_integer():
                    number_format = _DECIMAL_FORMAT
                else:
                    number_format = _WHOLE_FORMAT
            if number_format is None and not wrapped[j]:
                if isinstance(value, np.generic):
                    value = value.item()
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    if not (value.startswith("=") or len(value) > XLSX_TEXT_LIMIT):
                        row.append(value)  # openpyxl types any other text as text itself
                        continue
                elif not isinstance(value, float) or np.isfinite(value):
                    row.append(value)
                    continue
            row.append(
                cell(sheet, value, number_format=number_format,
                     alignment=wrap if wrapped[j] else None, where=(names[j], i + 2))
            )  # fmt: skip
        sheet.append(row)
    if len(names):
        sheet.auto_filter.ref = f"A1:{column_letters(len(names))}{len(table) + 1}"
    with tempfile.SpooledTemporaryFile(max_size=64 << 20) as buffer:
        book.save(buffer)
        _repack(buffer, handle)
    for name, rows in cut.items():
        shown_rows = ", ".join(map(str, rows[:10])) + (
            f" (+{len(rows) - 10})" if len(rows) > 10 else ""
        )
        notes.append(
            Text(
                f"column {name!r}: {len(rows)} text cell(s) longer than {XLSX_TEXT_LIMIT:,} "
                f"characters, the most an XLSX cell holds, were cut at rows {shown_rows}; "
                "write .csv or .parquet for the whole text",
                f"kolom {name!r}: {len(rows)} sel teks lebih dari 32.767 karakter, "
                f"batas sel XLSX, dipotong di baris {shown_rows}; tulis .csv atau .parquet untuk "
                "teks lengkapnya",
            )
        )


def _unique_labels(names: list[str], labels: Mapping[str, str]) -> list[str]:
    """Each column's label; a label given twice is told apart by the column's name."""
    out = [str(labels.get(n, n)) for n in names]
    seen: dict[str, int] = {}
    for label in out:
        seen[label] = seen.get(label, 0) + 1
    return [
        f"{label} ({name})" if seen[label] > 1 and label != name else label
        for name, label in zip(names, out)
    ]


# -- writing a file --------------------------------------------------------------------------------
def write_table(
    df: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    raw: bool = False,
    excel: bool = False,
    decimals: int | None = DECIMALS,
    report: Report | None = None,
) -> list[Text]:
    """Write a table to ``.csv``, ``.tsv``, ``.xlsx`` or ``.parquet``, atomically.

    The table goes to a temporary file beside ``path`` that is flushed, synced and then
    renamed over ``path``, so an existing file is never left half-written and a failure
    leaves no partial file. The index is not written.

    CSV and TSV quote every cell holding a line break (CR or LF). Unless ``raw=True``, a text
    cell or header that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
    leading apostrophe ``'`` so spreadsheets show it as text instead of running it (OWASP "CSV
    injection"). XLSX stores every text as a typed text cell, never as a formula, so its text
    is written as it is (``+62 812 ...`` stays a phone number); the workbook has a bold, frozen
    header with an autofilter, fitted column widths, wrapped explanations, number formats
    (scores ``0.000``, Rupiah with thousands separators) and the same bytes on every run.
    Numbers are never changed, except that scores and fits are rounded to ``decimals``
    decimals in CSV, TSV and XLSX. Parquet is written as is: it is read by programs.

    Parameters
    ----------
    df : DataFrame
        The table.
    path : str or path
        Where to write; the extension chooses the format.
    raw : bool, default False
        Write CSV/TSV text cells exactly as they are (no apostrophes).
    excel : bool, default False
        CSV/TSV only: UTF-8 with a BOM, ``;`` between CSV fields and ``,`` as the decimal
        separator, as Excel with an Indonesian locale expects.
    decimals : int or None, default 3
        Decimals of scores and fits in CSV, TSV and XLSX (:func:`shown_rounded`); None keeps
        full precision.
    report : Report, optional
        XLSX only: column labels, a summary sheet and the language of the sheet names.

    Returns
    -------
    list of Text
        Notes on what the format could not hold (text cut at the XLSX cell limit).

    Raises
    ------
    InputError
        Unsupported extension, missing folder, a table too big for XLSX, or the file cannot
        be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.TemporaryDirectory()
    >>> target = pathlib.Path(folder.name) / "ranking.csv"
    >>> write_table(pd.DataFrame({"name": ["@SUM(A1)"], "score": [0.75]}), target, excel=True)
    []
    >>> target.read_bytes()
    b"\\xef\\xbb\\xbfname;score\\r\\n'@SUM(A1);0,75\\r\\n"
    >>> folder.cleanup()
    """
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix not in WRITE_SUFFIXES:
        if suffix:
            found = Text(f"a {suffix!r} file", f"berkas {suffix!r}")
        else:
            found = Text("a file without extension", "berkas tanpa ekstensi")
        raise InputError(
            Text.format(
                "{path}: cannot write a table to {found}; expected one of {suffixes}",
                "{path}: tidak dapat menulis tabel ke {found}; yang diharapkan salah satu dari "
                "{suffixes}",
                path=path,
                found=found,
                suffixes=", ".join(WRITE_SUFFIXES),
            )
        )
    if excel and suffix not in (".csv", ".tsv"):
        raise InputError(
            Text(
                f"{path}: the Excel-friendly CSV option applies to .csv and .tsv output only; "
                f"an {suffix} file needs no such option",
                f"{path}: opsi CSV untuk Excel hanya berlaku bagi keluaran .csv dan .tsv; "
                f"berkas {suffix} tidak memerlukannya",
            )
        )
    _check_target(path)
    notes: list[Text] = []
    writer: Callable[[IO[bytes]], None]
    if suffix in (".csv", ".tsv"):
        sep = "\t" if suffix == ".tsv" else (";" if excel else ",")
        table = shown_rounded(df, decimals)
        table = table if raw else neutralise_formulas(table)

        def writer(handle: IO[bytes]) -> None:
            text = TextIOWrapper(handle, encoding="utf-8", newline="")
            _write_csv(table, text, sep=sep, excel=excel)
            text.flush()
            text.detach()  # the temporary file is closed by its owner

    elif suffix == ".xlsx":
        openpyxl = import_optional_dependency("openpyxl", purpose=f"writing {path} (an Excel file)")
        _check_xlsx_size(path, df)
        table = shown_rounded(df, decimals)

        def writer(handle: IO[bytes]) -> None:
            _write_xlsx(openpyxl, table, handle, report or Report(lang="en"), notes)

    else:
        write_parquet = _parquet_writer(path)

        def writer(handle: IO[bytes]) -> None:
            write_parquet(df, handle)

    write_atomically(path, writer)
    return notes


def _check_target(path: Path) -> None:
    if not path.parent.is_dir():
        folder = str(path.parent)
        raise InputError(
            Text(
                f"{path}: cannot write: the folder {folder!r} does not exist",
                f"{path}: tidak dapat menulis: folder {folder!r} tidak ada",
            )
        )
    if path.is_dir():
        raise InputError(
            Text(
                f"{path}: cannot write: it is a folder; expected a file name",
                f"{path}: tidak dapat menulis: ini folder; yang diharapkan nama berkas",
            )
        )


def _parquet_writer(path: Path) -> Callable[[pd.DataFrame, IO[bytes]], None]:
    purpose = f"writing {path} (a Parquet file)"
    pa = import_optional_dependency("pyarrow", purpose=purpose)
    pq = import_optional_dependency("pyarrow.parquet", purpose=purpose)

    def writer(table: pd.DataFrame, handle: IO[bytes]) -> None:
        pq.write_table(pa.Table.from_pandas(table, preserve_index=False), handle)

    return writer


def _cannot_write(path: Path, exc: OSError) -> InputError:
    why = exc.strerror or exc
    return InputError(Text(f"{path}: cannot write: {why}", f"{path}: tidak dapat menulis: {why}"))


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


# -- temporary files -------------------------------------------------------------------------------
def temporary_pattern(path: str | os.PathLike[str]) -> re.Pattern[str]:
    """The names of the temporary files (and folders) written beside ``path``:
    ``.NAME.PID.XXXXXXXX.tmp``; the groups are ``pid`` and ``token``.

    >>> bool(temporary_pattern("out/ranking.csv").match(".ranking.csv.4242.0a1b2c3d.tmp"))
    True
    """
    name = re.escape(Path(path).name)
    return re.compile(rf"^\.{name}\.(?P<pid>\d+)\.(?P<token>[0-9a-f]{{8}})\.tmp$")


def _temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def _process_started(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), where the system says (Linux);
    None when it is not running or the system does not say."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        ticks = int(fields[19])  # field 22 of proc(5), counted after the command name
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _owner_gone(pid: int, modified: float) -> bool:
    """Whether the process that wrote a temporary file is gone: no process has its id, or
    the one that has it started after the file was last written (the id was reused)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError, OverflowError):
        return False  # alive (another user's) or unknowable: keep the file
    started = _process_started(pid)
    return started is not None and modified < started - 1.0  # a second of clock slack


#: When this process started: its own temporary files older than that are a former run's
#: (the same process id, reused).
_STARTED = _process_started(os.getpid()) or time.time()


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files (and folders) left beside ``path`` by runs that were killed.

    Only names of :func:`temporary_pattern` are considered, only the user's own regular files
    and folders (never through a symbolic link), and only when the process whose id the name
    carries is gone (:func:`_owner_gone`): a write running at the same time keeps its file.
    Returns what was removed.
    """
    path = Path(path)
    pattern = temporary_pattern(path)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent or "."))
    except OSError:
        return removed
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if uid is not None and info.st_uid != uid:
            continue
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            continue
        pid = int(match["pid"])
        if pid == os.getpid() and info.st_mtime >= _STARTED:
            continue  # this run's own
        if pid != os.getpid() and not _owner_gone(pid, info.st_mtime):
            continue
        with suppress(OSError):
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def write_atomically(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Call ``write(handle)`` on a temporary file beside ``path``, then rename it over
    ``path``: an existing file is replaced whole or not at all.

    The temporary file is ``.NAME.PID.XXXXXXXX.tmp``; it is removed when ``write`` fails or
    the run is interrupted (any exception, ``KeyboardInterrupt`` included). Leftovers of runs
    killed earlier are removed first (:func:`remove_stale_temporaries`). An :class:`OSError`
    becomes an :class:`InputError` naming ``path``.
    """
    path = Path(path)
    remove_stale_temporaries(path)
    mode = _new_file_mode(path)
    while True:
        tmp = _temporary_name(path)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)  # fmt: skip
        except FileExistsError:
            continue
        except OSError as exc:
            raise _cannot_write(path, exc) from exc
        break
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, InputError):
            raise _cannot_write(path, exc) from exc
        raise
    # Make the rename itself durable; not possible on every platform, and not essential.
    with suppress(OSError, AttributeError):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
