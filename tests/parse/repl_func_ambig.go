if x > 0 {
	println(x)
}
func (a int) int { return a }(1)
func (a int) (int, error) { return a, nil }(1)
func (T) M() {}
func (a int) pkg.T { return nil }(1)
