"""Review helpers: hostile posting HTML, body-only letter edits, plain labels, what approval will do."""

from __future__ import annotations

import io

import pytest
from docx import Document

from app.domain.status import ALL_STATUSES
from app.errors import InputError
from app.review.actions import actions_for
from app.review.changes import changes
from app.review.html import docx_html, looks_internal, posting_html, sanitise
from app.review.letter_body import letter_body, replace_body
from app.review.plan import summary
from app.ui.labels import STATUS_LABELS, pct, status_label
from app.ui.render import banner_html, review_html
from tests.conftest import DEMO

LETTER = (DEMO / "cv" / "Alex_Morgan_CL.docx").read_bytes()


def test_sanitise_drops_remote_images_scripts_and_internal_links() -> None:
    out = sanitise(
        '<p onclick="x()">hi<img src="http://evil.example/p.png"><script>alert(1)</script>'
        '<a href="http://10.0.0.5/a">in</a><a href="https://jobs.example.com/x">out</a>'
        '<a href="javascript:alert(1)">js</a><style>p{}</style></p>'
    )
    assert "<img" not in out and "script" not in out and "onclick" not in out and "style" not in out
    assert 'href="https://jobs.example.com/x"' in out and "10.0.0.5" not in out and "javascript" not in out


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://localhost/",
        "http://[::ffff:127.0.0.1]/",
        "http://intranet/",
        "http://nas.local/",
        "http://169.254.169.254/latest",
        "file:///etc/passwd",
        "http://u:p@example.com/",
    ],
)
def test_links_that_look_internal_are_recognised(url: str) -> None:
    assert looks_internal(url)


def test_public_links_are_kept() -> None:
    assert not looks_internal("https://careers.example.com/jobs/1")


def test_plain_text_postings_are_escaped() -> None:
    out = posting_html("Title ![x](http://a/p.png)\n\n<not a tag", None)
    assert "&lt;not a tag" in out and "<img" not in out


def test_docx_preview_is_html_of_the_document() -> None:
    html = docx_html((DEMO / "cv" / "Alex_Morgan_CV.docx").read_bytes())
    assert "Alex Morgan" in html and "<img" not in html


def test_letter_body_edit_keeps_name_block_date_greeting_and_sign_off() -> None:
    before = [p.text for p in Document(io.BytesIO(LETTER)).paragraphs]
    body = letter_body(LETTER)
    assert body and "Dear" not in body and "Kind regards" not in body
    out = replace_body(LETTER, "First new paragraph.\n\nSecond new paragraph.")
    after = [p.text for p in Document(io.BytesIO(out)).paragraphs]
    sal = next(i for i, t in enumerate(before) if t.startswith("Dear"))
    assert after[: sal + 1] == before[: sal + 1]  # name block, contact lines, date, greeting
    sign = next(i for i, t in enumerate(before) if t.startswith("Kind regards"))
    assert after[-(len(before) - sign) :] == before[sign:]  # sign-off and name
    assert "First new paragraph." in after and "Second new paragraph." in after
    assert letter_body(out) == "First new paragraph.\n\nSecond new paragraph."


def _letter(*paragraphs: str) -> bytes:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_letter_body_of_blank_lines_becomes_the_spacing_around_and_between_paragraphs() -> None:
    blank_body = _letter("Alex Morgan", "Dear Hiring Manager,", "", "", "Kind regards,", "Alex Morgan")
    out = replace_body(blank_body, "First.\n\nSecond.")
    texts = [p.text for p in Document(io.BytesIO(out)).paragraphs]
    assert texts == [
        "Alex Morgan",
        "Dear Hiring Manager,",
        "",
        "First.",
        "",
        "Second.",
        "",
        "Kind regards,",
        "Alex Morgan",
    ]


def test_a_written_body_keeps_its_spacing_only_where_it_had_blanks() -> None:
    spaced = _letter("Dear Sam,", "", "Old one.", "Old two.", "", "Kind regards,", "Alex")
    texts = [p.text for p in Document(io.BytesIO(replace_body(spaced, "A.\n\nB.\n\nC."))).paragraphs]
    assert texts == ["Dear Sam,", "", "A.", "B.", "C.", "", "Kind regards,", "Alex"]


def test_an_empty_letter_body_is_refused() -> None:
    with pytest.raises(InputError):
        replace_body(LETTER, "  \n\n ")


def test_every_status_has_a_plain_label() -> None:
    assert set(ALL_STATUSES) <= set(STATUS_LABELS)
    assert all("_" not in status_label(s) for s in ALL_STATUSES)
    assert pct(0.97) == "97%" and pct(None) == ""


def test_actions_follow_the_status() -> None:
    assert actions_for({"status": "pending", "failed_stage": "send"}, {"recipient": "a@b.example"})[:2] == [
        "send_again",
        "retry",
    ]
    assert "skip" in actions_for({"status": "pending", "failed_stage": "tailor"})
    assert actions_for({"status": "unknown"}) == ["confirm_sent", "confirm_not_sent"]
    assert "applied" in actions_for({"status": "awaiting_approval"}, {"how": "link"})
    assert actions_for({"status": "sent"}) == ["outcome"]
    assert actions_for({"status": "declined"}) == []


def test_the_confirmation_says_where_each_job_goes() -> None:
    plans = [{"how": "email", "recipient": "careers@a.example"}] + [{"how": "link"}] * 3
    assert summary(plans) == "4 jobs: 1 emailed now to careers@a.example, 3 by apply link"


def test_changes_list_reorders_rewrites_and_refused_sentences() -> None:
    c = changes(
        {
            "cv": {
                "sections": [{"before": ["A", "B"], "after": ["B", "A"]}],
                "rewrites": [{"status": "applied", "before": "old", "after": "new"}],
                "reverted": [
                    {
                        "sentence": "Led 40 people.",
                        "reasons": ["a number not in the sources: 40"],
                        "restored": "Led people.",
                    }
                ],
            },
            "cover_letter": {"dropped": [{"sentence": "I hold a PhD.", "reasons": ["unknown certification"]}]},
        }
    )
    assert c["reordered"][0]["after"] == ["B", "A"] and c["rewritten"] == [{"before": "old", "after": "new"}]
    assert [r["where"] for r in c["removed"]] == ["CV", "cover letter"]
    assert "40" in c["removed"][0]["why"]


def test_review_html_escapes_posting_fields() -> None:
    r = {
        "job": {
            "id": "x",
            "status": "awaiting_approval",
            "title": "<b>T</b>",
            "company": "![x](http://a/p.png)",
            "apply_url": "javascript:alert(1)",
        },
        "plan": {"say": "apply by link"},
        "documents": {},
        "posting_html": "<img src=http://a/q.png><p>ok</p>",
    }
    html = review_html(r)
    assert "&lt;b&gt;T&lt;/b&gt;" in html and "<img" not in html and "<p>ok</p>" in html


def test_banner_says_dry_run_mail_and_demo() -> None:
    html = banner_html(
        {
            "dry_run": True,
            "approval_mode": True,
            "mail_configured": False,
            "demo": True,
            "budget_reached": True,
            "budget_per_day": 5.0,
        }
    )
    for words in ("Dry run is on", "Mail is not set up", "Demo data", "budget of $5.00 is reached"):
        assert words in html
