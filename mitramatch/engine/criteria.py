"""The criteria: each scores every partner at once, as floats in [0, 1], higher is better.

That is the one score convention of mitramatch. A criterion is a small object with

* ``score(index, prepared)``: a vectorised score over the whole directory (no row loops);
* ``describe(index, prepared, row, value, lang)``: its own words for one partner's explanation;
* ``policy``: what it does with missing data. Missing data is never NaN and, unless the policy
  says why, never a silent zero: it is *neutral* (0.5), neither rewarded nor punished.

The criteria follow the domain brief: covering the needs (``need_fit``), shared vision
(``vision``, kesamaan visi), mutual need (``reciprocity``, saling membutuhkan), sustainability
(``track_record``) and, in practice, ``proximity``.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod

import numpy as np
import pandas as pd

from .aspects import ASPECT_LABELS, ASPECTS
from .index import DirectoryIndex, Prepared
from .regions import code_ids, haversine_km, region_table
from .text import coverage_scores

__all__ = [
    "CRITERIA_BY_NAME",
    "Criterion",
    "NeedFit",
    "Proximity",
    "Reciprocity",
    "TrackRecord",
    "Vision",
    "fmt",
]

NEUTRAL = 0.5


def fmt(value: float, lang: str = "id", digits: int = 2) -> str:
    """A number as people read it: decimal comma in Indonesian.

    >>> fmt(0.8234), fmt(0.8234, "en"), fmt(12.0, digits=0)
    ('0,82', '0.82', '12')
    """
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "id" else text


_LEADING_VERB = re.compile(
    r"^(?:menyediakan|memberikan|menawarkan|siap|bersedia|dapat|bisa|membantu)\s+", re.IGNORECASE
)


def _snippet(text: object, limit: int = 48) -> str:
    """The first clause of a free text, shortened for a sentence.

    >>> _snippet("Menyediakan 12 orang instruktur BLK (menjahit busana muslim), bersertifikat")
    '12 orang instruktur BLK (menjahit busana muslim)'
    >>> _snippet("Pinjam pakai mesin jahit (10 unit, jadwal sore hari), ruang praktik")
    'pinjam pakai mesin jahit'
    """
    if text is None or pd.isna(text):
        return ""
    clause = re.split(r"[;\n/]|\.\s|,\s", str(text).strip())[0].strip(" .,;")
    clause = _LEADING_VERB.sub("", clause)
    unbalanced = "(" in clause and ")" not in clause.split("(", 1)[1]
    if unbalanced or len(clause) > limit:
        clause = clause.split(" (", 1)[0]  # an aside is the first thing to drop
    if len(clause) > limit:
        clause = clause[: limit - 1].rsplit(" ", 1)[0] + "…"
    if not clause[:2].isupper():  # keep acronyms (LKP, BLK) as written
        clause = clause[:1].lower() + clause[1:]
    return clause


class Criterion(ABC):
    """One scored aspect of a candidate partner."""

    name: str
    policy: str

    @abstractmethod
    def score(self, index: DirectoryIndex, prepared: Prepared) -> np.ndarray:
        """Scores for every partner of ``index``, floats in [0, 1]."""

    @abstractmethod
    def describe(
        self, index: DirectoryIndex, prepared: Prepared, row: int, value: float, lang: str
    ) -> str | None:
        """A short phrase about this partner on this criterion, or None when not worth saying."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class NeedFit(Criterion):
    """How well the partner answers each needed aspect, combined by the aspect priorities.

    For each needed aspect ``a``:

    * *relevance*: the weighted share of the need description's terms found in the partner's
      ``offers_a`` text (:func:`~mitramatch.text.coverage_scores`); a need without a
      description is answered by any offer in that aspect at the neutral 0.5;
    * *offered fit* = ``0.1 + 0.9 * relevance`` when ``offers_a`` is filled: offering the
      aspect at all is worth a little, offering the right thing is worth the rest;
    * *capacity factor* = ``0.5 + 0.5 * min(1, capacity / quantity)`` when both are known;
      ``0.9`` when either is unknown (probably enough, but below a partner shown to suffice);
    * *fit* = the larger of ``offered fit * capacity factor`` and ``0.4 * relevance`` of all
      the partner's offers together (evidence written in another aspect's column counts a
      little, as messy directories misfile offers).

    ``need_fit`` is the priority-weighted mean of the fits.
    """

    name = "need_fit"
    policy = (
        "An empty offers_<aspect> means the partner does not offer that aspect (data contract), "
        "so its fit there is 0 unless its other offers mention the need. Unknown capacity or "
        "quantity gives the capacity factor 0.9; a need without description scores relevance "
        "0.5 for every partner offering that aspect."
    )
    OFFER_FLOOR = 0.1
    CROSS_ASPECT = 0.4
    CAPACITY_UNKNOWN = 0.9

    def relevance(self, index: DirectoryIndex, prepared: Prepared) -> np.ndarray:
        """(n partners, n needs) weighted term coverage of each need by each offer text."""
        out = np.empty((len(index), len(prepared.need_queries)))
        for j, (query, col) in enumerate(zip(prepared.need_queries, prepared.aspect_columns)):
            if query.empty:
                out[:, j] = NEUTRAL
            else:
                out[:, j] = coverage_scores(index.offer_terms[ASPECTS[col]], index.model, query)
        return out

    def aspect_fits(self, index: DirectoryIndex, prepared: Prepared) -> np.ndarray:
        """(n partners, n needs) fit of each partner to each needed aspect, in [0, 1]."""
        cols = prepared.aspect_columns
        relevance = self.relevance(index, prepared)
        cross = np.zeros_like(relevance)
        for j, query in enumerate(prepared.need_queries):
            if not query.empty:
                cross[:, j] = coverage_scores(index.any_offer_terms, index.model, query)
        return self.fit(
            relevance, cross, index.offered[:, cols], index.capacity[:, cols],
            prepared.quantities[None, :],
        )  # fmt: skip

    def fit(
        self,
        relevance: np.ndarray,
        cross: np.ndarray,
        offered: np.ndarray,
        capacity: np.ndarray,
        quantity: np.ndarray,
    ) -> np.ndarray:
        """The fit formula, element-wise on broadcastable arrays (``cross``: the relevance
        of all the partner's offers together); many organisations at once in batch ranking."""
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(quantity > 0, capacity / quantity, 1.0)
        known = ~np.isnan(capacity) & ~np.isnan(quantity)
        factor = np.where(known, 0.5 + 0.5 * np.clip(ratio, 0.0, 1.0), self.CAPACITY_UNKNOWN)
        own = np.where(offered, self.OFFER_FLOOR + (1 - self.OFFER_FLOOR) * relevance, 0.0)
        return np.clip(np.maximum(own * factor, self.CROSS_ASPECT * cross), 0.0, 1.0)

    def combine(self, fits: np.ndarray, prepared: Prepared) -> np.ndarray:
        """Priority-weighted mean of the aspect fits."""
        p = prepared.priorities
        return np.clip(fits @ (p / p.sum()), 0.0, 1.0)

    def score(self, index: DirectoryIndex, prepared: Prepared) -> np.ndarray:
        return self.combine(self.aspect_fits(index, prepared), prepared)

    def describe(self, index, prepared, row, value, lang):
        # The explanation assembles aspect phrases itself (see explain.py): it needs the fits.
        return None

    def aspect_phrase(
        self, index: DirectoryIndex, aspect: str, fit: float, row: int, lang: str, *, lead: bool
    ) -> str:
        """ "Menawarkan <offer> (tenaga, kecocokan 0,82)"; without the verb unless ``lead``."""
        label = ASPECT_LABELS[lang][aspect]
        offer = _snippet(index.cell(f"offers_{aspect}", row))
        en = lang == "en"
        if not offer:
            offer = "mentions it in other offers" if en else "menyebutnya di tawaran lain"
        elif lead:
            offer = f"{'Offers' if en else 'Menawarkan'} {offer}"
        fit_word = "fit" if en else "kecocokan"
        return f"{offer} ({label}, {fit_word} {fmt(fit, lang)})"

    def gap_phrase(self, index: DirectoryIndex, aspect: str, fit: float, row: int, lang: str):
        label = ASPECT_LABELS[lang][aspect]
        offered = bool(index.offered[row, ASPECTS.index(aspect)])
        if lang == "en":
            return (
                f"{label} offer fits poorly ({fmt(fit, lang)})"
                if offered
                else (f"does not provide {label}")
            )
        return (
            f"tawaran {label} kurang cocok ({fmt(fit, lang)})"
            if offered
            else (f"tidak menyediakan {label}")
        )


class Vision(Criterion):
    """Shared vision (kesamaan visi): cosine similarity of weighted vision terms, boosted.

    Short visions share few words even when aligned, so the cosine ``c`` is mapped to
    ``1 - (1 - c)**2`` (0.3 -> 0.51, 0.5 -> 0.75): order is kept, mid values spread.
    """

    name = "vision"
    policy = "Either vision missing (or without meaningful words): neutral 0.5."

    def score(self, index, prepared):
        if not prepared.vision_known:
            return np.full(len(index), NEUTRAL)
        return self.from_cosine(index.vision @ prepared.vision_vector, index.has_vision)

    def from_cosine(self, cosine: np.ndarray, has_vision: np.ndarray) -> np.ndarray:
        """The score from the raw cosine, element-wise on broadcastable arrays."""
        cosine = np.clip(cosine, 0.0, 1.0)
        return np.where(has_vision, 1.0 - (1.0 - cosine) ** 2, NEUTRAL)

    def describe(self, index, prepared, row, value, lang):
        if not (prepared.vision_known and index.has_vision[row]) or value < 0.5:
            return None
        return (
            f"shared vision ({fmt(value, lang)})"
            if lang == "en"
            else (f"visi sejalan ({fmt(value, lang)})")
        )


class Proximity(Criterion):
    """How near the partner is: great-circle distance when both sides have ``lat``/``lon``
    (``0.5 ** (km / 100)``: 100 km halves it), else the region hierarchy: same kabupaten/kota
    0.85, same province 0.4, elsewhere 0.1."""

    name = "proximity"
    policy = (
        "When the region of either side cannot be resolved from lat/lon, region_code or names: "
        "neutral 0.5."
    )
    HALF_DISTANCE_KM = 100.0
    SAME_REGENCY, SAME_PROVINCE, ELSEWHERE = 0.85, 0.4, 0.1

    def distances(self, index: DirectoryIndex, prepared: Prepared, rows=slice(None)):
        """Exact distance in km where both sides have coordinates (NaN elsewhere)."""
        return haversine_km(index.lat[rows], index.lon[rows], prepared.lat, prepared.lon)

    def approx_distances(self, index: DirectoryIndex, prepared: Prepared) -> np.ndarray:
        """Distance in km using regency centroids where coordinates are missing (filters)."""
        lat, lon = prepared.lat, prepared.lon
        if np.isnan(lat) or np.isnan(lon):
            c_lat, c_lon = region_table().centroids(np.array([prepared.regency], dtype=object))
            lat, lon = c_lat[0], c_lon[0]
        return haversine_km(index.approx_lat, index.approx_lon, lat, lon)

    def levels(self, index: DirectoryIndex, prepared: Prepared, rows=slice(None)) -> np.ndarray:
        """Region hierarchy: 2 same regency, 1 same province, 0 elsewhere, -1 unknown."""
        regency = np.atleast_1d(index.regency_id[rows])
        province = np.atleast_1d(index.province_id[rows])
        level = np.full(len(regency), -1, dtype=np.int8)
        if prepared.province is not None:
            org = code_ids([prepared.province])[0]
            level[province >= 0] = 0
            level[province == org] = 1
        if prepared.regency is not None:
            org = code_ids([prepared.regency])[0]
            level[(regency >= 0) & (level == -1)] = 0
            level[regency == org] = 2
        return level

    def score(self, index, prepared):
        return self.score_at(index, prepared)

    def score_at(self, index: DirectoryIndex, prepared: Prepared, rows=slice(None)):
        """The scores of the partners at ``rows`` only (batch screening scores a few)."""
        table = np.array([self.ELSEWHERE, self.SAME_PROVINCE, self.SAME_REGENCY, NEUTRAL])
        by_region = table[self.levels(index, prepared, rows)]  # -1 picks NEUTRAL (last)
        km = self.distances(index, prepared, rows)
        return np.clip(np.where(np.isnan(km), by_region, self.from_distance(km)), 0.0, 1.0)

    def from_distance(self, km: np.ndarray) -> np.ndarray:
        """The score of an exact distance (100 km halves it), element-wise."""
        return 0.5 ** (km / self.HALF_DISTANCE_KM)

    def describe(self, index, prepared, row, value, lang):
        km = float(self.distances(index, prepared, row))
        level = int(self.levels(index, prepared, row)[0])
        en = lang == "en"
        if not np.isnan(km):
            near = "in the same regency, " if en else "satu kabupaten, "
            prefix = near if level == 2 else ""
            return f"{prefix}{fmt(km, lang, 0)} km {'away' if en else 'jaraknya'}"
        words = {
            2: ("same regency", "satu kabupaten/kota"),
            1: ("same province", "satu provinsi"),
            0: ("outside the province", "di luar provinsi"),
            -1: ("location unknown", "lokasi tidak diketahui"),
        }[level]
        if (
            level == 0
            and prepared.province is not None
            and index.province[row] == prepared.province
        ):
            words = ("other regency in the province", "kabupaten lain satu provinsi")
        return words[0] if en else words[1]


class Reciprocity(Criterion):
    """Mutual need (saling membutuhkan): the weighted share of what the partner ``seeks``
    that the organisation ``offers``."""

    name = "reciprocity"
    policy = "Partner's seeks or organisation's offers missing: neutral 0.5."

    def score(self, index, prepared):
        if not prepared.offers_known:
            return np.full(len(index), NEUTRAL)
        return self.from_hits(index.seeks @ prepared.offers_vector, index.seeks_total)

    def from_hits(self, hits: np.ndarray, seeks_total: np.ndarray) -> np.ndarray:
        """The share of the seeks weight the offers hit, element-wise on broadcastable arrays."""
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(seeks_total > 0, hits / seeks_total, NEUTRAL)
        return np.clip(share, 0.0, 1.0)

    def describe(self, index, prepared, row, value, lang):
        if not prepared.offers_known or index.seeks_total[row] == 0 or value < 0.3:
            return None
        seeks = _snippet(index.cell("seeks", row), 40)
        return (
            f"seeks {seeks}, which you offer"
            if lang == "en"
            else (f"mencari {seeks}, yang Anda tawarkan")
        )


class TrackRecord(Criterion):
    """Sustainability: years active and partnerships completed, each saturating
    (``1 - exp(-years / 5)``, ``1 - exp(-count / 3)``), averaged; an inactive partner keeps
    30 % of it (inactive ones are filtered out by default)."""

    name = "track_record"
    policy = "years_active or partnerships_completed missing: that half is neutral 0.5."
    YEARS_SCALE, COUNT_SCALE, INACTIVE_FACTOR = 5.0, 3.0, 0.3

    def score(self, index, prepared):
        # Nothing here depends on the profile: computed once per index.
        return index.memo("track_record", lambda: self._score(index))

    def _score(self, index: DirectoryIndex) -> np.ndarray:
        years = np.where(
            np.isnan(index.years_active),
            NEUTRAL,
            1 - np.exp(-index.years_active / self.YEARS_SCALE),
        )
        count = np.where(
            np.isnan(index.partnerships),
            NEUTRAL,
            1 - np.exp(-index.partnerships / self.COUNT_SCALE),
        )
        base = (years + count) / 2
        return np.clip(np.where(index.active, base, base * self.INACTIVE_FACTOR), 0.0, 1.0)

    def describe(self, index, prepared, row, value, lang):
        en = lang == "en"
        if not index.active[row]:
            return "inactive" if en else "tidak aktif"
        parts = []
        years = index.years_active[row]
        if not np.isnan(years) and years > 0:
            parts.append(f"active {years:g} years" if en else f"aktif {years:g} tahun")
        count = index.partnerships[row]
        if not np.isnan(count) and count > 0:
            parts.append(
                f"{count:g} partnerships completed" if en else f"{count:g} kemitraan selesai"
            )
        return ", ".join(parts) or None


CRITERIA_BY_NAME: dict[str, Criterion] = {
    c.name: c for c in (NeedFit(), Vision(), Proximity(), Reciprocity(), TrackRecord())
}
