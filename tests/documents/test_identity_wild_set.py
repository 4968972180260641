"""The "identity in the wild" set (`tests/fixtures/cv_corpus/identity_wild.py`) is sound: each seed gives the same
CV, every CV opens, what its labels say is the seeker's is really written in it, and no distractor is labelled the
seeker's. Nothing here measures the reader."""

from __future__ import annotations

import functools
import io
import re
import unicodedata
import zipfile
from typing import Any

import pytest

from tests.fixtures.cv_corpus.identity_wild import LAYOUTS, draw
from tests.seeded_sets import assert_each_seed_gives_the_same_cv, assert_opens_with_python_docx

SEEDS = range(160)


@functools.cache
def drawn(seed: int) -> tuple[str, bytes, dict[str, Any]]:
    return draw(seed)


def fold(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.casefold().replace("’", "'")


def words(name: str) -> list[str]:
    return sorted(re.sub(r"[.,;:()\[\]\"“”/|·•]", " ", fold(name)).split())


def written(data: bytes) -> tuple[str, list[str]]:
    """All the document's text (body, text boxes, tables, headers, footers) and its link targets."""
    parts, links = [], []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for member in z.namelist():
            if not member.endswith((".xml", ".rels")):
                continue
            xml = z.read(member).decode("utf-8")
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", member):
                xml = re.sub(r"<w:tab/>", "<w:t>\t</w:t>", re.sub(r"<w:br/>", "<w:t>\n</w:t>", xml))
                for par in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                    parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", par)))
            elif member.startswith("word/_rels/"):
                links += re.findall(r'Target="([^"]+)"', xml)
    text = "\n".join(parts).replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'")
    return text, links


def deobfuscated(text: str) -> str:
    text = text.replace("＠", "@")
    text = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", text)
    text = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", text)
    return re.sub(r"(\S+) at (\S+(?: dot \S+)+)", lambda m: f"{m[1]}@{m[2].replace(' dot ', '.')}", text)


def test_each_seed_gives_the_same_cv() -> None:
    assert_each_seed_gives_the_same_cv(draw, range(0, 40, 3))


@pytest.mark.parametrize("seed", SEEDS)
def test_every_cv_opens_with_python_docx(seed: int) -> None:
    assert_opens_with_python_docx(drawn(seed)[1])


@pytest.mark.parametrize("seed", SEEDS)
def test_the_labelled_name_and_contacts_are_written_in_the_cv(seed: int) -> None:
    _, data, labels = drawn(seed)
    text, links = written(data)
    folded = fold(deobfuscated(text))
    folded += "\n" + re.sub(r"\s+", "", folded)  # a name written with or without a space between its parts
    assert labels["name"] and (labels["emails"] or labels["phones"])
    for reading in labels["name"]:
        assert all(w in folded for w in words(reading)), (reading, text[:300])
    for email in labels["emails"]:
        assert email.casefold() in folded or f"mailto:{email}" in links, (email, text[:300])
    for phone in labels["phones"]:
        assert phone in text, (phone, text[:300])


@pytest.mark.parametrize("seed", SEEDS)
def test_distractors_are_written_but_not_labelled(seed: int) -> None:
    _, data, labels = drawn(seed)
    text, _ = written(data)
    distract = labels["distractors"]
    readings = [words(r) for r in labels["name"]]
    for name in distract["names"]:
        assert fold(name) in fold(text) and words(name) not in readings
    for email in distract["emails"]:
        assert email in text and email.casefold() not in {e.casefold() for e in labels["emails"]}
    for phone in distract["phones"]:
        assert phone in text and phone not in labels["phones"]


def test_the_set_draws_every_layout_and_many_countries() -> None:
    families = [f for seed in range(300) for f in drawn(seed)[2]["families"]]
    assert {f.split("=")[1] for f in families if f.startswith("layout=")} == set(LAYOUTS)
    assert len({f for f in families if f.startswith("country=")}) >= 12
    assert len({f for f in families if f.startswith("script=")}) >= 8
