"""One partner's budget shared among organisations, by a rule a funder can defend.

:func:`mitramatch.allocate` shares many partners stably by fit alone: a partner fills the
organisations it fits best first, so a well-matched priority-3 request can take the budget
while a priority-5 one gets a sliver. :func:`allocate_budget` shares *one* partner's capacity
in one aspect (a dana budget; persons, places or participants for the other aspects) by a
rule that weighs need priority as well as fit.

**The rule: priority-weighted coverage with diminishing returns.** A request of amount
``d`` with priority ``p`` whose need the partner fits by ``f`` (the engine's aspect fit) has
the weight ``w = p / 5 * f``. Giving it ``x`` covers the share ``s = x / d`` of it, and each
unit given is worth ``w`` times the part of the request still uncovered, ``2 * w * (1 -
s)``: a Rupiah towards the first part of a critical, well-matched need is worth most, one
towards the last part of a minor need least. The budget ``B`` is shared to maximise the
total worth, ``sum(w * d * (1 - (1 - s)**2))``; that is what giving the budget away in very
small increments, each where it is worth most, converges to, and it has a closed form:
every request gets the share

    s = max(0, 1 - threshold / w)

with one ``threshold`` set so that the grants add up to ``B``. The share depends on the
weight alone (not on the amount asked): a request whose weight does not exceed the
threshold gets nothing, and a higher weight always gets a larger share. Grants are then
rounded down to whole multiples of ``step`` and what rounding left is given out a step at a
time by the same worth. With ``min_grant``, requests whose grant would be below it are
withdrawn, the lightest first, and the budget shared again (a request for less than
``min_grant`` is not held to it).

Whatever the input: no organisation gets more than it asked, the budget is never exceeded,
the result is deterministic (ties go to the higher priority, then the smaller ``org_id``),
and of two requests that differ only in priority the higher one never gets a smaller share.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .allocation import Allocation, allocate
from .amounts import ASPECT_UNITS, amount_text
from .engine import (
    ASPECT_LABELS,
    ROW,
    USEFUL_FIT,
    DirectoryIndex,
    check_lang,
    fmt,
    normalise_aspect,
)
from .exceptions import SchemaError, Text, render
from .funder import PartnerSide, assess, partner_side
from .keys import Findings
from .notebook import html_table
from .plot import decimal_commas, legend_below, literal, new_axes
from .validation import check_scalar

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "STATUSES",
    "Budget",
    "allocate_budget",
    "coverage_worth",
    "default_step",
    "share_budget",
]

STATUSES = ("full", "partial", "none", "below_minimum", "poor_fit", "no_amount", "excluded")


# -- the kernel --------------------------------------------------------------------------------
def coverage_worth(granted: np.ndarray, demand: np.ndarray, weight: np.ndarray) -> float:
    """The rule's objective: ``sum(w * d * (1 - (1 - x/d)**2))``."""
    demand = np.asarray(demand, float)
    share = np.clip(np.asarray(granted, float) / demand, 0.0, 1.0)
    return float(np.sum(np.asarray(weight, float) * demand * (1.0 - (1.0 - share) ** 2)))


def _level_shares(
    demand: np.ndarray, weight: np.ndarray, budget: float
) -> tuple[np.ndarray, float]:
    """The exact shares ``max(0, 1 - t / w)`` with the threshold ``t`` spending exactly
    ``budget``, and ``t`` (0 when every request is met in full)."""
    n = len(demand)
    if n == 0 or math.fsum(demand) <= budget:
        return np.ones(n), 0.0
    order = np.lexsort((np.arange(n), -weight))
    d, w = demand[order], weight[order]
    # With the k heaviest requests served, sum d (1 - t / w) = budget gives t.
    t = (np.cumsum(d) - budget) / np.cumsum(d / w)
    k = int(np.flatnonzero(t >= np.append(w[1:], 0.0))[0])  # request k+1 stays out
    shares = np.zeros(n)
    shares[order] = np.clip(1.0 - t[k] / w, 0.0, 1.0)
    return shares, float(t[k])


def share_budget(
    demand: np.ndarray,
    weight: np.ndarray,
    budget: float,
    *,
    step: float,
    min_grant: float = 0.0,
    priority: np.ndarray | None = None,
) -> np.ndarray:
    """The grants of the rule (module docstring), without validation.

    ``demand`` and ``weight`` are positive; ties of marginal worth go to the higher
    ``priority``, then to the earlier position (order the requests by ``org_id``).

    >>> share_budget(np.array([100.0, 100.0]), np.array([1.0, 0.6]), 100.0, step=1).tolist()
    [63.0, 37.0]
    >>> share_budget(np.array([40.0, 300.0]), np.array([1.0, 1.0]), 170.0, step=10).tolist()
    [20.0, 150.0]
    """
    return _share(demand, weight, budget, step, min_grant, priority)[0]


def _share(demand, weight, budget, step, min_grant, priority) -> tuple[np.ndarray, np.ndarray]:
    """The grants, and which requests stayed in (not withdrawn for ``min_grant``).

    While some grant is below ``min_grant`` (of a request asking more than that), the lightest
    such request (lowest weight, then priority, then the later position) is withdrawn and the
    budget shared again among the others."""
    demand = np.asarray(demand, dtype=float)
    weight = np.asarray(weight, dtype=float)
    priority = np.zeros(len(demand)) if priority is None else np.asarray(priority, float)
    active = np.ones(len(demand), dtype=bool)
    while True:
        x = np.zeros(len(demand))
        x[active] = _rounded(demand[active], weight[active], budget, step, priority[active])
        small = np.flatnonzero(active & (x > 0) & (x < min_grant) & (demand > min_grant))
        if not len(small):
            return x, active
        active[small[np.lexsort((-small, priority[small], weight[small]))[0]]] = False


def _rounded(demand, weight, budget, step, priority) -> np.ndarray:
    """The exact grants rounded down to multiples of ``step`` (a whole request stays whole),
    then what that left given out a step at a time where the next step is worth most."""
    exact = demand * _level_shares(demand, weight, budget)[0]
    x = np.where(exact >= demand, demand, np.minimum(demand, np.floor(exact / step) * step))
    order = np.arange(len(demand))
    while True:
        left = budget - math.fsum(x)
        room = np.minimum(step, demand - x)
        ok = (room > 0) & (room <= left)
        if not ok.any():
            return x
        s0, s1 = x / demand, (x + room) / demand
        worth = weight * demand * ((1 - s0) ** 2 - (1 - s1) ** 2)
        gain = np.where(ok, worth / np.where(ok, room, 1.0), -1.0)
        best = np.lexsort((order, -priority, -gain))[0]
        x[best] = min(demand[best], x[best] + room[best])


def default_step(budget: float, aspect: str) -> float:
    """Grants are multiples of this: 1 for persons, places and participants; for Rupiah the
    largest power of ten at most a thousandth of the budget (Rp 1 juta for Rp 1 M).

    >>> default_step(1e9, "dana"), default_step(2.5e8, "dana"), default_step(20, "program")
    (1000000.0, 100000.0, 1.0)
    """
    if aspect != "dana" or budget < 1000:
        return 1.0
    return float(10 ** math.floor(math.log10(budget / 1000)))


# -- the result --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Request:
    org_id: str
    name: str
    priority: int
    fit: float
    requested: float | None
    status: str  # before sharing: "eligible" or a reason in STATUSES
    reason: str  # for "excluded": the filters, rendered


class Budget:
    """One partner's budget shared among organisations (see :func:`allocate_budget`).

    Attributes
    ----------
    partner_id, partner_name : str
    aspect : str
    budget, step, min_grant, min_fit : float
    threshold : float
        The rule's threshold: a request gets the share ``1 - threshold / weight``, nothing
        when its weight does not exceed it (0 when every eligible request is met in full).
    granted, left : float
        Given out in total, and left over.
    """

    def __init__(
        self,
        frame: pd.DataFrame,
        side: PartnerSide,
        organisations: Any,
        *,
        aspect: str,
        budget: float,
        step: float,
        min_grant: float,
        min_fit: float,
        threshold: float,
        lang: str,
    ) -> None:
        self._frame = frame
        self._side = side
        self._organisations = organisations
        self.partner_id, self.partner_name = side.partner_id, side.name
        self.aspect, self.budget, self.step = aspect, budget, step
        self.min_grant, self.min_fit, self.lang = min_grant, min_fit, lang
        self.threshold = threshold
        self.granted = math.fsum(frame["granted"].fillna(0.0))
        self.left = budget - self.granted

    def to_frame(self) -> pd.DataFrame:
        """One row per organisation asking for the aspect: ``org_id``, ``name``,
        ``priority``, ``fit``, ``weight``, ``requested``, ``granted``, ``amount_unit`` (of
        both: ``rupiah``, ``orang``, ``unit``, ``peserta``), ``share``, ``status``
        (:data:`STATUSES`), ``explanation``; granted first, largest weight first."""
        return self._frame.copy()

    @property
    def critical_unmet(self) -> pd.DataFrame:
        """Critical (priority 5) requests that got nothing, with why."""
        f = self._frame
        return f[(f["priority"] == 5) & (f["granted"].fillna(0) <= 0)][
            ["org_id", "name", "requested", "status", "explanation"]
        ].reset_index(drop=True)

    def amount(self, value: float) -> str:
        return amount_text(value, self.aspect, self.lang)

    def summary(self) -> str:
        """Totals, the rule, and the critical needs left without anything."""
        en = self.lang == "en"
        f = self._frame
        n_got = int((f["granted"] > 0).sum())
        unmet = self.critical_unmet
        who = ", ".join(f"{r.name or r.org_id}" for r in unmet.itertuples(index=False))
        if en:
            text = (
                f"{self.amount(self.granted)} of {self.amount(self.budget)} shared among "
                f"{n_got} of {len(f)} requests ({self.amount(self.left)} left); priority-"
                f"weighted coverage with diminishing returns. "
            )
            return text + (
                f"Critical needs that got nothing: {who}."
                if who
                else "Every critical need got something."
            )
        text = (
            f"{self.amount(self.granted)} dari {self.amount(self.budget)} dibagi ke {n_got} "
            f"dari {len(f)} permintaan (sisa {self.amount(self.left)}); aturan: cakupan "
            f"berbobot prioritas dengan manfaat yang makin berkurang. "
        )
        return text + (
            f"Kebutuhan kritis yang tidak mendapat apa pun: {who}."
            if who
            else "Setiap kebutuhan kritis mendapat bagian."
        )

    # -- against the stable, fit-only allocation ----------------------------------------------
    @cached_property
    def _stable(self) -> Allocation:
        """:func:`mitramatch.allocate` on the same input, computed once."""
        frame = self._side.index.take(np.array([self._side.row])).frame
        frame = frame.drop(columns=[ROW], errors="ignore")
        frame[f"capacity_{self.aspect}"] = self.budget
        kept = {p.org_id: p.profile for p in self._organisations if not p.excluded}
        return allocate(
            DirectoryIndex.build(frame),
            kept,
            aspects=[self.aspect],
            min_fit=self.min_fit,
            lang=self.lang,
        )

    def compare(self) -> pd.DataFrame:
        """This rule against :func:`mitramatch.allocate` (stable, fit only) on the same
        input: the partner alone with ``capacity = budget``, the organisations its supports
        keep, the same ``min_fit``. One row per request: ``org_id``, ``name``, ``priority``,
        ``fit``, ``requested``, ``granted``, ``share``, ``allocate_granted``,
        ``allocate_share``."""
        got = self._stable.requests.set_index("org_id")["allocated"]
        out = self._frame[
            ["org_id", "name", "priority", "fit", "requested", "granted", "share"]
        ].copy()
        out["allocate_granted"] = out["org_id"].map(got).fillna(0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            out["allocate_share"] = out["allocate_granted"] / out["requested"]
        return out

    def comparison_figures(self) -> pd.DataFrame:
        """This rule and :func:`mitramatch.allocate` in figures, one row each: ``given``,
        ``worth`` (the rule's objective as a share of its most, every request met in full),
        ``coverage`` (priority-weighted share of the requests met, ``sum(p * s) / sum(p)``),
        ``critical_unmet`` (priority-5 requests with nothing), ``critical_share`` (their
        mean share) and ``largest_low_priority`` (the largest grant to a request of priority
        3 or less)."""
        c = self.compare()
        rows = c[c["requested"].notna()]
        weight = rows["fit"] * rows["priority"] / 5
        critical = rows["priority"] == 5
        out = []
        for rule, g, s in (
            ("rule", "granted", "share"),
            ("allocate", "allocate_granted", "allocate_share"),
        ):
            share = rows[s].fillna(0.0)
            out.append(
                {
                    "rule": rule,
                    "given": float(rows[g].sum()),
                    "worth": coverage_worth(rows[g], rows["requested"], weight)
                    / float((weight * rows["requested"]).sum()),
                    "coverage": float((rows["priority"] * share).sum() / rows["priority"].sum()),
                    "critical_unmet": int((critical & (rows[g] <= 0)).sum()),
                    "critical_share": float(share[critical].mean()) if critical.any() else math.nan,
                    "largest_low_priority": float(rows.loc[rows["priority"] <= 3, g].max())
                    if (rows["priority"] <= 3).any()
                    else 0.0,
                }
            )
        return pd.DataFrame(out)

    def comparison_summary(self) -> str:
        """:meth:`comparison_figures` in two sentences."""
        lines = []
        for f in self.comparison_figures().itertuples(index=False):
            name = {
                "rule": ("this rule", "aturan ini"),
                "allocate": ("allocate (stable, fit only)", "allocate (stabil, hanya kecocokan)"),
            }[f.rule]
            mean = "-" if math.isnan(f.critical_share) else f"{f.critical_share:.0%}"
            low = self.amount(f.largest_low_priority)
            lines.append(
                Text(
                    f"{name[0]}: {self.amount(f.given)} given; priority-weighted coverage "
                    f"{f.coverage:.0%}; {f.critical_unmet} critical request(s) with nothing; "
                    f"critical requests get {mean} of what they asked on average; largest "
                    f"grant to a request of priority 3 or less {low}",
                    f"{name[1]}: {self.amount(f.given)} dibagikan; cakupan berbobot prioritas "
                    f"{f.coverage:.0%}; {f.critical_unmet} permintaan kritis tanpa bagian; "
                    f"permintaan kritis rata-rata mendapat {mean} dari yang diminta; hibah "
                    f"terbesar untuk prioritas 3 ke bawah {low}",
                ).render(self.lang)
            )
        return "\n".join(lines)

    # -- pictures ------------------------------------------------------------------------------
    def plot(self, *, compare: bool = True, ax: Axes | None = None) -> Axes:
        """Each request as a bar: what it asked (light), what this rule grants (dark), and
        with ``compare`` what :func:`mitramatch.allocate` grants (a black mark); labelled by
        name and priority, in the result's language. Needs matplotlib (``[plot]``).

        Draws on ``ax`` or a new pyplot figure and returns the ``Axes``, as every plot in
        mitramatch does (:mod:`mitramatch.plot`)."""
        f = self.compare() if compare else self._frame
        f = f[f["requested"].notna()].iloc[::-1]
        ax = new_axes(ax, (9, 0.45 * len(f) + 2.0))
        en = self.lang == "en"
        scale, unit = (1e6, "juta" if not en else "million") if self.aspect == "dana" else (1, "")
        y = np.arange(len(f))
        ax.barh(y, f["requested"] / scale, color="#d9e3f2", label="requested" if en else "diminta")
        ax.barh(
            y,
            f["granted"] / scale,
            height=0.5,
            color="#2a6fdb",
            label="this rule" if en else "aturan ini",
        )
        if compare:
            ax.scatter(
                f["allocate_granted"] / scale,
                y,
                marker="D",
                s=28,
                color="black",
                zorder=3,
                label="allocate (fit only)" if en else "allocate (kecocokan saja)",
            )
        names = [f"{literal(n, 34)} (P{p})" for n, p in zip(f["name"], f["priority"])]
        ax.set_yticks(y, names)
        label = ASPECT_LABELS[self.lang][self.aspect]
        what = f"Rp {unit}" if self.aspect == "dana" else ASPECT_UNITS[self.lang][self.aspect]
        ax.set_xlabel(f"{label} ({what})")
        decimal_commas(ax.xaxis, self.lang)
        ax.set_title(
            f"{literal(self.partner_name, 70)}\n{self.amount(self.budget)} "
            + ("shared by priority and fit" if en else "dibagi menurut prioritas dan kecocokan")
        )
        legend_below(ax, ncol=3)
        ax.grid(axis="x", alpha=0.3)
        return ax

    def __repr__(self) -> str:
        return (
            f"<Budget {self.amount(self.granted)} of {self.amount(self.budget)} from "
            f"{self.partner_name!r} over {len(self._frame)} requests>"
        )

    def _repr_html_(self) -> str:
        shown = self._frame.drop(columns=["explanation", "weight"])
        table = html_table(
            shown,
            self.lang,
            formats={"requested": self.amount, "granted": self.amount, "share": "{:.0%}".format},
        )
        return f"<div><p><b>{html.escape(self.summary())}</b></p>{table}</div>"


# -- the public function -----------------------------------------------------------------------
def allocate_budget(
    partners: str | Path | pd.DataFrame | DirectoryIndex | None,
    organisations: Any,
    *,
    partner: str | None = None,
    partner_profile: str | Path | Mapping[str, Any] | None = None,
    budget: float | str | None = None,
    aspect: str = "dana",
    step: float | str | None = None,
    min_grant: float | str = 0.0,
    min_fit: float = USEFUL_FIT,
    lang: str = "id",
    supports: Mapping[str, Any] | None = None,
) -> Budget:
    """Share one partner's capacity in one aspect among organisations (module docstring).

    Parameters
    ----------
    partners, organisations, partner, partner_profile
        As for :func:`mitramatch.rank_organisations`.
    budget : number or Rupiah text, optional
        What there is to share (``"Rp 1 M"``, ``500_000_000``, ``20``); default the
        partner's ``capacity_<aspect>``.
    aspect : str, default "dana"
        The aspect shared; requests are the organisations' ``quantity`` of that need.
    step : number or text, optional
        Grants are multiples of it (see :func:`default_step`).
    min_grant : number or text, default 0
        No grant is smaller: requests whose grant would be are withdrawn, the lightest first
        (a request for less than this is not held to it).
    min_fit : float, default 0.3
        A request whose need the partner fits less is not considered (as in
        :func:`mitramatch.allocate`).
    lang : {"id", "en"}
    supports : dict, optional
        What the partner supports, as for :func:`mitramatch.rank_organisations`.

    Examples
    --------
    >>> partners = pd.DataFrame({"partner_id": ["CSR"], "name": ["TJSL PT Contoh"],
    ...     "sector": ["swasta"], "offers_dana": ["hibah modal usaha"]})
    >>> need = lambda p, q: {"needs": {"dana": {"priority": p, "quantity": q,
    ...                                         "description": "modal usaha"}}}
    >>> b = allocate_budget(partners, {"A": need(5, "Rp 60 juta"), "B": need(3, "Rp 60 juta")},
    ...                     partner="CSR", budget="Rp 60 juta")
    >>> b.to_frame()[["org_id", "granted"]].values.tolist()
    [['A', 37500000.0], ['B', 22500000.0]]
    """
    check_lang(lang)
    aspect = normalise_aspect(aspect, where="aspect")
    min_fit = check_scalar(min_fit, "min_fit", low=0.0, high=1.0)
    side = partner_side(
        partners, partner=partner, partner_profile=partner_profile, supports=supports
    )
    if not side.offers(aspect):
        label = ASPECT_LABELS["en"][aspect]
        raise SchemaError(
            Text(
                f"{side.name} offers nothing in {aspect} ({label}): offers_{aspect} is empty; fill "
                "it in or choose another aspect",
                f"{side.name} tidak menawarkan {aspect}: offers_{aspect} kosong; isi dulu atau "
                "pilih aspek lain",
            )
        )
    total = _amount(budget, "budget") if budget is not None else side.capacity(aspect)
    if math.isnan(total) or total <= 0:
        raise SchemaError(
            Text(
                f"no budget: {side.name} has no capacity_{aspect}; give budget (--budget), e.g. "
                '"Rp 1 M"',
                f"anggaran belum ada: {side.name} tidak punya capacity_{aspect}; isi budget "
                '(--budget), mis. "Rp 1 M"',
            )
        )
    step = default_step(total, aspect) if step is None else _amount(step, "step")
    if step <= 0:
        raise ValueError(f"step must be above zero; got {step!r}")
    min_grant = _amount(min_grant, "min_grant")
    pairs = assess(side, organisations)
    requests = [_request(p, aspect, min_fit, lang) for p in pairs if aspect in p.profile.aspects]
    if not requests:
        raise SchemaError(
            Text(
                f"no organisation asks for {aspect}", f"tidak ada organisasi yang meminta {aspect}"
            )
        )
    ok = [r for r in requests if r.status == "eligible"]
    ok.sort(key=lambda r: r.org_id)
    demand = np.array([r.requested for r in ok], dtype=float)
    weight = np.array([r.fit * r.priority / 5 for r in ok])
    priority = np.array([r.priority for r in ok], dtype=float)
    x, active = _share(demand, weight, total, step, min_grant, priority)
    threshold = _level_shares(demand[active], weight[active], total)[1]
    granted = {r.org_id: float(v) for r, v in zip(ok, x)}
    rows = []
    unit = ASPECT_UNITS["id"][aspect]  # of requested and granted (data contract)
    for r in requests:
        g = granted.get(r.org_id)
        status = r.status
        if status == "eligible":
            if g > 0:
                status = "full" if g >= r.requested else "partial"
            else:
                status = "none" if active[ok.index(r)] else "below_minimum"
        w = r.fit * r.priority / 5
        rows.append(
            {
                "org_id": r.org_id,
                "name": r.name,
                "priority": r.priority,
                "fit": r.fit,
                "weight": round(w, 12),
                "requested": r.requested,
                "granted": g if g is not None else 0.0,
                "amount_unit": unit,
                "share": (g / r.requested) if g is not None and r.requested else 0.0,
                "status": status,
            }
        )
    frame = pd.DataFrame(rows)
    result = Budget(
        frame,
        side,
        pairs,
        aspect=aspect,
        budget=total,
        step=step,
        min_grant=min_grant,
        min_fit=min_fit,
        threshold=threshold,
        lang=lang,
    )
    frame["explanation"] = [
        _sentence(r, g, status, result)
        for r, g, status in zip(requests, frame["granted"], frame["status"])
    ]
    order = frame["status"].map({s: i for i, s in enumerate(STATUSES)})
    keys = pd.DataFrame({"order": order, "weight": -frame["weight"], "org_id": frame["org_id"]})
    result._frame = frame.loc[keys.sort_values(list(keys)).index].reset_index(drop=True)
    return result


def _amount(value: Any, name: str) -> float:
    """A non-negative amount option (number or Rupiah text), or a clear error."""
    found = Findings(Text("options", "opsi"))
    number = found.amount(
        value,
        name,
        'a non-negative amount such as "Rp 1 M"',
        'jumlah tidak negatif seperti "Rp 1 M"',
    )
    found.raise_if_any(None)
    return number


def _request(pair: Any, aspect: str, min_fit: float, lang: str) -> _Request:
    need = pair.profile.need(aspect)
    fit = pair.fit(aspect)
    name = pair.profile.organisation.name or pair.org_id
    reason = ""
    if pair.excluded:
        status, reason = "excluded", "; ".join(render(t, lang) for t in pair.excluded)
    elif need.quantity is None or need.quantity <= 0:
        status = "no_amount"
    elif fit < min_fit or fit <= 0:
        status = "poor_fit"
    else:
        status = "eligible"
    return _Request(pair.org_id, name, need.priority, fit, need.quantity, status, reason)


def _sentence(r: _Request, granted: float, status: str, b: Budget) -> str:
    """Why a request got what it got, in one sentence (``b``: the budget's settings)."""
    lang = b.lang
    label = ASPECT_LABELS[lang][b.aspect]
    weight = r.fit * r.priority / 5
    w, t, fit = fmt(weight, lang), fmt(b.threshold, lang), fmt(r.fit, lang)
    asked = b.amount(r.requested) if r.requested else ""
    share = f"{granted / r.requested:.0%}" if r.requested else ""
    texts = {
        "full": (
            f"Gets its whole request, {b.amount(granted)}: weight {w} = priority "
            f"{r.priority}/5 x fit {fit}, and the budget covers it in full.",
            f"Mendapat seluruh permintaannya, {b.amount(granted)}: bobot {w} = prioritas "
            f"{r.priority}/5 x kecocokan {fit}, dan anggaran cukup untuk seluruhnya.",
        ),
        "partial": (
            f"Gets {b.amount(granted)} of the {asked} asked ({share}): weight {w} = priority "
            f"{r.priority}/5 x fit {fit}; share = 1 - threshold {t} / weight {w}.",
            f"Mendapat {b.amount(granted)} dari {asked} yang diminta ({share}): bobot {w} = "
            f"prioritas {r.priority}/5 x kecocokan {fit}; porsi = 1 - ambang {t} / bobot {w}.",
        ),
        "none": (
            f"Gets nothing: its weight {w} (priority {r.priority}/5 x fit {fit}) does not exceed "
            f"the budget's threshold {t}; more urgent or better-matched requests came first.",
            f"Tidak mendapat bagian: bobotnya {w} (prioritas {r.priority}/5 x kecocokan {fit}) "
            f"tidak melebihi ambang anggaran {t}; kebutuhan yang lebih mendesak atau lebih cocok "
            "didahulukan.",
        ),
        "below_minimum": (
            f"Gets nothing: its share would be below the minimum grant of "
            f"{b.amount(b.min_grant)}, so it went to the others.",
            f"Tidak mendapat bagian: bagiannya di bawah hibah minimum {b.amount(b.min_grant)}, "
            "jadi dialihkan ke organisasi lain.",
        ),
        "poor_fit": (
            f"Not considered: your offer fits its {label} need poorly (fit {fit}, below "
            f"{fmt(b.min_fit, lang)}).",
            f"Tidak dipertimbangkan: tawaran Anda kurang cocok dengan kebutuhan {label} "
            f"organisasi ini (kecocokan {fit}, kurang dari {fmt(b.min_fit, lang)}).",
        ),
        "no_amount": (
            f"Not considered: it does not say how much {label} it asks for "
            f"(need_{b.aspect}_quantity).",
            f"Tidak dipertimbangkan: jumlah {label} yang diminta tidak disebut "
            f"(need_{b.aspect}_quantity).",
        ),
        "excluded": (f"Not considered: {r.reason}.", f"Tidak dipertimbangkan: {r.reason}."),
    }
    return Text(*texts[status]).render(lang)
