package extract

import "testing"

// TestContainedIn checks that a place the gazetteer does not know takes
// its region from the place the sentence puts it in, and only then.
func TestContainedIn(t *testing.T) {
	tests := []struct {
		give, place, wantName, wantRegion string
	}{
		{"Gunmen killed 12 people in the village of Kwall in Plateau state.", "Kwall", "Kwall", "Plateau"},
		{"A drone killed four civilians in the town of Kupiansk in Ukraine's Kharkiv region.", "Kupiansk", "Kupiansk", "Kharkiv"},
		{"A missile killed 49 people in the village of Hroza in Ukraine's northeastern Kharkiv region.", "Hroza", "Hroza", "Kharkiv"},
		{"Gunmen killed 12 people in the village of Kwall in Nigeria's central Plateau state.", "Kwall", "Kwall", "Plateau"},
		{"Gunmen attacked Kwall community in Bassa local government area of Plateau State.", "Bassa", "Bassa", "Plateau"},
		{"Gunmen attacked Kwall community in Bassa local government area of Plateau State.", "Plateau State", "Plateau", "Nigeria"},
		{"Two soldiers died in Tessit, Mali, on Friday.", "Tessit", "Tessit", "Mali"},
		{"Fighting raged in Tessit in northern Mali.", "Tessit", "Tessit", "Mali"},
		{"Rebels attacked positions in Kamanyola in Congo's South Kivu province.", "Kamanyola", "Kamanyola", "South Kivu"},
		{"Fighters stormed the village of Wad al-Noura in the Managil locality of Gezira state.", "Wad al-Noura", "Wad al-Noura", "Gezira"},
		{"Fighting raged in Tessit in north-eastern Mali.", "Tessit", "Tessit", "Mali"},
		{"Fighting raged in Tessit in northern-central Mali.", "Tessit", "Tessit", "Mali"},
		// A list, a place near another, countries side by side: no region.
		{"Shelling hit villages in Tessit, Menaka and Gao.", "Tessit", "Tessit", ""},
		{"Troops fought near Tessit near Gao.", "Tessit", "Tessit", ""},
		{"Strikes hit targets in Tessit and Gao.", "Tessit", "Tessit", ""},
		{"Militants crossed from Iraq, Syria and Turkey.", "Iraq", "Iraq", ""},
	}
	for _, tt := range tests {
		var found bool
		for _, h := range findPlaces(tt.give) {
			if h.Place.Text != tt.place {
				continue
			}
			found = true
			if h.Place.Name != tt.wantName || h.Place.Region != tt.wantRegion {
				t.Errorf("%q: %q is %q in %q, want %q in %q", tt.give, tt.place, h.Place.Name, h.Place.Region, tt.wantName, tt.wantRegion)
			}
		}
		if !found {
			t.Errorf("%q: no place %q in %+v", tt.give, tt.place, findPlaces(tt.give))
		}
	}
}
