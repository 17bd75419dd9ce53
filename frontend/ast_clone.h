/* ast_clone.h - deep copies of syntax trees (for instantiating generics). */
#ifndef GOVM_AST_CLONE_H
#define GOVM_AST_CLONE_H

#include "ast.h"

/* A copy of n and everything below it, without checker annotations. */
Node *ast_clone(Arena *a, const Node *n);

#endif
