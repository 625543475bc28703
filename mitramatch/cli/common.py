"""What every subcommand shares: exit codes, the argument parser, output and notes."""

from __future__ import annotations

import argparse
import contextlib
import errno
import functools
import importlib
import importlib.util
import os
import signal
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

from ..exceptions import InputError, MitramatchError, Note, Text, render, use_language
from ..io import Report, write_csv_stream, write_table
from ..validation import LANGS, check_workers

__all__ = [
    "CRITERIA_MODULE_PREFIX",
    "EPILOG",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "INPUT_OPTIONS",
    "OUTPUT_OPTIONS",
    "Interrupted",
    "Parser",
    "StdoutError",
    "add_command",
    "criteria_option",
    "emit",
    "guarded_stdout",
    "in_language",
    "input_options",
    "interruptible",
    "load_criteria",
    "note",
    "output_options",
    "positive_int",
    "read_options",
    "readable",
    "refuse_overwriting_inputs",
    "report_for",
    "sheet_name",
    "silence_stdout",
    "summary_files",
    "summary_notes",
    "workers_argument",
    "workers_option",
    "write_result",
]

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2

EPILOG = """\
exit codes:
  0  success
  2  input or usage error: a message says what to fix (file, column, rows)
  1  internal error: a bug in mitramatch (run again with --debug for the traceback)
  130, 143, 129  interrupted (SIGINT, SIGTERM, SIGHUP): nothing half-written is left

output: CSV on standard output unless --output FILE is given; FILE's extension (.csv, .tsv,
.xlsx, .parquet) picks the format; an output that is one of the inputs (by any name or link)
is refused. Files are written atomically: a failed or interrupted run never leaves a partial
file, and an earlier file stays whole. Cells holding a line break are quoted; text cells
starting with = + - @ tab or CR get a leading ' so spreadsheets do not run them as formulas
(--raw turns this off; XLSX text is typed text, never a formula). Scores and fits show 3
decimals in CSV/TSV/XLSX (full precision in Parquet).
"""

#: Options that name files a command reads, and options that name files it writes: an output
#: that is one of the inputs (by any spelling or link) is refused before anything is read.
INPUT_OPTIONS = (
    "partners", "needs", "orgs", "criteria", "register", "directory", "decisions", "lists",
    "register_file", "checklist", "organisation", "programmes", "partner_profile", "source",
)  # fmt: skip
OUTPUT_OPTIONS = ("output", "review", "provenance", "plot")


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with argparse's message
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def add_command(subparsers, name: str, **kwargs) -> argparse.ArgumentParser:
    """A subcommand with the shared epilog and formatting."""
    kwargs.setdefault("epilog", EPILOG)
    kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
    return subparsers.add_parser(name, **kwargs)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a positive whole number; got {text!r}"
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number; got {text!r}")
    return value


def workers_option(text: str) -> int:
    """``--workers``: a positive number of processes, or -1 for every core
    (:func:`~mitramatch.validation.check_workers`)."""
    try:
        return check_workers(int(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a positive whole number or -1 (every core); got {text!r}"
        ) from None


def workers_argument(parser: argparse.ArgumentParser, what: str) -> None:
    """``--workers N``: ``what`` the processes do (the result is the same for any N)."""
    parser.add_argument(
        "--workers",
        type=workers_option,
        default=1,
        metavar="N",
        help=f"{what}; -1 for every core (default 1; the result is the same)",
    )


def sheet_name(text: str) -> str | int:
    """``--sheet``: a number (from 1) when it is digits, else a sheet name."""
    return positive_int(text) if text.strip().isdigit() else text


def input_options(p: argparse.ArgumentParser) -> None:
    """How to read PARTNERS when finding its header and sheet by itself is not enough."""
    p.add_argument(
        "--header-row",
        type=positive_int,
        metavar="N",
        help="PARTNERS' header is on row N as the spreadsheet numbers it (default: found "
        "below any title rows)",
    )
    p.add_argument(
        "--sheet",
        type=sheet_name,
        metavar="NAME|N",
        help="read this sheet of an .xlsx PARTNERS, by name or number from 1 (default: the "
        "visible sheet that holds the table)",
    )


def read_options(args: argparse.Namespace) -> dict[str, object]:
    """The reading options given, as keywords of :func:`mitramatch.load_directory`."""
    return {"header_row": getattr(args, "header_row", None), "sheet": getattr(args, "sheet", None)}


def output_options(p: argparse.ArgumentParser, *, top: int | None = None) -> None:
    p.add_argument(
        "--top",
        type=positive_int,
        default=top,
        metavar="K",
        help="keep the best K partners" + (f" per organisation (default {top})" if top else ""),
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write here (.csv/.tsv/.xlsx/.parquet)")
    p.add_argument("--lang", choices=LANGS, default="id", help="explanations language")
    p.add_argument("--raw", action="store_true", help="do not neutralise formula-like text")
    p.add_argument(
        "--excel", action="store_true", help="CSV as UTF-8 with BOM and ';' for Excel (id locale)"
    )
    p.add_argument(
        "--format",
        choices=("csv", "table"),
        default="csv",
        help="standard output as CSV (default) or a readable table",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no notes or progress on stderr")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def emit(
    frame: pd.DataFrame, args: argparse.Namespace, *, summary: Sequence[Sequence[Any]] = ()
) -> None:
    """Write a result where the options say: a file, a readable table or CSV on stdout.

    ``summary`` is the first sheet of an XLSX output (:class:`mitramatch.io.Report`).
    """
    if getattr(args, "output", None):
        write_result(frame, args.output, args, summary=summary)
        if not args.quiet:
            print(f"mitramatch: wrote {len(frame)} rows to {args.output}", file=sys.stderr)
    elif getattr(args, "format", "csv") == "table":
        print(readable(frame))
    else:
        write_csv_stream(frame, sys.stdout, raw=args.raw, excel=args.excel)


def summary_notes(notes: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Rows of an XLSX summary sheet listing the notes of the files read."""
    if not notes:
        return []
    head = (Text("Notes on the files read", "Catatan tentang berkas yang dibaca"),)
    return [head] + [(Text(f"note {k}", f"catatan {k}"), n) for k, n in enumerate(notes, 1)]


def summary_files(args: argparse.Namespace, **given: Text) -> list[tuple[Any, ...]]:
    """Rows of an XLSX summary sheet naming the files read (option name -> label)."""
    rows: list[tuple[Any, ...]] = [(Text("Files", "Berkas"),)]
    return rows + [(label, str(getattr(args, option))) for option, label in given.items()]


def report_for(
    frame: pd.DataFrame, args: argparse.Namespace, summary: Sequence[Sequence[Any]] = ()
) -> Report:
    """How an XLSX result reads: sheet names in ``--lang``, Indonesian column labels under
    ``--lang id`` (the contract's names, English already, under ``--lang en``), a summary."""
    from ..output import column_labels

    lang = getattr(args, "lang", None) or "id"
    labels = column_labels(frame.columns, lang) if lang == "id" else {}
    return Report(lang=lang, labels=labels, summary=summary)


def write_result(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    args: argparse.Namespace,
    *,
    summary: Sequence[Sequence[Any]] = (),
) -> None:
    """Write a result table to ``path`` (:func:`mitramatch.io.write_table`, with the
    options' ``--raw`` and ``--excel`` and an XLSX report), and say what its format could not
    hold."""
    notes = write_table(
        frame,
        path,
        raw=getattr(args, "raw", False),
        excel=getattr(args, "excel", False),
        report=report_for(frame, args, summary),
    )
    note(args, *notes)


def readable(frame: pd.DataFrame, width: int = 100) -> str:
    """Ranks for a terminal: one block per partner, explanation wrapped."""
    blocks = []
    org = None
    for rec in frame.itertuples(index=False):
        if "org_id" in frame.columns and rec.org_id != org:
            org = rec.org_id
            blocks.append(f"== {org} ==")
        head = f"{rec.rank:>3}. {rec.name} [{rec.partner_id}]  {rec.score:.3f}  {rec.pattern}"
        body = textwrap.fill(
            str(rec.explanation), width, initial_indent="     ", subsequent_indent="     "
        )
        blocks.append(f"{head}\n{body}")
    return "\n".join(blocks)


def note(args: argparse.Namespace, *lines: object) -> None:
    """Notes on stderr, unless --quiet."""
    if not getattr(args, "quiet", False):
        for line in lines:
            # A Note (or Text) is rendered in the language of the run: str(note) would be the
            # language it was made in (a saved index, a note made outside the run).
            shown = render(line) if isinstance(line, (Note, Text)) else line
            print(f"mitramatch: note: {shown}", file=sys.stderr)


#: Module names given to criteria files loaded from the command line.
CRITERIA_MODULE_PREFIX = "mitramatch_criteria_"


def criteria_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--criteria",
        action="append",
        default=[],
        metavar="FILE.py|MODULE",
        help="custom criteria to rank with (a Python file or an importable module defining "
        "CRITERIA = [...] or Criterion instances; repeatable); see docs/extending.md",
    )


def load_criteria(specs: list[str]) -> list[Any]:
    """The custom criteria named on the command line (``--criteria``), each a Python file or
    an importable module that defines ``CRITERIA = [...]`` or module-level instances of
    :class:`mitramatch.Criterion`."""
    from ..engine import Criterion

    found: list[Any] = []
    for spec in specs:
        module = _criteria_module(spec)
        listed = getattr(module, "CRITERIA", None)
        if listed is None:
            listed = [v for v in vars(module).values() if isinstance(v, Criterion)]
        listed = [c for c in listed if isinstance(c, Criterion)]
        if not listed:
            raise MitramatchError(
                Text(
                    f"{spec}: defines no criterion; expected CRITERIA = [...] or instances of "
                    "mitramatch.Criterion (see docs/extending.md)",
                    f"{spec}: tidak mendefinisikan kriteria; yang diharapkan CRITERIA = [...] "
                    "atau instance mitramatch.Criterion (lihat docs/extending.md)",
                )
            )
        found.extend(listed)
    return found


def _criteria_module(spec: str) -> ModuleType:
    path = Path(spec)
    try:
        if path.suffix == ".py":
            if not path.is_file():
                raise InputError(
                    Text(f"{spec}: criteria file not found", f"{spec}: berkas kriteria tidak ada")
                )
            name = f"{CRITERIA_MODULE_PREFIX}{abs(hash(str(path.resolve())))}"
            module_spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(module_spec)  # type: ignore[arg-type]
            sys.modules[name] = module  # dataclasses and pickling look modules up here
            module_spec.loader.exec_module(module)  # type: ignore[union-attr]
            return module
        return importlib.import_module(spec)
    except MitramatchError:
        raise
    except Exception as exc:  # the user's code: any error is theirs to fix, shown plainly
        where = ""
        if isinstance(exc, SyntaxError) and exc.lineno:
            where = f" (line {exc.lineno})"
        raise MitramatchError(
            Text(
                f"{spec}: cannot load the criteria{where}: {type(exc).__name__}: {exc}",
                f"{spec}: kriteria tidak dapat dimuat{where}: {type(exc).__name__}: {exc}",
            )
        ) from exc


def in_language(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A subcommand whose messages (notes and errors) are rendered in its ``--lang``.

    An error leaves the subcommand already rendered, so :func:`mitramatch.cli.main` prints it
    in that language too.
    """

    @functools.wraps(run)
    def localised(args: argparse.Namespace) -> int:
        with use_language(args.lang):
            try:
                return run(args)
            except StdoutError:
                raise
            except MitramatchError as exc:
                raise MitramatchError(str(exc)) from exc

    return localised


# -- files that must not be overwritten ------------------------------------------------------------
def _paths(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def _same_file(output: Path, source: Path) -> bool:
    """Whether writing ``output`` would write ``source``: the same file now (any spelling,
    hard or symbolic link), or once links and ``..`` are resolved (an output not written
    yet)."""
    with contextlib.suppress(OSError, ValueError):
        return os.path.samefile(output, source)
    with contextlib.suppress(OSError, RuntimeError, ValueError):
        return output.resolve() == source.resolve()
    return False


def _inside(output: Path, folder: Path) -> bool:
    with contextlib.suppress(OSError, RuntimeError, ValueError):
        return folder.resolve() in output.resolve().parents
    return False


def refuse_overwriting_inputs(args: argparse.Namespace) -> None:
    """Refuse (:class:`InputError`, exit 2) an output that is one of the command's inputs,
    or lies inside an input folder, or is given as two outputs: by any spelling, hard link
    or symbolic link, whether the output exists yet or not."""
    inputs = [
        (option, Path(p).expanduser())
        for option in INPUT_OPTIONS
        for p in _paths(getattr(args, option, None))
    ]
    inputs = [(o, p) for o, p in inputs if os.path.lexists(p)]
    written: list[tuple[str, Path]] = []
    for option in OUTPUT_OPTIONS:
        for text in _paths(getattr(args, option, None)):
            output = Path(text).expanduser()
            for name, source in inputs:
                same = _same_file(output, source)
                if same or (source.is_dir() and _inside(output, source)):
                    what = (
                        Text("is the same file as", "adalah berkas yang sama dengan")
                        if same
                        else Text("is inside the folder", "ada di dalam folder")
                    )
                    raise InputError(
                        Text.format(
                            "--{option} {output} {what} the input {source} ({given}): writing "
                            "it would destroy what is read; choose another --{option}",
                            "--{option} {output} {what} masukan {source} ({given}): "
                            "menulisnya akan merusak yang dibaca; pilih --{option} lain",
                            option=option.replace("_", "-"),
                            output=text,
                            what=what,
                            source=source,
                            given=_option_name(name),
                        )
                    )
            for name, earlier in written:
                if _same_file(output, earlier):
                    raise InputError(
                        Text(
                            f"--{option} {text} is also given as --{name}; each output needs "
                            "its own file",
                            f"--{option} {text} juga diberikan sebagai --{name}; setiap "
                            "keluaran perlu berkasnya sendiri",
                        )
                    )
            written.append((option, output))


def _option_name(name: str) -> str:
    positional = {"partners": "PARTNERS", "lists": "DIR", "register_file": "REGISTER",
                  "checklist": "CHECKLIST", "source": "SET"}  # fmt: skip
    return positional.get(name, "--" + name.replace("_", "-"))


# -- interruptions and standard output -------------------------------------------------------------
class Interrupted(BaseException):
    """A signal asked the run to stop (SIGINT, SIGTERM, SIGHUP).

    Raised by the handler :func:`interruptible` installs; like :class:`KeyboardInterrupt` it
    is no :class:`Exception`, so only cleanup (``finally``, ``except BaseException``) runs on
    its way out: temporary files are removed and an earlier output stays whole.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        with contextlib.suppress(ValueError):
            return signal.Signals(self.signum).name
        return str(self.signum)


_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Turn SIGINT, SIGTERM and SIGHUP into :class:`Interrupted` inside the block (in the
    main thread; elsewhere signals keep their handlers). A second signal while the first is
    being handled is ignored, so cleanup is not cut short."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    stopping: list[int] = []

    def stop(signum: int, frame: Any) -> None:
        if stopping:
            return
        stopping.append(signum)
        raise Interrupted(signum)

    previous = {}
    for number in _SIGNALS:
        with contextlib.suppress(OSError, ValueError):
            previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(number, handler)


class StdoutError(MitramatchError):
    """Standard output cannot be written: closed (a pipe into ``head``) or full."""

    def __init__(self, exc: OSError) -> None:
        why = exc.strerror or str(exc)
        super().__init__(
            Text(
                f"cannot write to standard output: {why}; nothing more was written",
                f"tidak dapat menulis ke keluaran standar: {why}; tidak ada lagi yang ditulis",
            )
        )
        self.errno = exc.errno

    @property
    def closed_pipe(self) -> bool:
        return self.errno == errno.EPIPE


class _GuardedStream:
    """A text stream whose write errors are :class:`StdoutError` (everything else as the
    wrapped stream's)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise StdoutError(exc) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise StdoutError(exc) from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Inside the block, errors writing ``sys.stdout`` are :class:`StdoutError`; it is
    flushed at the end of the block, so an error of the last write shows here too."""
    stream = sys.stdout
    if stream is None:
        yield
        return
    sys.stdout = _GuardedStream(stream)  # type: ignore[assignment]
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = stream


def silence_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered for a closed
    pipe or a full disk goes nowhere instead of failing again when Python exits ("Exception
    ignored ... BrokenPipeError")."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # e.g. no real descriptor
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)
