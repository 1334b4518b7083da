package dev.barista.aws.protocol.rpcv2cbor;

import dev.barista.aws.protocol.ErrorTable;
import java.util.Map;

/**
 * A service that speaks Smithy RPC v2 CBOR: {@code POST /service/<serviceName>/operation/<operation>} with CBOR
 * bodies. Adding a service is implementing this: its name, the namespace of its error shapes, its operations and
 * its error table. A service that also implements {@link dev.barista.aws.protocol.QueryCompatible} answers errors
 * the query-compatible way.
 */
public interface RpcV2CborService extends ErrorTable {

    /** The service's name in messages and logs. */
    String name();

    /** The service shape's name in the model, the path segment after {@code /service/}. */
    String serviceName();

    /** The namespace of the model's shapes, such as {@code com.amazonaws.cloudwatch}. */
    String shapeNamespace();

    /** Operation name to operation. */
    Map<String, RpcV2CborOperation<?>> operations();
}
