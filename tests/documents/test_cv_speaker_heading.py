"""A section headed "Speaker" (or "Speaking") lists talks given, each with its event and date: no talk is a role,
though "Speaker" names a post."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def _roles(heading: str) -> list[tuple[str, str]]:
    data = bold_or_plain(
        ("Camille Ferreira", True),
        ("Email: camille.ferreira@example.org", False),
        ("Work", True),
        ("Mail Delivery. Kiwi Mail. 2005.", False),
        ("Video Game Development tutor. Chalkle. September 2013.", False),
        (heading, True),
        ("Hamilton Linux Users Group. 2014. Speaker on GoDot Game Engine.", False),
        ("Kiwi PyCon. 2013. Lightning Talk regarding the lastfm api.", False),
        ("Projects", True),
        ("FreshFigure Photography. 2012 - Ongoing. Stock photography site.", False),
    )
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_talks_under_a_speaker_heading_are_no_roles() -> None:
    for heading in ("Speaker", "Speaking", "Public Speaking"):
        roles = _roles(heading)
        assert ("Mail Delivery", "Kiwi Mail") in roles, heading
        assert not any("Hamilton" in t + e or "PyCon" in t + e for t, e in roles), (heading, roles)
