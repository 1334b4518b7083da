package dev.barista.core.metrics;

class InMemoryMetricStoreTest extends MetricStoreContract {

    @Override
    protected MetricStore newStore() {
        return new InMemoryMetricStore();
    }
}
