"""The model-proposed CV outline: what survives grounding when the model reads a real CV right, and what a model's
inventions become.

With a model configured, `app.llm.cv_propose.propose_outline` asks it for the outline (name, contacts, roles) and
keeps only the fields the CV's text states. This bench sends each licensed real CV
(`tests/fixtures/cv_corpus/real/files/`, hand labels in `labels_licensed.yaml`) through the real gateway and SDK to
the fake provider on loopback, which answers as a careful model would: the hand labels themselves (first spelling
of each field). Scored like `bench_cv_reading.py`: how many labelled roles come back with title, employer and both
dates right, and how many names and contacts; so this measures the grounding, not any model. A second pass answers
with the labels plus one invented role per CV (an employer and title the CV never names) and one real role's
employer swapped for a company the CV does not name: every invented field must be dropped.

    python bench/bench_cv_proposal.py [--split heldout|tune|all]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.config.agents import AgentsConfig  # noqa: E402
from app.documents.cv_lines import read_lines  # noqa: E402
from app.documents.cv_outline import CvOutline  # noqa: E402
from app.documents.cv_structure import read_outline  # noqa: E402
from app.documents.package import DocxPackage  # noqa: E402
from app.llm.cv_propose import propose_outline  # noqa: E402
from app.llm.gateway import LLMGateway  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.testing.fake_llm import FakeLLMServer  # noqa: E402
from app.testing.fake_state import FakeRequest  # noqa: E402
from bench.bench_cv_reading import LICENSED_DIR, LICENSED_LABELS, corpus_generator, load_corpus, norm, pct, role_right  # noqa: E402

INVENTED = {
    "title": "Chief Strategy Officer",
    "employer": "Quillfeather Dynamics",
    "start": "2015-01",
    "end": "2016-06",
}
SWAPPED_EMPLOYER = "Blackmoor Analytics Group"


def _first(value: Any) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return "" if value is None else str(value)


def proposal_from_labels(want: dict[str, Any], lie: bool) -> dict[str, Any]:
    roles = [
        {
            "title": _first(r["title"]),
            "employer": _first(r["employer"]),
            "place": r.get("place") or "",
            "start": _first(r.get("start")),
            "end": _first(r.get("end")),
        }
        for r in want["roles"]
    ]
    if lie:
        if roles:
            roles[0] = {**roles[0], "employer": SWAPPED_EMPLOYER}
        roles.append({**INVENTED, "place": ""})
    return {"name": _first(want["name"]), "emails": want["emails"], "phones": want["phones"], "roles": roles}


def _key(text: str) -> str:
    return hashlib.sha256(text.strip().encode()).hexdigest()


def _cv_text(data: bytes) -> str:
    return "\n".join(line.text for line in read_lines(DocxPackage(data)))


def _gateway(fake: FakeLLMServer, cache: Path) -> LLMGateway:
    settings = Settings(
        _env_file=None,
        ANTHROPIC_API_KEY="bench-key",
        ANTHROPIC_BASE_URL=fake.url,
        CACHE_DIR=cache,
    )
    agents = AgentsConfig.model_validate(
        {
            "tailor": {"provider": "anthropic"},
            "budgets": {"per_job_usd": 1000, "per_day_usd": 100_000},  # every CV is asked under job id "cv"
            "providers": {
                "anthropic": {
                    "default_model": "claude-sonnet-5-5",
                    "requests_per_minute": 100_000,
                    "tokens_per_minute": 1_000_000_000,
                }
            },
        }
    )
    return LLMGateway.from_settings(settings, agents, prompt_caching=False)


def _count_ties(c: dict[str, int], out: CvOutline, read: CvOutline) -> None:
    """Kept roles tied to a paragraph of the CV (so their bullets and the paragraph are theirs when tailored), and
    those tied to a paragraph the reader read as a role with other dates (another role's bullets)."""
    dates_at = {r.source_id: (r.start.value, r.end.value) for r in read.roles if r.source_id}
    for r in out.roles:
        if r.source_id:
            c["tied"] += 1
            c["mistied"] += dates_at.get(r.source_id) not in (None, (r.start.value, r.end.value))


def run(files: dict[str, bytes], labels: dict[str, Any], lie: bool) -> dict[str, int]:
    by_text = {_key(_cv_text(d)): proposal_from_labels(labels[n], lie) for n, d in files.items()}

    def answer(req: FakeRequest) -> dict[str, Any]:
        body = req.last_user.split("<seeker_cv>\n", 1)[1].split("\n</seeker_cv>", 1)[0]
        return by_text[_key(body)]

    c = dict.fromkeys(
        ("roles", "right", "names", "names_right", "contacts", "contacts_right", "kept_lies", "tied", "mistied"), 0
    )
    with tempfile.TemporaryDirectory() as tmp, FakeLLMServer(answers={"CvProposal": answer}) as fake:
        gateway = _gateway(fake, Path(tmp))
        for name, data in sorted(files.items()):
            want, out = labels[name], propose_outline(gateway, data)
            _count_ties(c, out, read_outline(data))
            for role in want["roles"]:
                c["roles"] += 1
                c["right"] += any(role_right(r, role) for r in out.roles)
            c["names"] += bool(want["name"])
            c["names_right"] += bool(want["name"]) and norm(out.name.value) in {norm(n) for n in want["name"]}
            c["contacts"] += 1
            c["contacts_right"] += {e.lower() for e in out.contact.emails} == {e.lower() for e in want["emails"]}
            found = {norm(r.employer.value) for r in out.roles} | {norm(r.title.value) for r in out.roles}
            c["kept_lies"] += lie and bool(
                found & {norm(INVENTED["employer"]), norm(INVENTED["title"]), norm(SWAPPED_EMPLOYER)}
            )
    return c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["heldout", "tune", "all"], default="heldout")
    args = ap.parse_args()
    gen = corpus_generator()
    every, labels = load_corpus(LICENSED_DIR, LICENSED_LABELS, "licensed real")
    files = {n: data for n, data in every.items() if args.split == "all" or gen.split_of(n) == args.split}
    honest = run(files, labels, lie=False)
    lying = run(files, labels, lie=True)
    print(f"licensed real CVs ({args.split}): {len(files)}, through the gateway and SDK to the fake provider")
    print(
        f"a model that reads right (the hand labels as its answer): roles kept right "
        f"{pct(honest['right'], honest['roles'])}, names {pct(honest['names_right'], honest['names'])}, "
        f"e-mails {pct(honest['contacts_right'], honest['contacts'])}; kept roles tied to a CV paragraph "
        f"{honest['tied']}, of which to a paragraph read as a role with other dates {honest['mistied']}"
    )
    print(
        f"a model that invents (one invented role and one employer swapped per CV): CVs with an invented field kept "
        f"{lying['kept_lies']}/{len(files)}; real roles still right {pct(lying['right'], lying['roles'])}"
    )


if __name__ == "__main__":
    main()
