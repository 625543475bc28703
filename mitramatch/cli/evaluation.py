"""``mitramatch evaluate``: ranking quality on a labelled judgement set."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, add_command, positive_int


def register(sub) -> None:
    p = add_command(sub, "evaluate", help="NDCG@k and precision@k on a labelled judgement set")
    p.add_argument("judgements", metavar="JUDGEMENTS", help="judgements CSV (see data/eval)")
    p.add_argument("--k", type=positive_int, default=5, help="cut-off (default 5)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.set_defaults(run=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    from ..evaluate import evaluate

    result = evaluate(Path(args.judgements), k=args.k)
    print(result.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return EXIT_OK
