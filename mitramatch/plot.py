"""Pictures of a ranking: ``ranking.plot.contributions()``, ``.aspects()`` and ``.map()``.

**One convention for every plot in mitramatch** (these and ``Budget.plot()``), the one of
pandas' ``DataFrame.plot``: a plot draws on the ``ax=`` given, or else on a new figure made
through :mod:`matplotlib.pyplot` (constrained layout), and returns the matplotlib ``Axes`` it
drew on. So in Jupyter a plot shows once, whether it is the cell's last line or assigned
(``ax = ranking.plot.map()``), and in a script ``plt.show()`` shows it. Save one with
``ax.figure.savefig("peta.png")``. Figures made through pyplot stay open until closed, as
pandas' do: in a loop over many organisations draw on your own axes or close each figure
(``plt.close(ax.figure)``). To draw without pyplot at all (a server, a command line), pass
``ax=matplotlib.figure.Figure().add_subplot()``.

Titles, axis labels and legends are in the ranking's language (``Ranking.lang``: Indonesian by
default, English for ``"en"``), numbers with a decimal comma in Indonesian. Aspects and
criteria always appear in the data contract's order, so plots of different organisations line
up. Names are drawn as written: a ``$`` in a name is never read as mathtext (:func:`literal`).

The map draws the kabupaten/kota outlines and, thicker, the borders between provinces
(:mod:`mitramatch.boundaries`), zoomed to the partners shown and the organisation. Partners
without coordinates of their own stand at their regency's representative point; partners that
share one point are spread around it on a small spiral (:data:`SPREAD`), and the best partner
is drawn over the organisation's star (the others beneath the hollow star, showing through).

matplotlib is optional (``pip install 'mitramatch[plot]'``) and imported only when a plot is
drawn.
"""

from __future__ import annotations

import math
import textwrap
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from .boundaries import boundaries
from .compat import import_optional_dependency
from .engine import ASPECT_LABELS, CRITERIA, check_top, fmt, region_table, registered_criteria
from .exceptions import MissingDependencyError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis

    from .ranking import Ranking

__all__ = [
    "CRITERION_LABELS",
    "SPREAD",
    "MissingDependencyError",
    "RankingPlot",
    "decimal_commas",
    "legend_below",
    "literal",
    "new_axes",
]

#: Readable names of the built-in criteria for legends (each criterion's own ``label``).
CRITERION_LABELS: dict[str, dict[str, str]] = {
    lang: {c.name: c.title(lang) for c in registered_criteria() if c.name in CRITERIA}
    for lang in ("id", "en")
}

#: Partners drawn at one point are set this far apart (a share of the map's larger side, about
#: twice a marker) on a sunflower spiral around it: the k-th at distance ``SPREAD * sqrt(k)``
#: and angle ``k`` times the golden angle, best nearest. The organisation, when it stands at
#: the point too, keeps the centre. Deterministic: one ranking, one picture.
SPREAD = 0.025

# One fixed colour per criterion (matplotlib's tab10), so a colour means the same in every
# plot; custom criteria take the next ones.
_CRITERION_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
_NAME_WIDTH = 38  # characters of a partner's name kept on an axis label
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
# Indonesia from Sabang to Merauke: the map's view when nothing can be placed.
_INDONESIA = ((94.8, 141.2), (-11.2, 6.3))
_MIN_SPAN = 0.5  # degrees: a single partner still shows its neighbourhood
_PLACES = 12  # at most this many kabupaten/kota names on a map
# Drawing order on the map, bottom to top.
_Z = {"kab": 1.0, "prov": 1.5, "place": 2.0, "partner": 3.0, "org": 3.5, "best": 4.0, "rank": 5.0}
_STAR = 420  # the organisation's marker, points squared: about 20 points across

_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "contrib_title": "Kontribusi tiap kriteria terhadap skor",
        "contrib_x": "kontribusi terhadap skor akhir (0-1)",
        "partner": "mitra",
        "criterion": "kriteria",
        "aspects_title": "Kecocokan mitra per aspek yang dibutuhkan",
        "aspects_x": "aspek yang dibutuhkan (prioritas)",
        "fit": "kecocokan (0-1)",
        "map_title": "Sebaran mitra menurut skor",
        "lon": "bujur (derajat BT)",
        "lat": "lintang (derajat)",
        "score": "skor",
        "org": "organisasi",
        "org_approx": "organisasi (pusat kabupaten)",
        "approx": "lokasi perkiraan (pusat kabupaten)",
        "unplaced": "{n} mitra tanpa lokasi tidak digambar",
        "no_partner": "tidak ada mitra dalam peringkat",
        "kab": "batas kabupaten/kota",
        "prov": "batas provinsi",
    },
    "en": {
        "contrib_title": "Contribution of each criterion to the score",
        "contrib_x": "contribution to the final score (0-1)",
        "partner": "partner",
        "criterion": "criterion",
        "aspects_title": "How well partners cover each needed aspect",
        "aspects_x": "needed aspect (priority)",
        "fit": "fit (0-1)",
        "map_title": "Partners by score",
        "lon": "longitude (degrees E)",
        "lat": "latitude (degrees)",
        "score": "score",
        "org": "organisation",
        "org_approx": "organisation (regency centre)",
        "approx": "approximate location (regency centre)",
        "unplaced": "{n} partners without a location not drawn",
        "no_partner": "no partner in the ranking",
        "kab": "kabupaten/kota border",
        "prov": "province border",
    },
}


# -- building blocks shared by every plot -------------------------------------------------------
def literal(text: object, width: int | None = None) -> str:
    """Text from the data as it is to be drawn: spaces collapsed, cut to ``width`` characters
    (with "…"), and every ``$`` escaped so that matplotlib never reads it as mathtext.

    >>> literal("LKP  $Maju$ Jaya"), literal("Yayasan Pendidikan Nusantara", 12)
    ('LKP \\\\$Maju\\\\$ Jaya', 'Yayasan Pen…')
    """
    text = " ".join(str(text).split())
    if width is not None and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text.replace("$", r"\$")  # escaped after cutting, so no "\" is cut from its "$"


def _wrap(text: str, width: int) -> str:
    # Lines of about ``width`` characters, words kept whole.
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


def new_axes(ax: Axes | None, size: tuple[float, float], *, layout: str = "constrained") -> Axes:
    """``ax`` itself, or the axes of a new pyplot figure of ``size`` inches (constrained
    layout; ``"compressed"`` for a picture of fixed aspect, such as a map): the convention
    of the module docstring."""
    if ax is not None:
        return ax
    _matplotlib()
    plt = import_optional_dependency("matplotlib.pyplot", purpose="plotting")
    return plt.figure(figsize=size, layout=layout).add_subplot()


def legend_below(ax: Axes, *, handles: list | None = None, ncol: int = 2) -> None:
    """A legend under the axes and their x label, whatever the figure's height."""
    from matplotlib.transforms import offset_copy  # matplotlib is known present here

    # 36 points: the tick labels and the axis label above it.
    below = offset_copy(ax.transAxes, ax.figure, y=-36, units="points")
    kwargs = {} if handles is None else {"handles": handles}
    ax.legend(
        loc="upper center", bbox_to_anchor=(0.5, 0.0), bbox_transform=below, ncol=ncol,
        fontsize=8, frameon=False, **kwargs,
    )  # fmt: skip


def decimal_commas(axis: Axis, lang: str) -> None:
    """Tick labels of ``axis`` with a decimal comma when ``lang`` is Indonesian."""
    if lang == "id":
        axis.set_major_formatter(_comma_formatter()())


@cache
def _comma_formatter() -> type:
    from matplotlib.ticker import ScalarFormatter  # matplotlib is known present here

    class DecimalComma(ScalarFormatter):
        """matplotlib's own choice of ticks and digits, written with a decimal comma."""

        def __call__(self, x: float, pos: int | None = None) -> str:
            return super().__call__(x, pos).replace(".", ",")

        def format_data_short(self, value: float) -> str:
            return super().format_data_short(value).replace(".", ",")

    return DecimalComma


def _matplotlib() -> Any:
    """The matplotlib module, or an error telling which extra installs it."""
    matplotlib = import_optional_dependency("matplotlib", purpose="plotting")
    import_optional_dependency("matplotlib.figure", purpose="plotting")
    return matplotlib


def _halo() -> list:
    from matplotlib import patheffects  # matplotlib is known present here

    return [patheffects.withStroke(linewidth=2.2, foreground="white")]


class RankingPlot:
    """Plots of one :class:`~mitramatch.Ranking`, reached as ``ranking.plot``; each method
    returns the matplotlib ``Axes`` it drew on (module docstring).

    Examples
    --------
    >>> import pandas as pd, pytest
    >>> _ = pytest.importorskip("matplotlib")
    >>> import mitramatch as mm
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "Bengkel Jaya Motor"],
    ...     "sector": ["masyarakat", "swasta"], "regency": ["Ogan Komering Ulu", "Palembang"],
    ...     "offers_tenaga": ["instruktur menjahit bersertifikat", "mekanik otomotif"]})
    >>> r = mm.rank(partners, {"needs": {"tenaga": {"priority": 5,
    ...                                             "description": "instruktur jahit"}}})
    >>> ax = r.plot.contributions()
    >>> ax.get_title()
    'Kontribusi tiap kriteria terhadap skor'
    >>> import matplotlib.pyplot as plt; plt.close(ax.figure)
    """

    def __init__(self, ranking: Ranking) -> None:
        self._ranking = ranking

    # -- shared pieces ---------------------------------------------------------------------
    @property
    def _lang(self) -> str:
        return "en" if self._ranking.lang == "en" else "id"

    @property
    def _text(self) -> dict[str, str]:
        return _TEXT[self._lang]

    def _title(self, key: str) -> str:
        # The organisation's name on a line of its own: a long name never pushes the title
        # out of the figure.
        org = self._ranking.profile.organisation.name
        return f"{self._text[key]}\n{literal(org, 70)}" if org else self._text[key]

    def _head(self, top: int | None) -> int:
        top = check_top(top)
        return len(self._ranking) if top is None else min(top, len(self._ranking))

    def _names(self, n: int) -> list[str]:
        r = self._ranking
        names = r.index.frame["name"].to_numpy()[r.rows[:n]]
        return [f"{k}. {literal(name, _NAME_WIDTH)}" for k, name in enumerate(names, start=1)]

    # -- the plots -------------------------------------------------------------------------
    def contributions(self, top: int | None = 10, *, ax: Axes | None = None) -> Axes:
        """Horizontal stacked bars: each criterion's weighted contribution per partner.

        A bar's segments add up to the partner's final score (weight times criterion score,
        weights normalised to sum 1, the criteria beyond need_fit gated by it as in
        :mod:`mitramatch.scoring`); the best partner is at the top.

        Parameters
        ----------
        top : int or None, default 10
            How many of the best partners to draw (None: all in the ranking).
        ax : matplotlib Axes, optional
            Draw here instead of on a new figure.

        Returns
        -------
        matplotlib Axes
        """
        r, t, lang = self._ranking, self._text, self._lang
        n = self._head(top)
        ax = new_axes(ax, (9.5, 1.6 + 0.42 * max(n, 1)))
        # The scores' arrays rather than to_frame(): no explanation sentences are needed here.
        contrib = r.contributions()[:n]
        y = np.arange(n)
        left = np.zeros(n)
        for c, criterion in enumerate(r.query.criteria):
            ax.barh(
                y, contrib[:, c], left=left, height=0.7,
                color=_CRITERION_COLOURS[c % len(_CRITERION_COLOURS)],
                label=literal(criterion.title(lang)),
            )  # fmt: skip
            left += contrib[:, c]
        for k, total in enumerate(left):
            ax.text(total + 0.005, k, fmt(total, lang), va="center", fontsize=8)
        ax.set_yticks(y, self._names(n))
        ax.invert_yaxis()  # best first, at the top
        ax.set_xlim(0, max(1.0, float(left.max(initial=0)) + 0.08))
        decimal_commas(ax.xaxis, lang)
        ax.set_xlabel(t["contrib_x"])
        ax.set_ylabel(t["partner"])
        ax.set_title(self._title("contrib_title"))
        # Beside the bars, never over them.
        ax.legend(
            title=t["criterion"], loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
            title_fontsize=8, frameon=False,
        )  # fmt: skip
        if n == 0:
            ax.text(0.5, 0.5, t["no_partner"], transform=ax.transAxes, ha="center")
        return ax

    def aspects(self, top: int | None = 10, *, ax: Axes | None = None) -> Axes:
        """Heatmap of partners (rows, best first) by needed aspect (columns) of the fit.

        Columns follow the contract's aspect order and are labelled with the aspect's name
        (wrapped) and its priority; each cell shows the fit in [0, 1].

        Parameters
        ----------
        top : int or None, default 10
            How many of the best partners to draw (None: all in the ranking).
        ax : matplotlib Axes, optional
            Draw here instead of on a new figure.

        Returns
        -------
        matplotlib Axes
        """
        r, t, lang = self._ranking, self._text, self._lang
        n = self._head(top)
        aspects = r.profile.aspects
        ax = new_axes(ax, (4.6 + 1.25 * len(aspects), 2.0 + 0.42 * max(n, 1)))
        ax.set_xlabel(t["aspects_x"])
        ax.set_ylabel(t["partner"])
        ax.set_title(self._title("aspects_title"))
        if n == 0:
            ax.text(0.5, 0.5, t["no_partner"], transform=ax.transAxes, ha="center")
            return ax
        fits = r.scores.fits[:n]
        image = ax.imshow(
            fits.reshape(n, len(aspects)), cmap="YlGn", vmin=0.0, vmax=1.0, aspect="auto",
            interpolation="nearest",
        )  # fmt: skip
        for i in range(n):
            for j in range(len(aspects)):
                value = float(fits[i, j])
                ax.text(
                    j, i, fmt(value, lang), ha="center", va="center", fontsize=8,
                    color="white" if value > 0.6 else "black",
                )  # fmt: skip
        labels = ASPECT_LABELS[lang]
        # Wrapped to a column's width, so neighbouring labels never run into each other.
        ticks = [f"{_wrap(labels[n.aspect], 12)}\n(P{n.priority})" for n in r.profile.needs]
        ax.set_xticks(range(len(aspects)), ticks, fontsize=9)
        ax.set_yticks(range(n), self._names(n))
        bar = ax.figure.colorbar(image, ax=ax, label=t["fit"], fraction=0.05)
        decimal_commas(bar.ax.yaxis, lang)
        return ax

    def map(
        self,
        top: int | None = None,
        *,
        annotate: int = 5,
        places: int = _PLACES,
        ax: Axes | None = None,
    ) -> Axes:
        """Partners on a map of kabupaten/kota outlines and province borders, by score.

        The view holds every partner drawn and the organisation, with a margin. Partners
        without coordinates stand at their regency's representative point (drawn with a dark
        edge); partners sharing a point are spread around it (:data:`SPREAD`); those with
        neither coordinates nor a regency are left out and counted in a note. The organisation
        is a hollow red star, at its own coordinates or else at its regency's point, drawn
        beneath the best partner and over the others. The kabupaten/kota in view are named
        where their names do not collide.

        Parameters
        ----------
        top : int or None
            How many of the best partners to draw (None: all in the ranking).
        annotate : int, default 5
            Write the rank beside the best ``annotate`` partners.
        places : int, default 12
            Name at most this many kabupaten/kota (0: none), those with partners first.
        ax : matplotlib Axes, optional
            Draw here instead of on a new figure.

        Returns
        -------
        matplotlib Axes
        """
        r, t, lang = self._ranking, self._text, self._lang
        n = self._head(top)
        rows = r.rows[:n]
        scores = r.scores.total[:n]
        lat, lon = r.index.approx_lat[rows], r.index.approx_lon[rows]
        exact = ~(np.isnan(r.index.lat[rows]) | np.isnan(r.index.lon[rows]))
        placed = np.flatnonzero(~(np.isnan(lat) | np.isnan(lon)))
        org_lat, org_lon, org_exact = self._organisation_point()
        org = None if math.isnan(org_lat) else (org_lon, org_lat)

        known_y = np.concatenate([lat[placed], [org_lat]])
        known_y = known_y[~np.isnan(known_y)]
        middle = float(known_y.mean()) if len(known_y) else float(np.mean(_INDONESIA[1]))
        # Degrees of longitude shrink with latitude: keep distances looking like distances.
        stretch = 1.0 / math.cos(math.radians(middle))
        x, y = lon[placed], lat[placed]
        first = _view(x, y, org, stretch)
        step = SPREAD * max((first[0][1] - first[0][0]) / stretch, first[1][1] - first[1][0])
        x, y = _spread(x, y, org, step, stretch)
        xlim, ylim = _shape(*_view(x, y, org, stretch), stretch)
        ratio = (ylim[1] - ylim[0]) / ((xlim[1] - xlim[0]) / stretch)
        # The map's own shape, plus room for the title, the legend and the colour bar.
        ax = new_axes(ax, (8.0, 1.8 + 5.9 * ratio), layout="compressed")
        ax.set_facecolor("#eef3f7")  # sea (and neighbouring countries) a pale blue-grey
        outlines = self._outlines(ax, xlim, ylim)

        org_handle = None
        if org is not None:
            name = r.profile.organisation.name
            label = t["org"] if org_exact else t["org_approx"]
            org_handle = ax.scatter(
                [org[0]], [org[1]], marker="*", s=_STAR, facecolors="none", edgecolors="#d62728",
                linewidths=2.0, zorder=_Z["org"],
                label=f"{label}: {literal(name, 50)}" if name else label,
            )  # fmt: skip
            org_handle.set_gid("organisation")
        # The best partner over the organisation's star, the others beneath it (the star is
        # hollow, so they show through), each beneath the better ones.
        edges = np.where(exact[placed], "white", "black")
        colour = {"cmap": "viridis", "vmin": 0.0, "vmax": 1.0, "s": 46, "linewidths": 0.8}
        layers = []
        for gid, where, z in (
            ("partners", np.flatnonzero(placed != 0)[::-1], _Z["partner"]),
            ("best_partner", np.flatnonzero(placed == 0), _Z["best"]),
        ):
            layer = ax.scatter(
                x[where], y[where], c=scores[placed][where], edgecolors=edges[where], zorder=z,
                **colour,
            )  # fmt: skip
            layer.set_gid(gid)
            layers.append(layer)
        bar = ax.figure.colorbar(layers[0], ax=ax, label=t["score"], fraction=0.04, shrink=0.8)
        decimal_commas(bar.ax.yaxis, lang)
        ranks = []
        for i in np.flatnonzero(placed < annotate):
            ranks.append(
                ax.annotate(
                    str(placed[i] + 1), (x[i], y[i]), xytext=(4, 4), textcoords="offset points",
                    fontsize=8, fontweight="bold", zorder=_Z["rank"], path_effects=_halo(),
                )
            )  # fmt: skip

        handles = [*outlines, *([org_handle] if org_handle is not None else [])]
        if len(placed) and not exact[placed].all():
            from matplotlib.lines import Line2D  # matplotlib is known present here

            handles.append(
                Line2D(
                    [], [], linestyle="none", marker="o", markerfacecolor="none",
                    markeredgecolor="black", label=t["approx"],
                )
            )  # fmt: skip
        legend_below(ax, handles=handles)  # a legend inside would cover partners
        missing = n - len(placed)
        if n == 0:
            ax.text(0.5, 0.5, t["no_partner"], transform=ax.transAxes, ha="center")
        elif missing:
            ax.text(
                0.01, 0.01, t["unplaced"].format(n=missing), transform=ax.transAxes, fontsize=8,
                color="dimgray", zorder=_Z["rank"],
            )  # fmt: skip
        ax.set_xlim(*xlim)
        ax.set_ylim(*ylim)
        # "box": the limits stay as chosen (every partner in view); the box takes the shape.
        ax.set_aspect(stretch, adjustable="box")
        decimal_commas(ax.xaxis, lang)
        decimal_commas(ax.yaxis, lang)
        ax.set_xlabel(t["lon"])
        ax.set_ylabel(t["lat"])
        ax.set_title(self._title("map_title"))
        counts: dict[str, int] = {}
        for code in r.index.regency[rows[placed]]:
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
        if r.query.regency is not None:
            counts[r.query.regency] = counts.get(r.query.regency, 0) + 1
        marks = [(x, y, 4.0), *([(np.array([org[0]]), np.array([org[1]]), 10.0)] if org else [])]
        _name_places(ax, xlim, ylim, counts, places, avoid=ranks, marks=marks)
        return ax

    def _outlines(self, ax: Axes, xlim, ylim) -> list:
        """Kabupaten/kota outlines (thin, on a land colour) and province outlines (thicker)
        of the regencies in view; returns their legend handles."""
        from matplotlib.collections import LineCollection, PolyCollection

        t = self._text
        b = boundaries()
        shown = b.within(xlim, ylim)
        rings = [ring for i in shown for ring in b.rings[i]]
        land = PolyCollection(
            rings, facecolors="#fbfaf4", edgecolors="#9a9a9a", linewidths=0.5, zorder=_Z["kab"],
            label=t["kab"],
        )  # fmt: skip
        land.set_gid("kabupaten_kota")
        ax.add_collection(land, autolim=False)
        edges = [b.province_edges(i) for i in shown]
        segments = np.concatenate(edges) if edges else np.empty((0, 2, 2))
        border = LineCollection(
            segments, colors="#4d4d4d", linewidths=1.4, capstyle="round", zorder=_Z["prov"],
            label=t["prov"],
        )  # fmt: skip
        border.set_gid("provinsi")
        ax.add_collection(border, autolim=False)
        return [land, border]

    def _organisation_point(self) -> tuple[float, float, bool]:
        """The organisation's lat, lon and whether they are its own (not a regency centre)."""
        query = self._ranking.query
        if not (math.isnan(query.lat) or math.isnan(query.lon)):
            return query.lat, query.lon, True
        if query.regency is None:
            return math.nan, math.nan, False
        lat, lon = region_table().centroids(np.array([query.regency], dtype=object))
        return float(lat[0]), float(lon[0]), False


# -- the map's geometry ---------------------------------------------------------------------------
def _view(x: np.ndarray, y: np.ndarray, org, stretch: float) -> tuple[tuple, tuple]:
    """Map limits holding the points and the organisation, with a margin of a tenth of the
    larger side (at least 0.1 degrees) and at least ``_MIN_SPAN`` degrees across."""
    xs = np.concatenate([x, [org[0]] if org else []])
    ys = np.concatenate([y, [org[1]] if org else []])
    if not len(xs):
        return _INDONESIA
    cx, cy = (xs.min() + xs.max()) / 2, (ys.min() + ys.max()) / 2
    # Half sides in degrees of latitude, so both margins are as wide on the ground.
    hx, hy = (xs.max() - xs.min()) / stretch / 2, (ys.max() - ys.min()) / 2
    pad = max(0.1 * 2 * max(hx, hy), 0.1)
    hx, hy = max(hx + pad, _MIN_SPAN / 2), max(hy + pad, _MIN_SPAN / 2)
    return (float(cx - hx * stretch), float(cx + hx * stretch)), (float(cy - hy), float(cy + hy))


def _shape(xlim, ylim, stretch: float) -> tuple[tuple, tuple]:
    """The view widened or heightened about its centre so that its height is 0.6 to 1.2
    times its width on the ground: a long thin strip of partners still shows a map."""
    width, height = (xlim[1] - xlim[0]) / stretch, ylim[1] - ylim[0]
    if height < 0.6 * width:
        grow = (0.6 * width - height) / 2
        ylim = (ylim[0] - grow, ylim[1] + grow)
    elif height > 1.2 * width:
        grow = (height / 1.2 - width) / 2 * stretch
        xlim = (xlim[0] - grow, xlim[1] + grow)
    return xlim, ylim


def _spread(x: np.ndarray, y: np.ndarray, org, step: float, stretch: float):
    """The points, those sharing a position (with each other or with the organisation) moved
    onto a sunflower spiral around it (:data:`SPREAD`), in the given (rank) order."""
    x, y = x.astype(float), y.astype(float)
    groups: dict[tuple[float, float], list[int]] = {}
    for i, key in enumerate(zip(np.round(x, 5), np.round(y, 5))):
        groups.setdefault(key, []).append(i)
    centre = (round(org[0], 5), round(org[1], 5)) if org else None
    for key, members in groups.items():
        # The organisation keeps the centre, and the spiral starts outside its star.
        start = 2 if key == centre else 0
        if len(members) + start < 2:
            continue
        k = np.arange(start, start + len(members))
        radius, angle = step * np.sqrt(k), k * _GOLDEN_ANGLE
        x[members] = key[0] + radius * np.cos(angle) * stretch
        y[members] = key[1] + radius * np.sin(angle)
    return x, y


def _name_places(ax: Axes, xlim, ylim, counts: dict[str, int], limit: int, avoid, marks) -> None:
    """Write the names of the kabupaten/kota whose representative point is in view: those with
    partners (or the organisation) first, then the largest. A name goes at its point or a line
    above or below it, wherever it collides with no name already written, rank label
    (``avoid``) or marker (``marks``: x, y and a radius in points) and stays inside the map;
    otherwise it is left out."""
    if limit <= 0:
        return
    from matplotlib.transforms import Bbox, offset_copy

    table = region_table().regencies
    b = boundaries()
    candidates = []
    for i in b.within(xlim, ylim):
        code = b.codes[i]
        if code not in table.index:
            continue
        lat, lon = float(table.at[code, "lat"]), float(table.at[code, "lon"])
        if not (xlim[0] < lon < xlim[1] and ylim[0] < lat < ylim[1]):
            continue
        x0, y0, x1, y1 = b.bounds[i]
        candidates.append((-counts.get(code, 0), -(x1 - x0) * (y1 - y0), code, lon, lat))
    candidates.sort()
    if not candidates:
        return
    # Real extents need the layout: one draw without rendering pixels.
    figure = ax.figure
    figure.draw_without_rendering()
    frame = ax.get_window_extent()
    taken = [a.get_window_extent() for a in avoid]
    scale = figure.dpi / 72.0
    for px, py, radius in marks:
        for cx, cy in ax.transData.transform(np.column_stack([px, py])):
            r = radius * scale
            taken.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))
    kept = 0
    for *_, code, lon, lat in candidates:
        if kept == limit:
            break
        name = str(table.at[code, "name"]).removeprefix("Kabupaten ")  # "Kota X" stays
        text = ax.text(
            lon, lat, _wrap(literal(name), 16), ha="center", va="center", fontsize=7,
            color="#5a5a5a", style="italic", zorder=_Z["place"], path_effects=_halo(),
            linespacing=1.0, gid="place",
        )  # fmt: skip
        for shift in (0, -11, 11, -22, 22, -33, 33):
            text.set_transform(offset_copy(ax.transData, figure, y=shift, units="points"))
            box = text.get_window_extent().expanded(1.08, 1.15)
            inside = frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)
            if inside and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                kept += 1
                break
        else:
            text.remove()
