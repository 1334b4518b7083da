package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Functions, versions, aliases, tags and concurrency settings: every Lambda control-plane operation, one method
 * each. Thread-safe; all state lives in the {@link FunctionStore}. The service must be the store's only writer: it
 * reads it through a {@link CachedFunctionStore} (what an invocation resolves is served from memory), which every
 * write of the service invalidates.
 */
public final class FunctionService {
    private static final int DEFAULT_PAGE = 50;

    private final FunctionStore store;
    private final CodeStore codeStore;
    private final Set<Runtime> installedRuntimes;
    private final AccountSettings account;
    private final Clock clock;
    private final Consumer<FunctionReference> retired;
    private final CodeGuard codeGuard;

    /**
     * @param retired told which environments must not serve again: a function's {@code $LATEST} after an update,
     *     one version after its deletion, or every version (null qualifier) after the function's deletion
     */
    public FunctionService(FunctionStore store, CodeStore codeStore, Set<Runtime> installedRuntimes,
                           AccountSettings account, Clock clock, Consumer<FunctionReference> retired) {
        this(store, codeStore, installedRuntimes, account, clock, retired, new CodeGuard());
    }

    /**
     * @param codeGuard shared with the {@link CodeCollector} of {@code codeStore}: every write that stores a
     *     configuration holds it from obtaining the configuration's package until the configuration is stored
     */
    public FunctionService(FunctionStore store, CodeStore codeStore, Set<Runtime> installedRuntimes,
                           AccountSettings account, Clock clock, Consumer<FunctionReference> retired,
                           CodeGuard codeGuard) {
        this.store = new CachedFunctionStore(Objects.requireNonNull(store, "store"));
        this.codeStore = Objects.requireNonNull(codeStore, "codeStore");
        this.installedRuntimes = Set.copyOf(installedRuntimes);
        this.account = Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retired = Objects.requireNonNull(retired, "retired");
        this.codeGuard = Objects.requireNonNull(codeGuard, "codeGuard");
    }

    /**
     * Held by an invocation from {@link #resolveForInvoke} until it has ended, so that its package is not collected
     * meanwhile (see {@link CodeGuard}). Never waits.
     */
    public CodeGuard.Hold invocationHold() {
        return codeGuard.invocation();
    }

    public AccountSettings account() {
        return account;
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html">CreateFunction</a>. */
    public FunctionConfiguration create(CreateFunctionCommand command) {
        try (CodeGuard.Hold writing = codeGuard.codeWrite()) {
            return createUnderGuard(command);
        }
    }

    private FunctionConfiguration createUnderGuard(CreateFunctionCommand command) {
        String name = FunctionReference.requireName(command.functionName());
        FunctionLimits.checkName(name);
        FunctionLimits.checkRole(command.role());
        refuseUnsupportedCode(command.s3Bucket(), command.s3Key(), command.imageUri(), command.packageType());
        refuseLayers(command.layers());
        Runtime runtime = runtime(command.runtime());
        FunctionLimits.checkHandler(command.handler());
        FunctionLimits.checkDescription(command.description());
        int timeout = orDefault(command.timeoutSeconds(), FunctionLimits.DEFAULT_TIMEOUT_SECONDS);
        int memory = orDefault(command.memorySizeMegabytes(), FunctionLimits.DEFAULT_MEMORY_MEGABYTES);
        int storage = orDefault(command.ephemeralStorageMegabytes(), FunctionLimits.DEFAULT_EPHEMERAL_STORAGE_MEGABYTES);
        FunctionLimits.checkTimeout(timeout);
        FunctionLimits.checkMemory(memory);
        FunctionLimits.checkEphemeralStorage(storage);
        Map<String, String> environment = command.environment() == null ? Map.of() : command.environment();
        FunctionLimits.checkEnvironment(environment);
        Architecture architecture = architecture(command.architectures());
        TagLimits.check(command.tags() == null ? Map.of() : command.tags());
        DeadLetterTargets.check(command.deadLetterTargetArn(), account);
        FunctionSettings settings = FunctionSettingsRules.apply(FunctionSettings.DEFAULT, command.settings());
        CodeArtifact code = code(command.zipFile());
        FunctionConfiguration latest = new FunctionConfiguration(name, FunctionConfiguration.LATEST, runtime,
                command.role(), command.handler(), command.description(), timeout, memory, storage, environment,
                architecture, code, clock.instant(), newRevision(), FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL,
                command.deadLetterTargetArn(), settings);
        if (!store.create(latest, command.tags() == null ? Map.of() : command.tags())) {
            throw BaristaException.conflict("Function already exist: " + name);
        }
        return command.publish() ? publish(latest, "") : latest;
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html">GetFunction</a>. */
    public FunctionDetails get(String nameOrArn, String qualifier) {
        FunctionReference reference = FunctionReference.parse(nameOrArn, qualifier);
        FunctionConfiguration configuration = resolveVersion(reference);
        Integer reserved = store.reservedConcurrencies().get(reference.functionName());
        return new FunctionDetails(configuration, store.tags(reference.functionName()), reserved);
    }

    /** GetFunctionConfiguration: a version, or the version an alias points at. */
    public FunctionConfiguration configuration(String nameOrArn, String qualifier) {
        return resolveVersion(FunctionReference.parse(nameOrArn, qualifier));
    }

    /** ListFunctions; with {@code allVersions} every published version is listed too. */
    public Page<FunctionConfiguration> list(boolean allVersions, String marker, Integer maxItems) {
        int size = pageSize(maxItems);
        if (!allVersions) {
            return store.listLatest(marker, size);
        }
        return AllVersionsListing.page(store, marker, size);
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html">UpdateFunctionCode</a>. */
    public FunctionConfiguration updateCode(UpdateFunctionCodeCommand command) {
        try (CodeGuard.Hold writing = codeGuard.codeWrite()) {
            return updateCodeUnderGuard(command);
        }
    }

    private FunctionConfiguration updateCodeUnderGuard(UpdateFunctionCodeCommand command) {
        FunctionConfiguration current = latest(FunctionReference.requireName(command.functionName()));
        checkRevision(current.revisionId(), command.revisionId());
        refuseUnsupportedCode(command.s3Bucket(), command.s3Key(), command.imageUri(), null);
        Architecture architecture = command.architectures() == null || command.architectures().isEmpty()
                ? current.architecture() : architecture(command.architectures());
        CodeArtifact code = code(command.zipFile());
        FunctionConfiguration updated = new FunctionConfiguration(current.functionName(), current.version(),
                current.runtime(), current.role(), current.handler(), current.description(), current.timeoutSeconds(),
                current.memorySizeMegabytes(), current.ephemeralStorageMegabytes(), current.environment(),
                architecture, code, clock.instant(), newRevision(), FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL,
                current.deadLetterTargetArn(), current.settings());
        if (command.dryRun()) {
            return updated;
        }
        replace(updated, current.revisionId());
        return command.publish() ? publish(updated, "") : updated;
    }

    /** UpdateFunctionConfiguration. */
    public FunctionConfiguration updateConfiguration(UpdateFunctionConfigurationCommand command) {
        try (CodeGuard.Hold writing = codeGuard.codeWrite()) {
            return updateConfigurationUnderGuard(command);
        }
    }

    private FunctionConfiguration updateConfigurationUnderGuard(UpdateFunctionConfigurationCommand command) {
        FunctionConfiguration current = latest(FunctionReference.requireName(command.functionName()));
        checkRevision(current.revisionId(), command.revisionId());
        refuseLayers(command.layers());
        if (command.role() != null) {
            FunctionLimits.checkRole(command.role());
        }
        Runtime runtime = command.runtime() == null ? current.runtime() : runtime(command.runtime());
        String handler = command.handler() == null ? current.handler() : command.handler();
        FunctionLimits.checkHandler(handler);
        FunctionLimits.checkDescription(command.description());
        int timeout = orDefault(command.timeoutSeconds(), current.timeoutSeconds());
        int memory = orDefault(command.memorySizeMegabytes(), current.memorySizeMegabytes());
        int storage = orDefault(command.ephemeralStorageMegabytes(), current.ephemeralStorageMegabytes());
        FunctionLimits.checkTimeout(timeout);
        FunctionLimits.checkMemory(memory);
        FunctionLimits.checkEphemeralStorage(storage);
        Map<String, String> environment = command.environment() == null ? current.environment() : command.environment();
        FunctionLimits.checkEnvironment(environment);
        DeadLetterTargets.check(command.deadLetterTargetArn(), account);
        FunctionSettings settings = FunctionSettingsRules.apply(current.settings(), command.settings());
        FunctionConfiguration updated = new FunctionConfiguration(current.functionName(), current.version(), runtime,
                command.role() == null ? current.role() : command.role(), handler,
                command.description() == null ? current.description() : command.description(), timeout, memory,
                storage, environment, current.architecture(), current.code(), clock.instant(), newRevision(),
                FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL, command.deadLetterTargetArn() == null
                ? current.deadLetterTargetArn() : command.deadLetterTargetArn(), settings);
        replace(updated, current.revisionId());
        return updated;
    }

    /** DeleteFunction: the whole function, or one published version when qualified. */
    public void delete(String nameOrArn, String qualifier) {
        FunctionReference reference = FunctionReference.parse(nameOrArn, qualifier);
        String name = reference.functionName();
        if (reference.qualifier() == null) {
            if (!store.delete(name)) {
                throw functionNotFound(name, null);
            }
            retired.accept(new FunctionReference(name, null));
            return;
        }
        String version = reference.qualifier();
        if (FunctionConfiguration.LATEST.equals(version)) {
            throw BaristaException.invalidParameter("$LATEST version cannot be deleted without deleting the function.");
        }
        if (!isVersionNumber(version)) {
            throw BaristaException.invalidParameter("Deletion of aliases is not supported through DeleteFunction;"
                    + " use DeleteAlias.");
        }
        List<String> aliases = store.listAliases(name, version, null, Integer.MAX_VALUE).items().stream()
                .map(Alias::name).toList();
        if (!aliases.isEmpty()) {
            throw BaristaException.conflict("Unable to delete version because the following aliases reference it: "
                    + aliases);
        }
        if (!store.deleteVersion(name, version)) {
            throw functionNotFound(name, version);
        }
        retired.accept(new FunctionReference(name, version));
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html">PublishVersion</a>. */
    public FunctionConfiguration publishVersion(String nameOrArn, String codeSha256, String description,
                                                String revisionId) {
        try (CodeGuard.Hold writing = codeGuard.codeWrite()) {
            return publishVersionUnderGuard(nameOrArn, codeSha256, description, revisionId);
        }
    }

    private FunctionConfiguration publishVersionUnderGuard(String nameOrArn, String codeSha256,
                                                           String description, String revisionId) {
        FunctionConfiguration current = latest(FunctionReference.requireName(nameOrArn));
        checkRevision(current.revisionId(), revisionId);
        if (codeSha256 != null && !codeSha256.equals(current.code().sha256Base64())) {
            throw BaristaException.invalidParameter("CodeSHA256 (" + codeSha256 + ") is different from current"
                    + " CodeSHA256 in $LATEST (" + current.code().sha256Base64() + "). Please try again.");
        }
        FunctionLimits.checkDescription(description);
        return publish(current, description);
    }

    /** ListVersionsByFunction. */
    public Page<FunctionConfiguration> listVersions(String nameOrArn, String marker, Integer maxItems) {
        String name = FunctionReference.requireName(nameOrArn);
        latest(name);
        return store.listVersions(name, marker, pageSize(maxItems));
    }

    /** CreateAlias. */
    public Alias createAlias(AliasCommand command) {
        String name = FunctionReference.requireName(command.functionName());
        latest(name);
        AliasRules.checkName(command.aliasName());
        requireVersion(name, command.functionVersion());
        AliasRules.checkRouting(command.functionVersion(), weights(command));
        for (String version : weights(command).keySet()) {
            requireVersion(name, version);
        }
        FunctionLimits.checkDescription(command.description());
        Alias alias = new Alias(name, command.aliasName(), command.functionVersion(), command.description(),
                weights(command), newRevision());
        if (!store.createAlias(alias)) {
            throw BaristaException.conflict("Alias already exists: " + account.functionArn(name, command.aliasName()));
        }
        return alias;
    }

    /** GetAlias. */
    public Alias alias(String nameOrArn, String aliasName) {
        String name = FunctionReference.requireName(nameOrArn);
        return store.findAlias(name, aliasName).orElseThrow(() -> BaristaException.notFound(
                "Alias not found: " + account.functionArn(name, aliasName)));
    }

    /** UpdateAlias. */
    public Alias updateAlias(AliasCommand command) {
        Alias current = alias(command.functionName(), command.aliasName());
        checkRevision(current.revisionId(), command.revisionId());
        String version = command.functionVersion() == null ? current.functionVersion() : command.functionVersion();
        requireVersion(current.functionName(), version);
        Map<String, Double> weights = command.additionalVersionWeights() == null
                ? current.additionalVersionWeights() : command.additionalVersionWeights();
        AliasRules.checkRouting(version, weights);
        for (String weighted : weights.keySet()) {
            requireVersion(current.functionName(), weighted);
        }
        FunctionLimits.checkDescription(command.description());
        Alias updated = new Alias(current.functionName(), current.name(), version,
                command.description() == null ? current.description() : command.description(), weights,
                newRevision());
        if (!store.replaceAlias(updated, current.revisionId())) {
            throw revisionMismatch();
        }
        return updated;
    }

    /** DeleteAlias. Deleting an alias that does not exist succeeds, as in Lambda. */
    public void deleteAlias(String nameOrArn, String aliasName) {
        String name = FunctionReference.requireName(nameOrArn);
        latest(name);
        store.deleteAlias(name, aliasName);
    }

    /** ListAliases, optionally only those pointing at one version. */
    public Page<Alias> listAliases(String nameOrArn, String functionVersion, String marker, Integer maxItems) {
        String name = FunctionReference.requireName(nameOrArn);
        latest(name);
        return store.listAliases(name, functionVersion, marker, pageSize(maxItems));
    }

    /** PutFunctionConcurrency: reserves executions, leaving the account's minimum unreserved. */
    public int putConcurrency(String nameOrArn, int reserved) {
        String name = FunctionReference.requireName(nameOrArn);
        latest(name);
        if (reserved < 0) {
            throw BaristaException.validation("1 validation error detected: Value '" + reserved
                    + "' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value"
                    + " greater than or equal to 0");
        }
        Map<String, Integer> reservations = new HashMap<>(store.reservedConcurrencies());
        reservations.put(name, reserved);
        int total = reservations.values().stream().mapToInt(Integer::intValue).sum();
        if (account.concurrentExecutions() - total < account.minimumUnreservedConcurrency()) {
            throw BaristaException.invalidParameter("Specified ReservedConcurrentExecutions for function decreases"
                    + " account's UnreservedConcurrentExecution below its minimum value of ["
                    + account.minimumUnreservedConcurrency() + "].");
        }
        store.putReservedConcurrency(name, reserved);
        return reserved;
    }

    /** GetFunctionConcurrency: empty when the function has no reservation. */
    public Optional<Integer> concurrency(String nameOrArn) {
        String name = FunctionReference.requireName(nameOrArn);
        latest(name);
        return Optional.ofNullable(store.reservedConcurrencies().get(name));
    }

    /** DeleteFunctionConcurrency. */
    public void deleteConcurrency(String nameOrArn) {
        String name = FunctionReference.requireName(nameOrArn);
        latest(name);
        store.deleteReservedConcurrency(name);
    }

    /** Reserved executions of every function that has a reservation (for the scheduler). */
    public Map<String, Integer> reservations() {
        return store.reservedConcurrencies();
    }

    /** GetAccountSettings. */
    public AccountView accountView() {
        int reserved = store.reservedConcurrencies().values().stream().mapToInt(Integer::intValue).sum();
        FunctionStore.AccountUsage usage = store.usage();
        return new AccountView(AccountSettings.TOTAL_CODE_SIZE, AccountSettings.CODE_SIZE_UNZIPPED,
                AccountSettings.CODE_SIZE_ZIPPED, account.concurrentExecutions(),
                account.concurrentExecutions() - reserved, usage.totalCodeSizeBytes(), usage.functionCount());
    }

    /** TagResource; the resource is a function ARN. */
    public void tag(String functionArn, Map<String, String> tags) {
        String name = functionFromArn(functionArn);
        Map<String, String> merged = new HashMap<>(store.tags(name));
        merged.putAll(tags);
        TagLimits.check(merged);
        store.putTags(name, tags);
    }

    /** UntagResource. */
    public void untag(String functionArn, Collection<String> keys) {
        store.removeTags(functionFromArn(functionArn), keys);
    }

    /** ListTags. */
    public Map<String, String> tags(String functionArn) {
        return store.tags(functionFromArn(functionArn));
    }

    /**
     * Resolves what an invocation runs: the version named, or the version an alias routes to.
     *
     * @param routingDraw a number in [0, 1) that decides weighted alias routing
     */
    public ResolvedFunction resolveForInvoke(String nameOrArn, String qualifier, double routingDraw) {
        FunctionReference reference = FunctionReference.parse(nameOrArn, qualifier);
        String name = reference.functionName();
        String named = reference.qualifierOrLatest();
        if (FunctionConfiguration.LATEST.equals(named) || isVersionNumber(named)) {
            return new ResolvedFunction(find(name, named), reference.qualifier());
        }
        Alias alias = store.findAlias(name, named).orElseThrow(() -> functionNotFound(name, named));
        String version = AliasRules.route(alias, routingDraw);
        return new ResolvedFunction(find(name, version), named);
    }

    private FunctionConfiguration resolveVersion(FunctionReference reference) {
        String name = reference.functionName();
        String named = reference.qualifierOrLatest();
        if (FunctionConfiguration.LATEST.equals(named) || isVersionNumber(named)) {
            return find(name, named);
        }
        Alias alias = store.findAlias(name, named).orElseThrow(() -> functionNotFound(name, named));
        return find(name, alias.functionVersion());
    }

    private FunctionConfiguration publish(FunctionConfiguration latest, String description) {
        Optional<FunctionConfiguration> newest = newestPublished(latest.functionName());
        if (newest.isPresent() && SamePublishedState.matches(newest.get(), latest)) {
            return newest.get();
        }
        String version = Long.toString(store.nextVersionNumber(latest.functionName()));
        FunctionConfiguration published = new FunctionConfiguration(latest.functionName(), version, latest.runtime(),
                latest.role(), latest.handler(), description == null || description.isEmpty()
                ? latest.description() : description, latest.timeoutSeconds(), latest.memorySizeMegabytes(),
                latest.ephemeralStorageMegabytes(), latest.environment(), latest.architecture(), latest.code(),
                clock.instant(), newRevision(), latest.state(), latest.lastUpdateStatus(),
                latest.deadLetterTargetArn(), latest.settings());
        if (!store.insertVersion(published)) {
            throw BaristaException.conflict("Version " + version + " of " + latest.functionName() + " exists.");
        }
        return published;
    }

    private Optional<FunctionConfiguration> newestPublished(String name) {
        List<FunctionConfiguration> all = new ArrayList<>();
        String marker = null;
        do {
            Page<FunctionConfiguration> page = store.listVersions(name, marker, 1000);
            all.addAll(page.items());
            marker = page.nextMarker();
        } while (marker != null);
        return all.stream().filter(configuration -> !configuration.isLatest()).reduce((first, second) -> second);
    }

    private void replace(FunctionConfiguration updated, String expectedRevision) {
        if (!store.replaceLatest(updated, expectedRevision)) {
            throw revisionMismatch();
        }
        retired.accept(new FunctionReference(updated.functionName(), FunctionConfiguration.LATEST));
    }

    private FunctionConfiguration latest(String name) {
        return find(name, FunctionConfiguration.LATEST);
    }

    private FunctionConfiguration find(String name, String version) {
        return store.find(name, version).orElseThrow(() -> functionNotFound(name,
                FunctionConfiguration.LATEST.equals(version) ? null : version));
    }

    private void requireVersion(String name, String version) {
        if (version == null) {
            throw BaristaException.validation("1 validation error detected: Value null at 'functionVersion' failed"
                    + " to satisfy constraint: Member must not be null");
        }
        find(name, version);
    }

    private String functionFromArn(String functionArn) {
        FunctionReference reference = FunctionReference.parse(functionArn, null);
        if (!functionArn.startsWith("arn:")) {
            throw BaristaException.validation("1 validation error detected: Value '" + functionArn
                    + "' at 'resource' failed to satisfy constraint: Member must satisfy regular expression pattern:"
                    + " arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:"
                    + "function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
        }
        latest(reference.functionName());
        return reference.functionName();
    }

    private CodeArtifact code(byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw BaristaException.invalidParameter("Please provide a source for function code.");
        }
        if (zip.length > AccountSettings.CODE_SIZE_ZIPPED) {
            throw new BaristaException(ErrorCode.REQUEST_TOO_LARGE, "Zipped size must be smaller than "
                    + AccountSettings.CODE_SIZE_ZIPPED + " bytes");
        }
        return codeStore.put(zip);
    }

    private Runtime runtime(String identifier) {
        if (identifier == null) {
            throw BaristaException.invalidParameter("The Runtime parameter is required for the zip package type.");
        }
        Runtime runtime = Runtime.fromIdentifier(identifier).orElseThrow(() -> BaristaException.validation(
                "1 validation error detected: Value '" + identifier + "' at 'runtime' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: " + RuntimeNames.all()));
        if (!installedRuntimes.contains(runtime)) {
            throw BaristaException.invalidParameter("The runtime parameter of " + identifier + " is not installed on"
                    + " this Barista host. Installed runtimes: " + RuntimeNames.of(installedRuntimes));
        }
        return runtime;
    }

    private static Architecture architecture(List<String> architectures) {
        if (architectures == null || architectures.isEmpty()) {
            return Architecture.X86_64;
        }
        if (architectures.size() > 1) {
            throw BaristaException.validation("1 validation error detected: Value '" + architectures
                    + "' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1");
        }
        return Architecture.fromIdentifier(architectures.get(0)).orElseThrow(() -> BaristaException.validation(
                "1 validation error detected: Value '" + architectures + "' at 'architectures' failed to satisfy"
                        + " constraint: Member must satisfy constraint: [Member must satisfy enum value set:"
                        + " [x86_64, arm64]]"));
    }

    private static void refuseUnsupportedCode(String s3Bucket, String s3Key, String imageUri, String packageType) {
        if (imageUri != null || "Image".equals(packageType)) {
            throw BaristaException.invalidParameter("Barista does not support container image functions"
                    + " (PackageType Image); use a zip package.");
        }
        if (s3Bucket != null || s3Key != null) {
            throw BaristaException.invalidParameter("Barista does not support code from S3 yet; upload the zip"
                    + " with ZipFile.");
        }
    }

    private static void refuseLayers(List<String> layers) {
        if (layers != null && !layers.isEmpty()) {
            throw BaristaException.invalidParameter("Barista does not support layers yet.");
        }
    }

    private static void checkRevision(String current, String expected) {
        if (expected != null && !expected.equals(current)) {
            throw revisionMismatch();
        }
    }

    private static BaristaException revisionMismatch() {
        return new BaristaException(ErrorCode.PRECONDITION_FAILED, "The Revision Id provided does not match the"
                + " latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }

    private BaristaException functionNotFound(String name, String qualifier) {
        return BaristaException.notFound("Function not found: " + account.functionArn(name, qualifier));
    }

    private static Map<String, Double> weights(AliasCommand command) {
        return command.additionalVersionWeights() == null ? Map.of() : command.additionalVersionWeights();
    }

    static boolean isVersionNumber(String qualifier) {
        return !qualifier.isEmpty() && qualifier.chars().allMatch(Character::isDigit);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static int pageSize(Integer maxItems) {
        if (maxItems == null) {
            return DEFAULT_PAGE;
        }
        if (maxItems < 1 || maxItems > 10_000) {
            throw BaristaException.validation("1 validation error detected: Value '" + maxItems + "' at 'maxItems'"
                    + " failed to satisfy constraint: Member must have value between 1 and 10000");
        }
        return maxItems;
    }

    private static String newRevision() {
        return UUID.randomUUID().toString();
    }
}
