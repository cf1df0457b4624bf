package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/concurrency-verified/site/scripts/siteconfig"
)

func TestMain(m *testing.M) {
	var err error
	if languages, err = siteconfig.Languages(filepath.Join("..", "..", siteconfig.Path)); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}
