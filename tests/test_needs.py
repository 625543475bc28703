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


# -- Indonesian keys, and documents nobody writes on purpose -----------------------------------
INDONESIAN_TOML = """
[organisasi]
nama = "PKBM Bina Insani"
sektor = "masyarakat"
provinsi = "Sumatera Selatan"
kabupaten = "Muara Enim"
visi = "mewujudkan warga belajar yang terampil dan mandiri"
tawaran = "peserta didik kesetaraan, lulusan terampil"

[kebutuhan.tenaga]
prioritas = 5
uraian = "instruktur keterampilan menjahit"
jumlah = 2

[kebutuhan."pendayagunaan hasil"]
prioritas = 2
deskripsi = "menyalurkan lulusan"

[kebutuhan.dana]
prioritas = 3
uraian = "modal usaha kelompok belajar usaha"
jumlah = "Rp 50.000.000"

[bobot]
kecocokan_kebutuhan = 0.6
visi = 0.1

[saringan]
sektor = ["pemerintah", "swasta"]
jenis = ["LKP", "balai latihan"]
jarak_maks_km = 150
hanya_aktif = true
"""


def test_indonesian_keys_mean_the_contract_keys(tmp_path):
    english = tmp_path / "en.toml"
    english.write_text(PROFILE_TOML, encoding="utf-8")
    indonesian = tmp_path / "id.toml"
    indonesian.write_text(INDONESIAN_TOML, encoding="utf-8")
    a, b = load_needs(english), load_needs(indonesian)
    assert (a.organisation, a.needs, a.weights, a.filters) == (
        b.organisation, b.needs, b.weights, b.filters
    )  # fmt: skip
    assert load_needs({"Kebutuhan": {"Tenaga": {"Prioritas": "4"}}, "Filter": {}}).aspects == (
        "tenaga",
    )


def _needs(**sections) -> dict:
    return {"needs": {"tenaga": {"priority": 5}}, **sections}


HUGE = 10**400


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (_needs(weights={"vision": HUGE}), r"^weights\.vision: the number has 401 digits"),
        ({"needs": {"dana": {"priority": 3, "quantity": HUGE}}}, r"needs\.dana\.quantity: the "),
        (_needs(filters={"max_distance_km": -HUGE}), r"filters\.max_distance_km: the number"),
        (_needs(organisation={"lat": HUGE, "lon": 1}), r"organisation\.lat: the number has 401"),
        ({"needs": {"tenaga": {"priority": HUGE}}}, r"needs\.tenaga\.priority: the number"),
        (_needs(organisation={"lat": [1, 2], "lon": 104}),
         r"^organisation\.lat: expected a number; got \[1, 2\]$"),
        (_needs(organisation={"name": {"a": 1}}), r"organisation\.name: expected a text; got a "
         r"table"),
        (_needs(organisation={"regency": True}), r"organisation\.regency: expected a text; got "
         r"True"),
        ({"needs": {"tenaga": {"priority": 5, "description": ["a", "b"]}}},
         r"needs\.tenaga\.description: expected a text; got \['a', 'b'\]"),
        ({"needs": {"tenaga": {"priority": 5, "quantity": float("inf")}}},
         r"needs\.tenaga\.quantity: expected a non-negative amount; got inf"),
        ({"needs": {"tenaga": {"priority": 5, "quantity": float("nan")}}}, r"got nan"),
        ({"needs": {"tenaga": {"priority": 5, "quantity": [2]}}},
         r"needs\.tenaga\.quantity: expected an amount; got \[2\]"),
        (_needs(organisation={"lon": 104.7}),
         r"organisation\.lon: given without organisation\.lat; give both, or neither"),
        (_needs(organisation={"name": "A", "nama": "B"}),
         r"organisation\.name: given twice \(the second time as 'nama'\)"),
        (_needs(filters={"sektor": ["swasta"], "sectors": ["pemerintah"]}),
         r"filters\.sectors: given twice"),
        (_needs(bobot={"visi": 0.2}, weights={"vision": 0.1}), r"\[weights\]: given twice"),
        (_needs(organisasi={"nama": "A"}, organisation={"name": "B"}),
         r"\[organisation\]: given twice \(the second time as 'organisation'\)"),
    ],
)  # fmt: skip
def test_values_of_the_wrong_size_shape_or_type(profile, message):
    with pytest.raises(SchemaError, match=message):
        load_needs(profile)


def test_nesting_deeper_than_any_profile():
    value: dict = {}
    for _ in range(1000):
        value = {"a": value}
    with pytest.raises(SchemaError, match=r"nested more than 20 levels deep"):
        load_needs({"needs": {"tenaga": {"priority": 5, "description": value}}})


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("deep.json", '{"needs": ' + "[" * 50_000 + "]" * 50_000 + "}",
         r"invalid JSON: nested too deeply to read"),
        ("deep.toml", "x = " + "[" * 50_000 + "]" * 50_000 + "\n", r"invalid TOML: nested too"),
        ("digits.json", '{"needs": {"dana": {"priority": 3, "quantity": ' + "9" * 5000 + "}}}",
         r"invalid JSON: Exceeds the limit \(4300 digits\)"),
        ("profile.yml", "needs: {}\n", r"unsupported needs profile format '\.yml'; expected "
         r"\.toml or \.json"),
    ],
)  # fmt: skip
def test_documents_that_used_to_crash(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises((SchemaError, InputError), match=message):
        load_needs(path)


def test_profile_messages_in_indonesian():
    from mitramatch.exceptions import use_language

    with pytest.raises(SchemaError) as caught:
        load_needs(_needs(organisation={"lat": -3.6}, filters={"max_distance": 5}))
    with use_language("id"):
        message = str(caught.value)
    assert "organisation.lat: diberikan tanpa organisation.lon; isi keduanya" in message
    assert "filters: saringan tidak dikenal 'max_distance' (mungkin maksud Anda" in message
    assert message.startswith("2 masalah ditemukan")
