"""Tests of mitramatch.portfolio: coalitions, coverage gaps, reciprocal scores.

Optimality is checked against a slow, obviously-correct reference: every subset of a small
directory.
"""

from __future__ import annotations

import itertools
import json
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from portfolio_data import portfolio_partners

import mitramatch as mm
from mitramatch.engine import score_directory
from mitramatch.portfolio import (
    _dominance_pool,
    _effective_fits,
    _exact,
    _greedy,
    coalition_objective,
    coverage_gaps,
    reciprocal_scores,
    recommend_coalition,
)

GREEDY_RATIO = 1 - 1 / math.e
TOL = 1e-9


# ---------------------------------------------------------------------------------------------
# Small fixtures
# ---------------------------------------------------------------------------------------------


NEEDS = {
    "organisation": {"name": "PKBM Bina Insani", "sector": "masyarakat", "kind": "pkbm",
                     "offers": "warga belajar kesetaraan"},
    "needs": {
        "tenaga": {"priority": 5, "description": "instruktur menjahit", "quantity": 2},
        "dana": {"priority": 3, "description": "modal usaha kelompok", "quantity": "10 juta"},
        "program": {"priority": 2, "description": "pemagangan tata boga"},
    },
}  # fmt: skip


def _brute_force(effective: np.ndarray, weights: np.ndarray, k: int) -> float:
    best = 0.0
    for size in range(1, min(k, len(effective)) + 1):
        for subset in itertools.combinations(range(len(effective)), size):
            best = max(best, coalition_objective(effective, weights, subset))
    return best


FIT_VALUES = [0.0, 0.1, 0.25, 0.4, 0.5, 0.7, 0.9, 1.0]
fit_matrices = st.integers(1, 4).flatmap(
    lambda m: st.lists(
        st.lists(
            st.sampled_from([0.0, 0.1, 0.25, 0.4, 0.5, 0.7, 0.9, 1.0]), min_size=m, max_size=m
        ),
        min_size=1,
        max_size=8,
    )
)


# ---------------------------------------------------------------------------------------------
# Coalition kernels against brute force
# ---------------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(fit_matrices, st.integers(1, 3), st.data())
def test_exact_search_equals_brute_force(rows, k, data):
    effective = np.array(rows)
    weights = np.array(data.draw(st.lists(st.integers(1, 5), min_size=effective.shape[1],
                                          max_size=effective.shape[1])), dtype=float)  # fmt: skip
    weights /= weights.sum()
    tie = np.arange(len(effective))
    pool = _dominance_pool(effective, tie, k)
    members, value = _exact(effective, weights, pool, k, tie)
    best = _brute_force(effective, weights, k)
    assert value == pytest.approx(best, abs=TOL)
    assert coalition_objective(effective, weights, members) == pytest.approx(value, abs=TOL)
    assert len(members) <= k


@settings(max_examples=150, deadline=None)
@given(fit_matrices, st.integers(1, 3))
def test_greedy_within_one_minus_one_over_e_and_bound_holds(rows, k):
    effective = np.array(rows)
    weights = np.full(effective.shape[1], 1 / effective.shape[1])
    tie = np.arange(len(effective))
    members, value, bound = _greedy(effective, weights, _dominance_pool(effective, tie, k), k, tie)
    best = _brute_force(effective, weights, k)
    assert value >= GREEDY_RATIO * best - TOL
    assert bound >= best - TOL
    assert len(set(members)) == len(members) <= k


@settings(max_examples=100, deadline=None)
@given(fit_matrices, st.integers(1, 3), st.lists(st.sampled_from([0.0, 0.3, 0.6, 1.0]),
                                                  min_size=4, max_size=4))  # fmt: skip
def test_adding_a_partner_never_lowers_the_exact_optimum(rows, k, extra):
    effective = np.array(rows)
    m = effective.shape[1]
    weights = np.full(m, 1 / m)
    bigger = np.vstack([effective, np.array(extra[:m])])

    def optimum(e):
        tie = np.arange(len(e))
        return _exact(e, weights, _dominance_pool(e, tie, k), k, tie)[1]

    assert optimum(bigger) >= optimum(effective) - TOL


def test_dominance_pool_drops_partners_dominated_k_times():
    effective = np.array([[0.9, 0.9], [0.8, 0.8], [0.7, 0.7], [0.0, 0.0], [0.1, 0.95]])
    pool = _dominance_pool(effective, np.arange(5), 2)
    assert pool.tolist() == [0, 1, 4]  # row 2 has two dominators, row 3 adds nothing


# ---------------------------------------------------------------------------------------------
# recommend_coalition end to end
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("k", [1, 2, 3])
def test_coalition_exact_equals_brute_force_on_a_directory(k):
    index = mm.DirectoryIndex.build(portfolio_partners())
    coalition = recommend_coalition(index, NEEDS, max_partners=k)
    assert coalition.method == "exact"
    prepared = index.prepare(NEEDS)
    scores = score_directory(index, prepared)
    effective = _effective_fits(prepared, scores, 0.2)
    weights = prepared.priorities / prepared.priorities.sum()
    assert coalition.objective == pytest.approx(_brute_force(effective, weights, k), abs=TOL)
    assert coalition.upper_bound == pytest.approx(coalition.objective)


def test_coalition_covers_complementary_needs_and_respects_filters():
    coalition = recommend_coalition(portfolio_partners(), NEEDS, max_partners=2)
    assert set(coalition.members) == {"LKP", "CSR"} or set(coalition.members) == {"BLK", "CSR"}
    assert "OFF" not in coalition.members  # inactive: filtered out by default
    frame = coalition.to_frame()
    assert frame["aspect"].tolist() == ["dana", "tenaga", "program"]
    dana = frame.set_index("aspect").loc["dana"]
    assert dana["partner_id"] == "CSR"
    assert dana["offer"] == "dana CSR modal usaha kelompok"
    assert "kecocokan" in dana["reason"]
    assert set(coalition.members_frame()["pattern"]) <= set(mm.patterns.PATTERNS)

    only_state = {**NEEDS, "filters": {"sectors": ["pemerintah"]}}
    assert recommend_coalition(portfolio_partners(), only_state).members == ("BLK",)


def test_coalition_greedy_mode_is_reported_and_guaranteed():
    exact = recommend_coalition(portfolio_partners(), NEEDS, max_partners=2)
    greedy = recommend_coalition(portfolio_partners(), NEEDS, max_partners=2, method="greedy")
    assert greedy.method == "greedy"
    assert greedy.objective >= GREEDY_RATIO * exact.objective
    assert greedy.upper_bound >= exact.objective - TOL
    assert "63%" in greedy.optimality
    assert greedy.optimality.startswith("serakah: minimal 63%")  # in the coalition's language
    assert exact.optimality == "optimal (pencarian menyeluruh)"
    auto = recommend_coalition(portfolio_partners(), NEEDS, max_partners=3, exact_limit=1)
    assert auto.method == "greedy"


def test_coalition_facts_are_properties_and_computations_methods():
    coalition = recommend_coalition(portfolio_partners(), NEEDS, max_partners=2)
    # Like Ranking: facts read as attributes, tables and words are asked for.
    for fact in ("members", "objective", "coverage", "leaders", "optimality", "gaps", "patterns"):
        assert not callable(getattr(coalition, fact)), fact
    for method in ("to_frame", "members_frame", "summary"):
        assert callable(getattr(coalition, method)), method
    frame = coalition.to_frame().set_index("aspect")
    assert coalition.leaders == {
        a: (None if pd.isna(p) else p) for a, p in frame["partner_id"].items()
    }


def test_coalition_old_names_still_work_and_warn():
    coalition = recommend_coalition(portfolio_partners(), NEEDS, max_partners=2)
    with pytest.warns(DeprecationWarning, match=r"Coalition\.sentence\(\) is deprecated.*summary"):
        assert coalition.sentence() == coalition.summary()
    with pytest.warns(DeprecationWarning, match=r"Coalition\.leads\(\) is deprecated.*leaders"):
        positions = coalition.leads()
    assert {a: None if m is None else coalition.members[m] for a, m in positions.items()} == (
        coalition.leaders
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", ["Koalisi", "pencarian menyeluruh", "CSR Bank Sumsel untuk dana"]),
        ("en", ["Coalition of", "exhaustive search", "CSR Bank Sumsel for funds"]),
    ],
)
def test_coalition_summary_and_html(lang, words):
    coalition = recommend_coalition(portfolio_partners(), NEEDS, max_partners=2, lang=lang)
    text = coalition.summary()
    for word in words:
        assert word in text
    # program (pemagangan tata boga) is offered by nobody: the gap is said plainly.
    assert ("look outside" if lang == "en" else "cari di luar direktori") in text
    html = coalition._repr_html_()
    assert html.startswith("<div>")
    assert "CSR Bank Sumsel" in html


def test_coalition_gaps_list_near_misses():
    gaps = recommend_coalition(portfolio_partners(), NEEDS, lang="en").gaps.set_index("aspect")
    assert not gaps.loc["program", "covered"]
    assert gaps.loc["tenaga", "covered"]
    assert gaps.loc["tenaga", "candidates"][0] in {"LKP", "BLK"}


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"max_partners": 0}, ValueError, "max_partners must be a positive integer; got 0"),
        ({"max_partners": 1.5}, ValueError, "max_partners must be a positive integer; got 1.5"),
        ({"method": "fast"}, ValueError, "method must be one of 'auto', 'exact', 'greedy'"),
        ({"other_weight": 2}, ValueError, r"other_weight must be in \[0, 1\]; got 2"),
        ({"lang": "fr"}, ValueError, "lang must be one of 'id', 'en'; got 'fr'"),
    ],
)
def test_coalition_rejects_bad_options(kwargs, error, message):
    with pytest.raises(error, match=message):
        recommend_coalition(portfolio_partners(), NEEDS, **kwargs)


def test_coalition_when_nothing_fits():
    needs = {"needs": {"sarana": {"priority": 4, "description": "kolam ikan lele"}}}
    partners = portfolio_partners().assign(offers_sarana=None)
    coalition = recommend_coalition(partners, needs, lang="en")
    assert len(coalition) == 0
    assert coalition.objective == 0.0
    assert coalition.summary().startswith("No coalition possible")
    assert coalition.leaders == {"sarana": None}


# ---------------------------------------------------------------------------------------------
# Coverage gaps and Ranking.gaps
# ---------------------------------------------------------------------------------------------
def test_coverage_gaps_say_so_plainly_with_near_misses():
    gaps = coverage_gaps(portfolio_partners(), NEEDS).set_index("aspect")
    assert gaps.loc["dana", "covered"]
    assert gaps.loc["dana", "n_covering"] == 1
    program = gaps.loc["program"]
    assert not program["covered"]
    assert program["message"].startswith(
        "program: tidak ada mitra di direktori yang memenuhi dengan baik (kecocokan >= 0,50)"
    )
    assert program["message"].endswith("cari mitra di luar direktori.")
    assert len(program["candidates"]) <= 3
    assert list(program["candidate_fits"]) == sorted(program["candidate_fits"], reverse=True)


@pytest.mark.parametrize("threshold", [0.0, 1.5])
def test_coverage_gaps_rejects_bad_threshold(threshold):
    with pytest.raises(ValueError, match=r"threshold must be in \(0, 1\]"):
        coverage_gaps(portfolio_partners(), NEEDS, threshold=threshold)


def test_ranking_gaps_match_coverage_gaps():
    ranking = mm.rank(portfolio_partners(), NEEDS, top=1)
    expected = coverage_gaps(portfolio_partners(), NEEDS)
    pd.testing.assert_frame_equal(ranking.gaps, expected)


# ---------------------------------------------------------------------------------------------
# Reciprocal scores
# ---------------------------------------------------------------------------------------------
def test_reciprocal_columns_follow_the_contract_columns():
    frame = mm.rank(portfolio_partners(), NEEDS).to_frame()
    columns = list(frame.columns)
    start = columns.index("explanation") + 1
    assert columns[start : start + 3] == [
        "score_org_to_partner",
        "score_partner_to_org",
        "score_reciprocal",
    ]
    np.testing.assert_allclose(frame["score_org_to_partner"], frame["score"])
    a, b = frame["score_org_to_partner"], frame["score_partner_to_org"]
    np.testing.assert_allclose(frame["score_reciprocal"], 2 * a * b / (a + b), atol=1e-9)
    assert frame[["score_partner_to_org", "score_reciprocal"]].stack().between(0, 1).all()


def test_partner_to_org_rewards_what_the_partner_seeks():
    scores = reciprocal_scores(portfolio_partners(), NEEDS).set_index("partner_id")
    # LKP seeks "warga belajar", which the PKBM offers; CSR seeks UMKM beneficiaries.
    assert scores.loc["LKP", "score_partner_to_org"] > scores.loc["CSR", "score_partner_to_org"]


@pytest.mark.parametrize(("lang", "start"), [("id", "Timbal balik:"), ("en", "Reciprocal:")])
def test_explanation_has_a_reciprocal_line(lang, start):
    explanation = mm.rank(portfolio_partners(), NEEDS, lang=lang).explain("LKP")
    assert explanation.reciprocal.startswith(start)
    assert explanation.reciprocal in str(explanation)


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------
def test_coalition_command_writes_one_row_per_need(tmp_path, capsys):
    from mitramatch.cli import main

    partners = tmp_path / "mitra.csv"
    portfolio_partners().to_csv(partners, index=False)
    needs = tmp_path / "needs.json"
    needs.write_text(json.dumps(NEEDS))
    out = tmp_path / "koalisi.csv"
    assert main(["coalition", str(partners), "--needs", str(needs), "--output", str(out)]) == 0
    frame = pd.read_csv(out)
    assert frame["aspect"].tolist() == ["dana", "tenaga", "program"]
    assert set(frame["partner_id"].dropna()) <= {"LKP", "BLK", "CSR", "PKK"}
    assert main(["coalition", str(partners), "--needs", str(needs), "--format", "table"]) == 0
    assert "Koalisi" in capsys.readouterr().out


def test_coalition_command_reports_a_bad_profile(tmp_path, capsys):
    from mitramatch.cli import main

    partners = tmp_path / "mitra.csv"
    portfolio_partners().to_csv(partners, index=False)
    needs = tmp_path / "needs.toml"
    needs.write_text("[needs.tenga]\npriority = 5\n")
    out = tmp_path / "koalisi.csv"
    argv = ["coalition", str(partners), "--needs", str(needs), "--output", str(out)]
    code = main([*argv, "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2
    assert "did you mean 'tenaga'" in err
    assert "Traceback" not in err
    assert not out.exists()
