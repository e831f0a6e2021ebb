package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStatus;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.themes.Measurability;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.store.ReadModel;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the catalog, status, targets, matrix and measurability endpoints answer, made from the data folder's
 * {@link ReadModel} and already written as JSON, so a request costs a look at the catalog folder and no reading.
 * Made again when the read model is (after an ingest or a removal).
 *
 * @param catalog    without file paths
 * @param matrices   region x theme, each measure
 * @param statusJson and the others: the unfiltered answers, already written (measurability: a row per plan)
 */
record DataSnapshot(ReadModel model, List<CatalogEntry> catalog, DataStatus status,
                    Map<ThemeMeasure, ThemeMatrix> matrices, byte[] catalogJson, byte[] statusJson, byte[] targetsJson,
                    byte[] measurabilityJson) {

    /** Holds the snapshot of the store's current read model; safe for the server's worker threads. */
    static final class Cache {
        private final DataStore store;
        private volatile DataSnapshot current;

        Cache(DataStore store) {
            this.store = store;
        }

        DataSnapshot get() {
            ReadModel model = store.readModel();
            DataSnapshot snapshot = current;
            if (snapshot != null && snapshot.model() == model) return snapshot;
            synchronized (this) {
                snapshot = current;
                if (snapshot != null && snapshot.model() == model) return snapshot;
                snapshot = of(model);
                current = snapshot;
                return snapshot;
            }
        }
    }

    /** Every target, its region its document's when it names none. */
    List<TargetRecord> targets() {
        return model.targets();
    }

    private static DataSnapshot of(ReadModel model) {
        List<PlanDocument> documents = model.documents();
        DataStatus status = PublicView.of(model.status());
        List<CatalogEntry> shown = model.catalog().stream().map(PublicView::of).toList();
        Map<ThemeMeasure, ThemeMatrix> matrices = new EnumMap<>(ThemeMeasure.class);
        for (ThemeMeasure measure : ThemeMeasure.values()) matrices.put(measure, ThemeMatrix.of(documents, measure));
        return new DataSnapshot(model, shown, status, matrices, ApiResponse.jsonBytes(shown),
                ApiResponse.jsonBytes(status), ApiResponse.jsonBytes(model.targets()),
                ApiResponse.jsonBytes(Measurability.of(documents)));
    }
}
