"""Needs profiles: loading from TOML, JSON, dicts and batch rows, and every validation error."""

from __future__ import annotations

import json

import pytest

from mitramatch import DEFAULT_WEIGHTS, Filters, InputError, NeedsProfile, SchemaError, load_needs

PROFILE_TOML = """\
[organisation]
name = "PKBM Bina Insani"
sector = "masyarakat"
province = "Sumatera Selatan"
regency = "Muara Enim"
vision = "mewujudkan warga belajar yang terampil dan mandiri"
offers = "peserta didik kesetaraan, lulusan terampil"

[needs.tenaga]
priority = 5
description = "instruktur keterampilan menjahit"
quantity = 2

[needs."pendayagunaan hasil"]
priority = 2
description = "menyalurkan lulusan"

[needs.dana]
priority = 3
description = "modal usaha kelompok belajar usaha"
quantity = "Rp 50.000.000"

[weights]
need_fit = 0.6
vision = 0.1

[filters]
sectors = ["pemerintah", "swasta"]
kinds = ["LKP", "balai latihan"]
max_distance_km = 150
active_only = true
"""


def _minimal(**extra) -> dict:
    return {"needs": {"tenaga": {"priority": 3}}, **extra}


# -- loading ---------------------------------------------------------------------------------
def test_toml_file(tmp_path):
    path = tmp_path / "pkbm.toml"
    path.write_text(PROFILE_TOML, encoding="utf-8")
    p = load_needs(path)
    assert p.source == str(path)
    assert p.organisation.name == "PKBM Bina Insani"
    assert p.organisation.sector == "masyarakat"
    # contract order, whatever the order in the file; "pendayagunaan hasil" normalised
    assert p.aspects == ("dana", "tenaga", "pendayagunaan_hasil")
    assert p.need("dana").quantity == 50_000_000
    assert p.need("tenaga").quantity == 2
    assert p.need("pendayagunaan_hasil").quantity is None
    assert p.weights["need_fit"] == 0.6
    assert p.weights["proximity"] == DEFAULT_WEIGHTS["proximity"]  # not given: default kept
    assert p.filters == Filters(
        sectors=("pemerintah", "swasta"),
        kinds=("lkp", "balai_latihan"),
        max_distance_km=150.0,
        active_only=True,
    )


def test_json_file_equals_dict(tmp_path, needs_dict):
    path = tmp_path / "pkbm.json"
    path.write_text(json.dumps(needs_dict), encoding="utf-8")
    from_file = load_needs(path)
    from_dict = load_needs(needs_dict)
    assert from_file.needs == from_dict.needs
    assert from_file.organisation == from_dict.organisation
    assert from_file.source == str(path)


def test_path_given_as_string(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text("[needs.sarpras]\npriority = 4\n", encoding="utf-8")
    assert load_needs(str(path)).aspects == ("sarana",)


def test_profile_passes_through(needs_dict):
    p = load_needs(needs_dict)
    assert load_needs(p) is p


def test_defaults():
    p = load_needs(_minimal())
    assert p.weights == DEFAULT_WEIGHTS
    assert p.weights is not DEFAULT_WEIGHTS  # a copy, so a profile cannot change the defaults
    assert p.filters == Filters()
    assert p.filters.active_only is True
    assert p.organisation.name == ""


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Rp 50.000.000", 50_000_000.0),
        ("Rp50.000.000,00", 50_000_000.0),
        ("50jt", 50_000_000.0),
        ("50 juta", 50_000_000.0),
        ("1,5 M", 1_500_000_000.0),
        ("750rb", 750_000.0),
        ("2 orang", 2.0),
        (3, 3.0),
        (2.5, 2.5),
        ("", None),
    ],
)
def test_rupiah_and_unit_quantities(written, value):
    p = load_needs({"needs": {"dana": {"priority": 3, "quantity": written}}})
    assert p.needs[0].quantity == value


@pytest.mark.parametrize("name", ["pendayagunaan hasil", "Pendayagunaan Hasil", "pendayagunaan"])
def test_aspect_aliases(name):
    assert load_needs({"needs": {name: {"priority": 2}}}).aspects == ("pendayagunaan_hasil",)


@pytest.mark.parametrize(("priority", "expected"), [(1, 1), (5, 5), ("4", 4), (3.0, 3)])
def test_priority_accepted(priority, expected):
    assert load_needs({"needs": {"dana": {"priority": priority}}}).needs[0].priority == expected


def test_from_record():
    p = NeedsProfile.from_record(
        {
            "org_id": "PKBM-7",
            "name": "SKB Baturaja",
            "sector": "pemerintah",
            "regency": "Ogan Komering Ulu",
            "lat": "-4,13",
            "lon": "104.17",
            "need_tenaga_priority": "4",
            "need_tenaga_description": "tutor kesetaraan",
            "need_dana_priority": 2,
            "need_dana_quantity": "50jt",
            "need_sarana_priority": None,  # all three cells empty: not needed
            "need_sarana_description": "",
            "need_sarana_quantity": float("nan"),
        },
        source="batch.csv row 3",
    )
    assert p.aspects == ("dana", "tenaga")
    assert p.need("tenaga").description == "tutor kesetaraan"
    assert p.need("dana").quantity == 50_000_000
    assert p.organisation.lat == pytest.approx(-4.13)
    assert p.organisation.lon == pytest.approx(104.17)
    assert p.source == "batch.csv row 3"


def test_from_record_error_names_source():
    with pytest.raises(SchemaError, match=r"^batch\.csv row 4: needs\.tenaga\.priority"):
        NeedsProfile.from_record(
            {"need_tenaga_priority": 9, "need_tenaga_description": "tutor"},
            source="batch.csv row 4",
        )


def test_with_weights_keeps_the_rest(needs_dict):
    p = load_needs(needs_dict)
    q = p.with_weights(vision=0, proximity=0.5)
    assert q.weights["vision"] == 0.0
    assert q.weights["proximity"] == 0.5
    assert q.weights["need_fit"] == p.weights["need_fit"]
    assert p.weights["vision"] == DEFAULT_WEIGHTS["vision"]  # original untouched
    assert q.needs == p.needs


def test_with_filters_keeps_the_rest(needs_dict):
    p = load_needs({**needs_dict, "filters": {"sectors": ["swasta"]}})
    q = p.with_filters(max_distance_km=50, kinds=["BLK"])
    assert q.filters.sectors == ("swasta",)
    assert q.filters.kinds == ("blk",)
    assert q.filters.max_distance_km == 50.0
    assert p.filters.max_distance_km is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"visi": 0.1}, r"unknown criterion 'visi' \(did you mean 'vision'\?\)"),
        ({"vision": -0.1}, r"weights\.vision: expected a non-negative number; got -0\.1"),
        ({"vision": "banyak"}, r"weights\.vision: expected a non-negative number"),
    ],
)
def test_with_weights_validates(needs_dict, change, message):
    with pytest.raises(SchemaError, match=message):
        load_needs(needs_dict).with_weights(**change)


def test_with_filters_validates(needs_dict):
    with pytest.raises(SchemaError, match=r"unknown filter 'sector' \(did you mean 'sectors'\?\)"):
        load_needs(needs_dict).with_filters(sector=["swasta"])


def test_summary_lists_needs_by_priority(needs_dict):
    text = load_needs(needs_dict).summary()
    lines = text.splitlines()
    assert lines[0] == "PKBM Bina Insani"
    assert lines[1].startswith("  tenaga (P5)")
    assert lines[2].startswith("  dana (P3)")
    assert "pendayagunaan hasil (P2)" in lines[3]
    assert "funds (P3)" in load_needs(needs_dict).summary("en")


# -- errors ----------------------------------------------------------------------------------
ASPECT_LIST = "dana, tenaga, sarana, program, pendayagunaan_hasil"


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (
            {"needs": {"tenga": {"priority": 5}}},
            r"needs\.tenga: unknown aspect 'tenga' \(did you mean 'tenaga'\?\); "
            rf"expected one of {ASPECT_LIST}",
        ),
        (
            {"needs": {"teknologi": {"priority": 5}}},
            rf"unknown aspect 'teknologi'; expected one of {ASPECT_LIST}",
        ),
        (
            {"needs": {"tenaga": {"priority": 6}}},
            r"needs\.tenaga\.priority: expected an integer from 1 \(nice to have\) to 5 "
            r"\(critical\); got 6",
        ),
        ({"needs": {"tenaga": {"priority": 0}}}, r"priority: expected an integer .*; got 0$"),
        ({"needs": {"tenaga": {"priority": 2.5}}}, r"priority: expected an integer .*; got 2\.5"),
        ({"needs": {"tenaga": {"priority": "tinggi"}}}, r"got 'tinggi'"),
        ({"needs": {"tenaga": {"priority": True}}}, r"priority: expected an integer .*; got True"),
        ({"needs": {"tenaga": {}}}, r"needs\.tenaga\.priority: missing; expected an integer"),
        (
            {"needs": {"tenaga": {"priority": 3, "qty": 2}}},
            r"needs\.tenaga: unknown field 'qty'; expected priority, description, quantity",
        ),
        (
            {"needs": {"tenaga": {"priority": 3}, "Tenaga": {"priority": 2}}},
            r"needs\.tenaga: given twice \(as 'Tenaga'\)",
        ),
        ({"needs": {}}, r"at least one needed aspect is required"),
        ({}, r"at least one needed aspect is required"),
        (
            _minimal(weights={"vision": -1}),
            r"weights\.vision: expected a non-negative number; got -1",
        ),
        (
            _minimal(weights={c: 0 for c in DEFAULT_WEIGHTS}),
            r"weights: at least one weight must be above zero",
        ),
        (
            _minimal(weights={"visio": 0.2}),
            r"weights: unknown criterion 'visio' \(did you mean 'vision'\?\); expected need_fit, "
            r"vision, proximity, reciprocity, track_record",
        ),
        (
            _minimal(weights={"popularitas": 0.2}),
            r"unknown criterion 'popularitas'; expected need_fit",
        ),
        (
            _minimal(filters={"sector": ["swasta"]}),
            r"filters: unknown filter 'sector' \(did you mean 'sectors'\?\)",
        ),
        (
            _minimal(filters={"sectors": ["swata"]}),
            r"filters\.sectors: unknown sector 'swata' \(did you mean 'swasta'\?\)",
        ),
        (
            _minimal(filters={"max_distance_km": -5}),
            r"filters\.max_distance_km: expected a positive number of km; got -5",
        ),
        (
            _minimal(filters={"active_only": "mungkin"}),
            r"filters\.active_only: expected true or false; got 'mungkin'",
        ),
        (_minimal(filters={"kinds": 5}), r"filters\.kinds: expected a list of names; got 5"),
        (
            {"needs": {"tenaga": {"priority": 3, "quantity": "lima orang"}}},
            r"needs\.tenaga\.quantity: expected a number or Rupiah amount such as "
            r"'Rp 50\.000\.000', '50 juta' or '1,5 M'; got 'lima orang'",
        ),
        (
            {"needs": {"tenaga": {"priority": 3, "quantity": -2}}},
            r"needs\.tenaga\.quantity: expected a non-negative amount; got -2",
        ),
        (
            {"needs": {"dana": {"priority": 3, "quantity": "(Rp 2.000.000)"}}},
            r"needs\.dana\.quantity: expected a non-negative amount",
        ),
        (
            _minimal(need={}),
            r"unknown section \[need\] \(did you mean 'needs'\?\); expected \[organisation\], "
            r"\[needs\], \[weights\], \[filters\]",
        ),
        (
            _minimal(organisation={"secor": "masyarakat"}),
            r"organisation: unknown field 'secor' \(did you mean 'sector'\?\)",
        ),
        (
            _minimal(organisation={"sector": "swata"}),
            r"organisation\.sector: unknown sector 'swata' \(did you mean 'swasta'\?\)",
        ),
        (
            _minimal(organisation={"lat": 200}),
            r"organisation\.lat: expected degrees between -90 and 90; got 200",
        ),
    ],
)
def test_schema_errors(profile, message):
    with pytest.raises(SchemaError, match=message):
        load_needs(profile)


def test_every_problem_reported_at_once():
    with pytest.raises(SchemaError) as info:
        load_needs({"needs": {"tenga": {"priority": 9}}, "weights": {"visio": 1}})
    message = str(info.value)
    assert message.startswith("2 problems found")
    assert "did you mean 'tenaga'" in message
    assert "did you mean 'vision'" in message
    assert len(info.value.problems) == 2


def test_schema_error_is_a_value_error():
    with pytest.raises(ValueError, match="at least one needed aspect"):
        load_needs({"needs": {}})


def test_toml_syntax_error_names_the_file(tmp_path):
    path = tmp_path / "rusak.toml"
    path.write_text('[needs.tenaga]\npriority = 5\ndescription = "instruktur\n', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"rusak\.toml: invalid TOML: .*line 3"):
        load_needs(path)


def test_json_syntax_error_names_line_and_column(tmp_path):
    path = tmp_path / "rusak.json"
    path.write_text('{"needs": {"tenaga": {"priority": 5,}}}', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"rusak\.json: invalid JSON at line 1, column \d+"):
        load_needs(path)


def test_file_errors_name_the_file(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text("[needs.tenaga]\npriority = 7\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"p\.toml: needs\.tenaga\.priority: .* got 7"):
        load_needs(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"tidak_ada\.toml: needs profile not found"):
        load_needs(tmp_path / "tidak_ada.toml")


def test_unsupported_extension(tmp_path):
    path = tmp_path / "profil.yaml"
    path.write_text("needs: {}", encoding="utf-8")
    with pytest.raises(InputError, match=r"unsupported needs profile format '\.yaml'; expected"):
        load_needs(path)


def test_wrong_type():
    with pytest.raises(TypeError, match="needs must be a NeedsProfile, a dict or a path; got list"):
        load_needs([("tenaga", 5)])
