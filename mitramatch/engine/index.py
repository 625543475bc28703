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
from .regions import code_ids, region_table
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
        n = len(frame)
        # Every text column is tokenised once, for the vocabulary and for its matrix alike.
        self.model, matrices = TextModel.fit_counts([frame[c] for c in TEXT_COLUMNS], analyzer)
        counts = dict(zip(TEXT_COLUMNS, matrices))
        binary = {}
        for aspect, column in zip(ASPECTS, OFFER_COLUMNS):
            binary[aspect] = counts[column].copy()
            binary[aspect].data[:] = 1.0
        #: per aspect, 1.0 where the partner's offer text contains a term
        self.offer_terms: dict[str, sparse.csr_matrix] = binary
        self.any_offer_terms = _union(list(binary.values()), n, len(self.model.terms))
        self.vision = self.model.weighted_tf(counts["vision"])
        self.seeks = self.model.weighted_presence(counts["seeks"])
        self._set_columns(frame)
        self.regency, self.province = region_table().resolve(
            frame["region_code"], frame["regency"], frame["province"]
        )
        self._set_derived()

    def _set_columns(self, frame: pd.DataFrame) -> None:
        """The features read straight from the validated frame's columns (cheap)."""
        self.frame = frame
        self.offered = np.column_stack([frame[c].notna().to_numpy() for c in OFFER_COLUMNS])
        self.capacity = np.column_stack([frame[c].to_numpy(float) for c in CAPACITY_COLUMNS])
        self.lat = frame["lat"].to_numpy(float)
        self.lon = frame["lon"].to_numpy(float)
        self.active = frame["active"].to_numpy(bool)
        self.years_active = frame["years_active"].to_numpy(float)
        self.partnerships = frame["partnerships_completed"].to_numpy(float)
        self.sector = frame["sector"].to_numpy(dtype=object)
        self.kind = frame["kind"].astype(object).where(frame["kind"].notna(), None).to_numpy()
        self.partner_id = frame["partner_id"].to_numpy(dtype=object)

    def _set_derived(self, stored: dict[str, np.ndarray] | None = None) -> None:
        """The features computed from the matrices, regions and columns already set
        (coordinates and tie-break ranks taken from ``stored`` when loading)."""
        self._memo: dict = {}
        #: regions as integers (-1 unknown): compared a million at a time by proximity
        self.regency_id, self.province_id = code_ids(self.regency), code_ids(self.province)
        self.has_vision = np.asarray(self.vision.getnnz(axis=1) > 0)
        self.seeks_total = np.asarray(self.seeks.sum(axis=1)).ravel()
        if stored is not None:
            self.approx_lat, self.approx_lon = stored["approx_lat"], stored["approx_lon"]
            self.id_rank = stored["id_rank"]
            return
        known = ~(np.isnan(self.lat) | np.isnan(self.lon))
        c_lat, c_lon = region_table().centroids(self.regency)
        #: exact coordinates where given, else the regency's representative point
        self.approx_lat = np.where(known, self.lat, c_lat)
        self.approx_lon = np.where(known, self.lon, c_lon)
        # Rank of each partner_id in sorted order: the deterministic tie-break.
        order = np.argsort(self.partner_id.astype(str), kind="stable")
        self.id_rank = np.empty(len(order), dtype=order.dtype)
        self.id_rank[order] = np.arange(len(order), dtype=order.dtype)

    def memo(self, key: object, compute):
        """A value derived from this index alone, computed once (e.g. profile-independent
        scores, text columns as plain arrays for explanations)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def cell(self, column: str, row: int) -> object:
        """One cell of the validated directory (None when missing), fast: explanations read
        many, and pandas' ``.at`` costs tens of microseconds a call."""
        values = self.memo(
            ("column", column), lambda: self.frame[column].to_numpy(dtype=object, na_value=None)
        )
        return values[row]

    @classmethod
    def build(
        cls, partners: str | Path | pd.DataFrame, *, analyzer: Analyzer | None = None
    ) -> DirectoryIndex:
        """Validate a directory (path or DataFrame) and precompute its features."""
        return cls(load_directory(partners), analyzer)

    def take(self, rows: np.ndarray) -> DirectoryIndex:
        """The index of some partners only (positions ``rows``), sharing this text model.

        A partner's scores depend only on its own row and the profile, so ranking the subset
        gives these partners exactly the scores they get in the whole index: the basis of
        blocking (e.g. one province's partners for profiles with ``same_province``).

        >>> index = DirectoryIndex.build(pd.DataFrame({
        ...     "partner_id": ["A", "B", "C"], "name": ["LKP X", "BLK Y", "PT Z"],
        ...     "sector": ["masyarakat", "pemerintah", "swasta"]}))
        >>> index.take(np.array([2, 0])).partner_id.tolist()
        ['C', 'A']
        """
        rows = np.asarray(rows, dtype=np.int64)
        sub = type(self).__new__(type(self))
        sub.model = self.model
        sub.offer_terms = {a: m[rows] for a, m in self.offer_terms.items()}
        sub.any_offer_terms = self.any_offer_terms[rows]
        sub.vision = self.vision[rows]
        sub.seeks = self.seeks[rows]
        frame = self.frame.iloc[rows].reset_index(drop=True)
        frame.attrs = dict(self.frame.attrs)
        sub._set_columns(frame)
        sub.regency, sub.province = self.regency[rows], self.province[rows]
        # Global tie-break ranks keep the whole directory's order among the kept partners.
        sub._set_derived(
            {"approx_lat": self.approx_lat[rows], "approx_lon": self.approx_lon[rows],
             "id_rank": self.id_rank[rows]}
        )  # fmt: skip
        return sub

    def save(self, path: str | Path) -> None:
        """Write the index to a folder, so later runs skip validation and text analysis.

        The folder holds the validated directory as Parquet, the sparse term matrices
        (``scipy.sparse.save_npz``), plain arrays (``.npy``), the term list (JSON) and a
        ``manifest.json`` with the format version. Nothing is pickled. An existing index in
        ``path`` is replaced; any other existing file or folder is left alone (error).
        Needs ``pyarrow`` (``pip install mitramatch[parquet]``).

        Examples
        --------
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp()) / "mitra.index"
        >>> index = DirectoryIndex.build(pd.DataFrame({
        ...     "partner_id": ["A", "B"], "name": ["LKP Citra Busana", "Bengkel Jaya"],
        ...     "sector": ["masyarakat", "swasta"],
        ...     "offers_tenaga": ["instruktur menjahit", "mekanik motor"]}))
        >>> index.save(folder)
        >>> DirectoryIndex.load(folder)
        <DirectoryIndex 2 partners from DataFrame>
        """
        from .storage import save_index  # local: storage builds on this module

        save_index(self, Path(path))

    @classmethod
    def load(cls, path: str | Path, *, analyzer: Analyzer | None = None) -> DirectoryIndex:
        """Read an index written by :meth:`save`; rankings equal those of the original.

        ``analyzer`` must have the vocabulary the index was built with (the bundled one by
        default); a different one is refused, as the stored terms would not match its terms.
        """
        from .storage import load_index

        return load_index(cls, Path(path), analyzer)

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


def _union(matrices: list[sparse.csr_matrix], n: int, width: int) -> sparse.csr_matrix:
    """1.0 where any of the (binary, same-shape) matrices has an entry.

    Side by side, then folded back onto one set of columns with a stacked identity: one
    sparse product instead of a chain of additions, each copying everything so far.
    """
    if not matrices:
        return sparse.csr_matrix((n, width))
    wide = sparse.hstack(matrices, format="csr")
    fold = sparse.vstack([sparse.identity(width, format="csr")] * len(matrices), format="csr")
    union = sparse.csr_matrix(wide @ fold)
    union.data[:] = 1.0
    union.sort_indices()
    return union
