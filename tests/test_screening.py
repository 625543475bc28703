"""Screening never changes a ranking: the bounds bound, and a screened top equals the
unscreened one, on directories large enough for screening to run (above ``SMALL``)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mitramatch.datasets import make_directory, make_organisations
from mitramatch.engine import DirectoryIndex, NeedFit, load_organisations, score_directory
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
