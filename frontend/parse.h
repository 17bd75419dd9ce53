/* parse.h - the Go parser: tokens (lex.h) to an AST (ast.h).
 *
 * A hand-written recursive-descent parser for the whole Go grammar of Go
 * 1.22, type parameters included. Errors are reported into the SourceSet as
 * "syntax error: ..." with Go's wording, and the parser recovers (skipping to
 * the next statement or declaration), so several errors may be reported per
 * file. It never aborts: every call returns a tree, possibly with N_BAD nodes.
 */
#ifndef GOVM_PARSE_H
#define GOVM_PARSE_H

#include "ast.h"

/* Parses source file `file` of ss into an N_FILE node allocated in a. */
Node *parse_file(Arena *a, SourceSet *ss, Interner *names, int file);

/* The same, leaving the signatures and bodies of non-generic functions
   and methods unparsed (for library files, known to be valid): such a
   signature is an N_FUNCTYPE with functype.lazy set and such a body an
   N_BLOCK with block.lazy set, which parse_lazy_functype and
   parse_lazy_body turn into the real nodes in place when the checker
   needs them. Most of a library's functions are never needed by a
   program. */
Node *parse_file_lazy(Arena *a, SourceSet *ss, Interner *names, int file);
/* Non-generic type declarations are skipped too (typespec.lazy set,
   typespec.type NULL) until parse_lazy_typespec. */
void parse_lazy_typespec(Arena *a, SourceSet *ss, Interner *names, Node *spec);
/* So are the type and values of constant specs and of one-name var specs
   (valuespec.lazy set; lazy->has_value tells whether such a var spec has
   a value). Aliases are skipped after their '='. */
void parse_lazy_valuespec(Arena *a, SourceSet *ss, Interner *names, Node *spec);
void parse_lazy_functype(Arena *a, SourceSet *ss, Interner *names, Node *ft);
void parse_lazy_body(Arena *a, SourceSet *ss, Interner *names, Node *body);

/* ---- the declaration index of library files ------------------------
 *
 * Lexing a library's top level at every start-up costs more than the rest
 * of the start-up together, so the build does it once: lib/libindex.c
 * parses every library file with parse_file_lazy and writes the nodes it
 * built as words (SourceIndex.decls), which parse_file_lazy then turns
 * back into the same nodes without reading the source. A file's words
 * start with its names: their number, then for each the offset << 8 |
 * length of its first occurrence in the source and the low 32 bits of its
 * util_hash_bytes (intern_hashed). Then come the nodes, each
 *     kind | flags << 8 | count << 16, its position (DX_POS), then per kind:
 *   N_IDENT      the index of its name
 *   N_STAR       x
 *   N_SELECTOR   x, sel
 *   N_FIELD      count names, type (flags: 1 embedded; no tag)
 *   N_FUNCTYPE   the skipped signature: lazy, lazy_line_start (offsets)
 *   N_BLOCK      the skipped body: lazy, lazy_line_start, rbrace (DX_POS)
 *   N_FUNCDECL   recv, name, type, body
 *   N_TYPESPEC   name, then the LazySpec (flags: 1 alias)
 *   N_VALUESPEC  count names, iota, type; flags 2: the LazySpec follows
 *                (8: with a value), 4: lazy, repeating the previous spec;
 *                1: implicit
 *   N_GENDECL    count specs (flags: the TokenKind)
 *   N_FILE       the package name (the first node of a file)
 * where a LazySpec is at, line_start (offsets) and pos (DX_POS), and a
 * missing node is one word 0 (N_BAD). A declaration of any other shape
 * is a DX_REPARSE record: its keyword's position, offset and line start
 * (offsets), from which it is parsed as before. */
enum { DX_REPARSE = N_KIND_COUNT };
#define DX_COL_BITS 12
#define DX_POS(line, col) ((uint32_t)(line) << DX_COL_BITS | (uint32_t)(col))

/* REPL support: parses the file's text as a sequence of top-level
   declarations and statements (an N_BLOCK whose statements may include
   N_DECLSTMT for func/type/var/const/import declarations, and N_FUNCDECL).
   `incomplete` is set when the text ends inside an open bracket, string or
   comment, so the caller can ask for more input. */
Node *parse_repl(Arena *a, SourceSet *ss, Interner *names, int file, bool *incomplete);

#endif
