"""Dependencies shared by the routers."""

from __future__ import annotations

from fastapi import Request, UploadFile

from app.errors import InputError
from app.service import Jobsmith

MAX_UPLOAD = 5 * 1024 * 1024


async def read_upload(file: UploadFile) -> bytes:
    """The uploaded bytes, refused with a clear error past MAX_UPLOAD (read no further than that)."""
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise InputError(f"{file.filename}: larger than {MAX_UPLOAD // 1048576} MB")
    return data


def get_service(request: Request) -> Jobsmith:
    svc: Jobsmith = request.app.state.jobsmith  # set once by create_app's lifespan
    return svc
