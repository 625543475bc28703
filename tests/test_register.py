"""The partnership register: reading, validation and the health report (mitramatch.register)."""

from __future__ import annotations

import pandas as pd
import pytest

import mitramatch as mm
from mitramatch.dates import parse_date
from mitramatch.exceptions import SchemaError, use_language


@pytest.mark.parametrize(
    "text", ["12/03/2024", "12-03-2024", "12.03.2024", "12 Maret 2024", "12 Mar 2024",
             "2024-03-12", "2024-03-12 00:00:00", 45363, "45363", "12/03/24"]
)  # fmt: skip
def test_indonesian_date_forms(text):
    assert str(parse_date(text).date()) == "2024-03-12"


@pytest.mark.parametrize("text", ["31/02/2024", "Maretan 2024", "kemarin", "2024/13/01"])
def test_bad_dates(text):
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


def _register(**columns):
    base = {
        "Organisasi": ["PKBM Mekar Sari", "PKBM Mekar Sari"],
        "Mitra": ["LKP Citra Busana", "BLK OKU"],
        "Aspek": ["tenaga, sarana", "program"],
        "Tanggal Mulai": ["12 Maret 2024", "01/02/2023"],
        "Tanggal Selesai": ["12/09/2024", "2023-12-01"],
        "Status": ["Selesai", "selesai"],
        "Nilai": ["4", "baik"],
    }
    base.update(columns)
    return pd.DataFrame(base)


def test_headers_and_values_in_indonesian():
    r = mm.load_register(_register())
    assert r.frame["rating"].tolist() == [4.0, 4.0]
    assert r.frame["aspects"].tolist() == [("tenaga", "sarana"), ("program",)]


def test_every_problem_at_once_with_rows(tmp_path):
    path = tmp_path / "register.csv"
    _register(
        Status=["jalan terus", "selesai"],
        Nilai=["7", "4"],
        **{"Tanggal Mulai": ["kemarin", "01/02/2023"], "Tanggal Selesai": ["12/09/2024",
                                                                         "01/01/2023"]},
        Aspek=["tenaga, uang", "program"],
        Mitra=["", "BLK OKU"],
    ).to_csv(path, index=False)  # fmt: skip
    with pytest.raises(SchemaError) as info:
        mm.load_register(path)
    text = str(info.value)
    assert text.startswith(f"{path}: 6 problems found")
    assert "column status: expected berjalan, selesai or batal at row 2" in text
    assert "(found 'jalan terus')" in text
    assert "column rating: expected a whole number from 1 to 5" in text
    assert "column start: expected a date" in text
    assert "(found 'kemarin')" in text
    assert "the end date is before the start date at row 3" in text
    assert "column aspects: expected dana, tenaga" in text
    assert "'uang'" in text
    assert "column partner: empty at row 2" in text
    with use_language("id"):
        assert "kolom Status: yang diharapkan berjalan, selesai atau batal di baris 2" in str(
            info.value
        )


def test_missing_columns_are_named():
    with pytest.raises(SchemaError, match=r"missing column\(s\): status"):
        mm.load_register(pd.DataFrame({"Organisasi": ["A"], "Mitra": ["B"]}))


def _running():
    return mm.load_register(
        pd.DataFrame(
            {
                "Organisasi": ["PKBM A", "PKBM A", "SKB B", "SKB B", "PKBM A"],
                "Mitra": ["LKP X", "BLK Y", "LKP Z", "LKP Z", "PT W"],
                "Tanggal Mulai": ["01/01/2025", "01/03/2025", "01/01/2024", "01/06/2024",
                                  "01/01/2025"],
                "Tanggal Selesai": ["31/12/2025", "15/07/2025", "01/05/2024", "01/09/2024",
                                    "01/05/2025"],
                "Status": ["berjalan", "berjalan", "selesai", "selesai", "berjalan"],
                "Nilai": ["", "", "2", "1", ""],
                "Laporan Terakhir": ["15/02/2025", "01/06/2025", "", "", "20/06/2025"],
            }
        )
    )  # fmt: skip


def test_health_report_findings_and_text():
    report = mm.health_report(_running(), months=3, as_of="01/07/2025", soon_days=30)
    table = report.to_frame()
    assert table["finding"].tolist() == ["no_report", "ending_soon", "overdue", "low_rated"]
    assert table.loc[0, "partner"] == "LKP X"
    assert table.loc[0, "days"] == 136
    assert table.loc[3, "partner"] == "LKP Z"
    text = report.text()
    assert text.startswith("Register kemitraan per 01-07-2025: 5 kemitraan, 3 masih berjalan.")
    assert "minta laporan perkembangan" in text
    assert "Partnership register, as of 01-07-2025" in report.text("en")


def test_health_report_parameters():
    with pytest.raises(ValueError, match="months must be a positive integer"):
        mm.health_report(_running(), months=0)
    with pytest.raises(mm.MitramatchError, match="as_of: expected a date"):
        mm.health_report(_running(), as_of="besok")


def test_history_criterion_scores_and_explains(index, needs_dict):
    register = pd.DataFrame(
        {
            "Organisasi": ["PKBM A", "PKBM B", "PKBM C"],
            "ID Mitra": ["LKP-01", "LKP-01", "BLK-01"],
            "Mitra": ["LKP Citra Busana", "LKP Citra Busana", "UPTD BLK Palembang"],
            "Tanggal Mulai": ["01/02/2021", "01/03/2024", "01/03/2024"],
            "Tanggal Selesai": ["01/08/2021", "01/09/2024", "01/05/2024"],
            "Status": ["selesai", "selesai", "batal"],
            "Nilai": ["5", "4", ""],
        }
    )
    history = mm.HistoryTrackRecord(register)
    profile = history.apply_to(mm.load_needs(needs_dict))
    assert profile.weights["track_record"] == 0
    ranking = mm.rank(index, profile, criteria=[history])
    frame = ranking.to_frame().set_index("partner_id")
    assert frame.loc["LKP-01", "score_track_record_history"] > 0.5
    assert frame.loc["BLK-01", "score_track_record_history"] < 0.5
    assert frame.loc["DIN-01", "score_track_record_history"] == 0.5
    assert "2 kemitraan selesai sejak 2021, 2 dinilai baik" in ranking.explain("LKP-01").sentence
    en = mm.rank(index, profile, criteria=[history], lang="en").explain("BLK-01").sentence
    assert "1 cancelled" in en
    # Passing the criterion without moving the weight changes nothing (default weight 0).
    plain = mm.rank(index, needs_dict).to_frame()["score"].tolist()
    assert mm.rank(index, needs_dict, criteria=[history]).to_frame()["score"].tolist() == plain
