"""Suggested partnership pattern (pola kemitraan) per partner, by documented rules.

The domain brief's four patterns, tested in this order (the first that applies wins):

1. ``inti_plasma``: the partner would be a *core* supporting the organisation (the *plasma*)
   with resources: it covers well (fit >= 0.5) at least three of the needed aspects, at least
   two of them resources (dana, tenaga, sarana), as a BLK or a large company does.
2. ``asuh``: the big or strong nurtures the small: the partner covers at least one need well
   and is stronger than the organisation, i.e. a government body or a large institution kind
   (dinas, blk, dudi, donor, perguruan_tinggi, bumn) facing a community organisation, or its
   capacity is at least three times the quantity needed in a covered aspect.
3. ``futuristik``: equals with a different division of labour: the partner is in the
   organisation's own sector, covers at least one need well, and needs what the organisation
   offers (at least half of a stated ``seeks``), so neither is subordinate.
4. ``sesuai_kebutuhan``: otherwise a partnership formed around a specific need, which may
   change by agreement.
"""

from __future__ import annotations

import numpy as np

from .engine import ASPECT_LABELS, COVERED_FIT, DirectoryIndex, Query, Reciprocity

__all__ = ["PATTERNS", "assign_patterns", "pattern_reason"]

PATTERNS = ("asuh", "inti_plasma", "futuristik", "sesuai_kebutuhan")
RESOURCES = ("dana", "tenaga", "sarana")
STRONG_KINDS = ("dinas", "blk", "dudi", "donor", "perguruan_tinggi", "bumn", "bumd", "uptd")
CAPACITY_MULTIPLE = 3.0
#: Share of what the partner seeks that the organisation offers for "needs each other".
MUTUAL_SHARE = 0.5


def _facts(index: DirectoryIndex, query: Query, fits: np.ndarray, rows: np.ndarray):
    aspects = query.profile.aspects
    covered = fits >= COVERED_FIT
    is_resource = np.array([a in RESOURCES for a in aspects], dtype=bool)
    capacity = index.capacity[np.ix_(rows, query.aspect_columns)]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = capacity / query.quantities[None, :]
    big_capacity = (covered & (np.nan_to_num(ratio, nan=0.0) >= CAPACITY_MULTIPLE)).any(axis=1)
    org = query.profile.organisation
    org_small = org.sector in (None, "masyarakat") and (org.kind or "") not in STRONG_KINDS
    strong_kind = np.isin(index.kind[rows].astype(str), STRONG_KINDS)
    stronger = big_capacity | (org_small & ((index.sector[rows] == "pemerintah") | strong_kind))
    return covered, is_resource, stronger


def assign_patterns(
    index: DirectoryIndex,
    query: Query,
    fits: np.ndarray,
    reciprocity: np.ndarray,
    rows: np.ndarray,
) -> np.ndarray:
    """Pattern name for each of ``rows`` (``fits`` and ``reciprocity`` aligned with rows)."""
    covered, is_resource, stronger = _facts(index, query, fits, rows)
    n_covered = covered.sum(axis=1)
    n_resources = (covered & is_resource[None, :]).sum(axis=1)
    org_sector = query.profile.organisation.sector
    peers = (index.sector[rows] == org_sector) if org_sector else np.zeros(len(rows), bool)
    mutual = (
        (index.seeks_total[rows] > 0)
        & (Reciprocity.share(reciprocity) >= MUTUAL_SHARE)
        & query.offers_known
    )
    return np.select(
        [
            (n_covered >= 3) & (n_resources >= 2),
            (n_covered >= 1) & stronger,
            (n_covered >= 1) & peers & mutual,
        ],
        ["inti_plasma", "asuh", "futuristik"],
        default="sesuai_kebutuhan",
    ).astype(object)


def pattern_reason(
    pattern: str, index: DirectoryIndex, query: Query, fits: np.ndarray, row: int, lang: str
) -> str:
    """Why one partner got its pattern, in one clause (``fits``: that partner's aspect fits)."""
    labels = ASPECT_LABELS[lang]
    covered = [labels[a] for a, f in zip(query.profile.aspects, fits) if f >= COVERED_FIT]
    listed = ", ".join(covered) or "-"
    en = lang == "en"
    if pattern == "inti_plasma":
        return (
            f"core-plasma: as a core it supports {len(covered)} needs with resources ({listed})"
            if en
            else f"inti-plasma: sebagai inti mendukung {len(covered)} kebutuhan dengan sumber "
            f"daya ({listed})"
        )
    if pattern == "asuh":
        return (
            f"nurturing: a stronger institution covering {listed}"
            if en
            else f"asuh: lembaga yang lebih kuat membina dalam hal {listed}"
        )
    if pattern == "futuristik":
        return (
            f"futuristic: equal partners in the same sector who need each other ({listed})"
            if en
            else f"futuristik: mitra setara satu sektor yang saling membutuhkan ({listed})"
        )
    need = next(
        (labels[a] for a, f in sorted(zip(query.profile.aspects, fits), key=lambda t: -t[1])),
        "",
    )
    return (
        f"need-based: a partnership around a specific need ({need})"
        if en
        else f"sesuai kebutuhan: kemitraan untuk kebutuhan tertentu ({need})"
    )
