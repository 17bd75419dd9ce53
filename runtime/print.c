/* print.c - the built-in print and println, in Go's own formats.
 *
 * They write to standard error (stdout is flushed first so the two streams
 * keep their order): integers in decimal, floats as +1.500000e+000,
 * pointers and other references in hex (0x0 for nil), slices as
 * [len/cap]0xptr, interfaces as (0xtype,0xdata).
 */
#include <stdio.h>
#include <string.h>

#include "../vm/ops.h"
#include "fltfmt.h"

static void put_hex(FILE *f, const void *p)
{
    fprintf(f, "0x%llx", (unsigned long long)(uintptr_t)p);
}

void rt_print_value(G *g, Type *t, const Slot *v, int flags)
{
    VM *vm = g->vm;
    if (vm->out) fflush(vm->out);
    FILE *f = vm->err ? vm->err : stderr;
    if (flags & 1) fputc(' ', f);
    if (t) {
        Type *u = type_under(t);
        StrBuf b;
        sb_init(&b);
        switch (u->kind) {
        case KIND_BOOL: fputs(v->u ? "true" : "false", f); break;
        case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
            fprintf(f, "%lld", (long long)v->i);
            break;
        case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
        case KIND_UINTPTR:
            fprintf(f, "%llu", (unsigned long long)v->u);
            break;
        case KIND_FLOAT32:
        case KIND_FLOAT64:
            flt_print_runtime(&b, v->f);
            fputs(b.data, f);
            break;
        case KIND_COMPLEX64:
        case KIND_COMPLEX128:
            flt_print_runtime_complex(&b, v[0].f, v[1].f);
            fputs(b.data, f);
            break;
        case KIND_STRING: fwrite(v[0].p, 1, (size_t)v[1].i, f); break;
        case KIND_SLICE:
            fprintf(f, "[%lld/%lld]", (long long)v[1].i, (long long)v[2].i);
            put_hex(f, v[0].p);
            break;
        case KIND_INTERFACE:
            fputc('(', f);
            put_hex(f, v[0].p);
            fputc(',', f);
            put_hex(f, v[1].p);
            fputc(')', f);
            break;
        default: put_hex(f, v[0].p); break;
        }
        sb_free(&b);
    }
    if (flags & 2) fputc('\n', f);
}
