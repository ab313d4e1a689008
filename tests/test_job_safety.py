"""The job around the articles, through the real command: two runs on one directory, output that cannot be
written, Ctrl-C at start-up, a stray NUL byte, decompression bombs. No traceback in any of them."""

from __future__ import annotations

import gzip
import json
import os
import resource
import signal
import struct
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest
from typer.testing import CliRunner

from extractor import Extractor, context
from extractor.cli import app, route
from extractor.context import ExitStatus
from extractor.readers import Article, InputError, containers, read_data
from extractor.writers import JsonWriter

runner = CliRunner()

# Reuters-21578 (corpora/reuters21578/articles) style wire copy.
WIRE = "The company said profit rose 14 pct to 40 mln dlrs in 1986."


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", *args]


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr


def deflated_zeros(size: int, crc: bool = False) -> tuple[bytes, int]:
    """A raw deflate stream of ``size`` zero bytes (a multiple of 1 MiB) built in milliseconds: after a full flush
    the compressor starts afresh, so every MiB compresses to the same block. With ``crc``, its true CRC-32."""
    mib = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(mib) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = 0
    for _ in range(size >> 20 if crc else 0):
        checksum = zlib.crc32(mib, checksum)
    return block * (size >> 20) + compressor.flush(), checksum


def zip_bomb(size: int = 5 << 30, crc: bool = False) -> bytes:
    """A ZIP64 archive of one member of ``size`` zero bytes, as ``zip`` would write it, in a few MB."""
    data, checksum = deflated_zeros(size, crc)
    name = b"zeros.txt"
    sizes = struct.pack("<HHQQ", 1, 16, size, len(data))  # the ZIP64 extra field: real sizes
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, checksum, 0xFFFFFFFF, 0xFFFFFFFF,
                        len(name), len(sizes)) + name + sizes
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, checksum, 0xFFFFFFFF,
                          0xFFFFFFFF, len(name), len(sizes), 0, 0, 0, 0, 0) + name + sizes
    offset = len(local) + len(data)
    end64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 1, 1, len(central), offset)
    locator = struct.pack("<IIQI", 0x07064B50, 0, offset + len(central), 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), offset, 0)
    return local + data + central + end64 + locator + end


def gzip_bomb(size: int = 5 << 30) -> bytes:
    """A gzip file of ``size`` zero bytes (its CRC is never reached: the cap stops reading long before)."""
    data, _ = deflated_zeros(size)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + data + struct.pack("<II", 0, size & 0xFFFFFFFF)


# Short wire stories (Reuters-21578 style), one per file: each record is a kilobyte or two of JSON.
STORIES = (
    WIRE,
    "Police arrested 12 people in Belgrade on Monday.",
    '"We will not stop," the minister said on 3 March.',
)
WIRE_RECORD = json.dumps({"id": "wire-1", "text": WIRE}) + "\n"
FILE_LIMIT = 1024  # bytes any file the command writes may reach: a disk that is full after the first record


def _file_limit() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))


@dataclass
class Job:
    """One run of the real command, started with the module's other runs and finished on demand."""

    process: subprocess.Popen
    folder: Path
    status: Optional[int] = None
    stdout: str = ""
    stderr: str = ""
    peak_mb: float = 0.0

    def finish(self) -> "Job":
        if self.status is None:
            _, status, usage = os.wait4(self.process.pid, 0)
            self.process.returncode = self.status = os.waitstatus_to_exitcode(status)
            self.peak_mb = usage.ru_maxrss / 1024
            self.stdout = (self.folder / "stdout").read_text(encoding="utf-8", errors="replace")
            self.stderr = (self.folder / "stderr").read_text(encoding="utf-8")
            no_traceback(self.stderr)
        return self


@pytest.fixture(scope="module")
def jobs(tmp_path_factory) -> Iterator[dict[str, Job]]:
    """The module's runs of the real command, started side by side: each loads spaCy and the model (a few seconds
    of CPU), so together they cost the module about as long as two would one after the other."""
    root = tmp_path_factory.mktemp("jobs")
    stories = root / "stories"
    stories.mkdir()
    for number, story in enumerate(STORIES):
        (stories / f"story-{number}.txt").write_text(story, encoding="utf-8")
    (root / "wire-nul.txt").write_bytes(WIRE.replace(" to 40", "\x00 to 40").encode("utf-8"))
    (root / "bomb.zip").write_bytes(zip_bomb())
    (root / "bomb.txt.gz").write_bytes(gzip_bomb())
    (root / "facts.json").write_text("the facts of an earlier run\n", encoding="utf-8")
    runs: dict[str, tuple[list[str], Any, Any]] = {
        "holder": ([str(stories), "-", "-o", f"{root / 'held'}/", "-j", "1"], None, None),  # waits for its stdin
        "inputs": ([str(root / "bomb.zip"), str(root / "bomb.txt.gz"), str(root / "wire-nul.txt"), "--keep-text"],
                   None, None),
        "file-full": ([str(stories), "-f", "json", "-o", str(root / "facts.json")], _file_limit, None),
        "directory-full": ([str(stories), "-o", f"{root / 'parts'}/", "-j", "1"], _file_limit, None),
        "stdout-full": ([str(stories)], None, "/dev/full"),
    }
    started: dict[str, Job] = {}
    for name, (args, limit, stdout_path) in runs.items():
        folder = root / name
        folder.mkdir()
        with open(stdout_path or folder / "stdout", "wb") as stdout, open(folder / "stderr", "wb") as stderr:
            process = subprocess.Popen(command(*args), stdout=stdout, stderr=stderr, preexec_fn=limit,
                                       stdin=subprocess.PIPE if name == "holder" else subprocess.DEVNULL)
        if stdout_path:
            (folder / "stdout").write_text("", encoding="utf-8")
        started[name] = Job(process, folder)
    yield started
    for job in started.values():
        if job.process.stdin is not None:
            job.process.stdin.close()
        job.finish()


def test_a_second_run_on_a_directory_a_job_holds_is_refused_and_the_first_completes_whole(jobs, extractor,
                                                                                          tmp_path: Path):
    holder = jobs["holder"]
    root = holder.folder.parent
    held, stories = root / "held", str(root / "stories")
    deadline = time.monotonic() + 60
    while not ((held / "job.lock").exists() and (held / "job.lock").read_text().strip() == str(holder.process.pid)):
        assert holder.process.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    for again in ([], ["--resume"]):  # a fresh run, and a resume, while the first job runs
        second = runner.invoke(app, route([stories, "-", "-o", f"{held}/", "-j", "1", *again]), input="")
        assert (second.exit_code, second.stderr) == (ExitStatus.USAGE_ERROR, (
            f"extractor: {held} is in use by another extractor job (pid {holder.process.pid}); wait for it to end, "
            "or choose another directory\n"))
    assert holder.process.stdin is not None
    holder.process.stdin.write(WIRE_RECORD.encode("utf-8"))
    holder.process.stdin.close()
    assert holder.finish().status == 0, holder.stderr
    lone = runner.invoke(app, route([stories, "-", "-o", f"{tmp_path / 'lone'}/", "-j", "1"]), input=WIRE_RECORD)
    assert lone.exit_code == 0, lone.stderr
    assert _parts(held) == _parts(tmp_path / "lone") and len(_parts(held)) == len(STORIES) + 1


def test_stray_nul_byte_in_a_text_file_is_blanked_and_the_article_read(jobs):
    job = jobs["inputs"].finish()
    (record,) = [json.loads(line) for line in job.stdout.splitlines()]
    assert record["source"].endswith("wire-nul.txt")
    assert record["text"] == WIRE.replace(" to 40", "  to 40")
    assert any(number["text"] == "40 mln dlrs" for number in record["numbers"])


def test_zip_and_gzip_bombs_of_5_gb_are_refused_without_holding_them_in_memory(jobs):
    job = jobs["inputs"].finish()
    folder = job.folder.parent
    assert job.status == 1
    assert job.stderr.splitlines() == [
        f"extractor: {folder}/bomb.zip:zeros.txt: zip archive inflates past 536,870,912 bytes (decompression bomb?)",
        f"extractor: {folder}/bomb.txt.gz: gzip data inflates past 536,870,912 bytes (decompression bomb?)",
        "extractor: 2 of 3 inputs failed"]
    assert job.peak_mb < 600  # the loaded model is about 210 MB of it


def test_full_disk_under_an_output_file_is_one_line_and_leaves_the_earlier_file_whole(jobs):
    job = jobs["file-full"].finish()
    folder = job.folder.parent
    assert (job.status, job.stdout) == (ExitStatus.OUTPUT_ERROR, "")
    assert job.stderr == f"extractor: cannot write {folder}/facts.json: File too large\n"
    assert (folder / "facts.json").read_text(encoding="utf-8") == "the facts of an earlier run\n"
    assert not list(folder.glob(".facts.json.*"))  # no temporary file left beside it


def test_full_disk_under_a_directory_output_keeps_the_partial_part_for_resume(jobs, extractor, tmp_path: Path):
    job = jobs["directory-full"].finish()
    folder = job.folder.parent
    assert job.status == ExitStatus.OUTPUT_ERROR
    (line,) = job.stderr.splitlines()
    assert line.startswith(f"extractor: cannot write {folder}/parts/part-000000.jsonl.partial: File too large")
    assert line.endswith("; run the same command with --resume to continue")
    assert (folder / "parts" / "part-000000.jsonl.partial").exists()
    stories, lone = str(folder / "stories"), tmp_path / "lone"
    resumed = runner.invoke(app, route([stories, "-o", f"{folder / 'parts'}/", "-j", "1", "--resume"]))
    assert resumed.exit_code == 0, resumed.stderr
    assert runner.invoke(app, route([stories, "-o", f"{lone}/", "-j", "1"])).exit_code == 0
    assert _parts(folder / "parts") == _parts(lone)


def test_standard_output_on_a_full_device_is_one_line_and_its_own_status(jobs):
    job = jobs["stdout-full"].finish()
    assert (job.status, job.stderr) == (ExitStatus.OUTPUT_ERROR,
                                        "extractor: cannot write standard output: No space left on device\n")


@pytest.mark.parametrize("format", ["jsonl", "json", "csv", "html", "summary"])
def test_every_format_written_to_a_full_device_is_one_line_and_its_own_status(extractor, tmp_path: Path, format):
    (tmp_path / "story.txt").write_text(WIRE, encoding="utf-8")
    result = runner.invoke(app, route([str(tmp_path / "story.txt"), "-f", format, "-o", "/dev/full"]))
    assert (result.exit_code, result.stderr) == (ExitStatus.OUTPUT_ERROR,
                                                 "extractor: cannot write /dev/full: No space left on device\n")


def _read_only(tmp_path: Path) -> Path:
    """A directory this process cannot create files in: sysfs for root (who may write anywhere else), else one
    without write permission."""
    if os.geteuid() == 0:
        return Path("/sys")
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o555)
    return folder


@pytest.mark.parametrize("where, output", [("missing", "facts.json"), ("file", "facts.json"), ("file", "parts/"),
                                           ("read-only", "facts.json"), ("read-only", "parts/")])
def test_output_in_a_missing_read_only_or_file_parent_fails_at_once_in_one_line(tmp_path: Path, where, output,
                                                                                 monkeypatch):
    def not_loaded(*args, **kwargs):
        raise AssertionError("the model was loaded before the output was opened")

    monkeypatch.setattr(Extractor, "shared", not_loaded)
    (tmp_path / "story.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    parent = {"missing": tmp_path / "no" / "such", "file": tmp_path / "a-file",
              "read-only": _read_only(tmp_path)}[where]
    target = f"{parent}/{output}"
    result = runner.invoke(app, route([str(tmp_path / "story.txt"), "-o", target]))
    assert result.exit_code == ExitStatus.OUTPUT_ERROR
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"extractor: cannot write {target}: ")
    if where == "missing":
        assert line.endswith("No such file or directory")
    if where == "file":
        assert line.endswith("Not a directory")


def test_ctrl_c_keeps_an_output_file_whole_with_the_articles_finished_before_it(extractor, tmp_path: Path,
                                                                                  monkeypatch):
    (tmp_path / "story.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "later.txt").write_text(STORIES[1], encoding="utf-8")
    written = JsonWriter.write

    def stop_after_the_first(self, facts, article=None):
        written(self, facts, article)
        raise KeyboardInterrupt

    monkeypatch.setattr(JsonWriter, "write", stop_after_the_first)
    out = tmp_path / "facts.json"
    result = runner.invoke(app, route([str(tmp_path / "story.txt"), str(tmp_path / "later.txt"), "-f", "json",
                                       "-o", str(out), "-j", "1"]))
    assert result.exit_code == 130
    [record] = json.loads(out.read_text(encoding="utf-8"))  # an array: the command named two inputs
    assert record["source"].endswith("story.txt")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["facts.json", "later.txt", "story.txt"]


def _parts(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("part-*"))}


def test_zip_member_declaring_less_than_it_inflates_to_is_cut_at_its_declared_size():
    lying = zip_bomb().replace(struct.pack("<Q", 5 << 30), struct.pack("<Q", 1 << 20))
    (error,) = read_data(lying, "lying.zip")
    assert isinstance(error, InputError) and error.reason.startswith("unreadable zip member (Bad CRC-32")


def test_compressed_input_larger_than_what_is_kept_while_measuring_is_read_whole(monkeypatch):
    monkeypatch.setattr(containers, "KEPT_BYTES", 4096)
    monkeypatch.setattr(containers, "CHUNK_BYTES", 1024)
    text = (WIRE + "\n") * 500
    (article,) = read_data(gzip.compress(text.encode("utf-8")), "wire.txt.gz")
    assert isinstance(article, Article) and article.text == text


def _after_cpu_time(process: subprocess.Popen, seconds: float) -> None:
    """Wait until ``process`` has run for ``seconds`` of CPU time: how far its start-up has got, however busy the
    machine (a wall-clock delay may fall inside the interpreter's own start-up on a loaded one)."""
    stat = Path(f"/proc/{process.pid}/stat")
    if not stat.exists():
        time.sleep(seconds)
        return
    ticks = os.sysconf("SC_CLK_TCK")
    while process.poll() is None:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / ticks >= seconds:  # utime + stime
            return
        time.sleep(0.005)


@pytest.mark.parametrize("cpu_seconds", [0.08, 0.2, 0.5])  # our first imports, then spaCy's, then the rest
def test_ctrl_c_at_any_moment_of_start_up_exits_130_quietly(tmp_path: Path, cpu_seconds: float):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    job = subprocess.Popen(command(str(tmp_path / "wire.txt")), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    _after_cpu_time(job, cpu_seconds)
    job.send_signal(signal.SIGINT)
    stdout, stderr = job.communicate()
    assert (job.returncode, stdout, stderr) == (130, "", "")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ctrl_c_swallowed_by_a_finalizer_is_still_remembered(monkeypatch):
    """The interpreter ignores a KeyboardInterrupt raised in ``__del__``; start-up must stop all the same."""

    class Finalized:
        def __del__(self) -> None:
            os.kill(os.getpid(), signal.SIGINT)

    previous = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(context, "_interrupted", False)
    monkeypatch.setattr(context, "_stopping", False)
    context.remember_interrupts()
    try:
        Finalized()
    except KeyboardInterrupt:  # delivered after the finalizer on some interpreters
        pass
    finally:
        signal.signal(signal.SIGINT, previous)
    assert context.interrupted()


def test_ctrl_c_exits_130_at_once_while_starting_and_raises_keyboard_interrupt_once_the_work_begins(monkeypatch):
    previous = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(context, "_interrupted", False)
    monkeypatch.setattr(context, "_starting", False)
    monkeypatch.setattr(context, "_stopping", False)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        context.remember_interrupts()
        with pytest.raises(SystemExit) as exit_info:
            os.kill(os.getpid(), signal.SIGINT)
        assert exit_info.value.code == 130
        context.started()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert context.interrupted()
