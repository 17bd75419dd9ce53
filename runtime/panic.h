/* panic.h - raising Go panics and fatal errors from C.
 *
 * Three tiers of errors (docs/hacking.md):
 *   1. compile errors: collected in a SourceSet, never here;
 *   2. Go panics: rt_panic* record a panic on the G and return; the C code
 *      that raised it returns promptly to the interpreter, which unwinds
 *      Go frames running deferred calls (recoverable with recover());
 *   3. fatal errors: rt_throw ends the program ("fatal error: ..."), for
 *      broken invariants and Go's unrecoverable conditions (stack overflow,
 *      concurrent map writes). Library code never calls exit().
 */
#ifndef GOVM_PANIC_H
#define GOVM_PANIC_H

#include "../vm/vm.h"

/* Panics with a runtime.Error whose Error() is "runtime error: " + the
   formatted message, e.g. rt_panic_runtime(g, "integer divide by zero"). */
void rt_panic_runtime(G *g, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* Panics with a runtime.Error whose Error() is msg exactly, without the
   "runtime error: " prefix (Go's plainError: "assignment to entry in nil
   map", "close of nil channel", "close of closed channel"). */
void rt_panic_plain(G *g, const char *msg);
/* Panics with a *runtime.TypeAssertionError carrying the message. */
void rt_panic_typeassert(G *g, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* Panics with an arbitrary Go value (an interface{}: panic(v)). */
void rt_panic_value(G *g, Iface v);
/* Panics with a plain string value, as panic("msg") does (not a runtime.Error). */
void rt_panic_string(G *g, const char *msg);
/* Ends the program: "fatal error: msg" plus the goroutine traceback, exit 2. */
void rt_throw(G *g, const char *msg);

/* Panics with Go's nil dereference error (and its signal line). */
void rt_panic_nil(G *g);
/* Prints "fatal error: stack overflow" and the traceback; exit 2. */
void rt_stack_overflow(G *g);
/* Prints an unrecovered panic without package runtime's help; exit 2. */
void rt_fatalpanic_c(G *g);
/* g's stack from its saved registers, and the go statement that made it. */
void rt_traceback_g(G *g, FILE *f);
/* runtime.Goexit: unwinds g running its deferred calls, then ends it. */
void rt_goexit(G *g);

/* True when a panic raised by C code is waiting to unwind. */
static inline bool rt_panicking(const G *g) { return g->raising; }

#endif
