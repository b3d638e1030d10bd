package main

import (
	"strings"
	"testing"
)

// cliOK runs cifer with args and fails the test unless it exits 0 with
// want in its output; it returns the output.
func cliOK(t *testing.T, want string, args ...string) string {
	t.Helper()
	code, out, errOut := runForTest(t, args...)
	if code != 0 {
		t.Fatalf("cifer %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	if !strings.Contains(out, want) {
		t.Fatalf("cifer %s: output lacks %q:\n%s", strings.Join(args, " "), want, out)
	}
	return out
}

// cliFails runs cifer with args and fails the test unless it exits with
// wantCode and its error output holds every string of want.
func cliFails(t *testing.T, wantCode int, want []string, args ...string) {
	t.Helper()
	code, _, errOut := runForTest(t, args...)
	if code != wantCode {
		t.Fatalf("cifer %s: exit %d, want %d (%s)", strings.Join(args, " "), code, wantCode, errOut)
	}
	for _, w := range want {
		if !strings.Contains(errOut, w) {
			t.Fatalf("cifer %s: error lacks %q:\n%s", strings.Join(args, " "), w, errOut)
		}
	}
}
