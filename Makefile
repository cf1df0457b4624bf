# Verified or absent: the site is built only from examples that just passed verification.
.PHONY: serve site verify mutants embed stress check test unit lint sitecheck browsertest measure clean python

GO ?= go
RUNS ?= 20
HUGO = $(GO) tool hugo --source site --panicOnWarning

## serve: build the site (verified examples, search index) and serve it on http://localhost:1313/
serve: site
	rm -rf site/static/pagefind && mkdir -p site/static && cp -r site/public/pagefind site/static/pagefind
	$(HUGO) server --bind 127.0.0.1 --port 1313

## site: verify the examples, embed them, build the site into site/public and index it for search
site: embed site/node_modules
	$(HUGO) --gc --minify $(HUGOFLAGS)
	cd site && npx --no-install pagefind --site public --silent

site/node_modules: site/package.json site/package-lock.json
	@scripts/need node:nodejs npm:npm
	cd site && npm ci --no-audit --no-fund
	touch $@

## verify: build and run every example, plainly and with -race, against its expected output
## (an example that passed as it is now, with the same Go and settings, is not run again;
## VERIFYFLAGS=-fresh runs them all)
verify: python
	$(GO) run ./scripts/verify $(VERIFYFLAGS)

# python: the Python twins' interpreter, python3 or Debian's, with the modules they import
# that are not in the standard library (installed from Debian when neither has them)
python:
	@scripts/need python3/aiohttp:python3-aiohttp

## mutants: run the broken versions of each lesson (mutant/*.diff in its spec) 3 times in
## each mode; the spec must reject every one in every run; writes site/data/mutants.json,
## from which the pages list them
mutants: python
	$(GO) run ./scripts/verify $(MUTANTFLAGS) -mutants 3 -report site/data/mutants.json

## stress: every example (or those whose path matches RUN) RUNS times at GOMAXPROCS=1, 2
## and 8, plainly and with -race, with a CPU hog running; updates site/data/stress.json,
## which the pages show
stress: python
	$(GO) run ./scripts/verify -fresh -run '$(RUN)' -procs 1,2,8 -count $(RUNS) -hog -parallel $$((2 * $$(nproc))) -report site/data/stress.json

## check: run one example RUNS times per mode and print each ordering seen: make check EXAMPLE=counter-mutex
## (a Python twin's orderings too)
check: python
	$(GO) run ./scripts/verify -run '/$(EXAMPLE)$$' -procs 1,2,8 -count $(RUNS) -orderings -report=

embed: verify
	$(GO) run ./scripts/embed

## test: everything the project checks: lint, unit tests, every example and its mutants
## run afresh (make mutants), the site, its checks and a browser test (installs Chromium
## and LinkChecker if missing). The site's make verify may reuse what passed before.
test: MUTANTFLAGS = -fresh
test: lint unit mutants site sitecheck browsertest

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	@scripts/need black:black pyflakes3:pyflakes3
	black --check --quiet examples
	pyflakes3 examples

unit:
	$(GO) test ./scripts/...

sitecheck: python
	$(GO) run ./scripts/sitecheck

browsertest:
	@scripts/need chromium,google-chrome:chromium linkchecker:linkchecker
	$(GO) run ./scripts/browsertest

## measure: time the Hugo build of the whole site (budget: under 2 s)
measure:
	$(GO) run ./scripts/measure

clean:
	rm -rf site/public site/resources site/static/pagefind site/data/verified.json site/data/mutants.json site/data/examples.json
