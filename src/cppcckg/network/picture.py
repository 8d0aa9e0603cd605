"""PNG and SVG pictures of a network page, drawn by headless Chromium from the page itself, so
that a picture from the command line is the one the page's own download buttons give.

The page is written to a temporary folder and opened from there with every network feature of
Chromium turned off (it needs none: the page is offline). ``#export-png`` shows the network
alone, which Chromium photographs; ``#export-svg`` makes the page put its SVG into the document,
which Chromium prints. Chromium is found as ``CPPCCKG_CHROMIUM``, else ``chromium``,
``chromium-browser``, ``google-chrome`` or ``google-chrome-stable`` on the PATH; without it the
command stops with a message saying what to install.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from cppcckg.errors import DependencyError, InputError
from cppcckg.fsutil import write_atomic

__all__ = ["CANDIDATES", "FORMATS", "SIZE", "find_chromium", "write_picture"]

FORMATS = ("png", "svg")
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Window of the picture in CSS pixels; PNGs are drawn at twice that.
SIZE = (1600, 1000)
#: Seconds of page time Chromium gives the page to lay itself out and draw.
BUDGET_MS = 15000
_FLAGS = ["--headless", "--disable-gpu", "--hide-scrollbars", "--disable-background-networking", "--disable-sync",
          "--disable-component-update", "--disable-default-apps", "--no-first-run", "--mute-audio",
          "--disable-extensions", "--allow-file-access-from-files"]


def find_chromium() -> str:
    """The Chromium to run, or DependencyError saying how to get one."""
    named = os.environ.get("CPPCCKG_CHROMIUM")
    if named:
        if Path(named).is_file() and os.access(named, os.X_OK):
            return named
        raise DependencyError(f"CPPCCKG_CHROMIUM={named} is not an executable file; point it at Chromium or unset it")
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise DependencyError("--format png|svg draws the page in headless Chromium, and none was found "
                          f"({', '.join(CANDIDATES)} on the PATH, or CPPCCKG_CHROMIUM); install it "
                          "(apt-get install chromium) or write --format html and use the page's download buttons")


def _run(args: list[str], what: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(args, capture_output=True, timeout=BUDGET_MS / 1000 + 60, check=False)
    except subprocess.TimeoutExpired:
        raise DependencyError(f"Chromium did not finish drawing the {what} in time; try a smaller view (filters)") from None


def write_picture(page: str, out: Path | str, fmt: str, size: tuple[int, int] = SIZE) -> Path:
    """Draw ``page`` (a network page's HTML) as ``fmt`` (png or svg) into ``out``, atomically."""
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    chromium = find_chromium()
    with tempfile.TemporaryDirectory(prefix="cppcckg-picture-") as tmp:
        folder = Path(tmp)
        page_path = folder / "page.html"
        page_path.write_text(page, encoding="utf-8")
        args = [chromium, *_FLAGS, f"--user-data-dir={folder / 'profile'}", f"--window-size={size[0]},{size[1]}",
                f"--virtual-time-budget={BUDGET_MS}"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        url = page_path.as_uri() + f"#export-{fmt}"
        if fmt == "png":
            shot = folder / "picture.png"
            done = _run(args + ["--force-device-scale-factor=2", f"--screenshot={shot}", url], "picture")
            if not shot.is_file() or shot.stat().st_size == 0:
                raise DependencyError(f"Chromium drew no picture ({_last_line(done)})")
            data = shot.read_bytes()
        else:
            done = _run(args + ["--dump-dom", url], "SVG")
            m = re.search(r'<pre id="cppcckg-export-svg">(.*?)</pre>', done.stdout.decode("utf-8", "replace"), re.S)
            if not m:
                raise DependencyError(f"Chromium gave no SVG ({_last_line(done)})")
            data = html.unescape(m.group(1)).encode("utf-8")
    return write_atomic(Path(out), data)


def _last_line(done: subprocess.CompletedProcess) -> str:
    lines = [x for x in done.stderr.decode("utf-8", "replace").splitlines() if x.strip()]
    return f"exit {done.returncode}" + (f": {lines[-1][:200]}" if lines else "")
