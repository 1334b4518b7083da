const missing = require('nonexistent-module-xyz');

exports.handler = async () => missing;
