"""The ``extract`` command's options: their help groups, their types, and the checks of each value on its own.

Only what parsing needs is imported here, so ``extractor --help`` answers at once.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, List, Optional

import typer
from typer.core import TyperCommand

from .. import __version__
from ..facts import FACT_TYPES
from ..readers import INPUT_FORMATS, FieldNames
from ..resources import load_json
from ..writers import OUTPUT_SUFFIXES, field_names

MODEL_ENV = "EXTRACTOR_MODEL"  # pipeline.MODEL_ENV, named here so parsing does not load spaCy

INPUT, OUTPUT, BATCH, MODEL = "Input", "Output", "Batch", "Model"
HELP_GROUPS = (INPUT, OUTPUT, BATCH, MODEL)
SHORT_HELP_WIDTH = 60  # characters of an option's help that completion shows beside its name

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

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        """Option names offered with the first words of their help on one line: zsh and fish show a description
        beside each name, and fish reads every line of the answer as another name (a wrapped help offered
        'terminal and JSON Lines otherwise.' as an option)."""
        items = super().shell_complete(ctx, incomplete)
        for item in items:
            if item.help:
                item.help = short_help(item.help)
        return items


def short_help(text: str, width: int = SHORT_HELP_WIDTH) -> str:
    """The help's first clause (up to a full stop, a semicolon or a bracket) on one line, cut at a word with "..."
    when longer than ``width``."""
    first = re.split(r"\.\s|;\s|\s\(", " ".join(text.split()), maxsplit=1)[0].rstrip(".")
    if len(first) <= width:
        return first
    return first[:width - 3].rsplit(" ", 1)[0].rstrip(",;:") + "..."


InputFormat = Enum("InputFormat", {name: name for name in ("auto",) + INPUT_FORMATS}, type=str)  # type: ignore[misc]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class LanguageFilter(str, Enum):
    """The languages ``--language-filter`` keeps: the library tells English from the rest, no more."""

    en = "en"


LANGUAGE_NAMES = {LanguageFilter.en.value: "English"}  # as the closing line names them


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


def _help(param: str) -> str:
    """The option's help, kept with the others in ``data/command_help.json`` so the declarations below read as a
    table of names, kinds and groups."""
    return load_json("command_help.json")[param].replace("{fact_types}", ", ".join(FACT_TYPES))


def _switch(param: str, *names: str, panel: str) -> Any:
    """An option that is off unless given, in its help group: the one shape of the command's on/off options."""
    return Annotated[bool, typer.Option(*names, rich_help_panel=panel, help=_help(param))]


def _value(kind: Any, param: str, *names: str, metavar: str, panel: str, **settings: Any) -> Any:
    """An option that takes a value, in its help group, its value named by its meaning (``metavar``: PATH, N,
    FIELD) rather than its Python type; ``settings`` are typer's own (``min``, ``envvar``, ``show_default``)."""
    return Annotated[kind, typer.Option(*names, metavar=metavar, rich_help_panel=panel, help=_help(param), **settings)]


InputsArgument = Annotated[
    Optional[List[str]],
    typer.Argument(help="Article files (text, web pages, JSON/JSONL, CSV/TSV, feeds, WARC, zip, gzip/bzip2/xz "
                   "of these), directories (searched for them), globs, or - for standard input (read when "
                   "nothing is given and input is piped).", show_default=False,
                   metavar="INPUT"),
]
# one row per option of `extract`, in --help order: kind, parameter (its help's key), names, value's name, group
InputFormatOption = _value(InputFormat, "input_format", "--input-format", case_sensitive=False,
                           metavar="|".join(("auto",) + INPUT_FORMATS), panel=INPUT)
DateOption = _value(Optional[str], "date", "--date", metavar="YYYY-MM-DD", panel=INPUT)
LimitOption = _value(Optional[int], "limit", "--limit", min=1, metavar="N", panel=INPUT, show_default=False)
TextFieldOption = _value(str, "text_field", metavar="FIELD", panel=INPUT)
IdFieldOption = _value(str, "id_field", metavar="FIELD", panel=INPUT)
DateFieldOption = _value(Optional[str], "date_field", metavar="FIELD", panel=INPUT)
TitleFieldOption = _value(str, "title_field", metavar="FIELD", panel=INPUT)
LanguageFilterOption = _value(Optional[LanguageFilter], "language_filter", "--language-filter", case_sensitive=False,
                              metavar="en", panel=INPUT, show_default=False)
MaxCharsOption = _value(int, "max_chars", "--max-chars", min=1, metavar="N", panel=INPUT)
FormatOption = _value(Format, "format", "-f", "--format", case_sensitive=False,
                      metavar="auto|summary|json|jsonl|csv|html", panel=OUTPUT)
OutputOption = _value(Optional[str], "output", "-o", "--output", metavar="PATH", panel=OUTPUT)
OnlyOption = _value(Optional[str], "only", "--only", metavar="TYPES", panel=OUTPUT)
KeptFieldsOption = _value(Optional[str], "kept_fields", "--fields", metavar="KEYS", panel=OUTPUT)
KeepTextOption = _switch("keep_text", "--keep-text", panel=OUTPUT)
ErrorsAsRecordsOption = _switch("errors_as_records", "--errors-as-records", panel=OUTPUT)
OpenPageOption = _switch("open_page", "--open", panel=OUTPUT)
QuietOption = _switch("quiet", "--quiet", "-q", panel=OUTPUT)
WorkersOption = _value(Optional[int], "workers", "--workers", "-j", min=1, metavar="N", panel=BATCH, show_default=False)
UnorderedOption = _switch("unordered", "--unordered", panel=BATCH)
ResumeOption = _switch("resume", "--resume", panel=BATCH)
EngineOption = _value(Engine, "engine", "--engine", case_sensitive=False, metavar="local|dask", panel=BATCH)
SchedulerOption = _value(Optional[str], "scheduler", "--scheduler", metavar="ADDRESS|local", panel=BATCH,
                         show_default=False)
ModelOption = _value(Optional[str], "model", "--model", envvar=MODEL_ENV, metavar="NAME|PATH", panel=MODEL)
VersionOption = Annotated[
    bool, typer.Option("-V", "--version", callback=_version, is_eager=True, help="Print the version and exit.")
]


def parse_only(value: Optional[str]) -> Optional[tuple[str, ...]]:
    if not value:
        return None
    names = tuple(dict.fromkeys(name.strip() for name in value.split(",") if name.strip()))
    unknown = [name for name in names if name not in FACT_TYPES]
    if unknown or not names:
        raise typer.BadParameter(f"unknown fact type {', '.join(unknown)!s}; choose from {', '.join(FACT_TYPES)}")
    return names


def parse_date(value: Optional[str]) -> Optional[str]:
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


def parse_fields(value: Optional[str], format: Format) -> Optional[tuple[str, ...]]:
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


def resolve_format(format: Format, to_terminal: bool) -> Format:
    """``auto`` is the summary on a terminal and JSON Lines anywhere else."""
    if format is Format.auto:
        return Format.summary if to_terminal else Format.jsonl
    return format


def output_format(format: Format, output: Optional[str]) -> Format:
    """The format an output file's suffix names (``-o facts.csv``) when ``-f`` names none; ``-f`` naming another
    is a usage error rather than a .csv file holding JSON."""
    implied = OUTPUT_SUFFIXES.get(Path(output).suffix.lower()) if output is not None else None
    if implied is None or format.value == implied:
        return format
    if format is Format.auto:
        return Format(implied)
    raise typer.BadParameter(f"-o {output} names {implied} output but -f asks for {format.value}; drop one",
                             param_hint="--format")


@dataclass(frozen=True)
class Options:
    """The command line's values as typer parsed them, before they are checked against each other (``job.plan``)."""

    inputs: Optional[List[str]]
    input_format: str
    date: Optional[str]
    limit: Optional[int]
    fields: FieldNames
    max_chars: int
    language_filter: Optional[LanguageFilter]
    format: Format
    output: Optional[str]
    only: Optional[str]
    kept_fields: Optional[str]
    keep_text: bool
    errors_as_records: bool
    open_page: bool
    quiet: bool
    workers: Optional[int]
    unordered: bool
    resume: bool
    engine: Engine
    scheduler: Optional[str]
    model: Optional[str]
