// What logging really costs, and how to avoid paying for messages nobody sees.
// The cost is not f-strings or Sprintf as such: it is building a message eagerly
// for a level that is switched off. log/slog formats lazily: attributes are only
// turned into text by a handler that is enabled, and a slog.LogValuer computes its
// value only then. A guard with Enabled skips expensive preparation altogether.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
)

// snapshot is costly to render; it counts how often that happens.
type snapshot struct {
	renders *int
}

func (s snapshot) String() string {
	*s.renders++
	return "tasks=3 pending=1" // imagine walking a large structure here
}

// LogValue makes snapshot a slog.LogValuer: slog calls it only when it logs.
func (s snapshot) LogValue() slog.Value { return slog.StringValue(s.String()) }

func main() {
	// Info and above are logged; Debug is switched off, as in production.
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelInfo,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{} // no timestamps, so the output is reproducible
			}
			return a
		},
	}))
	ctx := context.Background()
	renders := 0
	s := snapshot{&renders}

	logger.Debug("state", "loop", fmt.Sprintf("%v", s)) // formatted, then thrown away
	fmt.Println("Debug with Sprintf in the arguments, renders:", renders)

	renders = 0
	logger.Debug("state", "loop", s) // a LogValuer: nothing rendered
	fmt.Println("Debug with a LogValuer, renders:", renders)

	renders = 0
	if logger.Enabled(ctx, slog.LevelDebug) { // the guard: skip the work entirely
		logger.Debug("state", "loop", s.String())
	}
	fmt.Println("Debug behind an Enabled check, renders:", renders)

	renders = 0
	logger.Info("state", "loop", s) // this level is on: rendered once
	fmt.Println("Info with a LogValuer, renders:", renders)
}
