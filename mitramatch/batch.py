"""Many organisations at once, and partner directories larger than memory.

:func:`load_organisations` reads the contract's batch layout (one organisation a row),
:func:`rank_many` ranks one directory for every organisation with the partner-side work done
once, and :func:`rank_chunked` streams a directory file in chunks, keeping only the best ``top``
partners per organisation, so memory stays near one chunk plus ``top`` rows per organisation.

A partner's score depends only on its own row and the profile (no statistics over the
directory), so the chunked result is exactly the in-memory one.

:func:`rank_many` with ``top`` never scores every (organisation, partner) pair in full: it
bounds each partner's score from the words its offers share with the needs (one sparse product
per aspect for all distinct needs), scores the few partners whose bound can reach a top, and
ranks those with :func:`~mitramatch.ranking.rank`'s own code, so the result is exactly the
per-organisation one. :mod:`mitramatch.distributed` spreads the directory over a Dask cluster.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .engine.aspects import ASPECTS, CRITERIA
from .engine.criteria import (
    CRITERIA_BY_NAME,
    NEUTRAL,
    NeedFit,
    Proximity,
    Reciprocity,
    TrackRecord,
    Vision,
)
from .engine.filters import filter_mask
from .engine.index import DirectoryIndex, Prepared, _vision_vector
from .engine.needs import NeedsProfile, load_needs
from .engine.organisations import ORG_ID, OrganisationBatch, load_organisations
from .engine.regions import region_table
from .engine.schema import CONTRACT_COLUMNS, ROW, load_directory
from .engine.scoring import contributions, normalised_weights, score_directory
from .engine.text import SATURATION, Analyzer
from .exceptions import Problem, SchemaError, rows_text
from .io import read_table_chunks
from .ranking import LANGS, RECIPROCAL_COLUMNS, Ranking, rank

__all__ = [
    "OrganisationBatch",
    "load_organisations",
    "prepare_many",
    "rank_chunked",
    "rank_many",
]

# Validation problems that repeat identically in every chunk: report them once, at once.
_STRUCTURAL = frozenset({"missing required columns", "duplicate columns", "unknown aspect"})
_MAX_PROBLEMS = 50  # stop checking a huge broken file after this many findings
_MAX_DUPLICATE_IDS = 1000  # ids kept for the message; the count covers the rest

#: What :func:`rank_many` accepts as organisations.
OrganisationsLike = (
    OrganisationBatch | Mapping[str, Any] | Sequence[Any] | str | Path | pd.DataFrame
)


# -- ranking many organisations ----------------------------------------------------------------
def rank_many(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    organisations: OrganisationsLike,
    *,
    top: int | None = 10,
    lang: str = "id",
    progress: bool = False,
) -> pd.DataFrame:
    """Rank one partner directory for many organisations.

    The directory is validated and indexed once and the organisations are prepared in bulk
    (each distinct text analysed once). With ``top``, each organisation's partners are first
    bounded from the words their offers share with its needs (never the full organisations x
    partners matrix); only those whose bound can reach the top are scored, by the same code as
    :func:`~mitramatch.ranking.rank`, so the result is exactly ``rank(index, profile,
    top=top)`` per organisation. 10,000 organisations x 100,000 partners: about 2 minutes on
    two cores, 1.2 GB.

    Parameters
    ----------
    partners : path, DataFrame or DirectoryIndex
    organisations : batch file path, DataFrame, OrganisationBatch, dict or list
        A batch file or table (see :func:`load_organisations`), a dict ``{org_id: profile}``,
        or a list of profiles (``org_id`` is then the position: ``"1"``, ``"2"``, ...).
        Profiles may be :class:`NeedsProfile` objects, dicts or TOML/JSON paths.
    top : int or None, default 10
        Partners kept per organisation.
    lang : {"id", "en"}
    progress : bool, default False
        Show a progress bar over organisations on stderr (only when it is a terminal).

    Returns
    -------
    DataFrame
        Each organisation's :meth:`Ranking.to_frame`, stacked in input order, ``org_id``
        first; ``fit_<aspect>`` for every aspect any organisation needs (NaN where that
        organisation does not need it). An organisation no partner passes has no rows.

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "CSR Bank Musi"],
    ...     "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit", None],
    ...     "offers_dana": [None, "dana hibah modal usaha"]})
    >>> out = rank_many(partners, {
    ...     "A": {"needs": {"tenaga": {"priority": 5, "description": "instruktur jahit"}}},
    ...     "B": {"needs": {"dana": {"priority": 4, "description": "modal usaha"}}}}, top=1)
    >>> out[["org_id", "rank", "partner_id"]].values.tolist()
    [['A', 1, 'P1'], ['B', 1, 'P2']]
    >>> [c for c in out.columns if c.startswith("fit_")]
    ['fit_dana', 'fit_tenaga']
    """
    ids, profiles = _organisations(organisations)
    _check_options(top, lang)
    index = partners if isinstance(partners, DirectoryIndex) else DirectoryIndex.build(partners)
    if top is None:  # every partner is kept: nothing to screen
        frames = [
            rank(index, profile, top=None, lang=lang).to_frame()
            for profile in _progress(profiles, enabled=progress, unit=" org")
        ]
        out = _stack(ids, frames)
    else:
        prepared = prepare_many(index, profiles)
        parts = _rank_screened(index, prepared, top, lang, progress)
        out = _assemble(index, ids, prepared, parts)
    out.attrs["notes"] = list(index.frame.attrs.get("notes", []))
    return out


def rank_chunked(
    path: str | Path,
    needs_or_organisations: Any,
    *,
    top: int | None = 10,
    chunksize: int = 200_000,
    lang: str = "id",
    progress: bool = False,
) -> pd.DataFrame:
    """Rank a partner directory file too large for memory, reading it in chunks.

    Each chunk is validated (rows named as in the file) and scored; only the best ``top``
    partners per organisation are kept across chunks, so memory stays near one chunk plus
    ``top`` rows per organisation (and 16 bytes per partner to find duplicate ``partner_id``
    across chunks). Every validation problem in the file is reported at once, up to 50.

    Parameters
    ----------
    path : str or path
        The directory: CSV/TSV (streamed) or Parquet (by record batches); XLSX is read whole.
    needs_or_organisations
        One needs profile (NeedsProfile, profile dict, or ``.toml``/``.json`` path): the result
        equals ``rank(path, needs, top=top).to_frame()``. Otherwise organisations as for
        :func:`rank_many`, and the result equals ``rank_many(path, organisations, top=top)``.
    top : int or None, default 10
        Partners kept per organisation; None keeps all (memory is then not bounded).
    chunksize : int, default 200_000
        Records read at a time.
    lang : {"id", "en"}
    progress : bool, default False
        Progress bar over partners on stderr (only when it is a terminal).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = pathlib.Path(folder.name) / "mitra.csv"
    >>> _ = path.write_text("partner_id,name,sector,offers_tenaga\\n"
    ...     "P1,LKP Busana,masyarakat,instruktur menjahit\\nP2,Bengkel,swasta,mekanik\\n"
    ...     "P3,LKP Jahit,masyarakat,tutor menjahit busana\\n")
    >>> needs = {"needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}}}
    >>> rank_chunked(path, needs, top=2, chunksize=1)["partner_id"].tolist()
    ['P1', 'P3']
    >>> folder.cleanup()
    """
    single = _is_single(needs_or_organisations)
    if single:
        ids, profiles = ["1"], [load_needs(needs_or_organisations)]
    else:
        ids, profiles = _organisations(needs_or_organisations)
    label = str(path)
    chunks, notes = read_table_chunks(path, chunksize=chunksize, what="directory")
    analyzer = Analyzer()  # one stemming cache for every chunk
    best: list[pd.DataFrame | None] = [None] * len(profiles)
    seen = _SeenIds()
    problems: list[Problem] = []
    bar = _bar(enabled=progress)
    try:
        for table in chunks:
            if bar is not None:
                bar.update(len(table))
            try:
                frame = load_directory(table)
            except SchemaError as exc:
                if any(p.group in _STRUCTURAL for p in exc.problems):
                    raise SchemaError(exc.problems, source=label) from None
                problems.extend(exc.problems)
                seen.add(_raw_ids(table), table[ROW].to_numpy(np.int64))
                frame = None
            else:
                seen.add(frame["partner_id"], frame[ROW].to_numpy(np.int64))
            if len(problems) + len(seen.duplicates) >= _MAX_PROBLEMS:
                last = int(table[ROW].iloc[-1])
                problems.append(
                    Problem("stopped", f"stopped checking after row {last}: too many problems")
                )
                break
            if frame is None or problems or seen.duplicates:
                continue  # keep validating, stop scoring: the result will not be used
            index = DirectoryIndex(frame, analyzer)
            for j, profile in enumerate(profiles):
                candidates = rank(index, profile, top=top, lang=lang).to_frame()
                best[j] = _keep_best(best[j], candidates, top)
    finally:
        if bar is not None:
            bar.close()
        chunks.close()  # type: ignore[attr-defined]  # a generator; frees the file early
    if seen.duplicates:
        problems.insert(0, seen.problem())
    if problems:
        raise SchemaError(problems, source=label)
    out = _stack(ids, best) if not single else best[0] if best[0] is not None else pd.DataFrame()
    out.attrs["notes"] = list(notes)
    return out


# -- many organisations in bulk: prepare once, screen in blocks, score the candidates exactly ---
#: Bound on |screening score - exact score|. Screening uses the criteria's own formulas in
#: float64; only summation order and coverage's divisor folded into the query differ (~1e-15),
#: plus the exact path's rounding to 12 decimals: far below this.
_TOLERANCE = 1e-9
#: Partners whose proximity is computed first to set each organisation's bar (times top).
_FIRST_LOOK = 4
#: Whole-directory products kept for reuse (vision and offers vectors shared by organisations).
_KEPT_PRODUCTS = 192
#: Organisations whose candidates share one sub-index for exact scoring.
_BLOCK = 32

_NEED_FIT: NeedFit = CRITERIA_BY_NAME["need_fit"]  # type: ignore[assignment]
_VISION: Vision = CRITERIA_BY_NAME["vision"]  # type: ignore[assignment]
_PROXIMITY: Proximity = CRITERIA_BY_NAME["proximity"]  # type: ignore[assignment]
_RECIPROCITY: Reciprocity = CRITERIA_BY_NAME["reciprocity"]  # type: ignore[assignment]
_TRACK: TrackRecord = CRITERIA_BY_NAME["track_record"]  # type: ignore[assignment]
_C = {name: k for k, name in enumerate(CRITERIA)}


def prepare_many(index: DirectoryIndex, profiles: Sequence[Any]) -> list[Prepared]:
    """:meth:`DirectoryIndex.prepare` for many profiles, sharing the work they have in common.

    Every distinct need description, vision and offers text is analysed once and every region
    resolved in one pass, so organisations written from the same templates cost little more
    than one. Each result equals ``index.prepare(profile)``.

    Examples
    --------
    >>> index = DirectoryIndex.build(pd.DataFrame({
    ...     "partner_id": ["A"], "name": ["LKP Citra"], "sector": ["masyarakat"],
    ...     "offers_tenaga": ["instruktur menjahit"]}))
    >>> needs = {"organisation": {"regency": "Ogan Komering Ulu"},
    ...          "needs": {"tenaga": {"priority": 5, "description": "instruktur jahit"}}}
    >>> [p.regency for p in prepare_many(index, [needs, needs])]
    ['16.01', '16.01']
    """
    profiles = [load_needs(p) for p in profiles]
    model = index.model
    orgs = [p.organisation for p in profiles]
    regencies, provinces = region_table().resolve(
        pd.Series([o.region_code for o in orgs], dtype="string"),
        pd.Series([o.regency for o in orgs], dtype="string"),
        pd.Series([o.province for o in orgs], dtype="string"),
    )
    texts = [t for o in orgs for t in (o.offers, o.vision)]
    texts += [n.description for p in profiles for n in p.needs]
    # What the partner -> organisation score analyses (portfolio's identity text), for later.
    texts += [
        " ".join(t for t in (o.offers, o.name, (o.kind or "").replace("_", " "), o.sector or "")
                 if t)
        for o in orgs
    ]  # fmt: skip
    model.analyzer.warm(t for t in texts if t)
    queries: dict[tuple[str, str | None], Any] = {}
    visions: dict[str, tuple[np.ndarray, bool]] = {}
    offers: dict[str, tuple[np.ndarray, bool]] = {}

    def query(text: str, aspect: str | None = None) -> Any:
        if (text, aspect) not in queries:
            queries[(text, aspect)] = model.query(text, aspect=aspect)
        return queries[(text, aspect)]

    out = []
    for profile, org, regency, province in zip(profiles, orgs, regencies, provinces):
        if org.offers not in offers:
            q = query(org.offers)
            vector = np.zeros(len(model.terms))
            vector[q.ids] = 1.0
            offers[org.offers] = (vector, not q.empty)
        if org.vision not in visions:
            known = bool(model.analyzer.analyze(org.vision))
            visions[org.vision] = (_vision_vector(model, org.vision), known)
        out.append(
            Prepared(
                profile=profile,
                need_queries=tuple(query(n.description, n.aspect) for n in profile.needs),
                priorities=np.array([n.priority for n in profile.needs], dtype=float),
                quantities=np.array(
                    [np.nan if n.quantity is None else n.quantity for n in profile.needs],
                    dtype=float,
                ),
                aspect_columns=np.array(
                    [ASPECTS.index(a) for a in profile.aspects], dtype=np.int64
                ),
                offers_vector=offers[org.offers][0],
                offers_known=offers[org.offers][1],
                vision_vector=visions[org.vision][0],
                vision_known=visions[org.vision][1],
                regency=regency,
                province=province,
                lat=np.nan if org.lat is None else float(org.lat),
                lon=np.nan if org.lon is None else float(org.lon),
            )
        )
    return out


def _check_options(top: int | None, lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}; got {lang!r}")
    if top is not None and (
        isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1
    ):
        raise ValueError(f"top must be a positive integer or None; got {top!r}")


class _Relevance:
    """Each distinct need query's coverage of every partner's offers, as sparse rows.

    ``own[aspect]`` against the aspect's offers, ``cross`` against all offers together, each
    (distinct queries x partners); one sparse product per aspect for all queries at once.
    """

    def __init__(self, index: DirectoryIndex, prepared: Sequence[Prepared]) -> None:
        from scipy import sparse

        self.row: dict[tuple[str, int], int] = {}  # (aspect, id(query)) -> row
        by_aspect: dict[str, list[Any]] = {a: [] for a in ASPECTS}
        for p in prepared:
            for query, col in zip(p.need_queries, p.aspect_columns):
                key = (ASPECTS[col], id(query))
                if key not in self.row and not query.empty:
                    self.row[key] = len(by_aspect[key[0]])
                    by_aspect[key[0]].append(query)
        width = len(index.model.terms)
        self.own: dict[str, Any] = {}
        self.cross: dict[str, Any] = {}
        for aspect, qs in by_aspect.items():
            if not qs:
                continue
            # Coverage is hit / min(total weight, SATURATION): fold the divisor into the query.
            data = np.concatenate(
                [q.weights / min(q.total_weight, SATURATION) if q.total_weight > 0
                 else np.zeros(len(q.ids)) for q in qs]
            )  # fmt: skip
            cols = np.concatenate([q.ids for q in qs])
            rows = np.repeat(np.arange(len(qs)), [len(q.ids) for q in qs])
            matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(qs), width))
            self.own[aspect] = sparse.csr_matrix(matrix @ index.offer_terms[aspect].T)
            self.cross[aspect] = sparse.csr_matrix(matrix @ index.any_offer_terms.T)

    def need(self, aspect: str, query: Any, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(relevance, cross) of every partner as dense arrays, clipped like coverage, and the
        partners the query's words hit at all."""
        r = self.row[(aspect, id(query))]
        own, cross = self.own[aspect][r], self.cross[aspect][r]
        rel, cov = np.zeros(n), np.zeros(n)
        rel[own.indices] = np.clip(own.data, 0.0, 1.0)
        cov[cross.indices] = np.clip(cross.data, 0.0, 1.0)
        return rel, cov, np.flatnonzero((rel > 0) | (cov > 0))


class _Screen:
    """Screening scores: every criterion of rank(), computed for chosen partners only."""

    def __init__(self, index: DirectoryIndex, prepared: Sequence[Prepared]) -> None:
        self.index = index
        self.n = len(index)
        self.relevance = _Relevance(index, prepared)
        self.track = _TRACK.score(index, None)  # type: ignore[arg-type]
        self._ceilings: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}
        self._products: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}

    def product(self, name: str, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """``getattr(index, name)[rows] @ vector``. Organisations written from templates share
        their vision and offers vectors (prepare_many shares equal ones), so the product over
        the whole directory is kept for the vectors seen last: a gather beats slicing rows."""
        key = (name, id(vector))
        if key not in self._products:
            if len(self._products) >= _KEPT_PRODUCTS:
                self._products.pop(next(iter(self._products)))
            self._products[key] = (vector, getattr(self.index, name) @ vector)
        return self._products[key][1][rows]

    def ceiling(self, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """A grid of need_fit values and the highest score each allows (others at 1)."""
        key = tuple(weights)
        if key not in self._ceilings:
            grid = np.linspace(0.0, 1.0, 1025)
            crit = np.column_stack([grid, *[np.ones_like(grid)] * (len(CRITERIA) - 1)])
            self._ceilings[key] = (grid, contributions(crit, weights).sum(axis=1))
        return self._ceilings[key]

    def scores(
        self, p: Prepared, needs: list, rows: np.ndarray, weights: np.ndarray
    ) -> np.ndarray:
        """Scores of the partners at ``rows``, within _TOLERANCE of rank()'s."""
        index = self.index
        fits = np.column_stack([
            _NEED_FIT.fit(rel[rows], cov[rows], index.offered[rows, a],
                          index.capacity[rows, a], p.quantities[j])
            for j, (a, (rel, cov, _)) in enumerate(zip(p.aspect_columns, needs))
        ])  # fmt: skip
        crit = np.empty((len(rows), len(CRITERIA)))
        crit[:, _C["need_fit"]] = _NEED_FIT.combine(fits, p)
        crit[:, _C["vision"]] = (
            _VISION.from_cosine(self.product("vision", p.vision_vector, rows),
                                index.has_vision[rows])
            if p.vision_known else NEUTRAL
        )  # fmt: skip
        crit[:, _C["reciprocity"]] = (
            _RECIPROCITY.from_hits(self.product("seeks", p.offers_vector, rows),
                                   index.seeks_total[rows])
            if p.offers_known else NEUTRAL
        )  # fmt: skip
        crit[:, _C["proximity"]] = _PROXIMITY.score_at(index, p, rows)
        crit[:, _C["track_record"]] = self.track[rows]
        return np.clip(contributions(crit, weights).sum(axis=1), 0.0, 1.0)

    def candidates(
        self, p: Prepared, mask: np.ndarray, weights: np.ndarray, top: int
    ) -> np.ndarray | None:
        """Rows of every partner that may be in ``p``'s top (None: screening cannot narrow).

        A partner's score is at most its ceiling: the score with its need_fit at most what
        the words of its offers allow and every other criterion at 1. A few partners with
        the highest need_fit bound, scored, set a bar (their top-th best score; the true
        top-th best is at least that); only partners whose ceiling reaches the bar can be
        in the top. Scored, those give a higher bar, and whoever reaches it (ties and the
        screening tolerance included) goes on to exact scoring.
        """
        if any(q.empty for q in p.need_queries) or mask.sum() <= top:
            return None
        n = self.n
        needs = [
            self.relevance.need(ASPECTS[a], q, n) for q, a in zip(p.need_queries, p.aspect_columns)
        ]
        share = p.priorities / p.priorities.sum()
        # Need_fit's bound: each fit at its best (offered, capacity enough) for the words hit,
        # and at its floor (no word hit) elsewhere.
        floor = float(_NEED_FIT.fit(0.0, 0.0, True, np.inf, 1.0))
        bound = np.full(n, floor * share.sum())
        for (rel, cov, hit), s in zip(needs, share):
            bound[hit] += s * (_NEED_FIT.fit(rel[hit], cov[hit], True, np.inf, 1.0) - floor)
        bound = np.where(mask, bound, -1.0)
        first = min(int(mask.sum()), top * _FIRST_LOOK)
        seed = np.argpartition(-bound, first - 1)[:first]
        bar = _kth(self.scores(p, needs, seed, weights), top) - 2 * _TOLERANCE
        grid, ceiling = self.ceiling(weights)
        reach = np.searchsorted(ceiling, bar, side="left")
        if reach <= 0 or grid[reach - 1] <= floor * share.sum():
            return None  # a partner no need word hits could still make it: score everyone
        # Ceilings grow with need_fit: below the grid point before `reach`, none reaches.
        cand = np.flatnonzero(bound >= grid[reach - 1])
        values = self.scores(p, needs, cand, weights)
        return cand[values >= _kth(values, top) - 2 * _TOLERANCE]


def _kth(values: np.ndarray, k: int) -> float:
    """The k-th largest value (the smallest when there are fewer)."""
    k = min(k, len(values))
    return float(np.partition(values, len(values) - k)[len(values) - k])


def _rank_screened(
    index: DirectoryIndex, prepared: list[Prepared], top: int, lang: str, progress: bool
) -> list[dict | None]:
    """Each organisation's top ``top``, as the columns of its ranking (None when empty)."""
    screen = _Screen(index, prepared)
    masks: dict[Any, np.ndarray] = {}
    results: list[dict | None] = [None] * len(prepared)
    bar = _bar(enabled=progress, unit=" org", total=len(prepared))
    try:
        for start in range(0, len(prepared), _BLOCK):
            block = range(start, min(start + _BLOCK, len(prepared)))
            chosen: dict[int, np.ndarray] = {}
            for j in block:
                p = prepared[j]
                # Organisations with the same filters share the partners they look at.
                f = p.profile.filters
                key = (
                    f,
                    p.province if f.same_province else None,
                    (p.lat, p.lon, p.regency) if f.max_distance_km is not None else None,
                )
                if key not in masks:
                    if len(masks) > 256:
                        masks.clear()
                    masks[key] = filter_mask(index, p)
                rows = screen.candidates(p, masks[key], normalised_weights(p), top)
                if rows is None:
                    results[j] = _exact_top(index, None, p, top, lang)
                elif len(rows):
                    chosen[j] = rows
            if chosen:
                # One sub-index for the block: a top taken among more candidates than an
                # organisation's own is the same top (its own hold every possible member).
                union = np.unique(np.concatenate(list(chosen.values())))
                sub = index.take(union)
                for j in chosen:
                    results[j] = _exact_top(sub, union, prepared[j], top, lang)
            if bar is not None:
                bar.update(len(block))
    finally:
        if bar is not None:
            bar.close()
    return results


def _exact_top(
    sub: DirectoryIndex, rows: np.ndarray | None, p: Prepared, top: int, lang: str
) -> dict | None:
    """One organisation's top, scored by rank()'s code on its candidates: ``sub`` holds the
    directory's ``rows`` (None: the whole directory)."""
    scores = score_directory(sub, p)
    if not len(scores.rows):
        return None
    total = scores.total
    order = np.lexsort((sub.id_rank[scores.rows], -total))[:top]
    ranking = Ranking(sub, p, scores, order, lang)
    return {
        "rows": ranking.rows if rows is None else rows[ranking.rows],
        "total": total[order],
        "criteria": scores.criteria[order],
        "fits": scores.fits[order],
        "pattern": ranking.patterns,
        "explanation": ranking.explanations,
        "reciprocal": ranking.reciprocal,
    }


def _assemble(
    index: DirectoryIndex, ids: Sequence[str], prepared: Sequence[Prepared], parts: list
) -> pd.DataFrame:
    """The rankings stacked as :func:`_stack` stacks ``Ranking.to_frame()`` outputs."""
    kept = [(org_id, p, r) for org_id, p, r in zip(ids, prepared, parts) if r is not None]
    if not kept:
        return _stack([], [])
    frame = index.frame
    rows = np.concatenate([r["rows"] for _, _, r in kept])
    sizes = [len(r["rows"]) for _, _, r in kept]
    out = pd.DataFrame(
        {
            ORG_ID: np.repeat(np.array([str(i) for i, _, _ in kept], dtype=object), sizes),
            "rank": np.concatenate([np.arange(1, k + 1, dtype=np.int64) for k in sizes]),
            "partner_id": frame["partner_id"].take(rows).to_numpy(),
            "name": frame["name"].take(rows).to_numpy(),
            "sector": frame["sector"].take(rows).to_numpy(),
            "kind": frame["kind"].take(rows).to_numpy(),
            "score": np.concatenate([r["total"] for _, _, r in kept]),
        }
    )
    criteria = np.concatenate([r["criteria"] for _, _, r in kept])
    for c, name in enumerate(CRITERIA):
        out[f"score_{name}"] = criteria[:, c]
    needed = {a for _, p, _ in kept for a in p.profile.aspects}
    for aspect in (a for a in ASPECTS if a in needed):
        values = np.full(len(rows), np.nan)
        at = 0
        for (_, p, r), k in zip(kept, sizes):
            if aspect in p.profile.aspects:
                values[at : at + k] = r["fits"][:, p.profile.aspects.index(aspect)]
            at += k
        out[f"fit_{aspect}"] = values
    out["pattern"] = np.concatenate([r["pattern"] for _, _, r in kept])
    out["explanation"] = [s for _, _, r in kept for s in r["explanation"]]
    reciprocal = np.concatenate([r["reciprocal"] for _, _, r in kept])
    for k, column in enumerate(RECIPROCAL_COLUMNS):
        out[column] = reciprocal[:, k]
    for column in frame.columns:
        if column not in CONTRACT_COLUMNS and column != ROW and column not in out.columns:
            out[column] = frame[column].take(rows).to_numpy()
    return out


# -- helpers -------------------------------------------------------------------------------------
def _is_single(value: Any) -> bool:
    if isinstance(value, NeedsProfile):
        return True
    if isinstance(value, Mapping):
        return any(k in value for k in ("organisation", "needs", "weights", "filters"))
    if isinstance(value, (str, Path)):
        return Path(value).suffix.lower() in (".toml", ".json")
    return False


def _organisations(value: Any) -> tuple[list[str], list[NeedsProfile]]:
    if isinstance(value, (str, Path, pd.DataFrame)):
        value = load_organisations(value)
    if isinstance(value, OrganisationBatch):
        ids = value.ids if len(value.ids) == len(value) else [str(i + 1) for i in range(len(value))]
        return list(ids), list(value)
    if isinstance(value, NeedsProfile) or _is_single(value):
        raise TypeError(
            "organisations must be a batch file, a DataFrame, a dict {org_id: profile} or a "
            "list of profiles; for one profile use rank()"
        )
    if isinstance(value, Mapping):
        return [str(k) for k in value], [load_needs(v) for v in value.values()]
    if isinstance(value, Sequence):
        return [str(i + 1) for i in range(len(value))], [load_needs(v) for v in value]
    raise TypeError(f"organisations: unsupported type {type(value).__name__}")


def _stack(ids: Sequence[str], frames: Sequence[pd.DataFrame | None]) -> pd.DataFrame:
    """Each organisation's ranking, ``org_id`` first, fit columns for the union of aspects."""
    parts = []
    for org_id, frame in zip(ids, frames):
        if frame is None or not len(frame):
            continue
        frame = frame.copy()
        frame.insert(0, ORG_ID, str(org_id))
        parts.append(frame)
    if not parts:
        return pd.DataFrame(columns=_ordered_columns([]))
    out = pd.concat(parts, ignore_index=True, sort=False)
    return out[_ordered_columns(out.columns)]


def _ordered_columns(columns: Iterable[str]) -> list[str]:
    """Batch output order: org_id, the ranking's head, fits in aspect order, pattern,
    explanation, then the rest as they come."""
    columns = list(columns)
    head = [ORG_ID, "rank", "partner_id", "name", "sector", "kind", "score"]
    head += [f"score_{c}" for c in CRITERIA]
    fits = [f"fit_{a}" for a in ASPECTS if f"fit_{a}" in columns]
    known = {*head, *fits, "pattern", "explanation"}
    return [*head, *fits, "pattern", "explanation", *(c for c in columns if c not in known)]


def _keep_best(
    previous: pd.DataFrame | None, candidates: pd.DataFrame, top: int | None
) -> pd.DataFrame:
    """The best ``top`` of two rankings, ordered by (-score, partner_id) as rank() orders."""
    if previous is None or not len(previous):
        return candidates
    if not len(candidates):
        return previous
    both = pd.concat([previous, candidates], ignore_index=True)
    order = np.lexsort(
        (both["partner_id"].to_numpy().astype(str), -both["score"].to_numpy(dtype=float))
    )
    if top is not None:
        order = order[:top]
    out = both.iloc[order].reset_index(drop=True)
    out["rank"] = np.arange(1, len(out) + 1, dtype=np.int64)
    return out


def _raw_ids(table: pd.DataFrame) -> pd.Series:
    """The partner_id column of a chunk that failed validation (for duplicate detection)."""
    from .engine.schema import _canonical

    for column in table.columns:
        if column != ROW and _canonical(column) == "partner_id":
            return table[column].astype("string").str.strip()
    return pd.Series(pd.NA, index=table.index, dtype="string")


class _SeenIds:
    """partner_ids of earlier chunks as sorted 64-bit hashes, with their rows."""

    def __init__(self) -> None:
        self.hashes = np.empty(0, dtype=np.uint64)
        self.rows = np.empty(0, dtype=np.int64)
        self.duplicates: dict[str, set[int]] = {}
        self.n_duplicates = 0

    def add(self, ids: pd.Series, rows: np.ndarray) -> None:
        present = ids.notna().to_numpy()
        ids, rows = ids[present].to_numpy(dtype=object), rows[present]
        hashes = pd.util.hash_array(ids.astype(str).astype(object))
        if len(self.hashes):
            pos = np.minimum(np.searchsorted(self.hashes, hashes), len(self.hashes) - 1)
            for i in np.flatnonzero(self.hashes[pos] == hashes):  # duplicates only
                key = str(ids[i])
                if key not in self.duplicates:
                    self.n_duplicates += 1
                    if len(self.duplicates) >= _MAX_DUPLICATE_IDS:
                        continue
                    self.duplicates[key] = {int(self.rows[pos[i]])}
                self.duplicates[key].add(int(rows[i]))
        merged = np.concatenate([self.hashes, hashes])
        # Two sorted runs: the stable sort merges them in linear time.
        order = np.argsort(merged, kind="stable")
        self.hashes = merged[order]
        self.rows = np.concatenate([self.rows, rows])[order]

    def problem(self) -> Problem:
        items = list(self.duplicates.items())
        listed = "; ".join(f"{k!r} ({rows_text(sorted(v), 'row', 5)})" for k, v in items[:10])
        more = f"; and {self.n_duplicates - 10} more ids" if self.n_duplicates > 10 else ""
        rows = sorted({r for _, v in items for r in v})
        return Problem(
            "duplicate partner_id",
            f"partner_id must be unique; {self.n_duplicates} duplicated: {listed}{more}",
            column="partner_id",
            rows=rows,
        )


def _progress(items: Sequence[Any], *, enabled: bool, unit: str) -> Iterable[Any]:
    if not (enabled and sys.stderr.isatty()):
        return items
    from tqdm import tqdm

    return tqdm(items, total=len(items), file=sys.stderr, unit=unit, leave=False)


def _bar(*, enabled: bool, unit: str = " partners", total: int | None = None) -> Any:
    if not (enabled and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(file=sys.stderr, unit=unit, unit_scale=True, leave=False, total=total)
