package dev.barista.core.queue;

/** Message attribute data types: {@code String}, {@code Number} or {@code Binary}, optionally {@code .custom}. */
final class MessageAttributeTypes {
    private MessageAttributeTypes() {
    }

    /** The base type before any custom suffix, or null when it is not String, Number or Binary. */
    static String baseType(String dataType) {
        int dot = dataType.indexOf('.');
        String base = dot < 0 ? dataType : dataType.substring(0, dot);
        return switch (base) {
            case "String", "Number", "Binary" -> base;
            default -> null;
        };
    }

    static boolean isBinary(String dataType) {
        return "Binary".equals(baseType(dataType));
    }
}
