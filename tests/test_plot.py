"""Plots of a ranking (``Ranking.plot``) and the notebook views of a needs profile."""

from __future__ import annotations

import sys

import numpy as np
import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")  # headless, whatever the environment says

from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.image import AxesImage  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from mitramatch import CRITERIA, MitramatchError, load_needs, rank  # noqa: E402
from mitramatch.plot import MissingDependencyError  # noqa: E402


@pytest.fixture
def ranking(index, needs_dict):
    return rank(index, needs_dict)


@pytest.fixture
def ranking_en(index, needs_dict):
    return rank(index, needs_dict, lang="en")


def _bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def _main_axes(fig: Figure):
    # The first axes is the plot; a colorbar adds a second one.
    return fig.axes[0]


# -- contributions -------------------------------------------------------------------------------
@pytest.mark.parametrize("top", [1, 3, 5])
def test_contributions_draws_one_bar_per_partner_and_criterion(ranking, top):
    fig = ranking.plot.contributions(top=top)
    assert isinstance(fig, Figure)
    ax = _main_axes(fig)
    assert len(_bars(ax)) == top * len(CRITERIA)
    # Best at the top: the y axis runs downwards and the first label is rank 1.
    assert ax.yaxis_inverted()
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[0] == "1. " + ranking.to_frame()["name"].iloc[0]


def test_contributions_add_up_to_the_score(ranking):
    ax = _main_axes(ranking.plot.contributions(top=4))
    bars = _bars(ax)
    ends = np.array([b.get_x() + b.get_width() for b in bars]).reshape(len(CRITERIA), 4)
    np.testing.assert_allclose(ends[-1], ranking.to_frame()["score"].head(4), atol=1e-9)


def test_contributions_top_beyond_length_draws_everyone(ranking):
    ax = _main_axes(ranking.plot.contributions(top=100))
    assert len(_bars(ax)) == len(ranking) * len(CRITERIA)


@pytest.mark.parametrize(
    ("fixture", "title", "xlabel", "legend"),
    [
        ("ranking", "Kontribusi tiap kriteria", "kontribusi", "kecocokan kebutuhan"),
        ("ranking_en", "Contribution of each criterion", "contribution", "need fit"),
    ],
)
def test_contributions_labels_follow_language(request, fixture, title, xlabel, legend):
    r = request.getfixturevalue(fixture)
    ax = _main_axes(r.plot.contributions(top=3))
    assert ax.get_title().startswith(title)
    assert "PKBM Bina Insani" in ax.get_title()
    assert ax.get_xlabel().startswith(xlabel)
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert texts[0] == legend
    assert len(texts) == len(CRITERIA)


def test_plot_draws_on_a_given_axes(ranking):
    fig = Figure()
    ax = fig.add_subplot()
    assert ranking.plot.contributions(top=2, ax=ax) is fig
    assert len(_bars(ax)) == 2 * len(CRITERIA)


def test_top_must_be_positive(ranking):
    with pytest.raises(ValueError, match="top must be a positive integer"):
        ranking.plot.contributions(top=0)


# -- aspects heatmap -----------------------------------------------------------------------------
def test_aspects_heatmap_has_one_cell_per_partner_and_needed_aspect(ranking):
    fig = ranking.plot.aspects(top=4)
    ax = _main_axes(fig)
    images = [a for a in ax.get_children() if isinstance(a, AxesImage)]
    assert len(images) == 1
    assert images[0].get_array().shape == (4, 3)  # tenaga, dana, hasil are needed
    assert len(fig.axes) == 2  # the colorbar
    # One annotation per cell, with an Indonesian decimal comma.
    values = [t.get_text() for t in ax.texts]
    assert len(values) == 12
    assert all("," in v for v in values)


@pytest.mark.parametrize(
    ("fixture", "columns", "title"),
    [
        ("ranking", ["dana", "tenaga", "pendayagunaan hasil"], "Kecocokan mitra per aspek"),
        ("ranking_en", ["funds", "people", "use of outputs"], "How well partners cover"),
    ],
)
def test_aspects_columns_in_contract_order_with_labels(request, fixture, columns, title):
    r = request.getfixturevalue(fixture)
    ax = _main_axes(r.plot.aspects())
    ticks = [t.get_text().split("\n")[0] for t in ax.get_xticklabels()]
    assert ticks == columns
    assert ax.get_title().startswith(title)
    assert [t.get_text().split("\n")[1] for t in ax.get_xticklabels()] == ["(P3)", "(P5)", "(P2)"]


# -- map -----------------------------------------------------------------------------------------
def _placed(r) -> int:
    rows = r.rows
    return int((~np.isnan(r.index.approx_lat[rows])).sum())


def test_map_has_one_point_per_located_partner_and_the_organisation(ranking):
    fig = ranking.plot.map()
    ax = _main_axes(fig)
    partners, org = [c for c in ax.collections if isinstance(c, PathCollection)]
    # KOP-01 has neither coordinates nor a regency: not drawn, and said so.
    assert _placed(ranking) == len(ranking) - 1
    assert len(partners.get_offsets()) == _placed(ranking)
    assert any("tanpa lokasi" in t.get_text() for t in ax.texts)
    # The organisation gave a regency but no coordinates: a star at the regency's centre.
    assert len(org.get_offsets()) == 1
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "organisasi (pusat kabupaten): PKBM Bina Insani"
    assert len(fig.axes) == 2  # colorbar
    assert fig.axes[1].get_ylabel() == "skor"


def test_map_marks_the_organisation_at_its_own_coordinates(index, needs_dict):
    needs_dict["organisation"].update(lat=-4.13, lon=104.17)
    r = rank(index, needs_dict, lang="en")
    ax = _main_axes(r.plot.map())
    org = [c for c in ax.collections if isinstance(c, PathCollection)][1]
    np.testing.assert_allclose(org.get_offsets()[0], [104.17, -4.13])
    assert ax.get_legend().get_texts()[0].get_text() == "organisation: PKBM Bina Insani"
    assert ax.get_xlabel().startswith("longitude")
    assert ax.get_ylabel().startswith("latitude")
    assert ax.get_title().startswith("Partners by score")


def test_map_without_organisation_location_draws_partners_only(index, needs_dict):
    del needs_dict["organisation"]["regency"]
    del needs_dict["organisation"]["province"]
    r = rank(index, needs_dict)
    ax = _main_axes(r.plot.map())
    assert len([c for c in ax.collections if isinstance(c, PathCollection)]) == 1
    assert ax.get_xlabel().startswith("bujur")


def test_map_colours_follow_scores(ranking):
    ax = _main_axes(ranking.plot.map())
    partners = ax.collections[0]
    located = ~np.isnan(ranking.index.approx_lat[ranking.rows])
    scores = ranking.to_frame()["score"].to_numpy()[located]
    np.testing.assert_allclose(np.sort(partners.get_array()), np.sort(scores))


# -- missing matplotlib --------------------------------------------------------------------------
def test_missing_matplotlib_names_the_extra(ranking, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    with pytest.raises(MissingDependencyError, match=r"pip install 'mitramatch\[plot\]'") as info:
        ranking.plot.map()
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, MitramatchError)


# -- notebook views ------------------------------------------------------------------------------
def test_needs_profile_html_shows_needs_priorities_weights_and_filters(needs_dict):
    profile = load_needs(needs_dict).with_filters(sectors=["swasta"], max_distance_km=100)
    page = profile._repr_html_()
    assert "PKBM Bina Insani" in page
    for text in ("tenaga", "dana", "pendayagunaan hasil", "instruktur keterampilan menjahit"):
        assert text in page
    assert "50.000.000" in page  # the dana quantity, Indonesian separators
    assert "width:100%" in page  # priority 5 is a full bar
    assert "need_fit 0.55" in page
    assert "sectors = swasta" in page
    assert "max_distance_km = 100" in page


def test_needs_profile_html_escapes_text(needs_dict):
    needs_dict["organisation"]["name"] = "PKBM <Bina & Insani>"
    page = load_needs(needs_dict)._repr_html_()
    assert "PKBM &lt;Bina &amp; Insani&gt;" in page


@pytest.mark.parametrize(("lang", "header"), [("id", "alasan"), ("en", "why")])
def test_ranking_html_headers_follow_language(index, needs_dict, lang, header):
    page = rank(index, needs_dict, lang=lang)._repr_html_()
    assert f">{header}</th>" in page
    assert "LKP Citra Busana" in page


@pytest.mark.parametrize("method", ["contributions", "aspects", "map"])
def test_empty_ranking_says_so(index, needs_dict, method):
    needs_dict["filters"] = {"kinds": ["tidak_ada"]}
    r = rank(index, needs_dict)
    assert len(r) == 0
    ax = _main_axes(getattr(r.plot, method)())
    assert any(t.get_text() == "tidak ada mitra dalam peringkat" for t in ax.texts)
