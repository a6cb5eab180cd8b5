package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Rules for report formats other than wire stories: army and ministry
// statements with their own words for death, situation reports whose
// tables are flattened to "Killed: 64" lines, datelines that give only a
// city, and headlines that repeat a figure the body attributes and dates.

// deathEuphemism returns the index of the last token of a phrase at
// toks[k] with which armies and official media say their men, or the
// enemy, died: "paid the supreme price", "embraced shahadat", "were sent
// to hell", "fell on the field of honour", "laid down their lives"; or -1.
func deathEuphemism(toks []token, k int) int {
	at := func(m int) string {
		if m >= 0 && m < len(toks) {
			return toks[m].w
		}
		return ""
	}
	// Quotation marks may wrap the phrase: had "fallen on the field of
	// honour".
	skipQuote := func(m int) int {
		for m < len(toks) && toks[m].isQuote() {
			m++
		}
		return m
	}
	k = skipQuote(k)
	switch w := at(k); w {
	case "paid", "pay", "paying", "made", "make", "making":
		// "paid the supreme price", "made the ultimate sacrifice".
		if at(k+1) == "the" && (at(k+2) == "supreme" || at(k+2) == "ultimate") &&
			(at(k+3) == "price" || at(k+3) == "sacrifice") {
			return k + 3
		}
	case "embraced", "embrace", "embracing", "attained", "achieved":
		if at(k+1) == "shahadat" || at(k+1) == "shahadah" || at(k+1) == "martyrdom" {
			return k + 1
		}
	case "sent":
		if at(k+1) == "to" && at(k+2) == "hell" {
			return k + 2
		}
	case "fell", "fallen", "falling":
		if at(k+1) == "on" && at(k+2) == "the" && at(k+3) == "field" && at(k+4) == "of" &&
			(at(k+5) == "honour" || at(k+5) == "honor") {
			return k + 5
		}
	case "laid", "lay":
		if at(k+1) == "down" && (at(k+2) == "their" || at(k+2) == "his" || at(k+2) == "her") &&
			(at(k+3) == "lives" || at(k+3) == "life") {
			return k + 3
		}
	}
	return -1
}

// tableOutcomes are the row labels of a situation report's casualty
// table.
var tableOutcomes = map[string]string{
	"killed": OutcomeKilled, "dead": OutcomeKilled, "deaths": OutcomeKilled, "fatalities": OutcomeKilled,
	"injured": OutcomeWounded, "wounded": OutcomeWounded, "injuries": OutcomeWounded,
	"missing": OutcomeMissing, "abducted": OutcomeCaptured, "kidnapped": OutcomeCaptured,
}

// tableFigures reads a row of a casualty table flattened to a line,
// "Killed: 64 (including 19 children)", "Injured: 211", or several cells
// of one ("Killed: 1,204 | Injured: 3,511"): the figure of each label's
// outcome, people of no stated side (civilians), and a breakdown in
// brackets ("(including 19 children)", "(8 women, 4 children)") as parts
// of it. A sentence that is anything more than the row is left to the
// other rules.
func tableFigures(toks []token, s string, out []casualtyHit) []casualtyHit {
	n0 := len(out)
	i := 0
	for i < len(toks) {
		if i+2 >= len(toks) || !toks[i].cap || toks[i+1].w != ":" || !toks[i+2].num {
			return out[:n0]
		}
		outcome := tableOutcomes[toks[i].w]
		v, ok := tableNumber(toks[i+2].w)
		if outcome == "" || !ok {
			return out[:n0]
		}
		out = append(out, casualtyHit{start: toks[i].s, end: toks[i+2].e, outcome: outcome, value: &v, qual: "exact",
			victims: toks[i+2].orig, side: SideCivilians, scope: ScopeIncident})
		i += 3
		if i < len(toks) && toks[i].w == "(" {
			// "(including 19 children)", "(8 women, 4 children)".
			j := i + 1
			if j < len(toks) && toks[j].w == "including" {
				j++
			}
			for j+1 < len(toks) && toks[j].num && isVictimHead(toks[j+1].w) {
				if n, ok := tableNumber(toks[j].w); ok && n < v {
					out = append(out, casualtyHit{start: toks[j].s, end: toks[j+1].e, outcome: outcome, value: &n, qual: "exact",
						victims: s[toks[j].s:toks[j+1].e], side: SideCivilians, scope: ScopeIncident, part: 1})
				}
				j += 2
				if j < len(toks) && (toks[j].w == "," || toks[j].w == "and") {
					j++
				}
			}
			if j >= len(toks) || toks[j].w != ")" {
				return out[:n0]
			}
			i = j + 1
		}
		if i < len(toks) {
			// The next cell, after a bar or semicolon.
			if w := toks[i].w; w != "|" && w != ";" {
				return out[:n0]
			}
			i++
		}
	}
	return out
}

// tableNumber reads a number written in digits, with thousands commas.
func tableNumber(w string) (int, bool) {
	w = strings.ReplaceAll(w, ",", "")
	if w == "" || len(w) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, true
}

// datelineCities are the cities whose datelines stand for their country:
// capitals and the seats of the armies' and governments' press offices
// ("RAWALPINDI, Oct 25 (APP):", the Pakistani army's). Regional news hubs
// that date reports of other countries (Beirut, Nairobi, Dakar, Cairo,
// Dubai, Bangkok, Abidjan) are left out.
var datelineCities = map[string]string{
	"rawalpindi": "Pakistani", "islamabad": "Pakistani", "peshawar": "Pakistani", "quetta": "Pakistani",
	"abuja": "Nigerian", "maiduguri": "Nigerian", "niamey": "Nigerien", "bamako": "Malian",
	"ouagadougou": "Burkinabe", "bogota": "Colombian", "bogotá": "Colombian", "tehran": "Iranian",
	"kabul": "Afghan", "mogadishu": "Somali", "baghdad": "Iraqi", "khartoum": "Sudanese",
	"port sudan": "Sudanese", "addis ababa": "Ethiopian", "kinshasa": "Congolese", "manila": "Philippine",
	"new delhi": "Indian", "srinagar": "Indian", "raipur": "Indian", "ankara": "Turkish",
	"jerusalem": "Israeli", "tel aviv": "Israeli", "n'djamena": "Chadian", "yaounde": "Cameroonian",
	"mexico city": "Mexican", "port-au-prince": "Haitian", "juba": "South Sudanese",
	"managua": "Nicaraguan", "san salvador": "Salvadoran", "tegucigalpa": "Honduran", "lima": "Peruvian",
	"quito": "Ecuadorian", "caracas": "Venezuelan", "colombo": "Sri Lankan", "chisinau": "Moldovan", "hanoi": "Vietnamese",
	"kyiv": "Ukrainian", "kiev": "Ukrainian", "moscow": "Russian",
	"skopje": "Macedonian", "sarajevo": "Bosnian", "zagreb": "Croatian", "belgrade": "Serbian", "dushanbe": "Tajik",
	"tashkent": "Uzbek", "bishkek": "Kyrgyz", "nicosia": "Cypriot", "jakarta": "Indonesian", "phnom penh": "Cambodian",
	"maputo": "Mozambican", "luanda": "Angolan", "harare": "Zimbabwean", "bujumbura": "Burundian", "bangui": "Central African",
	"asmara": "Eritrean", "tunis": "Tunisian", "rabat": "Moroccan", "nouakchott": "Mauritanian",
	// Provincial cities whose datelines tell reports of their country's
	// own wars.
	"jammu": "Indian", "imphal": "Indian", "guwahati": "Indian", "lahore": "Pakistani", "karachi": "Pakistani",
	"narathiwat": "Thai", "pattani": "Thai", "yala": "Thai", "zamboanga": "Philippine", "cotabato": "Philippine",
	"jayapura": "Indonesian", "grozny": "Russian", "nalchik": "Russian", "makhachkala": "Russian", "nazran": "Russian",
	"kandahar": "Afghan", "jalalabad": "Afghan", "herat": "Afghan", "mosul": "Iraqi", "basra": "Iraqi",
	"kharkiv": "Ukrainian", "odesa": "Ukrainian", "odessa": "Ukrainian", "zaporizhzhia": "Ukrainian", "dnipro": "Ukrainian",
	"goma": "Congolese", "bunia": "Congolese", "gao": "Malian", "mopti": "Malian", "medellin": "Colombian",
	"medellín": "Colombian", "culiacan": "Mexican", "culiacán": "Mexican", "belfast": "British",
}

// The capitals of capitalNations are datelines of their countries too
// ("SEOUL, April 3 (Reuters)"), but the hubs correspondents cover a region
// from, and the Gulf and European capitals where other wars' talks are
// held.
func init() {
	for c, n := range capitalNations {
		if _, ok := datelineCities[c]; ok || hubDatelines[c] || c == "doha" || c == "abu dhabi" || c == "berlin" || c == "addis" {
			continue
		}
		datelineCities[c] = n
	}
}

// datelineCityNation returns the nation of the city that opens the
// article's dateline ("RAWALPINDI:", "TEHRAN, April 5 (IRNA) -") when the
// dateline names no country, or "". lower is the lower-cased text.
func datelineCityNation(lower string) string {
	// The dateline opens the body within a few lines, or the text itself
	// when it has no headline.
	first, rest, _ := strings.Cut(lower, "\n")
	if n, ok := datelineCity(first); ok {
		return n
	}
	for range 4 {
		var line string
		line, rest, _ = strings.Cut(strings.TrimLeft(rest, "\n "), "\n")
		if line == "" || strings.HasPrefix(line, "by ") {
			continue
		}
		if n, ok := datelineCity(line); ok || !headerLine(line) {
			return n
		}
		// ("Source: Reuters" above the headline: the dateline is further
		// down.)
	}
	return ""
}

// headerLine reports whether a lower-cased line is one of the metadata
// lines a text may open with ("source: reuters", "updated 12:32"), or the
// headline after one.
func headerLine(line string) bool {
	return strings.HasPrefix(line, "source") || strings.HasPrefix(line, "updated") || strings.HasPrefix(line, "published") ||
		strings.HasSuffix(line, "agencies") || !strings.HasSuffix(line, ".")
}

// datelineTownNation returns the nation of the town the dateline opens
// with when the gazetteer places it in a country ("JAMMU, Nov 29 (PTI)"),
// or "": the first line of the body after the headline.
func datelineTownNation(lower string) string {
	_, rest, _ := strings.Cut(lower, "\n")
	for range 4 {
		var line string
		line, rest, _ = strings.Cut(strings.TrimLeft(rest, "\n "), "\n")
		if line == "" || strings.HasPrefix(line, "by ") {
			continue
		}
		return datelineGazetteerNation(line)
	}
	return ""
}

// datelineGazetteerNation returns the nation of the town a dateline line
// opens with ("jammu, nov 29 (pti) -") when the gazetteer knows the town
// below country level and the country it lies in, or "".
func datelineGazetteerNation(line string) string {
	end := strings.IndexAny(line, ",(")
	for _, d := range [...]string{" -- ", " — ", " – ", " - "} {
		// "zamboanga city -- fourteen marines were killed": a dateline
		// closed by a dash.
		if k := strings.Index(line, d); k > 0 && (end < 0 || k < end) {
			end = k
		}
	}
	if end <= 0 || end > 24 {
		return ""
	}
	if line[end] == ',' {
		// "catarman, northern samar, june 2": the dateline's second part
		// is a month, a province or a country; a country the table reads.
		after := strings.TrimLeft(line[end+1:], " ")
		if e := strings.IndexAny(after, ",(—-"); e > 0 && nationAdjectives[strings.TrimSpace(after[:e])] != "" {
			return ""
		}
	}
	town := strings.TrimSpace(line[:end])
	if hubDatelines[town] {
		// "DUBAI (Reuters) -": a hub correspondents cover a region
		// from, not the country of the report.
		return ""
	}
	if n := townNation(town); n != "" {
		return n
	}
	// "zamboanga city": the city by its name.
	if t, ok := strings.CutSuffix(town, " city"); ok {
		return townNation(t)
	}
	return ""
}

// townNation returns the nation of a lower-cased town's name when the
// gazetteer knows the town below country level and the country it lies
// in, or "".
func townNation(town string) string {
	e := gazetteer[town]
	if e == nil || e.Country {
		return ""
	}
	c := CountryOf(Place{Name: e.Name, Region: e.Region})
	if c == "" {
		return ""
	}
	return nationAdjectives[strings.ToLower(c)]
}

// datelineCity returns the nation of the city a line opens with as a
// dateline does ("tehran, april 5 (irna) -", "rawalpindi:"), and whether
// the line opens with a city it knows; a dateline that names its country
// ("quetta, pakistan") gives "".
func datelineCity(line string) (string, bool) {
	end := strings.IndexAny(line, ",:(")
	for _, dash := range [...]string{" - ", " — ", " – "} {
		// "ABUJA - The Defence Headquarters says …".
		if k := strings.Index(line, dash); k > 0 && (end < 0 || k < end) {
			end = k
		}
	}
	if end <= 0 || end > 24 {
		return "", false
	}
	n := datelineCities[strings.ToLower(strings.TrimSpace(line[:end]))]
	if n == "" {
		return "", false
	}
	if line[end] == ',' {
		// "quetta, pakistan": the country is named.
		after := strings.TrimLeft(line[end+1:], " ")
		if e := strings.IndexAny(after, ",(—-"); e > 0 && nationAdjectives[strings.TrimSpace(after[:e])] != "" {
			return "", true
		}
	}
	return n, true
}

// undatelined returns the date expressions of a sentence without the
// dateline's: "JERUSALEM, Nov 11 (Reuters) - Two Israeli soldiers were
// killed … on Sunday" is dated Sunday, the dateline being the day of the
// report; "CAIRO, Nov 4 (Reuters) - Fighters killed at least 124 people
// …, the committees said on Saturday" is dated by the text around it, if
// at all.
func undatelined(s string, dates []dateHit) []dateHit {
	if len(dates) > 0 && isDatelineDate(s, dates[0]) {
		return dates[1:]
	}
	return dates
}

// headlineSources gives a figure of the headline that names no source or
// date the source and date of the body's figure it repeats (the same
// outcome, count and side): "Sumy toll rises to 35" is what the State
// Emergency Service said of Sunday's strike. A headline's source that is
// only a description ("…, governor says", "…, activists say") is the
// short form of the one the body names for the same figure ("regional
// governor Ivan Fedorov said"); so is a country named as the headline's
// source ("Iran says 71 killed …" of what the judiciary's spokesman said).
// The headline is the text before the first blank line, when the body
// follows it.
func headlineSources(claims []Claim, text string) {
	if !opensWithHeadline(text) {
		return // a lead paragraph is not a headline
	}
	head, _, _ := strings.Cut(text, "\n\n")
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Span.End > len(head) || c.Count == nil || c.Count.Value == nil || c.Victims == nil {
			continue
		}
		described := c.AttributedTo != "" && (!hasUpper(c.AttributedTo) || namesCountry(c.AttributedTo) || nationDescribed(c.AttributedTo))
		// The body's figure of the same outcome, count and side; else,
		// for a headline's figure that names no source, of
		// the same outcome and count ("Toll rises to 19" of "19 people,
		// including 16 civilians and three soldiers").
		j := bodyFigure(claims, head, c, true)
		if j < 0 && c.AttributedTo == "" {
			j = bodyFigure(claims, head, c, false)
		}
		if j >= 0 {
			o := &claims[j]
			if c.AttributedTo == "" || (described || fullerName(o.AttributedTo, c.AttributedTo)) && o.AttributedTo != "" {
				c.AttributedTo = o.AttributedTo
			}
			if c.Date.Start == nil && o.Date.Start != nil {
				c.Date = clonedDate(o.Date)
			}
		}
		if c.AttributedTo == "" {
			c.AttributedTo = headlineKicker(head)
		}
	}
}

// headlineDatesFromLead gives a figure of the headline that neither says
// when nor repeats a dated figure of the body ("Suicide bomber kills five
// Chinese nationals" over "Five Chinese engineers and their Pakistani
// driver were killed … on Tuesday") the day of the lead's first sentence:
// that of its first dated figure of an incident. Headlines seldom say
// when; the lead tells the same incident and usually does. A running
// total keeps no day.
func headlineDatesFromLead(claims []Claim, sents []sentence, text string) {
	if !opensWithHeadline(text) || len(sents) < 2 {
		return
	}
	headEnd := sents[0].end
	// The lead: the first sentence of a paragraph after the headline's
	// (a paragraph of page furniture between them holds none).
	lead := slices.IndexFunc(sents, func(st sentence) bool { return st.start >= headEnd && st.para > sents[0].para })
	if lead < 0 {
		return
	}
	var day *Date
	for i := range claims {
		o := &claims[i]
		if o.Span.Start < sents[lead].start || o.Kind != KindCasualty {
			continue
		}
		if o.Span.Start >= sents[lead].end {
			break
		}
		if o.Scope == ScopeIncident && o.Date.Start != nil {
			day = &o.Date
			break
		}
	}
	if day == nil {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Span.Start >= headEnd {
			break
		}
		if c.Kind == KindCasualty && c.Scope == ScopeIncident && c.Date.Start == nil {
			c.Date = clonedDate(*day)
		}
	}
}

// bodyFigure returns the index of the first figure of the body (after
// head) with the outcome and count of the headline's figure c, and its
// side when sameSide, or -1.
func bodyFigure(claims []Claim, head string, c *Claim, sameSide bool) int {
	for j := range claims {
		o := &claims[j]
		if o.Kind != KindCasualty || o.Span.Start <= len(head) || o.Outcome != c.Outcome || o.Count == nil ||
			o.Count.Value == nil || *o.Count.Value != *c.Count.Value || o.Victims == nil || sameSide && o.Victims.Side != c.Victims.Side {
			continue
		}
		return j
	}
	return -1
}

// fullerName reports whether a body's source names a headline's in full:
// "UN human rights office" for "UN", "Syrian Observatory for Human
// Rights" for "Observatory".
func fullerName(body, head string) bool {
	if len(body) <= len(head) || head == "" {
		return false
	}
	for _, w := range strings.Fields(body) {
		if w == head {
			return true
		}
	}
	return false
}

// nationDescribed reports whether a source is a nation and a description
// in lower case ("Kurdish authorities", "Colombian army", "Mali army"),
// or a nation's abbreviation ("U.S."): the short form a headline names a
// source by.
func nationDescribed(who string) bool {
	words := strings.Fields(who)
	if len(words) == 1 {
		return strings.Count(who, ".") >= 2 && len(who) <= 5 // "U.S.", "U.K."
	}
	first := strings.ToLower(words[0])
	if nation, _, ok := strings.Cut(first, "-"); ok && installedBy[first[len(nation)+1:]] {
		// "Russian-installed officials", "Turkish-backed authorities".
		first = nation
	}
	if nationAdjectives[first] == "" {
		return false
	}
	for _, w := range words[1:] {
		if hasUpper(w) {
			return false
		}
	}
	return len(words) <= 3
}

// installedBy are the words that join a nation to the officials it put
// in place or backs: "Russian-installed".
var installedBy = wordSet("installed backed appointed led")

// namesCountry reports whether a source is a country's name ("Mali",
// "Chad"), not its adjective ("Chadian").
func namesCountry(who string) bool {
	if isCountry(who) {
		return true
	}
	adj := nationAdjectives[strings.ToLower(who)]
	return adj != "" && adj != who
}

// hasUpper reports whether s has an ASCII capital letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// headlineKicker returns the source a headline ends with after a colon or
// a dash, as statements' headlines name it ("… in North Waziristan: ISPR",
// "… in one week — DHQ"), or "".
func headlineKicker(head string) string {
	head = strings.TrimSpace(head)
	at := -1
	for _, sep := range [...]string{": ", " — ", " – ", " - "} {
		if i := strings.LastIndex(head, sep); i > at {
			at = i + len(sep)
		}
	}
	// The source closes the headline; a kicker opens it ("Ukraine:
	// Kharkiv Strike Kills Five").
	if at < 0 || at < len(head)/2 {
		return ""
	}
	src := strings.TrimSpace(head[at:])
	words := strings.Fields(src)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if r := w[0]; !(r >= 'A' && r <= 'Z') || activeVerbs[lw] != "" || passiveVerbs[lw] != "" || reportVerbs[lw] {
			return ""
		}
	}
	return src
}

// personTitles open a source that names a person by office and name
// ("Governor Ivan Fedorov", "Deputy Interior Minister Majid Mirahmadi",
// "Head of the Kherson Regional Military Administration Oleksandr
// Prokudin"); titleWords are the words such a title is made of.
var (
	personTitles = wordSet("governor mayor minister deputy head chief president vice spokesman " +
		"spokeswoman spokesperson commander director secretary ambassador prosecutor senator premier " +
		"chairman chairwoman acting")
	titleWords = wordSet("governor mayor minister deputy head chief president vice spokesman " +
		"spokeswoman spokesperson commander director secretary ambassador prosecutor senator premier " +
		"chairman chairwoman acting regional administration ministry military interior defence defense " +
		"foreign state district provincial city council office department general staff armed forces " +
		"army police service committee agency of the for and emergency emergencies")
)

// titledName returns the person's name, two or three capitalised words,
// at the end of a source that opens with a person's title ("Mayor Ihor
// Terekhov" → "Ihor Terekhov"), its office before it or not ("Interior
// Minister Pascoal Ronda", "Home Minister Asaduzzaman Khan", "Bavarian
// Interior Minister Bruno Merk"), or the words as they are.
func titledName(words []token) []token {
	if len(words) < 3 || !words[0].cap {
		return words
	}
	titled := false
	for j := 0; j <= 2 && j < len(words)-2 && words[j].cap; j++ {
		if personTitles[words[j].w] {
			titled = j == 0 || len(words) > j+2
			break
		}
	}
	if !titled {
		return words
	}
	k := len(words)
	for k > 0 && k > len(words)-3 {
		t := words[k-1]
		if !t.cap || titleWords[t.w] || strings.ContainsAny(t.w, "'’.") || nationAdjectives[t.w] != "" {
			break
		}
		k--
	}
	if len(words)-k < 2 || k == 0 || !titleWords[words[k-1].w] {
		return words
	}
	return words[k:]
}

// nameRanks open a person's name with a military rank or a priest's
// title ("Lieutenant General Ahmed Sharif Chaudhry", "Lt. Col. Gerry
// Besana", "Father Fadi Ghattas"): the source is the person, named
// without it.
var nameRanks = wordSet("general lieutenant colonel major captain brigadier sergeant admiral " +
	"commodore marshal corporal gen lt col maj capt brig sgt adm cpl father dr prof rear commandant cmdt " +
	"bishop archbishop cardinal imam rabbi reverend rev pastor mr mrs ms commissioner")

// surnameRanks are the ranks and honorifics a surname alone may follow
// ("Mr Madaki", "Commissioner Atta-ul-Munim").
var surnameRanks = wordSet("mr mrs ms dr commissioner")

// rankWord reports whether w is a rank, or ranks joined by hyphens
// ("lieutenant-general", "major-general").
func rankWord(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if !nameRanks[part] {
			return false
		}
	}
	return true
}

// rankedName returns the name after the ranks a source opens with, when
// two to four capitalised words that make no title or office follow
// them (or one, a surname, after an honorific: "Mr Madaki"), or the
// words as they are.
func rankedName(words []token) []token {
	k := 0
	for k < len(words) && words[k].cap && rankWord(words[k].w) {
		k++
	}
	if k == 0 || len(words)-k < 2 && (len(words)-k < 1 || !surnameRanks[words[k-1].w]) || len(words)-k > 4 {
		return words
	}
	for i, t := range words[k:] {
		if !t.cap && i > 0 && k+i+1 < len(words) && nameConnectors[t.w] {
			continue // "Father Rafael dos Santos"
		}
		if !t.cap || titleWords[t.w] || sourceNouns[t.w] || nationAdjectives[t.w] != "" {
			return words
		}
	}
	return words[k:]
}

// runBy reports whether a source opens with a descriptor of who runs it
// before its name ("Houthi-run Al Masirah TV", "Hamas-controlled health
// ministry"): the descriptor is dropped, as "-based" is.
func runBy(words []token) bool {
	return len(words) > 1 && (strings.HasSuffix(words[0].w, "-run") || strings.HasSuffix(words[0].w, "-controlled"))
}

// widenedDate widens the date a figure's expression resolved to, d, by the
// words around the expression in sentence s: "overnight into Saturday" is
// the night before that Saturday; "between 1 January and 22 March", one
// date to the other; "since the conflict began on 15 April 2023", that day
// to publication.
func widenedDate(s string, dates []dateHit, expr string, d Date, published string) Date {
	at := -1
	for i, h := range dates {
		if h.Expr == expr {
			at = i
			break
		}
	}
	if at < 0 || d.Start == nil || d.End == nil {
		return d
	}
	h := dates[at]
	lowerBefore := strings.ToLower(s[max(0, h.Start-80):h.Start])
	span := func(from, to Date) Date {
		if from.Start == nil || to.End == nil || *from.Start > *to.End {
			return d
		}
		w := d
		st, en := *from.Start, *to.End
		w.Start, w.End = &st, &en
		return w
	}
	// "the 1998-2000 war", "the war of 1980-88": the first year to the
	// last.
	if d.Precision == PrecisionYear {
		if last, ok := yearRangeEnd(s[h.End:], *d.Start); ok {
			return span(d, Date{End: &last})
		}
	}
	// "overnight into Saturday".
	if strings.EqualFold(expr, "overnight") {
		rest := strings.ToLower(s[h.End:])
		if day, ok := strings.CutPrefix(rest, " into "); ok {
			for _, wd := range [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
				if strings.HasPrefix(day, wd) {
					on := ResolveDate(wd, published)
					if on.Start == nil {
						return d
					}
					t, err := time.Parse(isoDay, *on.Start)
					if err != nil {
						return d
					}
					return span(Date{Start: ptr(t.AddDate(0, 0, -1).Format(isoDay))}, on)
				}
			}
		}
		return d
	}
	// "overnight into Friday" read from the weekday: the night before it.
	if strings.HasSuffix(lowerBefore, "overnight into ") && d.Precision == PrecisionDay && *d.Start == *d.End {
		if t, err := time.Parse(isoDay, *d.Start); err == nil {
			return span(Date{Start: ptr(t.AddDate(0, 0, -1).Format(isoDay))}, d)
		}
	}
	// "on the night of 15/16 March": the night from the day before.
	if b, ok := strings.CutSuffix(lowerBefore, "/"); ok && d.Precision == PrecisionDay && *d.Start == *d.End {
		k := len(b)
		for k > 0 && b[k-1] >= '0' && b[k-1] <= '9' {
			k--
		}
		if k < len(b) && k >= len("night of ") && strings.HasSuffix(b[:k], "night of ") {
			if t, err := time.Parse(isoDay, *d.Start); err == nil && b[k:] == strconv.Itoa(t.AddDate(0, 0, -1).Day()) {
				return span(Date{Start: ptr(t.AddDate(0, 0, -1).Format(isoDay))}, d)
			}
		}
	}
	// "between 1 January and 22 March": the figure may be dated by either.
	if at+1 < len(dates) && strings.HasSuffix(strings.TrimRight(lowerBefore, " "), "between") &&
		strings.TrimSpace(s[h.End:dates[at+1].Start]) == "and" {
		return span(d, ResolveDate(dates[at+1].Expr, published))
	}
	if at > 0 && strings.TrimSpace(s[dates[at-1].End:h.Start]) == "and" {
		p := dates[at-1]
		if strings.HasSuffix(strings.TrimRight(strings.ToLower(s[max(0, p.Start-48):p.Start]), " "), "between") {
			return span(ResolveDate(p.Expr, published), d)
		}
	}
	// "fighting that began late on Tuesday and ended on Wednesday", "which
	// started on Sunday evening and lasted into the early hours of Monday":
	// the days from the one to the other.
	if at+1 < len(dates) && lastsUntil(s[h.End:dates[at+1].Start]) {
		return span(d, ResolveDate(dates[at+1].Expr, published))
	}
	if at > 0 && lastsUntil(s[dates[at-1].End:h.Start]) {
		return span(ResolveDate(dates[at-1].Expr, published), d)
	}
	// "since the conflict began on 15 April 2023": that day to publication.
	// A longer clause needs its verb just before the date ("since fighting
	// between the ELN and FARC dissidents erupted on Jan. 16"), else the
	// date is the main clause's ("its deadliest day since the end of its
	// civil war on Monday").
	if published != "" && !(len(expr) >= 6 && strings.EqualFold(expr[:6], "since ")) {
		clause := lowerBefore
		if i := strings.LastIndexAny(clause, ",.;:"); i >= 0 {
			clause = clause[i+1:]
		}
		if i := strings.LastIndex(clause, "since "); i >= 0 && (i == 0 || clause[i-1] == ' ') && published >= *d.Start && !toldInWhich(s[h.End:]) {
			words := strings.Fields(clause[i:])
			if len(words) <= 6 || len(words) <= 10 && sinceVerbIn(words[1:]) {
				return span(d, Date{End: &published})
			}
		}
		// "The insurgency, which began in May 1980, has cost more than
		// 1,500 lives": what has been told since it began.
		if startClause(clause) && published >= *d.Start {
			rest := strings.TrimLeft(strings.ToLower(s[h.End:]), " ,")
			if when, ok := strings.CutPrefix(rest, "when "); ok {
				// "which began in 2014 when the Houthis seized the
				// capital, has killed": past what happened then.
				if k := strings.IndexByte(when, ','); k > 0 && k < 100 && !strings.ContainsAny(when[:k], ";.") {
					rest = strings.TrimLeft(when[k+1:], " ")
				}
			}
			if strings.HasPrefix(rest, "has ") || strings.HasPrefix(rest, "have ") {
				return span(d, Date{End: &published})
			}
		}
	}
	return d
}

// yearRangeEnd reads the end of a span of years right after its first
// year (rest follows it, start is that year's first day): "-2000" or
// "–88" after "1998" or "1980". It returns the last day of the last year.
func yearRangeEnd(rest, start string) (string, bool) {
	rest, ok := strings.CutPrefix(rest, "-")
	if !ok {
		if rest, ok = strings.CutPrefix(rest, "\u2013"); !ok {
			return "", false
		}
	}
	n := 0
	for n < len(rest) && n < 5 && isDigit(rest[n]) {
		n++
	}
	if len(start) < 4 || (n != 2 && n != 4) {
		return "", false
	}
	y := rest[:n]
	if n == 2 {
		y = start[:2] + y
	}
	if y <= start[:4] {
		return "", false
	}
	return y + "-12-31", true
}

// startClause reports whether a clause (lower case, up to a date) is a
// relative clause telling when something began: "which began in", "that
// erupted in", "which started".
func startClause(clause string) bool {
	words := strings.Fields(clause)
	n := len(words)
	if n > 0 && (words[n-1] == "in" || words[n-1] == "on") {
		n--
	}
	if n < 2 || words[n-2] != "which" && words[n-2] != "that" {
		return false
	}
	switch words[n-1] {
	case "began", "started", "erupted", "broke":
		return true
	}
	return false
}

// sinceVerbIn reports whether the words of a clause after "since" hold
// the verb of a clause telling when something began: "since the Tigers
// began fighting for a separate homeland in 1983", "since the government
// sent the army against the cartels in December 2006".
func sinceVerbIn(words []string) bool {
	for _, w := range words {
		if sinceVerb(w) || w == "sent" || w == "won" || w == "struck" || w == "seized" || w == "lost" || w == "captured" || w == "took" {
			return true
		}
	}
	return false
}

// lastsUntil reports whether the words between two dates of a sentence
// carry what began at the first on to the second: "and ended", "and
// lasted into the early hours of", ", and continued into". A clause that
// runs on between them ("which began late on Friday when police tried to
// stop students ..., and continued into") is read up to 120 bytes, within
// the sentence.
func lastsUntil(between string) bool {
	if len(between) > 120 || strings.ContainsAny(between, ";") {
		return false
	}
	words := strings.Fields(lowerASCII(between))
	// The words that open the second date's phrase: "the early hours of",
	// "late on".
	for len(words) > 0 {
		switch words[len(words)-1] {
		case "on", "the", "of", "hours", "early", "late", "morning", "night", "evening", "small":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	n := len(words)
	if n == 0 {
		return false
	}
	// v is the verb that carries it on: it opens the words between or
	// follows "and" ("and the curfew ended on Saturday" is another
	// clause's).
	v := -1
	switch words[n-1] {
	case "ended", "ending", "through":
		v = n - 1
	case "into", "until", "till":
		if n < 2 {
			return false
		}
		switch words[n-2] {
		case "lasted", "lasting", "continued", "continuing", "stretched", "stretching", "raged", "raging":
			v = n - 2
		case "on":
			// "went on into", "dragged on until".
			if n >= 3 {
				v = n - 3
			}
		}
	}
	if v < 0 {
		return false
	}
	return v == 0 || strings.TrimSuffix(words[v-1], ",") == "and" || v == 1 && words[0] == ","
}

// sinceVerb reports whether a word is the verb of a clause telling when
// something began: a past tense in -ed, or one of the irregular ones.
func sinceVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "began" || w == "broke" || w == "out" || w == "took" || w == "came" || w == "fell"
}

func ptr(s string) *string { return &s }

// slashedName reports whether toks[j] is the slash of a name written as
// two joined by it, between capitalised words after a number's first
// modifier ("14 PKK/YPG terrorists", "PKK/KCK members").
func slashedName(toks []token, j, mods int) bool {
	return mods > 0 && toks[j].w == "/" && j > 0 && j+1 < len(toks) && toks[j-1].cap && toks[j+1].cap &&
		toks[j-1].e == toks[j].s && toks[j].e == toks[j+1].s
}

// amongOpener reads "among those killed in August were", "among the dead
// in the attack was": the opener of a list of casualties whose
// participle a short phrase follows before "were", ending at toks[k]. It
// returns the outcome and the opener's first token, or "" (the opener with
// nothing between is read by activeBefore).
func amongOpener(toks []token, k int) (string, int) {
	if k < 5 || toks[k].w != "were" && toks[k].w != "was" {
		return "", -1
	}
	for m := k - 2; m >= 2 && m >= k-7; m-- {
		t := toks[m]
		if !t.word {
			return "", -1
		}
		if toks[m-2].w != "among" || toks[m-1].w != "the" && toks[m-1].w != "those" {
			continue
		}
		if !ppStarts[toks[m+1].w] && toks[m+1].w != "during" && toks[m+1].w != "since" {
			return "", -1
		}
		switch t.w {
		case "dead", "killed", "victims", "fatalities":
			return OutcomeKilled, m - 2
		case "wounded", "injured":
			return OutcomeWounded, m - 2
		}
		return "", -1
	}
	return "", -1
}

// anotherElliptical reports whether "another" at toks[i], with no noun
// up to toks[j], is one more of the group told before, its verb's
// auxiliary left out: "a soldier was martyred and another wounded".
func anotherElliptical(toks []token, i, j int, another bool, mods int) bool {
	return another && mods == 0 && i > 0 && toks[i-1].w == "and" && j < len(toks) && j == i+1 &&
		passiveVerbs[toks[j].w] != "" && toks[i].w == "another"
}

// runningTotals gives an unqualified force's running total the side of the
// force its sentence names in the figure it adds to: "Two Israeli
// soldiers were killed in southern Lebanon …, bringing to 40 the number
// of soldiers killed" counts Israeli soldiers, not the soldiers of the
// country the fighting is in.
func runningTotals(claims []Claim, text string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil ||
			!strings.HasSuffix(c.Victims.Side, " military") || namesNation(c.Victims.Text) {
			continue
		}
		a, _ := sentenceBounds(text, c.Span.Start, c.Span.End)
		if !addsToTotal(lowerASCII(text[a:c.Span.End])) {
			continue
		}
		for j := range claims {
			o := &claims[j]
			if j == i || o.Span.Start < a || o.Span.End > c.Span.Start {
				continue
			}
			if o.Kind == KindCasualty && o.Victims != nil && o.Outcome == c.Outcome &&
				strings.HasSuffix(o.Victims.Side, " military") && namesNation(o.Victims.Text) {
				c.Victims.Side = o.Victims.Side
				break
			}
		}
	}
}

// addsToTotal reports whether the words before a figure in its sentence
// make it a running total: "bringing to 40 the number of", "raising the
// toll to".
func addsToTotal(before string) bool {
	for _, w := range [...]string{"bringing", "raising", "taking the"} {
		if i := strings.LastIndex(before, w); i >= 0 && !strings.ContainsAny(before[i:], ";:") {
			return true
		}
	}
	return false
}

// allOf reports whether toks[k] is "all" before a number of people at
// toks[first]: "killed all four attackers", "killing all 60 people on
// board", "killed all 12 passengers", "killing all 73 aboard".
func allOf(toks []token, k, first int) bool {
	if toks[k].w != "all" || k+1 != first || !numberish(toks[first]) || toks[first].cap || first+1 >= len(toks) {
		return false
	}
	h := toks[first+1].w
	return rebelHeads[h] || securityHeads[h] || policeHeads[h] || civilianHeads[h] || h == "passengers" || h == "crew" || h == "crewmen" ||
		h == "aboard" || h == "on" && first+2 < len(toks) && toks[first+2].w == "board"
}

// armyNames are the names of national armies that stand for their nation
// as its adjective does: "IDF soldiers" are Israeli, an article that
// speaks of the IDF is about Israel's forces.
var armyNames = map[string]string{
	"idf": "Israeli", "tsahal": "Israeli", "sandf": "South African", "fardc": "Congolese",
	"fama": "Malian", "updf": "Ugandan", "endf": "Ethiopian", "tatmadaw": "Myanmar", "ispr": "Pakistani",
}

func init() {
	for w, n := range armyNames {
		if _, ok := nationAdjectives[w]; !ok {
			nationAdjectives[w] = n
		}
	}
}

// mixedTotals makes a bare overall toll that adds up figures of several
// sides told before it in its sentence of no one side: "231 members of
// the security forces and 250 fighters loyal to Assad had also been
// killed, bringing the overall toll to 1,454".
func mixedTotals(claims []Claim, text string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side == SideUnknown || strings.IndexFunc(c.Victims.Text, isLetter) >= 0 {
			continue
		}
		a, _ := sentenceBounds(text, c.Span.Start, c.Span.End)
		if !addsToTotal(lowerASCII(text[a:c.Span.End])) {
			continue
		}
		sides := map[string]bool{}
		for j := range claims {
			o := &claims[j]
			if j != i && o.Kind == KindCasualty && o.Victims != nil && o.Outcome == c.Outcome &&
				o.Span.Start >= a && o.Span.End <= c.Span.Start {
				sides[o.Victims.Side] = true
			}
		}
		if len(sides) > 1 {
			c.Victims.Side = SideUnknown
		}
	}
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// tableRange matches a day range in a table's heading: "10-16 August",
// "27 February - 3 March".
var tableRange = regexp.MustCompile(`\b(\d{1,2})(?: (January|February|March|April|May|June|July|August|September|October|November|December))?\s*[-–]\s*(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// tableDates dates the rows of a casualty table ("Killed: 64") that have
// no date of their own by the heading above them, up to the blank line
// before the table: "CASUALTIES (North Darfur, 10-16 August)" dates its
// rows from the 10th to the 16th.
func tableDates(claims []Claim, text, published string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Date.Start != nil {
			continue
		}
		// The row the figure is in, or is a breakdown of ("(including 19
		// children)").
		from := strings.LastIndexByte(text[:c.Span.Start], '\n') + 1
		if !tableRow(text[from:c.Span.End]) {
			continue
		}
		// The lines above the row, nearest first, to a blank line.
		end := strings.LastIndexByte(text[:c.Span.Start], '\n')
		for n := 0; end > 0 && n < 8; n++ {
			start := strings.LastIndexByte(text[:end], '\n') + 1
			line := text[start:end]
			if strings.TrimSpace(line) == "" {
				break
			}
			if !tableRow(line) {
				if d, ok := headingDate(line, published); ok {
					d.Expression = line
					c.Date = d
				}
				break
			}
			end = start - 1
		}
	}
}

// tableRow reports whether s opens as a row of a casualty table does: a
// capitalised label, a colon, a number.
func tableRow(s string) bool {
	label, rest, ok := strings.Cut(s, ": ")
	if !ok || tableOutcomes[strings.ToLower(label)] == "" {
		return false
	}
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// headingDate resolves the date of a table's heading: a day range ("10-16
// August") or a date expression.
func headingDate(line, published string) (Date, bool) {
	if m := tableRange.FindStringSubmatch(line); m != nil {
		month := m[2]
		if month == "" {
			month = m[4]
		}
		from := ResolveDate(m[1]+" "+month, published)
		to := ResolveDate(m[3]+" "+m[4], published)
		if from.Start != nil && to.End != nil && *from.Start <= *to.End {
			from.End = to.End
			return from, true
		}
	}
	for _, h := range findDates(line) {
		if d := ResolveDate(h.Expr, published); d.Start != nil {
			return d, true
		}
	}
	return Date{}, false
}

// samePeriods dates a figure told "over the same period" by the period of
// the nearest figure before it in the report dated over more than a day, as resolved there ("between 1
// January and 22 March"), rather than by that period's first date alone.
func samePeriods(claims []Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || !strings.Contains(strings.ToLower(c.Date.Expression), "same period") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := &claims[j]
			// A period: the nearest figure dated over more than a day.
			if o.Kind == KindCasualty && o.Date.Start != nil && o.Date.End != nil && *o.Date.Start != *o.Date.End &&
				!strings.Contains(strings.ToLower(o.Date.Expression), "same period") {
				d := o.Date
				st, en := *o.Date.Start, *o.Date.End
				d.Start, d.End, d.Expression = &st, &en, c.Date.Expression
				c.Date = d
				break
			}
		}
	}
}

// undatedSince leaves undated a cumulative figure counted "since the
// start" of something the text does not date, which a date carried from
// the sentence before would wrongly bound: "over the past 24 hours … In
// total, since the start of hostilities in the area, the enemy has lost
// more than 31,400 servicemen".
func undatedSince(claims []Claim, text string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Scope != ScopeCumulative || c.Date.Start == nil || c.Date.Expression == "" {
			continue
		}
		a, b := sentenceBounds(text, c.Span.Start, c.Span.End)
		sent := text[a:b]
		if strings.Contains(sent, c.Date.Expression) {
			continue
		}
		ls := lowerASCII(sent)
		for _, p := range [...]string{"since the start", "since the beginning", "since the outbreak"} {
			if strings.Contains(ls, p) {
				c.Date = Date{Precision: PrecisionUnresolved}
				break
			}
		}
	}
}

// sinceDayToReport runs a figure dated by one day that a "since" clause
// after it opens ("21 people have been killed ...
// since the introduction of internment on Monday") from that day to the
// report's: a count since an event, not of the day itself.
func sinceDayToReport(claims []Claim, text, published string) {
	pub, ok := parsePublished(published)
	if !ok {
		return
	}
	end := pub.Format(isoDay)
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Date.Precision != PrecisionDay || c.Date.Start == nil ||
			c.Date.End == nil || *c.Date.Start != *c.Date.End || *c.Date.Start >= end || hasLowerPrefix(c.Date.Expression, "since") {
			continue
		}
		a, b := sentenceBounds(text, c.Span.Start, c.Span.End)
		ls := lowerASCII(text[a:b])
		at := strings.Index(ls, lowerASCII(c.Date.Expression))
		if at < 0 {
			continue
		}
		k := strings.LastIndex(ls[:at], " since ")
		if k < 0 || at-k > 90 || strings.ContainsAny(ls[k:at], ",;") || k < c.Span.End-a {
			// ("since" after the figure, in its own clause.)
			continue
		}
		e := end
		c.Date.End = &e
	}
}

// runningCountDates leaves undated a figure told before the running count
// it raises, whose "since" date or period is the count's: "A French
// soldier was killed in Mali, bringing to 50 the number of French troops
// killed in the Sahel since 2013" (the soldier died this week, not since
// 2013), "…, raising to 40 the number killed in the region this month".
func runningCountDates(claims []Claim, text string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Date.Start == nil || !hasLowerPrefix(c.Date.Expression, "since") &&
			c.Date.Precision != PrecisionMonth && c.Date.Precision != PrecisionYear && c.Date.Precision != PrecisionWeek {
			continue
		}
		a, b := sentenceBounds(text, c.Span.Start, c.Span.End)
		if c.Span.End < a || c.Span.End > b {
			continue
		}
		rest := text[c.Span.End:b]
		at := strings.Index(rest, c.Date.Expression)
		if at < 0 {
			continue
		}
		lr := lowerASCII(rest[:at])
		for _, v := range runningCountOpeners {
			if strings.Contains(lr, v) {
				c.Date = Date{Precision: PrecisionUnresolved}
				break
			}
		}
	}
}

// sinceLongScope makes cumulative a figure of incident scope that a
// "since" clause after it, or one opening its sentence, dates over two
// months or more to the report ("More than 700 social leaders have been
// killed in Colombia since the peace deal was signed in November 2016"): a
// count over a period, not one incident.
func sinceLongScope(claims []Claim, text string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Scope != ScopeIncident || c.Date.Start == nil || c.Date.End == nil {
			continue
		}
		st, err1 := time.Parse(isoDay, *c.Date.Start)
		en, err2 := time.Parse(isoDay, *c.Date.End)
		if err1 != nil || err2 != nil || en.Sub(st) < 60*24*time.Hour {
			continue
		}
		a, b := sentenceBounds(text, c.Span.Start, c.Span.End)
		if from := c.Span.End; from >= a && from <= b {
			rest := lowerASCII(text[from:b])
			// (Not a record's "since": "the first such deaths since a
			// truce took hold last year".)
			if k := strings.Index(rest, " since "); k >= 0 && !sinceMeasuresOther(rest[:k+1], true) {
				c.Scope = ScopeCumulative
			}
		}
		// "Since Sendero Luminoso initiated its armed struggle in May of
		// 1980, political violence has caused more than 10,000 deaths".
		if c.Scope == ScopeIncident && c.Span.Start > a {
			if before := lowerASCII(text[a:c.Span.Start]); strings.HasPrefix(before, "since ") && strings.Contains(before, ", ") {
				c.Scope = ScopeCumulative
			}
		}
	}
}

// liveBlogDates gives the figures of a live blog (a page of time-stamped
// updates: "20.05 MSK", "14:55 GMT" on lines of their own) that no date
// expression dates the day it was published: each update tells what was
// known that day.
func liveBlogDates(claims []Claim, text, published string) {
	pub, ok := parsePublished(published)
	if !ok {
		return
	}
	// A live blog has two or more lines that are only a time of day, maybe
	// with a zone: "20.05 MSK", "14:55", "0930 GMT".
	stamps := updateDays(text, pub)
	if len(stamps) < 2 {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind == KindCasualty && c.Date.Start == nil && c.Scope == ScopeIncident {
			// The day of the update the figure is in: the day its time
			// stamp names ("22.45 PKT (Sunday)"), else the day published.
			day := pub
			for _, st := range stamps {
				if st.at > c.Span.Start {
					break
				}
				day = st.day
			}
			d := day.Format(isoDay)
			st, en := d, d
			c.Date = Date{Start: &st, End: &en, Precision: PrecisionDay, Expression: "live update"}
		}
	}
}

// updateStamp is where a live blog's update opens and the day it is of.
type updateStamp struct {
	at  int
	day time.Time
}

// updateDays returns the time stamps of a live blog's updates in order,
// each with the weekday it names in brackets ("22.45 PKT (Sunday)"), on
// or before the day published, or that day.
func updateDays(text string, pub time.Time) []updateStamp {
	var out []updateStamp
	at := 0
	for line := range strings.SplitSeq(text, "\n") {
		t := strings.TrimSpace(line)
		if stamp, wd := stampWeekday(t); reTimeLine.MatchString(stamp) {
			day := pub
			if w, ok := weekdayNames[wd]; ok {
				day = weekdayOnOrBefore(pub, w)
			}
			out = append(out, updateStamp{at: at, day: day})
		}
		at += len(line) + 1
	}
	return out
}

// stampWeekday splits a time stamp line into the stamp and the lower-case
// weekday in brackets after it ("22.45 PKT (Sunday)"), if any.
func stampWeekday(t string) (string, string) {
	open := strings.LastIndexByte(t, '(')
	if open < 0 || !strings.HasSuffix(t, ")") {
		return t, ""
	}
	return strings.TrimSpace(t[:open]), strings.ToLower(t[open+1 : len(t)-1])
}

// reTimeLine matches a line that is a time of day and maybe its zone.
var reTimeLine = regexp.MustCompile(`^(?:[01]?\d|2[0-3])[.:h]?[0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?$`)

// tallyVerbs are the verbs with which monitors and humanitarian agencies
// report the casualties they count ("the Mission has verified", "WHO has
// documented", "OCHA had recorded").
var tallyVerbs = wordSet("verified documented recorded registered counted")

// tallyVerb reports whether toks[i] is a monitor's verb of counting in the
// perfect, before what it counted: "has verified that", "have recorded
// 1,200".
func tallyVerb(toks []token, i int) bool {
	// The word before is asked first: it rules out nearly every token
	// without a map lookup.
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	if p := toks[i-1].w; p != "has" && p != "have" && p != "had" {
		return false
	}
	return tallyVerbs[toks[i].w] && (toks[i+1].w == "that" || numberish(toks[i+1]) || toks[i+1].w == "at")
}

// possessiveMark reports whether toks[j] is the apostrophe of a plural
// possessive, on the word before it: "the prosecutors' office".
func possessiveMark(toks []token, j int) bool {
	return j > 0 && (toks[j].w == "'" || toks[j].w == "’") && toks[j-1].word && toks[j-1].e == toks[j].s &&
		strings.HasSuffix(toks[j-1].w, "s") && j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap
}

// tailSource returns the source named before in full that a later source
// of lower-case words is the end of ("a local civil society leader said …
// the civil society leader said"), or "".
func tailSource(named []string, who string) string {
	if strings.IndexByte(who, ' ') < 0 || strings.ToLower(who) != who {
		return ""
	}
	for i := len(named) - 1; i >= 0; i-- {
		n := named[i]
		if len(n) > len(who) && n[len(n)-len(who)-1] == ' ' && strings.EqualFold(n[len(n)-len(who):], who) {
			return n
		}
	}
	return ""
}

// armySource returns the army named before by its own name ("The IDF
// said …") that "the military" or "the army" of a later sentence is, or
// "".
func armySource(who, lastNamed string) string {
	if w := strings.ToLower(who); w != "military" && w != "army" {
		return ""
	}
	if armyNames[strings.ToLower(lastNamed)] != "" {
		return lastNamed
	}
	return ""
}

// startsFurther reports whether a sentence opens with more of the figure
// told before: "Another 27 people were injured", "A further 12 were
// missing", "An additional 40 were wounded".
func startsFurther(lower string) bool {
	for _, p := range [...]string{"another ", "a further ", "an additional "} {
		if rest, ok := strings.CutPrefix(lower, p); ok {
			w, _, _ := strings.Cut(rest, " ")
			return w != "" && (w[0] >= '0' && w[0] <= '9' || numberWords[w] > 0)
		}
	}
	return false
}

// ofTheWounded reports whether the group toks[first..last] is a part of
// the wounded its sentence told before it: "Another 27 people were
// injured, 20 of them were hospitalised".
func ofTheWounded(toks []token, first, last int) bool {
	told := false
	for m := 0; m < first; m++ {
		if w := toks[m].w; w == "injured" || w == "wounded" || w == "hurt" {
			told = true
		}
	}
	for m := first; m < last && m+1 < len(toks); m++ {
		if toks[m].w != "of" {
			continue
		}
		switch toks[m+1].w {
		case "them", "those":
			return told
		case "the":
			if m+2 < len(toks) && (toks[m+2].w == "injured" || toks[m+2].w == "wounded") {
				return true
			}
		}
	}
	return false
}

// putToll reports whether toks[k] is the toll a source puts at a figure
// with no "at" ("put the toll above 100", "puts the death toll over 50").
func putToll(toks []token, k int) bool {
	if toks[k].w != "toll" {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if putVerb(toks[m].w) {
			return true
		}
	}
	return false
}

// putVerb reports whether w is a form of "put" or "place", with which a
// source gives a toll: "put the toll at 79", "put the dead at seven".
func putVerb(w string) bool {
	switch w {
	case "put", "puts", "putting", "placed", "places":
		return true
	}
	return false
}

// giveVerb reports whether w is a form of "give", with which a source
// gives a toll as a figure: "had given the toll as 56".
func giveVerb(w string) bool {
	switch w {
	case "give", "gives", "gave", "given", "giving":
		return true
	}
	return false
}

// participleEnd returns the index of the comma that closes a participle
// clause opening at toks[k] ("having fought gallantly,"), or -1.
func participleEnd(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].isQuote() {
		k++ // nine soldiers, "having fought gallantly, embraced shahadat"
	}
	if k >= len(toks) || toks[k].w != "having" {
		return -1
	}
	for m := k + 1; m < len(toks) && m <= k+5; m++ {
		if toks[m].w == "," {
			return m
		}
		if !toks[m].word {
			return -1
		}
	}
	return -1
}

// headlinePlaces gives a figure of the headline and the body's figure it
// repeats (the same outcome, count and side) one place: the body's, which
// is told more closely ("Gunmen kill 11 at family party in Guanajuato" of
// a party "on the outskirts of Irapuato"), when the headline names none or
// a country, or the body's place lies in the headline's, or the body names
// a place the gazetteer does not know (a village); else the headline's,
// which the body's figure and the figures told with it in its sentence
// take when they have none ("Bomb at Quetta vegetable market kills six"
// over "killing six people and wounding 17").
func headlinePlaces(claims []Claim, text string) {
	if !opensWithHeadline(text) {
		return // a lead paragraph is not a headline
	}
	head, _, _ := strings.Cut(text, "\n\n")
	for i := range claims {
		c := &claims[i]
		if c.Span.End > len(head) {
			if c.Span.Start > len(head) {
				break
			}
			continue
		}
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil || c.Victims == nil {
			continue
		}
		for j := range claims {
			o := &claims[j]
			if o.Kind != KindCasualty || o.Span.Start <= len(head) || o.Outcome != c.Outcome || o.Count == nil ||
				o.Count.Value == nil || *o.Count.Value != *c.Count.Value || o.Victims == nil || o.Victims.Side != c.Victims.Side {
				continue
			}
			switch {
			case o.Location != nil && (c.Location == nil || isCountry(c.Location.Name) && !isCountry(o.Location.Name) ||
				slices.Contains(areasOf(*o.Location), c.Location.Name) ||
				!knownPlace(o.Location) && !strings.ContainsAny(o.Location.Name, "'’") && !slices.Contains(areasOf(*c.Location), o.Location.Name)):
				p := *o.Location
				c.Location = &p
			case c.Location != nil && o.Location == nil && knownPlace(c.Location) && CountryOf(*c.Location) != "":
				for k := j; k < len(claims); k++ {
					n := &claims[k]
					if k > j && (n.Span.Start > len(text) || n.Span.Start < o.Span.End || sentenceBreak(text[o.Span.End:n.Span.Start])) {
						break
					}
					if n.Kind == KindCasualty && n.Location == nil {
						p := *c.Location
						n.Location = &p
					}
				}
			}
			break
		}
	}
}

// sentenceBreak reports whether a stretch of text between two figures ends
// a sentence or a paragraph.
func sentenceBreak(s string) bool {
	return strings.Contains(s, ". ") || strings.Contains(s, "\n") || strings.Contains(s, ".\"") || strings.Contains(s, ".”")
}

// knownPlace reports whether the gazetteer knows a place by its name (not
// a capitalised name read after "in" alone: "in Houthi drone attack").
func knownPlace(p *Place) bool {
	_, ok := NormalisePlace(p.Name)
	return ok
}

// toldInWhich reports whether the words after a date open a clause that
// tells what happened on it: "since a school massacre in December 2014
// in which gunmen killed 149 people" dates the 149 in December 2014, not
// since.
func toldInWhich(after string) bool {
	a := strings.ToLower(strings.TrimLeft(after, " ,"))
	return strings.HasPrefix(a, "in which ") || strings.HasPrefix(a, "during which ") || strings.HasPrefix(a, "when ")
}

// breakdownPlaces gives the parts of a figure told right after it ("were
// killed: four soldiers of the Army and four police officers", ",
// including three children") the figure's place when they have none of
// their own.
func breakdownPlaces(claims []Claim, text string) {
	for i := 1; i < len(claims); i++ {
		c, o := &claims[i], &claims[i-1]
		if c.Kind != KindCasualty || o.Kind != KindCasualty || c.Location != nil || o.Location == nil || c.Outcome != o.Outcome {
			continue
		}
		if c.Span.Start < o.Span.Start || c.Span.Start > len(text) || o.Span.End > len(text) {
			continue
		}
		if c.Span.Start >= o.Span.End && !partsOpener(text[o.Span.End:c.Span.Start]) {
			continue
		}
		p := *o.Location
		c.Location = &p
	}
}

// partsOpener reports whether the words between a figure and the next
// open its parts: a colon, "including", "among them".
func partsOpener(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, ":"), ","))
	return s == "" || s == "including" || s == "among them"
}
