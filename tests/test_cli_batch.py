"""The ``rank-batch`` command, ``--quiet``/``--debug``, and help text of every command."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mitramatch import cli

DATA = Path(__file__).resolve().parents[1] / "data"
BAD = Path(__file__).parent / "bad_inputs"
PARTNERS = DATA / "partners_oku.csv"
ORGS = DATA / "organisations_oku.csv"

pytestmark = pytest.mark.skipif(
    not (PARTNERS.exists() and ORGS.exists()), reason="sample data not generated yet"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_rank_batch_to_stdout(capsys):
    code, out, err = run(capsys, "rank-batch", PARTNERS, "--orgs", ORGS, "--top", 2)
    assert code == 0, err
    frame = pd.read_csv(io.StringIO(out), dtype={"org_id": str})
    assert frame.columns[0] == "org_id"
    assert len(frame) == 20
    assert frame.groupby("org_id")["rank"].max().eq(2).all()
    assert "Traceback" not in err


def test_rank_batch_chunked_equals_in_memory(tmp_path, capsys):
    whole, chunked = tmp_path / "whole.csv", tmp_path / "chunked.csv"
    base = ["rank-batch", PARTNERS, "--orgs", BAD / "orgs_ok.csv", "--top", 3]
    assert run(capsys, *base, "--output", whole)[0] == 0
    code, out, err = run(capsys, *base, "--output", chunked, "--chunksize", 40)
    assert code == 0, err
    assert out == ""
    assert f"wrote 6 rows to {chunked}" in err
    pd.testing.assert_frame_equal(pd.read_csv(chunked), pd.read_csv(whole), rtol=1e-12)


@pytest.mark.parametrize("extra", [[], ["--chunksize", 40]])
def test_rank_batch_workers_give_the_same_file(tmp_path, capsys, monkeypatch, extra):
    from mitramatch import batch

    monkeypatch.setattr(batch, "_BLOCK", 3)  # several blocks of organisations to share out
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    base = ["rank-batch", PARTNERS, "--orgs", ORGS, "--top", 3, *extra]
    assert run(capsys, *base, "--output", one)[0] == 0
    code, _, err = run(capsys, *base, "--output", two, "--workers", 2)
    assert code == 0, err
    assert two.read_bytes() == one.read_bytes()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "0"], "expected a positive whole number or -1 (every core); got '0'"),
        (["--workers", "dua"], "expected a positive whole number or -1 (every core); got 'dua'"),
        (["--workers", "2", "--backend", "dask"], "--workers is for --backend memory"),
    ],
)
def test_rank_batch_refuses_bad_workers(capsys, argv, message):
    try:
        code, out, err = run(capsys, "rank-batch", PARTNERS, "--orgs", ORGS, *argv)
    except SystemExit as stopped:  # refused by the argument parser
        code, (out, err) = stopped.code, capsys.readouterr()
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("suffix", [".xlsx", ".parquet", ".tsv"])
def test_rank_batch_output_formats(tmp_path, capsys, suffix):
    pytest.importorskip({".xlsx": "openpyxl", ".parquet": "pyarrow"}.get(suffix, "pandas"))
    path = tmp_path / f"ranking{suffix}"
    code, _, err = run(
        capsys, "rank-batch", PARTNERS, "--orgs", BAD / "orgs_ok.csv", "--top", 2, "-o", path
    )
    assert code == 0, err
    if suffix == ".xlsx":  # a summary sheet first; Indonesian labels (--lang id, the default)
        assert pd.ExcelFile(path).sheet_names == ["Ringkasan", "Hasil"]
        frame = pd.read_excel(path, sheet_name="Hasil")
        assert frame.columns[:3].tolist() == ["ID organisasi", "Nama organisasi", "Peringkat"]
        frame = frame.rename(columns={"ID organisasi": "org_id"})
    elif suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, sep="\t")
    assert frame.columns[0] == "org_id"
    assert frame["org_id"].tolist() == ["ORG-01", "ORG-01", "ORG-02", "ORG-02"]


def test_rank_batch_big_file_is_chunked_automatically(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli.ranking, "CHUNK_ABOVE", 1)
    out = tmp_path / "out.csv"
    code, _, err = run(capsys, "rank-batch", PARTNERS, "--orgs", BAD / "orgs_ok.csv", "-o", out)
    assert code == 0, err
    assert f"reading it {cli.ranking.CHUNKSIZE} rows at a time" in err


def test_quiet_silences_notes_and_progress(tmp_path, capsys):
    out = tmp_path / "out.csv"
    partners = BAD / "bom_semicolon_ok.csv"  # read with a note about ';'
    args = ["rank-batch", partners, "--orgs", BAD / "orgs_ok.csv", "-o", out]
    code, _, err = run(capsys, *args, "--lang", "en")
    assert code == 0
    assert f"mitramatch: note: {partners}: fields are separated by ';'" in err
    code, _, err = run(capsys, *args, "--quiet")
    assert (code, err) == (0, "")
    code, _, err = run(capsys, "rank", partners, "--needs", BAD / "needs_ok.toml", "-o", out, "-q")
    assert (code, err) == (0, "")


def test_rank_batch_table_format_groups_by_organisation(capsys):
    code, out, _ = run(
        capsys, "rank-batch", PARTNERS, "--orgs", BAD / "orgs_ok.csv", "--top", 1,
        "--format", "table",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == "== ORG-01 =="
    assert "== ORG-02 ==" in out


def test_rank_batch_no_partner_for_any_organisation_exits_2(tmp_path, capsys):
    partners = pd.read_csv(PARTNERS, dtype=str)
    partners["active"] = "tidak"
    path = tmp_path / "inactive.csv"
    partners.to_csv(path, index=False)
    out = tmp_path / "out.csv"
    code, _, err = run(capsys, "rank-batch", path, "--orgs", BAD / "orgs_ok.csv", "-o", out)
    assert code == 2
    assert "passes the filters of any organisation" in err
    assert not out.exists()


def test_debug_shows_the_traceback(capsys):
    args = ["rank-batch", PARTNERS, "--orgs", BAD / "orgs_bad_cells.csv"]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert "Traceback" not in err
    code, _, err = run(capsys, *args, "--debug", "--lang", "en")
    assert code == 2
    assert "Traceback" in err
    assert "5 problems found" in err


def test_internal_error_exits_1(capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("mitramatch.batch.rank_many", broken)
    code, _, err = run(capsys, "rank-batch", PARTNERS, "--orgs", BAD / "orgs_ok.csv")
    assert code == 1
    assert "internal error: RuntimeError: boom" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rank-batch", "x.csv"], "the following arguments are required: --orgs"),
        (["rank-batch", "x.csv", "--orgs", "o.csv", "--chunksize", "0"], "positive whole"),
        (["rank-batch", "x.csv", "--orgs", "o.csv", "--top", "abc"], "positive whole"),
        (["rank-batch", "x.csv", "--orgs", "o.csv", "--lang", "fr"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(capsys, argv, message):
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["rank"], ["rank-batch"], ["evaluate"]])
def test_every_help_documents_exit_codes(capsys, command):
    with pytest.raises(SystemExit) as caught:
        cli.main([*command, "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out
    for line in ("0  success", "2  input or usage error", "1  internal error"):
        assert line in out


def test_console_script_exit_code(tmp_path):
    out = tmp_path / "out.csv"
    done = subprocess.run(
        [sys.executable, "-m", "mitramatch.cli", "rank-batch", str(PARTNERS),
         "--orgs", str(BAD / "orgs_no_needs.csv"), "-o", str(out), "--lang", "en"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "row 3 (ORG-02): no need given" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
