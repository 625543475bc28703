"""Custom criteria: the test battery, the registry, and one behaviour on every ranking path."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from custom_criteria import Akreditasi, SudahBermitra

import mitramatch as mm
from mitramatch.batch import rank_chunked, rank_many
from mitramatch.engine import registered_criteria
from mitramatch.testing import check_criterion, criterion_checks, sample_directory

BUILTIN = list(registered_criteria())


def _with_grades(frame: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    grades = np.array(["A", "B", "C", "TT", None, " b "], dtype=object)
    frame = frame.copy()
    frame["akreditasi"] = np.random.default_rng(seed).choice(grades, size=len(frame))
    return frame


# -- the battery ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("criterion", "name", "check"),
    [
        (c, name, check)
        for c in [*BUILTIN, SudahBermitra(["LKP-01", "BKL-01"])]
        for name, check in criterion_checks(c)
    ]
    + [
        (c, name, check)
        for c in [Akreditasi()]
        for name, check in criterion_checks(c, directory=_with_grades(sample_directory()))
    ],
    ids=lambda v: v if isinstance(v, str) else getattr(v, "name", None),
)
def test_every_criterion_passes_the_battery(criterion, name, check):
    check()


class _Broken(mm.Criterion):
    name = "rusak"
    label = {"id": "rusak", "en": "broken"}
    policy = "-"

    def __init__(self, mode):
        self.mode = mode

    def score(self, index, query, rows=None):
        rows = index.positions(rows)
        base = (index.id_rank[rows] % 3) / 2.0
        if self.mode == "nan":
            return np.where(rows == 0, np.nan, base)
        if self.mode == "range":
            return base + 1.0
        if self.mode == "subset":  # depends on which rows are asked together
            return np.full(len(rows), 1.0 / len(rows))
        if self.mode == "order":  # depends on the row's position in the directory
            return rows / max(1, len(index) - 1)
        return base

    def bound(self, index, query, floor=0.0):
        if self.mode == "bound":
            return mm.Bound(0.1)
        return None


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("nan", r"rusak: score has NaN"),
        ("range", r"rusak: scores outside \[0, 1\]"),
        ("subset", r"rusak: the scores of rows \[.*\] differ from the whole directory's"),
        ("bound", r"rusak: bound below the score at floor 0.0 for partners"),
        ("order", r"rusak: scores change when the directory's rows are shuffled"),
    ],
)
def test_the_battery_catches_broken_criteria(mode, message):
    with pytest.raises(AssertionError, match=message):
        check_criterion(_Broken(mode))


# -- the registry --------------------------------------------------------------------------------
@pytest.fixture
def registered():
    criterion = mm.register_criterion(Akreditasi())
    yield criterion
    mm.unregister_criterion(criterion.name)


def test_a_registered_criterion_is_weighed_by_name_in_a_profile(registered):
    frame = _with_grades(sample_directory())
    needs = {"needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}},
             "weights": {"akreditasi": 0.3}}  # fmt: skip
    out = mm.rank(frame, needs).to_frame()
    assert "score_akreditasi" in out.columns
    assert list(out.columns).index("score_akreditasi") > list(out.columns).index(
        "score_track_record"
    )


def test_an_unregistered_criterion_in_weights_is_an_error():
    with pytest.raises(mm.SchemaError, match=r"weights: unknown criterion 'akreditasi'"):
        mm.load_needs({"needs": {"dana": {"priority": 3}}, "weights": {"akreditasi": 1}})


def test_a_passed_criterion_may_be_named_in_weights_of_a_profile_read_with_it():
    needs = {"needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}},
             "weights": {"akreditasi": 0.3}}  # fmt: skip
    out = mm.rank(_with_grades(sample_directory()), needs, criteria=[Akreditasi()]).to_frame()
    assert "score_akreditasi" in out.columns


@pytest.mark.parametrize(
    ("criterion", "error", "message"),
    [
        (Akreditasi(), None, None),
        ("akreditasi", TypeError, "a criterion must be an instance of mitramatch.Criterion"),
    ],
)
def test_register_checks_what_it_gets(criterion, error, message):
    if error is None:
        mm.register_criterion(criterion)
        try:
            with pytest.raises(ValueError, match="'akreditasi' is already registered"):
                mm.register_criterion(Akreditasi())
            mm.register_criterion(Akreditasi(), replace=True)
        finally:
            mm.unregister_criterion("akreditasi")
    else:
        with pytest.raises(error, match=message):
            mm.register_criterion(criterion)


def test_builtin_criteria_cannot_be_replaced_or_removed():
    class Vision(mm.Criterion):
        name = "vision"

        def score(self, index, query, rows=None):
            return np.zeros(len(index.positions(rows)))

    with pytest.raises(ValueError, match="'vision' is already a built-in criterion"):
        mm.register_criterion(Vision(), replace=True)
    with pytest.raises(ValueError, match="built in and cannot be removed; weigh it 0"):
        mm.unregister_criterion("vision")


@pytest.mark.parametrize("name", ["Akreditasi", "2nd", "sudah-bermitra", "class", ""])
def test_criterion_names_are_checked(name):
    class Named(mm.Criterion):
        def score(self, index, query, rows=None):
            return np.zeros(len(index.positions(rows)))

    Named.name = name
    with pytest.raises(ValueError, match="criterion name must be lower-case letters"):
        mm.register_criterion(Named())


def test_a_criterion_without_score_is_refused():
    class Lazy(mm.Criterion):
        name = "malas"

    with pytest.raises(TypeError, match="Lazy must implement score"):
        mm.register_criterion(Lazy())


# -- one behaviour on every path ------------------------------------------------------------
@pytest.fixture(scope="module")
def big():
    from mitramatch.datasets import make_directory, make_organisations

    frame = _with_grades(make_directory(3_000, seed=21), seed=2)
    orgs = mm.load_organisations(make_organisations(25, seed=22))
    worked = frame["partner_id"].iloc[::37].tolist()
    return frame, orgs, [Akreditasi(), SudahBermitra(worked)]


def _weighted(orgs, criteria):
    """The batch's profiles with the custom criteria weighed (and one at weight 0)."""
    out = {}
    for org_id, profile in zip(orgs.ids, orgs):
        data = {"organisation": vars(profile.organisation), "needs": {
            n.aspect: {"priority": n.priority, "description": n.description,
                       **({"quantity": n.quantity} if n.quantity is not None else {})}
            for n in profile.needs}}  # fmt: skip
        data["weights"] = {"akreditasi": 0.15, "sudah_bermitra": 0.0 if org_id.endswith("3")
                           else 0.1}  # fmt: skip
        out[org_id] = mm.load_needs(data, criteria=criteria)
    return out


@pytest.mark.parametrize("top", [5, None])
def test_rank_equals_rank_many_equals_chunked_with_custom_criteria(big, tmp_path, top):
    frame, orgs, criteria = big
    if top is None:  # every partner ranked and explained: a smaller directory will do
        frame = frame.iloc[:400]
    profiles = _weighted(orgs, criteria)
    index = mm.DirectoryIndex.build(frame)
    many = rank_many(index, profiles, top=top, criteria=criteria)
    assert {"score_akreditasi", "score_sudah_bermitra"} <= set(many.columns)
    for org_id, profile in list(profiles.items())[:8]:
        one = mm.rank(index, profile, top=top, criteria=criteria).to_frame()
        got = many[many["org_id"] == org_id].reset_index(drop=True)[list(one.columns)]
        pd.testing.assert_frame_equal(got, one, check_exact=True, check_dtype=False)
    path = tmp_path / "mitra.csv"
    frame.to_csv(path, index=False)
    chunked = rank_chunked(path, profiles, top=top, chunksize=700, criteria=criteria)
    expected = rank_many(path, profiles, top=top, criteria=criteria)
    pd.testing.assert_frame_equal(chunked, expected, check_exact=True, check_dtype=False)
    if top is not None:  # forked workers rank with the same custom criteria
        two = rank_many(index, profiles, top=top, criteria=criteria, workers=2)
        pd.testing.assert_frame_equal(two, many, check_exact=True)


def test_screened_rank_equals_unscreened_with_custom_criteria(big):
    frame, orgs, criteria = big
    index = mm.DirectoryIndex.build(frame)
    for profile in list(_weighted(orgs, criteria).values())[:10]:
        top = mm.rank(index, profile, top=7, criteria=criteria).to_frame()
        full = mm.rank(index, profile, criteria=criteria).to_frame().head(7)
        pd.testing.assert_frame_equal(top, full, check_exact=True)


def test_dask_equals_rank_many_with_custom_criteria(big):
    pytest.importorskip("dask.dataframe")
    from mitramatch.distributed import rank_many_dask

    frame, orgs, criteria = big
    profiles = dict(list(_weighted(orgs, criteria).items())[:6])
    expected = rank_many(frame, profiles, top=4, criteria=criteria)
    got = rank_many_dask(frame, profiles, top=4, npartitions=3, criteria=criteria)
    pd.testing.assert_frame_equal(got, expected, check_exact=True, check_dtype=False)


def test_custom_criteria_in_explanations_and_coalitions(registered):
    frame = _with_grades(sample_directory())
    frame.loc[frame["partner_id"] == "LKP-01", "akreditasi"] = "A"
    needs = {"organisation": {"region_code": "16.01"},
             "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"},
                       "dana": {"priority": 3, "description": "modal usaha"}},
             "weights": {"akreditasi": 0.4}}  # fmt: skip
    ranking = mm.rank(frame, needs, lang="en")
    assert "accredited A" in ranking.explain("LKP-01").sentence
    assert "akreditasi" in ranking.explain("LKP-01").table["name"].tolist()
    coalition = mm.recommend_coalition(frame, needs, max_partners=2)
    assert coalition.members  # the custom criterion discounts fits like the built-in ones
    assert "score_akreditasi" in ranking.to_frame().columns


# -- the command line ---------------------------------------------------------------------------
CRITERIA_FILE = """
import re

import numpy as np
import pandas as pd

import mitramatch as mm


class Akreditasi(mm.Criterion):
    name = "akreditasi"
    label = {"id": "akreditasi", "en": "accreditation"}
    policy = "No grade: neutral 0.5."

    def score(self, index, query, rows=None):
        grades = pd.Series(index.column("akreditasi", rows), dtype="string").str.upper()
        return grades.map({"A": 1.0, "B": 0.75, "C": 0.5}).fillna(0.5).to_numpy(float)


CRITERIA = [Akreditasi()]
"""


@pytest.fixture
def cli_files(tmp_path):
    frame = _with_grades(sample_directory())
    directory = tmp_path / "mitra.csv"
    frame.to_csv(directory, index=False)
    needs = tmp_path / "needs.toml"
    needs.write_text(
        '[needs.tenaga]\npriority = 5\ndescription = "instruktur menjahit"\n'
        "[weights]\nakreditasi = 0.3\n",
        encoding="utf-8",
    )
    criteria = tmp_path / "kriteria.py"
    criteria.write_text(CRITERIA_FILE, encoding="utf-8")
    return directory, needs, criteria


def test_cli_ranks_with_criteria_from_a_file(cli_files, tmp_path, capsys):
    from mitramatch import cli

    directory, needs, criteria = cli_files
    out = tmp_path / "hasil.csv"
    code = cli.main(["rank", str(directory), "--needs", str(needs), "--criteria", str(criteria),
                     "-o", str(out), "--quiet"])  # fmt: skip
    assert code == 0
    frame = pd.read_csv(out)
    assert "score_akreditasi" in frame.columns
    assert not mm.unregister_criterion("akreditasi")  # nothing was registered globally


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"kriteria\.py: criteria file not found"),
        ("def broken(:\n", r"kriteria\.py: cannot load the criteria \(line 1\): SyntaxError"),
        ("x = 1\n", r"kriteria\.py: defines no criterion; expected CRITERIA = \[\.\.\.\]"),
        ("raise RuntimeError('boom')\n", r"cannot load the criteria: RuntimeError: boom"),
    ],
)
def test_cli_criteria_errors_are_clear(cli_files, capsys, content, message):
    from mitramatch import cli

    directory, needs, criteria = cli_files
    if content is None:
        criteria.unlink()
    else:
        criteria.write_text(content, encoding="utf-8")
    code = cli.main(["rank", str(directory), "--needs", str(needs), "--criteria", str(criteria),
                     "--lang", "en"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert re.search(message, err), err
    assert "Traceback" not in err


def test_cli_dask_backend_sends_criteria_from_a_file(cli_files, tmp_path):
    pytest.importorskip("dask.distributed")
    from mitramatch import cli

    directory, _, criteria = cli_files
    orgs = tmp_path / "orgs.csv"
    pd.DataFrame({"org_id": ["A", "B"], "need_tenaga_priority": [5, 4],
                  "need_tenaga_description": ["instruktur menjahit", "mekanik motor"]}).to_csv(
        orgs, index=False)  # fmt: skip
    memory, dask = tmp_path / "memory.csv", tmp_path / "dask.csv"
    base = ["rank-batch", str(directory), "--orgs", str(orgs), "--criteria", str(criteria),
            "--top", "3", "--quiet"]  # fmt: skip
    assert cli.main([*base, "-o", str(memory)]) == 0
    assert cli.main([*base, "--backend", "dask", "-o", str(dask)]) == 0
    pd.testing.assert_frame_equal(pd.read_csv(dask), pd.read_csv(memory))
