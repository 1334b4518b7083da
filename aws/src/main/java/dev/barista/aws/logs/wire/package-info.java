/**
 * CloudWatch Logs' JSON shapes, one record per shape of the API model, with the members the model names (lower camel
 * case, as Jackson writes record components). Request shapes end in {@code Input}; response shapes end in
 * {@code Output} or carry the model's name. Absent members are null; null members are not written.
 */
package dev.barista.aws.logs.wire;
