package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Machine struct {
	state State
	ticks int
	log   []string
}

func (m *Machine) Handle(ev string) error {
	prev := m.state
	switch m.state {
	case Idle:
		switch ev {
		case "start":
			m.state = Running
		default:
			return fmt.Errorf("event %q invalid in %v", ev, m.state)
		}
	case Running:
		switch ev {
		case "tick":
			m.ticks++
		case "pause":
			m.state = Paused
		case "stop":
			m.state = Stopped
		default:
			return fmt.Errorf("event %q invalid in %v", ev, m.state)
		}
	case Paused:
		switch ev {
		case "resume":
			m.state = Running
		case "stop":
			m.state = Stopped
		case "tick":
		default:
			return fmt.Errorf("event %q invalid in %v", ev, m.state)
		}
	case Stopped:
		return fmt.Errorf("machine stopped")
	}
	if prev != m.state {
		m.log = append(m.log, fmt.Sprintf("%v->%v", prev, m.state))
	}
	return nil
}

func main() {
	m := &Machine{}
	events := []string{"tick", "start", "tick", "tick", "pause", "tick", "resume", "tick", "jump", "stop", "start"}
	for _, ev := range events {
		if err := m.Handle(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(m.state, m.ticks, m.log)
	fmt.Println(State(9), Paused)
	fmt.Printf("%v %d %s\n", Running, Running, Stopped)
}

// Output:
// error: event "tick" invalid in Idle
// error: event "jump" invalid in Running
// error: machine stopped
// Stopped 3 [Idle->Running Running->Paused Paused->Running Running->Stopped]
// State(9) Paused
// Running 1 Stopped
