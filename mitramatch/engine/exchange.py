"""What changes hands in a need, an offer or a seek: people, or a place.

"tempat magang bagi peserta kelas menjahit" asks for a *place*; "warga belajar yang siap
magang" offers *people*; both say "magang". An LKP that seeks a place for its apprentices is
not answered by a PKBM's learners, and a need for an apprenticeship place is not met by a
school offering its students. So each clause of a text is typed by its head, its first word
after a leading verb such as "menyediakan" (:data:`LEAD_WORDS`), when that is an
``[exchange]`` word of the vocabulary; a purpose clause ("untuk/bagi ...") names who benefits,
not what is exchanged. A clause without a typed head continues the clause before it in the
same segment (an enumeration), or stays untyped. Untyped text is compatible with anything: most
offers and needs say nothing of the sort, and they are compared on their words alone.

Kinds are bits (``KINDS[k]`` is ``1 << k``) so that a partner's offer in one aspect, made of
several clauses, is one small integer.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from .offers import parts_of
from .text import Analyzer, row_dot

__all__ = [
    "EXCHANGE_ASPECTS", "KINDS", "clause_kinds", "kind_mask", "kind_of", "split_by_kind",
    "typed_hits", "typed_vectors",
]  # fmt: skip

#: The kinds of thing exchanged, in bit order.
KINDS = ("orang", "tempat")

#: Aspects whose offers can be a place or people for the same word ("magang": a place to do
#: it, or apprentices): there a need for one is not met by an offer of only the other. Only
#: their offers are typed (the others' kinds would never be read).
EXCHANGE_ASPECTS = ("program",)


#: Words that may come before the head of an offer ("menyediakan tempat magang", "siap
#: menerima peserta") and say nothing of what is exchanged.
LEAD_WORDS = frozenset(
    {"menyediakan", "memberikan", "memberi", "menawarkan", "siap", "bersedia", "dapat", "bisa",
     "juga", "ada", "tersedia", "punya", "memiliki"}
)  # fmt: skip


def _kind(words: Sequence[tuple[str, bool]], analyzer: Analyzer) -> str | None:
    # Only the head says what is exchanged, and Indonesian puts the head first: "tempat magang
    # ...", "menerima peserta ...", "siswa prakerin ...". A later word qualifies the head:
    # "PKL siswa SMK" is an internship (for students), "produk olahan anggota" products.
    exchange = analyzer.vocabulary.exchange
    for token, purpose in words:
        if purpose:
            return None
        if token not in LEAD_WORDS:
            return next((kind for kind in KINDS if token in exchange.get(kind, ())), None)
    return None


def kind_of(text: object, analyzer: Analyzer) -> str | None:
    """The kind of the first clause of ``text`` that has one (None: untyped).

    >>> a = Analyzer()
    >>> kind_of("tempat magang bagi peserta kelas menjahit", a)
    'tempat'
    >>> kind_of("warga belajar Paket C yang siap magang", a), kind_of("instruktur las", a)
    ('orang', None)
    """
    return next((k for _, k in clause_kinds(text, analyzer) if k is not None), None)


def clause_kinds(text: object, analyzer: Analyzer) -> list[tuple[str, str | None]]:
    """Each clause of ``text`` with its kind (see the module docstring).

    >>> clause_kinds("menerima peserta magang, PKL; lulusan siap kerja", Analyzer())
    [('menerima peserta magang', 'tempat'), ('PKL', 'tempat'), ('lulusan siap kerja', 'orang')]
    """
    out: list[tuple[str, str | None]] = []
    for segment in parts_of(text):
        kind: str | None = None
        for part in segment:
            kind = _kind(analyzer.tokens(part), analyzer) or kind
            out.append((part, kind))
    return out


def kind_mask(texts: pd.Series, analyzer: Analyzer) -> np.ndarray:
    """Per text, the bits of the kinds its clauses say (0: untyped or missing)."""
    codes, uniques = pd.factorize(texts.astype("string").reset_index(drop=True), sort=False)
    masks = np.zeros(len(uniques) + 1, dtype=np.uint8)
    for k, text in enumerate(uniques):
        for _, kind in clause_kinds(text, analyzer):
            if kind is not None:
                masks[k] |= 1 << KINDS.index(kind)
    return masks[codes]


def split_by_kind(texts: pd.Series, analyzer: Analyzer) -> dict[str, pd.Series]:
    """Each text's clauses joined per kind: ``""`` for the untyped ones, then each of
    :data:`KINDS` (NA where a text has no clause of that kind)."""
    codes, uniques = pd.factorize(texts.astype("string").reset_index(drop=True), sort=False)
    joined: dict[str, list[str | None]] = {k: [] for k in ("", *KINDS)}
    for text in uniques:
        parts: dict[str, list[str]] = {k: [] for k in joined}
        for clause, kind in clause_kinds(text, analyzer):
            parts[kind or ""].append(clause)
        for kind, found in parts.items():
            joined[kind].append("; ".join(found) or None)
    return {
        kind: pd.Series(np.array([*values, None], dtype=object)[codes], dtype="string")
        for kind, values in joined.items()
    }


def typed_vectors(model, text: object, extra: str = "") -> dict[str, np.ndarray]:
    """A text on the organisation's side as term-presence vectors per kind: ``""`` holds
    every term, each kind the terms of its clauses and of the untyped ones (compatible with
    anything); ``extra`` (identity words: name, kind, sector) counts as untyped.

    ``model`` is the directory's :class:`~.text.TextModel`; the vectors match its terms.
    """
    parts = {k: [] for k in ("", *KINDS)}
    for clause, kind in clause_kinds(text, model.analyzer):
        parts[kind or ""].append(clause)
    untyped = "; ".join([*parts[""], extra])
    out = {"": _presence(model, "; ".join([str(text or ""), extra]))}
    for kind in KINDS:
        out[kind] = _presence(model, "; ".join([*parts[kind], untyped]))
    return out


def _presence(model, text: str) -> np.ndarray:
    vector = np.zeros(len(model.terms))
    vector[model.query(text).ids] = 1.0
    return vector


def typed_hits(
    matrices: dict[str, object], rows: np.ndarray | None, vectors: dict[str, np.ndarray]
) -> np.ndarray:
    """Per partner (at ``rows``; all when None), the weight of its seeks terms the
    organisation's text answers like with like: a seek of a kind only by clauses of that
    kind or untyped ones, an untyped seek by anything (``matrices``: the index's seeks per
    kind, ``""`` untyped)."""
    total = row_dot(matrices[""], rows, vectors[""])
    for kind in KINDS:
        total = total + row_dot(matrices[kind], rows, vectors[kind])
    return total
