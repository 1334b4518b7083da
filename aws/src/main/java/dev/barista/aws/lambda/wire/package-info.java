/**
 * Lambda's JSON shapes, one record per shape of the API model, named as the Lambda API reference names their
 * members (upper camel case through {@code @JsonNaming}). Request shapes end in {@code Input} and convert to core's
 * commands; response shapes end in {@code Output} (or carry the model's name) and are built from core's records.
 * Absent members are null; null members are not written.
 */
package dev.barista.aws.lambda.wire;
