# Verified or absent: the site is built only from examples that just passed verification.
.PHONY: serve site verify embed stress check test unit lint sitecheck clean

GO ?= go
RUNS ?= 20
HUGO = $(GO) tool hugo --source site --panicOnWarning

## serve: verify the examples, embed them and serve the site on http://localhost:1313/
serve: embed
	$(HUGO) server --bind 127.0.0.1 --port 1313

## site: verify the examples, embed them and build the site into site/public
site: embed
	$(HUGO) --gc --minify $(HUGOFLAGS)

## verify: build and run every example, plainly and with -race, against its expected output
verify:
	$(GO) run ./scripts/verify

## stress: every example RUNS times at GOMAXPROCS=1, 2 and 8, plainly and with -race, with a
## CPU hog running; writes site/data/stress.json, which the pages show
stress:
	$(GO) run ./scripts/verify -procs 1,2,8 -count $(RUNS) -hog -report site/data/stress.json

## check: run one example RUNS times per mode and print each ordering seen: make check EXAMPLE=counter-mutex
check:
	$(GO) run ./scripts/verify -run '/$(EXAMPLE)$$' -procs 1,2,8 -count $(RUNS) -orderings -report=

embed: verify
	$(GO) run ./scripts/embed

## test: everything the project checks
test: lint unit site sitecheck

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

unit:
	$(GO) test ./scripts/...

sitecheck:
	$(GO) run ./scripts/sitecheck

clean:
	rm -rf site/public site/resources site/data site/assets/css/chroma.css
