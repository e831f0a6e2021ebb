package nl.regioplan.extractors.fork;

/** One line to a parse worker: read this PDF as this document id; the caller has hashed it already. */
record ParseRequest(String pdf, String doc, String sha256) {
}
