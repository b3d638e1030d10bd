package api

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestDataConsumption: what /jobs/dataConsumption reports is what the
// pipeline admits against, it counts every metered endpoint in bytes, a
// request over the plan gets 429 until the period ends, and the counts
// survive a restart of the node.
func TestDataConsumption(t *testing.T) {
	f := fjNew(t, nil)
	usagePath := filepath.Join(t.TempDir(), "usage")
	policy := request.UsagePolicy{Cycle: request.Monthly, Default: "free", RatePerSecond: 50,
		Plans: map[string]request.Plan{
			"free": {ID: "free", Encryption: request.Limits{Requests: 4}, Decryption: request.Limits{Bytes: 1 << 20}},
			"pro":  {ID: "pro"},
		},
		Signers: map[common.Address]string{crypto.PubkeyToAddress(f.delegate.PublicKey): "pro"}}
	meter := func() *request.Meter {
		t.Helper()
		uf, err := request.OpenUsageFile(usagePath, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = uf.Close() })
		m, err := request.NewMeter(policy, uf, f.clock.Now)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	f.api.Check.Usage = meter()

	consumption := func() map[string]any {
		t.Helper()
		code, out := f.post(t, "/jobs/dataConsumption", f.fjSigned(t, f.owner, 0))
		if code != 200 || out["success"] != true {
			t.Fatalf("dataConsumption: %d %v", code, out)
		}
		return out
	}
	kind := func(out map[string]any, k string) map[string]any { return out[k].(map[string]any) }

	// Nothing used yet; the plan's limits are there, null where unlimited.
	out := consumption()
	start, end := request.Monthly.Bounds(f.clock.Now())
	if out["user_id"] != crypto.PubkeyToAddress(f.owner.PublicKey).Hex() || out["user_type"] != "web3" || out["plan_id"] != "free" ||
		out["cycle_type"] != "monthly" || out["period_start"] != float64(start.UnixMilli()) || out["period_end"] != float64(end.UnixMilli()) {
		t.Fatalf("consumption: %v", out)
	}
	if e := kind(out, "encryption"); e["requestLimit"] != float64(4) || e["limit"] != nil || e["remaining"] != nil || e["count"] != float64(0) || e["rateLimit"] != float64(50) {
		t.Fatalf("encryption: %v", e)
	}
	if d := kind(out, "decryption"); d["limit"] != float64(1<<20) || d["remaining"] != float64(1<<20) || d["requestLimit"] != nil || d["limitGB"] != float64(1<<20)/1e9 {
		t.Fatalf("decryption: %v", d)
	}

	// Two payloads and one file encrypted: three requests, their bytes.
	var cifer, msg string
	for i, text := range []string{"hello", "wörld_2"} {
		data, sig := f.fjSign(t, f.owner, 1, text)
		code, res := f.post(t, "/encrypt-payload", map[string]any{"data": data, "signature": sig})
		if code != 200 {
			t.Fatalf("encrypt %d: %d %v", i, code, res)
		}
		cifer, msg = res["cifer"].(string), res["encryptedMessage"].(string)
	}
	fileData := fjData(300<<10, 7)
	d, s := f.fjSign(t, f.owner, 1)
	if code, res := f.fjUpload(t, "/encrypt-file", map[string]string{"data": d, "signature": s, "secretId": "1"}, "a.bin", bytes.NewReader(fileData), false); code != 200 {
		t.Fatalf("encrypt-file (file part first): %d %v", code, res)
	}
	wantEnc := uint64(len("hello") + len("wörld_2") + len(fileData))
	out = consumption()
	if e := kind(out, "encryption"); e["count"] != float64(3) || e["used"] != float64(wantEnc) || e["usedGB"] != float64(wantEnc)/1e9 {
		t.Fatalf("after three encryptions: %v", e)
	}

	// A decryption counts its message's bytes.
	msgBytes, _ := hex.DecodeString(strings.TrimPrefix(msg, "0x"))
	dd, ds := f.fjSign(t, f.owner, 1, msg)
	if code, res := f.post(t, "/decrypt-payload", map[string]any{"cifer": cifer, "data": dd, "signature": ds}); code != 200 {
		t.Fatalf("decrypt: %d %v", code, res)
	}
	if dec := kind(consumption(), "decryption"); dec["count"] != float64(1) || dec["used"] != float64(len(msgBytes)) ||
		dec["remaining"] != float64(1<<20-len(msgBytes)) {
		t.Fatalf("after a decryption: %v", dec)
	}

	// The restart keeps the counts: one more encryption fits, the next is 429.
	f.restart(t)
	f.api.Check.Usage = meter()
	if e := kind(consumption(), "encryption"); e["count"] != float64(3) || e["used"] != float64(wantEnc) {
		t.Fatalf("after restart: %v", e)
	}
	encrypt := func() (int, map[string]any) {
		data, sig := f.fjSign(t, f.owner, 1, "x")
		return f.post(t, "/encrypt-payload", map[string]any{"data": data, "signature": sig})
	}
	if code, res := encrypt(); code != 200 {
		t.Fatalf("fourth encryption: %d %v", code, res)
	}
	code, res := encrypt()
	if code != 429 || res["code"] != string(request.CodeRateLimited) || !strings.Contains(fmt.Sprint(res["error"]), "encryption limit of plan free") {
		t.Fatalf("fifth encryption: %d %v", code, res)
	}
	// A refused request is not counted; the delegate's plan is its own.
	if e := kind(consumption(), "encryption"); e["count"] != float64(4) {
		t.Fatalf("after the refusal: %v", e)
	}
	data, sig := f.fjSign(t, f.delegate, 1, "x")
	if code, res := f.post(t, "/encrypt-payload", map[string]any{"data": data, "signature": sig}); code != 200 {
		t.Fatalf("delegate on pro: %d %v", code, res)
	}
	// The next period starts from zero.
	f.clock.advance(end.Sub(f.clock.Now()) + time.Second)
	if code, res := encrypt(); code != 200 {
		t.Fatalf("first encryption of the next period: %d %v", code, res)
	}

	// Reading the report is signed like any call, and names no secret.
	if code, res := f.post(t, "/jobs/dataConsumption", f.fjSigned(t, f.owner, 1)); code != 400 || !strings.Contains(fmt.Sprint(res["error"]), "chainId_0_signer_blockNumber") {
		t.Fatalf("secret id not 0: %d %v", code, res)
	}
}
