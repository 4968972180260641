"""What a reply to an application says, offline: interview, rejection, request for information,
automated acknowledgement, or other.

Rules follow how such mail is written rather than particular senders: a decision is stated in the past or
present ("we have decided", "has been filled"), an invitation proposes a meeting ("invite you to", "are
you free on"), a request asks the candidate for something ("could you send", "please provide"). Sentences
that only describe what *might* happen ("if you are shortlisted we will invite you to interview") are
hypothetical: they are typical of acknowledgements and never count as an invitation or a rejection.
The result is a proposal with the phrase that decided it; the seeker confirms it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

ReplyKind = Literal["interview", "rejection", "request_info", "acknowledgement", "other"]
KINDS: tuple[ReplyKind, ...] = ("interview", "rejection", "request_info", "acknowledgement", "other")

# The outcome each kind proposes (None: nothing to record; an acknowledgement is not the employer's answer).
PROPOSED_OUTCOME: dict[ReplyKind, str | None] = {
    "interview": "interview",
    "rejection": "declined",
    "request_info": "responded",
    "acknowledgement": None,
    "other": None,
}


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Mail that is not a person's or a system's answer to the application at all.
_NOT_AN_ANSWER = _rx(
    r"\b(automatic|auto)[- ]?reply\b",
    r"\bout of (the )?office\b",
    r"\bundeliverable\b",
    r"\bdelivery (status notification|has failed|failure)\b",
    r"\bmailer-daemon\b",
    r"\baddress not found\b",
    r"\bunsubscribe\b",
    r"\bpassword was changed\b",
    r"\bcomplete your profile\b",
    r"\bnew jobs? for\b",
    r"\baccepted (another|an?other|a different) (offer|role|position)\b",
)

_HYPOTHETICAL = _rx(
    r"\bif\b",
    r"\bshould (you|we)\b",
    r"\bin the event\b",
    r"\bunless\b",
    r"\bcandidates (who are )?(invited|selected|shortlisted)\b",
    r"\bwill be notified\b",
    r"\bmay not be able\b",
    r"\bonce we\b",
    r"\bwhen we\b",
)

_REJECTION = _rx(
    r"\bunfortunately\b",
    r"\bregret\b",
    r"\bunsuccessful\b",
    r"\bnot (be )?(moving|progressing|proceeding|going) (forward|further|ahead)\b",
    r"\bnot to (progress|proceed|move forward|continue)\b",
    r"\bdecided to (move forward|go|proceed|continue|pursue|progress) with"
    r" (other|another|a|an|the) (candidate|applicant|person)",
    r"\bdecided to (pursue|offer the (position|role) to) (other|another)\b",
    r"\b(chosen|selected|appointed|hired|offered the (position|role) to)"
    r" (another|a different|an?other) (candidate|applicant|person)\b",
    r"\boffer the (position|role|job) to another\b",
    r"\b(position|role|vacancy|job)\b[^.]{0,40}\b(has|have) (now )?been filled\b",
    r"\b(we've|we have) filled the\b",
    r"\bnot (been )?(selected|shortlisted|successful|chosen)\b",
    r"\bwill not be (progressing|proceeding|moving|taking)\b",
)

_INVITATION = _rx(
    r"\binvite you (to|for)\b",
    r"\binvitation to\b",
    r"\binvitation:",
    r"\bwould (like|love) to (have a chat|chat|meet|speak|talk|arrange|set up|schedule|invite|get to know)",
    r"\b(like|love) to (meet|speak with|talk with|get to know) you\b",
    r"\b(set up|arrange|book|schedule) (a|an|your) [\w -]{0,25}(interview|call|screen|chat|conversation|meeting)\b",
    r"\b(interview|screen|call|round|conversation) (is|has been) (scheduled|booked|confirmed|arranged)\b",
    r"\bconfirm your (in-person |video |phone )?interview\b",
    r"\bconfirm (your )?attendance\b",
    r"\b(phone|video|panel|technical|final|second|first)[- ](screen|call|interview|round|stage)\b",
    r"\bthrough to the (final|next|second) (round|stage)\b",
    r"\bmove you (to|forward to) the\b",
    r"\b(are you|would you be) (free|available)\b",
    r"\bpick a time\b",
    r"\b(calendly|cal\.com)\b",
    r"\bwhich of (these|the following) (dates|times|slots)\b",
    r"\bsuggest (two|three|a few|some) (slots|times)\b",
    r"\bcan you come in\b",
    r"\byour availability\b",
)

_REQUEST = _rx(
    r"\b(could|can|would) you (please )?(send|provide|share|confirm|tell|let (me|us) know|complete|forward|supply)\b",
    r"\bplease (could you )?(send|provide|share|complete|confirm|supply|forward|upload)\b",
    r"\bkindly (send|share|provide|submit)\b",
    r"\bwe (will )?need (your|a copy|copies|the)\b",
    r"\bwhat (are|is) your\b",
    r"\bdo you (require|need|have)\b",
    r"\b(salary|rate) expectations\b",
    r"\bnotice period\b",
    r"\b(working|work) rights\b",
    r"\bright to work\b",
    r"\beligibility to work\b",
    r"\bvisa sponsorship\b",
    r"\breferee",
    r"\breferences\b",
    r"\b(online )?assessment\b",
    r"\baction required\b",
    r"\bdocuments required\b",
)

_ACKNOWLEDGEMENT = _rx(
    r"\b(we|we've|we have) (have )?(received|got) (your application|it)\b",
    r"\bapplication (has been )?received\b",
    r"\b(submission|application) [\w ()]{0,60}has been (successfully )?(received|submitted)\b",
    r"\bconfirms? that (we have received )?your application\b",
    r"\byour application is in\b",
    r"\bthank(s| you) for (applying|your application|your interest|submitting)\b",
    r"\bautomated (message|email|response)\b",
    r"\b(do not|don't|please do not) reply\b",
    r"\bnot monitored\b",
    r"\b(will|we'll) (review|be reviewing|be in touch)\b",
    r"\breview (your|every|all) application",
)


@dataclass(frozen=True)
class ReplyReading:
    kind: ReplyKind
    evidence: str  # the phrase that decided it ("" when nothing did)
    outcome: str | None  # the outcome it proposes, for the seeker to confirm

    def as_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "evidence": self.evidence, "proposed_outcome": self.outcome}


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _first(pattern: re.Pattern[str], sentences: list[str]) -> str:
    for s in sentences:
        m = pattern.search(s)
        if m:
            return m.group(0)
    return ""


def classify_reply(subject: str, body: str) -> ReplyReading:
    """Read one reply (its subject and plain-text body; markup already removed) into a kind."""
    subject = " ".join(subject.split())[:500]
    body = body[:20_000]  # a reply's decision is near its top; a huge body must not cost more
    everything = [subject, *_sentences(body)]
    if hit := _first(_NOT_AN_ANSWER, everything):
        return ReplyReading("other", hit, None)
    factual = [s for s in everything if not _HYPOTHETICAL.search(s)]
    decisive: tuple[tuple[ReplyKind, re.Pattern[str]], ...] = (
        ("rejection", _REJECTION),
        ("interview", _INVITATION),
        ("request_info", _REQUEST),
    )
    for kind, pattern in decisive:
        if hit := _first(pattern, factual):
            return ReplyReading(kind, hit, PROPOSED_OUTCOME[kind])
    if hit := _first(_ACKNOWLEDGEMENT, everything):
        return ReplyReading("acknowledgement", hit, None)
    return ReplyReading("other", "", None)
