// Tests an extra closing brace after a function.
package main

func main() {
}
} // ERROR "syntax error: non-declaration statement outside function body"
