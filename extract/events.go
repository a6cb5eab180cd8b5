package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// eventHit is an event found in a sentence; Start and End are byte offsets
// into that sentence and cover the words that state the event (distinct
// events in one sentence have distinct spans).
type eventHit struct {
	Start, End int
	Action     string
	Actor      *Party
	Target     *Party
	Place      *Place // where, when the sentence says
	// Anaphor says the trigger points back to an attack told before
	// ("the attack", "these strikes"): a repeat, when the article has
	// told one.
	Anaphor bool
	// Vague says, of a statement, that the sentence puts it in a span
	// of time it does not date ("repeatedly"): a stance, not an event.
	// (Extract asks vagueSpan itself before it carries a date to an
	// event: "for weeks", "in recent months".)
	Vague bool
	// Before, when not zero, is how many days before the event told just
	// before it in the sentence this one came ("took Kidal on Saturday, a
	// day after taking Anefis": 1), or after it when negative.
	Before int
}

// eventRule is one way of stating an action. Rules are plain patterns over
// the sentence: war reporting is formulaic ("shot down two warplanes",
// "sent reinforcements into"), and patterns keep every decision traceable
// to the words that made it.
type eventRule struct {
	Action string
	Re     *wordRegexp
	// Hypo says which hedges before the trigger make the event one that
	// did not (yet) happen: hedgeStrong ("would", "not", "failed"), or
	// hedgeAll, which adds "to" and "from" ("tried to seize", "prevent
	// them from marching"). Talks and statements are reported as planned
	// or said, so they take no hedge check.
	Hypo hedge
	// NeedsActor drops the event when no actor is found (statements).
	NeedsActor bool
	// Keys are lower-case substrings one of which every match contains:
	// a cheap test that skips the pattern for most sentences.
	Keys []string
	// match is Re compiled to closures (see findPhrases).
	match matchFunc
	// notEvent and notEventBefore are the rule's action's patterns in
	// the maps of those names, nil when it has none.
	notEvent, notEventBefore *phraseMatcher
}

// actionBit holds for each event rule the bit of its action among the
// actions of eventRules.
var actionBit = func() []uint64 {
	bits := make([]uint64, len(eventRules))
	for i, r := range eventRules {
		j := slices.IndexFunc(eventRules, func(q eventRule) bool { return q.Action == r.Action })
		bits[i] = 1 << j
	}
	return bits
}()

type hedge int

const (
	hedgeNone hedge = iota
	hedgeStrong
	hedgeAll
)

const (
	reCountWord = `(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|a|an|the|more|most|some)`
	// reFew is up to three words: "Shahed-136/131" is one.
	reFew = `(?:[\w’'/-]+\s+){0,3}?`
	// reApprox is an approximate count before reFew: "about 1,000",
	// "more than 30", "some".
	reApprox = `(?:(?:about|some|around|nearly|over|more\s+than|at\s+least|up\s+to)\s+)?(?:\d{1,3}(?:,\d{3})+\s+)?`
)

var eventRules = []eventRule{
	{Action: ActionShootdown, Keys: []string{"down", "intercept", "destroyed"}, Hypo: hedgeAll, Re: mustWordRegexp(`(?i)\b(?:shot\s+down|shoots?\s+down|shooting\s+down|(?:shot|shoots?|shooting)\s+(?:it|them|(?:the|a|an|its|their|one|two)\s+(?:[\w-]+\s+)?(?:planes?|jets?|aircraft|drones?|helicopters?|bombers?|fighters?|airliners?|balloons?))\s+down|downed|(?-i:downing|Downing\s+of)|brought\s+down|intercepted|intercepts|intercepting|destroyed\s+` + reFew + `(?:drones|missiles|UAVs|cruise\s+missiles|ballistic\s+missiles|(?:unmanned\s+)?aerial\s+vehicles))\b`)},
	{Action: ActionCapture, Keys: []string{"took", "tak", "captur", "seiz", "retook", "retak", "overr", "fell", "falls", "fallen", "fall", "liberat", "regain", "recover", "overwhelm", "control", "out", "occup", "drove", "driven", "drives", "swept", "sweeps", "flushe", "expel", "ousted", "ousts", "routed", "chase", "surrendered", "capitulated", "cleared"}, Hypo: hedgeAll, Re: mustWordRegexp(`(?i)\b(?:(?:took|take|takes|taken|taking|claimed|claims)\s+(?:full\s+|complete\s+|operational\s+|effective\s+|total\s+)?control\s+of|(?:took|take|takes|taken|taking)\s+(?:over\s+)?(?:(?:more|fewer)\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+)?` + reCountWord + `\s+` + `(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:towns?|villages?|cit(?:y|ies)|areas?|positions?|hills?|districts?|neighbou?rhoods?|bases?|airports?|territory|settlements?|posts?|outposts?|strongholds?|checkpoints?|capital|ports?|airfields?|airstrips?|barracks|forts?|fortress|heights|ridges?|islands?|headquarters)\b|(?:took|takes|taken|taking)\s+over\s+(?-i:\p{Lu})[\pL-]*|(?:took|take|takes|taking|occupied|occupies|occupy)\s+(?-i:\p{Lu})[\pL-]*|(?:had|have|has)\s+(?:(?:also|now|already|since)\s+)?taken\s+(?-i:\p{Lu})[\pL-]*|the\s+fall\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?to|cleared\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:town|city|village|villages|district|area|neighbou?rhoods?|quarter|valley|region|province|pocket|enclave)\b|(?:took|take|takes|taken|taking)\s+back\s+(?:control\s+of|(?-i:\p{Lu})[\pL-]*|the\s+(?:[\w’'-]+\s+){0,3}?(?:towns?|villages?|cit(?:y|ies)|bases?|air\s+base|airports?|ports?|capital|hills?|districts?|areas?|territory|airfields?|positions?|strongholds?|outposts?)\b)|captured|captures|capture|capturing|reoccupied|reoccupies|reoccupy|reoccupying|seized|seizes|seize|seizing|recaptured|recaptures|recapture|retook|retake|retakes|retaken|overran|overrun|(?:regained|regains|recovered|recovers)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|district|airport|port|capital|hill|outpost)\s+of|overwhelmed\s+(?:[\w’'-]+\s+){0,3}?(?:posts?|positions?|bases?|garrisons?|defenders|checkpoints?|outposts?|barracks|camps?)|(?:fell|falls|fallen)\s+to|fell\s+(?:on|last|early|late|after|yesterday|today|overnight|within)\b|fallen\b|(?:occupied|occupies|occupying)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|district|base|airport|port|capital|islands?|towns)(?:\s+and\s+(?:the\s+)?[\w-]+)?\s+of|the\s+capture\s+of|liberated|liberates|liberating|(?:regained|regains|regaining|gained|gains|wrested|wrests)\s+(?:full\s+|complete\s+|operational\s+|effective\s+|total\s+)?control\s+(?:of|over)|(?:pushed|pushes|drove|driven|drives)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?out\s+of|(?:swept|sweeps|flushed|flushes)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\pL’'-]*\s+){1,3}out\s+of|(?:drove|driven|drives|expelled|expels|ousted|ousts|routed|chased|chases|swept|sweeps|flushed|flushes|cleared|clears)\s+(?:the\s+)?(?:last\s+|remaining\s+)?(?:[\w’'-]+\s+){0,3}?(?:fighters|militants|rebels|insurgents|jihadists|islamists|troops|forces|soldiers|raiders|guerrillas|invaders|enemy|militiamen|gunmen|attackers|separatists)\s+(?:from|out\s+of)|(?:garrison|defenders|troops|soldiers)\s+(?:in|at|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?surrendered\s+to|(?:garrison|defenders)\s+(?:in|at|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:surrendered|capitulated)|surrendered\s+to|(?:taken|retaken)\s+by|(?:was|were|been)\s+(?:(?:finally|eventually|quickly|also|then|later|formally|completely|fully|partly|partially|largely|again|soon)\s+)?occupied(?:\s+by)?|(?:was|were|been)\s+(?:(?:finally|eventually|quickly|also|then|later|formally|completely|fully|partly|partially|largely|again|soon)\s+)?(?:taken|retaken)\s+(?:on|this|last|yesterday|today|tonight|early|late|after|overnight|without|at\s+dawn|in\s+the\s+(?:morning|afternoon|evening|night)))\b`)},
	{Action: ActionEnter, Keys: []string{"enter", "storm", "infiltrat", "into", "through to"}, Hypo: hedgeAll, Re: mustWordRegexp(`(?i)\b(?:entered|enters|enter|entering|stormed|storms|storm|storming|infiltrated|infiltrates|(?:moved|pushed|push|pushes|swept|sweep|sweeps|rolled|roll|rolls|broke|crossed|advanced|poured|marched|walked|walk|walks|drove|rode|streamed|thrust|thrusts|punched|(?:fought|forced|battled|made)\s+(?:their|its)\s+way)\s+(?:back\s+)?into|(?:crossed|crosses|crossing)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:border|frontier|river|bridge|canal|line)\s+into|(?:broke|broken|breaking)\s+through\s+to)\b`)},
	{Action: ActionSiege, Keys: []string{"siege", "besieg", "encircl", "surrounded", "blockade", "seal"}, Hypo: hedgeAll, Re: mustWordRegexp(`(?i)\b(?:besieged|besieging|besiege|encircled|encircling|encircle|surrounded|(?:(?:was|were|been|had|have|has)\s+(?:(?:already|also|then|quickly|completely)\s+)?)?(?:sealed|seals|sealing)\s+off|(?:laid|lay|laying|lays)\s+(?:a\s+)?siege|under\s+siege|(?:after|following|ending|ended)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?siege|siege\s+(?:of|on)|blockade\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:barracks|garrison|base|headquarters|town|city|port|enclave|camp)|(?:imposed|imposes|imposing|declared|declares|enforced|enforcing)\s+(?:an?\s+|the\s+)?(?:naval\s+|air\s+|total\s+|full\s+)?blockade|blockaded|blockading)\b`)},
	{Action: ActionWithdraw, Keys: []string{"withdr", "pull", "retreat", "evacuat", "back", "abandon", "fled", "flee", "slipped", "out of", "left", "quit"}, Hypo: hedgeAll, Re: mustWordRegexp(`(?i)\b(?:withdrew|withdrawn|withdraws|withdraw|withdrawing|withdrawal\s+(?:of|from)|(?:pulled|pulls|pull|pulling)\s+(?:out|back)|(?:pulled|pulls|pull|pulling)\s+(?:[\w-]+\s+){0,3}?(?:troops|forces|soldiers|units|fighters)\s+out|(?:tactical|strategic|orderly)\s+(?:withdrawal|retreat)|(?:troops|soldiers|forces|units|militias|militiamen|defenders|garrison|police\s+officers|policemen|militants|fighters|rebels|jihadists|loyalists)\s+(?:had\s+|have\s+)?(?:fled|slipped\s+(?:out|away))|(?:abandoned|abandoning|abandons)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:camps?|barracks|trenches)|retreated|retreating|retreat\s+from|(?:fell|fall|fallen|falling|falls)\s+back|(?:were|was|been)\s+(?:pushed|driven|forced)\s+back|(?:evacuated|evacuating|evacuates|abandoned|abandoning|abandons)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:positions?|bases?|posts?|outposts?|towns?|city|villages?|garrison|headquarters|airport|airfield|port|harbou?r|islands?|capital|bridgehead|beachhead|pocket|perimeter|fortress|fort|front|fighters|troops|forces|soldiers)|(?:troops|soldiers|forces|units|fighters|defenders|garrison|militants|rebels)\s+to\s+(?:flee|withdraw|retreat|pull\s+(?:back|out))|(?:troops|soldiers|forces|units|fighters|defenders|garrison|militants|rebels|army)\s+(?:had\s+|have\s+)?(?:abandoned|abandon)\s+(?-i:\p{Lu})[\pL-]*|(?:tanks|armou?red\s+vehicles|columns?|convoys?|troops|forces|soldiers|marines|peacekeepers|warships|ships)\s+(?:(?:had|have|has|began\s+to)\s+)?(?:rolled|rumbled|marched|sailed|steamed|filed)\s+out\s+of|(?:troops|soldiers|forces|marines|peacekeepers|contingent|garrison|fighters)\s+(?:(?:of|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?(?:(?:had|have|has|finally|formally)\s+)?left\s+(?-i:\p{Lu})[\pL'’-]*|soldier\s+(?:(?:had|has|finally|formally)\s+)?left\s+(?-i:\p{Lu})[\pL'’-]*|(?:quit|quits|quitting)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:capital|city|town|positions?|base|port))\b`)},
	{Action: ActionDeploy, Keys: []string{"sen", "deploy", "dispatch", "rushed", "poured", "moved", "reinforcements", "set", "station", "flew", "flown", "airlift", "patrols", "landed", "dropped", "parachuted", "ashore", "arrived", "reinforc", "ferried", "jumped"}, Hypo: hedgeAll, Re: mustWordRegexp(`(?i)\b(?:(?:stormed|storming|storms|came|come|comes|coming|went|waded|wading|swarmed|poured|scrambled|struggled)\s+ashore|(?:sent|sends|send|sending|deployed|deploys|deploy|deploying|redeployed|redeploying|dispatched|dispatches|dispatch|dispatching|rushed|poured|moved|flew|flown|airlifted)\s+(?:in\s+)?(?:an?\s+(?:small|large|limited|unspecified|undisclosed)\s+number\s+of\s+)?` + reApprox + reFew + `(?:reinforcements|troops|soldiers|tanks|convoys?|armou?red\s+vehicles|commandos|military\s+(?:equipment|vehicles)|warships|personnel|units?|divisions?|brigades?|battalions?|paratroop(?:er)?s|marines|peacekeepers|police\s+officers|policemen|gendarmes|(?:military\s+)?advis[eo]rs|special\s+forces|mercenaries)|(?:sent|sends|dispatched|dispatches|deployed|deploys)\s+the\s+(?-i:USS|HMS)\s+(?-i:\p{Lu})[\pL-]*|(?:troops|soldiers|paratroop(?:er)?s|marines|commandos|forces|legionnaires|peacekeepers|battalions?|brigades?|regiments?|contingents?)\s+(?:(?:who|which|that)\s+)?(?:(?:have|has|had)\s+)?(?:(?:also|already|then|later|first)\s+)?(?:landed|dropped|parachuted|flew)\s+(?:by\s+(?:helicopters?|parachute|air|sea|boats?)\s+)?` + reLandedWhen + `(?:in|into|on|onto|at|near)|(?:troops|soldiers|paratroop(?:er)?s|marines|commandos|legionnaires|peacekeepers|reinforcements|armou?red\s+vehicles|tanks)\s+(?:(?:have|has|had)\s+)?(?:(?:also|already|first)\s+)?arrived\s+(?:in|at)\s+(?-i:\p{Lu})[\pL'’-]*|(?:reinforced|reinforces|reinforcing)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:troops|forces|posts|positions|garrisons?|presence|units)\s+(?:along|on|in|at|near)|(?:units|troops|soldiers|reinforcements|battalions?|brigades?|paratroop(?:er)?s|marines|commandos)\s+(?:(?:also|later|first)\s+)?(?:sent|flown|airlifted|rushed|dispatched)\s+(?:in\s+)?(?:to|into)|force\s+landed\s+(?:in|at|on)\s+(?-i:\p{Lu})[\pL'’-]*|(?:dropped|landed|ferried)\s+(?:more\s+|hundreds\s+of\s+|dozens\s+of\s+)?(?:troops|soldiers|paratroop(?:er)?s|marines|commandos)\s+(?:in|into|on|onto|at|near)|(?:were|had\s+been|have\s+been)\s+(?:landed|dropped|parachuted|ferried|airlifted)\s+(?:by\s+(?:helicopters?|parachute|air|sea|boats?)\s+(?:and\s+(?:by\s+)?(?:helicopters?|parachute|air|sea|boats?)\s+)?)?(?:in|into|on|onto|at|near|around)|reinforcements\s+(?:were|was|have\s+been|had\s+been|are)\s+(?:deployed|sent|dispatched|stationed)|(?:set|sets|setting)\s+up\s+` + reFew + `(?:positions|posts|bases|outposts)|(?:deployed|stationed)\s+(?:in|to|into|at|along|recently|there)|were\s+(?:deployed|stationed)|(?:have|has|had)\s+been\s+(?:sent|deployed|dispatched|flown|airlifted|rushed)\s+(?:to|into)|(?:were|was)\s+(?:sent|dispatched|flown|airlifted|rushed)\s+(?:to|into|in\s+to\s+(?:drive|fight|reinforce|secure|protect|restore|retake|relieve|defend))|(?:began|begun|begin|begins|started|starts|launched|launches)\s+(?:joint\s+)?patrols|parachuted\s+(?:into|onto|on|over|near|behind)|jumped\s+onto|jumped\s+from\s+(?:[\w-]+\s+){0,5}?(?:planes|aircraft|transports|helicopters)\s+(?:over|onto|on|near|into)|(?:flown|ferried|airlifted)\s+(?:in\s+)?by\s+(?:helicopters?|air|planes?|transport\s+planes?)|(?:sent|sends|dispatched|dispatches|deployed|deploys)\s+(?:an?\s+|two\s+|three\s+|four\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:frigates?|corvettes?|destroyers?|warships?|cruisers?|gunboats?|minesweepers?|carriers?|submarines?|jets|warplanes|bombers|helicopters|gunships|batteries))\b`)},
	{Action: ActionStrike, Keys: []string{"strike", "attack", "shell", "bomb", "target", "raid", "struck", "fired", "pounded", "under", "mortar", "flared", "erupted", "broke out", "raged", "hammer", "pummel", "blast", "torch", "rounds", "exchanged fire", "exchanged heavy", "exchanged artillery", "exchanged gunfire", "exchanged shots", "exchanged mortar", "exchanged rocket", "exchanged small", "duel", "strafe", "strafing", "machine-gunned", "napalm", "rocketed", "rocketing", "sank", "sunk", "torpedo", "retaliat", "clash", "battled", "confrontation", "ambush", "launch", "fires", "hit", "slammed", "pound", "barrage", "dropped", "opened", "opens", "landed", "exploded", "crashed", "striking", "firing", "detonat", "subjected", "blew", "blown", "blowing", "destroyed"}, Hypo: hedgeStrong, Re: mustWordRegexp(`(?i)\b(?:(?:fighting|clashes|gunfights?|firefights?)\s+(?:(?:again|also|briefly)\s+)?(?:flared|erupted|broke\s+out|raged)|exchanged\s+(?:[\w-]+\s+){0,2}?(?:fire|gunfire|shots)|artillery\s+duels?|(?:hammered|hammering|pummell?ed|pummell?ing|blasted|blasting)\s+(?:[\w’'-]+\s+){0,3}?(?:positions?|targets|bases?|villages?|towns?|cities|city|areas?|neighbou?rhoods?|lines|strongholds?|hideouts?|camps?|convoys?|depots?|trenches)|(?:torched|torching)\s+(?:[\w’'-]+\s+){0,3}?(?:villages?|homes|houses|huts|towns?|markets?|churches|mosques|schools|police\s+stations?|police\s+posts?|army\s+posts?)|(?:ships?|boats?|vessels?|tankers?|ferry|ferries|trawlers?|dhows?|warships?|frigates?|gunboats?|cruisers?|destroyers?|submarines?|corvettes?|minesweepers?|carriers?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:sunk|torpedoed)\s+(?:(?:off|near|in|at)\s+(?:[\w’'-]+\s+){1,3}?)?by|strafed|strafing|mortared|mortaring|machine-gunned|napalmed|dive-bombed|(?:rocketed|rocketing)\s+(?:[\w’'-]+\s+){0,3}?(?:positions?|hillsides?|hills|villages?|towns?|bases?|camps?|convoys?|targets|areas?|neighbou?rhoods?|districts?|suburbs?|outskirts|lines|trenches)|(?:sank|sunk|torpedoed)\s+(?:[\w’'-]+\s+){0,4}?(?:ships?|boats?|speedboats?|dhows?|skiffs?|barges?|trawlers?|vessels?|frigates?|destroyers?|cruisers?|tankers?|submarines?|warships?|gunboats?|corvettes?|freighters?|ferry|ferries)|(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,4}?(?:fire|attacks?|shelling|bombardment|bombing)|(?:air|drone|missile|rocket|artillery|mortar)\s*(?:strikes?|attacks?|raids?|barrages?|fire|shelling)|airstrikes?|airstrike|shelled|shelling|shells\s+(?:hit|fell)|bombed|bombing|bombings|bombarded|bombardment|attacked|attacks?|attacking\s+(?:[\w’'-]+\s+){0,2}?(?:posts?|positions?|bases?|barracks|garrisons?|troops|soldiers|villages?|towns?|convoys?|ships?|vessels?|tankers?|checkpoints?|camps?)|(?:blew|blown|blowing)\s+up\s+(?:an?|the|two|three|several|part\s+of|a\s+stretch\s+of|a\s+section\s+of)\s|(?:blew|blows|blowing)\s+(?:himself|herself|themselves)\s+up|(?:launched|launches|launching)\s+` + reApprox + reFew + `attack\s+drones|launched\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?attacks?|targeted|targeting|raided|raids?|struck(?:\s+back)?|strike\s+back|(?:the|these|those|its|their|israeli|turkish|russian|us|u\.s\.)\s+strikes?|(?:an?|nato|american|french|british|coalition)\s+strikes?\s+(?:(?:had|have|has|also|reportedly)\s+)?(?:killed|kills|killing|wounded|wounding|hit|hits|destroyed)|strikes?\s+(?:on|against)|strikes\s+by|(?:fired|fires|firing|launched|launches|launching)\s+` + reApprox + reFew + `(?:missiles?|rockets?|shells|drones?|mortar\s+(?:rounds|shells|bombs)|mortars|projectiles)|(?:jets|warplanes|planes|aircraft|drones|missiles|rockets)\s+strike|(?:jets?|warplanes?|aircraft|drones?|helicopters?|gunships?)\s+(?:(?:had|have|has|also|reportedly)\s+)?destroyed|(?:nato|american|u\.s\.|us|russian|israeli|iranian|ukrainian|saudi|british|french|turkish|allied|coalition|cruise|ballistic|guided)\s+(?:cruise\s+|ballistic\s+)?(?:missiles?|rockets?)\s+(?:(?:had|have|has|also|reportedly)\s+)?destroyed\s+(?:the|an?|two|three|several|part\s+of)\s+(?:[\w-]+\s+){0,3}?(?:buildings?|bridges?|headquarters|factory|plant|station|barracks|bases?|depots?|houses?|homes|school|hospital|towers?|refinery|airport|port|ministry|compound|complex|facility|offices|warehouses?|positions?|launchers?|tanks?|vehicles?|radars?)|(?:jets|warplanes|aircraft|helicopters|planes|bombers|fighter-bombers|gunships|warships)\s+(?:(?:had|have|has|also|again|reportedly|then|later|repeatedly)\s+){0,2}(?:hit|hits)|(?:hit|hits)\s+(?:(?:(?-i:\p{Lu})[\pL’'-]*|military|militant|rebel|enemy|insurgent|guerrilla|government|army|jihadist|terrorist|strategic|artillery)\s+){1,2}(?:targets|positions)\s+(?:near|in|around|at|across|inside|outside|on)|striking\s+(?:[\w-]+\s+){0,2}?(?:targets|positions|sites|bases|depots)|(?:fired|fires|firing)\s+(?:on|at)\s+(?:[\w’'.-]+\s+){0,4}?(?:positions?|posts?|troops|soldiers|forces|bases?|villages?|towns?|ships?|vessels?|warships?|tanks?|jets|aircraft|planes|helicopters|convoys?|checkpoints?|boats?|patrols?|headquarters|barracks|garrisons?|outposts?|camps?|airfields?|airports?|forts?)|barrages?\s+of\s+` + reFew + `(?:missiles|rockets|shells|drones)|dropped\s+(?:[\w’'/-]+\s+){0,5}?(?:bombs|munitions|explosives|grenades)\s+(?:on|over)|(?:opened|opens)\s+(?:[\w-]+\s+){0,2}?fire\s+(?:on|at)|wave\s+of\s+(?:[\w-]+\s+)?strikes|carried\s+out\s+(?:[\w-]+\s+){0,3}?strikes?|(?:drones?|missiles?|rockets?|shells?|bombs?|mortars?|grenades|projectiles|(?:mortar|artillery|tank)\s+rounds)\s+(?:(?:had|have|has|also|again|later|reportedly)\s+){0,2}(?:hit|hits|slammed\s+into|landed|exploded|crashed\s+into|fell\s+(?:on|in|into|near|around)|rained\s+(?:down\s+)?on)|(?:was|were|been|being)\s+(?:(?:also|again|reportedly|repeatedly|later|then|heavily)\s+)?hit\s+by|(?:missiles|rockets|shells|mortars|mortar\s+bombs|drones)\s+(?:were\s+)?fired|pounded|pounding|pounds|retaliated|retaliatory\s+(?:attacks?|strikes?)|clash(?:ed|es)?|battled|confrontation\s+between|ambush(?:ed)?|car\s+bomb(?:ing)?|subjected\s+(?:[\w’'-]+\s+){0,8}?to\s+(?:intense\s+|heavy\s+|massive\s+|constant\s+)?(?:fire|shelling|bombardment|attacks?|air\s+strikes)|(?:detonated|detonates|detonating)\s+(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|(?:explosive\s+)?devices?|vests?))\b`)},
	{Action: ActionCeasefire, Hypo: hedgeStrong, Keys: []string{"cease", "cessation", "truce", "armistice", "peace", "escalation", "deal", "agreement", "accord", "agreed", "hostilities", "suspension", "pause"}, Re: mustWordRegexp(`(?i)\b(?:cease-?fire|hostilities\s+(?:(?:at|in)\s+(?:\p{Lu}[\pL'’-]*\s+){1,3}|between\s+(?:[\pL'’.-]+\s+){1,6}?)?(?:ceased|were\s+suspended|came\s+to\s+an\s+end)|(?:agreed\s+to|signed)\s+(?:an?\s+|the\s+)?suspension\s+of\s+(?:arms|hostilities)|agreed\s+(?:on\s+\w+\s+)?to\s+(?:halt|pause|suspend|stop)\s+(?:(?:its|their|the|all)\s+)?(?:offensive|attacks|hostilities|fighting|operations?)|truce|armistice|(?:humanitarian\s+|tactical\s+|\w[\w-]*-(?:day|hour)\s+)?pauses?\s+in\s+(?:the\s+)?(?:fighting|hostilities)|humanitarian\s+pauses?|peace\s+(?:deal|agreement|accord|plan)|de-?escalation\s+(?:deal|agreement|zones?)|(?:deal|agreement|accord)\s+between|cessation\s+of\s+hostilities)\b`)},
	{Action: ActionOffensive, Keys: []string{"offensive", "counter", "operation", "assault", "push", "campaign", "incursion", "invasion", "advanc", "invaded", "invades", "invading", "reached", "press"}, Hypo: hedgeStrong, Re: mustWordRegexp(`(?i)\b(?:(?:launch(?:ed|es|ing)?|began|begun|start(?:ed|s)?|opened|announced|confirmed\s+the\s+launch\s+of|step(?:ped)?\s+up|escalat\w*|renewed|resumed)\s+(?:what\s+(?:it|they)\s+(?:called|calls|termed|described\s+as)\s+)?(?:[\w-]+\s+){0,3}?(?:offensives?|counter-?offensives?|operations?|assaults?|push|campaign|incursions?|invasion)|counter-?offensive|counter-?attack(?:ed|ing|s)?|offensive|assault(?:\s+on)?|(?:new|fresh|renewed|latest|major)\s+push|advanc(?:ing|ed|es|e)(?:\s+[\w’']+){0,3}?\s+(?:into|on|towards?|to|through|deeper)|invaded|invades|invading|invasion\s+of|incursions?|(?:during|in)\s+an?\s+(?:[\w-]+\s+){0,2}?operation\s+against|(?:pushing|pushed|pushes|pressing|pressed|presses)\s+(?:[\w’']+\s+){0,3}?(?:towards?|deeper)|reached\s+the\s+(?:outskirts|edges?|gates|suburbs)\s+of)\b`)},
	{Action: ActionTalks, Keys: []string{"talks", "negotiations", "summit", "meet", "met in", "delegation", "negotiators"}, Re: mustWordRegexp(`(?i)\b(?:negotiators\s+(?:[\w-]+\s+){0,3}?(?:convened|reconvened|gathered|met)|delegations\s+(?:[\w'’-]+\s+){0,8}?(?:gathered|convened|met)|meeting\s+in\s+(?-i:\p{Lu})\pL+|(?:hold|held|holding|for|further|peace|direct)\s+talks|talks\s+(?:with|between|on|in)|talks\s+(?:resumed|reopened|reconvened|opened|began|started)|negotiations|summit|(?:a|the)\s+(?:follow-up\s+)?meeting|meeting\s+between|(?:to|will|could|would|may|might)\s+meet|met\s+with|met\s+in\s+(?-i:\p{Lu})\pL+|delegation)\b`)},
	{Action: ActionStatement, Keys: []string{"call", "urg", "demand", "warn", "condemn", "announced", "confirmed", "repeated", "renewed", "deni", "deny", "accus", "protested", "protest", "reject", "blam"}, NeedsActor: true, Re: mustWordRegexp(`(?i)\b(?:(?:called|calls|calling)\s+(?:on|for)|(?:called|calls)\s+(?:the|its|their|this|these)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|pullout|pull-out|withdrawal|deployment|offensive|presence|incursion|raids?|bombing|shelling|operation|advance|move|annexation|occupation|blockade)\s+(?:an?\s+["“]?|["“])|urged|urges|urging|demanded|demands|warned|warns|condemned|condemns|announced\s+(?:on\s+\w+\s+)?that|confirmed\s+(?:on\s+\w+\s+)?that|repeated\s+its\s+demand|renewed\s+(?:the|its|his|her)\s+call|denied|denies|deny|denying|accused|accuses|accusing|protested|lodged\s+(?:a|an)\s+(?:\w+\s+){0,2}?protest|rejected|rejects|blamed|blames)\b`)},
}

// notEvent drops trigger matches that name no event: a "ceasefire zone",
// an agreement "entered into force", a heart attack.
var notEvent = map[string]*phraseMatcher{
	ActionCeasefire: mustPhraseMatcher(`^(?i)[\w-]*\s+(?:zones?|lines?|violations?|monitors?|proposals?|talks|negotiations|efforts|bids?|push|calls?|demands?|plans?|offers?|terms)\b` +
		// "a ceasefire could take effect as early as Friday": one to come
		// ("will take effect" is told of a truce agreed).
		`|^(?i)[\w-]*(?:\s+(?:that|which))?\s+(?:could|might|may|would)\s+(?:\w+\s+)?(?:take\s+effect|come\s+into|go\s+into|enter\s+into|begin|start|hold)\b` +
		// "a truce with striking teachers", "a ceasefire in the pay
		// dispute", "a truce with officials at a town hall meeting": a labour
		// or local quarrel's.
		`|^(?i)[\w-]*\s+with\s+(?:the\s+)?(?:striking\s+|protesting\s+|[\w-]+\s+)?(?:teachers|workers|unions?|doctors|nurses|miners|drivers|students|farmers|employers|staff|shareholders|regulators|residents|commissioners|councill?ors|officials\s+(?:at|over|after)|landlords|tenants|neighbou?rs|management|bosses)\b` +
		`|^(?i)[\w-]*\s+in\s+(?:the|their|its|a)\s+(?:[\w-]+\s+){0,2}?(?:pay|wage|wages|labour|labor|budget|trade|tax|tariff|pension|contract|price|fare|copyright|patent|salary|salaries)\s+(?:row|feud|spat|quarrel|squabble|dispute|war|battle|fight)\b` +
		// "agreed a ceasefire in their row over the budget": a quarrel
		// of parties, not a war's.
		`|^(?i)\s+in\s+(?:the|their|its|his|her|a)\s+(?:[\w'’-]+\s+){0,3}?(?:row|feud|spat|quarrel|squabble|dispute|price\s+war|fare\s+war|trade\s+war|turf\s+war|bidding\s+war)\s+(?:over|about|on|between|with)\b`),
	// "the fighting entered its third week": a span of time, not a place.
	// "protesters stormed parliament": no war's entry.
	ActionEnter: mustPhraseMatcher(`^(?i)\s+(?:into\s+(?:force|effect|an?\s+agreement|talks|negotiations)|(?:(?:its|their|a|the)\s+)?(?:[\w-]+\s+)?(?:day|week|month|year|phase|stage)s?|(?:the\s+)?(?:parliament|embassy|consulate|stage|pitch|capitol|legislature|assembly\s+building|(?:tv|television)\s+station))\b` +
		// "marines stormed ashore": a landing (see ActionDeploy).
		`|^(?i)\s+ashore\b` +
		// "stormed to victory", "stormed out of the meeting".
		`|^(?i)\s+(?:to\s+(?:victory|power|the\s+top|an?\s+(?:[\w-]+\s+)?(?:win|victory|lead|title))|out\b|off\b)` +
		// "the opposition storming ahead in the polls", "stormed into the
		// semi-finals": a lead or a round, not a town.
		`|^(?i)\s+(?:ahead|clear|back\s+to\s+(?:win|victory|beat|draw|level|lead|take\s+the\s+(?:lead|title)))\b|^(?i)\s+into\s+(?:the\s+)?(?:semi-?finals?|quarter-?finals?|finals?|play-?offs?|knockout\s+stages?|last\s+(?:four|eight|16|sixteen|32)|(?:second|third|fourth|fifth|next)\s+round|lead|top\s+(?:three|four|five|ten|spot|place))\b`),
	// "captured 12 soldiers", "captured a pilot", "captured two Israeli
	// soldiers", "killed three attackers and captured a fourth", "police
	// captured a suspect", "had been captured alive": people taken, not
	// a place.
	ActionCapture: mustPhraseMatcher(`^(?i)\s+(?:(?:\d+|the|some|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+)?(?:(?-i:\p{Lu})[\pL'’-]*\s+|(?:government|army|enemy|rebel|regime|police|security|militia|foreign|wounded|more|other)\s+)?(?:soldiers?|troops|fighters|people|civilians|prisoners|militants|members|personnel|pilots?|crew|crewmen|sailors|hostages|officers?|journalists|suspects?|gunm[ae]n|robbers?|fugitives?|smugglers?|poachers?|thieves|escapees|convicts?)\b|^(?i)\s+alive\b|^\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s*(?:[.,;]|(?:near|in|at|on|after|before|when|while|and|as|during|by|alive)\b)` +
		// "seized two French railway technicians", "captured a quantity
		// of ammunition and stores", "the capture of many thousands of
		// prisoners": people or goods, not a place.
		`|^(?i)\s+(?:(?:a|an|the|some|several|many|large|more\s+than|at\s+least|about|nearly|over|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|quantities|quantity)(?:\s+of)?\s+)+(?:[\w’'-]+\s+){0,2}?(?:prisoners|technicians|workers|engineers|nationals|tourists|ammunition|weapons|arms|guns|rifles|munitions|equipment|stores|supplies|documents|trucks|lorries|cash|drugs|cocaine|heroin|tankers?|vessels?|ships?)\b` +
		// "captured weapons and ammunition", "seized two armoured
		// vehicles": materiel, with no count or a small one.
		`|^(?i)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?(?:[\w-]+\s+)?(?:weapons|arms|ammunition|munitions|equipment|supplies|vehicles|rifles|guns|motorcycles|pickups|trucks)\s*(?:[.,;]|$|and\b|from\b|belonging\b|left\b|abandoned\b)` +
		// "killing 300 fighters and capturing 120.", "captured dozens":
		// a count of people, with no noun.
		`|^(?i)\s+(?:\d[\d,]*|dozens|hundreds|scores|several|many|others|more)\s*(?:[.,;]|$|\s+(?:in|during|after|and|on|near|at|as|while|alive)\b)` +
		// "captured the nomination", "captured 120 votes", "captured the
		// mood", "captured the national eights title": an election, a
		// title or a feeling, not a place.
		`|^(?i)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:\d[\d,]*\s+)?(?:nominations?|votes?|seats|title|crown|championship|cup|trophy|pennant|league|imagination|attention|hearts|mood|(?-i:support|backing)|approval|medals?|market|moment|scenes?|images?|footage|spirit|essence|headlines|budget|costs?|deadline|schedule)\b` +
		// "captured a larger share of the market": a share, not a place.
		`|^(?i)\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:(?:larger|bigger|smaller|greater|growing|record|dominant|lion['’]s|majority)\s+)?share\b` +
		// "seized on the scandal": an opening taken, not a place. "shares
		// fell to a record low", "fell to 3 percent": a level.
		`|^(?i)\s+(?:on|upon)\s+(?:the|a|an|his|her|their|its|this|that|these|those)\b` +
		`|^(?i)\s+(?:(?:a|an|its|their|the|his|her)\s+)?(?:(?:new|fresh|all-time|multi-year|\d+-year|\d+-month)\s+)?(?:record|lowest|highest|low|high|zero|minus|nil|\d[\d.,]*\s*(?:%|per\s*cent|percent|points?|billion|million))\b` +
		// "firefighters captured the eastern flank of the fire": a blaze
		// contained, not ground taken.
		`|^(?i)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:flank|edge|perimeter|head)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:fire|blaze|wildfire)\b` +
		// "seized eight tonnes of cocaine", "seized 300 kilograms of
		// heroin", "seized drugs and cash": goods taken, not a place.
		`|^(?i)\s+(?:(?:more\s+than|at\s+least|about|some|over|nearly|almost|around)\s+)?(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several)\s+(?:[\w-]+\s+)?(?:tonnes?|tons?|kilograms?|kilos?|kg|pounds|grams|litres|liters|barrels|bales|packages|parcels|bags|crates)\s+of\b` +
		`|^(?i)\s+(?:[\w-]+\s+){0,3}?(?:cocaine|heroin|cannabis|marijuana|methamphetamine|narcotics|drugs|contraband|counterfeit|cigarettes)\b` +
		// "took control of the port's biggest terminal operator in a
		// deal": a business bought, not a place taken.
		`|^(?i)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:company|companies|firm|operator|conglomerate|subsidiary|business|bank|airline|carrier|brand|chain|club|stake|shares|board)(?:[\s.,;]|$)` +
		// "took the city by storm": a success, not a town taken.
		`|^(?i)(?:\s+[\w’'-]+){0,3}?\s+by\s+storm\b` +
		// "captured just over half the vote", "captured 40 percent of the
		// seats": a share of a vote or a market.
		`|^(?i)\s+(?:(?:just\s+)?(?:over|under|nearly|almost|about|more\s+than|less\s+than)\s+)?(?:half|a\s+(?:third|quarter|fifth|sixth|tenth|majority)|two-thirds|three-quarters|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+(?:of\s+)?(?:the\s+)?(?:votes?|ballots?|seats|market)\b` +
		// "overran Rovers 4-0": a score, a match won.
		`|^\s+(?:[\w'’-]+\s+){1,3}?\d{1,3}[-–]\d{1,3}\b` +
		// "since it seized power in 2021": a coup, not a place taken (the
		// power plant is one).
		`|^(?i)\s+power\s*(?:[.,;)]|$|(?:in|after|from|through|by|with|and|when|since)\b)` +
		`|^(?i)\s+(?:(?:more\s+than|at\s+least|about|some|over|nearly|almost|around)\s+)?(?:\d[\d,]*|dozens|scores|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s*(?:[.,;)]|$|and\s|others\b|more\b|of\s+(?:them|the|their|its)\b|alive\b)`),
	// "a counteroffensive was being planned", "his offensive would bring
	// the troops home": an offensive to come, not one made.
	// "an invading column", "the invading troops": the invaders named,
	// not an invasion told.
	ActionOffensive: mustPhraseMatcher(`^(?i)\s+(?:the\s+)?(?:pitch|field|stage|court)\b|^(?i)\s+(?:columns?|force|forces|army|armies|troops|soldiers|units|tanks)\b|` +
		// "launched a campaign against inflation", "an offensive against
		// the budget in parliament": a policy's, not a war's.
		`^(?i)\s+(?:against|on)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:inflation|corruption|graft|poverty|labour|labor|unions|smoking|obesity|fraud|tax\s+evasion|piracy|disinformation|misinformation|budget|bill|reforms?|proposals?|prices|unemployment|pollution|malaria|polio|measles|covid|the\s+virus|deficit|debt|shopkeepers|businesses|retailers|farmers|pensioners|taxpayers|consumers|motorists|savers|tenants|landlords|democracy|freedoms?|liberties|judiciary|judges|press)\b|^(?i)\s+(?:weapons?|capabilit\w*|drones?|rifles?|actions?|boats?|waves?|craft|ships?|helicopters|vehicles|ladders|course|courses|(?:was|is|were|are|(?:had|has|have)\s+been)\s+(?:being\s+)?(?:planned|prepared|expected|considered|mooted)|would|will|could)\b` +
		// "said a general offensive across Dhofar would follow": one to
		// come.
		`|^(?i)["”]?(?:\s+[\w’'-]+){0,3}?\s+(?:would|will)\s+(?:soon\s+)?(?:follow|come|begin|start|be\s+launched)\b` +
		// "a Russian offensive in the spring was likely": one foreseen.
		`|^(?i)(?:\s+[\w’'-]+){0,4}?\s+(?:was|is|were|are|seemed|seems|looked|looks)\s+(?:likely|unlikely|possible|imminent|inevitable|probable)\b`),
	// "attack helicopters", "attack submarines": a kind of weapon.
	// "was hit by debris", "has been hit by waves of violence": no
	// attack.
	// "struck a deal with", "struck a conciliatory tone", "shares struck
	// a six-month low": no blow. "an
	// attack that started the war", "the attack was an attempt to":
	// history, or a reading of an attack told before.
	ActionStrike: mustPhraseMatcher(`^(?i)\s+(?:helicopters?|submarines?|aircraft|planes?|craft|boats?|drones?|dogs?|fears?|concerns?|worries|losses|inflation|sanctions|(?:a\s+)?cyber-?\s?attacks?|hackers|power\s+cuts|outages?|shortages?|scandals?|(?:falling\s+)?debris|fragments|waves?\s+of\s+violence|violence|high\s+waves|floods?|storms?|(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement|bargain|compromise|balance|chord|note|tone|pact|accord|partnership|low|high|peak)|that\s+(?:started|began|triggered|sparked|ignited)\s+the\s+(?:war|conflict)|(?:was|is)\s+an?\s+(?:attempt|bid)\s+to)\b` +
		// "attacked the government for its handling", "came under fire
		// from the White House for calling", "came under fire in
		// Parliament", "attacked the plan": words against a person or a
		// policy, not a blow. "the bombing could be widened": one to come.
		`|^(?i)(?:\s+[\w'’.-]+){0,5}?\s+for\s+(?:his|her|their|its|failing|refusing|calling|allowing|backing|supporting|ignoring|mishandling|not)\b` +
		`|^(?i)\s+(?:from\s+(?:[\w'’-]+\s+){0,2}?(?:critics|supporters|fans|lawmakers|legislators|mps|activists|campaigners|voters|shareholders|investors|colleagues|commentators|newspapers|unions?|the\s+press|the\s+media)|in\s+(?:parliament|congress|the\s+(?:senate|press|media|house|assembly)))\b` +
		`|^(?i)\s+(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:plan|proposal|decision|polic(?:y|ies)|remarks|comments|bill|budget|idea|speech|handling|record|stance|ruling|verdict|deal|agreement|accord|law|measure|reform|nomination|appointment)s?\b` +
		`|^(?i)(?:\s+[\w'’-]+){0,4}?\s+(?:could|would|might|may|will)\s+be\s+(?:widened|expanded|extended|resumed|stepped\s+up|intensified|renewed)\b` +
		// "an attack through Brazil would be a strategic mistake": one
		// weighed, not made.
		`|^(?i)(?:\s+[\w'’-]+){0,4}?\s+would\s+be\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:mistake|error|blunder|disaster|catastrophe|folly|suicide)\b` +
		// "battled the blaze", "battled cancer": no foe's.
		`|^(?i)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:blaze|flames|fire['’]s|wildfires?|bushfires?|floods?|floodwaters|illness|cancer|disease|injury|injuries|addiction|heat|traffic|odds|nerves|jet\s+lag)\b` +
		// "an attack was averted": none was made.
		`|^(?i)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:averted|foiled|prevented)\b` +
		// "was ambushed by reporters": questions, not gunfire.
		`|^(?i)\s+by\s+(?:[\w-]+\s+)?(?:reporters|journalists|photographers|protesters|fans|questions|critics|hecklers|paparazzi)\b` +
		// "survived an attack on his leadership": words, not blows.
		`|^(?i)\s+on\s+(?:his|her|their|its|the|our|my)\s+(?:[\w-]+\s+)?(?:leadership|record|character|credibility|reputation|integrity|motives|patriotism|judgment|judgement|honesty|competence)\b` +
		// "a direct clash between Russian and American aircraft remained
		// unlikely": one weighed, not fought.
		`|^(?i)(?:\s+[\w'’-]+){0,8}?\s+(?:remained|remains|was|is|seemed|seems|looked|looks|appeared|appears)\s+(?:(?:highly|very|still)\s+)?(?:unlikely|likely|possible|imminent|inevitable|probable)\b` +
		// "bombarded the spokesman with questions", "clashed over the
		// budget", "targeted the ministry website": no blow.
		`|^(?i)(?:\s+[\w’'-]+){0,3}?\s+with\s+(?:questions|calls|messages|emails|letters|complaints|requests|criticism|offers|objections|demands|queries|enquiries|inquiries|proposals|petitions|insults|abuse|advice|water|retardant|foam)\b` +
		`|^(?i)\s+over\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:budget|bill|policy|plan|issue|question|future|proposal|reforms?|rules?|remarks|comments)\b` +
		`|^(?i)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(?:websites?|servers?|accounts?|emails?|voters|consumers|customers|audiences?|viewers)\b`),
	// "laid siege to the opposition goal": a side pressing in a match.
	ActionSiege: mustPhraseMatcher(`^(?i)\s+to\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?(?:goal|net|box|baseline|penalty\s+area|basket|end\s+zone|wicket|crease)\b` +
		// "laid siege to county commissioners with complaints": callers
		// pressing officials, not a town encircled.
		`|^(?i)\s+to\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?(?:commissioners|councill?ors|officials|lawmakers|legislators|regulators|executives|bosses|landlords|referees?|umpires?)\b`),
	// "shooting down the visitors' hopes", "shot down the proposal",
	// "shot down the government's spending plan": an idea or a measure
	// dismissed, not an aircraft.
	ActionShootdown: mustPhraseMatcher(`^(?i)\s+(?:[\w'’-]+\s+){0,4}?(?:hopes?|ideas?|proposals?|claims?|rumou?rs?|suggestions?|arguments?|bills?|motions?|amendments?|theor(?:y|ies)|talk|notions?|speculation|questions?|criticism|plans?|budgets?|measures?|requests?|bids?|offers?|reforms?|legislation|nominations?|nominees?|appointments?|candidac(?:y|ies)|reports?|stories|allegations?|accusations?)\b`),
	// "confirmed that the refinery had been hit": the event confirmed,
	// which is told for itself, not a side's statement.
	ActionStatement: mustPhraseMatcher(`^(?i)(?:\s+[\w’'-]+){1,6}?\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:hit|struck|fired|shot\s+down|downed|damaged|destroyed|attacked|targeted|intercepted)\b`),
	// "the delegation ruled out a return to the talks": talks refused.
	// "a summit on the dispute is expected in Libreville next month":
	// talks to come.
	ActionTalks: mustPhraseMatcher(`^(?i)\s+(?:(?:has|had|have)\s+)?(?:ruled\s+out|rules\s+out|refused|refuses|rejected|rejects|boycotted|boycotts)\b` +
		`|^(?i)(?:\s+[\w’'-]+){0,4}?\s+(?:is|are)\s+(?:expected|planned|scheduled|due)\b`),
	// "withdrew from the talks", "pulled its forces out of NATO's
	// military command": a party leaving talks, a pact or a contest.
	ActionWithdraw: mustPhraseMatcher(`^(?i)\s+(?:from|of)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations|treaty|agreement|deal|accord|race|election|tournament|competition|contest|military\s+command|markets?|business|project|contract|venture|sponsorship|stake|index|scheme|programme|program|franchise|league))\b` +
		// "withdrew the bill", "retreated from its pledge": a measure or a
		// promise taken back.
		`|^(?i)\s+(?:the|his|her|its|their|a)\s+(?:[\w-]+\s+)?(?:bill|motion|nomination|candidacy|candidature|application|complaint|lawsuit|offer|proposal|resolution|remarks|comments|support|endorsement|bid|plan)s?\b` +
		`|^(?i)\s+from\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:pledge|promise|stance|commitment|policy)s?\b` +
		// "the session was pushed back by rain", "the vote was pushed
		// back to next week": put off, not driven off.
		`|^(?i)\s+(?:by\s+(?:rain|bad\s+weather|the\s+weather|storms?|(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?))|until\b|to\s+(?:next|later|the\s+following|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december|\d))`),
}

// reAskedFor matches the words before a ceasefire or withdrawal that is
// asked for, proposed or tried for rather than agreed or made: "urged
// both sides to agree a ceasefire", "called for the immediate withdrawal
// of", "failing to agree a truce".
const reAskedFor = `(?i)\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+(?:for|on)|fail(?:ed|ing|s)?|push(?:ed|es|ing)?\s+for|press(?:ed|es|ing)?\s+for|seek(?:s|ing)?|sought|propos(?:e|ed|es|ing|al)|tr(?:y|ies|ied|ying)|hop(?:e|es|ed|ing)|wants?|wanted|demand(?:ed|s|ing)?)(?:\s+[\w’'-]+){0,6}\s+$`

// notEventBefore drops matches by the words just before them.
var notEventBefore = map[string]*phraseMatcher{
	// "halted attacks on shipping": attacks that stopped, not one made.
	// "their last base for air raids on the Moluccas", "an airstrip
	// used for attacks": what a base serves, not an attack told.
	ActionStrike: mustPhraseMatcher(`(?i)\b(?:bases?|airstrips?|airfields?|launch(?:ing)?\s+pads?|staging\s+(?:grounds?|posts?|areas?))\s+(?:used\s+)?for\s+(?:air\s+|drone\s+|rocket\s+|cross-border\s+)?$|\b(?:heart|halt(?:ed|s|ing)?|stop(?:ped|s|ping)?|suspend(?:ed|s|ing)?|end(?:ed|s|ing)?|ceas(?:ed|es|e|ing))\s+$` +
		// "would not negotiate while under attack": a state, not an
		// attack told.
		`|(?i)\b(?:while|whilst|when)\s+under\s+$` +
		// "calling the offer an opportunistic attack": a name for
		// something told, not a blow.
		`|(?i)\b(?:call(?:ed|ing|s)?|brand(?:ed|ing|s)?|term(?:ed|ing|s)?|dubb(?:ed|ing)|dubs?)\s+(?:[\w’'.-]+\s+){1,6}?an?\s+(?:[\w-]+\s+)?$` +
		// "since the US-led bombing campaign began": a time, not a blow.
		`|(?i)\bsince\s+(?:the|a|its|their)\s+(?:[\w’'.-]+\s+){0,2}$` +
		// "foiled a plot to attack the parliament": an attack that was
		// not made.
		`|(?i)\b(?:foil(?:ed|s|ing)?|avert(?:ed|s|ing)?|plot(?:s|ted|ting)?)\s+(?:[\w’'-]+\s+){0,3}$` +
		// "if his forces resumed their attacks": a condition.
		`|(?i)\b(?:if|unless)\s+(?:[\w’'-]+\s+){0,4}$` +
		// "their striker struck twice", "the winger struck in the 80th
		// minute": a player's goal, not a blow.
		`|(?i)\b(?:strikers?|midfielders?|wingers?|batsm[ae]n|bowlers?|goalkeepers?|substitutes?)\s+(?:had\s+|has\s+|then\s+|also\s+)?$` +
		// "'I attacked from the first point,' she said": a player's or
		// a speaker's own doing, not a side's.
		`|(?-i:\bI)\s+$` +
		// "ruled out an early armed clash": none to come.
		`|(?i)\brul(?:ed|es|ing)\s+out\s+(?:[\w’'-]+\s+){0,3}$` +
		// "would need more Patriot systems to stop Russia's missile and
		// glide-bomb attacks": attacks to be fended off, none told.
		`|(?i)\bto\s+(?:stop|halt|prevent|deter|repel|thwart|counter|fend\s+off)\s+(?:[\w’'-]+\s+){1,4}$` +
		// "it was the first time the US had carried out air strikes in
		// Iraq": a reading of the strikes told before, not another.
		`|(?i)\bfirst\s+time\s+(?:that\s+|since\s+)?(?:[\w’'.-]+\s+){0,3}(?:had|has|have)\s+(?:[\w-]+\s+)?$`),
	// "one pilot had been captured", "a pilot flying for the rebels had
	// been captured", "American pilot captured": people taken, not a
	// place.
	ActionCapture: mustPhraseMatcher(`(?i)\b(?:pilots?|soldiers?|troops|fighters|civilians|prisoners|militants|members|personnel|crew(?:men|s)?|sailors|hostages|officers?|officials?|policem[ae]n|guards?|workers|villagers|residents|commanders?|generals?|engineers|contractors|nationals|citizens|tourists|doctors|nurses|journalists|men|women|children|people|others)\s+(?:(?:[a-z]+ing|who|from|of)\s+(?:[a-z][\w’'-]*\s+){0,3}?)?(?:(?:had|has|have)\s+been|was|were|is|are|(?:is|are|was|were)\s+being)\s+$|\b(?:pilot|soldier|officer|journalist|reporter|sailor|crewman|airman|tourist|doctor|nurse|hostage|spy)\s+$` +
		// "return property seized in Kuwait": goods taken, not a place.
		`|\b(?:property|assets|goods|funds|money|cash|weapons|arms|ammunition|equipment|documents|drugs)\s+$` +
		// "Two gunmen were killed and a third captured": the third man.
		`|\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:(?:was|had\s+been|has\s+been)\s+)?$` +
		// "soldiers who had not been killed or captured": people.
		`|\b(?:killed|wounded|injured|dead)\s+or\s+$`),
	// "its first attack since a ceasefire took effect": the truce is
	// the background of the news, not its event.
	ActionCeasefire: mustPhraseMatcher(reAskedFor + `|\bsince\s+(?:a|the|its|their)\s+$` +
		// "talks on a ceasefire collapsed": the truce is what the talks
		// are about, not one made (see ActionTalks).
		`|(?i)\b(?:talks|negotiations|discussions|consultations)\s+(?:on|for|over|about|towards?)\s+(?:(?:a|an|the|any|possible|lasting|new|permanent|durable|full)\s+){0,2}$` +
		// "a fare-war truce", "a political ceasefire": no war's.
		`|(?i)\b(?:price|fare|trade|tariff|turf|bidding|political|budget)(?:[\s-]+wars?)?[\s-]+$`),
	// "accused Croat units of abandoning the town": a charge, not a
	// retreat told.
	ActionWithdraw: mustPhraseMatcher(reAskedFor + `|\baccus(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,3}of\s+$` +
		// "would withdraw if Georgian forces were pulled back": a
		// condition.
		`|(?i)\b(?:if|unless)\s+(?:[\w’'-]+\s+){0,4}$`),
	// "said it was ready to hold talks", "rejected talks": talks offered
	// or refused, not held.
	// "urged both sides to cease hostilities and hold talks": asked for.
	// "called for talks", "called an emergency summit for next week",
	// "a gesture towards peace talks", "return to the talks": talks
	// asked for or hoped for, not held.
	// "rejected calls for peace talks": refused too.
	ActionTalks: mustPhraseMatcher(`(?i)\b(?:ready|willing|prepared|open|refus(?:e|ed|es|ing)|reject(?:ed|s|ing)?|ruled\s+out|rules\s+out)\s+(?:to\s+)?(?:[\w’'-]+\s+){0,3}$|` +
		// "said the military would not join truce talks": talks
		// refused.
		`\b(?:(?:would|will|could|did|does|do)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t|never)\s+(?:join|attend|hold|resume|enter|take\s+part\s+in)\s+(?:[\w’'-]+\s+){0,2}$|\bcall(?:ed|s|ing)?\s+(?:an?\s+(?:[\w-]+\s+)?)?$|\btowards?\s+$|\breturn(?:ed|s|ing)?\s+to\s+(?:the\s+)?$|\b(?:planned|mooted|possible|potential|future|expected)\s+(?:[\w-]+\s+)?$|` +
		// "the U.N. Security Council was due to meet": a body's session,
		// not talks between the sides.
		`(?-i:\b(?:Security\s+Council|General\s+Assembly))\s+(?:(?:was|is|will|would|had)\s+)?(?:(?:due|set|scheduled|expected|called|asked|urged)\s+)?$|` +
		// "Germany plans to host a summit", "hopes to meet": talks to
		// come (talks "due" or "scheduled" on the day of the report are
		// held).
		`\b(?:plans?|planning|intends?|intending|hop(?:e|es|ed|ing))\s+(?:to\s+(?:host|hold|convene|attend|join|open|resume|organi[sz]e)\s+(?:an?\s+|the\s+|new\s+|fresh\s+|further\s+)?(?:[\w-]+\s+)?)?$|` +
		// "union leaders said talks with the ministry had broken down":
		// a labour dispute's talks, not a war's.
		`(?-i:\b(?:unions?|strikers|employers)|^Union)\s+(?:[\w’'-]+\s+){0,3}$|` +
		// "none rose to meet the raiders", "fighters scrambled to meet
		// them": to fight, not to talk.
		`\b(?:rose|scrambled|sortied|flew|moved|marched|advanced|raced|rushed)\s+$|` +
		// "foreign ministers are due to meet in Vienna on Saturday",
		// "leaders are due to meet next week": talks to come.
		`\b(?:are|is)\s+(?:due|scheduled|set|expected)\s+$|` +
		// "saying there would be no negotiations": none.
		`\b(?:no|any)\s+(?:(?:further|more|new|direct|peace|ceasefire)\s+)?$|` + reAskedFor[len(`(?i)`):]),
	// "a resolution that would have condemned the raid": a statement
	// not made.
	ActionStatement: mustPhraseMatcher(`(?i)\b(?:would|could|might)\s+(?:not\s+)?have\s+$`),
	// "fans had laid siege to a hotel", "protesters besieged the
	// ministry": a crowd, not a force.
	ActionSiege: mustPhraseMatcher(`(?i)\b(?:fans|supporters|protesters|demonstrators|reporters|journalists|photographers|shoppers|crowds?|tourists|students|mourners)\s+(?:(?:had|have|has)\s+)?$`),
	// "a cross-border push into": a noun, an offensive (which see).
	// "before it crossed into Israeli territory" of a missile, "the
	// drone flew into": a weapon's flight, not an entry.
	ActionEnter: mustPhraseMatcher(`(?i)\b(?:a|an|the|its|their|new|fresh|major|cross-border|ground|latest|renewed|surprise)\s+$|\b(?:protesters|demonstrators|fans|crowds?|rioters|mobs?|students|people|refugees|civilians|residents|families|migrants|villagers)\s+(?:had\s+|have\s+|then\s+)?$|\bby\s+$|\b(?:missiles?|rockets?|drones?|balloons?|projectiles?|shells?|jets|warplanes|aircraft|planes|bombers|helicopters)\s+(?:had\s+|have\s+|that\s+|which\s+)?$|\b(?:missile|rocket|drone|balloon|projectile)\b(?:\s+[\w’'-]+){0,6}\s+before\s+it\s+$`),
	// "accused Eritrea of backing the assault": a charge about an attack
	// told for itself, not another.
	// "a charm offensive", "a price war": no war's. "a deal that paused
	// Turkey's offensive": one halted, told before. "the long-awaited
	// assault on", "if the offensive goes on": one to come.
	ActionOffensive: mustPhraseMatcher(`(?i)\b(?:(?:prevent(?:ed|s|ing)?|paus(?:e|ed|es|ing)|stop(?:ped|s|ping)?|end(?:ed|s|ing)?|curb(?:ed|s)?|halt(?:ed|s|ing)?|counter|repel(?:led|s)?|repuls(?:e|ed|es)|condemn(?:ed|s)?|denounc(?:e|ed|es)|against|resist)\s+(?:[\w’'-]+\s+){0,3}|(?:since|from|at|until|before|after)\s+the\s+|(?:` + nonMilitaryPattern + `)\s+|(?:long-awaited|long-expected|expected|anticipated|looming|upcoming|impending|threatened|mooted|possible|potential|future)\s+(?:[\w-]+\s+)?|\bif\s+(?:the|an?|any|its|their)\s+|\bfor\s+an?\s+(?:[\w-]+\s+)?|\b(?:been|be|is|are|was|were|went|go|goes|stay(?:ed|s)?|remain(?:ed|s)?)\s+on\s+the\s+|\b(?:pause|halt|suspension|lull|break|end)\s+(?:in|to|of)\s+(?:the\s+|its\s+|their\s+|all\s+)?|\baccus(?:ed|es|ing)\s+(?:[\w’'.-]+\s+){1,4}?of\s+(?:backing|supporting|sponsoring|orchestrating|masterminding|organi[sz]ing|planning|arming|aiding|helping|financing|funding)\s+(?:the|an?|its|their|this)\s+)$`),
}

// notEventKeys are words one of which every match of notEventBefore
// holds.
var notEventKeys = map[string][]string{
	ActionStrike:    {"for ", "striker", "midfielder", "winger", "batsm", "bowler", "goalkeeper", "substitute", "rul", "heart", "halt", "stop", "suspend", "ended", "ends", "end ", "ending", "ceas", "if ", "unless", "i ", "foil", "avert", "plot", "under", "since", "call", "brand", "term", "dub", "prevent", "deter", "repel", "thwart", "counter", "fend", "first time"},
	ActionCapture:   {" been ", "was ", "were ", "is ", "are ", "pilot", "soldier", "officer", "journalist", "reporter", "sailor", "crewman", "airman", "tourist", "doctor", "nurse", "hostage", "spy", "killed", "wounded", "injured", "dead", "property", "assets", "goods", "funds", "money", "cash", "weapons", "arms", "ammunition", "equipment", "documents", "drugs"},
	ActionCeasefire: append([]string{"since", "price", "fare", "trade", "tariff", "turf", "bidding", "political", "budget", "talks", "negotiations", "discussions", "consultations"}, askedForKeys...),
	ActionWithdraw:  append([]string{"accus", "if ", "unless"}, askedForKeys...),
	ActionTalks:     append([]string{"ready", "willing", "prepared", "open", "refus", "reject", "ruled out", "rules out", "toward", "return", "planned", "mooted", "possible", "potential", "future", "expected", "plan", "intend", "hop", "council", "assembly", "union", "strikers", "employers", "rose", "scrambled", "sortied", "flew", "moved", "marched", "advanced", "raced", "rushed", "due", "scheduled", "set", "expected", "no ", "any "}, askedForKeys...),
	ActionStatement: {"would", "could", "might"},
	ActionSiege:     {"fans", "supporters", "protesters", "demonstrators", "reporters", "journalists", "photographers", "shoppers", "crowd", "tourists", "students", "mourners"},
	ActionEnter:     {"by", "protesters", "demonstrators", "fans", "crowd", "rioters", "mob", "students", "people", "refugees", "civilians", "residents", "families", "migrants", "villagers", "missile", "rocket", "drone", "balloon", "projectile", "shell", "jets", "warplanes", "aircraft", "planes", "bombers", "helicopters", "a", "the", "its", "their", "new", "fresh", "major", "cross-border", "ground", "latest", "renewed", "surprise"},
	ActionOffensive: {"prevent", "paus", "stop", "end", "curb", "halt", "counter", "repel", "repuls", "condemn", "denounc", "against", "resist", "since", "from", "at", "until", "before", "after",
		"charm", "diplomatic", "media", "propaganda", "publicity", "sales", "marketing", "advertising", "legal", "trade", "price", "pr ",
		"political", "election", "legislative", "verbal", "rhetorical", "peace",
		"awaited", "expected", "anticipated", "looming", "upcoming", "impending", "threatened", "mooted", "possible", "potential", "future", "if ", "for ", "on the",
		"pause", "suspension", "lull", "break", "accus"},
}

// askedForKeys are the keys of reAskedFor.
var askedForKeys = []string{"urg", "call", "fail", "push", "press", "seek", "sought", "propos", "tr", "hop", "want", "demand"}

// notEventWords reports whether the words before a trigger may match its
// notEventBefore pattern: they hold one of its keys, or a letter that
// case folding takes for an ASCII one.
func notEventWords(before, action string) bool {
	if exoticFold(before) {
		return true
	}
	for _, k := range notEventKeys[action] {
		if containsFold(before, k) {
			return true
		}
	}
	return false
}

// hedgesStrong and hedgesAll are the words that, within three words before a
// trigger, say the event did not or has not yet happened.
var (
	hedgesStrong = map[string]bool{
		"not": true, "n't": true, "never": true, "any": true, "if": true, "unless": true, "would": true, "will": true, "could": true,
		"may": true, "might": true, "must": true, "should": true, "cannot": true, "failed": true,
		"no": true, "yet": true, "wo": true, "threatened": true, "threatening": true,
		"threat": true, "risk": true, "ruled": true,
		// "infantry tried to advance on the airfield but were stopped":
		// an attempt, not an advance made.
		"tried": true, "trying": true, "attempted": true, "attempting": true,
		// "is considering deploying more troops", "the treaty bans attacks
		// on dams": weighed or forbidden, not made.
		"considering": true, "weighing": true, "mulling": true, "contemplating": true,
		"bans": true, "prohibits": true, "forbids": true, "outlaws": true, "risking": true, "risks": true, "fears": true, "avoid": true,
		// "officials fear that bombing the site would", "left Moscow
		// without signing a ceasefire": feared or not done.
		"fear": true, "feared": true, "without": true,
		// "declined to say whether it had been hit by": asked, not told.
		"whether": true,
		// "were preparing a counter-offensive to retake al-Hazm": to come.
		"preparing": true, "prepare": true, "prepares": true,
	}
	hedgesAll = map[string]bool{
		"to": true, "from": true, "tried": true, "trying": true, "attempt": true, "attempts": true,
		"attempted": true, "attempting": true, "seeks": true, "seek": true, "sought": true,
		"plans": true, "planned": true, "planning": true, "aims": true, "aim": true, "refused": true,
	}
)

// findEvents returns the events a sentence states, in order. An action is
// reported once per sentence (its first statement); distinct actions get
// distinct spans, so "encircled and entered Saraqeb" yields a siege and an
// entry.
func findEvents(sentence string) []eventHit {
	return findEventsIn(sentence, hostSyria)
}

// findEventsIn is findEvents for a sentence of an article about the nation
// host, a nation adjective as hostNation gives it ("Sudanese"), or "" when
// the article's nation is unknown: a government, regime, army or junta the
// sentence names without its nation ("the army", "regime forces") is that
// nation's (see hostGovernment).
func findEventsIn(sentence, host string) []eventHit {
	if sentence == "" {
		return nil
	}
	return findEventsAt(newSentIndex(sentence), host)
}

// findEventsAt is findEventsIn of an indexed sentence, not empty.
func findEventsAt(ix *sentIndex, host string) []eventHit {
	sentence := ix.s
	// Parties and places are looked up once a trigger holds: most
	// sentences state no event.
	var parties []partyMention
	var places []placeHit
	looked := false
	var hits []eventHit
	var taken uint64 // the actions stated, by actionBit
	vague := 0       // vagueSpan of the sentence once asked: 1 no, 2 yes
	var sc ruleScan
	sc.scan(ix)
	var buf [8][2]int
	for i, rule := range eventRules {
		if sc.any&eventBit(i) == 0 {
			continue
		}
		found := findPhrases(rule.Re, rule.match, &sc, eventIndex(i), buf[:0])
		if len(found) == 0 || !sc.keysHold(rule.Keys, found) {
			continue
		}
		for _, m := range found {
			start, end := m[0], m[1]
			if rule.Action == ActionStrike && strikesOn(sentence[start:end]) && !namedPossessive(lastWord(sentence[:start])) && !harmLater(sentence[end:]) {
				// "Israel's strikes on the camp", "a strike on Sanaa
				// airport killed three people", not "teachers' strikes on
				// Monday".
				continue
			}
			if rule.Action == ActionTalks && strings.EqualFold(sentence[start:end], "summit") && strings.HasPrefix(sentence[end:], " of ") {
				continue // "reached the summit of Hill 983": a hilltop
			}
			if rule.Action == ActionStatement && calledThe(sentence[start:end]) {
				// "Islamabad called the strikes an act of war": the
				// verb states; the strikes are an event of their own.
				end = start + strings.IndexByte(sentence[start:end], ' ')
			}
			again := taken&actionBit[i] != 0
			if again && rule.Action != ActionStrike && rule.Action != ActionCapture || overlapsEvent(hits, start, end) && !besiegedHeld(hits, rule.Action, start, end) {
				continue
			}
			if re := rule.notEvent; re != nil && re.MatchString(sentence[end:]) &&
				!(rule.Action == ActionCapture && (fellToForces(sentence[start:end], sentence[end:]) || strings.HasSuffix(sentence[start:end], " by") || onTheDay(sentence[end:]))) &&
				!(rule.Action == ActionStrike && strings.HasSuffix(sentence[start:end], " by") && craftAgent(sentence[end:])) {
				// ("was taken by Israeli troops": the takers, not the taken;
				// "was hit by drones": the craft that struck, not a kind of
				// weapon named.)
				continue
			}
			if re := rule.notEventBefore; re != nil {
				if before := sentence[tailWords(sentence, start, 8):start]; notEventWords(before, rule.Action) && re.MatchString(before) {
					continue
				}
			}
			if rule.Action == ActionCapture && strings.HasSuffix(sentence[start:end], "taken by") && byTime(sentence[end:]) {
				continue // "taken by the afternoon": when, not by whom
			}
			if rule.Action == ActionCapture && fellAlone(sentence[start:end]) && !fallenPlace(sentence[:start], sentence[end:]) {
				continue // "Shells fell on the town", "prices have fallen": no town fell
			}
			if rule.Action == ActionCapture && hasASCIIFoldPrefix(sentence[start:end], "surrendered") && !surrenderingPlace(sentence[:start], sentence[end:]) {
				continue // "Ahmed surrendered to police": a man, not a town
			}
			if rule.Action == ActionStrike && start > 0 && sentence[start-1] == '-' && hasASCIIFoldPrefix(sentence[start:end], "fire") {
				continue // "a shoulder-fired missile", "test-fired missiles": a weapon's kind, a test
			}
			if rule.Action == ActionStrike && start >= 8 && hasASCIIFoldPrefix(sentence[start-8:start], "counter-") {
				continue // "the counter-attack was launched": an offensive (which see), not a strike
			}
			if rule.Action == ActionEnter && stormsNoun(sentence, start, end) {
				continue // "Storms battered the coast": weather, not an assault
			}
			if rule.Action == ActionEnter && airspaceAfter(sentence[end:]) {
				continue // "a Russian missile had briefly entered its airspace": a flight, not forces in a place
			}
			if rule.Action == ActionTalks && talksOffered(sentence[tailWords(sentence, start, 14):start]) {
				continue // "invited Yandarbiyev to talks", "was ready to send his minister for talks": offered, not held
			}
			if (rule.Action == ActionTalks || rule.Action == ActionCeasefire) && notHeldBefore(sentence[tailWords(sentence, start, 7):start]) {
				continue // "have not held direct talks", "did not agree to a ceasefire": none held
			}
			if rule.Hypo != hedgeNone && whetherBefore(sentence[tailWords(sentence, start, 7):start]) {
				continue // "it was not clear whether the drone had been shot down": asked, not told
			}
			if rule.Hypo != hedgeNone && vowedConjunct(sentence, start, end) {
				continue // "vowed to break the siege of El Fasher and retake all areas": the second thing vowed
			}
			if notOwnEvent(sentence, start, end, rule.Action) {
				continue // "a map showing vessels encircling the island", "until the intruders had been pushed back"
			}
			if !(rule.Action == ActionSiege && siegeBefore(sentence[start:end])) && // (told with the event it came before, which see)
				(hedged(sentence[:start], rule.Hypo) || rule.Hypo != hedgeNone && (vowedOrDenied(sentence, start) || backgroundClause(sentence, start, end) || awaitedUntil(sentence[:start]) || warnedOrHalted(sentence[:start]))) {
				continue
			}
			if rule.Action == ActionStatement && (statementAside(sentence[tailWords(sentence, start, 5):start]) || expertSpeaker(sentence[:start]) ||
				chargedNotSaid(sentence, start, end)) {
				continue
			}
			if rule.Action != ActionStatement && rule.Action != ActionTalks && (drillBefore(sentence[tailWords(sentence, start, 8):start]) || trialBefore(sentence[tailWords(sentence, start, 8):start]) || recalledBefore(sentence[tailWords(sentence, start, 10):start]) || anniversaryBefore(sentence[tailWords(sentence, start, 6):start])) {
				continue // "exercises that simulate an amphibious assault", "the anniversary of the capture of"
			}
			if rule.Hypo != hedgeNone && recentlyAs(sentence[end:]) {
				continue // "drones struck targets in Tigray as recently as January": a past instance cited, not news
			}
			if rule.Action == ActionShootdown && claimedToHave(sentence[:start]) {
				continue // "crashed near Kandahar; the Taliban claimed to have shot it down": a loss's cause claimed
			}
			if rule.Action == ActionWithdraw && strings.Contains(sentence[start:end], " left ") && leftOnAJourney(sentence, start, end) {
				continue // "two soldiers left Kabul for Bagram", "until Russian troops left Chechnya": a journey, or one awaited
			}
			if rule.Action == ActionCapture && strings.EqualFold(sentence[start:end], "captured") && peopleCaptured(sentence, start, end) {
				continue // "30 soldiers were killed and 429 captured", "their pilots captured": men taken, not a place
			}
			if rule.Action == ActionWithdraw && hasASCIIFoldPrefix(sentence[start:end], "soldier ") && !lastOfThem(sentence[:start]) {
				continue // "a soldier left Kabul": one man's journey; "the last Soviet soldier left Afghanistan" ends a withdrawal
			}
			if rule.Action == ActionWithdraw && retreatingAdjective(sentence, start, end) {
				continue // "struck their retreating columns": the retreat is told elsewhere
			}
			if rule.Action == ActionWithdraw && askedAlongside(sentence[tailWords(sentence, start, 8):start], sentence[start:end]) {
				continue // "called on both sides to halt the fighting and withdraw": asked, not made
			}
			if rule.Action == ActionTalks && hasASCIIFoldPrefix(sentence[start:end], "met in") && strings.Contains(sentence[end:], "talks") {
				continue // "met in Jeddah for talks": the talks tell it
			}
			if rule.Action == ActionOffensive && containsAny(strings.ToLower(sentence[start:end]), []string{" pause in ", " halt to ", " suspension of ", " lull in ", " end to "}) {
				continue // "announced a pause in offensive operations": a halt, not an offensive
			}
			if rule.Action == ActionWithdraw && evacuatedCasualties(sentence[start:]) {
				continue // "a helicopter evacuating wounded soldiers crashed": a medical evacuation, not a withdrawal
			}
			if rule.Action == ActionDeploy && casualtiesMoved(sentence, start) {
				continue // "two of the wounded had been flown to Cucuta": a medical evacuation, not a deployment
			}
			if rule.Action == ActionDeploy && deployedSince(sentence, start, end) {
				continue // "Cairo has moved two divisions to the frontier since the spring": a build-up over months, not a day's move
			}
			if rule.Action == ActionStrike && habitualCount(sentence, start, end) {
				continue // "Israel has carried out hundreds of strikes in Syria since": a tally, not an event
			}
			if rule.Action == ActionStrike && hasASCIIFoldPrefix(sentence[start:end], "exchanged") && habitualAfter(sentence[end:]) {
				continue // "have exchanged fire almost daily since October": a pattern, not an event
			}
			if rule.Action == ActionCapture && captureAnaphor(sentence, start, end) {
				continue // "described the capture as an invasion": one told before
			}
			if rule.Action == ActionStrike && strikesBy(sentence[start:end]) && (!forceAfterBy(sentence[end:]) || !clauseOpensAt(sentence, start)) {
				continue // "strikes by teachers": a stoppage, not an attack; "artillery and strikes by Marine Corsairs": part of an attack told
			}
			if rule.Action == ActionOffensive && figurativeOffensive(sentence, start, end) {
				continue // "launched a charm offensive", "a political offensive": no fighting
			}
			if rule.Action == ActionOffensive && titleWord(sentence, start, end) {
				continue // "Russian Offensive Campaign Assessment": a title, not an event
			}
			if rule.Action == ActionWithdraw && toWithdraw(sentence[start:end]) && !forcedBefore(sentence[:start]) {
				continue // "ordered troops to withdraw": not (yet) made
			}
			if rule.Action == ActionCeasefire && !agreedHalt(sentence[start:end]) && !ceasefireMade(sentence, start, end) {
				continue
			}
			h := eventHit{Start: start, End: end, Action: rule.Action}
			if rule.Action == ActionStrike {
				h.Anaphor = strikeAnaphor(sentence, start, end)
			}
			if rule.Action == ActionStatement {
				if vague == 0 {
					vague = 1
					if vagueSpan(sentence) {
						vague = 2
					}
				}
				h.Vague = vague == 2
			}
			if !looked {
				parties, places, looked = findPartiesIn(&sc, host), rememberPlaces(sentence, findPlacesIn(ix)), true
				parties = afterDateline(sentence, parties)
				if strings.Contains(sentence, "visit") || strings.Contains(sentence, "trip to") {
					// "Biden, visiting Ankara, warned": where a leader
					// went, not who acted.
					parties = slices.DeleteFunc(slices.Clone(parties), func(p partyMention) bool {
						w := lastWordsBefore(sentence, p.Start)
						return strings.HasSuffix(w, "visiting") || strings.HasSuffix(w, "visit to") || strings.HasSuffix(w, "trip to") || strings.HasSuffix(w, "visits")
					})
				}
				places = notBorders(sentence, places)
				places = notUnits(sentence, places)
				places = notCraftModels(sentence, places)
				places = notReferencePoints(sentence, places)
				places = notSpeakers(sentence, places)
				places = notRegionsOfTowns(sentence, places)
				places = notSeasLocating(sentence, places)
				places = notOwnersOfActions(sentence, places)
				var grew bool
				if places, grew = withNamedAreas(ix, places); grew {
					// "over Russian regions": the adjective names a place here.
					parties = slices.DeleteFunc(slices.Clone(parties), func(p partyMention) bool {
						return strings.HasPrefix(sentence[p.End:], " territory") || strings.HasPrefix(sentence[p.End:], " regions") ||
							strings.HasPrefix(sentence[p.End:], " airspace") || strings.HasPrefix(sentence[p.End:], " soil") ||
							strings.HasPrefix(sentence[p.End:], " waters") || strings.HasPrefix(sentence[p.End:], " land")
					})
				}
				if strings.Contains(sentence, " border") {
					parties = slices.DeleteFunc(slices.Clone(parties), func(p partyMention) bool {
						return strings.HasPrefix(sentence[p.End:], " border") // "on the Bangladesh border"
					})
				}
			}
			actor, target := eventParties(sentence, start, end, parties)
			if rule.Action == ActionCapture && actor == nil && target != nil && target.End <= start &&
				hasASCIIFoldPrefix(sentence[start:end], "the capture of") && completedBy.MatchString(sentence[target.End:start]) {
				// "Russian forces likely completed the capture of
				// Rubizhne": who completed it took the town.
				actor, target = target, nil
			}
			if rule.Action == ActionStrike && target == nil && actor != nil {
				// "launched a ballistic missile toward the southern
				// Israeli city of Eilat", "targeted the aircraft carrier
				// USS Dwight D. Eisenhower": the nation of the place or
				// ship struck.
				// (Only a side's strike on another: a bombing by no one
				// named is told of its victims, not a state.)
				if p := struckNation(sentence, end); p != nil && actor.Name != p.Name {
					target = p
				}
			}
			if rule.Action == ActionStrike && target == nil && sinkTrigger(sentence[start:end]) {
				// "Ukrainian naval drones sank a Russian landing ship":
				// the nation whose ship it was.
				if p := shipNation(sentence, start+len(firstWordOf(sentence[start:end]))); p != nil && (actor == nil || actor.Name != p.Name) {
					target = p
				}
			}
			if rule.Action == ActionShootdown && target == nil {
				// "Hezbollah said it shot down an Israeli Hermes 900
				// drone": the nation whose craft it was.
				if p := craftNation(sentence, end); p != nil && (actor == nil || actor.Name != p.Name) {
					target = p
				} else if p := downedCraftNation(sentence, start); p != nil && (actor == nil || actor.Name != p.Name) {
					// "Two Russian Su-34 fighter-bombers were shot down".
					target = p
				}
			}
			if rule.Action == ActionCapture && garrisonGaveUp(sentence[start:end]) && actor != nil && actor.End <= end {
				// "The last German garrison at Toulon surrendered": the
				// garrison's side lost the town.
				actor, target = nil, actor
			}
			if actor == nil && (rule.Action == ActionCapture || rule.Action == ActionShootdown || rule.Action == ActionWithdraw || rule.Action == ActionEnter) {
				// "Units of the Center battlegroup have liberated Selidovo,
				// the Russian Defense Ministry reported": a state's
				// military tells of its own forces' gains.
				actor = militarySpeakerAfter(sentence, end, parties)
				if actor != nil && rule.Action == ActionShootdown && !otherCraft(sentence[:start], actor.Name) {
					actor = nil // "a Russian helicopter was shot down, Russia's defence ministry said": its own loss
				}
			}
			if subj := sharedSubject(sentence, start, actor, parties); subj != nil {
				// "Netanyahu cut short a visit to the United States and
				// warned that": the subject of the first verb.
				actor = subj
			}
			if rule.Action == ActionStatement {
				if sp := sayerBefore(sentence, start, parties); sp != nil {
					// "Mali said its troops had only answered a Burkinabe
					// incursion and denied bombing civilians": who said
					// the first thing said the second.
					actor = sp
				}
			}
			if sp := speakerOfOwn(sentence, start, parties); sp != nil {
				// "Pakistan said its fighters had shot down four Indian
				// aircraft": the speaker's own forces acted.
				if target != nil && target.Name == sp.Name {
					target = nil
				}
				actor = sp
			}
			if rule.Action == ActionTalks && actor == nil {
				actor = hostOfTalks(sentence, end, parties) // "talks hosted by Russia"
			}
			if actor == nil && rule.Action == ActionStrike {
				actor = blamedParty(sentence, end, parties) // "..., Ukrainian authorities said, blaming Russian forces"
			}
			if rule.Action == ActionWithdraw && toWithdraw(sentence[start:end]) && (actor == nil || actor.End <= start) {
				// "overran a base, forcing soldiers to retreat": the
				// soldiers withdrew, not the side that forced them; named
				// without a nation, they are the state's.
				actor = nil
				if host != "" {
					actor = &partyMention{Start: start, End: start, Text: sentence[start : strings.IndexByte(sentence[start:end], ' ')+start], Name: governmentOf(host)}
				}
			}
			// "bombed Ilopango airport and struck oil tanks at the port of
			// Acajutla": the same side's second act, at another place.
			coord := again && (coordinatedAgain(sentence, hits, rule.Action, start) || sequencedAgain(sentence, hits, rule.Action, start))
			if coord {
				actor = nil
				h.Before, _ = sequenceLag(sentence[hits[len(hits)-1].End:start])
			}
			// "X and Y were occupied on Monday, and the town of Corbera
			// was taken this morning": a passive capture of a place of
			// its own needs no actor of its own.
			passiveTaken := rule.Action == ActionCapture && hasAnyFoldPrefix(sentence[start:end], "was ", "were ", "been ")
			if again && !coord && !passiveTaken && (actor == nil || !otherActor(hits, rule.Action, actor.Name)) {
				continue // a second strike or capture needs an actor of its own
			}
			if actor != nil && rule.Action == ActionStrike && hasASCIIFoldPrefix(sentence[start:end], "exchanged") && actor.End <= start &&
				(strings.HasPrefix(sentence[actor.End:], " and ") || strings.HasSuffix(sentence[:actor.Start], " and ")) {
				actor = nil // "Indian and Pakistani troops exchanged heavy fire": both sides fired
			}
			if actor != nil && rule.Action == ActionStrike && actor.End <= start && mineAfter(sentence[end:]) {
				actor = nil // "their vehicle struck a mine": who hit it is the victim, who laid it untold
			}
			if actor != nil && rule.Action == ActionTalks && actor.End <= start && listOfParties(sentence, actor, parties) {
				actor = nil // "Foreign ministers of Russia, Ukraine, Germany and France met": all of them, none the host
			}
			if actor != nil && rule.Action == ActionCeasefire && mediators[actor.Name] {
				// "the U.N. mission said a truce had been reached": who tells
				// of it or brokered it, not a side to it; "Syria accepted a
				// U.N. ceasefire": the side before the mediator's name.
				actor = sideBeforeMediator(sentence, actor, start, parties)
			}
			if actor != nil {
				h.Actor = &Party{Text: actor.Text, Name: actor.Name}
			}
			if target != nil {
				h.Target = &Party{Text: target.Text, Name: target.Name}
			}
			if rule.NeedsActor && h.Actor == nil {
				continue
			}
			if rule.Action == ActionStatement && h.Vague {
				continue // "has repeatedly called on": a stance, not a statement of the day
			}
			if endsWithBy(sentence[start:end]) || cameUnder(sentence[start:end]) {
				// "The town of Nabatieh was hit by Israeli drones": the
				// subject is where.
				h.Place = subjectPlace(start, places, parties)
			}
			at := places
			if rule.Action == ActionOffensive || rule.Action == ActionDeploy {
				at = notOrigins(sentence, places)
			}
			if rule.Action == ActionStrike {
				// "the missiles were fired from warships in the Red Sea":
				// no strike there.
				at = dropPlaces(at, func(h placeHit) bool { return launchSite(sentence, h) })
			}
			if h.Place == nil {
				h.Place = clausePlace(sentence, end, at, parties, rule.Action == ActionTalks)
			}
			if h.Place == nil && objectPlaceActions[rule.Action] && passiveAt(sentence[:start]) {
				h.Place = subjectPlace(start, places, parties)
			}
			if h.Place == nil {
				h.Place = eventPlace(start, beforeAfterClause(sentence, end, at), parties)
			}
			if h.Place == nil {
				h.Place = namedRegion(sentence)
			}
			h.Place = heldPlace(h.Place)
			if h.Place == nil || isCountry(h.Place.Name) {
				if p := capitalPlace(sentence); p != nil {
					h.Place = p // "in Mali's capital", "the Sudanese capital"
				}
			}
			if h.Place != nil && (rule.Action == ActionCeasefire || rule.Action == ActionTalks) && betweenParties(sentence, h.Place.Text) {
				h.Place = nil // "a ceasefire between Israel and Hezbollah": parties, not a place
			}
			if objectPlaceActions[rule.Action] {
				if p := objectPlace(sentence, start, end, rule.Action, parties); p != nil {
					h.Place = p
				}
				if p := includedPlace(sentence, end); p != nil {
					h.Place = p
				}
			}
			if k := strings.LastIndex(sentence[start:end], " left "); rule.Action == ActionWithdraw && k >= 0 {
				if p := placeAtOrAfter(places, start+k+len(" left ")); p != nil {
					h.Place = p // "soldiers of the Barkhane force left Mali on Monday, crossing into Niger": Mali
				}
			}
			if (rule.Action == ActionCapture || rule.Action == ActionEnter || rule.Action == ActionSiege) && strings.Contains(sentence[:start], ", which ") {
				if p := antecedentPlace(sentence, start, places); p != nil {
					h.Place = p // "the oil town of Heglig, which its army seized from Sudan": Heglig
				}
			}
			if rule.Action == ActionCapture && (hasASCIIFoldPrefix(sentence[start:end], "fell") || fallsTo(sentence[start:end]) || hasASCIIFoldPrefix(sentence[start:end], "surrendered") || fellAlone(sentence[start:end])) {
				subjectEnd := beforeAux(sentence, start)
				p := fellPlace(sentence, subjectEnd, places)
				if b := strings.TrimRight(sentence[:subjectEnd], " "); p == nil && fellAlone(sentence[start:end]) &&
					(strings.HasSuffix(b, ",") || strings.HasSuffix(b, " which") || strings.HasSuffix(b, " that")) {
					continue // "The airport, the biggest in the Middle East, fell on Saturday": not the place the apposition names
				}
				if fallsTo(sentence[start:end]) && (p == nil || !knownPlaceName(p.Name)) {
					continue // "responsibility falls to the government", "output has fallen to"
				}
				if strings.HasSuffix(sentence[start:end], " to") && numberAfter.MatchString(sentence[end:]) {
					continue // "losses in combat last week fell to 242 killed": a figure, not a fall
				}
				if hasASCIIFoldPrefix(sentence[start:end], "surrendered") || strings.HasSuffix(sentence[start:end], "surrendered to") {
					if q := surrenderedAt(sentence, end, places); q != nil {
						p = q // "forces on the Falkland Islands surrendered to British troops at Port Stanley"
					}
				}
				if p != nil {
					h.Place = p // "Bara fell to the paramilitaries": Bara, whatever follows
				}
			}
			if passiveTaken {
				// "Mora de Ebro and Asco were occupied on Monday", "the
				// town of Corbera was taken this morning": a capture of the
				// place the subject names, else none ("the decision was
				// taken on Monday").
				p := fellPlace(sentence, beforeAux(sentence, start), places)
				if p == nil {
					continue
				}
				h.Place = p
			}
			if (rule.Action == ActionCapture || rule.Action == ActionStrike) && h.Place == nil || rule.Action == ActionCapture && passiveBefore(sentence[:start]) > 0 {
				// "Elephant Pass was retaken by the army", "the mountain
				// town of Jezzine was taken by Israeli troops", "Guam
				// was bombed": the subject the passive tells of.
				if k := passiveBefore(sentence[:start]); k > 0 {
					if p := fellPlace(sentence, k, places); p != nil {
						h.Place = p
					}
				}
			}
			if rule.Action == ActionCapture || rule.Action == ActionSiege || rule.Action == ActionStrike || rule.Action == ActionEnter {
				// A passive whose subject an apposition sets off: "Vares,
				// a mining town north of Sarajevo, had been surrounded".
				at := start
				if !hasAnyPrefix(sentence[start:], passiveAuxOpeners...) {
					at = passiveBefore(sentence[:start])
				}
				if at > 0 {
					if p := appositionPlace(sentence, at, places); p != nil {
						h.Place = p
					}
				}
			}
			if rule.Action == ActionCapture && hasAnyFoldPrefix(sentence[start:end], "took ", "take ", "takes ", "taking ") && tookTime.MatchString(sentence[end:]) {
				continue // "took the capital by surprise", "it took the city two years to rebuild"
			}
			if rule.Action == ActionSiege && hasASCIIFoldSuffix(sentence[start:end], " off") {
				// "Aachen was sealed off last Monday": the place its
				// subject names; "the area was sealed off by police after
				// the blast" names none and is no siege.
				if h.Place == nil && hasAnyFoldPrefix(sentence[start:end], passiveAuxOpeners...) {
					h.Place = fellPlace(sentence, start, places)
				}
				if h.Place == nil {
					continue
				}
			}
			if rule.Action == ActionCapture && hasAnyFoldPrefix(sentence[start:end], "took ", "take ", "takes ", "taken ", "taking ") && tookSiteNouns[lastWord(sentence[start:end])] {
				// "took over the army barracks at Jinja", "took the
				// Tigrayan capital, Mekelle": the site's place is named
				// with it or after it; "while the White Army has taken
				// over the barracks" points back to one told before, not
				// to a place named before it.
				if h.Place != nil && !strings.Contains(sentence[start:], h.Place.Text) {
					continue
				}
			}
			if rule.Action == ActionCapture && tookNamed(sentence[start:end]) {
				if occupiedAsAdjective(sentence, start) {
					continue
				}
				// "took Kidal on Saturday": a capture when a known place
				// is what was taken, not "took Reuters reporters".
				p := placeAtOrAfter(places, end-1)
				if p == nil {
					p = tookName(sentence, start, end)
				}
				if p == nil || !knownPlaceName(p.Name) && !placeEndsClause(sentence, start, p) {
					continue
				}
				h.Place = p
			}
			if rule.Action == ActionCapture && hasASCIIFoldPrefix(sentence[start:end], "the fall of ") {
				// "confirmed the fall of Tessalit to the rebels": the
				// place named after "of".
				p := placeAtOrAfter(places, start+len("the fall of "))
				if p == nil || !knownPlaceName(p.Name) || hasASCIIFoldSuffix(sentence[:start], "since ") {
					// ("Since the fall of Kabul to the Taliban": the
					// time a story is told from.)
					continue
				}
				h.Place = p
			}
			if rule.Action == ActionTalks && hasASCIIFoldPrefix(sentence[start:end], "meeting in ") {
				if p := placeAtOrAfter(places, end-1); p != nil {
					h.Place = p // "leaders meeting in Cairo agreed to send a mission to Amman": Cairo
				}
			}
			if rule.Action == ActionCeasefire || rule.Action == ActionTalks {
				h.Target = nil // the other side of a truce or talks, not a target
			}
			if rule.Action == ActionStatement {
				// "warned Asmara against any new offensive", "called on
				// the U.N. Security Council": whom a statement is
				// addressed to, and the places it speaks of, are not
				// where it was made.
				h.Target, h.Place = nil, nil
			}
			if h.Target != nil && objectPlaceActions[rule.Action] && isCountry(h.Target.Text) && objectGap.MatchString(sentence[end:]) &&
				strings.HasPrefix(sentence[end:][len(objectGap.FindString(sentence[end:])):], h.Target.Text) &&
				!hasAnyPrefix(sentence[target.End:], "'s ", "’s ") && !nounAfterCountry(sentence, target.Start, target.End) {
				// "launched drones and missiles at Israel", "attacked
				// Ukraine with 367 drones": the country struck is where;
				// but "hit Somalia's education ministry in Mogadishu" is
				// where the ministry is.
				h.Place = &Place{Text: h.Target.Text, Name: h.Target.Text}
			}
			if rule.Action == ActionStrike && (h.Place == nil || isCountry(h.Place.Name)) {
				if p := hitPlace(sentence, end, parties); p != nil {
					h.Place = p // "fired missiles at Israel, hitting Tel Aviv"
				}
			}
			if h.Place == nil && h.Target != nil && capitals[h.Target.Text] && objectPlaceActions[rule.Action] {
				// "rebels seize Damascus", "drones attacked Kyiv": the
				// capital is where it happened.
				h.Place = capitalAsPlace(h.Target.Text)
			}
			if h.Place == nil && objectPlaceActions[rule.Action] {
				if c := capitalObject(sentence, end, parties); c != "" {
					// "Government troops recaptured Kabul": the capital
					// taken back by its own side, no target but the place.
					h.Place = capitalAsPlace(c)
				}
			}
			if h.Place == nil && objectPlaceActions[rule.Action] {
				// "The last government forces abandoned Kigali": a
				// trigger that ends in a capital's name is at the capital.
				if k := strings.LastIndexByte(sentence[start:end], ' '); k >= 0 && capitals[sentence[start+k+1:end]] {
					h.Place = capitalAsPlace(sentence[start+k+1 : end])
				}
			}
			if h.Target == nil && h.Place != nil && (rule.Action == ActionCapture || rule.Action == ActionEnter || rule.Action == ActionSiege) {
				h.Target = &Party{Text: h.Place.Text, Name: h.Place.Name}
			}
			if rule.Action == ActionEnter && h.Place == nil && h.Actor == nil && hasLowerPrefix(sentence[start:end], "walk") {
				// "The bomber walked into the queue": with no side and no
				// place, a person's steps, not forces entering a town
				// ("M23 rebels walked into the centre of Bukavu").
				continue
			}
			if coord {
				prev := hits[len(hits)-1]
				if h.Place == nil || prev.Place == nil || strings.EqualFold(h.Place.Name, prev.Place.Name) {
					continue
				}
				if prev.Actor != nil {
					a := *prev.Actor
					h.Actor = &a
				}
			}
			if h.Place != nil && isCountry(h.Place.Name) && cameUnder(sentence[start:end]) &&
				(h.Target != nil && h.Target.Name == h.Place.Name || h.Actor != nil && h.Actor.Name == h.Place.Name) {
				// "Canadian positions came under mortar fire", "fire from
				// the direction of Armenia": whose positions, or whence the
				// fire came, not where they stood.
				h.Place = nil
			}
			if again && !coord && !(passiveTaken && newPlaceOf(hits, h)) && (!anotherStrike(hits, h) || motiveCited(sentence[tailWords(sentence, start, 8):start], sentence[start:end])) {
				continue
			}
			if rule.Action == ActionSiege && len(hits) > 0 && siegeOfSpan.MatchString(sentence[start:]) {
				// "wrested control of Bamut, ending a siege of more than a
				// year": the siege of the place the sentence told.
				if prev := hits[len(hits)-1]; prev.Place != nil {
					p := *prev.Place
					h.Place = &p
				}
			}
			taken |= actionBit[i]
			hits = append(hits, h)
		}
	}
	// Distinct hits have distinct starts (their spans do not overlap).
	slices.SortFunc(hits, func(a, b eventHit) int { return a.Start - b.Start })
	withdrawnFrom(sentence, hits)
	struckWhere(sentence, hits)
	downedRaiders(sentence, hits)
	sameVictimActor(sentence, hits)
	startedBy(sentence, hits, parties)
	for i := range hits {
		if hits[i].Action == ActionWithdraw && struckThemAsThey(sentence, hits[:i], hits[i].Start) {
			// "jets struck the fighters as they withdrew": the fighters
			// withdrew, the armed group told of (see
			// resolveGroupAnaphors).
			hits[i].Actor = &Party{Text: "they", Name: partyGroupAnaphor}
		}
	}
	hits = siegesBefore(sentence, hits)
	return expelledWithdrew(sentence, hits, parties)
}

// siegesBefore places a siege told as coming before the event of its
// clause ("captured Vukovar on Monday after a three-month siege", "withdrew
// from Xuan Loc after a twelve-day siege") at the place of the capture,
// withdrawal or entry told before it, by the side that took the place (of
// a withdrawal, the besiegers are not named); with no such event before
// it, there is none.
func siegesBefore(sentence string, hits []eventHit) []eventHit {
	out := hits[:0]
	for i, h := range hits {
		if h.Action != ActionSiege || !siegeBefore(sentence[h.Start:h.End]) {
			out = append(out, h)
			continue
		}
		k := i - 1
		for k >= 0 && hits[k].Action != ActionCapture && hits[k].Action != ActionWithdraw && hits[k].Action != ActionEnter {
			k--
		}
		if k < 0 || hits[k].Place == nil {
			continue
		}
		p := *hits[k].Place
		h.Place, h.Actor, h.Target = &p, nil, nil
		if a := hits[k].Actor; a != nil && hits[k].Action != ActionWithdraw {
			c := *a
			h.Actor = &c
		}
		out = append(out, h)
	}
	return out
}

// antecedentPlace returns the place named just before ", which" when the
// trigger at start is the verb of that relative clause (within five words
// of "which"), else nil: the clause's object is the place.
func antecedentPlace(s string, start int, places []placeHit) *Place {
	k := strings.LastIndex(s[:start], ", which ")
	if k < 0 || strings.Count(s[k+len(", which "):start], " ") > 5 || strings.ContainsAny(s[k+len(", which "):start], ",;:") {
		return nil
	}
	for i := len(places) - 1; i >= 0; i-- {
		h := places[i]
		if h.End > k {
			continue
		}
		if strings.TrimSpace(s[h.End:k]) != "" || isCountry(h.Place.Name) {
			return nil // the place must close the phrase "which" points back to
		}
		p := h.Place
		return &p
	}
	return nil
}

// trimArticle is rest without its leading spaces and an article ("a",
// "an", "the") after them.
func trimArticle(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	for _, det := range [...]string{"a ", "an ", "the "} {
		if hasASCIIFoldPrefix(rest, det) {
			return rest[len(det):]
		}
	}
	return rest
}

// mineAfter reports whether rest, after "struck" or "hit", names a mine or
// a roadside bomb: "struck a landmine", "hit a roadside bomb".
func mineAfter(rest string) bool {
	rest = trimArticle(rest)
	for _, w := range [...]string{"mine", "landmine", "land mine", "land-mine", "roadside bomb", "improvised explosive", "explosive device", "ied", "booby trap", "booby-trap", "buried bomb"} {
		if hasASCIIFoldPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// struckThemAsThey reports whether a withdrawal at start is told as "as
// they withdrew" after a strike of the sentence on fighters named
// without their group: "struck the attackers as they withdrew towards
// the border".
func struckThemAsThey(s string, hits []eventHit, start int) bool {
	if !strings.HasSuffix(s[:start], " as they ") || len(hits) == 0 {
		return false
	}
	prev := hits[len(hits)-1]
	if prev.Action != ActionStrike || prev.End > start {
		return false
	}
	for _, w := range strings.Fields(s[prev.End:start]) {
		if w = strings.ToLower(strings.Trim(w, ",.'’")); fighterNouns[w] || w == "attackers" || w == "assailants" {
			return true
		}
	}
	return false
}

// andAuxWords may stand between "and" and a second verb of the same
// subject: "had liberated Velika Kladusa and had also taken Pecigrad".
var andAuxWords = []string{" had", " has", " have", " also", " then", " later", " subsequently", " again", " soon"}

// andAuxTrimmed is s without up to three andAuxWords at its end (each
// with the space after it).
func andAuxTrimmed(s string) string {
	for range 3 {
		t := strings.TrimSuffix(s, " ")
		cut := false
		for _, w := range andAuxWords {
			if strings.HasSuffix(t, w) {
				s, cut = t[:len(t)-len(w)+1], true
				break
			}
		}
		if !cut {
			break
		}
	}
	return s
}

// coordinatedAgain reports whether a second trigger of an action at
// start is a verb joined by "and" to the last event of the sentence, of
// that action, in one clause: "bombed Ilopango airport outside San
// Salvador and struck oil storage tanks at Acajutla".
func coordinatedAgain(s string, hits []eventHit, action string, start int) bool {
	if len(hits) == 0 {
		return false
	}
	prev := hits[len(hits)-1]
	if prev.Action != action || prev.End > start || !strings.HasSuffix(andAuxTrimmed(s[:start]), " and ") {
		return false
	}
	gap := s[prev.End:start]
	if !strings.ContainsAny(gap, ",;:()") && len(gap) < 80 {
		return true
	}
	// "seized the army's headquarters in Nyala, Sudan's second-largest
	// city, on Oct. 26 and took Zalingei": an appositive between commas,
	// then the day, and no subject of its own before "and".
	if strings.ContainsAny(gap, ";:()") || len(gap) > 120 || strings.Count(gap, ",") != 2 {
		return false
	}
	tail := gap[strings.LastIndexByte(gap, ',')+1:]
	return len(strings.Fields(tail)) <= 5 && (strings.Contains(tail, " on ") || strings.Contains(tail, " in "))
}

// sequencedAgain reports whether the capture at start is the same side's
// earlier or later one than the hit before it, told by "after" or
// "before" or by a participle: "took Kidal on Saturday, a day after taking
// Anefis", "seized the airport after they captured the port", "seized
// Goma, capturing Bunagana".
func sequencedAgain(s string, hits []eventHit, action string, start int) bool {
	if len(hits) == 0 || action != ActionCapture {
		return false
	}
	prev := hits[len(hits)-1]
	if prev.Action != action || prev.End > start || start-prev.End > 60 || strings.ContainsAny(s[prev.End:start], ";:()") {
		return false
	}
	if strings.HasSuffix(s[prev.End:start], ", ") && strings.HasSuffix(firstWordOf(s[start:]), "ing") && !strings.Contains(s[prev.End:start-2], ",") {
		// "seized Goma, capturing the border town of Bunagana".
		return true
	}
	return afterTail.MatchString(s[prev.End:start])
}

// sequenceLag returns the days between two acts that the words joining
// them tell (see eventHit.Before): " on Saturday, a day after " is 1,
// " two weeks before " is -14; 0 when they tell none. at is where the
// words of the lag begin in gap.
func sequenceLag(gap string) (n, at int) {
	m := lagTail.FindStringSubmatchIndex(gap)
	if m == nil || endsWithAnyFold(strings.TrimRight(gap[:m[0]], " "), approxLags[:]) {
		return 0, 0 // (nor "less than a week after": no day)
	}
	return lagDays(gap, m), m[0]
}

// lagDays is the days a match m of lagTail or lagPhrase in s tells: "a
// day after" is 1, "two weeks before" -14.
func lagDays(s string, m []int) int {
	n := 1
	if w := strings.ToLower(s[m[2]:m[3]]); w != "a" && w != "an" && w != "one" {
		if n = numberWords[w]; n == 0 {
			n = atoi(w)
		}
	}
	if hasASCIIFoldPrefix(s[m[4]:m[5]], "week") {
		n *= 7
	}
	if strings.EqualFold(s[m[6]:m[7]], "before") {
		n = -n
	}
	return n
}

// lagPhrase matches the words that set an act so many days from another:
// "a day after ", "two weeks before ".
var lagPhrase = regexp.MustCompile(`(?i)\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s`)

// lagTail matches " a day after ", " three days before they ".
var lagTail = regexp.MustCompile(`(?i)\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?:(?:they|it|he|she|the\s+\w+)\s+(?:had\s+)?)?$`)

// afterTail matches the words that join a second act to the first in
// time: " on Saturday, a day after ", " after they ".
var afterTail = regexp.MustCompile(`(?i)\b(?:after|before)\s+(?:(?:they|it|he|she|the\s+\w+)\s+(?:had\s+)?)?$`)

// nounAfterCountry reports whether a lower-case noun follows the country
// at s[start:i], after "the", which then modifies it: "fired two missiles at the U.S.
// frigate Stark" struck the frigate, not the United States.
func nounAfterCountry(s string, start, i int) bool {
	if i+1 >= len(s) || s[i] != ' ' || !isASCIILower(s[i+1]) || !strings.HasSuffix(s[:start], " the ") {
		return false // "an attack on Mali army base": the country is where
	}
	return !countryFollowers[firstWordAfter(s, i)]
}

// countryFollowers are the lower-case words that may follow a country
// named as where: prepositions, conjunctions and adverbs.
var countryFollowers = wordSet("and or on in at from with over overnight during after before as since for to near across along by late early " +
	"this last on killing hitting wounding while which who that but yesterday today tonight again")

// ownSubject matches the end of the words before a trigger whose subject
// is a side's own forces named by a possessive pronoun: "its fighters
// had", "their troops have also".
var ownSubject = mustPhraseMatcher(`(?i)\b(?:its|their)\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|soldiers|air\s+force|aircraft|warplanes|jets|drones|navy|army|units|artillery|air\s+defen[cs]es|gunners|batteries|defenders)\s+(?:and\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|troops|militias?|allies)\s+)?(?:(?:had|have|has|also|then|now)\s+)*$`)

// militarySpeakerAfter returns the party that speaks in the attribution
// after a trigger when it is a state's military or defence ministry
// ("..., the Russian Defense Ministry reported"), else nil.
func militarySpeakerAfter(s string, end int, parties []partyMention) *partyMention {
	for i := range parties {
		p := &parties[i]
		if p.Start < end {
			continue
		}
		if hasAnyPrefix(s[p.End:], " airspace", " territory", " soil", " waters") && !strings.Contains(s[end:p.Start], ", ") {
			continue // "after it strayed into Turkish airspace, Turkey's military said": a side's ground, not the speaker
		}
		if !strings.Contains(s[end:p.Start], ", ") || !saysAfter(s[p.End:]+" ") {
			return nil
		}
		if p.Name == "" || p.Name[0] == 0 || armedGroups[p.Name] {
			return nil
		}
		t := strings.ToLower(p.Text)
		if strings.Contains(t, "defense ministry") || strings.Contains(t, "defence ministry") || strings.HasSuffix(t, " military") || strings.HasSuffix(t, " army") {
			return p
		}
		return nil
	}
	return nil
}

// otherCraft reports whether the words before a shootdown name the downed
// craft as another side's than the speaker's: "A Syrian MiG-23 was shot
// down, Turkey's military said", not "A Russian Mi-24 helicopter was
// shot down" told by Russia's ministry, nor "an army helicopter was
// brought down, the military said". A side's name and its adjective
// share their first four letters ("Russia", "Russian"; "Turkey",
// "Turkish").
func otherCraft(before, side string) bool {
	if len(side) < 4 {
		return false
	}
	other := false
	eachWord(before, isWordGap, func(w string) bool {
		if nationalityWords[w] && !strings.HasPrefix(w, side[:4]) {
			other = true
			return false
		}
		return true
	})
	return other
}

// sharedSubject returns the subject of a sentence when the trigger at
// start is a verb joined by "and" to the verb before it and the nearest
// party, the actor eventParties found, is the object of a preposition in
// that verb's clause ("cut short a visit to the United States and
// warned"), else nil. The subject is the party that opens the sentence,
// maybe after a phrase of time.
func sharedSubject(s string, start int, actor *partyMention, parties []partyMention) *partyMention {
	if actor == nil || actor.End > start || !strings.HasSuffix(s[:start], " and ") || len(parties) == 0 {
		return nil
	}
	before := strings.TrimSuffix(strings.TrimSuffix(s[:actor.Start], "the "), "The ")
	if lw := lastWord(before); strings.Contains(lw, "-") && strings.ToLower(lw) != lw && lw != "" {
		// "by the Iraq-based rebel …": past where they are based.
		before = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(before, " "), lw), "the "), "The ")
	}
	owner := strings.HasPrefix(s[actor.End:], "'s ") || strings.HasPrefix(s[actor.End:], "’s ")
	if lw := strings.ToLower(lastWord(before)); !objectPrepositions[lw] && !accuseWords[lw] && !owner && !(lw == "by" && actsNouns[strings.ToLower(lastWord(strings.TrimSuffix(strings.TrimRight(before, " "), "by")))]) {
		// (but "accused India of provoking the clash and warned": India
		// is accused; "seized the army's headquarters … and took": the
		// army owns what was seized.)
		return nil
	}
	subj := openingSubject(s, parties)
	if subj == nil || subj == actor || subj.End > actor.Start || strings.ContainsAny(s[subj.End:start], ";:") || subj.Name == actor.Name {
		return nil
	}
	return subj
}

// openingSubject returns the first party of a sentence when it opens the
// sentence (past an opening adverbial) and names a side: the subject
// that verbs joined by "and" share.
func openingSubject(s string, parties []partyMention) *partyMention {
	if len(parties) == 0 {
		return nil
	}
	subj := &parties[0]
	if subj.Start > openingAdverbial(s)+30 || subj.Name == "" || subj.Name[0] == 0 || subj.Name == "civilians" {
		return nil
	}
	return subj
}

// sayerBefore returns the subject of a sentence that opens with a party
// saying something, when a statement's verb is joined to that saying by
// "and": "Hamas said Israel had overturned the ceasefire and urged
// mediators …", "A Chinese spokesman said on Friday …, and warned Hanoi".
func sayerBefore(s string, start int, parties []partyMention) *partyMention {
	if !strings.HasSuffix(s[:start], " and ") {
		return nil
	}
	subj := openingSubject(s, parties)
	if subj == nil || subj.End > start {
		return nil
	}
	gap := s[subj.End:start]
	k := strings.Index(gap, " said ")
	if k < 0 {
		k = strings.Index(gap, " says ")
	}
	if k < 0 || strings.ContainsAny(gap[:k], ",;:") || len(strings.Fields(gap[:k])) > 5 || strings.ContainsAny(gap[k:], ";:") {
		return nil
	}
	return subj
}

// actsNouns name an act whose doer "by" names inside an object ("crushed
// an incursion by the rebels and recaptured").
var actsNouns = wordSet("incursion incursions attack attacks offensive advance assault raid raids push")

// objectPrepositions, before a party, make it the object of a verb's
// phrase rather than a subject.
var objectPrepositions = wordSet("to with from in at on against into toward towards through across around behind past beyond near")

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// saysAfter reports whether the words after a party, before a comma and
// within a few words, are a verb of saying: " said", "'s defence
// ministry said".
func saysAfter(gap string) bool {
	gap = gap[:min(len(gap), 40)]
	if k := strings.IndexAny(gap, ",;"); k >= 0 {
		gap = gap[:k] + " " // "Turkey's military said, the first time": the verb before the comma
	}
	for _, v := range []string{" said ", " says ", " claimed ", " claims ", " announced ", " acknowledged ", " reported ", " confirmed ", " admitted "} {
		if strings.Contains(gap, v) || strings.HasSuffix(gap, v[:len(v)-1]+". ") || strings.HasSuffix(gap, v[:len(v)-1]+".") {
			return true // "..., Azerbaijan's military said.": the verb that ends the sentence
		}
	}
	return false
}

// speakerOfOwn returns the party whose own forces are the subject of the
// trigger at start ("its fighters had shot down") when it is the last
// party before them said to speak ("Pakistan said its fighters had",
// "Pakistan said its air force had bombed the Indian air base and that
// its fighters had", "Russia's defense ministry said its troops and
// separatist fighters had"), else nil.
func speakerOfOwn(s string, start int, parties []partyMention) *partyMention {
	before := s[tailWords(s, start, 7):start]
	if !strings.Contains(before, "its ") && !strings.Contains(before, "their ") && !strings.Contains(before, "Its ") && !strings.Contains(before, "Their ") {
		return nil
	}
	m := ownSubject.FindStringIndex(before)
	if m == nil {
		return nil
	}
	pron := start - len(before) + m[0]
	for i := len(parties) - 1; i >= 0; i-- {
		p := &parties[i]
		if p.End > pron {
			continue
		}
		if gap := s[p.End:pron]; strings.ContainsAny(gap, ";") || len(gap) > 160 {
			return nil
		}
		if saysAfter(s[p.End:pron]) {
			if p.Name == "" || p.Name[0] == 0 || p.Name == "civilians" {
				return nil
			}
			return p
		}
	}
	return nil
}

// sideBeforeMediator returns the party that is the subject of a truce
// named by its mediator right before the trigger at start ("Syria
// accepted a U.N. ceasefire"), or nil.
func sideBeforeMediator(s string, mediator *partyMention, start int, parties []partyMention) *partyMention {
	if mediator.End > start || len(strings.Fields(s[mediator.End:start])) > 2 {
		return nil
	}
	var best *partyMention
	for i := range parties {
		p := &parties[i]
		if p.End <= mediator.Start && !mediators[p.Name] && !strings.ContainsAny(s[p.End:mediator.Start], ",;:") {
			best = p
		}
	}
	return best
}

// mediators are the bodies that broker truces between sides without
// being a side to them.
var mediators = map[string]bool{"United Nations": true, "African Union": true, "European Union": true}

// struckWhere places an attack told in an "after" clause of a capture,
// entry or withdrawal, whose own clause names no place, where the town
// was taken or left: "Russian forces withdrew from Snake Island in the
// Black Sea on Thursday after a barrage of Ukrainian artillery and
// missile strikes" is an attack on Snake Island. One that names no side
// before a capture or entry is the taker's.
func struckWhere(sentence string, hits []eventHit) {
	for i := 1; i < len(hits); i++ {
		h, p := &hits[i], hits[i-1]
		if h.Action != ActionStrike || p.Action != ActionWithdraw && p.Action != ActionCapture && p.Action != ActionEnter || p.Place == nil {
			continue
		}
		k := strings.LastIndex(sentence[p.End:h.Start], " after ")
		if k < 0 || strings.ContainsAny(sentence[p.End+k:h.Start], ";:,") {
			continue
		}
		if h.Actor == nil && p.Actor != nil && p.Action != ActionWithdraw {
			// "captured the town on Friday after weeks of shelling": the
			// side that took it shelled it.
			a := *p.Actor
			h.Actor = &a
		}
		if h.Place != nil && strings.Contains(sentence[p.End+k:], h.Place.Text) {
			continue // "seized the town after air strikes on Kobo": its own place
		}
		pl := *p.Place
		h.Place = &pl
	}
}

// sameVictimActor gives an event of a sentence told without its actor
// ("two Moroccan military aircraft were shot down") the actor of the
// event before it in the sentence that struck the same side ("Polisario
// guerrillas attacked the Moroccan garrison ..., and two Moroccan
// aircraft were shot down"): one side's blows at the other, told in a
// row.
func sameVictimActor(sentence string, hits []eventHit) {
	for i := 1; i < len(hits); i++ {
		h := &hits[i]
		if h.Actor != nil || h.Target == nil || h.Target.Name == "" || h.Target.Name[0] == 0 || h.Action == ActionStatement || h.Action == ActionTalks || h.Action == ActionCeasefire {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := hits[j]
			if p.End > h.Start {
				continue // "a besieged camp abandoned": one phrase, two events
			}
			if strings.ContainsAny(sentence[p.End:h.Start], ";:") {
				break
			}
			if p.Actor == nil || p.Target == nil || p.Target.Name != h.Target.Name || p.Actor.Name == h.Target.Name || p.Actor.Name == "" || p.Actor.Name[0] == 0 {
				continue
			}
			a := *p.Actor
			h.Actor = &a
			break
		}
	}
}

// startedBy gives fighting told without a side ("Fighting broke out
// between Djiboutian and Eritrean troops") the side a clause after it
// says began it: "after Eritrean soldiers opened fire on Djiboutian
// positions".
func startedBy(sentence string, hits []eventHit, parties []partyMention) {
	for i := range hits {
		h := &hits[i]
		if h.Action != ActionStrike || h.Actor != nil || !hasAnyPrefix(strings.ToLower(sentence[h.Start:h.End]), "fighting", "clashes", "gunfight", "firefight") {
			continue
		}
		k := strings.Index(sentence[h.End:], " after ")
		if k < 0 || strings.ContainsAny(sentence[h.End:h.End+k], ";:") {
			continue
		}
		at := h.End + k + len(" after ")
		for _, p := range parties {
			if p.Start < at {
				continue
			}
			if gap := strings.TrimSpace(sentence[at:p.Start]); (gap == "" || strings.EqualFold(gap, "the")) && startedVerb.MatchString(sentence[p.End:]) {
				h.Actor = &Party{Text: p.Text, Name: p.Name}
			}
			break
		}
	}
}

// startedVerb matches the verb after a side that began fighting (see
// startedBy): "opened fire on", "attacked", "shelled".
var startedVerb = regexp.MustCompile(`^(?:\s+(?:troops|soldiers|forces|fighters|units))?\s+(?:had\s+)?(?:opened\s+fire|attacked|fired|shelled|ambushed|struck|launched|raided|crossed)\b`)

// downedRaiders places a shootdown that names no place of its own and
// downs some of the aircraft of a strike told before it in the sentence
// where the strike was: "Indian aircraft raided the Sargodha air base,
// and anti-aircraft gunners downed two of the attackers".
func downedRaiders(sentence string, hits []eventHit) {
	for i := 1; i < len(hits); i++ {
		h, p := &hits[i], hits[i-1]
		if h.Action != ActionShootdown || h.Place != nil || p.Action != ActionStrike || p.Place == nil {
			continue
		}
		if strings.ContainsAny(sentence[p.End:h.Start], ";:") || !hasAnyPrefix(strings.TrimLeft(sentence[h.End:], " "), raiderWords...) {
			continue
		}
		pl := *p.Place
		h.Place = &pl
		if h.Actor != nil && p.Actor != nil && h.Actor.Name == p.Actor.Name {
			h.Actor = nil // the raiders' side did not down its own
		}
	}
}

// raiderWords open the object of a shootdown that names the aircraft of
// a strike just told.
var raiderWords = []string{"the attackers", "the raiders", "the attacking", "one of the attack", "two of the attack", "three of the attack",
	"one of the raid", "two of the raid", "three of the raid", "one of the planes", "two of the planes", "one of the jets", "two of the jets",
	"one of the aircraft", "two of the aircraft", "one of them", "two of them", "three of them"}

// expelVerbs open a capture told as the defenders' expulsion ("drove
// Islamic State out of Rawa", "swept the militants from Jarabulus").
var expelVerbs = []string{"drove ", "driven ", "drives ", "driving ", "pushed ", "pushes ", "swept ", "sweeps ",
	"flushed ", "flushes ", "expelled ", "expels ", "ousted ", "ousts ", "chased ", "chases ", "routed "}

// expelledWithdrew adds to a capture told as an expulsion the withdrawal
// of the side expelled, from the same place: "Iraqi forces drove Islamic
// State out of Rawa" is also Islamic State's withdrawal from Rawa. The
// side is the party named between the verb and "out of" or "from"; with
// none named there nothing is added. The expelled side is never the
// capturing one.
func expelledWithdrew(sentence string, hits []eventHit, parties []partyMention) []eventHit {
	n := len(hits)
	for i := range n {
		h := hits[i]
		if h.Action != ActionCapture || h.Place == nil {
			continue
		}
		t := sentence[h.Start:h.End]
		if !hasAnyFoldPrefix(t, expelVerbs...) || !hasASCIIFoldSuffix(t, " out of") && !hasASCIIFoldSuffix(t, " from") {
			continue
		}
		var expelled *partyMention
		for k := range parties {
			if p := &parties[k]; p.Start > h.Start && p.End <= h.End {
				expelled = p
			}
		}
		if expelled == nil || startsAt(hits, expelled.Start) {
			continue
		}
		if h.Actor != nil && h.Actor.Name == expelled.Name {
			hits[i].Actor = nil // not the expelled side's capture
		}
		if a := hits[i].Actor; a != nil && (a.Name == "rebels" || a.Name == "militants") {
			// "Syrian rebels swept Islamic State out of Jarabulus": the
			// rebels' target is the side expelled, so that they are not
			// taken for it (see nameGenericActors).
			hits[i].Target = &Party{Text: expelled.Text, Name: expelled.Name}
		}
		pl := *h.Place
		hits = append(hits, eventHit{Start: expelled.Start, End: expelled.End, Action: ActionWithdraw,
			Actor: &Party{Text: expelled.Text, Name: expelled.Name}, Place: &pl})
	}
	if len(hits) > n {
		slices.SortFunc(hits, func(a, b eventHit) int { return a.Start - b.Start })
	}
	return hits
}

// startsAt reports whether a hit starts at start.
func startsAt(hits []eventHit, start int) bool {
	return slices.ContainsFunc(hits, func(h eventHit) bool { return h.Start == start })
}

// withdrawnFrom places a withdrawal told in an "after" or "before" clause
// of a capture or entry, whose own clause names no place, where the town
// was taken: "militants took control of Adan Yabaal in the Middle
// Shabelle region after government troops pulled out" is a withdrawal
// from Adan Yabaal, and so is "seized Adan Yabaal before withdrawing";
// so too one the capture forced ("overran a base in Marte, forcing
// soldiers to retreat").
func withdrawnFrom(sentence string, hits []eventHit) {
	for i := 1; i < len(hits); i++ {
		h, p := &hits[i], hits[i-1]
		if h.Action != ActionWithdraw || p.Action != ActionCapture && p.Action != ActionEnter || p.Place == nil {
			continue
		}
		between := sentence[p.End:h.Start]
		if h.Place != nil && towardsPlace(sentence, h.End, h.Place.Text) && !strings.ContainsAny(between, ";:") {
			// "Bara fell to the paramilitaries, ... soldiers had fallen
			// back towards El Obeid": El Obeid is where they went.
			pl := *p.Place
			h.Place = &pl
			continue
		}
		if (h.Place == nil || strings.Contains(between, h.Place.Text)) && strings.Contains(between, " and ") && !strings.ContainsAny(between, ";:") {
			// "overran the Rumangabo camp, one of the army's largest
			// bases in North Kivu, on Saturday, and soldiers pulled back
			// to the south": from where the capture was, not a place
			// told of the camp.
			pl := *p.Place
			h.Place = &pl
			continue
		}
		k := max(strings.LastIndex(between, " after "), strings.LastIndex(between, " before "))
		if k < 0 && forcedBefore(sentence[:h.Start]) {
			// "overran a base in Marte, forcing soldiers to retreat":
			// the retreat from where the capture was.
			k = max(strings.LastIndex(between, " forcing "), strings.LastIndex(between, " forced "), strings.LastIndex(between, " compelling "))
		}
		if k < 0 || strings.ContainsAny(between[k:], ";:") {
			continue
		}
		if h.Place != nil && strings.Contains(sentence[p.End+k:], h.Place.Text) {
			continue // "after troops pulled out of Kobo": its own place
		}
		pl := *p.Place
		h.Place = &pl
	}
}

// towardsPlace reports whether the place written as text comes right
// after "towards" or "toward" in s[end:], right after the trigger's "to"
// ("withdrew to Zuqar island"), or after "to positions south of": where
// a withdrawal went, not where it was from.
func towardsPlace(s string, end int, text string) bool {
	rest := s[end:min(len(s), end+80)]
	k := strings.Index(rest, text)
	if k < 0 {
		return false
	}
	before := strings.TrimSuffix(strings.TrimRight(rest[:k], " "), " the")
	return strings.HasSuffix(before, " towards") || strings.HasSuffix(before, " toward") || before == " to" || positionsOf.MatchString(before)
}

// containsAny reports whether s contains one of keys; no keys means yes.
func containsAny(s string, keys []string) bool {
	if len(keys) == 0 {
		return true
	}
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// placeAtOrAfter returns the place that holds s[i] or begins right after
// it, from places in order, or nil.
func placeAtOrAfter(places []placeHit, i int) *Place {
	for _, h := range places {
		if h.Start <= i && i < h.End || h.Start > i && h.Start <= i+2 {
			p := h.Place
			return &p
		}
	}
	return nil
}

// notRegionsOfTowns drops a region's name before "port of", "town of" and
// the like when the town's own name follows as a place: "the Black Sea
// port of Novorossiysk" is at Novorossiysk.
func notRegionsOfTowns(s string, places []placeHit) []placeHit {
	return dropPlaces(places, func(h placeHit) bool {
		j := regionTownOf(s, h.End)
		if j == 0 {
			return false
		}
		for _, q := range places {
			if q.Start == j {
				return true
			}
		}
		return false
	})
}

// notSeasLocating drops a sea, ocean or gulf named only to locate the
// island or town just before it: "the island of Greater Hanish in the Red
// Sea" is at Greater Hanish.
func notSeasLocating(s string, places []placeHit) []placeHit {
	if !strings.Contains(s, " Sea") && !strings.Contains(s, " Ocean") && !strings.Contains(s, "Gulf") {
		return places
	}
	return dropPlaces(places, func(h placeHit) bool {
		n := h.Place.Name
		if !strings.HasSuffix(n, " Sea") && !strings.HasSuffix(n, " Ocean") && !strings.HasPrefix(n, "Gulf ") && !strings.HasSuffix(n, " Gulf") {
			return false
		}
		for _, q := range places {
			if q.End < h.Start && q.Place.Name != n && !isCountry(q.Place.Name) {
				if gap := s[q.End:h.Start]; gap == " in the " || gap == " in " || gap == ", in the " || gap == " off the " {
					return true
				}
			}
		}
		return false
	})
}

// habitualAfter reports whether the words after a trigger say it happens
// again and again: "almost daily", "regularly", "since the war began".
func habitualAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	return hasAnyPrefix(after, "almost daily", "nearly daily", "daily", "every day", "regularly", "routinely", "frequently", "since ", "for weeks", "for months", "for years")
}

// besiegedHeld reports whether a withdrawal at [start, end) overlaps only
// sieges told inside it: "abandoned their besieged camp" is a siege and a
// withdrawal.
func besiegedHeld(hits []eventHit, action string, start, end int) bool {
	if action != ActionWithdraw {
		return false
	}
	for _, h := range hits {
		if start < h.End && h.Start < end && (h.Action != ActionSiege || h.Start <= start || h.End > end) {
			return false
		}
	}
	return true
}

func overlapsEvent(hits []eventHit, start, end int) bool {
	for _, h := range hits {
		if start < h.End && h.Start < end {
			return true
		}
	}
	return false
}

// ceasefireMade reports whether the words around a ceasefire say it was
// made: agreed, signed, declared, brokered, taking effect, or of a date
// ("a Jan. 12 ceasefire"). A truce
// named for what it is ("the truce", "a previous truce brokered by",
// "a ceasefire was the top priority") is no event.
func ceasefireMade(s string, start, end int) bool {
	from, to := max(0, start-80), min(len(s), end+90)
	for from > 0 && s[from-1] >= utf8.RuneSelf && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	before, after := s[from:start], s[end:to]
	if i := strings.LastIndexByte(before, ';'); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.IndexByte(after, ';'); i >= 0 {
		after = after[:i]
	}
	return mayMakeCeasefire(before) && ceasefireVerbs.MatchString(before) || mayMakeCeasefire(after) && ceasefireVerbs.MatchString(after) ||
		strings.ContainsAny(before, "0123456789'’") && datedBefore.MatchString(before)
}

// agreedHalt reports whether a ceasefire trigger is an agreement to halt
// the fighting ("agreed on Thursday to halt its offensive"), which makes
// the truce it states.
func agreedHalt(trigger string) bool {
	return len(trigger) > 6 && (strings.EqualFold(trigger[:6], "agreed") || strings.EqualFold(trigger[:6], "signed")) ||
		hasASCIIFoldPrefix(trigger, "hostilities")
}

// mayMakeCeasefire reports whether s holds a stem of ceasefireVerbs: a
// cheap test that spares the regexp most windows.
func mayMakeCeasefire(s string) bool {
	for _, k := range []string{"agree", "sign", "effect", "force", "hold", "brokered", "reached", "declared", "announced", "accept", "struck", "begin", "began", "start",
		"collapse", "extend", "broke", "breaking", "initial", "order", "approv"} {
		if containsFold(s, k) {
			return true
		}
	}
	return false
}

// datedBefore matches a date just before a ceasefire: "a Jan. 12
// ceasefire", "the 2020 truce".
var datedBefore = regexp.MustCompile(`(?i)(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b(?:19|20)\d\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\s+(?:[\w-]+\s+){0,2}$`)

// ceasefireVerbs are the words that make a ceasefire.
var ceasefireVerbs = regexp.MustCompile(`(?i)\b(?:agree[ds]?|agreeing|sign(?:ed|s|ing)?|(?:took|take|takes|taking|went|go|goes|going|come|came|comes|coming|entered|enters)\s+(?:into\s+)?(?:effect|force|hold)|in\s+(?:effect|force)|(?:brokered|reached|declared|announced|struck)\s+(?:a|an)|accepted|accepts|(?:approv(?:ed|es|ing)|voted\s+to\s+approve)\s+(?:a|an|the)|(?:declared|announced)\s+the|(?:been|was|were)\s+(?:brokered|reached|declared|announced|struck)|(?:begins|began|started|starts)\s+at|(?:began|begun|started)\s+(?:on|early|late|overnight|today|yesterday|at\s+midnight|a|an|the|their|its)|` +
	// A ceasefire that ended, was kept longer or was broken was made.
	`collapsed|collapses|(?:extend|extends|extended|extending)\s+(?:the|their|its|a)|broke|broken|breaking|initial(?:l?ed)|(?:declared|announced)\s+(?:by|in|on|last)|` +
	// A side that ordered its forces to observe a ceasefire declared it.
	`(?:ordered|orders)\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:observe|respect|abide\s+by))\b`)

// hedged reports whether one of the three words before a trigger makes it
// hypothetical or negated. "From" before a name does not ("forces from
// Crimea captured": where the forces came from), as it does before a
// gerund ("kept them from capturing") or an adjective ("withdrew from
// the besieged town").
// notHeldBefore reports whether the words before talks or a ceasefire
// deny that they were held or agreed: "have not held direct talks", "had
// never held talks", "did not agree to a ceasefire", "have yet to reach a
// truce".
func notHeldBefore(before string) bool {
	if !strings.Contains(before, "not") && !strings.Contains(before, "never") && !strings.Contains(before, "n't") &&
		!strings.Contains(before, "n’t") && !strings.Contains(before, "yet") {
		return false // (most: a cheap test before the words are split)
	}
	words := strings.Fields(strings.ToLower(before))
	for i := len(words) - 1; i >= 0 && i >= len(words)-6; i-- {
		w := strings.Trim(words[i], ",;:\"“”")
		if w != "not" && w != "never" && !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "n’t") && !(w == "to" && i > 0 && words[i-1] == "yet") {
			continue
		}
		if i+1 >= len(words) {
			return true // "have never held talks": the verb opens the trigger
		}
		switch strings.Trim(words[i+1], ",") {
		case "held", "hold", "holding", "agree", "agreed", "reach", "reached", "sign", "signed", "accept", "accepted", "opened", "open", "begun", "begin", "started", "start":
			return !strings.ContainsAny(strings.Join(words[i+1:], " "), ",;")
		}
		return false
	}
	return false
}

func hedged(before string, level hedge) bool {
	if level == hedgeNone {
		return false
	}
	fromName := level == hedgeAll && strings.Contains(before, "from ") && fromNamed.MatchString(before)
	// "Forces loyal to Muammar Gaddafi captured": whom the forces serve,
	// not an act to come.
	toAttached := false
	if k := strings.LastIndex(before, " to "); k > 0 && level == hedgeAll {
		w, _ := wordBefore(before, k+1)
		toAttached = attachedTo[strings.ToLower(w)]
	}
	// "GAZA, May 21 (Reuters) - A ceasefire": the month, not the verb.
	month := strings.Contains(before, "May ") && mayMonth.MatchString(before)
	hedge := func(w []byte) bool {
		return bytes.HasSuffix(w, []byte("n't")) || bytes.HasSuffix(w, []byte("n'")) ||
			hedgesStrong[string(w)] && !(month && string(w) == "may") ||
			(level == hedgeAll && hedgesAll[string(w)] && !(fromName && string(w) == "from") && !(toAttached && string(w) == "to"))
	}
	var t fieldTail
	if t.read(before, 3, isHedgeSep) {
		for k := 0; k < t.n; k++ {
			if hedge(t.word(k)) && !(k+1 < t.n && begunTo(t.word(k), t.word(k+1))) {
				return true
			}
			if k > 0 && plannedTo[string(t.word(k))] && string(t.word(k-1)) == "to" {
				return true // "Kyiv plans to launch a counteroffensive"
			}
		}
		return false
	}
	words := lastFields(before, 3, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		if hedge([]byte(words[i])) && !(i > 0 && begunTo([]byte(words[i]), []byte(words[i-1]))) {
			return true
		}
		if i+1 < len(words) && plannedTo[words[i]] && words[i+1] == "to" {
			return true
		}
	}
	return false
}

// warnHaltKeys and foeKeys are cheap tests that spare warnedOrHalted and
// opponentsBefore the split of the words of most texts.
var (
	warnHaltKeys = []string{"warn", "halt", "end to", "stop to", "suspension", "cessation", "moratorium"}
	foeKeys      = []string{"battling ", "fighting ", "combat", "confronting "}
)

// warnedOrHalted reports whether the words right before a trigger warn of
// it or offer to stop it: "warned of fresh attacks on Marib", "warned that
// an attack on Marib could", "offered a three-day halt to missile and
// drone attacks", "an end to the shelling".
func warnedOrHalted(before string) bool {
	tail := before[max(0, len(before)-60):]
	if !containsAny(tail, warnHaltKeys) {
		return false // (spares the words' split most triggers)
	}
	w := lastWords(before, 6)
	for i := range w {
		a := strings.ToLower(w[i])
		b := ""
		if i+1 < len(w) {
			b = strings.ToLower(w[i+1])
		}
		switch {
		case (a == "warned" || a == "warns" || a == "warning" || a == "warn") && (b == "of" || b == "that" || b == "against"):
			return true
		case (a == "halt" || a == "end" || a == "stop") && b == "to" || a == "halt" && b == "of" || (a == "suspension" || a == "cessation") && b == "of" ||
			a == "moratorium" && b == "on":
			// (Not "by the end of the year".)
			return true
		}
	}
	return false
}

// awaitedUntil reports whether the trigger after before is told in an
// "until" clause of something that will not happen before it: "there was
// no room for talks until a ceasefire was declared", "there would be no
// talks … until Serbian forces withdrew" (not "they held the town until
// government forces recaptured it").
func awaitedUntil(before string) bool {
	k := strings.LastIndex(before, " until ")
	if k < 0 || len(before)-k > 40 || strings.ContainsAny(before[k:], ",;") {
		return false
	}
	clause := before[:k]
	if j := strings.LastIndexAny(clause, ",;"); j >= 0 {
		clause = clause[j+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		switch w {
		case "no", "not", "never", "would", "will", "won't", "wouldn't", "refused", "refuses", "ruled":
			return true
		}
	}
	return false
}

// plannedTo are the words that, before "to", tell an act meant or
// awaited rather than done: "plans to launch", "is expected to launch".
var plannedTo = wordSet("plans plan planned planning intends intend intended intending expected expects aims aim aiming vowed vows vow pledged pledges promised promises hopes hoped wants wanted threatens threatened")

// attachedTo are the words before "to" that tell whom a force serves or
// belongs to ("loyal to", "allied to", "affiliated to").
var attachedTo = wordSet("loyal allied affiliated aligned linked close belonging attached")

// mayMonth matches the month of May with its day in the last words
// before a trigger.
var mayMonth = regexp.MustCompile(`\bMay\s+\d{1,2}\b[^.;]{0,30}$`)

// fromNamed matches the end of the text before a trigger that names
// where its side came from: "forces from Nagorno-Karabakh".
var fromNamed = regexp.MustCompile(`\bfrom\s+\p{Lu}[\pL'’-]*(?:\s+\p{Lu}[\pL'’-]*)?\s+$`)

// airspaceAfter reports whether what an entry entered is an airspace:
// "entered its airspace", "entered Polish air space".
func airspaceAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	for range 3 {
		if hasASCIIFoldPrefix(after, "airspace") || hasASCIIFoldPrefix(after, "air space") {
			return true
		}
		k := strings.IndexByte(after, ' ')
		if k < 0 || strings.ContainsAny(after[:k], ",;.") {
			return false
		}
		after = after[k+1:]
	}
	return false
}

// stormsNoun reports whether the trigger at [start, end) is "storms" the
// noun: it opens the sentence, or follows an article or a word for
// weather ("heavy storms", "the storms").
func stormsNoun(s string, start, end int) bool {
	if !strings.EqualFold(s[start:end], "storms") {
		return false
	}
	w := lastWords(s[:start], 1)
	if len(w) == 0 {
		return true
	}
	switch strings.ToLower(w[0]) {
	case "the", "a", "heavy", "severe", "winter", "tropical", "violent", "of", "and", "after", "by", "dust", "snow", "sand", "ice", "thunder":
		return true
	}
	return false
}

// casualtiesMoved reports whether a passive move at s[start:] ("had been
// flown to", "were rushed to") has the hurt, the dead or their bodies as
// its subject: "Two of the wounded had been flown to Cucuta", "the
// injured were airlifted to Kabul", "The bodies were flown to Bamako".
func casualtiesMoved(s string, start int) bool {
	if !slices.ContainsFunc([]string{"were ", "was ", "had been ", "have been ", "has been "}, func(p string) bool {
		// (Or before it: "The wounded were flown by helicopter".)
		return hasASCIIFoldPrefix(s[start:], p) || strings.HasSuffix(s[:start], p) && start > len(p) && s[start-len(p)-1] == ' '
	}) {
		return false
	}
	clause := s[:start]
	if k := strings.LastIndexAny(clause, ",;:.\""); k >= 0 {
		clause = clause[k+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		if movedCasualties[strings.Trim(w, "'’")] {
			return true
		}
	}
	return false
}

// movedCasualties are the people a medical evacuation or transfer moves.
var movedCasualties = wordSet("wounded injured hurt dead bodies body remains casualties victims survivors evacuees patients sick")

// evacuatedCasualties reports whether an evacuation at the start of s
// moves the wounded or the dead: "evacuating wounded soldiers",
// "evacuated the injured", "evacuate casualties".
func evacuatedCasualties(s string) bool {
	if !hasASCIIFoldPrefix(s, "evacuat") {
		return false // (most withdrawals: before the words are split)
	}
	w := strings.Fields(strings.ToLower(s[:min(len(s), 60)]))
	if len(w) < 2 {
		return false
	}
	for _, x := range w[1:min(len(w), 4)] {
		if movedCasualties[strings.Trim(x, ",.;:'’")] {
			return true
		}
	}
	return false
}

// deployedSince reports whether a deployment is told in the perfect over
// a span that began long before: "has moved two divisions to the western
// frontier since the spring", "have deployed troops along the border
// since 2014".
func deployedSince(s string, start, end int) bool {
	w := lastWords(s[:start], 2)
	if len(w) == 0 || !(w[len(w)-1] == "has" || w[len(w)-1] == "have" || len(w) == 2 && (w[0] == "has" || w[0] == "have") && strings.HasSuffix(w[1], "ly")) {
		return false
	}
	rest := s[end:]
	if k := strings.IndexAny(rest, ",;:"); k >= 0 {
		rest = rest[:k]
	}
	return sinceLong.MatchString(rest)
}

// sinceLong matches a span that began months or years before: "since the
// spring", "since 2014", "since March", "since the start of the war".
var sinceLong = regexp.MustCompile(`(?i)\bsince\s+(?:the\s+(?:spring|summer|autumn|fall|winter|start|beginning|outbreak)\b|(?:19|20)\d\d\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|last\s+(?:year|spring|summer|autumn|winter)\b)`)

// habitualCount reports whether a strike is told as a tally over a span in
// the perfect: "has carried out hundreds of strikes in Syria since",
// "has attacked dozens of merchant vessels since November".
func habitualCount(s string, start, end int) bool {
	var t fieldTail
	if !t.read(s[:start], 2, isASCIISpace) || t.n == 0 {
		return false
	}
	perfect := func(w []byte) bool { return string(w) == "has" || string(w) == "have" }
	if !perfect(t.word(0)) && !(t.n > 1 && bytes.HasSuffix(t.word(0), []byte("ly")) && perfect(t.word(1))) {
		return false
	}
	rest := s[start:]
	if k := strings.IndexAny(rest[end-start:], ",;:"); k >= 0 {
		rest = rest[:end-start+k]
	}
	lower := strings.ToLower(rest)
	return strings.Contains(lower, " since ") && (strings.Contains(lower, "dozens of") || strings.Contains(lower, "hundreds of") ||
		strings.Contains(lower, "thousands of") || strings.Contains(lower, "scores of"))
}

// siegeBefore reports whether a siege trigger tells a siege that came
// before the event of its clause: "after a three-month siege", "ending a
// 52-day siege".
func siegeBefore(trigger string) bool {
	return hasAnyFoldPrefix(trigger, "after ", "following ", "ending ", "ended ")
}

// siegeOfSpan matches a siege told by its length: "siege of more than a
// year", "a siege of 12 days".
var siegeOfSpan = regexp.MustCompile(`^(?i)siege\s+of\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\d+)\s+(?:days?|weeks?|months?|years?)\b`)

// forcesAfter matches the force a town fell to: "fell to Taliban
// fighters", "fell to the paramilitary troops".
var forcesAfter = regexp.MustCompile(`^\s+(?:the\s+)?(?:[\pL'’-]+\s+){0,2}?(?:soldiers|troops|fighters|militants|rebels|forces|insurgents|jihadists|militiamen|militias?|paramilitaries|guerrillas)\b`)

// fellToForces reports whether a capture told as "fell to" (or "falls
// to", "fallen to") names the forces it fell to, which are the capture's
// side, not people captured.
func fellToForces(trigger, after string) bool {
	return (hasASCIIFoldPrefix(trigger, "fell") || fallsTo(trigger) || hasASCIIFoldPrefix(trigger, "surrendered")) && forcesAfter.MatchString(after)
}

// vowedConjunctRe matches a clause that vows or plans to do something
// and goes on to a second bare verb: "vowed on Thursday to break the
// siege of El Fasher and".
var vowedConjunctRe = regexp.MustCompile(`(?i)\b(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|threaten(?:ed|s)?|intend(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|vowing|pledging|threatening)\s+(?:[\w’'.-]+\s+){0,3}?to\s+[^,;:]*\sand\s+$`)

// vowedConjunct reports whether the trigger at [start, end) is a bare verb
// joined by "and" to one a side vowed or planned to do (see
// vowedConjunctRe): "retake" in "vowed to break the siege and retake the
// city", not "captured" in "vowed to fight on and captured".
func vowedConjunct(s string, start, end int) bool {
	before := s[tailWords(s, start, 16):start]
	if !strings.HasSuffix(before, " and ") {
		return false
	}
	w := strings.ToLower(firstWordOf(s[start:end]))
	if w == "" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pastForms[w] {
		return false
	}
	return vowedConjunctRe.MatchString(before)
}

// pastForms are irregular past tenses of the verbs that state events.
var pastForms = wordSet("took retook overran drove fell struck shot withdrew fled broke swept rode overtook " +
	"began sent flew hit led won beat forced")

// whetherBefore reports whether the words before a trigger ask whether it
// happened: "whether" opens its clause within them, and no comma, "when",
// "after", "as" or "because" opens another before the trigger ("not
// clear whether anyone died when missiles struck" tells the strike).
func whetherBefore(before string) bool {
	k := strings.LastIndex(strings.ToLower(before), "whether ")
	if k < 0 || k > 0 && isASCIILetter(before[k-1]) {
		return false
	}
	rest := before[k+len("whether "):]
	if strings.ContainsAny(rest, ",;:") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		switch w {
		case "when", "after", "as", "because", "and", "but", "while", "since":
			return false
		}
	}
	return true
}

// talksOfferedRe matches the words before talks that offer them: "has
// invited Yandarbiyev to", "was ready to send his foreign minister to New
// Delhi", within a clause.
var talksOfferedRe = regexp.MustCompile(`(?i)\b(?:ready|willing|prepared|offered|offers|offering|invited|invites|inviting)\s+(?:[\w’'.-]+\s+){0,10}$`)

// talksOffered reports whether the words before talks offer them rather
// than tell them held (see talksOfferedRe).
func talksOffered(before string) bool {
	if !containsFold(before, "ready") && !containsFold(before, "willing") && !containsFold(before, "prepared") &&
		!containsFold(before, "offer") && !containsFold(before, "invit") {
		return false
	}
	return talksOfferedRe.MatchString(before)
}

// calledThe reports whether a statement is told as "called the strikes
// an act of war" rather than "called for".
func calledThe(t string) bool {
	i := strings.IndexByte(t, ' ')
	return i > 0 && (strings.EqualFold(t[:i], "called") || strings.EqualFold(t[:i], "calls")) && !hasAnyPrefix(strings.ToLower(t[i+1:]), "on", "for")
}

// titleWord reports whether the trigger at [start, end) is a capitalised
// word inside a run of them, past the sentence's first word: part of a
// title or name ("Russian Offensive Campaign Assessment").
func titleWord(s string, start, end int) bool {
	if start == 0 || !isASCIIUpper(s[start]) || strings.TrimSpace(s[:start]) == "" {
		return false
	}
	n := end + spaceRun(s[end:])
	return n > end && n < len(s) && isASCIIUpper(s[n]) && !dayWord(firstWordOf(s[n:]))
}

// firstWordOf returns the letters that open s.
func firstWordOf(s string) string {
	e := 0
	for e < len(s) && isASCIILetter(s[e]) {
		e++
	}
	return s[:e]
}

// toWithdraw reports whether a withdrawal is told as "troops to flee",
// "fighters to withdraw": made only when they were forced to (see
// forcedBefore).
func toWithdraw(t string) bool {
	i := strings.IndexByte(t, ' ')
	return i > 0 && strings.HasPrefix(t[i:], " to ")
}

// forcedBefore reports whether the words before "troops to flee" force
// them to: "forcing Congolese troops to flee", "forced government
// soldiers to withdraw", within three words.
func forcedBefore(before string) bool {
	for _, w := range lastWords(before, 3) {
		if forcingWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// forcingWords make the withdrawal after them one that was made.
var forcingWords = wordSet("forcing forced forces compelling compelled")

// begunWords, before "to", tell an action that was under way or made,
// not one intended: "troops began to withdraw", "were forced to pull
// back", "managed to retake".
var begunWords = map[string]bool{
	"began": true, "begun": true, "started": true, "continued": true, "forced": true, "managed": true,
	// "claimed to have retaken", "is said to have captured": told as done.
	"claimed": true, "claims": true, "claiming": true, "said": true, "reported": true, "believed": true,
}

// begunTo reports whether the hedge word w is a "to" after one of
// begunWords (prev, the word before it).
func begunTo(w, prev []byte) bool {
	return string(w) == "to" && begunWords[strings.ToLower(string(prev))]
}

// passiveAux are the auxiliaries that make the following participle passive.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "got": true}

// agentAfter matches "by" or "blamed on" introducing the actor
// after a trigger, maybe with an indefinite article before the actor's
// weapon or the actor's article: "was struck by a Houthi missile", "hit
// by an Israeli drone", "was hit by the rebels".
var agentAfter = mustPhraseMatcher(`(?i)^[^.;]{0,40}?\b(?:by|blamed\s+on)\s+(?:an?\s+|the\s+)?(?:(?:(?:estimated|some|about|around|nearly)\s+)?(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?(?:(?-i:\p{Lu})[\pL-]*\s+)?$`)

// craftOfAgent matches the words between "by" and the party whose craft
// they name: "hit by Hunter and Canberra jets of the Rhodesian Air
// Force", "by MiG-21s of the Indian air force" name the force that struck.
var craftOfAgent = regexp.MustCompile(`^\s+(?:(?:an?|two|three|several)\s+)?(?:\p{Lu}[\w-]*\s+(?:and\s+\p{Lu}[\w-]*\s+)?)?(?:jets|warplanes|bombers|planes|aircraft|drones|helicopters|gunships|missiles|fighters|fighter\s+jets|[\w-]+s)\s+of\s+(?:the\s+)?$`)

// countWords are the counts in words agentGap reads before an agent.
var countWords = wordSet("two three four five six seven eight nine ten several")

// agentGap is agentAfter.MatchString(gap). Every match ends in "by" or
// "on" (in any case), maybe "a" or "an", and white space: the gaps that do
// not, nearly all, are told so without the pattern.
// countryPossessive reports whether gap is a country's name with "'s", the
// country of the agent after it: "attacked by Yemen's Houthis".
func countryPossessive(gap string) bool {
	t := strings.TrimSpace(gap)
	name := trimPossessive(t)
	return len(name) < len(t) && countryAlias(name)
}

func agentGap(gap string) bool {
	t := strings.TrimRight(gap, " \t\n\f\r")
	if len(t) == len(gap) || len(t) < 2 {
		return false
	}
	if c := t[len(t)-1]; c >= '0' && c <= '9' {
		// "by an estimated 20,000": the count and its hedge.
		t = strings.TrimRight(strings.TrimRight(t, "0123456789,"), " ")
		for _, w := range []string{" estimated", " some", " about", " around", " nearly"} {
			if len(t) > len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
				t = strings.TrimRight(t[:len(t)-len(w)], " ")
				break
			}
		}
	}
	if k := strings.LastIndexByte(t, ' '); k >= 0 && countWords[strings.ToLower(t[k+1:])] {
		// "by an estimated four Chinese divisions": the count in words.
		t = strings.TrimRight(t[:k], " ")
		for _, w := range []string{" estimated", " some", " about", " around", " nearly"} {
			if len(t) > len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
				t = strings.TrimRight(t[:len(t)-len(w)], " ")
				break
			}
		}
	}
	if k := strings.LastIndexByte(t, ' '); k >= 0 && k+1 < len(t) && t[k+1] >= 'A' && t[k+1] <= 'Z' {
		// "an attack by Chadian rebels", "an ambush by Islamist
		// militants": the word that tells who they are.
		t = strings.TrimRight(t[:k], " ")
	}
	for _, a := range []string{" a", " an", " the"} {
		if len(t) > len(a) && strings.EqualFold(t[len(t)-len(a):], a) {
			t = strings.TrimRight(t[:len(t)-len(a)], " \t\n\f\r")
			break
		}
	}
	if len(t) < 2 {
		return false
	}
	a, b := lowerByte[t[len(t)-2]], lowerByte[t[len(t)-1]]
	if !(a == 'b' && b == 'y' || a == 'o' && b == 'n') {
		return false
	}
	return agentAfter.MatchString(gap)
}

// eventParties picks the actor and target of the trigger at [start, end).
// The actor is a party right before the trigger ("Turkish drone strikes"),
// else the agent after it ("attacks by Israeli warplanes", "an air strike
// blamed on Damascus"), else the nearest party before it; in the passive
// ("were besieged by") the party before is the target. The target is
// otherwise the first party after the trigger.
func eventParties(s string, start, end int, parties []partyMention) (actor, target *partyMention) {
	// The two words before the trigger, the last first.
	var before fieldTail
	if !before.read(s[:start], 2, isASCIISpace) {
		before.words = lastWords(s[:start], 2)
		before.n = len(before.words)
	}
	var buf [32]byte
	first, fell := triggerWord(s[start:end], &buf)
	participle := bytes.HasSuffix(first, []byte("ed")) || bytes.HasSuffix(first, []byte("en")) || participles[string(first)]
	passive := false
	for k := 0; k < before.n; k++ {
		if w := before.word(k); passiveAux[string(w)] && participle && !(string(w) == "is" && strings.Contains(" "+s[tailWords(s, start, 2):start], " IS ")) {
			passive = true // (not "IS fighters entered": Islamic State's)
		}
	}
	// A trigger that ends in "by" ("was hit by") is passive, and the
	// party right after it is the agent.
	byAgent := endsWithBy(s[start:end])
	// "Mortar bombs fired by rebels": the munitions' passive, whose
	// agent follows.
	firedBy := strings.HasSuffix(s[start:end], " fired") && strings.HasPrefix(s[end:], " by ")
	// "Israeli F-16 downed by Syrian fire", "a convoy ambushed by
	// militants": a participle with its agent after it, without an
	// auxiliary, as headlines and clauses tell it.
	firedBy = firedBy || participle && strings.HasPrefix(s[end:], " by ") && !fell
	// "remained under siege by North Vietnamese troops": the besiegers
	// are the agent after it.
	underSiege := hasASCIIFoldPrefix(s[start:end], "under siege")
	// "Canadian positions came under mortar fire": the subject is
	// struck; who fired is the agent after it ("fire from Russian
	// forces"), if it is told.
	under := cameUnder(s[start:end])
	passive = passive || byAgent || firedBy || underSiege || under || participle && elidedPassive(s[:start])
	noun := nounTriggers[string(first)] && !(before.n > 0 && string(before.word(0)) == "to") &&
		// "was still shelling villages": a verb in the progressive.
		!(bytes.HasSuffix(first, []byte("ing")) && before.n > 0 && progressiveWords[strings.ToLower(string(before.word(0)))])
	agentOK := passive || noun
	var prev, beforePrev, adjacent, agent, next *partyMention
	foeEnd := 0 // the end of the foe the actor is told fighting
	for i := range parties {
		p := &parties[i]
		switch {
		case p.Start < start && p.End > start, p.Start == start && p.End < end: // "Turkish drone" + "drone strikes"; "Israeli strikes"
			prev, adjacent = p, p
		case p.End <= start:
			foe := prev != nil && (opponentsBefore(s, p.Start) || foeEnd > 0 && foeEnd <= p.Start && strings.TrimSpace(s[foeEnd:p.Start]) == "")
			if foe {
				// "Government troops battling Islamic State captured": the
				// foe is not the actor ("fighting Kurdish militants", all
				// of it).
				foeEnd = p.End
				continue
			}
			if prev != nil && (supportersBefore(s, p.Start) || servingWith(s, p.Start) || carriedIn(s, p.Start)) {
				continue // "its forces, backed by Rwandan troops, ambushed": the supporters are not the actor
			}
			if prev != nil && ownsPlaceAfter(s, p.End) {
				continue // "seized Nyala, Sudan's second-largest city, … and took": a place's country, not an actor
			}
			if prev != nil && countryAsPlace(s, p) {
				continue // "rolled into … Marjayoun in south Lebanon on Thursday and took over": where, not who
			}
			if prev == nil || strings.TrimSpace(s[prev.End:p.Start]) != "" {
				beforePrev = prev // ("Palestinian militants" are one group)
			}
			prev = p
			if gap := strings.TrimSpace(s[p.End:start]); gap == "" || gap == "'s" || gap == "’s" || noun && weaponGap(gap) {
				// (And "a Russian glide bomb attack": the weapon between
				// the side and its attack.)
				adjacent = p
			}
		case p.Start >= end:
			gap := s[end:p.Start]
			// ("attacked by Yemen's Houthis": the group after the country
			// is the agent.)
			ownedAgent := i+1 < len(parties) && countryPossessive(s[p.Start:parties[i+1].Start])
			// ("by Yemen's Houthis", or "Yemen's Houthis" after a trigger
			// that ends in "by": the group the country owns.)
			owner, by := strings.CutPrefix(strings.TrimSpace(gap), "by ")
			ownedBy := (by || byAgent) && countryPossessive(owner)
			if agent == nil && agentOK && !ownedAgent && (agentGap(gap) || ownedBy || byAgent && (strings.TrimSpace(gap) == "" || strings.EqualFold(strings.TrimSpace(gap), "the") || craftOfAgent.MatchString(gap)) || under && fromAgent(gap)) {
				agent = p
			}
			if next == nil && len(gap) <= 60 && !strings.ContainsAny(gap, ",;:()–—") {
				next = p
			}
		}
	}
	switch {
	case fell: // "Bakhmut fell to Russian forces"
		actor, target = next, prev
	case passive && deployWords[string(first)]:
		// "Turkish troops were deployed": the troops' side deployed them.
		actor = prev
	case passive && agent == nil && withdrawnWords[string(first)] && prev != nil && strings.TrimSpace(s[prev.End:start]) != "" && !strings.ContainsAny(s[prev.End:start], ",;:"):
		// "All Rhodesian forces had been withdrawn": the forces' side
		// withdrew them.
		actor = prev
	case passive && agent == nil && prev != nil && interceptWords[string(first)] && speakerGap.MatchString(s[prev.End:start]):
		// "The Israeli military said 99% of the projectiles had been
		// intercepted": the side that tells of its interceptions made them.
		actor = prev
	case passive && agent == nil && interceptWords[string(first)]:
		// "India's army said Pakistani drones were sighted and that
		// several were shot down", "two were intercepted, the military
		// said": so too when another party comes between; without one,
		// as any passive without its agent.
		if actor = interceptSpeaker(s, start, end, parties); actor == nil {
			target = prev
		} else if prev != nil && prev.Name != actor.Name && prev.End <= start && craftBetween(s[prev.End:start]) {
			// "Two Russian Su-34 fighter-bombers were shot down …,
			// Ukraine's military claimed": the craft's nation lost them.
			target = prev
		}
	case passive:
		actor, target = agent, prev
		if actor == nil {
			// "was struck by two anti-ship missiles fired by Yemen's
			// Houthis": the agent of the weapon's firing.
			actor = firedByAgent(s, end, parties)
		}
	case adjacent != nil:
		actor, target = adjacent, next
	case agent != nil:
		actor, target = agent, prev
	case beforePrev != nil && gapBeforeTrigger(inTheGap, s, prev.End, start, end) && killedGap.MatchString(s[beforePrev.End:prev.Start]):
		// "Nigerian troops killed 11 insurgents in a counterattack": the
		// killers made it, on those they killed.
		actor, target = beforePrev, prev
	case noun && prev != nil && (lightVerbGap.MatchString(s[prev.End:start]) || accusedOf(s, prev, start) ||
		gapBeforeTrigger(killedInGap, s, prev.End, start, end) && !passiveHarmGap(s[prev.End:start]) ||
		gapBeforeTrigger(endedRaidGap, s, prev.End, start, end) && !strings.HasPrefix(s[end:], " by ")):
		// "Ukraine carried out a drone attack", "Pakistan said it had
		// launched retaliatory strikes": the subject made the attack.
		actor, target = prev, next
	case noun:
		target = next
		if target == nil {
			target = prev
		}
	default:
		actor, target = prev, next
	}
	if actor != nil && !passive {
		actor = firstConjunct(s, actor, parties)
	}
	if actor != nil && !passive && actor.End <= start {
		// "NATO's Mark Rutte, who met a South Korean delegation on
		// Monday, called the deployment ...": a party of the relative
		// clause is not the subject.
		seg := s[:actor.Start]
		if k := max(strings.LastIndex(seg, ", who "), strings.LastIndex(seg, ", which ")); k >= 0 &&
			!strings.ContainsAny(s[k+2:actor.Start], ",;") && strings.Contains(s[actor.End:start], ",") && !strings.ContainsAny(s[actor.End:start], ";") {
			actor = partyBefore(parties, k)
		}
	}
	if actor != nil && !passive && actor == prev && actor != adjacent && (opposedObject(s, actor, start) || invadedObject(s, actor, start)) {
		// ("Iraqi troops invaded Kuwait before dawn and seized the
		// emir's palace": the country invaded is the first verb's
		// object.)
		// "Croatian troops launched an offensive against rebel Serbs,
		// seizing the airfield": the side fought against is the object of
		// the first clause; the subject before it took the airfield.
		if p := partyBefore(parties, actor.Start); p != nil {
			actor = p
		}
	}
	if actor != nil && actor.Name == "civilians" && actor.End <= start {
		// "the paramilitary had killed dozens of civilians after storming
		// the town": civilians are whom a side acts on, not a side; the
		// actor is the party before them.
		actor = partyBefore(parties, actor.Start)
	}
	if actor != nil && target != nil && (actor.Start == target.Start || actor.Name == target.Name) {
		target = nil // one party does not act on itself
	}
	return actor, target
}

// firedByAgent returns the party named right after "fired by" or
// "launched by" within a few words after s[:end], or nil.
func firedByAgent(s string, end int, parties []partyMention) *partyMention {
	rest := s[end:min(len(s), end+90)]
	for _, by := range []string{" fired by ", " launched by "} {
		k := strings.Index(rest, by)
		if k < 0 || strings.ContainsAny(rest[:k], ",;") {
			continue
		}
		at := end + k + len(by)
		for i := range parties {
			if p := &parties[i]; p.Start >= at && p.Start <= at+len("yemen's ") {
				if i+1 < len(parties) && countryPossessive(s[p.Start:parties[i+1].Start]) {
					return &parties[i+1] // "fired by Yemen's Houthis": the group
				}
				return p
			}
		}
	}
	return nil
}

// invadedObject reports whether the party p before the trigger at start is
// the object of a verb of entering or attacking in a clause the trigger's
// verb is joined to by "and": "Israeli troops entered Lebanon on Monday and
// captured the village of Khiam".
func invadedObject(s string, p *partyMention, start int) bool {
	if tail := s[max(0, p.Start-10):p.Start]; !strings.Contains(tail, "ed ") && !strings.Contains(tail, "into ") {
		return false // (spares the words' split most parties)
	}
	w := lastWords(s[:p.Start], 1)
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "invaded", "entered", "attacked", "stormed", "shelled", "bombed", "raided", "into":
	default:
		return false
	}
	gap := s[p.End:start]
	k := strings.LastIndex(gap, " and ")
	return k >= 0 && len(gap) <= 120 && !strings.ContainsAny(gap[:k], ";") && !strings.Contains(gap, " who ") && !strings.Contains(gap, " which ") &&
		len(strings.Fields(gap[k+len(" and "):])) <= 2
}

// opposedObject reports whether the party p before the trigger at start
// is the object of "against" in a clause the trigger does not share: "an
// offensive against rebel Serbs, seizing", "fought against the rebels and
// retook".
func opposedObject(s string, p *partyMention, start int) bool {
	if !strings.HasSuffix(lastWordsBefore(s, p.Start), "against") && !strings.HasSuffix(lastWordsBefore(s, p.Start), "against the") {
		return false
	}
	gap := s[p.End:start]
	return len(gap) <= 200 && (strings.Contains(gap, ", ") || strings.Contains(gap, " and "))
}

// progressiveWords, before an "-ing" trigger, make it a verb: "were
// shelling", "was still bombing".
var progressiveWords = wordSet("was were is are been be still")

// coalitionForces returns the subject before the trigger at start when
// it is a coalition's or the allies' forces named without their leader
// ("coalition aircraft had carried out", "Allied aircraft pounded",
// "accused coalition forces of shelling"), else "".
func coalitionForces(s string, start int) string {
	m := coalitionSubject.FindStringIndex(s[:start])
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

// coalitionSubject matches coalition or allied forces close before a
// trigger, with at most a few words between, or "The coalition" as the
// sentence's subject ("The coalition launched its assault on Hodeidah").
var coalitionSubject = regexp.MustCompile(`(?:\b(?:[Cc]oalition|[Aa]llied)\s+(?:aircraft|warplanes|jets|planes|bombers|forces|troops|warships)\b|^(?:[A-Z][\w ,]{0,30}, )?[Tt]he\s+coalition\b)(?:\s+(?:had|have|has|also|of|been))*\s+(?:launched\s+(?:its|a|an|the)\s+)?$`)

// ledCoalition returns the side the article names as leading a
// coalition ("the U.S.-led coalition" → United States; "the Saudi-led
// coalition" is the Saudi-led coalition), else "".
func ledCoalition(text string) string {
	switch {
	case strings.Contains(text, "Saudi-led"):
		return "Saudi-led coalition"
	case strings.Contains(text, "U.S.-led") || strings.Contains(text, "US-led") || strings.Contains(text, "U.S. military"):
		return "United States"
	}
	return ""
}

// servingWith reports whether the party at s[i] is named in a phrase of
// the subject that tells whom it serves or fights beside: "Kenyan troops
// serving with the African Union force landed", "troops fighting
// alongside Wagner".
func servingWith(s string, i int) bool {
	w := lastWords(s[:i], 3)
	if n := len(w); n > 0 && (w[n-1] == "the" || w[n-1] == "a" || w[n-1] == "an") {
		w = w[:n-1]
	}
	if len(w) < 2 {
		return false
	}
	v, p := strings.ToLower(w[len(w)-2]), strings.ToLower(w[len(w)-1])
	return p == "alongside" || (v == "serving" || v == "fighting") && (p == "with" || p == "under")
}

// carriedIn reports whether a party at i is named in an aside telling
// whose craft carried the subject there: "Belgian paratroopers, flown in
// U.S. Air Force transports from Ascension Island, dropped on": the
// carrier is not the actor.
func carriedIn(s string, i int) bool {
	k := strings.LastIndex(s[:i], ", ")
	if k < 0 || strings.Count(s[k:i], " ") > 4 {
		return false // the aside opens a few words before the party
	}
	aside := s[k+2 : i]
	for _, v := range [...]string{"flown ", "ferried ", "carried ", "airlifted ", "transported ", "escorted by "} {
		if strings.HasPrefix(aside, v) {
			rest := aside[len(v):]
			return v == "escorted by " || strings.HasPrefix(rest, "in ") || strings.HasPrefix(rest, "by ")
		}
	}
	return false
}

// blamedParty returns the party a sentence blames after an attack at
// [.., end) that names no actor: "A rocket attack killed 50 people ...,
// officials said, blaming Russian forces". Else nil.
func blamedParty(s string, end int, parties []partyMention) *partyMention {
	for i := range parties {
		p := &parties[i]
		if p.Start < end {
			continue
		}
		before := strings.TrimSuffix(strings.TrimRight(s[:p.Start], " "), " the")
		if strings.HasSuffix(before, " blaming") || strings.HasSuffix(before, " blamed") || strings.HasSuffix(before, " blames") {
			return p
		}
	}
	return nil
}

// partyBefore returns the last party that ends by i and is no civilians,
// or nil.
func partyBefore(parties []partyMention, i int) *partyMention {
	for k := len(parties) - 1; k >= 0; k-- {
		if p := &parties[k]; p.End <= i && p.Name != "civilians" {
			return p
		}
	}
	return nil
}

// cameUnder reports whether a trigger tells of fire its subject came
// under: "came under mortar fire", "have come under attack".
func cameUnder(t string) bool {
	return hasASCIIFoldPrefix(t, "came under") || hasASCIIFoldPrefix(t, "come under") ||
		hasASCIIFoldPrefix(t, "comes under") || hasASCIIFoldPrefix(t, "coming under")
}

// fromAgent reports whether the gap between fire that was come under and
// a party names the party as whence it came: "fire from", "fire from
// the direction of".
func fromAgent(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "from", "from the", "from the direction of":
		return true
	}
	return false
}

// endsWithBy reports whether a trigger ends in the word "by": "was hit
// by".
func endsWithBy(t string) bool {
	n := len(t)
	return n > 3 && isASCIISpace(t[n-3]) && lowerByte[t[n-2]] == 'b' && lowerByte[t[n-1]] == 'y'
}

// struckNation returns the nation of the place or warship a strike at
// s[:end] names in its clause ("toward the southern Israeli city of
// Eilat", "the aircraft carrier USS Eisenhower"), else nil.
func struckNation(s string, end int) *partyMention {
	rest := s[end:]
	if k := strings.IndexAny(rest, ",;:."); k >= 0 {
		rest = rest[:k]
	}
	rest = rest[:min(len(rest), 90)]
	if m := struckPlaceOf.FindStringSubmatchIndex(rest); m != nil {
		// (A nation's, not a people's: "the Kurdish town of"; and the
		// whole adjective: not "Sudanese" of "the South Sudanese town".)
		if name := nationalityNames[rest[m[2]:m[3]]]; name != "" && isCountry(name) && !capitalBefore(rest, m[2]) {
			return &partyMention{Start: end + m[2], End: end + m[3], Text: rest[m[2]:m[3]], Name: name}
		}
	}
	for _, ship := range [...]struct{ prefix, name string }{{"USS ", "United States"}, {"HMS ", "United Kingdom"}} {
		if k := strings.Index(rest, ship.prefix); k >= 0 && k+len(ship.prefix) < len(rest) && isASCIIUpper(rest[k+len(ship.prefix)]) {
			return &partyMention{Start: end + k, End: end + k + 3, Text: rest[k : k+3], Name: ship.name}
		}
	}
	return nil
}

// capitalBefore reports whether the word before s[i:] opens with a
// capital letter.
func capitalBefore(s string, i int) bool {
	w := lastWord(strings.TrimRight(s[:i], " "))
	return w != "" && isASCIIUpper(w[0])
}

// struckPlaceOf matches a place named with its nation's adjective: "the
// southern Israeli city of", "the Russian port of".
var struckPlaceOf = regexp.MustCompile(`\b(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern)\s+)?(\p{Lu}[\pL-]+)\s+(?:city|town|port|village|capital|border\s+town|region|province|oblast|airbase|air\s+base|naval\s+base)\s+of\b`)

// craftNation returns the nation whose craft a shooting down at s[:end]
// names right after it ("shot down a Russian Su-34 jet", "downed two
// Israeli Hermes 900 drones"), else nil.
func craftNation(s string, end int) *partyMention {
	rest := s[end:]
	k, e, name := nationalityAhead(rest)
	if name == "" || e >= len(rest) || rest[e] != ' ' {
		return nil
	}
	if n := firstWordAfter(rest, e); !craftNouns[n] && (e+1 >= len(rest) || !unicode.IsUpper(rune(rest[e+1]))) {
		return nil
	}
	return &partyMention{Start: end + k, End: end + e, Text: rest[k:e], Name: name}
}

// nationalityAhead reads the nationality that opens rest past at most one
// count or "the" ("an Israeli Hermes", "the Argentine cruiser", "two
// Russian Su-34s"): its bounds in rest and its nation, or name "" when
// another word comes first.
func nationalityAhead(rest string) (k, e int, name string) {
	for range 2 {
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		e = k
		for e < len(rest) && rest[e] != ' ' && rest[e] != ',' && rest[e] != '.' {
			e++
		}
		w := rest[k:e]
		if craftCounts[strings.ToLower(w)] || strings.EqualFold(w, "the") {
			k = e
			continue
		}
		return k, e, nationalityNames[w]
	}
	return 0, 0, ""
}

// weaponGap reports whether the words between a side and a noun trigger
// name only the weapon it attacked with: "glide bomb", "cruise missile",
// "kamikaze drone".
func weaponGap(gap string) bool {
	n := 0
	for w := range strings.FieldsSeq(gap) {
		if n++; n > 3 || !weaponWords[w] {
			return false
		}
	}
	return n > 0
}

// weaponWords make up the weapon of an attack told between its side and
// the attack.
var weaponWords = wordSet("glide guided cruise ballistic hypersonic missile missiles drone drones rocket rockets artillery mortar " +
	"kamikaze suicide cluster bomb bombs long-range short-range precision sea naval tank helicopter gunship")

// lightVerbGap matches the words between a subject and a noun trigger
// that make the subject its actor: "launched a wave of", "carried out
// a", "said it had launched", "said on Monday its forces had carried out
// a 'proportional'"; after a possessive, the body of the state that spoke
// ("Ukraine's SBU said it had carried out a").
var lightVerbGap = regexp.MustCompile(`(?i)^\)?(?:['’]s(?:\s+(?:(?-i:\p{Lu})[\w-]*|army|military|navy|air\s+force|armed\s+forces|forces|security\s+service|intelligence\s+service)){1,3}|['’]?s?)(?:\s+\((?-i:\p{Lu})[\w-]*\))?(?:\s+and(?:\s+[\w-]+){1,3}?)?\s+(?:(?:also|has|have|had|then|later|of|(?:said|says)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:it|they|its\s+(?:forces|troops|army|military|units|fighters|warplanes|jets|aircraft|drones|navy)|their\s+(?:forces|troops|fighters|units))(?:\s+(?:had|has|have))?)\s+)*(?:launch(?:ed|es|ing)?|beg[au]n|begins|start(?:ed|s)|carr(?:ied|ies|y|ying)\s+out|conduct(?:ed|s|ing)?|unleash(?:ed|es)?|stag(?:ed|es)|mount(?:ed|s)|ma(?:de|kes)|responded\s+with|claim(?:ed|s)?(?:\s+responsibility\s+for)?|k(?:ept|eeps?)\s+up|continu(?:ed|es)|step(?:ped|s)?\s+up|intensif(?:ied|ies)|resum(?:ed|es))\s+(?:["“]?[\w’'-]+["”]?\s+){0,4}$`)

// inCountry matches the end of the text before a country named as where
// ("in south Lebanon", "across northern Syria").
var inCountry = regexp.MustCompile(`(?i)\b(?:in|into|across|inside|throughout)\s+(?:(?:the\s+)?(?:south|north|east|west|southern|northern|eastern|western|central|southeastern|southwestern|northeastern|northwestern)\s+)?$`)

// countryAsPlace reports whether a party is a country named as a place
// ("in south Lebanon").
func countryAsPlace(s string, p *partyMention) bool {
	return isCountry(p.Text) && inCountry.MatchString(s[:p.Start])
}

// killVerbs are the verbs of harm that make their subject an attack's
// maker, and inAttack the words that tell the attack after its victims
// ("in a raid", "during an arrest raid").
const (
	killVerbs = `killed|wounded|injured|abducted|kidnapped|massacred|slaughtered|shot(?:\s+dead)?|executed|captured`
	// harmVerbs are killVerbs without a bare "shot", which may be "shot
	// down at least three helicopters during the assault": craft of the
	// attackers, downed by those attacked.
	harmVerbs = `killed|wounded|injured|abducted|kidnapped|massacred|slaughtered|shot\s+dead|executed|captured`
	inAttack  = `(?:in|during)\s+(?:an?|the|their|its|one|another)\s+(?:[\w-]+\s+){0,2}$`
)

// gapBeforeTrigger reports whether re, read up to a trigger's article,
// matches the gap s[from:start] before the trigger at [start, end): with
// the trigger's "the" when it holds one ("Israel said it killed a
// commander in the strike").
func gapBeforeTrigger(re *regexp.Regexp, s string, from, start, end int) bool {
	return re.MatchString(s[from:start]) || hasASCIIFoldPrefix(s[start:end], "the ") && re.MatchString(s[from:start]+"the ")
}

// killedInGap is the gap between a subject and a noun trigger in "Boko
// Haram fighters killed 14 people in a raid on", "Israeli troops shot dead
// two Palestinians during an arrest raid", "The Israeli military said on
// Thursday it had killed a commander in an air strike", "said its
// soldiers had killed five people in the clashes": the subject who killed
// made the attack (not "were killed in a raid", whose subject is its
// target).
var killedInGap = regexp.MustCompile(`(?i)^(?:\s+(?:said|says)(?:\s+on\s+\w+)?(?:\s+that)?(?:\s+(?:its|their)\s+(?:troops|forces|soldiers|fighters|units|men))?)?(?:\s+[\w’'-]+){0,2}?\s+(?:` + killVerbs + `|kill|kills|wounds|seized)\s+[^,;:()]{1,60}?\s+` + inAttack)

// endedRaidGap is the gap between a subject and a noun trigger in "Israeli
// forces pulled out of Zeitoun after a week-long raid", "troops withdrew
// from Jenin following a two-day operation", "the army ended its
// offensive": those who leave or end an attack made it (not "pulled out
// after a heavy attack by a superior force").
var endedRaidGap = regexp.MustCompile(`(?i)^(?:\s+(?:have|has|had))?\s+(?:(?:pulled\s+(?:out|back)|withdr[eo]w[n]?|left|retreated)\s+[^,;:()]{0,60}?\s*(?:after|following|at\s+the\s+end\s+of)|ended|concluded|wrapped\s+up|completed|finished)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}$`)

// passiveHarmGap reports whether the gap's first verb of harm is passive:
// "Two Nigerian soldiers were killed and five wounded in an ambush", whose
// subject suffered the attack and did not make it.
func passiveHarmGap(gap string) bool {
	words := strings.Fields(strings.ToLower(gap))
	for i, w := range words {
		if harmWords[w] {
			return i > 0 && (words[i-1] == "were" || words[i-1] == "was" || words[i-1] == "been" || words[i-1] == "are" || words[i-1] == "is")
		}
	}
	return false
}

// harmWords are the words of harmVerbs ("shot" of "shot dead").
var harmWords = wordSet(strings.NewReplacer(`\s+dead`, "", "|", " ").Replace(harmVerbs))

// inTheGap and killedGap read "<killers> killed 11 <victims> in a
// <trigger>": the gap after the victims (the head of "a Russian
// general") and the gap between the two.
var (
	inTheGap  = regexp.MustCompile(`(?i)^(?:\s+[a-z-]+){0,2}?\s+` + inAttack)
	killedGap = regexp.MustCompile(`(?i)^(?:\s+(?:fighters|gunmen|militants|insurgents|rebels|troops|forces|soldiers|units|commandos|police|jets|warplanes|drones|aircraft))?(?:\s+(?:said|says)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:it|they|its\s+(?:troops|forces|soldiers|fighters|army|units)|their\s+(?:troops|forces|fighters)))?(?:\s+(?:also|had|have|has|then|later|reportedly))*\s+(?:` + harmVerbs + `)\s+(?:[\w,-]+\s+){0,4}$`)
)

// craftBetween reports whether the gap between a nation's adjective and a
// passive shooting down holds the craft shot down: "Su-34 fighter-bombers
// were", "drones had been".
func craftBetween(gap string) bool {
	for _, w := range strings.Fields(gap) {
		w = strings.ToLower(w)
		if craftNouns[w] || craftNouns[strings.TrimSuffix(w, "s")] || strings.HasPrefix(w, "fighter") || strings.HasSuffix(w, "-bombers") {
			return true
		}
	}
	return false
}

// downedCraftNation returns the nation of the craft that are the subject
// of a passive shooting down at start ("Two Russian Su-34 fighter-bombers
// were shot down", "An Argentine Skyhawk was shot down"), or nil.
func downedCraftNation(s string, start int) *partyMention {
	from := max(0, start-80)
	words := strings.Fields(s[from:start])
	n := len(words)
	if n < 2 || !passiveAux[strings.ToLower(words[n-1])] {
		return nil
	}
	for i := n - 2; i >= 0 && i >= n-6; i-- {
		name := nationalityNames[words[i]]
		if name == "" {
			continue
		}
		if i > 0 && !craftCounts[strings.ToLower(words[i-1])] && !strings.EqualFold(words[i-1], "the") && (words[i-1][0] < '0' || words[i-1][0] > '9') {
			return nil
		}
		if !craftBetween(strings.Join(words[i+1:n-1], " ")) && !(i+2 == n-1 && unicode.IsUpper(rune(words[i+1][0]))) {
			return nil
		}
		k := from + strings.Index(s[from:start], words[i])
		return &partyMention{Start: k, End: k + len(words[i]), Text: words[i], Name: name}
	}
	return nil
}

// shipNouns are the vessels a strike sinks.
var shipNouns = wordSet("ship ships warship warships vessel vessels frigate frigates destroyer destroyers cruiser cruisers " +
	"corvette corvettes submarine submarines boat boats tanker tankers tug minesweeper flagship")

// sinkTrigger reports whether a strike's trigger sinks: "sank", "sunk".
func sinkTrigger(t string) bool {
	return hasASCIIFoldPrefix(t, "sank") || hasASCIIFoldPrefix(t, "sunk") || hasASCIIFoldPrefix(t, "sink")
}

// shipNation returns the nation of the ship named from s[from], right
// after the verb of a sinking ("sank a Russian landing ship", "sank the
// Argentine cruiser General Belgrano"), or nil.
func shipNation(s string, from int) *partyMention {
	rest := s[from:]
	k, e, name := nationalityAhead(rest)
	if name == "" {
		return nil
	}
	for j, n := e, 0; n < 3; n++ {
		for j < len(rest) && rest[j] == ' ' {
			j++
		}
		w := j
		for w < len(rest) && isASCIILetter(rest[w]) {
			w++
		}
		if w == j {
			return nil
		}
		if shipNouns[strings.ToLower(rest[j:w])] {
			return &partyMention{Start: from + k, End: from + e, Text: rest[k:e], Name: name}
		}
		j = w
	}
	return nil
}

// interceptSpeaker returns the party that tells of an interception in the
// passive: the last before it that says so, else one that says so right
// after it ("were intercepted, the military said").
func interceptSpeaker(s string, start, end int, parties []partyMention) *partyMention {
	var speaker *partyMention
	for i := range parties {
		p := &parties[i]
		switch {
		case p.End <= start && speakerGap.MatchString(s[p.End:start]):
			speaker = p
		case p.Start >= end && speaker == nil && trailingSpeakerGap.MatchString(s[end:p.Start]) && speakerAfter.MatchString(s[p.End:]):
			return p
		}
	}
	return speaker
}

var (
	// trailingSpeakerGap comes between a passive trigger and the party
	// that says it after it; speakerAfter after that party.
	trailingSpeakerGap = regexp.MustCompile(`^(?:\s+(?:[\w-]+\s+){0,3}?)?,\s+(?:the\s+)?$`)
	speakerAfter       = regexp.MustCompile(`^\s+(?:said|says|reported|announced|claimed)\b`)
)

// fellPlace returns the place named right before "fell to" (s[start:]),
// one the gazetteer knows or a capitalised name that is no party's, or nil.
func fellPlace(s string, start int, places []placeHit) *Place {
	if p := headPlaceBefore(s, start); p != nil {
		return p // "The oil town of Soyo at the mouth of the Congo river fell to"
	}
	e := start
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	for _, h := range places {
		if h.End == e {
			p := h.Place
			return &p
		}
	}
	if p := appositionPlace(s, e, places); p != nil {
		return p
	}
	var buf [3]string
	words := lastSpaceFields(s[:e], buf[:])
	n := 0
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if w == "" || strings.ContainsAny(w, ",.;:()\"“”") || !isASCIIUpper(w[0]) {
			break
		}
		n++
	}
	name := strings.Join(words[len(words)-n:], " ")
	if !strings.HasSuffix(s[:e], name) {
		return nil
	}
	if name == "" || !isASCIIUpper(name[0]) || notPlaceWords[strings.ToLower(strings.Fields(name)[0])] {
		return nil
	}
	return namedPlace(name)
}

// appositionPlace returns the place that opens s when an apposition or a
// relative clause sets it off up to s[:e], which ends in a comma: "Keren,
// the Eritrean mountain stronghold which had barred the advance from the
// Sudan, was captured", "Vares, a mining town north of Sarajevo, had been
// surrounded": the subject the apposition tells of, not a place within
// it. Nil when s[:e] ends otherwise.
func appositionPlace(s string, e int, places []placeHit) *Place {
	if !strings.HasSuffix(strings.TrimRight(s[:e], " "), ",") {
		return nil
	}
	for _, h := range places {
		if h.End < e && strings.HasPrefix(s[h.End:], ", ") && opensSentence(s[:h.Start]) {
			p := h.Place
			return &p
		}
	}
	if m := appositionSubject.FindStringSubmatchIndex(s[:e]); m != nil && (opensSentence(s[:m[2]]) || clauseConjunctions[lastWord(strings.TrimRight(s[:m[2]], " "))]) {
		// (A name the gazetteer does not know, told as a place by its
		// apposition.)
		return namedPlace(s[m[2]:m[3]])
	}
	return nil
}

// nameAsPlace returns a name read as a place: the gazetteer's place when
// it knows the name, else the name as written.
func nameAsPlace(name string) *Place {
	if q, ok := NormalisePlace(name); ok {
		return &q
	}
	return &Place{Text: name, Name: name}
}

// namedPlace returns a capitalised name the text sets where a place stands
// as that place (see nameAsPlace), or nil when it reads as no place's: not
// plausible as one, a party's or a nation's word ("Egyptian").
func namedPlace(name string) *Place {
	if name == "" || !plausiblePlaceName(name) || isPartyName(name) || nationalityWords[strings.Fields(name)[0]] {
		return nil
	}
	return nameAsPlace(name)
}

// passiveAuxOpeners are the auxiliaries of a passive, as they open a
// trigger ("had been surrounded", "was shelled") or end the words before
// one (see passiveBefore).
var passiveAuxOpeners = []string{"was ", "were ", "had been ", "has been ", "have been "}

// appositionSubject matches a name set off by an apposition that calls it
// a place ("Keren, the Eritrean mountain stronghold which") or by a
// relative clause of a thing ("Nervesa, which the enemy had taken"), or
// by where it lies ("Skardu, in Baltistan, fell", "Makarivka, a few
// kilometres further south, was liberated").
var appositionSubject = regexp.MustCompile(`((?:al-|el-)?\p{Lu}[\pL'’-]*(?:\s+\p{Lu}[\pL'’-]*){0,2}),\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:town|city|village|port|stronghold|fortress|capital|garrison|outpost|junction|island|hub|base|gateway|centre|center|headquarters|railhead|bastion|citadel|crossroads|seaport)\b|which\s|(?:cut\s+off|held|defended|garrisoned)\s+(?:from|by)\s|(?:in|near|outside|on\s+the)\s+(?:the\s+)?\p{Lu}|(?:(?:just|about|some|only|a\s+few|several|[\d,.]+)\s+(?:miles?|km|kilometres?|kilometers?)\s+)?(?:(?:further|farther|due|to\s+the)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b)`)

// headOfPlace matches a place named as the head of a subject: "the oil
// town of Soyo", "the refugee camp of Tel al-Zaatar".
var headOfPlace = regexp.MustCompile(`\b(?:town|city|village|port|camp|base|garrison|outpost|stronghold|fortress|enclave|resort)\s+of\s+((?:al-|el-)?\p{Lu}[\pL'’]*(?:-\p{Lu}[\pL'’]*)?(?:\s+(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|es)-)?\p{Lu}[\pL'’]*)*)`)

// headPlaceBefore returns the place that heads the clause before "fell
// to" at s[start:] when a phrase after it, before the verb, names another
// place: "The refugee camp of Tel al-Zaatar in east Beirut fell to" is
// Tel al-Zaatar's fall, not Beirut's. Else nil.
func headPlaceBefore(s string, start int) *Place {
	from := 0
	for _, sep := range []string{", ", "; ", " - ", " — ", " – "} {
		if k := strings.LastIndex(s[:start], sep); k >= 0 && k+len(sep) > from {
			from = k + len(sep)
		}
	}
	seg := s[from:start]
	if !strings.Contains(seg, " of ") {
		return nil
	}
	m := headOfPlace.FindStringSubmatchIndex(seg)
	if m == nil || strings.TrimSpace(seg[m[3]:]) == "" {
		return nil // the name is right before the verb: fellPlace reads it
	}
	name := seg[m[2]:m[3]]
	if !plausiblePlaceName(name) || isPartyName(name) || isCountry(name) {
		return nil
	}
	return nameAsPlace(name)
}

// hostOfTalks returns the party that hosts or mediates talks told at
// s[:end]: "talks hosted by Russia", "negotiations mediated by Qatar".
func hostOfTalks(s string, end int, parties []partyMention) *partyMention {
	rest := s[end:]
	k := len(rest) - len(strings.TrimLeft(rest, " "))
	w := strings.Fields(rest[k:min(len(rest), k+30)])
	if len(w) < 2 || w[1] != "by" || !hostedWords[w[0]] {
		return nil
	}
	at := end + k + len(w[0]) + 1
	for i := range parties {
		if p := &parties[i]; p.Start > at && strings.TrimSpace(s[at:p.Start]) == "by" {
			return p
		}
	}
	return nil
}

var hostedWords = wordSet("hosted mediated brokered convened organised organized sponsored")

// accusedOf reports whether the party p is accused of the noun trigger at
// start: "accused the military of bombing it", "accused Russian forces of
// shelling Kherson".
func accusedOf(s string, p *partyMention, start int) bool {
	// (Past the force noun after the accused side: "Russian forces of".)
	if gap := s[p.End:start]; strings.TrimSpace(strings.TrimPrefix(gap, forceNounAfter(gap))) != "of" {
		return false
	}
	w := lastWords(s[:p.Start], 1)
	return len(w) == 1 && hasASCIIFoldPrefix(w[0], "accus")
}

// firstConjunct returns the first of parties joined by "and" that ends
// with p: "Russian and Syrian warplanes" are, for a timeline, Russia's,
// and "Syrian government forces and Lebanese Hezbollah fighters" the
// Syrian government's.
func firstConjunct(s string, p *partyMention, parties []partyMention) *partyMention {
	listed := false // "Egypt, Qatar and Saudi Arabia": commas once "and" has joined
	for {
		var q *partyMention
		for i := range parties {
			if parties[i].End <= p.Start {
				gap := strings.TrimPrefix(s[parties[i].End:p.Start], forceNounAfter(s[parties[i].End:p.Start]))
				if w, ok := strings.CutPrefix(gap, " and "); ok && nationalityWords[strings.TrimSuffix(w, " ")] {
					gap = " and " // "and Lebanese Hezbollah fighters"
				}
				if gap == " and " || gap == " and the " || gap == " and allied " || listed && gap == ", " || andMenOf.MatchString(gap) || stateArmAnd.MatchString(gap) ||
					len(gap) <= 100 && strings.Contains(gap, " and ") && (gap[1] == 'o' || gap[1] == '(') && namedOfAnd.MatchString(gap) {
					q = &parties[i]
				}
			}
		}
		if q == nil || q.Name == "" || q.Name == "civilians" {
			return p
		}
		p, listed = q, true
	}
}

// stateArmAnd matches the gap between a nation's adjective and a second
// side when the nation's arm and its men or machines come first
// ("Yugoslav federal army tanks and Serb irregulars").
var stateArmAnd = regexp.MustCompile(`^ (?:federal |government |regular |national )?(?:army |navy |air force |military )(?:tanks |troops |units |soldiers |jets |warplanes |aircraft |artillery |helicopters |gunships )?and (?:\p{Lu}[\pL-]* )?$`)

// andMenOf matches the gap before a second side named by its men
// ("Congolese troops and fighters of the pro-government Wazalendo
// militias").
var andMenOf = regexp.MustCompile(`^ and (?:fighters|members|troops|militiamen|units|soldiers) of (?:the )?$`)

// namedOfAnd matches the gap between two conjoined sides when the first
// is named by its group or followed by its abbreviation ("Rebels of the
// Revolutionary United Front (RUF) and former junta soldiers", "the Allied
// Democratic Forces (ADF) and other militias").
var namedOfAnd = regexp.MustCompile(`^ (?:of (?:the )?(?:\p{Lu}[\pL'’-]*\s+){1,5})?(?:\(\p{Lu}[\pL-]*\)\s+)?and (?:the |former |allied |other )?$`)

// forceNouns name a side's fighting men after its name: "Syrian
// government forces and Hezbollah fighters".
var forceNouns = []string{" forces", " troops", " fighters", " soldiers", " militiamen", " units",
	// "U.S. Marines and Afghan soldiers", "Syrian jets and Russian
	// warplanes".
	" Marines", " marines", " commandos", " paratroopers", " jets", " warplanes", " aircraft", " gunboats", " warships",
	// "Yugoslav federal army tanks and Serb irregulars".
	" tanks", " helicopters", " gunships"}

// forceNounAfter returns the force noun that opens s, or "".
func forceNounAfter(s string) string {
	for _, n := range forceNouns {
		if strings.HasPrefix(s, n) {
			return n
		}
	}
	return ""
}

// interceptWords are the first words of shootdown triggers.
var interceptWords = map[string]bool{"intercepted": true, "shot": true, "downed": true, "brought": true, "destroyed": true}

// speakerGap matches the words after a party that make it the speaker of
// what follows: "said", "says", "reported" and a clause.
var speakerGap = regexp.MustCompile(`^['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:said|says|reported|announced|claimed)\b`)

// participles are irregular past participles of trigger verbs.
var participles = map[string]bool{"shot": true, "struck": true, "hit": true, "sent": true, "taken": true,
	"overrun": true, "retaken": true, "withdrawn": true, "laid": true, "brought": true, "seized": true}

// withdrawnWords are the first words of a withdrawal told in the passive
// whose subject's side made it: "Russian troops were withdrawn".
var withdrawnWords = map[string]bool{"withdrawn": true, "pulled": true}

// deployWords are the trigger words whose passive names the deployed side.
var deployWords = map[string]bool{"deployed": true, "sent": true, "dispatched": true, "stationed": true, "were": true}

// knownPlaceName reports whether the gazetteer knows a place's name.
func knownPlaceName(name string) bool {
	_, ok := NormalisePlace(name)
	return ok
}

// tookName returns the capitalised name a "took" trigger at [start, end)
// ends in, with the capitalised words after it ("took Sanski Most"), as a
// place, or nil when it names no place or a party.
func tookName(s string, start, end int) *Place {
	k := strings.LastIndexByte(s[start:end], ' ')
	if k < 0 {
		return nil
	}
	from, e := start+k+1, end
	for e+1 < len(s) && s[e] == ' ' && isASCIIUpper(s[e+1]) {
		e++
		for e < len(s) && (isASCIILetter(s[e]) || s[e] == '-') {
			e++
		}
	}
	name := s[from:e]
	if !plausiblePlaceName(name) || isPartyName(name) || nationalityWords[strings.Fields(name)[0]] {
		return nil
	}
	return &Place{Text: name, Name: name}
}

// placeEndsClause reports whether the name p, first told after i in s,
// is followed by what ends its clause or tells when, where or how ("took
// Butare on Monday", "took Butare, Rwanda's second city", "took Mount
// William unopposed"), not by a noun
// it qualifies ("took Reuters reporters"), so that it names a place the
// gazetteer need not know.
func placeEndsClause(s string, i int, p *Place) bool {
	k := strings.Index(s[i:], p.Text)
	if k < 0 {
		return false
	}
	rest := s[i+k+len(p.Text):]
	if rest == "" || strings.IndexByte(",.;:", rest[0]) >= 0 {
		return true
	}
	w := firstWordOf(strings.TrimLeft(rest, " "))
	return w != "" && (listAfterWords[w] || w == "unopposed" || w == "without")
}

// numberAfter matches a figure, written in digits or words, that opens
// the text after "fell to".
var numberAfter = regexp.MustCompile(`^\s+(?:(?:about|around|some|nearly|just|only|under|below|a|an)\s+)?(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|record|low|new\s+low|zero)\b)`)

// tookSiteNouns end a "took" trigger whose object is a site the place of
// which is named after it: "took the Tigrayan capital, Mekelle", "took
// over the army barracks at Jinja".
var tookSiteNouns = wordSet("capital port ports airfield airfields airstrip airstrips barracks fort forts fortress heights ridge ridges island islands headquarters")

// tookTime matches what follows "took" and its object when it tells of
// a surprise or a span of time, not a capture: " by surprise", " two
// years to rebuild".
var tookTime = regexp.MustCompile(`^\s+(?:by\s+surprise|(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?|hours?|minutes?)\s+to\s)`)

// tookNamed reports whether a capture's trigger is "took", "takes",
// "taking", "occupied", "occupies" or "occupy" and a capitalised name
// ("took Kidal", "occupied Majuro"), with nothing between.
func tookNamed(trigger string) bool {
	w, rest, ok := strings.Cut(trigger, " ")
	if !ok || strings.Contains(rest, " ") || rest == "" || rest[0] < 'A' || rest[0] > 'Z' && rest[0] < utf8.RuneSelf {
		return false
	}
	switch strings.ToLower(w) {
	case "took", "takes", "taking", "occupied", "occupies", "occupy":
		return true
	}
	return false
}

// occupiedAsAdjective reports whether an "occupied" trigger at start
// qualifies the name after it ("in occupied Crimea", "Russian-occupied
// Kherson", "the still occupied Golan") or tells a state ("is occupied"),
// rather than telling forces that occupied it.
func occupiedAsAdjective(s string, start int) bool {
	if !hasASCIIFoldPrefix(s[start:], "occup") {
		return false
	}
	if start > 0 && s[start-1] != ' ' {
		return true // "Russian-occupied", "(occupied"
	}
	return occupiedQualifiers[strings.ToLower(lastWord(strings.TrimRight(s[:start], " ")))] || start == 0
}

// occupiedQualifiers are the words before "occupied" that make it an
// adjective or a state, not the verb of a capture.
var occupiedQualifiers = wordSet("in of from into across to over the a an and or near at on through toward towards for within inside " +
	"outside partially partly still formerly now previously illegally newly recently once long their its his her our whose with under by " +
	"while as is are was were be been being remains remained remain remaining militarily")

// surrenderedAt returns the town named by "at" or "in" right after the
// forces a surrender was made to ("surrendered to British troops at Port
// Stanley"), or nil.
func surrenderedAt(s string, end int, places []placeHit) *Place {
	for _, h := range places {
		if h.Start < end || h.Start > end+40 || isCountry(h.Place.Name) {
			continue
		}
		gap := s[end:h.Start]
		if strings.ContainsAny(gap, ",;") || !strings.HasSuffix(gap, " at ") && !strings.HasSuffix(gap, " in ") {
			return nil
		}
		p := h.Place
		return &p
	}
	return nil
}

// byTime reports whether the words after "by" tell a time ("by the
// afternoon", "by nightfall"), not an agent.
func byTime(after string) bool {
	after = strings.TrimPrefix(strings.TrimLeft(after, " "), "the ")
	w := firstWordAfter(after, 0)
	switch w {
	case "afternoon", "morning", "evening", "night", "nightfall", "dawn", "noon", "midday", "midnight", "end", "time", "then", "now", "sunset", "sunrise", "weekend":
		return true
	}
	return dayWords[w]
}

// elidedPassive reports whether the text before a participle ends in a
// count joined by "and" to a passive told before it, whose auxiliary the
// participle shares: "Five soldiers were killed and 11 captured", "and a
// colonel captured".
func elidedPassive(before string) bool {
	w := lastWords(before, 3)
	n := len(w)
	switch {
	case n >= 2 && strings.EqualFold(w[n-2], "and") && numberWordsOnly(w[n-1]):
	case n >= 3 && strings.EqualFold(w[n-3], "and") && (w[n-2] == "a" || w[n-2] == "an"):
	default:
		return false
	}
	tail := before[max(0, len(before)-70):]
	k := max(strings.LastIndex(tail, " were "), strings.LastIndex(tail, " was "))
	return k >= 0 && !strings.ContainsAny(tail[k:], ",;:")
}

// passiveBefore returns where the auxiliary of a passive ends the text
// before a trigger ("Elephant Pass was " of "was retaken by"), or 0.
func passiveBefore(before string) int {
	for _, aux := range passiveAuxOpeners {
		if strings.HasSuffix(before, aux) && len(before) > len(aux) && before[len(before)-len(aux)-1] == ' ' {
			return len(before) - len(aux)
		}
	}
	// An adverb inside the auxiliaries: "had apparently been captured",
	// "was finally retaken".
	ws := lastWords(before, 3)
	n := len(ws)
	if n >= 2 && ws[n-1] == "been" {
		ws, n = ws[:n-1], n-1
	}
	if n >= 2 && passiveAdverb(ws[n-1]) {
		switch aux := ws[n-2]; {
		case (aux == "had" || aux == "has" || aux == "have") && strings.HasSuffix(before, " been "),
			(aux == "was" || aux == "were") && !strings.HasSuffix(before, " been "):
			if k := strings.LastIndex(before, " "+aux+" "); k >= 0 {
				return k + 1
			}
		}
	}
	return 0
}

// passiveAdverb reports whether a word between a passive's auxiliaries
// is an adverb: "apparently", "finally", "also", "since".
func passiveAdverb(w string) bool {
	switch strings.ToLower(w) {
	case "also", "since", "now", "already", "again", "later", "then", "first", "just", "reportedly":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w[0] >= 'a' && w[0] <= 'z'
}

// garrisonGaveUp reports whether a capture's trigger is a garrison that
// surrendered with no one named it surrendered to ("garrison at Toulon
// surrendered").
func garrisonGaveUp(trigger string) bool {
	return (hasASCIIFoldPrefix(trigger, "garrison") || hasASCIIFoldPrefix(trigger, "defenders")) &&
		(strings.HasSuffix(trigger, "surrendered") || strings.HasSuffix(trigger, "capitulated"))
}

// surrenderingPlace reports whether the words before "surrendered to" end
// with a place that gave itself up: a town's noun ("the town surrendered
// to"), a capitalised name the gazetteer knows ("Homs surrendered to"), or
// another capitalised name that surrendered to forces ("Nazareth
// surrendered to Israeli troops").
func surrenderingPlace(before, after string) bool {
	if b := strings.TrimRight(before, " "); strings.HasSuffix(b, ",") {
		// "The Italian fortress of Bardia, on the Libyan coast 15 miles
		// beyond the Egyptian frontier, surrendered to": past the
		// apposition.
		if k := strings.LastIndex(b[:len(b)-1], ", "); k > 0 {
			before = b[:k]
		}
	}
	w := lastWord(before)
	lw := strings.ToLower(w)
	if townNouns[lw] {
		return true
	}
	if garrisonNouns[lw] && forcesAfter.MatchString(after) && (strings.Contains(after, " at ") || strings.Contains(after, " in ")) {
		// "The garrison surrendered to KNU forces at Myawaddy", "600
		// soldiers and their families surrendered to KNU forces at the
		// army base at Thingannyinaung": the place where they gave up.
		return true
	}
	if w == "" || !isASCIIUpper(w[0]) {
		return false
	}
	if _, ok := NormalisePlace(w); ok {
		return true
	}
	// A name the gazetteer lacks gave itself up to troops, not to the
	// police a man surrenders to.
	return forcesAfter.MatchString(after) && !hasASCIIFoldPrefix(strings.TrimPrefix(strings.TrimLeft(after, " "), "the "), "police")
}

// garrisonNouns name the men who give up a place they held by
// surrendering at it to forces.
var garrisonNouns = wordSet("garrison defenders troops soldiers families men units")

// townNouns name a town that gives itself up or falls: "the town
// surrendered to", "the port fell on Friday".
var townNouns = wordSet("town city village fort fortress port capital")

// fallsTo reports whether a trigger is "falls to" or "fallen to", the
// present of a headline and the perfect of "fell to".
func fallsTo(trigger string) bool {
	return (hasASCIIFoldPrefix(trigger, "falls") || hasASCIIFoldPrefix(trigger, "fallen")) && strings.HasSuffix(trigger, " to")
}

// triggerWord returns the first word of a trigger lower-cased, and
// whether the trigger begins with "fell" (lower-cased; not "fell back"), is "falls to" or
// "fallen to", is "the fall of X to", or ends in "surrendered to" (whose
// actor, as "fell to"'s, is the party after it).
func triggerWord(trigger string, buf *[32]byte) (first []byte, fell bool) {
	e := 0
	for e < len(trigger) && trigger[e] < utf8.RuneSelf && !isASCIISpace(trigger[e]) {
		e++
	}
	if e < len(trigger) && trigger[e] >= utf8.RuneSelf {
		lower := strings.ToLower(trigger)
		return []byte(strings.Fields(lower)[0]), strings.HasPrefix(lower, "fell") && !strings.HasSuffix(lower, " back") || fallsTo(lower) || strings.HasPrefix(lower, "the fall of ") || strings.HasSuffix(lower, "surrendered to")
	}
	if e <= len(buf) {
		first = buf[:e]
	} else {
		first = make([]byte, e)
	}
	for k := range first {
		first[k] = lowerByte[trigger[k]]
	}
	return first, bytes.HasPrefix(first, []byte("fell")) && !strings.HasSuffix(trigger, " back") || fallsTo(trigger) || hasASCIIFoldPrefix(trigger, "the fall of ") || strings.HasSuffix(trigger, "surrendered to")
}

// nounTriggers are trigger words that name an event rather than say who
// did it: their actor is only the party right before ("Israeli air
// strikes") or the agent after ("attacks by Israeli warplanes"), never
// merely an earlier party, which is more often the victim.
var nounTriggers = map[string]bool{
	"air": true, "drone": true, "missile": true, "rocket": true, "artillery": true, "airstrike": true,
	"airstrikes": true, "shelling": true, "bombing": true, "bombings": true, "bombardment": true,
	"attack": true, "attacks": true, "raid": true, "raids": true, "the": true, "these": true,
	"those": true, "its": true, "their": true, "clash": true, "clashes": true, "confrontation": true,
	"ambush": true, "car": true, "retaliatory": true, "strikes": true, "strike": true,
}

// lastFields returns at least the last n fields of s lower-cased, split
// where sep holds (strings.FieldsFunc), reading only as much of the end
// of s as they need.
func lastFields(s string, n int, sep func(rune) bool) []string {
	for k := n + 1; ; k *= 2 {
		from := tailWords(s, len(s), k)
		words := strings.FieldsFunc(strings.ToLower(s[from:]), sep)
		if len(words) >= n || from == 0 {
			return words
		}
	}
}

// lastWords returns the last n words of s, lower-cased.
func lastWords(s string, n int) []string {
	words := lastFields(s, n, unicode.IsSpace)
	if len(words) > n {
		words = words[len(words)-n:]
	}
	return words
}

// notOrigins returns the places but those an offensive or a deployment
// sets out from: "launched the offensive from Cuito Cuanavale" was not
// launched on Cuito Cuanavale. A slice of its own is made only when one
// is dropped.
func notOrigins(s string, places []placeHit) []placeHit {
	for i, h := range places {
		if !fromBefore(s[:h.Start]) {
			continue
		}
		out := append([]placeHit(nil), places[:i]...)
		for _, q := range places[i+1:] {
			if !fromBefore(s[:q.Start]) {
				out = append(out, q)
			}
		}
		return out
	}
	return places
}

// launchedFrom matches the words before a place a strike was launched
// from: "fired from Syria", "launched from warships in the Red Sea",
// "from a submarine in the Mediterranean".
var launchedFrom = regexp.MustCompile(`(?i)(?:\b(?:fired|launched|shot)\s+from\b|\bfrom\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:warships?|ships?|submarines?|vessels?|destroyers?|frigates?|carriers?|aircraft|bombers?|jets?|launchers?|batteries|positions?|territory|soil|bases?)\b)[^,;:.()]{0,40}$`)

// launchSite reports whether the place at h is one a strike was launched
// from, with no word between that turns to its target ("fired from
// warships at targets in Yemen", "fired from a submarine in the
// Mediterranean hit the base near Tartus").
func launchSite(s string, h placeHit) bool {
	before := s[max(0, h.Start-90):h.Start]
	m := launchedFrom.FindStringIndex(before)
	if m == nil {
		return false
	}
	tail := " " + before[m[0]:] + " "
	return !containsAny(tail, []string{" at ", " on ", " into ", " against ", " hit ", " hits ", " struck ", " strikes ", " landed ",
		" killed ", " destroyed ", " toward ", " towards ", " targeting ", " targeted ", " slammed ", " attacked ", " bombed ",
		" shelled ", " raided ", " pounded ", " sank ", " strafed ", " rocketed ", " bombarded ", " blasted "})
}

// fromBefore reports whether text ends with "from" or "from the" before
// a place.
func fromBefore(text string) bool {
	return hasAnySuffix(text, " from ", " from the ", " from neighbouring ", " from neighboring ")
}

// beforeAfterClause returns the places, in order, that come before a
// clause opened by ", after" following a trigger ending at end: "struck
// Hezbollah targets deep inside Lebanon overnight, the military said,
// after a rocket hit a football pitch in Majdal Shams" tells of the
// rocket's place, not the strikes'.
func beforeAfterClause(s string, end int, places []placeHit) []placeHit {
	k := strings.Index(s[end:], ", after ")
	if k < 0 {
		return places
	}
	cut := end + k
	n := 0
	for n < len(places) && places[n].Start < cut {
		n++
	}
	return places[:n]
}

// eventPlace picks where an event happened: the first place after the
// trigger, else the nearest before it, preferring places below country
// level and skipping places named as parties ("Ankara said").
func eventPlace(trigger int, places []placeHit, parties []partyMention) *Place {
	usable := func(h placeHit) bool {
		if controlledBy(h.Place.Name) {
			return false
		}
		for _, p := range parties {
			if h.Start < p.End && p.Start < h.End {
				return false
			}
		}
		return true
	}
	pick := func(country bool) *Place {
		for _, h := range places {
			if h.Start >= trigger && usable(h) && isCountry(h.Place.Name) == country {
				p := h.Place
				return &p
			}
		}
		for i := len(places) - 1; i >= 0; i-- {
			h := places[i]
			if h.Start < trigger && usable(h) && isCountry(h.Place.Name) == country {
				p := h.Place
				return &p
			}
		}
		return nil
	}
	if p := pick(false); p != nil {
		return p
	}
	return pick(true)
}

// objectPlaceActions are the actions whose object, when it is a name, is
// the place the event is at: towns are captured, entered, besieged,
// shelled, pulled out of and launched offensives on.
var objectPlaceActions = map[string]bool{
	ActionCapture: true, ActionEnter: true, ActionSiege: true, ActionStrike: true, ActionWithdraw: true,
	ActionDeploy: true, ActionOffensive: true,
}

// positionsOf matches the end of the words before the place a withdrawal
// went to when it names positions by it: "withdrew to positions south of
// the", "fell back to new lines near".
var positionsOf = regexp.MustCompile(`\bto\s+(?:new\s+|defensive\s+|prepared\s+)?(?:positions|lines)\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|around|behind|outside)$`)

// positionsAt matches the positions a strike's object names before where
// they are: "Indian positions at ", "guerrilla posts near ".
var positionsAt = regexp.MustCompile(`^(?:[\pL'’-]+\s+){0,2}?(?:positions|posts|lines|trenches|bunkers)\s+(?:at|near|around|on)\s+`)

// subdivisionHeads are the nouns of a city's parts, named before them:
// "the Sheikh Othman district of Aden".
var subdivisionHeads = wordSet("district districts quarter quarters neighbourhood neighbourhoods neighborhood neighborhoods suburb suburbs")

// landedOn matches a deployment told by where the troops came down, its
// trigger ending in the preposition before the place: "forces landed on
// Morotai island", "paratroopers dropped near Kolwezi".
var landedOn = regexp.MustCompile(`(?i)\b(?:landed|dropped|parachuted|flew)\s+` + reLandedWhen + `(?:in|on|onto|at|near)$`)

// reLandedWhen is the time a landing may be told with before where it
// was: "landed before dawn yesterday at", "landed early on Sunday on".
const reLandedWhen = `(?:(?:(?:before|after|at|early|late|shortly\s+before|just\s+before|on|early\s+on|late\s+on)\s+)?(?:(?:dawn|daybreak|dusk|midnight|yesterday|today|overnight|tonight|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+){1,2}(?:(?:morning|night|evening|afternoon)\s+)?)?`

// objectHeads are the nouns of "the town of", "the port of" before a
// place named as an object.
var objectHeads = map[string]bool{
	"town": true, "city": true, "village": true, "port": true, "capital": true, "district": true,
	"region": true, "province": true, "state": true, "area": true, "outskirts": true, "centre": true,
	"center": true, "suburb": true, "suburbs": true, "settlement": true, "island": true, "strategic": true,
	// "the jungle outpost of Tiwintza", "the rebel stronghold of Knin".
	"outpost": true, "stronghold": true, "fortress": true, "enclave": true, "garrison": true,
	// "the oasis posts of Hassi Beida", "the border outposts of".
	"oasis": true, "oases": true, "post": true, "posts": true, "outposts": true, "ports": true,
	// "the presidential palace of La Moneda".
	"palace": true,
	// "the Black Sea resort of Gagra".
	"resort": true,
	"towns":  true, "villages": true, "cities": true, "settlements": true, "districts": true,
	// "the community of Selidovo", "the hamlet of", "the township of".
	"community": true, "communities": true, "hamlet": true, "locality": true, "township": true,
	// "the Syrian side of Mount Hermon", "the heart of Goma".
	"side": true, "half": true, "rest": true, "heart": true,
	// "the slopes of the Chu Pong massif".
	"slopes": true,
}

// objectPlace returns the place an event's verb takes as its object:
// the capitalised name right after the trigger at [start, end) ("seized
// Wad Madani", "shelled Vovchansk", "taken control of Shusha", "pulled
// out of Lalibela"), also after "the town of", "the centre of" and the
// like, or nil. A trigger that ends in a capitalised word ("took over
// Lashkar Gah") has its object begin there. Names of parties ("entered
// Russian territory") and what plausiblePlaceName rejects are no places.
func objectPlace(s string, start, end int, action string, parties []partyMention) *Place {
	if action == ActionStrike && hasASCIIFoldPrefix(s[start:end], "target") {
		return nil // people are targeted more often than places
	}
	if endsWithBy(s[start:end]) {
		return nil // "was hit by Hunter and Canberra jets": the agent, not the place
	}
	i := end
	// A trigger ending in a name: back up to its last word.
	if j := lastWordStart(s, start, end); j > start && isASCIIUpper(s[j]) {
		i = j
	}
	// A verb in quotes: 'had "liberated" Lukiantsi'.
	if i < len(s) && s[i] == '"' {
		i++
	} else if strings.HasPrefix(s[i:], "”") {
		i += len("”")
	}
	i += spaceRun(s[i:])
	word := func() string {
		e := i
		for e < len(s) && isASCIILetter(s[e]) {
			e++
		}
		return s[i:e]
	}
	skip := func(w string) bool {
		if e := i + len(w); strings.EqualFold(word(), w) && e < len(s) && isASCIISpace(s[e]) {
			i = e + spaceRun(s[e:])
			return true
		}
		return false
	}
	if action == ActionWithdraw || action == ActionCapture {
		// "pulled out of", "withdrew from", "recaptured X from Y".
		if action == ActionWithdraw && !skip("of") {
			skip("from")
		}
	}
	if action == ActionStrike && !skip("at") {
		skip("on") // "fired drones at", "attacks on"
	}
	if (action == ActionStrike || action == ActionCapture) && i < len(s) {
		if m := positionsAt.FindStringIndex(s[i:]); m != nil {
			// "shelled Indian positions at the Nathu La pass": the pass;
			// "captured the rebel positions on Tshanzu and Runyoni
			// hills": the hills.
			i += m[1]
		}
	}
	if action == ActionOffensive && !strings.HasSuffix(s[start:end], " of") && !skip("on") && !skip("against") {
		return nil // "launched an offensive on Loikaw": only what it is on
	}
	if action == ActionCapture || action == ActionEnter {
		// "took control of parts of Gondar", "seized most of the town
		// of X": the place is the one they are part of.
		from := i
		skip("large")
		if !((skip("parts") || skip("part") || skip("most") || skip("much")) && skip("of")) {
			i = from
		}
	}
	if action == ActionDeploy && !strings.HasSuffix(s[start:end], " into") && !strings.HasSuffix(s[start:end], " to") && !landedOn.MatchString(s[start:end]) && !skip("to") && !skip("into") && !skip("onto") {
		// "deployed troops to Sake"; "sent soldiers and police to
		// Cabo Delgado": the rest of a short list first.
		rest := s[i:min(len(s), i+40)]
		k := strings.Index(rest, " to ")
		if k < 0 || !strings.HasPrefix(rest, "and ") || strings.ContainsAny(rest[:k], ",.;") {
			return nil
		}
		i += k + len(" to ")
	}
	needFacility := false
	if skip("the") {
		// "the town of X", "the eastern city of X", "the Israeli port of
		// X"; else "the nearby X airport".
		if w := word(); stateOwners[w] {
			// "overran the army's Elephant Pass base": the base's name
			// after its owner.
			e := i + len(w)
			for _, q := range []string{"'s ", "’s ", "' "} {
				if strings.HasPrefix(s[e:], q) && e+len(q) < len(s) && isASCIIUpper(s[e+len(q)]) {
					i = e + len(q)
					break
				}
			}
		}
		from, headed := i, false
		limit := 4
		if from < len(s) && isASCIIUpper(s[from]) {
			limit = 6 // "the Sheikh Othman and Al Mansura districts of"
		}
		for n := 0; n < limit && !headed; n++ {
			w := word()
			switch {
			case w == "":
				n = limit
			case subdivisionHeads[strings.ToLower(w)] && i > from && isASCIIUpper(s[from]) && !nationalityWords[strings.Fields(s[from:i])[0]]:
				// "withdrew from the Sheikh Othman and Al Mansura
				// districts of Aden": the districts named before the
				// word, not the city they lie in.
				i, headed = from, true
			case objectHeads[w] && w != "capital" && i > from && isASCIIUpper(s[from]) && !nationalityWords[strings.Fields(s[from:i])[0]] && headEndsName(s, i+len(w)):
				// "recaptured the Mount Hermon outpost on Monday": the
				// name before the word, which no "of" follows (but "the
				// Kokang capital" is the capital of Kokang).
				i, headed = from, true
			case inFold(objectHeads, w) && !(strings.EqualFold(w, "strategic") && upperAfter(s, i+len(w))):
				capital := strings.EqualFold(w, "capital")
				for inFold(objectHeads, word()) && skip(word()) {
				}
				if !skip("of") && !(capital && i < len(s) && isASCIIUpper(s[i])) {
					return nil // but "the Eritrean capital Asmara" names it
				}
				if j := i + len("the "); j < len(s) && isASCIIUpper(s[j]) {
					skip("the") // "the slopes of the Chu Pong massif"
				}
				headed = true
			case !skip(w):
				n = limit
			}
		}
		if !headed {
			i, needFacility = from, true
			for n := 0; n < 2 && i < len(s) && s[i] >= 'a' && s[i] <= 'z' && skip(word()); n++ {
			}
		}
	}
	if i >= len(s) || !isASCIIUpper(s[i]) {
		return nil
	}
	// The name: up to four capitalised words, or al-/el- prefixed ones.
	e := nameEnd(s, i)
	if m := possessiveCity.FindStringIndex(s[e:]); m != nil && (strings.HasSuffix(s[i:e], "'s") || strings.HasSuffix(s[i:e], "’s")) {
		// "the heart of Iraq's second city Basra": the city, not the
		// country that holds it.
		i = e + m[1] - 1
		e = nameEnd(s, i)
	} else if j := regionTownOf(s, e); j > 0 {
		// "captured West Kordofan town of En Nahud": the town, not the
		// region it is in.
		i = j
		e = nameEnd(s, i)
	}
	name := trimPossessive(strings.TrimRight(s[i:e], " "))
	if owner := strings.TrimRight(s[i:e], " "); owner != name {
		if _, ok := NormalisePlace(name); !ok {
			// "overran Muammar Gaddafi's fortified Bab al-Aziziya
			// compound": a man's, not a place; the place is what he
			// owns, when it has a name.
			j := e + spaceRun(s[e:])
			for n := 0; n < 2 && j < len(s) && s[j] >= 'a' && s[j] <= 'z'; n++ {
				k := j
				for k < len(s) && (isASCIILetter(s[k]) || s[k] == '-') {
					k++
				}
				j = k + spaceRun(s[k:])
			}
			if j >= len(s) || !isASCIIUpper(s[j]) {
				return nil
			}
			i, e = j, nameEnd(s, j)
			name = trimPossessive(strings.TrimRight(s[i:e], " "))
		}
	}
	if k := strings.LastIndex(name, "'s "); k >= 0 {
		if quarterNames[name[k+len("'s "):]] {
			// "Mosul's Old City": a quarter with no name of its own; the
			// place is the city.
			name = name[:k]
		} else {
			// "Mozambique's Palma": the place is the one the country holds.
			i += k + len("'s ")
			name = name[k+len("'s "):]
		}
	}
	if _, ok := monthAbbrevs[strings.ToLower(name)]; ok {
		return nil // "on Oct. 7"
	}
	if e+1 < len(s) && s[e] == ' ' && s[e+1] >= '0' && s[e+1] <= '9' {
		return nil // "Tower 22", "Route 5"
	}
	// A name the next word makes an adjective ("Lakurawa militants",
	// "Shi'ite mosque") is no place, unless that word is a place noun
	// ("Yargoje village", "the nearby Kavumu airport").
	next := ""
	if n := e + spaceRun(s[e:]); n > e && n < len(s) && s[n] >= 'a' && s[n] <= 'z' && i+len(name) == e {
		k := n
		for k < len(s) && isASCIILetter(s[k]) {
			k++
		}
		next = s[n:k]
		if facilityAdjectives[next] && facilityNouns[firstWordAfter(s, k)] {
			next = firstWordAfter(s, k) // "the Elephant Pass military complex"
		}
		if (objectHeads[next] || facilityNouns[next]) && !strings.Contains(name, " ") && gazetteer[strings.ToLower(name)] == nil &&
			(strings.HasSuffix(name, "ian") || strings.HasSuffix(name, "ean") || strings.HasSuffix(name, "ese") || strings.HasSuffix(name, "ish")) {
			return nil // "the Haitian town of": an adjective of nationality
		}
		if !objectFollowers[next] && !objectHeads[next] && !objectHeads[strings.TrimSuffix(next, "s")] && !facilityNouns[next] {
			return nil
		}
	}
	if needFacility && !facilityNouns[next] && !objectHeads[next] {
		return nil
	}
	if shipNamed(s, i) {
		return nil // "sank the Russian cruiser Moskva": a ship, not a place
	}
	if !plausibleNameAt(s, i, name) {
		return nil
	}
	if lower := strings.ToLower(name); namedGroups[lower] != "" || namedGroups[lower+"s"] != "" {
		return nil // "seized a Tamil Tiger base": the side's
	}
	for _, p := range parties {
		if p.Start < i+len(name) && i < p.End {
			return nil
		}
	}
	if p, ok := NormalisePlace(name); ok {
		return &p
	}
	for _, w := range strings.Fields(name) {
		if strings.HasSuffix(w, "-controlled") || strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-backed") {
			return nil
		}
	}
	return &Place{Text: name, Name: name}
}

// heldPlace returns the place a country holds when p names it in the
// possessive ("Libya's Zawiya", "Pakistan's Balochistan"): the place is
// the one after the country, which is its region. Other places are
// returned as they are.
func heldPlace(p *Place) *Place {
	if p == nil {
		return nil
	}
	name := strings.ReplaceAll(p.Name, "’", "'")
	k := strings.LastIndex(name, "'s ")
	if k <= 0 {
		return p
	}
	owner, rest := name[:k], name[k+len("'s "):]
	lo := strings.ToLower(owner)
	if !isCountry(owner) && nationAdjectives[lo] == "" && gazetteer[lo] == nil || !plausiblePlaceName(rest) {
		return p
	}
	if q, ok := NormalisePlace(rest); ok {
		q.Text = p.Text
		if q.Region == "" {
			q.Region = owner
		}
		return &q
	}
	return &Place{Text: p.Text, Name: rest, Region: owner}
}

// lastWordStart returns where the last word of s[start:end] begins.
func lastWordStart(s string, start, end int) int {
	j := end
	for j > start && !isASCIISpace(s[j-1]) {
		j--
	}
	return j
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }

// arabicArticle reports whether s opens with a lower-case article of an
// Arabic name ("al-Noura").
func arabicArticle(s string) bool {
	return hasAnyPrefix(s, "al-", "el-", "ad-", "as-", "ash-", "ar-", "an-")
}

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAnyFoldPrefix reports whether s begins with one of prefixes, ASCII
// letters folded.
func hasAnyFoldPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if hasASCIIFoldPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// facilityNouns are the places a name can be told by after "the": "the
// nearby Kavumu airport", "the Rafah crossing".
var facilityNouns = map[string]bool{
	"airport": true, "airbase": true, "base": true, "crossing": true, "port": true, "bridge": true,
	"dam": true, "refinery": true, "plant": true, "camp": true, "valley": true, "hills": true,
	"complex": true, "garrison": true, "outpost": true, "barracks": true, "compound": true, "fortress": true, "citadel": true,
	// "the Dabolim airfield", "the Tololing ridge", "the Se La pass".
	"airfield": true, "airstrip": true, "ridge": true, "pass": true,
	// "the Chu Pong massif", "the Golan plateau": high ground named for
	// itself.
	"massif": true, "plateau": true, "peak": true, "hill": true,
}

// facilityAdjectives may come between a place's name and its facility
// noun: "the Elephant Pass military complex", "the Kamina air base", "the
// Rashidiyeh refugee camp".
var facilityAdjectives = wordSet("military army naval air police refugee")

// headEndsName reports whether the place noun ending at s[:i] ends the
// name before it ("the Mount Hermon outpost on Monday"): neither another
// place noun, "of" nor a name follows ("the Black Sea port city of
// Odesa", "the Chechen capital Grozny").
func headEndsName(s string, i int) bool {
	n := i + spaceRun(s[i:])
	if n == i || n >= len(s) {
		return true
	}
	k := n
	for k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	w := s[n:k]
	return w == "" || !isASCIIUpper(w[0]) && w != "of" && !objectHeads[w]
}

// upperAfter reports whether a capitalised word follows s[:i] after
// white space: "the strategic Elephant Pass" names the place at once.
func upperAfter(s string, i int) bool {
	n := i + spaceRun(s[i:])
	return n > i && n < len(s) && isASCIIUpper(s[n])
}

// objectFollowers are the lower-case words that may follow a place named
// as an object: prepositions, conjunctions and the words of time and
// manner that close the clause ("seized Goma on Monday", "shelled
// Vovchansk through the night", "stormed Masala and Mapasana villages").
var objectFollowers = map[string]bool{
	"on": true, "in": true, "at": true, "and": true, "from": true, "after": true, "before": true,
	"with": true, "as": true, "late": true, "early": true, "overnight": true, "last": true, "this": true,
	"for": true, "since": true, "during": true, "near": true, "to": true, "through": true, "without": true,
	"killing": true, "wounding": true, "but": true, "or": true, "while": true, "when": true, "where": true,
	"amid": true, "despite": true, "following": true, "within": true, "until": true, "by": true,
	"earlier": true, "yesterday": true, "today": true, "again": true, "unopposed": true, "itself": true,
}

// controlledBy reports whether a name says who holds an area rather than
// naming it: "Houthi-controlled", "rebel-held".
func controlledBy(name string) bool {
	for _, suf := range []string{"-controlled", "-held", "-occupied", "-run"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// regionNouns are the words after a name that make it a region: "the
// Sumy region", "the Kherson oblast".
var regionNouns = []string{" region", " province", " oblast", " governorate", " district", " state"}

// namedRegion returns the first region a sentence names as "the Sumy
// region" or "Ukraine's Kharkiv region", for an event the other rules
// place nowhere, or nil.
func namedRegion(s string) *Place {
	for _, noun := range regionNouns {
		for at := range indexAll(s, noun) {
			off := at + len(noun)
			if off < len(s) && isASCIILetter(s[off]) || strings.HasPrefix(s[off:], " of ") && off+4 < len(s) && isASCIIUpper(s[off+4]) {
				continue // "regional", "the state of Michoacan"
			}
			// The capitalised words before, up to three.
			b := at
			for n := 0; n < 3; n++ {
				j := b
				for j > 0 && (isASCIILetter(s[j-1]) || s[j-1] == '-') {
					j--
				}
				if j == b || !isASCIIUpper(s[j]) {
					break
				}
				b = j
				if b == 0 || s[b-1] != ' ' {
					break
				}
				if b-1 > 0 && !isASCIIUpper(s[max(0, lastWordStart(s, 0, b-1))]) {
					break
				}
				b--
			}
			for b < at && s[b] == ' ' {
				b++
			}
			if b >= at {
				continue
			}
			name := s[b:at]
			if !plausiblePlaceName(name) || controlledBy(name) {
				continue
			}
			if p, ok := NormalisePlace(name); ok {
				return &p
			}
			return &Place{Text: s[b:off], Name: name}
		}
	}
	return nil
}

// isQuoteOrDash reports whether s opens with a typographic quote or dash,
// which ends a name.
func isQuoteOrDash(s string) bool { return hasAnyPrefix(s, "’", "‘", "“", "”", "–", "—") }

// placeAnaphors are the nouns after "the" by which a report names again
// the place of an event it told before: "retreated from the city
// overnight", "sent reinforcements to the area".
var placeAnaphors = map[string]bool{
	"city": true, "town": true, "area": true, "region": true, "capital": true, "village": true,
	"province": true, "district": true, "base": true, "airport": true, "garrison": true, "outpost": true,
	"settlement": true, "enclave": true, "island": true, "port": true, "stronghold": true, "camp": true, "barracks": true,
	// The event told before, where this one happened: "during the clashes".
	"clashes": true, "fighting": true, "battle": true,
}

// placeAnaphor reports whether a sentence names a place only as "the
// city", "the town", "the area" and the like (also "the city's").
func placeAnaphor(s string) bool {
	for off := 0; ; {
		k := indexFold(s[off:], "the ")
		if k < 0 {
			return false
		}
		at := off + k
		off = at + len("the ")
		if at > 0 && isASCIILetter(s[at-1]) {
			continue
		}
		// "the town", "the encircled provincial capital": the noun after
		// at most two words of lower case.
		w := off
		for n := 0; n < 3 && w < len(s); n++ {
			e := w
			for e < len(s) && (isASCIILetter(s[e]) || e > w && s[e] == '-') {
				e++
			}
			if e == w {
				break
			}
			if inFold(placeAnaphors, s[w:e]) {
				if campNoun(s[w:e]) && (placedCamp(s[w:e], s[e:]) || strings.HasPrefix(s[e:], " of ")) {
					return false
				}
				return true
			}
			if !anaphorModifier(s[w:e]) || e >= len(s) || s[e] != ' ' {
				break
			}
			w = e + 1
		}
	}
}

// anaphorModifier reports whether a word may stand between "the" and a
// place noun told before: "encircled", "provincial", "northern",
// "rebel-held", "besieged".
func anaphorModifier(w string) bool {
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z') {
		return false
	}
	return areaModifiers[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ern")
}

// betweenPhrase matches "between X and Y", each of one or two words.
var betweenPhrase = regexp.MustCompile(`\bbetween\s+(?:the\s+)?([\pL'’.-]+(?:\s+[\pL'’.-]+)?)\s+and\s+(?:the\s+)?([\pL'’.-]+(?:\s+[\pL'’.-]+)?)`)

// betweenParties reports whether place is written as one side of a
// "between X and Y" in s: a party to a truce or talks, not where they are.
func betweenParties(s, place string) bool {
	if place == "" || !strings.Contains(s, "between") {
		return false
	}
	for _, m := range betweenPhrase.FindAllStringSubmatch(s, -1) {
		for _, side := range m[1:] {
			if side == place || strings.HasPrefix(side, place+" ") || strings.HasPrefix(side, place+"'") || strings.HasPrefix(side, place+"’") {
				return true
			}
		}
	}
	return false
}

// dropWiderHeadlineEvents drops an event the headline tells at a place
// the body names again only as the setting of the same event, told there
// by the same actor at a place of its own: "seizes army base in West
// Darfur" and "overran the army's main base in Ardamata, ... the capital
// of West Darfur state"; so too one the headline places only by the
// nation struck (see targetToldAt).
func dropWiderHeadlineEvents(claims []Claim, text string) []Claim {
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return claims
	}
	out := claims[:0]
	for i, c := range claims {
		if c.Kind == KindEvent && c.Span.End <= nl && c.Location != nil && toldWithin(c, claims[i+1:], text, nl) {
			continue
		}
		if c.Kind == KindEvent && c.Span.End <= nl && c.Location == nil && targetToldAt(c, claims[i+1:], nl) {
			continue
		}
		out = append(out, c)
	}
	clear(claims[len(out):])
	return out
}

// targetToldAt reports whether the body tells c, a headline event placed
// only by the nation it struck ("Egyptian jets raid Libyan air base"),
// again by the same actor against the same nation at a place of its own
// ("Egyptian warplanes bombed the Libyan air base at El Adem").
func targetToldAt(c Claim, rest []Claim, nl int) bool {
	if c.Action == ActionDeploy || c.Action == ActionStatement || c.Action == ActionTalks || c.Action == ActionCeasefire || c.Actor == nil || c.Target == nil || !isCountry(c.Target.Name) {
		return false
	}
	for _, d := range rest {
		if d.Kind == KindEvent && d.Span.Start > nl && d.Action == c.Action && d.Actor != nil && d.Actor.Name == c.Actor.Name &&
			d.Target != nil && d.Target.Name == c.Target.Name && d.Location != nil && !isCountry(d.Location.Name) {
			return true
		}
	}
	return false
}

// toldWithin reports whether a body claim tells c again, by the same
// actor, at another place near which c's place is named.
func toldWithin(c Claim, rest []Claim, text string, nl int) bool {
	for _, d := range rest {
		if d.Kind != KindEvent || d.Span.Start <= nl || d.Action != c.Action || c.Actor != nil && (d.Actor == nil || d.Actor.Name != c.Actor.Name) ||
			d.Location == nil || placeWithin(d.Location, c.Location) && !strings.EqualFold(d.Location.Region, c.Location.Name) ||
			strings.Contains(text[:nl], d.Location.Text) {
			// The same place, a wider one, or one the headline names too;
			// a place in the headline's is the event told in full.
			continue
		}
		from, to := max(nl, d.Span.Start-120), min(len(text), d.Span.End+160)
		// The sentence of d only.
		if k := max(strings.LastIndex(text[from:d.Span.Start], ". "), strings.LastIndexByte(text[from:d.Span.Start], '\n')); k >= 0 {
			from += k + 1
		}
		if k := strings.IndexAny(text[d.Span.End:to], ".\n"); k >= 0 {
			to = d.Span.End + k
		}
		if strings.Contains(text[from:to], c.Location.Text) || strings.Contains(text[from:to], c.Location.Name) {
			return true
		}
	}
	return false
}

// dateHeadlineEvents gives an event told in the headline without a date
// the date of its telling in the body: the same action, not at another
// place (but a country, by the same actor) nor by another actor, and
// either at the same place, by the same actor, or the body's only event
// of that action. Headlines seldom say
// when; the lead usually does. A headline capture the body tells only as
// an entry or a landing takes that one's date (see entryOfCapture). Body
// events told as days after the event before them are dated first (see
// daysLaterDates).
func dateHeadlineEvents(claims []Claim, text string) {
	daysLaterDates(claims)
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindEvent || c.Span.End > nl || c.Date.Start != nil {
			continue
		}
		var only, agreed *Claim
		n := 0
		for j := i + 1; j < len(claims); j++ {
			d := &claims[j]
			if d.Kind != KindEvent || d.Span.Start <= nl || d.Action != c.Action {
				continue
			}
			n++
			if d.Date.Start == nil {
				continue
			}
			samePlace := c.Location != nil && d.Location != nil && placeWithin(c.Location, d.Location)
			sameActor := c.Actor != nil && d.Actor != nil && c.Actor.Name == d.Actor.Name
			// A country the body names is a vaguer telling of the
			// headline's place ("hit U.S. frigate in Gulf" and "fired
			// missiles at the U.S. frigate Stark") when the side agrees.
			vaguer := !samePlace && sameActor && d.Location != nil && isCountry(d.Location.Name)
			if c.Location != nil && d.Location != nil && !samePlace && !vaguer || c.Actor != nil && d.Actor != nil && !sameActor {
				continue
			}
			if only == nil {
				only = d
			}
			if agreed == nil && (samePlace || sameActor) {
				agreed = d
			}
		}
		told := agreed
		if told == nil && n == 1 {
			told = only
		}
		if told == nil && n == 0 && c.Action == ActionCapture {
			told = entryOfCapture(c, claims[i+1:], nl)
		}
		if told != nil {
			c.Date = told.Date
			if c.Actor == nil && told.Actor != nil {
				// "army pulls back" in the headline: the side the
				// body's telling names.
				a := *told.Actor
				c.Actor = &a
			}
		}
	}
}

// entryOfCapture returns the body's dated entry or landing by the side of
// c, a headline capture the body tells of no other way ("Chinese seize
// Paracel islands" and "Chinese forces landed on three islands of the
// Paracel group on Sunday"), at no other place; else nil.
func entryOfCapture(c *Claim, rest []Claim, nl int) *Claim {
	for j := range rest {
		d := &rest[j]
		if d.Kind != KindEvent || d.Span.Start <= nl || d.Action != ActionEnter && d.Action != ActionDeploy || d.Date.Start == nil ||
			d.Actor == nil || c.Location != nil && d.Location != nil && !placeWithin(c.Location, d.Location) {
			continue
		}
		if c.Actor == nil && (c.Location == nil || d.Location == nil || d.Action != ActionEnter) {
			// A headline's capture of no named side ("take Koritza")
			// is the body's entry into the same town ("Greek troops
			// marched into Koritza yesterday").
			continue
		}
		if c.Actor != nil && d.Actor.Name != c.Actor.Name {
			continue
		}
		return d
	}
	return nil
}

// claimsAttack reports whether the text before an attack told before ends
// in a claim of it: "claimed responsibility for", "claims the".
func claimsAttack(before string) bool {
	return claimedFor.MatchString(before)
}

// claimedStrikes gives the attacks told last, whose actor is unnamed or
// named only as "militants" or "rebels", to the armed group a sentence
// of its own says claimed them: "Separatist militants blew up a railway
// track ... The Baloch Liberation Army claimed responsibility."
func claimedStrikes(claims []Claim, s string) {
	k := strings.Index(s, " claimed responsibility")
	if k < 0 {
		return
	}
	parties := findParties(s[:k])
	if len(parties) == 0 {
		return
	}
	p := parties[len(parties)-1]
	if !armedGroups[p.Name] || strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[p.End:k]), "has")) != "" {
		return // the group is not the subject of the claim
	}
	for i := len(claims) - 1; i >= 0; i-- {
		c := &claims[i]
		if c.Kind != KindEvent || c.Action != ActionStrike {
			continue
		}
		if c.Actor != nil && c.Actor.Name != "militants" && c.Actor.Name != "rebels" {
			return
		}
		c.Actor = &Party{Text: p.Text, Name: p.Name}
	}
}

// claimedFor matches the end of a claim of responsibility before the
// attack it claims.
var claimedFor = regexp.MustCompile(`(?i)\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\s+for\s+(?:the\s+|these\s+|those\s+|this\s+)?$`)

// anaphorBefore matches the determiner of an attack told before: "the",
// "these", "such", perhaps with "same" or "latest".
var anaphorBefore = regexp.MustCompile(`(?i)\b(?:the|these|those|this|such)(?:\s+(?:latest|same|reported|alleged|overnight))?\s+$`)

// anaphorNouns are the bare nouns that, after anaphorBefore, point back.
var anaphorNouns = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true,
	"raid": true, "raids": true, "shelling": true, "bombing": true, "bombardment": true, "assault": true,
	"clash": true, "clashes": true}

// strikeAnaphor reports whether the strike trigger at [start, end) is a
// bare noun after a definite determiner: "the attack", "these strikes",
// where the determiner may be part of the trigger.
func strikeAnaphor(s string, start, end int) bool {
	// The first two words of the trigger, lower-cased: lower-casing moves
	// no word boundary, so they are those of strings.Fields of the
	// lower-cased trigger.
	var t [2]string
	n := 0
	for w := range strings.FieldsSeq(s[start:end]) {
		if n < len(t) {
			t[n] = w
		}
		n++
	}
	switch n {
	case 1:
		if v, _ := lowerLookup(anaphorNouns, t[0]); !v {
			return false
		}
		var b fieldTail
		if !b.read(s[:start], 2, isASCIISpace) || b.n == 0 {
			return anaphorBefore.MatchString(s[max(0, start-24):start])
		}
		det := func(w []byte) bool {
			switch string(w) {
			case "the", "these", "those", "this", "such":
				return true
			}
			return false
		}
		if det(b.word(0)) {
			return true
		}
		switch string(b.word(0)) {
		case "latest", "same", "reported", "alleged", "overnight":
			return b.n > 1 && det(b.word(1))
		}
		return false
	case 2:
		det, _ := lowerLookup(anaphorDeterminers, t[0])
		noun, _ := lowerLookup(anaphorNouns, t[1])
		return det && noun
	}
	return false
}

// anaphorDeterminers open a trigger of two words that points back to a
// strike ("the attack", "these strikes").
var anaphorDeterminers = map[string]bool{"the": true, "these": true, "those": true}

// includedNames matches, after an event's trigger, an object of several
// places followed by the first of them by name: "shelled several towns
// inside Armenia overnight, including Jermuk", "captured several towns in
// Tigray in recent weeks, including Shire", "shelled more than 20 allied
// bases and towns, including the provincial capital of Tay Ninh".
var includedNames = regexp.MustCompile(`^[^.;:()]{0,60}?\b(?:towns|villages|cities|settlements|positions|districts|localities|areas|communities|bases|outposts)\b[^.;:()]{0,70}?,\s+including\s+(?:the\s+(?:[a-z-]+\s+)?(?:town|village|city|port|capital|stronghold)\s+of\s+)?(\p{Lu}[\pL'’-]*(?:\s+\p{Lu}[\pL'’-]*){0,2})`)

// includedPlace returns the first place named after "including" when an
// event's object is several places (see includedNames), else nil.
func includedPlace(s string, end int) *Place {
	rest := s[end:]
	k := strings.Index(rest, ", including ")
	if k < 0 || k > 140 {
		return nil
	}
	rest = rest[:min(len(rest), k+80)]
	m := includedNames.FindStringSubmatch(rest)
	if m == nil || !plausiblePlaceName(m[1]) {
		return nil
	}
	if p, ok := NormalisePlace(m[1]); ok {
		return &p
	}
	return &Place{Text: m[1], Name: m[1]}
}

// vagueSpan reports whether s puts something in a span of time no date
// gives: "for weeks", "for several months", "in recent days", "over the
// past weeks", "during the last few months", "for the past year",
// "repeatedly".
func vagueSpan(s string) bool {
	if strings.Contains(s, "repeatedly") {
		return true
	}
	for _, noun := range vagueNouns {
		for at := range indexAll(s, noun) {
			if end := at + len(noun); end < len(s) && isASCIILetter(s[end]) {
				continue
			}
			var t fieldTail
			if !t.read(s[:at], 3, isHedgeSep) {
				continue
			}
			var w [3]string // the words before, the nearest first
			for i := 0; i < t.n; i++ {
				w[i] = string(t.word(i))
			}
			if vagueBefore(w, noun[len(noun)-1] == 's') {
				return true
			}
			if noun[len(noun)-1] == 's' && strings.HasPrefix(s[at+len(noun):], " ago") && numberWords[w[0]] == 0 && (w[0] == "" || w[0][0] < '0' || w[0][0] > '9') {
				return true // "withdrawn from the area days ago", not "three days ago"
			}
		}
	}
	return false
}

// vagueNouns are the units of a vague span, with the space before them.
var vagueNouns = []string{" days", " weeks", " months", " years", " week", " month", " year"}

// vagueBefore reports whether the words before a unit of time (the
// nearest first) make a vague span of it: "for (several) weeks", "in
// recent days", "over the past (few) months"; of a singular unit, "for
// the past year".
func vagueBefore(w [3]string, plural bool) bool {
	if !plural {
		return (w[0] == "past" || w[0] == "last") && (w[1] == "the" || w[1] == "a") && w[2] == "for"
	}
	p1, p2, p3 := w[0], w[1], w[2]
	if p1 == "few" {
		p1, p2, p3 = p2, p3, ""
	}
	switch {
	case p1 == "for", (p1 == "several" || p1 == "many") && p2 == "for":
		return true
	case (p1 == "straight" || p1 == "consecutive" || p1 == "successive") && p3 == "for":
		return true // "for seven straight days"
	case p1 == "recent" || p1 == "past" || p1 == "last" || p1 == "previous":
		return p2 == "in" || p2 == "over" || p2 == "during" ||
			p2 == "the" && (p3 == "in" || p3 == "over" || p3 == "during" || p3 == "for")
	}
	return false
}

// vowedOrDenied matches the words before a trigger that make the event
// one vowed, planned or ordered ("vowed to keep up attacks", "ordered
// the army to \"completely liberate\"") or denied ("denied reports that
// its forces had withdrawn").
var vowedOrDeniedRe = regexp.MustCompile(`(?i)\b(?:(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|threaten(?:ed|s)?|intend(?:s|ed)?|ordered\s+(?:[\w’'-]+\s+){0,3}?to|urged\s+(?:[\w’'-]+\s+){0,3}?to)\s+(?:to\s+)?|den(?:ied|ies|y|ying)\s+(?:the\s+)?(?:reports?\s+|claims?\s+|allegations?\s+)?(?:that\s+)?(?:[\w’'-]+\s+){0,5}?)(?:["“]?[\w’'-]+["”]?\s+){0,3}["“]?$`)

// vowedOrDenied reports whether the clause before the trigger at start
// vows, orders or denies it (see vowedOrDeniedRe).
func vowedOrDenied(s string, start int) bool {
	from := tailWords(s, start, 10)
	before := s[from:start]
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	// The verbs are written in lower case but at the start of a
	// sentence, where the regexp (which folds case) is asked anyway.
	if !strings.Contains(before, "vow") && !strings.Contains(before, "pledg") && !strings.Contains(before, "promis") &&
		!strings.Contains(before, "threaten") && !strings.Contains(before, "intend") && !strings.Contains(before, "ordered") &&
		!strings.Contains(before, "urged") && !strings.Contains(before, "deni") && !strings.Contains(before, "deny") &&
		!(from == 0 && capitalVow(before)) {
		return false
	}
	m := vowedOrDeniedRe.FindStringIndex(before)
	if m == nil {
		return false
	}
	// "denied the accusation and said Azerbaijani forces had launched
	// attacks": what follows a new verb of saying is not denied.
	return !newClause.MatchString(before[m[0]:])
}

// capitalVow reports whether s opens with a capitalised verb of
// vowedOrDeniedRe ("Denying reports that ...").
func capitalVow(s string) bool {
	for _, p := range []string{"Vow", "Pledg", "Promis", "Threaten", "Intend", "Ordered", "Urged", "Deni", "Deny"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// newClause matches the words that open a clause after a vow or denial.
var newClause = regexp.MustCompile(`(?i)\b(?:said|says|saying|and|but|while|adding)\b`)

// afterDateline drops the parties named in a dateline ("PORT SUDAN, Sudan
// (Reuters) -"): the country there says where the report was filed, not
// who acted.
func afterDateline(s string, parties []partyMention) []partyMention {
	if len(parties) == 0 || parties[0].Start > 60 {
		return parties
	}
	end := datelineEnd(s)
	if end == 0 {
		return parties
	}
	k := 0
	for k < len(parties) && parties[k].Start < end {
		k++
	}
	return parties[k:]
}

// datelineEnd returns where a dateline that opens s ends (after its
// agency's name and the dash), or 0.
func datelineEnd(s string) int {
	i := strings.IndexByte(s[:min(len(s), 80)], '(')
	if i <= 0 || !isASCIIUpper(s[0]) {
		return 0
	}
	j := strings.IndexByte(s[i:min(len(s), i+24)], ')')
	if j < 0 {
		return 0
	}
	rest := strings.TrimLeft(s[i+j+1:], " ")
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(rest, d) {
			return len(s) - len(rest) + len(d)
		}
	}
	return 0
}

// undatedByContext are the actions that take no date from the sentences
// before: a statement or talks told without a date of their own are as
// often planned, habitual or told days later as they are the report's,
// and a siege goes on from a day the report seldom gives.
var undatedByContext = map[string]bool{ActionStatement: true, ActionTalks: true, ActionSiege: true}

// notOwnersOfActions drops the capitals and countries named as the owners
// of an action ("in Baghdad's biggest incursion into the Kurdish enclave",
// "Moscow's offensive"): the side that acts, not where.
func notOwnersOfActions(s string, places []placeHit) []placeHit {
	if !strings.Contains(s, "'s ") && !strings.Contains(s, "’s ") {
		return places
	}
	return dropPlaces(places, func(h placeHit) bool {
		if capitalNations[strings.ToLower(h.Place.Name)] == "" && !isCountry(h.Place.Name) {
			return false
		}
		after, ok := strings.CutPrefix(s[h.End:], "'s ")
		if !ok {
			if after, ok = strings.CutPrefix(s[h.End:], "’s "); !ok {
				return false
			}
		}
		for i, w := range strings.Fields(after) {
			if i >= 3 {
				break
			}
			if ownedActions[strings.ToLower(strings.TrimRight(w, ",.;:"))] {
				return true
			}
		}
		return false
	})
}

// ownedActions are the nouns of an action a side owns: "Baghdad's
// incursion".
var ownedActions = wordSet("incursion incursions offensive counteroffensive counter-offensive invasion assault onslaught bombardment " +
	"raid raids airstrikes air strikes advance push campaign")

// notBorders drops the countries named for their border ("on the
// Bangladesh border", "near the Syrian border"): the event is at the
// border, not in the country.
func notBorders(s string, places []placeHit) []placeHit {
	if !strings.Contains(s, " border") {
		return places
	}
	return dropPlaces(places, func(h placeHit) bool {
		return isCountry(h.Place.Name) && strings.HasPrefix(s[h.End:], " border") || acrossBorder(s[:h.Start])
	})
}

// acrossBorder reports whether the words before a place put it across a
// border from the event, as a region of the neighbour: "near the border
// with Azerbaijan's Nakhchivan exclave", "along the border with Russia's
// Kursk region".
func acrossBorder(before string) bool {
	before = before[max(0, len(before)-48):]
	k := strings.LastIndex(before, "border with ")
	if k < 0 {
		return false
	}
	owner := before[k+len("border with "):]
	if strings.HasPrefix(owner, "the ") {
		owner = owner[len("the "):]
	}
	return (strings.HasSuffix(owner, "'s ") || strings.HasSuffix(owner, "’s ")) && !strings.ContainsAny(owner[:len(owner)-3], " ,;")
}

// notSpeakers drops the places that speak: a capital or country right
// before a verb of saying stands for its government ("losing 13
// soldiers, Pretoria said"), and the event was not there.
func notSpeakers(s string, places []placeHit) []placeHit {
	return dropPlaces(places, func(h placeHit) bool {
		if w := lastWords(s[:h.Start], 1); len(w) == 1 && strings.HasPrefix(s[h.End:], " of ") && accuseWords[strings.ToLower(w[0])] {
			return true // "Kabul accused Islamabad of carrying out air strikes": the accused government
		}
		if stationSpeaks(s[h.End:], true) {
			return true // "Lagos radio said": the government's radio, not where
		}
		if venueBefore(s[:h.Start]) {
			return true // "the government announced in Brussels", "a radio message picked up in Darwin": where it was told
		}
		if envoySeat(s, h) {
			return true // "Saudi Arabia's ambassador in Washington announced the operation": where the envoy sits
		}
		return hasAnyPrefix(s[h.End:], speakerVerbs...) && wordBoundaryAfter(s, h.End+len(firstSpaceWord(s[h.End:])))
	})
}

// venueSuffixes end the words before a place that tell where news was
// made known, not where it happened.
var venueSuffixes = slices.Concat(statementVenues, []string{"announced in ", "picked up in ", "monitored in ", "heard in ",
	"press conference in ",
	// "a statement issued by their office in London", "a rebel spokesman in Nairobi".
	"by their office in ", "by its office in ", "from their office in ", "from its office in ", "spokesman in ", "spokeswoman in ",
	// "U.N. spokesman Michael Williams said in Zagreb", "according to a
	// message from Cettinje".
	"said in ", "says in ", "told journalists in ", "told Reuters in ", "told AFP in ", "message from ", "received from ", "by way of "})

// statementVenues end the words before the place a statement was issued
// or told at, for events' places and figures' alike.
var statementVenues = []string{"issued in ", "released in ", "told reporters in ", "news conference in ", "briefing in "}

// venueBefore reports whether the text before a place ends in words
// telling where a statement was made or heard: "the Belgian government
// announced in", "a radio message picked up in".
func venueBefore(before string) bool {
	return endsWithAnyFold(before, venueSuffixes)
}

// stationSpeaks reports whether s, after a place, opens with a
// broadcaster or command of it that speaks ("Hanoi radio said", "the
// Saigon command reported"), or with commaToo one set before a comma
// ("Lagos radio, quoting …").
func stationSpeaks(s string, commaToo bool) bool {
	rest, ok := afterStation(s)
	return ok && (commaToo && strings.HasPrefix(rest, ",") || hasAnyPrefix(rest, speakerVerbs...) || hasAnyPrefix(rest, " reported", " quoted"))
}

// afterStation returns what follows a broadcaster's or a command's word
// that opens s (" radio", " TV", " command": "the Saigon command
// confirmed"), and whether one does.
func afterStation(s string) (string, bool) {
	for _, w := range []string{" radio", " Radio", " television", " TV", " command", " Command", " high command", " High Command"} {
		if strings.HasPrefix(s, w) {
			return s[len(w):], true
		}
	}
	return "", false
}

// envoySeat reports whether a place is where an envoy named before it is
// posted: "the ambassador in Washington".
func envoySeat(s string, h placeHit) bool {
	b, ok := strings.CutSuffix(s[:h.Start], " in ")
	return ok && envoyNouns[lastWord(b)]
}

// envoyNouns are the people posted abroad whose post a place after "in"
// names: "the ambassador in Washington".
var envoyNouns = wordSet("ambassador ambassadors envoy envoys consul correspondent")

// accuseWords are the verbs before a government accused "of" an act.
var accuseWords = wordSet("accused accusing accuses accuse blamed blaming")

// speakerVerbs are the verbs of saying after a place that make it a
// speaker, with the space before them.
var speakerVerbs = []string{" said", " says", " denied", " denies", " accused", " accuses", " announced", " claimed", " insisted", " warned", " confirmed",
	// A headline's capitals: "Berlin Claims Fortress Was Stormed".
	" Says", " Claims", " Denies", " Accuses", " Warns", " Reports", " Confirms", " claims", " warns", " confirms"}

// firstSpaceWord returns the space and the word that open s.
func firstSpaceWord(s string) string {
	i := 1
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return s[:i]
}

// notUnits drops the places that name a force ("Russia's Black Sea
// Fleet", "the Northern Fleet", "the Western Military District"): a
// unit, not where the event was.
func notUnits(s string, places []placeHit) []placeHit {
	return dropPlaces(places, func(h placeHit) bool { return hasAnyPrefix(s[h.End:], unitNames...) })
}

// notReferencePoints drops the places a relative clause measures a
// place from: "the town, which lies west of the city of Donetsk", "a
// village located 20 km north of Gao" are where the town or village is
// found, not where the event was; so are the ends of a route ("on a
// flight from Anchorage to Seoul").
func notReferencePoints(s string, places []placeHit) []placeHit {
	if !strings.Contains(s, " lies ") && !strings.Contains(s, " located ") && !strings.Contains(s, " situated ") && !strings.Contains(s, " lying ") &&
		!namesRoute(s) {
		return places
	}
	return dropPlaces(places, func(h placeHit) bool {
		before := s[tailWords(s, h.Start, 10):h.Start]
		if routeOf.MatchString(before) {
			return true
		}
		if k := strings.LastIndex(h.Place.Text, h.Place.Name); k > 0 {
			before += h.Place.Text[:k] // "20 km north of Gao": the measure is the hit's
		}
		return lyingOf.MatchString(before)
	})
}

// notRouteEnds drops the places that are an end of a craft's route (see
// routeOf).
func notRouteEnds(s string, places []placeHit) []placeHit {
	if !namesRoute(s) {
		return places
	}
	return dropPlaces(places, func(h placeHit) bool {
		return routeOf.MatchString(s[tailWords(s, h.Start, 10):h.Start])
	})
}

// namesRoute reports whether s may name a craft's route (see routeOf).
func namesRoute(s string) bool {
	return strings.Contains(s, "flight from ") || strings.Contains(s, "flights from ") || strings.Contains(s, "route from ") || strings.Contains(s, "voyage from ")
}

// routeOf matches the words before a place that is an end of a craft's
// route: "on a flight from Anchorage to Seoul", "a ferry on the route
// from". Where a plane took off for or was bound is not where it was hit.
var routeOf = regexp.MustCompile(`\b(?:flights?|route|voyage)\s+from\s+(?:(?:[A-Z][\pL'’-]*\s+){1,3}(?:to|for)\s+)?$`)

// lyingOf matches the words before a place that measure another from it
// (see notReferencePoints).
var lyingOf = regexp.MustCompile(`(?i)\b(?:lies|lie|lying|located|situated)\s+(?:about\s+|some\s+|around\s+|just\s+)?(?:[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:of|from)\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|capital|region|province)\s+of\s+)?$`)

// notCraftModels drops the places that name a make of craft ("hit by
// Hunter and Canberra jets", "Tornado jets struck") or the base craft
// flew from ("B-52 bombers from Guam struck"): a weapon or where it came
// from, not where the event was.
func notCraftModels(s string, places []placeHit) []placeHit {
	return dropPlaces(places, func(h placeHit) bool {
		if h.End < len(s) && s[h.End] == ' ' {
			w := firstWordAfter(s, h.End)
			if craftNouns[w] {
				return true
			}
			if w == "and" {
				j := h.End + len(" and ")
				if j < len(s) && isASCIIUpper(s[j]) {
					if e := modelCraft(s, j); e > 0 {
						return true
					}
				}
			}
		}
		ws := lastWords(s[:h.Start], 2)
		return len(ws) == 2 && ws[1] == "from" && craftNouns[strings.ToLower(ws[0])]
	})
}

// dropPlaces returns places without those drop reports, copying them only
// when it drops one.
func dropPlaces(places []placeHit, drop func(placeHit) bool) []placeHit {
	var out []placeHit
	for i, h := range places {
		if drop(h) {
			if out == nil {
				out = append(make([]placeHit, 0, len(places)), places[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, h)
		}
	}
	if out == nil {
		return places
	}
	return out
}

// nameEnd returns where the name that begins at s[i] ends: up to four
// capitalised words, or al-/el- prefixed ones.
func nameEnd(s string, i int) int {
	e := i
	for n := 0; n < 4; n++ {
		k := e
		for k < len(s) && (isASCIILetter(s[k]) || s[k] == '-' || s[k] == '\'' || s[k] >= utf8.RuneSelf && !isQuoteOrDash(s[k:])) {
			k++
		}
		if k == e {
			break
		}
		e = k
		next := e + spaceRun(s[e:])
		if next == e || next >= len(s) || !isASCIIUpper(s[next]) && !arabicArticle(s[next:]) {
			break
		}
		e = next
	}
	return e
}

// possessiveCity matches, after a country's possessive, the city it
// holds named by its rank or kind up to the city's first letter: "second
// city B", "largest port of A".
var possessiveCity = regexp.MustCompile(`^\s+(?:[a-z-]+\s+){0,3}?(?:city|town|port|capital|village)\s+(?:of\s+)?[A-Z]`)

// regionTownOf returns where the name begins when the name ending at
// s[e] is a region's before "town of", "city of", "village of", "port of"
// or "resort of" and a capitalised name ("West Kordofan town of En
// Nahud", "Black Sea resort of Gagra"), else 0.
func regionTownOf(s string, e int) int {
	for _, h := range []string{" town of ", " city of ", " village of ", " port of ", " resort of "} {
		if strings.HasPrefix(s[e:], h) && e+len(h) < len(s) && isASCIIUpper(s[e+len(h)]) {
			return e + len(h)
		}
	}
	return 0
}

// quarterNames are the quarters every city has, which name no place
// without their city's.
var quarterNames = map[string]bool{"Old City": true, "Old Town": true, "Old Quarter": true, "City Centre": true, "City Center": true}

// unitNames are the words after a place that make it a force's name.
var unitNames = []string{" Fleet", " Flotilla", " Military District", " Command",
	// "the Palestine Liberation Organisation", "the Rwandan Patriotic
	// Front": a movement's name.
	" Liberation", " Patriotic Front", " Democratic Force"}

// placeWithin reports whether two places are one, or one lies in the
// other as the gazetteer knows it ("Khan Younis" and "Gaza").
func placeWithin(a, b *Place) bool {
	return strings.EqualFold(a.Name, b.Name) || a.Region != "" && strings.EqualFold(a.Region, b.Name) ||
		b.Region != "" && strings.EqualFold(b.Region, a.Name) || featureOf(a.Name, b.Name) || featureOf(b.Name, a.Name)
}

// featureOf reports whether long names the feature of the place short
// names: "Kodori Gorge" and "Kodori", "Myitkyina airfield" and
// "Myitkyina".
func featureOf(long, short string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(long), strings.ToLower(short)+" ")
	return ok && short != "" && slices.Contains(featureNouns, rest)
}

// objectGap matches the words between a trigger and the country it
// takes as object: none, or "and missiles at", "on", "into northern".
var objectGap = regexp.MustCompile(`^\s+(?:(?:and\s+[\w-]+\s+)?(?:at|on|against|into|inside)\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?)?`)

// capitalAsPlace returns a capital named as a party as the place it is,
// by the gazetteer's name: "Saigon" is Ho Chi Minh City.
func capitalAsPlace(c string) *Place {
	if p, ok := NormalisePlace(c); ok {
		return &p
	}
	return &Place{Text: c, Name: c}
}

// peopleCaptured reports whether "captured" at sentence[start:end] tells
// people taken, a count or a noun of people right before it and no
// object after it.
func peopleCaptured(sentence string, start, end int) bool {
	w := strings.ToLower(lastWord(sentence[:start]))
	if !numberWordsOnly(w) && !victimHeads[w] {
		return false
	}
	for _, b := range lastWords(sentence[:start], 4) {
		if b == "which" || b == "that" {
			return false // "the Faw peninsula, which Iranian troops captured in February"
		}
	}
	rest := strings.TrimLeft(sentence[end:], " ")
	if rest == "" || strings.IndexByte(",.;:)", rest[0]) >= 0 {
		return true
	}
	next, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(next) {
	case "and", "when", "in", "during", "after", "by", "on", "while", "as", "near", "at":
		return true
	}
	return false
}

// lastOfThem reports whether the words before a soldier make him the
// last of a force: "the last Soviet soldier".
func lastOfThem(before string) bool {
	for _, w := range lastWords(before, 3) {
		if strings.EqualFold(w, "last") {
			return true
		}
	}
	return false
}

// capitalObject returns the capital named as the object right after an
// event's trigger at s[end:] ("recaptured Kabul", "shelled Kyiv"), or "".
func capitalObject(s string, end int, parties []partyMention) string {
	at := end + len(objectGap.FindString(s[end:]))
	for _, p := range parties {
		if p.Start == at && capitals[p.Text] {
			return p.Text
		}
	}
	return ""
}

// journeyAfter matches, after "left <Place>", a journey's end or
// purpose: "for Bagram", "today to reinforce the garrison".
var journeyAfter = regexp.MustCompile(`^(?i)\s+(?:for\s|on\s+an?\s|(?:[\w-]+\s+){0,2}?to\s+(?:reinforce|join|attend|help|meet|bolster|relieve|escort|guard|protect|take|support|(?-i:[A-Z])))`)

// leftOnAJourney reports whether troops that "left" a place made a journey
// ("left Managua today to reinforce the garrison", "left Kabul for
// Bagram") or a departure only awaited or asked ("until Russian troops left
// Chechnya", "to see that Peruvian troops left Ecuador").
func leftOnAJourney(s string, start, end int) bool {
	if journeyAfter.MatchString(s[end:]) {
		return true
	}
	before := strings.ToLower(s[tailWords(s, start, 6):start])
	return containsAny(before, []string{"until ", "unless ", "see that ", "demanded that ", "demand that ", "insisted that ", "before "})
}

// craftAgent reports whether rest, after a passive strike's "by", opens
// with the craft that struck: "was hit by drones overnight".
func craftAgent(rest string) bool {
	rest = trimArticle(rest)
	for _, w := range [...]string{"drones", "drone", "helicopters", "helicopter", "aircraft", "planes", "plane", "boats", "submarines", "submarine"} {
		if hasASCIIFoldPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// newPlaceOf reports whether h has a place no earlier hit of its action
// has.
func newPlaceOf(hits []eventHit, h eventHit) bool {
	if h.Place == nil {
		return false
	}
	for _, p := range hits {
		if p.Action == h.Action && (p.Place == nil || strings.EqualFold(p.Place.Name, h.Place.Name)) {
			return false
		}
	}
	return true
}

// anotherStrike reports whether a second strike a sentence states is
// another event than the strikes before it: by another named actor at
// another named place ("Iran launched drones at Israel in retaliation
// for a suspected Israeli strike on its embassy in Damascus").
func anotherStrike(hits []eventHit, h eventHit) bool {
	if h.Actor == nil || h.Place == nil {
		return false
	}
	for _, p := range hits {
		if p.Action != h.Action {
			continue
		}
		if p.Actor == nil || p.Actor.Name == h.Actor.Name || p.Place == nil || strings.EqualFold(p.Place.Name, h.Place.Name) {
			return false
		}
	}
	return true
}

// listOfParties reports whether the party p opens a list of three or
// more parties parted by commas and a last "and": "Foreign ministers of
// Russia, Ukraine, Germany and France met in Berlin".
func listOfParties(s string, p *partyMention, parties []partyMention) bool {
	n, end := 1, p.End
	for _, q := range parties {
		if q.Start < end {
			continue
		}
		gap := s[end:q.Start]
		if gap != ", " && gap != " and " && gap != ", and " {
			break
		}
		n++
		end = q.End
		if gap != ", " {
			break
		}
	}
	return n >= 3
}

// motiveCited reports whether the words before a second strike of a
// sentence cite it as the motive of the first, told in the plural as a
// run of attacks rather than one of its own: "struck targets in Yemen in
// retaliation for attacks by the Iran-backed group on shipping" ("in
// retaliation for a suspected Israeli strike on its embassy" is an event
// of its own).
func motiveCited(before, trigger string) bool {
	return strings.HasSuffix(trigger, "s") && motiveFor.MatchString(before)
}

// motiveFor matches the end of the words before a strike cited as a
// motive (see motiveCited).
var motiveFor = regexp.MustCompile(`(?i)\b(?:retaliation|reprisal|revenge|response)\s+(?:for|to)\s+(?:(?:the|its|their|recent|repeated|continued|continuing)\s+)?$`)

// clausePlace returns the place named after a trigger before its clause
// ends (at a comma, semicolon or dash), a town before a country:
// "struck dozens of targets in Houthi-controlled areas of Yemen
// overnight, ... in retaliation for attacks on shipping in the Red Sea"
// struck Yemen. Talks are held where the clause first says, a country
// as well as a town: "held talks with the alliance in China and agreed to
// a ceasefire in northern Shan state" were held in China.
func clausePlace(s string, end int, places []placeHit, parties []partyMention, venue bool) *Place {
	stop := len(s)
	if k := strings.IndexAny(s[end:], ",;:()"); k >= 0 {
		stop = end + k
	}
	if k := strings.Index(s[end:stop], " – "); k >= 0 {
		stop = end + k
	}
	var country *Place
	for _, h := range places {
		if h.Start < end || h.End > stop || controlledBy(h.Place.Name) || overlapsParty(h, parties) {
			continue
		}
		if venue || !isCountry(h.Place.Name) {
			p := h.Place
			return &p
		}
		if country == nil {
			p := h.Place
			country = &p
		}
	}
	if country == nil && stop < len(s) && s[stop] == ',' && placeHeads[lastWord(strings.TrimRight(s[end:stop], " "))] {
		// "captured the rebels' political capital, Kilinochchi, on
		// Jan. 2": the place the apposition names.
		for _, h := range places {
			if h.Start == stop+2 && !overlapsParty(h, parties) && !isCountry(h.Place.Name) &&
				(h.End == len(s) || strings.ContainsRune(",.;", rune(s[h.End]))) {
				p := h.Place
				return &p
			}
		}
		if rest := s[stop+1:]; strings.HasPrefix(rest, " ") {
			// A name the gazetteer does not know, set off by commas.
			if name, _, ok := strings.Cut(rest[1:], ","); ok && name != "" && isASCIIUpper(name[0]) &&
				!overlapsParty(placeHit{Start: stop + 2, End: stop + 3}, parties) {
				if p := namedPlace(name); p != nil {
					return p
				}
			}
		}
	}
	return country
}

// placeHeads are the nouns of an object that an apposition after it may
// name: "the rebels' political capital, Kilinochchi,".
var placeHeads = wordSet("capital stronghold base town city headquarters village port garrison outpost bastion hub seat fortress")

// overlapsParty reports whether a place's words are those of a party.
func overlapsParty(h placeHit, parties []partyMention) bool {
	for _, p := range parties {
		if h.Start < p.End && p.Start < h.End {
			return true
		}
	}
	return false
}

// passiveAt reports whether the words before a trigger end with the
// auxiliary of a passive, perhaps with an adverb: "has been retaken",
// "was quickly recaptured".
func passiveAt(before string) bool {
	var t fieldTail
	if !t.read(before, 2, isASCIISpace) || t.n == 0 {
		return false
	}
	aux := func(w []byte) bool {
		switch string(w) {
		case "was", "were", "been", "is", "are":
			return true
		}
		return false
	}
	return aux(t.word(0)) || t.n > 1 && bytes.HasSuffix(t.word(0), []byte("ly")) && aux(t.word(1))
}

// subjectPlace returns the first place named before a passive trigger,
// the subject's: "The town of Sudzha, the largest settlement ... in the
// Kursk region, has been retaken".
func subjectPlace(start int, places []placeHit, parties []partyMention) *Place {
	for _, h := range places {
		if h.Start >= start {
			break
		}
		if !controlledBy(h.Place.Name) && !overlapsParty(h, parties) && !isCountry(h.Place.Name) {
			p := h.Place
			return &p
		}
	}
	return nil
}

// areaNouns end a place named before them ("the Shebaa Farms area");
// areaModifiers may stand between the locative and the name, and
// areaLocatives open the phrase.
var (
	areaNouns = map[string]bool{"area": true, "region": true, "district": true, "township": true, "valley": true,
		"province": true, "state": true, "governorate": true, "county": true, "sector": true}
	areaModifiers = map[string]bool{"disputed": true, "neighbouring": true, "neighboring": true, "nearby": true,
		"restive": true, "embattled": true, "besieged": true, "northern": true, "southern": true, "eastern": true,
		"western": true, "central": true, "north-eastern": true, "northeastern": true, "north-western": true,
		"northwestern": true, "south-eastern": true, "southeastern": true, "south-western": true, "southwestern": true}
	areaLocatives = map[string]bool{"in": true, "near": true, "at": true, "of": true, "across": true, "around": true}
)

// withNamedAreas adds to places, in order, the names of one to three
// capitalised words before an area noun that the gazetteer and the
// locative fallback miss when a modifier stands between ("in the
// disputed Shebaa Farms area", "in neighbouring Rathedaung township"),
// and the countries whose territory a nation's adjective names ("over
// Russian regions"); it reports whether it added a country so.
func withNamedAreas(ix *sentIndex, places []placeHit) ([]placeHit, bool) {
	s := ix.s
	var out []placeHit
	territory := false
	// One pass over the capitalised words after a space (each begins at
	// one of the word starts): such a word, a space and an area or
	// territory noun.
	for _, p := range ix.starts {
		if p == 0 || s[p-1] != ' ' || !isASCIIUpper(s[p]) {
			continue
		}
		i := p - 1
		j := len(s)
		if k := strings.IndexByte(s[p:], ' '); k >= 0 {
			j = p + k
		}
		if j+1 >= len(s) {
			continue
		}
		if territoryFirst[s[j+1]] {
			var added bool
			if out, added = territoryAt(s, i+1, j, places, out); added {
				territory = true
				continue
			}
		}
		if !areaFirst[s[j+1]] {
			continue
		}
		at, noun := j+1, ""
		for _, n := range areaNounList {
			if strings.HasPrefix(s[at-1:], n) {
				noun = n
				break
			}
		}
		if noun == "" {
			continue
		}
		off := at + len(noun) - 1
		if off < len(s) && isASCIILetter(s[off]) {
			continue // "areas", "stated"
		}
		from := max(0, at-90)
		for from > 0 && s[from-1] != ' ' {
			from--
		}
		out = namedAreaAt(s, from, off, places, out)
	}
	if out == nil {
		return places, false
	}
	slices.SortStableFunc(out, func(a, b placeHit) int { return a.Start - b.Start })
	return out, territory
}

// territoryFirst holds the first letters of territoryNouns.
var territoryFirst = func() (m [256]bool) {
	for _, n := range territoryNouns {
		m[n[1]] = true
	}
	return m
}()

// areaFirst holds the first letters of areaNounList.
var areaFirst = func() (m [256]bool) {
	for _, n := range areaNounList {
		m[n[1]] = true
	}
	return m
}()

// areaNounList is areaNouns in a fixed order.
var areaNounList = []string{" area", " region", " district", " township", " valley", " province", " state", " governorate", " county", " sector"}

// namedAreaAt adds to out (a copy of places once it has one) the name
// before the area noun that ends s[from:to], if a locative opens it.
func namedAreaAt(s string, from, to int, places, out []placeHit) []placeHit {
	type word struct{ start, end int }
	var buf [24]word
	ws := buf[:0]
	for i := from; i < to; {
		j := i
		for j < to && (isASCIILetter(s[j]) || s[j] == '-' || s[j] == '\'' || s[j] >= utf8.RuneSelf) {
			j++
		}
		if j == i {
			i++
			continue
		}
		ws = append(ws, word{i, j})
		i = j
	}
	spaced := func(a, b int) bool { // white space only between words a and b
		g := s[ws[a].end:ws[b].start]
		return g != "" && strings.TrimLeft(g, " \t\n") == ""
	}
	k := len(ws) - 1
	if k < 2 || !spaced(k-1, k) {
		return out
	}
	n := k
	for n > 0 && k-n < 3 && isASCIIUpper(s[ws[n-1].start]) && ws[n-1].end-ws[n-1].start > 1 && (n == k || spaced(n-1, n)) {
		n--
	}
	if n == k || n == 0 || !spaced(n-1, n) {
		return out
	}
	m := n - 1
	if m > 0 && areaModifiers[strings.ToLower(s[ws[m].start:ws[m].end])] && spaced(m-1, m) {
		m--
	}
	if m > 0 && strings.EqualFold(s[ws[m].start:ws[m].end], "the") && spaced(m-1, m) {
		m--
	}
	if !areaLocatives[strings.ToLower(s[ws[m].start:ws[m].end])] {
		return out
	}
	start, end := ws[n].start, ws[k-1].end
	name := s[start:end]
	if !plausiblePlaceName(name) || overlaps(places, start, end) || overlaps(out, start, end) {
		return out
	}
	if out == nil {
		out = append(make([]placeHit, 0, len(places)+1), places...)
	}
	h := placeHit{Start: start, End: end, Place: Place{Text: name, Name: name}}
	if p, ok := NormalisePlace(name); ok {
		h.Place = p
	}
	return append(out, h)
}

// territoryNouns follow a nation's adjective to name its territory:
// "over Russian regions", "deep inside Ukrainian territory".
var territoryNouns = []string{" territory", " regions", " airspace", " soil", " waters", " land"}

// territoryPreps may stand before the adjective, perhaps with "the".
var territoryPreps = map[string]bool{"over": true, "in": true, "into": true, "inside": true, "across": true, "on": true}

// territoryAt adds to out (a copy of places once it has one) the
// country whose adjective is s[a:at], when a territory noun follows it
// and a preposition comes before it ("over Russian regions").
func territoryAt(s string, a, at int, places, out []placeHit) ([]placeHit, bool) {
	noun := ""
	for _, n := range territoryNouns {
		if strings.HasPrefix(s[at:], n) {
			noun = n
			break
		}
	}
	off := at + len(noun)
	if noun == "" || off < len(s) && isASCIILetter(s[off]) {
		return out, false
	}
	name := nationalityNames[s[a:at]]
	if name == "" || !isCountry(name) || overlaps(places, a, off) || overlaps(out, a, off) {
		return out, false
	}
	var t fieldTail
	if !t.read(s[:a], 2, isASCIISpace) || t.n == 0 {
		return out, false
	}
	w := string(t.word(0))
	if !territoryPreps[w] && !(w == "the" && t.n > 1 && territoryPreps[string(t.word(1))]) {
		return out, false
	}
	if out == nil {
		out = append(make([]placeHit, 0, len(places)+1), places...)
	}
	return append(out, placeHit{Start: a, End: off, Place: Place{Text: s[a:off], Name: name}}), true
}

// otherActor reports whether every earlier hit of action names an actor,
// and none of them name.
func otherActor(hits []eventHit, action, name string) bool {
	for _, p := range hits {
		if p.Action == action && (p.Actor == nil || p.Actor.Name == name) {
			return false
		}
	}
	return true
}

// listedPlace is a place named after an event's own in a list: "struck
// the ports of Hodeidah, Ras Isa and Salif".
type listedPlace struct {
	End   int // where its name ends in the sentence
	Place Place
}

// listAfterWords may follow the last name of a list of places: what comes
// after the list, not a noun that makes the name an adjective ("Houthi
// positions").
var listAfterWords = wordSet("and on in at near overnight early late last this after before as while killing wounding with from by " +
	"yesterday today tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

// placesListed returns the places named after at (the event's place, as
// written) in a list of three or more joined by commas and a final "and",
// each a capitalised name that is no party's, or of two known towns a
// capture takes or a strike hits: the strike or capture is at each.
func placesListed(s string, at *Place, from int) []listedPlace {
	if at == nil || at.Text == "" || from < 0 || from > len(s) {
		return nil
	}
	_, atKnown := NormalisePlace(at.Text)
	known, closed := true, false // closed: the list ended with its "and" item
	k := strings.Index(s[from:], at.Text)
	if k < 0 {
		return nil
	}
	if strings.HasSuffix(s[:from+k], "between ") {
		return nil // "the crossing between Gaza and Egypt": two sides, not two places
	}
	i := from + k + len(at.Text)
	atEnd := i
	var out []listedPlace
list:
	for last := false; !last; {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, ", and "):
			i, last = i+len(", and "), true
		case strings.HasPrefix(rest, " and "):
			i, last = i+len(" and "), true
		case strings.HasPrefix(rest, ", "):
			i += len(", ")
		default:
			break list
		}
		e := capitalisedNameEnd(s, i)
		if m := numberedHill.FindStringIndex(s[i:]); m != nil && m[0] == 0 && i+m[1] > e {
			e = i + m[1] // "Hill 983 and Hill 940"
		}
		name := s[i:e]
		if name == "" || !plausiblePlaceName(name) || nationalityWords[strings.Fields(name)[0]] || isPartyName(name) ||
			strings.HasSuffix(name, "'s") || strings.HasPrefix(s[e:], "'s") || strings.HasPrefix(s[e:], "’s") {
			// ("Kandahar, Afghanistan's second city": the place told of
			// again, by the area it lies in.)
			break list
		}
		if last {
			after := strings.TrimLeft(s[e:], " ")
			w := after
			if j := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
				w = after[:j]
			}
			if w != "" && !listAfterWords[w] {
				break list // "and Houthi positions": no place
			}
		}
		p := Place{Text: name, Name: name}
		q, ok := NormalisePlace(name)
		if ok {
			p = q
		}
		known, closed = known && ok, last
		out = append(out, listedPlace{End: e, Place: p})
		i = e
	}
	if len(out) == 0 {
		if more := placesAfterFirst(s, from, atEnd); len(more) > 0 {
			return more
		}
	}
	// The list is the verb's own object: "captured Khreshchenivka and
	// Zolota Balka on October 2".
	direct := len(strings.Fields(s[from:from+k])) == 1 || ofTrigger(s[from:from+k])
	if len(out) < 2 && !(known && closed && len(out) == 1 && atKnown) && !(direct && closed && len(out) == 1) {
		// "the towns of Idlib and Sarmada" may be one area; a list of
		// three is a list, and so are two towns the gazetteer knows
		// taken or struck together ("took Bethlehem and Jericho",
		// "struck Kharkiv and Kryvyi Rih"), and two names right after
		// the verb.
		return nil
	}
	return out
}

// placesAfterFirst returns the places an event names after its first,
// which ends at atEnd, when no plain list follows it: of a second object
// with its own list ("bombed Mehrabad and air bases at Tabriz, Hamadan
// and Ahvaz"), after "including" (see includedPlaces), named before what
// they are ("the nearby town of Khiam and the Wadi al-Hujeir valley"), or
// by their own preposition ("struck RSF barracks at Kafouri in Khartoum
// North and at Tiba"). The trigger begins at from.
func placesAfterFirst(s string, from, atEnd int) []listedPlace {
	if m := secondObjectList.FindStringSubmatchIndex(s[atEnd:]); m != nil {
		name := s[atEnd+m[2] : atEnd+m[3]]
		if p := namedPlace(name); p != nil {
			if more := placesListed(s, &Place{Text: name, Name: name}, atEnd+m[2]); len(more) >= 2 {
				return append([]listedPlace{{End: atEnd + m[3], Place: *p}}, more...)
			}
		}
	}
	if inc := includedPlaces(s, from, atEnd); len(inc) > 0 {
		return inc
	}
	if objs := objectsAt(s, atEnd); len(objs) > 0 {
		return objs
	}
	if m := secondTownOf.FindStringSubmatchIndex(s[atEnd:]); m != nil {
		if p := namedPlace(s[atEnd+m[2] : atEnd+m[3]]); p != nil {
			return []listedPlace{{End: atEnd + m[3], Place: *p}}
		}
	}
	if m := secondFeature.FindStringSubmatchIndex(s[atEnd:]); m != nil {
		if p := namedPlace(s[atEnd+m[2] : atEnd+m[3]]); p != nil {
			return []listedPlace{{End: atEnd + m[3], Place: *p}}
		}
	}
	if m := secondLocative.FindStringSubmatchIndex(s[atEnd:]); m != nil {
		e := max(atEnd+m[3], capitalisedNameEnd(s, atEnd+m[2])) // "and in Deir ez-Zor"
		if p := namedPlace(s[atEnd+m[2] : e]); p != nil {
			return append([]listedPlace{{End: e, Place: *p}}, placesListed(s, p, atEnd+m[2])...)
		}
	}
	return nil
}

// secondObjectList matches a second object of a strike or capture told
// by what it is and where, before a list of places: " and air bases at
// Tabriz", with the first place's name.
var secondObjectList = regexp.MustCompile(`^,? and (?:the |its |their |other )?(?:[a-z-]+ ){1,3}(?:at|in|near) ((?:al-|el-)?[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,2})`)

// includedPlaces returns the places a list opened by "including" names
// after the event's place at from, in its clause, when the words from the
// event's trigger at start call what it lists places ("targets",
// "towns"), each with the area it lies in
// left out: "attacked military targets at 15 places in northern and
// western India, including Awantipora in Kashmir and Bhuj in Gujarat",
// "shelled more than 20 bases and towns, including the provincial
// capital of Tay Ninh". Nil when there is none.
func includedPlaces(s string, start, from int) []listedPlace {
	rest := s[from:]
	if k := strings.IndexAny(rest, ";:"); k >= 0 {
		rest = rest[:k]
	}
	m := includingPlace.FindStringSubmatchIndex(rest)
	if m == nil {
		return nil
	}
	k := strings.LastIndex(rest[:m[2]], "including")
	if eachWord(s[start:from+k], isWordGap, func(w string) bool { return !placeNouns[w] }) {
		return nil // "destroying 21 armoured vehicles, including Leopard tanks": no places
	}
	var out []listedPlace
	i := from + m[2]
	for {
		name := s[i:capitalisedNameEnd(s, i)]
		if name == "" || !plausiblePlaceName(name) || isPartyName(name) || nationalityWords[strings.Fields(name)[0]] {
			break
		}
		out = append(out, listedPlace{End: i + len(name), Place: *nameAsPlace(name)})
		j := i + len(name)
		if a := areaAfter.FindStringIndex(s[j:]); a != nil {
			j += a[1] // " in Kashmir"
		}
		switch {
		case strings.HasPrefix(s[j:], ", and "):
			i = j + len(", and ")
		case strings.HasPrefix(s[j:], " and "):
			i = j + len(" and ")
		case strings.HasPrefix(s[j:], ", ") && j+2 < len(s) && isASCIIUpper(s[j+2]):
			i = j + 2
		default:
			return out
		}
		if i >= len(s) || !isASCIIUpper(s[i]) {
			return out
		}
	}
	return out
}

// placeNouns, right before "including", make what it lists places.
var placeNouns = wordSet("places towns villages cities settlements areas districts locations sites regions provinces bases " +
	"outposts positions targets ports airfields airports camps communities localities neighbourhoods neighborhoods suburbs")

// includingPlace matches "including" and the first place of the list it
// opens, after what it is ("the provincial capital of").
var includingPlace = regexp.MustCompile(`^[^.]*?[ ,]including (?:the )?(?:(?:[a-z-]+ ){1,3}?of )?((?:al-|el-)?[A-Z])`)

// areaAfter matches the area a listed place lies in, told after it: " in
// Kashmir", " in Gujarat state".
var areaAfter = regexp.MustCompile(`^ in (?:the )?[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,2}(?: (?:state|province|region|district|county|oblast))?`)

// objectsAt returns the places of the objects a strike or capture names
// after its first place, each with its determiner and where it lies:
// "struck the petroleum refinery at Novi Sad, an ammunition storage site
// near Kraljevo and the Yugoslav army barracks at Pristina". Nil when
// none follows, or one tells where words were said.
func objectsAt(s string, i int) []listedPlace {
	var out []listedPlace
	for {
		m := objectAt.FindStringSubmatchIndex(s[i:])
		if m == nil || !eachWord(s[i:i+m[2]], isWordGap, func(w string) bool { return !speechWords[w] }) {
			return out
		}
		if s[i] == ',' && !strings.HasPrefix(s[i:], ", and ") && !eachWord(s[i:i+m[2]], isWordGap, func(w string) bool { return !settlementNouns[w] }) {
			return out // "captured Shusha, the last Azerbaijani-held town in Nagorno-Karabakh": the first place told again
		}
		p := namedPlace(s[i+m[2] : i+m[3]])
		if p == nil || isCountry(p.Name) {
			return out // "and three other power complexes in North Korea": the country they lie in
		}
		out = append(out, listedPlace{End: i + m[3], Place: *p})
		i += m[3]
	}
}

// objectAt matches an object told after a strike's or capture's place,
// by its determiner, up to four words and where it lies, with the
// place's name.
var objectAt = regexp.MustCompile(`^(?:,| and|, and) (?:an? |the |its |their |other |two |three |several )(?:[\pL'’-]+ ){1,4}?(?:at|in|near) ((?:al-|el-)?[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,2})`)

// settlementNouns, in an aside after a place, call that place again:
// "Shusha, the last Azerbaijani-held town in Nagorno-Karabakh".
var settlementNouns = wordSet("town towns city village township capital stronghold strongholds base seat hub garrison headquarters port")

// speechWords tell that words were said, not where an object lies.
var speechWords = wordSet("said says told reported announced quoted added stated spokesman spokeswoman")

// secondTownOf matches a second place of a strike or capture named after
// what it is: " and the Croatian town of Slavonski Brod".
var secondTownOf = regexp.MustCompile(`^,? and the (?:[\pL-]+ ){0,2}?(?:town|city|village|port|capital|suburb|district) of ((?:al-|el-)?[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,2})`)

// secondFeature matches a second place of a strike or capture named
// before what it is: " and the Wadi al-Hujeir valley".
var secondFeature = regexp.MustCompile(`^,? and the ((?:al-|el-)?[A-Z][\pL'’-]*(?: (?:al-|el-)?[A-Z][\pL'’-]*){0,2}) (?:valley|hills?|plain|plateau|heights|ridge|pass|suburbs?|district|quarter|neighbou?rhood|camp|airfield|airport|air base|oilfield|refinery|port|harbou?r)\b`)

// secondLocative matches a second place of a strike or capture told by
// its own preposition after the first and the area it lies in: " in
// Khartoum North and at Tiba", with the second place's name.
var secondLocative = regexp.MustCompile(`^(?: (?:region|province|district|area|oblast|governorate|state|county))?(?: in (?:the )?[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,2})?,? and (?:also )?(?:at|in|near|around|outside) ((?:al-|el-)?[A-Z][\pL'’-]*(?: [A-Z][\pL'’-]*){0,2})`)

// ofTrigger reports whether before, the text from a capture's trigger
// to its place, is the noun of the capture and "of": "the capture of
// Darwin and Goose Green" lists what was taken as "captured" would.
func ofTrigger(before string) bool {
	for _, w := range [...]string{"the capture of ", "the recapture of ", "the fall of ", "the liberation of ", "the occupation of ", "the seizure of "} {
		if strings.EqualFold(before, w) {
			return true
		}
	}
	return false
}

// capitalisedNameEnd returns where the name that opens s[i:] ends: up to
// three capitalised words, joined by spaces or by the particles of
// nameParticles ("Nioro du Sahel", "Burj el-Shemali", "Deir ez-Zor"); i
// when s[i] is no capital.
func capitalisedNameEnd(s string, i int) int {
	e := i
	for n := 0; n < 3 && e < len(s) && isASCIIUpper(s[e]); n++ {
		for e < len(s) && (isASCIILetter(s[e]) || s[e] == '-' || s[e] == '\'') {
			e++
		}
		if n < 2 && e+1 < len(s) && s[e] == ' ' {
			if p := nameParticleLen(s[e+1:]); p > 0 {
				e += 1 + p
			}
			if e+1 < len(s) && s[e] == ' ' && isASCIIUpper(s[e+1]) {
				e++
			}
		}
	}
	return e
}

// nameParticles join the words of a place name in lower case: "Nioro du
// Sahel", "Burj el-Shemali", "Deir ez-Zor".
var nameParticles = []string{"du ", "de ", "des ", "la ", "el-", "al-", "ez-", "ad-", "as-", "ash-", "ar-", "an-", "en-"}

// nameParticleLen returns the length of the particle s opens with when a
// capitalised word follows it, else 0.
func nameParticleLen(s string) int {
	for _, p := range nameParticles {
		if strings.HasPrefix(s, p) && len(s) > len(p) && isASCIIUpper(s[len(p)]) {
			return len(p)
		}
	}
	return 0
}

// isPartyName reports whether name is a party's rather than a place's.
func isPartyName(name string) bool {
	for _, p := range findParties(name) {
		if p.Start == 0 && p.End == len(name) && !isCountry(name) {
			return true
		}
	}
	return false
}

// ownsPlaceAfter reports whether s[end:] makes the party ending there
// the owner of a place: "'s second-largest city", "'s capital".
func ownsPlaceAfter(s string, end int) bool {
	rest, ok := strings.CutPrefix(s[end:], "'s ")
	if !ok {
		if rest, ok = strings.CutPrefix(s[end:], "’s "); !ok {
			return false
		}
	}
	for n, w := range strings.Fields(rest[:min(len(rest), 40)]) {
		w = strings.Trim(w, ",.;")
		if objectHeads[w] && w != "strategic" {
			return true
		}
		if n >= 2 || w == "" || isASCIIUpper(w[0]) {
			return false
		}
	}
	return false
}

// wordsBeforeParty returns the last n words before s[i], the party's
// article ("a", "an", "the") left out.
func wordsBeforeParty(s string, i, n int) []string {
	w := lastWords(s[:i], n)
	if k := len(w); k > 0 && (strings.EqualFold(w[k-1], "a") || strings.EqualFold(w[k-1], "an") || strings.EqualFold(w[k-1], "the")) {
		w = w[:k-1]
	}
	return w
}

// supportersBefore reports whether the party at s[i:] is named as the
// backers of the one before it: "backed by Rwandan troops", "backed by a
// Saudi-led coalition", "with the support of French jets".
func supportersBefore(s string, i int) bool {
	w := wordsBeforeParty(s, i, 4)
	if n := len(w); n >= 2 {
		last := strings.ToLower(w[n-2] + " " + w[n-1])
		switch last {
		case "backed by", "supported by", "aided by", "assisted by", "support of", "help of":
			return true
		}
	}
	return false
}

// opponentsBefore reports whether the party at s[i:] is named as the foe
// of the one before it in a participle's phrase: "Iraqi forces battling
// Islamic State", "an ethnic armed group fighting the junta".
func opponentsBefore(s string, i int) bool {
	if tail := s[max(0, i-40):i]; !containsAny(tail, foeKeys) {
		return false // (spares the words' split most parties)
	}
	w := wordsBeforeParty(s, i, 5)
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "battling", "fighting", "combating", "combatting", "confronting":
	default:
		return false
	}
	for _, b := range w[:len(w)-1] {
		switch strings.ToLower(b) {
		case "is", "are", "was", "were", "been", "be", "am":
			// A verb of its own: "has been fighting the KIA", "were
			// still fighting Ukrainian troops".
			return false
		}
	}
	return true
}

// lastWordsBefore returns the two words before s[i], lower-cased, as
// they are written ("backed by").
func lastWordsBefore(s string, i int) string {
	w := lastWords(s[:i], 2)
	return strings.ToLower(strings.Join(w, " "))
}

// nationCapitals maps a nation adjective (as nationAdjectives gives it)
// to its capital: where "the Sudanese capital" or "Mali's capital" is.
var nationCapitals = map[string]string{
	"Afghan": "Kabul", "Iraqi": "Baghdad", "Syrian": "Damascus", "Lebanese": "Beirut", "Yemeni": "Sanaa",
	"Sudanese": "Khartoum", "Somali": "Mogadishu", "Libyan": "Tripoli", "Malian": "Bamako",
	"Burkinabe": "Ouagadougou", "Nigerien": "Niamey", "Nigerian": "Abuja", "Ethiopian": "Addis Ababa",
	"Eritrean": "Asmara", "Congolese": "Kinshasa", "Ukrainian": "Kyiv", "Russian": "Moscow",
	"Iranian": "Tehran", "Pakistani": "Islamabad", "Indian": "New Delhi", "Qatari": "Doha",
	"Chadian": "N'Djamena", "Mozambican": "Maputo", "Haitian": "Port-au-Prince", "Armenian": "Yerevan",
	"Azerbaijani": "Baku", "Colombian": "Bogota", "Venezuelan": "Caracas", "Cameroonian": "Yaounde",
	"Kenyan": "Nairobi", "Ugandan": "Kampala", "Rwandan": "Kigali", "Egyptian": "Cairo",
	"Jordanian": "Amman", "Saudi": "Riyadh", "Turkish": "Ankara", "Togolese": "Lome",
	"Peruvian": "Lima", "Angolan": "Luanda", "Salvadoran": "San Salvador", "Liberian": "Monrovia",
	"Sierra Leonean": "Freetown", "Burundian": "Bujumbura", "Guatemalan": "Guatemala City", "Nicaraguan": "Managua",
	"Honduran": "Tegucigalpa", "Algerian": "Algiers", "Tunisian": "Tunis", "Moroccan": "Rabat", "Georgian": "Tbilisi",
	"Serbian": "Belgrade", "Bosnian": "Sarajevo", "Croatian": "Zagreb", "Sri Lankan": "Colombo", "Bangladeshi": "Dhaka",
	"Thai": "Bangkok", "Philippine": "Manila", "Indonesian": "Jakarta", "Cambodian": "Phnom Penh", "Laotian": "Vientiane",
	"Tajik": "Dushanbe", "Central African": "Bangui", "South Sudanese": "Juba", "Mauritanian": "Nouakchott",
	"Senegalese": "Dakar", "Zimbabwean": "Harare", "Zambian": "Lusaka", "Guinean": "Conakry", "Belarusian": "Minsk",
	"Moldovan": "Chisinau", "Kuwaiti": "Kuwait City", "Bahraini": "Manama", "Omani": "Muscat", "Emirati": "Abu Dhabi",
	"Cuban": "Havana", "Mexican": "Mexico City", "Ecuadorian": "Quito", "Bolivian": "La Paz", "Chilean": "Santiago",
	"Argentine": "Buenos Aires", "Panamanian": "Panama City", "Kosovar": "Pristina", "Polish": "Warsaw", "Gabonese": "Libreville",
}

// capitalPlace returns the capital a sentence names by its nation and not
// by its name ("attacked a school in Mali's capital", "drones struck the
// Ukrainian capital overnight"), or nil. "The Eritrean capital Asmara"
// names it, and is left to the name.
func capitalPlace(s string) *Place {
	for off := 0; ; {
		k := strings.Index(s[off:], " capital")
		if k < 0 {
			return nil
		}
		k += off
		off = k + len(" capital")
		if off < len(s) && (isASCIILetter(s[off]) || strings.HasPrefix(s[off:], " ") && off+1 < len(s) && isASCIIUpper(s[off+1]) ||
			strings.HasPrefix(s[off:], ", ") && off+2 < len(s) && isASCIIUpper(s[off+2])) {
			continue // "capitals", "the capital Asmara", "the capital, Mogadishu"
		}
		j := strings.LastIndexByte(s[:k], ' ') + 1
		w := strings.TrimSuffix(strings.TrimSuffix(s[j:k], "'s"), "’s")
		name := nationCapitals[nationAdjectives[strings.ToLower(w)]]
		if name == "" && j > 1 {
			// "the Sierra Leonean capital", "the Central African capital".
			i := strings.LastIndexByte(s[:j-1], ' ') + 1
			if name = nationCapitals[nationAdjectives[strings.ToLower(s[i:j-1]+" "+w)]]; name != "" {
				j = i
			}
		}
		if name == "" {
			continue
		}
		if p, ok := NormalisePlace(name); ok {
			p.Text = s[j:off]
			return &p
		}
		return &Place{Text: s[j:off], Name: name}
	}
}

// hitPlace returns the place a participle after a strike says was hit:
// "launched a barrage of missiles at Israel, hitting Tel Aviv and Haifa",
// or nil.
func hitPlace(s string, end int, parties []partyMention) *Place {
	for _, w := range []string{", hitting ", ", striking "} {
		if k := strings.Index(s[end:], w); k >= 0 && !strings.ContainsAny(s[end:end+k], ";:") {
			at := end + k + len(w) - 1
			return objectPlace(s, at-len(strings.TrimSpace(w[2:])), at, ActionStrike, parties)
		}
	}
	return nil
}

// objectAnaphor reports whether the words after a trigger are a place
// told before ("deployed to the area", "pulled out of the town"), and not
// one named there ("the town of Kobo").
func objectAnaphor(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, p := range []string{"to ", "into ", "in ", "from ", "of ", "near "} {
		if strings.HasPrefix(after, p) {
			after = after[len(p):]
			break
		}
	}
	rest, ok := strings.CutPrefix(after, "the ")
	if !ok {
		return false
	}
	for _, part := range []string{"centre of the ", "center of the ", "heart of the ", "edge of the ", "outskirts of the "} {
		if r, ok := strings.CutPrefix(rest, part); ok {
			rest = r // "into the centre of the town": the town told before
			break
		}
	}
	e := 0
	for e < len(rest) && isASCIILetter(rest[e]) {
		e++
	}
	if e == 0 || !placeAnaphors[rest[:e]] || strings.HasPrefix(rest[e:], " of ") || e < len(rest) && isASCIILetter(rest[e]) {
		return false
	}
	if placedCamp(rest[:e], rest[e:]) {
		return false
	}
	if next, ok := strings.CutPrefix(rest[e:], " "); ok {
		// "the garrison town of Anefis": the word modifies a noun a
		// name follows.
		k := 0
		for k < len(next) && isASCIILower(next[k]) {
			k++
		}
		if w := next[:k]; k > 0 && w != "and" && w != "or" && strings.HasPrefix(next[k:], " of ") {
			return false
		}
	}
	return true
}

// placedCamp reports whether the camp or barracks noun is placed by the
// words after it ("struck the camp near Angostura"): no place told before.
func placedCamp(noun, after string) bool {
	return campNoun(noun) && hasAnyPrefix(after, " near ", " in ", " at ", " outside ")
}

// campNoun reports whether noun is "camp" or "barracks", in any case.
func campNoun(noun string) bool {
	return strings.EqualFold(noun, "camp") || strings.EqualFold(noun, "barracks")
}

// endsInAnaphor reports whether a trigger ends in a place told before:
// "abandoned the base", "evacuated the town".
func endsInAnaphor(trigger string) bool {
	w := lastWords(trigger, 2)
	return len(w) == 2 && strings.EqualFold(w[0], "the") && placeAnaphors[w[1]]
}

// subjectAnaphor reports whether the words before a trigger end in a place
// told before: "five months after the town fell to the RSF".
func subjectAnaphor(before string) bool {
	w := lastWords(before, 2)
	return len(w) == 2 && strings.EqualFold(w[0], "the") && placeAnaphors[w[1]]
}

// yearOpener reports whether a sentence opens with a year its trigger at
// start is told in, as history does: "In 1986 the army launched a major
// offensive that failed", "In 1999, Indian troops recaptured the peaks".
func yearOpener(s string, start int) bool {
	if len(s) < 8 || !strings.HasPrefix(s, "In ") || s[3] != '1' && s[3] != '2' {
		return false
	}
	for i := 3; i < 7; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return (s[7] == ' ' || s[7] == ',') && !strings.ContainsAny(s[7:start], ";:")
}

// similarLongAgo reports whether the clause after a trigger told as
// "similar" dates it a year or more before: "carried out a similar raid
// on a camp at Nyadzonia last year".
func similarLongAgo(s string, end int) bool {
	rest := s[end:]
	if k := strings.IndexAny(rest, ",;."); k >= 0 {
		rest = rest[:k]
	}
	return containsAny(rest, []string{" last year", " years ago", " in 19", " in 20"})
}

// backgroundClause reports whether the trigger at sentence[start:end]
// tells history behind the news: "comes six months after Amin's army
// invaded", "Libya, which flew troops in last month, denied", "the Kursk
// region, where Ukrainian forces launched an incursion last month", "In
// 1986 the army launched", "a similar raid ... last year".
func backgroundClause(sentence string, start, end int) bool {
	if yearOpener(sentence, start) {
		return true
	}
	before := sentence[tailWords(sentence, start, 6):start]
	if strings.Contains(before, "similar ") && similarLongAgo(sentence, end) {
		return true
	}
	if habitualBefore(before) {
		// "has been the scene of repeated clashes", "has seen frequent
		// attacks": what a place goes through, no one event.
		return true
	}
	if !strings.Contains(before, " after ") && !strings.Contains(before, " since ") && !strings.Contains(before, ", wh") {
		return false
	}
	if containsAny(before, []string{"months after ", "years after ", "decades after ", "months since ", "years since "}) {
		return true
	}
	if !strings.Contains(before, ", which ") && !strings.Contains(before, ", who ") && !strings.Contains(before, ", where ") {
		return false
	}
	rest := sentence[end:]
	if k := strings.IndexAny(rest, ",;."); k >= 0 {
		rest = rest[:k]
	}
	return containsAny(rest, []string{" last month", " last year", " years ago", " months ago", " decades ago", " in 19", " in 20"})
}

// habitualBefore reports whether the words before an event's trigger tell
// of many over a span: "the scene of repeated", "has seen frequent", "have
// suffered regular".
func habitualBefore(before string) bool {
	for _, m := range [...]string{"repeated ", "frequent ", "regular ", "recurrent ", "recurring ", "sporadic ", "periodic "} {
		if !hasASCIIFoldSuffix(before, m) {
			continue
		}
		return endsWithAnyFold(before[:len(before)-len(m)], habitualVerbs[:])
	}
	return false
}

// habitualVerbs end the words before a habitual event's adjective.
var habitualVerbs = [...]string{"scene of ", "seen ", "witnessed ", "suffered ", "target of ", "subject to ", "experienced "}

// statementAside reports whether the words before a statement's verb make
// it one supposed or told as background: "threatened to send refugees if
// the European Union called the operation an invasion", "India, which has
// warned Colombo against".
func statementAside(before string) bool {
	if strings.HasSuffix(before, ", which has ") || strings.HasSuffix(before, ", which had ") {
		return true
	}
	if k := strings.LastIndexAny(before, ",;:"); k >= 0 {
		before = before[k+1:]
	}
	return strings.HasPrefix(before, "if ") || strings.Contains(before, " if ") || strings.Contains(before, " unless ") ||
		strings.HasPrefix(before, "If ") || strings.HasPrefix(before, "Unless ")
}

// chargedNotSaid reports whether a statement verb is a passive or a
// participle, which tells what someone is charged with or refused rather
// than what a party said: "a militant accused of organising attacks",
// "journalists were denied access", "a request that was rejected" (but
// "was condemned by Qatar" is Qatar's statement).
func chargedNotSaid(sentence string, start, end int) bool {
	verb := strings.ToLower(sentence[start:end])
	if verb == "accused" && hasASCIIFoldPrefix(sentence[end:], " of ") {
		return true
	}
	w := lastWords(sentence[:start], 1)
	if len(w) == 0 || !strings.HasSuffix(verb, "ed") {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "was", "were", "is", "are", "be", "been", "being":
		return !hasASCIIFoldPrefix(sentence[end:], " by ") // "was condemned by Qatar" is Qatar's
	}
	return false
}

// expertWords are speakers who are no party to a war: what they warn of
// or call for is comment, not a side's statement.
var expertWords = wordSet("analysts analyst economists economist traders insurers experts investors bankers brokers " +
	"observers commentators scientists forecasters researchers academics historians pundits pollsters")

// expertSpeaker reports whether the word just before a statement verb is
// a speaker of no party: "shipping insurers warned", "analysts urged".
func expertSpeaker(before string) bool {
	w := lastWords(before, 1)
	return len(w) == 1 && expertWords[strings.ToLower(w[0])]
}

// askedAlongside reports whether a bare "withdraw" or "pull out" is the
// second of two verbs asked for: "called on both sides to halt the
// fighting and withdraw", "told them to lay down arms or pull back".
func askedAlongside(before, trigger string) bool {
	t := strings.ToLower(trigger)
	if t != "withdraw" && t != "pull out" && t != "pull back" {
		return false
	}
	return (strings.HasSuffix(before, " and ") || strings.HasSuffix(before, " or ")) &&
		(strings.Contains(before, " to ") || strings.HasPrefix(before, "to "))
}

// captureAnaphor reports whether a bare "capture" after "the" or "its"
// names a capture told before rather than one of its own: "described the
// capture as an invasion", "the capture was a blow", where "the capture
// of" names its place.
func captureAnaphor(s string, start, end int) bool {
	if !strings.EqualFold(s[start:end], "capture") {
		return false
	}
	b := s[:start]
	if !strings.HasSuffix(b, "the ") && !strings.HasSuffix(b, "its ") && !strings.HasSuffix(b, "this ") {
		return false
	}
	a := s[end:]
	return a == "" || a[0] == '.' || a[0] == ',' || hasASCIIFoldPrefix(a, " as ") || hasASCIIFoldPrefix(a, " was ") || hasASCIIFoldPrefix(a, " is ") || hasASCIIFoldPrefix(a, " had ")
}

// recentlyAs reports whether the clause after a trigger cites it as a
// past instance: "Ethiopian drones struck targets in Tigray as recently
// as January", "the rebels held the town as recently as 2019".
func recentlyAs(after string) bool {
	after = after[:min(len(after), 80)]
	if k := strings.IndexAny(after, ",;."); k >= 0 {
		after = after[:k]
	}
	return strings.Contains(after, " as recently as ")
}

// recalledBefore reports whether the words before a trigger recall it as
// history: "the ministry recalled that Jaguar aircraft had struck a
// Libyan airfield", "officials recalled how the town fell".
func recalledBefore(before string) bool {
	return containsAny(before, []string{"recalled that ", "recalling that ", "recalled how ", "recalling how ", "recalls that ", "recalls how "})
}

// claimedToHave reports whether the words before a shootdown claim it
// rather than tell it: "the Taliban claimed to have shot it down", "the
// group claims to have downed nine drones". A side's claim of a loss told
// elsewhere, often without proof, is not the loss.
func claimedToHave(before string) bool {
	for _, w := range []string{"claimed to have ", "claims to have ", "claiming to have ", "claim to have "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// retreatingAdjective reports whether "retreating" qualifies a noun rather
// than telling a retreat: "Retreating Russian forces were laying mines",
// "struck their retreating columns".
func retreatingAdjective(s string, start, end int) bool {
	if !strings.EqualFold(s[start:end], "retreating") {
		return false
	}
	b := s[:start]
	return strings.TrimSpace(b) == "" || strings.HasSuffix(b, "their ") || strings.HasSuffix(b, "the ") ||
		strings.HasSuffix(b, "its ") || strings.HasSuffix(b, "his ") || strings.HasSuffix(b, "of ")
}

// drillWords are the words of an exercise: what it simulates is no event.
var drillWords = []string{"simulat", "practised", "practiced", "practising", "practicing", "rehears", "drills", "exercise",
	"war games", "war-games", "wargames", "manoeuvres", "maneuvers"}

// drillBefore reports whether the words before a trigger tell an exercise:
// "joint exercises that simulate an amphibious assault", "troops
// practised storming a beachhead", "a simulated missile strike".
func drillBefore(before string) bool {
	for _, w := range drillWords {
		if containsFold(before, w) && (w != "exercise" || !containsFold(before, "exercised")) {
			return true
		}
	}
	return false
}

// anniversaryBefore reports whether a trigger is what an anniversary
// marks: "the 50th anniversary of the capture of", "ten years since rebels
// seized".
func anniversaryBefore(before string) bool {
	b := strings.ToLower(before)
	if strings.HasSuffix(b, "anniversary of the ") || strings.HasSuffix(b, "anniversary of ") {
		return true
	}
	for _, k := range []string{"years since ", "decades since ", "years after ", "decades after "} {
		if i := strings.LastIndex(b, k); i >= 0 && strings.Count(b[i+len(k):], " ") <= 3 {
			return true
		}
	}
	return false
}

// trialWords are the words of a court's charge, verdict or testimony: the
// act it judges is history, told in the trial's news ("prosecutors told
// the court that the army bombed villages").
var trialWords = []string{"convicted of", "acquitted of", "guilty of", "charged with", "indicted for", "indicted on", "sentenced for", "on trial for",
	"told the court", "told the tribunal", "told judges", "the court heard", "the tribunal heard", "testified that"}

// trialBefore reports whether the words before a trigger tell a charge or
// a verdict: "was convicted of ordering the shelling of the city".
func trialBefore(before string) bool {
	for _, w := range trialWords {
		if containsFold(before, w) {
			return true
		}
	}
	return false
}

// stateOwners are the forces whose possessive may come before the name of
// a base they hold: "the army's Elephant Pass base".
var stateOwners = wordSet("army military government regime navy junta militia police rebels")

// clauseConjunctions open a clause whose subject may be a place set off by
// an apposition: "less than a month after Manerplaw, the KNU's
// headquarters for two decades, fell to Burmese troops".
var clauseConjunctions = wordSet("after when since before until once while as")

// completedBy is the gap between a party and "the capture of" that makes
// the party the captor: "Russian forces likely completed the capture of".
var completedBy = regexp.MustCompile(`^\s+(?:(?:likely|probably|have|has|had|reportedly|formally|now)\s+){0,2}(?:completed|complete|completes|announced|announces|claimed|claims|confirmed|confirms|finished|secured|celebrated)\s+$`)

// fellAlone reports whether a capture's trigger is "fell" or "had fallen"
// with no "to" naming the forces it fell to ("Xangongo fell on Monday",
// "the fortress had fallen").
func fellAlone(trigger string) bool {
	return !strings.HasSuffix(trigger, " to") && (hasASCIIFoldPrefix(trigger, "fell ") || strings.HasSuffix(trigger, "fallen"))
}

// fallenPlace reports whether what fell, told before the verb, is a town:
// a town's noun or a known place right before it ("the port fell on
// Friday", "Lydda fell last Sunday"), also past "which" ("Bataan, which
// fell on April 9"), and not a town that "had fallen" out with another.
func fallenPlace(before, after string) bool {
	if fallenNot[firstWordAfter(after, 0)] {
		return false // "had fallen back", "have fallen out", "fell silent"
	}
	b := strings.TrimRight(before[:beforeAux(before, len(before))], " ")
	if w := lastWord(b); w == "which" || w == "that" {
		b = strings.TrimRight(strings.TrimSuffix(b, w), " ")
		b = strings.TrimSuffix(b, ",")
	}
	w := lastWord(b)
	if munitionNouns[strings.ToLower(w)] {
		return false // "Shells fell on the old quarter": what was fired, not a town
	}
	if lw := strings.ToLower(w); townNouns[lw] || lw == "garrison" || lw == "base" || lw == "stronghold" || lw == "outpost" {
		return true
	}
	if w == "" || !isASCIIUpper(w[0]) {
		return false
	}
	if p, ok := NormalisePlace(w); ok {
		return !isCountry(p.Name)
	}
	// A name the gazetteer lacks, inside the sentence: "told reporters
	// that Xangongo fell on Monday" (but not "Shells fell on the town").
	return strings.TrimSpace(b) != w && plausiblePlaceName(w) && !isPartyName(w) && !nationalityWords[w]
}

// beforeAux returns where the auxiliaries before s[start:] begin ("Bardia
// had fallen": at "had"), or start.
func beforeAux(s string, start int) int {
	b := strings.TrimRight(s[:start], " ")
	for _, aux := range []string{" had", " has", " have"} {
		if strings.HasSuffix(b, aux) {
			return len(b) - len(aux) + 1
		}
	}
	return start
}

// onTheDay reports whether the words after a trigger open with a time
// told with "on the" ("captured on the morning of June 12", "on the night
// of the 14th"): when, not an opening seized on.
func onTheDay(after string) bool {
	ws := strings.Fields(after)
	if len(ws) < 3 || ws[0] != "on" && ws[0] != "upon" || ws[1] != "the" {
		return false
	}
	w := strings.ToLower(strings.Trim(ws[2], ".,;"))
	return dayPartWords[w] || w != "" && w[0] >= '0' && w[0] <= '9'
}

// dayPartWords name a part or kind of day after "on the".
var dayPartWords = wordSet("morning night evening afternoon eve day weekend following next same first second third fourth fifth")

// munitionNouns are what is fired or dropped; what they fall on is struck.
var munitionNouns = wordSet("shells shell bombs bomb rockets rocket missiles missile mortars grenades projectiles rounds drones bullets")

// fallenNot are the words after "fell" or "fallen" that make it no town's
// fall: "had fallen back", "have fallen out over", "fell silent".
var fallenNot = wordSet("back behind out silent ill asleep apart away into under victim short below sharply")

// nonMilitaryWords name an offensive that is no fighting: "a charm
// offensive", "a political offensive". Before a trigger they are one of
// notEventBefore's phrases (nonMilitaryPattern); inside one, see
// figurativeOffensive.
var nonMilitaryWords = []string{"charm", "diplomatic", "political", "media", "propaganda", "publicity", "sales", "marketing",
	"advertising", "legal", "trade", "price", "pr", "pre-election", "election", "legislative", "verbal", "rhetorical", "peace"}

var (
	nonMilitaryKinds   = wordSet(strings.Join(nonMilitaryWords, " "))
	nonMilitaryPattern = strings.Join(nonMilitaryWords, "|")
)

// figurativeOffensive reports whether the offensive matched at [start, end)
// is one of words or persuasion: a word of nonMilitaryWords inside the
// trigger, right before "offensive" ("launched a political offensive"), or
// "offensive of charm" (the word before a trigger of "offensive" alone is
// notEventBefore's).
func figurativeOffensive(s string, start, end int) bool {
	m := strings.ToLower(s[start:end])
	k := strings.LastIndex(m, "offensive")
	if k == 0 {
		return strings.HasPrefix(strings.ToLower(s[end:]), " of charm")
	}
	return k > 0 && nonMilitaryKinds[lastWord(m[:k])]
}

// strikesBy reports whether a strike's trigger is "strikes by" alone.
func strikesBy(trigger string) bool {
	first, second, ok := twoWords(trigger)
	return ok && strings.EqualFold(first, "strikes") && strings.EqualFold(second, "by")
}

// twoWords splits a trigger of exactly two words, whatever white space
// stands between them.
func twoWords(trigger string) (first, second string, ok bool) {
	i := strings.IndexFunc(trigger, unicode.IsSpace)
	if i <= 0 {
		return "", "", false
	}
	second = strings.TrimFunc(trigger[i:], unicode.IsSpace)
	if second == "" || strings.IndexFunc(second, unicode.IsSpace) >= 0 {
		return "", "", false
	}
	return trigger[:i], second, true
}

// strikesOn reports whether a strike's trigger is "strike(s) on" or
// "strike(s) against" alone, which tells an attack only after the name of
// its side in the possessive ("Israel's strikes on").
func strikesOn(trigger string) bool {
	first, second, ok := twoWords(trigger)
	return ok && (strings.EqualFold(first, "strikes") || strings.EqualFold(first, "strike")) &&
		(strings.EqualFold(second, "on") || strings.EqualFold(second, "against"))
}

// harmLater reports whether the clause that rest opens goes on to a verb
// of harm within a few words: "[strike] on Sanaa airport killed three
// people".
func harmLater(rest string) bool {
	if k := strings.IndexAny(rest, ",;:."); k >= 0 {
		rest = rest[:k]
	}
	n := 0
	for w := range strings.FieldsSeq(rest) {
		if n++; n > 8 {
			return false
		}
		switch strings.ToLower(w) {
		case "killed", "kills", "killing", "wounded", "wounds", "wounding", "injured", "injuring", "destroyed", "hit", "hits":
			return true
		}
	}
	return false
}

// namedPossessive reports whether w is a capitalised name in the
// possessive: "Israel's", "Russia’s" (not a day's or a month's).
func namedPossessive(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	name, ok := strings.CutSuffix(w, "'s")
	if !ok {
		name, ok = strings.CutSuffix(w, "’s")
	}
	if _, day := lowerLookup(weekdayNames, name); day {
		return false // "Saturday's strike on the store": the one told before
	}
	_, month := lowerLookup(monthNames, name)
	return ok && !month
}

// strikerNouns name who carries out strikes from the air or afar.
var strikerNouns = wordSet("coalition military army forces jets warplanes aircraft drones navy")

// forceAfterBy reports whether the words after "strikes by" name a force:
// a name ("strikes by Israel") or, within four words, a force's noun
// ("strikes by the Saudi-led coalition"), not "strikes by teachers".
func forceAfterBy(rest string) bool {
	words := strings.Fields(rest)
	for i, w := range words {
		if i >= 4 {
			break
		}
		w = strings.Trim(w, ",.;:'\"")
		if i == 0 && w == "the" {
			continue
		}
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' || strikerNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// clauseOpensAt reports whether s[at:] opens the sentence or a clause
// after a comma, semicolon, colon or dash.
func clauseOpensAt(s string, at int) bool {
	b := strings.TrimRight(s[:at], " ")
	return b == "" || strings.HasSuffix(b, ",") || strings.HasSuffix(b, ";") || strings.HasSuffix(b, ":") || strings.HasSuffix(b, "-") || strings.HasSuffix(b, "\u2014")
}
