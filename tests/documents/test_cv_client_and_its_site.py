"""A freelancer's clients, each a year over the client's name over its web address ("2013" / "Boone Community
Network" / "Boonecommunitynetwork.com" / what was built): the address spells the name, so the name is the
organisation the work was for, and the entry names no post; an address that spells nothing beside it is left as
written (from a round-38 tune file, a web engineer's freelance clients read with the client as title and its site
as employer)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def _cv() -> bytes:
    lines: list[tuple[str, bool]] = [("Alexis Brennan", True), ("alexis.brennan@example.org", False)]
    lines.append(("FREELANCE EXPERIENCE", True))
    for year, name, site in (
        ("2015", "Hold Me Tight Charlotte", "Holdmetightcharlotte.com"),
        ("2013", "Boone Community Network", "Boonecommunitynetwork.com"),
        ("2012", "Cosmic Cart", "Cosmiccart.com"),
    ):
        lines += [(year, True), (name, True), (site, True)]
        lines.append(("Complete web design & development. Developed a custom WordPress theme.", False))
    return bold_or_plain(*lines)


def test_a_client_over_the_site_that_spells_it_is_the_employer_with_no_post() -> None:
    roles = read_outline(_cv()).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("", "Hold Me Tight Charlotte", "2015"),
        ("", "Boone Community Network", "2013"),
        ("", "Cosmic Cart", "2012"),
    ]


def test_clients_of_one_year_are_peers_not_posts_under_the_first() -> None:
    """Three clients each dated "2012" follow one another: they are no succession of posts tiling the first one's
    year (posts held one after another have spans of their own), so none becomes a post at the first client."""
    lines: list[tuple[str, bool]] = [("Alexis Brennan", True), ("FREELANCE EXPERIENCE", True)]
    for name in ("Cosmic Cart", "Charlie’s Vision", "Mission Film Works"):
        lines += [
            ("2012", True),
            (name, True),
            ("Complete web design & development. Developed a custom WordPress theme.", False),
        ]
    roles = read_outline(bold_or_plain(*lines)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("", "Cosmic Cart"),
        ("", "Charlie’s Vision"),
        ("", "Mission Film Works"),
    ]
