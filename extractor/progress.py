"""The progress line a batch draws on a terminal's stderr: the command's alone, the library never draws it."""

from __future__ import annotations

import threading
import time
from collections import deque
from contextlib import contextmanager
from typing import IO, Callable, Iterator, Optional


class ProgressLine:
    """Articles done, articles/s and errors (with the total and an ETA when the job's size is known) on one row
    of a terminal's stderr, which it never leaves behind.

    The rate, and so the ETA, is over the last ``window`` seconds: a job's first batches (the model warming up,
    workers starting) made an ETA from the whole run's average 25 times too short. A timer thread redraws the
    row every ``every`` seconds, so the clock moves while a slow batch runs; it starts at the first article
    done, after any pool workers were forked. ``paused()`` clears the row while something else is printed to
    the same terminal (an error line, a summary), and ``close`` clears it for good.
    """

    def __init__(self, stream: IO[str], every: float = 0.5, total: Optional[int] = None, window: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.every = every
        self.total = total
        self.window = window
        self.clock = clock
        self.started = clock()
        self.done = self.errors = self.skipped = 0
        self.samples: deque[tuple[float, int]] = deque([(self.started, 0)])
        self.drawn = False
        self.closed = threading.Event()
        self.lock = threading.RLock()
        self.timer: Optional[threading.Thread] = None

    def advance(self, failed: int = 0, done: int = 1) -> None:
        """``done`` more articles, ``failed`` of them failures (a whole shard at a time from a cluster)."""
        self._count(done, failed=failed)
        if self.timer is None:
            self.timer = threading.Thread(target=self._tick, name="extractor-progress", daemon=True)
            self.timer.start()
            self.draw()

    def skip(self, count: int = 1) -> None:
        """``count`` more records passed over (left out by ``--language-filter``, or already written by an earlier
        run): each is one of the job's articles done, or a batch of many skips would look stuck and its ETA never
        reach the total. Counted only: the timer starts at the first article extracted, after the pool forked."""
        self._count(count, skipped=count)

    def _count(self, done: int, *, failed: int = 0, skipped: int = 0) -> None:
        with self.lock:
            self.done += done
            self.errors += failed
            self.skipped += skipped
            now = self.clock()
            self.samples.append((now, self.done))
            while len(self.samples) > 2 and self.samples[1][0] <= now - self.window:
                self.samples.popleft()

    def rate(self, now: float) -> float:
        """Articles per second over the moving window."""
        since, done_then = self.samples[0]
        return (self.done - done_then) / (now - since) if now > since else 0.0

    def text(self, now: float) -> str:
        rate = self.rate(now)
        counted = f"{self.done:,} of {self.total:,} articles" if self.total is not None else f"{self.done:,} articles"
        parts = [counted, f"{rate:.1f} articles/s", f"{self.errors:,} errors", _clock(now - self.started)]
        if self.skipped:
            parts.insert(3, f"{self.skipped:,} skipped")
        if self.total is not None:
            left = max(self.total - self.done, 0)
            parts.append(f"ETA {_clock(left / rate)}" if rate > 0 else "ETA -:--:--")
        return "  ".join(parts)

    def draw(self) -> None:
        with self.lock:
            if self.closed.is_set():
                return
            self.stream.write("\r\x1b[2K" + self.text(self.clock()))
            self.stream.flush()
            self.drawn = True

    def clear(self) -> None:
        with self.lock:
            if self.drawn:
                self.stream.write("\r\x1b[2K")
                self.stream.flush()
                self.drawn = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        """The row cleared while the caller prints to the same terminal; redrawn on the next tick."""
        with self.lock:
            self.clear()
            yield

    def message(self, text: str) -> None:
        with self.paused():
            self.stream.write(text + "\n")
            self.stream.flush()
        self.draw()

    def _tick(self) -> None:
        while not self.closed.wait(self.every):
            self.draw()

    def close(self) -> None:
        with self.lock:
            self.draw()
            self.closed.set()
            self.clear()
        if self.timer is not None:
            self.timer.join()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
