"""Reply classification offline: each kind from how such mail is written, and the hand-written sample set."""

from __future__ import annotations

from pathlib import Path

import yaml

from app.applications.reply_kinds import classify_reply

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "replies" / "replies.yaml"


def test_an_invitation_with_times_is_an_interview_and_proposes_interview() -> None:
    r = classify_reply("Next steps", "Hi Mia,\nAre you free on Thursday at 3pm for a video call with the team?")
    assert (r.kind, r.outcome) == ("interview", "interview")
    assert r.evidence.lower() == "are you free"


def test_a_rejection_that_mentions_the_interview_is_a_rejection() -> None:
    r = classify_reply(
        "Outcome",
        "Thank you for attending the interview. We regret to inform you that you have "
        "not been selected for the next round.",
    )
    assert (r.kind, r.outcome) == ("rejection", "declined")


def test_an_acknowledgement_that_promises_an_interview_if_shortlisted_is_not_an_invitation() -> None:
    r = classify_reply(
        "Application received",
        "Thank you for applying. If you are shortlisted we will invite "
        "you to an interview. Should you not hear from us, your application was unsuccessful.",
    )
    assert (r.kind, r.outcome) == ("acknowledgement", None)


def test_a_question_for_the_candidate_is_a_request_for_information() -> None:
    r = classify_reply("Quick one", "Thanks for applying. Before we schedule anything, what is your notice period?")
    assert (r.kind, r.outcome) == ("request_info", "responded")


def test_auto_replies_and_bounces_are_other_and_propose_nothing() -> None:
    for subject in ("Automatic reply: Application", "Undeliverable: Application", "Out of Office"):
        r = classify_reply(subject, "Thank you for your email. We regret any delay.")
        assert (r.kind, r.outcome) == ("other", None), subject


def test_mail_with_nothing_recognisable_is_other() -> None:
    assert classify_reply("Coffee?", "Keen to catch up next week, no agenda.").kind == "other"


def test_a_huge_body_is_read_within_bounds() -> None:
    r = classify_reply("Update", "Unfortunately the role has been filled. " + "x " * 2_000_000)
    assert r.kind == "rejection"


def test_the_held_out_samples_are_classified_with_at_least_90_percent_accuracy() -> None:
    held = [r for r in yaml.safe_load(SAMPLES.read_text()) if r["id"] % 2 == 0]
    right = sum(classify_reply(r["subject"], r["body"]).kind == r["label"] for r in held)
    assert len(held) >= 20 and right / len(held) >= 0.9
