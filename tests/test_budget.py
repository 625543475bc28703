"""One partner's budget shared by priority and fit: the properties a funder relies on."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_funder import contract_columns

import mitramatch as mm
from mitramatch import SchemaError, allocate_budget
from mitramatch.budget import coverage_worth, default_step, share_budget

DATA = Path(__file__).resolve().parents[1] / "data"
FUNDER = DATA / "funders" / "tjsl_ogan_lestari.toml"
FUNDED = DATA / "organisations_tjsl_oku.csv"

requests = st.integers(1, 8).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(1, 400), min_size=n, max_size=n),  # amounts asked
        st.lists(st.floats(0.05, 1.0), min_size=n, max_size=n),  # weights
        st.lists(st.integers(1, 5), min_size=n, max_size=n),  # priorities
    )
)


@settings(max_examples=300, deadline=None)
@given(requests, st.integers(1, 2000), st.sampled_from([1, 5, 10, 25]), st.integers(0, 60))
def test_never_over_budget_nor_over_a_request_and_nothing_wasted(req, budget, step, min_grant):
    demand, weight, priority = (np.array(v, dtype=float) for v in req)
    x = share_budget(demand, weight, budget, step=step, min_grant=min_grant, priority=priority)
    assert math.fsum(x) <= budget
    assert (x >= 0).all()
    assert (x <= demand).all()
    assert ((x == 0) | (x >= min_grant) | (demand <= min_grant)).all()  # none below the minimum
    # Deterministic.
    assert (
        x == share_budget(demand, weight, budget, step=step, min_grant=min_grant, priority=priority)
    ).all()
    if min_grant == 0:
        left = budget - math.fsum(x)
        room = np.minimum(step, demand - x)
        # What is left could not be given to anyone: every open request needs more.
        assert (room[room > 0] > left + 1e-9).all()


@settings(max_examples=300, deadline=None)
@given(
    requests,
    st.integers(1, 400),
    st.floats(0.05, 1.0),
    st.integers(1, 4),
    st.integers(1, 2000),
    st.sampled_from([1, 10]),
    st.integers(0, 60),
)
def test_a_higher_priority_never_gets_a_smaller_share(req, amount, fit, p, budget, step, least):
    demand, weight, priority = (list(v) for v in req)
    # Two requests alike in all but priority (weight = fit x priority / 5), the higher first
    # and last in the order ties are broken by, so the order cannot be what favours it.
    for high_first in (True, False):
        d = np.array([amount, *demand, amount], dtype=float)
        pr = [p + 1, *priority, p] if high_first else [p, *priority, p + 1]
        w = np.array([fit * pr[0] / 5, *weight, fit * pr[-1] / 5])
        x = share_budget(d, w, budget, step=step, min_grant=least, priority=np.array(pr, float))
        high, low = (x[0], x[-1]) if high_first else (x[-1], x[0])
        assert high >= low


def _greedy(demand, weight, budget, delta):
    """The rule by its definition: give ``delta`` at a time where the next unit is worth most
    (slow, obviously right)."""
    x = np.zeros(len(demand))
    left = budget
    while left > 1e-12:
        room = np.minimum(delta, demand - x)
        if not (room > 1e-12).any():
            break
        s0, s1 = x / demand, (x + room) / demand
        worth = weight * demand * ((1 - s0) ** 2 - (1 - s1) ** 2)
        gain = np.where(room > 1e-12, worth / np.where(room > 1e-12, room, 1.0), -1.0)
        best = int(np.argmax(gain))
        give = min(room[best], left)
        x[best] += give
        left -= give
    return x


@settings(max_examples=60, deadline=None)
@given(requests, st.integers(50, 1500))
def test_the_closed_form_is_the_greedy_in_small_increments(req, budget):
    demand, weight, _ = (np.array(v, dtype=float) for v in req)
    exact = share_budget(demand, weight, budget, step=1e-6)
    # Steps small against every demand: with a step of half a demand of 1 the greedy cannot
    # split it (it gives 0 or 0.5), and what it withholds lands on the others.
    delta = min(0.5, float(demand.min()) / 10)
    slow = _greedy(demand, weight, budget, delta=delta)
    # Each share is within a step of the exact one; the budget they leave lands on one.
    assert np.allclose(exact, slow, atol=max(1.0, len(demand) * delta))
    assert coverage_worth(exact, demand, weight) >= coverage_worth(slow, demand, weight) - 1e-4


def test_shares_depend_on_the_weight_alone():
    # s = max(0, 1 - threshold / w): equal weights, equal shares, whatever the amount.
    x = share_budget(np.array([100.0, 400.0, 50.0]), np.array([0.8, 0.8, 0.2]), 250, step=1e-9)
    assert x[0] / 100 == pytest.approx(x[1] / 400)
    assert x[2] == 0  # weight 0.2 does not exceed the threshold
    assert share_budget(np.array([10.0, 20.0]), np.array([0.1, 1.0]), 50, step=1).tolist() == [
        10.0,
        20.0,
    ]


def test_default_step():
    assert default_step(1e9, "dana") == 1e6
    assert default_step(2.5e8, "dana") == 1e5
    assert default_step(20, "tenaga") == 1


@pytest.fixture(scope="module")
def budget():
    return allocate_budget(None, FUNDED, partner_profile=FUNDER, budget="Rp 1 M")


def test_the_funder_s_budget(budget):
    f = budget.to_frame()
    documented = contract_columns("A budget shared among organisations")
    assert list(f.columns) == documented[:-2]
    assert list(budget.compare().columns[-2:]) == documented[-2:]
    assert math.fsum(f["granted"]) <= 1e9
    assert budget.granted == 1e9
    assert (f["granted"] <= f["requested"].fillna(0)).all()
    assert set(f["status"]) <= set(mm.budget.STATUSES)
    got = f.set_index("org_id")
    # The priority-5 foundation gets a share, and more than in the stable fit-only allocation.
    assert got.at["TJ-02", "status"] == "partial"
    assert got.at["TJ-02", "explanation"].startswith(
        "Mendapat Rp 336 juta dari Rp 450 juta yang diminta (75%): bobot 0,86 = prioritas 5/5 x "
        "kecocokan 0,86; porsi = 1 - ambang 0,22 / bobot 0,86."
    )
    assert got.at["TJ-11", "status"] == "excluded"
    assert got.at["TJ-08", "status"] == "none"
    assert "tidak melebihi ambang anggaran 0,22" in got.at["TJ-08", "explanation"]
    assert budget.critical_unmet.empty
    assert budget.threshold == pytest.approx(0.22, abs=0.01)


def test_against_the_stable_allocation(budget):
    c = budget.compare().set_index("org_id")
    # The reported case: fit alone gives the priority-3 water BUMDes its whole Rp 500 juta and
    # critical requests nothing; this rule gives every critical request a share.
    assert c.at["TJ-01", "allocate_granted"] == 500_000_000
    critical = c[c["priority"] == 5]
    starved = critical.index[critical["allocate_granted"] == 0]
    assert {"TJ-03", "TJ-04", "TJ-10"} <= set(starved)
    assert (critical["granted"] > 0).all()
    figures = budget.comparison_figures().set_index("rule")
    assert figures.at["rule", "critical_unmet"] == 0
    assert figures.at["allocate", "critical_unmet"] == len(starved)
    assert figures.at["rule", "coverage"] > figures.at["allocate", "coverage"]
    assert figures.at["rule", "worth"] >= figures.at["allocate", "worth"]
    assert figures.at["rule", "given"] == figures.at["allocate", "given"] == 1e9
    text = budget.comparison_summary()
    share = round(100 * figures.at["rule", "coverage"])
    assert f"aturan ini: Rp 1 miliar dibagikan; cakupan berbobot prioritas {share}%" in text
    assert "allocate (stabil, hanya kecocokan): Rp 1 miliar dibagikan" in text


def test_critical_requests_left_out_are_listed():
    b = allocate_budget(None, FUNDED, partner_profile=FUNDER, budget="Rp 1 M", min_fit=0.7)
    f = b.to_frame()
    poor = f[f["fit"] < 0.7]
    assert len(poor)
    assert (poor["status"] == "poor_fit").all()
    assert poor["explanation"].str.contains("kurang dari 0,70").all()
    critical_poor = set(poor.loc[poor["priority"] == 5, "org_id"])
    assert critical_poor
    assert critical_poor <= set(b.critical_unmet["org_id"])
    assert "Kebutuhan kritis yang tidak mendapat apa pun: " in b.summary()


def test_min_grant_withdraws_small_grants():
    b = allocate_budget(
        None, FUNDED, partner_profile=FUNDER, budget="Rp 1 M", min_grant="Rp 50 juta"
    )
    f = b.to_frame()
    given = f[f["granted"] > 0]
    assert ((given["granted"] >= 50e6) | (given["requested"] <= 50e6)).all()
    small = f[f["status"] == "below_minimum"]
    assert len(small)
    assert small["explanation"].str.contains("di bawah hibah minimum Rp 50 juta").all()
    assert b.granted <= 1e9


def test_shuffled_input_same_split():
    batch = mm.load_organisations(FUNDED)
    shuffled = dict(reversed(list(zip(batch.ids, batch))))
    a = allocate_budget(None, FUNDED, partner_profile=FUNDER, budget="Rp 1 M").to_frame()
    b = allocate_budget(None, shuffled, partner_profile=FUNDER, budget="Rp 1 M").to_frame()
    pd.testing.assert_frame_equal(a, b)


def test_other_aspects_share_persons_or_participants():
    b = allocate_budget(None, FUNDED, partner_profile=FUNDER, aspect="program")
    assert b.budget == 60  # the partner's capacity_program
    f = b.to_frame()
    assert (f["granted"] == f["granted"].round()).all()  # whole participants
    assert "peserta" in b.summary()


def test_errors_say_what_to_fix(tmp_path):
    with pytest.raises(SchemaError, match="offers nothing in tenaga"):
        allocate_budget(None, FUNDED, partner_profile=FUNDER, aspect="tenaga")
    partners = pd.DataFrame(
        {
            "partner_id": ["CSR"],
            "name": ["CSR X"],
            "sector": ["swasta"],
            "offers_dana": ["hibah modal usaha"],
        }
    )
    with pytest.raises(SchemaError, match="no budget: CSR X has no capacity_dana"):
        allocate_budget(partners, FUNDED, partner="CSR")
    with pytest.raises(SchemaError, match="budget: expected a non-negative amount"):
        allocate_budget(partners, FUNDED, partner="CSR", budget="satu miliar")
    with pytest.raises(SchemaError, match="no organisation asks for sarana"):
        allocate_budget(
            partners.assign(offers_sarana="gedung"),
            {"A": {"needs": {"dana": {"priority": 3}}}},
            partner="CSR",
            aspect="sarana",
            budget=3,
        )


def test_plot(budget):
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    ax = budget.plot()
    plt.close(ax.figure)
    assert "dibagi menurut prioritas dan kecocokan" in ax.get_title()
    assert ax.get_xlabel() == "dana (Rp juta)"
    assert len(ax.get_yticklabels()) == len(budget.to_frame())
