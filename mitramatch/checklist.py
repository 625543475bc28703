"""From a programme to its needs: the checklist of the paper's first stage.

*Tahap identifikasi intern lembaga*: the institution lists the components its programme
must have, marks those it already has, and what is missing becomes its needs, prioritised
"berdasarkan tahapan kegiatan pelaksanaan program". Here:

1. :func:`checklist_text` writes the checklist of a programme template
   (:mod:`mitramatch.programmes`) for a number of participants: an annotated TOML file, one
   table per component with what is ``needed`` (the template's quantity scaled to the
   participants) and what the institution ``have``s (to be filled in);
2. :func:`identify_needs` reads the filled-in checklist and turns what is missing into a valid
   :class:`~mitramatch.NeedsProfile` (:func:`needs_from_checklist` gives the profile alone):
   one need per aspect, described by the words of its missing components, its quantity
   the missing amount, its priority that of its most urgent missing component
   (:func:`~mitramatch.programmes.component_priority`); :meth:`Identification.to_toml`
   writes it with every priority explained in a comment.

Checklist format (see ``docs/data-contract.md``)::

    [checklist]
    programme = "kursus_menjahit"
    participants = 20

    [organisation]          # the needs profile's [organisation]
    name = "PKBM Mekar Sari Baturaja"

    [components.mesin_jahit]
    needed = 20             # from the template, for 20 participants; may be changed
    have = 8                # how many the institution has (true = all, false/0 = none)
    description = "..."     # optional: your own words for this need
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .amounts import amount_text
from .engine import ASPECT_LABELS, ASPECTS, NeedsProfile, Organisation, check_lang
from .exceptions import SchemaError, Text
from .keys import Findings, read_table_document, unknown_key
from .programmes import STAGE_LABELS, STAGES, Component, Programme, programme
from .validation import check_positive_int

__all__ = [
    "Identification",
    "Missing",
    "checklist_text",
    "identify_needs",
    "needs_from_checklist",
]

_SECTIONS = ("checklist", "organisation", "components")
_HEAD_FIELDS = ("programme", "participants")
_ENTRY_FIELDS = ("needed", "have", "description", "note")
_ORG_FIELDS = tuple(f.name for f in dataclasses.fields(Organisation))
#: Aspects whose missing amounts add up (separate people, things, Rupiah); for the others
#: the components involve the same participants and graduates, so the largest one counts.
_ADDED = frozenset({"dana", "tenaga", "sarana"})

_ORG_HINTS = {
    "id": {
        "name": "nama lembaga",
        "sector": "pemerintah, swasta atau masyarakat",
        "kind": "jenis lembaga, mis. pkbm, skb, lkp",
        "province": "provinsi",
        "regency": "kabupaten/kota",
        "region_code": "kode wilayah Kemendagri, mis. 16.01",
        "vision": "visi lembaga (untuk kesamaan visi dengan mitra)",
        "offers": "yang dapat lembaga berikan kepada mitra (saling membutuhkan)",
    },
    "en": {
        "name": "name of the institution",
        "sector": "pemerintah, swasta or masyarakat",
        "kind": "kind of institution, e.g. pkbm, skb, lkp",
        "province": "province",
        "regency": "kabupaten/kota (regency or city)",
        "region_code": "Kemendagri region code, e.g. 16.01",
        "vision": "your vision (for shared vision with partners)",
        "offers": "what you can give partners in return (mutual need)",
    },
}


# -- writing TOML ------------------------------------------------------------------------------
def _toml(value: Any) -> str:
    """A TOML literal for a string, bool, number or list of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    # A JSON string without ASCII escaping is a valid TOML basic string.
    return json.dumps(str(value), ensure_ascii=False)


def _comment(text: str, width: int = 96) -> list[str]:
    """``text`` as ``#`` lines of at most ``width`` characters."""
    lines, line = [], "#"
    for word in text.split():
        if len(line) + 1 + len(word) > width and line != "#":
            lines.append(line)
            line = "#"
        line += " " + word
    return [*lines, line]


# -- the checklist -----------------------------------------------------------------------------
def checklist_text(
    programme_key: str | Programme,
    participants: int,
    *,
    organisation: Mapping[str, Any] | str | Path | None = None,
    programmes: str | Path | Iterable[str | Path] | None = None,
    lang: str = "id",
) -> str:
    """The annotated checklist (TOML) of a programme for ``participants`` participants.

    ``organisation``: the ``[organisation]`` table to copy in (a dict, or a TOML/JSON file
    holding an ``[organisation]`` table); otherwise empty fields to fill in. Comments are in
    ``lang`` (Indonesian by default); keys and the need words stay as the format has them.

    Examples
    --------
    >>> text = checklist_text("kursus_menjahit", 20)
    >>> "[components.mesin_jahit]\\nneeded = 20\\nhave = 0" in text
    True
    """
    check_lang(lang)
    participants = check_positive_int(participants, "participants")
    p = (
        programme_key
        if isinstance(programme_key, Programme)
        else programme(programme_key, programmes)
    )
    org = _organisation_table(organisation)
    en = lang == "en"
    classes = p.classes(participants)
    out = ["# " + "=" * 94]
    out += _comment(
        f"Needs checklist: {p.title('en')}" if en else f"Daftar periksa kebutuhan: {p.name}"
    )
    description = p.description_en if en else p.description
    if description:
        out += _comment(description)
    out.append("#")
    out += _comment(
        "Stage 1 of a partnership, internal identification: which components the programme "
        "must have, and which of them your institution does not have yet. What is missing "
        "becomes your needs; what the earliest stage needs comes first."
        if en
        else "Tahap 1 kemitraan, identifikasi intern lembaga: komponen apa yang harus ada agar "
        "program berjalan, dan mana yang belum dimiliki lembaga. Yang belum ada menjadi "
        "kebutuhan; yang dibutuhkan paling awal didahulukan."
    )
    out.append("#")
    out += _comment(
        f"How to fill it in: 'have' = how many your institution already has (0 = none, "
        f"true = all of it). 'needed' was computed for {participants} participants "
        f"({classes} class(es) of up to {p.class_size}); change it if your programme differs. "
        'You may add description = "..." in your own words. Delete a component\'s table if '
        "your programme does not use it."
        if en
        else f"Cara mengisi: 'have' = berapa yang SUDAH dimiliki lembaga (0 = belum ada, "
        f"true = sudah lengkap). 'needed' sudah dihitung untuk {participants} peserta "
        f"({classes} kelas, paling banyak {p.class_size} per kelas); ubah bila program Anda "
        'berbeda. Boleh menambah description = "..." dengan kata-kata sendiri. Hapus tabel '
        "komponen yang tidak dipakai program Anda."
    )
    out += _comment(
        "Then: mitramatch needs build <this file> --output needs.toml"
        if en
        else "Lalu: mitramatch needs build <berkas ini> --output kebutuhan.toml"
    )
    out += [
        "# " + "=" * 94,
        "",
        "[checklist]",
        f"programme = {_toml(p.key)}",
        f"participants = {participants}",
        "",
        "[organisation]",
    ]
    hints = _ORG_HINTS["en" if en else "id"]
    if org:
        out += [f"{k} = {_toml(v)}" for k, v in org.items()]
    else:
        out += [f'{k} = ""  # {hints[k]}' for k in hints]
    stage = None
    for c in p.components:
        if c.stage != stage:
            stage = c.stage
            n = STAGES.index(stage) + 1
            title = f"Stage {n} of {len(STAGES)}: " if en else f"Tahap {n} dari {len(STAGES)}: "
            title += STAGE_LABELS[lang][stage]
            out += ["", f"# --- {title} " + "-" * max(3, 88 - len(title))]
        out += ["", *_component_comment(p, c, participants, lang), f"[components.{c.key}]"]
        needed = p.needed(c, participants)
        if needed is None:
            out.append("have = false")
        else:
            out += [f"needed = {_toml(needed)}", "have = 0"]
    return "\n".join(out) + "\n"


def _component_comment(p: Programme, c: Component, participants: int, lang: str) -> list[str]:
    en = lang == "en"
    aspect = ASPECT_LABELS[lang][c.aspect]
    if c.critical:
        weight = (
            "CRITICAL: the programme cannot run without it."
            if en
            else "KRITIS: program tidak bisa berjalan tanpanya."
        )
    else:
        weight = (
            "Not critical: the programme can start without it."
            if en
            else "Tidak kritis: program masih bisa berjalan tanpanya."
        )
    needed = p.needed(c, participants)
    if needed is None:
        amount = (
            "Mark have = true if you already have it." if en else "Isi have = true bila sudah ada."
        )
    else:
        per = {
            "peserta": ("participant", "peserta"),
            "kelas": ("class", "kelas"),
            "kelompok": ("group", "kelompok"),
            "program": ("programme", "program"),
        }[c.per]
        rate = amount_text(c.quantity, c.aspect, lang, c.unit)
        amount = (
            f"Needed: {amount_text(needed, c.aspect, lang, c.unit)} ({rate} per {per[0]})."
            if en
            else f"Dibutuhkan: {amount_text(needed, c.aspect, lang, c.unit)} ({rate} per {per[1]})."
        )
    priority = (
        f"Priority if missing: {c.priority}." if en else f"Prioritas bila belum ada: {c.priority}."
    )
    return _comment(f"{c.title(lang)} [{aspect}]. {weight} {amount} {priority}")


def _organisation_table(source: Mapping[str, Any] | str | Path | None) -> dict[str, Any]:
    """The [organisation] table to copy into a checklist, checked as a profile would be."""
    if source is None:
        return {}
    where = None
    if isinstance(source, (str, Path)):
        data, where = read_table_document(source, Text("organisation file", "berkas organisasi"))
        if not isinstance(data.get("organisation"), Mapping):
            raise SchemaError(
                Text(
                    "expected an [organisation] table (name, sector, kind, regency, ...)",
                    "tabel [organisation] tidak ditemukan (name, sector, kind, regency, ...)",
                ),
                source=where,
            )
        source = data["organisation"]
    table = {k: v for k, v in dict(source).items() if k != "org_id"}
    # The profile's own validation, once, so a bad field is reported now, not after filling.
    NeedsProfile.from_dict(
        {"organisation": table, "needs": {"dana": {"priority": 1}}}, source=where
    )
    return table


# -- reading it back ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Missing:
    """A component the institution lacks: how much is needed, had and missing."""

    component: Component
    needed: float | None
    have: float | None
    missing: float | None  # None: missing, but not counted (the template gives no quantity)
    description: str  # the need words (the template's, or the checklist's own)

    @property
    def priority(self) -> int:
        return self.component.priority


@dataclass(frozen=True)
class Identification:
    """The result of the first stage: what is missing, and the needs profile it makes.

    Attributes
    ----------
    programme : Programme
    participants : int
    missing : tuple of Missing
        The missing components, most urgent first.
    profile : NeedsProfile
        One need per aspect with missing components (valid; ready for :func:`mitramatch.rank`).
    source : str or None
        The checklist file.
    """

    programme: Programme
    participants: int
    missing: tuple[Missing, ...]
    profile: NeedsProfile
    source: str | None = None

    def components(self, aspect: str) -> list[Missing]:
        """The missing components of one aspect, most urgent first (the first one leads)."""
        return [m for m in self.missing if m.component.aspect == aspect]

    def reason(self, aspect: str, lang: str = "id") -> str:
        """Why the need of ``aspect`` has its priority, in one sentence."""
        check_lang(lang)
        lead = self.components(aspect)[0].component
        n = STAGES.index(lead.stage) + 1
        stage = STAGE_LABELS[lang][lead.stage]
        if lang == "en":
            kind = "critical component" if lead.critical else "component"
            rule = "" if lead.critical else ", one lower as the programme can run without it"
            return (
                f"Priority {lead.priority}: the {kind} '{lead.label_en}' is needed at the "
                f"{stage} stage (stage {n} of {len(STAGES)}){rule}."
            )
        kind = "komponen kritis" if lead.critical else "komponen"
        rule = "" if lead.critical else ", satu tingkat lebih rendah karena tidak kritis"
        return (
            f"Prioritas {lead.priority}: {kind} '{lead.label}' dibutuhkan pada tahap {stage} "
            f"(tahap {n} dari {len(STAGES)}){rule}."
        )

    def to_frame(self) -> pd.DataFrame:
        """One row per missing component: ``component``, ``label``, ``aspect``, ``stage``,
        ``critical``, ``priority``, ``needed``, ``have``, ``missing``, ``unit``."""
        return pd.DataFrame(
            [
                (
                    m.component.key,
                    m.component.label,
                    m.component.aspect,
                    m.component.stage,
                    m.component.critical,
                    m.priority,
                    m.needed,
                    m.have,
                    m.missing,
                    m.component.unit,
                )
                for m in self.missing
            ],
            columns=[
                "component",
                "label",
                "aspect",
                "stage",
                "critical",
                "priority",
                "needed",
                "have",
                "missing",
                "unit",
            ],
        )

    def to_toml(self, lang: str = "id") -> str:
        """The needs profile as TOML, each need preceded by comments: why its priority, and
        which missing components it is made of."""
        check_lang(lang)

        def say(en: str, id: str) -> str:
            return Text(en, id).render(lang)

        where = f" {self.source}" if self.source else ""
        out = _comment(
            say(
                f"Needs profile from the checklist{where}",
                f"Profil kebutuhan dari daftar periksa{where}",
            )
        )
        out += _comment(
            f"{self.programme.title(lang)}, {self.participants} "
            + say(
                "participants. Priorities: 5 for a critical component of the first stage, one "
                "less per later stage and one less when not critical; a need takes its most "
                "urgent component's.",
                "peserta. Prioritas: 5 untuk komponen kritis tahap pertama, berkurang satu tiap "
                "tahap berikutnya dan satu lagi bila tidak kritis; tiap kebutuhan mengikuti "
                "komponennya yang paling mendesak.",
            )
        )
        org = {k: v for k, v in self._organisation().items() if v not in ("", None)}
        out += ["", "[organisation]", *(f"{k} = {_toml(v)}" for k, v in org.items())]
        for need in sorted(self.profile.needs, key=_urgency):
            items = self.components(need.aspect)
            out += ["", *_comment(self.reason(need.aspect, lang))]
            listed = "; ".join(_missing_words(m, lang) for m in items)
            out += _comment(say("Missing: ", "Yang kurang: ") + listed + ".")
            counted = [m for m in items if m.missing is not None]
            if len(counted) > 1:
                added = need.aspect in _ADDED
                amounts = [
                    amount_text(m.missing, need.aspect, lang, m.component.unit) for m in counted
                ]
                out += _comment(
                    "quantity = "
                    + (
                        say("sum: ", "jumlah: ") + " + ".join(amounts)
                        if added
                        else say("the largest of ", "yang terbesar dari ") + ", ".join(amounts)
                    )
                )
            out += [
                f"[needs.{need.aspect}]",
                f"priority = {need.priority}",
                f"description = {_toml(need.description)}",
            ]
            if need.quantity is not None:
                out.append(f"quantity = {_toml(need.quantity)}")
        return "\n".join(out) + "\n"

    def _organisation(self) -> dict[str, Any]:
        o = self.profile.organisation
        return {f: getattr(o, f) for f in _ORG_FIELDS}

    def summary(self, lang: str = "id") -> str:
        """One line per need, most urgent first, with its reason."""
        labels = ASPECT_LABELS[lang]
        lines = []
        for n in sorted(self.profile.needs, key=_urgency):
            amount = "" if n.quantity is None else f" ({amount_text(n.quantity, n.aspect, lang)})"
            lines.append(f"{labels[n.aspect]} P{n.priority}{amount}: {self.reason(n.aspect, lang)}")
        return "\n".join(lines)


def _urgency(need: Any) -> tuple[int, int]:
    """Most urgent need first; ties in the contract's order of aspects."""
    return (-need.priority, ASPECTS.index(need.aspect))


def _missing_words(m: Missing, lang: str) -> str:
    c = m.component
    if m.missing is None:
        return c.title(lang)
    text = f"{c.title(lang)} {amount_text(m.missing, c.aspect, lang, c.unit)}"
    if m.have:
        had = amount_text(m.have, c.aspect, lang, c.unit)
        text += f" ({'have' if lang == 'en' else 'sudah ada'} {had})"
    return text


def identify_needs(
    source: str | Path | Mapping[str, Any],
    *,
    programmes: str | Path | Iterable[str | Path] | None = None,
) -> Identification:
    """Read a filled-in checklist (file or dict) and make the needs profile of what is missing.

    Every problem is reported at once, naming the file and the key: an unknown programme
    (with "did you mean"), an unknown component, a quantity that is not a number.

    Examples
    --------
    >>> result = identify_needs({"checklist": {"programme": "kbu", "participants": 10},
    ...                    "components": {"modal_usaha": {"needed": 20_000_000, "have": 5_000_000},
    ...                                   "pendamping_usaha": {"needed": 1, "have": True}}})
    >>> need = result.profile.need("dana")
    >>> need.priority, need.quantity, need.description
    (5, 15000000.0, 'modal usaha KBU kelompok belajar usaha')
    """
    data, where = read_table_document(source, Text("checklist", "daftar periksa"))
    found = Findings(Text("checklist", "daftar periksa"))
    found.sections(data, _SECTIONS)
    head = found.table(data.get("checklist"), "[checklist]")
    if not str(head.get("programme", "")).strip():
        raise SchemaError(
            Text(
                '[checklist] programme is missing: write e.g. programme = "kursus_menjahit" '
                "(mitramatch needs init writes it)",
                '[checklist] programme belum diisi: tulis mis. programme = "kursus_menjahit" '
                "(mitramatch needs init menuliskannya)",
            ),
            source=where,
        )
    found.keys(head, _HEAD_FIELDS, "checklist")
    try:
        p = programme(str(head["programme"]).strip(), programmes)
    except SchemaError as exc:
        raise SchemaError(exc.problems, source=where) from None
    participants = found.whole(head.get("participants"), "checklist.participants") or 1
    missing = []
    for key, entry in found.table(data.get("components"), "[components]").items():
        if key not in p.keys:
            found.add(unknown_key(f"components ({p.key})", key, p.keys, "component"))
            continue
        item = _entry(p, p.component(key), entry, participants, found)
        if item is not None:
            missing.append(item)
    found.raise_if_any(where)
    order = {c.key: i for i, c in enumerate(p.components)}
    missing.sort(
        key=lambda m: (-m.priority, STAGES.index(m.component.stage), order[m.component.key])
    )
    if not missing:
        raise SchemaError(
            Text(
                "nothing is missing: every component is marked as available, so this programme "
                "needs no partner (set 'have' below 'needed' where something is lacking)",
                "tidak ada yang kurang: semua komponen tercatat sudah ada, jadi program ini tidak "
                "membutuhkan mitra (isi 'have' lebih kecil dari 'needed' bila ada yang kurang)",
            ),
            source=where,
        )
    needs = {}
    for aspect in ASPECTS:
        items = [m for m in missing if m.component.aspect == aspect]
        if not items:
            continue
        counted = [m.missing for m in items if m.missing is not None]
        need: dict[str, Any] = {
            "priority": items[0].priority,
            "description": "; ".join(dict.fromkeys(m.description for m in items)),
        }
        if counted:
            need["quantity"] = sum(counted) if aspect in _ADDED else max(counted)
        needs[aspect] = need
    org = data.get("organisation") or {}
    profile = NeedsProfile.from_dict({"organisation": org, "needs": needs}, source=where)
    return Identification(p, participants, tuple(missing), profile, where)


def _entry(
    p: Programme, c: Component, entry: Any, participants: int, found: Findings
) -> Missing | None:
    """One component's table of the checklist: what is missing of it, if anything (problems
    are recorded in ``found``)."""
    where = f"components.{c.key}"
    entry = found.table(entry, where)
    before = len(found.problems)
    found.keys(entry, _ENTRY_FIELDS, where)
    if c.unit == "rupiah":
        en, id_ = (
            'an amount such as 5000000 or "Rp 5 juta"',
            'jumlah seperti 5000000 atau "Rp 5 juta"',
        )
    else:
        en, id_ = f"a number of {c.unit}", f"angka jumlah {c.unit}"
    needed = entry.get("needed", p.needed(c, participants))
    if needed is not None:
        needed = found.amount(needed, f"{where}.needed", en, id_)
    have = entry.get("have", 0)
    if have is True:
        have = math.inf  # all of it
    elif have is not False:
        have = found.amount(
            have, f"{where}.have", f"{en} (or true/false)", f"{id_} (atau true/false)"
        )
    words = entry.get("description", c.need)
    if not isinstance(words, str) or not words.strip():
        found.expected(f"{where}.description", "text", "teks", words)
    if len(found.problems) > before:
        return None
    had = 0.0 if have is False else have
    if needed is None:  # a component counted by presence only
        return None if had > 0 else Missing(c, None, None, None, words.strip())
    had = min(had, needed)
    if needed - had <= 0:
        return None
    return Missing(c, needed, had, needed - had, words.strip())


def needs_from_checklist(
    source: str | Path | Mapping[str, Any],
    *,
    programmes: str | Path | Iterable[str | Path] | None = None,
) -> NeedsProfile:
    """The needs profile of a filled-in checklist (:func:`identify_needs`'s ``profile``).

    >>> needs_from_checklist({"checklist": {"programme": "magang", "participants": 10},
    ...     "components": {"tempat_magang": {"needed": 10, "have": 4}}}).need("program").quantity
    6.0
    """
    return identify_needs(source, programmes=programmes).profile
