"""Checking hand-written TOML documents (programme templates, checklists, partner profiles):
every problem collected, in one message shape and both languages, and raised at once.

>>> found = Findings(Text("checklist", "daftar periksa"))
>>> found.keys({"hav": 3}, ("needed", "have"), "components.mesin_jahit")
False
>>> found.amount("banyak", "components.mesin_jahit.needed", "a number of units", "angka")
>>> [p.message.en for p in found.problems]  # doctest: +NORMALIZE_WHITESPACE
["components.mesin_jahit: unknown field 'hav' (did you mean 'have'?); expected needed, have",
 "components.mesin_jahit.needed: expected a number of units; got 'banyak'"]
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .engine import parse_amount
from .exceptions import Problem, SchemaError, Text, did_you_mean
from .io import read_document

__all__ = ["Findings", "read_table_document", "unknown_key"]

_WHAT_ID = {"field": "kolom", "component": "komponen", "programme": "program", "stage": "tahap",
            "sector": "sektor"}  # fmt: skip


def unknown_key(where: str, key: str, choices: Sequence[str], what: str = "field") -> Text:
    """``<where>: unknown <what> 'x' (did you mean 'y'?); expected a, b``, in both languages.

    >>> unknown_key("components.mesin_jahit", "hav", ["needed", "have"]).id
    "components.mesin_jahit: kolom 'hav' tidak dikenal (mungkin maksud Anda 'have'?); yang diharapkan needed, have"
    """  # noqa: E501
    listed = ", ".join(choices)
    return Text(
        f"{where}: unknown {what} {key!r}{did_you_mean(key, choices)}; expected {listed}",
        f"{where}: {_WHAT_ID.get(what, what)} {key!r} tidak dikenal"
        f"{did_you_mean(key, choices, 'id')}; yang diharapkan {listed}",
    )


def read_table_document(
    source: str | Path | Mapping[str, Any], what: Text
) -> tuple[Mapping[str, Any], str | None]:
    """A document's top-level table and where it came from: a TOML/JSON file (named in
    messages) or a mapping given as is; anything else is an error."""
    where = None
    if isinstance(source, (str, Path)):
        where = str(source)
        source = read_document(source, what=what.en)
    if not isinstance(source, Mapping):
        raise SchemaError(
            Text(f"a {what.en} must be a table", f"{what.id} harus berupa tabel"), source=where
        )
    return source, where


class Findings:
    """The problems found in one document so far (``problems``), to raise at once."""

    def __init__(self, group: Text) -> None:
        self.group = group
        self.problems: list[Problem] = []

    def add(self, en: str | Text, id: str | None = None) -> None:
        """Record one problem (a :class:`Text`, or its English and Indonesian)."""
        self.problems.append(Problem(self.group, en if isinstance(en, Text) else Text(en, id)))

    def expected(self, where: str, en: str, id: str, value: Any) -> None:
        """``<where>: expected <en>; got <value>``."""
        self.add(
            f"{where}: expected {en}; got {value!r}", f"{where}: harus {id}; tertulis {value!r}"
        )

    def sections(self, data: Mapping[str, Any], allowed: Sequence[str]) -> None:
        listed = ", ".join(f"[{c}]" for c in allowed)
        for section in data:
            if section not in allowed:
                self.add(
                    f"unknown section [{section}]{did_you_mean(section, allowed)}; expected "
                    f"{listed}",
                    f"bagian [{section}] tidak dikenal{did_you_mean(section, allowed, 'id')}; "
                    f"yang diharapkan {listed}",
                )

    def keys(self, table: Mapping[str, Any], allowed: Sequence[str], where: str) -> bool:
        """Whether every key of ``table`` is allowed (the others are recorded)."""
        unknown = [k for k in table if k not in allowed]
        for key in unknown:
            self.add(unknown_key(where, key, allowed))
        return not unknown

    def table(self, value: Any, where: str) -> Mapping[str, Any]:
        """``value`` when it is a table, else a problem and an empty table."""
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            self.add(f"{where} must be a table", f"{where} harus berupa tabel")
            return {}
        return value

    def amount(self, value: Any, where: str, en: str, id: str) -> float | None:
        """A non-negative number or Rupiah amount ("Rp 5 juta"), or None (recorded)."""
        try:
            number = math.nan if isinstance(value, bool) else parse_amount(value)
        except ValueError:
            number = math.nan
        if math.isfinite(number) and number >= 0:
            return number
        self.expected(where, en, id, value)
        return None

    def whole(self, value: Any, where: str) -> int | None:
        """A whole number of participants, at least 1, or None (recorded)."""
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.expected(
                where,
                "a whole number of participants, at least 1",
                "bilangan bulat jumlah peserta, paling sedikit 1",
                value,
            )
            return None
        return value

    def raise_if_any(self, source: str | None) -> None:
        if self.problems:
            raise SchemaError(self.problems, source=source)
