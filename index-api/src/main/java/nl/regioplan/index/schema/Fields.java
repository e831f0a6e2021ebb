package nl.regioplan.index.schema;

import java.util.Set;

/**
 * Names of the Lucene fields Regioplan records carry. The short names (region, theme, party, type, year,
 * kind, record, doc, page, section, title, subject) are also the field names of the query syntax.
 *
 * <p>A filter field (see {@link #FILTERS}) is indexed through FilterValueAnalyzer (one lowercase, folded
 * term) and stored as written, so {@code region:midden-ijssel} finds "Midden-IJssel" and hits show the latter.
 */
public final class Fields {
    public static final String RECORD = "record";
    /** The document's id (PDF file name without .pdf), as written: the key replace and remove delete by. */
    public static final String DOC = "doc";
    public static final String PAGE = "page";
    public static final String KIND = "kind";
    public static final String SECTION = "section";
    /** Body text, stemmed and decompounded (see DutchAnalyzer); stored, with offsets for highlighting. */
    public static final String TEXT = "text";
    /** Body text as written (lowercase and folded only), ranked above stemmed matches. */
    public static final String TEXT_EXACT = "text_exact";
    public static final String TITLE = "title";
    public static final String REGION = "region";
    public static final String TYPE = "type";
    public static final String THEME = "theme";
    public static final String PARTY = "party";
    public static final String YEAR = "year";
    /** Years as points, for range queries such as {@code year:[2025 TO 2030]}. */
    public static final String YEAR_POINT = "year_point";
    public static final String SUBJECT = "subject";
    public static final String PAGES = "pages";
    public static final String SHA256 = "sha256";
    public static final String PUBLISHER = "publisher";
    public static final String DATE = "date";
    public static final String SOURCE = "source";
    /** Order of a record within its document, so listings keep the plan's reading order. */
    public static final String ORDINAL = "ordinal";
    /**
     * The hit a record folds into, as a number (see {@link RecordLayout#hitKey}): a search shows one hit a page, so
     * the number of hits is the number of distinct keys among the matches. Not stored, not searched.
     */
    public static final String HIT_KEY = "hit_key";

    public static final Set<String> FILTERS = Set.of(RECORD, KIND, REGION, TYPE, THEME, PARTY, YEAR);
    /** Analysed with the Dutch chains. */
    public static final Set<String> TEXTS = Set.of(TEXT, TITLE, SECTION, SUBJECT);
    /** Every field a query may name. */
    public static final Set<String> QUERYABLE = Set.of(RECORD, KIND, REGION, TYPE, THEME, PARTY, YEAR, DOC, PAGE,
            TEXT, TITLE, SECTION, SUBJECT);

    private Fields() {
    }
}
