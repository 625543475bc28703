"""Cross-validated search for a few global scoring constants of the built-in criteria.

Run from the repository root (two worker processes; about two minutes: building the indexes
takes most of it, one configuration on all folds about a second)::

    PYTHONPATH=. python data/eval/tune_constants.py [--before] [--quick] [--out tune_results.json]

``--before`` starts from the constants as they were when this search was first run
(:data:`BEFORE`), reproducing its figures; without it the search starts from the committed
values.

Protocol
--------
*Metric*: mean NDCG@10 of mitramatch (default settings, as :func:`mitramatch.evaluate.evaluate`
ranks it) over every graded (profile, directory shape) pair of a group of folds, all pairs
weighing the same.

*Folds* (11): the nine national parts ``data/eval/national`` ... ``national9`` (each 4
directories x 3 shapes), and the Sumatera Selatan sample (``data/eval/judgements.csv``, one
shape) split in two by directory, ``sumsel_oku`` (``partners_oku.csv``, 2 profiles) and
``sumsel_palembang`` (``partners_palembang.csv``, 2 profiles): the sample has no split file
(every directory is ``dev``), so its two directories are its two folds.

1. *Current*: every fold measured with the constants as committed.
2. *Screening* (all folds together, one sweep): each candidate constant in :data:`GRID` set to
   each of its grid values, the others at their current values. The constants whose best grid
   value raises the pooled mean by at least :data:`MATTERS` are kept for step 3 (at most
   :data:`KEEP`, largest gain first).
3. *Leave one part out*: for each fold, coordinate search on the other ten folds (the kept
   constants in :data:`GRID` order, each over its grid, ``SWEEPS`` sweeps, a value adopted
   only when it raises the mean of the other folds by more than :data:`EPS`, ties kept at the
   current value), then the held-out fold measured once with the values chosen. Its change
   versus the current engine is the honest estimate of what tuning gains on an unseen part.
4. *Final*: the same coordinate search on all eleven folds together.

The constraint ``CROSS_ASPECT < OFFER_FLOOR`` (cross-aspect evidence never outranks an
actual offer) is kept: a grid point that breaks it is skipped. Every configuration is
evaluated on all folds once and cached; a fold's search reads only the other folds' figures.

Criteria are patched as class attributes (``NeedFit``, ``Proximity``) and ``DEFAULT_WEIGHTS``
in place before the profiles are read; the indexes are built once per worker (their memos
hold nothing that depends on these constants; :func:`check` compares with a fresh
:func:`~mitramatch.evaluate.evaluate` under an absurd value).
"""

from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from mitramatch.engine import builtin, load_needs
from mitramatch.engine import needs as needs_module
from mitramatch.evaluate import (
    _mitramatch_scores,
    _ranked_positions,
    evaluate,
    ndcg_at_k,
    read_eval_set,
)

ROOT = Path(__file__).resolve().parent
K = 10
PARTS = ["national"] + [f"national{i}" for i in range(2, 10)]
SUMSEL = {"sumsel_oku": "partners_oku.csv", "sumsel_palembang": "partners_palembang.csv"}
FOLDS = [*PARTS, *SUMSEL]
SWEEPS = 2
EPS = 1e-4  # a change must raise the mean by more than this (float noise, ties)
MATTERS = 0.002  # screening: gain of the best grid value that counts as mattering
KEEP = 6

#: name -> (grid, current value). Names: ``NeedFit.X``, ``Proximity.X``, ``NeedFit.X[aspect]``
#: (a per-aspect dict entry), ``weight.criterion`` (DEFAULT_WEIGHTS).
GRID: dict[str, list[float]] = {
    "NeedFit.OFFER_FLOOR": [0.05, 0.1, 0.15, 0.2],
    "NeedFit.CROSS_ASPECT": [0.0, 0.03, 0.06, 0.09],
    "NeedFit.CAPACITY_UNKNOWN": [0.7, 0.8, 0.9, 1.0],
    "NeedFit.ROLE_OTHER": [0.3, 0.5, 0.7],
    "NeedFit.ROLE_UNSTATED": [0.6, 0.8, 1.0],
    "NeedFit.COMMERCIAL": [0.3, 0.5, 0.7],
    "NeedFit.OTHER_FIELD": [0.3, 0.5, 0.7],
    "NeedFit.RESTRICTED": [0.3, 0.5, 0.7],
    "NeedFit.OUT_OF_REACH": [0.3, 0.5, 0.7],
    "NeedFit.STRONGEST": [0.3, 0.5, 0.7],
    "NeedFit.FIELD_WEIGHT[tenaga]": [0.6, 0.8, 1.0],
    "NeedFit.FIELD_WEIGHT[program]": [0.4, 0.6, 0.8],
    "NeedFit.FIELD_WEIGHT[dana]": [0.1, 0.3, 0.5],
    "Proximity.HALF_DISTANCE_KM": [50.0, 100.0, 200.0],
    "Proximity.SAME_PROVINCE": [0.3, 0.4, 0.5],
    "Proximity.ELSEWHERE": [0.0, 0.1, 0.2],
    "weight.proximity": [0.10, 0.15, 0.20, 0.25],
    "weight.vision": [0.05, 0.10, 0.15],
}


def _target(name: str):
    owner, attr = name.split(".", 1)
    key = None
    if attr.endswith("]"):
        attr, key = attr[:-1].split("[")
    if owner == "weight":
        return needs_module.DEFAULT_WEIGHTS, attr, None
    return {"NeedFit": builtin.NeedFit, "Proximity": builtin.Proximity}[owner], attr, key


def get(name: str) -> float:
    obj, attr, key = _target(name)
    if isinstance(obj, dict):
        return obj[attr]
    value = getattr(obj, attr)
    return value[key] if key is not None else value


def put(name: str, value: float) -> None:
    obj, attr, key = _target(name)
    if isinstance(obj, dict):
        obj[attr] = value
    elif key is not None:
        setattr(obj, attr, {**getattr(obj, attr), key: value})
    else:
        setattr(obj, attr, value)


CURRENT = {name: get(name) for name in GRID}
#: The values before this search was first run (what ``--before`` starts from, to reproduce it):
#: it adopted ``COMMERCIAL`` 0.3, the only constant whose own leave-one-out passed the rule.
BEFORE = {"NeedFit.COMMERCIAL": 0.5}


def start_from(values: dict[str, float]) -> None:
    """Set ``values`` as the current constants (in this process)."""
    for name, value in values.items():
        put(name, value)
    CURRENT.update({name: get(name) for name in GRID})


def valid(config: dict[str, float]) -> bool:
    full = {**CURRENT, **config}
    return full["NeedFit.CROSS_ASPECT"] < full["NeedFit.OFFER_FLOOR"]


def key_of(config: dict[str, float]) -> str:
    """A configuration as the values that differ from the current ones (sorted JSON)."""
    diff = {n: v for n, v in config.items() if not np.isclose(v, CURRENT[n])}
    return json.dumps(dict(sorted(diff.items())))


# -- evaluation (one worker holds every fold's indexes) -------------------------------------------
_SETS: dict = {}


def _load() -> dict:
    if not _SETS:
        sets = [(f, read_eval_set(ROOT / f), None) for f in PARTS]
        sumsel = read_eval_set(ROOT / "judgements.csv")
        sets += [(fold, sumsel, directory) for fold, directory in SUMSEL.items()]
        for fold, evalset, directory in sets:
            graded = evalset.judgements
            if directory is not None:
                graded = graded[graded["directory"] == directory]
            directories = list(dict.fromkeys(graded["directory"]))
            shapes = list(dict.fromkeys(evalset.files["shape"]))
            _SETS[fold] = (evalset, graded, evalset.load(directories, shapes))
    return _SETS


def measure(config: dict[str, float]) -> dict[str, list[float]]:
    """Fold -> NDCG@10 of every (profile, directory, shape) pair, in a fixed order."""
    saved = {n: get(n) for n in GRID}
    try:
        for name, value in config.items():
            put(name, value)
        out = {}
        for fold, (evalset, graded, indexes) in _load().items():
            values = []
            for (profile, directory), group in graded.groupby(["profile", "directory"], sort=False):
                needs = load_needs(evalset.profiles[profile])  # reads DEFAULT_WEIGHTS
                grade_of = dict(zip(group["partner_id"], group["grade"]))
                ideal = group["grade"].to_numpy(dtype=int)
                for (d, _shape), index in indexes.items():
                    if d != directory:
                        continue
                    ids = index.partner_id.astype(str)
                    ranked = ids[_ranked_positions(_mitramatch_scores(index, needs), index.id_rank)]
                    grades = np.array([grade_of.get(p, 0) for p in ranked], dtype=int)
                    values.append(ndcg_at_k(grades, ideal, K))
            out[fold] = values
        return out
    finally:
        for name, value in saved.items():
            put(name, value)


def pairs() -> dict[str, list[tuple[str, str, str]]]:
    """Fold -> the (profile, directory, shape) of each figure :func:`measure` gives."""
    out = {}
    for fold, (_, graded, indexes) in _load().items():
        out[fold] = [
            (profile, directory, shape)
            for (profile, directory), _ in graded.groupby(["profile", "directory"], sort=False)
            for (d, shape) in indexes
            if d == directory
        ]
    return out


def check() -> None:
    """The fast path equals evaluate() (current and patched), and a patch changes results."""
    fast = measure({})
    slow = evaluate(ROOT / "national3").scores().query("system == 'mitramatch'")["NDCG@10"]
    assert np.allclose(sorted(fast["national3"]), sorted(slow)), "fast path differs"
    absurd = {"NeedFit.STRONGEST": 0.0, "Proximity.ELSEWHERE": 1.0}
    patched = measure(absurd)
    saved = {n: get(n) for n in absurd}
    for n, v in absurd.items():
        put(n, v)
    try:
        slow = evaluate(ROOT / "national3").scores().query("system == 'mitramatch'")["NDCG@10"]
    finally:
        for n, v in saved.items():
            put(n, v)
    assert np.allclose(sorted(patched["national3"]), sorted(slow)), "patched fast path differs"
    assert not np.allclose(patched["national3"], fast["national3"]), "patch changed nothing"
    assert measure({}) == fast, "a patch leaked into the next measurement"
    print("check: fast path = evaluate(), patches take effect and are undone", flush=True)


# -- search ----------------------------------------------------------------------------------------
class Cache:
    def __init__(self, pool: ProcessPoolExecutor):
        self.pool, self.results = pool, {}

    def fill(self, configs: list[dict[str, float]]) -> None:
        todo = {key_of(c): c for c in configs if key_of(c) not in self.results}
        keys = list(todo)
        for k, result in zip(keys, self.pool.map(measure, [todo[k] for k in keys])):
            self.results[k] = result

    def mean(self, config: dict[str, float], folds: list[str]) -> float:
        result = self.results[key_of(config)]
        return float(np.mean([v for f in folds for v in result[f]]))


def coordinate_search(cache: Cache, names: list[str], folds: list[str]) -> dict[str, float]:
    config = {n: CURRENT[n] for n in names}
    for _ in range(SWEEPS):
        changed = False
        for name in names:
            trials = [{**config, name: v} for v in GRID[name] if valid({**config, name: v})]
            cache.fill([config, *trials])
            best, best_mean = config[name], cache.mean(config, folds)
            for trial in trials:
                m = cache.mean(trial, folds)
                if m > best_mean + EPS:
                    best, best_mean = trial[name], m
            if best != config[name]:
                config[name], changed = best, True
        if not changed:
            break
    return config


def leave_one_out(cache: Cache, names: list[str], current: dict, label: str) -> dict:
    """Per fold: search ``names`` on the other folds, measure the fold once. ``adopt``: the
    rule for a change (positive in most folds, not negative on average)."""
    folds = {}
    for fold in FOLDS:
        chosen = coordinate_search(cache, names, [f for f in FOLDS if f != fold])
        tuned = cache.mean(chosen, [fold])
        folds[fold] = {
            "current": current[fold],
            "tuned": tuned,
            "change": tuned - current[fold],
            "chosen": {n: v for n, v in chosen.items() if not np.isclose(v, CURRENT[n])},
        }
        if len(names) > 1:
            print(
                f"{label} {fold:18s} current {current[fold]:.4f} tuned {tuned:.4f} "
                f"change {tuned - current[fold]:+.4f} {folds[fold]['chosen']}",
                flush=True,
            )
    changes = [r["change"] for r in folds.values()]
    up, down = sum(c > 1e-9 for c in changes), sum(c < -1e-9 for c in changes)
    adopt = bool(up > len(changes) / 2 and np.mean(changes) >= 0)
    print(
        f"{label}: mean held-out change {np.mean(changes):+.4f}; positive in {up}, negative in "
        f"{down} of {len(changes)} folds; per fold "
        + " ".join(f"{c:+.4f}" for c in changes)
        + f"; passes: {adopt}",
        flush=True,
    )
    return {"folds": folds, "mean_change": float(np.mean(changes)), "adopt": adopt}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="tune_results.json")
    parser.add_argument("--quick", action="store_true", help="check the fast path and stop")
    parser.add_argument("--matters", type=float, default=MATTERS, help="screening threshold")
    parser.add_argument("--keep", type=int, default=KEEP, help="most constants searched")
    parser.add_argument(
        "--before", action="store_true", help="start from BEFORE (reproduce the first run)"
    )
    args = parser.parse_args()
    start = time.time()
    initial = BEFORE if args.before else {}
    start_from(initial)
    with ProcessPoolExecutor(2, initializer=start_from, initargs=(initial,)) as pool:
        pool.submit(check).result()
        if args.quick:
            return
        cache = Cache(pool)
        cache.fill([{}])
        current = {f: cache.mean({}, [f]) for f in FOLDS}
        labels = pool.submit(pairs).result()
        by_shape = {}
        for f in FOLDS:
            for (_, _, shape), v in zip(labels[f], cache.results[key_of({})][f]):
                by_shape.setdefault(f, {}).setdefault(shape, []).append(v)
        print(f"current, all folds: {cache.mean({}, FOLDS):.4f}", flush=True)
        for f in FOLDS:
            shapes = "  ".join(f"{s} {np.mean(v):.4f}" for s, v in by_shape[f].items())
            print(f"  {f:18s} {current[f]:.4f} ({len(labels[f])} pairs)  {shapes}")

        # Screening: one sweep, one constant at a time, on all folds.
        screen = {}
        base = cache.mean({}, FOLDS)
        trials = [{n: v} for n in GRID for v in GRID[n] if valid({n: v})]
        cache.fill(trials)
        for name in GRID:
            row = {v: cache.mean({name: v}, FOLDS) - base for v in GRID[name] if valid({name: v})}
            screen[name] = row
            print(f"screen {name:32s} " + "  ".join(f"{v:g}:{d:+.4f}" for v, d in row.items()))
        gains = {n: max(r.values()) for n, r in screen.items()}
        kept = [n for n in sorted(gains, key=lambda n: -gains[n]) if gains[n] >= args.matters][
            : args.keep
        ]
        kept = [n for n in GRID if n in kept]  # search order: GRID order
        print(f"kept for the search: {kept} ({time.time() - start:.0f} s)", flush=True)

        lopo = leave_one_out(cache, kept, current, "LOPO")
        # The same for each kept constant alone (the others at their current values).
        alone = {name: leave_one_out(cache, [name], current, name) for name in kept}
        final = coordinate_search(cache, kept, FOLDS)
        final_diff = {n: v for n, v in final.items() if not np.isclose(v, CURRENT[n])}
        print(f"final (all folds): {final_diff}, mean {cache.mean(final, FOLDS):.4f}")
        passed = {
            name: coordinate_search(cache, [name], FOLDS)[name]
            for name, run in alone.items()
            if run["adopt"]
        }
        passed = {n: v for n, v in passed.items() if not np.isclose(v, CURRENT[n])}
        print(
            f"joint search passes the rule: {lopo['adopt']}; constants whose own leave-one-out "
            f"passes it, with their value chosen on all folds: {passed}"
        )
        per_fold_final = {f: cache.mean(final, [f]) for f in FOLDS}
        Path(args.out).write_text(
            json.dumps(
                {
                    "current": current,
                    "current_by_shape": {
                        f: {s: float(np.mean(v)) for s, v in r.items()} for f, r in by_shape.items()
                    },
                    "pairs": labels,
                    "screen": {n: {str(v): d for v, d in r.items()} for n, r in screen.items()},
                    "kept": kept,
                    "lopo": lopo,
                    "lopo_alone": alone,
                    "passed_alone": passed,
                    "final": final_diff,
                    "final_per_fold": per_fold_final,
                    "configs": cache.results,
                },
                indent=1,
            )
        )
        print(f"done in {time.time() - start:.0f} s; results in {args.out}")


if __name__ == "__main__":
    main()
