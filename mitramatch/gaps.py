"""Coverage gaps: which needs nothing in the directory covers well, with the near-misses.

An aspect is *covered* by a partner whose aspect fit reaches :data:`COVERED_FIT`; the same
threshold decides whether a coalition covers it (:mod:`mitramatch.portfolio`) and which
pattern a partner gets (:mod:`mitramatch.patterns`), so the three never disagree.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .engine import (
    ASPECT_LABELS,
    COVERED_FIT,
    DirectoryIndex,
    NeedsProfile,
    Query,
    Scores,
    fmt,
    prepare,
    score,
)
from .validation import check_lang, check_scalar

__all__ = ["COVERED_FIT", "NEAR_MISSES", "coverage_gaps", "gaps_table"]

#: How many near-misses a coverage gap lists.
NEAR_MISSES = 3


def coverage_gaps(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
    *,
    threshold: float = COVERED_FIT,
    lang: str = "id",
) -> pd.DataFrame:
    """For each needed aspect, whether any partner covers it well, else the near-misses.

    Only partners passing the profile's filters count. An aspect is covered when at least one
    partner's aspect fit reaches ``threshold``; otherwise the message says so plainly (look
    outside the directory) and ``candidates`` lists the best near-misses.

    Returns
    -------
    DataFrame
        One row per needed aspect (contract order): ``aspect``, ``priority``, ``covered``,
        ``n_covering`` (partners at or above the threshold), ``best_fit``, ``candidates`` and
        ``candidate_fits`` (tuples: the best three partners offering something in the aspect
        and their fits),
        ``message`` (one sentence in ``lang``).

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "Bank Sumsel"],
    ...     "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit", None], "offers_dana": [None, "dana CSR"]})
    >>> gaps = coverage_gaps(partners, {"needs": {
    ...     "tenaga": {"priority": 5, "description": "instruktur menjahit"},
    ...     "sarana": {"priority": 3, "description": "mesin jahit"}}}, lang="en")
    >>> gaps[["aspect", "covered", "n_covering"]].values.tolist()
    [['tenaga', True, 1], ['sarana', False, 0]]
    >>> gaps.loc[1, "candidates"], gaps.loc[1, "candidate_fits"]
    ((), ())
    >>> print(gaps.loc[1, "message"])  # doctest: +NORMALIZE_WHITESPACE
    facilities: no partner in the directory covers this well (fit >= 0.50), and none offers
    it at all; look outside the directory.
    """
    check_lang(lang)
    check_scalar(threshold, "threshold", low=0.0, high=1.0, include_low=False)
    index = partners if isinstance(partners, DirectoryIndex) else DirectoryIndex.build(partners)
    query = prepare(index, needs)
    return gaps_table(index, query, score(index, query), threshold=threshold, lang=lang)


def gaps_table(
    index: DirectoryIndex,
    query: Query,
    scores: Scores,
    *,
    threshold: float = COVERED_FIT,
    lang: str = "id",
) -> pd.DataFrame:
    """The kernel of :func:`coverage_gaps` on already computed scores of every partner that
    passes the filters (no validation)."""
    labels = ASPECT_LABELS[lang]
    en = lang == "en"
    records = []
    ids = index.partner_id[scores.rows]
    tie = index.id_rank[scores.rows]
    for j, aspect in enumerate(query.profile.aspects):
        fit = scores.fits[:, j] if len(scores.rows) else np.empty(0)
        order = np.lexsort((tie, -fit))
        # Near misses offer something in the aspect: a word shared by another offer only
        # (cross-aspect evidence) is no candidate to approach.
        offering = index.offered[scores.rows, query.aspect_columns[j]]
        top = [k for k in order if offering[k]][:NEAR_MISSES]
        n_covering = int((fit >= threshold).sum())
        best = float(fit[order[0]]) if len(order) else 0.0
        named = [
            f"{index.cell('name', int(scores.rows[k]))} ({fmt(float(fit[k]), lang)})" for k in top
        ]
        listed = ", ".join(named)
        label = labels[aspect]
        if n_covering:
            message = (
                f"{label}: {n_covering} partner(s) cover this well; best {named[0]}."
                if en
                else f"{label}: {n_covering} mitra memenuhi dengan baik; terbaik {named[0]}."
            )
        elif top:
            message = (
                f"{label}: no partner in the directory covers this well (fit >= "
                f"{fmt(threshold, lang)}); nearest: {listed}. Look outside the directory."
                if en
                else f"{label}: tidak ada mitra di direktori yang memenuhi dengan baik "
                f"(kecocokan >= {fmt(threshold, lang)}); yang terdekat: {listed}. "
                "Cari mitra di luar direktori."
            )
        else:
            message = (
                f"{label}: no partner in the directory covers this well (fit >= "
                f"{fmt(threshold, lang)}), and none offers it at all; look outside the directory."
                if en
                else f"{label}: tidak ada mitra di direktori yang memenuhi dengan baik "
                f"(kecocokan >= {fmt(threshold, lang)}), bahkan tidak ada yang menawarkannya; "
                "cari mitra di luar direktori."
            )
        records.append(
            {
                "aspect": aspect,
                "priority": int(query.priorities[j]),
                "covered": n_covering > 0,
                "n_covering": n_covering,
                "best_fit": best,
                "candidates": tuple(str(ids[k]) for k in top),
                "candidate_fits": tuple(float(fit[k]) for k in top),
                "message": message,
            }
        )
    return pd.DataFrame.from_records(records, columns=list(records[0]))
