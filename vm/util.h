/* util.h - small building blocks shared by every govm module.
 *
 *   Arena    bump allocator for data that lives as long as its owner
 *            (AST, types, compiled code); freed all at once.
 *   Vec      typed growable arrays (macros over realloc).
 *   Interner unique copies of strings: equal names compare by pointer.
 *   StrBuf   growable byte buffer for building text.
 *
 * None of these hold global state; each is owned by whoever created it.
 * Out-of-memory in these host-side structures is fatal (util_oom): they hold
 * compiler and loader data, not Go heap objects.
 */
#ifndef GOVM_UTIL_H
#define GOVM_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define UNUSED(x) ((void)(x))
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define ALIGN_UP(n, a) (((n) + ((a)-1)) & ~((size_t)(a)-1))

#if defined(__GNUC__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NORETURN __attribute__((noreturn))
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#define NORETURN
#define PRINTF_LIKE(f, a)
#endif

NORETURN void util_oom(void);

/* Initialises a runtime lock: an adaptive mutex where the C library has
   one (it spins briefly before sleeping, as locks held for a few hundred
   nanoseconds - channels, run queues - want), else a default one. */
#include <pthread.h>
void util_mutex_init(pthread_mutex_t *m);

/* A lock for critical sections of a few hundred nanoseconds that threads
   take at a high rate (channels): it spins longer than the C library's
   adaptive mutex before it sleeps on a futex, and an unlock makes a system
   call only when a thread sleeps. state: 0 free, 1 held, 2 held and a
   thread may sleep. Zero-initialised memory is a free lock. */
typedef struct SpinLock {
    uint32_t state;
} SpinLock;
void spinlock_lock_slow(SpinLock *l);
void spinlock_wake(SpinLock *l);
static inline void spinlock_lock(SpinLock *l)
{
    uint32_t free_ = 0;
    if (__builtin_expect(__atomic_compare_exchange_n(&l->state, &free_, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED), 1))
        return;
    spinlock_lock_slow(l);
}
static inline void spinlock_unlock(SpinLock *l)
{
    if (__builtin_expect(__atomic_exchange_n(&l->state, 0, __ATOMIC_RELEASE) == 2, 0)) spinlock_wake(l);
}
void *util_malloc(size_t n);           /* never returns NULL */
void *util_calloc(size_t n, size_t sz); /* never returns NULL */
void *util_realloc(void *p, size_t n); /* never returns NULL */
char *util_strndup(const char *s, size_t n);
/* Zeroed memory straight from the kernel, for big tables used sparsely
   (calloc would clear, and so fault in, every page); never NULL. Freed
   with util_free_pages and the same size. */
void *util_zalloc_pages(size_t n);
void util_free_pages(void *p, size_t n);

/* ---- Arena ---------------------------------------------------------- */

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head; /* newest chunk first */
    char *cur, *end;  /* free space in head */
    int nchunks;      /* standard chunks taken (they grow) */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
/* Zeroed, 16-byte aligned. The bump is inline (the front end allocates
   every node, object and type here); a new chunk is the slow path. */
void *arena_alloc_chunk(Arena *a, size_t n);
static inline void *arena_alloc(Arena *a, size_t n)
{
    n = ALIGN_UP(n ? n : 1, 16);
    if (LIKELY((size_t)(a->end - a->cur) >= n)) {
        void *p = a->cur;
        a->cur += n;
        return p;
    }
    return arena_alloc_chunk(a, n);
}
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) PRINTF_LIKE(2, 3);
#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_NEWN(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* ---- Vec ------------------------------------------------------------ */

/* A Vec is a struct { T *items; int len, cap; } declared with VEC(T). */
#define VEC(T)      \
    struct {        \
        T *items;   \
        int len;    \
        int cap;    \
    }
#define vec_push(v, x)                                                              \
    do {                                                                            \
        if ((v)->len == (v)->cap) {                                                 \
            (v)->cap = (v)->cap ? (v)->cap * 2 : 8;                                 \
            (v)->items = util_realloc((v)->items, sizeof(*(v)->items) * (v)->cap);  \
        }                                                                           \
        (v)->items[(v)->len++] = (x);                                               \
    } while (0)
#define vec_reserve(v, n)                                                           \
    do {                                                                            \
        if ((v)->cap < (n)) {                                                       \
            (v)->cap = (n);                                                         \
            (v)->items = util_realloc((v)->items, sizeof(*(v)->items) * (v)->cap);  \
        }                                                                           \
    } while (0)
#define vec_free(v) (free((v)->items), (v)->items = NULL, (v)->len = (v)->cap = 0)
#define vec_last(v) ((v)->items[(v)->len - 1])

/* ---- Interner ------------------------------------------------------- */

typedef struct Interner {
    const char **slots; /* open addressing, power-of-two size */
    uint32_t *lens;
    int cap, count;
    Arena arena;
} Interner;

void intern_init(Interner *in);
void intern_free(Interner *in);
/* Returns the unique NUL-terminated copy of s[0..n). */
const char *intern(Interner *in, const char *s, size_t n);
/* intern with the low 32 bits of util_hash_bytes(s, n, 0) known */
const char *intern_hashed(Interner *in, const char *s, size_t n, uint32_t hash);
const char *intern_cstr(Interner *in, const char *s);

/* ---- StrBuf --------------------------------------------------------- */

typedef struct StrBuf {
    char *data; /* always NUL-terminated when non-NULL */
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *b);
void sb_free(StrBuf *b);
void sb_reset(StrBuf *b);
void sb_putc(StrBuf *b, char c);
void sb_put(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) PRINTF_LIKE(2, 3);
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
/* Hands the buffer to the caller (free() it) and resets b. */
char *sb_take(StrBuf *b);

/* ---- hashing -------------------------------------------------------- */

uint64_t util_hash_bytes(const void *p, size_t n, uint64_t seed);

#endif
