package nl.regioplan.pipeline.cli;

import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.ingest.DocumentRemoval;
import nl.regioplan.pipeline.ingest.LuceneDocumentIndexer;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "remove", description = {"Delete documents everywhere: index, records, text and raw copy.",
        "Index entries go first, so a killed remove never leaves hits of a document the catalog no longer lists;"
                + " the next remove or ingest finishes it."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    private List<String> docs;

    /** Every id is checked before anything is removed: a typo among them is a usage error that removes nothing. */
    @Parameters(paramLabel = "DOC", arity = "1..*", description = "Document ids (file names without .pdf).")
    void docs(List<String> typed) {
        for (String doc : typed) {
            if (!DataStore.isSafeDocId(doc))
                throw new ParameterException(spec.commandLine(), "not a document id: '" + doc + "' (an id holds "
                        + DataStore.SAFE_DOC_ID_RULE + ")");
        }
        docs = typed;
    }

    @Override
    public Integer call() throws Exception {
        DataStore store = data.existing();
        int missing = 0;
        try (LuceneDocumentIndexer index = new LuceneDocumentIndexer(PlanIndex.open(store.indexDir()))) {
            DocumentRemoval removal = new DocumentRemoval(store, index);
            for (String doc : removal.completeInterrupted()) {
                System.err.println("regioplan: finished removing " + doc + " (an earlier remove was interrupted)");
            }
            for (String doc : docs) {
                if (removal.remove(doc)) {
                    System.out.println("removed " + doc);
                } else {
                    System.err.println("regioplan: no document " + doc + " in " + store.root());
                    missing++;
                }
            }
        }
        return missing == 0 ? 0 : 1;
    }
}
