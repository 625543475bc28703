"""Plots of a ranking (``Ranking.plot``), the plotting convention, and the notebook views of a
needs profile."""

from __future__ import annotations

import sys

import numpy as np
import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")  # headless, whatever the environment says

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.collections import LineCollection, PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.image import AxesImage  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from mitramatch import CRITERIA, MitramatchError, rank  # noqa: E402
from mitramatch.plot import MissingDependencyError  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    # Plots are made through pyplot (as pandas' are): close them, so none outlives its test.
    yield
    plt.close("all")


@pytest.fixture
def ranking(index, needs_dict):
    return rank(index, needs_dict)


@pytest.fixture
def ranking_en(index, needs_dict):
    return rank(index, needs_dict, lang="en")


def _bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def _gid(ax, gid: str):
    """The one collection of the map with this id."""
    (found,) = [c for c in ax.collections if c.get_gid() == gid]
    return found


# -- contributions -------------------------------------------------------------------------------
@pytest.mark.parametrize("top", [1, 3, 5])
def test_contributions_draws_one_bar_per_partner_and_criterion(ranking, top):
    ax = ranking.plot.contributions(top=top)
    assert isinstance(ax, Axes)
    assert len(_bars(ax)) == top * len(CRITERIA)
    # Best at the top: the y axis runs downwards and the first label is rank 1.
    assert ax.yaxis_inverted()
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[0] == "1. " + ranking.to_frame()["name"].iloc[0]


def test_contributions_add_up_to_the_score(ranking):
    ax = ranking.plot.contributions(top=4)
    bars = _bars(ax)
    ends = np.array([b.get_x() + b.get_width() for b in bars]).reshape(len(CRITERIA), 4)
    np.testing.assert_allclose(ends[-1], ranking.to_frame()["score"].head(4), atol=1e-9)


def test_contributions_top_beyond_length_draws_everyone(ranking):
    ax = ranking.plot.contributions(top=100)
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
    ax = r.plot.contributions(top=3)
    assert ax.get_title().startswith(title)
    assert ax.get_title().endswith("\nPKBM Bina Insani")  # a line of its own: never clipped
    assert ax.get_xlabel().startswith(xlabel)
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert texts[0] == legend
    assert len(texts) == len(CRITERIA)


def test_plot_draws_on_a_given_axes(ranking):
    fig = Figure()
    ax = fig.add_subplot()
    assert ranking.plot.contributions(top=2, ax=ax) is ax
    assert plt.get_fignums() == []  # nothing was made through pyplot
    assert len(_bars(ax)) == 2 * len(CRITERIA)


def test_top_must_be_positive(ranking):
    with pytest.raises(ValueError, match="top must be a positive integer"):
        ranking.plot.contributions(top=0)


# -- aspects heatmap -----------------------------------------------------------------------------
def test_aspects_heatmap_has_one_cell_per_partner_and_needed_aspect(ranking):
    ax = ranking.plot.aspects(top=4)
    fig = ax.figure
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
    ax = r.plot.aspects()
    lines = [t.get_text().split("\n") for t in ax.get_xticklabels()]
    # Long names wrapped on whole words, the priority on the last line.
    assert [" ".join(line[:-1]) for line in lines] == columns
    assert all(len(word) <= 14 for line in lines for word in line)
    assert ax.get_title().startswith(title)
    assert [line[-1] for line in lines] == ["(P3)", "(P5)", "(P2)"]


# -- map -----------------------------------------------------------------------------------------
def _placed(r) -> int:
    rows = r.rows
    return int((~np.isnan(r.index.approx_lat[rows])).sum())


def _points(ax) -> np.ndarray:
    """Every partner's plotted position, the best last."""
    return np.vstack([_gid(ax, "partners").get_offsets(), _gid(ax, "best_partner").get_offsets()])


def test_map_has_one_point_per_located_partner_and_the_organisation(ranking):
    ax = ranking.plot.map()
    # KOP-01 has neither coordinates nor a regency: not drawn, and said so.
    assert _placed(ranking) == len(ranking) - 1
    assert len(_points(ax)) == _placed(ranking)
    assert any("tanpa lokasi" in t.get_text() for t in ax.texts)
    # The organisation gave a regency but no coordinates: a star at the regency's centre.
    assert len(_gid(ax, "organisation").get_offsets()) == 1
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "organisasi (pusat kabupaten): PKBM Bina Insani" in legend
    assert {"batas kabupaten/kota", "batas provinsi"} <= set(legend)
    assert len(ax.figure.axes) == 2  # colorbar
    assert ax.figure.axes[1].get_ylabel() == "skor"


def test_map_marks_the_organisation_at_its_own_coordinates(index, needs_dict):
    needs_dict["organisation"].update(lat=-4.13, lon=104.17)
    r = rank(index, needs_dict, lang="en")
    ax = r.plot.map()
    np.testing.assert_allclose(_gid(ax, "organisation").get_offsets()[0], [104.17, -4.13])
    assert "organisation: PKBM Bina Insani" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert ax.get_xlabel().startswith("longitude")
    assert ax.get_ylabel().startswith("latitude")
    assert ax.get_title().startswith("Partners by score")


def test_map_without_organisation_location_draws_partners_only(index, needs_dict):
    del needs_dict["organisation"]["regency"]
    del needs_dict["organisation"]["province"]
    r = rank(index, needs_dict)
    ax = r.plot.map()
    assert not [c for c in ax.collections if c.get_gid() == "organisation"]
    assert len(_points(ax)) == _placed(r)
    assert ax.get_xlabel().startswith("bujur")


def test_map_colours_follow_scores(ranking):
    ax = ranking.plot.map()
    colours = np.concatenate(
        [_gid(ax, "partners").get_array(), _gid(ax, "best_partner").get_array()]
    )
    located = ~np.isnan(ranking.index.approx_lat[ranking.rows])
    scores = ranking.to_frame()["score"].to_numpy()[located]
    np.testing.assert_allclose(np.sort(colours), np.sort(scores))
    assert _gid(ax, "best_partner").get_array()[0] == pytest.approx(scores[0])


def test_map_draws_kabupaten_and_thicker_province_outlines(ranking):
    ax = ranking.plot.map()
    kabupaten, provinces = _gid(ax, "kabupaten_kota"), _gid(ax, "provinsi")
    assert isinstance(kabupaten, PolyCollection)
    assert isinstance(provinces, LineCollection)
    assert len(kabupaten.get_paths()) >= 5  # OKU and its neighbours at least
    assert len(provinces.get_segments()) > 0  # the borders with Lampung, Bengkulu, Jambi
    assert min(provinces.get_linewidths()) > max(kabupaten.get_linewidths())
    # The organisation's kabupaten is among the outlines, around its star.
    star = _gid(ax, "organisation").get_offsets()[0]
    assert any(path.contains_point(star) for path in kabupaten.get_paths())


def test_map_province_outline_is_where_provinces_meet_not_between_regencies():
    from mitramatch.boundaries import boundaries

    b = boundaries()
    oku_timur, palembang = b.codes.index("16.08"), b.codes.index("16.71")
    # OKU Timur borders Lampung: part of its outline is the province's.
    assert len(b.province_edges(oku_timur)) > 5
    # Kota Palembang lies inside Sumatera Selatan: none of its outline is the province's.
    assert len(b.province_edges(palembang)) == 0


def test_map_zooms_to_the_partners_shown_and_the_organisation(ranking):
    ax = ranking.plot.map()
    ax.figure.canvas.draw()  # the limits as drawn, after the aspect is applied
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    points = np.vstack([_points(ax), _gid(ax, "organisation").get_offsets()])
    assert x0 < points[:, 0].min()
    assert points[:, 0].max() < x1
    assert y0 < points[:, 1].min()
    assert points[:, 1].max() < y1
    # Around OKU and Palembang (about 150 km apart), not the whole country.
    assert max(x1 - x0, y1 - y0) < 4


def test_map_zoom_follows_top(ranking):
    ax = ranking.plot.map(top=1)
    ax.figure.canvas.draw()
    # The best partner and the organisation, both in OKU: a view of one regency's size.
    assert ax.get_xlim()[1] - ax.get_xlim()[0] < 1.5


def test_partners_at_one_regency_centre_are_drawn_apart(ranking):
    rows = ranking.rows
    lat, lon = ranking.index.approx_lat[rows], ranking.index.approx_lon[rows]
    located = ~np.isnan(lat)
    centres = np.column_stack([lon[located], lat[located]])
    # DIN-01 and CSR-01 have no coordinates: both stand at OKU's centre, as the organisation.
    assert len(np.unique(centres, axis=0)) < len(centres)
    ax = ranking.plot.map()
    points = _points(ax)
    assert len(np.unique(points.round(6), axis=0)) == len(points)
    star = _gid(ax, "organisation").get_offsets()[0]
    assert np.hypot(*(points - star).T).min() > 0
    # Near their centre, and the same picture every time.
    near = np.hypot(*(points[:, None, :] - centres[None, :, :]).transpose(2, 0, 1)).min(axis=1)
    assert near.max() < 0.2
    np.testing.assert_array_equal(_points(ranking.plot.map()), points)


def test_best_partner_is_drawn_over_the_organisation_and_beside_it(index, needs_dict):
    # The organisation stands exactly where the best partner is.
    best = rank(index, needs_dict).to_frame()["partner_id"].iloc[0]
    row = int(np.flatnonzero(index.partner_id == best)[0])
    needs_dict["organisation"].update(lat=float(index.lat[row]), lon=float(index.lon[row]))
    r = rank(index, needs_dict)
    ax = r.plot.map()
    first, star = _gid(ax, "best_partner"), _gid(ax, "organisation")
    assert first.get_zorder() > star.get_zorder()
    assert _gid(ax, "partners").get_zorder() < star.get_zorder()  # the star is hollow
    assert star.get_facecolor().size == 0 or star.get_facecolor()[0][3] == 0
    assert not np.allclose(first.get_offsets()[0], star.get_offsets()[0])
    label = next(t for t in ax.texts if t.get_text() == "1")
    assert label.get_zorder() > first.get_zorder()


def test_map_names_the_places_in_view_without_collisions(ranking):
    ax = ranking.plot.map()
    fig = ax.figure
    fig.canvas.draw()
    names = [t for t in ax.texts if t.get_gid() == "place"]
    written = {t.get_text().replace("\n", " ") for t in names}
    assert "Kota Palembang" in written
    assert not any(w.startswith("Kabupaten ") for w in written)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in names]
    frame = ax.get_window_extent(renderer)
    for i, box in enumerate(boxes):
        assert frame.contains(box.x0, box.y0)
        assert frame.contains(box.x1, box.y1)
        assert not any(box.overlaps(other) for other in boxes[i + 1 :])
    assert not [t for t in ranking.plot.map(places=0).texts if t.get_gid() == "place"]


def test_map_of_nobody_shows_indonesia(index, needs_dict):
    needs_dict["filters"] = {"kinds": ["tidak_ada"]}
    del needs_dict["organisation"]["regency"]
    del needs_dict["organisation"]["province"]
    ax = rank(index, needs_dict).plot.map()
    assert ax.get_xlim()[0] < 96
    assert ax.get_xlim()[1] > 140


# -- one convention for every plot ---------------------------------------------------------------
def _budget(lang="id", name="PKBM Bina"):
    import pandas as pd

    from mitramatch import allocate_budget

    partners = pd.DataFrame({
        "partner_id": ["CSR-1"], "name": ["TJSL PT $Contoh$ \\frac"], "sector": ["swasta"],
        "offers_dana": ["hibah modal usaha KBU"], "capacity_dana": ["Rp 100 juta"]})  # fmt: skip
    need = {"dana": {"priority": 5, "description": "modal usaha KBU", "quantity": "Rp 80 juta"}}
    orgs = {
        "A": {"organisation": {"name": name}, "needs": need},
        "B": {"organisation": {"name": "LKP Jaya"}, "needs": need},
    }
    return allocate_budget(partners, orgs, partner="CSR-1", lang=lang)


PLOTS = {
    "contributions": lambda r: r.plot.contributions(),
    "aspects": lambda r: r.plot.aspects(),
    "map": lambda r: r.plot.map(),
    "budget": lambda r: _budget(r.lang, r.profile.organisation.name).plot(),
}


@pytest.mark.parametrize("plot", PLOTS)
def test_every_plot_returns_the_axes_of_a_pyplot_figure(ranking, plot):
    # As pandas' .plot: pyplot knows the figure, so an assigned plot shows in Jupyter and
    # plt.show() shows it in a script; returning the axes, not the figure, shows it once.
    ax = PLOTS[plot](ranking)
    assert isinstance(ax, Axes)
    assert ax.figure.number in plt.get_fignums()
    assert type(ax.figure.get_layout_engine()).__name__ == "ConstrainedLayoutEngine"


@pytest.mark.parametrize("method", ["contributions", "aspects", "map"])
def test_a_given_axes_is_drawn_on_and_returned(ranking, method):
    fig = Figure()
    ax = fig.add_subplot()
    assert getattr(ranking.plot, method)(ax=ax) is ax
    assert plt.get_fignums() == []


def test_budget_plot_draws_on_a_given_axes():
    ax = Figure().add_subplot()
    assert _budget().plot(ax=ax) is ax
    assert plt.get_fignums() == []


# -- text is drawn as written ------------------------------------------------------------------
# As mathtext: "Maju" in italics, then a formula that cannot even be drawn (ValueError).
MATH_NAME = r"LKP $Maju$ Jaya $\frac{$"


@pytest.mark.parametrize("plot", PLOTS)
def test_names_with_dollars_are_drawn_literally(directory, build_index, needs_dict, plot):
    from matplotlib.cbook import is_math_text

    directory.loc[directory["partner_id"] == "LKP-01", "name"] = MATH_NAME
    needs_dict["organisation"]["name"] = "PKBM $x^2$"
    r = rank(build_index(directory), needs_dict)
    ax = PLOTS[plot](r)
    ax.figure.canvas.draw()  # mathtext would fail here
    texts = [t.get_text() for t in ax.figure.findobj(Text) if t.get_text()]
    assert not any(is_math_text(t) for t in texts)
    shown = [t.replace(r"\$", "$") for t in texts]  # what matplotlib shows for a plain text
    assert any("PKBM $x^2$" in t for t in shown)
    if plot == "budget":
        assert any(r"TJSL PT $Contoh$ \frac" in t for t in shown)
    elif plot != "map":  # the map names places, not partners
        assert any(MATH_NAME in t for t in shown)


def test_literal_escapes_every_dollar_and_cuts_before_escaping():
    from mitramatch.plot import literal

    assert literal("a $b$ c") == r"a \$b\$ c"
    assert literal("abcdefgh$", 5) == "abcd…"
    assert literal("  LKP \n Maju ") == "LKP Maju"


# -- labels that fit and read well -------------------------------------------------------------
def _tick_texts(axis) -> list[str]:
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


@pytest.mark.parametrize(("lang", "mark", "other"), [("id", ",", "."), ("en", ".", ",")])
def test_numbers_on_axes_and_colour_bars_follow_language(index, needs_dict, lang, mark, other):
    r = rank(index, needs_dict, lang=lang)
    contributions, aspects, where = r.plot.contributions(), r.plot.aspects(), r.plot.map()
    budget = _budget(lang).plot()
    for ax in (contributions, aspects, where, budget):
        ax.figure.canvas.draw()
    colour_bars = [aspects.figure.axes[1].yaxis, where.figure.axes[1].yaxis]
    for axis in (contributions.xaxis, where.xaxis, where.yaxis, budget.xaxis, *colour_bars):
        assert not any(other in t for t in _tick_texts(axis)), _tick_texts(axis)
    for axis in (contributions.xaxis, *colour_bars):
        assert f"0{mark}2" in _tick_texts(axis)
    assert any(mark in t for t in _tick_texts(where.yaxis))  # latitudes: -4,0 or -4.0


@pytest.mark.parametrize("top", [3, None])
@pytest.mark.parametrize("plot", PLOTS)
def test_nothing_is_clipped_and_titles_fit(index, needs_dict, plot, top):
    needs_dict["organisation"]["name"] = "Pusat Kegiatan Belajar Masyarakat " * 3
    if top is not None:
        needs_dict["organisation"].update(lat=-4.13, lon=104.17)  # a map of one kabupaten
    needs_dict["needs"].update(
        sarana={"priority": 4, "description": "ruang praktik"},
        program={"priority": 3, "description": "magang"},
    )
    ax = PLOTS[plot](rank(index, needs_dict, top=top))
    fig = ax.figure
    # Twice: the layout must hold when drawn again (saving after showing, a notebook's display).
    fig.canvas.draw()
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    page = fig.bbox.padded(1.0)  # a pixel of rounding
    # Everything drawn, titles, tick labels, legends and colour bars included, is on the page.
    for part in fig.axes:
        drawn = part.get_tightbbox(renderer)
        assert page.contains(drawn.x0, drawn.y0), part
        assert page.contains(drawn.x1, drawn.y1), part
    labels = [t.get_window_extent(renderer) for t in ax.get_xticklabels() if t.get_text()]
    if plot == "aspects":  # five columns of wrapped names, none running into the next
        assert len(labels) == 5
        assert not any(a.overlaps(b) for i, a in enumerate(labels) for b in labels[i + 1 :])
    legend = ax.get_legend()
    if legend is not None:  # beside or below the picture, never over it
        assert not legend.get_window_extent(renderer).overlaps(ax.get_window_extent(renderer))


# -- missing matplotlib --------------------------------------------------------------------------
def test_missing_matplotlib_names_the_extra(ranking, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    with pytest.raises(MissingDependencyError, match=r"pip install 'mitramatch\[plot\]'") as info:
        ranking.plot.map()
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, MitramatchError)


@pytest.mark.parametrize("method", ["contributions", "aspects", "map"])
def test_empty_ranking_says_so(index, needs_dict, method):
    needs_dict["filters"] = {"kinds": ["tidak_ada"]}
    r = rank(index, needs_dict)
    assert len(r) == 0
    ax = getattr(r.plot, method)()
    assert any(t.get_text() == "tidak ada mitra dalam peringkat" for t in ax.texts)
