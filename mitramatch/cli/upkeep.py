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
from ..validation import LANGS
from .common import EXIT_OK, add_command, note, positive_int, write_result


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

    p = add_command(
        sub,
        "register",
        help="the partnership register: what needs attention",
        description="Commands on a register of past and running partnerships "
        "(see docs/data-contract.md, 'Partnership register').",
    )
    group = p.add_subparsers(dest="register_command", metavar="COMMAND", parser_class=type(p))
    group.required = True
    r = add_command(
        group,
        "report",
        help="partnerships without reports or visits, ending soon, partners rated low",
        description="What the paper's techniques for sustaining partnerships call for: running "
        "partnerships with no progress report or visit for N months, ones ending soon or past "
        "their end date, partners rated low more than once. A short report on standard output "
        "(Indonesian; --lang en for English), the findings as a table with --output.",
    )
    r.add_argument("register_file", metavar="REGISTER", help="register (CSV/TSV/XLSX/Parquet)")
    r.add_argument(
        "--months",
        type=positive_int,
        default=3,
        metavar="N",
        help="no report or visit for N months (default 3)",
    )
    r.add_argument(
        "--soon",
        type=positive_int,
        default=60,
        metavar="DAYS",
        help="ending within DAYS days (default 60)",
    )
    r.add_argument("--as-of", metavar="DATE", help="the day of the report (default today)")
    r.add_argument("--output", "-o", metavar="FILE", help="findings as a table")
    _common(r)
    r.set_defaults(run=run_register_report)

    p = add_command(
        sub,
        "fit-weights",
        help="learn criterion weights from how past partnerships were rated",
        description="Learn the criterion weights from a register: partnerships rated well "
        "should rank above those rated badly and above partners never chosen (pairwise "
        "logistic regression, non-negative, cross-validated by organisation). Prints the "
        "NDCG change against the default weights with a bootstrap interval, and a [weights] "
        "table ready to paste into profiles.",
    )
    p.add_argument("--register", required=True, metavar="REGISTER", help="partnership register")
    p.add_argument("--directory", required=True, metavar="PARTNERS", help="partner directory")
    p.add_argument("--orgs", required=True, metavar="ORGS", help="organisations (batch layout)")
    p.add_argument("--k", type=positive_int, default=10, help="NDCG cut-off (default 10)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the [weights] table here (.toml) instead of standard output",
    )
    _common(p)
    p.set_defaults(run=run_fit_weights)


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
        write_result(result.merged, args.output, args)
    if args.review:
        write_result(result.pairs, args.review, args)
    if args.provenance:
        write_result(result.provenance, args.provenance, args)
    if not args.quiet:
        print(f"mitramatch: {result.summary(args.lang)}", file=sys.stderr)
    return EXIT_OK


def run_register_report(args: argparse.Namespace) -> int:
    from ..register import health_report

    report = health_report(
        Path(args.register_file), months=args.months, as_of=args.as_of,
        soon_days=args.soon, lang=args.lang,
    )  # fmt: skip
    if args.output:
        write_result(report.to_frame(), args.output, args)
    print(report.text(args.lang))
    return EXIT_OK


def run_fit_weights(args: argparse.Namespace) -> int:
    from ..fitting import fit_weights

    fit = fit_weights(
        Path(args.register), Path(args.directory), Path(args.orgs), k=args.k, seed=args.seed
    )
    note(args, *fit.notes)
    table = fit.to_frame().to_string(index=False)
    if args.output:
        from ..writing import write_file

        write_file(Path(args.output), fit.toml())
        print(f"{fit.summary(args.lang)}\n\n{table}")
    else:
        print(f"{fit.summary(args.lang)}\n\n{table}\n\n{fit.toml()}", end="")
    return EXIT_OK


__all__ = ["register"]
