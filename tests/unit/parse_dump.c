/* parse_dump.c - test driver for the lexer and parser.
 *
 * Usage: parse_dump [-q] [-repl] [-tokens] FILE...
 *
 * Parses each FILE (named in messages as given) and writes its AST
 * (ast_dump) to stdout, then the diagnostics of all files (diag_print) to
 * stderr. Exit status 1 if there were errors, 0 otherwise.
 *   -q       no AST output (for timing and error-only checks)
 *   -repl    parse each file as REPL input (parse_repl) and print
 *            "incomplete" on stdout when more input would be needed
 *   -tokens  print the token stream instead of parsing
 *
 * Build: gcc -std=gnu11 -Wall -Wextra -g -fsanitize=address,undefined -I. \
 *     vm/util.c frontend/lex.c frontend/ast.c frontend/parse.c \
 *     tests/unit/parse_dump.c -o /tmp/parse_dump
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/parse.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    StrBuf b;
    sb_init(&b);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_put(&b, buf, n);
    fclose(f);
    *len = b.len;
    return sb_take(&b);
}

static void dump_tokens(SourceSet *ss, Interner *names, int file)
{
    Lexer lx;
    lex_init(&lx, ss, names, file);
    for (;;) {
        Token t = lex_next(&lx);
        printf("%u:%u %s", (unsigned)t.pos.line, (unsigned)t.pos.col, tok_str(t.kind));
        if (t.kind == T_SEMICOLON) printf(" %s", t.len == 0 ? "EOF" : t.text[0] == '\n' ? "newline" : ";");
        else if (t.kind >= T_IDENT && t.kind <= T_STRING) printf(" %.*s", t.len, t.text);
        putchar('\n');
        if (t.kind == T_EOF) break;
    }
}

int main(int argc, char **argv)
{
    bool quiet = false, repl = false, tokens = false;
    SourceSet ss;
    Interner names;
    Arena arena;
    srcset_init(&ss);
    intern_init(&names);
    arena_init(&arena);
    StrBuf out;
    sb_init(&out);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-q") == 0) { quiet = true; continue; }
        if (strcmp(argv[i], "-repl") == 0) { repl = true; continue; }
        if (strcmp(argv[i], "-tokens") == 0) { tokens = true; continue; }
        size_t len;
        char *src = read_file(argv[i], &len);
        if (!src) {
            fprintf(stderr, "parse_dump: cannot read %s\n", argv[i]);
            return 2;
        }
        int file = srcset_add(&ss, argv[i], src, len);
        if (tokens) {
            dump_tokens(&ss, &names, file);
            continue;
        }
        bool incomplete = false;
        Node *n = repl ? parse_repl(&arena, &ss, &names, file, &incomplete)
                       : parse_file(&arena, &ss, &names, file);
        if (!quiet) {
            sb_reset(&out);
            ast_dump(&out, n, 0);
            fputs(out.data ? out.data : "", stdout);
        }
        if (incomplete) puts("incomplete");
    }
    fflush(stdout);
    sb_reset(&out);
    diag_print(&ss, &out);
    fputs(out.data ? out.data : "", stderr);
    int status = diag_count(&ss) > 0;
    sb_free(&out);
    arena_free(&arena);
    intern_free(&names);
    srcset_free(&ss);
    return status;
}
