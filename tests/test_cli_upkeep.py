"""The command line for keeping a directory alive: dedup, register report, fit-weights."""

from __future__ import annotations

import pandas as pd
import pytest

from mitramatch.cli import EXIT_OK, EXIT_USAGE, main

DATA = "data"


def test_dedup_writes_merged_and_review(tmp_path, capsys):
    merged, review = tmp_path / "merged.csv", tmp_path / "pairs.csv"
    code = main(["dedup", f"{DATA}/partners_oku.csv", f"{DATA}/partners_oku_dinsos.csv",
                 "--output", str(merged), "--review", str(review)])  # fmt: skip
    assert code == EXIT_OK
    err = capsys.readouterr().err
    assert "lembaga setelah digabung" in err
    table = pd.read_csv(merged, dtype=str)
    assert "sources" in table.columns
    assert len(table) < 92 + 36
    pairs = pd.read_csv(review, dtype=str)
    assert {"status", "explanation", "decision"} <= set(pairs.columns)


def test_dedup_in_english_and_provenance(tmp_path, capsys):
    prov = tmp_path / "prov.parquet"
    code = main(["dedup", f"{DATA}/partners_oku_dinsos.csv", "--provenance", str(prov),
                 "--lang", "en"])  # fmt: skip
    assert code == EXIT_OK
    assert "institutions after merging" in capsys.readouterr().err
    assert len(pd.read_parquet(prov)) > 36


def test_dedup_errors_write_nothing(tmp_path, capsys):
    out = tmp_path / "merged.csv"
    bad = tmp_path / "bad.csv"
    bad.write_text("kode,alamat\n1,Jl. X\n", encoding="utf-8")
    assert main(["dedup", str(bad), "--output", str(out)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "no name column" in err or "tidak ada kolom nama" in err
    assert "Traceback" not in err
    assert not out.exists()
    assert main(["dedup", str(tmp_path / "missing.csv"), "--output", str(out)]) == EXIT_USAGE
    assert not out.exists()
    assert main(["dedup", f"{DATA}/partners_oku.csv"]) == EXIT_USAGE
    assert "--output" in capsys.readouterr().err


def test_dedup_bad_threshold_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["dedup", f"{DATA}/partners_oku.csv", "--review", "x.csv", "--sure", "2"])
    assert info.value.code == EXIT_USAGE


def test_register_report_cli(tmp_path, capsys):
    out = tmp_path / "findings.xlsx"
    code = main(["register", "report", f"{DATA}/register_oku.csv", "--as-of", "01/12/2025",
                 "--months", "3", "--output", str(out)])  # fmt: skip
    assert code == EXIT_OK
    text = capsys.readouterr().out
    assert text.startswith("Register kemitraan per 01-12-2025")
    assert len(pd.read_excel(out)) > 0
    assert main(["register", "report", f"{DATA}/register_oku.csv", "--lang", "en",
                 "--as-of", "2025-12-01"]) == EXIT_OK  # fmt: skip
    assert "Partnership register" in capsys.readouterr().out


def test_register_report_errors(tmp_path, capsys):
    bad = tmp_path / "r.csv"
    bad.write_text("Organisasi,Mitra,Status\nA,B,mungkin\n", encoding="utf-8")
    out = tmp_path / "f.csv"
    assert main(["register", "report", str(bad), "--output", str(out)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "expected berjalan, selesai or batal" in err or "berjalan, selesai atau batal" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_fit_weights_cli(tmp_path, capsys):
    out = tmp_path / "weights.toml"
    code = main(["fit-weights", "--register", f"{DATA}/register_oku.csv", "--directory",
                 f"{DATA}/partners_oku.csv", "--orgs", f"{DATA}/organisations_oku.csv",
                 "--output", str(out)])  # fmt: skip
    assert code == EXIT_OK
    assert out.read_text().startswith("[weights]")
    assert "NDCG@10" in capsys.readouterr().out


def test_fit_weights_too_small_is_exit_2(tmp_path, capsys):
    small = tmp_path / "r.csv"
    pd.read_csv(f"{DATA}/register_oku.csv", dtype=str).head(5).to_csv(small, index=False)
    out = tmp_path / "w.toml"
    code = main(["fit-weights", "--register", str(small), "--directory",
                 f"{DATA}/partners_oku.csv", "--orgs", f"{DATA}/organisations_oku.csv",
                 "--output", str(out)])  # fmt: skip
    assert code == EXIT_USAGE
    assert not out.exists()
    assert "Traceback" not in capsys.readouterr().err
