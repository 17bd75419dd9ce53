package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	var cfg struct {
		Name  string
		Debug bool
	}
	cfg.Name = "test"
	fmt.Printf("%+v\n", cfg)
	people := []struct {
		Name string
		Age  int
	}{
		{"Al", 30},
		{"Bo", 25},
	}
	total := 0
	for _, p := range people {
		total += p.Age
		fmt.Println(p.Name, p.Age)
	}
	fmt.Println(total)
	type named struct{ X, Y int }
	var n named = pt
	fmt.Println(n)
	e := struct{}{}
	fmt.Println(e)
	nested := struct {
		Inner struct{ V int }
	}{}
	nested.Inner.V = 9
	fmt.Printf("%+v\n", nested)
}

// Output:
// {3 4} 12
// {Name:test Debug:false}
// Al 30
// Bo 25
// 55
// {3 4}
// {}
// {Inner:{V:9}}
