package os

import ros "os"

func runtimeArgs() []string { return append([]string(nil), ros.Args...) }
func exit(code int)         { ros.Exit(code) }

func fileOf(fd int) *ros.File {
	switch fd {
	case 0:
		return ros.Stdin
	case 1:
		return ros.Stdout
	}
	return ros.Stderr
}

func writeFd(fd int, b []byte) (int, string) {
	n, err := fileOf(fd).Write(b)
	if err != nil {
		return n, err.Error()
	}
	return n, ""
}

func writeStringFd(fd int, s string) (int, string) { return writeFd(fd, []byte(s)) }

func readFd(fd int, b []byte) (int, string) {
	n, err := fileOf(fd).Read(b)
	if err != nil && n == 0 && err.Error() != "EOF" {
		return 0, err.Error()
	}
	return n, ""
}

func syncFd(fd int)                       {}
func lookupEnv(key string) (string, bool) { return ros.LookupEnv(key) }
func environ() []string                   { return ros.Environ() }
func getpid() int                         { return ros.Getpid() }
