"""The ``extractor`` command: typer parses, the library extracts, writers print.

The command's parts are in ``command/``: its options (``options.py``), the checks that make them a job
(``job.py``), the one driver that runs it (``driver.py``) and how it ends when it cannot go on (``exits.py``).
Only what parsing needs is imported here, so ``extractor --help`` answers at once; spaCy, the readers' heavy
parsers and the writers load when a command runs.
"""

from __future__ import annotations

try:  # Ctrl-C while spaCy and the rest load (the first second or two) stops as quietly as at any later moment
    from . import context
    from .context import INTERRUPTED

    context.remember_interrupts()
    import atexit
    import difflib
    import glob
    import json
    import os
    import sys
    import threading
    from typing import List, NoReturn, Optional

    import typer

    from .command.exits import output_failed, reader_gone
    from .command.options import (EXAMPLES, DateFieldOption, DateOption, Engine, EngineOption, ErrorsAsRecordsOption,
                                  Format, FormatOption, GroupedHelp, IdFieldOption, InputFormat, InputFormatOption,
                                  InputsArgument, KeepTextOption, KeptFieldsOption, LanguageFilterOption, LimitOption,
                                  MaxCharsOption, ModelOption, OnlyOption, OpenPageOption, Options, OutputOption,
                                  QuietOption, ResumeOption, SchedulerOption, TextFieldOption, TitleFieldOption,
                                  UnorderedOption, VersionOption, WorkersOption)
    from .context import Environment, ExitStatus, OutputError
    from .facts import json_schema
    from .readers import FieldNames, Limits
    from .writers import STANDARD_OUTPUT, GuardedStream
except KeyboardInterrupt:  # maybe before context.INTERRUPTED was imported: the same status, 128 + SIGINT
    raise SystemExit(130) from None
if context.interrupted():
    raise SystemExit(INTERRUPTED)

COMMANDS = ("extract", "schema")
COMPLETE_VARIABLE = "_EXTRACTOR_COMPLETE"  # set by the shell completion script typer installs
COMPLETION_OPTIONS = ("--install-completion", "--show-completion")

app = typer.Typer(
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    help="Pull the facts out of English news articles: numbers, dates, places, organizations, people, quotes.\n\n"
    "`extractor FILE...` is short for `extractor extract FILE...`.",
)


@app.callback()
def _main() -> None:
    """Pull the facts out of English news articles."""


@app.command("extract", cls=GroupedHelp, epilog=EXAMPLES)
def extract_command(
    inputs: InputsArgument = None,
    input_format: InputFormatOption = InputFormat.auto,
    date: DateOption = None,
    limit: LimitOption = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = None,
    title_field: TitleFieldOption = "title",
    max_chars: MaxCharsOption = Limits.max_chars,
    language_filter: LanguageFilterOption = None,
    format: FormatOption = Format.auto,
    output: OutputOption = None,
    only: OnlyOption = None,
    kept_fields: KeptFieldsOption = None,
    keep_text: KeepTextOption = False,
    errors_as_records: ErrorsAsRecordsOption = False,
    open_page: OpenPageOption = False,
    quiet: QuietOption = False,
    workers: WorkersOption = None,
    unordered: UnorderedOption = False,
    resume: ResumeOption = False,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    model: ModelOption = None,
    version: VersionOption = False,
) -> None:
    """Extract facts from articles and print them (`extractor schema` prints the JSON Schema of the output)."""
    from .command.driver import execute
    from .command.job import plan

    env = Environment.from_sys()
    fields = FieldNames(text=text_field, id=id_field, title=title_field,
                        date=(date_field,) if date_field else FieldNames.date)
    execute(env, plan(env, Options(inputs, input_format.value, date, limit, fields, max_chars, language_filter, format,
                                   output, only, kept_fields, keep_text, errors_as_records, open_page, quiet, workers,
                                   unordered, resume, engine, scheduler, model)))


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of one output record: an article's facts, or a failed input's error line."""
    env = Environment.from_sys()
    stream = GuardedStream(env.stdout, STANDARD_OUTPUT)
    try:
        stream.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
        stream.flush()
    except OutputError as error:
        output_failed(env, error)
    except BrokenPipeError:
        reader_gone(env)


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
        if argv is None:  # the process is the command's own
            if exit.code == INTERRUPTED:
                _end_interrupted()
            _end_finished(exit.code)
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


def _end_finished(code: object) -> None:
    """A finished command ends without the interpreter's teardown: freeing the loaded pipeline and the word
    tables object by object costs about a quarter of a second of CPU, a fifth of a cold start
    (``extractor article.txt``), and nothing is left to do in it. What Python would still do first is done here:
    the exit handlers run (workers joined, temporary files removed) and the standard streams are flushed. A command
    with another thread still running, or whose streams cannot be flushed, returns to the ordinary exit."""
    if not (code is None or isinstance(code, int)) or threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except (OSError, ValueError):  # the ordinary exit reports it as it always has
        return
    os._exit(code or 0)


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
