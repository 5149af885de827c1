# The design assessment as a statistician would write it in base R (blockrand-style permuted blocks):
# K trials of N participants, 2 x 4 equally likely strata, 1:1 blocks of 4 or 6 chosen at random,
# with convergence guessing, deterministic allocations and imbalance. Timed by run-randomization.sh
# against bench_simulate. Usage: Rscript simulate.R [trials] [participants]
args <- commandArgs(trailingOnly = TRUE)
trials <- if (length(args) >= 1) as.integer(args[1]) else 10000L
n <- if (length(args) >= 2) as.integer(args[2]) else 500L
set.seed(20240501)
n_strata <- 8L
sizes <- c(4L, 6L)

# Permuted blocks for one stratum: arms (0 = A, 1 = B), each block's size and position within it.
permuted_blocks <- function(needed) {
  k <- ceiling(needed / min(sizes)) + 1L
  block_sizes <- sample(sizes, k, replace = TRUE)
  arms <- unlist(lapply(block_sizes, function(s) sample(rep(0:1, s / 2L))))
  size <- rep(block_sizes, block_sizes)
  position <- sequence(block_sizes)
  list(arm = arms[seq_len(needed)], size = size[seq_len(needed)], position = position[seq_len(needed)])
}

started <- proc.time()[["elapsed"]]
guess_total <- 0
certain_total <- 0
final_imbalance <- numeric(trials)
max_imbalance <- numeric(trials)
for (t in seq_len(trials)) {
  stratum <- sample.int(n_strata, n, replace = TRUE)
  arm <- integer(n)
  for (s in seq_len(n_strata)) {
    who <- which(stratum == s)
    if (length(who) == 0L) next
    b <- permuted_blocks(length(who))
    arm[who] <- b$arm
    # Convergence guess within stratum: the arm with fewer so far, a coin when tied.
    diff_before <- c(0L, cumsum(2L * b$arm - 1L))[seq_along(b$arm)]
    guess_total <- guess_total + sum(ifelse(diff_before == 0L, 0.5,
                                            ifelse((diff_before > 0L) == (b$arm == 0L), 1, 0)))
    # Certain when the rest of the block holds one arm only (block boundaries known).
    block_id <- cumsum(b$position == 1L)
    ones_before <- ave(b$arm, block_id, FUN = function(x) c(0L, cumsum(x))[seq_along(x)])
    zeros_before <- (b$position - 1L) - ones_before
    half <- b$size / 2L
    certain_total <- certain_total + sum(ones_before == half | zeros_before == half)
  }
  walk <- cumsum(2L * arm - 1L)
  final_imbalance[t] <- abs(walk[n])
  max_imbalance[t] <- max(abs(walk))
}
elapsed <- proc.time()[["elapsed"]] - started
cat("measure,value\n")
cat(sprintf("trials,%d\nparticipants,%d\n", trials, n))
cat(sprintf("seconds,%.3f\n", elapsed))
cat(sprintf("correct_guess_rate,%.6f\n", guess_total / (trials * n)))
cat(sprintf("deterministic_rate_known_boundaries,%.6f\n", certain_total / (trials * n)))
cat(sprintf("final_imbalance_mean_abs,%.4f\n", mean(final_imbalance)))
cat(sprintf("max_within_trial_imbalance_mean_abs,%.4f\n", mean(max_imbalance)))
