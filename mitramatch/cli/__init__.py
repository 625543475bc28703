"""The ``mitramatch`` command line.

Exit codes: 0 success; 2 input or usage error (a clear message, never a traceback); 1 internal
error (a bug: please report it; ``--debug`` shows the traceback).

Each group of subcommands lives in its own module and adds itself with ``register``:
:mod:`.ranking` (rank, rank-batch, coalition), :mod:`.allocation` (allocate),
:mod:`.evaluation` (evaluate), :mod:`.upkeep` (dedup, register report, fit-weights),
:mod:`.needs` (needs list/init/build), :mod:`.funder` (rank-orgs, fund).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import traceback
from collections.abc import Sequence

from .. import __version__
from ..exceptions import MitramatchError, use_language
from . import allocation, evaluation, funder, needs, ranking, upkeep
from .common import (
    EPILOG,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    Interrupted,
    Parser,
    StdoutError,
    guarded_stdout,
    interruptible,
    refuse_overwriting_inputs,
    silence_stdout,
)

__all__ = ["EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

_COMMANDS = (ranking, allocation, evaluation, needs, funder, upkeep)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="mitramatch",
        description="Recommend partner institutions (mitra) for an organisation's needs.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mitramatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for module in _COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Errors and notes are in the language of ``--lang``: Indonesian by default, also for
    commands without the option.

    SIGINT, SIGTERM and SIGHUP stop the run cleanly (exit 130, 143, 129): the file being
    written is not left half-written, an earlier one stays whole, no traceback. Standard
    output closed early (``| head``) ends the run quietly with exit 0; a full one is an error.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    with use_language(getattr(args, "lang", None) or "id"):
        try:
            with interruptible():
                return _run(args)
        except Interrupted as exc:  # a signal between the run and the end of main
            return _interrupted(exc)


def _interrupted(exc: BaseException) -> int:
    from ..exceptions import Text

    if isinstance(exc, Interrupted):
        name, code = exc.name, exc.exit_code
    else:
        name, code = "SIGINT", 130
    message = Text(
        f"interrupted ({name}); no file was left half-written, and an earlier output is kept",
        f"dihentikan ({name}); tidak ada berkas yang tertulis setengah, dan keluaran "
        "sebelumnya tetap utuh",
    )
    with contextlib.suppress(OSError, ValueError):
        print(f"mitramatch: {message}", file=sys.stderr)
    return code


def _run(args: argparse.Namespace) -> int:
    try:
        with guarded_stdout():
            refuse_overwriting_inputs(args)
            return args.run(args)
    except StdoutError as exc:
        silence_stdout()
        if exc.closed_pipe:
            return EXIT_OK  # e.g. piped into `head`: the reader has what it wanted
        print(f"mitramatch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except MitramatchError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"mitramatch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (Interrupted, KeyboardInterrupt) as exc:
        return _interrupted(exc)
    except BrokenPipeError:
        silence_stdout()
        return EXIT_OK
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
