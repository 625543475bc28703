"""Finding the same institution written differently, across lists and within one, and merging.

A dinas keeps one list, a PKBM association another, last year's survey a third; the same LKP
is in all of them, written three ways. :func:`find_duplicates` finds such pairs and
:func:`merge_directories` merges them without losing anything.

How pairs are found and scored
------------------------------
1. **Reading.** Every list is read by :func:`mitramatch.io.read_table` (CSV/TSV/XLSX/Parquet)
   and its headers mapped to the contract's names (``Nama Lembaga`` -> ``name``), plus
   ``phone`` (``Telepon``, ``No HP``, ``WA``), ``address`` (``Alamat``), ``email`` and
   ``website``. Only a name column is required. Cells are kept as written.
2. **Names** are reduced to what identifies the institution (:func:`mitramatch.names.name_key`):
   legal forms, abbreviations, school forms, region names, case, punctuation and word order.
3. **Blocking.** Rows are compared within their kabupaten/kota, resolved by
   :func:`mitramatch.engine.region_table` from ``region_code``, ``regency`` and ``province``
   (or, when those are empty, from a regency the name mentions). A row with only a province is
   compared with every row of that province; a row with no region at all with every row.
   Inside a block, rapidfuzz's ``cdist`` keeps the pairs whose core names (words sorted,
   so ``ratio`` is ``token_sort_ratio``) reach :data:`CANDIDATE_CUTOFF`; rows sharing a
   phone number or an e-mail address are paired whatever their names and regions.
4. **Scoring.** Each pair is compared field by field (:data:`COMPARISONS`); every field lands on
   one *level* carrying a weight of evidence in bits (log2 of how much more often the level is
   seen among duplicates than among other pairs, set by hand from the domain and checked on
   the labelled set in ``data/eval/dedup``) and its own words, so each pair explains itself.
   Two facts forbid a match outright: different numbers (``SMKN 1`` / ``SMKN 2``) and different
   branches or villages (``Cabang Baturaja`` / ``Cabang Martapura``, ``Desa Sukamaju`` /
   ``Desa Sukajadi``). The match probability is ``1 / (1 + 2 ** -(PRIOR + sum of weights))``.
5. **Deciding.** Pairs at or above :data:`SURE` (0.95) are *sure* and merged automatically;
   pairs at or above :data:`POSSIBLE` (0.5) are *possible* and listed for a person to decide
   (column ``decision``: ``ya``/``tidak``), fed back with ``decisions=``.

Merging keeps every non-empty cell: the merged row takes each column from the first list
given (then the earliest row); a different value from another row stands beside it in
``<column>__lain`` as ``value [source:row]``; ``sources`` lists every row merged; the
long :attr:`MergeResult.provenance` table records every input cell and where it went.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from .engine import canonical_column, check_lang, region_table
from .exceptions import Problem, SchemaError, Text, render
from .io import ROW_COLUMN, read_table
from .names import name_key, squash
from .validation import check_scalar

__all__ = [
    "CANDIDATE_CUTOFF",
    "COMPARISONS",
    "POSSIBLE",
    "PRIOR",
    "SURE",
    "Level",
    "MergeResult",
    "find_duplicates",
    "merge_directories",
    "read_lists",
]

#: Probability from which a pair is merged without asking.
SURE = 0.95
#: Probability from which a pair is shown for review.
POSSIBLE = 0.5
#: Evidence before any field is compared, in bits: most pairs of one block are different.
PRIOR = -4.0
#: Least ``token_sort_ratio`` of two core names for a pair to be scored at all: below 70 the
#: name counts against a match; 65 leaves room for a name that adds a word to the other.
CANDIDATE_CUTOFF = 65
# Phone numbers or e-mails shared by more rows than this are switchboards, not evidence.
_SHARED_CONTACT_LIMIT = 30
_CHUNK = 2048

SOURCE, ROW = "__source__", ROW_COLUMN
_EXTRA_ALIASES = {
    "telepon": "phone", "telp": "phone", "no_telp": "phone", "no_telepon": "phone",
    "nomor_telepon": "phone", "no_hp": "phone", "hp": "phone", "nomor_hp": "phone",
    "kontak": "phone", "wa": "phone", "whatsapp": "phone", "no_wa": "phone", "telephone": "phone",
    "alamat": "address", "alamat_lengkap": "address", "alamat_kantor": "address",
    "e_mail": "email", "surel": "email", "surat_elektronik": "email", "situs": "website",
    "web": "website", "laman": "website", "situs_web": "website",
}  # fmt: skip
_DECISIONS_YES = {"ya", "y", "sama", "yes", "same", "1", "true", "gabung", "merge"}
_DECISIONS_NO = {"tidak", "t", "beda", "berbeda", "no", "n", "different", "0", "false", "pisah"}


# -- the comparisons ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Level:
    """One outcome of comparing a field: its evidence in bits and its words."""

    name: str
    weight: float
    id: str
    en: str

    def words(self, lang: str, **values: object) -> str:
        return (self.en if lang == "en" else self.id).format(**values)


VETO = -math.inf

#: Every comparison and its levels, in the order explanations list them. Weights are bits of
#: evidence; ``VETO`` forbids a match whatever else agrees.
COMPARISONS: dict[str, tuple[Level, ...]] = {
    "name": (
        Level("exact", 9.0, "nama sama setelah dinormalkan", "same name once normalised"),
        Level("very_close", 7.0, "nama hampir sama ({sim}/100)",
              "nearly the same name ({sim}/100)"),
        Level("close", 5.0, "nama mirip ({sim}/100)", "similar name ({sim}/100)"),
        Level("related", 2.5, "nama agak mirip ({sim}/100)",
              "somewhat similar name ({sim}/100)"),
        Level("weak", 0.0, "nama sedikit mirip ({sim}/100)", "weakly similar name ({sim}/100)"),
        Level("different", -5.0, "nama berbeda ({sim}/100)", "different names ({sim}/100)"),
    ),
    "numbers": (
        Level("same", 1.0, "nomor sama ({a})", "same number ({a})"),
        Level("conflict", VETO, "nomor berbeda ({a} / {b})", "different numbers ({a} / {b})"),
        Level("one_side", -2.0, "nomor hanya di satu nama", "a number in one name only"),
        Level("none", 0.0, "", ""),
    ),
    "qualifiers": (
        Level("same", 1.0, "cabang/desa sama", "same branch/village"),
        Level("conflict", VETO, "cabang/desa/wilayah berbeda ({a} / {b})",
              "different branch/village/region ({a} / {b})"),
        Level("one_side", -1.5, "cabang/desa hanya di satu nama",
              "a branch/village in one name only"),
        Level("none", 0.0, "", ""),
    ),
    "type": (
        Level("same", 0.5, "bentuk lembaga sama ({a})", "same type of institution ({a})"),
        Level("conflict", -4.0, "bentuk lembaga berbeda ({a} / {b})",
              "different types of institution ({a} / {b})"),
        Level("unknown", 0.0, "", ""),
    ),
    "legal": (
        Level("conflict", -2.0, "badan hukum berbeda ({a} / {b})",
              "different legal forms ({a} / {b})"),
        Level("agree", 0.0, "", ""),
    ),
    "phone": (
        Level("same", 7.0, "telepon sama", "same phone"),
        Level("different", -1.0, "telepon berbeda", "different phones"),
        Level("unknown", 0.0, "", ""),
    ),
    "email": (
        Level("same", 7.0, "e-mail/situs sama", "same e-mail/website"),
        Level("different", -0.5, "e-mail/situs berbeda", "different e-mail/website"),
        Level("unknown", 0.0, "", ""),
    ),
    "address": (
        Level("same", 2.0, "alamat sama ({sim}/100)", "same address ({sim}/100)"),
        Level("close", 1.0, "alamat mirip ({sim}/100)", "similar address ({sim}/100)"),
        Level("different", -1.0, "alamat berbeda ({sim}/100)", "different addresses ({sim}/100)"),
        Level("unknown", 0.0, "", ""),
    ),
    "region": (
        Level("same_regency", 1.0, "satu kabupaten/kota", "same regency"),
        Level("same_province", 0.0, "satu provinsi (kabupaten tidak diketahui)",
              "same province (regency unknown)"),
        Level("other_regency", -6.0, "kabupaten/kota berbeda", "different regencies"),
        Level("other_province", -8.0, "provinsi berbeda", "different provinces"),
        Level("unknown", 0.0, "", ""),
    ),
    "kind": (
        Level("same", 0.5, "jenis sama ({a})", "same kind ({a})"),
        Level("different", -1.5, "jenis berbeda ({a} / {b})", "different kinds ({a} / {b})"),
        Level("unknown", 0.0, "", ""),
    ),
    "offers": (
        Level("close", 1.0, "tawaran mirip ({sim}/100)", "similar offers ({sim}/100)"),
        Level("other", 0.0, "", ""),
    ),
}  # fmt: skip
_LEVEL_INDEX = {f: {lv.name: k for k, lv in enumerate(levels)} for f, levels in COMPARISONS.items()}
_WEIGHTS = {f: np.array([lv.weight for lv in levels]) for f, levels in COMPARISONS.items()}


# -- reading -----------------------------------------------------------------------------------
def _canonical(header: str) -> str:
    name = canonical_column(header)
    return _EXTRA_ALIASES.get(name, name)


def _label(source: Any, k: int, used: set[str]) -> str:
    if isinstance(source, pd.DataFrame):
        label = str(source.attrs.get("source") or f"tabel{k + 1}")
        label = Path(label).name if os.sep in label else label
    else:
        label = Path(source).name
    if label in used:  # two lists with one file name: use the path
        label = str(source) if not isinstance(source, pd.DataFrame) else f"{label}#{k + 1}"
    used.add(label)
    return label


def read_lists(sources: Any) -> tuple[pd.DataFrame, list[Any]]:
    """Read one or more directory lists into one table of raw text cells.

    Columns get the contract's names (plus ``phone``, ``address``, ``email``, ``website``);
    ``__source__`` names each row's list and ``__row__`` its row as the spreadsheet shows it
    (its position + 2 for a DataFrame: header on row 1). Every problem of every list is
    reported at once.

    >>> table, notes = read_lists([pd.DataFrame({"Nama Lembaga": ["LKP Maju"], "Telp": ["0811"]})])
    >>> table.columns.tolist(), table[["__source__", "__row__"]].values.tolist()
    (['name', 'phone', '__source__', '__row__'], [['tabel1', 2]])
    """
    if isinstance(sources, (str, os.PathLike, pd.DataFrame)):
        sources = [sources]
    sources = list(sources)
    if not sources:
        raise ValueError("sources must name at least one directory list; got none")
    tables, notes, problems, used = [], [], [], set()
    for k, source in enumerate(sources):
        label = _label(source, k, used)
        raw, read_notes = read_table(source, what="directory list")
        notes.extend(f"{label}: {render(n)}" for n in read_notes)
        if ROW not in raw.columns:
            raw = raw.reset_index(drop=True)
            raw[ROW] = np.arange(len(raw), dtype=np.int64) + 2
        names = {c: c if c == ROW else _canonical(str(c)) for c in raw.columns}
        seen: dict[str, list[str]] = {}
        for original, new in names.items():
            seen.setdefault(new, []).append(str(original))
        for new, originals in seen.items():
            if len(originals) > 1:
                problems.append(
                    Problem(
                        Text("duplicate columns", "kolom ganda"),
                        Text(
                            f"{label}: columns {', '.join(map(repr, originals))} all mean "
                            f"{new!r}; keep one",
                            f"{label}: kolom {', '.join(map(repr, originals))} semuanya berarti "
                            f"{new!r}; pertahankan satu",
                        ),
                        column=new,
                    )
                )
        table = raw.rename(columns=names)
        if "name" not in table.columns:
            found = ", ".join(str(c) for c in raw.columns if c != ROW) or "(none)"
            problems.append(
                Problem(
                    Text("missing name column", "kolom nama tidak ada"),
                    Text(
                        f"{label}: no name column (name, nama, nama_lembaga); found: {found}",
                        f"{label}: tidak ada kolom nama (name, nama, nama_lembaga); yang ada: "
                        f"{found}",
                    ),
                )
            )
            continue
        table[SOURCE] = label
        tables.append(table)
    if problems:
        raise SchemaError(problems)
    combined = pd.concat(tables, ignore_index=True, sort=False)
    columns = [c for c in combined.columns if c not in (SOURCE, ROW)]
    combined = combined[[*columns, SOURCE, ROW]]
    for column in columns:
        values = combined[column].astype("string").str.strip()
        combined[column] = values.mask(values == "", pd.NA).astype(object)
    combined[ROW] = combined[ROW].astype(np.int64)
    return combined, notes


# -- features of each row ------------------------------------------------------------------------
def _phones(value: object) -> frozenset[str]:
    if not isinstance(value, str):
        return frozenset()
    out = set()
    for part in value.replace("/", ";").replace(",", ";").split(";"):
        digits = "".join(ch for ch in part if ch.isdigit())
        if digits.startswith("62"):
            digits = "0" + digits[2:]
        if len(digits) >= 7:
            out.add(digits)
    return frozenset(out)


def _address(value: object) -> str:
    if not isinstance(value, str):
        return ""
    words = squash_words(value)
    table = {"jl": "jalan", "jln": "jalan", "no": "nomor", "nomer": "nomor", "gg": "gang",
             "kec": "kecamatan", "kel": "kelurahan", "ds": "desa", "kab": "kabupaten"}  # fmt: skip
    return " ".join(table.get(w, w) for w in words)


def squash_words(text: str) -> list[str]:
    return [squash(w) for w in str(text).split() if squash(w)]


@dataclass
class _Features:
    ident: np.ndarray  # core name (or the type words when the core is empty)
    squashed: np.ndarray
    words: list  # core words in order, joined words split as other names write them
    keys: list
    regency: np.ndarray
    province: np.ndarray
    phones: list
    contact: list
    address: np.ndarray
    kind: np.ndarray
    offers: np.ndarray


def _column(table: pd.DataFrame, name: str) -> pd.Series:
    if name in table.columns:
        return table[name].astype("string")
    return pd.Series(pd.NA, index=table.index, dtype="string")


_KIND_PREFIX = re.compile(r"^\s*(?:kab(?:upaten)?|kota(?:madya)?|kodya)\b", re.IGNORECASE)


@cache
def _ambiguous_keys() -> frozenset[str]:
    """Regency names shared by a kabupaten and a kota (Bandung, Semarang, Bogor...)."""
    return region_table().shared_regency_name_keys()


def _values(table: pd.DataFrame, name: str) -> list:
    """A column's cells as Python values, None where empty or absent."""
    if name not in table.columns:
        return [None] * len(table)
    return [v if isinstance(v, str) else None for v in table[name].tolist()]


def _features(table: pd.DataFrame) -> _Features:
    names = table["name"].to_numpy(dtype=object)
    keys = [name_key(n if isinstance(n, str) else "") for n in names]
    words = _split_joined([k.ordered for k in keys])
    ident = np.array(
        [
            " ".join(sorted(w)) or " ".join(sorted(k.types - {"uptd", "uptp"})) or k.text
            for w, k in zip(words, keys)
        ],
        dtype=object,
    )
    regency, province = region_table().resolve(
        _column(table, "region_code"), _column(table, "regency"), _column(table, "province")
    )
    regency, province = regency.copy(), province.copy()
    # "Semarang" alone is read as the kabupaten, but lists write it for the kota as well: such
    # a row is placed in its province only (compared with all of it).
    both = _ambiguous_keys()
    for k, text in enumerate(_values(table, "regency")):
        if (regency[k] is not None and text is not None and not _KIND_PREFIX.match(text)
                and squash(text) in both):  # fmt: skip
            regency[k] = None
    for i, key in enumerate(keys):  # a regency the name mentions places a row with none
        if regency[i] is None and len(key.regions) == 1:
            code = key.regions[0]
            if province[i] is None or province[i] == code[:2]:
                regency[i], province[i] = code, code[:2]
    offers_cols = [c for c in table.columns if str(c).startswith("offers_")]
    offers = np.full(len(table), "", dtype=object)
    for column in offers_cols:
        offers = (
            offers
            + " "
            + np.array(
                [v.lower() if isinstance(v, str) else "" for v in table[column].tolist()],
                dtype=object,
            )
        )
    contact = []
    for email, site in zip(_values(table, "email"), _values(table, "website")):
        found = set()
        if isinstance(email, str) and "@" in email:
            found.add(email.strip().lower())
        if isinstance(site, str) and squash(site):
            found.add(squash(site.lower().removeprefix("https://").removeprefix("http://")
                             .removeprefix("www.")))  # fmt: skip
        contact.append(frozenset(found))
    kind = [squash(v) if isinstance(v, str) else "" for v in _values(table, "kind")]
    return _Features(
        ident=ident,
        squashed=np.array(["".join(w) for w in words], dtype=object),
        words=words,
        keys=keys,
        regency=regency,
        province=province,
        phones=[_phones(v) for v in _values(table, "phone")],
        contact=contact,
        address=np.array([_address(v) for v in _values(table, "address")], dtype=object),
        kind=np.array(kind, dtype=object),
        offers=np.array([o.strip() for o in offers], dtype=object),
    )


# -- candidate pairs ---------------------------------------------------------------------------
def _similar(ident: np.ndarray, queries: np.ndarray, choices: np.ndarray, *, triangle: bool):
    """Pairs (query row, choice row) whose names reach the cut-off, one chunk at a time."""
    out = []
    for start in range(0, len(queries), _CHUNK):
        q = queries[start : start + _CHUNK]
        c = choices[start:] if triangle else choices
        scores = process.cdist(
            # The core words are sorted already: ratio is token_sort_ratio, without the sorting.
            ident[q].tolist(), ident[c].tolist(), scorer=fuzz.ratio,
            score_cutoff=CANDIDATE_CUTOFF, dtype=np.uint8, workers=-1,
        )  # fmt: skip
        a, b = np.nonzero(scores)
        out.append(np.column_stack([q[a], c[b]]))
    return out


def _shared(values: list, n: int) -> list[np.ndarray]:
    """Pairs of rows sharing a phone number or an e-mail/site."""
    groups: dict[str, list[int]] = {}
    for i, found in enumerate(values):
        for v in found:
            groups.setdefault(v, []).append(i)
    out = []
    for rows in groups.values():
        if 1 < len(rows) <= _SHARED_CONTACT_LIMIT:
            r = np.array(rows)
            a, b = np.triu_indices(len(r), k=1)
            out.append(np.column_stack([r[a], r[b]]))
    return out


def _candidates(f: _Features) -> np.ndarray:
    n = len(f.ident)
    parts: list[np.ndarray] = []
    regency = pd.Series(f.regency, dtype=object)
    province = pd.Series(f.province, dtype=object)
    everyone = np.arange(n)
    for _, rows in regency.groupby(regency, sort=True).indices.items():
        parts += _similar(f.ident, rows, rows, triangle=True)
    placeless = regency.isna()
    for code, alone in province[placeless].groupby(province[placeless]).indices.items():
        alone = np.flatnonzero(placeless.to_numpy())[alone]
        parts += _similar(f.ident, alone, np.flatnonzero((province == code).to_numpy()),
                          triangle=False)  # fmt: skip
    unknown = np.flatnonzero((regency.isna() & province.isna()).to_numpy())
    if len(unknown):
        parts += _similar(f.ident, unknown, everyone, triangle=False)
    parts += _shared(f.phones, n) + _shared(f.contact, n)
    if not parts:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate([p for p in parts if len(p)] or [np.empty((0, 2), np.int64)])
    pairs = np.sort(pairs.astype(np.int64), axis=1)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    return np.unique(pairs, axis=0)


# -- scoring -----------------------------------------------------------------------------------
def _level(field: str, name: str) -> int:
    return _LEVEL_INDEX[field][name]


def _compare(f: _Features, pairs: np.ndarray) -> tuple[dict[str, np.ndarray], dict[str, list]]:
    """The level of every comparison for every pair, and the values its words quote."""
    i, j = pairs[:, 0], pairs[:, 1]
    n = len(pairs)
    levels: dict[str, np.ndarray] = {}
    quotes: dict[str, list] = {k: [None] * n for k in COMPARISONS}

    # Name: the core words, sorted or in their own order (``suka maju`` / ``sukamaju``).
    a, b = f.ident[i].tolist(), f.ident[j].tolist()
    sim = process.cpdist(a, b, scorer=fuzz.token_sort_ratio, workers=-1).astype(float)
    sq = process.cpdist(f.squashed[i].tolist(), f.squashed[j].tolist(), scorer=fuzz.ratio,
                        workers=-1).astype(float)  # fmt: skip
    sim = np.maximum(sim, np.where((f.squashed[i] != "") & (f.squashed[j] != ""), sq, 0))
    exact = f.ident[i] == f.ident[j]
    # A word swapped for another ("Maju Motor" / "Maju Mobil") makes two names; a name that
    # only adds words to the other ("Annisa Modiste" / "Annisa Modiste Baturaja") may be one.
    shape = np.array([_word_shape(f.words[x], f.words[y]) for x, y in zip(i.tolist(), j.tolist())])
    swapped, contained = shape == 1, shape == 2
    levels["name"] = np.select(
        [exact, sim >= 95, swapped & (sim >= 70), swapped, contained | (sim >= 88), sim >= 80,
         sim >= 70],
        [_level("name", x) for x in
         ("exact", "very_close", "weak", "different", "close", "related", "weak")],
        _level("name", "different"),
    )  # fmt: skip
    quotes["name"] = [{"sim": round(s)} for s in sim]

    num, qual, typ, legal = (np.empty(n, dtype=np.int64) for _ in range(4))
    for k, (x, y) in enumerate(zip(i.tolist(), j.tolist())):
        kx, ky = f.keys[x], f.keys[y]
        if kx.numbers and ky.numbers:
            same = kx.numbers == ky.numbers
            num[k] = _level("numbers", "same" if same else "conflict")
            quotes["numbers"][k] = {"a": " ".join(kx.numbers), "b": " ".join(ky.numbers)}
        else:
            num[k] = _level("numbers", "one_side" if (kx.numbers or ky.numbers) else "none")
        office = _office_conflict(kx, ky)
        if office:
            qual[k] = _level("qualifiers", "conflict")
            quotes["qualifiers"][k] = {"a": office[0], "b": office[1]}
        elif kx.qualifiers and ky.qualifiers:
            agree = all(
                any(kind == other and spell & others for other, others in ky.qualifiers)
                for kind, spell in kx.qualifiers
                if any(kind == other for other, _ in ky.qualifiers)
            )
            qual[k] = _level("qualifiers", "same" if agree else "conflict")
            quotes["qualifiers"][k] = {
                "a": ", ".join(sorted(s for _, sp in kx.qualifiers for s in sp)[:2]),
                "b": ", ".join(sorted(s for _, sp in ky.qualifiers for s in sp)[:2]),
            }
        else:
            qual[k] = _level(
                "qualifiers", "one_side" if (kx.qualifiers or ky.qualifiers) else "none"
            )
        tx, ty = kx.types - {"uptd", "uptp"}, ky.types - {"uptd", "uptp"}
        if tx and ty:
            typ[k] = _level("type", "same" if tx & ty else "conflict")
            quotes["type"][k] = {
                "a": "/".join(sorted(tx)).upper(),
                "b": "/".join(sorted(ty)).upper(),
            }
        else:
            typ[k] = _level("type", "unknown")
        lx, ly = (
            kx.legal - {"tbk", "persero", "perseroda"},
            ky.legal - {"tbk", "persero", "perseroda"},
        )
        conflict = bool(lx and ly and not lx & ly)
        legal[k] = _level("legal", "conflict" if conflict else "agree")
        if conflict:
            quotes["legal"][k] = {
                "a": "/".join(sorted(lx)).upper(),
                "b": "/".join(sorted(ly)).upper(),
            }
    levels.update(numbers=num, qualifiers=qual, type=typ, legal=legal)

    for field, values in (("phone", f.phones), ("email", f.contact)):
        out = np.full(n, _level(field, "unknown"))
        for k, (x, y) in enumerate(zip(i.tolist(), j.tolist())):
            if values[x] and values[y]:
                out[k] = _level(field, "same" if values[x] & values[y] else "different")
        levels[field] = out

    has = (f.address[i] != "") & (f.address[j] != "")
    asim = np.zeros(n)
    if has.any():
        asim = process.cpdist(f.address[i].tolist(), f.address[j].tolist(),
                              scorer=fuzz.token_set_ratio, workers=-1).astype(float)  # fmt: skip
    levels["address"] = np.select(
        [~has, asim >= 90, asim >= 75, asim < 50],
        [_level("address", x) for x in ("unknown", "same", "close", "different")],
        _level("address", "unknown"),
    )
    quotes["address"] = [{"sim": round(s)} for s in asim]

    ri, rj = f.regency[i], f.regency[j]
    pi, pj = f.province[i], f.province[j]
    known_r = np.array([x is not None and y is not None for x, y in zip(ri, rj)], dtype=bool)
    known_p = np.array([x is not None and y is not None for x, y in zip(pi, pj)], dtype=bool)
    levels["region"] = np.select(
        [known_r & (ri == rj), known_p & (pi != pj), known_r & (ri != rj), known_p],
        [_level("region", x) for x in
         ("same_regency", "other_province", "other_regency", "same_province")],
        _level("region", "unknown"),
    )  # fmt: skip

    ki, kj = f.kind[i], f.kind[j]
    known = (ki != "") & (kj != "")
    levels["kind"] = np.select(
        [known & (ki == kj), known],
        [_level("kind", "same"), _level("kind", "different")],
        _level("kind", "unknown"),
    )
    quotes["kind"] = [{"a": x, "b": y} for x, y in zip(ki, kj)]

    has = (f.offers[i] != "") & (f.offers[j] != "")
    osim = np.zeros(n)
    if has.any():
        osim = process.cpdist(f.offers[i].tolist(), f.offers[j].tolist(),
                              scorer=fuzz.token_set_ratio, workers=-1).astype(float)  # fmt: skip
    levels["offers"] = np.where(
        has & (osim >= 80), _level("offers", "close"), _level("offers", "other")
    )
    quotes["offers"] = [{"sim": round(s)} for s in osim]
    levels["_name_similarity"] = sim
    return levels, quotes


def _office_conflict(a, b) -> tuple[str, str] | None:
    """Two offices of different governments: the names name different regencies, or one a
    province and the other a regency (``Dinsos Prov. Sulsel`` / ``Dinas Sosial Kota
    Makassar``)."""
    ra, rb = set(a.regions), set(b.regions)
    if ra and rb and not ra & rb:
        return _region_words(ra), _region_words(rb)
    if a.provinces and rb and not ra:
        return f"prov. {_province_words(a.provinces)}", _region_words(rb)
    if b.provinces and ra and not rb:
        return _region_words(ra), f"prov. {_province_words(b.provinces)}"
    return None


def _region_words(codes: set[str]) -> str:
    names = region_table().regencies["name"]
    return ", ".join(str(names.get(c, c)) for c in sorted(codes))


def _province_words(codes: Sequence[str]) -> str:
    names = region_table().provinces["name"]
    return ", ".join(str(names.get(c, c)) for c in codes)


def _split_joined(words: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Split a word that other names write as two (``mekarsari`` where another row has
    ``mekar sari``), so that both compare as the same words."""
    joined: dict[str, tuple[str, str]] = {}
    for w in words:
        for p, q in itertools.pairwise(w):
            joined.setdefault(p + q, (p, q))
    if not joined:
        return list(words)
    return [tuple(x for t in w for x in joined.get(t, (t,))) for w in words]


def _word_shape(wa: tuple[str, ...], wb: tuple[str, ...]) -> int:
    """How the core words of two names relate: 1 when each has a word the other lacks (a
    swapped word), 2 when the words of one (two or more) are all in the other, else 0.
    Typos (``annisa`` / ``anisa``) and joined words (``mekarsari`` / ``mekar sari``) count
    as the same word."""
    ua, ub = set(wa) - set(wb), set(wb) - set(wa)
    for mine, theirs, other in ((ua, ub, wb), (ub, ua, wa)):
        joined = {p + q: (p, q) for p, q in itertools.pairwise(other)}
        for t in sorted(mine):
            if t in joined:
                mine.discard(t)
                theirs.difference_update(joined[t])
    for t in sorted(ua):
        close = next((u for u in sorted(ub) if fuzz.ratio(t, u) >= 85), None)
        if close is not None:
            ua.discard(t)
            ub.discard(close)
    if ua and ub:
        return 1
    if (ua or ub) and len(wb if ub else wa) >= 2:
        return 2
    return 0


def _explain(levels: dict[str, np.ndarray], quotes: dict[str, list], k: int, lang: str) -> str:
    plus, minus = [], []
    for field, table in COMPARISONS.items():
        level = table[int(levels[field][k])]
        if level.weight == 0 and field != "name":
            continue
        words = level.words(lang, **(quotes[field][k] or {"a": "", "b": "", "sim": 0}))
        if words:
            (plus if level.weight > 0 else minus).append(words)
    if not minus:
        return "; ".join(plus)
    but = "but" if lang == "en" else "tetapi"
    return "; ".join(plus) + (f"; {but} " if plus else "") + "; ".join(minus)


def _probability(weight: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return np.where(np.isneginf(weight), 0.0, 1.0 / (1.0 + np.exp2(-(PRIOR + weight))))


def _check_thresholds(sure: float, possible: float) -> tuple[float, float]:
    sure = check_scalar(sure, "sure", low=0, high=1, include_low=False)
    possible = check_scalar(possible, "possible", low=0, high=1, include_low=False)
    if possible > sure:
        raise ValueError(f"possible must be <= sure; got possible={possible}, sure={sure}")
    return sure, possible


def _score_pairs(table: pd.DataFrame, f: _Features, pairs: np.ndarray, lang: str,
                 keep: float) -> tuple[pd.DataFrame, np.ndarray]:  # fmt: skip
    """The pairs scoring at least ``keep``, explained, and the vetoed pairs (cannot-link)."""
    levels, quotes = _compare(f, pairs)
    weight = np.zeros(len(pairs))
    for field in COMPARISONS:
        weight = weight + _WEIGHTS[field][levels[field]]
    prob = _probability(weight)
    vetoed = pairs[np.isneginf(weight)]
    kept = np.flatnonzero(prob >= keep)
    i, j = pairs[kept, 0], pairs[kept, 1]
    ids = np.array(_values(table, "partner_id"), dtype=object)
    out = pd.DataFrame(
        {
            "left": i,
            "right": j,
            "left_source": table[SOURCE].to_numpy()[i],
            "left_row": table[ROW].to_numpy()[i],
            "left_id": ids[i],
            "left_name": table["name"].to_numpy()[i],
            "right_source": table[SOURCE].to_numpy()[j],
            "right_row": table[ROW].to_numpy()[j],
            "right_id": ids[j],
            "right_name": table["name"].to_numpy()[j],
            "score": np.round(prob[kept], 4),
            "weight": np.round(np.where(np.isneginf(weight[kept]), -99.0, weight[kept]), 2),
            "name_similarity": np.round(levels["_name_similarity"][kept], 1),
        }
    )
    for field, table_levels in COMPARISONS.items():
        names = np.array([lv.name for lv in table_levels], dtype=object)
        out[f"{field}_level"] = names[levels[field][kept]]
    out["explanation"] = [_explain(levels, quotes, int(k), lang) for k in kept]
    return out, vetoed


# -- public API --------------------------------------------------------------------------------
def find_duplicates(
    sources: Any,
    *,
    sure: float = SURE,
    possible: float = POSSIBLE,
    lang: str = "id",
) -> pd.DataFrame:
    """Pairs of rows that are probably the same institution, best first.

    Parameters
    ----------
    sources : path, DataFrame, or a list of them
        One or more directory lists (CSV/TSV/XLSX/Parquet or DataFrames); duplicates are
        looked for within each list and across them.
    sure, possible : float
        Probabilities from which a pair is ``sure`` (merged without asking) or ``possible``
        (shown for review). Pairs below ``possible`` are not returned.
    lang : {"id", "en"}
        Language of the explanations.

    Returns
    -------
    DataFrame
        One row per pair: ``status`` (``sure``/``possible``), ``score`` (match probability),
        ``weight`` (evidence in bits), each side's ``source``, ``row``, ``id`` and ``name``,
        the level of every comparison (``name_level``, ``phone_level``, ...), an
        ``explanation`` and an empty ``decision`` column for a reviewer (``ya``/``tidak``).

    Examples
    --------
    >>> a = pd.DataFrame({"nama": ["Lembaga Kursus dan Pelatihan Citra Busana", "SMKN 1 Baturaja"],
    ...                   "kabupaten": ["Kab. OKU", "OKU"]})
    >>> b = pd.DataFrame({"Nama Lembaga": ["LKP CITRA BUSANA", "SMK Negeri 2 Baturaja"],
    ...                   "Kabupaten": ["Ogan Komering Ulu", "Ogan Komering Ulu"]})
    >>> pairs = find_duplicates([a, b])
    >>> pairs[["left_name", "right_name", "status"]].values.tolist()
    [['Lembaga Kursus dan Pelatihan Citra Busana', 'LKP CITRA BUSANA', 'sure']]
    """
    sure, possible = _check_thresholds(sure, possible)
    check_lang(lang)
    table, _ = read_lists(sources)
    pairs = _find(table, sure=sure, possible=possible, lang=lang)[0]
    return pairs.drop(columns=["left", "right"])


def _find(table, *, sure, possible, lang):
    f = _features(table)
    pairs = _candidates(f)
    out, vetoed = _score_pairs(table, f, pairs, lang, keep=possible)
    out.insert(0, "status", np.where(out["score"] >= sure, "sure", "possible"))
    out = out.sort_values(["score", "left", "right"], ascending=[False, True, True], kind="stable")
    out["decision"] = ""
    out = out.reset_index(drop=True)
    return out, vetoed, len(pairs)


@dataclass
class MergeResult:
    """The merged directory, the pairs found, and where every input cell went.

    Attributes
    ----------
    merged : DataFrame
        One row per institution: each column from the first list given (then the earliest
        row), other values in ``<column>__lain`` as ``value [source:row]``, ``sources``.
    pairs : DataFrame
        Every pair found (:func:`find_duplicates`'s table), with ``merged`` True where the
        pair was merged (sure, or decided ``ya``).
    provenance : DataFrame
        Every non-empty input cell: ``merged_row`` (position in ``merged``), ``column``,
        ``value``, ``source``, ``row``, and ``kept`` (``main``: the merged cell; ``same``:
        the same value written otherwise (case, spaces, punctuation); ``beside``: in
        ``<column>__lain``).
    notes : list of Text
    n_candidates : int
        How many pairs were scored.
    """

    merged: pd.DataFrame
    pairs: pd.DataFrame
    provenance: pd.DataFrame
    notes: list[Any]
    n_candidates: int
    n_rows: int

    def summary(self, lang: str = "id") -> str:
        """One paragraph on what was merged and what awaits review."""
        merged = int(self.pairs["merged"].sum()) if len(self.pairs) else 0
        review = int(((self.pairs["status"] == "possible") & ~self.pairs["merged"]).sum())
        groups = int((self.merged["sources"].str.count(";") > 0).sum())
        if lang == "en":
            return (
                f"{self.n_rows} rows read, {len(self.merged)} institutions after merging: "
                f"{groups} merged from {merged} pair(s); {review} possible pair(s) await review "
                f"({self.n_candidates} pairs compared)."
            )
        return (
            f"{self.n_rows} baris dibaca, {len(self.merged)} lembaga setelah digabung: "
            f"{groups} hasil gabungan dari {merged} pasangan; {review} pasangan mungkin-sama "
            f"menunggu diperiksa ({self.n_candidates} pasangan dibandingkan)."
        )


def _read_decisions(decisions: Any) -> pd.DataFrame:
    if decisions is None:
        return pd.DataFrame(columns=["left_source", "left_row", "right_source", "right_row", "d"])
    frame, _ = read_table(decisions, what="reviewed pairs")
    frame = frame.rename(columns={c: canonical_column(str(c)) for c in frame.columns})
    frame = frame.rename(columns={"keputusan": "decision"})
    need = ["left_source", "left_row", "right_source", "right_row", "decision"]
    missing = [c for c in need if c not in frame.columns]
    if missing:
        raise SchemaError(
            Text(
                f"reviewed pairs: missing column(s) {', '.join(missing)}; expected the pairs "
                "file written by find_duplicates with its decision column filled",
                f"pasangan yang diperiksa: kolom {', '.join(missing)} tidak ada; yang diharapkan "
                "berkas pasangan dari find_duplicates dengan kolom decision terisi",
            )
        )
    words = frame["decision"].fillna("").astype(str).str.strip().str.lower()
    bad = ~(words.isin(_DECISIONS_YES | _DECISIONS_NO) | (words == ""))
    if bad.any():
        rows = frame[ROW].tolist() if ROW in frame.columns else list(np.flatnonzero(bad))
        shown = ", ".join(str(r) for r, b in zip(rows, bad) if b)
        raise SchemaError(
            Text(
                f"reviewed pairs: column decision: expected ya/tidak (yes/no, same/different) "
                f"or empty at row(s) {shown}",
                f"pasangan yang diperiksa: kolom decision: yang diharapkan ya/tidak (atau "
                f"kosong) di baris {shown}",
            )
        )
    frame = frame.assign(d=np.where(words.isin(_DECISIONS_YES), 1,
                                    np.where(words.isin(_DECISIONS_NO), 0, -1)))  # fmt: skip
    frame["left_row"] = pd.to_numeric(frame["left_row"]).astype(np.int64)
    frame["right_row"] = pd.to_numeric(frame["right_row"]).astype(np.int64)
    return frame[frame["d"] >= 0]


class _Clusters:
    """Union-find that refuses to join two groups holding a cannot-link pair."""

    def __init__(self, n: int, cannot: Iterable[tuple[int, int]]) -> None:
        self.parent = list(range(n))
        self.members: dict[int, set[int]] = {}
        self.cannot: dict[int, set[int]] = {}
        for a, b in cannot:
            self.cannot.setdefault(a, set()).add(b)
            self.cannot.setdefault(b, set()).add(a)

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma, mb = self.members.get(ra, {ra}), self.members.get(rb, {rb})
        if any(self.cannot.get(x, set()) & mb for x in ma):
            return False
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self.parent[rb] = ra
        self.members[ra] = ma | mb
        self.members.pop(rb, None)
        return True


def merge_directories(
    sources: Any,
    *,
    decisions: Any = None,
    sure: float = SURE,
    possible: float = POSSIBLE,
    lang: str = "id",
) -> MergeResult:
    """Merge directory lists into one, joining the rows that are one institution.

    Sure pairs are merged; possible pairs are merged only when ``decisions`` (the pairs table
    of :func:`find_duplicates`, a DataFrame or file, with ``decision`` filled) says ``ya``;
    ``tidak`` keeps a pair apart even if it is sure. A group is never formed that would put
    two rows with different numbers or branches together, nor two rows decided apart.

    Parameters
    ----------
    sources : path, DataFrame, or a list of them
        The lists, in order of preference: the merged cell takes the first list's value.
    decisions : path or DataFrame, optional
    sure, possible : float
    lang : {"id", "en"}

    Examples
    --------
    >>> a = pd.DataFrame({"partner_id": ["A1"], "nama": ["UPTD BLK Kab. OKU"],
    ...                   "telepon": ["0735-321456"]})
    >>> b = pd.DataFrame({"partner_id": ["B7"], "nama": ["Balai Latihan Kerja Ogan Komering Ulu"],
    ...                   "telepon": ["(0735) 321456"], "alamat": ["Jl. Garuda No. 5 Baturaja"]})
    >>> result = merge_directories([a, b])
    >>> result.merged[["partner_id", "partner_id__lain", "address", "sources"]].values.tolist()
    [['A1', 'B7 [tabel2:2]', 'Jl. Garuda No. 5 Baturaja', 'tabel1:2; tabel2:2']]
    """
    sure, possible = _check_thresholds(sure, possible)
    check_lang(lang)
    table, notes = read_lists(sources)
    pairs, vetoed, n_candidates = _find(table, sure=sure, possible=possible, lang=lang)
    decided = _read_decisions(decisions)
    where = {(s, int(r)): k for k, (s, r) in enumerate(zip(table[SOURCE], table[ROW]))}
    wanted: dict[tuple[int, int], int] = {}
    unknown = 0
    for rec in decided.itertuples(index=False):
        a = where.get((str(rec.left_source), int(rec.left_row)))
        b = where.get((str(rec.right_source), int(rec.right_row)))
        if a is None or b is None:
            unknown += 1
            continue
        wanted[(min(a, b), max(a, b))] = int(rec.d)
    if unknown:
        notes.append(
            Text(
                f"{unknown} reviewed pair(s) name rows not in these lists; ignored",
                f"{unknown} pasangan yang diperiksa menyebut baris yang tidak ada di daftar ini; "
                "diabaikan",
            )
        )
    cannot = [tuple(p) for p in vetoed.tolist()]
    cannot += [p for p, d in wanted.items() if d == 0]
    clusters = _Clusters(len(table), cannot)
    merged_flags = np.zeros(len(pairs), dtype=bool)
    refused = 0
    for k, rec in enumerate(pairs.itertuples(index=False)):
        key = (int(rec.left), int(rec.right))
        decision = wanted.get(key)
        join = decision == 1 or (decision is None and rec.status == "sure")
        if join:
            if clusters.union(*key):
                merged_flags[k] = True
            else:
                refused += 1
    # Decided "ya" on a pair below the review threshold: still honoured.
    listed = set(zip(pairs["left"].tolist(), pairs["right"].tolist()))
    for key, d in wanted.items():
        if d == 1 and key not in listed and not clusters.union(*key):
            refused += 1
    if refused:
        notes.append(
            Text(
                f"{refused} pair(s) not merged: merging them would join rows with different "
                "numbers or branches, or rows decided apart",
                f"{refused} pasangan tidak digabung: menggabungkannya akan menyatukan baris "
                "dengan nomor atau cabang berbeda, atau baris yang diputuskan berbeda",
            )
        )
    pairs = pairs.assign(merged=merged_flags)
    for key, d in wanted.items():  # show the reviewer's decisions in the pairs table
        hit = (pairs["left"] == key[0]) & (pairs["right"] == key[1])
        pairs.loc[hit, "decision"] = "ya" if d == 1 else "tidak"
    merged, provenance = _merge_rows(table, clusters)
    ids = merged["partner_id"] if "partner_id" in merged.columns else None
    if ids is not None and ids.notna().any() and ids.dropna().duplicated().any():
        dup = sorted(set(ids[ids.duplicated(keep=False) & ids.notna()]))
        notes.append(
            Text(
                f"partner_id not unique after merging (different institutions with one id in "
                f"different lists): {', '.join(map(str, dup[:10]))}; give them new ids before "
                "ranking",
                f"partner_id tidak unik setelah digabung (lembaga berbeda dengan id sama di daftar "
                f"berbeda): {', '.join(map(str, dup[:10]))}; beri id baru sebelum pemeringkatan",
            )
        )
    return MergeResult(
        merged=merged,
        pairs=pairs.drop(columns=["left", "right"]),
        provenance=provenance,
        notes=notes,
        n_candidates=n_candidates,
        n_rows=len(table),
    )


def _merge_rows(table: pd.DataFrame, clusters: _Clusters) -> tuple[pd.DataFrame, pd.DataFrame]:
    n = len(table)
    roots = np.array([clusters.find(k) for k in range(n)], dtype=np.int64)
    # Groups in the order of their first row: the first list's rows come first.
    order = pd.unique(roots)
    position = np.empty(n, dtype=np.int64)
    position[order] = np.arange(len(order))
    group = position[roots]
    columns = [c for c in table.columns if c not in (SOURCE, ROW)]
    sources = table[SOURCE].to_numpy(dtype=object)
    rows = table[ROW].to_numpy(dtype=np.int64)
    labels = np.array([f"{s}:{r}" for s, r in zip(sources.tolist(), rows.tolist())], dtype=object)
    cells = table[columns].to_numpy(dtype=object)
    filled = ~pd.isna(cells)
    out = np.full((len(order), len(columns)), None, dtype=object)
    beside = np.full((len(order), len(columns)), None, dtype=object)
    kept = np.full(cells.shape, "", dtype=object)
    # Rows alone in their group (nearly all) are copied as they are.
    size = np.bincount(group, minlength=len(order))
    alone = size[group] == 1
    out[group[alone]] = np.where(filled[alone], cells[alone], None)
    kept[alone] = "main"
    members: dict[int, list[int]] = {}
    for r in np.flatnonzero(~alone).tolist():
        members.setdefault(int(group[r]), []).append(r)
    for g, rows_of in members.items():
        for c in range(len(columns)):
            main, others, seen = None, [], set()
            for r in rows_of:
                if not filled[r, c]:
                    continue
                value = str(cells[r, c])
                key = squash(value)
                if main is None:
                    main, kept[r, c] = value, "main"
                    seen.add(key)
                elif key in seen:
                    kept[r, c] = "main" if value == main else "same"
                else:
                    kept[r, c] = "beside"
                    others.append(f"{value} [{labels[r]}]")
            out[g, c] = main
            if others:
                beside[g, c] = " | ".join(others)
    merged = pd.DataFrame(out, columns=columns)
    final: list[str] = []
    for c, column in enumerate(columns):
        final.append(column)
        if (beside[:, c] != None).any():  # noqa: E711 (element-wise)
            merged[f"{column}__lain"] = beside[:, c]
            final.append(f"{column}__lain")
    joined = {g: "; ".join(labels[r] for r in rs) for g, rs in members.items()}
    merged["sources"] = [joined.get(g) or labels[order[g]] for g in range(len(order))]
    merged = merged[[*final, "sources"]]
    r_idx, c_idx = np.nonzero(filled)
    provenance = pd.DataFrame(
        {
            "merged_row": group[r_idx],
            "column": np.array(columns, dtype=object)[c_idx],
            "value": [str(v) for v in cells[r_idx, c_idx].tolist()],
            "source": sources[r_idx],
            "row": rows[r_idx],
            "kept": kept[r_idx, c_idx],
        }
    )
    return merged, provenance


def explain_levels(lang: str = "id") -> pd.DataFrame:
    """The comparison levels and their weights, as a table (for documentation).

    >>> explain_levels().query("field == 'numbers'")["level"].tolist()
    ['same', 'conflict', 'one_side', 'none']
    """
    check_lang(lang)
    rows = [
        {"field": f, "level": lv.name, "weight": lv.weight,
         "words": lv.words(lang, sim="s", a="a", b="b")}
        for f, levels in COMPARISONS.items()
        for lv in levels
    ]  # fmt: skip
    return pd.DataFrame(rows)
