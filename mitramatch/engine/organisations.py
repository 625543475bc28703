"""The organisation side in bulk: a batch file of organisations, one a row.

:func:`load_organisations` reads the contract's batch layout (with English or Indonesian
headers: ``Nama Lembaga``, ``Prioritas Tenaga``, ``Uraian Kebutuhan Dana``, ``Jumlah Kebutuhan
Dana``, ...) and validates every row into a :class:`~mitramatch.engine.needs.NeedsProfile`,
reporting every problem of every row, and of the columns, at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import Problem, SchemaError, Text, closest, did_you_mean, rows_text
from ..io import read_table
from ..io.tabulate import register_header_names
from . import aliases
from .aspects import ASPECTS, normalise_aspect
from .needs import NeedsProfile, load_needs
from .parsing import canonical_header, parse_amounts, parse_decimals
from .schema import ROW, duplicate_columns, normalise_ids

__all__ = [
    "ORG_ID",
    "OrganisationBatch",
    "as_organisations",
    "batch_column",
    "is_batch_header",
    "is_single_profile",
    "load_organisations",
    "need_key",
]

ORG_ID = "org_id"
_ORG_COLUMNS = (
    "org_id", "name", "sector", "kind", "province", "regency", "region_code", "lat", "lon",
    "vision", "offers",
)  # fmt: skip

_G_UNKNOWN_COLUMNS = Text("unknown columns", "kolom tidak dikenal")
_G_MISSING = Text("missing required columns", "kolom wajib tidak ada")
_G_EMPTY = Text("empty required cells", "sel wajib kosong")
_G_DUPLICATE_IDS = Text("duplicate org_id", "org_id ganda")
_G_NO_NEEDS = Text("no needs", "tidak ada kebutuhan")


class OrganisationBatch(list):  # type: ignore[type-arg]
    """The profiles of a batch file, a ``list`` of :class:`NeedsProfile` in file order.

    Attributes
    ----------
    ids : list of str
        Each profile's ``org_id``.
    rows : list of int
        Each profile's row as the user sees it (spreadsheet row; position for a DataFrame).
    notes : list of Text
        What the user should know about how the file was read.
    """

    def __init__(
        self,
        profiles: Iterable[NeedsProfile] = (),
        *,
        ids: Sequence[str] = (),
        rows: Sequence[int] = (),
        notes: Sequence[Any] = (),
    ) -> None:
        super().__init__(profiles)
        self.ids = list(ids)
        self.rows = list(rows)
        self.notes = list(notes)


# -- the batch layout's columns ------------------------------------------------------------------
def need_key(key: str) -> tuple[str, str, bool] | None:
    """``(aspect as written, field, marked)`` of a canonical need column or key, or None.

    A need names a field (``priority``/``prioritas``, ``description``/``uraian``/
    ``deskripsi``, ``quantity``/``jumlah``) first or last, and the aspect in the other words;
    ``need``/``kebutuhan`` marks it as one whatever the rest.

    >>> need_key("uraian_kebutuhan_dana"), need_key("need_pendayagunaan_hasil_priority")
    (('dana', 'description', True), ('pendayagunaan_hasil', 'priority', True))
    >>> need_key("jumlah"), need_key("kebutuhan_lain")
    (None, ('lain', '', True))
    """
    words = key.split("_")
    marked = any(w in aliases.NEED_MARKERS for w in words)
    words = [w for w in words if w not in aliases.NEED_MARKERS]
    for at, rest in ((-1, words[:-1]), (0, words[1:])):
        if len(words) > 1 and words[at] in aliases.NEED_FIELDS and rest:
            return "_".join(rest), aliases.NEED_FIELDS[words[at]], marked
    if marked and words:
        return "_".join(words), "", True
    return None


def batch_column(header: Any) -> str | None:
    """The batch layout's column a header means (``org_id``, ``name``, ...,
    ``need_<aspect>_<field>``), or None when it means none (or an unknown aspect).

    >>> batch_column("Prioritas Tenaga"), batch_column("Nama Lembaga"), batch_column("catatan")
    ('need_tenaga_priority', 'name', None)
    """
    key = canonical_header(header)
    key = aliases.ORGANISATION.get(key, key)
    if key in _ORG_COLUMNS:
        return key
    need = need_key(key)
    if need is None or not need[1]:
        return None
    try:
        return f"need_{normalise_aspect(need[0])}_{need[1]}"
    except SchemaError:
        return None


def is_batch_header(name: str) -> bool:
    """Whether a header cell names a batch column (for finding the header row)."""
    return batch_column(name) is not None


register_header_names("organisation batch", is_batch_header)


# -- reading a batch of organisations ------------------------------------------------------------
def load_organisations(
    source: str | Path | pd.DataFrame,
    *,
    header_row: int | None = None,
    sheet: str | int | None = None,
) -> OrganisationBatch:
    """Read and validate organisations in the contract's batch layout.

    One row per organisation: ``org_id`` (required, unique), the ``[organisation]`` fields
    (``name``, ``sector``, ``kind``, ``province``, ``regency``, ``region_code``, ``lat``,
    ``lon``, ``vision``, ``offers``) and, per aspect, ``need_<aspect>_priority``,
    ``need_<aspect>_description``, ``need_<aspect>_quantity``; headers may be Indonesian
    (``Nama Lembaga``, ``Prioritas Tenaga``, ``Uraian Kebutuhan Dana``, ``Jumlah Kebutuhan
    Dana``). Every problem in every row is reported in one
    :class:`~mitramatch.exceptions.SchemaError`, rows numbered as in the spreadsheet.
    ``header_row`` and ``sheet`` are as for :func:`mitramatch.io.read_table`.

    Examples
    --------
    >>> batch = load_organisations(pd.DataFrame({
    ...     "org_id": ["ORG-1", "ORG-2"], "Nama": ["PKBM Bina Insani", "LKP Maju"],
    ...     "need_tenaga_priority": [5, None], "need_tenaga_description": ["tutor", None],
    ...     "Prioritas Dana": [None, "3"], "Jumlah Kebutuhan Dana": [None, "50 juta"]}))
    >>> batch.ids, [p.aspects for p in batch], batch[1].needs[0].quantity
    (['ORG-1', 'ORG-2'], [('tenaga',), ('dana',)], 50000000.0)
    """
    label = None if isinstance(source, pd.DataFrame) else str(source)
    raw, read_notes = read_table(
        source, what="organisation batch", header_row=header_row, sheet=sheet
    )
    notes: list[Any] = list(read_notes)
    where = "row" if label is not None or ROW in raw.columns else "index"
    rows = (
        pd.to_numeric(raw[ROW]).to_numpy(dtype=np.int64)
        if ROW in raw.columns
        else np.arange(len(raw), dtype=np.int64)
    )
    problems: list[Problem] = []
    frame, ignored = _batch_columns(raw.drop(columns=[ROW], errors="ignore"), problems)
    if ignored:
        shown = Text.join(", ", ignored[:20])
        more = f" (+{len(ignored) - 20})" if len(ignored) > 20 else ""
        notes.append(
            Text.format(
                "ignored column(s) not in the batch layout: {shown}{more}",
                "kolom yang diabaikan karena tidak ada dalam format daftar: {shown}{more}",
                shown=shown,
                more=more,
            )
        )
    # Column problems do not stop here: the cells of the usable columns are checked too.
    frame = _parse_numbers(frame)
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    if ORG_ID in frame.columns:
        ids = normalise_ids(frame[ORG_ID].astype("string")).astype(object)
        ids = [None if pd.isna(i) else str(i) for i in ids]
        problems.extend(_check_ids(ids, rows, where))
    else:
        ids = [None] * len(frame)
    need_columns = [c for c in frame.columns if c.startswith("need_")]
    profiles: list[NeedsProfile] = []
    for record, org_id, row in zip(records, ids, rows):
        if not need_columns:
            break  # said once, for the columns
        at = rows_text([int(row)], where) + (f" ({org_id})" if org_id else "")
        if all(_blank(record[c]) for c in need_columns):
            problems.append(
                Problem.format(
                    _G_NO_NEEDS,
                    "{at}: no need given; fill need_<aspect>_priority (1-5) for at least "
                    "one aspect of {aspects}",
                    "{at}: tidak ada kebutuhan; isi need_<aspek>_priority (1-5) untuk "
                    "sedikitnya satu aspek dari {aspects}",
                    at=at,
                    aspects=", ".join(ASPECTS),
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
                Problem.format(
                    p.group,
                    "{at}: {m}",
                    "{at}: {m}",
                    at=at,
                    m=_as_columns(p.message),
                    column=p.column,
                    rows=(row,),
                )
                for p in exc.problems
            )
    if problems:
        raise SchemaError(problems, source=label, notes=notes)
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
        parsed = ~bad & ~np.isnan(numbers) & np.isfinite(numbers)
        cells[parsed] = numbers[parsed]
        frame[column] = pd.Series(cells, index=frame.index, dtype=object)
    return frame


def _blank(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, float) and np.isnan(value))
        or (isinstance(value, str) and not value.strip())
    )


def _batch_columns(raw: pd.DataFrame, problems: list[Problem]) -> tuple[pd.DataFrame, list[Any]]:
    """Canonical column names; unknown ``need_*`` columns and missing ``org_id`` are
    problems; other unknown columns are ignored (and named, with a close known name)."""
    positions: list[int] = []
    keys: list[str] = []
    ignored: list[Any] = []
    for j, column in enumerate(raw.columns):
        key = canonical_header(column)
        key = aliases.ORGANISATION.get(key, key)
        need = None if key in _ORG_COLUMNS else need_key(key)
        if need is not None:
            name, field, marked = need
            if not field:
                problems.append(
                    Problem.format(
                        _G_UNKNOWN_COLUMNS,
                        "column {c!r}: expected need_<aspect>_priority, "
                        "need_<aspect>_description or need_<aspect>_quantity",
                        "kolom {c!r}: yang diharapkan need_<aspek>_priority, "
                        "need_<aspek>_description atau need_<aspek>_quantity",
                        c=column,
                        column=str(column),
                    )
                )
                continue
            try:
                aspect = normalise_aspect(name, where=f"column {column!r}")
            except SchemaError as exc:
                if marked or did_you_mean(name, ASPECTS):
                    problems.extend(exc.problems)
                else:  # "Jumlah Anggota": a count of members, not a need
                    ignored.append(repr(str(column)))
                continue
            key = f"need_{aspect}_{field}"
        elif key not in _ORG_COLUMNS:
            near = closest(key, [*_ORG_COLUMNS, *aliases.ORGANISATION], cutoff=80)
            hint = Text(f" (did you mean {near!r}?)", f" (mungkin maksud Anda {near!r}?)")
            ignored.append(
                Text.format("{c!r}{h}", "{c!r}{h}", c=str(column), h=hint if near else "")
            )
            continue
        positions.append(j)
        keys.append(key)
    problems.extend(duplicate_columns(list(zip(raw.columns[positions], keys))))
    found = ", ".join(map(str, raw.columns[:30])) or "(none)"
    if len(raw.columns) > 30:
        found += f" (+{len(raw.columns) - 30})"
    if ORG_ID not in keys:
        near = closest(ORG_ID, [str(c) for c in raw.columns], cutoff=80)
        hint = (
            Text(
                f" (did you mean {ORG_ID!r} instead of {near!r}?)",
                f" (mungkin maksud Anda {ORG_ID!r}, bukan {near!r}?)",
            )
            if near
            else ""
        )
        problems.append(
            Problem.format(
                _G_MISSING,
                "missing required column org_id; found columns: {found}{hint}",
                "kolom wajib tidak ada: org_id; kolom yang ada: {found}{hint}",
                found=found,
                hint=hint,
            )
        )
    if not any(k.startswith("need_") for k in keys) and not any(
        p.group == "unknown aspect" for p in problems
    ):
        problems.append(
            Problem.format(
                _G_MISSING,
                "no need columns; expected need_<aspect>_priority (and optionally "
                "_description, _quantity) for aspects {aspects}; found columns: {found}",
                "tidak ada kolom kebutuhan; yang diharapkan need_<aspek>_priority (dan "
                "bila perlu _description, _quantity) untuk aspek {aspects}; kolom yang "
                "ada: {found}",
                aspects=", ".join(ASPECTS),
                found=found,
            )
        )
    frame = raw.iloc[:, positions].copy()
    frame.columns = keys
    if len(set(keys)) < len(keys):  # reported above; keep the first of each for the rest
        frame = frame.loc[:, ~pd.Index(keys).duplicated()]
    return frame, ignored


def _check_ids(ids: list[str | None], rows: np.ndarray, where: str) -> list[Problem]:
    problems = []
    empty = [int(r) for i, r in zip(ids, rows) if i is None]
    if empty:
        problems.append(
            Problem.format(
                _G_EMPTY,
                "column org_id: empty at {at}",
                "kolom org_id: kosong di {at}",
                at=rows_text(empty, where),
            )
        )
    groups: dict[str, list[int]] = {}
    for org_id, row in zip(ids, rows):
        if org_id is not None:
            groups.setdefault(org_id, []).append(int(row))
    dups = {k: v for k, v in groups.items() if len(v) > 1}
    if dups:
        listed = Text.join(
            "; ",
            (Text.format("{k!r} ({r})", "{k!r} ({r})", k=k, r=rows_text(v, where, 5))
             for k, v in list(dups.items())[:10]),
        )  # fmt: skip
        more = len(dups) - 10
        problems.append(
            Problem.format(
                _G_DUPLICATE_IDS,
                "org_id must be unique; {n} duplicated: {listed}{more_en}",
                "org_id harus unik; {n} ganda: {listed}{more_id}",
                n=len(dups),
                listed=listed,
                more_en=f"; and {more} more ids" if more > 0 else "",
                more_id=f"; dan {more} id lainnya" if more > 0 else "",
                column=ORG_ID,
            )
        )
    return problems


def _as_columns(message: str | Text) -> Text:
    """Name batch columns, not TOML keys: ``needs.dana.quantity`` -> ``need_dana_quantity``."""

    def columns(text: str) -> str:
        text = re.sub(r"\bneeds\.(\w+)\.(priority|description|quantity)\b", r"need_\1_\2", text)
        return re.sub(r"\borganisation\.(\w+)", r"\1", text)

    if isinstance(message, Text):
        return Text(columns(message.en), columns(message.id))
    return Text(columns(str(message)))


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
