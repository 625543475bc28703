"""Results that are safe to open and ready to hand on (issue 11).

CSV/TSV/stdout: every cell holding CR or LF is quoted and formula-like text gets a ``'``;
XLSX: typed text cells, a report (bold frozen header, autofilter, wrapped explanations,
number formats, a summary sheet, labels in ``--lang``), the same bytes on every run, text cut
at the cell limit with a note; scores and fits at 3 decimals except in Parquet; an output
that is an input is refused; results name the organisation and the partner's kabupaten/kota
and the unit of every amount; notes keep both languages.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mitramatch import cli
from mitramatch.cli.common import note, summary_notes, write_result
from mitramatch.exceptions import Note, Text, render, use_language
from mitramatch.io import Report, write_csv_stream, write_table
from mitramatch.io.write import XLSX_TEXT_LIMIT

DATA = Path(__file__).resolve().parents[1] / "data"
BAD = Path(__file__).parent / "bad_inputs"
PARTNERS = DATA / "partners_oku.csv"
ORGS = DATA / "organisations_oku.csv"
NEEDS = DATA / "needs" / "pkbm_menjahit_oku.toml"

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DANGEROUS = [
    "LKP Aman\r=cmd|' /C calc'!A0",
    "a\nb",
    "x\r\ny",
    "+62 812 3456 7890",
    "-5",
    "@SUM(A1:A9)",
    "\tTAB",
    "\rCR",
    '=HYPERLINK("http://x")',
    'LKP, "Maju"',
]


def _neutralised(text: str) -> str:
    return "'" + text if text.startswith(TRIGGERS) else text


def _frame() -> pd.DataFrame:
    n = len(DANGEROUS)
    return pd.DataFrame(
        {
            "partner_id": [f"P-{k:02d}" for k in range(n)],
            "name": DANGEROUS,
            "score": np.linspace(0.1, 0.9, n) / 3,
            "explanation": [f"why\r{name}" for name in DANGEROUS],
        }
    )


def _read_csv_module(path: Path, sep: str, encoding: str = "utf-8") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=sep))


def _assert_safe_cells(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(TRIGGERS), repr(cell)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 1. CSV, TSV and standard output: quoted line breaks, neutralised formulas ---------------------
@pytest.mark.parametrize(("suffix", "excel"), [(".csv", False), (".tsv", False), (".csv", True),
                                               (".tsv", True)])  # fmt: skip
def test_line_breaks_quoted_and_formulas_neutralised(tmp_path, suffix, excel):
    frame = _frame()
    path = tmp_path / f"out{suffix}"
    assert write_table(frame, path, excel=excel) == []
    sep = "\t" if suffix == ".tsv" else (";" if excel else ",")
    encoding = "utf-8-sig" if excel else "utf-8"
    rows = _read_csv_module(path, sep, encoding)
    assert len(rows) == len(frame) + 1  # no record split by a CR or LF
    _assert_safe_cells(rows)
    names = [row[1] for row in rows[1:]]
    assert names == [_neutralised(n) for n in DANGEROUS]
    assert [row[3] for row in rows[1:]] == [f"why\r{n}" for n in DANGEROUS]
    back = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding=encoding)
    assert len(back) == len(frame)
    assert back["name"].tolist() == names
    for column in back.columns:
        assert not back[column].str.startswith(TRIGGERS).any(), column


def test_a_lone_cr_never_splits_a_record(tmp_path):
    """Without quoting, "LKP Aman\\r=cmd..." ends a record at the CR and the next one starts
    with an unprefixed formula: the bytes show the CR inside quotes."""
    path = tmp_path / "out.csv"
    write_table(pd.DataFrame({"name": ["LKP Aman\r=cmd|' /C calc'!A0"]}), path)
    assert path.read_bytes() == b"name\n\"LKP Aman\r=cmd|' /C calc'!A0\"\n"
    write_table(pd.DataFrame({"name": ["LKP Aman\r=cmd"]}), path, excel=True)
    assert path.read_bytes() == b'\xef\xbb\xbfname\r\n"LKP Aman\r=cmd"\r\n'


def test_raw_keeps_text_but_still_quotes_line_breaks(tmp_path):
    path = tmp_path / "out.csv"
    write_table(_frame(), path, raw=True)
    rows = _read_csv_module(path, ",")
    assert len(rows) == len(DANGEROUS) + 1
    assert [row[1] for row in rows[1:]] == DANGEROUS


def test_standard_output_is_the_same_as_the_file(tmp_path):
    stream = io.StringIO()
    write_csv_stream(_frame(), stream)
    path = tmp_path / "out.csv"
    write_table(_frame(), path)
    assert stream.getvalue().encode("utf-8") == path.read_bytes()
    rows = list(csv.reader(io.StringIO(stream.getvalue(), newline="")))
    assert len(rows) == len(DANGEROUS) + 1
    _assert_safe_cells(rows)


def test_headers_are_neutralised_too(tmp_path):
    path = tmp_path / "out.csv"
    write_table(pd.DataFrame({"=cmd": ["a"], "\rx": ["b"]}), path)
    assert _read_csv_module(path, ",")[0] == ["'=cmd", "'\rx"]


_ALPHABET = st.one_of(
    st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", '"', ",", ";", " ", "'"]),
    st.characters(blacklist_categories=("Cs",)),
)
_CELLS = st.lists(st.text(_ALPHABET, max_size=12), min_size=1, max_size=8)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=_CELLS, suffix=st.sampled_from([".csv", ".tsv"]), excel=st.booleans())
def test_any_text_round_trips_with_the_same_row_count(cells, suffix, excel):
    frame = pd.DataFrame({"name": cells, "other": cells[::-1], "n": range(len(cells))})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"out{suffix}"
        write_table(frame, path, excel=excel)
        sep = "\t" if suffix == ".tsv" else (";" if excel else ",")
        encoding = "utf-8-sig" if excel else "utf-8"
        rows = _read_csv_module(path, sep, encoding)
        assert len(rows) == len(cells) + 1
        assert [row[0] for row in rows[1:]] == [_neutralised(c) for c in cells]
        assert [row[1] for row in rows[1:]] == [_neutralised(c) for c in cells[::-1]]
        _assert_safe_cells(rows)
        back = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding=encoding)
        assert len(back) == len(cells)


# -- XLSX: typed text, never a formula -------------------------------------------------------------
def test_xlsx_text_cells_are_typed_text_never_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "out.xlsx"
    write_table(_frame(), path)
    sheet = openpyxl.load_workbook(path)["Results"]
    header = [c.value for c in sheet[1]]
    assert header == ["partner_id", "name", "score", "explanation"]
    names = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert len(names) == len(DANGEROUS)
    for cell, written in zip(names, DANGEROUS):
        assert cell.data_type == "s", (written, cell.data_type)
        # the text itself, no apostrophe (XML reads a CR or CR LF back as LF)
        assert cell.value == written.replace("\r\n", "\n").replace("\r", "\n")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
    # formula-like text in a wrapped column and in a header is typed text as well
    write_table(pd.DataFrame({"=x": ["=1+1"], "explanation": ["=2+2"]}), path)
    sheet = openpyxl.load_workbook(path)["Results"]
    assert [(c.value, c.data_type) for c in sheet[1]] == [("=x", "s"), ("explanation", "s")]
    assert [(c.value, c.data_type) for c in sheet[2]] == [("=1+1", "s"), ("=2+2", "s")]
    with zipfile.ZipFile(path) as book:
        assert "<f>" not in book.read("xl/worksheets/sheet1.xml").decode()


# -- 1 through the command line --------------------------------------------------------------------
@pytest.fixture
def dangerous_files(tmp_path, directory, needs_dict):
    """The fixture directory with formula-like names holding line breaks, and the profile."""
    directory = directory.copy()
    directory["name"] = [f"{DANGEROUS[k % len(DANGEROUS)]} {k}" for k in range(len(directory))]
    partners = tmp_path / "mitra.csv"
    directory.to_csv(partners, index=False, lineterminator="\r\n")
    needs = tmp_path / "pkbm.json"
    needs.write_text(json.dumps(needs_dict), encoding="utf-8")
    return partners, needs


def _check_cli_csv(text: str, sep: str = ",") -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    _assert_safe_cells(rows)
    names = [row[rows[0].index("name")] for row in rows[1:]]
    assert any(n.startswith("'") for n in names)  # something was neutralised
    back = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    assert len(back) == len(rows) - 1
    return rows


@pytest.mark.parametrize("excel", [False, True])
def test_cli_rank_to_stdout_and_file_is_safe(dangerous_files, tmp_path, capsys, excel):
    partners, needs = dangerous_files
    extra = ["--excel"] if excel else []
    sep = ";" if excel else ","
    assert cli.main(["rank", str(partners), "--needs", str(needs), "-q", *extra]) == 0
    out = capsys.readouterr().out
    rows = _check_cli_csv(out.removeprefix("\ufeff"), sep)
    assert len(rows) == 7 + 1  # seven partners pass the filters
    target = tmp_path / "out.csv"
    assert cli.main(["rank", str(partners), "--needs", str(needs), "-o", str(target), *extra]) == 0
    assert target.read_bytes().decode("utf-8") == out  # the same bytes, BOM and all


def test_cli_rank_batch_to_stdout_and_file_is_safe(tmp_path, capsys):
    frame = pd.read_csv(PARTNERS, dtype=str, keep_default_na=False)
    frame["name"] = [f"{DANGEROUS[k % len(DANGEROUS)]} {k}" for k in range(len(frame))]
    partners = tmp_path / "mitra.csv"
    frame.to_csv(partners, index=False, lineterminator="\r\n")
    argv = ["rank-batch", str(partners), "--orgs", str(ORGS), "--top", "5", "-q"]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    rows = _check_cli_csv(out)
    assert len(rows) == 10 * 5 + 1
    target = tmp_path / "batch.tsv"
    assert cli.main([*argv, "-o", str(target)]) == 0
    rows = _read_csv_module(target, "\t")
    assert len(rows) == 10 * 5 + 1
    _assert_safe_cells(rows)


# -- 2. rounding -----------------------------------------------------------------------------------
def _precise() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "partner_id": ["A", "B"],
            "score": [1 / 3, 2 / 3],
            "score_need_fit": [1 / 7, 0.5],
            "fit_dana": [2 / 3, np.nan],
            "share": [1 / 9, 1.0],
            "amount": [1 / 3, 1234567.891],
            "lat": [-4.123456789, 1.0],
        }
    )


@pytest.mark.parametrize(("suffix", "excel"), [(".csv", False), (".tsv", False), (".csv", True)])
def test_scores_and_fits_at_three_decimals_in_text_tables(tmp_path, suffix, excel):
    path = tmp_path / f"out{suffix}"
    write_table(_precise(), path, excel=excel)
    sep = "\t" if suffix == ".tsv" else (";" if excel else ",")
    rows = _read_csv_module(path, sep, "utf-8-sig")
    record = dict(zip(rows[0], rows[1]))
    comma = (lambda s: s.replace(".", ",")) if excel else (lambda s: s)
    assert record["score"] == comma("0.333")
    assert record["score_need_fit"] == comma("0.143")
    assert record["fit_dana"] == comma("0.667")
    assert record["share"] == comma("0.111")
    assert record["amount"] == comma(repr(1 / 3))  # not a score: full precision
    assert record["lat"] == comma("-4.123456789")
    stream = io.StringIO()
    write_csv_stream(_precise(), stream)
    assert stream.getvalue().splitlines()[1].startswith("A,0.333,0.143,0.667,0.111,")


def test_scores_rounded_in_xlsx_with_a_score_format(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "out.xlsx"
    write_table(_precise(), path)
    sheet = openpyxl.load_workbook(path)["Results"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2])}
    assert row["score"].value == 0.333
    assert row["score"].number_format == "0.000"
    assert row["fit_dana"].value == 0.667
    assert row["score_need_fit"].number_format == "0.000"
    assert row["amount"].value == 1 / 3
    assert row["lat"].value == -4.123456789


def test_parquet_keeps_full_precision(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "out.parquet"
    write_table(_precise(), path)
    pd.testing.assert_frame_equal(pd.read_parquet(path), _precise())


def test_the_frame_written_is_not_changed(tmp_path):
    frame = _frame()
    before = frame.copy()
    write_table(frame, tmp_path / "out.csv")
    write_table(frame, tmp_path / "out.xlsx")
    pd.testing.assert_frame_equal(frame, before)


# -- 3. the XLSX report ----------------------------------------------------------------------------
@pytest.fixture
def titled_partners(tmp_path, directory, needs_dict):
    """The fixture directory below two title rows (reading it gives a note), and a profile."""
    partners = tmp_path / "mitra.csv"
    body = directory.to_csv(index=False)
    partners.write_text("DAFTAR MITRA KABUPATEN OKU\nTahun 2024\n" + body, encoding="utf-8")
    needs = tmp_path / "pkbm.json"
    needs.write_text(json.dumps(needs_dict), encoding="utf-8")
    return partners, needs


def _rank_xlsx(files, target: Path, *extra: str) -> None:
    partners, needs = files
    argv = ["rank", str(partners), "--needs", str(needs), "-o", str(target), "-q", *extra]
    assert cli.main(argv) == 0


def test_xlsx_report_in_indonesian(titled_partners, tmp_path, needs_dict):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "hasil.xlsx"
    _rank_xlsx(titled_partners, target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Ringkasan", "Hasil"]
    summary = [[c.value for c in row] for row in book["Ringkasan"].iter_rows()]
    firsts = [row[0] for row in summary]
    assert firsts[0] == "Organisasi"
    assert ["Nama", needs_dict["organisation"]["name"]] in [row[:2] for row in summary]
    assert "Kebutuhan (prioritas 5 = kritis)" in firsts
    assert any(str(v).startswith("prioritas 5") for row in summary for v in row[1:] if v)
    assert "Filter" in firsts
    assert "Catatan tentang berkas yang dibaca" in firsts  # the note of the title rows
    assert book["Ringkasan"]["A1"].font.b
    sheet = book["Hasil"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Peringkat", "ID mitra", "Nama", "Sektor", "Jenis", "Skor"]
    assert "Alasan" in header
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}8"
    why = header.index("Alasan") + 1
    assert all(sheet.cell(r, why).alignment.wrap_text for r in range(2, 9))
    assert sheet.cell(2, header.index("Skor") + 1).number_format == "0.000"
    assert sheet.column_dimensions[sheet.cell(1, why).column_letter].width == 80


def test_xlsx_report_in_english_and_csv_keep_contract_names(titled_partners, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "results.xlsx"
    _rank_xlsx(titled_partners, target, "--lang", "en")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Summary", "Results"]
    firsts = [row[0].value for row in book["Summary"].iter_rows()]
    assert firsts[0] == "Organisation"
    assert "Filters" in firsts
    assert "Notes on the files read" in firsts
    header = [c.value for c in book["Results"][1]]
    assert header[:6] == ["rank", "partner_id", "name", "sector", "kind", "score"]
    csv_target = tmp_path / "hasil.csv"
    _rank_xlsx(titled_partners, csv_target)  # --lang id: a CSV is for programs
    assert pd.read_csv(csv_target).columns[:6].tolist() == header[:6]


def test_xlsx_same_bytes_on_every_run(titled_partners, tmp_path, monkeypatch):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    _rank_xlsx(titled_partners, first)
    _rank_xlsx(titled_partners, second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as book:  # no clock in it: reruns later give the same bytes
        assert {info.date_time for info in book.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = book.read("docProps/core.xml").decode()
    assert "1980-01-01T00:00:00Z" in core
    assert str(pd.Timestamp.now().year) not in core
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the reproducible-builds convention
    _rank_xlsx(titled_partners, second)
    with zipfile.ZipFile(second) as book:
        assert {info.date_time[:3] for info in book.infolist()} == {(2023, 11, 14)}


def test_xlsx_text_longer_than_a_cell_is_cut_with_a_note(tmp_path, capsys):
    openpyxl = pytest.importorskip("openpyxl")
    long = "x" * (XLSX_TEXT_LIMIT + 100)
    frame = pd.DataFrame({"name": ["short", long], "explanation": [long, "ok"]})
    path = tmp_path / "out.xlsx"
    notes = write_table(frame, path)
    assert len(notes) == 2
    cut = {n.en.split("'")[1]: n for n in notes}
    assert "column 'name': 1 text cell(s) longer than 32,767 characters" in cut["name"].en
    assert "rows 3;" in cut["name"].en
    assert "baris 2;" in cut["explanation"].id
    sheet = openpyxl.load_workbook(path)["Results"]
    assert len(sheet["A3"].value) == XLSX_TEXT_LIMIT
    assert len(sheet["B2"].value) == XLSX_TEXT_LIMIT
    # the CSV holds it all, without a note
    assert write_table(frame, tmp_path / "out.csv") == []
    # the command line says so
    args = argparse.Namespace(quiet=False, raw=False, excel=False, lang="en")
    write_result(frame, tmp_path / "cli.xlsx", args)
    err = capsys.readouterr().err
    assert "mitramatch: note: column 'name': 1 text cell(s) longer than 32,767" in err


def test_xlsx_report_object_summary_and_labels(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    report = Report(
        lang="id",
        labels={"score": "Skor", "amount": "Jumlah"},
        summary=[(Text("Heading", "Judul"),), (Text("Total", "Jumlah"), 3), ("=x", "=y")],
    )
    frame = pd.DataFrame({"score": [0.5], "amount": [25_000_000.0], "amount_unit": ["rupiah"]})
    path = tmp_path / "out.xlsx"
    write_table(frame, path, report=report)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Ringkasan", "Hasil"]
    rows = [[(c.value, c.data_type) for c in row] for row in book["Ringkasan"].iter_rows()]
    assert rows[0][0] == ("Judul", "s")
    assert rows[1][:2] == [("Jumlah", "s"), (3, "n")]
    assert rows[2][:2] == [("=x", "s"), ("=y", "s")]
    sheet = book["Hasil"]
    assert [c.value for c in sheet[1]] == ["Skor", "Jumlah", "amount_unit"]
    assert sheet["B2"].number_format == '"Rp" #,##0'


# -- 4. an output that is an input is refused ------------------------------------------------------
@pytest.fixture
def rank_files(tmp_path, directory, needs_dict, monkeypatch):
    folder = tmp_path / "work"
    (folder / "sub").mkdir(parents=True)
    partners = folder / "mitra.csv"
    directory.to_csv(partners, index=False)
    needs = folder / "pkbm.json"
    needs.write_text(json.dumps(needs_dict), encoding="utf-8")
    monkeypatch.chdir(folder)
    return partners, needs


def _refused(capsys, argv: list[str], source: Path, shown: str) -> None:
    before = _sha(source)
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert shown in err
    assert str(source.name) in err
    assert "Traceback" not in err
    assert _sha(source) == before


@pytest.mark.parametrize(
    "spelling",
    ["mitra.csv", "./mitra.csv", "ABSOLUTE", "sub/../mitra.csv", "../work/mitra.csv", "SYMLINK",
     "HARDLINK"],
)  # fmt: skip
def test_output_equal_to_the_partners_file_is_refused(rank_files, capsys, spelling):
    partners, needs = rank_files
    if spelling == "ABSOLUTE":
        spelling = str(partners.resolve())
    elif spelling == "SYMLINK":
        os.symlink(partners, "link.csv")
        spelling = "link.csv"
    elif spelling == "HARDLINK":
        os.link(partners, "hard.csv")
        spelling = "hard.csv"
    argv = ["rank", "mitra.csv", "--needs", str(needs), "--output", spelling]
    _refused(capsys, argv, partners, f"--output {spelling}")


def test_output_equal_to_the_needs_file_is_refused(rank_files, capsys):
    partners, needs = rank_files
    argv = ["rank", str(partners), "--needs", "pkbm.json", "-o", str(needs.resolve())]
    _refused(capsys, argv, needs, "--needs")


def test_output_inside_an_input_folder_is_refused(rank_files, capsys):
    _partners, needs = rank_files
    argv = ["rank", "sub", "--needs", str(needs), "-o", "sub/out.csv"]
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert "sub/out.csv" in err
    assert "folder" in err
    assert not Path("sub/out.csv").exists()


def test_rank_batch_output_equal_to_the_organisations_file_is_refused(tmp_path, capsys):
    orgs = tmp_path / "orgs.csv"
    orgs.write_bytes(ORGS.read_bytes())
    link = tmp_path / "orgs_link.csv"
    link.symlink_to(orgs)
    for output in (orgs, link, tmp_path / "." / "orgs.csv"):
        argv = ["rank-batch", str(PARTNERS), "--orgs", str(orgs), "-o", str(output)]
        _refused(capsys, argv, orgs, "--orgs")


def test_one_file_given_as_two_outputs_is_refused(tmp_path, capsys):
    target = tmp_path / "out.csv"
    argv = ["dedup", str(PARTNERS), "--output", str(target), "--review", str(target)]
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert f"--review {target}" in err
    assert "--output" in err
    assert not target.exists()


def test_another_output_is_written(rank_files, capsys):
    partners, needs = rank_files
    assert cli.main(["rank", str(partners), "--needs", str(needs), "-o", "sub/x.csv", "-q"]) == 0
    assert len(pd.read_csv("sub/x.csv")) == 7


# -- 7. results people can hand on -----------------------------------------------------------------
def test_rank_batch_names_the_organisation_and_the_partners_regency(capsys):
    code = cli.main(["rank-batch", str(PARTNERS), "--orgs", str(ORGS), "--top", "3", "-q"])
    assert code == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    assert frame.columns[:3].tolist() == ["org_id", "org_name", "rank"]
    assert "partner_regency" in frame.columns
    orgs = pd.read_csv(ORGS, dtype=str).set_index("org_id")["name"]
    assert (frame["org_name"] == frame["org_id"].map(orgs)).all()
    partners = pd.read_csv(PARTNERS, dtype=str).set_index("partner_id")
    oku = frame[frame["partner_id"].map(partners["region_code"]) == "16.01"]
    assert len(oku)
    assert oku["partner_regency"].eq("Kabupaten Ogan Komering Ulu").all()
    # written as "OKU" or "Kab. OKU" in the directory: the official name in the result
    assert frame["partner_regency"].dropna().str.match(r"^(Kabupaten|Kota) ").all()


def test_rank_many_and_rank_chunked_carry_names_and_notes(tmp_path):
    import mitramatch as mm
    from mitramatch import batch

    orgs = mm.load_organisations(BAD / "orgs_ok.csv")
    index = mm.DirectoryIndex(mm.load_directory(PARTNERS))
    whole = batch.rank_many(index, orgs, top=3)
    assert {"org_name", "partner_regency"} <= set(whole.columns)
    assert whole["org_name"].notna().all()
    assert (whole["org_name"] != "").all()
    # a file whose header is below a title row, read in chunks with header_row
    partners = tmp_path / "mitra.csv"
    partners.write_text("DAFTAR MITRA\n" + PARTNERS.read_text(encoding="utf-8"), "utf-8")
    chunked = batch.rank_chunked(partners, orgs, top=3, chunksize=25, header_row=2)
    pd.testing.assert_frame_equal(chunked, whole, check_dtype=False)
    single = batch.rank_chunked(partners, mm.load_needs(NEEDS), top=3, chunksize=25)
    assert not {"org_id", "org_name", "partner_regency"} & set(single.columns)


def test_rank_chunked_reads_a_sheet(tmp_path):
    pytest.importorskip("openpyxl")
    import mitramatch as mm
    from mitramatch import batch

    path = tmp_path / "mitra.xlsx"
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"catatan": ["bukan tabel"]}).to_excel(
            writer, sheet_name="Catatan", index=False
        )
        pd.read_csv(PARTNERS, dtype=str).to_excel(writer, sheet_name="Mitra", index=False)
    orgs = mm.load_organisations(BAD / "orgs_ok.csv")
    by_name = batch.rank_chunked(path, orgs, top=2, chunksize=30, sheet="Mitra")
    by_number = batch.rank_chunked(path, orgs, top=2, chunksize=30, sheet=2)
    whole = batch.rank_many(mm.DirectoryIndex(mm.load_directory(PARTNERS)), orgs, top=2)
    pd.testing.assert_frame_equal(by_name, by_number)
    assert by_name["partner_id"].tolist() == whole["partner_id"].tolist()


def test_chunk_notes_given_once_or_with_their_rows():
    from mitramatch.batch import ChunkNotes

    everywhere = Note(Text("a column kept twice", "kolom dipakai dua kali"))
    some = Note(Text("sectors inferred", "sektor ditebak"))
    said = ChunkNotes()
    said.add([everywhere, some], 2, 11)
    said.add([everywhere], 12, 21)
    said.add([everywhere, some], 22, 22)
    notes = said.notes()
    assert notes[0] == everywhere
    assert render(notes[1], "en") == "rows 2-11, 22: sectors inferred"
    assert render(notes[1], "id") == "baris 2-11, 22: sektor ditebak"
    many = ChunkNotes()
    many.add([f"note {k}" for k in range(ChunkNotes.LIMIT + 3)], 2, 3)
    assert len(many.notes()) == ChunkNotes.LIMIT + 1
    assert render(many.notes()[-1], "en") == "and 3 more notes on single chunks"


def test_rank_chunked_keeps_the_notes_of_validating_its_chunks(tmp_path):
    import mitramatch as mm
    from mitramatch import batch

    frame = pd.read_csv(PARTNERS, dtype=str, keep_default_na=False)
    placed = frame.index[frame["lat"] != ""]
    frame.loc[placed[-2:], "lat"] = ""  # only lon there: a note of validating the last chunk
    path = tmp_path / "mitra.csv"
    frame.to_csv(path, index=False)
    orgs = mm.load_organisations(BAD / "orgs_ok.csv")
    whole = mm.load_directory(path).attrs["notes"]
    chunked = batch.rank_chunked(path, orgs, top=2, chunksize=30).attrs["notes"]
    assert [n for n in whole if "only lat or only lon" in render(n, "en")]
    half = [n for n in chunked if "only lat or only lon" in render(n, "en")]
    assert len(half) == 1
    assert "hanya lat atau hanya lon" in render(half[0], "id")


def test_allocate_names_organisations_regencies_and_units(tmp_path, capsys):
    target = tmp_path / "alokasi.csv"
    code = cli.main(["allocate", str(PARTNERS), "--orgs", str(ORGS), "-o", str(target), "-q"])
    assert code == 0, capsys.readouterr().err
    frame = pd.read_csv(target, dtype=str)
    assert {"org_name", "partner_regency", "amount_unit"} <= set(frame.columns)
    assert frame.columns.get_loc("amount_unit") == frame.columns.get_loc("amount") + 1
    units = {"dana": "rupiah", "tenaga": "orang", "sarana": "unit", "program": "peserta"}
    for aspect, unit in units.items():
        assert frame.loc[frame["aspect"] == aspect, "amount_unit"].eq(unit).all()
    orgs = pd.read_csv(ORGS, dtype=str).set_index("org_id")["name"]
    assert (frame["org_name"] == frame["org_id"].map(orgs)).all()
    assert frame["partner_regency"].dropna().str.match(r"^(Kabupaten|Kota) ").all()


def test_fund_and_rank_orgs_give_the_unit_of_amounts(capsys):
    profile = ["--partner-profile", str(DATA / "funders" / "tjsl_ogan_lestari.toml"),
               "--orgs", str(DATA / "organisations_tjsl_oku.csv")]  # fmt: skip
    assert cli.main(["fund", *profile, "--budget", "Rp 1 M", "-q"]) == 0
    fund = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    assert fund.columns.get_loc("amount_unit") == fund.columns.get_loc("granted") + 1
    assert fund["amount_unit"].eq("rupiah").all()
    assert cli.main(["rank-orgs", *profile, "-q"]) == 0
    orgs = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    assert orgs.columns.get_loc("amount_unit") == orgs.columns.get_loc("amount_asked") + 1
    units = {"dana": "rupiah", "tenaga": "orang", "sarana": "unit", "program": "peserta"}
    known = orgs["best_aspect"].isin(list(units))
    assert known.any()
    assert (orgs.loc[known, "amount_unit"] == orgs.loc[known, "best_aspect"].map(units)).all()


# -- 8. notes keep both languages ------------------------------------------------------------------
def test_a_note_is_shown_in_the_language_it_is_printed_in(capsys):
    with use_language("id"):
        made = Note(Text("header found on row 3", "judul kolom ditemukan di baris 3"))
    assert made == "judul kolom ditemukan di baris 3"
    for lang, shown in (
        ("en", "header found on row 3"),
        ("id", "judul kolom ditemukan di baris 3"),
    ):
        with use_language(lang):
            note(argparse.Namespace(quiet=False), made)
        assert capsys.readouterr().err == f"mitramatch: note: {shown}\n"
        assert render(made, lang) == shown


def test_notes_in_the_xlsx_summary_follow_its_language(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    with use_language("id"):
        made = Note(Text("header found on row 3", "judul kolom ditemukan di baris 3"))
    for lang, shown in (
        ("en", "header found on row 3"),
        ("id", "judul kolom ditemukan di baris 3"),
    ):
        path = tmp_path / f"{lang}.xlsx"
        write_table(pd.DataFrame({"a": [1]}), path, report=Report(lang=lang,
                    summary=summary_notes([made])))  # fmt: skip
        values = [c.value for row in openpyxl.load_workbook(path).worksheets[0].iter_rows()
                  for c in row]  # fmt: skip
        assert shown in values


@pytest.mark.parametrize(("lang", "shown"), [("en", "the header seems"), ("id", "judul kolom")])
def test_cli_notes_of_reading_in_the_chosen_language(titled_partners, capsys, lang, shown):
    partners, needs = titled_partners
    assert cli.main(["rank", str(partners), "--needs", str(needs), "--lang", lang]) == 0
    err = capsys.readouterr().err
    notes = [line for line in err.splitlines() if line.startswith("mitramatch: note: ")]
    assert notes, err
    assert any(shown in line for line in notes), err


def test_notes_survive_a_saved_index_in_both_languages(tmp_path):
    import mitramatch as mm

    path = tmp_path / "mitra.csv"
    path.write_text("DAFTAR MITRA\n" + PARTNERS.read_text(encoding="utf-8"), "utf-8")
    with use_language("id"):
        index = mm.DirectoryIndex(mm.load_directory(path))
    assert index.notes
    index.save(tmp_path / "index")
    loaded = mm.DirectoryIndex.load(tmp_path / "index")
    assert [render(n, "en") for n in loaded.notes] == [render(n, "en") for n in index.notes]
    assert [render(n, "id") for n in loaded.notes] == [render(n, "id") for n in index.notes]
