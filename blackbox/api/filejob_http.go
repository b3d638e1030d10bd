package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
)

// HTTP handlers of the file jobs (COMPAT.md). Routes are in httpapi.go.

// maxFieldSize bounds a multipart form field: data is at most
// request.MaxDataLen.
const maxFieldSize = request.MaxDataLen + 1024

// maxFormFields and maxFieldBytes bound what the non-file parts of an
// upload may hold in memory before the request is authenticated: the
// endpoints read at most four fields, so a body of thousands of small
// fields is refused instead of being kept (threat model, finding 5).
const (
	maxFormFields = 8
	maxFieldBytes = 4 * maxFieldSize
)

var errTooManyUploads = &apiError{code: request.CodeUnavailable, msg: "Too many uploads are waiting for their signature to be checked, retry later"}

var errNoFileJobs = &apiError{code: request.CodeUnavailable, msg: "File jobs are not enabled on this node"}

func fileTooLarge(limit int64) error {
	return &apiError{code: request.CodeTooLarge, msg: fmt.Sprintf("File exceeds the maximum size of %d bytes", limit)}
}

// upload is what a multipart body held besides the file bytes.
type upload struct {
	fields   map[string]string
	fileName string
	size     int64
	gotFile  bool
}

// readMultipart reads a multipart body as a stream. Form fields go to
// memory (bounded); the one "file" part goes to spool, which sees it only
// after beforeFile (if any) accepted the fields that came before it, so an
// unauthenticated caller is refused before a large upload is written.
func (a *API) readMultipart(w http.ResponseWriter, r *http.Request, bodyLimit int64,
	beforeFile func(fields map[string]string) error, spool func(part io.Reader) (int64, error)) (*upload, error) {
	r.Body = http.MaxBytesReader(w, r.Body, bodyLimit)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, badRequest("Expected a multipart/form-data body: %v", err)
	}
	up := &upload{fields: make(map[string]string)}
	fieldParts, fieldBytes := 0, 0
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return up, nil
		}
		if err != nil {
			return nil, multipartError(err, bodyLimit)
		}
		name := p.FormName()
		if name == "file" {
			if up.gotFile {
				p.Close()
				return nil, badRequest("Only one file may be uploaded")
			}
			if beforeFile != nil {
				if err := beforeFile(up.fields); err != nil {
					p.Close()
					return nil, err
				}
			}
			up.gotFile, up.fileName = true, cleanFileName(p.FileName())
			n, err := spool(p)
			up.size = n
			p.Close()
			if err != nil {
				return nil, multipartError(err, bodyLimit)
			}
			continue
		}
		if fieldParts++; fieldParts > maxFormFields {
			p.Close()
			return nil, badRequest("More than %d form fields", maxFormFields)
		}
		v, err := io.ReadAll(io.LimitReader(p, maxFieldSize+1))
		p.Close()
		if err != nil {
			return nil, multipartError(err, bodyLimit)
		}
		if len(v) > maxFieldSize {
			return nil, badRequest("Field %.40q exceeds %d bytes", name, maxFieldSize)
		}
		if fieldBytes += len(v); fieldBytes > maxFieldBytes {
			return nil, badRequest("Form fields exceed %d bytes in all", maxFieldBytes)
		}
		up.fields[name] = string(v)
	}
}

func multipartError(err error, limit int64) error {
	var mbe *http.MaxBytesError
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		return err
	case errors.As(err, &mbe):
		return &apiError{code: request.CodeTooLarge, msg: fmt.Sprintf("Request body exceeds %d bytes", limit)}
	case isReadTimeout(err):
		return errReadTimeout
	default:
		return badRequest("Invalid multipart body: %v", err)
	}
}

func missingFields(fields map[string]string, gotFile bool, names ...string) error {
	var m []string
	for _, n := range names {
		if n == "file" {
			if !gotFile {
				m = append(m, n)
			}
		} else if fields[n] == "" {
			m = append(m, n)
		}
	}
	if len(m) > 0 {
		return badRequest("Missing required field(s): %s", strings.Join(m, ", "))
	}
	return nil
}

func (a *API) encryptFile(w http.ResponseWriter, r *http.Request) {
	fj := a.Files
	if fj == nil {
		a.fail(w, r, errNoFileJobs)
		return
	}
	ctx := r.Context()
	admitted, err := fj.admitUpload()
	if err != nil {
		a.fail(w, r, err)
		return
	}
	defer admitted()
	job, err := fj.newJob(JobEncrypt, 0, 0, "", "", 0)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	key, err := newRestKey()
	if err != nil {
		a.fail(w, r, err)
		return
	}
	spoolPath := fj.dataPath(job.ID, ".in")
	submitted := false
	defer func() {
		if !submitted {
			key.zero()
			_ = os.Remove(spoolPath)
		}
	}()

	var req *request.Request
	var checked *request.Checked
	var pk *envelope.PublicKey
	auth := func(fields map[string]string) error {
		if err := missingFields(fields, true, "data", "signature", "secretId"); err != nil {
			return err
		}
		ck, err := a.check(ctx, signedBody{Data: fields["data"], Signature: fields["signature"]}, request.Spec{Fields: 4, Rule: request.PublicKey,
			Hold: true, Meter: request.Encryption,
			Validate: func(r *request.Checked) error {
				if id, err := strconv.ParseUint(strings.TrimSpace(fields["secretId"]), 10, 64); err != nil || id != r.SecretID {
					return badRequest("secretId %.40q does not match the secret in data (%d)", fields["secretId"], r.SecretID)
				}
				return nil
			}})
		if err != nil {
			return err
		}
		req, checked = ck.Request, ck
		admitted()
		pk, err = a.Keys.PublicKey(ctx, req.ChainID, req.SecretID)
		return err
	}
	limit := fj.cfg.MaxFileSize
	up, err := a.readMultipart(w, r, limit+maxMultipartOverhead,
		func(fields map[string]string) error {
			if fields["data"] != "" && fields["signature"] != "" && fields["secretId"] != "" {
				return auth(fields)
			}
			return nil
		},
		func(part io.Reader) (int64, error) {
			rw, err := createRestFile(spoolPath, key, fj.cfg.StreamChunkSize)
			if err != nil {
				return 0, err
			}
			n, err := rw.ReadFrom(io.LimitReader(part, limit+1))
			switch {
			case err != nil:
				rw.Abort()
				return n, err
			case n > limit:
				rw.Abort()
				return n, fileTooLarge(limit)
			}
			return n, rw.Close()
		})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if err := missingFields(up.fields, up.gotFile, "file", "data", "signature", "secretId"); err != nil {
		a.fail(w, r, err)
		return
	}
	if req == nil {
		if err := auth(up.fields); err != nil {
			a.fail(w, r, err)
			return
		}
	}
	// The pipeline's last steps, held until the file's size is known: the
	// rate limit, then the signer's plan, counted in that size.
	checked.Bytes = uint64(up.size)
	if err := checked.Spend(); err != nil {
		a.fail(w, r, err)
		return
	}
	job.ChainID, job.SecretID, job.Signer = req.ChainID, req.SecretID, req.Signer.Hex()
	job.OriginalName, job.OriginalSize = up.fileName, up.size
	job.total.Store(up.size)
	b := envelope.Binding{ChainID: req.ChainID, SecretID: req.SecretID}
	size, name := up.size, up.fileName
	run := func(ctx context.Context, j *fileJob) error {
		src, err := openRestFile(spoolPath, key)
		if err != nil {
			return fmt.Errorf("read upload: %w", err)
		}
		defer src.Close()
		return encryptToZip(ctx, fj.dataPath(j.ID, ".zip"), src, size, pk, b, name,
			fj.cfg.ZipChunkSize, fj.cfg.StreamChunkSize, &countingSink{j}, fj.cfg.Now())
	}
	release := func() {
		key.zero()
		_ = os.Remove(spoolPath)
	}
	submitted = true
	if err := fj.submit(job, run, release); err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"success": true, "jobId": job.ID, "message": "File encryption job created"})
}

// maxMultipartOverhead is what a multipart body may hold besides the file:
// boundaries, part headers and the signed fields.
const maxMultipartOverhead = 1 << 20

// decryptAuth checks a decrypt-type request: signed, four fields, signer is
// owner or delegate of a synced type-1 secret (read fresh from the chain).
// It holds the replay guard and the rate limit: startDecrypt spends them
// (Checked.Spend) once the file checked out, so a request that came with
// a bad file can be sent again with the right one.
func (a *API) decryptAuth(ctx context.Context, body signedBody) (*request.Checked, error) {
	return a.check(ctx, body, request.Spec{Fields: 4, Rule: request.Decrypt, Replay: true, Hold: true, Meter: request.Decryption})
}

func (a *API) decryptFile(w http.ResponseWriter, r *http.Request) {
	fj := a.Files
	if fj == nil {
		a.fail(w, r, errNoFileJobs)
		return
	}
	ctx := r.Context()
	admitted, err := fj.admitUpload()
	if err != nil {
		a.fail(w, r, err)
		return
	}
	defer admitted()
	job, err := fj.newJob(JobDecrypt, 0, 0, "", "", 0)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	spoolPath := fj.dataPath(job.ID, ".in")
	var req *request.Checked
	var body signedBody
	auth := func(fields map[string]string) error {
		if err := missingFields(fields, true, "data", "signature"); err != nil {
			return err
		}
		body = signedBody{Data: fields["data"], Signature: fields["signature"]}
		var err error
		req, err = a.decryptAuth(ctx, body)
		if err == nil {
			admitted()
		}
		return err
	}
	limit := fj.cfg.MaxFileSize + fj.cfg.MaxFileSize/16
	up, err := a.readMultipart(w, r, limit+maxMultipartOverhead,
		func(fields map[string]string) error {
			if fields["data"] != "" && fields["signature"] != "" {
				return auth(fields)
			}
			return nil
		},
		func(part io.Reader) (int64, error) {
			f, err := os.OpenFile(spoolPath, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
			if err != nil {
				return 0, err
			}
			n, err := io.Copy(f, io.LimitReader(part, limit+1))
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err == nil && n > limit {
				err = fileTooLarge(limit)
			}
			return n, err
		})
	if err == nil {
		err = missingFields(up.fields, up.gotFile, "file", "data", "signature")
	}
	if err == nil && req == nil {
		err = auth(up.fields)
	}
	if err != nil {
		_ = os.Remove(spoolPath)
		a.fail(w, r, err)
		return
	}
	a.startDecrypt(w, r, job, req, body, spoolPath, true, "")
}

type decryptExistingBody struct {
	signedBody
	EncryptJobID string `json:"encryptJobId"`
}

func (a *API) decryptExistingFile(w http.ResponseWriter, r *http.Request) {
	fj := a.Files
	if fj == nil {
		a.fail(w, r, errNoFileJobs)
		return
	}
	var body decryptExistingBody
	if err := a.decode(w, r, &body); err != nil {
		a.fail(w, r, err)
		return
	}
	if err := missingFields(map[string]string{"encryptJobId": body.EncryptJobID, "data": body.Data, "signature": body.Signature},
		true, "encryptJobId", "data", "signature"); err != nil {
		a.fail(w, r, err)
		return
	}
	req, err := a.decryptAuth(r.Context(), body.signedBody)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	src, err := fj.snapshot(body.EncryptJobID)
	if err == nil {
		err = readyResult(src)
	}
	if err == nil && src.Type != JobEncrypt {
		err = badRequest("Job %s is not an encrypt job", body.EncryptJobID)
	}
	if err == nil && (src.ChainID != req.ChainID || src.SecretID != req.SecretID) {
		err = &apiError{code: request.CodeNotAuthorized, msg: fmt.Sprintf("Job %s was encrypted for chain %d secret %d, not the secret in data", body.EncryptJobID, src.ChainID, src.SecretID)}
	}
	if err != nil {
		a.fail(w, r, err)
		return
	}
	job, err := fj.newJob(JobDecrypt, 0, 0, "", "", 0)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	job.SourceJobID = body.EncryptJobID
	// The open file stays readable even if the encrypt job expires while
	// this job runs.
	a.startDecrypt(w, r, job, req, body.signedBody, fj.dataPath(body.EncryptJobID, ".zip"), false, body.EncryptJobID)
}

// readyResult says whether a job has a result to read.
func readyResult(s jobSnapshot) error {
	switch s.Status {
	case JobCompleted:
		return nil
	case JobExpired:
		return ErrJobExpired
	default:
		return &apiError{code: request.CodeConflict, msg: fmt.Sprintf("Job is not completed (status: %s)", s.Status)}
	}
}

// startDecrypt checks the ZIP at zipPath, opens its streams with the key
// rebuilt for this signed request (while the request is fresh: custodians
// check it too), and queues the job that writes the plaintext.
func (a *API) startDecrypt(w http.ResponseWriter, r *http.Request, job *fileJob, req *request.Checked, body signedBody,
	zipPath string, ownsZip bool, sourceID string) {
	fj := a.Files
	var cleanup []func()
	submitted := false
	defer func() {
		if !submitted {
			for i := len(cleanup) - 1; i >= 0; i-- {
				cleanup[i]()
			}
		}
	}()
	if ownsZip {
		cleanup = append(cleanup, func() { _ = os.Remove(zipPath) })
	}
	fks, ok := a.Keys.(blackbox.FileKeyService)
	if !ok {
		a.fail(w, r, &apiError{code: request.CodeUnavailable, msg: "File decryption is not available on this node"})
		return
	}
	f, err := os.Open(zipPath)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && sourceID != "" {
			err = ErrJobExpired
		}
		a.fail(w, r, err)
		return
	}
	cleanup = append(cleanup, func() { f.Close() })
	st, err := f.Stat()
	if err != nil {
		a.fail(w, r, err)
		return
	}
	cz, err := readCiferZip(f, st.Size())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if cz.meta.SecretID.V != req.SecretID || (cz.meta.ChainID.Set && cz.meta.ChainID.V != req.ChainID) {
		a.fail(w, r, badRequest("File was encrypted for chain %d secret %d, not the secret in data", cz.meta.ChainID.V, cz.meta.SecretID.V))
		return
	}
	b := envelope.Binding{ChainID: req.ChainID, SecretID: req.SecretID}
	streams, err := cz.streams(b, fj.cfg.MaxStreamChunkSize, &countingSink{job})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	cleanup = append(cleanup, func() {
		for _, s := range streams {
			_ = s.Body.(*lazyEntry).Close()
		}
	})
	// The pipeline's last steps, held by decryptAuth: replay, the signer's
	// rate limit, then its plan's usage, counted in the file's size.
	req.Bytes = uint64(st.Size())
	if err := req.Spend(); err != nil {
		a.fail(w, r, err)
		return
	}
	readers, err := fks.OpenFileStreams(r.Context(), custody.FetchRequest{Data: body.Data, Signature: body.Signature}, b, streams)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	cleanup = append(cleanup, func() {
		for _, rd := range readers {
			_ = rd.Close()
		}
	})
	key, err := newRestKey()
	if err != nil {
		a.fail(w, r, err)
		return
	}
	var handedOver bool
	var keyMu sync.Mutex
	cleanup = append(cleanup, func() {
		keyMu.Lock()
		defer keyMu.Unlock()
		if !handedOver {
			key.zero()
		}
	})
	if fj.cfg.Sealer != nil {
		sealed, err := fj.cfg.Sealer.Seal(key.seed, restSeedAD(job.ID))
		if err != nil {
			a.fail(w, r, fmt.Errorf("seal result key: %w", err))
			return
		}
		job.SealedRestSeed = sealed
	}
	job.ChainID, job.SecretID, job.Signer = req.ChainID, req.SecretID, req.Signer.Hex()
	job.OriginalName, job.OriginalSize = cz.meta.OriginalName, cz.meta.OriginalSize
	job.total.Store(cz.sealedSize)
	meta := cz.meta
	run := func(ctx context.Context, j *fileJob) error {
		out := fj.dataPath(j.ID, ".out")
		rw, err := createRestFile(out+".tmp", key, fj.cfg.StreamChunkSize)
		if err != nil {
			return err
		}
		n, err := decryptStreams(ctx, rw, readers, meta)
		if err != nil {
			rw.Abort()
			return err
		}
		if err := rw.Close(); err != nil {
			return err
		}
		if err := os.Rename(out+".tmp", out); err != nil {
			return err
		}
		fj.mu.Lock()
		defer fj.mu.Unlock()
		if j.Status != JobProcessing {
			return ErrJobExpired
		}
		keyMu.Lock()
		handedOver = true
		keyMu.Unlock()
		j.rest, j.ResultSize = key, n
		return nil
	}
	release := func() {
		for i := len(cleanup) - 1; i >= 0; i-- {
			cleanup[i]()
		}
	}
	submitted = true
	if err := fj.submit(job, run, release); err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"success": true, "jobId": job.ID, "message": "File decryption job created"})
}

func restSeedAD(jobID string) []byte { return []byte("cifer-filejob-result-key\x00" + jobID) }

// restKeyOf returns the at-rest key of a decrypt result: the one in memory,
// or the sealed one unsealed for this read (the caller zeroes it).
func (s *FileJobs) restKeyOf(id string) (k *restKey, owned bool, err error) {
	j, err := s.lookup(id)
	if err != nil {
		return nil, false, err
	}
	s.mu.Lock()
	rest, sealed := j.rest, j.SealedRestSeed
	s.mu.Unlock()
	if rest != nil {
		// Copy: the job may expire (and wipe its key) during the download.
		k, err := restKeyFromSeed(append([]byte(nil), rest.seed...))
		return k, true, err
	}
	if len(sealed) == 0 || s.cfg.Sealer == nil {
		return nil, false, ErrJobExpired
	}
	seed, err := s.cfg.Sealer.Unseal(sealed, restSeedAD(id))
	if err != nil {
		return nil, false, fmt.Errorf("unseal result key: %w", err)
	}
	k, err = restKeyFromSeed(seed)
	return k, true, err
}

// readOptionalSigned reads a signed body that may be absent (an encrypt
// job's download needs none).
func (a *API) readOptionalSigned(w http.ResponseWriter, r *http.Request) (signedBody, error) {
	var body signedBody
	limit := a.MaxBody
	if limit == 0 {
		limit = 256 << 10
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if isReadTimeout(err) {
		return body, errReadTimeout
	}
	if err != nil {
		return body, &apiError{code: request.CodeTooLarge, msg: fmt.Sprintf("Request body exceeds %d bytes", limit)}
	}
	if len(strings.TrimSpace(string(raw))) == 0 {
		return body, nil
	}
	r.Body = io.NopCloser(strings.NewReader(string(raw)))
	err = a.decode(w, r, &body)
	return body, err
}

// jobAuth checks `chainId_secretId_signer_block_<jobId>_<action>` for the
// job's secret: the decrypt rule for a decrypt job's download, owner or
// delegate otherwise.
func (a *API) jobAuth(ctx context.Context, body signedBody, id, action string, job jobSnapshot, decryptRule bool) error {
	rule := request.OwnerOrDelegate
	if decryptRule {
		rule = request.Decrypt
	}
	_, err := a.check(ctx, body, request.Spec{Rule: rule, Shape: func(req *request.Request) error {
		if f := req.TailFields(); len(f) != 2 || f[0] != id || f[1] != action {
			return fmt.Errorf("%w: data must be chainId_secretId_signer_blockNumber_%s_%s", request.ErrFormat, id, action)
		}
		if req.ChainID != job.ChainID || req.SecretID != job.SecretID {
			return &apiError{code: request.CodeNotAuthorized, msg: fmt.Sprintf("Request names chain %d secret %d, the job is for chain %d secret %d",
				req.ChainID, req.SecretID, job.ChainID, job.SecretID)}
		}
		return nil
	}})
	return err
}

func (a *API) jobStatus(w http.ResponseWriter, r *http.Request) {
	if a.Files == nil {
		a.fail(w, r, errNoFileJobs)
		return
	}
	v, err := a.Files.Job(r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"success": true, "job": v})
}

func attachment(name string) string {
	if v := mime.FormatMediaType("attachment", map[string]string{"filename": name}); v != "" {
		return v
	}
	return "attachment"
}

func (a *API) jobDownload(w http.ResponseWriter, r *http.Request) {
	fj := a.Files
	if fj == nil {
		a.fail(w, r, errNoFileJobs)
		return
	}
	id := r.PathValue("id")
	job, err := fj.snapshot(id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	body, err := a.readOptionalSigned(w, r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if job.Type == JobDecrypt {
		if body.Data == "" || body.Signature == "" {
			a.fail(w, r, &apiError{code: request.CodeUnauthenticated,
				msg: "Authentication required: data (chainId_secretId_signer_blockNumber_<jobId>_download) and signature of the secret's owner or delegate"})
			return
		}
		if err := a.jobAuth(r.Context(), body, id, "download", job, true); err != nil {
			a.fail(w, r, err)
			return
		}
	}
	if err := readyResult(job); err != nil {
		a.fail(w, r, err)
		return
	}
	name := resultFileName(&fileJob{Type: job.Type, OriginalName: job.OriginalName})
	if job.Type == JobEncrypt {
		f, err := os.Open(fj.dataPath(id, ".zip"))
		if err != nil {
			a.fail(w, r, ErrJobExpired)
			return
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			a.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/zip")
		w.Header().Set("Content-Disposition", attachment(name))
		http.ServeContent(w, r, "", st.ModTime(), f)
		return
	}
	key, _, err := fj.restKeyOf(id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	defer key.zero()
	src, err := openRestFile(fj.dataPath(id, ".out"), key)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			err = ErrJobExpired
		}
		a.fail(w, r, err)
		return
	}
	defer src.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", attachment(name))
	w.Header().Set("Content-Length", strconv.FormatInt(job.ResultSize, 10))
	w.WriteHeader(http.StatusOK)
	if _, err := io.Copy(w, src); err != nil && a.Log != nil {
		a.Log.Warn("decrypted download cut short", "job", id, "err", err)
	}
}

func (a *API) jobDelete(w http.ResponseWriter, r *http.Request) {
	fj := a.Files
	if fj == nil {
		a.fail(w, r, errNoFileJobs)
		return
	}
	id := r.PathValue("id")
	job, err := fj.snapshot(id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	var body signedBody
	if err := a.decode(w, r, &body); err != nil {
		a.fail(w, r, err)
		return
	}
	if err := body.missing(); err != nil {
		a.fail(w, r, err)
		return
	}
	if err := a.jobAuth(r.Context(), body, id, "delete", job, false); err != nil {
		a.fail(w, r, err)
		return
	}
	if err := fj.Delete(id); err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"success": true, "message": fmt.Sprintf("Job %s deleted", id)})
}

func (a *API) jobList(w http.ResponseWriter, r *http.Request) {
	fj := a.Files
	if fj == nil {
		a.fail(w, r, errNoFileJobs)
		return
	}
	req, err := a.signerRequest(w, r, "list jobs")
	if err != nil {
		a.fail(w, r, err)
		return
	}
	inc := false
	switch strings.ToLower(r.URL.Query().Get("includeExpired")) {
	case "", "false", "0":
	case "true", "1":
		inc = true
	default:
		a.fail(w, r, badRequest("includeExpired must be true or false"))
		return
	}
	jobs, err := a.listFor(r.Context(), req.ChainID, req.Signer, fj.List(req.ChainID, inc))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"success": true, "jobs": jobs, "count": len(jobs), "includeExpired": inc})
}

// listFor keeps the jobs a wallet may see (COMPAT.md): those it signed, and
// those on secrets it owns or is the delegate of, the secret's state read
// once per secret. A secret gone from the chain hides its jobs from
// everyone but their signers.
func (a *API) listFor(ctx context.Context, chainID uint64, wallet common.Address, all []ListEntry) ([]ListedJob, error) {
	type owner struct {
		owner, delegate common.Address
		known           bool
	}
	owners := map[uint64]owner{}
	out := []ListedJob{}
	for _, e := range all {
		o, ok := owners[e.View.SecretID]
		if !ok {
			st, err := a.Check.Chain.SecretState(ctx, chainID, e.View.SecretID)
			switch {
			case err == nil:
				o = owner{owner: st.Owner, delegate: st.Delegate, known: true}
			case errors.Is(err, chain.ErrSecretNotFound):
			default:
				return nil, fmt.Errorf("list jobs: secret %d: %w", e.View.SecretID, err)
			}
			owners[e.View.SecretID] = o
		}
		isSigner := strings.EqualFold(e.Signer, wallet.Hex())
		isRecipient := o.known && (wallet == o.owner || (o.delegate != (common.Address{}) && wallet == o.delegate))
		if !isSigner && !isRecipient {
			continue
		}
		lj := ListedJob{JobView: e.View, SignerWallet: common.HexToAddress(e.Signer).Hex(), IsSigner: isSigner, IsRecipient: isRecipient}
		if o.known {
			lj.SecretOwnerWallet = o.owner.Hex()
		}
		out = append(out, lj)
	}
	return out, nil
}
