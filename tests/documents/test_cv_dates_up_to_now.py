"""An end written as "up to" and a word for now, in the languages CVs are written in ("bis jetzt", "até o momento",
"jusqu'à présent", "tot op heden", "hasta la actualidad"), is `present`, and the whole range is the role's dates."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates


@pytest.mark.parametrize(
    "end",
    [
        "bis jetzt",
        "bis dato",
        "até o momento",
        "até hoje",
        "até a presente data",
        "jusqu'à présent",
        "jusqu’à aujourd’hui",
        "hasta la actualidad",
        "a la actualidad",
        "tot op heden",
        "fino ad oggi",
        "till idag",
        "til nå",
        "do dnes",
        "до сих пор",
    ],
)
def test_up_to_now_ends_the_range_as_present(end: str) -> None:
    text = f"Juni 2021 – {end}"
    span = find_dates(text)
    assert span is not None
    assert (span.start, span.end) == ("2021-06", "present")
    assert text[span.begin : span.finish] == text
