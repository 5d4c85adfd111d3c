/**
 * Benchmarks of the configurator: a seeded generator of realistic buildings
 * ({@link nl.toplaag.bench.InstanceGenerator}), a runner that solves each with CP-SAT and the greedy baseline,
 * checks both layouts with the independent checker, compares them with the solver's bound and a simple relaxation
 * bound, and measures time, memory and throughput ({@link nl.toplaag.bench.Benchmark}), a pace probe that times fixed
 * solver work so that runs on different days compare ({@link nl.toplaag.bench.PaceProbe}), and a Markdown/SVG report
 * writer. Not part of the CI test run except for a small smoke test.
 */
package nl.toplaag.bench;
