package nl.regioplan.extractors.target;

import nl.regioplan.extractors.block.BlockKind;

/**
 * What the surrounding document says about a sentence: the structure a reader sees around it. A list item under
 * "Resultaten per jaar" / "2024" reads as a dated result; the same words in running text under "Achtergrond"
 * read as a description. Every field may be null or empty when the text stage gave no structure.
 *
 * @param publicationYear  the year the plan appeared, or null when unknown (then every dated year may be a deadline)
 * @param goalContext      the sentence stands under a heading or intro that announces goals, results or actions
 *                         ("Doelstellingen", "Resultaten per jaar", "Wat willen we bereiken?", "Actie:")
 * @param previousSentence the sentence before it in the same block, or null
 * @param scheduleYear     the year a label or heading above gives the unit ("2024", "2024/2025/2026" -> 2026,
 *                         "Activiteiten gepland voor 2025"), or null
 * @param unit             the kind of block the sentence comes from, or null when unknown
 * @param heading          the nearest heading above, or null
 * @param intro            the short label or sentence that introduces the list or run the unit belongs to
 *                         ("Beoogd resultaat:", "In 2025 willen we dat:"), or null
 * @param position         the sentence's index in its block (0 = the block's first sentence)
 * @param leadsGoal        the sentence's block is the first text under a heading that names one goal of the
 *                         plan ("Hoofddoel 2." / "Huisvesting ..."): the paragraph that spells the goal out, not
 *                         the case study after it
 */
public record TargetContext(Integer publicationYear, boolean goalContext, String previousSentence,
                            Integer scheduleYear, BlockKind unit, String heading, String intro, int position,
                            boolean leadsGoal) {

    public TargetContext(Integer publicationYear, boolean goalContext, String previousSentence, Integer scheduleYear) {
        this(publicationYear, goalContext, previousSentence, scheduleYear, null, null, null, 0);
    }

    public TargetContext(Integer publicationYear, boolean goalContext, String previousSentence, Integer scheduleYear,
                         BlockKind unit, String heading, String intro, int position) {
        this(publicationYear, goalContext, previousSentence, scheduleYear, unit, heading, intro, position, false);
    }

    public static TargetContext plain(Integer publicationYear) {
        return new TargetContext(publicationYear, false, null, null);
    }

    /** A list item, or a short line in a run a label introduces: the shapes result lists take. */
    public boolean listLike() {
        return unit == BlockKind.LIST_ITEM || unit == BlockKind.TABLE_CELL || intro != null && !intro.isBlank();
    }
}
