"""Ranking: the public one-call path and its result object.

``rank(partners, needs, top=K)`` validates, screens the directory down to the partners that
can reach the top (:mod:`mitramatch.engine.screening`), scores those exactly, orders them
(best first, ties by ``partner_id``), and returns a :class:`Ranking`: it converts to the
contract's DataFrame, explains any partner (ranked or not), and renders in notebooks.
Patterns, explanations, gaps and the scores of partners outside the top are computed when
first asked for, not up front.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .engine import (
    Criterion,
    DirectoryIndex,
    NeedsProfile,
    Query,
    Scores,
    check_lang,
    check_top,
    contributions,
    failed_filters,
    filter_mask,
    fmt,
    prepare,
    score,
    screen,
    top_positions,
)
from .exceptions import Text, render
from .explain import Explanation, explanation_table, sentence
from .gaps import gaps_table
from .output import Ranked, ranking_table
from .patterns import assign_patterns, pattern_reason
from .reciprocal import reciprocal_line, reciprocal_values

if TYPE_CHECKING:
    from .plot import RankingPlot

__all__ = ["Ranking", "as_index", "rank"]


def as_index(partners: str | Path | pd.DataFrame | DirectoryIndex) -> DirectoryIndex:
    """A directory index from a path, a DataFrame, or an index (returned as is)."""
    return partners if isinstance(partners, DirectoryIndex) else DirectoryIndex.build(partners)


def rank(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
    *,
    top: int | None = None,
    lang: str = "id",
    criteria: Iterable[Criterion] | None = None,
) -> Ranking:
    """Rank a partner directory against an organisation's needs.

    Parameters
    ----------
    partners : path, DataFrame or DirectoryIndex
        The partner directory (validated here) or an index built from one.
    needs : NeedsProfile, dict or path to a TOML/JSON profile
    top : int, optional
        Keep only the best ``top`` partners (only the partners that can reach them are
        scored; the result is exactly that of ranking everyone and cutting).
    lang : {"id", "en"}
        Language of explanations.
    criteria : list of Criterion, optional
        Criteria for this ranking beyond the registered ones (see
        :class:`mitramatch.Criterion`); the profile's ``[weights]`` may name them.

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
    top = check_top(top)
    check_lang(lang)
    index = as_index(partners)
    query = prepare(index, needs, criteria=criteria)
    return Ranking.compute(index, query, top=top, lang=lang)


class Ranking:
    """The ranked partners for one needs profile.

    Attributes
    ----------
    profile : NeedsProfile
    query : Query
        The profile prepared under the index (criteria, weights, vectors).
    scores : Scores
        The ranked partners' scores, best first (``scores.rows``: directory positions).
    top : int or None
        How many partners were asked for (None: all that pass the filters).
    lang : str
        Language of explanations ("id" or "en").
    """

    def __init__(
        self,
        index: DirectoryIndex,
        query: Query,
        scores: Scores,
        *,
        top: int | None = None,
        lang: str = "id",
    ) -> None:
        self.index = index
        self.query = query
        self.profile = query.profile
        self.scores = scores
        self.top = top
        self.lang = check_lang(lang)

    @classmethod
    def compute(
        cls, index: DirectoryIndex, query: Query, *, top: int | None = None, lang: str = "id"
    ) -> Ranking:
        """Rank ``index`` for a prepared query: screen, score the candidates, order."""
        scored = None if top is None else screen(index, query, top)
        if scored is None:
            scored = score(index, query)
        best = top_positions(scored.total, index.id_rank[scored.rows], top, scored.secondary)
        return cls(index, query, scored.take(best), top=top, lang=lang)

    # -- basic views ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.scores)

    @property
    def rows(self) -> np.ndarray:
        """Positions in the directory of the ranked partners, best first."""
        return self.scores.rows

    @property
    def notes(self) -> list[str]:
        """What the user should know about how the directory was read and indexed (header
        found below titles, ids made, formulas without saved values, regions guessed, ...),
        as :class:`~mitramatch.exceptions.Note` strings in both languages."""
        return self.index.notes

    @cached_property
    def n_filtered_out(self) -> int:
        """How many partners the profile's filters removed."""
        return len(self.index) - int(filter_mask(self.index, self.query).sum())

    @cached_property
    def all_scores(self) -> Scores:
        """Every partner passing the filters, scored (computed when first asked for)."""
        if self.top is None:
            return self.scores
        return score(self.index, self.query)

    def contributions(self) -> np.ndarray:
        """(len, criteria): each criterion's contribution to each ranked partner's score."""
        return contributions(self.scores.criteria, self.query)

    @cached_property
    def patterns(self) -> np.ndarray:
        s = self.scores
        return assign_patterns(self.index, self.query, s.fits, s.column("reciprocity"), self.rows)

    @cached_property
    def gaps(self) -> pd.DataFrame:
        """Per needed aspect, whether any partner passing the filters covers it well, else
        the near-misses (:func:`mitramatch.coverage_gaps`)."""
        return gaps_table(self.index, self.query, self.all_scores, lang=self.lang)

    @cached_property
    def reciprocal(self) -> np.ndarray:
        """(len, 3): organisation -> partner, partner -> organisation and their harmonic
        mean, best first (:func:`mitramatch.reciprocal_scores`)."""
        return reciprocal_values(self.index, self.query, self.scores)

    @cached_property
    def explanations(self) -> list[str]:
        """One sentence per ranked partner, best first."""
        return [self.explanation(i) for i in range(len(self))]

    def explanation(self, position: int) -> str:
        """The sentence of the partner at ``position`` (0 = best), computed once."""
        cache = self.__dict__.setdefault("_sentences", {})
        if position not in cache:
            s = self.scores
            cache[position] = sentence(
                self.index, self.query, int(s.rows[position]), s.criteria[position],
                s.fits[position], self.lang, self._contributions[position],
            )  # fmt: skip
        return cache[position]

    @cached_property
    def _contributions(self) -> np.ndarray:
        return self.contributions()

    def ranked(self) -> Ranked:
        """Everything the output table holds for this ranking."""
        return Ranked(
            self.scores, self.profile.aspects, self.patterns, self.explanations, self.reciprocal
        )

    def to_frame(self) -> pd.DataFrame:
        """The contract's ranking table, one row per partner, best first.

        Columns: ``rank``, ``partner_id``, ``name``, ``sector``, ``kind``, ``score``,
        ``score_<criterion>``, ``fit_<aspect>`` (needed aspects only), ``pattern``,
        ``explanation``; then ``score_org_to_partner`` (= ``score``), ``score_partner_to_org``
        and ``score_reciprocal`` (their harmonic mean); then any extra columns of the
        directory, passed through (:mod:`mitramatch.output`).
        """
        return ranking_table(self.index, [self.ranked()])

    # -- one partner -----------------------------------------------------------------------
    def explain(self, partner_id: str) -> Explanation:
        """Each criterion's and each aspect's contribution for one partner, with a sentence.

        Works for partners outside the ranking too ("why is X not in my list?"): beyond
        ``top`` its rank among all partners is given, and a partner the filters leave out is
        scored anyway, with the filters it fails named in ``note``. Raises ``KeyError`` naming
        the id when the partner is not in the directory.
        """
        where = np.flatnonzero(self.index.partner_id == partner_id)
        if not len(where):
            raise KeyError(f"partner_id {partner_id!r} is not in the directory")
        row = int(where[0])
        inside = np.flatnonzero(self.rows == row)
        if len(inside):
            position = int(inside[0])
            one, rank = self.scores.take([position]), position + 1
            pattern, text, note = self.patterns[position], self.explanation(position), ""
        else:
            one = score(self.index, self.query, [row], filtered=False)
            failed = failed_filters(self.index, self.query, row)
            rank = None if failed else self._rank_of(row, float(one.total[0]))
            pattern = assign_patterns(
                self.index, self.query, one.fits, one.column("reciprocity"), one.rows
            )[0]
            text = sentence(self.index, self.query, row, one.criteria[0], one.fits[0], self.lang)
            if failed:
                note = render(
                    Text("left out by the profile's filters: ", "tidak masuk karena filter: ")
                    + "; ".join(render(f, self.lang) for f in failed),
                    self.lang,
                )
            else:
                note = render(
                    Text(
                        f"not in the top {self.top}: rank {rank} of {len(self.all_scores)}",
                        f"tidak termasuk {self.top} teratas: peringkat {rank} dari "
                        f"{len(self.all_scores)}",
                    ),
                    self.lang,
                )
        return Explanation(
            partner_id=str(partner_id),
            name=str(self.index.cell("name", row)),
            rank=rank,
            score=float(one.total[0]),
            pattern=str(pattern),
            pattern_reason=pattern_reason(
                str(pattern), self.index, self.query, one.fits[0], row, self.lang
            ),
            sentence=text,
            table=explanation_table(self.query, one.criteria[0], one.fits[0], self.lang),
            reciprocal=reciprocal_line(
                reciprocal_values(self.index, self.query, one)[0], self.lang
            ),
            note=note,
            lang=self.lang,
        )

    def _rank_of(self, row: int, total: float) -> int:
        """The rank a partner passing the filters has among all of them (the ordering rule:
        score, then secondary evidence, then partner_id)."""
        every = self.all_scores
        tie = self.index.id_rank[every.rows]
        at = np.flatnonzero(every.rows == row)
        second = float(every.secondary[at[0]]) if len(at) else 0.0
        same = every.total == total
        better = (every.total > total) | (same & (every.secondary > second))
        better |= same & (every.secondary == second) & (tie < self.index.id_rank[row])
        return int(better.sum()) + 1

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
        shown = min(20, len(self))
        s = self.scores
        rows = []
        for i in range(shown):
            row = int(self.rows[i])
            total = float(s.total[i])
            width = max(0.0, min(1.0, total)) * 100
            bar = (
                f'<div style="background:#e8eef7;width:120px;height:10px">'
                f'<div style="background:#2a6fdb;width:{width:.0f}%;height:10px"></div></div>'
            )
            rows.append(
                f'<tr style="vertical-align:top"><td>{i + 1}</td>'
                f'<td style="text-align:left">{html.escape(str(self.index.cell("name", row)))}'
                f"<br><code>{html.escape(str(self.index.partner_id[row]))}</code></td>"
                f"<td>{fmt(total, self.lang, 3)}{bar}</td>"
                f"<td>{html.escape(str(self.patterns[i]))}</td>"
                f'<td style="text-align:left">{html.escape(self.explanation(i))}</td></tr>'
            )
        en = self.lang == "en"
        rest = len(self) - shown
        more = f"<p>… {rest} {'more' if en else 'lainnya'}</p>" if rest > 0 else ""
        titles = ("#", "partner", "score", "pattern", "why")
        if not en:
            titles = ("#", "mitra", "skor", "pola", "alasan")
        head = "".join(f'<th style="text-align:left">{h}</th>' for h in titles)
        org = self.profile.organisation.name
        if en:
            title = f"Ranking of {len(self)} partners" + (f" for {org}" if org else "")
        else:
            title = f"Peringkat {len(self)} mitra" + (f" untuk {org}" if org else "")
        return (
            f"<div><b>{html.escape(title)}</b><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{more}</div>"
        )
