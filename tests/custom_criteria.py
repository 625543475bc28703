"""Two custom criteria as a user would write them (docs/extending.md), importable by Dask
workers: accredited LKPs first, and partners the organisation already worked with."""

from __future__ import annotations

import numpy as np
import pandas as pd

import mitramatch as mm


class Akreditasi(mm.Criterion):
    """BAN-PNF accreditation of a course provider, from an ``akreditasi`` column."""

    name = "akreditasi"
    label = {"id": "akreditasi", "en": "accreditation"}
    policy = "No grade (or an unknown one): neutral 0.5."
    GRADES = {"A": 1.0, "B": 0.75, "C": 0.5, "TT": 0.0}  # TT: tidak terakreditasi
    cost = 0.5

    def score(self, index, query, rows=None):
        grades = index.memo("akreditasi", lambda: self._grades(index))
        return grades[index.positions(rows)]

    def _grades(self, index):
        column = pd.Series(index.column("akreditasi"), dtype="string").str.strip().str.upper()
        return column.map(self.GRADES).fillna(mm.NEUTRAL).to_numpy(float)

    def describe(self, index, query, row, value, lang):
        grade = index.cell("akreditasi", row)
        if grade is None or value < 0.75:
            return None
        return f"accredited {grade}" if lang == "en" else f"terakreditasi {grade}"


class SudahBermitra(mm.Criterion):
    """Partners the organisation already worked with, from a list of partner ids."""

    name = "sudah_bermitra"
    label = {"id": "pernah bermitra", "en": "worked with before"}
    policy = "A partner not on the list scores 0: no shared history."

    def __init__(self, partner_ids):
        self.ids = sorted(set(map(str, partner_ids)))

    def score(self, index, query, rows=None):
        return np.isin(index.partner_id[index.positions(rows)], self.ids).astype(float)

    def bound(self, index, query, floor=0.0):
        rows = np.flatnonzero(np.isin(index.partner_id, self.ids))
        return mm.Bound(0.0, rows, np.ones(len(rows)))

    def describe(self, index, query, row, value, lang):
        if value < 1:
            return None
        return "worked with you before" if lang == "en" else "pernah bermitra dengan Anda"
