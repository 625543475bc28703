"""Many organisations at once, and partner directories larger than memory.

:func:`load_organisations` reads the contract's batch layout (one organisation a row),
:func:`rank_many` ranks one directory for every organisation with the partner-side work done
once, and :func:`rank_chunked` streams a directory file in chunks, keeping only the best ``top``
partners per organisation, so memory stays near one chunk plus ``top`` rows per organisation.

A partner's score depends only on its own row and the profile (no statistics over the
directory), so the chunked result is exactly the in-memory one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .aspects import ASPECTS, CRITERIA, normalise_aspect
from .exceptions import Problem, SchemaError, did_you_mean
from .index import DirectoryIndex
from .io import read_table, read_table_chunks
from .needs import NeedsProfile, load_needs
from .parsing import canonical_header
from .ranking import rank
from .schema import ROW, load_directory
from .text import Analyzer

__all__ = ["OrganisationBatch", "load_organisations", "rank_chunked", "rank_many"]

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
# Validation problems that repeat identically in every chunk: report them once, at once.
_STRUCTURAL = frozenset({"missing required columns", "duplicate columns", "unknown aspect"})
_MAX_PROBLEMS = 50  # stop checking a huge broken file after this many findings
_MAX_DUPLICATE_IDS = 1000  # ids kept for the message; the count covers the rest


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


#: What :func:`rank_many` accepts as organisations.
OrganisationsLike = (
    OrganisationBatch | Mapping[str, Any] | Sequence[Any] | str | Path | pd.DataFrame
)


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
    seen: dict[str, list[str]] = {}
    for original, new in names.items():
        seen.setdefault(new, []).append(str(original))
    for new, originals in seen.items():
        if len(originals) > 1:
            problems.append(
                Problem(
                    "duplicate columns",
                    f"columns {', '.join(map(repr, originals))} all mean {new!r}; keep one",
                    column=new,
                )
            )
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
            Problem("empty required cells", f"column org_id: empty at {_rows(empty, where)}")
        )
    groups: dict[str, list[int]] = {}
    for org_id, row in zip(ids, rows):
        if org_id is not None:
            groups.setdefault(org_id, []).append(int(row))
    dups = {k: v for k, v in groups.items() if len(v) > 1}
    if dups:
        listed = "; ".join(f"{k!r} ({_rows(v, where, 5)})" for k, v in list(dups.items())[:10])
        more = f"; and {len(dups) - 10} more ids" if len(dups) > 10 else ""
        problems.append(
            Problem(
                "duplicate org_id",
                f"org_id must be unique; {len(dups)} duplicated: {listed}{more}",
                column=ORG_ID,
            )
        )
    return problems


def _rows(rows: Sequence[int], where: str, limit: int = 10) -> str:
    shown = ", ".join(str(r) for r in rows[:limit])
    more = f" and {len(rows) - limit} more" if len(rows) > limit else ""
    return f"{where}{'s' if len(rows) > 1 else ''} {shown}{more}"


def _as_columns(message: str) -> str:
    """Name batch columns, not TOML keys: ``needs.dana.quantity`` -> ``need_dana_quantity``."""
    message = re.sub(r"\bneeds\.(\w+)\.(priority|description|quantity)\b", r"need_\1_\2", message)
    return re.sub(r"\borganisation\.(\w+)", r"\1", message)


# -- ranking many organisations ----------------------------------------------------------------
def rank_many(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    organisations: OrganisationsLike,
    *,
    top: int | None = 10,
    lang: str = "id",
    progress: bool = False,
) -> pd.DataFrame:
    """Rank one partner directory for many organisations.

    The directory is validated and indexed once; each organisation then costs one
    prepare-and-score pass.

    Parameters
    ----------
    partners : path, DataFrame or DirectoryIndex
    organisations : batch file path, DataFrame, OrganisationBatch, dict or list
        A batch file or table (see :func:`load_organisations`), a dict ``{org_id: profile}``,
        or a list of profiles (``org_id`` is then the position: ``"1"``, ``"2"``, ...).
        Profiles may be :class:`NeedsProfile` objects, dicts or TOML/JSON paths.
    top : int or None, default 10
        Partners kept per organisation.
    lang : {"id", "en"}
    progress : bool, default False
        Show a progress bar over organisations on stderr (only when it is a terminal).

    Returns
    -------
    DataFrame
        Each organisation's :meth:`Ranking.to_frame`, stacked in input order, ``org_id``
        first; ``fit_<aspect>`` for every aspect any organisation needs (NaN where that
        organisation does not need it). An organisation no partner passes has no rows.

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "CSR Bank Musi"],
    ...     "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit", None],
    ...     "offers_dana": [None, "dana hibah modal usaha"]})
    >>> out = rank_many(partners, {
    ...     "A": {"needs": {"tenaga": {"priority": 5, "description": "instruktur jahit"}}},
    ...     "B": {"needs": {"dana": {"priority": 4, "description": "modal usaha"}}}}, top=1)
    >>> out[["org_id", "rank", "partner_id"]].values.tolist()
    [['A', 1, 'P1'], ['B', 1, 'P2']]
    >>> [c for c in out.columns if c.startswith("fit_")]
    ['fit_dana', 'fit_tenaga']
    """
    ids, profiles = _organisations(organisations)
    index = partners if isinstance(partners, DirectoryIndex) else DirectoryIndex.build(partners)
    frames = []
    for profile in _progress(profiles, enabled=progress, unit=" org"):
        frames.append(rank(index, profile, top=top, lang=lang).to_frame())
    out = _stack(ids, frames)
    out.attrs["notes"] = list(index.frame.attrs.get("notes", []))
    return out


def rank_chunked(
    path: str | Path,
    needs_or_organisations: Any,
    *,
    top: int | None = 10,
    chunksize: int = 200_000,
    lang: str = "id",
    progress: bool = False,
) -> pd.DataFrame:
    """Rank a partner directory file too large for memory, reading it in chunks.

    Each chunk is validated (rows named as in the file) and scored; only the best ``top``
    partners per organisation are kept across chunks, so memory stays near one chunk plus
    ``top`` rows per organisation (and 16 bytes per partner to find duplicate ``partner_id``
    across chunks). Every validation problem in the file is reported at once, up to 50.

    Parameters
    ----------
    path : str or path
        The directory: CSV/TSV (streamed) or Parquet (by record batches); XLSX is read whole.
    needs_or_organisations
        One needs profile (NeedsProfile, profile dict, or ``.toml``/``.json`` path): the result
        equals ``rank(path, needs, top=top).to_frame()``. Otherwise organisations as for
        :func:`rank_many`, and the result equals ``rank_many(path, organisations, top=top)``.
    top : int or None, default 10
        Partners kept per organisation; None keeps all (memory is then not bounded).
    chunksize : int, default 200_000
        Records read at a time.
    lang : {"id", "en"}
    progress : bool, default False
        Progress bar over partners on stderr (only when it is a terminal).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = pathlib.Path(folder.name) / "mitra.csv"
    >>> _ = path.write_text("partner_id,name,sector,offers_tenaga\\n"
    ...     "P1,LKP Busana,masyarakat,instruktur menjahit\\nP2,Bengkel,swasta,mekanik\\n"
    ...     "P3,LKP Jahit,masyarakat,tutor menjahit busana\\n")
    >>> needs = {"needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}}}
    >>> rank_chunked(path, needs, top=2, chunksize=1)["partner_id"].tolist()
    ['P1', 'P3']
    >>> folder.cleanup()
    """
    single = _is_single(needs_or_organisations)
    if single:
        ids, profiles = ["1"], [load_needs(needs_or_organisations)]
    else:
        ids, profiles = _organisations(needs_or_organisations)
    label = str(path)
    chunks, notes = read_table_chunks(path, chunksize=chunksize, what="directory")
    analyzer = Analyzer()  # one stemming cache for every chunk
    best: list[pd.DataFrame | None] = [None] * len(profiles)
    seen = _SeenIds()
    problems: list[Problem] = []
    bar = _bar(enabled=progress)
    try:
        for table in chunks:
            if bar is not None:
                bar.update(len(table))
            try:
                frame = load_directory(table)
            except SchemaError as exc:
                if any(p.group in _STRUCTURAL for p in exc.problems):
                    raise SchemaError(exc.problems, source=label) from None
                problems.extend(exc.problems)
                seen.add(_raw_ids(table), table[ROW].to_numpy(np.int64))
                frame = None
            else:
                seen.add(frame["partner_id"], frame[ROW].to_numpy(np.int64))
            if len(problems) + len(seen.duplicates) >= _MAX_PROBLEMS:
                last = int(table[ROW].iloc[-1])
                problems.append(
                    Problem("stopped", f"stopped checking after row {last}: too many problems")
                )
                break
            if frame is None or problems or seen.duplicates:
                continue  # keep validating, stop scoring: the result will not be used
            index = DirectoryIndex(frame, analyzer)
            for j, profile in enumerate(profiles):
                candidates = rank(index, profile, top=top, lang=lang).to_frame()
                best[j] = _keep_best(best[j], candidates, top)
    finally:
        if bar is not None:
            bar.close()
        chunks.close()  # type: ignore[attr-defined]  # a generator; frees the file early
    if seen.duplicates:
        problems.insert(0, seen.problem())
    if problems:
        raise SchemaError(problems, source=label)
    out = _stack(ids, best) if not single else best[0] if best[0] is not None else pd.DataFrame()
    out.attrs["notes"] = list(notes)
    return out


# -- helpers -------------------------------------------------------------------------------------
def _is_single(value: Any) -> bool:
    if isinstance(value, NeedsProfile):
        return True
    if isinstance(value, Mapping):
        return any(k in value for k in ("organisation", "needs", "weights", "filters"))
    if isinstance(value, (str, Path)):
        return Path(value).suffix.lower() in (".toml", ".json")
    return False


def _organisations(value: Any) -> tuple[list[str], list[NeedsProfile]]:
    if isinstance(value, (str, Path, pd.DataFrame)):
        value = load_organisations(value)
    if isinstance(value, OrganisationBatch):
        ids = value.ids if len(value.ids) == len(value) else [str(i + 1) for i in range(len(value))]
        return list(ids), list(value)
    if isinstance(value, NeedsProfile) or _is_single(value):
        raise TypeError(
            "organisations must be a batch file, a DataFrame, a dict {org_id: profile} or a "
            "list of profiles; for one profile use rank()"
        )
    if isinstance(value, Mapping):
        return [str(k) for k in value], [load_needs(v) for v in value.values()]
    if isinstance(value, Sequence):
        return [str(i + 1) for i in range(len(value))], [load_needs(v) for v in value]
    raise TypeError(f"organisations: unsupported type {type(value).__name__}")


def _stack(ids: Sequence[str], frames: Sequence[pd.DataFrame | None]) -> pd.DataFrame:
    """Each organisation's ranking, ``org_id`` first, fit columns for the union of aspects."""
    parts = []
    for org_id, frame in zip(ids, frames):
        if frame is None or not len(frame):
            continue
        frame = frame.copy()
        frame.insert(0, ORG_ID, str(org_id))
        parts.append(frame)
    head = [ORG_ID, "rank", "partner_id", "name", "sector", "kind", "score"]
    head += [f"score_{c}" for c in CRITERIA]
    if not parts:
        return pd.DataFrame(columns=[*head, "pattern", "explanation"])
    out = pd.concat(parts, ignore_index=True, sort=False)
    fits = [f"fit_{a}" for a in ASPECTS if f"fit_{a}" in out.columns]
    known = {*head, *fits, "pattern", "explanation"}
    extras = [c for c in out.columns if c not in known]
    return out[[*head, *fits, "pattern", "explanation", *extras]]


def _keep_best(
    previous: pd.DataFrame | None, candidates: pd.DataFrame, top: int | None
) -> pd.DataFrame:
    """The best ``top`` of two rankings, ordered by (-score, partner_id) as rank() orders."""
    if previous is None or not len(previous):
        return candidates
    if not len(candidates):
        return previous
    both = pd.concat([previous, candidates], ignore_index=True)
    order = np.lexsort(
        (both["partner_id"].to_numpy().astype(str), -both["score"].to_numpy(dtype=float))
    )
    if top is not None:
        order = order[:top]
    out = both.iloc[order].reset_index(drop=True)
    out["rank"] = np.arange(1, len(out) + 1, dtype=np.int64)
    return out


def _raw_ids(table: pd.DataFrame) -> pd.Series:
    """The partner_id column of a chunk that failed validation (for duplicate detection)."""
    from .schema import _canonical

    for column in table.columns:
        if column != ROW and _canonical(column) == "partner_id":
            return table[column].astype("string").str.strip()
    return pd.Series(pd.NA, index=table.index, dtype="string")


class _SeenIds:
    """partner_ids of earlier chunks as sorted 64-bit hashes, with their rows."""

    def __init__(self) -> None:
        self.hashes = np.empty(0, dtype=np.uint64)
        self.rows = np.empty(0, dtype=np.int64)
        self.duplicates: dict[str, set[int]] = {}
        self.n_duplicates = 0

    def add(self, ids: pd.Series, rows: np.ndarray) -> None:
        present = ids.notna().to_numpy()
        ids, rows = ids[present].to_numpy(dtype=object), rows[present]
        hashes = pd.util.hash_array(ids.astype(str).astype(object))
        if len(self.hashes):
            pos = np.minimum(np.searchsorted(self.hashes, hashes), len(self.hashes) - 1)
            for i in np.flatnonzero(self.hashes[pos] == hashes):  # duplicates only
                key = str(ids[i])
                if key not in self.duplicates:
                    self.n_duplicates += 1
                    if len(self.duplicates) >= _MAX_DUPLICATE_IDS:
                        continue
                    self.duplicates[key] = {int(self.rows[pos[i]])}
                self.duplicates[key].add(int(rows[i]))
        merged = np.concatenate([self.hashes, hashes])
        # Two sorted runs: the stable sort merges them in linear time.
        order = np.argsort(merged, kind="stable")
        self.hashes = merged[order]
        self.rows = np.concatenate([self.rows, rows])[order]

    def problem(self) -> Problem:
        items = list(self.duplicates.items())
        listed = "; ".join(f"{k!r} ({_rows(sorted(v), 'row', 5)})" for k, v in items[:10])
        more = f"; and {self.n_duplicates - 10} more ids" if self.n_duplicates > 10 else ""
        rows = sorted({r for _, v in items for r in v})
        return Problem(
            "duplicate partner_id",
            f"partner_id must be unique; {self.n_duplicates} duplicated: {listed}{more}",
            column="partner_id",
            rows=rows,
        )


def _progress(items: Sequence[Any], *, enabled: bool, unit: str) -> Iterable[Any]:
    if not (enabled and sys.stderr.isatty()):
        return items
    from tqdm import tqdm

    return tqdm(items, total=len(items), file=sys.stderr, unit=unit, leave=False)


def _bar(*, enabled: bool) -> Any:
    if not (enabled and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(file=sys.stderr, unit=" partners", unit_scale=True, leave=False)
