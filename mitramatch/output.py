"""The ranking output table (data contract), built in one place for every ranking path.

Single, batch, chunked and Dask rankings all build their tables through
:func:`ranking_table`, from one :class:`Ranked` per organisation, so their columns, order and
types never drift apart. Columns, in order: ``org_id`` (batch only), ``rank``, ``partner_id``,
``name``, ``sector``, ``kind``, ``score``, ``score_<criterion>`` (each criterion of the query),
``fit_<aspect>`` (needed aspects, in contract order), ``tiebreak`` (the secondary evidence
that orders equal scores), ``pattern``, ``explanation``, then
``score_org_to_partner``, ``score_partner_to_org``, ``score_reciprocal``, then the directory's
extra columns, passed through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .engine import ASPECTS, CONTRACT_COLUMNS, CRITERIA, ORG_ID, ROW, DirectoryIndex, Scores

__all__ = ["RECIPROCAL_COLUMNS", "Ranked", "column_order", "empty_table", "ranking_table"]

#: Fit in both directions (beyond the contract's columns; see the changelog).
RECIPROCAL_COLUMNS = ("score_org_to_partner", "score_partner_to_org", "score_reciprocal")
_HEAD = ("rank", "partner_id", "name", "sector", "kind", "score")


@dataclass(frozen=True)
class Ranked:
    """One organisation's ranked partners: everything its rows of the table hold.

    ``scores`` holds the ranked partners best first (``scores.rows`` are their positions in
    the directory); the other fields are aligned with it.
    """

    scores: Scores
    aspects: tuple[str, ...]  # the needed aspects: the columns of scores.fits
    pattern: np.ndarray
    explanation: Sequence[str]
    reciprocal: np.ndarray  # (n, 3): RECIPROCAL_COLUMNS

    def __len__(self) -> int:
        return len(self.scores)


def column_order(columns: Sequence[str], *, batch: bool) -> list[str]:
    """The contract's order for a ranking table's columns (extras last, as they come)."""
    columns = list(columns)
    scores = [c for c in columns if c.startswith("score_") and c not in RECIPROCAL_COLUMNS]
    builtin = [f"score_{c}" for c in CRITERIA]
    scores = [c for c in builtin if c in scores] + [c for c in scores if c not in builtin]
    if batch:  # an empty batch still has the built-in criteria's columns
        scores = list(dict.fromkeys([*builtin, *scores]))
    fits = [f"fit_{a}" for a in ASPECTS if f"fit_{a}" in columns]
    head = [*([ORG_ID] if batch else []), *_HEAD, *scores, *fits]
    head += [*(["tiebreak"] if "tiebreak" in columns or batch else []), "pattern", "explanation"]
    tail = [c for c in RECIPROCAL_COLUMNS if c in columns or batch]
    known = {*head, *tail}
    return [*head, *tail, *(c for c in columns if c not in known)]


def empty_table(*, batch: bool) -> pd.DataFrame:
    """A ranking table with no rows (the columns every ranking has)."""
    return pd.DataFrame(columns=column_order([], batch=batch))


def ranking_table(
    index: DirectoryIndex,
    parts: Sequence[Ranked | None],
    org_ids: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The ranking table of one organisation (``org_ids`` None) or of many, stacked in order.

    In a batch, ``fit_<aspect>`` covers every aspect any organisation needs (NaN where one
    does not need it), and organisations with no ranked partner (``None`` or empty) have no
    rows.
    """
    batch = org_ids is not None
    if batch:
        kept = [(str(o), p) for o, p in zip(org_ids, parts) if p is not None and len(p)]
    else:
        kept = [("", p) for p in parts if p is not None]
    frame = index.frame
    sizes = [len(p) for _, p in kept]
    rows = np.concatenate([p.scores.rows for _, p in kept]) if kept else np.empty(0, dtype=np.int64)
    out: dict[str, object] = {}
    if batch:
        out[ORG_ID] = np.repeat(np.array([o for o, _ in kept], dtype=object), sizes)
    out["rank"] = (
        np.concatenate([np.arange(1, k + 1, dtype=np.int64) for k in sizes])
        if kept
        else np.empty(0, dtype=np.int64)
    )
    for column in ("partner_id", "name", "sector", "kind"):
        out[column] = frame[column].take(rows).to_numpy()
    out["score"] = _stack([p.scores.total for _, p in kept])
    names = list(dict.fromkeys(n for _, p in kept for n in p.scores.names))
    for name in names:
        out[f"score_{name}"] = _stack(
            [
                p.scores.column(name) if name in p.scores.names else np.full(len(p), np.nan)
                for _, p in kept
            ]
        )
    needed = {a for _, p in kept for a in p.aspects}
    for aspect in (a for a in ASPECTS if a in needed):
        out[f"fit_{aspect}"] = _stack(
            [
                p.scores.fits[:, p.aspects.index(aspect)]
                if aspect in p.aspects
                else np.full(len(p), np.nan)
                for _, p in kept
            ]
        )
    out["tiebreak"] = _stack([p.scores.secondary for _, p in kept])
    out["pattern"] = np.concatenate([p.pattern for _, p in kept]) if kept else []
    out["explanation"] = [s for _, p in kept for s in p.explanation]
    reciprocal = np.concatenate([p.reciprocal for _, p in kept]) if kept else np.empty((0, 3))
    for k, column in enumerate(RECIPROCAL_COLUMNS):
        out[column] = reciprocal[:, k]
    for column in frame.columns:
        if column not in CONTRACT_COLUMNS and column != ROW and column not in out:
            out[column] = frame[column].take(rows).to_numpy()
    table = pd.DataFrame(out)
    table["pattern"] = table["pattern"].astype(object)
    return table.reindex(columns=column_order(table.columns, batch=batch))


def _stack(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.empty(0)
