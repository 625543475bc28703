"""Allocation across many organisations: partners with limited capacity, shared stably.

Partners have limited capacity per aspect (a BLK hosts 20 apprentices, a CSR fund has Rp 500
juta, a workshop takes 3 graduates). :func:`allocate` assigns partners to organisations per
aspect so capacities are never exceeded and the result is stable: organisation-proposing
deferred acceptance with quantities (Baiou and Balinski's stable allocation). For every
acceptable pair, either the organisation is fully served by partners it likes at least as much,
or the partner is full with organisations it likes at least as much; with unit demands and
capacities this is exactly hospital-resident stability.
"""

from __future__ import annotations

import html
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .amounts import ASPECT_UNITS, amount_text
from .engine import (
    ASPECT_LABELS,
    ASPECTS,
    USEFUL_FIT,
    DirectoryIndex,
    as_organisations,
    check_lang,
    fmt,
    normalise_aspect,
    prepare_many,
    score,
)
from .exceptions import SchemaError
from .notebook import html_table
from .output import ORG_NAME, PARTNER_REGENCY, regency_names
from .ranking import as_index
from .reciprocal import reciprocal_values
from .validation import check_choice, check_scalar

__all__ = ["Allocation", "allocate", "stable_allocation"]

#: A pair is acceptable only from this aspect fit on (below it, as in the explanations, the
#: need counts as a gap: sending that partner would not help).
ALLOCATE_MIN_FIT = USEFUL_FIT


def stable_allocation(
    demand: np.ndarray,
    capacity: np.ndarray,
    org_key: np.ndarray,
    partner_key: np.ndarray,
) -> np.ndarray:
    """Organisation-proposing deferred acceptance with quantities (a stable allocation).

    The kernel behind :func:`allocate`, without validation. Organisation ``o`` wants
    ``demand[o]`` units, partner ``p`` has ``capacity[p]``; ``org_key[o, p]`` is how much ``o``
    likes ``p`` and ``partner_key[o, p]`` how much ``p`` likes ``o`` (higher is better, ties to
    the smaller index; NaN in ``org_key`` = not acceptable). Demands may be split over
    partners. Each organisation proposes its whole unmet demand to the best partner that has
    not rejected it; a partner over capacity cuts the organisations it likes least until it
    fits, and a cut (even partial) is a rejection.

    The result ``x`` (organisations x partners) is feasible and *stable* in the sense of
    Baiou and Balinski (2002): for every acceptable pair ``(o, p)``, either ``o`` is fully
    served by partners it likes at least as much as ``p``, or ``p`` is full with organisations
    it likes at least as much as ``o``. With unit demands and capacities this is exactly the
    hospitals/residents stability of Gale and Shapley. It is the organisation-optimal one.

    >>> x = stable_allocation(np.array([2.0, 2.0]), np.array([3.0]),
    ...                       np.array([[0.9], [0.8]]), np.array([[0.5], [0.7]]))
    >>> x.ravel().tolist()
    [1.0, 2.0]
    """
    n_org, n_par = org_key.shape
    x = np.zeros((n_org, n_par))
    scale = max(1.0, float(np.max(demand, initial=0.0)), float(np.max(capacity, initial=0.0)))
    tol = 1e-9 * scale
    prefs = []
    for o in range(n_org):
        ok = np.flatnonzero(~np.isnan(org_key[o]) & (capacity > tol))
        prefs.append(ok[np.lexsort((ok, -org_key[o, ok]))])
    # rank_of[o, p]: position of o in p's preference (0 = best); ties to the smaller index.
    rank_of = np.empty((n_org, n_par), dtype=np.int64)
    for p in range(n_par):
        order = np.lexsort((np.arange(n_org), -np.nan_to_num(partner_key[:, p], nan=-np.inf)))
        rank_of[order, p] = np.arange(n_org)
    pointer = np.zeros(n_org, dtype=np.int64)
    deficit = np.asarray(demand, dtype=float).copy()
    load = np.zeros(n_par)
    held: list[set[int]] = [set() for _ in range(n_par)]
    queue = deque(o for o in range(n_org) if deficit[o] > tol and len(prefs[o]))
    while queue:
        o = queue.popleft()
        while deficit[o] > tol and pointer[o] < len(prefs[o]):
            p = int(prefs[o][pointer[o]])
            x[o, p] += deficit[o]
            load[p] += deficit[o]
            deficit[o] = 0.0
            held[p].add(o)
            excess = load[p] - capacity[p]
            if excess <= tol:
                continue
            for worst in sorted(held[p], key=lambda q: -rank_of[q, p]):
                cut = min(excess, x[worst, p])
                x[worst, p] -= cut
                load[p] -= cut
                deficit[worst] += cut
                excess -= cut
                if x[worst, p] <= tol:
                    x[worst, p] = 0.0
                    held[p].discard(worst)
                # A cut is a rejection: p is full with organisations it likes at least as much.
                if pointer[worst] < len(prefs[worst]) and prefs[worst][pointer[worst]] == p:
                    pointer[worst] += 1
                if worst != o and deficit[worst] > tol:
                    queue.append(worst)
                if excess <= tol:
                    break
    x[x <= tol] = 0.0
    return x


class Allocation:
    """Partners shared among organisations, per aspect, within capacities and stably.

    Attributes
    ----------
    requests : DataFrame
        One row per (organisation, needed aspect): ``org_id``, ``aspect``, ``priority``,
        ``demand``, ``allocated``, ``share`` (allocated / demand), ``n_candidates``.
    total_fit : float
        Sum over requests of the fit-weighted served share: ``sum(fit * amount / demand)``;
        a request fully served by partners of fit 1 adds 1.
    critical_unmet : DataFrame
        The priority-5 requests that got nothing (``org_id``, ``aspect``, ``n_candidates``).
    """

    STABILITY = (
        "stable allocation (Baiou-Balinski): for every acceptable organisation-partner pair, "
        "the organisation is fully served by partners it likes at least as much, or the "
        "partner is full with organisations it likes at least as much"
    )

    def __init__(
        self, frame: pd.DataFrame, requests: pd.DataFrame, capacities: pd.DataFrame, lang: str
    ) -> None:
        self._frame = frame
        self.requests = requests
        #: partner_id, aspect, capacity (units), capacity_known, used
        self.capacities = capacities
        self.lang = lang
        self.total_fit = float((frame["fit"] * frame["share"]).sum())
        critical = requests[(requests["priority"] == 5) & (requests["allocated"] <= 0)]
        self.critical_unmet = critical[["org_id", "aspect", "n_candidates"]].reset_index(drop=True)

    @property
    def n_critical_unmet(self) -> int:
        """How many organisations got nothing for at least one critical (priority 5) need."""
        return int(self.critical_unmet["org_id"].nunique())

    def to_frame(self) -> pd.DataFrame:
        """One row per (organisation, aspect, partner) with an amount: ``org_id``,
        ``org_name``, ``aspect``, ``partner_id``, ``fit``, ``amount`` with its
        ``amount_unit`` (the aspect's: ``rupiah``, ``orang``, ``unit``, ``peserta``), then
        ``name`` and ``partner_regency`` (the partner's name and kabupaten/kota) and
        ``share`` (amount / the organisation's demand)."""
        return self._frame.copy()

    def summary(self) -> str:
        """Totals and the organisations left without a critical need, in one paragraph."""
        en = self.lang == "en"
        served = int((self.requests["allocated"] > 0).sum())
        n = len(self.requests)
        who = ", ".join(
            f"{r.org_id} ({ASPECT_LABELS[self.lang][r.aspect]})"
            for r in self.critical_unmet.itertuples(index=False)
        )
        if en:
            text = (
                f"{served} of {n} requests served by {len(self._frame)} assignments; total fit "
                f"{fmt(self.total_fit, 'en')}. "
            )
            text += (
                f"{self.n_critical_unmet} organisation(s) got nothing for a critical need: {who}."
                if who
                else "Every critical need got something."
            )
        else:
            text = (
                f"{served} dari {n} permintaan terlayani lewat {len(self._frame)} penugasan; total "
                f"kecocokan {fmt(self.total_fit, 'id')}. "
            )
            text += (
                f"{self.n_critical_unmet} organisasi tidak mendapat apa pun untuk kebutuhan "
                f"kritis: {who}."
                if who
                else "Setiap kebutuhan kritis mendapat mitra."
            )
        return text

    def __repr__(self) -> str:
        return (
            f"<Allocation {len(self._frame)} assignments for "
            f"{self.requests['org_id'].nunique()} organisations; total fit {self.total_fit:.3f}; "
            f"{self.n_critical_unmet} without a critical need>"
        )

    def _repr_html_(self) -> str:
        shown = self._frame.copy()
        shown["amount"] = [
            amount_text(v, a, self.lang) for v, a in zip(shown["amount"], shown["aspect"])
        ]
        table = html_table(shown, self.lang, formats={"share": lambda v: f"{v:.0%}"})
        return f"<div><p><b>{html.escape(self.summary())}</b></p>{table}</div>"


def allocate(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    organisations: Any,
    *,
    aspects: Sequence[str] | None = None,
    min_fit: float = ALLOCATE_MIN_FIT,
    default_capacity: float | None = None,
    partner_preference: str = "fit",
    lang: str = "id",
) -> Allocation:
    """Share partners with limited capacity among many organisations, per aspect, stably.

    For each aspect separately (capacities are per aspect):

    * a pair (organisation, partner) is *acceptable* when the partner offers the aspect
      (``offers_<aspect>`` filled), passes the organisation's filters, and its aspect fit is at
      least ``min_fit``;
    * the organisation's *demand* is its need quantity (in the aspect's unit), 1 unit when no
      quantity is given; a quantity of 0 asks for nothing and is skipped;
    * the partner's *capacity* is ``capacity_<aspect>``; when unknown, ``default_capacity``
      if given, else the largest demand among the organisations that find it acceptable:
      enough to serve any one of them fully (the "one organisation" default);
    * organisations prefer partners by aspect fit; partners prefer organisations by the same
      fit (``partner_preference="fit"``) or by the partner -> organisation score of
      :func:`reciprocal_scores` (``"mutual"``); ties go to the higher priority, then to the
      smaller id.

    :func:`stable_allocation` then assigns amounts (a demand may be split over partners):
    capacities are never exceeded and no organisation and partner would both rather trade
    (see there for the precise stability notion).

    Parameters
    ----------
    partners : path, DataFrame or DirectoryIndex
    organisations : batch file, DataFrame, OrganisationBatch, dict or list
        As for :func:`~mitramatch.rank_many`: a batch file or table in the contract's layout,
        a dict ``{org_id: profile}``, or a list of profiles (ids ``"1"``, ``"2"``, ...).
    aspects : list of str, optional
        Allocate only these aspects (default: all needed ones).
    min_fit : float in [0, 1], default 0.3
        Least aspect fit of an acceptable pair (:data:`ALLOCATE_MIN_FIT`).
    default_capacity : float > 0, optional
        Capacity of a partner whose ``capacity_<aspect>`` is empty (default: the largest
        demand among the organisations that find it acceptable).
    partner_preference : {"fit", "mutual"}, default "fit"
        How partners rank organisations: by the same aspect fit, or by the partner ->
        organisation score of :func:`~mitramatch.reciprocal_scores`.
    lang : {"id", "en"}
        Language of the summary.

    Returns
    -------
    Allocation
        The assignments (:meth:`Allocation.to_frame`), requests, capacities and the critical
        needs left unmet.

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["BLK"], "name": ["BLK Palembang"], "sector": ["pemerintah"],
    ...     "offers_tenaga": ["instruktur menjahit"], "capacity_tenaga": [3]})
    >>> orgs = {"A": {"needs": {"tenaga": {"priority": 5, "quantity": 2,
    ...                                    "description": "instruktur menjahit"}}},
    ...         "B": {"needs": {"tenaga": {"priority": 4, "quantity": 2,
    ...                                    "description": "instruktur menjahit"}}}}
    >>> result = allocate(partners, orgs)
    >>> result.to_frame()[["org_id", "partner_id", "amount"]].values.tolist()
    [['A', 'BLK', 2.0], ['B', 'BLK', 1.0]]
    """
    check_lang(lang)
    min_fit = check_scalar(min_fit, "min_fit", low=0.0, high=1.0)
    check_choice(partner_preference, "partner_preference", ("fit", "mutual"))
    check_scalar(default_capacity, "default_capacity", low=0.0, include_low=False,
                 allow_none=True)  # fmt: skip
    wanted = (
        ASPECTS
        if aspects is None
        else tuple(dict.fromkeys(normalise_aspect(a, where="aspects") for a in aspects))
    )
    index = as_index(partners)
    batch = as_organisations(organisations)
    if not len(batch):
        raise SchemaError("no organisations to allocate")
    ids = list(batch.ids)
    duplicated = sorted({o for o in ids if ids.count(o) > 1})
    if duplicated:
        raise SchemaError(f"duplicated org_id: {', '.join(duplicated)}")

    n_par = len(index)
    names = [profile.organisation.name for profile in batch]
    regencies = regency_names(index.regency)
    org_rank = np.argsort(np.argsort(np.array(ids, dtype=str), kind="stable"))
    # Per aspect: fit and partner's key per (organisation, partner); NaN = not acceptable.
    fit = {a: np.full((len(batch), n_par), np.nan) for a in wanted}
    back = {a: np.full((len(batch), n_par), np.nan) for a in wanted}
    request_rows = []
    for o, (org_id, query) in enumerate(zip(ids, prepare_many(index, list(batch)))):
        profile = query.profile
        scores = score(index, query)
        mutual = (
            reciprocal_values(index, query, scores)[:, 1]
            if partner_preference == "mutual"
            else None
        )
        for j, need in enumerate(profile.needs):
            if need.aspect not in wanted:
                continue
            demand = 1.0 if need.quantity is None else float(need.quantity)
            col = ASPECTS.index(need.aspect)
            f = scores.fits[:, j]
            ok = index.offered[scores.rows, col] & (f >= min_fit) & (f > 0)
            rows = scores.rows[ok]
            fit[need.aspect][o, rows] = f[ok]
            # Partner's key: its preference value (to 6 decimals), then the need's priority,
            # as one sortable number (priority * 1e-8 < the 1e-6 step of the value).
            value = f[ok] if mutual is None else mutual[ok]
            back[need.aspect][o, rows] = np.round(value, 6) + need.priority * 1e-8
            request_rows.append((org_id, need.aspect, need.priority, demand, int(ok.sum()), o))
    requests = pd.DataFrame(
        request_rows,
        columns=["org_id", "aspect", "priority", "demand", "n_candidates", "_o"],
    )
    requests = requests[requests["demand"] > 0].reset_index(drop=True)
    assignments = []
    capacities = []
    allocated = np.zeros(len(requests))
    for aspect in wanted:
        mine = requests[requests["aspect"] == aspect]
        if mine.empty:
            continue
        o_idx = mine["_o"].to_numpy()
        demand = mine["demand"].to_numpy(float)
        key = fit[aspect][o_idx]
        used_cols = np.flatnonzero((~np.isnan(key)).any(axis=0))
        # The kernel breaks ties by position: order partners by partner_id.
        used_cols = used_cols[np.argsort(index.id_rank[used_cols], kind="stable")]
        key = key[:, used_cols]
        pkey = back[aspect][o_idx][:, used_cols]
        cap = index.capacity[used_cols, ASPECTS.index(aspect)].copy()
        unknown = np.isnan(cap)
        if default_capacity is not None:
            cap[unknown] = default_capacity
        else:
            largest = np.where(~np.isnan(key), demand[:, None], 0.0).max(axis=0, initial=0.0)
            cap[unknown] = largest[unknown]
        # Ties between organisations in a partner's view go to the smaller org_id: the kernel
        # breaks ties by position, so order positions by org_id.
        order = np.argsort(org_rank[o_idx], kind="stable")
        x = np.zeros_like(key)
        x[order] = stable_allocation(demand[order], cap, key[order], pkey[order])
        allocated[mine.index.to_numpy()] = x.sum(axis=1)
        for i, c in zip(*np.nonzero(x)):
            row = int(used_cols[c])
            assignments.append(
                (
                    ids[o_idx[i]],
                    names[o_idx[i]],
                    aspect,
                    str(index.partner_id[row]),
                    float(key[i, c]),
                    float(x[i, c]),
                    ASPECT_UNITS["id"][aspect],
                    str(index.cell("name", row)),
                    regencies[row],
                    float(x[i, c] / demand[i]),
                    ASPECTS.index(aspect),
                    int(org_rank[o_idx[i]]),
                )
            )
        for c, row in enumerate(used_cols):
            capacities.append(
                (str(index.partner_id[row]), aspect, float(cap[c]), not unknown[c],
                 float(x[:, c].sum()))
            )  # fmt: skip
    frame = pd.DataFrame(
        assignments,
        columns=[
            "org_id", ORG_NAME, "aspect", "partner_id", "fit", "amount", "amount_unit", "name",
            PARTNER_REGENCY, "share", "_a", "_o",
        ],
    )  # fmt: skip
    frame = (
        frame.sort_values(["_o", "_a", "fit", "partner_id"], ascending=[True, True, False, True])
        .drop(columns=["_a", "_o"])
        .reset_index(drop=True)
    )
    requests["allocated"] = allocated
    with np.errstate(divide="ignore", invalid="ignore"):
        requests["share"] = np.clip(allocated / requests["demand"].to_numpy(float), 0.0, 1.0)
    requests = requests[
        ["org_id", "aspect", "priority", "demand", "allocated", "share", "n_candidates"]
    ]
    caps = pd.DataFrame(
        capacities, columns=["partner_id", "aspect", "capacity", "capacity_known", "used"]
    )
    return Allocation(frame, requests, caps, lang)
