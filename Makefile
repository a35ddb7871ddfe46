# The two commands a new user runs: `make run` and `make test`. Both install what is
# missing (packaging/install-deps.sh), configure and build first.
BUILD ?= build
JOBS ?= 2
LECTERN := $(BUILD)/bin/lectern
SAMPLE := $(BUILD)/sample.lectern

# Retrains the check-worthiness model from tests/data/checkworthy (held-out lines unused).
.PHONY: train
train: configure
	cmake --build $(BUILD) -j $(JOBS) --target train_checkworthiness
	$(BUILD)/tools/train_checkworthiness tests/data/checkworthy resources/model/checkworthiness.bin
	cmake --build $(BUILD) -j $(JOBS)

.PHONY: all deps configure build test test-sanitize fuzz fuzz-smoke run sample bench screenshots package clean

all: build

deps:
	bash packaging/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite again with AddressSanitizer and UndefinedBehaviorSanitizer (gcc). Warnings are
# not errors there: gcc reports false array bounds in instrumented Qt headers.
ASAN_BUILD ?= build-asan
test-sanitize: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLECTERN_SANITIZE=ON -DLECTERN_WERROR=OFF \
	  -DLECTERN_BUILD_BENCHMARKS=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -E '^package$$'

# libFuzzer targets (clang): FUZZ_SECONDS per target; fuzz-smoke is the short CI run.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 300
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DLECTERN_FUZZ=ON -DLECTERN_BUILD_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_all
	bash tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(TARGETS)

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=15

# The sample project is made once from resources/samples; your annotations in it stay.
sample: build
	@if [ ! -f $(SAMPLE) ]; then \
	  $(LECTERN) new $(SAMPLE) && $(LECTERN) import $(SAMPLE) resources/samples; \
	fi

run: sample
	$(LECTERN) $(SAMPLE)

# Benchmarks report figures; they are not part of `make test`. SIZES=10000,100000 RUNS=1
# Import against a bare SQLite+FTS5 writer (ratio, stage costs), then claim extraction alone.
bench: build
	$(BUILD)/tests/benchmarks/bench_import $(if $(SIZES),--sizes $(SIZES),) $(if $(RUNS),--runs $(RUNS),)
	$(BUILD)/tests/benchmarks/bench_claims 2000

# The window on the sample project, in English, Danish, Korean and Arabic, under Xvfb.
screenshots: build
	for lang in en da ko ar; do \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(BUILD)/tests/make_screenshots --lang $$lang --out docs/screenshots; \
	done

# A .deb in build/ (CPack; dependencies computed from the binary).
package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
