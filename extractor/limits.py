"""A time budget for parsing one article, so that no text can hold a batch job for good.

A rule whose regular expression backtracks without end on some text (one did, for hours, on BBC line-ups ending
"Subs Not Used: ...") would stall every article after it. The extractor parses each batch, and each article it
redoes alone, under a budget; an article over it is reported as an input that failed and the job goes on. The
budget is far above what any article takes (the longest of 2,225 BBC articles takes under a second, a 1.6 MB
web page under two), and it needs an alarm signal: in a thread other than the main one (a Dask worker's) or where
the platform has none (Windows), articles run without it."""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

ARTICLE_SECONDS = 120.0


class TookTooLong(Exception):
    """The text held the pipeline past its budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"processing took longer than {seconds:g} s and was stopped (a rule that never finishes "
                         "on this text: please report it)")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``TookTooLong`` in the block after ``seconds``. An alarm already set around it that would ring
    sooner is left to ring; a later one is set again, less the time the block took."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    outer = signal.getitimer(signal.ITIMER_REAL)[0]
    if outer and outer <= seconds:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise TookTooLong(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-6))
