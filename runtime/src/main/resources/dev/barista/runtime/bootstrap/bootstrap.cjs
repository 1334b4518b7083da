'use strict';
/*
 * Barista's Node.js runtime: a Lambda Runtime API client on node's own http module.
 *
 * Loads the handler named by _HANDLER ("dir/file.export.nested", file resolved as .js, .mjs or .cjs), reports a
 * failure to do so through /init/error, then serves one event at a time. Handlers may return a promise (async) or
 * take a callback as third argument. Errors have the shape of AWS's Node.js runtime: errorType, errorMessage, trace.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

const API_PREFIX = '/2018-06-01/runtime';
const ERROR_TYPE_HEADER = 'Lambda-Runtime-Function-Error-Type';
const [HOST, PORT] = splitAddress(process.env.AWS_LAMBDA_RUNTIME_API);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

let currentRequestId;

function splitAddress(address) {
  const colon = address.lastIndexOf(':');
  return [address.substring(0, colon), Number(address.substring(colon + 1))];
}

function request(method, route, body, headers) {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: HOST, port: PORT, method, path: API_PREFIX + route, agent, headers },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function postError(route, error) {
  const document = JSON.stringify(error);
  return request('POST', route, document, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(document),
    [ERROR_TYPE_HEADER]: error.errorType,
  });
}

function postResponse(requestId, payload) {
  return request('POST', `/invocation/${requestId}/response`, payload, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(payload),
  });
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

/** console.* write one line per call, as on Lambda: timestamp, request id, level, message (newlines as CR). */
function patchConsole() {
  const write = (level) => (...parts) => {
    const message = util.format(...parts).replace(/\n/g, '\r');
    process.stdout.write(`${new Date().toISOString()}\t${currentRequestId}\t${level}\t${message}\n`);
  };
  console.log = write('INFO');
  console.info = write('INFO');
  console.warn = write('WARN');
  console.error = write('ERROR');
  console.debug = write('DEBUG');
  console.trace = write('TRACE');
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
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
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

function logError(label, document) {
  process.stdout.write(`${new Date().toISOString()}\t${currentRequestId}\tERROR\t${label} \t`
    + `${JSON.stringify(document)}\n`);
}

async function failCurrentInvocation(error) {
  const document = toRuntimeError(error);
  logError('Uncaught Exception', document);
  if (currentRequestId) {
    await postError(`/invocation/${currentRequestId}/error`, document).catch(() => {});
  }
  process.exit(129);
}

async function main() {
  patchConsole();
  process.on('uncaughtException', failCurrentInvocation);
  process.on('unhandledRejection', (reason) => failCurrentInvocation(
    reason instanceof Error ? reason : new RuntimeError('Runtime.UnhandledPromiseRejection', String(reason))));

  let handler;
  try {
    handler = await loadHandler(process.env.LAMBDA_TASK_ROOT, process.env._HANDLER);
  } catch (error) {
    const document = toRuntimeError(error);
    logError('Init Error', document);
    await postError('/init/error', document);
    process.exit(129);
  }
  for (;;) {
    const next = await request('GET', '/invocation/next');
    const context = makeContext(next.headers);
    currentRequestId = context.awsRequestId;
    const traceId = next.headers['lambda-runtime-trace-id'];
    if (traceId) {
      process.env._X_AMZN_TRACE_ID = traceId;
    } else {
      delete process.env._X_AMZN_TRACE_ID;
    }
    const event = next.body.length === 0 ? null : JSON.parse(next.body.toString('utf8'));
    const outcome = await invoke(handler, event, context);
    const serialized = 'error' in outcome ? outcome : serialize(outcome.value);
    if ('error' in serialized) {
      const document = toRuntimeError(serialized.error);
      logError('Invoke Error', document);
      await postError(`/invocation/${currentRequestId}/error`, document);
    } else {
      await postResponse(currentRequestId, serialized.payload);
    }
  }
}

main();
