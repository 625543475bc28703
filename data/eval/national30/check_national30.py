"""Consistency check of the national30 evaluation set (Python standard library only).

Checks that every directory has its three shapes with the same partner ids in the same order,
that every profile belongs to exactly one directory (by the prefix of its partner ids in
judgements.csv), that every partner of a directory is graded exactly once for each profile of
that directory and nothing else is graded, that grades are 0-3 with a reason, that every
directory is in split.csv as heldout, and that each profile parses as TOML with needs of
priority 1-5. It computes nothing about relevance.

    python3 data/eval/national30/check_national30.py
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import tomllib

HERE = Path(__file__).resolve().parent
ASPECTS = {"dana", "tenaga", "sarana", "program", "pendayagunaan_hasil"}


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def main() -> int:
    errors: list[str] = []
    shapes = defaultdict(dict)
    for row in read(HERE / "shapes.csv"):
        shapes[row["directory"]][row["shape"]] = row["file"]
    ids: dict[str, list[str]] = {}
    for directory, files in shapes.items():
        if set(files) != {"per_aspek", "satu_kolom", "kapital"}:
            errors.append(f"{directory}: shapes {sorted(files)}")
            continue
        per = [r["partner_id"] for r in read(HERE / files["per_aspek"])]
        one = [r["ID"] for r in read(HERE / files["satu_kolom"])]
        kap = [r["partner_id"] for r in read(HERE / files["kapital"])]
        if not (per == one == kap):
            errors.append(f"{directory}: partner ids differ between shapes")
        if len(set(per)) != len(per):
            errors.append(f"{directory}: duplicate partner ids")
        ids[directory] = per

    split = {r["directory"]: r["split"] for r in read(HERE / "split.csv")}
    if set(split) != set(ids) or set(split.values()) != {"heldout"}:
        errors.append(f"split.csv: {split}")

    graded = defaultdict(Counter)
    profile_dir: dict[str, set[str]] = defaultdict(set)
    grades = Counter()
    for row in read(HERE / "judgements.csv"):
        profile_dir[row["profile"]].add(row["directory"])
        graded[(row["profile"], row["directory"])][row["partner_id"]] += 1
        if row["grade"] not in {"0", "1", "2", "3"}:
            errors.append(f"bad grade {row}")
        if not row["reason"].strip():
            errors.append(f"empty reason {row['profile']} {row['partner_id']}")
        grades[row["grade"]] += 1

    needs = sorted(p.name for p in (HERE / "needs").glob("*.toml"))
    if sorted(profile_dir) != needs:
        errors.append(f"profiles graded {sorted(profile_dir)} != needs/ {needs}")
    for profile in needs:
        data = tomllib.loads((HERE / "needs" / profile).read_text(encoding="utf-8"))
        for aspect, need in data.get("needs", {}).items():
            if aspect not in ASPECTS or not 1 <= int(need["priority"]) <= 5:
                errors.append(f"{profile}: bad need {aspect}")
    for profile, dirs in profile_dir.items():
        if len(dirs) != 1:
            errors.append(f"{profile}: graded in several directories {dirs}")
            continue
        directory = next(iter(dirs))
        if directory not in ids:
            errors.append(f"{profile}: unknown directory {directory}")
            continue
        counts = graded[(profile, directory)]
        missing = [i for i in ids[directory] if counts[i] == 0]
        double = [i for i, n in counts.items() if n > 1]
        extra = [i for i in counts if i not in ids[directory]]
        if missing or double or extra:
            errors.append(f"{profile}: missing {missing} double {double} extra {extra}")

    for e in errors:
        print("ERROR", e)
    n = sum(grades.values())
    print(
        f"{len(ids)} directories, {sum(map(len, ids.values()))} partners, {len(needs)} profiles, "
        f"{n} grades: " + ", ".join(f"{g}={grades[g]}" for g in "0123")
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
