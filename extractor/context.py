"""The process environment the CLI talks to, injectable so tests can play terminal or pipe."""

from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import IntEnum
from typing import IO, Callable, Iterator, Mapping, NoReturn, Optional


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
_stopping = False  # the work's first Ctrl-C was raised: the next one stops the process at once
_holding = 0  # depth of ``uninterrupted`` blocks: a Ctrl-C inside one waits for its end
_pending = False  # a Ctrl-C arrived inside such a block
_at_hard_stop: list[Callable[[], None]] = []


def remember_interrupts() -> None:
    """Ctrl-C still raises KeyboardInterrupt, and is remembered too: the interpreter swallows one raised inside an
    object's finalizer ("Exception ignored in ... __del__"), and a command stopped while it starts must still stop.
    Until ``started`` it exits at once (SystemExit 130): while modules load there is nothing to finish, and a
    KeyboardInterrupt raised there sometimes ended the process by the signal itself (-2) instead of with 130.

    ``kill`` (SIGTERM) still ends the process by the signal, once what a second Ctrl-C would clean up is (the
    workers, a temporary output file beside its target).

    Only from the main thread, and only over Python's own handlers: a host program's handlers stay.
    """
    global _starting
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        _starting = True
        signal.signal(signal.SIGINT, _remember_interrupt)
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminated)


def started() -> None:
    """The command's work begins: from now on Ctrl-C raises KeyboardInterrupt, so finished output is kept, and a
    second one stops the process at once."""
    global _starting, _stopping, _pending
    _starting = _stopping = _pending = False


def _remember_interrupt(signum: int, frame: object) -> None:
    global _interrupted, _stopping, _pending
    _interrupted = True
    if _starting:
        raise SystemExit(INTERRUPTED)
    if _stopping:
        _stop_now()
    _stopping = True
    if _holding:
        _pending = True
        return
    raise KeyboardInterrupt


def _stop_now() -> NoReturn:
    """A second Ctrl-C: whatever the first one is still closing (workers ending, a report being rendered, a
    thread being joined) is abandoned. The registered actions run, then the process ends with 130 without
    unwinding."""
    _run_hard_stop_actions()
    clear = "\r\x1b[2K" if os.isatty(2) else ""  # the progress line, if one is drawn
    try:
        os.write(2, f"{clear}extractor: interrupted again: stopped at once; the output may be incomplete\n".encode())
    except OSError:
        pass
    os._exit(INTERRUPTED)


def _terminated(signum: int, frame: object) -> None:
    _run_hard_stop_actions()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _run_hard_stop_actions() -> None:
    """The actions ``at_hard_stop`` registered, newest first; each must be safe inside a signal handler (kill a
    process, remove a file)."""
    for action in reversed(_at_hard_stop):
        try:
            action()
        except Exception:  # the process ends anyway: one action failing must not keep the others from running
            pass


@contextmanager
def at_hard_stop(action: Callable[[], None]) -> Iterator[None]:
    """Run ``action`` if a second Ctrl-C or a ``kill`` stops the process at once while the block runs (kill the
    workers, remove a temporary file), since no ``finally`` runs then."""
    _at_hard_stop.append(action)
    try:
        yield
    finally:
        _at_hard_stop.remove(action)


@contextmanager
def uninterrupted() -> Iterator[None]:
    """A block that must finish once begun: a record half written would leave JSON that does not parse, a
    closing bracket missing. A first Ctrl-C inside it is raised when it ends; a second one still stops the
    process at once."""
    global _holding, _pending
    _holding += 1
    try:
        yield
    finally:
        _holding -= 1
    if not _holding and _pending:
        _pending = False
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
        """One line on stderr (see ``error_line``)."""
        self.stderr.write(error_line(message) + "\n")
        self.stderr.flush()


def error_line(message: str) -> str:
    """An error as one line: a name's bytes that are not UTF-8 are shown as ``\\xff`` rather than failing the
    write, and its control characters escaped (``\\n``), so a file name with a newline cannot split its line in
    two, nor forge another."""
    from .readers.decoding import printable_line  # loaded by then: the readers named the input

    return f"extractor: {printable_line(message)}"
