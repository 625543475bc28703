"""The other side of a partnership: organisations ranked for one partner (a funder, a dinas).

A CSR unit, a donor or a dinas asks the reverse question of :func:`mitramatch.rank`: which of
these organisations should *we* support? :func:`rank_organisations` answers it with the same
engine, pair by pair: each organisation's needs profile is prepared under the partner's
directory index and the one partner row is scored (:func:`mitramatch.engine.score`), so the
partner's aspect fits (capacity against the organisation's quantities included) and the two
reciprocal directions (:func:`mitramatch.reciprocal.reciprocal_values`) are exactly those the
ordinary ranking reports for that pair.

The partner's score of an organisation (``score``, in [0, 1]) is the weighted mean of
:data:`FUNDER_WEIGHTS`:

* ``answer``: the partner's fit to the organisation's need it answers best (the need with the
  largest priority x fit: the need the partner would take up);
* ``priority``: that need's priority / 5 (the organisation's urgency);
* ``seeks``: how much of what the partner ``seeks`` the organisation offers and is
  (:func:`mitramatch.reciprocal.seeks_fit`);
* every *symmetric* criterion of the engine, which reads the same from either side: shared
  vision (``vision``) and proximity (``proximity``);

with the engine's need gate: all but ``answer`` count in full only from ``answer >=
NEED_GATE`` on, so an organisation the partner cannot help does not rank high for being near
or urgent. The partner's own filters (:class:`Supports`: sectors and kinds of organisation it
supports, regions, maximum distance) drop organisations; so do the organisation's own filters
(it would not want this partner), each reported in :attr:`OrganisationRanking.left_out`.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .amounts import ASPECT_UNITS, amount_text
from .engine import (
    ASPECT_LABELS,
    ASPECTS,
    CAPACITY_COLUMNS,
    CONTRACT_COLUMNS,
    NEED_GATE,
    OFFER_COLUMNS,
    SECTORS,
    USEFUL_FIT,
    DirectoryIndex,
    NeedsProfile,
    Proximity,
    Query,
    Scores,
    as_organisations,
    check_lang,
    check_top,
    failed_filters,
    filter_mask,
    fmt,
    normalise_aspect,
    prepare_many,
    region_table,
    score,
    snippet,
    top_positions,
)
from .exceptions import SchemaError, Text, did_you_mean, render
from .keys import Findings, read_table_document, unknown_key
from .notebook import aspect_label
from .ranking import as_index
from .reciprocal import reciprocal_values, seeks_fit

__all__ = [
    "FUNDER_WEIGHTS",
    "OrganisationRanking",
    "Pair",
    "PartnerSide",
    "Supports",
    "assess",
    "load_partner_profile",
    "partner_side",
    "rank_organisations",
]

#: Weights of the partner's score of an organisation (see the module docstring). Covering a
#: need comes first, as in the organisation's ranking; the organisation's urgency, what it
#: gives back and proximity next; shared vision as the engine weighs it.
FUNDER_WEIGHTS: dict[str, float] = {
    "answer": 0.45,
    "priority": 0.15,
    "seeks": 0.15,
    "vision": 0.10,
    "proximity": 0.15,
}

#: The directory's fields of a partner profile's [partner] table; offers and capacities have
#: their own tables.
_PARTNER_FIELDS = tuple(c for c in CONTRACT_COLUMNS if c not in (*OFFER_COLUMNS, *CAPACITY_COLUMNS))
_SUPPORT_FIELDS = ("sectors", "kinds", "regions", "max_distance_km")
_SECTIONS = ("partner", "offers", "capacity", "supports")
_PROXIMITY = Proximity()


# -- the partner -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Supports:
    """What the partner supports: hard filters on organisations, from the partner's side.

    ``regions`` are Kemendagri codes (a province code covers its kabupaten/kota); an
    organisation whose sector, kind or place cannot be told fails a filter that needs it.
    """

    sectors: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    regions: tuple[str, ...] | None = None
    max_distance_km: float | None = None

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, where: str = "supports", found: Findings | None = None
    ) -> Supports:
        """Validate a ``[supports]`` table (or keyword options): every problem at once (into
        ``found`` when given, else raised)."""
        own = found is None
        found = Findings(Text("supports", "dukungan")) if found is None else found
        found.keys(data, _SUPPORT_FIELDS, where)
        sectors = _names(data.get("sectors"), f"{where}.sectors", found)
        for s in sectors or ():
            if s not in SECTORS:
                found.add(unknown_key(f"{where}.sectors", s, SECTORS, "sector"))
        kinds = _names(data.get("kinds"), f"{where}.kinds", found)
        regions = None
        written = _names(data.get("regions"), f"{where}.regions", found, lower=False)
        if written is not None:
            regions = tuple(_region(r, f"{where}.regions", found) for r in written)
        distance = data.get("max_distance_km")
        if distance is not None:
            distance = found.amount(
                distance,
                f"{where}.max_distance_km",
                "a positive number of km",
                "angka km yang positif",
            )
            if distance == 0:
                found.expected(
                    f"{where}.max_distance_km",
                    "a positive number of km",
                    "angka km yang positif",
                    0,
                )
        if own:
            found.raise_if_any(None)
        return cls(sectors, kinds, regions, distance or None)

    def replace(self, **options: Any) -> Supports:
        """A copy with the options that are not None changed (validated)."""
        given = {k: v for k, v in options.items() if v is not None}
        current = {k: getattr(self, k) for k in _SUPPORT_FIELDS if getattr(self, k) is not None}
        if not given:
            return self
        return Supports.from_dict({**current, **given})

    def failures(self, index: DirectoryIndex, row: int, query: Query) -> list[Text]:
        """The filters organisation ``query`` fails, each in a few words."""
        org = query.profile.organisation
        out: list[Text] = []
        if self.sectors is not None and org.sector not in self.sectors:
            out.append(
                Text(
                    f"sector {org.sector or 'unknown'} not supported",
                    f"sektor {org.sector or 'tidak diketahui'} tidak didukung",
                )
            )
        if self.kinds is not None and org.kind not in self.kinds:
            out.append(
                Text(
                    f"kind {org.kind or 'unknown'} not supported",
                    f"jenis {org.kind or 'tidak diketahui'} tidak didukung",
                )
            )
        if self.regions is not None and not any(
            code in (query.regency, query.province) for code in self.regions
        ):
            place = org.regency or org.province or org.region_code
            out.append(
                Text(
                    f"outside the supported regions ({place or 'place unknown'})",
                    f"di luar wilayah dukungan ({place or 'lokasi tidak diketahui'})",
                )
            )
        if self.max_distance_km is not None:
            km = float(_PROXIMITY.approx_distances(index, query, np.array([row]))[0])
            if math.isnan(km) or km > self.max_distance_km:
                limit = f"{self.max_distance_km:g}"
                out.append(
                    Text("location unknown", "lokasi tidak diketahui")
                    if math.isnan(km)
                    else Text(
                        f"{km:.0f} km away, beyond {limit} km",
                        f"berjarak {km:.0f} km, lebih dari {limit} km",
                    )
                )
        return out


def _names(value: Any, where: str, found: Findings, *, lower: bool = True):
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
        found.expected(where, "a list of names", "daftar nama", value)
        return None
    clean = [i.strip() for i in items if i.strip()]
    if lower:
        clean = [i.lower().replace(" ", "_") for i in clean]
    return tuple(clean) or None


def _region(text: str, where: str, found: Findings) -> str:
    """A region code from a code or a kabupaten/kota or province name."""
    table = region_table()
    text = text.strip()
    regency, province = table.resolve(pd.Series([text]), pd.Series([text]), pd.Series([text]))
    if re.fullmatch(r"\d{2}(\.\d{2})?", text):
        code = regency[0] or (province[0] if province[0] == text else None)
    else:
        code = table.province_code(text) or regency[0]
    if code is None:
        found.expected(
            where,
            "a Kemendagri code (16, 16.01) or a kabupaten/kota or province name",
            "kode Kemendagri (16, 16.01) atau nama kabupaten/kota atau provinsi",
            text,
        )
        return ""
    return str(code)


@dataclass(frozen=True)
class PartnerSide:
    """The partner whose view is taken: its row in a directory index, and what it supports."""

    index: DirectoryIndex
    row: int
    supports: Supports = field(default_factory=Supports)

    @property
    def partner_id(self) -> str:
        return str(self.index.partner_id[self.row])

    @property
    def name(self) -> str:
        return str(self.index.cell("name", self.row) or self.partner_id)

    def offers(self, aspect: str) -> bool:
        return bool(self.index.offered[self.row, ASPECTS.index(aspect)])

    def capacity(self, aspect: str) -> float:
        return float(self.index.capacity[self.row, ASPECTS.index(aspect)])


def load_partner_profile(source: str | Path | Mapping[str, Any]) -> tuple[pd.DataFrame, Supports]:
    """A partner described in a TOML/JSON file (or dict), as a one-row directory and its
    :class:`Supports`.

    Sections: ``[partner]`` (the directory's fields: ``partner_id``, ``name``, ``sector``,
    ``kind``, ``province``, ``regency``, ``region_code``, ``lat``, ``lon``, ``vision``,
    ``seeks``, ``active``, ``years_active``, ``partnerships_completed``), ``[offers]`` and
    ``[capacity]`` (one key per aspect) and ``[supports]`` (``sectors``, ``kinds``,
    ``regions``, ``max_distance_km``). The row is validated as a directory row when ranked.

    >>> frame, supports = load_partner_profile({
    ...     "partner": {"name": "TJSL PT Contoh", "sector": "swasta"},
    ...     "offers": {"dana": "hibah modal usaha"}, "capacity": {"dana": "Rp 1 M"},
    ...     "supports": {"sectors": ["masyarakat"]}})
    >>> frame.loc[0, "partner_id"], float(frame.loc[0, "capacity_dana"]), supports.sectors
    ('TJSL PT Contoh', 1000000000.0, ('masyarakat',))
    """
    data, where = read_table_document(source, Text("partner profile", "profil mitra"))
    found = Findings(Text("partner profile", "profil mitra"))
    found.sections(data, _SECTIONS)
    head = found.table(data.get("partner"), "[partner]")
    found.keys(head, _PARTNER_FIELDS, "partner")
    name = str(head.get("name", "")).strip()
    if not name:
        found.add("partner.name: missing", "partner.name: belum diisi")
    sector = str(head.get("sector", "")).strip().lower()
    if sector not in SECTORS:
        found.add(unknown_key("partner.sector", sector, SECTORS, "sector"))
    record: dict[str, Any] = {k: head[k] for k in _PARTNER_FIELDS if k in head}
    record["partner_id"] = str(head.get("partner_id") or name)
    for section, column in (("offers", "offers"), ("capacity", "capacity")):
        for key, value in found.table(data.get(section), f"[{section}]").items():
            try:
                aspect = normalise_aspect(key, where=f"{section}.{key}")
            except SchemaError as exc:
                found.problems.extend(exc.problems)
                continue
            if section == "capacity":
                value = found.amount(
                    value,
                    f"capacity.{key}",
                    *(
                        ('Rupiah such as "Rp 1 M"', 'jumlah rupiah seperti "Rp 1 M"')
                        if aspect == "dana"
                        else ("a non-negative number", "angka tidak negatif")
                    ),
                )
            record[f"{column}_{aspect}"] = value
    supports = Supports.from_dict(found.table(data.get("supports"), "[supports]"), found=found)
    found.raise_if_any(where)
    frame = pd.DataFrame([record])
    frame.attrs["source"] = where or "partner profile"
    return frame, supports


def partner_side(
    partners: str | Path | pd.DataFrame | DirectoryIndex | None = None,
    *,
    partner: str | None = None,
    partner_profile: str | Path | Mapping[str, Any] | None = None,
    supports: Mapping[str, Any] | None = None,
) -> PartnerSide:
    """The partner to take the view of: ``partner`` (a ``partner_id`` of the directory
    ``partners``) or ``partner_profile`` (a file or dict, :func:`load_partner_profile`);
    ``supports`` (``sectors``, ``kinds``, ``regions``, ``max_distance_km``) replace the
    profile's ``[supports]`` they name."""
    supports = dict(supports or {})
    if (partner is None) == (partner_profile is None):
        raise ValueError("give exactly one of partner= (an id in partners) or partner_profile=")
    if partner_profile is not None:
        frame, base = load_partner_profile(partner_profile)
        return PartnerSide(DirectoryIndex.build(frame), 0, base.replace(**supports))
    if partners is None:
        raise ValueError("partner= names a partner of a directory: give partners too")
    index = as_index(partners)
    rows = np.flatnonzero(index.partner_id.astype(str) == str(partner))
    if not len(rows):
        ids = [str(i) for i in index.partner_id]
        raise SchemaError(
            Text(
                f"partner {partner!r} is not in the directory{did_you_mean(partner, ids)}",
                f"mitra {partner!r} tidak ada di direktori{did_you_mean(partner, ids, 'id')}",
            ),
            source=index.frame.attrs.get("source"),
        )
    return PartnerSide(index, int(rows[0]), Supports().replace(**supports))


# -- each organisation seen from the partner ---------------------------------------------------
@dataclass(frozen=True)
class Pair:
    """One organisation and the partner: the engine's scores of the pair, both directions."""

    org_id: str
    query: Query
    scores: Scores  # the partner's row only
    reciprocal: np.ndarray  # (3,): org -> partner, partner -> org, harmonic mean
    excluded: tuple[Text, ...]  # filters (the organisation's or the partner's) that drop it

    @property
    def profile(self) -> NeedsProfile:
        return self.query.profile

    @property
    def fits(self) -> np.ndarray:
        return self.scores.fits[0]

    def fit(self, aspect: str) -> float:
        """The partner's fit to this organisation's need of ``aspect`` (NaN: not needed)."""
        aspects = self.profile.aspects
        return float(self.fits[aspects.index(aspect)]) if aspect in aspects else math.nan

    @property
    def best(self) -> int:
        """The need the partner answers best: largest priority x fit, ties to contract order."""
        p = self.query.priorities
        return int(np.lexsort((np.arange(len(p)), -(p * self.fits)))[0])


def assess(side: PartnerSide, organisations: Any) -> list[Pair]:
    """Every organisation of a batch scored against the partner by the engine."""
    batch = as_organisations(organisations)
    if not len(batch):
        raise SchemaError(Text("no organisations given", "tidak ada organisasi"))
    duplicated = sorted(o for o, n in Counter(batch.ids).items() if n > 1)
    if duplicated:
        raise SchemaError(
            Text(
                f"duplicated org_id: {', '.join(duplicated)}",
                f"org_id ganda: {', '.join(duplicated)}",
            )
        )
    index, row = side.index, np.array([side.row])
    pairs = []
    for org_id, query in zip(batch.ids, prepare_many(index, list(batch))):
        scored = score(index, query, row, filtered=False)
        excluded = side.supports.failures(index, side.row, query)
        if not filter_mask(index, query, row)[0]:
            excluded += [
                Text(
                    "its own filters leave you out: ",
                    "filter organisasi ini sendiri menyisihkan Anda: ",
                )
                + f
                for f in failed_filters(index, query, side.row)
            ]
        back = reciprocal_values(index, query, scored)[0]
        pairs.append(Pair(str(org_id), query, scored, back, tuple(excluded)))
    return pairs


# -- ranking organisations ---------------------------------------------------------------------
_COLUMNS = [
    "org_id",
    "rank",
    "name",
    "sector",
    "kind",
    "regency",
    "score",
    "score_answer",
    "score_priority",
    "score_seeks",
]
_TAIL = [
    "best_aspect",
    "best_need",
    "best_priority",
    "fit_best",
    "amount_asked",
    "amount_unit",
    "distance_km",
    "explanation",
    "score_org_to_partner",
    "score_partner_to_org",
    "score_reciprocal",
    "partner_id",
]


class OrganisationRanking:
    """Organisations ranked for one partner (see :func:`rank_organisations`).

    Attributes
    ----------
    partner_id, partner_name : str
    left_out : DataFrame
        ``org_id``, ``name``, ``reason``: organisations a filter dropped (the partner's
        supports, or the organisation's own filters).
    weights : dict
        The normalised weights of the score.
    """

    def __init__(
        self,
        table: pd.DataFrame,
        left_out: pd.DataFrame,
        side: PartnerSide,
        weights: dict[str, float],
        lang: str,
    ) -> None:
        self._table = table
        self.left_out = left_out
        self.partner_id = side.partner_id
        self.partner_name = side.name
        self.weights = weights
        self.lang = lang

    def __len__(self) -> int:
        return len(self._table)

    def to_frame(self) -> pd.DataFrame:
        """The rank-orgs table, best first (columns: ``docs/data-contract.md``)."""
        return self._table.copy()

    def summary(self) -> str:
        en = self.lang == "en"
        n, out = len(self), len(self.left_out)
        if en:
            text = f"{n} organisation(s) ranked for {self.partner_name}"
            return text + (f"; {out} left out by filters." if out else ".")
        text = f"{n} organisasi diperingkat untuk {self.partner_name}"
        return text + (f"; {out} tidak masuk karena filter." if out else ".")

    def __repr__(self) -> str:
        return f"<OrganisationRanking of {len(self)} organisations for {self.partner_name!r}>"

    def _repr_html_(self) -> str:
        shown = self._table.head(20)
        head = ("#", "organisation", "score", "need answered", "why")
        if self.lang != "en":
            head = ("#", "organisasi", "skor", "kebutuhan terjawab", "alasan")
        rows = "".join(
            f'<tr style="vertical-align:top"><td>{r.rank}</td><td style="text-align:left">'
            f"{html.escape(str(r.name))}<br><code>{html.escape(str(r.org_id))}</code></td>"
            f"<td>{fmt(r.score, self.lang, 3)}</td>"
            f"<td>{html.escape(aspect_label(r.best_aspect, self.lang))} "
            f'(P{r.best_priority})</td><td style="text-align:left">'
            f"{html.escape(str(r.explanation))}</td></tr>"
            for r in shown.itertuples(index=False)
        )
        cells = "".join(f'<th style="text-align:left">{h}</th>' for h in head)
        return (
            f"<div><b>{html.escape(self.summary())}</b><table><thead><tr>{cells}</tr>"
            f"</thead><tbody>{rows}</tbody></table></div>"
        )


def rank_organisations(
    partners: str | Path | pd.DataFrame | DirectoryIndex | None,
    organisations: Any,
    *,
    partner: str | None = None,
    partner_profile: str | Path | Mapping[str, Any] | None = None,
    top: int | None = None,
    lang: str = "id",
    supports: Mapping[str, Any] | None = None,
    weights: Mapping[str, float] | None = None,
) -> OrganisationRanking:
    """Rank the organisations of a batch for one partner (see the module docstring).

    Parameters
    ----------
    partners : path, DataFrame, DirectoryIndex or None
        The directory holding ``partner`` (None with ``partner_profile``).
    organisations : batch file, DataFrame, OrganisationBatch, dict or list
        As for :func:`mitramatch.rank_many`.
    partner : str, optional
        The ``partner_id`` of the partner in ``partners``.
    partner_profile : path or dict, optional
        A partner not in a directory (:func:`load_partner_profile`).
    top : int, optional
        Keep the best ``top`` organisations.
    lang : {"id", "en"}
        Language of the explanations.
    supports : dict, optional
        What the partner supports: ``sectors``, ``kinds`` (of organisation), ``regions``
        (Kemendagri codes or names), ``max_distance_km``; replace those of the profile's
        ``[supports]``.
    weights : dict, optional
        Weights of the score's parts (keys of :data:`FUNDER_WEIGHTS`, or a symmetric
        criterion's name), replacing the defaults given.

    Examples
    --------
    >>> partners = pd.DataFrame({"partner_id": ["CSR-1"], "name": ["TJSL PT Contoh"],
    ...     "sector": ["swasta"], "offers_dana": ["hibah modal usaha KBU"],
    ...     "capacity_dana": ["Rp 100 juta"]})
    >>> orgs = {"A": {"organisation": {"name": "PKBM Bina"},
    ...               "needs": {"dana": {"priority": 5, "description": "modal usaha KBU",
    ...                                  "quantity": "Rp 25 juta"}}},
    ...         "B": {"organisation": {"name": "LKP Jaya"},
    ...               "needs": {"tenaga": {"priority": 5, "description": "instruktur las"}}}}
    >>> r = rank_organisations(partners, orgs, partner="CSR-1")
    >>> r.to_frame()[["org_id", "rank", "best_aspect"]].values.tolist()
    [['A', 1, 'dana'], ['B', 2, 'tenaga']]
    """
    top = check_top(top)
    check_lang(lang)
    side = partner_side(
        partners, partner=partner, partner_profile=partner_profile, supports=supports
    )
    pairs = assess(side, organisations)
    parts = _weights(pairs[0].query, weights)
    kept = [p for p in pairs if not p.excluded]
    left = pd.DataFrame(
        [
            (p.org_id, p.profile.organisation.name, "; ".join(render(t, lang) for t in p.excluded))
            for p in pairs
            if p.excluded
        ],
        columns=["org_id", "name", "reason"],
    )
    rows = [_row(side, p, parts, lang) for p in kept]
    criteria = [f"score_{n}" for n in parts if n not in ("answer", "priority", "seeks")]
    table = pd.DataFrame(rows, columns=[*_COLUMNS, *criteria, *_TAIL])
    if len(table):
        ids = table["org_id"].astype(str).to_numpy()
        tie = np.argsort(np.argsort(ids, kind="stable"), kind="stable")
        best = top_positions(table["score"].to_numpy(float), tie, top)
        table = table.iloc[best].reset_index(drop=True)
        table["rank"] = np.arange(1, len(table) + 1)
    return OrganisationRanking(table, left, side, parts, lang)


def _weights(query: Query, given: Mapping[str, float] | None) -> dict[str, float]:
    """The score's parts and their normalised weights: answer, priority, seeks, then the
    query's symmetric criteria."""
    raw = {k: FUNDER_WEIGHTS[k] for k in ("answer", "priority", "seeks")}
    for c in query.criteria:
        if c.symmetric:
            raw[c.name] = FUNDER_WEIGHTS.get(c.name, c.default_weight)
    for name, value in (given or {}).items():
        if name not in raw:
            raise ValueError(
                f"weights: unknown part {name!r}{did_you_mean(name, raw)}; expected "
                f"{', '.join(raw)}"
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
            raise ValueError(f"weights.{name} must be a non-negative number; got {value!r}")
        raw[name] = float(value)
    total = sum(raw.values())
    if total <= 0:
        raise ValueError("weights: at least one weight must be above zero")
    return {k: v / total for k, v in raw.items()}


def _row(side: PartnerSide, pair: Pair, weights: dict[str, float], lang: str) -> dict[str, Any]:
    query, org = pair.query, pair.profile.organisation
    j = pair.best
    need = pair.profile.needs[j]
    answer = float(pair.fits[j])
    parts = {
        "answer": answer,
        "priority": need.priority / 5,
        "seeks": float(seeks_fit(side.index, query, np.array([side.row]))[0]),
    }
    for k, c in enumerate(query.criteria):
        if c.name in weights and c.symmetric:
            parts[c.name] = float(pair.scores.criteria[0, k])
    gate = min(1.0, answer / NEED_GATE) if weights["answer"] > 0 else 1.0
    total = sum(w * parts[k] * (1.0 if k == "answer" else gate) for k, w in weights.items())
    km = float(_PROXIMITY.approx_distances(side.index, query, np.array([side.row]))[0])
    return {
        "org_id": pair.org_id,
        "rank": 0,
        "name": org.name,
        "sector": org.sector,
        "kind": org.kind,
        "regency": org.regency,
        "score": round(min(1.0, max(0.0, total)), 12),
        **{f"score_{k}": round(v, 12) for k, v in parts.items()},
        "best_aspect": need.aspect,
        "best_need": need.description,
        "best_priority": need.priority,
        "fit_best": answer,
        "amount_asked": need.quantity,
        "amount_unit": ASPECT_UNITS["id"][need.aspect],
        "distance_km": None if math.isnan(km) else round(km, 1),
        "explanation": _explain(side, pair, parts, weights, lang),
        "score_org_to_partner": float(pair.reciprocal[0]),
        "score_partner_to_org": float(pair.reciprocal[1]),
        "score_reciprocal": float(pair.reciprocal[2]),
        "partner_id": side.partner_id,
    }


def _explain(
    side: PartnerSide, pair: Pair, parts: dict[str, float], weights: dict[str, float], lang: str
) -> str:
    """One sentence from the partner's side: the need it answers, in the organisation's words
    that matched the partner's offer; then nearness, what it gives back, shared vision."""
    en = lang == "en"
    index, row, query = side.index, side.row, pair.query
    org = pair.profile.organisation
    name = org.name or pair.org_id
    j = pair.best
    need = pair.profile.needs[j]
    label = ASPECT_LABELS[lang][need.aspect]
    asked = "" if need.quantity is None else " " + amount_text(need.quantity, need.aspect, lang)
    what = _short(need.description) or label
    if parts["answer"] >= USEFUL_FIT:
        words = matched_words(index, row, need.description, need.aspect)
        offer = _clause(index, index.cell(f"offers_{need.aspect}", row), need.description)
        text = (
            f"{name} needs {what}{asked} ({label}, priority {need.priority})"
            if en
            else f"{name} butuh {what}{asked} ({label}, prioritas {need.priority})"
        )
        if offer:
            text += f", {'matching your offer' if en else 'sesuai tawaran Anda'} «{offer}»"
        if words:
            text += f" ({'matching words' if en else 'kata yang cocok'}: {', '.join(words)})"
        phrases = [text]
    else:
        phrases = [
            f"{name}: none of its needs matches your offers (closest: {label} «{what}», "
            f"fit {fmt(parts['answer'], lang)})"
            if en
            else f"{name}: tidak ada kebutuhannya yang cocok dengan tawaran Anda (paling dekat: "
            f"{label} «{what}», kecocokan {fmt(parts['answer'], lang)})"
        ]
    others = []
    for c in query.criteria:
        if c.symmetric and c.name in weights and weights[c.name] > 0:
            phrase = c.describe(index, query, row, parts[c.name], lang)
            if phrase:
                others.append((weights[c.name] * parts[c.name], phrase))
    if parts["seeks"] >= USEFUL_FIT and index.seeks_total[row] > 0 and org.offers:
        gives = snippet(org.offers, 50)
        others.append(
            (
                weights["seeks"] * parts["seeks"],
                f"offers «{gives}», which you seek"
                if en
                else f"menawarkan «{gives}», yang Anda cari",
            )
        )
    phrases += [p for _, p in sorted(others, key=lambda x: -x[0])]
    text = "; ".join(phrases)
    return text[:1].upper() + text[1:] + "."


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_LEADING = re.compile(r"^(?:serta|dan|atau|juga)\s+", re.IGNORECASE)


def _short(text: str, limit: int = 90) -> str:
    """A need's words for a sentence: whole up to ``limit`` characters, else cut at a word."""
    text = " ".join(str(text or "").split()).rstrip(" .;")
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;") + "…"


def matched_words(index: DirectoryIndex, row: int, text: str, aspect: str) -> list[str]:
    """The words of ``text`` (as written) whose terms the partner's offers contain: in the
    aspect's offer, else in any offer; words that only say what kind of thing it is
    (generic terms) only when nothing else matched."""
    model = index.model
    analyzer = model.analyzer
    terms = set(analyzer.analyze(text))
    for matrix in (index.offer_terms[aspect], index.any_offer_terms):
        present = {model.terms[i] for i in matrix[row].indices}
        hit = terms & present
        if hit:
            break
    words: dict[str, float] = {}
    for token in _WORD.findall(text or ""):
        term = analyzer.term(token.lower())
        if term in hit and token.lower() not in (w.lower() for w in words):
            words[token] = model.term_weight(term, aspect)
    # What it is about first, then the words that say what kind of help it is.
    return sorted(words, key=lambda w: words[w] < 1.0)


_CLAUSES = re.compile(r"[;\n/]|\.\s|,\s")


def _clause(index: DirectoryIndex, offer: object, need: str) -> str:
    """The clause of the partner's offer sharing most terms with the need, shortened."""
    if not offer:
        return ""
    analyzer = index.model.analyzer
    wanted = set(analyzer.analyze(need))
    clauses = [c for c in _CLAUSES.split(str(offer)) if c.strip()]
    best = max(clauses, key=lambda c: len(wanted & set(analyzer.analyze(c))))
    return snippet(_LEADING.sub("", best.strip()), 60)
