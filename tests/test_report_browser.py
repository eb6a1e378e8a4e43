"""calm report --html in a real headless browser: it renders without a console error, and a
screenshot shows the charts. Needs Debian's `chromium` (installed by .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_stats import NOW, generate

from calmcli.caselog import stats
from calmcli.storage import open_store
from calmcli.views import report_html as report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium; .ci/run installs it)",
)
CHART_BLUE = (0x2F, 0x6D, 0xB5)  # report.PALETTE[0]
FOLLOW_UP_GREEN = (0x3A, 0x9A, 0x5B)


def browse(page: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run headless chromium on a local file, offline, logging console messages to stderr."""
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def console_errors(log: str) -> list[str]:
    """Console messages and refused loads (CSP) from chromium's log; not its D-Bus noise."""
    return [
        line
        for line in log.splitlines()
        if ":CONSOLE" in line or "Refused to" in line or "Uncaught" in line
    ]


def pixels_near(image: object, colour: tuple[int, int, int], box: tuple[int, ...]) -> int:
    from PIL import Image

    assert isinstance(image, Image.Image)
    colours = image.convert("RGB").crop(box).getcolors(maxcolors=1 << 24) or []
    return sum(
        count
        for count, pixel in colours
        if all(abs(a - b) <= 12 for a, b in zip(pixel, colour, strict=True))
    )


def test_report_renders_in_chromium_with_charts(tmp_path: Path, calm_home: Path) -> None:
    PIL = pytest.importorskip("PIL.Image", reason="Pillow is in the `test` extra")
    store = open_store()
    store.import_cases(generate(800))
    page = tmp_path / "report.html"
    page.write_text(report.render(stats.compute(store, now=NOW)), encoding="utf-8")
    store.close()
    shot = tmp_path / "shot.png"
    result = browse(page, tmp_path, f"--screenshot={shot}", "--window-size=1200,2000")
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_errors(result.stderr) == []
    image = PIL.open(shot)
    assert image.size == (1200, 2000)
    # The charts sit below the title and tiles: bars in the palette's blue, follow-ups in green.
    assert pixels_near(image, CHART_BLUE, (0, 300, 1200, 2000)) > 5000
    assert pixels_near(image, FOLLOW_UP_GREEN, (0, 300, 1200, 2000)) > 3000
    dom = browse(page, tmp_path, "--dump-dom")
    assert dom.stdout.count("<svg") == 7 and console_errors(dom.stderr) == []


def test_the_console_check_sees_errors(tmp_path: Path) -> None:
    """The check above would notice a broken page: a script error and a blocked fetch."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; script-src 'unsafe-inline'\">"
        '<img src="https://example.invalid/x.png"><script>nope();</script>'
    )
    result = browse(page, tmp_path, "--dump-dom")
    errors = console_errors(result.stderr)
    assert any("Content Security Policy" in line for line in errors), result.stderr[-2000:]
    assert any("Uncaught ReferenceError" in line for line in errors)
