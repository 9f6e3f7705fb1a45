// Tests a method with the right name but the wrong signature.
package main

type Writer interface {
	Write(p []byte) (int, error)
}

type W1 struct{}

func (W1) Write(p []byte) int { return len(p) }

type W2 struct{}

func (W2) Write(s string) (int, error) { return len(s), nil }

func main() {
	var w Writer = W1{} // ERROR "cannot use W1\{\} \(value of type W1\) as type Writer in variable declaration:\n\tW1 does not implement Writer \(wrong type for Write method\)\n\t\thave Write\(p \[\]byte\) int\n\t\twant Write\(p \[\]byte\) \(int, error\)$"
	w = W2{} // ERROR "cannot use W2\{\} \(value of type W2\) as type Writer in assignment:\n\tW2 does not implement Writer \(wrong type for Write method\)\n\t\thave Write\(s string\) \(int, error\)\n\t\twant Write\(p \[\]byte\) \(int, error\)$"
	_ = w
}
