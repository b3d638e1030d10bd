package api

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/request"
)

// TestAPISlowClient checks the per-request deadlines on a real connection:
// a JSON body or an upload that stops arriving is answered 408 instead of
// holding the connection, while an upload that keeps moving runs longer
// than the idle timeout and succeeds.
func TestAPISlowClient(t *testing.T) {
	f := fjNew(t, func(c *FileJobsConfig) { c.MaxFileSize = 32 << 20 })
	const idle = time.Second
	cut := make(chan struct{}, 1)
	api := &API{Check: request.NewChecker(f.chain, nil, nil), Keys: f.fkeys, Files: f.files, Timeouts: Timeouts{Request: idle, Idle: idle},
		Log: slog.New(signalHandler{msg: "decrypted download cut short", ch: cut})}
	srv := httptest.NewServer(api.Handler())
	t.Cleanup(srv.Close)

	// uploadHead is a multipart encrypt-file body up to the file's bytes,
	// with fields that pass authentication so the file is spooled.
	uploadHead := func(t *testing.T) (string, []byte) {
		data, sig := f.fjSign(t, f.owner, 1)
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		_ = mw.WriteField("data", data)
		_ = mw.WriteField("signature", sig)
		_ = mw.WriteField("secretId", "1")
		fw, _ := mw.CreateFormFile("file", "slow.bin")
		_, _ = fw.Write(bytes.Repeat([]byte{1}, 1000))
		return mw.FormDataContentType(), b.Bytes()
	}

	stalls := []struct {
		name        string
		path        string
		contentType string
		length      int
		sent        func(t *testing.T) []byte
	}{
		{"JSON body stops", "/decrypt-payload", "application/json", 1000, func(*testing.T) []byte { return []byte(`{"data":"84532_1`) }},
		{"upload stops", "/encrypt-file", "", 1 << 20, nil},
	}
	for _, tc := range stalls {
		t.Run(tc.name, func(t *testing.T) {
			ct, sent := tc.contentType, []byte(nil)
			if tc.sent != nil {
				sent = tc.sent(t)
			} else {
				ct, sent = uploadHead(t)
			}
			conn, err := net.Dial("tcp", srv.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			// The body is announced longer than what is sent, then the
			// client goes quiet.
			fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", tc.path, ct, tc.length)
			if _, err := conn.Write(sent); err != nil {
				t.Fatal(err)
			}
			// A bound for the test, far above the server's deadline.
			_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatalf("no answer to a stalled body: %v", err)
			}
			defer resp.Body.Close()
			var out map[string]string
			_ = json.NewDecoder(resp.Body).Decode(&out)
			if resp.StatusCode != http.StatusRequestTimeout || out["error"] != "Request body was not received in time" {
				t.Fatalf("stalled body: %d %v", resp.StatusCode, out)
			}
		})
	}

	t.Run("download the client stops reading is cut", func(t *testing.T) {
		// A decrypt result larger than the socket buffers between server
		// and client, so the server's writes block once the client stops.
		const size = 24 << 20
		encID := f.fjEncrypt(t, fjData(size, 9), "big.bin")
		f.fjWaitCompleted(t, encID)
		d, s := f.fjSign(t, f.owner, 1)
		b, _ := json.Marshal(map[string]string{"encryptJobId": encID, "data": d, "signature": s})
		resp, err := http.Post(f.srv.URL+"/decrypt-existing-file", "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		var out map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		decID, _ := out["jobId"].(string)
		if resp.StatusCode != 200 || decID == "" {
			t.Fatalf("decrypt-existing-file: %d %v", resp.StatusCode, out)
		}
		f.fjWaitCompleted(t, decID)

		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		b, _ = json.Marshal(f.fjSigned(t, f.owner, 1, decID, "download"))
		fmt.Fprintf(conn, "POST /jobs/%s/download HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", decID, len(b), b)
		_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
		resp, err = http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil || resp.StatusCode != 200 || resp.ContentLength != size {
			t.Fatalf("download answer: %v %v", resp, err)
		}
		// Stop reading until the server gives up on its blocked write.
		select {
		case <-cut:
		case <-time.After(30 * time.Second):
			t.Fatal("the server kept a download to a client that stopped reading")
		}
		n, err := io.Copy(io.Discard, resp.Body)
		if err == nil || n >= size {
			t.Fatalf("read %d of %d bytes after the cut, err %v", n, size, err)
		}
	})

	t.Run("JSON call that runs out of time", func(t *testing.T) {
		slow := &API{Check: request.NewChecker(f.chain, nil, nil), Keys: stuckKeys{f.fkeys}, Timeouts: Timeouts{Request: idle}}
		srv := httptest.NewServer(slow.Handler())
		defer srv.Close()
		c, msg, err := envelope.Seal(f.keys.dealt.PublicKey, envelope.Binding{ChainID: 84532, SecretID: 1}, []byte("late"))
		if err != nil {
			t.Fatal(err)
		}
		data, sig := f.fjSign(t, f.owner, 1, hex.EncodeToString(msg))
		b, _ := json.Marshal(map[string]string{"cifer": hex.EncodeToString(c), "data": data, "signature": sig})
		resp, err := http.Post(srv.URL+"/decrypt-payload", "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]string
		_ = json.NewDecoder(resp.Body).Decode(&out)
		if resp.StatusCode != http.StatusGatewayTimeout || out["error"] != "Request timed out" {
			t.Fatalf("stuck decrypt: %d %v", resp.StatusCode, out)
		}
	})

	t.Run("upload that keeps moving outlasts the idle timeout", func(t *testing.T) {
		data, sig := f.fjSign(t, f.owner, 1)
		pr, pw := io.Pipe()
		mw := multipart.NewWriter(pw)
		go func() {
			_ = mw.WriteField("data", data)
			_ = mw.WriteField("signature", sig)
			_ = mw.WriteField("secretId", "1")
			fw, err := mw.CreateFormFile("file", "steady.bin")
			// Pacing, not waiting: 30 pieces 50 ms apart take 1.5 idle
			// timeouts in all, each far inside one.
			for i := 0; i < 30 && err == nil; i++ {
				time.Sleep(50 * time.Millisecond)
				_, err = fw.Write(bytes.Repeat([]byte{byte(i)}, 4096))
			}
			if err == nil {
				err = mw.Close()
			}
			pw.CloseWithError(err)
		}()
		resp, err := http.Post(srv.URL+"/encrypt-file", mw.FormDataContentType(), pr)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&out)
		if resp.StatusCode != 200 || out["jobId"] == nil {
			t.Fatalf("steady upload: %d %v", resp.StatusCode, out)
		}
	})
}

// stuckKeys is a key service whose decrypt waits for its context, like
// share gathering that never completes.
type stuckKeys struct{ *fjKeys }

func (k stuckKeys) Decrypt(ctx context.Context, _ custody.FetchRequest, _ envelope.Binding, _, _ []byte) ([]byte, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// signalHandler is a log handler that signals when a record with msg is
// logged.
type signalHandler struct {
	msg string
	ch  chan struct{}
}

func (h signalHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h signalHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h signalHandler) WithGroup(string) slog.Handler            { return h }
func (h signalHandler) Handle(_ context.Context, r slog.Record) error {
	if r.Message == h.msg {
		select {
		case h.ch <- struct{}{}:
		default:
		}
	}
	return nil
}
