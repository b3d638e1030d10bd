package envelope

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// docSections returns the "### " subsections of section 7 of
// docs/PROTOCOL.md, by title.
func docSections(t *testing.T) map[string]string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "docs", "PROTOCOL.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	start := strings.Index(doc, "\n## 7. Test vectors\n")
	if start < 0 {
		t.Fatal(`PROTOCOL.md has no "## 7. Test vectors" section`)
	}
	sec := doc[start+1:]
	if end := strings.Index(sec[1:], "\n## "); end >= 0 {
		sec = sec[:end+1]
	}
	out := make(map[string]string)
	parts := strings.Split(sec, "\n### ")
	for _, p := range parts[1:] {
		title, body, _ := strings.Cut(p, "\n")
		out[strings.TrimSpace(title)] = body
	}
	return out
}

var (
	hexValue  = regexp.MustCompile(`^[0-9a-f]+$`)
	codeSpan  = regexp.MustCompile("`([^`\n]+)`")
	codeBlock = regexp.MustCompile("(?s)```\n(.*?)\n```")
)

// docHexValues returns every hex value printed in a section: each fenced
// block (its lines joined) and each inline code span that is hex.
func docHexValues(body string) []string {
	var vals []string
	for _, m := range codeBlock.FindAllStringSubmatch(body, -1) {
		vals = append(vals, strings.Join(strings.Fields(m[1]), ""))
	}
	for _, m := range codeSpan.FindAllStringSubmatch(codeBlock.ReplaceAllString(body, ""), -1) {
		if hexValue.MatchString(m[1]) {
			vals = append(vals, m[1])
		}
	}
	return vals
}

type docShareVector struct {
	Secret     string   `json:"secret"`
	Threshold  int      `json:"threshold"`
	N          int      `json:"n"`
	Randomness string   `json:"randomness"`
	Shares     []string `json:"shares"`
}

// TestProtocolDocMatchesVectors checks that section 7 of PROTOCOL.md prints
// the committed vectors, each whole and under its own heading: every hex
// value of a vector appears in its subsection, every hex value there belongs
// to that vector, and no subsection is left over.
func TestProtocolDocMatchesVectors(t *testing.T) {
	v := loadVectors(t)
	raw, err := os.ReadFile(filepath.Join("..", "custody", "testdata", "shamir_vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var shares []docShareVector
	if err := json.Unmarshal(raw, &shares); err != nil {
		t.Fatal(err)
	}
	type want struct {
		hex  []string
		ints []uint64
	}
	expect := make(map[string]want)
	for i, p := range v.Payload {
		expect[fmt.Sprintf("Payload vector %d", i+1)] = want{
			[]string{p.Seed, p.PublicKeySHA256, p.EncapsulationRandom, p.Plaintext, p.Cifer, p.EncryptedMessage},
			[]uint64{p.ChainID, p.SecretID}}
	}
	for i, f := range v.File {
		expect[fmt.Sprintf("File vector %d", i+1)] = want{
			[]string{f.Seed, f.Random, f.Plaintext, f.File},
			[]uint64{f.ChainID, f.SecretID, uint64(f.ChunkSize)}}
	}
	for i, s := range shares {
		expect[fmt.Sprintf("Share vector %d", i+1)] = want{
			append([]string{s.Secret, s.Randomness}, s.Shares...),
			[]uint64{uint64(s.Threshold), uint64(s.N)}}
	}
	sections := docSections(t)
	for title := range sections {
		if _, ok := expect[title]; !ok {
			t.Errorf("PROTOCOL.md section 7 has %q, which no vector file has", title)
		}
	}
	for title, w := range expect {
		body, ok := sections[title]
		if !ok {
			t.Errorf("PROTOCOL.md section 7 lacks %q", title)
			continue
		}
		got := docHexValues(body)
		for _, h := range w.hex {
			if !slices.Contains(got, h) {
				t.Errorf("%s: PROTOCOL.md does not print %.16s… (%d hex digits) whole", title, h, len(h))
			}
		}
		for _, h := range got {
			if !slices.Contains(w.hex, h) {
				t.Errorf("%s: PROTOCOL.md prints %.16s… (%d hex digits), which is not in the vector", title, h, len(h))
			}
		}
		for _, n := range w.ints {
			if !regexp.MustCompile(fmt.Sprintf(`\b%d\b`, n)).MatchString(body) {
				t.Errorf("%s: PROTOCOL.md does not give the value %d", title, n)
			}
		}
	}
}
