package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cifer-network/cifer/internal/atomicfile"
)

// File jobs of the HTTP API (COMPAT.md: /encrypt-file, /decrypt-file,
// /decrypt-existing-file, /jobs/...). A job's input is streamed to disk by
// the handler, processed by a bounded worker pool, and its result kept on
// disk until the job's lifetime ends.
//
// On disk, under FileJobsConfig.Dir:
//
//	jobs/<id>.json   job metadata, replaced atomically on every state change
//	data/<id>.in     the upload (encrypt: held under an at-rest key, below)
//	data/<id>.zip    an encrypt job's result: the ciphertext ZIP
//	data/<id>.out    a decrypt job's result, held under an at-rest key
//
// Plaintext never reaches the disk in the clear: an encrypt upload and a
// decrypt result are written in the envelope's streaming file format to a
// per-job ML-KEM key pair made for the purpose (filejob_rest.go). The
// upload's key lives only in memory; a decrypt result's key is sealed by the
// enclave when a Sealer is configured, so results survive a restart, and is
// otherwise lost with the process.
//
// A restart does not resume work: jobs that were pending or processing are
// marked failed ("interrupted by a node restart"). A decrypt job cannot be
// resumed honestly anyway: its signed request was spent on the custodians.

// JobType is "encrypt" or "decrypt" (COMPAT.md).
type JobType string

// JobStatus is a job's state (COMPAT.md).
type JobStatus string

// Job types and states, spelled as COMPAT.md spells them.
const (
	JobEncrypt JobType = "encrypt"
	JobDecrypt JobType = "decrypt"

	JobPending    JobStatus = "pending"
	JobProcessing JobStatus = "processing"
	JobCompleted  JobStatus = "completed"
	JobFailed     JobStatus = "failed"
	JobExpired    JobStatus = "expired"
)

// Sealer seals data to this enclave (enclave.Sealer satisfies it).
type Sealer interface {
	Seal(plaintext, additionalData []byte) ([]byte, error)
	Unseal(sealed, additionalData []byte) ([]byte, error)
}

// FileJobsConfig configures the job store. Zero fields take the defaults.
type FileJobsConfig struct {
	// Dir holds job metadata and data; it is created if missing.
	Dir string
	// Workers bounds how many jobs are processed at once (default 2).
	Workers int
	// QueueSize bounds jobs waiting for a worker (default 32); beyond it new
	// jobs are refused with 503.
	QueueSize int
	// MaxFileSize bounds an encrypt upload (default 1 GiB, COMPAT.md). A
	// decrypt upload may exceed it by the format's overhead (1/16 more).
	MaxFileSize int64
	// ZipChunkSize is the plaintext held by each chunk_<i>.enc (default
	// 16 MiB). Each chunk has its own encapsulation, hence its own cifer.
	ZipChunkSize int64
	// StreamChunkSize is the envelope chunk size inside chunk_<i>.enc
	// (default 1 MiB): what one job holds in memory on each side.
	StreamChunkSize int
	// MaxPendingUploads bounds the uploads read at once before their
	// signature is checked (default 16): the SDK sends the file part
	// first, so each such upload spools up to MaxFileSize to disk for a
	// caller not yet known; beyond the bound new uploads get 503.
	MaxPendingUploads int
	// MaxStreamChunkSize refuses uploaded files whose streams claim larger
	// chunks (default 8 MiB), bounding a decrypt job's memory.
	MaxStreamChunkSize int
	// Lifetimes after completion (COMPAT.md): encrypt 2 days, decrypt 3
	// hours, failed 5 minutes. ExpiredRetention is how long an expired job
	// still answers status with "expired" before it is forgotten (1 day).
	EncryptTTL, DecryptTTL, FailedTTL, ExpiredRetention time.Duration
	// HolderTag, when set (8 lowercase hex digits, JobHolderTag), begins
	// every new job's ID, so any node can tell which node holds a job and
	// pass calls about it there. Empty: random IDs (a lone node).
	HolderTag string
	// CleanupInterval is how often expired jobs are swept (default 1 min).
	CleanupInterval time.Duration
	// Sealer, when set, seals decrypt results' at-rest keys so results
	// survive a restart.
	Sealer Sealer
	// Now is the clock (tests inject one).
	Now func() time.Time
	Log *slog.Logger
}

func (c *FileJobsConfig) defaults() {
	if c.Workers <= 0 {
		c.Workers = 2
	}
	if c.QueueSize <= 0 {
		c.QueueSize = 32
	}
	if c.MaxFileSize <= 0 {
		c.MaxFileSize = 1 << 30
	}
	if c.ZipChunkSize <= 0 {
		c.ZipChunkSize = 16 << 20
	}
	if c.StreamChunkSize <= 0 {
		c.StreamChunkSize = 1 << 20
	}
	if c.MaxPendingUploads <= 0 {
		c.MaxPendingUploads = 16
	}
	if c.MaxStreamChunkSize <= 0 {
		c.MaxStreamChunkSize = 8 << 20
	}
	if c.EncryptTTL <= 0 {
		c.EncryptTTL = 48 * time.Hour
	}
	if c.DecryptTTL <= 0 {
		c.DecryptTTL = 3 * time.Hour
	}
	if c.FailedTTL <= 0 {
		c.FailedTTL = 5 * time.Minute
	}
	if c.ExpiredRetention <= 0 {
		c.ExpiredRetention = 24 * time.Hour
	}
	if c.CleanupInterval <= 0 {
		c.CleanupInterval = time.Minute
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
}

var (
	// ErrJobNotFound means no job has that ID (or it was forgotten).
	ErrJobNotFound = errors.New("job not found")
	// ErrJobExpired means the job's result was deleted at its lifetime's
	// end or by a delete request.
	ErrJobExpired = errors.New("job has expired")
	// ErrJobNotReady means the job has no result (yet, or it failed).
	ErrJobNotReady = errors.New("job is not completed")
	// ErrJobQueueFull means too many jobs wait for a worker.
	ErrJobQueueFull = errors.New("too many file jobs in progress, retry later")
	// ErrJobsClosed means the store is shutting down.
	ErrJobsClosed = errors.New("file job store is closed")
	// errInterrupted is the error of jobs a restart cut short.
	errInterrupted = "interrupted by a node restart; submit the file again"
)

// fileJob is a job as persisted. Fields after the blank line are
// in-memory only.
type fileJob struct {
	ID           string     `json:"id"`
	Type         JobType    `json:"type"`
	Status       JobStatus  `json:"status"`
	ChainID      uint64     `json:"chainId"`
	SecretID     uint64     `json:"secretId"`
	Signer       string     `json:"signer"`
	CreatedAt    time.Time  `json:"createdAt"`
	CompletedAt  *time.Time `json:"completedAt,omitempty"`
	ExpiresAt    *time.Time `json:"expiresAt,omitempty"`
	Error        string     `json:"error,omitempty"`
	OriginalName string     `json:"originalName"`
	OriginalSize int64      `json:"originalSize"`
	// ResultSize is the plaintext size of a decrypt result.
	ResultSize  int64  `json:"resultSize,omitempty"`
	SourceJobID string `json:"sourceJobId,omitempty"`
	// SealedRestSeed is a decrypt result's at-rest key seed, sealed to the
	// enclave (absent without a Sealer).
	SealedRestSeed []byte `json:"sealedRestSeed,omitempty"`

	done, total atomic.Int64
	cancel      context.CancelFunc
	rest        *restKey // decrypt result key held in memory
}

// jobRun processes a job; it reports progress through j.done and j.total.
type jobRun func(ctx context.Context, j *fileJob) error

type queuedJob struct {
	job *fileJob
	run jobRun
	// release frees what the job holds (files, keys) whether or not it ran.
	release func()
}

// FileJobs is the job store and worker pool.
type FileJobs struct {
	cfg   FileJobsConfig
	ctx   context.Context
	stop  context.CancelFunc
	wg    sync.WaitGroup
	queue chan *queuedJob
	// unauthenticated holds one token per upload not yet authenticated.
	unauthenticated chan struct{}

	mu     sync.Mutex
	jobs   map[string]*fileJob
	closed bool
}

// OpenFileJobs opens (or creates) the store in cfg.Dir, fails the jobs a
// previous run left unfinished, sweeps expired ones, and starts the workers
// and the cleanup loop. Close stops them.
func OpenFileJobs(cfg FileJobsConfig) (*FileJobs, error) {
	cfg.defaults()
	if cfg.Dir == "" {
		return nil, errors.New("file jobs: no directory configured")
	}
	for _, d := range []string{cfg.jobsDir(), cfg.dataDir()} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("file jobs: %w", err)
		}
	}
	s := &FileJobs{cfg: cfg, jobs: make(map[string]*fileJob), queue: make(chan *queuedJob, cfg.QueueSize),
		unauthenticated: make(chan struct{}, cfg.MaxPendingUploads)}
	if err := s.load(); err != nil {
		return nil, err
	}
	s.Sweep()
	s.ctx, s.stop = context.WithCancel(context.Background())
	for range cfg.Workers {
		s.wg.Add(1)
		go s.worker()
	}
	s.wg.Add(1)
	go s.cleanupLoop()
	return s, nil
}

func (c *FileJobsConfig) jobsDir() string { return filepath.Join(c.Dir, "jobs") }
func (c *FileJobsConfig) dataDir() string { return filepath.Join(c.Dir, "data") }

func (s *FileJobs) dataPath(id, ext string) string {
	return filepath.Join(s.cfg.dataDir(), id+ext)
}

// Close stops the workers (cancelling jobs in flight) and the cleanup loop,
// and releases queued jobs. Jobs left unfinished are failed at next open.
func (s *FileJobs) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	s.stop()
	s.wg.Wait()
	for {
		select {
		case q := <-s.queue:
			q.release()
		default:
			s.mu.Lock()
			for _, j := range s.jobs {
				j.rest.zero()
				j.rest = nil
			}
			s.mu.Unlock()
			return nil
		}
	}
}

// load reads every job file; unfinished jobs become failed.
func (s *FileJobs) load() error {
	entries, err := os.ReadDir(s.cfg.jobsDir())
	if err != nil {
		return fmt.Errorf("file jobs: %w", err)
	}
	now := s.cfg.Now()
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, ".tmp") {
			_ = os.Remove(filepath.Join(s.cfg.jobsDir(), name))
			continue
		}
		id, ok := strings.CutSuffix(name, ".json")
		if !ok || parseJobID(id) != nil {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(s.cfg.jobsDir(), name))
		if err != nil {
			return fmt.Errorf("file jobs: %w", err)
		}
		j := new(fileJob)
		if err := json.Unmarshal(raw, j); err != nil || j.ID != id {
			s.cfg.Log.Warn("file jobs: unreadable job file skipped", "job", id, "err", err)
			continue
		}
		_ = os.Remove(s.dataPath(id, ".in"))
		switch j.Status {
		case JobPending, JobProcessing:
			s.finish(j, now, errors.New(errInterrupted))
			if err := s.persist(j); err != nil {
				return err
			}
		case JobCompleted:
			if j.Type == JobDecrypt && (len(j.SealedRestSeed) == 0 || s.cfg.Sealer == nil) {
				// The result's key died with the last process.
				s.expire(j, now, "decrypted result's key did not survive a node restart; submit the decrypt again")
				if err := s.persist(j); err != nil {
					return err
				}
			}
		}
		s.jobs[id] = j
	}
	// Data files of jobs that are gone (or temporaries of a crash).
	if files, err := os.ReadDir(s.cfg.dataDir()); err == nil {
		for _, f := range files {
			id, _, _ := strings.Cut(f.Name(), ".")
			if j, ok := s.jobs[id]; !ok || strings.HasSuffix(f.Name(), ".tmp") || j.Status != JobCompleted {
				_ = os.Remove(filepath.Join(s.cfg.dataDir(), f.Name()))
			}
		}
	}
	return nil
}

// persist writes the job file atomically: a reader (or a restart) sees the
// old or the new state, never half of one. Callers hold s.mu or own j.
func (s *FileJobs) persist(j *fileJob) error {
	raw, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("encode job %s: %w", j.ID, err)
	}
	final := filepath.Join(s.cfg.jobsDir(), j.ID+".json")
	if err := atomicfile.Write(final, raw, 0o600); err != nil {
		return fmt.Errorf("persist job %s: %w", j.ID, err)
	}
	return nil
}

// newJobID returns a random UUID (version 4), the form the existing
// service's job IDs have. With a holder tag its first 8 hex digits are the
// tag (90 random bits remain: an encrypt job's ID is its download's only
// secret); the version and variant bits are untouched.
func newJobID(holderTag ...string) (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("job id: %w", err)
	}
	if len(holderTag) == 1 && holderTag[0] != "" {
		tag, err := hex.DecodeString(holderTag[0])
		if err != nil || len(tag) != 4 {
			return "", fmt.Errorf("job id: holder tag %q is not 8 hex digits", holderTag[0])
		}
		copy(b[:4], tag)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:], nil
}

// parseJobID accepts only the lowercase canonical UUID form, so an ID from
// a URL can name a file and nothing else.
func parseJobID(id string) error {
	if len(id) != 36 {
		return ErrJobNotFound
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return ErrJobNotFound
			}
		default:
			if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
				return ErrJobNotFound
			}
		}
	}
	return nil
}

// newJob makes a pending job (not yet registered).
func (s *FileJobs) newJob(typ JobType, chainID, secretID uint64, signer, originalName string, originalSize int64) (*fileJob, error) {
	id, err := newJobID(s.cfg.HolderTag)
	if err != nil {
		return nil, err
	}
	return &fileJob{ID: id, Type: typ, Status: JobPending, ChainID: chainID, SecretID: secretID,
		Signer: signer, CreatedAt: s.cfg.Now().UTC(), OriginalName: originalName, OriginalSize: originalSize}, nil
}

// submit registers, persists and queues a job. On error nothing is kept and
// release has been called.
func (s *FileJobs) submit(j *fileJob, run jobRun, release func()) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		release()
		return ErrJobsClosed
	}
	if err := s.persist(j); err != nil {
		release()
		return err
	}
	select {
	case s.queue <- &queuedJob{job: j, run: run, release: release}:
		s.jobs[j.ID] = j
		return nil
	default:
		_ = os.Remove(filepath.Join(s.cfg.jobsDir(), j.ID+".json"))
		release()
		return ErrJobQueueFull
	}
}

func (s *FileJobs) worker() {
	defer s.wg.Done()
	for {
		select {
		case <-s.ctx.Done():
			return
		case q := <-s.queue:
			s.process(q)
		}
	}
}

func (s *FileJobs) process(q *queuedJob) {
	defer q.release()
	j := q.job
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	s.mu.Lock()
	// Deleted while queued, or picked at shutdown (select does not prefer
	// the stop signal): a job left pending is failed at the next open.
	if j.Status != JobPending || s.ctx.Err() != nil {
		s.mu.Unlock()
		return
	}
	j.Status = JobProcessing
	j.cancel = cancel
	if err := s.persist(j); err != nil {
		s.cfg.Log.Error("file jobs: persist", "job", j.ID, "err", err)
	}
	s.mu.Unlock()

	err := q.run(ctx, j)

	s.mu.Lock()
	defer s.mu.Unlock()
	j.cancel = nil
	now := s.cfg.Now()
	switch {
	case j.Status != JobProcessing: // deleted meanwhile: drop the result
		s.removeData(j)
		return
	case err != nil && s.ctx.Err() != nil:
		// Shutting down: leave it "processing" so the next open fails it
		// with the restart message.
		s.removeData(j)
		return
	case err != nil:
		s.cfg.Log.Info("file job failed", "job", j.ID, "type", j.Type, "err", err)
		s.removeData(j)
		s.finish(j, now, err)
	default:
		s.finish(j, now, nil)
	}
	if err := s.persist(j); err != nil {
		s.cfg.Log.Error("file jobs: persist", "job", j.ID, "err", err)
	}
}

// finish moves a job to completed or failed and starts its lifetime.
func (s *FileJobs) finish(j *fileJob, now time.Time, err error) {
	now = now.UTC()
	j.CompletedAt = &now
	ttl := s.cfg.FailedTTL
	if err != nil {
		j.Status, j.Error = JobFailed, err.Error()
	} else {
		j.Status = JobCompleted
		ttl = s.ttlOf(j.Type)
	}
	exp := now.Add(ttl)
	j.ExpiresAt = &exp
}

func (s *FileJobs) ttlOf(t JobType) time.Duration {
	if t == JobEncrypt {
		return s.cfg.EncryptTTL
	}
	return s.cfg.DecryptTTL
}

// expire deletes a job's data and marks it expired; the job file stays for
// ExpiredRetention so status answers "expired" rather than "not found".
func (s *FileJobs) expire(j *fileJob, now time.Time, reason string) {
	if j.cancel != nil {
		j.cancel()
	}
	s.removeData(j)
	j.rest.zero()
	j.rest = nil
	j.SealedRestSeed = nil
	now = now.UTC()
	j.Status = JobExpired
	j.ExpiresAt = &now
	if reason != "" {
		j.Error = reason
	}
}

func (s *FileJobs) removeData(j *fileJob) {
	for _, ext := range []string{".in", ".zip", ".out", ".zip.tmp", ".out.tmp"} {
		if err := os.Remove(s.dataPath(j.ID, ext)); err != nil && !errors.Is(err, os.ErrNotExist) {
			s.cfg.Log.Warn("file jobs: remove data", "job", j.ID, "err", err)
		}
	}
}

// Sweep expires jobs whose lifetime has ended and forgets expired jobs after
// ExpiredRetention. The cleanup loop calls it; tests call it with an
// injected clock.
func (s *FileJobs) Sweep() {
	now := s.cfg.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, j := range s.jobs {
		switch {
		case j.ExpiresAt == nil:
		case j.Status == JobExpired:
			if !now.Before(j.ExpiresAt.Add(s.cfg.ExpiredRetention)) {
				if err := os.Remove(filepath.Join(s.cfg.jobsDir(), id+".json")); err != nil && !errors.Is(err, os.ErrNotExist) {
					s.cfg.Log.Warn("file jobs: forget job", "job", id, "err", err)
					continue
				}
				delete(s.jobs, id)
			}
		case !now.Before(*j.ExpiresAt):
			s.expire(j, now, "")
			if err := s.persist(j); err != nil {
				s.cfg.Log.Error("file jobs: persist", "job", id, "err", err)
			}
		}
	}
}

func (s *FileJobs) cleanupLoop() {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.CleanupInterval)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
			s.Sweep()
		}
	}
}

// JobView is a job as COMPAT.md's /jobs endpoints show it. Times are Unix
// milliseconds, numbers (COMPAT.md: the SDK compares them as such), or null:
// completedAt until the job has finished, expiredAt until it has expired.
// ttl is the job's lifetime after completion in milliseconds.
type JobView struct {
	ID             string    `json:"id"`
	Type           JobType   `json:"type"`
	Status         JobStatus `json:"status"`
	Progress       int       `json:"progress"`
	SecretID       uint64    `json:"secretId"`
	ChainID        uint64    `json:"chainId"`
	CreatedAt      int64     `json:"createdAt"`
	CompletedAt    *int64    `json:"completedAt"`
	ExpiredAt      *int64    `json:"expiredAt"`
	Error          *string   `json:"error"`
	ResultFileName *string   `json:"resultFileName"`
	TTL            int64     `json:"ttl"`
	OriginalSize   int64     `json:"originalSize"`
}

// ListedJob is a job in POST /jobs: its view and how the asking wallet
// relates to it (COMPAT.md: the signer's own jobs and the jobs on secrets
// it owns or is the delegate of).
type ListedJob struct {
	JobView
	SignerWallet      string `json:"signerWallet"`
	SecretOwnerWallet string `json:"secretOwnerWallet"`
	IsSigner          bool   `json:"isSigner"`
	IsRecipient       bool   `json:"isRecipient"`
}

func unixMs(t time.Time) *int64 {
	ms := t.UnixMilli()
	return &ms
}

func (s *FileJobs) view(j *fileJob) JobView {
	v := JobView{ID: j.ID, Type: j.Type, Status: j.Status, SecretID: j.SecretID, ChainID: j.ChainID,
		CreatedAt: j.CreatedAt.UnixMilli(), OriginalSize: j.OriginalSize}
	switch j.Status {
	case JobCompleted:
		v.Progress = 100
		name := resultFileName(j)
		v.ResultFileName = &name
	case JobProcessing:
		if total := j.total.Load(); total > 0 {
			v.Progress = int(min(99, j.done.Load()*100/total))
		}
	}
	if j.Status == JobFailed {
		v.TTL = s.cfg.FailedTTL.Milliseconds()
	} else {
		v.TTL = s.ttlOf(j.Type).Milliseconds()
	}
	if j.CompletedAt != nil {
		v.CompletedAt = unixMs(*j.CompletedAt)
	}
	// ExpiresAt is when a live job will expire; once it has (expire sets
	// it to that moment), it is when it did.
	if j.Status == JobExpired && j.ExpiresAt != nil {
		v.ExpiredAt = unixMs(*j.ExpiresAt)
	}
	if j.Error != "" {
		e := j.Error
		v.Error = &e
	}
	return v
}

func resultFileName(j *fileJob) string {
	name := j.OriginalName
	if name == "" {
		name = "file"
	}
	if j.Type == JobEncrypt {
		return name + ".cifer"
	}
	return name
}

// Job returns a job's view.
func (s *FileJobs) Job(id string) (JobView, error) {
	if err := parseJobID(id); err != nil {
		return JobView{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.jobs[id]
	if !ok {
		return JobView{}, ErrJobNotFound
	}
	return s.view(j), nil
}

// lookup returns a copy of the job's persisted fields under the lock.
func (s *FileJobs) lookup(id string) (*fileJob, error) {
	if err := parseJobID(id); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.jobs[id]
	if !ok {
		return nil, ErrJobNotFound
	}
	return j, nil
}

// snapshot reads the fields handlers branch on, under the lock.
type jobSnapshot struct {
	Type         JobType
	Status       JobStatus
	ChainID      uint64
	SecretID     uint64
	OriginalName string
	OriginalSize int64
	ResultSize   int64
}

func (s *FileJobs) snapshot(id string) (jobSnapshot, error) {
	j, err := s.lookup(id)
	if err != nil {
		return jobSnapshot{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return jobSnapshot{Type: j.Type, Status: j.Status, ChainID: j.ChainID, SecretID: j.SecretID,
		OriginalName: j.OriginalName, OriginalSize: j.OriginalSize, ResultSize: j.ResultSize}, nil
}

// ListEntry is a job of a chain as List returns it, with its signer.
type ListEntry struct {
	View   JobView
	Signer string
}

// List returns the jobs on a chain, newest first; expired ones only with
// includeExpired. The caller picks the ones a wallet may see.
func (s *FileJobs) List(chainID uint64, includeExpired bool) []ListEntry {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []ListEntry{}
	for _, j := range s.jobs {
		if j.ChainID != chainID {
			continue
		}
		if j.Status == JobExpired && !includeExpired {
			continue
		}
		out = append(out, ListEntry{View: s.view(j), Signer: j.Signer})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].View.CreatedAt != out[b].View.CreatedAt {
			return out[a].View.CreatedAt > out[b].View.CreatedAt
		}
		return out[a].View.ID < out[b].View.ID
	})
	return out
}

// Delete expires a job now (COMPAT.md: "the job expires"), cancelling it if
// it is being processed.
func (s *FileJobs) Delete(id string) error {
	j, err := s.lookup(id)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if j.Status == JobExpired {
		return ErrJobExpired
	}
	s.expire(j, s.cfg.Now(), "deleted")
	return s.persist(j)
}

// admitUpload takes one of the MaxPendingUploads tokens, or refuses at
// once; the returned func gives it back (once, however often it is
// called): when the upload's signature has been checked, or when it ends.
func (s *FileJobs) admitUpload() (func(), error) {
	select {
	case s.unauthenticated <- struct{}{}:
	default:
		return nil, errTooManyUploads
	}
	var once sync.Once
	return func() { once.Do(func() { <-s.unauthenticated }) }, nil
}

// pendingUploads is how many uploads hold a token (tests wait on it).
func (s *FileJobs) pendingUploads() int { return len(s.unauthenticated) }
