/* comp.h - the compiler: checked AST to bytecode.
 *
 * comp_program turns every function of the checked packages into a Func
 * (vm.h) holding typed stack bytecode (vm/opcodes.h), a line table and the
 * stack maps of its safepoints, allocates package variables, builds method
 * tables and itabs, and returns the program's entry function: it runs the
 * package initialisers in dependency order, then main.main.
 */
#ifndef GOVM_COMP_H
#define GOVM_COMP_H

#include "check.h"

/* Compiles all packages of p not compiled yet (the main package last).
   Returns the entry function, or NULL after reporting errors. */
Func *comp_program(Program *p, Package *main_pkg);

#endif
