#!/bin/sh
# Randomization benchmarks in one run, printed as a Markdown table for docs/benchmarks.md:
# spec v1 stream generation against raw mt19937, the design assessment on 1 and 2 threads, and the
# same assessment in base R (bench/simulate.R). Usage: bench/run-randomization.sh [BUILD_DIR] [TRIALS]
# (the build directory must hold bench_stream and bench_simulate; TRIALS defaults to 10000).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build"}
trials=${2:-10000}
participants=500

value() { grep "^$1," "$2" | cut -d, -f2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$build/bench/bench_stream" > "$out/stream.csv"
"$build/bench/bench_simulate" "$trials" "$participants" > "$out/simulate.csv"
Rscript "$here/simulate.R" "$trials" "$participants" > "$out/r.csv"

cpp2=$(value seconds_2_threads "$out/simulate.csv")
cpp1=$(value seconds_1_thread "$out/simulate.csv")
rsec=$(value seconds "$out/r.csv")
ratio=$(awk -v r="$rsec" -v c="$cpp2" 'BEGIN { printf "%.1f", r / c }')
ratio1=$(awk -v r="$rsec" -v c="$cpp1" 'BEGIN { printf "%.1f", r / c }')

echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), nproc $(nproc), $(date -u +%Y-%m-%d)"
echo "Workload: $trials trials x $participants participants, 2 x 4 strata, 1:1 blocks of 4 or 6"
echo
echo "| Measure | Value |"
echo "|---|---|"
echo "| raw mt19937 outputs/s (baseline) | $(value raw_mt19937_outputs_per_s "$out/stream.csv") |"
echo "| spec v1 stream allocations/s, 1 thread | $(value stream_allocations_per_s "$out/stream.csv") |"
echo "| stream / raw mt19937 ratio | $(value stream_over_raw_ratio "$out/stream.csv") |"
echo "| stream goal >= 50 M/s met | $(value goal_50M_per_s_met "$out/stream.csv") |"
echo "| simulation, TrialDesk, 1 thread (s) | $cpp1 |"
echo "| simulation, TrialDesk, 2 threads (s) | $cpp2 |"
echo "| simulation goal < 1 s on 2 threads met | $(value goal_under_1s_on_2_threads_met "$out/simulate.csv") |"
echo "| identical results 1 vs 2 threads | $(value identical_1_vs_2_threads "$out/simulate.csv") |"
echo "| simulation, base R (s) | $rsec |"
echo "| R / TrialDesk 2 threads | ${ratio}x |"
echo "| R / TrialDesk 1 thread | ${ratio1}x |"
echo "| correct guess rate, TrialDesk / R | $(value correct_guess_rate "$out/simulate.csv") / $(value correct_guess_rate "$out/r.csv") |"
echo "| final imbalance mean, TrialDesk / R | $(value final_imbalance_mean_abs "$out/simulate.csv") / $(value final_imbalance_mean_abs "$out/r.csv") |"
echo "| max imbalance in trial mean, TrialDesk / R | $(value max_within_trial_imbalance_mean_abs "$out/simulate.csv") / $(value max_within_trial_imbalance_mean_abs "$out/r.csv") |"
echo "| deterministic rate, TrialDesk (boundaries inferred) / R (boundaries known) | $(value deterministic_rate "$out/simulate.csv") / $(value deterministic_rate_known_boundaries "$out/r.csv") |"
