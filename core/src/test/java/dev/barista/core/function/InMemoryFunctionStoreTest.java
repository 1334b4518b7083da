package dev.barista.core.function;

class InMemoryFunctionStoreTest extends FunctionStoreContract {

    @Override
    protected FunctionStore newStore() {
        return new InMemoryFunctionStore();
    }
}
