// Errors:
// err_chan_types.go:10:1: syntax error: missing channel element type
// err_chan_types.go:11:17: syntax error: unexpected int, expected chan
// err_chan_types.go:12:21: syntax error: unexpected int, expected chan
// err_chan_types.go:13:27: syntax error: unexpected int, expected chan
// err_chan_types.go:14:21: syntax error: unexpected <-, expected chan
package p

type T chan
var a = 1
type U <-chan<- int
var x = <-chan<- int
var y = <-chan<-chan<- int
var z = <-<-chan int
var w = <-chan<- int(nil)
