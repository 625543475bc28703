from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mitramatch.engine import parsing
from mitramatch.engine.parsing import (
    canonical_header,
    parse_amount,
    parse_amounts,
    parse_bools,
    parse_decimals,
)

# ---------------------------------------------------------------------------------------------
# parse_amount
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 50.000.000", 50_000_000),
        ("Rp50.000.000,00", 50_000_000),
        ("Rp 50.000.000,-", 50_000_000),
        ("Rp. 5.000.000", 5_000_000),
        ("IDR 10.000.000", 10_000_000),
        ("rp 1.000", 1_000),
        ("50 juta", 50_000_000),
        ("50jt", 50_000_000),
        ("50 JT.", 50_000_000),
        ("2,5jt", 2_500_000),
        ("2.5 jt", 2_500_000),
        ("750rb", 750_000),
        ("750 ribu", 750_000),
        ("750 rb", 750_000),
        ("750k", 750_000),
        ("1,5 M", 1_500_000_000),  # miliar, not million
        ("1,5 miliar", 1_500_000_000),
        ("1,5 milyar", 1_500_000_000),
        ("3 T", 3_000_000_000_000),
        ("3 triliun", 3_000_000_000_000),
        ("Rp 2,3 jt", 2_300_000),
        ("(Rp 2.000.000)", -2_000_000),
        ("-5", -5),
        ("-Rp 5.000", -5_000),
        ("Rp -5.000", -5_000),
        ("\u22125", -5),  # a typographic minus
        ("1.250,5", 1250.5),
        ("12.500", 12_500),  # ambiguous: read as thousands
        ("25.000", 25_000),
        ("1.250.000", 1_250_000),
        ("1.5", 1.5),
        ("0.500", 0.5),  # a group never starts with 0
        ("1234.5", 1234.5),
        ("2,5", 2.5),
        ("1,250.50", 1250.5),
        ("1,250,000", 1_250_000),
        ("20 orang", 20),
        ("3 unit", 3),
        ("15 peserta", 15),
        ("50 juta rupiah", 50_000_000),
        ("50rb/bulan", 50_000),
        ("5 meter", 5),  # "m" only multiplies as a word of its own
        ("5e+07", 50_000_000),
        ("  Rp\xa050.000  ", 50_000),
        ("RP 50.000.000", 50_000_000),
    ],
)
def test_parse_amount_reads_indonesian_forms(text, expected):
    assert parse_amount(text) == pytest.approx(expected, rel=1e-15)


@pytest.mark.parametrize("value", [None, np.nan, pd.NA, pd.NaT, "", "   ", "-", "\u2014", "NaN"])
def test_parse_amount_missing_is_nan(value):
    assert math.isnan(parse_amount(value))


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, 3.0), (2.5, 2.5), (np.int64(7), 7.0), (np.float32(0.5), 0.5), (True, 1.0)],
)
def test_parse_amount_numbers_pass_through(value, expected):
    assert parse_amount(value) == expected


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("lima puluh", r"expected a number or Rupiah amount .*; got 'lima puluh'"),
        ("lima puluh juta", r"got 'lima puluh juta'"),
        ("1.2.3", r"got '1.2.3' \(dots must separate groups of three digits"),
        ("1.25.000", r"dots must separate groups of three digits"),
        ("1,2,3", r"commas must separate groups of three digits"),
        ("1,25.5", r"do not group thousands"),
        ("Rp", r"got 'Rp'"),
        ("50%", r"got '50%'"),
        ("--5", r"two signs"),
        ("(-5)", r"sign inside parentheses"),
        ("1e400", r"too large"),
        ("5 m2", r"got '5 m2'"),
        ("abc 5", r"got 'abc 5'"),
    ],
)
def test_parse_amount_rejects_with_a_helpful_message(text, match):
    with pytest.raises(ValueError, match=match):
        parse_amount(text)


def test_parse_amount_message_names_the_examples():
    with pytest.raises(ValueError, match=r"'Rp 50\.000\.000', '50 juta' or '1,5 M'"):
        parse_amount("lima puluh")


@given(st.integers(min_value=0, max_value=10**15))
def test_indonesian_rupiah_formatting_round_trips(n):
    dotted = f"{n:,}".replace(",", ".")
    assert parse_amount(f"Rp {dotted}") == float(n)
    assert parse_amount(f"Rp{dotted},-") == float(n)
    assert parse_amount(f"Rp {dotted},00") == float(n)
    assert parse_amount(dotted) == float(n)


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["jt", " juta", " rb", " M"]))
def test_multipliers_scale_exactly(n, word):
    scale = {"jt": 10**6, " juta": 10**6, " rb": 10**3, " M": 10**9}[word]
    assert parse_amount(f"{n}{word}") == float(n * scale)


@given(st.one_of(st.text(), st.text(alphabet="0123456789.,-+() RrpPjtJTMmbkeE ")))
def test_parse_amount_raises_only_value_error(text):
    try:
        result = parse_amount(text)
    except ValueError:
        return
    assert isinstance(result, float)


# ---------------------------------------------------------------------------------------------
# parse_amounts
# ---------------------------------------------------------------------------------------------

_CELLS = st.one_of(
    st.none(),
    st.sampled_from(["Rp 50.000.000", "2,5jt", "", "-", "lima", "1.5", "12.500", "3 T", "x"]),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=True, allow_infinity=False),
    st.text(alphabet="0123456789.,- Rpjtrb", max_size=12),
)


def _reference(cells):
    values, bad = [], []
    for cell in cells:
        try:
            values.append(parse_amount(cell))
            bad.append(False)
        except ValueError:
            values.append(np.nan)
            bad.append(True)
    return np.array(values, dtype=float), np.array(bad, dtype=bool)


@given(st.lists(_CELLS, max_size=40))
def test_parse_amounts_equals_elementwise_parse_amount(cells):
    values, bad = parse_amounts(pd.Series(cells, dtype=object))
    expected_values, expected_bad = _reference(cells)
    np.testing.assert_array_equal(values, expected_values)
    np.testing.assert_array_equal(bad, expected_bad)
    assert values.dtype == np.float64
    assert bad.dtype == bool


def test_parse_amounts_calls_the_parser_once_per_distinct_value(monkeypatch):
    calls = []

    def counting(value):
        calls.append(value)
        return 1.0

    monkeypatch.setattr(parsing, "parse_amount", counting)
    cells = pd.Series(["50 juta", "Rp 1.000", "50 juta", None] * 10_000, dtype=object)
    values, bad = parsing.parse_amounts(cells)
    assert sorted(calls) == ["50 juta", "Rp 1.000"]
    assert np.isnan(values[3::4]).all()
    assert not bad.any()


@pytest.mark.parametrize("dtype", ["int64", "float64", "Int64", "Float64"])
def test_parse_amounts_numeric_dtypes_pass_through(dtype):
    series = pd.Series([1, 2, None] if dtype[0] in "IF" else [1, 2, 3], dtype=dtype)
    values, bad = parse_amounts(series)
    assert values[:2].tolist() == [1.0, 2.0]
    assert not bad.any()


def test_parse_amounts_accepts_string_dtype_and_keeps_the_index_order():
    series = pd.Series(["1 jt", None, "x"], index=[10, 5, 7], dtype="string")
    values, bad = parse_amounts(series)
    assert values[0] == 1_000_000
    assert np.isnan(values[1:]).all()
    assert bad.tolist() == [False, False, True]


def test_parse_amounts_accepts_a_plain_list():
    values, bad = parse_amounts(["Rp 1.000", None])
    assert values[0] == 1000
    assert bad.tolist() == [False, False]


def test_parse_amounts_empty_series():
    values, bad = parse_amounts(pd.Series([], dtype=object))
    assert values.shape == bad.shape == (0,)


# ---------------------------------------------------------------------------------------------
# parse_bools
# ---------------------------------------------------------------------------------------------

TRUE = ["ya", "Ya", "YA", "y", "iya", "yes", "aktif", "Aktif", "true", "TRUE", "benar", "1", "1.0"]
FALSE = ["tidak", "tdk", "t", "T", "n", "no", "nonaktif", "non-aktif", "Non Aktif", "tidak aktif"]
FALSE += ["false", "False", "salah", "0", "0.0"]


@pytest.mark.parametrize("text", TRUE)
def test_parse_bools_true(text):
    flags, bad = parse_bools(pd.Series([text]))
    assert flags.tolist() == [1.0]
    assert not bad.any()


@pytest.mark.parametrize("text", FALSE)
def test_parse_bools_false(text):
    flags, bad = parse_bools(pd.Series([text]))
    assert flags.tolist() == [0.0]
    assert not bad.any()


def test_parse_bools_real_bools_numbers_and_missing():
    flags, bad = parse_bools(pd.Series([True, False, 1, 0, 1.0, None, np.nan, "", "-"]))
    np.testing.assert_array_equal(flags, [1, 0, 1, 0, 1, np.nan, np.nan, np.nan, np.nan])
    assert not bad.any()


@pytest.mark.parametrize("value", ["mungkin", "2", 2, "yaa", "aktif sekali", -1])
def test_parse_bools_flags_unreadable_cells(value):
    flags, bad = parse_bools(pd.Series(["ya", value], dtype=object))
    assert flags[0] == 1.0
    assert np.isnan(flags[1])
    assert bad.tolist() == [False, True]


@pytest.mark.parametrize(
    ("series", "expected", "expected_bad"),
    [
        (pd.Series([True, False]), [1.0, 0.0], [False, False]),
        (pd.Series([1, 0, 3]), [1.0, 0.0, np.nan], [False, False, True]),
        (pd.Series([1.0, np.nan]), [1.0, np.nan], [False, False]),
        (pd.Series([True, None], dtype="boolean"), [1.0, np.nan], [False, False]),
    ],
)
def test_parse_bools_numeric_dtypes(series, expected, expected_bad):
    flags, bad = parse_bools(series)
    np.testing.assert_array_equal(flags, expected)
    assert bad.tolist() == expected_bad


# ---------------------------------------------------------------------------------------------
# parse_decimals
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("104.105", 104.105), ("-3,6366", -3.6366), ("-2.9761", -2.9761), ("7", 7.0), (".5", 0.5)],
)
def test_parse_decimals_reads_plain_numbers(text, expected):
    values, bad = parse_decimals(pd.Series([text]))
    assert values.tolist() == [expected]
    assert not bad.any()


@pytest.mark.parametrize("text", ["1.234,5", "3 km", "Rp 5", "utara", "1.2.3"])
def test_parse_decimals_flags_anything_else(text):
    values, bad = parse_decimals(pd.Series([text]))
    assert np.isnan(values[0])
    assert bad.tolist() == [True]


# ---------------------------------------------------------------------------------------------
# canonical_header
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nama Lembaga ", "nama_lembaga"),
        ("Kapasitas (Dana)", "kapasitas_dana"),
        ("\ufeffID", "id"),
        ("  Kabupaten/Kota", "kabupaten_kota"),
        ("tawaran-pendayagunaan  hasil", "tawaran_pendayagunaan_hasil"),
        ("__row__", "row"),
        ("Kode\xa0Wilayah", "kode_wilayah"),
        ("partner_id", "partner_id"),
        (2024, "2024"),
    ],
)
def test_canonical_header(name, expected):
    assert canonical_header(name) == expected


@given(st.text())
def test_canonical_header_is_idempotent_and_tidy(name):
    key = canonical_header(name)
    assert canonical_header(key) == key
    assert not key.startswith("_")
    assert not key.endswith("_")
    assert "__" not in key
