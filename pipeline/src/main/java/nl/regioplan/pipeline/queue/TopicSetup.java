package nl.regioplan.pipeline.queue;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the job and dead-letter topics when they are missing, with enough partitions for many workers: a
 * broker's auto-created topic has one partition, and one partition feeds one worker of a group at a time.
 */
final class TopicSetup {
    /** Workers of a group beyond the partition count stand idle: 12 lets 12 workers share one topic. */
    static final int DEFAULT_PARTITIONS = 12;

    private TopicSetup() {
    }

    static void ensure(KafkaAddress queue, JobTopics topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, queue.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
            // three copies where there are three brokers: a job survives the loss of a broker
            short replicas = (short) Math.min(3, Math.max(1, brokers));
            List<NewTopic> missing = new ArrayList<>();
            if (!existing.contains(topics.jobs())) missing.add(new NewTopic(topics.jobs(), partitions, replicas));
            if (!existing.contains(topics.deadLetter())) missing.add(new NewTopic(topics.deadLetter(), 1, replicas));
            if (missing.isEmpty()) return;
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the topics on " + queue);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot reach the queue " + queue + " to set up topic " + topics.jobs()
                    + ": " + cause.getMessage(), cause);
        }
    }
}
