"""Weighted aggregation: from criterion scores to one score per partner.

``score = sum(w_c * g_c * s_c) / sum(w_c)`` over a query's criteria, with the profile's weights
(defaults in :data:`mitramatch.engine.needs.DEFAULT_WEIGHTS`) and a *need gate* ``g``: ``g = 1``
for ``need_fit`` itself (and for criteria declared ungated), and ``g = min(1, need_fit /
NEED_GATE)`` for the others. The domain brief's first stage is to find candidates that *meet
the needs*; being near, experienced or like-minded only counts for a partner that does, so a
neighbour who offers nothing needed cannot outrank a partner who does. From ``need_fit >=
NEED_GATE`` on the score is the plain weighted mean, and so it is when need_fit's weight is 0
(no gate). Normalising by the weight total keeps the score in [0, 1] and makes a zero weight
exactly the same as leaving that criterion out.

The score never decreases when any criterion's score increases: that is what lets screening
bound a partner's score from bounds of its criteria (:mod:`.screening`).
"""

from __future__ import annotations

import numpy as np

from .aspects import USEFUL_FIT
from .query import Query

__all__ = ["DECIMALS", "NEED_GATE", "contributions", "raw_totals", "totals", "weighted_sum"]

# Scores are rounded before ranking so that ties are ties whatever the floating-point path
# (row order, chunking, workers); twelve decimals is far below any meaningful difference.
DECIMALS = 12
#: need_fit from which the other criteria count in full (see the module docstring): a
#: partner that helps with the needs (USEFUL_FIT) gets all its proximity and track record, so
#: a one-word difference in fit never costs a relevant local partner its nearness.
NEED_GATE = USEFUL_FIT


def contributions(values: np.ndarray, query: Query) -> np.ndarray:
    """Each criterion's contribution to the score: ``(n, criteria)``, rows summing to the score.

    ``values`` holds the criteria's scores in ``query.criteria`` order.
    """
    values = np.atleast_2d(values)
    weights = query.weights
    factors = np.ones_like(values)
    k = query.needs_position
    if weights[k] > 0:  # need_fit left out: nothing to gate by, a plain weighted mean
        gate = np.clip(values[:, k : k + 1] / NEED_GATE, 0.0, 1.0)
        factors = np.where(query.gated[None, :], gate, factors)
    return values * factors * weights[None, :]


def weighted_sum(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``values @ weights`` for a few columns, summed column by column in order: the same
    bits for a row whatever the number of rows (BLAS kernels chosen by shape may differ in
    the last bit, and a score must not depend on which other partners are scored with it).

    >>> weighted_sum(np.array([[0.1, 0.2], [0.3, 0.4]]), np.array([0.5, 0.5])).tolist()
    [0.15000000000000002, 0.35]
    """
    values = np.atleast_2d(values)
    out = np.zeros(len(values))
    term = np.empty(len(values))
    # A column of weight 0 adds exactly 0.0 to each finite sum: skipped (screening sums the
    # gated and ungated criteria apart, each with the other's weights at 0).
    for k, weight in enumerate(np.asarray(weights, dtype=float).tolist()):
        if weight != 0.0:
            np.multiply(values[:, k], weight, out=term)
            out += term
    return out


def raw_totals(values: np.ndarray, query: Query) -> np.ndarray:
    """``contributions(values, query).sum(axis=1)`` in a few vector operations (screening
    computes it over tens of thousands of partners at each step), not rounded."""
    values = np.atleast_2d(values)
    weights = query.weights
    k = query.needs_position
    gated = np.where(query.gated, weights, 0.0)
    total = weighted_sum(values, weights - gated)
    if gated.any():
        part = weighted_sum(values, gated)
        if weights[k] > 0:
            part *= np.clip(values[:, k] / NEED_GATE, 0.0, 1.0)
        total += part
    return total


def totals(values: np.ndarray, query: Query) -> np.ndarray:
    """The final score of each row of ``values`` (criteria in ``query.criteria`` order),
    rounded to :data:`DECIMALS`."""
    return np.round(np.clip(raw_totals(values, query), 0.0, 1.0), DECIMALS)
