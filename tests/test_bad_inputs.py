"""Every file of the bad-input corpus (tests/bad_inputs/README.md) at the command line.

A broken file must give exit code 2, a message naming what to fix, no traceback, and no
output file (an existing one is left untouched); the positive controls must give exit code 0.
Directory files go through ``rank``, ``rank-batch`` and chunked ``rank-batch``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mitramatch import cli

BAD = Path(__file__).parent / "bad_inputs"
NEEDS_OK = BAD / "needs_ok.toml"
ORGS_OK = BAD / "orgs_ok.csv"
DIRECTORY_OK = BAD / "bom_semicolon_ok.csv"
SENTINEL = "an earlier result that must survive a failed run\n"

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
}
DIRECTORY_GOOD = [
    "dinas_mitra_pkw.csv",
    "dinas_mitra_pkw.xlsx",
    "no_sector_column_ok.csv",
    "all_nan_columns.csv",
    "bom_semicolon_ok.csv",
    "cp1252_ok.csv",
    "mixed_encodings.csv",
    "wrong_delimiter_pipe.csv",
]
NEEDS_BAD = {
    "negative_quantity.toml": [r"needs\.tenaga\.quantity: expected a non-negative amount"],
    "unknown_aspect.toml": [r"unknown aspect 'tenga' \(did you mean 'tenaga'\?\)"],
    "toml_syntax_error.toml": [r"invalid TOML", r"line 11"],
    "priority_out_of_range.toml": [r"needs\.tenaga\.priority: expected an integer from 1"],
    "bad_weights.toml": [r"weights\.vision: expected a non-negative number; got -0\.1"],
    "unknown_filter.toml": [r"unknown filter 'max_distance' \(did you mean 'max_distance_km'"],
    "unparseable_quantity.toml": [r"needs\.dana\.quantity: .*got 'lima puluh juta'"],
}
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
}
RANKING_BAD = {
    ("zero_rows_after_filter.csv", "zero_rows_after_filter.toml"): [
        r"no partner in .*zero_rows_after_filter\.csv passes the filters",
        r"4 of 4 removed",
    ],
}
DIRECTORY_MODES = {
    "rank": lambda f: ["rank", f, "--needs", NEEDS_OK],
    "rank-batch": lambda f: ["rank-batch", f, "--orgs", ORGS_OK],
    "rank-batch-chunked": lambda f: ["rank-batch", f, "--orgs", ORGS_OK, "--chunksize", "2"],
}


def _cases(*, every_mode: bool = True) -> list:
    cases = []
    modes = DIRECTORY_MODES if every_mode else {"rank": DIRECTORY_MODES["rank"]}
    for name, patterns in DIRECTORY_BAD.items():
        for mode, argv in modes.items():
            cases.append(pytest.param(argv(BAD / name), patterns, id=f"{name}-{mode}"))
    for name, patterns in NEEDS_BAD.items():
        argv = ["rank", DIRECTORY_OK, "--needs", BAD / name]
        cases.append(pytest.param(argv, patterns, id=name))
    for name, patterns in ORGS_BAD.items():
        argv = ["rank-batch", DIRECTORY_OK, "--orgs", BAD / name]
        cases.append(pytest.param(argv, patterns, id=name))
    for (directory, needs), patterns in RANKING_BAD.items():
        argv = ["rank", BAD / directory, "--needs", BAD / needs]
        cases.append(pytest.param(argv, patterns, id=f"{directory}+{needs}"))
    return cases


def _good_cases() -> list:
    cases = []
    for name in DIRECTORY_GOOD:
        for mode, argv in DIRECTORY_MODES.items():
            cases.append(pytest.param(argv(BAD / name), id=f"{name}-{mode}"))
    cases.append(pytest.param(["rank", DIRECTORY_OK, "--needs", NEEDS_OK], id="needs_ok.toml"))
    cases.append(pytest.param(["rank-batch", DIRECTORY_OK, "--orgs", ORGS_OK], id="orgs_ok.csv"))
    return cases


def run(capsys, argv: list) -> tuple[int, str, str]:
    code = cli.main([*map(str, argv), "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_corpus_is_complete():
    """At least 30 files, and every one of them has a case here (a new file needs one)."""
    files = {p.name for p in BAD.iterdir() if p.name != "README.md" and p.suffix != ".py"}
    assert len(files) >= 30, sorted(files)
    covered = {*DIRECTORY_BAD, *DIRECTORY_GOOD, *NEEDS_BAD, *ORGS_BAD, "needs_ok.toml"}
    covered |= {name for pair in RANKING_BAD for name in pair} | {ORGS_OK.name}
    assert files == covered, files ^ covered


@pytest.mark.parametrize(("argv", "patterns"), _cases())
def test_bad_input_exits_2_with_a_message(tmp_path, capsys, argv, patterns):
    _check_refused(tmp_path, capsys, argv, patterns, existing=False)


# Writing happens once, at the very end, whatever the command: one mode is enough here.
@pytest.mark.parametrize(("argv", "patterns"), _cases(every_mode=False))
def test_bad_input_leaves_an_existing_output_untouched(tmp_path, capsys, argv, patterns):
    _check_refused(tmp_path, capsys, argv, patterns, existing=True)


def _check_refused(tmp_path: Path, capsys, argv: list, patterns: list, *, existing: bool):
    output = tmp_path / "ranking.csv"
    if existing:
        output.write_text(SENTINEL)
    code, out, err = run(capsys, [*argv, "--output", output])
    assert code == 2, err
    assert err.startswith("mitramatch: error: "), err
    for pattern in patterns:
        assert re.search(pattern, err, re.DOTALL), f"{pattern!r} not in:\n{err}"
    assert "Traceback" not in err
    assert out == ""
    if existing:
        assert output.read_text() == SENTINEL
    else:
        assert not output.exists()
    assert [p.name for p in tmp_path.iterdir()] == (["ranking.csv"] if existing else [])


@pytest.mark.parametrize("argv", _good_cases())
def test_positive_controls_exit_0(tmp_path, capsys, argv):
    output = tmp_path / "ranking.csv"
    output.write_text(SENTINEL)
    code, _, err = run(capsys, [*argv, "--output", output])
    assert code == 0, err
    assert "Traceback" not in err
    assert "error" not in err
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
