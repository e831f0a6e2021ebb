package nl.regioplan.pipeline.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Where a reader finds a record: "doc p. 12", or "doc p. 3, 12" for a target stated twice. */
public record PageReference(String doc, List<Integer> pages) {
    public PageReference {
        pages = pages.stream().distinct().sorted().toList();
    }

    public static PageReference of(String doc, Integer page, List<Integer> morePages) {
        List<Integer> all = new ArrayList<>(morePages);
        if (page != null) all.add(page);
        return new PageReference(doc, all);
    }

    @Override
    public String toString() {
        if (pages.isEmpty()) return doc;
        return doc + " p. " + pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
