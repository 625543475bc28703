"""``mitramatch dedup``, ``register report`` and ``fit-weights``: keeping a directory alive.

Merging lists that name the same institutions differently, watching the partnerships that run
(the paper's sustaining techniques: progress reports, visits, meetings) and learning the
criterion weights from how past partnerships went.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..exceptions import MitramatchError, Text
from ..io import write_table
from ..validation import LANGS
from .common import EXIT_OK, add_command, note, positive_int


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=LANGS, default="id", help="language of messages and reports")
    p.add_argument("--raw", action="store_true", help="do not neutralise formula-like text")
    p.add_argument(
        "--excel", action="store_true", help="CSV as UTF-8 with BOM and ';' for Excel (id locale)"
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no notes on stderr")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def _probability(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1]; got {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1]; got {text!r}")
    return value


def register(sub) -> None:
    p = add_command(
        sub,
        "dedup",
        help="find the same institution written differently across lists, and merge",
        description="Read one or more directory lists, find rows that are one institution "
        "(within a list and across lists), merge the sure pairs and list the possible ones "
        "for review. Merging keeps every non-empty cell: other values stand beside the kept "
        "one in <column>__lain, and 'sources' lists the rows merged. Fill the 'decision' "
        "column of the review file (ya/tidak) and pass it back with --decisions.",
    )
    p.add_argument("lists", nargs="+", metavar="DIR", help="directory lists (CSV/TSV/XLSX/Parquet)")
    p.add_argument(
        "--output", "-o", metavar="FILE", help="merged directory (.csv/.tsv/.xlsx/.parquet)"
    )
    p.add_argument("--review", metavar="FILE", help="pairs found, with explanations, for review")
    p.add_argument("--provenance", metavar="FILE", help="where every input cell went (long table)")
    p.add_argument("--decisions", metavar="FILE", help="a review file with 'decision' filled in")
    p.add_argument(
        "--sure",
        type=_probability,
        default=None,
        metavar="P",
        help="probability from which pairs merge without review (default 0.95)",
    )
    p.add_argument(
        "--possible",
        type=_probability,
        default=None,
        metavar="P",
        help="probability from which pairs are shown for review (default 0.5)",
    )
    _common(p)
    p.set_defaults(run=run_dedup)


def run_dedup(args: argparse.Namespace) -> int:
    from ..dedup import POSSIBLE, SURE, merge_directories

    if not (args.output or args.review or args.provenance):
        raise MitramatchError(
            Text(
                "nothing to write: give --output FILE (merged directory) and/or --review FILE "
                "(pairs to check)",
                "tidak ada yang ditulis: berikan --output BERKAS (direktori gabungan) dan/atau "
                "--review BERKAS (pasangan untuk diperiksa)",
            )
        )
    sure = SURE if args.sure is None else args.sure
    possible = POSSIBLE if args.possible is None else args.possible
    if possible > sure:
        raise MitramatchError(
            Text(
                f"--possible ({possible}) must not be above --sure ({sure})",
                f"--possible ({possible}) tidak boleh di atas --sure ({sure})",
            )
        )
    result = merge_directories(
        [Path(p) for p in args.lists],
        decisions=Path(args.decisions) if args.decisions else None,
        sure=sure,
        possible=possible,
        lang=args.lang,
    )
    note(args, *result.notes)
    # Everything is computed before anything is written: an error leaves no file behind.
    if args.output:
        write_table(result.merged, args.output, raw=args.raw, excel=args.excel)
    if args.review:
        write_table(result.pairs, args.review, raw=args.raw, excel=args.excel)
    if args.provenance:
        write_table(result.provenance, args.provenance, raw=args.raw, excel=args.excel)
    if not args.quiet:
        print(f"mitramatch: {result.summary(args.lang)}", file=sys.stderr)
    return EXIT_OK


__all__ = ["positive_int", "register"]
