"""The `jobsmith` command (console script `app.cli:main`, or `python -m app.cli`).

`main` holds the parser and the registration; `jobs`, `up`, `cv` and `journey` the commands; `session` how a
command reaches the API and resolves job ids; `output` what it prints.
"""

from app.cli.main import cli, main

__all__ = ["cli", "main"]
