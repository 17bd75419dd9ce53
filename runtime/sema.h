/* sema.h - semaphores and notify lists for package sync (see sema.c). */
#ifndef GOVM_SEMA_H
#define GOVM_SEMA_H

#include "../vm/vm.h"

typedef struct SemaTable SemaTable;

void sema_init(VM *vm);
void sema_free(VM *vm);

/* Waits until *addr > 0, then decrements it. May park g (sched_park):
   when g runs again it owns the unit. lifo queues g first (a goroutine
   that already waited, Mutex starvation mode). */
void sema_acquire(G *g, uint32_t *addr, bool lifo, const char *reason);
/* Wakes the first goroutine waiting on addr, handing it the unit, or
   increments *addr when none waits. */
void sema_release(G *g, uint32_t *addr);
/* The same from a thread without a goroutine (the collector). */
void sema_release_vm(VM *vm, uint32_t *addr);

/* The memory layout of sync's notifyList (sync.Cond). */
typedef struct NotifyList {
    uint32_t wait;   /* next ticket to hand out (atomic) */
    uint32_t notify; /* next ticket to notify */
    uintptr_t lock;  /* unused: the waiters live in the semaphore roots */
    void *head, *tail;
} NotifyList;

uint32_t notify_add(NotifyList *l);
void notify_wait(G *g, NotifyList *l, uint32_t ticket);
void notify_one(G *g, NotifyList *l);
void notify_all(G *g, NotifyList *l);

#endif
