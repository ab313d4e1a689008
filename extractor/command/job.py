"""What one run of ``extract`` does: the command line's options checked against each other and the inputs, before
anything is written or the model is loaded. A mistake is a usage error here, never half a job."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, List, Optional

import typer

from .. import batch, shards
from ..context import Environment
from ..readers import COMPRESSED_SUFFIXES, STDIN, SUFFIX_FORMATS, FieldNames, Limits, printable_name, \
    single_article_count
from .exits import usage_error
from .options import Engine, Format, Options, output_format, parse_date, parse_fields, parse_only, resolve_format

# Formats an input's name promises several records of: JSON output is then an array, whatever their count.
RECORD_FORMATS = ("jsonl", "csv", "tsv", "feed", "sgml", "warc", "zip")


@dataclass(frozen=True)
class Job:
    """A checked run: what to read and how, where the facts go and in which format, and how the work is shared."""

    inputs: List[str]
    output: Optional[str]  # None: standard output
    directory: bool  # -o DIR/: one part per input and a manifest
    format: Format
    only: Optional[tuple[str, ...]]
    keys: Optional[tuple[str, ...]]
    published: Optional[str]
    fields: FieldNames
    forced: Optional[str]  # --input-format, unless auto
    limits: Limits
    limit: Optional[int]
    language: Optional[str]  # --language-filter
    keep_text: bool
    errors_as_records: bool
    open_page: bool
    quiet: bool
    ordered: bool
    resume: bool
    engine: Engine
    scheduler: Optional[str]
    model: Optional[str]  # for --engine dask, the resolved model each worker loads
    workers: int
    progress: bool
    total: Optional[int]  # articles to do, when known for the progress line's ETA

    @property
    def one_input(self) -> Optional[str]:
        return _one_input(self.inputs, self.forced)

    def read_options(self) -> shards.ReadOptions:
        return shards.ReadOptions(self.fields, self.forced, self.limits, self.published, self.only, self.keep_text,
                                 self.language)


def plan(env: Environment, options: Options) -> Job:
    """The job the options ask for, or a usage error naming the first option that does not fit."""
    output = None if options.output == STDIN else options.output
    directory = output is not None and shards.is_directory_output(output)
    format = options.format if directory else output_format(options.format, output)
    _check_output(env, options, output, directory, format)
    to_terminal = output is None and env.stdout_isatty
    if options.errors_as_records and resolve_format(format, to_terminal) is not Format.jsonl:
        raise typer.BadParameter("--errors-as-records needs JSON Lines output (-f jsonl)",
                                 param_hint="--errors-as-records")
    if options.limit is not None and directory:
        raise typer.BadParameter("a directory output holds every input, for --resume; try --limit with -o FILE",
                                 param_hint="--limit")
    only = parse_only(options.only)
    published = parse_date(options.date)
    keys = parse_fields(options.kept_fields, resolve_format(format, to_terminal))
    inputs = _inputs(env, options, output, directory)
    model = _model(env, options)
    forced = None if options.input_format == "auto" else options.input_format
    progress = not options.quiet and _isatty(env.stderr)
    # Counting is a second walk of the inputs: worth it only for a progress line, and not when resuming
    # (the inputs already done are not known until the manifest is read).
    total = single_article_count(inputs, forced) if progress and not options.resume else None
    if total is not None and options.limit is not None:
        total = min(total, options.limit)
    return Job(inputs, output, directory, format, only, keys, published, options.fields, forced,
               Limits(max_chars=options.max_chars), options.limit,
               options.language_filter.value if options.language_filter is not None else None,
               options.keep_text, options.errors_as_records,
               options.open_page, options.quiet, not options.unordered, options.resume, options.engine,
               options.scheduler, model, options.workers or batch.usable_cpus(),
               progress and total != 1,  # one article: nothing to wait for, and the line would sit on its summary
               total)


def _check_output(env: Environment, options: Options, output: Optional[str], directory: bool, format: Format) -> None:
    """Options that need another, or exclude one: a directory output, --resume, --open, the Dask engine."""
    if options.open_page and (format is not Format.html or output is None):
        raise typer.BadParameter("--open needs -f html and -o PATH", param_hint="--open")
    if directory and format not in (Format.auto, Format.jsonl):
        raise typer.BadParameter("a directory output (-o DIR/) is written as JSON Lines parts", param_hint="--format")
    if options.resume and not directory:
        raise typer.BadParameter("--resume needs a directory output (-o DIR/)", param_hint="--resume")
    if options.unordered and directory:
        raise typer.BadParameter("a directory output keeps each input's part in order", param_hint="--unordered")
    if options.engine is Engine.dask and not directory:
        usage_error(env, "--engine dask writes a directory of parts: add -o DIR/ (on a filesystem every worker sees)")
    if options.scheduler is not None and options.engine is not Engine.dask:
        usage_error(env, "--scheduler needs --engine dask")


def _inputs(env: Environment, options: Options, output: Optional[str], directory: bool) -> List[str]:
    """The inputs named, or standard input when it is piped; none that the output would destroy."""
    inputs = options.inputs
    if not inputs:
        if env.stdin_isatty or env.stdin is None:
            raise typer.BadParameter("give article files, directories, or - to read standard input", param_hint="INPUTS")
        inputs = [STDIN]
    if options.engine is Engine.dask and STDIN in inputs:
        usage_error(env, "--engine dask reads input files every worker sees, not standard input")
    if output is not None:
        overwritten = _input_under(output, inputs, directory=directory)
        if overwritten is not None:
            usage_error(env, overwritten)
    return inputs


def _model(env: Environment, options: Options) -> Optional[str]:
    """The model, checked before anything is written and loaded once the output is open: as given, or resolved for
    Dask workers to load."""
    from ..pipeline import ModelNotFound, resolve_model

    try:
        resolved = resolve_model(options.model)
    except ModelNotFound as error:
        usage_error(env, str(error))
    not_a_pipeline = _not_a_pipeline(resolved)
    if not_a_pipeline:
        usage_error(env, not_a_pipeline)
    return resolved if options.engine is Engine.dask else options.model


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


def _isatty(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
