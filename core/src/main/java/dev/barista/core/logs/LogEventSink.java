package dev.barista.core.logs;

/**
 * Where function log events go (SPI): the CloudWatch Logs store. Thread-safe; events of one stream arrive in order.
 */
@FunctionalInterface
public interface LogEventSink {
    void append(LogEvent event);
}
