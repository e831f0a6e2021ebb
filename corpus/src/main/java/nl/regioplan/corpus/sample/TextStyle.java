package nl.regioplan.corpus.sample;

import java.util.List;

/**
 * How a layout sets its paragraphs: headings bold in their own size and never hyphenated, as in print; body text
 * and list items regular and hyphenated, a list item indented after its bullet.
 */
record TextStyle(TypeSize body, TypeSize heading, float listIndent) {
    /** Breaks {@code paragraph}, the {@code index}th of its seed page, into lines of {@code width} points. */
    TypesetParagraph set(int index, Paragraph paragraph, float width, FontFamily fonts) {
        boolean isHeading = paragraph.kind() == ParagraphKind.HEADING;
        TypeSize type = isHeading ? heading : body;
        LayoutFont font = isHeading ? fonts.bold() : fonts.regular();
        float indent = paragraph.kind() == ParagraphKind.LIST_ITEM ? listIndent : 0;
        List<TypesetLine> lines = new LineBreaker(s -> font.width(s, type.size()), width - indent, !isHeading)
                .lines(paragraph.text());
        return new TypesetParagraph(index, paragraph.kind(), lines, type, indent);
    }
}
