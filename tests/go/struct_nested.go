package main

import "fmt"

type Address struct {
	City, Zip string
}

type Person struct {
	Name    string
	Age     int
	Home    Address
	Work    *Address
	Friends []string
}

func main() {
	p := Person{
		Name: "Alice",
		Age:  30,
		Home: Address{City: "Paris", Zip: "75001"},
		Work: &Address{"Lyon", "69001"},
	}
	fmt.Println(p.Name, p.Home.City, p.Work.City)
	p.Home.Zip = "75002"
	p.Work.Zip = "69002"
	fmt.Printf("%v\n", p.Home)
	fmt.Printf("%+v\n", *p.Work)
	p.Friends = append(p.Friends, "Bob", "Carol")
	fmt.Println(len(p.Friends), p.Friends[1])
	q := p
	q.Work.City = "Nice"
	q.Home.City = "Rome"
	fmt.Println(p.Work.City, p.Home.City, q.Home.City)
	fmt.Printf("%+v\n", p.Home)
}

// Output:
// Alice Paris Lyon
// {Paris 75002}
// {City:Lyon Zip:69002}
// 2 Carol
// Nice Paris Rome
// {City:Paris Zip:75002}
