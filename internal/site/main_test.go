package site

import (
	"os"
	"testing"

	"github.com/tubei/pustaka/internal/browsertest"
)

// TestMain runs the tests with one browser for all the browser tests.
func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }
