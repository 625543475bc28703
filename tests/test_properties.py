"""Invariants of the ranking engine, checked with Hypothesis on small random directories.

Directories are drawn from realistic Indonesian word pools, with random capacities (numbers and
Rupiah strings), missing cells, regions written different ways, and activity flags:

* every score and fit is in [0, 1] and never NaN;
* the order of the rows changes nothing, and a partner's scores depend only on its own row;
* a zero weight is the same as leaving that criterion out of the weighted mean;
* raising a partner's capacity, or adding a needed word to its offer, never lowers its score;
* a partner that fails a filter never appears.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference import reference_total

from mitramatch import ASPECTS, CRITERIA, DEFAULT_WEIGHTS, SECTORS, rank
from mitramatch.engine import haversine_km, region_table, score_directory

# Each example builds one or two indexes (about 0.2 s each): keep the counts small.
# Derandomised: the same examples on every run and every machine, so that `make test` passes or
# fails the same way on a clean clone. Random runs (--hypothesis-seed=N, with more examples)
# look further: the one of seed 97204333441934602866804711786139932804 showed that a need's word
# written under another needed aspect may rightly lower that aspect's fit (see
# test_matching_offer_text_never_lowers_the_score and tests/test_criteria.py).
SETTINGS = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

OFFER_WORDS = [
    "instruktur", "menjahit", "tutor", "pengajar", "kursus", "pelatihan", "otomotif", "mekanik",
    "las", "komputer", "hibah", "modal", "dana", "CSR", "bantuan", "bengkel", "ruang", "mesin",
    "peralatan", "gedung", "magang", "pemagangan", "PKL", "lulusan", "penyaluran", "pemasaran",
    "produk", "tata boga", "tata rias", "relawan", "kader", "sosialisasi", "kerajinan", "usaha",
    "dan", "untuk", "desa", "ibu-ibu",
]  # fmt: skip
NEED_WORDS = [
    "instruktur", "menjahit", "modal", "usaha", "kelompok", "magang", "otomotif", "ruang",
    "praktik", "lulusan", "pemasaran", "produk", "komputer", "boga", "mesin", "jahit",
]  # fmt: skip
VISION_WORDS = [
    "mewujudkan", "warga", "terampil", "mandiri", "sejahtera", "berdaya", "saing", "kompeten",
    "lulusan", "masyarakat", "pendidikan", "pemberdayaan", "perempuan", "ekonomi",
]  # fmt: skip
REGENCIES = [
    None, "Ogan Komering Ulu", "KAB. OGAN KOMERING ULU", "OKU", "Kota Palembang", "PALEMBANG",
    "OKU Timur", "Lubuk Linggau", "Kota Bogor", "Kabupaten Antah Berantah",
]  # fmt: skip
KINDS = [None, "lkp", "blk", "dinas", "dudi", "donor", "ormas", "pkbm", "tokoh_masyarakat"]


def _text(words: list[str], max_size: int = 5):
    return st.lists(st.sampled_from(words), min_size=1, max_size=max_size).map(" ".join)


def _maybe(strategy):
    return st.one_of(st.none(), strategy)


capacities = st.one_of(
    st.none(),
    st.integers(0, 200),
    st.floats(0, 1e9, allow_nan=False),
    st.sampled_from(["Rp 50.000.000", "50jt", "1,5 M", "3 orang", "750rb"]),
)

partner_rows = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["LKP Citra", "BLK Palembang", "Bengkel Jaya", "TP PKK"]),
        "sector": st.sampled_from(SECTORS),
        "kind": st.sampled_from(KINDS),
        "province": st.sampled_from([None, "Sumatera Selatan", "SUMSEL", "Jawa Barat"]),
        "regency": st.sampled_from(REGENCIES),
        "coords": _maybe(st.tuples(st.floats(-5.0, -2.0), st.floats(102.0, 106.0))),
        "vision": _maybe(_text(VISION_WORDS)),
        "seeks": _maybe(_text(OFFER_WORDS + VISION_WORDS, 4)),
        "active": st.sampled_from([None, "ya", "tidak", "1", "0", "true"]),
        "years_active": _maybe(st.integers(0, 50)),
        "partnerships_completed": _maybe(st.integers(0, 30)),
        **{f"offers_{a}": _maybe(_text(OFFER_WORDS)) for a in ASPECTS},
        **{f"capacity_{a}": capacities for a in ASPECTS},
    }
)


@st.composite
def directories(draw, min_size: int = 1, max_size: int = 6) -> pd.DataFrame:
    rows = draw(st.lists(partner_rows, min_size=min_size, max_size=max_size))
    numbers = draw(
        st.lists(st.integers(0, 99), min_size=len(rows), max_size=len(rows), unique=True)
    )
    # Mixed prefixes and widths, so the partner_id tie-break is not just row order.
    ids = [f"{'MKB'[n % 3]}-{n}" for n in numbers]
    records = []
    for pid, row in zip(ids, rows):
        row = dict(row)
        coords = row.pop("coords")
        row["lat"], row["lon"] = coords if coords else (None, None)
        records.append({"partner_id": pid, **row})
    return pd.DataFrame(records)


@st.composite
def profiles(draw, weights: bool = True) -> dict:
    aspects = draw(st.lists(st.sampled_from(ASPECTS), min_size=1, max_size=5, unique=True))
    needs = {}
    for aspect in aspects:
        need = {"priority": draw(st.integers(1, 5))}
        description = draw(_maybe(_text(NEED_WORDS, 4)))
        if description:
            need["description"] = description
        quantity = draw(_maybe(st.one_of(st.integers(0, 100), st.just("Rp 25.000.000"))))
        if quantity is not None:
            need["quantity"] = quantity
        needs[aspect] = need
    organisation = {
        "name": "PKBM Bina Insani",
        "sector": draw(st.sampled_from(SECTORS)),
        "regency": draw(st.sampled_from(REGENCIES)),
        "vision": draw(st.sampled_from(["", "mewujudkan warga terampil dan mandiri"])),
        "offers": draw(st.sampled_from(["", "lulusan terampil dan peserta didik kesetaraan"])),
    }
    profile = {"organisation": organisation, "needs": needs}
    if weights and draw(st.booleans()):
        w = draw(st.lists(st.floats(0, 5), min_size=5, max_size=5).filter(lambda v: sum(v) > 0))
        profile["weights"] = dict(zip(CRITERIA, w))
    return profile


def _scores_and_fits(index, needs) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Each partner's score, and its fit to each needed aspect, by partner_id."""
    query = index.prepare(needs)
    s = score_directory(index, query)
    ids = index.partner_id[s.rows]
    aspects = [ASPECTS[int(c)] for c in query.aspect_columns]
    fits = {pid: dict(zip(aspects, row)) for pid, row in zip(ids, s.fits)}
    return dict(zip(ids, s.total)), fits


def _scores_by_id(index, needs) -> dict[str, float]:
    return _scores_and_fits(index, needs)[0]


def _unfiltered(profile: dict) -> dict:
    return {**profile, "filters": {"active_only": False}}


# -- properties ------------------------------------------------------------------------------
@SETTINGS
@given(directory=directories(), needs=profiles())
def test_scores_in_unit_interval_and_never_nan(build_index, directory, needs):
    frame = rank(build_index(directory), _unfiltered(needs)).to_frame()
    assert len(frame) == len(directory)
    numeric = [c for c in frame.columns if c == "score" or c.startswith(("score_", "fit_"))]
    assert {f"fit_{a}" for a in needs["needs"]} <= set(numeric)
    values = frame[numeric].to_numpy(dtype=float)
    assert not np.isnan(values).any()
    assert ((values >= 0.0) & (values <= 1.0)).all()
    assert frame["score"].is_monotonic_decreasing
    assert frame["explanation"].map(lambda t: isinstance(t, str) and len(t) > 1).all()


@settings(SETTINGS, max_examples=8)
@given(directory=directories(min_size=2), needs=profiles(), data=st.data())
def test_row_order_changes_nothing(build_index, directory, needs, data):
    order = data.draw(st.permutations(range(len(directory))))
    first = rank(build_index(directory), needs).to_frame()
    second = rank(build_index(directory.iloc[list(order)].reset_index(drop=True)), needs)
    pd.testing.assert_frame_equal(first, second.to_frame())


@SETTINGS
@given(directory=directories(min_size=2), needs=profiles(), data=st.data())
def test_scores_depend_only_on_the_partner_row(build_index, directory, needs, data):
    keep = data.draw(st.integers(0, len(directory) - 1))
    needs = _unfiltered(needs)
    full = _scores_by_id(build_index(directory), needs)
    alone = _scores_by_id(build_index(directory.iloc[[keep]].reset_index(drop=True)), needs)
    pid = directory.at[keep, "partner_id"]
    assert alone[pid] == pytest.approx(full[pid], abs=1e-12)


@SETTINGS
@given(
    directory=directories(),
    needs=profiles(weights=False),
    criterion=st.sampled_from(CRITERIA),
)
def test_zero_weight_equals_leaving_the_criterion_out(build_index, directory, needs, criterion):
    index = build_index(directory)
    zeroed = {**_unfiltered(needs), "weights": {criterion: 0.0}}
    s = score_directory(index, index.prepare(zeroed))
    left_out = {k: v for k, v in DEFAULT_WEIGHTS.items() if k != criterion}
    expected = np.array([reference_total(row, left_out) for row in s.criteria])
    np.testing.assert_allclose(s.total, expected, atol=1e-11)
    # and the ranking is the one that mean gives (ties by the secondary evidence, then by
    # partner_id)
    frame = rank(index, zeroed).to_frame()
    ids = index.partner_id[s.rows].astype(str)
    order = np.lexsort((ids, -s.secondary, -np.round(expected, 12)))
    assert frame["partner_id"].tolist() == ids[order].tolist()


@SETTINGS
@given(
    directory=directories(),
    needs=profiles(),
    data=st.data(),
    extra=st.one_of(st.integers(1, 100), st.floats(0.5, 1e9)),
)
def test_raising_capacity_never_lowers_the_score(build_index, directory, needs, data, extra):
    needs = _unfiltered(needs)
    row = data.draw(st.integers(0, len(directory) - 1))
    aspect = data.draw(st.sampled_from(ASPECTS))
    column = f"capacity_{aspect}"
    base = directory.copy()
    base[column] = base[column].astype(object)
    # Unknown capacity is assumed "probably enough" (factor 0.9, documented): stating a small
    # one may lower the fit by design, so the partner starts from a stated capacity.
    if pd.isna(base.at[row, column]):
        base.at[row, column] = data.draw(st.integers(0, 50))
    index = build_index(base)
    current = index.frame.at[row, column]  # parsed: Rupiah strings are numbers here
    raised = base.copy()
    raised.at[row, column] = float(current) + extra
    before = _scores_by_id(index, needs)
    after = _scores_by_id(build_index(raised), needs)
    pid = directory.at[row, "partner_id"]
    assert after[pid] >= before[pid] - 1e-12
    for other, value in before.items():  # nobody else moves
        if other != pid:
            assert after[other] == pytest.approx(value, abs=1e-12)


@SETTINGS
@given(directory=directories(), needs=profiles(), data=st.data())
def test_matching_offer_text_never_lowers_the_score(build_index, directory, needs, data):
    needs = _unfiltered(needs)
    described = {a: n["description"] for a, n in needs["needs"].items() if "description" in n}
    row = data.draw(st.integers(0, len(directory) - 1))
    aspect = data.draw(st.sampled_from(sorted(described) or list(ASPECTS)))
    source = described.get(aspect) or data.draw(_text(NEED_WORDS, 2))
    word = data.draw(st.sampled_from(source.split()))
    into = data.draw(st.sampled_from([aspect, *ASPECTS]))  # its own column, or any other
    column = f"offers_{into}"
    better = directory.copy()
    old = better.at[row, column]
    # The offer also says the word, in a clause of its own: words inside an existing clause
    # can change what that clause offers ("hibah" is money, "hibah mesin" a machine).
    better.at[row, column] = word if old is None or pd.isna(old) else f"{old}; {word}"
    before, fits_before = _scores_and_fits(build_index(directory), needs)
    after, fits_after = _scores_and_fits(build_index(better), needs)
    pid = directory.at[row, "partner_id"]
    if aspect in fits_before[pid]:
        # The need that names the word is met at least as well, wherever the word is written.
        assert fits_after[pid][aspect] >= fits_before[pid][aspect] - 1e-12
    if into == aspect:
        assert after[pid] >= before[pid] - 1e-12
    # Written under another needed aspect, the word may lower that aspect's fit, by design: a
    # field word says what the offer is for ("gedung peralatan; boga" is a kitchen, not the
    # computer room another need asks for: NeedFit.OTHER_FIELD), so the total may fall there.
    for other, value in before.items():
        if other != pid:
            assert after[other] == pytest.approx(value, abs=1e-12)


filters = st.fixed_dictionaries(
    {},
    optional={
        "sectors": st.lists(st.sampled_from(SECTORS), min_size=1, max_size=3, unique=True),
        "kinds": st.lists(st.sampled_from(KINDS[1:]), min_size=1, max_size=4, unique=True),
        "same_province": st.booleans(),
        "max_distance_km": st.sampled_from([5, 50, 150, 500]),
        "active_only": st.booleans(),
    },
)


@SETTINGS
@given(directory=directories(max_size=8), needs=profiles(), chosen=filters)
def test_partners_failing_filters_never_appear(build_index, directory, needs, chosen):
    needs = {**needs, "organisation": {**needs["organisation"], "province": "Sumatera Selatan"}}
    index = build_index(directory)
    ranking = rank(index, {**needs, "filters": chosen})
    shown = set(ranking.to_frame()["partner_id"])
    assert len(shown) + ranking.n_filtered_out == len(directory)

    raw = directory.set_index("partner_id")
    inactive = raw["active"].isin(["tidak", "0"])
    position = {pid: i for i, pid in enumerate(index.partner_id)}
    org = index.prepare(needs)
    for pid in shown:
        partner = raw.loc[pid]
        if chosen.get("active_only", True):
            assert not inactive[pid]
        if "sectors" in chosen:
            assert partner["sector"] in chosen["sectors"]
        if "kinds" in chosen:
            assert partner["kind"] in chosen["kinds"]
        if chosen.get("same_province"):
            # the organisation's province as read: a kabupaten/kota of another province than
            # the one written ("Kota Bogor", "Sumatera Selatan") places it in its own
            assert index.province[position[pid]] == org.province
        if "max_distance_km" in chosen:
            i = position[pid]
            lat, lon = index.approx_lat[i], index.approx_lon[i]
            c_lat, c_lon = region_table().centroids(np.array([org.regency], dtype=object))
            km = float(haversine_km(lat, lon, c_lat[0], c_lon[0]))
            assert km <= chosen["max_distance_km"] + 1e-9
