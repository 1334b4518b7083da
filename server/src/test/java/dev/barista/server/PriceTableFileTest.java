package dev.barista.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.cost.InstanceType;
import dev.barista.core.cost.PriceTable;
import dev.barista.core.cost.PriceTier;
import dev.barista.core.function.Architecture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableFileTest {
    @TempDir
    Path directory;

    @Test
    void theBuiltInTableHoldsLambdasPublishedUsEast1Prices() {
        PriceTable table = PriceTableFile.builtIn();

        assertThat(table.region()).isEqualTo("us-east-1");
        assertThat(table.currency()).isEqualTo("USD");
        assertThat(table.retrieved()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(table.sources()).contains("https://aws.amazon.com/lambda/pricing/");
        assertThat(table.lambda().pricePerMillionRequests()).isEqualByComparingTo("0.20");
        assertThat(table.lambda().freeRequestsPerMonth()).isEqualTo(1_000_000);
        assertThat(table.lambda().freeGigabyteSecondsPerMonth()).isEqualByComparingTo("400000");
        assertThat(table.lambda().megabytesPerVcpu()).isEqualTo(1_769);
        assertThat(table.lambda().tiers(Architecture.X86_64)).extracting(PriceTier::pricePerGigabyteSecond)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.0000166667"), new BigDecimal("0.000015"),
                        new BigDecimal("0.0000133334"));
        assertThat(table.lambda().tiers(Architecture.ARM64)).extracting(PriceTier::upToGigabyteSeconds)
                .containsExactly(new BigDecimal("7500000000"), new BigDecimal("18750000000"),
                        null);
        assertThat(table.ec2().hoursPerMonth()).isEqualTo(730);
    }

    @Test
    void theBuiltInTableCoversTheFamiliesInMebibytes() {
        PriceTable table = PriceTableFile.builtIn();

        assertThat(table.ec2().instances()).extracting(type -> type.name().substring(0, type.name().indexOf('.')))
                .containsOnly("t4g", "t3", "m7g", "m7i", "c7g", "r7g");
        InstanceType m7gLarge = table.ec2().instances().stream().filter(type -> type.name().equals("m7g.large"))
                .findFirst().orElseThrow();
        assertThat(m7gLarge.architecture()).isEqualTo(Architecture.ARM64);
        assertThat(m7gLarge.vcpus()).isEqualTo(2);
        assertThat(m7gLarge.memoryMegabytes()).isEqualTo(8_192);
        assertThat(m7gLarge.onDemandHourly()).isEqualByComparingTo("0.0816");
        assertThat(table.ec2().instances()).allSatisfy(type -> {
            assertThat(type.spotHourly()).isLessThan(type.onDemandHourly());
            assertThat(type.savingsPlanHourly()).isLessThan(type.onDemandHourly());
        });
    }

    @Test
    void aUsersFileReplacesTheBuiltInTable() throws IOException {
        Path file = write(builtInText().replace("\"region\": \"us-east-1\"", "\"region\": \"eu-west-1\""));

        assertThat(PriceTableFile.readOrBuiltIn(file).region()).isEqualTo("eu-west-1");
        assertThat(PriceTableFile.readOrBuiltIn(null).region()).isEqualTo("us-east-1");
    }

    @Test
    void aMisspelledFieldIsRefused() throws IOException {
        Path file = write(builtInText().replace("\"requestsPerMillion\"", "\"requestPerMillion\""));

        assertThatThrownBy(() -> PriceTableFile.readOrBuiltIn(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not valid").hasMessageContaining("requestsPerMillion");
    }

    @Test
    void aMissingFieldIsRefused() throws IOException {
        Path file = write(builtInText().replace("\"megabytesPerVcpu\": 1769,", ""));

        assertThatThrownBy(() -> PriceTableFile.readOrBuiltIn(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("megabytesPerVcpu");
    }

    @Test
    void anUnknownArchitectureIsRefused() throws IOException {
        Path file = write(builtInText().replace("\"architecture\": \"arm64\"", "\"architecture\": \"aarch64\""));

        assertThatThrownBy(() -> PriceTableFile.readOrBuiltIn(file)).hasMessageContaining("aarch64");
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path missing = directory.resolve("missing.json");

        assertThatThrownBy(() -> PriceTableFile.readOrBuiltIn(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(directory.resolve("prices.json"), text);
    }

    private static String builtInText() throws IOException {
        try (var input = PriceTableFile.class.getResourceAsStream(PriceTableFile.BUILT_IN)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
