"""Golden tests on the bundled sample data.

Each expectation is what the domain brief (../shared/domain/kemitraan.md) says a planner
should see, not a snapshot of whatever the scorer printed: e.g. "LKP and BLK lend instructors
and workshops", "workshops (pusat karya) and DUDI host magang and employ graduates", "donors
and DUDI bring dana". They would fail if relevance, filters or aggregation went wrong.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mitramatch as mm
from mitramatch.engine import Proximity

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def oku():
    return mm.DirectoryIndex.build(DATA / "partners_oku.csv")


@pytest.fixture(scope="module")
def palembang():
    return mm.DirectoryIndex.build(DATA / "partners_palembang.csv")


def _offers(index: mm.DirectoryIndex, ids, aspects) -> pd.Series:
    frame = index.frame.set_index("partner_id").loc[list(ids)]
    return frame[[f"offers_{a}" for a in aspects]].fillna("").agg(" ".join, axis=1).str.lower()


def test_sample_directories_follow_the_contract(oku, palembang):
    for index in (oku, palembang):
        assert len(index) >= 80
        assert set(index.frame["sector"]) == set(mm.SECTORS)
        kinds = set(index.frame["kind"].dropna())
        assert {"dinas", "blk", "lkp", "pkbm", "dudi", "donor", "ormas"} <= kinds
        assert (~index.active).any(), "some partners are inactive"


def test_menjahit_top5_lend_sewing_instructors_or_workshops(oku):
    # tenaga (P5) and sarana (P4) for a sewing class: LKP/BLK menjahit should lead.
    top = mm.rank(oku, DATA / "needs" / "pkbm_menjahit_oku.toml", top=5).to_frame()
    texts = _offers(oku, top["partner_id"], ["tenaga", "sarana"])
    assert texts.str.contains("jahit|busana|modiste").all(), texts.to_dict()
    assert (top["fit_tenaga"].clip(upper=1) + top["fit_sarana"] > 0.8).all()


def test_menjahit_blk_of_the_same_kabupaten_is_shortlisted(oku):
    # The brief's first example: the BLK (Disnakertrans) lends tenaga and sarana.
    top = mm.rank(oku, DATA / "needs" / "pkbm_menjahit_oku.toml", top=5).to_frame()
    blk = oku.frame.loc[
        (oku.frame["kind"] == "blk") & (oku.regency == "16.01") & oku.frame["active"], "partner_id"
    ]
    assert set(blk) & set(top["partner_id"])


def test_menjahit_unrelated_trades_stay_out_of_the_top10(oku):
    top = mm.rank(oku, DATA / "needs" / "pkbm_menjahit_oku.toml", top=10).to_frame()
    texts = _offers(oku, top["partner_id"], ["tenaga", "sarana", "program"])
    # \blas\b: welding, not the "las" of "kelas"
    only_other_trades = texts.str.contains(
        r"otomotif|mekanik|\blas\b|barista"
    ) & ~texts.str.contains("jahit|busana")
    assert not only_other_trades.any(), top.loc[only_other_trades.to_numpy(), "name"].tolist()


def test_best_dana_fit_is_a_funder(oku):
    # dana comes from donors (CSR, BAZNAS), DUDI and government programmes, not from LKPs.
    frame = mm.rank(oku, DATA / "needs" / "pkbm_menjahit_oku.toml").to_frame()
    best = frame.sort_values("fit_dana", ascending=False).head(3)
    assert set(best["kind"]) <= {"donor", "dudi", "dinas", "pusat_karya"}, best[["name", "kind"]]


def test_otomotif_magang_goes_to_workshops(palembang):
    # program (magang di bengkel, P5) + pendayagunaan hasil (mekanik): bengkel/dealer/BLK.
    top = mm.rank(palembang, DATA / "needs" / "lkp_otomotif_palembang.toml", top=5).to_frame()
    texts = _offers(palembang, top["partner_id"], ["program", "pendayagunaan_hasil"])
    assert texts.str.contains("otomotif|motor|mobil|bengkel|mekanik").all(), texts.to_dict()
    assert top["kind"].isin(["dudi", "pusat_karya", "blk"]).sum() >= 3


def test_tata_boga_filters_hold_on_real_data(palembang):
    path = DATA / "needs" / "lkp_tata_boga_palembang.toml"
    profile = mm.load_needs(path)
    ranking = mm.rank(palembang, profile)
    frame = ranking.to_frame()
    assert len(frame) > 0
    assert set(frame["kind"]) <= set(profile.filters.kinds)
    prepared = palembang.prepare(profile)
    km = Proximity().approx_distances(palembang, prepared)[ranking.rows]
    assert (km <= profile.filters.max_distance_km).all()
    assert palembang.active[ranking.rows].all()


def test_kesetaraan_tutors_lead(oku):
    top = mm.rank(oku, DATA / "needs" / "skb_kesetaraan_oku.toml", top=3).to_frame()
    texts = _offers(oku, top["partner_id"], ["tenaga"])
    assert texts.str.contains("kesetaraan|paket").any()


@pytest.mark.parametrize("needs", sorted((DATA / "needs").glob("*.toml")), ids=lambda p: p.stem)
def test_every_sample_profile_ranks_cleanly(needs, oku, palembang):
    index = palembang if "palembang" in needs.stem else oku
    frame = mm.rank(index, needs).to_frame()
    assert len(frame) > 0
    scores = frame.filter(regex="^(score|fit_)").to_numpy(float)
    assert np.isfinite(scores).all()
    assert ((scores >= 0) & (scores <= 1)).all()
    assert frame["explanation"].str.len().gt(20).all()
    assert frame["score"].is_monotonic_decreasing
    again = mm.rank(index, needs).to_frame()
    pd.testing.assert_frame_equal(frame, again)


def test_english_explanations_on_sample(oku):
    frame = mm.rank(oku, DATA / "needs" / "pkbm_menjahit_oku.toml", top=3, lang="en").to_frame()
    assert frame["explanation"].str.contains("fit ").all()
    assert not frame["explanation"].str.contains("kecocokan").any()
