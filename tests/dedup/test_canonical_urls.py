"""Canonical URLs and normalised keys."""

from __future__ import annotations

import pytest

from app.dedup.canonical import canonical_url, company_key, title_key


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://jobs.example.com/job/88213?utm_source=rss&utm_medium=feed", "https://jobs.example.com/job/88213"),
        (
            "HTTPS://WWW.Boards.Greenhouse.io/tasmanwave/jobs/4012345001?gh_src=abc#apply",
            "https://boards.greenhouse.io/tasmanwave/jobs/4012345001",
        ),
        ("http://example.com/jobs/1/?ref=hn&source=twitter&id=7", "https://example.com/jobs/1?id=7"),
        ("https://example.com/jobs?b=2&a=1&utm_campaign=x", "https://example.com/jobs?a=1&b=2"),
        ("https://example.com:8443/j/1", "https://example.com:8443/j/1"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", [None, "", "not a url", "/relative/path"])
def test_unusable_urls_have_no_canonical_form(url: str | None) -> None:
    assert canonical_url(url) is None


def test_case_of_the_path_is_kept() -> None:
    assert canonical_url("https://x.example/Jobs/AbC") == "https://x.example/Jobs/AbC"


def test_company_key_ignores_legal_suffixes_case_and_spacing() -> None:
    assert company_key("TasmanWave") == company_key("Tasman Wave Pty Ltd") == company_key("TASMANWAVE, Inc.")
    assert company_key("KoalaWorks") != company_key("TasmanWave")


def test_title_key_spells_out_aliases_and_drops_notes() -> None:
    assert title_key("Sr. Data Engineer (Contract, 6 months)") == "senior data engineer"
    assert title_key("Senior Data Engineer - TasmanWave - Remote") == "senior data engineer"
