"""Every rule of the bundled vocabulary is live: it changes what the analyzer reads.

One test per rule (parametrised over ``resources/vocabulary.toml``): each compares the
analysis with the rule against the analysis without it (Sastrawi's stem, word by word), so a
rule that does nothing, or an entry written in a form the analyzer never produces, fails.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from mitramatch.engine import ASPECTS, Analyzer, Vocabulary, clauses_of
from mitramatch.engine.offers import NATIONWIDE, reach_of

BUNDLED = Vocabulary.load()
ANALYZER = Analyzer(BUNDLED)
RAW = Analyzer(Vocabulary())  # no rule at all: Sastrawi's stems, no phrases, no stopwords

# Produced by a phrase or word rule rather than by stemming: compound tokens ("mesinjahit").
MADE = frozenset(BUNDLED.phrases.values()) | frozenset(BUNDLED.words.values())


def _without(text: str) -> list[str]:
    return [t for word in text.split() for t in RAW.terms(word)]


@pytest.mark.parametrize("phrase", sorted(BUNDLED.phrases))
def test_phrase_rule_changes_the_analysis(phrase):
    assert ANALYZER.analyze(phrase) != _without(phrase)


@pytest.mark.parametrize("phrase", sorted(BUNDLED.phrases))
def test_phrase_rule_keeps_the_content(phrase):
    # A rule may drop words that carry nothing alone ("tata boga" is boga, "sepeda motor" a
    # motor), never the content: its output is a compound or the phrase's own specific word.
    out = BUNDLED.phrases[phrase]
    words = phrase.split()
    dropped_ok = {"tata", "bantuan", "dan", "prasarana", "tenaga", "buta", "sepeda"}
    # the full names of SMK majors read as the major ("akuntansi dan keuangan lembaga")
    dropped_ok |= {"keuangan", "lembaga", "manajemen", "layanan", "bisnis", "otomatisasi",
                   "kelola", "teknik"}  # fmt: skip
    if out in words:
        assert set(words) - {out} <= dropped_ok | BUNDLED.stopwords, (phrase, out)
    else:
        assert ANALYZER.analyze(phrase), phrase


@pytest.mark.parametrize("word", sorted(BUNDLED.words))
def test_word_rule_differs_from_the_stemmer(word):
    assert ANALYZER.term(word) != RAW.term(word)


@pytest.mark.parametrize(
    "member", sorted(m for m, g in BUNDLED.synonyms.items() if " " not in m and m != g)
)
def test_synonym_member_reads_as_its_group(member):
    assert ANALYZER.term(member) == BUNDLED.synonyms[member]


@pytest.mark.parametrize("term", sorted(BUNDLED.generic))
def test_generic_entry_is_a_term_the_analyzer_produces(term):
    assert ANALYZER.term(term) == term


@pytest.mark.parametrize(
    ("aspect", "kind", "term"),
    sorted((a, k, t) for a, kinds in BUNDLED.roles.items() for k, ts in kinds.items() for t in ts),
)
def test_role_term_is_a_term_the_analyzer_produces(aspect, kind, term):
    assert ANALYZER.term(term) == term or term in MADE, (aspect, kind)


@pytest.mark.parametrize(
    ("aspect", "word"), sorted((a, w) for a, ws in BUNDLED.cues.items() for w in ws)
)
def test_cue_reads_as_one_term_of_its_aspect(aspect, word):
    terms = ANALYZER.analyze(word)
    assert terms, word
    # the first aspect listing a term owns it: a cue listed twice must agree
    assert ANALYZER.cue_of[terms[0]] == aspect


@pytest.mark.parametrize("word", BUNDLED.fields)
def test_field_word_reads_as_one_field_term(word):
    terms = ANALYZER.analyze(word)
    assert terms, word
    # its own term, plus at most the broader one it belongs to
    assert terms[1:] in ([], [BUNDLED.broader.get(terms[0])]), terms
    assert terms[0] in ANALYZER.field_terms
    # a field is content: never a generic word or a kind of help
    assert terms[0] not in BUNDLED.generic
    assert not any(terms[0] in ts for ts in BUNDLED.role_terms.values()), terms[0]


@pytest.mark.parametrize("word", sorted(BUNDLED.stopwords))
def test_stopword_gives_no_term(word):
    assert ANALYZER.analyze(word) == []


def _written(term: str) -> str:
    """A text the analyzer reads as ``term``: itself, or what a rule rewrites into it."""
    if ANALYZER.term(term) == term:
        return term
    sources = [k for k, v in {**BUNDLED.words, **BUNDLED.phrases}.items() if v == term]
    assert sources, f"nothing reads as {term!r}"
    return sources[0]


@pytest.mark.parametrize("term", sorted(BUNDLED.broader))
def test_broader_rule_adds_its_broader_term(term):
    assert BUNDLED.broader[term] in ANALYZER.analyze(_written(term))


# -- the national rules issue 10 asked for, by what they must read -------------------------------
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("pengelasan", "las"),  # Sastrawi reads "kelas"
        ("pengemasan", "kemas"),
        ("perbankan", "bank"),
        ("TKJ", "komputer"),
        ("Teknik Komputer dan Jaringan", "komputer"),
        ("RPL", "pemrograman"),
        ("AKL", "akuntansi"),
        ("OTKP", "perkantoran"),
        ("DKV", "desaingrafis"),
        ("TBSM", "motor"),
        ("desain grafis", "desaingrafis"),  # not just "desain"
        ("staff", "staf"),
        ("designer", "desainer"),
        ("analyst", "analis"),
        ("engineer", "teknisi"),
        ("K3", "k3"),
        ("UMKM", "umkm"),
    ],
)
def test_national_forms(text, term):
    assert ANALYZER.analyze(text)[0] == term


def test_a_network_is_not_a_net():
    # Sastrawi stems "jaringan" to "jaring" (a fishing net); a TKJ need must meet an offer
    # that says only "jaringan", and a net must not.
    assert ANALYZER.analyze("TKJ") == ["komputer", "jaringan"]
    assert "jaringan" in ANALYZER.analyze("PKL di bidang jaringan")
    assert "jaringan" not in ANALYZER.analyze("jaring ikan untuk nelayan")


def test_installing_is_not_electrical_work():
    assert "listrik" not in ANALYZER.analyze("instalasi server dan fiber optik")
    assert "listrik" in ANALYZER.analyze("instalasi listrik rumah")


@pytest.mark.parametrize(
    ("a", "b"),
    [("kopi", "sawit"), ("kopi", "karet"), ("sawit", "karet"), ("kakao", "kopi"), ("las", "kelas")],
)
def test_commodities_and_trades_stay_apart(a, b):
    assert set(ANALYZER.analyze(a)).isdisjoint(ANALYZER.analyze(b))


def test_no_place_name_is_a_vocabulary_word():
    # Places are location, not content, in every province alike: they come from the region
    # table, never from a list written for one province.
    places = ANALYZER.vocabulary.place_words
    for name in ("palembang", "sumsel", "oku", "baturaja", "jayapura", "sleman", "kupang"):
        assert name in places or name == "oku", name
        assert name not in BUNDLED.generic
        assert name not in BUNDLED.synonyms


@pytest.mark.parametrize("phrase", BUNDLED.national)
def test_national_reach_phrase_opens_an_offer_to_the_whole_country(phrase):
    texts = {"dana": pd.Series([f"hibah modal usaha {phrase.upper()}", "hibah modal usaha"])}
    reach = reach_of(texts, ANALYZER)
    assert reach[:, 0].tolist() == [NATIONWIDE, 0]
    assert reach_of(texts, Analyzer(replace(BUNDLED, national=())))[0, 0] == 0


@pytest.mark.parametrize("word", BUNDLED.selling)
def test_selling_cue_takes_sarana_when_goods_follow(word):
    clause = f"{word} mesin perajang dan spinner"
    assert [c.aspect for c in clauses_of(clause, ANALYZER)] == ["sarana"]
    without = Analyzer(replace(BUNDLED, selling=()))
    assert [c.aspect for c in clauses_of(clause, without)] == ["pendayagunaan_hasil"]
    # what participants make, sold: still an outlet
    assert [c.aspect for c in clauses_of(f"{word} produk warga", ANALYZER)] == [
        "pendayagunaan_hasil"
    ]


@pytest.mark.parametrize("word", BUNDLED.others_goods)
def test_a_bare_sale_of_others_goods_is_an_outlet(word):
    clause = f"jual {word} tenun"
    assert [c.aspect for c in clauses_of(clause, ANALYZER)] == ["pendayagunaan_hasil"]
    without = Analyzer(replace(BUNDLED, others_goods=()))
    assert [c.aspect for c in clauses_of(clause, without)] == ["sarana"]


@pytest.mark.parametrize("word", BUNDLED.producers)
def test_a_sale_to_producers_is_a_supply(word):
    clause = f"menjual rotan mentah ke {word} lokal"
    assert [
        (c.aspect, c.away) for c in clauses_of(clause, ANALYZER, home="pendayagunaan_hasil")
    ] == [("sarana", True)]
    without = Analyzer(replace(BUNDLED, producers=()))
    assert [c.aspect for c in clauses_of(clause, without)] == ["pendayagunaan_hasil"]


@pytest.mark.parametrize(
    ("aspect", "term"),
    [(a, t) for a, terms in sorted(BUNDLED.commercial_in.items()) for t in sorted(terms)],
)
def test_commercial_term_of_an_aspect_is_a_term_the_analyzer_produces(aspect, term):
    assert aspect in ASPECTS
    assert term in ANALYZER.analyze(term) or any(
        ANALYZER.analyze(w) == [term] for w in (f"men{term}", f"pe{term}an", f"{term}an")
    )
