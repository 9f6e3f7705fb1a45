// Tests a function declaration with a missing name and parameter list.
package main

func {} // ERROR "syntax error: unexpected {, expecting name or \("

func main() {}
