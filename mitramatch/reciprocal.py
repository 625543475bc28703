"""Fit in both directions: how well a partner serves the organisation, and back.

* ``score_org_to_partner``: the ranking's ``score``;
* ``score_partner_to_org``: the same weighted mean seen from the partner's side: *seeks fit*
  in the place of the criterion covering the needs (the weighted share of the partner's
  ``seeks`` terms found in what the organisation ``offers`` *and is*: its offers, name, kind
  and sector), plus every *symmetric* criterion of the query (the same value from either
  side: shared vision, proximity), with the profile's weights of those criteria. A partner
  without ``seeks`` (or an organisation with neither offers nor identity words) gets the
  neutral 0.5 for seeks fit;
* ``score_reciprocal``: their harmonic mean (0 when both are 0), high only when both are.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .engine import (
    NEUTRAL,
    DirectoryIndex,
    NeedsProfile,
    Query,
    Scores,
    fmt,
    prepare,
    score,
    typed_hits,
    typed_vectors,
)

__all__ = ["reciprocal_line", "reciprocal_scores", "reciprocal_values", "seeks_fit"]


def seeks_fit(index: DirectoryIndex, query: Query, rows: np.ndarray) -> np.ndarray:
    """Share of each partner's ``seeks`` weight that the organisation's offers and identity
    (name, kind, sector) hit, for the partners at ``rows``."""
    org = query.profile.organisation
    who = " ".join(t for t in (org.name, (org.kind or "").replace("_", " "), org.sector or "") if t)
    # Decided on the organisation's words alone, never on this directory's vocabulary, so a
    # partner's score does not depend on which other partners are loaded with it.
    if index.model.query(" ".join(t for t in (org.offers, who) if t)).empty:
        return np.full(len(rows), NEUTRAL)
    # Like with like (exchange): what it is (name, kind, sector) answers any seek.
    vectors = typed_vectors(index.model, org.offers, who)
    total = index.seeks_total[rows]
    hits = typed_hits(index.seeks_by_kind, rows, vectors)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, hits / total, NEUTRAL)
    return np.clip(share, 0.0, 1.0)


def reciprocal_values(index: DirectoryIndex, query: Query, scores: Scores) -> np.ndarray:
    """(len(scores), 3): org -> partner, partner -> org and their harmonic mean."""
    rows = scores.rows
    if not len(rows):
        return np.empty((0, 3))
    parts, weights = [seeks_fit(index, query, rows)], [query.weights[query.needs_position]]
    for k, criterion in enumerate(query.criteria):
        if criterion.symmetric:
            parts.append(scores.criteria[:, k])
            weights.append(query.weights[k])
    w = np.array(weights, dtype=float)
    if w.sum() <= 0:  # only asymmetric criteria weighed: the seeks side alone
        w = np.eye(len(w))[0]
    back = np.clip(np.column_stack(parts) @ (w / w.sum()), 0.0, 1.0)
    forth = scores.total
    with np.errstate(divide="ignore", invalid="ignore"):
        harmonic = np.where(forth + back > 0, 2 * forth * back / (forth + back), 0.0)
    return np.round(np.column_stack([forth, back, harmonic]), 12)


def reciprocal_scores(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
) -> pd.DataFrame:
    """Fit in both directions for every partner passing the filters, in directory order
    (see the module docstring).

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "LKP Jaya"],
    ...     "sector": ["masyarakat", "masyarakat"],
    ...     "offers_tenaga": ["instruktur menjahit", "instruktur menjahit"],
    ...     "seeks": ["peserta kursus dari warga belajar", "modal usaha"]})
    >>> needs = {"organisation": {"name": "PKBM Bina", "offers": "warga belajar"},
    ...          "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}}}
    >>> s = reciprocal_scores(partners, needs)
    >>> bool(s.loc[0, "score_partner_to_org"] > s.loc[1, "score_partner_to_org"])
    True
    """
    index = partners if isinstance(partners, DirectoryIndex) else DirectoryIndex.build(partners)
    query = prepare(index, needs)
    scores = score(index, query)
    out = reciprocal_values(index, query, scores)
    return pd.DataFrame(
        {
            "partner_id": index.partner_id[scores.rows],
            "score_org_to_partner": out[:, 0],
            "score_partner_to_org": out[:, 1],
            "score_reciprocal": out[:, 2],
        }
    )


def reciprocal_line(values: np.ndarray, lang: str = "id") -> str:
    """The reciprocal line of an explanation, from (org->partner, partner->org, harmonic).

    >>> reciprocal_line(np.array([0.8, 0.4, 0.5333]), "en")
    'Reciprocal: organisation -> partner 0.80, partner -> organisation 0.40, harmonic mean 0.53.'
    """
    a, b, h = (fmt(float(v), lang) for v in values)
    if lang == "en":
        return (
            f"Reciprocal: organisation -> partner {a}, partner -> organisation {b}, "
            f"harmonic mean {h}."
        )
    return (
        f"Timbal balik: organisasi -> mitra {a}, mitra -> organisasi {b}, rata-rata harmonik {h}."
    )
