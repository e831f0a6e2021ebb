package nl.regioplan.extractors.mention;

/** What a year does in its sentence; {@link #label()} is the value of MentionRecord.role. */
public enum YearRole {
    DEADLINE, BASELINE, PERIOD_START, PERIOD_END, PUBLICATION, REFERENCE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
