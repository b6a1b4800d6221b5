"""The wheel carries the bundled seeds: an installed corpus-tui (not this checkout)
opens them from any folder."""
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: the build backend is already installed (setuptools is a
    # build requirement of the editable install this suite runs from).
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        cmd.remove("--no-build-isolation")
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    [built] = out.glob("corpus_tui-*.whl")
    return built


def test_wheel_holds_engine_app_and_seeds(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    seeds = sorted(n for n in names if n.startswith("corpus_tui/seeds/"))
    assert seeds == [f"corpus_tui/seeds/{p.name}" for p in sorted((ROOT / "seeds").glob("*.txt"))]
    # Every module of the source folders, sub-packages included, is in the wheel.
    for folder in ("index", "tui"):
        for source in (ROOT / folder).rglob("*.py"):
            assert f"corpus_tui/{source.relative_to(ROOT).as_posix()}" in names, source
    assert not any(n.startswith(("index/", "tui/", "seeds/", "tests/")) for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "corpus-tui = corpus_tui.tui.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_searches_its_bundled_seeds_from_another_folder(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import json, sys; import corpus_tui.index.corpus as c; from corpus_tui.tui.cli import main\n"
        "print(c.bundled_seeds()); sys.stdout.flush()\n"
        "main(['search', 'strategic partnership', '--json'])"
    )
    # The wheel's copy comes first on the path, ahead of this checkout's editable install.
    env = {**os.environ, "PYTHONPATH": str(target), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    seeds_line, json_line = result.stdout.strip().splitlines()
    assert Path(seeds_line) == target / "corpus_tui" / "seeds"
    hits = json.loads(json_line)["hits"]
    assert hits and all(h["article"].endswith(".txt") for h in hits)
    assert list(elsewhere.iterdir()) == []
