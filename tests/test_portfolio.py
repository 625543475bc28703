"""Tests of mitramatch.portfolio: coalitions, coverage gaps, reciprocal scores, allocation.

Optimality and stability are checked against slow, obviously-correct references: every
subset of a small directory, every organisation-partner pair of a small market.
"""

from __future__ import annotations

import argparse
import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mitramatch as mm
from mitramatch.filters import filter_mask
from mitramatch.portfolio import (
    _dominance_pool,
    _effective_fits,
    _exact,
    _greedy,
    allocate,
    coalition_objective,
    coverage_gaps,
    reciprocal_scores,
    recommend_coalition,
    register,
    stable_allocation,
)
from mitramatch.scoring import score_directory

GREEDY_RATIO = 1 - 1 / math.e
TOL = 1e-9


# ---------------------------------------------------------------------------------------------
# Small fixtures
# ---------------------------------------------------------------------------------------------
def _partners() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "partner_id": ["LKP", "BLK", "CSR", "PKK", "OFF"],
            "name": [
                "LKP Citra Busana",
                "UPTD BLK Palembang",
                "CSR Bank Sumsel",
                "PKK Desa Tanjung",
                "LKP Tutup",
            ],
            "sector": ["masyarakat", "pemerintah", "swasta", "masyarakat", "masyarakat"],
            "kind": ["lkp", "blk", "donor", "ormas", "lkp"],
            "offers_tenaga": [
                "instruktur menjahit bersertifikat",
                "instruktur menjahit dan otomotif",
                None,
                "kader penggerak",
                "instruktur menjahit",
            ],
            "offers_sarana": [None, "mesin jahit dan ruang praktik", None, None, None],
            "offers_dana": [None, None, "dana CSR modal usaha kelompok", None, None],
            "capacity_tenaga": [2, 5, None, None, 9],
            "capacity_dana": [None, None, 30_000_000, None, None],
            "seeks": ["peserta kursus warga belajar", None, "penerima manfaat UMKM", None, None],
            "active": ["ya", "ya", "ya", "ya", "tidak"],
        }
    )


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
    index = mm.DirectoryIndex.build(_partners())
    coalition = recommend_coalition(index, NEEDS, max_partners=k)
    assert coalition.method == "exact"
    prepared = index.prepare(NEEDS)
    scores = score_directory(index, prepared)
    effective = _effective_fits(prepared, scores, 0.2)
    weights = prepared.priorities / prepared.priorities.sum()
    assert coalition.objective == pytest.approx(_brute_force(effective, weights, k), abs=TOL)
    assert coalition.upper_bound == pytest.approx(coalition.objective)


def test_coalition_covers_complementary_needs_and_respects_filters():
    coalition = recommend_coalition(_partners(), NEEDS, max_partners=2)
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
    assert recommend_coalition(_partners(), only_state).members == ("BLK",)


def test_coalition_greedy_mode_is_reported_and_guaranteed():
    exact = recommend_coalition(_partners(), NEEDS, max_partners=2)
    greedy = recommend_coalition(_partners(), NEEDS, max_partners=2, method="greedy")
    assert greedy.method == "greedy"
    assert greedy.objective >= GREEDY_RATIO * exact.objective
    assert greedy.upper_bound >= exact.objective - TOL
    assert "63%" in greedy.optimality
    auto = recommend_coalition(_partners(), NEEDS, max_partners=3, exact_limit=1)
    assert auto.method == "greedy"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", ["Koalisi", "pencarian menyeluruh", "CSR Bank Sumsel untuk dana"]),
        ("en", ["Coalition of", "exhaustive search", "CSR Bank Sumsel for funds"]),
    ],
)
def test_coalition_sentence_and_html(lang, words):
    coalition = recommend_coalition(_partners(), NEEDS, max_partners=2, lang=lang)
    text = coalition.sentence()
    for word in words:
        assert word in text
    # program (pemagangan tata boga) is offered by nobody: the gap is said plainly.
    assert ("look outside" if lang == "en" else "cari di luar direktori") in text
    html = coalition._repr_html_()
    assert html.startswith("<div>")
    assert "CSR Bank Sumsel" in html


def test_coalition_gaps_list_near_misses():
    gaps = recommend_coalition(_partners(), NEEDS, lang="en").gaps.set_index("aspect")
    assert not gaps.loc["program", "covered"]
    assert gaps.loc["tenaga", "covered"]
    assert gaps.loc["tenaga", "candidates"][0] in {"LKP", "BLK"}


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"max_partners": 0}, ValueError, "max_partners must be at least 1; got 0"),
        ({"max_partners": 1.5}, TypeError, "max_partners must be an integer; got float"),
        ({"method": "fast"}, ValueError, "method must be 'auto', 'exact' or 'greedy'"),
        ({"other_weight": 2}, ValueError, r"other_weight must be in \[0, 1\]; got 2"),
        ({"lang": "fr"}, ValueError, "lang must be one of id, en; got 'fr'"),
    ],
)
def test_coalition_rejects_bad_options(kwargs, error, message):
    with pytest.raises(error, match=message):
        recommend_coalition(_partners(), NEEDS, **kwargs)


def test_coalition_when_nothing_fits():
    needs = {"needs": {"sarana": {"priority": 4, "description": "kolam ikan lele"}}}
    partners = _partners().assign(offers_sarana=None)
    coalition = recommend_coalition(partners, needs, lang="en")
    assert len(coalition) == 0
    assert coalition.objective == 0.0
    assert coalition.sentence().startswith("No coalition possible")


# ---------------------------------------------------------------------------------------------
# Coverage gaps and Ranking.gaps
# ---------------------------------------------------------------------------------------------
def test_coverage_gaps_say_so_plainly_with_near_misses():
    gaps = coverage_gaps(_partners(), NEEDS).set_index("aspect")
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
        coverage_gaps(_partners(), NEEDS, threshold=threshold)


def test_ranking_gaps_match_coverage_gaps():
    ranking = mm.rank(_partners(), NEEDS, top=1)
    expected = coverage_gaps(_partners(), NEEDS)
    pd.testing.assert_frame_equal(ranking.gaps, expected)


# ---------------------------------------------------------------------------------------------
# Reciprocal scores
# ---------------------------------------------------------------------------------------------
def test_reciprocal_columns_follow_the_contract_columns():
    frame = mm.rank(_partners(), NEEDS).to_frame()
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
    scores = reciprocal_scores(_partners(), NEEDS).set_index("partner_id")
    # LKP seeks "warga belajar", which the PKBM offers; CSR seeks UMKM beneficiaries.
    assert scores.loc["LKP", "score_partner_to_org"] > scores.loc["CSR", "score_partner_to_org"]


@pytest.mark.parametrize(("lang", "start"), [("id", "Timbal balik:"), ("en", "Reciprocal:")])
def test_explanation_has_a_reciprocal_line(lang, start):
    explanation = mm.rank(_partners(), NEEDS, lang=lang).explain("LKP")
    assert explanation.reciprocal.startswith(start)
    assert explanation.reciprocal in str(explanation)


# ---------------------------------------------------------------------------------------------
# Stable allocation kernel: feasibility and every blocking pair
# ---------------------------------------------------------------------------------------------
def blocking_pairs(x, demand, capacity, org_key, partner_key):
    """Every acceptable pair where the organisation is not served by partners it likes at
    least as much AND the partner is not full with organisations it likes at least as much."""
    n_org, n_par = x.shape
    found = []
    for o in range(n_org):
        for p in range(n_par):
            if np.isnan(org_key[o, p]) or capacity[p] <= 0:
                continue
            as_good_p = [
                q
                for q in range(n_par)
                if not np.isnan(org_key[o, q])
                and (org_key[o, q] > org_key[o, p] or (org_key[o, q] == org_key[o, p] and q <= p))
            ]
            as_good_o = [
                r
                for r in range(n_org)
                if not np.isnan(org_key[r, p])
                and (
                    partner_key[r, p] > partner_key[o, p]
                    or (partner_key[r, p] == partner_key[o, p] and r <= o)
                )
            ]
            org_served = x[o, as_good_p].sum() >= demand[o] - TOL
            partner_full = x[as_good_o, p].sum() >= capacity[p] - TOL
            if not (org_served or partner_full):
                found.append((o, p))
    return found


@st.composite
def markets(draw):
    n_org, n_par = draw(st.integers(1, 5)), draw(st.integers(1, 4))
    keys = st.sampled_from([np.nan, 0.3, 0.5, 0.5, 0.8, 1.0])
    org_key = np.array(
        draw(st.lists(keys, min_size=n_org * n_par, max_size=n_org * n_par))
    ).reshape(n_org, n_par)
    partner_key = np.array(
        draw(
            st.lists(st.sampled_from([0.1, 0.5, 0.9]), min_size=n_org * n_par,
                     max_size=n_org * n_par)
        )
    ).reshape(n_org, n_par)  # fmt: skip
    demand = np.array(draw(st.lists(st.integers(1, 5), min_size=n_org, max_size=n_org)), float)
    capacity = np.array(draw(st.lists(st.integers(0, 6), min_size=n_par, max_size=n_par)), float)
    return demand, capacity, org_key, partner_key


@settings(max_examples=300, deadline=None)
@given(markets())
def test_stable_allocation_is_feasible_and_has_no_blocking_pair(market):
    demand, capacity, org_key, partner_key = market
    x = stable_allocation(demand, capacity, org_key, partner_key)
    assert (x >= 0).all()
    assert (x.sum(axis=1) <= demand + TOL).all()
    assert (x.sum(axis=0) <= capacity + TOL).all()
    assert (x[np.isnan(org_key)] == 0).all()
    assert blocking_pairs(x, demand, capacity, org_key, partner_key) == []


def test_stable_allocation_unit_case_is_gale_shapley():
    # Two organisations both prefer partner 0; partner 0 prefers organisation 1.
    org_key = np.array([[0.9, 0.5], [0.9, 0.5]])
    partner_key = np.array([[0.1, 0.5], [0.9, 0.5]])
    x = stable_allocation(np.ones(2), np.ones(2), org_key, partner_key)
    assert x.tolist() == [[0.0, 1.0], [1.0, 0.0]]


# ---------------------------------------------------------------------------------------------
# allocate end to end
# ---------------------------------------------------------------------------------------------
def _orgs() -> dict:
    def org(sector, tenaga_qty, dana_priority, filters=None):
        profile = {
            "organisation": {"name": f"PKBM {sector}", "sector": "masyarakat"},
            "needs": {
                "tenaga": {"priority": 5, "description": "instruktur menjahit",
                           "quantity": tenaga_qty},
                "dana": {"priority": dana_priority, "description": "modal usaha"},
            },
        }  # fmt: skip
        if filters:
            profile["filters"] = filters
        return profile

    return {
        "A": org("A", 3, 3),
        "B": org("B", 3, 5),
        "C": org("C", 2, 2, {"sectors": ["masyarakat"]}),
    }


def _check_feasible(result, partners, orgs, min_fit=0.3):
    index = mm.DirectoryIndex.build(partners)
    frame = result.to_frame()
    assert list(frame.columns[:5]) == ["org_id", "aspect", "partner_id", "fit", "amount"]
    for rec in frame.itertuples(index=False):
        prepared = index.prepare(orgs[rec.org_id])
        row = int(np.flatnonzero(index.partner_id == rec.partner_id)[0])
        assert filter_mask(index, prepared)[row], rec
        assert index.offered[row, mm.ASPECTS.index(rec.aspect)], rec
        assert rec.fit >= min_fit
        assert rec.amount > 0
    used = frame.groupby(["partner_id", "aspect"])["amount"].sum()
    caps = result.capacities.set_index(["partner_id", "aspect"])["capacity"]
    for key, amount in used.items():
        assert amount <= caps[key] + TOL
        known = index.capacity[
            int(np.flatnonzero(index.partner_id == key[0])[0]), mm.ASPECTS.index(key[1])
        ]
        if not np.isnan(known):
            assert amount <= known + TOL
    served = frame.groupby(["org_id", "aspect"])["amount"].sum()
    demand = result.requests.set_index(["org_id", "aspect"])["demand"]
    for key, amount in served.items():
        assert amount <= demand[key] + TOL


def test_allocate_within_capacity_and_reports_critical_unmet():
    partners, orgs = _partners(), _orgs()
    result = allocate(partners, orgs)
    _check_feasible(result, partners, orgs)
    frame = result.to_frame()
    tenaga = frame[frame["aspect"] == "tenaga"].groupby("partner_id")["amount"].sum()
    assert tenaga.get("LKP", 0) <= 2
    assert tenaga.get("BLK", 0) <= 5
    assert "OFF" not in set(frame["partner_id"])  # inactive
    # C accepts only masyarakat partners: only LKP could teach it.
    assert set(frame.loc[frame["org_id"] == "C", "partner_id"]) <= {"LKP"}
    assert result.total_fit > 0
    assert result.n_critical_unmet == result.critical_unmet["org_id"].nunique()


def test_allocate_names_organisations_left_without_a_critical_need():
    partners = _partners().assign(capacity_tenaga=[1, 1, None, None, 1])
    orgs = _orgs()
    result = allocate(partners, orgs, aspects=["tenaga"], lang="en")
    # Three organisations need instructors critically; two instructors exist in total.
    assert result.n_critical_unmet >= 1
    assert set(result.critical_unmet["aspect"]) == {"tenaga"}
    who = ", ".join(f"{o} (people)" for o in result.critical_unmet["org_id"])
    assert who in result.summary()
    assert "got nothing for a critical need" in result.summary()


def test_allocate_unknown_capacity_serves_one_organisation_by_default():
    partners = _partners().assign(capacity_tenaga=None)
    orgs = {"A": _orgs()["A"], "B": _orgs()["B"]}
    result = allocate(partners, orgs, aspects=["tenaga"])
    caps = result.capacities.set_index("partner_id")
    assert not caps["capacity_known"].any()
    assert (caps["capacity"] == 3).all()  # the largest demand among its organisations


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"partner_preference": "love"}, ValueError, "partner_preference must be 'fit' or"),
        ({"min_fit": 2}, ValueError, r"min_fit must be in \[0, 1\]; got 2"),
        ({"aspects": ["tenga"]}, mm.SchemaError, "did you mean 'tenaga'"),
        ({"default_capacity": 0}, ValueError, "default_capacity must be positive; got 0"),
    ],
)
def test_allocate_rejects_bad_options(kwargs, error, message):
    with pytest.raises(error, match=message):
        allocate(_partners(), _orgs(), **kwargs)


def _batch_csv(path, rows):
    header = (
        "org_id,name,sector,offers,need_tenaga_priority,need_tenaga_description,"
        "need_tenaga_quantity,need_dana_priority,need_dana_description,need_dana_quantity"
    )
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_allocate_reads_the_batch_layout(tmp_path):
    orgs = _batch_csv(
        tmp_path / "orgs.csv",
        [
            "O1,PKBM Satu,masyarakat,warga belajar,5,instruktur menjahit,2,3,modal usaha,5 juta",
            "O2,PKBM Dua,masyarakat,,4,instruktur menjahit,4,,,",
        ],
    )
    result = allocate(_partners(), orgs)
    assert set(result.requests["org_id"]) == {"O1", "O2"}
    assert result.requests.set_index(["org_id", "aspect"]).loc[("O1", "dana"), "demand"] == 5e6


def test_allocate_names_duplicated_org_ids(tmp_path):
    orgs = _batch_csv(
        tmp_path / "orgs.csv",
        ["O1,PKBM Satu,masyarakat,,5,tutor,1,,,", "O1,PKBM Dua,masyarakat,,5,tutor,1,,,"],
    )
    with pytest.raises(mm.SchemaError, match=r"org_id.*'O1'"):
        allocate(_partners(), orgs)


def test_allocate_command_line(tmp_path, capsys):
    partners = tmp_path / "mitra.csv"
    _partners().to_csv(partners, index=False)
    orgs = _batch_csv(
        tmp_path / "orgs.csv", ["O1,PKBM Satu,masyarakat,,5,instruktur menjahit,2,,,"]
    )
    parser = argparse.ArgumentParser(prog="mitramatch")
    register(parser.add_subparsers(dest="command"))
    out = tmp_path / "alokasi.csv"
    args = parser.parse_args(["allocate", str(partners), "--orgs", str(orgs), "-o", str(out)])
    assert args.run(args) == 0
    written = pd.read_csv(out)
    assert list(written.columns[:5]) == ["org_id", "aspect", "partner_id", "fit", "amount"]
    assert written["amount"].sum() == 2
    assert "1 dari 1 permintaan terlayani" in capsys.readouterr().err


# Random small markets, end to end: only feasible pairs, never over capacity, and no
# organisation-partner pair that would both rather trade.
_OFFERS = {
    "tenaga": ["instruktur menjahit", "mekanik otomotif", None],
    "dana": ["dana CSR modal usaha", "hibah pelatihan", None],
}
_NEED_TEXT = {"tenaga": "instruktur menjahit", "dana": "modal usaha"}


@st.composite
def directories_and_orgs(draw):
    n = draw(st.integers(1, 4))
    partners = pd.DataFrame(
        {
            "partner_id": [f"P{i}" for i in range(n)],
            "name": [f"Mitra {i}" for i in range(n)],
            "sector": draw(st.lists(st.sampled_from(mm.SECTORS), min_size=n, max_size=n)),
            **{
                f"offers_{a}": draw(st.lists(st.sampled_from(t), min_size=n, max_size=n))
                for a, t in _OFFERS.items()
            },
            **{
                f"capacity_{a}": draw(
                    st.lists(st.sampled_from([None, 1, 2, 5]), min_size=n, max_size=n)
                )
                for a in _OFFERS
            },
        }
    )
    orgs = {}
    for i in range(draw(st.integers(1, 4))):
        aspects = draw(st.lists(st.sampled_from(list(_OFFERS)), min_size=1, max_size=2,
                                unique=True))  # fmt: skip
        needs = {
            a: {"priority": draw(st.integers(1, 5)), "description": _NEED_TEXT[a],
                "quantity": draw(st.sampled_from([None, 1, 2, 3]))}
            for a in aspects
        }  # fmt: skip
        profile = {"needs": needs}
        if draw(st.booleans()):
            profile["filters"] = {"sectors": [draw(st.sampled_from(mm.SECTORS))]}
        orgs[f"O{i}"] = profile
    return partners, orgs


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directories_and_orgs())
def test_allocate_outputs_only_feasible_pairs_and_is_stable(case):
    partners, orgs = case
    result = allocate(partners, orgs)
    _check_feasible(result, partners, orgs)
    # Rebuild both sides' preferences from the rankings and look for a blocking pair.
    index = mm.DirectoryIndex.build(partners)
    frame = result.to_frame()
    caps = result.capacities.set_index(["partner_id", "aspect"])["capacity"]
    requests = result.requests.set_index(["org_id", "aspect"])
    ids = sorted(orgs)
    rankings = {o: mm.rank(index, orgs[o]).to_frame().set_index("partner_id") for o in ids}
    for aspect in _OFFERS:
        want = [o for o in ids if (o, aspect) in requests.index]
        if not want:
            continue
        pids = sorted(index.partner_id)
        org_key = np.full((len(want), len(pids)), np.nan)
        partner_key = np.zeros_like(org_key)
        for i, o in enumerate(want):
            ranking = rankings[o]
            for p, pid in enumerate(pids):
                if pid not in ranking.index:
                    continue
                fit = ranking.loc[pid, f"fit_{aspect}"]
                offered = index.offered[list(index.partner_id).index(pid), mm.ASPECTS.index(aspect)]
                if offered and fit >= 0.3 and (pid, aspect) in caps.index:
                    org_key[i, p] = fit
                    partner_key[i, p] = round(fit, 6) + requests.loc[(o, aspect), "priority"] * 1e-8
        x = np.zeros_like(org_key)
        for rec in frame[frame["aspect"] == aspect].itertuples(index=False):
            x[want.index(rec.org_id), pids.index(rec.partner_id)] = rec.amount
        demand = requests.loc[[(o, aspect) for o in want], "demand"].to_numpy()
        capacity = np.array([caps.get((pid, aspect), 0.0) for pid in pids])
        assert blocking_pairs(x, demand, capacity, org_key, partner_key) == []
