"""Dependencies shared by the routers."""

from __future__ import annotations

from fastapi import Request

from app.service import Jobsmith


def get_service(request: Request) -> Jobsmith:
    return request.app.state.jobsmith
