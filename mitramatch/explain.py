"""Explanations: why a partner got its rank, as a table and as one sentence.

The sentence gives the strongest reasons first (the best-covered needs with what the partner
offers, then other criteria by their weighted contribution) and ends with the main gap, e.g.
"Menawarkan instruktur jahit (tenaga, kecocokan 0,82); satu kabupaten; aktif 12 tahun; tidak
menyediakan dana."
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .engine.aspects import ASPECT_LABELS, CRITERIA
from .engine.criteria import CRITERIA_BY_NAME, NeedFit
from .engine.index import DirectoryIndex, Prepared
from .engine.scoring import contributions

__all__ = ["Explanation", "explanation_table", "sentence"]

STRONG_FIT = 0.3  # an aspect fit worth naming as a reason
GAP_FIT = 0.3  # below this a needed aspect is a gap
MAX_ASPECT_REASONS = 2
MAX_OTHER_REASONS = 3

_NEED_FIT: NeedFit = CRITERIA_BY_NAME["need_fit"]  # type: ignore[assignment]


def sentence(
    index: DirectoryIndex,
    prepared: Prepared,
    row: int,
    criteria: np.ndarray,
    weights: np.ndarray,
    fits: np.ndarray,
    lang: str = "id",
) -> str:
    """One readable sentence for partner ``row`` (its criterion scores and aspect fits)."""
    aspects = prepared.profile.aspects
    priorities = prepared.priorities
    parts: list[str] = []
    order = np.lexsort((np.arange(len(aspects)), -(priorities * fits)))
    strong = [j for j in order[:MAX_ASPECT_REASONS] if fits[j] >= STRONG_FIT]
    if strong:
        phrases = [
            _NEED_FIT.aspect_phrase(index, aspects[j], float(fits[j]), row, lang, lead=k == 0)
            for k, j in enumerate(strong)
        ]
        parts.append((" and " if lang == "en" else " dan ").join(phrases))
    else:
        parts.append(
            "No need is covered well" if lang == "en" else "Tidak ada kebutuhan yang terpenuhi baik"
        )
    contribution = contributions(criteria, weights)[0]
    others = sorted(range(1, len(CRITERIA)), key=lambda c: (-contribution[c], c))
    said = 0
    for c in others:
        if said == MAX_OTHER_REASONS or weights[c] == 0:
            continue
        phrase = CRITERIA_BY_NAME[CRITERIA[c]].describe(index, prepared, row, criteria[c], lang)
        if phrase:
            parts.append(phrase)
            said += 1
    gaps = [j for j in np.lexsort((np.arange(len(aspects)), -priorities)) if fits[j] < GAP_FIT]
    if gaps:
        j = gaps[0]
        parts.append(_NEED_FIT.gap_phrase(index, aspects[j], float(fits[j]), row, lang))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


@dataclass(frozen=True)
class Explanation:
    """Why one partner ranks where it does.

    ``table`` has one row per criterion and per needed aspect with its score, its weight and
    its contribution to the final score (criteria contributions add up to ``score``; aspect
    contributions add up to the ``need_fit`` contribution).
    """

    partner_id: str
    name: str
    rank: int
    score: float
    pattern: str
    pattern_reason: str
    sentence: str
    table: pd.DataFrame
    reciprocal: str = ""  # fit in both directions, one line (empty when not computed)

    def __str__(self) -> str:
        head = f"#{self.rank} {self.name} ({self.partner_id}): {self.score:.3f}"
        lines = [head, self.sentence, self.pattern_reason]
        if self.reciprocal:
            lines.append(self.reciprocal)
        return "\n".join([*lines, self.table.to_string(index=False)])

    def _repr_html_(self) -> str:
        return (
            f"<div><b>#{self.rank} {html.escape(self.name)}</b> "
            f"<code>{html.escape(self.partner_id)}</code> &mdash; {self.score:.3f}"
            f"<p>{html.escape(self.sentence)}</p><p><i>{html.escape(self.pattern_reason)}</i></p>"
            f"{f'<p>{html.escape(self.reciprocal)}</p>' if self.reciprocal else ''}"
            f"{self.table.to_html(index=False, float_format=lambda v: f'{v:.3f}')}</div>"
        )


def explanation_table(
    prepared: Prepared, criteria: np.ndarray, weights: np.ndarray, fits: np.ndarray, lang: str
) -> pd.DataFrame:
    """Contributions of each criterion and each needed aspect to one partner's score.

    ``weight`` is the criterion's normalised weight; ``contribution`` is what it adds to the
    score, after the need gate (:mod:`mitramatch.scoring`) for the criteria beyond need_fit.
    """
    labels = ASPECT_LABELS[lang]
    en = lang == "en"
    kind_c, kind_a = ("criterion", "aspect") if en else ("kriteria", "aspek")
    contribution = contributions(criteria, weights)[0]
    rows = [
        (kind_c, CRITERIA[c], float(criteria[c]), float(weights[c]), float(contribution[c]))
        for c in range(len(CRITERIA))
    ]
    p = prepared.priorities / prepared.priorities.sum()
    for j, aspect in enumerate(prepared.profile.aspects):
        rows.append(
            (kind_a, labels[aspect], float(fits[j]), float(p[j] * weights[0]),
             float(fits[j] * p[j] * weights[0]))
        )  # fmt: skip
    columns = (
        ["part", "name", "score", "weight", "contribution"]
        if en
        else ["bagian", "nama", "skor", "bobot", "kontribusi"]
    )
    return pd.DataFrame(rows, columns=columns)
