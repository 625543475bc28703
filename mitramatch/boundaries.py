"""Outlines of Indonesia's kabupaten/kota and provinces, for maps.

Read from the bundled ``resources/kabkota_batas.geojson`` (514 regencies from
cahyadsn/wilayah_boundaries, MIT licence, attribution in ``resources/kabkota_batas.NOTICE.txt``)
with the standard :mod:`json` module, once, the first time a map is drawn. The outlines are
simplified to about 1 km: good for pictures, not for measuring areas or deciding which side
of a border a point is on.

Province borders are where regencies of two provinces (the Kemendagri code before the dot)
meet; coasts are left to the regencies' own outlines. The regencies were simplified one by
one, so two neighbours' versions of their shared border differ by up to about 0.02 degrees,
with slivers between them, and cannot be matched edge against edge. Instead, from the middle
of each edge of a regency the test goes out on both sides, :data:`PROBES` degrees in turn:
the first other regency met on either side says whether the edge is a province border.

>>> b = boundaries()
>>> len(b), b.codes[0]
(514, '11.01')
>>> "16.01" in [b.codes[i] for i in b.within((104.0, 104.3), (-4.2, -4.0))]  # OKU
True
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import numpy as np

__all__ = ["PROBES", "Boundaries", "boundaries"]

#: How far beyond an edge (degrees; 0.05 is about 5.5 km) the province-border test looks, in
#: turn: the nearest is less than nearly any regency is wide, the farthest more than the gap
#: two simplified versions of one border can leave between them.
PROBES = (0.015, 0.03, 0.05)


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
        self._province_number = np.array([int(p) for p in self.province])
        self._province_edges: dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.codes)

    def within(self, xlim: tuple[float, float], ylim: tuple[float, float]) -> np.ndarray:
        """Positions of the regencies whose bounding box meets the view ``xlim`` x ``ylim``."""
        b = self.bounds
        meets = (b[:, 0] <= xlim[1]) & (b[:, 2] >= xlim[0]) & (b[:, 1] <= ylim[1])
        return np.flatnonzero(meets & (b[:, 3] >= ylim[0]))

    def province_edges(self, i: int) -> np.ndarray:
        """The edges of regency ``i`` on a border with another province, an (n, 2, 2) array
        of segments (see the module docstring); computed when first asked for."""
        if i not in self._province_edges:
            self._province_edges[i] = self._borders(i)
        return self._province_edges[i]

    def _borders(self, i: int) -> np.ndarray:
        segments = _segments(self.rings[i])
        along = segments[:, 1] - segments[:, 0]
        length = np.hypot(along[:, 0], along[:, 1])
        segments, along, length = segments[length > 0], along[length > 0], length[length > 0]
        normal = np.column_stack([along[:, 1], -along[:, 0]]) / length[:, None]
        middle = segments.mean(axis=1)
        # A point beyond each edge per (distance, side, edge).
        reach = np.multiply.outer(np.array(PROBES), np.array([1.0, -1.0]))[:, :, None, None]
        points = (middle + reach * normal).reshape(-1, 2)
        met = np.full(len(points), -1)  # the province of the regency a point lies in
        box = self.bounds[i] + np.array([-1, -1, 1, 1]) * PROBES[-1]
        for j in self.within((box[0], box[2]), (box[1], box[3])):
            met[(met < 0) & _inside(points, self.rings[j])] = self._province_number[j]
        met = met.reshape(len(PROBES), 2, len(segments))
        # Per side the first regency met going out decides (the regency itself, going in;
        # nothing: the sea); an edge with another province on either side is a border.
        found = met >= 0
        first = np.take_along_axis(met, found.argmax(axis=0)[None], axis=0)[0]
        first[~found.any(axis=0)] = -1
        other = ((first >= 0) & (first != self._province_number[i])).any(axis=0)
        return segments[other]


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
