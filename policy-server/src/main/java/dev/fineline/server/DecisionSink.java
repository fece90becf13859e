package dev.fineline.server;

import dev.fineline.format.DecisionLog;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server's decision log lines go: the SLF4J logger {@value DecisionLog#LOGGER} always, and a
 * writer (a file, standard output) when one is given. Lines to the writer are flushed one by one, so a
 * crash loses no decision that was answered.
 */
final class DecisionSink implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.LOGGER);

    private final Writer writer;
    private final boolean closeWriter;

    DecisionSink(Writer writer, boolean closeWriter) {
        this.writer = writer;
        this.closeWriter = closeWriter;
    }

    void write(String line) {
        LOG.info(line);
        if (writer != null) {
            synchronized (this) {
                try {
                    writer.write(line);
                    writer.write('\n');
                    writer.flush();
                } catch (IOException e) {
                    LoggerFactory.getLogger(DecisionSink.class).warn("cannot write the decision log: {}", e.toString());
                }
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.flush();
            if (closeWriter) {
                writer.close();
            }
        }
    }
}
