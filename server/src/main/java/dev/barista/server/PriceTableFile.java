package dev.barista.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.barista.core.cost.Ec2Prices;
import dev.barista.core.cost.InstanceType;
import dev.barista.core.cost.LambdaPrices;
import dev.barista.core.cost.PriceTable;
import dev.barista.core.cost.PriceTier;
import dev.barista.core.function.Architecture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link PriceTable} from JSON: the built-in {@value #BUILT_IN} (a resource next to this class) or a
 * user's file of the same shape. Numbers are read exactly (as decimals); an unknown or missing field is an error,
 * so that a typo cannot silently price something at zero (the last duration tier says
 * {@code "upToGigabyteSeconds": null}: it has no end).
 */
final class PriceTableFile {
    static final String BUILT_IN = "aws-prices-us-east-1.json";
    private static final BigDecimal MEBIBYTES_PER_GIBIBYTE = BigDecimal.valueOf(1_024);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private PriceTableFile() {
    }

    /** The table shipped with Barista. */
    static PriceTable builtIn() {
        try (InputStream input = PriceTableFile.class.getResourceAsStream(BUILT_IN)) {
            if (input == null) {
                throw new IllegalStateException("the built-in price table " + BUILT_IN + " is missing");
            }
            return parse(input, BUILT_IN);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The table in {@code file}, or the built-in one when {@code file} is null. */
    static PriceTable readOrBuiltIn(Path file) {
        if (file == null) {
            return builtIn();
        }
        try (InputStream input = Files.newInputStream(file)) {
            return parse(input, file.toString());
        } catch (IOException failure) {
            throw new IllegalArgumentException("Cannot read the price table " + file + ": " + failure.getMessage(),
                    failure);
        }
    }

    static PriceTable parse(InputStream input, String name) throws IOException {
        try {
            return JSON.readValue(input, Document.class).toPriceTable();
        } catch (JacksonException | RuntimeException invalid) {
            throw new IllegalArgumentException("The price table " + name + " is not valid: "
                    + invalid.getMessage(), invalid);
        }
    }

    record Document(String description, String region, String currency, String retrieved, List<String> sources,
                    List<String> notes, LambdaDocument lambda, Ec2Document ec2) {
        PriceTable toPriceTable() {
            return new PriceTable(region, currency, LocalDate.parse(retrieved), sources, notes,
                    lambda.toLambdaPrices(), ec2.toEc2Prices());
        }
    }

    record LambdaDocument(BigDecimal requestsPerMillion, FreeTierDocument freeTier, int megabytesPerVcpu,
                          Map<String, List<TierDocument>> durationTiers) {
        LambdaPrices toLambdaPrices() {
            Map<Architecture, List<PriceTier>> tiers = new EnumMap<>(Architecture.class);
            durationTiers.forEach((identifier, list) -> tiers.put(architectureOf(identifier),
                    list.stream().map(tier -> new PriceTier(tier.upToGigabyteSeconds(), tier.pricePerGigabyteSecond()))
                            .toList()));
            return new LambdaPrices(requestsPerMillion, freeTier.requests(), freeTier.gigabyteSeconds(), tiers,
                    megabytesPerVcpu);
        }
    }

    record FreeTierDocument(long requests, BigDecimal gigabyteSeconds) {
    }

    record TierDocument(BigDecimal upToGigabyteSeconds, BigDecimal pricePerGigabyteSecond) {
    }

    record Ec2Document(int hoursPerMonth, List<InstanceDocument> instances) {
        Ec2Prices toEc2Prices() {
            return new Ec2Prices(hoursPerMonth, instances.stream().map(InstanceDocument::toInstanceType).toList());
        }
    }

    record InstanceDocument(String type, String architecture, int vcpus, BigDecimal memoryGiB,
                            BigDecimal onDemandHourly, BigDecimal spotHourly, BigDecimal savingsPlanHourly) {
        InstanceType toInstanceType() {
            return new InstanceType(type, architectureOf(architecture), vcpus,
                    memoryGiB.multiply(MEBIBYTES_PER_GIBIBYTE).longValueExact(), onDemandHourly, spotHourly,
                    savingsPlanHourly);
        }
    }

    private static Architecture architectureOf(String identifier) {
        return Architecture.fromIdentifier(identifier).orElseThrow(() -> new IllegalArgumentException(
                "unknown architecture " + identifier + " (x86_64 or arm64)"));
    }
}
