// os.Stat and Lstat: FileMode bits and their String form for files,
// directories and symbolic links; Chmod; os.FileMode values printed.
package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "golden-stat-")
	defer os.RemoveAll(dir)
	f := dir + "/file"
	os.WriteFile(f, []byte("12345"), 0640)
	os.Chmod(f, 0640)
	st, _ := os.Stat(f)
	fmt.Println(st.Mode(), st.Mode().IsRegular(), st.Mode().Perm(), st.Size(), st.IsDir())
	os.Chmod(f, 0755)
	st, _ = os.Stat(f)
	fmt.Println(st.Mode())
	os.Mkdir(dir+"/sub", 0750)
	os.Chmod(dir+"/sub", 0750)
	st, _ = os.Stat(dir + "/sub")
	fmt.Println(st.Mode(), st.IsDir(), st.Mode()&fs.ModeType == fs.ModeDir, st.Name())
	os.Symlink("file", dir+"/link")
	l, _ := os.Lstat(dir + "/link")
	fmt.Println(l.Mode()&fs.ModeSymlink != 0, l.Mode().Type() == fs.ModeSymlink)
	s, _ := os.Stat(dir + "/link")
	fmt.Println(s.Mode(), s.Name())
	target, err := os.Readlink(dir + "/link")
	fmt.Println(target, err)

	modes := []fs.FileMode{0, 0644, fs.ModeDir | 0755, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600,
		fs.ModeDevice | fs.ModeCharDevice | 0666, fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0777,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | fs.ModeSocket | fs.ModeIrregular}
	for _, m := range modes {
		fmt.Printf("%v %d %v %v\n", m, uint32(m), m.IsDir(), m.IsRegular())
	}
	fmt.Println(os.ModePerm, os.ModeDir == fs.ModeDir)
}

// Output:
// -rw-r----- true -rw-r----- 5 false
// -rwxr-xr-x
// drwxr-x--- true true sub
// true true
// -rwxr-xr-x link
// file <nil>
// ---------- 0 false true
// -rw-r--r-- 420 false true
// drwxr-xr-x 2147484141 true false
// Lrwxrwxrwx 134218239 false false
// prw------- 33554816 false false
// Dcrw-rw-rw- 69206454 false false
// ugtrwxrwxrwx 13631999 false true
// alTS?--------- 1896349696 false false
// -rwxrwxrwx true
