"""Directory output (``-o DIR/``) is organised by shard: one input and its part file. The shard-level
logic lives in one function, ``extract_shard``: read one input, skip what a partial part already
holds, run ``extract_batch`` batch by batch, write whole flushed lines, fsync, complete the part by
rename, and return the manifest entry. It is what every engine that works shard by shard maps:
``--workers 1`` runs it input after input (``extract_shards``, whose batches span inputs, so a directory of
one-article files is still parsed 32 articles at a time), ``--engine dask`` maps it over a cluster
(``cluster.py``), and a Spark job can call it from ``mapPartitions``. It never writes the manifest:
the driver (``PartDirectory``) plans the shards (skipping complete ones with the same SHA-256, and
logging ``started``) and logs each ``complete`` entry the function returns.
"""



from __future__ import annotations

import json
import os
from collections import deque
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional

from .batch import BATCH_SIZE, Item, articles_of, batches_of, extract_batch, outcomes_of
from .context import OutputError
from .core import Extractor, Outcome, language_warning
from .facts import ArticleFacts
from .job_files import (DirectoryInUse, close_quietly, content_hash, cut_torn_line, open_guarded, own,
                        read_manifest)
from .readers import Article, FieldNames, InputError, Limits, expand_inputs, printable_name, read_inputs
from .writers import JsonLinesWriter, Writer, dumps


MANIFEST = "manifest.jsonl"


def is_directory_output(path: str) -> bool:
    """``-o DIR/`` or ``-o`` an existing directory asks for part files and a manifest."""
    return path.endswith(("/", os.sep)) or Path(path).is_dir()


@dataclass(frozen=True)
class ReadOptions:
    """How a shard's input is read and its lines are written; travels with the task to whichever worker runs it."""

    fields: FieldNames = FieldNames()
    input_format: Optional[str] = None
    limits: Limits = Limits()
    published: Optional[str] = None  # overrides every article's own date (--date)
    only: Optional[tuple[str, ...]] = None
    keep_text: bool = False
    language: Optional[str] = None  # --language-filter: articles the library warns are in another are left out


def unheard(count: int) -> None:
    """Where records passed over are told when nothing draws progress (the library, a test)."""


@dataclass
class Skipped:
    """What a run left out without an error, for the closing lines to say: the files a directory holds in no
    format extractor reads, and the articles ``--language-filter`` left out."""

    files: list[str] = field(default_factory=list)
    articles: int = 0
    passed: Callable[[int], None] = field(default=unheard, repr=False, compare=False)
    """Told of each record passed over (left out here, or already written by an earlier run): the progress line."""

    def article(self) -> None:
        self.articles += 1
        self.passed(1)


def in_language(items: Iterable[Item], language: Optional[str], skipped: Skipped) -> Iterator[Item]:
    """The items but the articles the library warns are not in ``language`` (only English can be told), counted in
    ``skipped``; reading errors pass. The same input gives the same items every run, as ``--resume`` needs."""
    for item in items:
        if language is not None and isinstance(item, Article) and language_warning(item.text[item.body_start:]):
            skipped.article()
            continue
        yield item


@dataclass(frozen=True)
class ShardTask:
    """One input and the part file its records go to: all a worker on any machine needs, and picklable."""

    index: int
    input: str
    sha256: Optional[str]
    folder: str
    resume: bool = False  # continue the partial part an earlier run of the same job left (same input, same hash)
    options: ReadOptions = ReadOptions()
    error: Optional[str] = None  # why the input could not even be listed (an empty directory, an unmatched glob)

    @property
    def part(self) -> str:
        return f"part-{self.index:06d}.jsonl"

    def entry(self, status: str, **counts: int) -> dict[str, Any]:
        """This shard's manifest line (the input's name as it can be written: ``b\\xff.txt``)."""
        return {"shard": self.index, "input": printable_name(self.input), "sha256": self.sha256, "part": self.part,
                "status": status, **counts}

    def items(self, stdin: Optional[IO[bytes]] = None, skipped: Optional[Skipped] = None) -> Iterator[Item]:
        """The input's articles and reading errors, dated with ``--date`` when it was given; those not in the
        language asked for are counted in ``skipped``."""
        if self.error is not None:
            yield InputError(self.input, self.error)
            return
        options = self.options
        read = read_inputs([self.input], stdin=stdin, fields=options.fields, input_format=options.input_format,
                           limits=options.limits)
        for item in in_language(read, options.language, skipped if skipped is not None else Skipped()):
            if options.published is not None and isinstance(item, Article):
                item.published = options.published
            yield item


@dataclass
class ShardResult:
    """What a shard run hands back to the driver, which alone writes the manifest and reports failures.

    ``entry`` is the ``complete`` manifest line, or ``None`` when the run itself failed (say, a worker
    lost its disk): the shard then stays ``started`` and ``--resume`` redoes it.
    """

    entry: Optional[dict[str, Any]]
    failures: list[tuple[str, str]]  # (source, reason) of each input that failed in this run
    done: int = 0  # lines written in this run, failures included
    skipped_records: int = 0
    skipped_errors: int = 0
    skipped_articles: int = 0  # left out by --language-filter


class PartFile:
    """One shard's part: the whole lines an interrupted run left, new lines appended whole and flushed,
    completed by fsync and rename. Only the process that runs the shard touches it."""

    def __init__(self, folder: Path, name: str, only: Optional[tuple[str, ...]] = None, *,
                 resume: bool = False) -> None:
        self.final = folder / name
        self.partial = folder / f"{name}.partial"
        self.only = only
        self.handle: Optional[IO[str]] = None
        self.records = self.errors = self.skipped_records = self.skipped_errors = 0
        if resume:
            self.kept = self._kept_lines()
        else:  # a part left by a run over other content would mix two inputs' lines
            self.partial.unlink(missing_ok=True)
            self.kept = []

    def remaining(self, read: Callable[[], Iterable[Item]],
                  passed: Callable[[int], None] = unheard) -> Iterator[Item]:
        """The input's items after the kept lines (each told to ``passed``); if those do not match it, the part
        starts over."""
        for number, item in enumerate(read()):
            if number < len(self.kept):
                source, failed = self.kept[number]
                if source == item.source:
                    self.records += not failed
                    self.errors += failed
                    self.skipped_records += 1
                    self.skipped_errors += failed
                    passed(1)
                    continue
                self.partial.unlink(missing_ok=True)
                self.kept = []
                self.records = self.errors = self.skipped_records = self.skipped_errors = 0
                yield from self.remaining(read, passed)
                return
            yield item

    def write_facts(self, facts: ArticleFacts) -> None:
        JsonLinesWriter(self._open(), self.only).write(facts)
        self.records += 1

    def write_error(self, error: InputError) -> None:
        JsonLinesWriter(self._open(), self.only).write_error(error)
        self.errors += 1

    def complete(self) -> None:
        handle = self._open()
        handle.flush()
        try:
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self.partial, self.final)
        except OSError as error:
            raise OutputError.of(str(self.final), error) from None

    def close(self) -> None:
        """Leave the part ``.partial`` (interrupted, or its disk full), for ``--resume`` to continue."""
        close_quietly(self.handle)

    def _open(self) -> IO[str]:
        """Opened at the first line, after ``remaining`` may have started the part over."""
        if self.handle is None:
            self.handle = open_guarded(self.partial)
        return self.handle

    def _kept_lines(self) -> list[tuple[str, bool]]:
        """Source, and whether it failed, of each whole line an interrupted run left (a torn last line is cut)."""
        whole = cut_torn_line(self.partial)
        try:
            records = [json.loads(line) for line in whole.decode("utf-8").splitlines()]
            return [(record["source"], "error" in record) for record in records]
        except (ValueError, KeyError, TypeError):
            self.partial.unlink(missing_ok=True)
            return []


def extract_shard(
    extractor: Extractor,
    task: ShardTask,
    *,
    stdin: Optional[IO[bytes]] = None,
    batch_size: int = BATCH_SIZE,
    on_outcome: Optional[Callable[[Outcome], None]] = None,
    on_skip: Callable[[int], None] = unheard,
) -> ShardResult:
    """Extract one input into its part file and return the shard's manifest entry; the per-shard function.

    Reads the input, skips what a partial part already holds, runs ``extract_batch`` batch by batch
    (memory stays flat), writes a whole flushed line per article or failure, fsyncs and completes
    the part by rename. It never touches the manifest, so any number of processes or machines can
    run it side by side on a shared directory. ``on_outcome`` sees each new article's outcome as it
    is written (progress, error lines); ``on_skip`` is told of each record passed over (left out by
    ``--language-filter``, or kept from an earlier run).
    """
    (result,) = extract_shards(extractor, [task], stdin=stdin, batch_size=batch_size, on_outcome=on_outcome,
                               on_skip=on_skip)
    return result


@dataclass
class _Shard:
    """A shard in progress among others: its part, and what its run counted."""

    task: ShardTask
    part: PartFile
    skipped: Skipped
    failures: list[tuple[str, str]] = field(default_factory=list)
    done: int = 0
    begun: bool = False


def extract_shards(
    extractor: Extractor,
    tasks: Iterable[ShardTask],
    *,
    stdin: Optional[IO[bytes]] = None,
    batch_size: int = BATCH_SIZE,
    on_outcome: Optional[Callable[[Outcome], None]] = None,
    on_skip: Callable[[int], None] = unheard,
    on_start: Optional[Callable[[ShardTask], None]] = None,
) -> Iterator[ShardResult]:
    """``extract_shard`` over inputs in turn, its batches spanning inputs: a directory of one-article files is
    parsed ``batch_size`` articles at a time, not one (the model takes about a fifth more time over Reuters
    stories parsed one by one). Each shard's result comes as soon as its last line is written and its part
    completed, in input order; ``on_start`` is told of a shard just before its first line (or its completion),
    so the manifest reads as if the shards had run one after another.
    """
    shards: deque[_Shard] = deque()

    def items() -> Iterator[tuple[_Shard, Item]]:
        for task in tasks:
            shard = _Shard(task, PartFile(Path(task.folder), task.part, task.options.only, resume=task.resume),
                           Skipped(passed=on_skip))
            shards.append(shard)
            for item in shard.part.remaining(partial(task.items, stdin, shard.skipped), on_skip):
                yield shard, item

    try:
        for batch in batches_of(items(), batch_size):
            read = [item for _, item in batch]
            for (shard, _), outcome in zip(batch, outcomes_of(read, extract_batch(extractor, articles_of(read)))):
                while shards[0] is not shard:
                    yield _completed(shards.popleft(), on_start)
                _begin(shard, on_start)
                _write(shard, outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
        while shards:
            yield _completed(shards.popleft(), on_start)
    finally:
        for shard in shards:
            shard.part.close()


def _begin(shard: _Shard, on_start: Optional[Callable[[ShardTask], None]]) -> None:
    if not shard.begun and on_start is not None:
        on_start(shard.task)
    shard.begun = True


def _write(shard: _Shard, outcome: Outcome) -> None:
    if outcome.error is not None:
        shard.part.write_error(outcome.error)
        shard.failures.append((outcome.error.source, outcome.error.reason))
    else:
        assert outcome.facts is not None and outcome.article is not None
        if shard.task.options.keep_text:
            outcome.facts.text = outcome.article.text
        shard.part.write_facts(outcome.facts)
    shard.done += 1


def _completed(shard: _Shard, on_start: Optional[Callable[[ShardTask], None]]) -> ShardResult:
    _begin(shard, on_start)
    part = shard.part
    try:
        part.complete()
    finally:
        part.close()
    return ShardResult(shard.task.entry("complete", records=part.records, errors=part.errors), shard.failures,
                       shard.done, part.skipped_records, part.skipped_errors, shard.skipped.articles)


def _listed(task: ShardTask, read: Callable[[str], Iterable[Item]]) -> Iterable[Item]:
    return [InputError(task.input, task.error)] if task.error is not None else read(task.input)


class PartDirectory(Writer):
    """Output as a directory: one JSON Lines part per input, completed by rename, and a manifest.

    The manifest is an append-only JSON Lines log (one ``started`` and one ``complete`` line per
    shard, each written whole and flushed), so it stays cheap over a million inputs and a kill can
    only lose its last line. Only the driver (this object) writes it: ``plan`` logs ``started``,
    ``finish`` logs ``complete``. Every input gets a line in its part, failures as error records, so
    a resumed job can count what a part already holds. ``--resume`` skips a shard whose part is
    complete and whose input has the same SHA-256, and continues a partial part after its last whole
    line once the ids (sources) of the lines written match the input's first records.

    As a ``Writer`` it is the local pooled path: ``items`` streams every shard's items to the pool
    and the outcomes, back in input order, go to each shard's ``PartFile``.
    """

    def __init__(self, folder: Path, only: Optional[tuple[str, ...]] = None, *, resume: bool = False) -> None:
        self.folder = folder
        self.manifest_path = folder / MANIFEST
        self.lock: Optional[IO[str]] = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.lock = own(folder)
            if self.manifest_path.exists() and self.manifest_path.stat().st_size and not resume:
                raise DirectoryInUse(f"{folder} holds an earlier job ({MANIFEST}); add --resume to continue it, "
                                     "or choose another directory")
            self.known = read_manifest(self.manifest_path) if resume else {}
            cut_torn_line(self.manifest_path)
            self.manifest = open_guarded(self.manifest_path)
        except (DirectoryInUse, OutputError, OSError) as error:
            close_quietly(self.lock)
            if isinstance(error, OSError):
                raise OutputError.of(f"{folder}{os.sep}", error) from None
            raise
        super().__init__(self.manifest, only)
        self.open: deque[tuple[ShardTask, PartFile]] = deque()
        self.owner: dict[int, tuple[ShardTask, PartFile]] = {}
        self.skipped_shards = self.skipped_records = self.skipped_errors = self.written = 0
        self.skipped = Skipped()  # what this run left out: files no reader takes, articles in another language

    def plan(self, inputs: Iterable[str], options: Optional[ReadOptions] = None, *,
             announce: bool = True) -> Iterator[ShardTask]:
        """The shards still to do, each logged ``started`` (unless not ``announce``: whoever runs them then calls
        ``start``); complete ones of an earlier run over the same content are skipped."""
        options = options if options is not None else ReadOptions(only=self.only)
        for index, path in enumerate(expand_inputs(inputs, options.input_format, self.skipped.files)):
            error = path.reason if isinstance(path, InputError) else None
            name = path.source if isinstance(path, InputError) else path
            sha256 = content_hash(name) if error is None else None
            earlier = self.known.get(index, {})
            same = bool(sha256) and earlier.get("input") == printable_name(name) and earlier.get("sha256") == sha256
            task = ShardTask(index, name, sha256, str(self.folder), same, options, error)
            if same and earlier.get("status") == "complete" and (self.folder / task.part).exists():
                self.skipped_shards += 1
                self.skipped_errors += int(earlier.get("errors", 0))
                continue
            if announce:
                self.start(task)
            yield task

    def start(self, task: ShardTask) -> None:
        """Log a shard ``started``, before anything is written to its part."""
        self._log(task.entry("started"))

    def finish(self, result: ShardResult) -> None:
        """Log a shard's ``complete`` line, once its part has been renamed."""
        self.skipped_records += result.skipped_records
        self.skipped_errors += result.skipped_errors
        self.skipped.articles += result.skipped_articles
        if result.entry is not None:
            self._log(result.entry)

    def items(self, inputs: Iterable[str], read: Callable[[str], Iterable[Item]],
              options: Optional[ReadOptions] = None) -> Iterator[Item]:
        """Every item still to do, input by input, after what earlier runs of the same job wrote; ``read`` leaves
        out what ``--language-filter`` does, for the parts to match those of a run shard by shard."""
        for task in self.plan(inputs, options):
            part = PartFile(self.folder, task.part, self.only, resume=task.resume)
            self.open.append((task, part))
            for item in part.remaining(partial(_listed, task, read), self.skipped.passed):
                self.owner[id(item)] = (task, part)
                yield item

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        self._part_of(article).write_facts(facts)
        self.written += 1

    def write_error(self, error: InputError) -> None:
        self._part_of(error).write_error(error)

    def close(self) -> None:
        """Complete every shard: the input has been read to its end."""
        while self.open:
            self._complete(*self.open.popleft())
        self.manifest.flush()
        self.abandon()

    def abandon(self) -> None:
        """Stop without completing the shard in progress: its part stays ``.partial`` for ``--resume``. The
        directory is free for another job from here."""
        for _, part in self.open:
            part.close()
        self.open.clear()
        close_quietly(self.manifest)
        close_quietly(self.lock)

    def _part_of(self, item: Any) -> PartFile:
        _, part = self.owner.pop(id(item))
        while self.open and self.open[0][1] is not part:  # results come in input order: earlier shards are done
            self._complete(*self.open.popleft())
        return part

    def _complete(self, task: ShardTask, part: PartFile) -> None:
        part.complete()
        self.finish(ShardResult(task.entry("complete", records=part.records, errors=part.errors), [], 0,
                                part.skipped_records, part.skipped_errors))

    def _log(self, entry: dict[str, Any]) -> None:
        self.manifest.write(dumps(entry) + "\n")
        self.manifest.flush()
