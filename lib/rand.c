/* rand.c - natives of packages math/rand and math/rand/v2: random bits
 * from the operating system for seeding the top-level generators (the
 * generators themselves are Go code).
 */
#include "lib_int.h"

#include <fcntl.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/random.h>
#endif

/* Fills buf with n random bytes: getrandom(2), else /dev/urandom, else a
   mix of the clocks and the process id. */
static void random_bytes(void *buf, size_t n)
{
#if defined(__linux__)
    if (getrandom(buf, n, 0) == (ssize_t)n) return;
#endif
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ssize_t r = read(fd, buf, n);
        close(fd);
        if (r == (ssize_t)n) return;
    }
    struct timespec a, b;
    clock_gettime(CLOCK_REALTIME, &a);
    clock_gettime(CLOCK_MONOTONIC, &b);
    uint64_t x = (uint64_t)a.tv_nsec ^ (uint64_t)a.tv_sec << 20 ^ (uint64_t)b.tv_nsec << 7 ^ (uint64_t)getpid() << 40;
    unsigned char *p = buf;
    for (size_t i = 0; i < n; i++) {
        x += 0x9e3779b97f4a7c15ULL; /* splitmix64 */
        uint64_t z = x;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        p[i] = (unsigned char)(z ^ (z >> 31));
    }
}

/* entropy() uint64 */
static void rand_entropy(G *g, Slot *args)
{
    UNUSED(g);
    uint64_t x;
    random_bytes(&x, sizeof x);
    args[0].u = x;
}

const NativeDef lib_rand_natives[] = {
    /* sorted by name (strcmp) */
    {"math/rand.entropy", rand_entropy},
    {"math/rand/v2.entropy", rand_entropy},
};
const int lib_rand_nnatives = ARRAY_LEN(lib_rand_natives);
