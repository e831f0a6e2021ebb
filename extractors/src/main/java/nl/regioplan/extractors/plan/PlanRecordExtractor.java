package nl.regioplan.extractors.plan;

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
import nl.regioplan.extractors.target.CueLexicon;
import nl.regioplan.extractors.target.Target;
import nl.regioplan.extractors.target.TargetContext;
import nl.regioplan.extractors.target.TargetExtractor;
import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.text.BlockKind;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;
import nl.regioplan.extractors.theme.ThemeMatch;
import nl.regioplan.extractors.theme.ThemeTagger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final Pattern PROSE_END = Pattern.compile("[.!?]\\s*$");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[•▪◦●■\uF0B7-]|\\d{1,2}[.)]\\s|[a-h]\\)\\s)");

    private final ThemeTagger themes;
    private final PartyFinder parties;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionFinder mentions = new MentionFinder();
    private final TargetExtractor targets = new TargetExtractor(mentions);
    private final Pattern goalHeading = CueLexicon.load("target-cues-nl.txt").pattern("goal_heading");

    public PlanRecordExtractor(ThemeTagger themes, PartyFinder parties) {
        this.themes = themes;
        this.parties = parties;
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

    /** One extraction: the state of a walk through one document. */
    private final class Run {
        private final String doc;
        private final String region;
        private final Integer publicationYear;
        private final HeadingPath path = new HeadingPath();
        private final List<PassageRecord> passages = new ArrayList<>();
        private final TargetMerger merger = new TargetMerger();
        private final List<MentionRecord> percentages = new ArrayList<>();
        private final List<MentionRecord> years = new ArrayList<>();
        private final List<PartyRecord> partyRecords = new ArrayList<>();
        private final Set<String> partyKeys = new LinkedHashSet<>();
        private final List<ThemeRecord> themeRecords = new ArrayList<>();
        private boolean goalIntro;
        private Integer scheduleYear;

        Run(DocumentText text, DocumentContext context) {
            this.doc = context != null && context.doc() != null ? context.doc() : text.doc();
            this.region = context == null ? null : context.region();
            this.publicationYear = PublicationYear.of(text, context);
        }

        void page(PageText page) {
            goalIntro = false;
            scheduleYear = null;
            List<Block> blocks = page.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block.kind() == BlockKind.HEADING) {
                    if (i == 0) path.pageTitle(block.text().strip());
                    else path.heading(block.text().strip());
                }
                block(page.number(), block);
                Integer label = ScheduleLabel.futureYear(block.text(), publicationYear);
                if (label != null) {
                    scheduleYear = label;
                    continue;
                }
                if (!isListLike(block)) {
                    String t = block.text().strip();
                    goalIntro = t.endsWith(":") && goalHeading.matcher(t).find();
                }
                if (block.kind() == BlockKind.PARAGRAPH && PROSE_END.matcher(block.text()).find()
                        && block.text().length() > 120) {
                    scheduleYear = null;
                }
            }
        }

        private void block(int page, Block block) {
            String section = path.joined();
            List<Sentence> sentences = splitter.split(block);
            if (sentences.isEmpty()) return;
            boolean goalContext = goalHeading.matcher(section).find()
                    || goalIntro && isListLike(block);
            String kind = block.kind().name().toLowerCase(Locale.ROOT);

            StringBuilder passage = new StringBuilder();
            Set<Integer> passageYears = new LinkedHashSet<>();
            String previous = null;
            for (Sentence sentence : sentences) {
                List<Mention> found = mentions.find(sentence.text(), publicationYear);
                for (Mention m : found) {
                    if (m.type() == MentionType.PERCENTAGE) percentages.add(mention(page, m, sentence.text(), section));
                    if (m.isYear()) {
                        years.add(mention(page, m, sentence.text(), section));
                        passageYears.add(m.year());
                    }
                }
                TargetContext tc = new TargetContext(publicationYear, goalContext, previous, scheduleYear);
                targets.extract(sentence.text(), found, tc).ifPresent(t -> merger.add(target(page, t, section)));
                previous = sentence.text();

                if (!passage.isEmpty() && passage.length() + sentence.text().length() > PASSAGE_CHARS) {
                    passage(page, kind, section, passage.toString(), passageYears);
                    passage.setLength(0);
                    passageYears.clear();
                }
                if (!passage.isEmpty()) passage.append(' ');
                passage.append(sentence.text());
            }
            if (!passage.isEmpty()) passage(page, kind, section, passage.toString(), passageYears);
        }

        private void passage(int page, String kind, String section, String text, Set<Integer> passageYears) {
            List<ThemeMatch> themeMatches = themes.tag(text);
            List<PartyMatch> partyMatches = parties.find(text, section);
            for (ThemeMatch t : themeMatches) {
                themeRecords.add(new ThemeRecord(doc, page, t.code(), t.label(), t.evidence(), text, region, section));
            }
            for (PartyMatch p : partyMatches) {
                if (partyKeys.add(page + "\u0000" + p.normalised() + "\u0000" + section + "\u0000" + p.role())) {
                    partyRecords.add(new PartyRecord(doc, page, p.name(), p.normalised(), p.type(), p.role(), text,
                            region, section));
                }
            }
            passages.add(new PassageRecord(doc, page, kind, section, text,
                    themeMatches.stream().map(ThemeMatch::code).distinct().toList(),
                    partyMatches.stream().map(PartyMatch::normalised).distinct().toList(),
                    List.copyOf(passageYears), region));
        }

        private MentionRecord mention(int page, Mention m, String text, String section) {
            return new MentionRecord(doc, page, m.type().label(), m.value(), m.unit(), m.raw(),
                    m.role(), text, region, section);
        }

        private TargetRecord target(int page, Target t, String section) {
            List<String> themeCodes = themes.tag(t.text()).stream().map(ThemeMatch::code).distinct().toList();
            List<String> partyNames = parties.find(t.text(), section).stream().map(PartyMatch::normalised)
                    .distinct().toList();
            return new TargetRecord(doc, page, t.kind(), t.text(), t.deadline(), t.quantity(), t.unit(),
                    t.comparator(), t.baselineValue(), t.baselineYear(), t.subject(), t.sourceQuoted(), region,
                    themeCodes, partyNames, section, List.of(page), "rule", t.confidence());
        }

        DocumentRecords records() {
            return new DocumentRecords(doc, region, passages, merger.merged(), percentages, years, partyRecords,
                    themeRecords);
        }
    }
}
