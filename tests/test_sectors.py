"""Inferring a partner's sector from its name and kind (mitramatch.engine.sectors)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mitramatch.engine.sectors import infer_sectors

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("name", "kind", "sector"),
    [
        ("PT Bukit Asam Tbk", None, "swasta"),
        ("CV Sumber Rezeki Konveksi", None, "swasta"),
        ("Bank Musi Sejahtera", None, "swasta"),
        ("Bank Sampah Melati", None, "masyarakat"),  # the longer phrase first
        ("Koperasi Wanita Srikandi", None, "swasta"),
        ("Dinas Koperasi dan UKM Kota Palembang", None, "pemerintah"),  # the first word decides
        ("UPTD Balai Latihan Kerja Kabupaten OKU", "blk", "pemerintah"),
        ("BLK Komunitas Pondok Pesantren Darul Ulum", "blk", "masyarakat"),
        ("TP PKK Kecamatan Baturaja Barat", None, "masyarakat"),
        ("SMK Negeri 2 Palembang", None, "pemerintah"),
        ("Universitas Negeri Sriwijaya", None, "pemerintah"),  # Negeri anywhere
        ("LPK Teknik Las Sriwijaya", "lkp", "swasta"),
        ("LKP Citra Busana", None, "masyarakat"),
        ("Karang Taruna Bina Bakti", None, "masyarakat"),
        ("Ustadz Ahmad Fauzi", "tokoh_masyarakat", "masyarakat"),
        ("Ir. Sukardi (petani pelopor)", "tokoh_masyarakat", "masyarakat"),  # by kind
        ("Sentra Songket Tiga Ilir", "pusat_karya", None),  # both exist
        ("Universitas Musi Raya", "perguruan_tinggi", None),
        (None, None, None),
    ],
)
def test_rules(name, kind, sector):
    got = infer_sectors(pd.Series([name], dtype=object), pd.Series([kind], dtype=object))[0]
    assert (None if pd.isna(got) else got) == sector


@pytest.mark.parametrize("directory", ["partners_oku.csv", "partners_palembang.csv"])
def test_inferred_sectors_agree_with_the_labelled_samples(directory):
    frame = pd.read_csv(DATA / directory, dtype=str)
    got = infer_sectors(frame["name"], frame["kind"])
    placed = got.notna()
    assert placed.mean() > 0.85
    agree = (got[placed] == frame.loc[placed, "sector"]).mean()
    assert agree > 0.97, frame.loc[placed & (got != frame["sector"]), ["name", "kind", "sector"]]
