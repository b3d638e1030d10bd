package api

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Bounds on what an upload may make the node hold before its signature is
// checked (threat model, finding 5).

// TestUploadFieldsBoundedBeforeAuth is finding 5: an unauthenticated
// upload of many small form fields is refused for their number, before any
// signature is checked (the old reader kept every one of them in memory and
// answered only after reading the whole body).
func TestUploadFieldsBoundedBeforeAuth(t *testing.T) {
	f := fjNew(t, nil)
	fields := map[string]string{}
	for i := range 500 {
		fields[fmt.Sprintf("junk%d", i)] = strings.Repeat("x", 1024)
	}
	for _, path := range []string{"/encrypt-file", "/decrypt-file"} {
		code, out := f.fjUpload(t, path, fields, "f.bin", bytes.NewReader([]byte("data")), true)
		if code != 400 || !strings.Contains(fmt.Sprint(out["error"], out["message"]), "form fields") {
			t.Fatalf("%s with 500 fields: %d %v, want 400 naming the field bound", path, code, out)
		}
	}
	// Within the bound, a real upload still works.
	id := f.fjEncrypt(t, []byte("hello"), "ok.txt")
	f.fjWaitCompleted(t, id)
}

// TestUnauthenticatedUploadsBounded is finding 5's second part: uploads
// still unauthenticated (file part first, signature not yet read) are
// bounded in number; one more is refused at once with 503, and the slot
// comes back when an upload ends (the old code admitted every one).
func TestUnauthenticatedUploadsBounded(t *testing.T) {
	f := fjNew(t, func(c *FileJobsConfig) { c.MaxPendingUploads = 1 })
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	done := make(chan int, 1)
	go func() {
		resp, err := http.Post(f.srv.URL+"/encrypt-file", mw.FormDataContentType(), pr)
		if err != nil {
			done <- 0
			return
		}
		resp.Body.Close()
		done <- resp.StatusCode
	}()
	fw, err := mw.CreateFormFile("file", "slow.bin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(make([]byte, 4096)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for f.files.pendingUploads() != 1 {
		if time.Now().After(deadline) {
			t.Fatal("the first upload never reached the server")
		}
		time.Sleep(5 * time.Millisecond)
	}
	code, out := f.fjUpload(t, "/encrypt-file", map[string]string{"data": "x", "signature": "y", "secretId": "1"}, "f.bin", bytes.NewReader([]byte("data")), false)
	if code != http.StatusServiceUnavailable {
		t.Fatalf("a second unauthenticated upload: %d %v, want 503", code, out)
	}
	// The first upload ends unsigned: refused, and its slot is free again.
	_ = mw.Close()
	_ = pw.Close()
	if got := <-done; got != http.StatusBadRequest {
		t.Fatalf("the unsigned first upload: %d, want 400", got)
	}
	id := f.fjEncrypt(t, []byte("hello"), "ok.txt")
	f.fjWaitCompleted(t, id)
	if n := f.files.pendingUploads(); n != 0 {
		t.Fatalf("%d upload slots still held", n)
	}
}
