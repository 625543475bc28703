"""Finding the table in a spreadsheet: the header below titles, totals and footnotes, sheets,
merged cells, formulas without values (mitramatch.io.tabulate and .excel)."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workbooks import write_workbook

from mitramatch import load_directory
from mitramatch.exceptions import InputError, SchemaError, use_language
from mitramatch.io import ROW_COLUMN, read_table, read_table_chunks
from mitramatch.io.excel import scan_sheet_xml
from mitramatch.io.tabulate import locate_header, tidy_text

openpyxl = pytest.importorskip("openpyxl")

HEADER = ["No", "Nama Lembaga", "Sektor", "Tawaran Tenaga", "Kapasitas Dana"]
ROWS = [
    ["1", "LKP Citra Busana", "masyarakat", "instruktur menjahit", "5 juta"],
    ["2", "Total Bangun Persada", "swasta", "tukang bangunan", "10 juta"],  # not a total
    ["3", "CV Sumber Rezeki", "swasta", "", "Rp 2.000.000"],  # not a footnote
]


def _csv(path: Path, above: list[list[str]], *, sep: str = ",", pad: bool = True) -> Path:
    width = len(HEADER)
    lines = []
    for row in [*above, HEADER, *ROWS]:
        cells = [*row, *([""] * (width - len(row)))] if pad else row
        lines.append(sep.join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _xlsx(path: Path, above: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [*above, HEADER, *ROWS]:
        sheet.append([v or None for v in row])
    book.save(path)
    return path


def _data(table: pd.DataFrame) -> list[list]:
    return table.drop(columns=ROW_COLUMN).astype(object).where(table.notna(), None).values.tolist()


def test_locate_header_takes_the_row_naming_most_known_columns():
    def known(name: str) -> bool:
        return name in {"ID", "Nama", "Sektor"}

    assert locate_header([["ID", "Nama"], ["P1", "LKP"]], known) == 0
    assert locate_header([["DAFTAR"], [None, None], ["ID", "Nama", "Sektor"]], known) == 2
    assert locate_header([["Nama"], ["x"]], known) is None  # one known name is no header
    assert locate_header([["a", "b"]], known) is None


# Title rows: texts that are no column names, as people put above tables.
_TITLES = st.lists(
    st.lists(
        st.sampled_from(
            ["DAFTAR CALON MITRA", "Kabupaten Lahat, Tahun 2024", "Lampiran 2", "Data per Juni",
             "", "Dinas Pendidikan"]
        ),
        min_size=0,
        max_size=3,
    ),
    min_size=0,
    max_size=6,
)  # fmt: skip


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_TITLES, st.sampled_from([",", ";"]), st.booleans())
def test_header_found_whatever_is_above_it_in_csv(tmp_path, above, sep, pad):
    bare, _ = read_table(_csv(tmp_path / "bare.csv", [], sep=sep))
    table, notes = read_table(_csv(tmp_path / "titled.csv", above, sep=sep, pad=pad))
    assert list(table.columns) == list(bare.columns)
    assert _data(table) == _data(bare)
    assert table[ROW_COLUMN].tolist() == (bare[ROW_COLUMN] + len(above)).tolist()
    noted = any(f"the header seems to be on row {len(above) + 1}," in str(n) for n in notes)
    assert noted == any(any(r) for r in above)  # titles above are named, blank rows are not


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_TITLES)
def test_header_found_whatever_is_above_it_in_xlsx(tmp_path, above):
    bare, _ = read_table(_xlsx(tmp_path / "bare.xlsx", []))
    table, _ = read_table(_xlsx(tmp_path / "titled.xlsx", above))
    assert list(table.columns) == list(bare.columns)
    assert _data(table) == _data(bare)
    assert table[ROW_COLUMN].tolist() == (bare[ROW_COLUMN] + len(above)).tolist()


def test_chunked_reading_finds_the_same_header(tmp_path):
    path = _csv(tmp_path / "m.csv", [["DAFTAR MITRA"], [], ["Tahun 2024"]], sep=";")
    whole, notes = read_table(path)
    chunks, chunk_notes = read_table_chunks(path, chunksize=1)
    pd.testing.assert_frame_equal(pd.concat(list(chunks), ignore_index=True), whole)
    assert chunk_notes == notes


def test_without_known_names_the_first_filled_row_is_the_header(tmp_path):
    path = _csv(tmp_path / "m.csv", [["Judul"]])
    table, notes = read_table(path, what="something else")  # no names registered for it
    assert table.columns[0] == "Judul"
    assert not any("header seems" in str(n) for n in notes)


def test_header_row_option(tmp_path):
    path = _csv(tmp_path / "m.csv", [["DAFTAR"], ["No", "Nama Lembaga"]])  # a decoy header
    table, _ = read_table(path, header_row=3)
    assert list(table.columns)[:2] == ["No", "Nama Lembaga"]
    assert table[ROW_COLUMN].tolist() == [4, 5, 6]
    with pytest.raises(ValueError, match=r"header_row must be a positive integer or None"):
        read_table(path, header_row=0)
    with pytest.raises(ValueError, match=r"header_row and sheet are for files"):
        read_table(pd.DataFrame({"a": [1]}), header_row=2)


@pytest.mark.parametrize("maker", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_totals_and_footnotes_are_skipped_and_named(tmp_path, maker):
    path = maker(tmp_path / f"m.{maker.__name__[1:]}", [])
    book_rows = [["", "JUMLAH", "", "", "Rp 17.000.000"], [], ["Sumber: Dinas Sosial"],
                 ["1. data per Juni"]]  # fmt: skip
    if maker is _csv:
        with path.open("a", encoding="utf-8") as handle:
            for row in book_rows:
                handle.write(",".join([*row, *[""] * (5 - len(row))]) + "\n")
    else:
        book = openpyxl.load_workbook(path)
        for row in book_rows:
            book.active.append([v or None for v in row])
        book.save(path)
    table, notes = read_table(path)
    assert table["Nama Lembaga"].tolist() == [r[1] for r in ROWS]  # the look-alikes stay
    note = next(str(n) for n in notes if "totals or notes" in str(n))
    assert note == (
        "skipped 3 row(s) of totals or notes, not data: row 5 'JUMLAH', "
        "row 7 'Sumber: Dinas Sosial', row 8 '1. data per Juni'"
    )
    assert not any("empty row" in str(n) for n in notes)  # the blank before the footer


def test_a_number_column_named_no_is_a_header_name_not_a_total(tmp_path):
    path = _csv(tmp_path / "m.csv", [])
    table, _ = read_table(path)
    assert table["No"].tolist() == ["1", "2", "3"]


# -- workbooks ---------------------------------------------------------------------------------
TABLE = [["partner_id", "name", "sector"], ["P1", "LKP Maju", "masyarakat"]]


def test_the_sheet_holding_the_table_is_read_never_a_hidden_one(tmp_path):
    old = [["partner_id", "name", "sector", "kind"], ["OLD", "Lama", "swasta", "dudi"]]
    path = write_workbook(tmp_path / "m.xlsx", {"Petunjuk": [["Isi satu baris per mitra"]],
                                      "Lama": old, "Mitra": TABLE}, hidden=["Lama"])  # fmt: skip
    table, notes = read_table(path)
    assert table["partner_id"].tolist() == ["P1"]
    assert str(notes[0]) == (
        "read the sheet 'Mitra'; other sheets not read: 'Petunjuk', 'Lama' (hidden)"
    )
    with use_language("id"):
        assert str(notes[0]) == (
            "membaca lembar 'Mitra'; lembar lain tidak dibaca: 'Petunjuk', 'Lama' (tersembunyi)"
        )
    table, notes = read_table(path, sheet="lama")  # asked for, by name in any case
    assert table["partner_id"].tolist() == ["OLD"]
    assert "hidden; read because it was asked for" in str(notes[0])
    assert read_table(path, sheet=3)[0]["partner_id"].tolist() == ["P1"]


def test_a_workbook_whose_sheets_name_no_known_column_reads_its_first_filled_sheet(tmp_path):
    path = write_workbook(tmp_path / "m.xlsx", {"Kosong": [], "Data": [["a", "b"], ["1", "2"]]})
    table, notes = read_table(path)
    assert list(table.columns) == ["a", "b", ROW_COLUMN]
    assert "'Kosong' (empty)" in str(notes[0])


def test_merged_cells_are_filled_down_not_across(tmp_path):
    rows = [
        ["DAFTAR MITRA", None, None, None],
        ["partner_id", "name", "sector", "regency"],
        ["P1", "LKP Maju", "masyarakat", "Lahat"],
        ["P2", "BLK Lahat", "pemerintah", None],
        ["P3", "PT Bukit", "swasta", None],
        ["JUMLAH", None, None, None],
    ]
    path = write_workbook(tmp_path / "m.xlsx", {"Mitra": rows},
                 merge={"Mitra": ["A1:D1", "D3:D5", "A6:C6"]})  # fmt: skip
    assert scan_sheet_xml(path, "Mitra")[0] == [(1, 1, 4, 1), (4, 3, 4, 5), (1, 6, 3, 6)]
    table, notes = read_table(path)
    assert table["regency"].tolist() == ["Lahat", "Lahat", "Lahat"]
    assert table["name"].tolist() == ["LKP Maju", "BLK Lahat", "PT Bukit"]
    assert any(
        str(n) == "filled 1 cell range(s) merged over several rows with the value of their top "
        "cell: D3:D5"
        for n in notes
    )
    assert any("header seems to be on row 2" in str(n) for n in notes)


def test_formulas_without_a_saved_value_are_named(tmp_path):
    rows = [
        ["partner_id", "name", "sector", "capacity_dana"],
        ["P1", "LKP Maju", "masyarakat", "=2*1000000"],
        ["P2", "BLK", "pemerintah", 5],
    ]
    path = write_workbook(tmp_path / "m.xlsx", {"Mitra": rows})  # fmt: skip
    assert scan_sheet_xml(path, "Mitra")[1] == ["D2"]
    directory = load_directory(path)
    assert np.isnan(directory.at[0, "capacity_dana"])  # read as empty, and said so:
    assert any("1 formula cell(s) have no saved value and are read as empty: D2" in n
               for n in directory.attrs["notes"])  # fmt: skip


def test_sheet_errors(tmp_path):
    path = write_workbook(tmp_path / "m.xlsx", {"Mitra": TABLE, "Lain": TABLE})
    with pytest.raises(InputError, match=r"no sheet 'Mitr4' \(did you mean 'Mitra'\?\)"):
        read_table(path, sheet="Mitr4")
    with pytest.raises(InputError, match=r"there is no sheet number 3; the workbook has 2"):
        read_table(path, sheet=3)
    with pytest.raises(ValueError, match=r"sheet \(a name, or a number from 1\) must be a"):
        read_table(path, sheet=0)


def test_header_row_beyond_a_sheet(tmp_path):
    path = write_workbook(tmp_path / "m.xlsx", {"Mitra": TABLE})
    with pytest.raises(InputError, match=r"there is no row 9 to be the header; .* ends at row 2"):
        read_table(path, header_row=9)


# -- odd cells ------------------------------------------------------------------------------------
def test_headers_are_tidied(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("\u200bpartner_id,Nama\u00a0Lembaga\u200e,Cafe\u0301\nP1,a,b\n", "utf-8")
    table, _ = read_table(path)
    assert list(table.columns) == ["partner_id", "Nama Lembaga", "Caf\u00e9", ROW_COLUMN]
    assert tidy_text("  \u202aP01\u202c\u00a0") == "P01"


def test_dataframe_cells_holding_lists_are_refused():
    frame = pd.DataFrame({"partner_id": ["P1", "P2"], "name": ["a", ["b", "c"]],
                          "meta": [{"k": 1}, None]})  # fmt: skip
    with pytest.raises(SchemaError) as caught:
        read_table(frame)
    message = str(caught.value)
    assert "column 'name': lists or dicts in the cells at index 1" in message
    assert "column 'meta': lists or dicts in the cells at index 0" in message


def test_a_wide_header_stays_one_block(tmp_path):
    path = tmp_path / "wide.csv"
    header = ["partner_id", "name", "sector", *(f"c{i}" for i in range(5000))]
    path.write_text(",".join(header) + "\n" + ",".join(["P1", "a", "swasta", *"x" * 5000]) + "\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pandas' PerformanceWarning on fragmented frames
        table, _ = read_table(path)
        directory = load_directory(path)
    assert table.shape == (1, 5004)
    assert table._mgr.nblocks <= 3  # one block of text (and the row numbers)
    assert directory["c4999"].tolist() == ["x"]
