"""The ordering rule, in one place: best score first, equal scores by secondary evidence
(the need-fit criterion's :meth:`~.builtin.NeedFit.secondary`: more of the need's words,
capacity headroom), then by ``partner_id``.

Every ranking path orders through here: one profile (:func:`order`, :func:`top_positions`),
many organisations and merged chunks or Dask partitions (:func:`order_frame`). Identical input
gives identical output, whatever the row order, chunking or number of workers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

__all__ = ["order", "order_frame", "top_positions"]


def order(
    total: np.ndarray, tiebreak: np.ndarray, secondary: np.ndarray | None = None
) -> np.ndarray:
    """Positions of ``total`` best first; equal totals by descending ``secondary`` evidence
    (when given), then by ascending ``tiebreak`` (the rank of each partner_id in sorted
    order, or the ids themselves).

    >>> order(np.array([0.5, 0.9, 0.5]), np.array([2, 1, 0])).tolist()
    [1, 2, 0]
    >>> order(np.array([0.5, 0.9, 0.5]), np.array([2, 1, 0]), np.array([0.3, 0, 0.1])).tolist()
    [1, 0, 2]
    """
    keys = [tiebreak, -np.asarray(total, dtype=float)]
    if secondary is not None:
        keys.insert(1, -np.asarray(secondary, dtype=float))
    return np.lexsort(keys)


def top_positions(
    total: np.ndarray, tiebreak: np.ndarray, top: int | None, secondary: np.ndarray | None = None
) -> np.ndarray:
    """The first ``top`` positions of :func:`order` (all when None), without sorting the rest.

    >>> top_positions(np.array([0.2, 0.9, 0.5, 0.9]), np.array([0, 3, 1, 2]), 2).tolist()
    [3, 1]
    """
    n = len(total)
    if top is None or top >= n:
        return order(total, tiebreak, secondary)
    # Every partner scoring at least the top-th best score (ties included) is a candidate,
    # so ordering the candidates gives the order of the full sort.
    kth = np.partition(total, n - top)[n - top]
    candidates = np.flatnonzero(total >= kth)
    second = None if secondary is None else secondary[candidates]
    return candidates[order(total[candidates], tiebreak[candidates], second)][:top]


def order_frame(
    frame: pd.DataFrame, *, top: int | None = None, by: str | None = None,
    groups: Sequence[str] | None = None,
) -> pd.DataFrame:  # fmt: skip
    """A ranking table (``score``, ``partner_id`` columns) in the ordering rule's order, with
    ``rank`` renumbered from 1 and at most ``top`` rows; per group of ``by`` (e.g.
    ``org_id``) when given, groups in the order of ``groups`` (default: as they first come).

    Used to merge the best of chunks or partitions: the merged order is the one a single
    pass over the whole directory would give.

    >>> t = pd.DataFrame({"partner_id": ["B", "A", "C"], "score": [0.5, 0.5, 0.7], "rank": 0})
    >>> order_frame(t, top=2)[["rank", "partner_id"]].values.tolist()
    [[1, 'C'], [2, 'A']]
    """
    if not len(frame):
        return frame.reset_index(drop=True)
    keys = [frame["partner_id"].to_numpy(dtype=object).astype(str)]
    if "tiebreak" in frame.columns:
        keys.append(-frame["tiebreak"].to_numpy(float))
    keys.append(-frame["score"].to_numpy(float))
    if by is not None:
        labels = frame[by].to_numpy(dtype=object)
        known = list(dict.fromkeys(groups if groups is not None else labels))
        position = pd.Series(np.arange(len(known)), index=pd.Index(known, dtype=object))
        keys.append(position.reindex(labels).to_numpy())
    out = frame.iloc[np.lexsort(keys)].reset_index(drop=True)
    if by is None:
        rank = np.arange(1, len(out) + 1, dtype=np.int64)
    else:
        rank = out.groupby(by, sort=False).cumcount().to_numpy().astype(np.int64) + 1
    if top is not None:
        keep = rank <= top
        out, rank = out[keep].reset_index(drop=True), rank[keep]
    out["rank"] = rank
    return out
