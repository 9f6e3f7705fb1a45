// Tests a value whose type has the method only with a pointer receiver.
package main

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func start(r Runner) { r.Run() }

func main() {
	var j Job
	var r Runner = j // ERROR "cannot use j \(variable of type Job\) as type Runner in variable declaration:\n\tJob does not implement Runner \(Run method has pointer receiver\)"
	start(j) // ERROR "cannot use j \(variable of type Job\) as type Runner in argument to start:\n\tJob does not implement Runner \(Run method has pointer receiver\)"
	r = &j // fine
	start(&j)
	_ = r
	rs := []Runner{Job{}, &Job{}} // ERROR "cannot use Job\{\} \(value of type Job\) as type Runner in array or slice literal:\n\tJob does not implement Runner \(Run method has pointer receiver\)"
	_ = rs
}
