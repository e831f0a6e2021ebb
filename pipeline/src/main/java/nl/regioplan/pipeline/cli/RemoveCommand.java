package nl.regioplan.pipeline.cli;

import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "remove", description = "Delete documents everywhere: index, records, text and raw copy.")
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DOC", arity = "1..*", description = "Document ids (file names without .pdf).")
    java.util.List<String> docs;

    @Override
    public Integer call() throws Exception {
        DataStore store = data.existing();
        int missing = 0;
        try (PlanIndex index = PlanIndex.open(store.indexDir())) {
            for (String doc : docs) {
                if (!DataStore.isSafeDocId(doc)) throw new IllegalArgumentException("not a document id: " + doc);
                boolean known = store.catalogEntry(doc).isPresent();
                // Catalog first: if this is killed half-way, the next ingest redoes the document, never skips it.
                store.delete(doc);
                boolean indexed = index.remove(doc);
                if (known || indexed) {
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
