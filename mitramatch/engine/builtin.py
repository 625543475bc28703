"""The five criteria of the domain brief, under the contract of :mod:`.criteria`.

Covering the needs (``need_fit``), shared vision (``vision``, kesamaan visi), mutual need
(``reciprocity``, saling membutuhkan), sustainability (``track_record``) and, in practice,
``proximity``. Each scores the partners at ``rows`` with whole-column NumPy/SciPy operations;
a subset's scores are the whole directory's at those rows, to the last bit (sparse products
run row by row in the same order either way).
"""

from __future__ import annotations

import math
from typing import ClassVar

import numpy as np

from .aspects import ASPECT_LABELS, ASPECTS
from .criteria import NEUTRAL, Bound, Criterion, register_criterion
from .index import DirectoryIndex
from .needs import DEFAULT_WEIGHTS
from .query import Query
from .regions import haversine_km, region_table
from .text import SATURATION, coverage_scores, row_dot
from .words import fmt, snippet

__all__ = ["NeedFit", "Proximity", "Reciprocity", "TrackRecord", "Vision"]

# Bounds are compared with exact scores computed by other floating-point paths: a bound is
# raised by this much so that rounding never lets it fall below the score it bounds.
_SLACK = 1e-9


def _rows(index: DirectoryIndex, rows: np.ndarray | None):
    """``rows`` for indexing arrays: a full slice when every partner is wanted (no copy)."""
    return slice(None) if rows is None else index.positions(rows)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points, NaN when one is missing."""
    if math.isnan(lat1) or math.isnan(lon1):
        return math.nan
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2
    ) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, max(0.0, a))))


def _n(query: Query) -> int:
    return len(query.need_queries)


def _size(index: DirectoryIndex, rows: np.ndarray | None) -> int:
    return len(index) if rows is None else len(rows)


def _aspect(index: DirectoryIndex, col: int, rows: np.ndarray | None):
    """Whether each partner offers aspect ``col``, and its capacity there."""
    if rows is None:
        return index.offered_by_aspect[col], index.capacity_by_aspect[col]
    rows = index.positions(rows)
    return index.offered_by_aspect[col].take(rows), index.capacity_by_aspect[col].take(rows)


def _postings(index: DirectoryIndex, essential: tuple[int, ...]):
    """The partners the ``essential`` words hit, the words' postings over all offers, and a
    function giving their postings in one aspect's offers; kept on the index for the last
    few word sets, as organisations written from templates share them."""
    cache = index.memo("postings", dict)
    if essential in cache:
        return cache[essential]
    if len(cache) >= _KEPT_POSTINGS:
        cache.pop(next(iter(cache)))
    # The essential words' posting lists, once: which partners they hit at all...
    columns = index.any_offer_postings[:, list(essential)]
    hit = np.zeros(len(index), dtype=bool)
    hit[columns.indices] = True
    rows = np.flatnonzero(hit)
    # ... a partner's place among them (a gather beats searching a sorted array) ...
    listed_at = np.empty(len(index), dtype=np.int64)
    listed_at[rows] = np.arange(len(rows))
    anywhere = _Postings(columns, listed_at)
    by_aspect: dict[int, _Postings] = {}

    def own(col: int) -> _Postings:  # ... and, when asked, in one aspect's offers
        if col not in by_aspect:
            matrix = index.offer_postings[ASPECTS[col]][:, list(essential)]
            by_aspect[col] = _Postings(matrix, listed_at)
        return by_aspect[col]

    cache[essential] = (rows, anywhere, own)
    return cache[essential]


#: Word sets whose postings an index keeps for reuse (see _postings).
_KEPT_POSTINGS = 64


class _Postings:
    """Some columns of a term -> partners matrix (CSC), flattened: for each entry, the
    listed row of its partner and which of the columns it belongs to."""

    def __init__(self, columns, listed_at: np.ndarray) -> None:
        self.at = listed_at[columns.indices]
        self.word = np.repeat(np.arange(columns.shape[1]), np.diff(columns.indptr))

    def found(self, weights: np.ndarray, n_rows: int) -> np.ndarray:
        """For each listed row, the summed ``weights`` of the columns it appears in."""
        # bincount returns integers when there is nothing to count.
        found = np.bincount(self.at, weights=weights[self.word], minlength=n_rows)
        return found.astype(np.float64, copy=False)


class NeedFit(Criterion):
    """How well the partner answers each needed aspect, combined by the aspect priorities.

    For each needed aspect ``a``:

    * *relevance*: the weighted share of the need description's terms found in the partner's
      ``offers_a`` text (:func:`~mitramatch.engine.text.coverage_scores`); a need without a
      description is answered by any offer in that aspect at the neutral 0.5;
    * *offered fit* = ``0.1 + 0.9 * relevance`` when ``offers_a`` is filled: offering the
      aspect at all is worth a little, offering the right thing is worth the rest;
    * *capacity factor* = ``0.5 + 0.5 * min(1, capacity / quantity)`` when both are known;
      ``0.9`` when either is unknown (probably enough, but below a partner shown to suffice);
    * *fit* = the larger of ``offered fit * capacity factor`` and ``0.4 * relevance`` of all
      the partner's offers together (evidence written in another aspect's column counts a
      little, as messy directories misfile offers).

    ``need_fit`` is the priority-weighted mean of the fits.
    """

    name = "need_fit"
    label: ClassVar = {"id": "kecocokan kebutuhan", "en": "need fit"}
    policy = (
        "An empty offers_<aspect> means the partner does not offer that aspect (data contract), "
        "so its fit there is 0 unless its other offers mention the need. Unknown capacity or "
        "quantity gives the capacity factor 0.9; a need without description scores relevance "
        "0.5 for every partner offering that aspect."
    )
    default_weight = DEFAULT_WEIGHTS["need_fit"]
    gated = False
    covers_needs = True
    cost = 4.0
    builtin = True
    OFFER_FLOOR = 0.1
    CROSS_ASPECT = 0.4
    CAPACITY_UNKNOWN = 0.9

    def relevance(
        self, index: DirectoryIndex, query: Query, rows: np.ndarray | None = None
    ) -> np.ndarray:
        """(rows, needs) weighted term coverage of each need by each offer text."""
        return np.column_stack(
            [self._coverage(index, query, j, rows, cross=False) for j in range(_n(query))]
        ).reshape(_size(index, rows), _n(query))

    def _coverage(self, index, query, j: int, rows, *, cross: bool) -> np.ndarray:
        """Need ``j``'s coverage by the partners' offers in its aspect, or in all aspects."""
        q = query.need_queries[j]
        if q.empty:
            return np.full(_size(index, rows), 0.0 if cross else NEUTRAL)
        matrix = (
            index.any_offer_terms if cross else index.offer_terms[ASPECTS[query.aspect_columns[j]]]
        )
        at = None if rows is None else index.positions(rows)
        return coverage_scores(matrix, index.model, q, at)

    def aspect_fits(
        self, index: DirectoryIndex, query: Query, rows: np.ndarray | None = None
    ) -> np.ndarray:
        """(rows, needs) fit of each partner to each needed aspect, in [0, 1]."""
        columns = []
        for j, col in enumerate(query.aspect_columns):
            offered, capacity = _aspect(index, int(col), rows)
            columns.append(
                self.fit_column(
                    self._coverage(index, query, j, rows, cross=False),
                    self._coverage(index, query, j, rows, cross=True),
                    offered,
                    capacity,
                    float(query.quantities[j]),
                )
            )
        return np.column_stack(columns).reshape(_size(index, rows), _n(query))

    def fit_column(
        self,
        relevance: np.ndarray,
        cross: np.ndarray,
        offered: np.ndarray,
        capacity: np.ndarray,
        quantity: float,
    ) -> np.ndarray:
        """The fit formula for one need over many partners (``cross``: the relevance of all
        the partner's offers together); 1-D arrays, computed in place where possible because
        screening runs it over tens of thousands of partners."""
        capacity = np.atleast_1d(np.asarray(capacity, dtype=float))
        if np.isnan(quantity):
            factor: float | np.ndarray = self.CAPACITY_UNKNOWN
        else:
            # A quantity of 0 asks for nothing: any known capacity suffices.
            ratio = (
                capacity / quantity if quantity > 0 else np.where(np.isnan(capacity), capacity, 1.0)
            )
            np.clip(ratio, 0.0, 1.0, out=ratio)
            ratio *= 0.5
            ratio += 0.5
            ratio[np.isnan(ratio)] = self.CAPACITY_UNKNOWN
            factor = ratio
        own = np.multiply(relevance, 1 - self.OFFER_FLOOR)
        own += self.OFFER_FLOOR
        own *= offered
        own *= factor
        np.maximum(own, np.multiply(cross, self.CROSS_ASPECT), out=own)
        return np.clip(own, 0.0, 1.0, out=own)

    def fit(
        self,
        relevance: np.ndarray,
        cross: np.ndarray,
        offered: np.ndarray,
        capacity: np.ndarray,
        quantity: np.ndarray,
    ) -> np.ndarray:
        """The fit formula, element-wise on broadcastable arrays whose last axis is the needs
        (``quantity`` one per need)."""
        quantity = np.atleast_1d(np.asarray(quantity, dtype=float)).reshape(-1)
        shape = np.broadcast_shapes(
            np.shape(relevance), np.shape(cross), np.shape(offered), np.shape(capacity),
            quantity.shape,
        )  # fmt: skip
        if not shape:
            shape = (1,)
        grid = [np.broadcast_to(np.asarray(v, dtype=float), shape).reshape(-1, shape[-1])
                for v in (relevance, cross, offered, capacity)]  # fmt: skip
        quantity = np.broadcast_to(quantity, (shape[-1],))
        out = np.column_stack(
            [self.fit_column(*(g[:, j].copy() for g in grid), float(quantity[j]))
             for j in range(shape[-1])]
        )  # fmt: skip
        return out.reshape(shape)

    def combine(self, fits: np.ndarray, query: Query) -> np.ndarray:
        """Priority-weighted mean of the aspect fits."""
        p = query.priorities
        return np.clip(fits @ (p / p.sum()), 0.0, 1.0)

    def score(self, index, query, rows=None):
        return self.combine(self.aspect_fits(index, query, rows), query)

    def bound(self, index, query, floor=0.0):
        """The fit formula itself, with each relevance replaced by an upper bound from the
        posting lists of the need's words: a partner's scores are never above it.

        Only partners whose offers contain an *essential* word are listed. The others' bound
        (``base``) assumes every non-essential word present; the words that add least are left
        non-essential while that keeps ``base`` within ``floor``, so generic words shared by
        half the directory ("instruktur", "dana") need not be looked up at all (the MaxScore
        idea of text retrieval). For a listed partner the bound takes its offered aspects
        and capacities as they are, and assumes only the non-essential words present."""
        share = query.priorities / query.priorities.sum()
        slope = 1.0 - self.OFFER_FLOOR  # d fit / d relevance, while not clipped
        usable = [
            not (q.empty or q.total_weight <= 0 or not len(q.ids)) for q in query.need_queries
        ]
        divisor = [min(q.total_weight, SATURATION) for q in query.need_queries]
        # What each word can add to need_fit (through every need it appears in).
        gain: dict[int, float] = {}
        for j, q in enumerate(query.need_queries):
            if usable[j]:
                for t, w in zip(q.ids.tolist(), q.weights.tolist()):
                    gain[t] = gain.get(t, 0.0) + share[j] * slope * w / divisor[j]
        lowest = np.array([self._best(NEUTRAL if q.empty else 0.0) for q in query.need_queries])
        spare = max(0.0, float(floor) - float(share @ lowest))
        tail: set[int] = set()
        for t in sorted(gain, key=lambda t: (gain[t], t)):
            if gain[t] > spare:
                break
            spare -= gain[t]
            tail.add(t)
        # Unlisted partners: each fit at most what its non-essential words can give.
        assumed = np.zeros(len(query.need_queries))
        for j, q in enumerate(query.need_queries):
            if usable[j]:
                assumed[j] = sum(w for t, w in zip(q.ids.tolist(), q.weights.tolist()) if t in tail)
        base_fits = np.array(
            [max(lowest[j], self._best(min(1.0, assumed[j] / divisor[j])) if usable[j] else 0.0)
             for j in range(len(query.need_queries))]
        )  # fmt: skip
        base = min(1.0, float(share @ base_fits) + _SLACK)
        essential = sorted(t for t in gain if t not in tail)
        if not essential:
            return Bound(base)
        rows, anywhere, own = _postings(index, tuple(essential))
        position = {t: i for i, t in enumerate(essential)}
        # ... and per need, the weight of its words each of them has (tail words assumed).
        total = np.zeros(len(rows))
        for j, q in enumerate(query.need_queries):
            col = int(query.aspect_columns[j])
            offered, capacity = _aspect(index, col, rows)
            if usable[j]:
                weights = np.zeros(len(essential))
                for t, w in zip(q.ids.tolist(), q.weights.tolist()):
                    if t in position:
                        weights[position[t]] = w
                relevance = own(col).found(weights, len(rows))
                relevance += assumed[j]
                relevance /= divisor[j]
                np.minimum(relevance, 1.0, out=relevance)
                cross = anywhere.found(weights, len(rows))
                cross += assumed[j]
                cross /= divisor[j]
                np.minimum(cross, 1.0, out=cross)
            else:
                relevance = np.full(len(rows), NEUTRAL if q.empty else 0.0)
                cross = np.zeros(len(rows))
            fit = self.fit_column(relevance, cross, offered, capacity, float(query.quantities[j]))
            fit *= share[j]
            total += fit
        total += _SLACK
        return Bound(base, rows, np.minimum(total, 1.0, out=total))

    def _best(self, relevance: float) -> float:
        """The fit of an offered need at this relevance with enough capacity: the most a
        partner can get from it."""
        one = np.array([relevance])
        return float(self.fit_column(one, one, np.array([True]), np.array([np.inf]), 1.0)[0])

    def aspect_phrase(
        self, index: DirectoryIndex, aspect: str, fit: float, row: int, lang: str, *, lead: bool
    ) -> str:
        """ "Menawarkan <offer> (tenaga, kecocokan 0,82)"; without the verb unless ``lead``."""
        label = ASPECT_LABELS[lang][aspect]
        offer = snippet(index.cell(f"offers_{aspect}", row))
        en = lang == "en"
        if not offer:
            offer = "mentions it in other offers" if en else "menyebutnya di tawaran lain"
        elif lead:
            offer = f"{'Offers' if en else 'Menawarkan'} {offer}"
        fit_word = "fit" if en else "kecocokan"
        return f"{offer} ({label}, {fit_word} {fmt(fit, lang)})"

    def gap_phrase(self, index: DirectoryIndex, aspect: str, fit: float, row: int, lang: str):
        label = ASPECT_LABELS[lang][aspect]
        offered = bool(index.offered[row, ASPECTS.index(aspect)])
        if lang == "en":
            return (
                f"{label} offer fits poorly ({fmt(fit, lang)})"
                if offered
                else (f"does not provide {label}")
            )
        return (
            f"tawaran {label} kurang cocok ({fmt(fit, lang)})"
            if offered
            else (f"tidak menyediakan {label}")
        )


class Vision(Criterion):
    """Shared vision (kesamaan visi): cosine similarity of weighted vision terms, boosted.

    Short visions share few words even when aligned, so the cosine ``c`` is mapped to
    ``1 - (1 - c)**2`` (0.3 -> 0.51, 0.5 -> 0.75): order is kept, mid values spread.
    """

    name = "vision"
    label: ClassVar = {"id": "kesamaan visi", "en": "shared vision"}
    policy = "Either vision missing (or without meaningful words): neutral 0.5."
    default_weight = DEFAULT_WEIGHTS["vision"]
    symmetric = True
    cost = 2.0
    builtin = True

    def score(self, index, query, rows=None):
        at = _rows(index, rows)
        n = len(index) if rows is None else len(at)
        if not query.vision_known:
            return np.full(n, NEUTRAL)
        cosine = row_dot(index.vision, None if rows is None else at, query.vision_vector)
        return self.from_cosine(cosine, index.has_vision[at])

    def from_cosine(self, cosine: np.ndarray, has_vision: np.ndarray) -> np.ndarray:
        """The score from the raw cosine, element-wise on broadcastable arrays."""
        cosine = np.clip(cosine, 0.0, 1.0)
        return np.where(has_vision, 1.0 - (1.0 - cosine) ** 2, NEUTRAL)

    def describe(self, index, query, row, value, lang):
        if not (query.vision_known and index.has_vision[row]) or value < 0.5:
            return None
        return (
            f"shared vision ({fmt(value, lang)})"
            if lang == "en"
            else (f"visi sejalan ({fmt(value, lang)})")
        )


class Proximity(Criterion):
    """How near the partner is: great-circle distance when both sides have ``lat``/``lon``
    (``0.5 ** (km / 100)``: 100 km halves it), else the region hierarchy: same kabupaten/kota
    0.85, same province 0.4, elsewhere 0.1."""

    name = "proximity"
    label: ClassVar = {"id": "kedekatan", "en": "proximity"}
    policy = (
        "When the region of either side cannot be resolved from lat/lon, region_code or names: "
        "neutral 0.5."
    )
    default_weight = DEFAULT_WEIGHTS["proximity"]
    symmetric = True
    cost = 1.0
    builtin = True
    HALF_DISTANCE_KM = 100.0
    SAME_REGENCY, SAME_PROVINCE, ELSEWHERE = 0.85, 0.4, 0.1

    def distances(self, index: DirectoryIndex, query: Query, rows=None) -> np.ndarray:
        """Exact distance in km where both sides have coordinates (NaN elsewhere)."""
        at = _rows(index, rows) if not np.isscalar(rows) else rows
        return haversine_km(index.lat[at], index.lon[at], query.lat, query.lon)

    def approx_distances(self, index: DirectoryIndex, query: Query, rows=None) -> np.ndarray:
        """Distance in km using regency centroids where coordinates are missing (filters)."""
        lat, lon = query.lat, query.lon
        if np.isnan(lat) or np.isnan(lon):
            c_lat, c_lon = region_table().centroids(np.array([query.regency], dtype=object))
            lat, lon = c_lat[0], c_lon[0]
        at = _rows(index, rows)
        return haversine_km(index.approx_lat[at], index.approx_lon[at], lat, lon)

    def levels(self, index: DirectoryIndex, query: Query, rows=None) -> np.ndarray:
        """Region hierarchy: 2 same regency, 1 same province, 0 elsewhere, -1 unknown."""
        at = _rows(index, rows) if not np.isscalar(rows) else rows
        regency = np.atleast_1d(index.regency_id[at])
        province = np.atleast_1d(index.province_id[at])
        level = np.full(len(regency), -1, dtype=np.int8)
        if query.province is not None:
            level[province >= 0] = 0
            level[province == query.province_id] = 1
        if query.regency is not None:
            level[(regency >= 0) & (level == -1)] = 0
            level[regency == query.regency_id] = 2
        return level

    def _level(self, index: DirectoryIndex, query: Query, row: int) -> int:
        """:meth:`levels` of one partner."""
        regency, province = int(index.regency_id[row]), int(index.province_id[row])
        if query.regency is not None and regency == query.regency_id:
            return 2
        if query.province is not None and province >= 0:
            return 1 if province == query.province_id else 0
        return 0 if (query.regency is not None and regency >= 0) else -1

    def score(self, index, query, rows=None):
        table = np.array([self.ELSEWHERE, self.SAME_PROVINCE, self.SAME_REGENCY, NEUTRAL])
        by_region = table[self.levels(index, query, rows)]  # -1 picks NEUTRAL (last)
        if np.isnan(query.lat) or np.isnan(query.lon):  # no distance to anyone
            return by_region
        km = self.distances(index, query, rows)
        return np.clip(np.where(np.isnan(km), by_region, self.from_distance(km)), 0.0, 1.0)

    def from_distance(self, km: np.ndarray) -> np.ndarray:
        """The score of an exact distance (100 km halves it), element-wise."""
        return 0.5 ** (km / self.HALF_DISTANCE_KM)

    def describe(self, index, query, row, value, lang):
        # One partner: plain floats, as numpy's per-call overhead dwarfs the arithmetic.
        km = math.nan
        if not (math.isnan(query.lat) or math.isnan(query.lon)):
            km = _km(float(index.lat[row]), float(index.lon[row]), query.lat, query.lon)
        level = self._level(index, query, row)
        en = lang == "en"
        if not math.isnan(km):
            near = "in the same regency, " if en else "satu kabupaten, "
            prefix = near if level == 2 else ""
            return f"{prefix}{fmt(km, lang, 0)} km {'away' if en else 'jaraknya'}"
        words = {
            2: ("same regency", "satu kabupaten/kota"),
            1: ("same province", "satu provinsi"),
            0: ("outside the province", "di luar provinsi"),
            -1: ("location unknown", "lokasi tidak diketahui"),
        }[level]
        if level == 0 and query.province is not None and index.province[row] == query.province:
            words = ("other regency in the province", "kabupaten lain satu provinsi")
        return words[0] if en else words[1]


class Reciprocity(Criterion):
    """Mutual need (saling membutuhkan): the weighted share of what the partner ``seeks``
    that the organisation ``offers``."""

    name = "reciprocity"
    label: ClassVar = {"id": "saling membutuhkan", "en": "reciprocity"}
    policy = "Partner's seeks or organisation's offers missing: neutral 0.5."
    default_weight = DEFAULT_WEIGHTS["reciprocity"]
    cost = 2.0
    builtin = True

    def score(self, index, query, rows=None):
        at = _rows(index, rows)
        n = len(index) if rows is None else len(at)
        if not query.offers_known:
            return np.full(n, NEUTRAL)
        hits = row_dot(index.seeks, None if rows is None else at, query.offers_vector)
        return self.from_hits(hits, index.seeks_total[at])

    def from_hits(self, hits: np.ndarray, seeks_total: np.ndarray) -> np.ndarray:
        """The share of the seeks weight the offers hit, element-wise on broadcastable arrays."""
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(seeks_total > 0, hits / seeks_total, NEUTRAL)
        return np.clip(share, 0.0, 1.0)

    def describe(self, index, query, row, value, lang):
        if not query.offers_known or index.seeks_total[row] == 0 or value < 0.3:
            return None
        seeks = snippet(index.cell("seeks", row), 40)
        return (
            f"seeks {seeks}, which you offer"
            if lang == "en"
            else (f"mencari {seeks}, yang Anda tawarkan")
        )


class TrackRecord(Criterion):
    """Sustainability: years active and partnerships completed, each saturating
    (``1 - exp(-years / 5)``, ``1 - exp(-count / 3)``), averaged; an inactive partner keeps
    30 % of it (inactive ones are filtered out by default)."""

    name = "track_record"
    label: ClassVar = {"id": "rekam jejak", "en": "track record"}
    policy = "years_active or partnerships_completed missing: that half is neutral 0.5."
    default_weight = DEFAULT_WEIGHTS["track_record"]
    cost = 1.0
    builtin = True
    YEARS_SCALE, COUNT_SCALE, INACTIVE_FACTOR = 5.0, 3.0, 0.3

    def score(self, index, query, rows=None):
        # Nothing here depends on the profile: computed once per index.
        values = index.memo("track_record", lambda: self._all(index))
        return values.copy() if rows is None else values[index.positions(rows)]

    def _all(self, index: DirectoryIndex) -> np.ndarray:
        years = np.where(
            np.isnan(index.years_active),
            NEUTRAL,
            1 - np.exp(-index.years_active / self.YEARS_SCALE),
        )
        count = np.where(
            np.isnan(index.partnerships),
            NEUTRAL,
            1 - np.exp(-index.partnerships / self.COUNT_SCALE),
        )
        base = (years + count) / 2
        return np.clip(np.where(index.active, base, base * self.INACTIVE_FACTOR), 0.0, 1.0)

    def describe(self, index, query, row, value, lang):
        en = lang == "en"
        if not index.active[row]:
            return "inactive" if en else "tidak aktif"
        parts = []
        years = index.years_active[row]
        if not np.isnan(years) and years > 0:
            parts.append(f"active {years:g} years" if en else f"aktif {years:g} tahun")
        count = index.partnerships[row]
        if not np.isnan(count) and count > 0:
            parts.append(
                f"{count:g} partnerships completed" if en else f"{count:g} kemitraan selesai"
            )
        return ", ".join(parts) or None


for _criterion in (NeedFit(), Vision(), Proximity(), Reciprocity(), TrackRecord()):
    register_criterion(_criterion)
