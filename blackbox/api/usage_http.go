package api

import (
	"net/http"

	"github.com/cifer-network/cifer/request"
)

// POST /jobs/dataConsumption (COMPAT.md): the signer's usage at this node
// in the current period and the limits of its plan — the numbers the
// pipeline's usage step admits requests against, so what it says is what
// produces a 429. Sizes are bytes; the GB fields are the same in 10^9
// bytes; a limit of null is unlimited (and so is what remains of it);
// period_start and period_end are Unix milliseconds, the end exclusive;
// rateLimit is the per-signer requests per second.

// UsageView is one kind's part of the answer.
type UsageView struct {
	Limit        *uint64  `json:"limit"`
	Used         uint64   `json:"used"`
	Remaining    *uint64  `json:"remaining"`
	Count        uint64   `json:"count"`
	RequestLimit *uint64  `json:"requestLimit"`
	RateLimit    float64  `json:"rateLimit"`
	LimitGB      *float64 `json:"limitGB"`
	UsedGB       float64  `json:"usedGB"`
	RemainingGB  *float64 `json:"remainingGB"`
}

// DataConsumption is the answer.
type DataConsumption struct {
	Success     bool      `json:"success"`
	UserID      string    `json:"user_id"`
	UserType    string    `json:"user_type"`
	PlanID      string    `json:"plan_id"`
	CycleType   string    `json:"cycle_type"`
	PeriodStart int64     `json:"period_start"`
	PeriodEnd   int64     `json:"period_end"`
	Encryption  UsageView `json:"encryption"`
	Decryption  UsageView `json:"decryption"`
}

func gb(n uint64) float64 { return float64(n) / 1e9 }

func usageView(k request.KindReport) UsageView {
	v := UsageView{Used: k.Used.Bytes, Count: k.Used.Count, RateLimit: k.RatePerSecond, UsedGB: gb(k.Used.Bytes)}
	if l := k.Limits.Bytes; l != 0 {
		rem := l - min(l, k.Used.Bytes)
		lgb, rgb := gb(l), gb(rem)
		v.Limit, v.Remaining, v.LimitGB, v.RemainingGB = &l, &rem, &lgb, &rgb
	}
	if l := k.Limits.Requests; l != 0 {
		v.RequestLimit = &l
	}
	return v
}

// signerRequest reads and checks a request about the signer itself, not a
// secret: data = chainId_0_signer_blockNumber (listing jobs, usage).
func (a *API) signerRequest(w http.ResponseWriter, r *http.Request, what string) (*request.Checked, error) {
	var body signedBody
	if err := a.decode(w, r, &body); err != nil {
		return nil, err
	}
	return a.check(r.Context(), body, request.Spec{Fields: 4, Shape: func(req *request.Request) error {
		if req.SecretID != 0 {
			return badRequest("data must be chainId_0_signer_blockNumber to %s", what)
		}
		return nil
	}})
}

func (a *API) dataConsumption(w http.ResponseWriter, r *http.Request) {
	req, err := a.signerRequest(w, r, "read data consumption")
	if err != nil {
		a.fail(w, r, err)
		return
	}
	m := a.Check.Usage
	if m == nil {
		a.fail(w, r, &apiError{code: request.CodeUnavailable, msg: "Usage accounting is not enabled on this node"})
		return
	}
	rep := m.Report(req.Signer)
	writeJSON(w, http.StatusOK, DataConsumption{Success: true, UserID: rep.Signer.Hex(), UserType: "web3", PlanID: rep.Plan,
		CycleType: string(rep.Cycle), PeriodStart: rep.PeriodStart.UnixMilli(), PeriodEnd: rep.PeriodEnd.UnixMilli(),
		Encryption: usageView(rep.Encryption), Decryption: usageView(rep.Decryption)})
}
