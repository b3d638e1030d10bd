"""Python SDK figures beside the Go client's, on one running testnet:
local encryption of a 1 KiB payload (public key already fetched and
checked) and the decrypt round trip through the Black Box at concurrency 1.
The Go figures come from ``cifer bench e2e --dir`` on the same testnet, run
right after. Not part of make test.

    bin/cifer testnet up --dir /tmp/tn --demo=false
    sdk/python/.venv/bin/python sdk/python/bench/roundtrip.py --dir /tmp/tn --go-binary bin/cifer
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from eth_utils.crypto import keccak

from cifer import Binding, Client, envelope, find_black_box

PAYLOAD = 1024
NODES = 5


def summary(samples_us: list[float]) -> dict[str, float]:
    s = sorted(samples_us)
    return {
        "n": len(s),
        "p50Us": statistics.median(s),
        "p95Us": s[min(len(s) - 1, int(len(s) * 0.95))],
        "meanUs": statistics.fmean(s),
    }


def payload(tag: str, i: int) -> bytes:
    # Printable: the network answers decrypted payloads as UTF-8 text.
    base = f"{tag}-{i}-".encode()
    return (base * (PAYLOAD // len(base) + 1))[:PAYLOAD]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True, help="a running testnet's directory")
    ap.add_argument("--go-binary", help="the cifer binary, to run the Go client's figures on the same testnet")
    ap.add_argument("--encrypt-iterations", type=int, default=300)
    ap.add_argument("--decrypt-iterations", type=int, default=100)
    args = ap.parse_args()

    st = json.loads((Path(args.dir) / "testnet.json").read_text())
    # The APIs are HTTPS under the testnet's dev CA; httpx reads
    # SSL_CERT_FILE when a client is made.
    os.environ.setdefault("SSL_CERT_FILE", st["caFile"])
    url = find_black_box([n["apiUrl"] for n in st["nodes"] if n.get("apiUrl")])
    # Three demo wallets (testnet.ClientAccount), each with its own secret,
    # taken in turn so no signer meets the node's per-signer rate limit.
    clients = [Client(url, keccak(text=f"cifer-devchain/{NODES + 1 + j}"), timeout=60) for j in range(3)]
    sids = [c.create_secret() for c in clients]
    pks = [c.public_key(s) for c, s in zip(clients, sids, strict=True)]
    chain_id = clients[0].chain.chain_id

    enc: list[float] = []
    for i in range(args.encrypt_iterations):
        pt = payload("seal", i)
        t = time.perf_counter()
        envelope.seal(pks[i % 3], Binding(chain_id, sids[i % 3]), pt)
        enc.append((time.perf_counter() - t) * 1e6)

    dec: list[float] = []
    for i in range(args.decrypt_iterations):
        k = i % 3
        pt = payload("dec", i)
        cifer, msg = envelope.seal(pks[k], Binding(chain_id, sids[k]), pt)
        t = time.perf_counter()
        got = clients[k].decrypt(sids[k], cifer, msg)
        dec.append((time.perf_counter() - t) * 1e6)
        assert got == pt
    for c in clients:
        c.close()

    report: dict[str, dict[str, dict[str, float]]] = {
        "python": {"clientEncrypt": summary(enc), "decrypt": summary(dec)},
    }
    if args.go_binary:
        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / "go.json"
            subprocess.run(  # noqa: S603 - the given binary, fixed arguments
                [
                    args.go_binary,
                    "bench",
                    "e2e",
                    "--dir",
                    args.dir,
                    "--iterations",
                    str(args.decrypt_iterations),
                    "--concurrency",
                    "1",
                    "--duration",
                    "2s",
                    "--out",
                    str(out),
                ],
                check=True,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
            go = json.loads(out.read_text())
            report["go"] = {k: go[k] for k in ("clientEncrypt", "decrypt", "blackBoxEncrypt", "localOpen")}
    print(json.dumps({"api": url, **report}, indent=2))
    print("\n| what | p50 | p95 | n |\n| --- | --- | --- | --- |")
    for name, side, key in [
        ("Python SDK: local encrypt, 1 KiB", "python", "clientEncrypt"),
        ("Python SDK: decrypt round trip (HTTP API), c=1", "python", "decrypt"),
        ("Go client: local encrypt, 1 KiB", "go", "clientEncrypt"),
        ("Go client: decrypt round trip (p2p), c=1", "go", "decrypt"),
    ]:
        if side not in report:
            continue
        s = report[side][key]
        print(f"| {name} | {fmt(s['p50Us'])} | {fmt(s['p95Us'])} | {s['n']:.0f} |")


def fmt(us: float) -> str:
    return f"{us / 1000:.2f} ms" if us >= 1000 else f"{us:.0f} µs"


if __name__ == "__main__":
    main()
