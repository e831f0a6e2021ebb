package nl.regioplan.extractors.nlp;

import nl.regioplan.corpus.table.DataTable;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** The Dutch abbreviations that end in a period without ending a sentence (resource abbreviations-nl.txt). */
public final class Abbreviations {
    private static final String RESOURCE = "abbreviations-nl.txt";
    private final Set<String> forms;

    private Abbreviations(Set<String> forms) {
        this.forms = Set.copyOf(forms);
    }

    /** The project's bundled Dutch list. */
    public static Abbreviations dutch() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            Set<String> forms = new LinkedHashSet<>();
            for (String form : DataTable.words(in, RESOURCE)) {
                forms.add(form);
                // a sentence may open with the abbreviation: "Ca. 15% ..."
                forms.add(Character.toUpperCase(form.charAt(0)) + form.substring(1));
            }
            return new Abbreviations(forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String token) {
        return forms.contains(token);
    }

    public Set<String> forms() {
        return forms;
    }

    /** The list as the abbreviation dictionary OpenNLP's sentence detector and tokenizer factories take. */
    public Dictionary toDictionary() {
        Dictionary dictionary = new Dictionary(true);
        for (String form : forms) dictionary.put(new StringList(form));
        return dictionary;
    }
}
