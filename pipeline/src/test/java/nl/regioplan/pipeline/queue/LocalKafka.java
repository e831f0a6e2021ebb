package nl.regioplan.pipeline.queue;

import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real KRaft Kafka broker (one combined broker and controller node, Kafka's own test kit) in this JVM, on a
 * loopback port: what the queue tests publish to and workers consume from. One per test class: it starts in a
 * few seconds.
 */
public final class LocalKafka implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    private LocalKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static LocalKafka start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "4")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                // a group's first member starts at once instead of waiting 3 s for others to join
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return new LocalKafka(cluster);
    }

    /** A broker for trying the queue commands by hand and for {@code bench ingest --queue}: prints its address. */
    public static void main(String[] args) throws Exception {
        try (LocalKafka kafka = start()) {
            System.out.println(kafka.queue());
            Thread.currentThread().join();
        }
    }

    public String queue() {
        return "kafka://" + cluster.bootstrapServers();
    }

    /** Every message on the topic now, read from the start by a consumer of its own. */
    public List<ConsumerRecord<String, String>> messages(String topic, int atLeast, Duration wait) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long end = System.nanoTime() + wait.toNanos();
            // a short last poll after the wanted count: a duplicate that came too would show
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                if (records.size() >= atLeast) {
                    consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
                    break;
                }
            }
            return records;
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
