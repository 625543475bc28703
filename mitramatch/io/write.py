"""Writing tables: atomically, and safe to open in a spreadsheet.

Writing is atomic (a temporary file renamed over the target, so a crash never leaves half a
result) and, unless asked otherwise, neutralises spreadsheet formula injection.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from contextlib import suppress
from io import TextIOWrapper
from pathlib import Path
from typing import IO, Any

import pandas as pd

from ..compat import import_optional_dependency
from ..exceptions import InputError, Text

__all__ = ["WRITE_SUFFIXES", "neutralise_formulas", "write_csv_stream", "write_table"]

#: The file name endings :func:`write_table` writes.
WRITE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".parquet")

# OWASP CSV injection: a cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _neutralise_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_TRIGGERS) else text


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix ``'`` to text cells and headers a spreadsheet would run as a formula.

    Only text is touched: numbers (and numbers held in object columns) are left alone; the
    caller's frame is not changed.

    >>> neutralise_formulas(pd.DataFrame({"name": ["=1+1", "LKP"], "score": [-1, 2]}))
        name  score
    0  '=1+1     -1
    1    LKP      2
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
    table = df if raw else neutralise_formulas(df)
    _write_csv(table, stream, sep=";" if excel else ",", excel=excel)


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

    writer: Callable[[pd.DataFrame, IO[bytes]], None]
    if suffix in (".csv", ".tsv"):
        sep = "\t" if suffix == ".tsv" else (";" if excel else ",")

        def writer(table: pd.DataFrame, handle: IO[bytes]) -> None:
            text = TextIOWrapper(handle, encoding="utf-8", newline="")
            _write_csv(table, text, sep=sep, excel=excel)
            text.flush()
            text.detach()  # the temporary file is closed by its owner

    elif suffix == ".xlsx":
        openpyxl = import_optional_dependency("openpyxl", purpose=f"writing {path} (an Excel file)")

        def writer(table: pd.DataFrame, handle: IO[bytes]) -> None:
            _write_xlsx(openpyxl, table, handle)

    else:
        writer = _parquet_writer(path)

    table = df if raw or suffix == ".parquet" else neutralise_formulas(df)
    _atomic_write(path, lambda handle: writer(table, handle))


def _parquet_writer(path: Path) -> Callable[[pd.DataFrame, IO[bytes]], None]:
    purpose = f"writing {path} (a Parquet file)"
    pa = import_optional_dependency("pyarrow", purpose=purpose)
    pq = import_optional_dependency("pyarrow.parquet", purpose=purpose)

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


def _atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    try:
        handle = tempfile.NamedTemporaryFile(  # closed below, then renamed
            mode="wb", delete=False, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
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
        raise _cannot_write(path, exc) from exc
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
