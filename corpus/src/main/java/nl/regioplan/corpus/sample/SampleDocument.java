package nl.regioplan.corpus.sample;

/**
 * A plan of the bundled sample corpus.
 *
 * @param id     the document id, also the PDF's file name without {@code .pdf}
 * @param title  the plan's title, used as PDF title and running header
 * @param region the region that wrote it, used as PDF author
 */
public record SampleDocument(String id, String title, String region) {
    public SampleDocument {
        if (id == null || id.isBlank() || title == null || title.isBlank() || region == null || region.isBlank()) {
            throw new IllegalArgumentException("a sample document needs id, title and region");
        }
    }

    public String pdfFileName() {
        return id + ".pdf";
    }

    public String truthFileName() {
        return id + ".truth.json";
    }

    /** The bundled seed text the PDF is made from. */
    String seedResource() {
        return id + ".txt";
    }
}
