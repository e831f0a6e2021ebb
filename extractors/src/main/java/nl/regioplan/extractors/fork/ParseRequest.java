package nl.regioplan.extractors.fork;

/** One line to a parse worker: read this PDF as this document id. */
record ParseRequest(String pdf, String doc) {
}
