package nl.regioplan.extractors.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The stack of headings a block stands under. The heading that opens a page is its title and resets the path
 * (plans in slide format title every page); a numbered heading ("2.1 Doelen") takes its level from its number;
 * any other heading sits one level below the page title, replacing the previous one.
 */
final class HeadingPath {
    private final List<String> headings = new ArrayList<>();

    void pageTitle(String heading) {
        headings.clear();
        headings.add(heading);
    }

    void heading(String heading) {
        int level = numberedLevel(heading);
        if (level == 0) level = headings.isEmpty() ? 1 : 2;
        while (headings.size() >= level) headings.removeLast();
        while (headings.size() < level - 1) headings.add("");
        headings.add(heading);
    }

    void newPage() {
        // a page without a title of its own continues its predecessor's section
    }

    String joined() {
        return String.join(" > ", headings.stream().filter(h -> !h.isEmpty()).toList());
    }

    List<String> headings() {
        return List.copyOf(headings);
    }

    private static int numberedLevel(String heading) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+\\p{L}")
                .matcher(heading);
        if (!m.find()) return 0;
        return m.group(1).split("\\.").length;
    }
}
