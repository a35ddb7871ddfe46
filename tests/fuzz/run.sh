#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 300) from the fuzz build in BUILD_DIR.
# The corpus grows in BUILD_DIR/corpus/<target>; tests/fuzz/corpus/<target> and our own
# test fixtures seed it. A crash is written to BUILD_DIR/crashes/<target>/ and fails the run:
# copy it to tests/fuzz/regressions/<target>/ once fixed, so ctest replays it for ever.
# Usage: run.sh BUILD_DIR [SECONDS] [TARGET...]
set -euo pipefail
build=$1
seconds=${2:-300}
shift $(( $# > 1 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(import_html import_text import_markdown import_pdf encoding quantity claims project)

extra_seeds() {
  case $1 in
    import_html) echo "$data/import" ;;
    import_text|encoding|claims) echo "$data/encodings" ;;
    import_markdown) echo "$here/../../resources/samples" ;;
  esac
}

failed=0
for name in "${targets[@]}"; do
  corpus="$build/corpus/$name" crashes="$build/crashes/$name"
  mkdir -p "$corpus" "$crashes"
  max_len=65536
  [ "$name" = project ] && max_len=32768
  echo "fuzz_$name: ${seconds}s"
  # shellcheck disable=SC2046
  if ! ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" \
       -max_len=$max_len -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
       -artifact_prefix="$crashes/" "$corpus" "$here/corpus/$name" $(extra_seeds "$name") \
       > "$build/fuzz_$name.log" 2>&1; then
    echo "fuzz_$name FOUND A CRASH: see $build/fuzz_$name.log and $crashes"
    tail -40 "$build/fuzz_$name.log"
    failed=1
  fi
  grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$build/fuzz_$name.log" | tail -2 || true
done
exit $failed
