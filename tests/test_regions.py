"""Regions: Kemendagri codes from codes or names written any common way, and distances."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mitramatch.engine.regions import haversine_km, region_table


@pytest.fixture(scope="module")
def table():
    return region_table()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kabupaten Ogan Komering Ulu", "16.01"),
        ("KAB. OGAN KOMERING ULU", "16.01"),
        ("Kab Ogan Komering Ulu", "16.01"),
        ("Kab.Ogan Komering Ulu", "16.01"),
        ("kabupaten ogan komering ulu", "16.01"),
        ("  Ogan Komering Ulu  ", "16.01"),
        ("OKU", "16.01"),
        ("Kabupaten OKU", "16.01"),
        ("oku timur", "16.08"),
        ("OKU Selatan", "16.09"),
        ("OKU-Selatan", "16.09"),
        ("Ogan Komering Ilir", "16.02"),
        ("Lubuklinggau", "16.73"),
        ("Lubuk Linggau", "16.73"),
        ("LUBUK  LINGGAU", "16.73"),
        ("Kota Lubuk Linggau", "16.73"),
        ("Kota Lubuklinggau", "16.73"),
        ("Banyuasin", "16.07"),
        ("BANYU ASIN", "16.07"),
        ("Musi Banyuasin", "16.06"),
        ("Kota Palembang", "16.71"),
        ("PALEMBANG", "16.71"),
        ("Kotamadya Palembang", "16.71"),
        ("Kota Bogor", "32.71"),
        ("Bogor", "32.01"),  # alone it means the kabupaten
        ("Kab. Bogor", "32.01"),
    ],
)
def test_regency_names(table, name, code):
    assert table.regency_code(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "", "   ", None, float("nan"), pd.NA])
def test_unknown_regency(table, name):
    assert table.regency_code(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "Sumatera Selatan",
        "SUMATERA SELATAN",
        "Prov. Sumatera Selatan",
        "Provinsi Sumatera Selatan",
        "Propinsi Sumatera Selatan",
        "Sumsel",
        "sumatera-selatan",
    ],
)
def test_province_names(table, name):
    assert table.province_code(name) == "16"


@pytest.mark.parametrize(("name", "code"), [("Jawa Barat", "32"), ("DKI Jakarta", "31")])
def test_other_provinces(table, name, code):
    assert table.province_code(name) == code


@pytest.mark.parametrize("name", ["Narnia", "", None])
def test_unknown_province(table, name):
    assert table.province_code(name) is None


def _resolve(table, codes, regencies, provinces):
    reg, prov = table.resolve(
        pd.Series(codes, dtype="string"),
        pd.Series(regencies, dtype="string"),
        pd.Series(provinces, dtype="string"),
    )
    return list(reg), list(prov)


@pytest.mark.parametrize(
    ("code", "regency", "province", "expected"),
    [
        # a Kemendagri code wins over the names
        ("16.01", "Palembang", None, ("16.01", "16")),
        # BPS 1601 is never turned into 16.01: ignored, the name decides
        ("1601", "Muara Enim", None, ("16.03", "16")),
        ("1601", None, None, (None, None)),
        # a province code places the province only
        ("16", None, None, (None, "16")),
        # a well-formed code that does not exist is ignored like a BPS id
        ("16.99", "Palembang", None, ("16.71", "16")),
        ("99", None, "Sumsel", (None, "16")),
        (None, "KAB. OGAN KOMERING ULU", "SUMATERA SELATAN", ("16.01", "16")),
        (None, None, "Jawa Barat", (None, "32")),
        (None, "Atlantis", None, (None, None)),
        (None, None, None, (None, None)),
        (" 16.71 ", None, None, ("16.71", "16")),
    ],
)
def test_resolve(table, code, regency, province, expected):
    reg, prov = _resolve(table, [code], [regency], [province])
    assert (reg[0], prov[0]) == expected


def test_resolve_uses_the_province_to_choose(table):
    # "Bogor" alone is the kabupaten, "Kota Bogor" the city, with or without a province.
    reg, _ = _resolve(table, [None, None], ["Bogor", "Kota Bogor"], ["Jawa Barat", None])
    assert reg == ["32.01", "32.71"]


def test_resolve_is_row_wise_and_keeps_order(table):
    codes = [None, "16.71", None, "1601", None]
    names = ["OKU", None, "Lubuk Linggau", "Banyuasin", "OKU"]
    reg, prov = _resolve(table, codes, names, [None] * 5)
    assert reg == ["16.01", "16.71", "16.73", "16.07", "16.01"]
    assert prov == ["16"] * 5


def test_centroids(table):
    lat, lon = table.centroids(np.array(["16.01", None, "16.99"], dtype=object))
    assert lat[0] == pytest.approx(-4.09373)
    assert lon[0] == pytest.approx(104.10521)
    assert np.isnan(lat[1:]).all()
    assert np.isnan(lon[1:]).all()


# -- distance --------------------------------------------------------------------------------
def test_haversine_known_distance():
    # Baturaja (OKU) to Palembang is about 143 km.
    assert float(haversine_km(-4.09373, 104.10521, -2.97172, 104.74132)) == pytest.approx(
        143.4, abs=0.1
    )
    # one degree of latitude is about 111.2 km
    assert float(haversine_km(0.0, 100.0, 1.0, 100.0)) == pytest.approx(111.2, abs=0.1)


def test_haversine_properties():
    lat = np.array([-4.1, -2.97, -6.2, 0.0])
    lon = np.array([104.1, 104.74, 106.8, 0.0])
    d = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    assert d.shape == (4, 4)
    np.testing.assert_allclose(np.diag(d), 0.0, atol=1e-9)
    np.testing.assert_allclose(d, d.T)
    assert (d >= 0).all()


def test_haversine_missing_is_nan():
    d = haversine_km(np.array([-4.1, np.nan]), np.array([104.1, 104.1]), -2.97, 104.74)
    assert not np.isnan(d[0])
    assert np.isnan(d[1])
