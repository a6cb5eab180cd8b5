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

func TestSyntheticIsDeterministicAndDistinct(t *testing.T) {
	a, b := Synthetic(200, 7), Synthetic(200, 7)
	seen := map[string]bool{}
	for i := range a {
		if string(a[i].Text) != string(b[i].Text) || a[i].Published != b[i].Published {
			t.Fatalf("article %d differs between two runs with the same seed", i)
		}
		if seen[string(a[i].Text)] {
			t.Fatalf("article %d repeats an earlier one", i)
		}
		seen[string(a[i].Text)] = true
	}
	if c := Synthetic(1, 8); string(c[0].Text) == string(a[0].Text) {
		t.Fatal("another seed gave the same corpus")
	}
	if n := len(Sentences()); n < 100 {
		t.Fatalf("%d seed sentences, want at least 100", n)
	}
}
