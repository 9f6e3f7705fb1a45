// A runtime panic from bounds or make checks (case 8 of a family).
package main

var s = []int{1, 2, 3}
var str = "hello"
var arr [4]int

func main() {
	i, j, n := 5, 2, -1
	_, _, _ = i, j, n
	println("start")
	switch 8 {
	case 1:
		println(s[1:i])
	case 2:
		println(len(s[i:]))
	case 3:
		println(str[i+1:])
	case 4:
		p := &arr
		println(p[0])
	case 5:
		println(len(s[:n]))
	case 6:
		println(arr[i])
	case 7:
		println(str[i])
	case 8:
		println(s[j:1])
	case 9:
		x := make([]int, n)
		println(len(x))
	}
}
