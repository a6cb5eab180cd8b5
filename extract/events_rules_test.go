package extract

import "testing"

// TestWarReportingRules pins rules for the language of war reporting,
// each on a sentence of its own (see TestFindEventsInOtherWars for the
// fields).
func TestWarReportingRules(t *testing.T) {
	tests := []struct {
		name         string
		giveSentence string
		giveHost     string
		want         []wantEvent
	}{
		{"a nationality with a capitalised state noun", "The Israeli Air Force struck Hezbollah targets near Sidon.", "",
			[]wantEvent{{ActionStrike, "struck", "Israel", "Hezbollah", "*"}}},
		{"a state's led coalition", "The US-led coalition carried out air strikes near Raqqa.", "",
			[]wantEvent{{ActionStrike, "carried out air strikes", "United States", "*", "Raqqa"}}},
		{"a passive agent after \"by a\"", "The tanker was struck by a Russian missile off Odesa.", "",
			[]wantEvent{{ActionStrike, "struck", "Russia", "*", "*"}}},
		{"people captured are no capture", "Militants captured two Nigerian soldiers near Damboa.", "",
			nil},
		{"a weapon's model with a slash", "Russian forces launched 40 Shahed-136/131 drones at Ukraine overnight.", "",
			[]wantEvent{{ActionStrike, "launched 40 Shahed-136/131 drones", "Russia", "*", "Ukraine"}}},
		{"unmanned aerial vehicles destroyed", "Air defences destroyed 20 unmanned aerial vehicles over the region.", "",
			[]wantEvent{{ActionShootdown, "destroyed 20 unmanned aerial vehicles", "", "*", "*"}}},
		{"into a direction of a country", "Hezbollah fired rockets into northern Israel.", "",
			[]wantEvent{{ActionStrike, "fired rockets", "Hezbollah", "*", "Israel"}}},
		{"a force's name is no place", "Ukrainian drones hit the Black Sea Fleet in the port of Novorossiysk.", "",
			[]wantEvent{{ActionStrike, "drones hit", "Ukraine", "*", "Novorossiysk"}}},
		{"the community of", "Russian troops liberated the community of Kurakhove.", "",
			[]wantEvent{{ActionCapture, "liberated", "Russia", "*", "Kurakhove"}}},
		{"a withdrawal forced on troops", "Rebels overran the town of Bara, forcing government troops to flee.", "Sudanese",
			[]wantEvent{{ActionCapture, "overran", "rebels", "*", "Bara"}, {ActionWithdraw, "troops to flee", "Sudanese army", "*", "Bara"}}},
		{"troops ordered to withdraw: not made", "The president ordered the troops to withdraw from Bara.", "Sudanese",
			nil},
		{"fighters expelled from a town", "Iraqi forces expelled the remaining militants from Tal Afar.", "",
			[]wantEvent{{ActionCapture, "expelled the remaining militants from", "Iraq", "*", "Tal Afar"}}},
		{"explosives detonated", "Two suicide bombers detonated explosive vests outside a police station in Quetta.", "",
			[]wantEvent{{ActionStrike, "detonated explosive", "*", "*", "Quetta"}}},
		{"fought their way into", "Government troops fought their way into Falluja.", "Iraqi",
			[]wantEvent{{ActionEnter, "fought their way into", "Iraq", "*", "Fallujah"}}},
		{"called the strikes a violation", "Pakistan called the strikes a violation of its sovereignty.", "",
			[]wantEvent{{ActionStatement, "called", "Pakistan", "", "*"}, {ActionStrike, "the strikes", "*", "*", "*"}}},
		{"subjected to shelling", "Armenian forces subjected the villages along the border to heavy shelling.", "",
			[]wantEvent{{ActionStrike, "subjected the villages along the border to heavy shelling", "Armenia", "*", "*"}}},
		{"the armed forces of a country", "The armed forces of Azerbaijan shelled the village of Tegh.", "",
			[]wantEvent{{ActionStrike, "shelled", "Azerbaijan", "*", "Tegh"}}},
		{"the capital of an attack is its place", "Kurdish militants claimed responsibility for the Ankara attack.", "",
			[]wantEvent{{ActionStrike, "attack", "militants", "", "Ankara"}}},
		{"coordinated nationalities share the state noun", "Syrian and Russian warplanes struck Idlib on Sunday.", "",
			[]wantEvent{{ActionStrike, "struck", "Syrian government", "*", "Idlib"}}},
		{"civilians act on by a side", "The RSF killed dozens of civilians after storming the village of Wad al-Noura.", "",
			[]wantEvent{{ActionEnter, "storming", "Rapid Support Forces", "*", "*"}}},
		{"a title is no offensive", "Read the Russian Offensive Campaign Assessment here.", "",
			nil},
		{"forces fled", "Sudan's army said its troops had entered Heglig and that the southern forces had fled.", "",
			[]wantEvent{{ActionEnter, "entered", "Sudanese army", "*", "Heglig"}, {ActionWithdraw, "forces had fled", "*", "*", "*"}}},
		{"a division sent", "Iraq said it was sending an armoured division to Syria.", "",
			[]wantEvent{{ActionDeploy, "sending an armoured division", "Iraq", "*", "Syria"}}},
		{"paratroopers dropped into a town", "French paratroopers dropped into the town of Kolwezi on Friday.", "",
			[]wantEvent{{ActionDeploy, "paratroopers dropped into", "France", "*", "*"}}},
		{"paratroopers were dropped into a town", "Paratroopers were dropped into the enclave north of Nicosia.", "",
			[]wantEvent{{ActionDeploy, "were dropped into", "*", "*", "*"}}},
		{"a country invades", "Turkey invades Cyprus", "",
			[]wantEvent{{ActionOffensive, "invades", "Turkey", "*", "*"}}},
		{"attacking posts", "The guerrillas launched an offensive on Saturday, attacking army posts across the capital.", "",
			[]wantEvent{{ActionOffensive, "launched an offensive", "rebels", "*", "*"}, {ActionStrike, "attacking army posts", "*", "*", "*"}}},
		{"blew up a pipeline", "ELN rebels blew up a stretch of the Cano Limon pipeline late on Tuesday.", "",
			[]wantEvent{{ActionStrike, "blew up a ", "ELN", "*", "*"}}},
		{"met in a city", "Diplomats from the guarantor countries met in Brasilia on Monday.", "",
			[]wantEvent{{ActionTalks, "met in Brasilia", "", "*", "*"}}},
		{"protesters storm parliament: no war's entry", "Angry protesters stormed parliament in Skopje late on Monday.", "",
			nil},
		{"the lead of an allied subject", "Kenyan troops and allied Somali militia captured the town of Afmadow on Wednesday.", "",
			[]wantEvent{{ActionCapture, "captured", "Kenya", "*", "Afmadow"}}},
		{"a nation's craft of a make opening a sentence", "An Iraqi Mirage jet fired two missiles at the U.S. frigate Stark.", "",
			[]wantEvent{{ActionStrike, "fired two missiles", "Iraq", "United States", ""}}},
		{"the Sudanese air force is the army's", "Sudanese warplanes bombed the town of Bentiu on Friday.", "",
			[]wantEvent{{ActionStrike, "bombed", "Sudanese army", "*", "Bentiu"}}},
		{"a mediator tells of a truce, not a side to it", "The U.N. mission said on Wednesday that a truce had been reached in the capital.", "",
			[]wantEvent{{ActionCeasefire, "truce", "", "", "*"}}},
		{"conjuncts with their force nouns", "Syrian government forces and Lebanese Hezbollah fighters captured the town of Qusair.", "",
			[]wantEvent{{ActionCapture, "captured", "Syrian government", "*", "Qusair"}}},
		{"a valley named with a capital", "Indian and Chinese troops clashed in the Galwan Valley on Monday night.", "",
			[]wantEvent{{ActionStrike, "clashed", "India", "*", "Galwan"}}},
		{"a peninsula named after the", "Iraqi troops recaptured the Faw peninsula from Iran on Sunday.", "",
			[]wantEvent{{ActionCapture, "recaptured", "Iraq", "*", "Faw"}}},
		{"a neighbourhood named after the", "Warplanes loyal to Haftar struck the Maghar neighbourhood on Wednesday.", "",
			[]wantEvent{{ActionStrike, "struck", "Libyan National Army", "*", "Maghar"}}},
		{"a neighbourhood named after its noun", "A suicide bomber attacked a school in the Shi'ite Muslim neighbourhood of Dasht-e-Barchi.", "",
			[]wantEvent{{ActionStrike, "attacked", "*", "*", "Dasht-e-Barchi"}}},
		{"South Sudan is not Sudan", "South Sudan's army recaptured the town of Malakal on Monday.", "",
			[]wantEvent{{ActionCapture, "recaptured", "South Sudan", "*", "Malakal"}}},
		{"a country's paramilitaries are not its forces", "Sudan's paramilitaries seized the town of Wad Madani.", "",
			[]wantEvent{{ActionCapture, "seized", "", "*", "Wad Madani"}}},
		{"a capital that speaks is no place", "South African troops clashed with the rebels on Sunday, losing 13 soldiers, Pretoria said.", "",
			[]wantEvent{{ActionStrike, "clashed", "*", "*", ""}}},
		{"an accused capital is no place", "Kabul accused Islamabad of carrying out air strikes in the Afghan capital.", "",
			[]wantEvent{{ActionStrike, "air strikes", "*", "*", "Kabul"}}},
		{"a nation's craft of a make", "French Rafale jets bombed rebel bases near Gao overnight.", "",
			[]wantEvent{{ActionStrike, "bombed", "France", "*", "Gao"}}},
		{"counted craft of a make are no side", "Ukraine said it had downed three Russian Su-34 bombers.", "",
			[]wantEvent{{ActionShootdown, "downed", "Ukraine", "", "*"}}},
		{"rebels named by their group", "Witnesses said Seleka rebels seized the presidential palace in Bangui on Sunday.", "",
			[]wantEvent{{ActionCapture, "seized", "Seleka", "*", "Bangui"}}},
		{"rebels named by their country", "Witnesses said Sierra Leone rebels entered Freetown on Wednesday.", "",
			[]wantEvent{{ActionEnter, "entered", "rebels", "*", "Freetown"}}},
		{"rebels named by their kind", "AMMAN (Reuters) - Local rebels took control of the city of Daraa on Friday.", "",
			[]wantEvent{{ActionCapture, "took control of", "rebels", "*", "Daraa"}}},
		{"mortar bombs fired by a side", "Mortar bombs fired by Hamas slammed into a crowded market in Sderot on Monday.", "",
			[]wantEvent{{ActionStrike, "Mortar bombs fired", "Hamas", "*", "Sderot"}}},
		{"forces from a named place", "Armenian forces from Nagorno-Karabakh captured the town of Agdam on Friday.", "",
			[]wantEvent{{ActionCapture, "captured", "Armenia", "*", "Agdam"}}},
		{"from a participle is no event", "Kurdish-led forces withdrew from the besieged town of Ras al-Ain.", "",
			[]wantEvent{{ActionWithdraw, "withdrew", "Kurdish forces", "*", "Ras al-Ain"}}},
		{"the month of May is no hedge", "GAZA, May 21 (Reuters) - A ceasefire took effect on Friday after 11 days of fighting.", "",
			[]wantEvent{{ActionCeasefire, "ceasefire", "*", "*", "*"}}},
		{"the verb may is a hedge", "Officials said Russian forces may seize the town of Kherson on Friday.", "",
			nil},
		{"a group named after a nationality is the group's", "Lebanese Hezbollah drones struck the town of Metula.", "",
			[]wantEvent{{ActionStrike, "struck", "Hezbollah", "*", "Metula"}}},
		{"a nationality before a place noun names no side", "Kenyan troops launched an assault on the Somali port of Kismayu.", "",
			[]wantEvent{{ActionOffensive, "launched an assault", "Kenya", "", "Kismayu"}}},
		{"the force a side serves with is not the actor", "Kenyan troops serving with the African Union force launched an assault on the port of Kismayu.", "",
			[]wantEvent{{ActionOffensive, "launched an assault", "Kenya", "*", "Kismayu"}}},
		{"the shelling before a capture is the capturer's", "Armenian forces captured the town of Agdam on Friday after weeks of shelling.", "",
			[]wantEvent{{ActionCapture, "captured", "Armenia", "*", "Agdam"}, {ActionStrike, "shelling", "Armenia", "*", "Agdam"}}},
		{"separatist artillery is the rebels'", "Separatist artillery shelled Ukrainian positions near Mariupol overnight.", "",
			[]wantEvent{{ActionStrike, "shelled", "rebels", "*", "Mariupol"}}},
		{"pro-Russian separatists are rebels, not Russia", "Pro-Russian separatists shelled the town of Debaltseve.", "",
			[]wantEvent{{ActionStrike, "shelled", "rebels", "*", "Debaltseve"}}},
		{"a Central Asian nationality", "Tajik forces shelled the town of Batken.", "",
			[]wantEvent{{ActionStrike, "shelled", "Tajikistan", "*", "Batken"}}},
		{"a Central Asian country", "Kyrgyzstan said its troops had fired on Tajik positions near Vorukh.", "",
			[]wantEvent{{ActionStrike, "fired on Tajik positions", "Kyrgyzstan", "*", "*"}}},
		{"a nation's air force planes", "Air force jets bombed rebel positions near Mekelle.", "Ethiopian",
			[]wantEvent{{ActionStrike, "bombed", "Ethiopia", "*", "Mekelle"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, tt.giveSentence, tt.giveHost, tt.want)
		})
	}
}

// TestWarReportingArticles pins the rules that read an event against the
// sentences around it.
func TestWarReportingArticles(t *testing.T) {
	tests := []struct {
		name, text, published string
		action, place         string
		actor, date           string // "*" for any
	}{
		{"its troops: the side last told of acting",
			"Strikes in Syria\n\nBEIRUT, March 4 (Reuters) - Turkey has carried out dozens of strikes on Kurdish positions in Syria this week.\n\nIts troops have also moved into the town of Tal Tamr.",
			"2025-03-04", ActionEnter, "Tal Tamr", "Turkey", "*"},
		{"the group after a phrase of time",
			"Clashes in Lower Shabelle\n\nAl Shabaab fighters attacked an army post near Afgoye on Monday.\n\nOn Sunday, the group's fighters had ambushed a convoy near Wanlaweyn.",
			"2025-03-11", ActionStrike, "Wanlaweyn", "al-Shabaab", "*"},
		{"a month and day dates the joined clause",
			"Night attack\n\nRussian forces launched 50 drones at Ukraine on the night of March 3 to 4, and Ukrainian air defences shot down 40 of them.",
			"2025-03-04", ActionShootdown, "", "Ukraine", "2025-03-03..2025-03-04"},
		{"after weeks of fighting is no clause",
			"Town lost\n\nUkrainian forces have completed their withdrawal from Vuhledar after weeks of fighting, the military said Wednesday.",
			"2024-10-02", ActionWithdraw, "Vuhledar", "Ukraine", "2024-10-02..2024-10-02"},
		{"an attack in the after clause of a withdrawal",
			"Island abandoned\n\nRussian forces withdrew from Zmiinyi Island in the Black Sea on Thursday after a week of Ukrainian artillery strikes.",
			"2022-06-30", ActionStrike, "Zmiinyi Island", "*", "*"},
		{"an attack that names no actor takes the one blamed",
			"Station hit\n\nA missile attack killed 20 people at a railway station in Kramatorsk on Friday, officials said, blaming Russian forces.",
			"2022-04-08", ActionStrike, "Kramatorsk", "Russia", "*"},
		{"a headline event takes the side of its telling in the body",
			"Paramilitaries seize Wad Madani, army pulls back\n\nSudan's army said on Monday its forces had withdrawn from the town of Wad Madani.",
			"2023-12-19", ActionWithdraw, "Wad Madani", "Sudanese army", "2023-12-18..2023-12-18"},
		{"a claim of the attacks names the side of the strikes told before",
			"Oil plants hit\n\nDrones struck an oil processing plant at Abqaiq on Saturday, officials said.\n\nYemen's Houthi movement claimed responsibility for the attacks.",
			"2019-09-15", ActionStrike, "Abqaiq", "Houthis", "2019-09-14..2019-09-14"},
		{"a present perfect is done by the day it was told",
			"Town taken\n\nBAKU, Oct 18 (Reuters) - Azerbaijani forces have captured the town of Fuzuli, President Ilham Aliyev said on Saturday.",
			"2020-10-18", ActionCapture, "Fuzuli", "Azerbaijan", "2020-10-17..2020-10-17"},
		{"a truce signed in another capital is not the war's place",
			"City entered\n\nM23 rebels entered the city of Uvira on Wednesday, days after a peace deal was signed in Washington.\n\nCongolese troops withdrew from the city overnight.",
			"2025-12-11", ActionWithdraw, "Uvira", "*", "*"},
		{"a group's claim in a sentence of its own names the side of the attack",
			"Train attacked\n\nQUETTA, March 12 (Reuters) - Militants blew up a railway track in Balochistan on Tuesday, officials said.\n\nThe Baloch Liberation Army claimed responsibility.",
			"2025-03-12", ActionStrike, "Balochistan", "Baloch Liberation Army", "*"},
		{"the rebels of an article that names their group are the group",
			"Rebels enter capital\n\nFREETOWN, Jan 7 (Reuters) - Revolutionary United Front rebels entered Freetown on Wednesday, witnesses said.\n\nThe rebels launched their offensive on the capital last month.",
			"1999-01-07", ActionOffensive, "Freetown", "Revolutionary United Front", "*"},
		{"a group's short name in brackets",
			"Port taken\n\nThe Liberians United for Reconciliation and Democracy (LURD) rebel group said it had captured the port of Monrovia.",
			"2003-07-22", ActionCapture, "Monrovia", "LURD", "*"},
		{"an as clause happens the day of the clause it follows",
			"Town lost\n\nTBILISI, Aug 13 (Reuters) - Russian troops entered Gori on Wednesday, officials said.\n\nGeorgian troops withdrew from Gori on Monday as Russian forces advanced on the town from South Ossetia.",
			"2008-08-13", ActionOffensive, "Gori", "Russia", "2008-08-11..2008-08-11"},
		{"an abbreviation with dots ends no clause before the date",
			"Truce extended\n\nADEN, June 2 (Reuters) - Yemen's warring parties have agreed to extend a nationwide truce for two more months, U.N. envoy Hans Grundberg said on Thursday.",
			"2022-06-02", ActionCeasefire, "", "", "2022-06-02..2022-06-02"},
		{"what became of rockets fired that day",
			"Jenin raid\n\nThe operation began on Monday with drone strikes on the camp.\n\nMilitants in Gaza fired five rockets toward Israel on Tuesday night, all of which were intercepted, the Israeli military said.",
			"2023-07-05", ActionShootdown, "", "Israel", "2023-07-04..2023-07-04"},
		{"a date after despite is the ceasefire's, and an as clause after a participle takes the day",
			"Capital shelled\n\nMortar bombs fired by rebels slammed into a crowded part of Monrovia on Monday, killing dozens of people, as rebels pushed into the capital despite a ceasefire signed last month.",
			"2003-07-22", ActionEnter, "Monrovia", "*", "2003-07-21..2003-07-21"},
		{"coalition forces are the leader's the report names",
			"Truce extended\n\nThe Saudi-led coalition and the Houthis welcomed the extension.\n\nThe Houthis accused coalition forces of shelling their positions in Taiz on Wednesday.",
			"2022-06-02", ActionStrike, "Taiz", "Saudi-led coalition", "2022-06-01..2022-06-01"},
		{"allied aircraft of a US-led coalition",
			"Khafji retaken\n\nSaudi forces of the U.S.-led coalition recaptured Khafji on Thursday.\n\nAllied aircraft pounded Iraqi armoured columns near Wafra overnight, a spokesman said.",
			"1991-02-01", ActionStrike, "Wafra", "United States", "*"},
		{"coalition aircraft of no named leader name no side",
			"Raids\n\nCoalition aircraft struck positions near Wafra overnight, a spokesman said.",
			"1991-02-01", ActionStrike, "Wafra", "", "*"},
		{"the rebels a group fights are not the group",
			"Town taken\n\nHezbollah fighters seized the town of Zabadani from rebels on Sunday.\n\nRebels fired rockets at the town of Hermel on Monday.",
			"2015-09-01", ActionStrike, "Hermel", "rebels", "*"},
		{"the rebels of the group's own war are the group",
			"Town taken\n\nM23 fighters seized the town of Rubaya on Sunday.\n\nThe rebels fired rockets at the town of Sake on Monday.",
			"2024-05-01", ActionStrike, "Sake", "M23", "*"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEventAt(t, tt.text, tt.published, tt.action, tt.place, func(c Claim) {
				got := ""
				if c.Actor != nil {
					got = c.Actor.Name
				}
				if tt.actor != "*" && got != tt.actor {
					t.Errorf("actor of %q = %q, want %q", c.Quote, got, tt.actor)
				}
				if d := strOrNil(c.Date.Start) + ".." + strOrNil(c.Date.End); tt.date != "*" && d != tt.date {
					t.Errorf("%q dated %s, want %s", c.Quote, d, tt.date)
				}
			})
		})
	}
}
