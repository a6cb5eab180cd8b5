package extract

// wordFilter is a Bloom filter of words with one hash function: has
// reports false for every word never added, and true for the words added
// and a few others. It spares a map lookup for most words of a text when
// the map holds a few hundred.
type wordFilter [1 << wordFilterBits / 64]uint64

const wordFilterBits = 14

// wordHash is the 32-bit FNV-1a hash of w.
func wordHash[S string | []byte](w S) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// The parameters of the 32-bit FNV-1a hash.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func (f *wordFilter) add(w string) {
	n := wordHash(w) >> (32 - wordFilterBits)
	f[n/64] |= 1 << (n % 64)
}

// has reports whether the word whose wordHash is h may have been added.
func (f *wordFilter) has(h uint32) bool {
	n := h >> (32 - wordFilterBits)
	return f[n/64]&(1<<(n%64)) != 0
}

// wordTable maps words to small values like a map[string]uint8, read with
// wordHash: an open-addressing table at most a quarter full, so that a
// word it does not hold is most often told by one empty slot, and one
// that it holds by one comparison.
type wordTable struct {
	slots []wordSlot
	mask  uint32
}

type wordSlot struct {
	w string // "" for an empty slot
	v uint8
}

// newWordTable returns a table of the words of m (none of them empty).
func newWordTable(m map[string]uint8) *wordTable {
	n := 4
	for n < 4*len(m) {
		n *= 2
	}
	t := &wordTable{slots: make([]wordSlot, n), mask: uint32(n - 1)}
	for w, v := range m {
		i := wordHash(w) & t.mask
		for t.slots[i].w != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{w, v}
	}
	return t
}

// get returns the value of w, or 0 when the table does not hold it.
func (t *wordTable) get(w string) uint8 {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.w == w || s.w == "" {
			return s.v
		}
	}
}
