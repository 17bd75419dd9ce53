package time

import "errors"

// Location says which zone (name and offset) applies at each instant. govm's
// locations have a single zone (no transitions): UTC, Local (which is
// UTC) and FixedZone's.
type Location struct {
	name string
	zone zone
}

type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: zone{"UTC", 0}}

// UTC is the Location of Coordinated Universal Time.
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", zone: zone{"UTC", 0}}

// Local is the machine's time zone; in govm it is UTC.
var Local *Location = &localLoc

// String returns l's name, as given to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// lookup returns the zone in effect (for a nil Location, UTC).
func (l *Location) lookup() (name string, offset int) {
	if l == nil {
		return "UTC", 0
	}
	return l.zone.name, l.zone.offset
}

// FixedZone returns a Location with one zone, called name, offset seconds
// east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: zone{name, offset}}
}

// LoadLocation looks a Location up by name: "" and "UTC" give UTC,
// "Local" gives Local. govm has no time zone database, so any other name
// fails with Go's "unknown time zone" error.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}
