package nl.regioplan.extractors.target;

import nl.regioplan.corpus.text.Folding;
import nl.regioplan.extractors.clean.ListItemMarker;

import nl.regioplan.extractors.mention.Mention;
import nl.regioplan.extractors.mention.MentionFinder;

import nl.regioplan.extractors.block.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence commits to a future, checkable state or change, and reads its fields
 * (../shared/gold/SCHEMA.md). Rule-based: a future year that opens the statement ("In 2027 heeft ..."), a
 * future year with a commitment or a delivering verb ("wordt in 2024 vormgegeven", "in 2025 te realiseren"),
 * a measured commitment without a year ("wil de lasten met 5% verlagen"), a checkable statement under a goals
 * heading, or a deliverable row of a dated schedule. Forecasts, history and process steps are rejected.
 * Thread-safe.
 */
public final class TargetExtractor {
    /** Compiled once: String.split and replaceAll compile their pattern on every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}‘’“”•]+|[.,;:!?)‘’“”]+$");
    private static final Pattern OPENING = Folding.ignoringCase(
            "^[\\s\\p{Punct}‘’“”•–-]*(?:(?:mede daarom|daarom|ook|tevens|en)\\s+)?"
                    + "(?:in|op|uiterlijk(?:\\s+in)?|vóór|voor|per|eind|einde|begin|medio|halverwege|voorjaar|najaar|zomer|tegen|rond)"
                    + "\\s+(?:(?:het\\s+)?(?:jaar|eind|einde|begin|voorjaar|najaar|"
                    + "(?:eerste|tweede|derde|vierde|laatste)\\s+kwartaal)\\s+(?:van\\s+)?)?$");
    private static final Pattern LABEL_OPENING = Pattern.compile("^[\\s\\p{Punct}•–-]*$");
    private static final Pattern WE_SUBJECT = Folding.ignoringCase("^\\W*\\p{L}+\\s+(?:we|wij)\\b");
    private static final Pattern ANAPHOR = Folding.ignoringCase(
            "^(?:dit|dat|deze|die|het)\\s+(?:zal|zullen|wordt|worden|gebeurt|gaat)\\b");
    private static final Pattern FINITE = Pattern.compile("\\b(?:wordt|worden|zal|zullen|is|zijn|gaat|gaan)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_STOP = Folding.ignoringCase(
            "^(?:met|binnen|t\\.o\\.v\\.?|ten|dat|die|in|op|omdat|waarbij|gestegen|gedaald|afgenomen|toegenomen|"
                    + "lager|hoger|minder|meer|niet|verder|ingericht|gerealiseerd|toegankelijk|wordt|worden|zal|is|zijn|"
                    + "kunnen|heeft|hebben|\\(|,)$");
    private static final int DELIVERABLE_REACH = 80;
    private static final int MIN_WORDS = 3;
    private static final int SUBJECT_WORDS = 6;
    private static final Pattern LEADING_MARKER = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|" + ListItemMarker.BULLET_CLASS + "|[–-])\\s*");
    private static final Pattern LEADING_DATE = Folding.ignoringCase(
            "^(?:(?:in|op|uiterlijk|vóór|voor|per|eind|einde|begin|medio|vanaf)\\s+)?(?:(?:het\\s+)?(?:eind|einde|begin|"
                    + "voorjaar|najaar)\\s+(?:van\\s+)?)?(?:Q[1-4]\\s+|\\d{1,2}\\s+\\p{L}+\\s+)?(?:19|20)\\d\\d[,:]?\\s*(?:[–-]\\s*)?");
    /** Words a subject does not open with (compared in lower case), and figures. */
    private static final Set<String> SUBJECT_SKIP = Set.of("er", "is", "zijn", "wordt", "worden", "zal", "zullen", "de",
            "het", "een", "we", "wij", "ook", "daarnaast", "bovendien", "tevens", "minder", "meer", "alle", "elke", "iedere",
            "dan", "van", "ten", "minste", "minimaal", "maximaal", "ruim", "bijna");
    private static final Pattern FIGURE = Pattern.compile("[\\d.,%]+");
    /** A subject of only these (and short words, figures, dates) names nothing. */
    private static final Set<String> PRONOUNS = Set.of("dit", "dat", "deze", "die", "hier", "daar", "zij", "ze", "wij", "we", "het");
    // confidences are the share of such targets that were right on the hand-annotated plans (eval's
    // calibration table): a dated result list item 0.95, an undated goal-list item about 0.7
    private static final double RESULT_LIST_CONFIDENCE = 0.9;
    private static final double GOAL_LIST_CONFIDENCE = 0.7;
    /** A deliverable row of a dated schedule ("Q3 2024 Oplevering ..."): 0.93 right on the gold plans. */
    private static final double SCHEDULE_ROW_CONFIDENCE = 0.9;
    /** Not yet measured on annotated tables: none of the gold plans has a goals table with column headers. */
    private static final double TABLE_ROW_CONFIDENCE = 0.8;
    private static final int LABEL_WORDS = 6;
    private static final Pattern PROSE_END = Pattern.compile("[.!;]\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s");
    /** Template instructions of a form the plan fills in ("Licht toe ...", "Beschrijf ..."): not the plan's words. */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^(?:licht|verwijs|beschrijf|geef|benoem|vul|denk|noem|onderbouw)\\s", Pattern.CASE_INSENSITIVE);
    /** "GGD Flevoland versterkt zijn positie ...": a description of what an organisation does. */
    private static final Pattern ORGANISATION_DOES = Pattern.compile(
            "^(?:\\d{1,2}[.)]\\s*)?(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:brengt|groeit|versterkt|richt|zet|werkt|adviseert|ondersteunt)\\b",
            Pattern.UNICODE_CASE);
    /** A paragraph line under a year label longer than this is running text, not a result line. */
    private static final int RESULT_LINE_CHARS = 300;
    private static final Pattern HEDGED_OPENING = Folding.ignoringCase("^(?:waar|indien|zo) (?:mogelijk|nodig)\\b");
    /** From this classifier probability a unit the rules pass over is a target. */
    public static final double DEFAULT_THRESHOLD = 0.45;
    /** The classifier's bar for a sentence of running text, outside any list. */
    private static final double PROSE_THRESHOLD = 0.7;
    private static final Pattern WISH = Folding.ignoringCase("\\b(?:we|wij)\\s+willen\\b|\\bwillen\\s+(?:we|wij)\\b");
    /** "Dit geldt vanaf 2023 voor ...": where or when the goal applies, not a part of it. */
    private static final Pattern SCOPE = Folding.ignoringCase(
            "^(?:dit|dat|deze|die|het) (?:geldt|gelden|betreft|betekent)\\b");
    /** "vereist een bredere kennisbasis.": the rest of a sentence the text stage cut off, not a statement. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:is|zijn|wordt|worden|vereist|vereisen|vraagt|vragen|betekent|heeft|hebben|kan|kunnen|zal|zullen|moet|moeten)\\b");
    private static final Pattern PROCESS_ROW = Folding.ignoringCase(
            "^(?:start|starten|verder|voortgang|doorlopend)\\b");
    private static final Pattern HOPE = Folding.ignoringCase("\\b(?:we hopen|hopen (?:we|wij|dat)|hopelijk)\\b");
    /** "Het doel van dit regioplan is ...": what the document is for, not what the region commits to. */
    private static final Pattern DOCUMENT_PURPOSE = Folding.ignoringCase(
            "\\bdoel(?:stelling)? van (?:dit|deze) (?:\\S+\\s+)?(?:regioplan|plan|document|notitie|rapport|agenda|programma|stuk|nota)\\b");
    /** "de landelijke streefcijfers", "met als streefwaarde": a target value is named. */
    private static final Pattern STREEF = Folding.ignoringCase("\\bstreef(?:cijfers?|waarden?|getal(?:len)?)\\b");
    /** A count of events per period: "4 x per jaar", "twee keer per jaar", "5 maal per maand". */
    private static final Pattern FREQUENCY = Folding.ignoringCase(
            "\\b(?:(?:\\d+|een|twee|drie|vier|vijf|zes)\\s*(?:(?:of|à|-)\\s*\\d+\\s*)?(?:x|keer|maal)|eens)\\s+per\\s+(?:twee\\s+|drie\\s+)?"
                    + "(?:jaar|maand|week|kwartaal|halfjaar)\\b");
    /** "Samen met ... is er een plan gemaakt": the existential "er" after a fronted phrase. */
    private static final Pattern EXISTENTIAL_INSIDE = Folding.ignoringCase(
            "^[^,.;]{0,120}?\\b(?:is|zijn) er (?:een|twee|drie|vier|vijf|\\d+)\\b");
    /** Where a sentence's main clause ends: a comma or a relative clause. */
    private static final Pattern MAIN_CLAUSE_END = Folding.ignoringCase(",|(?<!\\p{L})(?:die|dat|welke|waar\\p{L}*)(?!\\p{L})");
    /** "Meer inwoners weten ...", "Minder jongeren roken": a directional change in a named group. */
    private static final Pattern INCREASE_OPENING = Folding.ignoringCase("^(?:meer|steeds meer)\\s+\\p{L}");

    private final MentionFinder mentionFinder;
    private final CueLexicon cues = CueLexicon.load("target-cues-nl.txt");
    private final ComparisonFinder comparisons = new ComparisonFinder();
    private final TargetClassifier classifier;
    private final double threshold;

    public TargetExtractor() {
        this(new MentionFinder());
    }

    public TargetExtractor(MentionFinder mentionFinder) {
        this(mentionFinder, TargetClassifier.bundled(), DEFAULT_THRESHOLD);
    }

    /**
     * @param classifier the learned decision, or null for the rules alone
     * @param threshold  the classifier probability from which a unit the rules pass over is a target
     */
    public TargetExtractor(MentionFinder mentionFinder, TargetClassifier classifier, double threshold) {
        this.mentionFinder = mentionFinder;
        this.classifier = classifier;
        this.threshold = threshold;
    }

    public Optional<Target> extract(String sentence, TargetContext context) {
        return extract(sentence, mentionFinder.find(sentence, context.publicationYear()), context);
    }

    /**
     * As {@link #extract(String, TargetContext)}, reusing mentions already found in the sentence. The rules decide
     * the statements whose wording alone makes them targets (a due date, a measure, a norm); the classifier
     * decides the rest from wording and structure, and may veto a rule's weak reading. Rules read the fields
     * either way; a unit without its own due date takes the year of the label or heading it stands under.
     */
    public Optional<Target> extract(String sentence, List<Mention> found, TargetContext context) {
        String s = sentence.strip();
        List<Mention> mentions = RelativeTime.withoutDurations(sentence, found);
        if (deadline(s, mentions) == null) {
            Mention coming = RelativeTime.comingYears(sentence, found, context.publicationYear());
            if (coming != null) {
                mentions = new ArrayList<>(mentions);
                mentions.add(coming);
            }
        }
        // a question, a heading, or a line that opens a list ("Er zijn voorbereidingen getroffen voor:"): the
        // items below it are the statements
        if (s.isEmpty() || s.endsWith("?") || s.endsWith(":") || context.unit() == BlockKind.HEADING) return Optional.empty();
        if (WHITESPACE.split(s).length < MIN_WORDS || s.startsWith("(") || HEDGED_OPENING.matcher(s).find()
                || INSTRUCTION.matcher(s).find() || Character.isLowerCase(s.codePointAt(0)) && (!context.listLike() || CONTINUATION.matcher(s).find())
                || ContextYear.ofLabel(s, context.publicationYear()) != null) {
            return Optional.empty();
        }
        if (context.unit() == BlockKind.TABLE_CELL) {
            TableRow row = TableRow.parse(s);
            // a row of a table with column headers: its columns decide, not its wording
            if (row != null) return row.isGoalRow() ? Optional.of(tableRowTarget(row, s, context)) : Optional.empty();
        }
        Optional<Target> byRule = byRule(s, mentions, context);
        // progress without an end point is no target, unless a measure or a due date of the sentence's own makes
        // it checkable
        if (byRule.isPresent() && cues.find("no_end_point", s)
                && deadline(s, mentions) == null && !hasQuantity(mentions)) {
            byRule = Optional.empty();
        }
        boolean past = aboutThePast(mentions, context.publicationYear());
        // a dated result list dates its items; a past year there names a report or a budget year ("jaarverslag
        // 2024"), elsewhere it tells a statistic
        if (byRule.isEmpty() && inResultList(s, context)) {
            Target t = byStructure(s, mentions, context);
            // a dated result is a deliverable or an event unless it names the state services or people are in
            if (t.comparator() == null && !t.kind().equals("ambition")) t = t.asKind(resultKind(s));
            byRule = Optional.of(t.withDecision("rule", RESULT_LIST_CONFIDENCE));
        } else if (byRule.isEmpty() && !past && directionalGoal(s, context)) {
            byRule = Optional.of(byStructure(s, mentions, context).withDecision("rule", GOAL_LIST_CONFIDENCE));
        } else if (byRule.isEmpty() && !past && (inGoalList(s, context) || goalParagraph(s, context) || declaresGoal(s))) {
            // an undated goal-list item promises a state, whatever verb sets it up
            Target t = byStructure(s, mentions, context);
            if (t.deadline() == null && !t.kind().equals("ambition")) t = t.asKind("outcome");
            byRule = Optional.of(t.withDecision("rule", GOAL_LIST_CONFIDENCE));
        }
        double p = classifier == null || byRule.isPresent() ? 0 : classifier.probability(s, mentions, context);
        if (byRule.isPresent()) {
            Target t = byRule.get();
            return Optional.of(t.withDecision("rule", t.confidence()));
        }
        // running prose needs more than a list item: a sentence that only says "we willen ... vergroten" is an
        // intention, the same words as an item of a goals box are the plan's goal
        if (classifier == null || p < (context.listLike() ? threshold : PROSE_THRESHOLD)) return Optional.empty();
        if (considered(s, mentions) || cues.find("forecast", s) && !cues.find("commitment", s)
                || cues.find("process", s) && !cues.find("deliverable_verb", s)
                || HOPE.matcher(s).find() || cues.find("routine", s) || cues.find("no_end_point", s)) {
            // the rules saw a due date or a measure and said no, or the words name a forecast, a process step, a
            // hope, routine work or progress without an end point
            return Optional.empty();
        }
        return Optional.of(byStructure(s, mentions, context).withDecision("nlp", p));
    }

    /**
     * One target per row of a goals table: the year from the year column (a range: its last year), else from the
     * goal itself, else from the label above the table; the target value from the target-value column; the
     * baseline from the baseline column.
     */
    private Target tableRowTarget(TableRow row, String s, TargetContext context) {
        Integer published = context.publicationYear();
        Object due = null;
        if (row.when() != null) {
            for (Mention m : mentionFinder.find(row.when(), null)) {
                if (!m.isYear()) continue;
                Object d = m.date() != null ? m.date() : (Object) m.year();
                if (due == null || due instanceof Integer y && m.year() > y) due = d;
            }
        }
        String goal = row.goal() != null ? row.goal() : s;
        List<Mention> goalMentions = mentionFinder.find(goal, published);
        if (due == null) {
            Mention own = deadline(goal, goalMentions);
            due = own != null ? due(goal, own, goalMentions) : context.scheduleYear();
        }
        String valueText = row.value() != null ? row.value() : goal;
        List<Mention> valueMentions = mentionFinder.find(valueText, published);
        Comparison c = comparisons.find(valueText, valueMentions);
        if (c.comparator() == null && c.quantity() == null) {
            for (Mention m : valueMentions) {
                if (!m.isYear() && m.unit() != null) {
                    c = new Comparison(valueText.strip().startsWith("-") ? "decrease" : "eq", m, c.baselineValue(), c.baselineYear());
                    break;
                }
            }
        }
        if (row.baseline() != null) {
            for (Mention m : mentionFinder.find(row.baseline(), null)) {
                if (m.isYear() && c.baselineYear() == null) c = new Comparison(c.comparator(), c.quantity(), c.baselineValue(), m.year());
                else if (!m.isYear() && m.unit() != null && c.baselineValue() == null) {
                    c = new Comparison(c.comparator(), c.quantity(), m, c.baselineYear());
                }
            }
        }
        boolean deliverable = cues.find("deliverable_verb", goal) || cues.find("deliverable_noun", goal);
        String kind = c.quantity() != null ? "outcome" : kind(goal, c, deliverable);
        return build(kind, s, due, c, TABLE_ROW_CONFIDENCE);
    }

    /** A due date or a measure the rules read and weighed: their "no" is final. */
    private static boolean considered(String s, List<Mention> mentions) {
        for (Mention m : mentions) if (m.isYear() && "deadline".equals(m.role())) return true;
        return hasQuantity(mentions);
    }

    /** A year before the plan and none after it: the unit reports the past, whatever list it stands in. */
    private static boolean aboutThePast(List<Mention> mentions, Integer publicationYear) {
        if (publicationYear == null) return false;
        boolean past = false;
        for (Mention m : mentions) {
            if (!m.isYear()) continue;
            if (m.year() >= publicationYear) return false;
            past = true;
        }
        return past;
    }

    /**
     * A unit of a dated result list ("Resultaten per jaar" / "2024" / "Er is een coördinator aangesteld."): every
     * checkable item there is a target due in the label's year, except hedged add-ons, progress without an end
     * point, conversations and forecasts.
     */
    private boolean inResultList(String s, TargetContext context) {
        if (context.scheduleYear() == null || !context.listLike() && !context.goalContext()) return false;
        if (context.unit() != BlockKind.LIST_ITEM && context.unit() != BlockKind.TABLE_CELL
                && (context.intro() == null || s.length() > RESULT_LINE_CHARS)) {
            return false;
        }
        if (cues.find("no_end_point", s) || cues.find("forecast", s) || cues.find("routine", s)) return false;
        if (context.position() > 0) {
            // a later sentence of a result item is its own result only when it reads as one ("Er is in 2026
            // een evaluatie uitgevoerd."), not when it explains the first
            String shape = TargetFeatures.shape(TargetFeatures.words(s));
            return shape.contains("participle_last") || shape.startsWith("er_");
        }
        return !isLabel(s);
    }

    /**
     * A dated result names an event ("Er is een plan gemaakt", "Er zijn twee coaches aangesteld": a new thing
     * came about) unless it names the state services or people are in ("De ketenaanpak is ingevoerd", "... is
     * toegankelijk"). A state word inside the event's own relative clause does not make it a state.
     */
    private String resultKind(String s) {
        List<String> words = TargetFeatures.words(s);
        String shape = TargetFeatures.shape(words);
        boolean deliverable = cues.find("deliverable_verb", s);
        // "Er zijn coaches structureel actief in de hele stad": what there is, is in a state, and nothing is
        // delivered; the state word must stand in the main clause ("Er zijn coaches aangesteld die ... actief zijn")
        boolean existentialState = !deliverable && cues.find("state", MAIN_CLAUSE_END.split(s, 2)[0]);
        boolean event = (shape.startsWith("er_is") || shape.startsWith("er_zijn")) && !existentialState
                || (shape.startsWith("er_") && deliverable) || EXISTENTIAL_INSIDE.matcher(s).find();
        return !event && cues.find("state", s) ? "outcome" : "milestone";
    }

    /** A theme label, not a statement: short, unpunctuated, or a numbered title ("3. Kansrijke Start"). */
    private static boolean isLabel(String s) {
        if (PROSE_END.matcher(s).find()) return false;
        if (NUMBERED.matcher(s).find()) return true;
        // "Website meertalig maken": a short action ends in its verb, a title does not ("Start werkgroep wonen"
        // ends in a noun that looks like one, after the word that opens a process row)
        List<String> words = TargetFeatures.words(s);
        if (words.size() >= MIN_WORDS && TargetFeatures.shape(words).contains("infinitive_last")
                && !PROCESS_ROW.matcher(s).find()) {
            return false;
        }
        return WHITESPACE.split(s).length <= LABEL_WORDS;
    }

    /**
     * An item of an undated goal list ("Doelstellingen", "(Proces)doelen", "Hoofddoelen"): a target when it names
     * an end state or a lasting structure; not when it only names an effort on an abstract quality ("Het
     * versterken van de samenwerking"), a one-off step (verkennen, onderzoeken, kiezen) or explains the item
     * before it.
     */
    private boolean inGoalList(String s, TargetContext context) {
        if (!context.goalContext() || context.unit() != BlockKind.LIST_ITEM || context.position() > 0) return false;
        // "Investeren in ...": a bare infinitive names an action to take, not the state a goal list promises
        return namesAState(s) && !TargetFeatures.shape(TargetFeatures.words(s)).contains("infinitive_first");
    }

    /**
     * What a goal list or a goal's own paragraph may promise: not a forecast, hedge, progress without end point,
     * routine, bare process step, effort on an abstract quality, label, description of what an organisation does,
     * definition or list of parties.
     */
    private boolean namesAState(String s) {
        if (cues.find("forecast", s) || cues.find("hedge", s) || cues.find("no_end_point", s) || cues.find("routine", s)
                || cues.find("process", s) && !cues.find("deliverable_verb", s)) {
            return false;
        }
        if (cues.find("effort_opening", s) && !cues.find("structure", s) || isLabel(s)) return false;
        return !ORGANISATION_DOES.matcher(s).find() && !cues.find("definition", s) && !cues.find("party_role", s);
    }

    /**
     * A sentence of the paragraph that opens a goal section ("Hoofddoel 2" / "Huisvesting ..." / "Kwetsbare inwoners
     * wonen zo gewoon mogelijk ..."): that paragraph spells the goal out, so its statements are the goal's parts,
     * under the same exclusions as a goal-list item. Later paragraphs explain, tell a case or report progress.
     */
    private boolean goalParagraph(String s, TargetContext context) {
        // only under a heading that names one goal ("Hoofddoel 2", "Doel 3: ..."): the prose under "Wat willen we
        // bereiken?" or "Ambitie" states intentions, and "we willen ..." there is a wish, not the goal
        if (!context.leadsGoal() || context.unit() != BlockKind.PARAGRAPH) return false;
        return !WISH.matcher(s).find() && !DOCUMENT_PURPOSE.matcher(s).find() && !SCOPE.matcher(s).find()
                && namesAState(s);
    }

    /** "Het doel is passende huisvesting ...": a sentence that names the plan's goal in so many words. */
    private boolean declaresGoal(String s) {
        return cues.find("goal_statement", s) && !DOCUMENT_PURPOSE.matcher(s).find() && !cues.find("forecast", s)
                && !cues.find("hedge", s) && !cues.find("no_end_point", s);
    }

    /** "Meer inwoners weten ..." as an item of a goal list: a directional change in a named group. */
    private boolean directionalGoal(String s, TargetContext context) {
        return context.listLike() && context.goalContext() && INCREASE_OPENING.matcher(s).find()
                && !cues.find("forecast", s) && !cues.find("hedge", s);
    }

    /** Fields of a unit the classifier accepted: the rules read what its words give, the context the rest. */
    private Target byStructure(String s, List<Mention> mentions, TargetContext context) {
        Mention deadline = deadline(s, mentions);
        Object due = deadline == null ? context.scheduleYear() : due(s, deadline, mentions);
        boolean deliverable = cues.find("deliverable_verb", s) || cues.find("deliverable_noun", s);
        Comparison comparison = comparisons.find(s, mentions);
        if (comparison.comparator() == null && INCREASE_OPENING.matcher(s).find()) {
            comparison = new Comparison("increase", null, comparison.baselineValue(), comparison.baselineYear());
        }
        String kind = kind(s, comparison, deliverable);
        if (classifier != null && kind.equals("outcome") && !comparison.checkable()) {
            kind = classifier.kind(s, mentions, context);
        }
        if (kind.equals("milestone")) comparison = comparison.numberedOnly();
        return build(kind, s, due, comparison, 0);
    }

    private Optional<Target> byRule(String s, List<Mention> mentions, TargetContext context) {
        Mention deadline = deadline(s, mentions);
        // without a due date, a quantity, a norm or a schedule row nothing can make a sentence a target: leave
        // the cue lists alone for the great majority of sentences
        if (deadline == null && context.scheduleYear() == null && !hasQuantity(mentions)
                && !s.contains("norm") && !s.contains("kader")) {
            return Optional.empty();
        }
        boolean forecast = cues.find("forecast", s);
        boolean commitment = cues.find("commitment", s);
        boolean process = cues.find("process", s);
        boolean verbDeliverable = cues.find("deliverable_verb", s);
        boolean deliverable = verbDeliverable || cues.find("deliverable_noun", s);
        Comparison comparison = comparisons.find(s, mentions);

        double confidence;
        Object due = deadline == null ? null : due(s, deadline, mentions);
        if (forecast && !commitment && !context.goalContext()) return Optional.empty();
        if (deadline == null) {
            if (context.scheduleYear() != null && isScheduleDeliverable(s, deliverable)) {
                return Optional.of(build(resultKind(s), s, context.scheduleYear(), comparison.numberedOnly(), SCHEDULE_ROW_CONFIDENCE));
            }
            Mention figure = firstQuantity(mentions);
            if (!comparison.checkable() && figure != null && leadingFigure(s, figure) && committingIntro(context)) {
                // "... waarbij jaarlijks:" / "14% van de 65-plussers krijgt een risico-inschatting": the intro
                // commits, the item opens with the figure to reach
                comparison = new Comparison("eq", figure, comparison.baselineValue(), comparison.baselineYear());
                return Optional.of(build("outcome", s, null, comparison, 0.75));
            }
            if (!comparison.checkable() || !(context.goalContext() || commitment)) return Optional.empty();
            confidence = context.goalContext() && commitment ? 0.85 : 0.75;
        } else {
            String before = s.substring(0, deadline.start());
            if (LABEL_OPENING.matcher(before).matches() && !deadline.raw().matches("\\d{4}")
                    || LABEL_OPENING.matcher(before).matches() && context.scheduleYear() != null) {
                // a schedule row that opens with its own date: "Q3 2024 Oplevering ..."
                if (!isScheduleDeliverable(s.substring(deadline.end()), deliverable)) return Optional.empty();
                return Optional.of(build(resultKind(s), s, due, comparison.numberedOnly(), SCHEDULE_ROW_CONFIDENCE));
            }
            boolean opening = OPENING.matcher(before).matches();
            if (opening) {
                if (process && !deliverable) return Optional.empty();
                // "In 2024 organiseren we ...": an action of ours that delivers nothing and measures nothing
                if (WE_SUBJECT.matcher(s.substring(deadline.end())).find() && !deliverable
                        && comparison.comparator() == null) {
                    return Optional.empty();
                }
                confidence = comparison.comparator() != null ? 0.9 : 0.8;
            } else {
                if (process) return Optional.empty();
                boolean delivers = verbDeliverable && FINITE.matcher(s).find() && deliverableNear(s, deadline);
                if (!(commitment || delivers || context.goalContext() && comparison.comparator() != null)) {
                    return Optional.empty();
                }
                confidence = commitment ? 0.75 : 0.65;
            }
        }
        String text = s;
        if (ANAPHOR.matcher(s).find() && WHITESPACE.split(s).length <= 8 && context.previousSentence() != null) {
            text = context.previousSentence().strip() + " " + s;
        }
        String kind = kind(s, comparison, deliverable);
        if (kind.equals("milestone")) comparison = comparison.numberedOnly();
        if (comparison.comparator() == null && comparison.baselineYear() != null && kind.equals("outcome")) {
            // "er zijn goede alternatieven ... ten opzichte van de situatie in 2023": better than the baseline
            comparison = new Comparison("increase", null, comparison.baselineValue(), comparison.baselineYear());
        }
        return Optional.of(build(kind, text, due, comparison, confidence));
    }

    private Target build(String kind, String text, Object deadline, Comparison c, double confidence) {
        return new Target(kind, text, deadline,
                c.quantity() == null ? null : c.quantity().value(),
                c.unit(), c.comparator(),
                c.baselineValue() == null ? null : c.baselineValue().value(),
                c.baselineYear(), subject(text), cues.find("agreement", text), confidence, "rule");
    }

    private String kind(String s, Comparison comparison, boolean deliverable) {
        String c = comparison.comparator();
        // "4 x per jaar komt de stuurgroep bijeen": the count is of events, whatever its comparator
        if (FREQUENCY.matcher(s).find()) return "milestone";
        if (cues.find("ambition", s) && (c == null || c.equals("eq"))) return "ambition";
        if (comparison.checkable()) return "outcome";
        if (deliverable) return "milestone";
        return "outcome";
    }

    private boolean isScheduleDeliverable(String row, boolean deliverable) {
        String r = row.strip();
        return deliverable && !cues.find("schedule_excluded", r) && WHITESPACE.split(r).length <= 16;
    }

    private boolean deliverableNear(String s, Mention deadline) {
        var m = cues.pattern("deliverable_verb").matcher(s);
        while (m.find()) {
            int distance = m.start() >= deadline.end() ? m.start() - deadline.end() : deadline.start() - m.end();
            if (distance <= DELIVERABLE_REACH) return true;
        }
        return false;
    }

    /** A list item whose intro ends in a colon and commits or names a target value: "In 2025 willen we dat:". */
    private boolean committingIntro(TargetContext context) {
        String intro = context.intro();
        return context.listLike() && intro != null && intro.strip().endsWith(":")
                && (cues.find("commitment", intro) || STREEF.matcher(intro).find());
    }

    /** "14% van de ouderen ...": the unit opens with its figure, the shape of a line of target values. */
    private static boolean leadingFigure(String s, Mention figure) {
        return LEADING_MARKER.matcher(s.substring(0, figure.start())).replaceFirst("").isBlank()
                && WHITESPACE.split(s).length >= MIN_WORDS + 2;
    }

    private static Mention firstQuantity(List<Mention> mentions) {
        for (Mention m : mentions) if (!m.isYear() && m.unit() != null) return m;
        return null;
    }

    private static boolean hasQuantity(List<Mention> mentions) {
        for (Mention m : mentions) if (!m.isYear() && m.unit() != null) return true;
        return false;
    }

    /**
     * When the deadline is due: its date, else its year; "in 2024 en 2025" is due in the last year named, as a
     * dated list's "2024/2025" is.
     */
    private static Object due(String s, Mention deadline, List<Mention> mentions) {
        if (deadline.date() != null) return deadline.date();
        Mention last = deadline;
        for (Mention m : mentions) {
            if (m.isYear() && m.start() >= last.end() && m.year() > last.year() && m.date() == null
                    && s.substring(last.end(), m.start()).strip().equals("en")) {
                last = m;
            }
        }
        return last.year();
    }

    /** The first future year that reads as a due date, outside parentheses (an aside is not the deadline). */
    private static Mention deadline(String s, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.isYear() || !"deadline".equals(m.role())) continue;
            if (ComparisonFinder.depth(s, m.start()) > 0) continue;
            return m;
        }
        return null;
    }

    /**
     * A short noun phrase naming what the target is about, or null: list markers, an opening date and function
     * words are dropped, and the phrase stops at the first verb or preposition that ends it. A phrase of only
     * numbers, dates or pronouns is no subject.
     */
    static String subject(String text) {
        String t = LEADING_MARKER.matcher(text.strip()).replaceFirst("");
        var date = LEADING_DATE.matcher(t);
        boolean inverted = date.lookingAt() && date.end() > 0 && Character.isLetter(t.charAt(0))
                && !Character.isDigit(t.charAt(0)) && !t.startsWith("Q");
        t = date.replaceFirst("");
        String[] words = WHITESPACE.split(t);
        // "In 2027 heeft ...": the verb right after an opening date is not part of the subject
        int first = inverted && words.length > 1 ? 1 : 0;
        StringBuilder sb = new StringBuilder();
        int taken = 0;
        boolean named = false;
        for (int i = first; i < words.length && taken < SUBJECT_WORDS; i++) {
            String w = EDGE_PUNCTUATION.matcher(words[i]).replaceAll("");
            if (w.isEmpty()) continue;
            if (taken > 0 && SUBJECT_STOP.matcher(w).matches()) break;
            if (taken == 0 && (SUBJECT_SKIP.contains(w.toLowerCase(Locale.ROOT)) || FIGURE.matcher(w).matches())) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w);
            taken++;
            if (w.codePoints().filter(Character::isLetter).count() >= 3 && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) named = true;
        }
        return named ? sb.toString() : null;
    }
}
