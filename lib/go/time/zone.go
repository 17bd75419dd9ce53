package time

import "errors"

// A Location maps time instants to the zone in use at that time. govm's
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

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", zone: zone{"UTC", 0}}

// Local represents the system's local time zone. In govm it is UTC.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
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

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: zone{name, offset}}
}

// LoadLocation returns the Location with the given name. If the name is ""
// or "UTC", LoadLocation returns UTC. If the name is "Local", LoadLocation
// returns Local. govm has no time zone database: other names fail with
// Go's "unknown time zone" error.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}
