// Reading results after the group, as in the notes' TaskGroup example: each
// task stores its result in its own variable, and the code after g.Wait()
// reads them. Wait is what makes those writes visible to main.
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// getWeather and getCurrencies stand for two slow web requests.
func getWeather(ctx context.Context) (string, error) {
	select {
	case <-time.After(time.Second):
		return "+5°C, cloudy", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func getCurrencies(ctx context.Context) (map[string]float64, error) {
	select {
	case <-time.After(800 * time.Millisecond):
		return map[string]float64{"EUR": 0.92, "GBP": 0.79}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func main() {
	start := time.Now()
	var (
		weather    string
		currencies map[string]float64
	)
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() (err error) {
		weather, err = getWeather(ctx)
		return err
	})
	g.Go(func() (err error) {
		currencies, err = getCurrencies(ctx)
		return err
	})
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
		return
	}
	// Only here, after Wait, are both results ready.
	fmt.Printf("both done after %v\n", time.Since(start).Round(10*time.Millisecond))
	fmt.Println("weather:", weather)
	fmt.Printf("USD in EUR: %.2f, in GBP: %.2f\n", currencies["EUR"], currencies["GBP"])
}
