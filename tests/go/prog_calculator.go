package main

import (
	"fmt"
	"strconv"
)

type Token struct {
	Kind string
	Val  string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{"num", s[i:j]})
			i = j
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '(' || c == ')':
			toks = append(toks, Token{"op", string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].Val
	}
	return ""
}

func (p *Parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.toks[p.pos].Val
		p.pos++
		r := p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.toks[p.pos].Val
		p.pos++
		r := p.factor()
		if op == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *Parser) factor() float64 {
	t := p.toks[p.pos]
	p.pos++
	switch {
	case t.Val == "(":
		v := p.expr()
		p.pos++ // skip ")"
		return v
	case t.Val == "-":
		return -p.factor()
	}
	f, err := strconv.ParseFloat(t.Val, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func eval(s string) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	return p.expr(), nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * -2", "2 * (3 + (4 - 1)) / 3", "1 / 3", "7 $ 2", "1..2 + 1", "1 / 0"} {
		v, err := eval(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s = %v\n", s, v)
	}
}

// Output:
// 1 + 2 * 3 = 7
// (1 + 2) * 3 = 9
// 10 / 4 = 2.5
// -(2 + 3) * -2 = 10
// 2 * (3 + (4 - 1)) / 3 = 4
// 1 / 3 = 0.3333333333333333
// error: unexpected character '$' at 2
// error: eval "1..2 + 1": strconv.ParseFloat: parsing "1..2": invalid syntax
// 1 / 0 = +Inf
