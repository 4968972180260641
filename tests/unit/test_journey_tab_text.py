"""What the After applying tab shows: hostile posting and email text stays literal text."""

from __future__ import annotations

from app.ui.journey_tab import _parse_questions, answer_markdown, md_escape, reply_markdown


def test_markdown_and_html_in_posting_text_are_shown_literally() -> None:
    hostile = "# Big <script>alert(1)</script> [click](http://evil.example) **now** | a |\n- item"
    out = md_escape(hostile)
    assert "<" not in out and ">" not in out.replace("&gt;", "")
    assert "\\#" in out and "\\[click\\]\\(http://evil\\.example\\)" in out and "\\*\\*now\\*\\*" in out
    assert "\n" not in out and "\\|" in out


def test_a_reply_shows_its_kind_in_plain_words_and_its_deciding_phrase() -> None:
    md = reply_markdown(
        {
            "kind": "rejection",
            "title": "Data <b>Engineer</b>",
            "company": "Acme",
            "sender": "hr@acme.example",
            "subject": "Your application",
            "received_on": "2026-11-30",
            "proposed_outcome": "declined",
            "evidence": "we have decided not to proceed",
            "excerpt": "Dear Alex",
        }
    )
    assert md.startswith("#### Rejection: Data &lt;b&gt;Engineer&lt;/b&gt;, Acme")
    assert "“we have decided not to proceed”" in md and "proposes **declined**" in md


def test_questions_take_an_optional_character_limit_and_answers_say_whose_words_they_are() -> None:
    assert _parse_questions("Why us? | 500\n\n  What is your notice period?  \nOdd | x") == [
        ("Why us?", 500),
        ("What is your notice period?", 1000),
        ("Odd", 1000),
    ]
    md = answer_markdown(
        {
            "idx": 1,
            "question": "Salary?",
            "answer": "",
            "state": "needs_you",
            "topic": "salary",
            "max_chars": 1000,
            "removed": [{"sentence": "I led 40 people.", "reasons": ["not in the CV"]}],
        }
    )
    assert "**2. Salary?**" in md and "left for you: a personal question (salary)" in md
    assert "removed: “I led 40 people\\.” — not in the CV" in md
