package nl.regioplan.extractors.nlp;

import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Annotates a training sentence with token boundaries, so the tokenizer learns from the same hand-written text
 * as the sentence detector. The rules are the annotation guideline: split on white space; an abbreviation from
 * the dictionary stays whole ("t.o.v."); numbers keep their internal separators ("1.500", "3,4"); leading
 * brackets and quotes and trailing punctuation become tokens of their own; "%" is its own token; hyphenated
 * compounds ("65-plussers", "5%-punt" excepted) stay whole.
 */
final class TrainingTokens {
    private static final String LEADING = "(‘'\"“[";
    private static final String TRAILING = ".,;:!?)’'\"”]";
    private final Abbreviations abbreviations;

    TrainingTokens(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    TokenSample annotate(String sentence) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(sentence.charAt(i))) i++;
            if (i >= n) break;
            int end = i;
            while (end < n && !Character.isWhitespace(sentence.charAt(end))) end++;
            split(sentence, i, end, spans);
            i = end;
        }
        return new TokenSample(sentence, spans.toArray(Span[]::new));
    }

    private void split(String s, int start, int end, List<Span> out) {
        while (start < end && LEADING.indexOf(s.charAt(start)) >= 0) {
            out.add(new Span(start, start + 1));
            start++;
        }
        List<Span> tail = new ArrayList<>();
        while (end > start && !abbreviations.contains(s.substring(start, end))
                && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
            tail.addFirst(new Span(end - 1, end));
            end--;
        }
        if (end > start) {
            int percent = s.indexOf('%', start);
            if (percent > start && percent < end && Character.isDigit(s.charAt(percent - 1))) {
                out.add(new Span(start, percent));
                out.add(new Span(percent, percent + 1));
                if (percent + 1 < end) out.add(new Span(percent + 1, end));
            } else {
                out.add(new Span(start, end));
            }
        }
        out.addAll(tail);
    }
}
