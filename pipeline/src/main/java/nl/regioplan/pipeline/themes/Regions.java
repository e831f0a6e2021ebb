package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Region names as rows: Dutch alphabetical order, the unknown row last, and what a user typed matched to one. */
public final class Regions {
    private static final Collator DUTCH = Collator.getInstance(Locale.of("nl", "NL"));

    /** Alphabetical as a Dutch reader expects (case and accents second), with "(onbekend)" at the bottom. */
    public static final Comparator<String> ORDER = Comparator
            .comparing((String r) -> r.equals(PlanDocument.UNKNOWN_REGION))
            .thenComparing(DUTCH::compare);

    private Regions() {
    }

    /** The known region a user meant (case does not matter), or an error that lists the known ones. */
    public static String resolve(String typed, Collection<String> known) {
        String wanted = typed.strip();
        return known.stream().filter(r -> r.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no documents for region '" + typed + "'"
                        + (known.isEmpty() ? " (the data folder holds no documents)" : "; regions: " + String.join(", ", sorted(known)))));
    }

    public static List<String> sorted(Collection<String> regions) {
        return regions.stream().distinct().sorted(ORDER).toList();
    }

    public static List<String> of(List<PlanDocument> documents) {
        return sorted(documents.stream().map(PlanDocument::region).toList());
    }
}
