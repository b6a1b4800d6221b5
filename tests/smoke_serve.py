"""Smoke test of `corpus-tui serve`: a headless Chromium loads the page, types a search
and checks that the browser received the app's screen with the results (the terminal
output the page's websocket carries, as the browser got it); it also saves a
screenshot to look at.

    python tests/smoke_serve.py [--port 8765] [--screenshot serve.png]

Needs Debian's `chromium` (apt-get install chromium). Drives the browser through the
DevTools protocol with aiohttp (installed with textual-serve). Exits 0 when the page
shows the search's results, 1 when it does not, 2 when there is no browser.
"""
from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

QUERY = "Pyongyang"
# Text the reader shows once the search has results (the status line under the box).
EXPECTED = "article(s)"


def _wait_for(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return True
        except OSError:
            time.sleep(0.3)
    return False


async def drive(port: int, debug_port: int, screenshot: Path) -> str:
    import aiohttp

    targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{debug_port}/json", timeout=5).read())
    page = next(t for t in targets if t.get("type") == "page")
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            counter = 0

            received: list[str] = []

            async def call(method: str, **params):
                nonlocal counter
                counter += 1
                await ws.send_json({"id": counter, "method": method, "params": params})
                while True:
                    message = await ws.receive_json(timeout=30)
                    if message.get("method") == "Network.webSocketFrameReceived":
                        received.append(_frame_text(message["params"]["response"]))
                    if message.get("id") == counter:
                        return message.get("result", {})

            await call("Network.enable")
            await call("Page.enable")
            await call("Page.navigate", url=f"http://localhost:{port}/")
            await asyncio.sleep(8)   # the page opens a session: the app starts in it
            for kind in ("mousePressed", "mouseReleased"):   # focus the terminal
                await call("Input.dispatchMouseEvent", type=kind, x=700, y=300, button="left", clickCount=1)
            before = len(received)
            for key in ["/", *QUERY]:
                await call("Input.dispatchKeyEvent", type="keyDown", text=key, key=key)
                await call("Input.dispatchKeyEvent", type="keyUp", key=key)
            await asyncio.sleep(4)
            shot = await call("Page.captureScreenshot", format="png")
            screenshot.write_bytes(base64.b64decode(shot.get("data", "")))
            return "".join(received[before:])


def _frame_text(response: dict) -> str:
    """The text of one websocket frame the page received (binary frames are base64)."""
    data = response.get("payloadData", "")
    if response.get("opcode") == 2:
        data = base64.b64decode(data).decode("utf-8", "replace")
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--debug-port", type=int, default=9229)
    parser.add_argument("--screenshot", type=Path, default=Path(tempfile.gettempdir()) / "corpus-tui-serve.png")
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("no chromium: apt-get install chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_CACHE_HOME": home}
        server = subprocess.Popen([sys.executable, "-m", "corpus_tui.tui.cli", "serve", "--port", str(args.port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        chrome = None
        try:
            if not _wait_for(f"http://localhost:{args.port}/", 60):
                print("the server did not answer", file=sys.stderr)
                return 1
            chrome = subprocess.Popen([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                                       f"--remote-debugging-port={args.debug_port}", f"--user-data-dir={home}/chrome",
                                       "--window-size=1400,900", "about:blank"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if not _wait_for(f"http://127.0.0.1:{args.debug_port}/json/version", 30):
                print("chromium did not start", file=sys.stderr)
                return 1
            text = asyncio.run(drive(args.port, args.debug_port, args.screenshot))
        finally:
            for process in (chrome, server):
                if process is not None:
                    process.terminate()
                    process.wait(timeout=10)
    print(f"screenshot: {args.screenshot}", file=sys.stderr)
    ok = QUERY in text and EXPECTED in text
    print("ok: the page shows the search and its results" if ok else "FAILED: no results on the page", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
