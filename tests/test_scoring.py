"""Weighted aggregation of the criteria into one score per partner."""

from __future__ import annotations

import numpy as np
import pytest
from reference import reference_total

from mitramatch import CRITERIA, DEFAULT_WEIGHTS, load_needs
from mitramatch.engine import DECIMALS, NEED_GATE, registered_criteria, score_directory

CRITERIA_BY_NAME = {c.name: c for c in registered_criteria()}


def normalised_weights(query):
    return query.weights


def test_default_weights_sum_to_one():
    assert sum(DEFAULT_WEIGHTS.values()) == pytest.approx(1.0)
    assert tuple(DEFAULT_WEIGHTS) == CRITERIA


def test_normalised_weights(index, needs_dict):
    needs_dict["weights"] = {"need_fit": 2, "vision": 0, "proximity": 1, "reciprocity": 1,
                             "track_record": 0}  # fmt: skip
    w = normalised_weights(index.prepare(needs_dict))
    np.testing.assert_allclose(w, [0.5, 0.0, 0.25, 0.25, 0.0])


def test_scores_shapes_and_total(index, needs_dict):
    prepared = index.prepare(needs_dict)
    s = score_directory(index, prepared)
    kept = len(index) - 1  # OLD-01 is inactive
    assert s.rows.tolist() == [0, 1, 2, 3, 4, 5, 7]
    assert s.criteria.shape == (kept, len(CRITERIA))
    assert s.fits.shape == (kept, len(prepared.profile.aspects))
    assert s.total.shape == (kept,)
    np.testing.assert_allclose(s.weights.sum(), 1.0)
    expected = [reference_total(row, DEFAULT_WEIGHTS) for row in s.criteria]
    np.testing.assert_allclose(s.total, expected, atol=10.0**-DECIMALS)
    assert ((s.total >= 0) & (s.total <= 1)).all()


def test_criteria_columns_are_the_criteria(index, needs_dict):
    prepared = index.prepare(needs_dict)
    s = score_directory(index, prepared)
    for c, name in enumerate(CRITERIA):
        expected = CRITERIA_BY_NAME[name].score(index, prepared)[s.rows]
        np.testing.assert_allclose(s.criteria[:, c], expected, err_msg=name)


def test_need_fit_is_half_strongest_need_half_priority_weighted_mean(index, needs_dict):
    # A partner that fully answers the top need is worth having even if it answers nothing
    # else (half the score), and answering more needs still counts (the mean).
    prepared = index.prepare(needs_dict)
    s = score_directory(index, prepared)
    p = prepared.priorities
    strongest = (s.fits * (p / p.max())).max(axis=1)
    np.testing.assert_allclose(s.criteria[:, 0], 0.5 * strongest + 0.5 * s.fits @ (p / p.sum()))


@pytest.mark.parametrize("criterion", CRITERIA)
def test_zero_weight_equals_leaving_the_criterion_out(index, needs_dict, criterion):
    prepared = index.prepare(load_needs(needs_dict).with_weights(**{criterion: 0}))
    s = score_directory(index, prepared)
    left_out = {k: v for k, v in DEFAULT_WEIGHTS.items() if k != criterion}
    expected = [reference_total(row, left_out) for row in s.criteria]
    np.testing.assert_allclose(s.total, expected, atol=1e-12)


def test_other_criteria_count_only_for_partners_that_meet_needs(index, needs_dict):
    s = score_directory(index, index.prepare(needs_dict))
    plain = s.criteria @ s.weights
    full = s.criteria[:, 0] >= NEED_GATE
    np.testing.assert_allclose(s.total[full], plain[full], atol=1e-12)
    assert (s.total[~full] <= plain[~full] + 1e-12).all()
    nothing = s.criteria[:, 0] == 0
    np.testing.assert_allclose(s.total[nothing], 0.0)


def test_only_one_weight_gives_that_criterion(index, needs_dict):
    zero = dict.fromkeys(CRITERIA, 0.0)
    prepared = index.prepare({**needs_dict, "weights": {**zero, "proximity": 3}})
    s = score_directory(index, prepared)
    np.testing.assert_allclose(s.total, s.criteria[:, CRITERIA.index("proximity")])


def test_scaling_all_weights_changes_nothing(index, needs_dict):
    base = score_directory(index, index.prepare(needs_dict))
    scaled = {k: 10 * v for k, v in DEFAULT_WEIGHTS.items()}
    other = score_directory(index, index.prepare({**needs_dict, "weights": scaled}))
    np.testing.assert_allclose(base.total, other.total, atol=1e-12)


def test_everyone_filtered_out(index, needs_dict):
    prepared = index.prepare({**needs_dict, "filters": {"kinds": ["perguruan_tinggi"]}})
    s = score_directory(index, prepared)
    assert s.rows.shape == (0,)
    assert s.criteria.shape == (0, len(CRITERIA))
    assert s.fits.shape == (0, len(prepared.profile.aspects))
    assert s.total.shape == (0,)


def test_totals_are_rounded_for_stable_ties(index, needs_dict):
    s = score_directory(index, index.prepare(needs_dict))
    np.testing.assert_array_equal(s.total, np.round(s.total, DECIMALS))
