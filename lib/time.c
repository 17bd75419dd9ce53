/* time.c - natives of package time: the wall and monotonic clocks.
 *
 * time.sleep (Sleep) and the timers are the scheduler's natives
 * (runtime/natives.c, table "sched"): Sleep parks only the goroutine.
 */
#include "lib_int.h"

#include <time.h>

/* wallNow() (sec, nsec int64): CLOCK_REALTIME */
static void time_wallNow(G *g, Slot *args)
{
    UNUSED(g);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    args[0].i = ts.tv_sec;
    args[1].i = ts.tv_nsec;
}

/* monoNow() int64: CLOCK_MONOTONIC in nanoseconds */
static void time_monoNow(G *g, Slot *args)
{
    UNUSED(g);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    args[0].i = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

const NativeDef lib_time_natives[] = {
    /* sorted by name (strcmp) */
    {"time.monoNow", time_monoNow},
    {"time.wallNow", time_wallNow},
};
const int lib_time_nnatives = ARRAY_LEN(lib_time_natives);
