"""``mitramatch needs list|init|build``: exit codes, files written, nothing written on error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mitramatch import NeedsProfile, cli

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).resolve().parents[1] / "data"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_names_every_template(capsys):
    code, out, _ = run(capsys, "needs", "list")
    assert code == 0
    assert "kursus_menjahit" in out
    assert "Kursus menjahit (tata busana)" in out
    assert "Sewing course" in run(capsys, "needs", "list", "--lang", "en")[1]


def test_init_then_build(tmp_path, capsys):
    checklist = tmp_path / "daftar.toml"
    code, out, err = run(
        capsys,
        "needs",
        "init",
        "--programme",
        "kursus_menjahit",
        "--participants",
        20,
        "--output",
        checklist,
    )
    assert code == 0, err
    assert out == ""
    assert f"daftar periksa ditulis ke {checklist}" in err
    text = checklist.read_text(encoding="utf-8")
    assert text.startswith("# ===")
    checklist.write_text(
        text.replace("needed = 20\nhave = 0", "needed = 20\nhave = 8"), encoding="utf-8"
    )
    needs = tmp_path / "kebutuhan.toml"
    code, out, err = run(capsys, "needs", "build", checklist, "-o", needs)
    assert code == 0, err
    assert "note: sarana P5 (18 unit): Prioritas 5" in err
    profile = NeedsProfile.from_file(needs)
    assert profile.need("sarana").quantity == 1 + 12 + 4 + 1  # room, machines, overlock, TUK
    # ... and the profile ranks partners.
    code, out, err = run(capsys, "rank", DATA / "partners_oku.csv", "--needs", needs, "--top", 3)
    assert code == 0, err


def test_build_to_stdout(tmp_path, capsys):
    checklist = tmp_path / "daftar.toml"
    run(capsys, "needs", "init", "--programme", "kbu", "--participants", 10, "-o", checklist)
    code, out, _ = run(capsys, "needs", "build", checklist, "--quiet")
    assert code == 0
    assert tomllib.loads(out)["needs"]["dana"]["quantity"] == 20_000_000


def test_init_with_organisation_and_own_templates(tmp_path, capsys):
    org = tmp_path / "lembaga.toml"
    org.write_text('[organisation]\nname = "PKBM Bina Insani"\n', encoding="utf-8")
    folder = tmp_path / "templat"
    folder.mkdir()
    (folder / "kursus_sablon.toml").write_text(
        '[programme]\nname = "Kursus sablon"\nclass_size = 10\n\n[components.meja_sablon]\n'
        'label = "Meja sablon"\naspect = "sarana"\nstage = "persiapan"\ncritical = true\n'
        'quantity = 1\nper = "kelas"\n',
        encoding="utf-8",
    )
    code, out, err = run(
        capsys,
        "needs",
        "init",
        "--programme",
        "kursus_sablon",
        "--participants",
        10,
        "--organisation",
        org,
        "--programmes",
        folder,
    )
    assert code == 0, err
    assert 'name = "PKBM Bina Insani"' in out
    assert "[components.meja_sablon]" in out


def test_init_does_not_overwrite_a_checklist(tmp_path, capsys):
    checklist = tmp_path / "daftar.toml"
    checklist.write_text("# sudah diisi\n", encoding="utf-8")
    argv = ["needs", "init", "--programme", "kbu", "--participants", 10, "-o", checklist]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "sudah ada; isi daftar periksa bisa hilang" in err
    assert checklist.read_text(encoding="utf-8") == "# sudah diisi\n"
    assert run(capsys, *argv, "--force")[0] == 0
    assert "[components.modal_usaha]" in checklist.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["needs", "init", "--programme", "kursus_jahit", "--participants", "20"],
            "program 'kursus_jahit' tidak dikenal (mungkin maksud Anda 'kursus_menjahit'?)",
        ),
        (
            [
                "needs",
                "init",
                "--programme",
                "kursus_jahit",
                "--participants",
                "20",
                "--lang",
                "en",
            ],
            "unknown programme 'kursus_jahit' (did you mean 'kursus_menjahit'?)",
        ),
        (["needs", "build", "tidak_ada.toml"], "tidak_ada.toml: checklist tidak ditemukan"),
    ],
)
def test_errors_exit_2_in_the_language_asked(tmp_path, capsys, argv, message):
    target = tmp_path / "out.toml"
    code, _, err = run(capsys, *argv, "-o", target)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert not target.exists()


def test_bad_checklist_writes_nothing(tmp_path, capsys):
    checklist = tmp_path / "daftar.toml"
    run(capsys, "needs", "init", "--programme", "kursus_las", "--participants", 16, "-o", checklist)
    checklist.write_text(
        checklist.read_text(encoding="utf-8").replace("needed = 8\nhave = 0", 'needed = "delapan"'),
        encoding="utf-8",
    )
    target = tmp_path / "kebutuhan.toml"
    code, _, err = run(capsys, "needs", "build", checklist, "-o", target)
    assert code == 2
    assert "components.mesin_las.needed: harus angka jumlah unit; tertulis 'delapan'" in err
    assert not target.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["needs", "init", "--participants", "20"],
        ["needs", "init", "--programme", "kbu", "--participants", "0"],
        ["needs"],
    ],
)
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2


@pytest.mark.parametrize("command", [["needs"], ["needs", "init"], ["needs", "build"]])
def test_help_documents_exit_codes(capsys, command):
    with pytest.raises(SystemExit) as caught:
        cli.main([*command, "--help"])
    assert caught.value.code == 0
    assert "exit codes:" in capsys.readouterr().out
