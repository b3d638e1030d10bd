"""The package as a user gets it: a wheel and an sdist built with
``python -m build``, the wheel installed into a fresh virtualenv (its
dependencies at the pinned versions), and the README's quick start run
there against the testnet."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import Testnet

pytestmark = pytest.mark.testnet
ROOT = Path(__file__).resolve().parents[1]


def run(
    args: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    p = subprocess.run(  # noqa: S603 - fixed arguments: this interpreter, pip, the built wheel
        args, cwd=cwd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300, check=False
    )
    assert p.returncode == 0, f"{args} failed:\n{p.stdout}\n{p.stderr}"
    return p


def quick_start(url: str, key: str) -> str:
    readme = (ROOT / "README.md").read_text()
    m = re.search(r"```python\n(.*?)```", readme, re.S)
    assert m, "README.md has no python block"
    code = m.group(1)
    placeholder = '"https://127.0.0.1:8080"'
    assert placeholder in code and '"0x..."' in code
    return code.replace(placeholder, repr(url)).replace('"0x..."', repr(key)) + '\nprint("quick start ok")\n'


def test_wheel_installs_and_runs_the_quick_start(testnet: Testnet, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # --no-isolation: the backend (hatchling) is pinned in this environment,
    # so building needs no download.
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)])
    wheels = list(dist.glob("cifer-*-py3-none-any.whl"))
    assert len(wheels) == 1 and list(dist.glob("cifer-*.tar.gz"))

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    py = env_dir / "bin" / "python"
    pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    run([str(py), "-m", "pip", "install", "-q", "-c", str(ROOT / "constraints.txt"), str(wheels[0])], env=pip_env)

    script = tmp_path / "quick_start.py"
    script.write_text(quick_start(testnet.url, "0x" + testnet.client_key(2).hex()))
    # Run outside the source tree, so only the installed wheel can be imported.
    p = run([str(py), str(script)], cwd=tmp_path)
    assert p.stdout.strip().endswith("quick start ok")
    p = run([str(py), "-c", "import cifer, pathlib; print(pathlib.Path(cifer.__file__).parent)"], cwd=tmp_path)
    assert str(env_dir) in p.stdout
