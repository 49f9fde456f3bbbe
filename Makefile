# The README's two commands are `make run` and `make test`; both install what they need first.
SWIFT ?= swift
BIN := .build/release/briefing

.PHONY: run build test bench fuzz deps clean

run: build
	$(BIN) build seeds -o output/briefing.pdf

build: deps
	$(SWIFT) build -c release --product briefing

test: deps
	$(SWIFT) test

bench: build
	$(SWIFT) build -c release --product briefing-bench
	scripts/bench.sh

# Generated-input tests for every reader, the date grammars, models and styles, for longer
# than the suite's smoke: FUZZ_SECONDS per test (rounds of FUZZ_COUNT cases each).
FUZZ_SECONDS ?= 60
FUZZ_COUNT ?= 200
fuzz: deps
	BRIEFING_FUZZ_SECONDS=$(FUZZ_SECONDS) BRIEFING_FUZZ_COUNT=$(FUZZ_COUNT) $(SWIFT) test --filter 'FuzzTests'

deps:
	@scripts/install-deps.sh

clean:
	rm -rf .build output/*.pdf
