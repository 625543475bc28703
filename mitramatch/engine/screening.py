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

from .aggregation import raw_totals
from .aspects import ASPECTS
from .criteria import Bound, Criterion
from .filters import filter_mask
from .index import DirectoryIndex
from .query import Query
from .scoring import Scores, complete, score

__all__ = ["candidates", "screen"]

#: Bound on |a ceiling computed here - the exact score|: exact scores are rounded to 12
#: decimals and bounds carry their own slack; far below any difference that matters.
TOLERANCE = 1e-9
#: Partners scored exactly to set the bar, as a multiple of ``top``.
SEED = 4
#: ... and to set the first bar, from the guesses (see _seed_bar): a few more partners cost
#: little more to score than a few.
FIRST_SEED = 10
#: Partners whose scores are guessed to choose those, as a multiple of ``top``.
GUESSED = 200
#: ... and at least this share of the directory (1 / WIDE) is looked at to choose those.
WIDE = 50
#: Screening gives up when more than this share of the directory is listed (no gain).
MAX_LISTED = 0.5
#: Below this many partners, scoring everyone is as cheap as screening.
SMALL = 2048
#: The first guess of the bar (the top-th best score): bounds may leave out partners that
#: cannot reach it; when the measured bar is lower, a second pass uses the measured one.
FIRST_TARGET = 0.7


def _kth(values: np.ndarray, k: int) -> float:
    """The k-th largest value (the smallest when there are fewer)."""
    k = min(k, len(values))
    return float(np.partition(values, len(values) - k)[len(values) - k])


def _floor(query: Query, k: int, target: float, assumed: np.ndarray | None = None) -> float:
    """The largest value of criterion ``k`` with which a partner stays below ``target`` even
    if every other criterion scored 1 (or at most ``assumed``, per criterion): the ``floor``
    its bound may use."""
    # Rounded down to a grid, a lower target gives floors as safe and nearly as tight, and
    # organisations with the same weights share them (the target moves with each bar).
    target = np.floor(target * _TARGET_STEPS) / _TARGET_STEPS
    if assumed is None:
        assumed = np.ones(len(query.criteria))
    key = (
        query.names, tuple(query.weights.tolist()), tuple(query.gated.tolist()), target,
        tuple(assumed.tolist()), k,
    )  # fmt: skip
    if key not in _FLOOR_CACHE:
        if len(_FLOOR_CACHE) > 4096:
            _FLOOR_CACHE.clear()
        grid = np.linspace(0.0, 1.0, 1025)
        values = np.tile(assumed, (len(grid), 1))
        values[:, k] = grid
        below = np.flatnonzero(raw_totals(values, query) < target - TOLERANCE)
        _FLOOR_CACHE[key] = float(grid[below[-1]]) if len(below) else 0.0
    return _FLOOR_CACHE[key]


# Organisations with the same weights share their floors (batches mostly use the defaults).
_FLOOR_CACHE: dict[tuple, float] = {}
_TARGET_STEPS = 512


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
    found = screen(index, query, top)
    return None if found is None else found.rows


def screen(index: DirectoryIndex, query: Query, top: int) -> Scores | None:
    """The partners :func:`candidates` keeps, scored: exactly ``score(index, query, rows)``
    of those rows, reusing the exact scores screening computed on the way (None when
    screening cannot narrow the directory down)."""
    n = len(index)
    if n <= max(SMALL, SEED * top):
        return None
    weighted = [k for k, w in enumerate(query.weights) if w > 0]
    order = sorted(weighted, key=lambda k: (query.criteria[k].cost, k))
    seeded = _seed_bar(index, query, top)
    target = max(FIRST_TARGET, seeded)
    for _ in range(2):  # a first guess of the bar; then the bar the first pass measured
        listed = _listed(index, query, order, target, top, seeded)
        if listed is None:
            return None
        rows, upper, base_ceiling = listed
        rows, bar, values, fits = _refine(index, query, rows, upper, order, top, seeded)
        if base_ceiling < bar - TOLERANCE:
            # Nobody left at the base can reach the bar; the weighted criteria are exact.
            exact = np.full_like(values, np.nan)
            exact[:, order] = values[:, order]
            return complete(index, query, rows, exact, fits)
        if bar >= target:  # pragma: no cover - floors keep the base ceiling below the target
            return None
        target = bar
    return None


def _seed_bar(index: DirectoryIndex, query: Query, top: int) -> float:
    """A bar the top surely reaches: the ``top``-th exact score among a few partners (-inf
    when there are too few). Real scores of real partners, so screening against it never
    drops a partner of the top; the nearer it is to the true ``top``-th best, the fewer
    partners the bounds list. The few: of the partners whose offers share the most need
    words (priority-weighted), those the criteria's guesses (:meth:`Criterion.estimate`)
    put first."""
    if not any(len(q.ids) for q in query.need_queries):
        return -np.inf
    matched = np.zeros(len(index))
    touched = np.zeros(len(index), dtype=bool)  # whom they hit: far quicker to scan than floats
    for j, q in enumerate(query.need_queries):
        if len(q.ids):  # the need's words in the offers of its own aspect, by priority
            hit, weight = index.hit_list(q, ASPECTS[int(query.aspect_columns[j])])
            matched[hit] += weight * query.priorities[j]
            touched[hit] = True
    # A large directory has many partners using the need's words: take more of them, and
    # keep those whose need fit is guessed best before guessing every criterion.
    many = max(GUESSED * top, len(index) // WIDE)
    rows = np.flatnonzero(touched)
    if len(rows) > many:
        rows = np.sort(rows[np.argpartition(-matched[rows], many - 1)[:many]])
    rows = rows[filter_mask(index, query, rows)]
    if len(rows) < top:
        return -np.inf
    k = query.needs_position
    if len(rows) > GUESSED * top and query.weights[k] > 0:
        fits = query.criteria[k].estimate(index, query, rows)
        if fits is not None:
            rows = np.sort(rows[np.argpartition(-fits, GUESSED * top - 1)[: GUESSED * top]])
    seeds = FIRST_SEED * top
    exact = np.full((len(rows), len(query.criteria)), np.nan)
    if len(rows) > seeds:
        guesses = np.ones((len(rows), len(query.criteria)))
        for k, criterion in enumerate(query.criteria):
            guess = criterion.estimate(index, query, rows) if query.weights[k] > 0 else None
            if guess is not None:
                guesses[:, k] = guess
        ranked = raw_totals(guesses, query)
        chosen = np.sort(np.argpartition(-ranked, seeds - 1)[:seeds])
        rows = rows[chosen]
        # A criterion guessing by its own score (the default for cheap ones) has scored the
        # chosen partners already.
        scored = [
            k for k, c in enumerate(query.criteria) if query.weights[k] > 0 and _guesses_by_score(c)
        ]
        exact = np.full((len(rows), len(query.criteria)), np.nan)
        exact[:, scored] = guesses[chosen][:, scored]
    found = complete(index, query, rows, exact, None, secondary=False)
    return _kth(found.total, top) - TOLERANCE


def _guesses_by_score(criterion: Criterion) -> bool:
    """Whether ``criterion.estimate`` is its score (see :meth:`Criterion.estimate`)."""
    return type(criterion).estimate is Criterion.estimate and criterion.cost <= 1


def _listed(
    index: DirectoryIndex, query: Query, order: list[int], target: float, top: int, bar: float
):
    """The partners the criteria's bounds list (those passing the filters, and able to reach
    ``bar``), their bounds, and the ceiling of every other partner; None when screening cannot
    help (too many listed, or too few to fill the top). ``order``: the weighted criteria,
    cheapest first."""
    # Cheapest first, and each floor assumes the bases of the criteria bounded before it: a
    # partner they do not list scores at most their base (far from the organisation, say),
    # so the costlier bounds can list fewer partners.
    assumed = np.ones(len(query.criteria))
    bounds: dict[int, Bound] = {}
    for k in order:
        b = query.criteria[k].bound(index, query, _floor(query, k, target, assumed))
        bounds[k] = Bound(1.0) if b is None else b
        assumed[k] = min(1.0, bounds[k].base)
    lists = [b.rows for b in bounds.values() if len(b.rows)]
    if not lists:
        return None
    if len(lists) > 1:
        # Sorted unique lists merged by a mask: sorting (or hashing) them costs far more.
        union = np.zeros(len(index), dtype=bool)
        for listed_rows in lists:
            union[listed_rows] = True
        rows = np.flatnonzero(union)
    else:
        rows = lists[0]
    if len(rows) > MAX_LISTED * len(index):
        return None
    base = np.ones(len(query.criteria))
    for k, b in bounds.items():
        base[k] = b.base
    base_ceiling = float(raw_totals(base, query)[0])
    listed = rows
    keep = filter_mask(index, query, rows)
    rows = rows[keep]
    if len(rows) < top:
        return None  # the top needs partners left at the base
    listing = [k for k, b in bounds.items() if len(b.rows)]
    if len(listing) == 1 and bar > -np.inf:
        # One criterion listing (the usual case): the others are at their bases for every
        # partner, so its value alone rules out whoever cannot reach the bar, before the
        # bounds are tabled.
        k = listing[0]
        values = bounds[k].values[keep] if bounds[k].rows is listed else bounds[k].at(rows)
        reach = values > _floor(query, k, bar, base)
        rows = rows[reach]
        upper = _tiled(base, len(rows))
        upper[:, k] = values[reach]
        return rows, upper, base_ceiling
    upper = _tiled(base, len(rows))
    for k, b in bounds.items():
        if len(b.rows):
            # One criterion listing: its values, read without looking the rows up.
            upper[:, k] = b.values[keep] if b.rows is listed else b.at(rows)
    return rows, upper, base_ceiling


def _tiled(base: np.ndarray, n: int) -> np.ndarray:
    """``base`` on each of ``n`` rows, column-major: the bounds are written and summed one
    criterion (column) at a time."""
    out = np.empty((n, len(base)), order="F")
    out[:] = base
    return out


def _refine(
    index: DirectoryIndex,
    query: Query,
    rows: np.ndarray,
    upper: np.ndarray,
    order: list[int],
    top: int,
    bar: float,
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray | None]:
    """Replace bounds by exact scores, cheapest criteria first (``order``), dropping whoever
    cannot reach the bar after each level of cost (``bar``: -inf when none is known yet; the
    most promising few then set one). Returns the rows left, the bar, their scores (exact
    for the criteria in ``order``) and the aspect fits when the needs' criterion is there."""
    levels: list[list[int]] = [[]]
    for k in order:
        if levels[-1] and query.criteria[k].cost != query.criteria[levels[-1][0]].cost:
            levels.append([])
        levels[-1].append(k)
    # The bounds alone already rule out whoever cannot reach a bar known from the start.
    alive = raw_totals(upper, query) >= bar - TOLERANCE
    rows, upper = rows[alive], upper[alive]
    fits = None  # the aspect fits of the criterion covering the needs, once computed
    if not len(rows):  # pragma: no cover - the partners that set the bar reach it
        return rows, bar, upper, fits
    for number, level in enumerate(levels, start=1):
        for k in level:
            criterion = query.criteria[k]
            if criterion.covers_needs:
                fits = criterion.aspect_fits(index, query, rows)
                upper[:, k] = criterion.combine(fits, query)
            else:
                upper[:, k] = criterion.score(index, query, rows)
        ceiling = raw_totals(upper, query)
        if number == len(levels):  # every criterion exact: the ceilings are the scores
            bar = max(bar, _kth(ceiling, top) - TOLERANCE)
        elif len(rows) >= top and bar == -np.inf:
            # Without a first bar (no need words), scoring a few promising ones sets one.
            seeds = min(len(rows), SEED * top)
            first = np.sort(np.argpartition(-ceiling, seeds - 1)[:seeds])
            bar = max(bar, _kth(score(index, query, rows[first], filtered=False).total, top))
        alive = ceiling >= bar - TOLERANCE
        rows, upper = rows[alive], upper[alive]
        if fits is not None:
            fits = fits[alive]
    return rows, bar, upper, fits
