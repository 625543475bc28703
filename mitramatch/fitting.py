"""Criterion weights learned from how past partnerships went.

The default weights (``need_fit`` 0.55, ``proximity`` 0.15, ...) are a judgement made before any
partnership ran. A register of past partnerships says what worked: a partnership rated well
should rank above one rated badly, and above partners the organisation never chose.
:func:`fit_weights` learns weights that make it so.

Method
------
For every organisation of the register (linked to the organisations file by ``org_id`` or
name) the engine scores every partner of the directory (:func:`mitramatch.engine.prepare`,
:func:`mitramatch.engine.score`, filters off). A partner's *features* are its criterion scores
with the need gate applied (:func:`mitramatch.engine.contributions` at unit weights), so that
its total score is ``w · features / sum(w)``: linear in the weights, and a ranking depends on
their direction only. Each partner gets a grade for that organisation: 2 rated well (4-5),
1 rated 3 or completed without a rating, 0 rated badly (1-2) or cancelled, and never chosen
also 0. Every pair of partners with different grades (never-chosen partners sampled, at most
``negatives`` per chosen one) gives a feature difference that should score positive.

A pairwise logistic regression (``sklearn.linear_model.LogisticRegression``, no intercept,
L2-regularised with ``C``) learns ``w`` from those differences, symmetrised. Weights must not
be negative (a criterion may not count *against* meeting the needs), so the fit is repeated
without the criteria whose weight came out negative until none does (an active-set method;
it stops at a non-negative solution of the same loss restricted to the kept criteria). The
weights are scaled to sum to 1.

Evaluation is cross-validated by organisation (``GroupKFold``): weights are learned without
the organisations they are tested on, each test organisation's NDCG@k is computed with the
learned and the default weights, and the mean change is reported with a bootstrap interval
over organisations. An improvement is claimed only when that interval lies above zero.

The need gate threshold (:data:`mitramatch.engine.NEED_GATE`) is a module constant of the
engine, not a parameter of a query, so it is not learned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from .engine import (
    DirectoryIndex,
    OrganisationBatch,
    Query,
    contributions,
    fmt,
    load_organisations,
    order,
    prepare,
    score,
    totals,
)
from .evaluate import ndcg_at_k
from .exceptions import MitramatchError, Text
from .names import name_key
from .register import GOOD_RATING, LOW_RATING, Register, load_register
from .validation import check_positive_int, check_scalar

__all__ = [
    "MIN_ORGANISATIONS",
    "MIN_RATED",
    "NotEnoughHistory",
    "WeightFit",
    "fit_weights",
    "simulate_register",
]

#: Least organisations with graded partnerships, and least graded partnerships, to learn from.
MIN_ORGANISATIONS, MIN_RATED = 5, 20


class NotEnoughHistory(MitramatchError, ValueError):
    """The register is too small (or too unlinked) to learn weights from."""


@dataclass
class WeightFit:
    """Learned weights and the evidence for them.

    Attributes
    ----------
    weights, default_weights : dict
        Learned and default weights (summing to 1), by criterion name.
    ndcg_default, ndcg_learned : float
        Mean cross-validated NDCG@k over organisations.
    delta, interval : float, (float, float)
        Mean change and its 95 % bootstrap interval over organisations.
    improved : bool
        Whether the interval lies above zero.
    per_organisation : DataFrame
        ``org_id``, ``ndcg_default``, ``ndcg_learned`` for every organisation tested.
    """

    weights: dict[str, float]
    default_weights: dict[str, float]
    k: int
    ndcg_default: float
    ndcg_learned: float
    delta: float
    interval: tuple[float, float]
    improved: bool
    per_organisation: pd.DataFrame
    n_organisations: int
    n_pairs: int
    notes: list[Any] = field(default_factory=list)

    def toml(self) -> str:
        """The weights as a ``[weights]`` table to paste into a needs profile."""
        lines = ["[weights]"]
        lines += [f"{name} = {value:.3f}" for name, value in self.weights.items()]
        return "\n".join(lines) + "\n"

    def to_frame(self) -> pd.DataFrame:
        """One row per criterion: default and learned weight."""
        return pd.DataFrame(
            {
                "criterion": list(self.weights),
                "default": [round(self.default_weights[c], 3) for c in self.weights],
                "learned": [round(v, 3) for v in self.weights.values()],
            }
        )

    def summary(self, lang: str = "id") -> str:
        lo, hi = self.interval
        d, k = self.delta, self.k
        if lang == "en":
            head = (
                f"Learned from {self.n_pairs} pairs over {self.n_organisations} organisations. "
                f"Cross-validated NDCG@{k}: default {self.ndcg_default:.3f}, learned "
                f"{self.ndcg_learned:.3f} (change {d:+.3f}, 95% interval {lo:+.3f} to {hi:+.3f})."
            )
            tail = (
                " The learned weights rank past partnerships better."
                if self.improved
                else " No evidence that the learned weights rank better: keep the defaults."
            )
            return head + tail

        def num(value: float, sign: str = "") -> str:  # decimal comma, as all Indonesian output
            return ("+" if sign and value >= 0 else "") + fmt(value, "id", 3)

        head = (
            f"Dipelajari dari {self.n_pairs} pasangan pada {self.n_organisations} organisasi. "
            f"NDCG@{k} validasi silang: bobot bawaan {num(self.ndcg_default)}, bobot hasil "
            f"belajar {num(self.ndcg_learned)} (selisih {num(d, '+')}, selang 95% "
            f"{num(lo, '+')} sampai {num(hi, '+')})."
        )
        tail = (
            " Bobot hasil belajar mengurutkan kemitraan yang lalu dengan lebih baik."
            if self.improved
            else " Tidak ada bukti bobot hasil belajar lebih baik: tetap pakai bobot bawaan."
        )
        return head + tail


@dataclass
class _Org:
    org_id: str
    query: Query
    values: np.ndarray  # (partners, criteria) criterion scores
    features: np.ndarray  # the same with the need gate applied
    grades: np.ndarray  # per partner
    chosen: np.ndarray  # bool per partner


def _features(query: Query, values: np.ndarray) -> np.ndarray:
    unit = replace(query, weights=np.ones(len(query.criteria)))
    return contributions(values, unit)


def _as_index(directory: Any) -> DirectoryIndex:
    return directory if isinstance(directory, DirectoryIndex) else DirectoryIndex.build(directory)


def _link_organisations(register: Register, orgs: OrganisationBatch) -> np.ndarray:
    """Each register row's organisation as a position in ``orgs`` (-1 when not there)."""
    by_id = {str(i): k for k, i in enumerate(orgs.ids)}
    by_name: dict[tuple, int] = {}
    for k, profile in enumerate(orgs):
        key = name_key(profile.organisation.name or "")
        by_name.setdefault((key.core, key.types, key.numbers), k)
    out = np.full(len(register), -1, dtype=np.int64)
    f = register.frame
    for k, (oid, name) in enumerate(zip(f["org_id"], f["organisation"])):
        if oid is not None and oid in by_id:
            out[k] = by_id[oid]
        elif name is not None:
            key = name_key(name)
            out[k] = by_name.get((key.core, key.types, key.numbers), -1)
    return out


def _grade(status: str, rating: float) -> int:
    if status == "batal" or (not np.isnan(rating) and rating <= LOW_RATING):
        return 0
    if not np.isnan(rating) and rating >= GOOD_RATING:
        return 2
    return 1


def _collect(
    register: Register, index: DirectoryIndex, orgs: OrganisationBatch
) -> tuple[list[_Org], list]:
    f = register.frame
    partner = register.partner_positions(index)
    org = _link_organisations(register, orgs)
    notes = []
    lost_p, lost_o = int((partner < 0).sum()), int((org < 0).sum())
    if lost_p:
        notes.append(Text(f"{lost_p} register row(s) name a partner not in the directory; left out",
                          f"{lost_p} baris register menyebut mitra yang tidak ada di direktori; "
                          "tidak dipakai"))  # fmt: skip
    if lost_o:
        notes.append(Text(f"{lost_o} register row(s) name an organisation not in the "
                          "organisations file; left out",
                          f"{lost_o} baris register menyebut organisasi yang tidak ada di berkas "
                          "organisasi; tidak dipakai"))  # fmt: skip
    out = []
    for o in sorted(set(org[(org >= 0) & (partner >= 0)].tolist())):
        rows = np.flatnonzero((org == o) & (partner >= 0))
        profile = orgs[o]
        query = prepare(index, profile)
        scored = score(index, query, filtered=False)
        values = np.empty_like(scored.criteria)
        values[scored.rows] = scored.criteria
        grades = np.zeros(len(index), dtype=np.int64)
        chosen = np.zeros(len(index), dtype=bool)
        for r in rows.tolist():
            p = int(partner[r])
            g = _grade(f["status"].iat[r], float(f["rating"].iat[r]))
            grades[p] = g if not chosen[p] else max(grades[p], g)
            chosen[p] = True
        out.append(_Org(str(orgs.ids[o]), query, values, _features(query, values), grades, chosen))
    return out, notes


def _pairs(org: _Org, negatives: int, rng: np.random.Generator) -> np.ndarray:
    """Feature differences (better minus worse) of one organisation's graded pairs."""
    chosen = np.flatnonzero(org.chosen)
    never = np.flatnonzero(~org.chosen)
    diffs = []
    for a in chosen.tolist():
        for b in chosen.tolist():
            if org.grades[a] > org.grades[b]:
                diffs.append(org.features[a] - org.features[b])
        if org.grades[a] > 0 and len(never):
            sample = rng.choice(never, size=min(negatives, len(never)), replace=False)
            diffs.extend(org.features[a] - org.features[sample])
    width = org.features.shape[1]
    return np.array(diffs, dtype=float).reshape(-1, width)


def _learn(diffs: np.ndarray, c: float) -> np.ndarray | None:
    """Non-negative pairwise logistic regression (active set); None without any signal."""
    from sklearn.linear_model import LogisticRegression

    width = diffs.shape[1]
    active = np.ones(width, dtype=bool)
    x = np.vstack([diffs, -diffs])
    y = np.r_[np.ones(len(diffs)), np.zeros(len(diffs))]
    while active.any():
        model = LogisticRegression(C=c, fit_intercept=False, max_iter=1000)
        model.fit(x[:, active], y)
        coef = model.coef_.ravel()
        if (coef >= 0).all():
            w = np.zeros(width)
            w[active] = coef
            return w if w.sum() > 0 else None
        # Drop the most negative criterion and refit: the others' weights change with it.
        active[np.flatnonzero(active)[int(np.argmin(coef))]] = False
    return None


def _ndcg(org: _Org, weights: np.ndarray, index: DirectoryIndex, k: int) -> float:
    query = replace(org.query, weights=weights / weights.sum())
    ranked = order(totals(org.values, query), index.id_rank)
    return ndcg_at_k(org.grades[ranked], org.grades, k)


def fit_weights(
    register: Any,
    directory: Any,
    organisations: Any,
    *,
    k: int = 10,
    n_splits: int = 5,
    c: float = 1.0,
    negatives: int = 30,
    n_boot: int = 2000,
    seed: int = 0,
) -> WeightFit:
    """Learn criterion weights from a partnership register (see the module docstring).

    Parameters
    ----------
    register : Register, path or DataFrame
        Past partnerships, with ratings.
    directory : path, DataFrame or DirectoryIndex
        The partner directory the register's partners are in.
    organisations : path, DataFrame or OrganisationBatch
        The organisations of the register (batch layout: ``org_id``, needs), linked by
        ``org_id`` or by name.
    k : int
        Cut-off of NDCG.
    n_splits : int
        Folds of the cross-validation by organisation (at most the number of organisations).
    c : float
        Inverse regularisation strength of the logistic regression.
    negatives : int
        Never-chosen partners sampled per chosen one.
    n_boot : int
        Bootstrap resamples of organisations for the interval.
    seed : int

    Raises
    ------
    NotEnoughHistory
        Fewer than :data:`MIN_ORGANISATIONS` organisations or :data:`MIN_RATED` graded
        partnerships can be linked to the directory and the organisations.
    """
    k = check_positive_int(k, "k")
    n_splits = check_positive_int(n_splits, "n_splits")
    c = check_scalar(c, "c", low=0, include_low=False)
    negatives = check_positive_int(negatives, "negatives")
    n_boot = check_positive_int(n_boot, "n_boot")
    register = load_register(register)
    index = _as_index(directory)
    orgs = (
        organisations
        if isinstance(organisations, OrganisationBatch)
        else load_organisations(organisations)
    )
    data, notes = _collect(register, index, orgs)
    data = [
        o
        for o in data
        if len(set(o.grades[o.chosen].tolist()) | ({0} if (~o.chosen).any() else set())) > 1
    ]
    graded = sum(int(o.chosen.sum()) for o in data)
    if len(data) < MIN_ORGANISATIONS or graded < MIN_RATED:
        raise NotEnoughHistory(
            Text(
                f"the register is too small to learn weights from: {len(data)} organisation(s) "
                f"and {graded} partnership(s) could be linked to the directory and the "
                f"organisations file; at least {MIN_ORGANISATIONS} organisations and "
                f"{MIN_RATED} partnerships are needed (keep the default weights)",
                f"register terlalu kecil untuk mempelajari bobot: hanya {len(data)} organisasi "
                f"dan {graded} kemitraan yang cocok dengan direktori dan berkas organisasi; "
                f"dibutuhkan setidaknya {MIN_ORGANISATIONS} organisasi dan {MIN_RATED} "
                "kemitraan (tetap pakai bobot bawaan)",
            )
        )
    from sklearn.model_selection import GroupKFold

    rng = np.random.default_rng(seed)
    pairs = [_pairs(o, negatives, rng) for o in data]
    names = data[0].query.names
    default = np.array([float(data[0].query.weights[j]) for j in range(len(names))])
    groups = np.arange(len(data))
    folds = GroupKFold(n_splits=min(n_splits, len(data)))
    records = []
    for train, test in folds.split(groups, groups=groups):
        diffs = np.vstack([pairs[t] for t in train])
        w = _learn(diffs, c) if len(diffs) else None
        w = default if w is None else w
        for t in test.tolist():
            o = data[t]
            records.append({"org_id": o.org_id, "ndcg_default": _ndcg(o, o.query.weights, index, k),
                            "ndcg_learned": _ndcg(o, w, index, k)})  # fmt: skip
    per_org = pd.DataFrame(records).sort_values("org_id", kind="stable").reset_index(drop=True)
    change = (per_org["ndcg_learned"] - per_org["ndcg_default"]).to_numpy()
    boot = np.random.default_rng(seed + 1).choice(change, size=(n_boot, len(change))).mean(axis=1)
    lo, hi = (float(v) for v in np.percentile(boot, [2.5, 97.5]))
    all_diffs = np.vstack(pairs)
    w = _learn(all_diffs, c)
    if w is None:
        notes.append(Text("no criterion separates good partnerships from the others; the "
                          "default weights are kept",
                          "tidak ada kriteria yang membedakan kemitraan yang baik; bobot bawaan "
                          "dipertahankan"))  # fmt: skip
        w = default
    w = w / w.sum()
    return WeightFit(
        weights={n: round(float(v), 3) for n, v in zip(names, w)},
        default_weights={n: float(v) for n, v in zip(names, default)},
        k=k,
        ndcg_default=float(per_org["ndcg_default"].mean()),
        ndcg_learned=float(per_org["ndcg_learned"].mean()),
        delta=float(change.mean()),
        interval=(lo, hi),
        improved=lo > 0,
        per_organisation=per_org,
        n_organisations=len(data),
        n_pairs=len(all_diffs),
        notes=notes,
    )


def simulate_register(
    directory: Any,
    organisations: Any,
    weights: dict[str, float] | None,
    *,
    per_organisation: int = 6,
    noise: float = 0.02,
    seed: int = 0,
) -> pd.DataFrame:
    """A synthetic register in which partnerships went as ``weights`` say (for testing).

    Each organisation chose the ``per_organisation`` partners of highest true utility (the
    engine's features under ``weights``, plus Gumbel noise of scale ``noise``), and each
    partnership was rated by its utility's rank among them (best 5 ... worst 1). With
    ``weights=None`` there is no signal: partners are chosen and rated at random.
    """
    index = _as_index(directory)
    orgs = (
        organisations
        if isinstance(organisations, OrganisationBatch)
        else load_organisations(organisations)
    )
    rng = np.random.default_rng(seed)
    rows = []
    for org_id, profile in zip(orgs.ids, orgs):
        query = prepare(index, profile)
        scored = score(index, query, filtered=False)
        values = np.empty_like(scored.criteria)
        values[scored.rows] = scored.criteria
        if weights is None:
            chosen = rng.choice(len(index), size=per_organisation, replace=False)
            ratings = rng.integers(1, 6, size=per_organisation)
        else:
            w = np.array([float(weights.get(n, 0.0)) for n in query.names])
            utility = _features(query, values) @ (w / w.sum())
            utility = utility + rng.gumbel(scale=noise, size=len(utility))
            chosen = np.argsort(-utility, kind="stable")[:per_organisation]
            ratings = np.linspace(5, 1, per_organisation).round().astype(int)
        for p, rating in zip(chosen.tolist(), ratings.tolist()):
            year = int(rng.integers(2021, 2025))
            rows.append({"org_id": org_id, "Organisasi": profile.organisation.name,
                         "partner_id": index.partner_id[p], "Mitra": index.cell("name", p),
                         "Tanggal Mulai": f"01/0{int(rng.integers(1, 9))}/{year}",
                         "Tanggal Selesai": f"28/12/{year}", "Status": "selesai",
                         "Nilai": str(rating)})  # fmt: skip
    return pd.DataFrame(rows)
