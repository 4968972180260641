"""FastAPI app factory and lifespan: the app process owns the store, recorder and executor."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api import applications, cv, discovery, errors, events, health, jobs, journey, security
from app.api import overview as overview_api
from app.api import review as review_api
from app.api import settings as settings_api
from app.service import Jobsmith
from app.settings import Settings, get_settings


def create_app(settings: Settings | None = None, service: Jobsmith | None = None) -> FastAPI:
    """Build the API. With `service`, the caller owns its lifecycle (CLI `up`, tests)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if service is not None:
            app.state.jobsmith = service
            yield
            return
        svc = Jobsmith(settings or get_settings()).start()
        app.state.jobsmith = svc
        try:
            yield
        finally:
            svc.stop()

    app = FastAPI(
        title="jobsmith",
        version=__version__,
        lifespan=lifespan,
        description="Find, de-duplicate, match, tailor, approve, send once, track.",
    )
    errors.install(app)
    security.install(app, settings or get_settings())  # token, Host names, cross-site, body limits
    app.include_router(health.router)
    app.include_router(jobs.router)
    app.include_router(discovery.router)
    app.include_router(applications.router)
    app.include_router(events.router)
    app.include_router(journey.router)
    app.include_router(cv.router)
    app.include_router(review_api.router)
    app.include_router(overview_api.router)
    app.include_router(settings_api.router)
    return app


def _default_app() -> FastAPI:
    logging.basicConfig(level=get_settings().LOG_LEVEL)
    return create_app()


# `uvicorn app.main:app`: the object is built at import, but nothing opens until the lifespan starts.
app = _default_app()
