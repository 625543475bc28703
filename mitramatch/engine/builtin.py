"""The five criteria of the domain brief, under the contract of :mod:`.criteria`.

Covering the needs (``need_fit``), shared vision (``vision``, kesamaan visi), mutual need
(``reciprocity``, saling membutuhkan), sustainability (``track_record``) and, in practice,
``proximity``. Each scores the partners at ``rows`` with whole-column NumPy/SciPy operations;
a subset's scores are the whole directory's at those rows, to the last bit (sparse products
run row by row in the same order either way).
"""

from __future__ import annotations

import math
import re
from typing import ClassVar

import numpy as np

from .aggregation import weighted_sum
from .aspects import ASPECT_LABELS, ASPECTS
from .criteria import NEUTRAL, Bound, Criterion, register_criterion
from .exchange import EXCHANGE_ASPECTS, KINDS, typed_hits
from .index import BoundedCache, DirectoryIndex
from .needs import DEFAULT_WEIGHTS
from .offers import NATIONWIDE, best_clause, quote
from .query import Query
from .regions import (
    EARTH_RADIUS_KM,
    haversine_km,
    island_name,
    island_of,
    least_km_to_box,
    region_table,
)
from .schema import FREE_OFFERS
from .text import SATURATION, coverage_scores, ranges, row_dot
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
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, max(0.0, a))))


def _roles(index: DirectoryIndex, aspect: str) -> tuple[np.ndarray, np.ndarray]:
    """The kinds of help of ``aspect`` (names) and, per partner, which its offers there name."""
    vocab = index.model.analyzer.vocabulary
    kinds = vocab.roles.get(aspect, {})
    names = np.array(sorted(kinds), dtype=object)
    indicator = np.zeros((len(index.model.terms), len(names)))
    for k, name in enumerate(names):
        ids = [index.model.index[t] for t in kinds[name] if t in index.model.index]
        indicator[ids, k] = 1.0
    return names, np.asarray(index.offer_terms[aspect] @ indicator > 0)


def _other_field(index: DirectoryIndex, aspect: str, need_terms, rows) -> np.ndarray:
    """Whether each partner's offer in ``aspect`` names fields (trades, commodities, study
    programmes) and none of those the need names: an offer about something else."""
    fields = index.model.analyzer.field_terms
    named_by_need = [t for t in need_terms if t in fields]
    if not named_by_need:
        return np.zeros(_size(index, rows), dtype=bool)
    wanted = [index.model.index[t] for t in named_by_need if t in index.model.index]

    def any_field() -> np.ndarray:
        columns = sorted(index.model.index[t] for t in fields if t in index.model.index)
        return np.asarray(index.offer_terms[aspect][:, columns].sum(axis=1)).ravel() > 0

    def other() -> tuple[np.ndarray, int]:
        out = index.memo(("fields", aspect), any_field).copy()
        if wanted:
            # The partners naming one of the need's fields, from the posting lists: a
            # scatter, not a pass over every partner's offers.
            out[index.postings(wanted, aspect)[0]] = False
        return out, out.nbytes

    # Kept per word set: screening asks for it again for every subset of partners, and
    # organisations written from templates share needs.
    cache = index.memo("other field", lambda: BoundedCache(_KEPT_LISTING_BYTES))
    found = cache.get((aspect, tuple(wanted)), other)
    return found.copy() if rows is None else found[index.positions(rows)]


def _offer_pattern(index: DirectoryIndex, columns: tuple[int, ...]) -> np.ndarray:
    """Per partner, which of the aspects ``columns`` it offers, bit ``j`` for ``columns[j]``
    (kept per index: profiles mostly need the same few sets of aspects)."""

    def pattern() -> np.ndarray:
        out = np.zeros(len(index), dtype=np.int64)
        for j, col in enumerate(columns):
            out |= index.offered_by_aspect[col].astype(np.int64) << j
        return out

    return index.memo(("offer pattern", columns), pattern)


def _naming(index: DirectoryIndex, aspect: str, terms) -> np.ndarray:
    """Whether each partner's offer in ``aspect`` has one of ``terms``."""
    ids = sorted(index.model.index[t] for t in terms if t in index.model.index)
    vector = np.zeros(len(index.model.terms))
    vector[ids] = 1.0
    return np.asarray(index.offer_terms[aspect] @ vector > 0)


def _commercial(index: DirectoryIndex, col: int, rows) -> np.ndarray | None:
    """Whether each partner's offer in aspect ``col`` reads as a sale (see NeedFit)."""
    aspect = ASPECTS[col]
    vocabulary = index.model.analyzer.vocabulary
    extra = vocabulary.commercial_in.get(aspect, frozenset())
    # Selling what participants make is this aspect: only its own terms make a sale there.
    general = frozenset() if aspect == "pendayagunaan_hasil" else vocabulary.commercial
    if not general | extra:
        return None

    found = index.memo(("commercial", aspect), lambda: _naming(index, aspect, general | extra))
    return found if rows is None else found[index.positions(rows)]


def _restricted(index: DirectoryIndex, query: Query, aspect: str, rows) -> np.ndarray:
    """Whether each partner's offer in ``aspect`` is closed to the organisation: to members,
    a register or a congregation it is not known to be part of, or to an area (a ring 1, a
    place after "khusus") that is not its own (vocabulary ``[restricted]``)."""
    analyzer = index.model.analyzer
    vocabulary = analyzer.vocabulary
    words = analyzer.restriction_terms
    if aspect in vocabulary.own_aspects and aspect not in vocabulary.restricted_aspects:
        # A programme or placement only for the partner's own people ("penempatan magang
        # peserta sendiri"): a competitor's network, not a place for the organisation's.
        own_only = index.memo(("own people", aspect), lambda: _naming(index, aspect, words["own"]))
        return own_only.copy() if rows is None else own_only[index.positions(rows)]
    if aspect not in vocabulary.restricted_aspects:
        return np.zeros(_size(index, rows), dtype=bool)
    # Kept per query: the index's array of partners closed by a group word (shared, not a
    # copy: a batch holds many queries) and the few positions closed by an area.
    closed = query.memo.get(("closed", aspect))
    if closed is None:
        closed = query.memo[("closed", aspect)] = _closed_to(index, query, aspect)
    group, elsewhere = closed
    if rows is None:
        out = group.copy()
        out[elsewhere] = True
        return out
    at = index.positions(rows)
    out = group[at]
    if len(elsewhere):
        found = np.searchsorted(elsewhere, at)
        found[found == len(elsewhere)] = 0
        out |= elsewhere[found] == at
    return out


def _closed_to(index: DirectoryIndex, query: Query, aspect: str) -> tuple[np.ndarray, np.ndarray]:
    """For :func:`_restricted` in an aspect whose money words close an offer: per partner,
    whether a group word closes it (shared per index), and the sorted positions of the
    partners whose area is not the organisation's (few)."""
    analyzer = index.model.analyzer
    words = analyzer.restriction_terms
    mine = query.memo.get(("name terms",))
    if mine is None:
        # Its name only: its offers count its own members ("22 anggota"), not another body's.
        own = analyzer.analyze(query.profile.organisation.name)
        mine = query.memo[("name terms",)] = frozenset(own)

    def areas() -> np.ndarray:
        # "khusus" restricts to a place only when the partner's offers name one.
        named = _naming(index, aspect, words["only"]) & (index.reach[:, 0] > 0)
        return np.flatnonzero(_naming(index, aspect, words["area"]) | named)

    closed = words["closed"] - mine
    group = index.memo(("closed", aspect, closed), lambda: _naming(index, aspect, closed))
    ringed = index.memo(("area", aspect), areas)  # few partners: looked at one by one
    # A ring may name the organisation's kelurahan or kampung, which the region table does not
    # know but its name often does ("KUB Amplang Juata Laut", "ring 1 Juata Laut").
    ids = [
        index.model.index[t] for t in mine - analyzer.vocabulary.generic if t in index.model.index
    ]

    def elsewhere() -> np.ndarray:
        named = np.asarray(index.offer_terms[aspect][ringed][:, sorted(ids)].sum(axis=1)).ravel()
        named = np.array([n > 0 and _names_whole(index, aspect, row, mine)
                          for row, n in zip(ringed.tolist(), named)], dtype=bool)  # fmt: skip
        return ringed[~_reached(index, query, ringed) & ~named]

    return group, elsewhere()


def _names_whole(index: DirectoryIndex, aspect: str, row: int, mine: frozenset[str]) -> bool:
    """Whether a ringed offer names a place of the organisation's name whole: a word of its
    name not followed by a direction its name lacks ("Tanete Riattang Timur" does not name
    "KUB Tenun Tanete Riattang"; vocabulary ``[restricted] directions``)."""
    analyzer = index.model.analyzer
    directions = analyzer.restriction_terms["directions"] - mine
    generic = analyzer.vocabulary.generic
    for clause in index.offer_clauses(row, aspect):
        terms = analyzer.analyze(clause.text)
        for k, term in enumerate(terms):
            if term in mine and term not in generic:
                # The last word of the name's run: the place it names, unless a direction
                # follows that the name lacks.
                following = terms[k + 1] if k + 1 < len(terms) else None
                if following not in mine and following not in directions:
                    return True
    return False


# An Indonesian active verb starting a clause (menerima, membeli, merekrut, bersedia).
_VERB = re.compile(r"^(?:mem|men|meng|meny|mer|mel|mew|mey|ber|memper)[a-z]{3,}\b")


def _source_phrase(index: DirectoryIndex, column: str, aspect: str, lang: str) -> str:
    """Where an offer clause was written, when not in its own ``offers_<aspect>`` column."""
    en = lang == "en"
    if column == FREE_OFFERS:
        header = index.frame.attrs.get("offers_header") or FREE_OFFERS
        return f"listed under {header}" if en else f"disebut di kolom {header}"
    if column != f"offers_{aspect}" and column.startswith("offers_"):
        other = ASPECT_LABELS[lang][column.removeprefix("offers_")]
        return f"written among its {other} offers" if en else f"ditulis di tawaran {other}"
    return ""


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


def _listing(index: DirectoryIndex, essential: tuple[int, ...], patterns: np.ndarray,
             columns: tuple[int, ...], own_columns: tuple[int, ...]):  # fmt: skip
    """The partners need_fit's bound lists, and the ``essential`` words' postings among them:
    ``(rows, anywhere, own)`` with ``own[col]`` those in aspect ``col``'s offers. Listed are
    the partners an essential word hits and those whose pattern of offered aspects (of
    ``columns``) is one of ``patterns`` (a boolean per pattern code). Organisations written
    from templates share word sets, and one profile is ranked again and again while it is
    being written: kept on the index for the most recent sets, up to a memory budget."""
    cache = index.memo("listing", lambda: BoundedCache(_KEPT_LISTING_BYTES))
    return cache.get(
        (essential, patterns.tobytes(), columns, own_columns),
        lambda: _listed_rows(index, essential, patterns, columns, own_columns),
    )


def _listed_rows(index: DirectoryIndex, essential: tuple[int, ...], patterns: np.ndarray,
                 columns: tuple[int, ...], own_columns: tuple[int, ...]):  # fmt: skip
    """:func:`_listing` computed, with the bytes it holds."""
    hit = np.zeros(len(index), dtype=bool)
    if patterns.any():
        hit |= patterns[_offer_pattern(index, columns)]
    postings = index.postings(list(essential)) if essential else None
    if postings is not None:
        hit[postings[0]] = True
    rows = np.flatnonzero(hit)
    anywhere, own = None, {}
    if postings is not None:
        # A partner's place among the listed (a gather beats searching a sorted array).
        listed_at = np.empty(len(index), dtype=np.int64)
        listed_at[rows] = np.arange(len(rows))
        anywhere = _Postings(postings, listed_at)
        for col in own_columns:
            own[col] = _Postings(index.postings(list(essential), ASPECTS[col]), listed_at)
    size = rows.nbytes + sum(p.nbytes for p in [anywhere, *own.values()] if p is not None)
    return (rows, anywhere, own), size


#: Quotes an index keeps for explanations (see NeedFit.evidence).
_KEPT_EVIDENCE = 200_000
#: Memory an index keeps for the kinds of help each partner offers, per kinds asked.
_KEPT_KINDS_BYTES = 64 * 2**20
#: Vision bounds an index keeps, one per vision text (see Vision.bound).
_KEPT_VISION_BOUNDS = 4096
#: Memory an index keeps for the listings of recent word sets (see _listing).
_KEPT_LISTING_BYTES = 128 * 2**20


def _sized(values: np.ndarray) -> tuple[np.ndarray, int]:
    """An array and its size in bytes, for a BoundedCache."""
    return values, values.nbytes


class _Postings:
    """Some columns of a term -> partners matrix (CSC), flattened: for each entry, the
    listed row of its partner and which of the columns it belongs to."""

    def __init__(self, columns: tuple[np.ndarray, np.ndarray], listed_at: np.ndarray) -> None:
        partners, lengths = columns  # as DirectoryIndex.postings gives them
        self.at = listed_at[partners]
        self.word = np.repeat(np.arange(len(lengths)), lengths)
        self.nbytes = self.at.nbytes + self.word.nbytes

    def found(self, weights: np.ndarray, n_rows: int) -> np.ndarray:
        """For each listed row, the summed ``weights`` of the columns it appears in."""
        # bincount returns integers when there is nothing to count.
        found = np.bincount(self.at, weights=weights[self.word], minlength=n_rows)
        return found.astype(np.float64, copy=False)


class NeedFit(Criterion):
    """How well the partner answers each needed aspect, combined by the aspect priorities.

    A need names a *kind of help* within its aspect (its roles: "magang" or "pelatihan" in
    program, "rekrut" or "pasar" in pendayagunaan hasil, "modal" or "beasiswa" in dana; see
    ``[roles]`` in the vocabulary) and *content* (the trade, commodity or subject: "menjahit",
    "kopi", "Paket A"). For each needed aspect ``a``, the partner's offers in ``a`` (its
    ``offers_a`` column and any clause the directory's free-text columns give to ``a``) get:

    * *field*: the weighted share of the need's content terms they contain, saturating at two
      distinctive terms (:func:`~mitramatch.engine.text.coverage_scores`); 1 when the need
      names no content;
    * *kind*: 1 when they offer a kind of help the need asks for (or the need names none),
      ``ROLE_OTHER`` when they offer another kind in ``a``, ``ROLE_UNSTATED`` when they name
      none;
    * *relevance* = ``kind * ((1 - f_a) + f_a * field)``: how much the content matters
      depends on the aspect (``FIELD_WEIGHT``): an instructor must teach the right trade, but
      for money the amount and the purpose matter more than shared words;
    * *capacity factor* = ``(1 - c_a) + c_a * min(1, capacity / quantity)`` when both are known,
      ``CAPACITY_UNKNOWN`` otherwise (``c_a`` = ``CAPACITY_WEIGHT``: money must add up, people
      and places can be shared among partners);
    * *fit* = ``(0.1 + 0.9 * relevance) * capacity factor``, times ``COMMERCIAL`` (0.3) for
      an offer that is a sale rather than a partnership (a shop selling machines). A partner
      offering nothing in ``a`` gets at most ``CROSS_ASPECT`` times the field its other offers
      cover: a mention elsewhere never outranks an actual offer.

    ``need_fit`` = half the strongest priority-weighted fit (``max_j f_j p_j / max p``) and
    half the priority-weighted mean of the fits: a partner is worth most for the most important
    component it covers (the paper's need-based pattern: a partnership formed around one
    need), and more for covering several (a core that supports many).
    """

    name = "need_fit"
    label: ClassVar = {"id": "kecocokan kebutuhan", "en": "need fit"}
    policy = (
        "An empty offer in an aspect (no offers_<aspect>, no free-text clause about it) means "
        "the partner does not offer that aspect (data contract): its fit there is at most "
        "CROSS_ASPECT times what its other offers mention. Unknown capacity or quantity gives "
        "the capacity factor 0.9; a need without description scores relevance 0.5 for every "
        "partner offering that aspect."
    )
    default_weight = DEFAULT_WEIGHTS["need_fit"]
    gated = False
    covers_needs = True
    cost = 4.0
    builtin = True
    OFFER_FLOOR = 0.1
    CROSS_ASPECT = 0.09  # below OFFER_FLOOR: any actual offer in the aspect is above it
    CAPACITY_UNKNOWN = 0.9
    ROLE_OTHER = 0.5
    ROLE_UNSTATED = 0.8
    #: What a sale keeps of its fit: chosen by cross-validation (leave one part out) over the
    #: eleven evaluation parts, ``data/eval/tune_constants.py`` (0.5 before).
    COMMERCIAL = 0.3
    #: Aspects whose offers can be a place or people for the same word (see the exchange
    #: module): there a need for one is not met by an offer of only the other.
    EXCHANGE_ASPECTS: ClassVar[tuple[str, ...]] = EXCHANGE_ASPECTS
    #: How much a need's content (trade, commodity, subject) weighs against its kind of help.
    FIELD_WEIGHT: ClassVar[dict[str, float]] = {
        "dana": 0.3, "tenaga": 0.8, "sarana": 0.7, "program": 0.6, "pendayagunaan_hasil": 0.5,
    }  # fmt: skip
    #: Aspects where an offer about another field than the need's (vocabulary ``[fields]``:
    #: trades, commodities, study programmes) is worth ``OTHER_FIELD`` of its relevance: who
    #: teaches, what place, which programme, which jobs or buyers. Not dana: money serves many
    #: purposes, and the purpose words of a fund are often only the funder's own.
    FIELD_DECIDES: ClassVar[tuple[str, ...]] = (
        "tenaga", "sarana", "program", "pendayagunaan_hasil",
    )  # fmt: skip
    OTHER_FIELD = 0.5
    #: What an offer closed to a group or an area the organisation is not part of keeps of its
    #: relevance (vocabulary ``[restricted]``): money goes by who may receive it.
    RESTRICTED = 0.5
    #: Aspects whose offers are used where the partner is (see :meth:`_within_reach`).
    PHYSICAL: ClassVar[tuple[str, ...]] = ("tenaga", "sarana", "program")
    #: Proximity from which an offer is within practical reach (None: Proximity.SAME_PROVINCE,
    #: the level of a partner elsewhere in the province), and what one beyond keeps.
    PRACTICAL: ClassVar[float | None] = None
    OUT_OF_REACH = 0.5
    #: How much capacity short of the quantity lowers a fit.
    CAPACITY_WEIGHT: ClassVar[dict[str, float]] = {
        "dana": 0.5, "tenaga": 0.3, "sarana": 0.3, "program": 0.3, "pendayagunaan_hasil": 0.3,
    }  # fmt: skip

    def relevance(
        self, index: DirectoryIndex, query: Query, rows: np.ndarray | None = None
    ) -> np.ndarray:
        """(rows, needs) relevance of each partner's offers in each needed aspect."""
        near = self._reach(index, query, rows)
        return np.column_stack(
            [self._relevance(index, query, j, rows, near) for j in range(_n(query))]
        ).reshape(_size(index, rows), _n(query))

    def _field(self, index, query, j: int, rows, *, cross: bool) -> np.ndarray:
        """Need ``j``'s content covered by the partners' offers in its aspect (or in all)."""
        q = query.need_queries[j]
        if q.total_weight <= 0:
            return np.full(_size(index, rows), 0.0 if cross else 1.0)
        aspect = ASPECTS[query.aspect_columns[j]]
        matrix = index.any_offer_terms if cross else index.offer_terms[aspect]
        postings = index.any_offer_postings if cross else index.offer_postings[aspect]
        at = None if rows is None else index.positions(rows)
        hits = index.term_hits(q, None if cross else aspect, at)
        return coverage_scores(matrix, index.model, q, at, postings, hits=hits)

    def _kind(self, index, query, j: int, rows) -> np.ndarray:
        """Whether the partners offer the kind of help need ``j`` asks for (see the class),
        and the kind of thing: a need for a place is not met by an offer of people only."""
        q = query.need_queries[j]
        col = int(query.aspect_columns[j])
        exchange = q.exchange if ASPECTS[col] in self.EXCHANGE_ASPECTS else None
        if not q.roles and exchange is None:
            return np.ones(_size(index, rows))
        # Per partner, kept per index and kinds asked (a batch asks for few sets of them).
        cache = index.memo("kinds", lambda: BoundedCache(_KEPT_KINDS_BYTES))
        every = cache.get(
            (type(self), col, q.roles, exchange),
            lambda: _sized(self._kinds(index, col, q.roles, exchange)),
        )
        return every.copy() if rows is None else every[index.positions(rows)]

    def _kinds(self, index, col: int, roles: frozenset[str], exchange) -> np.ndarray:
        """:meth:`_kind` of every partner for a need asking for ``roles`` and ``exchange``."""
        if roles:
            aspect = ASPECTS[col]
            names, offered = index.memo(("roles", aspect), lambda: _roles(index, aspect))
            some = offered.any(axis=1)  # any kind at all, and one the need asks for
            asked = offered[:, np.isin(names, sorted(roles))].any(axis=1)
            kind = np.where(some, self.ROLE_OTHER, self.ROLE_UNSTATED)
            kind = np.where(asked, 1.0, kind)
        else:
            kind = np.ones(len(index))
        if exchange is not None:
            bits = index.offer_kinds[:, col]
            other = (bits != 0) & (bits & (1 << KINDS.index(exchange)) == 0)
            kind = np.where(other, np.minimum(kind, self.ROLE_OTHER), kind)
        return kind

    def _relevance(self, index, query, j: int, rows, near=None) -> np.ndarray:
        q = query.need_queries[j]
        if q.empty:
            return np.full(_size(index, rows), NEUTRAL)
        aspect = ASPECTS[query.aspect_columns[j]]
        phi = self.FIELD_WEIGHT[aspect]
        field = self._field(index, query, j, rows, cross=False)
        field *= phi
        field += 1.0 - phi
        field *= self._beyond_words(index, query, j, rows, near=near)
        return field

    def _beyond_words(
        self, index, query, j: int, rows, *, reach: bool = True, near=None
    ) -> np.ndarray:
        """What scales need ``j``'s relevance besides how many of its words the offers
        contain: the kind of help, a restriction, practical reach (unless ``reach`` is
        False: the bound leaves it out, as it can only lower a fit; ``near``: it, from
        :meth:`_reach`) and an offer about another field (the bound uses the rest too)."""
        factor = self._kind(index, query, j, rows)
        aspect = ASPECTS[query.aspect_columns[j]]
        closed = _restricted(index, query, aspect, rows)
        if closed.any():
            factor[closed] *= self.RESTRICTED
        if reach and aspect in self.PHYSICAL:
            factor *= near if near is not None else self._within_reach(index, query, rows)
        if aspect in self.FIELD_DECIDES:
            q = query.need_queries[j]
            terms = q.terms
            if aspect == "pendayagunaan_hasil" and q.roles == {"pasar"}:
                # Buyers of products: a hotel or a salon named is where to sell.
                terms = tuple(t for t in terms if t not in index.model.analyzer.venue_terms)
            factor *= np.where(_other_field(index, aspect, terms, rows), self.OTHER_FIELD, 1.0)
        return factor

    def _reach(self, index, query, rows) -> np.ndarray | None:
        """:meth:`_within_reach` of ``rows`` when a need with content is of people, rooms or
        programmes (they all share it), else None."""
        physical = any(
            ASPECTS[int(col)] in self.PHYSICAL and not q.empty
            for col, q in zip(query.aspect_columns, query.need_queries)
        )
        return self._within_reach(index, query, rows) if physical else None

    def _within_reach(self, index, query, rows) -> np.ndarray:
        """How much of an offer of people, a programme or a facility the organisation can
        use from where the partner is: 1 up to about 130 km (proximity ``PRACTICAL``, or the
        same province, or an offer that names the area), falling to ``OUT_OF_REACH`` beyond
        (the domain brief: another province, or more than ~120 km, is out of practical reach
        for people, rooms and apprenticeships; money travels)."""
        near = Proximity().score(index, query, rows)
        near /= self.PRACTICAL or Proximity.SAME_PROVINCE
        return np.clip(near, self.OUT_OF_REACH, 1.0, out=near)

    def aspect_fits(
        self, index: DirectoryIndex, query: Query, rows: np.ndarray | None = None
    ) -> np.ndarray:
        """(rows, needs) fit of each partner to each needed aspect, in [0, 1]."""
        columns = []
        near = self._reach(index, query, rows)
        for j, col in enumerate(query.aspect_columns):
            aspect = ASPECTS[int(col)]
            offered, capacity = _aspect(index, int(col), rows)
            cross = self._field(index, query, j, rows, cross=True)
            if query.need_queries[j].total_weight <= 0:
                cross = np.zeros_like(cross)
            columns.append(
                self.fit_column(
                    self._relevance(index, query, j, rows, near),
                    cross,
                    offered,
                    capacity,
                    float(query.quantities[j]),
                    aspect,
                    _commercial(index, int(col), rows),
                )
            )
        fits = np.empty((_size(index, rows), _n(query)), order="F")  # read column by column
        for j, column in enumerate(columns):
            fits[:, j] = column
        return fits

    def fit_column(
        self,
        relevance: np.ndarray,
        cross: np.ndarray,
        offered: np.ndarray,
        capacity: np.ndarray,
        quantity: float,
        aspect: str,
        commercial: np.ndarray | None = None,
    ) -> np.ndarray:
        """The fit formula for one need over many partners (``cross``: the need's content
        covered by all of a partner's offers together); 1-D arrays, computed in place where
        possible because screening runs it over tens of thousands of partners."""
        capacity = np.atleast_1d(np.asarray(capacity, dtype=float))
        if np.isnan(quantity):
            factor: float | np.ndarray = self.CAPACITY_UNKNOWN
        else:
            weight = self.CAPACITY_WEIGHT[aspect]
            # A quantity of 0 asks for nothing: any known capacity suffices.
            ratio = (
                capacity / quantity if quantity > 0 else np.where(np.isnan(capacity), capacity, 1.0)
            )
            np.clip(ratio, 0.0, 1.0, out=ratio)
            ratio *= weight
            ratio += 1.0 - weight
            ratio[np.isnan(ratio)] = self.CAPACITY_UNKNOWN
            factor = ratio
        own = np.multiply(relevance, 1 - self.OFFER_FLOOR)
        own += self.OFFER_FLOOR
        own *= offered
        own *= factor
        if commercial is not None:
            own[commercial] *= self.COMMERCIAL
        np.maximum(own, np.multiply(cross, self.CROSS_ASPECT), out=own)
        return np.clip(own, 0.0, 1.0, out=own)

    #: Share of need_fit given by the strongest fit (the rest: the mean; see the class).
    STRONGEST = 0.5

    def combine(self, fits: np.ndarray, query: Query) -> np.ndarray:
        """need_fit from the aspect fits (rows, needs): see the class docstring."""
        p = query.priorities
        fits = np.atleast_2d(fits)
        scaled = fits * (p / p.max())
        # Column by column: a reduction along a short row axis is slow in NumPy (same maximum).
        strongest = np.maximum.reduce(list(scaled.T)) if fits.shape[1] else np.zeros(len(fits))
        mean = weighted_sum(fits, p / p.sum())
        return np.clip(self.STRONGEST * strongest + (1 - self.STRONGEST) * mean, 0.0, 1.0)

    #: Capacity up to this multiple of the quantity counts as headroom in :meth:`secondary`.
    HEADROOM = 3.0

    def secondary(
        self, index: DirectoryIndex, query: Query, rows: np.ndarray | None = None
    ) -> np.ndarray:
        """Evidence beyond the fit, to order partners whose scores are equal (fits saturate:
        two distinctive words answer a need): per need, the share of all its content words
        the offer names (unsaturated), and capacity headroom up to :attr:`HEADROOM` times the
        quantity; priority-weighted, in [0, 1]. It never changes a score."""
        n = _size(index, rows)
        p = query.priorities
        if not len(p):
            return np.zeros(n)
        at = None if rows is None else index.positions(rows)
        out = np.zeros(n)
        for j, q in enumerate(query.need_queries):
            col = int(query.aspect_columns[j])
            words = np.zeros(n)
            if q.total_weight > 0:
                aspect = ASPECTS[col]
                words = index.term_hits(q, aspect, at)
                words /= q.total_weight
            quantity = float(query.quantities[j])
            capacity = index.capacity[slice(None) if at is None else at, col]
            headroom = np.zeros(n)
            if quantity > 0:
                known = ~np.isnan(capacity)
                headroom[known] = np.clip(capacity[known] / quantity, 0, self.HEADROOM)
                headroom /= self.HEADROOM
            out += p[j] * (np.clip(words, 0.0, 1.0) + headroom)
        return out / (2 * p.sum())

    def aspect_weights(self, fits: np.ndarray, query: Query) -> np.ndarray:
        """Each aspect's weight in one partner's need_fit (``fits``: its aspect fits), so that
        ``aspect_weights(fits) @ fits == combine(fits)``: the priority share of the mean, plus
        the strongest share for the aspect whose priority-scaled fit is the strongest."""
        p = query.priorities
        scaled = p / p.max() if len(p) else p
        weights = (1 - self.STRONGEST) * p / p.sum() if len(p) else np.zeros(0)
        if len(p):
            strongest = int(np.argmax(np.asarray(fits, dtype=float) * scaled))
            weights[strongest] += self.STRONGEST * scaled[strongest]
        return weights

    def _slopes(self, query: Query) -> np.ndarray:
        """For each need, the most need_fit can rise per unit of its fit."""
        p = query.priorities
        return self.STRONGEST * p / p.max() + (1 - self.STRONGEST) * p / p.sum()

    def score(self, index, query, rows=None):
        return self.combine(self.aspect_fits(index, query, rows), query)

    def bound(self, index, query, floor=0.0):
        """The fit formula itself with every partner's kind of help at best, no sale, and
        enough capacity, and its content from the posting lists of the need's words.

        Only partners whose offers contain an *essential* word, or whose pattern of offered
        aspects alone could pass ``floor``, are listed; the others' bound (``base``) assumes
        every non-essential word present and the best pattern below the floor. Words that add
        least are left non-essential while ``base`` stays within ``floor``, so generic words
        shared by half the directory ("keterampilan", "usaha") need not be looked up (the
        MaxScore idea of text retrieval)."""
        share = self._slopes(query)
        needs = []
        for j, q in enumerate(query.need_queries):
            aspect = ASPECTS[int(query.aspect_columns[j])]
            phi = 0.0 if q.empty else self.FIELD_WEIGHT[aspect]
            d = min(q.total_weight, SATURATION) if q.total_weight > 0 else 0.0
            needs.append((j, q, aspect, phi, d))
        # The words that can raise a partner's bound, and by how much at most.
        gain: dict[int, float] = {}
        for j, q, _, phi, d in needs:
            if d > 0:
                slope = (1 - self.OFFER_FLOOR) * max(phi, self.CROSS_ASPECT)
                for t, w in zip(q.ids.tolist(), q.weights.tolist()):
                    gain[t] = gain.get(t, 0.0) + share[j] * slope * w / d
        # Which needed aspects a partner offers at all (its *pattern*, one bit per need)
        # bounds its fit without any word: nearly everyone offers something, so offering is
        # no list to look up; partners whose pattern alone can pass ``floor`` are listed.
        m = len(needs)
        codes = np.arange(1 << m)

        def pattern_bases(assumed: np.ndarray) -> np.ndarray:
            fits = np.empty((len(codes), m))
            for j, q, _, phi, d in needs:
                # A need without content words is covered by any offer of its aspect (score's
                # _field), and by nothing elsewhere.
                cover = min(1.0, assumed[j] / d) if d > 0 else 1.0
                offering = self._best(q, phi, cover)
                elsewhere = self.CROSS_ASPECT * cover if d > 0 else 0.0
                fits[:, j] = np.where((codes >> j) & 1, max(offering, elsewhere), elsewhere)
            return self.combine(fits, query)

        bases = pattern_bases(np.zeros(m))
        spare = max(0.0, float(floor)) - float(bases[bases <= floor].max(initial=0.0))
        tail: set[int] = set()
        for t in sorted(gain, key=lambda t: (gain[t], t)):
            if gain[t] > spare:
                break
            spare -= gain[t]
            tail.add(t)
        assumed = np.array(
            [sum(w for t, w in zip(q.ids.tolist(), q.weights.tolist()) if t in tail)
             for _, q, _, _, _ in needs]
        )  # fmt: skip
        bases = pattern_bases(assumed)
        above = bases > floor
        # Unlisted partners: every tail word present, their pattern below the floor.
        base = min(1.0, float(bases[~above].max(initial=0.0)) + _SLACK)
        essential = sorted(t for t in gain if t not in tail)
        if not essential and not above.any():
            return Bound(base)
        columns = tuple(query.aspect_columns.tolist())
        own_columns = tuple(sorted({int(query.aspect_columns[j]) for j, q, *_ , d in needs
                                    if not q.empty and d > 0}))  # fmt: skip
        position = {t: i for i, t in enumerate(essential)}
        rows, anywhere, own = _listing(index, tuple(essential), above, columns, own_columns)
        # Column by column, and combine reads them so: each column contiguous.
        fits = np.empty((len(rows), len(needs)), order="F")
        for j, q, aspect, phi, d in needs:
            col = int(query.aspect_columns[j])
            offered, capacity = _aspect(index, col, rows)
            if q.empty:
                relevance, cross = np.full(len(rows), NEUTRAL), np.zeros(len(rows))
            elif d <= 0:
                relevance, cross = np.ones(len(rows)), np.zeros(len(rows))
            else:
                weights = np.zeros(len(essential))
                for t, w in zip(q.ids.tolist(), q.weights.tolist()):
                    if t in position:
                        weights[position[t]] = w
                if anywhere is None:
                    field = np.full(len(rows), min(1.0, assumed[j] / d))
                    cross = field.copy()
                else:
                    field = own[col].found(weights, len(rows))
                    field += assumed[j]
                    field /= d
                    np.minimum(field, 1.0, out=field)
                    cross = anywhere.found(weights, len(rows))
                    cross += assumed[j]
                    cross /= d
                    np.minimum(cross, 1.0, out=cross)
                relevance = field * phi + (1.0 - phi)
            if not q.empty:
                # Exact for each listed partner, and at most 1: a much tighter bound where
                # common words ("pelatihan") hit offers of another kind or field.
                relevance *= self._beyond_words(index, query, j, rows, reach=False)
            fits[:, j] = self.fit_column(
                relevance, cross, offered, capacity, float(query.quantities[j]), aspect,
                _commercial(index, col, rows),
            )  # fmt: skip
        total = self.combine(fits, query) + _SLACK
        return Bound(base, rows, np.minimum(total, 1.0, out=total))

    def estimate(self, index, query, rows):
        """need_fit with every offer of the right kind, enough capacity and no sale, its
        content from the need's words in the offers of its own aspect: a few sparse row
        products instead of the whole fit (see :meth:`Criterion.estimate`)."""
        fits = np.zeros((len(rows), _n(query)), order="F")
        for j, q in enumerate(query.need_queries):
            col = int(query.aspect_columns[j])
            aspect = ASPECTS[col]
            phi = 0.0 if q.empty else self.FIELD_WEIGHT[aspect]
            cover = 1.0
            if q.total_weight > 0:
                found = index.term_hits(q, aspect, rows)
                cover = np.minimum(found / min(q.total_weight, SATURATION), 1.0)
            fits[:, j] = self._best(q, phi, cover) * index.offered_by_aspect[col][rows]
        return self.combine(fits, query)

    def _wordless(self, q, phi: float, d: float) -> float:
        """The most an offer in the need's aspect gets without any of its content words (all
        of them when it has none: ``d``, its saturated content weight, is 0)."""
        return self._best(q, phi, 0.0 if d > 0 else 1.0)

    def _best(self, q, phi: float, cover: float) -> float:
        """The fit of an offer of the right kind, enough capacity and no sale, whose content
        covers ``cover`` of the need."""
        relevance = NEUTRAL if q.empty else (1.0 - phi) + phi * cover
        return self.OFFER_FLOOR + (1 - self.OFFER_FLOOR) * relevance

    def evidence(
        self, index: DirectoryIndex, query: Query, j: int, row: int
    ) -> tuple[str, str, str] | None:
        """What in the partner's offers answers need ``j``: ``(quote, column, aspect)``, the
        clause that matched (shortened, keeping the items that matched), the column it was
        written in, and the aspect it was read as offering (another aspect when only other
        offers mention the need's words). None when nothing does."""
        aspect = ASPECTS[int(query.aspect_columns[j])]
        q = query.need_queries[j]
        # A partner in many organisations' top lists is quoted for the same need texts: the
        # quote depends on the partner, the aspect and the need's terms and kinds only (and on
        # the criterion, should a subclass quote otherwise).
        key = (type(self), int(row), aspect, q.terms, q.roles)
        cache = index.memo("evidence", dict)
        found = cache.get(key, cache)
        if found is cache:
            found = self._evidence(index, aspect, q, row)
            if len(cache) < _KEPT_EVIDENCE:
                cache[key] = found
        return found

    def _evidence(self, index: DirectoryIndex, aspect: str, q, row: int):
        analyzer = index.model.analyzer
        weights = {t: index.model.term_weight(t, aspect) for t in q.terms}
        own = index.offer_clauses(row, aspect)
        found = best_clause(own, weights, analyzer, aspect=aspect, roles=q.roles)
        where = aspect
        if found is None and own:
            found = (own[0], frozenset())  # an offer of the aspect, none of the need's words
        for other in ASPECTS:
            if found is None and other != aspect:
                found = best_clause(index.offer_clauses(row, other), weights, analyzer)
                where = other
        if found is None:
            return None
        clause, hits = found
        return quote(clause.text, hits, analyzer), clause.source, where

    def aspect_phrase(
        self,
        index: DirectoryIndex,
        query: Query,
        j: int,
        fit: float,
        row: int,
        lang: str,
        *,
        lead: bool,
        said: set[str] | None = None,
    ) -> str:
        """What the partner offers for need ``j`` and where it says so, e.g. "Menawarkan
        instruktur las, …, menjahit (tenaga, kecocokan 0,82; disebut di kolom Bantuan)";
        without the verb unless ``lead``. Where it was written is said once per sentence:
        pass the same ``said`` set for the phrases of one sentence."""
        aspect = ASPECTS[int(query.aspect_columns[j])]
        labels = ASPECT_LABELS[lang]
        en = lang == "en"
        fit_text = f"{'fit' if en else 'kecocokan'} {fmt(fit, lang)}"
        found = self.evidence(index, query, j, row)
        if found is None:
            text = f"no {labels[aspect]} offer" if en else f"tidak menawarkan {labels[aspect]}"
            return f"{text} ({fit_text})"
        text, column, where = found
        if where != aspect:
            # Cross-aspect evidence: the need's words appear, but in an offer of another kind.
            return (
                f"offers no {labels[aspect]}; only its {labels[where]} offer mentions it "
                f"({text}; {fit_text})"
                if en
                else f"tidak menawarkan {labels[aspect]}, hanya menyinggungnya di tawaran "
                f"{labels[where]} ({text}; {fit_text})"
            )
        source = _source_phrase(index, column, aspect, lang)
        if _restricted(index, query, aspect, np.array([row]))[0]:
            own = aspect in index.model.analyzer.vocabulary.own_aspects
            closed = {
                (True, True): "only for its own people",
                (True, False): "hanya untuk orangnya sendiri",
                (False, True): "for a group or area it is not part of",
                (False, False): "terbatas bagi kelompok atau wilayah lain",
            }[(own, en)]
            fit_text = f"{fit_text}; {closed}"
        if said is not None:
            source, _ = ("", None) if source in said else (source, said.add(source))
        if lead:
            # "Menerima titip jual ..." already says what the partner does.
            verb = not en and _VERB.match(text)
            text = (
                text[:1].upper() + text[1:]
                if verb
                else f"{'Offers' if en else 'Menawarkan'} {text}"
            )
        return f"{text} ({labels[aspect]}, {fit_text}{'; ' + source if source else ''})"

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
    """Shared vision (kesamaan visi): cosine similarity of weighted vision terms, as evidence
    of alignment on top of neutral.

    Two visions that share no word are not evidence of different visions (people word the
    same aims differently), so they stay neutral; shared words raise the score above it:
    ``0.5 + 0.5 * (1 - (1 - c)**2)`` for a cosine ``c`` (short visions share few words even
    when aligned, so mid values are spread).
    """

    name = "vision"
    label: ClassVar = {"id": "kesamaan visi", "en": "shared vision"}
    policy = "Either vision missing (or without meaningful words), or no shared word: neutral 0.5."
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

    def bound(self, index, query, floor=0.0):
        """The highest score of any partner, from the posting lists of the organisation's
        vision words (neutral when it shares no word with any partner). Most directories
        word their visions otherwise than one organisation does, so the bound sits near
        neutral instead of 1, and screening passes over partners that only a perfect vision
        could lift. Kept per vision: organisations written from templates share it."""
        if not query.vision_known:
            return Bound(min(1.0, NEUTRAL + _SLACK))
        key = query.vision_vector.tobytes()
        cache = index.memo("vision bound", lambda: BoundedCache(_KEPT_VISION_BOUNDS))
        return Bound(cache.get(key, lambda: (self._highest(index, query), 1)))

    def _highest(self, index, query) -> float:
        ids = np.flatnonzero(query.vision_vector)
        partners, weights, lengths = index.vision_postings(ids)
        if not len(partners):
            return min(1.0, NEUTRAL + _SLACK)
        weights *= np.repeat(query.vision_vector[ids], lengths)
        cosine = np.bincount(partners, weights=weights)
        # Summed in another order than score's: the slack covers the last bit.
        return min(1.0, float(self.from_cosine(cosine.max(initial=0.0), True)) + _SLACK)

    def from_cosine(self, cosine: np.ndarray, has_vision: np.ndarray) -> np.ndarray:
        """The score from the raw cosine, element-wise on broadcastable arrays."""
        cosine = np.clip(cosine, 0.0, 1.0)
        return NEUTRAL + (1.0 - NEUTRAL) * np.where(has_vision, 1.0 - (1.0 - cosine) ** 2, 0.0)

    def describe(self, index, query, row, value, lang):
        if not (query.vision_known and index.has_vision[row]) or value < 0.7:
            return None
        return (
            f"shared vision ({fmt(value, lang)})"
            if lang == "en"
            else (f"visi sejalan ({fmt(value, lang)})")
        )


def _reached(index: DirectoryIndex, query: Query, rows) -> np.ndarray:
    """Whether each partner's offers say they reach the organisation: open to the whole
    country, or naming its province, kabupaten/kota or island (:func:`~.offers.reach_of`)."""
    wanted = [NATIONWIDE, *(i for i in (query.regency_id, query.province_id) if i > NATIONWIDE)]
    if (island := island_of(query.regency)) > 0:
        wanted.append(island)  # an offer naming the island it lies on ("penenun Lombok")

    def among(reach: np.ndarray) -> np.ndarray:
        # np.isin(reach, wanted), by comparisons: wanted holds one to four places.
        found = reach == wanted[0]
        for place in wanted[1:]:
            found |= reach == place
        return found.any(axis=1)

    named = _naming_a_place(index)
    if rows is None:
        out = np.zeros(len(index), dtype=bool)
        out[named] = among(index.reach[named])
        return out
    rows = np.atleast_1d(_rows(index, rows))
    if len(rows) <= len(named):
        return among(index.reach[rows])
    # Many rows (screening): find them among the few that reach the area, sorted.
    reaching = named[among(index.reach[named])]
    if not len(reaching):
        return np.zeros(len(rows), dtype=bool)
    at = np.searchsorted(reaching, rows).clip(max=len(reaching) - 1)
    return reaching[at] == rows


def _naming_a_place(index: DirectoryIndex) -> np.ndarray:
    """The sorted rows of the partners whose offers name a place: few, so looked at alone."""
    return index.memo(("reach",), lambda: np.flatnonzero(index.reach[:, 0]))


def _reaching(index: DirectoryIndex, query: Query) -> np.ndarray:
    """The sorted rows of the partners whose offers reach the organisation (see _reached)."""
    named = _naming_a_place(index)
    return named[_reached(index, query, named)] if len(named) else named


class _RegionGroups:
    """The partners of an index grouped by (kabupaten/kota, province) id, with the box
    around each group's coordinates: what Proximity's bound needs, kept per index."""

    def __init__(self, index: DirectoryIndex) -> None:
        regency = index.regency_id.astype(np.int64)
        province = index.province_id.astype(np.int64)
        key = (regency + 1) * (int(province.max(initial=0)) + 2) + (province + 1)
        unique, self.codes = np.unique(key, return_inverse=True)
        self.codes = self.codes.ravel()
        first = np.zeros(len(unique), dtype=np.int64)
        first[self.codes[::-1]] = np.arange(len(key))[::-1]  # a partner of each group
        self.regency_id = index.regency_id[first]
        self.province_id = index.province_id[first]
        self.order = np.argsort(self.codes, kind="stable")
        self.sizes = np.bincount(self.codes, minlength=len(unique))
        self.starts = np.concatenate([[0], np.cumsum(self.sizes)])
        point = ~(np.isnan(index.lat) | np.isnan(index.lon))
        self.with_points = np.bincount(self.codes[point], minlength=len(unique))
        self.without_points = self.sizes - self.with_points
        self.box = np.empty((len(unique), 4))  # lat min, lat max, lon min, lon max (degrees)
        for j, (values, reduce, empty) in enumerate(
            [(index.lat, np.minimum, np.inf), (index.lat, np.maximum, -np.inf),
             (index.lon, np.minimum, np.inf), (index.lon, np.maximum, -np.inf)]
        ):  # fmt: skip
            out = np.full(len(unique), empty)
            reduce.at(out, self.codes[point], values[point])
            self.box[:, j] = out

    def rows_of(self, groups: np.ndarray) -> np.ndarray:
        """The rows of the partners in ``groups``."""
        starts, sizes = self.starts[groups], self.sizes[groups]
        return self.order[ranges(starts, sizes)]

    def least_km(self, lat: float, lon: float) -> np.ndarray:
        """Per group, a distance in km that no partner with coordinates in it is nearer to
        (lat, lon) than; inf for groups without coordinates."""
        # Groups without coordinates have an empty (inf) box: any finite box does for them.
        km = least_km_to_box(lat, lon, np.where(np.isfinite(self.box), self.box, 0.0))
        return np.where(self.with_points > 0, km, np.inf)


def _region_groups(index: DirectoryIndex) -> _RegionGroups:
    return index.memo(("region groups",), lambda: _RegionGroups(index))


class Proximity(Criterion):
    """How near the partner is: great-circle distance when both sides have ``lat``/``lon``
    (``0.5 ** (km / 100)``: 100 km halves it), else the region hierarchy: same kabupaten/kota
    0.85, same province 0.4, elsewhere 0.1.

    A partner whose offers say they reach the organisation's area is as near as one in its
    kabupaten/kota (``REACHED``), wherever it sits: a national open call ("bagi kelompok dari
    seluruh Indonesia"), a buyer that names the area it sources from ("membeli keripik dari
    pemasok Lampung"), a fund for a named kabupaten.
    """

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
    REACHED = SAME_REGENCY

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
        return self._levels(index.regency_id[at], index.province_id[at], query)

    @staticmethod
    def _levels(regency: np.ndarray, province: np.ndarray, query: Query) -> np.ndarray:
        """:meth:`levels` of partners given by their regency and province ids."""
        regency, province = np.atleast_1d(regency), np.atleast_1d(province)
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
        out = table[self.levels(index, query, rows)]  # -1 picks NEUTRAL (last)
        if not (np.isnan(query.lat) or np.isnan(query.lon)):  # else no distance to anyone
            km = self.distances(index, query, rows)
            out = np.where(np.isnan(km), out, self.from_distance(km))
        reached = _reached(index, query, rows)
        out[reached] = np.maximum(out[reached], self.REACHED)
        return np.clip(out, 0.0, 1.0)

    def from_distance(self, km: np.ndarray) -> np.ndarray:
        """The score of an exact distance (100 km halves it), element-wise."""
        return 0.5 ** (km / self.HALF_DISTANCE_KM)

    #: At most this share of the directory is listed by :meth:`bound`.
    LISTED = 1 / 64

    def bound(self, index, query, floor=0.0):
        """Partners grouped by kabupaten/kota and province: each group's bound is the level
        score of the group (for its partners without coordinates) and the score at the least
        distance the organisation can be from the box around its partners' coordinates;
        partners whose offers reach the area are listed with :attr:`REACHED`. The nearest
        groups are listed, up to :attr:`LISTED` of the directory; the rest share ``base``, the
        highest bound among them. A directory's partners mostly lie far from any one
        organisation, so the bound lets screening pass over them (see :mod:`.screening`)."""
        groups = _region_groups(index)
        level = self._levels(groups.regency_id, groups.province_id, query)
        table = np.array([self.ELSEWHERE, self.SAME_PROVINCE, self.SAME_REGENCY, NEUTRAL])
        bound = table[level]
        if not (np.isnan(query.lat) or np.isnan(query.lon)):
            # Partners with coordinates score by distance instead of level.
            bound = np.where(groups.without_points > 0, bound, 0.0)
            near = self.from_distance(groups.least_km(query.lat, query.lon))
            bound = np.where(groups.with_points > 0, np.maximum(bound, near), bound)
        bound = np.minimum(bound + _SLACK, 1.0)
        order = np.argsort(-bound, kind="stable")
        sizes = groups.sizes[order]
        limit = self.LISTED * len(index)
        listed = order[(np.cumsum(sizes) <= limit) & (bound[order] > floor)]
        unlisted = np.ones(len(bound), dtype=bool)
        unlisted[listed] = False
        base = float(bound[unlisted].max(initial=0.0))
        listed = listed[bound[listed] > base]  # listing a group at the base tells nothing
        reached = _reaching(index, query)
        if not len(listed) and not len(reached):
            return Bound(base)
        # Each group's rows are sorted: a stable sort merges the runs.
        rows = np.sort(groups.rows_of(listed), kind="stable")
        if len(reached):
            rows = np.union1d(rows, reached)
        values = bound[groups.codes[rows]]
        if len(reached):
            at = np.searchsorted(rows, reached)
            values[at] = np.maximum(values[at], min(1.0, self.REACHED + _SLACK))
        return Bound(base, rows, values)

    def describe(self, index, query, row, value, lang):
        where = self._where(index, query, row, lang)
        if not _reached(index, query, np.array([row]))[0] or where.startswith(
            ("in the same regency", "satu kabupaten")
        ):
            return where
        reach = index.reach[row]
        if NATIONWIDE in reach:
            said = ("its offer is open to all of Indonesia", "tawarannya terbuka se-Indonesia")
        else:
            table = region_table()
            if query.regency_id in reach:
                name = table.regencies.at[query.regency, "name"]
            elif query.province_id in reach:
                name = table.provinces.at[query.province, "name"]
            else:
                name = island_name(island_of(query.regency))
            said = (f"its offer names {name}", f"tawarannya menyebut {name}")
        return f"{where}, but {said[0]}" if lang == "en" else f"{where}, tetapi {said[1]}"

    def _where(self, index, query, row, lang) -> str:
        # One partner: plain floats, as numpy's per-call overhead dwarfs the arithmetic.
        km = math.nan
        if not (math.isnan(query.lat) or math.isnan(query.lon)):
            km = _km(float(index.lat[row]), float(index.lon[row]), query.lat, query.lon)
        level = self._level(index, query, row)
        en = lang == "en"
        if not math.isnan(km):
            distance = fmt(km, lang, 0 if km >= 10 else 1)
            if level == 2:
                return (
                    f"in the same regency/city, {distance} km away"
                    if en
                    else f"satu kabupaten/kota, berjarak {distance} km"
                )
            return f"{distance} km away" if en else f"berjarak {distance} km"
        words = {
            2: ("in the same regency/city", "satu kabupaten/kota"),
            1: ("in the same province", "satu provinsi"),
            0: ("outside the province", "di luar provinsi"),
            -1: ("location unknown", "lokasi tidak diketahui"),
        }[level]
        if level == 0 and query.province is not None and index.province[row] == query.province:
            words = (
                "another regency/city in the same province",
                "kabupaten/kota lain di provinsi yang sama",
            )
        return words[0] if en else words[1]


class Reciprocity(Criterion):
    """Mutual need (saling membutuhkan): how much of what the partner ``seeks`` the
    organisation ``offers`` (weighted share ``h``), as evidence on top of neutral:
    ``0.5 + 0.5 * h``. A stated seek the offers do not mention is no evidence either way.
    Like with like (:mod:`.exchange`): a partner seeking a place is not answered by offered
    people, nor one seeking participants by a place."""

    name = "reciprocity"
    label: ClassVar = {"id": "saling membutuhkan", "en": "reciprocity"}
    policy = "Partner's seeks or organisation's offers missing, or no shared word: neutral 0.5."
    default_weight = DEFAULT_WEIGHTS["reciprocity"]
    cost = 2.0
    builtin = True

    def score(self, index, query, rows=None):
        at = _rows(index, rows)
        n = len(index) if rows is None else len(at)
        if not query.offers_known:
            return np.full(n, NEUTRAL)
        hits = typed_hits(index.seeks_by_kind, None if rows is None else at, query.offers_vectors)
        return self.from_hits(hits, index.seeks_total[at])

    def from_hits(self, hits: np.ndarray, seeks_total: np.ndarray) -> np.ndarray:
        """The share of the seeks weight the offers hit, element-wise on broadcastable arrays."""
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(seeks_total > 0, hits / seeks_total, 0.0)
        return np.clip(NEUTRAL + (1.0 - NEUTRAL) * share, 0.0, 1.0)

    @staticmethod
    def share(value: np.ndarray | float) -> np.ndarray:
        """The share ``h`` of the partner's seeks the organisation offers, from a score."""
        return np.clip((np.asarray(value, dtype=float) - NEUTRAL) / (1.0 - NEUTRAL), 0.0, 1.0)

    def describe(self, index, query, row, value, lang):
        if not query.offers_known or index.seeks_total[row] == 0 or self.share(value) < 0.3:
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
        years = float(index.years_active[row])
        if not math.isnan(years) and years > 0:
            number = fmt(years, lang, 0 if years == int(years) else 1)
            unit = ("year" if years == 1 else "years") if en else "tahun"
            parts.append(f"active {number} {unit}" if en else f"aktif {number} {unit}")
        count = float(index.partnerships[row])
        if not math.isnan(count) and count > 0:
            number = fmt(count, lang, 0)
            parts.append(
                f"{number} partnership{'' if count == 1 else 's'} completed"
                if en
                else f"{number} kemitraan selesai"
            )
        return ", ".join(parts) or None


for _criterion in (NeedFit(), Vision(), Proximity(), Reciprocity(), TrackRecord()):
    register_criterion(_criterion)
