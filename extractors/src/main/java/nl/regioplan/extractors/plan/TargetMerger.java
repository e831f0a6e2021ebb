package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.records.TargetRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds a target stated again elsewhere in the same plan (summary and chapter) into one record holding all its
 * pages. Two statements are one target when they share deadline, comparator and quantity and nearly all words,
 * unless they stand under the same kind of heading in different parts of the plan: a template sentence reused in
 * each programme's "Resultaten" list is a commitment of each programme.
 */
final class TargetMerger {
    private static final double SAME_WORDS = 0.8;

    private record Entry(TargetRecord first, Set<String> words, TreeSet<Integer> pages) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(TargetRecord target) {
        Set<String> words = words(target.text());
        for (Entry e : entries) {
            if (Objects.equals(e.first().deadlineYear(), target.deadlineYear())
                    && Objects.equals(e.first().comparator(), target.comparator())
                    && Objects.equals(e.first().quantity(), target.quantity())
                    && jaccard(e.words(), words) >= SAME_WORDS && !templateReuse(e.first(), target)) {
                e.pages().addAll(target.pages());
                return;
            }
        }
        entries.add(new Entry(target, words, new TreeSet<>(target.pages())));
    }

    List<TargetRecord> merged() {
        List<TargetRecord> out = new ArrayList<>();
        for (Entry e : entries) {
            TargetRecord t = e.first();
            out.add(new TargetRecord(t.doc(), e.pages().first(), t.kind(), t.text(), t.deadline(), t.quantity(), t.unit(),
                    t.comparator(), t.baselineValue(), t.baselineYear(), t.subject(), t.sourceQuoted(), t.region(),
                    t.themes(), t.parties(), t.section(), List.copyOf(e.pages()), t.method(), t.confidence()));
        }
        return out;
    }

    private static boolean templateReuse(TargetRecord a, TargetRecord b) {
        if (a.section() == null || b.section() == null || a.section().equals(b.section())) return false;
        return lastHeading(a.section()).equals(lastHeading(b.section()));
    }

    private static String lastHeading(String section) {
        int i = section.lastIndexOf(" > ");
        return i < 0 ? section : section.substring(i + 3);
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
