"""The ranking result: contract table, ordering, explanations and notebook rendering."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mitramatch import CRITERIA, DirectoryIndex, Ranking, load_needs, rank


@pytest.fixture
def ranking(index, needs_dict) -> Ranking:
    return rank(index, needs_dict)


def _contract_columns(aspects) -> list[str]:
    return [
        "rank", "partner_id", "name", "sector", "kind", "score",
        *(f"score_{c}" for c in CRITERIA), *(f"fit_{a}" for a in aspects),
        "tiebreak", "pattern", "explanation",
    ]  # fmt: skip


def test_columns_exactly_in_contract_order(ranking):
    columns = list(ranking.to_frame().columns)
    # the needed aspects, in the contract's aspect order (the profile lists tenaga first)
    expected = _contract_columns(["dana", "tenaga", "pendayagunaan_hasil"])
    assert columns[: len(expected)] == expected
    # Anything after the contract's columns is additive and never repeats one of them.
    assert len(set(columns)) == len(columns)
    assert not any(c.startswith("fit_") for c in columns[len(expected) :])


def test_extra_columns_pass_through_after_the_contract(directory, needs_dict, build_index):
    directory["telepon"] = [f"0812-000{i}" for i in range(len(directory))]
    directory["catatan"] = "cek ulang"
    frame = rank(build_index(directory), needs_dict).to_frame()
    expected = _contract_columns(["dana", "tenaga", "pendayagunaan_hasil"])
    assert list(frame.columns[: len(expected)]) == expected
    assert list(frame.columns[-2:]) == ["telepon", "catatan"]  # passed through, last
    by_id = dict(zip(frame["partner_id"], frame["telepon"]))
    assert by_id["LKP-01"] == "0812-0000"
    assert by_id["KOP-01"] == "0812-0007"


def test_rows_best_first(ranking):
    frame = ranking.to_frame()
    assert frame["rank"].tolist() == list(range(1, len(frame) + 1))
    assert frame["score"].is_monotonic_decreasing
    assert "OLD-01" not in set(frame["partner_id"])  # inactive, filtered by default
    assert len(ranking) == len(frame) == 7
    assert ranking.n_filtered_out == 1


def test_values_in_unit_interval(ranking):
    frame = ranking.to_frame()
    numeric = [c for c in frame.columns if c == "score" or c.startswith(("score_", "fit_"))]
    values = frame[numeric].to_numpy(float)
    assert not np.isnan(values).any()
    assert ((values >= 0) & (values <= 1)).all()


def test_ties_broken_by_partner_id(build_index):
    same = {"name": "LKP", "sector": "masyarakat", "offers_tenaga": "instruktur menjahit"}
    ids = ["LKP-10", "LKP-02", "LKP-1", "A-9"]
    frame = rank(
        build_index(pd.DataFrame([{"partner_id": i, **same} for i in ids])),
        {"needs": {"tenaga": {"priority": 5, "description": "menjahit"}}},
    ).to_frame()
    assert frame["score"].nunique() == 1
    assert frame["partner_id"].tolist() == sorted(ids)


def test_identical_input_identical_output(directory, needs_dict, build_index):
    first = rank(build_index(directory), needs_dict).to_frame()
    second = rank(build_index(directory.copy()), needs_dict).to_frame()
    pd.testing.assert_frame_equal(first, second)


def test_paths_dataframes_and_indexes_agree(tmp_path, directory, needs_dict, index):
    path = tmp_path / "mitra.csv"
    directory.to_csv(path, index=False)
    from_index = rank(index, needs_dict).to_frame()
    from_frame = rank(directory, load_needs(needs_dict)).to_frame()
    from_path = rank(path, needs_dict).to_frame()
    pd.testing.assert_frame_equal(from_index, from_frame)
    cols = ["partner_id", "score", "pattern", "explanation"]
    pd.testing.assert_frame_equal(from_index[cols], from_path[cols])


def test_index_reused_across_profiles(index, needs_dict):
    first = rank(index, needs_dict).to_frame()
    other = {"needs": {"program": {"priority": 4, "description": "magang otomotif"}}}
    top = rank(index, other).to_frame()
    assert top.at[0, "partner_id"] in {"BLK-01", "DUDI-01"}
    pd.testing.assert_frame_equal(first, rank(index, needs_dict).to_frame())


@pytest.mark.parametrize("top", [1, 3, 7, 50])
def test_top(ranking, index, needs_dict, top):
    full = ranking.to_frame()
    frame = rank(index, needs_dict, top=top).to_frame()
    pd.testing.assert_frame_equal(frame, full.head(top))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"top": 0}, r"top must be a positive integer or None; got 0"),
        ({"top": -2}, r"top must be a positive integer or None; got -2"),
        ({"top": 2.5}, r"top must be a positive integer or None; got 2\.5"),
        ({"top": True}, r"top must be a positive integer or None; got True"),
        ({"lang": "jv"}, r"lang must be one of 'id', 'en'; got 'jv'"),
    ],
)
def test_bad_options(index, needs_dict, kwargs, message):
    with pytest.raises(ValueError, match=message):
        rank(index, needs_dict, **kwargs)


def test_numpy_integer_top(index, needs_dict):
    assert len(rank(index, needs_dict, top=np.int64(2))) == 2


# -- explanations ----------------------------------------------------------------------------
def test_explain_contributions_sum_to_score(ranking):
    for pid in ranking.to_frame()["partner_id"]:
        e = ranking.explain(pid)
        table = e.table
        criteria = table[table["bagian"] == "kriteria"]
        aspects = table[table["bagian"] == "aspek"]
        assert criteria["nama"].tolist() == list(CRITERIA)
        assert criteria["kontribusi"].sum() == pytest.approx(e.score, abs=1e-9)
        need_fit = criteria.loc[criteria["nama"] == "need_fit", "kontribusi"].item()
        assert aspects["kontribusi"].sum() == pytest.approx(need_fit, abs=1e-9)
        assert criteria["bobot"].sum() == pytest.approx(1.0)


def test_explain_matches_the_table_row(ranking):
    frame = ranking.to_frame()
    row = frame.iloc[2]
    e = ranking.explain(row["partner_id"])
    assert e.rank == 3
    assert e.partner_id == row["partner_id"]
    assert e.name == row["name"]
    assert e.score == pytest.approx(row["score"])
    assert e.pattern == row["pattern"]
    assert e.sentence == row["explanation"]
    assert e.pattern_reason
    text = str(e)
    assert text.startswith(f"#3 {row['name']} ({row['partner_id']}): ")
    assert "<b>#3" in e._repr_html_()


def test_explain_unknown_partner(ranking):
    with pytest.raises(KeyError, match=r"partner_id 'TIDAK-ADA' is not in the directory"):
        ranking.explain("TIDAK-ADA")


def test_explain_filtered_out_partner_names_the_filter(ranking):
    e = ranking.explain("OLD-01")  # inactive
    assert e.rank is None
    assert e.note == "tidak masuk karena filter: tidak aktif (active_only)"
    assert e.sentence
    assert len(e.table)
    assert str(e).startswith("- ")


def test_explain_beyond_top_gives_its_rank(index, needs_dict):
    full = rank(index, needs_dict, lang="en").to_frame()
    r = rank(index, needs_dict, top=1, lang="en")
    last = full.iloc[-1]
    e = r.explain(last["partner_id"])
    assert e.rank == len(full)
    assert e.score == last["score"]
    assert e.sentence == last["explanation"]
    assert e.note == f"not in the top 1: rank {len(full)} of {len(full)}"


def test_indonesian_explanations_by_default(ranking):
    frame = ranking.to_frame()
    lkp = frame.loc[frame["partner_id"] == "LKP-01", "explanation"].item()
    assert lkp.startswith("Menawarkan instruktur menjahit bersertifikat (tenaga, kecocokan 0,")
    assert "satu kabupaten/kota" in lkp
    assert "aktif 12 tahun" in lkp
    assert lkp.endswith("tidak menyediakan dana.")
    assert ranking.explain("LKP-01").table.columns.tolist() == [
        "bagian", "nama", "skor", "bobot", "kontribusi",
    ]  # fmt: skip


def test_english_explanations(index, needs_dict):
    r = rank(index, needs_dict, lang="en")
    frame = r.to_frame()
    lkp = frame.loc[frame["partner_id"] == "LKP-01", "explanation"].item()
    assert lkp.startswith("Offers instruktur menjahit bersertifikat (people, fit 0.")
    assert "same regency" in lkp
    assert lkp.endswith("does not provide funds.")
    table = r.explain("LKP-01").table
    assert table.columns.tolist() == ["part", "name", "score", "weight", "contribution"]
    assert "use of outputs" in table["name"].tolist()
    # only the words change, never the numbers
    pd.testing.assert_frame_equal(
        frame.drop(columns="explanation"),
        rank(index, needs_dict).to_frame().drop(columns="explanation"),
    )


def test_explanations_are_sentences(ranking):
    for text in ranking.to_frame()["explanation"]:
        assert text[0].isupper()
        assert text.endswith(".")
        assert "nan" not in text.lower().split()


def test_repr(ranking):
    assert repr(ranking) == "<Ranking of 7 partners for 'PKBM Bina Insani'>"


def _body_rows(html: str) -> int:
    return html.split("<tbody>", 1)[1].count("</tr>")


def test_repr_html(ranking):
    html = ranking._repr_html_()
    assert html.startswith("<div><b>Peringkat 7 mitra untuk PKBM Bina Insani</b>")
    assert _body_rows(html) == 7
    assert "LKP Citra Busana" in html
    assert "<code>LKP-01</code>" in html


def test_repr_html_escapes_and_truncates(build_index):
    rows = [
        {"partner_id": f"P{i:02d}", "name": f"<b>Mitra {i}</b> & co", "sector": "swasta",
         "offers_dana": "hibah"}
        for i in range(25)
    ]  # fmt: skip
    r = rank(build_index(pd.DataFrame(rows)), {"needs": {"dana": {"priority": 3}}})
    html = r._repr_html_()
    assert "<b>Mitra" not in html
    assert "&lt;b&gt;Mitra 0&lt;/b&gt; &amp; co" in html
    assert _body_rows(html) == 20
    assert "5 lainnya" in html
    assert "5 more" in rank(r.index, r.profile, lang="en")._repr_html_()


def test_directory_index_repr(tmp_path, directory):
    assert repr(DirectoryIndex.build(directory)) == "<DirectoryIndex 8 partners from DataFrame>"
    path = tmp_path / "mitra.csv"
    directory.to_csv(path, index=False)
    assert repr(DirectoryIndex.build(path)) == f"<DirectoryIndex 8 partners from {path}>"
