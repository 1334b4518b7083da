package dev.barista.core.eventsource;

class InMemoryEventSourceMappingStoreTest extends EventSourceMappingStoreContract {

    @Override
    protected EventSourceMappingStore newStore() {
        return new InMemoryEventSourceMappingStore();
    }
}
