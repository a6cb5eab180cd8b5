package extract

import (
	"iter"
	"regexp"
	"slices"
	"strings"
)

// Normalised victims' sides. The general rule is <nation> + a security
// role word → "<Nation> military" (Syria's forces are "Syrian government
// forces", the name the Syrian war's reporting uses); civilian words →
// "civilians"; anything else → "unknown".
const (
	SideCivilians     = "civilians"
	SideRebels        = "rebels"
	SideMilitants     = "militants"
	SidePolice        = "police"
	SideProGovMilitia = "pro-government militia"
	SideGovernment    = "government forces"
	SideUnknown       = "unknown"
)

// nationAdjectives maps nation adjectives, country names and plural
// demonyms, lower-cased, to the nation adjective used in side names.
var nationAdjectives = withPlurals(withNations(otherNations, map[string]string{
	"turkish": "Turkish", "turkey": "Turkish", "turks": "Turkish", "turkey's": "Turkish", "türkiye": "Turkish", "turkiye": "Turkish", "türkiye's": "Turkish",
	"syrian": "Syrian", "syria": "Syrian", "syrians": "Syrian", "syria's": "Syrian",
	"russian": "Russian", "russia": "Russian", "russians": "Russian", "russia's": "Russian",
	"iranian": "Iranian", "iran": "Iranian", "iranians": "Iranian", "iran's": "Iranian",
	"israeli": "Israeli", "israel": "Israeli", "israelis": "Israeli", "israel's": "Israeli",
	"ukrainian": "Ukrainian", "ukraine": "Ukrainian", "ukrainians": "Ukrainian", "ukraine's": "Ukrainian",
	"iraqi": "Iraqi", "iraq": "Iraqi", "iraqis": "Iraqi",
	"afghan": "Afghan", "afghanistan": "Afghan", "afghans": "Afghan",
	"american": "American", "americans": "American", "u.s": "American", "us": "American",
	"british": "British", "britain": "British", "french": "French", "france": "French",
	"german": "German", "germany": "German", "pakistani": "Pakistani", "pakistan": "Pakistani",
	"pakistanis": "Pakistani", "indian": "Indian", "india": "Indian", "nigerian": "Nigerian",
	"nigeria": "Nigerian", "nigerians": "Nigerian", "sudanese": "Sudanese", "sudan": "Sudanese",
	"yemeni": "Yemeni", "yemen": "Yemeni", "yemenis": "Yemeni", "saudi": "Saudi",
	"egyptian": "Egyptian", "egypt": "Egyptian", "lebanese": "Lebanese", "lebanon": "Lebanese",
	"palestinian": "Palestinian", "palestinians": "Palestinian", "jordanian": "Jordanian",
	"libyan": "Libyan", "libya": "Libyan", "somali": "Somali", "somalia": "Somali",
	"malian": "Malian", "mali": "Malian", "ethiopian": "Ethiopian", "ethiopia": "Ethiopian",
	"congolese": "Congolese", "burmese": "Myanmar", "myanmar": "Myanmar",
	"mexican": "Mexican", "mexico": "Mexican", "colombian": "Colombian", "colombia": "Colombian",
	"chinese": "Chinese", "china": "Chinese", "azerbaijani": "Azerbaijani", "armenian": "Armenian",
	"georgian": "Georgian", "kenyan": "Kenyan", "kenya": "Kenyan", "chadian": "Chadian",
	"cameroonian": "Cameroonian", "nigerien": "Nigerien", "burkinabe": "Burkinabe",
	"mozambican": "Mozambican", "filipino": "Philippine", "philippine": "Philippine",
	"indonesian": "Indonesian", "thai": "Thai", "emirati": "Emirati", "qatari": "Qatari",
	"kurdish": "Kurdish", "kurds": "Kurdish", "polish": "Polish", "belarusian": "Belarusian",
	"south sudanese": "South Sudanese", "tunisian": "Tunisian", "algerian": "Algerian",
	"niger": "Nigerien", "mozambique": "Mozambican", "congo": "Congolese", "drc": "Congolese",
	"burkina": "Burkinabe", "haiti": "Haitian", "haitian": "Haitian", "chad": "Chadian",
	"cameroon": "Cameroonian", "rwanda": "Rwandan", "rwandan": "Rwandan", "jordan": "Jordanian",
	"saudi arabia": "Saudi", "azerbaijan": "Azerbaijani", "armenia": "Armenian",
	"eritrean": "Eritrean", "eritrea": "Eritrean", "ugandan": "Ugandan", "uganda": "Ugandan",
	"burundian": "Burundian", "israelis'": "Israeli", "swedish": "Swedish",
	"indonesia": "Indonesian", "briton": "British", "swede": "Swedish",
	"belgian": "Belgian", "belgium": "Belgian", "tajik": "Tajik", "vietnamese": "Vietnamese",
	"benin": "Beninese", "beninese": "Beninese", "thailand": "Thai", "philippines": "Philippine",
	"togo": "Togolese", "togolese": "Togolese", "ecuador": "Ecuadorian", "ecuadorian": "Ecuadorian",
	"ecuadorean": "Ecuadorian", "oman": "Omani", "omani": "Omani", "bangladesh": "Bangladeshi",
	"bangladeshi": "Bangladeshi", "nepal": "Nepali", "nepali": "Nepali", "tajikistan": "Tajik",
	"kyrgyz": "Kyrgyz", "kyrgyzstan": "Kyrgyz", "uzbek": "Uzbek", "uzbekistan": "Uzbek",
	"kazakh": "Kazakh", "kazakhstan": "Kazakh", "serbian": "Serbian", "serbia": "Serbian",
	"kosovo": "Kosovar", "kosovar": "Kosovar", "senegalese": "Senegalese", "senegal": "Senegalese",
	"ivorian": "Ivorian", "mauritanian": "Mauritanian", "mauritania": "Mauritanian",
	"moroccan": "Moroccan", "morocco": "Moroccan", "tunisia": "Tunisian", "algeria": "Algerian",
	"ghanaian": "Ghanaian", "ghana": "Ghanaian", "tanzanian": "Tanzanian", "tanzania": "Tanzanian",
	"venezuelan": "Venezuelan", "venezuela": "Venezuelan", "peruvian": "Peruvian", "peru": "Peruvian",
	"honduran": "Honduran", "guatemalan": "Guatemalan", "salvadoran": "Salvadoran",
	"brazilian": "Brazilian", "brazil": "Brazilian", "lithuanian": "Lithuanian", "latvian": "Latvian",
	"estonian": "Estonian", "moldovan": "Moldovan", "japanese": "Japanese", "taiwanese": "Taiwanese",
	"soviet": "Soviet", "ussr": "Soviet", "yugoslav": "Yugoslav", "yugoslavia": "Yugoslav",
	"cambodian": "Cambodian", "cambodia": "Cambodian", "sri lankan": "Sri Lankan", "sri lanka": "Sri Lankan",
	"czech": "Czech", "south african": "South African", "south africa": "South African", "malawian": "Malawian", "malawi": "Malawian",
	"uruguayan": "Uruguayan", "uruguay": "Uruguayan", "zambian": "Zambian", "zambia": "Zambian",
	"zimbabwean": "Zimbabwean", "zimbabwe": "Zimbabwean", "angolan": "Angolan", "angola": "Angolan",
	"burundi": "Burundian", "guinean": "Guinean", "guinea": "Guinean", "liberian": "Liberian", "liberia": "Liberian",
	"sierra leonean": "Sierra Leonean", "sierra leone": "Sierra Leonean", "gambian": "Gambian",
	"djiboutian": "Djiboutian", "djibouti": "Djiboutian", "south sudan": "South Sudanese",
	"central african": "Central African", "canadian": "Canadian", "canada": "Canadian",
	"australian": "Australian", "australia": "Australian", "italian": "Italian", "italy": "Italian",
	"spanish": "Spanish", "spain": "Spanish", "dutch": "Dutch", "netherlands": "Dutch",
	"norwegian": "Norwegian", "norway": "Norwegian", "danish": "Danish", "denmark": "Danish",
	"greek": "Greek", "greece": "Greek", "romanian": "Romanian", "romania": "Romanian",
	"bulgarian": "Bulgarian", "hungarian": "Hungarian", "croatian": "Croatian", "bosnian": "Bosnian",
	"albanian": "Albanian", "portuguese": "Portuguese", "portugal": "Portuguese", "irish": "Irish",
	"austrian": "Austrian", "swiss": "Swiss", "finnish": "Finnish", "finland": "Finnish",
	"north korean": "North Korean", "north korea": "North Korean", "south korean": "South Korean",
	"north vietnamese": "North Vietnamese", "north vietnam": "North Vietnamese",
	"south korea": "South Korean", "malaysian": "Malaysian", "malaysia": "Malaysian", "laotian": "Laotian",
	"kuwaiti": "Kuwaiti", "kuwait": "Kuwaiti", "bahraini": "Bahraini", "bahrain": "Bahraini",
	"bolivian": "Bolivian", "bolivia": "Bolivian", "chilean": "Chilean", "chile": "Chilean",
	"argentine": "Argentine", "argentina": "Argentine", "cuban": "Cuban", "cuba": "Cuban",
	"nicaraguan": "Nicaraguan", "nicaragua": "Nicaraguan", "turkmen": "Turkmen", "mongolian": "Mongolian",
	"el salvador": "Salvadoran", "honduras": "Honduran", "moldova": "Moldovan", "vietnam": "Vietnamese",
	"macedonian": "Macedonian", "croatia": "Croatian", "bosnia": "Bosnian", "georgia": "Georgian",
	"guatemala": "Guatemalan", "albania": "Albanian", "belarus": "Belarusian",
	"japan": "Japanese", "laos": "Laotian", "ivory coast": "Ivorian", "azeri": "Azerbaijani",
	// The southern Vietnam of 1954 to 1976 (the northern one is above).
	"south vietnamese": "South Vietnamese", "south vietnam": "South Vietnamese",
	// States of their day: "a soldier of the Rhodesian African Rifles",
	// "Ceylon's army", "Zairean troops".
	"rhodesian": "Rhodesian", "rhodesia": "Rhodesian", "ceylonese": "Ceylonese", "ceylon": "Ceylonese",
	"zairean": "Zairean", "zairian": "Zairean", "zaire": "Zairean",
	"czechoslovak": "Czechoslovak", "czechoslovakia": "Czechoslovak", "east german": "East German",
	"east germany": "East German", "west german": "West German", "west germany": "West German",
	"south yemeni": "South Yemeni", "south yemen": "South Yemeni", "north yemeni": "North Yemeni", "north yemen": "North Yemeni",
}))

// otherNations are the countries, and their demonyms, of the gazetteer's
// that nationAdjectives does not name itself, so that "59 members of the
// Panama Defense Forces" are Panama's; withNations adds them where it has
// no entry of its own.
var otherNations = map[string]string{
	"panama": "Panamanian", "panamanian": "Panamanian", "poland": "Polish", "polish": "Polish",
	"ireland": "Irish", "northern ireland": "British", "sweden": "Swedish", "swedish": "Swedish", "austria": "Austrian", "austrian": "Austrian",
	"hungary": "Hungarian", "hungarian": "Hungarian", "bulgaria": "Bulgarian", "bulgarian": "Bulgarian",
	"czech republic": "Czech", "czech": "Czech", "slovakia": "Slovak", "slovak": "Slovak",
	"slovenia": "Slovenian", "slovenian": "Slovenian", "estonia": "Estonian", "estonian": "Estonian",
	"latvia": "Latvian", "latvian": "Latvian", "lithuania": "Lithuanian", "lithuanian": "Lithuanian",
	"cyprus": "Cypriot", "cypriot": "Cypriot", "qatar": "Qatari", "qatari": "Qatari",
	"united arab emirates": "Emirati", "emirati": "Emirati", "uae": "Emirati", "mongolia": "Mongolian", "mongolian": "Mongolian",
	"turkmenistan": "Turkmen", "turkmen": "Turkmen", "singapore": "Singaporean", "singaporean": "Singaporean",
	"brunei": "Bruneian", "bruneian": "Bruneian", "taiwan": "Taiwanese", "taiwanese": "Taiwanese",
	"bhutan": "Bhutanese", "bhutanese": "Bhutanese", "maldives": "Maldivian", "maldivian": "Maldivian",
	"timor-leste": "Timorese", "timorese": "Timorese", "gabon": "Gabonese", "gabonese": "Gabonese",
	"gambia": "Gambian", "gambian": "Gambian", "madagascar": "Malagasy", "malagasy": "Malagasy",
	"namibia": "Namibian", "namibian": "Namibian", "comoros": "Comorian", "comorian": "Comorian",
	"mauritius": "Mauritian", "mauritian": "Mauritian", "eswatini": "Swazi", "swazi": "Swazi",
	"jamaica": "Jamaican", "jamaican": "Jamaican", "paraguay": "Paraguayan", "paraguayan": "Paraguayan",
	"costa rica": "Costa Rican", "costa rican": "Costa Rican", "belize": "Belizean", "belizean": "Belizean",
	"guyana": "Guyanese", "guyanese": "Guyanese", "suriname": "Surinamese", "surinamese": "Surinamese",
	"grenada": "Grenadian", "grenadian": "Grenadian", "dominican republic": "Dominican",
	"barbados": "Barbadian", "barbadian": "Barbadian", "trinidadian": "Trinidadian",
	"papua new guinea": "Papua New Guinean", "fiji": "Fijian", "fijian": "Fijian", "samoa": "Samoan",
	"tonga": "Tongan", "tongan": "Tongan", "montenegro": "Montenegrin", "montenegrin": "Montenegrin",
	"north macedonia": "Macedonian", "macedonian": "Macedonian", "iceland": "Icelandic", "icelandic": "Icelandic",
	"malta": "Maltese", "maltese": "Maltese", "luxembourg": "Luxembourgish",
	"united states": "American", "united kingdom": "British", "burkina faso": "Burkinabe",
	"central african republic": "Central African", "western sahara": "Sahrawi", "sahrawi": "Sahrawi",
}

// withNations adds to m the entries of more whose keys m lacks.
func withNations(more, m map[string]string) map[string]string {
	for k, v := range more {
		if _, ok := m[k]; !ok {
			m[k] = v
		}
	}
	return m
}

// peoplePlurals are the plural demonyms withPlurals adds: the people of
// nations seldom at war in the reports, counted as people ("45 Indians
// at prayer", "two Germans"), not as their nation's army.
var peoplePlurals = map[string]bool{}

// withPlurals adds to m the plural demonyms of the adjectives that make
// one with an s ("Armenians", "Kenyans", "Somalis", "Nigeriens",
// "Chechens"); the "-ese" and
// "-ish" ones make none ("the Chinese", "the British").
func withPlurals(m map[string]string) map[string]string {
	for k, v := range m {
		if strings.Contains(k, " ") || strings.ToLower(v) != k || !strings.HasSuffix(k, "an") && !strings.HasSuffix(k, "i") && !strings.HasSuffix(k, "en") && !strings.HasSuffix(k, "ot") {
			continue
		}
		if _, ok := m[k+"s"]; !ok {
			m[k+"s"] = v
			peoplePlurals[k+"s"] = true
		}
	}
	for plural, adj := range irregularPlurals {
		if v, ok := m[adj]; ok {
			if _, ok := m[plural]; !ok {
				m[plural] = v
				peoplePlurals[plural] = true
			}
		}
	}
	return m
}

// irregularPlurals are the plural demonyms not made by adding an s to
// the adjective ("three Spaniards, an Italian and a Frenchman were also
// killed"), and the adjectives they stand for.
var irregularPlurals = map[string]string{
	"spaniards": "spanish", "danes": "danish", "finns": "finnish", "poles": "polish", "dutchmen": "dutch",
	"irishmen": "irish", "greeks": "greek", "uzbeks": "uzbek", "kazakhs": "kazakh", "tajiks": "tajik",
	"filipinos": "filipino", "argentines": "argentine", "kosovars": "kosovar", "turkmens": "turkmen",
}

// nationFirstWords are the first words of the nations named by two words
// ("south", "sri"): only after one of them is a pair of words looked up.
var nationFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range nationAdjectives {
		if first, _, ok := strings.Cut(k, " "); ok {
			m[first] = true
		}
	}
	return m
}()

// nationAt returns the nation adjective of the word w, read with the word
// before it when the two name a nation together ("South African", "Sri
// Lanka's", "South Sudanese"), or "".
func nationAt(prev, w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if nationFirstWords[prev] {
		if n := nationAdjectives[prev+" "+w]; n != "" {
			return n
		}
	}
	return nationAdjectives[w]
}

// militaryGendarmeries are the nations whose gendarmerie is a branch of
// the armed forces, so that their gendarmes count as their military.
var militaryGendarmeries = map[string]bool{
	"Cameroonian": true, "Nigerien": true, "Malian": true, "Burkinabe": true, "Chadian": true,
	"Beninese": true, "Togolese": true, "Senegalese": true, "Ivorian": true, "Congolese": true,
	"Algerian": true, "Mauritanian": true, "Central African": true,
}

// Victim nouns: the head words of a victims' group, by what they say about
// the side. A head noun outside these sets ("tanks", "positions", "km")
// means the number does not count people.
var (
	securityHeads = wordSet("soldiers soldier troops troop servicemen serviceman servicemembers " +
		"personnel forces marines marine paratroopers commandos commando guards guardsmen " +
		"sailors airmen pilots pilot specialists specialist experts expert conscripts " +
		"reservists reservist recruits recruit cadets cadet conscript gunners sappers commanders commander rangers ranger " +
		"general generals colonel colonels officers officer defenders captain captains sergeant sergeants major majors " +
		"lieutenant lieutenants corporal corporals legionnaires legionnaire lieutenant-colonel " +
		"lieutenant-general major-general brigadier-general advisers adviser advisors advisor instructors instructor trainers " +
		"troopers trooper coastguards coastguard askaris askari levies occupiers occupier invaders invader aggressors aggressor " +
		// Regiments' and services' men: "two Gurkhas and six Border Scouts".
		"gurkhas gurkha fusiliers fusilier riflemen rifleman sentries sentry seamen seaman scouts scout")
	policeHeads = wordSet("police policemen policeman policewomen policewoman cops gendarmes jawans jawan carabinieri " +
		"gendarme constables constable warders warder wardens jailers jailer agents agent")
	rebelHeads = wordSet("rebels rebel tigers insurgents insurgent militants militant jihadists dissidents dissident " +
		"jihadist gunmen gunman attackers attacker fighters fighter assassins assassin " +
		"hijackers hijacker kidnappers kidnapper abductors infiltrators infiltrator " +
		"separatists separatist guerrillas guerrilla extremists extremist terrorists terrorist islamists " +
		"bandits bandit raiders raider marauders marauder suspects suspect assailants assailant operatives operative criminals " +
		"militiamen militiaman gangsters gangster maoists maoist bombers bomber cadres cadre elements " +
		"khwarij khawarij kharijis khariji paramilitaries intruders intruder mujahideen mujahedeen mujahedin fedayeen partisans partisan " +
		// India's words for insurgents and jihadists' short form: "three
		// Naxalites", "24 ultras", "two jihadis".
		"naxalites naxalite naxals naxal ultras jihadis jihadi " +
		// Latin American armies' word for guerrillas: "18 subversives".
		"subversives subversive contras contra")
	civilianHeads = wordSet("civilians civilian people persons residents resident villagers couple couples " +
		"children child women woman men man boys boy girls girl babies baby infants infant " +
		"toddlers toddler teenagers teenager students student pupils worshippers worshipers pilgrims " +
		"comedian comedians poet poets writer writers artist artists footballer footballers " +
		"politician politicians lawmaker lawmakers elders elder leaders leader officials ministers minister " +
		"deputies deputy senators senator legislators legislator parliamentarians diplomats bodyguards bodyguard speakers " +
		"candidates candidate mayors mayor councillors councillor councilors councilor " +
		// "a local official", "a village chief", "two tribal chiefs".
		"official chief chiefs " +
		"passengers shoppers farmers farmer peasants peasant workers worker journalists journalist reporters " +
		"reporter medics medic doctors doctor nurses nurse patients patient refugees migrants " +
		"protesters protester demonstrators bystanders relatives teachers teacher fishermen " +
		"miners volunteers staff employees tourists wedding-goers mourners individuals " +
		"contractors contractor engineers engineer traders trader vendors vendor merchants merchant " +
		"labourers labourer laborers laborer herders herder shepherds shepherd herdsmen herdsman " +
		"family families inmates prisoners detainees victims schoolgirls schoolboys schoolchildren " +
		"hostages hostage captives crew crewmen seafarers sailors fans supporters spectators " +
		"concertgoers partygoers revellers guests commuters pedestrians motorists drivers " +
		"paramedics rescuers nationals citizens citizen foreigners missionaries missionary survivors survivor neighbours neighbour neighbors " +
		"neighbor driver priest priests pastor imam passerby passer-by passers-by son sons daughter " +
		"daughters husband wife mother father brother brothers sister sisters person national " +
		"wives husbands mothers fathers " +
		"headman villager passenger pilgrim worshipper tourist employee fisherman miner refugee " +
		"migrant shopper commuter pedestrian motorist adults adult paramedic rescuer firefighter firefighters " +
		"mayor mayors councillor councillors councilor councilors photographer photographers cameraman " +
		"activist activists lawyer lawyers singer singers musician musicians tracker trackers governor " +
		"interpreter interpreters translator translators judges judge justices magistrates magistrate " +
		"rioters rioter looters clerics cleric monks monk nuns nun athletes athlete compatriots " +
		"europeans westerners africans blacks negroes whites expatriates expats holidaymakers beachgoers devotees youths youth nomads travellers travelers truckers cameramen " +
		// Trades and kin: "a rubber tapper was shot dead".
		"co-workers coworkers co-worker coworker workmates friends friend colleagues colleague classmates classmate newsmen newsman internees internee deportees tapper tappers shopkeeper shopkeepers storekeeper porters porter tailor barber butcher baker mechanic " +
		"mechanics electrician carpenter pensioner pensioners retiree retirees grandmother grandfather grandmothers " +
		"grandfathers grandson granddaughter grandchildren nephew nephews niece nieces cousin cousins uncle uncles " +
		"aunt aunts widow widows orphans housewife housewives schoolteacher schoolteachers lecturer lecturers " +
		"professor professors surgeon surgeons pharmacist scientist scientists physicist physicists researcher researchers bride brides bridegroom " +
		// Household, kitchen and church staff and other trades: "five
		// kitchen workers, a gardener and an Army chaplain were killed".
		"gardener gardeners cook cooks chef chefs cleaner cleaners waiter waiters waitress waitresses janitor janitors " +
		"caretaker caretakers watchman watchmen servant servants maid maids housekeeper nanny cashier cashiers " +
		"chaplain chaplains padre vicar vicars rabbi rabbis bishop bishops clergyman clergymen seminarians seminarian " +
		"priestess friar friars deacon deacons archbishop postman postmen plumber painter painters builder builders " +
		"bricklayer bricklayers mason masons welder welders blacksmith weaver weavers potter jeweller jewelers jeweler " +
		"midwife midwives dentist dentists architect architects accountant accountants typist typists stenographer " +
		"schoolmaster schoolmasters headmaster headmistress seamstress woodcutters woodcutter farmhands farmhand " +
		"rancher ranchers hawkers hawker peddlers peddler boatman boatmen ferryman dockers dockworkers stevedores " +
		"railwaymen railwayman conductor conductors stewardess stewardesses steward stewards landlord tenants tenant " +
		"doorman bellboy businessmen businessman businesswoman businesswomen executives industrialists " +
		// Townspeople, congregations, bathers and the young: "killing nine
		// policemen and five townspeople", "all four occupants of the car".
		"townspeople townsfolk parishioners parishioner congregants churchgoers churchgoer picnickers bathers " +
		"visitors visitor guest novices novice mahouts mahout trainees trainee apprentices apprentice interns intern " +
		"swimmers swimmer homeowners homeowner occupants occupant vacationers delegates delegate humanitarians " +
		"technicians technician electricians linemen lineman veterans veteran newborns newborn " +
		"islanders islander inhabitants inhabitant dwellers onlookers onlooker diners diner pastoralists " +
		"adolescents adolescent juveniles minors schoolkids kids kid youngsters youngster " +
		// Occupiers of land, strikers and the displaced: "nine landless
		// squatters were killed", "dozens of evacuees were missing".
		"squatters squatter strikers striker evacuees evacuee returnees returnee hikers campers marchers loggers " +
		// A nation's people named by nouns no army's men are called by.
		"britons swedes frenchmen englishmen subjects settlers settler colonists executives executive tribespeople tribesmen tribesman clansmen investigators investigator inspectors inspector " +
		// Believers named by their faith.
		"sikhs sikh hindus christians muslims moslems catholics protestants " +
		// Peoples named by their ethnicity: "the bodies of 18 ethnic
		// Albanians".
		"cypriots albanians serbs croats bosniaks hazaras pashtuns tamils yazidis tutsis hutus arabs bedouins berbers " +
		"pandits rohingya uighurs uyghurs fulani peuls dinka nuer masalit tigrayans amharas " +
		// And by their faith or sect: "killed 12 Shiites".
		"shiites shias shi'ites shi'as sunnis alawites druze copts ahmadis buddhists jews maronites")
	otherHeads = wordSet("martyrs others more members member aides aide units combatants combatant auxiliaries auxiliary mercenaries mercenary enemy " +
		"peacekeepers peacekeeper vigilantes vigilante pows pow irregulars harkis harki " +
		// Groups whose names are plural nouns: "15 Taliban", "20 Houthis".
		"taliban houthis peshmerga janjaweed interahamwe vietcong cong shabaab shabab vdp")
	// officeHeads are holders of civil office, whom a state's word before
	// them ("a government minister") does not make its forces.
	officeHeads = wordSet("minister ministers official officials deputy deputies spokesman spokeswoman " +
		"secretary secretaries clerk clerks employee employees staff")
	// Role words that mark security forces when they modify a head
	// ("military personnel", "air defence forces").
	securityMods = wordSet("military army regime government security defence defense service junta " +
		"armed naval navy air special border intelligence national")
	// Words that put a group on the government's side in a civil war.
	militiaMarks = wordSet("pro-iran pro-iranian iran-backed iranian-backed tehran-backed " +
		"pro-government pro-regime pro-assad militia militias militiamen " +
		"loyalist loyalists shabiha mobilisation mobilization hashd vigilante vigilantes vigilance vdp " +
		"self-defence self-defense auxiliaries auxiliary janjaweed " +
		// Iraq's Awakening councils, Sierra Leone's Kamajors, the
		// Philippines' CAFGU militiamen.
		"sahwa kamajor kamajors cafgu paramilitaries " +
		// "700 coalition-backed fighters", "government-backed
		// fighters": the forces a government or its allies back.
		"government-backed coalition-backed state-backed army-backed military-backed regime-backed")
	rebelMods = wordSet("opposition rebel rebels insurgent jihadist islamist anti-government " +
		"anti-regime militant gang gangs cartel criminal")
	// rebelWords name insurgents fighting a government ("rebels",
	// "insurgents", "opposition fighters"): their side is "rebels".
	rebelWords = wordSet("rebels rebel guerrillas guerrilla separatists separatist " +
		"opposition anti-government anti-regime dissidents dissident resistance maoists maoist " +
		"naxalites naxalite naxals naxal ultras subversives subversive contras contra " +
		// Fighters of a "Liberation Front" or "Liberation Army".
		"liberation")
	// movementWords name a movement's army: "Liberation Army",
	// "Revolutionary Army", "Republican Army".
	movementWords = wordSet("liberation revolutionary patriotic republican salvation")
	// militantHeads name armed men by what they do ("militants",
	// "jihadists", "gunmen"): their side is "militants" unless a rebel
	// word qualifies them.
	militantHeads = wordSet("militants militant jihadists jihadist extremists extremist terrorists " +
		"terrorist bandits bandit bombers bomber assassins assassin hijackers hijacker kidnappers criminals " +
		"kidnapper abductors infiltrators infiltrator elements islamists")
	// fullGroupNames open the full names of armed groups that reports
	// mostly call by their initials, with the group's side: "fighters of
	// the Syrian Democratic Forces" are the SDF's, not Syria's. They name
	// the victims of one figure only; the group an article names most
	// (articleGroup) is counted by namedGroups.
	fullGroupNames = map[string]string{
		"syrian democratic": "Syrian Democratic Forces", "rapid support": "Rapid Support Forces",
	}
	// namedGroups are armed groups named in reports, with their side.
	namedGroups = map[string]string{
		"hamas": "Hamas", "taliban": "Taliban", "taleban": "Taliban", "houthi": "Houthis", "houthis": "Houthis",
		"isis": "Islamic State", "isil": "Islamic State", "daesh": "Islamic State",
		"al-shabaab": "al-Shabaab", "al-shabab": "al-Shabaab", "rsf": "Rapid Support Forces",
		"pkk": "PKK", "kurdistan workers": "PKK", "ypg": "YPG", "sdf": "Syrian Democratic Forces", "wagner": "Wagner Group",
		"peshmerga": "Kurdish military", "janjaweed": SideProGovMilitia, "interahamwe": SideProGovMilitia,
		"islamic state": "Islamic State", "boko haram": "Boko Haram", "islamic jihad": "Islamic Jihad",
		"hts": SideRebels, "fsa": SideRebels, "jnim": "JNIM", "nusrat al-islam": "JNIM", "iswap": "Islamic State",
		"isis-k": "Islamic State", "is-k": "Islamic State", "iskp": "Islamic State",
		"hezbollah": "Hezbollah", "m23": "M23", "farc": "FARC", "eln": "ELN", "adf": "ADF",
		"allied democratic": "ADF", "tplf": "TPLF", "fano": "Fano", "al-qaeda": "al-Qaeda",
		"al-qaida": "al-Qaeda", "aqap": "al-Qaeda", "ttp": "Taliban", "hamas-led": "Hamas",
		"popular mobilisation": SideProGovMilitia, "popular mobilization": SideProGovMilitia,
		"pmf": SideProGovMilitia, "village guards": SideProGovMilitia, "village guard": SideProGovMilitia,
		"village defence": SideProGovMilitia, "cjtf": SideProGovMilitia, "hayat tahrir": SideRebels, "npa": SideRebels, "ola": SideRebels,
		"viet cong": SideRebels, "vietcong": SideRebels, "viet minh": SideRebels,
		"arakan army": SideRebels, "oromo liberation": SideRebels, "emc": "FARC",
		// Armed groups of Myanmar's and Syria's wars the reports name.
		"kachin independence": "Kachin Independence Army", "people defence": "People's Defence Force",
		"people defense": "People's Defence Force", "pdf": "People's Defence Force", "pdfs": "People's Defence Force",
		"nusra front": "Nusra Front", "al-nusra": "Nusra Front", "jabhat al-nusra": "Nusra Front",
		"ahrar al-sham": "Ahrar al-Sham", "jaish al-islam": "Jaish al-Islam",
		"al shabaab": "al-Shabaab", "al shabab": "al-Shabaab", "shabaab": "al-Shabaab", "shabab": "al-Shabaab", "al qaeda": "al-Qaeda", "al qaida": "al-Qaeda",
		"abu sayyaf": "Abu Sayyaf", "biff": "Bangsamoro Islamic Freedom Fighters", "bangsamoro islamic": "Bangsamoro Islamic Freedom Fighters",
		"lakurawa": "Lakurawa", "upc": "UPC", "jubaland": "Jubaland forces",
		"kataib hezbollah": "Kataib Hezbollah", "kataib": "Kataib Hezbollah", "codeco": "CODECO",
		"revolutionary guards": "Iranian military", "revolutionary guard": "Iranian military", "irgc": "Iranian military",
		// Rebel movements of older wars, spoken of by name.
		"kla": SideRebels, "kosovo liberation": SideRebels, "ltte": SideRebels, "tamil tigers": SideRebels, "tigers": SideRebels, "tamil tiger": SideRebels,
		"lurd": SideRebels, "ruf": SideRebels, "revolutionary united": SideRebels, "lra": SideRebels,
		"lord resistance": SideRebels, "sudan liberation": SideRebels,
		"unita": SideRebels, "renamo": SideRebels, "frelimo": SideRebels, "polisario": SideRebels,
		"rcd": SideRebels, "spla-io": SideRebels, "swapo": SideRebels, "shining path": SideRebels, "sendero": SideRebels,
		"mrta": SideRebels, "tupac amaru": SideRebels, "fmln": SideRebels, "farabundo": SideRebels,
		"lna": "Libyan military", "libyan national": "Libyan military", "free syrian": SideRebels,
		// Congo's army-allied militias; the Palestinian Authority's forces.
		"wazalendo": SideProGovMilitia, "pa security": "Palestinian military",
	}
	// kinHeads name the kin of others: "wives of policemen".
	kinHeads = wordSet("relatives relative wives wife husbands husband sons son daughters daughter children " +
		"families family mothers mother fathers father widows widow parents brothers brother sisters sister")
	// singularHeads may follow "a"/"an"/"one" to count one victim.
	singularHeads = wordSet("soldier serviceman couple marine commando guard pilot specialist expert " +
		"officer member commander general colonel policeman policewoman gendarme rebel " +
		"insurgent militant jihadist gunman attacker fighter civilian resident child woman " +
		"man boy girl baby infant teenager student journalist reporter medic doctor nurse " +
		"patient worker farmer protester teacher volunteer conscript recruit suspect " +
		"militiaman combatant driver priest pastor imam neighbour neighbor passerby passer-by " +
		"survivor constable son daughter husband wife mother father brother sister bomber assailant adult auxiliary " +
		"person national headman villager passenger pilgrim worshipper tourist employee fisherman " +
		"miner refugee migrant shopper commuter pedestrian motorist ranger sailor airman paratrooper " +
		"contractor engineer trader vendor merchant labourer laborer herder shepherd herdsman " +
		"captain sergeant lieutenant corporal major peacekeeper paramedic rescuer firefighter mayor councillor candidate " +
		"legionnaire lieutenant-colonel lieutenant-general major-general brigadier-general citizen " +
		"councilor photographer cameraman activist lawyer singer musician tracker governor interpreter translator " +
		"comedian poet writer artist footballer politician lawmaker elder toddler leader warder jailer agent settler executive tribesman " +
		"vigilante bodyguard aide official chief trooper guardsman cleric monk nun prisoner detainee hostage inmate " +
		"cadet reservist sniper mercenary bystander onlooker cyclist surgeon pupil schoolboy schoolgirl newborn " +
		"grandmother grandfather grandson granddaughter nephew niece cousin relative staffer guide porter " +
		"minister deputy senator legislator parliamentarian speaker tapper shopkeeper storekeeper tailor barber butcher baker " +
		"mechanic electrician carpenter pensioner retiree uncle aunt widow housewife schoolteacher lecturer professor pharmacist bride bridegroom scientist physicist researcher " +
		"gurkha rifleman fusilier sentry seaman scout partisan harki youth nomad traveller traveler trucker " +
		"gardener cook chef cleaner waiter waitress janitor caretaker watchman servant maid housekeeper nanny cashier " +
		"chaplain padre vicar rabbi bishop clergyman seminarian priestess friar deacon archbishop postman plumber " +
		"painter builder bricklayer mason welder blacksmith weaver potter jeweller jeweler midwife dentist architect " +
		"accountant typist stenographer schoolmaster headmaster headmistress seamstress woodcutter farmhand rancher " +
		"hawker peddler boatman ferryman stevedore railwayman conductor stewardess steward landlord tenant doorman bellboy " +
		"jihadi naxalite jawan maoist islander inhabitant diner delegate technician veteran occupant " +
		"frenchman englishman irishman scotsman welshman dutchman " +
		// The singular of the other victims' nouns: "an American
		// missionary", "a guerrilla", "a kidnapper".
		"adolescent adviser advisor assassin athlete bandit businessman businesswoman cadre churchgoer " +
		"co-worker coworker evacuee extremist gangster guerrilla homeowner hijacker infiltrator inspector " +
		"internee intruder invader investigator judge kid kidnapper lineman magistrate marauder missionary " +
		"occupier operative parishioner peasant raider returnee rioter separatist squatter striker subversive " +
		"swimmer terrorist youngster " +
		// Of a group told beside others: "two missionaries and their
		// colleague", "a monk and a novice".
		"colleague classmate friend newsman instructor trainer coastguard visitor guest novice mahout trainee apprentice intern")
)

// victimHeads is the union of the head-noun sets.
var victimHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{securityHeads, policeHeads, rebelHeads, civilianHeads, otherHeads} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isVictimHead reports whether w can be the head noun of a victims' group.
func isVictimHead(w string) bool {
	if victimHeads[w] {
		return true
	}
	if namedGroups[w] != "" {
		return false
	}
	return pluralDemonym(w)
}

// faithSingulars name one believer by the faith ("Twenty Copts and one
// Muslim were killed"); as the word also describes ("a Moslem festival"),
// it is read as a person only where demonymNoun reads a nation's.
var faithSingulars = wordSet("muslim moslem christian hindu sikh copt jew buddhist catholic protestant " +
	"shiite sunni alawite ahmadi maronite")

// pluralDemonym reports whether w names a nation's people in the plural:
// "Iranians", "Palestinians", "Spaniards".
func pluralDemonym(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && nationAdjectives[w] != "" && w != "us" && !strings.HasSuffix(w, "'s")
}

// ageNoun reports whether w names a person by age ("a 17-year-old",
// "a 15-year-old footballer"): one of the people, unless a noun after it
// names a force.
func ageNoun(w string) bool {
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-month-old")
}

// prisonersOfWar reports whether words name prisoners of war ("Ukrainian
// prisoners of war", "a captured Russian POW").
func prisonersOfWar(words []string) bool {
	for i, w := range words {
		switch w {
		case "pows", "pow", "pows'":
			return true
		case "prisoners", "prisoner":
			if i+2 < len(words) && words[i+1] == "of" && words[i+2] == "war" {
				return true
			}
		}
	}
	return false
}

// sideOf returns the normalised side of a victims' group given its tokens
// (lower-cased words). host is the nation whose government the article's
// "regime" or "government" refers to, or "".
func sideOf(words []string, host string) string {
	nation := ""
	var security, police, rebel, civilian, militia, govMark, demonym, others, rebelWord, militantHead bool
	named, head := "", ""
	for i, w := range words {
		w = strings.Trim(w, `"'“”‘’`)
		if w == "" {
			continue
		}
		if isVictimHead(w) || ageNoun(w) {
			head = w
		}
		if rebelWords[w] {
			rebelWord = true
		}
		if militantHeads[w] {
			militantHead = true
		}
		if (w == "volunteer" || w == "volunteers") && i+1 < len(words) &&
			(words[i+1] == "defence" || words[i+1] == "defense" || words[i+1] == "for" ||
				// "15 soldiers and 36 volunteer fighters": armed
				// volunteers fight beside an army.
				words[i+1] == "fighters" || words[i+1] == "militiamen" || words[i+1] == "guards") {
			militia = true
		}
		if b, ok := strings.CutSuffix(w, "'s"); ok {
			w = b
		} else if b, ok := strings.CutSuffix(w, "’s"); ok {
			w = b
		}
		prev := ""
		if i > 0 {
			prev = words[i-1]
		}
		if n := nationAt(prev, w); n != "" && (nation == "" || n != nation && strings.HasSuffix(n, nation)) {
			nation = n
			if isVictimHead(w) && (i+1 == len(words) || !isVictimHead(words[i+1]) && !ageNoun(words[i+1])) || strings.HasSuffix(w, "ese") && i+1 == len(words) {
				// "three Swiss", not "three Swiss tourists": the
				// nationality is the noun only when no noun follows
				// ("48 Japanese").
				demonym = true
			}
		}
		if g, ok := strings.CutPrefix(w, "anti-"); ok && namedGroups[g] != "" {
			// "43 anti-al-Qaida fighters": men who fight the group
			// beside a government, not its own.
			militia = true
			continue
		}
		if g := namedGroups[w]; g != "" && named == "" {
			named = g
		}
		if i+1 < len(words) && named == "" {
			if g := namedGroups[w+" "+words[i+1]]; g != "" {
				named = g
			} else if g := fullGroupNames[w+" "+words[i+1]]; g != "" {
				named = g
			}
		}
		if strings.HasPrefix(w, "non-") {
			continue
		}
		if militiaMarks[w] && !militia && security && armyFirst(words[:i]) {
			// "members of the army and allied militias": the army's,
			// with its allies.
			continue
		}
		switch {
		case militiaMarks[w]:
			militia = true
		case w == "foreign" && i+1 < len(words) && (words[i+1] == "fighters" || words[i+1] == "militants"):
			militia = true
		case (w == "aligned" || w == "loyal") && i+2 < len(words):
			switch strings.TrimSuffix(words[i+2], "'s") {
			case "assad", "government", "regime", "damascus", "tehran", "iran", "the":
				militia = true
			}
		}
		if w == "regime" || w == "government" || w == "assad's" || w == "junta" || w == "army" || w == "pro-government" {
			govMark = true
		}
		switch {
		case policeHeads[w] || w == "law-enforcement" || w == "enforcement" && prev == "law" ||
			w == "civil" && i+1 < len(words) && (words[i+1] == "guard" || words[i+1] == "guards" || words[i+1] == "guardsmen"):
			// "a law enforcement officer" is police, as "four Civil
			// Guards" (Spain's Guardia Civil) are.
			police = true
		case w == "armed" && i+1 < len(words) && (words[i+1] == "group" || words[i+1] == "groups" || words[i+1] == "gang" || words[i+1] == "gangs" ||
			(words[i+1] == "men" || words[i+1] == "man") && i+2 == len(words)):
			// "14 members of an armed group": no state's force; nor
			// "three armed men".
			rebel = true
		case w == "armed" && i+1 < len(words) && (crowdHeads[words[i+1]] || i+2 == len(words) && (rebelHeads[words[i+1]] || militantHeads[words[i+1]]) ||
			i+2 < len(words) && nationAt("", words[i+1]) != "" && rebelHeads[words[i+2]]):
			// "17 armed rioters": a crowd with weapons, no force; "12
			// armed Filipino intruders" are armed men, not Manila's army,
			// and "27 armed militants" militants.
		case (w == "government" || w == "state" || w == "defence" || w == "defense") && i+1 < len(words) && officeHeads[words[i+1]]:
			// "a government minister", "defence officials": civilians
			// who hold office, not its forces.
		case securityHeads[w] || securityMods[w] && !(w == "national" && i == len(words)-1):
			// "an Indian national" is a citizen, "national guard" a force.
			security = true
		case rebelMods[w] || rebelHeads[w]:
			rebel = true
		case civilianHeads[w] || ageNoun(w) || faithSingulars[w] && i == len(words)-1:
			// ("one Muslim": a believer named by the faith, last.)
			civilian = true
		case w == "lives" && i == len(words)-1:
			// "claimed 300 lives": people, like "300 people".
			civilian = true
		case w == "others":
			others = true
		}
	}
	if !police && !rebel && prisonersOfWar(words) {
		// "40 Ukrainian prisoners of war": soldiers of their nation's
		// army, captive when killed; of no side the words name without
		// a nation.
		if nation == "" {
			return SideUnknown
		}
		return nationMilitary(nation)
	}
	if (head == "members" || head == "member") && named == "" && !militia && civicBody(words) {
		// "three members of a local resistance committee", "members of
		// the town council": people of a civic body.
		return SideCivilians
	}
	if police && (head == "gendarmes" || head == "gendarme") {
		// Where the gendarmerie is a branch of the armed forces, its
		// gendarmes are that nation's military.
		n := nation
		if n == "" {
			n = host
		}
		if militaryGendarmeries[n] {
			police, security, nation = false, true, n
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if kinHeads[words[i]] && words[i+1] == "of" {
			// "three wives of policemen", "relatives of soldiers": the
			// kin of others are civilians.
			return SideCivilians
		}
	}
	if n := len(words); n >= 2 && civilianHeads[words[n-1]] && (strings.HasSuffix(words[n-2], "s'") || strings.HasSuffix(words[n-2], "'s")) &&
		nationAdjectives[strings.TrimSuffix(words[n-2], "'s")] == "" && namedGroups[strings.TrimSuffix(words[n-2], "'s")] == "" {
		// "peacekeeper guards' relatives", "a soldier's wife": the kin or
		// staff of others are civilians.
		return SideCivilians
	}
	if n := len(words); n >= 2 && (head == "rangers" || head == "ranger") && conservationWords[words[n-2]] {
		// "two wildlife rangers", "a park ranger": the staff of a
		// reserve, not a paramilitary force.
		return SideCivilians
	}
	if n := len(words); n >= 2 && (words[n-1] == "guard" || words[n-1] == "guards" || words[n-1] == "officers" || words[n-1] == "officer") &&
		(words[n-2] == "prison" || words[n-2] == "jail") {
		// "three prison guards": warders, counted with the police.
		return SidePolice
	}
	if n := len(words); n >= 2 && (words[n-1] == "guard" || words[n-1] == "guards") && words[n-2] == "security" && nation == "" && !police {
		// A "security guard" of a church, hotel or shop is a civilian
		// employee.
		return SideCivilians
	}
	if n := len(words); head == "" && n == 2 && (words[0] == "a" || words[0] == "an" || words[0] == "one" || words[0] == "another") && nationAdjectives[words[1]] != "" {
		// "an Israeli", "a Canadian": one person of that nation.
		switch nationAdjectives[words[1]] {
		case "Palestinian":
			return "Palestinians"
		case "Israeli":
			return "Israelis"
		}
		return SideCivilians
	}
	if (head == "dissidents" || head == "dissident") && (slices.Contains(words, "political") || slices.Contains(words, "pro-democracy")) {
		// "two political dissidents": opponents, not an armed faction.
		return SideCivilians
	}
	if (head == "defenders" || head == "defender") && slices.Contains(words, "rights") {
		// "human rights defenders", "land rights defenders": activists,
		// not a garrison's defenders.
		return SideCivilians
	}
	if (head == "contractors" || head == "contractor") && named == "" && !militia && !police &&
		!slices.ContainsFunc(words, func(w string) bool { return securityHeads[w] }) {
		// "two Defense Department contractors": civilians who work for
		// a force.
		return SideCivilians
	}
	if (head == "peacekeepers" || head == "peacekeeper") && nation != "" && !police && !civilian {
		// "a Moroccan peacekeeper": a soldier of his nation's army on
		// a mission.
		return nationMilitary(nation)
	}
	if n := len(words); n >= 3 && words[n-1] == "civilians" && (words[n-2] == "and" || words[n-2] == "or") && armedOrCombatant(words[n-3]) {
		// "70 soldiers and civilians": a toll of both sides together.
		return SideUnknown
	}
	if n := len(words); n >= 3 && words[n-2] == "and" && plainCivilians[words[n-3]] && (securityHeads[words[n-1]] || policeHeads[words[n-1]]) {
		// "52 hostages and police", "10,000 civilians and soldiers":
		// both together too.
		return SideUnknown
	}
	if n := len(words); police && security && n >= 3 && words[n-2] == "and" && policeHeads[words[n-1]] && securityHeads[words[n-3]] {
		// "170 soldiers and police": a count of the army's first.
		police = false
	}
	if n := len(words); police && security && n >= 4 && words[n-3] == "and" && words[n-2] == "police" && securityHeads[words[n-4]] {
		// "26 soldiers and police officers": the army's first too.
		police = false
	}
	switch {
	case militia && named != "" && named != SideRebels:
		// "the Iran-backed Kataib Hezbollah militia", "CODECO
		// militiamen": a militia the report names is that group.
		return named
	case militia:
		return SideProGovMilitia
	case named != "":
		return named
	case police && !rebel:
		return SidePolice
	case rebel && !security && !govMark || rebel && rebelOnly(words) || rebel && rebelHeads[head] && slices.ContainsFunc(words, func(w string) bool { return movementWords[w] }) ||
		movementArmy(words):
		// "militants of the Baloch Liberation Army", "guerrillas of the
		// People's Revolutionary Army": the army a movement names is no
		// state's.
		if nation == "Palestinian" {
			return "Palestinian militants"
		}
		// "rebels", "opposition fighters" are rebels; "militants",
		// "jihadists", "gunmen", "attackers" are militants.
		if rebelWords[head] || rebelWord && !militantHeads[head] && !militantHead {
			return SideRebels
		}
		return SideMilitants
	case security:
		if nation == "" && slices.ContainsFunc(words, func(w string) bool { return foreignForces[w] }) {
			// "Thirteen foreign soldiers", "three ISAF soldiers", "a
			// coalition soldier": not the host's, of no nation the words
			// name.
			return SideUnknown
		}
		if nation == "" {
			// Unqualified "soldiers" are the host government's.
			nation = host
		}
		if nation == "" {
			for _, w := range words {
				switch w {
				case "regime", "assad's", "regime's":
					// Wire reports speak of "the regime" for Syria's.
					return nationMilitary("Syrian")
				case "junta", "junta's":
					nation = "Myanmar"
				}
			}
		}
		if nation == "" {
			if govMark {
				return SideGovernment
			}
			return SideUnknown
		}
		if govMark && head == "forces" && !strings.Contains(strings.Join(words, " "), "army") {
			// "government forces", "regime forces": a government's forces.
			return nation + " government forces"
		}
		return nationMilitary(nation)
	case demonym:
		if slices.Contains(words, "ethnic") || slices.ContainsFunc(words, func(w string) bool { return peoplePlurals[w] }) {
			// "18 ethnic Albanians": a people, not a nation's army.
			return SideCivilians
		}
		switch nation {
		case "Palestinian":
			return "Palestinians"
		case "Israeli":
			return "Israelis"
		}
		return nationMilitary(nation)
	case civilian:
		if nation == "Palestinian" {
			return "Palestinians"
		}
		return SideCivilians
	case others:
		return SideUnknown
	}
	return SideUnknown
}

// crowdHeads name crowds that "armed" does not make a force.
var crowdHeads = wordSet("rioters rioter looters protesters protester demonstrators")

// foreignForces mark troops sent from abroad, whose nation the host's
// name does not give: "foreign", a multinational force's name.
var foreignForces = wordSet("foreign isaf nato nato-led coalition multinational")

// armyFirst reports whether words name an army ("members of the army and
// allied militias"), so that a militia named after it is its ally.
func armyFirst(words []string) bool {
	for k, w := range words {
		if w == "army" || w == "military" || w == "army's" {
			return k+1 < len(words) && (words[k+1] == "and" || words[k+1] == "or")
		}
	}
	return false
}

// conservationWords make rangers the staff of a reserve or a park.
var conservationWords = wordSet("wildlife park parks game forest forestry reserve conservation eco-guard")

// civicBodies are bodies of civilians whose members may be victims.
var civicBodies = wordSet("committee committees council councils union unions association associations " +
	"party parliament assembly congregation choir club team family families clan household crew staff " +
	"board chamber commission missionary charity church parish humanitarian community communities minority minorities")

// civicBody reports whether a group's words name a civic body ("a local
// resistance committee") and no armed force.
func civicBody(words []string) bool {
	civic := false
	for i, w := range words {
		switch {
		case civicBodies[w]:
			civic = true
		case w == "group" && i > 0 && civicBodies[words[i-1]]:
			// "a missionary group", "a humanitarian group".
		case securityHeads[w] || policeHeads[w] || w == "army" || w == "military" || w == "forces" || w == "militia" || w == "group":
			return false
		}
	}
	return civic
}

// rebelOnly reports whether the group's security words are only those of
// an insurgent group ("opposition forces", "rebel fighters").
// movementArmy reports whether the words name a movement's army by its
// name, "fighters of the National Liberation Army", "members of the Irish
// Republican Army": no state's army, whatever nation the name holds. China's
// "People's Liberation Army" is a state's.
func movementArmy(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if movementWords[words[i]] && (words[i+1] == "army" || words[i+1] == "army's") &&
			!(words[i-1] == "people's" && (i < 2 || words[i-2] != "sudan")) {
			return true
		}
	}
	return false
}

func rebelOnly(words []string) bool {
	for _, w := range words {
		if rebelMods[w] {
			return true
		}
	}
	return false
}

// nationMilitary names a nation's armed forces as a side.
func nationMilitary(nation string) string {
	if nation == "Syrian" {
		return "Syrian government forces"
	}
	return nation + " military"
}

// capitalNations name governments by their capital ("the Damascus regime").
var capitalNations = map[string]string{
	"damascus": "Syrian", "moscow": "Russian", "kyiv": "Ukrainian", "kiev": "Ukrainian",
	"ankara": "Turkish", "tehran": "Iranian", "baghdad": "Iraqi", "kabul": "Afghan",
	"khartoum": "Sudanese", "sanaa": "Yemeni", "tripoli": "Libyan", "naypyidaw": "Myanmar",
	"abuja": "Nigerian", "mogadishu": "Somali", "bamako": "Malian", "addis": "Ethiopian",
	"new delhi": "Indian", "islamabad": "Pakistani", "beirut": "Lebanese", "cairo": "Egyptian",
	"riyadh": "Saudi", "beijing": "Chinese", "kinshasa": "Congolese", "juba": "South Sudanese",
	"ouagadougou": "Burkinabe", "niamey": "Nigerien", "baku": "Azerbaijani", "yerevan": "Armenian",
	"minsk": "Belarusian", "tbilisi": "Georgian", "bogota": "Colombian", "caracas": "Venezuelan",
	"manila": "Filipino", "dhaka": "Bangladeshi", "kigali": "Rwandan", "kampala": "Ugandan",
	"nairobi": "Kenyan", "n'djamena": "Chadian", "algiers": "Algerian", "amman": "Jordanian",
	"doha": "Qatari", "abu dhabi": "Emirati", "london": "British", "paris": "French",
	"berlin": "German", "washington": "American", "pyongyang": "North Korean", "seoul": "South Korean",
	// Saigon, South Vietnam's capital until 1975, as the gazetteer names it.
	"ho chi minh city": "South Vietnamese",
}

// hostNation returns the nation whose "regime", "government" or "army" an
// article speaks of most ("the Syrian regime", "Assad's forces"), or "".
func hostNation(lower string) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, key := range []string{" regime", " government", " army", " junta", " military junta"} {
		for at := range indexAll(lower, key) {
			// The word before.
			b := at
			for b > 0 && lower[b-1] != ' ' && lower[b-1] != '\n' {
				b--
			}
			w := strings.TrimSuffix(lower[b:at], "'s")
			n := nationAdjectives[w]
			if n == "" {
				n = capitalNations[w]
			}
			if n != "" {
				counts[n]++
				if counts[n] > bestN {
					best, bestN = n, counts[n]
				}
			}
		}
	}
	if n := wordCount(lower, "assad"); n > 0 {
		counts["Syrian"] += n
		if counts["Syrian"] > bestN {
			best, bestN = "Syrian", counts["Syrian"]
		}
	}
	if n := datelineCountry(lower); n != "" && best != "" && best != n && counts[n]+1 >= counts[best] {
		// "ANSONGO, Mali (AFP) - … the French army said": the army of
		// the country the report is from, when no other is named more.
		best = n
	}
	return best
}

// datelineCountry returns the demonym of the country a dateline names
// after its city ("ansongo, mali, nov 3 (afp) -", lower-cased), or "",
// and "" for a hub city's dateline (which reports on other countries).
func datelineCountry(lower string) string {
	body := lower
	if k := strings.Index(lower, "\n\n"); k >= 0 && k < 200 {
		body = lower[k+2:]
	}
	end := strings.IndexByte(body[:min(len(body), 80)], '(')
	if end < 0 {
		return ""
	}
	city, rest, ok := strings.Cut(body[:end], ",")
	if !ok || hubDatelines[strings.TrimSpace(city)] {
		return ""
	}
	country, _, _ := strings.Cut(rest, ",")
	return nationAdjectives[strings.TrimSpace(country)]
}

// wordCount counts the occurrences of w in lower between bytes that are
// not letters: "Assad", "al-Assad" and "Assad's", not the "assad" of
// "ambassador".
func wordCount(lower, w string) int {
	n := 0
	for range wholeWordsAt(lower, w, func(c byte) bool { return isLetter(rune(c)) }) {
		n++
	}
	return n
}

// wholeWordsAt yields the offsets at which w stands in s between bytes of
// which inWord does not hold (or an end of s).
func wholeWordsAt(s, w string, inWord func(byte) bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for at := range indexAll(s, w) {
			if end := at + len(w); (at == 0 || !inWord(s[at-1])) && (end == len(s) || !inWord(s[end])) && !yield(at) {
				return
			}
		}
	}
}

// countrySays are the verbs with which a country, as its government,
// speaks ("Azerbaijan said").
var countrySays = wordSet("said says announced reported confirmed acknowledged admitted")

// directionWords may stand between "in" and a country ("in western Niger").
var directionWords = wordSet("northern southern eastern western central north south east west " +
	"north-western north-eastern south-western south-eastern northwestern northeastern " +
	"southwestern southeastern northwest northeast southwest southeast far")

// speakerRoles follow a nation adjective to name its forces or government
// as the speaker ("the Israeli military said", "Ukraine's general staff").
var speakerRoles = wordSet("military army ministry forces staff command government")

// speaksOfOwn reports whether the country or capital at toks[i], not
// after a preposition, is the subject of a verb of saying at toks[m]
// ("Azerbaijan said", "Kyiv has said") that does not tell what it did
// (see toldOwnDeed).
func speaksOfOwn(toks []token, i, m int) bool {
	if i > 0 && (ppStarts[toks[i-1].w] || toks[i-1].w == "to") || m >= len(toks) {
		return false
	}
	if !countrySays[toks[m].w] {
		if m+1 >= len(toks) || toks[m].w != "also" && toks[m].w != "has" && toks[m].w != "had" || !countrySays[toks[m+1].w] {
			return false
		}
		m++ // "Turkey also said"
	}
	return !toldOwnDeed(toks, m)
}

// toldOwnDeed reports whether the verb of saying at toks[m] tells what the
// speaker did ("Ankara said it targeted 50 regime positions, eliminating
// over 70 regime personnel"), whose victims are its foes, not its own
// ("Turkey said it had lost three soldiers" still are).
func toldOwnDeed(toks []token, m int) bool {
	k := m + 1
	if k+1 < len(toks) && toks[k].w == "on" {
		k += 2 // "said on Tuesday"
	}
	if k < len(toks) && toks[k].w == "that" {
		k++
	}
	if k >= len(toks) || toks[k].w != "it" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].word; j++ {
		if w := toks[j].w; w == "lost" || w == "loses" || w == "suffered" {
			return false
		}
	}
	return true
}

// roleModifiers stand between a nation adjective and a speaker role ("the
// Ukrainian defence ministry", "the Russian armed forces", "the Iraqi
// joint operations command").
var roleModifiers = wordSet("defence defense interior armed general military operations")

// localNation returns the nation a sentence is set in or spoken from: a
// country in the possessive ("Russia's Dagestan region", "Colombia's
// defence minister"), a country after "in" ("in western Niger"), or a
// nation's forces as the speaker ("the Israeli military said"), or "".
// Unqualified "soldiers" in such a sentence are that nation's.
func localNation(toks []token) string {
	for i, t := range toks {
		if !t.word || !t.cap {
			continue
		}
		w := t.w
		prev := ""
		if i > 0 {
			prev = toks[i-1].w
		}
		if b, ok := strings.CutSuffix(w, "'s"); ok {
			if n := nationAt(prev, b); n != "" && !strings.HasSuffix(b, "s") && !envoyAfter(toks, i+1) && !groupNameAfter(toks, i+1) {
				return n
			}
			continue
		}
		if b, ok := strings.CutSuffix(w, "’s"); ok {
			if n := nationAt(prev, b); n != "" && !strings.HasSuffix(b, "s") && !envoyAfter(toks, i+1) && !groupNameAfter(toks, i+1) {
				return n
			}
			continue
		}
		n := nationAt(prev, w)
		if n == "" {
			if c := capitalNations[w]; c != "" && speaksOfOwn(toks, i, i+1) {
				// "Kyiv said 12 soldiers were wounded": a capital
				// speaking for its government.
				return c
			}
			continue
		}
		m := i + 1
		if w == "soviet" && m+1 < len(toks) && toks[m].w == "union" {
			m, w = m+1, "soviet union" // "The Soviet Union said"
		}
		if lowerASCII(n) != w && speaksOfOwn(toks, i, m) {
			// "Azerbaijan said on Tuesday that … seven servicemen
			// killed": a country speaking of its own.
			return n
		}
		if i >= 2 && i+1 < len(toks) && toks[i+1].w == "side" && toks[i-1].w == "the" && toks[i-2].w == "on" &&
			(i < 3 || !rebelHeads[toks[i-3].w] && !securityHeads[toks[i-3].w]) {
			// "On the Israeli side, 22 soldiers … had been killed"; not
			// "a gunman on the Afghan side opened fire on Pakistani
			// security personnel …, killing one soldier": where the
			// gunman stood.
			return n
		}
		if m := i + 1; m < len(toks) && personTitles[toks[m].w] && toks[m].cap {
			// "Ivorian President Alassane Ouattara said … three
			// soldiers": a leader speaking of his nation's own.
			for m < len(toks) && m <= i+7 && toks[m].word && toks[m].cap {
				m++
			}
			if m < len(toks) && toks[m].reportVerb() {
				return n
			}
		}
		if i+1 < len(toks) && navalNouns[toks[i+1].w] {
			// "the U.S. Navy destroyer Cole …, killing at least six
			// sailors": the crew are the navy's.
			return n
		}
		k := i - 1
		if k >= 0 && nationFirstWords[prev] && nationAdjectives[prev+" "+strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] != "" {
			k-- // "in northern Ivory Coast": before the name's first word
		}
		if k >= 0 && (directionWords[toks[k].w] || toks[k].w == "neighbouring" || toks[k].w == "neighboring") {
			k--
		}
		if k >= 0 && (toks[k].w == "in" || toks[k].w == "of" && k >= 1 && adminAreaNouns[toks[k-1].w]) && (i+1 >= len(toks) || !toks[i+1].word ||
			npStops[toks[i+1].w] || headlineFollowers[toks[i+1].w]) {
			// ("the Tillaberi region of western Niger": where too.)
			// "in western Niger on Tuesday", "In neighbouring Nigeria,
			// ...", not "in Turkish drone strikes".
			return n
		}
		if placedInCountry(toks, i, k) && !statelessNations[n] {
			// "in Culiacan, Mexico", "in the Mexican city of Culiacan":
			// where too.
			return n
		}
		if leadsSentence(toks, i) && spokesmanSays(toks, i+1) {
			// "Israeli military spokesman Daniel Hagari said eight
			// soldiers were killed", "Armenian officials said 49
			// soldiers had been killed": the speaker's nation's own (not
			// "Bosnian fighters … killing at least six soldiers, Bosnian
			// officials said").
			return n
		}
		if r := i + 1; r < len(toks) && i > 0 && toks[i-1].w == "the" && (speakerRoles[toks[r].w] ||
			roleModifiers[toks[r].w] && r+1 < len(toks) && speakerRoles[toks[r+1].w]) {
			// ("the Ukrainian defence ministry said", "the Russian
			// armed forces said" too.)
			m := r + 1
			for m < len(toks) && m <= i+4 && (toks[m].w == "has" || toks[m].w == "had" || speakerRoles[toks[m].w]) {
				m++
			}
			if m < len(toks) && toks[m].reportVerb() {
				return n
			}
		}
	}
	return ""
}

// townNationIn returns the nation of the first town the sentence says
// something happened in or near that the gazetteer places in a country
// with a state of its own ("in Culiacan", "near Damboa"), or "".
func townNationIn(toks []token) string {
	for i := 1; i < len(toks); i++ {
		if p := toks[i-1].w; toks[i].cap && (p == "in" || p == "near" || p == "outside") {
			w := strings.TrimSuffix(toks[i].w, "'s")
			if i+1 < len(toks) && toks[i+1].cap && toks[i+1].word {
				// ("in Kuwait City": the two words, looked up without
				// building a string unless the gazetteer holds them.)
				var buf [64]byte
				key := append(append(append(buf[:0], w...), ' '), toks[i+1].w...)
				if gazetteer[string(key)] != nil {
					if n := townNation(string(key)); n != "" && !statelessNations[n] {
						return n
					}
				}
			}
			if n := townNation(w); n != "" && !statelessNations[n] {
				return n
			}
		}
	}
	return ""
}

// placedInCountry reports whether the nation at toks[i] (its first word
// at k+1) names the country of a place the sentence is set in: "in
// Culiacan, Mexico, on Tuesday", "near Bamenda, Cameroon", "in the Mexican
// city of Culiacan".
func placedInCountry(toks []token, i, k int) bool {
	if k >= 2 && toks[k].w == "," && (i+1 >= len(toks) || !toks[i+1].word || npStops[toks[i+1].w]) {
		j := k - 1
		for j > 0 && j >= k-3 && toks[j].word && toks[j].cap {
			j--
		}
		return j < k-1 && (toks[j].w == "in" || toks[j].w == "near" || toks[j].w == "outside")
	}
	return k >= 0 && toks[k].w == "the" && k >= 1 && (toks[k-1].w == "in" || toks[k-1].w == "near") && i+2 < len(toks) &&
		settlementWords[toks[i+1].w] && toks[i+2].w == "of"
}

// leadsSentence reports whether toks[i] opens its sentence, past an
// article.
func leadsSentence(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if w := toks[k].w; w != "the" && w != "a" && w != "an" {
			return false
		}
	}
	return true
}

// nationOfficials after a nation adjective speak for its government:
// "Armenian officials said 49 soldiers had been killed".
var nationOfficials = wordSet("official officials authorities spokesman spokeswoman spokesperson")

// spokesmanSays reports whether the words from toks[k] are a nation's
// forces' spokesman or its officials, named or not, speaking: "military
// spokesman Daniel Hagari said", "Defence Ministry spokesman Igor
// Konashenkov said", "army spokesman said", "officials said".
func spokesmanSays(toks []token, k int) bool {
	m := k
	for m < len(toks) && m < k+2 && (speakerRoles[toks[m].w] || toks[m].w == "defence" || toks[m].w == "defense") {
		m++
	}
	if m >= len(toks) || !(m > k && speakerNouns[toks[m].w] || nationOfficials[toks[m].w]) {
		return false
	}
	m++
	for n := m; m < len(toks) && m < n+6 && toks[m].word && toks[m].cap; m++ {
	}
	return m < len(toks) && toks[m].reportVerb()
}

// sovietRussians gives the soldiers a report of the Soviet years calls
// "Russians" ("the guerrillas said they killed 110 Russians", of the
// Soviet army in Afghanistan in 1985) the Soviet army's side, when the
// report names Soviet forces and was published before 1992.
func sovietRussians(claims []Claim, lower, published string) {
	if published == "" || published >= "1992" || !strings.Contains(lower, "soviet") {
		return
	}
	for i := range claims {
		if c := &claims[i]; c.Kind == KindCasualty && c.Victims != nil && c.Victims.Side == "Russian military" {
			v := *c.Victims
			v.Side = "Soviet military"
			c.Victims = &v
		}
	}
}

// envoyAfter reports whether the words from toks[k] name a nation's envoy
// or mission abroad ("Pakistan's high commissioner in Colombo", "Italy's
// embassy"): the sentence is not set in that nation.
func envoyAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if envoyNouns[toks[j].w] || missionNouns[toks[j].w] {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// groupNameAfter reports whether toks[k:] names an armed group by its
// capitalised name ("Algeria's Salafist Group for Preaching and Combat",
// "Somalia's al Shabaab"): the group's country, who may fight abroad, not
// the nation of the soldiers the sentence tells of.
func groupNameAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		t := toks[j]
		if !t.word || !t.cap && t.w != "for" && t.w != "of" && t.w != "and" && t.w != "the" && t.w != "al" {
			return false
		}
		if groupNameHeads[t.w] || namedGroups[t.w] != "" {
			return true
		}
	}
	return false
}

// groupNameHeads end the names of armed groups: "the Salafist Group",
// "the Polisario Front", "the Islamic Movement".
var groupNameHeads = wordSet("group front movement brigade brigades")

// missionNouns name, besides envoyNouns, a nation's mission abroad and
// its envoys: "Pakistan's high commissioner", "Italy's embassy".
var missionNouns = wordSet("commissioner embassy consulate diplomat diplomats mission attache")

// navalNouns name a navy or its ships after a nation's adjective ("the U.S.
// Navy", "a Russian warship"): the sailors of the sentence are its.
var navalNouns = wordSet("navy warship warships destroyer frigate cruiser corvette submarine " +
	"vessel vessels ship ships")

// forceNation returns the nation of the first force an article names by
// one of nouns after its nation ("U.S. Navy destroyer", "French Foreign
// Legion"), or "".
func forceNation(lower string, nouns []string) string {
	for _, noun := range nouns {
		for at := range indexAll(lower, noun) {
			if strings.HasSuffix(lower[:at], "u.s.") {
				return "American"
			}
			w, b := wordBefore(lower, at)
			prev, _ := wordBefore(lower, b)
			if n := nationAt(prev, w); n != "" {
				return n
			}
		}
	}
	return ""
}

// forceMen are the men of a force a nation names ("the U.S. Navy", "the
// French Foreign Legion"), with the nouns the force is named by: with no
// nation of their own, they are that nation's.
var forceMen = map[string][]string{
	"sailors": navalForce, "sailor": navalForce, "seamen": navalForce, "seaman": navalForce,
	"crew": navalForce, "crewmen": navalForce, "crewman": navalForce,
	"legionnaires": legionForce, "legionnaire": legionForce,
}

var (
	navalForce  = []string{" navy", " warship", " destroyer", " frigate", " cruiser", " vessel", " ship"}
	legionForce = []string{" foreign legion", " legion"}
)

// articleNation returns the nation an article names most often, by its
// adjective, demonym or country name ("Myanmar", "Nigerien", "Niger"), or
// "" when none is named twice. Unqualified "soldiers" in an article that
// names no government and sets no sentence in a country are that
// nation's. The country of the headline's kicker ("Pakistan: Six soldiers
// martyred …") or of the dateline ("QUETTA, Pakistan (Reuters) -") sets
// where the report is from and counts twice.
func articleNation(lower string) string {
	counts := map[string]int{}
	best, bestN := "", 1
	if n := kickerNation(lower); n != "" {
		counts[n]++
	}
	if n := datelineCityNation(lower); n != "" && !statelessNations[n] {
		// "RAWALPINDI:": the city stands for its country, named twice.
		counts[n] += 2
		best, bestN = n, counts[n]
	}
	prevWord := ""
	for i := 0; i < len(lower); {
		for i < len(lower) && !isWordByte(lower[i]) {
			i++
		}
		j := i
		for j < len(lower) && (isWordByte(lower[j]) || lower[j] == '\'') {
			j++
		}
		w := strings.TrimSuffix(lower[i:j], "'s")
		gap := lower[max(i-1, 0):i]
		i = j
		if w == "us" || w == "u.s" {
			prevWord = w
			continue
		}
		p := ""
		if gap == " " {
			p = prevWord
		}
		prevWord = w
		if n := nationAt(p, w); n != "" && !statelessNations[n] {
			counts[n]++
			if counts[n] > bestN {
				best, bestN = n, counts[n]
			}
		}
	}
	if best == "" && bestN == 1 {
		// No nation named twice: the country of a dateline town the
		// gazetteer knows ("JAMMU, Nov 29 (PTI)"), or of the headline's
		// ("Twin explosions rock Jolo, Sulu").
		if n := datelineTownNation(lower); n != "" {
			return n
		}
		if n := headlineTownNation(lower); n != "" {
			return n
		}
		// "Clashes in Libya kill soldiers" over a hub's dateline: the
		// country the headline names.
		if n := headlineNation(lower); n != "" && counts[n] == 1 {
			return n
		}
		return ""
	}
	return best
}

// headlineNation returns the first nation the headline (see
// opensWithHeadline) names, by its adjective or country name, or "".
func headlineNation(lower string) string {
	return headlineFirst(lower, func(prev, w string) string {
		if n := nationAt(prev, w); !statelessNations[n] {
			return n
		}
		return ""
	})
}

// headlineTownNation returns the nation of the first town the headline
// (see opensWithHeadline) names that the gazetteer places in a country,
// or "".
func headlineTownNation(lower string) string {
	return headlineFirst(lower, func(_, w string) string { return townNation(w) })
}

// headlineFirst returns the first nation f gives for a word of the
// headline (see opensWithHeadline) and the word before it, or "".
func headlineFirst(lower string, f func(prev, w string) string) string {
	if !opensWithHeadline(lower) {
		return "" // a lead sentence, not a headline
	}
	head, _, _ := strings.Cut(lower, "\n")
	prev := ""
	for _, w := range strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == ';' }) {
		if n := f(prev, w); n != "" {
			return n
		}
		prev = w
	}
	return ""
}

// statelessNations are peoples with no state of their own, whose soldiers
// an article about them does not make ("Kurdish guerrillas" raiding a
// village in Turkey leave the soldiers of the report Turkey's; "the
// army" in a report from Gaza is Israel's).
var statelessNations = map[string]bool{"Kurdish": true, "Palestinian": true}

// kickerNation returns the nation of the headline's kicker ("india: five
// soldiers killed …") or of the dateline's country ("quetta, pakistan,
// nov 9 (reuters) -") in the lower-cased text, or "".
func kickerNation(lower string) string {
	head, rest, _ := strings.Cut(lower, "\n")
	if k, _, ok := strings.Cut(head, ":"); ok && len(k) < 24 {
		if n := nationAdjectives[strings.TrimSpace(k)]; n != "" {
			return n
		}
	}
	// The dateline opens the first paragraph of the body within a few
	// lines: "city, country" before "(outlet)" or a dash.
	for range 4 {
		var line string
		line, rest, _ = strings.Cut(strings.TrimLeft(rest, "\n "), "\n")
		if line == "" || strings.HasPrefix(line, "by ") {
			continue
		}
		_, after, ok := strings.Cut(line, ", ")
		if !ok {
			return ""
		}
		city, _, _ := strings.Cut(line, ", ")
		if len(city) > 24 || strings.Contains(city, " the ") {
			return ""
		}
		end := strings.IndexAny(after, ",(—-")
		if end < 0 || end > 24 {
			return ""
		}
		return nationAdjectives[strings.TrimSpace(after[:end])]
	}
	return ""
}

// isWordByte reports whether b may be part of a word.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

// articleGroup returns the side of the armed group an article names most
// often ("al-Shabaab", "the PKK"), or "" when it names none or two groups
// equally often.
func articleGroup(lower string) string {
	counts := map[string]int{}
	prev := ""
	for i := 0; i < len(lower); {
		for i < len(lower) && !isWordByte(lower[i]) {
			i++
		}
		j := i
		for j < len(lower) && (isWordByte(lower[j]) || lower[j] == '\'') {
			j++
		}
		w := strings.TrimSuffix(lower[i:j], "'s")
		gap := lower[max(i-1, 0):i]
		i = j
		// A two-word name wins over its last word: "Kataib Hezbollah"
		// is not Hezbollah.
		if g := namedGroups[prev+" "+w]; g != "" && prev != "" && gap == " " {
			if namedGroups[prev] != g {
				counts[g]++
			}
		} else if g := namedGroups[w]; g != "" && g != SideProGovMilitia && !strings.HasSuffix(g, " military") && !strings.HasPrefix(lower[j:], " rulers") {
			// (Not a state's militia or forces: the Janjaweed's men are
			// not the rebels they fight; nor a state's rulers:
			// "Afghanistan's Taliban rulers".)
			counts[g]++
		}
		prev = w
	}
	return mostCounted(counts)
}

// mostCounted returns the key counted most often, or "" when none is or
// two are counted as often.
func mostCounted(counts map[string]int) string {
	best, bestN, tie := "", 0, false
	for k, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = k, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// sentenceBounds returns the sentence of text around [start, end): from
// the end of the sentence before to the next full stop or line break.
func sentenceBounds(text string, start, end int) (int, int) {
	a := start
	for a > 0 && text[a-1] != '\n' && !(a >= 2 && text[a-2] == '.' && text[a-1] == ' ') {
		a--
	}
	b := end
	for b < len(text) && text[b] != '\n' && !(text[b] == '.' && (b+1 == len(text) || text[b+1] == ' ' || text[b+1] == '\n')) {
		b++
	}
	return a, b
}

// ownsName reports whether a victims' text names a group of its own: a
// capitalised word after its first that is not a nation ("11 militants of
// the Dawlah Islamiyah").
func ownsName(victims string) bool {
	for i, w := range strings.Fields(victims) {
		if i == 0 || w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if nationAdjectives[strings.TrimSuffix(lowerASCII(w), "'s")] == "" {
			return true
		}
	}
	return false
}

// theGroups reports whether a victims' text places them in "the group"
// ("a commander of the group's drone unit", "members of the group").
func theGroups(victims string) bool {
	v := lowerASCII(victims)
	return strings.Contains(v, "the group's") || strings.Contains(v, "the group’s") || strings.HasSuffix(v, "of the group")
}

// policeSharedHeads are security nouns that police forces share with
// armies ("officers", "commandos").
var policeSharedHeads = wordSet("officers officer commandos commando personnel")

// refineSides corrects generic sides from the article around a figure:
//   - armed men with no group of their own ("eight attackers", "three
//     rebels", "Kurdish militants") are the group the article names most
//     (the Pakistani Taliban, the ELN, the PKK), unless their sentence
//     already gives that group a figure of its own ("25 SDF fighters and
//     23 tribal gunmen");
//   - "officers" or "commandos" with no nation or army word are police
//     when their sentence speaks of the police or the article speaks of
//     "police officers" or "police commandos".
func refineSides(claims []Claim, text, lower string) {
	group, militia := "", ""
	groupDone, militiaDone := false, false
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil {
			continue
		}
		side := c.Victims.Side
		if c.Outcome == OutcomeNeutralized && forceSide(side) && !namesNation(c.Victims.Text) {
			// "the army said it neutralised 203 members of armed
			// terrorist groups": a force neutralises its enemies, the
			// attackers, of no group the article names (the group it
			// names most may fight beside the force).
			c.Victims.Side = SideMilitants
			continue
		}
		if side == SideUnknown && strings.Contains(c.Victims.Text, "eacekeeper") {
			// "14 U.N. peacekeepers … All of the dead peacekeepers were
			// Tanzanian": the one nation the article gives them.
			if n := peacekeeperNation(lower); n != "" {
				c.Victims.Side = nationMilitary(n)
				continue
			}
		}
		if (forceSide(side) || side == SideUnknown) && side != "Wagner Group" && strings.Contains(lower, "wagner") &&
			(strings.Contains(c.Victims.Text, "ercenar") || mercenaryNationals(c.Victims.Text, side, lower)) {
			// "Seven Russian mercenaries" in a report that names the
			// Wagner Group: the contractors are Wagner's, not their
			// nation's army.
			c.Victims.Side = "Wagner Group"
			continue
		}
		if side == SideCivilians && (strings.Contains(c.Quote, "Volunteers for the Defence") || strings.Contains(c.Quote, "Volunteers for the Defense")) {
			// "four Volunteers for the Defence of the Homeland (VDP) had
			// fallen": the militia by its name.
			side = "Volunteers for the Defence of the Homeland"
			c.Victims.Side = side
		}
		if side == SideCivilians && volunteersBesideForce(claims, i) {
			// "12 soldiers, 3 volunteers killed": volunteers counted with
			// soldiers fight beside them.
			side = SideProGovMilitia
			c.Victims.Side = side
		}
		switch {
		case side == SideProGovMilitia:
			// "33 volunteer fighters" in a report that names the
			// Volunteers for the Defence of the Homeland: the militia
			// the article names.
			if !militiaDone {
				militia, militiaDone = articleMilitia(lower), true
			}
			if militia == "" && bareMilitia(c.Victims.Text) && killedByForces(text, c) {
				// "Government troops killed 25 militiamen": militiamen a
				// government's forces kill fight against it.
				c.Victims.Side = SideMilitants
			} else if militia != "" {
				c.Victims.Side = militia
			} else if words := strings.Fields(lowerASCII(c.Victims.Text)); len(words) > 0 && (words[len(words)-1] == "auxiliaries" || words[len(words)-1] == "auxiliary") &&
				strings.Contains(lower, "burkina") {
				// "34 army auxiliaries" in Burkina Faso: the auxiliaries
				// its army fights beside are the Volunteers for the
				// Defence of the Homeland.
				c.Victims.Side = "Volunteers for the Defence of the Homeland"
			}
		case side == SideUnknown && c.Outcome == OutcomeKilled && c.Count != nil && c.Count.Value != nil && raisedToll(lower, c.Span.Start):
			// "49 Armenian soldiers had been killed. … Pashinyan had
			// raised the toll to 71": a raised toll counts the force
			// whose earlier, lower toll it raises.
			for j := i - 1; j >= 0; j-- {
				o := &claims[j]
				if o.Kind != KindCasualty || o.Victims == nil || o.Outcome != OutcomeKilled || o.Count == nil || o.Count.Value == nil {
					continue
				}
				if c.Span.Start-o.Span.End > 600 {
					break
				}
				if *o.Count.Value < *c.Count.Value && forceSide(o.Victims.Side) {
					c.Victims.Side = o.Victims.Side
					break
				}
			}
		case side == SideMilitants || side == SideRebels:
			if !groupDone {
				group, groupDone = articleGroup(lower), true
			}
			if group == "" && side == SideMilitants && rebelArticle(lower) {
				// "several assailants had been killed" in a report of
				// separatists' attack: the assailants are the rebels.
				if words := strings.Fields(lowerASCII(c.Victims.Text)); len(words) > 0 && armedMen[words[len(words)-1]] {
					c.Victims.Side = SideRebels
				}
			}
			if group == "" || ownsName(c.Victims.Text) {
				continue
			}
			a, b := sentenceBounds(text, c.Span.Start, c.Span.End)
			if govAligned(group) {
				// "about twenty terrorists were neutralised" in a report
				// of Wagner's losses: a force fighting beside a
				// government is nobody's terrorists, and "the rebels had
				// lost seven fighters" are the rebels' own.
				if words := strings.Fields(lowerASCII(c.Victims.Text)); len(words) > 0 {
					if head := words[len(words)-1]; militantHeads[head] {
						continue
					} else if rebelWords[head] {
						// "seven rebels had been killed" in a report of
						// Wagner's losses: the rebels who fought it.
						c.Victims.Side = SideRebels
						continue
					}
				}
				if before := lower[a:c.Span.Start]; hasAnyWord(before, rebelWords) && !strings.Contains(before, groupNameLower(group)) {
					c.Victims.Side = SideRebels
					continue
				}
			}
			if other := strings.Fields(lowerASCII(c.Victims.Text)); len(other) > 1 && (other[1] == "other" || other[1] == "more") {
				// "a commander of Islamic Jihad and four other fighters".
				a = b
			}
			own := false
			for j := range claims {
				o := &claims[j]
				if o.Kind == KindCasualty && o.Victims != nil && o.Victims.Side == group &&
					o.Span.Start >= a && o.Span.End <= b && (j >= i || ownsName(o.Victims.Text)) {
					// A figure before this one that took the group's side
					// only here ("80 fighters …, including a commander")
					// does not give the group a figure of its own.
					own = true
					break
				}
			}
			if !own && !groupIsAgent(lower[c.Span.End:b], group) {
				c.Victims.Side = group
			}
		case (forceSide(side) || side == SideUnknown) && theGroups(c.Victims.Text):
			// "a commander of the group's drone unit": of the armed
			// group the article names.
			if !groupDone {
				group, groupDone = articleGroup(lower), true
			}
			if group != "" {
				c.Victims.Side = group
			}
		case strings.HasSuffix(side, " military") || side == SideUnknown || side == SideGovernment:
			words := strings.Fields(lowerASCII(c.Victims.Text))
			if i > 0 && slices.Contains(words, "other") && !namesNation(c.Victims.Text) {
				// "Two U.S. Marines were killed and nine other service
				// members wounded": more of the force just counted.
				if o := &claims[i-1]; o.Kind == KindCasualty && o.Victims != nil && o.Statement == c.Statement &&
					strings.HasSuffix(o.Victims.Side, " military") && o.Victims.Side != side {
					c.Victims.Side = o.Victims.Side
					continue
				}
			}
			if len(words) > 0 && branchHeads[words[len(words)-1]] && !namesNation(c.Victims.Text) {
				// "One Marine was killed" in a report of "U.S. Marines":
				// the nation the article gives the branch.
				if n := branchNation(lower, words[len(words)-1]); n != "" && nationMilitary(n) != side {
					c.Victims.Side = nationMilitary(n)
					bareAfter(claims, i, side, c.Victims.Side)
					continue
				}
			}
			if len(words) == 0 || !policeSharedHeads[words[len(words)-1]] {
				continue
			}
			head, bare := words[len(words)-1], true
			for _, w := range words {
				if nationAdjectives[strings.TrimSuffix(w, "'s")] != "" || securityMods[w] || policeHeads[w] {
					bare = false
				}
			}
			if !bare {
				continue
			}
			a, b := sentenceBounds(lower, c.Span.Start, c.Span.End)
			if hasWord(lower[a:b], "police") || strings.Contains(lower, "police "+head) ||
				strings.Contains(lower, "police "+strings.TrimSuffix(head, "s")) || policeOnly(lower) ||
				slices.Contains(words, "other") && policeBefore(claims, i) {
				// "Four other officers were wounded" after "12 policemen"
				// were killed: more of the same police.
				c.Victims.Side = SidePolice
				bareAfter(claims, i, side, SidePolice)
			}
		}
	}
}

// namedMilitias are pro-government militias that keep their name when a
// report names them (Iraq's Popular Mobilisation Forces, spoken of as
// "paramilitary fighters", stay "pro-government militia").
var namedMilitias = []struct{ words, side string }{
	{"volunteers for the defence of the homeland", "Volunteers for the Defence of the Homeland"},
	{"volunteers for the defense of the homeland", "Volunteers for the Defence of the Homeland"},
	{"(vdp)", "Volunteers for the Defence of the Homeland"},
}

// articleMilitia returns the pro-government militia an article names, or
// "" when it names none or two.
func articleMilitia(lower string) string {
	found := ""
	for _, m := range namedMilitias {
		if strings.Contains(lower, m.words) {
			if found != "" && found != m.side {
				return ""
			}
			found = m.side
		}
	}
	return found
}

// otherCrew gives a figure of "other" crew ("Three other crewmen were
// missing") the side of the figure before it when that one counts a
// force's men: the crew of a warship told before, not civilians.
func otherCrew(claims []Claim) {
	for i := 1; i < len(claims); i++ {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideCivilians {
			continue
		}
		if !otherCrewWords(strings.Fields(lowerASCII(c.Victims.Text))) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if o := &claims[j]; o.Kind == KindCasualty && o.Victims != nil {
				if strings.HasSuffix(o.Victims.Side, " military") {
					c.Victims.Side = o.Victims.Side
				}
				break
			}
		}
	}
}

// militaryCrew gives the crew of a military craft the side of the force
// that flies or sails it: "two Russian tank crewmen were killed", "an air
// force helicopter … crashed, killing all four crew members" are soldiers,
// not civilians. The nation is the one the crew's words name, else the one
// named just before the craft, else, when the sentence names a branch of
// the forces, the host's or the article's.
func militaryCrew(claims []Claim, text, lower, host string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideCivilians {
			continue
		}
		words := strings.Fields(lowerASCII(c.Victims.Text))
		if !slices.ContainsFunc(words, func(w string) bool { return crewNouns[w] }) {
			continue
		}
		a, b := sentenceBounds(text, c.Span.Start, c.Span.End)
		for a >= 5 && (lower[a-5:a] == "u.s. " || lower[a-5:a] == "u.k. ") {
			a, _ = sentenceBounds(text, a-5, a-5) // "A U.S. helicopter": no sentence's end
		}
		sw := strings.FieldsFunc(lower[a:b], func(r rune) bool { return !isLetter(r) && r != '-' })
		nation, craft := "", false
		for k, w := range sw {
			if !militaryCraft[w] && !(aircraftWords[w] && slices.ContainsFunc(sw[max(0, k-4):k], func(b string) bool { return branchWords[b] })) {
				continue
			}
			craft = true
			if nation == "" {
				nation = lastNation(sw, max(0, k-3), k)
			}
		}
		if !craft {
			// "their B-52 crashed", "a B-29 Superfortress": a warplane
			// by its model; "A U.S. helicopter was shot down …, killing
			// its four crewmen": a nation's craft downed in its war.
			m := craftModel.FindStringIndex(lower[a:b])
			if m == nil && downedCraft.MatchString(lower[a:b]) && !civilCraft.MatchString(lower[a:b]) {
				if m = aircraftWord.FindStringIndex(lower[a:b]); m != nil && craftNationBefore(lower[a:a+m[0]]) == "" {
					m = nil
				}
			}
			if m != nil {
				craft, nation = true, craftNationBefore(lower[a:a+m[0]])
			}
		}
		if !craft {
			continue
		}
		if n := lastNation(words, 0, len(words)); n != "" {
			nation = n
		}
		if nation == "" && slices.ContainsFunc([]string{"air force", "navy", "naval", "army", "military"}, func(f string) bool {
			return strings.Contains(lower[a:b], f)
		}) {
			nation = host
			if nation == "" {
				nation = articleNation(lower)
			}
		}
		switch {
		case nation == "Palestinian":
			continue
		case nation != "":
			c.Victims.Side = nationMilitary(nation)
		default:
			// A tank's crew of no nation named is still no civilians.
			c.Victims.Side = SideUnknown
		}
		// "… and five were wounded": more of the same crew.
		bareAfter(claims, i, SideCivilians, c.Victims.Side)
	}
}

// craftModel matches a warplane's or a military helicopter's model ("B-52",
// "F-16", "MiG-21", "Su-25", "Mi-24", "C-130", "UH-1"); downedCraft a
// craft brought down; civilCraft a craft that carries passengers.
var (
	craftModel   = regexp.MustCompile(`\b(?:b|f|a|c|mig|su|mi|ah|uh|ch|tu|kc|av)-\d{1,3}[a-z]?\b`)
	downedCraft  = regexp.MustCompile(`\b(?:shot|brought)\s+down\b|\bdowned\b`)
	civilCraft   = regexp.MustCompile(`\b(?:passenger|passengers|airliner|civilian|commercial|cargo|airline)\b`)
	aircraftWord = regexp.MustCompile(`\b(?:helicopters?|planes?|aircraft|jets?)\b`)
)

// craftNationBefore returns the nation the last three words of before
// name ("a U.S.", "a Soviet"), or "".
func craftNationBefore(before string) string {
	ws := strings.Fields(before)
	for k := range ws {
		ws[k] = strings.TrimRight(ws[k], ".,;:")
	}
	return lastNation(ws, max(0, len(ws)-3), len(ws))
}

// lastNation returns the last nation ws[from:to] name (the word before
// from may open its name: "South Korean"), or "".
func lastNation(ws []string, from, to int) string {
	nation := ""
	for m := from; m < to; m++ {
		prev := ""
		if m > 0 {
			prev = ws[m-1]
		}
		if n := nationAt(prev, ws[m]); n != "" {
			nation = n
		}
	}
	return nation
}

// prisonersOfTheKilled gives prisoners taken in the clause after a killing
// the side of the ones killed: "killed 42 Malian soldiers and took five
// prisoners", "have killed 525 rebels since Saturday and taken 60
// prisoners" take them from the force they fought, not from civilians.
func prisonersOfTheKilled(claims []Claim, text string) {
	for i := 1; i < len(claims); i++ {
		c, p := &claims[i], &claims[i-1]
		if c.Kind != KindCasualty || c.Victims == nil || c.Outcome != OutcomeCaptured ||
			c.Victims.Side != SideCivilians && c.Victims.Side != SideUnknown || namesNation(c.Victims.Text) {
			continue
		}
		if w := lastWord(lowerASCII(c.Victims.Text)); w != "prisoners" && w != "captives" && !numberOnly(c.Victims.Text) {
			continue
		}
		if p.Kind != KindCasualty || p.Victims == nil || p.Outcome != OutcomeKilled || p.Statement != c.Statement ||
			p.Span.End > c.Span.Start || p.Victims.Side == SideCivilians || p.Victims.Side == SideUnknown {
			continue
		}
		between := text[p.Span.End:c.Span.Start]
		if strings.Contains(between, " and ") && !strings.ContainsAny(between, ".;") && len(between) < 80 {
			c.Victims.Side = p.Victims.Side
		}
	}
}

// militaryCraft are the craft only a force flies or sails; aircraftWords
// are a force's only when a word of its branches comes just before ("an
// air force Bell 212 helicopter", "a military transport plane").
var (
	militaryCraft = wordSet("tank tanks warship warships destroyer destroyers frigate frigates corvette cruiser gunboat gunboats " +
		"warplane warplanes fighter-bomber bomber bombers submarine submarines minesweeper gunship gunships")
	aircraftWords = wordSet("helicopter helicopters plane planes aircraft jet jets transport")
	branchWords   = wordSet("force military army navy naval")
)

// otherCrewWords reports whether a group's words are "other" crew:
// "three other crewmen", "36 other crew members", "other crew members
// of the destroyer".
func otherCrewWords(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "other" {
			continue
		}
		if crewNouns[w[i+1]] && (i+2 == len(w) || w[i+2] == "of" || w[i+1] == "crew" && (w[i+2] == "members" || w[i+2] == "member")) {
			return true
		}
	}
	return false
}

// theirMen gives "four of their men", told by a force ("Border guards
// said four of their men were among the dead"), the side of the force's
// figure before it: the men of the force that speaks are of it, not
// civilians.
func theirMen(claims []Claim) {
	for i := 0; i < len(claims); i++ {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideCivilians {
			continue
		}
		v := lowerASCII(c.Victims.Text)
		if !strings.HasSuffix(v, " of their men") && !strings.HasSuffix(v, " of its men") && !strings.HasSuffix(v, " of our men") {
			continue
		}
		src := strings.Fields(lowerASCII(c.AttributedTo))
		if len(src) == 0 || !securityHeads[src[len(src)-1]] && !policeHeads[src[len(src)-1]] && !securityMods[src[len(src)-1]] {
			continue
		}
		if policeHeads[src[len(src)-1]] {
			c.Victims.Side = SidePolice // "police said two of their men"
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if o := &claims[j]; o.Kind == KindCasualty && o.Victims != nil && forceSide(o.Victims.Side) {
				c.Victims.Side = o.Victims.Side
				break
			}
		}
	}
}

// crewNouns name the men of a ship or aircraft, civilians or a force's.
var crewNouns = wordSet("crewmen crew sailors seamen crewmembers airmen")

// woundedWhoDied gives a figure of the wounded who died ("a wounded
// soldier died at a field hospital") the side of the wounded told before
// it, when its own words name no nation and both are forces: the soldier
// is one of them, not of the nation the article names most.
func woundedWhoDied(claims []Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Outcome != OutcomeKilled || c.Victims == nil || !forceSide(c.Victims.Side) && c.Victims.Side != SideUnknown {
			continue
		}
		t := lowerASCII(c.Victims.Text)
		if !strings.Contains(t, "wounded ") && !strings.Contains(t, "injured ") || namesNation(c.Victims.Text) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if o := &claims[j]; o.Kind == KindCasualty && o.Outcome == OutcomeWounded && o.Victims != nil {
				if forceSide(o.Victims.Side) {
					c.Victims.Side = o.Victims.Side
				}
				break
			}
		}
	}
}

// namesNation reports whether a victims' text names a nation ("three
// Armenian soldiers").
func namesNation(victims string) bool {
	for _, w := range strings.Fields(lowerASCII(victims)) {
		if nationAdjectives[strings.TrimSuffix(w, "'s")] != "" {
			return true
		}
	}
	return false
}

// raisedToll reports whether the toll at lower[start:] is one someone
// raised or revised ("had raised the toll to 71").
func raisedToll(lower string, start int) bool {
	a := max(0, start-16)
	before := lower[a:start]
	for _, v := range []string{"raised the ", "raised its ", "revised the ", "revised its ", "raising the ", "raising its "} {
		if strings.HasSuffix(before, v) || strings.HasSuffix(before, v+"death ") {
			return true
		}
	}
	return false
}

// armedMen name armed men by what they do in one attack, not by a cause.
var armedMen = wordSet("attackers attacker assailants assailant gunmen gunman fighters fighter")

// rebelArticle reports whether an article speaks of rebels (separatists,
// insurgents, guerrillas) and never of militants, jihadists, terrorists or
// extremists.
func rebelArticle(lower string) bool {
	found := false
	for _, w := range []string{"rebels", "rebel", "separatists", "separatist", "insurgents", "guerrillas"} {
		if hasWord(lower, w) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, w := range []string{"militants", "militant", "jihadists", "jihadist", "terrorists", "terrorist", "extremists", "islamist"} {
		if hasWord(lower, w) {
			return false
		}
	}
	return true
}

// policeOnly reports whether an article speaks of the police and of no
// army: its bare "officers" can only be police officers.
// branchHeads are the nouns of a service of one army ("marines",
// "paratroopers"): a report names their nation once and then speaks of
// "a Marine".
var branchHeads = wordSet("marine marines paratrooper paratroopers")

// branchNation returns the one nation an article puts before a service's
// noun ("U.S. Marines", "British paratroopers"), or "" when it names none
// or two.
func branchNation(lower, head string) string {
	plural := strings.TrimSuffix(head, "s") + "s"
	found := ""
	for _, w := range []string{plural, strings.TrimSuffix(plural, "s")} {
		for at := range wholeWordsAt(lower, w, isWordByte) {
			before := strings.TrimRight(lower[:at], " ")
			k := strings.LastIndexByte(before, ' ')
			prev := strings.TrimSuffix(before[k+1:], ".")
			p2 := ""
			if k > 0 {
				b2 := strings.TrimRight(before[:k], " ")
				p2 = b2[strings.LastIndexByte(b2, ' ')+1:]
			}
			n := nationAt(p2, prev)
			if n == "" {
				continue
			}
			if found != "" && found != n {
				return ""
			}
			found = n
		}
	}
	return found
}

// policeBefore reports whether the figure nearest before claims[i], in
// the same passage, counts police.
func policeBefore(claims []Claim, i int) bool {
	for j := i - 1; j >= 0; j-- {
		o := claims[j]
		if o.Kind != KindCasualty || o.Victims == nil {
			continue
		}
		if claims[i].Span.Start-o.Span.End > 400 {
			return false
		}
		return o.Victims.Side == SidePolice
	}
	return false
}

// bareAfter gives the side to the figures after claims[i] in its
// statement that name no group of their own and took its side from it
// ("seven officers were wounded and four were missing").
func bareAfter(claims []Claim, i int, from, to string) {
	for j := i + 1; j < len(claims); j++ {
		o := &claims[j]
		if o.Kind != KindCasualty || o.Victims == nil {
			continue
		}
		if o.Statement != claims[i].Statement || o.Victims.Side != from || !numberOnly(o.Victims.Text) {
			return
		}
		o.Victims.Side = to
	}
}

// numberOnly reports whether a victims' text is a number and nothing else
// ("four", "12").
func numberOnly(v string) bool {
	if v == "" || strings.ContainsRune(v, ' ') {
		return false
	}
	if v[0] >= '0' && v[0] <= '9' {
		return true
	}
	w := lowerASCII(v)
	_, unit := unitWords[w]
	_, tens := tensWords[w]
	return unit || tens || strings.ContainsRune(w, '-') && tens
}

func policeOnly(lower string) bool {
	if !hasWord(lower, "police") {
		return false
	}
	for _, w := range []string{"army", "armed forces", "military", "soldiers", "soldier", "troops", "navy", "air force"} {
		if hasWord(lower, w) {
			return false
		}
	}
	return true
}

// hasWord reports whether s holds w as a whole word.
func hasWord(s, w string) bool {
	for range wholeWordsAt(s, w, isWordByte) {
		return true
	}
	return false
}

// dropVagueDuplicates removes a figure with no number ("dozens killed")
// when the article gives a number for the same outcome, scope and a
// compatible side: the number says what the vague word does.
func dropVagueDuplicates(claims []Claim) []Claim {
	out := claims[:0]
	for i, c := range claims {
		if c.Kind == KindCasualty && c.Count != nil && c.Count.Value == nil && c.Victims != nil {
			dup := false
			for j, o := range claims {
				if j == i || o.Kind != KindCasualty || o.Count == nil || o.Count.Value == nil ||
					o.Victims == nil || o.Outcome != c.Outcome || o.Scope != c.Scope {
					continue
				}
				if o.Statement != c.Statement && o.Span.Start <= c.Span.Start && o.Span.End > c.Span.End {
					// "killed several civilians, including an Orthodox
					// priest": a part of the vague figure, which the
					// number does not say.
					continue
				}
				if o.Victims.Side == c.Victims.Side || c.Victims.Side == SideUnknown ||
					o.Victims.Side == SideUnknown && o.Statement == c.Statement {
					// (A toll of no side told elsewhere, "704 people had
					// been killed" by another source, does not say the
					// army's "hundreds of terrorists".)
					dup = true
					break
				}
			}
			if dup {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// govAligned reports whether an armed group fights beside a government:
// mercenaries and pro-government militias are not the insurgents whose
// losses a report counts as militants' or rebels'. (A nation's own army
// is left to the rules that read its figures.)
func govAligned(group string) bool {
	return group == "Wagner Group" || group == SideProGovMilitia
}

// groupNameLower is how a report writes a group's name, in lower case,
// as far as its first word.
func groupNameLower(group string) string {
	return strings.ToLower(strings.Fields(group)[0])
}

// hasAnyWord reports whether text holds any word of the set.
func hasAnyWord(text string, set map[string]bool) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) {
		if set[w] {
			return true
		}
	}
	return false
}

// peacekeeperNation returns the one nation an article gives its
// peacekeepers ("Tanzanian peacekeepers", "the peacekeepers were
// Tanzanian"), or "" when it gives none or several.
func peacekeeperNation(lower string) string {
	found := ""
	for at := range indexAll(lower, "peacekeeper") {
		n := ""
		w, b := wordBefore(lower, at)
		prev, _ := wordBefore(lower, b)
		n = nationAt(prev, w)
		if n == "" {
			rest := strings.TrimPrefix(strings.TrimPrefix(lower[at+len("peacekeeper"):], "s"), " ")
			if after, ok := strings.CutPrefix(rest, "from "); ok {
				// "two peacekeepers from Chad".
				word, _, _ := strings.Cut(after, " ")
				n = nationAdjectives[strings.TrimRight(word, ",.;")]
			}
			for _, v := range [...]string{"were ", "was ", "are ", "is "} {
				if after, ok := strings.CutPrefix(rest, v); ok {
					word, _, _ := strings.Cut(after, " ")
					n = nationAdjectives[strings.TrimRight(word, ",.;")]
				}
			}
		}
		if n == "" || n == "Palestinian" || n == "Israeli" {
			continue
		}
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// mercenaryNationals reports whether a victims' text is only a nation's
// people ("Five of the Russians", "Two other Russians") whose side is
// their nation's army, in an article that calls that nation's men there
// mercenaries ("Russian mercenaries").
func mercenaryNationals(victims, side, lower string) bool {
	nation, ok := strings.CutSuffix(side, " military")
	if !ok {
		return false
	}
	words := strings.Fields(lowerASCII(victims))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if !strings.HasSuffix(last, "s") || nationAdjectives[last] != nation {
		return false
	}
	return strings.Contains(lower, strings.ToLower(nation)+" mercenaries")
}

// bareMilitia reports whether victims are militiamen told with no word
// of whom they fight for ("25 militiamen", "hundreds of militia
// members"), not "pro-government militiamen" or "militias loyal to".
func bareMilitia(victims string) bool {
	v := lowerASCII(victims)
	if !strings.Contains(v, "militia") {
		return false
	}
	for _, w := range [...]string{"pro-", "government", "regime", "loyal", "aligned", "backed", "allied", "volunteer", "self-defen", "defence", "defense", "auxiliar", "civil"} {
		if strings.Contains(v, w) {
			return false
		}
	}
	return true
}

// killedByForces reports whether the sentence of casualty claim c tells
// a government's forces killing its victims: the active verb of the
// figure ("killed 25 militiamen") follows, in its clause, the army, troops,
// soldiers, security or government forces, or "its forces" of the army
// that speaks.
func killedByForces(text string, c *Claim) bool {
	if c.Span.Start <= 0 || c.Span.Start > len(text) {
		return false
	}
	q := lowerASCII(c.Quote)
	if !strings.HasPrefix(q, "killed ") && !strings.HasPrefix(q, "killing ") && !strings.HasPrefix(q, "kill ") {
		return false
	}
	from := strings.LastIndexAny(text[:c.Span.Start], ".;\n") + 1
	before := lowerASCII(text[from:c.Span.Start])
	for _, f := range [...]string{"troops", "army", "soldiers", "security forces", "government forces", "military", "its forces", "the police"} {
		if hasWord(before, f) {
			return true
		}
	}
	return false
}

// groupIsAgent reports whether the words after a figure name group as the
// agent of its verb: "All four attackers were killed by Taliban special
// forces" are not the Taliban's.
func groupIsAgent(after, group string) bool {
	a := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(a, "by ") {
		return false
	}
	if k := strings.IndexAny(a, ",;."); k >= 0 {
		a = a[:k]
	}
	return strings.Contains(a, groupNameLower(group))
}

// volunteersBesideForce reports whether claims[i] counts volunteers
// beside a figure of a nation's military in the same statement.
func volunteersBesideForce(claims []Claim, i int) bool {
	c := &claims[i]
	words := strings.Fields(lowerASCII(c.Victims.Text))
	if len(words) == 0 || words[len(words)-1] != "volunteers" && words[len(words)-1] != "volunteer" {
		return false
	}
	for j := range claims {
		o := &claims[j]
		if j == i || o.Kind != KindCasualty || o.Victims == nil || o.Statement != c.Statement || o.ArticleID != c.ArticleID {
			continue
		}
		if ow := strings.Fields(lowerASCII(o.Victims.Text)); strings.HasSuffix(o.Victims.Side, " military") ||
			len(ow) > 0 && securityHeads[ow[len(ow)-1]] {
			return true
		}
	}
	return false
}
