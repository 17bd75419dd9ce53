/* bytes.c - natives of package bytes.
 *
 * view lets the bytes package run the strings package's searching code on
 * byte slices without copying them: the string shares the slice's bytes.
 * The Go code uses such a view only for the duration of one call and never
 * returns or stores it.
 */
#include "lib_int.h"

/* view(b []byte) string: shares b's bytes. */
static void bytes_view(G *g, Slot *args)
{
    UNUSED(g);
    if (args[1].i == 0) args[0].p = NULL;
    /* args[0] (ptr) and args[1] (len) already form the string */
}

const NativeDef lib_bytes_natives[] = {
    {"bytes.view", bytes_view},
};
const int lib_bytes_nnatives = ARRAY_LEN(lib_bytes_natives);
