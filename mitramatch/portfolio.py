"""Beyond a ranked list: coalitions, coverage gaps and reciprocal scores.

A ranked list answers "who is the best single partner?". Programmes usually need several
partners, sometimes need what nobody in the directory offers, and many organisations compete
for the same few partners. This module answers those questions:

* :func:`recommend_coalition`: a small set of partners that together cover the needs best;
* :func:`coverage_gaps`: which needs nothing in the directory covers well, with near-misses;
* :func:`reciprocal_scores`: fit in both directions (organisation -> partner and back);
* :func:`mitramatch.allocation.allocate` (its own module): partners with limited capacity
  shared stably among many organisations.

Coalition objective
-------------------
For a set ``S`` of partners and the needed aspects ``a`` with priorities ``p_a``::

    F(S) = sum_a  pi_a * (1 - prod_{j in S} (1 - e_ja)),      pi_a = p_a / sum_b p_b
    e_ja = fit_ja * ((1 - lam) + lam * b_j)                    (lam = ``other_weight``)

``fit_ja`` is the aspect fit of :meth:`mitramatch.criteria.NeedFit.aspect_fits`; ``b_j`` is the
partner's other criteria (vision, proximity, reciprocity, track record) averaged with the
profile's weights, so a far or untested partner covers an aspect a little less *effectively*.
``1 - prod(1 - e)`` is the probability-style coverage: a second partner on an already covered
aspect adds less (diminishing returns). ``F`` is a weighted coverage function, hence monotone
and submodular, with values in [0, 1]; a partner with no fit anywhere adds exactly nothing.

Search: partners that can never be in a best coalition are pruned soundly first (a partner
*dominated* on every aspect by at least ``max_partners`` others can be swapped for one of them
without loss). When the remaining pool has at most ``exact_limit`` subsets of size
``<= max_partners`` all of them are evaluated (``method="exact"``: a true optimum); otherwise
the greedy algorithm adds the partner with the largest marginal gain (``method="greedy"``),
which reaches at least ``1 - 1/e`` (about 63 %) of the optimum for monotone submodular
objectives under a cardinality constraint (Nemhauser, Wolsey and Fisher, 1978); the result
also carries a data-dependent ``upper_bound`` on the optimum. Ties prefer fewer partners, then
smaller partner ids.
"""

from __future__ import annotations

import html
import itertools
import math
from pathlib import Path

import numpy as np
import pandas as pd

from .engine.aspects import ASPECT_LABELS, CRITERIA
from .engine.criteria import CRITERIA_BY_NAME, NeedFit, fmt
from .engine.index import DirectoryIndex, Prepared
from .engine.needs import NeedsProfile
from .engine.scoring import Scores, score_directory
from .patterns import assign_patterns

__all__ = [
    "Coalition",
    "coalition_objective",
    "coverage_gaps",
    "reciprocal_scores",
    "recommend_coalition",
]

LANGS = ("id", "en")
#: An aspect is covered *well* by a partner whose fit reaches this (as in patterns.COVERED).
COVERED_FIT = 0.5
#: A member is named for a need from this fit on (explain.STRONG_FIT).
STRONG_FIT = 0.3
#: How many near-misses a coverage gap lists.
NEAR_MISSES = 3
#: Default weight of the members' other criteria in a coalition's effective fits.
OTHER_WEIGHT = 0.2
#: Exact search when the pruned pool has at most this many subsets of size <= max_partners.
EXACT_LIMIT = 200_000
# Gains below this are rounding noise: a member adding less is not worth a meeting.
_EPS = 1e-12

_NEED_FIT: NeedFit = CRITERIA_BY_NAME["need_fit"]  # type: ignore[assignment]
_REC = CRITERIA.index("reciprocity")


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}; got {lang!r}")


def _index(partners: str | Path | pd.DataFrame | DirectoryIndex) -> DirectoryIndex:
    return partners if isinstance(partners, DirectoryIndex) else DirectoryIndex.build(partners)


def _name(index: DirectoryIndex, row: int) -> str:
    return str(index.frame.at[row, "name"])


# =============================================================================================
# Coverage gaps
# =============================================================================================
def coverage_gaps(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
    *,
    threshold: float = COVERED_FIT,
    lang: str = "id",
) -> pd.DataFrame:
    """For each needed aspect, whether any partner covers it well, else the near-misses.

    Only partners passing the profile's filters count. An aspect is covered when at least one
    partner's aspect fit reaches ``threshold``; otherwise the message says so plainly (look
    outside the directory) and ``candidates`` lists the best near-misses.

    Returns
    -------
    DataFrame
        One row per needed aspect (contract order): ``aspect``, ``priority``, ``covered``,
        ``n_covering`` (partners at or above the threshold), ``best_fit``, ``candidates`` and
        ``candidate_fits`` (tuples: the best three partner ids and their fits, fit > 0 only),
        ``message`` (one sentence in ``lang``).

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "Bank Sumsel"],
    ...     "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit", None], "offers_dana": [None, "dana CSR"]})
    >>> gaps = coverage_gaps(partners, {"needs": {
    ...     "tenaga": {"priority": 5, "description": "instruktur menjahit"},
    ...     "sarana": {"priority": 3, "description": "mesin jahit"}}}, lang="en")
    >>> gaps[["aspect", "covered", "n_covering"]].values.tolist()
    [['tenaga', True, 1], ['sarana', False, 0]]
    >>> gaps.loc[1, "candidates"], gaps.loc[1, "candidate_fits"]
    (('P1',), (0.2,))
    >>> print(gaps.loc[1, "message"])  # doctest: +NORMALIZE_WHITESPACE
    facilities: no partner in the directory covers this well (fit >= 0.50); nearest:
    LKP Citra Busana (0.20). Look outside the directory.
    """
    _check_lang(lang)
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1]; got {threshold!r}")
    index = _index(partners)
    prepared = index.prepare(needs)
    return _gaps(index, prepared, score_directory(index, prepared), threshold=threshold, lang=lang)


def _gaps(
    index: DirectoryIndex,
    prepared: Prepared,
    scores: Scores,
    *,
    threshold: float = COVERED_FIT,
    lang: str = "id",
) -> pd.DataFrame:
    """The kernel of :func:`coverage_gaps` on already computed scores (no validation)."""
    labels = ASPECT_LABELS[lang]
    en = lang == "en"
    records = []
    ids = index.partner_id[scores.rows]
    tie = index.id_rank[scores.rows]
    for j, aspect in enumerate(prepared.profile.aspects):
        fit = scores.fits[:, j] if len(scores.rows) else np.empty(0)
        order = np.lexsort((tie, -fit))
        top = [k for k in order[:NEAR_MISSES] if fit[k] > 0]
        n_covering = int((fit >= threshold).sum())
        best = float(fit[order[0]]) if len(order) else 0.0
        named = [f"{_name(index, int(scores.rows[k]))} ({fmt(float(fit[k]), lang)})" for k in top]
        listed = ", ".join(named)
        label = labels[aspect]
        if n_covering:
            message = (
                f"{label}: {n_covering} partner(s) cover this well; best {named[0]}."
                if en
                else f"{label}: {n_covering} mitra memenuhi dengan baik; terbaik {named[0]}."
            )
        elif top:
            message = (
                f"{label}: no partner in the directory covers this well (fit >= "
                f"{fmt(threshold, lang)}); nearest: {listed}. Look outside the directory."
                if en
                else f"{label}: tidak ada mitra di direktori yang memenuhi dengan baik "
                f"(kecocokan >= {fmt(threshold, lang)}); yang terdekat: {listed}. "
                "Cari mitra di luar direktori."
            )
        else:
            message = (
                f"{label}: no partner in the directory covers this well (fit >= "
                f"{fmt(threshold, lang)}), and none offers it at all; look outside the directory."
                if en
                else f"{label}: tidak ada mitra di direktori yang memenuhi dengan baik "
                f"(kecocokan >= {fmt(threshold, lang)}), bahkan tidak ada yang menawarkannya; "
                "cari mitra di luar direktori."
            )
        records.append(
            {
                "aspect": aspect,
                "priority": int(prepared.priorities[j]),
                "covered": n_covering > 0,
                "n_covering": n_covering,
                "best_fit": best,
                "candidates": tuple(str(ids[k]) for k in top),
                "candidate_fits": tuple(float(fit[k]) for k in top),
                "message": message,
            }
        )
    return pd.DataFrame.from_records(records, columns=list(records[0]))


# =============================================================================================
# Reciprocal scores
# =============================================================================================
def reciprocal_scores(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
) -> pd.DataFrame:
    """Fit in both directions for every partner passing the filters, in directory order.

    * ``score_org_to_partner``: the ranking's ``score`` (how well the partner serves the
      organisation);
    * ``score_partner_to_org``: how well the organisation serves the partner, the same
      weighted mean seen from the other side: ``seeks_fit`` in the place of ``need_fit``
      (the weighted share of the partner's ``seeks`` terms found in what the organisation
      ``offers`` *and is*: its offers, name, kind and sector), plus the symmetric ``vision``
      and ``proximity`` scores, with the profile's weights of need_fit, vision and proximity.
      A partner without ``seeks`` (or an organisation with neither offers nor identity words)
      gets the neutral 0.5 for ``seeks_fit``;
    * ``score_reciprocal``: their harmonic mean (0 when both are 0), high only when both are.

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "LKP Jaya"],
    ...     "sector": ["masyarakat", "masyarakat"],
    ...     "offers_tenaga": ["instruktur menjahit", "instruktur menjahit"],
    ...     "seeks": ["peserta kursus dari warga belajar", "modal usaha"]})
    >>> needs = {"organisation": {"name": "PKBM Bina", "offers": "warga belajar"},
    ...          "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}}}
    >>> s = reciprocal_scores(partners, needs)
    >>> bool(s.loc[0, "score_partner_to_org"] > s.loc[1, "score_partner_to_org"])
    True
    """
    index = _index(partners)
    prepared = index.prepare(needs)
    scores = score_directory(index, prepared)
    out = _reciprocal(index, prepared, scores)
    return pd.DataFrame(
        {
            "partner_id": index.partner_id[scores.rows],
            "score_org_to_partner": out[:, 0],
            "score_partner_to_org": out[:, 1],
            "score_reciprocal": out[:, 2],
        }
    )


def _seeks_fit(index: DirectoryIndex, prepared: Prepared, rows: np.ndarray) -> np.ndarray:
    org = prepared.profile.organisation
    identity = " ".join(
        t for t in (org.offers, org.name, (org.kind or "").replace("_", " "), org.sector or "") if t
    )
    query = index.model.query(identity)
    # Decided on the organisation's words alone, never on this directory's vocabulary, so a
    # partner's score does not depend on which other partners are loaded with it.
    if query.empty:
        return np.full(len(rows), 0.5)
    vector = np.zeros(len(index.model.terms))
    vector[query.ids] = 1.0
    total = index.seeks_total[rows]
    hits = index.seeks[rows] @ vector
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, hits / total, 0.5)
    return np.clip(share, 0.0, 1.0)


def _reciprocal(
    index: DirectoryIndex, prepared: Prepared, scores: Scores, which: np.ndarray | None = None
) -> np.ndarray:
    """(len(which), 3): org->partner, partner->org, harmonic mean, for the kept partners at
    positions ``which`` of ``scores`` (all of them by default)."""
    which = np.arange(len(scores.rows)) if which is None else np.asarray(which, dtype=np.int64)
    rows = scores.rows[which]
    weights = np.array([prepared.profile.weights[c] for c in ("need_fit", "vision", "proximity")])
    parts = np.column_stack(
        [
            _seeks_fit(index, prepared, rows),
            scores.criteria[which, CRITERIA.index("vision")],
            scores.criteria[which, CRITERIA.index("proximity")],
        ]
    ) if len(rows) else np.empty((0, 3))  # fmt: skip
    if weights.sum() <= 0:  # only reciprocity / track record weighed: the seeks side alone
        weights = np.array([1.0, 0.0, 0.0])
    back = np.clip(parts @ (weights / weights.sum()), 0.0, 1.0)
    forth = scores.total[which]
    with np.errstate(divide="ignore", invalid="ignore"):
        harmonic = np.where(forth + back > 0, 2 * forth * back / (forth + back), 0.0)
    return np.round(np.column_stack([forth, back, harmonic]), 12)


def reciprocal_line(values: np.ndarray, lang: str = "id") -> str:
    """The reciprocal line of an explanation, from (org->partner, partner->org, harmonic).

    >>> reciprocal_line(np.array([0.8, 0.4, 0.5333]), "en")
    'Reciprocal: organisation -> partner 0.80, partner -> organisation 0.40, harmonic mean 0.53.'
    """
    a, b, h = (fmt(float(v), lang) for v in values)
    if lang == "en":
        return (
            f"Reciprocal: organisation -> partner {a}, partner -> organisation {b}, "
            f"harmonic mean {h}."
        )
    return (
        f"Timbal balik: organisasi -> mitra {a}, mitra -> organisasi {b}, rata-rata harmonik {h}."
    )


# =============================================================================================
# Coalitions
# =============================================================================================
def coalition_objective(effective: np.ndarray, weights: np.ndarray, members) -> float:
    """``F(S) = sum_a weights_a * (1 - prod_{j in S}(1 - effective_ja))`` for one set ``S``.

    ``effective`` is (partners, aspects) in [0, 1]; ``members`` are row positions.

    >>> e = np.array([[0.8, 0.0], [0.5, 0.5]])
    >>> round(coalition_objective(e, np.array([0.5, 0.5]), [0, 1]), 3)
    0.7
    """
    members = list(members)
    if not members:
        return 0.0
    miss = np.prod(1.0 - effective[members], axis=0)
    return float(np.dot(weights, 1.0 - miss))


def _dominance_pool(effective: np.ndarray, tie: np.ndarray, k: int) -> np.ndarray:
    """Candidates that may belong to a best coalition of at most ``k`` partners.

    Drops partners with no fit at all (they add nothing) and partners strictly dominated by at
    least ``k`` others (``j`` dominates ``i`` when it is at least as good on every aspect, and
    better somewhere or tied with a smaller id). Sound: in any coalition containing such an
    ``i`` one dominator is missing, and swapping it in for ``i`` never lowers the (monotone)
    objective. Processed best-first in blocks against the pool kept so far; a dominator that
    was itself pruned has ``k`` kept dominators that dominate ``i`` too, so nothing is missed.
    """
    alive = np.flatnonzero(effective.max(axis=1) > 0) if len(effective) else np.empty(0, int)
    if len(alive) <= k:
        return alive
    order = alive[np.lexsort((tie[alive], -effective[alive].sum(axis=1)))]
    kept: list[np.ndarray] = []
    pool = np.empty(0, dtype=np.int64)
    block = 256
    for start in range(0, len(order), block):
        cand = order[start : start + block]
        others = np.concatenate([pool, cand])
        x, y = effective[cand][:, None, :], effective[others][None, :, :]
        geq = (y >= x).all(axis=2)
        differs = (y > x).any(axis=2)
        earlier = tie[others][None, :] < tie[cand][:, None]
        dominated_by = geq & (differs | earlier)
        keep = cand[dominated_by.sum(axis=1) < k]
        kept.append(keep)
        pool = np.concatenate([pool, keep])
    return np.sort(pool)


def _n_subsets(n: int, k: int) -> int:
    return sum(math.comb(n, s) for s in range(1, min(n, k) + 1))


def _exact(
    effective: np.ndarray, weights: np.ndarray, pool: np.ndarray, k: int, tie: np.ndarray
) -> tuple[list[int], float]:
    best_key: tuple | None = None
    best: list[int] = []
    best_value = 0.0
    # Sorting the pool by id makes the first maximum of each size the id-smallest one.
    pool = pool[np.argsort(tie[pool], kind="stable")]
    for size in range(1, min(len(pool), k) + 1):
        combos = np.fromiter(
            itertools.chain.from_iterable(itertools.combinations(range(len(pool)), size)),
            dtype=np.int64,
        ).reshape(-1, size)
        for chunk in np.array_split(combos, max(1, len(combos) // 20_000)):
            members = pool[chunk]
            values = (1.0 - np.prod(1.0 - effective[members], axis=1)) @ weights
            values = np.round(values, 12)
            i = int(np.argmax(values))
            key = (float(values[i]), -size)
            if best_key is None or key > best_key:
                best_key, best, best_value = key, [int(r) for r in members[i]], float(values[i])
    return best, best_value


def _greedy(
    effective: np.ndarray, weights: np.ndarray, pool: np.ndarray, k: int, tie: np.ndarray
) -> tuple[list[int], float, float]:
    """Greedy members (in order added), their objective, and an upper bound on the optimum:
    for every prefix G, OPT <= F(G) + the sum of the k largest marginal gains over G."""
    miss = np.ones(effective.shape[1])
    chosen: list[int] = []
    value = 0.0
    bound = math.inf
    available = np.ones(len(pool), dtype=bool)
    for _ in range(k):
        if not available.any():
            break
        gains = np.round((effective[pool] * miss) @ weights, 12)
        gains[~available] = -1.0
        top = np.sort(gains[available])[::-1][:k]
        bound = min(bound, value + float(top[top > 0].sum()))
        i = int(np.lexsort((tie[pool], -gains))[0])
        if gains[i] <= _EPS:
            break
        chosen.append(int(pool[i]))
        available[i] = False
        miss = miss * (1.0 - effective[pool[i]])
        value = float(np.dot(weights, 1.0 - miss))
    if available.any():
        gains = np.round((effective[pool] * miss) @ weights, 12)[available]
        bound = min(bound, value + float(np.sort(gains)[::-1][:k].clip(0).sum()))
    return chosen, value, max(bound, value)


def recommend_coalition(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
    *,
    max_partners: int = 3,
    other_weight: float = OTHER_WEIGHT,
    method: str = "auto",
    exact_limit: int = EXACT_LIMIT,
    lang: str = "id",
) -> Coalition:
    """A small set of partners that together cover the organisation's needs best.

    Maximises the coverage objective of the module docstring over sets of at most
    ``max_partners`` partners passing the profile's filters.

    Parameters
    ----------
    partners : path, DataFrame or DirectoryIndex
    needs : NeedsProfile, dict or path to a TOML/JSON profile
    max_partners : int, default 3
    other_weight : float in [0, 1], default 0.2
        ``lam``: how much the members' other criteria discount their fits (0 = fits only).
    method : {"auto", "exact", "greedy"}
        ``auto`` is exact when the pruned pool has at most ``exact_limit`` subsets.
    exact_limit : int
    lang : {"id", "en"}

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2", "P3"],
    ...     "name": ["LKP Citra Busana", "Bank Sumsel Babel", "LKP Jahit Kita"],
    ...     "sector": ["masyarakat", "swasta", "masyarakat"],
    ...     "offers_tenaga": ["instruktur menjahit", None, "instruktur menjahit"],
    ...     "offers_dana": [None, "dana CSR modal usaha", None]})
    >>> c = recommend_coalition(partners, {"needs": {
    ...     "tenaga": {"priority": 5, "description": "instruktur menjahit"},
    ...     "dana": {"priority": 3, "description": "modal usaha"}}}, max_partners=2)
    >>> c.method, sorted(c.members)
    ('exact', ['P1', 'P2'])
    >>> c.to_frame()[["aspect", "partner_id"]].values.tolist()
    [['dana', 'P2'], ['tenaga', 'P1']]
    """
    _check_lang(lang)
    if isinstance(max_partners, bool) or not isinstance(max_partners, (int, np.integer)):
        raise TypeError(f"max_partners must be an integer; got {type(max_partners).__name__}")
    if max_partners < 1:
        raise ValueError(f"max_partners must be at least 1; got {max_partners}")
    if not 0.0 <= other_weight <= 1.0:
        raise ValueError(f"other_weight must be in [0, 1]; got {other_weight!r}")
    if method not in ("auto", "exact", "greedy"):
        raise ValueError(f"method must be 'auto', 'exact' or 'greedy'; got {method!r}")
    index = _index(partners)
    prepared = index.prepare(needs)
    scores = score_directory(index, prepared)
    effective = _effective_fits(prepared, scores, other_weight)
    weights = prepared.priorities / prepared.priorities.sum()
    tie = index.id_rank[scores.rows]
    k = int(max_partners)
    pool = _dominance_pool(effective, tie, k)
    n_subsets = _n_subsets(len(pool), k)
    use_exact = method == "exact" or (method == "auto" and n_subsets <= exact_limit)
    if use_exact:
        chosen, value = _exact(effective, weights, pool, k, tie)
        bound = value
        # Report members in the order greedy would name them: biggest contribution first.
        chosen = _contribution_order(effective, weights, chosen, tie)
    else:
        chosen, value, bound = _greedy(effective, weights, pool, k, tie)
    return Coalition(
        index=index,
        prepared=prepared,
        scores=scores,
        positions=np.array(chosen, dtype=np.int64),
        objective=value,
        upper_bound=bound,
        method="exact" if use_exact else "greedy",
        n_candidates=len(scores.rows),
        pool_size=len(pool),
        other_weight=other_weight,
        max_partners=k,
        lang=lang,
    )


def _effective_fits(prepared: Prepared, scores: Scores, other_weight: float) -> np.ndarray:
    others = [c for c in CRITERIA if c != "need_fit"]
    w = np.array([prepared.profile.weights[c] for c in others], dtype=float)
    if not len(scores.rows):
        return np.empty((0, len(prepared.profile.aspects)))
    if w.sum() > 0:
        quality = scores.criteria[:, [CRITERIA.index(c) for c in others]] @ (w / w.sum())
    else:
        quality = np.ones(len(scores.rows))
    factor = (1.0 - other_weight) + other_weight * np.clip(quality, 0.0, 1.0)
    return np.clip(scores.fits * factor[:, None], 0.0, 1.0)


def _contribution_order(effective, weights, chosen, tie) -> list[int]:
    rest, out = list(chosen), []
    miss = np.ones(effective.shape[1])
    while rest:
        gains = [(-round(float((effective[r] * miss) @ weights), 12), int(tie[r]), r) for r in rest]
        _, _, r = min(gains)
        out.append(r)
        rest.remove(r)
        miss = miss * (1.0 - effective[r])
    return out


class Coalition:
    """A recommended set of partners covering the needs together.

    Attributes
    ----------
    members : tuple of str
        Partner ids, biggest contribution first.
    method : {"exact", "greedy"}
        How the set was found (see :func:`recommend_coalition`).
    objective : float
        ``F(S)`` in [0, 1].
    upper_bound : float
        A bound on the best possible objective (equal to ``objective`` when exact).
    coverage : dict
        Per needed aspect, ``1 - prod(1 - fit)`` over the members (undiscounted fits).
    gaps : DataFrame
        :func:`coverage_gaps` of the whole (filtered) directory.
    """

    def __init__(
        self,
        *,
        index: DirectoryIndex,
        prepared: Prepared,
        scores: Scores,
        positions: np.ndarray,
        objective: float,
        upper_bound: float,
        method: str,
        n_candidates: int,
        pool_size: int,
        other_weight: float,
        max_partners: int,
        lang: str,
    ) -> None:
        self.index = index
        self.prepared = prepared
        self.profile = prepared.profile
        self._scores = scores
        self._positions = positions  # positions into scores.rows, in contribution order
        self.rows = scores.rows[positions]
        self.members: tuple[str, ...] = tuple(str(i) for i in index.partner_id[self.rows])
        self.objective = float(objective)
        self.upper_bound = float(upper_bound)
        self.method = method
        self.n_candidates = n_candidates
        self.pool_size = pool_size
        self.other_weight = other_weight
        self.max_partners = max_partners
        self.lang = lang
        fits = scores.fits[positions]
        self.fits = fits  # (members, needed aspects), undiscounted
        self.coverage: dict[str, float] = {
            a: float(1.0 - np.prod(1.0 - fits[:, j])) if len(fits) else 0.0
            for j, a in enumerate(self.profile.aspects)
        }
        self.patterns = (
            assign_patterns(index, prepared, fits, scores.criteria[positions, _REC], self.rows)
            if len(positions)
            else np.empty(0, dtype=object)
        )
        self.gaps = _gaps(index, prepared, scores, lang=lang)

    def __len__(self) -> int:
        return len(self.members)

    @property
    def optimality(self) -> str:
        """Plain words on how good the set is guaranteed to be."""
        if self.method == "exact":
            return "optimal (exhaustive search)"
        return f"greedy: at least 63% (1 - 1/e) of the optimum; optimum <= {self.upper_bound:.3f}"

    def leads(self) -> dict[str, int | None]:
        """For each needed aspect, the member position covering it best (None if nobody)."""
        out: dict[str, int | None] = {}
        for j, aspect in enumerate(self.profile.aspects):
            if not len(self.fits) or self.fits[:, j].max() <= 0:
                out[aspect] = None
            else:
                out[aspect] = int(np.argmax(self.fits[:, j]))
        return out

    def to_frame(self) -> pd.DataFrame:
        """Which member covers which need and why: one row per needed aspect.

        Columns: ``aspect``, ``priority``, ``partner_id``, ``name`` (the member covering it
        best, empty when none), ``fit``, ``offer`` (its offer text for that aspect),
        ``coverage`` (all members together), ``covered`` (coverage >= 0.5), ``pattern``,
        ``reason`` (one phrase).
        """
        leads = self.leads()
        records = []
        en = self.lang == "en"
        for j, aspect in enumerate(self.profile.aspects):
            m = leads[aspect]
            cov = self.coverage[aspect]
            if m is None:
                reason = (
                    "no member covers this need" if en else "tidak ada anggota yang memenuhinya"
                )
                pid = name = offer = pattern = None
                fit = 0.0
            else:
                row = int(self.rows[m])
                fit = float(self.fits[m, j])
                pid, name = self.members[m], _name(self.index, row)
                raw = self.index.frame.at[row, f"offers_{aspect}"]
                offer = None if pd.isna(raw) else str(raw)
                pattern = str(self.patterns[m])
                reason = _NEED_FIT.aspect_phrase(self.index, aspect, fit, row, self.lang, lead=True)
            records.append(
                {
                    "aspect": aspect,
                    "priority": int(self.prepared.priorities[j]),
                    "partner_id": pid,
                    "name": name,
                    "fit": fit,
                    "offer": offer,
                    "coverage": cov,
                    "covered": cov >= COVERED_FIT,
                    "pattern": pattern,
                    "reason": reason,
                }
            )
        return pd.DataFrame.from_records(records, columns=list(records[0]))

    def members_frame(self) -> pd.DataFrame:
        """One row per member: ``partner_id``, ``name``, ``sector``, ``kind``, ``pattern``,
        ``score`` (its own ranking score) and ``aspects`` (the needs it covers best)."""
        leads = self.leads()
        frame = self.index.frame
        return pd.DataFrame(
            {
                "partner_id": list(self.members),
                "name": frame["name"].to_numpy()[self.rows],
                "sector": frame["sector"].to_numpy()[self.rows],
                "kind": frame["kind"].to_numpy()[self.rows],
                "pattern": list(self.patterns),
                "score": self._scores.total[self._positions],
                "aspects": [
                    ", ".join(a for a, m in leads.items() if m == i) for i in range(len(self))
                ],
            }
        )

    def sentence(self) -> str:
        """The recommendation in one or two sentences, in the coalition's language."""
        en = self.lang == "en"
        labels = ASPECT_LABELS[self.lang]
        how = {
            ("exact", True): "exhaustive search",
            ("exact", False): "pencarian menyeluruh",
            ("greedy", True): "greedy search, at least 63% of the optimum",
            ("greedy", False): "pencarian serakah, minimal 63% dari optimum",
        }[(self.method, en)]
        if not len(self):
            head = (
                f"No coalition possible: no partner covers any need ({how})."
                if en
                else f"Tidak ada koalisi: tidak ada mitra yang memenuhi kebutuhan ({how})."
            )
        else:
            leads = self.leads()
            parts = []
            for i in range(len(self)):
                # Name only the needs a member really answers (as explanations do).
                covers = [
                    a
                    for a, m in leads.items()
                    if m == i and self.fits[i, self.profile.aspects.index(a)] >= STRONG_FIT
                ]
                name = _name(self.index, int(self.rows[i]))
                fits = ", ".join(
                    f"{labels[a]} {fmt(self.fits[i, self.profile.aspects.index(a)], self.lang)}"
                    for a in covers
                )
                if covers:
                    parts.append(f"{name} {'for' if en else 'untuk'} {fits}")
                else:  # adds a little to several needs: say where it helps most
                    j = int(np.argmax(self.fits[i]))
                    aspect = self.profile.aspects[j]
                    parts.append(
                        f"{name} ({'supporting' if en else 'pendukung'} {labels[aspect]} "
                        f"{fmt(self.fits[i, j], self.lang)})"
                    )
            n = len(self)
            head = (
                f"Coalition of {n} partner(s) ({how}): {'; '.join(parts)}; "
                f"objective {fmt(self.objective, self.lang)}."
                if en
                else f"Koalisi {n} mitra ({how}): {'; '.join(parts)}; "
                f"nilai tujuan {fmt(self.objective, self.lang)}."
            )
        gap = ~self.gaps["covered"].to_numpy()
        weak = [
            f"{labels[a]} ({fmt(self.coverage[a], self.lang)})"
            for a, g in zip(self.profile.aspects, gap)
            if not g and self.coverage[a] < COVERED_FIT
        ]
        if weak:
            head += (
                f" Still weak in this coalition: {', '.join(weak)}; the directory has partners "
                "for it (allow more partners)."
                if en
                else f" Masih lemah dalam koalisi ini: {', '.join(weak)}; direktori punya mitra "
                "untuknya (izinkan lebih banyak mitra)."
            )
        missing = [labels[a] for a, g in zip(self.profile.aspects, gap) if g]
        if missing:
            head += (
                f" Nothing in the directory covers {', '.join(missing)} well; look outside it."
                if en
                else f" Tidak ada mitra di direktori yang memenuhi {', '.join(missing)} dengan "
                "baik; cari di luar direktori."
            )
        return head

    def __repr__(self) -> str:
        return (
            f"<Coalition of {len(self)} partners ({self.method}) objective="
            f"{self.objective:.3f}: {', '.join(self.members) or '-'}>"
        )

    def _repr_html_(self) -> str:
        frame = self.to_frame()
        head = "".join(
            f"<th>{h}</th>" for h in ("aspek", "mitra", "kecocokan", "cakupan", "pola", "alasan")
        )
        body = "".join(
            f"<tr><td>{html.escape(str(r.aspect))} (P{r.priority})</td>"
            f"<td>{html.escape(str(r.name or '-'))}<br><code>{html.escape(str(r.partner_id or ''))}"
            f"</code></td><td>{r.fit:.2f}</td><td>{r.coverage:.2f}</td>"
            f"<td>{html.escape(str(r.pattern or '-'))}</td><td>{html.escape(r.reason)}</td></tr>"
            for r in frame.itertuples(index=False)
        )
        gaps = "".join(
            f"<li>{html.escape(m)}</li>" for m in self.gaps.loc[~self.gaps["covered"], "message"]
        )
        return (
            f"<div><b>{html.escape(repr(self))}</b><p>{html.escape(self.sentence())}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"{f'<ul>{gaps}</ul>' if gaps else ''}</div>"
        )
