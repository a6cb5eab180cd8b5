package extract

import (
	"fmt"
	"testing"
)

func TestZZPlaces(t *testing.T) {
	for _, s := range []string{
		"ADDIS ABABA (Reuters) - A drone strike on a busy market in the town of Wegel Tena in Ethiopia's Amhara region killed at least 30 people on Sunday, a doctor and two residents said.",
		"A roadside bomb killed four civilians travelling in a minivan in Kunduz province's Chahar Dara district on Saturday, a provincial spokesman said.",
		"In the northern city of Aleppo, government air strikes killed at least 22 people in the rebel-held Sukkari neighbourhood, the Syrian Observatory for Human Rights said.",
		"The Observatory says more than 250,000 people have been killed in Syria's conflict since 2011.",
		"Civil society leader Jean-Paul Kasereka said 14 bodies had been recovered there by Wednesday morning and that several houses had been burned.",
		"GOMA, Democratic Republic of Congo (Reuters) - Fighters from the Allied Democratic Forces attacked the village of Kalau in North Kivu's Beni territory overnight, the army said on Wednesday.",
	} {
		for _, h := range findPlaces(s) {
			fmt.Printf("%q %d-%d %+v\n", s[h.Start:h.End], h.Start, h.End, h.Place)
		}
		fmt.Println("--")
	}
}
