"""Export folders: safe names whatever a posting says, inside the export root, idempotent re-runs."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.documents import export_folder_name, safe_export_dir, write_export
from app.domain.models import Job
from app.errors import DocumentError

DAY = date(2026, 11, 28)
HOSTILE = [
    ("../../etc", "passwd"),
    ("/", "/"),
    ("..", ".."),
    ("Acme\x00Corp", "Engineer\x00/../x"),
    ("C:\\Windows\\System32", "Lead"),
    ("Zoë’s Café — Ltd.", "Señor Ingeniero (Contract, 6 months)"),
    ("", ""),
    ("   ", "\t\n"),
    ("数据公司", "高级工程师"),
    ("A" * 500, "B" * 500),
    ("~/.ssh", "$(rm -rf /)"),
    ("..%2F..%2F", "%00"),
]


def test_export_folder_name_is_dated_lower_case_and_underscored():
    assert export_folder_name(DAY, "TasmanWave", "Senior Data Engineer") == "2026-11-28_tasmanwave_senior_data_engineer"
    assert export_folder_name(DAY, "Zoë’s Café", "Señor Ingeniero") == "2026-11-28_zoe_s_cafe_senor_ingeniero"


@pytest.mark.parametrize(("company", "title"), HOSTILE)
def test_export_folder_name_keeps_only_safe_characters(company, title):
    name = export_folder_name(DAY, company, title)
    assert name.startswith("2026-11-28_")
    assert set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789_-")
    assert 11 < len(name) <= 80
    assert ".." not in name


@pytest.mark.parametrize(("company", "title"), HOSTILE)
def test_safe_export_dir_stays_inside_root(tmp_path, company, title):
    root = tmp_path / "export"
    path = safe_export_dir(root, export_folder_name(DAY, company, title))
    assert path.parent == root.resolve()


@pytest.mark.parametrize("name", ["../escape", "/etc/passwd", "..", ".", "a/../../b", "x\x00y", "", "ü/../.."])
def test_safe_export_dir_neutralises_raw_hostile_names(tmp_path, name):
    path = safe_export_dir(tmp_path, name)
    assert path.parent == tmp_path.resolve()
    assert path.name not in ("", ".", "..")


def test_safe_export_dir_refuses_a_symlink_pointing_outside(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "root"
    root.mkdir()
    (root / "trap").symlink_to(outside)
    with pytest.raises(DocumentError, match="outside"):
        safe_export_dir(root, "trap")


def test_write_export_writes_the_seekers_file_names_and_job_info(tmp_path, alex_cv, alex_cl):
    job = Job(title="Senior Data Engineer", company="TasmanWave", source="greenhouse", source_id="1")
    result = write_export(
        tmp_path,
        job,
        "Alex_Morgan_CV.docx",
        alex_cv,
        "Alex_Morgan_CL.docx",
        alex_cl,
        {"job": job.model_dump(mode="json"), "engine": "offline"},
        pdf=False,
        day=DAY,
    )
    assert result.folder == tmp_path.resolve() / "2026-11-28_tasmanwave_senior_data_engineer"
    assert sorted(p.name for p in result.folder.iterdir()) == [
        "Alex_Morgan_CL.docx",
        "Alex_Morgan_CV.docx",
        "job_info.json",
    ]
    info = json.loads((result.folder / "job_info.json").read_text())
    assert info["engine"] == "offline"
    assert [d["name"] for d in info["documents"]] == ["Alex_Morgan_CV.docx", "Alex_Morgan_CL.docx"]
    assert (result.folder / "Alex_Morgan_CV.docx").read_bytes() == alex_cv


def test_write_export_twice_overwrites_the_same_folder(tmp_path, alex_cv, alex_cl):
    job = Job(title="Senior Data Engineer", company="TasmanWave")
    first = write_export(
        tmp_path, job, "Alex_Morgan_CV.docx", alex_cv, "Alex_Morgan_CL.docx", alex_cl, {}, pdf=False, day=DAY
    )
    second = write_export(
        tmp_path, job, "Alex_Morgan_CV.docx", alex_cl, "Alex_Morgan_CL.docx", alex_cl, {}, pdf=False, day=DAY
    )
    assert first.folder == second.folder
    assert len(list(tmp_path.iterdir())) == 1
    assert (second.folder / "Alex_Morgan_CV.docx").read_bytes() == alex_cl
    assert not [p for p in second.folder.iterdir() if p.name.startswith(".tmp-")]


def test_write_export_strips_folders_from_document_names(tmp_path, alex_cv, alex_cl):
    job = Job(title="../../x", company="../..")
    result = write_export(
        tmp_path, job, "../../Alex_Morgan_CV.docx", alex_cv, "/etc/Alex_Morgan_CL.docx", alex_cl, {}, pdf=False, day=DAY
    )
    assert result.folder.parent == tmp_path.resolve()
    assert {p.name for p in result.folder.iterdir()} == {"Alex_Morgan_CV.docx", "Alex_Morgan_CL.docx", "job_info.json"}
