"""The one driver behind ``extract``: it opens the output, loads the model, runs the engine and keeps the books.

Every engine reports through one ``Tally`` (articles done and failed, the progress line, each failure's line on
stderr, the closing count). A stream of records (standard output, ``-o FILE``, or a directory's parts fed from a
pool of workers) is written by ``run``; a directory written shard by shard is ``run_shards``, whose engines differ
only in how the shards are mapped: ``local_shards`` here, ``cluster_shards`` on Dask.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from contextlib import ExitStack, contextmanager
from functools import partial
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, NoReturn, Optional, Union

import typer

from .. import batch, context, shards
from ..context import INTERRUPTED, Environment, ExitStatus, OutputError
from ..core import Extractor, Outcome
from ..progress import ProgressLine
from ..readers import Article, InputError, read_inputs
from ..writers import STANDARD_OUTPUT, GuardedStream, OutputFile, Writer
from .exits import output_failed, reader_gone, usage_error
from .job import Job
from .options import LANGUAGE_NAMES, Engine, Format, resolve_format

ShardMap = Callable[[Iterable[shards.ShardTask], "Tally"], Iterator[shards.ShardResult]]


def execute(env: Environment, job: Job) -> NoReturn:
    """Run the job and end the command with its status."""
    parts: Optional[shards.PartDirectory] = None
    target: Optional[OutputFile] = None
    skipped = shards.Skipped()
    started = False
    try:
        with ExitStack() as cleanup, _engine(job, env) as client:
            parts, target = _open_output(job, env, cleanup)  # before the model loads
            extractor = None if client is not None else _loaded(env, job.model)
            if context.interrupted():  # Ctrl-C while the model loaded, its KeyboardInterrupt swallowed
                raise KeyboardInterrupt
            context.started()
            started = True
            failures = _extract(job, env, extractor, client, parts, target, skipped)
    except KeyboardInterrupt as interrupt:
        if started:
            env.error(f"interrupted; {_how_to_continue(job, parts, interrupt)}")
        raise typer.Exit(INTERRUPTED) from None
    except OutputError as error:
        output_failed(env, error, resumable=started and parts is not None)
    except BrokenPipeError:
        reader_gone(env)
    finally:
        if target is not None:
            target.discard()  # unless it was completed
        if parts is not None:
            parts.abandon()  # unless it was closed
    _tell_skipped(env, parts.skipped if parts is not None else skipped, job.language)
    if parts is not None and parts.skipped_shards + parts.skipped_records:
        failures += parts.skipped_errors  # the job's exit status, not just this run's
        if not job.quiet:
            env.error(f"resumed: skipped {parts.skipped_shards:,} inputs already complete and "
                      f"{parts.skipped_records:,} records already written")
    if job.open_page and job.output is not None and not _opened(Path(job.output)):
        env.error(f"{job.output}: written; no display to open it on")
    raise typer.Exit(ExitStatus.INPUT_ERROR if failures else ExitStatus.OK)


def _open_output(job: Job, env: Environment,
                 cleanup: ExitStack) -> tuple[Optional[shards.PartDirectory], Optional[OutputFile]]:
    """The part directory or the output file, opened before the model loads: a directory another job holds, or a
    path that cannot be written, fails at once."""
    try:
        if job.directory:
            assert job.output is not None
            return shards.PartDirectory(Path(job.output), job.only, resume=job.resume), None
        if job.output is not None:
            target = OutputFile(Path(job.output))
            cleanup.enter_context(context.at_hard_stop(partial(_remove_temporary, target)))
            return None, target
    except shards.DirectoryInUse as error:
        usage_error(env, str(error))
    return None, None


def _extract(job: Job, env: Environment, extractor: Optional[Extractor], client: Any,
             parts: Optional[shards.PartDirectory], target: Optional[OutputFile], skipped: shards.Skipped) -> int:
    """Every input through the engine the job asks for; returns how many failed. What it leaves out without an
    error is counted in ``skipped``, or in the part directory's own."""
    if parts is not None and (client is not None or job.workers == 1):
        local = client is None
        mapped = local_shards(extractor, env.stdin, parts.start) if local else cluster_shards(client)
        return run_shards(parts, parts.plan(job.inputs, job.read_options(), announce=not local), env, mapped,
                          progress=job.progress, total=job.total)
    assert extractor is not None
    read = partial(read_inputs, stdin=env.stdin, fields=job.fields, input_format=job.forced, limits=job.limits)
    items: Iterable[Union[Article, InputError]]
    if parts is not None:
        items = parts.items(job.inputs, lambda path: shards.in_language(read([path]), job.language, parts.skipped),
                            job.read_options())
    else:
        items = shards.in_language(read(job.inputs, skipped=skipped.files), job.language, skipped)
        if job.limit is not None:
            items = itertools.islice(items, job.limit)
    return run(extractor, items, env, job.format, target, job.only, job.published, keep_text=job.keep_text,
               errors_as_records=job.errors_as_records, workers=job.workers, model=job.model,
               progress=job.progress, total=job.total, parts=parts, ordered=job.ordered, keys=job.keys,
               one_input=job.one_input, skipped=parts.skipped if parts is not None else skipped)


def _tell_skipped(env: Environment, skipped: shards.Skipped, language: Optional[str]) -> None:
    """The closing lines saying what the run did not read, and why: a line per kind of file a directory held in no
    format extractor reads (most first), and the articles ``--language-filter`` left out."""
    kinds = Counter(_kind(path) for path in skipped.files)
    for kind, count in sorted(kinds.items(), key=lambda pair: (-pair[1], pair[0])):
        env.error(f"skipped {count:,} {'file' if count == 1 else 'files'} ({kind})")
    if skipped.articles:
        count = skipped.articles
        env.error(f"skipped {count:,} {'article' if count == 1 else 'articles'} not in "
                  f"{LANGUAGE_NAMES.get(language or '', language)}")


def _kind(path: str) -> str:
    name = os.path.basename(path)
    if name.startswith("."):
        return "hidden"
    return os.path.splitext(name)[1].lower() or "no extension"


def _how_to_continue(job: Job, parts: Optional[shards.PartDirectory], interrupt: KeyboardInterrupt) -> str:
    if parts is not None:
        return "run the same command with --resume to continue where it stopped"
    if isinstance(interrupt, NothingFinished):
        return f"no article was finished, so {job.output} was not written"
    return "the output holds the articles finished before it"


def run(
    extractor: Extractor,
    items: Iterable[Union[Article, InputError]],
    env: Environment,
    format: Format,
    output: Optional[OutputFile],
    only: Optional[tuple[str, ...]],
    published: Optional[str],
    *,
    keep_text: bool = False,
    errors_as_records: bool = False,
    workers: int = 1,
    model: Optional[str] = None,
    progress: bool = False,
    total: Optional[int] = None,
    parts: Optional[shards.PartDirectory] = None,
    ordered: bool = True,
    keys: Optional[tuple[str, ...]] = None,
    one_input: Optional[str] = None,
    skipped: Optional[shards.Skipped] = None,
) -> int:
    """Extract and write every article, reporting bad ones on stderr; returns how many failed.

    ``output`` is a file opened with ``OutputFile`` (completed here, or discarded if the run fails), else standard
    output; a failure to write either is an ``OutputError``. ``errors_as_records`` keeps a JSON line per input in
    the output; ``parts`` writes to a part directory instead, where every failure is also a record, so a resumed job
    can count. ``workers`` share the work (``model`` is what a worker loads when it cannot inherit the pipeline);
    ``ordered=False`` writes each batch as soon as it is done (not with ``parts``). ``progress`` draws a progress
    line on stderr (a terminal), with an ETA when the ``total`` is known. ``keys``: ``--fields``; ``one_input``
    names the one article the command line named, so JSON is that object rather than an array. ``skipped`` is
    where ``items`` count what they pass over: each of those moves the progress line too.
    """
    tally = Tally(env, progress=progress, total=total)
    if skipped is not None:
        skipped.passed = tally.skip
    stream: IO[str] = output.stream if output is not None else GuardedStream(env.stdout, STANDARD_OUTPUT)  # type: ignore[assignment]
    completed = False
    try:
        to_terminal = output is None and env.stdout_isatty
        writer: Writer = parts if parts is not None else make_writer(format, stream, env, to_terminal=to_terminal,
                                                                     only=only, keys=keys, one_input=one_input)
        records = Records(writer, stream, tally, keep_text=keep_text,
                          error_records=errors_as_records or parts is not None,
                          error_lines=not errors_as_records or parts is not None,
                          shared_terminal=to_terminal and parts is None)
        outcomes = batch.process(extractor, (_dated(item, published) for item in items), workers=workers,
                                 model=model, ordered=ordered)
        stopped = records.write_all(outcomes, resumable=parts is not None)
        if stopped is not None and output is not None and not tally.done:  # a record counts as begun
            raise NothingFinished  # an earlier file under the output's name is kept, not replaced by an empty one
        with context.uninterrupted():  # the array closed, the page rendered, the file renamed into place
            writer.close()
            if output is not None:
                output.commit()
        completed = True
        if stopped is not None:
            raise stopped
    finally:
        _end(tally, parts, output, completed)
    return tally.closing()


def _end(tally: Tally, parts: Optional[shards.PartDirectory], output: Optional[OutputFile], completed: bool) -> None:
    """A run that did not complete leaves no part directory marked done and no output file in place."""
    if parts is not None and not completed:
        parts.abandon()
    if output is not None and not completed:
        output.discard()
    tally.close()


class Records:
    """Writes a stream of outcomes: each article's record whole, each failure as a record, a line, or both."""

    def __init__(self, writer: Writer, stream: IO[str], tally: Tally, *, keep_text: bool, error_records: bool,
                 error_lines: bool, shared_terminal: bool) -> None:
        self.writer = writer
        self.stream = stream
        self.tally = tally
        self.keep_text = keep_text
        self.error_records = error_records
        self.error_lines = error_lines
        self.shared_terminal = shared_terminal  # the records go to the terminal the progress line is drawn on

    def write_all(self, outcomes: Iterator[Outcome], *, resumable: bool) -> Optional[KeyboardInterrupt]:
        """Write every outcome; a Ctrl-C returns, so that one output is still closed whole with the articles
        finished before it, unless the output is ``resumable`` (the shard in progress then stays partial)."""
        try:
            for outcome in outcomes:
                self.tally.advance(failed=int(outcome.error is not None))
                if outcome.error is not None:
                    self.fail(outcome.error)
                else:
                    self.write(outcome)
        except KeyboardInterrupt as interrupt:
            if resumable:
                raise
            return interrupt
        finally:  # on Ctrl-C too: the workers are ended, the batches they held dropped
            outcomes.close()  # type: ignore[attr-defined]
        return None

    def write(self, outcome: Outcome) -> None:
        assert outcome.facts is not None and outcome.article is not None
        if self.keep_text:
            outcome.facts.text = outcome.article.text
        line = self.tally.line
        with context.uninterrupted():  # a record is written whole, or not begun
            if line is not None and self.shared_terminal:
                with line.paused():
                    self.writer.write(outcome.facts, outcome.article)
                    self.stream.flush()
            else:
                self.writer.write(outcome.facts, outcome.article)

    def fail(self, error: InputError) -> None:
        if self.error_records:
            with context.uninterrupted():
                self.writer.write_error(error)
        if self.error_lines:
            self.tally.tell(str(error))


def _dated(item: Union[Article, InputError], published: Optional[str]) -> Union[Article, InputError]:
    if published is not None and isinstance(item, Article):
        item.published = published
    return item


class NothingFinished(KeyboardInterrupt):
    """Ctrl-C before any article was finished: an output file (``-o PATH``) is not written at all."""


def _remove_temporary(output: OutputFile) -> None:
    """What a second Ctrl-C or a ``kill``, which end the process at once, leave of an output file: nothing beside
    it."""
    if output.temporary is not None:
        output.temporary.unlink(missing_ok=True)


def run_shards(parts: shards.PartDirectory, tasks: Iterable[shards.ShardTask], env: Environment, mapped: ShardMap, *,
               progress: bool = False, total: Optional[int] = None) -> int:
    """Run every shard, each with ``shards.extract_shard`` (or its form over several, ``extract_shards``) wherever
    ``mapped`` runs it (``local_shards``, ``cluster_shards``: the engines differ only there). This process alone
    logs each shard's completion and reports its failed inputs; returns how many failed."""
    tally = Tally(env, progress=progress, total=total)
    completed = False
    try:
        for result in mapped(tasks, tally):
            parts.finish(result)
        parts.close()
        completed = True
    finally:
        if not completed:
            parts.abandon()
        tally.close()
    return tally.closing()


def local_shards(extractor: Optional[Extractor], stdin: Optional[IO[bytes]],
                 start: Callable[[shards.ShardTask], None]) -> ShardMap:
    """Shards run here, input after input (in batches that span inputs), each article counted as it is written;
    ``start`` logs each shard as it begins."""
    def mapped(tasks: Iterable[shards.ShardTask], tally: Tally) -> Iterator[shards.ShardResult]:
        assert extractor is not None
        yield from shards.extract_shards(extractor, tasks, stdin=stdin, on_outcome=tally.outcome, on_skip=tally.skip,
                                        on_start=start)

    return mapped


def cluster_shards(client: Any) -> ShardMap:
    """Shards mapped over a Dask cluster, each counted as a whole when its result comes back."""
    from ..cluster import map_shards

    def mapped(tasks: Iterable[shards.ShardTask], tally: Tally) -> Iterator[shards.ShardResult]:
        for result in map_shards(client, tasks):
            tally.report(result.done, result.failures)
            tally.skip(result.skipped_records + result.skipped_articles)
            yield result

    return mapped


class Tally:
    """One run's bookkeeping, whatever the engine: articles done and failed, the progress line (on a terminal),
    and each failure's line on stderr, drawn above the progress line rather than over it."""

    def __init__(self, env: Environment, *, progress: bool = False, total: Optional[int] = None) -> None:
        self.env = env
        self.done = self.failures = 0
        self.line = ProgressLine(env.stderr, total=total) if progress else None

    def advance(self, done: int = 1, failed: int = 0) -> None:
        """``done`` more articles, ``failed`` of them failures."""
        self.done += done
        self.failures += failed
        if self.line is not None:
            self.line.advance(failed=failed, done=done)

    def report(self, done: int, failures: list[tuple[str, str]]) -> None:
        """``done`` articles of a shard, each failure among them (source, reason) told on stderr."""
        for source, reason in failures:
            self.tell(f"{source}: {reason}")
        self.advance(done, len(failures))

    def skip(self, count: int) -> None:
        """``count`` records passed over: not articles done or failed, but the progress line moves on."""
        if self.line is not None and count:
            self.line.skip(count)

    def outcome(self, outcome: Any) -> None:
        """One article's outcome as a shard writes it."""
        error = outcome.error
        self.report(1, [(error.source, error.reason)] if error is not None else [])

    def tell(self, message: str) -> None:
        """A failed input on stderr."""
        if self.line is not None:
            self.line.message(context.error_line(message))
        else:
            self.env.error(message)

    def close(self) -> None:
        if self.line is not None:
            self.line.close()

    def closing(self) -> int:
        """Close a run with how many inputs failed, if any; returns that count for the exit status."""
        if self.failures:
            self.env.error(f"{self.failures} of {self.done} inputs failed")
        return self.failures


@contextmanager
def _engine(job: Job, env: Environment) -> Iterator[Any]:
    """A Dask client for ``--engine dask`` (Dask is imported only then), else nothing to connect to."""
    if job.engine is not Engine.dask:
        yield None
        return
    try:
        from .. import cluster
    except ImportError:
        usage_error(env, "--engine dask needs Dask: pip install 'newsfacts-extractor[dask]'")
    assert job.model is not None
    with ExitStack() as stack:
        try:
            client = stack.enter_context(cluster.connect(job.scheduler or "local", workers=job.workers,
                                                         model=job.model))
        except cluster.SchedulerUnreachable as error:
            usage_error(env, str(error))
        yield client


def _loaded(env: Environment, model: Optional[str]) -> Extractor:
    """The pipeline, or one line and the usage status when it cannot be loaded (a damaged or foreign pipeline
    directory, a package built for another spaCy)."""
    from ..pipeline import resolve_model

    try:
        return Extractor.shared(model)
    except Exception as error:  # spaCy raises OSError, ValueError and its registry's own errors here
        first = (str(error).strip() or type(error).__name__).splitlines()[0]
        usage_error(env, f"cannot load the spaCy model {resolve_model(model)!r}: {first}")


def make_writer(format: Format, stream: IO[str], env: Environment, *, to_terminal: bool, only: Optional[tuple[str, ...]],
            keys: Optional[tuple[str, ...]] = None, one_input: Optional[str] = None) -> Writer:
    from ..writers import CsvWriter, JsonLinesWriter, JsonWriter, SummaryWriter

    format = resolve_format(format, to_terminal)
    if format is Format.summary:
        from rich.console import Console

        colour = to_terminal and env.colour
        console = Console(file=stream, force_terminal=to_terminal, no_color=not colour,
                          color_system="auto" if colour else None, width=None if to_terminal else 80,
                          highlight=False, emoji=False, soft_wrap=False)
        return SummaryWriter(console, only)
    if format is Format.html:
        from ..report import HtmlWriter

        return HtmlWriter(stream, only)
    if format is Format.json:
        return JsonWriter(stream, only, keys=keys, one_input=one_input)
    if format is Format.csv:
        return CsvWriter(stream, only, keys=keys)
    return JsonLinesWriter(stream, only, keys=keys)


def _opened(page: Path) -> bool:
    from ..report import open_report

    return open_report(page)
