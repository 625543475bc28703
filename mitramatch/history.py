"""Track record from the partnerships that actually ran: a criterion under the contract.

The built-in ``track_record`` reads two directory columns (years active, partnerships
completed) that partners fill in about themselves. :class:`HistoryTrackRecord` reads a
partnership register instead: how many partnerships with the partner were completed, what
share of them were rated well, and how recently the last one ran.

The built-in criterion cannot be unregistered, so the history enters as its own criterion,
``track_record_history`` (default weight 0: passing it alone changes nothing), and a profile
moves the weight over: ``[weights] track_record = 0, track_record_history = 0.10``.
:meth:`HistoryTrackRecord.apply_to` does that for a profile. No engine change is needed.

>>> import mitramatch as mm
>>> history = mm.HistoryTrackRecord(pd.DataFrame({
...     "Organisasi": ["PKBM A", "PKBM B"], "Mitra": ["LKP Citra Busana"] * 2,
...     "Tanggal Mulai": ["01/02/2022", "01/03/2024"],
...     "Tanggal Selesai": ["01/08/2022", "01/09/2024"],
...     "Status": ["selesai", "selesai"], "Nilai": ["5", "4"]}))
>>> partners = pd.DataFrame({"partner_id": ["P1", "P2"], "sector": ["masyarakat"] * 2,
...     "name": ["Lembaga Kursus dan Pelatihan Citra Busana", "LKP Lain"],
...     "offers_tenaga": ["instruktur menjahit", "instruktur menjahit"]})
>>> profile = history.apply_to(mm.load_needs(
...     {"needs": {"tenaga": {"priority": 5, "description": "instruktur jahit"}}}))
>>> r = mm.rank(partners, profile, criteria=[history])
>>> r.to_frame()[["partner_id", "score_track_record_history"]].values.tolist()
[['P1', 0.721646], ['P2', 0.5]]
>>> r.explain("P1").sentence  # doctest: +ELLIPSIS
'...2 kemitraan selesai sejak 2022, 2 dinilai baik...'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .dates import parse_date
from .engine import NEUTRAL, Criterion, DirectoryIndex, NeedsProfile, Query
from .register import GOOD_RATING, LOW_RATING, Register, load_register

__all__ = ["HistoryTrackRecord"]


class HistoryTrackRecord(Criterion):
    """Sustainability from a partnership register (see the module docstring).

    For a partner with history (rows of the register linked to it by ``partner_id`` or by
    name): *quality* is the mean of its ratings mapped to [0, 1] (``(rating - 1) / 4``),
    shrunk towards 0.5 as if one more partnership had been rated 3, with a cancelled one
    counting as rated 1; *experience* is ``1 - exp(-completed / 3)``; *recency* is
    ``0.5 ** (years since the last one ended / 3)``. The score is ``0.6 quality + 0.25
    experience + 0.15 recency``. A partner without history scores neutral 0.5.

    Parameters
    ----------
    register : Register, path or DataFrame
    as_of : date, optional
        "Today" for recency; by default the latest date in the register, so that the same
        register always gives the same scores.
    """

    name = "track_record_history"
    label: ClassVar = {"id": "rekam jejak (riwayat)", "en": "track record (history)"}
    policy = "A partner with no partnership in the register scores neutral 0.5."
    default_weight = 0.0
    cost = 1.0
    QUALITY, EXPERIENCE, RECENCY = 0.6, 0.25, 0.15
    COUNT_SCALE, HALF_LIFE_YEARS = 3.0, 3.0

    def __init__(self, register: Any, *, as_of: Any = None) -> None:
        self.register: Register = load_register(register)
        day = parse_date(as_of) if as_of is not None else self.register.latest
        self.as_of = day if day is not None else pd.Timestamp.today().normalize()

    def __repr__(self) -> str:
        return f"HistoryTrackRecord({self.register!r})"

    def apply_to(self, profile: NeedsProfile, weight: float | None = None) -> NeedsProfile:
        """``profile`` with ``track_record``'s weight moved to this criterion (or ``weight``)."""
        weights = dict(profile.weights)
        moved = weights.get("track_record", 0.1) if weight is None else float(weight)
        weights["track_record"] = 0.0
        weights[self.name] = moved
        return replace(profile, weights=weights)

    # -- per partner, once per index ---------------------------------------------------------
    def stats(self, index: DirectoryIndex) -> pd.DataFrame:
        """Per partner of ``index``: ``completed``, ``rated``, ``rated_well``, ``rated_low``,
        ``cancelled``, ``since`` (year of the first), ``last`` (date of the last end) and
        ``score``."""
        return index.memo(("track_record_history", id(self)), lambda: self._stats(index))

    def _stats(self, index: DirectoryIndex) -> pd.DataFrame:
        f = self.register.frame
        at = self.register.partner_positions(index)
        n = len(index)
        linked = at >= 0
        pos = at[linked]
        status = f["status"].to_numpy()[linked]
        rating = f["rating"].to_numpy(dtype=float)[linked]
        done = status == "selesai"
        cancelled = status == "batal"
        rated = ~np.isnan(rating)

        def count(mask):
            return np.bincount(pos[mask], minlength=n).astype(float)

        # Quality: ratings in [0, 1], a cancellation as the lowest, one neutral prior.
        value = np.where(rated, (rating - 1) / 4, np.where(cancelled, 0.0, np.nan))
        has = ~np.isnan(value)
        total = np.bincount(pos[has], weights=value[has], minlength=n)
        k = count(has)
        quality = (total + NEUTRAL) / (k + 1)
        completed = count(done)
        experience = 1 - np.exp(-completed / self.COUNT_SCALE)
        ended = f["end"].where(f["end"].notna(), f["start"]).to_numpy()[linked]
        last = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
        first = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
        if len(pos):
            frame = pd.DataFrame({"p": pos, "end": pd.to_datetime(ended),
                                  "start": f["start"].to_numpy()[linked]})  # fmt: skip
            last.loc[:] = frame.groupby("p")["end"].max().reindex(range(n)).to_numpy()
            first.loc[:] = frame.groupby("p")["start"].min().reindex(range(n)).to_numpy()
        years = (self.as_of - last).dt.days.to_numpy(dtype=float) / 365.25
        recency = np.where(
            np.isnan(years), 0.0, 0.5 ** (np.clip(years, 0, None) / self.HALF_LIFE_YEARS)
        )
        any_history = np.bincount(pos, minlength=n) > 0
        score = self.QUALITY * quality + self.EXPERIENCE * experience + self.RECENCY * recency
        score = np.where(any_history, np.clip(score, 0.0, 1.0), NEUTRAL)
        return pd.DataFrame(
            {
                "completed": completed,
                "rated": count(rated),
                "rated_well": count(rated & (rating >= GOOD_RATING)),
                "rated_low": count(rated & (rating <= LOW_RATING)),
                "cancelled": count(cancelled),
                "since": first.dt.year,
                "last": last,
                "score": np.round(score, 6),
                "history": any_history,
            }
        )

    # -- the contract ------------------------------------------------------------------------
    def score(self, index: DirectoryIndex, query: Query, rows: np.ndarray | None = None):
        values = self.stats(index)["score"].to_numpy(dtype=float)
        return values.copy() if rows is None else values[index.positions(rows)]

    def bound(self, index, query, floor=0.0):
        from .engine import Bound

        values = self.stats(index)["score"].to_numpy(dtype=float)
        rows = np.flatnonzero(values > NEUTRAL)
        return Bound(NEUTRAL + 1e-9, rows, values[rows] + 1e-9)

    def describe(self, index, query, row, value, lang):
        s = self.stats(index).iloc[int(row)]
        if not s["history"]:
            return None
        en = lang == "en"
        since = "" if pd.isna(s["since"]) else (f" since {int(s['since'])}" if en
                                                 else f" sejak {int(s['since'])}")  # fmt: skip
        parts = [
            f"{int(s['completed'])} partnerships completed{since}" if en
            else f"{int(s['completed'])} kemitraan selesai{since}"
        ]  # fmt: skip
        if s["rated"]:
            parts.append(f"{int(s['rated_well'])} rated well" if en
                         else f"{int(s['rated_well'])} dinilai baik")  # fmt: skip
        if s["rated_low"]:
            parts.append(f"{int(s['rated_low'])} rated low" if en
                         else f"{int(s['rated_low'])} dinilai rendah")  # fmt: skip
        if s["cancelled"]:
            parts.append(f"{int(s['cancelled'])} cancelled" if en
                         else f"{int(s['cancelled'])} dibatalkan")  # fmt: skip
        return ", ".join(parts)
