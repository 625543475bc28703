"""Indonesian text relevance: from free text to weighted domain terms.

Plain word overlap fails on Indonesian: affixes hide shared roots (``pelatihan menjahit`` and
``kursus jahit`` share no word) and generic words (``pelatihan``, ``program``) make unrelated
offers look alike. So a text becomes a bag of *terms*: phrases and abbreviations are rewritten,
words are stemmed with Sastrawi, synonyms collapse to one term, and generic terms are kept but
down-weighted (the vocabulary lives in ``resources/vocabulary.toml``, editable package data).

Speed: a directory's texts are handled column-at-a-time. Each distinct text is tokenised once,
each distinct token is stemmed once (Sastrawi is slow per call), and the term matrix is built
with NumPy/SciPy, so the cost grows with the number of distinct texts and tokens, not rows.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "SATURATION",
    "Analyzer",
    "TextModel",
    "TextQuery",
    "Vocabulary",
    "coverage",
    "coverage_scores",
    "ranges",
    "row_dot",
    "similarity",
]

# Words start with a letter; hyphens split, so reduplication (ibu-ibu) yields the base twice.
_TOKEN = re.compile(r"[a-z][a-z0-9]*")
# Parentheses stay inside their clause; a colon ends one ("untuk siswa TKJ: jaringan, server":
# what follows is the content, not more of who benefits).
_CLAUSE = re.compile(r"[,;:/\n]|\.\s")
_PURPOSE = frozenset({"untuk", "bagi", "buat", "guna", "demi"})
# Normalised query texts kept for reuse (a directory's texts are analysed once, uncached).
_MAX_CACHED_TEXTS = 200_000


@dataclass(frozen=True)
class Vocabulary:
    """The domain word lists that shape text relevance (see ``resources/vocabulary.toml``)."""

    phrases: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)  # member -> group name
    broader: dict[str, str] = field(default_factory=dict)  # term -> the broader term
    generic: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    #: per aspect, the kinds of help (role name -> the terms that name it)
    roles: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    commercial: frozenset[str] = frozenset()
    #: per aspect, more terms that make an offer there a sale
    commercial_in: dict[str, frozenset[str]] = field(default_factory=dict)
    #: per aspect, the terms that tell a clause of free text is about it
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: cues of giving that take the aspect of what is given, and the aspects they take
    carriers: tuple[str, ...] = ()
    carried: tuple[str, ...] = ()
    #: cues of selling that take sarana when goods are named after them
    selling: tuple[str, ...] = ()
    #: those who make things: a sale to them is a supply of materials, as written
    producers: tuple[str, ...] = ()
    #: words that say goods sold are others' (an outlet's: "jual produk warga")
    others_goods: tuple[str, ...] = ()
    #: things that are given as equipment ("bantuan pompa air"): a gift of them is a facility
    goods: tuple[str, ...] = ()
    #: what changes hands (kind -> the words that say it), matched as written
    exchange: dict[str, frozenset[str]] = field(default_factory=dict)
    #: words that name a field (trade, commodity, study programme), as people write them
    fields: tuple[str, ...] = ()
    #: fields that are also places that buy products (a hotel, a salon)
    venues: tuple[str, ...] = ()
    #: phrases that open an offer to the whole country ("seluruh Indonesia"), as written, and
    #: the aspects whose offers they open (empty: all)
    national: tuple[str, ...] = ()
    remote: tuple[str, ...] = ()
    #: words that close an offer to a group (members, a register) or an area (ring 1), the
    #: aspects where that counts, and the word that restricts to a place the offer names
    closed: tuple[str, ...] = ()
    ringed: tuple[str, ...] = ()
    restricted_aspects: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    #: words after a place name that make it another place ("Tanete Riattang Timur")
    directions: tuple[str, ...] = ()
    #: words that keep a programme or placement for the partner's own people, and where
    own: tuple[str, ...] = ()
    own_aspects: tuple[str, ...] = ()
    generic_weight: float = 0.15
    broader_weight: float = 0.3

    @classmethod
    def load(cls, path: str | Path | None = None) -> Vocabulary:
        """Read a vocabulary TOML file; the bundled one when ``path`` is None.

        >>> Vocabulary.load().synonyms["tutor"]
        'instruktur'
        """
        if path is None:
            raw = resources.files("mitramatch").joinpath("resources/vocabulary.toml").read_bytes()
        else:
            raw = Path(path).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
        synonyms = {
            member.lower(): group.lower()
            for group, members in data.get("synonyms", {}).items()
            for member in [group, *members]
        }
        roles = {
            aspect: {name.lower(): frozenset(t.lower() for t in terms)
                     for name, terms in kinds.items()}
            for aspect, kinds in data.get("roles", {}).items()
        }  # fmt: skip
        return cls(
            phrases={k.lower(): v.lower() for k, v in data.get("phrases", {}).items()},
            words={k.lower(): v.lower() for k, v in data.get("words", {}).items()},
            synonyms=synonyms,
            broader={k.lower(): v.lower() for k, v in data.get("broader", {}).items()},
            generic=frozenset(t.lower() for t in data.get("generic", {}).get("terms", [])),
            stopwords=frozenset(w.lower() for w in data.get("stopwords", {}).get("words", [])),
            roles=roles,
            commercial=frozenset(t.lower() for t in data.get("commercial", {}).get("terms", [])),
            commercial_in={
                aspect: frozenset(t.lower() for t in terms)
                for aspect, terms in data.get("commercial", {}).items()
                if aspect != "terms"
            },
            cues={a: tuple(t.lower() for t in terms) for a, terms in data.get("cues", {}).items()},
            carriers=tuple(t.lower() for t in data.get("carriers", {}).get("terms", [])),
            carried=tuple(data.get("carriers", {}).get("aspects", [])),
            selling=tuple(t.lower() for t in data.get("carriers", {}).get("selling", [])),
            producers=tuple(t.lower() for t in data.get("carriers", {}).get("producers", [])),
            others_goods=tuple(t.lower() for t in data.get("carriers", {}).get("others_goods", [])),
            goods=tuple(t.lower() for t in data.get("carriers", {}).get("goods", [])),
            exchange={
                kind: frozenset(w.lower() for w in words)
                for kind, words in data.get("exchange", {}).items()
            },
            fields=tuple(w.lower() for w in data.get("fields", {}).get("words", [])),
            venues=tuple(w.lower() for w in data.get("fields", {}).get("venues", [])),
            national=tuple(w.lower() for w in data.get("reach", {}).get("national", [])),
            remote=tuple(data.get("reach", {}).get("aspects", [])),
            closed=tuple(w.lower() for w in data.get("restricted", {}).get("closed", [])),
            ringed=tuple(w.lower() for w in data.get("restricted", {}).get("area", [])),
            restricted_aspects=tuple(data.get("restricted", {}).get("aspects", [])),
            only=tuple(w.lower() for w in data.get("restricted", {}).get("only", [])),
            directions=tuple(w.lower() for w in data.get("restricted", {}).get("directions", [])),
            own=tuple(w.lower() for w in data.get("restricted", {}).get("own", [])),
            own_aspects=tuple(data.get("restricted", {}).get("own_aspects", [])),
            generic_weight=float(data.get("generic_weight", 0.15)),
            broader_weight=float(data.get("broader_weight", 0.3)),
        )

    @cached_property
    def role_terms(self) -> dict[str, frozenset[str]]:
        """Per aspect, every term that names a kind of help in it."""
        return {a: frozenset().union(*kinds.values()) for a, kinds in self.roles.items()}

    def roles_of(self, aspect: str, terms) -> frozenset[str]:
        """The kinds of help of ``aspect`` that some of ``terms`` name."""
        terms = set(terms)
        return frozenset(r for r, members in self.roles.get(aspect, {}).items() if terms & members)

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Names of provinces and kabupaten/kota (the bundled Kemendagri table): location,
        not content, when they appear in an offer or a need."""
        from .regions import region_table  # local: the table loads on first use

        return region_table().place_words()


class Analyzer:
    """Turns texts into domain terms (see the module docstring for the steps).

    >>> a = Analyzer()
    >>> a.analyze("Pelatihan menjahit untuk ibu-ibu PKK")
    ['latih', 'jahit', 'ibu', 'ibu', 'pkk']
    >>> a.analyze("instruktur / tutor / pengajar")
    ['instruktur', 'instruktur', 'instruktur']
    """

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary if vocabulary is not None else Vocabulary.load()
        self._cache: dict[str, str | None] = {}
        self._normal: dict[str, str] = {}  # texts normalised ahead by warm()
        self._analysed: dict[str, tuple[tuple[str, bool, bool], ...]] = {}
        self._sets: dict[str, frozenset[str]] = {}
        phrases = sorted(self.vocabulary.phrases, key=len, reverse=True)
        # Whole words only; a phrase that starts with a sign ("% per bulan") may follow a digit.
        # One word boundary before the group of word phrases, not one per alternative: the
        # engine then skips most positions at once (per alternative it was 10x slower).
        words = "|".join(re.escape(p) for p in phrases if p[:1].isalnum())
        signs = "|".join(re.escape(p) for p in phrases if not p[:1].isalnum())
        alternatives = [f"\\b(?:{words})"] if words else []
        alternatives += [f"(?:{signs})"] if signs else []
        self._phrase_re = (
            re.compile("(?:" + "|".join(alternatives) + r")\b") if alternatives else None
        )

    @cached_property
    def cue_of(self) -> dict[str, str]:
        """term -> the aspect whose kind of help it cues in free text (``[cues]``, written as
        people write them and read through this analyzer: "pemagangan" cues what "magang"
        does). A cue of several words counts only when a phrase makes it one term ("pekerja
        sosial"); the first aspect listing a term wins."""
        out: dict[str, str] = {}
        for aspect, words in self.vocabulary.cues.items():
            for word in words:
                terms = self.analyze(word)  # the term first, then any broader ones
                if terms and len(self.normal(word).split()) == 1:
                    out.setdefault(terms[0], aspect)
        return out

    @cached_property
    def field_terms(self) -> frozenset[str]:
        """The analysed terms of the vocabulary's ``[fields]`` (each word's own term)."""
        return frozenset(t for word in self.vocabulary.fields for t in self.analyze(word)[:1])

    @cached_property
    def others_goods_terms(self) -> frozenset[str]:
        """The analysed terms of ``[carriers] others_goods`` (:func:`~.offers.clauses_of`)."""
        return self._first_terms(self.vocabulary.others_goods)

    @cached_property
    def goods_terms(self) -> frozenset[str]:
        """The analysed terms of ``[carriers] goods`` (:func:`~.offers.clauses_of`)."""
        return self._first_terms(self.vocabulary.goods)

    @cached_property
    def venue_terms(self) -> frozenset[str]:
        """The analysed terms of ``[fields] venues``: fields that are also places that buy."""
        return self._first_terms(self.vocabulary.venues)

    @cached_property
    def carrier_terms(self) -> frozenset[str]:
        """The analysed terms of the vocabulary's ``[carriers]`` (:func:`~.offers.clauses_of`)."""
        return self._first_terms(self.vocabulary.carriers)

    @cached_property
    def selling_terms(self) -> frozenset[str]:
        """The analysed terms of ``[carriers] selling`` (:func:`~.offers.clauses_of`)."""
        return self._first_terms(self.vocabulary.selling)

    @cached_property
    def supply_pattern(self) -> re.Pattern[str] | None:
        """A sale's buyer who makes things, as written ("ke pembuat sirup", "kepada kelompok
        pengolah"): ``[carriers] producers`` after "ke"/"kepada", up to two words between."""
        if not self.vocabulary.producers:
            return None
        words = "|".join(re.escape(w) for w in self.vocabulary.producers)
        return re.compile(rf"\b(?:ke|kepada)\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b", re.IGNORECASE)

    @cached_property
    def gift_pattern(self) -> re.Pattern[str] | None:
        """A "dan" or "serta" before a ``[carriers]`` word: a gift named after "dan" is an
        offer of its own ("program kemitraan dan bantuan peralatan"; see
        :func:`~.offers.clauses_of`)."""
        if not self.vocabulary.carriers:
            return None
        words = "|".join(re.escape(w) for w in self.vocabulary.carriers)
        return re.compile(rf"(\s+(?:dan|serta)\s+)(?=(?:{words})\b)", re.IGNORECASE)

    @cached_property
    def restriction_terms(self) -> dict[str, frozenset[str]]:
        """The analysed terms of ``[restricted]``: ``closed`` (a group), ``area`` (a ring
        around a site), ``only`` (restricting to a place the offer names), ``own`` (the
        partner's own people) and ``directions`` (making a place name another place)."""
        v = self.vocabulary
        return {
            "closed": self._first_terms(v.closed),
            "area": self._first_terms(v.ringed),
            "only": self._first_terms(v.only),
            "own": self._first_terms(v.own),
            "directions": self._first_terms(v.directions),
        }

    def _first_terms(self, words: Iterable[str]) -> frozenset[str]:
        """The term each word is read as (its first, for a word that brings a broader one)."""
        return frozenset(t for word in words for t in self.analyze(word)[:1])

    @cached_property
    def _stemmer(self):
        # Imported lazily: building Sastrawi's dictionary takes a moment.
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        return StemmerFactory().create_stemmer()

    def normal(self, text: str) -> str:
        """One text lower-cased, with its phrases rewritten (cached: queries repeat)."""
        out = self._normal.get(text)
        if out is None:
            out = self._rewrite(text)
            if len(self._normal) < _MAX_CACHED_TEXTS:
                self._normal[text] = out
        return out

    def _rewrite(self, text: str) -> str:
        out = text.lower()
        if self._phrase_re is not None:
            phrases = self.vocabulary.phrases
            out = self._phrase_re.sub(lambda m: phrases[m.group(0)], out)
        return out

    def normalise(self, texts: pd.Series) -> pd.Series:
        """:meth:`normal` for a whole column (missing cells stay missing). One Python call a
        text either way: a regular expression with a replacement function has no vectorised
        form, and one code path keeps a column's terms those of its texts one by one."""
        values = texts.astype("string").to_numpy(dtype=object, na_value=None)
        out = [None if v is None else self._rewrite(v) for v in values]
        return pd.Series(out, index=texts.index, dtype="string")

    def warm(self, texts: Iterable[str]) -> None:
        """Normalise many texts ahead of the single-text calls to come."""
        for text in dict.fromkeys(map(str, texts)):
            self.normal(text)

    def term(self, token: str) -> str | None:
        """The term of one lower-case token, or None when it carries no meaning here."""
        try:
            return self._cache[token]
        except KeyError:
            pass
        vocab = self.vocabulary
        result: str | None
        if token in vocab.stopwords or len(token) < 2:
            result = None
        elif token in vocab.words:
            # a word rule fixes the stem; the synonym groups still apply to it
            word = vocab.words[token]
            result = vocab.synonyms.get(word, word)
        elif token in vocab.synonyms:
            # a member written as people write it ("penggerak", "anggaran"): its stem may mean
            # something else ("gerak", "anggar")
            result = vocab.synonyms[token]
        else:
            stem = self._stemmer.stem(token) or token
            result = None if stem in vocab.stopwords else vocab.synonyms.get(stem, stem)
        self._cache[token] = result
        return result

    def terms(self, token: str) -> tuple[str, ...]:
        """The term of one token and the broader term it belongs to, if any."""
        term = self.term(token)
        if term is None:
            return ()
        broader = self.vocabulary.broader.get(term)
        return (term,) if broader is None or broader == term else (term, broader)

    def analyze(self, text: object) -> list[str]:
        """The terms of one text, in order (for explanations and single queries)."""
        return [term for term, _ in self.analyze_roles(text)]

    def term_set(self, text: object) -> frozenset[str]:
        """The terms of one text as a set, kept per text: explanations test each offer clause
        they may quote against the words of every need it is shown for."""
        key = str(text)
        found = self._sets.get(key)
        if found is None:
            found = frozenset(self.analyze(text))
            if len(self._sets) < _MAX_CACHED_TEXTS:
                self._sets[key] = found
        return found

    def analyze_roles(self, text: object) -> list[tuple[str, bool]]:
        """Terms of one text with a flag telling whether each sits in a *purpose clause*.

        Indonesian need descriptions name the thing first and its beneficiary after
        ``untuk``/``bagi`` ("instruktur menjahit untuk kelas PKW warga belajar"); the kind of
        help a need asks for is read from outside those clauses only.

        >>> terms = Analyzer().analyze_roles("mesin jahit untuk ruang praktik, modal")
        >>> [t for t, purpose in terms if purpose], [t for t, purpose in terms if not purpose]
        (['ruang', 'praktik'], ['mesinjahit', 'jahit', 'modal'])
        """
        return [(t, purpose) for t, purpose, _ in self.analyze_terms(text)]

    def asked(self, text: object) -> list[str]:
        """The terms of a need that can say what kind of help it asks for: those outside
        purpose clauses, but not a word that only qualifies people. In "magang peserta kursus
        tata rias" the need asks for magang; "kursus" says who the apprentices are, as in
        "lulusan pelatihan" or "siswa kelas XII".

        >>> Analyzer().asked("magang peserta kursus rias untuk kelas PKW")
        ['magang', 'rias']
        """
        people = self.vocabulary.exchange.get("orang", frozenset())
        out: list[str] = []
        previous = None
        for token, purpose in self.tokens(text):
            if not purpose and previous not in people:
                out.extend(self.terms(token))
            previous = token
        return out

    def analyze_terms(self, text: object) -> list[tuple[str, bool, bool]]:
        """``(term, in a purpose clause, only a broader term)`` for every term of one text."""
        if text is None or (isinstance(text, float) and np.isnan(text)):
            return []
        # Explanations analyse the same offer clauses for every organisation they are shown
        # to: keep the analyses of texts seen (as many as the normalised texts).
        key = str(text)
        cached = self._analysed.get(key)
        if cached is not None:
            return list(cached)
        out: list[tuple[str, bool, bool]] = []
        for token, purpose in self.tokens(text):
            for k, term in enumerate(self.terms(token)):
                out.append((term, purpose, k > 0))
        if len(self._analysed) < _MAX_CACHED_TEXTS:
            self._analysed[key] = tuple(out)
        return out

    def tokens(self, text: object) -> list[tuple[str, bool]]:
        """``(token, in a purpose clause)`` for every word of one text, lower-cased and with
        its phrases rewritten; the purpose words themselves (untuk, bagi) are left out."""
        if text is None or (isinstance(text, float) and np.isnan(text)):
            return []
        out: list[tuple[str, bool]] = []
        for clause in _CLAUSE.split(self.normal(str(text))):
            purpose = False
            for token in _TOKEN.findall(clause):
                if token in _PURPOSE:
                    purpose = True
                else:
                    out.append((token, purpose))
        return out

    def terms_of(self, texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
        """All (text position, term) pairs of a column, vectorised over distinct tokens.

        Returns ``(positions, terms)``: parallel arrays, one entry per term occurrence.
        """
        normal = self.normalise(texts.reset_index(drop=True))
        tokens = normal.str.findall(_TOKEN).explode().dropna()
        if tokens.empty:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=object)
        codes, uniques = pd.factorize(tokens, sort=False)
        mapped = [self.terms(t) for t in uniques]
        # Each token gives 0, 1 or 2 terms (its own and a broader one): repeat accordingly.
        counts = np.array([len(m) for m in mapped], dtype=np.int64)
        flat = np.array([t for m in mapped for t in m], dtype=object)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        per = counts[codes]
        positions = np.repeat(tokens.index.to_numpy(dtype=np.int64), per)
        picks = np.repeat(starts[codes] - np.cumsum(per) + per, per) + np.arange(int(per.sum()))
        return positions, flat[picks] if len(flat) else np.empty(0, dtype=object)


class TextModel:
    """The term vocabulary of a set of texts, and what each term weighs.

    A term weighs 1, or the vocabulary's ``generic_weight`` when it is generic, or when it only
    restates the aspect being matched (``instruktur`` in a *tenaga* need: the offer is in the
    tenaga column already, so what matters is *which* instructor). Weights deliberately do not
    depend on the directory (no IDF): a partner's scores then depend only on its own row and
    the query, so chunked, distributed and in-memory ranking agree exactly. Terms are sorted
    alphabetically, so every sum runs in the same order whatever the row order.
    """

    def __init__(self, analyzer: Analyzer, terms: Sequence[str]):
        self.analyzer = analyzer
        self.terms = np.asarray(sorted(set(terms)), dtype=object)
        self.index = {t: i for i, t in enumerate(self.terms)}
        self.weights = np.array([self.term_weight(t) for t in self.terms], dtype=np.float64)

    @classmethod
    def fit(cls, columns: Iterable[pd.Series], analyzer: Analyzer | None = None) -> TextModel:
        """Collect the terms of text columns (each cell a text)."""
        analyzer = analyzer if analyzer is not None else Analyzer()
        terms: set[str] = set()
        for column in columns:
            terms.update(analyzer.terms_of(column.dropna().drop_duplicates())[1])
        return cls(analyzer, sorted(terms))

    @classmethod
    def fit_counts(
        cls, columns: Sequence[pd.Series], analyzer: Analyzer | None = None
    ) -> tuple[TextModel, list[sparse.csr_matrix]]:
        """``fit`` and then ``counts`` of each column, tokenising each distinct text once.

        >>> model, (c,) = TextModel.fit_counts([pd.Series(["kursus jahit", None])])
        >>> list(model.terms), c.toarray().tolist()
        (['jahit', 'kursus'], [[1.0, 1.0], [0.0, 0.0]])
        """
        analyzer = analyzer if analyzer is not None else Analyzer()
        parsed = [_ParsedColumn.of(analyzer, column) for column in columns]
        terms = set().union(*(p.terms for p in parsed)) if parsed else set()
        model = cls(analyzer, sorted(terms))
        return model, [model._counts(p) for p in parsed]

    def term_weight(self, term: str, aspect: str | None = None) -> float:
        """How much one term counts: 1, or ``generic_weight`` for generic words, place names
        and (in a need of ``aspect``) words that name a kind of help in another aspect."""
        vocab = self.analyzer.vocabulary
        if term in vocab.generic or term in vocab.place_words:
            return vocab.generic_weight
        if aspect is not None and any(
            term in terms for a, terms in vocab.role_terms.items() if a != aspect
        ):
            return vocab.generic_weight
        return 1.0

    # -- partner side --------------------------------------------------------------------
    def counts(self, texts: pd.Series) -> sparse.csr_matrix:
        """Term counts of a column (rows follow ``texts``); unknown terms are ignored."""
        return self._counts(_ParsedColumn.of(self.analyzer, texts))

    def _counts(self, parsed: _ParsedColumn) -> sparse.csr_matrix:
        ids = pd.Series(parsed.terms, dtype=object).map(self.index).to_numpy()
        keep = pd.notna(ids)
        width = len(self.terms)
        # One extra empty row stands for missing cells (code -1).
        unique_counts = sparse.csr_matrix(
            (np.ones(int(keep.sum())), (parsed.positions[keep], ids[keep].astype(np.int64))),
            shape=(parsed.n_texts + 1, width),
        )
        unique_counts.sum_duplicates()
        rows = np.where(parsed.codes >= 0, parsed.codes, parsed.n_texts)
        out = unique_counts[rows]
        out.sort_indices()
        return out

    def weighted_tf(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Sublinear tf times term weight, rows L2-normalised (for cosine similarity)."""
        x = counts.astype(np.float64, copy=True)
        x.data = (1.0 + np.log(x.data)) * self.weights[x.indices]
        return _l2_rows(x)

    def weighted_presence(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Each present term's weight (1 or generic), ignoring how often it occurs."""
        x = counts.astype(np.float64, copy=True)
        x.data = self.weights[x.indices]
        return x

    # -- query side ----------------------------------------------------------------------
    def query(self, text: object, *, aspect: str | None = None) -> TextQuery:
        """A need or organisation text, as term ids and weights under this model.

        In a need of ``aspect``, the terms that name a kind of help in that aspect
        ([roles.<aspect>]: "magang", "rekrut", "modal") are its ``roles``, read outside purpose
        clauses, and not among its content terms. Every other term weighs
        :meth:`term_weight`, times ``broader_weight`` when it only comes as the broader term of
        another (Paket A is a kind of kesetaraan).
        """
        vocab = self.analyzer.vocabulary
        role_terms = vocab.role_terms.get(aspect, frozenset()) if aspect else frozenset()
        found = self.analyzer.analyze_terms(text)
        roles = vocab.roles_of(aspect, self.analyzer.asked(text)) if aspect else frozenset()
        direct: dict[str, bool] = {}
        for term, _, broad in found:
            if term in role_terms:
                continue
            direct[term] = direct.get(term, False) or not broad
        terms = sorted(direct)
        weight = {
            t: self.term_weight(t, aspect) * (1.0 if direct[t] else vocab.broader_weight)
            for t in terms
        }
        known = [t for t in terms if t in self.index]
        ids = np.array([self.index[t] for t in known], dtype=np.int64)
        weights = np.array([weight[t] for t in known], dtype=np.float64)
        # fsum is exactly rounded: the total must not depend on which terms this directory
        # happens to know, or chunked and in-memory scores would differ in the last bit.
        total = math.fsum(weight[t] for t in terms)
        return TextQuery(tuple(terms), ids, weights, total, roles)

    def unit_vector(self, text: object) -> np.ndarray:
        """A text as a unit vector of sublinear tf times term weight, for cosine similarity
        with :meth:`weighted_tf` rows. Terms no partner uses still count in the norm, so a
        text half made of words nobody shares is only half similar.

        >>> model = TextModel(Analyzer(), ["jahit", "mandiri"])
        >>> model.unit_vector("jahit dan sablon").round(3).tolist()
        [0.707, 0.0]
        """
        terms = pd.Series(self.analyzer.analyze(text), dtype=object).value_counts()
        vector = np.zeros(len(self.terms))
        if terms.empty:
            return vector
        weights = (1.0 + np.log(terms.to_numpy(float))) * np.array(
            [self.term_weight(t) for t in terms.index]
        )
        norm = float(np.sqrt((weights**2).sum()))
        for term, weight in zip(terms.index, weights):
            if term in self.index:
                vector[self.index[term]] = weight / norm
        return vector

    def query_vector(self, query: TextQuery) -> np.ndarray:
        """Dense weight vector of a query's known terms (zeros elsewhere)."""
        vec = np.zeros(len(self.terms))
        vec[query.ids] = query.weights
        return vec


@dataclass(frozen=True)
class _ParsedColumn:
    """A text column tokenised once: each row's distinct text and each text's terms."""

    codes: np.ndarray  # per row: position of its text among the distinct texts, -1 if missing
    n_texts: int
    positions: np.ndarray  # per term occurrence: position of its text
    terms: np.ndarray  # per term occurrence: the term

    @classmethod
    def of(cls, analyzer: Analyzer, texts: pd.Series) -> _ParsedColumn:
        codes, uniques = pd.factorize(texts.astype("string"), sort=False)
        positions, terms = analyzer.terms_of(pd.Series(uniques, dtype="string"))
        return cls(np.asarray(codes), len(uniques), positions, terms)


@dataclass(frozen=True)
class TextQuery:
    """A text on the organisation's side: its terms and how much each weighs."""

    terms: tuple[str, ...]
    ids: np.ndarray  # the terms some partner text contains ...
    weights: np.ndarray  # ... and what each weighs
    total_weight: float  # weight of all terms, including those no partner text contains
    roles: frozenset[str] = frozenset()  # the kinds of help a need asks for (its aspect's)
    exchange: str | None = None  # the kind of thing it asks for (exchange module): a place...

    @property
    def empty(self) -> bool:
        """No content term and no kind of help: a need without a usable description."""
        return not self.terms and not self.roles


def _l2_rows(x: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x)


#: Weight of matched terms that fully answers a query: two distinctive terms. Needs often
#: list alternatives ("magang di rumah makan, katering atau dapur hotel"); an offer matching
#: one alternative and the kind of help answers the need, it need not match every item.
SATURATION = 2.0


#: From this many rows on, row_dot gathers them with scipy (faster than NumPy's passes).
_GATHERED_ROWS = 1000


def row_dot(
    matrix: sparse.csr_matrix,
    rows: np.ndarray | None,
    vector: np.ndarray,
    postings: sparse.csc_matrix | None = None,
) -> np.ndarray:
    """``matrix[rows] @ vector`` (all rows when None), without building the row subset.

    Each row's sum runs over its stored entries in order, from 0, as the whole-matrix product
    does, so a subset's values are exactly the whole matrix's at those rows. ``postings``, the
    same matrix by columns (CSC, from a CSR with sorted indices), lets a sparse ``vector``
    (a need's few words) read only its columns' entries: the products left out are zeros,
    and the rest are added per row in the same order, so the values are the same bits.

    >>> m = sparse.csr_matrix(np.array([[1.0, 0, 2], [0, 3, 0], [4, 0, 0]]))
    >>> row_dot(m, np.array([2, 0]), np.array([1.0, 1, 1])).tolist()
    [4.0, 3.0]
    >>> row_dot(m, np.array([2, 0]), np.array([1.0, 0, 1]), sparse.csc_matrix(m)).tolist()
    [4.0, 3.0]
    """
    # Unsorted rows store their entries in another order than the columns': no shortcut then.
    if postings is not None and matrix.has_sorted_indices:
        columns = np.flatnonzero(vector)
        starts, ends = postings.indptr[columns], postings.indptr[columns + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        wanted = matrix.shape[0] if rows is None else len(rows)
        # By rows, the work is the chosen rows' entries; by columns, the words' entries and
        # one pass over the partners: take the cheaper (both give the same bits).
        if total + matrix.shape[0] // 4 < wanted * matrix.nnz / max(1, matrix.shape[0]):
            entries = ranges(starts, lengths, total)
            products = postings.data[entries] * np.repeat(vector[columns], lengths)
            # Column by column in increasing order: each row's products in storage order.
            out = np.bincount(postings.indices[entries], products, minlength=matrix.shape[0])
            out = out.astype(np.float64, copy=False)  # integers when nothing is counted
            return out if rows is None else out[np.asarray(rows, dtype=np.int64)]
    if rows is None:
        return matrix @ vector
    rows = np.asarray(rows, dtype=np.int64)
    if len(rows) > _GATHERED_ROWS:
        # Many rows: scipy's own gather and product do the same sums, in C.
        return matrix[rows] @ vector
    start, end = matrix.indptr[rows], matrix.indptr[rows + 1]
    lengths = end - start
    total = int(lengths.sum())
    if not total:
        return np.zeros(len(rows))
    # Positions of every stored entry of the chosen rows, row by row, in storage order.
    entries = ranges(start, lengths, total)
    products = matrix.data[entries] * vector[matrix.indices[entries]]
    segment = np.repeat(np.arange(len(rows)), lengths)
    return np.bincount(segment, weights=products, minlength=len(rows))


def ranges(starts: np.ndarray, lengths: np.ndarray, total: int | None = None) -> np.ndarray:
    """The positions ``starts[k] .. starts[k] + lengths[k] - 1`` for every k, in order
    (``total``: the sum of ``lengths``, when known)."""
    if total is None:
        total = int(lengths.sum())
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return np.arange(total, dtype=np.int64) + offsets


def coverage_scores(
    binary: sparse.csr_matrix,
    model: TextModel,
    query: TextQuery,
    rows: np.ndarray | None = None,
    postings: sparse.csc_matrix | None = None,
    *,
    hits: np.ndarray | None = None,
) -> np.ndarray:
    """For each row (of ``rows``, all when None), how much of the query's term weight the
    row contains, in [0, 1] (``hits``: that weight, when already known).

    ``min(1, matched weight / min(total weight, SATURATION))``. This is the relevance of an
    offer to a need: an offer that lists many things is not penalised for its length (cosine
    would be), and adding matching words never lowers it. ``postings``: ``binary`` by
    columns, which makes it faster (see :func:`row_dot`).
    """
    n = binary.shape[0] if rows is None else len(rows)
    if query.empty or query.total_weight <= 0:
        return np.zeros(n)
    hit = row_dot(binary, rows, model.query_vector(query), postings) if hits is None else hits
    return np.clip(hit / min(query.total_weight, SATURATION), 0.0, 1.0)


def _pair_model(a: str, b: str, analyzer: Analyzer | None) -> TextModel:
    return TextModel.fit([pd.Series([a, b], dtype="string")], analyzer)


def _binary(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    out = counts.astype(np.float64, copy=True)
    out.data[:] = 1.0
    return out


def coverage(
    need: str, offer: str, *, aspect: str | None = None, analyzer: Analyzer | None = None
) -> float:
    """How much of ``need`` the ``offer`` answers, in [0, 1] (weighted share of its terms).

    With ``aspect``, the words naming a kind of help in it ("modal", "instruktur") are the
    need's kinds, not its content; a need made only of kinds is answered (1.0) by an offer
    naming one of them, else not at all (0.0). NeedFit weighs the two parts separately.

    >>> coverage("pelatihan menjahit", "kursus jahit")
    0.869565217391
    >>> coverage("pelatihan menjahit", "pelatihan otomotif")
    0.130434782609
    >>> coverage("magang di rumah makan, katering atau dapur hotel", "magang dapur hotel")
    1.0
    >>> coverage("modal usaha", "modal usaha bergulir"), coverage("modal usaha", "hibah")
    (1.0, 0.0)
    >>> coverage("modal usaha", "hibah untuk usaha kecil", aspect="dana")
    1.0
    """
    model = _pair_model(need, offer, analyzer)
    query = model.query(need, aspect=aspect)
    if aspect is not None and query.total_weight <= 0 and query.roles:
        offered = model.analyzer.vocabulary.roles_of(aspect, model.analyzer.analyze(offer))
        return 1.0 if offered & query.roles else 0.0
    binary = _binary(model.counts(pd.Series([offer], dtype="string")))
    return round(float(coverage_scores(binary, model, query)[0]), 12)


def similarity(a: str, b: str, *, analyzer: Analyzer | None = None) -> float:
    """Cosine similarity of two texts' weighted terms, in [0, 1].

    >>> similarity("pelatihan menjahit", "kursus jahit") > 0.8
    True
    >>> similarity("pelatihan menjahit", "pelatihan otomotif") < 0.2
    True
    """
    model = _pair_model(a, b, analyzer)
    x = model.weighted_tf(model.counts(pd.Series([a, b], dtype="string")))
    return round(float(np.clip(x[0].multiply(x[1]).sum(), 0.0, 1.0)), 12)
