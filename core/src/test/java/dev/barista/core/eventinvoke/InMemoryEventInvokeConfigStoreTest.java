package dev.barista.core.eventinvoke;

import dev.barista.core.function.InMemoryFunctionStore;

class InMemoryEventInvokeConfigStoreTest extends EventInvokeConfigStoreContract {

    @Override
    protected Stores newStores() {
        InMemoryFunctionStore functions = new InMemoryFunctionStore();
        return new Stores(functions, new InMemoryEventInvokeConfigStore(functions));
    }
}
