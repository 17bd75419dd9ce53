/* gorun - run Go programs with govm.
 *
 *   gorun [flags] file.go [more.go ...] [arguments...]
 *   gorun [flags] directory [arguments...]
 *
 * Uses only the public API (include/govm.h).
 */
#include <govm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: gorun [flags] file.go [file.go ...] [arguments...]\n"
            "       gorun [flags] directory [arguments...]\n"
            "\n"
            "Compiles the Go program (package main) and runs it with govm.\n"
            "Arguments after the source files are passed to the program (os.Args).\n"
            "A first line starting with #! is ignored, so scripts can start with\n"
            "#!/usr/bin/env gorun.\n"
            "\n"
            "flags:\n"
            "  -dis      print the compiled bytecode with source lines instead of running\n"
            "  -h        show this help\n"
            "  -version  print the version\n"
            "\n"
            "Exit status: the program's (0, os.Exit code, 2 after a panic),\n"
            "1 when the program does not compile.\n");
}

static int is_go_file(const char *s)
{
    size_t n = strlen(s);
    return n > 3 && strcmp(s + n - 3, ".go") == 0;
}

static int is_dir(const char *s)
{
    struct stat st;
    return stat(s, &st) == 0 && S_ISDIR(st.st_mode);
}

int main(int argc, char **argv)
{
    int i = 1, dis = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (a[1] == '-') a++;
        if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(a, "-dis") == 0) dis = 1;
        else if (strcmp(a, "-version") == 0) {
            printf("gorun (govm) %s\n", govm_version());
            return 0;
        } else {
            fprintf(stderr, "gorun: unknown flag %s\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    govm_vm *vm = govm_new(NULL);
    if (!vm) {
        fputs("gorun: out of memory\n", stderr);
        return 2;
    }
    int first = i;
    if (is_dir(argv[i])) {
        if (govm_add_path(vm, argv[i]) != 0) goto fail;
        i++;
    } else {
        for (; i < argc && is_go_file(argv[i]); i++)
            if (govm_add_path(vm, argv[i]) != 0) goto fail;
        if (i == first) {
            if (govm_add_path(vm, argv[i]) != 0) goto fail;
            i++;
        }
    }
    if (govm_compile(vm) != 0) goto fail;
    if (dis) {
        fputs(govm_disassemble(vm), stdout);
        fflush(stdout);
        govm_free(vm);
        return 0;
    }
    {
        /* os.Args[0] is the program's name: the first file without .go */
        int n = argc - i + 1;
        const char **args = calloc((size_t)n + 1, sizeof(char *));
        char *name = strdup(argv[first]);
        size_t len = strlen(name);
        if (len > 3 && strcmp(name + len - 3, ".go") == 0) name[len - 3] = 0;
        args[0] = name;
        for (int k = 1; k < n; k++) args[k] = argv[i + k - 1];
        int status = govm_run_main(vm, n, args);
        fflush(stdout);
        /* The process ends here and its memory goes with it: tearing the
           VM down (every arena, type, function and heap span freed one by
           one) would only add to the start-up-to-exit time (about 5 M
           instructions for a program importing fmt). govm_free is still
           exercised by the -dis and error paths above and below. */
        free(name);
        free(args);
        return status;
    }
fail:
    fflush(stdout);
    fputs(govm_errors(vm), stderr);
    govm_free(vm);
    return 1;
}
