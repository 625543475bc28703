"""The command line: ``mitramatch rank PARTNERS --needs NEEDS [--top K] [--output FILE]``."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from mitramatch.cli import EXIT_OK, EXIT_USAGE, main


def _csv(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"partner_id": str})


def test_csv_to_stdout(files, capsys):
    partners, needs = files
    assert main(["rank", str(partners), "--needs", str(needs)]) == EXIT_OK
    out, err = capsys.readouterr()
    frame = _csv(out)
    assert list(frame.columns[:6]) == ["rank", "partner_id", "name", "sector", "kind", "score"]
    assert "fit_tenaga" in frame.columns
    assert frame["rank"].tolist() == list(range(1, 8))
    assert "OLD-01" not in frame["partner_id"].tolist()
    assert frame["explanation"].str.contains("kecocokan|kebutuhan|tidak menyediakan").all()
    assert "error" not in err


def test_stdout_equals_the_library(files, capsys, index, needs_dict):
    from mitramatch import rank

    partners, needs = files
    main(["rank", str(partners), "--needs", str(needs)])
    frame = _csv(capsys.readouterr().out)
    expected = rank(index, needs_dict).to_frame()
    assert frame["partner_id"].tolist() == expected["partner_id"].tolist()
    # CSV shows scores to 3 decimals (the DataFrame keeps full precision)
    assert frame["score"].tolist() == expected["score"].round(3).tolist()


def test_toml_profile(tmp_path, files, capsys):
    partners, _ = files
    needs = tmp_path / "pkbm.toml"
    needs.write_text(
        '[needs.tenaga]\npriority = 5\ndescription = "instruktur menjahit"\n', encoding="utf-8"
    )
    assert main(["rank", str(partners), "--needs", str(needs), "--quiet"]) == EXIT_OK
    frame = _csv(capsys.readouterr().out)
    assert frame.columns.tolist()[11] == "fit_tenaga"


def test_output_file(files, tmp_path, capsys):
    partners, needs = files
    target = tmp_path / "hasil" / "peringkat.csv"
    target.parent.mkdir()
    code = main(["rank", str(partners), "--needs", str(needs), "--output", str(target)])
    assert code == EXIT_OK
    out, err = capsys.readouterr()
    assert out == ""
    assert f"wrote 7 rows to {target}" in err
    frame = pd.read_csv(target)
    assert len(frame) == 7
    assert frame.at[0, "rank"] == 1


def test_top(files, capsys):
    partners, needs = files
    assert main(["rank", str(partners), "--needs", str(needs), "--top", "2"]) == EXIT_OK
    assert len(_csv(capsys.readouterr().out)) == 2


def test_english(files, capsys):
    partners, needs = files
    assert main(["rank", str(partners), "--needs", str(needs), "--lang", "en"]) == EXIT_OK
    frame = _csv(capsys.readouterr().out)
    assert frame["explanation"].str.contains(r"\bfit \d\.\d\d|No need|does not provide").all()
    assert not frame["explanation"].str.contains("kecocokan").any()


def test_readable_table(files, capsys):
    partners, needs = files
    assert main(["rank", str(partners), "--needs", str(needs), "--format", "table"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("  1. ")


def _fails(argv, capsys, *patterns):
    assert main(argv) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("mitramatch: error: ")
    assert "Traceback" not in err
    for pattern in patterns:
        assert pattern in err, err
    return err


def test_missing_directory(files, tmp_path, capsys):
    _, needs = files
    missing = tmp_path / "tidak_ada.csv"
    target = tmp_path / "out.csv"
    argv = ["rank", str(missing), "--needs", str(needs), "-o", str(target), "--lang", "en"]
    _fails(argv, capsys, str(missing), "not found")
    assert not target.exists()


def test_missing_profile(files, tmp_path, capsys):
    partners, _ = files
    missing = tmp_path / "tidak_ada.toml"
    argv = ["rank", str(partners), "--needs", str(missing), "--lang", "en"]
    _fails(argv, capsys, "needs profile not found")


def test_bad_profile(files, tmp_path, capsys):
    partners, _ = files
    bad = tmp_path / "rusak.toml"
    bad.write_text("[needs.tenga]\npriority = 9\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    _fails(
        ["rank", str(partners), "--needs", str(bad), "--output", str(target), "--lang", "en"],
        capsys,
        f"{bad}: needs.tenga: unknown aspect 'tenga' (did you mean 'tenaga'?)",
    )
    assert not target.exists()


def test_bad_directory(files, tmp_path, capsys):
    _, needs = files
    bad = tmp_path / "mitra.csv"
    bad.write_text("id,nama,sektor\nA,LKP A,swata\n", encoding="utf-8")
    _fails(
        ["rank", str(bad), "--needs", str(needs), "--lang", "en"],
        capsys,
        "column sector: unknown value at row 2: 'swata' (did you mean 'swasta'?)",
    )


def test_filters_that_remove_everything(files, tmp_path, capsys):
    partners, _ = files
    strict = tmp_path / "ketat.toml"
    strict.write_text(
        '[needs.tenaga]\npriority = 5\n[filters]\nkinds = ["perguruan_tinggi"]\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.csv"
    _fails(
        ["rank", str(partners), "--needs", str(strict), "--output", str(target)],
        capsys,
        f"no partner in {partners} passes the filters of {strict} (8 of 8 removed)",
        "loosen [filters]",
    )
    assert not target.exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--top", "0"], "argument --top: expected a positive whole number; got '0'"),
        (["--top", "dua"], "argument --top: expected a positive whole number; got 'dua'"),
        (["--lang", "jv"], "argument --lang: invalid choice: 'jv'"),
    ],
)
def test_usage_errors_exit_2(files, capsys, extra, message):
    partners, needs = files
    with pytest.raises(SystemExit) as info:
        main(["rank", str(partners), "--needs", str(needs), *extra])
    assert info.value.code == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_needs_is_required(files, capsys):
    partners, _ = files
    with pytest.raises(SystemExit) as info:
        main(["rank", str(partners)])
    assert info.value.code == EXIT_USAGE
    assert "the following arguments are required: --needs" in capsys.readouterr().err
