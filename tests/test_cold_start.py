"""The command ends without the interpreter's teardown, yet as an ordinary exit would: handlers run, output whole."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = ("import atexit, sys; atexit.register(print, 'exit handler ran'); sys.argv = ['extractor', 'schema']; "
          "from extractor.cli import main; main()")


def test_a_finished_command_runs_its_exit_handlers_and_flushes_its_whole_output():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False)
    schema, handler = done.stdout.rsplit("}\n", 1)
    assert done.returncode == 0
    assert json.loads(schema + "}")["title"]
    assert handler == "exit handler ran\n"
