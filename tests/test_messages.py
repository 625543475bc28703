"""Messages in English and Indonesian: the helpers, and the command line's language."""

from __future__ import annotations

import pandas as pd
import pytest

from mitramatch import SchemaError, load_directory
from mitramatch.cli import main
from mitramatch.exceptions import Problem, Text, did_you_mean, rows_text, use_language


def test_rows_text_in_both_languages():
    assert (rows_text([5]).en, rows_text([5]).id) == ("row 5", "baris 5")
    many = rows_text(range(1, 14), "row", limit=2)
    assert (many.en, many.id) == ("rows 1, 2 and 11 more", "baris 1, 2 dan 11 lainnya")
    assert rows_text([0, 3], "index").id == "indeks 0, 3"
    assert str(rows_text([2, 3])) == "rows 2, 3"  # English unless asked


def test_did_you_mean_in_both_languages():
    hint = did_you_mean("swsta", ["pemerintah", "swasta", "masyarakat"])
    assert (hint.en, hint.id) == (" (did you mean 'swasta'?)", " (mungkin maksud Anda 'swasta'?)")
    assert not did_you_mean("zzz", ["dana"])
    assert str(did_you_mean("Nama Lembga", ["nama_lembaga", "sektor"])) == (
        " (did you mean 'nama_lembaga'?)"
    )


def test_text_format_and_join_render_each_language():
    message = Text.format("{what} at {rows}", "{what} di {rows}", what="empty", rows=rows_text([3]))
    assert (message.en, message.id) == ("empty at row 3", "empty di baris 3")
    joined = Text.join("; ", [Text("a", "b"), "c"])
    assert (joined.en, joined.id) == ("a; c", "b; c")
    problem = Problem.format("g", "{n} rows", "{n} baris", n=2, column="x", rows=(1,))
    assert (problem.message.id, problem.column, problem.rows) == ("2 baris", "x", (1,))


def test_errors_render_in_the_language_of_the_moment():
    with pytest.raises(SchemaError) as caught:
        load_directory(pd.DataFrame({"partner_id": ["P1"], "name": ["a"], "sector": ["swsta"]}))
    english = str(caught.value)
    with use_language("id"):
        indonesian = str(caught.value)
    assert english == (
        "column sector: unknown value at index 0: 'swsta' (did you mean 'swasta'?); expected "
        "one of pemerintah, swasta, masyarakat"
    )
    assert indonesian == (
        "kolom sector: nilai tidak dikenal di indeks 0: 'swsta' (mungkin maksud Anda 'swasta'?); "
        "yang diharapkan salah satu dari pemerintah, swasta, masyarakat"
    )


def test_the_command_line_speaks_indonesian_unless_asked(tmp_path, capsys):
    partners = tmp_path / "mitra.csv"
    partners.write_text("partner_id,name,sector\nP1,LKP A,swsta\n", encoding="utf-8")
    needs = tmp_path / "needs.toml"
    needs.write_text("[needs.tenaga]\npriority = 5\n", encoding="utf-8")
    assert main(["rank", str(partners), "--needs", str(needs)]) == 2
    assert "kolom sector: nilai tidak dikenal di baris 2: 'swsta'" in capsys.readouterr().err
    assert main(["rank", str(partners), "--needs", str(needs), "--lang", "en"]) == 2
    assert "column sector: unknown value at row 2: 'swsta'" in capsys.readouterr().err


def test_commands_without_lang_speak_indonesian(tmp_path, capsys):
    judgements = tmp_path / "judgements.csv"
    judgements.write_text("profile,directory\nx.toml,y.csv\n", encoding="utf-8")
    assert main(["evaluate", str(judgements)]) == 2
    err = capsys.readouterr().err
    assert "kolom partner_id, grade tidak ada" in err
