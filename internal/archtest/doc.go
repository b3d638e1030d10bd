// Package archtest holds the tests that keep the package graph in the shape
// docs/ARCHITECTURE.md draws: every package sits on a layer, and a package
// imports only packages on its own layer or below. It has no code of its own.
package archtest
