package dev.barista.core.logs;

class InMemoryLogStoreTest extends LogStoreContract {
    @Override
    protected LogStore newStore() {
        return new InMemoryLogStore();
    }
}
