"""How well free-text offers are read by aspect, measured on the national parts.

Run from the repository root::

    PYTHONPATH=. python data/eval/classify_offers.py [--errors errors.csv] [part ...]

Every ``per_aspek`` directory of the parts (all of ``data/eval/national*`` by default) files
each offer under the aspect its author chose. Each such cell is read as free text, the way a
one-column list is read (:func:`mitramatch.engine.clauses_of` with no column to say its
aspect), and every clause's aspect is compared with the author's column. The authors are
many and never saw the classifier, so this measures the cue vocabulary on lists it was not
written from; it is coarse where authors file one offer under two aspects (a CSR's
"hibah alat produksi" under dana is equipment given, and read so).

Printed: the confusion table (rows: the author's column, columns: the aspect read; ``None``:
no cue, the clause is lost in a one-column list) and the accuracy.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pandas as pd

from mitramatch.engine import Analyzer, clauses_of
from mitramatch.engine.aspects import ASPECTS

ROOT = Path(__file__).resolve().parent
SHAPES = ("_kapital.csv", "_satu_kolom.csv")


def parts() -> list[str]:
    return sorted(
        (p.name for p in ROOT.glob("national*") if p.is_dir()),
        key=lambda n: int(n[len("national") :] or 1),
    )


def read_clauses(names: list[str], analyzer: Analyzer) -> pd.DataFrame:
    """One row per clause: part, partner, the author's aspect, the aspect read, the text."""
    rows = []
    for name in names:
        for path in sorted((ROOT / name).glob("partners_*.csv")):
            if path.name.endswith(SHAPES):
                continue
            directory = pd.read_csv(path, dtype=str, keep_default_na=False)
            for _, partner in directory.iterrows():
                for aspect in ASPECTS:
                    text = partner.get(f"offers_{aspect}", "").strip()
                    for clause in clauses_of(text, analyzer) if text else ():
                        rows.append(
                            (name, partner["partner_id"], aspect, clause.aspect, clause.text)
                        )
    return pd.DataFrame(rows, columns=["part", "partner_id", "filed", "read", "text"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", help="parts to read (default: every national part)")
    parser.add_argument("--errors", help="write the clauses read otherwise to this CSV")
    args = parser.parse_args()
    clauses = read_clauses(args.parts or parts(), Analyzer())
    clauses["read"] = clauses["read"].fillna("None")
    counts = Counter(zip(clauses["filed"], clauses["read"]))
    table = pd.Series(counts).unstack(fill_value=0)
    print(table.reindex(columns=[*ASPECTS, "None"], fill_value=0).to_string())
    right = int((clauses["filed"] == clauses["read"]).sum())
    print(f"accuracy {right / len(clauses):.3f} over {len(clauses)} clauses")
    if args.errors:
        clauses[clauses["filed"] != clauses["read"]].to_csv(args.errors, index=False)


if __name__ == "__main__":
    main()
