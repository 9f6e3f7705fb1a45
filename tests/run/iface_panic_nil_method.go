// Calling a method on a nil interface value is a nil pointer dereference.
package main

type Runner interface{ Run() int }

type Job struct{ id int }

func (j Job) Run() int { return j.id }

func main() {
	var jobs [3]Runner
	jobs[0] = Job{1}
	jobs[1] = Job{2}
	for i, j := range jobs {
		println("job", i)
		println("result", j.Run())
	}
}
