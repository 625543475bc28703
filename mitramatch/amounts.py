"""Amounts as people read them: Rupiah in juta and miliar, persons, units, participants.

Each aspect has its unit in the data contract (dana in Rupiah, tenaga in persons, sarana in
places or units, program in participants, pendayagunaan hasil in persons); checklists, funder
rankings and budgets write their amounts with :func:`amount_text`.
"""

from __future__ import annotations

import math

__all__ = ["ASPECT_UNITS", "UNIT_WORDS_EN", "amount_text", "rupiah"]

#: The unit of each aspect's quantities and capacities (data contract), per language.
ASPECT_UNITS: dict[str, dict[str, str]] = {
    "id": {
        "dana": "rupiah",
        "tenaga": "orang",
        "sarana": "unit",
        "program": "peserta",
        "pendayagunaan_hasil": "orang",
    },
    "en": {
        "dana": "rupiah",
        "tenaga": "persons",
        "sarana": "units",
        "program": "participants",
        "pendayagunaan_hasil": "persons",
    },
}


#: English for the unit words of programme templates (:data:`mitramatch.programmes.UNITS`).
UNIT_WORDS_EN: dict[str, str] = {
    "orang": "persons",
    "unit": "units",
    "ruang": "rooms",
    "tempat": "sites",
    "set": "sets",
    "paket": "packs",
    "peserta": "participants",
}


def _number(value: float, lang: str, digits: int) -> str:
    """Grouped digits, at most ``digits`` decimals, trailing zeros dropped: 1.250,5 / 1,250.5."""
    text = f"{value:,.{digits}f}"
    if digits:
        text = text.rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,")) if lang == "id" else text


def rupiah(value: float, lang: str = "id") -> str:
    """A Rupiah amount the way Indonesians say it: juta (10^6) and miliar (10^9).

    >>> rupiah(50_000_000), rupiah(1_250_000_000), rupiah(750_000), rupiah(2_500_000, "en")
    ('Rp 50 juta', 'Rp 1,25 miliar', 'Rp 750.000', 'Rp 2.5 million')
    """
    if value is None or math.isnan(value):
        return "-"
    en = lang == "en"
    sign = "-" if value < 0 else ""
    size = abs(value)
    if size >= 1e9:
        return f"{sign}Rp {_number(size / 1e9, lang, 2)} {'billion' if en else 'miliar'}"
    if size >= 1e6:
        return f"{sign}Rp {_number(size / 1e6, lang, 2)} {'million' if en else 'juta'}"
    return f"{sign}Rp {_number(size, lang, 0)}"


def amount_text(value: float, aspect: str, lang: str = "id", unit: str | None = None) -> str:
    """An amount in an aspect's unit (or ``unit``), e.g. ``Rp 25 juta``, ``3 orang``.

    >>> amount_text(25e6, "dana"), amount_text(3, "tenaga", "en"), amount_text(2, "sarana", unit="ruang")
    ('Rp 25 juta', '3 persons', '2 ruang')
    """  # noqa: E501
    if aspect == "dana" and unit in (None, "rupiah"):
        return rupiah(value, lang)
    if value is None or math.isnan(value):
        return "-"
    if unit is None:
        word = ASPECT_UNITS["en" if lang == "en" else "id"][aspect]
    else:
        word = UNIT_WORDS_EN.get(unit, unit) if lang == "en" else unit
    return f"{_number(value, lang, 2)} {word}"
