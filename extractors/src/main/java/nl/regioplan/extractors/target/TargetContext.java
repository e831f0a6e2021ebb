package nl.regioplan.extractors.target;

/**
 * What the surrounding document says about a sentence.
 *
 * @param publicationYear  the year the plan appeared, or null when unknown (then every dated year may be a deadline)
 * @param goalContext      the sentence stands under a heading or intro that announces goals ("Doelstellingen",
 *                         "Wat willen we bereiken?", "de volgende doelstellingen:")
 * @param previousSentence the sentence before it in the same block, or null
 * @param scheduleYear     the year of the timeline label ("Q1 2024") the sentence is a row of, or null
 */
public record TargetContext(Integer publicationYear, boolean goalContext, String previousSentence,
                            Integer scheduleYear) {

    public static TargetContext plain(Integer publicationYear) {
        return new TargetContext(publicationYear, false, null, null);
    }
}
