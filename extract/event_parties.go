package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// partyMention is an actor or target named in a sentence.
type partyMention struct {
	Start, End int
	Text, Name string
}

// partyRule maps a way of naming a party to its normalised name. Name ""
// means "derive from the nationality adjective" (see nationalities).
type partyRule struct {
	Re   *wordRegexp
	Name string
}

// Nouns that, after a nationality adjective, make the phrase the armed
// forces or government of that country ("Turkish troops", "Israeli
// warplanes", "Syrian air defences").
const reStateNoun = `(?:government|regime|army|armed\s+forces|military(?:\s+(?:personnel|posts?|experts|specialists))?|forces|troops|soldiers|servicemen|warplanes|jets|fighter\s+jets|aircraft|drones?|air\s+force|air\s+defen[cs]es?(?:\s+forces)?|navy|police|artillery|officials|authorities|units|army\s+units|specialists|delegation|leaders?|president|foreign\s+minister|defen[cs]e\s+minister|foreign\s+ministry|defen[cs]e\s+ministry|ministry|missiles|observation\s+posts|posts|positions|bases|convoy|tanks|counterparts?)`

// partyRules are tried in order; where two match overlapping text the
// earlier-starting, then longer, wins.
var partyRules = []partyRule{
	{Name: "rebels", Re: mustWordRegexp(`\b(?:Turkish|Turkey|Ankara)[- ]backed\s+(?:[\w-]+\s+)?(?:forces|fighters|rebels|opposition(?:\s+(?:fighters|forces|groups?))?|militias?|groups?)`)},
	{Name: "Syrian government", Re: mustWordRegexp(`\b(?:Russian|Russia|Moscow)[- ](?:backed|led)\s+(?:Syrian\s+)?(?:government\s+|regime\s+)?(?:forces|troops|army)`)},
	{Name: "pro-Iran militia", Re: mustWordRegexp(`(?i)\b(?:(?:Iranian|Iran|Tehran)[- ]backed|pro-Iran(?:ian)?)\s+(?:[\w-]+\s+){0,2}?(?:fighters|militias?|forces|groups?|members)`)},
	{Name: "pro-government militia", Re: mustWordRegexp(`(?i)\bpro-(?:government|regime|Assad)\s+(?:[\w-]+\s+)?(?:fighters|militias?|forces|groups?|gunmen)`)},
	{Name: "rebels", Re: mustWordRegexp(`(?i)\b(?:Syrian\s+)?(?:rebels?(?:\s+(?:fighters|forces|groups?))?|opposition(?:\s+(?:fighters|forces|groups?))?|insurgents?|Syrian\s+National\s+Army|Free\s+Syrian\s+Army)\b`)},
	{Name: "militants", Re: mustWordRegexp(`(?i)\b(?:militants?|jihadists?|terrorists?|militant\s+groups?)\b`)},
	{Name: "Hayat Tahrir al-Sham", Re: mustWordRegexp(`\b(?:Hayat\s+Tahrir\s+al-Sham|HTS)\b`)},
	{Name: "Syrian government", Re: mustWordRegexp(`\b(?:(?:President\s+)?Bashar\s+(?:al-|al\s+)?Assad(?:['’]s)?(?:\s+(?:regime|forces|government))?|Assad(?:['’]s)?\s+(?:regime|forces|government|troops)|Assad\s+regime|SANA|(?i:the\s+)?(?:(?i:regime|government)\s+(?:forces|troops|soldiers|units|warplanes|positions|personnel))|[Tt]he\s+(?:regime|government|army)\b|Syrian\s+` + reStateNoun + `)`)},
	{Name: "Kurdish forces", Re: mustWordRegexp(`\b(?:Syrian\s+Democratic\s+Forces|SDF|YPG|Kurdish(?:-led)?\s+(?:forces|fighters|militias?))\b`)},
	{Name: "Islamic State", Re: mustWordRegexp(`\b(?:Islamic\s+State(?:\s+group)?|ISIS|ISIL|Daesh)\b`)},
	{Name: "Islamic State West Africa Province", Re: mustWordRegexp(`\bISWAP\b`)},
	{Name: "Boko Haram", Re: mustWordRegexp(`\bBoko\s+Haram\b`)},
	{Name: "al-Shabaab", Re: mustWordRegexp(`\b(?i:al-)?Shabaab?\b`)},
	{Name: "Taliban", Re: mustWordRegexp(`\bTaliban\b`)},
	{Name: "Hezbollah", Re: mustWordRegexp(`\bHezbollah\b`)},
	{Name: "Hamas", Re: mustWordRegexp(`\bHamas\b`)},
	{Name: "Houthis", Re: mustWordRegexp(`\bHouthis?(?:\s+(?:rebels|fighters|forces|movement))?\b`)},
	{Name: "Saudi-led coalition", Re: mustWordRegexp(`\bSaudi-led\s+coalition\b`)},
	{Name: "Rapid Support Forces", Re: mustWordRegexp(`\b(?:Rapid\s+Support\s+Forces|RSF)\b`)},
	{Name: "Sudanese army", Re: mustWordRegexp(`\b(?:Sudanese\s+(?:army|armed\s+forces|military)|SAF)\b`)},
	{Name: "Wagner", Re: mustWordRegexp(`\bWagner(?:\s+(?:group|mercenaries|fighters))?\b`)},
	{Name: "NATO", Re: mustWordRegexp(`\bNATO\b`)},
	{Name: "United Nations", Re: mustWordRegexp(`\b(?:United\s+Nations|UN)\b`)},
	{Name: "European Union", Re: mustWordRegexp(`\b(?:European\s+Union|EU)\b`)},
	{Name: "Turkey", Re: mustWordRegexp(`\b(?:Turkey|Türkiye|Ankara|Turks|(?:President\s+)?(?:Recep\s+)?(?:Tayyip\s+)?Erdogan|(?:Mevlut\s+)?Cavusoglu|(?:Hulusi\s+)?Akar)\b`)},
	{Name: "Russia", Re: mustWordRegexp(`\b(?:Russia|Moscow|(?:the\s+)?Kremlin|(?:President\s+)?(?:Vladimir\s+)?Putin|(?:Dmitry\s+|Dmitri\s+)?Pesko[vw]|(?:Sergei\s+)?Lavrov)\b`)},
	{Name: "Israel", Re: mustWordRegexp(`\b(?:Israel|IDF|Israel\s+Defen[cs]e\s+Forces|(?:Benjamin\s+)?Netanyahu)\b`)},
	{Name: "Iran", Re: mustWordRegexp(`\b(?:Iran|Tehran|IRGC|Revolutionary\s+Guards?)\b`)},
	{Name: "United States", Re: mustWordRegexp(`\b(?:United\s+States|U\.S\.|US|USA|Washington|Pentagon|White\s+House)\b`)},
	{Name: "Ukraine", Re: mustWordRegexp(`\b(?:Ukraine|Kyiv|Kiev|(?:Volodymyr\s+)?Zelensk(?:y|iy|yy))\b`)},
	{Name: "Syrian government", Re: mustWordRegexp(`\bDamascus\b`)},
	// Other countries named as such ("Nigeria deployed troops"); Name is
	// filled in from countryParties.
	{Name: "country", Re: mustWordRegexp(`\b(?:Syria|Iraq|Lebanon|Jordan|Azerbaijan|Armenia|Sudan|Yemen|Afghanistan|Pakistan|Nigeria|Somalia|Mali|Libya|Ethiopia|Egypt|Saudi\s+Arabia|United\s+Kingdom|Britain|France|Germany|China|Qatar)\b`)},
	// A nationality adjective with a state noun, or on its own.
	{Re: mustWordRegexp(`\b(?:` + nationalityPattern() + `)(?:\s+` + reStateNoun + `)?\b`)},
	{Name: "civilians", Re: mustWordRegexp(`(?i)\bcivilians\b`)},
}

// nationalities maps a lower-cased nationality adjective to the party its
// state's forces are reported as.
var nationalities = map[string]string{
	"syrian": "Syria", "turkish": "Turkey", "russian": "Russia", "israeli": "Israel",
	"iranian": "Iran", "iraqi": "Iraq", "ukrainian": "Ukraine", "american": "United States",
	"british": "United Kingdom", "french": "France", "german": "Germany", "chinese": "China",
	"saudi": "Saudi Arabia", "egyptian": "Egypt", "lebanese": "Lebanon", "jordanian": "Jordan",
	"sudanese": "Sudan", "yemeni": "Yemen", "afghan": "Afghanistan", "pakistani": "Pakistan",
	"indian": "India", "nigerian": "Nigeria", "somali": "Somalia", "malian": "Mali",
	"libyan": "Libya", "ethiopian": "Ethiopia", "azerbaijani": "Azerbaijan", "armenian": "Armenia",
	"kurdish": "Kurdish forces", "palestinian": "Palestinians", "emirati": "United Arab Emirates",
	"qatari": "Qatar", "belarusian": "Belarus", "georgian": "Georgia", "polish": "Poland",
	"eritrean": "Eritrea", "chadian": "Chad", "burkinabe": "Burkina Faso", "nigerien": "Niger",
	"congolese": "DR Congo", "rwandan": "Rwanda", "kenyan": "Kenya",
}

// nationalityKeys are the nationality adjectives, lower-cased, as
// prefilter keys.
var nationalityKeys = func() []string {
	keys := make([]string, 0, len(nationalities))
	for n := range nationalities {
		keys = append(keys, n)
	}
	sort.Strings(keys)
	return keys
}()

func nationalityPattern() string {
	names := make([]string, 0, len(nationalities))
	for n := range nationalities {
		names = append(names, strings.ToUpper(n[:1])+n[1:])
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	return strings.Join(names, "|")
}

// locativeBefore matches a preposition that makes a capital city a place
// rather than a party: "near Damascus", "in Moscow" (but "In Moscow, the
// Foreign Ministry announced" names the speaker, so a sentence-initial
// "In <capital>," still counts).
var locativeBefore = regexp.MustCompile(`(?i)\b(?:in|near|over|to|from|at|into|outside|of|around|toward|towards|across|between|and)\s+$`)

// countryParties maps a country named as a party to its normalised name
// where that differs from the name.
var countryParties = map[string]string{"Syria": "Syrian government", "Britain": "United Kingdom"}

// capitals are party names that are also places.
var capitals = map[string]bool{"Ankara": true, "Moscow": true, "Damascus": true, "Tehran": true, "Kyiv": true, "Kiev": true, "Washington": true}

// partyKeys are lower-case substrings one of which every match of the
// rules of a party name contains: a cheap test that skips most rules for
// most sentences. Rules whose name is not listed always run.
var partyKeys = map[string][]string{
	"rebels":                             {"backed", "rebel", "opposition", "insurgent", "national army", "free syrian"},
	"Syrian government":                  {"russia", "moscow", "assad", "sana", "regime", "government", "army", "syrian", "damascus"},
	"pro-Iran militia":                   {"backed", "pro-iran"},
	"pro-government militia":             {"pro-"},
	"militants":                          {"militant", "jihadist", "terrorist"},
	"Hayat Tahrir al-Sham":               {"hayat", "hts"},
	"Kurdish forces":                     {"democratic forces", "sdf", "ypg", "kurdish"},
	"Islamic State":                      {"islamic state", "isis", "isil", "daesh"},
	"Islamic State West Africa Province": {"iswap"},
	"Boko Haram":                         {"boko"},
	"al-Shabaab":                         {"shabab"},
	"Taliban":                            {"taliban"},
	"Hezbollah":                          {"hezbollah"},
	"Hamas":                              {"hamas"},
	"Houthis":                            {"houthi"},
	"Saudi-led coalition":                {"saudi-led"},
	"Rapid Support Forces":               {"rapid support", "rsf"},
	"Sudanese army":                      {"sudanese", "saf"},
	"Wagner":                             {"wagner"},
	"NATO":                               {"nato"},
	"United Nations":                     {"united nations", "un"},
	"European Union":                     {"european union", "eu"},
	"Turkey":                             {"turk", "ankara", "erdogan", "cavusoglu", "akar"},
	"Russia":                             {"russia", "moscow", "kremlin", "putin", "pesko", "lavrov"},
	"Israel":                             {"israel", "idf", "netanyahu"},
	"Iran":                               {"iran", "tehran", "irgc", "revolutionary guard"},
	"United States":                      {"united states", "u.s.", "us", "washington", "pentagon", "white house"},
	"Ukraine":                            {"ukrain", "kyiv", "kiev", "zelensk"},
	"civilians":                          {"civilians"},
}

// findParties returns the parties named in a sentence, in order.
func findParties(s string) []partyMention {
	return findPartiesIn(newSentIndex(s))
}

// findPartiesIn is findParties of an indexed sentence.
func findPartiesIn(ix *sentIndex) []partyMention {
	s := ix.s
	var all []partyMention
	for _, r := range partyRules {
		if keys, ok := partyKeys[r.Name]; ok && !ix.containsAny(keys) {
			continue
		}
		if r.Name == "" && !ix.containsAny(nationalityKeys) {
			continue
		}
		for _, m := range r.Re.findAllIn(ix, false) {
			text := s[m[0]:m[1]]
			name := r.Name
			if name == "" {
				adj := strings.ToLower(strings.Fields(text)[0])
				name = nationalities[adj]
				if adj == "syrian" {
					if len(strings.Fields(text)) > 1 {
						name = "Syrian government"
					}
				}
				if name == "" {
					continue
				}
			}
			if m[1] < len(s) && s[m[1]] == '-' {
				continue // "British-based", "regime-run", "rebel-held": a modifier
			}
			if len(strings.Fields(text)) == 1 && r.Name == "" && m[1]+1 < len(s) && s[m[1]] == ' ' && unicode.IsUpper(rune(s[m[1]+1])) {
				continue // "Syrian Observatory": part of a name
			}
			if name == "country" {
				name = countryParties[text]
				if name == "" {
					name = text
				}
			}
			if (capitals[text] || r.Name == "country") && locativeBefore.MatchString(s[:m[0]]) &&
				!(m[0] >= 3 && strings.HasPrefix(s[m[0]-3:m[0]], "In ") && strings.TrimSpace(s[:m[0]-3]) == "" && m[1] < len(s) && s[m[1]] == ',') {
				continue
			}
			all = append(all, partyMention{Start: m[0], End: m[1], Text: text, Name: name})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Start != all[j].Start {
			return all[i].Start < all[j].Start
		}
		return all[i].End > all[j].End
	})
	var out []partyMention
	for _, p := range all {
		if len(out) > 0 && p.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, p)
	}
	return out
}
