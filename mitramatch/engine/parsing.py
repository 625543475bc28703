"""Cell-level parsing of what Indonesian spreadsheets contain.

Rupiah amounts (``Rp 50.000.000``, ``50 juta``, ``1,5 M``), yes/no flags (``ya``, ``tidak``,
``aktif``) and header names, each as a small scalar parser plus a column-wise version. The
column-wise versions factorize first and parse each *distinct* value once, so a column of a
million cells written in a few dozen ways costs a few dozen parser calls.

Every parser has one missing-value policy: ``None``, NaN, ``""`` and ``"-"`` are missing (NaN),
never an error; a cell that holds something unreadable is an error (scalar: ``ValueError``;
column-wise: flagged in the returned ``bad`` mask so the caller can name every bad row at once).
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import Text
from ..io.tabulate import tidy_text

__all__ = [
    "canonical_header",
    "parse_amount",
    "parse_amounts",
    "parse_bools",
    "parse_decimals",
]

_TOO_LARGE = Text("too large", "terlalu besar")

# Written by people to mean "nothing here"; "nan"/"null" appear when a tool exported NaN as text.
_MISSING = frozenset({"", "-", "--", "\u2013", "\u2014", "nan", "n/a", "na", "null"})

# Multiplier words. "m" is *miliar* (10^9) in Indonesian, never million; "k" is the informal
# thousand of price tags ("750k").
_MULTIPLIERS: dict[str, Decimal] = {
    "k": Decimal(10) ** 3,
    "rb": Decimal(10) ** 3,
    "ribu": Decimal(10) ** 3,
    "jt": Decimal(10) ** 6,
    "juta": Decimal(10) ** 6,
    "m": Decimal(10) ** 9,
    "miliar": Decimal(10) ** 9,
    "milyar": Decimal(10) ** 9,
    "milliar": Decimal(10) ** 9,
    "t": Decimal(10) ** 12,
    "triliun": Decimal(10) ** 12,
    "trilyun": Decimal(10) ** 12,
}
# Longest first so "miliar" is not read as "m" + unit "iliar".
_MULT_ALT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))

_AMOUNT = re.compile(
    rf"""
    ^(?P<sign1>[-+])?\s*
    (?:(?:rp\.?|idr)\s*)?                    # currency prefix
    (?P<sign2>[-+])?\s*
    (?P<num>\d+(?:[.,]\d+)*)                 # digits with group/decimal separators
    (?:e(?P<exp>[-+]?\d+))?                  # 5e+07, as tools print large floats
    (?:[.,]-+)?                              # "Rp 50.000,-": no cents
    \s*
    (?:(?P<mult>{_MULT_ALT})(?![a-z])\.?)?   # "jt", "jt.", "M"; not the "m" of "meter"
    \s*
    (?P<unit>[a-z/][a-z./ ]*)?               # "orang", "unit", "rupiah", "per tahun": ignored
    $
    """,
    re.VERBOSE,
)

# Thousands grouping: a first group of 1-3 digits not starting with 0, then groups of exactly 3.
_DOT_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_COMMA_GROUPS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")

_EXPECTED_AMOUNT = Text(
    "expected a number or Rupiah amount such as 'Rp 50.000.000', '50 juta' or '1,5 M'",
    "yang diharapkan angka atau jumlah Rupiah seperti 'Rp 50.000.000', '50 juta' atau '1,5 M'",
)

_TRUE = frozenset({"ya", "y", "iya", "yes", "aktif", "active", "true", "benar", "1", "1.0", "1,0"})
# "t" is *tidak*, as in the Y/T columns of Indonesian forms, not English T(rue).
_FALSE = frozenset(
    {"tidak", "tdk", "t", "n", "no", "nonaktif", "non aktif", "tidak aktif", "inactive"}
    | {"false", "salah", "0", "0.0", "0,0"}
)
_EXPECTED_BOOL = Text(
    "expected ya/tidak, aktif/nonaktif, true/false or 1/0",
    "yang diharapkan ya/tidak, aktif/nonaktif, true/false atau 1/0",
)


def _got(expected: Text, value: Any, why: Text | None = None) -> ValueError:
    """The error of a cell that is not what ``expected`` says, quoting it (and why not)."""
    message = Text.format("{e}; got {v!r}", "{e}; ditemukan {v!r}", e=expected, v=value)
    if why is not None:
        message += Text.format(" ({why})", " ({why})", why=why)
    return ValueError(message)


def _is_missing_scalar(value: Any) -> bool:
    # pd.isna on a list returns an array; only ask it about scalars.
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _number(num: str, value: Any) -> Decimal:
    """Read the digits-and-separators part of an amount under the Indonesian rules."""

    def fail(en: str, id: str) -> ValueError:
        return _got(_EXPECTED_AMOUNT, value, Text(en, id))

    has_dot, has_comma = "." in num, "," in num
    if has_dot and has_comma:
        if num.rfind(",") > num.rfind("."):  # 1.250,5: dots group, comma is the decimal point
            whole, frac = num.rsplit(",", 1)
            if "," in whole or not _DOT_GROUPS.fullmatch(whole):
                raise fail(
                    "dots must separate groups of three digits, as in '1.250.000,50'",
                    "titik harus memisahkan kelompok tiga angka, seperti '1.250.000,50'",
                )
            return Decimal(whole.replace(".", "") + "." + frac)
        # 1,250.50: English style, accepted only when the commas clearly group thousands.
        whole, frac = num.rsplit(".", 1)
        if "." in whole or not _COMMA_GROUPS.fullmatch(whole):
            raise fail(
                "mixed '.' and ',' that do not group thousands",
                "campuran '.' dan ',' yang tidak mengelompokkan ribuan",
            )
        return Decimal(whole.replace(",", "") + "." + frac)
    if has_comma:
        parts = num.split(",")
        if len(parts) == 2:  # 2,5: the Indonesian decimal comma
            return Decimal(parts[0] + "." + parts[1])
        if _COMMA_GROUPS.fullmatch(num):  # 1,250,000: several commas can only group
            return Decimal(num.replace(",", ""))
        raise fail(
            "commas must separate groups of three digits",
            "koma harus memisahkan kelompok tiga angka",
        )
    if has_dot:
        # 12.500 is ambiguous; Indonesian habit makes it twelve thousand five hundred.
        if _DOT_GROUPS.fullmatch(num):
            return Decimal(num.replace(".", ""))
        if num.count(".") == 1:  # 1.5, 0.500, 1234.5: a decimal point
            return Decimal(num)
        raise fail(
            "dots must separate groups of three digits, as in '1.250.000'",
            "titik harus memisahkan kelompok tiga angka, seperti '1.250.000'",
        )
    return Decimal(num)


def parse_amount(value: Any) -> float:
    """Read one amount as written in Indonesian spreadsheets.

    Understands Rupiah prefixes (``Rp``, ``Rp.``, ``IDR``), the Indonesian separators (``.``
    groups thousands, ``,`` is the decimal point; a lone ``12.500`` is twelve thousand five
    hundred, ``1.5`` is one and a half), the multipliers ``rb``/``ribu``/``k``, ``jt``/``juta``,
    ``M``/``miliar``/``milyar`` (10^9, *not* million) and ``T``/``triliun``, a negative sign or
    accounting parentheses, and a trailing unit word (``20 orang``), which is ignored.

    Parameters
    ----------
    value : str, number or None
        The cell. Numbers pass through; ``None``, NaN, ``""`` and ``"-"`` are missing.

    Returns
    -------
    float
        The amount, NaN when the cell is empty.

    Raises
    ------
    ValueError
        When the cell holds something else, saying what was found and what was expected.

    Examples
    --------
    >>> parse_amount("Rp 50.000.000,-")
    50000000.0
    >>> parse_amount("1,5 M")
    1500000000.0
    >>> parse_amount("(Rp 2.000.000)")
    -2000000.0
    >>> parse_amount("lima puluh")
    Traceback (most recent call last):
    ...
    ValueError: expected a number or Rupiah amount such as 'Rp 50.000.000', '50 juta' or '1,5 M'; got 'lima puluh'
    """  # noqa: E501
    if _is_missing_scalar(value):
        return float("nan")
    if isinstance(value, (numbers.Real, Decimal, np.bool_)):
        return float(value)
    if isinstance(value, str):
        text = value
    else:  # e.g. a date that landed in an amount column: report it as written
        try:
            text = str(value)
        except Exception as exc:  # a broken __str__ is still just bad input
            kind = type(value).__name__
            raise ValueError(
                Text.format("{e}; got a {k}", "{e}; ditemukan {k}", e=_EXPECTED_AMOUNT, k=kind)
            ) from exc
    s = re.sub(r"\s+", " ", text.replace("\u2212", "-").replace("\xa0", " ")).strip().lower()
    if s in _MISSING:
        return float("nan")

    negative = False
    if s.startswith("(") and s.endswith(")"):  # accounting notation for a negative amount
        negative, s = True, s[1:-1].strip()
    match = _AMOUNT.match(s)
    if match is None:
        raise _got(_EXPECTED_AMOUNT, value)
    sign1, sign2, num, exp, mult = match.group("sign1", "sign2", "num", "exp", "mult")
    if sign1 and sign2:
        raise _got(_EXPECTED_AMOUNT, value, Text("two signs", "dua tanda"))
    sign = sign1 or sign2
    if negative and sign:
        raise _got(
            _EXPECTED_AMOUNT, value, Text("a sign inside parentheses", "tanda di dalam kurung")
        )
    negative = negative or sign == "-"

    if exp is not None:
        if "," in num or num.count(".") > 1:
            raise _got(_EXPECTED_AMOUNT, value)
        amount = Decimal(f"{num}e{exp}")
    else:
        amount = _number(num, value)
    if mult:
        amount *= _MULTIPLIERS[mult]
    try:
        result = float(-amount if negative else amount)
    except (OverflowError, InvalidOperation) as exc:  # pragma: no cover - float() saturates
        raise _got(_EXPECTED_AMOUNT, value, _TOO_LARGE) from exc
    if not np.isfinite(result):
        raise _got(_EXPECTED_AMOUNT, value, _TOO_LARGE)
    return result


def _parse_bool(value: Any) -> float:
    if _is_missing_scalar(value):
        return float("nan")
    if isinstance(value, (bool, np.bool_)):
        return float(value)
    if isinstance(value, (numbers.Real, Decimal)):
        if value in (0, 1):
            return float(value)
        raise _got(_EXPECTED_BOOL, value)
    key = re.sub(r"[\s_\-]+", " ", str(value)).strip().lower()
    if key in _MISSING:
        return float("nan")
    if key in _TRUE:
        return 1.0
    if key in _FALSE:
        return 0.0
    raise _got(_EXPECTED_BOOL, value)


def _by_unique(
    values: Any,
    parse: Callable[[Any], float],
    fast: Callable[[pd.Series], tuple[np.ndarray, np.ndarray]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Apply a scalar parser once per distinct value; return (floats, bad mask).

    ``fast``, when given, reads the common plain forms of all distinct values at once
    (returning their floats and a mask of the values it decided); the scalar parser handles
    the rest, so the result is the scalar parser's whatever the fast path decides.
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    # One extra slot at the end: code -1 (missing) indexes it and reads NaN / not bad.
    parsed = np.full(len(uniques) + 1, np.nan, dtype=np.float64)
    bad = np.zeros(len(uniques) + 1, dtype=bool)
    todo = np.arange(len(uniques))
    if fast is not None and len(uniques) and pd.api.types.infer_dtype(uniques) == "string":
        numbers, decided = fast(pd.Series(np.asarray(uniques, dtype=object), dtype="string"))
        parsed[: len(uniques)][decided] = numbers[decided]
        todo = np.flatnonzero(~decided)
    for i in todo:
        try:
            parsed[i] = parse(uniques[i])
        except ValueError:
            bad[i] = True
    return parsed[codes], bad[codes]


def _fast_floats(
    text: pd.Series, pattern: str, drop: str, comma: str
) -> tuple[np.ndarray, np.ndarray]:
    """Floats of the strings that fully match ``pattern`` (after removing ``drop`` and reading
    ``comma`` for ","), with the mask of those strings; others are left to the scalar parser.

    The patterns are ASCII-only and stricter than the scalar parsers' rules, so whatever they
    accept the scalar parser reads to the same float (``float`` and ``Decimal`` both round
    correctly).
    """
    ok = text.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
    numbers = np.full(len(text), np.nan)
    if ok.any():
        plain = text[ok].str.replace(drop, "", regex=False) if drop else text[ok]
        plain = plain.str.replace(",", comma, regex=False)
        numbers[ok] = np.asarray(plain.to_numpy(dtype=object), dtype=object).astype(np.float64)
    return numbers, ok


# Plain forms read at once: whole numbers, and whole numbers with dots grouping thousands.
_FAST_AMOUNT = r"(?:[0-9]+|[1-9][0-9]{0,2}(?:\.[0-9]{3})+)"
# Plain decimals, as _DECIMAL below but ASCII digits, lower-case "e" and no spaces.
_FAST_DECIMAL = r"[-+]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:e[-+]?[0-9]+)?"


def _as_series(values: Any) -> pd.Series:
    return values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)


def parse_amounts(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Parse a column of amounts; see :func:`parse_amount` for the accepted forms.

    Returns
    -------
    amounts : ndarray of float64
        NaN where the cell is empty or unparseable.
    bad : ndarray of bool
        True where the cell held something that is not an amount.

    Examples
    --------
    >>> amounts, bad = parse_amounts(pd.Series(["50 juta", None, "Rp 750.000", "lima"]))
    >>> amounts.tolist()
    [50000000.0, nan, 750000.0, nan]
    >>> bad.tolist()
    [False, False, False, True]
    """
    series = _as_series(values)
    if pd.api.types.is_numeric_dtype(series.dtype):
        return series.to_numpy(dtype=np.float64, na_value=np.nan), np.zeros(len(series), bool)
    return _by_unique(series, parse_amount, lambda t: _fast_floats(t, _FAST_AMOUNT, ".", ""))


def parse_bools(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Parse a column of yes/no flags into 1.0 / 0.0, NaN when missing.

    Accepts, in any case: ``ya``/``y``/``iya``/``yes``, ``tidak``/``tdk``/``t``/``n``/``no``,
    ``aktif``/``nonaktif``/``non-aktif``/``tidak aktif``, ``true``/``false``,
    ``benar``/``salah``, ``1``/``0`` and real booleans. ``t`` means *tidak* (the Y/T of
    Indonesian forms), not English "true".

    Returns
    -------
    flags : ndarray of float64
        1.0, 0.0, or NaN where the cell is empty or unreadable.
    bad : ndarray of bool
        True where the cell held something that is not a yes/no value.

    Examples
    --------
    >>> flags, bad = parse_bools(pd.Series(["Ya", "tidak", None, "Non-Aktif", "mungkin"]))
    >>> flags.tolist()
    [1.0, 0.0, nan, 0.0, nan]
    >>> bad.tolist()
    [False, False, False, False, True]
    """
    series = _as_series(values)
    if pd.api.types.is_numeric_dtype(series.dtype):
        flags = series.to_numpy(dtype=np.float64, na_value=np.nan)
        bad = ~np.isnan(flags) & (flags != 0.0) & (flags != 1.0)
        return np.where(bad, np.nan, flags), bad
    return _by_unique(series, _parse_bool)


_DECIMAL = re.compile(r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?")
_EXPECTED_DECIMAL = Text(
    "expected a decimal number such as '-3.6366' or '104,0054'",
    "yang diharapkan bilangan desimal seperti '-3.6366' atau '104,0054'",
)


def _parse_decimal(value: Any) -> float:
    if _is_missing_scalar(value):
        return float("nan")
    if isinstance(value, (numbers.Real, Decimal)) and not isinstance(value, bool):
        return float(value)
    text = str(value).replace("\u2212", "-").replace(" ", "").strip().lower()
    if text in _MISSING:
        return float("nan")
    if not _DECIMAL.fullmatch(text):
        raise _got(_EXPECTED_DECIMAL, value)
    return float(text.replace(",", "."))


def parse_decimals(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Parse a column of plain decimal numbers where ``.`` or ``,`` is the decimal point.

    For quantities that are never written with thousands separators, such as coordinates:
    ``104.105`` is a longitude here, where :func:`parse_amounts` would read 104105.

    Returns
    -------
    numbers : ndarray of float64
        NaN where the cell is empty or unparseable.
    bad : ndarray of bool
        True where the cell held something that is not a decimal number.

    Examples
    --------
    >>> numbers, bad = parse_decimals(pd.Series(["104.105", "-3,6366", None, "3 km"]))
    >>> numbers.tolist()
    [104.105, -3.6366, nan, nan]
    >>> bad.tolist()
    [False, False, False, True]
    """
    series = _as_series(values)
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        return series.to_numpy(dtype=np.float64, na_value=np.nan), np.zeros(len(series), bool)
    return _by_unique(series, _parse_decimal, lambda t: _fast_floats(t, _FAST_DECIMAL, "", "."))


def canonical_header(name: Any) -> str:
    """Normalise a column header: lower case, words joined by ``_``, no BOM or padding.

    Examples
    --------
    >>> canonical_header("Nama Lembaga ")
    'nama_lembaga'
    >>> canonical_header("Kapasitas (Dana)")
    'kapasitas_dana'
    >>> canonical_header("\\ufeffID")
    'id'
    """
    text = tidy_text(name).lower()
    return re.sub(r"[\W_]+", "_", text).strip("_")
