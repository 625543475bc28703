"""A small directory shared by test_portfolio.py and test_allocation.py."""

from __future__ import annotations

import pandas as pd


def portfolio_partners() -> pd.DataFrame:
    """Five partners, one of them inactive."""
    return pd.DataFrame(
        {
            "partner_id": ["LKP", "BLK", "CSR", "PKK", "OFF"],
            "name": [
                "LKP Citra Busana",
                "UPTD BLK Palembang",
                "CSR Bank Sumsel",
                "PKK Desa Tanjung",
                "LKP Tutup",
            ],
            "sector": ["masyarakat", "pemerintah", "swasta", "masyarakat", "masyarakat"],
            "kind": ["lkp", "blk", "donor", "ormas", "lkp"],
            "offers_tenaga": [
                "instruktur menjahit bersertifikat",
                "instruktur menjahit dan otomotif",
                None,
                "kader penggerak",
                "instruktur menjahit",
            ],
            "offers_sarana": [None, "mesin jahit dan ruang praktik", None, None, None],
            "offers_dana": [None, None, "dana CSR modal usaha kelompok", None, None],
            "capacity_tenaga": [2, 5, None, None, 9],
            "capacity_dana": [None, None, 30_000_000, None, None],
            "seeks": ["peserta kursus warga belajar", None, "penerima manfaat UMKM", None, None],
            "active": ["ya", "ya", "ya", "ya", "tidak"],
        }
    )
