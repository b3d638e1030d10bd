# CIFER node network — build, test and benchmark entry points.
# `make test` is the one test command (README, .ci/run).

GO        ?= go
PKGS      ?= ./...
TEST_TIMEOUT ?= 25m

.PHONY: all build test vet fmt-check deps bench bench-e2e fuzz clean contracts enclave testnet testnet-down

all: build

build:
	$(GO) build -o bin/cifer ./cmd/cifer

# testnet is the main job: a local network (dev chain, contracts, NODES
# staked nodes as processes) with the demo; testnet-down stops it.
NODES ?= 5
TESTNET_DIR ?= testnet-data
testnet: build
	bin/cifer testnet up --dir $(TESTNET_DIR) --nodes $(NODES)

testnet-down:
	bin/cifer testnet down --dir $(TESTNET_DIR) --wipe

# deps installs everything the tests need on a fresh machine: Go modules and
# the npm packages (pinned solc, OpenZeppelin) the contract checks compile with.
deps:
	bash scripts/deps.sh

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

test: deps fmt-check vet
	$(GO) test -race -timeout $(TEST_TIMEOUT) $(PKGS)
	$(MAKE) test-py
	$(MAKE) test-ts

# test-py checks and tests the Python SDK in its virtualenv (made by
# scripts/deps-python.sh): ruff, mypy --strict, then pytest, which starts a
# testnet of its own for the integration tests.
.PHONY: test-py
test-py:
	bash scripts/deps-python.sh
	cd sdk/python && .venv/bin/ruff check src tests bench && .venv/bin/ruff format --check src tests bench
	cd sdk/python && .venv/bin/mypy
	cd sdk/python && .venv/bin/python -m pytest -q

# test-ts: the TypeScript SDK (sdk/js): typecheck and lint, unit and vector
# tests, the testnet integration test, and the npm pack contents check.
.PHONY: test-ts
test-ts: deps
	cd sdk/js/core && npm run lint && npm test && npm run pack:check

# bench runs the Go micro-benchmarks of the hot paths, each beside the raw
# primitive it wraps, so ratios come from one run on one machine.
BENCH_PKGS ?= ./envelope/ ./custody/ ./internal/avxstate/ ./bench/mesh/
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 1 $(BENCH_PKGS)

# bench-e2e measures the whole network on a local testnet the run starts
# (and stops), or on a running one with E2E_ARGS='--dir testnet-data'.
E2E_ARGS ?=
E2E_OUT ?= bench-e2e.json
bench-e2e: build
	bin/cifer bench e2e --out $(E2E_OUT) $(E2E_ARGS)

# fuzz runs every fuzz target for FUZZTIME each (go test -fuzz takes one
# target per run).
FUZZTIME ?= 30s
fuzz:
	bash scripts/fuzz.sh $(FUZZTIME)

# contracts recompiles the Solidity sources with the pinned solc and
# regenerates the committed artifacts and Go bindings.
contracts: deps
	bash contracts/build.sh

# enclave builds and signs the SGX node with the EGo toolchain (ego-go and
# ego must be installed; see docs/ENCLAVE.md). Not run by CI: this
# machine has no SGX.
enclave:
	mkdir -p build
	ego-go build -o build/cifer ./cmd/cifer
	cp enclave/sgx/enclave.json build/
	cd build && ego sign enclave.json

clean:
	rm -rf bin build
