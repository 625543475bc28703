"""Partnership patterns: each of the four reachable by the rules of patterns.py."""

from __future__ import annotations

import pandas as pd
import pytest

from mitramatch import rank
from mitramatch.patterns import PATTERNS, pattern_reason

PKBM = {"name": "PKBM Bina Insani", "sector": "masyarakat", "kind": "pkbm",
        "offers": "lulusan terampil menjahit"}  # fmt: skip
NEEDS = {
    "tenaga": {"priority": 5, "description": "instruktur menjahit", "quantity": 2},
    "dana": {"priority": 3, "description": "modal usaha", "quantity": "Rp 10.000.000"},
    "sarana": {"priority": 3, "description": "mesin jahit", "quantity": 4},
    "program": {"priority": 2, "description": "pemasaran produk"},
}

FULL_RESOURCES = {
    "offers_tenaga": "instruktur menjahit",
    "offers_dana": "hibah modal usaha",
    "offers_sarana": "mesin jahit",
}


def _pattern(build_index, partner: dict, organisation: dict = PKBM, needs: dict = NEEDS) -> str:
    row = {"partner_id": "X", "name": "Mitra X", "sector": "masyarakat", **partner}
    index = build_index(pd.DataFrame([row]))
    frame = rank(index, {"organisation": organisation, "needs": needs}).to_frame()
    return frame.at[0, "pattern"]


def test_inti_plasma_three_needs_two_of_them_resources(build_index):
    assert _pattern(build_index, FULL_RESOURCES) == "inti_plasma"


def test_inti_plasma_wins_over_asuh(build_index):
    # A government BLK facing a PKBM would be asuh; covering three resource needs comes first.
    partner = {**FULL_RESOURCES, "sector": "pemerintah", "kind": "blk"}
    assert _pattern(build_index, partner) == "inti_plasma"


def test_three_needs_but_one_resource_is_not_inti_plasma(build_index):
    partner = {"offers_tenaga": "instruktur menjahit", "offers_program": "pemasaran produk",
               "offers_pendayagunaan_hasil": "membeli produk"}  # fmt: skip
    needs = {
        "tenaga": NEEDS["tenaga"],
        "program": NEEDS["program"],
        "pendayagunaan_hasil": {"priority": 2, "description": "membeli produk"},
    }
    assert _pattern(build_index, partner, needs=needs) == "sesuai_kebutuhan"


@pytest.mark.parametrize(
    "partner",
    [
        {"sector": "pemerintah", "kind": "dinas", "offers_tenaga": "instruktur menjahit"},
        {"sector": "swasta", "kind": "donor", "offers_dana": "hibah modal usaha"},
        {"sector": "masyarakat", "kind": "blk", "offers_tenaga": "instruktur menjahit"},
    ],
)
def test_asuh_stronger_institution_for_a_community_organisation(build_index, partner):
    assert _pattern(build_index, partner) == "asuh"


def test_asuh_by_capacity(build_index):
    # A peer company is not "stronger" by kind, but triple the quantity needed is.
    org = {**PKBM, "sector": "swasta"}
    partner = {"sector": "swasta", "offers_sarana": "mesin jahit", "capacity_sarana": 12}
    assert _pattern(build_index, partner, organisation=org) == "asuh"
    partner["capacity_sarana"] = 11  # below three times 4
    assert _pattern(build_index, partner, organisation=org) == "sesuai_kebutuhan"


def test_no_asuh_between_two_government_bodies(build_index):
    org = {**PKBM, "sector": "pemerintah", "kind": "skb"}
    partner = {"sector": "pemerintah", "kind": "dinas", "offers_tenaga": "instruktur menjahit"}
    assert _pattern(build_index, partner, organisation=org) == "sesuai_kebutuhan"


def test_futuristik_equal_peers_who_need_each_other(build_index):
    partner = {"kind": "lkp", "offers_tenaga": "instruktur menjahit",
               "seeks": "lulusan menjahit"}  # fmt: skip
    assert _pattern(build_index, partner) == "futuristik"


@pytest.mark.parametrize(
    "change",
    [
        {"seeks": None},  # does not say what it needs
        {"seeks": "lahan perkebunan"},  # needs something the PKBM does not offer
        {"sector": "swasta"},  # not the organisation's sector
        {"offers_tenaga": "mekanik otomotif"},  # covers no need well
    ],
)
def test_futuristik_needs_every_condition(build_index, change):
    partner = {"kind": "lkp", "offers_tenaga": "instruktur menjahit",
               "seeks": "lulusan menjahit", **change}  # fmt: skip
    assert _pattern(build_index, partner) == "sesuai_kebutuhan"


def test_sesuai_kebutuhan_otherwise(build_index):
    assert _pattern(build_index, {"offers_tenaga": "instruktur menjahit"}) == "sesuai_kebutuhan"
    assert _pattern(build_index, {}) == "sesuai_kebutuhan"


def test_fixture_patterns_are_known(index, needs_dict):
    frame = rank(index, needs_dict).to_frame()
    assert set(frame["pattern"]) <= set(PATTERNS)
    by_id = dict(zip(frame["partner_id"], frame["pattern"]))
    assert by_id["LKP-01"] == "futuristik"  # a peer LKP that seeks the PKBM's learners
    assert by_id["BLK-01"] == "asuh"
    assert by_id["KOP-01"] == "sesuai_kebutuhan"


@pytest.mark.parametrize(
    ("pattern", "id_start", "en_start"),
    [
        ("inti_plasma", "inti-plasma:", "core-plasma:"),
        ("asuh", "asuh:", "nurturing:"),
        ("futuristik", "futuristik:", "futuristic:"),
        ("sesuai_kebutuhan", "sesuai kebutuhan:", "need-based:"),
    ],
)
def test_pattern_reason(index, needs_dict, pattern, id_start, en_start):
    prepared = index.prepare(needs_dict)
    fits = [0.1, 0.9, 0.6]  # dana, tenaga, pendayagunaan_hasil
    text = pattern_reason(pattern, index, prepared, fits, 0, "id")
    assert text.startswith(id_start)
    assert pattern_reason(pattern, index, prepared, fits, 0, "en").startswith(en_start)
    if pattern == "sesuai_kebutuhan":
        assert text.endswith("(tenaga)")  # the best-covered need
    else:
        assert "tenaga, pendayagunaan hasil" in text
