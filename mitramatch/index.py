"""Partner-side features, built once per directory and reused for every needs profile.

:class:`DirectoryIndex` holds everything the criteria read about partners: term matrices of the
offers, vision and seeks texts, parsed capacities, resolved regions and coordinates, and track
record. :meth:`DirectoryIndex.prepare` does the same for one needs profile (a :class:`Prepared`
query). Ranking one profile is then a handful of sparse matrix-vector products.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

from .aspects import ASPECTS
from .needs import NeedsProfile, load_needs
from .regions import region_table
from .schema import CAPACITY_COLUMNS, OFFER_COLUMNS, TEXT_COLUMNS, load_directory
from .text import Analyzer, Query, TextModel

__all__ = ["DirectoryIndex", "Prepared"]


@dataclass(frozen=True)
class Prepared:
    """One needs profile, turned into vectors under a directory's text model."""

    profile: NeedsProfile
    need_queries: tuple[Query, ...]  # one per needed aspect, in profile.aspects order
    priorities: np.ndarray  # float, one per needed aspect
    quantities: np.ndarray  # float, NaN when not given
    aspect_columns: np.ndarray  # positions of the needed aspects in ASPECTS
    offers_vector: np.ndarray  # organisation's offers: 1.0 where a term is present
    offers_known: bool
    vision_vector: np.ndarray  # organisation's vision, weighted tf, L2-normalised
    vision_known: bool
    regency: str | None
    province: str | None
    lat: float
    lon: float


class DirectoryIndex:
    """A validated partner directory with its features precomputed.

    Examples
    --------
    >>> index = DirectoryIndex.build(pd.DataFrame({
    ...     "partner_id": ["A", "B"], "name": ["LKP Citra Busana", "Bengkel Jaya"],
    ...     "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit", "mekanik motor"]}))
    >>> len(index), index.offer_terms["tenaga"].shape[0]
    (2, 2)
    """

    def __init__(self, frame: pd.DataFrame, analyzer: Analyzer | None = None) -> None:
        self.frame = frame
        n = len(frame)
        self.model = TextModel.fit([frame[c] for c in TEXT_COLUMNS], analyzer)
        binary = {}
        for aspect, column in zip(ASPECTS, OFFER_COLUMNS):
            counts = self.model.counts(frame[column])
            counts.data[:] = 1.0
            binary[aspect] = counts
        #: per aspect, 1.0 where the partner's offer text contains a term
        self.offer_terms: dict[str, sparse.csr_matrix] = binary
        union = sum(binary.values(), sparse.csr_matrix((n, len(self.model.terms))))
        union.data[:] = 1.0
        self.any_offer_terms = sparse.csr_matrix(union)
        self.offered = np.column_stack([frame[c].notna().to_numpy() for c in OFFER_COLUMNS])
        self.capacity = np.column_stack([frame[c].to_numpy(float) for c in CAPACITY_COLUMNS])
        self.vision = self.model.weighted_tf(self.model.counts(frame["vision"]))
        self.has_vision = np.asarray(self.vision.getnnz(axis=1) > 0)
        seeks = self.model.weighted_presence(self.model.counts(frame["seeks"]))
        self.seeks = seeks
        self.seeks_total = np.asarray(seeks.sum(axis=1)).ravel()

        regions = region_table()
        self.regency, self.province = regions.resolve(
            frame["region_code"], frame["regency"], frame["province"]
        )
        self.lat = frame["lat"].to_numpy(float)
        self.lon = frame["lon"].to_numpy(float)
        known = ~(np.isnan(self.lat) | np.isnan(self.lon))
        c_lat, c_lon = regions.centroids(self.regency)
        #: exact coordinates where given, else the regency's representative point
        self.approx_lat = np.where(known, self.lat, c_lat)
        self.approx_lon = np.where(known, self.lon, c_lon)

        self.active = frame["active"].to_numpy(bool)
        self.years_active = frame["years_active"].to_numpy(float)
        self.partnerships = frame["partnerships_completed"].to_numpy(float)
        self.sector = frame["sector"].to_numpy(dtype=object)
        self.kind = frame["kind"].astype(object).where(frame["kind"].notna(), None).to_numpy()
        self.partner_id = frame["partner_id"].to_numpy(dtype=object)
        # Rank of each partner_id in sorted order: the deterministic tie-break.
        self.id_rank = np.argsort(np.argsort(self.partner_id.astype(str), kind="stable"))

    @classmethod
    def build(
        cls, partners: str | Path | pd.DataFrame, *, analyzer: Analyzer | None = None
    ) -> DirectoryIndex:
        """Validate a directory (path or DataFrame) and precompute its features."""
        return cls(load_directory(partners), analyzer)

    def __len__(self) -> int:
        return len(self.frame)

    def __repr__(self) -> str:
        source = self.frame.attrs.get("source") or "DataFrame"
        return f"<DirectoryIndex {len(self)} partners from {source}>"

    def prepare(self, needs: NeedsProfile | dict | str | Path) -> Prepared:
        """Turn a needs profile into vectors under this directory's text model."""
        profile = load_needs(needs)
        org = profile.organisation
        model = self.model
        queries = tuple(model.query(n.description, aspect=n.aspect) for n in profile.needs)
        offers = model.query(org.offers)
        offers_vector = np.zeros(len(model.terms))
        offers_vector[offers.ids] = 1.0
        vision_vector = _vision_vector(model, org.vision)
        regency, province = region_table().resolve(
            pd.Series([org.region_code], dtype="string"),
            pd.Series([org.regency], dtype="string"),
            pd.Series([org.province], dtype="string"),
        )
        return Prepared(
            profile=profile,
            need_queries=queries,
            priorities=np.array([n.priority for n in profile.needs], dtype=float),
            quantities=np.array(
                [np.nan if n.quantity is None else n.quantity for n in profile.needs], dtype=float
            ),
            aspect_columns=np.array([ASPECTS.index(a) for a in profile.aspects], dtype=np.int64),
            offers_vector=offers_vector,
            offers_known=not offers.empty,
            vision_vector=vision_vector,
            vision_known=bool(model.analyzer.analyze(org.vision)),
            regency=regency[0],
            province=province[0],
            lat=np.nan if org.lat is None else float(org.lat),
            lon=np.nan if org.lon is None else float(org.lon),
        )


def _vision_vector(model: TextModel, text: str) -> np.ndarray:
    """The organisation's vision as a unit vector; terms no partner uses still count in the
    norm, so a vision half made of words nobody shares is only half similar."""
    terms = pd.Series(model.analyzer.analyze(text), dtype=object).value_counts()
    vector = np.zeros(len(model.terms))
    if terms.empty:
        return vector
    weights = (1.0 + np.log(terms.to_numpy(float))) * np.array(
        [model.term_weight(t) for t in terms.index]
    )
    norm = float(np.sqrt((weights**2).sum()))
    for term, weight in zip(terms.index, weights):
        if term in model.index:
            vector[model.index[term]] = weight / norm
    return vector
