/* strings.c - natives of package strings.
 *
 * bytesToString lets strings.Builder (and Join, Repeat, Map, ...) hand out
 * the bytes they built without a copy, as Go's do with unsafe.String. The
 * Go code never writes to bytes it has handed out.
 */
#include "lib_int.h"

/* bytesToString(b []byte) string: shares b's bytes. */
static void strings_bytesToString(G *g, Slot *args)
{
    UNUSED(g);
    if (args[1].i == 0) args[0].p = NULL;
    /* args[0] (ptr) and args[1] (len) already form the string */
}

const NativeDef lib_strings_natives[] = {
    {"strings.bytesToString", strings_bytesToString},
};
const int lib_strings_nnatives = ARRAY_LEN(lib_strings_natives);
