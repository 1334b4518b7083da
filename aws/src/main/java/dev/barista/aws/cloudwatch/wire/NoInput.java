package dev.barista.aws.cloudwatch.wire;

/** The input of an operation Barista does not implement: whatever the request holds is ignored. */
public record NoInput() {
}
