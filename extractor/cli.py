"""The ``extractor`` command: typer parses, the library extracts, writers print.

Only what parsing needs is imported here, so ``extractor --help`` answers at once; spaCy, the readers' heavy
parsers and the writers load when a command runs.
"""

from __future__ import annotations

try:  # Ctrl-C while spaCy and the rest load (the first second or two) stops as quietly as at any later moment
    from . import context
    from .context import INTERRUPTED

    context.remember_interrupts()
    import datetime as dt
    import difflib
    import glob
    import itertools
    import json
    import os
    import sys
    from enum import Enum
    from pathlib import Path
    from contextlib import ExitStack, contextmanager
    from functools import partial
    from typing import IO, TYPE_CHECKING, Annotated, Any, Callable, Iterable, Iterator, List, NoReturn, Optional, Union

    import typer
    from typer.core import TyperCommand

    from . import __version__
    from .context import Environment, ExitStatus, OutputError
    from .facts import FACT_TYPES, json_schema
    from .readers import (COMPRESSED_SUFFIXES, INPUT_FORMATS, STDIN, SUFFIX_FORMATS, Article, FieldNames,
                          InputError, Limits, printable_name, read_inputs, single_article_count)
    from .writers import OUTPUT_SUFFIXES, STANDARD_OUTPUT, GuardedStream, field_names

    if TYPE_CHECKING:
        from . import batch
        from .core import Extractor
        from .progress import ProgressLine
        from .writers import OutputFile, Writer
except KeyboardInterrupt:
    raise SystemExit(INTERRUPTED) from None
if context.interrupted():
    raise SystemExit(INTERRUPTED)

COMMANDS = ("extract", "schema")
BROKEN_PIPE = 141  # 128 + SIGPIPE: what shells report for a command whose reader went away
COMPLETE_VARIABLE = "_EXTRACTOR_COMPLETE"  # set by the shell completion script typer installs
COMPLETION_OPTIONS = ("--install-completion", "--show-completion")
MODEL_ENV = "EXTRACTOR_MODEL"  # pipeline.MODEL_ENV, named here so parsing does not load spaCy

# Formats an input's name promises several records of: JSON output is then an array, whatever their count.
RECORD_FORMATS = ("jsonl", "csv", "tsv", "feed", "sgml", "warc", "zip")

INPUT, OUTPUT, BATCH, MODEL = "Input", "Output", "Batch", "Model"
HELP_GROUPS = (INPUT, OUTPUT, BATCH, MODEL)

EXAMPLES = """Examples:

\b
  extractor story.txt                                  summary on a terminal
  extractor archive/ | jq .id                          JSON Lines when piped
  cat story.txt | extractor --date 2024-03-01 -f json  standard input, one object
  extractor archive/ -o facts.csv                      format from the suffix
  extractor big.jsonl --limit 20 -f csv --fields article_id,fact,text,value
  extractor archive/ -o facts/ -j 4 --resume           resumable batch job
  extractor schema                                     JSON Schema of the output

extractor --install-completion adds shell completion; README.md has the rest."""


class GroupedHelp(TyperCommand):
    """Help that lists options under their group (input, output, batch jobs, model) and names each value by its
    meaning (PATH, N, FIELD) rather than its Python type."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        groups: dict[str, list[tuple[str, str]]] = {name: [] for name in HELP_GROUPS}
        arguments = []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                arguments.append((f"{param.metavar}...", getattr(param, "help", "") or ""))
                continue
            record = param.get_help_record(ctx)
            if record is not None:
                groups.setdefault(getattr(param, "rich_help_panel", None) or "Other", []).append(record)
        with formatter.section("Arguments"):
            formatter.write_dl(arguments)
        for name, records in groups.items():
            if records:
                with formatter.section(f"{name} options" if name != "Other" else "Other options"):
                    formatter.write_dl(records)


app = typer.Typer(
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    help="Pull the facts out of English news articles: numbers, dates, places, organizations, people, quotes.\n\n"
    "`extractor FILE...` is short for `extractor extract FILE...`.",
)


InputFormat = Enum("InputFormat", {name: name for name in ("auto",) + INPUT_FORMATS}, type=str)  # type: ignore[misc]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Format(str, Enum):
    auto = "auto"
    summary = "summary"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extractor {__version__}")
        raise typer.Exit()


@app.callback()
def _main() -> None:
    """Pull the facts out of English news articles."""


def _parse_only(value: Optional[str]) -> Optional[tuple[str, ...]]:
    if not value:
        return None
    names = tuple(dict.fromkeys(name.strip() for name in value.split(",") if name.strip()))
    unknown = [name for name in names if name not in FACT_TYPES]
    if unknown or not names:
        raise typer.BadParameter(f"unknown fact type {', '.join(unknown)!s}; choose from {', '.join(FACT_TYPES)}")
    return names


def _parse_date(value: Optional[str]) -> Optional[str]:
    """An ISO date, or an ISO date and time (its day is taken); anything after it is a mistake, not ignored."""
    if value is None:
        return None
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parsed = parse(value.strip())
        except ValueError:
            continue
        return (parsed.date() if isinstance(parsed, dt.datetime) else parsed).isoformat()
    raise typer.BadParameter(f"{value!r} is not an ISO date such as 2024-03-01", param_hint="--date")


def _parse_fields(value: Optional[str], format: Format) -> Optional[tuple[str, ...]]:
    """The keys ``--fields`` keeps, in its order; a key the format does not have is a usage error, not an empty
    column."""
    if value is None:
        return None
    names = tuple(dict.fromkeys(name.strip() for name in value.split(",") if name.strip()))
    if format not in (Format.json, Format.jsonl, Format.csv):
        raise typer.BadParameter("--fields applies to csv, json and jsonl output", param_hint="--fields")
    known = field_names(format.value)
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise typer.BadParameter(f"unknown field {', '.join(unknown) or value!r} for {format.value} output; "
                                 f"choose from {', '.join(known)}", param_hint="--fields")
    return names


@app.command("extract", cls=GroupedHelp, epilog=EXAMPLES)
def extract_command(
    inputs: Annotated[
        Optional[List[str]],
        typer.Argument(help="Article files (text, web pages, JSON/JSONL, CSV/TSV, feeds, WARC, zip, gzip/bzip2/xz "
                       "of these), directories (searched for them), globs, or - for standard input (read when "
                       "nothing is given and input is piped).", show_default=False,
                       metavar="INPUT"),
    ] = None,
    input_format: Annotated[
        InputFormat,
        typer.Option("--input-format", case_sensitive=False, metavar="|".join(("auto",) + INPUT_FORMATS),
                     rich_help_panel=INPUT,
                     help="Read every input in this format (compression is still recognised). auto: from the "
                     "file name, or from the content for standard input and unknown names."),
    ] = InputFormat.auto,  # type: ignore[attr-defined]
    date: Annotated[
        Optional[str], typer.Option("--date", metavar="YYYY-MM-DD", rich_help_panel=INPUT,
                                    help="Publication date of every input; overrides headers.")
    ] = None,
    limit: Annotated[
        Optional[int], typer.Option("--limit", min=1, metavar="N", rich_help_panel=INPUT, show_default=False,
                                    help="Read only the first N articles (failed ones count), to try a big archive.")
    ] = None,
    text_field: Annotated[str, typer.Option(metavar="FIELD", rich_help_panel=INPUT,
                                            help="JSON and CSV records: field with the article text.")] = "text",
    id_field: Annotated[str, typer.Option(metavar="FIELD", rich_help_panel=INPUT,
                                          help="JSON and CSV records: field with the article id.")] = "id",
    date_field: Annotated[
        Optional[str],
        typer.Option(metavar="FIELD", rich_help_panel=INPUT,
                     help="JSON and CSV records: field with the publication date (default: published, then date)."),
    ] = None,
    title_field: Annotated[str, typer.Option(metavar="FIELD", rich_help_panel=INPUT,
                                             help="JSON and CSV records: field with the title.")] = "title",
    max_chars: Annotated[
        int, typer.Option("--max-chars", min=1, metavar="N", rich_help_panel=INPUT,
                          help="Cut any article longer than N characters (with a warning); long articles below "
                          "it are processed in pieces.")
    ] = Limits.max_chars,
    format: Annotated[
        Format,
        typer.Option("-f", "--format", case_sensitive=False, metavar="auto|summary|json|jsonl|csv|html",
                     rich_help_panel=OUTPUT,
                     help="auto: from the -o suffix (.csv, .html, .json, .jsonl), else summary on a terminal and "
                     "JSON Lines otherwise. json: one object for one file or standard input, an array for a "
                     "directory, a glob or several inputs. csv: one row per fact. html: one page with the facts "
                     "highlighted in the text."),
    ] = Format.auto,
    output: Annotated[
        Optional[str], typer.Option("-o", "--output", metavar="PATH", rich_help_panel=OUTPUT,
                                    help="Write here instead of standard output (- is standard output). A "
                                    "directory (existing, or a path ending in /) gets one JSON Lines part per input "
                                    "and a manifest.jsonl, for long, resumable jobs.")
    ] = None,
    only: Annotated[
        Optional[str], typer.Option("--only", metavar="TYPES", rich_help_panel=OUTPUT,
                                    help=f"Comma-separated fact types to keep: {', '.join(FACT_TYPES)}.")
    ] = None,
    kept_fields: Annotated[
        Optional[str], typer.Option("--fields", metavar="KEYS", rich_help_panel=OUTPUT,
                                    help="Comma-separated keys to keep, in this order: CSV columns "
                                    "(article_id,fact,text,value) or JSON keys (id,published,numbers).")
    ] = None,
    keep_text: Annotated[
        bool, typer.Option("--keep-text", rich_help_panel=OUTPUT,
                           help="Add each article's text as read (for a web page: the extracted text, which the "
                           "offsets index) to JSON output as `text`.")
    ] = False,
    errors_as_records: Annotated[
        bool, typer.Option("--errors-as-records", rich_help_panel=OUTPUT,
                           help="With JSON Lines output, write each failed input as a "
                           '{"schema_version", "id", "source", "error"} line instead of a line on stderr.')
    ] = False,
    open_page: Annotated[
        bool, typer.Option("--open", rich_help_panel=OUTPUT,
                           help="Open the HTML report (-f html -o PATH) in the default browser when there is a "
                           "display.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", rich_help_panel=OUTPUT,
                           help="No progress line on stderr (it is shown only when stderr is a terminal anyway); "
                           "errors are still reported.")
    ] = False,
    workers: Annotated[
        Optional[int], typer.Option("--workers", "-j", min=1, metavar="N", rich_help_panel=BATCH,
                                    help="Processes to extract with (default: the CPUs this process may use, "
                                    "container limits included). Output keeps input order.", show_default=False)
    ] = None,
    unordered: Annotated[
        bool, typer.Option("--unordered", rich_help_panel=BATCH,
                           help="With several workers: write each batch of articles as soon as it is done, so one "
                           "slow article does not hold back the rest; records keep their ids. Not with -o DIR/.")
    ] = False,
    resume: Annotated[
        bool, typer.Option("--resume", rich_help_panel=BATCH,
                           help="With -o DIR/: continue the job an earlier run of the same command left there, "
                           "skipping inputs already written (same input, same content hash).")
    ] = False,
    engine: Annotated[
        Engine, typer.Option("--engine", case_sensitive=False, metavar="local|dask", rich_help_panel=BATCH,
                             help="With -o DIR/: local runs on this machine; dask maps the inputs over a Dask "
                             "cluster (pip install 'newsfacts-extractor[dask]'), DIR and the inputs on a "
                             "filesystem every worker sees.")
    ] = Engine.local,
    scheduler: Annotated[
        Optional[str], typer.Option("--scheduler", metavar="ADDRESS|local", rich_help_panel=BATCH,
                                    help="With --engine dask: the scheduler (e.g. tcp://host:8786), or local for a "
                                    "LocalCluster of --workers processes (the default).", show_default=False)
    ] = None,
    model: Annotated[
        Optional[str], typer.Option("--model", envvar=MODEL_ENV, metavar="NAME|PATH", rich_help_panel=MODEL,
                                    help="spaCy pipeline: installed package name or path.")
    ] = None,
    version: Annotated[
        bool, typer.Option("-V", "--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Extract facts from articles and print them (`extractor schema` prints the JSON Schema of the output)."""
    from . import batch
    from .writers import OutputFile

    env = Environment.from_sys()
    if output == STDIN:
        output = None
    directory = output is not None and batch.is_directory_output(output)
    if not directory:
        format = _output_format(format, output)
    if open_page and (format is not Format.html or output is None):
        raise typer.BadParameter("--open needs -f html and -o PATH", param_hint="--open")
    if directory and format not in (Format.auto, Format.jsonl):
        raise typer.BadParameter("a directory output (-o DIR/) is written as JSON Lines parts", param_hint="--format")
    if resume and not directory:
        raise typer.BadParameter("--resume needs a directory output (-o DIR/)", param_hint="--resume")
    if unordered and directory:
        raise typer.BadParameter("a directory output keeps each input's part in order", param_hint="--unordered")
    if engine is Engine.dask and not directory:
        _usage_error(env, "--engine dask writes a directory of parts: add -o DIR/ (on a filesystem every worker sees)")
    if scheduler is not None and engine is not Engine.dask:
        _usage_error(env, "--scheduler needs --engine dask")
    to_terminal = output is None and env.stdout_isatty
    if errors_as_records and resolve_format(format, to_terminal) is not Format.jsonl:
        raise typer.BadParameter("--errors-as-records needs JSON Lines output (-f jsonl)", param_hint="--errors-as-records")
    if limit is not None and directory:
        raise typer.BadParameter("a directory output holds every input, for --resume; try --limit with -o FILE",
                                 param_hint="--limit")
    facts_only = _parse_only(only)
    published = _parse_date(date)
    keys = _parse_fields(kept_fields, resolve_format(format, to_terminal))
    if not inputs:
        if env.stdin_isatty or env.stdin is None:
            raise typer.BadParameter("give article files, directories, or - to read standard input", param_hint="INPUTS")
        inputs = [STDIN]
    if engine is Engine.dask and STDIN in inputs:
        _usage_error(env, "--engine dask reads input files every worker sees, not standard input")
    if output is not None:
        overwritten = _input_under(output, inputs, directory=directory)
        if overwritten is not None:
            _usage_error(env, overwritten)
    from .pipeline import ModelNotFound, resolve_model

    try:
        resolved = resolve_model(model)  # checked before anything is written, loaded once the output is open
    except ModelNotFound as error:
        _usage_error(env, str(error))
    not_a_pipeline = _not_a_pipeline(resolved)
    if not_a_pipeline:
        _usage_error(env, not_a_pipeline)
    if engine is Engine.dask:
        model = resolved  # loaded by each worker
    fields = FieldNames(text=text_field, id=id_field, title=title_field,
                        date=(date_field,) if date_field else FieldNames.date)
    forced = None if input_format.value == "auto" else input_format.value
    limits = Limits(max_chars=max_chars)
    jobs = workers or batch.usable_cpus()
    show_progress = not quiet and _isatty(env.stderr)
    # Counting is a second walk of the inputs: worth it only for a progress line, and not when resuming
    # (the inputs already done are not known until the manifest is read).
    total = single_article_count(inputs, forced) if show_progress and not resume else None
    if total is not None and limit is not None:
        total = min(total, limit)
    show_progress = show_progress and total != 1  # one article: nothing to wait for, and the line would sit on its summary
    parts: Optional[batch.PartDirectory] = None
    target: Optional[OutputFile] = None
    started = False
    try:
        with ExitStack() as cleanup, _engine(engine, scheduler, env, workers=jobs, model=model) as client:
            try:  # before the model loads: a directory another job holds, or a path that cannot be written
                if directory:
                    assert output is not None
                    parts = batch.PartDirectory(Path(output), facts_only, resume=resume)
                elif output is not None:
                    target = OutputFile(Path(output))
                    cleanup.enter_context(context.at_hard_stop(partial(_remove_temporary, target)))
            except batch.DirectoryInUse as error:
                _usage_error(env, str(error))
            extractor = None if client is not None else _loaded(env, model)
            if context.interrupted():  # Ctrl-C while the model loaded, its KeyboardInterrupt swallowed
                raise KeyboardInterrupt
            context.started()
            started = True
            if parts is not None and (client is not None or jobs == 1):
                options = batch.ReadOptions(fields, forced, limits, published, facts_only, keep_text)
                mapped = cluster_shards(client) if client is not None else local_shards(extractor, env.stdin)
                failures = run_shards(parts, parts.plan(inputs, options), env, mapped, progress=show_progress,
                                      total=total)
            else:
                assert extractor is not None
                if parts is not None:
                    items = parts.items(inputs, lambda path: read_inputs([path], stdin=env.stdin, fields=fields,
                                                                         input_format=forced, limits=limits))
                else:
                    items = read_inputs(inputs, stdin=env.stdin, fields=fields, input_format=forced, limits=limits)
                    if limit is not None:
                        items = itertools.islice(items, limit)
                failures = run(extractor, items, env, format, target, facts_only,
                               published, keep_text=keep_text, errors_as_records=errors_as_records,
                               workers=jobs, model=model, progress=show_progress, total=total, parts=parts,
                               ordered=not unordered, keys=keys, one_input=_one_input(inputs, forced))
    except KeyboardInterrupt as interrupt:
        if started:
            if parts is not None:
                how = "run the same command with --resume to continue where it stopped"
            elif isinstance(interrupt, NothingFinished):
                how = f"no article was finished, so {output} was not written"
            else:
                how = "the output holds the articles finished before it"
            env.error(f"interrupted; {how}")
        raise typer.Exit(INTERRUPTED) from None
    except OutputError as error:
        _output_failed(env, error, resumable=started and parts is not None)
    except BrokenPipeError:
        _reader_gone(env)
    finally:
        if target is not None:
            target.discard()  # unless it was completed
        if parts is not None:
            parts.abandon()  # unless it was closed
    if parts is not None and parts.skipped_shards + parts.skipped_records:
        failures += parts.skipped_errors  # the job's exit status, not just this run's
        if not quiet:
            env.error(f"resumed: skipped {parts.skipped_shards:,} inputs already complete and "
                      f"{parts.skipped_records:,} records already written")
    if open_page and output is not None and not _opened(Path(output)):
        env.error(f"{output}: written; no display to open it on")
    raise typer.Exit(ExitStatus.INPUT_ERROR if failures else ExitStatus.OK)


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
    parts: Optional[batch.PartDirectory] = None,
    ordered: bool = True,
    keys: Optional[tuple[str, ...]] = None,
    one_input: Optional[str] = None,
) -> int:
    """Extract and write every article, reporting bad ones on stderr; returns how many failed.

    ``output`` is a file opened with ``OutputFile`` (completed here, or discarded if the run fails), else standard
    output; a failure to write either is an ``OutputError``.
    ``keep_text`` puts each article's text in its record, so offsets into extracted web-page text can be checked;
    ``errors_as_records`` writes each failure as a JSON line in the output, so a pipeline keeps a line per input.
    ``workers`` processes share the work (output stays in input order; ``model`` is what a worker loads when it
    cannot inherit the pipeline); ``progress`` draws a progress line on stderr, which must be a terminal, with an
    ETA when the ``total`` of articles is known.
    ``parts`` writes to a part directory instead: every failure is also a record there, so a resumed job can count.
    ``ordered=False`` writes each batch as soon as it is done (not with ``parts``, which needs input order).
    ``keys`` are the record keys or CSV columns to keep (``--fields``); ``one_input`` is the source name of the one
    article the command line named, if it named one, so JSON is that object rather than an array.
    """
    from . import batch

    tally = Tally(env, progress=progress, total=total)
    line = tally.line
    stream: IO[str] = output.stream if output is not None else GuardedStream(env.stdout, STANDARD_OUTPUT)  # type: ignore[assignment]
    shared_terminal = output is None and parts is None and env.stdout_isatty
    completed = False
    try:
        writer: Writer = parts if parts is not None else _writer(format, stream, env,
                                                                 to_terminal=output is None and env.stdout_isatty,
                                                                 only=only, keys=keys, one_input=one_input)

        def fail(error: InputError) -> None:
            if errors_as_records or parts is not None:
                with context.uninterrupted():
                    writer.write_error(error)
            if errors_as_records and parts is None:
                return
            tally.tell(str(error))

        def dated(item: Union[Article, InputError]) -> Union[Article, InputError]:
            if published is not None and isinstance(item, Article):
                item.published = published
            return item

        outcomes = batch.process(extractor, (dated(item) for item in items), workers=workers, model=model,
                                 ordered=ordered)
        stopped: Optional[KeyboardInterrupt] = None
        try:
            for outcome in outcomes:
                tally.advance(failed=int(outcome.error is not None))
                if outcome.error is not None:
                    fail(outcome.error)
                    continue
                assert outcome.facts is not None and outcome.article is not None
                if keep_text:
                    outcome.facts.text = outcome.article.text
                with context.uninterrupted():  # a record is written whole, or not begun
                    if line is not None and shared_terminal:
                        with line.paused():  # the summary (or JSON) goes to the terminal the line is drawn on
                            writer.write(outcome.facts, outcome.article)
                            stream.flush()
                    else:
                        writer.write(outcome.facts, outcome.article)
        except KeyboardInterrupt as interrupt:
            if parts is not None:  # the shard in progress stays partial, for --resume
                raise
            stopped = interrupt  # one output is still closed whole, with the articles finished before it
        finally:  # on Ctrl-C too: the workers are ended, the batches they held dropped
            outcomes.close()
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
        if parts is not None and not completed:
            parts.abandon()
        if output is not None and not completed:
            output.discard()
        tally.close()
    return tally.closing()


class NothingFinished(KeyboardInterrupt):
    """Ctrl-C before any article was finished: an output file (``-o PATH``) is not written at all."""


def _remove_temporary(output: OutputFile) -> None:
    """What a second Ctrl-C or a ``kill``, which end the process at once, leave of an output file: nothing beside
    it."""
    if output.temporary is not None:
        output.temporary.unlink(missing_ok=True)


ShardMap = Callable[["Iterable[batch.ShardTask]", "Tally"], "Iterator[batch.ShardResult]"]


def run_shards(parts: batch.PartDirectory, tasks: Iterable[batch.ShardTask], env: Environment, mapped: ShardMap, *,
               progress: bool = False, total: Optional[int] = None) -> int:
    """Run every shard, each with ``batch.extract_shard`` wherever ``mapped`` runs it (``local_shards``,
    ``cluster_shards``: the engines differ only there). This process alone logs each shard's completion and reports
    its failed inputs; returns how many failed."""
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


def local_shards(extractor: Extractor, stdin: Optional[IO[bytes]]) -> ShardMap:
    """Shards run here, input after input, each article counted as it is written."""
    from . import batch

    def mapped(tasks: Iterable[batch.ShardTask], tally: Tally) -> Iterator[batch.ShardResult]:
        for task in tasks:
            yield batch.extract_shard(extractor, task, stdin=stdin, on_outcome=tally.outcome)

    return mapped


def cluster_shards(client: Any) -> ShardMap:
    """Shards mapped over a Dask cluster, each counted as a whole when its result comes back."""
    from . import batch
    from .cluster import map_shards

    def mapped(tasks: Iterable[batch.ShardTask], tally: Tally) -> Iterator[batch.ShardResult]:
        for result in map_shards(client, tasks):
            tally.report(result.done, result.failures)
            yield result

    return mapped


class Tally:
    """One run's bookkeeping, whatever the engine: articles done and failed, the progress line (on a terminal),
    and each failure's line on stderr, drawn above the progress line rather than over it."""

    def __init__(self, env: Environment, *, progress: bool = False, total: Optional[int] = None) -> None:
        from .progress import ProgressLine

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


def _input_under(output: str, inputs: Iterable[str], *, directory: bool) -> Optional[str]:
    """Why the output would destroy an input, if it would: ``same.jsonl -o same.jsonl`` once truncated its input to
    nothing and exited 0, and an output inside a directory being read is read back by the next run. A directory
    output must not hold an input either (its parts would replace it). A device or pipe is written in place and
    read by nobody else: no check."""
    target = Path(os.path.realpath(output))
    if target.exists() and not (target.is_file() or target.is_dir()):
        return None
    for given in inputs:
        if given == STDIN:
            continue
        for path in glob.glob(given, recursive=True) if glob.has_magic(given) and not os.path.exists(given) else [given]:
            read = Path(os.path.realpath(path))
            if read == target or (target.exists() and read.exists() and os.path.samefile(read, target)):
                return f"the output {output} is the input {path}: writing it would destroy what is being read"
            if read.is_dir() and target.is_relative_to(read):
                return f"the output {output} is inside the input directory {path}, which is being read"
            if directory and read.is_relative_to(target):
                return f"the input {path} is inside the output directory {output}, whose parts would replace it"
    return None


@contextmanager
def _engine(engine: Engine, scheduler: Optional[str], env: Environment, *, workers: int,
            model: Optional[str]) -> Iterator[Any]:
    """A Dask client for ``--engine dask`` (Dask is imported only then), else nothing to connect to."""
    if engine is not Engine.dask:
        yield None
        return
    try:
        from . import cluster
    except ImportError:
        _usage_error(env, "--engine dask needs Dask: pip install 'newsfacts-extractor[dask]'")
    assert model is not None
    with ExitStack() as stack:
        try:
            client = stack.enter_context(cluster.connect(scheduler or "local", workers=workers, model=model))
        except cluster.SchedulerUnreachable as error:
            _usage_error(env, str(error))
        yield client


def _not_a_pipeline(model: str) -> Optional[str]:
    """Why a directory given as the model is no spaCy pipeline (``--model /etc``), found before anything is
    written; an installed package of that name comes first, as spaCy loads it."""
    from spacy.util import is_package

    if not os.path.isdir(model) or is_package(model):
        return None
    missing = [name for name in ("meta.json", "config.cfg") if not os.path.isfile(os.path.join(model, name))]
    if not missing:
        return None
    return f"spaCy model {model!r} is a directory but not a spaCy pipeline (no {' or '.join(missing)} in it)"


def _loaded(env: Environment, model: Optional[str]) -> Extractor:
    """The pipeline, or one line and the usage status when it cannot be loaded (a damaged or foreign pipeline
    directory, a package built for another spaCy)."""
    from .core import Extractor
    from .pipeline import resolve_model

    try:
        return Extractor.shared(model)
    except Exception as error:  # spaCy raises OSError, ValueError and its registry's own errors here
        first = (str(error).strip() or type(error).__name__).splitlines()[0]
        _usage_error(env, f"cannot load the spaCy model {resolve_model(model)!r}: {first}")


def _output_failed(env: Environment, error: OutputError, *, resumable: bool = False) -> NoReturn:
    """One line saying which output failed and why, and the status that tells it from a failed input."""
    if error.target == STANDARD_OUTPUT:
        env.discard_stdout()
    env.error(f"{error}; run the same command with --resume to continue" if resumable else str(error))
    raise typer.Exit(ExitStatus.OUTPUT_ERROR)


def _usage_error(env: Environment, message: str) -> NoReturn:
    env.error(message)
    raise typer.Exit(ExitStatus.USAGE_ERROR)


def _isatty(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def resolve_format(format: Format, to_terminal: bool) -> Format:
    """``auto`` is the summary on a terminal and JSON Lines anywhere else."""
    if format is Format.auto:
        return Format.summary if to_terminal else Format.jsonl
    return format


def _output_format(format: Format, output: Optional[str]) -> Format:
    """The format an output file's suffix names (``-o facts.csv``) when ``-f`` names none; ``-f`` naming another
    is a usage error rather than a .csv file holding JSON."""
    implied = OUTPUT_SUFFIXES.get(Path(output).suffix.lower()) if output is not None else None
    if implied is None or format.value == implied:
        return format
    if format is Format.auto:
        return Format(implied)
    raise typer.BadParameter(f"-o {output} names {implied} output but -f asks for {format.value}; drop one",
                             param_hint="--format")


def _one_input(inputs: List[str], forced: Optional[str]) -> Optional[str]:
    """The source name of the input when the command line names one that may be a single article: one file (or
    standard input) that is no directory, no pattern and no file of records by its name or ``--input-format``.
    JSON output is then one object; anything else is an array however many records it holds."""
    if len(inputs) != 1:
        return None
    (given,) = inputs
    if given != STDIN and (os.path.isdir(given) or (glob.has_magic(given) and not os.path.exists(given))):
        return None
    name = given.lower()
    for suffix in COMPRESSED_SUFFIXES:
        name = name.removesuffix(suffix)
    if (forced or SUFFIX_FORMATS.get(os.path.splitext(name)[1])) in RECORD_FORMATS:
        return None
    return printable_name(given)


def _writer(format: Format, stream: IO[str], env: Environment, *, to_terminal: bool, only: Optional[tuple[str, ...]],
            keys: Optional[tuple[str, ...]] = None, one_input: Optional[str] = None) -> Writer:
    from .writers import CsvWriter, JsonLinesWriter, JsonWriter, SummaryWriter

    format = resolve_format(format, to_terminal)
    if format is Format.summary:
        from rich.console import Console

        colour = to_terminal and env.colour
        console = Console(file=stream, force_terminal=to_terminal, no_color=not colour,
                          color_system="auto" if colour else None, width=None if to_terminal else 80,
                          highlight=False, emoji=False, soft_wrap=False)
        return SummaryWriter(console, only)
    if format is Format.html:
        from .report import HtmlWriter

        return HtmlWriter(stream, only)
    if format is Format.json:
        return JsonWriter(stream, only, keys=keys, one_input=one_input)
    if format is Format.csv:
        return CsvWriter(stream, only, keys=keys)
    return JsonLinesWriter(stream, only, keys=keys)


def _opened(page: Path) -> bool:
    from .report import open_report

    return open_report(page)


def _reader_gone(env: Environment) -> NoReturn:
    """Standard output's reader went away (``| head -1``): what was still buffered goes nowhere, nothing is said,
    and the status is a broken pipe's (128 + SIGPIPE), as a shell reports for any command a pipe stopped."""
    env.discard_stdout()
    raise typer.Exit(BROKEN_PIPE)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of one output record: an article's facts, or a failed input's error line."""
    env = Environment.from_sys()
    stream = GuardedStream(env.stdout, STANDARD_OUTPUT)
    try:
        stream.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
        stream.flush()
    except OutputError as error:
        _output_failed(env, error)
    except BrokenPipeError:
        _reader_gone(env)


def route(args: List[str]) -> List[str]:
    """Make ``extract`` the default command, so ``extractor article.txt`` works; ``--help`` and ``--version`` are
    its own."""
    if args and (args[0] in COMMANDS or args[0] in COMPLETION_OPTIONS):
        return args
    return ["extract", *args]


def mistyped_command(args: List[str]) -> Optional[str]:
    """The command a first argument that names no file was likely meant to be (``extractor shema``)."""
    if not args or args[0] in COMMANDS or args[0].startswith("-") or os.path.exists(args[0]):
        return None
    if glob.has_magic(args[0]) or os.sep in args[0] or "." in args[0]:
        return None
    close = difflib.get_close_matches(args[0], COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def main(argv: Optional[List[str]] = None) -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = list(sys.argv[1:] if argv is None else argv)
    meant = mistyped_command(args)
    if meant is not None:
        Environment.from_sys().error(f"no such command {args[0]!r}; did you mean {meant!r}? "
                                     f"(extractor --help lists the options)")
        sys.exit(ExitStatus.USAGE_ERROR)
    try:
        if COMPLETE_VARIABLE in os.environ:
            _complete()
        app(args=route(args), prog_name="extractor")
    except KeyboardInterrupt:  # outside the command itself, e.g. while options are parsed
        sys.exit(INTERRUPTED)
    except SystemExit as exit:
        if exit.code == INTERRUPTED and argv is None:  # the process is the command's own
            _end_interrupted()
        raise


def _complete() -> NoReturn:
    """Shell completion (the script ``--install-completion`` installs calls the command with the words typed):
    the default command's options and values complete without ``extract`` typed first, as the command runs."""
    words = (os.environ.get("COMP_WORDS") or os.environ.get("_TYPER_COMPLETE_ARGS", "")).split()[1:]
    group = typer.main.get_command(app)
    if words and words[0] in COMMANDS or len(words) <= 1 and not "".join(words).startswith("-"):
        group.main(args=[], prog_name="extractor", complete_var=COMPLETE_VARIABLE)  # commands, then files
    group.commands["extract"].main(args=[], prog_name="extractor", complete_var=COMPLETE_VARIABLE)  # type: ignore[attr-defined]
    raise SystemExit(0)


def _end_interrupted() -> NoReturn:
    """An interrupted command has closed its output: it ends here, without the interpreter's teardown of the
    loaded pipeline (half a second), where Python no longer handles a second Ctrl-C and the process would die
    by the signal instead of exiting with 130."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader gone away, a stream closed: nothing more can reach it
            pass
    os._exit(INTERRUPTED)
