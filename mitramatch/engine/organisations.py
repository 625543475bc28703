"""The organisation side in bulk: a batch file of organisations, one a row.

:func:`load_organisations` reads the contract's batch layout and validates every row into a
:class:`~mitramatch.engine.needs.NeedsProfile`, reporting every problem of every row at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import Problem, SchemaError, did_you_mean, rows_text
from ..io import read_table
from .aspects import ASPECTS, normalise_aspect
from .needs import NeedsProfile, load_needs
from .parsing import canonical_header, parse_amounts, parse_decimals
from .schema import ROW, duplicate_columns

__all__ = [
    "ORG_ID",
    "OrganisationBatch",
    "as_organisations",
    "is_single_profile",
    "load_organisations",
]

ORG_ID = "org_id"
_ORG_COLUMNS = (
    "org_id", "name", "sector", "kind", "province", "regency", "region_code", "lat", "lon",
    "vision", "offers",
)  # fmt: skip
_NEED_FIELDS = ("priority", "description", "quantity")
_ALIASES = {
    "id": "org_id", "id_organisasi": "org_id", "kode_organisasi": "org_id", "nama": "name",
    "nama_lembaga": "name", "sektor": "sector", "jenis": "kind", "jenis_lembaga": "kind",
    "provinsi": "province", "kabupaten": "regency", "kabupaten_kota": "regency",
    "kab_kota": "regency", "kota": "regency", "kode_wilayah": "region_code", "lintang": "lat",
    "latitude": "lat", "bujur": "lon", "longitude": "lon", "visi": "vision",
    "visi_misi": "vision", "tawaran": "offers",
}  # fmt: skip
_NEED_COLUMN = re.compile(r"need_(.+)_(priority|description|quantity)")


class OrganisationBatch(list):  # type: ignore[type-arg]
    """The profiles of a batch file, a ``list`` of :class:`NeedsProfile` in file order.

    Attributes
    ----------
    ids : list of str
        Each profile's ``org_id``.
    rows : list of int
        Each profile's row as the user sees it (spreadsheet row; position for a DataFrame).
    notes : list of str
        What the user should know about how the file was read.
    """

    def __init__(
        self,
        profiles: Iterable[NeedsProfile] = (),
        *,
        ids: Sequence[str] = (),
        rows: Sequence[int] = (),
        notes: Sequence[str] = (),
    ) -> None:
        super().__init__(profiles)
        self.ids = list(ids)
        self.rows = list(rows)
        self.notes = list(notes)


# -- reading a batch of organisations ------------------------------------------------------------
def load_organisations(source: str | Path | pd.DataFrame) -> OrganisationBatch:
    """Read and validate organisations in the contract's batch layout.

    One row per organisation: ``org_id`` (required, unique), the ``[organisation]`` fields
    (``name``, ``sector``, ``kind``, ``province``, ``regency``, ``region_code``, ``lat``,
    ``lon``, ``vision``, ``offers``) and, per aspect, ``need_<aspect>_priority``,
    ``need_<aspect>_description``, ``need_<aspect>_quantity``. Every problem in every row is
    reported in one :class:`~mitramatch.exceptions.SchemaError`, rows numbered as in the
    spreadsheet.

    Examples
    --------
    >>> batch = load_organisations(pd.DataFrame({
    ...     "org_id": ["ORG-1", "ORG-2"], "Nama": ["PKBM Bina Insani", "LKP Maju"],
    ...     "need_tenaga_priority": [5, None], "need_tenaga_description": ["tutor", None],
    ...     "need_dana_priority": [None, "3"], "need_dana_quantity": [None, "50 juta"]}))
    >>> batch.ids, [p.aspects for p in batch], batch[1].needs[0].quantity
    (['ORG-1', 'ORG-2'], [('tenaga',), ('dana',)], 50000000.0)
    """
    label = None if isinstance(source, pd.DataFrame) else str(source)
    raw, notes = read_table(source, what="organisation batch")
    where = "row" if label is not None or ROW in raw.columns else "index"
    rows = (
        pd.to_numeric(raw[ROW]).to_numpy(dtype=np.int64)
        if ROW in raw.columns
        else np.arange(len(raw), dtype=np.int64)
    )
    frame, ignored = _batch_columns(raw.drop(columns=[ROW], errors="ignore"), label)
    if ignored:
        notes.append(f"ignored column(s) not in the batch layout: {', '.join(map(repr, ignored))}")

    frame = _parse_numbers(frame)
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    ids = [None if _blank(r.get(ORG_ID)) else str(r[ORG_ID]).strip() for r in records]
    problems = _check_ids(ids, rows, where)
    need_columns = [c for c in frame.columns if c.startswith("need_")]
    profiles: list[NeedsProfile] = []
    for record, org_id, row in zip(records, ids, rows):
        at = f"{where} {row}" + (f" ({org_id})" if org_id else "")
        if all(_blank(record[c]) for c in need_columns):
            problems.append(
                Problem(
                    "no needs",
                    f"{at}: no need given; fill need_<aspect>_priority (1-5) for at least one "
                    f"aspect of {', '.join(ASPECTS)}",
                    rows=(int(row),),
                )
            )
            continue
        fields = {k: v for k, v in record.items() if k != ORG_ID}
        try:
            profiles.append(
                NeedsProfile.from_record(fields, source=f"{label or 'organisations'}: {at}")
            )
        except SchemaError as exc:
            problems.extend(
                Problem(p.group, f"{at}: {_as_columns(p.message)}", column=p.column, rows=(row,))
                for p in exc.problems
            )
    if problems:
        raise SchemaError(problems, source=label)
    return OrganisationBatch(profiles, ids=ids, rows=[int(r) for r in rows], notes=notes)


def _parse_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """Quantities and coordinates parsed a column at a time (the profile parses one cell at a
    time, far slower on thousands of rows); cells that do not parse keep their text, so the
    profile's own validation still reports them."""
    frame = frame.copy()
    for column in frame.columns:
        if column.endswith("_quantity"):
            numbers, bad = parse_amounts(frame[column])
        elif column in ("lat", "lon"):
            numbers, bad = parse_decimals(frame[column])
        else:
            continue
        cells = frame[column].to_numpy(dtype=object)
        parsed = ~bad & ~np.isnan(numbers)
        cells[parsed] = numbers[parsed]
        frame[column] = pd.Series(cells, index=frame.index, dtype=object)
    return frame


def _blank(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, float) and np.isnan(value))
        or (isinstance(value, str) and not value.strip())
    )


def _batch_columns(raw: pd.DataFrame, label: str | None) -> tuple[pd.DataFrame, list[str]]:
    """Canonical column names; unknown ``need_*`` columns and missing ``org_id`` are errors."""
    problems: list[Problem] = []
    names: dict[Any, str] = {}
    ignored: list[str] = []
    for column in raw.columns:
        key = canonical_header(column)
        key = _ALIASES.get(key, key)
        if key.startswith("need_"):
            match = _NEED_COLUMN.fullmatch(key)
            if not match:
                problems.append(
                    Problem(
                        "unknown columns",
                        f"column {column!r}: expected need_<aspect>_priority, "
                        "need_<aspect>_description or need_<aspect>_quantity",
                        column=str(column),
                    )
                )
                continue
            try:
                aspect = normalise_aspect(match.group(1), where=f"column {column!r}")
            except SchemaError as exc:
                problems.extend(exc.problems)
                continue
            key = f"need_{aspect}_{match.group(2)}"
        elif key not in _ORG_COLUMNS:
            ignored.append(f"{column}{did_you_mean(key, _ORG_COLUMNS)}")
            continue
        names[column] = key
    problems.extend(duplicate_columns(names))
    found = ", ".join(map(str, raw.columns)) or "(none)"
    if ORG_ID not in names.values():
        problems.append(
            Problem(
                "missing required columns",
                f"missing required column {ORG_ID}; found columns: {found}"
                + did_you_mean(ORG_ID, [canonical_header(c) for c in raw.columns]),
            )
        )
    if not any(n.startswith("need_") for n in names.values()) and not any(
        p.group == "unknown aspect" for p in problems
    ):
        problems.append(
            Problem(
                "missing required columns",
                "no need columns; expected need_<aspect>_priority (and optionally "
                f"_description, _quantity) for aspects {', '.join(ASPECTS)}; found columns: "
                f"{found}",
            )
        )
    if problems:
        raise SchemaError(problems, source=label)
    frame = raw[list(names)].copy()
    frame.columns = list(names.values())
    return frame, ignored


def _check_ids(ids: list[str | None], rows: np.ndarray, where: str) -> list[Problem]:
    problems = []
    empty = [int(r) for i, r in zip(ids, rows) if i is None]
    if empty:
        problems.append(
            Problem("empty required cells", f"column org_id: empty at {rows_text(empty, where)}")
        )
    groups: dict[str, list[int]] = {}
    for org_id, row in zip(ids, rows):
        if org_id is not None:
            groups.setdefault(org_id, []).append(int(row))
    dups = {k: v for k, v in groups.items() if len(v) > 1}
    if dups:
        listed = "; ".join(f"{k!r} ({rows_text(v, where, 5)})" for k, v in list(dups.items())[:10])
        more = f"; and {len(dups) - 10} more ids" if len(dups) > 10 else ""
        problems.append(
            Problem(
                "duplicate org_id",
                f"org_id must be unique; {len(dups)} duplicated: {listed}{more}",
                column=ORG_ID,
            )
        )
    return problems


def _as_columns(message: str) -> str:
    """Name batch columns, not TOML keys: ``needs.dana.quantity`` -> ``need_dana_quantity``."""
    message = re.sub(r"\bneeds\.(\w+)\.(priority|description|quantity)\b", r"need_\1_\2", message)
    return re.sub(r"\borganisation\.(\w+)", r"\1", message)


def is_single_profile(value: Any) -> bool:
    """Whether ``value`` is one needs profile (object, profile dict, TOML/JSON path) rather
    than organisations."""
    if isinstance(value, NeedsProfile):
        return True
    if isinstance(value, Mapping):
        return any(k in value for k in ("organisation", "needs", "weights", "filters"))
    if isinstance(value, (str, Path)):
        return Path(value).suffix.lower() in (".toml", ".json")
    return False


def as_organisations(value: Any, *, criteria: Iterable[Any] | None = None) -> OrganisationBatch:
    """Organisations from whatever a user has, with one rule for their ids everywhere.

    A batch file or table (:func:`load_organisations`): its ``org_id`` column; a dict
    ``{org_id: profile}``: its keys; a list of profiles: their positions, ``"1"``, ``"2"``,
    ... Profiles may be :class:`NeedsProfile` objects, dicts or TOML/JSON paths.

    >>> batch = as_organisations([{"needs": {"dana": {"priority": 3}}},
    ...                           {"needs": {"tenaga": {"priority": 5}}}])
    >>> batch.ids, [p.aspects for p in batch]
    (['1', '2'], [('dana',), ('tenaga',)])
    """
    if isinstance(value, (str, Path, pd.DataFrame)) and not is_single_profile(value):
        value = load_organisations(value)
    if isinstance(value, OrganisationBatch):
        if len(value.ids) == len(value):
            return value
        return OrganisationBatch(value, ids=[str(i + 1) for i in range(len(value))])
    if is_single_profile(value):
        raise TypeError(
            "organisations must be a batch file, a DataFrame, a dict {org_id: profile} or a "
            "list of profiles; for one profile use rank()"
        )
    if isinstance(value, Mapping):
        profiles = [load_needs(v, criteria=criteria) for v in value.values()]
        return OrganisationBatch(profiles, ids=[str(k) for k in value])
    if isinstance(value, Sequence):
        profiles = [load_needs(v, criteria=criteria) for v in value]
        return OrganisationBatch(profiles, ids=[str(i + 1) for i in range(len(value))])
    raise TypeError(f"organisations: unsupported type {type(value).__name__}")
