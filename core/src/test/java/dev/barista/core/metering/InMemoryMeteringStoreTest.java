package dev.barista.core.metering;

class InMemoryMeteringStoreTest extends MeteringStoreContract {

    @Override
    protected MeteringStore newStore() {
        return new InMemoryMeteringStore();
    }
}
