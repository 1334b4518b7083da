package dev.barista.core.function;

import java.util.List;

/**
 * A function's {@code VpcConfig}, stored as given: Barista has no EC2, so it neither checks the subnets and
 * security groups nor connects functions to them.
 */
public record VpcSettings(List<String> subnetIds, List<String> securityGroupIds, boolean ipv6AllowedForDualStack) {

    public VpcSettings {
        subnetIds = List.copyOf(subnetIds);
        securityGroupIds = List.copyOf(securityGroupIds);
    }
}
