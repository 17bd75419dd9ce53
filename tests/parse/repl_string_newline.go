x := "abc
