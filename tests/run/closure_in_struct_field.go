// Closures stored in struct fields, called after the creating function has returned.
package main

type Account struct {
	deposit func(int)
	balance func() int
	history func() []int
}

func open(initial int) Account {
	bal := initial
	var hist []int
	return Account{
		deposit: func(n int) {
			bal += n
			hist = append(hist, n)
		},
		balance: func() int { return bal },
		history: func() []int { return hist },
	}
}

func main() {
	a := open(100)
	b := open(5)
	a.deposit(50)
	a.deposit(-30)
	b.deposit(1)
	println(a.balance(), b.balance(), len(a.history()), len(b.history()))
	h := a.history()
	a.deposit(7)
	println(len(h), len(a.history()), a.history()[2])
}
