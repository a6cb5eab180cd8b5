// Package extract turns one ingested article into claims: attributed, dated
// and placed casualty figures ("seven Turkish soldiers were killed") and
// events ("Syrian troops entered Saraqeb"). It is the middle stage of the
// claimline flow: it reads ingest.Article values and emits Claim values that
// the project stage folds into the timeline and casualty read models.
//
// Extraction is rule-based, pure and deterministic. Extract skips page noise
// (captions, comment widgets, bylines) without deleting it, splits the rest
// into sentences with byte offsets into the article's normalised text, and
// reads each sentence for casualty figures, events, date expressions, places
// and attributions ("…, the Observatory said"). Every claim carries the byte
// span of the words it was read from and their quote, so an auditor can trace
// every number back to its sentence; claim ids are derived from that span
// (see ClaimID), so extracting an article twice yields the same ids.
//
// # Casualty figures
//
// The casualty rules read a count, the victims' group it counts and the
// words that make them victims: "killed seven Turkish soldiers", "seven
// soldiers were killed", "the death toll rose to 31", "found the bodies of
// 45 people", "we lost seven soldiers", "were taken to hospital", "went
// missing", "were unaccounted for", "drowned", "beheaded 11 people",
// "put the number of dead at 14", "17 more troops had succumbed to their
// injuries", "eight people were hospitalized", "four people who died when
// rockets hit", "bringing to 36 the number of police killed", "300
// civilian deaths", also past an appositive ("36 traders, most of them
// from Gao, were killed"), a source told between commas ("Seven
// policemen, the ministry said, were killed", "The death toll, a
// spokesman said, climbed to 21"), a relative clause that tells what the
// group did ("35 guerrillas who seized the building on Wednesday died",
// "43 students from a rural college who went missing") or a person named
// and described before the others ("killing Ayatollah … al-Hakim, one of
// Iraq's most senior clerics, and at least 82 other people"). A person
// may be named by age ("a 17-year-old"). A count is a numeral, a
// number word, "a", "an" or "another" before a singular noun ("a taxi
// driver", "another commando"), "another" or "a third" standing for one
// more of the group before ("killed two fans and wounded a third") or a
// vague word ("dozens", "several dozen", "a large number", also in quotes:
// killed "several dozen" of the assailants).
// Groups are read in chains ("17 people and 61 others"); breakdowns
// ("including two children", ", 15 of them children", ", two of them by
// gunshot" but not ", one of them critically", "Of the dead, 14
// were soldiers", "Seven of the dead were traders", "Three of those
// killed were members of …", "Six of the wounded were receiving
// treatment", "… were wounded, among them 13 police officers", "put the
// toll at 35 dead, including 18 children") are figures of their own, never
// added to the figure they break down. A list whose noun is told once
// ("found 38 bodies in Masala and four in Mapasana") gives one figure per
// item. "A
// woman and her son were killed" is one figure of two; "among the dead
// were a woman and her son", "a woman and her husband were among the
// dead" and "the dead included a pastor and his wife" name two people one
// by one, and every item of
// a list of the dead is read, even after one that is no figure ("The dead
// included the bus driver and a two-year-old child"), also of a list set
// beside the dead ("the dead, three women, four children and two men,
// were …"). An officer named by rank and his men are one figure ("a
// colonel and two soldiers had died" is three).
//
// The labelling conventions:
//
//   - Qualifiers: exact unless the text hedges the figure: "at least"
//     (at_least), "more than" or "over" (more_than), "about", "around",
//     "nearly" or "some" (about), "up to" (up_to). A range ("70 to 80") is
//     read as its low bound with at_least; "rose from 20 to 35" is a toll
//     of 35.
//   - Vague counts ("dozens were killed") have no value and the qualifier
//     unknown; they give way to a number for the same outcome and side.
//   - A figure joined to a second outcome by "or" ("killed or wounded",
//     "died or went missing", "lost 1,260 troops killed or wounded")
//     counts neither outcome and is not recorded.
//   - An earlier and a later toll ("had earlier put the toll at 14", "rose
//     to 15") are both recorded: reconciling them is the read model's job.
//   - Sides: a nation with a security word is "<Nation> military" (Syria's
//     forces are "Syrian government forces"); soldiers of no named nation
//     are those of the government the article speaks of, else of the
//     country the sentence is set in, else of the country of the
//     headline's kicker ("India: …") or dateline ("QUETTA, Pakistan") or
//     the one the article names most ("On the Israeli side, 22 soldiers
//     …" are Israel's; a toll a defence ministry gives as "its toll" counts
//     its own soldiers, as "Armenia puts its losses at 71" does, and a toll
//     someone raised with no victims' noun counts the force whose lower
//     toll it raises; soldiers a nation's forces "lost" are that
//     nation's; a nation's leader who speaks, "Ivorian President Alassane
//     Ouattara said", sets the nation of the soldiers he tells of; sailors
//     and legionnaires are of the navy, warship or legion the article
//     names with its nation, "the U.S. Navy destroyer Cole"); police words
//     are "police";
//     "rebels", "insurgents" and "separatists" are "rebels" (the
//     insurgents of a jihadist insurgency are militants); "militants",
//     "gunmen", "attackers" and "jihadists" are "militants", or the armed
//     group the article names most; named groups keep their names
//     ("Hamas", "al-Shabaab", "PKK"); civilian, occupational and family
//     words ("people", "villagers", "a taxi driver", "her son", "a church
//     security guard", "armed rioters", "36 of the dead were Swiss") are
//     "civilians"; anything else is "unknown". People
//     broken down into fighters or soldiers (or mostly into police) are
//     not all civilians; "23 people, all of them Islamic State fighters"
//     are the fighters. A figure
//     with no noun ("killing 16") takes the side of the same figure told
//     elsewhere in the article, else of the figure before it; a bare death
//     toll counts civilians (Palestinians in reports from Gaza and the West
//     Bank).
//   - Attackers "neutralised" have the outcome neutralized (a force
//     neutralises its enemies: "members of armed terrorist groups" it
//     neutralised are militants); attackers "shot
//     dead" or "killed" have the outcome killed, also when the sentence
//     that tells what they did ends with it ("A man … killed six people
//     before he was shot dead", "A gunman who killed two … was shot
//     dead"). Arrests are not captures.
//   - Scope is cumulative for figures that span a war, a campaign or a
//     period ("since October", "so far", "the war has killed"), incident
//     otherwise.
//   - Place: the most specific place the text gives for the figure (a
//     village, town, district or city; a region or country only when
//     nothing narrower is given), none when it gives none. A figure is at
//     the first place named after it in its sentence, else the nearest
//     before it, read as a place rather than the area it is said to lie
//     in ("the town of Morales in Cauca province"), the part of a place
//     ("Kunduz province's Chahar Dara district"), the first of "between
//     Tyre and Naqoura", a capital named by its nation ("the Somali
//     capital"), or a country's war ("in Syria's conflict"); not a place
//     that belongs to the source ("a doctor at Najaf's main hospital
//     said", "said a resident who fled to Gusau"). A sentence that names
//     none takes the place told before in its paragraph, in the next one
//     when it goes on with the report ("the town's main square", "there",
//     "The attack left ...") or the report has named only that place. A
//     headline's figure and the body's that repeats it share the body's
//     closer place, or the headline's when the body names none; the
//     dateline's city places the lead's figures of an article that places
//     nothing else; "across the country" is the country of the others.
//
// The JSON Schemas of the two claim types are embedded (see SchemaFor) and
// name the CloudEvents types EventTypeCasualty and EventTypeEvent.
package extract
