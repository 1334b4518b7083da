package dev.barista.core.function;

/** A group of {@link FunctionStoreContract} tests, run against the store the contract made for the test. */
interface FunctionStoreContractPart {

    /** A store that is empty when the test starts. */
    FunctionStore store();
}
