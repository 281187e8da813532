package org.claimlens.bench.analysis;

/** The same texts through one analysis instance and through two on this machine, in one consumer group. */
public record ScalingResult(Drain oneInstance, Drain twoInstances, double twoVsOne) {
}
