"""Scoring: every criterion of a query for the partners that pass its filters, aggregated.

:func:`score` works on the whole directory or on a subset of rows (the candidates screening
kept); a partner's scores are the same either way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .aggregation import DECIMALS, totals
from .filters import filter_mask
from .index import DirectoryIndex
from .query import Query

__all__ = ["Scores", "complete", "score", "score_directory"]


@dataclass(frozen=True)
class Scores:
    """Everything computed for the scored partners (``rows``), in the same order."""

    rows: np.ndarray  # positions in the index of the scored partners
    criteria: np.ndarray  # (len(rows), len(names)) criterion scores, query.criteria order
    fits: np.ndarray  # (len(rows), number of needed aspects)
    total: np.ndarray  # (len(rows),) final score
    weights: np.ndarray  # (len(names),) normalised
    names: tuple[str, ...]  # the criteria, in column order
    #: (len(rows),) secondary evidence that orders equal totals (ordering.order), in [0, 1]
    secondary: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.secondary is None:
            object.__setattr__(self, "secondary", np.zeros(len(self.rows)))

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> np.ndarray:
        """One criterion's scores (KeyError naming the criteria when absent)."""
        if name not in self.names:
            raise KeyError(f"no criterion {name!r}; scored: {', '.join(self.names)}")
        return self.criteria[:, self.names.index(name)]

    def take(self, positions: np.ndarray) -> Scores:
        """The scores of some of the scored partners (positions into these arrays)."""
        p = np.asarray(positions, dtype=np.int64)
        return Scores(
            self.rows[p], self.criteria[p], self.fits[p], self.total[p], self.weights, self.names,
            self.secondary[p],
        )  # fmt: skip


def score(
    index: DirectoryIndex,
    query: Query,
    rows: np.ndarray | None = None,
    *,
    filtered: bool = True,
) -> Scores:
    """Score the partners at ``rows`` (all when None) that pass the filters.

    With ``filtered=False`` every partner at ``rows`` is scored, filters or not (to explain
    why a filtered-out partner would rank where it would).
    """
    positions = index.positions(rows)
    if filtered:
        keep = filter_mask(index, query, None if rows is None else positions)
        positions = positions[keep]
    # Most of the directory wanted: score all of it and pick (slicing rows copies matrices);
    # a subset's scores are the whole directory's at those rows, so both ways agree.
    whole = rows is None and 2 * len(positions) > len(index)
    values = np.full((len(positions), len(query.criteria)), np.nan)
    return complete(index, query, positions, values, None, whole=whole)


def complete(
    index: DirectoryIndex,
    query: Query,
    positions: np.ndarray,
    values: np.ndarray,
    fits: np.ndarray | None,
    *,
    whole: bool = False,
    secondary: bool = True,
) -> Scores:
    """The scores of the partners at ``positions`` (all passing the filters) when some are
    known already: ``values`` holds each criterion's exact score, NaN where not computed yet
    (screening computes the weighted criteria of its candidates), ``fits`` the aspect fits
    of the criterion covering the needs (None: not computed). The missing ones are computed
    here, so the result equals :func:`score` of those rows. ``whole``: compute on the whole
    directory and pick (when most of it is wanted); ``secondary=False``: leave the secondary
    evidence at 0 (only totals are wanted)."""
    at = None if whole else positions
    pick = positions if whole else slice(None)
    values = np.asarray(values, dtype=float)
    evidence = np.zeros(len(positions))
    if fits is None:
        fits = np.empty((len(positions), len(query.need_queries)))
    if len(positions):
        for k, criterion in enumerate(query.criteria):
            known = not np.isnan(values[:, k]).any()
            if criterion.covers_needs:
                if not known:
                    fits = criterion.aspect_fits(index, query, at)[pick]
                    values[:, k] = criterion.combine(fits, query)
                # Weighed 0, the criterion is as if left out: its evidence orders nothing.
                if secondary and hasattr(criterion, "secondary") and query.weights[k] > 0:
                    evidence = criterion.secondary(index, query, at)[pick]
            elif not known:
                values[:, k] = criterion.score(index, query, at)[pick]
    values, fits = np.round(values, DECIMALS), np.round(fits, DECIMALS)
    total = totals(values, query)
    evidence = np.round(evidence, DECIMALS)
    return Scores(positions, values, fits, total, query.weights, query.names, evidence)


def score_directory(index: DirectoryIndex, query: Query) -> Scores:
    """Every partner passing the filters, scored (the unscreened path)."""
    return score(index, query)
