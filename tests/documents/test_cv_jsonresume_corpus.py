"""The real-content corpus: real people's JSON Resume files, anonymised, rendered into the generated layouts.

Guards what the bench's "real content" figures rest on: every stored file is anonymised (no e-mail address but a
fictitious one, no phone number but the fictitious one, no web address, profile, picture or street address of the
seeker), carries its origin and licence, and renders into a Word document that holds every labelled role.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "cv_corpus"
JSON_DIR = CORPUS / "jsonresume"
FILES = sorted(p.name for p in JSON_DIR.glob("*.json"))
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A run of digits and phone separators; a phone number when it holds nine digits or more and is not a date range.
PHONE_LIKE = re.compile(r"\+?\(?\d[\d ().-]{6,}\d")
DATES = re.compile(r"\d{4}(?:-\d{2}){0,2}(?: ?[-–] ?\d{4}(?:-\d{2}){0,2})*")
FICTITIOUS_PHONE = re.compile(r"\+1 202 555 01\d\d")


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cv_generate", CORPUS / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["cv_generate"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((JSON_DIR / name).read_text(encoding="utf-8"))
    return data


def _phone_numbers(text: str) -> list[str]:
    runs = PHONE_LIKE.findall(text)
    return [r for r in runs if len(re.sub(r"\D", "", r)) >= 9 and not DATES.fullmatch(r)]


def test_the_corpus_holds_at_least_forty_files_each_with_its_source_and_licence() -> None:
    sources = (JSON_DIR / "SOURCES.md").read_text(encoding="utf-8")
    assert len(FILES) >= 40
    for name in FILES:
        row = next((line for line in sources.splitlines() if line.startswith(f"| `{name}` |")), None)
        assert row, f"{name}: not in SOURCES.md"
        licence = re.search(r"\(licences/([0-9a-f]{10})\.txt\)", row)
        assert licence and (JSON_DIR / "licences" / f"{licence[1]}.txt").is_file(), f"{name}: no licence text"


@pytest.mark.parametrize("name", FILES)
def test_each_stored_resume_has_no_email_but_a_fictitious_one(name: str) -> None:
    text = (JSON_DIR / name).read_text(encoding="utf-8")
    foreign = [m for m in EMAIL.findall(text) if not m.lower().endswith(("@example.org", "@example.com"))]
    assert not foreign, f"{name}: {foreign}"


@pytest.mark.parametrize("name", FILES)
def test_each_stored_resume_has_no_phone_number_but_the_fictitious_one(name: str) -> None:
    data = _load(name)
    assert FICTITIOUS_PHONE.fullmatch(data["basics"]["phone"]), data["basics"]["phone"]
    text = (JSON_DIR / name).read_text(encoding="utf-8")
    assert _phone_numbers(text) == [data["basics"]["phone"]], f"{name}: {_phone_numbers(text)}"


@pytest.mark.parametrize("name", FILES)
def test_each_stored_resumes_basics_keep_nothing_that_points_at_the_seeker(name: str) -> None:
    basics = _load(name)["basics"]
    assert basics["email"].endswith("@example.org")
    assert not {"url", "website", "profiles", "image", "picture"} & set(basics), f"{name}: {sorted(basics)}"
    assert not {"address", "postalCode"} & set(basics.get("location") or {}), f"{name}: {basics['location']}"


def test_the_phone_check_catches_a_real_number_and_lets_date_ranges_pass() -> None:
    assert _phone_numbers('"phone": "+48 601 555 234", "x": "2017-05 - 2019-04"') == ["+48 601 555 234"]


def test_every_resume_renders_into_a_document_that_holds_each_labelled_role(tmp_path: Path) -> None:
    gen = _generator()
    labels = gen.generate_real_content(tmp_path)
    assert sorted(gen.real_content_source(n) for n in labels) == FILES
    assert {n.rsplit("__", 1)[1][: -len(".docx")] for n in labels} == set(gen.REAL_LAYOUTS)
    for name, want in labels.items():
        with zipfile.ZipFile(tmp_path / name) as z:
            xml = " ".join(z.read(p).decode() for p in z.namelist() if p.startswith("word/") and p.endswith(".xml"))
        text = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        assert len(want["roles"]) >= 2, f"{name}: {len(want['roles'])} role(s)"
        assert want["name"][0] in text or want["name"][0].upper() in text, name
        assert want["emails"][0] in text, name
        for role in want["roles"]:
            assert role["title"][0] in text, f"{name}: {role['title'][0]!r} not in the document"
            assert role["employer"][0] in text or role["employer"][0].upper() in text, f"{name}: {role['employer']}"


def test_an_entry_without_a_readable_start_is_left_out_and_a_missing_end_is_present() -> None:
    gen = _generator()
    assert gen.json_role({"position": "Nurse", "name": "Ward 4", "startDate": "20-08-2017"}) is None
    role = gen.json_role({"position": "Nurse", "name": "Ward 4", "startDate": "2017-08-20"})
    assert (role.start, role.end) == ("2017-08", "present")
    assert gen.json_date("April 2019") == "2019-04" and gen.json_date("04/2019") == "2019-04"
    assert gen.json_date("Ongoing") == "present" and gen.json_date("2019") == "2019"


def test_an_organisation_written_with_its_place_may_be_read_without_it_and_a_parent_organisation_may_not() -> None:
    gen = _generator()
    entry = {"position": "CAD Engineer", "startDate": "2015-08", "endDate": "2016-09"}
    assert gen.json_role(entry | {"name": "CADD Centre, Kottayam, India"}).also_employer == ["CADD Centre"]
    assert gen.json_role(entry | {"name": "SOR Lab, Seoul National University"}).also_employer == []
    placed = entry | {"name": "CADD Centre, Kottayam, India", "location": "Kottayam"}
    assert gen.json_role(placed).also_employer == []
