"""Partner-side features, built once per directory and reused for every needs profile.

:class:`DirectoryIndex` holds everything the criteria read about partners: term matrices of the
offers, vision and seeks texts, parsed capacities, resolved regions and coordinates, and track
record. :meth:`DirectoryIndex.prepare` turns a needs profile into a :class:`~.query.Query`
under this index; ranking it is then a handful of sparse products over the partners that can
matter (see :mod:`.screening`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy import sparse

from ..exceptions import Note
from .aspects import ASPECTS
from .exchange import EXCHANGE_ASPECTS, KINDS, kind_mask, split_by_kind
from .offers import (
    REACH_WIDTH,
    Clause,
    clauses_of,
    reach_of,
    read_offers,
    row_clauses_by_aspect,
)
from .regions import code_ids, region_table
from .schema import load_directory
from .text import Analyzer, TextModel, TextQuery, ranges, row_dot

if TYPE_CHECKING:
    from .criteria import Criterion
    from .needs import NeedsProfile
    from .query import Query

__all__ = ["DirectoryIndex"]


#: Partners (times aspects) whose offer clauses an index keeps split for explanations.
_MAX_CLAUSE_ROWS = 200_000
#: Bytes of need-text hits an index keeps (see DirectoryIndex.term_hits).
_MAX_HIT_BYTES = 128 * 2**20


class BoundedCache:
    """The most recently used values up to a memory budget: work an index keeps per need
    text or word set, which organisations written from templates share.

    >>> cache = BoundedCache(16)
    >>> cache.get("a", lambda: (np.zeros(1), 8)).tolist()
    [0.0]
    >>> _ = cache.get("b", lambda: (np.ones(2), 16))  # over the budget: "a" goes
    >>> list(cache.values)
    ['b']
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.values: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self.size = 0

    def get(self, key: Any, compute: Callable[[], tuple[Any, int]]) -> Any:
        """The value kept for ``key``, else ``compute()``'s ``(value, bytes)``, kept while the
        budget allows (the last one always)."""
        found = self.values.get(key)
        if found is not None:
            self.values.move_to_end(key)
            return found[0]
        value, size = compute()
        self.values[key] = (value, size)
        self.size += size
        while self.size > self.budget and len(self.values) > 1:
            _, (_, dropped) = self.values.popitem(last=False)
            self.size -= dropped
        return value


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
        analyzer = analyzer if analyzer is not None else Analyzer()
        # What each partner offers per aspect, from every column it may be written in.
        offers = read_offers(frame, analyzer)
        # What a partner seeks, clause by clause by what changes hands (people, a place).
        seeks = split_by_kind(frame["seeks"], analyzer)
        # Every text column is tokenised once, for the vocabulary and for its matrix alike.
        model, matrices = TextModel.fit_counts(
            [*(offers.texts[a] for a in ASPECTS), frame["vision"], *seeks.values()], analyzer
        )
        offer_terms = {}
        for aspect, counts in zip(ASPECTS, matrices):
            offer_terms[aspect] = counts.copy()
            offer_terms[aspect].data[:] = 1.0
        n_offer = len(ASPECTS)
        region_notes: list[Any] = []
        regency, province = region_table().resolve(
            frame["region_code"], frame["regency"], frame["province"], notes=region_notes
        )
        # Notes are str (rendered in the context's language) that keep both languages: a
        # saved index stores both. Indexing the same frame twice adds nothing.
        notes = list(frame.attrs.get("notes", []))
        found = [*map(Note, offers.notes), *map(Note, region_notes)]
        frame.attrs["notes"] = notes + [n for n in found if n not in notes]
        self._assemble(
            frame,
            model,
            offer_terms=offer_terms,
            vision=model.weighted_tf(matrices[n_offer]),
            seeks={
                kind: model.weighted_presence(m) for kind, m in zip(seeks, matrices[n_offer + 1 :])
            },
            regency=regency,
            province=province,
            offered=np.column_stack([offers.texts[a].notna().to_numpy() for a in ASPECTS]),
            capacity=offers.capacity,
            offer_kinds=_offer_kinds(offers.texts, analyzer),
            reach=reach_of(offers.texts, analyzer),
        )

    @classmethod
    def build(
        cls, partners: str | Path | pd.DataFrame, *, analyzer: Analyzer | None = None
    ) -> DirectoryIndex:
        """Validate a directory (path or DataFrame) and precompute its features."""
        return cls(load_directory(partners), analyzer)

    @classmethod
    def from_features(
        cls,
        frame: pd.DataFrame,
        model: TextModel,
        *,
        offer_terms: dict[str, sparse.csr_matrix],
        vision: sparse.csr_matrix,
        seeks: dict[str, sparse.csr_matrix] | sparse.csr_matrix,
        regency: np.ndarray,
        province: np.ndarray,
        any_offer_terms: sparse.csr_matrix | None = None,
        approx_lat: np.ndarray | None = None,
        approx_lon: np.ndarray | None = None,
        id_rank: np.ndarray | None = None,
        offered: np.ndarray | None = None,
        capacity: np.ndarray | None = None,
        offer_kinds: np.ndarray | None = None,
        reach: np.ndarray | None = None,
    ) -> DirectoryIndex:
        """An index from features computed elsewhere (a saved index, a subset of another).

        ``frame`` is a validated directory (:func:`~.schema.load_directory`); the matrices
        have one row per partner in frame order under ``model``'s terms. Coordinates derived
        from regions, the tie-break ranks and what each partner offers (with its capacities,
        :func:`~.offers.read_offers`; the kinds of thing it offers, :mod:`.exchange`; where its
        offers say they reach, :func:`~.offers.reach_of`) are recomputed unless given.
        ``seeks`` maps each kind (``""``: untyped) to its matrix; one matrix is read as all
        untyped.
        """
        index = cls.__new__(cls)
        index._assemble(
            frame, model, offer_terms=offer_terms, vision=vision, seeks=seeks, regency=regency,
            province=province, any_offer_terms=any_offer_terms, approx_lat=approx_lat,
            approx_lon=approx_lon, id_rank=id_rank, offered=offered, capacity=capacity,
            offer_kinds=offer_kinds, reach=reach,
        )  # fmt: skip
        return index

    def _assemble(
        self,
        frame: pd.DataFrame,
        model: TextModel,
        *,
        offer_terms: dict[str, sparse.csr_matrix],
        vision: sparse.csr_matrix,
        seeks: dict[str, sparse.csr_matrix] | sparse.csr_matrix,
        regency: np.ndarray,
        province: np.ndarray,
        any_offer_terms: sparse.csr_matrix | None = None,
        approx_lat: np.ndarray | None = None,
        approx_lon: np.ndarray | None = None,
        id_rank: np.ndarray | None = None,
        offered: np.ndarray | None = None,
        capacity: np.ndarray | None = None,
        offer_kinds: np.ndarray | None = None,
        reach: np.ndarray | None = None,
    ) -> None:
        n = len(frame)
        self.frame = frame
        self.model = model
        #: per aspect, 1.0 where the partner's offer text contains a term
        self.offer_terms = offer_terms
        self.any_offer_terms = (
            _union(list(offer_terms.values()), n, len(model.terms))
            if any_offer_terms is None
            else any_offer_terms
        )
        #: the same as term -> partners lists, for bounds that look at a few terms only
        self.any_offer_postings = sparse.csc_matrix(self.any_offer_terms)
        self.offer_postings = {a: sparse.csc_matrix(m) for a, m in offer_terms.items()}
        self.vision = vision
        if sparse.issparse(seeks):
            empty = sparse.csr_matrix(seeks.shape)
            seeks = {"": seeks, **{kind: empty for kind in KINDS}}
        #: what each partner seeks, per kind of thing exchanged ("": untyped clauses)
        self.seeks_by_kind: dict[str, sparse.csr_matrix] = dict(seeks)
        self.regency, self.province = regency, province
        if offered is None or capacity is None or offer_kinds is None or reach is None:
            offers = read_offers(frame, model.analyzer)
            offered = np.column_stack([offers.texts[a].notna().to_numpy() for a in ASPECTS])
            capacity = offers.capacity
            offer_kinds = _offer_kinds(offers.texts, model.analyzer)
            reach = reach_of(offers.texts, model.analyzer)
        #: (partners, REACH_WIDTH): where the offers say they reach (:func:`~.offers.reach_of`)
        self.reach = np.asarray(reach, dtype=np.uint16).reshape(n, REACH_WIDTH)
        #: (partners, aspects): bits of the kinds of thing offered (people, a place; exchange)
        self.offer_kinds = np.asarray(offer_kinds, dtype=np.uint8).reshape(n, len(ASPECTS))
        #: (partners, aspects): True where the partner offers something in that aspect
        self.offered = np.asarray(offered, dtype=bool).reshape(n, len(ASPECTS))
        #: (partners, aspects): the capacity column, else an amount named in the offer text
        self.capacity = np.asarray(capacity, dtype=float).reshape(n, len(ASPECTS))
        # Aspect by aspect too: gathering a few rows of one aspect is then one contiguous take.
        self.offered_by_aspect = np.ascontiguousarray(self.offered.T)
        self.capacity_by_aspect = np.ascontiguousarray(self.capacity.T)
        self.lat = frame["lat"].to_numpy(float)
        self.lon = frame["lon"].to_numpy(float)
        self.active = frame["active"].to_numpy(bool)
        self.years_active = frame["years_active"].to_numpy(float)
        self.partnerships = frame["partnerships_completed"].to_numpy(float)
        self.sector = frame["sector"].to_numpy(dtype=object)
        self.kind = frame["kind"].astype(object).where(frame["kind"].notna(), None).to_numpy()
        self.partner_id = frame["partner_id"].to_numpy(dtype=object)
        self._memo: dict = {}
        self._hits = BoundedCache(_MAX_HIT_BYTES)
        self._cells: dict[str, Any] = {}
        self._clauses: dict[int, dict[str, list[Clause]]] = {}
        self._texts: dict[tuple[object, str], list[Clause]] = {}
        #: regions as integers (-1 unknown): compared a million at a time by proximity
        self.regency_id, self.province_id = code_ids(regency), code_ids(province)
        self.has_vision = np.asarray(vision.getnnz(axis=1) > 0)
        self.seeks_total = sum(
            (np.asarray(m.sum(axis=1)).ravel() for m in self.seeks_by_kind.values()),
            start=np.zeros(n),
        )
        if approx_lat is None or approx_lon is None:
            known = ~(np.isnan(self.lat) | np.isnan(self.lon))
            c_lat, c_lon = region_table().centroids(regency)
            approx_lat = np.where(known, self.lat, c_lat)
            approx_lon = np.where(known, self.lon, c_lon)
        #: exact coordinates where given, else the regency's representative point
        self.approx_lat, self.approx_lon = approx_lat, approx_lon
        if id_rank is None:
            # Rank of each partner_id in sorted order: the deterministic tie-break.
            order = np.argsort(self.partner_id.astype(str), kind="stable")
            id_rank = np.empty(n, dtype=np.int64)
            id_rank[order] = np.arange(n, dtype=np.int64)
        self.id_rank = id_rank

    # -- access ----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.frame)

    def __repr__(self) -> str:
        source = self.frame.attrs.get("source") or "DataFrame"
        return f"<DirectoryIndex {len(self)} partners from {source}>"

    @property
    def notes(self) -> list[Any]:
        """What the user should know about how the directory was read."""
        return list(self.frame.attrs.get("notes", []))

    def positions(self, rows: Iterable[int] | np.ndarray | None) -> np.ndarray:
        """``rows`` as an int64 array of positions; every partner when None."""
        if rows is None:
            return np.arange(len(self), dtype=np.int64)
        return np.asarray(rows, dtype=np.int64)

    def column(self, name: str, rows: np.ndarray | None = None) -> np.ndarray:
        """A column of the validated directory (pass-through columns included) as an object
        array, None where missing, for the partners at ``rows`` (all when None).

        >>> index = DirectoryIndex.build(pd.DataFrame({"partner_id": ["A", "B"],
        ...     "name": ["LKP X", "BLK Y"], "sector": ["masyarakat", "pemerintah"],
        ...     "akreditasi": ["A", None]}))
        >>> index.column("akreditasi").tolist()
        ['A', None]
        """
        values = self.frame[name]
        if rows is not None:
            values = values.take(self.positions(rows))
        return values.to_numpy(dtype=object, na_value=None)

    def cell(self, column: str, row: int) -> object:
        """One cell of the validated directory (None when missing), fast: explanations read
        many, and looking a column up in a DataFrame costs more than reading the cell."""
        cells = self._cells.get(column)
        if cells is None:
            cells = self.frame[column].array
            if isinstance(cells.dtype, pd.StringDtype) and cells.dtype.storage == "pyarrow":
                # Arrow's own scalar access is several times faster than the pandas array's.
                cells = _ArrowCells(cells.__arrow_array__())
            self._cells[column] = cells
        value = cells[int(row)]
        return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value

    def offer_clauses(self, row: int, aspect: str) -> list[Clause]:
        """The clauses in which the partner at ``row`` offers ``aspect``, each with the column
        it was written in (explanations quote them; see :func:`~.offers.row_clauses`)."""
        # A partner in many organisations' top lists is explained to each: split once, every
        # aspect at once (an explanation looks for the need's words in the other aspects too).
        row = int(row)
        found = self._clauses.get(row)
        if found is None:
            columns = self.frame.columns
            found = row_clauses_by_aspect(
                lambda c: self.cell(c, row) if c in columns else None,
                self.model.analyzer,
                self._split,
            )
            if len(self._clauses) < _MAX_CLAUSE_ROWS:
                self._clauses[row] = found
        return list(found[aspect])

    def postings(self, ids: np.ndarray, aspect: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The partners whose offers (all of them, or those in ``aspect``) contain each of the
        term ``ids``: their positions, term after term, and how many there are per term.
        Bounds look a few words up per profile, and slicing the columns of a sparse matrix
        costs far more than the posting lists themselves."""
        matrix = self.any_offer_postings if aspect is None else self.offer_postings[aspect]
        slots, lengths = _slots(matrix, ids)
        return matrix.indices[slots], lengths

    def vision_postings(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`postings` of vision term ``ids``, with each term's weight in each vision:
        ``(positions, weights, lengths)`` (the vision criterion's bound)."""
        matrix = self.memo(("vision postings",), lambda: self.vision.tocsc())
        slots, lengths = _slots(matrix, ids)
        return matrix.indices[slots], matrix.data[slots], lengths

    def _split(self, text: object, source: str) -> list[Clause]:
        """:func:`~.offers.clauses_of` of one cell, once per text: partners share offer
        texts (templates, dinas lists), and one partner's cells are split for each aspect."""
        key = (text, source)
        found = self._texts.get(key)
        if found is None:
            found = clauses_of(text, self.model.analyzer, source=source)
            if len(self._texts) < _MAX_CLAUSE_ROWS:
                self._texts[key] = found
        return found

    def term_hits(
        self, query: TextQuery, aspect: str | None = None, rows: np.ndarray | None = None
    ) -> np.ndarray:
        """``row_dot`` of the offers (those in ``aspect``; all when None) with ``query``'s
        weights, for the partners at ``rows`` (all when None): the weight of the query's
        words each offer contains, the same bits as the product itself."""
        hit, values = self.hit_list(query, aspect)
        if rows is None:
            out = np.zeros(len(self))
            out[hit] = values
            return out
        rows = np.asarray(rows, dtype=np.int64)
        out = np.zeros(len(rows))
        if len(hit):
            where = np.minimum(np.searchsorted(hit, rows), len(hit) - 1)
            listed = hit[where] == rows
            out[listed] = values[where[listed]]
        return out

    def hit_list(
        self, query: TextQuery, aspect: str | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`term_hits` stored sparsely: the partners whose offers contain a word of
        ``query`` (sorted positions) and the weight of those words in each.

        Organisations share need texts (templates, programmes), and one need's words are
        looked up for its guess, its fit and its secondary evidence: the lists are kept once
        per text, for the most recently used texts up to a memory budget."""

        def compute() -> tuple[tuple[np.ndarray, np.ndarray], int]:
            matrix = self.any_offer_terms if aspect is None else self.offer_terms[aspect]
            postings = self.any_offer_postings if aspect is None else self.offer_postings[aspect]
            full = row_dot(matrix, None, self.model.query_vector(query), postings)
            hit = np.flatnonzero(full != 0)  # a boolean scans several times faster than floats
            return (hit, full[hit]), hit.nbytes + full[hit].nbytes

        return self._hits.get((aspect, query.ids.tobytes(), query.weights.tobytes()), compute)

    def memo(self, key: object, compute: Callable[[], Any]) -> Any:
        """A value derived from this index alone, computed once (profile-independent scores,
        for example)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    # -- derived indexes -------------------------------------------------------------------
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
        rows = self.positions(rows)
        frame = self.frame.iloc[rows].reset_index(drop=True)
        frame.attrs = dict(self.frame.attrs)
        # Global tie-break ranks keep the whole directory's order among the kept partners.
        return type(self).from_features(
            frame,
            self.model,
            offer_terms={a: m[rows] for a, m in self.offer_terms.items()},
            any_offer_terms=self.any_offer_terms[rows],
            vision=self.vision[rows],
            seeks={kind: m[rows] for kind, m in self.seeks_by_kind.items()},
            regency=self.regency[rows],
            province=self.province[rows],
            approx_lat=self.approx_lat[rows],
            approx_lon=self.approx_lon[rows],
            id_rank=self.id_rank[rows],
            offered=self.offered[rows],
            capacity=self.capacity[rows],
            offer_kinds=self.offer_kinds[rows],
            reach=self.reach[rows],
        )

    # -- profiles --------------------------------------------------------------------------
    def prepare(
        self,
        needs: NeedsProfile | dict | str | Path,
        *,
        criteria: Iterable[Criterion] | None = None,
    ) -> Query:
        """A needs profile as a query under this index (see :func:`~.query.prepare`)."""
        from .query import prepare  # local: the query module builds on this one

        return prepare(self, needs, criteria=criteria)

    # -- storage ---------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the index to a folder, so later runs skip validation and text analysis.

        The folder holds the validated directory as Parquet, the sparse term matrices
        (``scipy.sparse.save_npz``), plain arrays (``.npy``), the term list (JSON) and a
        ``manifest.json`` with the format version and each file's size, SHA-256 digest and
        layout, which :meth:`load` checks. Nothing is pickled. An existing index in ``path`` is
        replaced; any other existing file or folder is left alone (error).
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
        Only regular files inside the folder are read (no symbolic links); a file damaged or
        altered since it was saved is refused (:class:`~mitramatch.exceptions.InputError`).
        """
        from .storage import load_index

        return load_index(cls, Path(path), analyzer)


def _offer_kinds(texts: dict[str, pd.Series], analyzer: Analyzer) -> np.ndarray:
    """(partners, aspects) bits of the kinds of thing each offer text says (exchange), for
    the aspects where it is read (``EXCHANGE_ASPECTS``; 0 elsewhere)."""
    n = len(next(iter(texts.values())))
    return np.column_stack(
        [
            kind_mask(texts[a], analyzer) if a in EXCHANGE_ASPECTS else np.zeros(n, np.uint8)
            for a in ASPECTS
        ]
    ).astype(np.uint8)


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


class _ArrowCells:
    """One Arrow string column, read a cell at a time (None where missing)."""

    def __init__(self, values) -> None:
        self.values = values

    def __getitem__(self, row: int) -> str | None:
        return self.values[row].as_py()


def _slots(matrix: sparse.csc_matrix, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where the columns ``ids`` of a CSC matrix lie in its ``indices`` and ``data``, column
    after column, and how long each is."""
    ids = np.asarray(ids, dtype=np.int64)
    starts = matrix.indptr[ids]
    lengths = matrix.indptr[ids + 1] - starts
    return ranges(starts, lengths), lengths
