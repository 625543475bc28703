from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mitramatch import load_directory, rank
from mitramatch.datasets import KINDS, make_directory, make_organisations
from mitramatch.engine.aspects import ASPECTS, SECTORS
from mitramatch.engine.needs import NeedsProfile
from mitramatch.engine.regions import region_table
from mitramatch.engine.schema import CONTRACT_COLUMNS, FREE_OFFERS

BATCH_COLUMNS = [
    "org_id", "name", "sector", "province", "regency", "region_code", "lat", "lon", "vision",
    "offers",
    *[f"need_{a}_{f}" for a in ASPECTS for f in ("priority", "description", "quantity")],
]  # fmt: skip


@pytest.fixture(scope="module")
def directory() -> pd.DataFrame:
    return make_directory(3000, seed=7)


def test_directory_has_the_contract_columns_in_order(directory):
    # offers per aspect; the one free-text offers column is for lists kept otherwise
    assert list(directory.columns) == [c for c in CONTRACT_COLUMNS if c != FREE_OFFERS]


def test_directory_loads_and_keeps_every_row(directory):
    clean = load_directory(directory)
    assert len(clean) == len(directory)
    assert clean["partner_id"].is_unique
    # Rupiah strings and unit words all parse; some cells are missing on purpose.
    capacity = clean["capacity_dana"].to_numpy(float)
    assert np.nanmin(capacity) >= 2_500_000
    assert np.isnan(capacity).any()
    assert (~clean["active"]).any()
    assert clean["active"].mean() > 0.8


def test_every_kind_and_sector_is_present(directory):
    assert set(directory["kind"]) == set(KINDS)
    assert set(directory["sector"]) == set(SECTORS)
    for kind, sectors in KINDS.items():
        assert set(directory.loc[directory["kind"] == kind, "sector"]) <= set(sectors)


def test_every_aspect_is_offered_and_sometimes_missing(directory):
    for aspect in ASPECTS:
        offers = directory[f"offers_{aspect}"]
        assert offers.notna().any()
        assert offers.isna().any()


def test_region_spellings_resolve_to_the_region_code(directory):
    # Rows given a code and a regency name: the name alone must resolve to that code.
    both = directory.dropna(subset=["region_code", "regency"]).drop_duplicates(
        ["region_code", "regency"]
    )
    table = region_table()
    resolved = [table.regency_code(name) for name in both["regency"]]
    assert resolved == both["region_code"].tolist()


@pytest.mark.parametrize("maker", [make_directory, make_organisations])
def test_same_seed_same_frame_other_seed_other_frame(maker):
    pd.testing.assert_frame_equal(maker(200, seed=3), maker(200, seed=3))
    assert not maker(200, seed=3).equals(maker(200, seed=4))


@pytest.mark.parametrize("maker", [make_directory, make_organisations])
@pytest.mark.parametrize("n", [0, -1, 2.5, True])
def test_bad_sizes_are_refused(maker, n):
    with pytest.raises(ValueError, match="positive integer"):
        maker(n)


def test_organisations_follow_the_batch_layout_and_load_as_profiles():
    orgs = make_organisations(300, seed=5)
    assert list(orgs.columns) == BATCH_COLUMNS
    assert orgs["org_id"].is_unique
    needed = np.column_stack([orgs[f"need_{a}_priority"].notna().to_numpy() for a in ASPECTS]).sum(
        axis=1
    )
    assert needed.min() >= 1
    assert needed.max() <= 3
    for record in orgs.head(50).to_dict("records"):
        profile = NeedsProfile.from_record(record)
        assert len(profile.needs) == needed[orgs.index[orgs["org_id"] == record["org_id"]][0]]


def test_a_generated_profile_ranks_a_generated_directory(directory):
    record = make_organisations(1, seed=1).iloc[0].to_dict()
    ranking = rank(directory, NeedsProfile.from_record(record), top=5)
    assert len(ranking) == 5
    assert ranking.to_frame()["score"].is_monotonic_decreasing
