"""The notebook views (``_repr_html_``) of every result object, in the object's language."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from portfolio_data import portfolio_partners

import mitramatch as mm
from mitramatch import load_needs, rank
from mitramatch.evaluate import Evaluation
from mitramatch.exceptions import use_language
from mitramatch.notebook import html_table

DATA = Path(__file__).resolve().parents[1] / "data"
FUNDER = DATA / "funders" / "tjsl_ogan_lestari.toml"
FUNDED = DATA / "organisations_tjsl_oku.csv"

# Words of the views' own headings and labels (not of the data they show), as whole words:
# none of one language may appear in a view in the other.
LABEL_WORDS = {
    "id": [
        "kebutuhan", "mitra", "skor", "kecocokan", "cakupan", "alasan", "prioritas", "uraian",
        "jumlah", "bobot", "organisasi", "aspek", "pola", "diminta", "diberikan", "bawaan",
        "lainnya", "peringkat", "bentuk", "nama", "bagian",
    ],
    "en": [
        "partner", "partners", "score", "need", "needs", "fit", "coverage", "priority",
        "weights", "organisation", "aspect", "pattern", "why", "description", "quantity",
        "requested", "granted", "defaults", "more", "ranking", "shape", "name", "share",
    ],
}  # fmt: skip
OTHER = {"id": "en", "en": "id"}

NEEDS = {
    "organisation": {"name": "PKBM Mekar"},
    "needs": {
        "tenaga": {"priority": 5, "description": "instruktur menjahit", "quantity": 2},
        "dana": {"priority": 3, "description": "modal usaha kelompok", "quantity": 30_000_000},
    },
}


def _visible(page: str) -> str:
    """The text a reader sees: tags, styles and code identifiers (``need_fit``) left out."""
    text = re.sub(r"<code>.*?</code>", " ", page)
    return re.sub(r"<[^>]+>", " ", text)


def _words(page: str) -> set[str]:
    return set(re.findall(r"(?<![\w_])[a-z]+(?![\w_])", _visible(page)))


def _evaluation() -> Evaluation:
    runs = pd.DataFrame({"profile": "p.toml", "directory": "mitra", "shape": "per_aspek",
        "split": "heldout", "system": ["mitramatch", "baseline_a", "baseline_b"],
        "ranked": [["A", "B"], ["B", "A"], ["A", "B"]],
        "grades": [[3, 0], [0, 3], [3, 0]], "ideal": [[3, 0]] * 3})  # fmt: skip
    return Evaluation(runs, system="mitramatch", shapes=["per_aspek"], k=2)


def _orgs() -> dict:
    need = {"tenaga": {"priority": 5, "description": "instruktur menjahit", "quantity": 2}}
    return {"A": {"organisation": {"name": "PKBM A"}, "needs": need},
            "B": {"organisation": {"name": "PKBM B"}, "needs": need}}  # fmt: skip


def _ranking(lang):
    return rank(portfolio_partners(), NEEDS, lang=lang)


VIEWS = {
    "NeedsProfile": lambda lang: load_needs(NEEDS).to_html(lang),
    "Ranking": lambda lang: _ranking(lang)._repr_html_(),
    "Explanation": lambda lang: _ranking(lang).explain("LKP")._repr_html_(),
    "Coalition": lambda lang: mm.recommend_coalition(
        portfolio_partners(), NEEDS, max_partners=2, lang=lang
    )._repr_html_(),
    "Allocation": lambda lang: mm.allocate(portfolio_partners(), _orgs(), lang=lang)._repr_html_(),
    "Budget": lambda lang: mm.allocate_budget(
        None, FUNDED, partner_profile=FUNDER, budget="Rp 1 M", lang=lang
    )._repr_html_(),
    "OrganisationRanking": lambda lang: mm.rank_organisations(
        None, FUNDED, partner_profile=FUNDER, top=3, lang=lang
    )._repr_html_(),
    "Evaluation": lambda lang: _evaluation().to_html(lang),
}

# What each view must say in each language: a heading or label of its own.
SAYS = {
    "NeedsProfile": {"id": ["prioritas", "bobot", "30.000.000"], "en": ["priority", "30,000,000"]},
    "Ranking": {"id": ["Peringkat", "mitra", "alasan"], "en": ["Ranking of", "partner", "why"]},
    "Explanation": {"id": ["skor", "kontribusi"], "en": ["score", "contribution"]},
    "Coalition": {"id": ["cakupan", "Koalisi"], "en": ["coverage", "Coalition of"]},
    "Allocation": {"id": ["kecocokan", "jumlah", "orang"], "en": ["fit", "amount", "persons"]},
    "Budget": {"id": ["diminta", "juta"], "en": ["requested", "million"]},
    "OrganisationRanking": {"id": ["organisasi", "diperingkat"], "en": ["organisation", "ranked"]},
    "Evaluation": {"id": ["bentuk", "heldout"], "en": ["shape", "held-out"]},
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_speaks_its_language_only(view, lang):
    page = VIEWS[view](lang)
    assert page.startswith("<div")
    for text in SAYS[view][lang]:
        assert text in _visible(page), text
    foreign = _words(page) & set(LABEL_WORDS[OTHER[lang]])
    assert not foreign, f"{view} in {lang!r} shows {sorted(foreign)}"


@pytest.mark.parametrize(("lang", "label"), [("id", "tenaga"), ("en", "people")])
def test_views_name_aspects_in_their_language(lang, label):
    for view in ("NeedsProfile", "Coalition", "Allocation"):
        assert f">{label}" in VIEWS[view](lang), view


@pytest.mark.parametrize(("lang", "number"), [("id", "0,"), ("en", "0.")])
def test_views_write_numbers_in_their_language(lang, number):
    for view in ("Ranking", "Explanation", "Coalition", "Evaluation"):
        page = _visible(VIEWS[view](lang))
        assert re.search(rf"\b{re.escape(number)}\d", page), view


def test_a_profile_follows_the_chosen_language_else_indonesian():
    profile = load_needs(NEEDS)
    assert "prioritas" in profile._repr_html_()  # as results are by default
    with use_language("en"):
        assert "priority" in profile._repr_html_()
    with use_language("id"):
        assert "prioritas" in profile._repr_html_()


def test_an_evaluation_follows_the_language_of_messages():
    assert "per shape" in _evaluation()._repr_html_()
    with use_language("id"):
        assert "per bentuk" in _evaluation()._repr_html_()


def test_needs_profile_html_shows_needs_priorities_weights_and_filters(needs_dict):
    profile = load_needs(needs_dict).with_filters(sectors=["swasta"], max_distance_km=100)
    page = profile._repr_html_()
    assert "PKBM Bina Insani" in page
    for text in ("tenaga", "dana", "pendayagunaan hasil", "instruktur keterampilan menjahit"):
        assert text in page
    assert "50.000.000" in page  # the dana quantity, Indonesian separators
    assert "width:100%" in page  # priority 5 is a full bar
    assert "need_fit 0,55" in page
    assert "sectors = swasta" in page
    assert "max_distance_km = 100" in page
    english = profile.to_html("en")
    assert "50,000,000" in english
    assert "need_fit 0.55" in english
    assert "use of outputs" in english


def test_needs_profile_html_escapes_text(needs_dict):
    needs_dict["organisation"]["name"] = "PKBM <Bina & Insani>"
    page = load_needs(needs_dict)._repr_html_()
    assert "PKBM &lt;Bina &amp; Insani&gt;" in page


@pytest.mark.parametrize(("lang", "header"), [("id", "alasan"), ("en", "why")])
def test_ranking_html_headers_follow_language(index, needs_dict, lang, header):
    page = rank(index, needs_dict, lang=lang)._repr_html_()
    assert f">{header}</th>" in page
    assert "LKP Citra Busana" in page


def test_html_table_labels_formats_and_escapes():
    frame = pd.DataFrame(
        {"org_id": ["<A>"], "aspect": ["tenaga"], "fit": [0.5], "note": [None], "n": [3]}
    )
    page = html_table(frame, "id")
    assert ">organisasi</th>" in page
    assert ">note</th>" in page  # not a contract column: its own name
    assert "&lt;A&gt;" in page
    assert ">tenaga</td>" in page
    assert ">0,500</td>" in page
    assert ">-</td>" in page
    assert ">3</td>" in page
    english = html_table(frame, "en", formats={"fit": "{:.0%}".format})
    assert ">people</td>" in english
    assert ">50%</td>" in english
    assert "… 1 more" in html_table(pd.concat([frame, frame]), "en", max_rows=1)
