"""What every subcommand shares: exit codes, the argument parser, output and notes."""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

from ..exceptions import InputError, MitramatchError, Text, use_language
from ..io import write_csv_stream, write_table
from ..validation import LANGS

__all__ = [
    "CRITERIA_MODULE_PREFIX",
    "EPILOG",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "Parser",
    "add_command",
    "criteria_option",
    "emit",
    "in_language",
    "input_options",
    "load_criteria",
    "note",
    "output_options",
    "positive_int",
    "read_options",
    "readable",
    "sheet_name",
]

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2

EPILOG = """\
exit codes:
  0  success
  2  input or usage error: a message says what to fix (file, column, rows)
  1  internal error: a bug in mitramatch (run again with --debug for the traceback)

output: CSV on standard output unless --output FILE is given; FILE's extension (.csv, .tsv,
.xlsx, .parquet) picks the format. Files are written atomically: a failed run never leaves a
partial file. Text cells starting with = + - @ tab or CR get a leading ' so spreadsheets do not
run them as formulas (--raw turns this off).
"""


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


def emit(frame: pd.DataFrame, args: argparse.Namespace) -> None:
    """Write a result where the options say: a file, a readable table or CSV on stdout."""
    if getattr(args, "output", None):
        write_table(frame, args.output, raw=args.raw, excel=args.excel)
        if not args.quiet:
            print(f"mitramatch: wrote {len(frame)} rows to {args.output}", file=sys.stderr)
    elif getattr(args, "format", "csv") == "table":
        print(readable(frame))
    else:
        write_csv_stream(frame, sys.stdout, raw=args.raw, excel=args.excel)


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
            print(f"mitramatch: note: {line}", file=sys.stderr)


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
            except MitramatchError as exc:
                raise MitramatchError(str(exc)) from exc

    return localised
