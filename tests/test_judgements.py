"""The judgement set of mitramatch.evaluate, read as every table is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mitramatch.evaluate import evaluate, read_eval_set
from mitramatch.exceptions import SchemaError

DATA = Path(__file__).resolve().parents[1] / "data"


def test_judgements_read_through_the_registry(tmp_path):
    original = DATA / "eval" / "judgements.csv"
    table = read_eval_set(original).judgements
    assert table["grade"].dtype.kind == "i"
    assert table["partner_id"].str.startswith(("OKU-", "PLG-")).all()
    # The same set as Excel in an Indonesian locale saves it, below a title: the same table
    # (rows are the spreadsheet's, two further down).
    variant = tmp_path / "judgements.csv"
    frame = pd.read_csv(original, dtype=str, keep_default_na=False)
    variant.write_text("Penilaian mitra;;;;\n\n" + frame.to_csv(index=False, sep=";"), "utf-8")
    again = read_eval_set(variant, base=original.parent).judgements
    pd.testing.assert_frame_equal(again.drop(columns="row"), table.drop(columns="row"))
    assert (again["row"] == table["row"] + 2).all()


def test_a_grade_out_of_range_names_its_row(tmp_path):
    path = tmp_path / "judgements.csv"
    path.write_text(
        "profile,directory,partner_id,grade\na.toml,b.csv,P1,2\na.toml,b.csv,P2,lima\n",
        encoding="utf-8",
    )
    with pytest.raises(SchemaError, match=r"column grade: expected a whole number from 0 to 3 "
                       r"at row 3"):  # fmt: skip
        evaluate(path)


def test_an_unknown_judgement_format_gives_the_registry_message(tmp_path):
    path = tmp_path / "judgements.ods"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(Exception, match=r"cannot read the judgement set from a '\.ods' file"):
        evaluate(path)
