package extract

// wordFilter is a Bloom filter of words with one hash function: has
// reports false for every word never added, and true for the words added
// and a few others. It spares a map lookup for most words of a text when
// the map holds a few hundred.
type wordFilter [1 << wordFilterBits / 64]uint64

const wordFilterBits = 14

// wordHash is the 32-bit FNV-1a hash of w.
func wordHash[S string | []byte](w S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

func (f *wordFilter) add(w string) {
	n := wordHash(w) >> (32 - wordFilterBits)
	f[n/64] |= 1 << (n % 64)
}

// has reports whether the word whose wordHash is h may have been added.
func (f *wordFilter) has(h uint32) bool {
	n := h >> (32 - wordFilterBits)
	return f[n/64]&(1<<(n%64)) != 0
}
