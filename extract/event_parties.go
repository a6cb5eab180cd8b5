package extract

import (
	"regexp"
	"slices"
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
	// match is Re compiled to closures (see findPhrases).
	match matchFunc
	// keys are the partyKeys of Name.
	keys []string
}

// Nouns that, after a nationality adjective, make the phrase the armed
// forces or government of that country ("Turkish troops", "Israeli
// warplanes", "Syrian air defences").
const reStateNoun = `(?:government|regime|army|armed\s+forces|national\s+defen[cs]e\s+forces?|national\s+army|military(?:\s+(?:personnel|posts?|experts|specialists))?|forces|(?:security|special|ground|naval|border)\s+forces|security\s+personnel|border\s+guards|troops|soldiers|servicemen|warplanes|jets|fighter\s+jets|aircraft|drones?|air\s+force|air\s+defen[cs]es?(?:\s+forces)?|navy|police|artillery|officials|authorities|units|army\s+units|specialists|delegation|leaders?|president|foreign\s+minister|defen[cs]e\s+minister|foreign\s+ministry|defen[cs]e\s+ministry|ministry|missiles|observation\s+posts|posts|positions|bases|convoy|tanks|counterparts?)`

// partyRules are tried in order; where two match overlapping text the
// earlier-starting, then longer, wins.
var partyRules = []partyRule{
	{Name: "rebels", Re: mustWordRegexp(`\b(?:Turkish|Turkey|Ankara)[- ]backed\s+(?:[\w-]+\s+)?(?:forces|fighters|rebels|opposition(?:\s+(?:fighters|forces|groups?))?|militias?|groups?)`)},
	// Forces backed by Russia, or loyal to a ruler ("Gaddafi forces",
	// "troops loyal to Saddam Hussein"): see backedOrLoyal.
	{Name: partyBackedOrLoyal, Re: mustWordRegexp(`\b(?:(?:Russian|Russia|Moscow|Kremlin)[- ](?:backed|led)\s+(?:Syrian\s+)?(?:government\s+|regime\s+)?(?:forces|troops|army)|` +
		`(?i:forces|troops|soldiers|fighters|units|militias?)\s+loyal\s+to\s+(?:(?:President|leader|Colonel|Col\.|Marshal|General|Muammar|Moammar|Saddam|Bashar|Slobodan|Robert|Laurent|Anastasio|Abd-Rabbu|Abd\s+Rabbu|Mansour|Nicolas)\s+){0,3}(?:` + rulersPattern + `)|` +
		`(?:` + rulersPattern + `)(?:['’]s)?\s+(?:forces|troops|soldiers|loyalists|army|militias?|fighters|tanks|regime))\b`)},
	{Name: "pro-Iran militia", Re: mustWordRegexp(`(?i)\b(?:(?:Iranian|Iran|Tehran)[- ]backed|pro-Iran(?:ian)?)\s+(?:[\w-]+\s+){0,2}?(?:fighters|militias?|forces|groups?|members)`)},
	{Name: "pro-government militia", Re: mustWordRegexp(`(?i)\bpro-(?:government|regime|Assad)\s+(?:[\w-]+\s+)?(?:fighters|militias?|forces|groups?|gunmen)`)},
	{Name: "rebels", Re: mustWordRegexp(`(?i)\b(?:Syrian\s+)?(?:rebels?(?:\s+(?:fighters|forces|groups?))?|opposition(?:\s+(?:fighters|forces|groups?))?|(?-i:[Rr]esistance)\s+(?:fighters|forces|groups?)|insurgents?|guerrillas?|irregulars|Syrian\s+National\s+Army|Free\s+Syrian\s+Army|separatist\s+(?:artillery|forces|units|gunmen|fighters|militias?|militants|guerrillas|leaders?|commanders?)|pro-\pL+\s+separatists|(?-i:Separatists|[Tt]he\s+separatists))\b`)},
	{Name: "militants", Re: mustWordRegexp(`(?i)\b(?:militants?|jihadists?|terrorists?|militant\s+groups?|gunm[ae]n)\b`)},
	{Name: "Hayat Tahrir al-Sham", Re: mustWordRegexp(`\b(?:Hayat\s+Tahrir\s+al-Sham|HTS)\b`)},
	{Name: "Syrian government", Re: mustWordRegexp(`\b(?:(?:President\s+)?Bashar\s+(?:al-|al\s+)?Assad(?:['’]s)?(?:\s+(?:regime|forces|government))?|Assad(?:['’]s)?\s+(?:regime|forces|government|troops)|Assad\s+regime|SANA|Syrian\s+` + reStateNoun + `)`)},
	// A government, regime, army or junta named without its nation: the
	// nation the article is about (see hostGovernment).
	{Name: partyHostGovernment, Re: mustWordRegexp(`\b(?:(?i:the\s+)?(?:(?i:regime|government|junta|federal)\s+(?:\p{Lu}[\w-]*\d[\w-]*\s+)?(?:forces|troops|soldiers|defenders|units|warplanes|jets|aircraft|drones|artillery|positions|personnel|fighter-bombers|bombers|helicopters|gunships|planes))|(?i:army|air\s+force|military|junta|regime|government)\s+(?:warplanes|jets|planes|drones|artillery|gunships|helicopters|aircraft|air\s+strikes?|airstrikes?|drone\s+strikes?|shelling)|[Tt]he\s+(?:(?:military\s+)?junta|regime|government|army|military|air\s+force|navy)\b|(?:[Tt]he\s+)?[Dd]efen[cs]e\s+(?:[Mm]inistry|[Mm]inister)\b)`)},
	// A nation's own forces or leaders in the possessive: "Myanmar's
	// junta", "Sudan's army", "Uganda's President Idi Amin", "Yemen's
	// exiled President".
	{Name: partyPossessive, Re: mustWordRegexp(`\b(?:` + possessiveCountryPattern() + `)['’]s\s+(?:(?:military\s+)?(?:junta|army|armed\s+forces|military|government|regime|forces|troops|soldiers|air\s+force)|(?:(?:interim|exiled|transitional|elected)\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister|[Dd]efen[cs]e\s+[Mm]inister))\b`)},
	{Name: "PKK", Re: mustWordRegexp(`\b(?:PKK|Kurdistan\s+Workers['’]?\s+Party)(?:\s+(?:militants|fighters|rebels|guerrillas))?\b`)},
	{Name: "Fano", Re: mustWordRegexp(`\bFano(?:\s+(?:militias?|militiamen|fighters|forces))?\b`)},
	{Name: "Kurdish forces", Re: mustWordRegexp(`\b(?:Syrian\s+Democratic\s+Forces|SDF|YPG|Kurdish(?:-led)?\s+(?:forces|fighters|militias?)|[Pp]eshmerga(?:\s+(?:forces|fighters))?)\b`)},
	{Name: "Islamic State", Re: mustWordRegexp(`\b(?:Islamic\s+State(?:\s+(?:group|Khorasan(?:\s+Province)?))?|ISIS-K|IS-K|ISKP|ISIS|ISIL|Daesh|IS\s+(?:militants|fighters|group|jihadists|hideouts|positions|cells?))\b`)},
	{Name: "Islamic State West Africa Province", Re: mustWordRegexp(`\b(?:ISWAP|Islamic\s+State(?:['’]s)?\s+West\s+Africa(?:\s+Province)?)\b`)},
	{Name: "Boko Haram", Re: mustWordRegexp(`\bBoko\s+Haram\b`)},
	{Name: "al-Shabaab", Re: mustWordRegexp(`\b(?:(?i:al)[- ])?Shabaa?b\b`)},
	{Name: "Taliban", Re: mustWordRegexp(`\b(?:Taliban|Taleban)\b`)},
	{Name: "Hezbollah", Re: mustWordRegexp(`\bHezbollah\b`)},
	{Name: "Hamas", Re: mustWordRegexp(`\bHamas\b`)},
	{Name: "Houthis", Re: mustWordRegexp(`\bHouthis?(?:\s+(?:rebels|fighters|forces|movement))?\b`)},
	{Name: "Saudi-led coalition", Re: mustWordRegexp(`\bSaudi-led\s+(?:military\s+)?coalition(?:\s+of\s+(?:\w+\s+){0,2}?(?:states|nations|countries|allies))?\b`)},
	{Name: "Rapid Support Forces", Re: mustWordRegexp(`\b(?:Rapid\s+Support\s+Forces|RSF)\b`)},
	{Name: "Sudanese army", Re: mustWordRegexp(`\b(?:Sudanese\s+(?:army|armed\s+forces|military)|SAF)\b`)},
	{Name: "M23", Re: mustWordRegexp(`\b(?:M23|March\s+23\s+Movement)(?:\s+(?:rebels?|fighters|forces|group|movement))?\b`)},
	{Name: "Tigray People's Liberation Front", Re: mustWordRegexp(`\b(?:Tigray\s+People['’]s\s+Liberation\s+Front|TPLF|Tigrayan\s+(?:forces|fighters|rebels)|Tigray\s+forces)\b`)},
	{Name: "Libyan National Army", Re: mustWordRegexp(`\b(?:Libyan\s+National\s+Army|LNA|Haftar['’]s\s+(?:forces|troops|fighters)|(?:Khalifa\s+)?Haftar)\b`)},
	{Name: "Myanmar National Democratic Alliance Army", Re: mustWordRegexp(`\b(?:Myanmar\s+National\s+Democratic\s+Alliance\s+Army|MNDAA)\b`)},
	// Groups and governments' forces named by listedParties.
	{Name: partyListed, Re: mustWordRegexp(`\b(?:Ta['’]ang\s+National\s+Liberation\s+Army|TNLA|Kachin\s+Independence\s+(?:Army|Organi[sz]ation)|KIA|KIO|Three\s+Brotherhood\s+Alliance|Viv\s+Ansanm|Freedom\s+of\s+Russia\s+Legion|Russian\s+Volunteer\s+Corps|Puntland(?:['’]s)?\s+(?:forces|troops|soldiers|security\s+forces|army|officials|authorities|government)|Government\s+of\s+National\s+Accord|GNA|Polisario(?:\s+Front)?|Bosnian\s+Serbs?(?:\s+(?:forces|troops|army|gunners|artillery|fighters|units))?|Organi[sz]ation\s+of\s+American\s+States|OAS|Arab\s+League|Economic\s+Community\s+of\s+West\s+African\s+States|ECOWAS|Southern\s+African\s+Development\s+Community|SADC|Border\s+Security\s+Force|BSF|Bangladesh\s+Rifles|BDR|Tamil\s+Tigers?|LTTE|Khmer\s+Rouge|FMLN|UNITA|Pathet\s+Lao|Sandinistas?|Viet\s+Minh|Viet\s+Cong|Vietcong|Shining\s+Path|Renamo|RENAMO|` + reOlderGroups + `|` + reMovement + `)\b`)},
	{Name: "Arakan Army", Re: mustWordRegexp(`\bArakan\s+Army\b`)},
	{Name: "Allied Democratic Forces", Re: mustWordRegexp(`\b(?:Allied\s+Democratic\s+Forces|ADF)\b`)},
	{Name: "JNIM", Re: mustWordRegexp(`\b(?:JNIM|Group\s+for\s+the\s+Support\s+of\s+Islam\s+and\s+Muslims|Jama['’]?at\s+Nusrat\s+al-Islam\s+wa(?:l-|l\s+|\s+al-)Muslimin)\b`)},
	{Name: "ELN", Re: mustWordRegexp(`\b(?:ELN|National\s+Liberation\s+Army)(?:\s+(?:rebels?|guerrillas?|fighters))?\b`)},
	{Name: "FARC", Re: mustWordRegexp(`\b(?:FARC|Estado\s+Mayor\s+Central|EMC)(?:\s+(?:dissidents?|rebels?|guerrillas?|fighters))?\b`)},
	{Name: "Kataib Hezbollah", Re: mustWordRegexp(`\bKata['’]?ib\s+Hezbollah\b`)},
	{Name: "Baloch Liberation Army", Re: mustWordRegexp(`\b(?:Baloch\s+Liberation\s+Army|BLA)\b`)},
	{Name: "CODECO", Re: mustWordRegexp(`\bCODECO\b`)},
	{Name: "New People's Army", Re: mustWordRegexp(`\b(?:New\s+People['’]s\s+Army|NPA)\b`)},
	{Name: "African Union", Re: mustWordRegexp(`\bAfrican\s+Union\b`)},
	{Name: "Wagner", Re: mustWordRegexp(`\bWagner(?:\s+(?:group|mercenaries|fighters))?\b`)},
	{Name: "NATO", Re: mustWordRegexp(`\bNATO\b`)},
	{Name: "United Nations", Re: mustWordRegexp(`\b(?:(?:United\s+Nations|UN)\b|U\.N\.)`)},
	{Name: "European Union", Re: mustWordRegexp(`\b(?:European\s+Union|EU)\b`)},
	{Name: "Turkey", Re: mustWordRegexp(`\b(?:Turkey|Türkiye|Ankara|Turks|(?:President\s+)?(?:Recep\s+)?(?:Tayyip\s+)?Erdogan|(?:Mevlut\s+)?Cavusoglu|(?:Hulusi\s+)?Akar)\b`)},
	{Name: "Russia", Re: mustWordRegexp(`\b(?:Russia|Moscow|(?:the\s+)?Kremlin|(?:President\s+)?(?:Vladimir\s+)?Putin|(?:Dmitry\s+|Dmitri\s+)?Pesko[vw]|(?:Sergei\s+)?Lavrov)\b`)},
	{Name: "Israel", Re: mustWordRegexp(`\b(?:Israel|IDF|Israel\s+Defen[cs]e\s+Forces|(?:Benjamin\s+)?Netanyahu)\b`)},
	{Name: "Iran", Re: mustWordRegexp(`\b(?:Iran|Tehran|IRGC|Revolutionary\s+Guards?|(?:Ayatollah\s+)?(?:Ali\s+)?Khamenei|(?:President\s+)?(?:Masoud\s+)?Pezeshkian|(?:Abbas\s+)?Araqchi)\b`)},
	{Name: "United States", Re: mustWordRegexp(`\b(?:(?:United\s+States|US|USA|Washington|Pentagon|White\s+House)\b|U\.S\.)`)},
	{Name: "Ukraine", Re: mustWordRegexp(`\b(?:Ukraine|Kyiv|Kiev|(?:Volodymyr\s+)?Zelensk(?:y|iy|yy))\b`)},
	{Name: "Syrian government", Re: mustWordRegexp(`\bDamascus\b`)},
	// Other countries named as such ("Nigeria deployed troops"); Name is
	// filled in from countryParties.
	{Name: "country", Re: mustWordRegexp(`\b(?:Syria|Iraq|Chile|Bolivia|Laos|Slovenia|Panama|Guatemala|Brazil|Argentina|Zimbabwe|Liberia|Nepal|Namibia|South\s+African?|Dominican\s+Republic|Lebanon|Jordan|Azerbaijan|Armenia|Sudan|Yemen|Afghanistan|Pakistan|Nigeria|Somalia|Somaliland|Puntland|Mali|Libya|Ethiopia|Egypt|Saudi\s+Arabia|United\s+Kingdom|Britain|France|Germany|China|Qatar|India|Bangladesh|Myanmar|Rwanda|Uganda|Kenya|Congo|Niger|Burkina\s+Faso|Chad|Cameroon|Mozambique|Eritrea|Somalia|Algeria|Morocco|Belarus|Poland|Japan|North\s+Korean?|South\s+Korean?|Taiwan|Philippines|Colombia|Venezuela|Serbia|Kosovo|United\s+Arab\s+Emirates|UAE|Mexico|Togo|Benin|Haiti|Bahrain|Burundi|Tanzania|Ghana|Thailand|Cambodia|Oman|Kuwait|Tunisia|Malaysia|Indonesia|Portugal|Tajikistan|Kyrgyzstan|South\s+Sudan(?:ese)?|El\s+Salvador|Honduras|Nicaragua|Cuba|Peru|Ecuador|Moldova|Georgia|Greece|Croatia|Angola|Zambia|Belgium|Vietnam|(?:North|South)\s+Vietnam(?:ese)?|Sri\s+Lankan?|Netherlands|Italy|Spain|Canada|Australia|Senegal|Paraguay|Uruguay|Djibouti|Yugoslavia|Sierra\s+Leone|` + capitalPattern() + `)\b`)},
	// A nationality adjective with a state noun, or on its own.
	{Re: mustWordRegexp(`\b(?:` + nationalityPattern() + `)s?(?:\s+(?i:` + reStateNoun + `))?\b`)},
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
	"burmese": "Myanmar", "myanmar": "Myanmar", "cameroonian": "Cameroon", "mozambican": "Mozambique",
	"mexican": "Mexico", "colombian": "Colombia", "venezuelan": "Venezuela", "togolese": "Togo",
	"beninese": "Benin", "haitian": "Haiti", "bahraini": "Bahrain", "philippine": "Philippines",
	"filipino": "Philippines", "ugandan": "Uganda", "burundian": "Burundi", "tanzanian": "Tanzania",
	"ghanaian": "Ghana", "thai": "Thailand", "cambodian": "Cambodia", "moroccan": "Morocco", "omani": "Oman",
	"algerian": "Algeria", "malaysian": "Malaysia", "kuwaiti": "Kuwait", "tunisian": "Tunisia",
	"argentine": "Argentina", "argentinian": "Argentina", "croatian": "Croatia", "serbian": "Serbia",
	"bosnian": "Bosnia", "yugoslav": "Yugoslavia", "vietnamese": "Vietnam", "japanese": "Japan",
	"italian": "Italy", "canadian": "Canada", "australian": "Australia", "senegalese": "Senegal",
	"tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "salvadoran": "El Salvador", "honduran": "Honduras",
	"nicaraguan": "Nicaragua", "cuban": "Cuba", "peruvian": "Peru", "ecuadorean": "Ecuador", "ecuadorian": "Ecuador",
	"moldovan": "Moldova", "macedonian": "North Macedonia", "soviet": "Soviet Union", "greek": "Greece",
	"belgian": "Belgium", "angolan": "Angola", "zambian": "Zambia", "zairean": "DR Congo", "ivorian": "Ivory Coast",
	"taiwanese": "Taiwan", "portuguese": "Portugal", "rhodesian": "Rhodesia", "bangladeshi": "Bangladesh",
	"djiboutian": "Djibouti", "indonesian": "Indonesia", "chilean": "Chile", "bolivian": "Bolivia",
	"laotian": "Laos", "lao": "Laos", "slovene": "Slovenia", "slovenian": "Slovenia", "panamanian": "Panama",
	"guatemalan": "Guatemala", "brazilian": "Brazil", "zimbabwean": "Zimbabwe", "liberian": "Liberia",
	"nepalese": "Nepal", "nepali": "Nepal", "uruguayan": "Uruguay", "paraguayan": "Paraguay",
	"mauritanian": "Mauritania", "namibian": "Namibia", "guinean": "Guinea", "albanian": "Albania",
	"hungarian": "Hungary", "romanian": "Romania", "bulgarian": "Bulgaria", "czechoslovak": "Czechoslovakia",
	"mongolian": "Mongolia", "uzbek": "Uzbekistan", "kazakh": "Kazakhstan", "turkmen": "Turkmenistan",
	"dominican": "Dominican Republic", "gabonese": "Gabon", "malawian": "Malawi", "cypriot": "Cyprus",
	// Breakaway states of the wars told: "Biafran forces", "a Katangese jet".
	"biafran": "Biafra", "katangese": "Katanga",
	// Older spellings and names of nations: "Servian troops", "the
	// Roumanian army", "Ottoman forces".
	"servian": "Serbia", "roumanian": "Romania", "rumanian": "Romania", "ottoman": "Turkey",
	// The rest of the nations the sides know (nationAdjectives), so that
	// a government named by its adjective is named by its country.
	"costa rican": "Costa Rica", "swazi": "Eswatini", "slovak": "Slovakia", "sahrawi": "Western Sahara",
	"luxembourgish": "Luxembourg", "north yemeni": "North Yemen", "south yemeni": "South Yemen", "timorese": "East Timor",
	"tongan": "Tonga", "south sudanese": "South Sudan", "maltese": "Malta", "bhutanese": "Bhutan", "mauritian": "Mauritius",
	"comorian": "Comoros", "singaporean": "Singapore", "lithuanian": "Lithuania", "gambian": "Gambia", "estonian": "Estonia",
	"fijian": "Fiji", "belizean": "Belize", "norwegian": "Norway", "grenadian": "Grenada", "irish": "Ireland",
	"austrian": "Austria", "sierra leonean": "Sierra Leone", "danish": "Denmark", "latvian": "Latvia", "kosovar": "Kosovo",
	"swiss": "Switzerland", "czech": "Czech Republic", "bruneian": "Brunei", "ceylonese": "Ceylon",
	"papua new guinean": "Papua New Guinea", "icelandic": "Iceland", "east german": "East Germany", "maldivian": "Maldives",
	"guyanese": "Guyana", "swedish": "Sweden", "central african": "Central African Republic", "west german": "West Germany",
	"spanish": "Spain", "montenegrin": "Montenegro", "barbadian": "Barbados", "jamaican": "Jamaica", "finnish": "Finland",
	"dutch": "Netherlands", "malagasy": "Madagascar", "samoan": "Samoa", "trinidadian": "Trinidad and Tobago",
	"surinamese": "Suriname",
}

// nationalityRule is the rule of partyRules that reads a nationality
// adjective with an optional state noun.
var nationalityRule = func() *wordRegexp {
	for _, r := range partyRules {
		if r.Name == "" {
			return r.Re
		}
	}
	return nil
}()

// nationalityNames maps a capitalised nationality adjective to its party
// (see nationalities).
var nationalityNames = func() map[string]string {
	m := make(map[string]string, len(nationalities))
	for n, party := range nationalities {
		m[strings.ToUpper(n[:1])+n[1:]] = party
	}
	return m
}()

// nationalityWords are the capitalised nationality adjectives.
var nationalityWords = func() map[string]bool {
	m := make(map[string]bool, len(nationalities))
	for n := range nationalities {
		m[strings.ToUpper(n[:1])+n[1:]] = true
	}
	return m
}()

// stateNounAfter matches the state noun of the nationality rule after its
// adjective, in any case: "the Russian Defense Ministry", "the Israeli Air
// Force" and "units of the Azerbaijani Army" are the nation's, as are
// their lower-case forms.
var stateNounAfter = mustPhraseMatcher(`^\s+(?i:` + reStateNoun + `)\b`)

// findNationalities is the nationality rule's FindAllStringIndex, by
// word: the adjective is a whole word (the rule ends in \b, and nothing
// it allows after an adjective is a word character), looked up in a map,
// then the longest state noun after it is tried.
func findNationalities(ix *sentIndex) [][]int {
	var out [][]int
	for _, m := range appendNationalities(ix, nil) {
		out = append(out, []int{m[0], m[1]})
	}
	return out
}

// appendNationalities appends the matches findNationalities finds to out.
func appendNationalities(ix *sentIndex, out [][2]int) [][2]int {
	s := ix.s
	if exoticFold(s) {
		for _, m := range nationalityRule.re.FindAllStringIndex(s, -1) {
			out = append(out, [2]int{m[0], m[1]})
		}
		return out
	}
	pos := 0
	for _, p := range ix.starts {
		if p < pos || s[p] < 'A' || s[p] > 'Z' {
			continue
		}
		e := p
		for e < len(s) && isASCIIWord(s[e]) {
			e++
		}
		if !nationalityWords[s[p:e]] && !(s[e-1] == 's' && nationalityWords[s[p:e-1]]) {
			continue
		}
		start := p
		if w := lastWord(s[:p]); (w == "South" || w == "North") && p > len(w) && s[p-len(w)-1:p] == w+" " && countryParties[w+" "+s[p:e]] != "" {
			start = p - len(w) - 1 // "South Sudanese troops": a nation of two words, not Sudan
		}
		end := e
		if n := stateNounAfter.prefixEnd(s[e:]); n >= 0 {
			end = e + n
		}
		out = append(out, [2]int{start, end})
		pos = end
	}
	return out
}

// theBefore reports whether "the" comes right before s[i]: "the Israelis
// pulled back", "The Americans were set down" name a nation's side.
func theBefore(s string, i int) bool {
	return i >= 4 && (s[i-4:i] == "the " || s[i-4:i] == "The ")
}

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
// rather than a party: "near Damascus", "in Moscow", "the Qatari capital
// Doha" (but "In Moscow, the
// Foreign Ministry announced" names the speaker, so a sentence-initial
// "In <capital>," still counts).
var locativeBefore = mustPhraseMatcher(`(?i)\b(?:(?:in|near|over|to|from|at|into|outside|of|around|toward|towards|across|between|and)\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?|capital,?\s+)$`)

// countryParties maps a country named as a party to its normalised name
// where that differs from the name.
var countryParties = func() map[string]string {
	m := map[string]string{"Syria": "Syrian government", "Britain": "United Kingdom", "Congo": "DR Congo",
		"UAE": "United Arab Emirates", "North Korean": "North Korea", "South Korean": "South Korea",
		"North Vietnamese": "North Vietnam", "South Vietnamese": "South Vietnam", "Sri Lankan": "Sri Lanka",
		"South African": "South Africa", "South Sudanese": "South Sudan"}
	for c, country := range capitalCountries {
		m[c] = country
	}
	return m
}()

// capitalCountries maps the capitals the country rule reads as their
// governments ("Baghdad said", "Quito denied") to their countries. The
// capitals of parties with rules of their own are in those rules.
var capitalCountries = map[string]string{
	"Baghdad": "Iraq", "Cairo": "Egypt", "Kabul": "Afghanistan", "Islamabad": "Pakistan", "New Delhi": "India",
	"Beijing": "China", "Peking": "China", "Hanoi": "Vietnam", "Addis Ababa": "Ethiopia", "Mogadishu": "Somalia",
	"Nairobi": "Kenya", "Kinshasa": "DR Congo", "Kigali": "Rwanda", "Baku": "Azerbaijan", "Yerevan": "Armenia",
	"Tbilisi": "Georgia", "Belgrade": "Serbia", "Zagreb": "Croatia", "Quito": "Ecuador", "Lima": "Peru",
	"Bogota": "Colombia", "Caracas": "Venezuela", "Riyadh": "Saudi Arabia", "Amman": "Jordan",
	"Pyongyang": "North Korea", "Seoul": "South Korea", "Saigon": "South Vietnam", "Bamako": "Mali", "Niamey": "Niger",
	"Ouagadougou": "Burkina Faso", "Abuja": "Nigeria", "Hargeisa": "Somaliland", "Kampala": "Uganda", "Doha": "Qatar", "Chisinau": "Moldova",
}

// capitalPattern is the alternation of capitalCountries.
func capitalPattern() string {
	names := make([]string, 0, len(capitalCountries))
	for c := range capitalCountries {
		names = append(names, strings.ReplaceAll(regexp.QuoteMeta(c), " ", `\s+`))
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	return strings.Join(names, "|")
}

// capitals are party names that are also places.
var capitals = func() map[string]bool {
	m := map[string]bool{"Ankara": true, "Moscow": true, "Damascus": true, "Tehran": true, "Kyiv": true, "Kiev": true, "Washington": true}
	for c := range capitalCountries {
		m[c] = true
	}
	return m
}()

// partyKeys are lower-case substrings one of which every match of the
// rules of a party name contains: a cheap test that skips most rules for
// most sentences. Rules whose name is not listed always run.
var partyKeys = map[string][]string{
	"rebels":                             {"backed", "rebel", "opposition", "insurgent", "guerrilla", "irregular", "national army", "free syrian", "separatist", "resistance"},
	"Syrian government":                  {"assad", "sana", "syrian", "damascus"},
	partyBackedOrLoyal:                   append([]string{"russia", "moscow", "kremlin", "loyal"}, rulerKeys()...),
	partyHostGovernment:                  {"regime", "government", "army", "junta", "federal", "defence", "defense", "military", "air force", "navy"},
	partyPossessive:                      {"'s", "’s"},
	"pro-Iran militia":                   {"backed", "pro-iran"},
	"pro-government militia":             {"pro-"},
	"militants":                          {"militant", "jihadist", "terrorist", "gunm"},
	"Hayat Tahrir al-Sham":               {"hayat", "hts"},
	"PKK":                                {"pkk", "workers"},
	"Fano":                               {"fano"},
	"Kurdish forces":                     {"democratic forces", "sdf", "ypg", "kurdish", "peshmerga"},
	"Islamic State":                      {"islamic state", "isis", "isil", "daesh", "is-k", "iskp", "is militants", "is fighters", "is group", "is jihadists", "is hideouts", "is positions", "is cell"},
	"Islamic State West Africa Province": {"iswap", "west africa"},
	"Boko Haram":                         {"boko"},
	"al-Shabaab":                         {"shabab", "shabaab"},
	"Taliban":                            {"taliban", "taleban"},
	"Hezbollah":                          {"hezbollah"},
	"Hamas":                              {"hamas"},
	"Houthis":                            {"houthi"},
	"Saudi-led coalition":                {"saudi-led"},
	"Rapid Support Forces":               {"rapid support", "rsf"},
	"Sudanese army":                      {"sudanese", "saf"},
	"Wagner":                             {"wagner"},
	"M23":                                {"m23", "march 23"},
	"Tigray People's Liberation Front":   {"tigray", "tplf"},
	"Libyan National Army":               {"libyan national", "lna", "haftar"},
	"Myanmar National Democratic Alliance Army": {"democratic alliance", "mndaa"},
	partyListed: {"ta'ang", "ta’ang", "tnla", "kachin", "kia", "kio", "brotherhood", "ansanm", "legion", "volunteer", "puntland", "national accord", "gna", "american states", "oas", "polisario", "bosnian serb", "arab league", "west african", "ecowas", "african development", "sadc", "border security", "bsf", "bangladesh rifles", "bdr", "tamil tiger", "ltte", "liberation", "patriotic front", "la", "lf", "lm", "lo", "khmer rouge", "fmln", "unita", "pathet lao", "sandinist", "viet minh", "viet cong", "vietcong", "shining path", "renamo", "boer",
		"adfl", "democratic forces", "revolutionary united", "ruf", "karen national", "knu", "islamic courts", "northern alliance",
		"frud", "mujwa", "amal", "seleka", "tupamaro", "phalang", "mahdi army", "zapatista", "fretilin",
		"mourabitoun", "m-19", "fln", "eoka", "mau mau", "zanu", "zapu", "zipra", "zanla", "swapo", "frelimo", "paigc", "haganah",
		"irgun", "ira", "eta", "interahamwe", "janjaweed", "abu sayyaf", "montonero", "udt", "timorese democratic",
		"r.a.f", "raf", "royal air", "royal navy", "royal marines", "luftwaffe", "wehrmacht", "kriegsmarine", "waffen-ss", "red army",
		"raaf", "royal australian", "rcaf", "royal canadian", "vietminh", "somali national", "snm", "air force"},
	"Arakan Army":              {"arakan"},
	"Allied Democratic Forces": {"allied democratic", "adf"},
	"JNIM":                     {"jnim", "support of islam", "nusrat"},
	"ELN":                      {"eln", "national liberation army"},
	"FARC":                     {"farc", "estado mayor", "emc"},
	"Kataib Hezbollah":         {"hezbollah"},
	"Baloch Liberation Army":   {"baloch", "bla"},
	"CODECO":                   {"codeco"},
	"New People's Army":        {"people's army", "people’s army", "npa"},
	"African Union":            {"african union"},
	"NATO":                     {"nato"},
	"United Nations":           {"united nations", "un", "u.n."},
	"European Union":           {"european union", "eu"},
	"Turkey":                   {"turk", "ankara", "erdogan", "cavusoglu", "akar"},
	"Russia":                   {"russia", "moscow", "kremlin", "putin", "pesko", "lavrov"},
	"Israel":                   {"israel", "idf", "netanyahu"},
	"Iran":                     {"iran", "tehran", "irgc", "revolutionary guard", "khamenei", "pezeshkian", "araqchi"},
	"United States":            {"united states", "u.s.", "us", "washington", "pentagon", "white house"},
	"Ukraine":                  {"ukrain", "kyiv", "kiev", "zelensk"},
	"civilians":                {"civilians"},
}

// findParties returns the parties named in a sentence, in order.
func findParties(s string) []partyMention {
	return findPartiesIn(newRuleScan(newSentIndex(s)), hostSyria)
}

// findPartiesIn is findParties of a scanned sentence of an article about
// host (a nation adjective, "" when unknown; see hostGovernment).
func findPartiesIn(sc *ruleScan, host string) []partyMention {
	s := sc.ix.s
	var all []partyMention
	var buf [8][2]int
	for i, r := range partyRules {
		if sc.any&partyBit(i) == 0 {
			continue
		}
		var found [][2]int
		if r.Name == "" {
			found = appendNationalities(sc.ix, buf[:0])
		} else {
			found = findPhrases(r.Re, r.match, sc, partyIndex(i), buf[:0])
		}
		if len(found) == 0 {
			continue
		}
		if !sc.keysHold(r.keys, found) {
			continue
		}
		for _, m := range found {
			text := s[m[0]:m[1]]
			name := r.Name
			// A nationality's text is the adjective and, after white
			// space, maybe a state noun.
			oneWord := true
			if name == "" && (strings.HasPrefix(text, "South ") || strings.HasPrefix(text, "North ")) {
				// "South Sudanese government forces": the nation of two
				// words appendNationalities reads.
				two := text
				if e := strings.IndexFunc(text[6:], unicode.IsSpace); e >= 0 {
					two = text[:6+e]
				}
				name = countryParties[two]
			}
			if name == "" {
				adj := text
				if e := strings.IndexFunc(text, unicode.IsSpace); e >= 0 {
					adj, oneWord = text[:e], false
				}
				name = nationalityNames[adj]
				if name == "" && strings.HasSuffix(adj, "s") {
					if !oneWord || !theBefore(s, m[0]) {
						continue // "two Israelis were wounded": people, not the nation's side
					}
					name = nationalityNames[adj[:len(adj)-1]] // "the Israelis pulled back"
				}
				if adj == "Syrian" && (!oneWord || sharedStateNoun(s, m[1])) {
					name = "Syrian government" // "Syrian and Russian warplanes" too
				}
				if adj == "Sudanese" && !oneWord {
					name = "Sudanese army" // "Sudanese warplanes": the army's, as the army's own rule names it
				}
				if name == "" {
					continue
				}
			}
			if m[1] < len(s) && s[m[1]] == '-' {
				e := linkedFighters(s, m[1])
				if r.Name == "" || name == "country" || isCountry(name) {
					// "a Kenyan-led force", "the US-led coalition": the
					// nation's, which leads it.
					e = ledForce(s, m[1])
				}
				if e < 0 {
					continue // "British-based", "regime-run", "rebel-held": a modifier
				}
				// "Islamic State-linked insurgents": the group's fighters.
				m[1], text = e, s[m[0]:e]
			}
			if r.Name == "" && oneWord && m[1]+1 < len(s) && s[m[1]] == ' ' && unicode.IsUpper(rune(s[m[1]+1])) {
				e := modelCraft(s, m[1]+1)
				if e < 0 {
					e = namedUnit(s, m[1]+1) // "French Foreign Legion paratroopers"
				}
				if e < 0 || countedBefore(s, m[0]) && !opensSentence(s[:tailWords(s, m[0], 1)]) {
					continue // "Syrian Observatory": part of a name
				}
				m[1], text = e, s[m[0]:e] // "French Rafale jets": the nation's craft of a make
			}
			if (r.Name == "" && oneWord || name == "country") && m[1] < len(s) && s[m[1]] == ' ' && nonStateNouns[firstWordAfter(s, m[1])] {
				continue // "Haitian gangs", "Somali pirates": not the nation's forces
			}
			if r.Name == "" && oneWord && m[1] < len(s) && s[m[1]] == ' ' && rebelNouns[firstWordAfter(s, m[1])] {
				continue // "Chadian rebels": not the nation's forces
			}
			if r.Name == "" && oneWord && m[1] < len(s) && s[m[1]] == ' ' && nationPlaceNouns[firstWordAfter(s, m[1])] {
				continue // "the Somali port of Kismayu", "the Azerbaijani town of Agdam": a place of the nation
			}
			if (r.Name == "" && oneWord || name == "country") && possessiveOf(s, m[1], possessedPlaces) {
				continue // "Myanmar's western Chin state", "Pakistan's Balochistan province": a place in it
			}
			if name == "country" && possessiveOf(s, m[1], nonStateNouns) {
				continue // "Sudan's paramilitaries", "Haiti's gangs": not the nation's forces
			}
			if name == "rebels" && (strings.HasPrefix(text, "rebel") || strings.HasPrefix(text, "Rebel")) {
				if g := groupNameBefore(s, m[0]); g >= 0 {
					// "Seleka rebels", "Revolutionary United Front rebels":
					// the group's own name.
					name = strings.TrimRight(s[g:m[0]], ") ")
					if !strings.Contains(s[g:m[0]], ")") {
						m[0], text = g, s[g:m[1]]
					}
				}
			}
			if name == "rebels" && (strings.HasPrefix(text, "resistance") || strings.HasPrefix(text, "Resistance")) && resistanceAllies(s, m[0]) {
				continue // "its armed wing and allied resistance fighters": the group that speaks leads them
			}
			if name == "rebels" && oneWordFighters(text) {
				if g := groupOfAfter(s, m[1]); g != "" {
					name = g // "guerrillas of the Farabundo Marti National Liberation Front (FMLN)"
				}
			}
			if name == partyPossessive && strings.HasPrefix(text, "Congo") && strings.HasSuffix(s[:m[0]], "Republic of ") {
				continue // "the Republic of Congo's army": Brazzaville's, not DR Congo's
			}
			if name == partyPossessive {
				name = governmentOf(possessiveNation(text))
			}
			if name == "country" && nameWordBefore(s, m[0]) {
				continue // "Port Sudan", "South Sudan": another name
			}
			if name == "country" && m[1] < len(s) && s[m[1]] == ' ' && countryFeatureNouns[strings.ToLower(firstWordAfter(s, m[1]))] {
				continue // "the Jordan river", "the Niger delta": a place, not the nation
			}
			if name == "rebels" && strings.EqualFold(text, "opposition") && m[1] < len(s) && s[m[1]] == ' ' && politicalNouns[strings.ToLower(firstWordAfter(s, m[1]))] {
				continue // "opposition leaders", "opposition lawmakers": a parliament's, not armed
			}
			if name == partyHostGovernment && strings.HasSuffix(text, "military") && militaryNouns[firstWordAfter(s, m[1])] {
				continue // "the military base", "the military section of the airport": a thing, not a party
			}
			if name == partyHostGovernment && (strings.HasPrefix(text, "Defen") || strings.HasPrefix(text, "defen")) && ownedBefore(s, m[0]) {
				continue // "Russia's Defence Ministry", "the Israeli defence minister": that nation's
			}
			if name == partyHostGovernment && (strings.HasPrefix(text, "army") || strings.HasPrefix(text, "Army")) && namedBefore(s, m[0]) && !strings.ContainsAny(s[m[0]-2:m[0]-1], ",;:") {
				continue // "Arakan Army drones": a named army's
			}
			if name == "ELN" && strings.HasPrefix(text, "National") && (namedBefore(s, m[0]) || ownedArmyBefore(s[:m[0]])) {
				// "the Ta'ang National Liberation Army", "the
				// Mujahedin's self-styled National Liberation Army":
				// another army.
				continue
			}
			if name == partyListed {
				if name = listedParty(text); name == "" {
					continue
				}
				if name == "ELN" && strings.HasPrefix(text, "National") && ownedArmyBefore(s[:m[0]]) {
					continue // "the Mujahedin's self-styled National Liberation Army"
				}
				if abbr := bracketedAbbr(s, m[1]); abbr != "" && movementNamed(name) {
					// "the Farabundo Marti National Liberation Front
					// (FMLN)": the movement goes by its short name.
					name = listedParty(abbr)
				}
			}
			if name == "country" {
				name = countryParties[text]
				if name == "" {
					name = text
				}
			}
			if (capitals[text] || r.Name == "country") && locativeBefore.MatchString(s[tailWords(s, m[0], 2):m[0]]) && !pairedStates(s, m[0], m[1]) && !forcesOf(s, m[0]) &&
				!strings.HasSuffix(s[:m[0]], ", and ") && // "..., and China announced": a clause's subject

				!(m[0] >= 3 && strings.HasPrefix(s[m[0]-3:m[0]], "In ") && strings.TrimSpace(s[:m[0]-3]) == "" && m[1] < len(s) && s[m[1]] == ',') {
				continue
			}
			if capitals[text] && eventNouns[firstWordAfter(s, m[1])] {
				continue // "the Ankara attack", "the Moscow talks": where, not who
			}
			if all == nil {
				all = make([]partyMention, 0, 8) // a sentence names few parties
			}
			all = append(all, partyMention{Start: m[0], End: m[1], Text: text, Name: name})
		}
	}
	if host != "" {
		if start, end := hostForcesSubject(s); end > 0 {
			all = append(all, partyMention{Start: start, End: end, Text: s[start:end], Name: governmentOf(host)})
		}
	}
	slices.SortStableFunc(all, func(a, b partyMention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	// The mentions kept are written over all, which is read ahead of them.
	out := all[:0]
	for _, p := range all {
		if len(out) > 0 && p.Start < out[len(out)-1].End {
			continue
		}
		if len(out) > 0 && groupsFighters(s, out[len(out)-1], p) {
			// "Hamas militants", "Polisario Front guerrillas": the
			// named group's fighters, not fighters of no name.
			q := &out[len(out)-1]
			q.End, q.Text = p.End, s[q.Start:p.End]
			continue
		}
		out = append(out, p)
	}
	for i := range out {
		switch out[i].Name {
		case partyHostGovernment:
			out[i].Name = hostGovernment(host, out, i)
		case partyBackedOrLoyal:
			out[i].Name = backedOrLoyal(host, out[i].Text)
		case "Hungary":
			if k := out[i].Start - len("Austro-"); k >= 0 && strings.EqualFold(s[k:out[i].Start], "Austro-") {
				// "Austro-Hungarian troops": the dual monarchy's.
				out[i].Start, out[i].Text, out[i].Name = k, s[k:out[i].End], "Austria-Hungary"
			}
		}
	}
	return out
}

// Party names the rules give for the resolution that follows the match.
const (
	partyHostGovernment = "\x00host government"
	partyBackedOrLoyal  = "\x00backed or loyal"
	partyPossessive     = "\x00possessive"
	partyListed         = "\x00listed"
	// partyGroupAnaphor is an actor named only as "the group", "the
	// militia" or "the paramilitary" (see resolveGroupAnaphors).
	partyGroupAnaphor = "\x00group"
	// partyOwnForces is an actor named only as "its troops" or "their
	// forces" (see resolveOwnForces).
	partyOwnForces = "\x00own forces"
)

// listedParties name the parties of the partyListed rule by how their
// mention begins: armed groups, and regional or rival governments' forces.
var listedParties = []struct{ prefix, name string }{
	{"Ta'ang", "Ta'ang National Liberation Army"}, {"Ta’ang", "Ta'ang National Liberation Army"}, {"TNLA", "Ta'ang National Liberation Army"},
	{"Kachin", "Kachin Independence Army"}, {"KIA", "Kachin Independence Army"}, {"KIO", "Kachin Independence Army"},
	{"Three", "Three Brotherhood Alliance"}, {"Viv", "Viv Ansanm"},
	{"Freedom", "Freedom of Russia Legion"}, {"Russian", "Russian Volunteer Corps"},
	{"Puntland", "Puntland"},
	// Libya's Tripoli government.
	{"Government", "Libya"}, {"GNA", "Libya"},
	{"Polisario", "Polisario Front"}, {"Bosnian", "Bosnian Serbs"},
	// Regional bodies.
	{"Organi", "Organization of American States"}, {"OAS", "Organization of American States"}, {"Arab Legion", "Jordan"}, {"Arab", "Arab League"},
	{"Economic", "ECOWAS"}, {"ECOWAS", "ECOWAS"}, {"Southern", "Southern African Development Community"},
	{"SADC", "Southern African Development Community"},
	// Border guards: India's and Bangladesh's.
	{"Border Security", "India"}, {"BSF", "India"}, {"Bangladesh Rifles", "Bangladesh"}, {"BDR", "Bangladesh"},
	{"Tamil Tiger", "Tamil Tigers"}, {"LTTE", "Tamil Tigers"},
	// Insurgent movements of older wars, by the names reports give them.
	{"Khmer", "Khmer Rouge"}, {"FMLN", "FMLN"}, {"UNITA", "UNITA"}, {"Pathet", "Pathet Lao"}, {"Sandinista", "Sandinistas"},
	{"Viet Minh", "Viet Minh"}, {"Viet Cong", "Viet Cong"}, {"Vietcong", "Viet Cong"}, {"Shining", "Shining Path"},
	{"Renamo", "Renamo"}, {"RENAMO", "Renamo"},
	// Armed groups of other wars, by the names reports give them.
	{"Boer", "Boers"}, {"ADFL", "ADFL"}, {"Alliance of Democratic Forces", "ADFL"}, {"Revolutionary United Front", "Revolutionary United Front"},
	{"RUF", "Revolutionary United Front"}, {"Karen National Union", "Karen National Union"}, {"KNU", "Karen National Union"},
	{"Islamic Courts", "Islamic Courts"}, {"Northern Alliance", "Northern Alliance"},
	{"FRUD", "FRUD"}, {"MUJWA", "MUJWA"}, {"Amal", "Amal"}, {"Seleka", "Seleka"},
	{"Tupamaro", "Tupamaros"}, {"Phalang", "Phalange"}, {"Mahdi Army", "Mahdi Army"}, {"Zapatista", "Zapatistas"},
	{"Fretilin", "Fretilin"}, {"FRETILIN", "Fretilin"}, {"Mourabitoun", "Mourabitoun"}, {"M-19", "M-19"}, {"FLN", "FLN"},
	{"EOKA", "EOKA"}, {"Mau Mau", "Mau Mau"}, {"ZANU", "ZANU"}, {"ZAPU", "ZAPU"}, {"ZIPRA", "ZIPRA"}, {"ZANLA", "ZANLA"},
	{"SWAPO", "SWAPO"}, {"FRELIMO", "FRELIMO"}, {"Frelimo", "FRELIMO"}, {"PAIGC", "PAIGC"}, {"Haganah", "Haganah"},
	{"Irgun", "Irgun"}, {"IRA", "IRA"}, {"ETA", "ETA"}, {"Interahamwe", "Interahamwe"}, {"Janjaweed", "Janjaweed"},
	{"Abu Sayyaf", "Abu Sayyaf"}, {"Montonero", "Montoneros"}, {"UDT", "Timorese Democratic Union"},
	{"Timorese Democratic Union", "Timorese Democratic Union"}, {"Vietminh", "Viet Minh"},
	{"Somali National Movement", "Somali National Movement"}, {"SNM", "Somali National Movement"},
	// States' services named without the state's adjective.
	{"R.A.F", "United Kingdom"}, {"RAF", "United Kingdom"}, {"Royal Air Force", "United Kingdom"}, {"Royal Navy", "United Kingdom"},
	{"Royal Marines", "United Kingdom"}, {"Luftwaffe", "Germany"}, {"Wehrmacht", "Germany"}, {"Kriegsmarine", "Germany"},
	{"Waffen-SS", "Germany"}, {"Red Army", "Soviet Union"}, {"RAAF", "Australia"}, {"Royal Australian", "Australia"},
	{"RCAF", "Canada"}, {"Royal Canadian", "Canada"}, {"Tatmadaw", "Myanmar"},
	{"South African Defence Force", "South Africa"}, {"Bundeswehr", "Germany"},
	// The numbered air forces of the United States Army Air Forces.
	{"Fifth", "United States"}, {"Seventh", "United States"}, {"Eighth", "United States"}, {"Ninth", "United States"},
	{"Tenth", "United States"}, {"Eleventh", "United States"}, {"Twelfth", "United States"}, {"Thirteenth", "United States"},
	{"Fourteenth", "United States"}, {"Fifteenth", "United States"}, {"Twentieth", "United States"},
}

// reNamedServices matches a state's services named without its
// adjective: "R.A.F. bombers", "the Luftwaffe", "the Red Army", "Arab
// Legion guns" (Jordan's army), "the Tatmadaw" (Myanmar's).
const reNamedServices = `R\.A\.F|RAF|Royal\s+Air\s+Force|Royal\s+Navy|Royal\s+Marines|Luftwaffe|Wehrmacht|Kriegsmarine|Waffen-SS|Red\s+Army|RAAF|Royal\s+Australian\s+(?:Air\s+Force|Navy)|RCAF|Royal\s+Canadian\s+(?:Air\s+Force|Navy)|Arab\s+Legion|Tatmadaw|South\s+African\s+Defen[cs]e\s+Force|Bundeswehr|(?:Fifth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Twentieth)\s+Air\s+Force`

// reOlderGroups matches armed groups of other wars by the names reports
// give them (see listedParties): "Fretilin forces", "EOKA gunmen",
// "Amal militiamen" (Amal only so, not a name).
const reOlderGroups = `Boers?(?:\s+(?:commandos?|forces|troops|fighters|columns?|guns|artillery))?|ADFL|Alliance\s+of\s+Democratic\s+Forces(?:\s+for\s+the\s+Liberation\s+of\s+Congo(?:-Zaire)?)?|Revolutionary\s+United\s+Front|RUF|Karen\s+National\s+Union|KNU|Islamic\s+Courts(?:\s+Union)?|Northern\s+Alliance|FRUD|MUJWA|Amal\s+(?:militia|militiamen|movement|fighters|gunmen)|Seleka|Tupamaros?|Phalang(?:e|ists?)|Mahdi\s+Army|Zapatistas?|Fretilin|FRETILIN|Mourabitoun|M-19|FLN|EOKA|Mau\s+Mau|ZANU|ZAPU|ZIPRA|ZANLA|SWAPO|FRELIMO|Frelimo|PAIGC|Haganah|Irgun|IRA|ETA|Interahamwe|Janjaweed|Abu\s+Sayyaf|Montoneros?|UDT|Timorese\s+Democratic\s+Union|Vietminh|Somali\s+National\s+Movement|SNM|` + reNamedServices

// reMovement matches a liberation movement by its name ("the Eritrean
// People's Liberation Front", "the Popular Front for the Liberation of
// the Occupied Arabian Gulf", "the Rwandan Patriotic Front", "the
// National Patriotic Front of Liberia", whose country movementName keeps
// and whose leader it drops) or by the
// short name such movements go by ("EPLF", "SPLA", "NLF"), which
// movementAcronyms spells out.
const reMovement = `(?:[A-Z][\w'’-]+\s+){1,3}(?:Liberation\s+(?:Front|Army|Movement|Organi[sz]ation)|Patriotic\s+Front)(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|(?:Popular\s+|National\s+)?Front\s+for\s+the\s+Liberation\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+|Liberation\s+Tigers(?:\s+of\s+Tamil\s+Eelam)?|[A-Z]{1,4}L[AFMO]`

// shortMovements name the short names reMovement reads that are another
// rule's party, or a state's army: "" for China's "PLA".
var shortMovements = map[string]string{"TPLF": "Tigray People's Liberation Front", "BLA": "Baloch Liberation Army", "PLA": ""}

// listedParty returns the party of a partyListed mention; "" when it
// names none.
func listedParty(text string) string {
	for _, p := range listedParties {
		if strings.HasPrefix(text, p.prefix) {
			return p.name
		}
	}
	if name, ok := shortMovements[text]; ok {
		return name
	}
	return movementName(text)
}

// movementName is the name of a liberation movement as written, without
// "The", without a possessive before it ("Angola's National Liberation
// Front") and spelt "Organisation": "National Liberation Army" is the
// ELN's, as its own rule reads it. A state's "People's Liberation Army"
// ("China's People's Liberation Army") is its army, no movement: "".
func movementName(text string) string {
	text = strings.TrimPrefix(text, "The ")
	if first, rest, ok := strings.Cut(text, " "); ok && (strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")) {
		if strings.HasPrefix(rest, "People's Liberation Army") || strings.HasPrefix(rest, "People’s Liberation Army") {
			return ""
		}
		text = rest
	}
	text = strings.Join(strings.Fields(strings.Replace(text, "Organization", "Organisation", 1)), " ")
	if name, of, ok := strings.Cut(text, " of "); ok && !strings.HasPrefix(name, "Front for") && !strings.Contains(name, " Front for") && !isCountry(of) {
		text = name // "the Sudan People's Liberation Army of John Garang": its leader's, not its name
	}
	if text == "National Liberation Army" {
		return "ELN"
	}
	if strings.HasPrefix(text, "Liberation Tigers") {
		return "Tamil Tigers" // the name the movement goes by in the news
	}
	return text
}

// movementAcronyms spells out the short names of liberation movements
// that the article names in full: after "the Sudan People's Liberation
// Army captured Torit", "SPLA forces" are the Sudan People's Liberation
// Army's. The short name is the initials of the full name's words but
// "of", "the", "for" and "and".
func movementAcronyms(claims []Claim, text string) {
	if !mayNameMovement(text) {
		return
	}
	full := map[string]string{}
	for _, m := range movementFull.FindAllString(text, -1) {
		name := movementName(m)
		if name == "" {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(m) {
			if w != "of" && w != "the" && w != "for" && w != "and" && w != "The" && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") ||
				w == "People's" || w == "People’s" {
				b.WriteByte(w[0])
			}
		}
		full[b.String()] = name
	}
	for i := range claims {
		for _, p := range []*Party{claims[i].Actor, claims[i].Target} {
			if p != nil && full[p.Name] != "" {
				p.Name = full[p.Name]
			}
		}
		if c := &claims[i]; c.Kind == KindEvent && c.Actor == nil {
			// "RPF fighters entered the deserted city centre": the
			// movement's men, by its initials.
			if abbr := acronymFighters(c.Quote); full[abbr] != "" {
				c.Actor = &Party{Text: abbr, Name: full[abbr]}
			}
		}
	}
}

// acronymFighters returns the initials that name fighters within the
// first words of a quote ("RPF fighters entered", "On Sunday afternoon
// RPF fighters opened fire"), or "".
func acronymFighters(quote string) string {
	words := strings.Fields(quote)
	for k := 0; k+1 < len(words) && k < 6; k++ {
		w := words[k]
		if len(w) >= 2 && len(w) <= 6 && upperCase(w) && isASCIIUpper(w[0]) && initialsMen[words[k+1]] {
			return w
		}
	}
	return ""
}

// acronymActors gives an event with no actor the group whose men open its
// sentence by the group's initials alone, when no rule knows them: "SSC-
// Khatumo forces overrun Goojacade base", "The GATIA militia moved into
// the village". The initials stand first, or after "The", so that the
// men are the subject, not the object ("troops drove SPLA fighters out").
func acronymActors(claims []Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindEvent || c.Actor != nil {
			continue
		}
		words := strings.Fields(c.Quote)
		k := 0
		if len(words) > 0 && (words[0] == "The" || words[0] == "the") {
			k = 1
		}
		if k+1 >= len(words) || !(initialsMen[words[k+1]] || words[k+1] == "militia") {
			continue
		}
		if w := words[k]; groupInitials(w) {
			c.Actor = &Party{Text: w, Name: w}
		}
	}
}

// groupInitials reports whether w is a group's initials: two to six
// capitals, or such initials and a hyphenated name ("SSC-Khatumo").
func groupInitials(w string) bool {
	head, tail, hyphen := strings.Cut(w, "-")
	if len(head) < 2 || len(head) > 6 {
		return false
	}
	for i := 0; i < len(head); i++ {
		if !isASCIIUpper(head[i]) {
			return false
		}
	}
	return !hyphen || tail != "" && isASCIIUpper(tail[0])
}

// initialsMen name the men of an armed movement after its initials.
var initialsMen = wordSet("fighters rebels guerrillas forces troops militiamen gunmen units")

// movementFull matches a liberation movement named in full (see
// reMovement).
var movementFull = regexp.MustCompile(`\b(?:` + strings.TrimSuffix(reMovement, `|[A-Z]{1,4}L[AFMO]`) + `)\b`)

// mayNameMovement reports whether s holds a word every match of
// movementFull has: a text without one is spared the expression, which is
// slow to fail.
func mayNameMovement(s string) bool {
	return strings.Contains(s, "Liberation") || strings.Contains(s, "Patriotic")
}

// hostSyria is the article nation findEvents and findParties assume: the
// seeds' war, in which "the regime" is the Syrian government.
const hostSyria = "Syrian"

// countryNations maps a lower-cased country (or party) name to its nation
// adjective: "sudan" to "Sudanese".
var countryNations = func() map[string]string {
	m := map[string]string{"syrian government": "Syrian", "sudanese army": "Sudanese", "congo": "Congolese"}
	adjs := make([]string, 0, len(nationalities))
	for adj := range nationalities {
		adjs = append(adjs, adj)
	}
	sort.Strings(adjs)
	for _, adj := range adjs {
		c := strings.ToLower(nationalities[adj])
		if _, ok := m[c]; !ok || c == adj {
			m[c] = strings.ToUpper(adj[:1]) + adj[1:]
		}
	}
	return m
}()

// governmentOf names the government forces of a nation given by its
// adjective ("Ukrainian" → "Ukraine"), as the nationality rules name them;
// "" gives the nation-less "government".
func governmentOf(adj string) string {
	switch adj {
	case "":
		return "government"
	case "Syrian":
		return "Syrian government"
	case "Sudanese":
		return "Sudanese army"
	}
	if c := nationalities[strings.ToLower(adj)]; c != "" {
		return c
	}
	if c := countryParties[adj]; c != "" {
		return c // "Sri Lankan": Sri Lanka
	}
	return adj
}

// possessiveCountryPattern is the alternation of the country names a
// possessive state noun may follow ("Myanmar's junta").
func possessiveCountryPattern() string {
	var names []string
	seen := map[string]bool{}
	for _, c := range nationalities {
		if strings.Contains(c, " forces") || c == "Palestinians" || seen[c] {
			continue
		}
		seen[c] = true
		names = append(names, regexp.QuoteMeta(c))
	}
	// "Congo's army": DR Congo, as "Congo" alone is.
	names = append(names, "Congo")
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	return strings.Join(names, "|")
}

// possessiveNation returns the nation adjective of the country that opens
// a possessive mention ("Sudan's army" → "Sudanese").
func possessiveNation(text string) string {
	if i := strings.IndexAny(text, "'’"); i > 0 {
		return countryNations[strings.ToLower(text[:i])]
	}
	return ""
}

// hostGovernment names a government, regime, army or junta mentioned
// without its nation (mentions[i]): the government of the article's nation
// host when known, else that of the nation the sentence names, else the
// nation-less "government".
func hostGovernment(host string, mentions []partyMention, i int) string {
	if host == hostSyria && strings.Contains(strings.ToLower(mentions[i].Text), "junta") {
		host = "" // Syria's government is no junta: the sentence must say whose
	}
	if host != "" {
		return governmentOf(host)
	}
	for j, m := range mentions {
		if j == i {
			continue
		}
		if adj := countryNations[strings.ToLower(m.Name)]; adj != "" {
			return governmentOf(adj)
		}
	}
	return governmentOf("")
}

// backedOrLoyal names the forces of a mention of forces loyal to a ruler
// (see rulers): the ruler's state; or of a "Russian-backed" mention:
// Syria's government in the Syrian war, the article nation's elsewhere,
// and Russia's proxies when the nation is unknown or Ukraine.
func backedOrLoyal(host, text string) string {
	for _, r := range rulers {
		if strings.Contains(text, r.name) {
			return governmentOf(r.nation)
		}
	}
	switch {
	case host == "Syrian" || strings.Contains(text, "Syrian"):
		return "Syrian government"
	case host == "" || host == "Ukrainian":
		return "Russia"
	}
	return governmentOf(host)
}

// rulers are rulers whose forces reports name by them ("Gaddafi forces",
// "troops loyal to Saddam Hussein"), with their nation's adjective.
var rulers = []struct{ name, nation string }{
	{"Gaddafi", "Libyan"}, {"Qaddafi", "Libyan"}, {"Kadhafi", "Libyan"}, {"Saddam", "Iraqi"}, {"Assad", "Syrian"},
	{"Mobutu", "Zairean"}, {"Mugabe", "Zimbabwean"}, {"Gbagbo", "Ivorian"}, {"Milosevic", "Serbian"},
	{"Somoza", "Nicaraguan"}, {"Hadi", "Yemeni"},
}

// rulerKeys are the rulers' names lower-cased, keys of their rule (see
// partyKeys).
func rulerKeys() []string {
	keys := make([]string, len(rulers))
	for i, r := range rulers {
		keys[i] = strings.ToLower(r.name)
	}
	return keys
}

// rulersPattern is the alternation of the rulers' names.
var rulersPattern = func() string {
	names := make([]string, len(rulers))
	for i, r := range rulers {
		names[i] = r.name
	}
	return strings.Join(names, "|")
}()

// stateWords are capitals and countries that may stand for their
// governments.
var stateWords = func() map[string]bool {
	m := map[string]bool{}
	for c := range capitals {
		m[c] = true
	}
	for _, c := range nationalities {
		if !strings.Contains(c, " ") {
			m[c] = true
		}
	}
	for _, c := range []string{"Turkey", "Russia", "Israel", "Iran", "Ukraine", "Syria", "Britain"} {
		m[c] = true
	}
	return m
}()

// pairedStates reports whether the capital or country at s[start:end] is
// paired with another in "between Damascus and Ankara" or "Moscow and
// Ankara": governments, not places.
func pairedStates(s string, start, end int) bool {
	var b, a [2]string
	before := lastSpaceFields(s[:start], b[:])
	after := firstSpaceFields(s[end:], a[:])
	if len(before) > 0 && strings.EqualFold(before[len(before)-1], "between") {
		return len(after) >= 2 && after[0] == "and" && stateWords[trimWord(after[1])]
	}
	if len(before) >= 2 && before[len(before)-1] == "and" {
		return stateWords[trimWord(before[len(before)-2])]
	}
	return false
}

// trimWord drops the punctuation around a word and a possessive.
func trimWord(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	return trimPossessive(w)
}

// armedGroups are the named non-state armed groups the party rules know.
var armedGroups = map[string]bool{
	"Hayat Tahrir al-Sham": true, "Islamic State": true, "Islamic State West Africa Province": true,
	"Boko Haram": true, "al-Shabaab": true, "Taliban": true, "Hezbollah": true, "Hamas": true,
	"Houthis": true, "Rapid Support Forces": true, "Wagner": true, "M23": true,
	"Tigray People's Liberation Front": true, "Libyan National Army": true,
	"Myanmar National Democratic Alliance Army": true, "Arakan Army": true,
	"Allied Democratic Forces": true, "JNIM": true, "ELN": true, "FARC": true, "Kataib Hezbollah": true,
	"Baloch Liberation Army": true, "CODECO": true, "New People's Army": true,
	"Ta'ang National Liberation Army": true, "Kachin Independence Army": true, "Three Brotherhood Alliance": true,
	"Viv Ansanm": true, "Freedom of Russia Legion": true, "Russian Volunteer Corps": true,
	"Fano": true, "PKK": true,
}

// groupAnaphors are the nouns that, as the subject of a sentence ("The
// group said it had seized", "The Rwandan-backed group", "The militia's
// fighters"), name the armed group an article has told of.
var groupAnaphors = wordSet("group militia militiamen paramilitary paramilitaries movement")

// groupDescriptors are the capitalised words that describe an armed
// group without naming it: "The Islamist group".
var groupDescriptors = map[string]bool{"Islamist": true, "Jihadist": true, "Sunni": true, "Shia": true, "Shiite": true, "Salafist": true, "Maoist": true, "Marxist": true}

// groupAnaphor returns the subject of s when it opens the sentence before
// the trigger at start and names an armed group only by such a noun, with
// at most three words before it ("The group", "The Iran-aligned group",
// "The Islamist group's fighters") and the trigger is in its clause,
// else "".
func groupAnaphor(s string, start int) string {
	o := openingAdverbial(s)
	if !strings.HasPrefix(s[o:], "The ") && (o == 0 || !strings.HasPrefix(s[o:], "the ")) || start <= o+len("The ") {
		return ""
	}
	i := o + len("The ")
	for n := 0; n < 4 && i < start; n++ {
		e := i
		for e < start && s[e] != ' ' && s[e] != ',' {
			e++
		}
		w := strings.TrimSuffix(strings.TrimSuffix(s[i:e], "'s"), "’s")
		if groupAnaphors[strings.ToLower(w)] {
			if strings.ContainsAny(s[e:start], ",;") {
				return "" // another clause's event: "..., breaking a truce"
			}
			return s[o:e]
		}
		if e >= start || s[e] != ' ' || w == "" || !isASCIILetter(w[0]) || !isASCIILower(w[0]) && !strings.Contains(w, "-") && !groupDescriptors[w] {
			return "" // a name ("The Kachin group") is not told by the noun alone
		}
		i = e + 1
	}
	return ""
}

// openingAdverbial returns where the subject begins after a short
// phrase of time that opens a sentence, with or without a comma ("Last
// week, the group's fighters attacked", "On Sunday, the militia said",
// "Last week the group seized"), else 0.
func openingAdverbial(s string) int {
	lim := s[:min(len(s), 40)]
	k, o := strings.Index(lim, ", the "), 2
	if k < 0 {
		k, o = strings.Index(lim, " the "), 1
	}
	if k <= 0 || strings.Count(s[:k], " ") > 3 {
		return 0
	}
	if p := s[:k]; !dayWord(p) && !timePhrases[strings.ToLower(p)] {
		return 0
	}
	return k + o
}

// timePhrases are the phrases of time, besides days, that open a
// sentence before its subject.
var timePhrases = map[string]bool{"last week": true, "last month": true, "earlier": true, "later": true,
	"earlier this week": true, "earlier this month": true, "overnight": true, "last night": true}

// ownForces returns the subject of s when it opens the sentence (maybe
// after a phrase of time) before the trigger at start, in its clause, and
// is a possessive pronoun with a noun of forces ("Its troops", "Their
// warplanes"), else "".
func ownForces(s string, start int) string {
	if strings.HasPrefix(s, "It ") && itSaidOwn.MatchString(s[:start]) {
		return "It" // "It said it had destroyed 32 drones": the side told of last
	}
	o := openingAdverbial(s)
	if u := unitOfGroup(s[o:]); u > 0 && o+u <= start && !strings.ContainsAny(s[o+u:start], ",;:") {
		return s[o : o+u] // "Units of the 'Yug' group liberated": the speaker's forces
	}
	for _, pro := range [...]string{"They ", "It "} {
		// "They captured Goma, the capital of North Kivu, last week",
		// "It had encircled the town in November": the side told of last.
		if strings.HasPrefix(s[o:], pro) && o+len(pro) <= start && !strings.ContainsAny(s[o:start], ",;:") && onlyAuxiliaries(s[o+len(pro):start]) {
			return strings.TrimSpace(pro)
		}
	}
	if rest, ok := strings.CutPrefix(s[o:], "The "); ok {
		// "The troops entered the town yesterday morning": the forces
		// of the side told of last.
		w := firstWordAfter(s, len(s)-len(rest))
		if end := len(s) - len(rest) + len(w); troopNouns[w] && end <= start && onlyAuxiliaries(s[end:start]) {
			return s[o:end]
		}
	}
	if m := saidTheTroops.FindStringSubmatchIndex(s[:start]); m != nil && onlyAuxiliaries(s[m[3]:start]) {
		// "The spokesman said the troops entered the town": as above.
		return s[m[2]:m[3]]
	}
	if k := strings.LastIndex(s[:start], "Our "); k >= 0 && opensOwnWords(s, o, k) {
		// "\"Our forces have liberated Jabrayil,\" the ministry said":
		// the speaker's (see resolveOwnForces).
		e := k + len("Our ")
		w := firstWordAfter(s, e)
		if end := e + len(w); (forcesNouns[w] || ownForceNouns[w] || ourMenNouns[w]) && end <= start && !strings.ContainsAny(s[end:start], ",;:") && onlyAuxiliaries(s[end:start]) {
			return s[k:end]
		}
	}
	var rest string
	switch {
	case strings.HasPrefix(s[o:], "Its "), o > 0 && strings.HasPrefix(s[o:], "its "):
		rest = s[o+len("Its "):]
	case strings.HasPrefix(s[o:], "Their "), o > 0 && strings.HasPrefix(s[o:], "their "):
		rest = s[o+len("Their "):]
	default:
		return ""
	}
	e := len(s) - len(rest)
	w := firstWordAfter(s, e)
	end := e + len(w)
	if !forcesNouns[w] && !ownForceNouns[w] || end > start || strings.ContainsAny(s[end:start], ",;:") {
		return ""
	}
	return s[o:end]
}

// saidTheTroops matches a report verb and the troops it tells of, last in
// the words before an act: "the spokesman said the troops".
var saidTheTroops = regexp.MustCompile(`\b(?:said|says|reported|announced)\s+(?:that\s+)?(the\s+(?:troops|soldiers|forces))\s+(?:[a-z]+\s+){0,2}$`)

// opensOwnWords reports whether s[k:] opens the words of a speaker: the
// sentence's subject after any opening phrase or dateline, or a quotation.
func opensOwnWords(s string, o, k int) bool {
	if k == o || k == 0 {
		return true
	}
	b := strings.TrimRight(s[:k], " ")
	if strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "‘") {
		return true
	}
	return datelineEnd(s) == len(b)
}

// ourMenNouns are a side's men and craft as its own spokesmen call them:
// "our troops", "our aeroplanes", "our airmen".
var ourMenNouns = wordSet("aeroplanes airmen infantry cavalry marines paratroopers sailors ships warships airplanes planes bombers defenders men boys heroes fighters")

// troopNouns name the men of a side's forces: "The troops entered".
var troopNouns = wordSet("troops soldiers forces army units")

// onlyAuxiliaries reports whether the words between a pronoun subject
// and its act are only auxiliaries and adverbs ("had also", "then"): the
// act is the pronoun's own, not one it "described" or "said" happened.
func onlyAuxiliaries(gap string) bool {
	if ownMenSaid.MatchString(gap) {
		return true // "They said their fighters shot down": the speakers' own men
	}
	for _, w := range strings.Fields(gap) {
		if !pronounAuxiliaries[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// ownMenSaid matches a pronoun's saying that its own men acted: "said
// their fighters", "claimed its forces had".
var ownMenSaid = regexp.MustCompile(`^\s*(?:said|say|says|claimed)\s+(?:that\s+)?(?:their|its)\s+(?:fighters|forces|troops|men|units|militants|guerrillas)(?:\s+(?:had|have|has))?\s*$`)

// pronounAuxiliaries may stand between "They" or "It" and its act.
var pronounAuxiliaries = wordSet("had has have also then later again reportedly already since subsequently")

// reUnitOfGroup matches a subject that names a side's forces by its unit
// or group of forces, as a defence ministry's statement does: "Units of
// the 'Yug' group", "Units of the Tsentr group of forces", "Servicemen of
// the Vostok battlegroup".
var reUnitOfGroup = regexp.MustCompile(`^(?:Units|Troops|Servicemen|Forces|Assault\s+units)\s+of\s+(?:the\s+)?["'‘’“”]?\p{Lu}[\pL-]*(?:\s+\p{Lu}[\pL-]*)?["'‘’“”]?\s+(?:group|battlegroup|grouping)(?:\s+of\s+(?:forces|troops))?\b`)

// unitOfGroup returns the length of the subject s opens with when it
// names forces by their group (see reUnitOfGroup), else 0.
func unitOfGroup(s string) int {
	if !hasAnyPrefix(s, "Units ", "Troops ", "Servicemen ", "Forces ", "Assault ") || !strings.Contains(s, "group") {
		return 0
	}
	if m := reUnitOfGroup.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// itSaidOwn matches the words before a trigger of a sentence whose
// speaker, named only as "It", tells of its own act: "It said it had",
// "It said on Sunday that its air defences had".
var itSaidOwn = regexp.MustCompile(`^It\s+(?:said|says|added|claimed)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:it|its\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units|air\s+defen[cs]es|fighters|warplanes|jets|aircraft|drones|navy))\s+(?:(?:had|has|have|also)\s+)*$`)

// ownForceNouns, with forcesNouns, are the forces "its" and "their" may
// own as a sentence's subject.
var ownForceNouns = wordSet("fighters warplanes jets aircraft drones artillery militiamen gunmen")

// passiveStrike matches a strike told in the passive (see passiveActors).
var passiveStrike = regexp.MustCompile(`\b(?:was|were|been|being)\s+(?:attacked|bombed|shelled|raided|struck|hit|targeted|ambushed|pounded|strafed|rocketed|mortared)\b`)

// passiveLaunched matches an offensive told in the passive (see
// passiveActors).
var passiveLaunched = regexp.MustCompile(`\b(?:was|were|been|being)\s+(?:launched|begun|started|mounted)\b`)

// passiveActors gives a strike told in the passive without its agent ("A
// second camp at Tembue was attacked two days later") the actor of the
// strike told just before it, in the sentence before or its own, when
// that actor is not the side struck: one side's raids told in a row; and
// an offensive so told ("the counter-attack was launched on Saturday")
// the actor of the event told just before it ("Chinese troops have
// recaptured the heights"). It is done before resolveOwnForces reads the
// actors told before.
func passiveActors(claims []Claim) {
	for i := 1; i < len(claims); i++ {
		c := &claims[i]
		if c.Kind != KindEvent || c.Action != ActionStrike && c.Action != ActionOffensive || c.Actor != nil {
			continue
		}
		re := passiveStrike
		if c.Action == ActionOffensive {
			re = passiveLaunched
		}
		m := re.FindStringIndex(c.Quote)
		if m == nil || strings.HasPrefix(c.Quote[m[1]:], " by ") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			d := claims[j]
			if d.Kind != KindEvent {
				continue
			}
			if c.Action == ActionStrike && d.Action != ActionStrike || c.Span.Start-d.Span.End > 400 ||
				d.Action == ActionStatement || d.Action == ActionTalks || d.Action == ActionCeasefire {
				break
			}
			if d.Actor != nil && d.Actor.Name != "" && d.Actor.Name[0] != 0 && d.Actor.Name != "civilians" &&
				(c.Target == nil || c.Target.Name != d.Actor.Name) {
				a := *d.Actor
				c.Actor = &a
			}
			break
		}
	}
}

// resolveOwnForces names the events whose actor is "its troops" (see
// ownForces) after the actor of the last event told before them, when
// that is a side (a state or an armed group); with none, they have no
// actor.
func resolveOwnForces(claims []Claim) {
	passiveActors(claims)
	for i := range claims {
		a := claims[i].Actor
		if claims[i].Kind != KindEvent || a == nil || a.Name != partyOwnForces {
			continue
		}
		claims[i].Actor = nil
		if a.Text == "It" {
			// "It said it had destroyed 32 drones": the speaker the
			// attribution names for "It", when it names a side.
			if ps := findParties(claims[i].AttributedTo); len(ps) > 0 && ps[0].Name != "" && ps[0].Name[0] != 0 && ps[0].Name != "civilians" {
				claims[i].Actor = &Party{Text: a.Text, Name: ps[0].Name}
				continue
			}
		}
		if unitOfGroup(a.Text) > 0 && speakerForces(claims, i, a.Text) {
			continue
		}
		if strings.HasPrefix(a.Text, "Our ") {
			// "\"Our troops captured Robotyne,\" the general staff
			// said": the side of the speaker, or none.
			speakerForces(claims, i, a.Text)
			continue
		}
		for j := i - 1; j >= 0; j-- {
			c := claims[j]
			if c.Kind != KindEvent || c.Actor == nil || c.Actor.Name == "" || c.Actor.Name[0] == 0 || c.Actor.Name == "civilians" {
				continue
			}
			claims[i].Actor = &Party{Text: a.Text, Name: c.Actor.Name}
			break
		}
	}
}

// speakerForces names the actor of the event claims[i], told of forces
// by their group ("Units of the 'Yug' group liberated"), after the side
// of its speaker; when the paragraph names no speaker, after the speaker
// of the last event told before it, whose source it then carries (a
// ministry's statement goes on paragraph after paragraph). It reports
// whether it named one.
func speakerForces(claims []Claim, i int, text string) bool {
	side := func(src string) string {
		if src == "" {
			return ""
		}
		if ps := findParties(src); len(ps) > 0 && ps[0].Name != "" && ps[0].Name[0] != 0 && ps[0].Name != "civilians" {
			return ps[0].Name
		}
		return ""
	}
	c := &claims[i]
	if n := side(c.AttributedTo); n != "" {
		c.Actor = &Party{Text: text, Name: n}
		return true
	}
	if c.AttributedTo != "" {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if claims[j].Kind != KindEvent || claims[j].AttributedTo == "" {
			continue
		}
		n := side(claims[j].AttributedTo)
		if n == "" {
			return false
		}
		c.Actor = &Party{Text: text, Name: n}
		c.AttributedTo = claims[j].AttributedTo
		return true
	}
	return false
}

// resolveGroupAnaphors names the events whose actor is "the group" (see
// groupAnaphor) after the armed group of the last event told before them
// that names one, else of the first told after; with none, they have no
// actor.
func resolveGroupAnaphors(claims []Claim) {
	group := func(c *Claim) string {
		if c.Kind != KindEvent {
			return ""
		}
		for _, p := range []*Party{c.Actor, c.Target} {
			if p != nil && armedGroups[p.Name] {
				return p.Name
			}
		}
		return ""
	}
	for i := range claims {
		a := claims[i].Actor
		if claims[i].Kind != KindEvent || a == nil || a.Name != partyGroupAnaphor {
			continue
		}
		name := ""
		for j := i - 1; j >= 0 && name == ""; j-- {
			name = group(&claims[j])
		}
		for j := i + 1; j < len(claims) && name == ""; j++ {
			name = group(&claims[j])
		}
		if name == "" {
			claims[i].Actor = nil
			continue
		}
		claims[i].Actor = &Party{Text: a.Text, Name: name}
	}
}

// nameGenericActors gives the events whose actor is "the rebels", "the
// insurgents" or "militants" the name of the armed group the article's
// events name, when they name exactly one: in a report on the Taliban's
// advance, "the insurgents also took over Lashkar Gah" is the Taliban's.
// Backed forces ("Turkish-backed rebels") keep their name.
func nameGenericActors(claims []Claim, text string) {
	peopleGroups(claims, text)
	if !slices.ContainsFunc(claims, genericActor) {
		return
	}
	group := ""
	for _, c := range claims {
		if c.Kind != KindEvent {
			continue
		}
		for _, p := range []*Party{c.Actor, c.Target} {
			if p == nil || !namedArmedGroup(p) {
				continue
			}
			if group != "" && group != p.Name {
				return // two groups: which one is meant is not said
			}
			group = p.Name
		}
	}
	if group == "" {
		group = oneGroupNamed(text)
	}
	if group == "" {
		// "The al Qaeda-linked JNIM group said it had killed 30 soldiers
		// and seized weapons": with no group in its events, the one armed
		// group that speaks in the article (the one its source names
		// last).
		spoken := map[string]bool{}
		for _, c := range claims {
			if c.AttributedTo == "" || spoken[c.AttributedTo] || !hasUpper(c.AttributedTo) {
				continue // ("the army", "officials": no group's name)
			}
			spoken[c.AttributedTo] = true
			ps := findParties(c.AttributedTo)
			if len(ps) == 0 {
				continue
			}
			p := &Party{Name: ps[len(ps)-1].Name}
			if !namedArmedGroup(p) {
				continue
			}
			if group != "" && group != p.Name {
				return
			}
			group = p.Name
		}
	}
	if group == "" || fightsGeneric(claims, group) {
		return
	}
	for i := range claims {
		a := claims[i].Actor
		if !genericActor(claims[i]) {
			continue
		}
		if t := claims[i].Target; t != nil && t.Name == group {
			continue // "Rebels took Manbij from Islamic State": its enemies
		}
		claims[i].Actor = &Party{Text: a.Text, Name: group}
	}
}

// namedArmedGroup reports whether a party is an armed group by its own
// name, not fighters of no name.
func namedArmedGroup(p *Party) bool {
	return armedGroups[p.Name] || namedRebels(p) || movementNamed(p.Name)
}

// genericActor reports whether a claim is an event whose actor is "the
// rebels" or "militants" of no name, nor backed by anyone.
func genericActor(c Claim) bool {
	a := c.Actor
	return c.Kind == KindEvent && a != nil && (a.Name == "rebels" || a.Name == "militants") && !strings.Contains(a.Text, "backed")
}

// strikerOfCountry gives the strikes an article tells without an actor
// in a country the one other country (or alliance of countries) it names
// as striking there:
// "Russia hits Ukraine's energy grid … Ballistic missiles struck Kharkiv"
// are Russia's. A country's strikes at home, and countries two others
// strike, give none.
func strikerOfCountry(claims []Claim) {
	strikers := map[string]string{} // country struck → the one striker, or "" for several
	for _, c := range claims {
		k := struckAbroad(c, true)
		if k == "" || !isCountry(c.Actor.Name) && !foreignAlliance(c.Actor.Name) {
			continue
		}
		if a, seen := strikers[k]; seen && a != c.Actor.Name {
			strikers[k] = ""
		} else if !seen {
			strikers[k] = c.Actor.Name
		}
	}
	if len(strikers) == 0 {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindEvent || c.Action != ActionStrike || c.Actor != nil || c.Location == nil || strings.Contains(c.Quote, "exchanged") {
			continue // ("Israeli and Syrian artillery exchanged fire": both sides')
		}
		if a := strikers[CountryOf(*c.Location)]; a != "" {
			c.Actor = &Party{Name: a}
		}
	}
}

// struckAbroad returns the country a strike with an actor hit, when it is
// not the actor's own: the country of its place, or, byTarget and with no
// place, the country it was aimed at ("Russia hits Ukraine's energy
// grid"); else "".
func struckAbroad(c Claim, byTarget bool) string {
	if c.Kind != KindEvent || c.Action != ActionStrike || c.Actor == nil {
		return ""
	}
	k := ""
	switch {
	case c.Location != nil:
		k = CountryOf(*c.Location)
	case byTarget && c.Target != nil && isCountry(c.Target.Name):
		k = c.Target.Name
	}
	if k == c.Actor.Name {
		return ""
	}
	return k
}

// weaponStates gives events with no actor whose quote opens with a weapon
// only one state uses the state ("B-52 bombers from Guam struck the
// slopes of the Chu Pong massif", "Kalibr cruise missiles hit Odesa").
func weaponStates(claims []Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindEvent || c.Actor != nil || c.Action != ActionStrike && c.Action != ActionShootdown {
			continue
		}
		head := c.Quote[:min(len(c.Quote), 60)]
		for _, w := range weaponOwners {
			if k := strings.Index(head, w.weapon); k >= 0 && (k == 0 || !isWordByte(head[k-1])) {
				c.Actor = &Party{Text: w.weapon, Name: w.state}
				break
			}
		}
	}
}

// weaponOwners are weapons one state alone flies or fires.
var weaponOwners = []struct{ weapon, state string }{
	{"B-52", "United States"}, {"B-29", "United States"}, {"B-17", "United States"}, {"B-1B", "United States"},
	{"B-2 ", "United States"}, {"F-117", "United States"}, {"Superfortress", "United States"}, {"Stratofortress", "United States"},
	{"Kalibr", "Russia"}, {"Iskander", "Russia"}, {"Kinzhal", "Russia"}, {"Tu-95", "Russia"}, {"Tu-22M", "Russia"}, {"Tu-160", "Russia"},
}

// defenderOfStrikes gives the aircraft, missiles and drones an article
// tells shot down without saying by whom ("Air defences shot down 45
// missiles and 266 drones, the air force said") the one country the
// article's strikes by another country hit: "Russia launched hundreds of
// drones at Kyiv" makes the air defences Ukraine's. Strikes on several
// countries, or by a country at home, give none.
func defenderOfStrikes(claims []Claim) {
	struck := ""
	for _, c := range claims {
		k := struckAbroad(c, false)
		if k == "" || !isCountry(c.Actor.Name) {
			continue
		}
		if struck != "" && struck != k {
			return
		}
		struck = k
	}
	if struck == "" {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind == KindEvent && c.Action == ActionShootdown && c.Actor == nil {
			c.Actor = &Party{Name: struck}
		}
	}
}

// foreignAlliance reports whether an actor is an alliance of states that
// strikes abroad ("Saudi-led coalition", "NATO"), as a country does.
func foreignAlliance(name string) bool {
	return name == "NATO" || strings.HasSuffix(name, "-led coalition")
}

// peopleGroups names generic actors told by a people's name ("Ethnic
// Karen rebels", "Kachin fighters") by the movement of that people the
// article names ("the Karen National Union (KNU)"), if it names one.
func peopleGroups(claims []Claim, text string) {
	for i := range claims {
		a := claims[i].Actor
		if claims[i].Kind != KindEvent || a == nil || !genericFighters[strings.ToLower(lastWord(a.Text))] {
			continue
		}
		// The people's name right before the noun, in the party or
		// before it: "Ethnic Karen rebels".
		words := strings.Fields(a.Text)
		if k := strings.Index(claims[i].Quote, a.Text); len(words) == 1 && k > 0 {
			words = append([]string{lastWord(claims[i].Quote[:k])}, words...)
		}
		if len(words) < 2 {
			continue
		}
		w := strings.Trim(words[len(words)-2], ",.;:()")
		if w == "" || !isASCIIUpper(w[0]) || nationAdjectives[strings.ToLower(w)] != "" || notPeoples[strings.ToLower(w)] {
			continue
		}
		if name := peopleMovement(text, w); name != "" {
			claims[i].Actor = &Party{Text: a.Text, Name: name}
		}
	}
}

// genericFighters are the nouns of armed men no group's name gives.
var genericFighters = wordSet("rebels fighters insurgents guerrillas militants militiamen")

// notPeoples are capitalised words before those nouns that name no people.
var notPeoples = wordSet("national democratic islamic islamist jihadist free popular revolutionary liberation patriotic " +
	"arab sunni shia shi'ite muslim christian communist maoist marxist separatist ethnic the")

// peopleMovement returns the name of a movement named after people in
// text: "Karen National Union" for "Karen", or "".
func peopleMovement(text, people string) string {
	for at := range indexAll(text, people+" ") {
		if at > 0 && isASCIIWord(text[at-1]) {
			continue
		}
		words := strings.Fields(text[at:min(len(text), at+80)])
		for k := 1; k < len(words) && k <= 4; k++ {
			w := strings.Trim(words[k], ",.;:()")
			if w == "" || !isASCIIUpper(w[0]) {
				break
			}
			if movementHeads[w] {
				return strings.Join(append(words[:k:k], w), " ")
			}
		}
	}
	return ""
}

// movementHeads end the names of armed movements.
var movementHeads = wordSet("Union Army Front Movement Organisation Organization Alliance Council")

// oneGroupNamed returns the one armed movement an article names outside
// its events ("The Farabundo Marti National Liberation Front (FMLN)
// said on its clandestine radio …", "a column of Polisario Front
// guerrillas"), by its short name in brackets when it has one, or "" when
// it names none or several.
func oneGroupNamed(text string) string {
	group := ""
	add := func(name string) bool {
		if group != "" && group != name {
			return false
		}
		group = name
		return true
	}
	var found [][]int
	if mayNameMovement(text) {
		found = movementFull.FindAllStringIndex(text, -1)
	}
	for _, m := range found {
		name := movementName(text[m[0]:m[1]])
		if abbr := bracketedAbbr(text, m[1]); abbr != "" {
			name = abbr
		}
		if !add(name) {
			return ""
		}
	}
	if strings.Contains(text, "Polisario") && !add("Polisario Front") {
		return ""
	}
	return group
}

// bracketedAbbr returns the short name in brackets right after s[:i], as
// in "the Sudan People's Liberation Army (SPLA)", else "".
func bracketedAbbr(s string, i int) string {
	rest, ok := strings.CutPrefix(s[i:], " (")
	if !ok {
		return ""
	}
	end := strings.IndexByte(rest, ')')
	if end < 2 || end > 8 || strings.ToUpper(rest[:end]) != rest[:end] || !s2word(rest[:end]) {
		return ""
	}
	return rest[:end]
}

// movementNamed reports whether a party's name is a liberation
// movement's in full ("Eritrean People's Liberation Front").
func movementNamed(name string) bool {
	return mayNameMovement(name) && movementFull.FindString(name) == name
}

// namedRebels reports whether a party is rebels named by their group
// ("Seleka rebels"; see groupNameBefore).
func namedRebels(p *Party) bool {
	t := " " + p.Text
	return p.Name != "rebels" && (strings.HasSuffix(t, " rebels") || strings.HasSuffix(t, " rebel group"))
}

// fightsGeneric reports whether the armed group acts in an event on "the
// rebels" or "militants" ("Hezbollah fighters seized Qusair from rebels"):
// the generic name is then its enemy's, not its own.
func fightsGeneric(claims []Claim, group string) bool {
	for _, c := range claims {
		if c.Kind == KindEvent && c.Actor != nil && c.Actor.Name == group && c.Target != nil &&
			(c.Target.Name == "rebels" || c.Target.Name == "militants") {
			return true
		}
	}
	return false
}

// nameWordBefore reports whether the word just before s[i], after one
// space, is a capitalised word inside the sentence: the country named at
// i is then part of a longer name ("Port Sudan").
// militaryNouns are the nouns that make "military" before them an
// adjective: "the military base".
var militaryNouns = wordSet("base bases camp camps post posts section academy college court courts hospital airport airfield " +
	"barracks compound zone wing installation installations facility facilities target targets site sites vehicle vehicles " +
	"convoy convoys headquarters operation operations equipment aid aircraft plane planes helicopter helicopters")

// firstWordAfter returns the word after s[:i] and the white space after
// it, lower-cased ("" when none follows).
func firstWordAfter(s string, i int) string {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	e := i
	for e < len(s) && isASCIILetter(s[e]) {
		e++
	}
	return strings.ToLower(s[i:e])
}

// linkedFighters returns where "-linked insurgents", "-led forces" and the
// like end when s[i:] opens with them, else -1.
func linkedFighters(s string, i int) int {
	for _, l := range []string{"-linked ", "-affiliated ", "-aligned ", "-led "} {
		if strings.HasPrefix(s[i:], l) {
			w := firstWordAfter(s, i+len(l))
			if fighterNouns[w] || l == "-led " && ledForceNouns[w] {
				return i + len(l) + len(w)
			}
		}
	}
	return -1
}

// ledForce returns the end of a force a nation leads, written from the
// hyphen at s[i] ("-led multinational force" of "a Kenyan-led
// multinational force"), or -1.
func ledForce(s string, i int) int {
	if !strings.HasPrefix(s[i:], "-led ") {
		return -1
	}
	j := i + len("-led ")
	for k := 0; k < 3; k++ {
		w := firstWordAfter(s, j)
		switch {
		case ledForceNouns[w]:
			return j + len(w)
		case !ledForceWords[w]:
			return -1
		}
		j += len(w)
		for j < len(s) && s[j] == ' ' {
			j++
		}
	}
	return -1
}

// ledForceNouns name a force one nation leads; ledForceWords may come
// before them.
var (
	ledForceNouns = wordSet("force forces mission coalition troops contingent")
	ledForceWords = wordSet("multinational international security peacekeeping regional joint military naval")
)

// forcesOf reports whether the country at s[i] owns the forces named
// just before it: "the armed forces of Armenia", "the army of Mali",
// "the government of Sudan".
func forcesOf(s string, i int) bool {
	w := lastWords(s[:i], 2)
	return len(w) == 2 && w[1] == "of" && forcesNouns[strings.ToLower(w[0])]
}

// forcesNouns name a state's forces or government before "of".
var forcesNouns = wordSet("forces army troops soldiers units military navy government ministry")

// sharedStateNoun reports whether a nationality adjective ending at s[i]
// is coordinated with another that has a state noun, which both share:
// "Syrian and Russian warplanes".
func sharedStateNoun(s string, i int) bool {
	rest, ok := strings.CutPrefix(s[i:], " and ")
	if !ok {
		return false
	}
	e := 0
	for e < len(rest) && isASCIILetter(rest[e]) {
		e++
	}
	return nationalityWords[rest[:e]] && stateNounAfter.prefixEnd(rest[e:]) >= 0
}

// eventNouns, after a capital, make it the place of an event named for
// it rather than its government.
var eventNouns = wordSet("attack attacks bombing bombings blast blasts explosion strike strikes raid talks summit massacre siege offensive")

// nonStateNouns, after a nationality adjective, name armed men who are
// not the nation's forces.
var nonStateNouns = wordSet("gangs gang gangsters bandits pirates separatists dissidents guerrillas jihadists insurgents irregulars ethnic resistance paramilitary paramilitaries warring")

// rebelNouns after a nationality adjective name rebels of that nation, not
// its forces: "an attack by Chadian rebels".
var rebelNouns = wordSet("rebels rebel militias")

// modelCraft returns where the craft end when s[i:] names a make and
// then craft of war ("Rafale jets", "Su-24 bombers", "B-29s"), else -1.
func modelCraft(s string, i int) int {
	j := i
	for j < len(s) && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9' || s[j] == '-') {
		j++
	}
	if j == i || j >= len(s) || s[j] != ' ' {
		return -1
	}
	w := firstWordAfter(s, j)
	if !craftNouns[w] && modelStrikeVerbs[w] && aircraftModel(strings.TrimSuffix(strings.ToLower(s[i:j]), "s")) {
		return j // "Ethiopian MiG-23s bombed": the model names the craft
	}
	if craftNames[strings.ToLower(s[i:j])] {
		if v := hyphenedWordAfter(s, j); modelStrikeVerbs[v] {
			return j // "Israeli Mirages bombed": the nation's craft, by its name
		}
		if k := j + len(" and "); w == "and" && k < len(s) {
			if e := modelCraft(s, k); e > 0 && craftNames[strings.ToLower(s[k:e])] {
				return e // "Israeli Mirages and Skyhawks bombed"
			}
		}
	}
	if m := strings.ToLower(s[i:j]); w == "and" && (craftNames[m] || aircraftModel(strings.TrimSuffix(m, "s"))) {
		if k := j + len(" and "); k < len(s) {
			if e := modelCraft(s, k); e > 0 {
				return e // "Iraqi MiG and Sukhoi jets bombed": two makes of the nation's craft
			}
		}
	}
	if m := strings.ToLower(s[i:j]); (w == "fighters" || w == "fighter-bombers" || w == "interceptors") && (aircraftModel(m) || craftNames[m] || aircraftMakes[m]) {
		return j + 1 + len(w) // "Syrian MiG-23 fighters": aircraft, not fighting men
	}
	if !craftNouns[w] || findParties(s[i:j]) != nil {
		return -1 // "Lebanese Hezbollah drones": the group's
	}
	return j + 1 + len(w)
}

// hyphenedWordAfter returns the word after s[i:], lower-cased, with
// its hyphens ("dive-bombed").
func hyphenedWordAfter(s string, i int) string {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	e := i
	for e < len(s) && (isASCIILetter(s[e]) || s[e] == '-') {
		e++
	}
	return strings.ToLower(s[i:e])
}

// craftNames are the names of warplanes and attack helicopters of a
// make, told in the plural as the craft themselves: "Israeli Mirages",
// "British Harriers", "German Stukas".
var craftNames = wordSet("mirages skyhawks phantoms mysteres vautours ouragans super-mysteres migs mig sukhois sukhoi tupolevs ilyushins " +
	"harriers tornados tornadoes jaguars hunters canberras vulcans buccaneers lightnings meteors vampires venoms spitfires hurricanes " +
	"typhoons tempests lancasters wellingtons blenheims halifaxes stirlings beaufighters mosquitoes mosquitos stukas messerschmitts heinkels " +
	"dorniers junkers focke-wulfs zeros corsairs hellcats avengers skyraiders thunderchiefs thunderbolts mustangs sabres sabrejets " +
	"superfortresses fortresses liberators mitchells marauders intruders apaches cobras hinds tucanos pucaras etendards super-etendards " +
	"rafales eurofighters gripens kfirs neshers daggers fiats macchis savoias capronis")

// modelStrikeVerbs, after an aircraft's model and its nation, make the
// model the nation's craft ("Ethiopian MiG-23s bombed"), not a craft it
// lost ("the American U-2 reconnaissance plane shot down").
var modelStrikeVerbs = wordSet("bombed struck attacked strafed rocketed hit pounded raided fired targeted dive-bombed machine-gunned torpedoed sank napalmed")

// namedUnit returns where a unit of a nation's forces named by up to
// three capitalised words ends when s[i:] opens with one ("Foreign Legion"
// of "French Foreign Legion paratroopers", "National Guard troops",
// "Parachute Regiment"), with the soldiers' noun after it, else -1.
func namedUnit(s string, i int) int {
	j := i
	for n := 0; n < 3; n++ {
		k := j
		for k < len(s) && isASCIILetter(s[k]) {
			k++
		}
		if k == j || !isASCIIUpper(s[j]) {
			return -1
		}
		if unitNouns[s[j:k]] || numberedForces[s[j:k]] && j >= 2 && ordinalNames[lastWord(strings.TrimRight(s[i:j], " "))] {
			// ("American First Army troops", "the Soviet Sixth Fleet":
			// numbered, the nation's; "Irish Republican Army" is no unit.)
			if w := firstWordAfter(s, k); k < len(s) && s[k] == ' ' && (forcesNouns[w] || w == "paratroopers" || w == "commandos" || w == "units") {
				return k + 1 + len(w)
			}
			return k
		}
		if k >= len(s) || s[k] != ' ' {
			return -1
		}
		j = k + 1
	}
	return -1
}

// numberedForces end the names of a nation's numbered armies and fleets.
var numberedForces = map[string]bool{"Army": true, "Fleet": true, "Armies": true}

// unitNouns end the names of units of a nation's forces.
var unitNouns = map[string]bool{"Legion": true, "Guard": true, "Regiment": true, "Brigade": true, "Division": true,
	"Corps": true, "Battalion": true, "Marines": true, "Rangers": true, "Guardsmen": true}

// opensSentence reports whether s, the text before a word, is empty or
// a dateline ending in a dash ("WASHINGTON, May 18 (Reuters) - "): the
// word opens the sentence.
func opensSentence(s string) bool {
	t := strings.TrimSpace(s)
	return t == "" || strings.HasSuffix(t, " -") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, "–")
}

// countedBefore reports whether a count comes right before s[i]: "shot
// down two Syrian SU-24 warplanes" counts craft hit, not a side acting
// (but "An Iraqi Mirage jet fired", a sentence's first words, is the
// subject).
func countedBefore(s string, i int) bool {
	w := lastWords(s[:i], 1)
	if len(w) == 0 {
		return false
	}
	x := strings.ToLower(w[0])
	return craftCounts[x] || x[0] >= '0' && x[0] <= '9'
}

// craftCounts are the words that count craft.
var craftCounts = wordSet("a an one two three four five six seven eight nine ten dozens several many some its their")

// craftNouns are the craft of war a make names: "Mirage jets".
var craftNouns = wordSet("jets warplanes bombers planes aircraft drones helicopters gunships missiles tanks warships " +
	"jet warplane bomber plane drone helicopter gunship missile tank warship")

// groupNameBefore returns where a group's name begins when up to four
// capitalised words inside the sentence come right before "rebels" at
// s[i] ("Seleka rebels"), else -1. A nation or a place the gazetteer
// knows ("Sierra Leone rebels", "Syrian rebels") names where the rebels
// fight, not who they are, as does a party the rules name.
func groupNameBefore(s string, i int) int {
	if j := strings.LastIndexByte(s[:i], '('); j >= 0 && strings.HasSuffix(s[:i], ") ") && j > 0 {
		// "the Liberians United for Reconciliation and Democracy (LURD)
		// rebel group": the short name in brackets.
		if abbr := s[j+1 : i-2]; len(abbr) >= 2 && strings.ToUpper(abbr) == abbr && s2word(abbr) && findParties(abbr) == nil {
			return j + 1
		}
	}
	start := -1
	for j, n := i, 0; n < 4 && j >= 2 && s[j-1] == ' '; n++ {
		k := j - 1
		for k > 0 && (isASCIILetter(s[k-1]) || s[k-1] == '-') {
			k--
		}
		if k == j-1 || !isASCIIUpper(s[k]) {
			break
		}
		start, j = k, k
	}
	if start <= 0 || strings.Trim(s[:start], " \"“‘'") == "" {
		return -1 // none, or the sentence's first word (after a quotation mark too)
	}
	name := s[start : i-1]
	first := name
	if sp := strings.IndexByte(name, ' '); sp >= 0 {
		first = name[:sp]
	}
	if groupDescriptors[first] || rebelDescriptors[strings.ToLower(first)] {
		return -1 // "Islamist rebels", "Local rebels": what kind, not which
	}
	if _, ok := wordValue(strings.ToLower(first)); ok {
		return -1 // "Thirty rebels were killed": how many, not which
	}
	if h := strings.LastIndexByte(name, '-'); h > 0 && h+1 < len(name) && name[h+1] >= 'a' && name[h+1] <= 'z' {
		return -1 // "the Iraq-based rebel Mujahedin-e Khalq": where they are based
	}
	if _, known := NormalisePlace(name); known || nationalityWords[name] || isCountry(name) || findParties(name) != nil {
		return -1
	}
	return start
}

// rebelDescriptors are words, lower-cased, that tell what kind of rebels
// they are when capitalised at a sentence's start or in a headline.
var rebelDescriptors = wordSet("local armed separatist ethnic opposition allied government militant other some many several " +
	"suspected rival muslim christian tribal former communist leftist rightist anti-government hardline the these those " +
	"remaining last defeated surviving retreating advancing")

// oneWordFighters reports whether a rebels mention is a bare noun of
// fighters: "rebels", "guerrillas", "insurgents".
func oneWordFighters(text string) bool {
	return !strings.Contains(text, " ") && fighterNouns[strings.ToLower(text)] || strings.EqualFold(text, "guerrillas") || strings.EqualFold(text, "guerrilla")
}

// groupOfAfter returns the short name of the group that s[i:] names as
// fighters' own when it opens with " of the ", capitalised words and that
// name in brackets ("guerrillas of the Farabundo Marti National
// Liberation Front (FMLN)"), else "".
func groupOfAfter(s string, i int) string {
	rest, ok := strings.CutPrefix(s[i:], " of the ")
	if !ok {
		return ""
	}
	open := strings.IndexByte(rest, '(')
	if open < 2 || open > 80 || rest[open-1] != ' ' {
		return ""
	}
	for _, w := range strings.Fields(rest[:open]) {
		if !isASCIIUpper(w[0]) && w != "of" && w != "for" && w != "and" && w != "the" {
			return "" // a description, not a name
		}
	}
	end := strings.IndexByte(rest[open:], ')')
	if end < 3 {
		return ""
	}
	abbr := rest[open+1 : open+end]
	if len(abbr) > 8 || strings.ToUpper(abbr) != abbr || !s2word(abbr) {
		return ""
	}
	return abbr
}

// s2word reports whether w is letters and hyphens only.
func s2word(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) && w[i] != '-' {
			return false
		}
	}
	return true
}

// possessedPlaces, after a country's possessive, make it where a place
// lies rather than a side: "Myanmar's western Chin state".
var possessedPlaces = wordSet("northern southern eastern western central north south east west northeastern northwestern " +
	"southeastern southwestern north-eastern north-western south-eastern south-western far restive remote border")

// nationPlaceNouns are the places a nationality adjective may name:
// "the Somali port of Kismayu".
// countryFeatureNouns are the nouns after a country's name that make it
// a river, valley or delta of that name ("crossed the Jordan river", "in
// the Niger delta") rather than the nation as a party.
var countryFeatureNouns = wordSet("river valley delta basin")

// politicalNouns are the nouns after "opposition" that make it a
// parliament's or a party's opposition, not armed rebels: "opposition
// leaders demanded", "opposition lawmakers walked out".
var politicalNouns = wordSet("leader leaders politicians politician parties party lawmakers legislators mps deputies candidate candidates senators bloc benches")

var nationPlaceNouns = wordSet("port ports town towns city cities village villages capital province provinces region regions coast island islands enclave oasis oases")

// possessiveOf reports whether s[i:] opens with a possessive "'s" and
// then one of nouns: "Sudan's paramilitaries".
func possessiveOf(s string, i int, nouns map[string]bool) bool {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(s[i:], p) {
			return nouns[firstWordAfter(s, i+len(p))]
		}
	}
	return false
}

// fighterNouns name fighters without naming their group.
var fighterNouns = wordSet("insurgents militants fighters jihadists rebels gunmen militias militia")

// ownedBefore reports whether the word before s[i] is a possessive or a
// nationality adjective: "Russia's" or "Israeli" of "Russia's Defence
// Ministry", "Israeli Defence Minister".
func ownedBefore(s string, i int) bool {
	w := lastWords(s[:i], 1)
	return len(w) == 1 && (strings.HasSuffix(w[0], "'s") || strings.HasSuffix(w[0], "’s") || nationalityWords[w[0]])
}

// namedBefore reports whether the word before s[i] is capitalised and
// not "The": "Ta'ang" of "Ta'ang National Liberation Army", "Karen" of
// "Karen National Liberation Army".
func namedBefore(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && s[k-1] != ' ' {
		k--
	}
	w := s[k : i-1]
	return s[k] >= 'A' && s[k] <= 'Z' && w != "The" && w != "An" && w != "A" && w != "This" && w != "That" && !ordinalNames[w]
}

// ownedArmyBefore reports whether the words before a name end with an
// owner's possessive or a word that calls it so ("the Mujahedin's
// self-styled", "its so-called"): the name is that owner's.
func ownedArmyBefore(before string) bool {
	w := lastWord(before)
	return w == "self-styled" || w == "so-called" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// ordinalNames number a nation's armies, fleets and corps ("the American
// First Army", "the Eighth Army"): no name of an army of its own.
var ordinalNames = wordSet("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Fourteenth Fifteenth")

func nameWordBefore(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	if k == i-1 || k == 0 || s[k] < 'A' || s[k] > 'Z' || s[k-1] != ' ' {
		return false
	}
	// Not the first word of the sentence or of a clause.
	j := k - 1
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	return j > 0 && isASCIILetter(s[j-1])
}

// groupsFighters reports whether the mention p, a bare word for fighters
// ("militants", "guerrillas") read as "rebels" or "militants", follows
// the named armed group g with only a space between: "Hamas militants",
// "Boko Haram insurgents", "Polisario Front guerrillas" are the group's
// own, not fighters of no name. A nation's, a body's or a government's
// name before them is not a group's ("Syrian rebels" are read as rebels
// by their own rule).
func groupsFighters(s string, g, p partyMention) bool {
	if p.Name != "rebels" && p.Name != "militants" || !oneWordFighters(p.Text) || g.End >= p.Start || s[g.End] != ' ' {
		return false
	}
	if gap := strings.TrimSpace(s[g.End:p.Start]); gap != "" && (!fighterAdjectives[strings.ToLower(gap)] || p.Start-g.End > 16) {
		return false // ("Al Shabaab Islamist militants": one word of their creed between)
	}
	switch g.Name {
	case "", "rebels", "militants", "civilians", "pro-Iran militia", "pro-government militia", "Syrian government", "Sudanese army",
		"United Nations", "European Union", "NATO", "African Union", "ECOWAS", "Arab League", "Organization of American States",
		"Southern African Development Community":
		return false
	}
	return g.Name[0] != 0 && !isCountry(g.Name) && !nationalityWords[g.Text] && !capitals[g.Text]
}

// fighterAdjectives may stand between an armed group's name and its
// fighters: "Al Shabaab Islamist militants".
var fighterAdjectives = wordSet("islamist jihadist islamic armed sunni shiite shi'ite extremist hardline")

// hostForcesSubject returns the span of the state's forces named without
// a nation as the subject that opens a sentence ("Troops shelled the
// village", "Security forces killed six of them", "Government helicopter
// gunships struck rebel positions", "Air force Kfir jets bombed …"), or
// end 0. In an article about a nation they are that nation's, as its
// unqualified soldiers are (see articleNation).
func hostForcesSubject(s string) (start, end int) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start = i
	word := func() string {
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' {
			j++
		}
		return s[i:j]
	}
	next := func() {
		i += len(word())
		end = i
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	if w := word(); w == "The" || w == "A" || w == "An" {
		next()
	}
	switch w := word(); w {
	case "Troops", "Soldiers", "Commandos", "Paratroopers":
		next()
		if word() == "of" || word() == "from" {
			return 0, 0 // "Troops of the two countries clashed": whose, told after
		}
		return start, end
	case "Security", "Special":
		next()
		if word() != "forces" {
			return 0, 0
		}
	case "Counter-terrorism", "Counterterrorism", "Elite", "Police", "Riot":
		// "Counter-terrorism units and federal police entered the city".
		next()
		if x := word(); x != "units" && x != "forces" && x != "troops" && x != "police" {
			return 0, 0
		}
	case "army", "military", "Military", "Army", "Government", "Navy", "Federal", "Air":
		next()
		if (strings.EqualFold(w, "army") || strings.EqualFold(w, "military")) && spokesNouns[word()] {
			// "Army spokesman Nabil Abdallah said air defences had
			// intercepted", "An army communique said paratroopers
			// dropped": the state's forces tell of their own acts.
			break
		}
		if w == "army" || w == "military" || w == "Military" {
			return 0, 0
		}
		if w == "Air" {
			if word() != "force" {
				return 0, 0
			}
			next()
		}
		if x := word(); !hostForceNouns[x] && x != "" && (isASCIIUpper(x[0]) || isDigit(x[0])) {
			next() // "Air force Kfir jets", "Government B-26 bombers"
		}
		if word() == "helicopter" {
			next()
		}
		if !hostForceNouns[word()] {
			return 0, 0
		}
	default:
		return 0, 0
	}
	next()
	return start, end
}

// spokesNouns are who or what speaks for a state's forces: "Army
// spokesman", "an army communique".
var spokesNouns = wordSet("spokesman spokeswoman communique statement")

// hostForceNouns are the nouns of a state's forces hostForcesSubject
// reads after "Government", "Army", "Navy" or "Air force".
var hostForceNouns = wordSet("forces troops soldiers units jets warplanes planes bombers helicopters gunships artillery")

// resistanceAllies reports whether the resistance fighters at s[at:] are
// told as allies or others beside a group named before them: "its armed
// wing and allied resistance fighters", "and other resistance groups".
func resistanceAllies(s string, at int) bool {
	w, _ := wordBefore(s, at)
	switch strings.ToLower(w) {
	case "allied", "other", "fellow", "partner":
		return true
	}
	return false
}
