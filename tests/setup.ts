import fc from "fast-check";

// Property tests draw from a fixed seed so that CI is repeatable; set FC_SEED to explore other draws
// (a failure prints the seed and the shrunk counterexample to turn into a regression test).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });
