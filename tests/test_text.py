"""Indonesian text relevance: stemming, synonyms, stopwords, phrases and the coverage score."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from mitramatch.engine.text import (
    Analyzer,
    TextModel,
    Vocabulary,
    coverage,
    row_dot,
    similarity,
)


@pytest.mark.parametrize(
    "group",
    [
        ["menjahit", "jahit", "jahitan", "tata busana", "konveksi"],
        ["pelatihan", "latih", "latihan"],
        ["instruktur", "tutor", "pengajar", "pelatih", "tenaga pengajar"],
        ["pendamping", "fasilitator", "mentor"],
        ["magang", "pemagangan", "PKL", "praktik kerja lapangan", "Praktek Kerja Industri"],
        ["modal", "permodalan"],
        ["dana", "bantuan keuangan"],
        ["lulusan", "alumni", "lulus"],
        ["penyaluran", "menyalurkan"],
        ["fasilitas", "sarana dan prasarana", "sarpras"],
        ["gedung", "ruang"],
        ["TJSL", "CSR", "corporate social responsibility"],
        ["tenaga kerja", "karyawan", "pegawai", "pekerja"],
    ],
)
def test_same_term(analyzer, group):
    terms = {tuple(analyzer.analyze(word)) for word in group}
    assert len(terms) == 1, dict(zip(group, map(analyzer.analyze, group)))
    assert terms.pop() != ()


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Pelatihan menjahit untuk ibu-ibu PKK", ["latih", "jahit", "ibu", "ibu", "pkk"]),
        ("instruktur / tutor / pengajar", ["instruktur"] * 3),
        ("KURSUS Menjahit", ["kursus", "jahit"]),
        ("Praktek Kerja Lapangan (PKL) di bengkel", ["magang", "magang", "bengkel"]),
        ("kursus 2024 angkatan 3", ["kursus", "angkat"]),  # numbers are dropped
    ],
)
def test_analyze(analyzer, text, terms):
    assert analyzer.analyze(text) == terms


@pytest.mark.parametrize(
    "text", ["yang dan untuk di", "dan/atau", "", "  ", "2024", None, float("nan")]
)
def test_stopwords_and_missing_give_no_terms(analyzer, text):
    assert analyzer.analyze(text) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("menjahit", "otomotif"),
        ("instruktur", "lulusan"),
        ("magang", "modal"),
        ("pelatihan", "menjahit"),
        # kinds of help, told apart by the need's roles ([roles] in vocabulary.toml)
        ("modal", "hibah"),
        ("instruktur", "pendamping"),
        ("rekrutmen", "penyaluran"),
        ("ruang", "peralatan"),
        # commodities and trades are content: a need for one is not met by another
        ("kopi", "kakao"),
        ("sapi", "kambing"),
        ("las", "bubut"),
    ],
)
def test_different_words_stay_apart(analyzer, a, b):
    assert set(analyzer.analyze(a)).isdisjoint(analyzer.analyze(b))


def test_workers_are_one_kind_of_placement(analyzer):
    # "tenaga kerja" is not the tenaga aspect's people: it is the workers a DUDI hires, one
    # of the terms of the pendayagunaan hasil role "rekrut", as graduates are.
    rekrut = analyzer.vocabulary.roles["pendayagunaan_hasil"]["rekrut"]
    assert analyzer.analyze("tenaga kerja") == ["pekerja"]
    assert {"pekerja", "lulus"} <= rekrut


def test_terms_of_matches_analyze(analyzer):
    texts = pd.Series(["kursus menjahit", None, "hibah modal usaha", "kursus menjahit"])
    positions, terms = analyzer.terms_of(texts)
    for i, text in enumerate(texts):
        assert list(terms[positions == i]) == analyzer.analyze(text)


# -- coverage and similarity -----------------------------------------------------------------
def test_affixes_do_not_hide_roots():
    assert coverage("pelatihan menjahit", "kursus jahit") > coverage(
        "pelatihan menjahit", "pelatihan otomotif"
    )
    assert coverage("pelatihan menjahit", "kursus jahit") > 0.8
    assert coverage("penyaluran lulusan", "menyalurkan alumni") == 1.0


def test_generic_words_do_not_dominate():
    # Sharing only "pelatihan" is worth little; sharing the subject is worth most.
    assert coverage("pelatihan menjahit", "pelatihan otomotif") < 0.2
    assert coverage("pelatihan menjahit", "menjahit") > 0.8
    assert similarity("pelatihan menjahit", "pelatihan otomotif") < 0.2
    assert similarity("pelatihan menjahit", "kursus jahit") > 0.8


def test_aspect_terms_weigh_little_in_their_aspect():
    # In a tenaga need, "instruktur" restates the aspect: the subject decides.
    with_aspect = coverage("instruktur menjahit", "instruktur otomotif", aspect="tenaga")
    without = coverage("instruktur menjahit", "instruktur otomotif")
    assert with_aspect < 0.2 < without
    assert coverage("instruktur menjahit", "tutor jahit", aspect="tenaga") == 1.0


@pytest.mark.parametrize(
    ("need", "offer", "expected"),
    [
        ("jahit", "", 0.0),
        ("", "kursus jahit", 0.0),
        ("modal usaha", "pinjaman modal usaha", 1.0),
        ("jahit", "jahit jahit menjahit", 1.0),
    ],
)
def test_coverage_edges(need, offer, expected):
    assert coverage(need, offer) == expected


@pytest.mark.parametrize(
    ("need", "offer", "expected"),
    [
        # only kinds of money asked for: answered by an offer of that kind ("usaha" is modal)
        ("modal usaha", "hibah untuk usaha kecil", 1.0),
        ("modal usaha", "beasiswa pelatihan", 0.0),
        ("instruktur", "tutor berpengalaman", 1.0),
    ],
)
def test_coverage_of_a_need_made_of_kinds_of_help(need, offer, expected):
    aspect = "tenaga" if need == "instruktur" else "dana"
    assert coverage(need, offer, aspect=aspect) == expected


@pytest.mark.parametrize(
    ("need", "offer"),
    [
        ("instruktur menjahit", "kursus jahit dan bordir"),
        ("modal usaha kelompok", "hibah CSR"),
        ("magang otomotif", "pelatihan las"),
    ],
)
def test_coverage_in_unit_interval_and_longer_offer_never_lower(need, offer):
    base = coverage(need, offer)
    assert 0.0 <= base <= 1.0
    assert coverage(need, f"{offer} serta {need}") >= base
    assert coverage(need, f"{offer} dan pelatihan komputer") == base


def test_similarity_symmetric_and_bounded():
    a, b = "mewujudkan warga terampil dan mandiri", "masyarakat mandiri dan sejahtera"
    assert similarity(a, b) == similarity(b, a)
    assert 0.0 <= similarity(a, b) <= 1.0
    assert similarity(a, a) == pytest.approx(1.0)


def test_text_model_weights(analyzer):
    model = TextModel.fit([pd.Series(["pelatihan menjahit", "instruktur"])], analyzer)
    assert list(model.terms) == ["instruktur", "jahit", "latih"]  # sorted, deterministic
    generic = analyzer.vocabulary.generic_weight
    assert model.term_weight("latih") == generic
    assert model.term_weight("jahit") == 1.0
    assert model.term_weight("instruktur") == 1.0
    # in another aspect's need, a word naming a kind of help in tenaga is incidental ...
    assert model.term_weight("instruktur", aspect="program") == generic
    # ... in a tenaga need it is the kind of help asked for, not content
    query = model.query("instruktur menjahit", aspect="tenaga")
    assert query.terms == ("jahit",)
    assert query.roles == frozenset({"ajar"})


def test_query_counts_unseen_terms(analyzer):
    model = TextModel.fit([pd.Series(["kursus jahit"])], analyzer)
    query = model.query("instruktur menjahit")
    assert query.terms == ("instruktur", "jahit")
    # "instruktur": no partner says it, yet it is asked for, so it counts in the total.
    assert query.ids.tolist() == [model.index["jahit"]]
    assert query.total_weight == 2.0
    assert model.query("yang dan").empty


# -- custom vocabulary -----------------------------------------------------------------------
CUSTOM = """\
generic_weight = 0.5

[phrases]
"sekolah lapang" = "lapang"

[words]
nelayan = "ikan"

[synonyms]
ikan = ["ikan", "perikanan", "tambak"]

[generic]
terms = ["bina"]

[stopwords]
words = ["dan", "kelompok"]

[roles.tenaga]
suluh = ["penyuluh"]
"""


def test_vocabulary_load_custom_file(tmp_path):
    path = tmp_path / "kosakata.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    vocab = Vocabulary.load(path)
    assert vocab.generic_weight == 0.5
    assert vocab.synonyms["tambak"] == "ikan"
    assert vocab.stopwords == frozenset({"dan", "kelompok"})
    analyzer = Analyzer(vocab)
    assert analyzer.analyze("Kelompok nelayan dan tambak") == ["ikan", "ikan"]
    assert analyzer.analyze("Sekolah Lapang") == ["lapang"]
    model = TextModel.fit([pd.Series(["bina"])], analyzer)
    assert model.term_weight("bina") == 0.5
    assert model.term_weight("penyuluh", aspect="program") == 0.5
    assert vocab.roles_of("tenaga", ["penyuluh", "ikan"]) == frozenset({"suluh"})
    # With this vocabulary "pelatih" is no longer an instructor, and "dana" no longer "modal".
    assert analyzer.analyze("modal") != analyzer.analyze("dana")


def test_bundled_vocabulary_is_the_default():
    assert Vocabulary.load().synonyms["tutor"] == "instruktur"
    assert Analyzer().vocabulary == Vocabulary.load()


def test_vocabulary_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"tidak_ada\.toml"):
        Vocabulary.load(tmp_path / "tidak_ada.toml")


@pytest.mark.parametrize("n_rows", [0, 7, 999, 1001, 3000])
def test_row_dot_by_rows_or_by_postings_gives_the_whole_products_bits(n_rows):
    # Screening compares subsets' scores with the whole directory's to the last bit: every
    # way row_dot computes a product (row gather, scipy's gather, posting lists) must agree.
    rng = np.random.default_rng(n_rows)
    matrix = sparse.random(4000, 300, density=0.04, format="csr", random_state=n_rows)
    postings = sparse.csc_matrix(matrix)
    rows = rng.choice(4000, n_rows, replace=False)
    for share in (0.02, 0.5, 1.0):
        vector = np.where(rng.random(300) < share, rng.random(300), 0.0)
        whole = matrix @ vector
        np.testing.assert_array_equal(row_dot(matrix, rows, vector), whole[rows])
        np.testing.assert_array_equal(row_dot(matrix, rows, vector, postings), whole[rows])
        np.testing.assert_array_equal(row_dot(matrix, None, vector, postings), whole)
