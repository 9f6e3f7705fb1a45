// Tests an opening brace of a function body placed on the next line.
package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}
