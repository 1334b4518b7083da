console.log('module loaded');

exports.asyncHandler = async (event, context) => ({ greeting: `hello ${event.name}` });

exports.callbackHandler = (event, context, callback) => {
  setTimeout(() => callback(null, { via: 'callback', name: event.name }), 10);
};

exports.context = async (event, context) => ({
  functionName: context.functionName,
  functionVersion: context.functionVersion,
  invokedFunctionArn: context.invokedFunctionArn,
  memoryLimitInMB: context.memoryLimitInMB,
  awsRequestId: context.awsRequestId,
  logGroupName: context.logGroupName,
  logStreamName: context.logStreamName,
  remaining: context.getRemainingTimeInMillis(),
  callbackWaitsForEmptyEventLoop: context.callbackWaitsForEmptyEventLoop,
  cwd: process.cwd(),
  tmpdir: process.env.TMPDIR,
});

exports.fail = async () => {
  throw new TypeError('bad input');
};

exports.callbackError = (event, context, callback) => callback(new Error('callback failure'));

exports.sleepy = () => new Promise((resolve) => setTimeout(resolve, 30000));

exports.crash = async () => {
  process.exit(2);
};

exports.chatty = async (event) => {
  for (let index = 0; index < event.lines; index++) {
    console.log(`line ${index}`);
  }
  process.stderr.write('to stderr\n');
  return 'done';
};

exports.nested = { deeper: { handler: async () => 'nested' } };

exports.logs = async () => {
  console.debug('dropped', 'debug');
  console.trace('dropped trace');
  console.info('info', 42, { nested: true });
  console.warn({ order: 7, error: new RangeError('inner') });
  console.error('failed:', new TypeError('bad value'));
  process.stdout.write('written as is\n');
  return 'logged';
};

/** The trace id as the function sees it and as a process it starts sees it; then sets or removes it if asked. */
exports.traceIds = async (event) => {
  const child = require('child_process').execFileSync('sh', ['-c', 'printf %s "${_X_AMZN_TRACE_ID-absent}"']);
  const seen = { node: process.env._X_AMZN_TRACE_ID ?? 'absent', child: child.toString() };
  if ('set' in event) {
    process.env._X_AMZN_TRACE_ID = event.set;
  }
  if ('remove' in event) {
    delete process.env._X_AMZN_TRACE_ID;
  }
  return seen;
};

/** The process's resident memory in kilobytes. */
exports.residentKilobytes = async () => process.memoryUsage().rss >> 10;
