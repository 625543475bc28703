"""mitramatch benchmarks: one table of wall times, peak memory and ratios to baselines.

Run ``make bench`` (or ``.venv/bin/python benchmarks/run.py``). Every measurement runs in its
own child process, so peak RSS (``ru_maxrss`` from ``os.wait4``) is that scenario's alone.
Baselines are timed in the same run, on the same machine:

* the floor: reading the directory CSV with pandas and nothing else;
* a naive implementation: the same criteria with row-wise ``DataFrame.apply``
  (``benchmarks/naive.py``), at a smaller size;
* scikit-criteria's weighted sum and TOPSIS on the same decision matrix (aggregation only);
* the physical floor of one profile: a weighted sum over an n x 5 matrix plus ``argpartition``
  for the top 10 (and the same once per organisation for the many-to-many scenario, in one
  process: the floor of ``rank_many(..., workers=-1)`` on every core is this divided by the
  cores). A scenario's peak RSS includes its forked workers (the largest of them).

Environment: ``BENCH_SIZES="1000000,50000"`` (large n, naive n), ``BENCH_REPEAT=3``,
``BENCH_MANY="10000,100000"`` (organisations, partners of the many-to-many scenario).
Generated data and the saved index live in ``benchmarks/out/`` (git-ignored) and are reused.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Every how many of the evaluation set's profiles the eval_profiles scenario ranks.
EVAL_EVERY = 5
OUT = HERE / "out"
NEEDS = """\
[organisation]
name = "PKBM Bina Insani"
sector = "masyarakat"
province = "Sumatera Selatan"
regency = "Muara Enim"
vision = "mewujudkan warga belajar yang terampil dan mandiri"
offers = "peserta didik kesetaraan, lulusan terampil, ruang belajar sore hari"

[needs.tenaga]
priority = 5
description = "instruktur keterampilan menjahit"
quantity = 2

[needs.dana]
priority = 3
description = "modal usaha kelompok belajar usaha"
quantity = "Rp 50.000.000"

[needs.program]
priority = 4
description = "magang di usaha konveksi"
"""


# -- children: each prints one JSON line {"seconds": [...], ...} ------------------------------
def _timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def child(scenario: str, n: int, repeat: int) -> dict:
    import numpy as np
    import pandas as pd

    from mitramatch import DirectoryIndex, load_needs, rank
    from mitramatch.datasets import make_directory

    csv, index_dir, needs_path = _paths(n)
    if scenario == "write":
        tmp = csv.with_suffix(".tmp")
        make_directory(n, seed=1).to_csv(tmp, index=False)
        tmp.replace(csv)
        return {"seconds": []}
    needs = load_needs(needs_path)
    if scenario == "read_csv":
        return {
            "seconds": _timed(
                lambda: pd.read_csv(csv, dtype=str, keep_default_na=False, na_values=[""]),
                repeat,
            )
        }
    if scenario == "build":
        holder = {}

        def build():
            holder.clear()  # one index alive at a time: peak RSS is one build's
            holder["index"] = DirectoryIndex.build(csv)

        seconds = _timed(build, repeat)
        holder["index"].save(index_dir)  # for the next scenarios; not timed
        return {"seconds": seconds}
    if scenario == "load":
        return {"seconds": _timed(lambda: DirectoryIndex.load(index_dir), repeat)}
    if scenario == "profile":
        index = DirectoryIndex.load(index_dir)
        rank(index, needs, top=10).to_frame()  # warm-up: Sastrawi, region table
        return {"seconds": _timed(lambda: rank(index, needs, top=10).to_frame(), repeat)}
    if scenario == "eval_profiles":
        # Real profiles from every province (the evaluation set's), each ranked once against
        # the synthetic directory: most find few partners near them or using their words, the
        # hard case for screening (the sample profile above is the easy one).
        index = DirectoryIndex.load(index_dir)
        rank(index, needs, top=10).to_frame()
        paths = sorted((HERE.parent / "data" / "eval").glob("*/needs/*.toml"))[::EVAL_EVERY]
        profiles = [load_needs(path) for path in paths]
        seconds = []
        for profile in profiles:
            start = time.perf_counter()
            rank(index, profile, top=10).to_frame()
            seconds.append(time.perf_counter() - start)
        return {"seconds": seconds}
    if scenario in ("naive", "ours"):
        frame = make_directory(n, seed=1)
        if scenario == "ours":
            rank(frame.head(50), needs)  # warm-up, as naive gets its stemmer warmed too
            result = {}
            seconds = _timed(lambda: result.update(r=rank(frame, needs, top=10)), repeat)
            top = result["r"].to_frame()["partner_id"].tolist()
        else:
            sys.path.insert(0, str(HERE))
            from naive import rank_naive

            rank_naive(frame.head(50), needs)
            result = {}
            seconds = _timed(lambda: result.update(r=rank_naive(frame, needs)), repeat)
            top = result["r"]["partner_id"].tolist()
        return {"seconds": seconds, "top": top}
    if scenario == "scan_floor":
        # The physical floor of one profile: a weighted sum over an n x 5 matrix and the
        # top 10 by argpartition, nothing else (no text, no regions, no table).
        matrix = np.random.default_rng(0).random((n, 5))
        weights = np.random.default_rng(1).random(5)
        return {"seconds": _timed(lambda: np.argpartition(-(matrix @ weights), 10)[:10], repeat)}
    if scenario in ("many", "many_cores"):
        from mitramatch.batch import rank_many
        from mitramatch.datasets import make_organisations
        from mitramatch.engine import load_organisations

        n_orgs, n_partners = _many()
        index = DirectoryIndex.build(make_directory(n_partners, seed=0))
        orgs = load_organisations(make_organisations(n_orgs, seed=0))
        workers = -1 if scenario == "many_cores" else 1
        return {"seconds": _timed(lambda: rank_many(index, orgs, top=10, workers=workers), 1)}
    if scenario == "many_floor":
        n_orgs, n_partners = _many()
        matrix = np.random.default_rng(0).random((n_partners, 5))
        rng = np.random.default_rng(1)

        def scans():
            for _ in range(n_orgs):
                np.argpartition(-(matrix @ rng.random(5)), 10)[:10]

        return {"seconds": _timed(scans, 1)}
    if scenario.startswith("agg_"):
        import warnings

        from mitramatch.engine import score_directory

        index = DirectoryIndex.load(index_dir)
        query = index.prepare(needs)
        scores = score_directory(index, query)
        matrix, weights = scores.criteria, query.weights
        ids = index.id_rank[scores.rows]
        if scenario == "agg_ours":

            def aggregate():
                total = np.round(np.clip(matrix @ weights, 0.0, 1.0), 12)
                return np.lexsort((ids, -total))

            return {"seconds": _timed(aggregate, repeat)}
        warnings.simplefilter("ignore")
        import skcriteria as skc
        from skcriteria.agg.similarity import TOPSIS
        from skcriteria.agg.simple import WeightedSumModel

        dm = skc.mkdm(matrix, objectives=[max] * matrix.shape[1], weights=weights)
        model = WeightedSumModel() if scenario == "agg_wsum" else TOPSIS()
        return {"seconds": _timed(lambda: model.evaluate(dm), repeat)}
    raise SystemExit(f"unknown scenario {scenario!r}")


# -- parent -----------------------------------------------------------------------------------
def _many() -> tuple[int, int]:
    """Organisations and partners of the many-to-many scenario (``BENCH_MANY``)."""
    orgs, partners = os.environ.get("BENCH_MANY", "10000,100000").split(",")
    return int(orgs), int(partners)


def _paths(n: int) -> tuple[Path, Path, Path]:
    return OUT / f"directory_{n}.csv", OUT / f"directory_{n}.index", OUT / "needs.toml"


def _prepare(n: int) -> None:
    OUT.mkdir(exist_ok=True)
    csv, _, needs = _paths(n)
    needs.write_text(NEEDS, encoding="utf-8")
    if not csv.exists():
        print(f"writing {csv.name} ...", file=sys.stderr, flush=True)
        # In a child: a forked child's peak RSS counts the pages it was forked with, so a
        # parent grown by generating a million rows would inflate every scenario's figure.
        _run_child("write", n, 1)


def _run_child(scenario: str, n: int, repeat: int) -> dict:
    argv = [sys.executable, __file__, "--child", scenario, "--n", str(n), "--repeat", str(repeat)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read(), proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"scenario {scenario} failed:\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    result["rss_mib"] = usage.ru_maxrss / 1024  # KiB on Linux
    return result


def _run_cli(n: int, repeat: int) -> dict:
    csv, _, needs = _paths(n)
    target = OUT / "ranking.csv"
    argv = [sys.executable, "-m", "mitramatch.cli", "rank", str(csv), "--needs", str(needs),
            "--top", "10", "--output", str(target), "--quiet"]  # fmt: skip
    seconds, rss = [], 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"mitramatch rank failed:\n{proc.stderr.read().decode()}")
        rss = max(rss, usage.ru_maxrss / 1024)
    return {"seconds": seconds, "rss_mib": rss}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child")
    parser.add_argument("--n", type=int)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.n, args.repeat)))
        return

    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000000,50000").split(",")]
    big, small = sizes[0], sizes[1] if len(sizes) > 1 else min(sizes[0], 100_000)
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    _prepare(big)
    rows = []

    def add(label, n, result, baseline=None, ratio_label=""):
        median = statistics.median(result["seconds"])
        ratio = ""
        if baseline is not None:
            base = statistics.median(baseline["seconds"])
            ratio = f"{median / base:.2f}x {ratio_label}"
        rows.append((label, f"{n:,}", f"{median:.3f}", f"{result['rss_mib']:.0f}", ratio))
        print("  done:", " | ".join(rows[-1]), file=sys.stderr, flush=True)

    floor = _run_child("read_csv", big, repeat)
    add("read CSV with pandas (floor)", big, floor)
    add("mitramatch rank CLI, --top 10", big, _run_cli(big, repeat), floor, "the floor")
    add("DirectoryIndex.build(CSV)", big, _run_child("build", big, repeat), floor, "the floor")
    add("DirectoryIndex.load(saved)", big, _run_child("load", big, repeat))
    scan = _run_child("scan_floor", big, max(repeat, 5))
    add("numpy full scan, 5 criteria (floor)", big, scan)
    add("one profile vs prebuilt index", big, _run_child("profile", big, max(repeat, 5)), scan,
        "the floor")  # fmt: skip
    profiles = _run_child("eval_profiles", big, 1)
    add(f"{len(profiles['seconds'])} eval-set profiles, once each (median)", big, profiles, scan,
        "the floor")  # fmt: skip
    n_orgs, n_partners = _many()
    many_floor = _run_child("many_floor", n_partners, 1)
    add(f"numpy full scan x {n_orgs:,} orgs (floor)", n_partners, many_floor)
    add(f"rank_many, {n_orgs:,} orgs, top 10", n_partners, _run_child("many", n_partners, 1),
        many_floor, "the floor")  # fmt: skip
    add(f"rank_many, {n_orgs:,} orgs, top 10, workers=-1 ({os.cpu_count()} cores)", n_partners,
        _run_child("many_cores", n_partners, 1), many_floor, "the floor")  # fmt: skip
    ours = _run_child("ours", small, repeat)
    naive = _run_child("naive", small, 1)
    add("rank() from a DataFrame", small, ours)
    add("naive row-wise apply (1 run)", small, naive, ours, "ours")
    agg = _run_child("agg_ours", big, max(repeat, 5))
    add("aggregation: ours (sum + sort)", big, agg)
    add("aggregation: skcriteria WeightedSum", big, _run_child("agg_wsum", big, repeat), agg,
        "ours")  # fmt: skip
    add("aggregation: skcriteria TOPSIS", big, _run_child("agg_topsis", big, repeat), agg, "ours")

    overlap = len(set(ours["top"]) & set(naive["top"]))
    header = ("scenario", "n", "median s", "peak RSS MiB", "ratio")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
    print(
        f"\nrepeats: {repeat} (naive: 1); cores: {os.cpu_count()}; "
        f"top-10 overlap ours vs naive: {overlap}/10"
    )


if __name__ == "__main__":
    main()
