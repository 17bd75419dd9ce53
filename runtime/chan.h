/* chan.h - channels and select (see chan.c for the design). */
#ifndef GOVM_CHAN_H
#define GOVM_CHAN_H

#include <pthread.h>

#include "../vm/vm.h"

typedef struct WaitQ {
    Sudog *first, *last;
} WaitQ;

typedef struct Chan {
    SpinLock lock;
    Type *type;          /* the channel type (element type: type->elem) */
    uint32_t elemslots;  /* an element's stack-form size */
    bool closed;
    int64_t cap;         /* buffer size in elements */
    int64_t count;       /* elements in the buffer (read atomically by len) */
    int64_t sendx, recvx;
    Slot *buf;           /* cap * elemslots slots, a ring */
    WaitQ recvq, sendq;  /* blocked receivers and senders, FIFO */
} Chan;

/* Results of the blocking operations. */
typedef enum ChanResult {
    CHAN_DONE,    /* completed */
    CHAN_BLOCKED, /* the goroutine was parked (sched_park): leave the
                     interpreter; the instruction runs again on resume and
                     finishes with the *_resume function */
    CHAN_PANIC,   /* a Go panic was raised (g->raising) */
} ChanResult;

/* make(chan T, size); NULL (with a panic raised) when size is invalid. */
Chan *chan_make(G *g, Type *chantype, int64_t size);

/* c <- v (v: elemslots slots on g's stack, which stay in place while
   blocked). */
ChanResult chan_send(G *g, Chan *c, const Slot *v);
ChanResult chan_send_resume(G *g);

/* v, ok := <-c. dst: elemslots slots on g's stack, written by the sender
   while g is blocked. */
ChanResult chan_recv(G *g, Chan *c, Slot *dst, bool *ok);
ChanResult chan_recv_resume(G *g, bool *ok);

void chan_close(G *g, Chan *c); /* may raise a panic */
int64_t chan_len(Chan *c);
int64_t chan_cap(Chan *c);

/* One case of a select: a send of elem's value or a receive into elem. */
typedef struct SelectCase {
    Chan *c;      /* NULL: never ready */
    Slot *elem;
    bool send;
} SelectCase;

/* Runs a select over cases[0..n). Returns the index of the case that
   proceeded (for a receive, *recvok tells whether a value was received),
   -1 when none could and block is false (default), or -2 when the goroutine
   was parked (re-run with chan_select_resume on the same cases) or a panic
   was raised (g->raising). */
int chan_select(G *g, SelectCase *cases, int n, bool block, bool *recvok);
int chan_select_resume(G *g, SelectCase *cases, int n, bool *recvok);

#endif
