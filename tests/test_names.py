"""Institution names reduced to what identifies them (mitramatch.names)."""

from __future__ import annotations

import pytest

from mitramatch.names import name_key, squash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("LKP Citra Busana", "Lembaga Kursus dan Pelatihan Citra Busana"),
        ("UPTD BLK Kab. OKU", "Balai Latihan Kerja Kabupaten Ogan Komering Ulu"),
        ("Disnaker Kota Palembang", "Dinas Tenaga Kerja Kota Palembang"),
        ("SMK N 2 Baturaja", "SMK Negeri 2 Baturaja"),
        ("SMKN2 BATURAJA", "SMK Negeri 2 Baturaja"),
        ("PT Sinar Surya Motor", "SINAR SURYA MOTOR, PT"),
        ("P.T. Kahatex", "PT. KAHATEX"),
        ("Yys. Al-Ikhlas", "Yayasan Al Ikhlas"),
        ("KWT Melati", "Kelompok Wanita Tani Melati"),
        ("TP PKK Desa Sukamaju", "Tim Penggerak PKK Desa Sukamaju"),
    ],
)
def test_same_institution_same_core(a, b):
    ka, kb = name_key(a), name_key(b)
    assert ka.core == kb.core
    assert ka.numbers == kb.numbers


def test_numbers_and_branches_are_kept_apart():
    assert name_key("SMKN 1 Baturaja").numbers == ("1",)
    assert name_key("SMK Negeri 2 Baturaja").numbers == ("2",)
    branch = dict(name_key("PT Bank Sumsel Babel Cabang Baturaja").qualifiers)
    assert branch["cabang"] == {"baturaja"}
    village = dict(name_key("PKK Desa Suka Maju").qualifiers)
    assert "sukamaju" in village["desa"]


def test_legal_forms_and_types_are_apart_from_the_core():
    k = name_key("PT Bukit Asam (Persero) Tbk")
    assert k.legal == {"pt", "persero", "tbk"}
    assert k.core == "ptba"
    assert name_key("LKP Maju").types == {"lkp"}


def test_regions_in_names_are_codes():
    assert name_key("Dinas Sosial Kabupaten OKU Timur").regions == ("16.08",)
    assert name_key("Disnaker Kota Bandung").regions != name_key("Disnaker Kab. Bandung").regions
    assert name_key("Dinsos Prov. Sulsel").provinces == ("73",)


def test_empty_and_odd_names():
    assert name_key("").core == ""
    assert name_key(None).core == ""
    assert squash("Á-b c") == "abc"
