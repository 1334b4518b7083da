package dev.barista.aws.protocol.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.http.QueryParameters;
import dev.barista.core.error.BaristaException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * awsQuery's serialization of structures, written once for every service: binds form parameters to a wire record
 * and writes a wire record as the elements of an {@code <ActionResult>}. The same records serve the JSON protocols
 * (members are named by {@code @JsonProperty} on the accessor, else by the component's name with its first letter
 * upper-cased, as {@code UpperCamelCaseStrategy} names them).
 *
 * <p>Rules, as in Smithy's awsQuery: a member is {@code Prefix.Member}; a list is {@code Prefix.member.N} (N from 1;
 * {@code Prefix=} alone is the empty list); a map is {@code Prefix.entry.N.key} and {@code Prefix.entry.N.value};
 * timestamps are ISO-8601. Members of types String, Integer, Long, Double, Boolean, Instant, List, Map (string keys)
 * and nested records are supported. Output lists are wrapped in {@code <member>}, maps in
 * {@code <entry><key/><value/></entry>}; null members are left out. Thread-safe.
 */
public final class QueryBinding {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private QueryBinding() {
    }

    /**
     * Binds the parameters to a record; absent members are null.
     *
     * @throws BaristaException {@code INVALID_PARAMETER_VALUE} naming the parameter whose value does not fit
     */
    public static <T> T read(QueryParameters parameters, Class<T> type) {
        return type.cast(new Reader(parameters).record(type, ""));
    }

    /** The elements of a result: one per non-null member of the record, in declaration order. */
    public static List<XmlElement> write(Object record) {
        List<XmlElement> elements = new ArrayList<>();
        Shape shape = SHAPES.get(record.getClass());
        for (Member member : shape.members()) {
            Object value;
            try {
                value = member.component().getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException failure) {
                throw new IllegalStateException("cannot read " + member.wireName(), failure);
            }
            if (value != null) {
                elements.add(element(member.wireName(), value));
            }
        }
        return elements;
    }

    private static XmlElement element(String name, Object value) {
        return switch (value) {
            case String text -> XmlElement.text(name, text);
            case Instant instant -> XmlElement.text(name, DateTimeFormatter.ISO_INSTANT.format(instant));
            case Number number -> XmlElement.text(name, number.toString());
            case Boolean bool -> XmlElement.text(name, bool.toString());
            case List<?> list -> XmlElement.of(name, list.stream().map(item -> element("member", item)).toList());
            case Map<?, ?> map -> XmlElement.of(name, map.entrySet().stream()
                    .map(entry -> XmlElement.of("entry", element("key", entry.getKey()),
                            element("value", entry.getValue())))
                    .toList());
            case Record record -> XmlElement.of(name, write(record));
            default -> throw new IllegalArgumentException("cannot write " + value.getClass() + " in awsQuery XML");
        };
    }

    /** A record type's members and constructor, computed once per type. */
    private record Shape(List<Member> members, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            List<Member> members = new ArrayList<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int index = 0; index < components.length; index++) {
                members.add(new Member(components[index], wireName(components[index])));
                types[index] = components[index].getType();
            }
            try {
                return new Shape(members, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        private static String wireName(RecordComponent component) {
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
            String name = component.getName();
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    private record Member(RecordComponent component, String wireName) {
    }

    /** Reads one request's parameters; parameter names are looked up by prefix. */
    private static final class Reader {
        private final QueryParameters parameters;
        private final TreeSet<String> names;

        Reader(QueryParameters parameters) {
            this.parameters = parameters;
            this.names = new TreeSet<>(parameters.asMap().keySet());
        }

        Object record(Class<?> type, String prefix) {
            Shape shape = SHAPES.get(type);
            Object[] values = new Object[shape.members().size()];
            for (int index = 0; index < values.length; index++) {
                Member member = shape.members().get(index);
                String key = prefix.isEmpty() ? member.wireName() : prefix + "." + member.wireName();
                values[index] = value(member.component().getGenericType(), key);
            }
            try {
                return shape.constructor().newInstance(values);
            } catch (InvocationTargetException failure) {
                if (failure.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(failure.getCause());
            } catch (ReflectiveOperationException failure) {
                throw new IllegalStateException("cannot build " + type, failure);
            }
        }

        private Object value(Type type, String key) {
            if (type instanceof ParameterizedType parameterized) {
                Class<?> raw = (Class<?>) parameterized.getRawType();
                Type[] arguments = parameterized.getActualTypeArguments();
                if (raw == List.class) {
                    return list(arguments[0], key);
                }
                if (raw == Map.class) {
                    return map(arguments[1], key);
                }
                throw new IllegalArgumentException("unsupported awsQuery member type " + type);
            }
            Class<?> raw = (Class<?>) type;
            if (raw.isRecord()) {
                return hasAnyUnder(key + ".") ? record(raw, key) : null;
            }
            String text = parameters.first(key);
            return text == null ? null : scalar(raw, text, key);
        }

        private List<Object> list(Type element, String key) {
            String prefix = key + ".member.";
            List<Object> items = new ArrayList<>();
            for (int index : indices(prefix)) {
                items.add(value(element, prefix + index));
            }
            if (items.isEmpty()) {
                return parameters.contains(key) ? List.of() : null;
            }
            return items;
        }

        private Map<String, Object> map(Type valueType, String key) {
            String prefix = key + ".entry.";
            Map<String, Object> map = new LinkedHashMap<>();
            for (int index : indices(prefix)) {
                String entryKey = parameters.first(prefix + index + ".key");
                if (entryKey != null) {
                    map.put(entryKey, value(valueType, prefix + index + ".value"));
                }
            }
            if (map.isEmpty()) {
                return parameters.contains(key) ? Map.of() : null;
            }
            return map;
        }

        /** The indices N of the parameters named {@code prefix + N} or {@code prefix + N + ".…"}, ascending. */
        private TreeSet<Integer> indices(String prefix) {
            TreeSet<Integer> indices = new TreeSet<>();
            for (String name : names.tailSet(prefix)) {
                if (!name.startsWith(prefix)) {
                    break;
                }
                int end = name.indexOf('.', prefix.length());
                String number = name.substring(prefix.length(), end < 0 ? name.length() : end);
                try {
                    indices.add(Integer.parseInt(number));
                } catch (NumberFormatException notAnIndex) {
                    // Not a member of this list (a longer name that shares the prefix).
                }
            }
            return indices;
        }

        private boolean hasAnyUnder(String prefix) {
            String next = names.ceiling(prefix);
            return next != null && next.startsWith(prefix);
        }

        private static Object scalar(Class<?> type, String text, String key) {
            try {
                if (type == String.class) {
                    return text;
                }
                if (type == Integer.class) {
                    return Integer.valueOf(text.trim());
                }
                if (type == Long.class) {
                    return Long.valueOf(text.trim());
                }
                if (type == Double.class) {
                    return Double.valueOf(text.trim());
                }
                if (type == Boolean.class) {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        throw invalid(text, key);
                    }
                    return Boolean.valueOf(text);
                }
                if (type == Instant.class) {
                    return instant(text.trim());
                }
            } catch (NumberFormatException | DateTimeParseException malformed) {
                throw invalid(text, key);
            }
            throw new IllegalArgumentException("unsupported awsQuery member type " + type);
        }

        private static Instant instant(String text) {
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                return Instant.ofEpochMilli(new java.math.BigDecimal(text).movePointRight(3).longValue());
            }
            return OffsetDateTime.parse(text).toInstant();
        }

        private static BaristaException invalid(String text, String key) {
            return BaristaException.invalidParameter("The value " + text + " for parameter " + key + " is invalid.");
        }
    }
}
