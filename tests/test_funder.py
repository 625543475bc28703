"""Organisations ranked for one partner, agreeing with the ordinary ranking pair by pair."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mitramatch as mm
from mitramatch import SchemaError, rank_organisations
from mitramatch.exceptions import use_language
from mitramatch.funder import FUNDER_WEIGHTS, load_partner_profile

DATA = Path(__file__).resolve().parents[1] / "data"
PARTNERS = DATA / "partners_oku.csv"
ORGS = DATA / "organisations_oku.csv"
FUNDER = DATA / "funders" / "tjsl_ogan_lestari.toml"
FUNDED = DATA / "organisations_tjsl_oku.csv"


@pytest.fixture(scope="module")
def index():
    return mm.DirectoryIndex.build(PARTNERS)


@pytest.fixture(scope="module")
def many(index):
    return mm.rank_many(index, ORGS, top=None)


@pytest.mark.parametrize("partner", ["OKU-028", "OKU-005", "OKU-053", "OKU-071", "OKU-002"])
def test_both_directions_equal_the_ordinary_ranking(index, many, partner):
    ranked = rank_organisations(index, ORGS, partner=partner).to_frame()
    assert len(ranked)
    theirs = many[many["partner_id"] == partner].set_index("org_id")
    for row in ranked.itertuples(index=False):
        assert row.score_org_to_partner == theirs.at[row.org_id, "score_org_to_partner"]
        assert row.score_partner_to_org == theirs.at[row.org_id, "score_partner_to_org"]
        assert row.score_reciprocal == theirs.at[row.org_id, "score_reciprocal"]
    # Organisations whose own filters leave this partner out are not ranked, and say why.
    out = rank_organisations(index, ORGS, partner=partner).left_out
    assert set(out["org_id"]) == set(ORGS_IDS) - set(theirs.index)


ORGS_IDS = list(pd.read_csv(ORGS, dtype=str)["org_id"])


def test_a_partner_profile_agrees_with_rank_of_its_one_row_directory():
    ranked = rank_organisations(None, FUNDED, partner_profile=FUNDER).to_frame()
    frame, _ = load_partner_profile(FUNDER)
    batch = mm.load_organisations(FUNDED)
    for org_id, profile in zip(batch.ids, batch):
        if org_id not in set(ranked["org_id"]):
            continue
        row = ranked.set_index("org_id").loc[org_id]
        theirs = mm.rank(frame, profile).to_frame().iloc[0]
        assert row["score_org_to_partner"] == theirs["score_org_to_partner"]
        assert row["score_partner_to_org"] == theirs["score_partner_to_org"]


def contract_columns(section: str) -> list[str]:
    """The columns a table of ``docs/data-contract.md`` documents, in order."""
    text = (DATA.parent / "docs" / "data-contract.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    names = []
    for line in body.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            names += [n for n in re.findall(r"`([a-z_]+)`", first)]
    return names


def test_the_funder_s_ranking_and_its_columns():
    r = rank_organisations(None, FUNDED, partner_profile=FUNDER)
    frame = r.to_frame()
    assert list(frame.columns) == contract_columns("Organisations ranked for a partner")
    assert frame["rank"].tolist() == list(range(1, len(frame) + 1))
    assert frame["score"].is_monotonic_decreasing
    assert frame["score"].between(0, 1).all()
    # The koperasi in Muara Enim is outside the regions the funder supports.
    assert r.left_out["org_id"].tolist() == ["TJ-11"]
    assert "di luar wilayah dukungan (Kabupaten Muara Enim)" in r.left_out.at[0, "reason"]
    water = frame.set_index("org_id").loc["TJ-01"]
    assert (water["best_aspect"], water["best_priority"], water["amount_asked"]) == (
        "dana",
        3,
        500_000_000,
    )
    # Spoken from the partner's side, quoting the organisation's words that matched.
    assert water["explanation"].startswith(
        "BUMDes Tirta Makmur Tanjung Kemala butuh pembangunan jaringan pipa air bersih"
    )
    assert (
        "Rp 500 juta (dana, prioritas 3), sesuai tawaran Anda «sarana air bersih"
        in (water["explanation"])
    )
    assert "kata yang cocok: air, bersih" in water["explanation"]
    assert "berjarak" in water["explanation"]


def test_english_explanations():
    frame = rank_organisations(None, FUNDED, partner_profile=FUNDER, lang="en", top=1).to_frame()
    assert " needs " in frame.at[0, "explanation"]
    assert "matching your offer" in frame.at[0, "explanation"]


def test_priority_and_fit_order_the_organisations():
    need = {"dana": {"priority": 5, "description": "modal usaha KBU", "quantity": "Rp 20 juta"}}
    low = {"dana": {"priority": 2, "description": "modal usaha KBU", "quantity": "Rp 20 juta"}}
    partners = pd.DataFrame(
        {
            "partner_id": ["CSR"],
            "name": ["TJSL PT Contoh"],
            "sector": ["swasta"],
            "offers_dana": ["hibah modal usaha KBU"],
        }
    )
    r = rank_organisations(partners, {"B": {"needs": low}, "A": {"needs": need}}, partner="CSR")
    assert r.to_frame()["org_id"].tolist() == ["A", "B"]
    # Ties go to the smaller org_id.
    r = rank_organisations(partners, {"B": {"needs": need}, "A": {"needs": need}}, partner="CSR")
    assert r.to_frame()["org_id"].tolist() == ["A", "B"]


def test_supports_from_options_replace_the_profile_s():
    r = rank_organisations(None, FUNDED, partner_profile=FUNDER, supports={"kinds": ["pkbm"]})
    assert set(r.to_frame()["kind"]) == {"pkbm"}
    assert any("jenis bumdes tidak didukung" in reason for reason in r.left_out["reason"])
    near = rank_organisations(
        None, FUNDED, partner_profile=FUNDER, supports={"max_distance_km": 20}
    )
    assert near.to_frame()["distance_km"].max() <= 20
    south = rank_organisations(
        None,
        FUNDED,
        partner_profile=FUNDER,
        supports={"regions": ["Kabupaten Ogan Komering Ulu Selatan"]},
    )
    assert set(south.to_frame()["org_id"]) == {"TJ-09", "TJ-10", "TJ-12"}


def test_weights_and_top(index):
    r = rank_organisations(index, ORGS, partner="OKU-028", top=3, weights={"proximity": 0})
    assert len(r) == 3
    assert r.weights["proximity"] == 0
    assert sum(r.weights.values()) == pytest.approx(1)
    assert set(FUNDER_WEIGHTS) == set(r.weights)
    with pytest.raises(ValueError, match="unknown part 'vison'"):
        rank_organisations(index, ORGS, partner="OKU-028", weights={"vison": 1})


def test_unknown_partner_suggests_the_closest(index):
    with pytest.raises(SchemaError, match="partner 'OKU-99' is not in the directory"):
        rank_organisations(index, ORGS, partner="OKU-99")
    with pytest.raises(ValueError, match="exactly one of partner="):
        rank_organisations(index, ORGS)


def test_bad_partner_profile_reports_every_problem(tmp_path):
    path = tmp_path / "csr.toml"
    path.write_text(
        '[partner]\nname = "CSR X"\nsector = "swsta"\nvisi = "x"\n\n[offers]\ndna = "hibah"\n\n'
        '[capacity]\ndana = "satu miliar"\n\n[supports]\nsectors = ["masyarakt"]\n'
        'regions = ["Kabupaten Atlantis"]\nmax_distance_km = -5\n\n[funding]\n',
        encoding="utf-8",
    )
    with pytest.raises(SchemaError) as caught:
        load_partner_profile(path)
    text = str(caught.value)
    for expected in (
        f"{path}: 8 problems found",
        "unknown section [funding]",
        "partner: unknown field 'visi' (did you mean 'vision'?)",
        "partner.sector: unknown sector 'swsta' (did you mean 'swasta'?)",
        "offers.dna: unknown aspect 'dna' (did you mean 'dana'?)",
        "capacity.dana: expected Rupiah such as \"Rp 1 M\"; got 'satu miliar'",
        "supports.sectors: unknown sector 'masyarakt' (did you mean 'masyarakat'?)",
        "supports.regions: expected a Kemendagri code (16, 16.01) or a kabupaten/kota or "
        "province name; got 'Kabupaten Atlantis'",
        "supports.max_distance_km: expected a positive number of km; got -5",
    ):
        assert expected in text
    with use_language("id"):
        assert "partner.sector: sektor 'swsta' tidak dikenal" in str(caught.value)


def test_partner_side_filters_need_what_they_check(index):
    # The sample batch has no kind column: a kinds filter cannot be checked, so it fails.
    r = rank_organisations(index, ORGS, partner="OKU-028", supports={"kinds": ["pkbm"]})
    assert len(r) == 0
    assert (r.left_out["reason"] == "jenis tidak diketahui tidak didukung").all()


def test_html_view():
    html = rank_organisations(None, FUNDED, partner_profile=FUNDER, top=2)._repr_html_()
    assert "organisasi diperingkat untuk TJSL PT Ogan Lestari Mineral" in html
    assert np.char.count(html, "<tr").item() == 3
