"""Sample seeker, posting and valid answers for tests, the bench and the fake provider's defaults."""

from __future__ import annotations

from typing import Any

from app.config.search import SalaryFloor, SearchConfig, Skills
from app.domain.models import Job, Location, Salary

CV_SKILLS = ["Python", "PostgreSQL", "FastAPI", "Redis", "Docker", "AWS", "pytest", "Terraform"]

_ROLES = [
    (
        "p4",
        "Senior Backend Engineer, Acme Payments, Melbourne (2021 to now)",
        [
            "Designed and ran a FastAPI service handling 40 million payment events a month on AWS.",
            "Cut p95 latency of the settlement API from 900 ms to 120 ms by reworking PostgreSQL queries.",
            "Introduced Redis-backed idempotency keys that ended duplicate charges.",
            "Led a team of four engineers and mentored two graduates.",
            "Moved deployments to Docker and Terraform, halving release time.",
        ],
    ),
    (
        "p11",
        "Backend Engineer, Blue Fern Health, Sydney (2018 to 2021)",
        [
            "Built Python data pipelines moving 2 TB of clinical data nightly into PostgreSQL.",
            "Raised test coverage from 40% to 85% with pytest and property-based tests.",
            "Wrote the on-call runbook used by twelve engineers.",
        ],
    ),
    (
        "p16",
        "Software Developer, Koala Logistics, Brisbane (2015 to 2018)",
        [
            "Maintained route-planning services in Python and SQL for 300 delivery vans.",
            "Automated weekly reporting, saving eight staff hours a week.",
        ],
    ),
]


def cv_text() -> str:
    """A CV rendered as the reader renders it: one paragraph per line with its id."""
    lines = [
        "[p0] Jordan Lee",
        "[p1] jordan.lee@example.com | +61 400 000 000 | Melbourne",
        "[p2] Profile",
        "[p3] Backend engineer with ten years of Python, building reliable payment and health-data systems.",
    ]
    n = 3
    for pid, heading, bullets in _ROLES:
        lines.append(f"[{pid}] {heading}")
        n = int(pid[1:])
        for bullet in bullets:
            n += 1
            lines.append(f"[p{n}] {bullet}")
    lines.append(f"[p{n + 1}] Skills")
    lines.append(f"[p{n + 2}] {', '.join(CV_SKILLS)}")
    lines.append(f"[p{n + 3}] Education: BSc Computer Science, University of Melbourne, 2014")
    return "\n".join(lines)


def search() -> SearchConfig:
    return SearchConfig(
        seeker_name="Jordan Lee",
        roles=["Backend Engineer", "Platform Engineer"],
        skills=Skills(must_have=["Python"], preferred=["PostgreSQL", "FastAPI"], nice_to_have=["Kubernetes"]),
        salary=SalaryFloor(minimum=150000, currency="AUD"),
    )


def job(n: int = 0, description: str | None = None) -> Job:
    text = description or (
        "We are hiring a Senior Backend Engineer to build our payments platform in Python and PostgreSQL. "
        "You will design APIs with FastAPI, own reliability, and mentor engineers. Experience with Redis and "
        "AWS is a plus. Kubernetes knowledge is nice to have. " * 3
    )
    return Job(
        title="Senior Backend Engineer",
        company=f"Wombat Pay {n}",
        source="test",
        source_id=str(n),
        locations=[Location(city="Melbourne", country="AU", raw="Melbourne VIC")],
        remote="hybrid",
        salary=Salary(min=160000, max=180000, currency="AUD", period="year", text="$160k-$180k"),
        description_text=text,
        apply_email=f"jobs{n}@wombatpay.example",
    )


FIT: dict[str, Any] = {
    "score": 0.82,
    "verdict": "strong",
    "matched_skills": ["Python", "PostgreSQL", "FastAPI"],
    "missing_skills": ["Kubernetes"],
    "reasons": ["Ten years of Python backend work"],
    "concerns": [],
}
PLAN: dict[str, Any] = {
    "section_order": [],
    "bullets": [{"parent_id": "p4", "bullet_ids": ["p6", "p5", "p7"]}],
    "summary": {
        "paragraph_id": "p3",
        "source_ids": ["p3", "p5"],
        "text": "Backend engineer with ten years of Python, building payment systems on AWS.",
    },
    "rewrites": [],
    "skills_emphasis": ["Python", "PostgreSQL", "FastAPI"],
    "rationale": "Puts payments and PostgreSQL work first.",
}
LETTER: dict[str, Any] = {
    "salutation": "Dear Hiring Manager,",
    "paragraphs": [
        {"text": "I build reliable payment systems in Python and PostgreSQL.", "source_ids": ["p3"]},
        {"text": "At Acme Payments I cut settlement latency from 900 ms to 120 ms.", "source_ids": ["p6"]},
    ],
}
REVIEW: dict[str, Any] = {"approved": True, "issues": [], "summary": "Facts trace to the CV."}

ANSWERS: dict[str, Any] = {
    "FitAssessment": FIT,
    "TailoringPlan": PLAN,
    "CoverLetterDraft": LETTER,
    "DocumentReview": REVIEW,
}


_EXTRA = [
    "Ran quarterly chaos drills for the payment ledger and fixed the {n} weakest failure paths found.",
    "Wrote design documents for {n} services and reviewed them with product, security and finance.",
    "Built dashboards in Grafana tracking {n} service-level objectives across the payments platform.",
    "Migrated {n} cron jobs to an event-driven Python worker pool backed by Redis queues.",
    "Coached {n} engineers through their first on-call rotation with paired incident reviews.",
    "Reduced AWS spend by {n}% by right-sizing PostgreSQL instances and archiving cold data.",
]


def long_cv_text() -> str:
    """A CV of realistic length (about 1,500 tokens): the sample CV plus projects and talks."""
    lines = [cv_text(), "[p40] Selected projects"]
    pid = 41
    for round_ in range(4):
        for template in _EXTRA:
            lines.append(f"[p{pid}] {template.format(n=3 + round_ * 2 + pid % 5)}")
            pid += 1
    lines.append(
        f"[p{pid}] Talks: PyCon AU 2023, 'Idempotency keys in practice'; "
        "Melbourne Python meetup 2022, 'PostgreSQL query plans for backend engineers'."
    )
    return "\n".join(lines)


# -- answers of the length the prompts ask for (benches: tokens and cost as a real model would bill them) --

FULL_FIT: dict[str, Any] = {
    "score": 0.84,
    "verdict": "strong",
    "matched_skills": ["Python", "PostgreSQL", "FastAPI", "Redis", "AWS", "Docker", "Terraform", "pytest"],
    "missing_skills": ["Kubernetes"],
    "reasons": [
        "Ten years of Python backend work, the last four on a FastAPI payments service at Acme Payments.",
        "Has run PostgreSQL at the posting's scale: 40 million payment events a month, p95 latency cut to 120 ms.",
        "Built Redis-backed idempotency keys, which the posting names as the core of its ledger work.",
        "Has led a team of four and mentored graduates, matching the posting's senior and mentoring duties.",
    ],
    "concerns": ["Kubernetes is listed as nice to have and the CV shows Docker and Terraform but not Kubernetes."],
}
FULL_PLAN: dict[str, Any] = {
    "section_order": [],
    "bullets": [
        {"parent_id": "p4", "bullet_ids": ["p5", "p6", "p7", "p8", "p9"]},
        {"parent_id": "p11", "bullet_ids": ["p12", "p13", "p14"]},
        {"parent_id": "p16", "bullet_ids": ["p17", "p18"]},
    ],
    "summary": {
        "paragraph_id": "p3",
        "source_ids": ["p3", "p5", "p6", "p7"],
        "text": "Backend engineer with ten years of Python, building reliable payment and health-data "
        "systems: a FastAPI service handling 40 million payment events a month on AWS, settlement "
        "latency cut from 900 ms to 120 ms, and Redis-backed idempotency keys that ended "
        "duplicate charges.",
    },
    "rewrites": [
        {
            "paragraph_id": "p5",
            "source_ids": ["p5"],
            "text": "Designed and ran the FastAPI payments service on AWS that handles 40 million payment events "
            "a month.",
        },
        {
            "paragraph_id": "p6",
            "source_ids": ["p6"],
            "text": "Reworked PostgreSQL queries behind the settlement API, cutting its p95 latency from 900 ms "
            "to 120 ms.",
        },
        {
            "paragraph_id": "p7",
            "source_ids": ["p7"],
            "text": "Introduced Redis-backed idempotency keys for payment requests, which ended duplicate charges.",
        },
        {
            "paragraph_id": "p12",
            "source_ids": ["p12"],
            "text": "Built the Python data pipelines that move 2 TB of clinical data into PostgreSQL every night.",
        },
    ],
    "skills_emphasis": ["Python", "PostgreSQL", "FastAPI", "Redis", "AWS", "Docker", "Terraform", "pytest"],
    "rationale": "The posting is a payments platform in Python and PostgreSQL with reliability and mentoring "
    "duties, so the payment work at Acme Payments leads, its latency and idempotency results are "
    "made concrete, and the clinical pipelines stay as evidence of PostgreSQL at volume.",
}
FULL_LETTER: dict[str, Any] = {
    "salutation": "Dear Hiring Manager,",
    "paragraphs": [
        {
            "source_ids": ["p3", "p4"],
            "text": "I am applying for the Senior Backend Engineer role on your payments platform. I have spent ten "
            "years building backend systems in Python, the last four at Acme Payments in Melbourne, where "
            "payments are the whole business, and I would like to bring that experience to a team that "
            "is building its platform in Python and PostgreSQL, as yours is.",
        },
        {
            "source_ids": ["p5", "p6", "p7"],
            "text": "At Acme Payments I designed and ran a FastAPI service that handles 40 million payment events "
            "a month on AWS. When the settlement API became a bottleneck, I reworked its PostgreSQL "
            "queries and brought its p95 latency down from 900 ms to 120 ms. I also introduced "
            "Redis-backed idempotency keys, which ended the duplicate charges that had been reaching "
            "customers. Reliability of this kind is what your posting asks its engineers to own, and it "
            "is the part of the work I enjoy most.",
        },
        {
            "source_ids": ["p8", "p9", "p13", "p14"],
            "text": "I have led a team of four engineers and mentored two graduates, and I moved our deployments to "
            "Docker and Terraform, which halved release time. Before that, at Blue Fern Health, I raised "
            "test coverage from 40% to 85% with pytest and property-based tests and wrote the on-call "
            "runbook that twelve engineers used. I care about leaving systems, and people, better able "
            "to carry on without me.",
        },
        {
            "source_ids": ["p12", "p17"],
            "text": "My earlier work moved 2 TB of clinical data into PostgreSQL every night and kept route "
            "planning running for 300 delivery vans, so I am at home with data at volume as well as with "
            "APIs. I would welcome the chance to talk about how I could help your team build and run "
            "its payments platform, and I can start on a month's notice.",
        },
    ],
}
FULL_REVIEW: dict[str, Any] = {
    "approved": True,
    "issues": [],
    "summary": "Every fact in the tailored CV and the letter traces to the CV (Acme Payments, Blue Fern Health, "
    "Koala Logistics; the figures 40 million, 900 ms, 120 ms, 2 TB, 40% and 85%). Spelling and "
    "length are within the limits.",
}
FULL_ANSWERS: dict[str, Any] = {
    "FitAssessment": FULL_FIT,
    "TailoringPlan": FULL_PLAN,
    "CoverLetterDraft": FULL_LETTER,
    "DocumentReview": FULL_REVIEW,
}
