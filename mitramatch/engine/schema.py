"""The partner directory: header aliases, types and validation, done once at the boundary.

:func:`load_directory` turns whatever a user has (a file or a DataFrame with Indonesian headers,
Rupiah strings, ``ya/tidak`` flags, no id or sector column) into one clean DataFrame with the
contract's columns, or raises a :class:`~mitramatch.exceptions.SchemaError` listing every
problem at once, columns and cells together, with the rows as the user sees them in the
spreadsheet.
"""

from __future__ import annotations

import difflib
import functools
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import Note, Problem, SchemaError, Text, did_you_mean, rows_text
from ..io import read_table
from ..io.tabulate import WIDE, register_header_names, tidy_texts
from . import aliases
from .aspects import ASPECTS, SECTORS, normalise_aspect
from .parsing import canonical_header, parse_amounts, parse_bools, parse_decimals
from .sectors import infer_sectors

__all__ = [
    "CAPACITY_COLUMNS",
    "CONTRACT_COLUMNS",
    "FREE_OFFERS",
    "OFFER_COLUMNS",
    "REQUIRED_COLUMNS",
    "ROW",
    "TEXT_COLUMNS",
    "canonical_column",
    "duplicate_columns",
    "is_directory_header",
    "load_directory",
    "near_misses",
    "normalise_ids",
]

#: Columns every directory has once loaded; ``partner_id`` and ``sector`` may be made
#: (from a ``No`` column or the rows; from names and kinds) when the file has none.
REQUIRED_COLUMNS = ("partner_id", "name", "sector")
OFFER_COLUMNS = tuple(f"offers_{a}" for a in ASPECTS)
CAPACITY_COLUMNS = tuple(f"capacity_{a}" for a in ASPECTS)
TEXT_COLUMNS = (*OFFER_COLUMNS, "vision", "seeks")
#: The free-text column of offers not split by aspect ("Bantuan yang bisa diberikan",
#: "Keterangan", ...): the index reads it clause by clause (mitramatch.engine.offers).
FREE_OFFERS = "offers"
CONTRACT_COLUMNS = (
    "partner_id", "name", "sector", "kind", "province", "regency", "region_code", "lat", "lon",
    *OFFER_COLUMNS, FREE_OFFERS, *CAPACITY_COLUMNS, "vision", "seeks", "active",
    "years_active", "partnerships_completed",
)  # fmt: skip
ROW = "__row__"  # the row number as the user sees it (spreadsheet rows: header = 1)

_CONTRACT = frozenset(CONTRACT_COLUMNS)
# Every spelling of a contract column people may mean: for "did you mean" on near misses.
_SPELLINGS: dict[str, list[str]] = {}
for _spelling, _column in {**{c: c for c in CONTRACT_COLUMNS}, **aliases.DIRECTORY}.items():
    _SPELLINGS.setdefault(_column, []).append(_spelling)

_G_MISSING = Text("missing required columns", "kolom wajib tidak ada")
_G_DUPLICATE_COLUMNS = Text("duplicate columns", "kolom ganda")
_G_UNKNOWN_ASPECT = Text("unknown aspect", "aspek tidak dikenal")
_G_EMPTY = Text("empty required cells", "sel wajib kosong")
_G_DUPLICATE_IDS = Text("duplicate partner_id", "partner_id ganda")
_G_SECTOR = Text("unknown sector", "sektor tidak dikenal")
_G_NO_SECTOR = Text("sector not inferred", "sektor tidak dapat ditebak")
_G_NUMBERS = Text("unparseable numbers", "angka tidak terbaca")
_G_NEGATIVE = Text("negative numbers", "angka negatif")
_G_COORDINATES = Text("coordinates out of range", "koordinat di luar jangkauan")
_G_VALUES = Text("unparseable values", "nilai tidak terbaca")
_G_NO_ROWS = Text("no rows", "tidak ada baris")


def load_directory(
    source: str | Path | pd.DataFrame,
    *,
    header_row: int | None = None,
    sheet: str | int | None = None,
    free_offers: str | None = None,
) -> pd.DataFrame:
    """Read and validate a partner directory (CSV/TSV/XLSX/Parquet path or DataFrame).

    Returns a new DataFrame with the contract's columns (missing optional ones added empty),
    typed: text columns as strings (missing = NA), ``capacity_*``, ``lat``, ``lon``,
    ``years_active`` and ``partnerships_completed`` as floats, ``active`` as bool (missing =
    active). Unknown extra columns are kept after them. ``attrs["notes"]`` says what the user
    should know, as :class:`~mitramatch.exceptions.Note` strings (in the language of the
    moment, each keeping both: a saved index stores both languages).

    Without a ``partner_id`` column, ids are the numbers of a ``No``/``Nomor`` column when
    they are all given and unique, else ``row-<n>`` from the spreadsheet row (``index-<n>``
    for a DataFrame); without a ``sector`` column, each partner's sector is inferred from its
    name and kind (:mod:`mitramatch.engine.sectors`) and the rows no rule places are an error.
    A note says which was done.

    Parameters
    ----------
    source : path or DataFrame
    header_row, sheet
        For files: as for :func:`mitramatch.io.read_table` (the header's row, a workbook's
        sheet; found by themselves by default).
    free_offers
        When no header names the offers: the column to read as the free-text offers, as an
        earlier chunk of the same file was read (``attrs["offers_by_content"]``); by default
        the column whose cells mostly name a kind of help, with a note.

    Examples
    --------
    >>> d = load_directory(pd.DataFrame({
    ...     "ID": ["LKP-01"], "Nama Lembaga": ["LKP Citra Busana"], "Sektor": ["Masyarakat"],
    ...     "Tawaran Tenaga": ["instruktur menjahit"], "Kapasitas Dana": ["Rp 5.000.000,-"],
    ...     "Aktif": ["ya"]}))
    >>> d.loc[0, ["partner_id", "sector", "offers_tenaga"]].tolist()
    ['LKP-01', 'masyarakat', 'instruktur menjahit']
    >>> float(d.at[0, "capacity_dana"]), bool(d.at[0, "active"])
    (5000000.0, True)
    >>> d = load_directory(pd.DataFrame({"No": ["1", "2"], "Nama": ["PT Maju", "Dinas Sosial"]}))
    >>> d[["partner_id", "sector"]].values.tolist()
    [['1', 'swasta'], ['2', 'pemerintah']]
    """
    label = str(source) if not isinstance(source, pd.DataFrame) else None
    raw, read_notes = read_table(source, what="directory", header_row=header_row, sheet=sheet)
    notes: list[Any] = list(read_notes)
    problems: list[Problem] = []
    rows = _row_numbers(raw)
    # A frame from read_table/read_table_chunks carries spreadsheet rows in ROW.
    where = "row" if label or ROW in raw.columns else "index"
    layout = _Layout(raw, problems, notes)
    _offers_by_content(raw, layout, notes, free_offers)

    out: dict[str, Any] = {}
    for column in CONTRACT_COLUMNS:
        at = layout.position.get(column)
        out[column] = _text(raw.iloc[:, at]) if at is not None else pd.NA
    if layout.free:
        out[FREE_OFFERS] = _joined([_text(raw.iloc[:, j]) for j in layout.free])
    out = pd.DataFrame(out, index=pd.RangeIndex(len(raw)))
    kinds = _kinds(out["kind"])
    if len(raw):
        if "partner_id" in layout.position:
            out["partner_id"] = normalise_ids(out["partner_id"])
        elif "partner_id" not in layout.missing:
            out["partner_id"] = _made_ids(raw, layout, rows, where, notes)
        _check_required(out, rows, where, problems, present=layout.position)
        _check_duplicates(out, rows, where, problems)
        if "sector" in layout.position:
            out["sector"] = _sectors(out["sector"], rows, where, problems)
        elif "sector" not in layout.missing and "name" in layout.position:
            out["sector"] = _inferred_sectors(out["name"], kinds, rows, where, problems, notes)
    out["kind"] = kinds

    numeric = {c: False for c in CAPACITY_COLUMNS}
    numeric.update(years_active=False, partnerships_completed=False, lat=True, lon=True)
    for column, signed in numeric.items():
        out[column] = _numbers(out[column], column, rows, where, problems, signed=signed)
    for column, bound in (("lat", 90.0), ("lon", 180.0)):
        bad = np.abs(out[column].to_numpy()) > bound
        if bad.any():
            problems.append(
                Problem.format(
                    _G_COORDINATES,
                    "column {c}: expected degrees between -{b:g} and {b:g} at {at}",
                    "kolom {c}: yang diharapkan derajat antara -{b:g} dan {b:g} di {at}",
                    c=column,
                    b=bound,
                    at=rows_text(rows[bad], where),
                    column=column,
                    rows=rows[bad],
                )
            )
    _half_coordinates(out, rows, where, notes)
    active, bad = parse_bools(out["active"])
    if bad.any():
        problems.append(
            Problem.format(
                _G_VALUES,
                "column active: expected ya/tidak, aktif/nonaktif, true/false or 1/0 at "
                "{at} (found {found})",
                "kolom active: yang diharapkan ya/tidak, aktif/nonaktif, true/false atau "
                "1/0 di {at} (ditemukan {found})",
                at=rows_text(rows[bad], where),
                found=_examples(out["active"][bad]),
                column="active",
                rows=rows[bad],
            )
        )
    out["active"] = np.where(np.isnan(active), True, active == 1.0)

    if not len(raw) and "name" in layout.position:
        problems.append(
            Problem(
                _G_NO_ROWS,
                Text(
                    "the directory has no partners (no data rows)",
                    "direktori tidak berisi mitra (tidak ada baris data)",
                ),
            )
        )
    if problems:
        raise SchemaError(problems, source=label, notes=notes)

    # One concatenation, not a column at a time: a file may have thousands of extra columns.
    if len(layout.extras) < WIDE:
        extras = pd.DataFrame(
            {n: raw.iloc[:, j].to_numpy() for j, n in zip(layout.extras, layout.extra_names)},
            index=out.index,
        )
    else:  # thousands of extra columns stay one block of objects (mitramatch.io.tabulate.WIDE)
        cells = raw.iloc[:, layout.extras].to_numpy(dtype=object)
        extras = pd.DataFrame(cells, index=out.index, columns=layout.extra_names, dtype=object)
    out = pd.concat([out, extras, pd.DataFrame({ROW: rows}, index=out.index)], axis=1)
    out.attrs["source"] = label
    out.attrs["notes"] = [Note(n) for n in notes]  # text in both languages, as a str
    if layout.by_content is not None:
        out.attrs["offers_by_content"] = layout.by_content
    if layout.free:
        headers = [str(raw.columns[j]) for j in layout.free]
        given = source.attrs.get("offers_header") if isinstance(source, pd.DataFrame) else None
        # A directory loaded again keeps the header its offers were first written under.
        out.attrs["offers_header"] = (
            given if given and headers == [FREE_OFFERS] else ", ".join(headers)
        )
    return out


#: Cells sampled per column, and the share of them that must name a kind of help, for a column
#: under an unknown header to be read as the free-text offers (:func:`_offers_by_content`).
_SAMPLE_CELLS = 200
_OFFER_SHARE = 0.5


def _offers_by_content(
    raw: pd.DataFrame, layout: _Layout, notes: list[Any], given: str | None = None
) -> None:
    """With no offer column known by its header, the one free-text column whose cells mostly
    name a kind of help (the vocabulary's cues: instruktur, magang, modal, membeli) is read as
    the offers, with a note: headers are endless ("Peran Mitra", "Uraian Peran"), what a list
    says in them is not. ``given``: the header an earlier chunk chose (chunks agree)."""
    if layout.free or any(c in layout.position for c in OFFER_COLUMNS) or not layout.extras:
        return
    from .text import Analyzer  # the vocabulary only when no header says where offers are

    analyzer = Analyzer()
    cues = analyzer.cue_of
    best: tuple[float, int, int, int] | None = None  # share, column, cells named, cells read
    for j in layout.extras:
        if j == layout.number or (given is not None and str(raw.columns[j]) != given):
            continue
        cells = _text(raw.iloc[:, j]).dropna()
        cells = cells[cells.str.contains(r"[^\W\d_]{3}", regex=True)].head(_SAMPLE_CELLS)
        if cells.empty:
            continue
        named = sum(any(t in cues for t in analyzer.analyze(c)) for c in cells)
        share = named / len(cells)
        if (given is not None or share >= _OFFER_SHARE) and (best is None or share > best[0]):
            best = (share, j, named, len(cells))
    if best is None:
        return
    _, j, named, read = best
    k = layout.extras.index(j)
    del layout.extras[k], layout.extra_names[k]
    layout.free.append(j)
    header = layout.by_content = str(raw.columns[j])
    notes.append(
        Text(
            f"no column is named as offers; column {header!r} is read as the free-text offers, "
            f"as {named} of {read} of its cells name a kind of help (instruktur, magang, modal, "
            "membeli, ...); name it 'offers' or 'Bantuan yang bisa diberikan' to say so",
            f"tidak ada kolom bernama tawaran; kolom {header!r} dibaca sebagai tawaran bebas, "
            f"karena {named} dari {read} selnya menyebut jenis bantuan (instruktur, magang, "
            "modal, membeli, ...); beri nama 'offers' atau 'Bantuan yang bisa diberikan' untuk "
            "menegaskannya",
        )
    )


# -- columns -----------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1 << 16)
def canonical_column(name: str) -> str:
    """The contract column a directory header means (or its tidied self).

    >>> canonical_column("Kapasitas Sarpras"), canonical_column("Nama\\u00a0Lembaga")
    ('capacity_sarana', 'name')
    >>> canonical_column("Bentuk Dukungan"), canonical_column("Jumlah Kemitraan")
    ('offers', 'partnerships_completed')
    >>> canonical_column("Tawaran Gotong Royong"), canonical_column("tawaran_teknologi")
    ('offers', 'offers_teknologi')
    """
    key = canonical_header(name)
    key = aliases.DIRECTORY.get(key, key)
    prefix, _, rest = key.partition("_")
    if prefix in aliases.DIRECTORY_PREFIXES and rest:
        target = aliases.DIRECTORY_PREFIXES[prefix]
        try:
            return f"{target}_{normalise_aspect(rest)}"
        except SchemaError:
            # "tawaran_dna" is a misspelt aspect (load_directory names it), while
            # "tawaran_kerja_sama" or "tawaran_lainnya" is the free-text offers column, and so
            # is a header a person wrote in words, "Tawaran Gotong Royong": only a header
            # written as a column name ("tawaran_teknologi") claims to name an aspect.
            free = (
                rest in ("lain", "lainnya", "umum")
                or _is_free_offers(rest)
                or (prefix != target and _written_in_words(name))
            )
            if target == "offers" and free and not _near_aspect(rest):
                return FREE_OFFERS
            return f"{target}_{rest}"
    if key not in _CONTRACT and _is_free_offers(key):
        return FREE_OFFERS
    return key


def _written_in_words(name: str) -> bool:
    """Whether a header is words with spaces ("Tawaran Gotong Royong"), not a column name."""
    return len(name.split()) > 1


def _near_aspect(rest: str) -> bool:
    return bool(difflib.get_close_matches(rest, ASPECTS, n=1, cutoff=0.6))


def _is_free_offers(key: str) -> bool:
    words = key.split("_")
    found = set(words) | {f"{a}_{b}" for a, b in itertools.pairwise(words)}
    return bool(aliases.FREE_OFFER_WORDS & found) and not aliases.NOT_FREE_OFFER_WORDS & found


def is_directory_header(name: str) -> bool:
    """Whether a header cell names a directory column (for finding the header row)."""
    return canonical_column(name) in _CONTRACT or canonical_header(name) in aliases.NUMBER_COLUMNS


register_header_names("directory", is_directory_header)


def duplicate_columns(names: dict[Any, str] | Sequence[tuple[Any, str]]) -> list[Problem]:
    """Problems for headers that mean the same column (``nama`` and ``Nama Lembaga``).

    ``names`` maps each original header to its canonical name, or lists (header, canonical)
    pairs (a file may repeat a header exactly).
    """
    pairs = names.items() if isinstance(names, dict) else names
    seen: dict[str, list[str]] = {}
    for original, new in pairs:
        seen.setdefault(new, []).append(str(original))
    return [
        Problem.format(
            _G_DUPLICATE_COLUMNS,
            "columns {originals} all mean {new!r}; keep one",
            "kolom {originals} semuanya berarti {new!r}; pertahankan satu saja",
            originals=", ".join(map(repr, originals)),
            new=new,
            column=new,
        )
        for new, originals in seen.items()
        if len(originals) > 1
    ]


def near_misses(
    headers: Sequence[str], spellings: dict[str, list[str]], *, cutoff: float = 80
) -> list[str | None]:
    """For each unrecognised header, the known spelling it most looks like a typo of, if any
    (one vectorised rapidfuzz pass: a file may have thousands of extra columns)."""
    from rapidfuzz import fuzz, process

    choices = [s for names in spellings.values() for s in names]
    if not headers:
        return []
    keys = [canonical_header(h) for h in headers]
    scores = process.cdist(keys, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    best = scores.argmax(axis=1)
    return [choices[b] if scores[i, b] > 0 else None for i, b in enumerate(best)]


class _Layout:
    """Which column of the raw table is which contract column, and what is wrong with the
    headers (every problem found, so that cells are checked too)."""

    def __init__(self, raw: pd.DataFrame, problems: list[Problem], notes: list[Any]) -> None:
        headers = [(j, c) for j, c in enumerate(raw.columns) if c != ROW]
        canonical = [(j, c, canonical_column(c)) for j, c in headers]
        self.headers = [str(c) for _, c in headers]
        self.position: dict[str, int] = {}
        self.number: int | None = None
        self.extras: list[int] = []
        self.extra_names: list[str] = []
        self.missing: list[str] = []
        #: the free-text offer columns ("Bidang", "Keterangan"): several are read as one
        self.free: list[int] = []
        #: the header of a column read as the offers from its content (_offers_by_content)
        self.by_content: str | None = None
        problems.extend(
            duplicate_columns(
                [(c, k) for _, c, k in canonical if k in _CONTRACT and k != FREE_OFFERS]
            )
        )
        unknown: list[str] = []
        taken: dict[str, int] = {}  # extra column names given so far
        for j, original, key in canonical:
            prefix, _, rest = key.partition("_")
            if key == FREE_OFFERS:
                self.free.append(j)
            elif prefix in ("offers", "capacity") and rest not in ASPECTS:
                problems.append(
                    Problem.format(
                        _G_UNKNOWN_ASPECT,
                        "column {key!r}: unknown aspect {rest!r}{hint}; expected "
                        "{prefix}_<aspect> with aspect one of {aspects}",
                        "kolom {key!r}: aspek tidak dikenal {rest!r}{hint}; yang "
                        "diharapkan {prefix}_<aspek> dengan aspek salah satu dari {aspects}",
                        key=key,
                        rest=rest,
                        hint=did_you_mean(rest, ASPECTS),
                        prefix=prefix,
                        aspects=", ".join(ASPECTS),
                        column=key,
                    )
                )
            elif key in _CONTRACT:
                self.position.setdefault(key, j)  # the first of duplicates, to check cells
            else:
                if self.number is None and canonical_header(original) in aliases.NUMBER_COLUMNS:
                    self.number = j
                name = str(original)
                if name in taken:  # the same header twice: keep both, apart
                    copy = 2
                    while f"{name}_{copy}" in taken:
                        copy += 1
                    name = f"{name}_{copy}"
                    notes.append(
                        Text.format(
                            "the column {o!r} appears more than once; its copy is kept as {n!r}",
                            "kolom {o!r} muncul lebih dari sekali; salinannya disimpan sebagai "
                            "{n!r}",
                            o=original,
                            n=name,
                        )
                    )
                taken[name] = j
                unknown.append(str(original))
                self.extras.append(j)
                self.extra_names.append(name)
        self._missing(unknown, problems)
        self._near_misses(unknown, notes)

    def _missing(self, unknown: list[str], problems: list[Problem]) -> None:
        """``name`` must be there; ``partner_id`` and ``sector`` may be made, unless a header
        looks like a misspelt one (then the user meant to give it)."""
        misspelt = {}
        for header, near in zip(unknown, near_misses(unknown, _SPELLINGS)):
            column = aliases.DIRECTORY.get(near, near) if near else None
            if column in REQUIRED_COLUMNS and column not in self.position:
                misspelt.setdefault(column, (header, near))
        missing = [
            c for c in REQUIRED_COLUMNS
            if c not in self.position and (c == "name" or c in misspelt)
        ]  # fmt: skip
        self.missing = missing
        if not missing:
            return
        found = self.headers
        shown = ", ".join(found[:30]) + (f" (+{len(found) - 30})" if len(found) > 30 else "")
        hints_en = "".join(
            f" (did you mean {near!r} instead of {header!r}?)"
            for header, near in (misspelt[c] for c in missing if c in misspelt)
        )
        hints_id = "".join(
            f" (mungkin maksud Anda {near!r}, bukan {header!r}?)"
            for header, near in (misspelt[c] for c in missing if c in misspelt)
        )
        problems.append(
            Problem(
                _G_MISSING,
                Text(
                    f"missing required column(s) {', '.join(missing)}; found columns: "
                    f"{shown or '(none)'}{hints_en}",
                    f"kolom wajib tidak ada: {', '.join(missing)}; kolom yang ada: "
                    f"{shown or '(tidak ada)'}{hints_id}",
                ),
            )
        )

    def _near_misses(self, unknown: list[str], notes: list[Any]) -> None:
        """A note for kept columns whose header looks like a misspelt optional column."""
        hints = []
        for header, near in zip(unknown, near_misses(unknown, _SPELLINGS, cutoff=85)):
            column = aliases.DIRECTORY.get(near, near) if near else None
            if column and column not in self.position and column not in REQUIRED_COLUMNS:
                hints.append((header, near))
        if hints:
            shown = ", ".join(f"{h!r} ({n!r}?)" for h, n in hints[:5])
            notes.append(
                Text(
                    f"kept as extra column(s), not read as contract columns: {shown}",
                    f"disimpan sebagai kolom tambahan, tidak dibaca sebagai kolom kontrak: {shown}",
                )
            )


# -- cells -------------------------------------------------------------------------------------
def normalise_ids(ids: pd.Series) -> pd.Series:
    """Identifiers as people mean them: NFC, no invisible characters, no NBSP or padding, so
    that ids differing only by those are one id (and so duplicates).

    >>> normalise_ids(pd.Series(["P\\u200b01", " P01\\u00a0", None])).tolist()
    ['P01', 'P01', <NA>]
    """
    values = tidy_texts(ids)
    empty = (values == "").fillna(False).to_numpy(dtype=bool)
    return values.mask(empty, pd.NA) if empty.any() else values


def _made_ids(
    raw: pd.DataFrame, layout: _Layout, rows: np.ndarray, where: str, notes: list[Any]
) -> pd.Series:
    """Ids for a directory without a partner_id column: its row numbers column when every
    row has a distinct one, else the rows."""
    if layout.number is not None:
        numbers = normalise_ids(raw.iloc[:, layout.number]).str.rstrip(".")
        if numbers.notna().all() and not numbers.duplicated().any():
            name = str(raw.columns[layout.number])
            notes.append(
                Text(
                    f"no partner_id column: the ids are the numbers of the column {name!r}",
                    f"tidak ada kolom partner_id: id-nya adalah nomor di kolom {name!r}",
                )
            )
            return numbers.reset_index(drop=True)
        why_en, why_id = (
            " (its numbers are not all given and distinct)",
            (" (nomornya tidak lengkap atau tidak unik)"),
        )
    else:
        why_en = why_id = ""
    notes.append(
        Text(
            f"no partner_id column{why_en}: the ids are made from the {where}, as "
            f"'{where}-{rows[0]}'",
            f"tidak ada kolom partner_id{why_id}: id dibuat dari nomor "
            f"{'baris' if where == 'row' else 'indeks'}, seperti '{where}-{rows[0]}'",
        )
    )
    return pd.Series([f"{where}-{r}" for r in rows], dtype="string")


def _joined(columns: list[pd.Series]) -> pd.Series:
    """Several text columns as one, their cells joined by "; " (NA when all are empty)."""
    if len(columns) == 1:
        return columns[0]
    frame = pd.concat([c.reset_index(drop=True) for c in columns], axis=1)
    values = frame.to_numpy(dtype=object, na_value=None)
    return pd.Series(["; ".join(v for v in row if v) or None for row in values], dtype="string")


def _kinds(column: pd.Series) -> pd.Series:
    return column.str.lower().str.replace(r"[^a-z0-9]+", "_", regex=True).str.strip("_")


def _inferred_sectors(
    names: pd.Series,
    kinds: pd.Series,
    rows: np.ndarray,
    where: str,
    problems: list[Problem],
    notes: list[Any],
) -> pd.Series:
    sectors = infer_sectors(names, kinds)
    unplaced = sectors.isna().to_numpy() & names.notna().to_numpy()
    if unplaced.any():
        shown = ", ".join(repr(str(n)[:40]) for n in names[unplaced][:5])
        problems.append(
            Problem.format(
                _G_NO_SECTOR,
                "no sector column, and the sector cannot be inferred from the name or "
                "kind at {at}: {shown}; add a sector column ({sectors}), or fill it "
                "for these rows",
                "tidak ada kolom sector, dan sektornya tidak dapat ditebak dari nama atau "
                "jenis di {at}: {shown}; tambahkan kolom sector ({sectors}), atau isi "
                "untuk baris-baris ini",
                at=rows_text(rows[unplaced], where),
                shown=shown,
                sectors=", ".join(SECTORS),
                column="sector",
                rows=rows[unplaced],
            )
        )
    else:
        counts = sectors.value_counts()
        listed = ", ".join(f"{s} {int(counts[s])}" for s in SECTORS if s in counts)
        notes.append(
            Text(
                f"no sector column: inferred from the names and kinds ({listed}); check them "
                "in the sector column of the result",
                f"tidak ada kolom sector: ditebak dari nama dan jenis ({listed}); periksa di "
                "kolom sector hasilnya",
            )
        )
    return sectors.astype("string")


def _row_numbers(frame: pd.DataFrame) -> np.ndarray:
    if ROW in frame.columns:
        return pd.to_numeric(frame[ROW]).to_numpy(dtype=np.int64)
    return np.arange(len(frame), dtype=np.int64)


def _text(column: pd.Series) -> pd.Series:
    values = column.astype("string").str.strip()
    empty = (values == "").fillna(False).to_numpy(dtype=bool)
    if empty.any():  # masking costs a full copy of the column even when nothing is empty
        values = values.mask(empty, pd.NA)
    return values.reset_index(drop=True)


def _examples(values: pd.Series, limit: int = 3) -> str:
    uniq = list(dict.fromkeys(values.dropna().astype(str)))
    return ", ".join(repr(v[:40]) for v in uniq[:limit]) + (" ..." if len(uniq) > limit else "")


def _check_required(
    out: pd.DataFrame,
    rows: np.ndarray,
    where: str,
    problems: list[Problem],
    *,
    present: dict[str, int],
) -> None:
    for column in REQUIRED_COLUMNS:
        if column not in present:
            continue  # made, or inferred (and its own problems said)
        empty = out[column].isna().to_numpy()
        if empty.any():
            problems.append(
                Problem.format(
                    _G_EMPTY,
                    "column {c}: empty at {at}",
                    "kolom {c}: kosong di {at}",
                    c=column,
                    at=rows_text(rows[empty], where),
                    column=column,
                    rows=rows[empty],
                )
            )


def _check_duplicates(out: pd.DataFrame, rows: np.ndarray, where: str, problems: list[Problem]):
    ids = out["partner_id"]
    dup = ids.duplicated(keep=False).to_numpy() & ids.notna().to_numpy()
    if dup.any():
        groups = pd.Series(rows[dup]).groupby(ids[dup].to_numpy(), sort=True).apply(list)
        items = list(groups.items())[:10]
        more = len(groups) - 10
        problems.append(
            Problem.format(
                _G_DUPLICATE_IDS,
                "partner_id must be unique; {n} duplicated: {listed}{more_en}",
                "partner_id harus unik; {n} ganda: {listed}{more_id}",
                n=len(groups),
                listed=Text.join(
                    "; ",
                    (
                        Text.format(
                            "{p!r} ({r})", "{p!r} ({r})", p=pid, r=rows_text(r, where, limit=5)
                        )
                        for pid, r in items
                    ),
                ),
                more_en=f"; and {more} more ids" if more > 0 else "",
                more_id=f"; dan {more} id lainnya" if more > 0 else "",
                column="partner_id",
                rows=rows[dup],
            )
        )


def _sectors(column: pd.Series, rows: np.ndarray, where: str, problems: list[Problem]):
    key = column.str.lower().str.replace(r"[^a-z]+", "_", regex=True).str.strip("_")
    key = key.replace(aliases.SECTORS)
    bad = (key.notna() & ~key.isin(SECTORS)).to_numpy()
    if bad.any():
        found = list(dict.fromkeys(column[bad].astype(str)))
        hints = Text.join(
            "; ", (Text.format("{v!r}{h}", "{v!r}{h}", v=v, h=did_you_mean(v.lower(), SECTORS))
                   for v in found[:5])
        )  # fmt: skip
        problems.append(
            Problem.format(
                _G_SECTOR,
                "column sector: unknown value at {at}: {hints}; expected one of {sectors}",
                "kolom sector: nilai tidak dikenal di {at}: {hints}; yang diharapkan "
                "salah satu dari {sectors}",
                at=rows_text(rows[bad], where),
                hints=hints,
                sectors=", ".join(SECTORS),
                column="sector",
                rows=rows[bad],
            )
        )
    return key.astype("string")


def _numbers(
    column: pd.Series,
    name: str,
    rows: np.ndarray,
    where: str,
    problems: list[Problem],
    *,
    signed: bool,
) -> np.ndarray:
    # Coordinates are plain decimals: "104.105" is a longitude, not 104 105 Rupiah.
    values, bad = (parse_decimals if signed else parse_amounts)(column)
    infinite = np.isinf(values)
    if infinite.any():  # a float column of a DataFrame may hold inf; a cell never means it
        bad = bad | infinite
    if name.startswith("capacity"):
        what = Text("number or Rupiah amount", "angka atau jumlah Rupiah")
    else:
        what = Text("number", "angka")
    if bad.any():
        problems.append(
            Problem.format(
                _G_NUMBERS,
                "column {c}: expected a {what} at {at} (found {found})",
                "kolom {c}: yang diharapkan {what} di {at} (ditemukan {found})",
                c=name,
                what=what,
                at=rows_text(rows[bad], where),
                found=_examples(column[bad]) or repr(float("inf")),
                column=name,
                rows=rows[bad],
            )
        )
    negative = ~bad & (values < 0)
    if not signed and negative.any():
        problems.append(
            Problem.format(
                _G_NEGATIVE,
                "column {c}: expected a non-negative number at {at}",
                "kolom {c}: yang diharapkan angka tidak negatif di {at}",
                c=name,
                at=rows_text(rows[negative], where),
                column=name,
                rows=rows[negative],
            )
        )
    return np.where(bad | (negative & (not signed)), np.nan, values)


def _half_coordinates(out: pd.DataFrame, rows: np.ndarray, where: str, notes: list[Any]) -> None:
    """A latitude without a longitude (or the reverse) places nothing: drop it, and say so."""
    lat, lon = out["lat"].to_numpy(), out["lon"].to_numpy()
    half = np.isnan(lat) != np.isnan(lon)
    if half.any():
        out.loc[half, ["lat", "lon"]] = np.nan
        notes.append(
            Text.format(
                "only lat or only lon at {rows}: those coordinates are ignored (proximity "
                "uses the region names there)",
                "hanya lat atau hanya lon di {rows}: koordinat itu diabaikan (kedekatan "
                "memakai nama wilayah di sana)",
                rows=rows_text(rows[half], where),
            )
        )
