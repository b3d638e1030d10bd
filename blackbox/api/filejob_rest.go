package api

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/cifer-network/cifer/envelope"
)

// restKey keeps a job's plaintext off the disk: the encrypt upload and the
// decrypt result are written in the envelope's streaming format to this
// per-job key pair, made for the purpose and never shared.
type restKey struct {
	seed []byte
	pk   *envelope.PublicKey
}

// restBinding names no secret: these files are the node's own.
var restBinding = envelope.Binding{}

func newRestKey() (*restKey, error) {
	seed, err := envelope.GenerateSeed()
	if err != nil {
		return nil, err
	}
	return restKeyFromSeed(seed)
}

// restKeyFromSeed takes ownership of seed.
func restKeyFromSeed(seed []byte) (*restKey, error) {
	pk, sk, err := envelope.DeriveKeyPair(seed)
	if err != nil {
		clear(seed)
		return nil, err
	}
	sk.Zero()
	return &restKey{seed: seed, pk: pk}, nil
}

func (k *restKey) zero() {
	if k != nil {
		clear(k.seed)
	}
}

// restFileWriter writes a file under a rest key. Close must be called for
// the file to be readable; Abort removes it.
type restFileWriter struct {
	f  *os.File
	bw *bufio.Writer
	fw *envelope.FileWriter
	n  int64
}

func createRestFile(path string, k *restKey, chunkSize int) (*restFileWriter, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	fw, err := envelope.NewFileWriter(bw, k.pk, restBinding, envelope.WithChunkSize(chunkSize))
	if err != nil {
		f.Close()
		_ = os.Remove(path)
		return nil, err
	}
	return &restFileWriter{f: f, bw: bw, fw: fw}, nil
}

func (w *restFileWriter) Write(p []byte) (int, error) {
	n, err := w.fw.Write(p)
	w.n += int64(n)
	return n, err
}

func (w *restFileWriter) ReadFrom(r io.Reader) (int64, error) {
	n, err := w.fw.ReadFrom(r)
	w.n += n
	return n, err
}

// Close seals the last chunk and syncs the file.
func (w *restFileWriter) Close() error {
	err := w.fw.Close()
	if err == nil {
		err = w.bw.Flush()
	}
	if err == nil {
		err = w.f.Sync()
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Abort closes and removes a file that will not be completed.
func (w *restFileWriter) Abort() {
	_ = w.fw.Close()
	_ = w.f.Close()
	_ = os.Remove(w.f.Name())
}

// restFileReader reads a file written under a rest key.
type restFileReader struct {
	f  *os.File
	fr *envelope.FileReader
}

func openRestFile(path string, k *restKey) (*restFileReader, error) {
	if k == nil {
		return nil, errors.New("no at-rest key for this file")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	_, sk, err := envelope.DeriveKeyPair(k.seed)
	if err != nil {
		f.Close()
		return nil, err
	}
	defer sk.Zero()
	fr, err := envelope.NewFileReader(bufio.NewReaderSize(f, 256<<10), sk, restBinding)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open %s: %w", "stored job data", err)
	}
	return &restFileReader{f: f, fr: fr}, nil
}

func (r *restFileReader) Read(p []byte) (int, error)         { return r.fr.Read(p) }
func (r *restFileReader) WriteTo(w io.Writer) (int64, error) { return r.fr.WriteTo(w) }

func (r *restFileReader) Close() error {
	_ = r.fr.Close()
	return r.f.Close()
}
