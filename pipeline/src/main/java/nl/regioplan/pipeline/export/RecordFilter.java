package nl.regioplan.pipeline.export;

/**
 * Which records an export keeps: one region (case does not matter) and/or one theme code; null keeps all.
 */
public record RecordFilter(String region, String theme) {
    public static final RecordFilter NONE = new RecordFilter(null, null);
}
