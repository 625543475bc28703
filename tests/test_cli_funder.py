"""``mitramatch rank-orgs`` and ``fund``: exit codes, output files, nothing written on error."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from mitramatch import cli

DATA = Path(__file__).resolve().parents[1] / "data"
PARTNERS = DATA / "partners_oku.csv"
FUNDER = DATA / "funders" / "tjsl_ogan_lestari.toml"
FUNDED = DATA / "organisations_tjsl_oku.csv"
PROFILE = ["--partner-profile", FUNDER, "--orgs", FUNDED]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_rank_orgs_csv_to_stdout(capsys):
    code, out, err = run(capsys, "rank-orgs", *PROFILE)
    assert code == 0, err
    frame = pd.read_csv(io.StringIO(out), dtype={"org_id": str})
    assert list(frame.columns[:3]) == ["org_id", "rank", "name"]
    assert len(frame) == 12
    assert "note: TJ-11: di luar wilayah dukungan" in err
    assert "12 organisasi diperingkat untuk TJSL PT Ogan Lestari Mineral" in err


def test_rank_orgs_for_a_directory_partner_to_a_file(tmp_path, capsys):
    target = tmp_path / "untuk_baznas.xlsx"
    code, out, err = run(
        capsys,
        "rank-orgs",
        PARTNERS,
        "--partner",
        "OKU-028",
        "--orgs",
        FUNDED,
        "--top",
        3,
        "-o",
        target,
        "--lang",
        "en",
    )
    assert code == 0, err
    assert out == ""
    frame = pd.read_excel(target, sheet_name="Results")  # after the summary sheet
    assert frame["rank"].tolist() == [1, 2, 3]
    assert frame["explanation"].str.contains(" needs | none of its needs").all()


def test_rank_orgs_readable_table(capsys):
    code, out, _ = run(capsys, "rank-orgs", *PROFILE, "--format", "table", "--top", 2)
    assert code == 0
    assert out.splitlines()[1].startswith("  1. Yayasan Difabel Mandiri Ulu Ogan [TJ-02]")


def test_rank_orgs_filters_from_the_partner_s_side(capsys):
    code, out, _ = run(
        capsys, "rank-orgs", *PROFILE, "--kinds", "pkbm,skb", "--max-distance-km", "30"
    )
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert set(frame["kind"]) <= {"pkbm", "skb"}
    assert frame["distance_km"].max() <= 30


def test_fund_writes_the_split_and_compares(tmp_path, capsys):
    target = tmp_path / "pembagian.csv"
    picture = tmp_path / "pembagian.png"
    code, _, err = run(
        capsys, "fund", *PROFILE, "--budget", "Rp 1 M", "--compare", "-o", target, "--plot", picture
    )
    assert code == 0, err
    frame = pd.read_csv(target, dtype={"org_id": str})
    assert frame["granted"].sum() == 1e9
    assert {"allocate_granted", "allocate_share", "explanation", "status"} <= set(frame.columns)
    assert "aturan ini: Rp 1 miliar dibagikan" in err
    assert "allocate (stabil, hanya kecocokan)" in err
    if picture.exists():  # matplotlib installed
        assert picture.read_bytes()[:4] == b"\x89PNG"


def test_fund_readable_in_english(capsys):
    code, out, err = run(capsys, "fund", *PROFILE, "--format", "table", "--lang", "en")
    assert code == 0, err
    assert "Yayasan Difabel Mandiri Ulu Ogan [TJ-02]: Rp 336 million" in out
    assert "this rule: Rp 1 billion given" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["fund", *PROFILE, "--budget", "sejuta"],
            "budget: harus jumlah tidak negatif seperti \"Rp 1 M\"; tertulis 'sejuta'",
        ),
        (["fund", *PROFILE, "--aspect", "tenaga"], "tidak menawarkan tenaga"),
        (["fund", *PROFILE, "--aspect", "tenga"], "aspek tidak dikenal 'tenga'"),
        (["fund", *PROFILE, "--min-fit", "2"], "--min-fit harus antara 0 dan 1"),
        (["fund", *PROFILE, "--plot", "x.jpg"], "--plot x.jpg: nama berkas harus berakhiran"),
        (["rank-orgs", "--partner", "OKU-028", "--orgs", FUNDED], "sertakan juga PARTNERS"),
        (
            ["rank-orgs", PARTNERS, "--partner", "OKU-999", "--orgs", FUNDED],
            "mitra 'OKU-999' tidak ada di direktori",
        ),
        (
            ["rank-orgs", *PROFILE, "--regions", "Atlantis"],
            "supports.regions: harus kode Kemendagri",
        ),
        (["rank-orgs", *PROFILE, "--kinds", "blk"], "tidak ada organisasi di"),
        (["rank-orgs", *PROFILE, "--max-distance-km", "0"], "--max-distance-km harus lebih dari 0"),
        (
            ["rank-orgs", "--partner-profile", DATA / "tidak_ada.toml", "--orgs", FUNDED],
            "partner profile tidak ditemukan",
        ),
    ],
)
def test_errors_exit_2_and_write_nothing(tmp_path, capsys, argv, message):
    target = tmp_path / "hasil.csv"
    code, _, err = run(capsys, *argv, "-o", target)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert not target.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["rank-orgs", "--orgs", "o.csv"],  # no partner
        ["rank-orgs", "p.csv", "--partner", "A", "--partner-profile", "c.toml", "--orgs", "o.csv"],
        ["fund", "--partner-profile", "c.toml"],  # no --orgs
    ],
)
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2


@pytest.mark.parametrize("command", [["rank-orgs"], ["fund"]])
def test_help_documents_exit_codes(capsys, command):
    with pytest.raises(SystemExit) as caught:
        cli.main([*command, "--help"])
    assert caught.value.code == 0
    assert "exit codes:" in capsys.readouterr().out
