"""The organisation's side: who it is, what its programme lacks, and how to weigh candidates.

A :class:`NeedsProfile` is read from TOML, JSON, a dict, or one row of a batch table, and is
validated once here; everything downstream may trust it.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from ..exceptions import Problem, SchemaError, Text, did_you_mean, message_language
from ..io import read_document
from . import aliases
from .aspects import ASPECT_LABELS, ASPECTS, SECTORS, normalise_aspect
from .criteria import Criterion, criterion_names
from .parsing import canonical_header, parse_amount, parse_bools, parse_decimals
from .words import fmt

__all__ = ["DEFAULT_WEIGHTS", "Filters", "Need", "NeedsProfile", "Organisation", "load_needs"]

#: Relative weight of each criterion when a profile gives none. Covering the needs dominates;
#: proximity comes next because a partner in the same kabupaten can visit, supervise and host;
#: shared vision, mutual need and track record are the paper's principles, weighed equally.
DEFAULT_WEIGHTS: dict[str, float] = {
    "need_fit": 0.55,
    "vision": 0.10,
    "proximity": 0.15,
    "reciprocity": 0.10,
    "track_record": 0.10,
}

_ORG_FIELDS = ("name", "sector", "kind", "province", "regency", "region_code", "vision", "offers")
_FILTER_FIELDS = ("sectors", "kinds", "same_province", "max_distance_km", "active_only")
_NEED_FIELDS = ("priority", "description", "quantity")


@dataclass(frozen=True)
class Organisation:
    """The organisation looking for partners."""

    name: str = ""
    sector: str | None = None
    kind: str | None = None
    province: str | None = None
    regency: str | None = None
    region_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    vision: str = ""
    offers: str = ""  # what it gives back (for mutual need)


@dataclass(frozen=True)
class Need:
    """One lacking aspect: how critical (1..5), what exactly, and how much (aspect's unit)."""

    aspect: str
    priority: int
    description: str = ""
    quantity: float | None = None


@dataclass(frozen=True)
class Filters:
    """Hard constraints: a partner failing one is dropped before scoring."""

    sectors: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    same_province: bool = False
    max_distance_km: float | None = None
    active_only: bool = True


@dataclass(frozen=True)
class NeedsProfile:
    """What an organisation needs from partners, and how candidates are weighed.

    Examples
    --------
    >>> p = NeedsProfile.from_dict({
    ...     "organisation": {"name": "PKBM Bina Insani", "regency": "Ogan Komering Ulu"},
    ...     "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"},
    ...               "dana": {"priority": 3, "quantity": "Rp 50.000.000"}},
    ... })
    >>> [n.aspect for n in p.needs], p.needs[0].quantity
    (['dana', 'tenaga'], 50000000.0)
    """

    organisation: Organisation
    needs: tuple[Need, ...]
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    filters: Filters = field(default_factory=Filters)
    source: str | None = None

    # -- construction --------------------------------------------------------------------
    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        source: str | None = None,
        criteria: Iterable[Criterion] | None = None,
    ) -> NeedsProfile:
        """Build and validate a profile from the contract's TOML/JSON structure.

        Keys may be Indonesian (``[organisasi]``, ``[kebutuhan.tenaga]`` with ``prioritas``,
        ``uraian``/``deskripsi``, ``jumlah``; ``[bobot]``; ``[saringan]``/``[filter]``), as
        in :mod:`mitramatch.engine.aliases`. ``[weights]`` may name the registered criteria
        and ``criteria`` (custom criteria passed for one ranking).
        """
        if not isinstance(data, Mapping):
            raise SchemaError(
                Text(
                    "a needs profile must be a table/object",
                    "profil kebutuhan harus berupa tabel/objek",
                ),
                source=source,
            )
        problems = _structure(data)
        if problems:  # numbers no float holds, or nesting no profile has: nothing else is safe
            raise SchemaError(problems, source=source)
        sections: dict[str, Any] = {}
        for key, value in data.items():
            name = aliases.PROFILE_SECTIONS.get(canonical_header(key))
            if name is None:
                choices = ("organisation", "needs", "weights", "filters")
                problems.append(
                    Problem.format(
                        Text("unknown section", "bagian tidak dikenal"),
                        "unknown section [{key}]{hint}; expected {expected}",
                        "bagian tidak dikenal [{key}]{hint}; yang diharapkan {expected}",
                        key=key,
                        hint=did_you_mean(key, [*choices, *aliases.PROFILE_SECTIONS]),
                        expected=", ".join(f"[{c}]" for c in choices),
                    )
                )
            elif name in sections:
                problems.append(_twice(f"[{name}]", key, _G_SECTION))
            else:
                sections[name] = value
        org = _organisation(sections.get("organisation", {}) or {}, problems)
        needs = _needs(sections.get("needs", {}) or {}, problems)
        weights = _weights(
            _weight_names(sections.get("weights", {}) or {}, problems),
            problems,
            criterion_names(criteria),
        )
        filters = _filters(sections.get("filters", {}) or {}, problems)
        if problems:
            raise SchemaError(problems, source=source)
        return cls(org, needs, weights, filters, source)

    @classmethod
    def from_file(
        cls, path: str | Path, *, criteria: Iterable[Criterion] | None = None
    ) -> NeedsProfile:
        """Read a profile file in one of the document formats (``.toml``, ``.json``; see
        :func:`mitramatch.io.read_document`)."""
        path = Path(path)
        return cls.from_dict(
            read_document(path, what="needs profile"), source=str(path), criteria=criteria
        )

    @classmethod
    def from_record(cls, record: Mapping[str, Any], *, source: str | None = None) -> NeedsProfile:
        """Build a profile from one row of the contract's batch layout.

        Columns: the ``[organisation]`` fields, ``lat``/``lon``, and for each aspect
        ``need_<aspect>_priority``, ``need_<aspect>_description``, ``need_<aspect>_quantity``;
        an aspect whose three cells are empty is not needed.

        >>> p = NeedsProfile.from_record({"name": "SKB Baturaja", "need_tenaga_priority": "4",
        ...                               "need_tenaga_description": "tutor kesetaraan"})
        >>> p.needs[0]
        Need(aspect='tenaga', priority=4, description='tutor kesetaraan', quantity=None)
        """
        clean = {k: v for k, v in record.items() if not _blank(v)}
        org = {k: clean[k] for k in (*_ORG_FIELDS, "lat", "lon") if k in clean}
        needs: dict[str, dict[str, Any]] = {}
        for aspect in ASPECTS:
            cells = {f: clean.get(f"need_{aspect}_{f}") for f in _NEED_FIELDS}
            if any(v is not None for v in cells.values()):
                needs[aspect] = {f: v for f, v in cells.items() if v is not None}
        return cls.from_dict({"organisation": org, "needs": needs}, source=source)

    def with_weights(self, **weights: float) -> NeedsProfile:
        """A copy with some criterion weights changed (the rest kept).

        >>> p = load_needs({"needs": {"dana": {"priority": 3}}})
        >>> p.with_weights(vision=0).weights["vision"]
        0.0
        """
        problems: list[Problem] = []
        merged = _weights({**self.weights, **weights}, problems, criterion_names())
        if problems:
            raise SchemaError(problems, source=self.source)
        return replace(self, weights=merged)

    def with_filters(self, **filters: Any) -> NeedsProfile:
        """A copy with some filters changed (the rest kept)."""
        current = {f: getattr(self.filters, f) for f in _FILTER_FIELDS}
        problems: list[Problem] = []
        new = _filters({**current, **filters}, problems)
        if problems:
            raise SchemaError(problems, source=self.source)
        return replace(self, filters=new)

    # -- views ---------------------------------------------------------------------------
    @property
    def aspects(self) -> tuple[str, ...]:
        """The needed aspects, in the contract's order."""
        return tuple(n.aspect for n in self.needs)

    def need(self, aspect: str) -> Need | None:
        return next((n for n in self.needs if n.aspect == aspect), None)

    def summary(self, lang: str = "id") -> str:
        """One line per need, most critical first."""
        labels = ASPECT_LABELS["en" if lang == "en" else "id"]
        lines = [self.organisation.name or ("(organisasi)" if lang != "en" else "(organisation)")]
        for n in sorted(self.needs, key=lambda n: (-n.priority, ASPECTS.index(n.aspect))):
            qty = "" if n.quantity is None else f" [{n.quantity:g}]"
            lines.append(f"  {labels[n.aspect]} (P{n.priority}): {n.description}{qty}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()

    def to_html(self, lang: str | None = None) -> str:
        """Compact notebook view: organisation, needs with priority bars, weights, filters.

        A profile has no language of its own: ``lang`` is that of
        :func:`mitramatch.exceptions.use_language` when one was chosen, else Indonesian
        (the language of results by default).

        >>> p = load_needs({"needs": {"dana": {"priority": 3, "quantity": 5e7}}})
        >>> "50.000.000" in p.to_html(), "50,000,000" in p.to_html("en")
        (True, True)
        """
        import html  # local: only notebooks need it

        lang = message_language("id") if lang is None else lang
        en = lang == "en"
        esc = html.escape
        org = self.organisation
        where = ", ".join(x for x in (org.kind, org.sector, org.regency, org.province) if x)
        labels = ASPECT_LABELS["en" if en else "id"]
        cell = 'style="padding:2px 8px;text-align:left"'
        rows = []
        for n in self.needs:
            bar = (
                '<div style="display:inline-block;background:#e8eef7;width:50px;height:8px">'
                f'<div style="background:#2a6fdb;width:{n.priority * 20}%;height:8px"></div></div>'
            )
            qty = ""
            if n.quantity is not None:
                digits = 0 if float(n.quantity).is_integer() else 2
                qty = f"{n.quantity:,.{digits}f}"
                if not en:  # Indonesian separators: 50.000.000 and 0,50
                    qty = qty.translate(str.maketrans(",.", ".,"))
            rows.append(
                f"<tr><td {cell}>{esc(labels[n.aspect])}</td><td {cell}>{bar} {n.priority}</td>"
                f"<td {cell}>{esc(n.description)}</td><td {cell}>{qty}</td></tr>"
            )
        total = sum(self.weights.values())
        weights = " · ".join(f"{c} {fmt(w / total, lang)}" for c, w in self.weights.items())
        defaults = Filters()
        chosen = [
            f"{f} = {'/'.join(v) if isinstance(v, tuple) else v}"
            for f in _FILTER_FIELDS
            if (v := getattr(self.filters, f)) != getattr(defaults, f)
        ]
        words = (
            ("aspect", "priority", "description", "quantity", "weights", "filters",
             "defaults (active partners only)", "(organisation)")
            if en
            else ("aspek", "prioritas", "uraian", "jumlah", "bobot", "filter",
                  "bawaan (hanya mitra aktif)", "(organisasi)")
        )  # fmt: skip
        head = "".join(f"<th {cell}>{h}</th>" for h in words[:4])
        return (
            f'<div style="font-size:90%"><b>{esc(org.name or words[7])}</b>'
            f"{f' <small>({esc(where)})</small>' if where else ''}"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<small>{words[4]}: {esc(weights)}<br>{words[5]}: "
            f"{esc(', '.join(chosen)) if chosen else words[6]}</small></div>"
        )

    def _repr_html_(self) -> str:
        return self.to_html()


def load_needs(
    source: NeedsProfile | Mapping[str, Any] | str | Path,
    *,
    criteria: Iterable[Criterion] | None = None,
) -> NeedsProfile:
    """A :class:`NeedsProfile` from a profile, a dict, or a TOML/JSON file path.

    ``criteria``: custom criteria beyond the registered ones that ``[weights]`` may name.

    >>> load_needs({"needs": {"Pendayagunaan Hasil": {"priority": 2}}}).aspects
    ('pendayagunaan_hasil',)
    """
    if isinstance(source, NeedsProfile):
        return source
    if isinstance(source, Mapping):
        return NeedsProfile.from_dict(source, criteria=criteria)
    if isinstance(source, (str, Path)):
        return NeedsProfile.from_file(source, criteria=criteria)
    raise TypeError(f"needs must be a NeedsProfile, a dict or a path; got {type(source).__name__}")


# -- validation of each section ---------------------------------------------------------------
_G_SECTION = Text("unknown section", "bagian tidak dikenal")
_G_ORGANISATION = Text("organisation", "organisasi")
_G_NEEDS = Text("needs", "kebutuhan")
_G_FILTERS = Text("filters", "saringan")
_G_STRUCTURE = Text("unreadable values", "nilai tak terbaca")

#: Nesting no needs profile has (it is at most four tables deep); refusing it early keeps
#: every later step (and ``repr`` in messages) away from Python's recursion limit.
MAX_DEPTH = 20
_FLOAT_MAX = sys.float_info.max


def _shown(value: Any, limit: int = 60) -> str:
    """``repr(value)`` for a message, cut short."""
    text = repr(value) if not isinstance(value, (list, dict, tuple)) else type(value).__name__
    if isinstance(value, (list, tuple)):
        text = f"a list of {len(value)}" if len(value) > 3 else repr(value)
    elif isinstance(value, dict):
        text = "a table"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _structure(data: Mapping[str, Any]) -> list[Problem]:
    """Problems no section can survive: integers beyond float range (``weights.vision =
    1e400`` written as digits) and nesting deeper than :data:`MAX_DEPTH`. Iterative: a
    document nested thousands deep must not recurse."""
    problems: list[Problem] = []
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    while stack and len(problems) < 10:
        where, value, depth = stack.pop()
        if depth > MAX_DEPTH:
            problems.append(
                Problem.format(
                    _G_STRUCTURE,
                    "{where}: nested more than {n} levels deep; a needs profile is a few "
                    "tables of values",
                    "{where}: bertingkat lebih dari {n} lapis; profil kebutuhan hanya "
                    "beberapa tabel berisi nilai",
                    where=where or "(top)",
                    n=MAX_DEPTH,
                )
            )
            continue
        if isinstance(value, Mapping):
            stack.extend(
                (f"{where}.{k}" if where else str(k), v, depth + 1) for k, v in value.items()
            )
        elif isinstance(value, (list, tuple)):
            stack.extend((f"{where}[{i}]", v, depth + 1) for i, v in enumerate(value))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > _FLOAT_MAX:
            problems.append(
                Problem.format(
                    _G_STRUCTURE,
                    "{where}: the number has {n} digits, too large for any use here; "
                    "expected a number below 1.8e308",
                    "{where}: angka ini {n} digit, terlalu besar untuk dipakai di sini; "
                    "yang diharapkan angka di bawah 1,8e308",
                    where=where,
                    n=len(str(abs(value))),
                )
            )
    return problems


def _twice(target: str, key: Any, group: Text) -> Problem:
    return Problem.format(
        group,
        "{target}: given twice (the second time as {key!r})",
        "{target}: diberikan dua kali (kedua kalinya sebagai {key!r})",
        target=target,
        key=str(key),
    )


def _keys(
    data: Mapping[str, Any], table: Mapping[str, str], known: tuple[str, ...]
) -> tuple[dict[str, Any], list[Any], list[tuple[str, Any]]]:
    """A section's keys as the contract names them (``nama`` -> ``name``): the values by
    contract key, the keys that mean nothing known, and (contract key, key) given twice."""
    values: dict[str, Any] = {}
    unknown: list[Any] = []
    twice: list[tuple[str, Any]] = []
    for key, value in data.items():
        name = canonical_header(key)
        name = table.get(name, name)
        if name not in known:
            unknown.append(key)
        elif name in values:
            twice.append((name, key))
        else:
            values[name] = value
    return values, unknown, twice


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: Any) -> str:
    return "" if _blank(value) else str(value).strip()


def _wrong_type(where: str, expected: Text, value: Any) -> Text:
    return Text.format(
        "{where}: expected {expected}; got {got}",
        "{where}: yang diharapkan {expected}; ditemukan {got}",
        where=where, expected=expected, got=_shown(value),
    )  # fmt: skip


_A_TEXT = Text("a text", "teks")
_A_NUMBER = Text("a number", "angka")


def _organisation(data: Any, problems: list[Problem]) -> Organisation:
    if not isinstance(data, Mapping):
        problems.append(
            Problem(
                _G_ORGANISATION,
                Text("[organisation] must be a table", "[organisation] harus berupa tabel"),
            )
        )
        return Organisation()
    known = (*_ORG_FIELDS, "lat", "lon", "org_id")
    data, unknown, twice = _keys(data, aliases.ORGANISATION, known)
    for key in unknown:
        problems.append(
            Problem.format(
                _G_ORGANISATION,
                "organisation: unknown field {key!r}{hint}",
                "organisation: kunci tidak dikenal {key!r}{hint}",
                key=key,
                hint=did_you_mean(key, [*known, *aliases.ORGANISATION]),
            )
        )
    problems.extend(_twice(f"organisation.{name}", key, _G_ORGANISATION) for name, key in twice)
    wrong_type = set()
    for key in list(data):
        value = data[key]
        wrong = isinstance(value, bool) or not isinstance(value, (str, int, float))
        if wrong and value is not None:
            wrong_type.add(key)
            expected = _A_NUMBER if key in ("lat", "lon") else _A_TEXT
            problems.append(
                Problem(_G_ORGANISATION, _wrong_type(f"organisation.{key}", expected, value))
            )
            data[key] = None
    sector = _text(data.get("sector")).lower() or None
    if sector is not None and sector not in SECTORS:
        problems.append(
            Problem.format(
                _G_ORGANISATION,
                "organisation.sector: unknown sector {s!r}{hint}; expected one of {sectors}",
                "organisation.sector: sektor tidak dikenal {s!r}{hint}; yang diharapkan "
                "salah satu dari {sectors}",
                s=sector,
                hint=did_you_mean(sector, SECTORS),
                sectors=", ".join(SECTORS),
            )
        )
    coords = {}
    for key, bound in (("lat", 90), ("lon", 180)):
        value = data.get(key)
        if _blank(value):
            coords[key] = None
            continue
        number = float(parse_decimals([value])[0][0])
        if math.isnan(number) or abs(number) > bound:
            problems.append(
                Problem.format(
                    _G_ORGANISATION,
                    "organisation.{key}: expected degrees between -{b} and {b}; got {v}",
                    "organisation.{key}: yang diharapkan derajat antara -{b} dan {b}; "
                    "ditemukan {v}",
                    key=key,
                    b=bound,
                    v=_shown(value),
                )
            )
            number = None
        coords[key] = number
    given = [k for k in ("lat", "lon") if not _blank(data.get(k)) or k in wrong_type]
    if len(given) == 1:  # half a place is no place: the user meant to give both
        other = "lon" if given[0] == "lat" else "lat"
        problems.append(
            Problem.format(
                _G_ORGANISATION,
                "organisation.{k}: given without organisation.{o}; give both, or neither",
                "organisation.{k}: diberikan tanpa organisation.{o}; isi keduanya, atau "
                "kosongkan keduanya",
                k=given[0],
                o=other,
            )
        )
    code = _text(data.get("region_code")) or None
    return Organisation(
        name=_text(data.get("name")),
        sector=sector,
        kind=(_text(data.get("kind")).lower().replace(" ", "_") or None),
        province=_text(data.get("province")) or None,
        regency=_text(data.get("regency")) or None,
        region_code=code,
        lat=coords["lat"],
        lon=coords["lon"],
        vision=_text(data.get("vision")),
        offers=_text(data.get("offers")),
    )


def _needs(data: Any, problems: list[Problem]) -> tuple[Need, ...]:
    if not isinstance(data, Mapping):
        problems.append(
            Problem(
                _G_NEEDS,
                Text("[needs] must be a table of aspects", "[needs] harus berupa tabel aspek"),
            )
        )
        return ()
    found: dict[str, Need] = {}
    for name, spec in data.items():
        try:
            aspect = normalise_aspect(name, where=f"needs.{name}")
        except SchemaError as exc:
            problems.extend(exc.problems)
            continue
        where = f"needs.{aspect}"
        if aspect in found:
            problems.append(
                Problem.format(
                    _G_NEEDS,
                    "{where}: given twice (as {name!r})",
                    "{where}: diberikan dua kali (sebagai {name!r})",
                    where=where,
                    name=name,
                )
            )
            continue
        if not isinstance(spec, Mapping):
            problems.append(
                Problem(
                    _G_NEEDS,
                    Text(
                        f"{where}: expected a table with priority",
                        f"{where}: yang diharapkan tabel berisi priority",
                    ),
                )
            )
            continue
        spec, unknown, twice = _keys(spec, aliases.NEED_FIELDS, _NEED_FIELDS)
        for key in unknown:
            problems.append(
                Problem.format(
                    _G_NEEDS,
                    "{where}: unknown field {key!r}{hint}; expected {fields}",
                    "{where}: kunci tidak dikenal {key!r}{hint}; yang diharapkan {fields}",
                    where=where,
                    key=key,
                    fields=", ".join(_NEED_FIELDS),
                    hint=did_you_mean(key, [*_NEED_FIELDS, *aliases.NEED_FIELDS]),
                )
            )
        problems.extend(_twice(f"{where}.{field}", key, _G_NEEDS) for field, key in twice)
        description = spec.get("description")
        if not isinstance(description, (str, int, float)) and description is not None:
            problems.append(
                Problem(_G_NEEDS, _wrong_type(f"{where}.description", _A_TEXT, description))
            )
            description = None
        priority = _priority(spec.get("priority"), where, problems)
        quantity = _quantity(spec.get("quantity"), where, problems)
        found[aspect] = Need(aspect, priority, _text(description), quantity)
    if not found and not any(p.group == "unknown aspect" for p in problems):
        problems.append(
            Problem.format(
                _G_NEEDS,
                "needs: at least one needed aspect is required, e.g. [needs.tenaga] with "
                "priority = 5; aspects are {aspects}",
                "needs: sedikitnya satu aspek kebutuhan wajib ada, misalnya [needs.tenaga] "
                "dengan priority = 5; aspeknya {aspects}",
                aspects=", ".join(ASPECTS),
            )
        )
    return tuple(found[a] for a in ASPECTS if a in found)


def _priority(value: Any, where: str, problems: list[Problem]) -> int:
    expected = Text(
        "expected an integer from 1 (nice to have) to 5 (critical)",
        "yang diharapkan bilangan bulat dari 1 (sebaiknya ada) sampai 5 (sangat penting)",
    )
    if _blank(value):
        problems.append(
            Problem.format(
                _G_NEEDS,
                "{where}.priority: missing; {e}",
                "{where}.priority: tidak ada; {e}",
                where=where,
                e=expected,
            )
        )
        return 1
    try:
        # A bool is not a priority (True would read as 1); -1.0 fails the range check below.
        number = -1.0 if isinstance(value, bool) else float(str(value).strip().replace(",", "."))
    except ValueError:
        number = math.nan
    if not (number == number and number.is_integer() and 1 <= number <= 5):
        problems.append(
            Problem.format(
                _G_NEEDS,
                "{where}.priority: {e}; got {v}",
                "{where}.priority: {e}; ditemukan {v}",
                where=where,
                e=expected,
                v=_shown(value),
            )
        )
        return 1
    return int(number)


def _quantity(value: Any, where: str, problems: list[Problem]) -> float | None:
    # NaN written in a profile (TOML's nan) is a value, not a blank: a batch row's empty
    # cells are dropped before they get here.
    if _blank(value) and not (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (list, dict, tuple, bool)):
        problems.append(
            Problem(_G_NEEDS, _wrong_type(f"{where}.quantity", Text("an amount", "jumlah"), value))
        )
        return None
    try:
        number = parse_amount(value)
    except ValueError as exc:
        reason = exc.args[0] if exc.args else str(exc)
        problems.append(
            Problem.format(
                _G_NEEDS, "{where}.quantity: {r}", "{where}.quantity: {r}", where=where, r=reason
            )
        )
        return None
    if not math.isfinite(number) or number < 0:
        problems.append(
            Problem.format(
                _G_NEEDS,
                "{where}.quantity: expected a non-negative amount; got {v}",
                "{where}.quantity: yang diharapkan jumlah tidak negatif; ditemukan {v}",
                where=where,
                v=_shown(value),
            )
        )
        return None
    return number


def _weight_names(data: Any, problems: list[Problem]) -> Any:
    """``[weights]`` with Indonesian criterion names as the built-in ones (``visi`` ->
    ``vision``); other names are left for the weights' own validation."""
    if not isinstance(data, Mapping):
        return data
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = aliases.WEIGHTS.get(canonical_header(key), key)
        if name in out:
            problems.append(_twice(f"weights.{name}", key, Text("weights", "bobot")))
            continue
        out[name] = value
    return out


def _weights(data: Any, problems: list[Problem], known: Sequence[str]) -> dict[str, float]:
    weights = dict(DEFAULT_WEIGHTS)
    if not isinstance(data, Mapping):
        problems.append(Problem("weights", "[weights] must be a table of criterion = weight"))
        return weights
    for name, value in data.items():
        if name not in known:
            problems.append(
                Problem(
                    "weights",
                    f"weights: unknown criterion {name!r}{did_you_mean(name, known)}; "
                    f"expected {', '.join(known)}",
                )
            )
            continue
        try:
            number = float(value) if not isinstance(value, bool) else math.nan
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number) or number < 0:
            problems.append(
                Problem(
                    "weights",
                    f"weights.{name}: expected a non-negative number; got {value!r}",
                )
            )
            continue
        weights[name] = number
    if all(w == 0 for w in weights.values()):
        problems.append(Problem("weights", "weights: at least one weight must be above zero"))
    return weights


def _filters(data: Any, problems: list[Problem]) -> Filters:
    if not isinstance(data, Mapping):
        problems.append(
            Problem(_G_FILTERS, Text("[filters] must be a table", "[filters] harus berupa tabel"))
        )
        return Filters()
    data, unknown, twice = _keys(data, aliases.FILTERS, _FILTER_FIELDS)
    for key in unknown:
        problems.append(
            Problem.format(
                _G_FILTERS,
                "filters: unknown filter {key!r}{hint}; expected {fields}",
                "filters: saringan tidak dikenal {key!r}{hint}; yang diharapkan {fields}",
                key=key,
                fields=", ".join(_FILTER_FIELDS),
                hint=did_you_mean(key, [*_FILTER_FIELDS, *aliases.FILTERS]),
            )
        )
    problems.extend(_twice(f"filters.{name}", key, _G_FILTERS) for name, key in twice)
    sectors = _names(data.get("sectors"), "filters.sectors", problems)
    if sectors is not None:
        for s in sectors:
            if s not in SECTORS:
                problems.append(
                    Problem.format(
                        _G_FILTERS,
                        "filters.sectors: unknown sector {s!r}{hint}; expected any of {sectors}",
                        "filters.sectors: sektor tidak dikenal {s!r}{hint}; yang "
                        "diharapkan di antara {sectors}",
                        s=s,
                        hint=did_you_mean(s, SECTORS),
                        sectors=", ".join(SECTORS),
                    )
                )
    kinds = _names(data.get("kinds"), "filters.kinds", problems)
    distance = data.get("max_distance_km")
    if not _blank(distance):
        try:
            distance = float(distance) if not isinstance(distance, bool) else math.nan
        except (TypeError, ValueError):
            distance = math.nan
        if not (math.isfinite(distance) and distance > 0):
            problems.append(
                Problem.format(
                    _G_FILTERS,
                    "filters.max_distance_km: expected a positive number of km; got {v}",
                    "filters.max_distance_km: yang diharapkan angka km yang positif; ditemukan {v}",
                    v=_shown(data.get("max_distance_km")),
                )
            )
            distance = None
    else:
        distance = None
    return Filters(
        sectors=sectors,
        kinds=kinds,
        same_province=_flag(data.get("same_province"), False, "same_province", problems),
        max_distance_km=distance,
        active_only=_flag(data.get("active_only"), True, "active_only", problems),
    )


def _names(value: Any, where: str, problems: list[Problem]) -> tuple[str, ...] | None:
    if _blank(value):
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
        problems.append(
            Problem.format(
                _G_FILTERS,
                "{where}: expected a list of names; got {v}",
                "{where}: yang diharapkan daftar nama; ditemukan {v}",
                where=where,
                v=_shown(value),
            )
        )
        return None
    return tuple(i.strip().lower().replace(" ", "_") for i in items if i.strip()) or None


def _flag(value: Any, default: bool, name: str, problems: list[Problem]) -> bool:
    if _blank(value):
        return default
    if isinstance(value, bool):
        return value
    parsed, bad = parse_bools(pd.Series([value], dtype=object))
    if bad[0] or math.isnan(parsed[0]):
        problems.append(
            Problem.format(
                _G_FILTERS,
                "filters.{name}: expected true or false; got {v}",
                "filters.{name}: yang diharapkan true atau false; ditemukan {v}",
                name=name,
                v=_shown(value),
            )
        )
        return default
    return bool(parsed[0])
