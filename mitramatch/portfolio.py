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
import warnings
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from .engine import (
    ASPECT_LABELS,
    USEFUL_FIT,
    DirectoryIndex,
    NeedsProfile,
    Query,
    Scores,
    check_lang,
    covered,
    fmt,
    prepare,
    score,
)
from .exceptions import Text
from .gaps import coverage_gaps, gaps_table
from .notebook import aspect_label
from .patterns import assign_patterns
from .ranking import as_index
from .reciprocal import reciprocal_scores
from .validation import check_choice, check_positive_int, check_scalar

__all__ = [
    "Coalition",
    "coalition_objective",
    "coverage_gaps",
    "reciprocal_scores",
    "recommend_coalition",
]

#: Default weight of the members' other criteria in a coalition's effective fits.
OTHER_WEIGHT = 0.2
#: Exact search when the pruned pool has at most this many subsets of size <= max_partners.
EXACT_LIMIT = 200_000
# Gains below this are rounding noise: a member adding less is not worth a meeting.
_EPS = 1e-12


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
    criteria=None,
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
    check_lang(lang)
    k = check_positive_int(max_partners, "max_partners")
    other_weight = check_scalar(other_weight, "other_weight", low=0.0, high=1.0)
    check_choice(method, "method", ("auto", "exact", "greedy"))
    index = as_index(partners)
    query = prepare(index, needs, criteria=criteria)
    scores = score(index, query)
    effective = _effective_fits(query, scores, other_weight)
    weights = query.priorities / query.priorities.sum()
    tie = index.id_rank[scores.rows]
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
        query=query,
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


def _effective_fits(query: Query, scores: Scores, other_weight: float) -> np.ndarray:
    """Aspect fits discounted by the partner's other criteria (see the module docstring)."""
    others = [k for k, c in enumerate(query.criteria) if not c.covers_needs]
    if not len(scores.rows):
        return np.empty((0, len(query.profile.aspects)))
    w = query.weights[others]
    if w.sum() > 0:
        quality = scores.criteria[:, others] @ (w / w.sum())
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

    Like :class:`~mitramatch.Ranking`: facts are attributes or properties, and what takes
    options or builds a table or text is a method (``to_frame()``, ``members_frame()``,
    ``summary()``).

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
    leaders : dict
        Per needed aspect, the member covering it best (None if nobody).
    optimality : str
        How good the set is guaranteed to be, in the coalition's language.
    gaps : DataFrame
        :func:`coverage_gaps` of the whole (filtered) directory.
    lang : str
        Language of the summary, the reasons and the notebook view.
    """

    def __init__(
        self,
        *,
        index: DirectoryIndex,
        query: Query,
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
        self.query = query
        self.profile = query.profile
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

    def __len__(self) -> int:
        return len(self.members)

    @cached_property
    def covered(self) -> dict[str, bool]:
        """Per needed aspect, whether one member covers it (fit >= COVERED_FIT), as coverage
        gaps and patterns read "covered"; several weak members together do not."""
        flags = covered(self.fits) if len(self.fits) else np.zeros(len(self.profile.aspects), bool)
        return {a: bool(f) for a, f in zip(self.profile.aspects, flags)}

    # -- facts -----------------------------------------------------------------------------
    @cached_property
    def patterns(self) -> np.ndarray:
        """The suggested partnership pattern of each member."""
        if not len(self._positions):
            return np.empty(0, dtype=object)
        reciprocity = self._scores.column("reciprocity")[self._positions]
        return assign_patterns(self.index, self.query, self.fits, reciprocity, self.rows)

    @cached_property
    def gaps(self) -> pd.DataFrame:
        """Per needed aspect, whether any partner passing the filters covers it well, else
        the near-misses (:func:`coverage_gaps`); computed when first asked for."""
        return gaps_table(self.index, self.query, self._scores, lang=self.lang)

    @property
    def leaders(self) -> dict[str, str | None]:
        """For each needed aspect, the ``partner_id`` of the member covering it best (None
        when no member covers it at all)."""
        return {a: None if m is None else self.members[m] for a, m in self._leads().items()}

    @property
    def optimality(self) -> str:
        """Plain words on how good the set is guaranteed to be."""
        if self.method == "exact":
            return Text("optimal (exhaustive search)", "optimal (pencarian menyeluruh)").render(
                self.lang
            )
        bound = fmt(self.upper_bound, self.lang, 3)
        return Text(
            f"greedy: at least 63% (1 - 1/e) of the optimum; optimum <= {bound}",
            f"serakah: minimal 63% (1 - 1/e) dari optimum; optimum <= {bound}",
        ).render(self.lang)

    def leads(self) -> dict[str, int | None]:
        """Deprecated: use :attr:`leaders` (partner ids); this gives member positions."""
        warnings.warn(
            "Coalition.leads() is deprecated and will be removed in 0.3; use the property "
            "Coalition.leaders (partner ids; positions: Coalition.members.index(id))",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._leads()

    def _leads(self) -> dict[str, int | None]:
        """For each needed aspect, the member position covering it best (None if nobody)."""
        out: dict[str, int | None] = {}
        for j, aspect in enumerate(self.profile.aspects):
            if not len(self.fits) or self.fits[:, j].max() <= 0:
                out[aspect] = None
            else:
                out[aspect] = int(np.argmax(self.fits[:, j]))
        return out

    # -- tables and words ------------------------------------------------------------------
    def to_frame(self) -> pd.DataFrame:
        """Which member covers which need and why: one row per needed aspect.

        Columns: ``aspect``, ``priority``, ``partner_id``, ``name`` (the member covering it
        best, empty when none), ``fit``, ``offer`` (its offer text for that aspect),
        ``coverage`` (all members together, the objective's), ``covered`` (one member's fit
        reaches 0.5, as :func:`coverage_gaps` reads it), ``pattern``,
        ``reason`` (one phrase).
        """
        leads = self._leads()
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
                pid, name = self.members[m], self.index.cell("name", row)
                raw = self.index.frame.at[row, f"offers_{aspect}"]
                offer = None if pd.isna(raw) else str(raw)
                pattern = str(self.patterns[m])
                reason = self.query.needs_criterion.aspect_phrase(
                    self.index, self.query, j, fit, row, self.lang, lead=True
                )
            records.append(
                {
                    "aspect": aspect,
                    "priority": int(self.query.priorities[j]),
                    "partner_id": pid,
                    "name": name,
                    "fit": fit,
                    "offer": offer,
                    "coverage": cov,
                    "covered": bool(self.covered[aspect]),
                    "pattern": pattern,
                    "reason": reason,
                }
            )
        return pd.DataFrame.from_records(records, columns=list(records[0]))

    def members_frame(self) -> pd.DataFrame:
        """One row per member: ``partner_id``, ``name``, ``sector``, ``kind``, ``pattern``,
        ``score`` (its own ranking score) and ``aspects`` (the needs it covers best)."""
        leads = self._leads()
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
        """Deprecated: use :meth:`summary`, as for the other results."""
        warnings.warn(
            "Coalition.sentence() is deprecated and will be removed in 0.3; use "
            "Coalition.summary()",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.summary()

    def summary(self) -> str:
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
            leads = self._leads()
            parts = []
            for i in range(len(self)):
                # Name only the needs a member really answers (as explanations do).
                covers = [
                    a
                    for a, m in leads.items()
                    if m == i and self.fits[i, self.profile.aspects.index(a)] >= USEFUL_FIT
                ]
                name = self.index.cell("name", int(self.rows[i]))
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
            if not g and not self.covered[a]
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
        en = self.lang == "en"
        head = "".join(
            f"<th>{h}</th>"
            for h in (
                ("need", "partner", "fit", "coverage", "pattern", "why")
                if en
                else ("kebutuhan", "mitra", "kecocokan", "cakupan", "pola", "alasan")
            )
        )
        body = "".join(
            f"<tr><td>{html.escape(aspect_label(r.aspect, self.lang))} (P{r.priority})</td>"
            f"<td>{html.escape(str(r.name or '-'))}<br><code>{html.escape(str(r.partner_id or ''))}"
            f"</code></td><td>{fmt(r.fit, self.lang)}</td><td>{fmt(r.coverage, self.lang)}</td>"
            f"<td>{html.escape(str(r.pattern or '-'))}</td><td>{html.escape(r.reason)}</td></tr>"
            for r in frame.itertuples(index=False)
        )
        gaps = "".join(
            f"<li>{html.escape(m)}</li>" for m in self.gaps.loc[~self.gaps["covered"], "message"]
        )
        return (
            f"<div><p><b>{html.escape(self.summary())}</b></p>"
            f"<p><small>{html.escape(self.optimality)}</small></p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"{f'<ul>{gaps}</ul>' if gaps else ''}</div>"
        )
