"""Shell completion through the real command (issue 23): the script each shell installs, and the answers it gets
back, in bash, zsh and fish. Nothing here needs the shells themselves or the network; a shell that is installed
also checks its script's syntax."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

# The shell each script hooks into, and the words that show it is the command's own.
SCRIPTS = {
    "bash": ("complete -o default -F _extractor_completion extractor", "_EXTRACTOR_COMPLETE=complete_bash"),
    "zsh": ("#compdef extractor", "compdef _extractor_completion extractor", "_EXTRACTOR_COMPLETE=complete_zsh"),
    "fish": ("complete --command extractor", "_EXTRACTOR_COMPLETE=complete_fish"),
}


def command(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **environ}, timeout=60)


def answer(shell: str, typed: str) -> str:
    """What the command answers a shell whose user typed ``typed`` and pressed TAB, as each shell's script asks."""
    if shell == "bash":
        words = typed.split() + ([""] if typed.endswith(" ") else [])
        return command(COMP_WORDS=" ".join(words), COMP_CWORD=str(len(words) - 1),
                       _EXTRACTOR_COMPLETE="complete_bash").stdout
    return command(_TYPER_COMPLETE_ARGS=typed, _TYPER_COMPLETE_FISH_ACTION="get-args",
                   _EXTRACTOR_COMPLETE=f"complete_{shell}").stdout


@pytest.mark.parametrize("shell", sorted(SCRIPTS))
def test_show_completion_prints_the_script_of_the_shell_asked_for(shell: str):
    # Typer's own switch from the shell it runs in (detected) to the shell named, as its tests do.
    result = command("--show-completion", shell, _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    assert result.returncode == 0, result.stderr
    for words in SCRIPTS[shell]:
        assert words in result.stdout
    if shutil.which(shell):
        syntax = subprocess.run([shell, "-n"], input=result.stdout, capture_output=True, text=True, timeout=30)
        assert syntax.returncode == 0, syntax.stderr


@pytest.mark.parametrize("shell", sorted(SCRIPTS))
def test_an_option_value_completes_from_its_choices(shell: str):
    offered = answer(shell, "extractor -f ")
    assert all(value in offered for value in ("summary", "jsonl", "csv", "html"))


def test_zsh_and_fish_show_each_option_with_one_line_of_its_help():
    """fish reads each line of the answer as a name of its own: a help wrapped over four lines offered
    'terminal and JSON Lines otherwise.' as an option."""
    fish = answer("fish", "extractor --").splitlines()
    assert all(line.startswith("--") for line in fish)
    assert "--format\tauto: from the -o suffix" in fish and "--quiet\tNo progress line on stderr" in fish
    zsh = answer("zsh", "extractor --for")
    assert zsh == "_arguments '*: :((\"--format\":\"auto\\\\: from the -o suffix\"))'\n"


def test_the_first_word_completes_to_a_command_then_to_options_without_extract():
    assert answer("zsh", "extractor sch").startswith("_arguments '*: :((\"schema\":")
    assert "--language-filter" in answer("bash", "extractor --lang")
