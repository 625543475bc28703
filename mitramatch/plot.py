"""Pictures of a ranking: ``ranking.plot.contributions()``, ``.aspects()`` and ``.map()``.

Each method draws on a new :class:`matplotlib.figure.Figure` (or on the ``ax=`` given) and
returns the figure, with titles, axis labels and legends in the ranking's language
(``Ranking.lang``: Indonesian by default, English for ``"en"``). Aspects and criteria always
appear in the data contract's order, so plots of different organisations line up.

The figures are made without :mod:`matplotlib.pyplot`: nothing is registered in pyplot's global
state, so a loop over hundreds of organisations leaks no figures, and a notebook shows the
returned figure once (when it is the cell's result, or with ``display(fig)``) instead of twice.
Save one with ``fig.savefig("peta.png")``. matplotlib is optional (``pip install
'mitramatch[plot]'``) and imported only when a plot is drawn.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from .compat import import_optional_dependency
from .engine import ASPECT_LABELS, CRITERIA, check_top, region_table, registered_criteria
from .exceptions import MissingDependencyError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .ranking import Ranking

__all__ = ["CRITERION_LABELS", "MissingDependencyError", "RankingPlot"]

#: Readable names of the built-in criteria for legends (each criterion's own ``label``).
CRITERION_LABELS: dict[str, dict[str, str]] = {
    lang: {c.name: c.title(lang) for c in registered_criteria() if c.name in CRITERIA}
    for lang in ("id", "en")
}

# One fixed colour per criterion (matplotlib's tab10), so a colour means the same in every
# plot; custom criteria take the next ones.
_CRITERION_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
_NAME_WIDTH = 38  # characters of a partner's name kept on an axis label

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
    },
}


def _matplotlib() -> Any:
    """The matplotlib module, or an error telling which extra installs it."""
    matplotlib = import_optional_dependency("matplotlib", purpose="plotting")
    import_optional_dependency("matplotlib.figure", purpose="plotting")
    return matplotlib


def _canvas(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    mpl = _matplotlib()
    if ax is not None:
        return ax.figure, ax
    fig = mpl.figure.Figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _short(name: str, width: int = _NAME_WIDTH) -> str:
    name = " ".join(str(name).split())
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def _number(value: float, lang: str) -> str:
    # Indonesian writes a decimal comma, as the explanations do.
    text = f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


class RankingPlot:
    """Plots of one :class:`~mitramatch.Ranking`, reached as ``ranking.plot``.

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
    >>> fig = r.plot.contributions()
    >>> fig.axes[0].get_title()
    'Kontribusi tiap kriteria terhadap skor'
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
        org = self._ranking.profile.organisation.name
        return f"{self._text[key]}: {org}" if org else self._text[key]

    def _head(self, top: int | None) -> int:
        top = check_top(top)
        return len(self._ranking) if top is None else min(top, len(self._ranking))

    def _names(self, n: int) -> list[str]:
        r = self._ranking
        names = r.index.frame["name"].to_numpy()[r.rows[:n]]
        return [f"{k}. {_short(name)}" for k, name in enumerate(names, start=1)]

    # -- the plots -------------------------------------------------------------------------
    def contributions(self, top: int | None = 10, *, ax: Axes | None = None) -> Figure:
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
        """
        r, t = self._ranking, self._text
        n = self._head(top)
        fig, ax = _canvas(ax, (8.5, 1.2 + 0.42 * max(n, 1)))
        # The scores' arrays rather than to_frame(): no explanation sentences are needed here.
        contrib = r.contributions()[:n]
        y = np.arange(n)
        left = np.zeros(n)
        for c, criterion in enumerate(r.query.criteria):
            ax.barh(
                y, contrib[:, c], left=left, height=0.7,
                color=_CRITERION_COLOURS[c % len(_CRITERION_COLOURS)],
                label=criterion.title(self._lang),
            )  # fmt: skip
            left += contrib[:, c]
        for k, total in enumerate(left):
            ax.text(total + 0.005, k, _number(total, self._lang), va="center", fontsize=8)
        ax.set_yticks(y, self._names(n))
        ax.invert_yaxis()  # best first, at the top
        ax.set_xlim(0, max(1.0, float(left.max(initial=0)) + 0.08))
        ax.set_xlabel(t["contrib_x"])
        ax.set_ylabel(t["partner"])
        ax.set_title(self._title("contrib_title"))
        ax.legend(title=t["criterion"], loc="lower right", fontsize=8, title_fontsize=8)
        if n == 0:
            ax.text(0.5, 0.5, t["no_partner"], transform=ax.transAxes, ha="center")
        return fig

    def aspects(self, top: int | None = 10, *, ax: Axes | None = None) -> Figure:
        """Heatmap of partners (rows, best first) by needed aspect (columns) of the fit.

        Columns follow the contract's aspect order and are labelled with the aspect's name
        and its priority; each cell shows the fit in [0, 1].

        Parameters
        ----------
        top : int or None, default 10
            How many of the best partners to draw (None: all in the ranking).
        ax : matplotlib Axes, optional
            Draw here instead of on a new figure.
        """
        r, t, lang = self._ranking, self._text, self._lang
        n = self._head(top)
        aspects = r.profile.aspects
        fig, ax = _canvas(ax, (2.6 + 1.5 * len(aspects) + 2.5, 1.4 + 0.42 * max(n, 1)))
        ax.set_xlabel(t["aspects_x"])
        ax.set_ylabel(t["partner"])
        ax.set_title(self._title("aspects_title"))
        if n == 0:
            ax.text(0.5, 0.5, t["no_partner"], transform=ax.transAxes, ha="center")
            return fig
        fits = r.scores.fits[:n]
        image = ax.imshow(
            fits.reshape(n, len(aspects)), cmap="YlGn", vmin=0.0, vmax=1.0, aspect="auto",
            interpolation="nearest",
        )  # fmt: skip
        for i in range(n):
            for j in range(len(aspects)):
                value = float(fits[i, j])
                ax.text(
                    j, i, _number(value, lang), ha="center", va="center", fontsize=8,
                    color="white" if value > 0.6 else "black",
                )  # fmt: skip
        labels = ASPECT_LABELS[lang]
        ax.set_xticks(
            range(len(aspects)),
            [f"{labels[need.aspect]}\n(P{need.priority})" for need in r.profile.needs],
        )
        ax.set_yticks(range(n), self._names(n))
        fig.colorbar(image, ax=ax, label=t["fit"], fraction=0.05)
        return fig

    def map(self, top: int | None = None, *, annotate: int = 5, ax: Axes | None = None) -> Figure:
        """Scatter of partners by longitude and latitude, coloured by score.

        Partners without coordinates are placed at their regency's representative point
        (drawn with a dark edge); those with neither are left out and counted in a note. The
        organisation is a red star, at its own coordinates or else at its regency's point.

        Parameters
        ----------
        top : int or None
            How many of the best partners to draw (None: all in the ranking).
        annotate : int, default 5
            Write the rank beside the best ``annotate`` partners.
        ax : matplotlib Axes, optional
            Draw here instead of on a new figure.
        """
        r, t = self._ranking, self._text
        n = self._head(top)
        fig, ax = _canvas(ax, (8.0, 6.5))
        rows = r.rows[:n]
        scores = r.scores.total[:n]
        lat, lon = r.index.approx_lat[rows], r.index.approx_lon[rows]
        exact = ~(np.isnan(r.index.lat[rows]) | np.isnan(r.index.lon[rows]))
        placed = np.flatnonzero(~(np.isnan(lat) | np.isnan(lon)))
        # Worst first, so the best partners are drawn on top where points overlap.
        draw = placed[np.argsort(scores[placed], kind="stable")]
        points = ax.scatter(
            lon[draw], lat[draw], c=scores[draw], cmap="viridis", s=46, zorder=2,
            edgecolors=np.where(exact[draw], "white", "black"), linewidths=0.8,
        )  # fmt: skip
        fig.colorbar(points, ax=ax, label=t["score"], fraction=0.05)
        for k in placed[placed < annotate]:
            ax.annotate(
                str(k + 1), (lon[k], lat[k]), xytext=(4, 4), textcoords="offset points",
                fontsize=8, fontweight="bold", zorder=4,
            )  # fmt: skip

        org_lat, org_lon, org_exact = self._organisation_point()
        handles = []
        if not math.isnan(org_lat):
            org = r.profile.organisation.name
            label = t["org"] if org_exact else t["org_approx"]
            handles.append(
                ax.scatter(
                    [org_lon], [org_lat], marker="*", s=420, facecolors="none",
                    edgecolors="#d62728", linewidths=2.0, zorder=5,
                    label=f"{label}: {org}" if org else label,
                )
            )  # fmt: skip
        if len(draw) and not exact[draw].all():
            from matplotlib.lines import Line2D  # matplotlib is known present here

            handles.append(
                Line2D(
                    [], [], linestyle="none", marker="o", markerfacecolor="none",
                    markeredgecolor="black", label=t["approx"],
                )
            )  # fmt: skip
        if handles:
            ax.legend(handles=handles, loc="best", fontsize=8, markerscale=0.7)
        missing = n - len(placed)
        if n == 0:
            ax.text(0.5, 0.5, t["no_partner"], transform=ax.transAxes, ha="center")
        elif missing:
            ax.text(
                0.01, 0.01, t["unplaced"].format(n=missing), transform=ax.transAxes, fontsize=8,
                color="dimgray",
            )  # fmt: skip
        ys = np.concatenate([lat[placed], [org_lat]])
        ys = ys[~np.isnan(ys)]
        if len(ys):
            # Degrees of longitude shrink with latitude: keep distances looking like distances.
            ax.set_aspect(1.0 / math.cos(math.radians(float(np.mean(ys)))), adjustable="datalim")
        ax.set_xlabel(t["lon"])
        ax.set_ylabel(t["lat"])
        ax.set_title(self._title("map_title"))
        ax.grid(True, linewidth=0.3, alpha=0.5)
        return fig

    def _organisation_point(self) -> tuple[float, float, bool]:
        """The organisation's lat, lon and whether they are its own (not a regency centre)."""
        query = self._ranking.query
        if not (math.isnan(query.lat) or math.isnan(query.lon)):
            return query.lat, query.lon, True
        if query.regency is None:
            return math.nan, math.nan, False
        lat, lon = region_table().centroids(np.array([query.regency], dtype=object))
        return float(lat[0]), float(lon[0]), False
