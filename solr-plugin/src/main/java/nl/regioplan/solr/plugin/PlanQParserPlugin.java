package nl.regioplan.solr.plugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import nl.regioplan.index.schema.PlanAnalyzers;
import nl.regioplan.index.search.PlanQueryParser;
import nl.regioplan.index.search.QueryLimits;
import nl.regioplan.index.search.QuerySyntaxException;
import nl.regioplan.index.search.QueryTooCostlyException;

/**
 * {@code defType=regioplan}: the embedded index's {@link PlanQueryParser} with its own analyzers, so a query means
 * on SolrCloud what it means on a data folder (AND by default, stemmed and exact fields, title and section lifts,
 * the proximity lift of plain words, the query limits). A refusal is a 400 whose metadata carry what the client
 * needs to rethrow the embedded index's exception: {@code regioplan.error} (syntax or cost), the Dutch message and
 * the position.
 */
public final class PlanQParserPlugin extends QParserPlugin {
    public static final String NAME = "regioplan";
    private final PlanQueryParser parser = new PlanQueryParser(PlanAnalyzers.forQueries(), QueryLimits.DEFAULT);

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                try {
                    return parser.parse(qstr);
                } catch (QuerySyntaxException e) {
                    throw refusal(e, "syntax", e.dutchMessage(), e.position());
                } catch (QueryTooCostlyException e) {
                    throw refusal(e, "cost", e.dutchMessage(), 0);
                }
            }
        };
    }

    private static SolrException refusal(RuntimeException e, String kind, String dutch, int position) {
        SolrException refusal = new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage(), e);
        NamedList<String> metadata = new NamedList<>();
        metadata.add("regioplan.error", kind);
        metadata.add("regioplan.dutch", dutch);
        metadata.add("regioplan.position", Integer.toString(position));
        refusal.setMetadata(metadata);
        return refusal;
    }
}
