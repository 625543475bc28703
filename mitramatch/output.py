"""The ranking output table (data contract), built in one place for every ranking path.

Single, batch, chunked and Dask rankings all build their tables through
:func:`ranking_table`, from one :class:`Ranked` per organisation, so their columns, order and
types never drift apart. Columns, in order: ``org_id`` and ``org_name`` (batch only),
``rank``, ``partner_id``, ``name``, ``sector``, ``kind``, ``partner_regency`` (batch only),
``score``, ``score_<criterion>`` (each criterion of the query), ``fit_<aspect>`` (needed
aspects, in contract order), ``tiebreak`` (the secondary evidence that orders equal scores),
``pattern``, ``explanation``, then ``score_org_to_partner``, ``score_partner_to_org``,
``score_reciprocal``, then the directory's extra columns, passed through.

It is also the home of what a person reads in an XLSX result instead of the contract's names
(:func:`column_labels`) and of the summary sheet of a ranking (:func:`profile_summary`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .amounts import amount_text
from .engine import (
    ASPECT_LABELS,
    ASPECTS,
    CONTRACT_COLUMNS,
    CRITERIA,
    ORG_ID,
    ROW,
    DirectoryIndex,
    NeedsProfile,
    Scores,
    region_table,
    registered_criteria,
)
from .exceptions import Text, render

__all__ = [
    "ORG_NAME",
    "PARTNER_REGENCY",
    "RECIPROCAL_COLUMNS",
    "Ranked",
    "column_labels",
    "column_order",
    "empty_table",
    "profile_summary",
    "ranking_table",
    "regency_names",
]

#: Fit in both directions (beyond the contract's columns; see the changelog).
RECIPROCAL_COLUMNS = ("score_org_to_partner", "score_partner_to_org", "score_reciprocal")
#: Batch tables: the organisation's name and the partner's kabupaten/kota (official name).
ORG_NAME, PARTNER_REGENCY = "org_name", "partner_regency"
_HEAD = ("rank", "partner_id", "name", "sector", "kind")


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
    head = [
        *([ORG_ID, ORG_NAME] if batch else []), *_HEAD, *([PARTNER_REGENCY] if batch else []),
        "score", *scores, *fits,
        *(["tiebreak"] if "tiebreak" in columns or batch else []), "pattern", "explanation",
    ]  # fmt: skip
    tail = [c for c in RECIPROCAL_COLUMNS if c in columns or batch]
    known = {*head, *tail}
    return [*head, *tail, *(c for c in columns if c not in known)]


def empty_table(*, batch: bool) -> pd.DataFrame:
    """A ranking table with no rows (the columns every ranking has)."""
    return pd.DataFrame(columns=column_order([], batch=batch))


def regency_names(codes: Sequence[object] | np.ndarray) -> np.ndarray:
    """The official names of kabupaten/kota codes (None where unknown), as an object array.

    >>> regency_names(["16.01", None]).tolist()
    ['Kabupaten Ogan Komering Ulu', None]
    """
    names = region_table().regencies["name"]
    found = pd.Series(np.asarray(codes, dtype=object), dtype=object).map(names)
    return found.astype(object).where(found.notna(), None).to_numpy(dtype=object)


def ranking_table(
    index: DirectoryIndex,
    parts: Sequence[Ranked | None],
    org_ids: Sequence[str] | None = None,
    org_names: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The ranking table of one organisation (``org_ids`` None) or of many, stacked in order.

    In a batch, ``fit_<aspect>`` covers every aspect any organisation needs (NaN where one
    does not need it), organisations with no ranked partner (``None`` or empty) have no
    rows, and each row names the organisation (``org_name``, from ``org_names``) and the
    partner's kabupaten/kota (``partner_regency``). The directory's extra columns are taken
    in one piece, not one by one: a directory of 20,000 columns costs one copy.
    """
    batch = org_ids is not None
    if batch:
        names = list(org_names) if org_names is not None else [""] * len(org_ids)
        kept = [
            (str(o), n or "", p)
            for o, n, p in zip(org_ids, names, parts)
            if p is not None and len(p)
        ]
    else:
        kept = [("", "", p) for p in parts if p is not None]
    frame = index.frame
    sizes = [len(p) for _, _, p in kept]
    rows = (
        np.concatenate([p.scores.rows for _, _, p in kept]) if kept else np.empty(0, dtype=np.int64)
    )
    out: dict[str, object] = {}
    if batch:
        out[ORG_ID] = np.repeat(np.array([o for o, _, _ in kept], dtype=object), sizes)
        out[ORG_NAME] = np.repeat(np.array([n for _, n, _ in kept], dtype=object), sizes)
    out["rank"] = (
        np.concatenate([np.arange(1, k + 1, dtype=np.int64) for k in sizes])
        if kept
        else np.empty(0, dtype=np.int64)
    )
    for column in ("partner_id", "name", "sector", "kind"):
        out[column] = frame[column].take(rows).to_numpy()
    if batch:
        out[PARTNER_REGENCY] = regency_names(index.regency[rows])
    out["score"] = _stack([p.scores.total for _, _, p in kept])
    criteria = list(dict.fromkeys(n for _, _, p in kept for n in p.scores.names))
    for name in criteria:
        out[f"score_{name}"] = _stack(
            [
                p.scores.column(name) if name in p.scores.names else np.full(len(p), np.nan)
                for _, _, p in kept
            ]
        )
    needed = {a for _, _, p in kept for a in p.aspects}
    for aspect in (a for a in ASPECTS if a in needed):
        out[f"fit_{aspect}"] = _stack(
            [
                p.scores.fits[:, p.aspects.index(aspect)]
                if aspect in p.aspects
                else np.full(len(p), np.nan)
                for _, _, p in kept
            ]
        )
    out["tiebreak"] = _stack([p.scores.secondary for _, _, p in kept])
    out["pattern"] = (
        np.concatenate([p.pattern for _, _, p in kept]).astype(object)
        if kept
        else np.empty(0, dtype=object)
    )
    out["explanation"] = [s for _, _, p in kept for s in p.explanation]
    reciprocal = np.concatenate([p.reciprocal for _, _, p in kept]) if kept else np.empty((0, 3))
    for k, column in enumerate(RECIPROCAL_COLUMNS):
        out[column] = reciprocal[:, k]
    table = pd.DataFrame(out)
    if batch:  # the text type of the names, whether or not any regency is known
        for column in (ORG_NAME, PARTNER_REGENCY):
            table[column] = table[column].astype(table["name"].dtype)
    extras = [c for c in frame.columns if c not in CONTRACT_COLUMNS and c != ROW and c not in out]
    if extras:  # passed through in one piece: one block, not one insertion per column
        passed = frame[extras].take(rows)
        passed.index = table.index
        table = pd.concat([table, passed], axis=1)
    return table.reindex(columns=column_order(table.columns, batch=batch))


def _stack(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.empty(0)


# -- what a person reads ---------------------------------------------------------------------------
_LABELS: dict[str, Text] = {
    "org_id": Text("Organisation ID", "ID organisasi"),
    "org_name": Text("Organisation", "Nama organisasi"),
    "rank": Text("Rank", "Peringkat"),
    "partner_id": Text("Partner ID", "ID mitra"),
    "name": Text("Name", "Nama"),
    "sector": Text("Sector", "Sektor"),
    "kind": Text("Kind", "Jenis"),
    "regency": Text("Regency/city", "Kabupaten/kota"),
    "partner_regency": Text("Partner's regency/city", "Kabupaten/kota mitra"),
    "score": Text("Score", "Skor"),
    "pattern": Text("Partnership pattern", "Pola kemitraan"),
    "explanation": Text("Why", "Alasan"),
    "score_org_to_partner": Text("Score organisation to partner", "Skor organisasi ke mitra"),
    "score_partner_to_org": Text("Score partner to organisation", "Skor mitra ke organisasi"),
    "score_reciprocal": Text("Reciprocal score", "Skor timbal balik"),
    "aspect": Text("Aspect", "Aspek"),
    "fit": Text("Fit", "Kecocokan"),
    "amount": Text("Amount", "Jumlah"),
    "amount_unit": Text("Unit", "Satuan"),
    "amount_asked": Text("Amount asked", "Jumlah diminta"),
    "share": Text("Share of the need", "Bagian dari kebutuhan"),
    "priority": Text("Priority", "Prioritas"),
    "weight": Text("Weight", "Bobot"),
    "requested": Text("Requested", "Diminta"),
    "granted": Text("Granted", "Diberikan"),
    "status": Text("Status", "Status"),
    "allocate_granted": Text("Granted by allocate", "Diberikan oleh allocate"),
    "allocate_share": Text("Share by allocate", "Bagian oleh allocate"),
    "score_answer": Text("Score: need answered", "Skor: kebutuhan terjawab"),
    "score_priority": Text("Score: priority", "Skor: prioritas"),
    "score_seeks": Text("Score: what the partner seeks", "Skor: yang dicari mitra"),
    "best_aspect": Text("Aspect answered best", "Aspek terjawab terbaik"),
    "best_need": Text("Need answered best", "Kebutuhan terjawab terbaik"),
    "best_priority": Text("Its priority", "Prioritasnya"),
    "fit_best": Text("Fit to that need", "Kecocokan dengan kebutuhan itu"),
    "distance_km": Text("Distance (km)", "Jarak (km)"),
}


def column_labels(columns: Sequence[object], lang: str = "id") -> dict[str, str]:
    """What a person reads for each known column of a result table, in ``lang`` (XLSX
    headers; CSV and Parquet keep the contract's names, for programs). Columns passed
    through from a directory keep their own names.

    >>> column_labels(["rank", "score_need_fit", "fit_dana", "akreditasi"], "id")
    {'rank': 'Peringkat', 'score_need_fit': 'Skor: kecocokan kebutuhan', 'fit_dana': 'Kecocokan: dana'}
    """  # noqa: E501
    lang = "en" if lang == "en" else "id"
    titles = {c.name: c.title(lang) for c in registered_criteria()}
    score, fit = Text("Score", "Skor").render(lang), Text("Fit", "Kecocokan").render(lang)
    out: dict[str, str] = {}
    for column in map(str, columns):
        if column in _LABELS:
            out[column] = _LABELS[column].render(lang)
        elif column.startswith("score_") and column[6:] in titles:
            out[column] = f"{score}: {titles[column[6:]]}"
        elif column.startswith("fit_") and column[4:] in ASPECTS:
            out[column] = f"{fit}: {ASPECT_LABELS[lang][column[4:]]}"
    return out


def profile_summary(profile: NeedsProfile, lang: str = "id") -> list[tuple[object, ...]]:
    """Rows of an XLSX summary sheet about a needs profile: the organisation, each need with
    its priority, quantity and words, and the filters."""
    lang = "en" if lang == "en" else "id"
    org = profile.organisation
    rows: list[tuple[object, ...]] = [(Text("Organisation", "Organisasi"),)]
    place = ", ".join(str(v) for v in (org.regency, org.province) if v)
    for label, value in (
        (Text("Name", "Nama"), org.name),
        (Text("Sector", "Sektor"), org.sector),
        (Text("Kind", "Jenis"), org.kind),
        (Text("Place", "Tempat"), place),
    ):
        if value:
            rows.append((label, value))
    rows.append((Text("Needs (priority 5 = critical)", "Kebutuhan (prioritas 5 = kritis)"),))
    for need in sorted(profile.needs, key=lambda n: (-n.priority, ASPECTS.index(n.aspect))):
        parts = [Text(f"priority {need.priority}", f"prioritas {need.priority}").render(lang)]
        if need.quantity is not None:
            parts.append(amount_text(need.quantity, need.aspect, lang))
        if need.description:
            parts.append(need.description)
        rows.append((ASPECT_LABELS[lang][need.aspect], "; ".join(parts)))
    f = profile.filters
    filters = []
    if f.sectors:
        filters.append(Text("sectors: ", "sektor: ") + ", ".join(f.sectors))
    if f.kinds:
        filters.append(Text("kinds: ", "jenis: ") + ", ".join(f.kinds))
    if f.same_province:
        filters.append(Text("same province only", "hanya provinsi yang sama"))
    if f.max_distance_km is not None:
        km = f"{f.max_distance_km:g} km"
        filters.append(Text(f"at most {km}", f"paling jauh {km}"))
    if f.active_only:
        filters.append(Text("active partners only", "hanya mitra aktif"))
    rows.append((Text("Filters", "Filter"), "; ".join(render(x, lang) for x in filters) or "-"))
    return rows
