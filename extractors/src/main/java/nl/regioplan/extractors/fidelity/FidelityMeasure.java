package nl.regioplan.extractors.fidelity;

import nl.regioplan.corpus.text.WordEdits;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores one extractor's output for one case: word order (edit distance on the word sequence), statement
 * integrity (each statement inside one unit), block kinds (the unit holding a true block's first words has its
 * kind) and header/footer leakage (a running line's words on a page of the output).
 */
final class FidelityMeasure {
    private static final int KEY_WORDS = 8;

    private FidelityMeasure() {
    }

    /**
     * @param units  the output units of the case's pages only
     * @param pages  how many pages the case covers
     * @param broken told each statement that did not come out whole
     */
    static FidelityScore score(FidelityCase c, List<TextUnit> units, int pages, Consumer<String> broken) {
        FidelityScore score = new FidelityScore();
        List<List<String>> unitWords = new ArrayList<>();
        for (TextUnit u : TableRowText.unlabelled(units)) unitWords.add(WordSequence.words(u.text()));

        List<String> truth = new ArrayList<>();
        c.blocks().forEach(b -> truth.addAll(WordSequence.words(b.text())));
        List<String> out = WordSequence.concat(unitWords);
        score.wordEdits = WordEdits.distance(truth, out);
        score.wordLength = Math.max(truth.size(), out.size());

        for (List<String> statement : c.statements()) {
            score.statements++;
            if (whole(statement, unitWords)) score.whole++;
            else broken.accept(String.join(" | ", statement));
        }

        if (units.stream().anyMatch(u -> u.kind() != null)) {
            int from = 0;
            for (TruthBlock block : c.blocks()) {
                List<String> words = WordSequence.words(block.text());
                if (words.isEmpty()) continue;
                List<String> key = words.subList(0, Math.min(KEY_WORDS, words.size()));
                score.kindBlocks++;
                int found = find(unitWords, key, from);
                if (found < 0) continue;
                from = found;
                if (block.kind().equals(units.get(found).kind())) score.kindsRight++;
            }
        }

        for (String line : c.running()) {
            List<String> pattern = runningPattern(line);
            for (int page = 1; page <= pages; page++) {
                score.runningChecks++;
                List<String> pageWords = new ArrayList<>();
                for (int i = 0; i < units.size(); i++) if (pageOf(c, units.get(i)) == page) pageWords.addAll(unitWords.get(i));
                if (WordSequence.indexOf(pageWords, pattern, 0) >= 0) score.runningLeaked++;
            }
        }
        return score;
    }

    private static int pageOf(FidelityCase c, TextUnit u) {
        return c.page() > 0 ? 1 : u.page();
    }

    private static boolean whole(List<String> statement, List<List<String>> unitWords) {
        for (List<String> words : unitWords) {
            int at = 0;
            boolean all = true;
            for (String part : statement) {
                List<String> partWords = WordSequence.words(part);
                int found = WordSequence.indexOf(words, partWords, at);
                if (found < 0) {
                    all = false;
                    break;
                }
                // the next part starts after this one; a part without words (a cell holding ":") takes none
                at = found + partWords.size();
            }
            if (all) return true;
        }
        return false;
    }

    /** The first unit at or after {@code from} holding the key, else the first before it. */
    private static int find(List<List<String>> unitWords, List<String> key, int from) {
        for (int i = from; i < unitWords.size(); i++) if (WordSequence.indexOf(unitWords.get(i), key, 0) >= 0) return i;
        for (int i = 0; i < from; i++) if (WordSequence.indexOf(unitWords.get(i), key, 0) >= 0) return i;
        return -1;
    }

    private static List<String> runningPattern(String line) {
        List<String> pattern = new ArrayList<>();
        for (String token : line.strip().split("\\s+")) {
            if (token.equals("#")) pattern.add("#");
            else pattern.addAll(WordSequence.words(token));
        }
        return pattern;
    }
}
