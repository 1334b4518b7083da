package dev.barista.core.function;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A function store and a code store that write what they durably do, in order, to one shared journal, and that
 * can be made to "crash" (throw) before a step: a node killed at that point. The code store tells which packages
 * it holds, as files on disk would.
 */
final class JournalingStores {
    final List<String> journal = java.util.Collections.synchronizedList(new ArrayList<>());
    final Functions functions = new Functions();
    final Code code = new Code();

    /** Thrown where the node dies. */
    static final class Crash extends RuntimeException {
        Crash(String where) {
            super("killed before " + where);
        }
    }

    final class Functions extends InMemoryFunctionStore {
        volatile String crashBefore;

        @Override
        public boolean create(FunctionConfiguration latest, Map<String, String> tags) {
            step("store create " + latest.functionName());
            return super.create(latest, tags);
        }

        @Override
        public boolean replaceLatest(FunctionConfiguration latest, String expectedRevisionId) {
            step("store replace " + latest.functionName() + " " + name(latest.code()));
            return super.replaceLatest(latest, expectedRevisionId);
        }

        @Override
        public boolean insertVersion(FunctionConfiguration version) {
            step("store publish " + version.functionName() + ":" + version.version());
            return super.insertVersion(version);
        }

        @Override
        public boolean delete(String functionName) {
            step("store delete " + functionName);
            return super.delete(functionName);
        }

        @Override
        public boolean deleteVersion(String functionName, String version) {
            step("store delete " + functionName + ":" + version);
            return super.deleteVersion(functionName, version);
        }

        private void step(String entry) {
            String verb = entry.substring(0, entry.indexOf(' ', "store ".length()));
            if (verb.equals(crashBefore)) {
                throw new Crash(entry);
            }
            journal.add(entry);
        }
    }

    final class Code implements CodeStore {
        private final FakeCodeStore delegate = new FakeCodeStore();
        /** Package name (the seed it was made from) by hash, for every package on "disk". */
        private final Map<String, String> stored = new ConcurrentHashMap<>();

        /** A package made by {@link FakeCodeStore#zip} from {@code seed}. */
        @Override
        public CodeArtifact put(byte[] zip) {
            CodeArtifact artifact = delegate.put(zip);
            String seed = new String(zip, 2, zip.length - 2, java.nio.charset.StandardCharsets.UTF_8);
            stored.put(artifact.sha256Base64(), seed);
            journal.add("code put " + seed);
            return artifact;
        }

        @Override
        public Path directory(CodeArtifact code) {
            return delegate.directory(code);
        }

        @Override
        public Optional<Path> zipFile(String sha256Base64) {
            return delegate.zipFile(sha256Base64);
        }

        @Override
        public void retainOnly(Set<String> inUseSha256Base64) {
            for (String hash : List.copyOf(stored.keySet())) {
                if (!inUseSha256Base64.contains(hash)) {
                    journal.add("code remove " + stored.remove(hash));
                }
            }
            delegate.retainOnly(inUseSha256Base64);
        }

        /** The names of the packages on "disk". */
        Set<String> packages() {
            return Set.copyOf(stored.values());
        }

        String name(CodeArtifact artifact) {
            return stored.getOrDefault(artifact.sha256Base64(), "?");
        }
    }

    private String name(CodeArtifact artifact) {
        return code.name(artifact);
    }
}
