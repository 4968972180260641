from __future__ import annotations

import pytest

from app.domain.status import ALL_STATUSES, TRANSITIONS, WORKING, Status, can_transition, check_transition
from app.errors import InvalidTransition


def test_every_status_has_a_transition_entry() -> None:
    assert set(TRANSITIONS) == set(Status)
    assert len(ALL_STATUSES) == len(Status)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("discovered", "queued"),
        ("queued", "processing"),
        ("processing", "documents_ready"),
        ("documents_ready", "awaiting_approval"),
        ("awaiting_approval", "approved"),
        ("approved", "sending"),
        ("sending", "sent"),
        ("sending", "unknown"),
        ("sent", "interview"),
        ("interview", "offer"),
        ("processing", "filtered"),
        ("processing", "rejected"),
        ("documents_ready", "dry_run_complete"),
        ("pending", "queued"),
        ("pending", "skipped"),
        ("unknown", "sent"),
    ],
)
def test_transition_allowed_along_the_documented_paths(a: str, b: str) -> None:
    assert check_transition(a, b) is Status(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("discovered", "sent"),
        ("queued", "approved"),
        ("awaiting_approval", "sent"),
        ("sent", "sending"),
        ("unknown", "sending"),
        ("sent", "approved"),
        ("declined", "offer"),
        ("withdrawn", "queued"),
        ("filtered", "approved"),
    ],
)
def test_transition_refused_names_both_ends(a: str, b: str) -> None:
    with pytest.raises(InvalidTransition) as exc:
        check_transition(a, b)
    assert a in exc.value.message and b in exc.value.message


def test_every_working_state_can_fall_to_pending() -> None:
    assert all(can_transition(s, Status.PENDING) for s in WORKING)


def test_unknown_is_never_resent_automatically() -> None:
    # Rule 7: from `unknown` only a person settles it; there is no path straight back to `sending`.
    assert Status.SENDING not in TRANSITIONS[Status.UNKNOWN]
