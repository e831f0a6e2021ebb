package nl.regioplan.pipeline.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the queue's brokers are, as the command line names them: {@code kafka://HOST:PORT}, several brokers
 * separated by commas ({@code kafka://k1:9092,k2:9092}); a client needs only one of them to find the rest.
 */
public record KafkaAddress(List<String> brokers) {
    private static final Pattern BROKER = Pattern.compile("[A-Za-z0-9.\\-]+:\\d{1,5}|\\[[0-9A-Fa-f:]+]:\\d{1,5}");

    public KafkaAddress {
        brokers = List.copyOf(brokers);
    }

    public static KafkaAddress parse(String uri) {
        String prefix = "kafka://";
        if (uri == null || !uri.toLowerCase().startsWith(prefix)) {
            throw new IllegalArgumentException("--queue takes kafka://HOST:PORT (brokers separated by commas), not '"
                    + uri + "'");
        }
        String rest = uri.substring(prefix.length());
        if (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        List<String> brokers = new ArrayList<>();
        for (String part : rest.split(",")) {
            String broker = part.strip();
            if (!BROKER.matcher(broker).matches()) {
                throw new IllegalArgumentException("'" + broker + "' in --queue " + uri + " is not HOST:PORT");
            }
            brokers.add(broker);
        }
        return new KafkaAddress(brokers);
    }

    /** The bootstrap.servers value of a Kafka client (and the brokers option of Camel's kafka endpoint). */
    public String bootstrapServers() {
        return String.join(",", brokers);
    }

    @Override
    public String toString() {
        return "kafka://" + bootstrapServers();
    }
}
