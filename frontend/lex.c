/* lex.c - Go tokens, source files, diagnostics and the lexer.
 *
 * The lexer walks the source with a byte pointer (lx->p). Every SourceFile
 * buffer is NUL-terminated, so the hot loops (identifiers, numbers, white
 * space, comments, strings) look at one byte at a time with no bounds test:
 * the terminating NUL stops them, and only then do we ask whether we are at
 * the end (p == end) or at a NUL inside the file (an error).
 *
 * Characters that are not plain ASCII go through peek(), which decodes UTF-8
 * and, like Go's source reader, reports and skips the bytes that can never be
 * part of a token: NUL, invalid UTF-8, and a byte order mark anywhere but at
 * the very start. Skipped bytes still count for column numbers (columns are
 * 1-based byte offsets in the line, as in Go).
 *
 * Error messages and their positions follow cmd/compile's scanner: an error
 * about the current character is reported at that character; an error about
 * the token as a whole ("string not terminated") at the token's start.
 *
 * Automatic semicolons: lx->insert_semi is set after a token that may end a
 * statement. The next newline (or a general comment spanning lines, or EOF)
 * then becomes a T_SEMICOLON whose text is "\n" (at EOF: "", length 0).
 */
#include "lex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex_unicode.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- tokens --------------------------------------------------------- */

static const char *const tok_names[T_COUNT] = {
#define X(k, s) s,
    TOKENS(X)
#undef X
};

const char *tok_str(TokenKind k)
{
    return (unsigned)k < T_COUNT ? tok_names[k] : "?";
}

/* ---- source files and diagnostics ---------------------------------- */

void srcset_init(SourceSet *ss)
{
    memset(ss, 0, sizeof *ss);
    ss->max_errors = 10;
}

void srcset_free(SourceSet *ss)
{
    for (int i = 0; i < ss->files.len; i++) {
        free((char *)ss->files.items[i].name);
        if (!ss->files.items[i].borrowed) free((char *)ss->files.items[i].src);
    }
    for (int i = 0; i < ss->diags.len; i++) free(ss->diags.items[i].msg);
    vec_free(&ss->files);
    vec_free(&ss->diags);
}

int srcset_add(SourceSet *ss, const char *name, char *src, size_t len)
{
    SourceFile f = {util_strndup(name, strlen(name)), src, len, false, NULL};
    vec_push(&ss->files, f);
    return ss->files.len - 1;
}

int srcset_add_static(SourceSet *ss, const char *name, const char *src, size_t len, const SourceIndex *index)
{
    SourceFile f = {util_strndup(name, strlen(name)), src, len, true, index};
    vec_push(&ss->files, f);
    return ss->files.len - 1;
}

static void diag_add(SourceSet *ss, Pos pos, bool soft, const char *fmt, va_list ap)
{
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    Diag d = {pos, sb_take(&b), soft};
    vec_push(&ss->diags, d);
}

void diag_error(SourceSet *ss, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_add(ss, pos, false, fmt, ap);
    va_end(ap);
}

void diag_soft(SourceSet *ss, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_add(ss, pos, true, fmt, ap);
    va_end(ap);
}

int diag_count(const SourceSet *ss)
{
    return ss->diags.len;
}

static bool same_line(Pos a, Pos b)
{
    return a.line != 0 && a.line == b.line && a.file == b.file;
}

static int pos_cmp(Pos a, Pos b)
{
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

/* Go's filter, applied in the order errors were reported: one syntax error
   per line, and no repeat of the same other message on one line. */
static bool diag_keep(const Diag *d, Pos *last_syntax, Pos *last_other, const char **last_msg)
{
    if (strncmp(d->msg, "syntax error", 12) == 0) {
        if (same_line(*last_syntax, d->pos)) return false;
        *last_syntax = d->pos;
        return true;
    }
    if (same_line(*last_other, d->pos) && *last_msg && strcmp(*last_msg, d->msg) == 0)
        return false;
    *last_other = d->pos;
    *last_msg = d->msg;
    return true;
}

/* Insertion sort by position: stable, and the lists are short and nearly
   sorted already. */
static void diag_sort(const Diag **v, int n)
{
    for (int i = 1; i < n; i++) {
        const Diag *d = v[i];
        int j = i;
        while (j > 0 && pos_cmp(v[j - 1]->pos, d->pos) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = d;
    }
}

static void diag_line(SourceSet *ss, StrBuf *out, Pos pos, const char *msg)
{
    const char *name = pos.file < ss->files.len ? ss->files.items[pos.file].name : "?";
    sb_printf(out, "%s:%u:%u: %s\n", name, (unsigned)pos.line, (unsigned)pos.col, msg);
}

/* As cmd/compile: errors are filtered in report order, the report stops
   once max_errors are kept (with "POS: too many errors", POS being the
   last kept error's), and what is kept is printed sorted by position with
   exact duplicates dropped. Soft errors count only if there is no hard one. */
void diag_print(SourceSet *ss, StrBuf *out)
{
    bool hard = false;
    for (int i = 0; i < ss->diags.len; i++) hard |= !ss->diags.items[i].soft;
    const Diag **kept = util_calloc((size_t)ss->diags.len + 1, sizeof *kept);
    int n = 0;
    bool too_many = false;
    Pos last_syntax = {0}, last_other = {0}, stop = {0};
    const char *last_msg = NULL;
    for (int i = 0; i < ss->diags.len && !too_many; i++) {
        const Diag *d = &ss->diags.items[i];
        if (d->soft == hard || !diag_keep(d, &last_syntax, &last_other, &last_msg)) continue;
        kept[n++] = d;
        if (ss->max_errors > 0 && n >= ss->max_errors) {
            too_many = true;
            stop = d->pos;
        }
    }
    diag_sort(kept, n);
    for (int i = 0; i < n; i++) {
        if (i > 0 && pos_cmp(kept[i]->pos, kept[i - 1]->pos) == 0 &&
            strcmp(kept[i]->msg, kept[i - 1]->msg) == 0)
            continue;
        diag_line(ss, out, kept[i]->pos, kept[i]->msg);
    }
    if (too_many) diag_line(ss, out, stop, "too many errors");
    free(kept);
}

/* ---- characters ----------------------------------------------------- */

static bool is_letter_ascii(int c)
{
    return (unsigned)((c | 0x20) - 'a') < 26 || c == '_';
}

static bool is_digit(int c)
{
    return (unsigned)(c - '0') < 10;
}

static bool is_hex(int c)
{
    return is_digit(c) || (unsigned)((c | 0x20) - 'a') < 6;
}

/* ASCII bytes that may continue an identifier (letters, digits, '_'). */
#define ID4(c) [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1
static const unsigned char ident_byte[256] = {
    ID4('0'), ID4('4'), ['8'] = 1, ['9'] = 1, ['_'] = 1,
    ID4('A'), ID4('E'), ID4('I'), ID4('M'), ID4('Q'), ID4('U'), ['Y'] = 1, ['Z'] = 1,
    ID4('a'), ID4('e'), ID4('i'), ID4('m'), ID4('q'), ID4('u'), ['y'] = 1, ['z'] = 1,
};
#undef ID4

/* Class of a code point >= 0x80 (UL, UD, UP), or 0 if unprintable. */
static int uni_class(int32_t r)
{
    int lo = 0, hi = (int)ARRAY_LEN(uni_ranges) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if ((uint32_t)r < uni_ranges[mid].lo) hi = mid - 1;
        else if ((uint32_t)r > uni_ranges[mid].hi) lo = mid + 1;
        else return uni_ranges[mid].cls;
    }
    return 0;
}

static bool is_print(int32_t r)
{
    if (r < 0x80) return r >= 0x20 && r < 0x7f;
    return uni_class(r) != 0;
}

/* Decodes one UTF-8 sequence at s (s < end). Returns the code point and
   its width, or -1 (width 1) for an invalid or overlong sequence. */
static int32_t utf8_decode(const unsigned char *s, const unsigned char *end, int *w)
{
    *w = 1;
    unsigned c = s[0];
    int n;
    int32_t r, min;
    if (c < 0x80) return (int32_t)c;
    if (c >= 0xc2 && c <= 0xdf) n = 1, r = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef) n = 2, r = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4) n = 3, r = c & 0x07, min = 0x10000;
    else return -1;
    if (end - s <= n) return -1;
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xc0) != 0x80) return -1;
        r = (r << 6) | (s[i] & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return -1;
    *w = n + 1;
    return r;
}

static int utf8_encode(char *buf, int32_t r)
{
    if (r < 0x80) {
        buf[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (char)(0xc0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3f));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xe0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (r & 0x3f));
        return 3;
    }
    buf[0] = (char)(0xf0 | (r >> 18));
    buf[1] = (char)(0x80 | ((r >> 12) & 0x3f));
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3f));
    buf[3] = (char)(0x80 | (r & 0x3f));
    return 4;
}

/* Go's %#U: "U+0040 '@'", or just "U+0007" when not printable. */
static const char *fmt_U(char *buf, int32_t r)
{
    int n = sprintf(buf, "U+%04X", (unsigned)r);
    if (r <= 0x10ffff && !(r >= 0xd800 && r < 0xe000) && is_print(r)) {
        buf[n++] = ' ';
        buf[n++] = '\'';
        n += utf8_encode(buf + n, r);
        buf[n++] = '\'';
        buf[n] = 0;
    }
    return buf;
}

/* Go's %q for a rune (strconv.QuoteRune). */
static const char *fmt_q(char *buf, int32_t r)
{
    static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv\\\\''";
    for (const char *e = esc; *e; e += 2) {
        if (r == e[0]) {
            sprintf(buf, "'\\%c'", e[1]);
            return buf;
        }
    }
    if (is_print(r)) {
        int n = 0;
        buf[n++] = '\'';
        n += utf8_encode(buf + n, r);
        buf[n++] = '\'';
        buf[n] = 0;
    } else if (r < 0x80) {
        sprintf(buf, "'\\x%02x'", (unsigned)r);
    } else if (r < 0x10000) {
        sprintf(buf, "'\\u%04x'", (unsigned)r);
    } else {
        sprintf(buf, "'\\U%08x'", (unsigned)r);
    }
    return buf;
}

/* ---- lexer state helpers -------------------------------------------- */

static Pos pos_at(const Lexer *lx, const char *p)
{
    Pos pos;
    size_t col = (size_t)(p - lx->line_start) + 1;
    pos.line = lx->line;
    pos.col = col > 0xffff ? 0xffff : (uint16_t)col;
    pos.file = (uint16_t)lx->file;
    return pos;
}

#define lx_error(lx, p, ...) diag_error((lx)->ss, pos_at((lx), (p)), __VA_ARGS__)

/* Consumes a newline at lx->p. */
static void newline(Lexer *lx)
{
    lx->p++;
    lx->line++;
    lx->line_start = lx->p;
}

/* Slow path of peek(): reports and skips NULs, invalid UTF-8 and BOMs. */
static int32_t peek_slow(Lexer *lx, int *w)
{
    for (;;) {
        const unsigned char *s = (const unsigned char *)lx->p;
        if (lx->p >= lx->end) {
            *w = 0;
            return -1;
        }
        if (*s == 0) {
            lx_error(lx, lx->p, "invalid NUL character");
            lx->p++;
            continue;
        }
        int32_t r = utf8_decode(s, (const unsigned char *)lx->end, w);
        if (r < 0) {
            lx_error(lx, lx->p, "invalid UTF-8 encoding");
            lx->p++;
            continue;
        }
        if (r == 0xfeff) {
            lx_error(lx, lx->p, "invalid BOM in the middle of the file");
            lx->p += *w;
            continue;
        }
        return r;
    }
}

/* The character at lx->p (-1 at EOF) and its width; never consumes it,
   but skips (with an error) bytes that cannot start a character. */
static inline int32_t peek(Lexer *lx, int *w)
{
    unsigned char c = (unsigned char)*lx->p;
    if (LIKELY(c != 0 && c < 0x80)) {
        *w = 1;
        return c;
    }
    return peek_slow(lx, w);
}

/* Consumes character c of width w at lx->p (newlines included). */
static void consume(Lexer *lx, int32_t c, int w)
{
    if (c == '\n') newline(lx);
    else lx->p += w;
}

/* Skips plain ASCII bytes other than the stop characters; the bytes that
   need a closer look (NUL, non-ASCII) stop the scan too. */
static void skip_plain(Lexer *lx, const char *stops)
{
    uint64_t lo = 0, hi = 0; /* the stop characters as a 128-bit set */
    for (const char *t = stops; *t; t++) {
        unsigned c = (unsigned char)*t;
        if (c < 64) lo |= 1ULL << c;
        else hi |= 1ULL << (c - 64);
    }
    const unsigned char *s = (const unsigned char *)lx->p;
    for (;; s++) {
        unsigned c = *s;
        if (c - 1u >= 0x7fu || ((c < 64 ? lo >> c : hi >> (c - 64)) & 1)) break;
    }
    lx->p = (const char *)s;
}

void lex_init(Lexer *lx, SourceSet *ss, Interner *names, int file)
{
    const SourceFile *f = &ss->files.items[file];
    memset(lx, 0, sizeof *lx);
    lx->ss = ss;
    lx->names = names;
    lx->file = file;
    lx->src = lx->p = lx->line_start = f->src;
    lx->end = f->src + f->len;
    lx->line = 1;
    if (f->len >= 3 && memcmp(f->src, "\xef\xbb\xbf", 3) == 0) lx->p += 3;
    if (lx->end - lx->p >= 2 && lx->p[0] == '#' && lx->p[1] == '!') {
        while (lx->p < lx->end && *lx->p != '\n') lx->p++;
    }
}

/* ---- identifiers and keywords --------------------------------------- */

static TokenKind kw(const char *s, int n, const char *word, TokenKind k)
{
    return (int)strlen(word) == n && memcmp(s, word, (size_t)n) == 0 ? k : T_IDENT;
}

/* Keyword lookup: a switch on the first letter, then one or two compares. */
static TokenKind keyword(const char *s, int n)
{
    if (n < 2 || n > 11) return T_IDENT;
    switch (s[0]) {
    case 'b': return kw(s, n, "break", T_BREAK);
    case 'c':
        if (n == 4) return s[1] == 'a' ? kw(s, n, "case", T_CASE) : kw(s, n, "chan", T_CHAN);
        return n == 5 ? kw(s, n, "const", T_CONST) : kw(s, n, "continue", T_CONTINUE);
    case 'd':
        return n == 7 ? kw(s, n, "default", T_DEFAULT) : kw(s, n, "defer", T_DEFER);
    case 'e': return kw(s, n, "else", T_ELSE);
    case 'f':
        if (n == 3) return kw(s, n, "for", T_FOR);
        return n == 4 ? kw(s, n, "func", T_FUNC) : kw(s, n, "fallthrough", T_FALLTHROUGH);
    case 'g': return n == 2 ? kw(s, n, "go", T_GO) : kw(s, n, "goto", T_GOTO);
    case 'i':
        if (n == 2) return kw(s, n, "if", T_IF);
        return n == 6 ? kw(s, n, "import", T_IMPORT) : kw(s, n, "interface", T_INTERFACE);
    case 'm': return kw(s, n, "map", T_MAP);
    case 'p': return kw(s, n, "package", T_PACKAGE);
    case 'r': return n == 5 ? kw(s, n, "range", T_RANGE) : kw(s, n, "return", T_RETURN);
    case 's':
        if (n == 6 && s[1] == 'e') return kw(s, n, "select", T_SELECT);
        return n == 6 ? (s[1] == 't' ? kw(s, n, "struct", T_STRUCT) : kw(s, n, "switch", T_SWITCH))
                      : T_IDENT;
    case 't': return kw(s, n, "type", T_TYPE);
    case 'v': return kw(s, n, "var", T_VAR);
    }
    return T_IDENT;
}

/* Checks a non-ASCII identifier character; returns false if c ends the
   identifier. Like Go, any non-ASCII character continues it (with an
   error when it is neither a letter nor a digit). */
static bool ident_char(Lexer *lx, int32_t c, bool first)
{
    char buf[32];
    if (c < 0x80) return is_letter_ascii(c) || (!first && is_digit(c));
    int cls = uni_class(c);
    if (cls == UD && first) lx_error(lx, lx->p, "identifier cannot begin with digit %s", fmt_U(buf, c));
    else if (cls != UL && cls != UD) lx_error(lx, lx->p, "invalid character %s in identifier", fmt_U(buf, c));
    return true;
}

static void scan_ident(Lexer *lx, Token *t, const char *start)
{
    const unsigned char *s = (const unsigned char *)lx->p;
    while (ident_byte[*s]) s++;
    lx->p = (const char *)s;
    bool ascii = true;
    for (;;) {
        int w;
        int32_t c = peek(lx, &w);
        if (c < 0x80 ? !(is_letter_ascii(c) || is_digit(c)) : !ident_char(lx, c, false)) break;
        ascii &= c < 0x80;
        lx->p += w;
    }
    t->len = (int)(lx->p - start);
    t->kind = ascii ? keyword(start, t->len) : T_IDENT;
    if (t->kind == T_IDENT) {
        t->text = intern(lx->names, start, (size_t)t->len);
        lx->insert_semi = true;
    } else {
        t->text = start;
        lx->insert_semi = t->kind == T_BREAK || t->kind == T_CONTINUE ||
                          t->kind == T_FALLTHROUGH || t->kind == T_RETURN;
    }
}

/* ---- numbers -------------------------------------------------------- */

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    }
    return "hexadecimal";
}

/* Scans { digit | '_' } and returns bit 0 set if there were digits, bit 1
   if there were separators. For base <= 10 any decimal digit is accepted
   but the offset (from start) of the first one >= base goes to *invalid. */
static int scan_digits(Lexer *lx, const char *start, int base, int *invalid)
{
    int ds = 0;
    const char *p = lx->p;
    for (;; p++) {
        int c = (unsigned char)*p;
        if (c == '_') ds |= 2;
        else if (base <= 10 ? is_digit(c) : is_hex(c)) {
            ds |= 1;
            if (base < 10 && c - '0' >= base && invalid && *invalid < 0) *invalid = (int)(p - start);
        } else break;
    }
    lx->p = p;
    return ds;
}

/* Offset of the first misplaced '_' in the literal s[0..n), or -1: each
   '_' must follow a digit (or the base prefix) and precede a digit. */
static int invalid_sep(const char *s, int n)
{
    bool hex = false;
    int prev = '.'; /* '0' digit, '_' separator, '.' anything else */
    int i = 0;
    if (n >= 2 && s[0] == '0' && strchr("xXoObB", s[1])) {
        hex = (s[1] | 0x20) == 'x';
        prev = '0';
        i = 2;
    }
    for (; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '_') {
            if (prev != '0') return i;
            prev = '_';
        } else if (is_digit(c) || (hex && is_hex(c))) {
            prev = '0';
        } else {
            if (prev == '_') return i - 1;
            prev = '.';
        }
    }
    return prev == '_' ? n - 1 : -1;
}

/* Base prefix after a leading '0': returns the base; *prefix gets 'x', 'o',
   'b', or '0' for a legacy octal literal. */
static int scan_prefix(Lexer *lx, int *prefix, int *ds)
{
    lx->p++; /* '0' */
    switch (*lx->p | 0x20) {
    case 'x': lx->p++; *prefix = 'x'; return 16;
    case 'o': lx->p++; *prefix = 'o'; return 8;
    case 'b': lx->p++; *prefix = 'b'; return 2;
    }
    *prefix = '0';
    *ds = 1; /* the leading 0 is a digit */
    return 8;
}

/* Exponent part (at 'e' or 'p'); returns false after an error. */
static bool scan_exponent(Lexer *lx, int prefix, bool ok, int *ds)
{
    char buf[16];
    int e = *lx->p | 0x20;
    if (ok && e == 'e' && prefix != 0 && prefix != '0') {
        lx_error(lx, lx->p, "%s exponent requires decimal mantissa", fmt_q(buf, *lx->p));
        ok = false;
    } else if (ok && e == 'p' && prefix != 'x') {
        lx_error(lx, lx->p, "%s exponent requires hexadecimal mantissa", fmt_q(buf, *lx->p));
        ok = false;
    }
    lx->p++;
    if (*lx->p == '+' || *lx->p == '-') lx->p++;
    int eds = scan_digits(lx, lx->p, 10, NULL);
    *ds = eds | (*ds & 2);
    if (!(eds & 1) && ok) {
        lx_error(lx, lx->p, "exponent has no digits");
        ok = false;
    }
    return ok;
}

/* Number literal starting at start; lx->p is past the '.' if seen_point. */
static void scan_number(Lexer *lx, Token *t, const char *start, bool seen_point)
{
    TokenKind kind = T_INT;
    int base = 10, prefix = 0, ds = 0, invalid = -1;
    bool ok = true;
    char buf[16];
    if (!seen_point) {
        if (*lx->p == '0') base = scan_prefix(lx, &prefix, &ds);
        ds |= scan_digits(lx, start, base, &invalid);
        if (*lx->p == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lx_error(lx, lx->p, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            lx->p++;
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        ds |= scan_digits(lx, start, base, &invalid);
    }
    if (!(ds & 1) && ok) {
        lx_error(lx, lx->p, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int e = *lx->p | 0x20;
    if (e == 'e' || e == 'p') {
        ok = scan_exponent(lx, prefix, ok, &ds);
        kind = T_FLOAT;
    } else if (prefix == 'x' && kind == T_FLOAT && ok) {
        lx_error(lx, lx->p, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (*lx->p == 'i') {
        kind = T_IMAG;
        lx->p++;
    }
    t->kind = kind;
    t->text = start;
    t->len = (int)(lx->p - start);
    if (kind == T_INT && invalid >= 0 && ok) {
        lx_error(lx, start + invalid, "invalid digit %s in %s literal", fmt_q(buf, start[invalid]),
                 base_name(base));
        ok = false;
    }
    if ((ds & 2) && ok) {
        int i = invalid_sep(start, t->len);
        if (i >= 0) lx_error(lx, start + i, "'_' must separate successive digits");
    }
}

/* ---- strings and runes ---------------------------------------------- */

static int hex_val(int32_t c)
{
    if (is_digit(c)) return c - '0';
    if ((unsigned)((c | 0x20) - 'a') < 6) return (c | 0x20) - 'a' + 10;
    return 99;
}

/* One escape sequence after a backslash (lx->p is past it). Returns false
   after reporting an error; at EOF returns true (the caller complains). */
static bool scan_escape(Lexer *lx, int32_t quote)
{
    int w, n;
    int32_t c = peek(lx, &w);
    uint32_t base, max, x = 0;
    char buf[32];
    if (c == quote || (c > 0 && c < 0x80 && strchr("abfnrtv\\", (int)c))) {
        lx->p++;
        return true;
    }
    switch (c) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': lx->p++; n = 2, base = 16, max = 255; break;
    case 'u': lx->p++; n = 4, base = 16, max = 0x10ffff; break;
    case 'U': lx->p++; n = 8, base = 16, max = 0x10ffff; break;
    default:
        if (c < 0) return true;
        lx_error(lx, lx->p, "unknown escape");
        return false;
    }
    for (; n > 0; n--) {
        c = peek(lx, &w);
        if (c < 0) return true;
        uint32_t d = (uint32_t)hex_val(c);
        if (d >= base) {
            lx_error(lx, lx->p, "invalid character %s in %s escape", fmt_q(buf, c), base_name((int)base));
            return false;
        }
        x = x * base + d;
        lx->p++;
    }
    if (x > max && base == 8) {
        lx_error(lx, lx->p, "octal escape value %u > 255", (unsigned)x);
        return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
        lx_error(lx, lx->p, "escape is invalid Unicode code point %s", fmt_U(buf, (int32_t)x));
        return false;
    }
    return true;
}

static void scan_rune(Lexer *lx, const char *start)
{
    bool ok = true;
    lx->p++; /* ' */
    for (int n = 0;; n++) {
        int w;
        int32_t c = peek(lx, &w);
        if (c == '\'') {
            if (ok && n == 0) lx_error(lx, lx->p, "empty rune literal or unescaped '");
            else if (ok && n != 1) lx_error(lx, start, "more than one character in rune literal");
            lx->p++;
            return;
        }
        if (c == '\\') {
            lx->p++;
            ok &= scan_escape(lx, '\'');
            continue;
        }
        if (c == '\n') {
            if (ok) lx_error(lx, lx->p, "newline in rune literal");
            return;
        }
        if (c < 0) {
            if (ok) lx_error(lx, start, "rune literal not terminated");
            return;
        }
        lx->p += w;
    }
}

static void scan_string(Lexer *lx, const char *start)
{
    lx->p++; /* " */
    for (;;) {
        skip_plain(lx, "\"\\\n");
        int w;
        int32_t c = peek(lx, &w);
        if (c == '"') {
            lx->p++;
            return;
        }
        if (c == '\\') {
            lx->p++;
            scan_escape(lx, '"');
            continue;
        }
        if (c == '\n') {
            lx_error(lx, lx->p, "newline in string");
            return;
        }
        if (c < 0) {
            lx_error(lx, start, "string not terminated");
            return;
        }
        lx->p += w;
    }
}

static void scan_raw_string(Lexer *lx, Pos start)
{
    lx->p++; /* ` */
    for (;;) {
        skip_plain(lx, "`\n");
        int w;
        int32_t c = peek(lx, &w);
        if (c == '`') {
            lx->p++;
            return;
        }
        if (c < 0) {
            diag_error(lx->ss, start, "string not terminated");
            lx->open_at_eof = true;
            return;
        }
        consume(lx, c, w);
    }
}

/* ---- comments ------------------------------------------------------- */

static void skip_line_comment(Lexer *lx)
{
    if (lx->trusted) {
        /* the library's sources hold no bytes to report */
        const char *nl = memchr(lx->p, '\n', (size_t)(lx->end - lx->p));
        lx->p = nl ? nl : lx->end;
        return;
    }
    for (;;) {
        skip_plain(lx, "\n");
        int w;
        int32_t c = peek(lx, &w);
        if (c == '\n' || c < 0) return;
        lx->p += w;
    }
}

/* Skips a general comment (lx->p is past the opening); returns whether
   it spanned lines. */
static bool skip_general_comment(Lexer *lx, Pos start)
{
    uint32_t line = lx->line;
    for (;;) {
        skip_plain(lx, "*\n");
        if (lx->p[0] == '*' && lx->p[1] == '/') {
            lx->p += 2;
            break;
        }
        int w;
        int32_t c = peek(lx, &w);
        if (c < 0) {
            diag_error(lx->ss, start, "comment not terminated");
            lx->open_at_eof = true;
            break;
        }
        consume(lx, c, w);
    }
    return lx->line > line;
}

/* ---- operators ------------------------------------------------------ */

/* Consumes the next character if it is c. */
static bool eat(Lexer *lx, char c)
{
    if (*lx->p != c) return false;
    lx->p++;
    return true;
}

/* op, or its assignment form op= if "=" follows. */
static TokenKind op_assign(Lexer *lx, TokenKind op, TokenKind assign)
{
    return eat(lx, '=') ? assign : op;
}

/* ++ or -- (which may end a statement), else op or op=. */
static TokenKind op_incdec(Lexer *lx, char c, TokenKind incdec, TokenKind op, TokenKind assign)
{
    if (!eat(lx, c)) return op_assign(lx, op, assign);
    lx->insert_semi = true;
    return incdec;
}

/* Operators and delimiters; lx->p is past the first character c.
   T_ILLEGAL if c starts none. */
static TokenKind scan_op(Lexer *lx, int c)
{
    switch (c) {
    case '(': return T_LPAREN;
    case '[': return T_LBRACK;
    case '{': return T_LBRACE;
    case ',': return T_COMMA;
    case ';': return T_SEMICOLON;
    case ')': lx->insert_semi = true; return T_RPAREN;
    case ']': lx->insert_semi = true; return T_RBRACK;
    case '}': lx->insert_semi = true; return T_RBRACE;
    case '~': return T_TILDE;
    case ':': return eat(lx, '=') ? T_DEFINE : T_COLON;
    case '.':
        if (lx->p[0] == '.' && lx->p[1] == '.') {
            lx->p += 2;
            return T_ELLIPSIS;
        }
        return T_PERIOD;
    case '+': return op_incdec(lx, '+', T_INC, T_ADD, T_ADD_ASSIGN);
    case '-': return op_incdec(lx, '-', T_DEC, T_SUB, T_SUB_ASSIGN);
    case '*': return op_assign(lx, T_MUL, T_MUL_ASSIGN);
    case '/': return op_assign(lx, T_QUO, T_QUO_ASSIGN);
    case '%': return op_assign(lx, T_REM, T_REM_ASSIGN);
    case '^': return op_assign(lx, T_XOR, T_XOR_ASSIGN);
    case '=': return eat(lx, '=') ? T_EQL : T_ASSIGN;
    case '!': return eat(lx, '=') ? T_NEQ : T_NOT;
    case '&':
        if (eat(lx, '&')) return T_LAND;
        if (eat(lx, '^')) return op_assign(lx, T_AND_NOT, T_AND_NOT_ASSIGN);
        return op_assign(lx, T_AND, T_AND_ASSIGN);
    case '|': return eat(lx, '|') ? T_LOR : op_assign(lx, T_OR, T_OR_ASSIGN);
    case '<':
        if (eat(lx, '-')) return T_ARROW;
        if (eat(lx, '<')) return op_assign(lx, T_SHL, T_SHL_ASSIGN);
        return eat(lx, '=') ? T_LEQ : T_LSS;
    case '>':
        if (eat(lx, '>')) return op_assign(lx, T_SHR, T_SHR_ASSIGN);
        return eat(lx, '=') ? T_GEQ : T_GTR;
    }
    return T_ILLEGAL;
}

/* ---- the scanner loop ----------------------------------------------- */

static void skip_space(Lexer *lx, bool semi)
{
    for (;;) {
        char c = *lx->p;
        if (c == ' ' || c == '\t' || c == '\r') lx->p++;
        else if (c == '\n' && !semi) newline(lx);
        else return;
    }
}

/* Scans a literal or identifier starting with c; returns false if c
   starts none of them. */
static bool scan_word(Lexer *lx, Token *t, int32_t c, int w)
{
    const char *start = lx->p;
    if (c >= 0x80 || is_letter_ascii(c)) {
        if (c >= 0x80) ident_char(lx, c, true);
        lx->p += w;
        scan_ident(lx, t, start);
        return true;
    }
    if (is_digit(c) || (c == '.' && is_digit(lx->p[1]))) {
        if (c == '.') lx->p++;
        scan_number(lx, t, start, c == '.');
    } else if (c == '"') {
        t->kind = T_STRING;
        scan_string(lx, start);
    } else if (c == '`') {
        t->kind = T_STRING;
        scan_raw_string(lx, t->pos);
    } else if (c == '\'') {
        t->kind = T_CHAR;
        scan_rune(lx, start);
    } else {
        return false;
    }
    if (t->kind != T_INT && t->kind != T_FLOAT && t->kind != T_IMAG) {
        t->text = start;
        t->len = (int)(lx->p - start);
    }
    lx->insert_semi = true;
    return true;
}

/* ---- skipping a block ------------------------------------------------ */

/* Skips to the end of a quoted literal (q is '"' or '\''; p is after the
   opening quote): escapes skip the byte after the backslash. */
static const char *skip_quoted(const char *p, char q)
{
    while (*p && *p != q && *p != '\n') {
        if (*p == '\\' && p[1]) p++;
        p++;
    }
    return *p == q ? p + 1 : p;
}

/* Skips a general or line comment at p (p[0] == '/', p[1] == '/' or '*'),
   counting lines; returns the byte after it (a line comment's newline is
   left in place). */
static const char *skip_comment(Lexer *lx, const char *p)
{
    if (p[1] == '/') {
        for (p += 2; *p && *p != '\n'; p++) {}
        return p;
    }
    for (p += 2; *p && !(p[0] == '*' && p[1] == '/'); p++)
        if (*p == '\n') {
            lx->line++;
            lx->line_start = p + 1;
        }
    return *p ? p + 2 : p;
}

/* Skips a raw string literal at p (p[0] == '`'), counting lines; returns
   the byte after its closing quote. */
static const char *skip_raw(Lexer *lx, const char *p)
{
    for (p++; *p && *p != '`'; p++)
        if (*p == '\n') {
            lx->line++;
            lx->line_start = p + 1;
        }
    return *p ? p + 1 : p;
}

/* The bytes lex_skip_block must look at; it steps over all others. */
static const unsigned char block_special[256] = {
    [0] = 1, ['\n'] = 1, ['{'] = 1, ['}'] = 1, ['"'] = 1, ['\''] = 1, ['`'] = 1, ['/'] = 1,
};

/* The first byte at or after p that lex_skip_block must look at (with
   SSE2, 16 bytes at a time while they lie inside the source). */
static const char *next_special(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i nul = _mm_setzero_si128(), nl = _mm_set1_epi8('\n'), lb = _mm_set1_epi8('{'),
                  rb = _mm_set1_epi8('}'), dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\''),
                  bq = _mm_set1_epi8('`'), sl = _mm_set1_epi8('/');
    while (end - p >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)p);
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nul), _mm_cmpeq_epi8(v, nl)),
                                              _mm_or_si128(_mm_cmpeq_epi8(v, lb), _mm_cmpeq_epi8(v, rb))),
                                 _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, sq)),
                                              _mm_or_si128(_mm_cmpeq_epi8(v, bq), _mm_cmpeq_epi8(v, sl))));
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits) return p + __builtin_ctz(bits);
        p += 16;
    }
#else
    UNUSED(end);
#endif
    while (!block_special[(unsigned char)*p]) p++;
    return p;
}

/* The top-level block whose '{' is at offset off of a library file, from
   lib/embed.py's index, or NULL. */
static const uint32_t *indexed_block(const Lexer *lx, uint32_t off)
{
    const SourceIndex *ix = lx->ss->files.items[lx->file].index;
    int lo = 0, hi = ix ? ix->nblocks : 0;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const uint32_t *b = ix->blocks + 4 * mid;
        if (b[0] == off) return b;
        if (b[0] < off) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

Pos lex_skip_block(Lexer *lx)
{
    const uint32_t *b = indexed_block(lx, (uint32_t)(lx->p - 1 - lx->src));
    if (b) {
        lx->p = lx->src + b[1];
        lx->line += b[2];
        if (b[2]) lx->line_start = lx->src + b[3];
        lx->insert_semi = true; /* as after any '}' */
        return pos_at(lx, lx->p - 1);
    }
    int depth = 1;
    const char *p = lx->p;
    for (;;) {
        p = next_special(p, lx->end);
        switch (*p) {
        case 0:
            if (p >= lx->end) {
                lx->p = p;
                return pos_at(lx, p);
            }
            p++;
            break;
        case '\n':
            p++;
            lx->line++;
            lx->line_start = p;
            break;
        case '{':
            depth++;
            p++;
            break;
        case '}':
            p++;
            if (--depth == 0) {
                lx->p = p;
                lx->insert_semi = true; /* as after any '}' */
                return pos_at(lx, p - 1);
            }
            break;
        case '"':
        case '\'':
            p = skip_quoted(p + 1, *p);
            break;
        case '`': p = skip_raw(lx, p); break;
        case '/': p = p[1] == '/' || p[1] == '*' ? skip_comment(lx, p) : p + 1; break;
        default: p++; break;
        }
    }
}

/* The scanner behind lex_skip_signature and lex_skip_type: from p, with
   depth ( and [ open, up to the newline or ';' ending the declaration (a
   type also ends at an unmatched ')' or ']'). A signature stops at its
   body's '{' and returns its address; braces after struct or interface
   (and every brace of a type) are skipped as blocks. *assign (if given)
   tells whether an '=' was met outside brackets (a var spec's value). */
static const char *skip_decl(Lexer *lx, const char *p, int depth, bool signature, bool *assign)
{
    bool type_brace = false; /* the last word was struct or interface */
    bool operand = false;    /* the last token was an operator or ',': a
                                newline does not end the line (a value
                                split after "+") */
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (c == ' ' || c == '\t' || c == '\r') {
            p++;
            continue;
        }
        if (c == '/' && (p[1] == '/' || p[1] == '*')) {
            uint32_t line = lx->line;
            p = skip_comment(lx, p);
            if (depth == 0 && lx->line != line) break; /* acts as a newline */
            continue;
        }
        if (ident_byte[c] || c >= 0x80) {
            const char *w = p;
            while (ident_byte[(unsigned char)*p] || (unsigned char)*p >= 0x80) p++;
            type_brace = (p - w == 6 && memcmp(w, "struct", 6) == 0) || (p - w == 9 && memcmp(w, "interface", 9) == 0);
            operand = false;
            continue;
        }
        if (c == '\n') {
            if (depth == 0 && !type_brace && !operand) break;
            p++;
            lx->line++;
            lx->line_start = p;
            continue;
        }
        bool tb = type_brace;
        type_brace = false;
        if (c == 0 || c == ';') break;
        operand = strchr("+-*/%&|^<>=!,", c) != NULL;
        if (c == '=' && depth == 0 && assign) *assign = true;
        if (!signature && (c == ')' || c == ']') && depth == 0) break;
        switch (c) {
        case '(':
        case '[': depth++, p++; break;
        case ')':
        case ']': depth--, p++; break;
        case '"':
        case '\'': p = skip_quoted(p + 1, (char)c); break;
        case '`': p = skip_raw(lx, p); break;
        case '{':
            if (signature && depth == 0 && !tb) { /* the body */
                lx->p = p + 1;
                return p;
            }
            lx->p = p + 1; /* a struct or interface type's fields or methods */
            lex_skip_block(lx);
            p = lx->p;
            break;
        default: p++; break;
        }
    }
    /* the newline, ';', end of input (or for a type a closing bracket)
       ends the declaration: a type or a signature without body ends with
       a name, ')', ']' or '}' */
    lx->p = p;
    lx->insert_semi = true;
    return NULL;
}

const char *lex_skip_signature(Lexer *lx)
{
    return skip_decl(lx, lx->p, 1, true, NULL); /* the parameters' ( is open */
}

bool lex_skip_type(Lexer *lx, const char *at)
{
    bool assign = false;
    skip_decl(lx, at, 0, false, &assign);
    return assign;
}

void lex_init_at(Lexer *lx, SourceSet *ss, Interner *names, int file, const char *at, const char *line_start,
                 uint32_t line)
{
    lex_init(lx, ss, names, file);
    lx->p = at;
    lx->line_start = line_start;
    lx->line = line;
}

Token lex_next(Lexer *lx)
{
    bool semi = lx->insert_semi;
    lx->insert_semi = false;
    Token t;
    for (;;) {
        skip_space(lx, semi);
        int w;
        int32_t c = peek(lx, &w); /* may skip bad bytes, then white space again */
        if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !semi)) continue;
        t.pos = pos_at(lx, lx->p);
        t.text = lx->p;
        t.len = 1;
        if (c < 0) {
            t.kind = semi ? T_SEMICOLON : T_EOF;
            t.len = 0;
            t.text = "";
            return t;
        }
        if (c == '\n') { /* only reached when semi is set */
            newline(lx);
            t.kind = T_SEMICOLON;
            t.text = "\n";
            return t;
        }
        if (scan_word(lx, &t, c, w)) return t;
        if (c == '/' && (lx->p[1] == '/' || lx->p[1] == '*')) {
            lx->p += 2;
            if (lx->p[-1] == '/') {
                skip_line_comment(lx);
                continue;
            }
            if (skip_general_comment(lx, t.pos) && semi) {
                t.kind = T_SEMICOLON;
                t.text = "\n";
                return t;
            }
            continue;
        }
        lx->p += w;
        t.kind = scan_op(lx, c);
        if (t.kind != T_ILLEGAL) {
            t.len = (int)(lx->p - t.text);
            return t;
        }
        char buf[32];
        lx_error(lx, t.text, "invalid character %s", fmt_U(buf, c));
    }
}
