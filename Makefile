# The README's two commands are `make run` and `make test`; both install what they need first.
SWIFT ?= swift
BIN := .build/release/briefing

.PHONY: run build test bench deps clean

run: build
	$(BIN) build seeds -o output/briefing.pdf

build: deps
	$(SWIFT) build -c release --product briefing

test: deps
	$(SWIFT) test

bench: build
	$(SWIFT) build -c release --product briefing-bench
	scripts/bench.sh

deps:
	@scripts/install-deps.sh

clean:
	rm -rf .build output/*.pdf
