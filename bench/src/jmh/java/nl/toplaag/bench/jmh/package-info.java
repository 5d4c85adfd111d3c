/**
 * JMH micro-benchmarks of the solver's hot path (planning, greedy, one CP-SAT configure of a mid-size instance).
 * Built and run only with the {@code jmh} Maven profile; not part of the CI run.
 */
package nl.toplaag.bench.jmh;
