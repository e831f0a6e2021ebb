package nl.regioplan.extractors.target;

import nl.regioplan.corpus.table.DataTable;
import nl.regioplan.corpus.text.Folding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named lists of Dutch cue phrases read from a sectioned resource ("[name]" lines open a list, '#' lines are
 * comments, every other line is a regular-expression fragment). Each list becomes one case-insensitive pattern
 * whose alternatives must start and end on a word boundary.
 */
public final class CueLexicon {
    private final Map<String, Pattern> patterns;
    private final Map<String, FirstLetterIndex> indexes;

    private CueLexicon(Map<String, List<String>> sections) {
        Map<String, Pattern> joined = new LinkedHashMap<>();
        Map<String, FirstLetterIndex> indexed = new LinkedHashMap<>();
        sections.forEach((name, list) -> {
            joined.put(name, compile(alternatives(list)));
            indexed.put(name, FirstLetterIndex.of(list));
        });
        this.patterns = Map.copyOf(joined);
        this.indexes = Map.copyOf(indexed);
    }

    private static String alternatives(List<String> fragments) {
        return String.join("|", fragments.stream().map(f -> "(?:" + f + ")").toList());
    }

    /**
     * The same search as the whole list's pattern, faster: the pattern tries every alternative at every word
     * start (a cue list is tens of alternatives, and each unit is checked against ten lists), while most
     * alternatives open with a letter and can only match where the text has that letter. Here the alternatives
     * are grouped by that letter (case-folded as the pattern folds it), and at each word start only the group of
     * the text's letter and the alternatives that open otherwise are tried.
     */
    private record FirstLetterIndex(Map<Integer, Pattern> byLetter, Pattern other) {
        static FirstLetterIndex of(List<String> fragments) {
            Map<Integer, List<String>> grouped = new LinkedHashMap<>();
            List<String> rest = new ArrayList<>();
            for (String f : fragments) {
                if (opensWithLetter(f)) grouped.computeIfAbsent(fold(f.codePointAt(0)), k -> new ArrayList<>()).add(f);
                else rest.add(f);
            }
            Map<Integer, Pattern> byLetter = new java.util.HashMap<>();
            grouped.forEach((letter, list) -> byLetter.put(letter, compile(alternatives(list))));
            return new FirstLetterIndex(Map.copyOf(byLetter), rest.isEmpty() ? null : compile(alternatives(rest)));
        }

        /** A literal letter that every match starts with: not quantified, and no top-level alternative beside it. */
        private static boolean opensWithLetter(String f) {
            if (f.isEmpty() || !Character.isLetter(f.codePointAt(0))) return false;
            int next = Character.charCount(f.codePointAt(0));
            if (next < f.length() && "?*{".indexOf(f.charAt(next)) >= 0) return false;
            int depth = 0;
            boolean escaped = false;
            boolean inClass = false;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (inClass) inClass = c != ']';
                else if (c == '[') inClass = true;
                else if (c == '(') depth++;
                else if (c == ')') depth--;
                else if (c == '|' && depth == 0) return false;
            }
            return true;
        }

        boolean find(String text) {
            Matchers matchers = MATCHERS.get();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                // the patterns' own look-behind: an alternative starts where no letter or digit precedes it
                if (i == 0 || !isWordCharacter(text.codePointBefore(i))) {
                    Pattern same = byLetter.get(fold(c));
                    if (same != null && matchers.lookingAt(same, text, i)) return true;
                    if (fold(c) != c) {
                        Pattern exact = byLetter.get(c);
                        if (exact != null && matchers.lookingAt(exact, text, i)) return true;
                    }
                    if (other != null && matchers.lookingAt(other, text, i)) return true;
                }
                i += Character.charCount(c);
            }
            return false;
        }

        private static boolean isWordCharacter(int c) {
            return Character.isLetter(c) || c >= '0' && c <= '9';
        }

        /** How CASE_INSENSITIVE with UNICODE_CASE compares a character. */
        private static int fold(int c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /**
     * One matcher per pattern and thread, reset to each new text: a unit is tried against ten lists at every word
     * start, and a new matcher each time (its group and state arrays) was an eighth of what the record stage
     * allocated.
     */
    private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

    private static final class Matchers {
        /** A matcher and the text it was last reset to (compared by identity: a reset costs little, a compare more). */
        private static final class Slot {
            Matcher matcher;
            String text;
        }

        private final Map<Pattern, Slot> byPattern = new IdentityHashMap<>();

        boolean lookingAt(Pattern p, String text, int at) {
            Slot slot = byPattern.computeIfAbsent(p, k -> new Slot());
            if (slot.matcher == null) slot.matcher = p.matcher(text);
            else if (slot.text != text) slot.matcher.reset(text);
            slot.text = text;
            return slot.matcher.region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false).lookingAt();
        }
    }

    private static Pattern compile(String fragment) {
        return Folding.ignoringCase("(?<![\\p{L}\\d])(?:" + fragment + ")(?![\\p{L}\\d])");
    }

    public static CueLexicon load(String resource) {
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            return new CueLexicon(DataTable.sections(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole list as one pattern. */
    public Pattern pattern(String section) {
        Pattern p = patterns.get(section);
        if (p == null) throw new IllegalArgumentException("no cue list " + section);
        return p;
    }

    public boolean has(String section) {
        return patterns.containsKey(section);
    }

    /** Whether the list's pattern finds a match in the text (the same answer as {@code pattern(section).matcher(text).find()}). */
    public boolean find(String section, String text) {
        FirstLetterIndex index = indexes.get(section);
        if (index == null) throw new IllegalArgumentException("no cue list " + section);
        return index.find(text);
    }
}
