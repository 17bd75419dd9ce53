/* comp.h - the compiler: checked AST to bytecode.
 *
 * comp_program turns every function of the checked packages into a Func
 * (vm.h) holding typed stack bytecode (vm/opcodes.h), a line table and the
 * stack maps of its safepoints, allocates package variables, builds method
 * tables and itabs, and returns the program's entry function: it runs the
 * package initialisers in dependency order, then main.main. Library
 * functions are left as shells (Func.lazy) that comp_lazy compiles on
 * their first calls.
 */
#ifndef GOVM_COMP_H
#define GOVM_COMP_H

#include "check.h"

/* Compiles all packages of p not compiled yet (the main package last).
   Returns the entry function, or NULL after reporting errors. */
Func *comp_program(Program *p, Package *main_pkg);

/* What the C runtime uses of package runtime (vm/api.c), resolved after
   comp_program: a function's Func (compiled on its first call), or for a
   type the method tables of it and its pointer type (the C runtime boxes
   its values into interfaces). NULL for a type, or after errors. */
Func *comp_link(Program *p, Object *o);

/* Checks and compiles library function f (a shell with f->lazy set) on its
   first call, and threads it (interp_thread), which publishes it to the
   interpreter. The caller holds the VM's type lock: goroutines on other
   threads may call it, or create types, at the same time. False after
   reporting errors into the SourceSet (a library bug). */
bool comp_lazy(Program *p, Func *f);

/* Builds t's method table on its first use at run time (VM.method_table:
   a type assertion or switch to an interface, reflection), with the type
   lock held as for comp_lazy. */
void comp_method_table_now(Program *p, Type *t);

#endif
