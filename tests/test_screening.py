"""Screening never changes a ranking: the bounds bound, and a screened top equals the
unscreened one, on directories large enough for screening to run (above ``SMALL``)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mitramatch.batch import rank_many
from mitramatch.datasets import make_directory, make_organisations
from mitramatch.engine import (
    ASPECTS,
    DirectoryIndex,
    NeedFit,
    Proximity,
    Vision,
    by_need_texts,
    haversine_km,
    least_km_to_box,
    load_organisations,
    prepare_many,
    region_table,
    row_dot,
    score,
    score_directory,
    screen,
    top_positions,
)
from mitramatch.engine.screening import SMALL, candidates
from mitramatch.ranking import Ranking

N = SMALL + 1_000


@pytest.fixture(scope="module")
def world():
    index = DirectoryIndex.build(make_directory(N, seed=11))
    orgs = list(load_organisations(make_organisations(40, seed=12)))
    return index, orgs


SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(org=st.integers(0, 39), floor=st.floats(0.0, 1.0))
def test_need_fit_bound_is_at_least_the_fit(world, org, floor):
    index, orgs = world
    query = index.prepare(orgs[org])
    criterion = NeedFit()
    bound = criterion.bound(index, query, floor)
    exact = criterion.score(index, query)
    everyone = np.arange(len(index))
    assert np.all(bound.at(everyone) >= exact - 1e-12)


@SETTINGS
@given(org=st.integers(0, 39), top=st.sampled_from([1, 5, 10, 25]))
def test_a_screened_top_is_the_unscreened_one(world, org, top):
    index, orgs = world
    query = index.prepare(orgs[org])
    screened = Ranking.compute(index, query, top=top).to_frame()
    full = Ranking.compute(index, query, top=None).to_frame().head(top)
    assert screened["partner_id"].tolist() == full["partner_id"].tolist()
    np.testing.assert_array_equal(screened["score"].to_numpy(), full["score"].to_numpy())


def test_screening_narrows_a_large_directory(world):
    # Not a timing test: screening must actually leave most partners out for most profiles,
    # or rank(top=K) silently costs a full scan.
    index, orgs = world
    narrowed = 0
    for profile in orgs:
        rows = candidates(index, index.prepare(profile), 10)
        narrowed += rows is not None and len(rows) < len(index) // 2
    assert narrowed >= 0.75 * len(orgs)


def test_every_partner_passing_the_filters_is_scored_without_screening(world):
    index, orgs = world
    query = index.prepare(orgs[0])
    assert len(score_directory(index, query)) == len(Ranking.compute(index, query).to_frame())


class _Contrary(NeedFit):
    """need_fit guessed backwards: screening must still find the true top."""

    def estimate(self, index, query, rows):
        return 1.0 - super().estimate(index, query, rows)


@pytest.mark.parametrize("org", [0, 7, 19])
def test_a_poor_guess_changes_no_ranking(world, org):
    index, orgs = world
    query = index.prepare(orgs[org])
    full = Ranking.compute(index, query, top=None).to_frame().head(10)
    k = query.needs_position
    contrary = (*query.criteria[:k], _Contrary(), *query.criteria[k + 1 :])
    query = dataclasses.replace(query, criteria=contrary)
    screened = Ranking.compute(index, query, top=10).to_frame()
    assert screened["partner_id"].tolist() == full["partner_id"].tolist()
    np.testing.assert_array_equal(screened["score"].to_numpy(), full["score"].to_numpy())


@SETTINGS
@given(org=st.integers(0, 39))
def test_need_fit_guess_is_near_the_fit(world, org):
    # Not a bound, only a guess for choosing whom to score first; but it must rank like
    # the fit on the whole, or screening lists far more partners than it needs to.
    index, orgs = world
    query = index.prepare(orgs[org])
    everyone = np.arange(len(index))
    guess = NeedFit().estimate(index, query, everyone)
    exact = NeedFit().score(index, query)
    assert guess.shape == exact.shape
    assert np.all((guess >= 0) & (guess <= 1))
    if exact.std() > 0 and guess.std() > 0:
        assert np.corrcoef(guess, exact)[0, 1] > 0.5


def test_quotes_kept_for_other_organisations_change_no_explanation(world):
    # The index keeps the quotes explanations make (NeedFit.evidence) and the clauses of
    # each offer text: explaining after other organisations were explained, or on a fresh
    # index, gives the same sentences.
    index, orgs = world
    for profile in orgs[:10]:
        Ranking.compute(index, index.prepare(profile), top=10).explanations  # noqa: B018
    fresh = DirectoryIndex(index.frame, index.model.analyzer)
    for profile in orgs[10:20]:
        warm = Ranking.compute(index, index.prepare(profile), top=10).explanations
        cold = Ranking.compute(fresh, fresh.prepare(profile), top=10).explanations
        assert warm == cold


# -- work kept per need text: a batch repeating need texts ranks as each organisation alone ----
def _variants(orgs):
    """Profiles sharing need texts with others (priorities, quantities, places, weights
    changed), and profiles with texts of their own."""
    out = []
    for k, profile in enumerate(orgs[:8]):
        needs = [
            dataclasses.replace(n, priority=1 + (n.priority + k) % 5, quantity=None if k % 2 else 7)
            for n in profile.needs
        ]
        place = dataclasses.replace(profile.organisation, regency=None, province=None, lat=None)
        out.append(dataclasses.replace(profile, needs=needs, organisation=place))
    return [*orgs[:16], *out, *orgs[:4]]


@pytest.fixture(scope="module")
def expected(world):
    """Each profile's unscreened top 5 on an index no other ranking has used."""
    index, orgs = world
    fresh = DirectoryIndex(index.frame, index.model.analyzer)
    columns = ["partner_id", "score", "explanation"]
    return [
        Ranking.compute(fresh, fresh.prepare(p), top=None).to_frame().head(5)[columns]
        for p in _variants(orgs)
    ]


@SETTINGS
@given(picks=st.lists(st.integers(0, 27), min_size=1, max_size=12))
def test_rank_many_with_repeated_need_texts_equals_each_alone(world, expected, picks):
    index, orgs = world
    profiles = _variants(orgs)
    batch = {f"o{i}": profiles[j] for i, j in enumerate(picks)}
    got = rank_many(index, batch, top=5)
    for i, j in enumerate(picks):
        mine = got.loc[got["org_id"] == f"o{i}", expected[j].columns].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, expected[j].reset_index(drop=True), check_exact=True)


def test_need_texts_kept_within_a_small_budget_change_no_ranking(world, expected, monkeypatch):
    # Hits kept per need text are evicted when over the budget: with room for one text
    # only, every look-up recomputes or reuses, and the rankings stay the same.
    index, orgs = world
    monkeypatch.setattr("mitramatch.engine.index._MAX_HIT_BYTES", 1)
    small = DirectoryIndex(index.frame, index.model.analyzer)
    got = rank_many(small, dict(enumerate(_variants(orgs))), top=5)
    for j, want in enumerate(expected):
        mine = got.loc[got["org_id"] == str(j), want.columns].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, want.reset_index(drop=True), check_exact=True)


@SETTINGS
@given(org=st.integers(0, 39), rows=st.lists(st.integers(0, N - 1), max_size=300))
def test_term_hits_are_the_product_itself(world, org, rows):
    index, orgs = world
    query = index.prepare(orgs[org])
    rows = np.array(sorted(set(rows)), dtype=np.int64)
    for j, q in enumerate(query.need_queries):
        for aspect in (ASPECTS[int(query.aspect_columns[j])], None):
            matrix = index.any_offer_terms if aspect is None else index.offer_terms[aspect]
            vector = index.model.query_vector(q)
            full = row_dot(matrix, None, vector)
            np.testing.assert_array_equal(index.term_hits(q, aspect), full)
            np.testing.assert_array_equal(index.term_hits(q, aspect, rows), full[rows])
            np.testing.assert_array_equal(
                index.term_hits(q, aspect, rows), row_dot(matrix, rows, vector)
            )


def test_screen_scores_the_candidates_as_score_does(world):
    index, orgs = world
    for profile in orgs[:12]:
        query = index.prepare(profile)
        found = screen(index, query, 10)
        if found is None:
            continue
        again = score(index, query, candidates(index, query, 10))
        for name in ("rows", "criteria", "fits", "total", "secondary"):
            np.testing.assert_array_equal(getattr(found, name), getattr(again, name))


def test_by_need_texts_groups_equal_texts_and_keeps_everyone(world):
    index, orgs = world
    profiles = _variants(orgs)
    queries = prepare_many(index, profiles)
    order = by_need_texts(queries).tolist()
    assert sorted(order) == list(range(len(queries)))

    def texts(query):
        return sorted(zip(query.aspect_columns.tolist(), (q.terms for q in query.need_queries)))

    # A profile given twice (orgs[:4] at the end) is ranked with its twin: whoever comes
    # between them shares all their need texts.
    for k in range(4):
        a, b = (p for p, i in enumerate(order) if profiles[i] is orgs[k])
        assert all(texts(queries[order[p]]) == texts(queries[k]) for p in range(a, b + 1))
    assert by_need_texts([]).tolist() == []


# -- Proximity's bound: a directory and organisations spread over all of Indonesia --------------
def _spread(frame: pd.DataFrame, seed: int, points: float) -> pd.DataFrame:
    """``frame`` moved to random kabupaten/kota of all provinces: a share ``points`` of rows
    with coordinates near the regency's centre, a few with no region at all."""
    regencies = region_table().regencies
    rng = np.random.default_rng(seed)
    picked = regencies.iloc[rng.integers(0, len(regencies), len(frame))]
    out = frame.copy()
    out["region_code"] = picked.index.to_numpy()
    out["province"] = None
    out["regency"] = None
    near = rng.random(len(frame)) < points
    out["lat"] = np.where(near, picked["lat"].to_numpy() + rng.normal(0, 0.1, len(frame)), np.nan)
    out["lon"] = np.where(near, picked["lon"].to_numpy() + rng.normal(0, 0.1, len(frame)), np.nan)
    nowhere = rng.random(len(frame)) < 0.01
    out.loc[nowhere, ["region_code", "lat", "lon"]] = None
    return out


@pytest.fixture(scope="module")
def nation():
    # Four times SMALL: Proximity lists at most 1/64 of a directory, which must hold a few
    # kabupaten/kota for its bound to list any.
    directory = _spread(make_directory(4 * SMALL * 8, seed=21), seed=22, points=0.6)
    index = DirectoryIndex.build(directory)
    orgs = _spread(make_organisations(30, seed=23), seed=24, points=0.5)
    return index, list(load_organisations(orgs))


@SETTINGS
@given(org=st.integers(0, 29), floor=st.floats(0.0, 1.0))
def test_proximity_bound_is_at_least_the_score_anywhere(nation, org, floor):
    index, orgs = nation
    query = index.prepare(orgs[org])
    bound = Proximity().bound(index, query, floor)
    exact = Proximity().score(index, query)
    assert np.all(bound.at(np.arange(len(index))) >= exact)


def test_proximity_bound_leaves_far_partners_at_a_low_base(nation):
    # Not vacuous: for most organisations the bound lists the few near partners and keeps
    # everyone else at a base well under the same-regency score.
    index, orgs = nation
    listing = [Proximity().bound(index, index.prepare(org)) for org in orgs]
    useful = [b for b in listing if len(b.rows) and b.base < Proximity.SAME_REGENCY]
    assert len(useful) >= 0.75 * len(orgs)
    reaching = int((index.reach[:, 0] > 0).sum())  # listed on top: offers naming a place
    assert all(len(b.rows) <= len(index) * Proximity.LISTED + reaching for b in listing)


@pytest.mark.parametrize("org", range(0, 30, 3))
def test_a_screened_top_far_from_most_partners_is_the_unscreened_one(nation, org):
    index, orgs = nation
    query = index.prepare(orgs[org])
    screened = Ranking.compute(index, query, top=10).to_frame()
    # Everyone scored and ordered by the one ordering rule (no explanations for 65,000 rows).
    full = score_directory(index, query)
    best = top_positions(full.total, index.id_rank[full.rows], 10, full.secondary)
    assert screened["partner_id"].tolist() == index.column("partner_id", full.rows[best]).tolist()
    np.testing.assert_array_equal(screened["score"].to_numpy(), full.total[best])


@settings(max_examples=200, deadline=None)
@given(
    point=st.tuples(st.floats(-12, 7), st.floats(94, 142)),
    box=st.tuples(st.floats(-12, 7), st.floats(0, 4), st.floats(94, 142), st.floats(0, 4)),
    inside=st.tuples(st.floats(0, 1), st.floats(0, 1)),
)
def test_least_km_is_never_more_than_the_distance_to_a_point_in_the_box(point, box, inside):
    lat0, height, lon0, width = box
    lat, lon = lat0 + inside[0] * height, lon0 + inside[1] * width
    least = least_km_to_box(*point, np.array([[lat0, lat0 + height, lon0, lon0 + width]]))[0]
    assert least <= haversine_km(point[0], point[1], lat, lon)


# Words of the synthetic directory's visions and words no partner uses.
VISION_WORDS = ["perempuan", "mandiri", "ekonomi", "kemitraan", "tenaga", "kerja", "pendidikan",
                "merata", "terampil", "kesejahteraan", "keluarga", "berkelanjutan", "kopi",
                "nelayan", "tenun", "pesisir", "adat", "lestari"]  # fmt: skip


def _with_vision(org, vision: str):
    return dataclasses.replace(
        org, organisation=dataclasses.replace(org.organisation, vision=vision)
    )


@SETTINGS
@given(
    org=st.integers(0, 39),
    words=st.lists(st.sampled_from(VISION_WORDS), max_size=6),
    floor=st.floats(0.0, 1.0),
)
def test_vision_bound_is_the_highest_score(world, org, words, floor):
    index, orgs = world
    query = index.prepare(_with_vision(orgs[org], " ".join(words)))
    bound = Vision().bound(index, query, floor)
    exact = Vision().score(index, query)
    assert np.all(bound.at(np.arange(len(index))) >= exact)
    assert bound.base <= exact.max() + 1e-8  # tight: no partner is kept for nothing


def test_vision_bound_is_neutral_for_a_vision_no_partner_shares(world):
    # Not vacuous: a vision in other words than the directory's leaves everyone neutral, and
    # one a partner wrote raises the bound to that partner's perfect match.
    index, orgs = world
    other = index.prepare(_with_vision(orgs[0], "adat lestari pesisir nelayan"))
    assert Vision().bound(index, other).base == pytest.approx(0.5)
    partner = index.column("vision", np.array([int(np.flatnonzero(index.has_vision)[0])]))[0]
    same = index.prepare(_with_vision(orgs[0], partner))
    assert Vision().bound(index, same).base == pytest.approx(1.0)


@pytest.mark.parametrize("vision", ["adat lestari pesisir nelayan", "perempuan mandiri ekonomi"])
def test_a_screened_top_with_a_vision_in_other_words_is_the_unscreened_one(nation, vision):
    index, orgs = nation
    query = index.prepare(_with_vision(orgs[4], vision))
    screened = Ranking.compute(index, query, top=10).to_frame()
    full = score_directory(index, query)
    best = top_positions(full.total, index.id_rank[full.rows], 10, full.secondary)
    assert screened["partner_id"].tolist() == index.column("partner_id", full.rows[best]).tolist()
