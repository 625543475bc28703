"""Ranking: the public one-call path and its result object.

``rank(partners, needs)`` validates, filters, scores, orders (best first, ties by
``partner_id``), suggests a pattern and explains every partner. The :class:`Ranking` it returns
converts to the contract's DataFrame, explains any partner in detail, and renders in notebooks.
"""

from __future__ import annotations

import html
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .engine.aspects import CRITERIA
from .engine.index import DirectoryIndex, Prepared
from .engine.needs import NeedsProfile
from .engine.schema import CONTRACT_COLUMNS, ROW
from .engine.scoring import Scores, score_directory
from .explain import Explanation, explanation_table, sentence
from .patterns import assign_patterns, pattern_reason

if TYPE_CHECKING:
    from .plot import RankingPlot

__all__ = ["Ranking", "rank"]

LANGS = ("id", "en")
RECIPROCAL_COLUMNS = ("score_org_to_partner", "score_partner_to_org", "score_reciprocal")


def rank(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
    *,
    top: int | None = None,
    lang: str = "id",
) -> Ranking:
    """Rank a partner directory against an organisation's needs.

    Parameters
    ----------
    partners : path, DataFrame or DirectoryIndex
        The partner directory (validated here) or an index built from one.
    needs : NeedsProfile, dict or path to a TOML/JSON profile
    top : int, optional
        Keep only the best ``top`` partners.
    lang : {"id", "en"}
        Language of explanations.

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "Bengkel Jaya Motor"],
    ...     "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit bersertifikat", "mekanik otomotif"]})
    >>> r = rank(partners, {"needs": {"tenaga": {"priority": 5,
    ...                                          "description": "instruktur jahit"}}})
    >>> r.to_frame()[["rank", "partner_id"]].values.tolist()
    [[1, 'P1'], [2, 'P2']]
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}; got {lang!r}")
    if top is not None and (
        isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1
    ):
        raise ValueError(f"top must be a positive integer or None; got {top!r}")
    index = partners if isinstance(partners, DirectoryIndex) else DirectoryIndex.build(partners)
    prepared = index.prepare(needs)
    scores = score_directory(index, prepared)
    total, n = scores.total, len(scores.total)
    if top is not None and top < n:
        # Only the best ``top`` need sorting: every partner scoring at least the top-th best
        # score (ties included) is a candidate, so the order is that of the full sort.
        candidates = np.flatnonzero(total >= np.partition(total, n - top)[n - top])
    else:
        candidates = np.arange(n)
    order = candidates[np.lexsort((index.id_rank[scores.rows[candidates]], -total[candidates]))]
    if top is not None:
        order = order[:top]
    return Ranking(index, prepared, scores, order, lang)


class Ranking:
    """The ranked partners for one needs profile.

    Attributes
    ----------
    profile : NeedsProfile
    lang : str
        Language of explanations ("id" or "en").
    """

    def __init__(
        self,
        index: DirectoryIndex,
        prepared: Prepared,
        scores: Scores,
        order: np.ndarray,
        lang: str = "id",
    ) -> None:
        self.index = index
        self.prepared = prepared
        self.profile = prepared.profile
        self._scores = scores
        self._order = order  # positions into scores.rows, best first
        self.lang = lang

    # -- basic views ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._order)

    @property
    def rows(self) -> np.ndarray:
        """Positions in the directory of the ranked partners, best first."""
        return self._scores.rows[self._order]

    @property
    def n_filtered_out(self) -> int:
        """How many partners the profile's filters removed."""
        return len(self.index) - len(self._scores.rows)

    @cached_property
    def patterns(self) -> np.ndarray:
        s, o = self._scores, self._order
        return assign_patterns(
            self.index, self.prepared, s.fits[o], s.criteria[o, CRITERIA.index("reciprocity")],
            self.rows,
        )  # fmt: skip

    @cached_property
    def gaps(self) -> pd.DataFrame:
        """Per needed aspect, whether any partner passing the filters covers it well, else
        the near-misses (:func:`mitramatch.portfolio.coverage_gaps`)."""
        from .portfolio import _gaps  # local: portfolio builds on this module's neighbours

        return _gaps(self.index, self.prepared, self._scores, lang=self.lang)

    @cached_property
    def reciprocal(self) -> np.ndarray:
        """(len, 3): organisation -> partner, partner -> organisation and their harmonic
        mean, best first (:func:`mitramatch.portfolio.reciprocal_scores`)."""
        from .portfolio import _reciprocal

        return _reciprocal(self.index, self.prepared, self._scores, self._order)

    @cached_property
    def explanations(self) -> list[str]:
        s = self._scores
        return [
            sentence(
                self.index, self.prepared, int(r), s.criteria[i], s.weights, s.fits[i], self.lang
            )
            for i, r in zip(self._order, self.rows)
        ]

    def to_frame(self) -> pd.DataFrame:
        """The contract's ranking table, one row per partner, best first.

        Columns: ``rank``, ``partner_id``, ``name``, ``sector``, ``kind``, ``score``,
        ``score_<criterion>``, ``fit_<aspect>`` (needed aspects only), ``pattern``,
        ``explanation``; then ``score_org_to_partner`` (= ``score``), ``score_partner_to_org``
        and ``score_reciprocal`` (their harmonic mean); then any extra columns of the
        directory, passed through.
        """
        frame = self.index.frame
        rows = self.rows
        s, o = self._scores, self._order
        out = pd.DataFrame(
            {
                "rank": np.arange(1, len(rows) + 1, dtype=np.int64),
                "partner_id": frame["partner_id"].take(rows).to_numpy(),
                "name": frame["name"].take(rows).to_numpy(),
                "sector": frame["sector"].take(rows).to_numpy(),
                "kind": frame["kind"].take(rows).to_numpy(),
                "score": s.total[o],
            }
        )
        for c, name in enumerate(CRITERIA):
            out[f"score_{name}"] = s.criteria[o, c]
        for j, aspect in enumerate(self.profile.aspects):
            out[f"fit_{aspect}"] = s.fits[o, j]
        out["pattern"] = self.patterns
        out["explanation"] = self.explanations
        # Beyond the contract's columns (additive): fit in both directions.
        for k, column in enumerate(RECIPROCAL_COLUMNS):
            out[column] = self.reciprocal[:, k]
        extras = [c for c in frame.columns if c not in CONTRACT_COLUMNS and c != ROW]
        for column in extras:
            if column not in out.columns:
                out[column] = frame[column].take(rows).to_numpy()
        return out

    def explain(self, partner_id: str) -> Explanation:
        """Each criterion's and each aspect's contribution for one ranked partner.

        Raises ``KeyError`` naming the id when the partner is not in this ranking (unknown,
        filtered out, or beyond ``top``).
        """
        ids = self.index.partner_id[self.rows]
        where = np.flatnonzero(ids == partner_id)
        if not len(where):
            known = partner_id in set(self.index.partner_id)
            why = "filtered out or beyond top" if known else "not in the directory"
            raise KeyError(f"partner_id {partner_id!r} is not in this ranking ({why})")
        from .portfolio import reciprocal_line

        pos = int(where[0])
        i, row = self._order[pos], int(self.rows[pos])
        s = self._scores
        pattern = str(self.patterns[pos])
        return Explanation(
            partner_id=str(partner_id),
            name=str(self.index.frame.at[row, "name"]),
            rank=pos + 1,
            score=float(s.total[i]),
            pattern=pattern,
            pattern_reason=pattern_reason(
                pattern, self.index, self.prepared, s.fits[i], row, self.lang
            ),
            sentence=self.explanations[pos],
            table=explanation_table(self.prepared, s.criteria[i], s.weights, s.fits[i], self.lang),
            reciprocal=reciprocal_line(self.reciprocal[pos], self.lang),
        )

    @cached_property
    def plot(self) -> RankingPlot:
        """Plots of this ranking: ``.contributions()``, ``.aspects()``, ``.map()``.

        Needs matplotlib (``pip install 'mitramatch[plot]'``); see :mod:`mitramatch.plot`.
        """
        from .plot import RankingPlot  # local: plotting is optional and loads lazily

        return RankingPlot(self)

    def __repr__(self) -> str:
        name = self.profile.organisation.name or "organisation"
        return f"<Ranking of {len(self)} partners for {name!r}>"

    def _repr_html_(self) -> str:
        frame = self.to_frame().head(20)
        rows = []
        for rec in frame.itertuples(index=False):
            width = max(0.0, min(1.0, float(rec.score))) * 100
            bar = (
                f'<div style="background:#e8eef7;width:120px;height:10px">'
                f'<div style="background:#2a6fdb;width:{width:.0f}%;height:10px"></div></div>'
            )
            rows.append(
                f'<tr style="vertical-align:top"><td>{rec.rank}</td>'
                f'<td style="text-align:left">{html.escape(str(rec.name))}<br>'
                f"<code>{html.escape(str(rec.partner_id))}</code></td>"
                f"<td>{rec.score:.3f}{bar}</td><td>{html.escape(str(rec.pattern))}</td>"
                f'<td style="text-align:left">{html.escape(str(rec.explanation))}</td></tr>'
            )
        en = self.lang == "en"
        rest = len(self) - 20
        more = f"<p>… {rest} {'more' if en else 'lainnya'}</p>" if rest > 0 else ""
        titles = ("#", "partner", "score", "pattern", "why")
        if not en:
            titles = ("#", "mitra", "skor", "pola", "alasan")
        head = "".join(f'<th style="text-align:left">{h}</th>' for h in titles)
        return (
            f"<div><b>{html.escape(repr(self))}</b><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{more}</div>"
        )
