"""The process environment the CLI talks to, injectable so tests can play terminal or pipe."""

from __future__ import annotations

import os
import signal
import sys
import threading
from dataclasses import dataclass, field
from enum import IntEnum
from typing import IO, Mapping, Optional


class ExitStatus(IntEnum):
    """Exit codes: shell pipelines branch on these."""

    OK = 0
    INPUT_ERROR = 1  # at least one input could not be read or processed; the others were written
    USAGE_ERROR = 2  # bad options, no model installed, nothing to read
    OUTPUT_ERROR = 3  # the output could not be written (a full disk, a read-only or missing directory)


class OutputError(Exception):
    """The output could not be written: the job is incomplete whatever its inputs did, so the command says which
    output failed and why in one line, and exits with its own status."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(target, reason)  # as args, so the error pickles back from a worker
        self.target = target
        self.reason = reason

    @classmethod
    def of(cls, target: str, error: OSError) -> "OutputError":
        return cls(target, error.strerror or str(error))

    def __str__(self) -> str:
        return f"cannot write {self.target}: {self.reason}"


INTERRUPTED = 130  # 128 + SIGINT: what shells report for a job stopped with Ctrl-C
_interrupted = False
_starting = False


def remember_interrupts() -> None:
    """Ctrl-C still raises KeyboardInterrupt, and is remembered too: the interpreter swallows one raised inside an
    object's finalizer ("Exception ignored in ... __del__"), and a command stopped while it starts must still stop.
    Until ``started`` it exits at once (SystemExit 130): while modules load there is nothing to finish, and a
    KeyboardInterrupt raised there sometimes ended the process by the signal itself (-2) instead of with 130.

    Only from the main thread, and only over Python's own handler: a host program's handler stays.
    """
    global _starting
    if threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        _starting = True
        signal.signal(signal.SIGINT, _remember_interrupt)


def started() -> None:
    """The command's work begins: from now on Ctrl-C raises KeyboardInterrupt, so finished output is kept."""
    global _starting
    _starting = False


def _remember_interrupt(signum: int, frame: object) -> None:
    global _interrupted
    _interrupted = True
    if _starting:
        raise SystemExit(INTERRUPTED)
    raise KeyboardInterrupt


def interrupted() -> bool:
    """Whether Ctrl-C was pressed since ``remember_interrupts``, even if its KeyboardInterrupt was swallowed."""
    return _interrupted


@dataclass
class Environment:
    stdin: Optional[IO[bytes]] = None
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    stdin_isatty: bool = False
    stdout_isatty: bool = False
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)

    @classmethod
    def from_sys(cls) -> "Environment":
        """The real process streams, read at call time (so test runners that swap them are seen)."""
        stdin = getattr(sys.stdin, "buffer", None)
        return cls(
            stdin=stdin,
            stdout=sys.stdout,
            stderr=sys.stderr,
            stdin_isatty=bool(sys.stdin and sys.stdin.isatty()),
            stdout_isatty=bool(sys.stdout and sys.stdout.isatty()),
            environ=os.environ,
        )

    @property
    def colour(self) -> bool:
        """Colour only on a terminal, and never under NO_COLOR (https://no-color.org)."""
        return self.stdout_isatty and not self.environ.get("NO_COLOR")

    def discard_stdout(self) -> None:
        """After standard output failed: what is still buffered for it goes nowhere, so the interpreter's last
        flush at exit does not fail again."""
        try:
            descriptor = self.stdout.fileno()
        except (AttributeError, OSError, ValueError):  # not a real file (a test's buffer): nothing to flush at exit
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, descriptor)
        os.close(devnull)

    def error(self, message: str) -> None:
        """One line on stderr; a name's bytes that are not UTF-8 are shown as ``\\xff`` rather than failing the write."""
        from .readers.decoding import printable_name  # loaded by then: the readers named the input

        self.stderr.write(f"extractor: {printable_name(message)}\n")
        self.stderr.flush()
