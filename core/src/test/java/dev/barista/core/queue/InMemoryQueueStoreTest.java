package dev.barista.core.queue;

class InMemoryQueueStoreTest extends QueueStoreContract {
    private InMemoryQueueStore store;

    @Override
    protected QueueStore newStore() {
        store = new InMemoryQueueStore();
        return store;
    }

    @Override
    protected QueueStore reopened() {
        return store;
    }
}
