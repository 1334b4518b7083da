package dev.barista.aws.protocol.restjson;

import dev.barista.aws.protocol.ErrorTable;
import java.util.List;

/**
 * A service that speaks restJson (Lambda): its routes and its error table, nothing else. The service owns every
 * request whose first path segment starts one of its templates ({@code 2015-03-31}, {@code 2016-08-19}, ...), so
 * that a path it does not know is answered in its envelope.
 */
public interface RestJsonService extends ErrorTable {

    /** The service's name in messages and logs, such as {@code Lambda}. */
    String name();

    /** Every operation of the service's API, implemented or not. */
    List<RestJsonRoute> routes();
}
