package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.text.DocumentText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a plan appeared, which tells its deadlines from its history: a year in the document id or title
 * ("regioplan-achterhoek-2023"), else the PDF's creation date, else unknown.
 */
final class PublicationYear {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-5]\\d)(?!\\d)");

    private PublicationYear() {
    }

    static Integer of(DocumentText text, DocumentContext context) {
        for (String source : new String[]{context == null ? null : context.doc(), context == null ? null : context.title(),
                text.doc(), text.metadata() == null ? null : text.metadata().title()}) {
            if (source == null) continue;
            Matcher m = YEAR.matcher(source);
            Integer last = null;
            while (m.find()) last = Integer.parseInt(m.group(1));
            if (last != null) return last;
        }
        if (text.metadata() != null && text.metadata().created() != null) {
            Matcher m = YEAR.matcher(text.metadata().created());
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        return null;
    }
}
