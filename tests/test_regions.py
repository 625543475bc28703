"""Regions: Kemendagri codes from codes or names written any common way, and distances."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mitramatch.engine.index import DirectoryIndex
from mitramatch.engine.regions import (
    TYPO_CUTOFF,
    TYPO_MARGIN,
    RegionNote,
    haversine_km,
    region_table,
)
from mitramatch.exceptions import use_language

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "mitramatch" / "resources"
EVAL = ROOT / "data" / "eval" / "national"


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


# -- national spellings: every province, the forms real lists use --------------------------
# (spelling in the regency cell, province cell or None, expected Kemendagri code)
NATIONAL = [
    ("KOTA BANDA ACEH", "NAD", "11.71"),
    ("Kab. Aceh Besar, NAD", None, "11.06"),
    ("Abdya", None, "11.12"),
    ("Lhok Seumawe", None, "11.73"),
    ("ACEH TAMIANG", "NANGGROE ACEH DARUSSALAM (NAD)", "11.16"),
    ("Kab. Pidie Jaya", None, "11.18"),
    ("KAB. SERGAI", "SUMUT", "12.18"),
    ("TOBA SAMOSIR", "SUMATRA UTARA", "12.12"),
    ("Tobasa", None, "12.12"),
    ("Pematang Siantar", None, "12.72"),
    ("Siantar", None, "12.72"),
    ("Padang Sidempuan", None, "12.77"),
    ("Kota Medan, Sumatera Utara", None, "12.71"),
    ("Deliserdang", None, "12.07"),
    ("Labuhan Batu", None, "12.10"),
    ("Tapteng", None, "12.01"),
    ("Tapsel", None, "12.03"),
    ("Humbahas", None, "12.16"),
    ("Kab. Lima Puluh Kota", "Sumbar", "13.07"),
    ("Limapuluh Koto", None, "13.07"),
    ("Pessel", None, "13.01"),
    ("Kota Bukit Tinggi", None, "13.75"),
    ("Kab. Kep. Mentawai", None, "13.09"),
    ("Padang Panjang", None, "13.74"),
    ("Pekan Baru", "Riau", "14.71"),
    ("Inhil", None, "14.04"),
    ("Kuansing", None, "14.09"),
    ("KAB. ROKAN HULU", None, "14.06"),
    ("Muara Jambi", "Jambi", "15.05"),
    ("Tanjabbar", None, "15.06"),
    ("Kota Sungaipenuh", None, "15.72"),
    ("Batang Hari", None, "15.04"),
    ("OKU", None, "16.01"),
    ("Banyu Asin", "Sumsel", "16.07"),
    ("Lubuk Linggau", None, "16.73"),
    ("PALI", None, "16.12"),
    ("Muba", None, "16.06"),
    ("OKU Selatan", None, "16.09"),
    ("Kota Pagar Alam", None, "16.72"),
    ("Kota Bengkulu", "Bengkulu", "17.71"),
    ("Kab. Muko-Muko", None, "17.06"),
    ("Rejang Lebong", None, "17.02"),
    ("Bandar Lampung", "Lampung", "18.71"),
    ("Lamsel", None, "18.01"),
    ("Tuba", "Lampung", "18.05"),
    ("Tubaba", None, "18.12"),
    ("Kab. Way Kanan", None, "18.08"),
    ("Kota Metro", None, "18.72"),
    ("Pangkal Pinang", "Babel", "19.71"),
    ("Beltim", None, "19.06"),
    ("Kab. Bangka Tengah", "Kep. Bangka Belitung", "19.04"),
    ("Tanjung Pinang", "Kepri", "21.72"),
    ("Kota Batam", None, "21.71"),
    ("Anambas", None, "21.05"),
    ("Kab. Kepulauan Riau", None, "21.01"),
    ("KOTA ADM. JAKARTA SELATAN", "DKI", "31.74"),
    ("Jakarta Selatan", None, "31.74"),
    ("Jaksel", None, "31.74"),
    ("Jakut", None, "31.72"),
    ("Jakbar", None, "31.73"),
    ("JAKTIM", "D.K.I. JAKARTA", "31.75"),
    ("Jakpus", None, "31.71"),
    ("Kota Administrasi Jakarta Utara", None, "31.72"),
    ("Kotamadya Jakarta Barat", None, "31.73"),
    ("Kep. Seribu", None, "31.01"),
    ("South Jakarta", None, "31.74"),
    ("KAB. ADM. KEPULAUAN SERIBU", "DKI Jakarta", "31.01"),
    ("Kab. Bandung, Jawa Barat", None, "32.04"),
    ("Bandung - Jabar", None, "32.04"),
    ("KBB", None, "32.17"),
    ("Kota Bandung", "Jawa Barat", "32.73"),
    ("Bogor", None, "32.01"),
    ("Kota Bogor", None, "32.71"),
    ("Bekasi", "Jabar", "32.16"),
    ("Kota Bekasi", None, "32.75"),
    ("Cikarang", None, "32.16"),
    ("Tasik", None, "32.06"),
    ("Kota Tasik", None, "32.78"),
    ("Kota Banjar", "Jawa Barat", "32.79"),
    ("Kab. Sukabumi", None, "32.02"),
    ("Solo", "Jateng", "33.72"),
    ("PURWOKERTO", "JAWA TENGAH", "33.02"),
    ("Semarang", None, "33.22"),
    ("Kota Semarang", None, "33.74"),
    ("Banjar Negara", None, "33.04"),
    ("KOTA SURAKARTA", None, "33.72"),
    ("Karang Anyar", None, "33.13"),
    ("Jogja", "DIY", "34.71"),
    ("Yogya", None, "34.71"),
    ("KOTA JOGJA", "D.I YOGYAKARTA", "34.71"),
    ("Sleman (DIY)", None, "34.04"),
    ("Gunung Kidul", None, "34.03"),
    ("Kulonprogo", None, "34.01"),
    ("Bantul, D.I. Yogyakarta", None, "34.02"),
    ("KODYA MALANG", "JAWA TIMUR", "35.73"),
    ("Malang", None, "35.07"),
    ("Kota Batu", "Jatim", "35.79"),
    ("Kota Surabaya", None, "35.78"),
    ("Kab. Sidoarjo", None, "35.15"),
    ("Kota Madya Kediri", None, "35.71"),
    ("Tangsel", "Banten", "36.74"),
    ("Kota Tangerang Selatan", None, "36.74"),
    ("Kab. Serang", None, "36.04"),
    ("Kota Cilegon", None, "36.72"),
    ("Kota Denpasar", "Bali", "51.71"),
    ("Karang Asem", None, "51.07"),
    ("Kab. Badung", None, "51.03"),
    ("KLU", "NTB", "52.08"),
    ("Lotim", None, "52.03"),
    ("Kota Bima", None, "52.72"),
    ("Sumbawa Barat", None, "52.07"),
    ("TTS", "NTT", "53.02"),
    ("TTU", None, "53.03"),
    ("KODYA KUPANG", "NUSA TENGGARA TIMUR", "53.71"),
    ("Kupang", "NTT", "53.01"),
    ("Rote", None, "53.14"),
    ("Mabar", None, "53.15"),
    ("Kab. Sumba Barat Daya", None, "53.18"),
    ("Kab. Pontianak", "Kalbar", "61.02"),
    ("Kota Pontianak", None, "61.71"),
    ("Pontianak", None, "61.71"),
    ("KKU", None, "61.11"),
    ("Kubu Raya", None, "61.12"),
    ("Palangka Raya", "Kalteng", "62.71"),
    ("Kotim", None, "62.02"),
    ("Pulpis", None, "62.11"),
    ("Mura, Kalteng", None, "62.12"),
    ("KAB. BATOLA", "KALSEL", "63.04"),
    ("HSS", None, "63.06"),
    ("Kota Baru", "Kalsel", "63.02"),
    ("Tanbu", None, "63.10"),
    ("Banjarbaru", None, "63.72"),
    ("Banjar", None, "63.03"),
    ("Kukar", "Kaltim", "64.02"),
    ("PPU", None, "64.09"),
    ("Kota Samarinda", None, "64.72"),
    ("Pasir", "Kalimantan Timur", "64.01"),
    ("Sangatta", None, "64.08"),
    ("KTT", "Kaltara", "65.04"),
    ("Kota Tarakan", None, "65.71"),
    ("Tarakan", "Kaltim", "65.71"),
    ("Bulungan", None, "65.01"),
    ("Bolmong", "Sulut", "71.01"),
    ("Sitaro", None, "71.09"),
    ("Kota Manado", None, "71.71"),
    ("Minut", None, "71.06"),
    ("Kab. Kepulauan Sangihe", None, "71.03"),
    ("Touna", "Sulteng", "72.09"),
    ("Tojo Una-Una", None, "72.09"),
    ("Toli-Toli", None, "72.04"),
    ("Tolitoli", None, "72.04"),
    ("Parimo", None, "72.08"),
    ("Kota Palu", None, "72.71"),
    ("Bangkep", None, "72.07"),
    ("PANGKAJENE KEPULAUAN", "SULSEL", "73.10"),
    ("PANGKEP", "SULAWESI SELATAN", "73.10"),
    ("Sidrap", None, "73.14"),
    ("Luwutim", None, "73.24"),
    ("Tator", None, "73.18"),
    ("MAKASSAR", "SULSEL", "73.71"),
    ("Makasar", None, "73.71"),
    ("Ujung Pandang", None, "73.71"),
    ("Pare-Pare", None, "73.72"),
    ("Selayar", None, "73.01"),
    ("Kota Bau-Bau", "Sultra", "74.72"),
    ("Konsel", None, "74.05"),
    ("Kab. Kendari", None, "74.02"),
    ("Kendari", None, "74.71"),
    ("Wakatobi", None, "74.07"),
    ("Gorontalo", "Gorontalo", "75.01"),
    ("Kota Gorontalo", None, "75.71"),
    ("Gorut", None, "75.05"),
    ("Bone Bolango", None, "75.03"),
    ("KAB. MAMUJU UTARA", "SULAWESI BARAT", "76.01"),
    ("MAMUJU UTARA", "SULBAR", "76.01"),
    ("Polman", None, "76.04"),
    ("Polewali Mamasa", None, "76.04"),
    ("Mateng", None, "76.06"),
    ("Kab. Majene", None, "76.05"),
    ("MTB", "Maluku", "81.03"),
    ("Maluku Tenggara Barat", None, "81.03"),
    ("Kota Ambon", None, "81.71"),
    ("SBB", None, "81.06"),
    ("Kota Tual", None, "81.72"),
    ("Kota Ternate", "Malut", "82.71"),
    ("Tidore", None, "82.72"),
    ("Halut", None, "82.03"),
    ("Morotai", "Maluku Utara", "82.07"),
    ("Kota Jayapura", "Papua", "91.71"),
    ("Biak", None, "91.06"),
    ("Yapen", None, "91.05"),
    ("Kab. Keerom", None, "91.11"),
    ("Fak Fak", "Papua Barat", "92.03"),
    ("Fakfak", None, "92.03"),
    ("Manokwari", "Pabar", "92.02"),
    ("Bintuni", None, "92.06"),
    ("Merauke", "Papua Selatan", "93.01"),
    ("Merauke", "Papua", "93.01"),
    ("Kab. Mappi", None, "93.03"),
    ("Asmat", None, "93.04"),
    ("Timika", "Papua Tengah", "94.04"),
    ("Nabire", "Papua", "94.01"),
    ("Kab. Puncak Jaya", None, "94.02"),
    ("Wamena", "Papua Pegunungan", "95.01"),
    ("Jayawijaya", "Papua", "95.01"),
    ("Pegubin", None, "95.02"),
    ("Yahukimo", None, "95.03"),
    ("Kota Sorong", "Papua Barat Daya", "96.71"),
    ("Raja Ampat", "Papua Barat", "96.03"),
    ("Sorsel", None, "96.02"),
    ("Sorong", "PBD", "96.01"),
]


def test_national_list_covers_every_province(table):
    assert {code[:2] for _, _, code in NATIONAL} == set(table.provinces.index)
    assert len(NATIONAL) >= 150


@pytest.mark.parametrize(("regency", "province", "code"), NATIONAL)
def test_national_spellings(table, regency, province, code):
    reg, prov = _resolve(table, [None], [regency], [province])
    assert (reg[0], prov[0]) == (code, code[:2])


# -- one rule at a time ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("KAB. GOWA", "73.06"),
        ("Kab Gowa", "73.06"),
        ("Kabupaten Gowa", "73.06"),
        ("Pemkab Gowa", "73.06"),
        ("KOTA MAKASSAR", "73.71"),
        ("Kotamadya Makassar", "73.71"),
        ("Kota Madya Makassar", "73.71"),
        ("Kodya Makassar", "73.71"),
    ],
)
def test_kind_words(table, name, code):
    assert table.regency_code(name) == code


@pytest.mark.parametrize(
    "name",
    [
        "KOTA ADM. JAKARTA SELATAN",
        "Kota Adm Jakarta Selatan",
        "Kota Administrasi Jakarta Selatan",
        "Kotamadya Jakarta Selatan",
        "Jakarta Selatan",
        "JAKARTA-SELATAN",
    ],
)
def test_dki_administrative_cities(table, name):
    assert table.regency_code(name) == "31.74"


def test_dki_administrative_kabupaten(table):
    for name in ["Kab. Adm. Kepulauan Seribu", "Kepulauan Seribu", "Kep. Seribu", "Pulau Seribu"]:
        assert table.regency_code(name) == "31.01", name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Pangkajene dan Kepulauan", "73.10"),
        ("Pangkajene Kepulauan", "73.10"),  # "dan" dropped
        ("Pangkajene & Kepulauan", "73.10"),
        ("Kab. Kep. Siau Tagulandang Biaro", "71.09"),  # Kep. = Kepulauan, both ways
        ("Kepulauan Siau Tagulandang Biaro", "71.09"),
        ("Kep. Mentawai", "13.09"),
        ("Sumatra Utara", None),  # a province, not a regency: see test_province_in_regency_cell
    ],
)
def test_word_spellings(table, name, code):
    assert table.regency_code(name) == code


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Kab. Bandung, Jawa Barat", "32.04"),
        ("Bandung - Jabar", "32.04"),
        ("Jawa Barat, Kab. Bandung", "32.04"),
        ("Kab Bandung Jawa Barat", "32.04"),
        ("Sleman (DIY)", "34.04"),
        ("Kota Medan / Sumut", "12.71"),
        ("Mura, Kalteng", "62.12"),  # the province in the cell also chooses
    ],
)
def test_province_in_the_same_cell(table, cell, code):
    assert table.regency_code(cell) == code


def test_abbreviation_beside_the_name(table):
    assert table.regency_code("Sidenreng Rappang (Sidrap)") == "73.14"
    assert table.province_code("Nanggroe Aceh Darussalam (NAD)") == "11"


def test_part_of_a_cell_is_read_and_reported(table):
    notes = []
    reg, _ = table.resolve(
        pd.Series([None]), pd.Series(["Kec. Baturaja Timur, Kab. OKU"]), pd.Series([None]),
        notes=notes,
    )  # fmt: skip
    assert reg[0] == "16.01"
    assert "ignoring 'kec baturaja timur'" in notes[0].en


def test_short_forms_alone_are_not_read_from_part_of_an_address(table):
    # "Solo" is an alias of Surakarta, but "Jl. Solo" could be anywhere.
    assert table.regency_code("Jl. Solo No. 5") is None


def test_trailing_kind_word(table):
    assert table.regency_code("Bandung (Kota)") == "32.73"
    assert table.regency_code("Lima Puluh Kota") == "13.07"  # "Kota" is part of this name


def test_kind_word_that_is_part_of_the_name(table):
    assert table.regency_code("Kota Baru") == "63.02"  # Kabupaten Kotabaru
    assert table.regency_code("Kota Waringin Barat") == "62.01"


# -- bare names: the kabupaten, reported --------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "kab", "kota"),
    [
        ("Bekasi", "32.16", "32.75"),
        ("Bogor", "32.01", "32.71"),
        ("Bandung", "32.04", "32.73"),
        ("Semarang", "33.22", "33.74"),
        ("Malang", "35.07", "35.73"),
        ("Tasik", "32.06", "32.78"),
    ],
)
def test_bare_name_is_the_kabupaten(table, name, kab, kota):
    assert table.regency_code(name) == kab
    assert table.regency_code(f"Kota {name}") == kota
    assert table.regency_code(f"Kab. {name}") == kab


def test_bare_name_note_names_the_city(table):
    notes = []
    table.resolve(pd.Series([None] * 3), pd.Series(["BEKASI"] * 3), pd.Series([None] * 3),
                  notes=notes)  # fmt: skip
    assert [n.en for n in notes] == [
        "regency 'BEKASI' (3 rows): read as Kabupaten Bekasi; "
        "a name alone means the kabupaten, not Kota Bekasi"
    ]
    assert notes[0].id == (
        "kabupaten/kota 'BEKASI' (3 baris): dibaca sebagai Kabupaten Bekasi; "
        "nama saja berarti kabupaten, bukan Kota Bekasi"
    )


def test_bare_name_in_two_provinces_is_chosen_by_the_province(table):
    assert table.regency_code("Banjar") == "63.03"
    assert table.regency_code("Banjar", "32") == "32.79"
    assert table.regency_code("Banjar", "63") == "63.03"


def test_ambiguous_alias_needs_the_province(table):
    notes = []
    reg, _ = table.resolve(
        pd.Series([None, None, None]), pd.Series(["Mura"] * 3),
        pd.Series([None, "Sumsel", "Kalteng"]), notes=notes,
    )  # fmt: skip
    assert list(reg) == [None, "16.05", "62.12"]
    assert "could be Kabupaten Musi Rawas (Sumatera Selatan) or Kabupaten Murung" in notes[0].en


# -- former names and pemekaran ----------------------------------------------------------------
def _notes_for(table, regency, province=None):
    notes = []
    reg, prov = table.resolve(
        pd.Series([None]), pd.Series([regency]), pd.Series([province]), notes=notes
    )
    return reg[0], prov[0], notes


@pytest.mark.parametrize(
    ("written", "code", "note"),
    [
        (
            "MAMUJU UTARA",
            "76.01",
            "regency 'MAMUJU UTARA' (1 row): read as Kabupaten Pasangkayu; "
            "a former name: renamed Kabupaten Pasangkayu in 2017",
        ),
        (
            "KAB. TOBA SAMOSIR",
            "12.12",
            "regency 'KAB. TOBA SAMOSIR' (1 row): read as Kabupaten Toba; "
            "a former name: renamed Kabupaten Toba in 2020; "
            "Kabupaten Samosir was formed from it in 2003: "
            "a partner listed before then may be there",
        ),
        (
            "Polewali Mamasa",
            "76.04",
            "regency 'Polewali Mamasa' (1 row): read as Kabupaten Polewali Mandar; "
            "a former name: renamed Kabupaten Polewali Mandar in 2005; "
            "Kabupaten Mamasa was formed from it in 2002: "
            "a partner listed before then may be there",
        ),
        (
            "Maluku Tenggara Barat",
            "81.03",
            "regency 'Maluku Tenggara Barat' (1 row): read as Kabupaten Kepulauan Tanimbar; "
            "a former name: renamed Kabupaten Kepulauan Tanimbar in 2019; Kabupaten Maluku Barat "
            "Daya was formed from it in 2008: a partner listed before then may be there",
        ),
        (
            "Kab. Pontianak",
            "61.02",
            "regency 'Kab. Pontianak' (1 row): read as Kabupaten Mempawah; "
            "a former name: renamed Kabupaten Mempawah in 2014; "
            "Kabupaten Kubu Raya was formed from it in 2007: "
            "a partner listed before then may be there",
        ),
        (
            "Ujung Pandang",
            "73.71",
            "regency 'Ujung Pandang' (1 row): read as Kota Makassar; "
            "a former name: renamed Kota Makassar in 1999",
        ),
        (
            "Selayar",
            "73.01",
            "regency 'Selayar' (1 row): read as Kabupaten Kepulauan Selayar; "
            "a former name of Kabupaten Kepulauan Selayar",
        ),
    ],
)
def test_former_names(table, written, code, note):
    reg, prov, notes = _notes_for(table, written)
    assert (reg, prov) == (code, code[:2])
    assert [n.en for n in notes] == [note]


def test_former_name_note_in_indonesian(table):
    _, _, notes = _notes_for(table, "MAMUJU UTARA")
    with use_language("id"):
        assert str(notes[0]) == (
            "kabupaten/kota 'MAMUJU UTARA' (1 baris): dibaca sebagai Kabupaten Pasangkayu; "
            "nama lama: berganti nama menjadi Kabupaten Pasangkayu pada 2017"
        )


def test_todays_name_says_nothing_about_an_older_split(table):
    # "Toba" is the name taken in 2020: such a list is after Samosir's pemekaran of 2003.
    assert _notes_for(table, "Kabupaten Toba")[2] == []
    assert _notes_for(table, "Kabupaten Polewali Mandar")[2] == []


def test_parent_that_kept_its_name_mentions_the_new_region(table):
    reg, _, notes = _notes_for(table, "Kabupaten Mamuju", "Sulawesi Barat")
    assert reg == "76.02"
    assert notes[0].en == (
        "regency 'Kabupaten Mamuju' (1 row): read as Kabupaten Mamuju; Kabupaten Mamuju Tengah "
        "was formed from it in 2013: a partner listed before then may be there"
    )
    assert "Kota Serang was formed from it in 2007" in _notes_for(table, "Kab. Serang")[2][0].en


def test_old_name_of_a_kabupaten_that_a_kota_still_bears(table):
    # Kabupaten Pontianak is Mempawah since 2014; Kota Pontianak keeps its name.
    assert table.regency_code("Kab. Pontianak") == "61.02"
    assert table.regency_code("Kota Pontianak") == "61.71"
    reg, _, notes = _notes_for(table, "Pontianak")
    assert reg == "61.71"
    assert "the former Kabupaten Pontianak is today's Kabupaten Mempawah" in notes[0].en
    assert table.regency_code("Kab. Kendari") == "74.02"  # Konawe
    assert table.regency_code("Kendari") == "74.71"


def test_former_kabupaten_named_like_a_province(table):
    assert table.regency_code("Kab. Kepulauan Riau") == "21.01"  # Bintan
    reg, prov, _ = _notes_for(table, "Kepulauan Riau")
    assert (reg, prov) == (None, "21")


def test_towns_are_read_as_their_regency_and_reported(table):
    reg, _, notes = _notes_for(table, "PURWOKERTO", "JAWA TENGAH")
    assert reg == "33.02"
    assert notes[0].en == (
        "regency 'PURWOKERTO' (1 row): read as Kabupaten Banyumas; "
        "Purwokerto is a town in Kabupaten Banyumas"
    )


# -- provinces --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("DIY", "34"), ("D.I YOGYAKARTA", "34"), ("DI Yogyakarta", "34"), ("D.I. Yogyakarta", "34"),
        ("Daerah Istimewa Yogyakarta", "34"), ("Jogja", "34"), ("Yogyakarta", "34"),
        ("NAD", "11"), ("Nanggroe Aceh Darussalam", "11"), ("NANGGROE ACEH DARUSSALAM (NAD)", "11"),
        ("Aceh", "11"), ("DKI", "31"), ("DKI Jakarta", "31"), ("D.K.I. JAKARTA", "31"),
        ("Jakarta", "31"), ("Daerah Khusus Jakarta", "31"), ("Jabar", "32"), ("Jateng", "33"),
        ("Jatim", "35"), ("Sumut", "12"), ("SUMATRA UTARA", "12"), ("Sumbar", "13"),
        ("Sumsel", "16"), ("Kalbar", "61"), ("Kalteng", "62"), ("Kalsel", "63"), ("Kaltim", "64"),
        ("Kaltara", "65"), ("Sulut", "71"), ("Sulteng", "72"), ("Sulsel", "73"), ("Sultra", "74"),
        ("Sulbar", "76"), ("NTB", "52"), ("NTT", "53"), ("Babel", "19"),
        ("Kep. Bangka Belitung", "19"), ("Kepri", "21"), ("Gorontalo", "75"),
        ("Maluku Utara", "82"), ("Malut", "82"), ("Papua", "91"), ("Irian Jaya", "91"),
        ("Papua Barat", "92"), ("Irian Jaya Barat", "92"), ("Papua Selatan", "93"),
        ("Papua Tengah", "94"), ("Papua Pegunungan", "95"), ("Papua Barat Daya", "96"),
        ("Prov. Jawa Barat", "32"), ("Provinsi Jawa Barat", "32"), ("Propinsi Jawa Barat", "32"),
        ("Prop. Jawa Barat", "32"), ("Bali Province", "51"), ("West Java", "32"),
    ],
)  # fmt: skip
def test_province_aliases(table, name, code):
    assert table.province_code(name) == code


@pytest.mark.parametrize(
    ("regency", "province", "code", "remark"),
    [
        ("Merauke", "Papua", "93.01", "in Papua Selatan since 2022, formerly part of Papua"),
        ("Kota Sorong", "Papua Barat", "96.71", "in Papua Barat Daya since 2022"),
        ("Kota Tarakan", "Kaltim", "65.71", "in Kalimantan Utara since 2012"),
        ("Mamuju", "Sulsel", "76.02", "in Sulawesi Barat since 2004"),
        ("Kota Tangerang", "Jawa Barat", "36.71", "in Banten since 2000"),
    ],
)
def test_regency_with_its_former_province(table, regency, province, code, remark):
    reg, prov, notes = _notes_for(table, regency, province)
    assert (reg, prov) == (code, code[:2])
    assert remark in notes[0].en


def test_province_that_disagrees_is_reported_and_the_regency_decides(table):
    reg, prov, notes = _notes_for(table, "Kota Bandung", "Jawa Timur")
    assert (reg, prov) == ("32.73", "32")
    assert "Kota Bandung is in Jawa Barat, not in Jawa Timur as given" in notes[0].en


def test_province_in_regency_cell(table):
    reg, prov, notes = _notes_for(table, "DKI Jakarta")
    assert (reg, prov) == (None, "31")
    assert notes[0].en == (
        "regency 'DKI Jakarta' (1 row): placed in Daerah Khusus Ibukota Jakarta only; "
        "the name of a province, not of a kabupaten/kota"
    )


# -- typos ------------------------------------------------------------------------------------
def test_typo_corrected_within_the_province(table):
    reg, prov, notes = _notes_for(table, "SEDENRENG RAPPANG", "SULAWESI SELATAN")
    assert (reg, prov) == ("73.14", "73")
    assert notes[0].en == (
        "regency 'SEDENRENG RAPPANG' (1 row): read as Kabupaten Sidenreng Rappang; "
        "a likely typo (similarity 93.75)"
    )
    assert "kemungkinan salah ketik (kemiripan 93.75)" in notes[0].id


@pytest.mark.parametrize(
    ("typo", "province", "code"),
    [
        ("Kab. Banyumaz", "Jawa Tengah", "33.02"),
        ("Sukoharja", "Jateng", "33.11"),
        ("Kota Palembnag", None, "16.71"),
        ("Musi Banyuasim", None, "16.06"),
        ("Jakarta Timor", None, "31.75"),
        ("Mamuju Utra", "Sulbar", "76.01"),  # a typo of a former name
        ("Sedenreng Rappang, Sulsel", None, "73.14"),
    ],
)
def test_typos(table, typo, province, code):
    assert table.regency_code(typo, table.province_code(province)) == code


def test_typo_never_corrected_into_another_province(table):
    reg, prov, notes = _notes_for(table, "SEDENRENG RAPPANG", "Jawa Barat")
    assert (reg, prov) == (None, "32")
    assert notes[0].en == (
        "regency 'SEDENRENG RAPPANG' (1 row): no kabupaten/kota placed; not a kabupaten/kota "
        "name mitramatch knows; not corrected: the closest name, Kabupaten Sidenreng Rappang "
        "(93.75), is in Sulawesi Selatan, not in Jawa Barat"
    )


def test_typo_refused_when_two_names_are_about_as_close(table):
    # "Batu Braa" is one slip from Batu Bara and from Baturaja: neither is chosen, and the
    # word "Batu" (Kota Batu) is not taken from it either.
    reg, _, notes = _notes_for(table, "Batu Braa")
    assert reg is None
    assert notes[0].en == (
        "regency 'Batu Braa' (1 row): no kabupaten/kota placed; not a kabupaten/kota name "
        "mitramatch knows; not corrected: Kabupaten Batu Bara (Sumatera Utara) and Baturaja "
        "(Kabupaten Ogan Komering Ulu, Sumatera Selatan) are about equally close"
    )


@pytest.mark.parametrize(
    ("town", "code"),
    [
        ("TANJUNGPANDAN", "19.02"), ("Tanjung Pandan", "19.02"), ("WONOSARI", "34.03"),
        ("MASOHI", "81.01"), ("Tanjung Selor", "65.01"), ("Sigli", "11.07"), ("Takengon", "11.04"),
        ("Painan", "13.01"), ("Sampit", "62.02"), ("Tarutung", "12.02"), ("Larantuka", "53.06"),
    ],
)  # fmt: skip
def test_a_kabupaten_seat_is_read_as_its_kabupaten(table, town, code):
    assert table.regency_code(town) == code


def test_a_seat_two_kabupaten_share_is_left_to_the_province(table):
    assert table.regency_code("Martapura") is None  # OKU Timur and Banjar
    assert table.regency_code("Martapura", "63") == "63.03"


def test_ordinary_words_of_seats_are_no_place_words(table):
    words = table.place_words()
    assert {"kayu", "ubi", "pelabuhan", "simpang", "merah"}.isdisjoint(words)
    assert {"masohi", "wonosari", "takengon"} <= words


def test_a_whole_name_in_the_cell_settles_what_the_cell_is_close_to(table):
    # The whole cell is as close to Maluku Tenggara as to Maluku Tengah, but "Kab. Maluku
    # Tengah" is written in it whole: the island after it is an aside.
    reg, _, notes = _notes_for(table, "KAB. MALUKU TENGAH (P. SERAM)", "Maluku")
    assert reg == "81.01"
    assert notes[0].en.startswith("regency 'KAB. MALUKU TENGAH (P. SERAM)' (1 row): read as")


@pytest.mark.parametrize("name", ["Bina", "Atlantis", "Jalan Merdeka", "xyz"])
def test_no_correction_for_short_or_unlike_names(table, name):
    assert table.regency_code(name) is None


def test_province_typo(table):
    assert table.province_code("Sulawesi Selatn") == "73"
    assert table.province_code("Jawa Tenggah") == "33"
    assert table.province_code("Narnia Raya") is None


def test_cutoff_is_documented_and_ordered():
    assert 0 < TYPO_MARGIN < TYPO_CUTOFF <= 100


# -- codes beside names -------------------------------------------------------------------------
def test_code_and_name_that_disagree_are_reported(table):
    notes = []
    reg, _ = table.resolve(pd.Series(["16.71", "32.71"]), pd.Series(["Medan", "Bogor"]),
                           pd.Series([None, None]), notes=notes)  # fmt: skip
    assert list(reg) == ["16.71", "32.71"]  # the code wins
    # a bare "Bogor" beside Kota Bogor's code is not a disagreement
    assert [n.en for n in notes] == [
        "region code '16.71' (1 row): is Kota Palembang, but the regency is written 'Medan' "
        "(Kota Medan): the code was used"
    ]


def test_unusable_code_is_reported(table):
    notes = []
    table.resolve(pd.Series(["1601"]), pd.Series(["Muara Enim"]), pd.Series([None]), notes=notes)
    assert notes[0].field == "region_code"
    assert "BPS ids such as 1601 are not converted" in notes[0].en


# -- notes are a summary ----------------------------------------------------------------------
def test_notes_are_one_per_written_form_with_row_counts(table):
    n = 100_000
    forms = np.array(["SEDENRENG RAPPANG", "Kab. Gowa", "Atlantis", "BOGOR"], dtype=object)
    regency = pd.Series(forms[np.arange(n) % 4], dtype="string")
    notes = []
    table.resolve(pd.Series([None] * n, dtype="string"), regency,
                  pd.Series(["Sulsel"] * n, dtype="string"), notes=notes)  # fmt: skip
    # "Kab. Gowa" is read plainly: nothing to say
    assert sorted((note.written, note.rows) for note in notes) == [
        ("Atlantis", 25_000),
        ("BOGOR", 25_000),
        ("SEDENRENG RAPPANG", 25_000),
    ]
    assert all(isinstance(note, RegionNote) and note.field == "regency" for note in notes)


def test_resolve_without_notes_returns_the_same_codes(table):
    args = (pd.Series([None, "16"]), pd.Series(["MAMUJU UTARA", "Atlantis"]), pd.Series([None] * 2))
    reg, prov = table.resolve(*args)
    reg_n, prov_n = table.resolve(*args, notes=[])
    assert list(reg) == list(reg_n) == ["76.01", None]
    assert list(prov) == list(prov_n) == ["76", "16"]


def test_notes_reach_the_index_and_survive_saving(tmp_path):
    frame = pd.DataFrame({
        "partner_id": ["A", "B"], "name": ["LKP X", "BLK Y"], "sector": ["masyarakat"] * 2,
        "regency": ["SEDENRENG RAPPANG", "Kab. Gowa"], "province": ["SULSEL", "SULSEL"],
        "offers_tenaga": ["instruktur menjahit", "instruktur las"],
    })  # fmt: skip
    index = DirectoryIndex.build(frame)
    assert index.notes == [
        "regency 'SEDENRENG RAPPANG' (1 row): read as Kabupaten Sidenreng Rappang; "
        "a likely typo (similarity 93.75)"
    ]
    index.save(tmp_path / "i")
    assert DirectoryIndex.load(tmp_path / "i").notes == index.notes


# -- invariants -------------------------------------------------------------------------------
_SPELLINGS = [(r, p) for r, p, _ in NATIONAL]
_SEPARATORS = [" ", "  ", " . ", ", ", " - ", " (", ") ", "/", "\t", " ; ", "_"]


@st.composite
def _rewritten(draw):
    regency, province = draw(st.sampled_from(_SPELLINGS))
    words = regency.split()
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words) + 1,
                         max_size=len(words) + 1))  # fmt: skip
    text = seps[0].strip() + "".join(w + s for w, s in zip(words, seps[1:]))
    upper = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(c.upper() if u else c.lower() for c, u in zip(text, upper))
    return regency, province, text


@settings(max_examples=300, deadline=None)
@given(_rewritten())
def test_case_spaces_and_punctuation_never_change_the_reading(case):
    regency, province, rewritten = case
    table = region_table()
    hint = table.province_code(province)
    assert table.regency_code(rewritten, hint) == table.regency_code(regency, hint)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([p for _, p, _ in NATIONAL if p]), st.sampled_from(_SEPARATORS))
def test_case_and_punctuation_never_change_a_province(province, sep):
    table = region_table()
    rewritten = sep.strip() + sep.join(province.upper().split()) + sep
    assert table.province_code(rewritten) == table.province_code(province.lower())


def test_every_official_name_reads_as_itself(table):
    for code, name in table.regencies["name"].items():
        assert table.regency_code(name) == code, name
        assert table.regency_code(name.upper()) == code, name
    for code, name in table.provinces["name"].items():
        assert table.province_code(name) == code, name


# -- the alias data ---------------------------------------------------------------------------
def _resource(name):
    return pd.read_csv(RESOURCES / name, dtype=str, keep_default_na=False)


def test_every_alias_and_history_target_exists(table):
    aliases = _resource("region_aliases.csv")
    history = _resource("region_history.csv")
    assert set(aliases["level"]) == {"word", "province", "regency"}
    assert set(history["event"]) == {"renamed", "split"}
    known = {"regency": set(table.regencies.index), "province": set(table.provinces.index)}
    for level in known:
        targets = set(aliases.loc[aliases["level"] == level, "code"])
        rows = history[history["level"] == level]
        targets |= set(rows["code"]) | set(rows.loc[rows["event"] == "split", "new_code"])
        assert targets <= known[level], targets - known[level]
    assert history["year"].str.fullmatch(r"(19|20)\d\d|").all()


def test_every_alias_reads_as_its_target(table):
    aliases = _resource("region_aliases.csv")
    for level, alias, code in zip(aliases["level"], aliases["alias"], aliases["code"]):
        if level == "regency":
            assert table.regency_code(alias, code[:2]) == code, alias
        elif level == "province":
            assert table.province_code(alias) == code, alias


def _plain(name):
    # A deliberately simple normalisation, enough to catch an alias that merely repeats a name.
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).replace("kep ", "kepulauan ").split()
    words = [w for w in words if w != "dan"]
    while words and words[0] in {"kabupaten", "kota", "administrasi"}:
        words.pop(0)
    return "".join(words)


def test_no_regency_alias_repeats_an_official_name(table):
    aliases = _resource("region_aliases.csv")
    official = {_plain(n) for n in table.regencies["name"]}
    regency_aliases = aliases.loc[aliases["level"] == "regency", "alias"]
    assert [a for a in regency_aliases if _plain(a) in official] == []


# -- words for the text module ------------------------------------------------------------------
def test_place_words(table):
    words = table.place_words()
    assert {"palembang", "komering", "baturaja", "jaksel", "sidrap", "sumsel", "diy"} <= words
    assert not {"tanah", "laut", "selatan", "kota", "kabupaten", "provinsi", "dan", "di"} & words
    assert all(w == w.lower() and len(w) > 2 for w in words)
    assert {"tanah", "selatan", "medan"} <= table.place_words(ordinary=True)


# -- the evaluation set's spellings ---------------------------------------------------------------
@pytest.mark.parametrize("path", sorted(EVAL.glob("*_kapital.csv")), ids=lambda p: p.name)
def test_every_spelling_of_the_evaluation_set_resolves(table, path):
    frame = pd.read_csv(path, dtype=str)
    reg, prov = table.resolve(frame["region_code"], frame["regency"], frame["province"])
    has_regency = frame["regency"].notna().to_numpy()
    assert all(r is not None for r in reg[has_regency])
    for written, got in zip(frame["province"], prov):
        if isinstance(written, str):
            assert table.province_code(written) == got[:2], written


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


# -- places named in free text (where an offer says it reaches) -----------------------------------
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("membeli keripik pisang dari pemasok Lampung", ("18",)),  # the province
        ("modal bagi warga Kab. Lampung Selatan", ("18.01",)),  # the kabupaten, not also 18
        ("menerima produk UMKM Bandar Lampung", ("18.71",)),
        ("untuk pemuda Jaksel dan Depok", ("31.74", "32.76")),  # short forms
        ("membeli bolu kemojo dari Pekanbaru tiap minggu", ("14.71",)),
        ("KERAJINAN CENGKIH AMBON, dikirim kargo", ("81.71",)),  # case and punctuation
        ("hibah bagi kelompok di Kota Palu", ("72.71",)),  # ordinary word after a kind word
        ("jual palu, gergaji dan pahat", ()),  # palu = hammer
        ("rumah makan padang", ()),
        ("Kota Baru", ("63.02",)),  # the kind word is part of the name
        ("pelatihan bagi warga Mamuju Utara", ("76.01",)),  # a former name: today's code
        ("Kabupaten Bandung", ("32.04",)),
        ("Bandung", ("32.04", "32.73")),  # shared by a kabupaten and a kota: both
        ("penenun Lombok dan Sumba", ()),  # islands are not regions
        ("Kecamatan Katibung dan Penengahan", ()),
        ("", ()),
        (None, ()),
    ],
)
def test_places_named_in_free_text(table, text, codes):
    assert table.named_in(text) == codes


# -- islands ------------------------------------------------------------------------------------
def test_every_island_lists_existing_regencies_under_one_name_and_id():
    from importlib import resources

    path = resources.files("mitramatch").joinpath("resources", "pulau.csv")
    rows = pd.read_csv(path, dtype=str)
    table = region_table()
    assert rows["kode"].isin(table.regencies.index).all()
    assert rows.groupby("id")["pulau"].nunique().eq(1).all()
    assert rows.groupby("pulau")["id"].nunique().eq(1).all()
    assert not rows["kode"].duplicated().any()  # a regency lies on one island


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("membeli tenun dari penenun Lombok", ("Lombok",)),
        ("tenun ikat Sumba dan Flores", ("Sumba", "Flores")),
        ("Kab. Lombok Timur", ()),  # a kabupaten, not the island
        ("Sumba Barat Daya", ()),
        ("nelayan Pulau Seram", ("Seram",)),
        ("cerita seram", ()),  # an ordinary word without "pulau"
    ],
)
def test_islands_named_in_free_text(text, expected):
    from mitramatch.engine.regions import island_name, islands_in

    assert tuple(island_name(i) for i in islands_in(text)) == expected


def test_a_regency_lies_on_its_island():
    from mitramatch.engine.regions import island_name, island_of

    assert island_name(island_of("52.71")) == "Lombok"  # Kota Mataram
    assert island_of("16.71") == -1  # Palembang: no island of the table
