"""Dates as Indonesian spreadsheets hold them.

``12/03/2024``, ``12-03-2024`` and ``12.03.2024`` are day first (12 March); ``2024-03-12`` is
ISO; ``12 Maret 2024``, ``12 Mar 2024`` and ``Maret 2024`` (the 1st) use Indonesian or English
month names; a number such as ``45363`` is an Excel serial date (days since 1899-12-30), and
a cell Excel already typed as a date arrives as a datetime. Two-digit years are 20xx.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

__all__ = ["MONTHS", "parse_date"]

#: Month names and abbreviations, Indonesian and English.
MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6,
    "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8,
    "ags": 8, "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{2,4})$")


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def parse_date(value: Any) -> pd.Timestamp | None:
    """A date from a cell, or None when the cell is empty; ValueError when it is not a date.

    >>> [str(parse_date(v).date()) for v in
    ...  ["12/03/2024", "12-03-2024", "12 Maret 2024", "2024-03-12", 45363, "1 Agt 24"]]
    ['2024-03-12', '2024-03-12', '2024-03-12', '2024-03-12', '2024-03-12', '2024-08-01']
    >>> parse_date("") is None
    True
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, (dt.date, pd.Timestamp)):
        return pd.Timestamp(value).normalize()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(float(value))
    text = str(value).strip().lower()
    if not text:
        return None
    text = re.sub(r"\s+", " ", text.replace(",", " ")).strip()
    if re.fullmatch(r"\d+(?:\.0+)?", text) and 20000 <= float(text) <= 80000:
        return _serial(float(text))
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2}[ t]\d", text) else text
    match = _NUMERIC.match(text)
    try:
        if match:
            a, b, c = match.groups()
            if len(a) == 4:  # ISO 2024-03-12 (or 2024/03/12)
                return pd.Timestamp(dt.date(int(a), int(b), int(c)))
            return pd.Timestamp(dt.date(_year(c), int(b), int(a)))  # day first
        match = _WORDS.match(text)
        if match and match.group(2) in MONTHS:
            day = int(match.group(1) or 1)
            return pd.Timestamp(dt.date(_year(match.group(3)), MONTHS[match.group(2)], day))
    except ValueError:
        pass
    raise ValueError(f"not a date: {value!r}")


def _serial(number: float) -> pd.Timestamp:
    if not 1 <= number <= 2_958_465:
        raise ValueError(f"not a date: {number!r}")
    return pd.Timestamp(_EXCEL_EPOCH + dt.timedelta(days=int(number)))
