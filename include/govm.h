/* govm.h - embedding govm, a virtual machine for Go programs.
 *
 * A govm_vm is one independent Go program: its packages, heap and
 * goroutines. Several VMs may live in one process; nothing is global.
 * Every call reports failure through its return value and never exits the
 * process.
 *
 * Typical use:
 *
 *     govm_vm *vm = govm_new(NULL);
 *     if (govm_add_file(vm, "main.go", src, len) != 0 || govm_compile(vm) != 0)
 *         fputs(govm_errors(vm), stderr);
 *     else
 *         status = govm_run_main(vm, argc, argv);
 *     govm_free(vm);
 *
 * Ownership: strings passed in are copied; strings returned belong to the
 * VM and stay valid until the next call on it or govm_free.
 */
#ifndef GOVM_H
#define GOVM_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govm_vm govm_vm;

/* Configuration; a NULL config means all defaults. Zero fields take the
   default shown. */
typedef struct govm_config {
    size_t max_stack; /* bytes per goroutine stack; default 1000000000 */
    FILE *out;        /* os.Stdout; default stdout */
    FILE *err;        /* os.Stderr, print/println, panics; default stderr */
} govm_config;

/* A new VM, or NULL when out of memory. */
govm_vm *govm_new(const govm_config *config);
/* Frees the VM and everything it owns. NULL is allowed. */
void govm_free(govm_vm *vm);

/* Adds a source file of package main. Returns 0, or -1 if the VM already
   compiled its program. */
int govm_add_file(govm_vm *vm, const char *name, const char *src, size_t len);
/* Reads a file (or every .go file of a directory) and adds it. Returns 0,
   or -1 with a message in govm_errors. */
int govm_add_path(govm_vm *vm, const char *path);

/* Parses, type-checks and compiles the added files and the standard
   packages they import. Returns 0, or -1 with compile errors in
   govm_errors ("file.go:line:col: message" lines, Go's wording). */
int govm_compile(govm_vm *vm);
/* The errors of the last failing call ("" if none). */
const char *govm_errors(govm_vm *vm);

/* Runs the compiled program's initialisers and main.main with os.Args set
   to argv[0..argc). Returns the exit status: 0 when main returns, the code
   passed to os.Exit, 2 after an unrecovered panic or fatal error. Standard
   output is flushed before returning. -1 if nothing is compiled. */
int govm_run_main(govm_vm *vm, int argc, const char *const *argv);

/* A listing of the compiled bytecode with source lines, or NULL. */
const char *govm_disassemble(govm_vm *vm);

/* The library version ("0.1.0"). */
const char *govm_version(void);

#ifdef __cplusplus
}
#endif

#endif
