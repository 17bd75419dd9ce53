// An LRU cache built on container/list and a map: Get moves entries to
// the front, Put evicts the least recently used entry; eviction events
// and the cache contents are printed.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ev := last.Value.(*entry)
		delete(c.items, ev.key)
		fmt.Printf("evict %s=%d\n", ev.key, ev.value)
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", en.key, en.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	c.Put("d", 4)
	fmt.Println(c)
	_, ok = c.Get("b")
	fmt.Println(ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	for _, k := range strings.Fields("a c e a x c d") {
		c.Get(k)
	}
	fmt.Println(c, "hits", c.hits, "misses", c.miss)
}

// Output:
// [c:3 b:2 a:1]
// 1 true [a:1 c:3 b:2]
// evict b=2
// [d:4 a:1 c:3]
// false
// evict a=1
// [e:5 c:30 d:4]
// [d:4 c:30 e:5] hits 5 misses 4
