package seeds

import (
	"io/fs"
	"path"
	"testing"
)

func TestManifestCoversEveryArticle(t *testing.T) {
	seeds, err := load()
	if err != nil {
		t.Fatal(err)
	}
	txt, err := fs.Glob(files, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) != 5 || len(txt) != len(seeds) {
		t.Fatalf("manifest lists %d seeds, %d text files embedded; want 5 and 5", len(seeds), len(txt))
	}
	wantPublished := map[string]string{"000": "2020-02-06", "001": "", "002": "2020-02-07", "003": "2020-02-07", "004": "2020-03-01"}
	for _, s := range seeds {
		if len(s.Text) == 0 {
			t.Errorf("%s: empty", s.Name)
		}
		if got, want := s.Published, wantPublished[path.Base(s.Name)[:3]]; got != want {
			t.Errorf("%s: published %q, want %q", s.Name, got, want)
		}
	}
}
