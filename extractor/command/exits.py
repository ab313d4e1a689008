"""How the command ends when it cannot go on: one line on stderr and the status that tells why (README, "Exit codes
and errors"). Light to import: ``extractor schema`` and option parsing use it without loading spaCy."""

from __future__ import annotations

from typing import NoReturn

import typer

from ..context import Environment, ExitStatus, OutputError
from ..writers import STANDARD_OUTPUT

BROKEN_PIPE = 141  # 128 + SIGPIPE: what shells report for a command whose reader went away


def usage_error(env: Environment, message: str) -> NoReturn:
    env.error(message)
    raise typer.Exit(ExitStatus.USAGE_ERROR)


def output_failed(env: Environment, error: OutputError, *, resumable: bool = False) -> NoReturn:
    """One line saying which output failed and why, and the status that tells it from a failed input."""
    if error.target == STANDARD_OUTPUT:
        env.discard_stdout()
    env.error(f"{error}; run the same command with --resume to continue" if resumable else str(error))
    raise typer.Exit(ExitStatus.OUTPUT_ERROR)


def reader_gone(env: Environment) -> NoReturn:
    """Standard output's reader went away (``| head -1``): what was still buffered goes nowhere, nothing is said,
    and the status is a broken pipe's (128 + SIGPIPE), as a shell reports for any command a pipe stopped."""
    env.discard_stdout()
    raise typer.Exit(BROKEN_PIPE)
