package extract

import (
	"iter"
	"regexp"
	"slices"
	"strings"
)

// casualtyHit is a casualty figure read from one sentence. [start, end)
// are byte offsets into the sentence and cover the number, the victims and
// the verb. part is 0 for the figures a sentence states together and n > 0
// for a breakdown ("including five children"), which must not be added to
// the figure it breaks down.
type casualtyHit struct {
	start, end int
	outcome    string
	value      *int
	qual       string
	victims    string
	side       string
	scope      string
	part       int
	bare       bool // no victims' noun ("The 19 died"): side unknown
	toll       bool // a death toll with no victims' noun ("the toll rose to 50")
	speakers   bool // the speaker's own side ("we had eight martyrs")
	// enemyOf is the nation whose force killed the victims, when their
	// side is that of its enemy ("Turkey said it had killed 34 soldiers").
	enemyOf string
	// head is 1 + the start of the figure a gapped item shares its verb
	// with (see gappedItems), and placeEnd the end of its own place.
	head, placeEnd int
}

// nounPhrase is a victims' group in token indexes: first is its first
// token (a qualifier, if any), num the number, last its last token.
type nounPhrase struct {
	first, num, last int
	count            countHit
	qual             string
	head             int // -1 when bare
	breakdown        bool
	// partOf is the index of "its", "their" or "the" in a partitive ("two
	// of its fighters", "14 of the attackers"), or -1.
	partOf int
	// kin marks a group joined to the one before by "and his", "and her"
	// or "and their" ("a woman and her son", "eight police and their
	// driver").
	kin bool
	// shared marks a group of nationalities whose noun is the next
	// group's ("16 American and 115 South Korean soldiers"): head is that
	// noun, after last.
	shared bool
	// sideTo, when set, is the last token of the first of two names of
	// one group, which tells its side ("30 Syrian soldiers and
	// pro-government militiamen": the soldiers').
	sideTo int
}

var (
	// activeVerbs take the victims as object: "killed seven soldiers".
	activeVerbs = outcomeWords(map[string]string{
		"kill kills killed killing eliminate eliminates eliminated eliminating massacre massacres massacred " +
			"liquidate liquidates liquidated liquidating " +
			"behead beheads beheaded beheading decapitated decapitating bury buries buried burying martyring " +
			"massacring executed executing slaughtered slaughtering butchered butchering murdered murdering slew " +
			"annihilated annihilating exterminated machine-gunned lynched lynching hanged strangled strangling drowning": OutcomeKilled,
		"wound wounds wounded wounding injure injures injured injuring maimed maiming": OutcomeWounded,
		"neutralize neutralizes neutralized neutralizing neutralise neutralises neutralised " +
			"neutralising": OutcomeNeutralized,
		"capture captures captured capturing abduct abducts abducted abducting kidnap kidnaps " +
			"kidnapped kidnapping seize seizes seized seizing": OutcomeCaptured,
	})
	// passiveVerbs follow the victims: "seven soldiers were killed",
	// "34 soldiers died", "12 dead".
	passiveVerbs = outcomeWords(map[string]string{
		"killed died die dies dead slain perished executed martyred massacred murdered beheaded decapitated fallen " +
			"eliminated liquidated drowned drown drowns slaughtered butchered lynched hanged assassinated strangled": OutcomeKilled,
		"wounded injured hurt": OutcomeWounded,
		"missing":              OutcomeMissing,
		"captured abducted kidnapped surrendered": OutcomeCaptured,
		"neutralized neutralised":                 OutcomeNeutralized,
	})
	// transitiveVerbs are passive verbs that, with no auxiliary before them
	// and an object after them, are active ("Two soldiers killed three").
	transitiveVerbs = wordSet("killed wounded injured captured abducted kidnapped neutralized " +
		"neutralised eliminated liquidated executed murdered massacred beheaded decapitated lynched hanged assassinated strangled " +
		"slaughtered butchered")
	auxWords = wordSet("were was are is have has had been being be also all both reportedly " +
		"remain remained remains still " +
		"reported later subsequently each allegedly believed feared thought said known to " +
		"presumed confirmed initially either now already could may might")
	npStops = wordSet("in on at near from by with for to into during after before since of aboard lost suffered " +
		"as than that which who whom where when while were was are is be been being have has " +
		"had also and or but the a an its their his her our this these those said says it they " +
		"he she we not no per percent km kilometres kilometers miles metres meters years year " +
		"months month days day hours hour weeks week times including across over under " +
		"between among against about around inside outside earlier later could may might would will " +
		"can should must overnight yesterday today tonight last remain remained remains until till " +
		"because although though unless whereas whether")
	ppStarts = wordSet("in of from at near inside on across aboard around outside aligned loyal belonging affiliated with under")
	// groupParticiples open a phrase that tells where a group served
	// between it and its verb.
	groupParticiples = wordSet("serving stationed based deployed working posted attached assigned " +
		"traveling travelling riding accompanying embedded guarding manning caught trapped " +
		"returning fleeing waiting queuing queueing heading sheltering attending leaving held " +
		"living sleeping staying standing praying passing walking playing seized detained arrested " +
		"employed hired contracted distributing delivering fighting battling defending protecting patrolling escorting " +
		"crossing searching trying")
	possessive       = wordSet("its their")
	personPossessive = wordSet("his her my our")
	// kinPossessives open a victim named by whose kin it is: "his wife",
	// "their son" (see possessedSubject and possessedVictim).
	kinPossessives = wordSet("his her my our their")
	vagueOf        = wordSet("some many several dozens hundreds scores thousands")
	// reCumulative marks figures that span a war, a campaign or a period
	// rather than one incident. It is searched by word start (see
	// wordRegexp): sentences are searched for it whole.
	reCumulative = mustWordRegexp(`\b(?:so far|to date|in total|this (?:year|month)|since (?:then\b|the (?:[\w-]+ ){0,2}?(?:start|beginning|outbreak|war|conflict|invasion|uprising|offensive|campaign|operation|escalation|insurgency|siege|bombardment|occupation)|(?:january|february|march|april|may|june|july|august|september|october|november|december|last|early|late)\b|(?:jan|feb|aug|sept|oct|nov|dec)\.|\d{4})|in (?:the )?(?:past|last|previous|recent) (?:\w+ )?(?:days|weeks|months|years)|in the first (?:\w+ )?(?:months|weeks|week|month|half|quarter)|(?:killed|died|dead|wounded|injured)(?: [\w-]+){0,4}? (?:during|in|throughout) the (?:[\w-]+ ){0,2}?(?:war|conflict)(?:[,.;]|$| (?:in|with|against|between|since|that|which|and|said|says|according)\b)|over the (?:past|last|course of)|throughout the|(?:war|conflict|fighting|insurgency|invasion|violence|uprising)(?: that)?(?: has| have|'s)? (?:killed|claimed|left)|losses inflicted|total of|toll (?:in|of|from) the (?:[\w-]+ ){0,2}?(?:war|offensive|campaign|operation|conflict|insurgency|invasion)\b|the (?:overall |new |grand )?total to\b|overall)`)
	reCampaign   = regexp.MustCompile(`\b(?:war|campaign|offensive|assault|conflict|insurgency|operation|has|have)\b`)
)

// outcomeWords maps each word of the keys of byOutcome (lists of words
// separated by spaces) to its outcome.
func outcomeWords(byOutcome map[string]string) map[string]string {
	m := map[string]string{}
	for words, outcome := range byOutcome {
		for _, w := range strings.Fields(words) {
			m[w] = outcome
		}
	}
	return m
}

// numberish reports whether a token may start a count: digits
// (digitsValue), a number word (wordValue) or a vague quantity
// (vagueWords). tokenize reads it (see clsNumberish).
func numberish(t token) bool {
	return t.cls&clsNumberish != 0
}

// armedOrCombatant reports whether w names armed men of any side.
func armedOrCombatant(w string) bool {
	return securityHeads[w] || rebelHeads[w] || policeHeads[w] || w == "combatants"
}

// hurtWords describe victims by their wounds before their noun ("two more
// injured servicemen").
var hurtWords = wordSet("injured wounded")

// isModifier reports whether a token may stand between a number and the
// victims' noun ("seven Tehran-backed foreign fighters"): a word that is
// not in npStops, not numberish, not a casualty verb and not in
// reportVerbs.
func isModifier(t token) bool {
	return t.word && t.cls&(clsNPStop|clsNumberish|clsVerb|clsReport) == 0 || t.orig == "IS"
}

// initialsDot reports whether toks[m] is a dot after an initial, or the
// dash that joins dotted initials to a word ("U.S.-based").
func initialsDot(toks []token, m int) bool {
	if m == 0 || m+1 >= len(toks) {
		return false
	}
	p := toks[m-1]
	switch toks[m].w {
	case ".":
		return p.cap && len(p.w) == 1 && (toks[m+1].word || toks[m+1].w == "-")
	case "-":
		return p.w == "." && m >= 2 && len(toks[m-2].w) == 1 && toks[m+1].word
	}
	return false
}

// ageOfWords make the number after "of" an age: "a boy of 13", "the age
// of five".
var ageOfWords = wordSet("age boy boys girl girls man woman child son daughter youth teenager baby infant")

// numberedUnits, capitalised after a number in digits, name a military unit
// by its number ("40 Commando", "3 Commando Brigade", "2 Para").
var numberedUnits = wordSet("commando brigade battalion regiment para squadron division corps platoon")

// distanceUnits measure a distance after a number.
var distanceUnits = wordSet("km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter yards feet")

// timeUnits are the nouns that make a number before them a span of time.
var timeUnits = wordSet("second seconds minute minutes hour hours day days night nights week weeks " +
	"month months year years decade decades")

// objectOpeners open the object of a verb: after "and" and a word in
// -ed, they show the word to be a verb, not a modifier of a group.
var objectOpeners = wordSet("any the a an its their his her this these those all no")

// parseNP reads a victims' group whose number is at toks[i].
func parseNP(toks []token, i int) (nounPhrase, bool) {
	t := toks[i]
	if t.num && (i > 0 && calendarWords[toks[i-1].w] || i+1 < len(toks) && calendarWords[toks[i+1].w]) {
		return nounPhrase{}, false
	}
	if t.num && i > 1 && toks[i-1].w == "." && calendarWords[toks[i-2].w] {
		// A day after an abbreviated month: "since Nov. 27, 704 people".
		return nounPhrase{}, false
	}
	if t.num && len(t.w) == 4 && (t.w[:2] == "19" || t.w[:2] == "20") && i > 0 && yearPrepositions[toks[i-1].w] {
		// A year: "In 2004, more than 330 people … were killed".
		return nounPhrase{}, false
	}
	if i > 0 && (toks[i-1].w == "the" || toks[i-1].w == "of") && (t.w == "a" || t.w == "an") &&
		!(toks[i-1].w == "of" && i > 1 && (toks[i-2].w == "killing" || toks[i-2].w == "death" || toks[i-2].w == "murder" || toks[i-2].w == "body" || toks[i-2].w == "bodies" || toks[i-2].w == "remains")) {
		// (But "after the killing of a mayoral candidate", "the body of
		// a taxi driver": one killed.)
		return nounPhrase{}, false
	}
	if ageAside(toks, i) {
		// "A Colombian soldier, 31, was killed", "Two soldiers, both 19,
		// were killed": an age between commas, not a count.
		return nounPhrase{}, false
	}
	if i > 0 && i+1 < len(toks) && toks[i-1].w == "from" && (toks[i+1].w == "family" || toks[i+1].w == "household") {
		// "Three children, all from one family, perished": where they
		// came from, not a count.
		return nounPhrase{}, false
	}
	if t.num && i > 1 && i+1 < len(toks) && toks[i-1].w == "," && toks[i+1].w == "," && toks[i-2].cap && toks[i-2].word {
		// An age after a name: "Shlomi Ziv, 41, were abducted".
		return nounPhrase{}, false
	}
	if t.num && i > 2 && i+1 < len(toks) && toks[i-1].w == "then" && toks[i-2].w == "," && toks[i+1].w == "," {
		// An age then: "Abdul Rahim, then 15, was wounded".
		return nounPhrase{}, false
	}
	if t.num && i+2 < len(toks) && toks[i+1].w == ":" && toks[i+2].num && t.e == toks[i+1].s && toks[i+1].e == toks[i+2].s {
		// A time of day: "at about 6:45pm" (not "the toll stood at 63:
		// 17 Americans, …").
		return nounPhrase{}, false
	}
	if i > 1 && toks[i-1].w == "of" && ageOfWords[toks[i-2].w] {
		// An age: "a boy of 13", "children under the age of five".
		return nounPhrase{}, false
	}
	if (t.w == "a" || t.w == "an") && i > 0 && asideOfOne(toks, i-1, true) > 0 {
		// "A soldier, a 22-year-old conscript from Lviv, was killed":
		// the one told before, described.
		return nounPhrase{}, false
	}
	if i > 1 && toks[i-1].w == "of" && kinParents[toks[i-2].w] {
		// "a father of three": his children, not a count.
		return nounPhrase{}, false
	}
	c, ok := parseCount(toks, i)
	if !ok {
		return nounPhrase{}, false
	}
	if j := c.next; j+2 < len(toks) && toks[j].w == "more" && toks[j+1].w == "of" && (toks[j+2].w == "the" || toks[j+2].w == "those") {
		// "four more of the wounded died": a part (see ofThem).
		return nounPhrase{}, false
	}
	if j := c.next; j+1 < len(toks) && toks[j].w == "more" && thingsAfterMore(toks[j+1]) {
		// "seized two more villages": more things, no one.
		return nounPhrase{}, false
	}
	if j := c.next; j+1 < len(toks) && !c.vague && !c.article && (toks[j+1].w == "bodies" || toks[j+1].w == "corpses") && toks[j].victimHead() ||
		j+2 < len(toks) && !c.vague && !c.article && (toks[j+2].w == "bodies" || toks[j+2].w == "corpses") && toks[j+1].victimHead() && isModifier(toks[j]) {
		// "14 rebel bodies", "32 Viet Cong bodies": a count of bodies
		// (see countedGroup).
		return nounPhrase{}, false
	}
	if t.num && c.next < len(toks) && toks[c.next].cap && numberedUnits[toks[c.next].w] {
		// A unit's number: "a soldier from 40 Commando", "3 Commando
		// Brigade", "2 Para".
		return nounPhrase{}, false
	}
	if c.next < len(toks) && distanceUnits[toks[c.next].w] {
		// A distance, not a group: "were killed 20 km south of Baghdad".
		return nounPhrase{}, false
	}
	if c.next < len(toks) && timeUnits[toks[c.next].w] {
		// A span of time, not a group: "were killed two days ago",
		// "died three weeks later".
		return nounPhrase{}, false
	}
	n := nounPhrase{first: i, num: i, count: c, head: -1, qual: c.qual, partOf: -1}
	if n.qual == "" {
		n.qual, n.first = qualifierBefore(toks, i)
	} else if t.w == "a" || t.w == "an" || i+1 < len(toks) && toks[i+1].w == "dozen" {
		// "more than a dozen fighters", "at least a hundred people",
		// "more than two dozen people": the written qualifier over the
		// round number's.
		at := i
		if i > 0 && toks[i-1].w == "half" && t.w == "a" {
			at, n.first = i-1, i-1 // "at least half a dozen soldiers"
		}
		if q, f := qualifierBefore(toks, at); f < at {
			n.qual, n.first = q, f
		}
	}
	j := c.next
	if c.vague && j+1 < len(toks) && toks[j].isQuote() && toks[j+1].w == "of" {
		// A quoted vague count: killed "several dozen" of the assailants.
		j++
	}
	if j+2 < len(toks) && toks[j].w == "of" && !c.vague && c.value >= 100 && !c.article && possessive[toks[j+1].w] &&
		partitiveHead(toks, j+2) {
		// "192 of its soldiers": a part of the speaker's own, however
		// many.
		n.partOf = j + 1
		j += 2
	} else if j < len(toks) && toks[j].w == "of" && (c.vague || c.value >= 100 && !c.article ||
		!c.article && j+2 < len(toks) && toks[j+1].w == "them" && (toks[j+2].victimHead() && !toks[j+2].cap || oneOfThemA(toks, j, c)) && i > 1 && toks[i-1].w == "," &&
			(passiveVerbs[toks[i-2].w] != "" || outcomeAdjectives[toks[i-2].w])) {
		// (", 150 of them women": the part of the group told before;
		// ", one of them a child".)
		j++
		if j < len(toks) && (toks[j].w == "the" || toks[j].w == "them") {
			j++
		}
		if oneOfThemA(toks, j-2, c) {
			j++ // "a" of "one of them a child"
		}
		if !c.vague && toks[j-1].w == "them" && j < len(toks) && partWhenWhere(toks[j].w) {
			// ", more than 100 of them this month": a part told by when
			// or where, read as one (see ofThem).
			return nounPhrase{}, false
		}
	} else if j+3 < len(toks) && toks[j].w == "of" && !c.article && !c.vague && (toks[j+1].w == "the" || possessive[toks[j+1].w]) && wholeCount(toks, j+2) &&
		partitiveHead(toks, j+3) {
		// "38 of the 67 people on board", "three of the four
		// children", "killed nine of its 10 members": the people are
		// the group.
		if possessive[toks[j+1].w] {
			n.partOf = j + 1
		}
		if i > 0 && freeVerbs[toks[i-1].w] {
			// "rescued 30 of the 120 students kidnapped": the 30 were
			// freed; the 120 are the figure.
			return nounPhrase{}, false
		}
		j += 3
	} else if j+2 < len(toks) && toks[j].w == "of" && !c.article && !c.vague && c.value == 1 && t.w == "one" && wholeCount(toks, j+1) &&
		partitiveHead(toks, j+2) && (i == 0 || !freeVerbs[toks[i-1].w]) {
		// "One of two soldiers who escaped was wounded": the one.
		j += 2
	} else if j+2 < len(toks) && toks[j].w == "of" && !c.article && (possessive[toks[j+1].w] || toks[j+1].w == "the" || personPossessive[toks[j+1].w] ||
		toks[j+1].cap && strings.HasSuffix(toks[j+1].w, "'s") && securityHeads[toks[j+2].w]) &&
		partitiveHead(toks, j+2) {
		// Or a leader's: "around 30 of Gaddafi's soldiers".
		// "two of its fighters", "14 of the attackers", "25 of his
		// neighbours".
		n.partOf = j + 1
		j += 2
	}
	if n.partOf < 0 && j+2 < len(toks) && toks[j].w == "of" && possessive[toks[j+1].w] && toks[j+2].w == "own" && !c.article && !c.vague {
		// "lost one of their own": the subject's.
		n.partOf, n.head, n.last = j+1, j+2, j+2
		return n, true
	}
	if j == c.next && j < len(toks) && toks[j].w == "lives" && n.first > 0 && livesVerbs[toks[n.first-1].w] {
		// "has claimed more than 2,000 lives": the lives are the dead.
		n.head, n.last = j, j
		return n, true
	}
	if k := c.next + 1; c.article && c.next < len(toks) && toks[c.next].w == "family" && k+1 < len(toks) && toks[k].w == "of" && numberish(toks[k+1]) {
		// "among them a family of six": the family's members.
		if fc, ok := parseCount(toks, k+1); ok && !fc.vague && !fc.article && fc.value > 1 &&
			(fc.next >= len(toks) || !toks[fc.next].victimHead() && !timeUnits[toks[fc.next].w]) {
			n.count = countHit{value: fc.value, next: fc.next}
			n.head, n.last = c.next, fc.next-1
			return n, true
		}
	}
	mods := 0
	for j < len(toks) {
		w := toks[j]
		if w.isQuote() {
			j++
			continue
		}
		if mods == 0 && n.head < 0 && (w.w == "late" || w.w == "early") && j+1 < len(toks) &&
			(toks[j+1].w == "on" || toks[j+1].w == "in" || toks[j+1].w == "last" || dayWords[toks[j+1].w]) {
			// "put the toll at 126 late on Friday": a time, not a
			// modifier of the count.
			break
		}
		if mods == 0 && n.head < 0 && takenCaptive(toks, j) {
			// "were killed and 252 taken hostage": the verb, its
			// auxiliary left out, not a modifier of "hostage".
			break
		}
		if mods == 0 && n.head < 0 && dayWords[w.w] {
			// "the death toll rose to 14 Saturday": the day, as American
			// wire copy writes it without "on".
			break
		}
		if n.head >= 0 {
			if w.victimHead() {
				n.head = j
				j++
				continue
			}
			if toks[n.head].w == "national" && isModifier(w) && !w.num {
				// "Four National Guard members", "two national army
				// soldiers": "national" begins the force's name.
				if k := headAfterWords(toks, j, 2, isModifier); k >= 0 {
					n.head, j = k, k+1
					continue
				}
			}
			if toks[n.head].cap && toks[n.head].word && (w.cap && w.word || w.w == "(") {
				// "14 Kurdistan Workers Party (PKK) militants", "12
				// National Salvation Front fighters": the men of the
				// group whose name the capitals spell.
				k := j
				for k < len(toks) && k <= j+4 && toks[k].cap && toks[k].word {
					k++
				}
				if k = acronymAside(toks, k); k < len(toks) && k > j && toks[k].victimHead() && !toks[k].cap {
					n.head = k
					j = k + 1
					continue
				}
			}
			if toks[n.head].w == "police" && (w.w == "force" || w.w == "service") {
				// "Three Central Reserve Police Force (CRPF) personnel":
				// the men of the force its name ends in.
				k := acronymAside(toks, j+1)
				if k < len(toks) && toks[k].victimHead() {
					n.head = k
					j = k + 1
					continue
				}
			}
			if (toks[n.head].w == "police" || toks[n.head].w == "civilian" || toks[n.head].w == "civilians") && isModifier(w) && !w.cap {
				// "two police bomb disposal officers", "a civilian
				// ambulance driver": "police" or "civilian" names the
				// men after the words of their trade.
				if k := headAfterWords(toks, j, 3, lowerModifier); k >= 0 {
					n.head, j = k, k+1
					continue
				}
			}
			if toks[n.head].w == "more" && (isModifier(w) || hurtWords[w.w]) {
				// "killed 50 more Albu Nimr tribespeople": the people
				// after the words that name them ("two more injured
				// servicemen died").
				if k := headAfterWords(toks, j, 3, modifierOrHurt); k >= 0 {
					n.head, j = k, k+1
					continue
				}
			}
			if (w.w == "and" || w.w == "or") && j+1 < len(toks) && civilianHeads[toks[n.head].w] && civilianHeads[toks[j+1].w] &&
				(j+2 >= len(toks) || !toks[j+2].victimHead()) {
				// "12 women and children": one group of two nouns.
				n.head = j + 1
				j += 2
				continue
			}
			if w.w == "and" && j+2 < len(toks) && civilianHeads[toks[n.head].w] && isModifier(toks[j+1]) && !toks[j+1].victimHead() &&
				!numberish(toks[j+1]) && civilianHeads[toks[j+2].w] && (j+3 >= len(toks) || !toks[j+3].victimHead()) {
				// "700 social leaders and rights activists": one group,
				// its second noun with a word of its own.
				n.head = j + 2
				j += 3
				continue
			}
			if w.w == "and" && j+1 < len(toks) && (securityHeads[toks[n.head].w] && policeHeads[toks[j+1].w] ||
				policeHeads[toks[n.head].w] && (securityHeads[toks[j+1].w] || policeHeads[toks[j+1].w])) &&
				(j+2 >= len(toks) || !toks[j+2].victimHead() && !toks[j+2].num) {
				// "13 soldiers and gendarmes": one count of the army
				// and the police.
				n.head = j + 1
				j += 2
				continue
			}
			if w.w == "and" && j+1 < len(toks) && (plainCivilians[toks[n.head].w] && (securityHeads[toks[j+1].w] || policeHeads[toks[j+1].w]) ||
				(securityHeads[toks[n.head].w] || policeHeads[toks[n.head].w]) && plainCivilians[toks[j+1].w]) &&
				(j+2 >= len(toks) || !toks[j+2].victimHead() && !toks[j+2].num) {
				// "Fifty-two hostages and police were killed", "12
				// civilians and soldiers": one count of both (see
				// victimSide).
				n.head = j + 1
				j += 2
				continue
			}
			if w.w == "and" && j+3 <= len(toks) && securityHeads[toks[n.head].w] && toks[j+1].w == "police" && policeMen[toks[j+2].w] &&
				(j+3 == len(toks) || !toks[j+3].victimHead() && !toks[j+3].num) {
				// "26 soldiers and police officers": one count.
				n.head = j + 2
				j += 3
				continue
			}
			if w.w == "and" && j+1 < len(toks) && officersAndMen(toks[n.head].w, toks[j+1].w) &&
				(j+2 >= len(toks) || !toks[j+2].victimHead() && !toks[j+2].num) {
				// "620 officers and men", "men and officers": one count
				// of a unit's ranks, named by its officers.
				n.head = j + 1
				j += 2
				continue
			}
			if (w.w == "and" || w.w == "or") && j+1 < len(toks) && armedOrCombatant(toks[n.head].w) && toks[j+1].w == "civilians" &&
				(j+2 >= len(toks) || !toks[j+2].victimHead()) {
				// "at least 70 soldiers and civilians": one count of
				// both, whose side is neither.
				n.head = j + 1
				j += 2
				continue
			}
			break
		}
		if (c.article || toks[i].w == "one") && mods == 0 && j == c.next && demonymNoun(toks, j) {
			// "An Israeli was seriously wounded", "a Canadian was
			// killed": one person named by nationality.
			n.head = j
			j++
			break
		}
		if !c.article && toks[i].w != "one" && mods == 0 && j == c.next && eseDemonym(toks, j) {
			// "48 Japanese were killed", "24 Chinese shot dead": the
			// people of a nation whose plural is its adjective.
			n.head = j
			j++
			break
		}
		if !c.article && toks[i].w != "one" && mods == 0 && j == c.next && j+1 < len(toks) && toks[j].cap && nationFirstWords[w.w] &&
			nationAdjectives[w.w+" "+toks[j+1].w] != "" && eseDemonym(toks, j+1) {
			// "345 North Vietnamese were killed": of a nation named by
			// two words.
			n.head = j + 1
			j += 2
			break
		}
		if (c.article || toks[i].w == "one") && singularHeads[w.w] || !c.article && w.victimHead() {
			// "one security guard" counts one as "a security guard" does.
			n.head = j
			j++
			continue
		}
		if w.w == "and" && n.head < 0 && mods > 0 && j+1 < len(toks) && numberish(toks[j+1]) && nationsOnly(toks, c.next, j) {
			// "killed 16 American and 115 South Korean soldiers": the
			// nationality's men are named by the next group's noun.
			if nx, ok := parseNP(toks, j+1); ok && nx.head >= 0 && !nx.shared && nx.first == j+1 && nationsOnly(toks, nx.count.next, nx.head) {
				n.head, n.last, n.shared = nx.head, j-1, true
				return n, true
			}
		}
		if (w.w == "and" || w.w == "or") && mods > 0 && j+1 < len(toks) && isModifier(toks[j+1]) &&
			toks[j+1].w != "a" && toks[j+1].w != "an" {
			if j+2 < len(toks) && strings.HasSuffix(toks[j+1].w, "ed") && objectOpeners[toks[j+2].w] {
				// "a military vehicle and regretted any civilian
				// deaths": a verb of a second clause, not a modifier.
				break
			}
			j++
			continue
		}
		if mods == 0 && j == c.next && len(w.w) > 4 && strings.HasSuffix(w.w, "ly") && j+1 < len(toks) && passiveVerbs[toks[j+1].w] != "" &&
			(j+2 >= len(toks) || !toks[j+2].victimHead() && !isModifier(toks[j+2])) {
			// "… were killed and two seriously wounded": the adverb
			// qualifies the verb of an elliptical count.
			break
		}
		if mods == 0 && j == c.next && (w.w == "suffered" || w.w == "sustained" || w.w == "received") && j+1 < len(toks) &&
			woundAfter(toks, j+1) > 0 {
			// "one soldier was killed and four sustained injuries": the
			// verb of an elliptical count, not a word describing it.
			break
		}
		if mods == 0 && j == c.next && (w.w == "prisoner" || w.w == "captive" || w.w == "hostage") && i > 0 && takeVerbs[toks[i-1].w] {
			// "took five prisoner": the state the count was taken in,
			// as "took five prisoners" says.
			break
		}
		if captiveStates[w.w] && j+1 < len(toks) && (toks[j+1].victimHead() || isModifier(toks[j+1]) && j+2 < len(toks) && toks[j+2].victimHead()) &&
			(i > 0 && activeVerbs[toks[i-1].w] != "" || captivesKilled(toks, j+1) ||
				i > 1 && toks[i-1].w == "of" && (toks[i-2].w == "bodies" || toks[i-2].w == "corpses" || toks[i-2].w == "remains")) {
			// "11 kidnapped Colombian lawmakers killed in crossfire".
			// "executed 30 captured soldiers", "the bodies of two
			// kidnapped engineers": the state of the victims, not a verb
			// of their own.
			mods++
			j++
			continue
		}
		if w.w == "," && mods > 0 && j+1 < len(toks) && toks[j+1].cap && nationAdjectives[toks[j+1].w] != "" && nationAdjectives[toks[j-1].w] != "" {
			// "118 Bangladeshi, Egyptian and Indian workers": a list of
			// nations before the noun.
			j++
			continue
		}
		if slashedName(toks, j, mods) {
			// "14 PKK/YPG terrorists": one name of two.
			j++
			continue
		}
		if k := acronymAside(toks, j); mods > 0 && k > j {
			// "Three Central Reserve Police Force (CRPF) personnel":
			// the short name of the words before it.
			j = k
			continue
		}
		if isModifier(w) || c.article && mods == 0 && j == c.next && (w.w == "wounded" || w.w == "injured") &&
			j+1 < len(toks) && singularHeads[toks[j+1].w] ||
			!c.article && mods == 0 && j == c.next && (w.w == "wounded" || w.w == "injured") && j+1 < len(toks) && toks[j+1].victimHead() &&
				(capturedAfter(toks, j+2) || diedAfter(toks, j+2) > 0) {
			// Or "a wounded rebel was captured", "three wounded attackers
			// had been captured", "Three wounded soldiers died in
			// hospital": a state of the ones counted, not an outcome.
			mods++
			if mods > 4 {
				break
			}
			j++
			continue
		}
		break
	}
	if n.head >= 0 && aircraftFighter(toks, n.head) {
		// "lost one MiG-21 fighter", "two F-16 fighter jets": aircraft,
		// not people.
		return nounPhrase{}, false
	}
	another := t.w == "another" || c.ordinal
	if n.head < 0 && another && mods == 0 && (j >= len(toks) || !toks[j].word || ppStarts[toks[j].w] && toks[j].w != "of") && i > 0 && activeVerbs[toks[i-1].w] != "" ||
		n.head < 0 && another && mods == 0 && j < len(toks) && beVerbs[toks[j].w] && i > 0 && (toks[i-1].w == "," || toks[i-1].w == "and") ||
		n.head < 0 && c.ordinal && mods == 0 && j < len(toks) && beVerbs[toks[j].w] && i > 0 &&
			(activeVerbs[toks[i-1].w] != "" || reportVerbs[toks[i-1].w] || toks[i-1].w == "and") ||
		n.head < 0 && c.ordinal && mods == 0 && j < len(toks) && passiveVerbs[toks[j].w] != "" && i > 0 && toks[i-1].w == "and" ||
		anotherElliptical(toks, i, j, another, mods) {
		// "wounded another", ", another was shot dead": one more of the
		// group named before.
		n.last = c.next - 1
		return n, true
	}
	if n.head < 0 && c.article && mods > 0 && mods <= 2 && ageNoun(toks[c.next].w) && (j >= len(toks) || !toks[j].word || toks[j].w != "of") {
		// "a 17-year-old", "a 15-year-old footballer": a person named by
		// age, and what the person was.
		n.head, n.last = j-1, j-1
		return n, true
	}
	if n.head < 0 && !c.article && !c.vague && c.next+1 < len(toks) && (toks[c.next].w == "went" || toks[c.next].w == "gone") && toks[c.next+1].w == "missing" ||
		n.head < 0 && !c.article && !c.vague && c.next+1 < len(toks) && (toks[c.next].w == "have" || toks[c.next].w == "had") && toks[c.next+1].w == "disappeared" {
		// "four were killed, while another 9 went missing": a bare count
		// before its verb ("went" is no modifier).
		n.last = c.next - 1
		return n, true
	}
	if n.head < 0 {
		if mods > 0 || c.article || j < len(toks) && toks[j].w == "of" {
			return nounPhrase{}, false
		}
		n.last = c.next - 1
		return n, true
	}
	if k := n.head + 1; k < len(toks) && speakerNouns[toks[k].w] {
		// "…, a rebel spokesman said": a speaker, not a victim.
		return nounPhrase{}, false
	}
	if c.article && speakerPairAfter(toks, n.head+1) {
		// "…, a police officer and a medical source in Baqouba said":
		// one of two speakers, not a victim.
		return nounPhrase{}, false
	}
	n.last = n.head
	// "member of the military", "members of a pro-Iran group", "fighters
	// from the Syrian Democratic Forces".
	k := n.last + 1
	if k+2 < len(toks) && toks[k].isQuote() && toks[k+1].w == "of" && (toks[k+2].w == "the" || toks[k+2].cap) {
		// A quoted group goes on after its closing quote: '"more than
		// 200 reservists" of the Ukrainian armed forces'.
		k++
	}
	if k+1 < len(toks) && (toks[k].w == "of" || toks[k].w == "from" && toks[k+1].w == "the" ||
		toks[k].w == "to" && aideHeads[toks[n.head].w] && (toks[k+1].w == "the" || toks[k+1].w == "a" || possessive[toks[k+1].w] || toks[k+1].cap)) {
		// ("An aide to the governor": whose aide he was.)
		m := k + 1
		if m < len(toks) && (toks[m].w == "the" || toks[m].w == "a" || toks[m].w == "an" || possessive[toks[m].w] ||
			personPossessive[toks[m].w] && toks[n.head].w == "members") {
			// ("12 members of his family".)
			m++
		}
		end := -1
		for c := 0; m < len(toks) && c < 4 && (isModifier(toks[m]) || toks[m].isQuote() || numberish(toks[m]) && !toks[m].num || initialsDot(toks, m)) &&
			!timeStarts(toks, m); m, c = m+1, c+1 {
			if initialsDot(toks, m) || m > 0 && initialsDot(toks, m-1) && len(toks[m].w) == 1 {
				// "a U.S.-based missionary group": the dots and the dash
				// of initials, and the initials after the first, are no
				// words of their own.
				c--
			} else if end >= 0 && toks[m].cap && toks[m-1].cap && c < 6 {
				// "members of the United Arab Emirates armed forces": a
				// name of several words counts as one.
				c--
			}
			end = m
			if m+2 < len(toks) && toks[m].cap && (toks[m+1].w == "for" || toks[m+1].w == "of") &&
				(toks[m+2].cap || toks[m+2].w == "the" && m+3 < len(toks) && toks[m+3].cap) {
				// A name that links its words: "the Volunteers for the
				// Defence of the Homeland".
				m++
				if toks[m+1].w == "the" {
					m++
				}
				c--
			}
		}
		if end > 0 {
			n.last = end
			if e := ofAndBody(toks, end+1); e > 0 && (toks[n.head].w == "members" || toks[n.head].w == "member") {
				// "four members of the Revolutionary Guards and the Basij
				// militia were killed": members of both bodies.
				n.last = e
			}
		}
	}
	// "fighters aligned with Assad".
	if k := n.last + 1; k+1 < len(toks) && (toks[k].w == "aligned" || toks[k].w == "loyal" || toks[k].w == "affiliated") &&
		(toks[k+1].w == "with" || toks[k+1].w == "to") {
		m := k + 2
		if m < len(toks) && toks[m].w == "the" {
			m++
		}
		end := -1
		for c := 0; m < len(toks) && c < 5 && isModifier(toks[m]); m, c = m+1, c+1 {
			// "fighters loyal to ousted president Bashar al-Assad".
			end = m
		}
		if end > 0 {
			n.last = end
		}
	}
	if k := n.last + 1; n.head >= 0 && !n.count.article && k+3 < len(toks) && toks[k].w == "aged" {
		if toks[k+1].w == "between" {
			k++
		}
		if k+4 < len(toks) && numberish(toks[k+1]) && (toks[k+2].w == "and" || toks[k+2].w == "to") && numberish(toks[k+3]) && auxWords[toks[k+4].w] {
			// "Two boys aged 11 and 14 were killed", "children aged
			// between 4 and 9": their ages, before the verb.
			n.last = k + 3
		}
	}
	return n, true
}

// headAfterWords returns the index of the victims' noun that follows the
// words from toks[j] on that word accepts, fewer than limit of them ("two
// police bomb disposal officers"), or -1.
func headAfterWords(toks []token, j, limit int, word func(token) bool) int {
	k := j
	for k < len(toks) && k < j+limit && !toks[k].victimHead() && word(toks[k]) {
		k++
	}
	if k < len(toks) && toks[k].victimHead() {
		return k
	}
	return -1
}

// lowerModifier reports whether t is a modifier not capitalised: the words
// of a trade ("bomb disposal"), not a name.
func lowerModifier(t token) bool { return isModifier(t) && !t.cap }

// modifierOrHurt reports whether t is a modifier or a word of hurt ("two
// more injured servicemen").
func modifierOrHurt(t token) bool { return isModifier(t) || hurtWords[t.w] }

// forceBodies name a force as a body its members are of.
var forceBodies = wordSet("police army military militia navy gendarmerie")

// timeStarts reports whether a time phrase starts at toks[m], which ends
// the "of" phrase of a group before it: "seven members of a family late
// on Saturday", "of the family Sunday", "of the village last week".
func timeStarts(toks []token, m int) bool {
	w, next := toks[m].w, ""
	if m+1 < len(toks) {
		next = toks[m+1].w
	}
	switch w {
	case "late", "early":
		return next == "on" || next == "in" || dayWords[next] || next == "morning" || next == "afternoon" || next == "evening" || next == "night" ||
			next == "last" || next == "this"
	case "last", "this":
		return next == "week" || next == "month" || next == "night" || next == "weekend" || next == "year" || dayWords[next]
	}
	return dayWords[w] && !(next != "" && toks[m+1].cap && toks[m+1].word) // not "the Tuesday Club"
}

// ofAndBody reads a second body after the one a group's members are of,
// joined by "and" at toks[k] ("members of the army and the police were
// killed"), and returns the index of its last word when the group's verb
// follows it, or -1.
func ofAndBody(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].w != "and" {
		return -1
	}
	m := k + 1
	if toks[m].w == "the" || toks[m].w == "its" || toks[m].w == "their" {
		m++
	}
	end := -1
	for c := 0; m < len(toks) && c < 4 && isModifier(toks[m]) && (!toks[m].victimHead() || forceBodies[toks[m].w]); m, c = m+1, c+1 {
		end = m
	}
	if end < 0 || end+1 >= len(toks) || !beVerbs[toks[end+1].w] && toks[end+1].w != "had" && toks[end+1].w != "have" {
		return -1
	}
	return end
}

// nationsOnly reports whether toks[from:to] are one or more nationalities
// and nothing else ("American", "South Korean").
func nationsOnly(toks []token, from, to int) bool {
	if from >= to {
		return false
	}
	for m := from; m < to; m++ {
		prev := ""
		if m > 0 {
			prev = toks[m-1].w
		}
		if nationAt(prev, toks[m].w) == "" && !(m+1 < to && nationFirstWords[toks[m].w]) {
			return false
		}
	}
	return true
}

// policeMen follow "police" to name its men: "police officers".
var policeMen = wordSet("officers officer personnel men agents")

// militaryUnits name a military unit.
var militaryUnits = wordSet("company unit battalion brigade platoon regiment squad detachment")

// unitMen reports whether the group n is men of a military unit ("six men
// from his company", "comrades of our battalion").
func unitMen(toks []token, n nounPhrase) bool {
	if w := toks[n.head].w; w != "men" && w != "comrades" {
		return false
	}
	k := n.last + 1
	if k+2 >= len(toks) || toks[k].w != "from" && toks[k].w != "of" && toks[k].w != "in" {
		return false
	}
	switch toks[k+1].w {
	case "his", "their", "our", "my", "the", "her":
	default:
		return false
	}
	for m := k + 2; m < len(toks) && m <= k+4; m++ {
		if militaryUnits[toks[m].w] {
			return true
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// twoNations reports whether the groups a and b each name their nation
// and the nations differ: "five Chinese nationals and their Pakistani
// driver" are two figures.
func twoNations(toks []token, a, b nounPhrase) bool {
	nation := func(n nounPhrase) string {
		for m := n.first; m <= n.last && m < len(toks); m++ {
			if v := nationAdjectives[toks[m].w]; v != "" {
				return v
			}
		}
		return ""
	}
	na, nb := nation(a), nation(b)
	return na != "" && nb != "" && na != nb
}

// unitNation returns the nation of the unit a group belongs to when the
// group names it as "the <unit>" ("officers of the brigade") and the
// sentence has named it before with its nation ("a Ukrainian brigade"),
// or "".
func unitNation(toks []token, n nounPhrase) string {
	unit := toks[n.last].w
	if !militaryUnits[unit] || n.last < 2 || toks[n.last-1].w != "the" || toks[n.head+1].w != "of" {
		return ""
	}
	for m := n.first - 1; m > 0; m-- {
		if toks[m].w != unit {
			continue
		}
		for p := m - 1; p >= 0 && p >= m-3; p-- {
			prev := ""
			if p > 0 {
				prev = toks[p-1].w
			}
			if nat := nationAt(prev, toks[p].w); nat != "" {
				return nat
			}
			if !isModifier(toks[p]) {
				break
			}
		}
	}
	return ""
}

// speakerNouns after a victims' noun make it a speaker's title ("a rebel
// spokesman", "police sources").
var speakerNouns = wordSet("spokesman spokeswoman spokesperson spokespeople source sources")

// speakerPairAfter reports whether toks[k] joins a second speaker to the
// one before it, and the two say what the sentence reports: "and a
// medical source said", "and a hospital official in Baqouba told".
func speakerPairAfter(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].w != "and" {
		return false
	}
	m := k + 1
	if toks[m].w != "a" && toks[m].w != "an" && toks[m].w != "the" {
		return false
	}
	for m++; m < len(toks) && m <= k+5; m++ {
		if speakerNouns[toks[m].w] || toks[m].w == "official" || toks[m].w == "officials" {
			break
		}
		if !isModifier(toks[m]) {
			return false
		}
	}
	for m++; m < len(toks) && m <= k+10; m++ {
		switch toks[m].w {
		case "said", "says", "told":
			return true
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// yearPrepositions put a year in time: "in 2004", "since 2017".
var yearPrepositions = wordSet("in since until till by during before after")

// wholeCount reports whether toks[k] is the count of a whole that a part
// is told of, one token long: "67" or "four" in "38 of the 67 people",
// "three of the four children".
func wholeCount(toks []token, k int) bool {
	if toks[k].num {
		return true
	}
	if !numberish(toks[k]) {
		return false
	}
	c, ok := parseCount(toks, k)
	return ok && !c.vague && !c.article && c.next == k+1
}

// partitiveHead reports whether a victims' noun follows toks[k] within
// three modifiers ("of its elite fighters").
func partitiveHead(toks []token, k int) bool {
	for m := k; m < len(toks) && m < k+4; m++ {
		if toks[m].victimHead() {
			return true
		}
		if !isModifier(toks[m]) {
			return false
		}
	}
	return false
}

// hurtAdverb reports whether toks[m] is an adverb of how badly the next
// word's wounded are hurt ("seriously injured", "badly wounded").
func hurtAdverb(toks []token, m int) bool {
	return m+1 < len(toks) && len(toks[m].w) > 4 && strings.HasSuffix(toks[m].w, "ly") && hurtWords[toks[m+1].w]
}

// countsAddUp reports whether toks[k:] list two or more counts that add
// up to total: set between commas before a verb ("243 passengers and 16
// crew, were killed"), or, toEnd, running to the sentence's end with
// nothing but words and commas between ("…, eight soldiers and four
// civilians.").
func countsAddUp(toks []token, k, total int, toEnd bool) bool {
	sum, parts := 0, 0
	m := k
	for ; m < len(toks) && m <= k+16; m++ {
		t := toks[m]
		switch {
		case t.w == "," && !toEnd:
			// (The verb may open with an auxiliary: ", were killed".)
			return parts >= 2 && sum == total && m+1 < len(toks) && (toks[m+1].cls&clsVerb != 0 || beVerbs[toks[m+1].w] || toks[m+1].w == "had" || toks[m+1].w == "have")
		case t.w == "." && toEnd:
			return parts >= 2 && sum == total
		case numberish(t):
			c, ok := parseCount(toks, m)
			if !ok || c.vague || c.article {
				return false
			}
			sum += c.value
			parts++
			m = c.next - 1
		case !t.word && t.w != ",", toEnd && t.cls&(clsVerb|clsReport) != 0:
			return false
		}
	}
	return toEnd && m >= len(toks) && parts >= 2 && sum == total
}

// objectPartsAddUp reports whether the counted groups from toks[k], after
// the object of a verb and a comma, add up to total and close with a comma
// or the sentence's end: "killing nine people, six civilians and three
// soldiers, in a siege".
func objectPartsAddUp(toks []token, k, total int) bool {
	for m := k; m < len(toks) && m <= k+16; m++ {
		if t := toks[m]; t.w == "," || t.w == "." {
			return countsAddUp(toks[:m], k, total, true)
		} else if t.cls&(clsVerb|clsReport) != 0 {
			return false
		}
	}
	return countsAddUp(toks, k, total, true)
}

// dashPartsAddUp reports whether the dash at toks[k] opens a list of two
// or more counted groups that add up to total: "41 people - 38 men and
// three women aged between 15 and 70 -".
func dashPartsAddUp(toks []token, k, total int) bool {
	if !dashAt(toks, k) {
		return false
	}
	sum, parts := 0, 0
	for m := k + 1; m < len(toks) && m <= k+20 && numberish(toks[m]); {
		c, ok := parseCount(toks, m)
		if !ok || c.vague {
			return false
		}
		sum += c.value
		parts++
		m = c.next
		for n := 0; m < len(toks) && n < 3 && toks[m].word && !toks[m].victimHead() && !numberish(toks[m]) && toks[m].w != "and"; n++ {
			m++
		}
		if m >= len(toks) || !toks[m].victimHead() {
			return false
		}
		m++
		if m < len(toks) && toks[m].w == "," {
			m++
		}
		if m < len(toks) && toks[m].w == "and" {
			m++
		}
	}
	return parts >= 2 && sum == total
}

// acronymAside returns the index after a short name in brackets at
// toks[j], one to three capitalised words ("(CRPF)", "(IS)"), or j.
func acronymAside(toks []token, j int) int {
	if j >= len(toks) || toks[j].w != "(" {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].w == ")" {
			if k > j+1 {
				return k + 1
			}
			return j
		}
		if !toks[k].cap || !toks[k].word {
			return j
		}
	}
	return j
}

// andSameKind returns the index of the head noun of a second name for
// the group n when toks[j] joins one to it by "and" with no count of its
// own, both names being police's or soldiers' ("nine police and
// auxiliary officers", "12 soldiers and militiamen"); else -1.
func andSameKind(toks []token, j int, n nounPhrase) int {
	if n.head < 0 || j+1 >= len(toks) || toks[j].w != "and" {
		return -1
	}
	armed := func(w string) bool { return securityHeads[w] || policeHeads[w] }
	if !armed(toks[n.head].w) {
		return -1
	}
	if securityHeads[toks[n.head].w] {
		// "Nearly 30 Syrian soldiers and pro-government militiamen",
		// "20 soldiers and militia fighters": the forces and the
		// militia fighting beside them.
		armed = func(w string) bool {
			return securityHeads[w] || policeHeads[w] || w == "militiamen" || w == "fighters" && toks[j+1].w == "militia"
		}
	}
	for e := j + 1; e < len(toks) && e <= j+2; e++ {
		t := toks[e]
		if !t.word || numberish(t) || t.cls&(clsVerb|clsReport) != 0 || t.w == "a" || t.w == "an" || t.w == "the" || possessive[t.w] {
			return -1
		}
		if armed(t.w) {
			if e+1 < len(toks) && (toks[e+1].w == "of" || toks[e+1].w == "'s") {
				return -1 // "and officers of the unit": another group
			}
			return e
		}
	}
	return -1
}

// parseChain reads a list of victims' groups joined by "and", commas, "as
// well as", or "including" (a breakdown) from toks[i].
func parseChain(toks []token, i int, chain []nounPhrase) []nounPhrase {
	chain = chain[:0]
	n, ok := parseNP(toks, i)
	if !ok {
		return chain
	}
	chain = append(chain, n)
	breakdown := false
	for {
		j := n.last + 1
		if j >= len(toks) {
			break
		}
		if breakdown {
			// A breakdown's item may trail words of its own before the
			// next: "including 183 fighters from Hayat Tahrir al-Sham and
			// allied groups, 100 members of the army and its allies and
			// 28 civilians".
			for m := j; m < len(toks) && m < j+10; m++ {
				t := toks[m]
				if numberish(t) {
					if m > j && (toks[m-1].w == "," || toks[m-1].w == "and") {
						j = m - 1
						if toks[j].w == "and" && toks[j-1].w == "," {
							j--
						}
					}
					break
				}
				if !t.word && t.w != "," && t.w != "-" || t.cls&(clsVerb|clsReport) != 0 {
					break
				}
			}
		} else if chain[0].head >= 0 && (toks[j].w == "in" || toks[j].w == "at" || toks[j].w == "near") {
			// Items of one noun, each with where it was: "up to 1,415
			// servicemen in the area of the Battlegroup North, over 1,990
			// servicemen in the area of the Battlegroup West".
			for m := j + 1; m < len(toks) && m < j+12; m++ {
				t := toks[m]
				if numberish(t) {
					// (The next item may open with its qualifier: "over
					// 1,990 servicemen".)
					if nx, ok := parseNP(toks, m); ok && nx.head >= 0 && nx.first > j && toks[nx.head].w == toks[chain[0].head].w &&
						(toks[nx.first-1].w == "," || toks[nx.first-1].w == "and") {
						j = nx.first - 1
						if toks[j].w == "and" && toks[j-1].w == "," {
							j--
						}
					}
					break
				}
				if !t.word && t.w != "," && t.w != "-" || t.cls&(clsVerb|clsReport) != 0 {
					break
				}
			}
		}
		if e := andSameKind(toks, j, n); e > 0 {
			// "nine police and auxiliary officers, eight civilians": one
			// group told by two names of the same kind, the list going on
			// after the second (the group keeps the side of the first).
			j = e + 1
			if j >= len(toks) {
				break
			}
			if toks[j].w != "," {
				// "up to 85 servicemen and foreign instructors were
				// eliminated": the group ends at its second name, before
				// its verb.
				n.sideTo = n.last
				n.last = e
				chain[len(chain)-1].last, chain[len(chain)-1].sideTo = e, n.sideTo
			}
		}
		if len(chain) == 1 && !breakdown && chain[0].head >= 0 {
			// "259 people on board, 243 passengers and 16 crew, were
			// killed": where the people were, before the breakdown.
			if toks[j].w == "aboard" && j+1 < len(toks) {
				j++
			} else if toks[j].w == "on" && j+2 < len(toks) && toks[j+1].w == "board" {
				j += 2
			}
		}
		if toks[j].w == "aged" && j+2 < len(toks) && numberish(toks[j+1]) && (toks[j+2].w == "and" || toks[j+2].w == ",") && !breakdown {
			// "A boy aged 11 and his sister": his age, and the list goes
			// on.
			j += 2
		}
		if j+1 < len(toks) && toks[j].w == "," && ageAside(toks, j+1) {
			// "A farmer, 62, and his son": his age, and the list goes on.
			j += 2
			if toks[j].w == "," && j+1 < len(toks) && toks[j+1].w == "and" {
				j++
			}
		}
		if c := partOfThemAside(toks, j); c > 0 && !breakdown {
			// "killing 16 civilians, eight of them children, and two
			// soldiers": the list goes on past a part of its item.
			j = c
		}
		k := j
		comma := toks[k].w == ","
		if comma {
			k++
		}
		switch {
		case comma && len(chain) == 1 && chain[0].head >= 0 && !chain[0].count.vague && k < len(toks) && numberish(toks[k]) &&
			(countsAddUp(toks, k, chain[0].count.value, false) || chain[0].first > 0 && activeVerbs[toks[chain[0].first-1].w] != "" && objectPartsAddUp(toks, k, chain[0].count.value)):
			// "All 259 people on board, 243 passengers and 16 crew, were
			// killed": the parts of the count between commas.
			breakdown = true
		case k+2 < len(toks) && toks[k].w == "as" && toks[k+1].w == "well" && toks[k+2].w == "as",
			k+2 < len(toks) && toks[k].w == "in" && toks[k+1].w == "addition" && toks[k+2].w == "to":
			// ("killed 33 people in addition to 12 suicide bombers".)
			k += 3
		case k+2 < len(toks) && (toks[k].w == "along" || toks[k].w == "together") && toks[k+1].w == "with" && kinWords[toks[k+2].w]:
			// "killed a local commander along with his wife and four
			// children": one list, of his kin.
			k += 2
		case k < len(toks) && (toks[k].w == "and" || toks[k].w == "plus"):
			k++
		case k < len(toks) && (toks[k].w == "including" || toks[k].w == "includes"):
			breakdown = true
			k++
		case k < len(toks) && toks[k].w == ":" && len(chain) == 1 && chain[0].head < 0:
			// "put the toll at 11: eight Iranian officers, two Syrian
			// civilians and a Hezbollah fighter".
			breakdown = true
			k++
		case k+1 < len(toks) && toks[k].w == "among" && (toks[k+1].w == "them" || toks[k+1].w == "whom"):
			breakdown = true
			k += 2
		case !comma && len(chain) == 1 && chain[0].head >= 0 && dashAt(toks, k) && closingDash(toks, k) > 0:
			// "five people - a woman and four children - had died": a
			// breakdown between dashes.
			breakdown = true
			k++
		case comma:
		default:
			k = -1
		}
		if k < 0 || k >= len(toks) {
			break
		}
		if comma && n.count.value == 2 && !n.count.vague && pairAside(toks, j) > 0 {
			// "two Pakistani civilians, a father and son, were killed":
			// the pair the count tells, not two more.
			break
		}
		var next nounPhrase
		found := false
		if k+1 < len(toks) && kinWords[toks[k].w] && (toks[k-1].w == "and" || toks[k-1].w == "with" && k > 1 && (toks[k-2].w == "along" || toks[k-2].w == "together") ||
			comma && !breakdown && !n.count.vague && (n.count.value == 1 && ownedListGoesOn(toks, k, kinHeads) || toks[k].w == "their" && ownedListGoesOn(toks, k, civilianHeads))) {
			if numberish(toks[k+1]) {
				if m, ok := parseNP(toks, k+1); ok && m.head >= 0 && m.first == k+1 {
					next, found = m, true
				}
			} else if m, ok := kinNP(toks, k); ok {
				next, found = m, true
			}
			if !found {
				break
			}
			next.kin = true
			next.breakdown = breakdown
			chain = append(chain, next)
			n = next
			continue
		}
		for p := k; p < len(toks) && p <= k+3; p++ {
			if breakdown && p == k && toks[p].w == "the" && p+1 < len(toks) && numberish(toks[p+1]) {
				// "the toll rose to 13, including the six bombers".
				if m, ok := parseNP(toks, p+1); ok && m.first == p+1 && m.head >= 0 {
					m.first = p
					next, found = m, true
				}
				break
			}
			if numberish(toks[p]) || toks[p].w == "a" || toks[p].w == "an" {
				if m, ok := parseNP(toks, p); ok && m.first == k && m.head >= 0 {
					next, found = m, true
				}
				break
			}
			if (breakdown || toks[k-1].w == "and") && p == k && (toks[p].w == "the" || possessive[toks[p].w]) {
				// "17 soldiers, including the base commander", "four
				// children and the bus driver": one.
				next, found = theOne(toks, p)
				break
			}
		}
		if !found {
			break
		}
		if speakerAt(toks, next.last+1) {
			// "…, including a commander, an officer said", "wounding 28,
			// a doctor at the town's hospital said": the speaker, not one
			// more of the dead.
			break
		}
		if (chain[0].head < 0 || next.first >= 2 && toks[next.first-1].w == "and" && toks[next.first-2].w == "," && objectOfOtherVerb(toks, chain[0].first)) &&
			!breakdown && ownPassive(toks, next.last+1) {
			// (Nor "freeing 4,000 inmates, and 12 people were killed":
			// the freed are no more of the dead.)
			// "the death toll had climbed to 55, and 328 people had been
			// wounded": a clause of its own, not a second item of the
			// toll.
			break
		}
		if n.kin && n.first > 0 && toks[n.first-1].w == "," && next.head >= 0 && kinHeads[toks[next.head].w] {
			// "A man, his wife and three children": the family goes on
			// (not "a commander along with his wife and four children",
			// his kin and their children told apart).
			next.kin = true
		}
		next.breakdown = breakdown
		chain = append(chain, next)
		n = next
	}
	return chain
}

// partOfThemAside returns the index of the comma that closes a part of
// an item, or who its people were, set between commas before "and" and
// the list's next item (", eight of them children, and two soldiers", ",
// both former local politicians from the canton of Valais, and an
// American missionary"), or -1.
func partOfThemAside(toks []token, k int) int {
	from := k + 4
	if k+4 < len(toks) && toks[k].w == "," && (toks[k+1].w == "both" || toks[k+1].w == "all") && toks[k+2].w != "of" && !numberish(toks[k+2]) {
		// "Two Swiss nationals, both former local politicians from the
		// canton of Valais, and an American missionary": who the group
		// were, set between commas.
		from = k + 2
	} else if k+4 >= len(toks) || toks[k].w != "," || !numberish(toks[k+1]) || toks[k+2].w != "of" || toks[k+3].w != "them" {
		return -1
	}
	for m := from; m+2 < len(toks) && m <= from+10; m++ {
		t := toks[m]
		if t.w == "," {
			if toks[m+1].w == "and" && (numberish(toks[m+2]) || toks[m+2].w == "a" || toks[m+2].w == "an") {
				return m
			}
			return -1
		}
		if !t.word || t.cls&(clsVerb|clsReport) != 0 {
			return -1
		}
	}
	return -1
}

// speakerPlaces are the prepositions of a speaker's post: "a doctor at
// the hospital said", "an official in the province told".
var speakerPlaces = wordSet("at in of from with for")

// speakerAt reports whether a noun phrase ending before toks[k] is the
// subject of a report verb: the verb follows at once or after a short
// phrase of the speaker's post that holds no number and no comma.
func speakerAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if toks[k].reportVerb() {
		return true
	}
	if t := toks[k]; k+1 < len(toks) && t.word && !numberish(t) && t.cls&clsVerb == 0 && toks[k+1].reportVerb() {
		// "…, a local activist group said": the noun before is a
		// modifier of the speaker's.
		return true
	}
	if e := postNameEnd(toks, k); e > 0 && toks[k+1].w != "and" && e+1 < len(toks) && toks[e+1].reportVerb() {
		// "…, a military officer, Captain Ahmed Nur, told AFP": the
		// speaker's post and name.
		return true
	}
	if !speakerPlaces[toks[k].w] {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+6; m++ {
		t := toks[m]
		if t.reportVerb() {
			return true
		}
		if !t.word || numberish(t) || t.cls&clsVerb != 0 {
			return false
		}
	}
	return false
}

// plainCivilians are civilians' nouns that no force's men are called by
// (not "sailors" or "crew"), which "and" joins to soldiers or police in one
// count: "Fifty-two hostages and police were killed".
var plainCivilians = wordSet("civilians people residents villagers hostages passengers worshippers worshipers " +
	"pilgrims students pupils workers women children shoppers bystanders protesters demonstrators")

// oneRoles are the posts that one person holds in a group, so that "the
// commander" of a breakdown counts one.
var oneRoles = wordSet("commander general colonel captain lieutenant sergeant chief mayor governor " +
	"driver pilot imam priest pastor headman deputy minister leader")

// postNameEnd returns the index of the comma that closes a name set
// after a post between commas from the comma at toks[k] ("the minister,
// Khalil Haqqani, and five others"): one to four capitalised words; or -1.
func postNameEnd(toks []token, k int) int {
	if k >= len(toks) || toks[k].w != "," {
		return -1
	}
	m := k + 1
	for m < len(toks) && m <= k+4 && toks[m].cap && toks[m].word && !toks[m].reportVerb() {
		m++
	}
	if m == k+1 || m >= len(toks) || toks[m].w != "," {
		return -1
	}
	return m
}

// theOne reads a breakdown's item that names one person by the post he
// holds ("the base commander", "their commander") from toks[p].
func theOne(toks []token, p int) (nounPhrase, bool) {
	for m := p + 1; m < len(toks) && m <= p+3; m++ {
		if oneRoles[toks[m].w] {
			if m+1 < len(toks) && (toks[m+1].victimHead() || toks[m+1].w == "of" || toks[m+1].w == "'s" || isModifier(toks[m+1]) && !toks[m+1].reportVerb()) {
				// "the commander of the unit" is his group's; "the
				// general's driver" another person.
				if toks[m+1].w != "of" {
					return nounPhrase{}, false
				}
			}
			return nounPhrase{first: p, num: p, last: m, head: m, count: countHit{value: 1, next: p + 1}, qual: QualExact, partOf: -1}, true
		}
		if !isModifier(toks[m]) || toks[m].victimHead() && !(m+1 < len(toks) && oneRoles[toks[m+1].w]) {
			// (A force's word before the post is its modifier: "the
			// police chief", "the rebel commander".)
			return nounPhrase{}, false
		}
	}
	return nounPhrase{}, false
}

// thePostHolder reads one victim named by his post right after an active
// verb ("killing the mayor and 15 other people", "killed the district
// governor") from the "the" at toks[i].
func thePostHolder(toks []token, s string, i int, host string) (casualtyHit, int, bool) {
	if i == 0 {
		return casualtyHit{}, 0, false
	}
	outcome, verb := activeVerbs[toks[i-1].w], i-1
	if outcome == "" && toks[i-1].w == "was" {
		// "Among those killed was the mayor of Sanaa".
		outcome, verb = amongWas(toks, i-1)
	}
	if outcome == "" {
		return casualtyHit{}, 0, false
	}
	n, ok := theOne(toks, i)
	if !ok {
		return casualtyHit{}, 0, false
	}
	if k := n.last + 1; k+2 < len(toks) && toks[k].w == "of" && toks[k+1].cap && toks[k+1].word {
		// "the mayor of Sanaa, Abdulqader Hilal": the post of a place.
		m := k + 1
		for m+1 < len(toks) && m < k+3 && toks[m+1].cap && toks[m+1].word {
			m++
		}
		if m+1 < len(toks) && (toks[m+1].w == "," || toks[m+1].w == ".") {
			n.last = m
		}
	}
	if c := postNameEnd(toks, n.last+1); c > 0 {
		// "killed the Taliban's acting minister, Khalil Haqqani, and
		// five other people": the post holder named.
		n.last = c - 1
	}
	if k := n.last + 1; k < len(toks) && toks[k].w != "and" && toks[k].w != "," && toks[k].w != "." && toks[k].w != "in" && toks[k].w != "on" {
		return casualtyHit{}, 0, false
	}
	v := 1
	h := casualtyHit{start: toks[verb].s, end: toks[n.last].e, outcome: outcome, value: &v, qual: QualExact,
		victims: s[toks[i].s:toks[n.last].e], side: sideOf(groupWords(toks, i, n.last, nil), host), scope: ScopeIncident}
	if k := n.last + 2; k < len(toks) && toks[k-1].w == "and" && (toks[k].w == "a" || toks[k].w == "an" || personPossessive[toks[k].w]) {
		// "killing the driver and a paramedic": one figure of two
		// civilians.
		if k+1 < len(toks) && singularHeads[toks[k+1].w] && h.side == SideCivilians &&
			sideOf(groupWords(toks, k+1, k+1, nil), host) == SideCivilians && (k+2 >= len(toks) || !toks[k+2].word || toks[k+2].w == "in" || toks[k+2].w == "on") {
			v = 2
			h.end, h.victims = toks[k+1].e, s[toks[i].s:toks[k+1].e]
			return h, k + 1, true
		}
		return casualtyHit{}, 0, false
	}
	return h, n.last, true
}

// amongCopula reports whether w joins "among the dead" to the victims it
// lists: "were", "was", and the present of a report still being told,
// "are", "is" ("Among the dead are 57 police officers").
func amongCopula(w string) bool {
	return w == "were" || w == "was" || w == "are" || w == "is"
}

// amongWas reads "among the dead was", "among those killed was" ending at
// the "was" at toks[k]: the outcome and the index of "among", or "".
func amongWas(toks []token, k int) (string, int) {
	if k < 3 || toks[k-3].w != "among" || toks[k-2].w != "the" && toks[k-2].w != "those" {
		return "", -1
	}
	switch toks[k-1].w {
	case "dead", "killed", "victims":
		return OutcomeKilled, k - 3
	case "wounded", "injured":
		return OutcomeWounded, k - 3
	}
	return "", -1
}

// postHolderBefore returns the active verb before "the <post> and" that
// ends at the "and" at toks[k] ("killing the mayor and at least 15 other
// people"), or -1.
func postHolderBefore(toks []token, k int) int {
	end := k // the token after the post
	if k >= 2 && toks[k-1].w == "," {
		// "killing the minister, Khalil Haqqani, and five others".
		for e := k - 3; e >= 1 && e >= k-6; e-- {
			if toks[e].w == "," {
				if postNameEnd(toks, e) == k-1 {
					end = e
				}
				break
			}
		}
	}
	for m := end - 1; m >= 1 && m >= end-4; m-- {
		if toks[m].w == "the" {
			if activeVerbs[toks[m-1].w] == "" || k+1 < len(toks) && !numberish(toks[k+1]) && toks[k+1].w != "at" && toks[k+1].w != "more" {
				// Not "the driver and a paramedic", which is one figure.
				return -1
			}
			if n, ok := theOne(toks, m); ok && n.last == end-1 {
				return m - 1
			}
			if a := end - 1; attackerNoun(toks[a].w) && (a == m+1 || a == m+2 && isModifier(toks[m+1])) {
				// "killed the bomber and seven civilians".
				return m - 1
			}
			return -1
		}
	}
	return -1
}

// attackerNoun reports whether w names one attacker that theAttacker
// reads: "bomber", "gunman", "militant".
func attackerNoun(w string) bool {
	return singularHeads[w] && rebelHeads[w+"s"] || w == "gunman"
}

// personKilledBefore returns the index of the verb of killing before a person
// named, with a description between commas or none, and "and" at
// toks[k], when the count at toks[first] is of others ("killed Raul
// Reyes, the FARC's second-in-command, and at least 16 other rebels"),
// or -1.
func personKilledBefore(toks []token, k, first int) int {
	// Without "other", only after a post told before the name:
	// "killed rebel leader Velupillai Prabhakaran and 18 bodyguards".
	other := false
	for m := first + 1; m < len(toks) && m <= first+4 && !other; m++ {
		other = toks[m].w == "other" || toks[m].w == "others"
	}
	end := k - 1
	if !other && (end < 0 || toks[end].w == ",") {
		return -1
	}
	if end >= 0 && toks[end].w == "," {
		// The description between commas.
		p := end - 1
		for p >= 0 && end-p <= 14 && toks[p].w != "," {
			if !toks[p].word && !possessiveMark(toks, p) && toks[p].w != "-" || toks[p].num {
				return -1
			}
			p--
		}
		if p < 0 || toks[p].w != "," {
			return -1
		}
		end = p - 1
	}
	m := end
	for m >= 0 && end-m < 7 && toks[m].word && (toks[m].cap || nameConnectors[toks[m].w] || particleName(toks[m].orig)) {
		m--
	}
	if m == end || m < 0 || !toks[m+1].cap {
		return -1
	}
	if activeVerbs[toks[m].w] != OutcomeKilled {
		// A title before the name: "killing opposition presidential
		// candidate Gamini Dissanayake and at least 53 other people".
		if !oneRoles[toks[m].w] && !personTitles[toks[m].w] && !victimPosts[toks[m].w] {
			return -1
		}
		t := m - 1
		for t >= 0 && m-t < 4 && toks[t].word && (!toks[t].cap && isModifier(toks[t]) || toks[t].cap && t > 0 && !toks[t-1].cap) && (!toks[t].victimHead() || t == m-1) {
			// ("killed Hamas commander Mohammed Deif and 12 other
			// people", "rebel leader": the group of the post.)
			t--
		}
		if t < 0 || activeVerbs[toks[t].w] != OutcomeKilled {
			return -1
		}
		return t
	}
	if !other {
		// (Named with no post: "killed Ahmed and 12 soldiers" may be
		// a list of whom the name is one.)
		return -1
	}
	return m
}

// victimPosts name a post before a person's name ("presidential candidate
// Gamini Dissanayake", "local journalist …") beside oneRoles and
// personTitles.
var victimPosts = wordSet("candidate lawmaker councillor councilor editor commissioner judge cleric sheikh journalist activist")

// particleName reports whether w is a name with a lower-case particle
// joined to it ("al-Hakim", "el-Sisi").
func particleName(w string) bool {
	for _, p := range [...]string{"al-", "el-", "ad-", "ash-", "bin-", "ibn-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// dashAt reports whether toks[k] is a dash set between words.
func dashAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].w {
	case "-", "—", "–", "--":
		return true
	}
	return false
}

// dashOpened reports whether a dash opens an aside between toks[first]
// and the dash at toks[end].
func dashOpened(toks []token, first, end int) bool {
	for m := first + 1; m < end; m++ {
		if dashAt(toks, m) {
			return true
		}
	}
	return false
}

// closingDash returns the index of the dash that closes the aside opened
// by the dash at toks[k] when a verb follows it ("- a woman and four
// children - had died"), or -1.
func closingDash(toks []token, k int) int {
	for m := k + 1; m < len(toks) && m <= k+14; m++ {
		if dashAt(toks, m) {
			if m+1 < len(toks) && (auxWords[toks[m+1].w] || passiveVerbs[toks[m+1].w] != "" || deathEuphemism(toks, m+1) > 0) {
				// (Or "- paid the supreme price".)
				return m
			}
			return -1
		}
		if !toks[m].word && toks[m].w != "," || toks[m].cls&(clsVerb|clsReport) != 0 {
			return -1
		}
	}
	return -1
}

// captiveNouns after "took … " make the group captives ("took 20 soldiers
// prisoner").
var captiveNouns = wordSet("prisoner prisoners captive captives hostage hostages")

// objectOfOtherVerb reports whether the group at toks[first] is the
// object of a verb of no harm right before it: "freeing 4,000 inmates",
// "released 20 prisoners".
func objectOfOtherVerb(toks []token, first int) bool {
	if first < 1 {
		return false
	}
	t := toks[first-1]
	if !t.word || t.cap || t.w == "including" || activeVerbs[t.w] != "" || passiveVerbs[t.w] != "" || auxWords[t.w] {
		return false
	}
	return len(t.w) > 4 && (strings.HasSuffix(t.w, "ing") || strings.HasSuffix(t.w, "ed"))
}

// ownPassive reports whether toks[k] opens a passive verb phrase with an
// auxiliary ("had been wounded", "were injured").
func ownPassive(toks []token, k int) bool {
	aux := 0
	for k < len(toks) && auxWords[toks[k].w] && aux < 3 {
		k++
		aux++
	}
	return aux > 0 && k < len(toks) && passiveVerbs[toks[k].w] != ""
}

// pluralVictim reports whether t is a victims' noun in the plural by its
// -s ("civilians", "residents").
func pluralVictim(t token) bool {
	return t.victimHead() && strings.HasSuffix(t.w, "s")
}

// kinWords join a group to the one before as its kin or companions.
var kinWords = wordSet("his her their")

// pairAside returns the index of the comma that closes a pair of people
// set between commas from the one at toks[k], after a count of two ("two
// civilians, a father and son who had come to apply for visas, were
// killed"), when a verb follows it; or -1.
func pairAside(toks []token, k int) int {
	if k+5 >= len(toks) || toks[k].w != "," || toks[k+1].w != "a" && toks[k+1].w != "an" {
		return -1
	}
	// one is a singular person's noun after up to two modifiers; it
	// returns the index after it, or -1.
	one := func(m int) int {
		for c := 0; m < len(toks) && c < 3; m, c = m+1, c+1 {
			if singularHeads[toks[m].w] && toks[m].victimHead() {
				return m + 1
			}
			if !isModifier(toks[m]) {
				return -1
			}
		}
		return -1
	}
	m := one(k + 2)
	if m < 0 || m+1 >= len(toks) || toks[m].w != "and" {
		return -1
	}
	m++
	if toks[m].w == "a" || toks[m].w == "an" || kinWords[toks[m].w] {
		m++
	}
	if m = one(m); m < 0 || m >= len(toks) {
		return -1
	}
	if toks[m].w == "who" {
		// Their relative clause, up to the comma.
		for m++; m < len(toks) && m <= k+30 && toks[m].w != ","; m++ {
			if !toks[m].word && !toks[m].isQuote() || numberish(toks[m]) {
				return -1
			}
		}
	}
	if m+1 >= len(toks) || toks[m].w != "," || !auxWords[toks[m+1].w] && passiveVerbs[toks[m+1].w] == "" {
		return -1
	}
	return m
}

// tollBeforeComma reports whether the words before the comma at toks[m]
// name a toll: "The toll,", "The toll from the Sadriya bombing,".
func tollBeforeComma(toks []token, m int) bool {
	return tollBack(toks, m-1, m-7) >= 0
}

// tollBack returns the index of "toll" among the words from toks[from]
// back to toks[lowest], before any punctuation, or -1.
func tollBack(toks []token, from, lowest int) int {
	for m := from; m >= 0 && m >= lowest; m-- {
		if toks[m].w == "toll" {
			return m
		}
		if !toks[m].word {
			return -1
		}
	}
	return -1
}

// putAtVerbs put a toll "at" its figure: "initially put at 82", "given at".
var putAtVerbs = wordSet("put estimated given set reported")

// earlierTollAside returns the index of the comma that opens an earlier
// toll set between commas, the comma at toks[m] closing it, after a toll:
// "The toll, initially put at 82, rose to 140", "The death toll, which
// officials earlier put at 82, rose"; else -1.
func earlierTollAside(toks []token, m int) int {
	if toks[m].w != "," || m < 4 || !numberish(toks[m-1]) || toks[m-2].w != "at" {
		return -1
	}
	if !putAtVerbs[toks[m-3].w] {
		return -1
	}
	for o := m - 4; o > 0 && o >= m-10; o-- {
		if toks[o].w == "," {
			if tollBeforeComma(toks, o) {
				return o
			}
			return -1
		}
		if !toks[o].word {
			return -1
		}
	}
	return -1
}

// ageAside reports whether the number at toks[i] is an age set between
// commas after a person ("A policeman, 45, was shot dead", "Two soldiers,
// both 19,", "A farmer, 62, and his son").
func ageAside(toks []token, i int) bool {
	t := toks[i]
	if !t.num || len(t.w) > 3 || i+1 >= len(toks) || toks[i+1].w != "," && toks[i+1].w != "and" {
		return false
	}
	if len(t.w) == 3 && t.w > "110" {
		return false
	}
	k := i - 1
	if k > 0 && (toks[k].w == "both" || toks[k].w == "all" || toks[k].w == "aged") {
		k--
	}
	return k > 0 && toks[k].w == "," && toks[k-1].word && !toks[k-1].num &&
		(toks[k-1].victimHead() || toks[k-1].cap)
}

// ownedListGoesOn reports whether the one person at toks[k] owned by the
// group before, after a comma, is of heads and an item of a list that goes
// on with "and": the kin of one ("a teacher, his wife and their two
// children"), or one civilian of several ("six priests, their housekeeper
// and her daughter"); not "killed a teacher, his wife said".
func ownedListGoesOn(toks []token, k int, heads map[string]bool) bool {
	m, ok := kinNP(toks, k)
	return ok && heads[toks[m.head].w] && m.last+2 < len(toks) && toks[m.last+1].w == "and"
}

// kinNP reads a singular group after "his", "her" or "their" at toks[k]
// ("her teenage son", "their civilian driver"): a count of one.
func kinNP(toks []token, k int) (nounPhrase, bool) {
	for m := k + 1; m < len(toks) && m <= k+3; m++ {
		if singularHeads[toks[m].w] && toks[m].victimHead() {
			if n := m + 1; n < len(toks) && n <= k+3 && singularHeads[toks[n].w] && toks[n].victimHead() {
				continue // "their civilian driver": the last of two nouns is the head
			}
			return nounPhrase{first: k, num: k, last: m, head: m, count: countHit{value: 1, article: true, next: k + 1}, qual: QualExact, partOf: -1}, true
		}
		if !isModifier(toks[m]) {
			break
		}
	}
	return nounPhrase{}, false
}

// articleList reports whether chain is a list of people each counted by
// an article, its last joined by "and" and the others by commas: "a
// French photographer and a British reporter", "a man, a woman and a
// child".
func articleList(toks []token, chain []nounPhrase) bool {
	if len(chain) < 2 || len(chain) > 6 {
		return false
	}
	for k, n := range chain {
		if !n.count.article {
			return false
		}
		if k == 0 {
			continue
		}
		var and, other bool
		for m := chain[k-1].last + 1; m < n.first; m++ {
			switch toks[m].w {
			case "and":
				and = true
			case ",":
			default:
				other = true
			}
		}
		if other || and != (k == len(chain)-1) {
			return false
		}
	}
	return true
}

// appositivePair reports whether the group b is set beside a between
// commas, with no "and" joining them: "A man, a 17-year-old, died" is one
// man, not two people.
func appositivePair(toks []token, a, b nounPhrase) bool {
	if b.first < 1 || toks[b.first-1].w != "," || b.last+1 >= len(toks) || toks[b.last+1].w != "," {
		return false
	}
	for m := a.last + 1; m < b.first; m++ {
		if toks[m].w == "and" || toks[m].w == "or" {
			return false
		}
	}
	return true
}

// groupBefore finds the counted group that ends right before the elliptical
// count at toks[first], joined to it by "and" or a comma, after the last
// figure of the sentence so far ("12 paratroopers were rescued alive and 31
// were missing"): a group told in a clause that is no figure.
func groupBefore(toks []token, s string, first int, out []casualtyHit) (nounPhrase, bool) {
	if first < 2 || toks[first-1].w != "and" && toks[first-1].w != "," {
		return nounPhrase{}, false
	}
	from := 0
	if len(out) > 0 {
		from = len(toks)
		for m, t := range toks {
			if t.s >= out[len(out)-1].end {
				from = m
				break
			}
		}
	}
	for m := first - 2; m >= from && m >= first-14; m-- {
		t := toks[m]
		if t.w == ";" || t.w == "." || t.reportVerb() {
			break
		}
		if !t.num && !wholeCount(toks, m) {
			continue
		}
		g, ok := parseNP(toks, m)
		if !ok || g.head < 0 || g.last >= first {
			return nounPhrase{}, false
		}
		k := g.last + 1
		if r := actorRelativeEnd(toks, k, g.last); r > 0 {
			// "Four workers who escaped were found alive".
			k = r
		}
		if k < len(toks) && !beVerbs[toks[k].w] {
			// The group is the subject of a verb of its own: "12
			// paratroopers were rescued alive".
			return nounPhrase{}, false
		}
		return g, true
	}
	return nounPhrase{}, false
}

// alongWith returns the index of "along" ("in", "as") when the group at
// toks[first] follows "along with" ("in addition to", "as well as") right
// after the figure prev ("were killed, along with four civilians"), or -1.
func alongWith(toks []token, first int, prev casualtyHit) int {
	k := first - 2
	if k >= 2 && (toks[k].w == "addition" && toks[k+1].w == "to" && toks[k-1].w == "in" || toks[k].w == "well" && toks[k+1].w == "as" && toks[k-1].w == "as") {
		// "Ten U.S. troops have been killed, in addition to two Iraqi
		// soldiers", "…, as well as two Iraqi soldiers".
		k--
	} else if k < 1 || toks[k].w != "along" || toks[k+1].w != "with" {
		return -1
	}
	if toks[k-1].w == "," {
		k--
	}
	if k < 1 || toks[k-1].e != prev.end && !(k >= 2 && toks[k-2].e == prev.end && auxWords[toks[k-1].w]) {
		return -1
	}
	if toks[k].w == "," {
		k++
	}
	return k
}

// alongWithOne returns the outcome and verb of a passive verb without a
// figure before it ("was killed", "was shot dead") that the group at
// toks[first], after "along with" or "together with", shares: "the
// commander was killed in the ambush along with three of his bodyguards".
// It returns "" and -1 when there is none, or when a figure of out comes
// between them (alongWith reads those).
func alongWithOne(toks []token, first int, out []casualtyHit) (string, int) {
	k := first - 2
	if k < 1 || toks[k+1].w != "with" || toks[k].w != "along" && toks[k].w != "together" {
		return "", -1
	}
	for m := k - 1; m >= 1 && m >= k-16; m-- {
		w := toks[m].w
		if w == ";" || w == ":" || w == "said" || w == "says" || w == "and" || w == "but" {
			return "", -1
		}
		if len(out) > 0 && out[len(out)-1].end > toks[m].s {
			return "", -1
		}
		o := passiveVerbs[w]
		if o == "" || o == OutcomeMissing {
			continue
		}
		if w == "dead" && toks[m-1].w != "shot" {
			continue // "dead" alone is no verb here; "shot dead" is
		}
		v := m
		if toks[m-1].w == "shot" || toks[m-1].w == "fatally" {
			v = m - 1
		}
		if v >= 1 && (toks[v-1].w == "was" || toks[v-1].w == "were" || toks[v-1].w == "been" || toks[v-1].w == "reportedly") || o == OutcomeKilled && w == "died" {
			return o, v
		}
		return "", -1
	}
	return "", -1
}

// oneBodyFound reports whether the count of one at toks[i] counts a body
// found, its noun at toks[j]: "A body was found", "found a body in the
// river" (not "a UN body said", "a body of water").
func oneBodyFound(toks []token, i, j int) bool {
	if j >= len(toks) || toks[j].w != "body" || j+1 < len(toks) && toks[j+1].w == "of" || toks[i].w == "another" {
		// ("before another body was found": one more of a toll told.)
		return false
	}
	return bodyVerbAfter(toks, j+1) > 0 || i > 0 && bodyVerbs[toks[i-1].w] && toks[i-1].w != "left" && toks[i-1].w != "hanging" && toks[i-1].w != "lying"
}

// possessedBodies returns the indexes of the victims' noun from toks[j]
// (past at most two modifiers) whose body or bodies were found, told by
// a possessive ("soldier's body was found", "soldiers' bodies were
// recovered"), and of the verb; or -1, -1.
func possessedBodies(toks []token, j int) (int, int) {
	for g := j; g < len(toks) && g <= j+2; g++ {
		k := g + 1
		if w := strings.TrimSuffix(strings.TrimSuffix(toks[g].w, "'s"), "’s"); w != toks[g].w && isVictimHead(w) {
			k = g // "soldier's" as one token
		} else if !toks[g].victimHead() {
			if !isModifier(toks[g]) {
				return -1, -1
			}
			continue
		} else if k >= len(toks) || toks[k].w != "'s" && toks[k].w != "’s" && toks[k].w != "'" && toks[k].w != "’" {
			return -1, -1
		}
		if k+1 >= len(toks) {
			return -1, -1
		}
		if b := toks[k+1].w; b != "body" && b != "bodies" && b != "remains" && b != "corpse" && b != "corpses" {
			return -1, -1
		}
		if v := bodyVerbAfter(toks, k+2); v > 0 {
			return g, v
		}
		return -1, -1
	}
	return -1, -1
}

// bodyVerbs tell where bodies were found.
var bodyVerbs = wordSet("found discovered dumped recovered pulled hanging lying buried exhumed left retrieved")

// bodyVerbAfter returns the index of a verb of bodies found after the
// auxiliaries from toks[k] ("were found", "had been dumped"), or -1.
func bodyVerbAfter(toks []token, k int) int {
	be := false
	for m := k; m < len(toks) && m < k+4; m++ {
		switch toks[m].w {
		case "were", "was", "had", "have", "has", "been", "are", "also", "later":
			be = be || toks[m].w != "also" && toks[m].w != "later"
			continue
		}
		if be && bodyVerbs[toks[m].w] {
			return m
		}
		return -1
	}
	return -1
}

// demonymNoun reports whether toks[j] is a nation's name for one of its
// people standing as a noun ("a Canadian was killed"), or a believer named
// by the faith ("one Muslim was killed"): capitalised, a nation's
// adjective or one of faithSingulars, and followed by a verb's auxiliary
// or the end of a clause rather than by a noun it describes.
func demonymNoun(toks []token, j int) bool {
	t := toks[j]
	if !t.cap || !t.word || nationAdjectives[t.w] == "" && !faithSingulars[t.w] || namedGroups[t.w] != "" || strings.HasSuffix(t.w, "s") {
		return false
	}
	if j+1 >= len(toks) {
		return true
	}
	nx := toks[j+1]
	// "a Canadian and a Briton were killed": the last of two.
	if (nx.w == "in" || nx.w == "near") && j+2 < len(toks) && toks[j+2].cap {
		// "killed three Spanish tourists and an Afghan in Bamiyan".
		return true
	}
	return nx.w == "was" || nx.w == "is" || nx.w == "had" || nx.w == "has" || nx.w == "and" || nx.w == "were" || nx.w == "are" || nx.w == "have" ||
		nx.w == "who" || !nx.word && nx.w != "-" // "a Palestinian who opened fire … was shot dead"
}

// eseDemonym reports whether toks[j] is a nation's name for its people
// that is also its adjective ("Japanese", "Lebanese") standing as a noun:
// a verb, "and" or punctuation follows, not a noun it describes ("24
// Chinese shot dead", not "156 Congolese Tutsi refugees").
func eseDemonym(toks []token, j int) bool {
	t := toks[j]
	if !t.cap || !strings.HasSuffix(t.w, "ese") || nationAdjectives[t.w] == "" {
		return false
	}
	if j+1 >= len(toks) || !toks[j+1].word {
		return j+1 >= len(toks) || toks[j+1].w != "-"
	}
	nx := toks[j+1]
	return auxWords[nx.w] && nx.w != "to" || nx.w == "and" || passiveVerbs[nx.w] != "" || nx.w == "died"
}

// captiveStates describe victims who were captives when killed.
var captiveStates = wordSet("captured abducted kidnapped detained")

// captivesKilled reports whether the victims' noun from toks[k], after at
// most two modifiers, is followed by a verb of their death ("kidnapped
// Colombian lawmakers killed", "abducted workers were found dead").
func captivesKilled(toks []token, k int) bool {
	for m := k; m < len(toks) && m <= k+2; m++ {
		if toks[m].victimHead() {
			if m+1 >= len(toks) {
				return false
			}
			v := m + 1
			for v < len(toks) && v <= m+3 && auxWords[toks[v].w] {
				v++
			}
			return v < len(toks) && (passiveVerbs[toks[v].w] == OutcomeKilled || toks[v].w == "died" || toks[v].w == "found" && v+1 < len(toks) && toks[v+1].w == "dead")
		}
		if !isModifier(toks[m]) {
			return false
		}
	}
	return false
}

// fromTo reports whether the count at toks[first] is followed by "to" and
// a second count ("from 20 to 35").
func fromTo(toks []token, first int) bool {
	c, ok := parseCount(toks, first)
	if !ok || c.next+1 >= len(toks) || toks[c.next].w != "to" {
		return false
	}
	_, ok = parseCount(toks, c.next+1)
	return ok
}

// livesVerbs take lives: "claimed 300 lives", "cost 12 lives".
var livesVerbs = wordSet("claimed claiming claim claims cost costing costs took taking taken")

// livesAfter reports whether the group at toks[first] is a count of lives
// ("more than 2,000 lives").
func livesAfter(toks []token, first int) bool {
	for m := first; m < len(toks) && m <= first+4; m++ {
		if toks[m].w == "lives" {
			return m > first && numberish(toks[m-1])
		}
	}
	return false
}

// activeBefore finds a verb taking the group at toks[first] as object and
// returns the outcome and the verb's token index.
func activeBefore(toks []token, first int) (string, int) {
	k := first - 1
	for k >= 0 && toks[k].isQuote() {
		k--
	}
	if k < 0 {
		return "", -1
	}
	w := toks[k].w
	if w == "and" && k >= 2 && (toks[k-1].w == "himself" || toks[k-1].w == "herself" || toks[k-1].w == "themselves") && activeVerbs[toks[k-2].w] != "" {
		// "A suicide bomber killed himself and two policemen": the
		// verb's object after the bomber himself.
		return activeVerbs[toks[k-2].w], k - 2
	}
	if w == "of" && k >= 1 && (toks[k-1].w == "loss" || toks[k-1].w == "losses") && (k < 3 || toks[k-3].w != "with" && toks[k-3].w != "for") {
		// "admitted the loss of 11 soldiers": their deaths ("with the
		// loss of 40 wounded", "for the loss of 27 men killed" tell
		// their outcome after the count, see lossOwners).
		return OutcomeKilled, k - 1
	}
	if w == "of" && k >= 3 && toks[k-1].w == "family" && (toks[k-2].w == "a" || toks[k-2].w == "the") && activeVerbs[toks[k-3].w] != "" {
		// "killed a family of six": the family's people.
		return activeVerbs[toks[k-3].w], k - 3
	}
	if (w == "sent" || w == "sending" || w == "sends") && numberish(toks[first]) {
		// "killed six people and sent 23 others to hospital": the hurt.
		for m := first + 1; m < len(toks) && m <= first+4 && toks[m].word; m++ {
			if e := toHospital(toks, m); e > 0 && (e == len(toks) || !toks[e].word || toks[e].w == "with" || toks[e].w == "for" || toks[e].w == "and") {
				// Not "sent 500 troops to the hospital district".
				return OutcomeWounded, k
			}
		}
	}
	if w == "between" && k > 0 && first < len(toks) && numberish(toks[first]) {
		// "put the toll at between 500 and 1,000", "killed between 20
		// and 30 people": the range's low bound is the count's.
		k--
		w = toks[k].w
	}
	if (w == "further" || w == "additional") && k > 1 && toks[k-1].w == "a" || (w == "only" || w == "just" || allOf(toks, k, first)) && k > 0 ||
		w == "another" && k > 0 && numberish(toks[first]) {
		// "killed a further 25 fighters", "lost only two men", "killed
		// all four attackers", "killed another 12 civilians".
		if w == "only" || w == "just" || w == "all" || w == "another" {
			k--
		} else {
			k -= 2
		}
		w = toks[k].w
	}
	if w == "the" && k > 1 && (toks[k-1].w == "included" || toks[k-1].w == "include" || toks[k-1].w == "includes") &&
		(toks[k-2].w == "dead" || toks[k-2].w == "killed") && numberish(toks[first]) {
		// "the 38 dead included the three attackers".
		return OutcomeKilled, k - 2
	}
	if k > 1 && (w == "included" || w == "include" || w == "includes" || w == "including" && toks[k-1].w == ",") && numberish(toks[first]) {
		// "the wounded included 11 women and seven children", "The
		// injured, including two women, were taken to hospital": the
		// parts of those the noun before names.
		n := k - 1
		if toks[n].w == "," {
			n--
		}
		if n >= 1 && (toks[n-1].w == "the" || toks[n-1].w == "those") {
			// "Those killed included two journalists".
			switch toks[n].w {
			case "dead", "killed":
				return OutcomeKilled, n
			case "wounded", "injured":
				return OutcomeWounded, n
			}
		}
	}
	if (w == "my" || w == "his" || w == "her" || w == "our" || w == "their" || w == "its") && k > 0 && activeVerbs[toks[k-1].w] != "" && first+1 < len(toks) && civilianHeads[toks[first+1].w] {
		// "They killed my two brothers", "crashed, killing its four
		// crew".
		return activeVerbs[toks[k-1].w], k - 1
	}
	if (w == "my" || w == "his" || w == "her" || w == "our" || w == "their") && k > 1 && toks[k-1].w == "dead" && toks[k-2].w == "shot" &&
		first+1 < len(toks) && civilianHeads[toks[first+1].w] {
		// "had shot dead his two brothers".
		return OutcomeKilled, k - 2
	}
	if w == "the" && k > 0 && activeVerbs[toks[k-1].w] != "" && numberish(toks[first]) && toks[first].num && partitiveHead(toks, first+1) {
		// "killing the 13 military personnel on board": a count told
		// as known.
		return activeVerbs[toks[k-1].w], k - 1
	}
	if o := activeVerbs[w]; o != "" {
		return o, k
	}
	if w == "shot" && k > 0 && toks[k-1].w == "fatally" {
		// "Gunmen fatally shot three policemen".
		return OutcomeKilled, k
	}
	if w == "for" && k > 0 && searchVerbs[toks[k-1].w] && buriedAfter(toks, first) {
		// "Police were searching for three people believed to be under
		// the rubble".
		return OutcomeMissing, k - 1
	}
	if w == "out" && k > 0 && toks[k-1].w == "wiped" {
		// "had wiped out more than 300 Americans".
		return OutcomeKilled, k - 1
	}
	if w == "of" && k >= 3 && toks[k-1].w == "loss" && toks[k-2].w == "the" && (toks[k-3].w == "for" || toks[k-3].w == "with") {
		// "had killed 68 guerrillas for the loss of four soldiers": a
		// force's own dead, unless the figure names its outcome ("for
		// the loss of 27 men killed and 64 wounded").
		for m := first + 1; m < len(toks) && m <= first+5 && toks[m].word; m++ {
			if o := passiveVerbs[toks[m].w]; o != "" && o != OutcomeKilled {
				return "", -1
			}
		}
		return OutcomeKilled, k - 1
	}
	if w == "of" && k > 0 && toks[k-1].w == "losses" && k > 1 && (toks[k-2].w == "inflicted" || toks[k-2].w == "suffered" || toks[k-2].w == "sustained") {
		// "inflicted losses of up to 1,300 Ukrainian servicemen", as
		// "the losses … amounted to up to 360 servicemen".
		return OutcomeKilled, k - 1
	}
	if (w == "off" || w == "away") && k > 0 && (carryVerbs[toks[k-1].w] || takeAwayVerbs[toks[k-1].w] && !bodiesAfter(toks, first)) {
		// "the attackers had also carried off 11 young men", "the
		// insurgents had also taken away at least 10 women" (but not
		// "took away 12 bodies").
		return OutcomeCaptured, k - 1
	}
	if w == "down" && k > 0 && (toks[k-1].w == "gunned" || toks[k-1].w == "cut" || toks[k-1].w == "mowed") {
		// "gunned down 40 militants".
		return OutcomeKilled, k - 1
	}
	if k >= 2 && toks[k-1].w == "and" && toks[k].cls&clsVerb == 0 && strings.HasSuffix(w, "ed") && activeVerbs[toks[k-2].w] == OutcomeKilled {
		// "killed and decapitated 15 people", "murdered and burned
		// 30 villagers": the first verb tells the outcome.
		return OutcomeKilled, k - 2
	}
	if w == "," && k >= 2 && (toks[k-2].w == "the" || toks[k-2].w == "those") && (k < 3 || toks[k-3].w != "of" && toks[k-3].w != "among") {
		// "the dead, three women, four children and two men, were …":
		// a list set beside the dead.
		if o := appositiveOutcome(toks[k-1].w); o != "" {
			return o, k - 2
		}
	}
	if w == "and" {
		if v := postHolderBefore(toks, k); v >= 0 {
			// "killing the mayor and at least 15 other people".
			return activeVerbs[toks[v].w], v
		}
		if v := personKilledBefore(toks, k, first); v >= 0 {
			// "killing Ayatollah Mohammed Baqir al-Hakim, one of Iraq's
			// most senior clerics, and at least 82 other people".
			return activeVerbs[toks[v].w], v
		}
	}
	if w == "," && first+1 < len(toks) && toks[first+1].w == "others" && k >= 2 {
		// A headline's "kills Sri Lankan opposition candidate, 53
		// others": one named by his post, and the others.
		if p := k - 1; oneRoles[toks[p].w] || personTitles[toks[p].w] || victimPosts[toks[p].w] {
			for v := p - 1; v >= 0 && v >= p-4 && toks[v].word && !numberish(toks[v]); v-- {
				if activeVerbs[toks[v].w] == OutcomeKilled {
					return OutcomeKilled, v
				}
			}
		}
	}
	if w == "," || w == "and" {
		// A later item of a list of the dead: "Among the dead were four
		// soldiers manning the checkpoint and three civilians", "The dead
		// included the bus driver and a two-year-old child".
		if o, at := listOpener(toks, k); o != "" {
			return o, at
		}
	}
	switch w {
	case "lost", "lose", "loses", "losing":
		// "We lost seven soldiers": a side's own dead.
		return OutcomeKilled, k
	}
	if w == "dead" && k > 0 && (toks[k-1].w == "shot" || toks[k-1].w == "shoot" || toks[k-1].w == "shoots" || toks[k-1].w == "shooting") {
		// "shot dead three soldiers", "saw soldiers shoot dead 56 former
		// detainees".
		return OutcomeKilled, k - 1
	}
	if (w == "treated" || w == "treating" || w == "treats") && treatedFor(toks, first) {
		// "had treated about 30 people for injuries": the wounded.
		return OutcomeWounded, k
	}
	if k >= 2 && toDeath(toks, k-1) && deathVerb(toks[k-2].w) {
		// "stabbed or shot to death five of them".
		return OutcomeKilled, k - 2
	}
	if deathVerb(w) || aliveVerbs[w] {
		// "stabbed three people to death", "burned 11 villagers alive".
		for m := first + 1; m < len(toks) && m <= first+8; m++ {
			if toDeath(toks, m) && deathVerb(w) || toks[m].w == "alive" && aliveVerbs[w] {
				return OutcomeKilled, k
			}
			if !toks[m].word {
				break
			}
		}
	}
	if amongCopula(w) && k >= 3 && toks[k-3].w == "among" && (toks[k-2].w == "the" || toks[k-2].w == "those") {
		// "Among the dead were three children", "among those killed were",
		// "Among the dead are 57 police officers", "Among the martyrs are
		// eight children".
		switch toks[k-1].w {
		case "dead", "killed", "victims", "fatalities", "martyrs":
			return OutcomeKilled, k - 3
		case "wounded", "injured":
			return OutcomeWounded, k - 3
		case "missing":
			return OutcomeMissing, k - 3
		case "abducted", "kidnapped":
			return OutcomeCaptured, k - 3
		}
	}
	if o, at := amongOpener(toks, k); o != "" {
		// "Among those killed in August were 16 children".
		return o, at
	}
	if k > 1 && toDeath(toks, k-1) && deathVerb(toks[k-2].w) {
		// "hacked to death 40 villagers".
		return OutcomeKilled, k - 2
	}
	if w == "of" && k > 0 && (toks[k-1].w == "bodies" || toks[k-1].w == "corpses" || toks[k-1].w == "remains" ||
		toks[k-1].w == "body" && k+1 < len(toks) && (toks[k+1].w == "a" || toks[k+1].w == "an" || toks[k+1].w == "one")) {
		// "found the bodies of 45 people", "The body of a taxi driver
		// was found".
		return OutcomeKilled, k - 1
	}
	if livesVerbs[w] && livesAfter(toks, first) {
		// "The conflict has claimed more than 2,000 lives".
		return OutcomeKilled, k
	}
	if w == "of" && k >= 3 && toks[k-1].w == "lives" && toks[k-2].w == "the" {
		switch toks[k-3].w {
		case "claimed", "claiming", "claim", "claims", "took", "taking", "cost", "costing":
			return OutcomeKilled, k - 3
		}
	}
	if w == "of" && k >= 3 && (toks[k-1].w == "throats" || toks[k-1].w == "heads") && toks[k-2].w == "the" {
		switch toks[k-3].w {
		case "slit", "slitting", "slits", "cut", "cutting", "cuts", "slashed", "slashing":
			// "slit the throats of 53 villagers".
			return OutcomeKilled, k - 3
		}
	}
	if w == "of" && k >= 1 && (toks[k-1].w == "toll" || toks[k-1].w == "deaths") {
		return OutcomeKilled, tollStart(toks, k-1)
	}
	if w == "of" && k >= 2 && (toks[k-1].w == "killing" || toks[k-1].w == "killings" || toks[k-1].w == "murder" || toks[k-1].w == "murders" ||
		toks[k-1].w == "massacre" || toks[k-1].w == "slaughter") &&
		(toks[k-2].w == "the" || toks[k-2].w == "for" || k >= 3 && toks[k-3].w == "the" && killingAdjective(toks[k-2])) {
		// "blames the group for the killing of more than 40 soldiers",
		// "the horrific killing of 11 people", "for the massacre of 201
		// villagers".
		return OutcomeKilled, k - 1
	}
	if w == "of" && k >= 3 && (toks[k-1].w == "death" || toks[k-1].w == "martyrdom") && toks[k-2].w == "the" && causedVerbs[toks[k-3].w] {
		// "the aggression on Masyaf led to the death of four people",
		// "resulted in the death of", "caused the death of".
		return OutcomeKilled, k - 1
	}
	if w == "of" && k >= 2 && (toks[k-1].w == "injury" || toks[k-1].w == "injuries") && toks[k-2].w == "the" {
		// "… and the injury of 36 others".
		return OutcomeWounded, k - 1
	}
	if w == "of" && k >= 2 && (toks[k-1].w == "abduction" || toks[k-1].w == "kidnapping" || toks[k-1].w == "abductions" || toks[k-1].w == "kidnappings") &&
		(toks[k-2].w == "the" || toks[k-2].w == "for") {
		// "The abduction of 276 schoolgirls from Chibok", "blamed for the
		// kidnapping of 110 girls".
		return OutcomeCaptured, k - 1
	}
	if w == "of" && k >= 2 && toks[k-1].w == "wounding" && toks[k-2].w == "the" {
		// "condemns the killing of at least 34 civilians and the wounding
		// of at least six others".
		return OutcomeWounded, k - 1
	}
	if (w == "were" || w == "are") && k >= 2 && (toks[k-2].w == "the" || toks[k-2].w == "those") && (k < 3 || toks[k-3].w != "of" && toks[k-3].w != "among") {
		// "The dead were 41 Arabs, 28 Britons and 17 Jews", "Those
		// killed were two policemen and a child".
		switch toks[k-1].w {
		case "dead", "fatalities":
			return OutcomeKilled, k - 2
		case "killed":
			if toks[k-2].w == "those" {
				return OutcomeKilled, k - 2
			}
		case "wounded", "injured":
			return OutcomeWounded, k - 2
		}
	}
	if (w == "was" || w == "is") && k > 0 && toks[k-1].w == "toll" {
		// "the true toll was over 100".
		return OutcomeKilled, tollStart(toks, k-1)
	}
	if (w == "was" || w == "is") && k > 2 && toks[k-1].w == "," {
		// "The earlier toll, given by a Taliban official on Friday, was
		// 92": past an aside of words only.
		for o := k - 2; o >= 1 && o >= k-14; o-- {
			if toks[o].w == "," {
				if toks[o-1].w == "toll" && o < k-2 {
					return OutcomeKilled, tollStart(toks, o-1)
				}
				break
			}
			if !toks[o].word || numberish(toks[o]) {
				break
			}
		}
	}
	if k >= 3 && estimateBe(toks, k) && !numberish(toks[first]) {
		// "the toll could be as high as 30", "the number of dead may be
		// more than 40": an estimate of the dead, not a fear of more
		// (as "the final toll could be 300").
		if m := tollStart(toks, k-2); toks[k-2].w == "toll" && (m == 0 || toks[m-1].w != "final") {
			return OutcomeKilled, m
		}
		if k >= 5 && toks[k-3].w == "of" && toks[k-4].w == "number" {
			switch toks[k-2].w {
			case "dead", "deaths", "fatalities":
				return OutcomeKilled, k - 4
			case "wounded", "injured":
				return OutcomeWounded, k - 4
			}
		}
	}
	if (w == "was" || w == "is") && k >= 4 {
		// "the toll among the paratroopers was as high as 84".
		for m := k - 3; m >= 0 && m >= k-5; m-- {
			if toks[m].w == "toll" && toks[m+1].w == "among" {
				return OutcomeKilled, tollStart(toks, m)
			}
			if !toks[m+2].word {
				break
			}
		}
	}
	if (w == "numbered" || w == "number" || w == "numbers") && k >= 2 && (toks[k-2].w == "the" || toks[k-2].w == "civilian" || toks[k-2].w == "total") {
		// "the dead numbered 48", "the wounded number more than 200": a
		// toll (see numberedToll).
		switch toks[k-1].w {
		case "dead", "fatalities":
			return OutcomeKilled, k - 1
		case "wounded", "injured":
			return OutcomeWounded, k - 1
		case "missing":
			return OutcomeMissing, k - 1
		}
	}
	if (w == "was" || w == "is" || w == "stood" || w == "stands") && k >= 3 && toks[k-2].w == "of" && toks[k-3].w == "number" {
		// "The number of dead is about 253".
		switch toks[k-1].w {
		case "dead", "deaths", "fatalities", "martyrs":
			return OutcomeKilled, k - 3
		case "wounded", "injured":
			return OutcomeWounded, k - 3
		}
	}
	if putToll(toks, k) {
		// "other accounts put the toll above 100".
		return OutcomeKilled, tollStart(toks, k)
	}
	if w == "at" && k >= 3 && toks[k-2].w == "the" && putVerb(toks[k-3].w) {
		// "The spokesman had earlier put the dead at seven".
		switch toks[k-1].w {
		case "dead":
			return OutcomeKilled, k - 2
		case "wounded", "injured":
			return OutcomeWounded, k - 2
		}
	}
	if w == "at" && k >= 2 && putVerb(toks[k-2].w) {
		// "Interior minister puts martyrs at 84", a headline's toll.
		switch toks[k-1].w {
		case "dead", "martyrs", "deaths", "fatalities":
			return OutcomeKilled, k - 1
		case "wounded", "injured":
			return OutcomeWounded, k - 1
		}
	}
	if c := k - 2; w == "at" && c >= 1 && (toks[k-1].w == "wounded" || toks[k-1].w == "injured") {
		// "puts martyrs at 84, injured at 284", "put the dead at 40, the
		// injured at 120": the hurt, after the toll.
		if toks[c].w == "the" {
			c--
		}
		if c >= 1 && toks[c].w == "," && numberish(toks[c-1]) {
			for m := c - 2; m >= 2 && m >= c-8; m-- {
				if toks[m].w == "at" && (putVerb(toks[m-2].w) || m >= 3 && toks[m-2].w == "the" && putVerb(toks[m-3].w)) {
					return OutcomeWounded, k - 1
				}
			}
		}
	}
	if w == "at" && k >= 4 && toks[k-3].w == "the" && putVerb(toks[k-4].w) && toks[k-2].word && !toks[k-2].num && isModifier(toks[k-2]) {
		// "it had put the European dead at 48", "put the civilian
		// dead at 30".
		switch toks[k-1].w {
		case "dead":
			return OutcomeKilled, k - 3
		case "wounded", "injured":
			return OutcomeWounded, k - 3
		}
	}
	if w == "as" && k >= 3 && toks[k-1].w == "toll" {
		// "Earlier the police had given the toll as 56 killed".
		if m := tollStart(toks, k-1); m >= 2 && toks[m-1].w == "the" && giveVerb(toks[m-2].w) {
			return OutcomeKilled, m
		}
	}
	if w == "as" && k >= 3 && giveVerb(toks[k-1].w) {
		// "The toll, first given as 24, rose overnight": the earlier
		// toll, told in an aside after its noun.
		m := k - 2
		for m > 0 && earlierAdverbs[toks[m].w] {
			m--
		}
		if toks[m].w == "," && m > 0 && tollObjects[toks[m-1].w] && toks[m-1].w != "losses" {
			return OutcomeKilled, tollStart(toks, m-1)
		}
	}
	if w == "at" && k >= 2 && toks[k-1].w == "it" && putVerb(toks[k-2].w) {
		// "revised the toll down to 115, after earlier putting it at more
		// than 130": "it" stands for the toll told before it.
		for m := k - 3; m >= 0 && m >= k-30; m-- {
			if toks[m].w == "toll" {
				return OutcomeKilled, tollStart(toks, m)
			}
			if toks[m].w == "." || toks[m].w == ";" {
				break
			}
		}
	}
	if w == "from" && k >= 2 && (toks[k-1].w == "up" || toks[k-1].w == "down") && (toks[k-2].w == "was" || toks[k-2].w == "is") {
		// "The toll was up from 38 on Saturday": the earlier toll.
		if m := tollBack(toks, k-3, k-6); m >= 0 {
			return OutcomeKilled, tollStart(toks, m)
		}
	}
	if w == "from" && k > 0 && revisedVerbs[toks[k-1].w] {
		// "The death toll rose from 20 to 35", "the toll had climbed from
		// 38 as more of the wounded died": the earlier toll.
		if m := tollBack(toks, k-2, k-8); m >= 0 {
			return OutcomeKilled, tollStart(toks, m)
		}
	}
	if riseVerbs[w] && toks[k+1].w == "past" {
		// "surged past 5,000": "past" is read as the count's qualifier.
		w, k = "past", k+1
	}
	if k+1 < len(toks) && exceedVerbs[toks[k+1].w] {
		// "the toll topped 100": the verb is read as the count's
		// qualifier (more_than).
		w, k = toks[k+1].w, k+1
	}
	switch w {
	case "to", "at", "reached", "hit", "included", "includes", "passed", "topped", "exceeded", "past", "surpassed", "exceeds", "exceeding", "now",
		"passes", "tops", "surpasses", "reaches", "hits":
		if w == "now" && (k == 0 || toks[k-1].w != "toll") {
			// "Death toll now 170", a headline's toll with no verb.
			break
		}
		if w == "past" && (k == 0 || !riseVerbs[toks[k-1].w]) {
			// "the toll has surged past 5,000", but not "the toll in
			// the past 24 hours".
			break
		}
		for m := k - 1; m >= 0 && m >= k-30; m-- {
			if toks[m].w == "," && m > 0 && (toks[m-1].w == "higher" || toks[m-1].w == "lower") {
				// "put the toll higher, at 82".
				continue
			}
			if toks[m].w == "," && m > 0 && w == "at" && putAtVerbs[toks[k-1].w] && tollBeforeComma(toks, m) {
				// "The toll, initially put at 25, climbed", "The toll from
				// the bombing, initially put at 82, climbed".
				continue
			}
			if o := earlierTollAside(toks, m); o > 0 && w == "to" {
				// "The toll, initially put at 82, rose to 140": past the
				// earlier toll to the one it revises.
				m = o
				continue
			}
			if o := asideOpening(toks, m); o > 0 {
				// "The death toll, a spokesman said, climbed to 21".
				m = o
				continue
			}
			if o := placeApposition(toks, m); o > 0 {
				// "The death toll from the bombing in the town of
				// Musayyib, south of Baghdad, rose to 98".
				m = o
				continue
			}
			if toks[m].w == "." && m > 0 && monthAbbrevs[toks[m-1].w] > 0 {
				// "raising the death toll since Oct. 7 to 24,448".
				continue
			}
			if toks[m].w == "," && m >= 2 && m+1 < k && isYear(toks[m+1].w) && toks[m-1].num && monthOf(toks[m-2].w) != 0 {
				// "The death toll since October 7, 2023 has risen to
				// 40,005": the comma of a date.
				continue
			}
			if toks[m].w == ")" {
				// "the headquarters of Colombia's security police (DAS) in
				// the Paloquemao district … climbed to 52": past the
				// parenthesis.
				o := m - 1
				for o > 0 && o >= m-5 && toks[o].word {
					o--
				}
				if o < m-1 && toks[o].w == "(" {
					m = o
					continue
				}
			}
			if !toks[m].word && !toks[m].isQuote() && !(toks[m].w == "," && m+1 < k && toks[m+1].w == "which") {
				break
			}
			if toks[m].w == "total" && w == "to" && m == k-1 {
				// "reported 17 new deaths, bringing the total to 312": the
				// running count of the outcome told before it.
				if oc := broughtTotal(toks, m); oc != "" {
					return oc, m
				}
			}
			if (w == "at" || w == "to") && (figureNouns[toks[m].w] || toks[m].w == "number" && m == k-1) {
				// "while the ministry put the figure at 10", "revised that
				// figure down to 137", "raised its count of people killed
				// to 15": a toll named by a plain noun ("put the number at
				// about 7,000" too, not "the number of militants killed at
				// 15", read with its own noun).
				if oc := figureToll(toks, m, k); oc != "" {
					return oc, m
				}
			}
			if toks[m].w == "dead" && w == "to" && m == k-1 && m >= 2 && bringingTheDead(toks, m) {
				// "bringing the German dead to 33", "raising the dead to
				// 40": a toll.
				return OutcomeKilled, m
			}
			if toks[m].w == "toll" || ((toks[m].w == "dead" || toks[m].w == "victims" && !unharmedVictims(toks[m:k])) && (w == "included" || w == "includes")) ||
				toks[m].w == "losses" && (w == "at" || w == "to") {
				// "put army losses at 19 soldiers", "puts its losses at 71".
				if w == "to" && projectedBetween(toks, m+1, k) {
					// "the toll could rise to 100": a fear, not a toll.
					return "", -1
				}
				return OutcomeKilled, tollStart(toks, m)
			}
			if (w == "at" || w == "to") && m >= 3 && deadQualifier(toks[m-1].w) && toks[m-2].w == "of" && toks[m-3].w == "number" {
				// "the number of confirmed dead had risen to seven", "the
				// number of the dead stands at twelve", "the number of
				// military dead on their side to 1,119".
				switch toks[m].w {
				case "dead", "deaths", "fatalities", "martyrs":
					return OutcomeKilled, m - 3
				case "wounded", "injured":
					return OutcomeWounded, m - 3
				}
			}
			if (w == "at" || w == "to") && m >= 1 && m == k-1 && toks[m-1].w == "number" {
				// "put the number killed at about 115": the participle
				// right after "number".
				if oc, ok := numberOfOutcome(toks[m].w); ok {
					return oc, m - 1
				}
			}
			if (w == "at" || w == "to") && m >= 2 && toks[m-1].w == "of" && toks[m-2].w == "number" {
				// "put the number of dead at 14", "bringing the number of
				// victims to 123".
				switch toks[m].w {
				case "dead", "deaths", "fatalities", "victims", "martyrs", "bodies", "corpses":
					// ("one official put the number of bodies pulled
					// from the rubble at 240".)
					return OutcomeKilled, m - 2
				case "wounded", "injured":
					return OutcomeWounded, m - 2
				case "missing":
					// "put the number of missing at 10,100".
					return OutcomeMissing, m - 2
				case "those":
					// "put the number of those killed at more than 120".
					if oc, ok := numberOfOutcome(toks[m+1].w); ok && m+2 == k {
						return oc, m - 2
					}
				}
			}
		}
	}
	return "", -1
}

// earlierAdverbs tell that a toll was the first given: "first given as
// 24", "initially put at".
var earlierAdverbs = wordSet("first initially originally earlier previously")

// placeApposition returns the opening comma of a short apposition of
// words only that closes with the comma at toks[m] and follows a place
// or an event ("in the Somali capital, Mogadishu,", "of Musayyib, south
// of Baghdad,"), or -1.
func placeApposition(toks []token, m int) int {
	if toks[m].w != "," {
		return -1
	}
	for o := m - 1; o >= 1 && o >= m-5; o-- {
		t := toks[o]
		if t.w == "," {
			if o == m-1 || !toks[o-1].cap && !appositionPlaceNouns[toks[o-1].w] {
				return -1
			}
			return o
		}
		if !t.word || numberish(t) || t.cls&(clsVerb|clsReport) != 0 || auxWords[t.w] || t.w == "and" || t.w == "who" || t.w == "which" {
			return -1
		}
	}
	return -1
}

// appositionPlaceNouns name a place whose name an apposition gives: "the
// Somali capital, Mogadishu,".
var appositionPlaceNouns = wordSet("capital city town village province region district")

// searchVerbs look for people: "searching for three people".
var searchVerbs = wordSet("searching search searched looking hunting digging combing")

// buriedAfter reports whether the group at toks[first] is told, within a
// few words, to lie buried or trapped: "three people believed to be under
// the rubble", "12 miners trapped underground".
func buriedAfter(toks []token, first int) bool {
	for m := first + 1; m < len(toks) && m <= first+8; m++ {
		switch toks[m].w {
		case "trapped", "buried", "under", "beneath", "underground":
			return true
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// carryVerbs with "off" or "away" take people captive: "carried off 11
// young men".
var carryVerbs = wordSet("carried carry carries carrying")

// takeAwayVerbs take people away with "away" or "off": "took away 12
// girls", "led off 20 men".
var takeAwayVerbs = wordSet("took taken take takes taking led marched")

// bodiesAfter reports whether the count at toks[first] counts bodies:
// "took away 12 bodies".
func bodiesAfter(toks []token, first int) bool {
	for m := first + 1; m < len(toks) && m <= first+3; m++ {
		if w := toks[m].w; w == "bodies" || w == "corpses" || w == "remains" {
			return true
		}
	}
	return false
}

// projectedBetween reports whether a word of toks[from:to] makes what
// follows a projection: "the toll could rise to 100", "is expected to
// climb to".
func projectedBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		if projectionWords[toks[j].w] {
			return true
		}
	}
	return false
}

// projectionWords tell a figure that may come, not one reached.
var projectionWords = wordSet("could may might would will expected likely feared set")

// countAdjectives qualify the dead or wounded a number counts: "the
// number of confirmed dead".
var countAdjectives = wordSet("confirmed known reported official registered identified")

// deadQualifier reports whether w may stand between "the number of" and
// the dead it counts: "the", one of countAdjectives, a nation's adjective
// (not its people: "the number of Americans injured" counts the
// Americans) or one of sideDeadAdjectives ("the number of Palestinian
// dead").
func deadQualifier(w string) bool {
	return w == "the" || countAdjectives[w] || nationAdjectives[w] != "" && !pluralDemonym(w) || sideDeadAdjectives[w]
}

// sideDeadAdjectives tell whose dead a count counts: "the number of
// military dead".
var sideDeadAdjectives = wordSet("military civilian army police government rebel enemy militant insurgent")

// revisedVerbs carry a toll to a new figure: "the toll was revised to 20",
// "raised its toll to 105".
var revisedVerbs = wordSet("surged climbed rose risen soared jumped increased revised raised lowered " +
	"corrected updated fell dropped")

// risenTo reports whether the count at toks[first] follows a toll's
// change: "had risen to", "was revised to", "climbed overnight to".
func risenTo(toks []token, first int) bool {
	if first < 2 || toks[first-1].w != "to" {
		return false
	}
	if revisedVerbs[toks[first-2].w] {
		return true
	}
	if first >= 3 && revisedVerbs[toks[first-3].w] && (toks[first-2].w == "overnight" || toks[first-2].w == "sharply" ||
		toks[first-2].w == "further" || toks[first-2].w == "again" || toks[first-2].w == "up" || toks[first-2].w == "down") {
		return true
	}
	// "revised the toll to 20", "raised its death toll to 105".
	if w := toks[first-2].w; w != "toll" && w != "figure" && w != "tally" {
		return false
	}
	for m := first - 3; m >= 0 && m >= first-5; m-- {
		if revisedVerbs[toks[m].w] {
			return true
		}
	}
	return false
}

// earlierFigure reads the figure a toll changed from, right after the new
// one ("risen to 26 overnight from 23", "revised to 20 from 27"): a figure
// of the new one's outcome and victims. A time word or two may stand
// between. It returns the figure and the last token read.
func earlierFigure(toks []token, s string, k int, now casualtyHit) (casualtyHit, int, bool) {
	for n := 0; k < len(toks) && n < 3 && toks[k].w != "from"; n++ {
		switch w := toks[k].w; {
		case w == "overnight" || w == "on" || w == "earlier" || w == "late" || w == "by" || w == "the" || dayWords[w]:
			k++
		default:
			return casualtyHit{}, 0, false
		}
	}
	if k+1 >= len(toks) || toks[k].w != "from" {
		return casualtyHit{}, 0, false
	}
	from := k
	k = earlierCountAt(toks, k+1)
	if k < 0 {
		return casualtyHit{}, 0, false
	}
	return earlierToll(toks, s, now, k, from)
}

// earlierToll returns the figure of the count at toks[m] that the toll now
// was changed from, quoted from toks[from], and the last token read: a
// figure of now's outcome and victims. A count of anything but people
// ("40 percent", "20 soldiers") is none.
func earlierToll(toks []token, s string, now casualtyHit, m, from int) (casualtyHit, int, bool) {
	c, ok := parseCount(toks, m)
	if !ok || c.vague || c.article || c.next < len(toks) && (toks[c.next].victimHead() || toks[c.next].w == "percent" || toks[c.next].w == "%") {
		return casualtyHit{}, 0, false
	}
	h := now
	v := c.value
	h.value, h.qual, h.part = &v, QualExact, 0
	h.start, h.end = toks[from].s, toks[c.next-1].e
	if now.toll {
		// The earlier toll is of the victims the new one is resolved
		// to; its group is its own count ("revised down to 28 from
		// 33": "33", not "28").
		h.toll, h.bare, h.side = false, true, SideUnknown
		h.victims = s[toks[m].s:toks[c.next-1].e]
	}
	return h, c.next - 1, true
}

// thenFigure reads the next figure a toll was given, right after one
// (", then 22", "and then to 31"): a figure of the same outcome and
// victims. It returns the figure and the last token read.
func thenFigure(toks []token, s string, k int, now casualtyHit) (casualtyHit, int, bool) {
	if k < len(toks) && (toks[k].w == "," || toks[k].w == "and") {
		k++
	}
	if k+1 >= len(toks) || toks[k].w != "then" {
		return casualtyHit{}, 0, false
	}
	from := k
	k++
	if toks[k].w == "to" || toks[k].w == "at" {
		k++
	}
	if k >= len(toks) || !numberish(toks[k]) {
		return casualtyHit{}, 0, false
	}
	c, ok := parseCount(toks, k)
	if !ok || c.vague || c.article || c.next < len(toks) && (toks[c.next].w == "percent" || toks[c.next].w == "%" ||
		toks[c.next].word && !toks[c.next].victimHead() && toks[c.next].w != "as" && toks[c.next].w != "and" && toks[c.next].w != "before") {
		return casualtyHit{}, 0, false
	}
	h := now
	v := c.value
	h.value, h.qual, h.part = &v, QualExact, 0
	h.start, h.end = toks[from].s, toks[c.next-1].e
	h.victims = s[toks[k].s:toks[c.next-1].e]
	return h, c.next - 1, true
}

// earlierCountAt returns the index of the count an earlier toll is told by
// from toks[k], right after "from": the count itself ("from 23"), or after
// the words that name it an earlier figure ("from an earlier 14", "from an
// earlier count of 28", "from the initial toll of 12"); or -1.
func earlierCountAt(toks []token, k int) int {
	m := k
	if m < len(toks) && (toks[m].w == "an" || toks[m].w == "the" || toks[m].w == "a") {
		m++
	}
	if m < len(toks) && (toks[m].w == "initial" || toks[m].w == "earlier" || toks[m].w == "previous" || toks[m].w == "first") {
		m++
	}
	if m+1 < len(toks) && (toks[m].w == "count" || toks[m].w == "toll" || toks[m].w == "figure" || toks[m].w == "tally" || toks[m].w == "estimate") {
		if toks[m+1].w != "of" {
			return -1
		}
		m += 2
	} else if m != k && (m == k+1 || toks[m-1].w == "an" || toks[m-1].w == "a") {
		// "from the 1990s", "from an 8-year-old": no earlier figure.
		return -1
	}
	if m >= len(toks) || !numberish(toks[m]) {
		return -1
	}
	return m
}

// tollAmong returns the first and last token of the group a toll that
// begins at toks[verb] is told of by "among" ("the death toll among
// civilians", "the toll among the police") or by "of" and the outcome
// ("the toll of soldiers killed"), when the group ends before
// toks[limit]; or -1.
func tollAmong(toks []token, verb, limit int) (int, int) {
	t := verb
	if toks[t].w == "death" || toks[t].w == "casualty" {
		t++
	}
	if t+2 >= limit || toks[t].w != "toll" || toks[t+1].w != "among" && toks[t+1].w != "of" {
		return -1, -1
	}
	f := t + 2
	if toks[f].w == "the" || toks[f].w == "its" || toks[f].w == "their" {
		f++
	}
	if g := modifiedHead(toks, f, min(f+3, limit-1)); g >= 0 {
		if toks[t+1].w == "of" {
			// "The toll of Nigerien soldiers killed in the ambush has
			// risen to five": the group the toll counts, told with its
			// outcome.
			if _, ok := numberOfOutcome(toks[g+1].w); !ok {
				return -1, -1
			}
		}
		return f, g
	}
	return -1, -1
}

// deathsCounted reports whether the count at toks[i] (with its
// qualifier) is the object of a verb that records or causes deaths:
// "recorded 55 deaths", "has caused more than 10,000 deaths and 1,200
// injuries".
func deathsCounted(toks []token, i int, c countHit) bool {
	_, first := countQualifier(toks, i, c)
	if first == 0 {
		return false
	}
	k := first - 1
	if toks[k].w == "and" {
		// "caused 300 deaths and 1,200 injuries": the verb before the
		// first count.
		for k--; k > 0 && k >= first-8 && (toks[k].word || toks[k].w == ",") && !recordVerbs[toks[k].w] && !causeVerbs[toks[k].w]; k-- {
		}
	}
	if casualtiesIncluding(toks, first) {
		// "suffered more than 3,000 casualties, including around 300
		// deaths": the dead among the losses.
		return true
	}
	return recordVerbs[toks[k].w] || causeVerbs[toks[k].w]
}

// casualtiesIncluding reports whether a count at toks[first] follows
// "casualties, including" or "losses, including".
func casualtiesIncluding(toks []token, first int) bool {
	k := first - 1
	return k >= 2 && toks[k].w == "including" && toks[k-1].w == "," && (toks[k-2].w == "casualties" || toks[k-2].w == "losses")
}

// lossesIncluding returns the index of the verb of losses a count of
// deaths at toks[first] is part of ("have suffered more than 3,000
// casualties, including around 300 deaths"), or -1.
func lossesIncluding(toks []token, first int) int {
	if !casualtiesIncluding(toks, first) {
		return -1
	}
	for v := first - 4; v >= 0 && v >= first-9; v-- {
		if lossVerbs[toks[v].w] {
			return v
		}
	}
	return -1
}

// deathCountMods describe a count of deaths between it and its noun:
// "40 reported fatalities", "1,189 intentional homicides".
var deathCountMods = wordSet("reported confirmed recorded documented intentional violent conflict-related " +
	"war-related combat-related additional further more new such political extrajudicial targeted sectarian unlawful")

// causeVerbs bring about deaths or injuries counted as a noun after them.
var causeVerbs = wordSet("caused causing cause causes")

// recordVerbs count deaths: "recorded 55 deaths".
var recordVerbs = wordSet("recorded registered counted documented confirmed reported record registers counts documents confirms reports")

// semicolonBetween reports whether s holds a semicolon in [from, to).
func semicolonBetween(s string, from, to int) bool {
	return from < to && to <= len(s) && strings.IndexByte(s[from:to], ';') >= 0
}

// searchedMissing reads people searched for as missing ("rescuers were
// still searching for the missing under the rubble", "the search for the
// missing went on"): a figure of the missing with no count.
func searchedMissing(toks []token, s string, out []casualtyHit) []casualtyHit {
	for k := 3; k < len(toks); k++ {
		if toks[k].w != "missing" || toks[k-1].w != "the" || toks[k-2].w != "for" {
			continue
		}
		switch toks[k-3].w {
		case "searching", "search", "searched", "searches", "looking", "hunt", "hunting", "digging", "combing":
		default:
			continue
		}
		if k+1 < len(toks) && (toks[k+1].victimHead() || toks[k+1].w == "of") {
			// "the search for the missing soldiers": their own figure.
			continue
		}
		for _, h := range out {
			if h.outcome == OutcomeMissing {
				return out
			}
		}
		return append(out, casualtyHit{start: toks[k-3].s, end: toks[k].e, outcome: OutcomeMissing, qual: QualUnknown,
			victims: s[toks[k-1].s:toks[k].e], side: SideCivilians, scope: ScopeIncident})
	}
	return out
}

// revisedBefore reports whether a verb of a revised toll comes in the few
// words before toks[k]: "was revised down to 171 on Sunday from 195",
// "raised the toll to 49 from 46".
func revisedBefore(toks []token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		switch toks[m].w {
		case "revised", "raised", "lowered", "rose", "risen", "climbed", "increased", "jumped", "cut":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// upFrom reads the figure a toll rose from when it is told after the new
// one and its source ("has risen to 86, the government said, up from an
// initial count of 50"): a figure of the new one's outcome and victims.
func upFrom(toks []token, s string, out []casualtyHit) []casualtyHit {
	if len(out) == 0 {
		return out
	}
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].w != "from" || toks[k-1].w != "up" && toks[k-1].w != "down" && !(numberish(toks[k+1]) && !numberish(toks[k-1]) && revisedBefore(toks, k)) {
			continue
		}
		m := earlierCountAt(toks, k+1)
		if m < 0 && (toks[k-1].w == "up" || toks[k-1].w == "down") && toks[k+1].w == "the" && numberish(toks[k+2]) {
			// "down from the 359 announced by police".
			m = k + 2
		}
		if m < 0 {
			return out
		}
		// "has risen to 129, with 198 people wounded, … up from 83 dead":
		// the word after the earlier count tells whose toll it was.
		named := ""
		if m+1 < len(toks) && outcomeAdjectives[toks[m+1].w] {
			named = passiveVerbs[toks[m+1].w]
		}
		for x := k + 1; x < m; x++ {
			if toks[x].w == "toll" {
				// "up from an earlier toll of 27": the dead.
				named = OutcomeKilled
			}
		}
		now := lastFigureBefore(out, toks[k].s, named)
		if now == nil || now.outcome != OutcomeKilled && now.outcome != OutcomeWounded {
			return out
		}
		if named != "" && slices.ContainsFunc(out, func(h casualtyHit) bool { return h.start <= toks[m].s && toks[m].e <= h.end }) {
			return out // "up from 83 dead": read already as a figure of its own
		}
		if h, _, ok := earlierToll(toks, s, *now, m, k-1); ok {
			out = append(out, h)
		}
		return out
	}
	return out
}

// laterRaised reads the later count of a figure told in an aside after it
// ("killed 10 passengers, a figure later raised to 14", ", later revised
// to 14"): a figure of the same outcome and victims.
func laterRaised(toks []token, s string, out []casualtyHit) []casualtyHit {
	if len(out) == 0 {
		return out
	}
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].w != "," {
			continue
		}
		m := k + 1
		if m+1 < len(toks) && (toks[m].w == "a" || toks[m].w == "the") && (toks[m+1].w == "figure" || toks[m+1].w == "toll" || toks[m+1].w == "number") {
			m += 2
		}
		if m < len(toks) && (toks[m].w == "later" || toks[m].w == "since" || toks[m].w == "subsequently") {
			m++
		}
		if m+2 >= len(toks) || m == k+1 || toks[m].w != "raised" && toks[m].w != "revised" && toks[m].w != "lowered" && toks[m].w != "increased" {
			continue
		}
		m++
		if toks[m].w == "up" || toks[m].w == "down" {
			m++
		}
		if m+1 >= len(toks) || toks[m].w != "to" || !numberish(toks[m+1]) {
			continue
		}
		now := lastFigureBefore(out, toks[k].s, "")
		if now == nil || now.outcome != OutcomeKilled && now.outcome != OutcomeWounded {
			return out
		}
		if h, _, ok := earlierToll(toks, s, *now, m+1, k+1); ok {
			out = append(out, h)
		}
		return out
	}
	return out
}

// lastFigureBefore returns the last whole figure of out (no part of
// another) that ends by pos, of the outcome when one is given, or nil.
func lastFigureBefore(out []casualtyHit, pos int, outcome string) *casualtyHit {
	var now *casualtyHit
	for i := range out {
		if out[i].end <= pos && out[i].value != nil && out[i].part == 0 && (outcome == "" || out[i].outcome == outcome) {
			now = &out[i]
		}
	}
	return now
}

// revisedFrom reads the count a toll was revised from when the sentence
// tells it after the new one as its source's earlier count ("stands at 105
// dead and 240 wounded, the police said, revising down its earlier count of
// 115"): a figure of the dead told before it.
func revisedFrom(toks []token, s string, out []casualtyHit) []casualtyHit {
	if len(out) == 0 {
		return out
	}
	for k := 1; k+4 < len(toks); k++ {
		if toks[k].w != "revising" && toks[k].w != "revised" && toks[k].w != "correcting" && toks[k].w != "corrected" {
			continue
		}
		j := k + 1
		if toks[j].w == "down" || toks[j].w == "up" || toks[j].w == "downward" || toks[j].w == "upward" {
			j++
		}
		if toks[j].w != "its" && toks[j].w != "their" && toks[j].w != "his" && toks[j].w != "an" && toks[j].w != "the" {
			return out
		}
		if toks[j].w != "an" && toks[j].w != "the" {
			j++
		}
		m := earlierCountAt(toks, j)
		if m < 0 || m == j {
			return out
		}
		now := lastFigureBefore(out, toks[k].s, OutcomeKilled)
		if now == nil {
			return out
		}
		if h, _, ok := earlierToll(toks, s, *now, m, k); ok {
			// "revising an earlier toll of 20": the toll's own reading
			// of the count, if any, is this figure.
			out = slices.DeleteFunc(out, func(o casualtyHit) bool { return o.start > h.start && o.end == h.end })
			out = append(out, h)
		}
		return out
	}
	return out
}

// riseVerbs carry a toll past a figure: "the toll has surged past 5,000".
var riseVerbs = wordSet("surged climbed rose risen soared jumped crept edged gone went moved")

// materielNouns are the weapons and craft a side loses beside its men.
var materielNouns = wordSet("tank tanks aircraft planes jets helicopters guns vehicles trucks carriers apcs boats " +
	"ships warships missiles drones artillery pieces")

// notMateriel drops figures counting weapons, not people: "lost 867 tanks
// and more than 3,500 soldiers killed" lost 867 tanks, not 867 men.
func notMateriel(out []casualtyHit) []casualtyHit {
	return slices.DeleteFunc(out, func(h casualtyHit) bool {
		f := strings.Fields(h.victims)
		if len(f) < 2 || !numberWordsOnly(f[0]) || !materielNouns[strings.ToLower(f[1])] {
			return false
		}
		// (Not "three aircraft crew members", "two tank crewmen".)
		return len(f) == 2 || !victimHeads[strings.ToLower(f[2])] && !strings.HasPrefix(strings.ToLower(f[2]), "crew")
	})
}

// prisonersSide is the side of prisoners taken: the army of the nation
// named with them ("200 Vietnamese prisoners"), else unknown.
func prisonersSide(toks []token, n nounPhrase) string {
	for m := n.first; m < n.head; m++ {
		if toks[m].cap && nationAdjectives[toks[m].w] != "" {
			return nationMilitary(nationAdjectives[toks[m].w])
		}
	}
	return SideUnknown
}

// unharmedVictims reports whether the words after "victims" tell a wrong
// that need not hurt them: "the victims of the kidnapping included".
func unharmedVictims(toks []token) bool {
	for _, t := range toks {
		switch t.w {
		case "kidnapping", "kidnappings", "abduction", "abductions", "hijacking", "robbery", "fraud", "scam", "trafficking", "hacking", "theft":
			return true
		}
	}
	return false
}

// listOpener walks back from the comma or "and" at toks[k] over the earlier
// items of a list to the words that open a list of casualties ("among the
// dead were", "the dead included") and returns its outcome and first token,
// or "" when the list has no such opener within a few words.
func listOpener(toks []token, k int) (string, int) {
	for m := k - 1; m >= 1 && m >= k-16; m-- {
		t := toks[m]
		if amongCopula(t.w) && m >= 3 && toks[m-3].w == "among" && (toks[m-2].w == "the" || toks[m-2].w == "those") {
			switch toks[m-1].w {
			case "dead", "killed", "victims", "fatalities":
				return OutcomeKilled, m - 3
			case "wounded", "injured":
				return OutcomeWounded, m - 3
			}
			return "", -1
		}
		if (t.w == "included" || t.w == "include") && (toks[m-1].w == "dead" || toks[m-1].w == "killed" || toks[m-1].w == "victims") {
			return OutcomeKilled, m - 1 // ("the victims included", as "among the victims were")
		}
		if (t.w == "included" || t.w == "include") && (toks[m-1].w == "wounded" || toks[m-1].w == "injured") && m >= 2 && (toks[m-2].w == "the" || toks[m-2].w == "those") {
			// "the wounded included 11 women and seven children".
			return OutcomeWounded, m - 1
		}
		if (t.w == "were" || t.w == "are") && m >= 2 && (toks[m-2].w == "the" || toks[m-2].w == "those") && (m < 3 || toks[m-3].w != "of" && toks[m-3].w != "among") {
			// "the dead were 41 Arabs, 28 Britons", "those killed were
			// two policemen and a child".
			if o := appositiveOutcome(toks[m-1].w); o != "" && (toks[m-1].w != "killed" || toks[m-2].w == "those") {
				return o, m - 2
			}
		}
		if t.w == "," && m >= 2 && m < k && (toks[m-2].w == "the" || toks[m-2].w == "those") && (m < 3 || toks[m-3].w != "of" && toks[m-3].w != "among") {
			// "the dead, three women, four children and two men".
			if o := appositiveOutcome(toks[m-1].w); o != "" {
				return o, m - 2
			}
		}
		if !t.word && t.w != "," && t.w != "-" && !t.isQuote() || t.cls&(clsVerb|clsReport) != 0 ||
			beVerbs[t.w] || t.w == "who" || t.w == "which" || numberish(t) && m < k-1 && toks[m+1].w != "," && toks[m+1].w != "and" && !isModifier(toks[m+1]) && !toks[m+1].victimHead() {
			return "", -1
		}
	}
	return "", -1
}

// takenCaptive reports whether toks[k] is "taken" as a prisoner or
// hostage: "were taken prisoner", "killed or taken hostage".
func takenCaptive(toks []token, k int) bool {
	if toks[k].w != "taken" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].w {
	case "prisoner", "prisoners", "captive", "hostage", "hostages":
		return true
	}
	return false
}

// capturedAfter reports whether toks[k:] opens with a passive of capture,
// its auxiliaries first: "were captured", "had been taken prisoner".
func capturedAfter(toks []token, k int) bool {
	for ; k < len(toks) && (auxWords[toks[k].w] || toks[k].w == "been" || toks[k].w == "later" || toks[k].w == "also"); k++ {
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].w {
	case "captured", "seized", "abducted":
		return true
	case "taken":
		return k+1 < len(toks) && (toks[k+1].w == "prisoner" || toks[k+1].w == "prisoners" || toks[k+1].w == "captive")
	}
	return false
}

// appositiveOutcome is the outcome of a list set beside "the dead" or
// "the wounded" ("the dead, three women and two men, were …"), or "".
func appositiveOutcome(w string) string {
	switch w {
	case "dead", "killed", "fatalities":
		return OutcomeKilled
	case "wounded", "injured":
		return OutcomeWounded
	}
	return ""
}

// killingAdjective reports whether t may describe a killing between "the"
// and "killing" ("the horrific killing of 11 people"): a lower-case word of
// no number, verb or victims' noun.
func killingAdjective(t token) bool {
	return t.word && !t.num && !numberish(t) && t.cls&(clsVerb|clsReport|clsVictimHead) == 0 &&
		!auxWords[t.w] && len(t.w) > 3 && (strings.HasSuffix(t.w, "ic") || strings.HasSuffix(t.w, "al") ||
		strings.HasSuffix(t.w, "ous") || strings.HasSuffix(t.w, "ful") || strings.HasSuffix(t.w, "ble") || strings.HasSuffix(t.w, "ed"))
}

// aliveVerbs kill those they are done to "alive" ("burned 11 villagers
// alive", "were buried alive").
var aliveVerbs = wordSet("burned burnt burning buried burying")

// deathVerbs kill when followed by "to death" ("hacked to death").
var deathVerbs = wordSet("hacked beat beaten stabbed burned burnt stoned crushed clubbed starved shot " +
	"tortured trampled bludgeoned burning hacking beating stabbing stoning clubbing crushing " +
	"torturing trampling bludgeoning frozen put")

// notDeathVerbs are verbs in -ed before "to death" that kill no one:
// "sentenced to death", "frightened to death".
var notDeathVerbs = wordSet("sentenced condemned scared frightened bored worried doomed tickled " +
	"tried charged threatened")

// deathVerb reports whether w kills when "to death" follows it: one of
// deathVerbs, or any verb in -ed but a sentence's ("machine-gunned to
// death", "bayoneted to death", "strangled to death").
func deathVerb(w string) bool {
	return deathVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notDeathVerbs[w]
}

// toDeath reports whether toks[t:] reads "to death" and the phrase ends
// there: not "moved to death row", "handed to death squads".
func toDeath(toks []token, t int) bool {
	d := t + 1
	return t >= 0 && d < len(toks) && toks[t].w == "to" && toks[d].w == "death" && (d+1 == len(toks) || !deathCompounds[toks[d+1].w])
}

// deathCompounds follow "death" in nouns of their own.
var deathCompounds = wordSet("row squad squads sentence sentences penalty camp camps march marches toll tolls threat threats " +
	"certificate certificates cell cells list lists trap traps zone zones")

// numberOfGroup reads "the number of <group> killed … rose to" back from
// the verb at toks[k]: it returns the outcome and the group's first and
// last token, or ok false.
func numberOfGroup(toks []token, k int) (outcome string, from, to int, ok bool) {
	for m := k - 1; m >= 1 && m >= k-24; m-- {
		if !toks[m].word && !toks[m].isQuote() && toks[m].w != "-" && toks[m].w != "," && toks[m].w != "(" && toks[m].w != ")" {
			// (Past the commas of a day told between them: "the number
			// of Palestinians killed … yesterday, Monday 14 May, has
			// risen to 60"; past a short name in brackets: "on the
			// Andhra-Odisha border (AOB) rose to 28".)
			return "", 0, 0, false
		}
		if toks[m].w == "while" || toks[m].w == "whereas" {
			// "… had reached 303, while the government's dead stood at
			// 71": another clause's toll.
			return "", 0, 0, false
		}
		if toks[m].w != "of" || toks[m-1].w != "number" {
			continue
		}
		// The group runs from m+1 to the outcome word.
		for v := m + 2; v < k && v <= m+6; v++ {
			var named bool
			if outcome, named = numberOfOutcome(toks[v].w); !named {
				continue
			}
			g := v - 1
			if countAdjectives[toks[g].w] && g-1 > m {
				// "the number of people confirmed killed".
				g--
			}
			if !toks[g].victimHead() {
				return "", 0, 0, false
			}
			return outcome, m + 1, g, true
		}
		return "", 0, 0, false
	}
	return "", 0, 0, false
}

// numberOfOutcome returns the outcome a word names after the group of
// "the number of <group> killed".
func numberOfOutcome(w string) (string, bool) {
	switch w {
	case "killed", "dead", "slain", "massacred", "murdered", "executed", "martyred":
		return OutcomeKilled, true
	case "wounded", "injured":
		return OutcomeWounded, true
	case "missing":
		return OutcomeMissing, true
	case "captured", "abducted", "kidnapped":
		return OutcomeCaptured, true
	}
	return "", false
}

// numberOfAdjective reports whether w is an outcome word that may stand
// before the group in "the number of dead soldiers".
func numberOfAdjective(w string) bool {
	switch w {
	case "dead", "wounded", "injured", "missing":
		return true
	}
	return false
}

// bringVerbs raise a running count: "bringing to 36 the number of …".
var bringVerbs = wordSet("bring brings bringing brought raise raises raising raised take takes taking took")

// numberOfGroupAfter reads the group and outcome of "the number of
// <group> killed" forward from "of" at toks[of]: it returns the outcome
// and the group's first and last token, or ok false.
func numberOfGroupAfter(toks []token, of int) (outcome string, from, to int, ok bool) {
	for v := of + 2; v < len(toks) && v <= of+10; v++ {
		if (toks[v].w == "who" || toks[v].w == "that") && v-1 > of {
			// "the number of members of the U.S. military who have
			// died".
			return numberWhoDied(toks, of, v)
		}
		if v > of+6 {
			continue
		}
		var named bool
		if outcome, named = numberOfOutcome(toks[v].w); !named {
			if !toks[v].word {
				return "", 0, 0, false
			}
			continue
		}
		g := v - 1
		if countAdjectives[toks[g].w] && g-1 > of {
			// "the number of people confirmed killed".
			g--
		}
		if !toks[g].victimHead() {
			return "", 0, 0, false
		}
		return outcome, of + 1, g, true
	}
	return "", 0, 0, false
}

// numberWhoDied reads the relative clause at toks[who] of "the number of
// <group> who have died": it returns the outcome and the group's first and
// last token, or ok false when the clause tells no outcome or the words
// before it hold no victims' noun.
func numberWhoDied(toks []token, of, who int) (outcome string, from, to int, ok bool) {
	v := who + 1
	for v < len(toks) && v <= who+3 && auxWords[toks[v].w] {
		v++
	}
	if v >= len(toks) {
		return "", 0, 0, false
	}
	switch toks[v].w {
	case "died", "killed":
		outcome = OutcomeKilled
	case "wounded", "injured":
		outcome = OutcomeWounded
	default:
		return "", 0, 0, false
	}
	for m := of + 1; m < who; m++ {
		if !toks[m].word && toks[m].w != "." {
			return "", 0, 0, false
		}
		if toks[m].victimHead() {
			return outcome, of + 1, who - 1, true
		}
	}
	return "", 0, 0, false
}

// tollStart widens a "toll" token to "death toll".
func tollStart(toks []token, m int) int {
	if m > 0 && (toks[m-1].w == "death" || toks[m-1].w == "casualty") {
		return m - 1
	}
	return m
}

// actorRelativeEnd returns the index of the auxiliary that follows a
// relative clause at toks[k], right after the group's head at toks[last],
// in which the group acts ("militants who stormed the complex had been
// killed", "workers who escaped were found"): "who", a verb of no
// casualty, and a few words with no number and no stop, up to "had",
// "have", "were" or "was"; or -1.
func actorRelativeEnd(toks []token, k, last int) int {
	if k == last+1 && k+4 < len(toks) && (toks[k].w == "they" || toks[k].w == "it") && (toks[k+1].w == "had" || toks[k+1].w == "have") &&
		toks[k+2].word && !auxWords[toks[k+2].w] && toks[last].victimHead() {
		// "11 provincial lawmakers they had held hostage for more than
		// five years had been killed", "the villagers they had abducted
		// were found dead": a clause of their captors, no "who" before
		// it.
		return verbAfterClause(toks, k+3, k+12, false)
	}
	if k == last+1 && k+3 < len(toks) && (toks[k].w == "suspected" || toks[k].w == "accused") && toks[k+1].w == "of" &&
		strings.HasSuffix(toks[k+2].w, "ing") && toks[last].victimHead() {
		// "Twenty-four rubber tappers suspected of supplying food to
		// the bandits were shot dead": what they were suspected of is
		// no group of its own.
		return verbAfterClause(toks, k+3, k+12, true)
	}
	if k == last+1 && k+3 < len(toks) && toks[k].w == "who" && (toks[k+1].w == "were" || toks[k+1].w == "was") &&
		(toks[k+2].w == "aboard" || toks[k+2].w == "on" || toks[k+2].w == "in" || toks[k+2].w == "inside") && toks[last].victimHead() {
		// "The other 768 persons who were on board, including the crew,
		// are presumed to have lost their lives": where they were, then
		// the verb.
		for m := k + 3; m < len(toks) && m <= k+14; m++ {
			switch t := toks[m]; {
			case t.w == "are" || t.w == "were" || t.w == "was" || t.w == "is" || t.w == "had" || t.w == "have":
				return m
			case numberish(t) || activeVerbs[t.w] != "" || passiveVerbs[t.w] != "" || t.w == "." || t.w == ";":
				return -1
			}
		}
		return -1
	}
	if k == last+1 && k+3 < len(toks) && (toks[k].w == "that" || toks[k].w == "which" || toks[k].w == "who") && !toks[last].victimHead() && victimsOfBefore(toks, last) {
		// "nine residents of the shantytowns that ring the base had been
		// killed": a clause of what the group is of, then its verb.
		if v := toks[k+1]; !v.word || auxWords[v.w] || passiveVerbs[v.w] != "" || activeVerbs[v.w] != "" || v.cls&clsReport != 0 {
			return -1
		}
		return verbAfterClause(toks, k+2, k+10, true)
	}
	if k != last+1 || k+3 >= len(toks) || toks[k].w != "who" || !toks[last].victimHead() {
		return -1
	}
	from, reach := k+2, k+8
	if k+4 < len(toks) && (toks[k+1].w == "had" || toks[k+1].w == "have") && toks[k+2].w == "been" && strings.HasSuffix(toks[k+3].w, "ing") {
		// "six volunteers who had been distributing food at the camp
		// were killed": a progressive clause.
		from, reach = k+4, k+10
	} else if k+4 < len(toks) && beVerbs[toks[k+1].w] && groupParticiples[toks[k+2].w] {
		// "12 civilians who were sheltering in a school were killed": a
		// progressive clause of what they were doing.
		from, reach = k+3, k+10
	} else if k+4 < len(toks) && (toks[k+1].w == "had" || toks[k+1].w == "have") && relativeDeeds[toks[k+2].w] {
		// "three villagers who had fled the fighting were wounded".
		from, reach = k+3, k+10
	} else if v := toks[k+1]; !v.word || auxWords[v.w] || passiveVerbs[v.w] != "" || activeVerbs[v.w] != "" {
		return -1
	}
	return verbAfterClause(toks, from, reach, true)
}

// relativeDeeds are the past participles of what a group had done before
// it was harmed: "who had fled", "who had returned".
var relativeDeeds = wordSet("fled returned gathered arrived sought taken crossed left come gone travelled traveled " +
	"assembled queued lined camped settled moved")

// victimsOfBefore reports whether the words up to toks[last] end in what a
// plural victims' noun is of: "residents of the shantytowns", "relatives of
// the man".
func victimsOfBefore(toks []token, last int) bool {
	for m := last - 1; m >= 1 && m >= last-4; m-- {
		if toks[m].w == "of" {
			return pluralVictim(toks[m-1])
		}
		if !toks[m].word || toks[m].cls&(clsVerb|clsReport) != 0 {
			return false
		}
	}
	return false
}

// verbAfterClause returns the index of the auxiliary ("had", "have",
// "were", "was") that opens the group's own verb after a clause told of it,
// searched from toks[from] to toks[reach], or -1 when punctuation, a
// figure's verb or (with numbers) a count comes first.
func verbAfterClause(toks []token, from, reach int, numbers bool) int {
	for m := from; m < len(toks) && m <= reach; m++ {
		switch t := toks[m]; {
		case t.w == "had" || t.w == "have" || t.w == "were" || t.w == "was":
			return m
		case !t.word || numbers && numberish(t) || activeVerbs[t.w] != "" || passiveVerbs[t.w] != "":
			return -1
		}
	}
	return -1
}

// supposedPlaceEnd returns the index of the verb after a short phrase of
// place at toks[k] that closes a group's "believed to be", "thought to
// have been" ("believed to have been in the building remain"), or -1.
func supposedPlaceEnd(toks []token, k int) int {
	if k < 3 || !supposedPlaces[toks[k].w] || toks[k-1].w != "be" && toks[k-1].w != "been" {
		return -1
	}
	supposed := false
	for m := k - 2; m >= 0 && m >= k-4; m-- {
		if supposeVerbs[toks[m].w] {
			supposed = true
			break
		}
	}
	if !supposed {
		return -1
	}
	for m := k + 1; m < len(toks) && m <= k+7; m++ {
		t := toks[m]
		if m > k+1 && (auxWords[t.w] && t.w != "to" || passiveVerbs[t.w] != "") {
			return m
		}
		if !t.word || numberish(t) || t.cls&(clsVerb|clsReport) != 0 || t.w == "and" || t.w == "who" || t.w == "which" {
			return -1
		}
	}
	return -1
}

var (
	supposedPlaces = wordSet("in inside under aboard on at near")
	supposeVerbs   = wordSet("believed thought feared presumed")
)

// bereavedHeads name the people a death leaves behind.
var bereavedHeads = wordSet("families family relatives relative parents widows widow orphans kin next-of-kin")

// thenKilled reads a passive verb of no casualty at toks[k] whose clause
// goes on with "and" and a verb of death ("were pulled from their cars and
// shot dead", "were lined up and executed"): the outcome and the last
// token of the verb of death, or "".
func thenKilled(toks []token, k int) (string, int) {
	w := toks[k].w
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") || passiveVerbs[w] != "" && passiveVerbs[w] != OutcomeCaptured ||
		activeVerbs[w] != "" && activeVerbs[w] != OutcomeCaptured || auxWords[w] {
		// ("were abducted and killed": the captives were killed.)
		return "", -1
	}
	for m := k + 1; m+1 < len(toks) && m <= k+7; m++ {
		t := toks[m]
		if t.w == "and" {
			if w := toks[m+1].w; (w == "later" || w == "then" || w == "subsequently") && m+2 < len(toks) {
				m++ // "were kidnapped and later killed"
			}
			switch v := toks[m+1].w; {
			case v == "shot" && m+2 < len(toks) && toks[m+2].w == "dead":
				return OutcomeKilled, m + 2
			case passiveVerbs[v] == OutcomeKilled:
				return OutcomeKilled, m + 1
			}
			return "", -1
		}
		if !t.word || numberish(t) || t.reportVerb() {
			return "", -1
		}
	}
	return "", -1
}

// passiveAfter finds a verb after the group ending at toks[last] that makes
// it the victims ("… were killed", "… died", "… lost their lives") and
// returns the outcome and the verb's last token index.
func passiveAfter(toks []token, first, last int) (string, int) {
	k := last + 1
	if k+1 < len(toks) && toks[k].w == "of" && (toks[k+1].w == "those" || toks[k+1].w == "the") && bereavedHeads[toks[last].w] {
		// "the families of those who lost their lives": the bereaved,
		// not the dead.
		return "", -1
	}
	ppRelative := false
	if k+4 < len(toks) && toks[k].w == "," && (toks[k+1].w == "all" || toks[k+1].w == "both") && toks[k+2].w == "of" &&
		(toks[k+3].w == "whom" || toks[k+3].w == "them") && beVerbs[toks[k+4].w] {
		// "six militants, all of whom were killed", "two soldiers,
		// both of them wounded": the whole group.
		k += 4
	}
	if c := pairAside(toks, k); c > 0 && pluralVictim(toks[last]) {
		// "two civilians, a father and son, were killed".
		k = c + 1
	} else if c := asideOfOne(toks, k, false); c > 0 {
		// "A soldier, a 22-year-old conscript, was killed".
		k = c + 1
	} else if c := partAsideClosing(toks, k); c > 0 {
		// "Two passers-by, one of them a boy of 13, were killed", "at
		// least 6,700 Rohingya, among them 730 children, were killed":
		// past a part of the group set between commas, to its verb.
		k = c + 1
	} else if c := asideClosing(toks, k); c > 0 {
		// "Seven policemen, the ministry said, were killed".
		k = c + 1
	} else if k < len(toks) && toks[k].w == "," {
		k++
	} else if dashAt(toks, k) && first < k-1 && dashOpened(toks, first, k) {
		// The closing dash of a breakdown: "five people - a woman and
		// four children - had died".
		k++
	} else if dashAt(toks, k) {
		if m := closingDash(toks, k); m > 0 {
			// An aside between dashes: "two soldiers - both conscripts -
			// were killed".
			k = m + 1
		}
	}
	if m := participleEnd(toks, k); m > 0 {
		// "six soldiers, having fought gallantly, embraced shahadat".
		k = m + 1
	}
	if k+1 < len(toks) && (toks[k].w == "there" || toks[k].w == "here") && auxWords[toks[k+1].w] {
		k++ // "Seven people there were slightly hurt"
	}
	if m := diedOfHurt(toks, k); m > 0 {
		// "Seven protesters shot in the clashes have died": the hurt
		// who died are dead.
		return OutcomeKilled, m
	}
	if m := woundedWith(toks, k); m > 0 {
		// "About 300 people with stab and bullet wounds were being
		// treated": the group is told by its wounds.
		return OutcomeWounded, m
	}
	// A prepositional phrase between the group and its verb: "Russian
	// soldiers in a northern Syrian province were killed".
	if k < len(toks) && (ppStarts[toks[k].w] || groupParticiples[toks[k].w]) {
		// Or a participle's phrase: "a Kenyan police officer serving with
		// the multinational mission in Haiti was killed".
		found, reach := false, 8
		if groupParticiples[toks[k].w] {
			reach = 16
		}
		for m := k + 1; m < len(toks) && m <= k+reach; m++ {
			t := toks[m]
			if (t.w == "both" || t.w == "all" || t.w == "each") && ppStarts[toks[m-1].w] {
				continue // "22 fighters from both sides were killed"
			}
			if t.w == "dead" && toks[m-1].w == "shot" {
				// "Police at Sharpeville shot dead 69 protesters": the
				// verb is read as "shot dead" (active before an object).
				k, found = m-1, true
				break
			}
			if auxWords[t.w] && t.w != "to" || passiveVerbs[t.w] != "" || t.w == "lost" || t.w == "suffered" || t.w == "sustained" {
				// ("Two jawans travelling in a following vehicle
				// suffered minor injuries".)
				k, found = m, true
				break
			}
			if t.w == "who" && m > k+1 && toks[m-1].word && !toks[m-1].num {
				// "43 students from a rural teacher training college
				// who went missing": the clause tells of the group.
				k, found, ppRelative = m, true, true
				break
			}
			if t.w == "one" && ppStarts[toks[m-1].w] {
				continue // "a gunman from one faction was shot dead"
			}
			if t.w == "," && m+2 < len(toks) && beVerbs[toks[m+1].w] && passiveVerbs[toks[m+2].w] != "" {
				// The comma that closes a breakdown set off before the
				// verb: "6,700 people, among them 730 children under the
				// age of five, were killed".
				k, found = m+1, true
				break
			}
			if t.num && m+1 < len(toks) && toks[m+1].cap && (toks[m-1].w == "the" || numberedUnits[toks[m+1].w]) {
				continue // "100 soldiers of the 157 Task Force Battalion were killed", "a soldier from 40 Commando"
			}
			if (!t.word && !t.isQuote() && t.w != "-" && t.w != ".") || numberish(t) || subjectStops[t.w] {
				break
			}
		}
		if !found {
			if m := appositiveEnd(toks, k); m > 0 {
				k = m
				found = true
				ppRelative = toks[m].w == "who" || toks[m].w == "that"
			}
		}
		if !found {
			return "", -1
		}
	} else if k < len(toks) && (toks[k].w == "(" || toks[k].w == "for" || k > last+1 && toks[k-1].w == "," && toks[k].word &&
		!auxWords[toks[k].w] && toks[k].cls&clsVerb == 0) {
		// "36 members of the Volunteers for the Defence of the Homeland
		// (VDP), civilian auxiliaries of the army, were killed".
		if m := appositiveEnd(toks, k); m > 0 {
			k = m
			ppRelative = toks[m].w == "who" || toks[m].w == "that"
		} else if m := relativeEnd(toks, k); m > 0 {
			k = m
		} else if m := nameEndLoss(toks, k); m > 0 {
			k = m
		}
	}
	if m := actorRelativeEnd(toks, k, last); m > 0 {
		// "29 of the 32 militants who stormed the complex had been
		// killed": a clause that tells what the group did, then its
		// verb.
		k = m
	}
	relative := false
	if k < len(toks) && (toks[k].w == "who" || toks[k].w == "that") && (k == last+1 && toks[last].victimHead() || ppRelative ||
		k == last+2 && toks[last+1].w == "," && breakdownWithin(toks, first, last)) {
		// A relative clause: "four people who died when rockets hit",
		// "two soldiers who were wounded".
		k++
		relative = true
		if m := mainVerbAfter(toks, k); m > 0 && toks[k-1].w == "who" {
			// "35 guerrillas who seized the building on Wednesday
			// died", "12 employees who were seen leaving alive were
			// missing": the clause tells what the group did; the verb
			// after it, what befell them.
			k, relative = m, false
		}
	}
	aux, be, have := 0, false, false
	for k < len(toks) && aux < 7 {
		t := toks[k]
		switch t.w {
		case "were", "was", "are", "is", "been", "being", "be":
			be = true
		case "have", "has", "had":
			have = true
		}
		if auxWords[t.w] || t.isQuote() || len(t.w) > 4 && strings.HasSuffix(t.w, "ly") && passiveVerbs[t.w] == "" {
			k++
			aux++
			continue
		}
		if t.w == "so" && k+1 < len(toks) && toks[k+1].w == "far" && aux > 0 {
			// "Eight passengers have so far been confirmed dead".
			k += 2
			aux++
			continue
		}
		if (t.w == "since" || t.w == "subsequently" || t.w == "later") && aux > 0 && k+1 < len(toks) && toks[k+1].word {
			// "Eleven of the wounded have since died".
			k++
			aux++
			continue
		}
		if m := supposedPlaceEnd(toks, k); m > 0 {
			// "36 civilians believed to have been in the building
			// remain unaccounted for": past where they were thought to
			// be, to their verb.
			k = m
			continue
		}
		break
	}
	if k >= len(toks) {
		return "", -1
	}
	w := toks[k].w
	at := func(m int) string {
		if m < len(toks) {
			return toks[m].w
		}
		return ""
	}
	if !be && !have && at(k+1) == "and" && activeVerbs[at(k+2)] != "" && startsObject(toks, k+3) {
		// "Rebels abducted and killed four villagers": the group did
		// both; the object is the victims.
		return "", -1
	}
	if be {
		if o, v := thenKilled(toks, k); o != "" {
			// "47 people … were pulled from their cars and shot dead".
			return o, v
		}
	}
	switch {
	case (w == "deaths" || w == "fatalities") && k == last+1 && toks[last].victimHead():
		// "documented at least 300 civilian deaths".
		return OutcomeKilled, k
	case (w == "lost" || w == "lose" || w == "loses") && (at(k+1) == "their" || at(k+1) == "his" || at(k+1) == "her") && (at(k+2) == "lives" || at(k+2) == "life"):
		// ("16 people lose their lives in attack": a headline's present.)
		return OutcomeKilled, k + 2
	case (w == "declared" || w == "pronounced" || w == "confirmed") && at(k+1) == "dead" && be:
		// "21 others were declared dead on arrival".
		return OutcomeKilled, k + 1
	case (w == "brought" || w == "carried") && at(k+1) == "in" && at(k+2) == "dead" && be:
		// "18 civilians had been brought in dead".
		return OutcomeKilled, k + 2
	case w == "wiped" && at(k+1) == "out" && be && toks[last].victimHead() && groupHasCount(toks, first, last):
		// "300 Chinese troops were wiped out", as "wiped out 300 troops".
		return OutcomeKilled, k + 1
	case deathEuphemism(toks, k) > 0:
		// "two soldiers paid the supreme price", "were sent to hell".
		return OutcomeKilled, deathEuphemism(toks, k)
	case w == "found" && (at(k+1) == "dead" || at(k+1) == "shot" && at(k+2) == "dead"):
		// "14 patients had been found shot dead in their beds".
		if at(k+1) == "dead" {
			return OutcomeKilled, k + 1
		}
		return OutcomeKilled, k + 2
	case w == "found" && be && foundHow[at(k+1)]:
		// "nine prisoners were found hanged in their cells".
		return OutcomeKilled, k + 1
	case w == "blew" && at(k+1) == "themselves" && at(k+2) == "up" && !strings.HasPrefix(toks[last].w, "bomber"):
		// "Two of the attackers blew themselves up"; a suicide bomber
		// who blew himself up is the attack told, not a figure.
		return OutcomeKilled, k + 2
	case w == "shot" && at(k+1) == "dead":
		if !be && startsObject(toks, k+2) {
			return "", -1
		}
		return OutcomeKilled, k + 1
	case w == "shot" && be && fatallyAt(toks, k):
		// "Two men were fatally shot".
		return OutcomeKilled, k
	case w == "shot" && at(k+1) == "and" && passiveVerbs[at(k+2)] != "":
		if !be && startsObject(toks, k+3) {
			return "", -1 // "Police shot and killed three protesters"
		}
		return passiveVerbs[at(k+2)], k + 2
	case be && (w == "gunned" || w == "mowed") && at(k+1) == "down":
		// "Three Maoists were gunned down in an encounter".
		return OutcomeKilled, k + 1
	case w == "succumbed" && at(k+1) == "to" && (woundNouns[at(k+2)] || (at(k+2) == "their" || at(k+2) == "his" || at(k+2) == "her") && woundNouns[at(k+3)]):
		// "Two more jawans succumbed to their injuries in hospital".
		if woundNouns[at(k+2)] {
			return OutcomeKilled, k + 2
		}
		return OutcomeKilled, k + 3
	case takenCaptive(toks, k) ||
		w == "taken" && at(k+1) == "alive" && be,
		be && (w == "held" || w == "kept") && (at(k+1) == "hostage" || at(k+1) == "hostages" || at(k+1) == "captive"):
		// ("only 17 Japanese were taken alive": captured; so are "120
		// employees had been held hostage".)
		return OutcomeCaptured, k + 1
	case aliveVerbs[w] && at(k+1) == "alive" && be:
		// "Eleven villagers were burned alive".
		return OutcomeKilled, k + 1
	case deathVerb(w) && toDeath(toks, k+1):
		if !be && startsObject(toks, k+3) {
			return "", -1 // "gunmen hacked to death 40 villagers"
		}
		return OutcomeKilled, k + 2
	case be && deathVerb(w) && (at(k+1) == "or" || at(k+1) == "and") && deathVerb(at(k+2)) && toDeath(toks, k+3):
		// "were stabbed or hacked to death".
		return OutcomeKilled, k + 4
	case (w == "taken" || w == "rushed" || w == "admitted" || w == "evacuated" || w == "airlifted" || w == "flown") && toHospital(toks, k+1) > 0:
		// "32 people were taken to hospitals with injuries", "Seven
		// people were taken to the Getulio Vargas hospital"; but "was
		// taken to the Gemelli hospital with bullet wounds and died".
		if d := deathAfter(toks, toHospital(toks, k+1)); d > 0 {
			return OutcomeKilled, d
		}
		return OutcomeWounded, toHospital(toks, k+1) - 1
	case w == "treated" && inHospital(toks, k+1) > 0 && (at(inHospital(toks, k+1)) == "for" || at(inHospital(toks, k+1)) == "with") &&
		woundAfter(toks, inHospital(toks, k+1)+1) > 0:
		// "11 people were being treated in hospital for burns".
		return OutcomeWounded, woundAfter(toks, inHospital(toks, k+1)+1)
	case w == "treated" && be && inHospital(toks, k+1) > 0 && at(inHospital(toks, k+1)) != "for" && at(inHospital(toks, k+1)) != "with" &&
		!(first >= 2 && at(first-1) == "whom" && at(first-2) == "of") && !ofTheWounded(toks, first, last) && groupHasCount(toks, first, last):
		// "32 other soldiers were being treated in hospitals in Turkey",
		// "nine are being treated in hospital": the hurt, treated there
		// (a part of a figure told, "of whom", "of the wounded", is none,
		// nor a group of no count, "survivors were being treated").
		return OutcomeWounded, inHospital(toks, k+1) - 1
	case (w == "treated" || w == "hospitalised" || w == "hospitalized" || w == "admitted") && (at(k+1) == "there" || at(k+1) == "here") &&
		(at(k+2) == "for" || at(k+2) == "with") && woundAfter(toks, k+3) > 0:
		// "119 others are being treated there for gunshot wounds".
		return OutcomeWounded, woundAfter(toks, k+3)
	case (w == "treated" || w == "hospitalised" || w == "hospitalized" || w == "admitted") && (at(k+1) == "for" || at(k+1) == "with") && woundAfter(toks, k+2) > 0,
		(w == "escaped" || w == "survived") && at(k+1) == "with" && woundAfter(toks, k+2) > 0:
		// "58 people had been admitted with wounds", "was being
		// treated for gunshot and knife wounds", "two farmers escaped
		// with gunshot wounds".
		return OutcomeWounded, woundAfter(toks, k+2)
	case (be || k > 0 && (at(k-1) == "remain" || at(k-1) == "remained" || at(k-1) == "remains")) && inHospital(toks, k) > 0 &&
		(inHospital(toks, k) == len(toks) || !toks[inHospital(toks, k)].word || inCondition(toks, inHospital(toks, k)) ||
			hospitalDay(toks, inHospital(toks, k)) && !ofTheWounded(toks, first, last)) &&
		!(first >= 2 && at(first-1) == "whom" && at(first-2) == "of"):
		// "646 hostages were in hospital", "12 remain in hospital.",
		// "144 people were still in hospital on Tuesday": the hurt,
		// kept there; but "182 people had been wounded, of whom 107
		// remained in hospital" tells where some of a figure are, not a
		// figure, and so does "Eleven of the wounded remained in
		// hospital on Friday", a count of some of them on a later day.
		return OutcomeWounded, inHospital(toks, k) - 1
	case (be || k > 0 && (at(k-1) == "remain" || at(k-1) == "remained" || at(k-1) == "remains")) && severeCondition(toks, k) > 0 &&
		at(first+1) != "of" && !hurtBefore(toks, first):
		// "A further 13 people remain in critical condition": the hurt,
		// told by their state; but not a part of a figure ("45 people
		// were injured, 15 of them in serious condition").
		return OutcomeWounded, severeCondition(toks, k)
	case w == "receiving" && at(k+1) == "treatment" && be:
		// "61 other persons were still receiving treatment".
		return OutcomeWounded, k + 1
	case have && k > 0 && (at(k-1) == "had" || at(k-1) == "have" || at(k-1) == "has") && hadWounds(toks, k-1) > 0 &&
		toks[last].victimHead() && (first == 0 || at(first-1) != "all"):
		// "Two men had gunshot wounds": the hurt, told by their wounds;
		// not "all 11 had bullet wounds to the head", the dead told
		// before.
		return OutcomeWounded, hadWounds(toks, k-1)
	case (w == "suffered" || w == "sustained" || w == "received") && woundAfter(toks, k+1) > 0:
		// "145 people received injuries of varying severity", "four
		// children sustained light to moderate injuries".
		return OutcomeWounded, woundAfter(toks, k+1)
	case (w == "suffered" || w == "sustained" || w == "received") && at(k+2) == "degrees" && at(k+3) == "of" && woundWords[at(k+4)]:
		// "eight soldiers sustained varying degrees of injuries".
		return OutcomeWounded, k + 4
	case w == "succumbed" && at(k+1) == "to" && (woundWords[at(k+2)] || woundWords[at(k+3)]):
		// "17 more troops … had succumbed to their injuries".
		if woundWords[at(k+2)] {
			return OutcomeKilled, k + 2
		}
		return OutcomeKilled, k + 3
	case (w == "hospitalised" || w == "hospitalized") && be && ofTheWounded(toks, first, last):
		// "Eleven of the injured were hospitalised": a part of a figure
		// told, not one more.
		return "", -1
	case (w == "hospitalised" || w == "hospitalized") && be:
		// "Eight people were hospitalized in critical condition".
		return OutcomeWounded, k
	case (w == "went" || w == "gone") && at(k+1) == "missing":
		return OutcomeMissing, k + 1
	case (w == "disappeared" || w == "vanished") && at(k+1) != "from" && (toks[last].victimHead() || numberish(toks[last])):
		// "another 40,000 have disappeared", "Three students disappeared
		// after the raid": missing (not "disappeared from the screens").
		return OutcomeMissing, k
	case (w == "figure" || w == "figured" || w == "figures" || w == "counted") && at(k+1) == "among" && (at(k+2) == "the" || at(k+2) == "those") &&
		(at(k+3) == "dead" || at(k+3) == "killed" || at(k+3) == "wounded" || at(k+3) == "injured"):
		// "At least four policemen figure among the dead", "were
		// counted among the wounded".
		if at(k+3) == "wounded" || at(k+3) == "injured" {
			return OutcomeWounded, k + 3
		}
		return OutcomeKilled, k + 3
	case w == "among" && (at(k+1) == "the" || at(k+1) == "those") && (at(k+2) == "dead" || at(k+2) == "killed"):
		return OutcomeKilled, k + 2
	case w == "among" && (at(k+1) == "the" || at(k+1) == "those") && (at(k+2) == "wounded" || at(k+2) == "injured"):
		return OutcomeWounded, k + 2
	case w == "among" && (at(k+1) == "the" || at(k+1) == "those") && (at(k+2) == "people" || k+2 < len(toks) && pluralVictim(toks[k+2])) &&
		(passiveVerbs[at(k+3)] == OutcomeKilled || passiveVerbs[at(k+3)] == OutcomeWounded):
		// "five children were among those people killed", "two
		// children were among the civilians killed".
		return passiveVerbs[at(k+3)], k + 3
	case w == "among" && amongCounted(toks, k+1) > 0:
		// "Two children were among 15 people killed", "six
		// firefighters were among the 40 people injured": a part of a
		// figure told with its whole.
		v := amongCounted(toks, k+1)
		return passiveVerbs[at(v)], v
	case w == "unaccounted" && at(k+1) == "for":
		return OutcomeMissing, k + 1
	case (w == "searched" || w == "looked") && k > 0 && toks[k-1].w == "being" && at(k+1) == "for":
		// "five other soldiers were still being searched for".
		return OutcomeMissing, k + 1
	case w == "sought" && k > 0 && toks[k-1].w == "being" && at(k+1) != "by":
		// (Not "were being sought by police": suspects.)
		// "Three fishermen were still being sought".
		return OutcomeMissing, k
	case (w == "yet" || w == "still") && at(k+1) == "to" && at(k+2) == "be" && at(k+3) == "accounted" && at(k+4) == "for":
		// "leaving 168 passengers yet to be accounted for".
		return OutcomeMissing, k + 4
	case w == "to" && k > 0 && (toks[k-1].w == "yet" || toks[k-1].w == "still") && at(k+1) == "be" && at(k+2) == "accounted" && at(k+3) == "for":
		// "40 people were still to be accounted for".
		return OutcomeMissing, k + 3
	case (w == "seized" || w == "snatched") && be && byWithin(toks, k+1, 5):
		// "The 16 Americans and one Canadian were seized by the gang",
		// "The 12 lawmakers were seized in April 2002 by rebels".
		return OutcomeCaptured, k
	case (w == "listed" || w == "considered" || w == "classified" || w == "registered") && be && at(k+1) == "missing":
		// "39 people are considered missing".
		return OutcomeMissing, k + 1
	case (w == "listed" || w == "classified" || w == "registered") && be && at(k+1) == "as" && at(k+2) == "missing":
		// "100 servicemen were still listed as missing".
		return OutcomeMissing, k + 2
	}
	o := passiveVerbs[w]
	if o == "" || w == "dead" && k > 0 && (toks[k-1].w == "the" || toks[k-1].w == "those") {
		// "177 of the dead had been identified": "the dead" are no
		// predicate.
		return "", -1
	}
	if relative && o == OutcomeWounded {
		// "17 troops who were critically injured … had succumbed to
		// their injuries": the main verb tells the outcome.
		for m := k + 1; m < len(toks) && m <= k+16; m++ {
			if toks[m].w == "succumbed" || toks[m].w == "died" && (toks[m-1].w == "later" || toks[m-1].w == "had" || toks[m-1].w == "have") {
				return OutcomeKilled, m
			}
			if toks[m].w == "." || toks[m].w == ";" {
				break
			}
		}
	}
	if transitiveVerbs[w] && !be {
		// "Two soldiers killed three militants", "forces have captured
		// seven towns", "which troops captured": the group is the subject.
		if have || last+1 < len(toks) && first > 0 && subjectStops[toks[first-1].w] {
			return "", -1
		}
		if startsObject(toks, k+1) && !(k == last+1 && toks[last].victimHead() && k+1 < len(toks) && beVerbs[toks[k+1].w]) {
			// "Among the eight people wounded was a baby": a verb after
			// the participle is not its object.
			return "", -1
		}
	}
	return o, k
}

// asideClosing returns the index of the comma that closes an attribution
// set between commas from the one at toks[k] ("Seven policemen, the
// ministry said, were killed"), or -1.
func asideClosing(toks []token, k int) int {
	if k >= len(toks) || toks[k].w != "," {
		return -1
	}
	for m := k + 2; m < len(toks) && m <= k+14; m++ {
		t := toks[m]
		if t.w == "," {
			if toks[m-1].reportVerb() && m+1 < len(toks) && toks[m+1].word {
				return m
			}
			return -1
		}
		if !t.word && !possessiveMark(toks, m) || t.num {
			return -1
		}
	}
	return -1
}

// bothAsideEnd returns the index of the comma that closes ", both … and
// …," opened at toks[k], or -1.
func bothAsideEnd(toks []token, k int) int {
	if k+4 >= len(toks) || toks[k].w != "," || toks[k+1].w != "both" {
		return -1
	}
	for m := k + 3; m < len(toks) && m <= k+10; m++ {
		if toks[m].w == "," {
			return m
		}
		if !toks[m].word || toks[m].num {
			return -1
		}
	}
	return -1
}

// armedInBothAside reports whether the aside of kinds at toks[k] (see
// bothAsideEnd) names armed men: "both civilians and soldiers".
func armedInBothAside(toks []token, k int) bool {
	c := bothAsideEnd(toks, k)
	for m := k + 2; m < c; m++ {
		if armedOrCombatant(toks[m].w) {
			return true
		}
	}
	return false
}

// partAsideClosing returns the index of the comma that closes a part of a
// group set between commas from the one at toks[k] (", one of them a boy of
// 13,", ", among them 730 children under five,", ", including a
// policeman,"), when a verb follows it; or -1.
func partAsideClosing(toks []token, k int) int {
	if k+3 >= len(toks) || toks[k].w != "," {
		return -1
	}
	m := k + 1
	if k+5 < len(toks) && (toks[m].w == "nearly" || toks[m].w == "almost") && (toks[m+1].w == "all" || toks[m+1].w == "most") {
		// "More than 200 people, nearly all of them black, have been
		// killed".
		m++
	}
	switch {
	case toks[m].w == "among" && (toks[m+1].w == "them" || toks[m+1].w == "whom"), toks[m].w == "including":
	case (numberish(toks[m]) || toks[m].w == "most" || toks[m].w == "all" || toks[m].w == "both" || toks[m].w == "many") &&
		toks[m+1].w == "of" && (toks[m+2].w == "them" || toks[m+2].w == "whom"):
	case (toks[m].w == "all" || toks[m].w == "both") && toks[m+1].w != "of" && toks[m+1].word && !numberish(toks[m+1]) &&
		(toks[m].w == "both" || !andBefore(toks, m+1)):
		// "Thirteen peacekeepers, all from Tanzania,", "four soldiers,
		// all conscripts,": what the whole group is; "500 people, both
		// civilians and soldiers,": its kinds (see armedInBothAside).
	case toks[m].w == "aged" && numberish(toks[m+1]),
		toks[m].w == "the" && (toks[m+1].w == "youngest" || toks[m+1].w == "oldest"):
		// Their ages: "two boys, aged 11 and 14,", "Three Kanaks, the
		// youngest of them 17,".
	default:
		return -1
	}
	for m := k + 2; m < len(toks) && m <= k+16; m++ {
		t := toks[m]
		if t.w == "," {
			if m+1 < len(toks) && (auxWords[toks[m+1].w] || passiveVerbs[toks[m+1].w] != "") {
				return m
			}
			if m+2 < len(toks) && toks[m-1].word && npModifier(toks[m-1]) && toks[m+1].word && npModifier(toks[m+1]) && listRunsOn(toks, m+1) {
				// ", among them Pakistanis, Chechens and Arabs,": a list
				// of the part's names.
				continue
			}
			return -1
		}
		if t.w == "who" && toks[m-1].victimHead() && !numberish(toks[m-1]) {
			// ", among them a woman who was hit in the neck,": the
			// part's relative clause, to its comma.
			for m+1 < len(toks) && m < k+24 && toks[m+1].w != "," && (toks[m+1].word || toks[m+1].w == "-") && !numberish(toks[m+1]) {
				m++
			}
			continue
		}
		if !t.word && !t.num && t.w != "-" || t.cls&(clsVerb|clsReport) != 0 {
			return -1
		}
	}
	return -1
}

// listRunsOn reports whether the words from toks[k] go on as a list to its
// "and" or "or" before the next comma: "Chechens and Arabs,".
func listRunsOn(toks []token, k int) bool {
	for m := k; m < len(toks) && m <= k+8; m++ {
		switch t := toks[m]; {
		case t.w == "and" || t.w == "or":
			return true
		case !t.word && t.w != "," && t.w != "-" || t.cls&(clsVerb|clsReport) != 0:
			return false
		}
	}
	return false
}

// asideOpening returns the index of the comma that opens an attribution
// set between commas, read back from the closing one at toks[m], or -1.
func asideOpening(toks []token, m int) int {
	if m < 2 || toks[m].w != "," || !toks[m-1].reportVerb() {
		return -1
	}
	for o := m - 2; o >= 0 && o >= m-14; o-- {
		if toks[o].w == "," {
			if asideClosing(toks, o) == m {
				return o
			}
			return -1
		}
	}
	return -1
}

// nameEndLoss returns the index of "lost" or "suffered" after the rest of
// a group's name from toks[k] ("three Volunteers for the Defence of the
// Homeland (VDP) lost their lives"), or -1.
func nameEndLoss(toks []token, k int) int {
	for m := k; m < len(toks) && m <= k+12; m++ {
		switch t := toks[m]; {
		case t.w == "lost" || t.w == "suffered":
			return m
		case t.cap || t.w == "for" || t.w == "of" || t.w == "the" || t.w == "(" || t.w == ")":
		default:
			return -1
		}
	}
	return -1
}

// mainVerbAfter reads a relative clause without commas from toks[k] (the
// word after "who") that tells what a group did, not what befell it, and
// returns the index of the main clause's verb or auxiliary after it ("who
// seized the building on Wednesday morning died in the fighting"), or -1
// when the clause's own verb is an outcome ("who died when rockets hit")
// or no verb of an outcome follows before a comma.
func mainVerbAfter(toks []token, k int) int {
	v := k
	for v < len(toks) && (auxWords[toks[v].w] && toks[v].w != "to" || toks[v].w == "later" || toks[v].w == "also") {
		v++
	}
	if v >= len(toks) || passiveVerbs[toks[v].w] != "" || toks[v].w == "went" || toks[v].w == "gone" ||
		toks[v].w == "lost" || toks[v].w == "remain" || toks[v].w == "remained" || toks[v].w == "among" ||
		v+1 < len(toks) && toks[v+1].w == "dead" {
		return -1
	}
	for m := v; m < len(toks) && m <= v+20; m++ {
		if toks[m].w == "," && partOpenedBefore(toks, k-1) {
			break // the part's clause ends at its comma
		}
		if t := toks[m]; activeVerbs[t.w] != "" && !strings.HasPrefix(t.w, "seiz") || attackClauseVerbs[t.w] {
			// "a man who stabbed two soldiers was shot dead": an
			// attacker (see attackerKilledLater); who seized a
			// building took no captives.
			return -1
		}
	}
	for m := v + 1; m < len(toks) && m <= v+20; m++ {
		t := toks[m]
		if t.w == "," && m+2 < len(toks) && beVerbs[toks[m+1].w] && passiveVerbs[toks[m+2].w] != "" && partOpenedBefore(toks, k-1) {
			// "Three passengers, among them a woman who was hit in the
			// neck, were wounded": the clause closes the part set
			// between commas, before the group's verb.
			return m + 1
		}
		if !t.word && !t.isQuote() && t.w != "-" || subjectStops[t.w] && t.w != "after" && t.w != "as" {
			return -1
		}
		switch {
		case beVerbs[t.w] || t.w == "had" || t.w == "have" || t.w == "has":
			if m+1 < len(toks) && (passiveVerbs[toks[m+1].w] != "" || toks[m+1].w == "been" || toks[m+1].w == "still" || toks[m+1].w == "among") {
				return m
			}
		case passiveVerbs[t.w] == OutcomeKilled && !transitiveVerbs[t.w]:
			// "died", "perished".
			return m
		}
	}
	return -1
}

// partOpenedBefore reports whether the group before the "who" at toks[w]
// is a part set off by a comma and "among them" or "including": "Three
// passengers, among them a woman who …".
func partOpenedBefore(toks []token, w int) bool {
	for m := w - 1; m >= 1 && m >= w-6; m-- {
		if appositiveOpener(toks, m) && toks[m-1].w == "," {
			return true
		}
		if toks[m].w == "them" && toks[m-1].w == "among" && m >= 2 && toks[m-2].w == "," {
			return true
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// attackClauseVerbs tell an attack in a relative clause.
var attackClauseVerbs = wordSet("stabbed opened attacked rammed fired shot bombed detonated ambushed stormed raided")

// relativeEnd reads a relative clause between commas that describes a
// group ("all seven attackers, who wore suicide vests, were killed") from
// toks[k] ("who" or "which") and returns the index of the "were" or "was"
// after its closing comma, or -1. The clause may hold no number or outcome.
func relativeEnd(toks []token, k int) int {
	if k >= len(toks) || toks[k].w != "who" && toks[k].w != "which" {
		return -1
	}
	for m := k + 1; m+1 < len(toks) && m <= k+20; m++ {
		t := toks[m]
		if t.w == "," {
			if beVerbs[toks[m+1].w] && m > k+1 {
				return m + 1
			}
			return -1
		}
		if t.num || passiveVerbs[t.w] != "" || activeVerbs[t.w] != "" || !t.word && !t.isQuote() && t.w != "-" {
			return -1
		}
	}
	return -1
}

// groupKinds tell what kind of group a name stands for, after it: "the
// ELN rebel group", "the Islamic State (IS) militant group".
var groupKinds = wordSet("group rebel militant armed jihadist insurgent islamist separatist militia movement faction organisation organization outfit")

// appositiveEnd reads words that describe a group between it and its verb
// (a parenthesis, a phrase of the group's name, an appositive between
// commas) from toks[k] and returns the index of the "were" or "was" after
// their closing comma, or -1. The words may hold no number, verb or
// clause.
func appositiveEnd(toks []token, k int) int {
	rel := false // in a relative clause of the appositive's noun
	for m := k; m+1 < len(toks) && m <= k+16 || rel && m+1 < len(toks) && m <= k+24; m++ {
		t := toks[m]
		if t.w == "," || t.w == ")" {
			if beVerbs[toks[m+1].w] && m > k {
				return m + 1
			}
			if t.w == ")" && m > k {
				// "Six fighters of the National Liberation Army (ELN)
				// rebel group were killed": the kind of group after its
				// initials.
				n := m + 1
				for n < len(toks) && n <= m+3 && groupKinds[toks[n].w] {
					n++
				}
				if n > m+1 && n < len(toks) && beVerbs[toks[n].w] {
					return n
				}
			}
			if v := toks[m+1].w; m > k && t.w == "," && (v == "remain" || v == "remains" || v == "remained" || v == "succumbed" ||
				passiveVerbs[v] == OutcomeKilled && !transitiveVerbs[v]) {
				// "One soldier, Ram Singh, died in hospital", "One
				// constable, …, remained missing".
				return m + 1
			}
			if h := toks[m+1].w; (h == "who" || h == "that") && m > k && t.w == "," && appositiveOpener(toks, k) && m+2 < len(toks) &&
				(auxWords[toks[m+2].w] || passiveVerbs[toks[m+2].w] != "") {
				// "the 31 people, among them four members of parliament,
				// who were killed": the relative clause of the group.
				return m + 1
			}
			if h := toks[m+1].w; (h == "had" || h == "has" || h == "have") && m > k && m+2 < len(toks) &&
				(toks[m+2].w == "been" || passiveVerbs[toks[m+2].w] == OutcomeKilled && !transitiveVerbs[toks[m+2].w]) {
				// "one of its soldiers, Lance Naik Dinesh Kumar, had died".
				return m + 1
			}
			continue
		}
		if m > 0 && toks[m-1].w == "," && numberish(t) && m+2 < len(toks) && toks[m+1].w == "of" &&
			(toks[m+2].w == "them" || toks[m+2].w == "whom") {
			// "At least 18 people, 14 of them foreigners, were killed":
			// a breakdown between commas, read as a figure of its own.
			m += 2
			continue
		}
		if (t.w == "who" || t.w == "whom") && m > k+1 && m >= 2 && toks[m-1].victimHead() && appositiveOpener(toks, k) && !groupHasCount(toks, k, m) {
			// ", among them municipal councillors who had refused to
			// join the rebellion, were also killed": the clause tells
			// of the part named, up to the comma.
			rel = true
			continue
		}
		if rel && !t.num && t.cls&clsReport == 0 && t.word {
			continue
		}
		if numberish(t) && m <= k+2 && appositiveOpener(toks, k) && toks[k].w != "most" && toks[k].w != "many" && toks[k].w != "some" && toks[k].w != "all" {
			continue // ", among them four members of parliament,"
		}
		if m > k && len(t.w) > 5 && strings.HasSuffix(t.w, "ing") && t.cls&clsReport == 0 && activeVerbs[t.w] == "" && passiveVerbs[t.w] == "" &&
			t.w != "including" {
			continue // "two Americans, former SEALs working as security contractors,"
		}
		if m > k && (t.w == "as" || t.w == "for" || t.w == "with") && strings.HasSuffix(toks[m-1].w, "ing") && toks[m-1].w != "including" {
			continue // (the participle's own preposition)
		}
		if t.num && ageAside(toks, m) || (t.w == "both" || t.w == "all") && m+1 < len(toks) && ageAside(toks, m+1) {
			continue // "A Colombian soldier, 31, was killed", "Two soldiers, both 19,"
		}
		if t.num || t.cls&(clsVerb|clsReport) != 0 || subjectStops[t.w] || auxWords[t.w] && t.w != "to" ||
			!t.word && t.w != "(" && t.w != ")" && t.w != "-" && !t.isQuote() {
			return -1
		}
	}
	return -1
}

// breakdownWithin reports whether a group from toks[first] to toks[last]
// holds its breakdown between commas: "the 31 people, among them four
// members of parliament".
func breakdownWithin(toks []token, first, last int) bool {
	for m := first + 1; m < last; m++ {
		if toks[m].w == "," && appositiveOpener(toks, m+1) {
			return true
		}
	}
	return false
}

// appositiveOpener reports whether the words at toks[k] open a breakdown
// or an appositive of a group: "among them", "including", "most of them".
func appositiveOpener(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].w {
	case "including":
		return true
	case "among":
		return k+1 < len(toks) && (toks[k+1].w == "them" || toks[k+1].w == "whom")
	case "most", "many", "some", "all":
		return k+2 < len(toks) && toks[k+1].w == "of" && toks[k+2].w == "them"
	}
	return false
}

// beVerbs after a participle show it is not a transitive verb.
var beVerbs = wordSet("was were is are")

// headlineFollowers may follow a passive verb with no auxiliary ("19
// soldiers killed in drone strikes"); any other word after it is read as
// its object ("fighters killed at least 200 people").
var headlineFollowers = wordSet("in on at near by during after when as while since from across " +
	"overnight last yesterday today this and or but inside outside amid following with " +
	"early late before within throughout")

// spanUnits are the units of a span of time: "over two days".
var spanUnits = wordSet("hours days nights weeks months years weekends")

// startsObject reports whether toks[k] starts an object of a verb.
func startsObject(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if t.isQuote() && k+1 < len(toks) && toks[k+1].word {
		// A quoted object: killed "several dozen" of the assailants.
		return startsObject(toks, k+1)
	}
	if !t.word {
		return false
	}
	if t.w == "over" && k+1 < len(toks) && (toks[k+1].w == "the" || k+2 < len(toks) && spanUnits[toks[k+2].w]) {
		// "killed and 16 wounded over the past 24 hours", "over two
		// days": when, not "over 20" (more than) whom.
		return false
	}
	for _, q := range qualifierPhrases {
		n := len(q.words)
		if k+n < len(toks) && numberish(toks[k+n]) {
			ok := true
			for m, w := range q.words {
				if toks[k+m].w != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	// A weekday is when, not whom: "51 others injured Saturday", as
	// American wire copy writes the day without "on".
	return !headlineFollowers[t.w] && !dayWords[t.w] && !(len(t.w) > 4 && strings.HasSuffix(t.w, "ly"))
}

// noneOf reports whether the count at toks[i] follows "none of" ("none of
// the 40 passengers", "none of his 300 men") or is the "one" of "no one"
// ("no one was hurt"): a denial counts nobody.
func noneOf(toks []token, i int) bool {
	if i >= 1 && toks[i].w == "one" && toks[i-1].w == "no" {
		return true
	}
	k := i - 1
	if k >= 0 && (toks[k].w == "the" || toks[k].w == "his" || toks[k].w == "her" || toks[k].w == "our" || possessive[toks[k].w]) {
		k--
	}
	return k >= 1 && toks[k].w == "of" && toks[k-1].w == "none"
}

// takeVerbs take a count prisoner or hostage ("took five prisoner"), and
// holdVerbs hold it ("held about 170 guests and staff hostage").
var (
	takeVerbs = wordSet("took take takes taking taken")
	holdVerbs = wordSet("held holding holds")
)

// captiveHeads make "took", "seized" or "held" a capture.
var captiveHeads = wordSet("hostages hostage captives captive prisoners prisoner")

// findCasualties reads the casualty figures of one sentence. host is the
// article's host nation (see hostNation).
//
// them is the side of the group a "they … N of them" opening the sentence
// stands for when the sentence names none (see lastObjectGroup), or "".
func findCasualties(toks []token, s, lower string, host, them string, out []casualtyHit) []casualtyHit {
	out = out[:0]
	var used []bool
	var chain []nounPhrase
	cumulative := -1 // unknown until a figure needs it
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !(numberish(t) || t.w == "a" || t.w == "an" || t.w == "one" || t.w == "another" || t.w == "the" ||
			t.w == "large" && i+1 < len(toks) && toks[i+1].w == "numbers" ||
			kinPossessives[t.w] && i > 0 && activeVerbs[toks[i-1].w] != "" ||
			kinPossessives[t.w] && (i == 0 || toks[i-1].w == "and" || toks[i-1].w == "," || toks[i-1].w == ";")) {
			continue
		}
		if used != nil && used[i] {
			continue
		}
		if kinPossessives[t.w] && (i == 0 || activeVerbs[toks[i-1].w] == "") {
			// "A man was killed and his wife was wounded": one more
			// victim, the subject of a passive of its own.
			if h, to, ok := possessedSubject(toks, s, i, host); ok {
				used = markUsed(used, len(toks), i, to)
				out = append(out, h)
				i = to
			}
			continue
		}
		if kinPossessives[t.w] {
			// "killed a woman and injured her husband": one more victim,
			// named by whose he was.
			if h, to, ok := possessedVictim(toks, s, i, host); ok {
				used = markUsed(used, len(toks), i, to)
				out = append(out, h)
				i = to
			}
			continue
		}
		if noneOf(toks, i) {
			// "none of his 300 men had been killed".
			continue
		}
		if i >= 2 && toks[i-1].w == "to" && toks[i-2].w == "according" {
			// "According to a senior army official, three soldiers
			// were killed": the source, no victim.
			continue
		}
		if i >= 3 && toks[i-1].w == "," && pluralVictim(toks[i-2]) && pairAside(toks, i-1) > 0 &&
			slices.ContainsFunc(out, func(o casualtyHit) bool {
				return o.value != nil && *o.value == 2 && o.start < toks[i].s && o.end > toks[i].e
			}) {
			// "Two civilians, a man and his wife, were killed": the pair
			// the figure before counts.
			continue
		}
		if (t.w == "a" || t.w == "one") && i > 0 && toks[i-1].w == "not" {
			// "Not a single civilian was killed", "not one soldier was
			// hurt": a denial counts nobody.
			continue
		}
		if i >= 3 && toks[i-1].w == "the" && toks[i-2].w == "of" && (numberish(toks[i-3]) || partWords[toks[i-3].w]) && i+1 < len(toks) &&
			(toks[i+1].w == "wounded" || toks[i+1].w == "injured") {
			// "one of the 15 wounded detainees died", "more of the 40
			// wounded died": the whole the part is taken from, whose
			// verb is not its own.
			continue
		}
		if ageNumber(toks, i) {
			// "32 children under the age of 10 among the dead": an age
			// counts nobody.
			continue
		}
		if t.w == "the" {
			// "The bomber was among those killed", "the gunman was shot
			// dead": an attacker spoken of by role.
			if h, to, ok := otherOfTwo(toks, s, i, out); ok {
				// "killing one and wounding the other".
				used = markUsed(used, len(toks), i, to)
				out = append(out, h)
				i = to
			} else if h, to, ok := theAttacker(toks, s, i, host); ok {
				used = markUsed(used, len(toks), i, to)
				out = append(out, h)
				i = to
			} else if h, to, ok := thePostHolder(toks, s, i, host); ok {
				// "killing the mayor and at least 15 other people".
				used = markUsed(used, len(toks), i, to)
				out = append(out, h)
				i = to
			}
			continue
		}
		if i >= 4 && toks[i-1].w == "," && (toks[i-3].w == "the" || toks[i-3].w == "those") && toks[i-4].w == "of" ||
			i >= 1 && i+2 < len(toks) && ofTheDeadWords[toks[i+1].w] && toks[i+2].w == "were" && (toks[i-1].w == "the" || toks[i-1].w == "other") ||
			i+4 < len(toks) && toks[i+1].w == "of" && toks[i+2].w == "the" && (toks[i+3].w == "victims" || toks[i+3].w == "fatalities") && toks[i+4].w == "were" ||
			i+5 < len(toks) && toks[i+1].w == "of" && toks[i+2].w == "the" && numberish(toks[i+3]) && (toks[i+4].w == "victims" || toks[i+4].w == "fatalities") && toks[i+5].w == "were" ||
			i+4 < len(toks) && toks[i+1].w == "of" && toks[i+2].w == "those" && toks[i+3].w == "killed" && toks[i+4].w == "were" {
			// "Of the dead, 14 were soldiers", "The other 20 dead were
			// police cadets", "193 of the victims were Dutch nationals",
			// "8 of the 12 victims were children".
			if h, from, to, ok := ofTheDead(toks, s, i, host); ok {
				used = markUsed(used, len(toks), from, to)
				out = append(out, h)
				i = to
				continue
			}
		}
		if t.w == "another" && len(out) > 0 {
			// "an Israeli soldier was killed and another moderately
			// wounded", "shot dead one of the attackers and captured
			// another".
			h, to, ok := anotherHurt(toks, s, i, out[len(out)-1])
			if !ok {
				h, to, ok = otherOfTwo(toks, s, i, out)
			}
			if ok {
				used = markUsed(used, len(toks), i, to)
				out = append(out, h)
				i = to
				continue
			}
		}
		if h, to, ok := moreOfTheDead(toks, s, i, host, out); ok {
			// "361 of the dead were rebel fighters and 233 were members
			// of the army".
			used = markUsed(used, len(toks), i, to)
			out = append(out, h)
			i = to
			continue
		}
		chain = parseChain(toks, i, chain)
		if len(chain) == 0 {
			h, from, to, ok := ofTheDead(toks, s, i, host)
			if !ok {
				h, from, to, ok = ofThem(toks, s, i, host, them, out)
			}
			if !ok {
				// "52 Palestinians were killed …, and at least 22 of them
				// were civilians".
				h, from, to, ok = partOfThem(toks, s, i, host, out)
			}
			if !ok {
				h, from, to, ok = countedGroup(toks, s, i, host)
			}
			if ok {
				used = markUsed(used, len(toks), from, to)
				out = append(out, h)
				i = to
			}
			continue
		}
		cutBreakdown := false
		if len(chain) > 1 && len(out) > 0 && breakdownAfter(toks, chain[0].first, out[len(out)-1]) >= 0 {
			// "60 people were killed, including 25 women and 19
			// children, and about 40 others were injured": the breakdown
			// ends where a clause of its own begins.
			for ci := 1; ci < len(chain); ci++ {
				if f := chain[ci].first; f >= 2 && toks[f-1].w == "and" && toks[f-2].w == "," {
					chain, cutBreakdown = chain[:ci], true
					break
				}
			}
		}
		outcome, verb := activeBefore(toks, chain[0].first)
		groupFrom, groupTo := -1, -1
		if tv := chain[0].first - 1; outcome == "" && chain[0].head < 0 && tv > 0 && (tollVerbs[toks[tv].w] || toks[tv].w == "between" && tollVerbs[toks[tv-1].w] ||
			estimateBe(toks, tv) && chain[0].qual != QualExact) {
			// "the number of Palestinians killed … rose to 22", "puts the
			// number of civilians killed … at between 93,000 and
			// 101,000".
			if toks[tv].w == "between" {
				tv--
			}
			if o, f, t, ok := numberOfGroup(toks, tv); ok {
				outcome, verb, groupFrom, groupTo = o, f-2, f, t
			}
		}
		if outcome == "" && chain[0].head < 0 && chain[0].first > 1 && toks[chain[0].first-1].w == "to" && bringVerbs[toks[chain[0].first-2].w] {
			// "The attacks bring to 36 the number of police killed".
			if k := chain[0].last + 1; k+3 < len(toks) && toks[k].w == "the" && toks[k+1].w == "number" && toks[k+2].w == "of" {
				if o, f, t, ok := numberOfGroupAfter(toks, k+2); ok {
					outcome, verb, groupFrom, groupTo = o, chain[0].first-2, f, t
				} else if o, ok := numberOfOutcome(toks[k+3].w); ok && (k+4 == len(toks) || !toks[k+4].word || npStops[toks[k+4].w]) {
					// "raising to 40 the number of dead".
					outcome, verb = o, chain[0].first-2
				}
			} else if k+2 < len(toks) && toks[k].w == "the" && toks[k+1].w == "number" {
				if o, ok := numberOfOutcome(toks[k+2].w); ok && o != OutcomeCaptured {
					// "bringing to 110 the number killed in that area
					// this week".
					outcome, verb = o, chain[0].first-2
				}
			}
		}
		if outcome != "" && chain[0].head < 0 && groupFrom < 0 && verb >= 0 && verb+3 < chain[0].first && toks[verb].w == "number" &&
			toks[verb+1].w == "of" && numberOfAdjective(toks[verb+2].w) {
			// "put the number of dead soldiers at 17": the soldiers.
			for m := verb + 3; m < chain[0].first && m <= verb+6; m++ {
				if toks[m].victimHead() {
					groupFrom, groupTo = verb+2, m
					break
				}
				if !isModifier(toks[m]) {
					break
				}
			}
		}
		if outcome != "" && chain[0].head < 0 && groupFrom < 0 && verb >= 0 && verb+3 < chain[0].first && toks[verb].w == "number" &&
			toks[verb+1].w == "of" && numberOfAdjective(toks[verb+3].w) && sideDeadAdjectives[toks[verb+2].w] &&
			(len(out) == 0 || toks[verb+2].w == "civilian" || toks[verb+2].w == "police") {
			// "the number of military dead rose to 1,119": the military
			// (of the side of a figure before, as "on their side").
			groupFrom, groupTo = verb+2, verb+2
		}
		if outcome != "" && chain[0].head < 0 && groupFrom < 0 && verb >= 0 {
			// "the death toll among civilians stood at four": the
			// civilians.
			if f, t := tollAmong(toks, verb, chain[0].first); f >= 0 {
				groupFrom, groupTo = f, t
			}
		}
		inherit := false
		if outcome == "" && chain[0].head < 0 && len(out) > 0 && chain[0].first > 0 &&
			(toks[chain[0].first-1].w == "including" || toks[chain[0].first-1].w == "among") && elliptical(toks, chain[0].last+1) {
			// "…, medics said, including 15 in a single house".
			outcome, verb, inherit = out[len(out)-1].outcome, chain[0].first-1, true
		}
		if f := chain[0].first; outcome == "" && f >= 3 && toks[f-1].w == "with" && toks[f-2].w == "contact" &&
			(toks[f-3].w == "lost" || toks[f-3].w == "lose" || toks[f-3].w == "losing") {
			// "it had lost contact with 24 others": missing.
			outcome, verb = OutcomeMissing, f-3
		}
		if outcome == "" && chain[0].head >= 0 && captiveHeads[toks[chain[0].head].w] && chain[0].first > 0 {
			// "took 60 prisoners", "have taken 60 prisoners", "seized …",
			// "held …".
			if w := toks[chain[0].first-1].w; takeVerbs[w] || holdVerbs[w] || w == "seized" || w == "seizing" {
				outcome, verb = OutcomeCaptured, chain[0].first-1
			}
		}
		if outcome == "" && chain[0].first > 0 && (chain[0].head >= 0 || len(chain) == 1 && chain[0].last+1 < len(toks) && captiveNouns[toks[chain[0].last+1].w]) {
			// (Or a bare count: "killed 42 soldiers and took five
			// prisoner".)
			k := chain[len(chain)-1].last + 1
			if k+2 < len(toks) && toks[k].w == "and" && toks[k+1].victimHead() && captiveNouns[toks[k+2].w] {
				k += 2 // "held 170 guests and staff hostage"
			}
			if w := toks[chain[0].first-1].w; k < len(toks) && captiveNouns[toks[k].w] && (takeVerbs[w] || holdVerbs[w]) {
				// "taken 35 soldiers prisoner", "held about 170 guests and
				// staff hostage".
				outcome, verb = OutcomeCaptured, chain[0].first-1
			}
		}
		if f := chain[0].first; outcome == "" && len(out) > 0 && f >= 2 && (toks[f-1].w == "were" || toks[f-1].w == "was" || toks[f-1].w == "did") && toks[f-2].w == "as" &&
			f >= 3 && toks[f-3].w == "," && toks[f-3].s >= out[len(out)-1].end {
			// "Five other worshippers were wounded, as were two police
			// officers", "three soldiers died, as did two civilians": the
			// outcome of the figure before, for a group of its own.
			outcome, verb = out[len(out)-1].outcome, f-1
		}
		if outcome == "" && len(out) > 0 {
			if k := alongWith(toks, chain[0].first, out[len(out)-1]); k >= 0 {
				// "Three soldiers were killed, along with two civilians":
				// more dead of the same outcome, a group of their own.
				outcome, verb = out[len(out)-1].outcome, k
			}
		}
		if outcome == "" {
			// "its president was killed in an air strike last Thursday
			// along with six others", "was shot dead along with four of
			// his bodyguards": the dead beside one told without a figure.
			outcome, verb = alongWithOne(toks, chain[0].first, out)
		}
		active := outcome != ""
		if !active && cutBreakdown {
			outcome, verb, inherit, active = out[len(out)-1].outcome, breakdownAfter(toks, chain[0].first, out[len(out)-1]), true, true
		}
		if !active {
			outcome, verb = passiveAfter(toks, chain[0].first, chain[len(chain)-1].last)
		}
		if outcome == "" && chain[0].head >= 0 && len(out) > 0 {
			// "46 people had been wounded, among them 13 police officers".
			if k := breakdownAfter(toks, chain[0].first, out[len(out)-1]); k >= 0 {
				outcome, verb, inherit, active = out[len(out)-1].outcome, k, true, true
			}
		}
		if outcome == "" && len(out) > 0 && (chain[0].head < 0 || toks[chain[0].head].w == "more" || toks[chain[0].head].w == "others") &&
			slices.ContainsFunc(out, func(h casualtyHit) bool { return strings.Contains(h.victims, "bodies") }) {
			// "Nine bodies were hanging from the bridge, seven were found
			// dismembered …, and three more were dumped nearby": more
			// bodies.
			if v := bodyVerbAfter(toks, chain[len(chain)-1].last+1); v > 0 {
				outcome, verb = OutcomeKilled, v
			}
		}
		if outcome == OutcomeWounded && fatallyAt(toks, verb) {
			// "Two soldiers were fatally wounded", "had been "fatally
			// injured"": the wound killed them.
			outcome = OutcomeKilled
		}
		if outcome == "" {
			// "After we had eight martyrs": martyrs were killed.
			if h := chain[0].head; h >= 0 && toks[h].w == "martyrs" {
				outcome, verb = OutcomeKilled, h
			} else if h, from, to, ok := ofTheDead(toks, s, i, host); ok && (chain[0].partOf >= 0 || chain[0].head < 0) {
				// "Eighteen of the victims were children".
				used = markUsed(used, len(toks), from, to)
				out = append(out, h)
				i = to
				continue
			} else if h, from, to, ok := partOfThem(toks, s, i, host, out); ok {
				// "678 people were killed …, of whom 521 were civilians".
				used = markUsed(used, len(toks), from, to)
				out = append(out, h)
				i = to
				continue
			} else if h, from, to, ok := countedGroup(toks, s, i, host); ok {
				// "The hospital received 53 wounded patients."
				used = markUsed(used, len(toks), from, to)
				out = append(out, h)
				i = to
				continue
			} else {
				continue
			}
		}
		if used == nil {
			used = make([]bool, len(toks))
		}
		if mixedOutcome(toks, verb) || active && mixedAfter(toks, chain[len(chain)-1].last) || groupTo >= 0 && mixedAfter(toks, groupTo) ||
			active && toks[verb].w == "losses" && sentenceMixed(toks) {
			// "11 paramedics were killed or wounded", "lost 1,260 troops
			// killed or wounded": neither figure.
			for m := chain[0].first; m <= chain[len(chain)-1].last; m++ {
				used[m] = true
			}
			i = chain[len(chain)-1].last
			continue
		}
		part, chainSide, chainScope, firstHit := 0, "", "", len(out)
		mergedAt, mergedFrom := -1, 0 // the chain's item last joined to the figure before, and where its victims begin
		for ci, n := range chain {
			if n.head < 0 && ci > 0 {
				continue
			}
			if active && loseVerbs[toks[verb].w] && lostCraft(toks, n) {
				// "The U.S. lost six bombers over Hanoi": aircraft.
				continue
			}
			if n.breakdown && (ci == 0 || !chain[ci-1].breakdown) {
				part++
			}
			h := casualtyHit{outcome: outcome, qual: n.qual, scope: ScopeIncident}
			if n.breakdown {
				h.part = part
			}
			if inherit {
				h.part = out[len(out)-1].part + 1
			}
			if active {
				h.start, h.end = toks[verb].s, toks[n.last].e
				if toks[verb].w == ":" || toks[verb].w == "," {
					h.start = toks[verb+1].s // the parts after a colon or a comma
				}
				if ci > 0 && ci == len(chain)-1 && n.last+1 < len(toks) && (beVerbs[toks[n.last+1].w] || toks[n.last+1].w == "had") {
					// "We lost 17 soldiers and 23 others were wounded":
					// the last item has a verb of its own.
					if o, v := passiveAfter(toks, n.first, n.last); o != "" && o != outcome {
						h.outcome = o
						h.start, h.end = toks[n.first].s, toks[v].e
					}
				}
			} else {
				h.start, h.end = toks[n.first].s, toks[verb].e
			}
			if !n.count.vague {
				v := n.count.value
				if n.head >= 0 && (toks[n.head].w == "couple" || toks[n.head].w == "couples") {
					v *= 2 // "an elderly couple": two
				}
				h.value = &v
			} else {
				h.qual = QualUnknown
			}
			h.victims = s[toks[n.num].s:toks[n.last].e]
			if n.shared {
				h.victims += " " + toks[n.head].orig
			}
			switch {
			case ci == 0 && groupFrom >= 0:
				h.victims = s[toks[groupFrom].s:toks[groupTo].e]
				h.side = sideOf(groupWords(toks, groupFrom, groupTo, nil), host)
				for m := groupFrom; m <= groupTo; m++ {
					used[m] = true
				}
			case n.head < 0 && n.first >= 2 && toks[n.first-1].w == "of" && (toks[n.first-2].w == "family" || toks[n.first-2].w == "families"):
				// "A family of five was killed": the family's people.
				h.victims = s[toks[n.first-2].s:toks[n.last].e]
				if !active {
					h.start = toks[n.first-2].s
				}
				h.side = SideCivilians
			case n.head < 0 && (n.first >= 1 && toks[n.first-1].w == "among" || n.first >= 2 && toks[n.first-1].w == "the" && toks[n.first-2].w == "among"):
				// "Four policemen were among the 30 dead": the whole the
				// part is counted in, of no side the part tells; a part
				// of civilians ("son, wife and daughter among 34 killed")
				// leaves the whole civilians.
				h.side = SideUnknown
				if len(out) == 0 {
					h.bare = true // no part read: resolved as an elliptical count
				} else if out[len(out)-1].side == SideCivilians {
					h.side = SideCivilians
				}
			case n.head < 0:
				// An elliptical count ("… were killed and 64 wounded")
				// counts the group named before it in the sentence.
				h.bare = true
				h.side = SideUnknown
				if len(out) > 0 && !semicolonBetween(s, out[len(out)-1].end, toks[n.first].s) && !otherAttackBetween(s, out[len(out)-1].end, toks[n.first].s) {
					// Not across a semicolon: "13 police killed as
					// helicopter downed; Cali truck bomb kills six" tells
					// two incidents.
					h.side = headSide(s, out)
					if _, _, mixed := activeListBefore(s, out); mixed {
						// "Gunmen killed two soldiers and a policeman and
						// wounded four": the hurt of a list of several
						// sides are of no one of them, nor of the last.
						h.side, h.bare = SideUnknown, false
					}
				}
				if side := amongOwnTroops(toks, n.last+1, host); side != "" {
					// "Armenia reported 49 dead among its troops": the
					// speaker's, not the figure's before.
					h.side, h.bare = side, false
				}
				if g, ok := groupBefore(toks, s, n.first, out); ok {
					// "12 paratroopers were rescued alive and 31 were
					// missing": the group counted just before, though no
					// figure of ours.
					if side := sideOf(groupWords(toks, g.num, g.last, nil), host); side != SideUnknown {
						h.side, h.bare = side, false
					}
				}
				if f := n.first; h.bare && f >= 3 && (toks[f-1].w == "were" || toks[f-1].w == "was") && toks[f-2].w == "losses" &&
					(toks[f-3].w == "government" || toks[f-3].w == "army" || toks[f-3].w == "own") {
					// "A Vietnamese military spokesman said government
					// losses were 65 killed": the speaker's own side.
					h.side, h.bare, h.speakers = SideUnknown, false, true
				}
				if h.bare && h.side == SideUnknown {
					// "American casualties were put at 66 killed", "Canadian
					// casualties totalled 3,350 officers and men, and of
					// these 170 are known to have been killed": the nation
					// whose losses the sentence counts.
					if nat := nationLossesBefore(toks, n.first); nat != "" {
						h.side, h.bare = nationMilitary(nat), false
					}
				}
				if active && loseVerbs[toks[verb].w] && h.bare && h.side == SideUnknown {
					// "A Belgian battalion fighting on the right flank
					// lost 12 killed and 37 wounded": the unit's own.
					if nat := losingUnit(toks, verb); nat != "" {
						h.side, h.bare = nationMilitary(nat), false
					}
				}
				if w := toks[verb].w; !active || w != "toll" && w != "death" && w != "casualty" && w != "deaths" && w != "number" && w != "losses" && !numberedToll(toks, verb) &&
					!(figureNouns[w] && countOfPeople(toks, verb)) {
					break
				}
				if n := forceSpeaker(toks, verb); n != "" {
					// "Armenia's defence ministry had raised its toll to
					// 105": a force counting its own dead.
					h.bare, h.side = false, nationMilitary(n)
					break
				}
				if side := forceLosses(toks, verb, host); side != "" {
					// "He put government losses at nine", "Israel's
					// losses stood at 275": the force's own dead.
					h.bare, h.side = false, side
					break
				}
				if side := tollOwner(toks, verb, host); side != "" {
					// "the Armenian military death toll rose to 105".
					h.bare, h.side = false, side
					break
				}
				h.toll = true
			default:
				to := n.last
				if n.sideTo > 0 {
					to = n.sideTo
				}
				words := groupWords(toks, n.num, to, nil)
				if n.shared {
					words = append(words, toks[n.head].w)
				}
				h.side = sideOf(words, host)
				if h.side == SideCivilians && h.outcome == OutcomeCaptured && (toks[n.head].w == "prisoners" || toks[n.head].w == "prisoner") {
					// "took 200 Vietnamese prisoners": men of a force taken
					// in battle, not civilians.
					h.side = prisonersSide(toks, n)
				}
				if side := describedOneSide(toks, n.first, host); side != "" && (h.side == SideCivilians || h.side == SideUnknown) {
					// "The police officer, a 35-year-old father of three,
					// died": the officer described.
					h.side = side
				}
				loser := ""
				if (n.partOf >= 0 || toks[n.head].w == "men" && n.head == n.num+1) && active && loseVerbs[toks[verb].w] {
					// (And "it had killed about 30 terrorists and had
					// lost two men": the speaker's men.)
					loser = speakerLoser(toks, verb, host)
				}
				if loser != "" {
					// "The army said it had killed 35 insurgents and lost
					// four of its own men": the speaker's own, not those
					// it killed.
					h.side = loser
				} else if n.partOf >= 0 && (toks[n.head].w == "own" || toks[n.partOf+1].w == "own") {
					// "soldiers … lost one of their own", "killed 40
					// soldiers, with the loss of three of their own men":
					// the side of the clause's subject.
					if nat := admitterNation(toks, n.first); nat != "" {
						// "while Baku acknowledged 50 of its own troops
						// dead": the nation that admits them.
						h.side = nationMilitary(nat)
					} else if side := clauseSubject(toks, verb, host); side != "" {
						h.side = side
					} else {
						h.side = partitiveSide(toks, n, h.side)
					}
				} else if n.partOf >= 0 && militantHeads[toks[n.head].w] && possessive[toks[n.partOf].w] {
					// "rescued 16 kidnapped passengers and killed four of
					// their abductors": those who took them, not the side
					// that freed them.
					h.side = SideMilitants
				} else if n.partOf >= 0 {
					h.side = partitiveSide(toks, n, h.side)
				}
				if securityHeads[toks[n.head].w] && n.last > n.head {
					// "struck a command post of a Ukrainian brigade …
					// 20 officers of the brigade": the unit's nation.
					if nat := unitNation(toks, n); nat != "" {
						h.side = nationMilitary(nat)
					}
				}
				if h.side == SideCivilians && host != "" && unitMen(toks, n) {
					// "six men from his company": soldiers of a unit.
					h.side = nationMilitary(host)
				}
				if active && loseVerbs[toks[verb].w] && (h.side == SideUnknown || forceSide(h.side)) && securityHeads[toks[n.head].w] {
					// "Ukrainian forces had lost up to 360 servicemen":
					// the soldiers of the force that lost them.
					if nat := loserNation(toks, verb, n); nat != "" {
						h.side = nationMilitary(nat)
					} else if side := speakerLoser(toks, verb, host); side != "" && h.side == SideUnknown {
						// "The army said it had lost four soldiers".
						h.side = side
					}
				}
				if hw := toks[n.head].w; active && loseVerbs[toks[verb].w] && (h.side == SideMilitants || h.side == SideUnknown) &&
					(hw == "fighters" || hw == "fighter" || hw == "members" || hw == "combatants") {
					// "The Syrian Democratic Forces said it had lost 11
					// fighters": the speaker's own.
					if side := speakerLoser(toks, verb, host); side != "" && !forceSide(side) {
						// (Not a state's forces: "the Tigers say they have
						// lost 171 fighters" after the government spoke.)
						h.side = side
					}
				}
				if active && loseVerbs[toks[verb].w] && h.side == SideCivilians && toks[n.head].w == "men" {
					// "the attackers had lost 92 men": the armed men's own.
					if nat := loserNation(toks, verb, n); nat != "" {
						// "the North Koreans had lost an estimated 1,500
						// men": the nation's soldiers.
						h.side = nationMilitary(nat)
					} else if side := armedBefore(toks, verb, host); side != "" {
						h.side = side
					} else if g := losingGroup(toks, verb); g != "" {
						// "The Taliban lost 30 men", "The Viet Cong lost 214
						// men killed": the named group's own.
						h.side = g
					} else if side := losingForce(toks, verb, host); side != "" {
						// "Government forces had lost more than 100 men".
						h.side = side
					} else if side := speakerLoser(toks, verb, host); side != "" {
						// "A Taliban spokesman … said the group had lost
						// three men": the speaker's own.
						h.side = side
					} else if toks[verb-1].w == "and" && ownForcesSubject(toks, verb-1) {
						// "The ministry said its forces had killed 120
						// rebel fighters … and lost 13 men": the speaker's
						// own.
						h.side, h.speakers = SideUnknown, true
					} else if from, to := andVerbSubject(toks, verb-1); to >= 0 {
						// "Troops killed 30 rebels and lost 12 men": the
						// men of the subject of the verb before, not of
						// its object.
						h.side, h.bare = sideOf(groupWords(toks, from, to, nil), host), false
						if h.side == SideCivilians {
							h.side = SideUnknown
						}
					} else {
						// "We lost 20 men," a security source said: the
						// speaker's own, not civilians.
						h.side, h.bare = SideUnknown, true
					}
				}
				if h.side == SideUnknown && toks[n.head].w == "martyrs" {
					h.speakers = true
				}
				attackedUnit := ""
				if active && n.head >= 0 && securityHeads[toks[n.head].w] && sideOf(words, "") == SideUnknown {
					// "A roadside bomb struck a U.S. patrol near Baquba,
					// killing three soldiers": the men of the unit struck.
					if attackedUnit = attackedUnitNation(toks, verb); attackedUnit != "" {
						h.side, h.enemyOf = nationMilitary(attackedUnit), ""
					}
				}
				if attackedUnit == "" && active && !loseVerbs[toks[verb].w] && h.outcome != OutcomeNeutralized && n.head >= 0 && securityHeads[toks[n.head].w] && sideOf(words, "") == SideUnknown {
					// ("Chinese troops overran a South Korean regiment,
					// killing at least 600 soldiers": not the killers'
					// own, though the sentence is of their nation.)
					if kn := killerNation(toks, verb, host); kn != "" && (h.side == SideUnknown || kn == host && h.side == nationMilitary(host) || h.side == nationMilitary(kn)) {
						// "Turkey said it had killed 34 soldiers": soldiers
						// of no named nation that a nation's force kills
						// are its enemy's, whom the article names (see
						// enemySides), not its own.
						h.side, h.enemyOf = SideUnknown, kn
					}
				}
				if bothSidesAt(toks, n.last+1) || !active && bothSidesAt(toks, verb+1) {
					// "22 fighters from both sides were killed", "2,000
					// fighters have died on both sides": of no one side.
					h.side = SideUnknown
				}
				if h.side == SideUnknown && ci > 0 && len(out) > 0 && otherOfTheSame(toks, n) {
					// "a commander of the Kataib Hezbollah militia and
					// two other members of the group": the group's.
					h.side = out[len(out)-1].side
				}
				if ci > 0 && n.breakdown && ownsBreakdown(chainSide, toks, n) {
					// "250 Hezbollah militants, including 21 commanders".
					h.side = chainSide
				}
				if ci == 0 && inherit && firstHit > 0 && ownsBreakdown(out[firstHit-1].side, toks, n) {
					// "80 fighters had been killed, including a commander".
					h.side = out[firstHit-1].side
				}
				if inherit && firstHit > 0 && out[firstHit-1].side == SideCivilians && peopleHit(s, out[firstHit-1]) && armedSide(h.side) &&
					n.partOf < 0 && n.head == n.last && pluralDemonym(toks[n.head].w) {
					// "402 people died in Mecca, 275 of them Iranians": a
					// nation's people, not its forces.
					h.side = SideCivilians
				}
				if inherit && firstHit > 0 && (ci == 0 || partsMakeUp(chain, out[firstHit-1])) && out[firstHit-1].side == SideCivilians && peopleHit(s, out[firstHit-1]) &&
					(armedSide(h.side) || h.side == SideUnknown && armedHead(h.victims) || h.side == SidePolice && mostOf(h, out[firstHit-1]) ||
						civiliansPart(toks, n, h, out[firstHit-1])) {
					// "134 people were killed …, including 82 militants":
					// people broken down into fighters are not all
					// civilians.
					out[firstHit-1].side = SideUnknown
				}
				if hw := toks[n.head].w; h.side == SideUnknown && (hw == "others" || hw == "more") {
					g, ok := groupBefore(toks, s, n.first, out[:firstHit])
					if ok {
						ok = ci == 0
					}
					if ok {
						// "Four workers who escaped were found alive, and
						// several others were unaccounted for": others of
						// the group told just before, in no figure.
						h.side = sideOf(groupWords(toks, g.num, g.last, nil), host)
					} else if len(out) > 0 && out[len(out)-1].bare && out[len(out)-1].side == SideUnknown {
						// The side of the figure before is resolved
						// later: this one takes it then.
						h.bare = true
					} else if len(out) > 0 && !(out[len(out)-1].toll && out[len(out)-1].side == SideUnknown) {
						whole := len(out) - 1
						for whole > 0 && out[whole].part > 0 && out[whole-1].outcome == out[whole].outcome {
							// "killed 26 people, including 14 soldiers, and
							// wounded 62 others": others of the 26, not of
							// the part.
							whole--
						}
						if _, _, mixed := activeListBefore(s, out); !mixed {
							// (Not "killed two soldiers and a policeman and
							// wounded four others": of no one side.)
							h.side = out[whole].side
						}
					} else {
						// "the toll rose to 43, with 168 others injured":
						// the side the toll is given later.
						h.bare = true
					}
				}
			}
			if ci == 0 {
				chainSide = h.side
			}
			if cumulative < 0 {
				cumulative = 0
				if spansPeriod(lower) {
					cumulative = 1
				}
			}
			h.scope = scopeOf(lower, n, cumulative == 1)
			if h.scope == ScopeCumulative && cumulative != 1 && smallerIncidentBefore(s, out, h) {
				// "killing 39 people and wounding nearly 3,000": the hurt
				// of the one incident whose dead were told before, not
				// a running count by its size.
				h.scope = ScopeIncident
			}
			if h.scope == ScopeCumulative && cumulative == 1 && runningCountAfter(lower, h.end) {
				// "An Israeli soldier was killed on Friday, bringing to
				// 349 the number of soldiers killed since the ground
				// offensive began": the one killed is the day's.
				h.scope = scopeOf(lower, n, false)
			}
			if ci == 0 {
				chainScope = h.scope
			} else if chainScope == ScopeCumulative && !n.breakdown {
				// "have killed about 1,800 African civilians and 32
				// European settlers": one list, one period.
				h.scope = ScopeCumulative
			}
			if ci > 0 && !active && n.count.article && chain[ci-1].count.article && appositivePair(toks, chain[ci-1], n) && len(out) > firstHit && h.value != nil {
				// "A fourth man, a 17-year-old, died": the same man told
				// again, not one more.
				for m := n.first; m <= n.last; m++ {
					used[m] = true
				}
				continue
			}
			if (n.kin || ci > 0 && !active && articleList(toks, chain)) &&
				ci > 0 && len(out) > firstHit && h.value != nil && h.side == SideCivilians && !namesTheDead(toks, verb) &&
				!(n.kin && twoNations(toks, chain[ci-1], n)) {
				// "a woman and her son were killed", "a French
				// photographer and a British reporter were wounded": one
				// figure of two civilians; "among the dead were a woman and her son",
				// "a woman and her son were among the dead" and "the
				// dead included a pastor and his wife" name people within
				// a toll, one by one.
				prev := &out[len(out)-1]
				if prev.side == SideCivilians && prev.value != nil && prev.part == h.part && prev.outcome == h.outcome {
					v := *prev.value + *h.value
					prev.value = &v
					if h.end > prev.end {
						prev.end = h.end
					}
					if h.start < prev.start {
						prev.start = h.start
					}
					from := toks[chain[ci-1].num].s
					if mergedAt == ci-1 {
						from = mergedFrom // "a teacher, his wife and their two children"
					}
					prev.victims = s[from:toks[n.last].e]
					mergedAt, mergedFrom = ci, from
					for m := n.first; m <= n.last; m++ {
						used[m] = true
					}
					continue
				}
			}
			if ci > 0 && len(out) > firstHit && rankAndFile(chain[ci-1], n, toks, ci == len(chain)-1) && h.value != nil && !namesTheDead(toks, verb) {
				// "a colonel and two soldiers had died": one figure of
				// three of one force, an officer and his men.
				prev := &out[len(out)-1]
				if n.partOf >= 0 && toks[n.partOf].w == "his" {
					h.side = prev.side // "33 of his men" are the general's
				}
				if prev.value != nil && prev.part == h.part && prev.outcome == h.outcome && (prev.side == h.side && forceSide(h.side) || menOfTheOfficer(prev.side, h.side, toks, n)) {
					v := *prev.value + *h.value
					prev.value = &v
					prev.end = max(prev.end, h.end)
					prev.start = min(prev.start, h.start)
					prev.victims = s[toks[chain[ci-1].num].s:toks[n.last].e]
					for m := n.first; m <= n.last; m++ {
						used[m] = true
					}
					continue
				}
			}
			out = append(out, h)
			for m := n.first; m <= n.last; m++ {
				used[m] = true
			}
		}
		if mixedPeople(toks, chain, out[firstHit:]) {
			// "311 people, including 183 fighters …": not all civilians.
			out[firstHit].side = SideUnknown
		}
		foreignNationals(out[firstHit:])
		if len(out) == firstHit+1 && civilianIncluded(toks, chain[len(chain)-1].last+1) {
			// "killed four Americans, including Ambassador Christopher
			// Stevens": a nation's people, not its soldiers.
			if h := &out[firstHit]; demonymSoldiers(*h) {
				h.side = SideCivilians
			}
		}
		if len(out) > firstHit+1 && out[firstHit].toll && chain[0].head < 0 {
			for _, b := range out[firstHit+1:] {
				if b.part == 0 || b.value == nil || out[firstHit].value == nil || *b.value >= *out[firstHit].value {
					continue
				}
				if armedSide(b.side) || strings.HasSuffix(b.victims, " civilians") || strings.HasSuffix(b.victims, " civilian") {
					// "the death toll had risen to 15, including 14
					// civilians", "put the toll at 11: eight Iranian
					// officers, …": a toll of more than civilians.
					out[firstHit].side, out[firstHit].toll, out[firstHit].bare = SideUnknown, false, false
					break
				}
			}
		}
		if len(out) == firstHit+1 && len(chain) == 1 && out[firstHit].value != nil && risenTo(toks, chain[0].first) {
			// "the toll had risen to 26 from 23": the earlier figure,
			// of the same victims.
			if h, to, ok := earlierFigure(toks, s, chain[0].last+1, out[firstHit]); ok {
				used = markUsed(used, len(toks), chain[0].last+1, to)
				out = append(out, h)
			}
		}
		if len(out) == firstHit+1 && len(chain) == 1 && out[firstHit].value != nil && out[firstHit].toll {
			// "the toll had earlier been put at nine, then 22": each
			// figure the toll was given.
			if h, to, ok := thenFigure(toks, s, chain[0].last+1, out[firstHit]); ok {
				used = markUsed(used, len(toks), chain[0].last+1, to)
				out = append(out, h)
			}
		}
		if len(out) > firstHit && len(chain) == 1 && (out[firstHit].side == SideCivilians || out[firstHit].bare) {
			// "killed 23 people, all of them Islamic State fighters":
			// people who are fighters; "put the number of dead at five,
			// all of them fighters": a toll of fighters.
			h, k := &out[firstHit], breakdownComma(toks, chain[0].last+1)
			switch {
			case h.toll:
				// (A bare toll's soldiers of no nation named are the
				// nation's the figures before tell, as a bare count's:
				// "The provisional toll is 10 dead, all of them
				// soldiers", not civilians.)
				if side := allOfThem(toks, k, chain[0].last, ""); side == SideUnknown {
					h.toll = false
				} else if side != "" {
					h.side, h.bare = side, false
				}
			case h.side == SideUnknown:
				// "The strike left at least 40 dead, most of them women
				// and children", "At least 40 were killed, most of them
				// civilians": a bare count's people told after it.
				if side := allOfThem(toks, k, chain[0].last, host); side != "" && side != SideUnknown {
					h.side, h.bare = side, false
				} else if themCivilians(toks, k) {
					h.side, h.bare = SideCivilians, false
				}
			case h.side == SideCivilians:
				if side := allOfThem(toks, k, chain[0].last, host); side != "" {
					h.side = side
				} else if halfOfThem(toks, chain[0].last+1) || armedInBothAside(toks, chain[0].last+1) {
					// "killed at least 2,600 people, half of them
					// civilians": the other half are not; nor are "500
					// people, both civilians and soldiers" all civilians.
					h.side = SideUnknown
				}
			}
		}
		if len(chain) > 1 && len(out) > firstHit {
			if c := partOfThemAside(toks, chain[0].last+1); c > 0 && c < chain[1].first {
				// "killing 16 civilians, eight of them children, and two
				// soldiers": the part of the first item, read as after it.
				if h, from, to, ok := ofThem(toks, s, chain[0].last+2, host, them, out[:firstHit+1]); ok && to < c {
					used = markUsed(used, len(toks), from, to)
					out = append(out, h)
				}
			}
		}
		i = chain[len(chain)-1].last
	}
	if h, ok := attackerKilledLater(toks, s, host); ok {
		out = append(out, h)
	}
	if h, ok := groupPostKilled(toks, s, out); ok {
		out = append(out, h)
	}
	out = gappedItems(toks, s, out)
	out = crewAndFate(toks, s, out)
	lossOwners(toks, host, out)
	out = themselvesToo(toks, s, host, out)
	out = gappedAgents(toks, s, out)
	out = moreLater(toks, s, out)
	out = conditionParts(toks, s, out)
	out = ofTheParts(toks, s, host, out)
	out = upFrom(toks, s, out)
	out = laterRaised(toks, s, out)
	out = revisedFrom(toks, s, out)
	out = searchedMissing(toks, s, out)
	if len(out) == 0 {
		out = tableFigures(toks, s, out)
	}
	out = speakerNotVictim(toks, s, out)
	out = notMateriel(out)
	out = restatedAside(s, out)
	ofWhomAfter(toks, host, out)
	membersOfForce(out)
	militaryAboard(lower, out)
	civilianCasualtiesParts(lower, out)
	return unknownCounts(toks, s, lower, host, used, cumulative, out)
}

// restatedAside drops a figure that restates the group told right before
// it, set beside it by a comma with the same outcome and count: "Three
// Israeli civilians, a woman and her two daughters, were killed" counts
// three, once.
func restatedAside(s string, out []casualtyHit) []casualtyHit {
	for j := 1; j < len(out); j++ {
		o, h := out[j-1], out[j]
		if o.value == nil || h.value == nil || *o.value != *h.value || o.outcome != h.outcome || *h.value < 2 ||
			o.victims == "" || !strings.Contains(h.victims, " and ") || o.start > h.start {
			// (Not "the dead included three Kenyans, three
			// Tanzanians": two groups of one count.)
			continue
		}
		if !strings.Contains(s[o.start:], o.victims+", "+h.victims+",") || strings.Index(s[o.start:], h.victims) < strings.Index(s[o.start:], o.victims) {
			continue
		}
		return slices.Delete(out, j, j+1)
	}
	return out
}

// membersOfForce gives a part of a force's figure told by sex or rank the
// force's side: "Nine police officers, two of them women, were killed"
// counts two policewomen, not two civilians.
func membersOfForce(out []casualtyHit) {
	for i := 1; i < len(out); i++ {
		h, o := out[i-1], &out[i]
		if o.value == nil || h.value == nil || *o.value >= *h.value || o.outcome != h.outcome || o.side != SideCivilians ||
			h.side == SideCivilians || h.side == SideUnknown || h.side == "Palestinians" {
			continue
		}
		f := strings.Fields(strings.ToLower(o.victims))
		if len(f) == 4 && (f[1] == "of" && (f[2] == "them" || f[2] == "whom")) && sexOrRank[f[3]] {
			o.side = h.side
		}
	}
	for i := 1; i < len(out); i++ {
		h, o := out[i-1], &out[i]
		if o.side != SideUnknown || !forceSide(h.side) || o.outcome != h.outcome || o.start < h.start || o.end > h.end {
			continue
		}
		if f := strings.Fields(strings.ToLower(o.victims)); len(f) == 2 && (f[0] == "a" || f[0] == "an") && rankWords[f[1]] {
			// "Two U.S. Marines, one of them a lieutenant, were killed":
			// an officer of the force he is counted in.
			o.side = h.side
		}
	}
}

// sexOrRank tell the members of a group apart by sex or rank.
var sexOrRank = wordSet("women men females males officers officer conscripts recruits")

// civilianCasualtiesParts gives civilians the bare counts that break down
// a count of civilian casualties right before them: "107 civilian
// casualties (36 killed and 71 injured)", "1,200 civilian casualties, 400
// killed and 800 injured".
func civilianCasualtiesParts(lower string, hits []casualtyHit) {
	if !strings.Contains(lower, "civilian casualties") {
		return
	}
	for i := range hits {
		h := &hits[i]
		if h.side != SideUnknown || !numberWordsOnly(h.victims) {
			continue
		}
		before := strings.TrimRight(lower[:h.start], " ")
		k := strings.LastIndex(before, "civilian casualties")
		if k < 0 {
			continue
		}
		// Only an opening bracket, a comma or a colon, and perhaps the
		// parts before this one ("36 killed and"), come between.
		gap := strings.TrimLeft(before[k+len("civilian casualties"):], " ")
		if gap != "" && strings.ContainsRune("(,:", rune(gap[0])) && len(gap) < 40 && !strings.ContainsAny(gap[1:], "():;.") {
			h.side = SideCivilians
		}
	}
}

// numberWordsOnly reports whether s is only a number, in figures or
// words ("36", "1,200", "thirty-six").
func numberWordsOnly(s string) bool {
	f := strings.Fields(s)
	for _, w := range f {
		if _, ok := wordValue(strings.ToLower(w)); ok {
			continue
		}
		if strings.Trim(w, "0123456789,") != "" {
			return false
		}
	}
	return len(f) > 0
}

// militaryAboard makes the people on board a military aircraft or ship
// of no one side: "a military transport plane … carrying 65 captured
// soldiers … crashed, killing all 74 people on board" counts prisoners,
// crew and escorts, not civilians.
func militaryAboard(lower string, out []casualtyHit) {
	if !strings.Contains(lower, "military") || !strings.Contains(lower, " on board") && !strings.Contains(lower, " aboard") {
		return
	}
	for i := range out {
		if h := &out[i]; h.side == SideCivilians && (strings.HasSuffix(h.victims, " people") || strings.HasSuffix(h.victims, " persons")) {
			h.side = SideUnknown
		}
	}
}

// ofWhomAfter gives a bare figure told after "of whom" or "of them" the
// side of the people the sentence named before it: "3,600 patients, of
// whom 355 died".
func ofWhomAfter(toks []token, host string, out []casualtyHit) {
	for n := range out {
		h := &out[n]
		if !h.bare || h.side != SideUnknown {
			continue
		}
		k := 0
		for k < len(toks) && toks[k].s < h.start {
			k++
		}
		if k < 2 || toks[k-2].w != "of" || toks[k-1].w != "whom" && toks[k-1].w != "them" {
			continue
		}
		for m := k - 3; m >= 0; m-- {
			if toks[m].num {
				break
			}
			if toks[m].victimHead() {
				h.side, h.bare = sideOf(groupWords(toks, m, m, nil), host), false
				break
			}
		}
	}
}

// conditionParts reads the part of the wounded told by how badly it is
// hurt right after their figure ("145 people received injuries, and 30 of
// them are in a grave condition", "28 soldiers were injured, three of
// them in a critical condition"): a breakdown, a figure of the wounded of
// its own.
func conditionParts(toks []token, s string, out []casualtyHit) []casualtyHit {
	for h, k := range valuedHitEnds(toks, out[:len(out):len(out)]) {
		if h.outcome != OutcomeWounded {
			continue
		}
		for m := k + 1; m+3 < len(toks) && m <= k+6; m++ {
			if !numberish(toks[m]) {
				if toks[m].word && !toks[m].isQuote() || toks[m].w == "," {
					continue
				}
				break
			}
			c, ok := parseCount(toks, m)
			if !ok || c.vague || c.article || c.next+1 >= len(toks) || toks[c.next].w != "of" || toks[c.next+1].w != "them" {
				break
			}
			v := c.next + 2
			for v < len(toks) && v <= c.next+4 && (beVerbs[toks[v].w] || toks[v].w == "remain" || toks[v].w == "remained" || toks[v].w == "still") {
				v++
			}
			if v >= len(toks) || toks[v].w != "in" || !inCondition(toks, v) || !badCondition(toks, v) {
				break
			}
			if slices.ContainsFunc(out, func(o casualtyHit) bool { return o.start == toks[m].s }) {
				break
			}
			val := c.value
			g := h
			q, f := countQualifier(toks, m, c)
			g.start, g.end, g.value, g.qual, g.part = toks[f].s, toks[c.next+1].e, &val, q, h.part+1
			g.victims = s[toks[m].s:toks[c.next+1].e]
			out = append(out, g)
			break
		}
	}
	return out
}

// ofTheParts reads the parts a sentence that opens with a figure tells
// after it: "Of the 279 wounded, 27 were children", "Of the 40 people
// killed, 12 were women", "Of the 27 killed, 19 were soldiers and eight
// were civilians": a breakdown, each part a figure of the same outcome of
// its own.
func ofTheParts(toks []token, s, host string, out []casualtyHit) []casualtyHit {
	if len(out) == 0 || len(toks) < 8 || toks[0].w != "of" || toks[1].w != "the" {
		return out
	}
	h := out[0]
	if h.start != toks[2].s || h.value == nil {
		return out
	}
	k := 2
	for k < len(toks) && toks[k].e <= h.end {
		k++
	}
	for k < len(toks) && k <= 10 && toks[k].w != "," {
		if !toks[k].word || numberish(toks[k]) {
			return out
		}
		k++
	}
	if k+3 >= len(toks) || toks[k].w != "," || !numberish(toks[k+1]) {
		return out
	}
	// Each part: "19 were soldiers", then "and eight were civilians".
	for at, sum := k+1, 0; at < len(toks) && numberish(toks[at]); {
		c, ok := parseCount(toks, at)
		if !ok || c.vague || c.article || c.next+1 >= len(toks) || !beVerbs[toks[c.next].w] || sum+c.value > *h.value {
			return out
		}
		n := c.next + 1
		last := -1
		for m := n; m < len(toks) && m <= n+3 && toks[m].word && !numberish(toks[m]); m++ {
			if toks[m].victimHead() {
				last = m
			}
		}
		if last < 0 || slices.ContainsFunc(out, func(o casualtyHit) bool { return o.start == toks[at].s }) {
			return out
		}
		v := c.value
		g := h
		g.start, g.end, g.value, g.qual, g.part = toks[at].s, toks[last].e, &v, QualExact, h.part+1
		g.victims = s[toks[n].s:toks[last].e] // "soldiers" of "19 were soldiers"
		g.side, g.bare = sideOf(groupWords(toks, n, last, nil), host), false
		out = append(out, g)
		sum += c.value
		at = last + 1
		if at+1 < len(toks) && toks[at].w == "," {
			at++
		}
		if at+1 >= len(toks) || toks[at].w != "and" {
			break
		}
		at++
	}
	return out
}

// byWithin reports whether "by" comes within n words from toks[k], with
// no clause's end between.
func byWithin(toks []token, k, n int) bool {
	for m := k; m < len(toks) && m < k+n; m++ {
		switch {
		case toks[m].w == "by":
			return true
		case !toks[m].word:
			return false
		}
	}
	return false
}

// badCondition reports whether "in … condition" at toks[k] tells of the
// badly hurt ("in a critical condition", "in grave condition").
func badCondition(toks []token, k int) bool {
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		switch toks[m].w {
		case "critical", "serious", "grave", "severe", "life-threatening":
			return true
		case "condition", "conditions":
			return false
		}
	}
	return false
}

// moreLater reads "and six more" after the last figure of a sentence, with
// no noun or verb of its own ("Eight bodies were recovered at the scene and
// six more the next morning"): a second figure of the first's outcome and
// side.
func moreLater(toks []token, s string, out []casualtyHit) []casualtyHit {
	if len(out) == 0 || out[len(out)-1].value == nil {
		return out
	}
	h := out[len(out)-1]
	k := 0
	for k < len(toks) && toks[k].e != h.end {
		k++
	}
	for m := k + 1; m+2 < len(toks) && m <= k+10; m++ {
		if numberish(toks[m]) || !toks[m].word && toks[m].w != "," {
			return out
		}
		if toks[m].w != "and" || toks[m+2].w != "more" {
			continue
		}
		c, ok := parseCount(toks, m+1)
		if !ok || c.vague || c.article || c.next != m+2 {
			return out
		}
		if a := m + 3; a < len(toks) && toks[a].word && !breakdownPreps[toks[a].w] && toks[a].w != "the" {
			return out // "and six more were wounded", "six more people"
		}
		v := c.value
		g := h
		g.start, g.end, g.value, g.qual = toks[m+1].s, toks[m+2].e, &v, QualExact
		g.victims = s[toks[m+1].s:toks[m+2].e]
		return append(out, g)
	}
	return out
}

// gappedItems reads the later items of a list whose noun and verb are
// told once, each item a count and where it fell: "found 38 bodies in
// Masala and four in Mapasana", "97 were killed in and around Osh, the
// region's main city, and 41 in the neighbouring Jalal-Abad region",
// "Fifteen people were killed at a bar, five at a pizzeria and 19 at a
// cafe" are later figures of the first's outcome and side, told by the
// same source on the same day (head), each in its own place (placeEnd).
// A count in a condition ("three in critical condition") is no such item.
func gappedItems(toks []token, s string, out []casualtyHit) []casualtyHit {
	for h, k := range valuedHitEnds(toks, out) {
		if k >= len(toks) || !toks[k].word {
			continue
		}
		// The rest of the figure's verb ("were found dead"), then where
		// (right after a count: "including 13 in Rafah and 11 in Gaza
		// City").
		m := k + 1
		if numberish(toks[k]) {
			if h.head > 0 || m >= len(toks) || !placePrepositions[toks[m].w] {
				continue
			}
		}
		for m < len(toks) && m <= k+3 && toks[m].word && !numberish(toks[m]) && !placePrepositions[toks[m].w] &&
			toks[m].w != "and" && toks[m].cls&clsReport == 0 {
			m++
		}
		for m < len(toks) && placePrepositions[toks[m].w] {
			at := gappedNext(toks, m)
			if at < 0 || hitAt(out, toks[at].s) {
				break
			}
			c, ok := parseCount(toks, at)
			if !ok {
				break
			}
			qual, from := qualifierBefore(toks, at)
			if from < at-2 || from > at {
				from, qual = at, QualExact
			}
			v := c.value
			g := h
			g.start, g.end, g.value, g.qual = toks[from].s, toks[at].e, &v, qual
			g.victims = s[toks[at].s:toks[c.next-1].e]
			g.head, g.placeEnd = h.start+1, toks[gappedPlaceEnd(toks, c.next)].e
			out = append(out, g)
			m = c.next
		}
	}
	return out
}

// gappedPlaceEnd returns the index of the last token of the place told
// from the preposition at toks[m] in a gapped list (see gappedItems): a
// few words, perhaps with an apposition between commas ("in and around
// Osh, the region's main city,"), up to the next item or the end of the
// clause.
func gappedPlaceEnd(toks []token, m int) int {
	j := m + 1
	if j+1 < len(toks) && toks[j].w == "and" && (toks[j+1].w == "around" || toks[j+1].w == "near") {
		j += 2 // "in and around"
	}
	commas := 0
	for ; j < len(toks) && j <= m+16; j++ {
		t := toks[j]
		switch {
		case t.w == "," && j+1 < len(toks) && (numberish(toks[j+1]) || toks[j+1].w == "and"):
			return j - 1
		case t.w == ",":
			if commas++; commas > 2 {
				return j - 1
			}
		case t.w == "and":
			// Part of a name ("Le Carillon bar and Le Petit Cambodge").
			if j+1 >= len(toks) || !toks[j+1].cap {
				return j - 1
			}
		case t.w == "'s" || t.w == "-":
		case !t.word || numberish(t) || t.cls&(clsReport|clsVerb) != 0 || conditionWords[t.w]:
			return j - 1
		}
	}
	return j - 1
}

// gappedNext returns the index of the count of the next item of a gapped
// list after the place told from the preposition at toks[m], or -1: the
// item is joined by a comma, "and" or both and is a count right before a
// preposition of place, not of a condition.
func gappedNext(toks []token, m int) int {
	e := gappedPlaceEnd(toks, m)
	if e <= m {
		return -1
	}
	at := e + 1
	if at < len(toks) && toks[at].w == "," {
		at++
	}
	if at < len(toks) && toks[at].w == "and" {
		at++
	}
	if at+1 < len(toks) && at > e+1 && toks[at].w == "another" && toks[at+1].num {
		at++ // "and another 20 in Tuffah"
	}
	if at == e+1 || at+1 >= len(toks) || !numberish(toks[at]) {
		return -1
	}
	c, ok := parseCount(toks, at)
	if !ok || c.vague || c.article || c.next+1 >= len(toks) || !placePrepositions[toks[c.next].w] ||
		conditionWords[toks[c.next+1].w] || c.next+2 < len(toks) && toks[c.next+1].w == "the" && conditionWords[toks[c.next+2].w] {
		return -1
	}
	return at
}

// conditionWords tell a state, not a place, after "in": "three in
// critical condition", "two in hospital".
var conditionWords = wordSet("critical serious stable grave condition conditions hospital hospitals custody intensive care")

// hitAt reports whether a hit of out starts at byte offset at.
func hitAt(out []casualtyHit, at int) bool {
	for _, h := range out {
		if h.start == at {
			return true
		}
	}
	return false
}

// valuedHitEnds yields each hit of out that has a value, with the index
// of the token its figure ends with (len(toks) when none does). Hits
// appended to out meanwhile are not yielded.
func valuedHitEnds(toks []token, out []casualtyHit) iter.Seq2[casualtyHit, int] {
	return func(yield func(casualtyHit, int) bool) {
		for _, h := range out {
			if h.value == nil {
				continue
			}
			k := 0
			for k < len(toks) && toks[k].e != h.end {
				k++
			}
			if !yield(h, k) {
				return
			}
		}
	}
}

// crewAndFate reads two counts told after their noun: a crew killed or
// wounded by its number ("shot down one of the helicopters, killing its
// crew of four") and people whose fate is unknown, the missing ("the fate
// of 20 others remains unknown"). A crew's side is left to the rules of
// crews (see militaryCrew); the missing take the side of the figure before
// them in the sentence, as "others" does.
func crewAndFate(toks []token, s string, out []casualtyHit) []casualtyHit {
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].w != "of" || !numberish(toks[k+1]) {
			continue
		}
		c, ok := parseCount(toks, k+1)
		if !ok || c.vague || c.article || c.value < 1 {
			continue
		}
		v := c.value
		switch {
		case toks[k-1].w == "crew" && (toks[k-2].w == "its" || toks[k-2].w == "their" || toks[k-2].w == "the") && k >= 3 && activeVerbs[toks[k-3].w] != "":
			out = append(out, casualtyHit{
				start: toks[k-3].s, end: toks[c.next-1].e, outcome: activeVerbs[toks[k-3].w], value: &v, qual: QualExact,
				victims: s[toks[k-1].s:toks[c.next-1].e], side: SideCivilians, scope: ScopeIncident,
			})
		case toks[k-1].w == "fate" && c.next+1 < len(toks) && len(out) > 0:
			m, last := c.next, c.next-1
			if toks[m].w == "others" || toks[m].victimHead() {
				last = m
				m++
			}
			for m < len(toks) && (beVerbs[toks[m].w] || toks[m].w == "remains" || toks[m].w == "remain" || toks[m].w == "remained" || toks[m].w == "still") {
				m++
			}
			if m < len(toks) && (toks[m].w == "unknown" || toks[m].w == "unclear") {
				prev := out[len(out)-1]
				out = append(out, casualtyHit{
					start: toks[k-1].s, end: toks[m].e, outcome: OutcomeMissing, value: &v, qual: QualExact,
					victims: s[toks[k+1].s:toks[last].e], side: prev.side, scope: prev.scope,
				})
			}
		}
	}
	return out
}

// lossOwners gives figures told as a force's losses the side of that
// force, the subject of the clause: "federal forces had killed 312 rebels
// … for the loss of 27 men killed and 64 wounded", "American troops
// overran the garrison with the loss of 66 killed", "The Iraqi army
// suffered 40 killed and 70 wounded" count the force's own men, not
// civilians. The figures after the first in the clause ("and 64
// wounded") follow it.
func lossOwners(toks []token, host string, out []casualtyHit) {
	side := ""
	for i := range out {
		h := &out[i]
		if h.side != SideCivilians && h.side != SideUnknown && !h.bare || h.value == nil {
			side = ""
			continue
		}
		k := 0
		for k < len(toks) && toks[k].s < h.start {
			k++
		}
		if side != "" && k >= 1 && toks[k-1].w == "and" && (h.bare || numberOnly(h.victims)) {
			h.side = side
			continue
		}
		side = ""
		verb := k - 1
		if v := lossesIncluding(toks, k); v >= 0 && (h.bare || numberOnly(h.victims)) {
			// "the army had suffered heavy losses, including 300 dead":
			// the dead of the force that suffered them.
			verb = v
		} else if k+1 < len(toks) && toks[k].w == "loss" && toks[k+1].w == "of" {
			// The hit starts at its verb: "for the loss of four
			// soldiers".
			verb = k
		} else {
			if !h.bare && !numberOnly(h.victims) && !ownMen(h.victims) {
				continue // "27 men killed" counts the force's men too
			}
			if k < len(toks) && lossVerbs[toks[k].w] {
				verb = k // the hit opens with its verb: "lost 11 crew members"
			}
			for verb > 0 && verb > k-4 && lossQualifiers[toks[verb].w] {
				verb-- // "suffered about 40 killed", "lost at least 12"
			}
			switch {
			case verb >= 2 && toks[verb].w == "of" && toks[verb-1].w == "loss":
				verb--
			case verb >= 1 && lossVerbs[toks[verb].w]:
			default:
				continue
			}
		}
		owner := ""
		if toks[verb].w == "loss" {
			// "for the loss of", "with the loss of": the clause's
			// subject, a force its words name without the host's help.
			for m := 0; m < verb && owner == ""; m++ {
				if t := toks[m]; t.cls&clsReport != 0 || t.w == "said" {
					break
				}
				if forceNoun(toks[m].w) {
					if owner = sideOf(groupWords(toks, max(0, m-3), m, nil), ""); owner == SideCivilians || owner == SideUnknown || owner == SideGovernment {
						owner = ""
					}
				}
			}
		} else if from, to := andVerbSubject(toks, verb-1); to >= 0 {
			// "Troops killed 30 rebels and suffered 12 dead": the
			// subject of the verb before "and", not its object.
			if owner = sideOf(groupWords(toks, from, to, nil), host); owner == SideCivilians {
				owner = ""
			}
		} else {
			// "security forces had suffered three dead": the subject
			// right before the verb.
			for m := verb - 1; m >= 0 && m >= verb-4 && owner == ""; m-- {
				if !toks[m].word || toks[m].cls&clsReport != 0 {
					break
				}
				if forceNoun(toks[m].w) {
					// Its words from the clause's start: not "The rebels
					// said the army …".
					lo := m
					for lo > 0 && lo > m-3 && toks[lo-1].word && toks[lo-1].cls&clsReport == 0 {
						lo--
					}
					if owner = sideOf(groupWords(toks, lo, m, nil), host); owner == SideCivilians || owner == SideUnknown {
						owner = ""
					}
				}
			}
		}
		if owner != "" {
			h.side, h.bare, side = owner, false, owner
		}
	}
}

// ownMen reports whether victims are a count of a force's own men by a
// word of no side: "27 men", "11 crew members", "40 personnel".
func ownMen(victims string) bool {
	if !hasAnySuffix(victims, "men", "crew", "personnel", "members") {
		return false
	}
	f := strings.Fields(strings.ToLower(victims))
	switch {
	case len(f) == 2:
		return f[1] == "men" || f[1] == "crew" || f[1] == "crewmen" || f[1] == "personnel"
	case len(f) == 3:
		return f[1] == "crew" && f[2] == "members"
	}
	return false
}

// forceNoun reports whether w names a force or its men: "forces",
// "troops", "army", "battalion", "rebels".
func forceNoun(w string) bool {
	return securityHeads[w] || armyUnits[w] || rebelHeads[w]
}

// lossVerbs tell a force's own losses before a figure ("lost 33 killed",
// "suffered 40 killed"), as "the loss of" does; lossQualifiers may come
// between them and the figure.
var (
	lossVerbs      = wordSet("lost suffered sustained")
	lossQualifiers = wordSet("about some around nearly almost at least more than over")
)

// themselvesToo reads the attackers who died with their victims: "Two
// female suicide bombers … killing nine civilians as well as themselves",
// "killing 12 people, including seven policemen, as well as themselves"
// count the bombers, numbered as the sentence's subject, among the dead.
func themselvesToo(toks []token, s, host string, out []casualtyHit) []casualtyHit {
	if len(out) == 0 {
		return out
	}
	at := -1
	for k := 1; k < len(toks); k++ {
		if toks[k].w != "themselves" {
			continue
		}
		if toks[k-1].w == "and" || k >= 3 && toks[k-1].w == "as" && toks[k-2].w == "well" && toks[k-3].w == "as" {
			at = k
			break
		}
	}
	if at < 0 || out[len(out)-1].outcome != OutcomeKilled || out[len(out)-1].end > toks[at].s {
		return out
	}
	for i := 0; i < at; i++ {
		if !numberish(toks[i]) || toks[i].s >= out[0].start {
			continue
		}
		n, ok := parseNP(toks, i)
		if !ok || n.head < 0 || n.count.vague || !militantHeads[toks[n.head].w] && !rebelHeads[toks[n.head].w] {
			continue
		}
		v := n.count.value
		// Told first, as the sentence tells them: a bare figure after
		// the victims' takes their side, not the attackers'.
		return slices.Insert(out, 0, casualtyHit{
			start: toks[n.first].s, end: toks[at].e, outcome: OutcomeKilled, value: &v, qual: n.qual,
			victims: s[toks[n.num].s:toks[n.last].e], side: sideOf(groupWords(toks, n.num, n.last, nil), host), scope: ScopeIncident,
		})
	}
	return out
}

// gappedAgents reads the later item of a list of tolls by who inflicted
// them, whose verb is told once: "More than 220 of the victims were
// killed by pro-Ouattara forces, and over 100 by Liberian mercenaries" is
// a second figure of over 100 of the first's outcome and side.
func gappedAgents(toks []token, s string, out []casualtyHit) []casualtyHit {
	for h, k := range valuedHitEnds(toks, out) {
		if k+1 >= len(toks) || toks[k+1].w != "by" {
			continue
		}
		// The agent, then ", and" or "and" and the second count.
		m := k + 2
		for m < len(toks) && m <= k+10 && toks[m].word && toks[m].w != "and" && !numberish(toks[m]) {
			m++
		}
		if m < len(toks) && toks[m].w == "," {
			m++
		}
		if m+2 >= len(toks) || toks[m].w != "and" {
			continue
		}
		at := m + 1
		for at < len(toks) && at <= m+3 && !numberish(toks[at]) {
			at++
		}
		if at >= len(toks) || !numberish(toks[at]) {
			continue
		}
		c, ok := parseCount(toks, at)
		if !ok || c.vague || c.article || c.next >= len(toks) || toks[c.next].w != "by" {
			continue
		}
		qual, from := qualifierBefore(toks, at)
		if from != m+1 {
			continue // only a qualifier between "and" and the count
		}
		v := c.value
		g := h
		g.start, g.end, g.value, g.qual = toks[from].s, toks[at].e, &v, qual
		g.victims = s[toks[from].s:toks[at].e]
		out = append(out, g)
	}
	return out
}

// placePrepositions put a figure in a place: "38 bodies in Masala".
var placePrepositions = wordSet("in at near")

// groupPostKilled reads one man of an armed group named by his post
// after "its" or "their", whom a passive verb makes a victim: "(Wagner
// …) its commander, Sergei Shevchenko, had been killed". The group is the
// one the sentence names before; with none, or with a figure already read
// over the words, it reads nothing.
func groupPostKilled(toks []token, s string, out []casualtyHit) (casualtyHit, bool) {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].w != "its" && toks[k].w != "their" {
			continue
		}
		m := k + 1
		for m < len(toks) && m <= k+2 && !oneRoles[toks[m].w] && isModifier(toks[m]) && !toks[m].victimHead() {
			m++
		}
		if m >= len(toks) || !oneRoles[toks[m].w] || m+1 < len(toks) && (toks[m+1].victimHead() || toks[m+1].w == "of" || toks[m+1].w == "'s") {
			continue
		}
		last := m
		if c := postNameEnd(toks, m+1); c > 0 {
			last = c
		}
		outcome, verb := passiveAfter(toks, k, last)
		if outcome == "" || mixedOutcome(toks, verb) {
			continue
		}
		group := ""
		for b := k - 1; b >= 0 && group == ""; b-- {
			w := strings.TrimSuffix(toks[b].w, "'s")
			if g := namedGroups[w]; g != "" && toks[b].cap {
				group = g
			} else if g := namedGroups[toks[max(b-1, 0)].w+" "+w]; b > 0 && g != "" && toks[b-1].cap {
				group = g // "Al Shabaab"
			}
		}
		if group == "" {
			continue
		}
		start, end := toks[k].s, toks[verb].e
		covered := false
		for _, h := range out {
			covered = covered || h.start < end && start < h.end
		}
		if covered {
			continue
		}
		v := 1
		return casualtyHit{
			start: start, end: end, outcome: outcome, value: &v, qual: QualExact,
			victims: s[toks[k].s:toks[m].e], side: group, scope: ScopeIncident,
		}, true
	}
	return casualtyHit{}, false
}

// attackerKilledLater reads an attacker who opens a sentence and is killed
// at its end: "A gunman opened fire …, killing eight people, before he was
// shot dead by a police officer", "A gunman who killed two fans … was shot
// dead by police", "a gunman killed 38 people … before being shot dead". The attacker is named by an attacker's noun ("gunman",
// "assailant") or is "a man" or "a woman" who killed; a lone attacker is one
// of the militants.
func attackerKilledLater(toks []token, s string, host string) (casualtyHit, bool) {
	// The subject: "a", "an" or "the", up to two modifiers, the head.
	subj, head := -1, -1
	first := true
	for i := 0; i < len(toks) && i < 24 && subj < 0; i++ {
		if w := toks[i].w; w != "a" && w != "an" && w != "the" {
			continue
		}
		// The sentence's first noun phrase is its subject, or the first
		// after "that" or "when" opens a clause ("The attack came on
		// the same day that a gunman killed 38 people …").
		clause := i > 0 && (toks[i-1].w == "that" || toks[i-1].w == "when")
		if !clause && (!first || i > 0 && toks[i-1].word && toks[i-1].w != "," && !toks[i-1].isQuote()) {
			continue
		}
		if !clause && i >= 14 {
			continue
		}
		first = first && clause
		for m := i + 1; m < len(toks) && m <= i+3; m++ {
			w := toks[m].w
			if singularHeads[w] && rebelHeads[w+"s"] || w == "gunman" || w == "man" || w == "woman" {
				subj, head = i, m
				break
			}
			if !isModifier(toks[m]) {
				break
			}
		}
	}
	if subj < 0 {
		return casualtyHit{}, false
	}
	killer := rebelHeads[toks[head].w+"s"] || toks[head].w == "gunman"
	relative := head+1 < len(toks) && toks[head+1].w == "who"
	for k := head + 1; k+2 < len(toks); k++ {
		w := toks[k].w
		if activeVerbs[w] == OutcomeKilled || w == "stabbed" || w == "opened" {
			killer = true
		}
		// "he was shot dead", "he was later killed", "who … was shot
		// dead", "before being shot dead by police".
		being := w == "being" && toks[k-1].w == "before"
		if w != "was" && !being {
			continue
		}
		if !being && !(relative || k > 0 && (toks[k-1].w == "he" || toks[k-1].w == "she")) {
			continue
		}
		m := k + 1
		if toks[m].w == "later" || toks[m].w == "then" || toks[m].w == "eventually" || toks[m].w == "himself" || toks[m].w == "herself" {
			m++
		}
		if m+1 >= len(toks) {
			break
		}
		end := -1
		switch {
		case toks[m].w == "shot" && toks[m+1].w == "dead":
			end = m + 1
		case toks[m].w == "killed" && !mixedOutcome(toks, m):
			end = m
		}
		if end < 0 || !killer {
			return casualtyHit{}, false
		}
		v := 1
		side := sideOf(groupWords(toks, subj+1, head, nil), host)
		if toks[head].w == "man" || toks[head].w == "woman" {
			side = SideMilitants
		}
		return casualtyHit{
			start: toks[subj].s, end: toks[end].e, outcome: OutcomeKilled, value: &v, qual: QualExact,
			victims: s[toks[subj].s:toks[head].e], side: side, scope: ScopeIncident,
		}, true
	}
	return casualtyHit{}, false
}

// mixedOutcome reports whether the outcome verb at toks[k] is one of two
// joined by "or" ("killed or wounded", "died or went missing", "dead or
// missing"): such a figure counts neither outcome alone.
func mixedOutcome(toks []token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	outcomeWord := func(m int) bool {
		if m < 0 || m >= len(toks) {
			return false
		}
		w := toks[m].w
		if takenCaptive(toks, m) {
			return true // "were killed or taken prisoner"
		}
		return passiveVerbs[w] != "" || activeVerbs[w] != "" || w == "went" || w == "gone" || w == "disappeared" || w == "vanished"
	}
	if k+2 < len(toks) && toks[k+1].w == "or" && outcomeWord(k+2) {
		return true
	}
	if k+3 < len(toks) && toks[k+1].w == "or" && hurtAdverbs[toks[k+2].w] && outcomeWord(k+3) {
		// "killed or seriously injured", "dead or badly wounded".
		return true
	}
	if k+3 < len(toks) && toks[k+1].w == "," && outcomeWord(k+2) && (toks[k+3].w == "or" || toks[k+3].w == "and" || toks[k+3].w == ",") &&
		passiveVerbs[toks[k].w] != passiveVerbs[toks[k+2].w] {
		// "were killed, wounded or missing", "civilians killed, injured
		// or abducted": one total of all.
		return true
	}
	if k+3 < len(toks) && toks[k+1].w == "or" && (toks[k+2].w == "were" || toks[k+2].w == "was" || toks[k+2].w == "are" || toks[k+2].w == "is" ||
		toks[k+2].w == "remain" || toks[k+2].w == "remained") && (outcomeWord(k+3) || toks[k+3].w == "missing") {
		// "died or were wounded", "were killed or are missing".
		return true
	}
	if k+4 < len(toks) && toks[k+1].w == "or" && (toks[k+2].w == "have" || toks[k+2].w == "has" || toks[k+2].w == "had") &&
		toks[k+3].w == "been" && (outcomeWord(k+4) || toks[k+4].w == "missing") {
		// "were killed or have been wounded".
		return true
	}
	if k+3 < len(toks) && toks[k+1].w == "or" && (toks[k+2].w == "have" || toks[k+2].w == "has" || toks[k+2].w == "had") && outcomeWord(k+3) {
		// "had been killed or had disappeared".
		return true
	}
	if k+2 < len(toks) && toks[k+1].w == "and" && outcomeWord(k+2) && passiveVerbs[toks[k].w] != passiveVerbs[toks[k+2].w] &&
		(k+3 >= len(toks) || !numberish(toks[k+3]) && toks[k+3].w != "a" && toks[k+3].w != "an") {
		// "100 servicemen killed and wounded": one total of both.
		return true
	}
	if k >= 2 && toks[k-1].w == "and" && activeVerbs[toks[k-2].w] == OutcomeKilled && activeVerbs[toks[k].w] == OutcomeWounded && countWithin(toks, k+1, 3) {
		// "had killed and wounded more than 200": one total of both
		// told by the verbs together (but "wounded and captured one"
		// is one man both befell).
		return true
	}
	return k >= 2 && toks[k-1].w == "or" && outcomeWord(k-2)
}

// countWithin reports whether a count starts at toks[k] or within n
// words after it ("more than 200").
func countWithin(toks []token, k, n int) bool {
	for m := k; m < len(toks) && m <= k+n; m++ {
		if numberish(toks[m]) {
			return true
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// sentenceMixed reports whether a sentence counts the dead and wounded
// together anywhere ("lost 1,480 troops killed or wounded"): its "losses"
// are such a total too.
func sentenceMixed(toks []token) bool {
	for k := range toks {
		if passiveVerbs[toks[k].w] != "" && mixedOutcome(toks, k) {
			return true
		}
	}
	return false
}

// loseVerbs make their object a side's own dead ("we lost seven soldiers").
var loseVerbs = wordSet("lost lose loses losing")

// lostCraft reports whether the group n a side lost counts aircraft: "six
// bombers" (not "two suicide bombers"), "two fighters over the Bekaa".
func lostCraft(toks []token, n nounPhrase) bool {
	if n.head < 0 {
		return false
	}
	switch toks[n.head].w {
	case "bombers", "bomber":
		for m := n.num; m < n.head; m++ {
			if toks[m].w == "suicide" {
				return false
			}
		}
		return true
	case "fighters", "fighter":
		return n.head+1 < len(toks) && toks[n.head+1].w == "over"
	}
	return false
}

// loserWords are the words by which a speaker's sentence speaks of the
// speaker's own force as the subject of "lost": "it", "they", "the
// group", "its troops".
var loserWords = wordSet("it they we group movement army militia")

// speakerLoser returns the side of the speaker who says his own force
// lost men ("The Bosnian army said its troops had lost eight men", "A
// Taliban spokesman … said the group had lost three men"): the subject of
// "lost" points back to the speaker, named before the sentence's first
// report verb. It returns "" when the subject is other words or the
// speaker names no armed side.
func speakerLoser(toks []token, verb int, host string) string {
	m := verb - 1
	for m >= 0 && auxWords[toks[m].w] {
		m--
	}
	if m < 1 {
		return ""
	}
	w := toks[m].w
	joint := m // the conjunction, or the comma before "while"
	if (w == "while" || w == "whilst") && toks[m-1].w == "," {
		joint = m - 1
	}
	switch {
	case loserWords[w]:
	case (securityHeads[w] || w == "fighters" || w == "units") && possessive[toks[m-1].w]:
	case (w == "and" || w == "while" || w == "whilst") && (ownForcesSubject(toks, joint) || loserBefore(toks, joint)):
		// "its forces had killed 120 rebel fighters … and lost 13 men",
		// "it had killed 35 insurgents and lost four of its own men",
		// "they had killed 27 Houthis …, while losing nine of their own".
	default:
		return ""
	}
	report := -1
	for k := 0; k < m && k < 12; k++ {
		if toks[k].reportVerb() {
			report = k
			break
		}
	}
	from, to := 0, report-1
	if report < 1 {
		if from, to = speakerAfterQuote(toks, verb); to < from {
			return ""
		}
	}
	side := sideOf(groupWords(toks, from, to, nil), host)
	if side == SideUnknown || side == SideCivilians {
		return ""
	}
	return side
}

// speakerAfterQuote returns the first and last token of the speaker
// named after the quote that the "lost" at toks[verb] is in ("\"We lost
// 14 men,\" a rebel commander told Reuters", "…," said a Taliban
// commander"), or to < from when the sentence names none.
func speakerAfterQuote(toks []token, verb int) (from, to int) {
	if verb < 1 || !toks[0].isQuote() {
		return 0, -1
	}
	closing := -1
	for k := verb + 1; k+1 < len(toks); k++ {
		if toks[k].isQuote() {
			closing = k
			break
		}
	}
	if closing < 0 || toks[closing-1].w != "," {
		return 0, -1
	}
	from, to = closing+1, -1
	if from < len(toks) && toks[from].reportVerb() {
		// "…," said a Taliban commander.
		from++
		for to = from; to+1 < len(toks) && toks[to+1].word; to++ {
		}
	} else {
		// "…," a rebel commander told Reuters.
		for k := from; k < len(toks) && k < from+8 && toks[k].word; k++ {
			if toks[k].reportVerb() {
				to = k - 1
				break
			}
		}
	}
	return from, to
}

// ownForcesSubject reports whether the clause that "and" at toks[k] goes
// on has a speaker's own forces for subject ("its forces had killed …").
func ownForcesSubject(toks []token, k int) bool {
	for x := k - 1; x >= 1 && x >= k-16; x-- {
		if toks[x].reportVerb() {
			return false
		}
		w := toks[x].w
		if (securityHeads[w] || w == "fighters" || w == "units") && possessive[toks[x-1].w] && x+1 < len(toks) &&
			(auxWords[toks[x+1].w] || activeVerbs[toks[x+1].w] != "") {
			return true
		}
	}
	return false
}

// verbSubjectBefore returns the index of the word before the nearest verb
// (as isVerb tells) that comes before the "and" at toks[k] in its clause,
// its auxiliaries passed over: the subject's last word in "it had killed
// 35 insurgents and …", "Troops killed 30 rebels and …"; or -1.
func verbSubjectBefore(toks []token, k int, isVerb func(token) bool) int {
	for x := k - 1; x >= 1 && x >= k-12; x-- {
		if toks[x].reportVerb() || toks[x].w == "," || toks[x].w == ";" || toks[x].w == "and" {
			return -1
		}
		if !isVerb(toks[x]) {
			continue
		}
		y := x - 1
		for y > 0 && auxWords[toks[y].w] {
			y--
		}
		return y
	}
	return -1
}

// loserBefore reports whether the "and" at toks[k] joins a verb to an
// earlier verb of its clause whose subject is one of loserWords: "it had
// killed 35 insurgents and (lost …)".
func loserBefore(toks []token, k int) bool {
	y := verbSubjectBefore(toks, k, func(t token) bool { return activeVerbs[t.w] != "" })
	return y >= 0 && loserWords[toks[y].w]
}

// andVerbSubject returns the first and last token of the armed group that
// is the subject of the verb before the "and" at toks[k] in its clause
// ("Troops killed 30 rebels and …", "The rebels had ambushed a convoy
// and …"), or to < 0 when that subject is no armed group.
func andVerbSubject(toks []token, k int) (from, to int) {
	if k < 2 || toks[k].w != "and" {
		return 0, -1
	}
	y := verbSubjectBefore(toks, k, func(t token) bool { return t.cls&clsVerb != 0 || assaultVerbs[t.w] })
	if y < 0 || !forceNoun(toks[y].w) {
		return 0, -1
	}
	return modifiersBefore(toks, y), y
}

// assaultVerbs tell an armed group's deed before its losses: "The rebels
// attacked the base and suffered 20 dead".
var assaultVerbs = wordSet("attacked stormed raided assaulted overran shelled bombed fought clashed launched seized captured")

// modifiersBefore returns where the group whose head is toks[head] starts,
// past at most three modifier words before it ("Government forces").
func modifiersBefore(toks []token, head int) int {
	from := head
	for from > 0 && from > head-3 && toks[from-1].word && isModifier(toks[from-1]) {
		from--
	}
	return from
}

// losingUnit returns the nation of the subject of the "lost" at toks[verb]
// when it is a unit or force named with its nationality ("A Belgian
// battalion fighting on the brigade's right flank lost", "the Chinese had
// lost"), told in the clause before the verb; "" otherwise.
func losingUnit(toks []token, verb int) string {
	start := verb - 1
	for start > 0 && verb-start < 14 && toks[start-1].w != "," && toks[start-1].w != ";" && toks[start-1].w != "that" && !toks[start-1].reportVerb() {
		start--
	}
	for m := start; m < verb; m++ {
		w := toks[m].w
		if toks[m].cls&clsVerb != 0 {
			return ""
		}
		nat := nationAdjectives[w]
		if nat == "" || nat == "Palestinian" {
			continue
		}
		if next := m + 1; next < verb && (securityHeads[toks[next].w] || armyUnits[toks[next].w]) ||
			m == start+1 && toks[start].w == "the" && (next == verb || auxWords[toks[next].w]) {
			return nat
		}
		return ""
	}
	return ""
}

// armyUnits are the army's units a nationality may name: "a Belgian
// battalion", and the forces themselves: "the Iraqi Army lost 33 killed".
var armyUnits = wordSet("battalion battalions brigade brigades regiment regiments division divisions company platoon garrison column columns unit units squadron army armies navy")

// loserNation returns the nation named as the subject of the "lost" at
// toks[verb] ("Ukrainian forces had lost", "Russia has lost", "the Kyiv
// regime's forces lost") when the group n names none, or "".
func loserNation(toks []token, verb int, n nounPhrase) string {
	for m := n.first; m <= n.last; m++ {
		if nationAdjectives[toks[m].w] != "" {
			return ""
		}
	}
	m := verb - 1
	for m >= 0 && (auxWords[toks[m].w] || toks[m].w == "reportedly") {
		m--
	}
	if m >= 0 && toks[m].w == "," {
		// "Canada, which has 2,500 troops in the province, has lost 85
		// soldiers": the subject before the clause set beside it.
		for c := m - 1; c >= 1 && c >= m-16; c-- {
			if toks[c].w == "," {
				if toks[c+1].w == "which" || toks[c+1].w == "who" {
					m = c - 1
				}
				break
			}
		}
	}
	if m >= 2 && (toks[m].w == "it" || toks[m].w == "they") {
		// "Armenia said it had lost four servicemen": the nation that
		// speaks of its own.
		k := m - 1
		if toks[k].w == "that" {
			k--
		}
		if k >= 1 && (toks[k].reportVerb() || toks[k].w == "saying") {
			// (And "with Azerbaijan saying it had lost 84 soldiers".)
			prev := ""
			if k >= 2 {
				prev = toks[k-2].w
			}
			if nat := nationAt(prev, toks[k-1].w); nat != "" && nat != "Palestinian" {
				return nat
			}
		}
		return ""
	}
	for k := m; k >= 0 && k >= m-3; k-- {
		if !toks[k].word {
			return ""
		}
		w := strings.TrimSuffix(strings.TrimSuffix(toks[k].w, "'s"), "’s")
		prev := ""
		if k > 0 {
			prev = toks[k-1].w
		}
		nat := nationAdjectives[w]
		if nat == "" && k == m && strings.HasSuffix(w, "ns") {
			// "the North Koreans had lost": a people's plural.
			nat = nationAt(prev, w[:len(w)-1])
		}
		if nat != "" && nat != "Palestinian" {
			return nat
		}
		if !securityMods[w] && !securityHeads[w] {
			return ""
		}
	}
	return ""
}

// otherAttackBetween reports whether the words between a figure ending at
// s[from] and a count at s[to] date it by another attack: "two soldiers
// were killed on Friday …, a day after the attack on the school in Bogota
// that left 21 dead" tells two incidents.
func otherAttackBetween(s string, from, to int) bool {
	if from >= to || to > len(s) {
		return false
	}
	between := s[from:to]
	return !strings.Contains(between, ". ") && otherAttackClause.MatchString(between)
}

// otherAttackClause matches an attack the words date another by, up to the
// verb of its own figure: "a day after the attack on the school that
// left", "days before the bombing of the market in which".
var otherAttackClause = regexp.MustCompile(`\b(?:after|before)\s+the\s+(?:[\w-]+\s+){0,2}?(?:attack|attacks|bombing|bombings|blast|raid|strike|massacre|explosion|assault|ambush)\b[^.;]*\b(?:(?:that|which)\s+(?:left|killed|claimed|wounded)|in\s+which)\s+$`)

// foundHow tell how the dead were found killed: "were found hanged",
// "found strangled", "found beheaded".
var foundHow = wordSet("hanged hanging strangled beheaded decapitated murdered executed slain mutilated")

// breakdownComma returns the index of the comma of ", all of them" or ",
// most of them" that closes the clause of a group whose last token is
// toks[k-1], past the words that tell where and when ("killed 15 people at
// a security checkpoint in Lam Phaya … late on Tuesday, most of them
// village defence volunteers") and the group's own verb ("30 people were
// wounded, most of them policemen"), or k.
func breakdownComma(toks []token, k int) int {
	for m := k; m+3 < len(toks) && m <= k+24; m++ {
		t := toks[m]
		if t.w == "," {
			if (toks[m+1].w == "all" || toks[m+1].w == "most") && toks[m+2].w == "of" && toks[m+3].w == "them" {
				return m
			}
			return k
		}
		if t.word && (auxWords[t.w] && t.w != "to" || passiveVerbs[t.w] != "") && t.cls&clsReport == 0 {
			continue // the group's own verb: "30 people were wounded, most of them policemen"
		}
		if !t.word || numberish(t) || t.cls&(clsVerb|clsReport) != 0 || subjectStops[t.w] {
			return k
		}
	}
	return k
}

// allOfThem reads ", all of them Islamic State fighters", ", most of them
// police" or ", all soldiers" at toks[k] after a group whose last token is
// toks[group] and returns the side of the group it names when that is an
// armed force or armed men, else "".
func allOfThem(toks []token, k, group int, host string) string {
	if k+2 >= len(toks) || toks[k].w != "," || toks[k+1].w != "all" && toks[k+1].w != "most" {
		return ""
	}
	from := k + 2
	if from+1 < len(toks) && toks[from].w == "of" && toks[from+1].w == "them" {
		from += 2
	} else if toks[k+1].w == "most" {
		return ""
	}
	if from < len(toks) && (ppStarts[toks[from].w] || toks[from].w == "by") {
		// "most of them by paramilitaries", "most of them in the
		// north": who killed them or where, not who they were.
		return ""
	}
	if toks[k+1].w == "most" && toks[group].w != "people" && toks[group].w != "persons" {
		// "59 worshippers, most of them policemen" are still
		// worshippers.
		return ""
	}
	for to := from; to < len(toks) && to < from+6 && toks[to].word; to++ {
		w := toks[to].w
		if w == "were" || w == "was" {
			return ""
		}
		if w == "of" && to > from && kinNouns[toks[to-1].w] {
			// "30 people, most of them wives and children of soldiers":
			// the families of a force are not of it.
			return ""
		}
		if securityHeads[w] || rebelHeads[w] || policeHeads[w] || w == "volunteers" || w == "militia" {
			// ("most of them village defence volunteers": a militia.)
			var buf [8]string
			side := sideOf(groupWords(toks, from, to, buf[:0]), host)
			if side == SideCivilians {
				return ""
			}
			// (Soldiers of no nation told are of no side known, not
			// civilians: "12 men, all of them soldiers".)
			return side
		}
	}
	return ""
}

// partOfThemAt reads ", all of them", ", most of them" or ", about half of
// them" at toks[k]: the part's word ("all", "most", "half") and the index
// after "them", or "" and k.
func partOfThemAt(toks []token, k int) (string, int) {
	if k >= len(toks) || toks[k].w != "," {
		return "", k
	}
	m := k + 1
	for m < len(toks) && (toks[m].w == "about" || toks[m].w == "nearly" || toks[m].w == "almost" || toks[m].w == "roughly" || toks[m].w == "around") {
		m++
	}
	if m+2 >= len(toks) || toks[m+1].w != "of" || toks[m+2].w != "them" {
		return "", k
	}
	switch w := toks[m].w; w {
	case "all", "most", "half":
		return w, m + 3
	}
	return "", k
}

// halfOfThem reports whether toks[k:] opens with ", half of them
// civilians" or ", about half of them civilians" (and "half of them
// children" says nothing of the others).
func halfOfThem(toks []token, k int) bool {
	part, m := partOfThemAt(toks, k)
	return part == "half" && m < len(toks) && toks[m].w == "civilians"
}

// themCivilians reports whether ", all of them" or ", most of them" at
// toks[k] goes on with civilians ("most of them women and children", "all
// of them civilians").
func themCivilians(toks []token, k int) bool {
	part, from := partOfThemAt(toks, k)
	if part != "all" && part != "most" || from != k+4 {
		return false
	}
	to := from
	for to < len(toks) && to < from+6 && toks[to].word && toks[to].w != "were" && toks[to].w != "was" && !ppStarts[toks[to].w] && toks[to].w != "by" {
		to++
	}
	var buf [8]string
	return to > from && sideOf(groupWords(toks, from, to-1, buf[:0]), "") == SideCivilians
}

// kinNouns name the families of those a group is told by: "wives and
// children of soldiers".
var kinNouns = wordSet("wives wife children families family relatives dependants dependents widows parents sons daughters")

// mixedAfter reports whether the group ending at toks[last] is followed by
// two outcomes joined by "or" ("lost 1,260 troops killed or wounded", "the
// number of soldiers killed or wounded").
func mixedAfter(toks []token, last int) bool {
	k := last + 1
	if k >= len(toks) {
		return false
	}
	if w := toks[k].w; passiveVerbs[w] == "" && w != "dead" {
		return false
	}
	return mixedOutcome(toks, k)
}

// theAttacker reads "the bomber was killed" at toks[i] ("the"): one
// attacker spoken of by role, whom a passive verb makes a victim. It
// returns the hit and its last token.
func theAttacker(toks []token, s string, i int, host string) (casualtyHit, int, bool) {
	for m := i + 1; m < len(toks) && m <= i+2; m++ {
		w := toks[m].w
		if attackerNoun(w) {
			o, verb := passiveAfter(toks, i, m)
			start := i
			if o == "" && (m+1 == len(toks) || !toks[m+1].word || npStops[toks[m+1].w]) {
				// "The blast killed the bomber", "shot dead the gunman"
				// (not "killed the rebel commander": a noun goes on).
				o, start = objectVerb(toks, i)
				verb = m
			}
			if o == "" || mixedOutcome(toks, verb) {
				return casualtyHit{}, 0, false
			}
			v := 1
			return casualtyHit{
				start: toks[start].s, end: toks[verb].e, outcome: o, value: &v, qual: QualExact,
				victims: s[toks[i].s:toks[m].e], side: sideOf(groupWords(toks, i+1, m, nil), host),
				scope: ScopeIncident,
			}, m, true
		}
		if !isModifier(toks[m]) {
			break
		}
	}
	return casualtyHit{}, 0, false
}

// headSide returns the side of the last figure of out, or of the figure it
// breaks down when it is told as a part ("At least 21 people were killed,
// among them three attackers, and 117 were injured": the people's side), or
// as the last of a list of parts of one verb's object ("killed 18 people,
// among them four children and two police officers, and wounded at least
// 40").
func headSide(s string, out []casualtyHit) string {
	last := out[len(out)-1]
	if whole, broken, _ := activeListBefore(s, out); broken {
		return whole
	}
	if lo, hi := max(out[max(len(out)-2, 0)].end, last.start-14, 0), min(len(s), last.start+11); len(out) >= 2 && lo < hi {
		around := s[lo:hi]
		for _, p := range [...]string{"among them ", "among whom ", "including "} {
			if containsFold(around, p) {
				return out[len(out)-2].side
			}
		}
	}
	return last.side
}

// oneOfThemA reports whether "of them" at toks[j] after a count of one
// goes on with one person: "one of them a child".
func oneOfThemA(toks []token, j int, c countHit) bool {
	return c.value == 1 && !c.vague && j+3 < len(toks) && toks[j].w == "of" && toks[j+1].w == "them" &&
		(toks[j+2].w == "a" || toks[j+2].w == "an") && toks[j+3].victimHead() && !toks[j+3].cap
}

// breakdownAfter returns the index of "including" or "among them" right
// before toks[first] when they follow the figure prev after a comma
// ("… were wounded, including three children"), or -1.
func breakdownAfter(toks []token, first int, prev casualtyHit) int {
	k := first - 1
	if k >= 1 && toks[k].w == "the" && toks[k-1].w == "including" && first < len(toks) && numberish(toks[first]) {
		k-- // "…, including the three gunmen"
	}
	n := first
	for n < len(toks) && n < first+3 && !numberish(toks[n]) {
		n++ // "more than 1,300 of them"
	}
	if k >= 1 && toks[k].w == "," && prev.end <= toks[k].s && prev.value != nil && n+2 < len(toks) && toks[n+1].w == "of" && toks[n+2].w == "them" {
		// "257 people were killed, 150 of them women", "8,500 people
		// have been killed since the siege began, more than 1,300 of
		// them children" (as for fewer, see elliptical partitives).
		return k
	}
	if k >= 1 && toks[k].w == "," && toks[k-1].e == prev.end && prev.value != nil && countsAddUp(toks, first, *prev.value, true) {
		// "Twelve people were killed, eight soldiers and four
		// civilians": the parts of the count, to the sentence's end.
		return k
	}
	if k >= 1 && dashAt(toks, k) && toks[k-1].e == prev.end && prev.value != nil && dashPartsAddUp(toks, k, *prev.value) {
		// "the deaths of at least 41 people - 38 men and three women
		// aged between 15 and 70 -".
		return k
	}
	if k >= 1 && toks[k].w == ":" && (toks[k-1].e == prev.end || placeBetween(toks, prev.end, k)) && prev.value != nil {
		// "Eight members of the security forces were killed: four
		// soldiers of the Army and four police officers".
		return k
	}
	switch {
	case k >= 0 && (toks[k].w == "including" || toks[k].w == "among"):
	case k >= 1 && (toks[k].w == "them" || toks[k].w == "whom") && toks[k-1].w == "among":
		k--
	default:
		return -1
	}
	if k < 2 || toks[k-1].w != "," {
		return -1
	}
	if toks[k-2].e != prev.end {
		// "put the toll at 35 dead, including 18 children".
		if (k < 3 || toks[k-3].e != prev.end || !outcomeAdjectives[toks[k-2].w]) && !placeBetween(toks, prev.end, k-1) &&
			!carriedBetween(toks, prev.end, k-1) && !doingBetween(toks, prev.end, k-1) {
			return -1
		}
	}
	return k
}

// civiliansPart reports whether the breakdown h, read from the group n,
// counts civilians by that word and fewer than the toll it breaks down
// ("704 people had been killed, among them 110 civilians"): the rest of the
// toll are not civilians.
func civiliansPart(toks []token, n nounPhrase, h, toll casualtyHit) bool {
	if n.head < 0 || h.value == nil || toll.value == nil || *h.value >= *toll.value {
		return false
	}
	w := toks[n.head].w
	return w == "civilians" || w == "civilian"
}

// partsMakeUp reports whether the counts of a chain of groups add up to
// the toll they break down ("27 people had died, including nine police
// officers, eight civilians and 10 attackers"): then each part, not only
// the first, tells whether the toll's people were all civilians.
func partsMakeUp(chain []nounPhrase, toll casualtyHit) bool {
	if toll.value == nil || len(chain) < 2 {
		return false
	}
	sum := 0
	for _, n := range chain {
		if n.num < 0 || n.count.vague {
			return false
		}
		if n.count.article {
			sum++
		} else {
			sum += n.count.value
		}
	}
	return sum == *toll.value
}

// armedSide reports whether a side is an army or armed men: people broken
// down into fighters or soldiers are not all civilians; people among whom
// a few police officers were hurt still are.
func armedSide(side string) bool {
	return side != SideCivilians && side != SideUnknown && side != SidePolice && side != "Palestinians" && side != "Israelis"
}

// mostOf reports whether the breakdown b counts more than half of the
// figure h it breaks down ("4,500 people were injured, including 3,393
// police officers").
func mostOf(b, h casualtyHit) bool {
	return b.value != nil && h.value != nil && *b.value*2 > *h.value
}

// peopleHit reports whether a hit counts "people" or "persons".
func peopleHit(s string, h casualtyHit) bool {
	return strings.HasSuffix(h.victims, " people") || strings.HasSuffix(h.victims, " persons")
}

// breakdownPreps open a phrase of place or time between a figure and its
// breakdown.
var breakdownPreps = wordSet("in on at since during across over near throughout under inside outside after by")

// placeBetween reports whether the tokens from byte end up to toks[comma]
// are a phrase of place or time ("134 people were killed in the region's
// armed conflict, including 82 militants", "… since October 7, including
// 4,104 children"): a preposition, then words and dates, no verb, clause
// or list.
func placeBetween(toks []token, end, comma int) bool {
	j, ok := tokensBetween(toks, end, comma)
	if !ok {
		return false
	}
	at := func(j int) bool {
		return j < comma && breakdownPreps[toks[j].w] && (plainWords(toks, j+1, comma) || namedPlaces(toks, j+1, comma))
	}
	if (toks[j].w == "early" || toks[j].w == "late") && j+1 < comma {
		j++ // "killed at least 33 people early on Thursday, among them …"
	}
	if at(j) {
		return true
	}
	if j+1 < comma && (toks[j].w == "this" || toks[j].w == "last") && periodNouns[toks[j+1].w] {
		// "killed at least 20 people this week, including 12
		// civilians": the period alone, or with its place.
		return j+2 == comma || at(j+2)
	}
	// "left 17 people dead Friday at a ranch near Curuguaty: six police
	// officers and 11 farmers": the day, then the place.
	if toks[j].w == "on" && j+1 < comma {
		j++
	}
	if !isWeekday(toks[j].w) && toks[j].w != "yesterday" && toks[j].w != "today" && toks[j].w != "overnight" {
		return false
	}
	if w := toks[min(j+1, comma)].w; w == "morning" || w == "afternoon" || w == "evening" || w == "night" {
		j++
	}
	// ("killed 85 civilians late Monday, including 33 children": the
	// day alone.)
	return j+1 == comma || at(j+1)
}

// periodNouns follow "this" or "last" in a figure's period ("this
// week", "last night").
var periodNouns = wordSet("week weekend month night year")

// namedPlaces reports whether toks[from:to] name places in a list: "the
// villages of Divoselo, Citluk and Pocitelj", each item a capitalised
// name after a comma or "and".
func namedPlaces(toks []token, from, to int) bool {
	list := false
	for m := from; m < to; m++ {
		t := toks[m]
		if t.w == "," || t.w == "and" {
			if m+1 >= to || !toks[m+1].cap || m == from || !toks[m-1].cap {
				return false
			}
			list = true
			continue
		}
		if t.cls&clsVerb != 0 || t.num || !t.word && t.w != "-" || t.w == "which" || t.w == "who" || t.w == "where" {
			return false
		}
	}
	return list
}

// tokensBetween returns the first token from byte end on before
// toks[comma], and whether there are 1 to 14 of them.
func tokensBetween(toks []token, end, comma int) (int, bool) {
	j := comma - 1
	for j >= 0 && toks[j].s >= end {
		j--
	}
	j++
	return j, j < comma && comma-j <= 14
}

// plainWords reports whether toks[from:to] are words, numbers and dates of
// a phrase of place or time: no verb, clause, list or count of victims.
func plainWords(toks []token, from, to int) bool {
	for m := from; m < to; m++ {
		t := toks[m]
		if t.w == "and" && m+1 < to && toks[m+1].word && toks[m+1].cls&clsVerb == 0 && !numberish(toks[m+1]) {
			continue // "by air strikes and shelling"
		}
		if t.cls&clsVerb != 0 || t.w == "which" || t.w == "who" || t.w == "and" || t.w == "where" ||
			!t.word && !t.num && t.w != "-" || t.num && m+1 < to && toks[m+1].victimHead() {
			return false
		}
	}
	return true
}

// carriedBetween reports whether the tokens from byte end up to
// toks[comma] tell where the wounded were taken ("884 wounded people had
// been brought across the border since Saturday, among them 263
// children"): auxiliaries, a verb of carrying or treating, then words of
// place and time with no other verb or count.
func carriedBetween(toks []token, end, comma int) bool {
	j, ok := tokensBetween(toks, end, comma)
	if !ok {
		return false
	}
	for j < comma && auxWords[toks[j].w] {
		j++
	}
	return j < comma && carriedWounded[toks[j].w] && plainWords(toks, j+1, comma)
}

// doingBetween reports whether the tokens from byte end up to toks[comma]
// tell what the group was doing ("killed 45 people celebrating a wedding,
// including 15 children"): a participle in -ing, then words with no other
// verb, clause or count.
func doingBetween(toks []token, end, comma int) bool {
	j, ok := tokensBetween(toks, end, comma)
	if !ok || comma-j > 8 {
		return false
	}
	w := toks[j].w
	return len(w) > 5 && strings.HasSuffix(w, "ing") && activeVerbs[w] == "" && w != "including" && w != "during" &&
		!toks[j].reportVerb() && plainWords(toks, j+1, comma)
}

// outcomeAdjectives may follow a toll's figure: "the toll at 35 dead".
var outcomeAdjectives = wordSet("dead killed wounded injured")

// tollVerbs end a death toll before its figure ("rose to 50", "stands at").
var tollVerbs = wordSet("to at reached hit passed topped exceeded")

// elliptical reports whether toks[k] may follow a count with no victims'
// noun in a breakdown ("including 15 in a single house", "including 15,").
func elliptical(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch toks[k].w {
	case "in", "on", "at", "near", "from", "inside", ",", ".", ";", ")", "—", "–":
		return true
	}
	return false
}

// otherOfTheSame reports whether a counted group is "other" men of the
// kind the chain named before it: "two other members (of the group)",
// "three other fighters".
func otherOfTheSame(toks []token, n nounPhrase) bool {
	for m := n.num + 1; m < n.head && m <= n.last; m++ {
		if toks[m].w == "other" {
			return true
		}
	}
	return false
}

// partitiveSide refines the side of a partitive group: "two of its
// fighters" are the side of the group or nation the sentence names before
// it; "19 of the insurgents" are the named group the sentence calls
// insurgents ("Boko Haram insurgents").
func partitiveSide(toks []token, n nounPhrase, side string) string {
	head := toks[n.head].w
	switch {
	case side == SideMilitants, side == SideRebels, side == SideUnknown, side == SideGovernment, side == SideCivilians:
	case strings.HasSuffix(side, " military") && toks[n.partOf].w != "the" && !groupNamesNation(toks, n):
		// "South Africa's army said nine of its soldiers had died, while
		// Malawi's said three of its troops were killed": the nation
		// named nearest before "its", not the sentence's first.
		if nat := nearestNation(toks, n.first); nat != "" {
			return nationMilitary(nat)
		}
		return side
	default:
		return side
	}
	if side == SideCivilians && head != "men" {
		return side
	}
	if toks[n.partOf].w == "the" {
		for m := n.first - 1; m > 0; m-- {
			if toks[m].w != head {
				continue
			}
			if m > 1 {
				if g := namedGroups[toks[m-2].w+" "+toks[m-1].w]; g != "" {
					return g
				}
			}
			if g := namedGroups[toks[m-1].w]; g != "" {
				return g
			}
		}
		return side
	}
	// A named group the sentence speaks of before the group owns it
	// ("The Houthis said U.S. and British strikes had killed 11 of their
	// members"), before any nation named nearer.
	// A two-word name wins over its last word: "Kataib Hezbollah" is not
	// Hezbollah.
	for m := n.first - 1; m >= 0; m-- {
		if m > 0 {
			if g := namedGroups[toks[m-1].w+" "+toks[m].w]; g != "" {
				return g
			}
			if g := fullGroupNames[toks[m-1].w+" "+toks[m].w]; g != "" {
				// "The Syrian Democratic Forces said 23 of its fighters":
				// the group, not Syria's army.
				return g
			}
		}
		if g := namedGroups[toks[m].w]; g != "" {
			return g
		}
	}
	if (toks[n.partOf].w == "its" || toks[n.partOf].w == "their") && n.first > 0 && activeVerbs[toks[n.first-1].w] != "" {
		// "troops ambushed a column of guerrillas and killed nine of its
		// members": the insurgents named nearest before own the killed,
		// not the nation of the troops (but "said six of its men had been
		// killed" are the speaker's).
		for m := n.first - 1; m >= 0 && m >= n.first-32; m-- {
			if toks[m].victimHead() {
				if k := m + 1; k < len(toks) && (activeVerbs[toks[k].w] != "" || auxWords[toks[k].w]) {
					break // "militants killed 12 of their men": the killers' own are not theirs
				}
				if rebelHeads[toks[m].w] || militantHeads[toks[m].w] {
					return sideOf(groupWords(toks, m, m, nil), "")
				}
				break
			}
		}
	}
	for m := n.first - 1; m >= 0; m-- {
		w := toks[m].w
		if w == "," {
			if c := relativeAside(toks, m); c >= 0 {
				m = c // (see nearestNation)
			}
			continue
		}
		if m > 0 {
			if g := namedGroups[toks[m-1].w+" "+w]; g != "" {
				return g
			}
		}
		if !toks[m].cap {
			continue
		}
		prev := ""
		if m > 0 {
			prev = toks[m-1].w
		}
		if nat := nationAt(prev, w); nat != "" && side != SideCivilians || nat != "" && head == "men" {
			return nationMilitary(nat)
		}
		if nat := speakingCapital(toks, m); nat != "" && side != SideCivilians {
			return nationMilitary(nat)
		}
	}
	if toks[n.partOf].w == "its" || toks[n.partOf].w == "their" {
		// "The group said it had lost two of its own men", "the rebels
		// said 12 of their fighters were killed": the armed men of the
		// group that speaks (the group the article names, see
		// refineSides).
		for m := n.first - 1; m >= 0 && m >= n.first-12; m-- {
			switch toks[m].w {
			case "group", "militants", "jihadists", "insurgents", "movement", "militia":
				if m > 0 && selfDefence[toks[m-1].w] {
					// "a civilian self-defence group said two of its
					// members had died".
					return SideProGovMilitia
				}
				return SideMilitants
			case "rebels", "separatists", "guerrillas":
				return SideRebels
			case "vigilantes", "vigilante":
				// "Local vigilantes ... lost seven of their members".
				return SideProGovMilitia
			}
		}
	}
	return side
}

// selfDefence words before "group" name a community's own armed guard.
var selfDefence = wordSet("self-defence self-defense vigilante civilian village community")

// groupNamesNation reports whether the group n names a nation.
func groupNamesNation(toks []token, n nounPhrase) bool {
	for m := n.first; m <= n.last && m < len(toks); m++ {
		prev := ""
		if m > 0 {
			prev = toks[m-1].w
		}
		if nationAt(prev, toks[m].w) != "" {
			return true
		}
	}
	return false
}

// speakingCapital returns the nation whose capital toks[m] names as a
// speaker ("while Baku said 50 of its servicemen had died": Azerbaijan's
// government), or "".
func speakingCapital(toks []token, m int) string {
	if m+1 < len(toks) && toks[m+1].reportVerb() {
		return capitalNations[toks[m].w]
	}
	return ""
}

// nearestNation returns the nation named by a capitalised word nearest
// before toks[k], within its clause of at most 12 words, or "".
func nearestNation(toks []token, k int) string {
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		if toks[m].w == "," {
			if c := relativeAside(toks, m); c >= 0 {
				// "Israel, whose troops occupy southern Lebanon, said
				// … four of its soldiers": the speaker, not the
				// nation of its aside.
				m, k = c, k-(m-c)
			}
			continue
		}
		if !toks[m].cap {
			continue
		}
		prev := ""
		if m > 0 {
			prev = toks[m-1].w
		}
		nat := nationAt(prev, toks[m].w)
		if nat == "" {
			if n := speakingCapital(toks, m); n != "" {
				return n
			}
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(toks[m].w, "'s"), "’s")
		possessive := w != toks[m].w || m+1 < len(toks) && (toks[m+1].w == "'s" || toks[m+1].w == "’s")
		if possessive || lowerASCII(nat) != w && lowerASCII(nat) != prev+" "+w {
			// "Malawi's defence force said", "Armenia said": the nation
			// that owns "its"; "Azerbaijani forces had captured 20 of
			// its soldiers" names the other side.
			return nat
		}
	}
	return ""
}

// relativeAside returns the index of the comma that opens a relative
// clause closed by the comma at toks[end] (", whose troops occupy southern
// Lebanon,", ", which accused Armenia of provocations,"), or -1.
func relativeAside(toks []token, end int) int {
	for c := end - 1; c >= 1 && c >= end-20; c-- {
		switch toks[c].w {
		case ",":
			if w := toks[c+1].w; w == "which" || w == "whose" || w == "who" {
				return c
			}
			return -1
		case ";", ".", `"`, "“", "”":
			return -1
		}
	}
	return -1
}

// ofTheDead reads "at least 20 of the dead were civilians" at toks[i]: the
// hit, and the first and last token it covers.
func ofTheDead(toks []token, s string, i int, host string) (casualtyHit, int, int, bool) {
	c, ok := parseCount(toks, i)
	if !ok || c.vague || c.article {
		return casualtyHit{}, 0, 0, false
	}
	j := c.next
	if i >= 4 && toks[i-1].w == "," && toks[i-4].w == "of" && (toks[i-3].w == "the" || toks[i-3].w == "those") && j+1 < len(toks) {
		// "Of the dead, 14 were soldiers", "Of those killed, 12 were
		// policemen": read as "14 of the dead were soldiers".
		if i == 4 || !toks[i-5].word {
			return ofTheDeadAt(toks, s, i, c, i-4, j, host)
		}
	}
	if of := frontedDeadAt(toks, i); of >= 0 && j+1 < len(toks) {
		// "Of the dead in Srebrenica, 40 were women": past the place.
		return ofTheDeadAt(toks, s, i, c, of, j, host)
	}
	if i >= 1 && (toks[i-1].w == "the" || toks[i-1].w == "other") && j+2 < len(toks) && ofTheDeadWords[toks[j].w] && toks[j+1].w == "were" {
		// "The other 20 dead were police cadets": read as "20 of the dead
		// were police cadets".
		return ofTheDeadAt(toks, s, i, c, j-2, j+1, host)
	}
	if j+4 >= len(toks) || toks[j].w != "of" || toks[j+1].w != "the" && toks[j+1].w != "those" {
		return casualtyHit{}, 0, 0, false
	}
	if numberish(toks[j+2]) && !toks[j+2].cap && j+5 < len(toks) {
		// "Sixteen of the 24 victims were ethnic Uighurs": read past the
		// whole's count.
		return ofTheDeadAt(toks, s, i, c, j+1, j+4, host)
	}
	verb := j + 3
	if w := toks[verb].w; w == "at" || w == "in" {
		// "140 of the dead at Khan Yunis were refugees": past the
		// place's name.
		m := verb + 1
		for m < len(toks) && m <= verb+4 && toks[m].cap && toks[m].word && !toks[m].num {
			m++
		}
		if m > verb+1 && m < len(toks) && (toks[m].w == "were" || toks[m].w == "was") {
			verb = m
		}
	}
	return ofTheDeadAt(toks, s, i, c, j, verb, host)
}

// ofTheDeadWords are the words of the dead or wounded a count may stand
// before in "the 20 dead were …".
var ofTheDeadWords = wordSet("dead wounded injured")

// ofTheDeadAt reads the rest of "14 of the dead were soldiers" or "Of the
// dead, 14 were soldiers": of is the index of "of", verb the index of the
// verb after the count.
// frontedDeadAt returns the index of the "of" of "Of the dead in
// Srebrenica," or "Of those killed at Khan Yunis," that opens the sentence
// before the count at toks[i], or -1.
func frontedDeadAt(toks []token, i int) int {
	k := i - 2
	if k < 4 || toks[i-1].w != "," {
		return -1
	}
	for n := 0; n < 3 && k > 0 && toks[k].cap && toks[k].word && !toks[k].num; n++ {
		k--
	}
	if k == i-2 || toks[k].w != "in" && toks[k].w != "at" {
		return -1
	}
	k--
	if k < 2 || toks[k-2].w != "of" || toks[k-1].w != "the" && toks[k-1].w != "those" || k-2 > 0 && toks[k-3].word {
		return -1
	}
	return k - 2
}

func ofTheDeadAt(toks []token, s string, i int, c countHit, of, verb int, host string) (casualtyHit, int, int, bool) {
	j := of
	if verb >= len(toks) || j+2 >= len(toks) {
		return casualtyHit{}, 0, 0, false
	}
	outcome := ""
	switch toks[j+2].w {
	case "dead", "killed", "victims", "fatalities":
		outcome = OutcomeKilled
	case "wounded", "injured":
		outcome = OutcomeWounded
	default:
		return casualtyHit{}, 0, 0, false
	}
	return ofGroupAt(toks, s, i, c, of, verb, host, outcome)
}

// partOfThem reads "and at least 22 of them were civilians" at toks[i], told
// after a figure of the same sentence whose outcome it takes: the hit, and
// the first and last token it covers.
func partOfThem(toks []token, s string, i int, host string, out []casualtyHit) (casualtyHit, int, int, bool) {
	afterWhom := i >= 3 && toks[i-1].w == "whom" && toks[i-2].w == "of" && toks[i-3].w == ","
	if len(out) == 0 || i < 2 || !afterWhom && toks[i-1].w != "and" && toks[i-1].w != "," && toks[i-1].w != "least" && toks[i-1].w != "than" {
		return casualtyHit{}, 0, 0, false
	}
	c, ok := parseCount(toks, i)
	if !ok || c.vague || c.article || c.next+2 >= len(toks) {
		return casualtyHit{}, 0, 0, false
	}
	of, verb := c.next, c.next+2
	switch {
	case afterWhom:
		// "678 people were killed, of whom 521 were civilians".
		of, verb = i-2, c.next
	case toks[c.next].w != "of" || toks[c.next+1].w != "them" && toks[c.next+1].w != "whom":
		// "and at least 22 of them were civilians", "four of whom were
		// children".
		return casualtyHit{}, 0, 0, false
	}
	prev := out[len(out)-1]
	if prev.value == nil || *prev.value <= c.value || prev.end > toks[i].s || strings.ContainsAny(s[prev.end:toks[i].s], ".;") {
		return casualtyHit{}, 0, 0, false
	}
	h, from, to, ok := ofGroupAt(toks, s, i, c, of, verb, host, prev.outcome)
	h.scope, h.part = prev.scope, prev.part+1
	return h, from, to, ok
}

// ofGroupAt reads the group after the verb at toks[verb] of a count at
// toks[i] that is a part of a figure of the outcome ("… of the dead
// were", "… of them were").
func ofGroupAt(toks []token, s string, i int, c countHit, of, verb int, host, outcome string) (casualtyHit, int, int, bool) {
	switch toks[verb].w {
	case "were", "was", "are", "included":
	default:
		return casualtyHit{}, 0, 0, false
	}
	g := verb + 1
	if g+2 < len(toks) && (supposeVerbs[toks[g].w] || toks[g].w == "said" || toks[g].w == "reported") && toks[g+1].w == "to" && toks[g+2].w == "be" {
		// "Twenty-seven of the dead were believed to be armed militants".
		g += 3
		verb = g - 1
	}
	if c.value == 1 && g+1 < len(toks) && (toks[g].w == "a" || toks[g].w == "an") {
		g++ // "one was a municipal police officer"
	}
	if c.value > 1 && g+2 < len(toks) && (toks[g].w == "the" || kinWords[toks[g].w]) && !toks[g+1].victimHead() {
		g++ // "Three of those killed were the minister's bodyguards"
	}
	if nationOnly(toks, g) && toks[g].victimHead() {
		// "36 of the dead were Swiss": an adjective that is also its
		// people's name (see below).
		g = len(toks)
	}
	for g < len(toks) && g < verb+7 && !toks[g].victimHead() && isModifier(toks[g]) {
		g++
	}
	for g+1 < len(toks) && toks[g].victimHead() && toks[g+1].victimHead() {
		// "rebel fighters": the last of two nouns is the head.
		g++
	}
	end := g
	if g >= len(toks) || !toks[g].victimHead() {
		// "Seven of the dead were traders from Gao", "three of those
		// killed were members of the council": a plural noun of no known
		// group, read with the words that follow it up to the clause's end.
		g = verb + 1
		for g < len(toks) && g < verb+4 && isModifier(toks[g]) && !pluralNoun(toks[g].w) {
			g++
		}
		n := verb + 1
		if c.value == 1 && n+1 < len(toks) && (toks[n].w == "a" || toks[n].w == "an") {
			n++ // "one was a Pakistani"
		}
		if nationOnly(toks, n) {
			// "30 of the dead were British": people of that nation.
			qual, first := countQualifier(toks, i, c)
			v := c.value
			return casualtyHit{
				start: toks[min(first, of)].s, end: toks[n].e, outcome: outcome, value: &v, qual: qual,
				victims: s[toks[verb+1].s:toks[n].e], side: nationPeople(toks[n].w), scope: ScopeIncident,
			}, min(first, of), n, true
		}
		if outcome != OutcomeKilled || toks[verb].w == "included" || g >= len(toks) || !pluralNoun(toks[g].w) {
			return casualtyHit{}, 0, 0, false
		}
		end = g
	}
	if g+1 < len(toks) && (toks[g+1].w == "of" || toks[g+1].w == "from") {
		// "members of the local council", "officers of the Jubaland
		// forces": the words after the head may name the group.
		for m := g + 1; m < len(toks) && m <= g+7 && toks[m].word && !numberish(toks[m]) && !clauseJoiners[toks[m].w]; m++ {
			end = m
		}
	}
	qual, first := countQualifier(toks, i, c)
	v := c.value
	if of < first {
		first = of
	}
	side := sideOf(groupWords(toks, verb+1, g, nil), host)
	if side == SideUnknown && end > g {
		side = sideOf(groupWords(toks, verb+1, end, nil), host)
	}
	if side == SideUnknown && (!toks[g].victimHead() || toks[g].w == "members" || toks[g].w == "member") {
		// Traders, members of a council: people of no armed group.
		side = SideCivilians
	}
	h := casualtyHit{
		start: toks[first].s, end: toks[end].e, outcome: outcome, value: &v, qual: qual,
		victims: s[toks[verb+1].s:toks[end].e], side: side,
		scope: ScopeIncident,
	}
	return h, first, end, true
}

// clauseJoiners join a second clause to a group's words: "investigators of
// the state prosecutor's office and one was a police officer".
var clauseJoiners = wordSet("and or but while whereas")

// casualtyNouns name the dead or the hurt after "of the" ("three of the
// dead", "two of the injured").
var casualtyNouns = wordSet("dead killed victims fatalities wounded injured")

// moreOfTheDead reads the later items of "361 of the dead were rebel
// fighters and 233 were members of the army" at toks[i]: a count after
// "and" that follows a figure of "of the dead", with "were" and a group of
// its own. It returns the hit and its last token.
func moreOfTheDead(toks []token, s string, i int, host string, out []casualtyHit) (casualtyHit, int, bool) {
	if len(out) == 0 || i < 5 {
		return casualtyHit{}, 0, false
	}
	join := i - 1
	if (toks[join].w == "other" || toks[join].w == "remaining") && toks[join-1].w == "the" {
		// "five of the dead were militants and the other 10 were
		// civilians".
		join -= 2
	}
	before := join - 1
	if toks[join].w == "and" && toks[before].w == "," {
		before-- // "…, and the remaining 30 were civilians"
	}
	if toks[join].w != "and" && toks[join].w != "," || toks[before].e != out[len(out)-1].end {
		return casualtyHit{}, 0, false
	}
	c, ok := parseCount(toks, i)
	if !ok || c.vague || c.article || c.next >= len(toks) {
		return casualtyHit{}, 0, false
	}
	if prev := out[len(out)-1]; prev.value != nil && nationOnly(toks, c.next) && nationAdjectives[lowerASCII(prev.victims)] != "" {
		// "30 of the dead were British, three were Irish, two German":
		// the nation of the item before, its verb left out.
		v := c.value
		return casualtyHit{
			start: toks[i].s, end: toks[c.next].e, outcome: prev.outcome, value: &v, qual: QualExact,
			victims: s[toks[c.next].s:toks[c.next].e], side: nationPeople(toks[c.next].w), scope: prev.scope,
		}, c.next, true
	}
	if prev := out[len(out)-1]; toks[c.next].w != "were" && toks[c.next].w != "was" && toks[join].w == "and" &&
		(strings.Contains(s[prev.start:prev.end], " were ") || strings.Contains(s[prev.start:prev.end], " was ")) &&
		containsFold(s[prev.start:prev.end], "of ") {
		// "Of the dead, 12 were women and eight children": the item's
		// verb left out, its group of its own.
		g := c.next
		for g < len(toks) && g < c.next+4 && !toks[g].victimHead() && isModifier(toks[g]) {
			g++
		}
		if g >= len(toks) || !toks[g].victimHead() || g+1 < len(toks) && (beVerbs[toks[g+1].w] || passiveVerbs[toks[g+1].w] != "") {
			return casualtyHit{}, 0, false
		}
		qual, first := countQualifier(toks, i, c)
		v := c.value
		side := sideOf(groupWords(toks, c.next, g, nil), host)
		return casualtyHit{
			start: toks[first].s, end: toks[g].e, outcome: prev.outcome, value: &v, qual: qual,
			victims: s[toks[c.next].s:toks[g].e], side: side, scope: prev.scope, part: prev.part,
		}, g, true
	}
	if toks[c.next].w != "were" && toks[c.next].w != "was" {
		return casualtyHit{}, 0, false
	}
	for m := i - 3; m >= 0 && m+2 < i; m-- {
		if toks[m].w == "of" && toks[m+1].w == "whom" && m > 0 && toks[m-1].w == "," {
			// "…, of whom 521 were civilians and 157 were police
			// personnel": the outcome of the figure before.
			h, _, to, ok := ofGroupAt(toks, s, i, c, m, c.next, host, out[len(out)-1].outcome)
			if !ok {
				return casualtyHit{}, 0, false
			}
			h.start, h.scope, h.part = toks[i].s, out[len(out)-1].scope, out[len(out)-1].part
			return h, to, true
		}
		if toks[m].w == "of" && (toks[m+1].w == "the" || toks[m+1].w == "those") && !casualtyNouns[toks[m+2].w] {
			continue // "investigators of the state prosecutor's office": not the dead
		}
		if toks[m].w == "of" && (toks[m+1].w == "the" || toks[m+1].w == "those") {
			h, _, to, ok := ofTheDeadAt(toks, s, i, c, m, c.next, host)
			if !ok {
				return casualtyHit{}, 0, false
			}
			h.start = toks[i].s
			if prev := out[len(out)-1]; nationOnly(toks, to) && len(strings.Fields(prev.victims)) > 1 &&
				nationAdjectives[lowerASCII(lastWord(prev.victims))] == "" && prev.side != SideCivilians {
				// "Four of the dead were Chinese constables and one was a
				// Pakistani": one more of the group before, of another
				// nation.
				h.side = prev.side
			}
			return h, to, true
		}
	}
	return casualtyHit{}, 0, false
}

// nationOnly reports whether toks[k] is a nation's adjective that stands
// for its people, alone before the clause ends ("were British,", "two
// German and").
func nationOnly(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].cap || nationAdjectives[toks[k].w] == "" || strings.HasSuffix(toks[k].w, "s") && !strings.HasSuffix(toks[k].w, "ss") {
		return false
	}
	return k+1 == len(toks) || !toks[k+1].word || toks[k+1].w == "and" || toks[k+1].w == "or"
}

// nationPeople is the side of people named by their nation's adjective:
// Israelis and Palestinians are sides of their own, others civilians.
func nationPeople(w string) string {
	switch nationAdjectives[w] {
	case "Palestinian":
		return "Palestinians"
	case "Israeli":
		return "Israelis"
	}
	return SideCivilians
}

// pluralNoun reports whether w looks like a plural common noun ("traders",
// "members"), not a verb form or a function word.
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") &&
		!strings.HasSuffix(w, "ous") && !notPluralNouns[w]
}

// notPluralNouns end in s but name no group of people.
var notPluralNouns = wordSet("was has does this thus its his hers ours yours theirs always perhaps besides unless " +
	"across towards afterwards whereas")

// pastParticiplePhrase returns the index of the word after a short
// phrase of a past participle opening at toks[g] that tells where a part of
// the wounded went ("evacuated to Maiduguri were", "taken to hospital
// in Kano are"), when one of woundedFollowers ends it; else g.
func pastParticiplePhrase(toks []token, g int) int {
	if g >= len(toks) || !(strings.HasSuffix(toks[g].w, "ed") || toks[g].w == "taken" || toks[g].w == "flown" || toks[g].w == "brought") {
		return g
	}
	for k := g + 1; k < len(toks) && k <= g+6; k++ {
		if !toks[k].word {
			return g
		}
		if woundedFollowers[toks[k].w] {
			return k
		}
	}
	return g
}

// woundedFollowers after "six of the wounded" make it a figure of the
// wounded: "Six of the wounded were receiving treatment", "Thirteen of
// the wounded were evacuated to Niamey".
var woundedFollowers = wordSet("were was are is remain remained remains had have received receive underwent " +
	"needed need required require")

// unknownCounts reads groups with no number that a passive verb makes
// victims: 'Russian "specialists" have been killed', "some of its troops
// had been killed".
func unknownCounts(toks []token, s, lower string, host string, used []bool, cumulative int, out []casualtyHit) []casualtyHit {
	for h := 0; h < len(toks); h++ {
		w := toks[h].w
		if used != nil && used[h] || !toks[h].victimHead() ||
			!(strings.HasSuffix(w, "s") || w == "personnel" || w == "police" || w == "people" || w == "staff" || h > 0 && toks[h-1].w == "both") {
			continue
		}
		if w == "others" && h > 0 && toks[h-1].w == "and" && len(out) > 0 {
			// "25 of his neighbours were killed and others were
			// missing": an untold number more of the same group.
			if outcome, verb := passiveAfter(toks, h, h); outcome != "" && outcome != out[len(out)-1].outcome && !mixedOutcome(toks, verb) {
				out = append(out, casualtyHit{
					start: toks[h].s, end: toks[verb].e, outcome: outcome, qual: QualUnknown,
					victims: s[toks[h].s:toks[h].e], side: out[len(out)-1].side, scope: out[len(out)-1].scope,
				})
				used = markUsed(used, len(toks), h, h)
			}
			continue
		}
		if w == "others" || w == "members" || w == "units" {
			continue
		}
		// Modifiers before the noun.
		k := h - 1
		mods := 0
		for k >= 0 && mods < 5 {
			t := toks[k]
			if t.isQuote() || t.w == "and" && k > 0 && npModifier(toks[k-1]) || npModifier(t) {
				k--
				mods++
				continue
			}
			break
		}
		first := k + 1
		for first < h && (toks[first].w == "and" || toks[first].isQuote()) {
			first++
		}
		if k >= 0 && toks[k].w == "both" {
			// "killing both pilots".
			first, k = k, k-1
		}
		poss := ""
		if k >= 0 && possessive[toks[k].w] {
			poss = toks[k].w
			first = k
			if k >= 2 && toks[k-1].w == "of" && vagueOf[toks[k-2].w] {
				first = k - 2
			}
			k = first - 1
		}
		if k >= 0 && (toks[k].w == "many" || toks[k].w == "no" || toks[k].w == "any" || toks[k].w == "how" || numberish(toks[k])) {
			continue
		}
		if deniedGroup(toks, first) {
			// "No police officers were hurt", "None of the soldiers
			// were hurt": a denial counts nobody.
			continue
		}
		if k >= 0 && toks[k].w == "by" {
			// "athletes held hostage by Arab guerrillas were killed": the
			// agent of a participle, not the verb's subject.
			continue
		}
		if slices.ContainsFunc(out, func(o casualtyHit) bool {
			return o.value != nil && o.start <= toks[h].s && o.end >= toks[h].e
		}) {
			// "24 tappers suspected of supplying food to the bandits were
			// shot dead", "Two Americans, former SEALs working as
			// security contractors, were killed": the group is told
			// within the figure of those the verb is of.
			continue
		}
		if used != nil && used[first] || first >= 3 && toks[first-1].w == "them" && toks[first-2].w == "of" && toks[first-3].w == "most" || breakdownItem(toks, first) {
			// ", most of them police, were wounded" tells who a figure
			// before counts.
			continue
		}
		both := toks[first].w == "both" && !slices.ContainsFunc(toks[first+1:h], func(t token) bool { return t.w == "and" }) &&
			(h+1 == len(toks) || toks[h+1].w != "and" && toks[h+1].w != "or") // not "both soldiers and civilians"
		outcome, verb := passiveAfter(toks, first, h)
		start := first
		if both && outcome == "" {
			// "shot dead both gunmen", "killing both pilots": the verb
			// before them.
			outcome, start = objectVerb(toks, first)
			verb = h
		}
		if outcome == "" || mixedOutcome(toks, verb) {
			continue
		}
		if outcome == OutcomeWounded && fatallyAt(toks, verb) {
			outcome = OutcomeKilled // "persons had been "fatally injured""
		}
		words := groupWords(toks, first, h, nil)
		if poss != "" {
			// "some of its troops": its = the last nation named before.
			for m := first - 1; m >= 0; m-- {
				if n := nationAdjectives[toks[m].w]; n != "" {
					words = append(words, strings.ToLower(n))
					break
				}
			}
		}
		c := casualtyHit{
			start: toks[start].s, end: toks[verb].e, outcome: outcome, qual: QualUnknown,
			victims: s[toks[first].s:toks[h].e], side: sideOf(words, host), scope: ScopeIncident,
		}
		if both {
			// "Both attackers were shot dead": two.
			v := 2
			c.value, c.qual = &v, QualExact
		}
		if cumulative < 0 {
			cumulative = 0
			if spansPeriod(lower) {
				cumulative = 1
			}
		}
		if cumulative == 1 {
			c.scope = ScopeCumulative
		}
		out = append(out, c)
		used = markUsed(used, len(toks), first, h)
	}
	return out
}

// objectVerb returns the outcome of the active verb right before a group
// that starts at toks[first] ("killing both pilots", "shot dead both
// gunmen", "killed the bomber") and the index of the verb's first word,
// or "".
func objectVerb(toks []token, first int) (string, int) {
	if first < 1 {
		return "", 0
	}
	if o := activeVerbs[toks[first-1].w]; o != "" {
		return o, first - 1
	}
	if first >= 2 && toks[first-1].w == "dead" && toks[first-2].w == "shot" {
		return OutcomeKilled, first - 2
	}
	return "", 0
}

// fatallyAt reports whether the verb of wounding at toks[verb] is told
// "fatally", right before it or before a quote that opens it.
func fatallyAt(toks []token, verb int) bool {
	m := verb - 1
	if m >= 0 && toks[m].isQuote() {
		m--
	}
	return m >= 0 && m < len(toks) && toks[m].w == "fatally"
}

// deniedGroup reports whether the group that starts at toks[first] is
// denied by "no" or "none of" in the three words before it ("No police
// officers", "none of the soldiers").
func deniedGroup(toks []token, first int) bool {
	for m := first - 1; m >= 0 && m >= first-3; m-- {
		switch toks[m].w {
		case "no", "none", "neither":
			return true
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// breakdownItem reports whether the group at toks[first] is an item of a
// breakdown that names a counted group before it: "194 militants, among
// them Pakistanis, Chechens and Arabs, had been killed".
func breakdownItem(toks []token, first int) bool {
	for m := first - 1; m >= 3 && m >= first-12; m-- {
		t := toks[m]
		if t.w == "them" || t.w == "whom" || t.w == "including" {
			o := m - 1
			if t.w == "including" {
				o = m
			} else if toks[o].w != "among" {
				return false
			}
			if toks[o-1].w != "," {
				return false
			}
			for c := o - 2; c >= 0 && c >= o-6; c-- {
				if numberish(toks[c]) {
					// (Of a count: "Dozens of people, among them
					// journalists and police officers, were treated" tells
					// of the officers as of a group of their own.)
					n, ok := parseCount(toks, c)
					return ok && !n.vague
				}
				if !toks[c].word {
					return false
				}
			}
			return false
		}
		if !t.word && t.w != "," || numberish(t) || t.cls&(clsVerb|clsReport) != 0 {
			return false
		}
	}
	return false
}

// npModifier reports whether a token may modify a victims' noun in a group
// with no number.
func npModifier(t token) bool {
	if !t.word || npStops[t.w] || numberish(t) || t.w == "no" || t.w == "none" {
		// (A count is no modifier: "Thirteen people" opening a sentence;
		// nor is a denial: "No police officers were hurt".)
		return false
	}
	return nationAdjectives[t.w] != "" || securityMods[t.w] || militiaMarks[t.w] || rebelMods[t.w] ||
		t.w == "civilian" || t.w == "foreign" || strings.Contains(t.w, "-") ||
		t.cap && !t.reportVerb()
}

// groupWords returns the lower-cased words of toks[from..to].
func groupWords(toks []token, from, to int, buf []string) []string {
	buf = buf[:0]
	for m := from; m <= to && m < len(toks); m++ {
		if toks[m].word {
			w := toks[m].w
			if toks[m].orig == "IS" {
				// "five IS fighters": the Islamic State's, by its
				// initials.
				w = "isis"
			}
			if m+1 <= to && (toks[m+1].w == "'" || toks[m+1].w == "’") && toks[m+1].s == toks[m].e && strings.HasSuffix(w, "s") {
				// A plural possessive: "guards' relatives".
				w += "'"
			}
			buf = append(buf, w)
		}
	}
	if n := len(buf); n > 0 && (buf[n-1] == "volunteers" || buf[n-1] == "volunteer") && fightsBeside(toks, to+1) {
		// "20 civilian volunteers fighting alongside the army": armed
		// volunteers, read as "volunteer fighters" are.
		buf = append(buf, "fighters")
	}
	return buf
}

// fightsBeside reports whether toks from k say that those named before
// fight beside a force: "fighting alongside the army", "who fight with
// the troops", "fighting for the government".
func fightsBeside(toks []token, k int) bool {
	if k < len(toks) && toks[k].w == "who" {
		k++
	}
	if k+1 >= len(toks) || toks[k].w != "fighting" && toks[k].w != "fight" && toks[k].w != "fought" {
		return false
	}
	switch toks[k+1].w {
	case "alongside", "with", "beside", "for":
		return true
	}
	return false
}

// spansPeriod reports whether a sentence (lower-cased) tells a figure
// over a war, campaign or period (see reCumulative). A "since" that
// measures a record ("the deadliest attack since the 2021 coup") or a
// state ("hostages held since October", "besieged since May") is not
// one.
func spansPeriod(lower string) bool {
	if warSubjectKilled(lower) {
		return true
	}
	if !reCumulative.MatchString(lower) {
		return false
	}
	for _, m := range reCumulative.FindAllStringIndex(lower) {
		if strings.HasPrefix(lower[m[0]:], "since") && sinceMeasuresOther(lower[:m[0]], true) {
			continue
		}
		if rest, ok := strings.CutPrefix(lower[m[0]:], "so far "); ok && hasAnyPrefix(strings.TrimPrefix(rest, "been "), "confirmed", "recovered", "counted", "identified", "retrieved", "found") {
			// "Eight passengers have so far been confirmed dead": the
			// count of one attack's dead as it stands.
			continue
		}
		if strings.HasPrefix(lower[m[0]:], "this ") && hasAnySuffix(lower[:m[0]], "earlier ", "later ", "early ", "late ", "start of ", "end of ", "middle of ", "beginning of ") {
			// "killed a dozen people earlier this month": a day of the
			// month, not a tally over it.
			continue
		}
		if strings.HasPrefix(lower[m[0]:], "this ") && recordPeriod(lower, m[0], lower[m[0]:m[1]]) {
			// "in one of the deadliest days … this year": the period of a
			// record, not a tally over it.
			continue
		}
		return true
	}
	return false
}

// warSubjectKilled reports whether a sentence (lower-cased) opens with a
// war as the subject of "has killed" told further on: "The war between the
// army and the RSF, which erupted in April 2023, has killed more than
// 20,000 people" (reCumulative reads the verb right after the war).
func warSubjectKilled(lower string) bool {
	words := 0
	for i := 0; i < len(lower) && words < 5; i++ {
		if lower[i] != ' ' {
			continue
		}
		words++
		w, rest := lower[:i], lower[i+1:]
		if j := strings.LastIndexByte(w, ' '); j >= 0 {
			w = w[j+1:]
		}
		w = strings.TrimSuffix(w, ",")
		if w != "war" && w != "conflict" && w != "insurgency" && w != "invasion" && w != "uprising" {
			continue
		}
		if !strings.HasSuffix(lower[:i], ",") && !hasAnyPrefix(rest, "between ", "in ", "on ", "against ", "with ", "that ", "which ", "there ", "now ", "has ", "have ") {
			return false // "the war monitor said …"
		}
		end := len(rest)
		if k := strings.IndexAny(rest, ";:"); k >= 0 {
			end = k
		}
		rest = rest[:end]
		for _, v := range [...]string{" has killed ", " have killed ", " has claimed ", " has left ", " has so far killed ", " has now killed "} {
			if strings.Contains(rest, v) {
				return true
			}
		}
		return false
	}
	return false
}

// sinceRecords make a "since" a record's ("the deadliest attack since
// 2014"), sinceCaptivity a captive's ("hostages held since October"), and
// sinceStates a lasting state's ("besieged since May", "in power since
// 2011"), when one of them stands among the five words before it.
var (
	sinceRecords   = wordSet("deadliest worst bloodiest biggest largest heaviest highest fiercest strongest first most greatest boldest")
	sinceCaptivity = wordSet("held captive captivity detained missing hiding custody exile")
	sinceStates    = wordSet("displaced besieged siege power ruled control controlled occupied closed")
)

// sinceMeasuresOther reports whether the text before a "since" ends with a
// word of sinceRecords, sinceCaptivity or, with states, sinceStates among
// its last five words, or with a word of sinceRecords among its last eight
// with no stop between.
func sinceMeasuresOther(before string, states bool) bool {
	var buf [16]byte
	words := lastWords(before, 8)
	for j := len(words) - 1; j >= 0; j-- {
		w := words[j]
		far := j < len(words)-5
		if far && strings.ContainsAny(w, ".,;:()") {
			break
		}
		if w = strings.Trim(w, ".,;:\"'()"); len(w) > len(buf) {
			continue
		}
		k := string(appendLowerASCII(buf[:0], w))
		if sinceRecords[k] || !far && (sinceCaptivity[k] || states && sinceStates[k]) {
			// A record word may stand further back, in the same clause:
			// "in the first such attack in the country since 2016".
			return true
		}
	}
	return false
}

// smallerIncidentBefore reports whether a figure of another outcome, of
// fewer than a thousand and of one incident, comes before h in its
// clause (no semicolon between): "killing 39 people and wounding nearly
// 3,000", "killed 135 people and injured about 5,000".
func smallerIncidentBefore(s string, out []casualtyHit, h casualtyHit) bool {
	for _, o := range out {
		if o.outcome != h.outcome && o.value != nil && *o.value < 1000 && o.scope == ScopeIncident &&
			o.end <= h.start && h.start-o.end < 60 && !strings.ContainsAny(s[o.end:h.start], ";.") {
			return true
		}
	}
	return false
}

// scopeOf decides whether a figure is one incident's or cumulative: it is
// cumulative when its sentence spans a war, campaign or period ("so far",
// "since December", "the war has killed"), when it counts thousands, or
// when a vague "hundreds" or more describes a campaign.
func scopeOf(lower string, n nounPhrase, cumulative bool) string {
	if cumulative {
		return ScopeCumulative
	}
	if !n.count.vague && n.count.value >= 1000 && !strings.Contains(lower, "toll") && !oneIncident.MatchString(lower) && !oneDay.MatchString(lower) {
		return ScopeCumulative
	}
	if n.count.vague && reCampaign.MatchString(lower) {
		return ScopeCumulative
	}
	return ScopeIncident
}

// oneIncident matches a sentence (lower-cased) that tells its figure in
// one incident: "in the massacre", "in the Srebrenica massacre", "in a
// single attack", "in the Oct. 7 attack", or opens with one as the
// subject, "The pager explosions killed" (not "in the attacks" or "in the
// war").
var oneIncident = regexp.MustCompile(`\bin (?:the|a|an|that|this)(?: [\w.'’-]+){0,2}? (?:massacre|bombing|blast|explosion|attack|raid|ambush|stampede|shooting|air ?strike)\b|^(?:the|a|an)(?: [\w'’-]+){0,2}? (?:massacre|bombings?|blasts?|explosions?|attack|raid|ambush|stampede|shooting|air ?strike|bomb|missile|strike) (?:killed|wounded|injured|left)\b`)

// oneDay matches a sentence (lower-cased) that tells its figure of one
// day: "were killed on Thursday alone", "in a single day".
var oneDay = regexp.MustCompile(`\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))? alone\b|\b(?:in|on) (?:a|one) single day\b|\bin one day\b`)

// ownsBreakdown reports whether a breakdown group ("including 21
// commanders") belongs to the armed side of the group it breaks down: its
// head is a fighter's or a rank's, and it names no side of its own.
func ownsBreakdown(side string, toks []token, n nounPhrase) bool {
	switch side {
	case "", SideUnknown, SideCivilians, "Palestinians", "Israelis":
		return false
	}
	if n.head < 0 || civilianHeads[toks[n.head].w] && !leaderWords[toks[n.head].w] && !raceWords[toks[n.head].w] {
		// (A leader is one of those he leads: "11 militants, including a
		// leader"; so are the Europeans and Africans among them: "Nine
		// policemen, four Europeans and five Africans, were killed".)
		return false
	}
	for m := n.num; m <= n.last && m < len(toks); m++ {
		w := strings.TrimSuffix(toks[m].w, "'s")
		if nationAdjectives[w] != "" || namedGroups[w] != "" || militiaMarks[w] || securityMods[w] || policeHeads[w] {
			return false
		}
	}
	return true
}

// raceWords name people by the race or origin colonial reports told them
// by, who are of the force they are counted in.
var raceWords = wordSet("europeans european africans african whites white blacks black asians asian natives native")

// leaderWords name a group's leaders, who are of its side.
var leaderWords = wordSet("leader leaders")

// carriedWounded are the verbs that carry "the wounded" to care: "12
// wounded were evacuated".
var carriedWounded = wordSet("evacuated taken flown airlifted rushed treated admitted hospitalised hospitalized " +
	"brought transferred transported")

// carriedAfter returns the index of a verb of carrying the wounded in a
// passive of one to three auxiliaries from toks[k] ("were evacuated", "had
// been admitted"), or -1.
func carriedAfter(toks []token, k int) int {
	be := false
	for m := k; m < len(toks) && m < k+3; m++ {
		switch toks[m].w {
		case "were", "was", "been", "are", "is", "being":
			// ("were being treated".)
			be = true
			continue
		case "had", "have", "has":
			continue
		}
		if be && carriedWounded[toks[m].w] {
			return m
		}
		return -1
	}
	return -1
}

// woundWords name injuries ("treated for gunshot wounds").
var woundWords = wordSet("wounds wound injuries injury burns shrapnel cuts bruises fractures lacerations")

// diedOfHurt returns the index of "died" or "succumbed" when toks[k] is a
// participle of hurt that tells of the group before it and the group's
// verb is one of death, in the same clause: "seven protesters wounded in
// the fighting died in hospital", "those shot at the checkpoint have since
// died"; else -1.
func diedOfHurt(toks []token, k int) int {
	if k >= len(toks) || !hurtParticiples[toks[k].w] {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		t := toks[j]
		switch {
		case t.w == "died" || t.w == "succumbed":
			return j
		case !t.word || numberish(t) || t.cls&clsReport != 0 || passiveVerbs[t.w] != "" || t.w == "and" || t.w == "but":
			return -1
		}
	}
	return -1
}

// hurtParticiples tell how a group was hurt, after its noun.
var hurtParticiples = wordSet("shot wounded injured hurt")

// bringingTheDead reports whether the "dead" at toks[m] is a toll carried
// by a verb: "bringing the dead to 33", "raising the German dead to 40".
func bringingTheDead(toks []token, m int) bool {
	k := m - 1
	if k >= 1 && toks[k].w != "the" && nationAdjectives[toks[k].w] != "" {
		k-- // "the German dead"
	}
	return k >= 1 && toks[k].w == "the" && bringVerbs[toks[k-1].w]
}

// asideOfOne returns the index of the comma that closes an appositive of
// one person opened by the comma at toks[k] after another person's noun
// counted by "a", "an", "one" or "another", right before their verb ("A
// soldier, a 22-year-old conscript from Lviv, was killed", "One
// policeman, a father of three, died"), or -1. With object, it also takes
// an aside after a verb's object that closes before a preposition or the
// sentence's end ("Militants killed a policeman, a father of four, in
// Peshawar"), and returns the index of its last token then.
func asideOfOne(toks []token, k int, object bool) int {
	if !opensAsideOfOne(toks, k) {
		return -1
	}
	counted := false
	for m := k - 2; m >= 0 && m >= k-5 && toks[m].word; m-- {
		if w := toks[m].w; w == "a" || w == "an" || w == "one" || w == "another" {
			counted = true
			break
		}
	}
	if !counted {
		// "Their commander, a 29-year-old second lieutenant, was among
		// the dead": the one counted is the one described.
		return -1
	}
	for m := k + 2; m < len(toks) && m <= k+14; m++ {
		t := toks[m]
		if t.w == "," {
			if m > k+2 && m+1 < len(toks) && (auxWords[toks[m+1].w] && toks[m+1].w != "to" || passiveVerbs[toks[m+1].w] != "") {
				return m
			}
			if object && m > k+2 && m+1 < len(toks) && ppStarts[toks[m+1].w] && toks[m+1].w != "of" {
				return m
			}
			return -1
		}
		if object && m > k+2 && (t.w == "." || t.w == ";") {
			return m - 1
		}
		if t.w == "and" || t.w == "or" {
			return -1
		}
		if t.num && (strings.Contains(t.w, "-") || m+1 < len(toks) && toks[m+1].w == "-") {
			continue // "a 22-year-old"
		}
		if numberish(t) && toks[m-1].w == "of" && kinParents[toks[m-2].w] {
			continue // "a father of three"
		}
		if numberish(t) || t.cls&(clsVerb|clsReport) != 0 || !t.word && t.w != "-" {
			return -1
		}
	}
	return -1
}

// opensAsideOfOne reports whether the comma at toks[k] opens an aside of
// one person, "a" or "an", after one person's noun: "A soldier, a …".
func opensAsideOfOne(toks []token, k int) bool {
	return k >= 1 && k+2 < len(toks) && toks[k].w == "," && (toks[k+1].w == "a" || toks[k+1].w == "an") &&
		singularHeads[toks[k-1].w] && toks[k-1].victimHead()
}

// andBefore reports whether an "and" comes in toks from k before the
// next comma: "both volunteer fighters and civilians," is no one
// description of the group it follows.
func andBefore(toks []token, k int) bool {
	for m := k; m < len(toks) && m <= k+12 && toks[m].w != ","; m++ {
		if toks[m].w == "and" {
			return true
		}
	}
	return false
}

// describedOneSide returns the side of the one person a definite noun
// names right before the aside that opens at toks[first] ("The police
// officer, a father of three, died": the police), when that noun tells a
// side other than the civilians', or is an armed man's of no side told
// (then SideUnknown); or "".
func describedOneSide(toks []token, first int, host string) string {
	if first < 3 || !opensAsideOfOne(toks, first-1) {
		return ""
	}
	for m := first - 3; m >= 0 && m >= first-6 && toks[m].word; m-- {
		if w := toks[m].w; w == "the" || possessive[w] {
			side := sideOf(groupWords(toks, m+1, first-2, nil), host)
			if side == SideUnknown && armedOrCombatant(toks[first-2].w) {
				return SideUnknown // "The soldier, a father of two": of no side told, no civilian
			}
			if side == SideUnknown || side == SideCivilians {
				return ""
			}
			return side
		}
		if numberish(toks[m]) {
			return ""
		}
	}
	return ""
}

// kinParents count their children after "of": "a mother of five".
var kinParents = wordSet("father mother parent grandfather grandmother")

// thingsAfterMore reports whether t, right after "more" in a group, is
// a plural noun of things ("two more villages", "three more tanks"): a
// lower-case word in -s that names no people and is no verb, preposition
// or other function word.
func thingsAfterMore(t token) bool {
	return t.word && !t.cap && len(t.w) > 4 && strings.HasSuffix(t.w, "s") && !strings.HasSuffix(t.w, "ss") && !t.victimHead() &&
		t.cls&(clsVerb|clsReport) == 0 && !auxWords[t.w] && !ppStarts[t.w] && !npStops[t.w] && !numberish(t) &&
		activeVerbs[t.w] == "" && passiveVerbs[t.w] == "" && !hurtWords[t.w]
}

// broughtTotal returns the outcome whose running count the "total" at
// toks[m] is, when a verb that raises it comes before it and a comma
// before that ("17 more people died, bringing the (overall) total to
// 312"): the outcome of the last word before the comma that tells one;
// or "".
func broughtTotal(toks []token, m int) string {
	k := m - 1
	if k >= 1 && (toks[k].w == "overall" || toks[k].w == "new" || toks[k].w == "grand") {
		k--
	}
	if k < 2 || toks[k].w != "the" || !bringVerbs[toks[k-1].w] || toks[k-2].w != "," {
		return ""
	}
	return outcomeBefore(toks, k-3, 14)
}

// outcomeBefore returns the outcome of the nearest word of death or wounds
// at or before toks[j], at most reach tokens back in its clause, or "".
func outcomeBefore(toks []token, j, reach int) string {
	for to := j - reach; j >= 0 && j >= to; j-- {
		switch toks[j].w {
		case "deaths", "dead", "died", "killed", "fatalities", "bodies", "corpses":
			return OutcomeKilled
		case "wounded", "injured", "injuries", "wounds":
			if j >= 3 && toks[j-2].w == "to" && (toks[j-3].w == "succumbed" || toks[j-3].w == "succumbing") ||
				j >= 2 && toks[j-1].w == "to" && (toks[j-2].w == "succumbed" || toks[j-2].w == "succumbing") {
				// "had succumbed to their injuries, bringing the total
				// to 20": the dead.
				return OutcomeKilled
			}
			return OutcomeWounded
		case ".", ";":
			return ""
		}
	}
	return ""
}

// countOfPeople reports whether the plain toll noun at toks[m] counts
// people of no side ("its count of the dead in the bombings", "its count
// of people killed"): a bare toll.
func countOfPeople(toks []token, m int) bool {
	if m+2 >= len(toks) || toks[m+1].w != "of" {
		return false
	}
	for j := m + 2; j < len(toks) && toks[j].word; j++ {
		switch toks[j].w {
		case "dead", "people", "those", "persons":
			return true
		case "to", "at":
			return false
		}
		if toks[j].victimHead() {
			return false
		}
	}
	return false
}

// figureNouns name a toll by a plain noun: "put the figure at 10".
var figureNouns = wordSet("figure count tally")

// figureToll returns the outcome of the toll named by the plain noun at
// toks[m] whose count follows "at" or "to" at toks[k], or "": the noun after
// "put", "revised", "raised" or "lowered" and "the", "its" or "that", its
// outcome told after it ("its count of people killed") or before it in
// the sentence ("8 people were killed …, while the ministry put the
// figure at 10").
func figureToll(toks []token, m, k int) string {
	if m < 2 || !(toks[m-1].w == "the" || toks[m-1].w == "that" || toks[m-1].w == "its" || toks[m-1].w == "their" || toks[m-1].w == "this") {
		return ""
	}
	if v := toks[m-2].w; !putVerb(v) && v != "revised" && v != "raised" && v != "lowered" && v != "revising" && v != "raising" && v != "lowering" {
		return ""
	}
	if m+2 < k && toks[m+1].w == "of" {
		// "its count of people killed over the weekend to 15".
		for j := m + 2; j < k; j++ {
			if oc, ok := numberOfOutcome(toks[j].w); ok {
				return oc
			}
		}
		return ""
	}
	for j := m + 1; j < k; j++ {
		if toks[j].w != "down" && toks[j].w != "up" && toks[j].w != "higher" && toks[j].w != "lower" {
			return ""
		}
	}
	return outcomeBefore(toks, m-3, 25)
}

// diedHowVerbs tell how the dead died: "10 of the dead had been shot by
// police", "three of the dead were beheaded".
var diedHowVerbs = wordSet("shot killed slain hit struck executed beheaded gunned lynched hanged strangled " +
	"drowned mutilated hacked beaten stabbed burned burnt stoned crushed clubbed tortured trampled bludgeoned " +
	"shelled bombed decapitated electrocuted")

// diedHow returns the index of the verb that tells how a part of the dead
// died after the be-verb at toks[g] ("of the dead were shot", "of the dead
// had been killed by fellow prisoners"), or -1.
func diedHow(toks []token, g int) int {
	switch {
	case g+1 < len(toks) && (toks[g].w == "were" || toks[g].w == "was") && diedHowVerbs[toks[g+1].w]:
		return g + 1
	case g+2 < len(toks) && (toks[g].w == "had" || toks[g].w == "have") && toks[g+1].w == "been" && diedHowVerbs[toks[g+2].w]:
		return g + 2
	}
	return -1
}

// numberedToll reports whether toks[verb] is the noun of a toll told by
// "numbered": "the dead numbered 48".
func numberedToll(toks []token, verb int) bool {
	return verb+1 < len(toks) && (toks[verb+1].w == "numbered" || toks[verb+1].w == "number" || toks[verb+1].w == "numbers")
}

// woundedWith returns the index of the wounds' noun when toks[k] tells a
// group by its wounds ("300 people with stab and bullet wounds", "14
// others with serious injuries"), unless a verb of death follows ("three
// men with gunshot wounds died in hospital"); else -1.
func woundedWith(toks []token, k int) int {
	if k >= len(toks) || toks[k].w != "with" {
		return -1
	}
	m := woundAfter(toks, k+1)
	if m < 0 || deathAfter(toks, m+1) > 0 {
		return -1
	}
	return m
}

// deathAfter returns the index of a word of death within a few words from
// toks[k] in the same clause and of the same people ("with bullet wounds
// and died a few hours later", not "to hospital, where two died"), or -1.
func deathAfter(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+6 && toks[j].word && !numberish(toks[j]) && toks[j].w != "where"; j++ {
		if w := toks[j].w; passiveVerbs[w] == OutcomeKilled || w == "died" || w == "dead" || w == "succumbed" || w == "killed" {
			return j
		}
	}
	return -1
}

// inHospital returns the index of the word after "in hospital", "in
// (a|the|local) hospital" or "at the hospital" read from toks[k], or -1.
func inHospital(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].w != "in" && toks[k].w != "at" {
		return -1
	}
	m := k + 1
	for n := 0; m < len(toks) && n < 3; n, m = n+1, m+1 {
		switch toks[m].w {
		case "a", "the", "local", "nearby", "military", "district", "regional", "city", "several", "two", "three":
			continue
		}
		if toks[m].cap && toks[m].word && !toks[m].num {
			continue // "in St Petersburg hospitals"
		}
		break
	}
	if m+1 < len(toks) && (toks[m].w == "hospital" || toks[m].w == "hospitals") {
		return m + 1
	}
	return -1
}

// hospitalDay reports whether a day follows "in hospital" at toks[m]
// ("on Tuesday", "Friday", "overnight").
func hospitalDay(toks []token, m int) bool {
	if m >= len(toks) {
		return false
	}
	return dayWords[toks[m].w] || toks[m].w == "on" && m+1 < len(toks) && dayWords[toks[m+1].w]
}

// amongCounted returns the index of the outcome word of a counted group
// read from toks[m] ("15 people killed", "the 40 people injured", "the 12
// dead"), or -1.
func amongCounted(toks []token, m int) int {
	if m < len(toks) && toks[m].w == "the" {
		m++
	}
	if m >= len(toks) || !numberish(toks[m]) {
		return -1
	}
	c, ok := parseCount(toks, m)
	if !ok || c.vague || c.article || c.next >= len(toks) {
		return -1
	}
	v := c.next
	for m := v; m < len(toks) && m < c.next+2 && isModifier(toks[m]) && !pluralVictim(toks[m]) && toks[m].w != "people" && passiveVerbs[toks[m].w] == ""; m++ {
		if m+1 < len(toks) && (toks[m+1].w == "people" || pluralVictim(toks[m+1])) {
			v = m + 1 // "among the seven UN peacekeepers wounded": the words before the noun
			break
		}
	}
	if toks[v].w == "people" || pluralVictim(toks[v]) {
		v++
	}
	if v >= len(toks) {
		return -1
	}
	if o := passiveVerbs[toks[v].w]; o == OutcomeKilled || o == OutcomeWounded { // "dead" among them
		return v
	}
	return -1
}

// toHospital returns the index of the word after "to hospital", "to (a|
// the|local|nearby) hospital" or "to the <name> hospital" read from
// toks[k], or -1.
func toHospital(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].w != "to" {
		return -1
	}
	m := k + 1
	if w := toks[m].w; w == "a" || w == "the" || w == "local" || w == "nearby" {
		m++
	}
	for n := 0; n < 4 && m < len(toks) && toks[m].cap && toks[m].word && !toks[m].num && toks[m].w != "hospital"; n++ {
		m++ // "the Getulio Vargas hospital"
	}
	if m < len(toks) && (toks[m].w == "hospital" || toks[m].w == "hospitals") {
		return m + 1
	}
	return -1
}

// hurtBefore reports whether the sentence told of the hurt or of a place
// before toks[first] ("The injured … were taken to hospital, where four
// were in critical condition", "one of the wounded, an Israeli, was in
// critical condition"), or toks[first] counts one more by its rank ("and
// a fourth was in critical condition"): a state told of some of them is
// no figure of its own.
func hurtBefore(toks []token, first int) bool {
	if first == 4 && toks[0].w == "of" && toks[1].w == "the" && toks[3].w == "," {
		// "Of the wounded, 99 were in a critical condition": the
		// sentence is of them.
		return false
	}
	for _, t := range toks[:first] {
		switch t.w {
		case "wounded", "injured", "hurt", "wounding", "injuring", "where", "whom", "them":
			return true
		}
	}
	return toks[first].w == "a" && first+1 < len(toks) && nthDays[toks[first+1].w] > 0
}

// estimateBe reports whether toks[k] is the "be" of an estimate: "could
// be", "may be", "might be" (as in "the number of miners missing could be
// as high as 40").
func estimateBe(toks []token, k int) bool {
	return k >= 1 && toks[k].w == "be" && (toks[k-1].w == "could" || toks[k-1].w == "may" || toks[k-1].w == "might")
}

// hadWounds returns the index of the wounds' noun when "had" at toks[k]
// is followed by wounds and the words that describe them only ("had
// gunshot wounds", "had serious burns"; not "had died of their wounds"),
// or -1.
func hadWounds(toks []token, k int) int {
	m := woundAfter(toks, k+1)
	if m < 0 {
		return -1
	}
	for j := k + 1; j < m; j++ {
		if !isModifier(toks[j]) || possessive[toks[j].w] {
			return -1
		}
	}
	return m
}

// demonymEnd reports whether toks[g] is a nation's adjective that ends
// its phrase and so names the nation's people: "nine of them Chinese,".
func demonymEnd(toks []token, g int) bool {
	return toks[g].cap && nationAdjectives[toks[g].w] != "" && (g+1 == len(toks) || !toks[g+1].word || toks[g+1].w == "and")
}

// severeCondition returns the index of "condition" when the words from
// toks[k] tell a grave state ("in critical condition", "in a serious
// condition"), or -1.
func severeCondition(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].w != "in" {
		return -1
	}
	m := k + 1
	if toks[m].w == "a" {
		m++
	}
	for severe := false; m < len(toks) && m <= k+5; m++ {
		switch toks[m].w {
		case "critical", "serious", "grave", "very", "life-threatening", "or":
			severe = severe || toks[m].w != "very" && toks[m].w != "or"
			continue
		case "condition":
			if severe {
				return m
			}
		}
		return -1
	}
	return -1
}

// inCondition reports whether the words from toks[k] tell the state of
// the hurt: "in a critical or serious condition".
func inCondition(toks []token, k int) bool {
	if k >= len(toks) || toks[k].w != "in" {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+5; m++ {
		if toks[m].w == "condition" || toks[m].w == "conditions" {
			return true
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// woundAfter returns the index of a wound word within four words from
// toks[k] ("gunshot and knife wounds"), or -1.
func woundAfter(toks []token, k int) int {
	for m := k; m < len(toks) && m < k+4 && toks[m].word; m++ {
		if woundWords[toks[m].w] {
			for m+1 < len(toks) && woundWords[toks[m+1].w] {
				m++ // "shrapnel wounds"
			}
			return m
		}
	}
	return -1
}

// setCount gives h the value of the count c, or for a vague count ("dozens
// of bodies") no value and an unknown qualifier.
func (h *casualtyHit) setCount(c countHit) {
	if c.vague {
		h.qual = QualUnknown
		return
	}
	v := c.value
	h.value = &v
}

// countQualifier returns the qualifier of the count c at toks[i] and the
// count's first token: its own qualifier, else the one written before it
// ("at least", "nearly") and where that begins.
func countQualifier(toks []token, i int, c countHit) (string, int) {
	if c.qual != "" {
		return c.qual, i
	}
	return qualifierBefore(toks, i)
}

// modifiedHead returns the index of a victims' noun at toks[from] or after
// modifiers only, at toks[limit] at the latest ("wounded Burundian
// soldiers"), or -1.
func modifiedHead(toks []token, from, limit int) int {
	for g := from; g < len(toks) && g <= limit; g++ {
		if toks[g].victimHead() {
			return g
		}
		if !isModifier(toks[g]) {
			return -1
		}
	}
	return -1
}

// countedGroup reads a count with no verb of its own at toks[i]: wounded
// people ("received 53 wounded patients", "treated 40 injured people"),
// or bodies ("70 to 80 bodies had been taken to the morgue", "more than 20
// bodies lying on the sand"), a death toll of people. It returns the hit,
// and its first and last token.
func countedGroup(toks []token, s string, i int, host string) (casualtyHit, int, int, bool) {
	c, ok := parseCount(toks, i)
	if ok && c.value == 1 && !c.vague && oneBodyFound(toks, i, c.next) {
		// "A body was found on the roadside", "police recovered one
		// body": one dead, as "two bodies were found".
		qual, first := countQualifier(toks, i, c)
		h := casualtyHit{
			start: toks[first].s, end: toks[c.next].e, outcome: OutcomeKilled, qual: qual,
			victims: s[toks[i].s:toks[c.next].e], side: SideUnknown, scope: ScopeIncident, toll: true,
		}
		h.setCount(c)
		return h, first, c.next, true
	}
	if ok && !c.vague {
		if g, v := possessedBodies(toks, c.next); g > 0 {
			// "A soldier's body was found", "Two soldiers' bodies were
			// recovered": the dead, by their own noun.
			qual, first := countQualifier(toks, i, c)
			victims := strings.TrimSuffix(strings.TrimSuffix(s[toks[i].s:toks[g].e], "'s"), "’s")
			h := casualtyHit{
				start: toks[first].s, end: toks[v].e, outcome: OutcomeKilled, qual: qual,
				victims: victims, side: sideOf(strings.Fields(strings.ToLower(victims)), host), scope: ScopeIncident,
			}
			h.setCount(c)
			return h, first, v, true
		}
	}
	if !ok || c.article {
		return casualtyHit{}, 0, 0, false
	}
	j := c.next
	if j+1 < len(toks) && (toks[j].w == "more" || toks[j].w == "further" || toks[j].w == "additional" || toks[j].w == "other") &&
		(toks[j+1].w == "bodies" || toks[j+1].w == "corpses") {
		// "pulled three more bodies from the rubble".
		j++
	}
	if j+1 < len(toks) && deathCountMods[toks[j].w] {
		switch toks[j+1].w {
		case "deaths", "fatalities", "killings", "homicides", "murders":
			// "recorded 1,189 intentional homicides", "records more
			// than 40 reported fatalities".
			j++
		}
	}
	mods := j
	for j < len(toks) && j < mods+3 && (isModifier(toks[j]) || toks[j].victimHead()) && toks[j].w != "bodies" && toks[j].w != "corpses" && !c.vague {
		j++ // "counted 32 Viet Cong bodies", "had seen only 14 rebel bodies"
	}
	if j == len(toks) || toks[j].w != "bodies" && toks[j].w != "corpses" {
		j = mods
	}
	if j < len(toks) && (toks[j].w == "bodies" || toks[j].w == "corpses") && (j+1 == len(toks) || toks[j+1].w != "of") ||
		j < len(toks) && (toks[j].w == "deaths" || toks[j].w == "fatalities" || toks[j].w == "injuries") && deathsCounted(toks, i, c) {
		// Or deaths counted or caused: "We recorded 55 deaths", "the
		// violence has caused more than 10,000 deaths".
		qual, first := countQualifier(toks, i, c)
		outcome := OutcomeKilled
		if toks[j].w == "injuries" {
			outcome = OutcomeWounded
		}
		h := casualtyHit{
			start: toks[first].s, end: toks[j].e, outcome: outcome, qual: qual,
			victims: s[toks[i].s:toks[j].e], side: SideUnknown, scope: ScopeIncident, toll: outcome == OutcomeKilled,
		}
		if j > mods {
			// The bodies of a side named before the noun.
			if side := sideOf(groupWords(toks, mods, j-1, nil), host); side != SideUnknown && side != SideCivilians {
				h.side, h.toll = side, false
			}
		}
		h.setCount(c)
		if v := lossesIncluding(toks, first); v >= 0 {
			// "North Korean troops have suffered more than 3,000
			// casualties, including around 300 deaths": the dead of
			// the force that suffered them.
			if side := clauseSubject(toks, v, host); side != "" {
				h.side, h.toll = side, false
			}
		}
		return h, first, j, true
	}
	if j+2 < len(toks) && (toks[j].w == "bodies" || toks[j].w == "corpses") && toks[j+1].w == "of" {
		// "more than 30 bodies of Burundian soldiers", "hundreds of
		// bodies of men, women and children": the dead of that group.
		g := modifiedHead(toks, j+2, j+6)
		if g < 0 {
			return casualtyHit{}, 0, 0, false
		}
		qual, first := countQualifier(toks, i, c)
		h := casualtyHit{
			start: toks[first].s, end: toks[g].e, outcome: OutcomeKilled, qual: qual,
			victims: s[toks[i].s:toks[g].e], side: sideOf(groupWords(toks, j+2, g, nil), host), scope: ScopeIncident,
		}
		h.setCount(c)
		return h, first, g, true
	}
	if j < len(toks) && (toks[j].w == "killings" || toks[j].w == "homicides" || toks[j].w == "murders") && !c.vague && c.value >= 2 {
		// "more than 34,000 killings last year": people killed, a
		// tally of many incidents.
		qual, first := countQualifier(toks, i, c)
		v := c.value
		return casualtyHit{
			start: toks[first].s, end: toks[j].e, outcome: OutcomeKilled, qual: qual, value: &v,
			victims: s[toks[i].s:toks[j].e], side: SideCivilians, scope: ScopeCumulative,
		}, first, j, true
	}
	if j >= len(toks) || toks[j].w != "wounded" && toks[j].w != "injured" {
		return casualtyHit{}, 0, 0, false
	}
	if v := carriedAfter(toks, j+1); v > 0 && !c.vague {
		// "Twelve wounded were evacuated to Ouagadougou", "where 67
		// wounded had been admitted": the wounded of the group told
		// before.
		qual, first := countQualifier(toks, i, c)
		n := c.value
		h := casualtyHit{
			start: toks[first].s, end: toks[v].e, outcome: OutcomeWounded, qual: qual, value: &n,
			victims: s[toks[i].s:toks[j].e], side: SideUnknown, scope: ScopeIncident, bare: true,
		}
		if v > j+2 && !slices.ContainsFunc(toks[:i], func(t token) bool { return t.num }) {
			// "Doctors said 197 wounded had been brought in": the wounded
			// a hospital counts, with no group before them in the
			// sentence, are people.
			h.side, h.bare = SideCivilians, false
		}
		return h, first, v, true
	}
	g := modifiedHead(toks, j+1, j+4)
	if g < 0 {
		return casualtyHit{}, 0, 0, false
	}
	qual, first := countQualifier(toks, i, c)
	h := casualtyHit{
		start: toks[first].s, end: toks[g].e, outcome: OutcomeWounded, qual: qual,
		victims: s[toks[i].s:toks[g].e], side: sideOf(groupWords(toks, j+1, g, nil), host),
		scope: ScopeIncident,
	}
	h.setCount(c)
	if d := diedAfter(toks, g+1); d > 0 {
		// "four wounded refugees had died in hospital": the wounded
		// who died are dead.
		h.outcome, h.end = OutcomeKilled, toks[d].e
		return h, first, d, true
	}
	return h, first, g, true
}

// diedAfter returns the index of "died" or "succumbed" when it is the verb
// at toks[k] ("had died", "later died", "have since succumbed"), else 0.
func diedAfter(toks []token, k int) int {
	for ; k < len(toks); k++ {
		switch toks[k].w {
		case "had", "have", "has", "later", "since", "subsequently", "also":
			continue
		case "died", "succumbed":
			return k
		}
		return 0
	}
	return 0
}

// ofThem reads partitive figures with no victims' noun of their own at
// toks[i]: "two of them died", "eight of the wounded later died" (the side
// of the figure before them), and the breakdown ", 15 of them children"
// after a figure of the same sentence, which takes that figure's outcome.
// It returns the hit, and its first and last token.
func ofThem(toks []token, s string, i int, host, them string, out []casualtyHit) (casualtyHit, int, int, bool) {
	c, ok := parseCount(toks, i)
	if !ok || c.vague || c.article {
		return casualtyHit{}, 0, 0, false
	}
	j := c.next
	if j+2 < len(toks) && toks[j].w == "more" && toks[j+1].w == "of" && (toks[j+2].w == "the" || toks[j+2].w == "those") {
		j++ // "four more of the wounded died"
	}
	if j+1 >= len(toks) || toks[j].w != "of" {
		return casualtyHit{}, 0, 0, false
	}
	last := j + 1
	switch toks[j+1].w {
	case "them", "whom":
	case "the", "those":
		if j+2 >= len(toks) {
			return casualtyHit{}, 0, 0, false
		}
		switch toks[j+2].w {
		case "dead", "wounded", "injured", "victims", "casualties", "bodies":
			last = j + 2
		default:
			if !hurtAdverb(toks, j+2) || j+3 < len(toks) && j+4 < len(toks) && (toks[j+4].victimHead() || isModifier(toks[j+4]) && pastParticiplePhrase(toks, j+4) == j+4) {
				return casualtyHit{}, 0, 0, false
			}
			last = j + 3 // "two of the seriously injured died"
		}
	default:
		return casualtyHit{}, 0, 0, false
	}
	qual, first := countQualifier(toks, i, c)
	v := c.value
	h := casualtyHit{start: toks[first].s, value: &v, qual: qual, scope: ScopeIncident, side: SideUnknown}
	if b := first - 2; toks[j+1].w == "them" && b >= 0 && toks[first-1].w == "of" && (toks[b].w == "bodies" || toks[b].w == "corpses" || toks[b].w == "remains") {
		// "Fifteen passengers were taken hostage …; the bodies of nine
		// of them were later found": dead, of those named before.
		h.start, h.outcome, h.end = toks[b].s, OutcomeKilled, toks[last].e
		h.victims, h.side = s[toks[i].s:toks[last].e], SideCivilians
		if len(out) > 0 {
			h.side, h.bare = out[len(out)-1].side, true
		} else if them != "" {
			h.side = them // the group the sentence before named
		}
		return h, b, last, true
	}
	if o, verb := verbOfThem(toks, first); toks[j+1].w == "them" && o != "" {
		// "pursued the attackers and killed four of them": a part of
		// the armed men named before the verb.
		side := armedBefore(toks, verb, host)
		if side == "" && (o == OutcomeKilled || o == OutcomeWounded) {
			side, _ = objectGroupBefore(toks, verb, host)
		}
		if side == "" && toks[0].w == "they" && verb <= 4 {
			// "Gunmen rounded up the villagers. They slaughtered 19 of
			// them": the group the sentence before named.
			side = them
		}
		if side != "" {
			h.start, h.outcome, h.end = toks[verb].s, o, toks[last].e
			h.victims, h.side = s[toks[i].s:toks[last].e], side
			return h, verb, last, true
		}
	}
	if v := bodyVerbAfter(toks, last+1); toks[last].w == "bodies" && v > 0 {
		// "23 of the bodies were found in a gully": dead.
		h.outcome, h.end = OutcomeKilled, toks[v].e
		h.victims = s[toks[i].s:toks[last].e]
		h.side = SideCivilians // as "23 bodies were found"
		if len(out) > 0 {
			h.side, h.bare = out[len(out)-1].side, true
		}
		return h, first, v, true
	}
	if toks[last].w == "bodies" {
		return casualtyHit{}, 0, 0, false
	}
	if g := last + 1; toks[last].w == "dead" && g+2 < len(toks) && ((toks[g].w == "were" || toks[g].w == "was") &&
		(toks[g+1].w == "in" || toks[g+1].w == "at" || toks[g+1].w == "from") && !inCondition(toks, g+1) ||
		(toks[g].w == "were" || toks[g].w == "was") && toks[g+1].w == "found" ||
		(toks[g].w == "had" || toks[g].w == "have") && toks[g+1].w != "been" && toks[g+1].w != "died" ||
		(toks[g].w == "had" || toks[g].w == "have") && toks[g+1].w == "been" && (toks[g+2].w == "identified" || toks[g+2].w == "named") ||
		diedHow(toks, g) > 0) {
		// ("11 of the dead had gunshot or shrapnel wounds", "21 of the
		// dead had been identified so far": what is told of them.)
		// "Seven of the dead were in the nearby hamlet of Dirga", "Nine
		// of the dead were found in a single house": a part of the dead
		// told by where they were, of the side of the figure of the dead
		// before (as bodies are civilians).
		h.outcome, h.end = OutcomeKilled, toks[g].e
		if toks[g+1].w == "found" {
			h.end = toks[g+1].e
		}
		if v := diedHow(toks, g); v > 0 {
			// "10 of the dead had been shot by police": how they died.
			h.end = toks[v].e
		}
		h.victims = s[toks[i].s:toks[last].e]
		h.side = SideCivilians
		if p := lastFigureBefore(out, toks[first].s, OutcomeKilled); p != nil {
			h.side, h.bare = p.side, true
		}
		return h, first, g, true
	}
	if o, verb := passiveAfter(toks, i, last); o != "" && verb > last {
		if toks[last].w == "dead" {
			// "Six of the dead had been reported missing": what befell
			// the dead before they died does not change their outcome.
			o = OutcomeKilled
		}
		h.outcome, h.end = o, toks[verb].e
		h.victims = s[toks[i].s:toks[last].e]
		h.bare = true
		if len(out) > 0 {
			h.side = out[len(out)-1].side
		} else if toks[j+1].w == "them" || toks[j+1].w == "whom" {
			// "650 patients had been brought in, 63 of whom had died":
			// a part of the people the sentence named before, with no
			// figure of theirs told.
			for k := first - 1; k >= 0; k-- {
				if toks[k].victimHead() {
					h.side, h.bare = sideOf(groupWords(toks, k, k, nil), host), false
					break
				}
			}
		}
		return h, first, verb, true
	}
	if toks[j+1].w != "them" && toks[j+1].w != "whom" && (toks[last].w == "wounded" || toks[last].w == "injured") &&
		last+1 < len(toks) && toks[last+1].w == "," {
		// "one of the wounded, a young woman who worked in the canteen,
		// had died in surgery": dead, past the apposition.
		k := last + 2
		for k < len(toks) && k <= last+16 && toks[k].word {
			k++
		}
		if k < len(toks) && k <= last+16 && toks[k].w == "," {
			if d := diedAfter(toks, k+1); d > 0 {
				h.outcome, h.end = OutcomeKilled, toks[d].e
				h.victims = s[toks[i].s:toks[last].e]
				h.bare = true
				if len(out) > 0 {
					h.side = out[len(out)-1].side
				}
				return h, first, d, true
			}
		}
	}
	if toks[j+1].w != "them" && toks[j+1].w != "whom" && (toks[last].w == "wounded" || toks[last].w == "injured") {
		// "Six of the wounded were receiving treatment", "two of the
		// wounded soldiers were flown to hospital": a figure of the
		// wounded, of the side of the noun or else of the figure before.
		g, noun := last+1, -1
		if g < len(toks) && toks[g].victimHead() {
			noun = g
			g++
		}
		if d := diedAfter(toks, g); d > 0 && noun >= 0 && (first == 0 || toks[first-1].w != ",") {
			// "two of the wounded soldiers had died": dead.
			h.outcome, h.end = OutcomeKilled, toks[d].e
			h.victims = s[toks[i].s:toks[noun].e]
			h.side, h.bare = sideOf(groupWords(toks, noun, noun, nil), host), false
			return h, first, d, true
		}
		g = pastParticiplePhrase(toks, g)
		if g < len(toks) && (woundedFollowers[toks[g].w] || withInCondition(toks, first, g)) && (first == 0 || toks[first-1].w != ",") {
			h.outcome, h.end = OutcomeWounded, toks[last].e
			h.victims = s[toks[i].s:toks[last].e]
			h.bare = true
			if noun >= 0 {
				h.end, h.victims = toks[noun].e, s[toks[i].s:toks[noun].e]
				h.side, h.bare = sideOf(groupWords(toks, noun, noun, nil), host), false
			} else if len(out) > 0 {
				h.side = out[len(out)-1].side
			}
			to := last
			if noun >= 0 {
				to = noun
			}
			return h, first, to, true
		}
	}
	if g := last + 1; len(out) > 0 && first > 0 && toks[first-1].w == "," && g+1 < len(toks) &&
		partWhenWhere(toks[g].w) &&
		(toks[j+1].w == "them" || toks[last].w == "dead") && !inCondition(toks, g) {
		// "23 soldiers were killed in the fighting, 13 of them in a
		// single ambush", "78 people were killed, 45 of the dead in
		// Jableh": a part of the dead told by where or when.
		prev := out[len(out)-1]
		if toks[last].w == "dead" {
			if p := lastFigureBefore(out, toks[first].s, OutcomeKilled); p != nil {
				prev = *p
			}
		}
		if prev.outcome == OutcomeKilled && prev.value != nil && c.value < *prev.value {
			h.outcome, h.end, h.scope = prev.outcome, toks[last].e, prev.scope
			h.victims = s[toks[i].s:toks[last].e]
			h.side = prev.side
			h.part = prev.part + 1
			return h, first, last, true
		}
	}
	sibling := len(out) > 0 && first > 0 && toks[first-1].w == "and" && toks[j+1].w == "them" && out[len(out)-1].part > 0 &&
		strings.Contains(s[out[len(out)-1].start:toks[first-1].s], " of them ")
	if !sibling && (len(out) == 0 || first == 0 || toks[first-1].w != "," || toks[j+1].w != "them" && toks[j+1].w != "whom") {
		return casualtyHit{}, 0, 0, false
	}
	if g := last + 1; g < len(toks) && ofThemHow[toks[g].w] && out[len(out)-1].value != nil && c.value < *out[len(out)-1].value {
		// "16 people were wounded, two of them by gunshot": a part of
		// the figure before, of its side.
		prev := out[len(out)-1]
		h.outcome, h.end, h.scope = prev.outcome, toks[last].e, prev.scope
		h.victims = s[toks[i].s:toks[last].e]
		h.side = prev.side
		h.part = prev.part + 1
		return h, first, last, true
	}
	g := last + 1
	for g < len(toks) && g < last+5 && !toks[g].victimHead() && !demonymEnd(toks, g) {
		if !isModifier(toks[g]) {
			return casualtyHit{}, 0, 0, false
		}
		g++
	}
	if g >= len(toks) || !toks[g].victimHead() && !demonymEnd(toks, g) {
		return casualtyHit{}, 0, 0, false
	}
	prev := out[len(out)-1]
	h.outcome, h.end, h.scope = prev.outcome, toks[g].e, prev.scope
	h.victims = s[toks[i].s:toks[g].e]
	h.side = sideOf(groupWords(toks, last+1, g, nil), host)
	if toks[g-1].w == "them" && prev.side == SideCivilians && (armedSide(h.side) && pluralDemonym(toks[g].w) || demonymEnd(toks, g)) {
		// "40 people died, 27 of them Iranians", "nine of them
		// Chinese": a nation's people, not its forces.
		h.side = SideCivilians
	}
	if prev.side == SideCivilians && peopleHit(s, prev) && len(out) > 0 &&
		(armedSide(h.side) || securityHeads[toks[g].w] || h.side == SidePolice && mostOf(h, prev)) {
		// "killing seven people, four of them soldiers": people broken
		// down into fighters are not all civilians (as for "including").
		out[len(out)-1].side = SideUnknown
	}
	h.part = prev.part + 1
	if sibling {
		// "40 people were killed, 12 of them soldiers and 28 of them
		// civilians": the second part is of the same figure.
		h.part = prev.part
	}
	return h, first, g, true
}

// verbOfThem returns the outcome of the active verb that ends just before
// the partitive figure opening at toks[first] ("killed four of them",
// "shot dead 19 of them", "gunned down six of them") and the verb's first
// token, or "" when there is none.
func verbOfThem(toks []token, first int) (string, int) {
	for first > 1 && toks[first-1].isQuote() {
		first-- // "and \"neutralised\" four of them"
	}
	if first == 0 {
		return "", 0
	}
	w := toks[first-1].w
	if o := activeVerbs[w]; o != "" {
		return o, first - 1
	}
	if deathVerbs[w] {
		// "hacked and clubbed eight of them to death".
		for m := first + 1; m+2 < len(toks) && m <= first+4; m++ {
			if toks[m].w == "them" && toks[m+1].w == "to" && toks[m+2].w == "death" {
				return OutcomeKilled, first - 1
			}
		}
	}
	if first < 2 {
		return "", 0
	}
	if v := toks[first-2].w; w == "dead" && (v == "shot" || v == "shoot") || w == "down" && (v == "gunned" || v == "mowed" || v == "cut") {
		return OutcomeKilled, first - 2
	}
	if first >= 3 && toDeath(toks, first-2) && deathVerb(toks[first-3].w) {
		// "stabbed or shot to death five of them".
		return OutcomeKilled, first - 3
	}
	return "", 0
}

// clauseSubject returns the side of the first victims' noun of the clause
// that holds the verb at toks[verb] ("… said that soldiers pursuing the
// group had killed six insurgents and lost one of their own"), or "".
func clauseSubject(toks []token, verb int, host string) string {
	start := 0
	for m := verb - 1; m >= 0; m-- {
		if toks[m].w == "that" || toks[m].w == ";" || toks[m].w == ":" || toks[m].cls&clsReport != 0 ||
			(toks[m].w == "while" || toks[m].w == "whereas") && m+1 < verb && !strings.HasSuffix(toks[m+1].w, "ing") {
			// ("…, while 22 of their own fighters died": the clause
			// after "while" has no subject before the figure; but
			// "…, while losing only two of their own" shares the
			// subject before it.)
			start = m + 1
			break
		}
	}
	for m := start; m < verb; m++ {
		if toks[m].cls&clsVerb != 0 || toks[m].w == "lost" {
			// A verb before any noun: the noun after it is its object.
			return ""
		}
		if toks[m].victimHead() {
			side := sideOf(groupWords(toks, max(start, m-3), m, nil), host)
			if side == SideUnknown || side == SideCivilians {
				return ""
			}
			if side == SideMilitants {
				// "Rebel spokesman X claimed that the fighters had …":
				// the fighters of the rebels the sentence speaks for.
				for _, t := range toks[:m] {
					if t.w == "rebel" || t.w == "rebels" {
						return SideRebels
					}
				}
			}
			return side
		}
	}
	return ""
}

// losingForce returns the side of the force named right before the "lost"
// at toks[verb], its subject ("Government forces had lost more than 100
// men", "government forces attacking the base had lost"), or "" when the
// subject is no force of a known side.
func losingForce(toks []token, verb int, host string) string {
	for m := verb - 1; m >= 0 && m >= verb-10; m-- {
		w := toks[m].w
		if !toks[m].word || toks[m].cls&clsReport != 0 {
			return ""
		}
		if !securityHeads[w] || !strings.HasSuffix(w, "s") {
			if toks[m].victimHead() {
				return ""
			}
			continue
		}
		if objectOfKilling(toks, m) {
			return ""
		}
		if side := sideOf(groupWords(toks, modifiersBefore(toks, m), m, nil), host); side != SideUnknown && side != SideCivilians {
			return side
		}
		return ""
	}
	return ""
}

// armedBefore returns the side of the nearest armed men named by a plural
// noun within a few words before the verb at toks[verb] ("the attackers",
// "the raiders"), or "" when the clause names none.
func armedBefore(toks []token, verb int, host string) string {
	for m := verb - 1; m >= 0 && m >= verb-10; m-- {
		if toks[m].isQuote() {
			continue // "pursued the attackers and "neutralised" four of them"
		}
		w := toks[m].w
		if !toks[m].word || toks[m].cls&clsReport != 0 {
			return ""
		}
		if rebelHeads[w] && strings.HasSuffix(w, "s") {
			if objectOfKilling(toks, m) {
				// "its forces had killed 120 rebel fighters … and lost
				// 13 men": the fighters killed did not lose the men.
				return ""
			}
			return sideOf(groupWords(toks, m, m, nil), host)
		}
		if toks[m].victimHead() {
			// "Gunmen attacked villagers and killed three of them".
			return ""
		}
	}
	return ""
}

// objectGroupBefore returns the side of the group "them" stands for after
// the verb at toks[verb]: the nearest plural victims' noun before it in
// its clause that is the object of a verb or a preposition ("ambushed a
// convoy of soldiers, killing 65 of them", "Gunmen attacked villagers and
// killed three of them", "opened fire on protesters, wounding 12 of
// them"), not the verb's subject ("Troops fought back, killing 12 of
// them"), and whether there is one.
func objectGroupBefore(toks []token, verb int, host string) (string, bool) {
	for m := verb - 1; m >= 0 && m >= verb-20; m-- {
		t := toks[m]
		if t.cls&clsReport != 0 || t.w == ";" || t.w == ":" || t.w == "that" {
			return "", false
		}
		if !t.victimHead() || !strings.HasSuffix(t.w, "s") && !pluralHeads[t.w] {
			continue
		}
		if side, ok := governedGroup(toks, m, host); ok {
			return side, true
		}
	}
	return "", false
}

// governedGroup returns the side of the plural victims' noun at toks[m]
// when it is the object of a verb or a preposition ("a convoy of
// government soldiers", "rounded up men") and not of a verb of killing,
// and whether it is.
func governedGroup(toks []token, m int, host string) (string, bool) {
	governed, carriedHurt := -1, false
	for p := m - 1; p >= 0 && p >= m-4 && toks[p].word; p-- {
		w := toks[p].w
		if (w == "wounded" || w == "injured") && p == m-1 && p > 0 && (carryingWords[toks[p-1].w] || objectPreps[toks[p-1].w]) {
			// "an ambulance carrying wounded people": the wounded are
			// the group, not the outcome of a verb.
			governed, carriedHurt = p, true
			break
		}
		if objectPreps[w] || carryingWords[w] || strings.HasSuffix(w, "ed") && !toks[p].cap {
			governed = p
			break
		}
	}
	if governed < 0 || !carriedHurt && objectOfKilling(toks, m) {
		return "", false
	}
	// The group with its modifiers: "a convoy of government soldiers".
	return sideOf(groupWords(toks, governed+1, m, nil), host), true
}

// lastObjectGroup returns the side of the last plural victims' noun of a
// sentence that is the object of a verb or a preposition ("Gunmen rounded
// up the men of the village"), for a "they … N of them" in the sentence
// after; "" when there is none.
func lastObjectGroup(toks []token, host string) string {
	for m := len(toks) - 1; m >= 0; m-- {
		t := toks[m]
		if !t.victimHead() || !strings.HasSuffix(t.w, "s") && !pluralHeads[t.w] {
			continue
		}
		if side, ok := governedGroup(toks, m, host); ok {
			return side
		}
	}
	return ""
}

// objectPreps govern the group a later "them" stands for: "a convoy of
// soldiers", "fire on protesters".
var objectPreps = wordSet("of on at against upon among toward towards")

// carryingWords govern the group a later "them" stands for as well: "a bus
// carrying 30 soldiers … and executed 12 of them".
var carryingWords = wordSet("carrying transporting ferrying escorting holding")

// pluralHeads are the plural victims' nouns that do not end in "s".
var pluralHeads = wordSet("people police men women children militia personnel policemen servicemen militiamen tribesmen gunmen crewmen")

// objectOfKilling reports whether the noun at toks[h] ends the object of a
// verb of killing, wounding or capture ("killed 120 rebel fighters").
func objectOfKilling(toks []token, h int) bool {
	for m := h - 1; m >= 0 && m >= h-6; m-- {
		if activeVerbs[toks[m].w] != "" {
			return true
		}
		if !isModifier(toks[m]) && !numberish(toks[m]) && !toks[m].num {
			return false
		}
	}
	return false
}

// withInCondition reports whether a part of the wounded opening at
// toks[first] is told by "with" and how badly it is hurt: "the toll
// climbed to eight, with 12 of the wounded in critical condition".
func withInCondition(toks []token, first, g int) bool {
	return first > 0 && toks[first-1].w == "with" && g+1 < len(toks) && toks[g].w == "in" &&
		(toks[g+1].w == "critical" || toks[g+1].w == "serious" || toks[g+1].w == "stable")
}

// anotherHurt reads "and another (badly) wounded" at toks[i] ("another")
// after the figure prev: one more of prev's group, whose verb is left out. It returns the hit and its last token.
func anotherHurt(toks []token, s string, i int, prev casualtyHit) (casualtyHit, int, bool) {
	if i == 0 || toks[i-1].w != "and" {
		return casualtyHit{}, 0, false
	}
	v := i + 1
	if v < len(toks) && strings.HasSuffix(toks[v].w, "ly") {
		v++ // "moderately", "seriously"
	}
	outcome := ""
	if v+1 < len(toks) && toks[v].w == "went" && toks[v+1].w == "missing" {
		// "two soldiers were killed and another went missing".
		outcome, v = OutcomeMissing, v+1
	} else if v < len(toks) {
		outcome = passiveVerbs[toks[v].w]
	}
	if outcome == "" || outcome == prev.outcome {
		return casualtyHit{}, 0, false
	}
	one := 1
	h := casualtyHit{
		start: toks[i].s, end: toks[v].e, outcome: outcome, qual: QualExact, value: &one,
		victims: s[toks[i].s:toks[i].e], side: prev.side, scope: prev.scope,
	}
	return h, v, true
}

// treatedFor reports whether the group opening at toks[first] is followed
// within its clause by "for" and an injury ("30 people for injuries", "12
// protesters for gunshot wounds").
func treatedFor(toks []token, first int) bool {
	for m := first + 1; m < len(toks) && m <= first+6; m++ {
		if toks[m].w == "for" {
			for n := m + 1; n < len(toks) && n <= m+3; n++ {
				if woundWords[toks[n].w] {
					return true
				}
			}
			return false
		}
		if !toks[m].word {
			return false
		}
	}
	return false
}

// partWords take a part of a whole ("more of the 40 wounded").
var partWords = wordSet("one more some several many most few")

// otherOfTwo reads "the other" or "another" at toks[i] as the object of an
// active verb of an outcome other than prev's, prev a figure of one, with
// no noun after it ("killing one and wounding the other", "shot dead one
// of the attackers and captured another"): one more of prev's group. It
// returns the hit and its last token.
func otherOfTwo(toks []token, s string, i int, out []casualtyHit) (casualtyHit, int, bool) {
	if len(out) == 0 {
		return casualtyHit{}, 0, false
	}
	prev := out[len(out)-1]
	last := i
	if toks[i].w == "the" {
		if i+1 >= len(toks) || toks[i+1].w != "other" {
			return casualtyHit{}, 0, false
		}
		last = i + 1
	}
	if i < 2 || prev.value == nil || *prev.value != 1 || prev.end > toks[i].s {
		return casualtyHit{}, 0, false
	}
	o := activeVerbs[toks[i-1].w]
	if o == "" || o == prev.outcome || toks[i-2].w != "and" && toks[i-2].w != "," {
		return casualtyHit{}, 0, false
	}
	if n := last + 1; n < len(toks) && (toks[n].word && !npStops[toks[n].w] || toks[n].w == "-") {
		return casualtyHit{}, 0, false // "captured another village"
	}
	one := 1
	h := casualtyHit{
		start: toks[i-1].s, end: toks[last].e, outcome: o, qual: QualExact, value: &one,
		victims: s[toks[i].s:toks[last].e], side: prev.side, scope: prev.scope,
	}
	return h, last, true
}

// civilianIncluded reports whether toks[k:] open ", including" and a
// civilian's title or noun within three words: "including Ambassador
// Christopher Stevens", "including two aid workers".
func civilianIncluded(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].w != "," || toks[k+1].w != "including" {
		return false
	}
	for m := k + 2; m < len(toks) && m <= k+5 && (toks[m].word || toks[m].num); m++ {
		if civilianHeads[toks[m].w] || civilianTitles[toks[m].w] {
			return true
		}
	}
	return false
}

// civilianTitles name civilian offices held by people a report names.
var civilianTitles = wordSet("ambassador ambassadors diplomat diplomats consul envoy aid")

// foreignNationals makes civilians the people of several nations counted
// in one list ("the dead included three Kenyans, three Tanzanians, two
// Americans"), which a demonym alone would make each nation's soldiers:
// people of many nations are an attack's victims, not armies.
func foreignNationals(hits []casualtyHit) {
	if len(hits) < 2 {
		return
	}
	kinds := map[string]bool{}
	for _, h := range hits {
		f := strings.Fields(h.victims)
		if len(f) < 2 || !isASCIIUpper(f[len(f)-1][0]) || isASCIIUpper(f[len(f)-2][0]) {
			return // every part a count and a demonym: "three Kenyans"
		}
		kinds[f[len(f)-1]] = true
	}
	if len(kinds) < 2 {
		return
	}
	for i, h := range hits {
		if demonymSoldiers(h) {
			hits[i].side = SideCivilians
		}
	}
}

// demonymSoldiers reports whether a hit's victims are told by a demonym
// ("four Americans") that made them that nation's soldiers.
func demonymSoldiers(h casualtyHit) bool {
	f := strings.Fields(h.victims)
	if len(f) == 0 {
		return false
	}
	n := nationAdjectives[strings.ToLower(f[len(f)-1])]
	return n != "" && h.side == nationMilitary(n)
}

// ofThemHow are the words that tell how a part of a figure was hurt
// (", two of them by gunshot", ", ten of them with gunshot wounds"). A part
// told by how badly it was hurt (", one of them critically") is not a figure
// of its own.
var ofThemHow = wordSet("by with from")

// partTimes open when a part of the dead fell: "more than 100 of them this
// month".
var partTimes = wordSet("this last since yesterday today overnight")

// partWhenWhere reports whether w opens when or where a part of the dead
// fell, after "N of them": "in a single ambush", "on Tuesday", "this
// month", "April".
func partWhenWhere(w string) bool {
	return w == "in" || w == "on" || w == "during" || partTimes[w] || calendarWords[w]
}

// mixedPeople reports whether a count of "people" is broken down into
// groups that are not all civilians: fighters or soldiers among them, or
// civilians named as a part ("54 people, including six civilians").
func mixedPeople(toks []token, chain []nounPhrase, hits []casualtyHit) bool {
	if len(hits) < 1 || hits[0].side != SideCivilians || chain[0].head < 0 {
		return false
	}
	if w := toks[chain[0].head].w; w != "people" && w != "persons" && w != "lives" {
		return false
	}
	if len(chain) > 1 && chain[1].first >= 3 && (toks[chain[1].first-1].w == "to" && toks[chain[1].first-2].w == "addition" ||
		toks[chain[1].first-1].w == "as" && toks[chain[1].first-2].w == "well") {
		// "killed 33 people in addition to 12 suicide bombers": the
		// people are others than the armed men told beside them.
		return false
	}
	if k := chain[len(chain)-1].last + 1; len(chain) == 1 && k+1 < len(toks) && toks[k].w == "," && toks[k+1].w == "including" {
		// "killed 55 people, including members of the Mozambican army".
		for m := k + 2; m < len(toks) && m <= k+8 && toks[m].word && !numberish(toks[m]); m++ {
			if securityHeads[toks[m].w] || rebelHeads[toks[m].w] || toks[m].w == "army" || toks[m].w == "military" {
				return true
			}
		}
	}
	for ci, n := range chain {
		if ci == 0 || !n.breakdown || n.head < 0 {
			continue
		}
		if w := toks[n.head].w; w == "civilians" || w == "civilian" {
			return true
		}
	}
	for _, h := range hits[1:] {
		if h.side == SidePolice && !mostOf(h, hits[0]) {
			continue // "43 people, among them four children and a policeman": people still
		}
		if h.side != SideCivilians && h.side != SideUnknown && h.side != "Palestinians" {
			return true
		}
		if h.side == SideUnknown && h.part > hits[0].part && armedHead(h.victims) {
			// "killed 20 people, including six soldiers": soldiers of
			// no side the text names are still not civilians.
			return true
		}
	}
	return false
}

// armedHead reports whether the last word of victims names armed men:
// "six soldiers", "the three gunmen"; not "officers", who may be police's.
func armedHead(victims string) bool {
	w := strings.ToLower(victims[strings.LastIndexByte(victims, ' ')+1:])
	return (securityHeads[w] || rebelHeads[w]) && !policeSharedHeads[w]
}

// namesTheDead reports whether the verb at toks[verb] names people within a
// toll rather than counting them: "among the dead", "the dead included".
func namesTheDead(toks []token, verb int) bool {
	at := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].w
	}
	switch at(verb) {
	case "among":
		return true
	case "dead", "killed", "victims", "wounded", "injured":
		return at(verb-2) == "among" || at(verb+1) == "included" || at(verb+1) == "includes" || at(verb+1) == "include"
	}
	return false
}

// markUsed marks the tokens from..to as read by a figure, so that no other
// rule reads them again; used is allocated on first use.
func markUsed(used []bool, n, from, to int) []bool {
	if used == nil {
		used = make([]bool, n)
	}
	for m := from; m <= to; m++ {
		used[m] = true
	}
	return used
}

// rankWords name an officer by rank: "a colonel and two soldiers", "a
// captain and two sergeants" are one force's dead told by rank.
var rankWords = wordSet("colonel colonels lieutenant lieutenants captain captains major majors sergeant sergeants " +
	"corporal corporals commander commanders officer officers general generals")

// officersAndMen reports whether two nouns joined by "and" are one
// unit's ranks: "officers and men", "men and officers", "officers and
// soldiers", "officers and crew".
func officersAndMen(a, b string) bool {
	if a == "officers" {
		a, b = b, a
	}
	return b == "officers" && (a == "men" || a == "soldiers" || a == "crew" || a == "ratings" || a == "sailors" || a == "troops")
}

// officersOwn reports whether the group b is told as an officer's own
// after the officer a: "an army general and 33 of his men", "a commander
// and two of his aides".
func officersOwn(a, b nounPhrase, toks []token) bool {
	return b.partOf >= 0 && toks[b.partOf].w == "his" && a.partOf < 0 && a.head >= 0 && b.head >= 0 && a.count.article && rankWords[toks[a.head].w] &&
		!a.breakdown && !b.breakdown && !b.count.vague
}

// menOfTheOfficer reports whether soldiers of no side yet, told after an
// officer of an army or of none, are his men: "a Turkish colonel and two
// soldiers", "an officer and four soldiers" (not "a police captain and
// two soldiers", of two forces).
func menOfTheOfficer(officer, men string, toks []token, n nounPhrase) bool {
	if men != SideUnknown || n.head < 0 || !(officer == SideUnknown || forceSide(officer) && officer != SidePolice) {
		return false
	}
	w := toks[n.head].w
	return securityHeads[w] && !policeHeads[w] || w == "men"
}

// rankAndFile reports whether the group b follows a in a list of one
// force's men where one of the two is an officer named by rank with "a"
// or "an" ("a colonel and two soldiers", "a major, a captain and two
// sergeants"). A last item joined by a comma alone is no item of such a
// list ("killing seven soldiers, a military officer said").
func rankAndFile(a, b nounPhrase, toks []token, last bool) bool {
	if last && (b.first == 0 || toks[b.first-1].w != "and") {
		return false
	}
	if officersOwn(a, b, toks) {
		// "an army general and 33 of his men": the officer's own men,
		// not "a commander and two of his aides", who are told apart.
		w := toks[b.head].w
		return w == "men" || securityHeads[w] || rebelHeads[w] || militantHeads[w]
	}
	if a.breakdown || b.breakdown || a.kin || b.kin || a.head < 0 || b.head < 0 || a.partOf >= 0 || b.partOf >= 0 {
		return false
	}
	if a.count.vague || b.count.vague {
		return false
	}
	return a.count.article && rankWords[toks[a.head].w] || b.count.article && rankWords[toks[b.head].w] && !a.count.article
}

// exceedVerbs are the verbs read as a count's qualifier more_than ("losses
// exceeded 1,000 dead", "the toll topped 100").
var exceedVerbs = map[string]bool{"exceeded": true, "exceeding": true, "exceeds": true, "surpassed": true, "topped": true,
	"surpasses": true, "tops": true}

// hurtAdverbs tell how badly one was hurt: "was seriously wounded".
var hurtAdverbs = wordSet("seriously critically badly gravely severely slightly lightly mortally fatally")

// causedVerbs come before "the death of": "led to", "resulted in",
// "caused".
var causedVerbs = wordSet("to in caused causing causes")

// forceSide reports whether a side is a state's armed force or police.
func forceSide(side string) bool {
	return side == SidePolice || side == SideGovernment || strings.HasSuffix(side, " military") || side == "Syrian government forces"
}

// lossKinds may stand between "its" and "losses": "its military losses".
var lossKinds = wordSet("military combat troop")

// forceSpeaker returns the nation whose defence ministry or army is the
// subject before a toll at toks[verb] and owns it with "its" ("Armenia's
// defence ministry raised its toll to 105"), or "".
func forceSpeaker(toks []token, verb int) string {
	if toks[verb].w == "losses" && verb > 2 && lossKinds[toks[verb-1].w] && (toks[verb-2].w == "own" || toks[verb-2].w == "its") {
		// "Armenia put its own military losses at about 3,800", "its
		// military losses".
		verb--
	}
	if (toks[verb].w == "losses" || lossKinds[toks[verb].w]) && verb > 1 && toks[verb-1].w == "own" && toks[verb-2].w == "its" {
		// "Baku put its own losses at 80".
		verb--
	}
	if verb < 1 || toks[verb-1].w != "its" {
		return ""
	}
	if toks[verb].w == "losses" || toks[verb].w == "own" || lossKinds[toks[verb].w] {
		// "Armenia puts its losses at 71": a nation counting its own;
		// "Baku put its own losses at 80": its capital speaking for it.
		for m := verb - 2; m >= 0 && m >= verb-4; m-- {
			w := strings.TrimSuffix(strings.TrimSuffix(toks[m].w, "'s"), "’s")
			if n := nationAdjectives[w]; n != "" {
				return n
			}
			if n := capitalNations[w]; n != "" && toks[m].cap {
				return n
			}
		}
	}
	for m := verb - 2; m >= 1 && m >= verb-8; m-- {
		w := toks[m].w
		if !toks[m].word {
			return ""
		}
		if w != "ministry" && w != "army" && w != "military" {
			continue
		}
		k := m - 1
		if w == "ministry" {
			if toks[k].w != "defence" && toks[k].w != "defense" || k < 1 {
				return ""
			}
			k--
		}
		b := strings.TrimSuffix(strings.TrimSuffix(toks[k].w, "'s"), "’s")
		return nationAdjectives[b]
	}
	return ""
}

// ageNumber reports whether the number at toks[i] is an age: "aged 14",
// "under the age of 10", "between the ages of 15 and 18".
func ageNumber(toks []token, i int) bool {
	if !numberish(toks[i]) || i == 0 {
		return false
	}
	if toks[i-1].w == "aged" || i >= 2 && toks[i-1].w == "between" && toks[i-2].w == "aged" {
		return true
	}
	if i >= 3 && (toks[i-1].w == "and" || toks[i-1].w == "to") && numberish(toks[i-2]) &&
		(toks[i-3].w == "aged" || i >= 4 && toks[i-3].w == "between" && toks[i-4].w == "aged") {
		return true // "two boys, aged 11 and 14", "aged between five and seven"
	}
	if i >= 3 && toks[i-1].w == "them" && toks[i-2].w == "of" && (toks[i-3].w == "youngest" || toks[i-3].w == "oldest") {
		return true // "Three Kanaks, the youngest of them 17"
	}
	return i >= 2 && toks[i-1].w == "of" && (toks[i-2].w == "age" || toks[i-2].w == "ages")
}

// aircraftFighter reports whether the victims' head at toks[h] is a
// fighter aircraft: "fighter" after a make of aircraft ("MiG-21",
// "F-16", "Su-25", "Mirage") or a kind of one ("stealth", "jet": "one
// F-117 stealth fighter"), or before "jet", "plane" or "aircraft".
func aircraftFighter(toks []token, h int) bool {
	if toks[h].w != "fighter" && toks[h].w != "fighters" {
		return false
	}
	if h+1 < len(toks) && aircraftNouns[toks[h+1].w] {
		return true
	}
	return h > 0 && (aircraftMakes[toks[h-1].w] || aircraftModel(toks[h-1].w) || toks[h-1].w == "stealth" || toks[h-1].w == "jet")
}

// aircraftNouns follow "fighter" when it names an aircraft.
var aircraftNouns = wordSet("jet jets plane planes aircraft bomber bombers")

// aircraftMakes are fighter aircraft named without a number.
var aircraftMakes = wordSet("mirage rafale tornado typhoon eurofighter harrier phantom tomcat hornet " +
	"gripen sukhoi mig sabre")

// aircraftModel reports whether w is a model written as letters, a
// hyphen and a number: "mig-21", "f-16", "su-25", "j-10".
func aircraftModel(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) == 0 || len(a) > 3 || len(b) == 0 || b[0] < '0' || b[0] > '9' {
		return false
	}
	for _, r := range a {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// tollOwner returns the side a toll at toks[verb] names before it: "the
// Armenian military death toll" is Armenia's military's, "the Palestinian
// death toll" the Palestinians', "the civilian death toll" civilians'; a
// nation's toll of no force or people ("the Armenian death toll") is
// left to the article.
func tollOwner(toks []token, verb int, host string) string {
	k := verb
	if toks[k].w == "toll" && k > 0 && toks[k-1].w == "death" {
		k--
	}
	if toks[k].w != "death" && toks[k].w != "toll" {
		return ""
	}
	if side := tollOfForce(toks, verb, host); side != "" {
		return side
	}
	force, civilian, owned := false, false, false
	for k--; k >= 0 && verb-k <= 4; k-- {
		switch w := toks[k].w; {
		case w == "military" || w == "army" || w == "troop" || w == "battlefield":
			force = true
		case w == "army's" || w == "military's":
			// "The Indian army's toll rose to 407", "the army's death
			// toll": the force's own dead.
			force, owned = true, true
		case w == "civilian":
			civilian = true
		case nationAdjectives[w] != "" && toks[k].cap:
			n := nationAdjectives[w]
			switch {
			case force:
				return nationMilitary(n)
			case civilian:
				return SideCivilians
			}
			return nationSide(n)
		default:
			if civilian {
				return SideCivilians
			}
			if owned {
				return forceOf(host)
			}
			return ""
		}
	}
	return ""
}

// forceLosses returns the side of the force whose "losses" toks[verb]
// is, named right before it: "government losses" (the government's
// forces), "Israel's losses", "Indian army losses"; else "". (A bare
// figure of "<nation> losses" told farther off is lossesOwner's.)
func forceLosses(toks []token, verb int, host string) string {
	if toks[verb].w != "losses" {
		return ""
	}
	nation, force := "", ""
	for k := verb - 1; k >= 0 && verb-k <= 3; k-- {
		w := toks[k].w
		switch {
		case w == "government" || w == "army" || w == "military" || w == "troop" || w == "army's":
			if force == "" {
				force = w
			}
			continue
		case toks[k].cap && nationAdjectives[w] != "":
			nation = nationAdjectives[w]
		case toks[k].cap && strings.HasSuffix(w, "'s") && nationAdjectives[strings.TrimSuffix(w, "'s")] != "":
			nation = nationAdjectives[strings.TrimSuffix(w, "'s")]
		}
		break
	}
	switch {
	case nation != "":
		return nationMilitary(nation)
	case force == "government":
		return sideOf([]string{"government"}, host)
	case force != "":
		return forceOf(host)
	}
	return ""
}

// forceOf is the side of an army named with no nation: the host's
// military, or unknown.
func forceOf(host string) string {
	if host == "" {
		return SideUnknown
	}
	return nationMilitary(host)
}

// tollOfForce returns the side of the troops a toll at toks[verb] is
// told of after it ("the death toll of Indian troops", "the toll among
// soldiers"), or "".
func tollOfForce(toks []token, verb int, host string) string {
	k := verb + 1
	if k < len(toks) && toks[verb].w == "death" && toks[k].w == "toll" {
		k++
	}
	if k >= len(toks) || toks[k].w != "of" && toks[k].w != "among" {
		return ""
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch w := toks[j].w; {
		case w == "troops" || w == "soldiers" || w == "servicemen" || w == "forces":
			if side := sideOf(groupWords(toks, k+1, j, nil), host); side != SideCivilians {
				return side
			}
			return ""
		case !toks[j].word || w == "the" || toks[j].cap && nationAdjectives[w] != "" || w == "government" || w == "security":
		default:
			return ""
		}
	}
	return ""
}

// nationSide is the side of a nation's people that are a side of their
// own (Israelis, Palestinians), or "".
func nationSide(n string) string {
	switch n {
	case "Palestinian":
		return "Palestinians"
	case "Israeli":
		return "Israelis"
	}
	return ""
}

// woundNouns are what the wounded die of: "succumbed to their injuries".
var woundNouns = wordSet("injuries injury wounds wound burns")

// freeVerbs free people counted after them: "rescued 30 of the 120
// students kidnapped".
var freeVerbs = wordSet("rescued rescue rescues rescuing freed free frees freeing released release releases releasing")

// groupHasCount reports whether the group toks[first..last] holds a count.
func groupHasCount(toks []token, first, last int) bool {
	for m := max(first, 0); m <= last && m < len(toks); m++ {
		if numberish(toks[m]) {
			return true
		}
	}
	return false
}

// runningCountOpeners open the clause of a running count a figure raises:
// "…, bringing to 349 the number killed since …".
var runningCountOpeners = [...]string{", bringing ", ", raising ", ", taking ", ", pushing "}

// runningCountAfter reports whether a running count ("…, bringing to 349
// the number killed since …") follows a figure ending at lower[:end], and
// only the words from it on span a period: the figure before it is one
// incident's.
func runningCountAfter(lower string, end int) bool {
	if end < 0 || end > len(lower) {
		return false
	}
	for _, v := range runningCountOpeners {
		if k := strings.Index(lower[end:], v); k >= 0 {
			return !spansPeriod(lower[:end+k])
		}
	}
	return false
}

// nationLossesBefore returns the nation of "<nation> casualties" or
// "<nation> losses" told before toks[first] in its sentence, with no other
// nation named between, or "".
func nationLossesBefore(toks []token, first int) string {
	nat := ""
	for j := 1; j < first && j < len(toks); j++ {
		if w := toks[j].w; (w == "casualties" || w == "losses") && toks[j-1].cap {
			if n := nationAdjectives[toks[j-1].w]; n != "" {
				nat = n
				continue
			}
		}
		if nat != "" && toks[j].cap && nationAdjectives[toks[j].w] != "" && nationAdjectives[toks[j].w] != nat {
			return "" // "… and Japanese losses": another side's between
		}
	}
	return nat
}

// killerAux are the words that may stand between a verb of killing or
// losing and its subject: "it had killed", "its forces have also killed",
// "the Taliban had lost".
var killerAux = wordSet("had has have also reportedly allegedly then later")

// killingForces are the nouns of a force that kills: "its forces killed",
// "Turkish jets killed".
var killingForces = wordSet("forces troops army military soldiers jets aircraft warplanes drones " +
	"artillery units navy marines paratroopers commandos police")

// killerNation returns the nation whose force is the subject of the verb
// of killing at toks[verb]: the nation itself or its capital ("Turkey
// killed"), its forces ("Turkish troops killed", "its forces had killed"
// after the nation's report) or "it" or "we" standing for a speaker of that
// nation ("Turkey said it had killed 34 soldiers", "the army said it
// killed", the army of host); else "". Soldiers of no named nation that a
// nation's force kills are its enemy's, not its own.
func killerNation(toks []token, verb int, host string) string {
	if toks[verb].w == "killing" && verb >= 2 && toks[verb-1].w == "," {
		// "Russia's defence ministry said on Monday it had struck a
		// meeting of Ukrainian commanders in Sumy, killing more than 60
		// servicemen": the subject of the clause the participle follows.
		return participleKiller(toks, verb, host)
	}
	m := verb - 1
	for m >= 0 && killerAux[toks[m].w] {
		m--
	}
	if m < 0 || !toks[m].word {
		return ""
	}
	switch w := toks[m].w; {
	case w == "it" || w == "we":
		return speakerNationBefore(toks, m, host)
	case killingForces[w]:
		if m == 0 {
			return ""
		}
		switch p := toks[m-1].w; {
		case p == "its" || p == "our":
			return speakerNationBefore(toks, m-1, host)
		case p == "the" && (w == "army" || w == "military"):
			if m-1 == 0 {
				return host
			}
			return speakerNationBefore(toks, m-1, host)
		}
		if subjectStarts(toks, m-2) {
			return nationNamed(toks, m-1)
		}
	case toks[m].cap && subjectStarts(toks, m-1):
		return nationNamed(toks, m)
	}
	return ""
}

// attackedUnitNation returns the nation of the unit, post or craft that
// the clause before the participle at toks[verb] attacks ("a roadside bomb
// struck a U.S. patrol near Baquba, killing three soldiers", "militants
// ambushed a British army convoy in Basra, killing", "opened fire on a
// Turkish military post, killing"), or "".
func attackedUnitNation(toks []token, verb int) string {
	if verb < 2 || toks[verb-1].w != "," || !participleHarm[toks[verb].w] {
		return ""
	}
	for k := verb - 2; k >= 0 && k >= verb-20; k-- {
		w := toks[k].w
		if w == ";" || w == ":" || toks[k].isQuote() || toks[k].cls&clsReport != 0 {
			return ""
		}
		if !attackVerbsOnUnits[w] {
			continue
		}
		j := k + 1
		if j < verb && toks[j].w == "on" { // "opened fire on"
			j++
		}
		if j >= verb || toks[j].w != "a" && toks[j].w != "an" && toks[j].w != "the" && toks[j].w != "two" {
			return ""
		}
		j++
		if j+1 >= verb || !toks[j].cap {
			return ""
		}
		n, f := nationAt("", toks[j].w), j+1
		if toks[j+1].cap {
			if n2 := nationAt(toks[j].w, toks[j+1].w); n2 != "" {
				n, f = n2, j+2
			}
		}
		if n == "" {
			return ""
		}
		for e := f; e < verb && e <= f+2; e++ {
			if attackedUnits[toks[e].w] {
				return n
			}
			if !unitModifiers[toks[e].w] {
				return ""
			}
		}
		return ""
	}
	return ""
}

// participleHarm are the participles of harm that follow an attack's
// clause; attackVerbsOnUnits the verbs of attacking a unit; attackedUnits
// the units, posts and craft a nation's men are attacked in, and
// unitModifiers the words between the nation and the unit ("army",
// "armoured", "military").
var (
	participleHarm     = wordSet("killing wounding injuring")
	attackVerbsOnUnits = wordSet("struck hit ambushed attacked rammed targeted bombed raided overran stormed shelled fire fired")
	attackedUnits      = wordSet("patrol patrols convoy convoys post posts outpost outposts checkpoint checkpoints base bases " +
		"vehicle vehicles tank tanks position positions column unit regiment battalion company platoon helicopter ship warship " +
		"humvee truck trucks camp barracks")
	unitModifiers = wordSet("military army armoured armored police border marine navy naval troop supply logistics security " +
		"peacekeeping foot mechanised mechanized")
)

// participleKiller returns the speaker's nation when the clause that the
// participle at toks[verb] follows has the speaker's own force for
// subject, right after the report ("said it had struck …, killing",
// "said its jets struck …, killing"), or "".
func participleKiller(toks []token, verb int, host string) string {
	r := -1
	for k := verb - 2; k >= 1 && k >= verb-24; k-- {
		if toks[k].w == ";" || toks[k].w == ":" || toks[k].isQuote() {
			return ""
		}
		if toks[k].cls&clsReport != 0 {
			r = k
			break
		}
	}
	if r < 0 {
		// "Chinese troops overran a South Korean regiment near Unsan,
		// killing at least 600 soldiers": the nation of the clause's
		// subject.
		return forceSubjectNation(toks, 0, verb)
	}
	for j := r + 1; j < verb-1 && j <= r+4; j++ {
		switch w := toks[j].w; {
		case w == "it" || w == "we":
			return speakerNationBefore(toks, j, host)
		case (w == "its" || w == "our") && killingForces[toks[j+1].w]:
			return speakerNationBefore(toks, j, host)
		case !toks[j].word || toks[j].cap && !isWeekday(toks[j].w):
			return forceSubjectNation(toks, j, verb)
		}
	}
	return ""
}

// forceSubjectNation returns the nation of a force that opens a clause at
// toks[k] ("Chinese troops", "the Russian army", "Russian forces"),
// followed by its verb before toks[verb], or "".
func forceSubjectNation(toks []token, k, verb int) string {
	if k < len(toks) && toks[k].w == "the" {
		k++
	}
	if k+2 >= verb || !toks[k].cap {
		return ""
	}
	n, f := nationAt("", toks[k].w), k+1
	if k+1 < len(toks) && toks[k+1].cap {
		n, f = nationAt(toks[k].w, toks[k+1].w), k+2 // "South Korean troops"
	}
	if n == "" || statelessNations[n] || f >= verb || !killingForces[toks[f].w] {
		return ""
	}
	if v := toks[f+1]; !v.word || v.cap || v.num || ppStarts[v.w] || v.w == "and" || v.w == "of" {
		return "" // a verb follows, not "Chinese troops in Korea" or "and"
	}
	return n
}

// admitterNation returns the nation named right before the verb with
// which it admits or tells a figure at toks[first] ("Baku acknowledged
// 50 of its own troops dead", "Azerbaijan said 2,908 of its servicemen"),
// or "".
func admitterNation(toks []token, first int) string {
	v := first - 1
	if v < 1 || toks[v].cls&clsReport == 0 && toks[v].w != "admitted" && toks[v].w != "acknowledged" && toks[v].w != "admits" && toks[v].w != "acknowledges" {
		return ""
	}
	if !toks[v-1].cap || !subjectStarts(toks, v-2) && toks[v-2].w != "while" && toks[v-2].w != "but" {
		return ""
	}
	return nationNamed(toks, v-1)
}

// subjectStarts reports whether a clause's subject may start right after
// toks[k]: at the sentence's start, after punctuation, "that" or a report
// ("Moscow said Russian troops killed"), not after a preposition ("an
// attack on an army base near Lake Chad kills 40 soldiers").
func subjectStarts(toks []token, k int) bool {
	return k < 0 || !toks[k].word || toks[k].w == "that" || toks[k].cls&clsReport != 0
}

// nationNamed returns the nation the word at toks[m] names, by its name,
// adjective or capital ("Turkey", "Turkish", "Ankara"), or "".
func nationNamed(toks []token, m int) string {
	prev := ""
	if m > 0 {
		prev = toks[m-1].w
	}
	if n := nationAt(prev, toks[m].w); n != "" {
		return n
	}
	if toks[m].cap {
		return capitalNations[strings.TrimSuffix(strings.TrimSuffix(toks[m].w, "'s"), "’s")]
	}
	return ""
}

// speakerNationBefore returns the nation of the speaker the words before
// toks[m] report (a pronoun after a report: "Turkey said it", "the army
// said on Monday that its"): the nation, its capital, or its army,
// military, government or ministry named with the nation, or host for its
// army, military or government named with none; else "".
func speakerNationBefore(toks []token, m int, host string) string {
	k := m - 1
	for k >= 0 && k >= m-5 && toks[k].word && toks[k].cls&clsReport == 0 {
		k-- // "said on Monday that it"
	}
	if k < 1 || toks[k].cls&clsReport == 0 {
		return ""
	}
	k--
	for k >= 0 && (toks[k].w == "has" || toks[k].w == "had" || toks[k].w == "also") {
		k--
	}
	if k < 0 || !toks[k].word {
		return ""
	}
	if n := nationNamed(toks, k); n != "" {
		return n
	}
	if !speakerRoles[toks[k].w] {
		return ""
	}
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].word; j-- {
		if n := nationNamed(toks, j); n != "" {
			return n
		}
	}
	if w := toks[k].w; w == "army" || w == "military" || w == "government" {
		return host
	}
	return ""
}

// bothSidesAt reports whether toks[m:] opens with "from both sides", "on
// all sides" or "of both parties": a group of no one side.
func bothSidesAt(toks []token, m int) bool {
	return m+2 < len(toks) && (toks[m].w == "from" || toks[m].w == "on" || toks[m].w == "of") &&
		(toks[m+1].w == "both" || toks[m+1].w == "all") && (toks[m+2].w == "sides" || toks[m+2].w == "parties")
}

// losingGroup returns the armed group named as the subject right before
// the "lost" at toks[verb] ("The Taliban lost", "Wagner has lost", "the
// Viet Cong had lost"), or "".
func losingGroup(toks []token, verb int) string {
	m := verb - 1
	for m >= 0 && killerAux[toks[m].w] {
		m--
	}
	if m < 0 || !toks[m].cap {
		return ""
	}
	g, first := namedGroups[toks[m].w], m
	if m >= 1 && toks[m-1].cap {
		if two := namedGroups[toks[m-1].w+" "+toks[m].w]; two != "" {
			g, first = two, m-1
		}
	}
	if first >= 1 && toks[first-1].w == "the" {
		first-- // "the Taliban", not "fighting the Taliban"
	}
	if g == "" || !subjectStarts(toks, first-1) {
		return ""
	}
	return g
}

// aideHeads serve someone named after "to": "an aide to the governor",
// "two advisers to the president".
var aideHeads = wordSet("aide aides adviser advisers advisor advisors assistant assistants")

// possessedVictim reads one victim named by a possessive right after an
// active verb of killing or hurting at toks[i-1]: "injured her husband",
// "killed his brother". It returns the hit and its last token.
func possessedVictim(toks []token, s string, i int, host string) (casualtyHit, int, bool) {
	outcome := activeVerbs[toks[i-1].w]
	if outcome != OutcomeKilled && outcome != OutcomeWounded || loseVerbs[toks[i-1].w] {
		return casualtyHit{}, 0, false
	}
	n, ok := kinNP(toks, i)
	if !ok || toks[i].w != "his" && toks[i].w != "her" && !kinHeads[toks[n.head].w] && !kinOfOne[toks[n.head].w] {
		// (After "their", "our" or "my", only kin: "injured their
		// grandson", not "killing our youth".)
		return casualtyHit{}, 0, false
	}
	if k := n.last + 1; k < len(toks) && (toks[k].w == "'s" || toks[k].w == "’s" || toks[k].victimHead() || toks[k].w == "of") {
		return casualtyHit{}, 0, false // "killed his brother's son", "his son of ten": not read
	}
	v := 1
	return casualtyHit{start: toks[i-1].s, end: toks[n.last].e, outcome: outcome, value: &v, qual: QualExact,
		victims: s[toks[i].s:toks[n.last].e], side: sideOf(groupWords(toks, i, n.last, nil), host), scope: ScopeIncident}, n.last, true
}

// possessedSubject reads one of a victim's kin named by a possessive at
// toks[i] as the subject of a passive verb of harm: "his wife was
// wounded", "and her husband killed". It returns the hit and its verb.
func possessedSubject(toks []token, s string, i int, host string) (casualtyHit, int, bool) {
	n, ok := kinNP(toks, i)
	if !ok || !kinHeads[toks[n.head].w] && !kinOfOne[toks[n.head].w] {
		return casualtyHit{}, 0, false
	}
	if i > 0 {
		// After "and" or a comma, only as a clause of its own after a
		// clause of harm: "A man was killed and his wife was wounded"
		// (not "Sheikh Ibrahim Zakzaky, and his wife were wounded", "he
		// and his wife").
		harm := false
		for m := i - 2; m >= 0 && m >= i-8; m-- {
			if o := passiveVerbs[toks[m].w]; o == OutcomeKilled || o == OutcomeWounded {
				harm = true
				break
			}
		}
		if !harm {
			return casualtyHit{}, 0, false
		}
	}
	k := n.last + 1
	for k < len(toks) && k <= n.last+4 && (toks[k].w == "was" || toks[k].w == "were" || toks[k].w == "also" || toks[k].w == "later" || toks[k].w == "had" || toks[k].w == "been" ||
		k > n.last+1 && hurtAdverbs[toks[k].w]) {
		// ("her husband was seriously wounded".)
		k++
	}
	if k >= len(toks) {
		return casualtyHit{}, 0, false
	}
	outcome := passiveVerbs[toks[k].w]
	if k > n.last+1 && toks[k].w == "shot" && k+1 < len(toks) && toks[k+1].w == "dead" {
		// "Her husband was shot dead".
		outcome, k = OutcomeKilled, k+1
	} else if k == n.last+1 && toks[k].w == "died" {
		// "Her husband died in the attack".
		outcome = OutcomeKilled
	} else if outcome != OutcomeKilled && outcome != OutcomeWounded || k == n.last+1 && toks[k].w != "wounded" && toks[k].w != "injured" && toks[k].w != "killed" {
		return casualtyHit{}, 0, false
	}
	if k+1 < len(toks) && (numberish(toks[k+1]) || toks[k+1].w == "the" || toks[k+1].w == "a" || toks[k+1].w == "him" || toks[k+1].w == "her") {
		return casualtyHit{}, 0, false // "his son killed the man": active
	}
	v := 1
	return casualtyHit{start: toks[i].s, end: toks[k].e, outcome: outcome, value: &v, qual: QualExact,
		victims: s[toks[i].s:toks[n.last].e], side: sideOf(groupWords(toks, i, n.last, nil), host), scope: ScopeIncident}, k, true
}

// kinOfOne name one of a victim's wider kin or circle, beside kinHeads:
// "her grandson was wounded", "my neighbour was killed".
var kinOfOne = wordSet("grandson granddaughter grandchild nephew niece cousin uncle aunt grandmother grandfather " +
	"neighbour neighbor friend colleague fiance fiancee stepson stepdaughter")

// activeListBefore walks back over the active verb's list out ends in
// (each item starts at the verb; items joined by "and" or commas). When a
// part of the list follows "including" or "among them", it returns the
// side of the figure the parts break down, and broken; else whether the
// list's groups differ in side ("killed two soldiers and a policeman").
func activeListBefore(s string, out []casualtyHit) (whole string, broken, mixed bool) {
	for j := len(out) - 1; j >= 1 && out[j].start == out[j-1].start && out[j].start < out[j-1].end; j-- {
		vs := out[j].end - len(out[j].victims)
		if vs < out[j-1].end || vs > len(s) {
			break
		}
		gap := s[out[j-1].end:vs]
		if containsFold(gap, "among them") || containsFold(gap, "among whom") || containsFold(gap, "including") {
			return out[j-1].side, true, false
		}
		if g := strings.TrimSpace(gap); g != "and" && g != "," && g != ", and" {
			return "", false, false
		}
		mixed = mixed || out[j].side != out[j-1].side
	}
	return "", false, mixed
}

// speakerNotVictim drops one victim read at the end of a list who is the
// list's speaker: "Among the dead were nine policemen and a cameraman, a
// senior police official said" (the official said it).
func speakerNotVictim(toks []token, s string, out []casualtyHit) []casualtyHit {
	k := 0
	for _, h := range out {
		if !listSpeaker(toks, s, h) {
			out[k] = h
			k++
		}
	}
	return out[:k]
}

// listSpeaker reports whether h is one person named after a comma ("…, a
// senior police official") right before a reporting verb, or before the
// place of the post and one ("…, a doctor at the hospital said").
func listSpeaker(toks []token, s string, h casualtyHit) bool {
	if h.value == nil || *h.value != 1 || h.end > len(s) || len(h.victims) > h.end || !strings.HasSuffix(s[:h.end], h.victims) {
		return false
	}
	if !hasLowerPrefix(h.victims, "a ") && !hasLowerPrefix(h.victims, "an ") && !hasLowerPrefix(h.victims, "one of ") {
		return false
	}
	from := h.end - len(h.victims)
	for i, t := range toks {
		if t.s == from {
			// (After a closing quotation mark too: '…, two children," one
			// of the workers said'.)
			c := i - 1
			if c > 0 && toks[c].isQuote() {
				c--
			}
			return c >= 0 && toks[c].w == "," && (listSpeakerVerb(toks, h.end) || speakerAtOffset(toks, h.end))
		}
	}
	return false
}

// speakerAtOffset reports whether the words from byte pos on tell a
// speaker's post and then a verb of saying (see speakerAt): "…, a doctor
// at Nicosia General Hospital said".
func speakerAtOffset(toks []token, pos int) bool {
	for i, t := range toks {
		if t.s >= pos {
			return speakerAt(toks, i)
		}
	}
	return false
}

// listSpeakerVerb reports whether the token starting at or after pos is a
// reporting verb, or "and" another speaker's few words and one: "…, a
// local official and independent media said".
func listSpeakerVerb(toks []token, pos int) bool {
	for i, t := range toks {
		if t.s < pos {
			continue
		}
		if t.w == "and" {
			for j := i + 1; j < len(toks) && j <= i+4 && toks[j].word; j++ {
				if toks[j].reportVerb() {
					return toks[j].w != "reported"
				}
			}
			return false
		}
		return t.reportVerb() && t.w != "reported"
	}
	return false
}

// amongOwnTroops returns the side of the speaker's nation when a bare
// count is told "among its troops" from about toks[k] ("Armenia reported
// 49 dead among its troops", "12 wounded among their ranks"), or "".
func amongOwnTroops(toks []token, k int, host string) string {
	for m := k; m < len(toks) && m <= k+2; m++ {
		if toks[m].w != "among" {
			continue
		}
		if m+2 < len(toks) && (toks[m+1].w == "its" || toks[m+1].w == "their") && (soldierNouns[toks[m+2].w] || toks[m+2].w == "ranks" || toks[m+2].w == "forces") {
			if n := speakerNationBefore(toks, m+1, host); n != "" {
				return nationMilitary(n)
			}
		}
		return ""
	}
	return ""
}
