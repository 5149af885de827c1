#!/bin/sh
# Fuzzes the case report form definition parser with libFuzzer, then merges the inputs that found
# new coverage into the committed corpus (forms/fuzz/corpus), minimized.
#
#   scripts/fuzz-forms.sh [SECONDS]      (default 300)
#
# Needs Debian 12's clang-14 and libclang-rt-14-dev (libFuzzer, ASan, UBSan runtimes). Builds in its
# own directory (TRIALDESK_FUZZ_BUILD, default build-fuzz) with clang, only the fuzz target. A crash
# stops the run and leaves crash-* in the build directory: minimize it with
#   build-fuzz/forms/fuzz/fuzz_formdefinition -minimize_crash=1 -runs=10000 crash-...
# fix the bug, and copy the minimized input into forms/fuzz/corpus (tst_formfuzzcorpus replays it).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-300}
build=${TRIALDESK_FUZZ_BUILD:-$root/build-fuzz}
corpus=$root/forms/fuzz/corpus
jobs=${TRIALDESK_FUZZ_JOBS:-2}

case $seconds in
    '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac
command -v clang++-14 >/dev/null || { echo "clang++-14 is missing: apt-get install clang-14 libclang-rt-14-dev" >&2; exit 1; }

launcher=
command -v ccache >/dev/null && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
export CCACHE_BASEDIR="$root"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DTRIALDESK_FUZZ=ON $launcher >/dev/null
cmake --build "$build" --target fuzz_formdefinition -j "$jobs"
fuzzer=$build/forms/fuzz/fuzz_formdefinition

found=$(mktemp -d)
merged=$(mktemp -d)
trap 'rm -rf "$found" "$merged"' EXIT

# Inputs are definitions of a few kilobytes; the bundled forms are the largest seeds.
"$fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -dict="$root/forms/fuzz/forms.dict" -artifact_prefix="$build/" -print_final_stats=1 "$found" "$corpus"

# Keep the corpus commit-sized: a greedy set cover on edge coverage (not hit counts) picks the new
# inputs that reach code the corpus does not, and of those only the smallest few are kept.
cp "$corpus"/* "$merged"/
"$fuzzer" -set_cover_merge=1 -use_counters=0 -max_len=16384 "$merged" "$found" 2>"$build/merge.log" ||
    { cat "$build/merge.log" >&2; exit 1; }
before=$(ls "$corpus" | wc -l)
keep=${TRIALDESK_FUZZ_KEEP:-40}
# libFuzzer names the inputs it adds by their SHA-1; the committed ones have descriptive names.
ls -S -r "$merged" | grep -E '^[0-9a-f]{40}$' | while read -r name; do
    [ "$keep" -gt 0 ] || break
    [ "$(wc -c <"$merged/$name")" -le 1024 ] || continue
    cp "$merged/$name" "$corpus/fuzz-$name"
    keep=$((keep - 1))
done
echo "corpus: $before inputs before, $(ls "$corpus" | wc -l) after"
