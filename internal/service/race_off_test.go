//go:build !race

package service

// raceDetector is whether the tests run with -race, which makes every
// rebuild several times slower: long tests do less then.
const raceDetector = false
