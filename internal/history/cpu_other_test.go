//go:build !unix

package history

import "testing"

// reportCPU does nothing where getrusage is missing.
func reportCPU(b *testing.B) func() { return func() {} }
