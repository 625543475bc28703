"""How long finding and merging duplicates takes on a large directory, and what it finds.

    .venv/bin/python benchmarks/dedup.py [N] [N_DUPLICATES]

Builds ``make_directory(N, seed=3)`` (fictional rows, real regions; names drawn from small word
pools, so many different rows have similar names: a hard case for blocking), then appends
N_DUPLICATES copies of random rows written the way other lists write them (upper case, long
forms of abbreviations, regency dropped or spelled out, legal forms moved, a phone number
added to both). Times :func:`mitramatch.merge_directories` end to end (reading the two frames,
normalising names, blocking, scoring, merging) and, as a baseline in the same run, one
regency block compared in full with rapidfuzz ``cdist`` (what comparing every pair costs,
extrapolated to all pairs). Reports how many planted duplicates were found.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

import mitramatch as mm
from mitramatch.datasets import make_directory

LONG = {
    "LKP": "Lembaga Kursus dan Pelatihan",
    "PKBM": "Pusat Kegiatan Belajar Masyarakat",
    "BLK": "Balai Latihan Kerja",
    "SKB": "Sanggar Kegiatan Belajar",
    "PKK": "TP PKK",
}


def vary(name: str, k: int) -> str:
    words = name.split()
    if words and words[0] in LONG and k % 2 == 0:
        words[0] = LONG[words[0]]
    out = " ".join(words)
    if k % 3 == 0:
        out = out.upper()
    if k % 5 == 0 and out.lower().startswith("ud "):
        out = out[3:] + ", UD"
    return out


def main(n: int = 100_000, planted: int = 2_000) -> int:
    base = make_directory(n, seed=3)
    rng = np.random.default_rng(7)
    picks = rng.choice(n, size=planted, replace=False)
    phones = np.array([f"0812{7000000 + k:07d}" for k in range(planted)])
    base["phone"] = pd.Series([None] * n, dtype=object)
    base.loc[picks, "phone"] = phones
    other = base.loc[picks, ["name", "regency", "province", "kind"]].copy()
    other["name"] = [vary(v, k) for k, v in enumerate(other["name"])]
    drop = rng.random(planted) < 0.3
    other.loc[other.index[drop], "regency"] = None
    other["phone"] = [
        p if k % 2 else p[:4] + "-" + p[4:8] + "-" + p[8:] for k, p in enumerate(phones)
    ]
    other["partner_id"] = [f"X-{k:05d}" for k in range(planted)]
    other = other.reset_index(drop=True)
    base.attrs["source"], other.attrs["source"] = "directory", "other_list"

    start = time.perf_counter()
    result = mm.merge_directories([base, other])
    seconds = time.perf_counter() - start

    sources = result.merged["sources"]
    found = sum(1 for s in sources if "other_list:" in s and "directory:" in s)
    sure = int((result.pairs["status"] == "sure").sum())
    possible = int((result.pairs["status"] == "possible").sum())

    # Baseline in the same run: every pair of the largest regency block, in full.
    regions = base["region_code"].fillna("?")
    block = base.loc[regions == regions.value_counts().index[0], "name"].tolist()
    t0 = time.perf_counter()
    process.cdist(block, block, scorer=fuzz.token_sort_ratio, dtype=np.uint8, workers=-1)
    per_pair = (time.perf_counter() - t0) / (len(block) ** 2)
    rows = n + planted
    all_pairs = rows * (rows - 1) / 2
    print(f"rows: {rows:,} ({planted:,} planted duplicates)")
    print(
        f"merge_directories: {seconds:.1f} s; {result.n_candidates:,} candidate pairs scored; "
        f"{sure:,} sure, {possible:,} possible"
    )
    print(f"planted duplicates merged: {found:,} of {planted:,} ({found / planted:.1%})")
    print(
        f"baseline, every pair with cdist token_sort_ratio: {per_pair * 1e9:.1f} ns a pair, "
        f"{all_pairs * per_pair / 60:.1f} min for all {all_pairs:,.0f} pairs (scoring names only)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:])))
