"""Speed: throughput of ``Extractor.extract_many`` against bare ``nlp.pipe`` of the same model, cold start, peak memory.

Throughput is measured on real news text: the first 2,000 non-empty Reuters-21578 stories and all
2,225 BBC News articles (``limit`` lowers both). The bare pipeline is the same base model loaded
separately with ``spacy.load``, in the same process and run, at the same batch size as
``extract_many`` (32). To spread the noise of a shared machine evenly, the corpus is cut into chunks
that the two take in turn (bare, ours, bare, ours, ...) and each one's time is summed over its chunks.
Tokens are counted by the bare pipeline's tokenizer (ours tokenizes the same). The ratio is ours/bare
throughput: 1.0 means our components cost nothing; 0.5 means the extractor runs at half spaCy's speed.

BBC ``sport/199.txt`` is not valid UTF-8: every file is decoded with ``errors="replace"``.

Cold start: wall time of ``extractor SAMPLE -f json`` against ``python -c "import spacy; spacy.load(M)"``
running the same article (issue 9: "spacy.load plus one article"), each run in a fresh process five
times in turn; the medians and their ratio. Peak RSS is this benchmark
process's (both pipelines and the corpora loaded), from ``resource.getrusage``.

Whole jobs: CPU time of ``extractor DIR -j 1`` over the first 600 Reuters stories, one file each, writing JSON
Lines and into a job directory, against bare ``nlp.pipe`` over the same files in a fresh process, each less a
process that only loads its pipeline; the ratio is bare/ours time (as for throughput, below 1 is slower).

Batch engine (``--workers N``, ``extractor.batch.process``): ``--workers 1`` in turn with bare
``nlp.pipe`` over the same Reuters chunks, then whole runs of ``--workers 1`` and ``--workers 2``; the
largest peak RSS of any process of a real ``extractor DIR -j 2`` run over those articles (a wrapper
process reads its finished descendants' peak); and this process's resident memory with
``--workers 1`` after 1,000, 5,000, 10,000, 15,000 and 20,000 articles (``limit`` lowers it).

Cost per component: the bare model (as ``spacy.load`` gives it) and the extractor's pipeline each run one
component at a time over all the Reuters articles (each component's ``pipe`` over the docs the previous one
produced), so each of our components' seconds can be set against the bare model's: the issues' cost targets
(all our components at most 10% of the bare pipeline, none over 4%) are these rows. The extractor runs the
model's attribute ruler through an index (``extractor/attribute_ruler.py``) and its lemmatizer with each lemma
remembered (``extractor/lemmatizer.py``), the same output: their rows and the model's own ones are shown apart from
our fact components, and the last row is the whole pipeline.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import spacy
from spacy.util import is_package

from .common import Table

REUTERS = Path("corpora/reuters21578/articles")
BBC = Path("corpora/bbc")
REUTERS_ARTICLES = 2000
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "serbia-migrants-2023-11-09.txt"
BATCH_SIZE = 32
CHUNK = 200
COLD_RUNS = 5
JOB_RUNS = 3
JOB_ARTICLES = 600


def load_reuters(folder: Path, limit: Optional[int] = None) -> list[str]:
    """The first ``limit`` (default 2,000) non-empty stories, in file-name order."""
    wanted = REUTERS_ARTICLES if limit is None else limit
    texts: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        if len(texts) >= wanted:
            break
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.strip():
            texts.append(text)
    return texts


def load_bbc(folder: Path, limit: Optional[int] = None) -> list[str]:
    """Every article (topic folders, then file names), decoded with ``errors="replace"``: one file is not UTF-8."""
    paths = sorted(folder.glob("*/*.txt"))[:limit]
    return [path.read_bytes().decode("utf-8", errors="replace") for path in paths]


@dataclass
class Throughput:
    articles: int
    tokens: int
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0


def ratio(ours: float, bare: float) -> Optional[float]:
    """ours / bare, or None when the bare figure is zero."""
    return ours / bare if bare else None


def chunks(items: Sequence[str], size: int) -> list[Sequence[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def interleaved(texts: Sequence[str], bare: Callable[[Sequence[str]], int], ours: Callable[[Sequence[str]], Any],
                size: int = CHUNK) -> tuple[Throughput, Throughput]:
    """Time ``bare`` and ``ours`` on the same chunks, taking turns; ``bare`` returns the chunk's token count."""
    bare_time = ours_time = 0.0
    tokens = 0
    for chunk in chunks(texts, size):
        started = time.perf_counter()
        tokens += bare(chunk)
        bare_time += time.perf_counter() - started
        started = time.perf_counter()
        ours(chunk)
        ours_time += time.perf_counter() - started
    return Throughput(len(texts), tokens, bare_time), Throughput(len(texts), tokens, ours_time)


def model_name(extractor: Any) -> str:
    """What ``spacy.load`` needs for the extractor's base model: its package name, else its directory."""
    name = extractor.model.get("name", "")
    return name if is_package(name) else str(extractor.nlp.path)


def _timed(command: Sequence[str], env: Optional[dict[str, str]] = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``command``; the CPU time barely moves when
    other work shares the machine, the wall time is what a user waits."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _installed_environment() -> dict[str, str]:
    """This environment with bytecode caching on: pip compiles an installed package's modules, so a user's
    start-up reads them compiled, like spaCy's; with PYTHONDONTWRITEBYTECODE set (as in some containers) an
    editable checkout would be compiled afresh on every start, a cost no installed copy pays."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _extractor_command() -> list[str]:
    script = Path(sys.executable).with_name("extractor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "extractor"]


def _cold_start(model: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """Medians of ``extractor SAMPLE -f json`` and of loading the bare model and running it on the same
    article, run in turns: (wall, CPU) seconds of each."""
    ours_command = _extractor_command() + [str(SAMPLE), "-f", "json", "--model", model]
    bare_command = [sys.executable, "-c", f"import pathlib, spacy; nlp = spacy.load({model!r}); "
                    f"nlp(pathlib.Path({str(SAMPLE)!r}).read_text(encoding='utf-8'))"]
    env = _installed_environment()
    _timed(ours_command, env)  # writes the bytecode an install would have (and warms the file cache, as bare's runs do)
    ours, bare = [], []
    for _ in range(COLD_RUNS):
        bare.append(_timed(bare_command, env))
        ours.append(_timed(ours_command, env))
    return _medians(ours), _medians(bare)


def whole_jobs(model: str, texts: Sequence[str]) -> list[tuple[str, float, float]]:
    """CPU seconds of whole ``extractor DIR -j 1`` jobs (as JSON Lines, and into a job directory) and of bare
    ``nlp.pipe`` over the same files, each less a process that only loads its pipeline (issue 25: "start-up
    included, model load excluded"): medians of ``JOB_RUNS`` runs taken in turn. CPU time, since the wall time
    of a job of one-article files moves with the machine's load and its disk (a part file is synced to disk)."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        for number, text in enumerate(texts):
            (inputs / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        ours = _extractor_command() + [str(inputs), "-j", "1", "-q", "--model", model]
        commands = {
            "bare": [sys.executable, "-c", f"import pathlib, spacy; nlp = spacy.load({model!r}); "
                     f"list(nlp.pipe((p.read_text(encoding='utf-8') for p in sorted(pathlib.Path({str(inputs)!r})"
                     f".iterdir())), batch_size={BATCH_SIZE}))"],
            "bare load": [sys.executable, "-c", f"import spacy; spacy.load({model!r})"],
            "jsonl": ours + ["-f", "jsonl", "-o", os.devnull],
            "directory": ours + ["-o", str(Path(folder) / "out") + "/"],
            # the command ends without the interpreter's teardown (cli._end_finished): so does its load
            "load": [sys.executable, "-c", f"import os; from extractor import Extractor; Extractor({model!r}); "
                     "os._exit(0)"],
        }
        env = _installed_environment()
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(JOB_RUNS):
            for name, command in commands.items():
                shutil.rmtree(Path(folder) / "out", ignore_errors=True)
                runs[name].append(_timed(command, env)[1])
    cpu = {name: statistics.median(values) for name, values in runs.items()}
    bare = cpu["bare"] - cpu["bare load"]
    return [(f"`extractor DIR -j 1 {flags}` over {len(texts):,} Reuters files vs bare nlp.pipe, CPU s less "
             "model load (ratio: bare / extractor time)", cpu[name] - cpu["load"], bare)
            for name, flags in (("jsonl", "-f jsonl -o FILE"), ("directory", "-o DIR/"))]


def _medians(runs: Sequence[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(wall for wall, _ in runs), statistics.median(cpu for _, cpu in runs)


def _engine_run(extractor: Any, texts: Sequence[str], workers: int) -> float:
    """Seconds for the CLI's batch engine to extract every text with ``workers`` processes."""
    from extractor import batch
    from extractor.readers import article_from_text

    articles = (article_from_text(text, id=str(n), source=str(n)) for n, text in enumerate(texts))
    started = time.perf_counter()
    for _ in batch.process(extractor, articles, workers=workers, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - started


def cli_peak_rss_mb(model: str, texts: Sequence[str], workers: int = 2) -> float:
    """The largest peak RSS of any process of ``extractor DIR -j workers`` over ``texts``, one file each.

    Measured from a fresh wrapper process, whose finished descendants are exactly the command and its
    workers: workers forked from this benchmark process would inherit (and report) its two pipelines.
    """
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            (Path(folder) / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        command = _extractor_command() + [folder, "-j", str(workers), "-q", "-f", "jsonl", "-o", os.devnull,
                                          "--model", model]
        wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
                   "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        peak = int(subprocess.run([sys.executable, "-c", wrapper, *command], check=True, capture_output=True,
                                  text=True).stdout.split()[-1])
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def scaling(extractor: Any, bare: Callable[[Sequence[str]], int],
            texts: Sequence[str]) -> list[tuple[str, float, Optional[float]]]:
    """Articles/s of ``--workers 1`` against bare ``nlp.pipe``, of ``--workers 2`` against ``--workers 1``,
    and the peak RSS of one worker.

    ``--workers 1`` and bare spaCy take the same chunks in turn, so a busy moment on a noisy machine
    slows both; a pool is worth timing only over the whole corpus, so the two engines take whole runs.
    """
    bare_run, one_run = interleaved(texts, bare, lambda chunk: _engine_run(extractor, chunk, 1))
    one = len(texts) / _engine_run(extractor, texts, 1)
    two = len(texts) / _engine_run(extractor, texts, 2)
    name = f"Reuters-21578 ({len(texts):,} articles)"
    return [
        (f"{name}: --workers 1 articles/s vs bare nlp.pipe (interleaved)", one_run.articles_per_second,
         bare_run.articles_per_second),
        (f"{name}: --workers 2 articles/s vs --workers 1 (whole runs)", two, one),
        (f"peak RSS of any process of `extractor DIR -j 2` ({len(texts):,} articles), MB",
         cli_peak_rss_mb(model_name(extractor), texts), None),
    ]


# The model's components the extractor runs its own way, the same output: ours -> (the model's factory, how).
STAND_INS = {"extractor_attribute_ruler": ("attribute_ruler", "indexed"),
             "extractor_lemmatizer": ("lemmatizer", "remembering lemmas")}


def stage_seconds(nlp: Any, texts: Sequence[str]) -> list[tuple[str, str, float]]:
    """``(name, factory, seconds)`` of the tokenizer and of each component in turn, each over the docs the one
    before it produced."""
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    stages = [("tokenizer", "tokenizer", time.perf_counter() - started)]
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=BATCH_SIZE) if hasattr(component, "pipe")
                    else (component(doc) for doc in docs))
        stages.append((name, nlp.get_pipe_meta(name).factory, time.perf_counter() - started))
    return stages


def component_costs(nlp: Any, bare_nlp: Any, texts: Sequence[str]) -> list[tuple[str, float]]:
    """Seconds of the bare model (``bare_nlp``, as ``spacy.load`` gives it), of the model's components the
    extractor runs its own way (``STAND_INS``) in it and of ours in their place, of each of our fact components,
    of all of them, and of the extractor's whole pipeline."""
    bare = stage_seconds(bare_nlp, texts)
    ours = stage_seconds(nlp, texts)
    rows = [("bare pipeline, as spacy.load gives it (tokenizer and the model's components)",
             sum(seconds for _, _, seconds in bare))]
    for stand_in, (factory_of_model, way) in STAND_INS.items():
        rows += [(f"the model's {name} in it", seconds) for name, factory, seconds in bare
                 if factory == factory_of_model]
        rows += [(f"{name}, {way}, in its place", seconds) for name, factory, seconds in ours if factory == stand_in]
    facts = [(name, seconds) for name, factory, seconds in ours
             if factory.startswith("extractor_") and factory not in STAND_INS]
    return rows + facts + [("all our fact components", sum(seconds for _, seconds in facts)),
                           ("the extractor's pipeline (the model, its ruler and lemmatizer ours, and our components)",
                            sum(seconds for _, _, seconds in ours))]


def memory_over_a_long_run(extractor: Any, shared: Path, limit: Optional[int] = None,
                           marks: Sequence[int] = (1000, 5000, 10_000, 15_000),
                           total: int = 20_000) -> list[tuple[str, float]]:
    """Resident memory of this process (``--workers 1`` engine) after each of ``marks`` articles and after
    ``total``: bounded caches fill early, so growth between the later marks is what a leak would show."""
    from extractor import batch
    from extractor.readers import article_from_text

    texts = load_reuters(shared / REUTERS, total if limit is None else limit)
    shown = {min(mark, len(texts)) for mark in marks} | {len(texts)}
    rows: list[tuple[str, float]] = []
    articles = (article_from_text(text, id=str(n), source=str(n)) for n, text in enumerate(texts))
    for done, _ in enumerate(batch.process(extractor, articles, workers=1, batch_size=BATCH_SIZE), 1):
        if done in shown:
            rows.append((f"RSS after {done:,} articles (--workers 1), MB", current_rss_mb()))
    return rows


def current_rss_mb() -> float:
    """This process's resident memory now (Linux ``/proc``; else its peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_rss_mb()
    return pages * resource.getpagesize() / (1024 * 1024)


def run(extractor: Any, shared: Path, limit: Optional[int] = None) -> list[Table]:
    """Throughput per corpus (ours, bare, ratio), cold start, peak RSS."""
    model = model_name(extractor)
    nlp = spacy.load(model)

    def bare(chunk: Sequence[str]) -> int:
        return sum(len(doc) for doc in nlp.pipe(chunk, batch_size=BATCH_SIZE))

    def ours(chunk: Sequence[str]) -> None:
        for _ in extractor.extract_many({"text": text} for text in chunk):
            pass

    table = Table(f"Speed ({model}, same process, {BATCH_SIZE} articles a batch)",
                  ["measure", "extractor", "bare spaCy", "ratio (extractor / bare)"])
    corpora = (("Reuters-21578", load_reuters(shared / REUTERS, limit)), ("BBC News", load_bbc(shared / BBC, limit)))
    for name, texts in corpora:
        mine_bare, mine = interleaved(texts, bare, ours)
        label = f"{name} ({len(texts):,} articles, {mine.tokens:,} tokens)"
        table.add(f"{label}: articles/s", mine.articles_per_second, mine_bare.articles_per_second,
                  ratio(mine.articles_per_second, mine_bare.articles_per_second))
        table.add(f"{label}: tokens/s", mine.tokens_per_second, mine_bare.tokens_per_second,
                  ratio(mine.tokens_per_second, mine_bare.tokens_per_second))
    (wall_ours, cpu_ours), (wall_bare, cpu_bare) = _cold_start(model)
    for measure, cold_ours, cold_bare in (("wall", wall_ours, wall_bare), ("CPU", cpu_ours, cpu_bare)):
        table.add(f"cold start, {measure} s (median of {COLD_RUNS}): `extractor sample -f json` vs `spacy.load` + "
                  "the sample", cold_ours, cold_bare, ratio(cold_ours, cold_bare))
    table.add("peak RSS of the benchmark process, MB (both pipelines loaded)", peak_rss_mb(), None, None)
    reuters = corpora[0][1]
    for label, ours_seconds, bare_seconds in whole_jobs(model, reuters[:JOB_ARTICLES]):
        table.add(label, ours_seconds, bare_seconds, ratio(bare_seconds, ours_seconds))
    for label, ours_value, bare_value in scaling(extractor, bare, reuters):
        table.add(label, ours_value, bare_value, ratio(ours_value, bare_value))
    for label, value in memory_over_a_long_run(extractor, shared, limit):
        table.add(label, value, None, None)
    table.notes = [
        "--workers N: the CLI's batch engine (extractor.batch.process) over the same Reuters articles; --workers 1"
        " takes 200-article chunks in turn with bare nlp.pipe, and --workers 2 is timed against a whole --workers 1 run."
        " Peak RSS per process: the largest of a real `extractor DIR -j 2` run (command and workers) over the same"
        " articles; RSS over a long run is this process's resident memory with"
        " --workers 1 after every 5,000 articles (and the first 1,000) up to the last (up to 20,000 Reuters stories).",
        "Throughput: each corpus is cut into chunks of 200 articles that the bare pipeline and the extractor take"
        " in turn; the ratio is extractor/bare throughput (below 1: slower than bare spaCy); for cold start it is"
        " extractor/bare time (above 1: slower). BBC sport/199.txt"
        " is not valid UTF-8 and is decoded with errors='replace'.",
    ]
    costs = component_costs(extractor.nlp, nlp, reuters)
    cost = Table(f"Cost per component ({model}, Reuters-21578, {len(reuters):,} articles, one component at a time)",
                 ["component", "seconds", "share of the bare pipeline's time"])
    for name, seconds in costs:
        cost.add(name, seconds, seconds / costs[0][1] if costs[0][1] else None)
    return [table, cost]
