package dev.barista.core.logs;

import dev.barista.core.error.BaristaException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the filter pattern syntax of CloudWatch Logs
 * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html">reference</a>):
 * terms and quoted phrases, {@code ?term} alternatives and {@code -term} exclusions; JSON patterns
 * {@code { $.field = value && ... }} ({@link JsonConditionParser}); and a whole-pattern regular expression
 * {@code %regex%}. Space-delimited patterns ({@code [a, b=...]}) are refused.
 */
final class FilterPatternParser {
    private FilterPatternParser() {
    }

    static FilterPattern parse(String text) {
        if (text == null || text.isBlank()) {
            return new FilterPattern.MatchAll();
        }
        String pattern = text.strip();
        if (pattern.startsWith("{")) {
            return new FilterPattern.Json(JsonConditionParser.parse(pattern));
        }
        if (pattern.startsWith("[")) {
            throw invalid("Barista does not support space-delimited filter patterns ([...]) yet");
        }
        if (pattern.length() >= 2 && pattern.startsWith("%") && pattern.endsWith("%")) {
            return new FilterPattern.Regex(regex(pattern.substring(1, pattern.length() - 1)));
        }
        return terms(text);
    }

    static Pattern regex(String expression) {
        if (expression.isEmpty()) {
            throw invalid("an empty regular expression");
        }
        try {
            return Pattern.compile(expression);
        } catch (PatternSyntaxException exception) {
            throw invalid("the regular expression " + expression + " is invalid: " + exception.getDescription());
        }
    }

    private static FilterPattern terms(String text) {
        List<Term> required = new ArrayList<>();
        List<Term> optional = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean onlyBlankPhrases = true;
        int index = 0;
        while (index < text.length()) {
            if (Character.isWhitespace(text.charAt(index))) {
                index++;
                continue;
            }
            char prefix = text.charAt(index);
            List<Term> target = required;
            if ((prefix == '?' || prefix == '-') && index + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(index + 1))) {
                target = prefix == '?' ? optional : excluded;
                index++;
            }
            StringBuilder term = new StringBuilder();
            if (text.charAt(index) == '"') {
                index = quoted(text, index, term);
            } else {
                while (index < text.length() && !Character.isWhitespace(text.charAt(index))) {
                    term.append(text.charAt(index++));
                }
            }
            if (term.toString().isBlank()) {
                continue;
            }
            onlyBlankPhrases = false;
            target.add(new Term(term.toString()));
        }
        return onlyBlankPhrases ? new FilterPattern.MatchAll() : new FilterPattern.Terms(required, optional, excluded);
    }

    /** Reads a quoted phrase starting at the quote; returns the index after the closing quote. */
    private static int quoted(String text, int start, StringBuilder phrase) {
        int index = start + 1;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character == '\\' && index + 1 < text.length()) {
                phrase.append(text.charAt(index + 1));
                index += 2;
            } else if (character == '"') {
                return index + 1;
            } else {
                phrase.append(character);
                index++;
            }
        }
        throw invalid("a quoted phrase is not closed");
    }

    static BaristaException invalid(String detail) {
        return BaristaException.invalidParameter("Invalid filter pattern: " + detail + ".");
    }
}
