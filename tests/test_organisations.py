"""Organisation batch files with the headers people write (mitramatch.engine.organisations)."""

from __future__ import annotations

import pandas as pd
import pytest

from mitramatch import SchemaError, load_organisations
from mitramatch.engine.organisations import batch_column, need_key
from mitramatch.exceptions import use_language


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("org_id", "org_id"),
        ("Kode Organisasi", "org_id"),
        ("Nama Lembaga", "name"),
        ("Kabupaten/Kota", "regency"),
        ("Tawaran", "offers"),
        ("need_tenaga_priority", "need_tenaga_priority"),
        ("Prioritas Tenaga", "need_tenaga_priority"),
        ("Uraian Kebutuhan Dana", "need_dana_description"),
        ("Deskripsi Kebutuhan Sarpras", "need_sarana_description"),
        ("Jumlah Kebutuhan Dana", "need_dana_quantity"),
        ("Kebutuhan Pendayagunaan Hasil (Jumlah)", "need_pendayagunaan_hasil_quantity"),
        ("Jumlah Anggota", None),  # a count of members, not a need
        ("keterangan", None),
    ],
)
def test_batch_columns(header, column):
    assert batch_column(header) == column


def test_need_key_grammar():
    assert need_key("kebutuhan_dana_prioritas") == ("dana", "priority", True)
    assert need_key("need_notes") == ("notes", "", True)
    assert need_key("nama") is None


def test_indonesian_headers_read_as_the_contract_layout():
    english = load_organisations(pd.DataFrame({
        "org_id": ["A"], "name": ["PKBM Bina Insani"], "need_tenaga_priority": ["5"],
        "need_tenaga_description": ["instruktur menjahit"], "need_dana_priority": ["3"],
        "need_dana_quantity": ["50 juta"],
    }))  # fmt: skip
    indonesian = load_organisations(pd.DataFrame({
        "Kode Organisasi": ["A"], "Nama Lembaga": ["PKBM Bina Insani"],
        "Prioritas Tenaga": ["5"], "Uraian Kebutuhan Tenaga": ["instruktur menjahit"],
        "Prioritas Dana": ["3"], "Jumlah Kebutuhan Dana": ["50 juta"],
    }))  # fmt: skip
    assert indonesian.ids == english.ids
    assert [p.needs for p in indonesian] == [p.needs for p in english]
    assert indonesian[0].organisation == english[0].organisation


def test_title_rows_and_footers_in_a_batch_file(tmp_path):
    path = tmp_path / "orgs.csv"
    path.write_text(
        "DAFTAR PENGUSUL,,\n,,\norg_id,name,need_tenaga_priority\nA,PKBM X,5\nB,LKP Y,4\n"
        "Sumber: Dinas Pendidikan,,\n",
        encoding="utf-8",
    )
    batch = load_organisations(path)
    assert batch.ids == ["A", "B"]
    assert batch.rows == [4, 5]
    notes = [str(n) for n in batch.notes]
    assert notes[0].startswith("the header seems to be on row 3, below 'DAFTAR PENGUSUL'")
    assert notes[1] == (
        "skipped 1 row(s) of totals or notes, not data: row 6 'Sumber: Dinas Pendidikan'"
    )


def test_column_and_cell_problems_come_together():
    frame = pd.DataFrame({"org_id": ["A", "A\u200b"], "need_tenga_priority": ["5", "4"],
                          "need_dana_priority": ["9", "2"]})  # fmt: skip
    with pytest.raises(SchemaError) as caught:
        load_organisations(frame)
    message = str(caught.value)
    assert message.startswith("3 problems found")
    assert "unknown aspect 'tenga' (did you mean 'tenaga'?)" in message
    assert "org_id must be unique; 1 duplicated: 'A' (indices 0, 1)" in message
    assert "index 0 (A): need_dana_priority: expected an integer" in message


def test_exact_duplicate_headers_in_a_batch():
    frame = pd.DataFrame(
        [["A", "x", "y", "5"]], columns=["org_id", "name", "name", "need_tenaga_priority"]
    )
    with pytest.raises(SchemaError, match=r"columns 'name', 'name' all mean 'name'; keep one"):
        load_organisations(frame)


def test_ignored_columns_say_what_they_look_like():
    batch = load_organisations(pd.DataFrame({"org_id": ["A"], "Nama Lembga": ["PKBM"],
                                             "need_tenaga_priority": [5]}))  # fmt: skip
    assert batch.notes == [
        "ignored column(s) not in the batch layout: 'Nama Lembga' (did you mean 'nama_lembaga'?)"
    ]
    with use_language("id"):
        assert str(batch.notes[0]) == (
            "kolom yang diabaikan karena tidak ada dalam format daftar: 'Nama Lembga' "
            "(mungkin maksud Anda 'nama_lembaga'?)"
        )


def test_half_coordinates_in_a_batch_row():
    frame = pd.DataFrame({"org_id": ["A"], "lat": ["-3.6"], "need_tenaga_priority": ["5"]})
    with pytest.raises(SchemaError, match=r"index 0 \(A\): lat: given without lon"):
        load_organisations(frame)
