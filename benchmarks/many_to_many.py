"""Many organisations against many partners: ``rank_many`` with top 10 each.

Usage: ``.venv/bin/python benchmarks/many_to_many.py [ORGS] [PARTNERS]`` (default 10,000 x
100,000, the issue's target: at most 120 s on 2 cores, never materialising the score matrix).
Prints the wall time of each phase and the peak RSS of this process. A check re-ranks a
sample of organisations one by one with ``rank`` and compares.
"""

from __future__ import annotations

import resource
import sys
import time

from mitramatch import DirectoryIndex, rank
from mitramatch.batch import load_organisations, rank_many
from mitramatch.datasets import make_directory, make_organisations


def main() -> None:
    n_orgs = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    n_partners = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    partners, organisations = make_directory(n_partners, seed=0), make_organisations(n_orgs, seed=0)
    t0 = time.perf_counter()
    index = DirectoryIndex.build(partners)
    t1 = time.perf_counter()
    orgs = load_organisations(organisations)
    t2 = time.perf_counter()
    out = rank_many(index, orgs, top=10)
    t3 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(f"{n_orgs:,} organisations x {n_partners:,} partners, top 10 each")
    print(f"  build index     {t1 - t0:8.1f} s")
    print(f"  load orgs       {t2 - t1:8.1f} s")
    print(f"  rank_many       {t3 - t2:8.1f} s   ({len(out):,} rows)")
    print(f"  peak RSS        {peak:8.2f} GiB")
    sample = orgs.ids[:: max(1, len(orgs) // 20)]
    for org_id in sample:
        profile = orgs[list(orgs.ids).index(org_id)]
        one = rank(index, profile, top=10).to_frame()["partner_id"].tolist()
        got = out.loc[out["org_id"] == org_id, "partner_id"].tolist()
        assert one == got, org_id
    print(f"  check: {len(sample)} organisations equal rank() one by one")


if __name__ == "__main__":
    main()
