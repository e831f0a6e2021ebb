package nl.regioplan.pipeline.choice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One of an enum's constants as a person types it on the command line or in a URL (a file format, a measure): its
 * name in any case, with spaces around it; anything else is refused with the choices there are.
 */
public final class TypedChoice {
    private TypedChoice() {
    }

    /** @param what what the value is called in the refusal: "format", "measure" */
    public static <E extends Enum<E>> E parse(Class<E> type, String typed, String what) {
        String wanted = typed.strip().toUpperCase(Locale.ROOT);
        E[] choices = type.getEnumConstants();
        return Arrays.stream(choices).filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + typed + "': use " + spelled(choices)));
    }

    /** "table, csv, html or png". */
    private static String spelled(Enum<?>[] choices) {
        List<String> names = Arrays.stream(choices).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        if (names.size() == 1) return names.getFirst();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }
}
