package nl.regioplan.pipeline.export;

import java.util.function.Function;

/**
 * One column of an export: the record field's JSON name and how to read it. The value keeps its Java type
 * (Integer, Double, Boolean, String, List) so each format can type its cells.
 */
public record Column<R>(String name, Function<? super R, ?> value) {
}
