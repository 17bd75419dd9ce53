package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// A small concurrent crawler over a fake link graph: a Mutex-protected
// visited set, a WaitGroup per crawl, an RWMutex-protected cache read by
// many goroutines, a Once-initialised index, an atomic fetch counter and a
// semaphore channel limiting concurrency.

type fakeFetcher map[string][]string

var fetcher = fakeFetcher{
	"/":       {"/a", "/b", "/c"},
	"/a":      {"/", "/a/1", "/a/2"},
	"/b":      {"/a", "/b/1"},
	"/c":      {"/c/1", "/c/2", "/c/3"},
	"/a/1":    {"/a", "/deep/1"},
	"/a/2":    {},
	"/b/1":    {"/b", "/c"},
	"/c/1":    {"/c/2"},
	"/c/2":    {"/c/3"},
	"/c/3":    {"/c/1", "/deep/1"},
	"/deep/1": {"/deep/2"},
	"/deep/2": {"/deep/3"},
	"/deep/3": {"/missing"},
}

type Crawler struct {
	mu      sync.Mutex
	visited map[string]int // depth at which each page was first reached
	fetches atomic.Int32
	errors  atomic.Int32
	sem     chan struct{}
	wg      sync.WaitGroup

	cacheMu sync.RWMutex
	cache   map[string]int // url -> number of links

	indexOnce sync.Once
	index     map[string]bool
}

func (c *Crawler) fetch(url string) ([]string, bool) {
	c.indexOnce.Do(func() {
		c.index = map[string]bool{}
		for k := range fetcher {
			c.index[k] = true
		}
	})
	c.fetches.Add(1)
	if !c.index[url] {
		c.errors.Add(1)
		return nil, false
	}
	links := fetcher[url]
	c.cacheMu.Lock()
	c.cache[url] = len(links)
	c.cacheMu.Unlock()
	return links, true
}

func (c *Crawler) visit(url string, depth int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.visited[url]; ok {
		return false
	}
	c.visited[url] = depth
	return true
}

func (c *Crawler) crawl(url string, depth, maxDepth int) {
	defer c.wg.Done()
	if depth > maxDepth || !c.visit(url, depth) {
		return
	}
	c.sem <- struct{}{}
	links, ok := c.fetch(url)
	<-c.sem
	if !ok {
		return
	}
	for _, l := range links {
		c.wg.Add(1)
		go c.crawl(l, depth+1, maxDepth)
	}
}

func run(maxDepth int) *Crawler {
	c := &Crawler{visited: map[string]int{}, cache: map[string]int{}, sem: make(chan struct{}, 3)}
	c.wg.Add(1)
	go c.crawl("/", 0, maxDepth)
	c.wg.Wait()
	return c
}

func main() {
	// The depth limit exceeds any simple path, so the set of pages does
	// not depend on the order in which goroutines reach them.
	for round := 1; round <= 3; round++ {
		c := run(100)
		pages := make([]string, 0, len(c.visited))
		for p := range c.visited {
			pages = append(pages, p)
		}
		sort.Strings(pages)
		// concurrent readers of the cache
		var total atomic.Int64
		var rg sync.WaitGroup
		for _, p := range pages {
			rg.Add(1)
			go func(p string) {
				defer rg.Done()
				c.cacheMu.RLock()
				total.Add(int64(c.cache[p]))
				c.cacheMu.RUnlock()
			}(p)
		}
		rg.Wait()
		fmt.Printf("round %d: %d pages, %d fetches, %d errors, %d links\n",
			round, len(pages), c.fetches.Load(), c.errors.Load(), total.Load())
		if round == 1 {
			fmt.Println(" ", strings.Join(pages, " "))
		}
	}
}

// Output:
// round 1: 14 pages, 14 fetches, 1 errors, 22 links
//   / /a /a/1 /a/2 /b /b/1 /c /c/1 /c/2 /c/3 /deep/1 /deep/2 /deep/3 /missing
// round 2: 14 pages, 14 fetches, 1 errors, 22 links
// round 3: 14 pages, 14 fetches, 1 errors, 22 links
