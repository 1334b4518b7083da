package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.FunctionSettingsChange;
import dev.barista.core.function.VpcSettings;
import java.util.List;

/**
 * {@code VpcConfig} in requests and {@code VpcConfigResponse}. Barista has no EC2 to look the subnets up in, so
 * the {@code VpcId} it answers is always empty.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record VpcConfig(List<String> subnetIds, List<String> securityGroupIds, String vpcId,
                        Boolean ipv6AllowedForDualStack) {

    static FunctionSettingsChange.Vpc changeOf(VpcConfig config) {
        return config == null ? null : new FunctionSettingsChange.Vpc(config.subnetIds(), config.securityGroupIds(),
                config.ipv6AllowedForDualStack());
    }

    static VpcConfig of(VpcSettings vpc) {
        return vpc == null ? null : new VpcConfig(vpc.subnetIds(), vpc.securityGroupIds(), "",
                vpc.ipv6AllowedForDualStack());
    }
}
