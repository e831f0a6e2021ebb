package nl.regioplan.extractors.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.regioplan.extractors.clean.CleaningChain;
import nl.regioplan.extractors.clean.RunningHeaderFooterFilter;
import nl.regioplan.extractors.clean.Vocabulary;
import nl.regioplan.extractors.layout.LaidOutBlock;
import nl.regioplan.extractors.layout.TextLine;

/**
 * The document-wide part of cleaning, which needs all pages at once: running headers and footers are found by
 * comparing the page edges, and the repairs consult the vocabulary of the whole document. A paragraph the layout
 * cut at a hyphenated line end is one block again ({@link BrokenWordBlocks}). Each block then goes through the
 * {@link CleaningChain}; blocks that end up empty are dropped.
 */
final class PageCleaner {
    /** Lines per page edge that may be a running header or footer. */
    private static final int EDGE_LINES = 2;
    /** Share of the page height at the top and at the bottom where running headers and footers sit. */
    private static final float MARGIN_ZONE = 0.09f;
    static final String ONLY_RUNNING_LINES = "only running headers, footers or page numbers";

    List<PageText> clean(List<RawPage> pages) {
        List<List<EdgeLine>> edges = pages.stream().map(PageCleaner::edgeLines).toList();
        Predicate<String> running = new RunningHeaderFooterFilter()
                .runningLines(edges.stream().map(page -> page.stream().map(EdgeLine::text).toList()).toList());

        List<List<LaidOutBlock>> kept = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            kept.add(BrokenWordBlocks.rejoined(withoutRunningLines(pages.get(i).blocks(), edges.get(i), running)));
        }

        List<String> texts = new ArrayList<>();
        kept.forEach(blocks -> blocks.forEach(b -> texts.add(b.text())));
        CleaningChain chain = CleaningChain.standard(Vocabulary.of(texts));

        List<PageText> result = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            RawPage page = pages.get(i);
            List<Block> blocks = new ArrayList<>();
            for (LaidOutBlock b : kept.get(i)) {
                String text = chain.apply(b.text());
                if (!text.isEmpty()) blocks.add(new Block(b.kind(), text));
            }
            String note = page.note() == null && blocks.isEmpty() && !page.blocks().isEmpty() ? ONLY_RUNNING_LINES : page.note();
            result.add(new PageText(page.number(), blocks, page.ocr(), note));
        }
        return result;
    }

    /** A line at the page's top or bottom: its block and position in it, and its text. */
    private record EdgeLine(LaidOutBlock block, int index, String text) {
    }

    /**
     * The top and bottom lines of a page: by position, those in the top or bottom margin zone; for OCR text, which
     * has no positions, the first and last lines.
     */
    private static List<EdgeLine> edgeLines(RawPage page) {
        List<EdgeLine> all = new ArrayList<>();
        Map<EdgeLine, TextLine> positions = new IdentityHashMap<>();
        for (LaidOutBlock block : page.blocks()) {
            for (int i = 0; i < block.texts().size(); i++) {
                EdgeLine line = new EdgeLine(block, i, block.texts().get(i));
                all.add(line);
                if (!block.lines().isEmpty()) positions.put(line, block.lines().get(i));
            }
        }
        if (all.size() <= 2 * EDGE_LINES && positions.size() < all.size()) return all;
        if (positions.size() < all.size()) {
            List<EdgeLine> edge = new ArrayList<>(all.subList(0, EDGE_LINES));
            edge.addAll(all.subList(all.size() - EDGE_LINES, all.size()));
            return edge;
        }
        all.sort(Comparator.comparingDouble(line -> positions.get(line).top()));
        float topZone = MARGIN_ZONE * page.height(), bottomZone = (1 - MARGIN_ZONE) * page.height();
        List<EdgeLine> edge = new ArrayList<>();
        for (int i = 0; i < Math.min(EDGE_LINES, all.size()); i++) {
            if (positions.get(all.get(i)).top() < topZone) edge.add(all.get(i));
        }
        for (int i = Math.max(EDGE_LINES, all.size() - EDGE_LINES); i < all.size(); i++) {
            if (positions.get(all.get(i)).baseline() > bottomZone) edge.add(all.get(i));
        }
        return edge;
    }

    private static List<LaidOutBlock> withoutRunningLines(List<LaidOutBlock> blocks, List<EdgeLine> edges,
                                                          Predicate<String> running) {
        Map<LaidOutBlock, boolean[]> dropped = new IdentityHashMap<>();
        for (EdgeLine line : edges) {
            if (running.test(line.text())) dropped.computeIfAbsent(line.block(), b -> new boolean[b.texts().size()])[line.index()] = true;
        }
        if (dropped.isEmpty()) return blocks;
        List<LaidOutBlock> kept = new ArrayList<>(blocks.size());
        for (LaidOutBlock block : blocks) {
            boolean[] drop = dropped.get(block);
            if (drop == null) {
                kept.add(block);
                continue;
            }
            List<TextLine> lines = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < drop.length; i++) {
                if (drop[i]) continue;
                if (!block.lines().isEmpty()) lines.add(block.lines().get(i));
                texts.add(block.texts().get(i));
            }
            if (!texts.isEmpty()) kept.add(new LaidOutBlock(block.kind(), lines, texts));
        }
        return kept;
    }
}
