package extract

import (
	"slices"
	"strings"
)

// narrowerPlaces gives a figure placed in an area the article names, in
// another sentence, as holding exactly one narrower place ("the Aktutun
// outpost in Semdinli" … "23 rebels were killed in Semdinli") that
// narrower place: the most specific place the text gives for it. Chains
// are followed ("Azizabad, in Herat province's Shindand district" places a
// figure told in Herat at Azizabad); an area named as holding two or more
// places keeps its figures, and so does one holding a place only named
// as a point to measure from ("20 km southeast of Kramatorsk in the
// Donetsk region"). Countries, cumulative tolls and tolls since a day keep
// theirs.
//
// Only the sentences that name one of the figures' places are read, with
// the places found for them before (sentPlaces) where there are some.
func narrowerPlaces(claims []Claim, sents []sentence, sentPlaces [][]placeHit, text string) {
	var areas []string
	for i := range claims {
		if c := &claims[i]; c.Kind == KindCasualty && c.Location != nil && c.Scope != ScopeCumulative && !isCountry(c.Location.Name) {
			for _, a := range [...]string{c.Location.Name, c.Location.Text} {
				if a != "" && !slices.Contains(areas, a) {
					areas = append(areas, a)
				}
			}
		}
	}
	if len(areas) == 0 {
		return
	}
	inner := map[string]Place{}
	ambiguous := map[string]bool{}
	add := func(h placeHit, area Place) {
		sub, k := h.Place, strings.ToLower(area.Name)
		if sub.Name == "" || referenceHit(h) || strings.EqualFold(sub.Name, area.Name) || isCountry(area.Name) || isCountry(sub.Name) {
			return
		}
		if p, ok := inner[k]; ok && !strings.EqualFold(p.Name, sub.Name) {
			ambiguous[k] = true
			return
		}
		if p, ok := inner[strings.ToLower(sub.Name)]; ok && strings.EqualFold(p.Name, area.Name) {
			// (Each in the other: neither is known to be the narrower.)
			ambiguous[k], ambiguous[strings.ToLower(sub.Name)] = true, true
			return
		}
		inner[k] = sub
	}
	for si, st := range sents {
		s := text[st.start:st.end]
		if !slices.ContainsFunc(areas, func(a string) bool { return strings.Contains(s, a) }) {
			continue
		}
		hits := placesOfSentence(sentPlaces, sents, text, si)
		for j := 1; j < len(hits); j++ {
			a, b := hits[j-1], hits[j]
			switch {
			case containedBefore(s, a, b):
				if j+1 < len(hits) && ownsNext(s, b, hits[j+1]) {
					// "Azizabad, in Herat province's Shindand district":
					// in the district (which the next pair puts in the
					// province).
					b = hits[j+1]
				}
				add(a, b.Place)
			case ownsNext(s, a, b) || settlementOf(s, a, b):
				add(b, a.Place)
			}
		}
	}
	if len(inner) == 0 {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Location == nil || c.Scope == ScopeCumulative || isCountry(c.Location.Name) || periodToll(text, sents, c.Span.Start) {
			continue
		}
		at := *c.Location
		for range 4 {
			k := strings.ToLower(at.Name)
			p, ok := inner[k]
			if !ok || ambiguous[k] || !writtenAsArea(text, at.Text) && !writtenAsArea(text, at.Name) {
				break
			}
			if p.Region == "" {
				p.Region = at.Name
			}
			at = p
		}
		if at.Name != c.Location.Name {
			c.Location = &at
		}
	}
}

// periodToll reports whether the sentence holding offset at counts over a
// period ("more than 40 civilians have been killed in Beni territory since
// 2 October"): a toll of the whole area, not of one place in it.
func periodToll(text string, sents []sentence, at int) bool {
	st, ok := sentenceAt(sents, at)
	if !ok {
		return false
	}
	s := text[st.start:st.end]
	return strings.Contains(s, " since ") || strings.Contains(s, "Since ")
}
