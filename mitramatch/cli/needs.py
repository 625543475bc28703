"""``mitramatch needs list|init|build``: from a programme to its needs (the paper's first stage)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..exceptions import InputError, Text
from ..validation import LANGS
from .common import EXIT_OK, Parser, add_command, in_language, note, positive_int


def register(sub) -> None:
    """Add ``needs`` and its subcommands to the ``mitramatch`` command line.

    >>> parser = argparse.ArgumentParser(prog="mitramatch")
    >>> register(parser.add_subparsers(dest="command"))
    >>> parser.parse_args(["needs", "init", "--programme", "kbu", "--participants", "10"]).output
    """
    group = add_command(
        sub,
        "needs",
        help="from a programme to its needs: checklist (init), needs profile (build)",
        description=(
            "Stage 1 of a partnership (identifikasi intern lembaga): 'needs init' writes the "
            "checklist of a programme's components; mark what your institution has, then "
            "'needs build' turns what is missing into a needs profile for 'mitramatch rank'."
        ),
    )
    leaves = group.add_subparsers(dest="needs_command", metavar="STEP", parser_class=Parser)
    leaves.required = True

    p = add_command(leaves, "list", help="the programme templates (bundled and your own)")
    _common(p)
    p.set_defaults(run=run_list)

    p = add_command(
        leaves,
        "init",
        help="write the checklist of a programme",
        description="Write the annotated checklist (TOML) of a programme template for a number "
        "of participants; fill in what your institution already has.",
    )
    p.add_argument(
        "--programme",
        required=True,
        metavar="KEY",
        help="programme template, e.g. kursus_menjahit (see 'needs list')",
    )
    p.add_argument(
        "--participants",
        required=True,
        type=positive_int,
        metavar="N",
        help="number of participants (scales the quantities)",
    )
    p.add_argument(
        "--organisation",
        metavar="FILE",
        help="TOML/JSON file with an [organisation] table to copy in",
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write the checklist here (.toml)")
    p.add_argument("--force", action="store_true", help="replace an existing --output file")
    _common(p)
    p.set_defaults(run=run_init)

    p = add_command(
        leaves,
        "build",
        help="turn a filled-in checklist into a needs profile",
        description="Read a filled-in checklist and write the needs profile (TOML) of what is "
        "missing, each priority explained in a comment.",
    )
    p.add_argument("checklist", metavar="CHECKLIST", help="the filled-in checklist (.toml)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the needs profile here (.toml)")
    _common(p)
    p.set_defaults(run=run_build)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--programmes",
        metavar="PATH",
        help="your own programme templates: a .toml file or a folder of them",
    )
    p.add_argument("--lang", choices=LANGS, default="id", help="language of comments and messages")
    p.add_argument("--quiet", "-q", action="store_true", help="no notes on stderr")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def _emit(text: str, args: argparse.Namespace, what: Text) -> None:
    from ..writing import write_file

    if args.output:
        write_file(args.output, text)
        note(args, Text(f"wrote {what.en} to {args.output}", f"{what.id} ditulis ke {args.output}"))
    else:
        sys.stdout.write(text)


@in_language
def run_list(args: argparse.Namespace) -> int:
    from ..programmes import load_programmes

    for key, p in load_programmes(args.programmes).items():
        sys.stdout.write(
            f"{key:<22} {p.title(args.lang)} ({len(p.components)} "
            f"{'components' if args.lang == 'en' else 'komponen'})\n"
        )
    return EXIT_OK


@in_language
def run_init(args: argparse.Namespace) -> int:
    from ..checklist import checklist_text

    if args.output and Path(args.output).exists() and not args.force:
        raise InputError(
            Text(
                f"{args.output} exists; a filled-in checklist would be lost. Choose another "
                "--output or add --force",
                f"{args.output} sudah ada; isi daftar periksa bisa hilang. Pilih --output lain "
                "atau tambahkan --force",
            )
        )
    text = checklist_text(
        args.programme,
        args.participants,
        organisation=args.organisation,
        programmes=args.programmes,
        lang=args.lang,
    )
    _emit(text, args, Text("the checklist", "daftar periksa"))
    return EXIT_OK


@in_language
def run_build(args: argparse.Namespace) -> int:
    from ..checklist import identify_needs

    result = identify_needs(Path(args.checklist), programmes=args.programmes)
    _emit(result.to_toml(args.lang), args, Text("the needs profile", "profil kebutuhan"))
    note(args, *result.summary(args.lang).splitlines())
    return EXIT_OK
