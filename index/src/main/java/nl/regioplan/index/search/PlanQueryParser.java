package nl.regioplan.index.search;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import nl.regioplan.index.schema.Fields;

/**
 * Lucene's classic query syntax over the plan index: words and phrases search the stemmed text with
 * matches as written boosted, terms combine with AND unless OR is written, and the short field names of
 * {@link Fields} filter ({@code region:}, {@code theme:}, {@code party:}, {@code year:}, {@code doc:} ...).
 * {@code year} and {@code page} take ranges ({@code year:[2025 TO 2030]}). A slash is an ordinary character
 * ("zorg/welzijn"), not the start of a regular expression.
 */
public final class PlanQueryParser {
    /** Words as written count double: "zorgpersoneel" ranks an exact match above a stemmed or split one. */
    private static final float EXACT_BOOST = 2f;
    /**
     * A record whose document or section is named for the query is about it, even where its own words say
     * "de aanpak" or "deze keten": the title and the heading path lift such records, modestly, without
     * deciding what matches.
     */
    private static final float TITLE_BOOST = 2f;
    private static final float SECTION_BOOST = 1f;
    /** Two to four plain words, no operators, fields, quotes or wildcards. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("(?!.*\\b(AND|OR|NOT)\\b)[\\p{L}\\p{N}-]+(\\s+[\\p{L}\\p{N}-]+){1,3}");
    private static final int PROXIMITY_SLOP = 1;
    private static final float PROXIMITY_BOOST = 0.5f;
    private static final Set<String> INTERNAL_FIELDS = Set.of(Fields.TEXT_EXACT, Fields.YEAR_POINT);
    private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}_])([\\p{L}\\p{N}_]+):");

    private final Analyzer analyzer;
    private final QueryLimits limits;

    public PlanQueryParser(Analyzer queryAnalyzer) {
        this(queryAnalyzer, QueryLimits.DEFAULT);
    }

    public PlanQueryParser(Analyzer queryAnalyzer, QueryLimits limits) {
        this.analyzer = queryAnalyzer;
        this.limits = limits;
    }

    /** Parses a query; blank means every record. */
    public Query parse(String query) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (query.length() > limits.maxLength()) {
            throw new QueryTooCostlyException("The query is " + query.length() + " characters long; at most "
                    + limits.maxLength() + " are read.", "De zoekvraag is " + query.length() + " tekens lang; er"
                    + " worden er hoogstens " + limits.maxLength() + " gelezen.");
        }
        checkQuotesAndParentheses(query, limits.maxDepth());
        Query parsed;
        // QueryParser keeps state while parsing: one per call keeps searches thread-safe.
        Parser parser = new Parser(analyzer, query);
        try {
            parsed = parser.parse(query.replace("/", "\\/"));
        } catch (ParseException e) {
            throw friendly(query, e);
        } catch (StackOverflowError e) {
            // The depth check above keeps parentheses shallow; this is the backstop for any other deep recursion.
            throw tooDeep(limits.maxDepth());
        }
        parser.cost.check(limits);
        checkFields(query, parsed);
        return withProximity(query, parsed);
    }

    /**
     * Words typed one after another without syntax ("wachttijden ggz") are often a name of the subject: records
     * that have them side by side (a heading "Transparantie wachttijden ggz") are lifted above records that name
     * them sentences apart. The lift adds to the score only; what matches is unchanged.
     */
    private Query withProximity(String query, Query parsed) {
        if (!PLAIN_WORDS.matcher(query.strip()).matches()) return parsed;
        Query phrase = new org.apache.lucene.util.QueryBuilder(analyzer).createPhraseQuery(Fields.TEXT, query.strip(), PROXIMITY_SLOP);
        if (phrase == null) return parsed;
        return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                .add(new BoostQuery(phrase, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD).build();
    }

    private static QueryTooCostlyException tooDeep(int maxDepth) {
        return new QueryTooCostlyException("The query nests parentheses too deeply; at most " + maxDepth
                + " levels are read.", "De zoekvraag heeft te veel haakjes in elkaar; hoogstens " + maxDepth
                + " niveaus worden gelezen.");
    }

    private static void checkQuotesAndParentheses(String query, int maxDepth) {
        int openQuote = -1;
        ArrayDeque<Integer> parentheses = new ArrayDeque<>();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                openQuote = openQuote < 0 ? i : -1;
            } else if (openQuote < 0 && c == '(') {
                parentheses.push(i);
                if (parentheses.size() > maxDepth) {
                    throw tooDeep(maxDepth);
                }
            } else if (openQuote < 0 && c == ')') {
                if (parentheses.isEmpty()) {
                    throw new QuerySyntaxException("The closing parenthesis at position " + (i + 1)
                            + " has no opening one.", "Het sluithaakje op positie " + (i + 1)
                            + " heeft geen openingshaakje.", i + 1);
                }
                parentheses.pop();
            }
        }
        if (openQuote >= 0) {
            throw new QuerySyntaxException("The phrase that starts with the quote at position " + (openQuote + 1)
                    + " is not closed: add a closing \".", "De woordgroep die begint met het aanhalingsteken op positie "
                    + (openQuote + 1) + " is niet gesloten: zet er een \" achter.", openQuote + 1);
        }
        if (!parentheses.isEmpty()) {
            int at = parentheses.peek() + 1;
            throw new QuerySyntaxException("The parenthesis opened at position " + at + " is not closed: add a ).",
                    "Het haakje op positie " + at + " wordt niet gesloten: zet er een ) achter.", at);
        }
    }

    private static QuerySyntaxException friendly(String query, ParseException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String message = String.valueOf(cause.getMessage());
        if (message.contains("not allowed as first character")) {
            return new QuerySyntaxException("A wildcard (* or ?) cannot start a word; put at least one letter"
                    + " before it.", "Een jokerteken (* of ?) kan niet aan het begin van een woord staan; zet er minstens"
                    + " één letter voor.", 0);
        }
        if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
            Token next = parse.currentToken.next;
            if (next.kind == QueryParserConstants.EOF) {
                return new QuerySyntaxException("The query ends too early: a search term is missing after '"
                        + parse.currentToken.image + "'.", "De zoekvraag houdt te vroeg op: na '"
                        + parse.currentToken.image + "' ontbreekt een zoekterm.", query.length());
            }
            int at = Math.max(1, next.beginColumn);
            return new QuerySyntaxException("Unexpected '" + next.image + "' at position " + at + ". Put quotes"
                    + " around text with special characters such as : ( ) [ ] ^ ~ * ? or escape them with \\.",
                    "Onverwacht '" + next.image + "' op positie " + at + ". Zet tekst met tekens als : ( ) [ ] ^ ~ * ?"
                    + " tussen aanhalingstekens of zet er een \\ voor.", at);
        }
        if (message.contains("too many") || message.contains("TooManyClauses")) {
            return new QuerySyntaxException("The query expands to too many terms; make wildcards more specific.",
                    "De zoekvraag levert te veel termen op; maak jokertekens specifieker.", 0);
        }
        String first = message.lines().findFirst().orElse(message);
        return new QuerySyntaxException("Cannot read the query: " + first, "De zoekvraag is niet te lezen: " + first, 0);
    }

    /** Every field a query reads, in the order it names them. */
    static Set<String> fieldsOf(Query query) {
        Set<String> used = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                used.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return used;
    }

    private static void checkFields(String query, Query parsed) {
        for (String field : fieldsOf(parsed)) {
            if (!Fields.QUERYABLE.contains(field) && !INTERNAL_FIELDS.contains(field)) {
                int at = positionOf(query, field);
                String fields = String.join(", ", new TreeSet<>(Fields.QUERYABLE));
                throw new QuerySyntaxException("Unknown field '" + field + ":' at position " + at
                        + ". Fields are " + fields + "; put text that holds a colon in quotes.",
                        "Onbekend veld '" + field + ":' op positie " + at + ". De velden zijn " + fields
                        + "; zet tekst met een dubbele punt tussen aanhalingstekens.", at);
            }
        }
    }

    private static int positionOf(String query, String field) {
        Matcher matcher = FIELD_PREFIX.matcher(query);
        while (matcher.find()) {
            if (matcher.group(1).equals(field)) {
                return matcher.start(1) + 1;
            }
        }
        return 0;
    }

    /** What the person typed, counted as the parser meets it: one phrase is one phrase, whatever fields it searches. */
    private static final class Cost {
        int clauses;
        int phrases;
        int fuzzy;
        int wildcards;

        /** A word with a wildcard, a prefix or a regular expression: one term that expands to many in the index. */
        void wildcard() {
            clauses++;
            wildcards++;
        }

        void check(QueryLimits limits) {
            refuse(fuzzy, limits.maxFuzzy(), "fuzzy words (~)", "vage woorden (~)");
            refuse(wildcards, limits.maxWildcards(), "words with a wildcard (* or ?)", "woorden met een jokerteken (* of ?)");
            refuse(phrases, limits.maxPhrases(), "phrases", "woordgroepen");
            refuse(clauses, limits.maxClauses(), "search terms", "zoektermen");
        }

        private static void refuse(int count, int max, String what, String wat) {
            if (count > max) {
                throw new QueryTooCostlyException("The query has " + count + " " + what + "; at most " + max
                        + " are allowed in one search.", "De zoekvraag heeft " + count + " " + wat + "; hoogstens "
                        + max + " mogen in één zoekopdracht.");
            }
        }
    }

    private static final class Parser extends QueryParser {
        private final String query;
        private final Cost cost = new Cost();

        Parser(Analyzer analyzer, String query) {
            super(Fields.TEXT, analyzer);
            this.query = query;
            setDefaultOperator(QueryParser.Operator.AND);
            // An expanded abbreviation's long form must stay a phrase, not scattered words.
            setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (!quoted) {
                cost.clauses++;
            }
            if (Fields.TEXT.equals(field)) {
                return stemmedOrExact(f -> newFieldQuery(getAnalyzer(), f, text, quoted));
            }
            if (Fields.PAGE.equals(field)) {
                return IntPoint.newExactQuery(Fields.PAGE, number(field, text));
            }
            if (Fields.YEAR.equals(field)) {
                number(field, text);
            }
            return super.getFieldQuery(field, text, quoted);
        }

        /** A quoted phrase; the parser sends every one through here, whatever its slop. */
        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            cost.clauses++;
            // A quoted filter value (region:"Midden-IJssel") is one exact term, not a phrase to match position by position.
            if (!Fields.FILTERS.contains(field)) {
                cost.phrases++;
            }
            if (Fields.TEXT.equals(field)) {
                BooleanClause.Occur occur = getDefaultOperator() == Operator.AND
                        ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
                return stemmedOrExact(f -> createFieldQuery(getAnalyzer(), occur, f, text, true, slop));
            }
            return super.getFieldQuery(field, text, slop);
        }

        /**
         * The stemmed field decides what matches; the exact field, boosted, only lifts words as written. One
         * query per field, not per word: a synonym graph and a plain word list do not line up word by word.
         */
        private interface FieldQuery {
            Query on(String field) throws ParseException;
        }

        private static Query stemmedOrExact(FieldQuery perField) throws ParseException {
            Query stemmed = perField.on(Fields.TEXT);
            Query exact = perField.on(Fields.TEXT_EXACT);
            if (stemmed == null) {
                return exact;
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(stemmed, BooleanClause.Occur.MUST);
            lift(query, exact, EXACT_BOOST);
            lift(query, perField.on(Fields.TITLE), TITLE_BOOST);
            lift(query, perField.on(Fields.SECTION), SECTION_BOOST);
            return query.build();
        }

        private static void lift(BooleanQuery.Builder query, Query lifting, float boost) {
            if (lifting != null) {
                query.add(new BoostQuery(lifting, boost), BooleanClause.Occur.SHOULD);
            }
        }

        /**
         * Lucene 9, which the SolrCloud plugin compiles this parser against, hands words typed without operators
         * ("geestelijke gezondheidszorg") to this method, which spreads the clauses of their query over the whole
         * query, each one required: the exact, title and section lifts became required too, and an abbreviation's
         * long form no longer found its short form. Lucene 10 has no such method and adds the query as one clause, as
         * this does; so both sinks parse alike.
         */
        @SuppressWarnings("unused")
        protected void addMultiTermClauses(java.util.List<BooleanClause> clauses, Query query) {
            if (query != null) {
                clauses.add(newBooleanClause(query, getDefaultOperator() == Operator.AND
                        ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD));
            }
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            cost.clauses++;
            cost.fuzzy++;
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            cost.wildcard();
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            cost.wildcard();
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            cost.wildcard();
            return super.getRegexpQuery(field, termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String from, String to, boolean fromInclusive,
                                      boolean toInclusive) throws ParseException {
            cost.clauses++;
            String points = Fields.YEAR.equals(field) ? Fields.YEAR_POINT : Fields.PAGE.equals(field) ? Fields.PAGE : null;
            if (points == null) {
                throw new QuerySyntaxException("Ranges work on year and page only, e.g. year:[2025 TO 2030].",
                        "Een bereik kan alleen op year en page, bijv. year:[2025 TO 2030].", 0);
            }
            int lower = from == null || from.equals("*") ? Integer.MIN_VALUE : number(field, from) + (fromInclusive ? 0 : 1);
            int upper = to == null || to.equals("*") ? Integer.MAX_VALUE : number(field, to) - (toInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(points, lower, upper);
        }

        private int number(String field, String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new QuerySyntaxException(field + ": takes a number, not '" + text + "'.",
                        field + ": verwacht een getal, niet '" + text + "'.", positionOf(query, field));
            }
        }
    }
}
