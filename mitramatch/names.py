"""Institution names as people write them, reduced to what identifies the institution.

The same LKP or dinas is written many ways across lists: legal forms moved or dropped (``PT``,
``CV``, ``Tbk``, ``(Persero)``, ``Yayasan``, ``Koperasi``), abbreviations or their long forms
(``LKP`` / ``Lembaga Kursus dan Pelatihan``, ``Disnaker`` / ``Dinas Tenaga Kerja``), school
forms (``SMK N 2``, ``SMKN 2``, ``SMK Negeri 2``), the regency spelled out or abbreviated
(``Kab. OKU``, ``Kabupaten Ogan Komering Ulu``), case, dots and word order.
:func:`name_key` turns a name into a :class:`NameKey`: its *core* words (sorted, the
comparable part), the institution-type words (LKP, BLK, PKBM, ...), the legal forms, the
numbers (``SMKN 1`` is not ``SMKN 2``), the qualifiers that name one branch or one village
(``Cabang Baturaja``, ``Desa Sukamaju``) and the regencies it mentions.

Long forms are contracted to the abbreviations of the bundled table
(``resources/singkatan_lembaga.csv``) rather than the other way round: one token per
institution type compares cleanly, and the table's long forms are the spellings that vary.

>>> k = name_key("UPTD Balai Latihan Kerja Kab. Ogan Komering Ulu")
>>> k.core, sorted(k.types), k.regions
('', ['blk', 'uptd'], ('16.01',))
>>> name_key("SMK Negeri 2 Baturaja").numbers == name_key("SMKN 2 BATURAJA").numbers
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .engine import region_table
from .io import read_table

__all__ = [
    "EXTRA_ABBREVIATIONS",
    "LEGAL_FORMS",
    "TYPE_WORDS",
    "NameKey",
    "abbreviations",
    "name_key",
    "squash",
]

#: Legal forms: where they stand in a name varies, and lists often drop them.
LEGAL_FORMS = frozenset(
    {"pt", "cv", "tbk", "persero", "perseroda", "ud", "fa", "firma", "yayasan", "koperasi", "kop"}
)
#: Words that say what type of institution it is, not which one: compared apart from the core.
TYPE_WORDS = frozenset(
    {
        "lkp", "lpk", "lpks", "pkbm", "skb", "tbm", "blk", "blki", "blkk", "blkln", "bbplk",
        "bpvp", "uptd", "uptp", "paud", "kbu", "ksp", "kopdit", "bumdes", "bumd", "bumn", "laz",
        "lsm", "ormas", "orsos",
    }
)  # fmt: skip
#: A word after one of these names one branch, unit or village; two such names that differ
#: are two partners (``Cabang Baturaja`` and ``Cabang Martapura``).
QUALIFIERS = {
    "cabang": "cabang", "kc": "cabang", "kcp": "cabang", "capem": "cabang", "unit": "unit",
    "ranting": "ranting", "desa": "desa", "ds": "desa", "kelurahan": "kelurahan",
    "kel": "kelurahan", "dusun": "dusun", "kecamatan": "kecamatan", "kec": "kecamatan",
    "rw": "rw", "rt": "rt",
}  # fmt: skip
# Words that carry nothing once regions are read: the region's kind and joining words.
_DROP = frozenset({"kabupaten", "kab", "kota", "kotamadya", "provinsi", "prov", "dan", "the", "of"})
# Spellings folded before anything else (word -> words).
_SPELLINGS = {
    "yys": "yayasan",
    "yay": "yayasan",
    "negri": "negeri",
    "sekolah menengah kejuruan": "smk",
    "sekolah menengah atas": "sma",
    "sekolah menengah pertama": "smp",
    "sekolah dasar": "sd",
    "madrasah aliyah": "ma",
    "madrasah tsanawiyah": "mts",
    "madrasah ibtidaiyah": "mi",
    "sekolah luar biasa": "slb",
    "kantor cabang pembantu": "cabang",
    "kantor cabang": "cabang",
    "cabang pembantu": "cabang",
    "kantor unit": "unit",
    "universitas": "univ",
    "tim penggerak pemberdayaan kesejahteraan keluarga": "pkk",
    "tim penggerak pkk": "pkk",
    "tp pkk": "pkk",
}
# Everyday abbreviations of community and business names that the bundled table lacks
# (long form -> token); added to it when names are contracted.
EXTRA_ABBREVIATIONS = {
    "kelompok wanita tani": "kwt", "gabungan kelompok tani": "gapoktan",
    "kelompok tani": "poktan", "koperasi wanita": "kopwan", "rumah makan": "rm",
    "pondok pesantren": "ponpes", "koperasi unit desa": "kud",
    "koperasi pondok pesantren": "kopontren", "pusat kesehatan masyarakat": "puskesmas",
    "dinas koperasi dan ukm": "diskopukm", "dinas koperasi ukm": "diskopukm",
    "dinas koperasi dan umkm": "diskopumkm", "dinas perindag": "disperindag",
}  # fmt: skip
# "SMK N 2", "SMK Negeri 2", "SMKN2": one form, "smkn 2".
_SCHOOL = re.compile(r"\b(sd|smp|sma|smk|slb|mts|ma|mi|min|man)\s*(?:n|negeri)\b")
_SCHOOL_PRIVATE = re.compile(r"\b(sd|smp|sma|smk|slb|mts|ma|mi)\s*(?:s|swasta)\b")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_PARENS = re.compile(r"\(([^)]*)\)")
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
          "xi": "11", "xii": "12"}  # fmt: skip
_MAX_PHRASE = 10


def squash(text: object) -> str:
    """Lower-case letters and digits only, accents folded: ``"Kab. O.K.U"`` -> ``"kaboku"``.

    >>> squash("PT. Sinar-Surya (Persero)")
    'ptsinarsuryapersero'
    """
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _words(text: object) -> list[str]:
    """Lower-case words, dots and punctuation removed (``P.T.`` and ``PT.`` are ``pt``)."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    folded = folded.replace("&", " dan ")
    folded = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", folded)  # P.T. -> PT, C.V. -> CV
    folded = re.sub(r"[^a-z0-9]+", " ", folded)
    return folded.split()


@cache
def abbreviations() -> dict[tuple[str, ...], str]:
    """Long forms (as words) -> the abbreviation's token, from the bundled table.

    Multi-word abbreviations become one token (``Diskop UKM`` -> ``diskopukm``); long forms
    are also listed without their legal forms (``PT Bukit Asam Tbk`` -> ``bukit asam``) and
    without a parenthesised gloss, which is listed as a long form of its own.
    """
    with resources.as_file(
        resources.files("mitramatch").joinpath("resources/singkatan_lembaga.csv")
    ) as path:
        table, _ = read_table(path, what="abbreviation table")
    out: dict[tuple[str, ...], str] = {
        tuple(long.split()): token for long, token in EXTRA_ABBREVIATIONS.items()
    }
    for short, long, category in zip(table["singkatan"], table["kepanjangan"], table["kategori"]):
        # Region and address words are read elsewhere; "Yys" is a spelling of a legal form.
        if category in ("wilayah", "alamat", "umum") or not isinstance(long, str):
            continue
        token = squash(short)
        forms = [_PARENS.sub(" ", long), *_PARENS.findall(long), short]
        for form in forms:
            words = tuple(_fold_spellings(_words(form)))
            bare = tuple(w for w in words if w not in LEGAL_FORMS)
            for key in {words, bare}:
                if key and (len(key) > 1 or key[0] != token):
                    out.setdefault(key, token)
    return out


def _fold_spellings(words: list[str]) -> list[str]:
    text = " " + " ".join(words) + " "
    for old, new in _SPELLINGS.items():
        text = text.replace(f" {old} ", f" {new} ")
    text = _SCHOOL.sub(r"\1n", text)
    text = _SCHOOL_PRIVATE.sub(r"\1s", text)
    return text.split()


def _contract(words: list[str]) -> list[str]:
    table = abbreviations()
    out, i = [], 0
    while i < len(words):
        for length in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            token = table.get(tuple(words[i : i + length]))
            if token is not None:
                out.append(token)
                i += length
                break
        else:
            out.append(words[i])
            i += 1
    return out


@cache
def _region_keys() -> frozenset[str]:
    return frozenset(k for k in region_table().regency_name_keys() if len(k) >= 3)


@lru_cache(maxsize=1 << 16)
def _regency_code(text: str) -> str | None:
    return region_table().regency_code(text)


def _regions(words: list[str]) -> tuple[list[str], list[str]]:
    """Words with regency names replaced by their code (``@16.01``), and the codes."""
    keys = _region_keys()
    out: list[str] = []
    codes: list[str] = []
    i = 0
    while i < len(words):
        for length in range(min(4, len(words) - i), 0, -1):
            window = words[i : i + length]
            # "Cabang Baturaja", "Desa Muara Enim": a branch or village name, not the region
            if "".join(window) in keys and not (out and out[-1] in QUALIFIERS):
                prefix = out[-1] if out and out[-1] in ("kota", "kabupaten", "kab") else ""
                code = _regency_code(" ".join([prefix, *window]).strip())
                if code is not None:
                    if prefix:
                        out.pop()
                    out.append("@" + code)
                    codes.append(code)
                    i += length
                    break
        else:
            out.append(words[i])
            i += 1
    return out, codes


@dataclass(frozen=True)
class NameKey:
    """What identifies an institution in its name (see the module docstring)."""

    #: the identifying words, sorted and joined by spaces (compared with rapidfuzz)
    core: str
    #: institution-type words (``lkp``, ``blk``, ``uptd``...)
    types: frozenset[str]
    #: legal forms (``pt``, ``cv``, ``tbk``, ``yayasan``...)
    legal: frozenset[str]
    #: numbers in the name (``smkn 2`` -> ``("2",)``), in order
    numbers: tuple[str, ...]
    #: (kind, spellings) of each branch/unit/village qualifier
    qualifiers: tuple[tuple[str, frozenset[str]], ...]
    #: regency codes named in it
    regions: tuple[str, ...]
    #: province codes named in it after ``Provinsi``/``Prov.`` (a provincial office)
    provinces: tuple[str, ...]
    #: every word after normalisation, in order (for reading)
    words: tuple[str, ...]
    #: the core words in the name's own order
    ordered: tuple[str, ...] = ()

    @property
    def squashed(self) -> str:
        """The core words in order without spaces (``suka maju`` = ``sukamaju``)."""
        return "".join(self.ordered)

    @property
    def text(self) -> str:
        """The normalised name, in its own word order."""
        return " ".join(self.words)


@lru_cache(maxsize=1 << 20)
def name_key(name: object) -> NameKey:
    """The :class:`NameKey` of an institution name (cached per distinct name).

    >>> a = name_key("Lembaga Kursus dan Pelatihan Citra Busana")
    >>> b = name_key("LKP. CITRA BUSANA")
    >>> a.core == b.core == "busana citra", sorted(a.types)
    (True, ['lkp'])
    >>> name_key("Bank Sumsel Babel Cabang Baturaja").qualifiers[0][0]
    'cabang'
    """
    words = _fold_spellings(_words("" if name is None else name))
    words = [_ROMAN.get(w, w) for w in words]
    words = " ".join(words)
    words = _LETTER_DIGIT.sub(" ", words).split()  # SMKN2 -> smkn 2
    words = _contract(words)
    words, regions = _regions(words)
    provinces = []
    for k, w in enumerate(words):
        if w in ("provinsi", "prov", "propinsi"):
            for length in (3, 2, 1):
                code = region_table().province_code(" ".join(words[k + 1 : k + 1 + length]))
                if code is not None:
                    provinces.append(code)
                    break
    legal = frozenset(w for w in words if w in LEGAL_FORMS)
    types = frozenset(w for w in words if w in TYPE_WORDS)
    numbers = tuple(w for w in words if w.isdigit())
    qualifiers = []
    for i, w in enumerate(words):
        kind = QUALIFIERS.get(w)
        if kind is None:
            continue
        after = [x for x in words[i + 1 : i + 3] if not x.startswith("@")]
        after = [x for x in after if x not in QUALIFIERS and not x.isdigit()]
        if after:
            spellings = {after[0]} | ({after[0] + after[1]} if len(after) > 1 else set())
            qualifiers.append((kind, frozenset(spellings)))
    ordered = [
        w
        for w in words
        if w not in LEGAL_FORMS and w not in TYPE_WORDS and w not in _DROP and not w.isdigit()
        and not w.startswith("@") and w not in QUALIFIERS
    ]  # fmt: skip
    return NameKey(
        core=" ".join(sorted(ordered)),
        ordered=tuple(ordered),
        types=types,
        legal=legal,
        numbers=numbers,
        qualifiers=tuple(qualifiers),
        regions=tuple(dict.fromkeys(regions)),
        provinces=tuple(dict.fromkeys(provinces)),
        words=tuple(words),
    )
