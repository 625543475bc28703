"""Hard constraints: which partners a profile's [filters] keep."""

from __future__ import annotations

import pytest

from mitramatch import load_needs
from mitramatch.engine.filters import filter_mask

ALL = ["LKP-01", "BLK-01", "DIN-01", "DUDI-01", "CSR-01", "PKK-01", "OLD-01", "KOP-01"]


def _kept(index, needs: dict) -> list[str]:
    return list(index.partner_id[filter_mask(index, index.prepare(needs))])


def _with(needs_dict: dict, **filters) -> dict:
    return {**needs_dict, "filters": filters}


def test_fixture_ids(index):
    assert list(index.partner_id) == ALL


def test_default_drops_only_inactive(index, needs_dict):
    assert _kept(index, needs_dict) == [p for p in ALL if p != "OLD-01"]


def test_active_only_false_keeps_everyone(index, needs_dict):
    assert _kept(index, _with(needs_dict, active_only=False)) == ALL


@pytest.mark.parametrize(
    ("sectors", "kept"),
    [
        (["swasta"], ["DUDI-01", "CSR-01"]),
        (["pemerintah", "swasta"], ["BLK-01", "DIN-01", "DUDI-01", "CSR-01"]),
        (["masyarakat"], ["LKP-01", "PKK-01", "KOP-01"]),
        ("Pemerintah", ["BLK-01", "DIN-01"]),  # a single name, any case
    ],
)
def test_sectors(index, needs_dict, sectors, kept):
    assert _kept(index, _with(needs_dict, sectors=sectors)) == kept


@pytest.mark.parametrize(
    ("kinds", "kept"),
    [
        (["lkp", "blk"], ["LKP-01", "BLK-01"]),
        (["LKP"], ["LKP-01"]),
        (["dudi", "donor"], ["DUDI-01", "CSR-01"]),
        (["perguruan tinggi"], []),
    ],
)
def test_kinds(index, needs_dict, kinds, kept):
    # KOP-01 has no kind: it never passes a kinds filter.
    assert _kept(index, _with(needs_dict, kinds=kinds)) == kept


def test_same_province(index, needs_dict):
    kept = _kept(index, _with(needs_dict, same_province=True))
    assert kept == ["LKP-01", "BLK-01", "DIN-01", "DUDI-01", "CSR-01", "PKK-01"]  # not KOP-01


def test_same_province_from_the_organisation_regency(index, needs_dict):
    needs_dict["organisation"].pop("province")  # OKU still places it in Sumatera Selatan
    assert "BLK-01" in _kept(index, _with(needs_dict, same_province=True))


def test_same_province_unverifiable_keeps_nobody(index, needs_dict):
    needs_dict["organisation"] = {"name": "PKBM tanpa alamat"}
    assert _kept(index, _with(needs_dict, same_province=True)) == []


def test_same_province_elsewhere(index, needs_dict):
    needs_dict["organisation"].update(province="Jawa Barat", regency="Kota Bogor")
    assert _kept(index, _with(needs_dict, same_province=True)) == []


@pytest.mark.parametrize(
    ("km", "kept"),
    [
        # the organisation sits at the OKU centroid; Palembang is about 140 km away
        (50, ["LKP-01", "DIN-01", "CSR-01", "PKK-01"]),
        (200, ["LKP-01", "BLK-01", "DIN-01", "DUDI-01", "CSR-01", "PKK-01"]),
    ],
)
def test_max_distance(index, needs_dict, km, kept):
    # KOP-01 cannot be placed at all: the constraint is unverifiable, so it fails.
    assert _kept(index, _with(needs_dict, max_distance_km=km)) == kept


def test_max_distance_uses_exact_coordinates(index, needs_dict):
    # From LKP-01's doorstep, only LKP-01 itself is within 1 km.
    needs_dict["organisation"].update(lat=-4.1301, lon=104.1702)
    assert _kept(index, _with(needs_dict, max_distance_km=1)) == ["LKP-01"]


def test_filters_combine(index, needs_dict):
    needs = _with(needs_dict, sectors=["masyarakat"], kinds=["lkp"], active_only=False)
    assert _kept(index, needs) == ["LKP-01", "OLD-01"]
    needs = _with(needs_dict, sectors=["masyarakat"], kinds=["lkp"])
    assert _kept(index, needs) == ["LKP-01"]


def test_mask_is_boolean_per_partner(index, needs_dict):
    mask = filter_mask(index, index.prepare(load_needs(needs_dict)))
    assert mask.dtype == bool
    assert mask.shape == (len(index),)
