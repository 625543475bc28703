"""Where institutions are: Kemendagri region codes from codes or names, and distances.

Codes are Kemendagri's (``16`` province, ``16.01`` kabupaten/kota). BPS ids (``1601``) order
some regencies differently, so they are never converted by inserting a dot: such a code is
ignored and the names are used.

Names are read the way real lists write them. A cell is split into lower-case words (accents,
spaces and punctuation carry no meaning), word spellings are unified (``Kep.`` = Kepulauan,
``Sumatra`` = Sumatera, ``Jogja`` = Yogyakarta, ``dan`` dropped) and a leading ``Kab.``,
``Kabupaten``, ``Kota``, ``Kota Adm.``, ``Kotamadya``/``Kodya`` says which kind of region is
meant. The rest, without spaces, is looked up among the official names, the aliases (short
forms such as ``OKU``, ``Jaksel``, ``Sidrap``; spellings; capital towns) and former names
(``Mamuju Utara`` is Pasangkayu since 2017). The rules, in order:

1. A name that is both a kabupaten and a kota means the kabupaten when written alone
   (``Bogor``): officials write "Kota Bogor" for the city. A province, when given, chooses
   first (``Banjar`` is the kabupaten in Kalimantan Selatan, the kota in Jawa Barat).
2. A cell may carry its province (``Kab. Bandung, Jawa Barat``, ``Bandung - Jabar``), an
   abbreviation next to the name (``Sidenreng Rappang (Sidrap)``) or other words
   (``Kec. Baturaja Timur, Kab. OKU``): the longest part that is a known name is read.
3. An unknown name is corrected to a known one only when it is close (:data:`TYPO_CUTOFF`),
   within the given province (or the provinces formed from it), and clearly closer than any
   other name (:data:`TYPO_MARGIN`); never to a regency of another province than the one given.
4. The regency decides the province; a written province that disagrees is reported.

What was read, and how, is reported once per distinct written form with its number of rows
(:meth:`RegionTable.resolve` with ``notes=``), in English and Indonesian. The aliases and the
history of renamings and pemekaran are editable package data (``resources/region_aliases.csv``,
``resources/region_history.csv``; sources and reasoning in ``resources/SOURCES.md``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from ..exceptions import Text

__all__ = [
    "TYPO_CUTOFF",
    "TYPO_MARGIN",
    "RegionNote",
    "RegionTable",
    "code_ids",
    "haversine_km",
    "island_name",
    "island_of",
    "island_words",
    "islands_in",
    "least_km_to_box",
    "region_table",
]

#: Lowest similarity (rapidfuzz ``fuzz.ratio``, 0-100, on names without spaces) at which an
#: unknown name is read as a typo of a known one. One wrong or swapped letter costs a 7-letter
#: name 14.3 points and a 16-letter name 6.3; a missing letter costs less. 85 accepts one slip in
#: a name of 7 letters or more and two in one of 14 or more, and rejects the near-misses between
#: real names (Sumba Barat / Sumba Timur 77, Lampung Barat / Lampung Utara 80).
TYPO_CUTOFF = 85.0
#: The corrected name must be this many points closer than the next different region; otherwise
#: the name is left unplaced and the candidates are reported.
TYPO_MARGIN = 5.0
_MIN_TYPO_LENGTH = 5  # shorter names are too alike (Bima, Bina, Buol, Buru) to correct

_CODE = re.compile(r"^\d{2}(\.\d{2})?$")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_KAB = frozenset({"kab", "kabupaten", "pemkab"})
_KOTA = frozenset({"kota", "kodya", "kotamadya", "kotif", "kotip", "pemkot"})
# Words that only complete a kind word: "Kota Adm.", "Kota Madya", "Kab. Administrasi".
_KIND_TAIL = frozenset({"adm", "administrasi", "administratif", "madya"})
_PROVINCE_WORDS = frozenset({"provinsi", "propinsi", "prov", "prop", "province"})
_KIND_NAME = {"kab": Text("Kabupaten"), "kota": Text("Kota")}
# The longest place name read in free text, in words after kind words ("Kepulauan Bangka
# Belitung", "Kota Adm. Jakarta Selatan").
_NAMED_WORDS = 4
_MAX_WINDOW_WORDS = 12  # longer cells are addresses or sentences, not place names
_MEMO_SIZE = 200_000  # readings kept per table: free-text columns must not grow it forever


# -- what notes say ------------------------------------------------------------------------------
# One template per outcome, in English and Indonesian; fields filled by _say().
_SAY = {
    "read": ("read as {name}", "dibaca sebagai {name}"),
    "unplaced": ("no kabupaten/kota placed", "tidak ditempatkan di kabupaten/kota mana pun"),
    "province_only": (
        "the name of a province, not of a kabupaten/kota",
        "nama provinsi, bukan nama kabupaten/kota",
    ),
    "in_province_only": (
        "placed in {province} only",
        "hanya ditempatkan di {province}",
    ),
    "bare": (
        "a name alone means the kabupaten, not {others}",
        "nama saja berarti kabupaten, bukan {others}",
    ),
    "ambiguous": (
        "could be {options}: add the province or write Kab./Kota",
        "bisa {options}: tambahkan provinsi atau tulis Kab./Kota",
    ),
    "renamed": (
        "a former name: renamed {name} in {year}",
        "nama lama: berganti nama menjadi {name} pada {year}",
    ),
    "renamed_undated": ("a former name of {name}", "nama lama {name}"),
    "former_other": (
        "the former {old} is today's {name}",
        "{old} yang dulu kini bernama {name}",
    ),
    "splits": (
        "{new} were formed from it: a partner listed before then may be there",
        "{new} dimekarkan darinya: mitra yang tercatat sebelum itu mungkin ada di sana",
    ),
    "split": (
        "{new} was formed from it in {year}: a partner listed before then may be there",
        "{new} dimekarkan darinya pada {year}: mitra yang tercatat sebelum itu mungkin ada di sana",
    ),
    "town": ("{town} is a town in {name}", "{town} adalah kota di {name}"),
    "kind": ("there is no {kind} {bare}", "tidak ada {kind} {bare}"),
    "kind_here": ("there is no {kind} {bare} in {given}", "tidak ada {kind} {bare} di {given}"),
    "part": (
        "from the words '{part}', ignoring '{rest}'",
        "dari kata '{part}', tanpa '{rest}'",
    ),
    "typo": (
        "a likely typo (similarity {score:.2f})",
        "kemungkinan salah ketik (kemiripan {score:.2f})",
    ),
    "typo_elsewhere": (
        "not corrected: the closest name, {name} ({score:.2f}), is in {province}, not in {given}",
        "tidak dikoreksi: nama terdekat, {name} ({score:.2f}), ada di {province}, bukan di {given}",
    ),
    "typo_unsure": (
        "not corrected: {options} are about equally close",
        "tidak dikoreksi: {options} sama-sama mirip",
    ),
    "unknown": (
        "not a kabupaten/kota name mitramatch knows",
        "bukan nama kabupaten/kota yang dikenal mitramatch",
    ),
    "conflict": (
        "{name} is in {province}, not in {given} as given; placed in {province}",
        "{name} ada di {province}, bukan di {given} seperti tertulis; ditempatkan di {province}",
    ),
    "former_province": (
        "{name} is in {province} since {year}, formerly part of {given}",
        "{name} masuk {province} sejak {year}, dulu bagian dari {given}",
    ),
    "province_read": ("read as {province}", "dibaca sebagai {province}"),
    "province_unknown": (
        "not a province name mitramatch knows",
        "bukan nama provinsi yang dikenal mitramatch",
    ),
    "code_unused": (
        "not a Kemendagri code of the reference table (BPS ids such as 1601 are not "
        "converted); the names were used",
        "bukan kode Kemendagri dalam tabel rujukan (kode BPS seperti 1601 tidak diubah); "
        "namanya yang dipakai",
    ),
    "code_conflict": (
        "is {name}, but the regency is written {written!r} ({other}): the code was used",
        "adalah {name}, tetapi kabupaten/kota tertulis {written!r} ({other}): kodenya yang dipakai",
    ),
}
_FIELDS = {
    "region_code": Text("region code", "kode wilayah"),
    "regency": Text("regency", "kabupaten/kota"),
    "province": Text("province", "provinsi"),
}


def _say(what: str, **fields: object) -> Text:
    en, id_ = _SAY[what]
    en_fields = {k: v.en if isinstance(v, Text) else v for k, v in fields.items()}
    id_fields = {k: v.id if isinstance(v, Text) else v for k, v in fields.items()}
    return Text(en.format(**en_fields), id_.format(**id_fields))


def _join(texts: Sequence[Text], sep: str = "; ") -> Text:
    return Text(sep.join(t.en for t in texts), sep.join(t.id for t in texts))


def _either(names: Sequence[str], word: str = "or") -> Text:
    """``A``, ``A or B``, ``A, B or C`` (atau); with ``word="and"``: and (dan)."""
    if len(names) == 1:
        return Text(names[0])
    head = ", ".join(names[:-1])
    id_word = {"or": "atau", "and": "dan"}[word]
    return Text(f"{head} {word} {names[-1]}", f"{head} {id_word} {names[-1]}")


class RegionNote(Text):
    """What resolution did with one written form, for ``rows`` rows, in English and Indonesian.

    ``field`` is ``"regency"``, ``"province"`` or ``"region_code"``; ``written`` the text as
    found (stripped). Renders, compares and adds like :class:`~mitramatch.exceptions.Text`.
    """

    __slots__ = ("field", "rows", "written")

    def __init__(self, en: str, id: str, *, field: str, written: str, rows: int) -> None:
        super().__init__(en, id)
        self.field = field
        self.written = written
        self.rows = rows


# -- words -------------------------------------------------------------------------------------
def _words(text: object, spellings: dict[str, str]) -> tuple[str, ...]:
    """Lower-case ASCII words of a cell with spellings unified (``"Kep."`` -> kepulauan)."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    out = []
    for word in _NOT_WORD.split(plain.lower()):
        word = spellings.get(word, word)
        if word:
            out.append(word)
    return tuple(out)


def _is_kind_word(word: str) -> bool:
    return word in _KAB or word in _KOTA


def _split_kind(words: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
    """The kind written before a name (``"kab"``, ``"kota"`` or None) and the name's words."""
    kinds: set[str] = set()
    i = 0
    while i < len(words) and (_is_kind_word(words[i]) or (kinds and words[i] in _KIND_TAIL)):
        if _is_kind_word(words[i]):
            kinds.add("kab" if words[i] in _KAB else "kota")
        i += 1
    return (kinds.pop() if len(kinds) == 1 else None), tuple(words[i:])


def _strip_province_words(words: Sequence[str]) -> tuple[str, ...]:
    words = list(words)
    while words and words[0] in _PROVINCE_WORDS:
        words.pop(0)
    while words and words[-1] in _PROVINCE_WORDS:
        words.pop()
    return tuple(words)


# -- the name index ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Entry:
    """One way to write a region: an official name, an alias or a former name."""

    code: str
    source: str  # "official" < "alias" < "history": the order in which readings are preferred
    kind: str | None  # the kind of region this name denotes (a former name: the kind it had)
    alias_type: str = ""  # region_aliases.csv `type` (short, spelling, town, english, former)
    year: str = ""  # history: year of the renaming ("" when not known)
    name: str = ""  # the name as written in the resource (for notes)


_SOURCE_ORDER = {"official": 0, "alias": 1, "history": 2}


@dataclass
class _Reading:
    """How one cell was read: regency code, the province it places, and remarks."""

    code: str | None = None
    province: str | None = None
    remarks: list[Text] = field(default_factory=list)
    typo: bool = False  # corrected from a misspelling
    partial: bool = False  # read from part of the cell, other words ignored
    near_miss: bool = False  # not placed, but close to known names
    candidates: tuple[str, ...] = ()  # the codes a near miss is close to


@dataclass
class _Names:
    spellings: dict[str, str]
    regencies: dict[str, list[_Entry]]
    provinces: dict[str, list[_Entry]]
    regency_key: dict[str, str]  # code -> key of its official name
    splits: dict[str, list[tuple[str, str, str]]]  # parent code -> (name key, new code, year)
    children: dict[str, set[str]]  # province -> itself and every province formed from it
    formed: dict[str, str]  # province -> year it was formed from its parent
    regency_choices: list[str]
    province_choices: list[str]
    raw_words: set[str]  # every word written in a name, alias or former name
    memo_regency: dict[tuple[str, str | None], _Reading] = field(default_factory=dict)
    memo_province: dict[str, _Reading] = field(default_factory=dict)


def _read_csv(name: str) -> pd.DataFrame:
    with resources.files("mitramatch").joinpath("resources", name).open("rb") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)


@cache
def _names(table: RegionTable) -> _Names:
    aliases = _read_csv("region_aliases.csv")
    history = _read_csv("region_history.csv")
    word_rows = aliases[aliases["level"] == "word"]
    spellings = {w.lower(): c for w, c in zip(word_rows["alias"], word_rows["code"])}
    raw_words: set[str] = set(spellings) - {"dan"}

    def key(text: str, *, kinds: bool) -> tuple[str | None, str]:
        raw_words.update(_NOT_WORD.split(str(text).lower()))
        words = _words(text, spellings)
        kind, rest = _split_kind(words) if kinds else (None, _strip_province_words(words))
        return kind, "".join(rest)

    regencies: dict[str, list[_Entry]] = {}
    regency_key: dict[str, str] = {}
    for code, name in table.regencies["name"].items():
        kind, k = key(name, kinds=True)
        regency_key[code] = k
        regencies.setdefault(k, []).append(_Entry(code, "official", kind, name=name))
    provinces: dict[str, list[_Entry]] = {}
    for code, name in table.provinces["name"].items():
        provinces.setdefault(key(name, kinds=False)[1], []).append(
            _Entry(code, "official", None, name=name)
        )
    for level, alias, code, alias_type in zip(
        aliases["level"], aliases["alias"], aliases["code"], aliases["type"]
    ):
        if level == "regency":
            _, k = key(alias, kinds=True)
            kind = table.regencies.at[code, "kind"]
            regencies.setdefault(k, []).append(_Entry(code, "alias", kind, alias_type, name=alias))
        elif level == "province":
            provinces.setdefault(key(alias, kinds=False)[1], []).append(
                _Entry(code, "alias", None, alias_type, name=alias)
            )
    splits: dict[str, list[tuple[str, str, str]]] = {}
    parent: dict[str, str] = {}
    formed: dict[str, str] = {}
    for row in history.itertuples(index=False):
        if row.level == "regency":
            kind, k = key(row.name, kinds=True)
            if row.event == "renamed":
                regencies.setdefault(k, []).append(
                    _Entry(row.code, "history", row.kind or kind, "former", row.year, row.name)
                )
            else:
                splits.setdefault(row.code, []).append((k, row.new_code, row.year))
        elif row.event == "renamed":
            provinces.setdefault(key(row.name, kinds=False)[1], []).append(
                _Entry(row.code, "history", None, "former", row.year, row.name)
            )
        else:
            parent[row.new_code] = row.code
            formed[row.new_code] = row.year
    children: dict[str, set[str]] = {code: {code} for code in table.provinces.index}
    for child in parent:
        up = child
        while up in parent:  # Papua Barat Daya <- Papua Barat <- Papua
            up = parent[up]
            children[up].add(child)
    return _Names(
        spellings=spellings,
        regencies=regencies,
        provinces=provinces,
        regency_key=regency_key,
        splits=splits,
        children=children,
        formed=formed,
        regency_choices=[k for k in regencies if len(k) >= _MIN_TYPO_LENGTH],
        province_choices=[k for k in provinces if len(k) >= _MIN_TYPO_LENGTH],
        raw_words={w for w in raw_words if w},
    )


@dataclass(frozen=True, eq=False)  # hashed by identity, so lookups can be cached per table
class RegionTable:
    """Kemendagri reference: kabupaten/kota and provinces with representative coordinates."""

    regencies: pd.DataFrame  # index: code; columns: province, name, kind, lat, lon
    provinces: pd.DataFrame  # index: code; columns: name, lat, lon

    @classmethod
    def load(cls) -> RegionTable:
        files = resources.files("mitramatch").joinpath("resources")
        with files.joinpath("kabkota.csv").open("rb") as fh:
            kab = pd.read_csv(fh, dtype={"kode": str, "kode_prov": str})
        with files.joinpath("provinsi.csv").open("rb") as fh:
            prov = pd.read_csv(fh, dtype={"kode": str})
        names = kab["nama"].str.strip()
        regencies = pd.DataFrame(
            {
                "province": kab["kode_prov"].to_numpy(),
                "name": names.to_numpy(),
                "kind": np.where(names.str.startswith("Kota "), "kota", "kab"),
                "lat": kab["lat"].to_numpy(float),
                "lon": kab["lng"].to_numpy(float),
            },
            index=pd.Index(kab["kode"], name="code"),
        )
        provinces = pd.DataFrame(
            {
                "name": prov["nama"].str.strip().to_numpy(),
                "lat": prov["lat"].to_numpy(float),
                "lon": prov["lng"].to_numpy(float),
            },
            index=pd.Index(prov["kode"], name="code"),
        )
        return cls(regencies, provinces)

    # -- public lookups ----------------------------------------------------------------------
    def regency_code(self, name: object, province_code: str | None = None) -> str | None:
        """Kemendagri code of a kabupaten/kota written any common way, or None.

        ``province_code`` narrows the choice (and typo correction) to one province.

        >>> t = region_table()
        >>> t.regency_code("KAB. OGAN KOMERING ULU"), t.regency_code("Lubuk Linggau")
        ('16.01', '16.73')
        >>> t.regency_code("OKU Timur"), t.regency_code("Kota Bogor"), t.regency_code("Bogor")
        ('16.08', '32.71', '32.01')
        >>> t.regency_code("KOTA ADM. JAKARTA SELATAN"), t.regency_code("Mamuju Utara")
        ('31.74', '76.01')
        """
        if _missing(name):
            return None
        return self._read_regency(str(name), province_code).code

    def province_code(self, name: object) -> str | None:
        """Kemendagri code of a province name (``Sumatera Selatan``, ``SUMSEL``, ``DIY``), or None.

        >>> t = region_table()
        >>> t.province_code("Prov. SUMATERA SELATAN"), t.province_code("D.I YOGYAKARTA")
        ('16', '34')
        >>> t.province_code("NANGGROE ACEH DARUSSALAM (NAD)")
        '11'
        """
        if _missing(name):
            return None
        return self._read_province(str(name)).province

    def regency_name_keys(self) -> frozenset[str]:
        """Every kabupaten/kota name, short form, spelling and former name as it is looked
        up: lower case, kind words dropped, words joined (``ogankomeringulu``, ``oku``).

        For text that names regions inside other names ("UPTD BLK Kab. OKU") to find them.

        >>> {"ogankomeringulu", "palembang"} <= region_table().regency_name_keys()
        True
        """
        return frozenset(k for k in _names(self).regencies if k)

    def shared_regency_name_keys(self) -> frozenset[str]:
        """The name keys (:meth:`regency_name_keys`) of a kabupaten and a kota alike
        (Bandung, Semarang, Bogor): written alone, such a name does not say which.

        >>> {"bandung", "semarang"} <= region_table().shared_regency_name_keys()
        True
        """
        return frozenset(
            k
            for k, entries in _names(self).regencies.items()
            if len({e.kind for e in entries if e.source == "official"}) > 1
        )

    def place_words(self, *, ordinary: bool = False) -> frozenset[str]:
        """Lower-case words that name places: provinces, kabupaten/kota, their short forms,
        spellings and former names (``palembang``, ``komering``, ``jaksel``, ``sumsel``).

        For a text module to read such words in an offer ("pelatihan di OKU Timur") as a
        location rather than as content. Kind words (kabupaten, kota), province words
        (provinsi), words of one or two letters, and words that are also ordinary Indonesian
        words (``tanah``, ``laut``, ``batu``, ``selatan``, ``medan``; listed in
        ``resources/place_words_ordinary.txt``) are left out unless ``ordinary=True``.

        >>> words = region_table().place_words()
        >>> {"palembang", "komering", "jaksel", "sumsel"} <= words, "tanah" in words
        (True, False)
        """
        words = {
            w
            for w in _names(self).raw_words
            if len(w) > 2 and not w.isdigit() and not _is_kind_word(w)
        }
        words -= _PROVINCE_WORDS | _KIND_TAIL
        if not ordinary:
            skip = _ordinary_place_words()
            # an abbreviation of an ordinary word ("kep" for kepulauan) or a dropped word ("dan")
            spellings = _names(self).spellings
            words = {w for w in words if w not in skip and spellings.get(w, w) not in skip | {""}}
        return frozenset(words)

    def name_words(self) -> frozenset[str]:
        """Every lower-case word a place name can be written with in free text: the words of
        names, short forms and former names (ordinary ones too), kind words and province
        words. A text with none of them names no place (:meth:`named_in`).

        >>> {"lampung", "palu", "kota", "prov"} <= region_table().name_words()
        True
        """
        # "dan" joins names ("Bangka Belitung dan ...") and is dropped when they are read;
        # the kind tail (adm., administrasi) only ever follows a kind word.
        return (self.place_words(ordinary=True) - {"dan"}) | _KAB | _KOTA | _PROVINCE_WORDS

    def named_in(self, text: object) -> tuple[str, ...]:
        """Codes of the kabupaten/kota and provinces a free text names, in order: "membeli
        keripik dari pemasok Lampung" names the province, "warga Kab. Lampung Selatan" the
        kabupaten (longest name first, so not also the province).

        Names are read as in a region cell (official names, short forms, spellings, former
        names; no typo correction). A one-word name that is also an ordinary word ("palu",
        "serang", "malang"; ``resources/place_words_ordinary.txt``) counts only after a kind
        word ("Kota Palu", "Prov. Bali"). A name shared by a kabupaten and a kota (Bandung)
        names both.

        >>> t = region_table()
        >>> t.named_in("membeli keripik pisang dari pemasok Lampung")
        ('18',)
        >>> t.named_in("untuk warga Kab. Lampung Selatan dan Kota Palu"), t.named_in("palu besi")
        (('18.01', '72.71'), ())
        """
        if _missing(text):
            return ()
        names = _names(self)
        words = _words(text, names.spellings)
        ordinary = _ordinary_place_words()
        found: list[str] = []
        kind: str | None = None
        province_word = False
        i = 0
        while i < len(words):
            word = words[i]
            # "Kota Baru", "Kota Waringin Barat": the kind word is part of the name.
            joined = next(
                (
                    size
                    for size in range(min(_NAMED_WORDS, len(words) - i), 1, -1)
                    if _is_kind_word(word) and "".join(words[i : i + size]) in names.regencies
                ),
                0,
            )
            if joined:
                key = "".join(words[i : i + joined])
                found.extend(dict.fromkeys(e.code for e in names.regencies[key]))
                i += joined
                kind, province_word = None, False
                continue
            if _is_kind_word(word) or word in _KIND_TAIL:
                kind = kind or ("kab" if word in _KAB else "kota" if word in _KOTA else None)
                i += 1
                continue
            if word in _PROVINCE_WORDS:
                province_word = True
                i += 1
                continue
            size = 0
            for size in range(min(_NAMED_WORDS, len(words) - i), 0, -1):
                window = words[i : i + size]
                key = "".join(window)
                if size == 1 and len(key) < 3:
                    continue
                plain = size == 1 and key in ordinary
                entries = names.regencies.get(key, []) if not (plain and kind is None) else []
                if kind is not None:
                    entries = [e for e in entries if e.kind in (kind, None)] or entries
                if not entries and not (plain and not province_word):
                    entries = names.provinces.get(key, [])
                if entries:
                    found.extend(dict.fromkeys(e.code for e in entries))
                    break
            else:
                size = 1
            i += size
            kind, province_word = None, False
        return tuple(dict.fromkeys(found))

    def resolve(
        self,
        region_code: pd.Series,
        regency: pd.Series,
        province: pd.Series,
        *,
        notes: list | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Regency and province codes (object arrays, None when unknown) for whole columns.

        A code found in the table wins; otherwise the regency name (within the named province
        when given); the province comes from the regency, else from the code or the province
        name. Work is done once per distinct (code, regency, province) combination.

        Parameters
        ----------
        region_code, regency, province : pandas.Series
            Parallel columns (missing values allowed).
        notes : list, optional
            When given, a :class:`RegionNote` is appended for every written form that was
            corrected, read from a former name, read by a rule a person may want to check
            (a bare name, a town, part of a cell), or not recognised: one note per distinct
            written form and outcome, with its number of rows.

        Examples
        --------
        >>> notes = []
        >>> reg, prov = region_table().resolve(
        ...     pd.Series([None, None, None]),
        ...     pd.Series(["MAMUJU UTARA", "SEDENRENG RAPPANG", "MAMUJU UTARA"]),
        ...     pd.Series(["SULBAR", "Sulawesi Selatan", None]), notes=notes)
        >>> list(reg), list(prov)
        (['76.01', '73.14', '76.01'], ['76', '73', '76'])
        >>> print(notes[0])
        regency 'MAMUJU UTARA' (2 rows): read as Kabupaten Pasangkayu; a former name: renamed Kabupaten Pasangkayu in 2017
        """  # noqa: E501
        combos, inverse = _factorize_rows(region_code, regency, province)
        collect = _Collector() if notes is not None else None
        counts = np.bincount(inverse, minlength=len(combos)) if notes is not None else None
        reg_out, prov_out = [], []
        for i, (code, reg_name, prov_name) in enumerate(combos):
            said: list[tuple[str, str, Text]] = []
            reg, prov = self._resolve_one(code, reg_name, prov_name, said)
            reg_out.append(reg)
            prov_out.append(prov)
            if collect is not None:
                for what, written, text in said:
                    collect.add(what, written, text, int(counts[i]))
        if collect is not None:
            notes.extend(collect.notes())
        regs = np.array([*reg_out, None], dtype=object)[inverse]
        provs = np.array([*prov_out, None], dtype=object)[inverse]
        return regs, provs

    def centroids(self, regency_codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Representative lat/lon of regency codes (NaN when unknown)."""
        codes = pd.Series(regency_codes, dtype=object)
        lat = codes.map(self.regencies["lat"]).to_numpy(dtype=float)
        lon = codes.map(self.regencies["lon"]).to_numpy(dtype=float)
        return lat, lon

    # -- one combination -----------------------------------------------------------------------
    def _resolve_one(
        self,
        code: str | None,
        reg_name: str | None,
        prov_name: str | None,
        said: list[tuple[str, str, Text]],
    ) -> tuple[str | None, str | None]:
        reg = prov = None
        if code:
            # A well-formed code that is not in the table (a typo, a retired code) is ignored
            # like a BPS id, so the names still place the institution.
            if _CODE.match(code) and code in self.regencies.index:
                reg, prov = code, code[:2]
            elif _CODE.match(code) and code in self.provinces.index:
                prov = code
            else:
                said.append(("region_code", code, _say("code_unused")))
        written_prov = None
        if not _missing(prov_name) and str(prov_name).strip():
            reading = self._read_province(str(prov_name))
            written_prov = reading.province
            if reading.remarks:
                outcome = (
                    _say("province_read", province=self._province_name(written_prov))
                    if written_prov
                    else None
                )
                said.append(("province", str(prov_name).strip(), _outcome(outcome, reading)))
        has_name = not _missing(reg_name) and bool(str(reg_name).strip())
        if reg is not None:
            if has_name:
                self._check_code_name(reg, str(reg_name), said)
            return reg, prov
        hint = prov = prov or written_prov
        if has_name:
            reading = self._read_regency(str(reg_name), hint)
            reg = reading.code
            if reading.remarks:
                if reg:
                    outcome = _say("read", name=self._regency_name(reg))
                elif reading.province:
                    province = self._province_name(reading.province)
                    outcome = _say("in_province_only", province=province)
                else:
                    outcome = _say("unplaced")
                said.append(("regency", str(reg_name).strip(), _outcome(outcome, reading)))
            prov = prov or reading.province
        return reg, (reg[:2] if reg else prov)

    def _check_code_name(self, code: str, name: str, said: list) -> None:
        """Report a regency name that denotes another region than the code beside it (not a
        guess from a typo or from part of the cell: those do not contradict a code)."""
        reading = self._read_regency(name, None)
        other = None if reading.typo or reading.partial else reading.code
        names = _names(self)
        if other and other != code and names.regency_key[other] != names.regency_key[code]:
            said.append((
                "region_code",
                code,
                _say(
                    "code_conflict",
                    name=self._regency_name(code),
                    written=name.strip(),
                    other=self._regency_name(other),
                ),
            ))  # fmt: skip

    # -- reading a province cell -----------------------------------------------------------------
    def _read_province(self, text: str) -> _Reading:
        memo = _names(self).memo_province
        if text not in memo:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[text] = self._read_province_uncached(text)
        return memo[text]

    def _province_exact(self, words: Sequence[str]) -> _Reading | None:
        names = _names(self)
        words = _strip_province_words(words)
        entries = names.provinces.get("".join(words))
        if entries:
            entry = min(entries, key=lambda e: _SOURCE_ORDER[e.source])
            remarks = []
            if entry.source == "history":
                remarks.append(self._renamed(entry, self._province_name(entry.code)))
            return _Reading(province=entry.code, remarks=remarks)
        # "Nanggroe Aceh Darussalam (NAD)": a name and its abbreviation, both of one province
        for i in range(1, len(words)):
            head = names.provinces.get("".join(words[:i]))
            tail = names.provinces.get("".join(words[i:]))
            if head and tail and {e.code for e in head} == {e.code for e in tail}:
                return _Reading(province=head[0].code)
        return None

    def _read_province_uncached(self, text: str) -> _Reading:
        words = _words(text, _names(self).spellings)
        reading = self._province_exact(words)
        if reading is not None:
            return reading
        key = "".join(_strip_province_words(words))
        scores: dict[str, float] = {}
        if len(key) >= _MIN_TYPO_LENGTH:
            for choice, score, _ in process.extract(
                key, _names(self).province_choices, scorer=fuzz.ratio, limit=10,
                score_cutoff=TYPO_CUTOFF - TYPO_MARGIN,
            ):  # fmt: skip
                for entry in _names(self).provinces[choice]:
                    scores[entry.code] = max(scores.get(entry.code, 0.0), score)
        best = _clear_best(scores)
        if best is not None:
            return _Reading(province=best, remarks=[_say("typo", score=scores[best])], typo=True)
        remarks = [_say("province_unknown")]
        if scores:
            options = [self._province_name(c) for c in _ranked(scores)[:3]]
            remarks.append(_say("typo_unsure", options=_either(options, "and")))
        return _Reading(remarks=remarks)

    # -- reading a regency cell ------------------------------------------------------------------
    def _read_regency(self, text: str, hint: str | None) -> _Reading:
        memo = _names(self).memo_regency
        if (text, hint) not in memo:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[(text, hint)] = self._read_regency_uncached(text, hint)
        return memo[(text, hint)]

    def _read_regency_uncached(self, text: str, hint: str | None) -> _Reading:
        words = _words(text, _names(self).spellings)
        if not words:
            return _Reading()
        reading = self._exact(words, hint)
        if reading is not None:
            return reading
        # The province written in the same cell: "Kab. Bandung, Jawa Barat", "Sleman (DIY)".
        in_cell, rest = None, words
        for prov_words, other in _ends(words):
            found = self._province_exact(prov_words)
            if found is not None:
                in_cell, rest = found.province, other
                reading = self._exact(other, hint or in_cell)
                if reading is not None:
                    return reading
                break
        part = self._part(words, hint)
        if part is not None and not part.partial:
            return part
        whole = self._province_exact(words)
        if whole is not None:
            return _Reading(province=whole.province, remarks=[_say("province_only")])
        reading = self._typo(words, hint or in_cell)
        if reading.code is None and rest != words:  # "Sedenreng Rappang, Sulsel"
            without = self._typo(rest, hint or in_cell)
            reading = without if without.code is not None else reading
        if (
            reading.code is None
            and part is not None
            and (not reading.near_miss or part.code in reading.candidates)
        ):
            # Only now a part of the cell: "Nias Selata" is Nias Selatan, not Nias; and not
            # "Batu" for "Batu Braa", close to both Batu Bara and Baturaja. A part that is one
            # of the names the whole is close to settles it: "Kab. Maluku Tengah (P. Seram)"
            # is Maluku Tengah, though the whole is as close to Maluku Tenggara.
            return part
        if reading.code is None and in_cell:
            reading.province = in_cell
        return reading

    def _exact(self, words: Sequence[str], hint: str | None) -> _Reading | None:
        """The reading of words that are exactly a known name (no parts, no typos), or None."""
        kind, rest = _split_kind(words)
        if not rest:
            return None
        reading = self._choose("".join(rest), kind, hint, rest)
        if reading is None and kind is not None:
            # "Kota Baru", "Kota Waringin Barat": the kind word was part of the name.
            reading = self._choose("".join(words), None, hint, words)
        return reading

    def _choose(
        self, key: str, kind: str | None, hint: str | None, words: Sequence[str]
    ) -> _Reading | None:
        names = _names(self)
        entries = names.regencies.get(key)
        if not entries:
            return None
        if kind is not None:
            # An alias follows the written kind to the same-named sibling: "Kota Tasik" is
            # Kota Tasikmalaya although "Tasik" alone is the kabupaten.
            entries = [self._sibling(e, kind) if e.source == "alias" else e for e in entries]
        outside = False
        if hint:
            inside = [e for e in entries if e.code[:2] in names.children.get(hint, {hint})]
            outside = not inside
            entries = inside or entries
        # Preferred: the written kind, then official names before aliases before former names.
        best = min((kind is not None and e.kind != kind, _SOURCE_ORDER[e.source]) for e in entries)
        if kind is None and best[1] == _SOURCE_ORDER["history"] and key in names.provinces:
            return None  # a bare "Kepulauan Riau" is the province, not the former kabupaten
        top = [
            e
            for e in entries
            if (kind is not None and e.kind != kind, _SOURCE_ORDER[e.source]) == best
        ]
        codes = list(dict.fromkeys(e.code for e in top))
        if len(codes) > 1:
            kabs = [c for c in codes if self.regencies.at[c, "kind"] == "kab"]
            if kind is not None or len(kabs) != 1:
                options = _either([self._regency_label(c) for c in codes])
                return _Reading(remarks=[_say("ambiguous", options=options)])
            # A name alone means the kabupaten: officials write "Kota Bogor" for the city.
            codes = kabs
        code = codes[0]
        entry = next(e for e in top if e.code == code)
        name = self._regency_name(code)
        remarks: list[Text] = []
        if entry.source == "history":
            remarks.append(self._renamed(entry, name))
        elif entry.alias_type == "town":
            remarks.append(_say("town", town=entry.name, name=name))
        if kind is None:
            remarks += self._bare_remarks(code, entry, entries, hint)
        elif entry.kind != kind:
            bare = " ".join(w.capitalize() for w in words if not _is_kind_word(w))
            if outside or len(entries) == len(names.regencies[key]):
                remarks.append(_say("kind", kind=_KIND_NAME[kind], bare=bare))
            else:  # "Kota Banjar" with Kalimantan Selatan: there is one, in Jawa Barat
                given = self._province_name(hint)
                remarks.append(_say("kind_here", kind=_KIND_NAME[kind], bare=bare, given=given))
        remarks += self._split_remarks(entry, key)
        if hint and outside:
            given = self._province_name(hint)
            remarks.append(
                _say("conflict", name=name, province=self._province_name(code[:2]), given=given)
            )
        elif hint and code[:2] != hint:
            remarks.append(
                _say(
                    "former_province",
                    name=name,
                    province=self._province_name(code[:2]),
                    year=names.formed.get(code[:2], "?"),
                    given=self._province_name(hint),
                )
            )
        return _Reading(code=code, remarks=remarks)

    def _sibling(self, entry: _Entry, kind: str) -> _Entry:
        """The region of the other kind with the same official name, if there is one."""
        names = _names(self)
        if entry.kind == kind:
            return entry
        for other in names.regencies.get(names.regency_key[entry.code], []):
            if other.source == "official" and other.kind == kind:
                return _Entry(other.code, "alias", kind, entry.alias_type, name=entry.name)
        return entry

    def _bare_remarks(
        self, code: str, entry: _Entry, entries: list[_Entry], hint: str | None
    ) -> list[Text]:
        """What a person should know about a name written alone: the kota of the same name
        (within the given province), or a former kabupaten of that name elsewhere."""
        names = _names(self)
        remarks = []
        same = [
            e.code
            for e in names.regencies[names.regency_key[code]]
            if e.source == "official"
            and e.code != code
            and (not hint or e.code[:2] in names.children.get(hint, ()))
        ]
        if same and self.regencies.at[code, "kind"] == "kab":
            others = [
                self._regency_name(c) if c[:2] == code[:2] else self._regency_label(c) for c in same
            ]
            remarks.append(_say("bare", others=_either(others)))
        if entry.source == "official":
            for other in entries:  # a bare "Pontianak" is the city, not the former kabupaten
                if other.source == "history" and other.code != code:
                    old = Text(f"{_KIND_NAME[other.kind or 'kab'].en} {other.name}")
                    remarks.append(
                        _say("former_other", old=old, name=self._regency_name(other.code))
                    )
        return remarks

    def _split_remarks(self, entry: _Entry, key: str) -> list[Text]:
        """Regions formed from this one: a partner listed before then may be in them. Not said
        when the name written is one the region took after the split ("Toba", not "Toba
        Samosir", for Samosir formed in 2003)."""
        formed = [
            (self._regency_name(new), year)
            for name_key, new, year in _names(self).splits.get(entry.code, [])
            if entry.source != "official" or name_key == key
        ]
        if len(formed) == 1:
            return [_say("split", new=formed[0][0], year=formed[0][1])]
        if formed:
            return [_say("splits", new=_either([f"{n} ({y})" for n, y in formed], "and"))]
        return []

    def _renamed(self, entry: _Entry, name: str) -> Text:
        if entry.year:
            return _say("renamed", name=name, year=entry.year)
        return _say("renamed_undated", name=name)

    def _part(self, words: Sequence[str], hint: str | None) -> _Reading | None:
        """The longest run of words that is a known name (preferring the given province, then
        the rightmost: addresses go from the street to the regency), for cells such as
        "Kec. Baturaja Timur, Kab. OKU" or "Sidenreng Rappang (Sidrap)"."""
        n = len(words)
        if n < 2 or n > _MAX_WINDOW_WORDS:
            return None
        names = _names(self)
        for length in range(n - 1, 0, -1):
            found = []
            for start in range(n - length, -1, -1):
                window = list(words[start : start + length])
                after = words[start + length] if start + length < n else ""
                if not _is_kind_word(window[0]) and _is_kind_word(after):
                    window.insert(0, after)  # "Bandung (Kota)"
                reading = self._exact(window, hint)
                # Short forms alone are too often ordinary words of an address ("Jl. Solo").
                if reading is None or reading.code is None:
                    continue
                if len(window) == 1 and names.regency_key.get(reading.code) != window[0]:
                    continue
                found.append((start, window, reading))
            if found:
                here = names.children.get(hint, ()) if hint else ()
                inside = [f for f in found if f[2].code[:2] in here]
                start, window, reading = (inside or found)[0]
                rest = [w for w in words[:start] + words[start + length :] if w not in window]
                if rest and not self._same_place(rest, reading.code):
                    reading = _Reading(
                        reading.code,
                        remarks=[
                            *reading.remarks,
                            _say("part", part=" ".join(window), rest=" ".join(rest)),
                        ],
                        partial=True,
                    )
                return reading
        return None

    def _same_place(self, words: Sequence[str], code: str) -> bool:
        """Whether leftover words only repeat the place (its province, its short form)."""
        province = self._province_exact(words)
        if province is not None:
            return code[:2] in _names(self).children[province.province]
        reading = self._exact(words, None)
        return reading is not None and reading.code == code

    def _typo(self, words: Sequence[str], hint: str | None) -> _Reading:
        names = _names(self)
        kind, rest = _split_kind(words)
        key = "".join(rest)
        scores: dict[str, float] = {}
        chosen: dict[str, tuple[str, _Reading]] = {}
        if len(key) >= _MIN_TYPO_LENGTH:
            for choice, score, _ in process.extract(
                key, names.regency_choices, scorer=fuzz.ratio, limit=20,
                score_cutoff=TYPO_CUTOFF - TYPO_MARGIN,
            ):  # fmt: skip
                reading = self._choose(choice, kind, hint, rest)
                if reading is not None and reading.code is not None:
                    if score > scores.get(reading.code, -1.0):
                        scores[reading.code] = score
                        chosen[reading.code] = (choice, reading)
        if hint:
            inside = {c: s for c, s in scores.items() if c[:2] in names.children.get(hint, ())}
            best = _clear_best(inside)
            if best is None and not inside:
                elsewhere = [c for c in _ranked(scores) if scores[c] >= TYPO_CUTOFF]
                if elsewhere:
                    c = elsewhere[0]
                    return _Reading(
                        near_miss=True,
                        remarks=[
                            _say("unknown"),
                            _say(
                                "typo_elsewhere",
                                name=self._regency_name(c),
                                score=scores[c],
                                province=self._province_name(c[:2]),
                                given=self._province_name(hint),
                            ),
                        ],
                    )
            scores = inside
        else:
            best = _clear_best(scores)
        if best is not None:
            # What the corrected name itself would say (a former name, a bare name...).
            remarks = [_say("typo", score=scores[best]), *chosen[best][1].remarks]
            return _Reading(code=best, remarks=remarks, typo=True)
        remarks = [_say("unknown")]
        if scores:
            options = [self._typo_label(chosen[c][0], c) for c in _ranked(scores)[:3]]
            remarks.append(_say("typo_unsure", options=_either(options, "and")))
        return _Reading(remarks=remarks, near_miss=bool(scores), candidates=tuple(_ranked(scores)))

    def _typo_label(self, key: str, code: str) -> str:
        """A candidate as the person wrote it: "Baturaja (Kabupaten Ogan Komering Ulu, ...)"."""
        entry = next(e for e in _names(self).regencies[key] if e.code == code)
        if entry.source == "official":
            return self._regency_label(code)
        return f"{entry.name} ({self._regency_name(code)}, {self._province_name(code[:2])})"

    # -- names for notes -------------------------------------------------------------------------
    def _regency_name(self, code: str) -> str:
        return str(self.regencies.at[code, "name"])

    def _regency_label(self, code: str) -> str:
        return f"{self._regency_name(code)} ({self._province_name(code[:2])})"

    def _province_name(self, code: str) -> str:
        return str(self.provinces.at[code, "name"])


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _ends(words: Sequence[str]) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(province part, rest) splits of a cell: its last or first one to four words."""
    n = len(words)
    for size in range(min(4, n - 1), 0, -1):
        yield tuple(words[n - size :]), tuple(words[: n - size])
        yield tuple(words[:size]), tuple(words[size:])


def _ranked(scores: dict[str, float]) -> list[str]:
    return sorted(scores, key=lambda c: (-scores[c], c))


def _clear_best(scores: dict[str, float]) -> str | None:
    """The best candidate when it reaches the cut-off and leads the next by the margin."""
    ranked = _ranked(scores)
    if not ranked or scores[ranked[0]] < TYPO_CUTOFF:
        return None
    if len(ranked) > 1 and scores[ranked[0]] - scores[ranked[1]] < TYPO_MARGIN:
        return None
    return ranked[0]


def _outcome(outcome: Text | None, reading: _Reading) -> Text:
    parts = ([outcome] if outcome is not None else []) + reading.remarks
    return _join(parts)


class _Collector:
    """Notes summed over rows: one per (field, written form, what was said)."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str, str], int] = {}

    def add(self, what: str, written: str, text: Text, rows: int) -> None:
        key = (what, written, text.en, text.id)
        self.rows[key] = self.rows.get(key, 0) + rows

    def notes(self) -> list[RegionNote]:
        order = {name: i for i, name in enumerate(_FIELDS)}
        out = []
        for (what, written, en, id_), rows in sorted(
            self.rows.items(), key=lambda kv: (order[kv[0][0]], -kv[1], kv[0][1])
        ):
            label = _FIELDS[what]
            rows_en = f"{rows} row" + ("" if rows == 1 else "s")
            out.append(
                RegionNote(
                    f"{label.en} {written!r} ({rows_en}): {en}",
                    f"{label.id} {written!r} ({rows} baris): {id_}",
                    field=what,
                    written=written,
                    rows=rows,
                )
            )
        return out


@dataclass(frozen=True)
class _Islands:
    """The islands of ``resources/pulau.csv``: how each is named, its id, its regencies."""

    ids: dict[str, int]  # lower-case name -> id
    bare: frozenset[str]  # names that count without "pulau" before them
    of_code: dict[str, int]  # regency code -> its island's id
    names: dict[int, str]  # id -> the name as the table writes it


@cache
def _islands() -> _Islands:
    rows = _read_csv("pulau.csv")
    names = rows["pulau"].str.lower()
    return _Islands(
        ids=dict(zip(names, rows["id"].astype(int))),
        bare=frozenset(names[rows["tanpa_kata_pulau"].str.lower() == "ya"]),
        of_code=dict(zip(rows["kode"], rows["id"].astype(int))),
        names=dict(zip(rows["id"].astype(int), rows["pulau"])),
    )


def islands_in(text: object) -> tuple[int, ...]:
    """Ids of the islands a free text names, in order ("membeli tenun dari penenun Lombok",
    "nelayan Pulau Seram"): lists name an island for the regencies on it
    (``resources/pulau.csv``). A word that starts a kabupaten/kota or province name ("Lombok
    Timur", "Bangka Belitung") names that region, not the island; a name that is also an
    ordinary word ("seram") counts only after "pulau".

    >>> islands_in("membeli kain tenun dari penenun Lombok"), islands_in("Kab. Lombok Timur")
    ((101,), ())
    >>> islands_in("cerita seram"), islands_in("nelayan Pulau Seram")
    ((), (111,))
    """
    if _missing(text):
        return ()
    islands = _islands()
    table = region_table()
    names = _names(table)
    words = _words(text, names.spellings)
    found: list[int] = []
    for i, word in enumerate(words):
        if word not in islands.ids or (word not in islands.bare and words[i - 1 : i] != ("pulau",)):
            continue
        after = ["".join(words[i : i + size]) for size in range(2, _NAMED_WORDS + 1)]
        if any(k in names.regencies or k in names.provinces for k in after if k != word):
            continue
        found.append(islands.ids[word])
    return tuple(dict.fromkeys(found))


def island_words() -> frozenset[str]:
    """The lower-case names of the islands :func:`islands_in` reads."""
    return frozenset(_islands().ids)


def island_name(island: int) -> str:
    """An island's name as the table writes it ("Lombok").

    >>> island_name(101)
    'Lombok'
    """
    return _islands().names[island]


def island_of(code: str | None) -> int:
    """The id of the island a kabupaten/kota code lies on (``resources/pulau.csv``), -1 none.

    >>> island_of("52.03"), island_of("16.71")
    (101, -1)
    """
    return _islands().of_code.get(code, -1) if code else -1


@cache
def _ordinary_place_words() -> frozenset[str]:
    path = resources.files("mitramatch").joinpath("resources", "place_words_ordinary.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines for w in line.split("#")[0].split())


def _factorize_rows(*columns: pd.Series) -> tuple[list[tuple], np.ndarray]:
    """Distinct rows of parallel columns (cells as stripped ``str``, None for missing) and each
    row's position among them.

    Each column is factorized on its own, in its own dtype (Arrow-backed strings are hashed in
    C++), and the codes combined into one integer key, so no per-row Python object is built;
    only the distinct values become ``str``.
    """
    codes, values = [], []
    for column in columns:
        c, u = pd.factorize(column, use_na_sentinel=True)
        codes.append(c.astype(np.int64) + 1)  # 0 = missing
        values.append([None, *(str(v).strip() for v in u)])
    key = np.zeros(len(codes[0]) if codes else 0, dtype=np.int64)
    for c, v in zip(codes, values):
        if len(key) and (int(key.max()) + 1) * len(v) >= 2**62:  # renumber before overflow
            key = pd.factorize(key)[0].astype(np.int64)
        key = key * len(v) + c
    inverse, distinct = pd.factorize(key)
    # Any row stands for its combination: every row with the same key has the same cells.
    first = np.empty(len(distinct), dtype=np.int64)
    first[inverse] = np.arange(len(key), dtype=np.int64)
    combos = list(zip(*(np.asarray(v, dtype=object)[c[first]] for c, v in zip(codes, values))))
    return combos, np.asarray(inverse, dtype=np.int64)


@cache
def region_table() -> RegionTable:
    """The bundled region reference table (loaded once)."""
    return RegionTable.load()


#: Mean Earth radius (IUGG), for great-circle distances.
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km, element-wise (NaN where a coordinate is missing).

    >>> round(float(haversine_km(-4.09373, 104.10521, -2.97172, 104.74132)), 1)  # OKU-Palembang
    143.4
    """
    lat1, lon1, lat2, lon2 = (
        np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2)
    )
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def least_km_to_box(lat: float, lon: float, boxes: np.ndarray) -> np.ndarray:
    """For each box ``(lat min, lat max, lon min, lon max)`` in degrees, a distance in km
    that no point of the box is nearer to (lat, lon) than (0 inside it). From the haversine
    formula: ``sin^2(d / 2R) >= sin^2(dlat / 2) + cos(lat) cos(lat') sin^2(dlon / 2)``, with
    ``dlat`` and ``dlon`` the least gaps to the box and ``cos(lat')`` the least over it.

    >>> box = np.array([[-4.2, -4.0, 104.0, 104.3]])  # around Baturaja; from Palembang:
    >>> round(float(least_km_to_box(-2.97, 104.74, box)[0]), 1), round(float(haversine_km(
    ...     -2.97, 104.74, -4.0, 104.3)), 1)  # the box's nearest corner
    (124.5, 124.5)
    """
    lat_min, lat_max, lon_min, lon_max = np.atleast_2d(boxes).T
    dlat = np.maximum(np.maximum(lat_min - lat, lat - lat_max), 0.0)
    dlon = np.maximum(np.maximum(lon_min - lon, lon - lon_max), 0.0)
    dlon = np.minimum(dlon, 360.0 - dlon)  # the shorter way round
    cos_box = np.clip(np.cos(np.radians(np.maximum(np.abs(lat_min), np.abs(lat_max)))), 0, 1)
    a = (
        np.sin(np.radians(dlat) / 2) ** 2
        + np.cos(np.radians(lat)) * cos_box * np.sin(np.radians(dlon) / 2) ** 2
    )
    km = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return np.maximum(km * (1 - 1e-9) - 1e-6, 0.0)  # rounding never makes it too far


def code_ids(codes) -> np.ndarray:
    """Kemendagri codes as integers (``"16.01"`` -> 1601, ``"16"`` -> 16, None -> -1), so
    regions compare as numbers: the same code always gives the same integer.

    >>> code_ids(np.array(["16.01", "16", None], dtype=object)).tolist()
    [1601, 16, -1]
    """
    positions, uniques = pd.factorize(np.asarray(codes, dtype=object).ravel())
    ids = np.array([_code_id(u) for u in uniques] + [-1], dtype=np.int32)  # -1: missing
    return ids[positions]


def _code_id(code: object) -> int:
    digits = str(code).replace(".", "")
    return int(digits) if digits.isdigit() else -1
