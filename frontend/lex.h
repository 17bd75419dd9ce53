/* lex.h - Go tokens, source positions, diagnostics and the lexer.
 *
 * The lexer follows the Go specification's lexical rules: UTF-8 source,
 * automatic semicolon insertion after a line's final token when that token
 * is an identifier, a basic literal, one of the keywords break continue
 * fallthrough return, or one of ++ -- ) ] }. Comments are skipped (a general
 * comment containing a newline acts like a newline). A byte order mark at
 * the very start is ignored; so is a first line starting with "#!".
 */
#ifndef GOVM_LEX_H
#define GOVM_LEX_H

#include "../vm/util.h"

/* A source position: 1-based line and column (column counts bytes, as Go's). */
typedef struct Pos {
    uint32_t line;
    uint16_t col;
    uint16_t file; /* index into SourceSet.files */
} Pos;

#define TOKENS(X)                                                  \
    X(T_EOF, "EOF")                                                \
    X(T_ILLEGAL, "ILLEGAL")                                        \
    /* literals */                                                 \
    X(T_IDENT, "name")                                             \
    X(T_INT, "literal")                                            \
    X(T_FLOAT, "literal")                                          \
    X(T_IMAG, "literal")                                           \
    X(T_CHAR, "literal")                                           \
    X(T_STRING, "literal")                                         \
    /* operators */                                                \
    X(T_ADD, "+") X(T_SUB, "-") X(T_MUL, "*") X(T_QUO, "/")        \
    X(T_REM, "%") X(T_AND, "&") X(T_OR, "|") X(T_XOR, "^")         \
    X(T_SHL, "<<") X(T_SHR, ">>") X(T_AND_NOT, "&^")               \
    X(T_ADD_ASSIGN, "+=") X(T_SUB_ASSIGN, "-=")                    \
    X(T_MUL_ASSIGN, "*=") X(T_QUO_ASSIGN, "/=")                    \
    X(T_REM_ASSIGN, "%=") X(T_AND_ASSIGN, "&=")                    \
    X(T_OR_ASSIGN, "|=") X(T_XOR_ASSIGN, "^=")                     \
    X(T_SHL_ASSIGN, "<<=") X(T_SHR_ASSIGN, ">>=")                  \
    X(T_AND_NOT_ASSIGN, "&^=")                                     \
    X(T_LAND, "&&") X(T_LOR, "||") X(T_ARROW, "<-")                \
    X(T_INC, "++") X(T_DEC, "--")                                  \
    X(T_EQL, "==") X(T_LSS, "<") X(T_GTR, ">") X(T_ASSIGN, "=")    \
    X(T_NOT, "!") X(T_NEQ, "!=") X(T_LEQ, "<=") X(T_GEQ, ">=")     \
    X(T_DEFINE, ":=") X(T_ELLIPSIS, "...")                         \
    X(T_LPAREN, "(") X(T_LBRACK, "[") X(T_LBRACE, "{")             \
    X(T_COMMA, ",") X(T_PERIOD, ".")                               \
    X(T_RPAREN, ")") X(T_RBRACK, "]") X(T_RBRACE, "}")             \
    X(T_SEMICOLON, ";") X(T_COLON, ":") X(T_TILDE, "~")            \
    /* keywords */                                                 \
    X(T_BREAK, "break") X(T_CASE, "case") X(T_CHAN, "chan")        \
    X(T_CONST, "const") X(T_CONTINUE, "continue")                  \
    X(T_DEFAULT, "default") X(T_DEFER, "defer") X(T_ELSE, "else")  \
    X(T_FALLTHROUGH, "fallthrough") X(T_FOR, "for")                \
    X(T_FUNC, "func") X(T_GO, "go") X(T_GOTO, "goto") X(T_IF, "if") \
    X(T_IMPORT, "import") X(T_INTERFACE, "interface")              \
    X(T_MAP, "map") X(T_PACKAGE, "package") X(T_RANGE, "range")    \
    X(T_RETURN, "return") X(T_SELECT, "select")                    \
    X(T_STRUCT, "struct") X(T_SWITCH, "switch") X(T_TYPE, "type")  \
    X(T_VAR, "var")

typedef enum TokenKind {
#define X(k, s) k,
    TOKENS(X)
#undef X
    T_COUNT
} TokenKind;

/* The token's spelling ("+", "func", "name" for identifiers, ...). */
const char *tok_str(TokenKind k);

/* ---- source files and diagnostics ---------------------------------- */

/* What the build computed about a library file, to read less of it at
   every start-up. */
typedef struct SourceIndex {
    /* the top-level brace pairs, computed by lib/embed.py (lex_skip_block
       looks a '{' up here instead of scanning): for each, the offset of
       '{', the offset past its '}', the newlines between and the offset
       of the line holding the '}' */
    const uint32_t *blocks;
    int nblocks;
    /* the file's top-level declarations as parse_file_lazy builds them,
       written by lib/libindex.c (the format is in parse.h); NULL for a
       file not indexed yet (libindex itself) */
    const uint32_t *decls;
    int ndecls; /* words */
} SourceIndex;

typedef struct SourceFile {
    const char *name; /* as given by the user (used in messages) */
    const char *src;  /* contents, NUL-terminated, owned by the SourceSet */
    size_t len;
    bool borrowed;    /* src is not owned (srcset_add_static) */
    const SourceIndex *index; /* library files, or NULL */
} SourceFile;

typedef struct Diag {
    Pos pos;
    char *msg; /* malloc'd */
    bool soft; /* "declared and not used" style: reported only when no
                  hard error was found, as Go's compiler does */
} Diag;

/* All files of one compilation and the errors found in them. */
typedef struct SourceSet {
    VEC(SourceFile) files;
    VEC(Diag) diags;
    int max_errors; /* stop reporting after this many (Go: 10) */
} SourceSet;

void srcset_init(SourceSet *ss);
void srcset_free(SourceSet *ss);
/* Adds a file; takes ownership of src (malloc'd, NUL-terminated). Returns its index. */
int srcset_add(SourceSet *ss, const char *name, char *src, size_t len);
/* Adds a file whose contents (NUL-terminated) outlive the SourceSet, such
   as the library's embedded sources: they are neither copied nor freed. */
int srcset_add_static(SourceSet *ss, const char *name, const char *src, size_t len, const SourceIndex *index);
void diag_error(SourceSet *ss, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
void diag_soft(SourceSet *ss, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
int diag_count(const SourceSet *ss);
/* Sorts by position, drops duplicates on one line, keeps at most max_errors
   and writes "file:line:col: msg" lines (plus "too many errors"). */
void diag_print(SourceSet *ss, StrBuf *out);

/* ---- the lexer ------------------------------------------------------ */

typedef struct Token {
    TokenKind kind;
    Pos pos;
    const char *text; /* identifiers: interned name; literals: raw text
                         (not NUL-terminated in general: use len) */
    int len;
} Token;

typedef struct Lexer {
    SourceSet *ss;
    Interner *names;
    int file;
    const char *src, *p, *end;
    const char *line_start;
    uint32_t line;
    bool insert_semi; /* a newline now would produce an automatic ';' */
    bool open_at_eof; /* the input ended inside a raw string or a general
                         comment (the REPL then asks for more input) */
    bool trusted;     /* the library's embedded sources: valid UTF-8 without
                         NULs, so comments are skipped without looking */
} Lexer;

void lex_init(Lexer *lx, SourceSet *ss, Interner *names, int file);
/* Next token. An automatic semicolon has text "\n" (len 1), an explicit
   one ";", one inserted at the end of the input "" (len 0). Errors (bad
   characters, unterminated literals) go to ss->diags. */
Token lex_next(Lexer *lx);
/* Skips the rest of a block whose '{' lex_next just returned, without
   making tokens: strings, runes and comments are skipped whole, so braces
   inside them do not count. Stops after the matching '}' (as lex_next
   would, line numbers exact) and returns that brace's position. For code
   known to be valid Go: errors are not looked for. */
Pos lex_skip_block(Lexer *lx);
/* Skips the rest of a function signature whose parameters' '(' lex_next
   just returned, without making tokens: up to and including the body's
   '{', whose address it returns (then lex_skip_block skips the body), or
   up to the newline or ';' ending a declaration without body (then it
   returns NULL and lex_next returns that ';'). Braces of struct and
   interface types inside the signature are skipped. For code known to be
   valid Go. */
const char *lex_skip_signature(Lexer *lx);
/* Skips a type expression starting at byte at (a token lex_next just
   returned, on the current line) without making tokens: up to the
   newline, ';' or unmatched ')' ending it (what lex_next returns next).
   Also skips what a var or const spec has after its names (a type, then
   "= values"): true if it met that '='. For code known to be valid Go. */
bool lex_skip_type(Lexer *lx, const char *at);
/* A lexer over file that starts at byte at, in the line starting at
   line_start whose number is line (to parse a skipped block later). */
void lex_init_at(Lexer *lx, SourceSet *ss, Interner *names, int file, const char *at, const char *line_start,
                 uint32_t line);

#endif
