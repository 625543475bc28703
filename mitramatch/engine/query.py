"""One needs profile, prepared for scoring against one directory index: a :class:`Query`.

A query holds the profile, the criteria that score it with their normalised weights, and the
organisation's side turned into vectors under the index's text model (each need's terms, the
organisation's offers and vision, its resolved region and coordinates). Criteria keep any
further profile-specific work in :attr:`Query.memo`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..exceptions import Problem, SchemaError, Text, did_you_mean
from .aspects import ASPECTS
from .criteria import Criterion, active_criteria
from .exchange import EXCHANGE_ASPECTS, kind_of, typed_vectors
from .needs import NeedsProfile, load_needs
from .regions import code_ids, region_table
from .text import SATURATION, TextQuery

if TYPE_CHECKING:
    from .index import DirectoryIndex

__all__ = ["Query", "by_need_texts", "prepare", "prepare_many"]


@dataclass(frozen=True, eq=False)
class Query:
    """A needs profile turned into vectors under a directory index's text model."""

    profile: NeedsProfile
    #: the criteria scoring this query, in output order, and their weights (summing to 1)
    criteria: tuple[Criterion, ...]
    weights: np.ndarray
    need_queries: tuple[TextQuery, ...]  # one per needed aspect, in profile.aspects order
    priorities: np.ndarray  # float, one per needed aspect
    quantities: np.ndarray  # float, NaN when not given
    aspect_columns: np.ndarray  # positions of the needed aspects in ASPECTS
    #: organisation's offers as term presence per kind exchanged ("": all; exchange module)
    offers_vectors: dict[str, np.ndarray]
    offers_known: bool
    vision_vector: np.ndarray  # organisation's vision, weighted tf, L2-normalised
    vision_known: bool
    regency: str | None
    province: str | None
    lat: float
    lon: float
    #: the regions as integers, as the index holds its partners' (-1 unknown)
    regency_id: int
    province_id: int
    #: profile-specific work of the criteria (see Criterion.prepare)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The criteria's names, in output order."""
        return tuple(c.name for c in self.criteria)

    def position(self, name: str) -> int:
        """Where criterion ``name`` is in :attr:`criteria` (KeyError when absent)."""
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no criterion {name!r} in this query; it has {self.names}") from None

    @property
    def needs_position(self) -> int:
        """Where the criterion covering the needs (``need_fit``) is in :attr:`criteria`."""
        return next(k for k, c in enumerate(self.criteria) if c.covers_needs)

    @property
    def needs_criterion(self) -> Criterion:
        """The criterion covering the needs, whose per-aspect fits are ``fit_<aspect>``."""
        return self.criteria[self.needs_position]

    @property
    def gated(self) -> np.ndarray:
        """Which criteria count in full only for partners that meet the needs."""
        return np.array([c.gated and not c.covers_needs for c in self.criteria], dtype=bool)


#: The aspect whose needs are also about what the organisation makes (see prepare_many).
PRODUCTS_ASPECT = "pendayagunaan_hasil"

#: Kinds of organisation that train people: their programme need for an apprenticeship
#: ("magang bagi peserta kursus di konter HP") asks for a place, because they have the people
#: (the domain brief: satuan pendidikan seek DUDI places for their learners).
LEARNER_KINDS = frozenset({"lkp", "lpk", "pkbm", "skb", "smk", "blk", "perguruan_tinggi"})


def _products(org) -> str:
    """What the organisation makes, as it writes it: its name ("KUB Cakalang Fufu Sehati",
    "Kelompok Tenun Dasan Bagik"). Its offers and vision were tried too and did worse on the
    development sets: they add members, volumes and hopes more than products."""
    return org.name or ""


def _criteria_and_weights(
    profile: NeedsProfile, criteria: Iterable[Criterion] | None
) -> tuple[tuple[Criterion, ...], np.ndarray]:
    active = active_criteria(criteria)
    covering = [c.name for c in active if c.covers_needs]
    if len(covering) != 1:
        raise ValueError(
            "exactly one criterion must cover the needs (the built-in need_fit); found "
            f"{covering or 'none'}"
        )
    names = [c.name for c in active]
    unknown = [k for k in profile.weights if k not in names]
    if unknown:
        raise SchemaError(
            [
                Problem(
                    Text("weights", "bobot"),
                    Text(
                        f"weights: unknown criterion {k!r}{did_you_mean(k, names)}; expected "
                        f"{', '.join(names)} (register a custom criterion before naming it)",
                        f"bobot: kriteria {k!r} tidak dikenal{did_you_mean(k, names, 'id')}; "
                        f"yang diharapkan {', '.join(names)} (daftarkan kriteria buatan "
                        "sendiri sebelum menyebutnya)",
                    ),
                )
                for k in unknown
            ],
            source=profile.source,
        )
    raw = np.array([float(profile.weights.get(c.name, c.default_weight)) for c in active])
    if not raw.sum() > 0:
        raise SchemaError(
            Text(
                "weights: at least one weight must be above zero",
                "bobot: setidaknya satu bobot harus lebih dari nol",
            ),
            source=profile.source,
        )
    return active, raw / raw.sum()


def prepare(
    index: DirectoryIndex,
    needs: NeedsProfile | dict | str | Path,
    *,
    criteria: Iterable[Criterion] | None = None,
) -> Query:
    """A needs profile (object, dict or TOML/JSON path) as a query under ``index``.

    ``criteria`` are criteria for this query beyond the registered ones; a profile read here
    may name them in ``[weights]``.

    >>> from mitramatch.engine import DirectoryIndex
    >>> index = DirectoryIndex.build(pd.DataFrame({
    ...     "partner_id": ["A"], "name": ["LKP Citra"], "sector": ["masyarakat"],
    ...     "offers_tenaga": ["instruktur menjahit"]}))
    >>> q = prepare(index, {"needs": {"tenaga": {"priority": 5, "description": "tutor jahit"}}})
    >>> q.names[:2], q.need_queries[0].terms, q.need_queries[0].roles
    (('need_fit', 'vision'), ('jahit',), frozenset({'ajar'}))
    """
    return prepare_many(index, [needs], criteria=criteria)[0]


def prepare_many(
    index: DirectoryIndex,
    profiles: Sequence[Any],
    *,
    criteria: Iterable[Criterion] | None = None,
) -> list[Query]:
    """:func:`prepare` for many profiles, sharing the work they have in common.

    Every distinct need description, vision and offers text is analysed once and every region
    resolved in one pass, so organisations written from the same templates cost little more
    than one. Each result equals ``prepare(index, profile)``.

    Examples
    --------
    >>> from mitramatch.engine import DirectoryIndex
    >>> index = DirectoryIndex.build(pd.DataFrame({
    ...     "partner_id": ["A"], "name": ["LKP Citra"], "sector": ["masyarakat"],
    ...     "offers_tenaga": ["instruktur menjahit"]}))
    >>> needs = {"organisation": {"regency": "Ogan Komering Ulu"},
    ...          "needs": {"tenaga": {"priority": 5, "description": "instruktur jahit"}}}
    >>> [q.regency for q in prepare_many(index, [needs, needs])]
    ['16.01', '16.01']
    """
    extra = tuple(criteria or ())
    profiles = [load_needs(p, criteria=extra) for p in profiles]
    model = index.model
    orgs = [p.organisation for p in profiles]
    regencies, provinces = region_table().resolve(
        pd.Series([o.region_code for o in orgs], dtype="string"),
        pd.Series([o.regency for o in orgs], dtype="string"),
        pd.Series([o.province for o in orgs], dtype="string"),
    )
    texts = [t for o in orgs for t in (o.offers, o.vision)]
    texts += [n.description for p in profiles for n in p.needs]
    model.analyzer.warm(t for t in texts if t)
    queries: dict[tuple[str, str | None], TextQuery] = {}
    visions: dict[str, tuple[np.ndarray, bool]] = {}
    offers: dict[str, tuple[np.ndarray, bool]] = {}
    weighed: dict[tuple, tuple[tuple[Criterion, ...], np.ndarray]] = {}

    def query(text: str, aspect: str | None = None) -> TextQuery:
        if (text, aspect) not in queries:
            queries[(text, aspect)] = model.query(text, aspect=aspect)
        return queries[(text, aspect)]

    def need_query(text: str | None, aspect: str, products: str, kind: str | None) -> TextQuery:
        # A need also says what kind of thing it asks for: a place, people (exchange).
        trains = aspect in EXCHANGE_ASPECTS and kind in LEARNER_KINDS
        key = (text, aspect, "need", products if aspect == PRODUCTS_ASPECT else "", trains)
        if key not in queries:
            exchange = kind_of(text, model.analyzer)
            if exchange is None and trains and "magang" in query(text, aspect).roles:
                exchange = "tempat"
            need = dataclasses.replace(query(text, aspect), exchange=exchange)
            if aspect == PRODUCTS_ASPECT and products and need.total_weight >= SATURATION:
                # A need for buyers that says where and how to sell ("toko oleh-oleh, swalayan,
                # rumah makan") is also about what is sold, which the organisation's name says
                # ("KUB Cakalang Fufu"). Only once the need's own words saturate
                # coverage, so the added words can raise a fit and never lower one.
                both = query(f"{text}\n{products}", aspect)
                need = dataclasses.replace(both, roles=need.roles, exchange=need.exchange)
            queries[key] = need
        return queries[key]

    out = []
    for profile, org, regency, province in zip(profiles, orgs, regencies, provinces):
        if org.offers not in offers:
            offers[org.offers] = (typed_vectors(model, org.offers), not query(org.offers).empty)
        if org.vision not in visions:
            known = bool(model.analyzer.analyze(org.vision))
            visions[org.vision] = (model.unit_vector(org.vision), known)
        key = tuple(sorted(profile.weights.items()))
        if key not in weighed:
            weighed[key] = _criteria_and_weights(profile, extra)
        active, weights = weighed[key]
        out.append(
            Query(
                profile=profile,
                criteria=active,
                weights=weights,
                need_queries=tuple(
                    need_query(n.description, n.aspect, _products(org), org.kind)
                    for n in profile.needs
                ),
                priorities=np.array([n.priority for n in profile.needs], dtype=float),
                quantities=np.array(
                    [np.nan if n.quantity is None else n.quantity for n in profile.needs],
                    dtype=float,
                ),
                aspect_columns=np.array(
                    [ASPECTS.index(a) for a in profile.aspects], dtype=np.int64
                ),
                offers_vectors=offers[org.offers][0],
                offers_known=offers[org.offers][1],
                vision_vector=visions[org.vision][0],
                vision_known=visions[org.vision][1],
                regency=regency,
                province=province,
                lat=np.nan if org.lat is None else float(org.lat),
                lon=np.nan if org.lon is None else float(org.lon),
                regency_id=int(code_ids([regency])[0]),
                province_id=int(code_ids([province])[0]),
            )
        )
    return out


def by_need_texts(queries: Sequence[Query]) -> np.ndarray:
    """An order of ``queries`` that puts those sharing need texts next to each other.

    Work that depends only on a need's text is kept for the most recent texts
    (:meth:`~.index.DirectoryIndex.term_hits`); ranking many organisations in this order
    finds more of it kept. Each query is placed by its needs' texts, the most frequent in
    the batch first; ties keep the input order (a stable sort).

    >>> from mitramatch.engine import DirectoryIndex
    >>> index = DirectoryIndex.build(pd.DataFrame({
    ...     "partner_id": ["A"], "name": ["LKP Citra"], "sector": ["masyarakat"],
    ...     "offers_tenaga": ["instruktur menjahit"]}))
    >>> def needs(text):
    ...     return {"needs": {"tenaga": {"priority": 5, "description": text}}}
    >>> queries = prepare_many(index, [needs("las"), needs("jahit"), needs("las")])
    >>> by_need_texts(queries).tolist()
    [0, 2, 1]
    """
    seen: dict[tuple, int] = {}
    keys = []
    for query in queries:
        texts = [
            (int(col), q.ids.tobytes(), q.weights.tobytes(), q.roles, q.exchange)
            for col, q in zip(query.aspect_columns.tolist(), query.need_queries)
        ]
        keys.append([seen.setdefault(text, len(seen)) for text in texts])
    count = np.bincount([k for ks in keys for k in ks], minlength=len(seen))
    placed = [sorted((-int(count[k]), k) for k in ks) for ks in keys]
    return np.array(sorted(range(len(queries)), key=placed.__getitem__), dtype=np.int64)
