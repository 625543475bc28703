"""Where institutions are: Kemendagri region codes from codes or names, and distances.

Names come written many ways (``KAB. OGAN KOMERING ULU``, ``Kabupaten Ogan Komering Ulu``, ``OKU``,
``Lubuk Linggau``/``Lubuklinggau``); they are compared after lower-casing, dropping the
``Kab.``/``Kabupaten``/``Kota`` prefix and every space and punctuation mark. Codes are Kemendagri's
(``16`` province, ``16.01`` kabupaten/kota); BPS ids (``1601``) order some regencies differently,
so they are never converted by inserting a dot: such a code is ignored and the names are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

__all__ = ["RegionTable", "code_ids", "haversine_km", "region_table"]

_CODE = re.compile(r"^\d{2}(\.\d{2})?$")
_PREFIX = re.compile(
    r"^(?:(?P<kab>kabupaten|kab\b\.?|kab\.)|(?P<kota>kota\s*madya|kotamadya|kodya|kota\b\.?))\s*"
)
_PROVINCE_PREFIX = re.compile(r"^(?:provinsi|propinsi|prov\.?)\s*")

# Everyday short names of provinces.
_PROVINCE_ALIASES = {
    "sumsel": "16",
    "sumut": "12",
    "sumbar": "13",
    "kepri": "21",
    "babel": "19",
    "jabar": "32",
    "jateng": "33",
    "jatim": "35",
    "diy": "34",
    "dki": "31",
    "dkijakarta": "31",
    "jakarta": "31",
    "kalbar": "61",
    "kalteng": "62",
    "kalsel": "63",
    "kaltim": "64",
    "kaltara": "65",
    "sulut": "71",
    "sulteng": "72",
    "sulsel": "73",
    "sultra": "74",
    "sulbar": "76",
    "ntb": "52",
    "ntt": "53",
}


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text)


def _split_kind(name: str) -> tuple[str | None, str]:
    text = str(name).strip().lower()
    match = _PREFIX.match(text)
    kind = None
    if match:
        kind = "kab" if match.group("kab") else "kota"
        text = text[match.end() :]
    return kind, _squash(text)


@dataclass(frozen=True, eq=False)  # hashed by identity, so lookups can be cached per table
class RegionTable:
    """Kemendagri reference: kabupaten/kota and provinces with representative coordinates."""

    regencies: pd.DataFrame  # index: code; columns: province, name, kind, key, lat, lon
    provinces: pd.DataFrame  # index: code; columns: name, key, lat, lon

    @classmethod
    def load(cls) -> RegionTable:
        files = resources.files("mitramatch").joinpath("resources")
        with files.joinpath("kabkota.csv").open("rb") as fh:
            kab = pd.read_csv(fh, dtype={"kode": str, "kode_prov": str})
        with files.joinpath("provinsi.csv").open("rb") as fh:
            prov = pd.read_csv(fh, dtype={"kode": str})
        kinds = kab["nama"].map(_split_kind)
        regencies = pd.DataFrame(
            {
                "province": kab["kode_prov"].to_numpy(),
                "name": kab["nama"].to_numpy(),
                "kind": [k for k, _ in kinds],
                "key": [key for _, key in kinds],
                "lat": kab["lat"].to_numpy(float),
                "lon": kab["lng"].to_numpy(float),
            },
            index=pd.Index(kab["kode"], name="code"),
        )
        provinces = pd.DataFrame(
            {
                "name": prov["nama"].to_numpy(),
                "key": prov["nama"].map(lambda s: _squash(str(s).lower())).to_numpy(),
                "lat": prov["lat"].to_numpy(float),
                "lon": prov["lng"].to_numpy(float),
            },
            index=pd.Index(prov["kode"], name="code"),
        )
        return cls(regencies, provinces)

    # -- lookups -------------------------------------------------------------------------
    def regency_code(self, name: object, province_code: str | None = None) -> str | None:
        """Kemendagri code of a kabupaten/kota written any common way, or None.

        >>> t = region_table()
        >>> t.regency_code("KAB. OGAN KOMERING ULU"), t.regency_code("Lubuk Linggau")
        ('16.01', '16.73')
        >>> t.regency_code("OKU Timur"), t.regency_code("Kota Bogor"), t.regency_code("Bogor")
        ('16.08', '32.71', '32.01')
        """
        if name is None or pd.isna(name) or not str(name).strip():
            return None
        by_kind_key, by_key, aliases, _ = _lookups(self)
        kind, key = _split_kind(str(name))
        if kind is not None and (kind, key) in by_kind_key:
            return by_kind_key[(kind, key)]
        if key in aliases:
            return aliases[key]
        candidates = by_key.get(key, [])
        if province_code:
            in_province = [c for c in candidates if c.startswith(province_code + ".")]
            candidates = in_province or candidates
        if not candidates:
            return None
        # "Bogor" alone means the kabupaten, as officials write "Kota Bogor" for the city.
        return sorted(candidates, key=lambda c: self.regencies.at[c, "kind"] != "kab")[0]

    def province_code(self, name: object) -> str | None:
        """Kemendagri code of a province name (``Sumatera Selatan``, ``SUMSEL``), or None.

        >>> region_table().province_code("Prov. SUMATERA SELATAN")
        '16'
        """
        if name is None or pd.isna(name) or not str(name).strip():
            return None
        key = _squash(_PROVINCE_PREFIX.sub("", str(name).strip().lower()))
        if key in _PROVINCE_ALIASES:
            return _PROVINCE_ALIASES[key]
        return _lookups(self)[3].get(key)

    def resolve(
        self, region_code: pd.Series, regency: pd.Series, province: pd.Series
    ) -> tuple[np.ndarray, np.ndarray]:
        """Regency and province codes (object arrays, None when unknown) for whole columns.

        A code found in the table wins; otherwise the regency name (within the named province
        when given); the province comes from the regency code, else from the province name.
        Work is done once per distinct (code, regency, province) combination.
        """
        combos, inverse = _factorize_rows(
            region_code.astype("string").str.strip(),
            regency.astype("string"),
            province.astype("string"),
        )
        reg_out, prov_out = [], []
        for code, reg_name, prov_name in combos:
            reg, prov = None, None
            # A well-formed code that is not in the table (a typo, a retired code) is
            # ignored like a BPS id, so the names still place the institution.
            if code and _CODE.match(code):
                if code in self.regencies.index:
                    reg, prov = code, code[:2]
                elif code in self.provinces.index:
                    prov = code
            prov = prov or self.province_code(prov_name)
            if reg is None:
                reg = self.regency_code(reg_name, prov)
            prov = prov or (reg[:2] if reg else None)
            reg_out.append(reg)
            prov_out.append(prov)
        regs = np.array([*reg_out, None], dtype=object)[inverse]
        provs = np.array([*prov_out, None], dtype=object)[inverse]
        return regs, provs

    def centroids(self, regency_codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Representative lat/lon of regency codes (NaN when unknown)."""
        codes = pd.Series(regency_codes, dtype=object)
        lat = codes.map(self.regencies["lat"]).to_numpy(dtype=float)
        lon = codes.map(self.regencies["lon"]).to_numpy(dtype=float)
        return lat, lon


def _factorize_rows(*columns: pd.Series) -> tuple[list[tuple], np.ndarray]:
    """Distinct rows of parallel columns (None for missing) and each row's position among them.

    Each column is factorized on its own and the codes combined into one integer key, so no
    per-row Python object is built.
    """
    codes, values = [], []
    for column in columns:
        c, u = pd.factorize(column.to_numpy(dtype=object, na_value=None), use_na_sentinel=True)
        codes.append(c.astype(np.int64) + 1)  # 0 = missing
        values.append([None, *u])
    key = np.zeros(len(codes[0]) if codes else 0, dtype=np.int64)
    for c, v in zip(codes, values):
        if len(key) and (int(key.max()) + 1) * len(v) >= 2**62:  # renumber before overflow
            key = np.unique(key, return_inverse=True)[1].ravel().astype(np.int64)
        key = key * len(v) + c
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    combos = list(zip(*(np.asarray(v, dtype=object)[c[first]] for c, v in zip(codes, values))))
    return combos, np.asarray(inverse).ravel()


@cache
def _lookups(table: RegionTable) -> tuple[dict, dict, dict, dict]:
    by_kind_key = {(r.kind, r.key): code for code, r in table.regencies.iterrows()}
    by_key: dict[str, list[str]] = {}
    for code, key in table.regencies["key"].items():
        by_key.setdefault(key, []).append(str(code))
    with resources.files("mitramatch").joinpath("resources/region_aliases.csv").open("rb") as fh:
        aliases = pd.read_csv(fh, dtype=str)
    provinces = {key: str(code) for code, key in table.provinces["key"].items()}
    return by_kind_key, by_key, dict(zip(aliases["alias"], aliases["kode"])), provinces


@cache
def region_table() -> RegionTable:
    """The bundled region reference table (loaded once)."""
    return RegionTable.load()


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
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


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
