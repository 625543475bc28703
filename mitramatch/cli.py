"""The ``mitramatch`` command line.

Exit codes: 0 success; 2 input or usage error (a clear message, never a traceback); 1 internal
error (a bug: please report it; ``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from . import __version__
from .exceptions import MitramatchError
from .io import write_csv_stream, write_table

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2

_EPILOG = """\
exit codes:
  0  success
  2  input or usage error: a message says what to fix (file, column, rows)
  1  internal error: a bug in mitramatch (run again with --debug for the traceback)

output: CSV on standard output unless --output FILE is given; FILE's extension (.csv, .tsv,
.xlsx, .parquet) picks the format. Files are written atomically: a failed run never leaves a
partial file. Text cells starting with = + - @ tab or CR get a leading ' so spreadsheets do not
run them as formulas (--raw turns this off).
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with argparse's message
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a positive whole number; got {text!r}"
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number; got {text!r}")
    return value


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--top", type=_positive_int, metavar="K", help="keep the best K partners")
    p.add_argument("--output", "-o", metavar="FILE", help="write here (.csv/.tsv/.xlsx/.parquet)")
    p.add_argument("--lang", choices=("id", "en"), default="id", help="explanations language")
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mitramatch",
        description="Recommend partner institutions (mitra) for an organisation's needs.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mitramatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    p = sub.add_parser(
        "rank",
        help="rank a partner directory against one needs profile",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("partners", metavar="PARTNERS", help="partner directory (CSV/TSV/XLSX/Parquet)")
    p.add_argument("--needs", required=True, metavar="NEEDS", help="needs profile (TOML/JSON)")
    _output_options(p)
    p.set_defaults(run=_run_rank)

    p = sub.add_parser("evaluate", help="NDCG@k and precision@k on a labelled judgement set")
    p.add_argument("judgements", metavar="JUDGEMENTS", help="judgements CSV (see data/eval)")
    p.add_argument("--k", type=_positive_int, default=5, help="cut-off (default 5)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.set_defaults(run=_run_evaluate)
    return parser


def _emit(frame: pd.DataFrame, args: argparse.Namespace) -> None:
    if args.output:
        write_table(frame, Path(args.output), raw=args.raw, excel=args.excel)
        if not args.quiet:
            print(f"mitramatch: wrote {len(frame)} rows to {args.output}", file=sys.stderr)
    elif args.format == "table":
        print(_readable(frame))
    else:
        write_csv_stream(frame, sys.stdout, raw=args.raw, excel=args.excel)


def _readable(frame: pd.DataFrame, width: int = 100) -> str:
    """Ranks for a terminal: one block per partner, explanation wrapped."""
    import textwrap

    blocks = []
    for rec in frame.itertuples(index=False):
        head = f"{rec.rank:>3}. {rec.name} [{rec.partner_id}]  {rec.score:.3f}  {rec.pattern}"
        body = textwrap.fill(
            str(rec.explanation), width, initial_indent="     ", subsequent_indent="     "
        )
        blocks.append(f"{head}\n{body}")
    return "\n".join(blocks)


def _note(args: argparse.Namespace, *lines: str) -> None:
    if not args.quiet:
        for line in lines:
            print(f"mitramatch: note: {line}", file=sys.stderr)


def _run_rank(args: argparse.Namespace) -> int:
    from .index import DirectoryIndex
    from .needs import load_needs
    from .ranking import rank

    needs = load_needs(Path(args.needs))
    index = DirectoryIndex.build(Path(args.partners))
    _note(args, *index.frame.attrs.get("notes", []))
    ranking = rank(index, needs, top=args.top, lang=args.lang)
    if len(ranking) == 0:
        raise MitramatchError(
            f"no partner in {args.partners} passes the filters of {args.needs} "
            f"({ranking.n_filtered_out} of {len(index)} removed); loosen [filters]"
        )
    _emit(ranking.to_frame(), args)
    return EXIT_OK


def _run_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    result = evaluate(Path(args.judgements), k=args.k)
    print(result.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except MitramatchError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"mitramatch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("mitramatch: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK  # e.g. piped into `head`
    except Exception as exc:  # a bug: say so plainly
        if args.debug:
            traceback.print_exc()
        print(
            f"mitramatch: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in mitramatch; run again with --debug and report the traceback.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
