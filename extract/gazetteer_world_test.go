package extract

import (
	"strings"
	"testing"
)

// TestCountryOfWorld checks that places of the world gazetteer lead to
// their countries through their regions, as written in text.
func TestCountryOfWorld(t *testing.T) {
	tests := []struct{ text, wantName, wantCountry string }{
		{"Bogota", "Bogota", "Colombia"},
		{"Bogotá", "Bogota", "Colombia"},
		{"Goma", "Goma", "DR Congo"},
		{"Bukavu", "Bukavu", "DR Congo"},
		{"Maiduguri", "Maiduguri", "Nigeria"},
		{"Kharkiv", "Kharkiv", "Ukraine"},
		{"Kupiansk", "Kupiansk", "Ukraine"},
		{"El Fasher", "El Fasher", "Sudan"},
		{"Nyala", "Nyala", "Sudan"},
		{"Wad Madani", "Wad Madani", "Sudan"},
		{"Mosul", "Mosul", "Iraq"},
		{"Khan Younis", "Khan Younis", "Palestinian territories"},
		{"Quetta", "Quetta", "Pakistan"},
		{"Miran Shah", "Miran Shah", "Pakistan"},
		{"Sittwe", "Sittwe", "Myanmar"},
		{"Marawi", "Marawi", "Philippines"},
		{"Culiacan", "Culiacan", "Mexico"},
		{"Port-au-Prince", "Port-au-Prince", "Haiti"},
		{"Democratic Republic of Congo", "DR Congo", "DR Congo"},
		{"DRC", "DR Congo", "DR Congo"},
		{"Congo-Brazzaville", "Republic of Congo", "Republic of Congo"},
		{"Cote d'Ivoire", "Ivory Coast", "Ivory Coast"},
		{"Burma", "Myanmar", "Myanmar"},
		{"Chad", "Chad", "Chad"},
		{"Niger", "Niger", "Niger"},
		{"Guinea-Bissau", "Guinea-Bissau", "Guinea-Bissau"},
	}
	for _, tt := range tests {
		p, ok := NormalisePlace(tt.text)
		if !ok {
			t.Errorf("NormalisePlace(%q): not known", tt.text)
			continue
		}
		if p.Name != tt.wantName {
			t.Errorf("NormalisePlace(%q).Name = %q, want %q", tt.text, p.Name, tt.wantName)
		}
		if got := CountryOf(p); got != tt.wantCountry {
			t.Errorf("CountryOf(%q) = %q, want %q", tt.text, got, tt.wantCountry)
		}
	}
}

// TestWorldPlacesInText checks that the longest alias wins and that
// neighbouring names do not swallow each other.
func TestWorldPlacesInText(t *testing.T) {
	tests := []struct{ give, want string }{
		{"Gunmen killed 12 people in Bogota on Friday.", "Bogota"},
		{"Clashes erupted in Tillaberi, in western Niger.", "Tillaberi|Niger"},
		{"Troops were deployed in Niger State, in central Nigeria.", "Niger State|Nigeria"},
		{"Fighting spread to Guinea-Bissau and Equatorial Guinea.", "Guinea-Bissau|Equatorial Guinea"},
		{"Refugees fled from Chad into the Central African Republic.", "Chad|Central African Republic"},
		{"Fishermen were attacked on the shores of Lake Chad.", "Lake Chad"},
		{"Pirates boarded a tanker in the Gulf of Guinea.", "Gulf of Guinea"},
		{"Militants attacked a village in Guinea.", "Guinea"},
		{"Militants struck near Maiduguri, the capital of Borno state.", "Maiduguri|Borno"},
		{"Rebels advanced on Goma in eastern Democratic Republic of Congo.", "Goma|DR Congo"},
	}
	for _, tt := range tests {
		var names []string
		for _, h := range findPlaces(tt.give) {
			names = append(names, h.Place.Name)
		}
		if got := strings.Join(names, "|"); got != tt.want {
			t.Errorf("%q: places %q, want %q", tt.give, got, tt.want)
		}
	}
}

// TestWorldGazetteerCountries checks that every region named in the world
// gazetteer is itself known, so that each of its places leads to a
// country.
func TestWorldGazetteerCountries(t *testing.T) {
	for _, e := range worldGazetteerEntries {
		if e.Country {
			if !isCountry(e.Name) {
				t.Errorf("%q: not indexed as a country", e.Name)
			}
			continue
		}
		if e.Region == "" {
			continue // a sea, a strait, a region of several countries
		}
		if c := CountryOf(Place{Name: e.Name, Region: e.Region}); c == "" {
			t.Errorf("%q in %q: no country", e.Name, e.Region)
		}
	}
}
