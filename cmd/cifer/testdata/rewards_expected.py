#!/usr/bin/env python3
"""Independent computation of CIFER operator rewards from chain data.

Reads, over JSON-RPC (stdlib only), the registry's and the controller's
events and recomputes every operator's reward per epoch WITHOUT the
registry's stake snapshot or the pool's bookkeeping:

  * participants of epoch e: the Black Boxes named by EpochAdvanced(e) and
    the members of every cluster after the ClusterFormed and
    ClusterMemberReplaced events of epochs <= e, once each;
  * stake of a participant: its stake (NodeRegistered, StakeToppedUp) as it
    stood before the AdvanceRequested event of epoch e, when the draw's
    weights were fixed;
  * fees of epoch e: the value of every createSecret transaction
    (SecretCreated) mined while e was current, i.e. from the block of
    EpochAdvanced(e) up to the block before EpochAdvanced(e + 1);
  * exclusions: the pool's Excluded events (the input: who was slashed).

Each non-excluded participant gets floor(fees * stake / sum of the stakes
of the non-excluded participants). Nodes that unbond are not handled (the
test that runs this unbonds none).

Usage: rewards_expected.py RPC_URL REGISTRY CONTROLLER POOL
Prints JSON: {"epochs": {"E": {"0xoperator": "wei", ...}, ...}}.
"""

import json
import sys
import urllib.request

# ---------------------------------------------------------------- keccak256
# hashlib's sha3_256 pads differently from Ethereum's keccak256, so the
# permutation is written out here (FIPS 202's Keccak-f[1600], rate 136).

_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & _M if n else v


def _keccak_f(a):
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _keccak_f(a)
    out = b""
    for i in range(4):
        out += a[i % 5][i // 5].to_bytes(8, "little")
    return out


def topic(signature: str) -> str:
    return "0x" + keccak256(signature.encode()).hex()


# ---------------------------------------------------------------- JSON-RPC

class RPC:
    def __init__(self, url):
        self.url = url
        self.n = 0

    def call(self, method, params):
        self.n += 1
        body = json.dumps({"jsonrpc": "2.0", "id": self.n, "method": method, "params": params}).encode()
        req = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            out = json.load(r)
        if "error" in out:
            raise RuntimeError(f"{method}: {out['error']}")
        return out["result"]

    def logs(self, address, sig):
        return self.call("eth_getLogs", [{"address": address, "fromBlock": "0x0", "toBlock": "latest", "topics": [topic(sig)]}])


def words(data_hex):
    b = bytes.fromhex(data_hex[2:])
    return [b[i:i + 32] for i in range(0, len(b), 32)]


def word_int(w):
    return int.from_bytes(w, "big")


def word_addr(w):
    return "0x" + w[12:].hex()


def addr_array(ws, offset_word):
    start = word_int(ws[offset_word]) // 32
    n = word_int(ws[start])
    return [word_addr(ws[start + 1 + i]) for i in range(n)]


def pos(log):
    return (int(log["blockNumber"], 16), int(log["logIndex"], 16))


# ---------------------------------------------------------------- the computation

def main():
    url, registry, controller, pool = sys.argv[1:5]
    rpc = RPC(url)

    # Stake history per operator: (position, stake), in chain order.
    history = {}
    for lg in rpc.logs(registry, "NodeRegistered(address,uint256,bytes,address,bytes32,bytes32,uint256)"):
        op = word_addr(bytes.fromhex(lg["topics"][1][2:]))
        history.setdefault(op, []).append((pos(lg), word_int(words(lg["data"])[4])))
    for lg in rpc.logs(registry, "StakeToppedUp(address,uint256,uint256)"):
        op = word_addr(bytes.fromhex(lg["topics"][1][2:]))
        history.setdefault(op, []).append((pos(lg), word_int(words(lg["data"])[1])))
    index_of = {}
    for lg in rpc.logs(registry, "NodeRegistered(address,uint256,bytes,address,bytes32,bytes32,uint256)"):
        op = word_addr(bytes.fromhex(lg["topics"][1][2:]))
        index_of[int(lg["topics"][2], 16)] = op

    def stake_before(op, p):
        s = 0
        for q, v in sorted(history.get(op, [])):
            if q < p:
                s = v
        return s

    requested = {}
    for lg in rpc.logs(registry, "AdvanceRequested(uint64,uint256,uint256)"):
        # A request that expired is made again: the last one before the
        # advance fixed the weights.
        requested[int(lg["topics"][1], 16)] = pos(lg)

    advanced = {}  # epoch => (position, black box operators)
    for lg in rpc.logs(registry, "EpochAdvanced(uint64,bytes32,uint256,address[],uint256)"):
        advanced[int(lg["topics"][1], 16)] = (pos(lg), addr_array(words(lg["data"]), 2))

    cluster_events = []  # (epoch, position, kind, cluster, payload)
    for lg in rpc.logs(registry, "ClusterFormed(uint8,address[],uint64)"):
        ws = words(lg["data"])
        cluster_events.append((word_int(ws[1]), pos(lg), "formed", int(lg["topics"][1], 16), addr_array(ws, 0)))
    for lg in rpc.logs(registry, "ClusterMemberReplaced(uint8,address,address,uint64)"):
        ws = words(lg["data"])
        cluster_events.append((word_int(ws[2]), pos(lg), "replaced", int(lg["topics"][1], 16), (word_addr(ws[0]), word_addr(ws[1]))))
    cluster_events.sort(key=lambda e: (e[0], e[1]))

    # Fees: createSecret transactions by the block they were mined in.
    created = []
    for lg in rpc.logs(controller, "SecretCreated(uint256,address,uint8)"):
        tx = rpc.call("eth_getTransactionByHash", [lg["transactionHash"]])
        created.append((pos(lg), int(tx["value"], 16)))

    excluded = {}
    for lg in rpc.logs(pool, "Excluded(uint64,uint256,address,uint256)"):
        excluded.setdefault(int(lg["topics"][1], 16), set()).add(index_of[int(lg["topics"][2], 16)])

    zero = "0x" + "00" * 20
    clusters = {}
    out = {}
    epochs = sorted(advanced)
    ei = 0
    for e in epochs:
        while ei < len(cluster_events) and cluster_events[ei][0] <= e:
            _, _, kind, c, payload = cluster_events[ei]
            if kind == "formed":
                clusters[c] = list(payload)
            else:
                old, new = payload
                members = clusters.setdefault(c, [])
                if old == zero:
                    members.append(new)
                else:
                    members[members.index(old)] = new
            ei += 1
        participants = []
        for op in advanced[e][1] + [m for c in sorted(clusters) for m in clusters[c]]:
            if op not in participants:
                participants.append(op)
        stakes = {op: stake_before(op, requested[e]) for op in participants}
        start = advanced[e][0]
        end = advanced[e + 1][0] if e + 1 in advanced else (1 << 62, 0)
        fees = sum(v for p, v in created if start < p < end)
        out_e = excluded.get(e, set())
        denominator = sum(s for op, s in stakes.items() if op not in out_e)
        out[str(e)] = {
            op: str(0 if op in out_e or denominator == 0 else fees * s // denominator)
            for op, s in stakes.items()
        }
    json.dump({"epochs": out}, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
