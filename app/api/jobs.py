"""Jobs: list with filters and pagination, detail, add, approve, reject, retry, documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Response, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse

from app.api.deps import get_service, read_upload
from app.api.schemas.jobs import (
    AddedJob,
    AddJobRequest,
    DecisionRequest,
    JobDetail,
    JobIdMatches,
    JobPage,
    JobSummary,
    ShortIds,
    ShortIdsRequest,
    Stats,
)
from app.errors import NotFound
from app.intake import AddResult
from app.service import Jobsmith
from app.store import jobs as q

router = APIRouter(prefix="/api", tags=["jobs"])
Service = Annotated[Jobsmith, Depends(get_service)]
MATCHES_SHOWN = 10


@router.get("/jobs", response_model=JobPage)
def list_jobs(
    svc: Service,
    status: Annotated[list[str] | None, Query()] = None,
    q_: Annotated[str | None, Query(alias="q", description="search title, company, location")] = None,
    source: str | None = None,
    min_score: float | None = None,
    sort: str = "updated",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JobPage:
    rows, total = q.list_jobs(
        svc.store, status=status, q=q_, source=source, min_score=min_score, sort=sort, limit=limit, offset=offset
    )
    return JobPage(items=[JobSummary(**r) for r in rows], total=total, limit=limit, offset=offset)


@router.get("/jobs/resolve", response_model=JobIdMatches)
def resolve_job_id(
    svc: Service,
    prefix: Annotated[str, Query(min_length=4, max_length=64, description="the start of a job id (≥ 4 characters)")],
) -> JobIdMatches:
    """The jobs whose id starts with `prefix` (at most 10): one means the prefix names that job."""
    found = q.ids_starting(svc.store, prefix, limit=MATCHES_SHOWN + 1)
    return JobIdMatches(prefix=prefix, matches=found[:MATCHES_SHOWN], more=len(found) > MATCHES_SHOWN)


@router.post("/jobs/short-ids", response_model=ShortIds)
def short_job_ids(body: ShortIdsRequest, svc: Service) -> ShortIds:
    """Each id's shortest unique prefix, at least `min_length` long (for narrow tables); unknown ids whole."""
    return ShortIds(short=q.unique_prefixes(svc.store, body.ids, body.min_length))


@router.get("/jobs/{job_id}", response_model=JobDetail)
def job_detail(job_id: str, svc: Service) -> JobDetail:
    return JobDetail(**q.get_job(svc.store, job_id))


def _added(results: list[AddResult], response: Response) -> list[AddedJob]:
    """201 when anything new was recorded; 200 when every posting was already known (a re-paste).

    Either way the body lists each posting with its job id, status and a note; a known one says
    "already known: ... is job <id> (<status>)" and has `already_known: true`.
    """
    if results and all(r.already_known for r in results):
        response.status_code = 200
    return [AddedJob(**r.__dict__) for r in results]


@router.post("/jobs", response_model=list[AddedJob], status_code=201)
async def add_job(body: AddJobRequest, svc: Service, response: Response) -> list[AddedJob]:
    results = await run_in_threadpool(
        svc.add_from,
        url=body.url,
        text=body.text,
        data=body.payload.encode() if body.payload is not None else None,
        filename=body.filename,
    )
    return _added(results, response)


@router.post("/jobs/upload", response_model=list[AddedJob], status_code=201)
async def upload_postings(svc: Service, file: Annotated[UploadFile, File()], response: Response) -> list[AddedJob]:
    data = await read_upload(file)
    results = await run_in_threadpool(svc.add_from, data=data, filename=file.filename)
    return _added(results, response)


@router.post("/jobs/{job_id}/approve", response_model=JobSummary)
def approve(job_id: str, svc: Service) -> JobSummary:
    svc.approve(job_id)
    return JobSummary(**q.get_job(svc.store, job_id))


@router.post("/jobs/{job_id}/reject", response_model=JobSummary)
def reject(job_id: str, svc: Service, body: DecisionRequest | None = None) -> JobSummary:
    svc.reject(job_id, body.reason if body else None)
    return JobSummary(**q.get_job(svc.store, job_id))


@router.post("/jobs/{job_id}/retry", response_model=JobSummary)
def retry(job_id: str, svc: Service) -> JobSummary:
    svc.retry(job_id)
    return JobSummary(**q.get_job(svc.store, job_id))


@router.get("/jobs/{job_id}/documents/{name}", response_class=FileResponse)
def download(job_id: str, name: str, svc: Service) -> FileResponse:
    path = Path(q.document_path(svc.store, job_id, name))
    if not path.is_file():
        raise NotFound(f"{name} was recorded but is no longer on disk at {path}")
    return FileResponse(path, filename=path.name)


@router.get("/stats", response_model=Stats)
def stats(svc: Service) -> Stats:
    counts = q.counts_by_status(svc.store)
    return Stats(total=sum(counts.values()), by_status=counts)
