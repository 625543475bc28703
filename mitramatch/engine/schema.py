"""The partner directory: header aliases, types and validation, done once at the boundary.

:func:`load_directory` turns whatever a user has (a file or a DataFrame with Indonesian headers,
Rupiah strings, ``ya/tidak`` flags) into one clean DataFrame with the contract's columns, or
raises a :class:`~mitramatch.exceptions.SchemaError` listing every problem at once, with the
rows as the user sees them in the spreadsheet.
"""

from __future__ import annotations

import difflib
import itertools
from pathlib import Path

import numpy as np
import pandas as pd

from ..exceptions import Problem, SchemaError, did_you_mean, rows_text
from ..io import ROW_COLUMN, read_table
from .aspects import ASPECTS, SECTORS
from .parsing import canonical_header, parse_amounts, parse_bools, parse_decimals

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
    "load_directory",
]

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
#: The row number as the user sees it (spreadsheet rows: header = 1), added by reading.
ROW = ROW_COLUMN

_ALIASES = {
    "id": "partner_id", "id_mitra": "partner_id", "kode_mitra": "partner_id",
    "nama": "name", "nama_lembaga": "name", "nama_mitra": "name", "nama_instansi": "name",
    "sektor": "sector", "jenis": "kind", "jenis_lembaga": "kind", "tipe": "kind",
    "provinsi": "province", "kabupaten": "regency", "kabupaten_kota": "regency",
    "kab_kota": "regency", "kota": "regency", "kode_wilayah": "region_code",
    "lintang": "lat", "latitude": "lat", "bujur": "lon", "longitude": "lon", "lng": "lon",
    "visi": "vision", "visi_misi": "vision", "mencari": "seeks", "kebutuhan_mitra": "seeks",
    "aktif": "active", "status_aktif": "active", "lama_berdiri": "years_active",
    "tahun_aktif": "years_active", "jumlah_kemitraan": "partnerships_completed",
    "kemitraan_selesai": "partnerships_completed",
    # one free-text column of everything the partner offers, as dinas lists keep it
    "tawaran": FREE_OFFERS, "penawaran": FREE_OFFERS, "penawaran_kerja_sama": FREE_OFFERS,
    "bantuan_yang_bisa_diberikan": FREE_OFFERS, "bantuan_yang_dapat_diberikan": FREE_OFFERS,
    "bantuan": FREE_OFFERS, "bentuk_bantuan": FREE_OFFERS, "jenis_bantuan": FREE_OFFERS,
    "bidang": FREE_OFFERS, "bidang_kerja_sama": FREE_OFFERS, "keterangan": FREE_OFFERS,
    "layanan": FREE_OFFERS, "dukungan": FREE_OFFERS, "kontribusi": FREE_OFFERS,
    "potensi_kerja_sama": FREE_OFFERS, "offer": FREE_OFFERS, "what_they_offer": FREE_OFFERS,
}  # fmt: skip
_PREFIXES = {
    "tawaran": "offers",
    "offers": "offers",
    "kapasitas": "capacity",
    "capacity": "capacity",
}
_ASPECT_SUFFIX = {
    "dana": "dana", "tenaga": "tenaga", "sarana": "sarana", "sarpras": "sarana",
    "sarana_prasarana": "sarana", "program": "program",
    "pendayagunaan_hasil": "pendayagunaan_hasil", "pendayagunaan": "pendayagunaan_hasil",
}  # fmt: skip
_SECTOR_ALIASES = {
    "government": "pemerintah", "pemda": "pemerintah", "state": "pemerintah",
    "private": "swasta", "dudi": "swasta", "business": "swasta", "dunia_usaha": "swasta",
    "society": "masyarakat", "community": "masyarakat", "ormas": "masyarakat",
}  # fmt: skip


def load_directory(source: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Read and validate a partner directory (CSV/TSV/XLSX/Parquet path or DataFrame).

    Returns a new DataFrame with the contract's columns (missing optional ones added empty),
    typed: text columns as strings (missing = NA), ``capacity_*``, ``lat``, ``lon``,
    ``years_active`` and ``partnerships_completed`` as floats, ``active`` as bool (missing =
    active). Unknown extra columns are kept after them.

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
    """
    label = str(source) if not isinstance(source, pd.DataFrame) else None
    raw, notes = read_table(source, what="directory")
    frame = _rename(raw, label)
    problems: list[Problem] = []
    rows = _row_numbers(frame)
    # A frame from read_table/read_table_chunks carries spreadsheet rows in ROW.
    where = "row" if label or ROW in raw.columns else "index"

    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        problems.append(
            Problem(
                "missing required columns",
                f"missing required column(s) {', '.join(missing)}; found columns: "
                f"{', '.join(c for c in frame.columns if c != ROW) or '(none)'}"
                + "".join(did_you_mean(m, frame.columns) for m in missing[:1]),
            )
        )
    out = pd.DataFrame(index=pd.RangeIndex(len(frame)))
    for column in CONTRACT_COLUMNS:
        out[column] = _text(frame[column]) if column in frame.columns else pd.NA

    if not missing and len(frame):
        _check_required(out, rows, where, problems)
        _check_duplicates(out, rows, where, problems)
        out["sector"] = _sectors(out["sector"], rows, where, problems)
    out["kind"] = out["kind"].str.lower().str.replace(r"[^a-z0-9]+", "_", regex=True).str.strip("_")

    numeric = {c: False for c in CAPACITY_COLUMNS}
    numeric.update(years_active=False, partnerships_completed=False, lat=True, lon=True)
    for column, signed in numeric.items():
        out[column] = _numbers(out[column], column, rows, where, problems, signed=signed)
    for column, bound in (("lat", 90.0), ("lon", 180.0)):
        bad = np.abs(out[column].to_numpy()) > bound
        if bad.any():
            problems.append(
                Problem(
                    "coordinates out of range",
                    f"column {column}: expected degrees between -{bound:g} and {bound:g} "
                    f"at {rows_text(rows[bad], where)}",
                    column=column,
                    rows=rows[bad],
                )
            )
    active, bad = parse_bools(out["active"])
    if bad.any():
        problems.append(
            Problem(
                "unparseable values",
                f"column active: expected ya/tidak, aktif/nonaktif, true/false or 1/0 at "
                f"{rows_text(rows[bad], where)} (found {_examples(out['active'][bad])})",
                column="active",
                rows=rows[bad],
            )
        )
    out["active"] = np.where(np.isnan(active), True, active == 1.0)

    if not len(frame) and not missing:
        problems.append(Problem("no rows", "the directory has no partners (no data rows)"))
    if problems:
        raise SchemaError(problems, source=label)

    extras = [c for c in frame.columns if c not in CONTRACT_COLUMNS and c != ROW]
    for column in extras:
        out[column] = frame[column].to_numpy()
    out[ROW] = rows
    out.attrs["source"] = label
    out.attrs["notes"] = list(notes)
    if "offers_header" in frame.attrs:
        out.attrs["offers_header"] = frame.attrs["offers_header"]
    return out


# -- helpers -----------------------------------------------------------------------------------
def canonical_column(name: str) -> str:
    """The contract column a directory header means (or its tidied self).

    >>> canonical_column("Kapasitas Sarpras"), canonical_column("Nama Lembaga")
    ('capacity_sarana', 'name')
    >>> canonical_column("Bentuk Dukungan"), canonical_column("Jumlah Kemitraan")
    ('offers', 'partnerships_completed')
    """
    key = canonical_header(name)
    key = _ALIASES.get(key, key)
    prefix, _, rest = key.partition("_")
    # "tawaran_dna" is a misspelt aspect (an error names it), "tawaran_kerja_sama" free text.
    free_rest = _PREFIXES.get(prefix) == "offers" and (
        rest in ("lain", "lainnya", "umum") or _is_free_offers(rest)
    )
    if prefix in _PREFIXES and rest and (_near_aspect(rest) or not free_rest):
        return f"{_PREFIXES[prefix]}_{_ASPECT_SUFFIX.get(rest, rest)}"
    if free_rest or (key not in CONTRACT_COLUMNS and _is_free_offers(key)):
        return FREE_OFFERS
    return key


# Headers of one free-text offer column are many ("Bentuk Dukungan", "Tawaran Kerja Sama",
# "Jenis Bantuan CSR"): a header naming help or cooperation is one, unless it names a count,
# a date or a contact about it ("Jumlah Kemitraan", "Kontak Kerja Sama").
_FREE_WORDS = frozenset(
    {"bantuan", "dukungan", "tawaran", "penawaran", "kontribusi", "layanan", "kerja_sama",
     "kerjasama", "kemitraan", "offers", "offer", "support"}
)  # fmt: skip
_NOT_FREE_WORDS = frozenset(
    {"jumlah", "banyak", "riwayat", "selesai", "tahun", "tanggal", "tgl", "nomor", "no",
     "kontak", "telepon", "hp", "email", "nilai", "kapasitas", "capacity", "status", "id"}
)  # fmt: skip


def _near_aspect(rest: str) -> bool:
    return bool(difflib.get_close_matches(rest, list(_ASPECT_SUFFIX), n=1, cutoff=0.6))


def _is_free_offers(key: str) -> bool:
    words = key.split("_")
    pairs = {f"{a}_{b}" for a, b in itertools.pairwise(words)}
    return bool(_FREE_WORDS & (set(words) | pairs)) and not _NOT_FREE_WORDS & set(words)


_canonical = canonical_column  # the old name, until mitramatch.batch imports the public one


def duplicate_columns(names: dict) -> list[Problem]:
    """Problems for headers that mean the same column (``nama`` and ``Nama Lembaga``).

    ``names`` maps each original header to its canonical name.
    """
    seen: dict[str, list[str]] = {}
    for original, new in names.items():
        seen.setdefault(new, []).append(str(original))
    return [
        Problem(
            "duplicate columns",
            f"columns {', '.join(map(repr, originals))} all mean {new!r}; keep one",
            column=new,
        )
        for new, originals in seen.items()
        if len(originals) > 1
    ]


def _rename(raw: pd.DataFrame, label: str | None) -> pd.DataFrame:
    problems: list[Problem] = []
    names = {c: (c if c == ROW else canonical_column(c)) for c in raw.columns}
    free = [c for c, n in names.items() if n == FREE_OFFERS]
    if len(free) > 1:
        # Several free-text columns ("Bidang", "Keterangan"): read as one, clause by clause.
        raw = raw.copy()
        joined = (
            raw[free]
            .astype("string")
            .apply(
                lambda row: "; ".join(v for v in row if isinstance(v, str) and v.strip()) or pd.NA,
                axis=1,
            )
        )
        raw = raw.drop(columns=free[1:])
        raw[free[0]] = joined
        names = {c: n for c, n in names.items() if c not in free[1:]}
    if free:
        raw.attrs["offers_header"] = ", ".join(map(str, free))
    problems.extend(duplicate_columns(names))
    for new in names.values():
        prefix, _, rest = new.partition("_")
        if new != FREE_OFFERS and prefix in ("offers", "capacity") and rest not in ASPECTS:
            problems.append(
                Problem(
                    "unknown aspect",
                    f"column {new!r}: unknown aspect {rest!r}{did_you_mean(rest, ASPECTS)}; "
                    f"expected {prefix}_<aspect> with aspect one of {', '.join(ASPECTS)}",
                    column=new,
                )
            )
    if problems:
        raise SchemaError(problems, source=label)
    out = raw.rename(columns=names)
    out.attrs = dict(raw.attrs)
    return out


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


def _check_required(out: pd.DataFrame, rows: np.ndarray, where: str, problems: list[Problem]):
    for column in REQUIRED_COLUMNS:
        empty = out[column].isna().to_numpy()
        if empty.any():
            problems.append(
                Problem(
                    "empty required cells",
                    f"column {column}: empty at {rows_text(rows[empty], where)}",
                    column=column,
                    rows=rows[empty],
                )
            )


def _check_duplicates(out: pd.DataFrame, rows: np.ndarray, where: str, problems: list[Problem]):
    ids = out["partner_id"]
    dup = ids.duplicated(keep=False).to_numpy() & ids.notna().to_numpy()
    if dup.any():
        groups = pd.Series(rows[dup]).groupby(ids[dup].to_numpy(), sort=True).apply(list)
        listed = "; ".join(
            f"{pid!r} ({rows_text(r, where, limit=5)})" for pid, r in list(groups.items())[:10]
        )
        more = f"; and {len(groups) - 10} more ids" if len(groups) > 10 else ""
        problems.append(
            Problem(
                "duplicate partner_id",
                f"partner_id must be unique; {len(groups)} duplicated: {listed}{more}",
                column="partner_id",
                rows=rows[dup],
            )
        )


def _sectors(column: pd.Series, rows: np.ndarray, where: str, problems: list[Problem]):
    key = column.str.lower().str.replace(r"[^a-z]+", "_", regex=True).str.strip("_")
    key = key.replace(_SECTOR_ALIASES)
    bad = (key.notna() & ~key.isin(SECTORS)).to_numpy()
    if bad.any():
        found = list(dict.fromkeys(column[bad].astype(str)))
        hints = "; ".join(f"{v!r}{did_you_mean(v.lower(), SECTORS)}" for v in found[:5])
        problems.append(
            Problem(
                "unknown sector",
                f"column sector: unknown value at {rows_text(rows[bad], where)}: {hints}; "
                f"expected one of {', '.join(SECTORS)}",
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
    what = "number or Rupiah amount" if name.startswith("capacity") else "number"
    if bad.any():
        problems.append(
            Problem(
                "unparseable numbers",
                f"column {name}: expected a {what} at {rows_text(rows[bad], where)} "
                f"(found {_examples(column[bad])})",
                column=name,
                rows=rows[bad],
            )
        )
    negative = ~bad & (values < 0)
    if not signed and negative.any():
        problems.append(
            Problem(
                "negative numbers",
                f"column {name}: expected a non-negative number at "
                f"{rows_text(rows[negative], where)}",
                column=name,
                rows=rows[negative],
            )
        )
    return np.where(bad | (negative & (not signed)), np.nan, values)
