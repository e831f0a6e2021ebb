package nl.regioplan.corpus.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints how long {@link SampleCorpus#write} takes: the first (cold) run and the median of five warm runs.
 * Run: {@code java -cp corpus/target/classes:corpus/target/test-classes:<deps> nl.regioplan.corpus.sample.SampleCorpusBenchmark}
 */
public final class SampleCorpusBenchmark {
    private SampleCorpusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("sample-corpus");
        long cold = time(dir);
        long[] warm = new long[5];
        for (int i = 0; i < warm.length; i++) warm[i] = time(dir);
        Arrays.sort(warm);
        int pages = SampleCorpus.write(dir).stream().mapToInt(t -> t.pages().size()).sum();
        System.out.printf("SampleCorpus.write: %d PDF pages, cold %d ms, warm median %d ms (%s)%n",
                pages, cold, warm[warm.length / 2], dir);
    }

    private static long time(Path dir) throws Exception {
        long start = System.nanoTime();
        SampleCorpus.write(dir);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
