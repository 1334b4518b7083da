"""Barista's Python runtime: a Lambda Runtime API client using only the standard library.

Started as `python -u bootstrap.py` with the reserved Lambda environment variables set. It loads the handler named
by _HANDLER ("package/module.function"), reports a failure to do so through /init/error, then serves one event at a
time from /invocation/next. Errors have the shape of AWS's Python runtime: errorMessage, errorType, requestId and
stackTrace.
"""
import decimal
import importlib
import json
import logging
import os
import socket
import sys
import time
import traceback

NEXT_PATH = b"/2018-06-01/runtime/invocation/next"
INVOCATION_PATH = b"/2018-06-01/runtime/invocation/"
INIT_ERROR_PATH = b"/2018-06-01/runtime/init/error"
JSON_CONTENT = b"Content-Type: application/json\r\n"
# Longest response head or chunk-size line read from the Runtime API.
MAX_HEAD = 1 << 20
RECEIVE_SIZE = 1 << 16
# How a response's body is delimited when not by a Content-Length (a length is >= 0).
BODY_NONE, BODY_CHUNKED, BODY_TO_CLOSE = -1, -2, -3
# Most response heads other than events' remembered with their parse (see RuntimeClient.parse_head).
KNOWN_HEADS = 16
# Lambda's LoggingConfig.LogFormat JSON: the logging module's records and the runtime's error lines are JSON.
JSON_LOGS = os.environ.get("AWS_LAMBDA_LOG_FORMAT", "").upper() == "JSON"


class RuntimeApiError(Exception):
    """The Runtime API answered something this client cannot read, or refused to hand out an event."""


class RuntimeClient:
    """One kept-alive HTTP/1.1 connection to the Runtime API (TCP_NODELAY); requests are sequential.

    A minimal client, because http.client costs more CPU per event than the rest of the runtime: each request is
    one sendall (head and body together); the status line and headers are parsed here (names lower-cased); a body
    is read by Content-Length, by chunks (Transfer-Encoding: chunked), or up to the end of the connection when it
    has neither. Responses are parsed from what recv returns (usually the whole answer in one call), without a
    buffered reader. Bytes beyond an answer mean the connection is out of step: it is closed. When the server has
    closed an idle connection, the request is sent once more on a new one.
    """

    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.address = (host[1:-1] if host.startswith("[") else host, int(port))
        self.host_line = b"Host: " + address.encode("ascii") + b"\r\n"
        # The request for the next event never changes.
        self.next_request = self.encode(b"GET", NEXT_PATH)
        self.socket = None
        # Bytes received and not yet parsed.
        self.pending = b""
        # Response heads already parsed, by their bytes (see parse_head).
        self.known_heads = {}

    def connect(self):
        connection = socket.create_connection(self.address)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.socket = connection
        self.pending = b""

    def close(self):
        if self.socket is not None:
            self.socket.close()
            self.socket = None
            self.pending = b""

    def encode(self, method, path, body=b"", headers=b""):
        """One request as bytes: head and body together."""
        if method == b"POST":
            return b"%s %s HTTP/1.1\r\n%s%sContent-Length: %d\r\n\r\n%s" % (
                method, path, self.host_line, headers, len(body), body)
        return b"%s %s HTTP/1.1\r\n%s%s\r\n" % (method, path, self.host_line, headers)

    def request(self, method, path, body=b"", headers=b""):
        """Sends one request and returns (status, headers by lower-case name, body bytes)."""
        return self.exchange(self.encode(method, path, body, headers), None)[0]

    def exchange(self, first, second):
        """Sends one request, or two pipelined in one write (HTTP/1.1: answered in order), and returns the answers.

        A pipelined second request saves the runtime a round trip per event: an answer to an invocation and the
        request for the next one leave together. If the server closes the connection after the first answer, the
        second is sent again on a new connection.
        """
        data = first + second if second else first
        for attempt in (1, 2):
            if self.socket is None:
                self.connect()
            try:
                self.socket.sendall(data)
                received = self.socket.recv(RECEIVE_SIZE)
            except ConnectionError:
                received = b""
            if received:
                try:
                    answer = self.read_response(received, last=second is None)
                    if second is None:
                        return answer, None
                    received, self.pending = self.pending, b""
                    if not received and self.socket is not None:
                        try:
                            received = self.socket.recv(RECEIVE_SIZE)
                        except ConnectionError:
                            received = b""
                    if not received:
                        # Closed after the first answer, before the second: the second goes again, on a new one.
                        self.close()
                        return answer, self.exchange(second, None)[0]
                    return answer, self.read_response(received, last=True)
                except BaseException:
                    self.close()
                    raise
            # The server closed the connection before answering (an idle keep-alive connection): once more.
            self.close()
            if attempt == 2:
                request_line = first.split(b"\r\n", 1)[0]
                raise ConnectionError("the Runtime API closed the connection without answering %s"
                                      % request_line.decode("latin-1"))

    def read_response(self, received, last=True):
        while True:
            end = received.find(b"\r\n\r\n")
            while end < 0:
                if len(received) > MAX_HEAD:
                    raise RuntimeApiError("the Runtime API sent a response head longer than %d bytes" % MAX_HEAD)
                received += self.receive()
                end = received.find(b"\r\n\r\n")
            raw = received[:end]
            head = self.known_heads.get(raw) or self.parse_head(raw)
            received = received[end + 4:]
            if head[0] >= 200 or head[0] < 100:
                break
            # An interim answer (100 Continue): the real one follows.
            if not received:
                received = self.receive()
        status, headers, keep_alive, length = head
        self.pending = received
        if length == BODY_NONE:
            body = b""
        elif length == BODY_CHUNKED:
            body = self.read_chunks()
        elif length == BODY_TO_CLOSE:
            chunks = [self.pending]
            while True:
                more = self.socket.recv(RECEIVE_SIZE)
                if not more:
                    break
                chunks.append(more)
            body = b"".join(chunks)
            self.pending = b""
            keep_alive = False
        else:
            body = self.read_exactly(length)
        if not keep_alive or (self.pending and last):
            # Closed by the server, or bytes beyond the last answer expected: the connection is out of step.
            self.close()
        return status, headers, body

    def parse_head(self, raw):
        """(status, headers by lower-case name, keep-alive, body length or BODY_*) of a response head.

        Events have heads of their own (request id, deadline), but the acknowledgement of each answer is usually
        the same bytes every time: heads other than 200's are remembered (a few), which saves parsing them again.
        The headers dictionary may thus be shared: it is read, never changed.
        """
        lines = raw.decode("latin-1").split("\r\n")
        parts = lines[0].split(None, 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
            raise RuntimeApiError("malformed status line from the Runtime API: %r" % lines[0][:200])
        status = int(parts[1])
        headers = {}
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon:
                raise RuntimeApiError("malformed header line from the Runtime API: %r" % line[:200])
            name = name.strip().lower()
            value = value.strip()
            headers[name] = headers[name] + ", " + value if name in headers else value
        keep_alive = parts[0] != "HTTP/1.0"
        connection = headers.get("connection")
        if connection:
            tokens = connection.lower()
            if "close" in tokens:
                keep_alive = False
            elif "keep-alive" in tokens:
                keep_alive = True
        if 100 <= status < 200:
            length = BODY_NONE  # interim: no body, and its framing headers (if any) are not checked
        elif status == 204 or status == 304:
            length = BODY_NONE
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            length = BODY_CHUNKED
        elif "content-length" in headers:
            length = headers["content-length"]
            if not length.isdigit():
                raise RuntimeApiError("malformed Content-Length from the Runtime API: %r" % length)
            length = int(length)
        else:
            length = BODY_TO_CLOSE
        head = (status, headers, keep_alive, length)
        if status != 200:
            if len(self.known_heads) >= KNOWN_HEADS:
                self.known_heads.clear()
            self.known_heads[raw] = head
        return head

    def receive(self):
        data = self.socket.recv(RECEIVE_SIZE)
        if not data:
            raise RuntimeApiError("the Runtime API closed the connection in the middle of an answer")
        return data

    def read_exactly(self, length):
        pending = self.pending
        if len(pending) >= length:
            self.pending = pending[length:]
            return pending[:length]
        chunks = [pending]
        have = len(pending)
        while have < length:
            more = self.receive()
            chunks.append(more)
            have += len(more)
        data = b"".join(chunks)
        self.pending = data[length:]
        return data[:length]

    def read_line(self):
        end = self.pending.find(b"\r\n")
        while end < 0:
            if len(self.pending) > MAX_HEAD:
                raise RuntimeApiError("the Runtime API sent a line longer than %d bytes" % MAX_HEAD)
            self.pending += self.receive()
            end = self.pending.find(b"\r\n")
        line = self.pending[:end]
        self.pending = self.pending[end + 2:]
        return line

    def read_chunks(self):
        chunks = []
        while True:
            line = self.read_line()
            size = line.split(b";", 1)[0].strip()
            try:
                length = int(size, 16)
            except ValueError:
                raise RuntimeApiError("malformed chunk size from the Runtime API: %r" % line[:200]) from None
            if length == 0:
                break
            chunks.append(self.read_exactly(length))
            if self.read_line():
                raise RuntimeApiError("a chunk from the Runtime API is longer than its size")
        while self.read_line():
            pass  # trailer fields, ignored, up to the empty line
        return b"".join(chunks)

    def next_event(self):
        return self.checked_event(self.exchange(self.next_request, None)[0])

    @staticmethod
    def checked_event(answer):
        status, headers, body = answer
        if status != 200:
            raise RuntimeApiError("the Runtime API answered %d to the next invocation: %s"
                                  % (status, body.decode("utf-8", "replace")))
        return headers, body

    def respond_then_next(self, request_id, payload):
        """Answers an invocation and asks for the next one in one write; returns the next event."""
        answer = self.encode(b"POST", INVOCATION_PATH + request_id.encode("latin-1") + b"/response", payload,
                             JSON_CONTENT)
        return self.checked_event(self.exchange(answer, self.next_request)[1])

    def fail_then_next(self, request_id, error):
        """Reports an invocation's error and asks for the next one in one write; returns the next event."""
        answer = self.encode(b"POST", INVOCATION_PATH + request_id.encode("latin-1") + b"/error", to_bytes(error),
                             JSON_CONTENT + error_type_header(error))
        return self.checked_event(self.exchange(answer, self.next_request)[1])

    def fail_init(self, error):
        self.request(b"POST", INIT_ERROR_PATH, to_bytes(error), JSON_CONTENT + error_type_header(error))


def error_type_header(error):
    # Header values cannot hold line breaks; a non-ASCII class name goes out as UTF-8, as libcurl would send it.
    value = error["errorType"].replace("\r", " ").replace("\n", " ")
    return b"Lambda-Runtime-Function-Error-Type: " + value.encode("utf-8") + b"\r\n"


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

    # The environment's own values, read once at start (see read_function_settings).
    function_settings = (None, None, None, None, None)

    def __init__(self, request_id, deadline_ms, invoked_function_arn, client_context, cognito_identity):
        self.aws_request_id = request_id
        self.invoked_function_arn = invoked_function_arn
        (self.function_name, self.function_version, self.memory_limit_in_mb, self.log_group_name,
         self.log_stream_name) = LambdaContext.function_settings
        # Both headers are usually absent: no JSON to read then.
        self.identity = CognitoIdentity((cognito_identity and parse_json_header(cognito_identity)) or {})
        client_document = client_context and parse_json_header(client_context)
        self.client_context = ClientContext(client_document) if client_document else None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))

    @staticmethod
    def read_function_settings():
        environment = os.environ
        LambdaContext.function_settings = (
            environment.get("AWS_LAMBDA_FUNCTION_NAME"), environment.get("AWS_LAMBDA_FUNCTION_VERSION"),
            environment.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), environment.get("AWS_LAMBDA_LOG_GROUP_NAME"),
            environment.get("AWS_LAMBDA_LOG_STREAM_NAME"))

    def __repr__(self):
        return "LambdaContext([aws_request_id=%s,function_name=%s,function_version=%s])" % (
            self.aws_request_id, self.function_name, self.function_version)


class RequestIdFilter(logging.Filter):
    request_id = None

    def filter(self, record):
        record.aws_request_id = RequestIdFilter.request_id
        return True


def install_logging():
    """The root logger writes like AWS's: in Text format [LEVEL]<TAB>timestamp<TAB>request id<TAB>message, in JSON
    format (AWS_LAMBDA_LOG_FORMAT=JSON) one JsonFormatter object per record.

    AWS_LAMBDA_LOG_LEVEL, when set (Lambda sets it with JSON only), is the root logger's level, as AWS's client sets
    it. Both are read once here: the formatter chosen now costs nothing per event.
    """
    handler = logging.StreamHandler(sys.stdout)
    if JSON_LOGS:
        handler.setFormatter(JsonFormatter())
    else:
        formatter = logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S")
        formatter.converter = time.gmtime
        handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    level = application_log_level(os.environ.get("AWS_LAMBDA_LOG_LEVEL"))
    if level is not None:
        root.setLevel(level)
    root.addHandler(handler)


def application_log_level(name):
    """The logging level AWS_LAMBDA_LOG_LEVEL names, or None; Lambda's TRACE is DEBUG, Python having no TRACE."""
    if not name:
        return None
    name = name.upper()
    if name == "TRACE":
        name = "DEBUG"
    level = logging.getLevelName(name)
    return level if isinstance(level, int) else None


# Attributes of every LogRecord (and the ones this runtime adds) that are not a record's own extra fields: a JSON
# record carries every other attribute (logging's extra=...) as a field, as AWS's does.
RECORD_ATTRIBUTES = frozenset((
    "name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module", "exc_info", "exc_text",
    "stack_info", "lineno", "funcName", "created", "msecs", "relativeCreated", "thread", "threadName",
    "processName", "process", "aws_request_id", "tenant_id", "_frame_type"))
# AWS's JSON log records keep non-ASCII characters as they are.
LOG_ENCODER = json.JSONEncoder(ensure_ascii=False)


class JsonFormatter(logging.Formatter):
    """A record as AWS's Python runtime writes it in JSON format: timestamp (UTC, milliseconds), level (the level
    rounded down to logging's named levels), message, logger, for an exception stackTrace, errorType, errorMessage
    and location, requestId, then the record's extra fields; fields whose value is None are left out.
    """

    def format(self, record):
        level = min(50, max(0, record.levelno)) // 10 * 10
        document = {
            "timestamp": "%s.%03dZ" % (time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
                                       int(record.msecs)),
            "level": logging.getLevelName(level),
            "message": record.getMessage(),
            "logger": record.name,
        }
        exc_info = record.exc_info
        if exc_info and exc_info[0] is not None:
            document["stackTrace"] = traceback.format_tb(exc_info[2])
            document["errorType"] = exc_info[0].__name__
            document["errorMessage"] = str(exc_info[1])
        # Before the first event the request id is empty, as AWS's.
        document["requestId"] = getattr(record, "aws_request_id", None) or ""
        if exc_info and exc_info[0] is not None:
            document["location"] = "%s:%s:%d" % (record.pathname, record.funcName, record.lineno)
        for key, value in record.__dict__.items():
            if value is not None and key not in RECORD_ATTRIBUTES and key not in document:
                document[key] = value
        return LOG_ENCODER.encode(document)


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


# What json.dumps(result, default=decimal_serializer, ensure_ascii=...) would build for every result, built once.
# Python 3.12 and later runtimes no longer escape non-ASCII characters.
RESULT_ENCODER = json.JSONEncoder(default=decimal_serializer, ensure_ascii=sys.version_info < (3, 12))


# What json.loads(event) decodes with (json.loads' own default decoder is this), and its scanner.
EVENT_DECODER = json.JSONDecoder()
SCAN_EVENT = EVENT_DECODER.scan_once


def deserialize(body):
    """json.loads(body), without its guess of the encoding when the guess can only be UTF-8, and without its
    whitespace steps when there is no whitespace around the value.

    json.loads(bytes) guesses UTF-8, -16 or -32 from a byte order mark or zero bytes among the first four; a body
    that starts with "{" and has no zero byte second can only be UTF-8 by that guess. Events are objects. The
    decoder's scanner reads the object; when it does not end the text (whitespace or more after it) or finds no
    value, the decoder itself decodes the text, with its own error for what is wrong.
    """
    if body[:1] == b"{" and body[1:2] != b"\0":
        text = body.decode("utf-8", "surrogatepass")
        try:
            event, end = SCAN_EVENT(text, 0)
        except StopIteration:
            return EVENT_DECODER.decode(text)
        return event if end == len(text) else EVENT_DECODER.decode(text)
    return json.loads(body)


class ResultSerializer:
    """RESULT_ENCODER.encode(result) as UTF-8, with the C encoder that encode builds for every call built once.

    JSONEncoder.encode makes a new C encoder per call (with a new dictionary of the containers being encoded, which
    detects circular references); this one is kept, and made again after a failure, which can leave containers in
    that dictionary (holding the failed result alive). Where the json module has no C encoder, or builds one that
    encodes a sample differently, encode itself is used.
    """

    def __init__(self, encoder):
        self.encoder = encoder
        self.make = getattr(json.encoder, "c_make_encoder", None)
        self.encode_once = self.built()
        sample = [{"a": 1.5, "b": ["c", None, True, float("nan")]}, "\u00e9", decimal.Decimal("2.5")]
        try:
            same = self.serialize(sample) == self.encoder.encode(sample).encode("utf-8")
        except Exception:
            same = False
        if not same:
            self.encode_once = None

    def built(self):
        encoder = self.encoder
        if self.make is None or encoder.indent is not None or not encoder.check_circular:
            return None
        strings = json.encoder.encode_basestring_ascii if encoder.ensure_ascii else json.encoder.encode_basestring
        return self.make({}, encoder.default, strings, None, encoder.key_separator, encoder.item_separator,
                         encoder.sort_keys, encoder.skipkeys, encoder.allow_nan)

    def serialize(self, result):
        encode_once = self.encode_once
        if encode_once is None:
            return self.encoder.encode(result).encode("utf-8")
        try:
            return "".join(encode_once(result, 0)).encode("utf-8")
        except BaseException:
            self.encode_once = self.built()
            raise


serialize = ResultSerializer(RESULT_ENCODER).serialize


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
    """One log line per error, as on Lambda. Text: the traceback's newlines become carriage returns. JSON: the error
    document with a timestamp (UTC, seconds) and level ERROR in front, as AWS's Python runtime writes it.
    """
    if JSON_LOGS:
        line = RESULT_ENCODER.encode(dict(
            timestamp=time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()), level="ERROR", **document))
        sys.stdout.write(line + "\n")
        return
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


def handle(client, function, headers, body):
    """Runs one invocation, answers it and returns the next event (the answer and the next request go together)."""
    request_id = headers.get("lambda-runtime-aws-request-id")
    TRACE_ID.set(headers.get("lambda-runtime-trace-id"))
    RequestIdFilter.request_id = request_id
    context = LambdaContext(request_id, int(headers.get("lambda-runtime-deadline-ms", "0")),
                            headers.get("lambda-runtime-invoked-function-arn"),
                            headers.get("lambda-runtime-client-context"),
                            headers.get("lambda-runtime-cognito-identity"))
    try:
        try:
            event = deserialize(body) if body else None
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
        return client.fail_then_next(request_id, document)
    flush_output()
    return client.respond_then_next(request_id, payload)


class TraceIdVariable:
    """_X_AMZN_TRACE_ID holds the event's trace id, or is absent when it has none, for the function's Python code
    (os.environ) and for the processes it starts (the C library's environment).

    Not through os.environ's setter: it calls the C library's setenv, which keeps a copy of every value it was ever
    given (glibc never frees them, in case a caller still holds one), so a new trace id per event grows the process
    by about 140 bytes per event (140 MB after a million) and makes each later setenv search a larger tree. Instead
    the variable's environment entry is a buffer of this runtime, handed to putenv (which keeps the pointer and
    copies nothing) and rewritten in place for each event; os.environ's own mapping is given the same value. When
    the function has set or removed the variable itself (os.environ's setter or del replaced the entry), the buffer
    is put back. A trace id longer than the buffer, or a Python without ctypes, takes os.environ's setter.
    """

    NAME = "_X_AMZN_TRACE_ID"
    KEY = NAME.encode("ascii")
    PREFIX = KEY + b"="
    CAPACITY = 1024
    # os.environ's encoding of values on POSIX.
    ENCODING = sys.getfilesystemencoding()

    def __init__(self):
        self.values = getattr(os.environ, "_data", None)
        try:
            import ctypes
            self.putenv = ctypes.CDLL(None).putenv
            self.buffer = ctypes.create_string_buffer(len(self.PREFIX) + self.CAPACITY + 1)
        except (ImportError, OSError, AttributeError):
            self.putenv = None
        # The value object this runtime last gave os.environ's mapping, while the buffer is the entry.
        self.stored = None

    def set(self, trace_id):
        if not trace_id:
            self.stored = None
            os.environ.pop(self.NAME, None)
            return
        encoded = trace_id.encode(self.ENCODING, "surrogateescape")
        values = self.values
        if self.putenv is None or values is None or len(encoded) > self.CAPACITY or b"\0" in encoded:
            self.stored = None
            os.environ[self.NAME] = trace_id
            return
        self.buffer.value = self.PREFIX + encoded
        if self.stored is None or values.get(self.KEY) is not self.stored:
            self.putenv(self.buffer)
        values[self.KEY] = self.stored = encoded


TRACE_ID = TraceIdVariable()


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
    LambdaContext.read_function_settings()
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
    headers, body = client.next_event()
    while True:
        headers, body = handle(client, function, headers, body)


if __name__ == "__main__":
    main()
