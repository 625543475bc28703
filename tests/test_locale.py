"""Locale equivalence: the same directory saved the ways Indonesian spreadsheets save it ranks
exactly as the clean CSV does (same partners, same order, same scores, same explanations)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from mitramatch import rank

DATA = Path(__file__).resolve().parents[1] / "data"
PARTNERS = DATA / "partners_oku.csv"
NEEDS = DATA / "needs" / "pkbm_menjahit_oku.toml"

pytestmark = pytest.mark.skipif(
    not (PARTNERS.exists() and NEEDS.exists()), reason="sample data not generated yet"
)
# Plain machine decimals that read the same with a decimal comma; three digits after the dot
# are excluded because "12.500" reads as twelve thousand five hundred.
_PLAIN_DECIMAL = re.compile(r"-?\d+\.(?:\d{1,2}|\d{4,})")
_NUMERIC = ("lat", "lon", "years_active", "partnerships_completed")


@pytest.fixture(scope="module")
def directory() -> pd.DataFrame:
    frame = pd.read_csv(PARTNERS, dtype=str, keep_default_na=False)
    # Accented names, so that the cp1252 variant really differs from UTF-8 byte for byte.
    frame.loc[0, "name"] = "LKP Café Nestlé Schön"
    frame.loc[1, "vision"] = frame.loc[1, "vision"] + " – kreatif"
    return frame


def _semicolon(frame: pd.DataFrame, path: Path) -> None:
    """Excel with an Indonesian locale: ';' between fields, decimal commas, CSV UTF-8 (BOM)."""
    out = frame.copy()
    for column in out.columns:
        if column in _NUMERIC or column.startswith("capacity_"):
            plain = out[column].str.fullmatch(_PLAIN_DECIMAL.pattern)
            out.loc[plain, column] = out.loc[plain, column].str.replace(".", ",", regex=False)
    path.write_bytes(out.to_csv(index=False, sep=";", lineterminator="\r\n").encode("utf-8-sig"))


def _cp1252(frame: pd.DataFrame, path: Path) -> None:
    """Excel's "CSV (Comma delimited)": the ANSI code page."""
    path.write_bytes(frame.to_csv(index=False).encode("cp1252"))


def _xlsx(frame: pd.DataFrame, path: Path) -> None:
    """A workbook where numbers are numbers and empty cells are empty."""
    pytest.importorskip("openpyxl")
    out = frame.astype(object).where(frame != "", None)
    for column in out.columns:
        if column in _NUMERIC or column.startswith("capacity_"):
            numbers = pd.to_numeric(out[column], errors="coerce")
            out[column] = numbers.astype(object).where(numbers.notna(), out[column])
    out.to_excel(path, index=False)


@pytest.mark.parametrize(
    ("writer", "suffix"),
    [(_semicolon, ".csv"), (_cp1252, ".csv"), (_xlsx, ".xlsx")],
    ids=["semicolon-decimal-comma", "cp1252", "xlsx"],
)
def test_locale_variants_rank_identically(tmp_path, directory, writer, suffix):
    clean = tmp_path / "clean.csv"
    clean.write_text(directory.to_csv(index=False), encoding="utf-8")
    variant = tmp_path / f"variant{suffix}"
    writer(directory, variant)
    assert variant.read_bytes() != clean.read_bytes()

    expected = rank(clean, NEEDS).to_frame()
    got = rank(variant, NEEDS).to_frame()
    assert got["partner_id"].tolist() == expected["partner_id"].tolist()
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert "LKP Café Nestlé Schön" in set(got["name"])


def test_semicolon_variant_really_uses_decimal_commas(tmp_path, directory):
    path = tmp_path / "variant.csv"
    _semicolon(directory, path)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("partner_id;name;sector")
    assert re.search(r";-\d+,\d+;\d+,\d+;", text)  # lat;lon with decimal commas
