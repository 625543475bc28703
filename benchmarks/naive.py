"""The baseline: mitramatch's criteria as an analyst would write them in a notebook.

Row-wise ``DataFrame.apply``, one Python call per partner, plain Python sets for terms. It is
written to be fair, not slow: Sastrawi is called once per distinct word (``functools.cache``),
the domain vocabulary is mitramatch's own (so the terms match), and amounts and regions use
mitramatch's scalar parsers. What it does not do is work on whole columns, reuse a text's
terms across rows, or share work between partners: that difference is what the benchmark
measures. Scores follow the same formulas closely (not bit for bit: e.g. purpose clauses of
need texts are ignored), which the benchmark reports as the overlap of the two top tens.
"""

from __future__ import annotations

import math
import re
from functools import cache

import numpy as np
import pandas as pd

from mitramatch.engine.aspects import ASPECTS, CRITERIA
from mitramatch.engine.needs import NeedsProfile
from mitramatch.engine.parsing import parse_amount
from mitramatch.engine.regions import haversine_km, region_table
from mitramatch.engine.text import Vocabulary

_TOKEN = re.compile(r"[a-z][a-z0-9]*")
_VOCAB = Vocabulary.load()


@cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def stem(word: str) -> str:
    """One word's stem, each distinct word stemmed once (the notes' advice)."""
    return _stemmer().stem(word) or word


def terms(text) -> list[str]:
    if not isinstance(text, str) or not text:
        return []
    text = text.lower()
    for phrase, replacement in sorted(_VOCAB.phrases.items(), key=lambda p: -len(p[0])):
        text = re.sub(r"\b" + re.escape(phrase) + r"\b", replacement, text)
    out = []
    for token in _TOKEN.findall(text):
        if token in _VOCAB.stopwords or len(token) < 2:
            continue
        if token in _VOCAB.words:
            out.append(_VOCAB.words[token])
            continue
        s = stem(token)
        if s not in _VOCAB.stopwords:
            out.append(_VOCAB.synonyms.get(s, s))
    return out


def weight(term: str, aspect: str | None = None) -> float:
    generic = term in _VOCAB.generic or term in _VOCAB.role_terms.get(aspect or "", ())
    return _VOCAB.generic_weight if generic else 1.0


def coverage(need_terms: dict[str, float], offer_terms: set[str]) -> float:
    total = sum(need_terms.values())
    if total <= 0:
        return 0.0
    hit = sum(w for t, w in need_terms.items() if t in offer_terms)
    return min(1.0, hit / min(total, 2.0))


def to_number(value) -> float:
    try:
        return parse_amount(value)
    except ValueError:
        return float("nan")


def rank_naive(partners: pd.DataFrame, profile: NeedsProfile, *, top: int = 10) -> pd.DataFrame:
    """Score every partner row by row and return the best ``top`` (partner_id, score)."""
    org = profile.organisation
    regions = region_table()
    org_regency = regions.regency_code(org.regency) if org.regency else None
    org_province = regions.province_code(org.province) if org.province else None
    needs = [
        (n.aspect, {t: weight(t, n.aspect) for t in set(terms(n.description))}, n)
        for n in profile.needs
    ]
    priorities = np.array([n.priority for n in profile.needs], dtype=float)
    offers = set(terms(org.offers))
    vision = pd.Series(terms(org.vision)).value_counts()
    w = np.array([profile.weights[c] for c in CRITERIA], dtype=float)
    w = w / w.sum()

    def score(row: pd.Series) -> float:
        active = str(row.get("active", "")).strip().lower() not in ("tidak", "nonaktif", "0")
        if profile.filters.active_only and not active:
            return np.nan
        offered = {a: set(terms(row[f"offers_{a}"])) for a in ASPECTS}
        union = set().union(*offered.values())
        fits = []
        for aspect, need_terms, need in needs:
            relevance = coverage(need_terms, offered[aspect]) if need_terms else 0.5
            own = 0.1 + 0.9 * relevance if isinstance(row[f"offers_{aspect}"], str) else 0.0
            capacity = to_number(row[f"capacity_{aspect}"])
            if need.quantity and not math.isnan(capacity):
                factor = 0.5 + 0.5 * min(1.0, capacity / need.quantity)
            else:
                factor = 0.9
            fits.append(max(own * factor, 0.4 * coverage(need_terms, union)))
        need_fit = float(np.dot(fits, priorities / priorities.sum()))

        partner_vision = pd.Series(terms(row["vision"])).value_counts()
        if len(vision) and len(partner_vision):
            a = {t: (1 + math.log(c)) * weight(t) for t, c in vision.items()}
            b = {t: (1 + math.log(c)) * weight(t) for t, c in partner_vision.items()}
            cos = sum(a[t] * b.get(t, 0.0) for t in a) / math.sqrt(
                sum(v * v for v in a.values()) * sum(v * v for v in b.values())
            )
            vision_score = 1 - (1 - min(1.0, cos)) ** 2
        else:
            vision_score = 0.5

        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError):
            lat = lon = float("nan")
        if org.lat is not None and not (math.isnan(lat) or math.isnan(lon)):
            proximity = 0.5 ** (float(haversine_km(lat, lon, org.lat, org.lon)) / 100)
        else:
            code = row["region_code"] if isinstance(row["region_code"], str) else None
            regency = code if code and "." in code else regions.regency_code(row["regency"])
            province = regency[:2] if regency else regions.province_code(row["province"])
            if regency and regency == org_regency:
                proximity = 0.85
            elif province and org_province:
                proximity = 0.4 if province == org_province else 0.1
            else:
                proximity = 0.5

        seeks = set(terms(row["seeks"]))
        if offers and seeks:
            reciprocity = sum(weight(t) for t in seeks if t in offers) / sum(map(weight, seeks))
        else:
            reciprocity = 0.5

        years, count = to_number(row["years_active"]), to_number(row["partnerships_completed"])
        y = 0.5 if math.isnan(years) else 1 - math.exp(-years / 5)
        c = 0.5 if math.isnan(count) else 1 - math.exp(-count / 3)
        track = (y + c) / 2 * (1.0 if active else 0.3)
        return float(np.dot(w, [need_fit, vision_score, proximity, reciprocity, track]))

    scores = partners.apply(score, axis=1)
    out = pd.DataFrame({"partner_id": partners["partner_id"], "score": scores}).dropna()
    return out.sort_values(["score", "partner_id"], ascending=[False, True]).head(top)
