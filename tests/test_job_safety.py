"""The job around the articles, through the real command: two runs on one directory, output that cannot be
written, Ctrl-C at start-up, a stray NUL byte, decompression bombs. No traceback in any of them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Reuters-21578 (corpora/reuters21578/articles) style wire copy.
WIRE = "The company said profit rose 14 pct to 40 mln dlrs in 1986."


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", *args]


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr


def test_stray_nul_byte_in_a_text_file_is_blanked_and_the_article_read(tmp_path: Path):
    path = tmp_path / "wire.txt"
    path.write_bytes(WIRE.replace(" to 40", "\x00 to 40").encode("utf-8"))
    done = subprocess.run(command(str(path), "-f", "jsonl", "--keep-text"), capture_output=True, text=True)
    no_traceback(done.stderr)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["text"] == WIRE.replace(" to 40", "  to 40")
    assert any(number["text"] == "40 mln dlrs" for number in record["numbers"])
