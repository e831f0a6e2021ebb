package nl.regioplan.extractors.party;

import nl.regioplan.corpus.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.regioplan.extractors.nlp.Sentence;

/** The role cues of one text and its section, found only when a party needs them; tells each party its role. */
final class RoleContext {
    /** Words that may stand between the parties of one list: "X, Y en de Z". */
    private static final Pattern LIST_GAP =
            Pattern.compile("[\\s,;|/&]*(?:\\b(?:en|of)\\b)?[\\s,]*(?:\\b(?:de|het)\\b)?\\s*");

    private final PartyText text;
    private final String section;
    private final RoleCues roles;
    private List<RoleCues.Cue> cues;
    private List<RoleCues.Cue> sectionCues;
    private String sectionRole;

    RoleContext(PartyText text, String section, RoleCues roles) {
        this.text = text;
        this.section = section;
        this.roles = roles;
    }

    private void cues() {
        if (cues != null) return;
        String folded = Folding.foldKeepingOffsets(text.text());
        cues = new ArrayList<>(roles.cues(folded, RoleCues.Scope.AFTER));
        cues.addAll(roles.cues(folded, RoleCues.Scope.NEXT));
        cues.addAll(roles.cues(folded, RoleCues.Scope.BEFORE));
        sectionCues = roles.cues(folded, RoleCues.Scope.SECTION);
        sectionRole = roles.sectionRole(section);
    }

    /** Whether the sentence at {@code offset} (the whole text when negative) says who does what. */
    boolean saysWhoDoesWhat(int offset) {
        cues();
        if (sectionRole != null || !sectionCues.isEmpty()) return true;
        if (offset < 0) return !cues.isEmpty();
        Sentence s = text.sentenceAt(offset);
        for (RoleCues.Cue c : cues) if (c.start() >= s.start() && c.end() <= s.end()) return true;
        return false;
    }

    /**
     * The nearest cue before the party that points forward (a NEXT cue only as far as the list right after
     * it), else after it pointing back, else the section's. {@code all} is sorted by start.
     */
    String of(PartyMention m, List<PartyMention> all) {
        cues();
        Sentence s = text.sentenceAt(m.start());
        RoleCues.Cue best = null;
        for (RoleCues.Cue c : cues) {
            boolean forward = c.scope() == RoleCues.Scope.AFTER
                    || c.scope() == RoleCues.Scope.NEXT && m.start() <= reach(c, all);
            if (forward && c.end() <= m.start() && c.start() >= s.start()
                    && (best == null || c.end() > best.end())) best = c;
        }
        if (best != null) return best.role();
        for (RoleCues.Cue c : cues) {
            if (c.scope() == RoleCues.Scope.BEFORE && c.start() >= m.end() && c.end() <= s.end()
                    && (best == null || c.start() < best.start())) best = c;
        }
        if (best != null) return best.role();
        String role = sectionRole;
        for (RoleCues.Cue c : sectionCues) if (c.end() <= m.start()) role = c.role();
        return role;
    }

    /** Where a NEXT cue stops: the end of the first party after it and of the parties listed with that one. */
    private int reach(RoleCues.Cue cue, List<PartyMention> sorted) {
        int reach = -1;
        for (PartyMention m : sorted) {
            if (m.start() < cue.end()) continue;
            if (reach >= 0 && !LIST_GAP.matcher(text.text().substring(reach, m.start())).matches()) break;
            reach = m.end();
        }
        return reach;
    }
}
