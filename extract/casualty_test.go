package extract

import (
	"slices"
	"testing"

	"github.com/claimline/claimline/ingest"
)

func TestCasualtyPatterns(t *testing.T) {
	type want struct {
		outcome string
		value   int // unknownValue for none
		qual    string
		side    string
	}
	tests := []struct {
		name string
		give string
		want []want
	}{
		{"passive", "Seven soldiers were killed.", []want{{OutcomeKilled, 7, QualExact, "unknown"}}},
		{"those killed were a list", "Those killed were two policemen and a child, officials said.", []want{
			{OutcomeKilled, 2, QualExact, "police"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"those killed included", "Those killed included two journalists.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"those wounded included", "Those wounded included three women and four soldiers.", []want{
			{OutcomeWounded, 3, QualExact, "civilians"}, {OutcomeWounded, 4, QualExact, "unknown"}}},
		{"of those killed, a part", "Of those killed, 12 were policemen.", []want{
			{OutcomeKilled, 12, QualExact, "police"}}},
		{"the other part of the dead", "Five of the dead were militants and the other 10 were civilians.", []want{
			{OutcomeKilled, 5, QualExact, "militants"}, {OutcomeKilled, 10, QualExact, "civilians"}}},
		{"the remaining part of the dead after a comma", "Twelve of the dead were policemen, and the remaining 30 were civilians.", []want{
			{OutcomeKilled, 12, QualExact, "police"}, {OutcomeKilled, 30, QualExact, "civilians"}}},
		{"a speaker's own losses after its kills", "The army said it had killed 35 insurgents and lost four of its own men in the operation.", []want{
			{OutcomeKilled, 35, QualExact, "rebels"}, {OutcomeKilled, 4, QualExact, "government forces"}}},
		{"a speaker's own soldiers lost", "The army said it had lost four soldiers in the operation.", []want{
			{OutcomeKilled, 4, QualExact, "government forces"}}},
		{"an owner's one of two nouns", "Eight soldiers and their civilian driver were killed.", []want{
			{OutcomeKilled, 8, QualExact, "unknown"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a part of the dead told where found", "Thirty people were killed. Nine of the dead were found in a single house.", []want{
			{OutcomeKilled, 30, QualExact, "civilians"}, {OutcomeKilled, 9, QualExact, "civilians"}}},
		{"a part of a counted whole of victims", "He said 8 of the 12 victims were children.", []want{
			{OutcomeKilled, 8, QualExact, "civilians"}}},
		{"an officer and his aides told apart", "A commander and two of his aides were killed in the strike.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}, {OutcomeKilled, 2, QualExact, "unknown"}}},
		{"an officer and his men in one figure", "Rebels said an army general and 33 of his men were killed.", []want{
			{OutcomeKilled, 34, QualExact, "government forces"}}},
		{"a nation's losses past a clause set beside it", "Canada, which has 2,500 troops in the province, has lost 85 soldiers in Afghanistan since 2002.", []want{
			{OutcomeKilled, 85, QualExact, "Canadian military"}}},
		{"a force's own men lost", "Government forces had lost more than 100 men on Sunday.", []want{
			{OutcomeKilled, 100, QualMoreThan, "government forces"}}},
		{"men lost by the subject, not by those it killed", "Troops killed 30 rebels and lost 12 men.", []want{
			{OutcomeKilled, 30, QualExact, "rebels"}, {OutcomeKilled, 12, QualExact, "unknown"}}},
		{"men lost by the army after its kills", "The army killed 30 rebels and lost 12 men.", []want{
			{OutcomeKilled, 30, QualExact, "rebels"}, {OutcomeKilled, 12, QualExact, "government forces"}}},
		{"men lost by rebels after their kills", "Rebels killed 30 soldiers and lost 12 men, the group said.", []want{
			{OutcomeKilled, 30, QualExact, "unknown"}, {OutcomeKilled, 12, QualExact, "rebels"}}},
		{"the killers' own lost, told by another", "Police said the militants killed three officers and lost two of their own.", []want{
			{OutcomeKilled, 3, QualExact, "police"}, {OutcomeKilled, 2, QualExact, "militants"}}},
		{"both of a group, passive", "Both attackers were shot dead as they tried to flee, the ministry said.", []want{
			{OutcomeKilled, 2, QualExact, "militants"}}},
		{"both of a group, active", "Security forces shot dead both gunmen after a battle.", []want{
			{OutcomeKilled, 2, QualExact, "militants"}}},
		{"both of a group after a participle", "A helicopter crashed, killing both pilots.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}}},
		{"both of a group of men", "Police said both men were wounded.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"the dead of a toll told again after a figure of another side", "The death toll rose to 38 on Monday. Security forces shot dead both gunmen after a battle. Police said the 38 dead included the three attackers.", []want{
			{OutcomeKilled, 38, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "militants"}, {OutcomeKilled, 38, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "militants"}}},
		{"the attacker as object", "The blast killed the bomber and wounded two guards.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeWounded, 2, QualExact, "unknown"}}},
		{"the gunman shot dead", "Police shot dead the gunman after a standoff.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}}},
		// The commander killed is one rebel, not "the rebel" an attacker.
		{"a noun after the attacker's is no attacker", "Troops killed the rebel commander.", []want{{OutcomeKilled, 1, QualExact, "rebels"}}},
		{"both of two groups is no count", "The strike killed both soldiers and civilians.", nil},
		{"a part among a counted whole", "Two children were among 15 people killed in the strike.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 15, QualExact, "civilians"}}},
		{"a part among a counted whole of the hurt", "Six firefighters were among the 40 people injured.", []want{
			{OutcomeWounded, 6, QualExact, "civilians"}, {OutcomeWounded, 40, QualExact, "civilians"}}},
		{"a whole of the dead does not take its part's side", "Four policemen were among the 30 dead, officials said.", []want{
			{OutcomeKilled, 4, QualExact, "police"}, {OutcomeKilled, 30, QualExact, "unknown"}}},
		{"no part among those arrested", "He was among 300 people arrested.", nil},
		{"the hurt sent to hospital", "The attack killed six people and sent 23 others to hospital.", []want{
			{OutcomeKilled, 6, QualExact, "civilians"}, {OutcomeWounded, 23, QualExact, "civilians"}}},
		{"troops sent to a hospital district are not hurt", "The government sent 500 troops to the hospital district.", nil},
		{"the hurt still in hospital on a day", "Five people were killed and 144 people were still in hospital on Tuesday, officials said.", []want{
			{OutcomeKilled, 5, QualExact, "civilians"}, {OutcomeWounded, 144, QualExact, "civilians"}}},
		{"our losses, the speaker named after the quote", "\"We lost 14 men,\" said a Taliban commander.", []want{
			{OutcomeKilled, 14, QualExact, "Taliban"}}},
		{"our losses, the speaker named after the quote before his verb", "\"We have lost 14 men,\" a rebel commander told Reuters.", []want{
			{OutcomeKilled, 14, QualExact, "rebels"}}},
		{"our losses, a speaker of no known side", "\"We lost 20 men,\" a security source said.", []want{
			{OutcomeKilled, 20, QualExact, "unknown"}}},
		{"a part of the dead told by how they died", "Riots swept the city, killing 30 people. Officials said eight of the dead had been shot by police.", []want{
			{OutcomeKilled, 30, QualExact, "civilians"}, {OutcomeKilled, 8, QualExact, "civilians"}}},
		{"a part of the dead told by how they died, in the past", "Doctors said 11 of the dead were beheaded.", []want{
			{OutcomeKilled, 11, QualExact, "civilians"}}},
		{"the number of a people's dead", "The shelling raised the number of Palestinian dead to 2,100.", []want{
			{OutcomeKilled, 2100, QualExact, "Palestinians"}}},
		{"the number of a force's dead", "The number of police dead rose to 30.", []want{
			{OutcomeKilled, 30, QualExact, "police"}}},
		{"the number of military dead on the side of the figure before", "The ministry said 12 Ukrainian soldiers were killed on Friday, bringing the number of military dead on their side to 640.", []want{
			{OutcomeKilled, 12, QualExact, "Ukrainian military"}, {OutcomeKilled, 640, QualExact, "Ukrainian military"}}},
		{"people among whom are soldiers of no named side", "The blast killed 20 people, including six soldiers.", []want{
			{OutcomeKilled, 20, QualExact, "unknown"}, {OutcomeKilled, 6, QualExact, "unknown"}}},
		{"people among whom are soldiers of no named side, passive", "Twenty people were killed, among them six soldiers.", []want{
			{OutcomeKilled, 20, QualExact, "unknown"}, {OutcomeKilled, 6, QualExact, "unknown"}}},
		{"a speaker's noun after a modifier is no victim", "The death toll rose to 300, a local activist group said.", []want{
			{OutcomeKilled, 300, QualExact, "civilians"}}},
		{"including the armed men counted with the article", "The toll rose to 15, including the two bombers.", []want{
			{OutcomeKilled, 15, QualExact, "unknown"}, {OutcomeKilled, 2, QualExact, "militants"}}},
		{"including the armed men counted with the article, passive", "Fifteen people were killed in the market, including the three gunmen.", []want{
			{OutcomeKilled, 15, QualExact, "unknown"}, {OutcomeKilled, 3, QualExact, "militants"}}},
		{"friends are victims", "Three of my friends were killed in the shelling.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"newsmen are victims", "Two newsmen were wounded.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"people in a grave condition are hurt", "A further nine people remain in critical condition.", []want{
			{OutcomeWounded, 9, QualExact, "civilians"}}},
		{"the hurt in a grave condition of a sentence of the wounded", "The bombing wounded 200 people. Of the wounded, 40 were in a critical condition.", []want{
			{OutcomeWounded, 200, QualExact, "civilians"}, {OutcomeWounded, 40, QualExact, "civilians"}}},
		{"the condition of some of the hurt is no figure", "The wounded were taken to hospital, where five were in serious condition.", nil},
		{"the rank of one more is no figure", "A second soldier was in critical condition.", nil},
		{"a part named by a nation's adjective alone", "Rebels raided the mine, killing 50 people, 41 of them miners and nine of them Chinese, officials said.", []want{
			{OutcomeKilled, 50, QualExact, "civilians"}, {OutcomeKilled, 41, QualExact, "civilians"}, {OutcomeKilled, 9, QualExact, "civilians"}}},
		{"injuries told with words between", "Two other children sustained light to moderate injuries, the army said.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"cuts and bruises are wounds", "Twelve pupils were treated for cuts and bruises.", []want{
			{OutcomeWounded, 12, QualExact, "civilians"}}},
		{"parts of the dead at a place", "Officials said 40 of the dead at Rafah were women and 25 were children.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}, {OutcomeKilled, 25, QualExact, "civilians"}}},
		{"the loss of men is their death", "The army admitted the loss of nine soldiers.", []want{
			{OutcomeKilled, 9, QualExact, "unknown"}}},
		{"the hurt told by the wounds they had", "Three farmers had gunshot wounds, doctors said.", []want{
			{OutcomeWounded, 3, QualExact, "civilians"}}},
		{"the wounds of all the dead told before are no figure", "Doctors said all 12 had bullet wounds to the head.", nil},
		{"dying of wounds is death", "Two men had died of their wounds.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a toll with an aside before its figure", "The first toll, given by the governor on Monday, was 31.", []want{
			{OutcomeKilled, 31, QualExact, "civilians"}}},
		{"a breakdown after what killed them and when", "At least 20 villagers were killed by air strikes and shelling during the offensive, including six children.", []want{
			{OutcomeKilled, 20, QualAtLeast, "civilians"}, {OutcomeKilled, 6, QualExact, "civilians"}}},
		{"captives killed", "Four villagers were abducted and killed.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"captives killed later", "Two aid workers were kidnapped and later killed.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the armed men who abducted and killed are no captives", "Rebels abducted and killed four villagers.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"a part of the dead told with the whole's count", "Officials said twelve of the 30 dead were children.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a headline's toll put at a figure, then the hurt", "Governor puts dead at 31, injured at 90", []want{
			{OutcomeKilled, 31, QualExact, "unknown"}, {OutcomeWounded, 90, QualExact, "unknown"}}},
		{"the hurt put at a figure after the dead", "The ministry put the dead at 40, the injured at 120.", []want{
			{OutcomeKilled, 40, QualExact, "unknown"}, {OutcomeWounded, 120, QualExact, "unknown"}}},
		{"an appositive with a participle before the verb", "Two other Britons, former soldiers working as security guards, were killed.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the toll of a group told with its outcome", "The toll of Kenyan soldiers killed in the ambush has risen to 11, the army said.", []want{
			{OutcomeKilled, 11, QualExact, "Kenyan military"}}},
		{"a name between commas before an intransitive verb of death", "One policeman, Constable Ram Prasad, died in hospital.", []want{
			{OutcomeKilled, 1, QualExact, "police"}}},
		{"a name between commas before a verb of remaining", "One soldier, Private John Smith, remained missing.", []want{
			{OutcomeMissing, 1, QualExact, "unknown"}}},
		{"a family a group came from is no count", "Three children, all from one family, perished in the fire.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"an estimate of the toll", "Local officials said the toll could be as high as 40.", []want{
			{OutcomeKilled, 40, QualUpTo, "civilians"}}},
		{"an estimate of the number of dead", "Residents said the number of dead may be more than 60.", []want{
			{OutcomeKilled, 60, QualMoreThan, "civilians"}}},
		{"an estimate of the number of a group", "Activists said the number of people missing could be as high as 70.", []want{
			{OutcomeMissing, 70, QualUpTo, "civilians"}}},
		{"a final toll that may come is no figure", "He said the final toll could be 300.", nil},
		{"a clause of what the group is of", "Two residents of the villages that line the river had been killed by shelling.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"members of two bodies", "Four members of the Revolutionary Guards and the Basij militia were killed.", []want{
			{OutcomeKilled, 4, QualExact, "Iranian military"}}},
		{"members of a force with a name of several words", "Three members of the Syrian Arab Army special forces were killed in the attack.", []want{
			{OutcomeKilled, 3, QualExact, "Syrian government forces"}}},
		{"a part named as a list of peoples", "Some 120 fighters, among them Uzbeks, Chechens and Arabs, were killed in the offensive.", []want{
			{OutcomeKilled, 120, QualAbout, "militants"}}},
		{"the pair a count of two tells", "Two farmers, a father and son who had gone to the fields, were shot dead.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"their driver of another nation", "Gunmen ambushed the car, killing three Japanese engineers and their Afghan driver.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a part of the dead told by where", "Thirty soldiers were killed in the offensive, 18 of them in a single ambush.", []want{
			{OutcomeKilled, 30, QualExact, "unknown"}, {OutcomeKilled, 18, QualExact, "unknown"}}},
		{"a part of the dead told by where, of the dead", "Shelling killed 40 people across the province, 25 of the dead in the capital.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}, {OutcomeKilled, 25, QualExact, "civilians"}}},
		{"an object's parts that add up", "Gunmen stormed the hotel, killing ten people, seven civilians and three police officers, in a siege that lasted hours.", []want{
			{OutcomeKilled, 10, QualExact, "unknown"}, {OutcomeKilled, 7, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "police"}}},
		{"a breakdown after the day alone", "The strikes killed 60 civilians late Sunday, including 20 children.", []want{
			{OutcomeKilled, 60, QualExact, "civilians"}, {OutcomeKilled, 20, QualExact, "civilians"}}},
		{"the dead told by where they were", "Eight of the dead were in a village nearby, the official said.", []want{
			{OutcomeKilled, 8, QualExact, "civilians"}}},
		{"a part with a clause of its own", "Five passengers, among them a boy who was sitting by the window, were wounded.", []want{
			{OutcomeWounded, 5, QualExact, "civilians"}, {OutcomeWounded, 1, QualExact, "civilians"}}},
		{"a family of a number in a breakdown", "Strikes killed 17 people overnight, among them a family of six.", []want{
			{OutcomeKilled, 17, QualExact, "civilians"}, {OutcomeKilled, 6, QualExact, "civilians"}}},
		{"one of an armed group by its singular noun", "A kidnapper was shot dead and another was captured.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeCaptured, 1, QualExact, "militants"}}},
		{"subversives are rebels", "The army said 18 subversives had been killed in the clash.", []want{
			{OutcomeKilled, 18, QualExact, "rebels"}}},
		{"businessmen among the wounded", "Two Japanese businessmen were among the wounded.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"who a group were, set between commas in a list", "Two nurses, both volunteers from the city, and an American missionary were killed.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a quoted verb of a part of the armed men before it", "Troops pursued the attackers and \"neutralised\" three of them.", []want{
			{OutcomeNeutralized, 3, QualExact, "militants"}}},
		{"a part of the dead told by when", "More than 400 people have been killed since the uprising began, more than 100 of them this month.", []want{
			{OutcomeKilled, 400, QualMoreThan, "civilians"}, {OutcomeKilled, 100, QualMoreThan, "civilians"}}},
		{"of those killed, the people of a post holder", "Three of those killed were the governor's bodyguards.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"the number of the dead", "The number of the dead stands at twelve.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"Contras are rebels", "Army troops killed 14 Contras in the north.", []want{
			{OutcomeKilled, 14, QualExact, "rebels"}}},
		{"the bodies of a side named before the noun", "Soldiers counted 40 Viet Cong bodies after the battle.", []want{
			{OutcomeKilled, 40, QualExact, "rebels"}}},
		{"what is told of a part of the dead", "Nine of the dead had bullet wounds, a doctor said.", []want{
			{OutcomeKilled, 9, QualExact, "civilians"}}},
		{"the kin of a force are civilians", "Three wives of policemen were killed in the raid.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"along with others beside one told without a figure", "The district governor was killed in a roadside blast on Monday along with five others, officials said.", []want{
			{OutcomeKilled, 5, QualExact, "unknown"}}},
		{"together with some of his men", "The rebel commander died together with three of his bodyguards when the house was shelled.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"arriving along with others is no death", "The governor arrived along with 20 soldiers.", nil},
		{"for the loss of soldiers", "Ethiopian troops said they had killed 45 rebels for the loss of three soldiers.", []want{
			{OutcomeKilled, 45, QualExact, "rebels"}, {OutcomeKilled, 3, QualExact, "Ethiopian military"}}},
		{"with the loss of the wounded", "The battalion took the ridge with the loss of 40 wounded.", []want{
			{OutcomeWounded, 40, QualExact, "unknown"}}},
		{"with the loss of their own men", "The guerrillas said they had killed 30 soldiers, with the loss of two of their own men.", []want{
			{OutcomeKilled, 30, QualExact, "unknown"}, {OutcomeKilled, 2, QualExact, "rebels"}}},
		{"a part of a large toll after a phrase of time", "Officials say 6,200 people have been killed in the province since the war began, more than 900 of them children.", []want{
			{OutcomeKilled, 6200, QualExact, "civilians"}, {OutcomeKilled, 900, QualMoreThan, "civilians"}}},
		{"a nation's people in a toll of people", "At least 60 people died in the stampede, 41 of them Indonesians.", []want{
			{OutcomeKilled, 60, QualAtLeast, "civilians"}, {OutcomeKilled, 41, QualExact, "civilians"}}},
		{"fighters from both sides", "Some 35 fighters from both sides were killed in the clashes.", []want{
			{OutcomeKilled, 35, QualAbout, "unknown"}}},
		{"shoot dead in the base form", "Witnesses saw police shoot dead 11 demonstrators.", []want{
			{OutcomeKilled, 11, QualExact, "civilians"}}},
		{"shot to death some of them", "The gunmen rounded up 20 villagers and shot to death six of them.", []want{
			{OutcomeKilled, 6, QualExact, "civilians"}}},
		{"the injured being treated", "Doctors said 27 injured were being treated at the district hospital.", []want{
			{OutcomeWounded, 27, QualExact, "civilians"}}},
		{"a group all of whom were killed", "The raid was carried out by nine insurgents, all of whom were killed.", []want{
			{OutcomeKilled, 9, QualExact, "rebels"}}},
		{"some of the wounded a vehicle carried", "Militiamen stopped a truck carrying injured people and killed seven of them.", []want{
			{OutcomeKilled, 7, QualExact, "civilians"}}},
		{"a quoted verb before some of them", "Troops surrounded the gunmen and \"killed\" five of them, the army said.", []want{
			{OutcomeKilled, 5, QualExact, "militants"}}},
		{"people broken down into soldiers", "The bomb killed nine people, five of them soldiers, police said.", []want{
			{OutcomeKilled, 9, QualExact, "unknown"}, {OutcomeKilled, 5, QualExact, "unknown"}}},
		{"people broken down into children", "The bomb killed nine people, five of them children, police said.", []want{
			{OutcomeKilled, 9, QualExact, "civilians"}, {OutcomeKilled, 5, QualExact, "civilians"}}},
		{"plural demonyms of other shapes", "Four Spaniards and two Greeks were among those killed.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the whole a part of the wounded is taken from", "Overnight one of the 12 wounded prisoners died.", []want{
			{OutcomeKilled, unknownValue, QualUnknown, "civilians"}}},
		{"some of the bodies found", "Investigators said 14 of the bodies were found in a ditch.", []want{
			{OutcomeKilled, 14, QualExact, "civilians"}}},
		{"held hostage", "About 60 workers had been held hostage at the plant.", []want{
			{OutcomeCaptured, 60, QualAbout, "civilians"}}},
		{"one killed and the other wounded", "A sniper fired on two guards, killing one and wounding the other.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}, {OutcomeWounded, 1, QualExact, "unknown"}}},
		{"one killed and another captured", "Soldiers shot dead one of the raiders and captured another, the army said.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeCaptured, 1, QualExact, "militants"}}},
		{"another of a place is no one more", "The rebels killed one soldier and captured another town.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}}},
		{"a jawan", "A jawan was injured in the firing.", []want{{OutcomeWounded, 1, QualExact, "police"}}},
		{"any verb in -ed to death", "About 40 prisoners were bayoneted to death in the yard.", []want{
			{OutcomeKilled, 40, QualAbout, "civilians"}}},
		{"machine-gunned to death", "Some 120 villagers were machine-gunned to death, witnesses said.", []want{
			{OutcomeKilled, 120, QualAbout, "civilians"}}},
		{"a sentence to death kills no one", "Three men were sentenced to death on Monday.", nil},
		{"death row is no death", "Five prisoners were transferred to death row on Monday.", nil},
		{"lynched", "A mob lynched two men accused of theft.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"hanged", "Eleven prisoners were hanged at dawn.", []want{{OutcomeKilled, 11, QualExact, "civilians"}}},
		{"one believer named by the faith", "Twelve Copts and one Muslim were killed in the clashes.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"members of a community", "Nine members of the Yazidi community were killed.", []want{
			{OutcomeKilled, 9, QualExact, "civilians"}}},
		{"a count that sustained injuries", "One soldier was killed and four sustained injuries.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}, {OutcomeWounded, 4, QualExact, "unknown"}}},
		{"a count that suffered wounds", "Two died and three suffered serious burns.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeWounded, 3, QualExact, "unknown"}}},
		{"killed or taken prisoner is no count of the dead", "More than 1,700 soldiers were killed or taken prisoner in the campaign.", nil},
		{"a part of a possessive whole", "Troops ambushed a band of guerrillas and killed seven of its 12 members.", []want{
			{OutcomeKilled, 7, QualExact, "rebels"}}},
		{"the killers' possessive is not the victims'", "Ukrainian troops said insurgents killed 12 of their 30 men.", []want{
			{OutcomeKilled, 12, QualExact, "Ukrainian military"}}},
		{"a nation of two words, its plural its adjective", "The spokesman said 210 North Vietnamese were killed.", []want{
			{OutcomeKilled, 210, QualExact, "North Vietnamese military"}}},
		{"a list going on past a part of its item", "The raiders killed 14 villagers, six of them children, and two policemen.", []want{
			{OutcomeKilled, 14, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "police"}, {OutcomeKilled, 6, QualExact, "civilians"}}},
		{"the shooters before a place are no victims", "Police at the checkpoint shot dead 11 demonstrators.", []want{
			{OutcomeKilled, 11, QualExact, "civilians"}}},
		{"a part set off by nearly all of them", "About 90 people, nearly all of them students, were killed.", []want{
			{OutcomeKilled, 90, QualAbout, "civilians"}}},
		{"people named by race", "Two whites and five blacks were killed in the raid.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 5, QualExact, "civilians"}}},
		{"killed, wounded or missing is one total", "The navy said 320 sailors were killed, wounded or missing.", nil},
		{"killed and wounded by one verb pair is one total", "The group said its men had killed and wounded more than 60 soldiers.", nil},
		{"wounded and captured is one man both befell", "Troops killed 14 of the attackers and wounded and captured one.", []want{
			{OutcomeKilled, 14, QualExact, "militants"}, {OutcomeCaptured, 1, QualExact, "militants"}}},
		{"an age told with then is no count", "Samir, then 16, was wounded in the arm.", nil},
		{"a time of day is no count", "Soldiers reached the toll gate at about 6:45pm and opened fire.", nil},
		{"a toll before its parts after a colon is no time", "The death toll stood at 41: 30 soldiers and 11 civilians.", []want{
			{OutcomeKilled, 41, QualExact, "unknown"}, {OutcomeKilled, 30, QualExact, "unknown"}, {OutcomeKilled, 11, QualExact, "civilians"}}},
		{"a family of five", "A family of five was killed in the strike.", []want{{OutcomeKilled, 5, QualExact, "civilians"}}},
		{"killed a family of six", "The shelling killed a family of six.", []want{{OutcomeKilled, 6, QualExact, "civilians"}}},
		{"all of those aboard", "The airliner exploded, killing all 73 aboard.", []want{{OutcomeKilled, 73, QualExact, "unknown"}}},
		{"deaths among a force's casualties", "Russian forces have suffered 1,200 casualties, including about 150 deaths.", []want{
			{OutcomeKilled, 150, QualAbout, "Russian military"}}},
		{"islamists", "Police shot dead four armed Islamists in the suburb.", []want{{OutcomeKilled, 4, QualExact, "militants"}}},
		{"in addition to", "The bombings killed 33 people in addition to 12 suicide bombers.", []want{
			{OutcomeKilled, 33, QualExact, "civilians"}, {OutcomeKilled, 12, QualExact, "militants"}}},
		{"a unit's number in the group's phrase", "More than 100 soldiers of the 157 Task Force Battalion were killed.", []want{
			{OutcomeKilled, 100, QualMoreThan, "unknown"}}},
		{"a word between a count and its deaths", "Officials recorded 1,189 intentional homicides in the state.", []want{
			{OutcomeKilled, 1189, QualExact, "civilians"}}},
		{"the number killed put at between", "The group puts the number of civilians killed at between 9,000 and 10,000.", []want{
			{OutcomeKilled, 9000, QualAtLeast, "civilians"}}},
		{"lost their lives after where the group is from", "Three soldiers from the village lost their lives.", []want{
			{OutcomeKilled, 3, QualExact, "unknown"}}},
		{"lost their lives after a group's long name", "Two soldiers and three Volunteers for the Defence of the Homeland (VDP) lost their lives.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeKilled, 3, QualExact, "Volunteers for the Defence of the Homeland"}}},
		{"such killings", "Rights groups counted 17 such killings last year.", []want{{OutcomeKilled, 17, QualExact, "civilians"}}},
		{"members of his family", "He said 12 members of his family had died under the rubble.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"another went missing", "Two soldiers were killed and another went missing.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeMissing, 1, QualExact, "unknown"}}},
		{"a faith word describing a place is no one", "Four people were killed at a Moslem festival.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"treated for injuries", "The clinic treated about 45 people for injuries.", []want{
			{OutcomeWounded, 45, QualAbout, "civilians"}}},
		{"treated for an illness is no wound", "Doctors treated 40 patients for cholera.", nil},
		{"among the civilians killed", "Four children were among the civilians killed in the shelling.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"marauders", "Troops killed 12 marauders.", []want{{OutcomeKilled, 12, QualExact, "militants"}}},
		{"ages between commas", "Two girls, aged 9 and 12, were killed in the shelling.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the youngest's age between commas", "Four villagers, the youngest of them 15, were shot dead.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"the whole more of the wounded are taken from", "The toll rose as more of the 30 wounded died in hospital.", nil},
		{"a list ending with a man named by his nation", "Two Danes, a Swede and an Englishman were among the dead.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"islanders", "Between 200 and 300 islanders were killed.", []want{
			{OutcomeKilled, 200, QualAtLeast, "civilians"}}},
		{"a gapped list of places", "Five soldiers were killed in Kandahar, three in Helmand and two in Kunar, the ministry said.", []want{
			{OutcomeKilled, 5, QualExact, "Afghan military"}, {OutcomeKilled, 3, QualExact, "Afghan military"}, {OutcomeKilled, 2, QualExact, "Afghan military"}}},
		{"a gapped item after an apposition", "Of the dead, 60 were killed in and around Herat, the province's capital, and 25 in the neighbouring Farah province, officials said.", []want{
			{OutcomeKilled, 60, QualExact, "unknown"}, {OutcomeKilled, 25, QualExact, "unknown"}}},
		{"a gapped item by blast", "Twelve people were killed in the first blast and seven in the second, police said.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}, {OutcomeKilled, 7, QualExact, "civilians"}}},
		{"a count in a condition is no gapped item", "Ten people were wounded in the blast, three in critical condition.", []want{
			{OutcomeWounded, 10, QualExact, "civilians"}}},
		{"a group told by its wounds", "About 150 people with gunshot wounds were being treated at the civil hospital, a doctor said.", []want{
			{OutcomeWounded, 150, QualAbout, "civilians"}}},
		{"a group told by its wounds, who died", "Four miners with burns died in hospital.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"treated there for wounds", "Sixty others are being treated there for shrapnel wounds.", []want{
			{OutcomeWounded, 60, QualExact, "unknown"}}},
		{"the hurt who died", "Twelve protesters shot in the clashes have died in hospital.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"the dead numbered", "Local officials said the dead numbered 75.", []want{
			{OutcomeKilled, 75, QualExact, "civilians"}}},
		{"beat to death", "A mob beat two shopkeepers to death.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"co-workers", "Rebels ambushed the convoy, killing an engineer and two co-workers.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the group there", "Nine people there were slightly hurt.", []want{
			{OutcomeWounded, 9, QualExact, "civilians"}}},
		{"a nation's people named by its adjective", "Twelve Lebanese were killed and 30 wounded in the raid.", []want{
			{OutcomeKilled, 12, QualExact, "Lebanese military"}, {OutcomeWounded, 30, QualExact, "Lebanese military"}}},
		{"a nation's adjective before a noun", "Rebels killed 156 Congolese Tutsi refugees.", []want{
			{OutcomeKilled, 156, QualExact, "civilians"}}},
		{"taken to a hospital by its name", "Four people were taken to the Santa Cruz hospital.", []want{
			{OutcomeWounded, 4, QualExact, "civilians"}}},
		{"taken to hospital, and died", "A guard was taken to the San Juan hospital with bullet wounds and died hours later.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}}},
		{"taken to hospital, where some died", "Five people were taken to hospital, where two later died.", []want{
			{OutcomeWounded, 5, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"two kinds of police in one count", "Four policemen and gendarmes were killed and eight wounded in gun battles.", []want{
			{OutcomeKilled, 4, QualExact, "police"}, {OutcomeWounded, 8, QualExact, "police"}}},
		{"most of them, after the verb", "More than 90 people were wounded, most of them policemen, hospital officials said.", []want{
			{OutcomeWounded, 90, QualMoreThan, "police"}}},
		{"most of them by whom", "More than 1,000 people were killed last year, most of them by paramilitaries, officials said.", []want{
			{OutcomeKilled, 1000, QualMoreThan, "civilians"}}},
		{"a force's members told by sex", "Nine police officers, two of them women, were killed last night.", []want{
			{OutcomeKilled, 9, QualExact, "police"}, {OutcomeKilled, 2, QualExact, "police"}}},
		{"shot dead his two brothers", "He said soldiers had shot dead his two brothers on Saturday.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a count told as known", "The helicopter crashed after take-off, killing the 13 military personnel on board.", []want{
			{OutcomeKilled, 13, QualExact, "unknown"}}},
		{"a time is no count told as known", "The blast killed the 2 a.m. shift.", nil},
		{"more of the wounded died", "The toll rose to 28 today when four more of the wounded died, officials said.", []want{
			{OutcomeKilled, 28, QualExact, "civilians"}, {OutcomeKilled, 4, QualExact, "civilians"}}},
		{"bringing the dead to a toll", "The shelling killed two more people, bringing the dead to 40, officials said.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 40, QualExact, "civilians"}}},
		{"a participle's phrase before suffered", "Two policemen travelling in a following vehicle suffered minor injuries, he said.", []want{
			{OutcomeWounded, 2, QualExact, "police"}}},
		{"internees", "Guards opened fire on the camp, killing three internees.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"parts between dashes", "The blast killed 12 people - eight soldiers and four civilians - officials said.", []want{
			{OutcomeKilled, 12, QualExact, "unknown"}, {OutcomeKilled, 8, QualExact, "unknown"}, {OutcomeKilled, 4, QualExact, "civilians"}}},
		{"an aside between dashes is no breakdown", "The blast killed 12 people - the worst attack this year.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"figure among the dead", "At least four policemen figure among the dead, a source said.", []want{
			{OutcomeKilled, 4, QualAtLeast, "police"}}},
		{"them, beaten to death", "Bandits who seized a group of traders beat six of them to death, police said.", []want{
			{OutcomeKilled, 6, QualExact, "civilians"}}},
		{"the wounded told before a weekday without 'on'", "At least 36 people were killed and 51 others injured Saturday when suicide bombers struck a fish market.", []want{
			{OutcomeKilled, 36, QualAtLeast, "civilians"}, {OutcomeWounded, 51, QualExact, "civilians"}}},
		{"an elliptical count before a weekday", "Two soldiers were killed and three wounded Monday.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeWounded, 3, QualExact, "unknown"}}},
		{"townspeople beside policemen", "Guerrillas raided the town, killing nine policemen and five townspeople.", []want{
			{OutcomeKilled, 9, QualExact, "police"}, {OutcomeKilled, 5, QualExact, "civilians"}}},
		{"occupants of a car", "All four occupants of the car were killed.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"two nationalities share one noun", "North Korean raids killed 16 American and 115 South Korean soldiers last year.", []want{
			{OutcomeKilled, 16, QualExact, "American military"}, {OutcomeKilled, 115, QualExact, "South Korean military"}}},
		{"two nationalities share one noun, in the passive", "Two American and seven South Korean soldiers of the guard force were injured by rocks.", []want{
			{OutcomeWounded, 2, QualExact, "American military"}, {OutcomeWounded, 7, QualExact, "South Korean military"}}},
		{"nationalities that share a noun of civilians", "Gunmen killed two Afghan and three Pakistani policemen.", []want{
			{OutcomeKilled, 2, QualExact, "police"}, {OutcomeKilled, 3, QualExact, "police"}}},
		{"a nationality whose noun ends in s before a noun", "Three Swiss delegates of the Red Cross were shot dead.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a breakdown after what the group was doing", "The air strike killed 45 people celebrating a wedding, including 15 children and 10 women.", []want{
			{OutcomeKilled, 45, QualExact, "civilians"}, {OutcomeKilled, 15, QualExact, "civilians"}, {OutcomeKilled, 10, QualExact, "civilians"}}},
		{"a tank's crew of a nation", "Two British tank crewmen were killed and five were wounded.", []want{
			{OutcomeKilled, 2, QualExact, "British military"}, {OutcomeWounded, 5, QualExact, "British military"}}},
		{"an air force helicopter's crew", "COLOMBO (Reuters) - Sri Lankan troops repelled an attack on the base. An air force helicopter sent to help crashed near Mihintale, killing all four crew members, an air force official said.", []want{
			{OutcomeKilled, 4, QualExact, "Sri Lankan military"}}},
		{"a helicopter's crew of no force named", "A UN helicopter came under fire, and a crew member was killed.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a bare count taken prisoner", "The rebels killed 42 Malian soldiers and took five prisoner.", []want{
			{OutcomeKilled, 42, QualExact, "Malian military"}, {OutcomeCaptured, 5, QualExact, "Malian military"}}},
		{"prisoners taken from the force whose men were killed", "The army and police have killed 525 rebels since Saturday and taken 60 prisoners, the spokesman said.", []want{
			{OutcomeKilled, 525, QualExact, "rebels"}, {OutcomeCaptured, 60, QualExact, "rebels"}}},
		{"a group of its own with the outcome before", "Five other worshippers were wounded, as were two police officers who tried to stop him.", []want{
			{OutcomeWounded, 5, QualExact, "civilians"}, {OutcomeWounded, 2, QualExact, "police"}}},
		{"a part set between commas before the verb, with an age", "Two passers-by, one of them a boy of 13, were killed, the reports said.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a breakdown set between commas before the verb", "At least 6,700 people, among them at least 730 children under the age of five, were killed in Rakhine.", []want{
			{OutcomeKilled, 6700, QualAtLeast, "civilians"}, {OutcomeKilled, 730, QualAtLeast, "civilians"}}},
		{"a part of the dead with its verb left out", "Of the dead, 12 were women and eight children, the minister said.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}, {OutcomeKilled, 8, QualExact, "civilians"}}},
		{"one more of the dead by nationality only", "Four of the dead were Chinese constables and one was a Pakistani, police said.", []want{
			{OutcomeKilled, 4, QualExact, "police"}, {OutcomeKilled, 1, QualExact, "police"}}},
		{"a denial before a group of no number", "No police officers were hurt, and none of the soldiers were hurt either.", nil},
		{"fatally wounded are dead", "Two soldiers were fatally wounded and three were wounded.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeWounded, 3, QualExact, "unknown"}}},
		{"fatally shot are dead", "Gunmen fatally shot three policemen outside the station.", []want{
			{OutcomeKilled, 3, QualExact, "police"}}},
		{"rights defenders are civilians", "Three human rights defenders were killed in the region.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a part in critical condition keeps its qualifier", "About 100 people were wounded, at least 29 of them in critical condition, the ministry said.", []want{
			{OutcomeWounded, 100, QualAbout, "civilians"}, {OutcomeWounded, 29, QualAtLeast, "civilians"}}},
		{"the parts the wounded included", "The Sudan Doctors Network said the wounded included 11 women and seven children.", []want{
			{OutcomeWounded, 11, QualExact, "civilians"}, {OutcomeWounded, 7, QualExact, "civilians"}}},
		{"a part of the injured between commas", "The injured, including two women, were taken to al-Nasr hospital, medical sources said.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"armed elements", "The army said in a statement that seven \"takfiri elements\" were killed in the exchange of fire.", []want{
			{OutcomeKilled, 7, QualExact, "militants"}}},
		{"the bombers dead as well as their victims", "Two female suicide bombers blew themselves up in a crowded market on Sunday, killing nine civilians as well as themselves, a local official said.", []want{
			{OutcomeKilled, 2, QualExact, "militants"}, {OutcomeKilled, 9, QualExact, "civilians"}}},
		{"a nation's losses for a killing", "Nigerian federal forces killed 312 rebels in the Owerri sector for the loss of 27 men killed and 64 wounded.", []want{
			{OutcomeKilled, 312, QualExact, "rebels"}, {OutcomeKilled, 27, QualExact, "Nigerian military"}, {OutcomeWounded, 64, QualExact, "Nigerian military"}}},
		{"a force suffers a count", "The terrorists attacked a police station in Mindat, and the Iraqi security forces had suffered three dead and four wounded while repelling them.", []want{
			{OutcomeKilled, 3, QualExact, "Iraqi military"}, {OutcomeWounded, 4, QualExact, "Iraqi military"}}},
		{"a breakdown after the time of day", "An air strike on a school killed at least 33 people early on Thursday, among them 14 children and nine women.", []want{
			{OutcomeKilled, 33, QualAtLeast, "civilians"}, {OutcomeKilled, 14, QualExact, "civilians"}, {OutcomeKilled, 9, QualExact, "civilians"}}},
		{"the wounded who have since died", "Eleven of the wounded have since died in the camp hospital, a military spokesman said.", []want{
			{OutcomeKilled, 11, QualExact, "unknown"}}},
		{"a crew told by its number", "An air force helicopter crashed near the base, killing its crew of three, an air force official said.", []want{
			{OutcomeKilled, 3, QualExact, "unknown"}}},
		{"a crew's number before it", "The helicopter crashed on take-off, killing its four crew.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"those whose fate is unknown are missing", "A further 14 Russian servicemen were wounded and the fate of 20 others remains unknown, a spokesman said.", []want{
			{OutcomeWounded, 14, QualExact, "Russian military"}, {OutcomeMissing, 20, QualExact, "Russian military"}}},
		{"a nation's army loses a count", "In two days' fighting the Iraqi Army lost 33 killed and 45 wounded, according to the communique.", []want{
			{OutcomeKilled, 33, QualExact, "Iraqi military"}, {OutcomeWounded, 45, QualExact, "Iraqi military"}}},
		{"a part of the victims by nationality", "The government said 193 of the victims were Dutch nationals.", []want{{OutcomeKilled, 193, QualExact, SideCivilians}}},
		{"where a group was thought to be, then its verb", "Thirty-six other civilians believed to have been in the building remain unaccounted for.", []want{
			{OutcomeMissing, 36, QualExact, "civilians"}}},
		{"a part of a figure told after 'and'", "52 Palestinians were killed in the camp, and at least 22 of them were civilians.", []want{
			{OutcomeKilled, 52, QualExact, "Palestinians"}, {OutcomeKilled, 22, QualAtLeast, "civilians"}}},
		{"of the dead, believed to be armed militants", "Twenty-seven of the dead were believed to be armed militants.", []want{
			{OutcomeKilled, 27, QualExact, "militants"}}},
		{"the number of the martyred, past a day between commas", "The number of Palestinians martyred by Israeli fire along the border yesterday, Monday 14 May, has risen to 60.", []want{
			{OutcomeKilled, 60, QualExact, "Palestinians"}}},
		{"among the martyrs", "Among the martyrs are eight children.", []want{
			{OutcomeKilled, 8, QualExact, "civilians"}}},
		{"parts after 'of whom'", "Ten people were killed, of whom four were children and two were police officers.", []want{
			{OutcomeKilled, 10, QualExact, "civilians"}, {OutcomeKilled, 4, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "police"}}},
		{"a part told 'four of whom were'", "Ten people were killed, four of whom were children.", []want{
			{OutcomeKilled, 10, QualExact, "civilians"}, {OutcomeKilled, 4, QualExact, "civilians"}}},
		{"the bereaved are no dead", "The government announced payments to the families of those who lost their lives.", nil},
		{"the massacre of a count", "A court sentenced four former soldiers for the massacre of 201 villagers at Dos Erres in 1982.", []want{
			{OutcomeKilled, 201, QualExact, "civilians"}}},
		{"a part of a figure after a comma", "In Pieri alone, 257 people were killed, 150 of them women, he said.", []want{
			{OutcomeKilled, 257, QualExact, "civilians"}, {OutcomeKilled, 150, QualExact, "civilians"}}},
		{"an earlier toll of the dead after the wounded", "The death toll has risen to 129, with 198 people wounded, the committee said, up from 83 dead it had reported on Sunday.", []want{
			{OutcomeKilled, 129, QualExact, "civilians"}, {OutcomeWounded, 198, QualExact, "civilians"}, {OutcomeKilled, 83, QualExact, "civilians"}}},
		{"more of the dead, one of them named by its article", "Three of the dead were investigators of the state prosecutor's office and one was a municipal police officer.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "police"}}},
		{"the parts of a figure after a colon", "Eight members of the security forces were killed: four soldiers and four police officers.", []want{
			{OutcomeKilled, 8, QualExact, "unknown"}, {OutcomeKilled, 4, QualExact, "unknown"}, {OutcomeKilled, 4, QualExact, "police"}}},
		{"soldiers are no police however many", "Four soldiers and four police officers were killed.", []want{
			{OutcomeKilled, 4, QualExact, "unknown"}, {OutcomeKilled, 4, QualExact, "police"}}},
		{"a capital's dateline under a press release's header", "GOVERNMENT OF THE REPUBLIC\nInformation Centre\n\nPRESS RELEASE\nSkopje, 29 April 2001\n\nTwo soldiers were wounded in an ambush.", []want{
			{OutcomeWounded, 2, QualExact, "Macedonian military"}}},
		{"the headline's town names the soldiers' nation", "Twin explosions rock Jolo, Sulu\n\nThe death toll from the two blasts has risen to 14: seven soldiers, six civilians and a police officer.", []want{
			{OutcomeKilled, 14, QualExact, "unknown"}, {OutcomeKilled, 7, QualExact, "Philippine military"}, {OutcomeKilled, 6, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "police"}}},
		{"a trade between 'police' and its men", "Two police bomb disposal officers were killed.", []want{
			{OutcomeKilled, 2, QualExact, "police"}}},
		{"a trade of civilians", "A rubber tapper was shot dead by two men on a motorcycle.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a dateline closed by a hyphen names the soldiers' nation", "Gunmen raid army camp\n\nNARATHIWAT - Four soldiers were killed when gunmen stormed an army camp early yesterday.", []want{
			{OutcomeKilled, 4, QualExact, "Thai military"}}},
		{"the number of bodies put at a count", "One local official put the number of bodies pulled from the rubble at 240.", []want{
			{OutcomeKilled, 240, QualExact, "civilians"}}},
		{"deaths and injuries caused", "The shelling caused at least 40 deaths and 150 injuries, the ministry said.", []want{
			{OutcomeKilled, 40, QualAtLeast, "civilians"}, {OutcomeWounded, 150, QualExact, "unknown"}}},
		{"people of several nations are an attack's victims", "The dead included four Germans, two Americans and a Briton, the police said.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a nation's people with an envoy among them", "Gunmen killed three Americans, including a diplomat, at the hotel.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"parts of a count between commas", "All 61 people aboard, 57 passengers and four crew, were killed, the airline said.", []want{
			{OutcomeKilled, 61, QualExact, "civilians"}, {OutcomeKilled, 57, QualExact, "civilians"}, {OutcomeKilled, 4, QualExact, "civilians"}}},
		{"the parts of civilian casualties", "The mission verified 52 civilian casualties (19 killed and 33 injured) in the district.", []want{
			{OutcomeKilled, 19, QualExact, "civilians"}, {OutcomeWounded, 33, QualExact, "civilians"}}},
		{"a capital's dateline names the nation of its sailors", "SEOUL, April 3 (Reuters) - A fishing boat sank, the coast guard said. It was registered in Cambodia.\n\nDivers searched the wreck. Forty sailors remain missing, the navy said.", []want{
			{OutcomeMissing, 40, QualExact, "South Korean military"}}},
		{"a toll revised with its day written bare", "The death toll from the bombing of a market rose to 17 Saturday, police said.", []want{
			{OutcomeKilled, 17, QualExact, "civilians"}}},
		{"lives of several camps", "The clashes claimed 52 lives, among them 30 civilians and 22 rebels.", []want{
			{OutcomeKilled, 52, QualExact, "unknown"}, {OutcomeKilled, 30, QualExact, "civilians"}, {OutcomeKilled, 22, QualExact, "rebels"}}},
		{"a part of a leader's soldiers", "MISRATA, Libya - The rebels said they had shot dead about 20 of Gaddafi's soldiers and taken nine prisoner.", []want{
			{OutcomeKilled, 20, QualAbout, "Libyan military"}, {OutcomeCaptured, 9, QualExact, "Libyan military"}}},
		{"the number of a group who have died", "The ambush raised to 412 the number of members of the Canadian forces who have died in the mission.", []want{
			{OutcomeKilled, 412, QualExact, "Canadian military"}}},
		{"a service's noun takes the nation the report gives it", "FALLUJAH, Iraq - British paratroopers came under fire at dawn. A paratrooper was killed and two were hurt, a spokesman said.", []want{
			{OutcomeKilled, 1, QualExact, "British military"}, {OutcomeWounded, 2, QualExact, "British military"}}},
		{"a verb of a second clause is no modifier of a group", "The air force said the jet hit a supply depot and regretted any civilian deaths.", nil},
		{"a rebel movement named after the figure", "Serbian police said they killed 9 \"terrorists\" of the Kosovo Liberation Army in the valley.", []want{
			{OutcomeKilled, 9, QualExact, "rebels"}}},
		{"cadres of a rebel movement", "The army said troops killed 31 LTTE cadres in the north.", []want{{OutcomeKilled, 31, QualExact, "rebels"}}},
		{"Janjaweed are a militia on the government's side", "Janjaweed militiamen killed 29 villagers; troops said they killed 40 rebels.", []want{
			{OutcomeKilled, 29, QualExact, "civilians"}, {OutcomeKilled, 40, QualExact, "rebels"}}},
		{"caught in the crossfire", "A shepherd caught in the crossfire also died.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"guarding before the verb", "Four policemen guarding the bank were among those killed.", []want{{OutcomeKilled, 4, QualExact, "police"}}},
		{"a bare count after officers of the police", "A police spokesman said three officers were hurt and two were unaccounted for after the raid.", []want{
			{OutcomeWounded, 3, QualExact, "police"}, {OutcomeMissing, 2, QualExact, "police"}}},
		{"other officers after policemen", "Insurgents shot dead nine policemen at a post. Two other officers were wounded, the governor said. Troops later cleared the area.", []want{
			{OutcomeKilled, 9, QualExact, "police"}, {OutcomeWounded, 2, QualExact, "police"}}},
		{"a clause of what a group did before its verb", "All of the roughly 35 guerrillas who seized the building on Wednesday died in the fighting.", []want{
			{OutcomeKilled, 35, QualAbout, "rebels"}}},
		{"a clause of what befell others before the verb", "Relatives said 12 cafeteria employees who were seen leaving the building alive were missing.", []want{
			{OutcomeMissing, 12, QualExact, "civilians"}}},
		{"a group's clause after a phrase of where it is from", "Police were searching for 43 students from a rural teacher training college who went missing after the attack.", []want{
			{OutcomeMissing, 43, QualExact, "civilians"}}},
		{"a clause of an attacker's is left to the attacker's rule", "A man who opened fire on passers-by at a tram stop was shot dead by police.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}}},
		{"a clause's own outcome", "The gunman who shot dead the mayor fled.", nil},
		{"justices among the dead", "At least 95 people, among them 11 Supreme Court justices, were killed in the siege.", []want{
			{OutcomeKilled, 95, QualAtLeast, "civilians"}, {OutcomeKilled, 11, QualExact, "civilians"}}},
		{"rioters are no side's fighters", "Troops killed 17 armed rioters in the city, the command said.", []want{
			{OutcomeKilled, 17, QualExact, "civilians"}}},
		{"a source told between commas before the verb", "Seven policemen, the ministry said, were killed in the ambush.", []want{
			{OutcomeKilled, 7, QualExact, "police"}}},
		{"a toll with its source told between commas", "The death toll, a spokesman for the fire brigade said, climbed to 21 yesterday.", []want{
			{OutcomeKilled, 21, QualExact, "civilians"}}},
		{"the dead of a nation whose adjective is its people's name", "The ministry said 36 of the dead were Swiss.", []want{
			{OutcomeKilled, 36, QualExact, "civilians"}}},
		{"a headline's present 'lose their lives'", "16 people lose their lives in attack near Kantchari", []want{
			{OutcomeKilled, 16, QualExact, "civilians"}}},
		{"a vigilance group's man", "Bandits killed a member of the local vigilance group, police said.", []want{
			{OutcomeKilled, 1, QualExact, "pro-government militia"}}},
		{"the other dead told by who they were", "The toll rose to 21. The other 20 dead were police cadets, police said.", []want{
			{OutcomeKilled, 21, QualExact, "civilians"}, {OutcomeKilled, 20, QualExact, "police"}}},
		{"the wounded told by who they were", "The 14 wounded were soldiers of the garrison.", []want{
			{OutcomeWounded, 14, QualExact, "unknown"}}},
		{"the sailors of the navy the sentence names", "An explosion tore through the U.S. Navy destroyer Cole in the Yemeni port of Aden, killing six sailors.", []want{
			{OutcomeKilled, 6, QualExact, "American military"}}},
		{"the crew of the navy the article names", "An explosion hit the U.S. Navy destroyer Cole in Aden.\n\nTen sailors remained unaccounted for, a spokesman said.", []want{
			{OutcomeMissing, 10, QualExact, "American military"}}},
		{"the number of confirmed dead", "By late on Thursday the number of confirmed dead had risen to seven.", []want{
			{OutcomeKilled, 7, QualExact, "civilians"}}},
		{"a time after a toll's count", "The health ministry had put the toll at 126 late on Friday.", []want{
			{OutcomeKilled, 126, QualExact, "civilians"}}},
		{"a participle of a death's manner before its victims", "A mob set fire to a church, burning to death at least 30 people.", []want{
			{OutcomeKilled, 30, QualAtLeast, "civilians"}}},
		{"still in hospital in a condition", "More than 1,400 people were injured, and 82 remained in hospital in a critical or serious condition.", []want{
			{OutcomeWounded, 1400, QualMoreThan, "civilians"}, {OutcomeWounded, 82, QualExact, "civilians"}}},
		{"assassins are attackers", "Police killed four suspected assassins of the president in a shootout.", []want{
			{OutcomeKilled, 4, QualExact, "militants"}}},
		{"a person named by age", "Among the dead was a 17-year-old, the health director said.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a leader speaking of his nation's soldiers", "ABIDJAN (AFP) - Ivorian President Alassane Ouattara said that 19 people, including 16 civilians and three soldiers, had been killed.", []want{
			{OutcomeKilled, 19, QualExact, "unknown"}, {OutcomeKilled, 16, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "Ivorian military"}}},
		{"others killed beside a person named and described", "A car bomb exploded, killing Ayatollah Mohammed Baqir al-Hakim, one of the most senior clerics, and at least 82 other people.", []want{
			{OutcomeKilled, 82, QualAtLeast, "civilians"}}},
		{"a gapped count at a place described before", "At least 29 people were killed in the second city of Mandalay and 24 in Yangon.", []want{
			{OutcomeKilled, 29, QualAtLeast, "civilians"}, {OutcomeKilled, 24, QualExact, "civilians"}}},
		{"more bodies pulled out", "The toll rose to 84 after firemen pulled three more bodies from the rubble.", []want{
			{OutcomeKilled, 84, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a group held by others, killed", "All nine Israeli athletes held hostage by Arab guerrillas were killed early today.", []want{
			{OutcomeKilled, 9, QualExact, "civilians"}}},
		{"a rank joined by a hyphen", "Rebels killed 10 Myanmar soldiers, including a lieutenant-colonel, at the weekend.", []want{
			{OutcomeKilled, 10, QualExact, "Myanmar military"}, {OutcomeKilled, 1, QualExact, "Myanmar military"}}},
		{"legionnaires of the legion the article names", "French Foreign Legion paratroopers retook the town.\n\nTwenty legionnaires were wounded, the colonel said.", []want{
			{OutcomeWounded, 20, QualExact, "French military"}}},
		{"a list of nations before a noun", "The minister said 118 Bangladeshi, Egyptian and Indian workers were among the injured.", []want{
			{OutcomeWounded, 118, QualExact, "civilians"}}},
		{"citizens one by one among the dead", "A Mexican student and an Ecuadorean citizen were among the dead.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a speaker's own men lost", "The Croatian army said its units had lost five men near the river.", []want{
			{OutcomeKilled, 5, QualExact, "Croatian military"}}},
		{"a group's spokesman on its own losses", "A Hamas official said the movement had lost 11 men in the raid.", []want{
			{OutcomeKilled, 11, QualExact, "Hamas"}}},
		{"a group named by a plural noun", "The governor said 23 Taliban died when their hideout was bombed.", []want{
			{OutcomeKilled, 23, QualExact, "Taliban"}}},
		{"an interpreter travelling with a patrol", "A local interpreter travelling with the convoy was also killed.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a participle of riding between the group and its verb", "Two translators riding in the second vehicle were wounded.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"troops of a multinational force are not the host's", "KABUL - A coalition soldier was killed and two NATO troops were wounded in eastern Afghanistan.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}, {OutcomeWounded, 2, QualExact, "unknown"}}},
		{"a speaker with his post after a list", "Shells hit the market, killing nine people and wounding 31, a nurse at the district clinic said.", []want{
			{OutcomeKilled, 9, QualExact, "civilians"}, {OutcomeWounded, 31, QualExact, "civilians"}}},
		{"active with qualifier", "The blast killed at least 31 civilians.", []want{{OutcomeKilled, 31, QualAtLeast, "civilians"}}},
		{"a dozen", "The blast killed a dozen people.", []want{{OutcomeKilled, 12, QualAbout, "civilians"}}},
		{"more than two dozen", "Gunmen killed more than two dozen people in an attack on a village.", []want{{OutcomeKilled, 24, QualMoreThan, "civilians"}}},
		{"hyphenated number", "Twenty-three Ukrainian soldiers died.", []want{{OutcomeKilled, 23, QualExact, "Ukrainian military"}}},
		{"left dead", "The attack left 12 dead.", []want{{OutcomeKilled, 12, QualExact, "unknown"}}},
		{"lost their lives", "Eight Iraqi policemen lost their lives.", []want{{OutcomeKilled, 8, QualExact, "police"}}},
		{"paid the supreme price", "Two Nigerian soldiers paid the supreme price.", []want{{OutcomeKilled, 2, QualExact, "Nigerian military"}}},
		{"made the ultimate sacrifice", "Three police officers made the ultimate sacrifice.", []want{{OutcomeKilled, 3, QualExact, "police"}}},
		{"rescuers named by their work", "The second missile killed a paramedic and a rescuer.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a hundred or more of its own", "Azerbaijan says 192 of its soldiers were killed.", []want{{OutcomeKilled, 192, QualExact, "Azerbaijani military"}}},
		{"other members of the group named before", "The strike killed a commander of the Kataib Hezbollah militia and two other members of the group.", []want{
			{OutcomeKilled, 1, QualExact, "Kataib Hezbollah"}, {OutcomeKilled, 2, QualExact, "Kataib Hezbollah"}}},
		{"a span of time after the verb", "Five people were killed two days ago and a soldier died three weeks later.", []want{
			{OutcomeKilled, 5, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "unknown"}}},
		{"declared dead", "Twenty-one people were declared dead on arrival.", []want{{OutcomeKilled, 21, QualExact, "civilians"}}},
		{"a participle's phrase before the verb", "A Kenyan police officer serving with the U.N.-backed multinational security mission in Haiti was killed in an ambush.",
			[]want{{OutcomeKilled, 1, QualExact, "police"}}},
		{"from one of the sides", "A gunman from one faction was shot dead at a checkpoint.", []want{{OutcomeKilled, 1, QualExact, "militants"}}},
		{"vigilantes count their own", "Local vigilantes who tried to repel the attack lost seven of their members.",
			[]want{{OutcomeKilled, 7, QualExact, "pro-government militia"}}},
		{"Islamic State by its initials", "Russian airstrikes killed at least five IS fighters.", []want{{OutcomeKilled, 5, QualAtLeast, "Islamic State"}}},
		{"a wounded one captured", "A wounded rebel was captured and taken to hospital.", []want{{OutcomeCaptured, 1, QualExact, "rebels"}}},
		{"one count of both sides", "The attacks have killed at least 70 soldiers and civilians.", []want{{OutcomeKilled, 70, QualAtLeast, "unknown"}}},
		{"a count for each side", "The strike killed three Malian soldiers and two civilians.", []want{
			{OutcomeKilled, 3, QualExact, "Malian military"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"an office holder", "The strike killed a mayor and at least 15 other people.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 15, QualAtLeast, "civilians"}}},
		{"toll rose", "The death toll rose to 31.", []want{{OutcomeKilled, 31, QualExact, "civilians"}}},
		{"claimed the lives", "The bombing claimed the lives of 40 worshippers.", []want{{OutcomeKilled, 40, QualExact, "civilians"}}},
		{"wounded beside killed", "Two Afghan soldiers were killed and five wounded.", []want{
			{OutcomeKilled, 2, QualExact, "Afghan military"}, {OutcomeWounded, 5, QualExact, "Afghan military"}}},
		{"missing", "Around 20 fishermen are missing.", []want{{OutcomeMissing, 20, QualAbout, "civilians"}}},
		{"captured", "Rebels captured 15 Malian soldiers.", []want{{OutcomeCaptured, 15, QualExact, "Malian military"}}},
		{"taken prisoner", "Up to 40 Russian soldiers were taken prisoner.", []want{{OutcomeCaptured, 40, QualUpTo, "Russian military"}}},
		{"no more than a figure is at most it", "The U.N. said no more than 20 people had died.", []want{{OutcomeKilled, 20, QualUpTo, "civilians"}}},
		{"not fewer than a figure is at least it", "Not fewer than 30 people were killed.", []want{{OutcomeKilled, 30, QualAtLeast, "civilians"}}},
		{"several groups", "The raid killed three Iranians and seven Tehran-backed foreign fighters.", []want{
			{OutcomeKilled, 3, QualExact, "Iranian military"}, {OutcomeKilled, 7, QualExact, "pro-government militia"}}},
		{"unknown count", "Russian specialists have been killed.", []want{{OutcomeKilled, unknownValue, QualUnknown, "Russian military"}}},
		{"vague", "Dozens of Houthi fighters were killed.", []want{{OutcomeKilled, unknownValue, QualUnknown, "Houthis"}}},
		{"equipment is not a victim", "The army destroyed 103 tanks and eight helicopters.", nil},
		{"volunteers fighting beside an army", "Gunmen killed 20 civilian volunteers fighting alongside the army near Djibo.", []want{{OutcomeKilled, 20, QualExact, "pro-government militia"}}},
		{"militiamen a government's troops kill", "Government troops killed 25 militiamen in Ituri.", []want{{OutcomeKilled, 25, QualExact, "militants"}}},
		{"militiamen killed by no told force", "Twenty-five militiamen were killed in Ituri.", []want{{OutcomeKilled, 25, QualExact, "pro-government militia"}}},
		{"a nation's military toll", "The Armenian military death toll rose to 105, officials said.", []want{{OutcomeKilled, 105, QualExact, "Armenian military"}}},
		{"a people's toll", "The Palestinian death toll rose to 210, the ministry said.", []want{{OutcomeKilled, 210, QualExact, "Palestinians"}}},
		{"a capital speaks of its own", "At least 49 Armenian soldiers were killed, while Baku said 50 of its servicemen had died.", []want{
			{OutcomeKilled, 49, QualAtLeast, "Armenian military"}, {OutcomeKilled, 50, QualExact, "Azerbaijani military"}}},
		{"gunned down in the passive", "Three Maoists were gunned down in an encounter, police said.", []want{{OutcomeKilled, 3, QualExact, "rebels"}}},
		{"attackers killed by the group the article names", "Gunmen attacked the military hospital. All four attackers were killed by Taliban special forces, a spokesman said.", []want{{OutcomeKilled, 4, QualExact, "militants"}}},
		{"a dateline below a header line and a headline", "Source: Wire One\n\nBomb kills three soldiers\n\nMOGADISHU, Feb 3 (Wire One) - A roadside bomb killed three soldiers in Kismayo on Friday, a military officer said.", []want{
			{OutcomeKilled, 3, QualExact, "Somali military"}, {OutcomeKilled, 3, QualExact, "Somali military"}}},
		{"the freed part of the kidnapped", "Troops rescued 30 of the 120 students kidnapped from a school last week.", []want{{OutcomeCaptured, 120, QualExact, "civilians"}}},
		{"a comedian among the dead", "Among the dead was a comedian, Mustafa Baraka, who was shot in the street.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"volunteers counted with soldiers", "Twelve soldiers and three volunteers were killed when their convoy was ambushed.", []want{
			{OutcomeKilled, 12, QualExact, "unknown"}, {OutcomeKilled, 3, QualExact, "pro-government militia"}}},
		{"the wounded of soldiers of the country the report is set in", "Two policemen were killed in Quetta on Monday.\n\nIn another attack, four soldiers were martyred and six injured.", []want{
			{OutcomeKilled, 2, QualExact, "police"}, {OutcomeKilled, 4, QualExact, "Pakistani military"}, {OutcomeWounded, 6, QualExact, "Pakistani military"}}},
		{"the wounded of soldiers of no told nation", "Two policemen were killed on Monday.\n\nIn another attack, four soldiers were martyred and six injured.", []want{
			{OutcomeKilled, 2, QualExact, "police"}, {OutcomeKilled, 4, QualExact, "unknown"}, {OutcomeWounded, 6, QualExact, "unknown"}}},
		{"volunteers who do not fight", "The blast killed three Red Cross volunteers.", []want{{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a fighter aircraft is not a fighter", "India said it had lost one MiG-21 fighter in the clash.", nil},
		{"fighter jets are aircraft", "The air force lost two fighter jets and a Mirage fighter over the gulf.", nil},
		{"population is not a casualty", "The province is home to some four million civilians.", nil},
		{"displacement is not a casualty", "The offensive has displaced nearly 1 million people.", nil},
		{"distance is not a casualty", "Saraqeb lies 15 km east of Idlib city.", nil},
		{"years are not counts", "The war broke out in 2011 and killed in 2012.", nil},
		{"subject is not a victim", "Two soldiers killed three militants.", []want{{OutcomeKilled, 3, QualExact, "militants"}}},
		{"stabbed to death", "A man stabbed three people to death at a festival.", []want{{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"among the dead were", "Among the dead were nine paramedics.", []want{{OutcomeKilled, 9, QualExact, "civilians"}}},
		{"named group before a head", "Troops killed five Abu Sayyaf militants.", []want{{OutcomeKilled, 5, QualExact, "Abu Sayyaf"}}},
		{"a group's full name after of", "Two fighters of the Syrian Democratic Forces were killed.", []want{{OutcomeKilled, 2, QualExact, "Syrian Democratic Forces"}}},
		{"a group's full name after from the", "Seven fighters from the Syrian Democratic Forces (SDF) were killed.", []want{{OutcomeKilled, 7, QualExact, "Syrian Democratic Forces"}}},
		{"a force's full name is not its nation's army", "Five fighters of the Rapid Support Forces were killed, the army said.", []want{{OutcomeKilled, 5, QualExact, "Rapid Support Forces"}}},
		{"beheaded", "Insurgents beheaded 11 villagers.", []want{{OutcomeKilled, 11, QualExact, "civilians"}}},
		{"number of dead put at", "The police put the number of dead at 16.", []want{{OutcomeKilled, 16, QualExact, "civilians"}}},
		{"a denial of a number", "The commander said none of his 300 men had been killed.", nil},
		{"a toll feared, not reached", "Local officials said the toll could rise to 100.", nil},
		{"a toll expected, not reached", "The toll is expected to climb to 100, officials said.", nil},
		{"wiped out", "Radio Hanoi claimed the guerrillas had wiped out more than 300 Americans.", []want{{OutcomeKilled, 300, QualMoreThan, "American military"}}},
		{"carried off", "The attackers had also carried off 11 young men.", []want{{OutcomeCaptured, 11, QualExact, "civilians"}}},
		{"shot to death with another verb before it", "Guerrillas hacked and shot to death 67 peasants.", []want{{OutcomeKilled, 67, QualExact, "civilians"}}},
		{"passive shot to death", "Four villagers were shot to death.", []want{{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"people searched for under the rubble", "Police were searching for three people believed to be under the rubble.", []want{{OutcomeMissing, 3, QualExact, "civilians"}}},
		{"people searched for who are no one's missing", "Police were searching for three suspects.", nil},
		{"a wounded soldier who died is one of the wounded told before", "SAIGON - Guerrillas attacked a U.S. compound, killing eight Americans and wounding 126, a spokesman said. North Vietnamese and South Vietnamese officials did not comment. Later a wounded soldier died at a field hospital.", []want{
			{OutcomeKilled, 8, QualExact, "American military"}, {OutcomeWounded, 126, QualExact, "American military"}, {OutcomeKilled, 1, QualExact, "American military"}}},
		{"other crewmen are of the force whose sailors were told before", "The Pentagon said 31 American sailors were killed when jets attacked the ship. Three other crewmen were missing.", []want{
			{OutcomeKilled, 31, QualExact, "American military"}, {OutcomeMissing, 3, QualExact, "American military"}}},
		{"other crew members are of the force told before", "The Pentagon said four American sailors were killed when the blast hit the destroyer. Navy officials said 36 other crew members were injured.", []want{
			{OutcomeKilled, 4, QualExact, "American military"}, {OutcomeWounded, 36, QualExact, "American military"}}},
		{"their men, told by a force", "Rebel rockets killed 19 Ukrainian servicemen, the defence ministry said. Border guards said four of their men were among the dead.", []want{
			{OutcomeKilled, 19, QualExact, "Ukrainian military"}, {OutcomeKilled, 4, QualExact, "Ukrainian military"}}},
		{"their men, told by police", "Police said two of their men were killed in the ambush.", []want{
			{OutcomeKilled, 2, QualExact, "police"}}},
		{"their men, told by villagers", "Villagers said two of their men were killed.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"other crewmen of a merchant ship stay civilians", "Two sailors of the bulk carrier were killed by the missile. Three other crewmen were missing.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeMissing, 3, QualExact, "civilians"}}},
		{"a toll whose subject runs long", "The toll from a fire that engulfed the hamlet of Machuca in northwestern Colombia after leftist rebels dynamited an oil pipeline rose to 67 on Tuesday.", []want{{OutcomeKilled, 67, QualExact, "civilians"}}},
		{"the dead put at", "A strike hit the market on Friday. The police had earlier put the dead at 16.", []want{{OutcomeKilled, 16, QualExact, "unknown"}}},
		{"a toll given as", "A bomb hit the market on Friday. Earlier the police had given the toll as 56 killed.", []want{{OutcomeKilled, 56, QualExact, "civilians"}}},
		{"a ranger", "A paramilitary ranger was killed.", []want{{OutcomeKilled, 1, QualExact, "unknown"}}},
		{"kin among the dead", "A 64-year-old woman and her husband were among the dead.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"kin the dead included", "He said the dead included a pastor and his wife.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"kin killed together", "A woman and her son were killed.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"an age is not a count", "Shlomi Ziv, 41, was abducted from the festival.", nil},
		{"possessive partitive names the group spoken of", "The Houthis said U.S. and British strikes had killed 11 of their members.",
			[]want{{OutcomeKilled, 11, QualExact, "Houthis"}}},
		{"breakdown keeps the armed side", "Troops killed about 250 Hezbollah militants, including 21 commanders.", []want{
			{OutcomeKilled, 250, QualAbout, "Hezbollah"}, {OutcomeKilled, 21, QualExact, "Hezbollah"}}},
		{"people broken down into fighters are not all civilians", "The fighting killed 311 people, including 183 fighters.", []want{
			{OutcomeKilled, 311, QualExact, "unknown"}, {OutcomeKilled, 183, QualExact, "militants"}}},
		{"people broken down into children stay civilians", "The strike killed 22 people, including six children.", []want{
			{OutcomeKilled, 22, QualExact, "civilians"}, {OutcomeKilled, 6, QualExact, "civilians"}}},
		{"a long breakdown", "The fighting killed 311 people, including 183 fighters from allied groups, 100 members of the army and its allies and 28 civilians.", []want{
			{OutcomeKilled, 311, QualExact, "unknown"}, {OutcomeKilled, 183, QualExact, "militants"},
			{OutcomeKilled, 100, QualExact, "government forces"}, {OutcomeKilled, 28, QualExact, "civilians"}}},
		{"gang members", "Police killed 15 gang members in the capital.", []want{{OutcomeKilled, 15, QualExact, "militants"}}},
		{"one person", "One person was killed and three were wounded.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeWounded, 3, QualExact, "civilians"}}},
		{"a foreign national is a civilian", "An Indian national was also killed.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a village headman", "Insurgents shot dead a village headman.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a later item of a list of the dead", "Among the dead were four soldiers manning the checkpoint and three civilians who were travelling.", []want{
			{OutcomeKilled, 4, QualExact, "unknown"}, {OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a list of the dead opened by a name", "The dead included the bus driver and a two-year-old child.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a list that opens no casualties", "Troops were deployed and two soldiers later arrived.", nil},
		{"an attacker shot dead after he killed", "A man armed with a knife killed six people before he was shot dead by a police officer.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeKilled, 6, QualExact, "civilians"}}},
		{"an attacker who killed was shot dead", "A gunman who killed two fans was shot dead by police.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"an officer who said he was shot at is no attacker", "A police officer said he was shot dead at the scene by mistake.", nil},
		{"a third is one more of the group", "Gunmen killed two fans and wounded a third.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeWounded, 1, QualExact, "civilians"}}},
		{"a fourth after a report verb", "Three of its citizens had died and a fourth was wounded.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeWounded, 1, QualExact, "civilians"}}},
		{"a third attempt is no figure", "It was a third attempt, and he won a second term.", nil},
		{"a part told by how it was hurt", "Thirty-three people were injured, ten of them with gunshot wounds.", []want{
			{OutcomeWounded, 33, QualExact, "civilians"}, {OutcomeWounded, 10, QualExact, "civilians"}}},
		{"a part told by how badly is no figure", "Four people were wounded, one of them critically.", []want{
			{OutcomeWounded, 4, QualExact, "civilians"}}},
		{"peacekeepers", "Two peacekeepers were also wounded.", []want{{OutcomeWounded, 2, QualExact, "unknown"}}},
		{"soldiers of the headline's kicker", "India: attack in Kathua\n\nSRINAGAR (The Hindu) - Five Army soldiers were killed, officials said.",
			[]want{{OutcomeKilled, 5, QualExact, "Indian military"}}},
		{"soldiers of the dateline's country", "Attack in the north\n\nPESHAWAR, Pakistan (Reuters) - Six soldiers were killed, the military said.",
			[]want{{OutcomeKilled, 6, QualExact, "Pakistani military"}}},
		{"a quoted vague count", `The troops killed "several dozen" of the assailants.`, []want{
			{OutcomeKilled, unknownValue, QualUnknown, "militants"}}},
		{"large numbers", `The army said it killed "large numbers" of the rebels.`, []want{
			{OutcomeKilled, unknownValue, QualUnknown, "rebels"}}},
		{"a large number of people gathered is no figure", "A large number of people gathered.", nil},
		{"peacekeepers of a named nation", "A Moroccan peacekeeper was killed.", []want{{OutcomeKilled, 1, QualExact, "Moroccan military"}}},
		{"a two-word nation", "Nine South African soldiers were killed.", []want{{OutcomeKilled, 9, QualExact, "South African military"}}},
		{"its soldiers are of the nation nearest before", "South Africa's army said nine of its soldiers had died, while Malawi's defence force said three of its troops were killed.",
			[]want{{OutcomeKilled, 9, QualExact, "South African military"}, {OutcomeKilled, 3, QualExact, "Malawian military"}}},
		{"a day after an abbreviated month is no count", "Since the offensive began on Nov. 27, 704 people had been killed.", []want{
			{OutcomeKilled, 704, QualExact, "civilians"}}},
		{"half a dozen", "Half a dozen adults were also killed.", []want{{OutcomeKilled, 6, QualAbout, "civilians"}}},
		{"killed and wounded together are no figure", "Ukrainian losses amounted to 100 servicemen killed and wounded.", nil},
		{"a toll of more than civilians", "The death toll had risen to 15, including 14 civilians.", []want{
			{OutcomeKilled, 15, QualExact, "unknown"}, {OutcomeKilled, 14, QualExact, "civilians"}}},
		{"a toll told after a colon", "The monitor put the toll at 11: eight Iranian officers and three Syrian civilians.", []want{
			{OutcomeKilled, 11, QualExact, "unknown"}, {OutcomeKilled, 8, QualExact, "Iranian military"}, {OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a passive clause after a toll", "The death toll had climbed to 55, and 328 people had been wounded.", []want{
			{OutcomeKilled, 55, QualExact, "civilians"}, {OutcomeWounded, 328, QualExact, "civilians"}}},
		{"taken prisoner after the group", "The rebels said they had taken 35 Sudanese soldiers prisoner.", []want{
			{OutcomeCaptured, 35, QualExact, "Sudanese military"}}},
		{"remained missing", "Ten people were killed and 11 remained missing.", []want{
			{OutcomeKilled, 10, QualExact, "civilians"}, {OutcomeMissing, 11, QualExact, "civilians"}}},
		{"a name between the group and its verb", "The army said one of its soldiers, Lance Naik Dinesh Kumar, had died in the firing.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}}},
		{"members of a committee", "Three members of a local resistance committee were shot dead.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"women and children", "Twelve women and children were among those killed.", []want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"the number of dead soldiers", "The army put the number of dead soldiers at 17.", []want{{OutcomeKilled, 17, QualExact, "unknown"}}},
		{"soldiers of the nation the article names most", "Refugees fled Myanmar for Bangladesh. The Global New Light of Myanmar said 27 soldiers had been killed.",
			[]want{{OutcomeKilled, 27, QualExact, "Myanmar military"}}},
		{"soldiers of the neighbouring country the sentence names", "Jihadists killed 92 Chadian soldiers at Boma. In neighbouring Nigeria, fighters ambushed a convoy, killing at least 50 soldiers.",
			[]want{{OutcomeKilled, 92, QualExact, "Chadian military"}, {OutcomeKilled, 50, QualAtLeast, "Nigerian military"}}},
		{"attackers of a report naming the Viet Cong", "Viet Cong terrorists blew up a hotel used by American soldiers. Guards shot dead one of the attackers, police said.",
			[]want{{OutcomeKilled, 1, QualExact, "rebels"}}},
		{"fans are civilians", "A gunman killed two Swedish soccer fans in Brussels.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"of them died takes the side before", "Gunmen killed 40 villagers. Two of them died in hospital.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"of them breakdown", "Another 117 people were wounded, 15 of them children.", []want{
			{OutcomeWounded, 117, QualExact, "civilians"}, {OutcomeWounded, 15, QualExact, "civilians"}}},
		{"wounded patients", "The hospital received 98 wounded patients.", []want{{OutcomeWounded, 98, QualExact, "civilians"}}},
		{"taken to hospitals", "At least 32 people were taken to hospitals with injuries.", []want{{OutcomeWounded, 32, QualAtLeast, "civilians"}}},
		{"treated for wounds", "Four villagers were being treated for gunshot wounds.", []want{{OutcomeWounded, 4, QualExact, "civilians"}}},
		{"being treated in hospital", "Nine other people were being treated in hospitals in the capital.", []want{{OutcomeWounded, 9, QualExact, "civilians"}}},
		{"treated in hospital, of whom", "Twenty people were wounded, of whom six were being treated in hospital.", []want{{OutcomeWounded, 20, QualExact, "civilians"}}},
		{"survivors being treated are no figure", "Amnesty said survivors were being treated in hospitals in the state capital.", nil},
		{"families of soldiers are civilians", "Gunmen stormed an Indian army camp, killing 30 people, most of them wives and children of soldiers.",
			[]want{{OutcomeKilled, 30, QualExact, "civilians"}}},
		{"paramilitaries", "Marines clashed with the paramilitaries on the road to the village and killed two of them.",
			[]want{{OutcomeKilled, 2, QualExact, "pro-government militia"}}},
		{"paramilitaries of a group named", "The army said it repelled an RSF assault on the city, killing more than 100 paramilitaries.",
			[]want{{OutcomeKilled, 100, QualMoreThan, "Rapid Support Forces"}}},
		{"paramilitary police stay police", "Two paramilitary policemen were killed in the ambush.",
			[]want{{OutcomeKilled, 2, QualExact, "police"}}},
		{"a toll given, then another", "The toll had earlier been put at nine, then 22, as the wounded were brought in.",
			[]want{{OutcomeKilled, 9, QualExact, "civilians"}, {OutcomeKilled, 22, QualExact, "civilians"}}},
		{"then, not a toll", "The toll was put at 12, then the army said its men had left.",
			[]want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a participle between group and verb", "Two civilians living next door were also killed.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"children playing nearby", "Three children playing in the street were killed by the shell.", []want{{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"succumbed to injuries", "Seventeen soldiers later succumbed to their injuries.", []want{{OutcomeKilled, 17, QualExact, "unknown"}}},
		{"a relative clause", "Rockets killed four people who died at home.", []want{{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"injured who later died", "The army said 17 troops who were critically injured in the clash had succumbed to their injuries.",
			[]want{{OutcomeKilled, 17, QualExact, "unknown"}}},
		{"hospitalized", "Eight people were hospitalized in critical condition.", []want{{OutcomeWounded, 8, QualExact, "civilians"}}},
		{"died or were wounded is no figure", "More than 40 soldiers died or were wounded.", nil},
		{"killed or are missing is no figure", "The military says 1,208 soldiers were killed or are missing.", nil},
		{"killed or have been captured is no figure", "Some 300 soldiers were killed or have been captured.", nil},
		{"a further", "Air strikes killed a further 25 fighters.", []want{{OutcomeKilled, 25, QualExact, "militants"}}},
		{"a group's country is not the soldiers'", "NOUAKCHOTT, June 5 (Reuters) - Algeria's Salafist Group for Preaching and Combat said its fighters had killed 20 soldiers.",
			[]want{{OutcomeKilled, 20, QualExact, "Mauritanian military"}}},
		{"the wounded who were captured", "Police said three wounded attackers had been captured.", []want{{OutcomeCaptured, 3, QualExact, "militants"}}},
		{"the wounded who were evacuated", "Two wounded soldiers were evacuated by helicopter.", []want{{OutcomeWounded, 2, QualExact, "unknown"}}},
		{"a force's men told by race between commas, before an auxiliary", "Nine policemen, four Europeans and five Africans, were hacked to death by a mob.", []want{
			{OutcomeKilled, 9, QualExact, "police"}, {OutcomeKilled, 4, QualExact, "police"}, {OutcomeKilled, 5, QualExact, "police"}}},
		{"people broken down in full, attackers last", "State media said 27 people had died, including nine police and auxiliary officers, eight civilians and 10 attackers.", []want{
			{OutcomeKilled, 27, QualExact, "unknown"}, {OutcomeKilled, 9, QualExact, "police"}, {OutcomeKilled, 8, QualExact, "civilians"},
			{OutcomeKilled, 10, QualExact, "militants"}}},
		{"people among whom soldiers were killed, not in full, are still people", "Six people were killed, including a teacher and two soldiers.", []want{
			{OutcomeKilled, 6, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "unknown"}}},
		{"of the victims were", "Eighteen of the victims were children.", []want{{OutcomeKilled, 18, QualExact, "civilians"}}},
		{"a time word after an elliptical count", "The fighting killed 27 people and wounded 106 overnight.", []want{
			{OutcomeKilled, 27, QualExact, "civilians"}, {OutcomeWounded, 106, QualExact, "civilians"}}},
		{"a contractor is a civilian", "A South African contractor was shot dead.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"border guards of a Central Asian nation", "Clashes killed 12 Kyrgyz border guards.", []want{{OutcomeKilled, 12, QualExact, "Kyrgyz military"}}},
		{"an appositive before the verb", "Seventeen soldiers and 36 traders, most of them from Gao, were killed.",
			[]want{{OutcomeKilled, 17, QualExact, "unknown"}, {OutcomeKilled, 36, QualExact, "civilians"}}},
		{"a parenthesis before the verb", "Four members of the Popular Front (PF) were killed.",
			[]want{{OutcomeKilled, 4, QualExact, "unknown"}}},
		{"a year is no count", "In 2004, more than 330 people, half of them children, were killed.", []want{
			{OutcomeKilled, 330, QualMoreThan, "civilians"}}},
		{"the wounded evacuated", "Five soldiers were killed. Twelve wounded were evacuated by helicopter.", []want{
			{OutcomeKilled, 5, QualExact, "unknown"}, {OutcomeWounded, 12, QualExact, "unknown"}}},
		{"people including soldiers are not all civilians", "Insurgents killed 55 people, including members of the army.", []want{
			{OutcomeKilled, 55, QualExact, "unknown"}}},
		{"bring to N the number of", "The attacks bring to 36 the number of police killed this year.", []want{
			{OutcomeKilled, 36, QualExact, "police"}}},
		{"civilian deaths", "Amnesty said it had documented at least 300 civilian deaths.", []want{
			{OutcomeKilled, 300, QualAtLeast, "civilians"}}},
		{"and another was wounded", "A police officer was killed and another was wounded.", []want{
			{OutcomeKilled, 1, QualExact, "police"}, {OutcomeWounded, 1, QualExact, "police"}}},
		{"lost soldiers", "Kenya's army said it lost seven soldiers.", []want{{OutcomeKilled, 7, QualExact, "Kenyan military"}}},
		{"range is its low bound", "The strike killed 70 to 80 people.", []want{{OutcomeKilled, 70, QualAtLeast, "civilians"}}},
		{"between range of bodies", "Between 70 and 80 bodies were taken to the morgue.", []want{{OutcomeKilled, 70, QualAtLeast, "civilians"}}},
		{"a rising toll is not a range", "The toll rose from 20 to 35.", []want{
			{OutcomeKilled, 20, QualExact, "civilians"}, {OutcomeKilled, 35, QualExact, "civilians"}}},
		{"attackers are the group the article names", "Al-Shabaab claimed the attack on the base. The army said it killed 40 of the attackers.",
			[]want{{OutcomeKilled, 40, QualExact, "al-Shabaab"}}},
		{"gunmen beside the named group keep their side", "The SDF said 25 SDF fighters and 23 tribal gunmen had been killed.", []want{
			{OutcomeKilled, 25, QualExact, "Syrian Democratic Forces"}, {OutcomeKilled, 23, QualExact, "militants"}}},
		{"officers spoken of by police", "Police said two officers were wounded.", []want{{OutcomeWounded, 2, QualExact, "police"}}},
		{"a vague figure gives way to a number", "Dozens killed in market attack. The attack killed 27 civilians.", []want{
			{OutcomeKilled, 27, QualExact, "civilians"}}},
		{"killed or wounded counts neither", "Eleven paramedics were killed or wounded in strikes.", nil},
		{"active killed or wounded counts neither", "The group said it had killed or wounded more than 20 people.", nil},
		{"died or went missing counts neither", "More than 2,250 people died or went missing on the route last year.", nil},
		{"drowned", "At least 61 migrants drowned off Libya.", []want{{OutcomeKilled, 61, QualAtLeast, "civilians"}}},
		{"wounded another", "Shelling killed two people and wounded another.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeWounded, 1, QualExact, "civilians"}}},
		{"another with a role", "Another commando was wounded, police said.", []want{{OutcomeWounded, 1, QualExact, "police"}}},
		{"a taxi driver", "The drone killed a taxi driver.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a woman and her son are two", "Gunmen shot dead a woman and her teenage son.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a woman and her two daughters are three", "A woman and her two daughters were killed.", []want{{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a list of three told by articles is one figure", "A man, a woman and a child were killed.", []want{{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"an appositive is the same person", "A fourth man, a 17-year-old, died of his wounds.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"an appositive after a civilian", "A civilian, an English tourist, was killed.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"their driver is a figure of his own", "The blast killed eight police commandos and their civilian driver.", []want{
			{OutcomeKilled, 8, QualExact, "police"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"among the dead a woman and her daughter one by one", "Among the dead were a woman and her daughter.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"participle before was", "Among the eight people wounded was a baby.", []want{{OutcomeWounded, 8, QualExact, "civilians"}}},
		{"among those killed", "A 12-year-old girl was among those killed.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"unaccounted for", "Sixteen people were still unaccounted for.", []want{{OutcomeMissing, 16, QualExact, "civilians"}}},
		{"a long toll sentence", "The death toll from a Russian guided bomb strike on a crowded hardware superstore in the city climbed to 16.",
			[]want{{OutcomeKilled, 16, QualExact, "civilians"}}},
		{"of the people on board", "The crash killed 38 of the 67 people on board.", []want{{OutcomeKilled, 38, QualExact, "civilians"}}},
		{"a breakdown after the verb", "Officials said 46 people had been wounded, among them 13 police officers.", []want{
			{OutcomeWounded, 46, QualExact, "civilians"}, {OutcomeWounded, 13, QualExact, "police"}}},
		{"a rank after the verb keeps the armed side", "The group said 80 Hezbollah fighters had been killed, including a commander.", []want{
			{OutcomeKilled, 80, QualExact, "Hezbollah"}, {OutcomeKilled, 1, QualExact, "Hezbollah"}}},
		{"a security guard is a civilian", "A church security guard was also killed.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"officers where only police are spoken of", "Police fired on protesters in the capital. Two officers were wounded, she said.", []want{
			{OutcomeWounded, 2, QualExact, "police"}}},
		{"of the dead before the count", "Of the dead, 14 were Pakistani soldiers, an official said.", []want{
			{OutcomeKilled, 14, QualExact, "Pakistani military"}}},
		{"the bomber", "The bomber was among those killed, police said.", []want{{OutcomeKilled, 1, QualExact, "militants"}}},
		{"the gunman shot dead", "The gunman was shot dead by police.", []want{{OutcomeKilled, 1, QualExact, "militants"}}},
		{"the soldier is not counted by role", "The soldier was wounded.", nil},
		{"among the dead was", "Among the dead was a local pastor.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a toll which stood at", "The toll, which stood at 58 earlier in the day, rose.", []want{{OutcomeKilled, 58, QualExact, "civilians"}}},
		{"could be missing", "Officials said 300 migrants could still be missing.", []want{{OutcomeMissing, 300, QualExact, "civilians"}}},
		{"another was killed", "Two Malian soldiers were wounded, another was killed.", []want{
			{OutcomeWounded, 2, QualExact, "Malian military"}, {OutcomeKilled, 1, QualExact, "Malian military"}}},
		{"assailants of separatists are rebels", "Separatist fighters attacked the village. Several assailants were killed, the army said.", []want{
			{OutcomeKilled, unknownValue, QualUnknown, "rebels"}}},
		{"a bare headline count takes the toll's side", "Strike kills 16\n\nThe death toll rose to 16 on Sunday.", []want{
			{OutcomeKilled, 16, QualExact, "civilians"}, {OutcomeKilled, 16, QualExact, "civilians"}}},
		{"killed or wounded after the group", "Russia lost 1,260 troops killed or wounded over the past day.", nil},
		{"the number killed or wounded", "The attacks bring to 740,000 the number of Russian troops killed or wounded.", nil},
		{"force that lost them", "The ministry said Ukrainian forces had lost up to 360 servicemen.", []want{
			{OutcomeKilled, 360, QualUpTo, "Ukrainian military"}}},
		{"fighters against a named group", "A bomber killed 43 anti-al-Qaida fighters, officials said.", []want{
			{OutcomeKilled, 43, QualExact, "pro-government militia"}}},
		{"an awakening council's fighters", "A second bomber killed three Sahwa fighters at a checkpoint, police said.", []want{
			{OutcomeKilled, 3, QualExact, "pro-government militia"}}},
		{"army auxiliaries in Burkina Faso", "Jihadists killed 34 army auxiliaries near Ouahigouya in Burkina Faso, the army said.", []want{
			{OutcomeKilled, 34, QualExact, "Volunteers for the Defence of the Homeland"}}},
		{"army auxiliaries elsewhere", "Jihadists killed 34 army auxiliaries near Menaka in Mali, the army said.", []want{
			{OutcomeKilled, 34, QualExact, "pro-government militia"}}},
		{"infiltrators", "Four infiltrators were killed, the army said.", []want{
			{OutcomeKilled, 4, QualExact, "militants"}}},
		{"peacekeepers whose nation a later sentence gives", "Rebels killed 14 U.N. peacekeepers on Thursday. All of the dead peacekeepers were Tanzanian, a spokesman said.", []want{
			{OutcomeKilled, 14, QualExact, "Tanzanian military"}}},
		{"a nation that says it lost them", "Azerbaijan said 11 of its soldiers had been killed, while Armenia said it had lost four servicemen.", []want{
			{OutcomeKilled, 11, QualExact, "Azerbaijani military"}, {OutcomeKilled, 4, QualExact, "Armenian military"}}},
		{"believers named by their faith", "Gunmen shot dead 35 Sikhs in a village last night, police said.", []want{
			{OutcomeKilled, 35, QualExact, "civilians"}}},
		{"a nation's advisers", "A spokesman said two American advisers were wounded.", []want{
			{OutcomeWounded, 2, QualExact, "American military"}}},
		{"a nation named by its north", "Marines reported killing 31 North Vietnamese soldiers in a clash.", []want{
			{OutcomeKilled, 31, QualExact, "North Vietnamese military"}}},
		{"a people that lost men", "Headquarters said the North Koreans had lost an estimated 1,500 men.", []want{
			{OutcomeKilled, 1500, QualAbout, "North Korean military"}}},
		{"mercenaries of a named company", "Seven Russian mercenaries from the Wagner Group have been killed, two sources said.", []want{
			{OutcomeKilled, 7, QualExact, "Wagner Group"}}},
		{"a nation's men where they are mercenaries", "Russian mercenaries of the Wagner Group were ambushed. Five of the Russians were killed, a source said.", []want{
			{OutcomeKilled, 5, QualExact, "Wagner Group"}}},
		{"mercenaries of no named company", "Seven mercenaries have been killed, two sources said.", []want{
			{OutcomeKilled, 7, QualExact, "unknown"}}},
		{"a dateline town the gazetteer places", "Camp stormed\n\nJAMMU, Nov 29 (PTI) Seven Army personnel were killed when gunmen stormed an Army unit today, officials said.", []want{
			{OutcomeKilled, 7, QualExact, "Indian military"}}},
		{"losses put at", "Armenia puts its losses at 71.", []want{{OutcomeKilled, 71, QualExact, "Armenian military"}}},
		{"a capital's own losses", "Armenia said 135 of its servicemen had been killed, while Baku put its own losses at 80 dead.", []want{
			{OutcomeKilled, 135, QualExact, "Armenian military"}, {OutcomeKilled, 80, QualExact, "Azerbaijani military"}}},
		{"a nation's kills are its enemy's", "Turkey said 33 Turkish soldiers were killed in an air strike by Syrian government forces. Ankara said it killed 309 soldiers in retaliation.", []want{
			{OutcomeKilled, 33, QualExact, "Turkish military"}, {OutcomeKilled, 309, QualExact, "Syrian government forces"}}},
		{"its forces' kills are the other nation's", "The Russian defence ministry said its forces had killed 300 soldiers near Bakhmut, where Ukrainian troops are dug in.", []want{
			{OutcomeKilled, 300, QualExact, "Ukrainian military"}}},
		{"a nation's kills with no enemy named", "Israel said it killed a senior commander in the strike.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}}},
		{"a nation's troops' kills", "Russian troops killed 20 soldiers, Moscow said.", []want{
			{OutcomeKilled, 20, QualExact, "unknown"}}},
		{"a nation's own losses stay its own", "Turkey said it had lost three soldiers.", []want{
			{OutcomeKilled, 3, QualExact, "Turkish military"}}},
		{"a place named after a preposition is no killer", "Chad: Boko Haram attack on army base near Lake Chad kills 40 soldiers", []want{
			{OutcomeKilled, 40, QualExact, "Chadian military"}}},
		{"another nation's jets kill the speaker's men", "Israeli jets killed two officers in Damascus, Syria's army said.", []want{
			{OutcomeKilled, 2, QualExact, "Syrian government forces"}}},
		{"wounded after a list of parts take the whole's side", "The bombing killed 18 people, among them four children and two police officers, and wounded at least 40.", []want{
			{OutcomeKilled, 18, QualExact, "civilians"}, {OutcomeKilled, 4, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "police"},
			{OutcomeWounded, 40, QualAtLeast, "civilians"}}},
		{"fighters who died on both sides", "An estimated 2,000 fighters have died on both sides since the war began.", []want{
			{OutcomeKilled, 2000, QualAbout, "unknown"}}},
		{"dead a force suffered after killing", "Government troops killed 30 rebels and suffered 12 dead.", []want{
			{OutcomeKilled, 30, QualExact, "rebels"}, {OutcomeKilled, 12, QualExact, "government forces"}}},
		{"men a named group lost", "The Taliban lost 30 men in the fighting.", []want{
			{OutcomeKilled, 30, QualExact, "Taliban"}}},
		{"men a group of an older war lost", "The Viet Cong lost 214 men killed in the battle.", []want{
			{OutcomeKilled, 214, QualExact, "rebels"}}},
		{"men lost by troops fighting a group", "Troops fighting the Taliban lost 12 men.", []want{
			{OutcomeKilled, 12, QualExact, "unknown"}}},
		{"a group named in full owns its fighters", "The Kurdish-led Syrian Democratic Forces said 23 of its fighters were killed in the Islamic State attack on the prison.", []want{
			{OutcomeKilled, 23, QualExact, "Syrian Democratic Forces"}}},
		{"soldiers in a region of a country", "Four soldiers were killed in an ambush in the Tillaberi region of western Niger near the border with Mali.", []want{
			{OutcomeKilled, 4, QualExact, "Nigerien military"}}},
		{"a councillor and his bodyguard", "Unknown gunmen shot dead a local councillor and his bodyguard in Kandahar city.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a commander is of no side his bodyguard is", "Gunmen killed a commander and his bodyguard.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"parts of a numbered whole after of the", "Of the 27 killed, 19 were soldiers and eight were civilians.", []want{
			{OutcomeKilled, 27, QualExact, "unknown"}, {OutcomeKilled, 19, QualExact, "unknown"}, {OutcomeKilled, 8, QualExact, "civilians"}}},
		{"an aide to someone", "An aide to the governor was wounded.", []want{
			{OutcomeWounded, 1, QualExact, "civilians"}}},
		{"advisers to someone among the dead", "Two advisers to the prime minister were among the dead.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}}},
		{"one hurt named by whose he was", "The shelling killed a 70-year-old woman and injured her husband.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeWounded, 1, QualExact, "civilians"}}},
		{"a son lost is no figure of this verb", "He lost his son in the war.", nil},
		{"a possessed word that is no victim", "The blast wounded his pride.", nil},
		{"killed himself and others", "Police said a suicide bomber killed himself and two policemen at a checkpoint.", []want{
			{OutcomeKilled, 2, QualExact, "police"}}},
		{"hurt after a list of several sides", "Gunmen killed two soldiers and a policeman and wounded four.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeKilled, 1, QualExact, "police"}, {OutcomeWounded, 4, QualExact, "unknown"}}},
		{"hurt after a list of one side", "Militants killed three soldiers and two more soldiers and wounded six.", []want{
			{OutcomeKilled, 3, QualExact, "unknown"}, {OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeWounded, 6, QualExact, "unknown"}}},
		{"the dead among a force's losses", "The rebels said the army had suffered heavy losses, including 300 dead.", []want{
			{OutcomeKilled, 300, QualExact, "government forces"}}},
		{"the force that suffered after the speaker", "The rebels said the army suffered 12 dead.", []want{
			{OutcomeKilled, 12, QualExact, "government forces"}}},
		{"a chief and his driver", "Unidentified gunmen shot and killed a district chief and his driver in Helmand province.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a local official", "Gunmen killed a local official.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"the speaker at a list's end", "Among the dead were nine policemen and a cameraman, a senior police official said.", []want{
			{OutcomeKilled, 9, QualExact, "police"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"the speaker and another at a list's end", "The strike killed 40 people and injured 20 others, a local official and independent media said.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}, {OutcomeWounded, 20, QualExact, "civilians"}}},
		{"the bomber and his victims", "The explosion killed the bomber and seven bystanders.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeKilled, 7, QualExact, "civilians"}}},
		{"the police chief and his men", "Insurgents stormed the town, killing the district police chief and at least 14 of his officers.", []want{
			{OutcomeKilled, 1, QualExact, "police"}, {OutcomeKilled, 14, QualAtLeast, "police"}}},
		{"the people fired on", "Troops fired on a crowd of demonstrators, killing 12.", []want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"the protesters fired on", "Security forces opened fire on protesters, killing at least five.", []want{
			{OutcomeKilled, 5, QualAtLeast, "civilians"}}},
		{"a patrol fired on is no civilians", "Rebels opened fire on an army patrol, killing four.", []want{{OutcomeKilled, 4, QualExact, "unknown"}}},
		{"a group's losses by its word", "The army put rebel losses at 200.", []want{{OutcomeKilled, 200, QualExact, "rebels"}}},
		{"a nation's losses after another's figure", "The two sides gave different figures, with Kyiv saying 1,500 Russian soldiers were killed and Moscow putting Ukrainian losses at 3,000.", []want{
			{OutcomeKilled, 1500, QualExact, "Russian military"}, {OutcomeKilled, 3000, QualExact, "Ukrainian military"}}},
		{"a nation saying it lost", "Both sides reported casualties, with Azerbaijan saying it had lost 84 soldiers and Armenia putting its losses at 104.", []want{
			{OutcomeKilled, 84, QualExact, "Azerbaijani military"}, {OutcomeKilled, 104, QualExact, "Armenian military"}}},
		{"the number of dead raised to", "Two bodies were found on Monday, raising to 40 the number of dead.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 40, QualExact, "civilians"}}},
		{"a force's crew lost", "The army lost 11 crew members.", []want{{OutcomeKilled, 11, QualExact, "government forces"}}},
		{"a force's men lost", "The army lost 27 men.", []want{{OutcomeKilled, 27, QualExact, "government forces"}}},
		{"a soldier from a nation and others", "A soldier from Chad was killed and four others were wounded.", []want{
			{OutcomeKilled, 1, QualExact, "Chadian military"}, {OutcomeWounded, 4, QualExact, "Chadian military"}}},
		{"others after a list of several sides", "Gunmen killed two soldiers and a policeman and wounded four others.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeKilled, 1, QualExact, "police"}, {OutcomeWounded, 4, QualExact, "unknown"}}},
		{"others after one side", "Gunmen killed three policemen and wounded four others.", []want{
			{OutcomeKilled, 3, QualExact, "police"}, {OutcomeWounded, 4, QualExact, "police"}}},
		{"dead among the speaker's troops", "Ten Azerbaijani soldiers were killed, Baku said, while Armenia reported 49 dead among its troops.", []want{
			{OutcomeKilled, 10, QualExact, "Azerbaijani military"}, {OutcomeKilled, 49, QualExact, "Armenian military"}}},
		{"the bodies of captives", "Police recovered the bodies of two kidnapped engineers on Sunday.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the hurt named by their noun who died", "Two injured civilians later died of their wounds.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"losses after an assault", "The rebels attacked the base and suffered 20 dead.", []want{{OutcomeKilled, 20, QualExact, "rebels"}}},
		{"men lost after storming a town", "Government troops stormed the town and lost 12 men.", []want{
			{OutcomeKilled, 12, QualExact, "government forces"}}},
		{"a force's own losses put at", "The army put its losses at 12.", []want{{OutcomeKilled, 12, QualExact, "government forces"}}},
		{"a group's own losses put at", "The rebels put their losses at 12.", []want{{OutcomeKilled, 12, QualExact, "rebels"}}},
		{"the police's own losses put at", "Police put their losses at three.", []want{{OutcomeKilled, 3, QualExact, "police"}}},
		{"a group all of one kind set off by commas", "Thirteen peacekeepers, all from Tanzania, were killed in the attack.", []want{
			{OutcomeKilled, 13, QualExact, "unknown"}}},
		{"a group all of one trade set off by commas", "Four soldiers, all conscripts, were killed in the ambush.", []want{
			{OutcomeKilled, 4, QualExact, "unknown"}}},
		{"one described between commas is the one counted", "A soldier, a 22-year-old conscript from Lviv, was killed.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}}},
		{"a father of children counts no children", "A policeman, a father of four, was shot dead.", []want{
			{OutcomeKilled, 1, QualExact, "police"}}},
		{"a major is an officer", "An Indian army major was killed in an encounter with militants.", []want{
			{OutcomeKilled, 1, QualExact, "Indian military"}}},
		{"a conscript is a soldier", "One Armenian conscript was wounded.", []want{
			{OutcomeWounded, 1, QualExact, "Armenian military"}}},
		{"a breakdown after the week of the figure", "Clashes near the town of Sake killed at least 20 people this week, including 12 civilians.", []want{
			{OutcomeKilled, 20, QualAtLeast, "unknown"}, {OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a total brought up by the deaths before it", "Seventeen more people died on Sunday, bringing the total to 312.", []want{
			{OutcomeKilled, 17, QualExact, "civilians"}, {OutcomeKilled, 312, QualExact, "civilians"}}},
		{"a total brought up by the wounded before it", "Eight more people were injured, bringing the total to 90.", []want{
			{OutcomeWounded, 8, QualExact, "civilians"}, {OutcomeWounded, 90, QualExact, "civilians"}}},
		{"more villages are no one", "Rebels seized two more villages.", nil},
		{"more towns are no one", "The army captured two more towns on Friday.", nil},
		{"a third wounded somewhere", "Gunmen killed two soldiers and wounded a third near Goma.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeWounded, 1, QualExact, "unknown"}}},
		{"a third of a group is no one", "The shelling killed a third of the villagers.", nil},
		{"a group's own fighters lost", "The Syrian Democratic Forces said it had lost 11 fighters.", []want{
			{OutcomeKilled, 11, QualExact, "Syrian Democratic Forces"}}},
		{"one described after a verb's object", "Militants killed a policeman, a father of four, in Peshawar.", []want{
			{OutcomeKilled, 1, QualExact, "police"}}},
		{"a soldier beside a civilian of the same figure", "A soldier and a civilian were killed.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"losses inflicted on the other side", "Russia's defence ministry said its forces had inflicted losses of up to 300 servicemen on Ukrainian units near Kupiansk.", []want{
			{OutcomeKilled, 300, QualUpTo, "Ukrainian military"}}},
		{"at least half a dozen", "At least half a dozen soldiers were wounded.", []want{
			{OutcomeWounded, 6, QualAtLeast, "unknown"}}},
		{"a definite officer described between commas", "The police officer, a 35-year-old father of three, died of his wounds.", []want{
			{OutcomeKilled, 1, QualExact, "police"}}},
		{"a definite soldier described between commas", "The soldier, a father of two, was killed.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}}},
		{"a force named with national", "Four National Guard members were killed in an ambush.", []want{
			{OutcomeKilled, 4, QualExact, "unknown"}}},
		{"a national army's soldiers", "Two Ukrainian National Guard soldiers were killed.", []want{
			{OutcomeKilled, 2, QualExact, "Ukrainian military"}}},
		{"taken hostage with its auxiliary left out", "About 1,200 people were killed and 252 taken hostage in the attack.", []want{
			{OutcomeKilled, 1200, QualAbout, "civilians"}, {OutcomeCaptured, 252, QualExact, "civilians"}}},
		{"one of a nation last in a list", "Gunmen killed three Spanish tourists and an Afghan in Bamiyan.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"half a million", "The war has killed more than half a million people.", []want{
			{OutcomeKilled, 500000, QualMoreThan, "civilians"}}},
		{"a figure put by another source", "According to the mayor, 8 people were killed in the drone attack, while the ministry put the figure at 10.", []want{
			{OutcomeKilled, 8, QualExact, "civilians"}, {OutcomeKilled, 10, QualExact, "civilians"}}},
		{"a figure put higher for soldiers", "Two soldiers were killed in the clash, though the rebels put the figure at 12.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}, {OutcomeKilled, 12, QualExact, "unknown"}}},
		{"a figure of something else", "Eight people were killed, the mayor said, while the ministry put the figure for displaced families at 300.", []want{
			{OutcomeKilled, 8, QualExact, "civilians"}}},
		{"a count of the dead lowered", "Officials lowered their count of the dead in the bombings to 117.", []want{
			{OutcomeKilled, 117, QualExact, "civilians"}}},
		{"a count of people killed raised", "The network raised its count of people killed over the weekend to 15.", []want{
			{OutcomeKilled, 15, QualExact, "civilians"}}},
		{"a count of soldiers killed raised", "The army raised its count of soldiers killed in the ambush to 15.", []want{
			{OutcomeKilled, 15, QualExact, "unknown"}}},
		{"bodies bring a total", "At least four more bodies were recovered, bringing the total to 22.", []want{
			{OutcomeKilled, 4, QualAtLeast, "civilians"}, {OutcomeKilled, 22, QualExact, "civilians"}}},
		{"prison guards are counted with the police", "At least 12 people were killed, including three prison guards.", []want{
			{OutcomeKilled, 12, QualAtLeast, "civilians"}, {OutcomeKilled, 3, QualExact, "police"}}},
		{"the army's media wing speaks for its soldiers", "Seven soldiers were martyred in an exchange of fire with terrorists, ISPR said.", []want{
			{OutcomeKilled, 7, QualExact, "Pakistani military"}}},
		{"others of the whole, not of its part", "A blast killed at least 26 people, including 14 Pakistani soldiers, and wounded 62 others.", []want{
			{OutcomeKilled, 26, QualAtLeast, "unknown"}, {OutcomeKilled, 14, QualExact, "Pakistani military"}, {OutcomeWounded, 62, QualExact, "unknown"}}},
		{"others of the soldiers", "Two Pakistani soldiers were killed and 62 others wounded.", []want{
			{OutcomeKilled, 2, QualExact, "Pakistani military"}, {OutcomeWounded, 62, QualExact, "Pakistani military"}}},
		{"the killing of one", "Three men were detained after the killing of a mayoral candidate in Guerrero.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a boy of an age and his sister", "A boy aged 11 and his 8-year-old sister were wounded by a cluster bomb.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"boys of two ages", "Two boys aged 11 and 14 were killed.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"children between two ages", "More than 10 children aged between five and seven had been killed at the kindergarten.", []want{
			{OutcomeKilled, 10, QualMoreThan, "civilians"}}},
		{"dissidents of a rebel group", "The army said it had killed four dissidents from the former FARC rebel group in Cauca.", []want{
			{OutcomeKilled, 4, QualExact, "FARC"}}},
		{"political dissidents", "Security forces shot dead two political dissidents during the protest.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"those who took the freed are militants", "The Nigerian army said troops had rescued 16 kidnapped passengers and killed four of their abductors in Katsina state.", []want{
			{OutcomeKilled, 4, QualExact, SideMilitants}}},
		{"the Arabic name of JNIM", "Two Jama'at Nusrat al-Islam wal-Muslimin fighters were killed.", []want{
			{OutcomeKilled, 2, QualExact, "JNIM"}}},
		{"a part among a whole named with its force", "Four Sri Lankan soldiers were among the seven UN peacekeepers wounded in an explosion in southern Lebanon.", []want{
			{OutcomeWounded, 4, QualExact, "Sri Lankan military"}, {OutcomeWounded, 7, QualExact, SideUnknown}}},
		{"kin along with the one killed", "The strike killed a local commander along with his wife and four children.", []want{
			{OutcomeKilled, 1, QualExact, SideUnknown}, {OutcomeKilled, 1, QualExact, SideCivilians}, {OutcomeKilled, 4, QualExact, SideCivilians}}},
		{"armed men are gunmen", "Clashes killed three armed men in Jiribam.", []want{
			{OutcomeKilled, 3, QualExact, SideMilitants}}},
		{"rebels in a report of a force beside a government", "The rebels said they killed 84 Wagner mercenaries. They said seven rebels had been killed.", []want{
			{OutcomeKilled, 84, QualExact, "Wagner Group"}, {OutcomeKilled, 7, QualExact, SideRebels}}},
		{"fighters of a group named in full and in brackets", "Turkish air strikes killed 14 Kurdistan Workers Party (PKK) militants in northern Iraq.", []want{
			{OutcomeKilled, 14, QualExact, "PKK"}}},
		{"fighters of a group named in full", "Troops killed 12 National Salvation Front fighters in Central Equatoria.", []want{
			{OutcomeKilled, 12, QualExact, SideMilitants}}},
		{"soldiers told of by a named spokesman of a nation's army", "Israeli military spokesman Daniel Hagari said eight soldiers were killed in Rafah.", []want{
			{OutcomeKilled, 8, QualExact, "Israeli military"}}},
		{"soldiers told of by a defence ministry's spokesman", "Russian Defence Ministry spokesman Igor Konashenkov said two servicemen were killed.", []want{
			{OutcomeKilled, 2, QualExact, "Russian military"}}},
		{"soldiers told of by a spokesman with a rank", "Pakistani military spokesman Major General Ahmed Sharif Chaudhry said four soldiers were martyred.", []want{
			{OutcomeKilled, 4, QualExact, "Pakistani military"}}},
		{"a speaker's own losses after a comma and while", "Yemeni forces said they had killed 27 Houthis near Marib, while losing nine of their own.", []want{
			{OutcomeKilled, 27, QualExact, "Houthis"}, {OutcomeKilled, 9, QualExact, "Yemeni military"}}},
		{"a speaker's own men lost after its kills", "Mali's army said on Sunday it had killed about 30 terrorists in air strikes and had lost two men.", []want{
			{OutcomeKilled, 30, QualAbout, SideMilitants}, {OutcomeKilled, 2, QualExact, "Malian military"}}},
		{"soldiers told of by a nation's officials", "Armenian officials said 49 soldiers had been killed in the overnight assault.", []want{
			{OutcomeKilled, 49, QualExact, "Armenian military"}}},
		{"soldiers killed by a force whose nation's officials tell it", "Bosnian fighters opened fire on a Yugoslav army convoy, killing at least six soldiers, Bosnian officials said.", []want{
			{OutcomeKilled, 6, QualAtLeast, "Yugoslav military"}}},
		{"the abduction of a group", "The abduction of 276 schoolgirls from Chibok on April 14, 2014, shocked the world.", []want{
			{OutcomeCaptured, 276, QualExact, SideCivilians}}},
		{"the bodies of a part of those taken", "Fifteen passengers were taken hostage when gunmen seized a bus; the bodies of nine of them were later found.", []want{
			{OutcomeCaptured, 15, QualExact, SideCivilians}, {OutcomeKilled, 9, QualExact, SideCivilians}}},
		{"an earlier toll is of the dead", "The ministry said 34 people had been killed and 80 injured in the fighting in Tripoli, up from an earlier toll of 27.", []want{
			{OutcomeKilled, 34, QualExact, SideCivilians}, {OutcomeWounded, 80, QualExact, SideCivilians}, {OutcomeKilled, 27, QualExact, SideCivilians}}},
		{"soldiers killed by the speaker's strike are its enemy's", "Russia's defence ministry said on Monday it had struck a meeting of Ukrainian commanders in Sumy, killing more than 60 servicemen.", []want{
			{OutcomeKilled, 60, QualMoreThan, "Ukrainian military"}}},
		{"soldiers killed by the speaker's forces are its enemy's", "Russia said its forces had repelled five Ukrainian attacks, killing up to 120 soldiers.", []want{
			{OutcomeKilled, 120, QualUpTo, "Ukrainian military"}}},
		{"a nation that admits its own", "Armenian officials said 49 soldiers had been killed, while Baku acknowledged 50 of its own troops dead.", []want{
			{OutcomeKilled, 49, QualExact, "Armenian military"}, {OutcomeKilled, 50, QualExact, "Azerbaijani military"}}},
		{"a nation's own military losses", "Azerbaijan said 2,908 of its servicemen were killed, while Armenia put its own military losses at about 3,800.", []want{
			{OutcomeKilled, 2908, QualExact, "Azerbaijani military"}, {OutcomeKilled, 3800, QualAbout, "Armenian military"}}},
		{"a couple is two", "An elderly couple was killed when a shell hit their home in Kherson.", []want{
			{OutcomeKilled, 2, QualExact, SideCivilians}}},
		{"a couple and their child", "Gunmen killed a couple and their 10-month-old baby near Tibu.", []want{
			{OutcomeKilled, 3, QualExact, SideCivilians}}},
		{"a couple of soldiers are a few", "A couple of soldiers were wounded in the clash.", []want{
			{OutcomeWounded, unknownValue, QualUnknown, SideUnknown}}},
		{"a speaker's own in a clause after while", "The Liberation Tigers of Tamil Eelam (LTTE) said 129 government troops had been killed, while 22 of their own fighters died.", []want{
			{OutcomeKilled, 129, QualExact, SideGovernment}, {OutcomeKilled, 22, QualExact, SideRebels}}},
		{"a subject's own after while losing", "Rebel spokesman Movladi Udugov said the fighters had killed more than 80 Russian soldiers, while losing only two of their own.", []want{
			{OutcomeKilled, 80, QualMoreThan, "Russian military"}, {OutcomeKilled, 2, QualExact, SideRebels}}},
		{"the Palestinian Authority's officers", "At least 14 people, including six PA security officers, were killed in Jenin.", []want{
			{OutcomeKilled, 14, QualAtLeast, SideUnknown}, {OutcomeKilled, 6, QualExact, "Palestinian military"}}},
		{"militias allied to Congo's army", "Two Wazalendo fighters were killed near Sake.", []want{
			{OutcomeKilled, 2, QualExact, SideProGovMilitia}}},
		{"Tigers are the Tamil rebels", "Sri Lanka says 34 Tigers killed in northern fighting", []want{
			{OutcomeKilled, 34, QualExact, SideRebels}}},
		{"a movement's army is no state's", "Six fighters of the National Liberation Army were killed in clashes with the army, the military said.", []want{
			{OutcomeKilled, 6, QualExact, SideRebels}}},
		{"the kind of group after its initials", "Six fighters of the National Liberation Army (ELN) rebel group were killed in clashes with the army.", []want{
			{OutcomeKilled, 6, QualExact, SideRebels}}},
		{"a republican army's members", "Four members of the Irish Republican Army were killed.", []want{
			{OutcomeKilled, 4, QualExact, SideMilitants}}},
		{"China's army is a state's", "Four soldiers of the People's Liberation Army were killed in the clash.", []want{
			{OutcomeKilled, 4, QualExact, SideGovernment}}},
		{"the Free Syrian Army's own", "The Free Syrian Army said 14 of its fighters were killed in an air strike.", []want{
			{OutcomeKilled, 14, QualExact, SideRebels}}},
		{"the body of one person found", "The body of a taxi driver was found dumped beside a highway.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"the dead found hanged", "Police said nine prisoners were found hanged in their cells.", []want{
			{OutcomeKilled, 9, QualExact, SideCivilians}}},
		{"throats slit", "Armed men slit the throats of 53 villagers in Bentalha overnight.", []want{
			{OutcomeKilled, 53, QualExact, SideCivilians}}},
		{"an earlier toll revised from, once", "The army said 38 people were killed, revising an earlier toll of 20.", []want{
			{OutcomeKilled, 38, QualExact, SideCivilians}, {OutcomeKilled, 20, QualExact, SideCivilians}}},
		{"enemy troops are not the speaker's", "The U.S. command said more than 5,000 enemy troops had been killed.", []want{
			{OutcomeKilled, 5000, QualMoreThan, SideUnknown}}},
		{"enemy troops are the other nation's, of two words", "The American command said more than 5,000 enemy troops had been killed in fighting with North Vietnamese forces.", []want{
			{OutcomeKilled, 5000, QualMoreThan, "North Vietnamese military"}}},
		{"soldiers a nation's troops killed are not theirs", "Chinese troops overran a South Korean regiment near Unsan, killing at least 600 soldiers.", []want{
			{OutcomeKilled, 600, QualAtLeast, "South Korean military"}}},
		{"soldiers a nation's forces killed, told by a source", "Kyiv said Russian forces shelled a Ukrainian base overnight, killing 12 soldiers.", []want{
			{OutcomeKilled, 12, QualExact, "Ukrainian military"}}},
		{"soldiers a nation's forces killed, no other nation named", "Russian forces shelled a base, killing 12 soldiers.", []want{
			{OutcomeKilled, 12, QualExact, SideUnknown}}},
		{"soldiers of the country of the town", "Fourteen soldiers were killed in Taiz.", []want{
			{OutcomeKilled, 14, QualExact, "Yemeni military"}}},
		{"soldiers of the country named after the town", "Five soldiers were killed in an ambush in Culiacan, Mexico, on Tuesday, officials said.", []want{
			{OutcomeKilled, 5, QualExact, "Mexican military"}}},
		{"soldiers of the nation of the city of", "Five soldiers were killed in an ambush in the Mexican city of Culiacan on Tuesday.", []want{
			{OutcomeKilled, 5, QualExact, "Mexican military"}}},
		{"a stealth fighter is craft", "NATO has acknowledged the loss of one F-117 stealth fighter, which went down near Belgrade.", nil},
		{"a bare count of another attack the figure is dated by", "Two soldiers were killed on Friday in Argelia, a day after the attack on the school in Bogota that left 21 dead.", []want{
			{OutcomeKilled, 2, QualExact, "Colombian military"}, {OutcomeKilled, 21, QualExact, SideUnknown}}},
		{"a bare count after the same attack", "Troops had recovered the bodies of 37 rebels after the attack and estimated that more than 100 had been killed.", []want{
			{OutcomeKilled, 37, QualExact, SideRebels}, {OutcomeKilled, 100, QualMoreThan, SideRebels}}},
		{"a number killed brought to", "Militants killed 30 farmers in Zabarmari, bringing to 110 the number killed in that area this week.", []want{
			{OutcomeKilled, 30, QualExact, SideCivilians}, {OutcomeKilled, 110, QualExact, SideCivilians}}},
		{"another clause's toll is not the number of the one before", "Military officials said the number of militants killed in Marawi had reached 303, while the government's dead stood at 71.", []want{
			{OutcomeKilled, 303, QualExact, SideMilitants}}},
		{"of the dead of a place, fronted", "Of the dead in Srebrenica, 40 were women, the commission said.", []want{
			{OutcomeKilled, 40, QualExact, SideCivilians}}},
		{"of those killed at a place, fronted", "Of those killed at Khan Yunis, 12 were children.", []want{
			{OutcomeKilled, 12, QualExact, SideCivilians}}},
		{"the bodies of people each counted by an article", "The bodies of a taxi driver and his son were found in a ditch outside the city.", []want{
			{OutcomeKilled, 2, QualExact, SideCivilians}}},
		{"the remains of one soldier", "The remains of a soldier were handed over to his family.", []want{
			{OutcomeKilled, 1, QualExact, SideUnknown}}},
		{"a body found", "A body was found on the roadside near the checkpoint on Monday, police said.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"a body found by the police", "Police found a body in the river near the bridge.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"a body that is no one's", "A UN body said the strikes were unlawful.", nil},
		{"another body found after a toll is one more of it, not a figure", "The army put the number of dead rebels at 20 before another body was found near the runway.", []want{
			{OutcomeKilled, 20, QualExact, SideRebels}}},
		{"a family listed after a comma", "Gunmen killed a teacher, his wife and their two children.", []want{
			{OutcomeKilled, 4, QualExact, SideCivilians}}},
		{"a family listed after a comma, its children counted", "A man, his wife and three children were killed when the shell hit their home.", []want{
			{OutcomeKilled, 5, QualExact, SideCivilians}}},
		{"a commander's deputy is not his kin", "The strike killed a commander, his deputy and three bodyguards.", []want{
			{OutcomeKilled, 1, QualExact, SideUnknown}}},
		{"an age between commas is no count", "A Colombian soldier, 31, was killed by a sniper in Catatumbo on Tuesday.", []want{
			{OutcomeKilled, 1, QualExact, "Colombian military"}}},
		{"an age between commas after a policeman", "A policeman, 45, was shot dead outside his home.", []want{
			{OutcomeKilled, 1, QualExact, SidePolice}}},
		{"an age between commas in a list", "A farmer, 62, and his son were wounded in the shelling.", []want{
			{OutcomeWounded, 2, QualExact, SideCivilians}}},
		{"a count between commas is still a count", "The attack killed 31, the ministry said.", []want{
			{OutcomeKilled, 31, QualExact, SideUnknown}}},
		{"an earlier toll between commas before the toll it revises", "The toll, initially put at 82, rose to 140.", []want{
			{OutcomeKilled, 82, QualExact, SideCivilians}, {OutcomeKilled, 140, QualExact, SideCivilians}}},
		{"an earlier toll of a bombing between commas", "The toll from the bombing, initially put at 82, climbed to 140 overnight, police said.", []want{
			{OutcomeKilled, 82, QualExact, SideCivilians}, {OutcomeKilled, 140, QualExact, SideCivilians}}},
		{"an earlier toll in a relative clause", "The death toll, which officials earlier put at 82, rose to 140 on Thursday.", []want{
			{OutcomeKilled, 82, QualExact, SideCivilians}, {OutcomeKilled, 140, QualExact, SideCivilians}}},
		{"a distance is no count", "Three soldiers were killed 20 km south of Baghdad.", []want{
			{OutcomeKilled, 3, QualExact, SideUnknown}}},
		{"a speaker's post and name after the figures", "A roadside bomb killed four soldiers and wounded six, a military officer, Captain Ahmed Nur, told AFP.", []want{
			{OutcomeKilled, 4, QualExact, SideUnknown}, {OutcomeWounded, 6, QualExact, SideUnknown}}},
		{"people drowned by a sinking", "A boat capsized on Lake Kivu, drowning 11 people.", []want{
			{OutcomeKilled, 11, QualExact, SideCivilians}}},
		{"military instructors", "Two Malian soldiers and three Russian instructors were killed when their helicopter came under fire.", []want{
			{OutcomeKilled, 2, QualExact, "Malian military"}, {OutcomeKilled, 3, QualExact, "Russian military"}}},
		{"a victim's kin in a passive clause of their own", "A 66-year-old man was killed and his wife was wounded when a drone hit their car.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}, {OutcomeWounded, 1, QualExact, SideCivilians}}},
		{"a victim's kin, the verb's auxiliary left out", "A 4-year-old girl was killed and her mother injured when a landmine exploded.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}, {OutcomeWounded, 1, QualExact, SideCivilians}}},
		{"one's kin alone", "His son was killed in the blast, the farmer said.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"kin beside a named man are not counted alone", "The group's leader, Sheikh Ibrahim Zakzaky, and his wife were wounded and taken into custody.", nil},
		{"one count of a group told by two names before its verb", "As a result of the strike, up to 85 servicemen and foreign instructors were eliminated, the ministry said.", []want{
			{OutcomeKilled, 85, QualUpTo, SideUnknown}}},
		{"one count of soldiers and foreign troops before their verb", "Up to 85 servicemen and foreign troops were killed.", []want{
			{OutcomeKilled, 85, QualUpTo, SideUnknown}}},
		{"a civilian named by his trade after the word", "Two soldiers and a civilian truck driver were killed near Brega.", []want{
			{OutcomeKilled, 2, QualExact, "Libyan military"}, {OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"a unit's number is no count", "A soldier from 40 Commando was killed in Helmand.", []want{
			{OutcomeKilled, 1, QualExact, "Afghan military"}}},
		{"a brigade's number is no count", "A British soldier from 3 Commando Brigade was killed by an explosion near Sangin.", []want{
			{OutcomeKilled, 1, QualExact, "British military"}}},
		{"commandos counted are", "Forty Commandos were killed.", []want{
			{OutcomeKilled, 40, QualExact, SideUnknown}}},
		{"the soldiers of a patrol struck", "A roadside bomb struck a U.S. patrol near Baquba, killing three soldiers.", []want{
			{OutcomeKilled, 3, QualExact, "American military"}}},
		{"the soldiers of a convoy ambushed, and the wounded", "Insurgents ambushed a British army convoy in Basra, killing two soldiers and wounding four.", []want{
			{OutcomeKilled, 2, QualExact, "British military"}, {OutcomeWounded, 4, QualExact, "British military"}}},
		{"the soldiers of a post attacked in another country", "A suicide bomber rammed a Turkish military convoy in Idlib, killing two soldiers.", []want{
			{OutcomeKilled, 2, QualExact, "Turkish military"}}},
		{"soldiers of a unit of the place's own nation", "A roadside bomb struck an Iraqi army patrol near Baquba, killing three soldiers and two civilians.", []want{
			{OutcomeKilled, 3, QualExact, "Iraqi military"}, {OutcomeKilled, 2, QualExact, SideCivilians}}},
		{"troops told by what they were fighting with", "Fourteen Ethiopian troops fighting with ATMIS were killed in an ambush in Bakool region.", []want{
			{OutcomeKilled, 14, QualExact, "Ethiopian military"}}},
		{"rebels told by whom they fought", "Five rebels fighting the army were killed near Bor.", []want{
			{OutcomeKilled, 5, QualExact, SideRebels}}},
		{"a progressive relative clause before the verb", "Twelve civilians who were sheltering in a school were killed in the strike.", []want{
			{OutcomeKilled, 12, QualExact, SideCivilians}}},
		{"a relative clause of what they had done", "Three villagers who had fled the fighting were wounded by shelling.", []want{
			{OutcomeWounded, 3, QualExact, SideCivilians}}},
		{"a relative clause of what they were trying", "Nine civilians who were trying to flee the city were killed by snipers.", []want{
			{OutcomeKilled, 9, QualExact, SideCivilians}}},
		{"a second group in addition to the first", "Three soldiers were killed in addition to two civilians.", []want{
			{OutcomeKilled, 3, QualExact, SideUnknown}, {OutcomeKilled, 2, QualExact, SideCivilians}}},
		{"a second group as well as the first", "Three soldiers were killed, as well as two civilians.", []want{
			{OutcomeKilled, 3, QualExact, SideUnknown}, {OutcomeKilled, 2, QualExact, SideCivilians}}},
		{"the others killed with a leader named by his post", "Troops killed rebel leader Velupillai Prabhakaran and 18 bodyguards.", []want{
			{OutcomeKilled, 18, QualExact, SideCivilians}}},
		{"the others killed with a commander of a group", "The strike killed Hamas commander Mohammed Deif and 12 other people.", []want{
			{OutcomeKilled, 12, QualExact, SideCivilians}}},
		{"wounded told without a verb before a span of hours", "Six Ukrainian soldiers were killed and 16 wounded over the past 24 hours, the military said.", []want{
			{OutcomeKilled, 6, QualExact, "Ukrainian military"}, {OutcomeWounded, 16, QualExact, "Ukrainian military"}}},
		{"wounded told without a verb before a span of days", "Six soldiers were killed and 16 wounded over two days.", []want{
			{OutcomeKilled, 6, QualExact, SideUnknown}, {OutcomeWounded, 16, QualExact, SideUnknown}}},
		{"more than a count after the verb", "Rebels wounded over 20 soldiers.", []want{
			{OutcomeWounded, 20, QualMoreThan, SideUnknown}}},
		{"kin hurt badly in a clause of their own", "A woman was killed and her husband was seriously wounded by shrapnel in Shlomi.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}, {OutcomeWounded, 1, QualExact, SideCivilians}}},
		{"a toll that passes a number", "Gaza death toll passes 900", []want{
			{OutcomeKilled, 900, QualExact, "Palestinians"}}},
		{"a toll since a day with its year", "The death toll since October 7, 2023 has risen to 40,005, the ministry said.", []want{
			{OutcomeKilled, 40005, QualExact, SideCivilians}}},
		{"a breakdown by place told once", "Israeli strikes killed at least 40 people in Gaza, including 13 in Rafah and 11 in Gaza City.", []want{
			{OutcomeKilled, 40, QualAtLeast, SideCivilians}, {OutcomeKilled, 13, QualExact, SideCivilians}, {OutcomeKilled, 11, QualExact, SideCivilians}}},
		{"another count in another place", "Forty-two people were killed in a strike on the Shati camp and another 20 in Tuffah.", []want{
			{OutcomeKilled, 42, QualExact, SideCivilians}, {OutcomeKilled, 20, QualExact, SideCivilians}}},
		{"the freed are no more of the dead", "Gangs stormed the prison, freeing 4,000 inmates, and 12 people were killed.", []want{
			{OutcomeKilled, 12, QualExact, SideCivilians}}},
		{"men who are soldiers of no nation told", "Gunmen killed 12 men, all of them soldiers.", []want{
			{OutcomeKilled, 12, QualExact, SideUnknown}}},
		{"kin shot dead in a clause of their own", "Her husband was shot dead by gunmen.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"kin who died", "Her husband died in the attack.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"kin of several", "Their son was killed in the blast.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"a neighbour told by a speaker", "My neighbour was killed.", []want{
			{OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"kin of several hurt by the verb before", "A Russian glide bomb killed an elderly couple and injured their grandson in Kharkiv.", []want{
			{OutcomeKilled, 2, QualExact, SideCivilians}, {OutcomeWounded, 1, QualExact, SideCivilians}}},
		{"kin hurt after a semicolon", "A woman and her husband were killed; her son was wounded.", []want{
			{OutcomeKilled, 2, QualExact, SideCivilians}, {OutcomeWounded, 1, QualExact, SideCivilians}}},
		{"kin who killed", "Their son killed the man.", nil},
		{"a body found told by whose it was", "A soldier's body was found near the border.", []want{
			{OutcomeKilled, 1, QualExact, SideUnknown}}},
		{"bodies found told by whose they were", "Two soldiers' bodies were recovered from the river.", []want{
			{OutcomeKilled, 2, QualExact, SideUnknown}}},
		{"a body of one named by a definite article is no count", "The journalist's body was found on Tuesday.", nil},
		{"a colleague after a group, told by a possessive", "Two American missionaries and their Haitian colleague were shot dead.", []want{
			{OutcomeKilled, 2, QualExact, SideCivilians}, {OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"a novice after a monk", "A Buddhist monk and a novice were shot dead while collecting alms in Pattani.", []want{
			{OutcomeKilled, 2, QualExact, SideCivilians}}},
		{"a mahout after farmers", "Two farmers and a mahout were killed.", []want{
			{OutcomeKilled, 2, QualExact, SideCivilians}, {OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"visitors", "Three Spanish visitors were killed.", []want{
			{OutcomeKilled, 3, QualExact, SideCivilians}}},
		{"one count of soldiers and the militiamen beside them", "Nearly 30 Syrian soldiers and pro-government militiamen were killed near Palmyra.", []want{
			{OutcomeKilled, 30, QualAbout, "Syrian government forces"}}},
		{"one count of soldiers and militia fighters", "Twenty soldiers and militia fighters were killed.", []want{
			{OutcomeKilled, 20, QualExact, SideUnknown}}},
		{"soldiers and militiamen counted apart", "Ten soldiers and 12 militiamen were killed.", []want{
			{OutcomeKilled, 10, QualExact, SideUnknown}, {OutcomeKilled, 12, QualExact, SideProGovMilitia}}},
		{"fighters from a named group of Myanmar's war", "The army said its troops had killed 25 fighters from the People's Defence Force.", []want{
			{OutcomeKilled, 25, QualExact, "People's Defence Force"}}},
		{"members of a named group", "Troops killed 25 members of the Kachin Independence Army.", []want{
			{OutcomeKilled, 25, QualExact, "Kachin Independence Army"}}},
		{"fighters of a named group of Syria's war", "Thirty Ahrar al-Sham fighters were killed in Idlib.", []want{
			{OutcomeKilled, 30, QualExact, "Ahrar al-Sham"}}},
		{"a named group's own fighters", "The Nusra Front said 30 of its fighters were killed.", []want{
			{OutcomeKilled, 30, QualExact, "Nusra Front"}}},
		{"a bare count that went missing", "Four fighters were killed, while another 9 went missing.", []want{
			{OutcomeKilled, 4, QualExact, SideMilitants}, {OutcomeMissing, 9, QualExact, SideMilitants}}},
		{"a bare count that went missing after and", "Four soldiers were killed and nine went missing.", []want{
			{OutcomeKilled, 4, QualExact, SideUnknown}, {OutcomeMissing, 9, QualExact, SideUnknown}}},
		{"one of a nation told by a relative clause after the verb", "Troops shot dead a Palestinian who tried to stab a soldier.", []want{
			{OutcomeKilled, 1, QualExact, "Palestinians"}}},
		{"one of them a child after the verb", "At least four people were killed, one of them a child, when rockets hit Kramatorsk.", []want{
			{OutcomeKilled, 4, QualAtLeast, SideCivilians}, {OutcomeKilled, 1, QualExact, SideCivilians}}},
		{"one of them hurt badly is no part", "Twelve people were wounded, one of them critically.", []want{
			{OutcomeWounded, 12, QualExact, SideCivilians}}},
		{"a toll of fighters", "The Houthis put the number of dead at five, all of them fighters.", []want{
			{OutcomeKilled, 5, QualExact, "Houthis"}}},
		{"a defence ministry's own soldiers", "The Ukrainian defence ministry says 179 soldiers were killed in the battle for Debaltseve.", []want{
			{OutcomeKilled, 179, QualExact, "Ukrainian military"}}},
		{"armed forces speaking of their own", "Four soldiers were killed, the Russian armed forces said.", []want{
			{OutcomeKilled, 4, QualExact, "Russian military"}}},
		{"a capital speaking of its soldiers", "Kyiv said on Monday that 12 soldiers were wounded.", []want{
			{OutcomeWounded, 12, QualExact, "Ukrainian military"}}},
		{"a defence ministry's kills are not its own", "The Russian defence ministry said its forces killed 300 soldiers.", []want{
			{OutcomeKilled, 300, QualExact, "unknown"}}},
		{"a capital said to is no speaker", "Four soldiers were wounded, a source close to Kyiv said.", []want{
			{OutcomeWounded, 4, QualExact, "unknown"}}},
		{"a bare count's people told after it", "The strike left at least 40 dead, most of them women and children.", []want{
			{OutcomeKilled, 40, QualAtLeast, "civilians"}}},
		{"a bare passive count, most of them civilians", "At least 40 were killed, most of them civilians.", []want{
			{OutcomeKilled, 40, QualAtLeast, "civilians"}}},
		{"a bare count, most of them where", "At least 40 were killed, most of them in the north.", []want{
			{OutcomeKilled, 40, QualAtLeast, "unknown"}}},
		{"a toll of soldiers of no nation told", "The toll rose to 12, all of them soldiers.", []want{
			{OutcomeKilled, 12, QualExact, "unknown"}}},
		{"a toll of women and children", "The death toll rose to 40, most of them women and children.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}}},
		{"a country's foes told after what it did", "Turkey said it targeted more than 50 regime positions, eliminating over 70 regime personnel.", []want{
			{OutcomeKilled, 70, QualMoreThan, "Syrian government forces"}}},
		{"a source after according to is no victim", "According to a senior army official, three soldiers were killed.", []want{
			{OutcomeKilled, 3, QualExact, "unknown"}}},
		{"an official as the source before the figure", "According to a local official, 12 people died in the attack.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"killed or seriously injured counts neither", "The army said 43 Chinese soldiers had been killed or seriously injured.", nil},
		{"dead or badly wounded counts neither", "The blast left 43 soldiers dead or badly wounded.", nil},
		{"its soldiers are the Soviet Union's", "The Soviet Union said on Wednesday that 13,310 of its soldiers had been killed in Afghanistan since 1979.", []want{
			{OutcomeKilled, 13310, QualExact, "Soviet military"}}},
		{"its soldiers are the speaker's, not its aside's", "Israel, whose troops still occupy southern Lebanon, said a roadside bomb wounded four of its soldiers near Sidon.", []want{
			{OutcomeWounded, 4, QualExact, "Israeli military"}}},
		{"its soldiers past a relative clause naming the foe", "Azerbaijan, which accused Armenia of large-scale provocations, said 71 of its soldiers had died.", []want{
			{OutcomeKilled, 71, QualExact, "Azerbaijani military"}}},
		{"a soldier beside a rebel is no rebel", "A rebel and a soldier were killed.", []want{
			{OutcomeKilled, 1, QualExact, "rebels"}, {OutcomeKilled, 1, QualExact, "unknown"}}},
		{"one soldier beside one militant is no militant", "One militant and one soldier were killed.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeKilled, 1, QualExact, "unknown"}}},
		{"a source said by telephone", "Twenty people were killed, a hospital official said by telephone.", []want{
			{OutcomeKilled, 20, QualExact, "civilians"}}},
		{"brought in dead", "A doctor said 18 civilians, among them five children, had been brought in dead since Monday.", []want{
			{OutcomeKilled, 18, QualExact, "civilians"}, {OutcomeKilled, 5, QualExact, "civilians"}}},
		{"half of them civilians is no civilians' toll", "The war has killed at least 2,600 people, half of them civilians.", []want{
			{OutcomeKilled, 2600, QualAtLeast, "unknown"}}},
		{"half of them children says nothing of the rest", "The strike killed 20 people, half of them children.", []want{
			{OutcomeKilled, 20, QualExact, "civilians"}}},
		{"a group restated beside it counts once", "Three Israeli civilians, a woman and her two daughters, were killed.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"two groups of one count are two", "The dead included three Kenyans, three Tanzanians and two Somalis.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the crew of a nation's downed helicopter", "A U.S. helicopter was shot down near Hue, killing its four crewmen.", []want{
			{OutcomeKilled, 4, QualExact, "American military"}}},
		{"the crew of a warplane told by its model", "Eight crewmen were missing after their B-52 crashed into the sea.", []want{
			{OutcomeMissing, 8, QualExact, "unknown"}}},
		{"the crew of a downed airliner", "A Ukrainian passenger plane was shot down near Tehran, killing all nine crew members.", []want{
			{OutcomeKilled, 9, QualExact, "civilians"}}},
		{"an officer counted among a force's dead", "Two U.S. Marines, one of them a lieutenant, were killed near Hue.", []want{
			{OutcomeKilled, 2, QualExact, "American military"}, {OutcomeKilled, 1, QualExact, "American military"}}},
		{"the attackers' losses are theirs", "The ministry put the attackers' losses at six.", []want{
			{OutcomeKilled, 6, QualExact, "militants"}}},
		{"the dead who succumbed bring a total of the dead", "Seventeen more troops had succumbed to their injuries, bringing the total to 20.", []want{
			{OutcomeKilled, 17, QualExact, "unknown"}, {OutcomeKilled, 20, QualExact, "unknown"}}},
		{"the hurt bring a total of the hurt", "Forty more people were injured, bringing the total to 300.", []want{
			{OutcomeWounded, 40, QualExact, "civilians"}, {OutcomeWounded, 300, QualExact, "civilians"}}},
		{"a figure later raised", "The bomb killed 10 passengers on a train near Moscow, a figure later raised to 14.", []want{
			{OutcomeKilled, 10, QualExact, "civilians"}, {OutcomeKilled, 14, QualExact, "civilians"}}},
		{"a figure later revised", "A bomb killed 10 people, later revised to 12, police said.", []want{
			{OutcomeKilled, 10, QualExact, "civilians"}, {OutcomeKilled, 12, QualExact, "civilians"}}},
		{"scientists are people", "The Israeli military said it had killed nine nuclear scientists.", []want{
			{OutcomeKilled, 9, QualExact, "civilians"}}},
		{"suspected criminals killed by soldiers", "Soldiers killed 14 suspected criminals in a shootout.", []want{
			{OutcomeKilled, 14, QualExact, "militants"}}},
		{"a bride among the dead", "A bomb killed 20 people at a wedding, including a bride.", []want{
			{OutcomeKilled, 20, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"fighters a coalition backs", "The Houthis said 700 coalition-backed fighters had been killed.", []want{
			{OutcomeKilled, 700, QualExact, "pro-government militia"}}},
		{"bombers a side lost are aircraft", "The U.S. lost six bombers over Hanoi.", nil},
		{"fighters lost over a place are aircraft", "Israel lost two fighters over the Bekaa.", nil},
		{"fighters lost in a battle are men", "The rebels lost 40 fighters in the battle.", []want{
			{OutcomeKilled, 40, QualExact, "rebels"}}},
		{"a number a source put the toll at", "Some 8,000 people were killed, while the Red Cross put the number at about 7,000.", []want{
			{OutcomeKilled, 8000, QualAbout, "civilians"}, {OutcomeKilled, 7000, QualAbout, "civilians"}}},
		{"the number of a group is read with its noun", "The minister put the number of militants killed at 15.", []want{
			{OutcomeKilled, 15, QualExact, "militants"}}},
		{"people told again by both their kinds", "At least 500 people, both civilians and soldiers, have been killed in the fighting.", []want{
			{OutcomeKilled, 500, QualAtLeast, "unknown"}}},
		{"people both kinds of whom are after the verb", "The war has killed 500 people, both civilians and soldiers, since 2014.", []want{
			{OutcomeKilled, 500, QualExact, "unknown"}}},
		{"an officer after a nation's soldiers", "Three Turkish soldiers were killed and an officer was wounded in northern Iraq.", []want{
			{OutcomeKilled, 3, QualExact, "Turkish military"}, {OutcomeWounded, 1, QualExact, "Turkish military"}}},
		{"a colonel after a nation's soldiers", "Four Soviet soldiers were killed and a colonel was seriously wounded near Herat.", []want{
			{OutcomeKilled, 4, QualExact, "Soviet military"}, {OutcomeWounded, 1, QualExact, "Soviet military"}}},
		{"a named group's commander after a nation's soldiers", "Two Israeli soldiers were killed and a Hamas commander was wounded.", []want{
			{OutcomeKilled, 2, QualExact, "Israeli military"}, {OutcomeWounded, 1, QualExact, "Hamas"}}},
		{"a count of the enemy", "Troops killed 1,042 of the enemy in and around the city.", []want{
			{OutcomeKilled, 1042, QualExact, "unknown"}}},
		{"the enemy dead", "The Eighth Army said 7,600 enemy dead were counted.", []want{
			{OutcomeKilled, 7600, QualExact, "unknown"}}},
		{"enemy tanks are no people", "Five enemy tanks were destroyed.", nil},
		{"an officer and his men of a nation are one figure", "A Turkish colonel and two soldiers had died in the ambush.", []want{
			{OutcomeKilled, 3, QualExact, "Turkish military"}}},
		{"an officer and his men of no nation are one figure", "An officer and four soldiers were killed by a mine.", []want{
			{OutcomeKilled, 5, QualExact, "unknown"}}},
		{"a police officer and soldiers are two forces", "A police captain and two soldiers were killed.", []want{
			{OutcomeKilled, 1, QualExact, "police"}, {OutcomeKilled, 2, QualExact, "unknown"}}},
		{"an army's own toll", "The Indian army's toll for the Kargil fighting rose to 407 dead on Friday, officials said.", []want{
			{OutcomeKilled, 407, QualExact, "Indian military"}}},
		{"the army's own toll with no nation", "The army's death toll rose to 40, a spokesman said.", []want{
			{OutcomeKilled, 40, QualExact, "unknown"}}},
		{"a toll of a nation's troops", "The death toll of Indian troops has risen to 162.", []want{
			{OutcomeKilled, 162, QualExact, "Indian military"}}},
		{"a toll of an attack stays civilians'", "The death toll of the attack rose to 40.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}}},
		{"government losses", "He put government losses at nine.", []want{
			{OutcomeKilled, 9, QualExact, "government forces"}}},
		{"the victims included a list", "The victims included a local leader, his son and six of his grandchildren, the group said.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 6, QualExact, "civilians"}}},
		{"victims of a kidnapping are not dead", "The victims of the kidnapping included three foreigners.", nil},
		{"who told the list of the dead is none of them", "Among the dead were a nurse and her daughter, a doctor at Nicosia General Hospital said.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"tanks lost before men are no men", "The Syrian army lost 867 tanks and more than 3,500 soldiers killed.", []want{
			{OutcomeKilled, 3500, QualMoreThan, "Syrian government forces"}}},
		{"a tank's crewmen are men", "Two tank crewmen were killed.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}}},
		{"their one civilian in a list of the dead", "Six priests, their housekeeper and her daughter were shot dead.", []want{
			{OutcomeKilled, 8, QualExact, "civilians"}}},
		{"the disappeared are missing", "The war has killed an estimated 100,000 people and another 40,000 have disappeared.", []want{
			{OutcomeKilled, 100000, QualAbout, "civilians"}, {OutcomeMissing, 40000, QualExact, "civilians"}}},
		{"things that disappeared are no one", "The bodies disappeared from the morgue.", nil},
		{"prisoners taken are a force's men", "Chinese forces took 200 Vietnamese prisoners.", []want{
			{OutcomeCaptured, 200, QualExact, "Vietnamese military"}}},
		{"prisoners killed in a jail stay civilians", "Gunmen killed 12 prisoners in the jail.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"troops wiped out in the passive", "300 Chinese troops were wiped out near Lang Son.", []want{
			{OutcomeKilled, 300, QualExact, "Chinese military"}}},
		{"a village wiped out counts no one", "The village was wiped out.", nil},
		{"aggressors are the enemy's soldiers", "Khmer Rouge radio claimed its guerrillas had killed 85 Vietnamese aggressors.", []want{
			{OutcomeKilled, 85, QualExact, "Vietnamese military"}}},
		{"the killers who slaughtered are no victims", "Rebels slaughtered 40 villagers.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}}},
		{"a headline's present massacre", "Renamo rebels massacre 386 in Mozambique town", []want{
			{OutcomeKilled, 386, QualExact, "unknown"}}},
		{"civil guards are police", "Car bomb kills four Civil Guards in Basque Country", []want{
			{OutcomeKilled, 4, QualExact, "police"}}},
		{"a deed's noun in an aside is no verb", "Seven more villagers, witnesses to the massacre, were killed.", []want{
			{OutcomeKilled, 7, QualExact, "civilians"}}},
		{"one of those who told a quoted list of the dead is none of them", "\"The dead included a mother and her two children,\" one of the workers said.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"an official at the hospital who told the list is none of it", "The dead included two children, an official at the hospital said.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"people who are fighters", "The strike killed 23 people, all of them Islamic State fighters.", []want{
			{OutcomeKilled, 23, QualExact, "Islamic State"}}},
		{"neutralised by a force are its enemies", "Mali's army said it neutralised 203 members of armed terrorist groups.", []want{
			{OutcomeNeutralized, 203, QualExact, "militants"}}},
		{"admitted with wounds", "A doctor said 58 people had been admitted with wounds.", []want{{OutcomeWounded, 58, QualExact, "civilians"}}},
		{"breakdown after a phrase of place and time", "More than 10,000 Palestinians have been killed in Israeli strikes on the Gaza Strip since October 7, including 4,104 children.", []want{
			{OutcomeKilled, 10000, QualMoreThan, "Palestinians"}, {OutcomeKilled, 4104, QualExact, "civilians"}}},
		{"people broken down into militants after a phrase", "In 2017, 134 people were killed in the region's armed conflict, including 82 militants.", []want{
			{OutcomeKilled, 134, QualExact, "unknown"}, {OutcomeKilled, 82, QualExact, "militants"}}},
		{"people most of them police", "More than 4,500 people were injured, including 3,393 police officers.", []want{
			{OutcomeWounded, 4500, QualMoreThan, "unknown"}, {OutcomeWounded, 3393, QualExact, "police"}}},
		{"people among them a few police", "At least 20 people were wounded, including a police officer.", []want{
			{OutcomeWounded, 20, QualAtLeast, "civilians"}, {OutcomeWounded, 1, QualExact, "police"}}},
		{"liquidated", "Nine militants had been liquidated, the committee said.", []want{{OutcomeKilled, 9, QualExact, "militants"}}},
		{"found shot dead", "Fourteen patients had been found shot dead in their beds.", []want{{OutcomeKilled, 14, QualExact, "civilians"}}},
		{"attackers blew themselves up", "Two of the attackers blew themselves up and a third was shot dead by guards.", []want{
			{OutcomeKilled, 2, QualExact, "militants"}, {OutcomeKilled, 1, QualExact, "militants"}}},
		{"a suicide bomber blowing himself up is no figure", "A suicide bomber blew himself up inside the mosque.", nil},
		{"the dead identified are no figure", "The ministry said 177 of the dead had been identified.", nil},
		{"relative clause between commas", "All seven attackers, who wore suicide vests, were killed.", []want{{OutcomeKilled, 7, QualExact, "militants"}}},
		{"a possessive before the count", "They killed my two brothers.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"vigilantes", "Two vigilantes were killed in the exchange of fire.", []want{{OutcomeKilled, 2, QualExact, "pro-government militia"}}},
		{"soldiers and a vigilante", "Three soldiers and a vigilante were also killed when the attackers ambushed a patrol.", []want{
			{OutcomeKilled, 3, QualExact, "unknown"}, {OutcomeKilled, 1, QualExact, "pro-government militia"}}},
		{"a figure before a running count is the day's", "An Israeli soldier was killed in northern Gaza on Friday, the military said, bringing to 349 the number of soldiers killed since the ground offensive began.", []want{
			{OutcomeKilled, 1, QualExact, "Israeli military"}, {OutcomeKilled, 349, QualExact, "Israeli military"}}},
		{"fallen", "Twelve soldiers have fallen in battle since Friday.", []want{{OutcomeKilled, 12, QualExact, "unknown"}}},
		{"the militia by its full name", "The army said four Volunteers for the Defence of the Homeland (VDP) had fallen.", []want{
			{OutcomeKilled, 4, QualExact, "Volunteers for the Defence of the Homeland"}}},
		{"a town fallen is no figure", "The town had fallen to the rebels.", nil},
		{"losses inflicted", "The ministry said its troops had inflicted losses of up to 1,300 Ukrainian servicemen.", []want{{OutcomeKilled, 1300, QualUpTo, "Ukrainian military"}}},
		{"peshmerga", "Five peshmerga were killed when a truck bomb hit their checkpoint.", []want{{OutcomeKilled, 5, QualExact, "Kurdish military"}}},
		{"Janjaweed killed", "Two Janjaweed were killed in the clash.", []want{{OutcomeKilled, 2, QualExact, SideProGovMilitia}}},
		{"carabinieri", "Two carabinieri were killed at the checkpoint.", []want{{OutcomeKilled, 2, QualExact, "police"}}},
		{"troopers", "Three troopers were wounded in the ambush.", []want{{OutcomeWounded, 3, QualExact, "unknown"}}},
		{"rebels in a report of a militia stay rebels", "Arab militiamen known as the Janjaweed raided a village. The army said it killed \"dozens\" of rebels.", []want{
			{OutcomeKilled, unknownValue, QualUnknown, "rebels"}}},
		{"jawans", "Seven jawans were injured and have been shifted to a Kolkata hospital.", []want{{OutcomeWounded, 7, QualExact, "police"}}},
		{"decapitated", "A man was decapitated in an attack on a gas factory.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"killed or disappeared counts neither", "Caritas said about 1,000 people had been killed or had disappeared in the town.", nil},
		{"a second toll by another agent", "More than 220 of the victims were killed by pro-Ouattara forces, and over 100 by Liberian mercenaries, it said.", []want{
			{OutcomeKilled, 220, QualMoreThan, "civilians"}, {OutcomeKilled, 100, QualMoreThan, "civilians"}}},
		{"a gunman in a clause shot dead after his attack", "The attack came on the same day that a gunman killed 38 people at a beach hotel in Sousse before being shot dead by police.", []want{
			{OutcomeKilled, 1, QualExact, "militants"}, {OutcomeKilled, 38, QualExact, "civilians"}}},
		{"office holders among the dead", "Two deputy speakers, a government minister and three other deputies were also among the dead, officials said.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "civilians"}}},
		{"officials killed", "Four officials were killed when the convoy was ambushed.", []want{{OutcomeKilled, 4, QualExact, "civilians"}}},
		{"a hostage and his guards", "A hostage and two guards were killed in the rescue.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "unknown"}}},
		{"volunteers of a named militia", "The Volunteers for the Defence of the Homeland (VDP) fight beside the army. Thirty-three VDP volunteers were killed.", []want{
			{OutcomeKilled, 33, QualExact, "Volunteers for the Defence of the Homeland"}}},
		{"armed volunteers beside soldiers", "Jihadists attacked an army detachment in northern Burkina Faso on Saturday, killing at least 15 soldiers and 36 volunteer fighters, the army said.", []want{
			{OutcomeKilled, 15, QualAtLeast, "Burkinabe military"}, {OutcomeKilled, 36, QualExact, SideProGovMilitia}}},
		{"two people one by one", "A doctor and a nurse were wounded.", []want{{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"breakdown after 'under rubble'", "About 2,260 people were missing under rubble, among them 1,270 children.", []want{
			{OutcomeMissing, 2260, QualAbout, "civilians"}, {OutcomeMissing, 1270, QualExact, "civilians"}}},
		{"a speaker's title is no victim", "Government forces shelled the city, killing at least 17 people, a rebel spokesman said.", []want{
			{OutcomeKilled, 17, QualAtLeast, "civilians"}}},
		{"men of a unit are soldiers", "A soldier fighting in eastern Ukraine said six men from his company had been killed and at least 10 were missing.", []want{
			{OutcomeKilled, 6, QualExact, "Ukrainian military"}, {OutcomeMissing, 10, QualAtLeast, "Ukrainian military"}}},
		{"raised toll counts the force", "Armenia's defence ministry said 49 Armenian soldiers had been killed. Pashinyan later raised the toll to 71.", []want{
			{OutcomeKilled, 49, QualExact, "Armenian military"}, {OutcomeKilled, 71, QualExact, "Armenian military"}}},
		// Armies' and official media's words for death.
		{"paid the supreme price", "Two Nigerian soldiers paid the supreme price during the ambush.", []want{{OutcomeKilled, 2, QualExact, "Nigerian military"}}},
		{"embraced shahadat", "Five Pakistani soldiers embraced shahadat while repulsing the attack.", []want{{OutcomeKilled, 5, QualExact, "Pakistani military"}}},
		{"a participle clause before the verb", "Six Pakistani soldiers, having fought gallantly, embraced shahadat.", []want{{OutcomeKilled, 6, QualExact, "Pakistani military"}}},
		{"khwarij", "Security forces killed 10 khwarij in South Waziristan.", []want{{OutcomeKilled, 10, QualExact, "militants"}}},
		{"sent to hell", "Eight terrorists were sent to hell in the exchange of fire.", []want{{OutcomeKilled, 8, QualExact, "militants"}}},
		{"fallen on the field of honour", "The army said five Nigerien soldiers had \"fallen on the field of honour\".", []want{{OutcomeKilled, 5, QualExact, "Nigerien military"}}},
		{"laid down their lives", "Three Indian soldiers laid down their lives in the encounter.", []want{{OutcomeKilled, 3, QualExact, "Indian military"}}},
		{"martyring", "The attackers rammed a truck into the wall, martyring 13 innocent civilians.", []want{{OutcomeKilled, 13, QualExact, "civilians"}}},
		{"declared dead", "Twenty-one others were declared dead on arrival.", []want{{OutcomeKilled, 21, QualExact, "unknown"}}},
		{"pronounced dead", "Eleven people were pronounced dead at the scene.", []want{{OutcomeKilled, 11, QualExact, "civilians"}}},
		{"confirmed dead is no report verb here", "Police confirmed that 11 people had been taken to hospital.", []want{{OutcomeWounded, 11, QualExact, "civilians"}}},
		// Names joined by a slash, as Turkish and Anadolu copy writes them.
		{"slashed name", "Turkish forces \"neutralized\" 14 PKK/YPG terrorists in northern Iraq.", []want{{OutcomeNeutralized, 14, QualExact, "PKK"}}},
		{"among those killed in a month were", "Among those killed in August were 16 children.", []want{{OutcomeKilled, 16, QualExact, "civilians"}}},
		{"among the dead in the attack were", "Among the dead in the attack were three police officers.", []want{{OutcomeKilled, 3, QualExact, "police"}}},
		{"and another wounded", "A Turkish soldier was martyred and another wounded in a clash.", []want{
			{OutcomeKilled, 1, QualExact, "Turkish military"}, {OutcomeWounded, 1, QualExact, "Turkish military"}}},
		{"running total of the force named before", "Two Israeli soldiers were killed in southern Lebanon on Sunday, bringing to 40 the number of soldiers killed since the start of ground operations.", []want{
			{OutcomeKilled, 2, QualExact, "Israeli military"}, {OutcomeKilled, 40, QualExact, "Israeli military"}}},
		{"dateline city with an accent", "BOGOTÁ, 20 Jan (EFE).- Five soldiers were wounded when their patrol came under fire.", []want{{OutcomeWounded, 5, QualExact, "Colombian military"}}},
		{"all four attackers", "Security forces killed all four attackers after a siege.", []want{{OutcomeKilled, 4, QualExact, "militants"}}},
		{"loyal to a long name", "The monitor said 250 fighters loyal to ousted president Bashar al-Assad had been killed.", []want{{OutcomeKilled, 250, QualExact, "militants"}}},
		{"an army's name stands for its nation", "The IDF said a soldier of the Nahal Brigade was killed in Gaza.", []want{{OutcomeKilled, 1, QualExact, "Israeli military"}}},
		{"overall toll of several sides", "The monitor said 231 members of the security forces and 250 gunmen had also been killed, bringing the overall toll to 1,454.", []want{
			{OutcomeKilled, 231, QualExact, "unknown"}, {OutcomeKilled, 250, QualExact, "militants"}, {OutcomeKilled, 1454, QualExact, "unknown"}}},
		{"hospitalised part of the injured", "Another 27 people were injured, 20 of them were hospitalised.", []want{{OutcomeWounded, 27, QualExact, "civilians"}}},
		{"hospitalised of a group not yet told wounded", "Over 20 of them were hospitalized, it added.", []want{{OutcomeWounded, 20, QualMoreThan, "unknown"}}},
		{"put the toll above", "Other accounts put the toll above 100.", []want{{OutcomeKilled, 100, QualMoreThan, "civilians"}}},
		{"number of missing put", "The Red Crescent put the number of missing at 10,100.", []want{{OutcomeMissing, 10100, QualExact, "civilians"}}},
		{"number of those killed put", "Residents put the number of those killed at more than 120.", []want{{OutcomeKilled, 120, QualMoreThan, "civilians"}}},
		{"toll put higher", "Activists put the toll higher, at 82.", []want{{OutcomeKilled, 82, QualExact, "civilians"}}},
		{"toll surged past", "The death toll from the floods has surged past 5,000.", []want{{OutcomeKilled, 5000, QualMoreThan, "civilians"}}},
		{"toll over the past hours", "The toll in the past 24 hours rose to 12.", []want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"part of the armed men pursued", "Police pursued the attackers and killed four of them.", []want{{OutcomeKilled, 4, QualExact, "militants"}}},
		{"part of the raiders pursued", "Youths pursued the raiders and killed six of them.", []want{{OutcomeKilled, 6, QualExact, "militants"}}},
		{"part of the victims is no part of the attackers", "Gunmen attacked villagers and killed three of them.", []want{{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"part of a group the clause governs", "Gunmen opened fire on worshippers leaving a mosque, wounding 12 of them.", []want{{OutcomeWounded, 12, QualExact, "civilians"}}},
		{"part of fighters surrounded", "Troops surrounded a band of insurgents in a farmhouse, killing nine of them.", []want{{OutcomeKilled, 9, QualExact, "militants"}}},
		{"them is not the subject", "Troops fought back, killing 12 of them.", nil},
		{"capture of a part is not read", "The army retook the last stronghold of the tribal fighters, and captured 30 of them.", nil},
		{"armed men lose men of their own", "Prosecutors said the attackers had lost 92 men.", []want{{OutcomeKilled, 92, QualExact, "militants"}}},
		{"people mostly police", "About 85 people, most of them police, were wounded.", []want{{OutcomeWounded, 85, QualAbout, "police"}}},
		{"worshippers mostly police", "A blast killed 59 worshippers, most of them policemen.", []want{{OutcomeKilled, 59, QualExact, "civilians"}}},
		{"receiving treatment", "Sixty-one other persons were still receiving treatment.", []want{{OutcomeWounded, 61, QualExact, "civilians"}}},
		{"treated for wounds of two kinds", "Seven inmates were treated for gunshot and knife wounds.", []want{{OutcomeWounded, 7, QualExact, "civilians"}}},
		{"escaped with wounds", "Two other farmers escaped with gunshot wounds.", []want{{OutcomeWounded, 2, QualExact, "civilians"}}},
		{"part of the wounded told before", "The blast killed four worshippers and wounded 50. Troops killed 11 militants. Two of the wounded were in critical condition.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}, {OutcomeWounded, 50, QualExact, "civilians"},
			{OutcomeKilled, 11, QualExact, "militants"}, {OutcomeWounded, 2, QualExact, "civilians"}}},
		{"others after a toll", "The death toll from the clashes rose to 43 on Sunday, with 168 others injured.", []want{
			{OutcomeKilled, 43, QualExact, "civilians"}, {OutcomeWounded, 168, QualExact, "civilians"}}},
		{"part of the wounded told with", "The blast wounded 38 people. The toll climbed to eight, with 12 of the wounded in critical condition.", []want{
			{OutcomeWounded, 38, QualExact, "civilians"}, {OutcomeKilled, 8, QualExact, "civilians"}, {OutcomeWounded, 12, QualExact, "civilians"}}},
		{"another hurt with the verb left out", "An Israeli soldier was killed and another moderately wounded.", []want{
			{OutcomeKilled, 1, QualExact, "Israeli military"}, {OutcomeWounded, 1, QualExact, "Israeli military"}}},
		{"another badly hurt after a larger figure", "Two Israeli soldiers were killed and another seriously wounded.", []want{
			{OutcomeKilled, 2, QualExact, "Israeli military"}, {OutcomeWounded, 1, QualExact, "Israeli military"}}},
		{"an ambassador is no Assad", "The ambassador said 30 soldiers had been killed.", []want{{OutcomeKilled, 30, QualExact, "unknown"}}},
		{"part of a person's own people", "One resident said 25 of his neighbours were killed.", []want{{OutcomeKilled, 25, QualExact, "civilians"}}},
		{"part of a person's own family", "She said 12 of her relatives were wounded.", []want{{OutcomeWounded, 12, QualExact, "civilians"}}},
		{"others of another outcome", "One resident said 25 of his neighbours were killed and others were missing.", []want{
			{OutcomeKilled, 25, QualExact, "civilians"}, {OutcomeMissing, unknownValue, QualUnknown, "civilians"}}},
		{"more told later with no noun", "Eight bodies were recovered at the scene and six more the next morning.", []want{
			{OutcomeKilled, 8, QualExact, "civilians"}, {OutcomeKilled, 6, QualExact, "civilians"}}},
		{"more told on another day", "Troops killed five militants on Monday and three more on Tuesday.", []want{
			{OutcomeKilled, 5, QualExact, "militants"}, {OutcomeKilled, 3, QualExact, "militants"}}},
		// A situation report's casualty table flattened to lines.
		{"table row with breakdown", "Killed: 64 (including 19 children)\nInjured: 211\nMissing: 37", []want{
			{OutcomeKilled, 64, QualExact, "civilians"}, {OutcomeKilled, 19, QualExact, "civilians"},
			{OutcomeWounded, 211, QualExact, "civilians"}, {OutcomeMissing, 37, QualExact, "civilians"}}},
		{"a label that is no outcome", "Displaced: 12,000\nShelters: 40", nil},
		{"table cells on one line", "Killed: 1,204 | Injured: 3,511", []want{
			{OutcomeKilled, 1204, QualExact, "civilians"}, {OutcomeWounded, 3511, QualExact, "civilians"}}},
		{"table breakdown as a list", "Deaths: 12 (8 women, 4 children)", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}, {OutcomeKilled, 8, QualExact, "civilians"}, {OutcomeKilled, 4, QualExact, "civilians"}}},
		// A dateline that gives only a city stands for its country.
		{"dateline city", "RAWALPINDI, Oct 25 (APP): Six soldiers were martyred in North Waziristan.", []want{{OutcomeKilled, 6, QualExact, "Pakistani military"}}},
		{"dateline city with a colon", "Militants attack checkpoint\n\nRAWALPINDI: Two soldiers were martyred in the attack.", []want{{OutcomeKilled, 2, QualExact, "Pakistani military"}}},
		{"a toll and the figure it rose from", "Officials said the number of dead had climbed to 31 from 18 by Tuesday evening.", []want{
			{OutcomeKilled, 31, QualExact, "civilians"}, {OutcomeKilled, 18, QualExact, "civilians"}}},
		{"a revised toll of soldiers and its earlier figure", "Four Kenyan soldiers died in the ambush, and the army later revised the toll to six from four.", []want{
			{OutcomeKilled, 4, QualExact, "Kenyan military"}, {OutcomeKilled, 6, QualExact, "Kenyan military"}, {OutcomeKilled, 4, QualExact, "Kenyan military"}}},
		{"up from an initial count", "The toll has risen to 47, the governor said, up from an initial count of 29.", []want{
			{OutcomeKilled, 47, QualExact, "civilians"}, {OutcomeKilled, 29, QualExact, "civilians"}}},
		{"an adverb before an elliptical count's verb", "Nine Nigerien soldiers were killed and two seriously wounded on Monday.", []want{
			{OutcomeKilled, 9, QualExact, "Nigerien military"}, {OutcomeWounded, 2, QualExact, "Nigerien military"}}},
		{"the last item of an active list with a verb of its own", "Gunmen killed four Kenyan police officers, and two others were critically wounded.", []want{
			{OutcomeKilled, 4, QualExact, "police"}, {OutcomeWounded, 2, QualExact, "police"}}},
		{"men a force lost, told by its own", "Militants killed 12 Chadian soldiers at the post. \"We lost 12 men and several others were hurt,\" an officer said.", []want{
			{OutcomeKilled, 12, QualExact, "Chadian military"}, {OutcomeKilled, 12, QualExact, "Chadian military"}, {OutcomeWounded, unknownValue, QualUnknown, "Chadian military"}}},
		{"rangers of a reserve are its staff", "Poachers shot dead three park rangers and a tracker in the reserve.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"rangers of a force", "A Thai ranger was killed in Yala.", []want{{OutcomeKilled, 1, QualExact, "Thai military"}}},
		{"singers and musicians", "A folk singer and two musicians were among those killed when the bomb went off.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a bare count after a semicolon is another incident's", "Five soldiers killed in ambush; car bomb in the capital kills seven\n\nA car bomb killed seven civilians in the capital.", []want{
			{OutcomeKilled, 5, QualExact, "unknown"}, {OutcomeKilled, 7, QualExact, "civilians"}, {OutcomeKilled, 7, QualExact, "civilians"}}},
		{"deaths counted, with a breakdown", "\"We recorded 55 deaths, including six police officers who were trying to separate the two camps,\" he said.", []want{
			{OutcomeKilled, 55, QualExact, "civilians"}, {OutcomeKilled, 6, QualExact, "police"}}},
		{"a toll that was over a figure", "Local groups said the true toll was over 100.", []want{{OutcomeKilled, 100, QualMoreThan, "civilians"}}},
		{"a breakdown between dashes", "Officials said seven people — three women and four men — were killed in the raid.", []want{
			{OutcomeKilled, 7, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "civilians"}, {OutcomeKilled, 4, QualExact, "civilians"}}},
		{"an aside between dashes", "Two Malian soldiers - both conscripts - were killed.", []want{{OutcomeKilled, 2, QualExact, "Malian military"}}},
		{"treated in hospital for wounds", "Nine people were treated at a local hospital for gunshot wounds.", []want{{OutcomeWounded, 9, QualExact, "civilians"}}},
		{"one named by his post in a breakdown", "Militants killed at least 17 Somali soldiers, including the base commander, an officer said.", []want{
			{OutcomeKilled, 17, QualAtLeast, "Somali military"}, {OutcomeKilled, 1, QualExact, "Somali military"}}},
		{"the speaker after a breakdown is no victim", "Militants killed at least 17 Somali soldiers, including a base commander, an officer said.", []want{
			{OutcomeKilled, 17, QualAtLeast, "Somali military"}, {OutcomeKilled, 1, QualExact, "Somali military"}}},
		{"a governor among the dead", "The strike killed five people, including the governor of the province.", []want{
			{OutcomeKilled, 5, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a group's losses in the possessive", "The army said it put the Taliban's losses at 40 and the rebels' losses at 12.", []want{
			{OutcomeKilled, 40, QualExact, "Taliban"}, {OutcomeKilled, 12, QualExact, "rebels"}}},
		{"others after a breakdown are of the whole", "A bomber blew himself up at a checkpoint, killing a dozen people, including three policemen, officials said. According to the ministry, 23 others were wounded.", []want{
			{OutcomeKilled, 12, QualAbout, "civilians"}, {OutcomeKilled, 3, QualExact, "police"}, {OutcomeWounded, 23, QualExact, "civilians"}}},
		{"hundreds told in words with their rest", "Troops killed one hundred and sixty terrorists near Tin-Akoff.", []want{
			{OutcomeKilled, 160, QualExact, "militants"}}},
		{"a number in words and again in figures", "Our forces neutralised about a hundred and sixty (160) terrorists, and 25 (twenty-five) fighters were killed.", []want{
			{OutcomeNeutralized, 160, QualAbout, "militants"}, {OutcomeKilled, 25, QualExact, "militants"}}},
		{"a death caused", "The aggression led to the death of four people and the injury of 36 others.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}, {OutcomeWounded, 36, QualExact, "civilians"}}},
		{"the soldiers of a nation's list", "The missile attack killed 45 UAE soldiers, 10 Saudis and five Bahrainis.", []want{
			{OutcomeKilled, 45, QualExact, "Emirati military"}, {OutcomeKilled, 10, QualExact, "Saudi military"}, {OutcomeKilled, 5, QualExact, "Bahraini military"}}},
		{"one of their own, the subject's", "The ministry said in a statement that Chadian soldiers pursuing the group had killed six insurgents on Wednesday and lost one of their own.", []want{
			{OutcomeKilled, 6, QualExact, "rebels"}, {OutcomeKilled, 1, QualExact, "Chadian military"}}},
		{"their own after a pronoun", "The rebels said they had killed 40 soldiers and lost two of their own.", []want{
			{OutcomeKilled, 40, QualExact, "unknown"}, {OutcomeKilled, 2, QualExact, "rebels"}}},
		{"soldiers of the unit named before with its nation", "Moscow said its missiles had hit the headquarters of an Azerbaijani battalion, killing 14 soldiers of the battalion.", []want{
			{OutcomeKilled, 14, QualExact, "Azerbaijani military"}}},
		{"one named by his post after 'and the'", "The shell killed four children and the bus driver.", []want{
			{OutcomeKilled, 4, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a speaker after 'and the' is no victim", "The blast killed two Malian soldiers and the governor said the toll could rise.", []want{
			{OutcomeKilled, 2, QualExact, "Malian military"}}},
		{"people searched for as missing", "Divers were searching for the missing after the ferry was hit.", []want{
			{OutcomeMissing, unknownValue, QualUnknown, "civilians"}}},
		{"the post holder and others after an active verb", "Airstrikes hit the town hall, killing the mayor and at least 15 other people.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 15, QualAtLeast, "civilians"}}},
		{"the post holder and one more", "A drone hit an ambulance, killing the driver and a paramedic.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"a district governor killed", "The drone strike killed the district governor in Kunduz.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"killings counted", "The country recorded more than 30,000 killings last year.", []want{{OutcomeKilled, 30000, QualMoreThan, "civilians"}}},
		{"up from a percentage is no toll", "The toll has risen to 47, up from 20 percent of the total.", []want{
			{OutcomeKilled, 47, QualExact, "civilians"}}},
		{"an earlier count a toll rose from", "A bomb hit the market. The death toll had risen to 32 from an earlier count of 28.", []want{
			{OutcomeKilled, 32, QualExact, "civilians"}, {OutcomeKilled, 28, QualExact, "civilians"}}},
		{"an earlier figure a toll rose from", "Gunmen stormed the clinic. The toll had risen to 24 from an earlier 14.", []want{
			{OutcomeKilled, 24, QualExact, "civilians"}, {OutcomeKilled, 14, QualExact, "civilians"}}},
		{"a toll revised down to a figure from another", "The toll was revised down to 171 from 195.", []want{
			{OutcomeKilled, 171, QualExact, "civilians"}, {OutcomeKilled, 195, QualExact, "civilians"}}},
		{"a toll that rose from a figure, the new one told before", "Gunmen killed 64 men. Police said the toll had risen from 53 as more bodies were found.", []want{
			{OutcomeKilled, 64, QualExact, "civilians"}, {OutcomeKilled, 53, QualExact, "civilians"}}},
		{"the number of dead is a toll", "\"The number of dead is about 253,\" the minister said, down from the 359 announced by police.", []want{
			{OutcomeKilled, 253, QualAbout, "civilians"}, {OutcomeKilled, 359, QualExact, "civilians"}}},
		{"prisoners of war are their nation's soldiers", "The ministry said 40 Ukrainian prisoners of war had been killed and 75 wounded.", []want{
			{OutcomeKilled, 40, QualExact, "Ukrainian military"}, {OutcomeWounded, 75, QualExact, "Ukrainian military"}}},
		{"POWs of a nation", "Three Russian POWs were killed in the shelling.", []want{{OutcomeKilled, 3, QualExact, "Russian military"}}},
		{"prisoners of war of no nation named", "Two prisoners of war died in the strike.", []want{{OutcomeKilled, 2, QualExact, "unknown"}}},
		{"prisoners are no prisoners of war", "Twelve prisoners were killed in the riot.", []want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a toll among a group", "Five of the attackers had been liquidated, and the death toll among civilians stood at four.", []want{
			{OutcomeKilled, 5, QualExact, "militants"}, {OutcomeKilled, 4, QualExact, "civilians"}}},
		{"a toll among the police", "The toll among the police rose to 12.", []want{{OutcomeKilled, 12, QualExact, "police"}}},
		{"law enforcement officers are police", "One law enforcement officer was killed and 13 were injured in clashes.", []want{
			{OutcomeKilled, 1, QualExact, "police"}, {OutcomeWounded, 13, QualExact, "police"}}},
		{"soldiers who surrendered are captured", "The rebels said 41 Myanmar soldiers had surrendered with their weapons.", []want{
			{OutcomeCaptured, 41, QualExact, "Myanmar military"}}},
		{"Britons are people of a nation, not its army", "Among the dead were at least 38 foreigners, including eight Britons.", []want{
			{OutcomeKilled, 38, QualAtLeast, "civilians"}, {OutcomeKilled, 8, QualExact, "civilians"}}},
		{"a Briton", "A Briton was killed in the attack.", []want{{OutcomeKilled, 1, QualExact, "civilians"}}},
		{"the dead told by their nations", "The ministry said 30 of the dead were British, three were Irish, two German and one Belgian.", []want{
			{OutcomeKilled, 30, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "civilians"},
			{OutcomeKilled, 2, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"the dead of a nation that is a side", "Of the dead, 14 were Israeli.", []want{{OutcomeKilled, 14, QualExact, "Israelis"}}},
		{"a nation's adjective before its noun is no nation's people", "Of the dead, 14 were Israeli soldiers.", []want{{OutcomeKilled, 14, QualExact, "Israeli military"}}},
		{"a clause that tells what a group did before its verb", "He said 29 of the 32 militants who stormed the complex had been killed, and three had been captured alive.", []want{
			{OutcomeKilled, 29, QualExact, "militants"}, {OutcomeCaptured, 3, QualExact, "militants"}}},
		{"a clause with a figure of its own is no group's", "Three soldiers who killed two civilians were arrested.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"members of criminal groups are militants", "Security forces killed nine members of organised criminal groups.", []want{
			{OutcomeKilled, 9, QualExact, "militants"}}},
		{"the deaths of investigators", "The militia has been blamed for the deaths of two U.N. investigators.", []want{
			{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"the killing of a group", "The military blames the group for the killing of more than 40 soldiers and police.", []want{
			{OutcomeKilled, 40, QualMoreThan, "unknown"}}},
		{"the killing of one named by his post is no count", "Police said the killing of the mayor shocked the town.", nil},
		{"a quoted group goes on after its quote", "The ministry said its strike killed \"more than 200 reservists\" of the Ukrainian armed forces.", []want{
			{OutcomeKilled, 200, QualMoreThan, "Ukrainian military"}}},
		{"a vague figure and a counted part of it", "Gunmen killed several civilians, including an Orthodox priest.", []want{
			{OutcomeKilled, unknownValue, QualUnknown, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a breakdown after the agent and the time of a figure", "Activists said at least 21 civilians had been killed by security forces since Monday, including a woman.", []want{
			{OutcomeKilled, 21, QualAtLeast, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a part of a whole counted in words", "Three of the four children were killed.", []want{{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"a part of a whole in a breakdown", "The blast killed 12 people, including three of the four children of a family.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}, {OutcomeKilled, 3, QualExact, "civilians"}}},
		{"others of a group told in no figure", "A soldier was killed. Four workers who escaped were found alive, and several others were still unaccounted for.", []want{
			{OutcomeKilled, 1, QualExact, "unknown"}, {OutcomeMissing, unknownValue, QualUnknown, "civilians"}}},
		{"a one-word clause of what a group did", "Two soldiers who escaped were wounded.", []want{{OutcomeWounded, 2, QualExact, "unknown"}}},
		{"soldiers and police officers are one count, the army's first", "The Russian army said 26 soldiers and police officers had been killed and 93 wounded.", []want{
			{OutcomeKilled, 26, QualExact, "Russian military"}, {OutcomeWounded, 93, QualExact, "Russian military"}}},
		{"people in hospital are hurt", "The health department said 646 hostages were in hospital.", []want{
			{OutcomeWounded, 646, QualExact, "civilians"}}},
		{"people who remain in hospital", "Twelve people remain in hospital.", []want{{OutcomeWounded, 12, QualExact, "civilians"}}},
		{"some of a figure in hospital are no figure", "The minister said 182 people had been wounded, of whom 107 remained in hospital.", []want{
			{OutcomeWounded, 182, QualExact, "civilians"}}},
		{"people in hospital doing something else", "Twelve people were in hospital visiting relatives.", nil},
		{"a toll put at a range", "A local activist put the toll at between 500 and 1,000.", []want{
			{OutcomeKilled, 500, QualAtLeast, "civilians"}}},
		{"a range after an active verb", "Gunmen killed between 20 and 30 people.", []want{
			{OutcomeKilled, 20, QualAtLeast, "civilians"}}},
		{"two verbs of a death", "Twelve villagers were beaten and burned to death.", []want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"two verbs of a death, a vague count", "Scores of civilians were stabbed or hacked to death in the town.", []want{
			{OutcomeKilled, unknownValue, QualUnknown, "civilians"}}},
		{"two people named by nationality", "A Canadian and a Briton were killed.", []want{{OutcomeKilled, 2, QualExact, "civilians"}}},
		{"two people named by nationality among the dead", "An American and a Briton were among the dead.", []want{
			{OutcomeKilled, 1, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a passive of no casualty, then a verb of death", "In one incident, 47 people returning from a demonstration were pulled from their cars and shot dead.", []want{
			{OutcomeKilled, 47, QualExact, "civilians"}}},
		{"lined up and executed", "Twelve men were lined up and executed.", []want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a passive of no casualty, then none", "Twelve men were lined up and questioned.", nil},
		{"people fleeing before their verb", "Twelve civilians fleeing the fighting were killed.", []want{{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"fighters of a liberation front are rebels", "The army said it had killed 550 fighters of the Tigray People's Liberation Front.", []want{
			{OutcomeKilled, 550, QualExact, "rebels"}}},
		{"the army a liberation movement names is no state's", "Troops killed 12 fighters of the Oromo Liberation Army.", []want{
			{OutcomeKilled, 12, QualExact, "rebels"}}},
		{"a post holder named between commas and others", "A bombing killed the Taliban's acting minister, Khalil Haqqani, and five other people.", []want{
			{OutcomeKilled, 1, QualExact, "Taliban"}, {OutcomeKilled, 5, QualExact, "civilians"}}},
		{"a named group's man named by his post", "A channel linked to Wagner said its commander, Sergei Shevchenko, had been killed.", []want{
			{OutcomeKilled, 1, QualExact, "Wagner Group"}}},
		{"a post of no named group", "The army said its commander was killed.", nil},
		{"from a decade is no earlier toll", "The toll has risen to 47 from the 1990s.", []want{
			{OutcomeKilled, 47, QualExact, "civilians"}}},
		{"a toll told past a place's apposition", "The death toll from the bombing in the town of Musayyib, south of Baghdad, rose to 98 on Monday.", []want{
			{OutcomeKilled, 98, QualExact, "civilians"}}},
		{"a toll told past a capital's name", "The death toll from the truck bombing in the Somali capital, Mogadishu, has climbed to at least 300.", []want{
			{OutcomeKilled, 300, QualAtLeast, "civilians"}}},
		{"soldiers of the country of a dateline closed by a dash", "Marines die in clash\n\nZAMBOANGA CITY -- Fourteen Marines were killed and two soldiers are missing, officials said.", []want{
			{OutcomeKilled, 14, QualExact, "Philippine military"}, {OutcomeMissing, 2, QualExact, "Philippine military"}}},
		{"other service members after a nation's marines", "Two U.S. Marines were killed and nine other service members wounded in the raid.", []want{
			{OutcomeKilled, 2, QualExact, "American military"}, {OutcomeWounded, 9, QualExact, "American military"}}},
		{"survived with injuries", "Four monks survived with serious injuries and were taken to hospital.", []want{
			{OutcomeWounded, 4, QualExact, "civilians"}}},
		{"a toll as high as a number", "Newspapers said the death toll was as high as 84.", []want{
			{OutcomeKilled, 84, QualUpTo, "civilians"}}},
		{"a toll among a group as high as a number", "The toll among the paratroopers was as high as 84.", []want{
			{OutcomeKilled, 84, QualUpTo, "unknown"}}},
		{"more than a dozen", "The rebels had lost more than a dozen fighters.", []want{
			{OutcomeKilled, 12, QualMoreThan, "rebels"}}},
		{"people named by their ethnicity", "Police found the bodies of 18 ethnic Albanians in a forest.", []want{
			{OutcomeKilled, 18, QualExact, "civilians"}}},
		{"another before a number", "Air raids overnight killed another 12 civilians in the capital.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a force lost another number of its men", "Armenian forces lost another 40 servicemen on Wednesday.", []want{
			{OutcomeKilled, 40, QualExact, "Armenian military"}}},
		{"a breakdown between commas before the verb", "At least 18 people, 14 of them foreigners, were killed in the siege.", []want{
			{OutcomeKilled, 18, QualAtLeast, "civilians"}, {OutcomeKilled, 14, QualExact, "civilians"}}},
		{"a breakdown in number words between commas", "Nine people, two of them children, were wounded.", []want{
			{OutcomeWounded, 9, QualExact, "civilians"}, {OutcomeWounded, 2, QualExact, "civilians"}}},
		{"among the dead are, in the present", "Among the dead are 57 police officers, the ministry said.", []want{
			{OutcomeKilled, 57, QualExact, "police"}}},
		{"among the wounded is", "Among the wounded is a nurse.", []want{
			{OutcomeWounded, 1, QualExact, "civilians"}}},
		{"a toll that had stood at a number until", "The toll had stood at 14 until a woman died of her wounds.", []want{
			{OutcomeKilled, 14, QualExact, "civilians"}, {OutcomeKilled, 1, QualExact, "civilians"}}},
		{"a toll first given as a number", "The toll, first given as 24, rose overnight.", []want{
			{OutcomeKilled, 24, QualExact, "civilians"}}},
		{"a toll initially given as a number", "The death toll, initially given as 40, was later lowered.", []want{
			{OutcomeKilled, 40, QualExact, "civilians"}}},
		{"losses given as a number are no toll", "Its losses, first given as 12 tanks, were never confirmed.", nil},
		{"an earlier toll told by it", "Officials revised down the death toll from the market bombing to 115, after earlier putting it at more than 130.", []want{
			{OutcomeKilled, 115, QualExact, "civilians"}, {OutcomeKilled, 130, QualMoreThan, "civilians"}}},
		{"it put at a number is no toll without one", "The company valued the damage and put it at more than 130.", nil},
		{"two speakers after a breakdown", "At least 170 people were wounded, among them dozens of children, a police officer and a medical source in Baqouba said.", []want{
			{OutcomeWounded, 170, QualAtLeast, "civilians"}}},
		{"a running count of the massacred", "The killings brought to more than 3,000 the number of civilians massacred in the east.", []want{
			{OutcomeKilled, 3000, QualMoreThan, "civilians"}}},
		{"the number of those murdered", "Police put the number of those murdered at 12.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"soldiers of the country an article names by its name", "GUATEMALA CITY, May 31 - Peasants marched on a town hall in Guatemala's north.\n\nThe Defence Ministry said seven soldiers were wounded.", []want{
			{OutcomeWounded, 7, QualExact, "Guatemalan military"}}},
		{"soldiers of the one nation whose forces the article names", "Thirteen men were shot dead when British paratroopers opened fire on a march.\n\nTwo soldiers were slightly hurt by acid bombs, an army spokesman said.", []want{
			{OutcomeKilled, 13, QualExact, "civilians"}, {OutcomeWounded, 2, QualExact, "British military"}}},
		{"soldiers stay unknown when two nations' forces are named", "Russian troops shelled the town and Ukrainian soldiers returned fire.\n\nTwo soldiers were killed, an army spokesman said.", []want{
			{OutcomeKilled, 2, QualExact, "unknown"}}},
		{"people named by their sect", "Gunmen killed 12 Shiites at a market.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a people named by community", "Militants gunned down 23 Kashmiri Pandits in the village.", []want{
			{OutcomeKilled, 23, QualExact, "civilians"}}},
		{"a breakdown after a list of villages", "The army killed 88 Serbs in the villages of Divoselo, Citluk and Pocitelj, among them 52 civilians.", []want{
			{OutcomeKilled, 88, QualExact, "civilians"}, {OutcomeKilled, 52, QualExact, "civilians"}}},
		{"a named army's own fighters", "An LNA spokesman, Ahmed al-Mismari, said that 11 of its fighters had been killed.", []want{
			{OutcomeKilled, 11, QualExact, "Libyan military"}}},
		{"a rebel movement of an older war", "UNITA said 30 of its fighters had been killed.", []want{
			{OutcomeKilled, 30, QualExact, "rebels"}}},
		{"a count is no group across 'because'", "The toll might rise to 800 because many people were still missing.", nil},
		{"two speakers before the figure", "A police officer and a medical source in the town told reporters that 12 people were killed.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"a victim at the end of a breakdown before one speaker", "Among the wounded were two children and a police officer, a hospital source said.", []want{
			{OutcomeWounded, 2, QualExact, "civilians"}, {OutcomeWounded, 1, QualExact, "police"}}},
		{"shot and killed with an object is active", "Police shot and killed three protesters on Monday.", []want{
			{OutcomeKilled, 3, QualExact, "civilians"}}},
		{"shot and wounded after an auxiliary is passive", "Two policemen were shot and wounded.", []want{
			{OutcomeWounded, 2, QualExact, "police"}}},
		{"a part of men rounded up", "Gunmen rounded up men in the village on Monday and killed 19 of them.", []want{
			{OutcomeKilled, 19, QualExact, "civilians"}}},
		{"shot dead a part of a group", "Gunmen rounded up villagers and shot dead 19 of them.", []want{
			{OutcomeKilled, 19, QualExact, "civilians"}}},
		{"a part of a group a bus was carrying", "Militants stopped a bus carrying 30 policemen and executed 12 of them.", []want{
			{OutcomeKilled, 12, QualExact, "police"}}},
		{"they and them of the sentence before", "Gunmen rounded up the villagers. They slaughtered 19 of them.", []want{
			{OutcomeKilled, 19, QualExact, "civilians"}}},
		{"them with no group told before is no figure", "They slaughtered 19 of them.", nil},
		{"a unit named with its nationality lost its own", "A Belgian battalion fighting on the right flank lost 12 killed and 37 wounded.", []want{
			{OutcomeKilled, 12, QualExact, "Belgian military"}, {OutcomeWounded, 37, QualExact, "Belgian military"}}},
		{"a people named as the subject of lost", "The army said the Chinese had lost at least 10,000 killed along the front.", []want{
			{OutcomeKilled, 10000, QualAtLeast, "Chinese military"}}},
		{"officers and men are one count", "Some 620 British officers and men were listed as missing.", []want{
			{OutcomeMissing, 620, QualAbout, "British military"}}},
		{"men and officers are one count", "Some 620 British men and officers were killed.", []want{
			{OutcomeKilled, 620, QualAbout, "British military"}}},
		{"a breakdown with a relative clause before the verb", "Another 52 villagers, among them councillors who had refused to join the rebellion, were also killed.", []want{
			{OutcomeKilled, 52, QualExact, "civilians"}}},
		{"the number of victims brought to a figure", "Rebels killed 12 villagers, bringing the number of victims to 123.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}, {OutcomeKilled, 123, QualExact, "civilians"}}},
		{"the dead of a people put at a figure", "Officials put the civilian dead at 48.", []want{
			{OutcomeKilled, 48, QualExact, "unknown"}}},
		{"armed intruders of a nationality are armed men, not its army", "Two police commandos and 12 armed Filipino intruders were killed on Friday.", []want{
			{OutcomeKilled, 2, QualExact, "police"}, {OutcomeKilled, 12, QualExact, "militants"}}},
		{"people seized", "Mutinous soldiers at Kindu seized 13 Italian airmen on Saturday.", []want{
			{OutcomeCaptured, 13, QualExact, "Italian military"}}},
		{"towns seized are no figure", "Rebels seized 13 villages.", nil},
		{"men seized, then killed", "The 13 Italian airmen seized at Kindu last Saturday were murdered by soldiers.", []want{
			{OutcomeKilled, 13, QualExact, "Italian military"}}},
		{"men who seized a building, then died", "Roughly 35 guerrillas who seized the building on Wednesday morning died in the fighting.", []want{
			{OutcomeKilled, 35, QualAbout, "rebels"}}},
		{"South Vietnam's soldiers", "Guerrillas killed 112 South Vietnamese soldiers near Binh Gia.", []want{
			{OutcomeKilled, 112, QualExact, "South Vietnamese military"}}},
		{"a government's losses told by its spokesman", "A Vietnamese military spokesman said government losses were 65 killed and more than 100 wounded, in South Viet Nam's worst defeat.", []want{
			{OutcomeKilled, 65, QualExact, "South Vietnamese military"}, {OutcomeWounded, 100, QualMoreThan, "South Vietnamese military"}}},
		{"soldiers of the dateline's country, not of a foreign army named once", "ANSONGO, Mali, Nov 3 (AFP) - Soldiers were still missing after the attack on Friday, the government said. A corporal was killed by a roadside bomb, the French army said.", []want{
			{OutcomeMissing, unknownValue, QualUnknown, "Malian military"}, {OutcomeKilled, 1, QualExact, "French military"}}},
		{"all the people on board", "A helicopter carrying refugees was shot down on Monday, killing all 60 people on board.", []want{
			{OutcomeKilled, 60, QualExact, "civilians"}}},
		{"all the people on board a military plane are of no one side", "A military transport plane carrying 65 captured soldiers crashed, killing all 74 people on board.", []want{
			{OutcomeKilled, 74, QualExact, "unknown"}}},
		{"a country's defence forces named by the country", "U.S. Southern Command said 59 members of the Panama Defense Forces had been killed.", []want{
			{OutcomeKilled, 59, QualExact, "Panamanian military"}}},
		{"members of an armed group are no state's", "SKOPJE, Macedonia (Reuters) - Police said 14 members of an armed group were killed in Kumanovo.", []want{
			{OutcomeKilled, 14, QualExact, "militants"}}},
		{"people taken away", "Residents said the insurgents had also taken away at least 10 women.", []want{
			{OutcomeCaptured, 10, QualAtLeast, "civilians"}}},
		{"bodies taken away are the dead", "Rescuers took away 12 bodies.", []want{
			{OutcomeKilled, 12, QualExact, "civilians"}}},
		{"the number of people confirmed killed", "The number of people confirmed killed rose to 31, police said.", []want{
			{OutcomeKilled, 31, QualExact, "civilians"}}},
		{"a revised toll of mixed dead is of no one side", "The death toll from the attack on the post has risen to 53, including 49 gendarmes and four civilians. The toll had stood at 32 on Tuesday, up from 20.", []want{
			{OutcomeKilled, 53, QualExact, "unknown"}, {OutcomeKilled, 49, QualExact, "police"}, {OutcomeKilled, 4, QualExact, "civilians"},
			{OutcomeKilled, 32, QualExact, "unknown"}, {OutcomeKilled, 20, QualExact, "unknown"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Claim
			for _, c := range Extract(ingest.Article{ID: "t", Text: tt.give}) {
				if c.Kind == KindCasualty {
					got = append(got, c)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d casualty claims %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				c := got[i]
				v := unknownValue
				if c.Count.Value != nil {
					v = *c.Count.Value
				}
				if c.Outcome != w.outcome || v != w.value || c.Count.Qualifier != w.qual || c.Victims.Side != w.side {
					t.Errorf("claim %d = %s %d %s %q, want %s %d %s %q", i, c.Outcome, v, c.Count.Qualifier, c.Victims.Side,
						w.outcome, w.value, w.qual, w.side)
				}
			}
		})
	}
}

// TestOpeningSinceIsCumulative pins a "since" clause that opens the
// sentence and dates the figure over years: a count over the period.
func TestOpeningSinceIsCumulative(t *testing.T) {
	for _, tt := range []struct{ give, want string }{
		{"Since the rebellion began in March 2011, the fighting has caused more than 2,000 deaths, officials say.", ScopeCumulative},
		{"Since Monday, 12 people have been killed in the town, officials say.", ScopeIncident},
	} {
		claims := Extract(ingest.Article{ID: "t", Text: tt.give, Published: "2014-06-12"})
		if len(claims) == 0 || claims[0].Kind != KindCasualty || claims[0].Scope != tt.want {
			t.Errorf("%q: claims %+v, want a %s casualty first", tt.give, claims, tt.want)
		}
	}
}

func TestCasualtyScope(t *testing.T) {
	tests := []struct {
		give      string
		wantScope string
	}{
		{"The war has killed more than 400,000 people.", ScopeCumulative},
		{"Georgia said 133 civilians had been killed in the five-day war.", ScopeCumulative},
		{"134 civilians were killed in South Ossetia during the conflict.", ScopeCumulative},
		{"The deaths brought to 58 the number of soldiers killed since the siege began.", ScopeCumulative},
		{"Sixteen Israeli soldiers died in the first week of the invasion.", ScopeCumulative},
		{"Leftist guerrillas killed 31 soldiers in an ambush, in one of the heaviest losses in the 32-year-old war.", ScopeIncident},
		{"A bomber killed 54 people at a wedding, the worst attack in the five-year Syrian war.", ScopeIncident},
		{"Three soldiers were killed in the war-torn region on Monday.", ScopeIncident},
		{"2,400 Iranians were killed on Thursday alone.", ScopeIncident},
		{"More than 1,000 people were killed in a single day.", ScopeIncident},
		{"More than 1,000 people have been killed.", ScopeCumulative},
		{"The war between the army and the RSF has killed more than 200 people.", ScopeCumulative},
		{"The war between the military and the RSF, which erupted in April 2023, has killed more than 20,000 people, though the true toll is likely far higher.", ScopeCumulative},
		{"The war monitor said 12 people have been killed.", ScopeIncident},
		{"The total toll rose to 42.", ScopeIncident},
		{"At least 500 civilians have been killed since December.", ScopeCumulative},
		{"Nearly 300 people have been killed since Sept. 4.", ScopeCumulative},
		{"So far 120 soldiers have died.", ScopeCumulative},
		{"\"We have so far counted nine dead and 20 wounded,\" a police officer told Reuters.", ScopeIncident},
		{"Rescuers have so far recovered 14 bodies from the rubble.", ScopeIncident},
		{"A strike killed 12 civilians on Monday.", ScopeIncident},
		{"Some 560 Palestinians have been killed since then.", ScopeCumulative},
		{"Twelve civilians were killed then, police said.", ScopeIncident},
		// A day earlier in the month or year is a date, not a span.
		{"The blast killed a dozen people at a checkpoint earlier this month.", ScopeIncident},
		{"Gunmen killed nine villagers early this year.", ScopeIncident},
		{"So far this year 300 soldiers have been killed.", ScopeCumulative},
		// Thousands killed in one incident are its toll; thousands in
		// a war or in attacks, a tally.
		{"More than 8,000 Muslim men and boys were killed in the Srebrenica massacre.", ScopeIncident},
		{"Around 1,000 people died in the massacre.", ScopeIncident},
		{"Around 1,000 people have died in the war.", ScopeCumulative},
		{"Some 1,200 people were killed in the attacks.", ScopeCumulative},
		{"Militants killed about 1,200 people in the Oct. 7 attack on southern Israel.", ScopeIncident},
		{"The pager explosions wounded about 2,800 people across Lebanon.", ScopeIncident},
		{"The attacks wounded about 2,800 people across Lebanon.", ScopeCumulative},
		{"The army said its death toll in the ground offensive had risen to 290.", ScopeCumulative},
		{"A truck bomb killed 1,200 people in Mogadishu on Saturday.", ScopeIncident},
		{"A missile strike killed 1,000 soldiers at the base.", ScopeIncident},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			// The first casualty claim (an event the sentence tells may
			// come before it).
			claims := Extract(ingest.Article{ID: "t", Text: tt.give})
			k := slices.IndexFunc(claims, func(c Claim) bool { return c.Kind == KindCasualty })
			if k < 0 || claims[k].Scope != tt.wantScope {
				t.Fatalf("claims %+v, want one %s casualty", claims, tt.wantScope)
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{"Israeli strikes killed 12 fighters, war monitor SOHR said.", "SOHR"},
		{"The Britain-based Syrian Observatory for Human Rights said 19 soldiers were killed.", "Syrian Observatory for Human Rights"},
		{"According to the UN, 400 civilians were killed.", "UN"},
		{"Five militants were killed, Observatory head Rami Abdel Rahman said.", "Rami Abdel Rahman"},
		{"Five militants were killed.", ""},
		{"Both sides reported casualties, with Azerbaijan saying it had lost 84 soldiers.", "Azerbaijan"},
		{"Fighting continued, with the army saying 20 rebels were killed.", "army"},
		{"The ministry issued a statement saying 12 soldiers had been killed.", "ministry"},
		{"He was armed with a rifle saying nothing, and five soldiers were killed.", ""},
		{"Police shot and killed a man who they said had opened fire on officers.", ""},
		{"Soldiers shot dead two men who witnesses said were unarmed.", ""},
		{"Two soldiers were killed, a doctor who asked not to be named said.", "doctor"},
		{"Local historians who have interviewed witnesses say more than 30 people died.", "Local historians"},
		{"Troops killed three militants who the army said were planning an attack.", ""},
		{"The ministry conceded that 12 soldiers had died.", "ministry"},
		{"The Wagner Group acknowledged losing dozens of fighters in the battle.", "Wagner Group"},
		{"The army admitted to having lost 12 soldiers.", "army"},
		{"No group immediately claimed responsibility for the blast, which killed five people.", ""},
		{"Five people were killed in the blast, and no group claimed responsibility.", ""},
		{"Strikes killed two people in Hodeidah on Wednesday, al-Masirah TV reported.", "al-Masirah TV"},
		{"Two Russian soldiers were captured near Bakhmut, Ukraine's 110th Mechanised Brigade said.", "Ukraine's 110th Mechanised Brigade"},
		{"U.S. officials on Wednesday lowered their count of the dead to 117.", "U.S. officials"},
		{"Amnesty International is concerned by reports that soldiers executed 19 people.", ""},
		{"The Legal Aid Office denounces the massacre of more than 200 peasants by troops.", "Legal Aid Office"},
		{"The committee said 129 were killed, up from 83 dead it had reported on Sunday.", "committee"},
		{"A U.N. report this week said 1,174 civilians were killed.", "U.N. report"},
		{"The head of the camp, Ali Musa, said 12 people were killed.", "Ali Musa"},
		{"\"We are overwhelmed,\" the bishop of Alindao, Cyr-Nestor Yapaupa, told Reuters by telephone. He said 100 people were missing.", "Cyr-Nestor Yapaupa"},
		{"Official figures say more than 20,000 people have been killed.", "Official figures"},
		{"Dozens of people had been abducted, said Bishop Carlos Filipe Ximenes Belo.", "Carlos Filipe Ximenes Belo"},
		{"At least 25 people were killed, said Father Rafael dos Santos.", "Rafael dos Santos"},
		{"An army spokesman, Ahmed al-Mismari, said that 11 soldiers had been killed.", "Ahmed al-Mismari"},
		{"Four Canadian soldiers were slightly wounded, said Commandant Shannon Boyle.", "Shannon Boyle"},
		{"About 20 people were still missing, said Diyala provincial council member Aws al-Saadi.", "Aws al-Saadi"},
		{"Two military sources said seven soldiers were killed on Sunday. Five civilians died in a second ambush, one of the sources said.", "Two military sources"},
		{"Local sources put the number of dead at 138 and said dozens had been wounded.", "Local sources"},
		{"American sources put the Vietnamese dead at nearly 80.", "American sources"},
		{"The army lost 12 soldiers, and said 40 rebels were killed.", "army"},
		{"Three people died and officials said 12 were wounded.", "officials"},
		{"The human rights commission later put the death toll at 400.", "human rights commission"},
		{"An initial count had put the number of dead soldiers at 17.", ""},
		{"Armenia puts its losses at 71.", "Armenia"},
		{"Local officials placed the death toll at 30.", "Local officials"},
		// Who keeps figures, not the figures.
		{"At least 40 people were killed, according to figures compiled by the UN human rights office.", "UN human rights office"},
		{"Bandits have killed more than 2,600 civilians this year, according to data compiled by the U.S.-based Armed Conflict Location and Event Data Project.", "Armed Conflict Location and Event Data Project"},
		// Initials that end the sentence keep their dots.
		{"More than 3,600 people have been killed in the first six months of the year, according to the U.N.", "U.N."},
		// A participle describing the statement is not a verb of its own.
		{"Russia's defence ministry, in a statement posted on Telegram, said its air defences had destroyed 12 drones and that two soldiers were wounded.", "Russia's defence ministry"},
		// A figure as it was reported earlier names no one reporting it.
		{"The death toll climbed to 43 on Thursday, a volunteer group said, up from 25 reported on Wednesday.", "volunteer group"},
		// A source speaking in a clause of its own after ", while" is not
		// the figure's.
		{"The RSF said its fighters had killed 120 soldiers and captured dozens, while the army said it had killed hundreds of militiamen.", "RSF"},
		// A time before the subject is not the source.
		{"Earlier in the day authorities had put the toll at 12.", "authorities"},
		{"Air strikes killed an estimated 60 people at the festival, a rescue service said.", "rescue service"},
		{"An ambush claimed by an al-Qaeda-linked group killed 23 soldiers.", ""},
		{"The army said 10 soldiers died. The toll included three officers, it said.", "army"},
		{"KYIV (Reuters) - Russia's defence ministry said 400 Ukrainian soldiers were killed.", "Russia's defence ministry"},
		{"Two people were killed, the Huthi rebels' health ministry said.", "Huthi rebels' health ministry"},
		{"A member of the local People's Defence Force, who spoke on condition of anonymity, said 30 people were wounded.", "member of the local People's Defence Force"},
		{"JNIM, al Qaeda's affiliate in the Sahel, claimed responsibility and said it had killed 300 soldiers.", "JNIM"},
		{"A military officer, Captain Abdi Hassan, told Reuters that seven soldiers had died.", "Abdi Hassan"},
		{"Two soldiers remain missing, said Lt. Col. Ariel Caculitan, a spokesman for the command.", "Ariel Caculitan"},
		{"Two Marines were killed, the NATO-led International Security Assistance Force said.", "International Security Assistance Force"},
		{"Three soldiers were killed, according to Brig. Gen. Juan Perez.", "Juan Perez"},
		{"More than 5,000 people have been killed this year, according to U.N. figures.", "U.N."},
		{"Another officer was wounded, according to a police report seen by Reuters.", "police report"},
		{"Earlier the police had given the toll as 56 killed.", "police"},
		{"The spokesman had earlier put the dead at seven.", "spokesman"},
		{"Human rights groups estimate that some 12,000 people were killed last year.", "Human rights groups"},
		// "reports of" is a noun; a source that did not comment "but said".
		{"The U.N. mission said its peacekeepers had confirmed 15 dead, and that it had received reports of at least 30 people missing.", "U.N. mission"},
		{"Russia's defence ministry did not comment on the strike but said Ukraine had lost up to 135 servicemen.", "Russia's defence ministry"},
		// A title before the name set beside it.
		{"The Defence Minister, Pieter Botha, told parliament that 11 soldiers were wounded in the raid.", "Pieter Botha"},
		// A tally or count based on others' figures is its keeper's.
		{"More than 400 civilians have been killed, according to an AFP tally based on the Observatory's figures.", "AFP"},
		{"More than 80,000 people have been killed, according to a Reuters count based on official figures.", "Reuters"},
		{"At least 40 civilians were killed, a local resistance committee said. The committee said 100 others were wounded.", "local resistance committee"},
		{"The Britain-based monitor, which relies on sources inside Syria, said the dead included three children.", ""},
		{"Two soldiers were killed, a spokesman for the army's 5th Division, Captain Ana Ruiz, said.", "Ana Ruiz"},
		{"Eleven people were killed, according to the Kathmandu Post newspaper.", "Kathmandu Post"},
		// "the group" is the organisation named before.
		{"Plataforma Decide, a civil society group, said the toll was higher. According to the group, 151 people have been killed.", "Plataforma Decide"},
		{"Nine people were killed, the Sudan Doctors Network said. The activist group said 20 others were wounded.", "Sudan Doctors Network"},
		// A title before a person's name is dropped for the name.
		{"A drone attack injured three people, Governor Ivan Fedorov said.", "Ivan Fedorov"},
		{"A drone attack wounded 14 people, Mayor Ihor Terekhov said.", "Ihor Terekhov"},
		{"Ten soldiers were killed, Deputy Interior Minister Majid Mirahmadi said.", "Majid Mirahmadi"},
		{"Shelling killed two people, Head of the Kherson Regional Military Administration Oleksandr Prokudin reported.", "Oleksandr Prokudin"},
		{"Russia lost 1,200 soldiers, the General Staff of Ukraine's Armed Forces said.", "General Staff of Ukraine's Armed Forces"},
		{"Five people were killed, the Ministry of Health said.", "Ministry of Health"},
		// Who runs a source is a descriptor, dropped as "-based" is.
		{"Two people were killed, the Houthi-run health ministry said.", "health ministry"},
		{"U.S. strikes killed 68 people, the Houthi-run Al Masirah TV said.", "Al Masirah TV"},
		{"Two people were killed, Al Jazeera reported.", "Al Jazeera"},
		// Monitors report what they count: "has verified", "has documented".
		{"The UN Human Rights Monitoring Mission in Ukraine has verified that 11,743 civilians have been killed.", "UN Human Rights Monitoring Mission in Ukraine"},
		{"More than 700 people have been reported missing, according to the prosecutors' office.", "prosecutors' office"},
		// A later, shorter mention is the source named in full before.
		{"Rebels killed at least 42 people, a local civil society leader said. Several people were still missing, the civil society leader said.", "local civil society leader"},
		{"The IDF said it had killed 50 terrorists. A soldier was killed on Monday, the military said.", "IDF"},
		// "The ministry" is a ministry named before, or just "ministry",
		// never another kind of source named before.
		{"The Ministry of Health said 12 people died. A spokesman said the toll could rise. Later, 14 people were reported dead, the ministry said.", "Ministry of Health"},
		{"Nine rebels were killed, the ministry said.", "ministry"},
		// A source's seat told by "there", an honorific before a surname.
		{"Gunmen abducted 15 pupils, police there said.", "police"},
		{"Two residents were wounded, Mr Madaki said.", "Madaki"},
		{"At least 60 people were injured, Commissioner Atta-ul-Munim said.", "Atta-ul-Munim"},
		{"The strike killed two soldiers, the spokesman said.", "spokesman"},
		// A participle after a comma goes on with the verb before it.
		{"The Arakan Army denied the claim, saying its fighters had killed 11 soldiers.", "Arakan Army"},
		// A source gives a toll.
		{"The regional health office put the death toll at 64.", "regional health office"},
		{"The monitoring group Airwars, which tracks civilian harm, gave a toll of 40 dead.", "Airwars"},
		{"An earlier tally from local volunteers had put the number of dead at 43.", "local volunteers"},
		{"Exiled activists put the toll higher, at 82, and said at least 10 of the dead were children.", "Exiled activists"},
		// A source cited by the one speaking is not the speaker.
		{"Three soldiers were killed in the ambush, the interior ministry said in a statement, citing field commanders.", "interior ministry"},
		{"The regional health office, citing hospital records, put the toll at 64.", "regional health office"},
		// A reporting verb in a clause telling when is no attribution.
		{"Nine people have died in the unrest since Friday, when the electoral commission announced the results, police said.", "police"},
		// An office before a title is dropped with it.
		{"At least 14 people were killed, Defence Minister Ana Torres said.", "Ana Torres"},
		{"Five gunmen died in the shootout, Bavarian Interior Minister Bruno Merk told a news conference.", "Bruno Merk"},
		// A rank joined by a hyphen; an initial keeps its full stop.
		{"Lieutenant-General K. Sundarji told a news conference that 59 soldiers had died.", "K. Sundarji"},
		// A relative clause without commas tells of the source.
		{"At the hospital, a doctor who asked not to be named said 12 of the wounded had lost limbs.", "doctor"},
		{"Residents said the toll was higher, and a church worker who fled the city told reporters he had counted more than 200 bodies.", "church worker"},
		// A body's one-word name before what it is.
		{"Attackers killed 29 people, the official Xinhua news agency said.", "Xinhua"},
		// A passive names no one who reports.
		{"More than 250 people have been killed since the result was announced on Sunday, according to the Kenya Red Cross.", "Kenya Red Cross"},
		// A participle describing a noun reports nothing.
		{"Rescuers pulled more bodies from a grave on Friday, raising the confirmed death toll to 77, officials said.", "officials"},
		// A tally is its keeper's; what the body is goes with it.
		{"The toll rose to more than 440, according to a tally by the Assistance Association for Political Prisoners (AAPP) advocacy group.", "Assistance Association for Political Prisoners"},
		// A source told of in a "where" clause; a time that opens the subject.
		{"The college in Ayotzinapa, where the students studied, said on Saturday that 57 students were missing.", "college in Ayotzinapa"},
		{"By Thursday night police said three suspects had been killed.", "police"},
		// The name set beside an inverted source.
		{"More than 250 people were wounded, said the town's medical superintendent, Dr Moeen Uddin Siddiqui, adding that beds were short.", "Moeen Uddin Siddiqui"},
		// "it" is the body that opened the sentence before, reporting nothing.
		{"Russia's defence ministry did not comment on the strike. It said its forces had killed up to 1,315 Ukrainian servicemen.", "Russia's defence ministry"},
		// A place and words describing the source's noun.
		{"More than 200 people were wounded, according to a doctor at Najaf's main hospital, who said the toll would rise.", "doctor at Najaf's main hospital"},
		// A "when" clause that says who gave the figures.
		{"The toll stood at 16 on Sunday evening, when the interior ministry said that 14 civilians had died.", "interior ministry"},
		{"By late on Thursday the number of confirmed dead had risen to seven, Rear Admiral Craig Quigley told reporters.", "Craig Quigley"},
		// How a source's words reached the reporter is not the source.
		{"A rebel communique broadcast on a radio station said 80 soldiers were dead.", "rebel communique"},
		// A rank's abbreviation before the name set beside a title.
		{"The 4th Division spokesman, Lt. Paddy Ankunda, said the rebels overpowered the guards. He said troops killed 12 rebels.", "Paddy Ankunda"},
		// "the Navy" is not the "Navy officials" named before.
		{"Navy officials said a boat pulled up alongside the ship. Eleven of the injured were flown to Germany, the Navy said.", "Navy"},
		// "the ombudsman" is the "Ombudsman's Office" named before.
		{"At least 17 people died, the Ombudsman's Office reported. The toll since December rose to 46, the ombudsman said.", "Ombudsman's Office"},
		// An ampersand in a name stays in it.
		{"Four guards were wounded in the attack, Lloyd & Partners Ltd said.", "Lloyd & Partners Ltd"},
		{"Two engineers were killed, AT&T said.", "AT&T"},
		// A statement's source is who issued it.
		{"Five soldiers were killed, according to a statement from the army's press office.", "army's press office"},
		{"According to a statement issued by the army, 12 soldiers died.", "army"},
		{"Troops killed 400 villagers, according to a report compiled by missionary priests and published in London.", "missionary priests"},
		// Who admits a death tells it; the hurt admitted to hospital
		// tell nothing.
		{"The coalition admitted that its air strike had killed 14 civilians.", "coalition"},
		{"Forty wounded were admitted to hospital.", ""},
		// The World Health Organization is no relative "who".
		{"More than 500 people have been killed in clashes, the WHO said.", "WHO"},
		{"According to the WHO, 500 people have been killed.", "WHO"},
		// A place named for a man called Said says nothing.
		{"Israeli jets bombed Egyptian positions near Port Said on Sunday, killing 12 soldiers.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			claims := Extract(ingest.Article{ID: "t", Text: tt.give})
			if len(claims) == 0 {
				t.Fatal("no claims")
			}
			for _, c := range claims {
				if c.AttributedTo != tt.want {
					t.Errorf("%q attributed to %q, want %q", c.Quote, c.AttributedTo, tt.want)
				}
			}
		})
	}
}

// TestNegatedTollGiverIsNoSource checks that a subject that does not give
// a figure ("It did not give its own losses") is the source of no claim of
// its sentence, events included.
func TestNegatedTollGiverIsNoSource(t *testing.T) {
	for _, text := range []string{
		"It did not give its own losses, but a security source said two soldiers died in the clash.",
		"The army did not give its own losses, but a security source said two soldiers died in the clash.",
		"The ministry has yet to give a toll, but a security source said two soldiers died in the clash.",
	} {
		claims := Extract(ingest.Article{ID: "a", Text: text})
		if len(claims) == 0 {
			t.Fatalf("%q: no claims", text)
		}
		for _, c := range claims {
			if c.AttributedTo != "security source" {
				t.Errorf("%q: %s claim %q attributed to %q, want the security source", text, c.Kind, c.Quote, c.AttributedTo)
			}
		}
	}
}

// TestTollPutDayIsNoDeathDay: the day a toll was given ("On Sunday it had
// put the European dead at 48") dates the count, not the deaths, which
// keep the day of the attack told before; nor does it carry to the
// figures told after it.
func TestTollPutDayIsNoDeathDay(t *testing.T) {
	text := "ALGIERS, Aug. 23 (AFP) - The number of Europeans killed in Saturday's rebel attacks on Philippeville has risen to 71, the Government-General announced today. On Sunday it had put the European dead at 48.\n\n" +
		"Another 52 Moslems were also killed by the rebels, the communique said."
	text += "\n\nThe Health Ministry on Tuesday revised the number of dead from the attacks down to 69."
	want := map[string]string{"the European dead at 48": "1955-08-20", "52 Moslems were also killed": "1955-08-20",
		"number of dead from the attacks down to 69": "1955-08-20"}
	got := figureDays(text, "1955-08-23")
	for q, d := range want {
		if got[q] != d {
			t.Errorf("%q dated %q, want %q (all: %v)", q, got[q], d, got)
		}
	}
}

// TestTollRaisedByADeath: the day a later death raised a toll ("died in
// hospital Wednesday, raising the death toll to 19") is not the attack's,
// which "last week's bombing" tells; the day of a shooting that raised a
// toll ("opened fire on Sunday, raising its earlier toll") is.
func TestTollRaisedByADeath(t *testing.T) {
	tests := []struct{ text, quote, want string }{
		{"A woman injured in last week's bombing of an apartment building in Volgodonsk died in hospital Wednesday, raising the death toll in the attack to 19, officials said.",
			"death toll in the attack to 19", "1999-09-12"},
		{"Guards opened fire in Nisour Square on Sunday, killing 17 people, raising an earlier toll of 11.",
			"killing 17 people", "1999-09-19"},
	}
	for _, tt := range tests {
		if got := figureDays(tt.text, "1999-09-23")[tt.quote]; got != tt.want {
			t.Errorf("%q dated %q, want %s", tt.quote, got, tt.want)
		}
	}
}

// figureDays returns the first day of each dated casualty figure of an
// article, by its quote.
func figureDays(text, published string) map[string]string {
	days := map[string]string{}
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: published}) {
		if c.Kind == KindCasualty && c.Date.Start != nil {
			days[c.Quote] = *c.Date.Start
		}
	}
	return days
}

// TestPartsTakeTheirFigurePlace checks that the parts of a figure told
// after a colon are where the figure is.
func TestPartsTakeTheirFigurePlace(t *testing.T) {
	text := "Eight members of the security forces were killed near Tetovo: four soldiers and four police officers."
	n := 0
	for _, c := range Extract(ingest.Article{ID: "a", Text: text, Published: "2001-04-29"}) {
		if c.Kind != KindCasualty {
			continue
		}
		n++
		if c.Location == nil || c.Location.Name != "Tetovo" {
			t.Errorf("%q: place %v, want Tetovo", c.Quote, c.Location)
		}
	}
	if n != 3 {
		t.Errorf("%d figures, want 3", n)
	}
}

// TestCountIsNoModifier checks that a count opening a sentence is not read
// as a modifier of a group of no number: "Thirteen people, including two
// women who lived in quarters near the centre, were injured" may be read
// whole or not at all, never as an unknown number of people.
func TestCountIsNoModifier(t *testing.T) {
	text := "Thirteen people, including two women who lived in quarters near the centre, were injured."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2020-03-04"}) {
		if c.Kind == KindCasualty && c.Count.Value == nil {
			t.Errorf("claim %q has no count", c.Quote)
		}
	}
}

// TestGappedItemOwnPlace checks that a gapped item ("and four at a base in
// Helmand") takes its head's source and day and the place of its own
// words, or none when its words name a place the gazetteer does not know.
func TestGappedItemOwnPlace(t *testing.T) {
	text := "Eight soldiers were killed at a checkpoint near Kandahar on Sunday and four at a base in Helmand, a ministry spokesman said. " +
		"Fifteen people were killed in Kabul, five at the Casa Nostra pizzeria and two in Herat, police said."
	got := map[int][3]string{}
	for _, c := range Extract(ingest.Article{ID: "g", Text: text, Published: "2020-03-03"}) {
		if c.Kind != KindCasualty || c.Count.Value == nil {
			continue
		}
		place, day := "", ""
		if c.Location != nil {
			place = c.Location.Name
		}
		if c.Date.Start != nil {
			day = *c.Date.Start
		}
		got[*c.Count.Value] = [3]string{place, day, c.AttributedTo}
	}
	want := map[int][3]string{
		8:  {"Kandahar", "2020-03-01", "ministry spokesman"},
		4:  {"Helmand", "2020-03-01", "ministry spokesman"},
		15: {"Kabul", "2020-03-01", "police"},
		5:  {"", "2020-03-01", "police"},
		2:  {"Herat", "2020-03-01", "police"},
	}
	for v, w := range want {
		if got[v] != w {
			t.Errorf("figure %d: place, day, source = %q, want %q", v, got[v], w)
		}
	}
}

// TestWarTollAfterIncident checks that a bare war toll told on its own
// after an incident's figures does not take their side.
func TestWarTollAfterIncident(t *testing.T) {
	text := "At least four policemen figure among the dead, a source said. The violence in Algeria has made more than 30,000 dead according to unofficial estimates."
	for _, c := range Extract(ingest.Article{ID: "w", Text: text, Published: "1995-01-31"}) {
		if c.Kind == KindCasualty && c.Count.Value != nil && *c.Count.Value == 30000 && c.Victims.Side != SideCivilians {
			t.Errorf("war toll side %q, want %q", c.Victims.Side, SideCivilians)
		}
	}
}

// casualtyVictims returns the victims' groups of the casualty figures
// Extract finds in text, as written.
func casualtyVictims(text string) []string {
	var out []string
	for _, c := range Extract(ingest.Article{ID: "g", Text: text, Published: "2020-03-05"}) {
		if c.Kind == KindCasualty {
			out = append(out, c.Victims.Text)
		}
	}
	return out
}

// TestGroupEndsBeforeTime checks that a time phrase after a group's "of"
// phrase is not read as part of the group.
func TestGroupEndsBeforeTime(t *testing.T) {
	for give, want := range map[string]string{
		"Gunmen killed seven members of the family late Saturday, police said.": "seven members of the family",
		"Gunmen killed seven members of a family early on Sunday.":              "seven members of a family",
		"Gunmen killed 12 members of the village militia last week.":            "12 members of the village militia",
		"Gunmen killed seven members of the family Sunday.":                     "seven members of the family",
	} {
		if got := casualtyVictims(give); len(got) != 1 || got[0] != want {
			t.Errorf("%q: victims %q, want [%q]", give, got, want)
		}
	}
}

// TestEarlierTollGroup checks that a toll's earlier figure is told by its
// own count, not the new toll's.
func TestEarlierTollGroup(t *testing.T) {
	for give, want := range map[string][]string{
		"The toll from the bombing has been revised down to 28 from 33, officials said.": {"28", "33"},
		"The army revised its toll to 45 from thirty-two.":                               {"45", "thirty-two"},
	} {
		if got := casualtyVictims(give); !slices.Equal(got, want) {
			t.Errorf("%q: victims %q, want %q", give, got, want)
		}
	}
}

// TestHurtBesideTheDeadIsTheIncidents checks that thousands wounded,
// told after the dead of one incident in the same clause, are that
// incident's, not a running count by their size; a war's stay a count.
func TestHurtBesideTheDeadIsTheIncidents(t *testing.T) {
	for _, tt := range []struct {
		give, want string
	}{
		{"Last week, pagers exploded across Lebanon, killing 39 people and wounding nearly 3,000.", ScopeIncident},
		{"The blast at the port killed 135 people and injured about 5,000, the health ministry said.", ScopeIncident},
		{"The war has killed 500 soldiers and wounded 3,000 since March.", ScopeCumulative},
	} {
		t.Run(tt.give, func(t *testing.T) {
			n := 0
			for _, c := range Extract(ingest.Article{ID: "t", Text: tt.give, Published: "2024-09-25"}) {
				if c.Kind != KindCasualty {
					continue
				}
				n++
				if c.Scope != tt.want {
					t.Errorf("%q: scope %s, want %s", c.Quote, c.Scope, tt.want)
				}
			}
			if n != 2 {
				t.Fatalf("%d casualty claims, want 2", n)
			}
		})
	}
}
