// Statements.
package stmts

func f() {
	var x int
	const c = 1
	type T struct{}
	x = 1
	x, y := 1, 2
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 2
	x &= 1
	x |= 1
	x ^= 1
	x <<= 1
	x >>= 1
	x &^= 1
	x++
	y--
	ch <- x
	<-ch
	f()
	go f()
	defer g(1)
	go func() {}()
	{
		x := 2
		_ = x
	}
	;
L:
	for {
		break L
	}
	goto L
	if x > 0 {
	} else if y := 2; y > 0 {
	} else {
	}
	if v, ok := m[k]; ok {
	}
	switch {
	}
	switch x {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch x := f(); x {
	}
	switch y.(type) {
	}
	switch t := y.(type) {
	case int, *T:
	case nil:
	default:
	}
	switch s := 1; t := y.(type) {
	}
	select {
	case v := <-ch:
	case v, ok = <-ch:
	case ch <- 1:
	case <-ch:
	default:
	}
	select {}
	for x < 10 {
		continue
	}
	for i := 0; i < 10; i++ {
	}
	for ; ; {
	}
	for i := 0; ; {
	}
	for k, v := range m {
	}
	for k = range m {
	}
	for range ch {
	}
	for i := range 10 {
	}
	for _, v := range []int{1, 2} {
	}
	return
}

func g() (int, error) {
	return 1, nil
}

func h() {
Outer:
	for {
		switch {
		case true:
			continue Outer
		}
	}
empty:
}
