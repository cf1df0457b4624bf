// Command checkoutput checks a program's output against an expected-output spec.
//
//	go run ./scripts/checkoutput [-section NAME] SPEC [OUTPUT]
//
// SPEC is a spec file, or an example folder or its spec.txtar, whose section NAME
// (default stdout.want) is the spec. OUTPUT is a file; without it, standard input.
// Exit status: 0 when the output matches, 1 when it does not (with the report),
// 2 when the spec is invalid or the arguments are wrong.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
	"github.com/concurrency-verified/site/scripts/expect"
)

func main() {
	section := flag.String("section", "stdout.want", "the section of a spec.txtar to use")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: checkoutput [-section NAME] SPEC [OUTPUT]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 1 || flag.NArg() > 2 {
		flag.Usage()
		os.Exit(2)
	}
	spec, err := readSpec(flag.Arg(0), *section)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	in, name := io.Reader(os.Stdin), "stdin"
	if flag.NArg() == 2 {
		f, err := os.Open(flag.Arg(1))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		defer f.Close()
		in, name = f, filepath.Base(flag.Arg(1))
	}
	output, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := spec.Check(name, string(output)); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("ok: the output matches", spec.Name)
}

// readSpec reads a plain spec file, or a section of an example's spec.txtar.
func readSpec(path, section string) (*expect.Spec, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		path = filepath.Join(path, examples.ScriptName)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".txtar") {
		return expect.Parse(path, 1, string(data))
	}
	script, err := examples.ParseScript(path, filepath.Base(filepath.Dir(path)), data)
	if err != nil {
		return nil, err
	}
	spec, err := script.ParseSection(section)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return spec, nil
}
