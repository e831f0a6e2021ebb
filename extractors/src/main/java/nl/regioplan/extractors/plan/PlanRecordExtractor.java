package nl.regioplan.extractors.plan;

import nl.regioplan.corpus.text.Folding;
import nl.regioplan.extractors.clean.ListItemMarker;

import nl.regioplan.extractors.mention.Mention;
import nl.regioplan.extractors.mention.MentionFinder;
import nl.regioplan.extractors.mention.MentionType;
import nl.regioplan.extractors.nlp.Sentence;
import nl.regioplan.extractors.nlp.SentenceSplitter;
import nl.regioplan.extractors.party.PartyFinder;
import nl.regioplan.extractors.party.PartyMatch;
import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecordExtractor;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.MentionRecord;
import nl.regioplan.extractors.records.PartyRecord;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.records.ThemeRecord;
import nl.regioplan.extractors.target.ContextYear;
import nl.regioplan.extractors.target.CueLexicon;
import nl.regioplan.extractors.target.Target;
import nl.regioplan.extractors.target.TargetContext;
import nl.regioplan.extractors.target.TargetExtractor;
import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;
import nl.regioplan.extractors.theme.ThemeMatch;
import nl.regioplan.extractors.theme.ThemeTagger;
import nl.regioplan.extractors.theme.ThemeReading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plan's page-aware text into its records: passages (a block, or a few sentences of a long block,
 * never crossing a heading or a page), targets (one record per target, with every page it is stated on),
 * percentage and year mentions, parties and themes. Walks the pages in order, keeping the heading path, whether
 * the text stands under a goals heading, and the timeline label a schedule row belongs to. Thread-safe: all
 * state of a run lives in the call.
 */
public final class PlanRecordExtractor implements DocumentRecordExtractor {
    static final int PASSAGE_CHARS = 700;
    /** A paragraph this long is running prose, not a label or a list line. */
    private static final int LONG_PROSE = 200;
    private static final int INTRO_WORDS = 30;
    private static final int LABEL_WORDS = 8;
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)");
    /** Titles and headings whose year holds for the whole plan: a year plan plans its actions for that year. */
    private static final Pattern PLAN_WIDE = Folding.ignoringCase(
            "(?<!\\p{L})(?:jaarplan|werkplan|jaarprogramma|actieplan|uitvoeringsplan|gepland voor|activiteiten)(?!\\p{L})");
    private static final Pattern PROSE_END = Pattern.compile("[.!?]\\s*$");
    private static final Pattern LIST_MARK = Pattern.compile(
            "^\\s*(?:" + ListItemMarker.BULLET_CLASS + "|-|\\d{1,2}[.)]\\s|[a-h]\\)\\s)");

    private final ThemeTagger themes;
    private final PartyFinder parties;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionFinder mentions = new MentionFinder();
    private final TargetExtractor targets;
    private static final Pattern TRAILING_SENTENCE = Pattern.compile("[.!?]\\s+([^.!?]+[.!?]?)$");
    private final CueLexicon targetCues = CueLexicon.load("target-cues-nl.txt");
    private final Pattern goalHeading = targetCues.pattern("goal_heading");
    private final Pattern goalTitle = targetCues.pattern("goal_title");

    public PlanRecordExtractor(ThemeTagger themes, PartyFinder parties) {
        this.themes = themes;
        this.parties = parties;
        this.targets = new TargetExtractor(mentions);
    }

    /** With a target extractor of the caller's (a classifier trained without the documents it will score). */
    public PlanRecordExtractor(ThemeTagger themes, PartyFinder parties, TargetExtractor targets) {
        this.themes = themes;
        this.parties = parties;
        this.targets = targets;
    }

    @Override
    public DocumentRecords extract(DocumentText text, DocumentContext context) {
        Run run = new Run(text, context);
        for (PageText page : text.pages()) run.page(page);
        return run.records();
    }

    /** A list item, also when the text stage left it a paragraph that starts with its bullet or number. */
    private static boolean isListLike(Block block) {
        return block.kind() == BlockKind.LIST_ITEM || LIST_MARK.matcher(block.text()).find();
    }

    /**
     * A target found in a sentence of the passage being built: {@code sentence} is that sentence's index in the
     * passage; a target that carries the sentence before it takes that sentence's parties too
     * ({@code previousNames} when it stood in the previous passage).
     */
    private record PendingTarget(int page, Target target, String section, List<String> themes, int sentence,
                                 boolean withPrevious, List<String> previousNames) {
    }

    /** One extraction: the state of a walk through one document. */
    private final class Run {
        private final String doc;
        private final String region;
        private final Integer publicationYear;
        /** The publication year is still mostly ahead: the catalogue dates the plan in its first half. */
        private final boolean yearAhead;
        private final HeadingPath path = new HeadingPath();
        private final List<PassageRecord> passages = new ArrayList<>();
        private final TargetMerger merger = new TargetMerger();
        private final List<MentionRecord> percentages = new ArrayList<>();
        private final List<MentionRecord> years = new ArrayList<>();
        private final List<PartyRecord> partyRecords = new ArrayList<>();
        private final Set<String> partyKeys = new LinkedHashSet<>();
        private final List<ThemeRecord> themeRecords = new ArrayList<>();
        /** The nearest heading above the current block, across pages until another heading comes. */
        private String heading;
        /** The nearest heading, or the heading run it continues, announces goals ("Hoofddoel 2." / "Huisvesting ..."). */
        private boolean goalSection;
        /** The heading run names one goal ("Hoofddoel 2."), not a kind of content ("Doelen", "Acties"). */
        private boolean goalTitled;
        /** Blocks of text since the nearest heading: 0 while the next block is the first under it. */
        private int sectionBlocks;
        /** The short label or intro sentence the current run of units belongs to ("Actie:", "2024"). */
        private String intro;
        /** The due year the current label or heading gives its units. */
        private Integer sectionYear;
        private Integer labelYear;
        /** The year a plan-wide heading or the title plans for ("Jaarplan 2025", "Activiteiten gepland voor 2025"). */
        private Integer planYear;
        /** Targets of the passage being built, waiting for its party tags. */
        private final List<PendingTarget> pending = new ArrayList<>();
        /** The party names of the last sentence of the last passage. */
        private List<String> lastSentenceNames = List.of();
        /** The themes of the last themed passage under each heading path. */
        private final Map<String, List<String>> sectionThemes = new HashMap<>();
        /** The themes of the headings, intros and blocks targets fell back on, by their text. */
        private final Map<String, List<String>> contextThemes = new HashMap<>();

        Run(DocumentText text, DocumentContext context) {
            this.doc = context != null && context.doc() != null ? context.doc() : text.doc();
            this.region = context == null ? null : context.region();
            this.publicationYear = PublicationYear.of(text, context);
            this.yearAhead = context != null && context.yearAhead() && publicationYear != null
                    && publicationYear.equals(context.publicationYear());
            this.planYear = context == null ? null : planYear(context.title());
        }

        private Integer planYear(String heading) {
            return heading != null && PLAN_WIDE.matcher(heading).find()
                    ? ContextYear.ofHeading(heading, publicationYear) : null;
        }

        void page(PageText page) {
            List<Block> blocks = page.blocks();
            // a timeline label reaches over a page break only into the list it opened ("2025" at the foot of a
            // page, its items on the next); a page that opens otherwise (a cover date, a new section) ends it
            if (!blocks.isEmpty() && !isListLike(blocks.get(0))) labelYear = null;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                String t = block.text().strip();
                if (block.kind() == BlockKind.HEADING) {
                    if (i == 0) path.pageTitle(t);
                    else path.heading(t);
                    // a heading right under another continues its title: "Hoofddoel 2." / "Huisvesting en ..."
                    goalSection = goalHeading.matcher(t).find() || goalSection && sectionBlocks == 0;
                    goalTitled = goalTitle.matcher(t).find() || goalTitled && sectionBlocks == 0;
                    sectionBlocks = 0;
                    heading = t;
                    intro = null;
                    labelYear = null;
                    Integer year = ContextYear.ofHeading(t, publicationYear);
                    // a heading without a year of its own ends the year of the section before it, unless it
                    // only names a part of that section ("Resultaten per jaar" under "Activiteiten 2025")
                    if (planYear(t) != null) planYear = planYear(t);
                    if (year != null) sectionYear = year;
                    else if (!goalHeading.matcher(t).find()) sectionYear = null;
                }
                block(page.number(), block);
                if (block.kind() == BlockKind.HEADING) continue;
                sectionBlocks++;
                if (endsWithGoalTitle(t)) {
                    // a goal's title set in the text ("Hoofddoel 2." as its own line, or at the end of the block
                    // before, where the text stage glued it): the next block spells that goal out
                    goalSection = true;
                    goalTitled = true;
                    sectionBlocks = 0;
                    continue;
                }
                Integer label = ContextYear.ofLabel(t, publicationYear);
                if (label != null) {
                    labelYear = label;
                    intro = t;
                    continue;
                }
                boolean opensList = i + 1 < blocks.size() && isListLike(blocks.get(i + 1));
                // a list item that ends in a colon opens a list of its own ("..., waarbij jaarlijks:")
                boolean opensSubList = isListLike(block) && t.endsWith(":");
                if ((!isListLike(block) || opensSubList) && !URL.matcher(t).find() && (isIntro(t) || opensList || opensSubList)) {
                    intro = lastWords(t);
                    // a new list label without a year ends the year of the label before it (a schedule row
                    // under a year label is itself short, but opens no list)
                    if (opensList && t.split("\\s+").length <= LABEL_WORDS) labelYear = null;
                    // "In 2025 willen we dat:" gives the items below it their due year
                    Integer introYear = t.endsWith(":") ? ContextYear.ofIntro(t, publicationYear) : null;
                    if (introYear != null) labelYear = introYear;
                } else if (block.kind() == BlockKind.PARAGRAPH && !isListLike(block) && t.length() > LONG_PROSE) {
                    // running prose closes the run a label opened
                    intro = null;
                    labelYear = null;
                }
            }
        }

        /** "Hoofddoel 2." alone, or as the last sentence of a block: a goal's title in running text. */
        private boolean endsWithGoalTitle(String t) {
            Matcher m = TRAILING_SENTENCE.matcher(t);
            String last = m.find() ? m.group(1) : t;
            return last.split("\\s+").length <= 3 && goalTitle.matcher(last).find();
        }

        /** The end of a long intro paragraph: the words that lead into the list. */
        private static String lastWords(String t) {
            String[] words = t.split("\\s+");
            return words.length <= INTRO_WORDS ? t : String.join(" ", List.of(words).subList(words.length - INTRO_WORDS, words.length));
        }

        /** A label or a sentence that opens a run of units: short, or ending in a colon. */
        private boolean isIntro(String t) {
            int words = t.split("\\s+").length;
            return t.endsWith(":") && words <= INTRO_WORDS || words <= LABEL_WORDS && !PROSE_END.matcher(t).find();
        }

        private void block(int page, Block block) {
            String section = path.joined();
            List<Sentence> sentences = splitter.split(block);
            if (sentences.isEmpty()) return;
            // the nearest heading and the intro decide, not the whole path: "Doelgroep" under "(Proces)doelen"
            // lists people, not goals
            boolean goalContext = heading != null && goalSection || intro != null && goalHeading.matcher(intro).find();
            Integer year = labelYear != null ? labelYear : sectionYear != null ? sectionYear : goalContext ? planYear : null;
            String kind = block.kind().name().toLowerCase(Locale.ROOT);
            // a unit directly under its label reads in the label's context; the label itself does not
            String unitIntro = intro != null && !block.text().strip().endsWith(intro) ? intro : null;

            StringBuilder passage = new StringBuilder();
            List<Sentence> passageSentences = new ArrayList<>();
            List<ThemeReading> passageReadings = new ArrayList<>();
            Set<Integer> passageYears = new LinkedHashSet<>();
            String previous = null;
            ThemeReading previousReading = null;
            for (int n = 0; n < sentences.size(); n++) {
                Sentence sentence = sentences.get(n);
                // each sentence is read for themes once: its passage and its target are scored from that reading
                ThemeReading reading = themes.read(sentence.text());
                List<Mention> found = mentions.find(sentence.text(), publicationYear, yearAhead);
                for (Mention m : found) {
                    if (m.type() == MentionType.PERCENTAGE) percentages.add(mention(page, m, sentence.text(), section));
                    if (m.isYear()) {
                        years.add(mention(page, m, sentence.text(), section));
                        passageYears.add(m.year());
                    }
                }
                TargetContext tc = new TargetContext(publicationYear, goalContext, previous, year, block.kind(),
                        heading, unitIntro, n, goalTitled && sectionBlocks == 0);
                Optional<Target> target = targets.extract(sentence.text(), found, tc);
                // a target's themes are read now, before its passage is tagged; its parties when it is
                ThemeReading before = previousReading;
                List<String> targetThemes = target.map(t -> themesOf(ownReading(t.text(), sentence.text(), reading,
                        before), section, block.text())).orElse(null);
                previous = sentence.text();
                previousReading = reading;

                if (!passage.isEmpty() && passage.length() + sentence.text().length() > PASSAGE_CHARS) {
                    passage(page, kind, section, passage.toString(), passageSentences, passageReadings, passageYears);
                    passage.setLength(0);
                    passageSentences.clear();
                    passageReadings.clear();
                    passageYears.clear();
                }
                if (target.isPresent()) {
                    // "Dit doen we in 2025.": an anaphor target carries the sentence before it, which may have
                    // closed the previous passage
                    boolean withPrevious = !target.get().text().equals(sentence.text()) && n > 0;
                    List<String> previousNames = withPrevious && passageSentences.isEmpty() ? lastSentenceNames : null;
                    pending.add(new PendingTarget(page, target.get(), section, targetThemes, passageSentences.size(),
                            withPrevious, previousNames));
                }
                if (!passage.isEmpty()) passage.append(' ');
                passageSentences.add(new Sentence(sentence.text(), passage.length(), passage.length() + sentence.text().length()));
                passageReadings.add(reading);
                passage.append(sentence.text());
            }
            if (!passage.isEmpty()) {
                passage(page, kind, section, passage.toString(), passageSentences, passageReadings, passageYears);
            }
        }

        /**
         * The terms of a target's own words: its sentence's, or with the sentence before it that an anaphor
         * target carries; read afresh only when the target's text is something else.
         */
        private ThemeReading ownReading(String targetText, String sentence, ThemeReading reading,
                                        ThemeReading previousReading) {
            if (targetText.equals(sentence)) return reading;
            if (previousReading != null && targetText.endsWith(" " + sentence)) {
                return new ThemeReading(targetText, ThemeReading.join(List.of(previousReading, reading)).terms());
            }
            return themes.read(targetText);
        }

        private void passage(int page, String kind, String section, String text, List<Sentence> sentences,
                             List<ThemeReading> sentenceReadings, Set<Integer> passageYears) {
            PartyFinder.Tagged tagged = parties.tag(text, sentences, section);
            for (PendingTarget p : pending) {
                List<String> names = new ArrayList<>();
                if (p.withPrevious()) names.addAll(p.previousNames() != null ? p.previousNames()
                        : tagged.namesBySentence().get(p.sentence() - 1));
                for (String name : tagged.namesBySentence().get(p.sentence())) if (!names.contains(name)) names.add(name);
                merger.add(target(p.page(), p.target(), p.section(), p.themes(), names));
            }
            pending.clear();
            lastSentenceNames = tagged.namesBySentence().isEmpty() ? List.of() : tagged.namesBySentence().getLast();
            List<ThemeMatch> themeMatches = themes.tag(ThemeReading.join(sentenceReadings));
            if (!themeMatches.isEmpty()) sectionThemes.put(section, codes(themeMatches));
            List<PartyMatch> partyMatches = tagged.parties();
            for (ThemeMatch t : themeMatches) {
                themeRecords.add(new ThemeRecord(doc, page, t.code(), t.label(), t.evidence(), text, region, section));
            }
            for (PartyMatch p : partyMatches) {
                if (partyKeys.add(page + "\u0000" + p.normalised() + "\u0000" + section + "\u0000" + p.role())) {
                    partyRecords.add(new PartyRecord(doc, page, p.name(), p.normalised(), p.type(), p.role(), text,
                            region, section));
                }
            }
            passages.add(new PassageRecord(doc, page, kind, section, text, codes(themeMatches),
                    partyMatches.stream().map(PartyMatch::normalised).distinct().toList(),
                    List.copyOf(passageYears), region));
        }

        private static List<String> codes(List<ThemeMatch> matches) {
            return matches.stream().map(ThemeMatch::code).distinct().toList();
        }

        private MentionRecord mention(int page, Mention m, String text, String section) {
            return new MentionRecord(doc, page, m.type().label(), m.value(), m.unit(), m.raw(),
                    m.role(), text, region, section);
        }

        /**
         * A target's themes come from its own words, else from the headings it stands under, else from the
         * intro of its list: "Er is een coördinator aangesteld." under "Valpreventie" is a fall-prevention target.
         */
        private List<String> themesOf(ThemeReading own, String section, String blockText) {
            List<String> codes = codes(themes.tag(own));
            if (!codes.isEmpty()) return codes;
            for (String source : new String[]{section, intro, blockText}) {
                if (source == null || source.isBlank()) continue;
                // headings, intros and blocks stand over many targets: each is read once
                codes = contextThemes.computeIfAbsent(source, s -> codes(themes.tag(s)));
                if (!codes.isEmpty()) return codes;
            }
            // last, the theme the passages of this section were about
            return sectionThemes.getOrDefault(section, List.of());
        }

        private TargetRecord target(int page, Target t, String section, List<String> themeCodes, List<String> partyNames) {
            return new TargetRecord(doc, page, t.kind(), ListItemMarker.withoutItemNumber(t.text()), t.deadline(),
                    t.quantity(), t.unit(), t.comparator(), t.baselineValue(), t.baselineYear(), t.subject(),
                    t.sourceQuoted(), region, themeCodes, partyNames, section, List.of(page), t.method(), t.confidence());
        }

        DocumentRecords records() {
            return new DocumentRecords(doc, region, passages, merger.merged(), percentages, years, partyRecords,
                    themeRecords);
        }
    }
}
