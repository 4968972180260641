"""The "roles in the wild" set (`tests/fixtures/cv_corpus/roles_wild.py`) is sound: each seed gives the same CV,
every CV opens, every labelled title, employer and date is really written in it (body, tables, text boxes), no
distractor line carries a labelled role, and both halves draw every layout. Nothing here measures the reader."""

from __future__ import annotations

import functools
import io
import re
import zipfile
from typing import Any

import pytest

from bench.bench_cv_reading import norm
from tests.fixtures.cv_corpus.roles_wild import LAYOUTS, draw
from tests.seeded_sets import assert_each_seed_gives_the_same_cv, assert_opens_with_python_docx

SEEDS = range(2 * len(LAYOUTS) * 2)  # every layout twice in each half
DATE = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?|present")


@functools.cache
def drawn(seed: int) -> tuple[str, bytes, dict[str, Any]]:
    return draw(seed)


def written(data: bytes) -> str:
    """All the document's text: body, tables and text boxes, headers and footers, a line per paragraph."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for member in z.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", member):
                xml = z.read(member).decode("utf-8")
                xml = re.sub(r"<w:tab/>", "<w:t>\t</w:t>", re.sub(r"<w:br/>", "<w:t>\n</w:t>", xml))
                xml = re.sub(r"<w:p[ >]", "\n\\g<0>", xml)  # a paragraph inside a box's anchor is a line of its own
                for chunk in xml.split("\n"):
                    parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", chunk)))
    text = "\n".join(parts)
    return text.replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<")


def test_each_seed_gives_the_same_cv() -> None:
    assert_each_seed_gives_the_same_cv(draw, range(0, 66, 5))


@pytest.mark.parametrize("seed", SEEDS)
def test_every_cv_opens_with_python_docx(seed: int) -> None:
    assert_opens_with_python_docx(drawn(seed)[1])


@pytest.mark.parametrize("seed", SEEDS)
def test_the_labelled_roles_are_written_in_the_cv(seed: int) -> None:
    _, data, labels = drawn(seed)
    text = written(data)
    folded = norm(text)
    assert 3 <= len(labels["roles"]) <= 12
    for role in labels["roles"]:
        assert role["title"][0] and role["employer"], role
        for answer in [*role["title"], *role["employer"], role["place"] or ""]:
            assert norm(answer) in folded, (answer, text[:400])
        assert role["dates"] in text, (role["dates"], text[:400])
        for side in ("start", "end"):
            assert role[side] is None or DATE.fullmatch(role[side]), role
            assert role[side] in (None, "present") or role[side][:4] in role["dates"], role
        assert role["start"] is None or role["end"] == "present" or role["start"] <= role["end"], role


@pytest.mark.parametrize("seed", SEEDS)
def test_no_distractor_is_labelled_as_a_role(seed: int) -> None:
    _, data, labels = drawn(seed)
    text = written(data)
    for line in labels["distractors"]:
        assert line in text, line
        for role in labels["roles"]:
            assert not (norm(role["title"][0]) in norm(line) and role["dates"] in line), (line, role)


def test_both_halves_draw_every_layout() -> None:
    for half in (0, 1):
        seen = {f for seed in range(half, 2 * len(LAYOUTS), 2) for f in drawn(seed)[2]["families"]}
        assert {f.split("=", 1)[1] for f in seen if f.startswith("layout=")} == set(LAYOUTS)


def test_the_set_draws_many_seekers_and_date_forms() -> None:
    families = {f for seed in SEEDS for f in drawn(seed)[2]["families"]}
    assert len({f for f in families if f.startswith("country=")}) >= 12
    assert len({f for f in families if f.startswith("lang=")}) >= 8
    assert len({f for f in families if f.startswith("field=")}) >= 10
    assert len({f for f in families if f.startswith("dates=")}) >= 12
