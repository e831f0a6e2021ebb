package nl.regioplan.pipeline.export;

import nl.regioplan.pipeline.themes.Measurability;

import java.util.List;

/** The measurability report as an export sheet: one row per plan, counts and shares as plain numbers. */
public final class MeasurabilitySheet {
    public static final String TYPE = "measurability";

    private static final RecordTable<Measurability> TABLE = RecordTable.of(TYPE, Measurability.class,
                    records -> List.<Measurability>of(), Measurability::region, null)
            .column("region", Measurability::region)
            .column("doc", Measurability::doc)
            .column("title", Measurability::title)
            .column("targets", Measurability::targets)
            .column("with_deadline", Measurability::withDeadline)
            .column("with_quantity", Measurability::withQuantity)
            .column("with_baseline", Measurability::withBaseline)
            .column("with_party", Measurability::withParty)
            .column("share_deadline", m -> m.share(m.withDeadline()))
            .column("share_quantity", m -> m.share(m.withQuantity()))
            .column("share_baseline", m -> m.share(m.withBaseline()))
            .column("share_party", m -> m.share(m.withParty()));

    private MeasurabilitySheet() {
    }

    public static ExportSheet of(List<Measurability> rows) {
        return new ExportSheet(TABLE, rows);
    }
}
