"""Outlines of Indonesia's kabupaten/kota and provinces, for maps.

Read from the bundled ``resources/kabkota_batas.geojson`` (514 regencies from
cahyadsn/wilayah_boundaries, MIT licence, attribution in ``resources/kabkota_batas.NOTICE.txt``)
with the standard :mod:`json` module, once, the first time a map is drawn. The outlines are
simplified to about 1 km: good for pictures, not for measuring areas or deciding which side
of a border a point is on.

Province outlines are the union of a province's regencies (the Kemendagri code before the
dot). The regencies were simplified one by one, so two neighbours' versions of their shared
border differ by up to about 0.02 degrees and cannot be cancelled edge against edge. Instead
an edge of a regency is on its province's outline when, :data:`PROBE` degrees beyond its
middle on either side, there is no other regency of the same province: a coast or a border
with another province.

>>> b = boundaries()
>>> len(b), b.codes[0]
(514, '11.01')
>>> "16.01" in [b.codes[i] for i in b.within((104.0, 104.3), (-4.2, -4.0))]  # OKU
True
"""

from __future__ import annotations

import json
from functools import cache, cached_property
from importlib import resources

import numpy as np

__all__ = ["PROBE", "Boundaries", "boundaries"]

#: How far beyond an edge (degrees, about 3 km) the province-outline test looks: more than
#: two simplified versions of one border can differ by, less than nearly any regency is wide.
PROBE = 0.03


class Boundaries:
    """The kabupaten/kota outlines: per regency its code and rings of (lon, lat) points.

    ``rings[i]`` are the closed rings of regency ``codes[i]`` (outer rings and any holes, each
    an (n, 2) array whose last point repeats the first); ``bounds[i]`` its bounding box
    ``(lon_min, lat_min, lon_max, lat_max)``.
    """

    def __init__(self, codes: list[str], rings: list[list[np.ndarray]]) -> None:
        self.codes = tuple(codes)
        self.rings = tuple(tuple(r) for r in rings)
        self.bounds = np.array(
            [
                (*np.vstack(r).min(axis=0), *np.vstack(r).max(axis=0))
                if r
                else (np.nan, np.nan, np.nan, np.nan)
                for r in self.rings
            ],
            dtype=float,
        ).reshape(len(self.codes), 4)
        self.province = np.array([c.split(".")[0] for c in self.codes], dtype=object)

    def __len__(self) -> int:
        return len(self.codes)

    def within(self, xlim: tuple[float, float], ylim: tuple[float, float]) -> np.ndarray:
        """Positions of the regencies whose bounding box meets the view ``xlim`` x ``ylim``."""
        b = self.bounds
        meets = (b[:, 0] <= xlim[1]) & (b[:, 2] >= xlim[0]) & (b[:, 1] <= ylim[1])
        return np.flatnonzero(meets & (b[:, 3] >= ylim[0]))

    @cached_property
    def province_edges(self) -> tuple[np.ndarray, ...]:
        """Per regency, its edges on its province's outline: an (n, 2, 2) array of segments
        (see the module docstring), computed for every regency the first time it is asked."""
        out = []
        for i in range(len(self)):
            segments = _segments(self.rings[i])
            if not len(segments):
                out.append(segments)
                continue
            start, end = segments[:, 0], segments[:, 1]
            along = end - start
            length = np.hypot(along[:, 0], along[:, 1])
            keep = length > 0
            normal = np.zeros_like(along)
            normal[keep] = np.column_stack([along[keep, 1], -along[keep, 0]]) / length[keep, None]
            middle = (start + end) / 2
            sides = np.vstack([middle + PROBE * normal, middle - PROBE * normal])
            inner = np.zeros(len(sides), dtype=bool)
            box = self.bounds[i] + np.array([-PROBE, -PROBE, PROBE, PROBE])
            for j in self._same_province_near(i, box):
                inner |= _inside(sides, self.rings[j])
            inner = inner[: len(segments)] | inner[len(segments) :]
            out.append(segments[keep & ~inner])
        return tuple(out)

    def _same_province_near(self, i: int, box: np.ndarray) -> np.ndarray:
        near = self.within((box[0], box[2]), (box[1], box[3]))
        return near[(self.province[near] == self.province[i]) & (near != i)]


def _segments(rings) -> np.ndarray:
    """The edges of some closed rings as an (n, 2, 2) array."""
    parts = [np.stack([r[:-1], r[1:]], axis=1) for r in rings if len(r) > 1]
    return np.concatenate(parts) if parts else np.empty((0, 2, 2))


def _inside(points: np.ndarray, rings) -> np.ndarray:
    """Even-odd rule: which points lie inside the rings (holes count as outside)."""
    inside = np.zeros(len(points), dtype=bool)
    x, y = points[:, :1], points[:, 1:]
    for ring in rings:
        ax, ay, bx, by = ring[:-1, 0], ring[:-1, 1], ring[1:, 0], ring[1:, 1]
        straddles = (ay > y) != (by > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            cross = ax + (y - ay) * (bx - ax) / (by - ay)
        inside ^= (straddles & (x < cross)).sum(axis=1) % 2 == 1
    return inside


@cache
def boundaries() -> Boundaries:
    """The bundled kabupaten/kota outlines (read once)."""
    path = resources.files("mitramatch").joinpath("resources", "kabkota_batas.geojson")
    with path.open("rb") as fh:
        data = json.load(fh)
    codes, rings = [], []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        codes.append(str(feature["properties"]["kode"]))
        rings.append([np.asarray(ring, dtype=float) for polygon in polygons for ring in polygon])
    return Boundaries(codes, rings)
