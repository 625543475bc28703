"""Explanations: why a partner got its rank, as a table and as one sentence.

The sentence gives the strongest reasons first (the best-covered needs with what the partner
offers, then the other criteria by their weighted contribution, in each criterion's own words)
and ends with the main gap, e.g. "Menawarkan instruktur jahit (tenaga, kecocokan 0,82); satu
kabupaten; aktif 12 tahun; tidak menyediakan dana."
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .engine import ASPECT_LABELS, USEFUL_FIT, DirectoryIndex, Query, contributions, fmt
from .notebook import html_table

__all__ = ["Explanation", "explanation_table", "sentence"]

MAX_ASPECT_REASONS = 2
MAX_OTHER_REASONS = 3


def sentence(
    index: DirectoryIndex,
    query: Query,
    row: int,
    values: np.ndarray,
    fits: np.ndarray,
    lang: str = "id",
    contribution: np.ndarray | None = None,
) -> str:
    """One readable sentence for partner ``row`` (its criterion scores and aspect fits;
    ``contribution``: each criterion's weighted contribution, computed here when None)."""
    aspects = query.profile.aspects
    priorities = query.priorities
    needs = query.needs_criterion
    parts: list[str] = []
    order = np.lexsort((np.arange(len(aspects)), -(priorities * fits)))
    strong = [j for j in order[:MAX_ASPECT_REASONS] if fits[j] >= USEFUL_FIT]
    if strong:
        said: set[str] = set()
        phrases = [
            needs.aspect_phrase(
                index, query, int(j), float(fits[j]), row, lang, lead=k == 0, said=said
            )
            for k, j in enumerate(strong)
        ]
        parts.append((" and " if lang == "en" else " dan ").join(phrases))
    else:
        parts.append(
            "No need is covered well"
            if lang == "en"
            else "Tidak ada kebutuhan yang terpenuhi dengan baik"
        )
    if contribution is None:
        contribution = contributions(values, query)[0]
    others = [k for k, c in enumerate(query.criteria) if not c.covers_needs]
    said = 0
    for k in sorted(others, key=lambda k: (-contribution[k], k)):
        if said == MAX_OTHER_REASONS or query.weights[k] == 0:
            continue
        phrase = query.criteria[k].describe(index, query, row, float(values[k]), lang)
        if phrase:
            parts.append(phrase)
            said += 1
    gaps = [j for j in np.lexsort((np.arange(len(aspects)), -priorities)) if fits[j] < USEFUL_FIT]
    if gaps:
        j = gaps[0]
        parts.append(needs.gap_phrase(index, aspects[j], float(fits[j]), row, lang))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


@dataclass(frozen=True)
class Explanation:
    """Why one partner ranks where it does.

    ``table`` has one row per criterion and per needed aspect with its score, its weight and
    its contribution to the final score (criteria contributions add up to ``score``; aspect
    contributions add up to the ``need_fit`` contribution). ``rank`` is None for a partner
    the profile's filters leave out; ``note`` says why a partner is not in the ranking shown.
    """

    partner_id: str
    name: str
    rank: int | None
    score: float
    pattern: str
    pattern_reason: str
    sentence: str
    table: pd.DataFrame
    reciprocal: str = ""  # fit in both directions, one line (empty when not computed)
    note: str = ""  # why the partner is outside the ranking shown (empty when inside)
    lang: str = "id"  # of the sentence, the table and the notebook view

    def __str__(self) -> str:
        where = f"#{self.rank}" if self.rank is not None else "-"
        head = f"{where} {self.name} ({self.partner_id}): {self.score:.3f}"
        lines = [head, *([self.note] if self.note else []), self.sentence, self.pattern_reason]
        if self.reciprocal:
            lines.append(self.reciprocal)
        return "\n".join([*lines, self.table.to_string(index=False)])

    def _repr_html_(self) -> str:
        where = f"#{self.rank}" if self.rank is not None else "&ndash;"
        note = f"<p><b>{html.escape(self.note)}</b></p>" if self.note else ""
        score = "score" if self.lang == "en" else "skor"
        return (
            f"<div><b>{where} {html.escape(self.name)}</b> "
            f"<code>{html.escape(self.partner_id)}</code> &mdash; {score} "
            f"{fmt(self.score, self.lang, 3)}{note}"
            f"<p>{html.escape(self.sentence)}</p><p><i>{html.escape(self.pattern_reason)}</i></p>"
            f"{f'<p>{html.escape(self.reciprocal)}</p>' if self.reciprocal else ''}"
            f"{html_table(self.table, self.lang)}</div>"
        )


def explanation_table(
    query: Query, values: np.ndarray, fits: np.ndarray, lang: str
) -> pd.DataFrame:
    """Contributions of each criterion and each needed aspect to one partner's score.

    ``weight`` is the criterion's normalised weight; ``contribution`` is what it adds to the
    score, after the need gate (:mod:`mitramatch.engine.aggregation`) for gated criteria.
    """
    labels = ASPECT_LABELS[lang]
    en = lang == "en"
    kind_c, kind_a = ("criterion", "aspect") if en else ("kriteria", "aspek")
    contribution = contributions(values, query)[0]
    weights = query.weights
    rows = [
        (kind_c, c.name, float(values[k]), float(weights[k]), float(contribution[k]))
        for k, c in enumerate(query.criteria)
    ]
    k = query.needs_position
    # The aspects share need_fit's contribution (after the gate) in proportion to their part
    # of need_fit: the aspect weights of the need-fit criterion itself.
    share = query.criteria[k].aspect_weights(fits, query)
    scale = contribution[k] / values[k] if values[k] > 0 else weights[k]
    for j, aspect in enumerate(query.profile.aspects):
        rows.append(
            (kind_a, labels[aspect], float(fits[j]), float(share[j] * scale),
             float(fits[j] * share[j] * scale))
        )  # fmt: skip
    columns = (
        ["part", "name", "score", "weight", "contribution"]
        if en
        else ["bagian", "nama", "skor", "bobot", "kontribusi"]
    )
    return pd.DataFrame(rows, columns=columns)
