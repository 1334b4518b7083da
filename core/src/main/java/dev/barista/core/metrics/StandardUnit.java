package dev.barista.core.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** CloudWatch's units, by the names its API uses. A datum without a unit has {@link #NONE}. */
public enum StandardUnit {
    SECONDS("Seconds"),
    MICROSECONDS("Microseconds"),
    MILLISECONDS("Milliseconds"),
    BYTES("Bytes"),
    KILOBYTES("Kilobytes"),
    MEGABYTES("Megabytes"),
    GIGABYTES("Gigabytes"),
    TERABYTES("Terabytes"),
    BITS("Bits"),
    KILOBITS("Kilobits"),
    MEGABITS("Megabits"),
    GIGABITS("Gigabits"),
    TERABITS("Terabits"),
    PERCENT("Percent"),
    COUNT("Count"),
    BYTES_PER_SECOND("Bytes/Second"),
    KILOBYTES_PER_SECOND("Kilobytes/Second"),
    MEGABYTES_PER_SECOND("Megabytes/Second"),
    GIGABYTES_PER_SECOND("Gigabytes/Second"),
    TERABYTES_PER_SECOND("Terabytes/Second"),
    BITS_PER_SECOND("Bits/Second"),
    KILOBITS_PER_SECOND("Kilobits/Second"),
    MEGABITS_PER_SECOND("Megabits/Second"),
    GIGABITS_PER_SECOND("Gigabits/Second"),
    TERABITS_PER_SECOND("Terabits/Second"),
    COUNT_PER_SECOND("Count/Second"),
    NONE("None");

    private static final Map<String, StandardUnit> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StandardUnit::awsName, Function.identity()));

    private final String awsName;

    StandardUnit(String awsName) {
        this.awsName = awsName;
    }

    /** The name in CloudWatch's API, such as {@code Bytes/Second}. */
    public String awsName() {
        return awsName;
    }

    /** The unit of an API name (case-sensitive, as CloudWatch is), or empty. */
    public static Optional<StandardUnit> fromAwsName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
