package nl.regioplan.extractors.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack of headings a block stands under. The heading that opens a page is its title and resets the path
 * (plans in slide format title every page); a numbered heading ("2.1 Doelen") takes its level from its number;
 * any other heading sits one level below the page title, replacing the previous one. A page that opens without
 * a heading continues its predecessor's section.
 */
final class HeadingPath {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+\\p{L}");
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

    String joined() {
        return String.join(" > ", headings.stream().filter(h -> !h.isEmpty()).toList());
    }

    private static int numberedLevel(String heading) {
        Matcher m = NUMBERED.matcher(heading);
        if (!m.find()) return 0;
        return m.group(1).split("\\.").length;
    }
}
