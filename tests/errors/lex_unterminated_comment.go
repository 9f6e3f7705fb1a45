// Tests a general comment that is not terminated before the end of the file.
package main

func main() {
}

/* // ERROR "comment not terminated"
