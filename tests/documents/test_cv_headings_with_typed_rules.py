"""A heading with a rule typed after it to the end of the line ("Experience_____________________") is that heading:
the underscores are decoration, not words, and the line is no longer than its words."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain

RULE = "_" * 60


def test_headings_followed_by_typed_rules_open_their_sections() -> None:
    data = bold_or_plain(
        ("Sasha Marlowe", True),
        ("(+91) 92834 21557 | sasha.marlowe@example.org", False),
        ("Skills" + RULE, True),
        ("Soft Skills & Languages", False),
        ("Team Management, Public Speaking, Volunteering; English, Hindi, Urdu", False),
        ("Experience" + RULE, False),
        ("Keystone Robotix\tJul 2025 – Jan 2026", False),
        ("Embedded Systems Intern", False),
        ("Worked on embedded programming and PCB development for robotics projects.", False),
        ("Projects" + RULE, False),
        ("Wi-Fi & Bluetooth Jammer\tFeb 2025 – Mar 2025", False),
        ("Created a frequency-hopping jammer using ESP32 and NRF24 modules.", False),
    )
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert roles == [("Embedded Systems Intern", "Keystone Robotix", "2025-07")]
