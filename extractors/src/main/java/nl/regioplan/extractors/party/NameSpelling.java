package nl.regioplan.extractors.party;

/** One spelling for a name found by pattern or model: spaces, footnote digits, article and adjective settled. */
final class NameSpelling {
    private NameSpelling() {
    }

    static String normalise(String name) {
        // a footnote number glued to the last word by the PDF: "Positief Gezond Almere6"
        String s = name.replaceAll("\\s+", " ").strip().replaceAll("(?<=\\p{Ll})\\d+$", "");
        if (s.startsWith("de ") || s.startsWith("het ")) s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        // "Paramedische Platform Salland" and "Paramedisch Platform Salland" are one platform
        return s.replaceAll("(\\p{L}+isch)e (?=\\p{Lu})", "$1 ");
    }
}
