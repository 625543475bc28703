"""Hard constraints from the needs profile: a partner failing one is never ranked."""

from __future__ import annotations

import numpy as np

from .criteria import Proximity
from .index import DirectoryIndex, Prepared

__all__ = ["filter_mask"]


def filter_mask(index: DirectoryIndex, prepared: Prepared) -> np.ndarray:
    """Boolean mask of the partners that pass every filter of the profile.

    * ``active_only`` (default true): drop partners marked inactive (missing = active).
    * ``sectors`` / ``kinds``: keep only those listed (kinds compared after lower-casing and
      turning spaces into ``_``); a partner without a kind fails a ``kinds`` filter.
    * ``same_province``: keep partners whose province is known and equals the organisation's;
      if the organisation's province is unknown this cannot be checked, so nothing passes.
    * ``max_distance_km``: distance from exact coordinates, else from regency centroids;
      a partner whose location cannot be placed at all fails (the constraint is unverifiable).
    """
    f = prepared.profile.filters
    keep = np.ones(len(index), dtype=bool)
    if f.active_only:
        keep &= index.active
    if f.sectors is not None:
        keep &= np.isin(index.sector.astype(str), list(f.sectors))
    if f.kinds is not None:
        keep &= np.isin(index.kind.astype(str), list(f.kinds))
    if f.same_province:
        keep &= index.province == prepared.province if prepared.province else False
    if f.max_distance_km is not None:
        km = Proximity().approx_distances(index, prepared)
        keep &= ~np.isnan(km) & (km <= f.max_distance_km)
    return keep
