"""Finding duplicates across and within lists, and merging them (mitramatch.dedup)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mitramatch as mm
from mitramatch.dedup import COMPARISONS, explain_levels, read_lists
from mitramatch.exceptions import SchemaError, use_language


def _pairs(frames):
    pairs = mm.find_duplicates(frames)
    return {(a, b): s for a, b, s in pairs[["left_name", "right_name", "status"]].values}


def test_abbreviations_legal_forms_and_case():
    a = pd.DataFrame(
        {
            "nama": ["LKP Citra Busana", "PT Sinar Surya Motor", "UPTD BLK Kab. OKU"],
            "kabupaten": ["Kab. OKU", "OKU Timur", "OKU"],
        }
    )
    b = pd.DataFrame(
        {
            "Nama Lembaga": [
                "LEMBAGA KURSUS DAN PELATIHAN CITRA BUSANA",
                "Sinar Surya Motor, PT",
                "Balai Latihan Kerja Ogan Komering Ulu",
            ],
            "Kabupaten": ["Ogan Komering Ulu", "KAB. OKU TIMUR", "Kabupaten Ogan Komering Ulu"],
        }
    )
    found = _pairs([a, b])
    assert found[("LKP Citra Busana", "LEMBAGA KURSUS DAN PELATIHAN CITRA BUSANA")] == "sure"
    assert found[("PT Sinar Surya Motor", "Sinar Surya Motor, PT")] == "sure"
    assert found[("UPTD BLK Kab. OKU", "Balai Latihan Kerja Ogan Komering Ulu")] == "sure"


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("SMKN 1 Baturaja", "SMKN 2 Baturaja"),
        ("SMK Negeri 1 Baturaja", "SMK N 2 Baturaja"),
        ("Bank Sumsel Babel Cabang Baturaja", "Bank Sumsel Babel Cabang Martapura"),
        ("TP PKK Desa Sukamaju", "TP PKK Desa Sukajadi"),
        ("Dinas Sosial Kabupaten OKU", "Dinas Kesehatan Kabupaten OKU"),
        ("Bengkel Maju Motor", "Bengkel Maju Mobil"),
    ],
)
def test_hard_negatives_are_not_paired(x, y):
    frame = pd.DataFrame({"name": [x, y], "regency": ["OKU", "OKU"], "phone": ["0735-1", "0735-2"]})
    assert mm.find_duplicates(frame).empty


def test_a_number_conflict_is_explained_and_vetoes_even_with_one_phone():
    frame = pd.DataFrame(
        {"name": ["SMKN 1 Baturaja", "SMKN 2 Baturaja"], "phone": ["0735325001", "0735325001"]}
    )
    assert mm.find_duplicates(frame, possible=0.01).empty


def test_within_one_list_and_explanations_in_both_languages():
    frame = pd.DataFrame(
        {
            "name": ["SMK Negeri 2 Baturaja", "SMK N 2 BATURAJA"],
            "regency": ["OKU", "Kab. OKU"],
            "telepon": ["0735-325002", "(0735) 325002"],
        }
    )
    pairs = mm.find_duplicates(frame)
    assert pairs["status"].tolist() == ["sure"]
    assert pairs.loc[0, "phone_level"] == "same"
    assert "telepon sama" in pairs.loc[0, "explanation"]
    assert "nomor sama (2)" in pairs.loc[0, "explanation"]
    en = mm.find_duplicates(frame, lang="en")
    assert "same phone" in en.loc[0, "explanation"]
    assert list(pairs.columns[:3]) == ["status", "left_source", "left_row"]


def test_province_fallback_pairs_rows_without_a_regency():
    frame = pd.DataFrame(
        {
            "name": ["LKP Prima Komputer", "LKP PRIMA KOMPUTER"],
            "regency": ["OKU", None],
            "province": ["Sumatera Selatan", "Sumsel"],
        }
    )
    pairs = mm.find_duplicates(frame)
    assert pairs["region_level"].tolist() == ["same_province"]


def test_other_regencies_are_not_blocked_together():
    frame = pd.DataFrame(
        {"name": ["LKP Mawar Jaya", "LKP Mawar Jaya"], "regency": ["Kota Malang", "Kota Surabaya"]}
    )
    assert mm.find_duplicates(frame).empty


def test_merge_keeps_conflicts_beside_and_sources():
    a = pd.DataFrame(
        {"partner_id": ["A1"], "nama": ["UPTD BLK Kab. OKU"], "telepon": ["0735-321456"]}
    )
    b = pd.DataFrame(
        {
            "partner_id": ["B7"],
            "nama": ["Balai Latihan Kerja Ogan Komering Ulu"],
            "telepon": ["0735 321456"],
            "alamat": ["Jl. Garuda No. 5"],
        }
    )
    result = mm.merge_directories([a, b])
    row = result.merged.iloc[0]
    assert len(result.merged) == 1
    assert row["partner_id"] == "A1"
    assert row["partner_id__lain"] == "B7 [tabel2:2]"
    assert row["name__lain"] == "Balai Latihan Kerja Ogan Komering Ulu [tabel2:2]"
    assert row["phone"] == "0735-321456"  # the same number written otherwise: not a conflict
    assert "phone__lain" not in result.merged.columns
    assert row["sources"] == "tabel1:2; tabel2:2"
    same = result.provenance.query("column == 'phone'")["kept"].tolist()
    assert same == ["main", "same"]
    assert "1 lembaga" in result.summary()
    assert "institutions" in result.summary("en")


def test_decisions_merge_a_possible_pair_and_split_a_sure_one(tmp_path):
    frame = pd.DataFrame(
        {
            "name": ["LKP Annisa Modiste", "LKP Annisa Modiste Kemelak", "SMKN 2 Baturaja",
                     "SMK Negeri 2 Baturaja"],
            "regency": ["OKU"] * 4,
        }
    )  # fmt: skip
    first = mm.merge_directories(frame)
    assert len(first.merged) == 3
    review = first.pairs.copy()
    review["decision"] = review["status"].map({"possible": "ya", "sure": "tidak"})
    path = tmp_path / "pairs.csv"
    review.to_csv(path, index=False)
    second = mm.merge_directories(frame, decisions=path)
    assert len(second.merged) == 3
    assert set(second.merged["name"]) == {"LKP Annisa Modiste", "SMKN 2 Baturaja",
                                          "SMK Negeri 2 Baturaja"}  # fmt: skip


def test_bad_decisions_are_reported_with_rows(tmp_path):
    path = tmp_path / "pairs.csv"
    pd.DataFrame(
        {"left_source": ["a"], "left_row": [2], "right_source": ["a"], "right_row": [3],
         "decision": ["mungkin"]}
    ).to_csv(path, index=False)  # fmt: skip
    with pytest.raises(SchemaError, match="column decision: expected ya/tidak"):
        mm.merge_directories(pd.DataFrame({"name": ["X"]}), decisions=path)


def test_transitive_merge_never_joins_a_vetoed_pair():
    # "SMKN 2" ~ "SMK N 2" and a phone shared with SMKN 1: SMKN 1 and 2 are never one group.
    frame = pd.DataFrame(
        {
            "name": ["SMKN 2 Baturaja", "SMK N 2 Baturaja", "SMKN 1 Baturaja"],
            "phone": ["0735-1111", "0735-2222", "0735-2222"],
            "regency": ["OKU"] * 3,
        }
    )
    merged = mm.merge_directories(frame).merged
    assert not any("SMKN 1" in s and "SMKN 2" in s for s in merged["name"].fillna(""))
    assert len(merged) == 2


def test_missing_name_column_and_duplicate_headers_are_reported_at_once(tmp_path):
    a = tmp_path / "a.csv"
    a.write_text("kode,alamat\n1,Jl. X\n", encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text("nama,Nama Lembaga\nX,Y\n", encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        read_lists([a, b])
    text = str(info.value)
    assert "a.csv: no name column" in text
    assert "b.csv: columns 'nama', 'Nama Lembaga' all mean 'name'" in text
    with use_language("id"):
        assert "tidak ada kolom nama" in str(info.value)


def test_parameters_are_checked():
    frame = pd.DataFrame({"name": ["X"]})
    with pytest.raises(ValueError, match="possible must be <= sure"):
        mm.find_duplicates(frame, sure=0.6, possible=0.9)
    with pytest.raises(ValueError, match="lang must be one of"):
        mm.find_duplicates(frame, lang="fr")
    with pytest.raises(ValueError, match="at least one"):
        mm.find_duplicates([])


def test_single_row_and_empty_names():
    assert mm.find_duplicates(pd.DataFrame({"name": ["LKP X"]})).empty
    merged = mm.merge_directories(pd.DataFrame({"name": ["LKP X", None], "kind": ["lkp", "lkp"]}))
    assert len(merged.merged) == 2


def test_levels_table_documents_every_comparison():
    table = explain_levels("en")
    assert set(table["field"]) == set(COMPARISONS)
    assert (table.loc[table["level"] == "conflict", "weight"] < 0).all()


_names = st.sampled_from(
    ["LKP Citra Busana", "LEMBAGA KURSUS DAN PELATIHAN CITRA BUSANA", "SMKN 2 Baturaja",
     "SMK Negeri 2 Baturaja", "SMKN 1 Baturaja", "Dinsos Kab. OKU", "Dinas Sosial Kab. OKU",
     "PT Maju", "Maju, PT"]
)  # fmt: skip
_cells = st.one_of(st.none(), st.text(min_size=1, max_size=8), st.sampled_from(["0735-1", "x"]))


@st.composite
def _lists(draw):
    frames = []
    for _ in range(draw(st.integers(1, 3))):
        n = draw(st.integers(1, 5))
        frames.append(
            pd.DataFrame(
                {
                    "name": [draw(_names) for _ in range(n)],
                    "phone": [draw(_cells) for _ in range(n)],
                    "catatan": [draw(_cells) for _ in range(n)],
                    "regency": [draw(st.sampled_from([None, "OKU", "Kab. OKU"])) for _ in range(n)],
                }
            )
        )
    return frames


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lists())
def test_merging_never_loses_a_cell(frames):
    result = mm.merge_directories(frames)
    merged, prov = result.merged, result.provenance
    table, _ = read_lists(frames)
    cells = 0
    for k in range(len(table)):
        label = f"{table['__source__'].iat[k]}:{table['__row__'].iat[k]}"
        home = [g for g, s in enumerate(merged["sources"]) if label in s.split("; ")]
        assert len(home) == 1  # every row is in exactly one merged row
        g = home[0]
        for column in ("name", "phone", "catatan", "regency"):
            value = table[column].iat[k]
            if value is None or pd.isna(value):
                continue
            cells += 1
            value = str(value)
            beside = merged[f"{column}__lain"].iat[g] if f"{column}__lain" in merged else None
            in_output = merged[column].iat[g] == value or (
                isinstance(beside, str) and f"{value} [{label}]" in beside
            )
            recorded = prov[
                (prov["merged_row"] == g) & (prov["column"] == column) & (prov["value"] == value)
            ]
            assert in_output or len(recorded)
    assert len(prov) == cells
