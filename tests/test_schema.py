"""The partner directory's validation: aliases, types, and every problem named precisely."""

from __future__ import annotations

import unicodedata

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mitramatch import SchemaError, load_directory
from mitramatch.engine.schema import CONTRACT_COLUMNS, ROW, normalise_ids


def _frame(n: int = 2, **columns) -> pd.DataFrame:
    base = {
        "partner_id": [f"P{i}" for i in range(1, n + 1)],
        "name": [f"Mitra {i}" for i in range(1, n + 1)],
        "sector": ["swasta"] * n,
    }
    return pd.DataFrame({**base, **columns})


def test_fixture_directory_loads(directory):
    d = load_directory(directory)
    assert list(d.columns[: len(CONTRACT_COLUMNS)]) == list(CONTRACT_COLUMNS)
    assert d["partner_id"].tolist() == directory["partner_id"].tolist()
    assert d["active"].tolist() == [True, True, True, True, True, True, False, True]
    assert d.at[2, "capacity_dana"] == 25_000_000
    assert d.at[4, "capacity_dana"] == 100_000_000
    assert pd.isna(d.at[7, "kind"])  # the koperasi gives no kind
    assert directory.columns[0] == "partner_id"  # the input is not modified


def test_indonesian_headers_are_aliases():
    raw = pd.DataFrame(
        {
            "ID": ["LKP-01"],
            "Nama Lembaga": ["LKP Citra Busana"],
            "Sektor": ["Masyarakat"],
            "Jenis": ["LKP"],
            "Provinsi": ["Sumatera Selatan"],
            "Kabupaten/Kota": ["KAB. OGAN KOMERING ULU"],
            "Kode Wilayah": ["16.01"],
            "Tawaran Tenaga": ["instruktur menjahit"],
            "tawaran_pendayagunaan hasil": ["memasarkan produk jahitan"],
            "Tawaran Sarpras": ["mesin jahit"],
            "Kapasitas Dana": ["Rp 5.000.000,-"],
            "kapasitas_sarpras": ["4 unit"],
            "Kapasitas Pendayagunaan Hasil": ["20 orang"],
            "Visi Misi": ["warga terampil"],
            "Mencari": ["peserta kursus"],
            "Aktif": ["ya"],
        }
    )
    d = load_directory(raw)
    row = d.iloc[0]
    assert row["partner_id"] == "LKP-01"
    assert row["name"] == "LKP Citra Busana"
    assert row["sector"] == "masyarakat"
    assert row["kind"] == "lkp"
    assert row["regency"] == "KAB. OGAN KOMERING ULU"
    assert row["region_code"] == "16.01"
    assert row["offers_tenaga"] == "instruktur menjahit"
    assert row["offers_pendayagunaan_hasil"] == "memasarkan produk jahitan"
    assert row["offers_sarana"] == "mesin jahit"
    assert row["capacity_dana"] == 5_000_000
    assert row["capacity_sarana"] == 4
    assert row["capacity_pendayagunaan_hasil"] == 20
    assert row["vision"] == "warga terampil"
    assert row["seeks"] == "peserta kursus"
    assert bool(row["active"]) is True


@pytest.mark.parametrize(
    ("written", "sector"),
    [
        ("Pemerintah", "pemerintah"),
        (" SWASTA ", "swasta"),
        ("DUDI", "swasta"),
        ("ormas", "masyarakat"),
    ],
)
def test_sector_normalised(written, sector):
    assert load_directory(_frame(1, sector=[written])).at[0, "sector"] == sector


@pytest.mark.parametrize(
    ("written", "kind"), [("LKP", "lkp"), ("Balai Latihan", "balai_latihan"), ("LPK.", "lpk")]
)
def test_kind_normalised(written, kind):
    assert load_directory(_frame(1, kind=[written])).at[0, "kind"] == kind


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Rp 50.000.000", 50_000_000.0),
        ("50 juta", 50_000_000.0),
        ("50jt", 50_000_000.0),
        ("1,5 M", 1_500_000_000.0),
        ("12.500", 12_500.0),
        ("3 orang", 3.0),
        (7, 7.0),
    ],
)
def test_capacity_amounts(written, value):
    d = load_directory(_frame(1, capacity_dana=pd.Series([written], dtype=object)))
    assert d.at[0, "capacity_dana"] == value


@pytest.mark.parametrize(
    ("written", "active"),
    [("ya", True), ("Tidak", False), ("true", True), ("0", False), ("nonaktif", False)],
)
def test_active_flags(written, active):
    assert bool(load_directory(_frame(1, active=[written])).at[0, "active"]) is active


def test_active_missing_means_active():
    d = load_directory(_frame(3, active=["tidak", None, ""]))
    assert d["active"].tolist() == [False, True, True]
    assert load_directory(_frame(2))["active"].tolist() == [True, True]  # no column at all


def test_missing_optional_columns_added_empty():
    d = load_directory(_frame(2))
    for column in CONTRACT_COLUMNS:
        assert column in d.columns
    assert d["offers_tenaga"].isna().all()
    assert np.isnan(d["capacity_dana"].to_numpy()).all()
    assert np.isnan(d["lat"].to_numpy()).all()


def test_coordinates_are_decimals_not_amounts():
    d = load_directory(_frame(2, lat=["-4,1301", -2.97], lon=["104.170", 104.77]))
    assert d["lat"].tolist() == [-4.1301, -2.97]
    assert d["lon"].tolist() == [104.17, 104.77]


def test_text_cells_stripped_and_blank_is_missing():
    d = load_directory(_frame(2, offers_dana=["  hibah  ", "   "]))
    assert d.at[0, "offers_dana"] == "hibah"
    assert pd.isna(d.at[1, "offers_dana"])


def test_extra_columns_kept_after_contract_columns():
    d = load_directory(_frame(2, telepon=["0812", "0813"], catatan=["baru", None]))
    assert list(d.columns[: len(CONTRACT_COLUMNS)]) == list(CONTRACT_COLUMNS)
    assert d["telepon"].tolist() == ["0812", "0813"]  # text kept, leading zero and all
    assert "catatan" in d.columns
    assert d.columns[-1] == ROW


def test_row_numbers_follow_the_spreadsheet(tmp_path):
    path = tmp_path / "mitra.csv"
    path.write_text("id,nama,sektor\nA,LKP A,masyarakat\nB,BLK B,pemerintah\n", encoding="utf-8")
    d = load_directory(path)
    assert d[ROW].tolist() == [2, 3]
    assert d.attrs["source"] == str(path)


# -- errors ----------------------------------------------------------------------------------
def test_missing_required_columns():
    # partner_id and sector may be made; a name never is.
    with pytest.raises(
        SchemaError,
        match=r"^missing required column\(s\) name; found columns: partner_id, nama_mitra_x "
        r"\(did you mean 'nama_mitra' instead of 'nama_mitra_x'\?\)",
    ):
        load_directory(pd.DataFrame({"partner_id": ["a"], "nama_mitra_x": ["b"]}))


def test_missing_required_column_did_you_mean():
    # A misspelt id column is not a missing one: the user meant to give ids.
    with pytest.raises(
        SchemaError,
        match=r"^missing required column\(s\) partner_id; found columns: partner_ids, name, "
        r"sector \(did you mean 'partner_id' instead of 'partner_ids'\?\)",
    ):
        load_directory(pd.DataFrame({"partner_ids": ["a"], "name": ["b"], "sector": ["swasta"]}))


def test_duplicate_partner_id_lists_the_ids():
    frame = _frame(5)
    frame["partner_id"] = ["A", "B", "A", "C", "B"]
    with pytest.raises(
        SchemaError,
        match=r"partner_id must be unique; 2 duplicated: "
        r"'A' \(indices 0, 2\); 'B' \(indices 1, 4\)",
    ):
        load_directory(frame)


def test_duplicate_partner_id_rows_in_a_file(tmp_path):
    path = tmp_path / "mitra.csv"
    path.write_text("id,nama,sektor\nX-1,a,swasta\nX-2,b,swasta\nX-1,c,swasta\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"mitra\.csv: .*'X-1' \(rows 2, 4\)"):
        load_directory(path)


def test_unknown_sector_did_you_mean():
    with pytest.raises(
        SchemaError,
        match=r"column sector: unknown value at indices 0, 2: 'swata' \(did you mean 'swasta'\?\);"
        r" 'lsm'; expected one of pemerintah, swasta, masyarakat",
    ):
        load_directory(_frame(3, sector=["swata", "Pemerintah", "lsm"]))


def test_empty_required_cells_name_rows(tmp_path):
    path = tmp_path / "mitra.csv"
    path.write_text(
        "partner_id,name,sector\nA,LKP A,masyarakat\n,BLK B,pemerintah\nC,,\n", encoding="utf-8"
    )
    with pytest.raises(SchemaError) as info:
        load_directory(path)
    message = str(info.value)
    assert message.startswith(f"{path}: 3 problems found")
    assert "column partner_id: empty at row 3" in message
    assert "column name: empty at row 4" in message
    assert "column sector: empty at row 4" in message
    assert {p.column for p in info.value.problems} == {"partner_id", "name", "sector"}


def test_unparseable_capacity_names_column_and_row():
    with pytest.raises(
        SchemaError,
        match=r"column capacity_dana: expected a number or Rupiah amount at index 1 "
        r"\(found 'banyak'\)",
    ) as info:
        load_directory(_frame(2, capacity_dana=["Rp 5 juta", "banyak"]))
    (problem,) = info.value.problems
    assert problem.column == "capacity_dana"
    assert problem.rows == (1,)


def test_negative_capacity():
    with pytest.raises(
        SchemaError, match=r"column capacity_tenaga: expected a non-negative number at index 0"
    ):
        load_directory(_frame(2, kapasitas_tenaga=["-3", "2"]))


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        (
            {"offers_teknologi": ["x", "y"]},
            r"column 'offers_teknologi': unknown aspect 'teknologi'; expected offers_<aspect>",
        ),
        (
            {"kapasitas_tenga": ["1", "2"]},
            r"column 'capacity_tenga': unknown aspect 'tenga' \(did you mean 'tenaga'\?\)",
        ),
        (
            {"aktif": ["ya", "mungkin"]},
            r"column active: expected ya/tidak, aktif/nonaktif, true/false or 1/0 at index 1 "
            r"\(found 'mungkin'\)",
        ),
        ({"lat": ["-3,5", "95"]}, r"column lat: expected degrees between -90 and 90 at index 1"),
        ({"lon": ["104", "abc"]}, r"column lon: expected a number at index 1 \(found 'abc'\)"),
        (
            {"years_active": ["5", "lama"]},
            r"column years_active: expected a number at index 1 \(found 'lama'\)",
        ),
    ],
)
def test_cell_errors(columns, message):
    with pytest.raises(SchemaError, match=message):
        load_directory(_frame(2, **columns))


def test_two_headers_for_one_column():
    frame = _frame(1)
    frame["id"] = ["X"]
    with pytest.raises(
        SchemaError, match=r"columns 'partner_id', 'id' all mean 'partner_id'; keep one"
    ):
        load_directory(frame)


def test_no_rows():
    with pytest.raises(SchemaError, match=r"the directory has no partners \(no data rows\)"):
        load_directory(pd.DataFrame({"partner_id": [], "name": [], "sector": []}))


def test_every_problem_at_once():
    frame = _frame(3, sector=["swata", "swasta", "swasta"], capacity_dana=["x", "1", "2"])
    frame.loc[2, "name"] = None
    with pytest.raises(SchemaError, match=r"^3 problems found") as info:
        load_directory(frame)
    groups = {p.group for p in info.value.problems}
    assert groups == {"unknown sector", "unparseable numbers", "empty required cells"}


# -- spreadsheets as people keep them -----------------------------------------------------------
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"]


@settings(max_examples=60)
@given(
    st.text(alphabet="ABCPQ0123-\u00e9\u00c9", min_size=1, max_size=8),
    st.lists(st.sampled_from([*_INVISIBLE, "\u00a0", " ", "nfd"]), min_size=1, max_size=4),
)
def test_ids_differing_only_by_invisible_characters_are_duplicates(pid, marks):
    variant = pid
    for mark in marks:
        if mark == "nfd":
            variant = unicodedata.normalize("NFD", variant)
        elif mark in ("\u00a0", " "):
            variant = mark + variant + mark
        else:
            variant = variant[:1] + mark + variant[1:]
    assert normalise_ids(pd.Series([pid])).iloc[0] == normalise_ids(pd.Series([variant])).iloc[0]
    with pytest.raises(SchemaError, match=r"partner_id must be unique; 1 duplicated"):
        load_directory(_frame(2).assign(partner_id=[pid, variant]))


def test_ids_are_made_from_a_number_column_or_the_rows(tmp_path):
    d = load_directory(pd.DataFrame({"No.": ["1.", "2."], "Nama": ["PT A", "CV B"]}))
    assert d["partner_id"].tolist() == ["1", "2"]
    note = "no partner_id column: the ids are the numbers of the column 'No.'"
    assert d.attrs["notes"][0] == note
    d = load_directory(pd.DataFrame({"No": ["1", "1"], "Nama": ["PT A", "CV B"]}))
    assert d["partner_id"].tolist() == ["index-0", "index-1"]
    assert "(its numbers are not all given and distinct)" in d.attrs["notes"][0]
    path = tmp_path / "m.csv"
    path.write_text("Nama Lembaga,Sektor\nLKP A,masyarakat\n\nBLK B,pemerintah\n", "utf-8")
    assert load_directory(path)["partner_id"].tolist() == ["row-2", "row-4"]


def test_sector_is_inferred_when_there_is_no_sector_column():
    d = load_directory(pd.DataFrame({
        "partner_id": ["P1", "P2", "P3"], "name": ["Dinas Sosial", "Toko Jaya", "PKBM Maju"],
    }))  # fmt: skip
    assert d["sector"].tolist() == ["pemerintah", "swasta", "masyarakat"]
    assert d.attrs["notes"] == [
        "no sector column: inferred from the names and kinds (pemerintah 1, swasta 1, "
        "masyarakat 1); check them in the sector column of the result"
    ]


def test_rows_no_rule_places_are_named():
    with pytest.raises(SchemaError, match=r"cannot be inferred from the name or kind at index 1:"
                       r" 'Sentra X'"):  # fmt: skip
        load_directory(pd.DataFrame({"partner_id": ["P1", "P2"], "name": ["PT A", "Sentra X"]}))


def test_a_misspelt_sector_column_is_not_inferred_over():
    frame = pd.DataFrame({"partner_id": ["P1"], "name": ["PT A"], "sektr": ["swasta"]})
    with pytest.raises(SchemaError, match=r"missing required column\(s\) sector; .*did you mean "
                       r"'sektor' instead of 'sektr'"):  # fmt: skip
        load_directory(frame)


def test_column_and_cell_problems_come_together():
    frame = pd.DataFrame({
        "partner_id": ["P1", "P2"], "nama": ["a", "b"], "name": ["a", "b"],
        "sector": ["swsta", "swasta"], "tawaran_teknologi": ["x", None],
        "capacity_dana": ["banyak", "1"],
    })  # fmt: skip
    with pytest.raises(SchemaError, match=r"^4 problems found") as caught:
        load_directory(frame)
    groups = {str(p.group) for p in caught.value.problems}
    assert groups == {"duplicate columns", "unknown aspect", "unknown sector",
                      "unparseable numbers"}  # fmt: skip


def test_exact_duplicate_headers():
    frame = pd.DataFrame(
        [["P1", "a", "b", "swasta", "x", "y"]],
        columns=["partner_id", "name", "name", "sector", "catatan", "catatan"],
    )
    with pytest.raises(SchemaError, match=r"columns 'name', 'name' all mean 'name'; keep one"):
        load_directory(frame)
    d = load_directory(frame.iloc[:, [0, 1, 3, 4, 5]])
    assert d[["catatan", "catatan_2"]].values.tolist() == [["x", "y"]]
    assert "its copy is kept as 'catatan_2'" in d.attrs["notes"][0]


def test_nested_and_infinite_cells_are_refused():
    with pytest.raises(SchemaError, match=r"column 'offers_tenaga': lists or dicts in the cells"):
        load_directory(_frame(1, offers_tenaga=[["tutor", "relawan"]]))
    with pytest.raises(SchemaError, match=r"column capacity_dana: expected a number or Rupiah "
                       r"amount at index 0 \(found 'inf'\)"):  # fmt: skip
        load_directory(_frame(2, capacity_dana=[np.inf, 5.0]))


def test_half_coordinates_are_noted_and_ignored():
    d = load_directory(_frame(2, lat=["-3.6", "-2.9"], lon=[None, "104.7"]))
    assert np.isnan(d.at[0, "lat"])
    assert d.at[1, "lon"] == 104.7
    assert d.attrs["notes"] == [
        "only lat or only lon at index 0: those coordinates are ignored (proximity uses the "
        "region names there)"
    ]


def test_near_misses_of_optional_columns_are_noted():
    d = load_directory(_frame(1, lintan=["-3.6"]))
    assert d.attrs["notes"] == [
        "kept as extra column(s), not read as contract columns: 'lintan' ('lintang'?)"
    ]


def test_notes_travel_with_errors(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("id;nama;sektor\nP1;LKP A;swsta\n", "utf-8")
    with pytest.raises(SchemaError) as caught:
        load_directory(path)
    assert str(caught.value).endswith("\n  note: fields are separated by ';'")
