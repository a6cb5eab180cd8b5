package project

import (
	"testing"

	"github.com/claimline/claimline/extract"
)

// TestPlaceInTownInRegion: a place the gazetteer does not know, told as in
// a town it knows ("the Ajilari Cross area of Maiduguri"), lies in the
// town's region too, so a report placed at the region may tell of it; two
// towns of one region stay apart.
func TestPlaceInTownInRegion(t *testing.T) {
	inTown := placeOf(&extract.Place{Text: "Ajilari Cross", Name: "Ajilari Cross", Region: "Maiduguri"})
	region := placeOf(&extract.Place{Text: "Borno", Name: "Borno"})
	if !inTown.compatible(region) || !region.compatible(inTown) {
		t.Errorf("Ajilari Cross in Maiduguri and Borno: not compatible (upper %q)", inTown.upper)
	}
	other := placeOf(&extract.Place{Text: "Bama", Name: "Bama", Region: "Borno"})
	if inTown.compatible(other) {
		t.Errorf("Ajilari Cross in Maiduguri and Bama in Borno: compatible")
	}
}
