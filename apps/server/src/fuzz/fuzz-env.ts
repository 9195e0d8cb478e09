// The fuzzing's settings from the environment (the one place the tests read it).
const int = (value: string | undefined, fallback: number) =>
  value && Number.isInteger(Number(value)) ? Number(value) : fallback;

export const fuzzEnv = {
  /** Runs per procedure: a few seconds for the whole API in the normal test command; FUZZ_RUNS=500 for a long run. */
  runs: int(process.env.FUZZ_RUNS, 25),
  /** fast-check's seed, to replay a reported failure; random when unset. */
  seed: process.env.FUZZ_SEED ? int(process.env.FUZZ_SEED, 0) : undefined,
};
