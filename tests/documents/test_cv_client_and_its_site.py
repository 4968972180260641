"""A freelancer's clients, each a year over the client's name over its web address ("2013" / "Boone Community
Network" / "Boonecommunitynetwork.com" / what was built): the address spells the name, so the name is the
organisation the work was for, and the entry names no post (from a round-38 tune file, a web engineer's freelance
clients read with the client as title and its site as employer). A client's site need not spell its name
("Harbor Air" / "goharbor.com"): a name on its line, written as a name and naming no post, over a bare web address on
the next is the client all the same; a site that leads a line of its own ("ShopRightNow.com (PHP Development)") is the
employer, and what follows it the work."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain

SPELT = (
    ("2015", "Hold Me Tight Charlotte", "Holdmetightcharlotte.com"),
    ("2013", "Boone Community Network", "Boonecommunitynetwork.com"),
    ("2012", "Cosmic Cart", "Cosmiccart.com"),
)


def _cv(clients: tuple[tuple[str, str, str], ...] = SPELT) -> bytes:
    """A freelancer's clients: each a year over the client's name over its site, then what was built."""
    lines: list[tuple[str, bool]] = [("Alexis Brennan", True), ("alexis.brennan@example.org", False)]
    lines.append(("FREELANCE EXPERIENCE", True))
    for year, name, site in clients:
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


def test_a_client_over_a_site_that_does_not_spell_it_is_still_the_employer() -> None:
    clients = (
        ("2011", "Harbor Air", "goharbor.com"),
        ("2010", "Lindqvist Yoga Studio", "annalindqvistyoga.com"),
        ("2009", "Quarry Hill Bakery", "bakedinvermont.net"),
    )
    roles = read_outline(_cv(clients)).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("", "Harbor Air", "2011"),
        ("", "Lindqvist Yoga Studio", "2010"),
        ("", "Quarry Hill Bakery", "2009"),
    ]


def test_a_post_over_a_site_stays_the_post_at_the_site() -> None:
    """A post's name over a bare web address is the post at the firm the address names, not a client."""
    lines: list[tuple[str, bool]] = [("Alexis Brennan", True), ("EXPERIENCE", True)]
    lines += [("2016 – 2018", True), ("Senior Web Developer", True), ("shoprightnow.com", True)]
    lines.append(("Built the checkout and the product pages.", False))
    [role] = read_outline(bold_or_plain(*lines)).roles
    assert (role.title.value, role.employer.value) == ("Senior Web Developer", "shoprightnow.com")
