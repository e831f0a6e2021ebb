package nl.regioplan.extractors.party;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the role (opdrachtgever, trekker, betrokken) a party plays from the cues of {@code role-cues.tsv}: a
 * section heading that names the carriers ("Wie gaat hiermee aan de slag?"), and words in the sentence around
 * the party ("X nemen het initiatief", "waar nodig afstemming met Y"). All cues of a scope are compiled into
 * one pattern. Immutable, thread-safe.
 */
final class RoleCues {
    enum Scope { SECTION, AFTER, NEXT, BEFORE }

    record Cue(int start, int end, Scope scope, String role) {
    }

    private final Map<Scope, Pattern> patterns = new HashMap<>();
    /** The characters the cues of a scope open with: their pattern is tried only where the text has one. */
    private final Map<Scope, String> openings = new HashMap<>();
    private final Map<Scope, Map<String, String>> roles = new HashMap<>();

    static RoleCues loadDefault() {
        try (InputStream in = RoleCues.class.getResourceAsStream("role-cues.tsv")) {
            if (in == null) throw new IllegalStateException("missing role-cues.tsv");
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RoleCues load(InputStream tsv) throws IOException {
        RoleCues cues = new RoleCues();
        Map<Scope, List<String>> alternatives = new HashMap<>();
        for (String[] c : DataTable.rows(tsv, '\t', 3, "role-cues.tsv")) {
            Scope scope = Scope.valueOf(c[1].strip().toUpperCase(java.util.Locale.ROOT));
            String cue = NameTokenizer.key(c[0].strip());
            cues.roles.computeIfAbsent(scope, k -> new HashMap<>()).put(cue, c[2].strip());
            alternatives.computeIfAbsent(scope, k -> new ArrayList<>()).add(cue);
        }
        alternatives.forEach((scope, list) -> {
            // longest first, so "het initiatief nemen" is not cut to a shorter cue
            list.sort((a, b) -> b.length() - a.length());
            StringBuilder sb = new StringBuilder("(?<![\\p{L}])(?:");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append('|');
                sb.append(Pattern.quote(list.get(i)).replace(" ", "\\E\\s+\\Q"));
            }
            cues.patterns.put(scope, Pattern.compile(sb.append(")(?![\\p{L}])").toString()));
            StringBuilder opening = new StringBuilder();
            for (String cue : list) if (opening.indexOf(cue.substring(0, 1)) < 0) opening.append(cue.charAt(0));
            cues.openings.put(scope, opening.toString());
        });
        return cues;
    }

    /** The role a section heading gives its parties, or null. */
    String sectionRole(String section) {
        if (section == null || section.isEmpty()) return null;
        List<Cue> found = cues(NameTokenizer.key(section), Scope.SECTION);
        return found.isEmpty() ? null : found.get(0).role();
    }

    /** The cues of a scope in folded text, by position. */
    List<Cue> cues(String foldedText, Scope scope) {
        Pattern p = patterns.get(scope);
        if (p == null) return List.of();
        String opening = openings.get(scope);
        List<Cue> found = new ArrayList<>();
        // what find() does, without trying every alternative at the characters no cue opens with (most of them)
        Matcher m = p.matcher(foldedText).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < foldedText.length(); ) {
            if (opening.indexOf(foldedText.charAt(i)) >= 0 && m.region(i, foldedText.length()).lookingAt()) {
                String cue = m.group().replaceAll("\\s+", " ");
                found.add(new Cue(m.start(), m.end(), scope, roles.get(scope).get(cue)));
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }
}
