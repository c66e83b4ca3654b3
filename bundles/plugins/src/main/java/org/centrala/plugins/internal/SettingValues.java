package org.centrala.plugins.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.centrala.common.FieldError;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * One setting of a plugin as its metatype describes it: the text a client sends is checked against
 * the type, the options and the plugin's own validation, and turned into the value Config Admin
 * keeps; a password is written, never read back. Several values (cardinality other than 0) are
 * sent as one text with commas between them.
 */
final class SettingValues {
    private SettingValues() {
    }

    static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.STRING -> "STRING";
            case AttributeDefinition.LONG -> "LONG";
            case AttributeDefinition.INTEGER -> "INTEGER";
            case AttributeDefinition.SHORT -> "SHORT";
            case AttributeDefinition.CHARACTER -> "CHARACTER";
            case AttributeDefinition.BYTE -> "BYTE";
            case AttributeDefinition.DOUBLE -> "DOUBLE";
            case AttributeDefinition.FLOAT -> "FLOAT";
            case AttributeDefinition.BOOLEAN -> "BOOLEAN";
            case AttributeDefinition.PASSWORD -> "PASSWORD";
            default -> "STRING";
        };
    }

    /** The value as Config Admin keeps it, or a field error that says why not. */
    static Object parse(AttributeDefinition definition, String text, List<FieldError> errors) {
        String id = definition.getID();
        List<String> parts = definition.getCardinality() == 0 ? List.of(text.strip())
                : Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
        List<Object> values = new ArrayList<>();
        for (String part : parts) {
            String problem = check(definition, part);
            if (problem != null) {
                errors.add(new FieldError(id, problem));
                return null;
            }
            values.add(convert(definition.getType(), part));
        }
        if (definition.getCardinality() == 0) {
            return values.get(0);
        }
        Object array = java.lang.reflect.Array.newInstance(valueClass(definition.getType()), values.size());
        for (int i = 0; i < values.size(); i++) {
            java.lang.reflect.Array.set(array, i, values.get(i));
        }
        return array;
    }

    private static Class<?> valueClass(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }

    /** Config Admin's value as text for a client; nothing for a password. */
    static List<String> render(AttributeDefinition definition, Object value) {
        if (value == null || definition.getType() == AttributeDefinition.PASSWORD) {
            return List.of();
        }
        if (value.getClass().isArray()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                texts.add(String.valueOf(java.lang.reflect.Array.get(value, i)));
            }
            return texts;
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static String check(AttributeDefinition definition, String text) {
        String[] options = definition.getOptionValues();
        if (options != null && options.length > 0 && !Arrays.asList(options).contains(text)) {
            return "must be one of " + String.join(", ", options);
        }
        try {
            convert(definition.getType(), text);
        } catch (IllegalArgumentException e) {
            return "must be " + article(typeName(definition.getType()).toLowerCase(Locale.ROOT));
        }
        String verdict = definition.validate(text);
        return verdict == null || verdict.isEmpty() ? null : verdict;
    }

    private static String article(String type) {
        return switch (type) {
            case "integer" -> "an integer";
            case "boolean" -> "true or false";
            default -> "a " + type;
        };
    }

    private static Object convert(int type, String text) {
        return switch (type) {
            case AttributeDefinition.LONG -> Long.valueOf(text);
            case AttributeDefinition.INTEGER -> Integer.valueOf(text);
            case AttributeDefinition.SHORT -> Short.valueOf(text);
            case AttributeDefinition.BYTE -> Byte.valueOf(text);
            case AttributeDefinition.DOUBLE -> Double.valueOf(text);
            case AttributeDefinition.FLOAT -> Float.valueOf(text);
            case AttributeDefinition.CHARACTER -> {
                if (text.length() != 1) {
                    throw new IllegalArgumentException("one character");
                }
                yield text.charAt(0);
            }
            case AttributeDefinition.BOOLEAN -> {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("true or false");
                }
                yield Boolean.valueOf(text);
            }
            default -> text;
        };
    }
}
