"""Read what a rule change does to real articles: dump every fact of a fixed set of corpus articles, compare two dumps,
or print the facts of a random sample for reading by eye.

``python -m benchmarks.dump write OUT.jsonl [--web]`` extracts the first 600 Reuters-21578 stories and the first 60
articles of each BBC News topic (``--web``: the 181 saved web pages of ``corpora/html-articles`` instead, read as
the command reads a web page), one JSON line per article with its text. Run it with the code before and after a
change (a worktree each), then ``python -m benchmarks.dump diff A.jsonl B.jsonl [TYPE ...]`` lists, per fact type,
the records only one dump has, each beside its sentence. ``python -m benchmarks.dump read TYPE --seed N
[--articles K]`` prints every fact of that type in K articles drawn at random from all of BBC News, Reuters-21578 and
the saved web pages: a fresh sample, which no rule has been tuned on, for judging facts one by one.

The point of these tools is the benchmarks' blind spot: a rule can win its cases and still change facts on articles
nobody scored. Gold data is not read here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .common import shared_dir

REUTERS = Path("corpora/reuters21578/articles")
BBC = Path("corpora/bbc")
WEB = Path("corpora/html-articles/html")
REUTERS_DUMPED = 600
BBC_DUMPED_PER_TOPIC = 60
FACT_TYPES = ("numbers", "dates", "places", "organizations", "people", "quotes")
CONTEXT = 90


def news_paths(shared: Path) -> list[Path]:
    reuters = sorted((shared / REUTERS).glob("*.txt"))
    kept = [path for path in reuters if path.read_bytes().strip()][:REUTERS_DUMPED]
    for topic in sorted(path for path in (shared / BBC).iterdir() if path.is_dir()):
        kept += sorted(topic.glob("*.txt"))[:BBC_DUMPED_PER_TOPIC]
    return kept


def web_paths(shared: Path) -> list[Path]:
    return sorted((shared / WEB).glob("*.html"))


def extracted(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Each article's record with its text, read as the command reads the file (a web page's body, furniture out)."""
    from extractor.core import Extractor
    from extractor.readers import read_inputs

    extractor = Extractor()
    for path in paths:
        for outcome in extractor.process(read_inputs([str(path)])):
            if outcome.error is not None:
                yield {"id": str(path), "error": str(outcome.error)}
                continue
            assert outcome.facts is not None and outcome.article is not None
            record = outcome.facts.to_dict()
            record["id"] = "/".join(path.parts[-2:])
            record["text"] = outcome.article.text
            yield record


def first_offset(fact: dict[str, Any]) -> Optional[int]:
    if isinstance(fact.get("start"), int):
        return fact["start"]
    mentions = fact.get("mentions") or []
    return mentions[0]["start"] if mentions else None


def context(text: str, start: Optional[int], width: int = CONTEXT) -> str:
    if start is None:
        return ""
    return " ".join(text[max(0, start - width): start + width].split())


def write(out: Path, web: bool) -> None:
    shared = shared_dir()
    paths = web_paths(shared) if web else news_paths(shared)
    with out.open("w", encoding="utf-8") as handle:
        for record in extracted(paths):
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def _load(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle)}


def _key(fact: dict[str, Any]) -> str:
    return json.dumps(fact, sort_keys=True, ensure_ascii=False)


def diff(before: Path, after: Path, types: tuple[str, ...]) -> None:
    old, new = _load(before), _load(after)
    for name in types:
        gone: list[str] = []
        added: list[str] = []
        for article_id in sorted(set(old) | set(new)):
            a = {_key(fact): fact for fact in old.get(article_id, {}).get(name, [])}
            b = {_key(fact): fact for fact in new.get(article_id, {}).get(name, [])}
            text = (new.get(article_id) or old[article_id]).get("text", "")
            for key in a.keys() - b.keys():
                gone.append(f"- {article_id} {key}\n    | {context(text, first_offset(a[key]))}")
            for key in b.keys() - a.keys():
                added.append(f"+ {article_id} {key}\n    | {context(text, first_offset(b[key]))}")
        print(f"## {name}: {len(gone)} gone, {len(added)} new")
        for line in sorted(gone + added, key=lambda line: line.split(" ", 2)[1:2]):
            print(line)


def read(name: str, seed: int, articles: int) -> None:
    shared = shared_dir()
    pool = (sorted((shared / BBC).glob("*/*.txt")) + sorted((shared / REUTERS).glob("*.txt")) + web_paths(shared))
    sample = random.Random(seed).sample(pool, articles)
    for record in extracted(sample):
        facts = record.get(name, [])
        print(f"\n=== {record['id']} ({len(facts)} {name})")
        for fact in facts:
            shown = {key: value for key, value in fact.items() if key not in ("mentions",)}
            mentions = len(fact.get("mentions", []))
            print(f"* {json.dumps(shown, ensure_ascii=False)}{f' [{mentions} mentions]' if mentions else ''}")
            print(f"    | {context(record.get('text', ''), first_offset(fact))}")


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dump", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="dump the facts of the fixed news (or web) articles")
    writing.add_argument("out", type=Path)
    writing.add_argument("--web", action="store_true", help="the 181 saved web pages instead of the news stories")
    diffing = commands.add_parser("diff", help="records only one of two dumps has, with their sentences")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("types", nargs="*", metavar="TYPE", help=f"any of {', '.join(FACT_TYPES)} (default: all)")
    reading = commands.add_parser("read", help="every fact of one type in a random sample of articles")
    reading.add_argument("type", choices=FACT_TYPES)
    reading.add_argument("--seed", type=int, required=True)
    reading.add_argument("--articles", type=int, default=10)
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.out, args.web)
    elif args.command == "diff":
        unknown = set(args.types) - set(FACT_TYPES)
        if unknown:
            parser.error(f"no fact type {', '.join(sorted(unknown))}; choose from {', '.join(FACT_TYPES)}")
        diff(args.before, args.after, tuple(args.types) or FACT_TYPES)
    else:
        read(args.type, args.seed, args.articles)


if __name__ == "__main__":
    main(sys.argv[1:])
