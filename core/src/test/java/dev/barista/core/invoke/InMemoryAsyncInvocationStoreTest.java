package dev.barista.core.invoke;

class InMemoryAsyncInvocationStoreTest extends AsyncInvocationStoreContract {

    @Override
    protected AsyncInvocationStore newStore() {
        return new InMemoryAsyncInvocationStore();
    }
}
