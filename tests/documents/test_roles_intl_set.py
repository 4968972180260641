"""The "roles outside English" set (`tests/fixtures/cv_corpus/roles_intl.py`) is sound: each seed gives the same
CV, every CV opens, every labelled title, employer and date text is really written in it (body, tables, text boxes),
no distractor is labelled a role, and both halves draw every layout family. Nothing here measures the reader."""

from __future__ import annotations

import functools
import io
import re
import zipfile
from typing import Any

import pytest

from bench.bench_cv_reading import norm
from tests.fixtures.cv_corpus.roles_intl import LAYOUTS, draw
from tests.seeded_sets import assert_each_seed_gives_the_same_cv, assert_opens_with_python_docx

SEEDS = range(2 * len(LAYOUTS) * 3)


@functools.cache
def drawn(seed: int) -> tuple[str, bytes, dict[str, Any]]:
    return draw(seed)


def written(data: bytes) -> str:
    """All the document's text: body, tables and text boxes (document.xml holds them all), headers and footers."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for member in z.namelist():
            if not re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", member):
                continue
            xml = (
                z.read(member).decode("utf-8").replace("<w:tab/>", "<w:t>\t</w:t>").replace("<w:br/>", "<w:t>\n</w:t>")
            )
            for par in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", par)))
    return "\n".join(parts).replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'")


def test_each_seed_gives_the_same_cv() -> None:
    assert_each_seed_gives_the_same_cv(draw, range(0, 60, 7))


@pytest.mark.parametrize("seed", SEEDS)
def test_every_cv_opens_with_python_docx(seed: int) -> None:
    assert_opens_with_python_docx(drawn(seed)[1])


@pytest.mark.parametrize("seed", SEEDS)
def test_the_labelled_roles_are_written_in_the_cv(seed: int) -> None:
    _, data, labels = drawn(seed)
    text = written(data)
    folded = norm(text)
    assert 2 <= len(labels["roles"]) <= 12
    for role in labels["roles"]:
        assert role["end"] is not None and (role["start"] is not None)
        assert re.fullmatch(r"\d{4}(-\d\d)?", role["start"]) and re.fullmatch(r"\d{4}(-\d\d)?|present", role["end"])
        titles = [t for t in role["title"] if t]
        assert not titles or any(norm(t) in folded for t in titles), (role["title"], text[:400])
        assert any(norm(e) in folded for e in role["employer"]), (role["employer"], text[:400])
        assert role["place"] is None or norm(role["place"]) in folded
        assert role["written"] and all(w in text for w in role["written"]), (role["written"], text[:400])


@pytest.mark.parametrize("seed", SEEDS)
def test_distractors_are_written_but_not_labelled(seed: int) -> None:
    _, data, labels = drawn(seed)
    text = written(data)
    for item in labels["distractors"]:
        assert item["text"] in text, item
        for role in labels["roles"]:
            assert not (
                role["title"][0]
                and role["written"][0] in item["text"]
                and norm(role["title"][0]) in norm(item["text"])
                and norm(role["employer"][0]) in norm(item["text"])
            ), (item, role)
    assert all(role["kind"] in ("work", "intern", "army", "volunteer") for role in labels["roles"])


def test_both_halves_draw_every_layout_and_many_languages() -> None:
    for half in (0, 1):
        families = [f for seed in SEEDS if seed % 2 == half for f in drawn(seed)[2]["families"]]
        assert {f.split("=")[1] for f in families if f.startswith("layout=")} == set(LAYOUTS)
        assert len({f for f in families if f.startswith("lang=")}) >= 12
        assert len({f for f in families if f.startswith("country=")}) >= 12
        assert len({f for f in families if f.startswith("field=")}) >= 8
    assert len(LAYOUTS) >= 20
