package nl.regioplan.pipeline.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.regioplan.pipeline.store.DataStore;

import java.io.UncheckedIOException;
import java.util.function.Function;

/** The queue's messages (jobs, dead letters): one line of JSON each, in the data folder's JSON dialect. */
final class MessageJson {
    private static final ObjectWriter ONE_LINE = DataStore.json().writer().without(SerializationFeature.INDENT_OUTPUT);

    private MessageJson() {
    }

    static String write(Object message) {
        try {
            return ONE_LINE.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param unreadable what to say when the text is no such message */
    static <T> T read(String json, Class<T> type, Function<JsonProcessingException, String> unreadable) {
        try {
            return DataStore.json().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(unreadable.apply(e), e);
        }
    }
}
