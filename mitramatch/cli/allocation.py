"""``mitramatch allocate``: share partners with limited capacity among many organisations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..exceptions import InputError, Text
from ..io import write_csv_stream
from ..validation import LANGS
from .common import (
    EXIT_OK,
    add_command,
    input_options,
    note,
    read_options,
    summary_files,
    summary_notes,
    write_result,
)

#: Least aspect fit of an acceptable pair, as in :data:`mitramatch.allocation.ALLOCATE_MIN_FIT`.
MIN_FIT = 0.3


def register(sub) -> argparse.ArgumentParser:
    """Add the ``allocate`` subcommand to the ``mitramatch`` command line's subparsers.

    >>> parser = argparse.ArgumentParser(prog="mitramatch")
    >>> _ = register(parser.add_subparsers(dest="command"))
    >>> parser.parse_args(["allocate", "p.csv", "--orgs", "o.csv"]).orgs
    'o.csv'
    """
    p = add_command(
        sub,
        "allocate",
        help="share partners with limited capacity among many organisations (stable)",
        description=(
            "Assign partners to organisations per aspect without exceeding any capacity, "
            "stably (organisation-proposing deferred acceptance). Writes one row per "
            "assignment: org_id, org_name, aspect, partner_id, name, partner_regency, fit, "
            "amount, amount_unit, share."
        ),
    )
    p.add_argument("partners", metavar="PARTNERS", help="partner directory (CSV/TSV/XLSX/Parquet)")
    p.add_argument(
        "--orgs", required=True, metavar="ORGS", help="organisations in the batch layout (CSV)"
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write here (.csv/.tsv/.xlsx/.parquet)")
    p.add_argument(
        "--aspects", metavar="LIST", help="comma-separated aspects to allocate (default: all)"
    )
    p.add_argument(
        "--min-fit", type=float, default=MIN_FIT, metavar="F",
        help=f"least aspect fit of an acceptable pair (default {MIN_FIT})",
    )  # fmt: skip
    p.add_argument(
        "--partner-preference", choices=("fit", "mutual"), default="fit",
        help="how partners rank organisations (default: fit)",
    )  # fmt: skip
    p.add_argument("--lang", choices=LANGS, default="id", help="summary language")
    p.add_argument("--raw", action="store_true", help="do not neutralise formula-like text")
    p.add_argument(
        "--excel", action="store_true", help="CSV as UTF-8 with BOM and ';' for Excel (id locale)"
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    input_options(p)
    p.set_defaults(run=run_allocate)
    return p


def run_allocate(args: argparse.Namespace) -> int:
    """Run ``mitramatch allocate`` from parsed arguments; returns the exit code."""
    from ..allocation import allocate
    from ..engine import DirectoryIndex, load_directory

    if not 0.0 <= args.min_fit <= 1.0:
        raise InputError(f"--min-fit must be between 0 and 1; got {args.min_fit}")
    aspects = [a for a in args.aspects.split(",") if a.strip()] if args.aspects else None
    index = DirectoryIndex(load_directory(Path(args.partners), **read_options(args)))
    note(args, *index.notes)
    result = allocate(
        index,
        Path(args.orgs),
        aspects=aspects,
        min_fit=args.min_fit,
        partner_preference=args.partner_preference,
        lang=args.lang,
    )
    frame = result.to_frame()
    if args.output:
        served = int((result.requests["allocated"] > 0).sum())
        summary = [
            (Text("Allocation", "Alokasi"),),
            (Text("In one paragraph", "Ringkasnya"), result.summary()),
            (Text("Requests", "Permintaan"), len(result.requests)),
            (Text("Requests served", "Permintaan terlayani"), served),
            (Text("Assignments", "Penugasan"), len(frame)),
            (Text("Least aspect fit", "Kecocokan aspek terendah"), args.min_fit),
            *summary_files(args, partners=Text("Partner directory", "Direktori mitra"),
                           orgs=Text("Organisations", "Daftar organisasi")),
            *summary_notes(index.notes),
        ]  # fmt: skip
        write_result(frame, Path(args.output), args, summary=summary)
    else:
        write_csv_stream(frame, sys.stdout, raw=args.raw, excel=args.excel)
    if not args.quiet:
        print(f"mitramatch: {result.summary()}", file=sys.stderr)
    return EXIT_OK
