"""Programme templates: the bundled ones, their format, and the priority rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mitramatch import ASPECTS, SchemaError
from mitramatch.programmes import (
    PER,
    STAGES,
    UNITS,
    component_priority,
    load_programmes,
    parse_programme,
    programme,
)

BUNDLED = sorted(load_programmes())
REQUIRED = [
    "kesetaraan_paket_a", "kesetaraan_paket_b", "kesetaraan_paket_c", "kursus_menjahit",
    "kursus_tata_boga", "kursus_tata_rias", "kursus_otomotif", "kursus_las", "kursus_komputer",
    "kbu", "magang", "keaksaraan_dasar", "pelatihan_blk",
]  # fmt: skip


def test_the_issue_s_programmes_are_bundled():
    assert set(REQUIRED) <= set(BUNDLED)


@pytest.mark.parametrize("key", BUNDLED)
def test_bundled_template_is_well_formed(key):
    p = programme(key)
    assert p.name
    assert p.name_en
    assert p.description
    assert p.class_size >= 1
    assert len(p.keys) == len(set(p.keys)) >= 5
    # Stage order, and at least one critical component to start with.
    assert [STAGES.index(c.stage) for c in p.components] == sorted(
        STAGES.index(c.stage) for c in p.components
    )
    assert any(c.critical for c in p.components)
    for c in p.components:
        assert c.aspect in ASPECTS
        assert c.per in PER
        assert c.unit in UNITS[c.aspect]
        assert c.label
        assert c.label_en
        assert c.need
        assert c.quantity is None or c.quantity >= 0


def test_templates_rest_on_the_domain():
    # Spot checks of what data/README.md says each component rests on.
    assert programme("pelatihan_blk").class_size == 16  # a BLK class (paket) of 16
    assert programme("keaksaraan_dasar").class_size == 10  # one tutor per group of ten
    kbu = programme("kbu")
    assert kbu.component("modal_usaha").critical
    assert kbu.component("modal_usaha").per == "kelompok"
    assert programme("magang").component("pembimbing").quantity == pytest.approx(0.2)  # 1:5
    assert programme("kursus_menjahit").component("mesin_jahit").per == "peserta"
    blk = programme("pelatihan_blk")
    assert blk.component("tuk").critical
    assert blk.component("asesor").stage == "uji_kompetensi"


def test_quantities_scale_with_participants():
    p = programme("kursus_menjahit")
    assert p.needed(p.component("mesin_jahit"), 23) == 23
    assert p.needed(p.component("instruktur"), 23) == 3  # 0.1 per participant, rounded up
    assert p.needed(p.component("ruang_praktik"), 23) == 2  # two classes of up to 20
    assert p.needed(p.component("biaya_penyelenggaraan"), 20) == 40_000_000
    assert p.needed(p.component("pemasaran"), 20) is None  # needed, not counted
    assert programme("kbu").groups(12) == 3


@given(
    stage=st.sampled_from(STAGES),
    later=st.sampled_from(STAGES),
    critical=st.booleans(),
)
def test_priority_follows_stage_order_then_criticality(stage, later, critical):
    if STAGES.index(later) >= STAGES.index(stage):
        assert component_priority(stage, critical) >= component_priority(later, critical)
    assert component_priority(stage, True) >= component_priority(stage, False)
    assert 1 <= component_priority(stage, critical) <= 5
    assert component_priority("persiapan", True) == 5


def test_unknown_programme_suggests_the_closest():
    with pytest.raises(SchemaError, match=r"unknown programme 'kursus_jahit' \(did you mean "
                       r"'kursus_menjahit'\?\)") as caught:  # fmt: skip
        programme("kursus_jahit")
    assert "--programmes FOLDER" in str(caught.value)


def test_bad_template_reports_every_problem():
    data = {
        "programme": {"name": "Kursus X", "class_size": 0, "klass": 3},
        "components": {
            "a": {"label": "A", "aspect": "dna", "stage": "persiapn", "per": "orang",
                  "quantity": "banyak"},
            "b": {"label": "B", "aspect": "tenaga", "stage": "pelaksanaan", "unit": "ruang",
                  "critical": "ya"},
        },
        "extra": {},
    }  # fmt: skip
    with pytest.raises(SchemaError) as caught:
        parse_programme("x", data, source="x.toml")
    text = str(caught.value)
    for expected in (
        "x.toml: 9 problems found",
        "unknown section [extra]",
        "programme: unknown field 'klass'",
        "programme.class_size: expected a whole number of participants",
        "components.a.aspect: unknown aspect 'dna' (did you mean 'dana'?)",
        "components.a.stage: unknown stage 'persiapn' (did you mean 'persiapan'?)",
        "components.a.per: expected one of peserta, kelas, kelompok, program; got 'orang'",
        "components.a.quantity: expected a non-negative number (per orang); got 'banyak'",
        "components.b.unit: expected orang for tenaga; got 'ruang'",
        "components.b.critical: expected true or false; got 'ya'",
    ):
        assert expected in text


USER_TEMPLATE = """
[programme]
name = "Kursus servis HP"
class_size = 12

[components.instruktur]
label = "Instruktur servis HP"
aspect = "tenaga"
stage = "pelaksanaan"
critical = true
quantity = 1
per = "kelas"
"""


def test_user_templates_from_a_folder_or_a_file(tmp_path):
    (tmp_path / "kursus_servis_hp.toml").write_text(USER_TEMPLATE, encoding="utf-8")
    assert "kursus_servis_hp" in load_programmes(tmp_path)
    one = load_programmes(tmp_path / "kursus_servis_hp.toml")["kursus_servis_hp"]
    assert one.component("instruktur").need == "Instruktur servis HP"  # need defaults to label
    assert "kursus_menjahit" in load_programmes(tmp_path)  # bundled ones stay
    assert "kursus_servis_hp" not in load_programmes()


def test_missing_template_path_is_an_input_error(tmp_path):
    with pytest.raises(Exception, match="programme template not found"):
        load_programmes(tmp_path / "nope.toml")
    with pytest.raises(Exception, match=r"no programme templates \(\*\.toml\)"):
        load_programmes(tmp_path)
