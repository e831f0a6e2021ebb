package nl.regioplan.extractors.mention;

/** What a mention is; {@link #label()} is the value of MentionRecord.type. */
public enum MentionType {
    PERCENTAGE, NUMBER, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
