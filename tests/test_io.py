from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mitramatch import io as mio
from mitramatch.exceptions import InputError, MissingDependencyError, MitramatchError, SchemaError
from mitramatch.io import ROW_COLUMN, read_table, write_csv_stream, write_table
from mitramatch.io import write as mio_write

BAD = Path(__file__).parent / "bad_inputs"


def _write(path: Path, text: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


# ---------------------------------------------------------------------------------------------
# The bad-input corpus: what io alone must refuse, and the positive controls it must accept
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "error", "match"),
    [
        ("empty.csv", InputError, r"empty\.csv: the partner directory file is empty \(0 bytes\)"),
        ("header_only.csv", SchemaError, r"header_only\.csv: .*has a header .* but no data rows"),
        ("binary_junk.csv", InputError, r"binary_junk\.csv: does not look like a text table"),
        ("unclosed_quote.csv", SchemaError, r"unclosed_quote\.csv: .*opened on line 5 .*closed"),
        ("ragged_rows.csv", SchemaError, r"ragged_rows\.csv: line 4 has 7 fields .* header has 6"),
        ("not_a_table.xlsx", InputError, r"not_a_table\.xlsx: not an Excel workbook"),
        ("wrong_extension.docx", InputError, r"'\.docx' file; expected one of \.csv, \.tsv"),
    ],
)
def test_corpus_files_io_refuses(name, error, match):
    with pytest.raises(error, match=match) as caught:
        read_table(BAD / name)
    assert isinstance(caught.value, MitramatchError)


def test_corpus_bom_semicolon_ok():
    table, notes = read_table(BAD / "bom_semicolon_ok.csv")
    assert notes == ["fields are separated by ';'"]
    assert table.columns[0] == "ID"  # the BOM is gone
    assert table["ID"].tolist() == ["0801", "0802", "0803", "0804"]  # leading zeros kept
    assert table["Lat"].iloc[0] == "-3,7864"  # decimal commas stay text for the parsers
    assert table["Kapasitas Dana"].iloc[2] == "Rp 250.000.000,00"
    assert table["Tawaran Tenaga"].iloc[0] == "pembimbing keterampilan sablon; sapu ijuk"
    assert table[ROW_COLUMN].tolist() == [2, 3, 4, 5]


def test_corpus_cp1252_ok():
    table, notes = read_table(BAD / "cp1252_ok.csv")
    assert notes == ["read as cp1252 (not UTF-8)"]
    assert table["name"].tolist() == [
        "PT Nestlé Indonesia",
        "LKP Bahasa Jerman Schön",
        "Café Kopi Semendo",
    ]


def test_corpus_mixed_encodings_reads_both_halves():
    table, notes = read_table(BAD / "mixed_encodings.csv")
    assert table["name"].tolist()[:3] == [
        "Café Kopi Semendo",
        "LKP Salon Renée",
        "PT Nestlé Indonesia",
    ]
    assert len(notes) == 1
    assert str(notes[0]).startswith("mixed encodings")


def test_corpus_pipe_delimited_csv_is_sniffed():
    table, notes = read_table(BAD / "wrong_delimiter_pipe.csv")
    assert notes == ["fields are separated by '|'"]
    assert table.shape == (4, 19)
    assert table["offers_sarana"].iloc[1] == "bengkel las, ruang praktik menjahit"


@pytest.mark.parametrize(
    "name",
    [
        "all_nan_columns.csv",
        "duplicate_ids.csv",
        "empty_required_cells.csv",
        "missing_required_columns.csv",
        "non_numeric_capacity.csv",
        "unknown_sector.csv",
        "zero_rows_after_filter.csv",
    ],
)
def test_corpus_files_for_later_stages_are_readable_tables(name):
    # These break the contract, not the file format: io reads them, schema/ranking refuse.
    table, _ = read_table(BAD / name)
    assert len(table) > 0
    assert table[ROW_COLUMN].iloc[0] == 2


def test_corpus_readme_lists_every_file():
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    for path in BAD.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, path.name
    assert "`big_single_field.csv`" in readme


# ---------------------------------------------------------------------------------------------
# CSV details
# ---------------------------------------------------------------------------------------------


def test_row_numbers_follow_the_spreadsheet(tmp_path):
    path = _write(
        tmp_path / "mitra.csv",
        "\n\nid,name\n 08123 , LKP Maju \n\n,\n077,BLK Palembang\n,\n\n",
    )
    table, notes = read_table(path)
    assert table["id"].tolist() == ["08123", "077"]
    assert table["name"].tolist() == ["LKP Maju", "BLK Palembang"]
    # Two blank lines, header on row 3, records on rows 4 and 7.
    assert table[ROW_COLUMN].tolist() == [4, 7]
    assert table[ROW_COLUMN].dtype == np.int64
    assert notes == ["skipped 2 empty row(s)"]


def test_quoted_values_spanning_lines_count_as_one_row(tmp_path):
    path = _write(tmp_path / "m.csv", 'id,visi\nA,"baris satu\nbaris dua"\nB,x\n')
    table, _ = read_table(path)
    assert table["visi"].iloc[0] == "baris satu\nbaris dua"
    assert table[ROW_COLUMN].tolist() == [2, 3]


def test_cells_are_text_and_only_empty_cells_are_missing(tmp_path):
    path = _write(tmp_path / "m.csv", "id,kode,catatan,jumlah\n001,16.03,NA,1.0\n002,16,   ,null\n")
    table, _ = read_table(path)
    assert table["id"].tolist() == ["001", "002"]
    assert table["kode"].tolist() == ["16.03", "16"]
    assert table["catatan"].iloc[0] == "NA"  # text, not a pandas NA guess
    assert pd.isna(table["catatan"].iloc[1])
    assert table["jumlah"].tolist() == ["1.0", "null"]
    assert (table.drop(columns=ROW_COLUMN).dtypes == mio.TEXT_DTYPE).all()


def test_trailing_empty_columns_dropped_and_unnamed_data_columns_named(tmp_path):
    path = _write(tmp_path / "m.csv", "id;;name;;\n1;x;A;;\n2;;B;;\n")
    table, notes = read_table(path)
    assert list(table.columns) == ["id", "unnamed_2", "name", ROW_COLUMN]
    assert "column 2 has no header; named it 'unnamed_2'" in notes


def test_duplicate_headers_are_kept_for_the_schema_to_report(tmp_path):
    path = _write(tmp_path / "m.csv", "id,nama,nama\n1,a,b\n")
    table, _ = read_table(path)
    assert list(table.columns) == ["id", "nama", "nama", ROW_COLUMN]


def test_excel_sep_directive_line(tmp_path):
    path = _write(tmp_path / "m.csv", "sep=;\nid;name\n1;LKP, Maju\n")
    table, _ = read_table(path)
    assert table["name"].tolist() == ["LKP, Maju"]
    assert table[ROW_COLUMN].tolist() == [3]


@pytest.mark.parametrize(
    ("suffix", "text", "note"),
    [
        (".tsv", "id\tname\n1\tLKP Maju, Palembang\n", ["fields are separated by tab"]),
        (".tab", "id\tname\n1\tLKP Maju\n", ["fields are separated by tab"]),
        (".txt", "id;name\n1;LKP Maju, Palembang\n", ["fields are separated by ';'"]),
        (".csv", 'id,name\n1,"LKP Maju; Palembang"\n2,"BLK; Lahat"\n', []),
        (".csv", "id|name|kota\n1|a, b|c\n2|d|e\n", ["fields are separated by '|'"]),
    ],
)
def test_delimiter_sniffing(tmp_path, suffix, text, note):
    table, notes = read_table(_write(tmp_path / f"m{suffix}", text))
    assert list(table.columns)[:2] == ["id", "name"]
    assert notes == note


def test_comma_in_semicolon_file_does_not_fool_the_sniffer(tmp_path):
    rows = "\n".join(f"P{i};LKP {i};2,5 jt;-3,{i}" for i in range(30))
    table, _ = read_table(_write(tmp_path / "m.csv", "id;nama;kapasitas_dana;lat\n" + rows))
    assert table.shape == (30, 5)
    assert table["kapasitas_dana"].iloc[0] == "2,5 jt"


def test_utf8_with_bom_and_utf16(tmp_path):
    table, notes = read_table(_write(tmp_path / "a.csv", "\ufeffid,nama\n1,Café\n"))
    assert list(table.columns) == ["id", "nama", ROW_COLUMN]
    assert notes == []
    table, notes = read_table(_write(tmp_path / "b.txt", "id\tnama\n1\tCafé\n", "utf-16"))
    assert table["nama"].tolist() == ["Café"]
    assert notes == ["read as UTF-16", "fields are separated by tab"]


def test_latin1_fallback(tmp_path):
    # 0x81 is undefined in cp1252, so only latin-1 can read this.
    table, notes = read_table(_write(tmp_path / "m.csv", b"id,nama\n1,Caf\xe9\x81\n"))
    assert table["nama"].iloc[0] == "Caf\xe9\x81"
    assert notes == ["read as latin-1 (neither UTF-8 nor cp1252)"]


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"PK\x03\x04rest of a zip", r"it is an Excel workbook \(\.xlsx\)"),
        (b"\xd0\xcf\x11\xe0old xls", r"old Excel \.xls workbook"),
        (b"PAR1....", r"it is a Parquet file"),
        (b"id,nama\n1,a\x00b\n", r"NUL bytes"),
        (bytes(range(1, 32)) * 20, r"control characters"),
    ],
)
def test_binary_files_with_a_csv_name(tmp_path, content, match):
    with pytest.raises(InputError, match=match):
        read_table(_write(tmp_path / "m.csv", content))


@pytest.mark.parametrize("text", ["\n\n\n", "   \n \t\n"])
def test_blank_only_file(tmp_path, text):
    with pytest.raises(InputError, match=r"only blank lines"):
        read_table(_write(tmp_path / "m.csv", text))


def test_only_separators_is_no_table(tmp_path):
    with pytest.raises(InputError, match=r"has no table \(only empty cells\)"):
        read_table(_write(tmp_path / "m.csv", ";;;\n;;;\n"))


def test_header_then_empty_rows_is_header_only(tmp_path):
    with pytest.raises(SchemaError, match=r"header \(row 2\) but no data rows") as caught:
        read_table(_write(tmp_path / "m.csv", "\nid;nama\n;\n;\n"), what="batch")
    assert "batch" in str(caught.value)
    assert caught.value.source == str(tmp_path / "m.csv")


def test_ragged_row_error_counts_leading_blank_lines(tmp_path):
    with pytest.raises(SchemaError, match=r"line 5 has 3 fields but the header has 2"):
        read_table(_write(tmp_path / "m.csv", "\n\nid,nama\n1,a\n2,b,c\n"))


def test_reserved_row_column_name(tmp_path):
    with pytest.raises(SchemaError, match=r"'__row__' is reserved"):
        read_table(_write(tmp_path / "m.csv", "__row__,nama\n1,a\n"))


@pytest.fixture
def big_single_field(tmp_path):
    """``big_single_field.csv``: one ~1 MB vision text (generated, not committed)."""
    vision = ("mewujudkan warga belajar yang terampil, mandiri dan berdaya saing; " * 16_000)[
        : 1 << 20
    ]
    path = tmp_path / "big_single_field.csv"
    path.write_text(
        f'partner_id,name,sector,vision\nP001,LKP Maju,masyarakat,"{vision}"\n', encoding="utf-8"
    )
    return path, vision


def test_big_single_field(big_single_field):
    path, vision = big_single_field
    table, notes = read_table(path)
    assert table["vision"].iloc[0] == vision.strip()
    assert len(table["vision"].iloc[0]) > 1_000_000
    assert notes == []


# ---------------------------------------------------------------------------------------------
# Paths, formats and DataFrames
# ---------------------------------------------------------------------------------------------


def test_missing_file_suggests_a_close_name(tmp_path):
    _write(tmp_path / "mitra.csv", "id\n1\n")
    with pytest.raises(InputError, match=r"mita\.csv: partner directory file not found") as caught:
        read_table(tmp_path / "mita.csv")
    assert "did you mean 'mitra.csv'" in str(caught.value)


def test_folder_instead_of_file(tmp_path):
    folder = tmp_path / "data.csv"
    folder.mkdir()
    with pytest.raises(InputError, match=r"is a folder"):
        read_table(folder)


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("mitra.xls", r"save an old \.xls workbook as \.xlsx or CSV"),
        ("mitra", r"a file without extension"),
        ("mitra.json", r"'\.json' file; expected one of .*\.parquet, \.pq"),
    ],
)
def test_unsupported_extensions(tmp_path, name, match):
    with pytest.raises(InputError, match=match):
        read_table(_write(tmp_path / name, "id\n1\n"))


def test_wrong_source_type():
    with pytest.raises(TypeError, match=r"expected a file path or a DataFrame; got list"):
        read_table(["id", "1"])


def test_dataframe_source_is_a_copy():
    frame = pd.DataFrame({"id": ["1"], "capacity_dana": [5.0]})
    table, notes = read_table(frame)
    table.loc[0, "id"] = "changed"
    assert frame.loc[0, "id"] == "1"
    assert notes == []
    assert list(table.columns) == ["id", "capacity_dana"]


def test_str_path_and_home_expansion(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    _write(tmp_path / "m.csv", "id\n1\n")
    table, _ = read_table("~/m.csv")
    assert table["id"].tolist() == ["1"]


# ---------------------------------------------------------------------------------------------
# XLSX and Parquet
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def workbook(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Mitra"
    sheet["A2"] = "ID "
    sheet["B2"] = "Nama Lembaga"
    sheet["C2"] = "Kapasitas Dana"
    sheet["D2"] = "Aktif"
    sheet["E2"] = "Lat"
    sheet.append(["08123", "  LKP Maju", 50_000_000.0, True, -3.6366])
    sheet.append([None, None, None, None, None])
    sheet.append([77, "BLK Palembang", 2.5, False, None])
    sheet.append([None, None, None, None, None])  # trailing padding is no note
    book.create_sheet("Catatan")["A1"] = "abaikan"
    path = tmp_path / "mitra.xlsx"
    book.save(path)
    return path


def test_read_xlsx(workbook):
    table, notes = read_table(workbook)
    assert list(table.columns) == [
        "ID",
        "Nama Lembaga",
        "Kapasitas Dana",
        "Aktif",
        "Lat",
        ROW_COLUMN,
    ]
    assert table["ID"].tolist() == ["08123", "77"]
    assert table["Nama Lembaga"].tolist() == ["LKP Maju", "BLK Palembang"]
    assert table["Kapasitas Dana"].tolist() == ["50000000", "2.5"]  # no spurious ".0"
    assert table["Aktif"].tolist() == ["true", "false"]
    assert table["Lat"].iloc[0] == "-3.6366"
    assert pd.isna(table["Lat"].iloc[1])
    assert table[ROW_COLUMN].tolist() == [3, 5]
    assert notes == [
        "read the sheet 'Mitra'; other sheets not read: 'Catatan'",
        "skipped 1 empty row(s)",
    ]


def test_xlsx_without_openpyxl_says_how_to_install(workbook, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # makes "import openpyxl" fail
    # The one message of every missing optional dependency (mitramatch.compat), naming the file.
    with pytest.raises(
        MissingDependencyError,
        match=r"mitra\.xlsx \(an Excel file\) needs openpyxl.*"
        r"pip install 'mitramatch\[excel\]'",
    ):
        read_table(workbook)


def test_corrupt_xlsx(tmp_path):
    path = _write(tmp_path / "m.xlsx", b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(InputError, match=r"m\.xlsx: cannot open the partner directory as an Excel"):
        read_table(path)


def test_read_parquet_converts_numbers_to_text(tmp_path):
    pytest.importorskip("pyarrow")
    frame = pd.DataFrame(
        {
            "partner_id": ["08123", None],
            "capacity_dana": [50_000_000.0, 2.5],
            "years_active": pd.array([3, None], dtype="Int64"),
            "active": [True, False],
        }
    )
    path = tmp_path / "m.parquet"
    frame.to_parquet(path)
    table, notes = read_table(path)
    assert table["partner_id"].tolist()[0] == "08123"
    assert table["capacity_dana"].tolist() == ["50000000", "2.5"]
    assert table["years_active"].iloc[0] == "3"
    assert pd.isna(table["years_active"].iloc[1])
    assert table["active"].tolist() == ["true", "false"]
    assert table[ROW_COLUMN].tolist() == [2, 3]
    assert notes == []


def test_corrupt_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    with pytest.raises(InputError, match=r"cannot read the partner directory as Parquet"):
        read_table(_write(tmp_path / "m.pq", b"not parquet at all"))


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+62 812", "'+62 812"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
        ("\rcr", "'\rcr"),
        ("LKP Maju", "LKP Maju"),
        ("a=b", "a=b"),
    ],
)
def test_formula_injection_is_neutralised(cell, written):
    frame = pd.DataFrame({"name": [cell], "score": [-0.5]})
    out = mio_write.neutralise_formulas(frame)
    assert out["name"].iloc[0] == written
    assert out["score"].iloc[0] == -0.5  # numbers are never touched
    assert frame["name"].iloc[0] == cell  # the caller's frame is unchanged


def test_neutralise_headers_object_numbers_and_string_dtype():
    frame = pd.DataFrame(
        {
            "=cmd": ["x"],
            "mixed": pd.Series([-3], dtype=object),
            "s": pd.Series(["-x"], dtype="string"),
            "c": pd.Series(["=a"], dtype="category"),
        }
    )
    out = mio_write.neutralise_formulas(frame)
    assert list(out.columns) == ["'=cmd", "mixed", "s", "c"]
    assert out["mixed"].iloc[0] == -3
    assert out["s"].iloc[0] == "'-x"
    assert out["c"].iloc[0] == "'=a"


def test_write_csv_and_raw(tmp_path):
    frame = pd.DataFrame({"name": ["=1+1", "BLK"], "score": [0.25, -1.0]})
    write_table(frame, tmp_path / "safe.csv")
    write_table(frame, tmp_path / "raw.csv", raw=True)
    assert (tmp_path / "safe.csv").read_text() == "name,score\n'=1+1,0.25\nBLK,-1.0\n"
    assert (tmp_path / "raw.csv").read_text() == "name,score\n=1+1,0.25\nBLK,-1.0\n"


def test_write_excel_friendly_csv_and_tsv(tmp_path):
    frame = pd.DataFrame({"nama": ["PT Nestlé; Tbk"], "skor": [0.5]})
    write_table(frame, tmp_path / "x.csv", excel=True)
    assert (tmp_path / "x.csv").read_bytes() == (
        '\ufeffnama;skor\r\n"PT Nestlé; Tbk";0,5\r\n'.encode()
    )
    write_table(frame, tmp_path / "x.tsv")
    assert (tmp_path / "x.tsv").read_text(encoding="utf-8") == "nama\tskor\nPT Nestlé; Tbk\t0.5\n"


def test_excel_csv_round_trips_through_read_table(tmp_path):
    frame = pd.DataFrame({"partner_id": ["08123"], "name": ["Café"], "score": [0.5]})
    write_table(frame, tmp_path / "x.csv", excel=True)
    table, notes = read_table(tmp_path / "x.csv")
    assert table.drop(columns=ROW_COLUMN).values.tolist() == [["08123", "Café", "0,5"]]
    assert notes == ["fields are separated by ';'"]


def test_write_csv_stream_matches_write_table(tmp_path):
    frame = pd.DataFrame({"name": ["@x", "y"], "score": [1.0, 2.0]})
    for excel in (False, True):
        stream = io.StringIO()
        write_csv_stream(frame, stream, excel=excel)
        write_table(frame, tmp_path / "x.csv", excel=excel)
        assert stream.getvalue().encode("utf-8") == (tmp_path / "x.csv").read_bytes()
    stream = io.StringIO()
    write_csv_stream(frame, stream, raw=True)
    assert stream.getvalue().startswith("name,score\n@x,")


def test_write_xlsx_keeps_text_as_text(tmp_path):
    """XLSX text is typed text, written as it is: never a formula, never changed by a '."""
    openpyxl = pytest.importorskip("openpyxl")
    frame = pd.DataFrame({"name": ["=1+1", "ok\x07bell"], "score": [0.5, np.nan], "rank": [1, 2]})
    write_table(frame, tmp_path / "safe.xlsx")
    write_table(frame, tmp_path / "raw.xlsx", raw=True)
    safe = openpyxl.load_workbook(tmp_path / "safe.xlsx").active
    assert [c.value for c in safe[1]] == ["name", "score", "rank"]
    assert [c.value for c in safe[2]] == ["=1+1", 0.5, 1]
    assert [c.value for c in safe[3]] == ["okbell", None, 2]
    assert safe["A2"].data_type == "s"  # text, never a live formula
    assert (tmp_path / "raw.xlsx").read_bytes() == (tmp_path / "safe.xlsx").read_bytes()


def test_write_parquet_round_trip_is_unchanged(tmp_path):
    pytest.importorskip("pyarrow")
    frame = pd.DataFrame({"name": ["=1+1"], "score": [0.5]})
    write_table(frame, tmp_path / "x.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "x.parquet"), frame)


@pytest.mark.parametrize(
    ("name", "kwargs", "match"),
    [
        ("out.json", {}, r"cannot write a table to a '\.json' file; expected one of \.csv"),
        ("out", {}, r"a file without extension"),
        ("out.xlsx", {"excel": True}, r"applies to \.csv and \.tsv output only"),
        ("missing/out.csv", {}, r"the folder .*missing' does not exist"),
    ],
)
def test_write_refuses_before_writing_anything(tmp_path, name, kwargs, match):
    with pytest.raises(InputError, match=match):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / name, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_write_into_a_folder_name(tmp_path):
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(InputError, match=r"it is a folder"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "out.csv")


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = _write(tmp_path / "ranking.csv", "old,complete\n1,2\n")

    def half_then_crash(df, stream, **kwargs):
        stream.write("partial,")
        stream.flush()
        raise RuntimeError("disk went away")

    monkeypatch.setattr(mio_write, "_write_csv", half_then_crash)
    with pytest.raises(RuntimeError, match="disk went away"):
        write_table(pd.DataFrame({"a": [1]}), target)
    assert target.read_text() == "old,complete\n1,2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ranking.csv"]


def test_os_errors_while_writing_become_input_errors(tmp_path, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mio_write.os, "fsync", no_space)
    with pytest.raises(InputError, match=r"out\.csv: cannot write: No space left on device"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "out.csv")
    assert list(tmp_path.iterdir()) == []


def test_successful_write_replaces_and_keeps_permissions(tmp_path):
    target = _write(tmp_path / "ranking.csv", "old\n")
    target.chmod(0o640)
    write_table(pd.DataFrame({"new": [1]}), target)
    assert target.read_text() == "new\n1\n"
    assert (target.stat().st_mode & 0o777) == 0o640
    fresh = tmp_path / "fresh.csv"
    write_table(pd.DataFrame({"new": [1]}), fresh)
    umask = os.umask(0)
    os.umask(umask)
    assert (fresh.stat().st_mode & 0o777) == 0o666 & ~umask  # not the 0600 of a temp file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.csv", "ranking.csv"]


_SAFE_TEXT = (
    st.text(alphabet=st.sampled_from(list("abcdeXYZ019 ,.'\"éöß/()")), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(
    st.lists(_SAFE_TEXT, min_size=2, max_size=4, unique=True),
    st.lists(st.lists(_SAFE_TEXT, min_size=4, max_size=4), min_size=1, max_size=5),
    st.sampled_from([".csv", ".tsv", ".xlsx"]),
)
def test_written_text_tables_read_back_unchanged(tmp_path, header, rows, suffix):
    frame = pd.DataFrame([row[: len(header)] for row in rows], columns=header, dtype=object)
    path = tmp_path / f"round{suffix}"
    write_table(frame, path, raw=True)
    table, _ = read_table(path)
    assert list(table.columns) == [*header, ROW_COLUMN]
    assert table.drop(columns=ROW_COLUMN).values.tolist() == frame.values.tolist()
    assert table[ROW_COLUMN].tolist() == list(range(2, len(rows) + 2))
