package dev.barista.core.function;

import org.junit.jupiter.api.BeforeEach;

/**
 * The one contract every {@link FunctionStore} keeps. A store implementation's test extends this class and makes a
 * fresh, empty store for each test; the tests themselves live in the part interfaces, one per concern.
 */
public abstract class FunctionStoreContract implements FunctionLifecycleContract, FunctionVersionContract,
        FunctionListingContract, AliasContract, FunctionSettingsContract, FunctionStoreConcurrencyContract {

    private FunctionStore store;

    /** A new, empty store. Called before each test; the subclass closes what it opened after each test. */
    protected abstract FunctionStore newStore();

    @BeforeEach
    final void openStore() {
        store = newStore();
    }

    @Override
    public final FunctionStore store() {
        return store;
    }
}
