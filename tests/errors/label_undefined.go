// Tests goto, break and continue with labels that are not defined.
package main

func main() {
	goto nowhere // ERROR "label nowhere not defined"
	for {
		break missing // ERROR "break label not defined: missing"
	}
}
