"""Offers as people write them: read clause by clause, each filed under its aspect.

A directory may say what a partner offers in one column per aspect (the contract's
``offers_<aspect>``), in one free-text column as dinas lists do ("Bantuan yang bisa
diberikan", "Keterangan": the schema's ``offers``), or in the wrong column. This module turns
all of it into one offer text per aspect, and remembers where each clause came from:

* a free-text cell is cut into clauses (at ``;``, new lines and sentence ends, then at commas
  when the parts name different kinds of help), and each clause is filed under the aspect of
  its first *cue* word (``[cues]`` in the vocabulary: "instruktur" is people, "magang" a
  programme, "membeli" the use of outputs), or dana when it only names a Rupiah amount; a
  clause with no cue joins the clause before it ("instruktur tata boga, menjahit, las");
* a clause in ``offers_<a>`` whose first cue is another aspect's (a grant written under
  programme) also counts for that aspect;
* an amount written in the text ("(20 orang)", "senilai Rp 50.000.000") is the capacity of
  its aspect when the ``capacity_<aspect>`` column is empty.

Every step is a pure function of the partner's own row, so a partner's offers (and scores)
do not depend on the rest of the directory.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..exceptions import Text
from .aspects import ASPECT_LABELS, ASPECTS
from .parsing import parse_amount
from .regions import code_ids, island_words, islands_in, region_table
from .schema import CAPACITY_COLUMNS, FREE_OFFERS, OFFER_COLUMNS
from .text import Analyzer
from .words import tidy

__all__ = [
    "NATIONWIDE", "REACH_WIDTH", "Clause", "OfferTexts", "best_clause", "clauses_of", "parts_of",
    "quote", "reach_of", "read_offers", "row_clauses", "row_clauses_by_aspect",
]  # fmt: skip

_SEGMENT = re.compile(r"[;\n\r•]+|\.\s+|\s-\s|^\s*-\s*|\s\d+[.)]\s")
_PART = re.compile(r",\s*|\s+/\s+")
_MONEY = re.compile(
    r"(?:(?:rp\.?|idr)\s*\d[\d.,]*(?:\s*(?:juta|jt|miliar|milyar|m|ribu|rb|triliun|t)\b)?"
    r"|\d[\d.,]*\s*(?:juta|jt|miliar|milyar|triliun)\b)",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"(\d[\d.]*)\s*(orang|peserta|siswa|warga|unit|buah|ruang|ruangan|kelas|set|stand|kursi|"
    r"produk|lembar|paket|titik|kamar|mesin|laptop|komputer|pc|lowongan|kuota|tempat)\b",
    re.IGNORECASE,
)

# Counts of things (not people, places in a programme or money): a gift of goods.
_GOODS = re.compile(r"\d[\d.]*\s*(?:unit|buah|set|paket alat|lembar)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Clause:
    """One clause of an offer: its words, its aspect (None: no cue), an amount it names (NaN
    when none) and the column it was written in."""

    text: str
    aspect: str | None
    amount: float
    source: str
    #: not an offer of the column it was written in, whatever that column says (a supplier
    #: selling raw goods to producers, written under pendayagunaan hasil, is no outlet)
    away: bool = False


def _first_cue(
    text: str,
    analyzer: Analyzer,
    *,
    carry: bool = True,
    home: str | None = None,
    purpose: bool = False,
    after: str | None = None,
) -> str | None:
    """The aspect of the first cue in ``text``; with ``carry``, a cue of giving ("hibah",
    "bantuan") takes the aspect of what it gives when the clause names it after (a later
    facility or people cue, a count of goods or goods by name, ``[carriers] goods``: "hibah 1
    unit mobil", "bantuan pompa air"), and a cue of selling ("jual") takes sarana when it
    names goods after ("jual mesin perajang": a sale), or the aspect of the column it was
    written in (``home``: "jual LCD, baterai" under sarana); a
    cue of giving that names no other cue and no money takes ``home`` when that is something
    given ("bantuan cool box" under sarana).
    With ``purpose``, cues in purpose clauses count too (see :func:`clauses_of`); ``after``:
    the aspect of the clause just before, whose payment terms may follow ("jual mesin
    spinner, bisa kredit")."""
    cues = analyzer.cue_of
    # What follows "untuk"/"bagi" says what the help is for, not what it is: "Rp 50 juta
    # untuk pelatihan" is money.
    terms = [term for term, after, _ in analyzer.analyze_terms(text) if purpose or not after]
    sold = home or after
    if sold not in (None, "dana"):
        # Payment terms of a sale ("bisa kredit", "cicilan") written under a facility or a
        # programme, or right after one, are that offer's, not money given.
        vocabulary = analyzer.vocabulary
        payment = vocabulary.commercial | vocabulary.commercial_in.get(sold, frozenset())
        if any(cues.get(t) == "dana" for t in terms) and not payment.isdisjoint(terms):
            return home
    for k, term in enumerate(terms):
        aspect = cues.get(term)
        if aspect is None:
            continue
        selling = term in analyzer.selling_terms
        if carry and (selling or term in analyzer.carrier_terms):
            carried = ("sarana",) if selling else analyzer.vocabulary.carried
            given = next((cues[t] for t in terms[k + 1 :] if cues.get(t) in carried), None)
            if (
                given is None
                and "sarana" in carried
                and (_GOODS.search(text) or not analyzer.goods_terms.isdisjoint(terms[k + 1 :]))
            ):
                given = "sarana"
            if given is None and selling and home not in (None, "pendayagunaan_hasil"):
                given = home
            if (
                given is None and not selling and home in carried
                and not any(cues.get(t) for t in terms[k + 1 :])
            ):  # fmt: skip
                # Giving, under a column of what can be given, naming nothing else it could
                # be: that column's ("bantuan cool box, jaring" under sarana is equipment).
                given = None if _MONEY.search(text) else home
            if given is None and selling and home is None and _bare_sale(text, analyzer):
                given = "sarana"
            return given or aspect
        return aspect
    return None


def _bare_sale(text: str, analyzer: Analyzer) -> bool:
    """Whether free text opens with the bare word of selling, as a shop's line in a dinas list
    does ("jual kabel, MCB", "jual benang sulam", "jual toples plastik"): the partner sells
    those goods. An outlet says whose goods it sells ("jual produk warga", ``[carriers]
    others_goods``) or says it otherwise ("menjual oleh-oleh", "titip jual")."""
    words = "|".join(map(re.escape, analyzer.vocabulary.selling))
    if not words or re.match(rf"\s*(?:{words})\b", text, re.IGNORECASE) is None:
        return False
    terms = {term for term, _, _ in analyzer.analyze_terms(text)}
    return analyzer.others_goods_terms.isdisjoint(terms)


def _supplies(text: str, analyzer: Analyzer) -> bool:
    """Whether a clause sells goods to those who make things ("menjual rotan mentah ke
    perajin", "jual bandeng segar ke pengolah"): a supply of materials, a facility on sale,
    never a market for what the organisation makes (``[carriers] producers``)."""
    pattern = analyzer.supply_pattern
    if pattern is None or pattern.search(text) is None:
        return False
    terms = {term for term, _, _ in analyzer.analyze_terms(text)}
    return not analyzer.selling_terms.isdisjoint(terms)


def _sale(merged: list[list], analyzer: Analyzer) -> str | None:
    """The aspect of the clause read last when it is a sale ("jual mesin spinner"), else None:
    only a sale has payment terms to follow it."""
    if not merged or merged[-1][1] in (None, "dana"):
        return None
    vocabulary = analyzer.vocabulary
    aspect = merged[-1][1]
    selling = (
        analyzer.selling_terms
        | vocabulary.commercial
        | vocabulary.commercial_in.get(aspect, frozenset())
    )
    terms = {term for term, _, _ in analyzer.analyze_terms(merged[-1][0])}
    return aspect if not selling.isdisjoint(terms) else None


def _amount(text: str) -> float:
    """The total Rupiah or count a clause names (NaN when none)."""
    money = [m.group(0) for m in _MONEY.finditer(text)]
    values = []
    for found in money:
        try:
            values.append(parse_amount(found))
        except ValueError:
            continue
    if not values:
        values = [float(m.group(1).replace(".", "")) for m in _COUNT.finditer(text)]
    values = [v for v in values if math.isfinite(v) and v > 0]
    return float(sum(values)) if values else math.nan


def parts_of(text: object) -> list[list[str]]:
    """A free text cut into segments (at ``;``, new lines, sentence ends, list bullets) and
    each segment into its parts (at commas and " / ").

    >>> parts_of("instruktur las, listrik; pinjam bengkel")
    [['instruktur las', 'listrik'], ['pinjam bengkel']]
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return []
    out = []
    for segment in _SEGMENT.split(str(text)):
        parts = [p.strip(" .") for p in _PART.split(segment.strip(" .,")) if p.strip(" .")]
        if parts:
            out.append(parts)
    return out


def clauses_of(
    text: object, analyzer: Analyzer, *, source: str = FREE_OFFERS, home: str | None = None
) -> list[Clause]:
    """The clauses of one free-text offer, each with its aspect (see the module docstring);
    ``home``: the aspect of the ``offers_<aspect>`` column it was written in, if any (by
    default, that of ``source``).

    >>> a = Analyzer()
    >>> [(c.text, c.aspect) for c in clauses_of(
    ...     "instruktur las dan listrik (5 orang), pinjam bengkel; magang 20 peserta", a)]
    [('instruktur las dan listrik (5 orang)', 'tenaga'), ('pinjam bengkel', 'sarana'), ('magang 20 peserta', 'program')]
    >>> [(c.text, c.aspect) for c in clauses_of("program kemitraan dan bantuan peralatan", a)]
    [('program kemitraan', 'program'), ('bantuan peralatan', 'sarana')]
    >>> [c.text for c in clauses_of("modal usaha dan bantuan modal", a)]
    ['modal usaha dan bantuan modal']
    """  # noqa: E501
    if home is None and source in OFFER_COLUMNS:
        home = ASPECTS[OFFER_COLUMNS.index(source)]
    out: list[Clause] = []
    gift = analyzer.gift_pattern
    for parts in parts_of(text):
        pieces = []  # (text, what joined it to the piece before)
        for part in parts:
            split = gift.split(part) if gift is not None else [part]
            pieces.append((split[0], ", "))
            pieces.extend(zip(split[2::2], split[1::2]))
        merged: list[list] = []  # [text, aspect]
        for part, joiner in pieces:
            aspect = _first_cue(part, analyzer, home=home, after=_sale(merged, analyzer))
            if aspect is None and not merged:
                # No kind of help named outside a purpose clause: money when it names an
                # amount, else the purpose says it ("menjembatani siswa ke DUDI untuk PKL").
                # Not under an offers_<aspect> column: there a clause is its column's.
                aspect = (
                    "dana"
                    if _MONEY.search(part)
                    else None
                    if home is not None
                    else _first_cue(part, analyzer, purpose=True)
                )
            supply = _supplies(part, analyzer)
            if supply:
                aspect = "sarana"
            if merged and (aspect is None or aspect == merged[-1][1]):
                merged[-1][0] += joiner + part  # an enumeration goes on
                merged[-1][2] |= supply
            else:
                merged.append([part, aspect, supply])
        for part, aspect, supply in merged:
            if aspect is None and _MONEY.search(part):
                aspect = "dana"
            away = supply and home not in (None, "sarana")
            out.append(Clause(part, aspect, _amount(part), source, away))
    return out


@dataclass(frozen=True)
class OfferTexts:
    """Each aspect's offer text per partner (NA: offers nothing there) and its capacities."""

    texts: dict[str, pd.Series]
    capacity: np.ndarray  # (partners, aspects), NaN unknown
    notes: list[Text]


def read_offers(frame: pd.DataFrame, analyzer: Analyzer) -> OfferTexts:
    """Every partner's offer text per aspect from all its offer columns (module docstring)."""
    n = len(frame)
    texts = {
        a: frame[c].astype("string").reset_index(drop=True) for a, c in zip(ASPECTS, OFFER_COLUMNS)
    }
    capacity = np.column_stack([frame[c].to_numpy(float) for c in CAPACITY_COLUMNS]).copy()
    notes: list[Text] = []
    extra: dict[str, list[pd.Series]] = {a: [] for a in ASPECTS}
    amounts = np.full((n, len(ASPECTS)), np.nan)

    free = (
        frame[FREE_OFFERS].astype("string").reset_index(drop=True) if FREE_OFFERS in frame else None
    )
    if free is not None and free.notna().any():
        codes, uniques = pd.factorize(free, sort=False)
        per_text = [clauses_of(u, analyzer) for u in uniques]
        for k, aspect in enumerate(ASPECTS):
            extra[aspect].append(_filed(per_text, aspect, codes))
            totals = np.array(
                [_sum(c.amount for c in found if c.aspect == aspect) for found in per_text]
                + [np.nan]
            )
            amounts[:, k] = np.fmax(amounts[:, k], totals[codes])
        filed = pd.Series([c.aspect for found in per_text for c in found], dtype=object)
        header = frame.attrs.get("offers_header", FREE_OFFERS)
        counts = ", ".join(
            f"{ASPECT_LABELS['en'][a]} {int((filed == a).sum())}"
            for a in ASPECTS
            if (filed == a).any()
        )
        counts_id = ", ".join(
            f"{ASPECT_LABELS['id'][a]} {int((filed == a).sum())}"
            for a in ASPECTS
            if (filed == a).any()
        )
        unfiled = int(filed.isna().sum())
        notes.append(
            Text(
                f"offers read from column {header!r} clause by clause: {counts or 'none filed'}"
                + (
                    f"; {unfiled} clause(s) named no kind of help and were left out"
                    if unfiled
                    else ""
                ),
                f"tawaran dibaca dari kolom {header!r} per klausa: {counts_id or 'tidak ada'}"
                + (
                    f"; {unfiled} klausa tidak menyebut jenis bantuan dan tidak dipakai"
                    if unfiled
                    else ""
                ),
            )
        )

    # A clause written under one aspect that names another kind of help first (a grant under
    # programme: "hibah Rp 50 juta") counts for that one too. Clause by clause, each by its
    # own first cue: a clause added to an offer then never takes away what it offered.
    for aspect in ASPECTS:
        column = texts[aspect]
        if not column.notna().any():
            continue
        codes, uniques = pd.factorize(column, sort=False)
        per_text = [clauses_of(u, analyzer, home=aspect) for u in uniques]
        if any(c.away for found in per_text for c in found):
            # What a rule says is not this column's offer leaves it (and is filed where it is).
            kept = [
                "; ".join(c.text for c in found if not c.away) or None
                if any(c.away for c in found)
                else u
                for u, found in zip(uniques, per_text)
            ]
            texts[aspect] = pd.Series(np.array([*kept, None], dtype=object)[codes], dtype="string")
        for j, other in enumerate(ASPECTS):
            # Each clause's amount is a capacity of the aspect it offers (its own column's
            # when it names no kind of help).
            own = other == aspect
            totals = np.array(
                [
                    _sum(c.amount for c in found if c.aspect == other or (own and c.aspect is None))
                    for found in per_text
                ]
                + [np.nan]
            )
            amounts[:, j] = np.fmax(amounts[:, j], totals[codes])
            if own:
                continue
            moved = _filed(per_text, other, codes)
            if moved.notna().any():
                extra[other].append(moved)

    out = {}
    for aspect in ASPECTS:
        parts = [texts[aspect], *extra[aspect]]
        out[aspect] = _join(parts) if len(parts) > 1 else parts[0]
    capacity = np.where(np.isnan(capacity), amounts, capacity)
    if not any(s.notna().any() for s in out.values()):
        notes.append(
            Text(
                "no partner offers anything the scorer can read: no offers_<aspect> column or "
                "free-text offer column has text, so every need fit is 0; add what partners "
                "offer (see docs/data-contract.md)",
                "tidak ada tawaran mitra yang dapat dibaca: kolom offers_<aspek> maupun kolom "
                "tawaran bebas kosong, sehingga semua kecocokan kebutuhan 0; isi apa yang "
                "ditawarkan mitra (lihat docs/data-contract.md)",
            )
        )
    return OfferTexts(out, capacity, notes)


#: Places an offer may name (:func:`reach_of`); more are rare and the first ones kept.
REACH_WIDTH = 8
#: The reach code of an offer open to the whole country (region codes are 11 and up).
NATIONWIDE = 1
_PLAIN = re.compile(r"[^a-z0-9]+")


def reach_of(texts: dict[str, pd.Series], analyzer: Analyzer) -> np.ndarray:
    """Where each partner's offers say they reach, as written in them: (partners,
    ``REACH_WIDTH``) region ids (:func:`~.regions.code_ids`) of the provinces and kabupaten/kota
    they name (:meth:`~.regions.RegionTable.named_in`: "membeli keripik dari pemasok Lampung"),
    ids of the islands they name (:func:`~.regions.islands_in`: "dari penenun Lombok"),
    ``NATIONWIDE`` for an offer open to the whole country (the vocabulary's ``[reach]``:
    "hibah bagi kelompok dari seluruh Indonesia"), 0 in the unused places.

    A pure function of each partner's own texts, read once per distinct text.

    >>> a = Analyzer()
    >>> reach_of({"dana": pd.Series(["hibah dari seluruh Indonesia", "modal bagi warga Kab. Lampung Selatan", None])}, a)[:, :2].tolist()
    [[1, 0], [1801, 0], [0, 0]]
    """  # noqa: E501
    phrases = [f" {_PLAIN.sub(' ', p).strip()} " for p in analyzer.vocabulary.national]
    table = region_table()
    # A text with none of these words names no place and no nationwide phrase: most texts,
    # told apart all at once before any is read.
    triggers = table.name_words() | island_words() | {w for p in phrases for w in p.split()}
    region_ids: dict[str, int] = {}

    def read(text: str, national: bool) -> list[int]:
        plain = _PLAIN.sub(" ", text.lower())
        found = [NATIONWIDE] if national and any(p in f" {plain} " for p in phrases) else []
        for code in table.named_in(text):
            if code not in region_ids:
                region_ids[code] = int(code_ids([code])[0])
            found.append(region_ids[code])
        return found + list(islands_in(text))

    n = len(next(iter(texts.values()))) if texts else 0
    per_row = np.zeros((n, REACH_WIDTH * len(texts)), dtype=np.uint16)
    # Money, facilities and buyers reach from anywhere; people and programmes are where they are
    # ("magang nasional bagi siswa se-Indonesia" in Jakarta is a trip, not a local place).
    remote = analyzer.vocabulary.remote or tuple(texts)
    for j, (aspect, column) in enumerate(texts.items()):
        if not column.notna().any():
            continue
        codes, uniques = pd.factorize(column, sort=False)
        found = np.zeros((len(uniques) + 1, REACH_WIDTH), dtype=np.uint16)  # last row: NA
        # In the string dtype (Arrow where installed), lower-casing and splitting run in C.
        words = (
            pd.Series(uniques, dtype="string")
            .str.lower()
            .str.replace(_PLAIN.pattern, " ", regex=True)
            .str.split(" ")
            .explode()
        )
        hit = words.isin(triggers).groupby(level=0).any().to_numpy()
        for k in np.flatnonzero(hit):
            ids = read(str(uniques[k]), aspect in remote)[:REACH_WIDTH]
            found[k, : len(ids)] = ids
        per_row[:, j * REACH_WIDTH : (j + 1) * REACH_WIDTH] = found[codes]
    out = np.zeros((n, REACH_WIDTH), dtype=np.uint16)
    named = np.flatnonzero(per_row.any(axis=1))
    # Each place once, in the order written, at the front of the row: a stable sort puts a
    # value's first occurrence before its repeats, which are cleared; then the zeros go last.
    found = per_row[named]
    order = np.argsort(found, axis=1, kind="stable")
    ranked = np.take_along_axis(found, order, axis=1)
    repeat = np.zeros(ranked.shape, dtype=bool)
    repeat[:, 1:] = ranked[:, 1:] == ranked[:, :-1]
    np.put_along_axis(found, order, np.where(repeat, 0, ranked), axis=1)
    front = np.argsort(found == 0, axis=1, kind="stable")
    out[named] = np.take_along_axis(found, front, axis=1)[:, :REACH_WIDTH]
    return out


def _filed(per_text: list[list[Clause]], aspect: str, codes: np.ndarray) -> pd.Series:
    """Per row (``codes``: its position among the distinct texts, -1 missing), its clauses
    filed under ``aspect`` joined, NA when none."""
    joined = ["; ".join(c.text for c in found if c.aspect == aspect) or None for found in per_text]
    return pd.Series(np.array([*joined, None], dtype=object)[codes], dtype="string")


def _sum(values) -> float:
    values = [v for v in values if not math.isnan(v)]
    return float(sum(values)) if values else math.nan


def _join(parts: Sequence[pd.Series]) -> pd.Series:
    """An offer column with the clauses filed into it from other columns, joined by "; "
    (each text once). Only the rows that received a clause are joined: on a large directory
    they are few, and a Python join per row of every partner was a quarter of the build."""
    base = parts[0].reset_index(drop=True).astype("string")
    extras = [p.reset_index(drop=True) for p in parts[1:]]
    received = np.zeros(len(base), dtype=bool)
    for extra in extras:
        received |= extra.notna().to_numpy()
    out = base.mask(base == "")  # an empty text is no offer, as when joined
    rows = np.flatnonzero(received)
    if len(rows):
        frame = pd.concat([base.iloc[rows], *(e.iloc[rows] for e in extras)], axis=1)
        values = frame.to_numpy(dtype=object, na_value=None)
        joined = ["; ".join(dict.fromkeys(v for v in row if v)) or None for row in values]
        out.iloc[rows] = pd.array(joined, dtype="string")
    return out


def row_clauses(
    cell: Callable[[str], object],
    aspect: str,
    analyzer: Analyzer,
    split: Callable[[object, str], list[Clause]] | None = None,
) -> list[Clause]:
    """The clauses of one partner that offer ``aspect``, with the column each came from (for
    explanations: the clause that matched, and where it was written). ``cell(column)`` is
    the partner's value in a column (None when missing or when there is no such column):
    a DataFrame look-up per column costs more than the whole clause split. ``split(text,
    column)``: :func:`clauses_of` with ``source=column``, or a cache of it."""
    return row_clauses_by_aspect(cell, analyzer, split)[aspect]


def row_clauses_by_aspect(
    cell: Callable[[str], object],
    analyzer: Analyzer,
    split: Callable[[object, str], list[Clause]] | None = None,
) -> dict[str, list[Clause]]:
    """:func:`row_clauses` for every aspect at once, each cell read and split once (an
    explanation looks a partner up in several aspects): an offer column's own clauses
    first (read as offering that column's aspect, unless they are away), then the free-text
    column's clauses about the aspect, then those about it in the other offer columns."""
    if split is None:

        def split(text: object, source: str) -> list[Clause]:
            return clauses_of(text, analyzer, source=source)

    columns = [(column, cell(column)) for column in OFFER_COLUMNS]
    split_columns = [(column, split(text, column)) for column, text in columns]
    free = cell(FREE_OFFERS)
    free_clauses = split(free, FREE_OFFERS) if free is not None else []
    out: dict[str, list[Clause]] = {}
    for aspect, (column, own), (_, parts) in zip(ASPECTS, columns, split_columns):
        found: list[Clause] = []
        if isinstance(own, str) and own.strip():
            found.extend(Clause(c.text, aspect, c.amount, column) for c in parts if not c.away)
        found.extend(c for c in free_clauses if c.aspect == aspect)
        for other_column, other_parts in split_columns:
            if other_column != column:
                found.extend(c for c in other_parts if c.aspect == aspect)
        out[aspect] = found
    return out


def best_clause(
    clauses: Sequence[Clause],
    weights: dict[str, float],
    analyzer: Analyzer,
    *,
    aspect: str | None = None,
    roles: frozenset[str] = frozenset(),
) -> tuple[Clause, frozenset[str]] | None:
    """The clause that answers a need best: the most need-term weight (``weights``: term ->
    weight), then a kind of help the need asks for (``roles`` of ``aspect``), then the first.
    Returns it with the need terms it contains; None when no clause has anything of the need.

    >>> a = Analyzer()
    >>> clause, hits = best_clause(clauses_of("instruktur las; ruang kelas", a), {"las": 1.0}, a)
    >>> clause.text, sorted(hits)
    ('instruktur las', ['las'])
    """
    best: tuple[float, int] | None = None
    found_best: tuple[Clause, frozenset[str]] | None = None
    for position, clause in enumerate(clauses):
        terms = analyzer.term_set(clause.text)
        hits = frozenset(t for t in weights if t in terms)
        kind = bool(aspect and roles & analyzer.vocabulary.roles_of(aspect, terms))
        value = math.fsum(weights[t] for t in hits) + (0.5 if kind else 0.0)
        if value <= 0:
            continue
        if best is None or value > best[0]:
            best, found_best = (value, position), (clause, hits)
    return found_best


def quote(text: str, hits: frozenset[str], analyzer: Analyzer, limit: int = 60) -> str:
    """A clause shortened for a sentence, keeping its head and the items that matched: an
    enumeration "instruktur las, listrik, menjahit dan komputer" quoted for a sewing need is
    "instruktur las, …, menjahit".

    >>> a = Analyzer()
    >>> quote("instruktur las, listrik, otomotif mobil, menjahit dan komputer bisa "
    ...       "diperbantukan sebagai narasumber", frozenset({"jahit"}), a)
    'instruktur las, …, menjahit'
    """
    text = tidy(re.sub(r"\s*\((?:\d[^)]*)\)", "", text))  # "(20 orang)": a capacity
    if len(text) <= limit:
        return text
    # An aside is the first thing to drop, unless it holds what matched.
    text = re.sub(
        r"\s*\(([^)]*)\)",
        lambda m: m.group(0) if hits & set(analyzer.analyze(m.group(1))) else "",
        text,
    )
    if len(text) <= limit:
        return text
    items = [p.strip() for p in re.split(r",\s*|\s+dan\s+|\s+serta\s+|\s+/\s+", text) if p.strip()]
    keep = [0] + [k for k, item in enumerate(items) if k and hits & set(analyzer.analyze(item))]
    parts: list[str] = []
    for k in keep[:3]:
        if parts and k != keep[keep.index(k) - 1] + 1:
            parts.append("…")
        parts.append(items[k])
    out = ", ".join(parts).replace(", …,", ", …,")
    if len(out) > limit:
        out = out[: limit - 1].rsplit(" ", 1)[0] + "…"
    return out
