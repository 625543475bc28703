"""Screening: the few partners that can reach a query's top, without scoring everyone.

The final score never decreases when a criterion's score increases (:mod:`.aggregation`), so
a partner's score is at most its *ceiling*: the aggregate of its criteria's upper bounds
(:meth:`~.criteria.Criterion.bound`; 1 for a criterion that declares none). Bounds are
sparse: most partners share a criterion's ``base`` (for ``need_fit``: a partner whose offers
contain no word of any need), a few are listed with their own.

1. The listed partners that pass the filters get their ceilings; a few with the highest are
   scored exactly, and the ``top``-th best of those scores is a *bar* the true ``top``-th
   best score reaches at least.
2. If the partners left at the base could reach the bar, screening gives up (the caller
   scores everyone). Otherwise only listed partners whose ceiling reaches the bar remain.
3. Their bounds are replaced by exact scores one criterion at a time, cheapest first
   (:attr:`~.criteria.Criterion.cost`), dropping whoever falls below the bar after each.

What remains holds every partner of the true top, ties included, so scoring it exactly and
ordering gives exactly the unscreened result.
"""

from __future__ import annotations

import numpy as np

from .aggregation import contributions, totals
from .criteria import Bound
from .filters import filter_mask
from .index import DirectoryIndex
from .query import Query
from .scoring import score

__all__ = ["candidates"]

#: Bound on |a ceiling computed here - the exact score|: exact scores are rounded to 12
#: decimals and bounds carry their own slack; far below any difference that matters.
TOLERANCE = 1e-9
#: Partners scored exactly to set the bar, as a multiple of ``top``.
SEED = 4
#: Screening gives up when more than this share of the directory is listed (no gain).
MAX_LISTED = 0.5
#: Below this many partners, scoring everyone is as cheap as screening.
SMALL = 2048


def _kth(values: np.ndarray, k: int) -> float:
    """The k-th largest value (the smallest when there are fewer)."""
    k = min(k, len(values))
    return float(np.partition(values, len(values) - k)[len(values) - k])


def candidates(index: DirectoryIndex, query: Query, top: int) -> np.ndarray | None:
    """Sorted rows of every partner that may be in ``query``'s top ``top`` (all of them pass
    the filters), or None when screening cannot narrow the directory down.

    >>> import pandas as pd
    >>> from mitramatch.engine import DirectoryIndex
    >>> index = DirectoryIndex.build(pd.DataFrame({"partner_id": ["A", "B"],
    ...     "name": ["LKP Busana", "Bengkel"], "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit", "mekanik"]}))
    >>> needs = {"needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}}}
    >>> candidates(index, index.prepare(needs), top=1) is None  # too small to bother
    True
    """
    n = len(index)
    if n <= max(SMALL, SEED * top):
        return None
    weighted = [k for k, w in enumerate(query.weights) if w > 0]
    bounds: dict[int, Bound] = {}
    for k in weighted:
        b = query.criteria[k].bound(index, query)
        bounds[k] = Bound(1.0) if b is None else b
    lists = [b.rows for b in bounds.values() if len(b.rows)]
    if not lists:
        return None
    listed = np.unique(np.concatenate(lists)) if len(lists) > 1 else lists[0]
    if len(listed) > MAX_LISTED * n:
        return None
    base = np.ones(len(query.criteria))
    for k, b in bounds.items():
        base[k] = b.base
    base_ceiling = float(contributions(base, query).sum())

    listed = listed[filter_mask(index, query, listed)]
    if len(listed) < top:
        return None  # the top needs partners left at the base
    upper = np.tile(base, (len(listed), 1))
    for k, b in bounds.items():
        if len(b.rows):
            upper[:, k] = b.at(listed)
    ceiling = contributions(upper, query).sum(axis=1)

    seeds = min(len(listed), SEED * top)
    first = np.sort(np.argpartition(-ceiling, seeds - 1)[:seeds])
    bar = _kth(score(index, query, listed[first], filtered=False).total, top)
    if base_ceiling >= bar - TOLERANCE:
        return None
    alive = ceiling >= bar - TOLERANCE
    rows, upper = listed[alive], upper[alive]

    for k in sorted(weighted, key=lambda k: (query.criteria[k].cost, k)):
        if not len(rows):
            break
        criterion = query.criteria[k]
        if criterion.covers_needs:
            exact = criterion.combine(criterion.aspect_fits(index, query, rows), query)
        else:
            exact = criterion.score(index, query, rows)
        upper[:, k] = exact
        alive = totals(upper, query) >= bar - TOLERANCE
        rows, upper = rows[alive], upper[alive]
    return rows
