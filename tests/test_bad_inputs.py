"""Every case of the bad-input corpus (tests/bad_inputs/README.md) at the command line.

A broken file must give exit code 2, a message naming what to fix, no traceback, and no
output file (an existing one is left untouched); the positive controls must give exit code 0.
Directory files go through ``rank``, ``rank-batch`` and chunked ``rank-batch``. Cases that
cannot be committed as files (huge, deeply nested, binary formats written here) are generated
in the test; their names are listed in the README too. Messages are asserted in English
(``--lang en``); the Indonesian default is checked to say the same.
"""

from __future__ import annotations

import collections
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from workbooks import write_workbook

from mitramatch import cli

BAD = Path(__file__).parent / "bad_inputs"
NEEDS_OK = BAD / "needs_ok.toml"
ORGS_OK = BAD / "orgs_ok.csv"
DIRECTORY_OK = BAD / "bom_semicolon_ok.csv"
DINAS_XLSX = BAD / "dinas_mitra_pkw.xlsx"
DINAS_CSV = BAD / "dinas_mitra_pkw.csv"
SENTINEL = "an earlier result that must survive a failed run\n"
CHUNKED = "rank-batch-chunked"

# file -> regular expressions the message must match (each accepts the in-memory wording,
# "rows 3, 6", and the chunked one, where rows in different chunks are listed separately).
DIRECTORY_BAD = {
    "empty.csv": [r"empty\.csv: the partner directory file is empty \(0 bytes\)"],
    "header_only.csv": [r"has a header \(row 1\) but no data rows"],
    "binary_junk.csv": [r"does not look like a text table", r"binary"],
    "unclosed_quote.csv": [r'double quote \("\) opened on line 5 is never closed'],
    "ragged_rows.csv": [r"line 4 has 7 fields but the header has 6", r"double quotes"],
    "not_a_table.xlsx": [r"not an Excel workbook \(it is not a zip archive"],
    "wrong_extension.docx": [r"from a '\.docx' file; expected one of \.csv"],
    "duplicate_ids.csv": [r"partner_id must be unique", r"'P002' \(rows 3, 5\)"],
    "missing_required_columns.csv": [r"missing required column\(s\) name; found columns:"],
    "empty_required_cells.csv": [
        r"column name: empty at row 3",
        r"column sector: empty at row 4",
        r"column partner_id: empty at row 5",
    ],
    "non_numeric_capacity.csv": [
        r"column capacity_dana: expected a number or Rupiah amount at rows? 3\b",
        r"\b6\b.*'sekitar seratus juta'|'sekitar seratus juta'.*\b6\b",
        r"'lima puluh juta'",
    ],
    "unknown_sector.csv": [r"unknown value at row 5: 'swsta' \(did you mean 'swasta'\?\)"],
    "negative_capacity.csv": [
        r"column capacity_tenaga: expected a non-negative number at row 2",
        r"column capacity_dana: expected a non-negative number at row 4",
    ],
    "duplicate_header_exact.csv": [r"columns 'name', 'name' all mean 'name'; keep one"],
    "near_miss_header.csv": [
        r"missing required column\(s\) name; found columns: partner_id, Nama Lembga, Sektor",
        r"did you mean 'nama_lembaga' instead of 'Nama Lembga'\?",
    ],
    "no_sector_unplaceable.csv": [
        r"no sector column, and the sector cannot be inferred from the name or kind at "
        r"rows? 3",
        r"'Universitas Musi Raya'.*'Sentra Songket Tiga Ilir'|'Sentra Songket Tiga Ilir'",
    ],
    "zero_width_duplicate_ids.csv": [r"partner_id must be unique", r"'P001' \(rows 2, 4\)"],
    "nfd_duplicate_ids.csv": [r"partner_id must be unique", "'Caf\u00e9-01' \\(rows 2, 3\\)"],
    "capacity_infinity.csv": [
        r"column capacity_dana: expected a number or Rupiah amount at rows? 2",
        r"'inf'",
    ],
}
# Read whole: one message lists what chunked reading reports chunk by chunk.
DIRECTORY_BAD_WHOLE = {
    "columns_and_cells_at_once.csv": [
        r"4 problems found",
        r"columns 'nama', 'name' all mean 'name'",
        r"column 'offers_teknologi': unknown aspect 'teknologi'",
        r"column sector: unknown value at row 3: 'swsta'",
        r"column capacity_dana: expected a number or Rupiah amount at row 2 \(found 'banyak'\)",
    ],
}
# file -> notes (regular expressions) the run must print, in English. Notes of the schema
# (ids made, sectors inferred, ...) are not printed by chunked reading, which keeps io's only.
SCHEMA_NOTES = re.compile(r"no partner_id column|no sector column|appears more than once|only lat")
DIRECTORY_GOOD = {
    "all_nan_columns.csv": [],
    "bom_semicolon_ok.csv": [r"fields are separated by ';'"],
    "cp1252_ok.csv": [r"read as cp1252"],
    "mixed_encodings.csv": [r"mixed encodings"],
    "wrong_delimiter_pipe.csv": [r"fields are separated by '\|'"],
    "no_sector_column_ok.csv": [
        r"no sector column: inferred from the names and kinds \(pemerintah 2, swasta 2, "
        r"masyarakat 2\)"
    ],
    "dinas_mitra_pkw.xlsx": [
        r"read the sheet 'Data Mitra 2024'; other sheets not read: 'Petunjuk', "
        r"'Data 2022' \(hidden\)",
        r"filled 2 cell range\(s\) merged over several rows .*: D5:D8, D9:D12",
        r"the header seems to be on row 4, below 'DAFTAR CALON MITRA",
        r"skipped 3 row\(s\) of totals or notes, not data: row 13 'JUMLAH', row 15 'Sumber:",
        r"no partner_id column: the ids are the numbers of the column 'No'",
        r"no sector column: inferred from the names and kinds \(pemerintah 2, swasta 3, "
        r"masyarakat 3\)",
    ],
    "dinas_mitra_pkw.csv": [
        r"the header seems to be on row 4",
        r"fields are separated by ';'",
        r"skipped 3 row\(s\) of totals or notes",
        r"no partner_id column: the ids are the numbers of the column 'No'",
    ],
    "title_rows_ok.csv": [
        r"the header seems to be on row 4, below 'Daftar Calon Mitra Kabupaten Lahat', "
        r"'Tahun 2024'"
    ],
    "title_rows_unpadded_semicolon_ok.csv": [
        r"the header seems to be on row 3, below 'DAFTAR MITRA DINAS SOSIAL'",
        r"fields are separated by ';'",
    ],
    "duplicate_extra_header_ok.csv": [
        r"the column 'catatan' appears more than once; its copy is kept as 'catatan_2'"
    ],
    "no_id_numbered_ok.csv": [r"no partner_id column: the ids are the numbers of the column"],
    "no_id_ok.csv": [r"no partner_id column: the ids are made from the row, as 'row-2'"],
    "totals_and_notes_ok.csv": [
        r"skipped 3 row\(s\) of totals or notes, not data: row 6 'JUMLAH', row 8 'Catatan', "
        r"row 9 'Sumber: Dinas Pendidikan Kab\. Lahat'"
    ],
    "invisible_headers_ok.csv": [],
    "half_coordinates_ok.csv": [r"only lat or only lon at row 2: those coordinates are ignored"],
}
NEEDS_BAD = {
    "negative_quantity.toml": [r"needs\.tenaga\.quantity: expected a non-negative amount"],
    "unknown_aspect.toml": [r"unknown aspect 'tenga' \(did you mean 'tenaga'\?\)"],
    "toml_syntax_error.toml": [r"invalid TOML", r"line 11"],
    "priority_out_of_range.toml": [r"needs\.tenaga\.priority: expected an integer from 1"],
    "bad_weights.toml": [r"weights\.vision: expected a non-negative number; got -0\.1"],
    "unknown_filter.toml": [r"unknown filter 'max_distance' \(did you mean 'max_distance_km'"],
    "unparseable_quantity.toml": [r"needs\.dana\.quantity: .*got 'lima puluh juta'"],
    "huge_int_weight.toml": [r"weights\.vision: the number has 401 digits, too large"],
    "huge_int_quantity.json": [r"needs\.dana\.quantity: the number has 401 digits"],
    "huge_int_max_distance.toml": [r"filters\.max_distance_km: the number has 401 digits"],
    "huge_int_lat.json": [r"organisation\.lat: the number has 401 digits"],
    "too_many_digits.json": [r"invalid JSON: Exceeds the limit \(4300 digits\)"],
    "wrong_type_lat.toml": [r"organisation\.lat: expected a number; got \[1, 2\]$"],
    "wrong_type_name.json": [r"organisation\.name: expected a text; got a table"],
    "quantity_inf.toml": [r"needs\.tenaga\.quantity: expected a non-negative amount; got inf"],
    "quantity_nan.toml": [r"needs\.tenaga\.quantity: expected a non-negative amount; got nan"],
    "half_coordinate.toml": [
        r"organisation\.lat: given without organisation\.lon; give both, or neither"
    ],
    "section_not_a_table.toml": [r"\[needs\] must be a table of aspects"],
    "profile.yaml": [r"unsupported needs profile format '\.yaml'; expected \.toml or \.json"],
    "description_list.toml": [r"needs\.tenaga\.description: expected a text; got \['instr"],
    "key_given_twice.toml": [r"organisation\.name: given twice \(the second time as 'nama'\)"],
}
NEEDS_GOOD = ["needs_ok.toml", "indonesian_keys_ok.toml", "indonesian_keys_ok.json"]
ORGS_BAD = {
    "orgs_missing_org_id.csv": [r"missing required column org_id; found columns: kode"],
    "orgs_duplicate_ids.csv": [r"org_id must be unique; 1 duplicated: 'ORG-01' \(rows 2, 4\)"],
    "orgs_no_needs.csv": [r"row 3 \(ORG-02\): no need given"],
    "orgs_bad_cells.csv": [
        r"5 problems found",
        r"column org_id: empty at row 5",
        r"row 2 \(ORG-01\): need_dana_priority",
        r"row 3 \(ORG-02\): need_dana_quantity",
        r"row 4 \(ORG-03\): need_tenaga_quantity: expected a non-negative",
        r"row 4 \(ORG-03\): sector: unknown sector 'swsta' \(did you mean 'swasta'\?\)",
    ],
    "orgs_unknown_aspect_column.csv": [r"'need_tenga_priority': unknown aspect 'tenga'"],
    "orgs_header_only.csv": [r"organisation batch has a header \(row 1\) but no data rows"],
    "orgs_duplicate_header.csv": [r"columns 'name', 'name' all mean 'name'; keep one"],
    "orgs_near_miss_org_id.csv": [
        r"missing required column org_id; found columns: org_idd",
        r"did you mean 'org_id' instead of 'org_idd'\?",
    ],
    "orgs_columns_and_cells.csv": [
        r"2 problems found",
        r"'need_tenga_priority': unknown aspect 'tenga' \(did you mean 'tenaga'\?\)",
        r"row 2 \(ORG-01\): need_dana_priority: expected an integer .*; got '9'",
    ],
    "orgs_half_coordinate.csv": [r"row 2 \(ORG-01\): lat: given without lon"],
    "orgs_zero_width_duplicate_ids.csv": [r"org_id must be unique; 1 duplicated: 'ORG-01'"],
}
ORGS_GOOD = {
    "orgs_ok.csv": [],
    "orgs_indonesian_headers_ok.csv": [],
    "orgs_title_rows_ok.csv": [r"the header seems to be on row 3, below 'DAFTAR ORGANISASI"],
    "orgs_totals_footer_ok.csv": [
        r"skipped 2 row\(s\) of totals or notes, not data: row 4 'JUMLAH', row 5 'Keterangan"
    ],
}
RANKING_BAD = {
    ("zero_rows_after_filter.csv", "zero_rows_after_filter.toml"): [
        r"no partner in .*zero_rows_after_filter\.csv passes the filters",
        r"4 of 4 removed",
    ],
}
# Reading options: (case id, arguments after PARTNERS, exit code, patterns).
OPTION_CASES = [
    ("header_row_asked", DINAS_CSV, ["--header-row", "4"], 0, [r"fields are separated"]),
    ("header_row_blank", DINAS_CSV, ["--header-row", "3"], 2,
     [r"row 3 is empty; expected the header there"]),
    ("header_row_beyond_end", DINAS_CSV, ["--header-row", "99"], 2,
     [r"there is no row 99 to be the header"]),
    ("header_row_beyond_end_xlsx", DINAS_XLSX, ["--header-row", "99"], 2,
     [r"there is no row 99 to be the header; the partner directory ends at row 16"]),
    ("sheet_hidden_asked", DINAS_XLSX, ["--sheet", "Data 2022"], 0,
     [r"the sheet 'Data 2022' is hidden; read because it was asked for"]),
    ("sheet_by_number", DINAS_XLSX, ["--sheet", "3"], 0, [r"merged over several rows"]),
    ("sheet_misspelt", DINAS_XLSX, ["--sheet", "Data Mitra 2042"], 2,
     [r"the workbook has no sheet 'Data Mitra 2042' \(did you mean 'Data Mitra 2024'\?\); "
      r"its sheets are 'Petunjuk', 'Data 2022', 'Data Mitra 2024'"]),
    ("sheet_number_beyond", DINAS_XLSX, ["--sheet", "9"], 2,
     [r"there is no sheet number 9; the workbook has 3 sheet\(s\)"]),
    ("sheet_instructions_asked", DINAS_XLSX, ["--sheet", "Petunjuk"], 2,
     [r"missing required column\(s\) name"]),
]  # fmt: skip


# -- cases written by the test: too big, too deep, or binary formats ----------------------------
def _wide_header(path: Path) -> None:
    """20,000 columns: must be read in seconds, without pandas' fragmentation warning."""
    header = ["partner_id", "name", "sector", "offers_tenaga", "capacity_tenaga"]
    extra = [f"kolom_{i}" for i in range(20_000 - len(header))]
    path.write_text(
        ",".join([*header, *extra]) + "\n"
        + ",".join(["P1", "LKP Citra Busana", "masyarakat", "instruktur keterampilan menjahit",
                    "5", *["x"] * len(extra)]) + "\n"
        + ",".join(["P2", "BLK Palembang", "pemerintah", "instruktur otomotif", "3",
                    *[""] * len(extra)]) + "\n",
        encoding="utf-8",
    )  # fmt: skip


def _formulas_no_cache(path: Path) -> None:
    """Names computed by formulas that were never calculated (openpyxl saves no value)."""
    write_workbook(path, {"Mitra": [
        ["partner_id", "name", "sector"],
        ["P1", '=CONCATENATE("LKP ","Maju")', "masyarakat"],
        ["P2", '=UPPER("blk lahat")', "pemerintah"],
    ]})  # fmt: skip


def _empty_first_sheet(path: Path) -> None:
    write_workbook(path, {"Kosong": [], "Mitra": [
        ["partner_id", "name", "sector", "offers_tenaga"],
        ["P1", "LKP Citra Busana", "masyarakat", "instruktur menjahit"],
    ]})  # fmt: skip


def _merged_sector(path: Path) -> None:
    write_workbook(
        path,
        {"Mitra": [
            ["partner_id", "name", "sector", "offers_tenaga"],
            ["P1", "LKP Citra Busana", "masyarakat", "instruktur menjahit"],
            ["P2", "PKBM Bina Karya", None, "tutor"],
            ["P3", "Yayasan Maju", None, "relawan"],
            ["P4", "BLK Palembang", "pemerintah", "instruktur las"],
        ]},
        merge={"Mitra": ["C2:C4"]},
    )  # fmt: skip


def _parquet(kind: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        column = {
            "list": pa.array([["a", "b"], ["c"]]),
            "struct": pa.array([{"kota": "Lahat"}, {"kota": "OKU"}]),
            "map": pa.array([[("k", "v")], [("k", "w")]], type=pa.map_(pa.string(), pa.string())),
        }[kind]
        table = pa.table(
            {"partner_id": ["P1", "P2"], "name": ["LKP A", "BLK B"], "sector": ["swasta"] * 2,
             "tags": column}
        )  # fmt: skip
        pq.write_table(table, path)

    return write


def _deep_json(path: Path) -> None:
    path.write_text('{"needs": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")


def _deep_toml(path: Path) -> None:
    path.write_text("[needs.tenaga]\npriority = " + "[" * 100_000 + "]" * 100_000 + "\n")


def _fifty_levels(path: Path) -> None:
    value: dict = {}
    for _ in range(50):
        value = {"a": value}
    profile = {"needs": {"tenaga": {"priority": 5, "description": value}}}
    path.write_text(json.dumps(profile), encoding="utf-8")


def _argv_rank(path: Path) -> list:
    return ["rank", path, "--needs", NEEDS_OK]


def _argv_needs(path: Path) -> list:
    return ["rank", DIRECTORY_OK, "--needs", path]


def _argv_allocate(path: Path) -> list:
    # allocate: its output has no pass-through columns, so only reading is timed by the
    # size of the header (rank's output carries every extra column).
    return ["allocate", path, "--orgs", ORGS_OK]


# name -> (writer, argv for the written file, exit code, patterns)
GENERATED = {
    "wide_header_20000.csv": (_wide_header, _argv_allocate, 0, []),
    "formulas_no_cache.xlsx": (_formulas_no_cache, _argv_rank, 2, [
        r"column name: empty at rows 3, 2|column name: empty at rows 2, 3",
        r"2 formula cell\(s\) have no saved value and are read as empty: B2, B3",
    ]),
    "empty_first_sheet.xlsx": (_empty_first_sheet, _argv_rank, 0,
                               [r"read the sheet 'Mitra'; other sheets not read: 'Kosong' "
                                r"\(empty\)"]),
    "merged_sector.xlsx": (_merged_sector, _argv_rank, 0,
                           [r"filled 1 cell range\(s\) merged over several rows .*: C2:C4"]),
    "nested_list.parquet": (_parquet("list"), _argv_rank, 2,
                            [r"column\(s\) 'tags' \(list<.*>\) hold nested values"]),
    "nested_struct.parquet": (_parquet("struct"), _argv_rank, 2,
                              [r"column\(s\) 'tags' \(struct<kota: string>\) hold nested"]),
    "nested_map.parquet": (_parquet("map"), _argv_rank, 2,
                           [r"column\(s\) 'tags' \(map<string, string.*hold nested values"]),
    "deep_nesting.json": (_deep_json, _argv_needs, 2,
                          [r"invalid JSON: nested too deeply to read \(thousands of levels\)"]),
    "deep_nesting.toml": (_deep_toml, _argv_needs, 2,
                          [r"invalid TOML: nested too deeply to read"]),
    "nested_50_levels.json": (_fifty_levels, _argv_needs, 2,
                              [r"needs\.tenaga\.description\..*nested more than 20 levels deep"]),
}  # fmt: skip

DIRECTORY_MODES = {
    "rank": lambda f: ["rank", f, "--needs", NEEDS_OK],
    "rank-batch": lambda f: ["rank-batch", f, "--orgs", ORGS_OK],
    CHUNKED: lambda f: ["rank-batch", f, "--orgs", ORGS_OK, "--chunksize", "2"],
}


def _refused_cases(*, every_mode: bool = True) -> list:
    cases = []
    modes = DIRECTORY_MODES if every_mode else {"rank": DIRECTORY_MODES["rank"]}
    for name, patterns in DIRECTORY_BAD.items():
        for mode, argv in modes.items():
            cases.append(pytest.param(argv(BAD / name), patterns, id=f"{name}-{mode}"))
    for name, patterns in DIRECTORY_BAD_WHOLE.items():
        for mode, argv in modes.items():
            if mode != CHUNKED:
                cases.append(pytest.param(argv(BAD / name), patterns, id=f"{name}-{mode}"))
    for name, patterns in NEEDS_BAD.items():
        cases.append(pytest.param(_argv_needs(BAD / name), patterns, id=name))
    for name, patterns in ORGS_BAD.items():
        argv = ["rank-batch", DIRECTORY_OK, "--orgs", BAD / name]
        cases.append(pytest.param(argv, patterns, id=name))
    for (directory, needs), patterns in RANKING_BAD.items():
        argv = ["rank", BAD / directory, "--needs", BAD / needs]
        cases.append(pytest.param(argv, patterns, id=f"{directory}+{needs}"))
    for case, partners, extra, code, patterns in OPTION_CASES:
        if code == 2:
            cases.append(pytest.param([*_argv_rank(partners), *extra], patterns, id=case))
    return cases


def _accepted_cases() -> list:
    cases = []
    for name, notes in DIRECTORY_GOOD.items():
        for mode, argv in DIRECTORY_MODES.items():
            if mode == CHUNKED:
                notes = [n for n in notes if not SCHEMA_NOTES.search(n)]
            cases.append(pytest.param(argv(BAD / name), notes, id=f"{name}-{mode}"))
    for name in NEEDS_GOOD:
        cases.append(pytest.param(_argv_needs(BAD / name), [], id=name))
    for name, notes in ORGS_GOOD.items():
        argv = ["rank-batch", DIRECTORY_OK, "--orgs", BAD / name]
        cases.append(pytest.param(argv, notes, id=name))
    for case, partners, extra, code, patterns in OPTION_CASES:
        if code == 0:
            for mode in ("rank", "rank-batch"):
                argv = [*DIRECTORY_MODES[mode](partners), *extra]
                cases.append(pytest.param(argv, patterns, id=f"{case}-{mode}"))
    return cases


def run(capsys, argv: list, *, lang: str | None = "en") -> tuple[int, str, str]:
    code = cli.main([*map(str, argv), *(["--lang", lang] if lang else [])])
    out, err = capsys.readouterr()
    return code, out, err


def test_corpus_is_complete():
    """Every file of the folder has a case here (a new file needs one), and 40 or more of the
    cases are beyond the first corpus."""
    files = {p.name for p in BAD.iterdir() if p.name != "README.md" and p.suffix != ".py"}
    covered = {*DIRECTORY_BAD, *DIRECTORY_BAD_WHOLE, *DIRECTORY_GOOD, *NEEDS_BAD, *NEEDS_GOOD}
    covered |= {*ORGS_BAD, *ORGS_GOOD} | {name for pair in RANKING_BAD for name in pair}
    assert files == covered, files ^ covered
    cases = len(files) + len(GENERATED) + len(OPTION_CASES)
    assert cases >= 35 + 40, cases


def test_readme_lists_every_case():
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    for name in [*GENERATED, *(case for case, *_ in OPTION_CASES)]:
        assert f"`{name}`" in readme, name


@pytest.mark.parametrize(("argv", "patterns"), _refused_cases())
def test_bad_input_exits_2_with_a_message(tmp_path, capsys, argv, patterns):
    _check_refused(tmp_path, capsys, argv, patterns, existing=False)


# Writing happens once, at the very end, whatever the command: one mode is enough here.
@pytest.mark.parametrize(("argv", "patterns"), _refused_cases(every_mode=False))
def test_bad_input_leaves_an_existing_output_untouched(tmp_path, capsys, argv, patterns):
    _check_refused(tmp_path, capsys, argv, patterns, existing=True)


@pytest.mark.parametrize("name", list(GENERATED))
def test_generated_cases(tmp_path, capsys, name):
    write, argv, code, patterns = GENERATED[name]
    path = tmp_path / "input" / name
    path.parent.mkdir()
    write(path)
    if code == 2:
        _check_refused(tmp_path, capsys, argv(path), patterns, existing=True)
    else:
        _check_accepted(tmp_path, capsys, argv(path), patterns)


def _check_refused(tmp_path: Path, capsys, argv: list, patterns: list, *, existing: bool):
    output = tmp_path / "ranking.csv"
    if existing:
        output.write_text(SENTINEL)
    code, out, err = run(capsys, [*argv, "--output", output])
    assert code == 2, err
    assert err.startswith("mitramatch: error: "), err
    for pattern in patterns:
        assert re.search(pattern, err, re.DOTALL | re.MULTILINE), f"{pattern!r} not in:\n{err}"
    assert "Traceback" not in err
    assert out == ""
    if existing:
        assert output.read_text() == SENTINEL
    else:
        assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "input") == (
        ["ranking.csv"] if existing else []
    )


@pytest.mark.parametrize(("argv", "notes"), _accepted_cases())
def test_positive_controls_exit_0_with_their_notes(tmp_path, capsys, argv, notes):
    _check_accepted(tmp_path, capsys, argv, notes)


def _check_accepted(tmp_path: Path, capsys, argv: list, notes: list) -> None:
    output = tmp_path / "ranking.csv"
    output.write_text(SENTINEL)
    code, _, err = run(capsys, [*argv, "--output", output])
    assert code == 0, err
    assert "Traceback" not in err
    assert "error" not in err
    for pattern in notes:
        assert re.search(r"mitramatch: note: .*" + pattern, err), f"{pattern!r} not in:\n{err}"
    text = output.read_text(encoding="utf-8")
    assert text != SENTINEL
    assert text.count("\n") >= 2


@pytest.mark.parametrize("mode", list(DIRECTORY_MODES))
def test_one_megabyte_single_field_is_read(tmp_path, capsys, mode):
    path = tmp_path / "big_single_field.csv"
    vision = "mewujudkan warga terampil " * 40_000  # about 1 MB in one cell
    path.write_text(
        "partner_id,name,sector,offers_tenaga,vision\n"
        f'P1,LKP Citra Busana,masyarakat,instruktur menjahit,"{vision}"\n'
        "P2,BLK Palembang,pemerintah,instruktur las,tenaga kerja kompeten\n",
        encoding="utf-8",
    )
    assert path.stat().st_size > 1_000_000
    output = tmp_path / "ranking.csv"
    code, _, err = run(capsys, [*DIRECTORY_MODES[mode](path), "--output", output])
    assert code == 0, err
    assert output.exists()


def test_the_dinas_workbook_ranks_the_visible_list_only(tmp_path, capsys):
    output = tmp_path / "ranking.csv"
    code, _, err = run(capsys, [*_argv_rank(DINAS_XLSX), "--output", output])
    assert code == 0, err
    text = output.read_text(encoding="utf-8")
    assert "LKP LAMA YANG SUDAH TUTUP" not in text  # the hidden old copy
    for word in ("PETUNJUK", "JUMLAH", "Sumber"):
        assert word not in text
    lines = text.splitlines()
    assert len(lines) == 1 + 7  # eight partners, one inactive


# -- the same in Indonesian -----------------------------------------------------------------------
# Messages made outside the reading code (the command line's own, the weights' validation) are
# English in both languages for now.
_UNTRANSLATED = {"bad_weights.toml", "zero_rows_after_filter.csv+zero_rows_after_filter.toml"}


def _content(message: str) -> collections.Counter:
    """What a message says whatever its language: its quoted names and its numbers."""
    return collections.Counter(re.findall(r"'[^']*'|\d+", message))


@pytest.mark.parametrize(("argv", "patterns"), _refused_cases(every_mode=False))
def test_indonesian_message_says_the_same(capsys, argv, patterns, request):
    _, _, english = run(capsys, argv, lang="en")
    code, _, indonesian = run(capsys, argv, lang=None)  # Indonesian is the default
    assert code == 2
    assert indonesian.startswith("mitramatch: error: ")
    assert _content(indonesian) == _content(english), f"{english}\n{indonesian}"
    if request.node.callspec.id not in _UNTRANSLATED:
        assert indonesian != english


def test_indonesian_messages_read_naturally(capsys):
    _, _, err = run(capsys, _argv_rank(BAD / "unknown_sector.csv"), lang=None)
    assert (
        "kolom sector: nilai tidak dikenal di baris 5: 'swsta' (mungkin maksud Anda "
        "'swasta'?); yang diharapkan salah satu dari pemerintah, swasta, masyarakat"
    ) in err
    _, _, err = run(capsys, _argv_rank(BAD / "empty_required_cells.csv"), lang="id")
    assert re.search(r"3 masalah ditemukan\n  sel wajib kosong \(3\):", err), err
    assert "kolom name: kosong di baris 3" in err
    _, _, err = run(capsys, [*_argv_rank(DINAS_XLSX), "--output", "/dev/null"], lang=None)
    assert "baris judul kolom tampaknya baris 4" in err
    assert "membaca lembar 'Data Mitra 2024'; lembar lain tidak dibaca: 'Petunjuk', " in err
    assert "'Data 2022' (tersembunyi)" in err
    assert "tidak ada kolom sector: ditebak dari nama dan jenis" in err
