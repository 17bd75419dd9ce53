// Composite literals in control clause headers.
package ambig

func f() {
	if x == (T{}) {
	}
	if x == (pkg.T{a: 1}) {
	}
	if x := (T{}); x.ok {
	}
	for _, v := range []T{{1}, {2}} {
	}
	for _, v := range (T{}).list {
	}
	switch (T{}) {
	}
	if f(T{}) {
	}
	if []int{1}[0] == 1 {
	}
	if m[T{}] {
	}
	if x := (struct{ a int }{1}); x.a == 1 {
	}
	if v := map[string]int{"a": 1}; v != nil {
	}
	for x := range func() []T { return []T{{}} }() {
	}
	if T {
	}
	for i := range s {
	}
}
