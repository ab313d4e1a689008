"""The job around the articles, through the real command: two runs on one directory, output that cannot be
written, Ctrl-C at start-up, a stray NUL byte, decompression bombs. No traceback in any of them."""

from __future__ import annotations

import gzip
import json
import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from extractor import context
from extractor.readers import Article, InputError, containers, read_data

# Reuters-21578 (corpora/reuters21578/articles) style wire copy.
WIRE = "The company said profit rose 14 pct to 40 mln dlrs in 1986."


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", *args]


def measured(args: list[str], folder: Path) -> tuple[int, str, str, float]:
    """Exit status, stdout, stderr and peak resident memory (MB) of the command run with ``args``."""
    out, err = folder / "stdout", folder / "stderr"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        job = subprocess.Popen(command(*args), stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(job.pid, 0)
    job.returncode = os.waitstatus_to_exitcode(status)
    return job.returncode, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"), usage.ru_maxrss / 1024


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


def test_zip_and_gzip_bombs_of_5_gb_are_refused_without_holding_them_in_memory(tmp_path: Path):
    (tmp_path / "bomb.zip").write_bytes(zip_bomb())
    (tmp_path / "bomb.txt.gz").write_bytes(gzip_bomb())
    status, stdout, stderr, peak_mb = measured([str(tmp_path / "bomb.zip"), str(tmp_path / "bomb.txt.gz")], tmp_path)
    no_traceback(stderr)
    assert (status, stdout) == (1, "")
    assert stderr.splitlines() == [
        f"extractor: {tmp_path}/bomb.zip:zeros.txt: zip archive inflates past 536,870,912 bytes (decompression bomb?)",
        f"extractor: {tmp_path}/bomb.txt.gz: gzip data inflates past 536,870,912 bytes (decompression bomb?)",
        "extractor: 2 of 2 inputs failed"]
    assert peak_mb < 600  # the loaded model is about 210 MB of it


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


def test_ctrl_c_at_any_moment_of_start_up_exits_130_quietly(tmp_path: Path):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    jobs = []
    started = time.monotonic()
    for delay in (0.2, 0.5):  # importing spaCy, then the rest of the libraries
        jobs.append(subprocess.Popen(command(str(tmp_path / "wire.txt")), stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True))
        time.sleep(max(0.0, started + delay - time.monotonic()))
        jobs[-1].send_signal(signal.SIGINT)
    for job in jobs:
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
    context.remember_interrupts()
    try:
        Finalized()
    except KeyboardInterrupt:  # delivered after the finalizer on some interpreters
        pass
    finally:
        signal.signal(signal.SIGINT, previous)
    assert context.interrupted()
