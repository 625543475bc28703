"""Hard constraints from the needs profile: a partner failing one is never ranked."""

from __future__ import annotations

import numpy as np

from ..exceptions import Text
from .builtin import Proximity
from .index import DirectoryIndex
from .query import Query

__all__ = ["failed_filters", "filter_mask"]

_PROXIMITY = Proximity()


def filter_mask(index: DirectoryIndex, query: Query, rows: np.ndarray | None = None) -> np.ndarray:
    """Boolean mask of the partners at ``rows`` (all when None) that pass every filter.

    * ``active_only`` (default true): drop partners marked inactive (missing = active).
    * ``sectors`` / ``kinds``: keep only those listed (kinds compared after lower-casing and
      turning spaces into ``_``); a partner without a kind fails a ``kinds`` filter.
    * ``same_province``: keep partners whose province is known and equals the organisation's;
      if the organisation's province is unknown this cannot be checked, so nothing passes.
    * ``max_distance_km``: distance from exact coordinates, else from regency centroids;
      a partner whose location cannot be placed at all fails (the constraint is unverifiable).
    """
    f = query.profile.filters
    at = slice(None) if rows is None else index.positions(rows)
    keep = np.ones(len(index) if rows is None else len(at), dtype=bool)
    if f.active_only:
        keep &= index.active[at]
    if f.sectors is not None:
        keep &= np.isin(index.sector[at].astype(str), list(f.sectors))
    if f.kinds is not None:
        keep &= np.isin(index.kind[at].astype(str), list(f.kinds))
    if f.same_province:
        keep &= index.province[at] == query.province if query.province else False
    if f.max_distance_km is not None:
        km = _PROXIMITY.approx_distances(index, query, rows)
        keep &= ~np.isnan(km) & (km <= f.max_distance_km)
    return keep


def failed_filters(index: DirectoryIndex, query: Query, row: int) -> list[Text]:
    """The filters of the profile that partner ``row`` fails, each in a few words.

    >>> import pandas as pd
    >>> from mitramatch.engine import DirectoryIndex
    >>> index = DirectoryIndex.build(pd.DataFrame({"partner_id": ["A"], "name": ["LKP X"],
    ...     "sector": ["masyarakat"], "active": ["tidak"]}))
    >>> [t.en for t in failed_filters(index, index.prepare({"needs": {"dana": {"priority": 3}},
    ...     "filters": {"sectors": ["swasta"]}}), 0)]
    ['inactive (active_only)', "sector 'masyarakat' not in filters.sectors"]
    """
    f = query.profile.filters
    out: list[Text] = []
    if f.active_only and not index.active[row]:
        out.append(Text("inactive (active_only)", "tidak aktif (active_only)"))
    if f.sectors is not None and index.sector[row] not in f.sectors:
        sector = index.sector[row]
        out.append(
            Text(
                f"sector {sector!r} not in filters.sectors",
                f"sektor {sector!r} tidak ada di filters.sectors",
            )
        )
    if f.kinds is not None and index.kind[row] not in f.kinds:
        kind = index.kind[row]
        out.append(
            Text(
                f"kind {kind!r} not in filters.kinds", f"jenis {kind!r} tidak ada di filters.kinds"
            )
        )
    if f.same_province and not (query.province and index.province[row] == query.province):
        out.append(
            Text("not in the organisation's province", "tidak satu provinsi dengan organisasi")
        )
    if f.max_distance_km is not None:
        km = float(_PROXIMITY.approx_distances(index, query, np.array([row]))[0])
        if np.isnan(km) or km > f.max_distance_km:
            far = (
                Text("location unknown", "lokasi tidak diketahui")
                if np.isnan(km)
                else Text(f"{km:.0f} km away", f"berjarak {km:.0f} km")
            )
            limit = f"{f.max_distance_km:g}"
            out.append(
                far
                + Text(
                    f", beyond filters.max_distance_km = {limit}",
                    f", melebihi filters.max_distance_km = {limit}",
                )
            )
    return out
