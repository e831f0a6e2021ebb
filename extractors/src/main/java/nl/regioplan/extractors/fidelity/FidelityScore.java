package nl.regioplan.extractors.fidelity;

/**
 * The measures of one extractor over some cases, pooled (sums, not a mean of per-file ratios, so a long file
 * weighs as much as its words).
 */
public final class FidelityScore {
    long wordEdits, wordLength;
    int statements, whole;
    int kindBlocks, kindsRight;
    int runningChecks, runningLeaked;

    /** 1 - word-level edit distance / the longer of truth and output. */
    public double wordOrder() {
        return wordLength == 0 ? Double.NaN : 1 - (double) wordEdits / wordLength;
    }

    /** Share of statements that came out whole inside one unit. */
    public double integrity() {
        return statements == 0 ? Double.NaN : (double) whole / statements;
    }

    /** Share of true blocks whose unit has the true kind; NaN for a tool without kinds. */
    public double kindAccuracy() {
        return kindBlocks == 0 ? Double.NaN : (double) kindsRight / kindBlocks;
    }

    /** Share of running header/footer lines, per page, that came out in the text; NaN where none were set. */
    public double leakage() {
        return runningChecks == 0 ? Double.NaN : (double) runningLeaked / runningChecks;
    }

    public int statements() {
        return statements;
    }

    void add(FidelityScore other) {
        wordEdits += other.wordEdits;
        wordLength += other.wordLength;
        statements += other.statements;
        whole += other.whole;
        kindBlocks += other.kindBlocks;
        kindsRight += other.kindsRight;
        runningChecks += other.runningChecks;
        runningLeaked += other.runningLeaked;
    }
}
