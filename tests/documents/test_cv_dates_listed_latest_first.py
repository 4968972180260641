"""Single dates listed latest first ("October 2014 & June 2014") cannot be one span from the first to the last, which
would end before it starts: each is a role of its own. A dates-first line of tabbed fields right under another that
leaves the employer's field out is a further post at the same employer."""

from __future__ import annotations

from app.documents.cv_spans import _spans
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_single_dates_latest_first_are_each_a_span_and_earliest_first_stay_one() -> None:
    assert _spans("October 2014 & June 2014") == [("2014-06", "2014-06"), ("2014-10", "2014-10")]
    assert _spans("2011, 2010") == [("2010", "2010"), ("2011", "2011")]
    assert _spans("July 2019 & July 2022") == []  # read as one span by the date reader
    assert _spans("2013 - 2017, 2019 - Present") == [("2013", "2017"), ("2019", "present")]


def test_a_title_alone_right_under_a_full_dates_first_line_is_a_post_at_the_same_employer() -> None:
    data = docx_bytes(
        ("Gordon Fairweather", "Title"),
        ("gordon.fairweather@example.org", None),
        ("EMPLOYMENT EXPERIENCE:", None),
        ("May 2016 – November 2018\tHead Cashier\t\t\t Shoppers Drug Mart", None),
        ("Operated the cash register and the lottery terminal.", None),
        ("May 2018 – June 2018\tField Training and Support Representative \t        Dominion Voting Systems", None),
        ("October 2014 & June 2014       \tField Services Representative", None),
        ("Dominion Voting Systems makes election technology.", None),
        ("June 2014- August 2015       \tCustomer Service Representative\t\t    \t     Canada Computers\t", None),
        ("Helped clients troubleshoot technical issues.", None),
    )
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert ("Field Services Representative", "Dominion Voting Systems", "2014-10", "2014-10") in got
    assert ("Field Services Representative", "Dominion Voting Systems", "2014-06", "2014-06") in got
    assert ("Customer Service Representative", "Canada Computers", "2014-06", "2015-08") in got
