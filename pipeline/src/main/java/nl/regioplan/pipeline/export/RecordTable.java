package nl.regioplan.pipeline.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.regioplan.extractors.records.DocumentRecords;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How one record type becomes rows: which records of a document it takes, its columns in JSON field order, and
 * where its region and theme codes are (for the filters).
 */
public final class RecordTable<R> {
    private final String name;
    private final Class<R> type;
    private final Function<DocumentRecords, List<R>> select;
    private final Function<? super R, String> region;
    private final Function<? super R, List<String>> themes;
    private final List<Column<R>> columns;

    private RecordTable(String name, Class<R> type, Function<DocumentRecords, List<R>> select,
                        Function<? super R, String> region, Function<? super R, List<String>> themes, List<Column<R>> columns) {
        this.name = name;
        this.type = type;
        this.select = select;
        this.region = region;
        this.themes = themes;
        this.columns = List.copyOf(columns);
    }

    /**
     * @param themes the record's theme codes, or null when the type carries none (then --theme cannot filter it)
     */
    static <R> RecordTable<R> of(String name, Class<R> type, Function<DocumentRecords, List<R>> select,
                                 Function<? super R, String> region, Function<? super R, List<String>> themes) {
        return new RecordTable<>(name, type, select, region, themes, List.of());
    }

    /**
     * A column per record component, in declaration order, each named as the JSON names it (its
     * {@link JsonProperty}, else the component's name): the columns cannot drift from the records' JSON.
     */
    RecordTable<R> jsonColumns() {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) throw new IllegalStateException(type.getSimpleName() + " is not a record");
        RecordTable<R> table = this;
        for (RecordComponent component : components) {
            Method accessor = component.getAccessor();
            // JsonProperty does not target record components: Java puts it on the accessor (and field, parameter)
            JsonProperty property = accessor.getAnnotation(JsonProperty.class);
            table = table.column(property == null ? component.getName() : property.value(), r -> read(accessor, r));
        }
        return table;
    }

    /** The same columns but one, which gives its place to others. */
    RecordTable<R> replacing(String columnName, List<Column<R>> replacement) {
        List<Column<R>> replaced = new ArrayList<>();
        for (Column<R> c : columns) {
            if (c.name().equals(columnName)) replaced.addAll(replacement);
            else replaced.add(c);
        }
        if (replaced.size() == columns.size() - 1 + replacement.size()) {
            return new RecordTable<>(name, type, select, region, themes, replaced);
        }
        throw new IllegalArgumentException(name + " has no column " + columnName);
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(accessor + " cannot be read", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(accessor + " failed", e.getCause());
        }
    }

    RecordTable<R> column(String columnName, Function<? super R, ?> value) {
        List<Column<R>> more = new ArrayList<>(columns);
        more.add(new Column<>(columnName, value));
        return new RecordTable<>(name, type, select, region, themes, more);
    }

    public String name() {
        return name;
    }

    public List<Column<R>> columns() {
        return columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean hasThemes() {
        return themes != null;
    }

    /** The cells of one record of this type, in header order. */
    public List<Object> row(Object record) {
        R r = type.cast(record);
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<R> c : columns) cells.add(c.value().apply(r));
        return cells;
    }

    List<R> recordsOf(DocumentRecords records) {
        return select.apply(records);
    }

    /** A record without a region of its own counts for its document's region. */
    boolean accepts(R record, String documentRegion, RecordFilter filter) {
        String own = region.apply(record);
        String recordRegion = own == null || own.isBlank() ? documentRegion : own;
        if (filter.region() != null && !filter.region().equalsIgnoreCase(recordRegion)) return false;
        if (filter.theme() == null) return true;
        List<String> codes = themes == null ? null : themes.apply(record);
        return codes != null && codes.stream().anyMatch(filter.theme()::equalsIgnoreCase);
    }
}
