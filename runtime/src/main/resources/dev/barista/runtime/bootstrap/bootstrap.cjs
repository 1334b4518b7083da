'use strict';
/*
 * Barista's Node.js runtime: a Lambda Runtime API client on one kept-alive socket (node's net module).
 *
 * Loads the handler named by _HANDLER ("dir/file.export.nested", file resolved as .js, .mjs or .cjs), reports a
 * failure to do so through /init/error, then serves one event at a time. Handlers may return a promise (async) or
 * take a callback as third argument. Errors have the shape of AWS's Node.js runtime: errorType, errorMessage, trace.
 * The answer to an invocation and the request for the next event leave together (HTTP/1.1 pipelining).
 */
const fs = require('fs');
const net = require('net');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

const NEXT_PATH = '/2018-06-01/runtime/invocation/next';
const INVOCATION_PATH = '/2018-06-01/runtime/invocation/';
const INIT_ERROR_PATH = '/2018-06-01/runtime/init/error';
const JSON_CONTENT = 'Content-Type: application/json\r\n';
/** Longest response head (status line and headers), or chunk-size line, read from the Runtime API. */
const MAX_HEAD = 1 << 20;
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

class RuntimeApiError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RuntimeApiError';
  }
}

/**
 * An HTTP/1.1 response read incrementally from a byte stream: feed() takes what arrives and returns true once the
 * response is complete. The body is read by Content-Length, by chunks (Transfer-Encoding: chunked), or up to the
 * end of the connection when it has neither (end() completes it); interim 1xx answers are skipped.
 */
class ResponseParser {
  constructor() {
    this.buffered = null;
    this.state = 'head';
    this.status = 0;
    this.headers = null;
    this.keepAlive = true;
    this.bodyChunks = [];
    this.remaining = 0;
    this.received = false;
  }

  /** Takes bytes that arrived; true when the response is complete. Throws RuntimeApiError on a malformed one. */
  feed(chunk) {
    this.received = true;
    this.buffered = this.buffered === null || this.buffered.length === 0 ? chunk
      : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      switch (this.state) {
        case 'head':
          if (!this.readHead()) {
            return false;
          }
          break;
        case 'length':
          this.takeBody();
          if (this.remaining > 0) {
            return false;
          }
          this.state = 'done';
          break;
        case 'chunk-size':
          if (!this.readChunkSize()) {
            return false;
          }
          break;
        case 'chunk-data':
          this.takeBody();
          if (this.remaining > 0) {
            return false;
          }
          this.state = 'chunk-end';
          break;
        case 'chunk-end': {
          const line = this.line();
          if (line === null) {
            return false;
          }
          if (line.length !== 0) {
            throw new RuntimeApiError('a chunk from the Runtime API is longer than its size');
          }
          this.state = 'chunk-size';
          break;
        }
        case 'trailer': {
          const line = this.line();
          if (line === null) {
            return false;
          }
          if (line.length === 0) {
            this.state = 'done';
          }
          break;
        }
        case 'until-close':
          this.bodyChunks.push(this.buffered);
          this.buffered = null;
          return false;
        case 'done':
          return true;
        default:
          throw new RuntimeApiError(`parser in state ${this.state}`);
      }
    }
  }

  /** Whether bytes beyond the complete response arrived: the connection cannot be trusted for another. */
  hasExcess() {
    return this.buffered !== null && this.buffered.length > 0;
  }

  /** The connection ended: true when that completes the response (a body that lasts until the close). */
  end() {
    if (this.state === 'until-close') {
      this.state = 'done';
      return true;
    }
    return this.state === 'done';
  }

  response() {
    const body = this.bodyChunks.length === 1 ? this.bodyChunks[0] : Buffer.concat(this.bodyChunks);
    return { status: this.status, headers: this.headers, body };
  }

  readHead() {
    const end = this.buffered.indexOf(HEAD_END);
    if (end < 0) {
      if (this.buffered.length > MAX_HEAD) {
        throw new RuntimeApiError('the Runtime API sent a response head longer than 1 MiB');
      }
      return false;
    }
    const lines = this.buffered.toString('latin1', 0, end).split('\r\n');
    this.buffered = this.buffered.subarray(end + 4);
    const statusLine = /^HTTP\/(\d\.\d) (\d{3})(?: |$)/.exec(lines[0]);
    if (!statusLine) {
      throw new RuntimeApiError(`malformed status line from the Runtime API: ${lines[0].substring(0, 200)}`);
    }
    const status = Number(statusLine[2]);
    const headers = {};
    for (let index = 1; index < lines.length; index++) {
      const line = lines[index];
      const colon = line.indexOf(':');
      if (colon <= 0) {
        throw new RuntimeApiError(`malformed header line from the Runtime API: ${line.substring(0, 200)}`);
      }
      const name = line.substring(0, colon).trim().toLowerCase();
      const value = line.substring(colon + 1).trim();
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    if (status >= 100 && status < 200) {
      return true; // an interim answer (100 Continue): the real one follows
    }
    this.status = status;
    this.headers = headers;
    const connection = (headers.connection || '').toLowerCase();
    this.keepAlive = connection.includes('close') ? false
      : statusLine[1] !== '1.0' || connection.includes('keep-alive');
    if (status === 204 || status === 304) {
      this.state = 'done';
    } else if ((headers['transfer-encoding'] || '').toLowerCase().includes('chunked')) {
      this.state = 'chunk-size';
    } else if ('content-length' in headers) {
      if (!/^\d+$/.test(headers['content-length'])) {
        throw new RuntimeApiError(`malformed Content-Length from the Runtime API: ${headers['content-length']}`);
      }
      this.remaining = Number(headers['content-length']);
      this.state = 'length';
    } else {
      this.keepAlive = false;
      this.state = 'until-close';
    }
    return true;
  }

  readChunkSize() {
    const line = this.line();
    if (line === null) {
      return false;
    }
    const size = line.split(';', 1)[0].trim();
    if (!/^[0-9a-fA-F]+$/.test(size)) {
      throw new RuntimeApiError(`malformed chunk size from the Runtime API: ${line.substring(0, 200)}`);
    }
    this.remaining = parseInt(size, 16);
    this.state = this.remaining === 0 ? 'trailer' : 'chunk-data';
    return true;
  }

  /** The next line without its CRLF, or null until it has arrived. */
  line() {
    const end = this.buffered.indexOf(CRLF);
    if (end < 0) {
      if (this.buffered.length > MAX_HEAD) {
        throw new RuntimeApiError('the Runtime API sent a line longer than 1 MiB');
      }
      return null;
    }
    const line = this.buffered.toString('latin1', 0, end);
    this.buffered = this.buffered.subarray(end + 2);
    return line;
  }

  takeBody() {
    const taken = Math.min(this.remaining, this.buffered.length);
    if (taken > 0) {
      this.bodyChunks.push(taken === this.buffered.length ? this.buffered : this.buffered.subarray(0, taken));
      this.buffered = this.buffered.subarray(taken);
      this.remaining -= taken;
    }
  }
}

/**
 * One kept-alive HTTP/1.1 connection to the Runtime API (TCP_NODELAY): cheaper per event than http.request with an
 * Agent. An exchange is one request, or two pipelined (HTTP/1.1: answered in order), sent in one write, heads and
 * bodies together: an answer to an invocation and the request for the next event leave together, one round trip
 * less per event. The answers are read in order; bytes that arrive beyond the first answer belong to the second,
 * bytes beyond the last mean the connection is out of step (it is closed). When the server closes the connection
 * before answering, what is unanswered is sent once more on a new one; when it closes after the first answer of a
 * pair, the second goes again on a new connection (and once more if that one too closes without answering). The
 * socket does not hold the event loop open between exchanges, so that "the event loop is empty" still means the
 * handler's work is done. One exchange at a time.
 */
class RuntimeConnection {
  constructor(address) {
    const colon = address.lastIndexOf(':');
    const host = address.substring(0, colon);
    this.host = host.startsWith('[') ? host.substring(1, host.length - 1) : host;
    this.port = Number(address.substring(colon + 1));
    this.address = address;
    this.hostLine = `Host: ${address}\r\n`;
    this.socket = null;
    this.socketError = null;
    this.exchange = null;
  }

  /** One request as a string: head and body together. */
  encode(method, route, body, headers) {
    return body === undefined
      ? `${method} ${route} HTTP/1.1\r\n${this.hostLine}${headers || ''}\r\n`
      : `${method} ${route} HTTP/1.1\r\n${this.hostLine}${headers || ''}Content-Length: ${Buffer.byteLength(body)}`
        + `\r\n\r\n${body}`;
  }

  /** Resolves to {status, headers (lower-case names), body (Buffer)}; rejects when the exchange fails. */
  request(method, route, body, headers) {
    const encoded = this.encode(method, route, body, headers);
    if (this.exchange !== null) {
      // Only an error report while a long poll is open (an uncaught exception between events): its own connection.
      const spare = new RuntimeConnection(this.address);
      return spare.send([encoded]).then((answers) => answers[0]).finally(() => spare.close());
    }
    return this.send([encoded]).then((answers) => answers[0]);
  }

  /** Sends two encoded requests in one write; resolves to both answers, in order. */
  pipeline(first, second) {
    return this.send([first, second]);
  }

  close() {
    if (this.socket !== null) {
      this.socket.destroy();
      this.socket = null;
    }
  }

  send(requests) {
    return new Promise((resolve, reject) => {
      this.exchange = {
        requests, answers: [], parser: new ResponseParser(), resends: 1, resolve, reject,
      };
      this.write();
    });
  }

  /** Writes what is unanswered of the exchange, in one write, connecting first if need be. */
  write() {
    if (this.socket === null) {
      this.connect();
    }
    const { socket } = this;
    const { requests, answers } = this.exchange;
    socket.ref();
    socket.write(answers.length === 0 && requests.length === 1 ? requests[0]
      : requests.slice(answers.length).join(''));
  }

  connect() {
    const socket = net.connect(this.port, this.host);
    this.socketError = null;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.received(socket, chunk));
    socket.on('error', (error) => { // 'close' follows and settles the exchange
      this.socketError = error;
    });
    socket.on('close', () => this.closed(socket));
    this.socket = socket;
  }

  received(socket, chunk) {
    if (socket !== this.socket) {
      return;
    }
    if (this.exchange === null) {
      this.close(); // bytes nobody asked for: the connection is out of step
      return;
    }
    let bytes = chunk;
    while (bytes !== null) {
      const { exchange } = this;
      let complete;
      try {
        complete = exchange.parser.feed(bytes);
      } catch (error) {
        this.close();
        this.settle(error);
        return;
      }
      if (!complete) {
        return;
      }
      bytes = this.answered(exchange);
    }
  }

  /**
   * The current answer is complete: settles the exchange after its last answer, or starts reading the next one;
   * returns the bytes that arrived beyond the answer and belong to the next, or null.
   */
  answered(exchange) {
    const { parser } = exchange;
    exchange.answers.push(parser.response());
    if (exchange.answers.length === exchange.requests.length) {
      if (!parser.keepAlive || parser.hasExcess()) {
        this.close();
      } else if (this.socket !== null) {
        this.socket.unref();
      }
      this.settle(null);
      return null;
    }
    exchange.parser = new ResponseParser();
    if (!parser.keepAlive) {
      // The server closes the connection after this answer: the next request goes again, on a new connection,
      // and once more if that one too closes without answering.
      this.close();
      exchange.resends = 1;
      this.write();
      return null;
    }
    // If the connection closes before the next answer, that request goes again on a new one, twice at most.
    exchange.resends = 2;
    return parser.hasExcess() ? parser.buffered : null;
  }

  closed(socket) {
    if (socket !== this.socket) {
      return;
    }
    this.socket = null;
    const { exchange } = this;
    if (exchange === null) {
      return;
    }
    if (exchange.parser.end()) {
      this.answered(exchange);
    } else if (!exchange.parser.received && exchange.resends > 0) {
      // Closed before answering (an idle keep-alive connection the server ended): once more, on a new one.
      exchange.resends -= 1;
      this.write();
    } else {
      this.settle(this.socketError || new RuntimeApiError(exchange.parser.received
        ? 'the Runtime API closed the connection in the middle of an answer'
        : 'the Runtime API closed the connection without answering'));
    }
  }

  settle(error) {
    const { exchange } = this;
    this.exchange = null;
    if (error === null) {
      exchange.resolve(exchange.answers);
    } else {
      exchange.reject(error);
    }
  }
}

const runtimeApi = new RuntimeConnection(process.env.AWS_LAMBDA_RUNTIME_API);
// The environment's own context values, read once.
const FUNCTION_NAME = process.env.AWS_LAMBDA_FUNCTION_NAME;
const FUNCTION_VERSION = process.env.AWS_LAMBDA_FUNCTION_VERSION;
const MEMORY_SIZE = process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE;
const LOG_GROUP_NAME = process.env.AWS_LAMBDA_LOG_GROUP_NAME;
const LOG_STREAM_NAME = process.env.AWS_LAMBDA_LOG_STREAM_NAME;

let currentRequestId;

function errorHeaders(error) {
  // Header values cannot hold line breaks; other characters go out as UTF-8.
  const errorType = String(error.errorType).replace(/[\r\n]/g, ' ');
  return `${JSON_CONTENT}Lambda-Runtime-Function-Error-Type: ${errorType}\r\n`;
}

function postError(route, error) {
  return runtimeApi.request('POST', route, JSON.stringify(error), errorHeaders(error));
}

const NEXT_REQUEST = runtimeApi.encode('GET', NEXT_PATH);

/** Answers an invocation and asks for the next one in one write; resolves to the answer to the latter. */
async function respondThenNext(requestId, payload) {
  const answer = runtimeApi.encode('POST', `${INVOCATION_PATH}${requestId}/response`, payload, JSON_CONTENT);
  return (await runtimeApi.pipeline(answer, NEXT_REQUEST))[1];
}

/** Reports an invocation's error and asks for the next one in one write; resolves to the answer to the latter. */
async function failThenNext(requestId, error) {
  const answer = runtimeApi.encode('POST', `${INVOCATION_PATH}${requestId}/error`, JSON.stringify(error),
    errorHeaders(error));
  return (await runtimeApi.pipeline(answer, NEXT_REQUEST))[1];
}

class RuntimeError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

/** The error document of AWS's Node.js runtime. */
function toRuntimeError(error) {
  if (error instanceof Error) {
    return {
      errorType: error.name,
      errorMessage: error.message,
      trace: typeof error.stack === 'string' ? error.stack.split('\n') : [],
    };
  }
  return {
    errorType: typeof error,
    errorMessage: typeof error === 'string' ? error : safeStringify(error),
    trace: [],
  };
}

function safeStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (ignored) {
    return String(value);
  }
}

/** Lambda's application log levels, lowest first: AWS_LAMBDA_LOG_LEVEL names the lowest written. */
const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
/** LoggingConfig.LogFormat JSON (AWS_LAMBDA_LOG_FORMAT): console.* and the runtime's error lines write JSON. */
const JSON_LOGS = String(process.env.AWS_LAMBDA_LOG_FORMAT).toUpperCase() === 'JSON';
/** Writes one ERROR record of the current format, or nothing when the level leaves ERROR out (see patchConsole). */
let writeErrorRecord;

/** Text format: timestamp, request id, level, message (newlines as CR), tab-separated, as AWS's runtime. */
function textRecord(level, parts) {
  const message = util.format(...parts).replace(/\n/g, '\r');
  return `${new Date().toISOString()}\t${currentRequestId}\t${level}\t${message}`;
}

/**
 * The errorType AWS's runtime gives an error in a JSON record: its class name. The runtime's own errors are
 * RuntimeError here; AWS has a class per kind (ImportModuleError named "Runtime.ImportModuleError", ...).
 */
function errorTypeOf(error) {
  if (error instanceof RuntimeError) {
    return error.name.replace(/^Runtime\./, '');
  }
  return error?.constructor?.name ?? 'UnknownError';
}

/** JSON.stringify replacer: an error anywhere in a logged value becomes AWS's error fields plus its own ones. */
function errorFields(key, value) {
  if (value instanceof Error) {
    return Object.assign({
      errorType: errorTypeOf(value),
      errorMessage: value.message,
      stackTrace: typeof value.stack === 'string' ? value.stack.split('\n') : value.stack,
    }, value);
  }
  return value;
}

/**
 * JSON format, as AWS's runtime: timestamp, level, requestId (absent before the first event), message. One value
 * is the message as it is (an object stays an object; errors in it become error fields), or util.format's text
 * when it cannot be stringified; several are util.format's text, and the first error after the first value gives
 * errorType, errorMessage and stackTrace. JSON.stringify escapes newlines: a record is one line.
 */
function jsonRecord(level, parts) {
  const record = { timestamp: new Date().toISOString(), level, requestId: currentRequestId };
  if (parts.length <= 1) {
    record.message = parts[0];
    try {
      return JSON.stringify(record, errorFields);
    } catch (ignored) {
      record.message = util.format(parts[0]);
      return JSON.stringify(record);
    }
  }
  record.message = util.format(...parts);
  const error = parts.slice(1).find((part) => part instanceof Error);
  if (error) {
    record.errorType = errorTypeOf(error);
    record.errorMessage = error.message;
    record.stackTrace = typeof error.stack === 'string' ? error.stack.split('\n') : [];
  }
  return JSON.stringify(record);
}

/**
 * console.* write one record per call, in the function's log format, as on Lambda (console.fatal included). Levels
 * below AWS_LAMBDA_LOG_LEVEL (TRACE when unset) do nothing: the choice is made once, not per call.
 */
function patchConsole() {
  const format = JSON_LOGS ? jsonRecord : textRecord;
  const lowest = Math.max(0, LOG_LEVELS.indexOf(String(process.env.AWS_LAMBDA_LOG_LEVEL).toUpperCase()));
  const write = (level) => (LOG_LEVELS.indexOf(level) < lowest ? () => {}
    : (...parts) => process.stdout.write(`${format(level, parts)}\n`));
  console.trace = write('TRACE');
  console.debug = write('DEBUG');
  console.info = write('INFO');
  console.log = console.info;
  console.warn = write('WARN');
  console.error = write('ERROR');
  console.fatal = write('FATAL');
  writeErrorRecord = write('ERROR');
}

async function loadModule(directory, moduleName) {
  const base = path.resolve(directory, moduleName);
  for (const extension of ['.js', '.mjs', '.cjs']) {
    const file = base + extension;
    if (!fs.existsSync(file)) {
      continue;
    }
    if (extension === '.mjs') {
      return import(pathToFileURL(file).href);
    }
    try {
      return require(file);
    } catch (error) {
      if (error.code === 'ERR_REQUIRE_ESM') {
        return import(pathToFileURL(file).href);
      }
      throw error;
    }
  }
  // Neither file exists: a package in node_modules, or Node's own "Cannot find module".
  return require(require.resolve(moduleName, { paths: [directory] }));
}

async function loadHandler(taskRoot, handlerString) {
  const baseName = path.basename(handlerString);
  const directory = path.resolve(taskRoot, handlerString.substring(0, handlerString.length - baseName.length));
  const match = baseName.match(/^([^.]*)\.(.*)$/);
  if (!match) {
    throw new RuntimeError('Runtime.MalformedHandlerName', 'Bad handler');
  }
  const [, moduleName, exportPath] = match;
  let userModule;
  try {
    userModule = await loadModule(directory, moduleName);
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new RuntimeError('Runtime.UserCodeSyntaxError', `${error.name}: ${error.message}`);
    }
    // As on Lambda, a module missing anywhere in the handler's imports: "Error: Cannot find module 'x'...".
    if (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_MODULE_NOT_FOUND') {
      throw new RuntimeError('Runtime.ImportModuleError', String(error));
    }
    throw error;
  }
  const handler = exportPath.split('.').reduce((owner, key) => (owner == null ? undefined : owner[key]), userModule);
  if (handler === undefined) {
    throw new RuntimeError('Runtime.HandlerNotFound', `${handlerString} is undefined or not exported`);
  }
  if (typeof handler !== 'function') {
    throw new RuntimeError('Runtime.HandlerNotFound', `${handlerString} is not a function`);
  }
  return handler;
}

function makeContext(headers) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName: FUNCTION_NAME,
    functionVersion: FUNCTION_VERSION,
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    memoryLimitInMB: MEMORY_SIZE,
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    logGroupName: LOG_GROUP_NAME,
    logStreamName: LOG_STREAM_NAME,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  const clientContext = headers['lambda-runtime-client-context'];
  if (clientContext) {
    context.clientContext = JSON.parse(clientContext);
  }
  const identity = headers['lambda-runtime-cognito-identity'];
  if (identity) {
    context.identity = JSON.parse(identity);
  }
  return context;
}

/**
 * Runs the handler; resolves to {value} or {error}. A callback answer waits, by default, for the event loop to
 * empty, as on Lambda; so does a handler that neither returns a promise nor calls back (its answer is null).
 */
let whenEventLoopEmpty = null;
process.on('beforeExit', () => {
  const pending = whenEventLoopEmpty;
  whenEventLoopEmpty = null;
  if (pending) {
    pending();
  }
});

function invoke(handler, event, context) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome) => {
      if (!settled) {
        settled = true;
        whenEventLoopEmpty = null;
        resolve(outcome);
      }
    };
    const callback = (error, value) => {
      const outcome = error != null ? { error } : { value };
      if (context.callbackWaitsForEmptyEventLoop) {
        whenEventLoopEmpty = () => settle(outcome);
      } else {
        settle(outcome);
      }
    };
    context.done = callback;
    context.succeed = (value) => callback(null, value);
    context.fail = (error) => callback(error == null ? 'handled' : error);
    whenEventLoopEmpty = () => settle({ value: null });
    try {
      const returned = handler(event, context, callback);
      if (returned && typeof returned.then === 'function') {
        returned.then((value) => settle({ value }), (error) => settle({ error: error == null ? 'null' : error }));
      }
    } catch (error) {
      settle({ error });
    }
  });
}

function serialize(value) {
  try {
    return { payload: JSON.stringify(value === undefined ? null : value) };
  } catch (error) {
    return { error: new RuntimeError('Runtime.MarshalError', `Unable to stringify response body: ${error.message}`) };
  }
}

/**
 * The runtime's line for a failure. Text: label and error document after the usual fields. JSON: an ERROR record
 * whose message is the error (as an Error, its fields), as AWS's runtime logs it; none below the level.
 */
function logError(label, error, document) {
  if (JSON_LOGS) {
    writeErrorRecord(error instanceof Error ? error : new Error(String(error)));
    return;
  }
  process.stdout.write(`${new Date().toISOString()}\t${currentRequestId}\tERROR\t${label} \t`
    + `${JSON.stringify(document)}\n`);
}

async function failCurrentInvocation(error) {
  const document = toRuntimeError(error);
  logError('Uncaught Exception', error, document);
  if (currentRequestId) {
    await postError(`${INVOCATION_PATH}${currentRequestId}/error`, document).catch(() => {});
  }
  process.exit(129);
}

const TRACE_ID = '_X_AMZN_TRACE_ID';

/**
 * Makes process.env keep _X_AMZN_TRACE_ID in JavaScript: the function's code reads it there, and the processes it
 * starts get it (child_process builds their environment from process.env). Every other variable stays node's own.
 *
 * Not node's own setter for it, which calls the C library's setenv: glibc keeps a copy of every value it was ever
 * given (a caller may still hold one), so a new trace id per event grows the process by about 150 bytes per event,
 * 150 MB after a million, and a 128 MB function's environment would end at its memory limit. The cost: native code
 * (getenv) and worker threads started without an env option see the environment without the trace id.
 */
function keepTraceIdInJavaScript() {
  const real = process.env;
  delete real[TRACE_ID];
  let kept; // undefined while absent
  process.env = new Proxy(real, {
    get: (target, key) => (key === TRACE_ID ? kept : target[key]),
    set: (target, key, value) => {
      if (key === TRACE_ID) {
        kept = `${value}`; // node's environment keeps strings
      } else {
        target[key] = value;
      }
      return true;
    },
    defineProperty: (target, key, property) => {
      // Node refuses any other descriptor (a TypeError): let it.
      if (key !== TRACE_ID || !('value' in property) || property.writable !== true
        || property.enumerable !== true || property.configurable !== true) {
        return Reflect.defineProperty(target, key, property);
      }
      kept = `${property.value}`;
      return true;
    },
    deleteProperty: (target, key) => {
      if (key === TRACE_ID) {
        kept = undefined;
        return true;
      }
      return delete target[key];
    },
    has: (target, key) => (key === TRACE_ID ? kept !== undefined : key in target),
    ownKeys: (target) => {
      const keys = Reflect.ownKeys(target);
      return kept === undefined ? keys : [...keys, TRACE_ID];
    },
    getOwnPropertyDescriptor: (target, key) => {
      if (key !== TRACE_ID) {
        return Reflect.getOwnPropertyDescriptor(target, key);
      }
      return kept === undefined ? undefined
        : { value: kept, writable: true, enumerable: true, configurable: true };
    },
  });
}

async function main() {
  keepTraceIdInJavaScript();
  patchConsole();
  process.on('uncaughtException', failCurrentInvocation);
  process.on('unhandledRejection', (reason) => failCurrentInvocation(
    reason instanceof Error ? reason : new RuntimeError('Runtime.UnhandledPromiseRejection', String(reason))));

  let handler;
  try {
    handler = await loadHandler(process.env.LAMBDA_TASK_ROOT, process.env._HANDLER);
  } catch (error) {
    const document = toRuntimeError(error);
    logError('Init Error', error, document);
    await postError(INIT_ERROR_PATH, document);
    process.exit(129);
  }
  let next = await runtimeApi.request('GET', NEXT_PATH);
  for (;;) {
    if (next.status !== 200) {
      process.stderr.write(`the Runtime API answered ${next.status} to the next invocation: ${next.body}\n`);
      process.exit(1);
    }
    const context = makeContext(next.headers);
    currentRequestId = context.awsRequestId;
    const traceId = next.headers['lambda-runtime-trace-id'];
    if (traceId) {
      process.env[TRACE_ID] = traceId;
    } else {
      delete process.env[TRACE_ID];
    }
    const event = next.body.length === 0 ? null : JSON.parse(next.body.toString('utf8'));
    const outcome = await invoke(handler, event, context);
    const serialized = 'error' in outcome ? outcome : serialize(outcome.value);
    if ('error' in serialized) {
      const document = toRuntimeError(serialized.error);
      logError('Invoke Error', serialized.error, document);
      next = await failThenNext(currentRequestId, document);
    } else {
      next = await respondThenNext(currentRequestId, serialized.payload);
    }
  }
}

main();
