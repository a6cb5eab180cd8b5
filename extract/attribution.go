package extract

import (
	"slices"
	"strings"
)

// attrHit is an attribution found in a sentence: who the sentence says
// made the statement, and where the reporting verb is (a byte offset into
// the sentence). pronoun marks "he said", "it said", "the statement said":
// the caller resolves it to the last named source.
type attrHit struct {
	pos     int
	who     string
	pronoun bool
	// def marks a definite description of one word ("the committee",
	// "the Observatory"): the caller resolves it to an earlier source it
	// is short for ("a local resistance committee"), else keeps it.
	def bool
	// cited marks the source after "citing": the one the sentence's own
	// source relies on, which speaks only when the sentence names no
	// other.
	cited bool
}

var (
	reportVerbs = wordSet("said says say reported reports announced announces told stated " +
		"added claimed claims confirmed confirms noted wrote tweeted posted estimated estimate estimates " +
		"reiterated replied insisted warned alleged conceded concedes denounced denounces condemned condemns")
	subjectAux = wordSet("has had have also reportedly later earlier previously would long repeatedly " +
		"was were had separately further initially first already")
	// reportsNounVerbs follow "reports" the noun ("credible reports
	// indicate that").
	reportsNounVerbs = wordSet("indicate indicated suggest suggested show showed say said claim claimed")
	// nounPrepositions make the word after them a noun ("by reports that").
	nounPrepositions = wordSet("by of about on amid despite following after over")
	// Words that end a subject when reading back from the reporting verb.
	subjectStops = wordSet("that which who whom whose where while but because although " +
		"though if when after as since")
	// timeClauses open a clause that tells when something happened.
	timeClauses     = wordSet("when until")
	pronounSubjects = wordSet("he she it they we i")
	// Definite descriptions that point back to the last named source.
	backReferences = wordSet("statement report spokesman spokeswoman spokesperson official " +
		"ministry agency source sources communique monitor")
	nameConnectors = wordSet("for of and the al al- de bin ibn el dos da das do del della van von der den wal wa")
	// Nouns a source is named by when it follows an inverted reporting
	// verb without a capital ("…, said the interior ministry").
	sourceNouns = wordSet("ministry ministries spokesman spokeswoman spokesperson spokespeople " +
		"official officials source sources army military police government authorities authority " +
		"agency monitor observatory group committee commission council office statement report " +
		"witness witnesses resident residents medic medics doctor doctors hospital governor mayor " +
		"minister commander chief head leader media television radio network rebels militants " +
		"insurgents command forces service services prosecutor prosecutors coalition mission " +
		"organisation organization union director superintendent administrator coordinator")
	// Nouns of what another speaker denies: "a claim the group rejected".
	rejectedNouns = wordSet("claim claims figure figures account accusation accusations allegation allegations assertion report reports")
	// Nouns for a source's numbers: "according to U.N. figures" is the U.N.
	tallyNouns = wordSet("figures data tally count statistics estimates estimate numbers toll tolls")
	// Participles that end a source named after "according to": "a police
	// report seen by Reuters".
	phraseEnds = wordSet("in on at that during after adding saying who which seen obtained " +
		"published released issued quoted cited citing carried reviewed based compiled")
	// Prepositions that make a name the complement of the noun before it
	// (see complementName).
	namePrepositions = wordSet("of for in at on from with to")
	// States "reported" may describe rather than report ("250 reported
	// missing").
	reportedStates = wordSet("missing dead killed wounded injured kidnapped abducted captured " +
		"detained arrested hurt")
	// asideAdverbs may stand between an aside's closing comma and the
	// reporting verb: "A hospital official, who asked not to be named,
	// later said".
	asideAdverbs = wordSet("later also earlier then separately subsequently previously")
	// compassWords open an aside telling where a place lies: "in Kayna,
	// south of the town,".
	compassWords = wordSet("north south east west northeast northwest southeast southwest north-east north-west south-east south-west")
	// denialVerbs, before one of deniedObjects, make their subject a
	// source: "The army rejected the accusation".
	denialVerbs   = wordSet("denied denies rejected rejects dismissed dismisses refuted refutes disputed disputes")
	deniedObjects = wordSet("the this that these those any all it its their claims reports allegations accusations responsibility involvement")
	// admitVerbs tell what follows "that" as their subject's word.
	admitVerbs = wordSet("admitted admits acknowledged acknowledges")
	// Verbs that, coordinated with a reporting verb, share its subject:
	// "JNIM claimed responsibility and said …".
	coordVerbs = wordSet("claimed accused blamed denied admitted acknowledged confirmed dismissed rejected disputed refuted " +
		"announced vowed threatened urged condemned")
)

// admitEnds reports whether a verb of admitting before toks[j] ends its
// clause, with at most a time after it: "…, the Saigon command
// acknowledged today." (not "it rarely acknowledges individual
// operations", whose object is no report).
func admitEnds(toks []token, j int) bool {
	switch {
	case j+1 < len(toks) && toks[j].w == "on" && isWeekday(toks[j+1].w):
		j += 2
	case j+1 < len(toks) && toks[j].w == "last" && (toks[j+1].w == "week" || toks[j+1].w == "month" || toks[j+1].w == "night"):
		j += 2
	case j < len(toks) && (toks[j].w == "today" || toks[j].w == "yesterday" || toks[j].w == "tonight" || toks[j].w == "later"):
		j++
	}
	return j == len(toks) || toks[j].w == "." || toks[j].w == "," || toks[j].w == ";"
}

// findAttributions returns the attributions of a sentence in order.
func findAttributions(toks []token, s string, out []attrHit) []attrHit {
	out = out[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.w == "according" && i+1 < len(toks) && toks[i+1].w == "to":
			if who, pr := phraseAfter(toks, s, i+2); who != "" {
				if name, ok := nameAfterPhrase(toks, i+2); ok && !pr {
					// "according to the regional health director, Ruben
					// Tenorio".
					who = name
				}
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
			}
		case t.w == "citing":
			if who, pr := phraseAfter(toks, s, i+1); who != "" && !citedReason(who) {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, cited: true})
			}
		case t.w == "saying" && i > 1 && withSayer(toks, i) > 0:
			// "with Azerbaijan saying it had lost 84 soldiers": the
			// subject of the participle.
			// "with the army saying": a definite description of one word,
			// resolved as "the army said" is.
			w := withSayer(toks, i)
			def := toks[w].w == "the" && w+2 == i
			if toks[w].w == "the" {
				w++
			}
			out = append(out, attrHit{pos: t.s, who: s[toks[w].s:toks[i-1].e], def: def})
		case t.w == "saying" && i > 2 && statementNouns[toks[i-1].w] && statementVerbs[toks[i-3].w]:
			// "The ministry issued a statement saying 12 soldiers had
			// been killed": who issued it.
			if who, pr, ok := subjectBefore(toks, s, i-3); ok {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, i-3)})
			}
		case (t.w == "saying" || t.w == "adding") && i > 1 && toks[i-1].w == ",":
			// "The M23 denied the accusation, saying its fighters had
			// killed seven": the subject of the verb the participle
			// follows.
			if h, ok := participleHit(toks, s, i, out); ok {
				h.pos = t.s
				out = append(out, h)
			}
		case tollGivers[t.w] && tollObject(toks, i) && !negatedVerb(toks, i):
			// "X put the toll at 100", "X, which monitors the war, gave a
			// higher toll of nine".
			if h, ok := participleHit(toks, s, i, out); toks[i-1].w == "," && strings.HasSuffix(t.w, "ing") && ok {
				// "…, the defence ministry said, putting the attackers'
				// losses at six": the subject of the verb the participle
				// follows.
				h.pos = t.s
				out = append(out, h)
			} else if who, pr, ok := subjectBefore(toks, s, i); ok {
				if who = tollSource(who); who != "" || pr {
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, i)})
				}
			} else if toks[i-1].w == "," {
				if who, pr, ok := appositiveSubject(toks, s, i-1); ok {
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
				}
			}
		case denialVerbs[t.w] && i > 0 && i+1 < len(toks) && deniedObjects[toks[i+1].w] && !beVerbs[toks[i-1].w] && !figureAfter(toks, i):
			// "The army rejected the accusation", "Hezbollah denied any
			// involvement": who denies speaks, not the one it answers
			// (not "… since April 1987 denied", a time).
			if who, pr, ok := subjectBefore(toks, s, i); ok && !startsWithMonth(who) {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, i)})
			}
		case admitVerbs[t.w] && i > 0 && i+1 < len(toks) && (toks[i+1].w == "that" || toks[i+1].w == "losing" || toks[i+1].w == "having" || numberish(toks[i+1]) && strings.HasSuffix(t.w, "ed") ||
			i+3 < len(toks) && toks[i+1].w == "on" && toks[i+3].w == "that" || // "acknowledged on Friday that"
			admitEnds(toks, i+1) && !beVerbs[toks[i-1].w] && toks[i-1].w != "been" || // "…, the U.S. command acknowledged (today)." (not "67 wounded had been admitted.")
			toks[i+1].w == "to" && i+2 < len(toks) && (toks[i+2].w == "losing" || toks[i+2].w == "having")):
			// (Or "acknowledged losing dozens of fighters", "Baku
			// acknowledged 50 of its own troops dead"; not a headline's
			// "Moscow admits 73 dead", whose source the story tells.)
			// "The coalition admitted that its air strike had killed 14
			// civilians": who admits it tells it (not "admitted to
			// hospital").
			if who, pr, ok := subjectBefore(toks, s, i); ok {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, i)})
			}
		case (t.w == "accused" || t.w == "accuses") && i > 0 && !beVerbs[toks[i-1].w] && toks[i-1].w != "being" && toks[i-1].w != "been" && toks[i-1].w != "be" && accusedOfAfter(toks, i+1):
			// "Congo's government accused Rwandan troops of shelling
			// Goma": the accuser tells the shelling (not "were accused
			// of", whose subject is charged).
			v := i
			if v > 2 && toks[v-1].w == "turn" && toks[v-2].w == "in" {
				v -= 2 // "Sudan in turn accuses Chad"
			}
			if who, pr, ok := subjectBefore(toks, s, v); ok {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, v)})
			}
		case t.w == "saying" && i > 2 && toks[i-1].w == "as" && quotedAs(toks, i-1) > 0:
			// "The Firat news agency quoted a rebel commander as saying
			// …": the one quoted tells it; "a spokesman was quoted as
			// saying": the subject.
			if q := quotedAs(toks, i-1); q+1 < i-1 {
				if who, pr, ok := cleanSource(toks[q+1 : i-1]); ok {
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
				}
			} else if who, pr, ok := subjectBefore(toks, s, q); ok && beVerbs[toks[q-1].w] {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, q)})
			}
		case findingVerb(toks, i):
			// "…, a UN investigation found", "A UN report found that 300
			// civilians were killed": the inquiry tells it.
			if who, pr, ok := subjectBefore(toks, s, i); ok {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, i)})
			}
		case tallyVerb(toks, i):
			// "the Mission has verified that 11,743 civilians …".
			if who, pr, ok := subjectBefore(toks, s, i); ok {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, i)})
			}
		case t.reportVerb():
			if t.orig == "Said" && i > 0 && toks[i-1].cap && (i+1 == len(toks) || !toks[i+1].cap) {
				// "near Port Said on Sunday", "Edward Said wrote": a
				// name, which only a headline's capitals would make a verb.
				continue
			}
			if t.w == "claimed" && i+2 < len(toks) && toks[i+2].w == "lives" || t.w == "claimed" && livesAfter(toks, i+1) {
				// "claimed the lives of", "claimed more than 2,000 lives":
				// no one reports.
				continue
			}
			if i+1 < len(toks) && toks[i+1].w == "by" && !(i+2 < len(toks) && byChannels[toks[i+2].w]) ||
				t.w == "estimated" && i > 0 && (toks[i-1].w == "an" || toks[i-1].w == "a") {
				// (Not "a hospital official said by telephone".)
				// "an attack claimed by an al-Qaeda-linked group",
				// "killed an estimated 60 people": no one reports.
				continue
			}
			// "250 reported missing", "were reported killed".
			if (t.w == "reported" || t.w == "confirmed") && i+1 < len(toks) && reportedStates[toks[i+1].w] && i > 0 &&
				(beVerbs[toks[i-1].w] || i > 2 && toks[i-2].w == "of" && toks[i-3].w == "number") {
				// (And "the number of people confirmed killed".)
				// "250 were reported missing", "11 people were confirmed
				// dead": no one reports.
				continue
			}
			if t.w == "reported" && i+1 < len(toks) && reportedStates[toks[i+1].w] {
				continue
			}
			if (t.w == "reported" || t.w == "announced" || t.w == "given") && i > 0 && toks[i-1].num {
				// "up from 25 reported on Wednesday": the figure as it was
				// reported, with no one reporting it.
				continue
			}
			if (t.w == "reports" || t.w == "report") && (i+1 < len(toks) && (toks[i+1].w == "of" || reportsNounVerbs[toks[i+1].w]) ||
				i > 0 && nounPrepositions[toks[i-1].w] || i > 1 && toks[i-1].w == "to" && toks[i-2].w == "according") {
				// ("according to reports reaching Stockholm": the noun.)
				// ("is gravely concerned by reports that soldiers …": the
				// noun after a preposition.)
				// "it had received reports of dozens more killed",
				// "credible reports indicate that": a noun, not a verb.
				continue
			}
			if i > 0 && documentNouns[toks[i-1].w] && strings.HasSuffix(t.w, "ed") {
				// "in a statement posted on Telegram": a participle
				// describing the statement, not a verb of its own.
				continue
			}
			if i > 0 && (determiners[toks[i-1].w] || toks[i-1].w == "of") {
				// "raising the confirmed death toll", "the number of
				// confirmed dead": a participle describing a noun.
				continue
			}
			if (t.w == "estimate" || t.w == "estimates") && i > 1 && estimateAdjectives[toks[i-1].w] {
				// "down from an earlier estimate of 54", "the ministry's
				// latest estimates": the noun.
				continue
			}
			if i > 0 && (beVerbs[toks[i-1].w] || toks[i-1].w == "been" || toks[i-1].w == "being") && t.w != "says" && t.w != "say" {
				// "since the result was announced on Sunday": a
				// passive names no one who reports.
				continue
			}
			if who, pr, ok := subjectBefore(toks, s, i); ok {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr, def: isDefinite(toks, i)})
				continue
			}
			// "X claimed responsibility and said …": the subject of the
			// verb it is coordinated with.
			if h, ok := coordinatedHit(toks, i, out); ok {
				h.pos = t.s
				out = append(out, h)
				continue
			}
			if i > 1 && toks[i-2].w == "," && asideAdverbs[toks[i-1].w] {
				// "A hospital official, who asked not to be named, later
				// said": the subject before the aside, past the adverb.
				if who, pr, ok := appositiveSubject(toks, s, i-2); ok {
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
					continue
				}
			}
			if i > 0 && (toks[i-1].w == "," || toks[i-1].isQuote()) {
				if who, pr, ok := appositiveSubject(toks, s, i-1); ok {
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
					continue
				}
				if who, pr := phraseAfter(toks, s, i+1); who != "" && !clauseAfter(toks, i+1) && (toks[i+1].cap ||
					(toks[i+1].w == "the" || toks[i+1].w == "a" || toks[i+1].w == "an") && namesSource(toks, i+2)) || pr {
					if name, ok := nameAfterPhrase(toks, i+1); ok && !pr {
						// "said Sehwan's medical superintendent, Dr Moeen
						// Uddin Siddiqui,": the name set beside it.
						who = name
					}
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
				}
			}
		}
	}
	// A source cited by another the sentence names is not the one
	// speaking: "the ministry said ..., citing commanders in the field".
	if len(out) > 1 {
		own := false
		for _, h := range out {
			own = own || !h.cited && h.who != ""
		}
		if own {
			k := 0
			for _, h := range out {
				if !h.cited {
					out[k] = h
					k++
				}
			}
			out = out[:k]
		}
	}
	return out
}

// accusedOfAfter reports whether an "of" follows the party accused within
// a few words from toks[k]: "accused Rwandan troops of".
func accusedOfAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].w == "of" {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// findingNouns are inquiries that tell what they found: "a UN
// investigation found", "the report concluded".
var findingNouns = wordSet("investigation investigations inquiry probe report study review analysis survey audit investigators")

// findingVerb reports whether toks[i] is the verb of an inquiry's finding,
// right after its noun and before what it found, or closing the sentence:
// "a UN investigation found.", "A UN report found that".
func findingVerb(toks []token, i int) bool {
	switch toks[i].w {
	case "found", "finds", "concluded", "concludes", "showed", "shows", "determined":
	default:
		return false
	}
	if i == 0 || !findingNouns[toks[i-1].w] {
		return false
	}
	return i+1 == len(toks) || toks[i+1].w == "that" || toks[i+1].w == "." || toks[i+1].w == "," || numberish(toks[i+1])
}

// clauseAfter reports whether the words at toks[i] are the subject of a
// reported clause ("…, said the rebels had also abducted 20 children"),
// not a source set after the verb: a verb that agrees with them follows
// within four words.
func clauseAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k].word; k++ {
		switch toks[k].w {
		case "had", "has", "have", "were", "would", "will":
			return true
		}
	}
	return false
}

// documentNouns are what a statement is made in; a participle after one
// describes it ("a statement posted on Telegram", "a video released").
var documentNouns = wordSet("statement statements message video post communique communiqué report bulletin update briefing letter")

// tallyBy returns the index of the "by" that names who gave the tally
// named at toks[k] ("figures compiled by", "a toll made public on Tuesday
// by"), or 0.
func tallyBy(toks []token, k int) int {
	if !tallyNouns[toks[k].w] && !statementNouns[toks[k].w] || k+2 >= len(toks) {
		return 0 // (and "a statement issued by the army")
	}
	j := k + 1
	switch {
	case tallyParticiples[toks[j].w]:
		j++
	case toks[j].w == "made" && toks[j+1].w == "public":
		j += 2
	default:
		return 0
	}
	if j < len(toks) && toks[j].w == "on" {
		j++
	}
	if j < len(toks) && bareDay(toks[j].w) {
		j++
	}
	if j+1 < len(toks) && toks[j].w == "by" {
		return j
	}
	return 0
}

// bareDay reports whether w names a day without a preposition before it:
// "released Friday", "made public yesterday".
func bareDay(w string) bool {
	return isWeekday(w) || w == "yesterday" || w == "today"
}

// tallyParticiples tell who keeps a tally: "figures compiled by",
// "data collected by", "a count kept by".
var tallyParticiples = wordSet("compiled collected gathered kept maintained released published issued provided")

// dayParts are the times "in the" names within a day or before it.
var dayParts = wordSet("day morning afternoon evening night week month")

// negatedVerb reports whether the verb at toks[i] is denied or refused:
// "It did not give its own losses", "the army declined to give a toll",
// "officials have yet to give a figure". Such a subject gives no figure.
func negatedVerb(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := toks[j].w; {
		case w == "not" || w == "never" || w == "n't" || w == "declined" || w == "refused" || w == "yet" || w == "unable" || w == "failed":
			return true
		case w == "to" || w == "has" || w == "have" || w == "had" || w == "did" || w == "does" || w == "do" || w == "would" || w == "could" || w == "be":
			continue
		default:
			return false
		}
	}
	return false
}

// determiners open a noun phrase, which a participle after them
// describes ("the confirmed toll", "its reported losses").
var determiners = wordSet("the a an its their his her our this these those")

var (
	// tollGivers are the verbs a source gives a toll with: "put the toll
	// at", "gave a toll of", "had given the toll as".
	tollGivers = wordSet("put puts putting placed places gave gives give given set sets raised raises " +
		"revised revises lowered lowers")
	// tollObjects are the objects that make them so.
	tollObjects = wordSet("toll tally number figure count losses")
)

// tollObject reports whether a toll noun follows the verb at toks[i]
// within three words ("put the death toll at", "gave a higher toll of"),
// or "the dead at" does ("put the dead at seven").
func tollObject(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	o := i + 1
	if o+1 < len(toks) && (toks[o].w == "down" || toks[o].w == "up") {
		// "revised down the death toll".
		o++
	}
	if o+2 < len(toks) && toks[o].w == "it" && toks[o+1].w == "at" && toks[o+2].num {
		// "with one local official putting it at 187": the number
		// told before.
		return true
	}
	for j := o; j < len(toks) && j <= o+4; j++ {
		if toks[j].w == "'" || toks[j].w == "’" {
			continue // "put the insurgents' losses at 25"
		}
		if !toks[j].word {
			return false
		}
		if tollObjects[toks[j].w] {
			return j == o || toks[o].w == "the" || toks[o].w == "a" || possessive[toks[o].w] ||
				j == o+1 && (toks[o].cap || rebelWords[toks[o].w]) && toks[j].w == "losses" // "put Ukrainian losses at", "put rebel losses at"
		}
		if toks[j].w == "dead" && (j == i+2 || j == i+3 && isModifier(toks[i+2])) && toks[i+1].w == "the" && j+1 < len(toks) && toks[j+1].w == "at" {
			return true // "The spokesman had earlier put the dead at seven", "put the Vietnamese dead at nearly 80"
		}
	}
	return false
}

// tollSource returns the source of a toll told as its subject: "An
// earlier toll from local volunteers" is the local volunteers, "A later
// U.N. statement" the U.N.; a subject that is a toll with no source ("The
// initial toll given on Monday morning") gives "". (A time that opens the
// subject, "On Saturday evening officials", cleanSource has dropped.)
func tollSource(who string) string {
	words := strings.Fields(who)
	for k, w := range words {
		if (w == "from" || w == "by") && k > 0 && k+1 < len(words) {
			rest := words[k+1:]
			if rest[0] == "the" && len(rest) > 1 {
				rest = rest[1:]
			}
			return strings.Join(rest, " ")
		}
	}
	if n := len(words); n > 1 && (words[n-1] == "statement" || words[n-1] == "report") {
		k := 0
		for k < n-1 && !hasUpper(words[k]) {
			k++
		}
		if k < n-1 {
			return strings.Join(words[k:n-1], " ")
		}
	}
	for _, w := range words {
		if tallyNouns[strings.ToLower(w)] || tollObjects[strings.ToLower(w)] {
			return ""
		}
	}
	return who
}

// participleHit returns the source of a sentence whose reporting goes on
// in a participle after a comma at toks[p-1] ("X denied the accusation,
// saying ..."): the attribution of the verb before it, or that verb's
// subject. The verb is a reporting or a claiming one.
func participleHit(toks []token, s string, p int, hits []attrHit) (attrHit, bool) {
	for k := p - 2; k >= 0 && p-k <= 16; k-- {
		t := toks[k]
		if t.w == "that" && k > 0 && (toks[k-1].reportVerb() || coordVerbs[toks[k-1].w]) {
			// "A spokesman denied that any civilians were killed,
			// saying": the clause the verb took.
			continue
		}
		if t.word && subjectStops[t.w] {
			return attrHit{}, false
		}
		if t.reportVerb() || coordVerbs[t.w] {
			for _, h := range hits {
				if h.pos == t.s {
					return h, true
				}
			}
			if who, pr, ok := subjectBefore(toks, s, k); ok {
				return attrHit{who: who, pronoun: pr, def: isDefinite(toks, k)}, true
			}
			return attrHit{}, false
		}
	}
	return attrHit{}, false
}

// ordinalWord reports whether w is a number written as an ordinal:
// "110th", "3rd" (as in "Ukraine's 110th Mechanised Brigade").
func ordinalWord(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// startsWithMonth reports whether s opens with the name of a month.
func startsWithMonth(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	_, ok := lowerLookup(monthNames, w)
	return ok
}

// figureAfter reports whether a number follows toks[i] in its sentence:
// "Hezbollah denied any involvement in the attack, which killed 12
// children" tells the figure in the outlet's words, not the group's.
func figureAfter(toks []token, i int) bool {
	for _, t := range toks[i+1:] {
		if t.num {
			return true
		}
	}
	return false
}

// subjectBefore reads the subject of the reporting verb at toks[v]
// backwards to the start of its clause. A dash between spaces (the one
// after a dateline) ends it; a verb inside it means the words are no
// subject ("it had received reports").
func subjectBefore(toks []token, s string, v int) (string, bool, bool) {
	who, pr, ok := subjectBeforeVerb(toks, s, v)
	if ok && (strings.HasPrefix(who, "No ") || strings.HasPrefix(who, "no ") || who == "Nobody" || who == "No one") {
		// "No group immediately claimed responsibility": no one told
		// it.
		return "", false, false
	}
	return who, pr, ok
}

// subjectBeforeVerb reads the subject as subjectBefore does, negated
// subjects ("No group") included.
func subjectBeforeVerb(toks []token, s string, v int) (string, bool, bool) {
	if claimedAttack(toks, v) {
		// "killed in an attack the PKK claimed": the attack it owned,
		// not a report of the figures.
		return "", false, false
	}
	k := v - 1
	for k >= 0 && subjectAux[toks[k].w] {
		k--
	}
	end := k
	if end >= 0 && (toks[end].w == "and" || toks[end].w == "but") {
		if j := reportedClauseBefore(toks, end); j > 0 {
			// "X denied that the school was used by militants and put
			// the death toll at 33": X, the subject of the verb the
			// reported clause follows.
			if who, pr, ok := subjectBefore(toks, s, j-1); ok || j < 3 || toks[j-2].w != "," {
				return who, pr, ok
			}
			// "X, director of the media office, denied that …".
			return appositiveSubject(toks, s, j-2)
		}
		// "Local sources put the toll at 138 and said …": the verb is
		// coordinated with another; the subject opens the clause.
		return clauseOpener(toks, end)
	}
	for k >= 0 {
		t := toks[k]
		if t.w == "'" && k > 0 && toks[k-1].e == t.s && strings.HasSuffix(toks[k-1].w, "s") {
			k-- // a plural possessive: "the rebels' health ministry"
			continue
		}
		if !t.word && t.w != "(" && t.w != ")" && t.w != "." && t.w != "&" &&
			!(t.w == "-" && k > 0 && toks[k-1].e == t.s) {
			break
		}
		if subjectStops[t.w] && t.orig != "WHO" { // the World Health Organization is no relative "who"
			if k < end && timeClauses[t.w] && !toks[k+1].cap && !(v+1 < len(toks) && (toks[v+1].w == "that" || toks[v+1].num)) {
				// "since Monday, when the top court confirmed the
				// result": a reporting verb in a clause telling when
				// is no attribution (but "when the ministry said that
				// 14 civilians had died" tells who said it).
				return "", false, false
			}
			if (t.w == "which" || t.w == "whom") && k > 0 && relativePrepositions[toks[k-1].w] {
				// "a crackdown in which U.N. investigators say troops
				// committed mass killings": they say what the clause
				// tells, not the figures around it.
				return "", false, false
			}
			if (t.w == "who" || t.w == "whom") && k < end && end-k <= 4 && (pronounSubjects[toks[k+1].w] || toks[k+1].w == "the" ||
				hasSourceNoun(toks[k+1:k+2])) {
				// "shot a man who they said had opened fire", "two
				// men who witnesses said were unarmed": they say what
				// the clause tells of the man, not the figure (but
				// "historians who have interviewed witnesses say" are
				// the speakers).
				return "", false, false
			}
			if (t.w == "who" || t.w == "which") && k < end && k > 0 && relativeHead(toks[k-1]) {
				// "a doctor who asked not to be named said": the
				// subject is the noun the clause tells of.
				end = k - 1
				k--
				continue
			}
			break
		}
		if (t.w == "and" || t.w == "but") && k < end && end-k <= 4 && hasSourceNoun(toks[k+1:end+1]) && !hasSourceNoun(toks[:k]) &&
			!nationPair(toks, k) {
			// "Three people died and officials said": the subject is
			// after the conjunction.
			break
		}
		if k < end && (t.reportVerb() || coordVerbs[t.w]) {
			// "… died and officials said": the subject follows the last
			// conjunction after the verb; without one the words are no
			// subject ("it had received reports").
			a := end
			for a > k && toks[a].w != "and" && toks[a].w != "but" && toks[a].w != "while" {
				a--
			}
			if a == k || a == end {
				return "", false, false
			}
			k = a
			break
		}
		k--
	}
	first := k + 1
	if first < end && pronounSubjects[toks[end].w] {
		// "up from 83 dead it had reported on Sunday": the pronoun is
		// the subject, the words before it what it reported.
		first = end
	}
	if first > end || first == end && (toks[first].w == "and" || toks[first].w == "but" || toks[first].w == "or") {
		// "…, at 82, and said": a conjunction is no subject.
		return "", false, false
	}
	for m := first + 1; m+1 <= end; m++ {
		if sourceParticiples[toks[m].w] && toks[m+1].w == "by" && m+2 <= end && toks[m-1].word && !toks[m-1].num {
			// "A statement issued by the Biafran Ministry of Information
			// said": who issued it; "… by the army and read on state
			// television": not where it was read.
			first = m + 2
			for j := first + 1; j+1 <= end; j++ {
				if (toks[j].w == "and" || toks[j].w == "or") && sourceParticiples[toks[j+1].w] {
					end = j - 1
					break
				}
			}
			break
		}
		if sourceParticiples[toks[m].w] && (objectPrepositions[toks[m+1].w] || bareDay(toks[m+1].w)) &&
			toks[m-1].word && !toks[m-1].num && toks[m-1].w != "and" && toks[m-1].w != "or" {
			// "A FARC communique broadcast on a rebel radio station
			// said", "A survivor hidden in a tree said", "a United
			// Nations report released Friday said", "A communique
			// issued in Oslo by … and printed in the … press said": the
			// source, not how or when it reached the reporter or where
			// it was.
			end = m - 1
			break
		}
	}
	if end-first >= 12 {
		return "", false, false
	}
	return cleanSource(toks[first : end+1])
}

// estimateAdjectives make "estimate" after them a noun: "an earlier
// estimate of 54".
var estimateAdjectives = wordSet("earlier initial previous first latest new preliminary official conservative rough revised")

// quotedAs returns the index of the "quoted" the "as" at toks[as] follows,
// past the words naming who was quoted ("quoted a military spokesman as
// saying"), or -1.
// claimedAttack reports whether "claimed" at toks[v] ends a relative
// clause of an attack: "in an attack the PKK claimed", "the bombing
// al-Shabaab claimed".
func claimedAttack(toks []token, v int) bool {
	if w := toks[v].w; w != "claimed" && w != "claims" && w != "claim" {
		return false
	}
	for j := v - 2; j >= 0 && j >= v-5; j-- {
		if attackNouns[toks[j].w] || toks[j].w == "killing" || toks[j].w == "killings" || toks[j].w == "ambush" || toks[j].w == "blast" {
			return toks[j+1].w == "the" || toks[j+1].w == "which" || toks[j+1].w == "that" || toks[j+1].cap
		}
		if !toks[j].word || toks[j].cls&(clsVerb|clsReport) != 0 {
			return false
		}
	}
	return false
}

func quotedAs(toks []token, as int) int {
	for q := as - 1; q >= 0 && q >= as-10; q-- {
		switch w := toks[q].w; {
		case w == "quoted" || w == "quotes" || w == "quoting" || w == "quote":
			return q
		case !toks[q].word && w != "'" && w != "-" && w != "." || toks[q].num || toks[q].reportVerb() || subjectStops[w]:
			return -1
		}
	}
	return -1
}

// reportedClauseBefore returns the index of the "that" opening the
// clause a verb of saying or denying reports, when that clause runs to
// toks[and] ("denied that the school was used by militants and"), or -1.
func reportedClauseBefore(toks []token, and int) int {
	for j := and - 1; j > 0 && and-j <= 16; j-- {
		t := toks[j]
		if t.w == "that" {
			if p := toks[j-1]; p.reportVerb() || coordVerbs[p.w] {
				return j
			}
			return -1
		}
		if !t.word || subjectStops[t.w] {
			return -1
		}
	}
	return -1
}

// sourceParticiples describe how a source's words were put out, or where
// the source was, after its noun: "a communique broadcast on", "a
// statement posted on".
var sourceParticiples = wordSet("broadcast posted published aired released issued carried read sent hidden")

// nationPair reports whether the "and" at toks[k] joins two nations'
// adjectives before one noun: "U.S. and Libyan officials".
func nationPair(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) || nationAdjectives[toks[k+1].w] == "" {
		return false
	}
	p := k - 1
	if toks[p].w == "." && p > 0 {
		p-- // "U.S."
	}
	w := strings.TrimSuffix(toks[p].w, ".")
	return nationAdjectives[w] != "" || nationAdjectives[strings.ReplaceAll(toks[p].orig, ".", "")] != "" || strings.EqualFold(strings.ReplaceAll(toks[p].orig, ".", ""), "US")
}

// relativeHead reports whether t may be the noun a relative clause
// without commas tells of ("a doctor who asked not to be named"): a word,
// neither a verb that reports nor one that ends a subject.
func relativeHead(t token) bool {
	return t.word && !t.num && !t.reportVerb() && !subjectStops[t.w] && !subjectAux[t.w] && !pronounSubjects[t.w] &&
		!relativePrepositions[t.w]
}

// relativePrepositions open a relative clause with "which" ("a crackdown
// in which U.N. investigators say"): no noun the clause tells of.
var relativePrepositions = wordSet("in on at during after before under through by from with for of")

// orgSubject returns the body a sentence opens with as its subject when
// a verb that reports nothing follows it ("Russia's defence ministry did
// not comment on the strike"), or "": the "it" of the next sentence ("It
// said on Wednesday that ...") is that body.
func orgSubject(toks []token) string {
	for p := 0; p < len(toks) && p < 6; p++ {
		t := toks[p]
		if !t.word && !possessiveMark(toks, p) {
			return ""
		}
		if !sourceNouns[t.w] {
			continue
		}
		if p+1 < len(toks) && silentVerbs[toks[p+1].w] {
			who, pr, ok := cleanSource(toks[:p+1])
			if ok && !pr {
				return who
			}
		}
		return ""
	}
	return ""
}

// silentVerbs follow a body that acts or keeps silent without reporting:
// "did not comment", "declined to comment", "has denied".
var silentVerbs = wordSet("did does has have had was is declined refused denied gave made " +
	"would could issued released published")

// hasSourceNoun reports whether toks hold a source noun.
func hasSourceNoun(toks []token) bool {
	for _, t := range toks {
		if sourceNouns[t.w] {
			return true
		}
	}
	return false
}

// clauseOpener reads the subject that opens the clause holding the
// conjunction at toks[and]: a name or a source noun with the words that
// qualify it ("Local sources", "The army", "Police"), when a verb follows
// it before the conjunction.
func clauseOpener(toks []token, and int) (string, bool, bool) {
	// Back over the clause and its commas ("put the toll higher, at 82,
	// and said") to the start of the sentence or of a clause.
	start := and - 1
	for start >= 0 && (toks[start].word || toks[start].w == ",") && !subjectStops[toks[start].w] {
		start--
	}
	first := start + 1
	end, noun := first, false
	for end < and {
		t := toks[end]
		if !t.word || t.num {
			break
		}
		if sourceNouns[t.w] || pluralVictim(t) {
			noun = true
		} else if !(t.cap || t.w == "the" || t.w == "local" || noun && t.w == "of" ||
			// "the defence ministry did not comment … but said".
			!noun && end+1 < and && sourceNouns[toks[end+1].w] && t.cls&(clsVerb|clsReport) == 0) {
			break
		}
		end++
	}
	if !noun || end == first || end >= and || end-first > 6 {
		return "", false, false
	}
	return cleanSource(toks[first:end])
}

// appositiveSubject handles "X, an opposition war monitoring group, said"
// and "X, who spoke on condition of anonymity, said": comma is the index
// of the comma before the verb. The words between the commas are an
// appositive when they open with an article or a relative pronoun, or
// when X is a name.
func appositiveSubject(toks []token, s string, comma int) (string, bool, bool) {
	k := comma - 1
	for k >= 0 && toks[k].w != "," {
		k--
	}
	if k < 1 || k+1 >= comma || comma-k > 16 {
		return "", false, false
	}
	// "A local rights group, the Centre for Human Rights and Democracy in
	// Africa, said", "A military officer, Captain Abdi Hassan, said": a
	// name set beside a description is the source.
	if who, ok := appositiveName(toks[k+1 : comma]); ok && (!toks[k-1].cap || describedBefore(toks, k)) {
		return who, false, true
	}
	switch w := toks[k+1].w; {
	case w == "a", w == "an", w == "the", w == "who", w == "which", w == "where", w == "whose", w == "in", w == "on", w == "speaking", w == "citing", w == "quoting":
	case compassWords[w] && k+2 < comma && toks[k+2].w == "of":
		// "A hospital official in Kayna, south of the town, said": where
		// the place lies.
	default:
		// "JNIM, al Qaeda's affiliate in the Sahel, said": a name that
		// opens the sentence.
		if !toks[k-1].cap || !opensClause(toks, k-1) {
			return "", false, false
		}
	}
	return subjectBefore(toks, s, k)
}

// describedBefore reports whether the words before the comma at toks[k]
// are a description opening with an article and a lower-case noun, though
// they end with a name ("a spokesman for the army's 3rd Infantry Division,
// Major Ricky Aguilar, said"), or a title after "the".
func describedBefore(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 12 && (toks[j].word || toks[j].w == "'" || toks[j].w == "’") {
		j--
	}
	j++
	if j+1 < k && toks[j].w == "the" && toks[k-1].cap && titleNouns[toks[k-1].w] {
		// "The Defence Minister, P.W. Botha, told parliament".
		return true
	}
	if j+2 < k && toks[j].w == "the" && titleNouns[toks[j+1].w] && (toks[j+2].w == "of" || toks[j+2].w == "for") {
		// "The Director of Defence Media Operations, Maj.-Gen. Edward
		// Buba, told journalists": a post, then who holds it.
		return true
	}
	if j+2 < k && (toks[j].w == "a" || toks[j].w == "an" || toks[j].w == "the") && !toks[j+1].cap && toks[j+1].word && !toks[j+1].num &&
		(toks[j+2].w == "of" || toks[j+2].w == "for" || toks[j+2].w == "at") {
		// "the bishop of Alindao, Cyr-Nestor Yapaupa, told Reuters", "the
		// head of the camp, Ali Musa, said": a post of a place or a body,
		// then the name of who holds it.
		return true
	}
	if j+1 < k && (toks[j].w == "a" || toks[j].w == "an" || toks[j].w == "the") && !toks[j+1].cap && sourceNouns[toks[j+1].w] {
		return true
	}
	// "The United Nations peacekeeping mission in Congo, MONUC, said": a
	// body's description, its name after it.
	if j+1 < k && toks[j].w == "the" {
		for m := j + 1; m < k && m <= j+5; m++ {
			if !toks[m].cap && bodyNouns[toks[m].w] && m+1 < k && (toks[m+1].w == "in" || toks[m+1].w == "for" || toks[m+1].w == "of") {
				return true
			}
		}
	}
	return false
}

// bodyNouns name a body known by a name or initials set beside its
// description.
var bodyNouns = wordSet("mission agency office commission committee organisation organization force")

// titleNouns end a title written before a name beside it: "The Defence
// Minister, P.W. Botha,".
var titleNouns = wordSet("minister secretary spokesman spokeswoman commander governor chief mayor president director")

// appositiveName returns the words of an appositive when they are a
// name: capitalised words and their connectors, after an optional "the".
func appositiveName(seg []token) (string, bool) {
	if len(seg) > 0 && seg[0].w == "the" {
		seg = seg[1:]
	}
	for len(seg) > 2 && seg[0].cap && rankWord(seg[0].w) && seg[1].w == "." {
		seg = seg[2:] // "Lt. Paddy Ankunda", "Lt. Col. Gerry Besana": the name
		if len(seg) > 3 && (seg[0].w == "-" || seg[0].w == "–") && seg[1].cap && rankWord(seg[1].w) && seg[2].w == "." {
			seg = seg[3:] // "Maj.-Gen. Edward Buba"
		}
	}
	if len(seg) == 0 || len(seg) > 10 {
		return "", false
	}
	for i, t := range seg {
		if t.w == "." && i > 0 && initialBefore(seg[:i], t) {
			continue // "P.W. Botha"
		}
		if !(t.cap || i > 0 && (nameConnectors[t.w] || t.w == "in" || particleName(t.orig))) || !t.word {
			return "", false
		}
	}
	if last := seg[len(seg)-1]; !last.cap && !(len(seg) > 1 && particleName(last.orig)) {
		// ("Ahmed al-Mismari": a surname with its particle.)
		return "", false
	}
	who, pr, ok := cleanSource(seg)
	return who, ok && !pr
}

// opensClause reports whether the run of capitalised words ending at
// toks[k] opens the sentence.
func opensClause(toks []token, k int) bool {
	for k >= 0 && (toks[k].cap || nameConnectors[toks[k].w]) {
		k--
	}
	return k < 0 || !toks[k].word && toks[k].w != "'"
}

// coordinatedHit returns the attribution of the reporting or claiming verb
// a reporting verb at toks[v] is coordinated with ("JNIM claimed
// responsibility for the attack and said"): the words before v, back to
// that verb, hold no clause break.
func coordinatedHit(toks []token, v int, hits []attrHit) (attrHit, bool) {
	if v < 2 || toks[v-1].w != "and" {
		return attrHit{}, false
	}
	for k := v - 2; k >= 0 && v-k <= 12; k-- {
		t := toks[k]
		if t.w == "," {
			continue // "put the toll higher, at 82, and said"
		}
		if !t.word || subjectStops[t.w] {
			return attrHit{}, false
		}
		if (t.reportVerb() || coordVerbs[t.w]) && k > 0 && (toks[k-1].w == "the" || toks[k-1].w == "a" || toks[k-1].w == "an") {
			continue // "on the disputed … peninsula and said": an adjective
		}
		if t.reportVerb() || coordVerbs[t.w] || tollGivers[t.w] && tollObject(toks, k) {
			for _, h := range hits {
				if h.pos == t.s {
					return h, true
				}
			}
			if who, pr, ok := subjectBefore(toks, "", k); ok && !startsWithMonth(who) {
				// (Not "… since April 1987 denied any link … and
				// condemned it": a time.)
				return attrHit{who: who, pronoun: pr}, true
			}
			if k > 0 && toks[k-1].w == "," {
				if who, pr, ok := appositiveSubject(toks, "", k-1); ok {
					return attrHit{who: who, pronoun: pr}, true
				}
			}
			return attrHit{}, false
		}
	}
	return attrHit{}, false
}

// isDefinite reports whether the subject before the reporting verb at
// toks[v] is "the" and one noun, or one capitalised word ("the
// committee", "the Observatory").
func isDefinite(toks []token, v int) bool {
	k := v - 1
	for k >= 0 && subjectAux[toks[k].w] {
		k--
	}
	return k >= 1 && toks[k].word && toks[k-1].w == "the" && !toks[k].num &&
		(k < 2 || !toks[k-2].word || subjectStops[toks[k-2].w])
}

// namesSource reports whether the words from toks[i] to the next
// punctuation hold a source noun: "said the ministry", not "said the dead
// included three children".
func namesSource(toks []token, i int) bool {
	for j := i; j < len(toks) && j-i < 8 && toks[j].word; j++ {
		if sourceNouns[toks[j].w] || toks[j].cap {
			return true
		}
	}
	return false
}

// phraseAfter reads a source named after "according to", "citing" or an
// inverted "said".
// placeListAfter reports whether the comma at toks[j] goes on with a list
// of places after "in" one ("officials in Moscow, Beijing and Brussels"):
// capitalised words to an "and" and one more.
func placeListAfter(toks []token, j int) bool {
	if j < 2 || !toks[j-1].cap {
		return false
	}
	in := false
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if toks[k].w == "in" {
			in = true
			break
		}
		if !toks[k].cap && toks[k].w != "," {
			return false
		}
	}
	if !in {
		return false
	}
	for k := j + 1; k+1 < len(toks) && k <= j+8; k++ {
		switch {
		case toks[k].w == "and":
			return toks[k+1].cap
		case toks[k].cap || toks[k].w == ",":
		default:
			return false
		}
	}
	return false
}

func phraseAfter(toks []token, s string, i int) (string, bool) {
	for i+2 < len(toks) && toks[i].cap && rankWord(toks[i].w) && toks[i+1].w == "." && toks[i+2].cap {
		i += 2 // "said Lt. Col. Ariel Caculitan": the name
	}
	for k := i; k < len(toks) && k <= i+3; k++ {
		if by := tallyBy(toks, k); by > 0 {
			// "according to figures compiled by the UN human rights
			// office", "a new official toll made public Tuesday by the
			// Ministry of the Interior": the one who keeps them.
			i = by + 1
			break
		}
		if !toks[k].word || toks[k].num {
			break
		}
	}
	for k := i; k+2 < len(toks) && k <= i+6; k++ {
		if toks[k].w == "-" && (toks[k+1].w == "based" || toks[k+1].w == "led") && k > i && initialsDot(toks, k-1) && toks[k+2].cap {
			// "the U.S.-based Armed Conflict Location and Event Data
			// Project": the name after the initials' seat.
			i = k + 2
			break
		}
		if toks[k].word && !toks[k].cap && k > i || toks[k].num {
			break
		}
	}
	j := i
	for j < len(toks) && j-i < 14 {
		t := toks[j]
		if t.w == "." && j >= 2 && len(toks[j-1].w) == 1 && toks[j-1].cap && toks[j-2].w == "." && (j+1 >= len(toks) || !initialsDot(toks, j)) {
			// The last dot of initials that end the phrase: "according
			// to the U.N.".
			j++
			break
		}
		if t.w == "," && placeListAfter(toks, j) {
			j++ // "officials in Moscow, Beijing and Brussels"
			continue
		}
		if !t.word && t.w != "(" && t.w != ")" && t.w != "-" && t.w != "&" && !possessiveMark(toks, j) && !initialsDot(toks, j) {
			break
		}
		if j > i && phraseEnds[t.w] && t.orig != "WHO" && !((t.w == "in" || t.w == "at") && (toks[j-1].cap || sourceNouns[toks[j-1].w]) && placeCloses(toks, j+1)) {
			break
		}
		j++
	}
	if j == i {
		return "", false
	}
	who, pr, _ := cleanSource(toks[i:j])
	return who, pr
}

// nameAfterPhrase returns the name set between commas after the source
// phrase that opens at toks[i] ("said the region's governor, Vadym
// Filashkin, who ..."), when there is one.
func nameAfterPhrase(toks []token, i int) (string, bool) {
	j := i
	for j < len(toks) && (toks[j].word || possessiveMark(toks, j)) {
		j++
	}
	if j == i || j >= len(toks) || toks[j].w != "," {
		return "", false
	}
	if j >= 2 && toks[j-2].w == "in" && toks[j-1].cap {
		// "according to officials in Moscow, Beijing and Brussels": a
		// list of places goes on, no name.
		return "", false
	}
	k := j + 1
	for k < len(toks) && (toks[k].word || toks[k].w == "." && k > 0 && len(toks[k-1].orig) == 1) {
		k++
	}
	if k-j-1 < 2 || k < len(toks) && toks[k].w != "," && toks[k].w != "." {
		return "", false
	}
	return appositiveName(toks[j+1 : k])
}

// placeCloses reports whether one to three capitalised words at toks[k],
// and a source noun after them, close the phrase, before punctuation or
// its end: the place of "the Ministry of Health in Gaza.", "a doctor at
// Finote Selam hospital."
func placeCloses(toks []token, k int) bool {
	n := 0
	for k < len(toks) && toks[k].word {
		if !toks[k].cap || n == 3 {
			break
		}
		n++
		k++
	}
	if n > 0 && k < len(toks) && toks[k].word && sourceNouns[toks[k].w] {
		k++
	} else if n > 0 {
		// "a doctor at Najaf's main hospital": a word or two describe
		// the source's noun.
		m := k
		for m < len(toks) && m-k < 2 && toks[m].word && !toks[m].cap && !sourceNouns[toks[m].w] {
			m++
		}
		if m > k && m < len(toks) && toks[m].word && sourceNouns[toks[m].w] {
			k = m + 1
		}
	}
	return n > 0 && (k == len(toks) || !toks[k].word)
}

// allNumbers reports whether every word is a number (a bare number is no
// source: "250 reported missing").
func allNumbers(words []token) bool {
	for _, t := range words {
		if !t.num {
			return false
		}
	}
	return true
}

// ownedName reports whether the word before a name owns it: "the U.S.
// military's Central Command" is the military's command, named whole.
func ownedName(before token) bool {
	return !before.cap && (strings.HasSuffix(before.orig, "'s") || strings.HasSuffix(before.orig, "’s"))
}

// complementName reports whether the words before a name make it the
// complement of a noun ("member of the local People's Defence Force",
// "a spokesman for the Red Cross", "an employee of the state-run river
// transport company Comanav": the preposition up to six words before the
// name), not a title before it ("war monitor SOHR"): the whole phrase is
// then the source.
func complementName(before []token) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-6; i-- {
		switch w := before[i].w; {
		case namePrepositions[w]:
			return i > 0
		case before[i].cap:
			return false
		}
	}
	return false
}

// serviceNouns say what kind of body a name is when they follow it in
// lower case: "Magen David Adom rescue service".
var serviceNouns = wordSet("rescue emergency service services agency news charity organisation organization " +
	"broadcaster network website channel group advocacy monitoring watchdog")

// namedService returns the name of a body described after it in lower
// case ("Israel's Magen David Adom rescue service" is Magen David Adom):
// a run of two or more capitalised words, not the tail of a longer name
// ("for Human Rights monitoring group"), before one or two service nouns;
// else the words as they are.
func namedService(words []token) []token {
	n := len(words)
	k := n
	for k > 0 && n-k < 2 && !words[k-1].cap && serviceNouns[words[k-1].w] {
		k--
	}
	if k == n {
		return words
	}
	j := k
	for j > 0 && (words[j-1].cap && !strings.ContainsAny(words[j-1].orig, "'’") ||
		// "the Assistance Association for Political Prisoners advocacy
		// group": a name with its connectors.
		j > 1 && nameConnectors[words[j-1].w] && words[j-2].cap) {
		j--
	}
	if k-j < 2 && (k-j < 1 || !oneWordName(words, j)) || j > 0 && nameConnectors[words[j-1].w] {
		return words
	}
	return words[j:k]
}

// oneWordName reports whether words[j], one capitalised word before what
// a body is, names the body: an acronym ("ACLED monitoring group"), or a
// word that lower-case words describe before it ("the official Xinhua
// news agency"); no nation's adjective ("Israeli rescue service") and no
// descriptor ("Rwandan-backed group").
func oneWordName(words []token, j int) bool {
	w := words[j]
	if nationAdjectives[w.w] != "" || strings.ContainsAny(w.orig, "-'’") {
		return false
	}
	if j > 0 && !words[j-1].cap {
		return true
	}
	if len(w.orig) < 2 {
		return false
	}
	for _, r := range w.orig {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// seatAfterNoun reports whether words end in the place a source sits
// at, told after its noun in lower case: "medical sources at the Saudi
// hospital in El Fasher" is the sources, not "El Fasher".
func seatAfterNoun(words []token) bool {
	noun := false
	for p, t := range words {
		if noun && (t.w == "in" || t.w == "at") && p+1 < len(words) && !slices.ContainsFunc(words[p+1:], func(u token) bool {
			return !u.cap && !nameConnectors[u.w] && u.w != "the"
		}) {
			return true
		}
		if sourceNouns[t.w] && !t.cap {
			noun = true
		}
	}
	return false
}

// timeTail returns where the time that ends a subject begins ("the
// health ministry on Thursday revised", "the army late on Friday said"),
// or len(words) when none does.
func timeTail(words []token) int {
	for p := 1; p < len(words); p++ {
		w := words[p].w
		if w == "earlier" && p+1 < len(words) && words[p+1].w == "on" {
			if timeLead(words[p+1:]) == len(words)-p-1 {
				return p
			}
			continue
		}
		if (w == "this" || w == "last") && p+2 == len(words) && (words[p+1].w == "week" || words[p+1].w == "month" || words[p+1].w == "weekend") {
			// "A U.N. report this week said": the report.
			return p
		}
		if w != "on" && w != "late" && w != "early" && w != "yesterday" && w != "today" && w != "overnight" {
			continue
		}
		if timeLead(words[p:]) == len(words)-p {
			return p
		}
	}
	return len(words)
}

// timeLead returns the number of words of a time phrase that opens
// words ("By Thursday night", "On Sunday", "Late on Friday",
// "Yesterday"), or 0.
func timeLead(words []token) int {
	k := 0
	for k < len(words) && (words[k].w == "late" || words[k].w == "early" || words[k].w == "on" || words[k].w == "by") {
		k++
	}
	if k >= len(words) {
		return 0
	}
	lead := k > 0
	switch w := words[k].w; {
	case isWeekday(w):
		k++
	case w == "yesterday", w == "today", w == "overnight", w == "tonight":
		return k + 1
	default:
		return 0
	}
	if k < len(words) {
		switch words[k].w {
		case "morning", "afternoon", "evening", "night":
			return k + 1
		}
	}
	if !lead {
		// "Monday Kassah": a weekday is a name's when no preposition
		// opens it.
		return 0
	}
	return k
}

// isWeekday reports whether w names a day of the week.
func isWeekday(w string) bool {
	_, ok := weekdayNames[w]
	return ok
}

// initialBefore reports whether the last of words is an initial, one
// capital letter, that the full stop t follows.
func initialBefore(words []token, t token) bool {
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	return len(w.orig) == 1 && w.cap && w.e == t.s
}

// cleanSource turns the words naming a source into a name: pronouns are
// flagged, leading articles and "-based" descriptors and parentheses are
// dropped, and a title before a name is dropped for the name ("Observatory
// head Rami Abdel Rahman" → "Rami Abdel Rahman").
// joinToken appends t to the word w of a source's name, with the space
// between them when there is one.
func joinToken(w *token, t token) {
	if w.e < t.s {
		w.orig += " "
	}
	w.orig += t.orig
	w.e = t.e
}

func cleanSource(toks []token) (string, bool, bool) {
	// Drop parenthesised parts.
	var buf [32]token
	words := buf[:0]
	depth := 0
	for _, t := range toks {
		switch t.w {
		case "(":
			depth++
			continue
		case ")":
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 && t.word {
			if n := len(words); n > 0 && strings.HasSuffix(words[n-1].orig, "&") && (words[n-1].e == t.s || t.cap) {
				joinToken(&words[n-1], t) // "AT&T", "Copper & Gold": one name
				continue
			}
			words = append(words, t)
		}
		if depth == 0 && t.w == "&" && len(words) > 0 && words[len(words)-1].cap {
			// "Freeport-McMoRan Copper & Gold Inc", "AT&T": the
			// ampersand of a name stays.
			joinToken(&words[len(words)-1], t)
			continue
		}
		// A plural possessive's apostrophe stays on its word: "the rebels'
		// health ministry"; so does an initial's full stop ("K. Sundarji").
		if depth == 0 && len(words) > 0 && (t.w == "'" || t.w == "’" || t.w == "." && initialBefore(words, t) || t.w == "," && words[len(words)-1].cap) && words[len(words)-1].e == t.s {
			// (And a comma of a list of places: "officials in Moscow,
			// Beijing and Brussels".)
			joinToken(&words[len(words)-1], t)
		}
	}
	if n := len(words); n > 0 && strings.HasSuffix(words[n-1].orig, "&") {
		words[n-1].orig = strings.TrimSpace(strings.TrimSuffix(words[n-1].orig, "&"))
	}
	for len(words) > 0 && (words[0].w == "the" || words[0].w == "a" || words[0].w == "an" ||
		(words[0].w == "and" || words[0].w == "but") && len(words) > 1 ||
		words[0].w == "with" && len(words) > 1 || words[0].w == "one" && len(words) > 1 && words[1].w != "of" ||
		strings.HasSuffix(words[0].w, "-based") || strings.HasSuffix(words[0].w, "-led") && len(words) > 2 && words[1].cap || words[0].w == "meanwhile" || (words[0].w == "earlier" || words[0].w == "later") && len(words) > 1 || runBy(words)) {
		words = words[1:]
	}
	if len(words) > 3 && words[0].w == "in" && words[1].w == "the" && dayParts[words[2].w] {
		// "Earlier in the day authorities had put the toll at 12": the
		// time before the subject.
		words = words[3:]
	}
	if len(words) > 3 && words[0].w == "one" && words[1].w == "of" && words[2].w == "the" {
		// "one of the sources": the sources told before.
		words = words[3:]
		if len(words) == 1 && backReferences[words[0].w] {
			return words[0].orig, true, true
		}
	}
	if len(words) > 2 && rejectedNouns[words[0].w] && (words[1].w == "the" || words[1].w == "which" || words[1].w == "that") {
		// "…, a claim the group rejected, saying only two of its
		// fighters died": the group, who rejected the claim.
		words = words[2:]
	}
	if len(words) > 2 && (tallyNouns[words[0].w] || statementNouns[words[0].w]) && (words[1].w == "by" || words[1].w == "from" || words[1].w == "of") {
		// "a tally by the AAPP": the one who keeps it; "a statement from
		// the army's press office": the one who issued it.
		words = words[2:]
		if len(words) > 1 && words[0].w == "the" {
			words = words[1:]
		}
	}
	if n := timeLead(words); n > 0 && n < len(words) {
		// "By Thursday night police said": the words after the time.
		words = words[n:]
	}
	words = words[:timeTail(words)]
	for n := len(words); n > 1 && (words[n-1].w == "and" || words[n-1].w == "or"); n-- {
		// "a report compiled by Spanish missionary priests and published
		// in London": the priests.
		words = words[:n-1]
	}
	if n := len(words); n > 1 && (words[n-1].w == "there" || words[n-1].w == "here") {
		// "police there said": the police, wherever they are.
		words = words[:n-1]
	}
	if len(words) == 0 {
		return "", false, false
	}
	if len(words) > 1 && (words[0].w == "we" || words[0].w == "i") {
		// "We have so far confirmed five dead," the spokesman said: the
		// speaker of the quotation, told apart.
		return "", false, false
	}
	if len(words) == 1 && (pronounSubjects[words[0].w] || words[0].w == "him" || words[0].w == "her" || words[0].w == "them") {
		// (And "according to him".)
		// The pronoun goes with it: "it" may be a body that spoke in
		// the sentence before without a reporting verb (see orgSubject).
		return words[0].w, true, true
	}
	if len(words) == 1 && backReferences[words[0].w] && len(toks) > 1 && toks[0].w == "the" {
		// The noun goes with it: the caller prefers a source it heads.
		return words[0].orig, true, true
	}
	// "U.N. figures", "government data": the source of the numbers (but
	// not "Israeli figures" or "some estimates").
	if n := len(words); n > 1 && tallyNouns[words[n-1].w] {
		if p := words[n-2]; p.cap && nationAdjectives[p.w] == "" && p.w != "official" || sourceNouns[p.w] && p.w != "official" {
			words = words[:n-1]
		}
	}
	// A number is no source ("250 reported missing").
	if allNumbers(words) {
		return "", false, false
	}
	// A trailing run of capitalised words is the name when lower-case words
	// come before it.
	last := len(words) - 1
	if (words[last].cap || words[last].num || particleName(words[last].orig) && last > 0 && words[last-1].cap) && !seatAfterNoun(words) &&
		!(last > 0 && (words[last].w == "tv" || words[last].w == "radio") && !words[last-1].cap) {
		// (Not "Saudi state TV": the broadcaster, all its words.)
		// ("council member Aws al-Saadi": a name may end in a surname
		// with its particle.)
		k := last
		if !words[last].cap && !words[last].num {
			k--
		}
		for k > 0 && (words[k-1].cap || ordinalWord(words[k-1].w) && words[k].cap || particleName(words[k-1].orig) && (words[k].cap || nameConnectors[words[k].w]) || nameConnectors[words[k-1].w] && k-2 >= 0 && (words[k-2].cap || particleName(words[k-2].orig)) ||
			// "ACLED and the Federal Ministry of Health": two names.
			words[k-1].w == "the" && k-3 >= 0 && words[k-2].w == "and" && words[k-3].cap) {
			k--
		}
		for k > 0 && k < last && nameConnectors[words[k].w] {
			k++
		}
		if p := movedFrom(words, k); p > 0 {
			// "Refugees reaching Albania told", "A Ukrainian soldier
			// captured near Robotyne said": the people, not the place
			// they came from or went to.
			words = words[:p]
		} else if k > 0 && !complementName(words[:k]) && !ownedName(words[k-1]) {
			words = words[k:]
		}
	}
	words = rankedName(titledName(words))
	// "the Prothom Alo newspaper": the paper's name.
	if k := len(words) - 1; k > 0 && (words[k].w == "newspaper" || words[k].w == "daily") && words[k-1].cap {
		words = words[:k]
	}
	words = namedService(words)
	n := len(words) - 1
	for _, t := range words {
		n += len(t.orig)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range words {
		if i > 0 && words[i-1].e != t.s {
			// (Initials stay together: "U.N.", "U.S.")
			b.WriteByte(' ')
		}
		b.WriteString(t.orig)
	}
	return b.String(), false, true
}

// movingWords tell where people went or came from before a place:
// "Refugees reaching Albania", "travellers arriving in Goma".
var movingWords = wordSet("fleeing reaching arriving returning coming escaping travelling traveling visiting crossing leaving " +
	"captured stranded trapped evacuated")

// movedFrom returns the index of the participle before the name at
// words[k] that tells where the people before it went, came from or were
// ("Residents fleeing Shali", "Witnesses arriving in Goma", "A soldier
// captured near Robotyne"), or -1.
func movedFrom(words []token, k int) int {
	for p := k - 1; p >= 1 && p >= k-2; p-- {
		w := words[p]
		if w.cap || w.num || p == k-2 && !placePrepositions[words[k-1].w] {
			return -1
		}
		if movingWords[w.w] {
			return p
		}
	}
	return -1
}

// statementNouns and statementVerbs read "issued a statement saying":
// who issued it says what follows.
var (
	statementNouns = wordSet("statement communique communiqué message post report bulletin")
	statementVerbs = wordSet("issued released published posted sent put")
)

// withSayer returns the index of the first word of the subject of the
// "saying" at toks[i] in "with Azerbaijan saying", "with the army saying"
// (after the "with"), or -1: a capitalised name or a "the" phrase of at
// most four words.
func withSayer(toks []token, i int) int {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if !toks[k].word {
			return -1
		}
		if toks[k-1].w == "with" {
			if toks[k].cap || toks[k].w == "the" {
				return k
			}
			return -1
		}
	}
	return -1
}

// citedReason reports whether what a sentence cites is a reason, not a
// source, by its last word: "declared a unilateral ceasefire, citing
// humanitarian reasons", "withdrew, citing security concerns".
func citedReason(who string) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(who, ".,;:'\" ")))
	return citedReasons[w]
}

// citedReasons are the nouns of what is cited as a reason.
var citedReasons = wordSet("reasons reason concerns concern grounds fears fear threats threat risk risks need lack " +
	"violations pressure safety security situation conditions weather shortage shortages progress failure failures " +
	"difficulties circumstances considerations necessity breaches")

// byChannels follow "by" after a verb of saying to tell how it was said
// ("said by telephone", "told AFP by satellite phone"), not who did it.
var byChannels = wordSet("telephone phone satellite email e-mail text radio video")
