"""Renders every JobsmithError as {"error": ..., "detail": ...} with its own status code."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.errors import JobsmithError


def install(app: FastAPI) -> None:
    @app.exception_handler(JobsmithError)
    async def _jobsmith_error(_: Request, exc: JobsmithError) -> JSONResponse:
        return JSONResponse({"error": exc.message, "detail": exc.detail}, status_code=exc.status_code)
