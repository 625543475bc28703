"""How numbers and quoted offers read in explanations, in Indonesian and English."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

__all__ = ["fmt", "snippet"]


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


def snippet(text: object, limit: int = 48) -> str:
    """The first clause of a free text, shortened for a sentence.

    >>> snippet("Menyediakan 12 orang instruktur BLK (menjahit busana muslim), bersertifikat")
    '12 orang instruktur BLK (menjahit busana muslim)'
    >>> snippet("Pinjam pakai mesin jahit (10 unit, jadwal sore hari), ruang praktik")
    'pinjam pakai mesin jahit'
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return _snippet(str(text), limit)


def tidy(clause: str) -> str:
    """A clause as quoted inside a sentence: no leading "menyediakan"/"bisa", lower-case
    first letter unless it starts an acronym (LKP, BLK).

    >>> tidy("Menyediakan Instruktur menjahit"), tidy("BLK Palembang")
    ('instruktur menjahit', 'BLK Palembang')
    """
    clause = _LEADING_VERB.sub("", clause.strip(" .,;"))
    if not clause[:2].isupper():
        clause = clause[:1].lower() + clause[1:]
    return clause


@lru_cache(maxsize=65536)  # the same offers are quoted for many organisations
def _snippet(text: str, limit: int) -> str:
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
