package bom

var x = 1
