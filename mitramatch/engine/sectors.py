"""An institution's sector from what its name and kind say, for directories without a sector
column.

Indonesian institution names carry their legal form or role first: ``PT``/``CV``/``Toko``/
``Bengkel`` (a business: *swasta*), ``Dinas``/``UPTD``/``Balai``/``BLK``/``Puskesmas``
(government: *pemerintah*), ``Yayasan``/``PKBM``/``LKP``/``Karang Taruna``/``Kelompok``
(society: *masyarakat*). The first such word from the left decides, the longest phrase first
at one place (``BLK Komunitas`` is a pesantren's, not the state's; ``Dinas Koperasi`` is the
state's), and ``Negeri`` anywhere (``SMK Negeri``, ``Politeknik Negeri``) means a state
institution. Some words place nothing on their own (``Universitas``, ``Sentra``: both kinds
exist); the ``kind`` column is asked next. A row neither places is left for the user.

Decisions, documented because people disagree on them:

- *Koperasi* (``Koperasi``, ``KSP``, ``KUD``) is swasta: a member-owned business, and the
  sample directories label every koperasi so;
- *LPK* (Lembaga Pelatihan Kerja) is swasta: licensed training businesses, while an *LKP*
  (Lembaga Kursus dan Pelatihan) is masyarakat, as the sample directories label them;
- zakat bodies (``BAZNAS``, ``LAZ``) and a person (``Ustadz ...``, ``Pak ...``, kind
  ``tokoh_masyarakat``) are masyarakat.

>>> infer_sectors(pd.Series(["PT Bukit Asam", "BLK Komunitas Ponpes X", "Toko Jaya", "Sentra X"]),
...               pd.Series([None, "blk", None, "pusat_karya"])).tolist()
['swasta', 'masyarakat', 'swasta', nan]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = ["infer_sectors"]

_P, _S, _M = "pemerintah", "swasta", "masyarakat"

# Phrases of lower-case words, each with the sector it says (None: says nothing for sure).
_NAME_PHRASES: dict[str, str | None] = {
    # pemerintah
    "dinas": _P, "disnaker": _P, "disnakertrans": _P, "dispora": _P, "disdik": _P,
    "disperindag": _P, "diskop": _P, "dp3a": _P, "dpmd": _P, "bappeda": _P, "uptd": _P,
    "upt": _P, "puskesmas": _P, "kantor": _P, "badan": _P, "balai": _P, "blk": _P,
    "skb": _P, "sanggar kegiatan belajar": _P, "pemkab": _P, "pemkot": _P, "pemprov": _P,
    "pemda": _P, "pemerintah": _P, "smkn": _P, "sman": _P, "smpn": _P, "sdn": _P,
    # swasta
    "pt": _S, "cv": _S, "ud": _S, "usaha dagang": _S, "tbk": _S, "bank": _S, "bpr": _S,
    "koperasi": _S, "ksp": _S, "kud": _S, "hotel": _S, "toko": _S, "bengkel": _S,
    "salon": _S, "swalayan": _S, "minimarket": _S, "rumah makan": _S, "restoran": _S,
    "resto": _S, "kedai": _S, "warung": _S, "kafe": _S, "cafe": _S, "percetakan": _S,
    "konveksi": _S, "galeri": _S, "dealer": _S, "showroom": _S, "karoseri": _S,
    "apotek": _S, "lpk": _S, "csr": _S, "tjsl": _S, "perusahaan": _S, "pabrik": _S,
    "butik": _S, "katering": _S, "catering": _S,
    # masyarakat
    "yayasan": _M, "pkbm": _M, "lkp": _M, "pkk": _M, "karang taruna": _M,
    "pondok pesantren": _M, "ponpes": _M, "pesantren": _M, "kelompok": _M, "lsm": _M,
    "ormas": _M, "majelis taklim": _M, "paguyuban": _M, "komunitas": _M, "forum": _M,
    "gapoktan": _M, "poktan": _M, "kwt": _M, "persatuan": _M, "perkumpulan": _M,
    "ikatan": _M, "himpunan": _M, "asosiasi": _M, "bank sampah": _M, "blk komunitas": _M,
    "posyandu": _M, "sanggar": _M, "tbm": _M, "taman bacaan": _M, "rumah belajar": _M,
    "baznas": _M, "laz": _M, "lembaga amil zakat": _M, "masjid": _M, "gereja": _M,
    "ustadz": _M, "ustadzah": _M, "kyai": _M, "tokoh": _M, "pak": _M, "bapak": _M,
    "bu": _M, "ibu": _M,
    # both kinds exist
    "universitas": None, "institut": None, "stie": None, "sekolah tinggi": None,
    "akademi": None, "politeknik": None, "sentra": None, "bumdes": None,
    "badan usaha milik desa": None, "badan usaha": None,
}  # fmt: skip

# What a kind (the directory's kind column, normalised) says.
_KINDS: dict[str, str] = {
    "dinas": _P, "blk": _P, "uptd": _P, "upt": _P, "skb": _P, "puskesmas": _P,
    "pemerintah": _P, "lkp": _M, "pkbm": _M, "ormas": _M, "tokoh_masyarakat": _M,
    "yayasan": _M, "lsm": _M, "kelompok": _M, "dudi": _S, "perusahaan": _S, "lpk": _S,
}  # fmt: skip

_PHRASES = sorted(_NAME_PHRASES, key=lambda p: (-len(p), p))
_PATTERN = r"\b(" + "|".join(re.escape(p) for p in _PHRASES) + r")\b"
_STATE = r"\bnegeri\b"


def infer_sectors(names: pd.Series, kinds: pd.Series) -> pd.Series:
    """The sector each name (else kind) says, NaN where neither says one (see the module).

    ``kinds`` are the directory's normalised kinds (``dinas``, ``lkp``, ...), NaN where
    unknown. One vectorised pass over the names.
    """
    words = (
        names.astype("string").str.lower().str.replace(r"[^0-9a-z]+", " ", regex=True).str.strip()
    )
    phrase = words.str.extract(_PATTERN, expand=False)
    sector = phrase.map(_NAME_PHRASES).astype(object)
    sector[words.str.contains(_STATE, regex=True).fillna(False).to_numpy(dtype=bool)] = _P
    by_kind = kinds.astype("string").map(_KINDS).astype(object)
    unset = sector.isna().to_numpy()
    sector[unset] = by_kind[unset]
    return pd.Series(np.where(sector.isna(), np.nan, sector), index=names.index, dtype=object)
