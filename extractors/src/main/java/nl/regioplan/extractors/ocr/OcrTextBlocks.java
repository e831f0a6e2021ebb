package nl.regioplan.extractors.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioplan.extractors.clean.ListItemMarker;
import nl.regioplan.extractors.layout.LaidOutBlock;
import nl.regioplan.extractors.block.BlockKind;

/**
 * Turns Tesseract's plain text into blocks: Tesseract already reads in layout order and separates paragraphs
 * by blank lines; a line starting with a bullet or number starts a list item. Tesseract gives no font sizes,
 * so OCR pages have no headings.
 */
public final class OcrTextBlocks {
    private OcrTextBlocks() {
    }

    public static List<LaidOutBlock> blocks(String ocrText) {
        List<LaidOutBlock> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        BlockKind kind = BlockKind.PARAGRAPH;
        for (String raw : ocrText.split("\\R")) {
            String line = raw.strip();
            Optional<String> item = ListItemMarker.itemText(line);
            if (line.isEmpty() || item.isPresent()) {
                if (!paragraph.isEmpty()) blocks.add(new LaidOutBlock(kind, List.of(), paragraph));
                paragraph = new ArrayList<>();
                kind = BlockKind.PARAGRAPH;
            }
            if (item.isPresent()) {
                kind = BlockKind.LIST_ITEM;
                paragraph.add(item.get());
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        if (!paragraph.isEmpty()) blocks.add(new LaidOutBlock(kind, List.of(), paragraph));
        return blocks;
    }
}
