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
#: rank-batch reads a partner file larger than this in chunks of CHUNKSIZE rows.
CHUNK_ABOVE, CHUNKSIZE = 1 << 30, 200_000
_STREAMED = (".csv", ".tsv", ".tab", ".txt", ".parquet", ".pq")

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


def _output_options(p: argparse.ArgumentParser, *, top: int | None = None) -> None:
    p.add_argument(
        "--top",
        type=_positive_int,
        default=top,
        metavar="K",
        help="keep the best K partners" + (f" per organisation (default {top})" if top else ""),
    )
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

    p = sub.add_parser(
        "rank-batch",
        help="rank a partner directory for many organisations (one per row of ORGS)",
        description="Rank PARTNERS for every organisation in ORGS; output has org_id first. "
        "PARTNERS is read whole, or in chunks with --chunksize (automatic above 1 GB) so "
        "that files larger than memory work, with the same result.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("partners", metavar="PARTNERS", help="partner directory (CSV/TSV/XLSX/Parquet)")
    p.add_argument(
        "--orgs",
        required=True,
        metavar="ORGS",
        help="organisations, one per row: org_id, [organisation] fields, "
        "need_<aspect>_priority/_description/_quantity (CSV/TSV/XLSX/Parquet)",
    )
    _output_options(p, top=10)
    p.add_argument(
        "--chunksize",
        type=_positive_int,
        metavar="N",
        help="read PARTNERS N rows at a time, keeping only the best K per organisation",
    )
    p.add_argument(
        "--backend",
        choices=("memory", "dask"),
        default="memory",
        help="memory (default) or dask: partitions of PARTNERS ranked on a Dask cluster "
        "(needs mitramatch[dask])",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to use with --backend dask, e.g. tcp://scheduler:8786 "
        "(default: a local cluster)",
    )
    p.set_defaults(run=_run_rank_batch)

    p = sub.add_parser(
        "evaluate",
        help="NDCG@k and precision@k on a labelled judgement set",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("judgements", metavar="JUDGEMENTS", help="judgements CSV (see data/eval)")
    p.add_argument("--k", type=_positive_int, default=5, help="cut-off (default 5)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.set_defaults(run=_run_evaluate)

    p = sub.add_parser(
        "coalition",
        help="choose a few partners that together cover the needs best",
        description="Choose at most K partners that together cover the needed aspects best "
        "(priority-weighted, diminishing returns for covering an aspect twice); say who covers "
        "what, the pattern of each member, and which needs nothing in the directory covers.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("partners", metavar="PARTNERS", help="partner directory (CSV/TSV/XLSX/Parquet)")
    p.add_argument("--needs", required=True, metavar="NEEDS", help="needs profile (TOML/JSON)")
    p.add_argument(
        "--max-partners", type=_positive_int, default=3, metavar="K", help="coalition size (3)"
    )
    _output_options(p)
    p.set_defaults(run=_run_coalition)

    from .allocation import register as register_allocate

    register_allocate(sub)
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


def _note(args: argparse.Namespace, *lines: str) -> None:
    if not args.quiet:
        for line in lines:
            print(f"mitramatch: note: {line}", file=sys.stderr)


def _run_rank(args: argparse.Namespace) -> int:
    from .engine.index import DirectoryIndex
    from .engine.needs import load_needs
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


def _run_rank_batch(args: argparse.Namespace) -> int:
    from .batch import load_organisations, rank_chunked, rank_many
    from .engine.index import DirectoryIndex

    if args.backend != "dask" and args.scheduler:
        raise MitramatchError("--scheduler needs --backend dask")
    if args.backend == "dask" and args.chunksize:
        raise MitramatchError("--chunksize is for --backend memory; Dask reads in partitions")
    orgs = load_organisations(Path(args.orgs))
    _note(args, *(f"{args.orgs}: {line}" for line in orgs.notes))
    partners = Path(args.partners)
    chunksize = args.chunksize
    if chunksize is None and args.backend == "memory" and _is_huge(partners):
        chunksize = CHUNKSIZE
        _note(args, f"{partners} is larger than 1 GB: reading it {chunksize} rows at a time")
    progress = not args.quiet  # the bar itself appears only when stderr is a terminal
    if args.backend == "dask":
        frame = _rank_dask(args.partners, orgs, args)  # a str: may be a URL (s3://...)
        notes = []
    elif chunksize is not None:
        frame = rank_chunked(
            partners, orgs, top=args.top, chunksize=chunksize, lang=args.lang, progress=progress
        )
        notes = frame.attrs.get("notes", [])
    else:
        index = DirectoryIndex.build(partners)
        notes = index.frame.attrs.get("notes", [])
        frame = rank_many(index, orgs, top=args.top, lang=args.lang, progress=progress)
    _note(args, *(f"{args.partners}: {line}" for line in notes))
    ranked = set(frame["org_id"])
    missing = [org_id for org_id in orgs.ids if org_id not in ranked]
    if len(missing) == len(orgs.ids):
        raise MitramatchError(
            f"no partner in {args.partners} passes the filters of any organisation in "
            f"{args.orgs} (inactive partners are left out); check the directory's active column"
        )
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        _note(args, f"no partner passes the filters for {len(missing)} organisation(s): {shown}")
    _emit(frame, args)
    return EXIT_OK


def _rank_dask(partners: str, orgs, args: argparse.Namespace) -> pd.DataFrame:
    try:
        from dask.distributed import Client, LocalCluster

        from .distributed import rank_many_dask
    except ImportError:
        raise MitramatchError(
            "--backend dask needs Dask: pip install 'mitramatch[dask]'"
        ) from None
    if args.scheduler:
        with Client(args.scheduler) as client:
            return rank_many_dask(partners, orgs, top=args.top, client=client, lang=args.lang)
    with LocalCluster(dashboard_address=None) as cluster, Client(cluster) as client:
        return rank_many_dask(partners, orgs, top=args.top, client=client, lang=args.lang)


def _is_huge(path: Path) -> bool:
    """Worth streaming: a CSV/TSV/Parquet file above CHUNK_ABOVE bytes."""
    try:
        return path.suffix.lower() in _STREAMED and path.stat().st_size > CHUNK_ABOVE
    except OSError:
        return False  # reading it will say what is wrong


def _run_coalition(args: argparse.Namespace) -> int:
    from .engine.index import DirectoryIndex
    from .engine.needs import load_needs
    from .portfolio import recommend_coalition

    needs = load_needs(Path(args.needs))
    index = DirectoryIndex.build(Path(args.partners))
    _note(args, *index.frame.attrs.get("notes", []))
    coalition = recommend_coalition(
        index, needs, max_partners=args.max_partners, lang=args.lang
    )
    if args.format == "table" and not args.output:
        print(coalition.sentence())
        print(coalition.to_frame().to_string(index=False))
        return EXIT_OK
    _emit(coalition.to_frame(), args)
    _note(args, coalition.sentence())
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
