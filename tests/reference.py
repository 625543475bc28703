"""Slow, obviously-correct references that the vectorised code is checked against."""

from __future__ import annotations

from mitramatch import CRITERIA
from mitramatch.engine import NEED_GATE


def reference_total(criteria_row, weights: dict[str, float]) -> float:
    """A partner's score from its criterion scores, using only the criteria in ``weights``:
    ``sum(w * g * s) / sum(w)``, where the criteria beyond need_fit are gated by
    ``min(1, need_fit / NEED_GATE)`` when need_fit is among them with a positive weight."""
    gated = weights.get("need_fit", 0) > 0
    gate = min(1.0, criteria_row[0] / NEED_GATE) if gated else 1.0
    total = 0.0
    for i, name in enumerate(CRITERIA):
        if name in weights:
            total += weights[name] * (1.0 if name == "need_fit" else gate) * criteria_row[i]
    return total / sum(weights.values())
