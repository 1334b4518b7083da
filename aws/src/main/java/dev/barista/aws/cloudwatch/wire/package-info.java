/**
 * CloudWatch's shapes, one record per shape of the API model, named as the CloudWatch API reference names their
 * members (upper camel case). The same records serve every protocol CloudWatch speaks: awsQuery (through
 * {@link dev.barista.aws.protocol.query.QueryBinding}), awsJson 1.0 and rpcv2Cbor (through Jackson). Request shapes
 * end in {@code Input} and convert to core's queries and commands; response shapes are built from core's records.
 * Absent members are null; null members are not written.
 */
package dev.barista.aws.cloudwatch.wire;
