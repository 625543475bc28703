"""Weighted aggregation: from criterion scores to one score per partner.

``score = sum(w_c * g_c * s_c) / sum(w_c)`` over the five criteria, with the profile's weights
(defaults in :data:`mitramatch.needs.DEFAULT_WEIGHTS`) and a *need gate* ``g``: ``g = 1`` for
``need_fit`` itself, and ``g = min(1, need_fit / NEED_GATE)`` for vision, proximity, reciprocity
and track record. The domain brief's first stage is to find candidates that *meet the needs*;
being near, experienced or like-minded only counts for a partner that does, so a neighbour who
offers nothing needed cannot outrank a partner who does. From ``need_fit >= NEED_GATE`` on the
score is the plain weighted mean, and so it is when need_fit's weight is 0 (no gate). Normalising by
the weight total keeps the score in [0, 1] and makes a zero weight exactly the same as leaving that
criterion out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .aspects import CRITERIA
from .criteria import CRITERIA_BY_NAME, NeedFit
from .filters import filter_mask
from .index import DirectoryIndex, Prepared

__all__ = ["NEED_GATE", "Scores", "contributions", "normalised_weights", "score_directory"]

# Scores are rounded before ranking so that ties are ties whatever the floating-point path
# (row order, chunking, workers); twelve decimals is far below any meaningful difference.
DECIMALS = 12
#: need_fit from which the other criteria count in full (see the module docstring).
NEED_GATE = 0.5


@dataclass(frozen=True)
class Scores:
    """Everything computed for the partners that pass the filters (``rows``)."""

    rows: np.ndarray  # positions in the index of the kept partners
    criteria: np.ndarray  # (len(rows), 5) in CRITERIA order
    fits: np.ndarray  # (len(rows), number of needed aspects)
    total: np.ndarray  # (len(rows),) final score
    weights: np.ndarray  # (5,) normalised


def normalised_weights(prepared: Prepared) -> np.ndarray:
    """The profile's criterion weights as an array in CRITERIA order, summing to 1."""
    w = np.array([prepared.profile.weights[c] for c in CRITERIA], dtype=float)
    return w / w.sum()


def contributions(criteria: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each criterion's contribution to the score: ``(n, 5)``, rows summing to the score.

    >>> contributions(np.array([[0.25, 1, 1, 1, 1]]), np.full(5, 0.2)).round(3).tolist()
    [[0.05, 0.1, 0.1, 0.1, 0.1]]
    """
    criteria = np.atleast_2d(criteria)
    gate = np.clip(criteria[:, :1] / NEED_GATE, 0.0, 1.0)
    if weights[0] == 0:  # need_fit left out: nothing to gate by, a plain weighted mean
        gate = np.ones_like(gate)
    factors = np.concatenate([np.ones_like(gate), np.repeat(gate, len(CRITERIA) - 1, 1)], 1)
    return criteria * factors * weights[None, :]


def score_directory(index: DirectoryIndex, prepared: Prepared) -> Scores:
    """Filter, score every criterion and aggregate, for one needs profile."""
    rows = np.flatnonzero(filter_mask(index, prepared))
    need_fit: NeedFit = CRITERIA_BY_NAME["need_fit"]  # type: ignore[assignment]
    fits = need_fit.aspect_fits(index, prepared)[rows]
    columns = [need_fit.combine(fits, prepared)]
    columns += [CRITERIA_BY_NAME[c].score(index, prepared)[rows] for c in CRITERIA[1:]]
    criteria = np.column_stack(columns) if len(rows) else np.empty((0, len(CRITERIA)))
    criteria, fits = np.round(criteria, DECIMALS), np.round(fits, DECIMALS)
    weights = normalised_weights(prepared)
    total = np.round(np.clip(contributions(criteria, weights).sum(axis=1), 0.0, 1.0), DECIMALS)
    return Scores(rows, criteria, fits, total, weights)
