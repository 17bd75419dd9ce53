// nbody: the classic 5-body (Sun and the four giant planets) symplectic-Euler
// simulation with dt = 0.01, N = 5,000,000 steps. Prints the total energy
// before and after with %.9f. Exercises: float arithmetic, sqrt, struct
// field access through pointers, nested loops over a small array.
package main

import (
	"fmt"
	"math"
)

// Variables, not constants: Go would fold constant expressions exactly,
// while Lua and Python round after every operation.
var (
	pi          = math.Pi
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

func newBodies() []*Body {
	sun := &Body{0, 0, 0, 0, 0, 0, solarMass}
	jupiter := &Body{
		4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
		1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear, -6.90460016972063023e-05 * daysPerYear,
		9.54791938424326609e-04 * solarMass,
	}
	saturn := &Body{
		8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
		-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear, 2.30417297573763929e-05 * daysPerYear,
		2.85885980666130812e-04 * solarMass,
	}
	uranus := &Body{
		1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
		2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear, -2.96589568540237556e-05 * daysPerYear,
		4.36624404335156298e-05 * solarMass,
	}
	neptune := &Body{
		1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
		2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear, -9.51592254519715870e-05 * daysPerYear,
		5.15138902046611451e-05 * solarMass,
	}
	return []*Body{sun, jupiter, saturn, uranus, neptune}
}

func offsetMomentum(bodies []*Body) {
	px, py, pz := 0.0, 0.0, 0.0
	for _, b := range bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	sun := bodies[0]
	sun.vx = -px / solarMass
	sun.vy = -py / solarMass
	sun.vz = -pz / solarMass
}

func energy(bodies []*Body) float64 {
	e := 0.0
	n := len(bodies)
	for i := 0; i < n; i++ {
		bi := bodies[i]
		e += 0.5 * bi.mass * (bi.vx*bi.vx + bi.vy*bi.vy + bi.vz*bi.vz)
		for j := i + 1; j < n; j++ {
			bj := bodies[j]
			dx := bi.x - bj.x
			dy := bi.y - bj.y
			dz := bi.z - bj.z
			e -= (bi.mass * bj.mass) / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []*Body, dt float64) {
	n := len(bodies)
	for i := 0; i < n; i++ {
		bi := bodies[i]
		for j := i + 1; j < n; j++ {
			bj := bodies[j]
			dx := bi.x - bj.x
			dy := bi.y - bj.y
			dz := bi.z - bj.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			mi := bi.mass * mag
			mj := bj.mass * mag
			bi.vx -= dx * mj
			bi.vy -= dy * mj
			bi.vz -= dz * mj
			bj.vx += dx * mi
			bj.vy += dy * mi
			bj.vz += dz * mi
		}
	}
	for i := 0; i < n; i++ {
		b := bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	const steps = 5000000
	bodies := newBodies()
	offsetMomentum(bodies)
	fmt.Printf("%.9f\n", energy(bodies))
	for s := 0; s < steps; s++ {
		advance(bodies, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
