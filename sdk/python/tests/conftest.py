"""The testnet the integration tests run against: built from this checkout
and started once per session (``cifer testnet up``), stopped with
``cifer testnet down`` in a finalizer. With CIFER_TESTNET_DIR set, the
tests use that running testnet instead (for working on them)."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import certifi
import pytest
from eth_account import Account
from eth_utils.crypto import keccak

from cifer import find_black_box

REPO = Path(__file__).resolve().parents[3]
NODES = 5


def dev_key(i: int) -> bytes:
    """Dev account i's key, as chain/devchain.DevKey: keccak256 of
    "cifer-devchain/<i>" (public knowledge, pre-funded on the dev chain)."""
    return keccak(text=f"cifer-devchain/{i}")


@dataclass(frozen=True)
class Testnet:
    __test__ = False

    dir: Path
    binary: Path | None
    api_urls: list[str]
    rpc_url: str
    chain_id: int

    @property
    def url(self) -> str:
        """The elected Black Box's API (only it decrypts; one URL that
        follows the election is another issue's work)."""
        return find_black_box(self.api_urls)

    def client_key(self, j: int) -> bytes:
        """Demo client j's key (testnet.ClientAccount: nodes + 1 + j); the
        chain funds j = 0, 1, 2."""
        return dev_key(NODES + 1 + j)

    def client_address(self, j: int) -> str:
        return str(Account.from_key(self.client_key(j)).address)


def _run(args: list[str], *, timeout: float, cwd: Path | None = None) -> str:
    p = subprocess.run(  # noqa: S603 - our own binary and go, fixed arguments
        args, cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL, check=False
    )
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p.stdout


def _load(d: Path, binary: Path | None) -> Testnet:
    st = json.loads((d / "testnet.json").read_text())
    urls = [n["apiUrl"] for n in st["nodes"] if n.get("apiUrl")]
    assert urls, "the testnet's nodes serve no HTTP API"
    assert all(u.startswith("https://") for u in urls), f"the testnet's APIs are not HTTPS: {urls}"
    _trust_testnet_ca(Path(st["caFile"]))
    return Testnet(d, binary, urls, st["rpcUrl"], int(st["chainId"]))


def _trust_testnet_ca(ca: Path) -> None:
    """The APIs are HTTPS under the testnet's dev CA. httpx (with its default
    trust_env) reads SSL_CERT_FILE when a client is made, so every Client and
    AsyncClient of the tests trusts it. The file named is certifi's roots
    plus the CA, so whatever else the session reaches over HTTPS (pip in
    test_wheel) still verifies."""
    fd, name = tempfile.mkstemp(prefix="cifer-ca-bundle-", suffix=".pem")
    with os.fdopen(fd, "w") as f:
        f.write(Path(certifi.where()).read_text())
        f.write("\n")
        f.write(ca.read_text())
    atexit.register(os.unlink, name)
    os.environ["SSL_CERT_FILE"] = name


@pytest.fixture(scope="session")
def testnet() -> Iterator[Testnet]:
    existing = os.environ.get("CIFER_TESTNET_DIR")
    if existing:
        yield _load(Path(existing), None)
        return
    tmp = Path(tempfile.mkdtemp(prefix="cifer-pytest-"))
    binary = tmp / "cifer"
    _run(["go", "build", "-o", str(binary), "./cmd/cifer"], cwd=REPO, timeout=300)
    d = tmp / "net"
    try:
        # testnet up returns once every node verified every other and the
        # first election is done (its own deadline is 3 minutes).
        _run([str(binary), "testnet", "up", "--dir", str(d), "--nodes", str(NODES), "--demo=false"], timeout=240)
        yield _load(d, binary)
    finally:
        if (d / "testnet.json").exists():
            _run([str(binary), "testnet", "down", "--dir", str(d), "--wipe"], timeout=60)
        binary.unlink(missing_ok=True)
        shutil.rmtree(tmp, ignore_errors=True)
