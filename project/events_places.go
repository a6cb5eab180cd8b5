package project

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Outlets spell one town in different transliterations: "Slovyansk" and
// "Sloviansk", "Sampur" and "Sampoor", "Hodeidah" and "Hodeida",
// "al-Tuhayta" and "Tuhayta". sameSpelling tells such names of one place
// apart from names of two.

// maxSpelling is the longest folded name compared; longer names are
// compared as they are.
const maxSpelling = 48

// foldSpelling writes into buf the letters of name folded to one
// transliteration: lower case, without accents, spaces, hyphens and
// apostrophes (digits kept), without a leading Arabic article ("al-", "el-") or a final
// "h" after a vowel, with "y" read as "i" but at the start, "w" as "v",
// "q" as "k", "dj" as "j", "oo" and "ou" as "u", "ee" as "i", and every
// doubled letter single. It returns the folded length, or
// -1 when the name does not fit.
func foldSpelling(name string, buf *[maxSpelling]byte) int {
	name = cutArticle(name)
	n := 0
	for _, r := range name {
		r = unicode.ToLower(baseLetter(r))
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			if unicode.IsLetter(r) {
				return -1 // a script this fold does not read
			}
			continue
		}
		switch r {
		case 'w':
			r = 'v'
		case 'q':
			r = 'k' // "Quneitra", "Kuneitra"
		}
		if n == len(buf) {
			return -1
		}
		buf[n] = byte(r)
		n++
	}
	// Vowel pairs, then a consonant's "y".
	out := 0
	for i := 0; i < n; i++ {
		c := buf[i]
		switch {
		case c == 'o' && i+1 < n && (buf[i+1] == 'o' || buf[i+1] == 'u'):
			c = 'u'
			i++
		case c == 'e' && i+1 < n && buf[i+1] == 'e':
			c = 'i'
			i++
		case c == 'y' && out > 0:
			c = 'i'
		case c == 'd' && i+1 < n && buf[i+1] == 'j':
			continue // "Djokjakarta", "Jogjakarta"; "Djibouti"
		}
		if out > 0 && buf[out-1] == c && c >= 'a' {
			continue // a doubled letter (not a digit)
		}
		buf[out] = c
		out++
	}
	if out > 2 && buf[out-1] == 'h' && isVowel(buf[out-2]) {
		out--
	}
	return out
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// cutArticle cuts a leading Arabic article off a name ("al-Tuhayta").
func cutArticle(s string) string {
	if len(s) > 4 && (s[0] == 'a' || s[0] == 'A' || s[0] == 'e' || s[0] == 'E') && (s[1] == 'l' || s[1] == 'L') &&
		(s[2] == '-' || s[2] == ' ') {
		return s[3:]
	}
	return s
}

// baseLetter is a Latin letter without its accent ("é": "e"); other
// runes are returned as they are.
func baseLetter(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å', 'ā', 'Á', 'À', 'Â', 'Ä', 'Ã', 'Å', 'Ā':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'ē', 'É', 'È', 'Ê', 'Ë', 'Ē':
		return 'e'
	case 'í', 'ì', 'î', 'ï', 'ī', 'ı', 'Í', 'Ì', 'Î', 'Ï', 'Ī', 'İ':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'ō', 'Ó', 'Ò', 'Ô', 'Ö', 'Õ', 'Ō':
		return 'o'
	case 'ú', 'ù', 'û', 'ü', 'ū', 'Ú', 'Ù', 'Û', 'Ü', 'Ū':
		return 'u'
	case 'ç', 'Ç':
		return 'c'
	case 'ñ', 'Ñ':
		return 'n'
	case 'ş', 'Ş', 'š', 'Š':
		return 's'
	case 'ğ', 'Ğ':
		return 'g'
	}
	return r
}

// skeletonSpelling writes into out the skeleton of a folded name (of
// foldSpelling): its consonants in place, an "h" standing alone read as
// "g" (Ukrainian "Horlivka", Russian "Gorlovka"), and a mark for each run
// of vowels between them (a leading vowel kept as it is). Transliterations
// that differ in vowels only share a skeleton: Ukrainian "Kharkiv",
// "Sievierodonetsk", "Andriivka" and Russian "Kharkov", "Severodonetsk",
// "Andreyevka"; "Paletwa" and "Poltava" do not. It returns the skeleton's
// length and its count of consonants.
func skeletonSpelling(folded []byte, out *[maxSpelling]byte) (n, consonants int) {
	for i, c := range folded {
		if isVowel(c) {
			switch {
			case i == 0:
				out[n] = c
				n++
			case !isVowel(folded[i-1]):
				out[n] = '.'
				n++
			}
			continue
		}
		if c == 'h' && (i == 0 || !digraphHead(folded[i-1])) {
			c = 'g'
		}
		out[n] = c
		n++
		consonants++
	}
	return n, consonants
}

// digraphHead reports whether c and a following "h" spell one sound
// ("kh", "sh", "ch", "zh", "th", "ph", "gh", "dh").
func digraphHead(c byte) bool {
	switch c {
	case 'k', 's', 'c', 'z', 't', 'p', 'g', 'd':
		return true
	}
	return false
}

// minSkeleton is the fewest consonants a skeleton needs to tell a place.
const minSkeleton = 4

// sameSpelling reports whether two names spell one place: equal once
// folded (foldSpelling), each at least four letters long, or of one
// skeleton (skeletonSpelling) of at least four consonants (not "Beit
// Hanoun" and "Beit Hanina").
func sameSpelling(a, b string) bool {
	if a == b {
		return true
	}
	if d := len(a) - len(b); d > 6 || d < -6 {
		return false
	}
	var x, y [maxSpelling]byte
	n, m := foldSpelling(a, &x), foldSpelling(b, &y)
	if n < 4 || m < 4 {
		return false
	}
	if string(x[:n]) == string(y[:m]) {
		return true
	}
	var sx, sy [maxSpelling]byte
	k, cx := skeletonSpelling(x[:n], &sx)
	l, cy := skeletonSpelling(y[:m], &sy)
	return cx >= minSkeleton && cy >= minSkeleton && string(sx[:k]) == string(sy[:l])
}

// spelledAlike reports whether two places are one town or area named in
// two transliterations: names of the same spelling (sameSpelling) in no
// two different regions or countries.
func spelledAlike(a, b place) bool {
	return a.name != "" && b.name != "" && (a.region == "" || b.region == "" || a.region == b.region) &&
		(a.country == "" || b.country == "" || a.country == b.country) && sameSpelling(a.name, b.name)
}

// spellingKey is the name under which a place is indexed for hosting
// (hostKey): its spelling (spellingOf), or the name itself when it does
// not fold: names of the same spelling (sameSpelling) share it.
func spellingKey(name string) string {
	if k, ok := spellingOf(name, minSkeleton); ok {
		return k
	}
	return name
}

// spellingOf is the key of a name's spelling that transliterations of it
// share: its skeleton (skeletonSpelling) when that has at least
// consonants consonants, else its folded spelling (foldSpelling). ok is
// false when the name folds to fewer than four letters.
func spellingOf(name string, consonants int) (key string, ok bool) {
	var x [maxSpelling]byte
	n := foldSpelling(name, &x)
	if n < 4 {
		return "", false
	}
	var sx [maxSpelling]byte
	if k, c := skeletonSpelling(x[:n], &sx); c >= consonants {
		return string(sx[:k]), true
	}
	return string(x[:n]), true
}

// installationWords end the names of installations outlets name instead
// of the town they lie in ("Mitiga International Airport" for Tripoli's
// airport, "Kitona Air Base").
var installationWords = []string{" airport", " air base", " airbase", " air field", " airfield", " naval base",
	" military base", " barracks", " port"}

// installation reports whether p is an installation (an airport, a base, a
// port) that nothing locates (its town, region and country are not told).
func installation(p place) bool {
	if !p.unknown || p.region != "" || len(p.name) < 6 {
		return false
	}
	for _, w := range installationWords {
		if len(p.name) > len(w) && equalFoldASCII(p.name[len(p.name)-len(w):], w) {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether s equals lower (in lower case) ignoring
// ASCII case.
func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// locationWords tell that the place named before them lies in the place
// named after them ("Sheberghan in northern Jowzjan", "the base near
// Kutaisi", "Zaranj, the capital of Nimroz").
var locationWords = []string{" in ", " near ", " outside ", " of "}

// maxLocatedGap is the most bytes between the end of a place's name and
// the name of the place a quote locates it in.
const maxLocatedGap = 40

// locatedIn reports whether a quote tells that place a lies in place b:
// a's name (or a word spelled alike, sameSpelling) followed, within
// maxLocatedGap bytes holding no sentence's end, by a location word and
// then b's name (or a word spelled alike).
func locatedIn(quote, a, b string) bool {
	for from := 0; from < len(quote); {
		i, n := findName(quote[from:], a)
		if i < 0 {
			return false
		}
		rest := quote[from+i+n:]
		if len(rest) > maxLocatedGap {
			rest = rest[:maxLocatedGap]
		}
		if k := strings.IndexAny(rest, ".;"); k >= 0 {
			rest = rest[:k]
		}
		for _, w := range locationWords {
			if k := strings.Index(rest, w); k >= 0 {
				if j, _ := findName(rest[k:], b); j >= 0 {
					return true
				}
			}
		}
		from += i + n
	}
	return false
}

// findName finds a place's name in s: as it is, or as a capitalised word
// spelled alike (sameSpelling: "Sana'a" for "Sanaa"). It returns its index
// and length, or -1.
func findName(s, name string) (int, int) {
	if i := strings.Index(s, name); i >= 0 {
		return i, len(name)
	}
	if strings.IndexByte(name, ' ') >= 0 {
		return -1, 0
	}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == ',' || s[j] == '(' || s[j] == '"') {
			j++
		}
		k := j
		for k < len(s) && s[k] != ' ' && s[k] != ',' && s[k] != '.' && s[k] != ')' && s[k] != '"' && s[k] != ';' {
			k++
		}
		if k > j && 'A' <= s[j] && s[j] <= 'Z' && sameSpelling(strings.TrimSuffix(s[j:k], "'s"), name) {
			return j, k - j
		}
		if k == j {
			k++
		}
		i = k
	}
	return -1, 0
}
