"""``mitramatch evaluate``: mitramatch and two baselines on a graded evaluation set.

The report is a set of tables (:class:`mitramatch.evaluate.Evaluation` gives them): ``--by
summary`` the means per split and shape, the held-out NDCG per shape and the agreement between
shapes; ``--by profile`` every profile's figures, one table per shape; ``--by agreement`` every
profile's agreement between ``per_aspek`` and the other shapes. ``--format markdown`` is for
pasting into the README, ``csv`` for other programs (the main table of the view, tidy).
``--check-bar`` then checks the project's bar and exits 1 when it is not met.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..evaluate import BAR_K, BAR_NDCG, SAME_PROVINCE_BOOST, SAME_REGENCY_BOOST, evaluate
from ..exceptions import MitramatchError, Text, render, use_language
from ..io import write_csv_stream
from ..validation import LANGS
from .common import EPILOG, EXIT_INTERNAL, EXIT_OK, StdoutError, add_command, note, positive_int

__all__ = ["ranker_from_spec", "register", "report", "run_evaluate"]

#: The bar is not met. It shares 1 with an internal error: a bug says so on standard error.
EXIT_BAR_NOT_MET = EXIT_INTERNAL

# The shared exit codes, without the shared note on --output (this command writes no file).
_EPILOG = (
    EPILOG.partition("\noutput:")[0]
    + """
  With --check-bar, 1 also means the bar is not met; the failing shapes and profiles are named
  on standard error.

sets: a folder (data/eval/national: judgements.csv, shapes.csv, split.csv, needs/) or a
judgements file (data/eval/judgements.csv: one shape, per_aspek; no split file: all dev).
"""
)


def ranker_from_spec(text: str) -> Callable:
    """The callable named by ``MODULE:FUNCTION`` or ``path/to/file.py:FUNCTION``, for
    ``--ranker`` (an argparse type: a bad name is a usage error, exit 2).

    >>> ranker_from_spec("mitramatch.evaluate:baseline_a_scores").__name__
    'baseline_a_scores'
    """
    module_name, _, attribute = text.rpartition(":")
    if not module_name or not attribute:
        raise argparse.ArgumentTypeError(
            f"expected MODULE:FUNCTION or FILE.py:FUNCTION (e.g. myscorers:score); got {text!r}"
        )
    try:
        if module_name.endswith(".py"):
            path = Path(module_name)
            if not path.is_file():
                raise ImportError(f"no file {path}")
            spec = importlib.util.spec_from_file_location(path.stem, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        else:
            module = importlib.import_module(module_name)
    except Exception as exc:  # whatever the user's module raises, it is a bad --ranker
        raise argparse.ArgumentTypeError(
            f"cannot import {module_name!r}: {type(exc).__name__}: {exc}"
        ) from None
    found = module
    for part in attribute.split("."):
        found = getattr(found, part, None)
    if not callable(found):
        raise argparse.ArgumentTypeError(f"{module_name!r} has no function {attribute!r}")
    return found


def register(sub) -> None:
    p = add_command(
        sub,
        "evaluate",
        help="NDCG@k and precision@k of mitramatch and two baselines on a graded set",
        description=(
            "Rank every (profile, directory shape) pair of an evaluation set with mitramatch, "
            "baseline A (character n-gram TF-IDF of the partner's texts against the need "
            f"descriptions) and baseline B (A plus {SAME_REGENCY_BOOST} for a partner in the "
            f"organisation's kabupaten/kota, else {SAME_PROVINCE_BOOST} in its province), and "
            "score the rankings against the hand-written grades."
        ),
        epilog=_EPILOG,
    )
    p.add_argument("source", metavar="SET", help="a set folder or a judgements file")
    p.add_argument("--k", type=positive_int, default=10, help="NDCG cut-off (default 10)")
    p.add_argument(
        "--precision-k", type=positive_int, default=5, metavar="K",
        help="precision cut-off (default 5; grades 2 and 3 are relevant)",
    )  # fmt: skip
    p.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    p.add_argument(
        "--shape", action="append", metavar="NAME",
        help="only this directory shape (repeatable; default: every shape of the set)",
    )  # fmt: skip
    p.add_argument(
        "--by", choices=("summary", "profile", "agreement"), default="summary",
        help="means and the held-out summary (default), every profile, or shape agreement",
    )  # fmt: skip
    p.add_argument("--format", choices=("text", "markdown", "csv"), default="text")
    p.add_argument(
        "--check-bar", action="store_true",
        help=f"exit 1 unless, on the held-out part, the system's mean NDCG@{BAR_K} is at least "
        f"{BAR_NDCG:.2f} on every shape and above both baselines' on every shape",
    )  # fmt: skip
    p.add_argument(
        "--ranker", type=ranker_from_spec, metavar="MODULE:FUNCTION",
        help="measure this scorer instead of mitramatch: FUNCTION(directory, profile) returns "
        "one score per directory row (see mitramatch.evaluate.evaluate)",
    )  # fmt: skip
    p.add_argument(
        "--lang",
        choices=LANGS,
        default="id",
        help="language of titles and messages (default: Indonesian)",
    )
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.set_defaults(run=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    with use_language(args.lang):
        try:
            result = evaluate(
                Path(args.source), k=args.k, precision_k=args.precision_k, split=args.split,
                shapes=args.shape, ranker=args.ranker,
            )  # fmt: skip
            note(args, *(render(n) for n in result.notes))
            report(result, by=args.by, fmt=args.format)
            if not args.check_bar:
                return EXIT_OK
            failures = result.check_bar()
            bar = Text(
                f"on the held-out part, mean NDCG@{BAR_K} of {result.system} at least "
                f"{BAR_NDCG:.2f} and above both baselines on every shape "
                f"({', '.join(result.shapes)})",
                f"pada bagian heldout, rata-rata NDCG@{BAR_K} {result.system} minimal "
                f"{BAR_NDCG:.2f} dan di atas kedua baseline pada setiap bentuk "
                f"({', '.join(result.shapes)})",
            )
            if failures:
                lines = "\n".join(f"  - {render(f)}" for f in failures)
                title = render(Text("bar not met", "batas tidak tercapai"))
                print(f"mitramatch: {title}: {render(bar)}\n{lines}", file=sys.stderr)
                return EXIT_BAR_NOT_MET
            print(f"mitramatch: {render(Text('bar met', 'batas tercapai'))}: {render(bar)}",
                  file=sys.stderr)  # fmt: skip
            return EXIT_OK
        except StdoutError:
            raise
        except MitramatchError as exc:
            # Rendered here, inside the chosen language; the command line prints it (exit 2).
            raise MitramatchError(str(exc)) from exc


# -- the report ----------------------------------------------------------------------------------
def report(result, *, by: str = "summary", fmt: str = "text", stream=None) -> None:
    """Write the tables of ``result`` (an :class:`~mitramatch.evaluate.Evaluation`) for one
    view (``summary``, ``profile``, ``agreement``) as text, Markdown or CSV.

    Examples
    --------
    >>> from mitramatch.evaluate import Evaluation
    >>> runs = pd.DataFrame({"profile": "p.toml", "directory": "mitra", "shape": "per_aspek",
    ...     "split": "heldout", "system": ["mitramatch", "baseline_a", "baseline_b"],
    ...     "ranked": [["A", "B"], ["B", "A"], ["A", "B"]],
    ...     "grades": [[3, 0], [0, 3], [3, 0]], "ideal": [[3, 0]] * 3})
    >>> result = Evaluation(runs, system="mitramatch", shapes=["per_aspek"], k=2)
    >>> report(result, fmt="markdown")  # doctest: +NORMALIZE_WHITESPACE
    **Means per split and shape (NDCG@2, P@5)**
    <BLANKLINE>
    | split | shape | profiles | NDCG@2 mitramatch | NDCG@2 baseline_a | NDCG@2 baseline_b | P@5 mitramatch | P@5 baseline_a | P@5 baseline_b |
    | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
    | heldout | per_aspek | 1 | 1.000 | 0.631 | 1.000 | 0.200 | 0.200 | 0.200 |
    <BLANKLINE>
    **On the held-out part: NDCG@2 per shape**
    <BLANKLINE>
    | shape | mitramatch | baseline_a | baseline_b |
    | --- | ---: | ---: | ---: |
    | per_aspek | 1.000 | 0.631 | 1.000 |
    """  # noqa: E501
    stream = sys.stdout if stream is None else stream
    if fmt == "csv":  # one tidy table per view, for other programs
        tidy = {"summary": result.means, "profile": result.scores, "agreement": result.agreement}
        write_csv_stream(tidy[by](), stream)
        return
    sections = {"summary": _summary, "profile": _profiles, "agreement": _agreement}[by](result)
    blocks = []
    for title, table in sections:
        if table.empty:  # say so rather than print a bare header
            body = render(Text("(none)", "(tidak ada)"))
        else:
            body = _markdown(table) if fmt == "markdown" else _text(table)
        blocks.append(f"**{render(title)}**\n\n{body}" if fmt == "markdown" else
                      f"{render(title)}\n{body}")  # fmt: skip
    print("\n\n".join(blocks), file=stream)


def _summary(result) -> list[tuple[Text, pd.DataFrame]]:
    k, pk = result.k, result.precision_k
    sections = [
        (
            Text(f"Means per split and shape (NDCG@{k}, P@{pk})",
                 f"Rata-rata per bagian dan bentuk (NDCG@{k}, P@{pk})"),
            result.means(),
        )
    ]  # fmt: skip
    held = result.summary()
    if not held.empty:
        sections.append(
            (
                Text(f"On the held-out part: NDCG@{k} per shape",
                     f"Pada bagian heldout: NDCG@{k} per bentuk"),
                held.reset_index(),
            )
        )  # fmt: skip
    agreement = result.agreement()
    if not agreement.empty:
        sections.append(
            (
                Text("Shape agreement with per_aspek (means per split)",
                     "Kesesuaian bentuk dengan per_aspek (rata-rata per bagian)"),
                _agreement_means(result, agreement),
            )
        )  # fmt: skip
    return sections


def _agreement_means(result, agreement: pd.DataFrame) -> pd.DataFrame:
    keys = ["split", "shape", "system"]
    means = agreement.groupby(keys, sort=False).mean(numeric_only=True).reset_index()
    # The set's own orders (dev before heldout, shapes as listed, the system under test first).
    orders = {"split": ("dev", "heldout"), "shape": result.shapes, "system": result.systems}
    position = {c: {v: i for i, v in enumerate(values)} for c, values in orders.items()}
    means = means.sort_values(keys, key=lambda c: c.map(position[c.name]), kind="stable")
    return means.reset_index(drop=True)


def _profiles(result) -> list[tuple[Text, pd.DataFrame]]:
    sections = []
    for shape in result.shapes:
        title = Text(f"Shape {shape}: per profile", f"Bentuk {shape}: per profil")
        table = result.by_profile(shape)
        if table.empty:
            sections.append((title, table))
            continue
        parts = []
        for split, part in table.groupby("split", sort=False):
            mean = part.mean(numeric_only=True).to_frame().T
            mean.insert(0, "split", split)
            mean.insert(1, "directory", "")
            mean.insert(2, "profile", "(mean)")
            parts += [part, mean]
        sections.append((title, pd.concat(parts, ignore_index=True)))
    return sections


def _agreement(result) -> list[tuple[Text, pd.DataFrame]]:
    agreement = result.agreement()
    ours = agreement[agreement["system"] == result.system].drop(columns="system")
    title = Text(
        f"Shape agreement of {result.system} with per_aspek, per profile",
        f"Kesesuaian bentuk {result.system} dengan per_aspek, per profil",
    )
    if agreement.empty:
        title += Text(
            " (needs per_aspek and another shape of the same directories)",
            " (perlu per_aspek dan bentuk lain dari direktori yang sama)",
        )
        return [(title, ours)]
    means = Text("Shape agreement, means per split", "Kesesuaian bentuk, rata-rata per bagian")
    return [(title, ours), (means, _agreement_means(result, agreement))]


# -- tables as text --------------------------------------------------------------------------------
def _cells(table: pd.DataFrame) -> list[list[str]]:
    def cell(value) -> str:
        if isinstance(value, float):
            return "" if pd.isna(value) else f"{value:.3f}"
        return str(value)

    return [[cell(v) for v in row] for row in table.itertuples(index=False)]


def _text(table: pd.DataFrame) -> str:
    header = [str(c) for c in table.columns]
    rows = _cells(table)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in table.columns]

    def line(values: list[str]) -> str:
        return "  ".join(
            v.rjust(w) if right else v.ljust(w) for v, w, right in zip(values, widths, numeric)
        ).rstrip()

    return "\n".join([line(header), *(line(r) for r in rows)])


def _markdown(table: pd.DataFrame) -> str:
    header = [str(c) for c in table.columns]
    numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in table.columns]
    rule = ["---:" if right else "---" for right in numeric]
    rows = [header, rule, *_cells(table)]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)
