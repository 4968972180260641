"""PDF through the real LibreOffice, and a parse-back check that catches a broken or wrong PDF."""

from __future__ import annotations

import json
import shutil

import pytest

from app.documents import check_cv_pdf, check_pdf_text, docx_to_pdf, tailor_application
from app.errors import DocumentError

from .conftest import TODAY, alex_match, fixture_bytes, harbourline_programme_job, priya_match, tasmanwave_job

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def alex_tailored():
    from app.config.agents import AgentsConfig
    from app.config.search import SearchConfig

    return tailor_application(
        fixture_bytes("Alex_Morgan_CV.docx"),
        fixture_bytes("Alex_Morgan_CL.docx"),
        tasmanwave_job(),
        alex_match(),
        SearchConfig(locale="en-AU"),
        AgentsConfig(),
        today=TODAY,
    )


@pytest.fixture(scope="module")
def alex_pdf(alex_tailored) -> bytes:
    return docx_to_pdf(alex_tailored.cv_docx)


def test_libreoffice_is_installed_here():
    assert shutil.which("soffice") or shutil.which("libreoffice")


def test_docx_to_pdf_converts_the_tailored_cv_and_it_reads_back(alex_tailored, alex_pdf):
    assert alex_pdf.startswith(b"%PDF") and len(alex_pdf) > 5000
    check = check_cv_pdf(alex_pdf, alex_tailored.cv_docx)
    assert check.ok, check.problems
    assert check.text.index("Certifications") < check.text.index("Education")  # the tailored order
    assert "+61 412 345 678" in check.text


def test_docx_to_pdf_converts_the_table_layout_cv_with_header_and_footer():
    from app.config.agents import AgentsConfig
    from app.config.search import SearchConfig

    result = tailor_application(
        fixture_bytes("Priya_Natarajan_CV.docx"),
        None,
        harbourline_programme_job(),
        priya_match(),
        SearchConfig(locale="en-GB"),
        AgentsConfig(),
        today=TODAY,
    )
    pdf = docx_to_pdf(result.cv_docx)
    check = check_cv_pdf(pdf, result.cv_docx)
    assert check.ok, check.problems
    assert "Priya Natarajan – CV – page 1" in check.text
    assert "Zoë’s Reading Trust" in check.text


def test_docx_to_pdf_converts_the_cover_letter(alex_tailored):
    pdf = docx_to_pdf(alex_tailored.cl_docx)
    check = check_pdf_text(
        pdf,
        name="Alex Morgan",
        contacts=["alex.morgan@example.com", "+61 412 345 678"],
        headings=["Dear Hiring Manager,", "Kind regards,"],
    )
    assert check.ok, check.problems


def test_check_pdf_text_fails_an_empty_or_broken_pdf():
    for broken in (b"", b"%PDF-1.4\n%%EOF", b"not a pdf at all"):
        check = check_pdf_text(broken, name="Alex Morgan", headings=["Experience"])
        assert not check.ok
        with pytest.raises(DocumentError, match="does not read back"):
            check.raise_for_problems()


def test_check_pdf_text_fails_a_pdf_of_another_document(alex_tailored, alex_pdf):
    check = check_pdf_text(
        alex_pdf, name="Priya Natarajan", contacts=["priya.n@example.org"], headings=["Experience", "Volunteering"]
    )
    assert not check.ok
    assert "name missing: Priya Natarajan" in check.problems
    assert "heading missing: Volunteering" in check.problems


def test_check_pdf_text_fails_headings_out_of_order(alex_pdf):
    check = check_pdf_text(alex_pdf, name="Alex Morgan", headings=["Referees", "Professional Summary"])
    assert not check.ok and any("out of order" in p for p in check.problems)


def test_docx_to_pdf_without_libreoffice_says_so(alex_tailored):
    with pytest.raises(DocumentError, match="LibreOffice is not installed"):
        docx_to_pdf(alex_tailored.cv_docx, soffice="/nonexistent/soffice")


def test_docx_to_pdf_times_out_cleanly(alex_tailored):
    with pytest.raises(DocumentError, match="did not finish"):
        docx_to_pdf(alex_tailored.cv_docx, timeout=0.05)


def test_docx_to_pdf_refuses_a_file_that_is_not_a_docx():
    # LibreOffice would happily convert plain text; only a validated .docx goes in.
    with pytest.raises(DocumentError, match=r"not a Word \.docx file"):
        docx_to_pdf(b"this is not a word file", timeout=60)


def test_write_export_with_pdf_writes_both_pdfs(tmp_path, alex_tailored):
    from app.documents import write_export

    result = write_export(
        tmp_path,
        tasmanwave_job(),
        "Alex_Morgan_CV.docx",
        alex_tailored.cv_docx,
        "Alex_Morgan_CL.docx",
        alex_tailored.cl_docx,
        {"engine": "offline"},
        pdf=True,
        day=TODAY,
    )
    names = sorted(p.name for p in result.folder.iterdir())
    assert names == [
        "Alex_Morgan_CL.docx",
        "Alex_Morgan_CL.pdf",
        "Alex_Morgan_CV.docx",
        "Alex_Morgan_CV.pdf",
        "job_info.json",
    ]
    assert result.pdf_error is None and result.pdf_problems == []
    assert check_cv_pdf((result.folder / "Alex_Morgan_CV.pdf").read_bytes(), alex_tailored.cv_docx).ok
    info = json.loads((result.folder / "job_info.json").read_text())
    assert info["pdf_check"] == {"error": None, "problems": []}


def test_docx_to_pdf_runs_two_conversions_at_once(alex_tailored):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(docx_to_pdf, [alex_tailored.cv_docx, alex_tailored.cl_docx]))
    assert all(p.startswith(b"%PDF") for p in pdfs)
    assert check_cv_pdf(pdfs[0], alex_tailored.cv_docx).ok
