"""The journey's API through the real app: form answers with the saved profile, the interview brief (JSON
and Word), and the replies list."""

from __future__ import annotations

import io

from docx import Document

POSTING = """Senior Data Engineer
Company: Fjordline Analytics
Location: Hobart, Tasmania (remote)
Requirements:
- Python and SQL for batch pipelines
- Azure Data Factory or AWS Glue
- Mentoring junior engineers
Apply to careers@fjordline.example"""


def _add(client) -> str:  # type: ignore[no-untyped-def]
    resp = client.post("/api/jobs", json={"text": POSTING})
    assert resp.status_code == 201, resp.text
    return resp.json()[0]["job_id"]


def test_form_answers_use_the_profile_for_personal_questions_and_can_be_edited(client, service) -> None:  # type: ignore[no-untyped-def]
    job_id = _add(client)
    assert client.put("/api/profile/answers", json={"answers": {"notice_period": "Four weeks."}}).status_code == 200
    assert client.put("/api/profile/answers", json={"answers": {"shoe_size": "9"}}).status_code == 422

    resp = client.post(
        f"/api/jobs/{job_id}/answers",
        json={
            "questions": [
                {"text": "Describe the data pipelines you have built.", "limit": 300},
                {"text": "What is your notice period?"},
                {"text": "What are your salary expectations?"},
            ]
        },
    )

    assert resp.status_code == 200, resp.text
    pipelines, notice, salary = resp.json()["items"]
    assert pipelines["state"] == "drafted" and "pipelines" in pipelines["answer"] and len(pipelines["answer"]) <= 300
    assert (notice["state"], notice["answer"]) == ("from_profile", "Four weeks.")
    assert (salary["state"], salary["answer"], salary["topic"]) == ("needs_you", "", "salary")
    edited = client.put(f"/api/jobs/{job_id}/answers/2", json={"answer": "Negotiable."}).json()["items"][2]
    assert (edited["state"], edited["answer"]) == ("edited", "Negotiable.")
    assert client.get(f"/api/jobs/{job_id}/answers").json()["items"][2]["answer"] == "Negotiable."
    assert client.put(f"/api/jobs/{job_id}/answers/9", json={"answer": "x"}).status_code == 404


def test_the_interview_brief_comes_as_json_and_as_a_word_document(client, service) -> None:  # type: ignore[no-untyped-def]
    job_id = _add(client)
    brief = client.get(f"/api/jobs/{job_id}/interview-brief").json()
    assert brief["company"] == "Fjordline Analytics" and brief["stories"] and brief["likely_questions"]
    resp = client.get(f"/api/jobs/{job_id}/interview-brief.docx")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/vnd.openxml")
    text = "\n".join(p.text for p in Document(io.BytesIO(resp.content)).paragraphs)
    assert "Interview brief: Senior Data Engineer, Fjordline Analytics" in text
    assert client.get("/api/jobs/nope/interview-brief").status_code == 404


def test_replies_list_starts_empty_and_an_unknown_reply_cannot_be_confirmed(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/replies").json() == {"items": []}
    assert client.post("/api/replies/nope/confirm", json={}).status_code == 404
