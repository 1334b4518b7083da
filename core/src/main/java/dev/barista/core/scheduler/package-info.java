/**
 * Places invocations on execution environments, as Lambda does: one invocation per environment, warm environments
 * reused per function version and revision, concurrency limited per account and per reservation.
 *
 * <p>Three parts with one job each. {@code Placement} is a pure function from a demand
 * and a snapshot of the pool to a decision (use warm, start cold, evict then start, throttle). Each environment's
 * lifecycle is an explicit state machine ({@code EnvironmentState}) that refuses every transition it does not
 * allow. {@link dev.barista.core.scheduler.EnvironmentPool} applies decisions under one lock and launches, awaits
 * and destroys processes outside it.
 */
package dev.barista.core.scheduler;
