package nl.regioplan.corpus.sample;

import java.util.List;

/**
 * A paragraph broken into lines by a {@link TextStyle}: its lines are drawn {@code indent} points in, a list
 * item's bullet at the paragraph's left edge.
 *
 * @param index the paragraph's place on its seed page, which the page truth keeps paragraphs apart by
 */
record TypesetParagraph(int index, ParagraphKind kind, List<TypesetLine> lines, TypeSize type, float indent) {
    TypesetParagraph {
        lines = List.copyOf(lines);
    }

    boolean heading() {
        return kind == ParagraphKind.HEADING;
    }

    boolean listItem() {
        return kind == ParagraphKind.LIST_ITEM;
    }
}
