/* util.c - arena, interner, string buffer and byte hashing. */
#include "util.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/futex.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

void util_oom(void)
{
    fputs("govm: out of memory\n", stderr);
    abort();
}

void *util_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) util_oom();
    return p;
}

void *util_calloc(size_t n, size_t sz)
{
    void *p = calloc(n ? n : 1, sz ? sz : 1);
    if (!p) util_oom();
    return p;
}

void *util_realloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) util_oom();
    return p;
}

char *util_strndup(const char *s, size_t n)
{
    char *d = util_malloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

void *util_zalloc_pages(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) util_oom();
    return p;
}

void util_free_pages(void *p, size_t n)
{
    if (p) munmap(p, n);
}

/* ---- Arena ---------------------------------------------------------- */

struct ArenaChunk {
    ArenaChunk *next;
    size_t size;
    _Alignas(16) char data[];
};

/* An arena's chunks grow from ARENA_FIRST to ARENA_CHUNK bytes, doubling:
   small arenas (the interner's, the constant pool's) stay small. */
enum { ARENA_FIRST = 16 * 1024, ARENA_CHUNK = 256 * 1024, ARENA_CLASSES = 5 };

/* Chunks of ARENA_CHUNK bytes (all but the big blocks) are carved from one
   region reserved once per process and marked for transparent huge pages:
   a program's start-up touches a few MB of arena memory (the front end's
   trees, objects, types and code), and taking it in 2 MiB pages instead
   of 4 KiB ones saves about a thousand page faults, a quarter of the
   start-up time of a program importing fmt (docs/performance.md).
   Fresh region memory is zero; chunks freed by arena_free are kept on a
   free list per size and cleared when reused. Past the region, and for
   big blocks, chunks come from calloc. */
#define REGION_SIZE ((size_t)64 << 20)
#define HUGE_PAGE ((size_t)2 << 20)

static struct {
    pthread_mutex_t lock;
    char *cur, *end;  /* the region's unused part */
    char *base;       /* the region (NULL: not reserved yet) */
    ArenaChunk *free[ARENA_CLASSES]; /* freed chunks of each size */
    bool failed;                     /* mmap failed: calloc only */
} region = {PTHREAD_MUTEX_INITIALIZER, NULL, NULL, NULL, {NULL}, false};

static size_t chunk_bytes(size_t size)
{
    return sizeof(ArenaChunk) + size;
}

/* The size class of a standard chunk of size bytes. */
static int chunk_class(size_t size)
{
    int k = 0;
    while ((size_t)ARENA_FIRST << k < size) k++;
    return k;
}

static bool in_region(const ArenaChunk *c)
{
    return region.base && (const char *)c >= region.base && (const char *)c < region.end;
}

/* A zeroed standard chunk of size bytes (ARENA_FIRST << k). */
static ArenaChunk *chunk_new(size_t size)
{
    ArenaChunk *c = NULL;
    int k = chunk_class(size);
    pthread_mutex_lock(&region.lock);
    if (region.free[k]) {
        c = region.free[k];
        region.free[k] = c->next;
        pthread_mutex_unlock(&region.lock);
        memset(c, 0, chunk_bytes(size));
        return c;
    }
    if (!region.base && !region.failed) {
        /* reserve (no memory is committed until touched), aligned to huge pages */
        char *m = mmap(NULL, REGION_SIZE + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                       -1, 0);
        if (m == MAP_FAILED) {
            region.failed = true;
        } else {
            region.base = region.cur = (char *)(((uintptr_t)m + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
            region.end = region.base + REGION_SIZE;
#ifdef MADV_HUGEPAGE
            madvise(region.base, REGION_SIZE, MADV_HUGEPAGE); /* a hint: no harm if refused */
#endif
        }
    }
    if (region.base && (size_t)(region.end - region.cur) >= chunk_bytes(size)) {
        c = (ArenaChunk *)region.cur;
        region.cur += ALIGN_UP(chunk_bytes(size), 64);
    }
    pthread_mutex_unlock(&region.lock);
    return c ? c : util_calloc(1, chunk_bytes(size));
}

static void chunk_free(ArenaChunk *c)
{
    if (!in_region(c)) {
        free(c);
        return;
    }
    int k = chunk_class(c->size);
    pthread_mutex_lock(&region.lock);
    c->next = region.free[k];
    region.free[k] = c;
    pthread_mutex_unlock(&region.lock);
}

void arena_init(Arena *a)
{
    a->head = NULL;
    a->cur = a->end = NULL;
    a->nchunks = 0;
}

void arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *n = c->next;
        chunk_free(c);
        c = n;
    }
    arena_init(a);
}

/* arena_alloc when the head chunk lacks room: n is already aligned. */
void *arena_alloc_chunk(Arena *a, size_t n)
{
    /* chunks come zeroed, so allocations need no clearing: an arena never
       reuses memory */
    bool big = n > ARENA_CHUNK / 4;
    size_t sz = big ? n : (size_t)ARENA_FIRST << (a->nchunks < ARENA_CLASSES - 1 ? a->nchunks : ARENA_CLASSES - 1);
    while (sz < n) sz *= 2;
    ArenaChunk *c = big ? util_calloc(1, chunk_bytes(sz)) : chunk_new(sz);
    c->size = sz;
    if (!big) a->nchunks++;
    if (big && a->head) {
        /* Big block: link behind the head so the head's free space stays usable. */
        c->next = a->head->next;
        a->head->next = c;
        return c->data;
    }
    c->next = a->head;
    a->head = c;
    a->cur = c->data;
    a->end = c->data + sz;
    void *p = a->cur;
    a->cur += n;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* The formats the compiler builds names with ("%s.%s", "%s.func%d"):
   %s, %d and plain text, joined without vsnprintf's general machinery
   (a tenth of its cost, and names are built for every compiled function).
   Returns the length, or -1 for any other directive or a longer result. */
static int join_simple(char *buf, size_t cap, const char *fmt, va_list ap)
{
    size_t n = 0;
    for (const char *f = fmt; *f; f++) {
        char tmp[24];
        const char *piece;
        size_t len;
        if (*f != '%') {
            piece = f;
            len = 1;
        } else if (f[1] == 's') {
            piece = va_arg(ap, const char *);
            len = strlen(piece);
            f++;
        } else if (f[1] == 'd') {
            int v = va_arg(ap, int);
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            char *e = tmp + sizeof tmp, *p = e;
            do *--p = (char)('0' + u % 10);
            while (u /= 10);
            if (v < 0) *--p = '-';
            piece = p;
            len = (size_t)(e - p);
            f++;
        } else {
            return -1;
        }
        if (n + len >= cap) return -1;
        memcpy(buf + n, piece, len);
        n += len;
    }
    buf[n] = 0;
    return (int)n;
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    /* one formatting pass into a stack buffer when the result fits (names
       of functions and files: nearly always) */
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = join_simple(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n >= 0) return arena_strndup(a, buf, (size_t)n);
    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof buf) return arena_strndup(a, buf, (size_t)n);
    char *r = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(r, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- Interner ------------------------------------------------------- */

void intern_init(Interner *in)
{
    /* room for the ~3000 names a program importing fmt interns (the
       library's declarations) without rehashing on the way there */
    in->cap = 4096;
    in->count = 0;
    in->slots = util_calloc(in->cap, sizeof(char *));
    in->lens = util_calloc(in->cap, sizeof(uint32_t));
    arena_init(&in->arena);
}

void intern_free(Interner *in)
{
    free(in->slots);
    free(in->lens);
    arena_free(&in->arena);
    in->slots = NULL;
    in->lens = NULL;
}

static void intern_grow(Interner *in)
{
    int ncap = in->cap * 2;
    const char **ns = util_calloc(ncap, sizeof(char *));
    uint32_t *nl = util_calloc(ncap, sizeof(uint32_t));
    for (int i = 0; i < in->cap; i++) {
        const char *s = in->slots[i];
        if (!s) continue;
        uint64_t h = util_hash_bytes(s, in->lens[i], 0);
        int j = (int)(h & (uint64_t)(ncap - 1));
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = s;
        nl[j] = in->lens[i];
    }
    free(in->slots);
    free(in->lens);
    in->slots = ns;
    in->lens = nl;
    in->cap = ncap;
}

const char *intern(Interner *in, const char *s, size_t n)
{
    return intern_hashed(in, s, n, (uint32_t)util_hash_bytes(s, n, 0));
}

const char *intern_hashed(Interner *in, const char *s, size_t n, uint32_t hash)
{
    if ((in->count + 1) * 4 > in->cap * 3) intern_grow(in);
    int j = (int)(hash & (uint32_t)(in->cap - 1)); /* the slot a full hash gives too */
    while (in->slots[j]) {
        if (in->lens[j] == n && memcmp(in->slots[j], s, n) == 0) return in->slots[j];
        j = (j + 1) & (in->cap - 1);
    }
    const char *d = arena_strndup(&in->arena, s, n);
    in->slots[j] = d;
    in->lens[j] = (uint32_t)n;
    in->count++;
    return d;
}

const char *intern_cstr(Interner *in, const char *s)
{
    return intern(in, s, strlen(s));
}

/* ---- StrBuf --------------------------------------------------------- */

void sb_init(StrBuf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void sb_free(StrBuf *b)
{
    free(b->data);
    sb_init(b);
}

void sb_reset(StrBuf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = 0;
}

static void sb_grow(StrBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t nc = b->cap ? b->cap * 2 : 64;
    while (nc < b->len + extra + 1) nc *= 2;
    b->data = util_realloc(b->data, nc);
    b->cap = nc;
}

void sb_put(StrBuf *b, const char *s, size_t n)
{
    sb_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void sb_putc(StrBuf *b, char c)
{
    sb_grow(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

void sb_puts(StrBuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) return;
    sb_grow(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

char *sb_take(StrBuf *b)
{
    char *d = b->data;
    if (!d) d = util_calloc(1, 1);
    sb_init(b);
    return d;
}

/* ---- hashing -------------------------------------------------------- */

/* A multiply-xorshift hash over 8-byte words: fast, well mixed, seedable. */
static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    return x;
}

uint64_t util_hash_bytes(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p, *end = s + n;
    uint64_t h = seed ^ (0x9e3779b97f4a7c15ULL * (n + 1)), w;
    /* whole words, then the last 1-8 bytes as one word: read overlapping
       the bytes before them when there are any, else in two or three
       loads (no byte loop: most keys are short names) */
    if (n >= 8) {
        for (; end - s > 8; s += 8) {
            memcpy(&w, s, 8);
            h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
            h ^= h >> 29;
        }
        memcpy(&w, end - 8, 8);
    } else if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, end - 4, 4);
        w = lo | (uint64_t)hi << 32;
    } else if (n > 0) {
        w = s[0] | (uint64_t)s[n >> 1] << 8 | (uint64_t)end[-1] << 16;
    } else {
        w = 0;
    }
    h = (h ^ w) * 0x94d049bb133111ebULL;
    return mix64(h);
}

/* How long spinlock_lock polls before it sleeps: a held channel lock is
   released within a few hundred nanoseconds unless its holder lost its
   thread. */
enum { SPIN_POLLS = 200, SPIN_YIELDS = 2 };

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

void spinlock_lock_slow(SpinLock *l)
{
    for (int i = 0; i < SPIN_POLLS + SPIN_YIELDS; i++) {
        uint32_t c = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
        if (c == 0 && __atomic_compare_exchange_n(&l->state, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return;
        if (i < SPIN_POLLS) cpu_relax();
        else sched_yield();
    }
    /* sleep until an unlock finds state 2 and wakes one sleeper; whoever
       takes the lock from here keeps 2 (there may be other sleepers) */
    while (__atomic_exchange_n(&l->state, 2, __ATOMIC_ACQUIRE) != 0)
        syscall(SYS_futex, &l->state, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
}

void spinlock_wake(SpinLock *l)
{
    syscall(SYS_futex, &l->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void util_mutex_init(pthread_mutex_t *m)
{
#ifdef PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ADAPTIVE_NP);
    pthread_mutex_init(m, &a);
    pthread_mutexattr_destroy(&a);
#else
    pthread_mutex_init(m, NULL);
#endif
}
