"""Tests of mitramatch.allocation: stability checked against every organisation-partner pair
of small markets, capacities never exceeded, only feasible pairs."""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from portfolio_data import portfolio_partners

import mitramatch as mm
from mitramatch.allocation import allocate, stable_allocation
from mitramatch.cli.allocation import register
from mitramatch.engine import filter_mask

TOL = 1e-9


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
    assert list(frame.columns) == [
        "org_id", "org_name", "aspect", "partner_id", "fit", "amount", "amount_unit", "name",
        "partner_regency", "share",
    ]  # fmt: skip
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
    partners, orgs = portfolio_partners(), _orgs()
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
    partners = portfolio_partners().assign(capacity_tenaga=[1, 1, None, None, 1])
    orgs = _orgs()
    result = allocate(partners, orgs, aspects=["tenaga"], lang="en")
    # Three organisations need instructors critically; two instructors exist in total.
    assert result.n_critical_unmet >= 1
    assert set(result.critical_unmet["aspect"]) == {"tenaga"}
    who = ", ".join(f"{o} (people)" for o in result.critical_unmet["org_id"])
    assert who in result.summary()
    assert "got nothing for a critical need" in result.summary()


def test_allocate_unknown_capacity_serves_one_organisation_by_default():
    partners = portfolio_partners().assign(capacity_tenaga=None)
    orgs = {"A": _orgs()["A"], "B": _orgs()["B"]}
    result = allocate(partners, orgs, aspects=["tenaga"])
    caps = result.capacities.set_index("partner_id")
    assert not caps["capacity_known"].any()
    assert (caps["capacity"] == 3).all()  # the largest demand among its organisations


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"partner_preference": "love"}, ValueError, "partner_preference must be one of 'fit'"),
        ({"min_fit": 2}, ValueError, r"min_fit must be in \[0, 1\]; got 2"),
        ({"aspects": ["tenga"]}, mm.SchemaError, "did you mean 'tenaga'"),
        ({"default_capacity": 0}, ValueError, r"default_capacity must be in \(0, inf\]; got 0"),
    ],
)
def test_allocate_rejects_bad_options(kwargs, error, message):
    with pytest.raises(error, match=message):
        allocate(portfolio_partners(), _orgs(), **kwargs)


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
    result = allocate(portfolio_partners(), orgs)
    assert set(result.requests["org_id"]) == {"O1", "O2"}
    assert result.requests.set_index(["org_id", "aspect"]).loc[("O1", "dana"), "demand"] == 5e6


def test_allocate_names_duplicated_org_ids(tmp_path):
    orgs = _batch_csv(
        tmp_path / "orgs.csv",
        ["O1,PKBM Satu,masyarakat,,5,tutor,1,,,", "O1,PKBM Dua,masyarakat,,5,tutor,1,,,"],
    )
    with pytest.raises(mm.SchemaError, match=r"org_id.*'O1'"):
        allocate(portfolio_partners(), orgs)


def test_allocate_command_line(tmp_path, capsys):
    partners = tmp_path / "mitra.csv"
    portfolio_partners().to_csv(partners, index=False)
    orgs = _batch_csv(
        tmp_path / "orgs.csv", ["O1,PKBM Satu,masyarakat,,5,instruktur menjahit,2,,,"]
    )
    parser = argparse.ArgumentParser(prog="mitramatch")
    register(parser.add_subparsers(dest="command"))
    out = tmp_path / "alokasi.csv"
    args = parser.parse_args(["allocate", str(partners), "--orgs", str(orgs), "-o", str(out)])
    assert args.run(args) == 0
    written = pd.read_csv(out)
    assert list(written.columns[:3]) == ["org_id", "org_name", "aspect"]
    assert written[["amount", "amount_unit"]].values.tolist() == [[2, "orang"]]
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
