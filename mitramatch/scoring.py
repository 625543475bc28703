"""Weighted aggregation: from criterion scores to one score per partner.

``score = sum(w_c * s_c) / sum(w_c)`` over the five criteria, with the profile's weights
(defaults in :data:`mitramatch.needs.DEFAULT_WEIGHTS`). Normalising by the weight total keeps
the score in [0, 1] and makes a zero weight exactly the same as leaving that criterion out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .aspects import CRITERIA
from .criteria import CRITERIA_BY_NAME, NeedFit
from .filters import filter_mask
from .index import DirectoryIndex, Prepared

__all__ = ["Scores", "normalised_weights", "score_directory"]

# Scores are rounded before ranking so that ties are ties whatever the floating-point path
# (row order, chunking, workers); twelve decimals is far below any meaningful difference.
DECIMALS = 12


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
    total = np.round(np.clip(criteria @ weights, 0.0, 1.0), DECIMALS)
    return Scores(rows, criteria, fits, total, weights)
