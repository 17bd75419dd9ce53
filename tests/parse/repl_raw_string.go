x := `abc
