"""From a programme to its needs: the checklist, and the needs profile of what is missing."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mitramatch import ASPECTS, NeedsProfile, SchemaError, needs_from_checklist
from mitramatch.checklist import checklist_text
from mitramatch.checklist import identify_needs as identify
from mitramatch.exceptions import use_language
from mitramatch.programmes import STAGES, load_programmes, programme

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

BUNDLED = sorted(load_programmes())


def filled(key: str, participants: int = 20, **have) -> dict:
    """The checklist of ``key`` as written by init, with some ``have`` values filled in."""
    data = tomllib.loads(checklist_text(key, participants))
    for name, value in have.items():
        data["components"][name]["have"] = value
    return data


@pytest.mark.parametrize("key", BUNDLED)
def test_every_template_builds_a_valid_profile(key):
    result = identify(filled(key))
    profile = result.profile
    assert isinstance(profile, NeedsProfile)
    # Nothing marked: every component is missing, every aspect of the template is needed.
    assert set(profile.aspects) == {c.aspect for c in programme(key).components}
    assert len(result.missing) == len(programme(key).components)
    for need in profile.needs:
        lead = result.components(need.aspect)[0].component
        assert need.priority == lead.priority
        assert need.description.startswith(lead.need)
    # The written profile reads back as the same profile.
    again = NeedsProfile.from_dict(tomllib.loads(result.to_toml()))
    assert again.needs == profile.needs


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(BUNDLED), data=st.data())
def test_priorities_follow_the_stages_of_what_is_missing(key, data):
    p = programme(key)
    checklist = filled(key, data.draw(st.integers(1, 60), label="participants"))
    for c in p.components:
        entry = checklist["components"][c.key]
        choice = data.draw(st.sampled_from(["none", "some", "all"]), label=c.key)
        if choice == "all":
            entry["have"] = True
        elif choice == "some" and "needed" in entry and entry["needed"] > 1:
            entry["have"] = data.draw(st.integers(1, int(entry["needed"]) - 1), label="have")
    missing = {c.key for c in p.components if checklist["components"][c.key]["have"] is not True}
    if not missing:
        with pytest.raises(SchemaError, match="nothing is missing"):
            identify(checklist)
        return
    result = identify(checklist)
    for need in result.profile.needs:
        comps = [c for c in p.components if c.aspect == need.aspect and c.key in missing]
        # The most urgent missing component of the aspect sets its priority ...
        assert need.priority == max(c.priority for c in comps)
        # ... and is that of a component of the earliest stage among the critical ones, or
        # among all when none is critical (the paper: what the earliest stage needs first).
        pool = [c for c in comps if c.critical] or comps
        first = min(STAGES.index(c.stage) for c in pool)
        assert need.priority >= max(c.priority for c in pool if STAGES.index(c.stage) == first)
    # Most urgent first, and the stages in order among equals.
    keys = [(-m.priority, STAGES.index(m.component.stage)) for m in result.missing]
    assert keys == sorted(keys)


def test_what_is_had_is_subtracted_and_quantities_add_up():
    result = identify(filled("kursus_menjahit", mesin_jahit=8, instruktur=True, ruang_praktik=1))
    sarana = result.profile.need("sarana")
    assert sarana.priority == 5  # the missing sewing machines are critical, needed at the start
    assert sarana.quantity == 12 + 4 + 1  # machines, overlock machines, the TUK
    assert sarana.description.startswith("mesin jahit; mesin obras")
    dana = result.profile.need("dana")
    assert dana.quantity == 40_000_000 + 8_000_000
    tenaga = result.profile.need("tenaga")  # the instructors are there: only the assessors
    assert (tenaga.priority, tenaga.quantity) == (2, 2)
    toml = result.to_toml()
    assert "# Prioritas 5: komponen kritis 'Mesin jahit' dibutuhkan pada tahap persiapan" in toml
    assert "Mesin jahit 12 unit (sudah ada 8 unit)" in toml
    assert "# quantity = jumlah: 12 unit + 4 unit + 1 tempat" in toml


def test_participants_and_programme_outputs_take_the_largest():
    result = identify(filled("kesetaraan_paket_c", 20))
    # The same 20 learners are found, taught skills and helped on: not 20 + 20 + 4.
    assert result.profile.need("program").quantity == 20


def test_organisation_is_copied_in(tmp_path):
    org = tmp_path / "lembaga.toml"
    org.write_text(
        '[organisation]\nname = "PKBM Mekar Sari Baturaja"\nsector = "masyarakat"\n'
        'regency = "Kabupaten Ogan Komering Ulu"\n',
        encoding="utf-8",
    )
    text = checklist_text("kbu", 10, organisation=org)
    assert 'name = "PKBM Mekar Sari Baturaja"' in text
    result = identify(tomllib.loads(text))
    assert result.profile.organisation.regency == "Kabupaten Ogan Komering Ulu"
    org.write_text('[organisation]\nname = "X"\nsektr = "masyarakat"\n', encoding="utf-8")
    with pytest.raises(SchemaError, match="unknown field 'sektr'"):
        checklist_text("kbu", 10, organisation=org)


def test_comments_in_either_language():
    assert "# Daftar periksa kebutuhan: Kursus menjahit" in checklist_text("kursus_menjahit", 20)
    english = checklist_text("kursus_menjahit", 20, lang="en")
    assert "# Needs checklist: Sewing course" in english
    assert "CRITICAL: the programme cannot run without it." in english
    result = identify(filled("kursus_menjahit"))
    assert "# Priority 5: the critical component" in result.to_toml("en")


def test_needs_from_checklist_is_identify_s_profile(tmp_path):
    path = tmp_path / "daftar.toml"
    path.write_text(checklist_text("magang", 10), encoding="utf-8")
    assert needs_from_checklist(path) == identify(path).profile
    assert identify(path).profile.source == str(path)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('programme = "kursus_menjahit"', 'programme = "kursus_jahit"',
         "unknown programme 'kursus_jahit' (did you mean 'kursus_menjahit'?)"),
        ("[components.mesin_jahit]", "[components.mesin_jahitt]",
         "unknown component 'mesin_jahitt' (did you mean 'mesin_jahit'?)"),
        ("needed = 20\nhave = 0", 'needed = 20\nhave = "banyak"',
         "components.mesin_jahit.have: expected a number of unit (or true/false); got 'banyak'"),
        ("needed = 8000000", 'needed = "delapan juta"',
         'components.biaya_uji.needed: expected an amount such as 5000000 or "Rp 5 juta"; '
         "got 'delapan juta'"),
        ("[components.instruktur]\nneeded = 2\nhave = 0", "[components.instruktur]\nhav = 1",
         "components.instruktur: unknown field 'hav' (did you mean 'have'?)"),
        ("participants = 20", "participants = 0",
         "checklist.participants: expected a whole number of participants, at least 1; got 0"),
        ("[checklist]", "[komponen]\n[checklist]", "unknown section [komponen]"),
        ('programme = "kursus_menjahit"', "", "[checklist] programme is missing"),
    ],
)  # fmt: skip
def test_bad_checklists_say_the_file_the_key_and_what_was_expected(tmp_path, old, new, message):
    text = checklist_text("kursus_menjahit", 20)
    assert old in text
    path = tmp_path / "daftar.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        identify(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_errors_in_indonesian():
    data = filled("kursus_menjahit")
    data["components"]["mesin_jahit"]["have"] = "banyak"
    with pytest.raises(SchemaError) as caught:
        identify(data)
    with use_language("id"):
        assert "harus angka jumlah unit (atau true/false); tertulis 'banyak'" in str(caught.value)


def test_nothing_missing_is_an_error():
    data = filled("magang")
    for entry in data["components"].values():
        entry["have"] = True
    with pytest.raises(SchemaError, match="nothing is missing"):
        identify(data)


def test_own_words_replace_the_template_s():
    data = filled("kursus_las")
    data["components"]["mesin_las"]["description"] = "mesin las inverter 900 watt"
    for c in programme("kursus_las").components:
        if c.key != "mesin_las":
            data["components"][c.key]["have"] = True
    need = identify(data).profile.need("sarana")
    assert need.description == "mesin las inverter 900 watt"
    assert need.quantity == 10  # one welding machine per two of 20 participants


def test_aspects_in_contract_order():
    result = identify(filled("pelatihan_blk", 16))
    assert list(result.profile.aspects) == [a for a in ASPECTS if a in result.profile.aspects]
