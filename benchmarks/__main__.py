"""``python -m benchmarks [newsfacts|dates|numbers|quotes|places|entities|html|speed ...] [--json] [--limit N]``.

``python -m benchmarks newsfacts --explain [ID]`` lists every false, missed and misread fact of the
NewsFacts articles (or of one), each with its sentence.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from typing import Optional

from .common import shared_dir

BENCHMARKS = ("newsfacts", "dates", "numbers", "quotes", "places", "entities", "html", "speed")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--json", action="store_true", help="print the tables as JSON")
    parser.add_argument("--limit", type=int, help="at most N documents or cases per data set (a quick look)")
    parser.add_argument("--model", help="spaCy pipeline to measure (default: as the extractor resolves it)")
    parser.add_argument("--explain", nargs="?", const="", metavar="ID",
                        help="newsfacts only: every false, missed and misread fact with its sentence (of article ID)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    if args.explain is not None and args.names not in ([], ["newsfacts"]):
        parser.error("--explain is for newsfacts alone")
    shared = shared_dir()
    if not shared.is_dir():
        print(f"benchmarks: no gold data at {shared} (set EXTRACTOR_SHARED); nothing measured")
        return 0

    from extractor import Extractor

    extractor = Extractor.shared(args.model)
    if args.explain is not None:
        from .newsfacts import explain

        print(explain(extractor, shared, args.explain or None))
        return 0
    results = {}
    for name in args.names or BENCHMARKS:
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        tables = module.run(extractor, shared, limit=args.limit)
        results[name] = [table.to_dict() for table in tables]
        if not args.json:
            for table in tables:
                print(table.markdown(), end="\n\n")
            print(f"({name}: {time.perf_counter() - started:.0f} s)\n", file=sys.stderr)
    if args.json:
        print(json.dumps({"model": extractor.model, "date": time.strftime("%Y-%m-%d"), "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
