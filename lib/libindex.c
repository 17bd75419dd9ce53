/* libindex.c - writes lib_index.c, the declaration index of the library.
 *
 * Usage: libindex [-v] OUTPUT.c
 *
 * Run at build time, linked with the parser and lib_files.c (embed.py's
 * output). For every library file it parses the file as the VM does
 * (parse_file_lazy, which leaves signatures, bodies, types and values for
 * later), writes the top-level nodes it built as words (the format is in
 * frontend/parse.h), reads them back with parse_file_lazy and checks that
 * the two trees are the same, node for node and offset for offset: the
 * build fails otherwise. A declaration of a shape the format does not
 * hold (imports, generic functions, types with '[', spec lists with
 * values) is written as a DX_REPARSE record, parsed from its keyword at
 * run time. -v lists those and counts both forms.
 *
 * The output is rewritten only when its content changes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/parse.h"
#include "lib/lib.h"

typedef struct Writer {
    VEC(uint32_t) w;
    VEC(const char *) names;  /* interned, in order of first use */
    VEC(uint32_t) namewords;  /* 2 per name (frontend/parse.h) */
    const char *src;
    VEC(uint32_t) lines; /* offset of each line's start; lines[0] = line 1 */
    bool ok;             /* the node being written fits the format */
} Writer;

static void put(Writer *wr, uint32_t v)
{
    vec_push(&wr->w, v);
}

static void put_pos(Writer *wr, Pos pos)
{
    if (pos.line >= (1u << (32 - DX_COL_BITS)) || pos.col >= (1u << DX_COL_BITS)) wr->ok = false;
    put(wr, DX_POS(pos.line, pos.col));
}

static void put_at(Writer *wr, const char *p)
{
    put(wr, (uint32_t)(p - wr->src));
}

static void put_head(Writer *wr, const Node *n, unsigned flags, int count)
{
    if (flags > 0xff || count > 0xffff) wr->ok = false;
    put(wr, (uint32_t)n->kind | flags << 8 | (uint32_t)count << 16);
    put_pos(wr, n->pos);
}

static void put_lazyspec(Writer *wr, const LazySpec *ls)
{
    put_at(wr, ls->at);
    put_at(wr, ls->line_start);
    put_pos(wr, ls->pos);
}

static void put_node(Writer *wr, const Node *n);

static void put_nodes(Writer *wr, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) put_node(wr, l->items[i]);
}

static void put_node(Writer *wr, const Node *n)
{
    if (!n) {
        put(wr, N_BAD);
        return;
    }
    switch (n->kind) {
    case N_IDENT: {
        put_head(wr, n, 0, 0);
        const char *name = n->u.ident.name;
        int k = 0;
        while (k < wr->names.len && wr->names.items[k] != name) k++;
        if (k == wr->names.len) { /* first use: the name's own entry */
            size_t len = strlen(name);
            uint32_t off = n->pos.line - 1 < (uint32_t)wr->lines.len ? wr->lines.items[n->pos.line - 1] + n->pos.col - 1
                                                                    : 0;
            if (len > 0xff || off >= (1u << 24) || memcmp(wr->src + off, name, len) != 0) {
                wr->ok = false;
                break;
            }
            vec_push(&wr->names, name);
            vec_push(&wr->namewords, off << 8 | (uint32_t)len);
            vec_push(&wr->namewords, (uint32_t)util_hash_bytes(name, len, 0));
        }
        put(wr, (uint32_t)k);
        break;
    }
    case N_STAR:
        put_head(wr, n, 0, 0);
        put_node(wr, n->u.unary1.x);
        break;
    case N_SELECTOR:
        put_head(wr, n, 0, 0);
        put_node(wr, n->u.sel.x);
        put_node(wr, n->u.sel.sel);
        break;
    case N_FIELD:
        if (n->u.field.tag) wr->ok = false;
        put_head(wr, n, n->u.field.embedded, n->u.field.names.len);
        put_nodes(wr, &n->u.field.names);
        put_node(wr, n->u.field.type);
        break;
    case N_FUNCTYPE:
        if (!n->u.functype.lazy) wr->ok = false;
        put_head(wr, n, 0, 0);
        put_at(wr, n->u.functype.lazy);
        put_at(wr, n->u.functype.lazy_line_start);
        break;
    case N_BLOCK:
        if (!n->u.block.lazy) wr->ok = false;
        put_head(wr, n, 0, 0);
        put_at(wr, n->u.block.lazy);
        put_at(wr, n->u.block.lazy_line_start);
        put_pos(wr, n->u.block.rbrace);
        break;
    case N_FUNCDECL:
        put_head(wr, n, 0, 0);
        put_node(wr, n->u.funcdecl.recv);
        put_node(wr, n->u.funcdecl.name);
        put_node(wr, n->u.funcdecl.type);
        put_node(wr, n->u.funcdecl.body);
        break;
    case N_TYPESPEC:
        if (!n->u.typespec.lazy || n->u.typespec.tparams.len || n->u.typespec.type) wr->ok = false;
        put_head(wr, n, n->u.typespec.alias, 0);
        put_node(wr, n->u.typespec.name);
        if (n->u.typespec.lazy) put_lazyspec(wr, n->u.typespec.lazy);
        break;
    case N_VALUESPEC: {
        const LazySpec *ls = n->u.valuespec.lazy;
        unsigned flags = n->u.valuespec.implicit | (ls && !ls->prev ? 2 : 0) | (ls && ls->prev ? 4 : 0) |
                         (ls && ls->has_value ? 8 : 0);
        if (n->u.valuespec.values.len || (n->u.valuespec.implicit && !ls)) wr->ok = false;
        put_head(wr, n, flags, n->u.valuespec.names.len);
        put_nodes(wr, &n->u.valuespec.names);
        put(wr, (uint32_t)n->u.valuespec.iota);
        put_node(wr, n->u.valuespec.type);
        if (flags & 2) put_lazyspec(wr, ls);
        break;
    }
    case N_GENDECL:
        if (n->u.gendecl.tok == T_IMPORT) wr->ok = false;
        put_head(wr, n, n->u.gendecl.tok, n->u.gendecl.specs.len);
        put_nodes(wr, &n->u.gendecl.specs);
        break;
    default: wr->ok = false; break;
    }
}

/* ---- checking what parse_file_lazy reads back ---------------------- */

static bool same_node(const Node *a, const Node *b);

static bool same_nodes(const NodeList *a, const NodeList *b)
{
    if (a->len != b->len) return false;
    for (int i = 0; i < a->len; i++)
        if (!same_node(a->items[i], b->items[i])) return false;
    return true;
}

static bool same_pos(Pos a, Pos b)
{
    return a.line == b.line && a.col == b.col && a.file == b.file;
}

static bool same_lazyspec(const LazySpec *a, const LazySpec *b)
{
    if (!a || !b) return a == b;
    if (a->prev || b->prev) return a->prev && b->prev && a->prev->pos.line == b->prev->pos.line &&
                                   a->prev->pos.col == b->prev->pos.col;
    return a->at == b->at && a->line_start == b->line_start && same_pos(a->pos, b->pos) &&
           a->has_value == b->has_value;
}

/* The dump of a subtree, for the kinds compared as a whole. */
static char *dumped(const Node *n)
{
    StrBuf b;
    sb_init(&b);
    ast_dump(&b, n, 0);
    return sb_take(&b);
}

static bool same_node(const Node *a, const Node *b)
{
    if (!a || !b) return a == b;
    if (a->kind != b->kind || !same_pos(a->pos, b->pos)) return false;
    switch (a->kind) {
    case N_IDENT: return a->u.ident.name == b->u.ident.name;
    case N_STAR: return same_node(a->u.unary1.x, b->u.unary1.x);
    case N_SELECTOR: return same_node(a->u.sel.x, b->u.sel.x) && same_node(a->u.sel.sel, b->u.sel.sel);
    case N_FIELD:
        return a->u.field.embedded == b->u.field.embedded && same_nodes(&a->u.field.names, &b->u.field.names) &&
               same_node(a->u.field.type, b->u.field.type) && same_node(a->u.field.tag, b->u.field.tag);
    case N_FUNCTYPE:
        return a->u.functype.lazy == b->u.functype.lazy &&
               a->u.functype.lazy_line_start == b->u.functype.lazy_line_start &&
               same_nodes(&a->u.functype.tparams, &b->u.functype.tparams) &&
               same_nodes(&a->u.functype.params, &b->u.functype.params) &&
               same_nodes(&a->u.functype.results, &b->u.functype.results);
    case N_BLOCK:
        return a->u.block.lazy == b->u.block.lazy && a->u.block.lazy_line_start == b->u.block.lazy_line_start &&
               same_pos(a->u.block.rbrace, b->u.block.rbrace) && same_nodes(&a->u.block.stmts, &b->u.block.stmts);
    case N_FUNCDECL:
        return same_node(a->u.funcdecl.recv, b->u.funcdecl.recv) &&
               same_node(a->u.funcdecl.name, b->u.funcdecl.name) &&
               same_node(a->u.funcdecl.type, b->u.funcdecl.type) && same_node(a->u.funcdecl.body, b->u.funcdecl.body);
    case N_TYPESPEC:
        return a->u.typespec.alias == b->u.typespec.alias && same_node(a->u.typespec.name, b->u.typespec.name) &&
               same_nodes(&a->u.typespec.tparams, &b->u.typespec.tparams) &&
               same_node(a->u.typespec.type, b->u.typespec.type) &&
               same_lazyspec(a->u.typespec.lazy, b->u.typespec.lazy);
    case N_VALUESPEC:
        return a->u.valuespec.iota == b->u.valuespec.iota && a->u.valuespec.implicit == b->u.valuespec.implicit &&
               same_nodes(&a->u.valuespec.names, &b->u.valuespec.names) &&
               (a->u.valuespec.implicit || (same_node(a->u.valuespec.type, b->u.valuespec.type) &&
                                            same_nodes(&a->u.valuespec.values, &b->u.valuespec.values))) &&
               same_lazyspec(a->u.valuespec.lazy, b->u.valuespec.lazy);
    case N_GENDECL:
        return a->u.gendecl.tok == b->u.gendecl.tok && same_nodes(&a->u.gendecl.specs, &b->u.gendecl.specs);
    case N_FILE:
        return same_node(a->u.file.pkgname, b->u.file.pkgname) && same_nodes(&a->u.file.decls, &b->u.file.decls) &&
               same_nodes(&a->u.file.imports, &b->u.file.imports);
    default: {
        char *da = dumped(a), *db = dumped(b);
        bool same = strcmp(da, db) == 0;
        free(da);
        free(db);
        return same;
    }
    }
}

/* ---- one file ------------------------------------------------------ */

typedef struct Stats {
    bool verbose; /* list the reparsed declarations */
    int indexed, reparsed;
} Stats;

/* Writes the index of lib_files[i] as a C array into out; false (with a
   message) if what it reads back differs from what the parser built. */
static bool index_file(int i, StrBuf *out, int *nwords, Stats *st)
{
    const LibFile *lf = &lib_files[i];
    SourceSet ss;
    srcset_init(&ss);
    Interner names;
    intern_init(&names);
    Arena a;
    arena_init(&a);
    SourceIndex ix = {lf->blocks, lf->nblocks, NULL, 0};
    int file = srcset_add_static(&ss, lf->name, lf->src, lf->len, &ix);
    Node *f = parse_file_lazy(&a, &ss, &names, file);
    bool ok = diag_count(&ss) == 0;
    if (!ok) {
        StrBuf b;
        sb_init(&b);
        diag_print(&ss, &b);
        fprintf(stderr, "libindex: %s/%s: %s", lf->pkgpath, lf->name, b.data);
        sb_free(&b);
    }

    Writer wr = {{0}, {0}, {0}, lf->src, {0}, true};
    vec_push(&wr.lines, 0);
    for (size_t k = 0; k < lf->len; k++)
        if (lf->src[k] == '\n') vec_push(&wr.lines, (uint32_t)(k + 1));
    put_head(&wr, f, 0, 0);
    put_node(&wr, f->u.file.pkgname);
    if (!wr.ok) {
        fprintf(stderr, "libindex: %s/%s: package clause out of range\n", lf->pkgpath, lf->name);
        ok = false;
    }
    for (int d = 0; d < f->u.file.decls.len && ok; d++) {
        const Node *decl = f->u.file.decls.items[d];
        int mark = wr.w.len;
        put_node(&wr, decl);
        if (wr.ok) {
            st->indexed++;
            continue;
        }
        wr.w.len = mark;
        wr.ok = true;
        uint32_t line_start = wr.lines.items[decl->pos.line - 1];
        put(&wr, DX_REPARSE);
        put_pos(&wr, decl->pos);
        put(&wr, line_start + decl->pos.col - 1);
        put(&wr, line_start);
        st->reparsed++;
        if (st->verbose)
            fprintf(stderr, "libindex: %s/%s:%u: %s reparsed\n", lf->pkgpath, lf->name, (unsigned)decl->pos.line,
                    decl->kind == N_FUNCDECL ? "func" : tok_str(decl->u.gendecl.tok));
        if (!wr.ok) {
            fprintf(stderr, "libindex: %s/%s:%u: declaration out of range\n", lf->pkgpath, lf->name,
                    (unsigned)decl->pos.line);
            ok = false;
        }
    }

    /* the words: the names, then the nodes */
    VEC(uint32_t) words = {0};
    vec_push(&words, (uint32_t)wr.names.len);
    for (int k = 0; k < wr.namewords.len; k++) vec_push(&words, wr.namewords.items[k]);
    for (int k = 0; k < wr.w.len; k++) vec_push(&words, wr.w.items[k]);
    if (ok) { /* read it back */
        ix.decls = words.items;
        ix.ndecls = words.len;
        Node *g = parse_file_lazy(&a, &ss, &names, file);
        if (!same_node(f, g)) {
            fprintf(stderr, "libindex: %s/%s: the index does not give back the parsed declarations\n",
                    lf->pkgpath, lf->name);
            ok = false;
        }
    }
    if (ok) {
        sb_printf(out, "static const uint32_t decls_%d[] = {", i);
        for (int k = 0; k < words.len; k++) sb_printf(out, "%s%u,", k % 12 ? " " : "\n    ", words.items[k]);
        sb_puts(out, "\n};\n");
        *nwords = words.len;
    }
    vec_free(&words);
    vec_free(&wr.w);
    vec_free(&wr.names);
    vec_free(&wr.namewords);
    vec_free(&wr.lines);
    arena_free(&a);
    intern_free(&names);
    srcset_free(&ss);
    return ok;
}

int main(int argc, char **argv)
{
    bool verbose = argc == 3 && strcmp(argv[1], "-v") == 0;
    if (argc != 2 && !verbose) {
        fprintf(stderr, "usage: libindex [-v] OUTPUT.c\n");
        return 2;
    }
    const char *output = argv[argc - 1];
    StrBuf out;
    sb_init(&out);
    sb_puts(&out, "/* Generated by lib/libindex.c from lib_files.c: do not edit. */\n"
                  "#include \"frontend/lex.h\"\n\n");
    for (int i = 0; i < lib_nfiles; i++) sb_printf(&out, "extern const uint32_t lib_blocks_%d[];\n", i);
    int *nwords = calloc((size_t)lib_nfiles, sizeof(int));
    Stats st = {verbose, 0, 0};
    bool ok = true;
    for (int i = 0; i < lib_nfiles && ok; i++) ok = index_file(i, &out, &nwords[i], &st);
    sb_puts(&out, "\nconst SourceIndex lib_index[] = {\n");
    for (int i = 0; i < lib_nfiles; i++)
        sb_printf(&out, "    {lib_blocks_%d, %d, decls_%d, %d},\n", i, lib_files[i].nblocks, i, nwords[i]);
    sb_puts(&out, "};\n");
    if (verbose) {
        int words = 0;
        for (int i = 0; i < lib_nfiles; i++) words += nwords[i];
        fprintf(stderr, "libindex: %d files, %d declarations indexed, %d reparsed, %d words\n", lib_nfiles,
                st.indexed, st.reparsed, words);
    }
    free(nwords);
    if (ok) { /* write only a changed output (ninja then skips recompiling it) */
        FILE *fh = fopen(output, "rb");
        bool same = false;
        if (fh) {
            char *old = malloc(out.len + 1);
            size_t n = fread(old, 1, out.len + 1, fh);
            same = n == out.len && memcmp(old, out.data, n) == 0;
            free(old);
            fclose(fh);
        }
        if (!same) {
            fh = fopen(output, "wb");
            if (!fh || fwrite(out.data, 1, out.len, fh) != out.len || fclose(fh) != 0) {
                fprintf(stderr, "libindex: cannot write %s\n", output);
                ok = false;
            }
        }
    }
    sb_free(&out);
    return ok ? 0 : 1;
}
