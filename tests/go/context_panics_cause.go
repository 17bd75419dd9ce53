package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-26s %v\n", name+":", recover())
	}()
	f()
}

func main() {
	var nilCtx context.Context
	cause := errors.New("cause")
	try("WithCancelCause(nil)", func() { context.WithCancelCause(nilCtx) })
	try("WithDeadlineCause(nil)", func() { context.WithDeadlineCause(nilCtx, time.Now(), cause) })
	try("WithTimeoutCause(nil)", func() { context.WithTimeoutCause(nilCtx, time.Second, cause) })
	try("WithoutCancel(nil)", func() { context.WithoutCancel(nilCtx) })
	try("AfterFunc(nil)", func() { context.AfterFunc(nilCtx, func() {}) })
	try("Cause(nil)", func() { context.Cause(nilCtx) })
	try("WithValue(WithoutCancel)", func() {
		context.WithValue(context.WithoutCancel(context.Background()), []byte("k"), 1)
	})
}

// Output:
// WithCancelCause(nil):      cannot create context from nil parent
// WithDeadlineCause(nil):    cannot create context from nil parent
// WithTimeoutCause(nil):     cannot create context from nil parent
// WithoutCancel(nil):        cannot create context from nil parent
// AfterFunc(nil):            runtime error: invalid memory address or nil pointer dereference
// Cause(nil):                runtime error: invalid memory address or nil pointer dereference
// WithValue(WithoutCancel):  key is not comparable
