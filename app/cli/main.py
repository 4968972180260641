"""The `jobsmith` command: the parser, the global options and the commands' registration.

Every command speaks to the API: the running app's, or, when none answers, an in-process one over a service
opened just for the command (embedded; see `app.cli.session`).
"""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from app.cli import cv, jobs, journey, up
from app.settings import get_settings

cli = typer.Typer(
    help="jobsmith: find, match, tailor, approve, send once, track.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class QuietLibraries(logging.Filter):
    """Below WARNING only jobsmith's own records pass: an HTTP client's line per request is noise here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.split(".")[0] == "app"


def main() -> None:
    cli()


@cli.callback()
def options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="also show libraries' log lines")] = False,
) -> None:
    """jobsmith: find, match, tailor, approve, send once, track."""
    handler = logging.StreamHandler()
    if not verbose:
        handler.addFilter(QuietLibraries())
    # First configuration wins: the app's own logging.basicConfig calls (app.main, `up`) then change nothing.
    logging.basicConfig(level=get_settings().LOG_LEVEL, format=LOG_FORMAT, handlers=[handler])


jobs.register(cli)
up.register(cli)
cv.register(cli)
journey.register(cli)
