"""Barista's Python runtime: a Lambda Runtime API client using only the standard library.

Started as `python -u bootstrap.py` with the reserved Lambda environment variables set. It loads the handler named
by _HANDLER ("package/module.function"), reports a failure to do so through /init/error, then serves one event at a
time from /invocation/next. Errors have the shape of AWS's Python runtime: errorMessage, errorType, requestId and
stackTrace.
"""
import decimal
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback

API_PREFIX = "/2018-06-01/runtime"
ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"


class RuntimeClient:
    """One keep-alive connection to the Runtime API; requests are sequential."""

    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.host = host
        self.port = int(port)
        self.connection = http.client.HTTPConnection(self.host, self.port)

    def request(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            try:
                self.connection.request(method, API_PREFIX + path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                return response, response.read()
            except (http.client.HTTPException, ConnectionError):
                # The server closed an idle keep-alive connection: open a new one, once.
                self.connection.close()
                self.connection = http.client.HTTPConnection(self.host, self.port)
                if attempt == 2:
                    raise

    def next_event(self):
        return self.request("GET", "/invocation/next")

    def respond(self, request_id, payload):
        self.request("POST", "/invocation/%s/response" % request_id, payload,
                     {"Content-Type": "application/json"})

    def fail(self, request_id, error):
        self.request("POST", "/invocation/%s/error" % request_id, to_bytes(error),
                     {"Content-Type": "application/json", ERROR_TYPE_HEADER: error["errorType"]})

    def fail_init(self, error):
        self.request("POST", "/init/error", to_bytes(error),
                     {"Content-Type": "application/json", ERROR_TYPE_HEADER: error["errorType"]})


class FaultError(Exception):
    """A failure the runtime itself names, such as Runtime.ImportModuleError."""

    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace or []


class CognitoIdentity:
    def __init__(self, document):
        self.cognito_identity_id = document.get("cognitoIdentityId")
        self.cognito_identity_pool_id = document.get("cognitoIdentityPoolId")


class Client:
    def __init__(self, document):
        self.installation_id = document.get("installation_id")
        self.app_title = document.get("app_title")
        self.app_version_name = document.get("app_version_name")
        self.app_version_code = document.get("app_version_code")
        self.app_package_name = document.get("app_package_name")


class ClientContext:
    def __init__(self, document):
        self.client = Client(document["client"]) if document.get("client") else None
        self.custom = document.get("custom")
        self.env = document.get("env")


class LambdaContext:
    """The context object, with the attributes and method AWS's Python runtime provides."""

    def __init__(self, request_id, deadline_ms, invoked_function_arn, client_context, cognito_identity):
        self.aws_request_id = request_id
        self.invoked_function_arn = invoked_function_arn
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.identity = CognitoIdentity(parse_json_header(cognito_identity) or {})
        client_document = parse_json_header(client_context)
        self.client_context = ClientContext(client_document) if client_document else None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))

    def __repr__(self):
        return "LambdaContext([aws_request_id=%s,function_name=%s,function_version=%s])" % (
            self.aws_request_id, self.function_name, self.function_version)


class RequestIdFilter(logging.Filter):
    request_id = None

    def filter(self, record):
        record.aws_request_id = RequestIdFilter.request_id
        return True


def install_logging():
    """The root logger writes like AWS's: [LEVEL]<TAB>timestamp<TAB>request id<TAB>message."""
    handler = logging.StreamHandler(sys.stdout)
    formatter = logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    logging.getLogger().addHandler(handler)


def parse_json_header(value):
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def to_bytes(document):
    return json.dumps(document).encode("utf-8")


def decimal_serializer(value):
    if isinstance(value, decimal.Decimal):
        return float(value)
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)


def serialize(result):
    # Python 3.12 and later runtimes no longer escape non-ASCII characters.
    return json.dumps(result, default=decimal_serializer,
                      ensure_ascii=sys.version_info < (3, 12)).encode("utf-8")


def user_frames(tb):
    """The traceback without the bootstrap's own leading frames, formatted like AWS's stackTrace."""
    frames = traceback.extract_tb(tb)
    while frames and frames[0].filename == __file__:
        frames = frames[1:]
    return traceback.format_list(frames)


def error_document(error, request_id=""):
    if isinstance(error, FaultError):
        return {"errorMessage": error.message, "errorType": error.error_type, "requestId": request_id,
                "stackTrace": error.trace}
    return {"errorMessage": str(error), "errorType": type(error).__name__, "requestId": request_id,
            "stackTrace": user_frames(error.__traceback__)}


def log_error(document):
    """One log line per error, as on Lambda: the traceback's newlines become carriage returns."""
    lines = ["[ERROR] %s: %s" % (document["errorType"], document["errorMessage"])]
    if document.get("stackTrace"):
        lines.append("Traceback (most recent call last):")
        for element in document["stackTrace"]:
            lines.extend(element.splitlines())
    sys.stdout.write("\r".join(lines) + "\n")


def load_handler(handler):
    try:
        module_path, function_name = handler.rsplit(".", 1)
    except ValueError as error:
        raise FaultError("Runtime.MalformedHandlerName", "Bad handler '%s': %s" % (handler, error))
    module_name = module_path.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise FaultError("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, error))
    except SyntaxError as error:
        raise FaultError("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, error),
                         user_frames(error.__traceback__))
    function = getattr(module, function_name, None)
    if function is None:
        raise FaultError("Runtime.HandlerNotFound",
                         "Handler '%s' missing on module '%s'" % (function_name, module_name))
    return function


def handle(client, function, response, body):
    request_id = response.getheader("Lambda-Runtime-Aws-Request-Id")
    trace_id = response.getheader("Lambda-Runtime-Trace-Id")
    if trace_id:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    RequestIdFilter.request_id = request_id
    context = LambdaContext(request_id, int(response.getheader("Lambda-Runtime-Deadline-Ms", "0")),
                            response.getheader("Lambda-Runtime-Invoked-Function-Arn"),
                            response.getheader("Lambda-Runtime-Client-Context"),
                            response.getheader("Lambda-Runtime-Cognito-Identity"))
    try:
        try:
            event = json.loads(body) if body else None
        except ValueError as error:
            raise FaultError("Runtime.UnmarshalError", "Unable to unmarshal input: %s" % error)
        result = function(event, context)
        try:
            payload = serialize(result)
        except (TypeError, ValueError) as error:
            raise FaultError("Runtime.MarshalError", "Unable to marshal response: %s" % error)
    except Exception as error:
        document = error_document(error, request_id)
        log_error(document)
        flush_output()
        client.fail(request_id, document)
    else:
        flush_output()
        client.respond(request_id, payload)


def gather_lines():
    """One write per line instead of one per print() argument: the text layer keeps a line until its newline."""
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(write_through=False, line_buffering=True)


def flush_output():
    """What the invocation wrote without a newline reaches its log before the invocation ends."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def main():
    task_root = os.environ["LAMBDA_TASK_ROOT"]
    # sys.path[0] is this file's directory: the function's code takes its place, as on Lambda.
    sys.path[0] = task_root
    client = RuntimeClient(os.environ["AWS_LAMBDA_RUNTIME_API"])
    gather_lines()
    install_logging()
    try:
        function = load_handler(os.environ["_HANDLER"])
    except Exception as error:
        document = error_document(error)
        log_error(document)
        flush_output()
        client.fail_init(document)
        sys.exit(1)
    while True:
        response, body = client.next_event()
        handle(client, function, response, body)


if __name__ == "__main__":
    main()
