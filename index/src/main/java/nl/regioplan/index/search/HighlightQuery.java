package nl.regioplan.index.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The query the highlighter runs against each hit: the search's query without the optional clauses that cannot put a
 * mark in the highlighted field. The parser lifts every word with optional clauses on the exact text, the title and
 * the section; the highlighter would otherwise rewrite and match all of them on every hit shown, only to keep the
 * matches in the body text.
 *
 * <p>What is removed changes no mark: in a boolean query with a required clause and no minimum of optional ones,
 * whether it matches a record depends on its required and prohibited clauses alone, and an optional clause adds
 * matches of its own fields only. Prohibited clauses, and everything under them, stay as they are.
 */
final class HighlightQuery {
    private HighlightQuery() {
    }

    static Query of(Query query, String field) {
        if (query instanceof BoostQuery boost) {
            Query in = of(boost.getQuery(), field);
            return in == boost.getQuery() ? query : new BoostQuery(in, boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) return query;
        boolean required = bool.clauses().stream().anyMatch(BooleanClause::isRequired);
        boolean optionalDroppable = required && bool.getMinimumNumberShouldMatch() == 0;
        BooleanQuery.Builder pruned = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == BooleanClause.Occur.MUST_NOT) {
                pruned.add(clause);
                continue;
            }
            if (optionalDroppable && clause.occur() == BooleanClause.Occur.SHOULD && !PlanQueryParser.fieldsOf(clause.query()).contains(field)) {
                changed = true;
                continue;
            }
            Query in = of(clause.query(), field);
            changed |= in != clause.query();
            pruned.add(in, clause.occur());
        }
        return changed ? pruned.build() : query;
    }
}
