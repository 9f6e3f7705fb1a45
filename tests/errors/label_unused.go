// Tests a label that is defined but never used.
package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}
}
