"""Precision and recall of mitramatch's duplicate finder on the labelled records, against a plain
rapidfuzz ``token_sort_ratio`` baseline at its best threshold.

    .venv/bin/python data/eval/dedup/evaluate_dedup.py

Two records are duplicates when they carry the same ``entity`` (labels written with the records,
before anything was scored). Every pair of the 132 records counts: a duplicate the blocking never
compared is a miss.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, utils

import mitramatch as mm
from mitramatch.io import read_table

HERE = Path(__file__).resolve().parent


def truth(records: pd.DataFrame) -> set[tuple[int, int]]:
    pairs = set()
    for _, group in records.groupby("entity"):
        pairs.update(itertools.combinations(sorted(group.index), 2))
    return pairs


def prf(predicted: set, true: set) -> tuple[float, float, float]:
    hit = len(predicted & true)
    p = hit / len(predicted) if predicted else 1.0
    r = hit / len(true) if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(name: str = "records.csv") -> int:
    records, _ = read_table(HERE / name, what="labelled records")
    records = records.drop(columns="__row__").fillna("")
    true = truth(records)
    lists = {k: g.drop(columns=["entity", "list", "note"]) for k, g in records.groupby("list")}
    frames = []
    for key, frame in lists.items():
        frame = frame.copy()
        frame.attrs["source"] = f"list_{key}"
        frames.append(frame)
    pairs = mm.find_duplicates(frames)
    # Back from (list, spreadsheet row) to the record's position in records.csv.
    where = {}
    for key, frame in lists.items():
        for k, idx in enumerate(frame.index):
            where[(f"list_{key}", k + 2)] = idx

    def ours(statuses):
        chosen = pairs[pairs["status"].isin(statuses)]
        return {
            tuple(sorted((where[(a, int(b))], where[(c, int(d))])))
            for a, b, c, d in chosen[
                ["left_source", "left_row", "right_source", "right_row"]
            ].itertuples(index=False)
        }

    names = records["name"].tolist()
    all_pairs = list(itertools.combinations(range(len(records)), 2))
    base = np.array(
        [
            fuzz.token_sort_ratio(names[i], names[j], processor=utils.default_process)
            for i, j in all_pairs
        ]
    )
    best = None
    for t in range(50, 101):
        predicted = {p for p, s in zip(all_pairs, base) if s >= t}
        score = prf(predicted, true)
        if best is None or score[2] > best[1][2]:
            best = (t, score)
    rows = [
        ("mitramatch, sure pairs (merged automatically)", *prf(ours({"sure"}), true)),
        ("mitramatch, sure + possible (shown for review)", *prf(ours({"sure", "possible"}), true)),
        (f"baseline token_sort_ratio >= {best[0]} (best F1)", *best[1]),
    ]
    print(
        f"{len(records)} records, {records['entity'].nunique()} institutions, "
        f"{len(true)} duplicate pairs among {len(all_pairs)} pairs"
    )
    print("| method | precision | recall | F1 |")
    print("|---|---|---|---|")
    for name, p, r, f in rows:
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    missed = true - ours({"sure", "possible"})
    wrong = ours({"sure", "possible"}) - true
    print("\nmissed (not even possible):")
    for i, j in sorted(missed):
        print(f"  {names[i]!r} ~ {names[j]!r}")
    print("wrongly paired:")
    for i, j in sorted(wrong):
        print(f"  {names[i]!r} ~ {names[j]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
