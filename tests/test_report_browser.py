"""The HTML report in a real browser: headless Chromium (Debian's ``chromium``) renders it.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``), so the test
needs no driver, no network and no Python package beyond the standard library. Without
/usr/bin/chromium the tests skip.

``python -m tests.test_report_browser`` regenerates the sample report and its screenshot
(samples/serbia-migrants-2023-11-09.report.{html,png}) for the README.
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest

from extractor import Extractor
from extractor.readers import article_from_text
from extractor.report import render_report

from .test_report import spans_of

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "serbia-migrants-2023-11-09.txt"
VIEWPORT = (1280, 800)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")


class Browser:
    """Headless Chromium with one page, spoken to in DevTools protocol messages over a pipe."""

    def __init__(self, width: int = VIEWPORT[0], height: int = VIEWPORT[1]) -> None:
        self.profile = tempfile.mkdtemp(prefix="extractor-chromium-")
        commands_read, self.commands = os.pipe()
        self.replies, replies_write = os.pipe()
        # Move the child's ends above fd 9, so bash's "3<&N 4>&M" never overwrites one with the other.
        commands_read, replies_write = (_above_nine(fd) for fd in (commands_read, replies_write))
        flags = [
            "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--mute-audio",
            f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank",
        ]
        # Chromium reads commands on fd 3 and writes replies on fd 4.
        self.process = subprocess.Popen(
            ["/bin/bash", "-c", f'exec "$0" "$@" 3<&{commands_read} 4>&{replies_write}', str(CHROMIUM), *flags],
            pass_fds=(commands_read, replies_write), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(commands_read)
        os.close(replies_write)
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        try:
            target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Runtime", "Network"):
                self.page(f"{domain}.enable")
            self.page("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        except BaseException:
            self.process.kill()
            self.close()
            raise

    def call(self, method: str, params: Optional[dict[str, Any]] = None, session: Optional[str] = None,
             timeout: float = 20.0) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        for reply in self._messages(timeout):
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
        raise TimeoutError(method)

    def page(self, method: str, params: Optional[dict[str, Any]] = None) -> dict[str, Any]:
        return self.call(method, params, self.session)

    def _messages(self, timeout: float) -> Iterator[dict[str, Any]]:
        """Messages as they arrive; events are kept in ``self.events`` for the tests to inspect."""
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "method" in message:
                    self.events.append(message)
                yield message
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.replies], [], [], left)[0]:
                return
            chunk = os.read(self.replies, 1 << 16)
            if not chunk:
                return
            self.buffer += chunk

    def wait_for(self, method: str, timeout: float = 20.0) -> dict[str, Any]:
        if any(event["method"] == method for event in self.events):
            return next(event for event in self.events if event["method"] == method)
        for message in self._messages(timeout):
            if message.get("method") == method:
                return message
        raise TimeoutError(method)

    def open(self, path: Path) -> None:
        self.events.clear()
        self.page("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.page("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.page("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def screenshot(self, path: Path) -> None:
        import base64

        path.write_bytes(base64.b64decode(self.page("Page.captureScreenshot", {"format": "png"})["data"]))

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (TimeoutError, OSError, RuntimeError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.commands)
        os.close(self.replies)
        shutil.rmtree(self.profile, ignore_errors=True)


def _above_nine(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = Browser()
    yield chromium
    chromium.close()


def sample_report(extractor: Extractor, directory: Path) -> tuple[Path, dict[str, Any]]:
    name = SAMPLE.relative_to(ROOT).as_posix()
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"), id=name, source=name)
    facts = next(extractor.extract_many([article]))
    path = directory / "sample.report.html"
    path.write_text(render_report(facts, article), encoding="utf-8")
    return path, facts.to_dict()


@pytest.fixture(scope="module")
def sample(extractor: Extractor, browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path, record = sample_report(extractor, tmp_path_factory.mktemp("report"))
    browser.open(path)
    return record


HIGHLIGHTS = """Array.from(document.querySelectorAll('mark[data-fact][id]')).map(m => ({
  kind: m.classList[1], start: +m.dataset.start, end: +m.dataset.end,
  text: Array.from(document.querySelectorAll('mark[data-fact="' + m.id + '"]')).map(f => f.textContent).join('')
}))"""


def test_every_fact_in_the_json_is_a_highlight_in_the_rendered_page(browser: Browser, sample: dict[str, Any]) -> None:
    found = {(h["kind"], h["start"], h["end"], h["text"]) for h in browser.evaluate(HIGHLIGHTS)}
    expected = spans_of(sample)
    assert len(expected) > 40
    assert [span for span in expected if span not in found] == []


def test_sample_opens_in_under_a_second_without_network_or_script_errors(browser: Browser, sample: dict[str, Any]) -> None:
    load_ms = browser.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    print(f"sample report load event after {load_ms:.0f} ms")
    assert 0 < load_ms < 1000
    requests = [e["params"]["request"]["url"] for e in browser.events if e["method"] == "Network.requestWillBeSent"]
    assert all(url.startswith("file://") for url in requests), requests
    assert [e for e in browser.events if e["method"] in ("Runtime.exceptionThrown", "Page.javascriptDialogOpening")] == []


def test_clicking_a_quote_entry_scrolls_its_highlight_into_view_and_flashes_it(browser: Browser, sample: dict[str, Any]) -> None:
    last = f"a1-quote{len(sample['quotes']) - 1}"
    in_view = (f"(() => {{ const r = document.getElementById('{last}').getBoundingClientRect();"
               " return r.top >= 0 && r.bottom <= innerHeight; })()")
    x, y = browser.evaluate(
        f"(() => {{ window.scrollTo(0, 0); const a = document.querySelector('a.go[data-fact=\"{last}\"]');"
        " a.scrollIntoView({block: 'nearest'}); const r = a.getClientRects()[0];"
        " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    assert browser.evaluate(in_view) is False
    assert browser.evaluate(f"document.elementFromPoint({x}, {y}).closest('a.go').dataset.fact") == last
    browser.click(x, y)
    deadline = time.monotonic() + 3
    while not browser.evaluate(in_view) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert browser.evaluate(in_view) is True
    assert browser.evaluate(f"document.getElementById('{last}').classList.contains('flash')") is True


def test_hostile_article_markup_shows_as_text_and_never_runs(extractor: Extractor, browser: Browser, tmp_path: Path) -> None:
    text = ('Police said <script>alert(1)</script> that <img src=x onerror="document.title=\'pwned\'"> '
            '300 people were detained in Belgrade on Monday, "<b onmouseover=alert(2)>Interior Minister</b>" said.')
    article = article_from_text(text, id="<i>x</i>", source="-", published="2023-11-09",
                                title="<script>alert(3)</script>", url="javascript:alert(4)")
    facts = next(extractor.extract_many([article]))
    path = tmp_path / "hostile.html"
    path.write_text(render_report(facts, article), encoding="utf-8")
    browser.open(path)
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.querySelectorAll('img, [onerror], [onmouseover]').length") == 0
    assert browser.evaluate("document.querySelectorAll('.text *:not(mark), h2 *').length") == 0
    assert browser.evaluate("document.querySelector('.text').textContent") == text
    assert browser.evaluate("document.title") == "Facts: <script>alert(3)</script>"
    assert browser.evaluate("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert [e for e in browser.events if e["method"] == "Page.javascriptDialogOpening"] == []


def main() -> None:
    """Write the sample report and its screenshot into samples/ (for the README)."""
    html = SAMPLE.with_suffix(".report.html")
    png = SAMPLE.with_suffix(".report.png")
    with tempfile.TemporaryDirectory() as directory:
        path, _ = sample_report(Extractor.shared(), Path(directory))
        shutil.copyfile(path, html)
    chromium = Browser(1280, 900)
    try:
        chromium.open(html)
        chromium.screenshot(png)
    finally:
        chromium.close()
    print(f"wrote {html.relative_to(ROOT)} ({html.stat().st_size:,} bytes) and {png.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
