"""Small, realistic fixtures shared by the engine's tests.

A directory of eight partners around a PKBM in Kabupaten Ogan Komering Ulu (Sumatera Selatan):
an LKP menjahit in the same kabupaten, a BLK and a bengkel in Palembang, the kabupaten's
Disnakertrans, a CSR donor, a PKK ormas, an inactive LKP and a koperasi with most cells empty.
The DataFrame and dict fixtures are fresh copies a test may mutate; the index is shared.
"""

from __future__ import annotations

import copy
import json

import numpy as np
import pandas as pd
import pytest

from mitramatch.engine.index import DirectoryIndex
from mitramatch.engine.schema import load_directory
from mitramatch.engine.text import Analyzer

# Baturaja, the seat of Kabupaten Ogan Komering Ulu, and Palembang (about 140 km apart).
BATURAJA = (-4.1293, 104.1665)
PALEMBANG = (-2.9761, 104.7754)

_PARTNERS = [
    {
        "partner_id": "LKP-01",
        "name": "LKP Citra Busana",
        "sector": "masyarakat",
        "kind": "lkp",
        "province": "Sumatera Selatan",
        "regency": "Kabupaten Ogan Komering Ulu",
        "region_code": "16.01",
        "lat": -4.1301,
        "lon": 104.1702,
        "offers_tenaga": "instruktur menjahit bersertifikat",
        "offers_sarana": "ruang praktik dan mesin jahit",
        "offers_program": "kursus menjahit dan tata busana",
        "capacity_tenaga": 3,
        "capacity_sarana": 10,
        "vision": "mewujudkan warga yang terampil dan mandiri melalui kursus menjahit",
        "seeks": "peserta kursus dari warga belajar",
        "active": "ya",
        "years_active": 12,
        "partnerships_completed": 5,
    },
    {
        "partner_id": "BLK-01",
        "name": "UPTD BLK Palembang",
        "sector": "pemerintah",
        "kind": "blk",
        "province": "Sumatera Selatan",
        "regency": "Kota Palembang",
        "region_code": "16.71",
        "lat": PALEMBANG[0],
        "lon": PALEMBANG[1],
        "offers_tenaga": "instruktur otomotif, las dan menjahit",
        "offers_sarana": "bengkel otomotif dan workshop las",
        "offers_program": "pelatihan berbasis kompetensi dan pemagangan",
        "offers_pendayagunaan_hasil": "penyaluran lulusan ke perusahaan",
        "capacity_tenaga": 10,
        "capacity_program": 100,
        "vision": "tenaga kerja yang kompeten dan berdaya saing",
        "active": "ya",
        "years_active": 20,
        "partnerships_completed": 15,
    },
    {
        "partner_id": "DIN-01",
        "name": "Dinas Tenaga Kerja dan Transmigrasi Kabupaten OKU",
        "sector": "pemerintah",
        "kind": "dinas",
        "province": "SUMATERA SELATAN",
        "regency": "KAB. OGAN KOMERING ULU",
        "offers_dana": "bantuan dana pelatihan kerja",
        "offers_program": "program magang di perusahaan",
        "offers_pendayagunaan_hasil": "bursa kerja dan penempatan kerja",
        "capacity_dana": "Rp 25.000.000",
        "active": "ya",
        "years_active": 30,
        "partnerships_completed": 8,
    },
    {
        "partner_id": "DUDI-01",
        "name": "Bengkel Jaya Motor",
        "sector": "swasta",
        "kind": "dudi",
        "province": "Sumatera Selatan",
        "regency": "Palembang",
        "lat": -2.9900,
        "lon": 104.7600,
        "offers_program": "praktik kerja lapangan mekanik motor",
        "offers_pendayagunaan_hasil": "merekrut lulusan otomotif",
        "capacity_pendayagunaan_hasil": 5,
        "seeks": "tenaga kerja terampil lulusan kursus",
        "active": "true",
        "years_active": 8,
        "partnerships_completed": 2,
    },
    {
        "partner_id": "CSR-01",
        "name": "PT Semen Baturaja (program CSR)",
        "sector": "swasta",
        "kind": "donor",
        "province": "Sumatera Selatan",
        "regency": "OKU",
        "offers_dana": "hibah CSR untuk modal usaha kelompok belajar usaha",
        "capacity_dana": "100 juta",
        "vision": "masyarakat sekitar perusahaan yang mandiri dan sejahtera",
        "seeks": "kelompok masyarakat binaan yang mandiri",
        "active": "1",
        "years_active": 15,
        "partnerships_completed": 20,
    },
    {
        "partner_id": "PKK-01",
        "name": "TP PKK Kecamatan Baturaja Timur",
        "sector": "masyarakat",
        "kind": "ormas",
        "province": "Sumatera Selatan",
        "regency": "Ogan Komering Ulu",
        "offers_tenaga": "kader penggerak dan relawan desa",
        "offers_program": "sosialisasi program di desa",
        "seeks": "pelatihan keterampilan untuk ibu-ibu",
        "active": "ya",
        "years_active": 25,
    },
    {
        "partner_id": "OLD-01",
        "name": "LKP Mawar (tutup)",
        "sector": "masyarakat",
        "kind": "lkp",
        "province": "Sumatera Selatan",
        "regency": "Ogan Komering Ulu",
        "offers_tenaga": "instruktur menjahit",
        "active": "tidak",
        "years_active": 6,
        "partnerships_completed": 1,
    },
    {
        "partner_id": "KOP-01",
        "name": "Koperasi Sejahtera Bersama",
        "sector": "masyarakat",
        "offers_dana": "pinjaman modal bergulir",
    },
]

_NEEDS = {
    "organisation": {
        "name": "PKBM Bina Insani",
        "sector": "masyarakat",
        "kind": "pkbm",
        "province": "Sumatera Selatan",
        "regency": "Ogan Komering Ulu",
        "vision": "mewujudkan warga belajar yang terampil dan mandiri",
        "offers": "peserta didik kesetaraan, lulusan terampil, ruang belajar sore hari",
    },
    "needs": {
        "tenaga": {
            "priority": 5,
            "description": "instruktur keterampilan menjahit",
            "quantity": 2,
        },
        "dana": {
            "priority": 3,
            "description": "modal usaha kelompok belajar usaha",
            "quantity": "Rp 50.000.000",
        },
        "pendayagunaan_hasil": {
            "priority": 2,
            "description": "menyalurkan lulusan ke dunia kerja",
        },
    },
}


def _directory() -> pd.DataFrame:
    columns = list(dict.fromkeys(k for p in _PARTNERS for k in p))
    return pd.DataFrame([{c: p.get(c, np.nan) for c in columns} for p in _PARTNERS])


@pytest.fixture
def directory() -> pd.DataFrame:
    """The eight-partner directory as a user would hand it over (raw cells, contract headers)."""
    return _directory()


@pytest.fixture
def needs_dict() -> dict:
    """The PKBM's needs profile as the contract's dict (tenaga P5, dana P3, hasil P2)."""
    return copy.deepcopy(_NEEDS)


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """One analyzer for the session: it caches stems, and stemming is the slow part."""
    return Analyzer()


@pytest.fixture(scope="session")
def build_index(analyzer):
    """``build_index(frame)``: validate a directory and index it with the shared analyzer."""

    def build(frame: pd.DataFrame) -> DirectoryIndex:
        return DirectoryIndex(load_directory(frame), analyzer)

    return build


@pytest.fixture(scope="session")
def index(build_index) -> DirectoryIndex:
    """The fixture directory, indexed once: an index is never modified after it is built."""
    return build_index(_directory())


@pytest.fixture
def files(tmp_path, directory, needs_dict):
    """The fixture directory as CSV and the fixture profile as TOML-equivalent JSON."""
    partners = tmp_path / "mitra.csv"
    directory.to_csv(partners, index=False)
    needs = tmp_path / "pkbm.json"
    needs.write_text(json.dumps(needs_dict), encoding="utf-8")
    return partners, needs
