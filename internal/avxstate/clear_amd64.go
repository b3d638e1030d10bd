package avxstate

import "golang.org/x/sys/cpu"

var hasAVX = cpu.X86.HasAVX

// clearUpper executes VZEROUPPER (clear_amd64.s).
//
//go:noescape
func clearUpper()
