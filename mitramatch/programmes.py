"""Programme templates: what running a programme takes, component by component.

The paper's first stage (*tahap identifikasi intern lembaga*) starts with the components a
programme must have; what the institution lacks of them are its needs. A template lists
those components for one kind of programme (kesetaraan Paket A/B/C, a course, KBU, magang,
keaksaraan, a BLK training): each with its aspect, the programme stage at which it is needed
(:data:`STAGES`), whether the programme cannot run without it (``critical``), a default
quantity per participant, class or group (with its unit), and the words that describe it as
a need. Templates are editable TOML files: the bundled ones live in
``mitramatch/resources/programmes/`` (what each component rests on: ``data/README.md``), and a
user's own, in the same format, are read from a file or folder (:func:`load_programmes`).

A component's priority follows the paper: components are partnered first "berdasarkan tahapan
kegiatan pelaksanaan program", so what the earliest stage needs comes first, and among
components of one stage a critical one comes before one the programme can do without
(:func:`component_priority`).
"""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .engine import ASPECTS, normalise_aspect
from .exceptions import InputError, Problem, SchemaError, Text
from .io import read_document
from .keys import Findings, unknown_key

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "PER",
    "STAGES",
    "STAGE_LABELS",
    "UNITS",
    "Component",
    "Programme",
    "component_priority",
    "load_programmes",
    "programme",
]

#: The programme stages at which a component is needed, in the order they come.
STAGES: tuple[str, ...] = ("persiapan", "pelaksanaan", "uji_kompetensi", "penyaluran_lulusan")

STAGE_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "persiapan": "persiapan",
        "pelaksanaan": "pelaksanaan pembelajaran",
        "uji_kompetensi": "uji kompetensi / ujian akhir",
        "penyaluran_lulusan": "penyaluran lulusan",
    },
    "en": {
        "persiapan": "preparation",
        "pelaksanaan": "teaching and practice",
        "uji_kompetensi": "competency test / final exam",
        "penyaluran_lulusan": "placing graduates",
    },
}

#: What a default quantity is counted per: each participant, each class (``class_size``
#: participants), each group (``group_size``, e.g. a KBU) or the programme as a whole.
PER: tuple[str, ...] = ("peserta", "kelas", "kelompok", "program")

_PROGRAMME_FIELDS = ("name", "name_en", "description", "description_en", "class_size", "group_size")
_COMPONENT_FIELDS = (
    "label",
    "label_en",
    "aspect",
    "stage",
    "critical",
    "quantity",
    "per",
    "unit",
    "need",
)
#: The units a component of each aspect may be counted in (the first is the default): the
#: data contract's unit of the aspect, so the amounts of one aspect add up.
UNITS: dict[str, tuple[str, ...]] = {
    "dana": ("rupiah",),
    "tenaga": ("orang",),
    "sarana": ("unit", "ruang", "tempat", "set", "paket"),
    "program": ("peserta",),
    "pendayagunaan_hasil": ("orang",),
}


def component_priority(stage: str, critical: bool) -> int:
    """The priority (1..5) of a missing component: 5 for a critical component of the first
    stage, one less for each later stage and one less when the programme can run without it.

    >>> component_priority("persiapan", True), component_priority("pelaksanaan", True)
    (5, 4)
    >>> component_priority("persiapan", False), component_priority("penyaluran_lulusan", False)
    (4, 1)
    """
    return max(1, 5 - STAGES.index(stage) - (0 if critical else 1))


@dataclass(frozen=True)
class Component:
    """One thing a programme needs (see the module docstring)."""

    key: str
    label: str
    label_en: str
    aspect: str
    stage: str
    critical: bool
    quantity: float | None  # per ``per``; None: needed, but not counted
    per: str
    unit: str
    need: str  # the words of the need description, in Indonesian

    @property
    def priority(self) -> int:
        return component_priority(self.stage, self.critical)

    def title(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label


@dataclass(frozen=True)
class Programme:
    """A programme template: its components, in stage order.

    Examples
    --------
    >>> p = programme("kursus_menjahit")
    >>> p.classes(45), p.component("mesin_jahit").aspect
    (3, 'sarana')
    >>> p.needed(p.component("instruktur"), participants=20)
    2.0
    """

    key: str
    name: str
    name_en: str
    description: str
    description_en: str
    class_size: int
    group_size: int | None
    components: tuple[Component, ...]
    source: str

    def title(self, lang: str = "id") -> str:
        return self.name_en if lang == "en" else self.name

    def component(self, key: str) -> Component:
        """The component ``key`` (KeyError naming the programme's components otherwise)."""
        for c in self.components:
            if c.key == key:
                return c
        raise KeyError(f"{self.key} has no component {key!r}; it has {', '.join(self.keys)}")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.components)

    def classes(self, participants: int) -> int:
        return max(1, math.ceil(participants / self.class_size))

    def groups(self, participants: int) -> int:
        return max(1, math.ceil(participants / (self.group_size or self.class_size)))

    def needed(self, component: Component, participants: int) -> float | None:
        """How much of ``component`` a programme of ``participants`` needs: its quantity times
        the participants, classes or groups, rounded up to whole persons and units (Rupiah
        to whole Rupiah)."""
        if component.quantity is None:
            return None
        count = {
            "peserta": participants,
            "kelas": self.classes(participants),
            "kelompok": self.groups(participants),
            "program": 1,
        }[component.per]
        amount = component.quantity * count
        # 1e-9: 0.1 * 30 is 3.0000000000000004 in floating point, and three is enough.
        return float(round(amount) if component.unit == "rupiah" else math.ceil(amount - 1e-9))


def programme(key: str, programmes: str | Path | Iterable[str | Path] | None = None) -> Programme:
    """One programme template by its key (the file name without ``.toml``), bundled or from
    ``programmes`` (a template file or a folder of them); an unknown key is an error that
    suggests the closest one and lists them all."""
    known = load_programmes(programmes)
    if key in known:
        return known[key]
    message = unknown_key("programme", key, list(known), "programme")
    if programmes is None:
        message += Text(
            " (your own templates: --programmes FOLDER, programmes= in Python)",
            " (templat sendiri: --programmes FOLDER, programmes= di Python)",
        )
    raise SchemaError(Problem(Text("unknown programme", "program tidak dikenal"), message))


def load_programmes(
    programmes: str | Path | Iterable[str | Path] | None = None,
) -> dict[str, Programme]:
    """Every programme template: the bundled ones, then those in ``programmes`` (template
    files or folders of them; a template with a bundled key replaces the bundled one).

    Every problem in every template is reported at once, naming the file and the key.

    >>> sorted(load_programmes())[:4]
    ['kbu', 'keaksaraan_dasar', 'kesetaraan_paket_a', 'kesetaraan_paket_b']
    """
    found: dict[str, Programme] = dict(_bundled())
    if programmes is None:
        return found
    paths = [programmes] if isinstance(programmes, (str, Path)) else list(programmes)
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(path.glob("*.toml"))
            if not files:
                raise InputError(
                    Text(
                        f"{path}: no programme templates (*.toml) in this folder",
                        f"{path}: tidak ada templat program (*.toml) di folder ini",
                    )
                )
        elif path.is_file():
            files = [path]
        else:
            raise InputError(
                Text(f"{path}: programme template not found", f"{path}: templat program tidak ada")
            )
        for file in files:
            data = read_document(file, what="programme template")
            found[file.stem] = parse_programme(file.stem, data, source=str(file))
    return found


@functools.cache
def _bundled() -> dict[str, Programme]:
    """The bundled templates, read once (callers copy before adding to them)."""
    folder = resources.files("mitramatch") / "resources" / "programmes"
    found = {}
    for item in sorted(
        (f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name
    ):
        key = item.name[: -len(".toml")]
        data = tomllib.loads(item.read_text(encoding="utf-8"))
        found[key] = parse_programme(key, data, source=f"mitramatch:{item.name}")
    return found


def parse_programme(key: str, data: Mapping[str, Any], *, source: str) -> Programme:
    """Validate one template's structure (see the bundled ones for the format)."""
    found = Findings(Text("programme template", "templat program"))
    found.sections(data, ("programme", "components"))
    head = found.table(data.get("programme"), "[programme]")
    found.keys(head, _PROGRAMME_FIELDS, "programme")
    name = str(head.get("name", "")).strip()
    if not name:
        found.add("programme.name: missing", "programme.name: belum diisi")
    class_size = found.whole(head.get("class_size"), "programme.class_size")
    group_size = head.get("group_size")
    if group_size is not None:
        group_size = found.whole(group_size, "programme.group_size")
    table = found.table(data.get("components"), "[components]")
    if not table:
        found.add(
            "[components.<key>]: at least one component is required",
            "[components.<kunci>]: paling sedikit satu komponen",
        )
    components = [_component(str(k), spec, found) for k, spec in table.items()]
    found.raise_if_any(source)
    components.sort(key=lambda c: STAGES.index(c.stage))  # stable: file order within a stage
    return Programme(
        key=key,
        name=name,
        name_en=str(head.get("name_en", "")).strip() or name,
        description=str(head.get("description", "")).strip(),
        description_en=str(head.get("description_en", "")).strip(),
        class_size=class_size,
        group_size=group_size,
        components=tuple(components),
        source=source,
    )


def _component(key: str, spec: Any, found: Findings) -> Component | None:
    """One component's table (None when it has problems, which are recorded)."""
    where = f"components.{key}"
    spec = found.table(spec, where)
    before = len(found.problems)
    found.keys(spec, _COMPONENT_FIELDS, where)
    label = str(spec.get("label", "")).strip()
    if not label:
        found.add(f"{where}.label: missing", f"{where}.label: belum diisi")
    try:
        aspect = normalise_aspect(str(spec.get("aspect", "")), where=f"{where}.aspect")
    except SchemaError as exc:
        for p in exc.problems:
            found.add(Text(str(p.message), str(p.message)))
        aspect = ASPECTS[0]
    stage = str(spec.get("stage", "")).strip()
    if stage not in STAGES:
        found.add(unknown_key(f"{where}.stage", stage, STAGES, "stage"))
    critical = spec.get("critical", False)
    if not isinstance(critical, bool):
        found.expected(f"{where}.critical", "true or false", "true atau false", critical)
    per = str(spec.get("per", "peserta")).strip()
    if per not in PER:
        found.expected(
            f"{where}.per", f"one of {', '.join(PER)}", f"salah satu dari {', '.join(PER)}", per
        )
    unit = str(spec.get("unit", UNITS[aspect][0])).strip()
    if unit not in UNITS[aspect]:
        allowed = ", ".join(UNITS[aspect])
        found.expected(
            f"{where}.unit", f"{allowed} for {aspect}", f"{allowed} untuk {aspect}", unit
        )
    quantity = spec.get("quantity")
    if quantity is not None:
        quantity = found.amount(
            quantity,
            f"{where}.quantity",
            f"a non-negative number (per {per})",
            f"angka tidak negatif (per {per})",
        )
    if len(found.problems) > before:
        return None
    return Component(
        key=key,
        label=label,
        label_en=str(spec.get("label_en", "")).strip() or label,
        aspect=aspect,
        stage=stage,
        critical=critical,
        quantity=quantity,
        per=per,
        unit=unit,
        need=str(spec.get("need", "")).strip() or label,
    )
