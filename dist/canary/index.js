import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5070:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(5862);


/***/ }),

/***/ 5862:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2077);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2077:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ../../node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ../../node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(5070);
// EXTERNAL MODULE: ../../packages/core/src/lazy-undici.mjs + 1 modules
var lazy_undici = __nccwpck_require__(6567);
;// CONCATENATED MODULE: ../../node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ../../node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ../../node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ../../packages/core/src/action-context.ts


function readContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        repository: { owner, repo },
        actor: env.GITHUB_ACTOR ?? '',
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        event: readEvent(env.GITHUB_EVENT_PATH),
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        job: env.GITHUB_JOB ?? '',
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        runnerTemp: env.RUNNER_TEMP ?? external_node_os_default().tmpdir(),
        runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
    };
}
function readEvent(file) {
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
// EXTERNAL MODULE: ../../packages/core/src/clock.ts
var src_clock = __nccwpck_require__(5569);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ../../packages/core/src/proxy.ts

// In the bundles this is the stand-in that loads undici on first use (lazy-undici.mjs).

/** A proxy variable that cannot be used: named, with what is expected (thrown before any request). */
class ProxyConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ProxyConfigError';
    }
}
function pick(env, name) {
    for (const key of [name.toLowerCase(), name.toUpperCase()]) {
        const value = env[key]?.trim();
        if (value)
            return { value, from: key };
    }
    return undefined;
}
function parseProxyUrl(value, from) {
    // The runner and curl accept `host:port` without a scheme and mean http.
    const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ProxyConfigError(`environment variable ${from}: '${redact(value)}' is not a proxy URL; expected http://host:port (e.g. http://proxy.example.com:3128)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new ProxyConfigError(`environment variable ${from}: proxy scheme ${url.protocol} is not supported; expected an http:// or https:// proxy URL (e.g. http://proxy.example.com:3128)`);
    if (!url.hostname)
        throw new ProxyConfigError(`environment variable ${from}: '${redact(value)}' has no host; expected http://host:port`);
    return url;
}
function parseNoProxy(text, from) {
    return text
        .split(/[\s,]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean)
        .map((entry) => {
        if (entry === '*')
            return { host: '*' };
        if (entry.includes('/')) {
            // CIDR, as curl accepts (192.168.0.0/16, fd00::/8).
            const [address, bits] = entry.split('/');
            const family = external_node_net_default().isIPv6(address) ? 'ipv6' : external_node_net_default().isIPv4(address) ? 'ipv4' : undefined;
            const prefix = Number(bits);
            if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv4' ? 32 : 128))
                throw new ProxyConfigError(`environment variable ${from}: '${entry}' is not a host, domain or CIDR range; expected e.g. internal.example.com, .example.com, 10.0.0.0/8`);
            const subnet = new (external_node_net_default()).BlockList();
            subnet.addSubnet(address, prefix, family);
            return { host: '', subnet };
        }
        let host = entry;
        let port;
        const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
        if (bracketed) {
            host = bracketed[1];
            port = bracketed[2] ? Number(bracketed[2]) : undefined;
        }
        else if (!external_node_net_default().isIPv6(entry)) {
            const withPort = /^(.*):(\d+)$/.exec(entry);
            if (withPort) {
                host = withPort[1];
                port = Number(withPort[2]);
            }
        }
        return { host: host.replace(/^\*?\./, ''), port };
    });
}
/** Reads and validates the proxy variables; throws ProxyConfigError naming a bad one. */
function proxySettingsFromEnv(env = process.env) {
    const https = pick(env, 'https_proxy');
    const http = pick(env, 'http_proxy');
    const noProxy = pick(env, 'no_proxy');
    return {
        https: https && { url: parseProxyUrl(https.value, https.from), from: https.from },
        http: http && { url: parseProxyUrl(http.value, http.from), from: http.from },
        noProxy: noProxy?.value ?? '',
        bypass: noProxy ? parseNoProxy(noProxy.value, noProxy.from) : [],
    };
}
function bypassed(url, entries) {
    const host = url.hostname
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, '');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const family = external_node_net_default().isIPv6(host) ? 'ipv6' : external_node_net_default().isIPv4(host) ? 'ipv4' : undefined;
    return entries.some((entry) => {
        if (entry.host === '*')
            return true;
        if (entry.subnet)
            return family !== undefined && entry.subnet.check(host, family);
        if (entry.port !== undefined && entry.port !== port)
            return false;
        return host === entry.host || host.endsWith(`.${entry.host}`);
    });
}
/** The proxy a request to `url` goes through, or undefined for a direct connection. */
function proxyFor(url, settings = proxySettingsFromEnv()) {
    const proxy = url.protocol === 'https:' ? settings.https : url.protocol === 'http:' ? settings.http : undefined;
    if (!proxy || bypassed(url, settings.bypass))
        return undefined;
    return proxy.url;
}
/** A proxy URL fit for a log line: credentials never appear. */
function redact(proxy) {
    // Up to the last '@' before the host: a password may hold an unencoded '@', a value no scheme.
    if (typeof proxy === 'string')
        return proxy.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/]*@/i, '$1***@');
    return `${proxy.protocol}//${proxy.username || proxy.password ? '***@' : ''}${proxy.host}`;
}
/** One line for the step log saying how requests will leave this runner. */
function describeProxySettings(settings) {
    if (!settings.https && !settings.http)
        return undefined;
    const parts = [
        settings.https ? `https via ${redact(settings.https.url)} (${settings.https.from})` : 'https direct',
        settings.http ? `http via ${redact(settings.http.url)} (${settings.http.from})` : 'http direct',
    ];
    if (settings.noProxy)
        parts.push(`direct for NO_PROXY ${settings.noProxy}`);
    return `Proxy: ${parts.join('; ')}`;
}
/**
 * The route for `url`: absolute-form requests to the proxy for http: URLs, a CONNECT tunnel for https:
 * URLs (as curl does), or direct. The agent libraries (and `debug`, which they load) are imported only
 * when a request really goes through a proxy: most steps never need them (issue 14, bench/startup).
 */
async function proxyAgentFor(url, settings) {
    const proxy = proxyFor(url, settings);
    if (!proxy)
        return { agent: false };
    const agent = url.protocol === 'https:'
        ? new (await Promise.all(/* import() */[__nccwpck_require__.e(219), __nccwpck_require__.e(129)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4129, 23))).HttpsProxyAgent(proxy)
        : new (await Promise.all(/* import() */[__nccwpck_require__.e(219), __nccwpck_require__.e(286)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1286, 23))).HttpProxyAgent(proxy);
    return { agent, proxy };
}
// One connection pool per proxy for the whole run (the GitHub client makes many requests).
const dispatchers = new Map();
/**
 * fetch() that honours the proxy variables: direct requests use Node's own fetch; proxied ones use
 * undici's fetch with its ProxyAgent (a CONNECT tunnel). undici's own fetch, not Node's, because a
 * dispatcher from the npm undici is not guaranteed to fit the undici built into Node 20 or 24.
 */
async function proxiedFetch(input, init = {}) {
    const url = new URL(input);
    const proxy = proxyFor(url);
    if (!proxy)
        return fetch(input, init);
    let dispatcher = dispatchers.get(proxy.href);
    if (!dispatcher) {
        dispatcher = new lazy_undici.ProxyAgent({ uri: proxy.href });
        dispatchers.set(proxy.href, dispatcher);
    }
    try {
        const response = await (0,lazy_undici.fetch)(url, { ...init, dispatcher });
        return response;
    }
    catch (error) {
        // Cancellation and timeouts are the caller's to report (the GitHub client names them).
        if (error.name === 'AbortError' || init.signal?.aborted)
            throw error;
        throw new Error(`${init.method ?? 'GET'} ${url.origin}${url.pathname} through proxy ${redact(proxy)} failed: ${rootCause(error)}`, { cause: error });
    }
}
/**
 * undici wraps the reason a request failed (TypeError "fetch failed" → DOMException → the real
 * error): the system error code (ECONNREFUSED) or the innermost message ("Proxy response (407)
 * !== 200 when HTTP Tunneling") is what a person can act on.
 */
function rootCause(error) {
    let current = error;
    while (current?.cause && typeof current.cause === 'object')
        current = current.cause;
    if (typeof current?.code === 'string' && /^E[A-Z]+$/.test(current.code))
        return current.code;
    return current?.message ?? String(error);
}

;// CONCATENATED MODULE: ../../packages/core/src/github-client.ts


/**
 * The one GitHub client of every action: retries with backoff on 5xx and rate limits, per-request
 * timeouts, cancellation, GHES base URL, request accounting, and conditional requests for polling.
 */
class GitHubClient {
    options;
    api;
    stats = { requests: 0, countedAgainstRateLimit: 0, notModified: 0, retried: 0 };
    etagCache = new Map();
    constructor(options) {
        this.options = options;
        let loading;
        this.api = lazily(() => (loading ??= Promise.all(/* import() */[__nccwpck_require__.e(215), __nccwpck_require__.e(234)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1234)).then(({ createOctokit }) => createOctokit(options, this.fetchWithLimits.bind(this), this.stats))));
    }
    /** Every request goes through here: it carries the timeout and the cancellation signal, and is counted. */
    async fetchWithLimits(url, init = {}) {
        const { signal, requestTimeoutMs = 30_000 } = this.options;
        if (signal?.aborted)
            throw cancelled();
        const timeout = AbortSignal.timeout(requestTimeoutMs);
        const signals = [timeout, ...(signal ? [signal] : []), ...(init.signal ? [init.signal] : [])];
        this.stats.requests++;
        let response;
        try {
            // Through the proxy the runner's HTTPS_PROXY/NO_PROXY name, if any.
            response = await proxiedFetch(url, { ...init, signal: AbortSignal.any(signals) });
        }
        catch (error) {
            if (signal?.aborted)
                throw cancelled();
            if (timeout.aborted)
                throw new Error(`GitHub API request timed out after ${requestTimeoutMs} ms: ${init.method ?? 'GET'} ${url}`);
            throw error;
        }
        if (response.status === 304)
            this.stats.notModified++;
        else
            this.stats.countedAgainstRateLimit++;
        return response;
    }
    /**
     * GET with If-None-Match: an unchanged resource answers 304, which costs no rate limit, and the
     * cached body is returned. Use for anything polled.
     */
    async getConditional(route, params = {}) {
        const key = `${route} ${JSON.stringify(params)}`;
        const cached = this.etagCache.get(key);
        try {
            const response = await this.api.request(route, {
                ...params,
                headers: cached ? { 'if-none-match': cached.etag } : {},
            });
            const etag = response.headers.etag;
            const link = response.headers.link;
            if (etag)
                this.etagCache.set(key, { etag, data: response.data, link });
            return { data: response.data, changed: true, link };
        }
        catch (error) {
            if (cached && error.status === 304) {
                return { data: cached.data, changed: false, link: cached.link };
            }
            throw error;
        }
    }
    /**
     * Every item of a paginated list, each page fetched conditionally (per_page 100). Returns whether
     * any page changed since the last call, so pollers can skip work.
     */
    async listConditional(route, params = {}) {
        const items = [];
        let changed = false;
        for (let page = 1;; page++) {
            const result = await this.getConditional(route, {
                ...params,
                per_page: 100,
                page,
            });
            changed ||= result.changed;
            items.push(...itemsOf(result.data));
            if (!result.link || !/rel="next"/.test(result.link))
                break;
        }
        return { items, changed };
    }
    /** Every item of a paginated list (never only the first page). */
    async listAll(route, params = {}) {
        return (await this.api.paginate(route, { ...params, per_page: 100 }));
    }
}
/**
 * The Octokit API as a stand-in that loads the real one on the first call: `api.request(...)`,
 * `api.rest.git.getRef(...)`, `api.graphql(...)`, `api.paginate(...)` each resolve the same path
 * on the loaded Octokit and call it. Every Octokit method used through it returns a promise, so
 * nothing is answered before the module has loaded (`paginate.iterator`, which returns an async
 * iterator, is not one of them).
 */
function lazily(load) {
    const at = (path) => new Proxy(function stub() { }, {
        get: (_target, key) => (typeof key === 'string' && key !== 'then' ? at([...path, key]) : undefined),
        apply: async (_target, _this, args) => {
            let self;
            let member = await load();
            for (const key of path)
                [self, member] = [member, member[key]];
            return member.apply(self, args);
        },
    });
    return at([]);
}
/**
 * Octokit passes an error named AbortError straight through, where any other fetch failure would be
 * retried as a 500: cancellation must stop at once, a timeout should be retried.
 */
function cancelled() {
    const error = new errors/* CancelledError */.cc();
    error.name = 'AbortError';
    return error;
}
/** List endpoints answer either an array or an object with one array (check runs, workflow runs). */
function itemsOf(data) {
    if (Array.isArray(data))
        return data;
    const list = Object.values(data).find(Array.isArray);
    return (list ?? []);
}
/** HTTP status of an Octokit error, if it has one. */
function github_client_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/branch-store.ts








/** Raised by a backend when the head moved between read and write. */
class ConflictError extends (/* unused pure expression or super */ null && (Error)) {
}
async function retryOnConflict(policy, attempt, what) {
    const { maxAttempts = 60, baseDelayMs = 50, maxDelayMs = 2000, clock = systemClock } = policy;
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (!(error instanceof ConflictError))
                throw error;
            if (n >= maxAttempts)
                throw new Error(`${what}: still conflicting with other writers after ${n} attempts`);
            // Full jitter: spread the retries of writers that collided so they do not collide again.
            await clock.sleep(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(n, 16)), policy.signal);
        }
    }
}
/** Appends text to a file, creating it when missing. */
function appendChange(snapshotContent, text) {
    const existing = snapshotContent ?? '';
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    return existing + separator + text;
}
/** Files up to this size are sent inside the create-tree request; larger ones as their own blob. */
const INLINE_CONTENT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
class BranchStore {
    options;
    location;
    trees = new Map();
    blobs = new Map();
    commitTrees = new Map();
    constructor(options) {
        this.options = options;
        this.location = `${options.owner}/${options.repo}@${options.branch}`;
    }
    get repoParams() {
        return { owner: this.options.owner, repo: this.options.repo };
    }
    async head() {
        try {
            const { data } = await this.options.client.api.rest.git.getRef({
                ...this.repoParams,
                ref: `heads/${this.options.branch}`,
            });
            return data.object.sha;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw new Error(`cannot read branch ${this.location}: ${error.message}`);
        }
    }
    async treeOfCommit(commit) {
        let tree = this.commitTrees.get(commit);
        if (!tree) {
            const { data } = await this.options.client.api.rest.git.getCommit({
                ...this.repoParams,
                commit_sha: commit,
            });
            tree = data.tree.sha;
            this.commitTrees.set(commit, tree);
        }
        return tree;
    }
    // Objects are immutable, so everything read by SHA is cached for the life of the store.
    async entries(treeSha) {
        let entries = this.trees.get(treeSha);
        if (!entries) {
            const { data } = await this.options.client.api.rest.git.getTree({
                ...this.repoParams,
                tree_sha: treeSha,
            });
            if (data.truncated)
                throw new Error(`tree ${treeSha} in ${this.location} is too large to list`);
            entries = data.tree.map((entry) => ({
                path: entry.path ?? '',
                type: entry.type ?? '',
                sha: entry.sha ?? '',
            }));
            this.trees.set(treeSha, entries);
        }
        return entries;
    }
    async blob(sha) {
        let content = this.blobs.get(sha);
        if (content === undefined) {
            const { data } = await this.options.client.api.rest.git.getBlob({ ...this.repoParams, file_sha: sha });
            content = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
            this.blobs.set(sha, content);
        }
        return content;
    }
    /** The entry at a path, walking one tree per folder (no recursive listing, which truncates). */
    async lookup(rootTree, file) {
        const parts = file.split('/').filter(Boolean);
        let tree = rootTree;
        for (let i = 0; i < parts.length; i++) {
            const entry = (await this.entries(tree)).find((e) => e.path === parts[i]);
            if (!entry)
                return undefined;
            if (i === parts.length - 1)
                return entry;
            if (entry.type !== 'tree')
                return undefined;
            tree = entry.sha;
        }
        return { path: '', type: 'tree', sha: rootTree };
    }
    /**
     * The files of a commit from its tarball: one API request (the redirect to the archive is not an
     * API request). Entries sit under one top folder, which is stripped.
     * https://docs.github.com/en/rest/repos/contents#download-a-repository-archive-tar
     */
    async archive(commit, keep) {
        const { data } = await this.options.client.api.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
            ...this.repoParams,
            ref: commit,
            request: { parseSuccessResponseBody: false, signal: this.options.signal },
        });
        const contents = new Map();
        const folders = new Map();
        const note = (file) => {
            const parts = file.split('/');
            for (let i = 0; i < parts.length; i++) {
                const folder = parts.slice(0, i).join('/');
                let names = folders.get(folder);
                if (!names)
                    folders.set(folder, (names = new Set()));
                names.add(i === parts.length - 1 ? parts[i] : `${parts[i]}/`);
            }
        };
        // Loaded here, not at start: only reading a branch's files needs them.
        const { default: tar } = await __nccwpck_require__.e(/* import() */ 474).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6474, 19));
        const { createGunzip } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23));
        const extract = tar.extract();
        const reading = (async () => {
            for await (const entry of extract) {
                const name = entry.header.name.replace(/^[^/]*\//, '');
                if (entry.header.type !== 'file' || name === '') {
                    entry.resume();
                    continue;
                }
                note(name);
                if (keep(name)) {
                    const chunks = [];
                    for await (const chunk of entry)
                        chunks.push(chunk);
                    contents.set(name, Buffer.concat(chunks));
                }
                else
                    entry.resume();
            }
        })();
        const body = Readable.fromWeb(data);
        await Promise.all([
            new Promise((resolve, reject) => {
                const gunzip = createGunzip();
                body.on('error', reject);
                gunzip.on('error', reject);
                extract.on('error', reject);
                extract.on('finish', resolve);
                body.pipe(gunzip).pipe(extract);
            }),
            reading,
        ]);
        return { contents, folders };
    }
    async snapshotAt(commit, options = {}) {
        const lazy = this.lazySnapshotAt(commit);
        if (!commit || !options.bulk)
            return lazy;
        const { contents, folders } = await this.archive(commit, options.bulk);
        const listed = (file) => {
            const slash = file.lastIndexOf('/');
            return !!folders.get(slash < 0 ? '' : file.slice(0, slash))?.has(file.slice(slash + 1));
        };
        // Kept as the archive's bytes: decoded when read as text, handed over as they are otherwise.
        return {
            revision: commit,
            read: async (file) => {
                const kept = contents.get(file);
                if (kept !== undefined)
                    return kept.toString('utf8');
                // Not in the archive: no such file, no request. Listed but not kept: read it alone.
                return listed(file) ? lazy.read(file) : undefined;
            },
            readBytes: async (file) => {
                const kept = contents.get(file);
                if (kept !== undefined)
                    return kept;
                if (!listed(file))
                    return undefined;
                const text = await lazy.read(file);
                return text === undefined ? undefined : Buffer.from(text, 'utf8');
            },
            list: async (folder) => [...(folders.get(folder.replace(/\/+$/, '')) ?? [])].sort(),
        };
    }
    lazySnapshotAt(commit) {
        // The root tree is looked up on the first read, so a snapshot that is never read costs nothing.
        let rootTree;
        const root = () => (rootTree ??= this.treeOfCommit(commit));
        return {
            revision: commit,
            read: async (file) => {
                if (!commit)
                    return undefined;
                const entry = await this.lookup(await root(), file);
                return entry?.type === 'blob' ? this.blob(entry.sha) : undefined;
            },
            list: async (folder) => {
                if (!commit)
                    return [];
                const entry = await this.lookup(await root(), folder);
                if (entry?.type !== 'tree')
                    return [];
                return (await this.entries(entry.sha)).map((e) => (e.type === 'tree' ? `${e.path}/` : e.path)).sort();
            },
        };
    }
    async snapshot(options) {
        return this.snapshotAt(await this.head(), options);
    }
    async update(message, mutate, options) {
        return retryOnConflict(this.options, async (attempts) => {
            const head = await this.head();
            const snapshot = await this.snapshotAt(head, options);
            const { changes, result } = await mutate(snapshot);
            const tree = await this.buildTree(snapshot, head, changes);
            if (tree === undefined)
                return { result, revision: head, attempts };
            const { data: commit } = await this.options.client.api.rest.git.createCommit({
                ...this.repoParams,
                message,
                tree,
                parents: head ? [head] : [],
            });
            await this.moveBranch(head, commit.sha);
            return { result, revision: commit.sha, attempts };
        }, `writing to ${this.location}`);
    }
    async buildTree(snapshot, head, changes) {
        const entries = [];
        for (const [file, content] of Object.entries(changes)) {
            const current = await snapshot.read(file);
            if (content === current || (content === null && current === undefined))
                continue;
            if (content === null) {
                entries.push({ path: file, mode: '100644', type: 'blob', sha: null });
                continue;
            }
            // Small files go inline in the tree request (GitHub writes the blob), so a commit of many files
            // costs one request instead of one per file. https://docs.github.com/en/rest/git/trees#create-a-tree
            if (Buffer.byteLength(content) <= INLINE_CONTENT_BYTES) {
                entries.push({ path: file, mode: '100644', type: 'blob', content });
                continue;
            }
            const { data: blob } = await this.options.client.api.rest.git.createBlob({
                ...this.repoParams,
                content: Buffer.from(content, 'utf8').toString('base64'),
                encoding: 'base64',
            });
            this.blobs.set(blob.sha, content);
            entries.push({ path: file, mode: '100644', type: 'blob', sha: blob.sha });
        }
        if (entries.length === 0)
            return undefined;
        const { data: tree } = await this.options.client.api.rest.git.createTree({
            ...this.repoParams,
            ...(head ? { base_tree: await this.treeOfCommit(head) } : {}),
            tree: entries,
        });
        return tree.sha;
    }
    /** The compare-and-swap: a non-forced update only succeeds if the branch still points at `from`. */
    async moveBranch(from, to) {
        const { api } = this.options.client;
        try {
            if (from) {
                await api.rest.git.updateRef({
                    ...this.repoParams,
                    ref: `heads/${this.options.branch}`,
                    sha: to,
                    force: false,
                });
            }
            else {
                await api.rest.git.createRef({
                    ...this.repoParams,
                    ref: `refs/heads/${this.options.branch}`,
                    sha: to,
                });
            }
        }
        catch (error) {
            // A ruleset or branch protection refusing the update is not a race: another try from the new
            // head would be refused the same way, so it fails at once and says so.
            if (statusOf(error) === 422 && /rule violations|protected branch/i.test(errorMessage(error)))
                throw new Error(`the branch '${this.options.branch}' of ${this.repoParams.owner}/${this.repoParams.repo} refuses this update ` +
                    `(${errorMessage(error).split('\n')[0]}); exempt the writer from the branch's rulesets or protection, or use another branch`);
            // 422: not a fast-forward, or the branch was created meanwhile. 409: GitHub's answer to some races.
            if (statusOf(error) === 422 || statusOf(error) === 409)
                throw new ConflictError();
            throw error;
        }
    }
}
const LOCK_FILE = '.shipgate-store.lock';
class DirectoryStore {
    options;
    location;
    constructor(options) {
        this.options = options;
        this.location = path.resolve(options.directory);
    }
    resolve(file) {
        const full = path.resolve(this.location, file);
        if (!full.startsWith(this.location + path.sep) && full !== this.location)
            throw new Error(`path '${file}' leaves the store ${this.location}`);
        return full;
    }
    async revision() {
        try {
            return (await fs.readFile(path.join(this.location, '.shipgate-revision'), 'utf8')).trim() || undefined;
        }
        catch {
            return undefined;
        }
    }
    snapshotNow(revision) {
        const missing = (error) => {
            const code = error.code;
            if (code === 'ENOENT' || code === 'EISDIR')
                return undefined;
            throw error;
        };
        // Reads and listings are synchronous: a local file is there at once, and fs.promises takes
        // four trips through the thread pool per file (open, stat, read, close), which doubles the time
        // of a report that reads a few thousand small files and makes it swing with the machine's load.
        const attempt = (read) => {
            try {
                return Promise.resolve(read());
            }
            catch (error) {
                try {
                    return Promise.resolve(missing(error));
                }
                catch (failure) {
                    return Promise.reject(failure);
                }
            }
        };
        return {
            revision,
            read: (file) => attempt(() => readFileSync(this.resolve(file), 'utf8')),
            readBytes: (file) => attempt(() => readFileSync(this.resolve(file))),
            readRange: (file, start, end) => attempt(() => readRangeSync(this.resolve(file), start, end)),
            list: async (folder) => {
                try {
                    const entries = readdirSync(this.resolve(folder || '.'), { withFileTypes: true });
                    return entries
                        .filter((e) => !e.name.startsWith('.shipgate-'))
                        .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
                        .sort();
                }
                catch (error) {
                    if (error.code === 'ENOENT')
                        return [];
                    throw error;
                }
            },
        };
    }
    // Local reads are cheap one by one: `bulk` needs no work here.
    async snapshot(_options) {
        return this.snapshotNow(await this.revision());
    }
    async update(message, mutate, _options) {
        await fs.mkdir(this.location, { recursive: true });
        const lock = await retryOnConflict(this.options, () => this.lock(), `locking ${this.location}`);
        try {
            const revision = await this.revision();
            const snapshot = this.snapshotNow(revision);
            const { changes, result } = await mutate(snapshot);
            const hash = createHash('sha256')
                .update(revision ?? '')
                .update(message);
            // Files are compared and written several at a time (a report run writes hundreds of rollups:
            // one after another, each waits for the disk); the revision takes them in the given order.
            // A file is compared as bytes, encoded once for the comparison, the write and the hash: decoding
            // the current file to compare strings held a second copy of a large file (a 5 MB dashboard
            // is 10 MB as a string) in the heap at a report's memory peak.
            const entries = Object.entries(changes);
            const written = await mapLimited(entries, WRITE_CONCURRENCY, async ([file, content]) => {
                const bytes = content === null ? null : Buffer.from(content, 'utf8');
                const current = await snapshot.readBytes(file);
                if (bytes === null ? current === undefined : current !== undefined && bytes.equals(current))
                    return undefined;
                if (bytes === null)
                    await fs.rm(this.resolve(file));
                else
                    await writeAtomically(this.resolve(file), bytes);
                return bytes ?? '\0deleted';
            });
            let changed = false;
            entries.forEach(([file], i) => {
                const content = written[i];
                if (content === undefined)
                    return;
                changed = true;
                hash.update(file).update(content);
            });
            if (!changed)
                return { result, revision, attempts: 1 };
            const next = hash.digest('hex');
            await writeAtomically(path.join(this.location, '.shipgate-revision'), `${next}\n`);
            return { result, revision: next, attempts: 1 };
        }
        finally {
            await lock.close();
            await fs.rm(path.join(this.location, LOCK_FILE), { force: true });
        }
    }
    async lock() {
        const file = path.join(this.location, LOCK_FILE);
        try {
            const handle = await fs.open(file, 'wx');
            await handle.writeFile(`${process.pid}\n`);
            return handle;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            await this.removeIfStale(file);
            throw new ConflictError();
        }
    }
    async removeIfStale(file) {
        try {
            const [stat, owner] = await Promise.all([fs.stat(file), fs.readFile(file, 'utf8')]);
            const pid = Number(owner.trim());
            const ownerGone = pid > 0 && !isAlive(pid);
            if (ownerGone || Date.now() - stat.mtimeMs > (this.options.staleLockMs ?? 60_000))
                await fs.rm(file, { force: true });
        }
        catch {
            // The lock went away meanwhile: the next attempt takes it.
        }
    }
}
const WRITE_CONCURRENCY = 16;
/** Bytes [start, end) of a file (fewer if it is shorter) and its size. */
function readRangeSync(file, start, end) {
    const fd = openSync(file, 'r');
    try {
        const size = fstatSync(fd).size;
        const bytes = Buffer.allocUnsafe(Math.max(0, Math.min(end, size) - start));
        let read = 0;
        while (read < bytes.length) {
            const n = readSync(fd, bytes, read, bytes.length - read, start + read);
            if (n === 0)
                break;
            read += n;
        }
        return { bytes: bytes.subarray(0, read), size };
    }
    finally {
        closeSync(fd);
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
async function writeAtomically(file, content) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, file);
}

;// CONCATENATED MODULE: ../../packages/core/src/config-file.ts

// yaml and Ajv (with its formats) load with import() on the first config parsed, not at start: they
// cost start-up time in every action, and most runs parse no config file (issue 14, bench/startup).
// A config whose validator was generated at build time (scripts/validators.ts) loads yaml alone.
let yamlLibrary;
let ajvLibrary;
const compiled = new WeakMap();
/**
 * The options every schema is compiled with, here and by the validator generator. The schemas are
 * ours and fixed: checking them against the JSON Schema meta-schema at every run compiled the
 * meta-schema first (about 90 ms of a report's start). A unit test (config-schemas.test.ts) checks
 * every shipped schema against it instead.
 */
const AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: true, validateSchema: false };
function loadYaml() {
    return (yamlLibrary ??= __nccwpck_require__.e(/* import() */ 483).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3483, 19)));
}
function loadAjv() {
    return (ajvLibrary ??= Promise.all([__nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5627, 23)), Promise.all(/* import() */[__nccwpck_require__.e(627), __nccwpck_require__.e(323)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6323, 23))]).then(([ajvModule, formats]) => {
        // Ajv and ajv-formats are CommonJS: depending on the loader (Node, jest, an ncc chunk) what
        // import() gives is the module itself or a namespace with it as `default`.
        const AjvClass = commonJsExport(ajvModule, 'Ajv');
        const addFormats = commonJsExport(formats);
        return addFormats(new AjvClass(AJV_OPTIONS));
    }));
}
/** A CommonJS module's export (`name`, or the module's function) through whatever import() gave. */
function commonJsExport(loaded, name) {
    const candidates = [];
    for (let value = loaded, depth = 0; value && depth < 3; depth++) {
        candidates.push(value);
        value = value.default;
    }
    for (const candidate of candidates) {
        const found = name ? candidate[name] : candidate;
        if (typeof found === 'function')
            return found;
    }
    throw new Error(`cannot load ${name ?? 'a module'}: no function in what import() returned`);
}
/**
 * Parses YAML (or JSON, which is YAML) text and validates it against a JSON Schema. Errors name the
 * input and the line, e.g. `input 'config-file': sla.yml line 7: services[0].url must be a string`.
 * Schema defaults are filled in.
 */
async function parseConfig(text, schema, where, validator) {
    return (await parseLocatedConfig(text, schema, where, validator)).data;
}
/**
 * parseConfig, plus `fail` for checks a schema cannot express (a regex that does not compile, a
 * duplicate name): `fail([1, 'url'], 'is relative')` throws the same InputError with that line.
 * `validator`, when given, is the schema's validator generated at build time (scripts/validators.ts),
 * used instead of compiling the schema.
 */
async function parseLocatedConfig(text, schema, where, validator) {
    const yaml = await loadYaml();
    const lineCounter = new yaml.LineCounter();
    const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
    // Inline values (no file) are named by line alone: `input 'checks': line 3: …`.
    const lineRef = (line) => (where.file ? `${where.file} line ${line}` : `line ${line}`);
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = lineCounter.linePos(first.pos[0]).line;
        throw new InputError(where.input, `${lineRef(line)}: ${first.message.split('\n')[0]}`, where.expected);
    }
    const data = document.toJS();
    let validate = validator ?? compiled.get(schema);
    if (!validate) {
        const compiledNow = (await loadAjv()).compile(schema);
        compiled.set(schema, compiledNow);
        validate = compiledNow;
    }
    if (!validate(data)) {
        const error = mostUseful(validate.errors ?? []);
        // An unknown or missing key is best shown at the key itself, when it exists.
        const key = error.params.additionalProperty;
        const line = lineOf(yaml, document, lineCounter, key === undefined ? error.instancePath : `${error.instancePath}/${key}`);
        const subject = error.instancePath ? pathText(error.instancePath) + ' ' : '';
        throw new InputError(where.input, `${lineRef(line)}: ${subject}${describe(error)}`, where.expected);
    }
    const line = (path) => lineOf(yaml, document, lineCounter, path.map((part) => `/${part}`).join(''));
    return {
        data: data,
        line,
        fail: (path, problem) => {
            throw new InputError(where.input, `${lineRef(line(path))}: ${problem}`, where.expected);
        },
    };
}
function mostUseful(errors) {
    // Prefer the deepest error: it points nearest to the mistake.
    return [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
}
function describe(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `has unknown key '${String(params.additionalProperty)}'`;
        case 'required':
            return `is missing '${String(params.missingProperty)}'`;
        case 'enum':
            return `must be one of ${params.allowedValues.join(', ')}`;
        default:
            return error.message ?? 'is invalid';
    }
}
function segments(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function pathText(pointer) {
    return segments(pointer).reduce((text, part) => (/^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
/** The line of the node at a JSON pointer, or of its nearest existing parent. */
function lineOf(yaml, document, lineCounter, pointer) {
    const path = segments(pointer).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
        if (yaml.isNode(node) && node.range)
            return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
}

;// CONCATENATED MODULE: ../../packages/core/src/duration.ts
/** Durations as users write them: `30s`, `15m`, `24h`, `7d`, combinations like `1h30m`, or ISO 8601 `PT1H`. */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const COMPACT = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h|d|w))+$/;
const COMPACT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const DURATION_EXAMPLES = '30s, 15m, 24h, 7d or ISO 8601 such as PT1H';
/** Parses a duration into milliseconds, or returns undefined when the text is not one. */
function parseDuration(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (COMPACT.test(value)) {
        let total = 0;
        for (const [, amount, unit] of value.matchAll(COMPACT_PART))
            total += Number(amount) * UNIT_MS[unit];
        return Math.round(total);
    }
    const iso = ISO.exec(value.toUpperCase());
    if (iso && value.length > 1 && !value.toUpperCase().endsWith('T')) {
        const [, w, d, h, m, s] = iso.map((part) => (part === undefined ? 0 : Number(part)));
        if ([w, d, h, m, s].every((part) => part === 0) && !/\d/.test(value))
            return undefined;
        return Math.round(w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + s * UNIT_MS.s);
    }
    return undefined;
}
/** Formats milliseconds compactly for people: `1h30m`, `45s`, `250ms`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const sign = ms < 0 ? '-' : '';
    let rest = Math.abs(Math.round(ms));
    if (rest < 1000)
        return `${sign}${rest}ms`;
    const parts = [];
    for (const [unit, size] of [
        ['d', UNIT_MS.d],
        ['h', UNIT_MS.h],
        ['m', UNIT_MS.m],
        ['s', UNIT_MS.s],
    ]) {
        const count = Math.floor(rest / size);
        if (count > 0)
            parts.push(`${count}${unit}`);
        rest -= count * size;
    }
    return sign + parts.join('');
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ../../packages/core/src/http-probe.ts



const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const CONNECT_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'ECONNABORTED',
]);
function classify(error) {
    const code = error.code ?? '';
    if (DNS_CODES.has(code))
        return 'dns';
    if (CONNECT_CODES.has(code))
        return 'connect';
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code) ||
        /certificate|ssl|tls/i.test(error.message))
        return 'tls';
    return 'protocol';
}
function describeFailure(kind, url, error, timeoutMs, proxy) {
    // Through a proxy the connection is to the proxy: say so, or the service gets the blame.
    if (proxy && kind === 'connect')
        return `cannot connect to proxy ${redact(proxy)} for ${url.host} (${error})`;
    if (proxy && kind === 'dns')
        return `cannot resolve proxy host ${proxy.hostname} for ${url.host} (${error})`;
    const via = proxy ? ` through proxy ${redact(proxy)}` : '';
    switch (kind) {
        case 'dns':
            return `cannot resolve host ${url.hostname} (${error})`;
        case 'connect':
            return `cannot connect to ${url.host} (${error})`;
        case 'tls':
            return `TLS handshake with ${url.host}${via} failed (${error})`;
        case 'timeout':
            return `no complete answer from ${url.host}${via} within ${timeoutMs} ms`;
        case 'aborted':
            return 'the request was cancelled';
        default:
            return `bad answer from ${url.host}${via} (${error})`;
    }
}
/**
 * One HTTP request with a deadline, measured precisely. Never throws: a failure comes back as a
 * ProbeFailure whose kind says what went wrong (DNS, connect, TLS, timeout, cancelled, protocol).
 */
async function probe(request) {
    const redirects = [];
    let url = new URL(request.url);
    // The first route is settled before the clock starts: loading a proxy agent is not the service's latency.
    let route = await routeTo(url);
    const started = performance.now();
    const deadline = started + (request.timeoutMs ?? 10_000);
    let method = (request.method ?? 'GET').toUpperCase();
    let body = request.body;
    for (let hop = 0;; hop++) {
        const result = await once(url, route, method, body, request, deadline, started, redirects);
        const location = result.ok ? result.headers.location : undefined;
        if (!result.ok ||
            !location ||
            result.status < 300 ||
            result.status > 399 ||
            hop >= (request.followRedirects ?? 0))
            return result;
        redirects.push(url.toString());
        url = new URL(location, url);
        route = await routeTo(url);
        if (result.status === 303 || ((result.status === 301 || result.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
        }
    }
}
/** The route to `url`, or the error a bad HTTPS_PROXY/NO_PROXY gives (run-action checks them first). */
async function routeTo(url) {
    try {
        return await proxyAgentFor(url);
    }
    catch (error) {
        return error;
    }
}
function once(url, route, method, body, request, deadline, started, redirects) {
    const timeoutMs = request.timeoutMs ?? 10_000;
    const maxBodyBytes = request.maxBodyBytes ?? 1_048_576;
    return new Promise((resolve) => {
        let settled = false;
        const proxy = route instanceof Error ? undefined : route.proxy;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            resolve(result);
        };
        const fail = (kind, error) => finish({
            ok: false,
            kind,
            error: describeFailure(kind, url, error, timeoutMs, proxy),
            latencyMs: performance.now() - started,
            url: url.toString(),
            redirects,
        });
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            fail('protocol', `unsupported protocol ${url.protocol}`);
            return;
        }
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const headers = { 'user-agent': 'shipgate-probe', ...request.headers };
        if (body !== undefined)
            headers['content-length'] = String(Buffer.byteLength(body));
        if (route instanceof Error) {
            // A bad HTTPS_PROXY/NO_PROXY: never a silent direct request.
            resolve({
                ok: false,
                kind: 'protocol',
                error: route.message,
                latencyMs: 0,
                url: url.toString(),
                redirects,
            });
            return;
        }
        // A fresh connection per request (agent false, or a proxy agent of its own), so latencies compare.
        const req = transport.request(url, { method, headers, agent: route.agent });
        // A proxy that refuses the CONNECT tunnel answers for the service; that answer is not the service's.
        req.on('proxyConnect', (answer) => {
            if (answer.statusCode !== 200) {
                fail('connect', `the proxy refused the tunnel: ${answer.statusCode} ${answer.statusText ?? ''}`.trim());
                req.destroy();
            }
        });
        const timer = setTimeout(() => {
            fail('timeout', 'timed out');
            req.destroy();
        }, Math.max(0, deadline - performance.now()));
        const onAbort = () => {
            fail('aborted', 'cancelled');
            req.destroy();
        };
        if (request.signal?.aborted) {
            onAbort();
            return;
        }
        request.signal?.addEventListener('abort', onAbort, { once: true });
        req.on('error', (error) => fail(classify(error), error.code ?? error.message));
        req.on('response', (res) => {
            const timeToHeadersMs = performance.now() - started;
            const chunks = [];
            let size = 0;
            let truncated = false;
            res.on('data', (chunk) => {
                if (size < maxBodyBytes)
                    chunks.push(chunk.subarray(0, maxBodyBytes - size));
                truncated ||= size + chunk.length > maxBodyBytes;
                size += chunk.length;
            });
            res.on('error', (error) => fail('protocol', error.code ?? error.message));
            res.on('aborted', () => fail('connect', 'connection closed before the body ended'));
            res.on('end', () => {
                const flat = {};
                for (const [name, value] of Object.entries(res.headers)) {
                    if (value !== undefined)
                        flat[name] = Array.isArray(value) ? value.join(', ') : value;
                }
                finish({
                    ok: true,
                    status: res.statusCode ?? 0,
                    headers: flat,
                    body: Buffer.concat(chunks).toString('utf8'),
                    bodyTruncated: truncated,
                    latencyMs: performance.now() - started,
                    timeToHeadersMs,
                    url: url.toString(),
                    redirects,
                });
            });
        });
        req.end(body);
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/inputs.ts


/** The environment variable the Actions runner sets for an input: upper case, spaces to `_`, dashes kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Typed readers for action inputs. Each reader validates and throws InputError naming the input,
 * so an action can parse everything before its first side effect.
 */
class Inputs {
    env;
    constructor(env = process.env) {
        this.env = env;
    }
    /** The raw, trimmed value; '' when absent. */
    raw(name) {
        return (this.env[inputEnvName(name)] ?? '').trim();
    }
    has(name) {
        return this.raw(name) !== '';
    }
    string(name, options = {}) {
        const value = this.raw(name);
        if (value !== '')
            return value;
        if (options.default !== undefined)
            return options.default;
        throw new errors/* InputError */.dz(name, 'is required but empty', options.expected ?? 'a non-empty value');
    }
    /** An optional string: undefined when empty. */
    optionalString(name) {
        const value = this.raw(name);
        return value === '' ? undefined : value;
    }
    enum(name, allowed, options = {}) {
        const value = this.raw(name).toLowerCase();
        if (value === '' && options.default !== undefined)
            return options.default;
        if (allowed.includes(value))
            return value;
        throw new errors/* InputError */.dz(name, value === '' ? 'is required but empty' : `'${this.raw(name)}' is not one of the allowed values`, `one of ${allowed.join(', ')}`);
    }
    integer(name, options = {}) {
        return this.numeric(name, options, true);
    }
    number(name, options = {}) {
        return this.numeric(name, options, false);
    }
    optionalNumber(name, options = {}) {
        return this.has(name) ? this.numeric(name, options, false) : undefined;
    }
    boolean(name, options = {}) {
        const value = this.raw(name).toLowerCase();
        if (value === '' && options.default !== undefined)
            return options.default;
        if (['true', 'yes', 'on'].includes(value))
            return true;
        if (['false', 'no', 'off'].includes(value))
            return false;
        throw new errors/* InputError */.dz(name, value === '' ? 'is required but empty' : `'${this.raw(name)}' is not a boolean`, 'true or false');
    }
    /** A duration in milliseconds (`30s`, `15m`, `24h`, `7d`, `PT1H`). */
    duration(name, options = {}) {
        const text = this.raw(name) || options.default;
        if (text === undefined)
            throw new errors/* InputError */.dz(name, 'is required but empty', `a duration such as ${DURATION_EXAMPLES}`);
        const ms = parseDuration(text);
        if (ms === undefined)
            throw new errors/* InputError */.dz(name, `'${text}' is not a duration`, `a duration such as ${DURATION_EXAMPLES}`);
        if (options.minMs !== undefined && ms < options.minMs)
            throw new errors/* InputError */.dz(name, `'${text}' is too short`, `at least ${options.minMs / 1000}s`);
        if (options.maxMs !== undefined && ms > options.maxMs)
            throw new errors/* InputError */.dz(name, `'${text}' is too long`, `at most ${options.maxMs / 1000}s`);
        return ms;
    }
    /** A list separated by commas or newlines; blank items dropped. */
    list(name, options = {}) {
        const items = splitList(this.raw(name));
        if (items.length === 0 && options.default !== undefined)
            return options.default;
        if (items.length < (options.min ?? 0))
            throw new errors/* InputError */.dz(name, `has ${items.length} item(s)`, `at least ${options.min}, separated by commas or newlines`);
        return items;
    }
    /** A list of numbers separated by commas or newlines. */
    numberList(name, options = {}) {
        const items = splitList(this.raw(name));
        if (items.length === 0) {
            if (options.default !== undefined)
                return options.default;
            throw new errors/* InputError */.dz(name, 'is required but empty', 'numbers separated by commas, such as 5,25,50,100');
        }
        return items.map((item) => {
            const value = Number(item);
            if (!Number.isFinite(value))
                throw new errors/* InputError */.dz(name, `'${item}' is not a number`, 'numbers separated by commas, such as 5,25,50,100');
            return value;
        });
    }
    url(name, options = {}) {
        const text = this.raw(name) || options.default;
        const protocols = options.protocols ?? ['http:', 'https:'];
        const expected = `an absolute ${protocols.map((p) => p.replace(':', '')).join(' or ')} URL such as https://example.com/health`;
        if (text === undefined)
            throw new errors/* InputError */.dz(name, 'is required but empty', expected);
        let url;
        try {
            url = new URL(text);
        }
        catch {
            throw new errors/* InputError */.dz(name, `'${text}' is not a URL`, expected);
        }
        if (!protocols.includes(url.protocol))
            throw new errors/* InputError */.dz(name, `'${text}' uses ${url.protocol}`, expected);
        return url;
    }
    optionalUrl(name, options = {}) {
        return this.has(name) ? this.url(name, options) : undefined;
    }
    /** `owner/name`. */
    repository(name, options = {}) {
        const text = this.raw(name) || options.default || '';
        const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text);
        if (!match)
            throw new errors/* InputError */.dz(name, text ? `'${text}' is not a repository` : 'is required but empty', 'owner/name, such as octo-org/service');
        return { owner: match[1], repo: match[2] };
    }
    numeric(name, options, integer) {
        const text = this.raw(name);
        const kind = integer ? 'a whole number' : 'a number';
        const range = describeRange(options);
        if (text === '') {
            if (options.default !== undefined)
                return options.default;
            throw new errors/* InputError */.dz(name, 'is required but empty', `${kind}${range}`);
        }
        const value = Number(text);
        if (!Number.isFinite(value) || (integer && !Number.isInteger(value)))
            throw new errors/* InputError */.dz(name, `'${text}' is not ${kind}`, `${kind}${range}`);
        const belowMin = options.min !== undefined && (options.exclusiveMin ? value <= options.min : value < options.min);
        if (belowMin || (options.max !== undefined && value > options.max))
            throw new errors/* InputError */.dz(name, `${text} is out of range`, `${kind}${range}`);
        return value;
    }
}
function describeRange(options) {
    const { min, max, exclusiveMin } = options;
    if (min !== undefined && max !== undefined)
        return ` from ${min}${exclusiveMin ? ' (exclusive)' : ''} to ${max}`;
    if (min !== undefined)
        return exclusiveMin ? ` above ${min}` : ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ../../packages/core/src/report.ts



/**
 * The outputs an action declares, each with the value it has when the action ends early. They are
 * written once, at the end, whatever happened, so callers can always read them.
 */
class Outputs {
    values;
    flushed = false;
    constructor(defaults) {
        this.values = { ...defaults };
    }
    set(name, value) {
        this.values[name] = value === undefined ? '' : String(value);
    }
    get(name) {
        return this.values[name];
    }
    flush() {
        if (this.flushed)
            return;
        this.flushed = true;
        for (const [name, value] of Object.entries(this.values))
            setOutput(name, value);
    }
}
/** A Markdown table; cell text is escaped so a value cannot break the table or inject markup. */
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
function escapeCell(cell) {
    if (cell === undefined || cell === null || cell === '')
        return '—';
    return String(cell)
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, '<br>');
}
/** Appends Markdown to the job summary; a no-op outside a runner (no GITHUB_STEP_SUMMARY). */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(markdown, true).write();
}
/** Writes a machine-readable report, creating its folder; returns the absolute path. */
async function writeJsonReport(file, data) {
    const absolute = external_node_path_default().resolve(file);
    await external_node_fs_namespaceObject.promises.mkdir(external_node_path_default().dirname(absolute), { recursive: true });
    await external_node_fs_namespaceObject.promises.writeFile(absolute, `${JSON.stringify(data, null, 2)}\n`);
    return absolute;
}

;// CONCATENATED MODULE: ../../packages/core/src/run-action.ts







/**
 * The entry point of every action. It wires inputs, context, clock and cancellation; turns errors
 * into a failed step (bad input named clearly, nothing else leaked); and always writes the outputs.
 * Cancellation aborts `signal` and waits for the action to put things back before exiting.
 */
async function runAction(outputs, main) {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        warning(`Received ${signal}: cancelling and leaving things safe.`);
        controller.abort(new errors/* CancelledError */.cc(`the run was cancelled (${signal})`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        // A bad HTTPS_PROXY/HTTP_PROXY/NO_PROXY fails the step here, before any request is made.
        const proxies = proxySettingsFromEnv();
        for (const proxy of [proxies.https, proxies.http])
            if (proxy?.url.password)
                core_setSecret(decodeURIComponent(proxy.url.password));
        const proxyLine = describeProxySettings(proxies);
        if (proxyLine)
            info(proxyLine);
        const clock = (0,src_clock/* clockFromEnv */.iQ)();
        const context = readContext();
        const github = (token) => {
            core_setSecret(token);
            return new GitHubClient({
                token,
                baseUrl: context.apiUrl,
                clock,
                signal: controller.signal,
                log: info,
                debug: core_debug,
            });
        };
        await main({ inputs: new Inputs(), context, clock, signal: controller.signal, github });
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz || error instanceof errors/* CancelledError */.cc)
            setFailed(error.message);
        else {
            setFailed((0,errors/* errorMessage */.gJ)(error));
            if (error instanceof Error && error.stack)
                core_debug(error.stack);
        }
    }
    finally {
        outputs.flush();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/time-zone.ts
/** IANA time zones through Intl, correct across daylight-saving changes. */
const formatters = new Map();
const WEEKDAYS = (/* unused pure expression or super */ null && (['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']));
function formatter(timeZone) {
    let format = formatters.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            weekday: 'short',
        });
        formatters.set(timeZone, format);
    }
    return format;
}
function isTimeZone(timeZone) {
    // The usual default, answered without Intl: a first DateTimeFormat loads ICU's zone data, about
    // 35 ms of a step's start-up, paid later only when a zone is really used.
    if (timeZone === 'UTC')
        return true;
    try {
        formatter(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
/** The wall-clock time in a zone at an instant. */
function zonedTime(epochMs, timeZone) {
    const parts = {};
    for (const part of formatter(timeZone).formatToParts(new Date(epochMs)))
        parts[part.type] = part.value;
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour),
        minute: Number(parts.minute),
        second: Number(parts.second),
        weekday: WEEKDAYS.indexOf(parts.weekday),
    };
}
/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function zoneOffsetMs(epochMs, timeZone) {
    const t = zonedTime(epochMs, timeZone);
    const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
    return asUtc - Math.floor(epochMs / 1000) * 1000;
}
/**
 * The instant at which a zone's wall clock shows the given time. A time that does not exist (the
 * spring-forward gap) resolves to the first instant after the gap; a time that occurs twice (the
 * fall-back overlap) resolves to the earlier one.
 */
function zonedTimeToEpoch(local, timeZone) {
    const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0, local.second ?? 0);
    // Candidate instants use the offsets in force a day either side; pick the earliest that matches.
    const before = zoneOffsetMs(wall - 86_400_000, timeZone);
    const after = zoneOffsetMs(wall + 86_400_000, timeZone);
    const matches = [wall - before, wall - after]
        .filter((instant) => zoneOffsetMs(instant, timeZone) === wall - instant)
        .sort((a, b) => a - b);
    if (matches.length > 0)
        return matches[0];
    // In a gap the clock jumps past this wall time: keep the earlier offset, which lands after the jump
    // by the gap's length (02:30 on a spring-forward night becomes 03:30).
    return wall - before;
}

;// CONCATENATED MODULE: ../../packages/core/src/notify/event.ts
/** What happened, in words every channel can render. The builders in slack.ts, teams.ts and webhook.ts turn it into a payload. */
const NOTIFY_EVENTS = (/* unused pure expression or super */ null && ([
    'approval-requested',
    'approval-decided',
    'canary-stage',
    'canary-rolled-back',
    'deployment-finished',
    'incident-opened',
    'incident-closed',
    'budget-alert',
]));
/** The facts every channel shows, in order, without empty ones. */
function factsOf(event) {
    const facts = [
        { name: 'Environment', value: event.environment },
        { name: 'Version', value: event.version },
        { name: 'Service', value: event.service },
        { name: event.kind.startsWith('approval') ? 'Decision' : 'Outcome', value: event.outcome },
        { name: 'Who', value: event.who },
        ...(event.facts ?? []),
    ];
    return facts.filter((f) => !!f.value);
}
/** The links every channel shows, as labelled buttons, in order. */
function linksOf(event) {
    const links = [
        { label: 'Issue', url: event.links.issue },
        { label: 'Run', url: event.links.run },
        { label: 'Dashboard', url: event.links.dashboard },
    ];
    return links.filter((l) => !!l.url && /^https?:\/\//.test(l.url));
}
/** Cuts text to a channel's limit, saying it was cut. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ../../packages/core/src/notify/slack.ts

// Block Kit: https://api.slack.com/reference/block-kit/blocks (header text ≤ 150 characters, section
// text ≤ 3000, at most 10 fields of ≤ 2000 each, context ≤ 10 elements, button text ≤ 75, url ≤ 3000).
// Incoming webhooks take `text` (the notification fallback) and `blocks`:
// https://api.slack.com/messaging/webhooks
const EMOJI = {
    good: ':white_check_mark:',
    warning: ':warning:',
    bad: ':x:',
    info: ':information_source:',
};
/**
 * `&`, `<` and `>` are control characters in mrkdwn and must be escaped, so a value cannot become a link
 * or a mention (https://api.slack.com/reference/surfaces/formatting#escaping).
 */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A Block Kit message for an incoming webhook: header, text, fields, context, link buttons. */
function slackMessage(event) {
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: clip(event.title, 150), emoji: true } },
    ];
    const facts = factsOf(event).slice(0, 10);
    blocks.push({
        type: 'section',
        text: {
            type: 'mrkdwn',
            text: clip(`${EMOJI[event.tone]} ${escapeMrkdwn(event.text ?? event.title)}`, 3000),
        },
        ...(facts.length > 0
            ? {
                fields: facts.map((f) => ({
                    type: 'mrkdwn',
                    text: clip(`*${escapeMrkdwn(f.name)}*\n${escapeMrkdwn(f.value)}`, 2000),
                })),
            }
            : {}),
    });
    blocks.push({
        type: 'context',
        elements: [
            { type: 'mrkdwn', text: clip(`${escapeMrkdwn(event.repository)} · ${event.at} · shipgate`, 3000) },
        ],
    });
    const links = linksOf(event).filter((l) => l.url.length <= 3000);
    if (links.length > 0)
        blocks.push({
            type: 'actions',
            elements: links.map((l) => ({
                type: 'button',
                text: { type: 'plain_text', text: clip(l.label, 75) },
                url: l.url,
                action_id: `shipgate-${l.label.toLowerCase()}`,
            })),
        });
    // The fallback is what notifications and screen readers show; plain text, escaped like mrkdwn.
    return { text: clip(escapeMrkdwn(event.title), 3000), blocks };
}

;// CONCATENATED MODULE: ../../packages/core/src/notify/teams.ts

// A Teams incoming webhook (and a Workflows "post to a channel when a webhook request is received" flow)
// takes a message whose attachment is an Adaptive Card:
// https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using#send-adaptive-cards-using-an-incoming-webhook
// Card elements: https://adaptivecards.io/explorer/ (TextBlock, FactSet, Action.OpenUrl; schema 1.4).
const COLOR = { good: 'Good', warning: 'Warning', bad: 'Attention', info: 'Default' };
/** An Adaptive Card: a coloured title, the text, a fact set, and one Action.OpenUrl per link. */
function teamsMessage(event) {
    const facts = factsOf(event);
    const body = [
        {
            type: 'TextBlock',
            text: event.title,
            weight: 'Bolder',
            size: 'Medium',
            color: COLOR[event.tone],
            wrap: true,
        },
    ];
    if (event.text)
        body.push({ type: 'TextBlock', text: event.text, wrap: true });
    if (facts.length > 0)
        body.push({ type: 'FactSet', facts: facts.map((f) => ({ title: f.name, value: f.value })) });
    body.push({
        type: 'TextBlock',
        text: `${event.repository} · ${event.at} · shipgate`,
        isSubtle: true,
        size: 'Small',
        wrap: true,
    });
    const content = {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body,
    };
    const links = linksOf(event);
    if (links.length > 0)
        content.actions = links.map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url }));
    return {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }],
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/notify/webhook.ts

function webhookPayload(event) {
    return {
        schema: 'shipgate.notification/v1',
        event: event.kind,
        title: event.title,
        text: event.text ?? null,
        tone: event.tone,
        repository: event.repository,
        at: event.at,
        environment: event.environment ?? null,
        version: event.version ?? null,
        service: event.service ?? null,
        outcome: event.outcome ?? null,
        who: event.who ?? null,
        facts: Object.fromEntries(factsOf(event).map((f) => [f.name, f.value])),
        links: { ...event.links },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/notify/notifier.ts








const CHANNEL_INPUTS = {
    slack: 'notify-slack-webhook',
    teams: 'notify-teams-webhook',
    webhook: 'notify-webhook',
};
const CHANNEL_NAMES = { slack: 'Slack', teams: 'Teams', webhook: 'webhook' };
/** Every input readNotifyTargets reads; an action that calls it declares them all in its action.yml. */
const NOTIFY_INPUTS = (/* unused pure expression or super */ null && ([
    'notify-slack-webhook',
    'notify-teams-webhook',
    'notify-webhook',
    'notify-dashboard-url',
    'notify-timeout',
]));
/**
 * Reads the notification inputs (every action that notifies declares the same five). The webhook URLs
 * are secrets (whoever has one can post to the channel), so each is masked before anything else and a
 * bad one is refused without echoing it.
 */
function readNotifyTargets(inputs) {
    const urls = {};
    for (const channel of Object.keys(CHANNEL_INPUTS)) {
        const name = CHANNEL_INPUTS[channel];
        const text = inputs.raw(name);
        if (text === '')
            continue;
        for (const secret of secretParts(text))
            core_setSecret(secret);
        urls[channel] = secretUrl(name, text);
    }
    const dashboard = inputs.optionalUrl('notify-dashboard-url');
    const timeoutMs = inputs.duration('notify-timeout', { default: '10s', minMs: 100, maxMs: 60_000 });
    return { urls, dashboardUrl: dashboard?.toString(), timeoutMs };
}
function secretUrl(name, text) {
    const expected = 'an absolute https (or http) webhook URL such as https://hooks.slack.com/services/…';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz(name, 'is not a URL (the value is a secret and is not shown)', expected);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.dz(name, `uses ${url.protocol} (the value is a secret and is not shown)`, expected);
    if (url.username || url.password)
        throw new errors/* InputError */.dz(name, 'carries credentials before the host', `${expected}, without user:password@`);
    return url;
}
/** The whole URL, and its path and query (the secret part of a Slack or Teams webhook): all masked. */
function secretParts(text) {
    const secrets = [text];
    try {
        const url = new URL(text);
        if (url.href !== text)
            secrets.push(url.href);
        const tail = `${url.pathname}${url.search}`;
        // A short path ("/", "/hook") is no secret and masking it would garble every log line.
        if (tail.length >= 12)
            secrets.push(tail);
    }
    catch {
        // not a URL: the whole text is masked
    }
    return secrets;
}
/**
 * Sends notifications to the configured channels. A notification never fails or blocks what it reports
 * on: `notify` starts the deliveries and returns at once (it never throws); `settle` waits for them
 * (each bounded: timeout × attempts plus backoff) and the result goes in the summary and the report.
 */
class Notifier {
    targets;
    options;
    pending = [];
    /** What each pending delivery is (event and channel), for one that does not settle in time. */
    pendingWhat = [];
    secrets = [];
    clock;
    constructor(targets, options) {
        this.targets = targets;
        this.options = options;
        this.clock = options.clock ?? src_clock/* systemClock */.ml;
        for (const url of Object.values(targets.urls))
            if (url)
                this.secrets.push(...secretParts(url.href));
    }
    get enabled() {
        return Object.keys(this.targets.urls).length > 0;
    }
    notify(event) {
        if (!this.enabled)
            return;
        const stamped = {
            ...event,
            links: {
                run: this.options.runUrl || undefined,
                dashboard: this.targets.dashboardUrl,
                ...event.links,
            },
            repository: this.options.repository,
            at: new Date(this.clock.now()).toISOString(),
        };
        for (const [channel, url] of Object.entries(this.targets.urls)) {
            this.pendingWhat.push({ event: event.kind, channel });
            this.pending.push(this.deliver(channel, url, stamped).catch((error) => ({
                event: event.kind,
                channel,
                ok: false,
                attempts: 1,
                problem: this.redact((0,errors/* errorMessage */.gJ)(error)),
            })));
        }
    }
    /**
     * Waits for every delivery started so far; each is already bounded in time (timeout × attempts plus
     * backoff). With `withinMs` (on the notifier's clock) it waits at most that long, for a step ending on
     * an error: a delivery still running then is reported as not finished (it may still arrive).
     */
    async settle(withinMs) {
        if (withinMs === undefined)
            return Promise.all(this.pending);
        const stop = new AbortController();
        const late = this.clock.sleep(withinMs, stop.signal).then(() => undefined, () => undefined);
        try {
            const settled = await Promise.all(this.pending.map((delivery) => Promise.race([delivery, late])));
            return settled.map((delivery, i) => delivery ?? {
                ...this.pendingWhat[i],
                ok: false,
                attempts: 0,
                problem: `not finished within ${withinMs / 1000}s`,
            });
        }
        finally {
            stop.abort();
        }
    }
    async deliver(channel, url, event) {
        const body = JSON.stringify(channel === 'slack'
            ? slackMessage(event)
            : channel === 'teams'
                ? teamsMessage(event)
                : webhookPayload(event));
        const send = this.options.send ?? probe;
        const retries = this.options.retries ?? 2;
        const backoffMs = this.options.backoffMs ?? 1000;
        let last = { event: event.kind, channel, ok: false, attempts: 0 };
        for (let attempt = 1; attempt <= retries + 1; attempt++) {
            const result = await send({
                url,
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'shipgate-notify' },
                body,
                timeoutMs: this.targets.timeoutMs,
                maxBodyBytes: 4096,
            });
            let retryAfterMs;
            if (result.ok && result.status >= 200 && result.status < 300) {
                last = { event: event.kind, channel, ok: true, attempts: attempt, status: result.status };
                break;
            }
            if (result.ok) {
                last = {
                    event: event.kind,
                    channel,
                    ok: false,
                    attempts: attempt,
                    status: result.status,
                    problem: this.redact(`HTTP ${result.status}${result.body ? `: ${result.body.trim().slice(0, 120)}` : ''}`),
                };
                // A 4xx other than 429 is a refusal of this payload or URL: sending it again cannot help.
                if (result.status !== 429 && result.status < 500)
                    break;
                const seconds = Number(result.headers['retry-after']);
                if (Number.isFinite(seconds) && seconds >= 0)
                    retryAfterMs = seconds * 1000;
            }
            else
                last = {
                    event: event.kind,
                    channel,
                    ok: false,
                    attempts: attempt,
                    problem: this.redact(result.error),
                };
            if (attempt > retries || this.options.signal?.aborted)
                break;
            try {
                // Retry-After is honoured up to the backoff cap, so a long one cannot hold the job.
                await this.clock.sleep(Math.min(retryAfterMs ?? backoffMs * attempt, backoffMs * 5), this.options.signal);
            }
            catch {
                break; // cancelled: no more attempts
            }
        }
        const line = `notification ${event.kind} to ${CHANNEL_NAMES[channel]}: ${last.ok ? `sent (HTTP ${last.status})` : `failed after ${last.attempts} attempt(s): ${last.problem}`}`;
        if (last.ok)
            (this.options.log ?? info)(line);
        else
            (this.options.warn ?? warning)(line);
        return last;
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
}
/**
 * The job summary's section on notifications ('' when none were configured or sent). It starts with a
 * blank line, so it can be appended to any summary (a table before it stays a table).
 */
function notificationsMarkdown(deliveries) {
    if (deliveries.length === 0)
        return '';
    const failed = deliveries.filter((d) => !d.ok).length;
    return [
        '',
        '',
        `### Notifications: ${failed === 0 ? 'all sent' : `${failed} of ${deliveries.length} failed (notifications never change the result of the step)`}`,
        '',
        markdownTable(['event', 'channel', 'result', 'attempts', 'detail'], deliveries.map((d) => [
            d.event,
            CHANNEL_NAMES[d.channel],
            d.ok ? 'sent' : 'failed',
            d.attempts,
            d.ok ? `HTTP ${d.status}` : d.problem,
        ])),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ../../packages/core/src/notify/index.ts






;// CONCATENATED MODULE: ../../packages/core/src/index.ts
















;// CONCATENATED MODULE: ./src/argv.ts
/**
 * Commands are written like shell commands but never run by a shell: this splits the text into an
 * argument vector with shell-like quoting and NO expansion ($VAR, globs, ~, `…`, ;, | and > stay literal
 * characters), then fills the {weight} and {stage} placeholders inside the arguments.
 */
class CommandSyntaxError extends Error {
}
const PLACEHOLDERS = ['weight', 'stage'];
/** Splits a command line into arguments: '…' is literal, "…" allows \" \\ \$ \` escapes, \x escapes x. */
function parseCommand(text) {
    const args = [];
    let current = '';
    let inArgument = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote === "'") {
            if (char === "'")
                quote = undefined;
            else
                current += char;
            continue;
        }
        if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
                if (text[i + 1] !== '\n')
                    current += text[i + 1];
                i++;
            }
            else
                current += char;
            continue;
        }
        if (char === "'" || char === '"') {
            quote = char;
            inArgument = true;
        }
        else if (char === '\\') {
            if (i + 1 >= text.length)
                throw new CommandSyntaxError('ends with a lone backslash');
            if (text[i + 1] !== '\n') {
                current += text[i + 1];
                inArgument = true;
            }
            i++;
        }
        else if (/\s/.test(char)) {
            if (inArgument)
                args.push(current);
            current = '';
            inArgument = false;
        }
        else {
            current += char;
            inArgument = true;
        }
    }
    if (quote)
        throw new CommandSyntaxError(`has an unterminated ${quote === '"' ? 'double' : 'single'} quote`);
    if (inArgument)
        args.push(current);
    if (args.length === 0)
        throw new CommandSyntaxError('is empty');
    return args;
}
/** Placeholder-looking words ({lowercase}) in the arguments that are not {weight} or {stage}. */
function unknownPlaceholders(args) {
    const unknown = new Set();
    for (const arg of args) {
        for (const [, name] of arg.matchAll(/\{([a-z][a-z_-]*)\}/g))
            if (!PLACEHOLDERS.includes(name))
                unknown.add(`{${name}}`);
    }
    return [...unknown];
}
function usesPlaceholder(args, name) {
    return args.some((arg) => arg.includes(`{${name}}`));
}
/** Replaces {weight} and {stage} inside each argument; the number of arguments never changes. */
function fillPlaceholders(args, values) {
    return args.map((arg) => arg.replace(/\{(weight|stage)\}/g, (_, name) => String(values[name])));
}

;// CONCATENATED MODULE: ./src/metrics/prometheus.ts

const QUERY_PLACEHOLDERS = ['version', 'stage', 'interval'];
/** `{{name}}` placeholders in a query that are not {{version}}, {{stage}} or {{interval}}. */
function badQueryPlaceholders(query) {
    const bad = [];
    for (const [whole, name] of query.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g))
        if (!QUERY_PLACEHOLDERS.includes(name))
            bad.push(whole);
    const stray = query.replace(/\{\{\s*[^}]*?\s*\}\}/g, '');
    if (/\{\{|\}\}/.test(stray))
        bad.push('an unclosed {{ or a stray }}');
    return bad;
}
/** A Prometheus range for {{interval}}: whole seconds, at least 1s. */
function promDuration(ms) {
    return `${Math.max(1, Math.round(ms / 1000))}s`;
}
function fillQuery(query, values) {
    return query.replace(/\{\{\s*(version|stage|interval)\s*\}\}/g, (_, name) => name === 'version'
        ? values.version
        : name === 'stage'
            ? String(values.stage)
            : promDuration(values.intervalMs));
}
/**
 * Reads one number from an instant query (/api/v1/query). An empty vector, NaN, several series, an
 * HTTP error, a timeout or an unparsable answer is a problem, never a value.
 */
function parseInstantQuery(status, body) {
    if (status !== 200)
        return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 200)}` };
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return { ok: false, problem: 'the answer is not JSON' };
    }
    if (parsed.status !== 'success')
        return { ok: false, problem: `query failed: ${parsed.error ?? 'unknown error'}` };
    const { resultType, result } = parsed.data ?? {};
    let raw;
    if (resultType === 'scalar' && Array.isArray(result))
        raw = result[1];
    else if (resultType === 'vector' && Array.isArray(result)) {
        if (result.length === 0)
            return { ok: false, problem: 'empty result (no data)' };
        if (result.length > 1)
            return {
                ok: false,
                problem: `${result.length} series; the query must aggregate to one (sum, histogram_quantile)`,
            };
        raw = result[0].value?.[1];
    }
    else
        return { ok: false, problem: `unsupported result type ${resultType}` };
    const value = Number(raw);
    if (typeof raw !== 'string' || !Number.isFinite(value))
        return { ok: false, problem: `not a number (${String(raw)})` };
    return { ok: true, value };
}
class PrometheusSource {
    baseUrl;
    queries;
    version;
    baselineVersion;
    timeoutMs;
    headers;
    counted = new Map();
    constructor(baseUrl, queries, version, baselineVersion, timeoutMs, headers = {}) {
        this.baseUrl = baseUrl;
        this.queries = queries;
        this.version = version;
        this.baselineVersion = baselineVersion;
        this.timeoutMs = timeoutMs;
        this.headers = headers;
    }
    async query(promql, signal) {
        const url = new URL('api/v1/query', this.baseUrl.href.endsWith('/') ? this.baseUrl : `${this.baseUrl.href}/`);
        url.searchParams.set('query', promql);
        url.searchParams.set('timeout', promDuration(this.timeoutMs));
        const result = await probe({
            url,
            headers: { accept: 'application/json', ...this.headers },
            timeoutMs: this.timeoutMs,
            signal,
        });
        if (!result.ok)
            return { ok: false, problem: result.error };
        return parseInstantQuery(result.status, result.body);
    }
    /** Requests and errors of `version` since the stage started; latency over the same span. */
    async sample(version, context) {
        const fill = (query) => fillQuery(query, { version, stage: context.stage, intervalMs: context.sinceStageMs });
        const [rate, count, latency] = await Promise.all([
            this.query(fill(this.queries.errorRate), context.signal),
            this.query(fill(this.queries.requestCount), context.signal),
            this.queries.latency ? this.query(fill(this.queries.latency), context.signal) : undefined,
        ]);
        if (!count.ok)
            return `request-count-query for ${version}: ${count.problem}`;
        const requests = Math.max(0, Math.round(count.value));
        // No requests: the rate is 0/0 (NaN) and there is no latency; zero traffic is data, not a fault.
        if (requests === 0)
            return { requests: 0, errors: 0 };
        if (!rate.ok)
            return `error-rate-query for ${version}: ${rate.problem}`;
        if (latency && !latency.ok)
            return `latency-query for ${version}: ${latency.problem}`;
        if (rate.value < 0 || rate.value > 1)
            return `error-rate-query for ${version} returned ${rate.value}, not a fraction from 0 to 1`;
        return {
            requests,
            errors: Math.round(rate.value * requests),
            p95Ms: latency?.ok ? latency.value * 1000 : undefined,
        };
    }
    /**
     * The batch since the previous check: the counts since the stage started minus what earlier checks of
     * the stage already counted (increase() extrapolates, so a total that dips is held, never counted twice).
     */
    delta(version, context, total) {
        const key = `${version}@${context.stage}`;
        const seen = this.counted.get(key) ?? { requests: 0, errors: 0 };
        const requests = Math.max(0, total.requests - seen.requests);
        const errors = Math.min(requests, Math.max(0, total.errors - seen.errors));
        this.counted.set(key, {
            requests: Math.max(seen.requests, total.requests),
            errors: Math.max(seen.errors, total.errors),
        });
        return { requests, errors, p95Ms: total.p95Ms };
    }
    /** Each gauge of both versions; a gauge the canary cannot answer is a problem (fail closed). */
    async gauges(context) {
        const readings = [];
        for (const gauge of this.queries.gauges ?? []) {
            const fill = (version) => fillQuery(gauge.query, { version, stage: context.stage, intervalMs: context.sinceStageMs });
            const [canary, baseline] = await Promise.all([
                this.query(fill(this.version), context.signal),
                this.baselineVersion ? this.query(fill(this.baselineVersion), context.signal) : undefined,
            ]);
            if (!canary.ok)
                return `${gauge.name}-query for ${this.version}: ${canary.problem}`;
            readings.push({
                name: gauge.name,
                canary: canary.value,
                baseline: baseline?.ok ? baseline.value : undefined,
                limit: gauge.limit,
            });
        }
        return readings;
    }
    async measure(context) {
        const [canary, baseline, gauges] = await Promise.all([
            this.sample(this.version, context),
            this.baselineVersion ? this.sample(this.baselineVersion, context) : undefined,
            this.gauges(context),
        ]);
        if (typeof canary === 'string')
            return { source: 'prometheus', problem: canary };
        if (typeof gauges === 'string')
            return { source: 'prometheus', problem: gauges };
        const canaryBatch = this.delta(this.version, context, canary);
        if (typeof baseline === 'string' || baseline === undefined || baseline.requests === 0)
            // At 100 % the baseline serves nothing: the canary is then judged against the thresholds alone.
            return {
                source: 'prometheus',
                canary: canaryBatch,
                ...(gauges.length > 0 ? { gauges } : {}),
                notes: this.baselineVersion
                    ? [
                        `no baseline (${typeof baseline === 'string' ? baseline : 'no requests'}): compared with thresholds alone`,
                    ]
                    : undefined,
            };
        return {
            source: 'prometheus',
            canary: canaryBatch,
            baseline: this.delta(this.baselineVersion, context, baseline),
            // Requests by version of the service's own traffic: their split is the router's weight.
            routed: true,
            ...(gauges.length > 0 ? { gauges } : {}),
        };
    }
}

;// CONCATENATED MODULE: ./src/stages.ts

const STAGES_EXPECTED = 'increasing whole percentages from 0 to 100 ending at 100, such as 5,25,50,100';
const ROUNDS_EXPECTED = 'one whole number of at least 1 per stage, such as 3,3,5,3';
const WAITS_EXPECTED = 'one duration per stage, such as 60s,60s,90s,8m (blue-green: the check at 0 % and the bake, such as 2m,10m)';
function waitsOf(waits) {
    if (waits.input === 'stage-waits')
        return waits.ms;
    for (const count of waits.rounds) {
        if (!Number.isInteger(count) || count < 1 || count > 1000)
            throw new errors/* InputError */.dz('rounds-per-stage', `${count} is not a round count`, ROUNDS_EXPECTED);
    }
    return waits.rounds.map((r) => r * waits.intervalMs);
}
/**
 * The stages of a progression, validated. For `blue-green` the new version is checked at 0 % (its own
 * URL only) for the first wait, then takes 100 % at once and bakes for the last wait; `gradual-blue-green`
 * shifts through the weights after the check at 0 %, one wait per step.
 */
function planStages(strategy, weights, waits) {
    for (const weight of weights) {
        if (!Number.isInteger(weight) || weight < 0 || weight > 100)
            throw new errors/* InputError */.dz('stages', `${weight} is not a weight from 0 to 100`, STAGES_EXPECTED);
    }
    for (let i = 1; i < weights.length; i++) {
        if (weights[i] <= weights[i - 1])
            throw new errors/* InputError */.dz('stages', `${weights[i]} after ${weights[i - 1]} does not increase`, STAGES_EXPECTED);
    }
    if (weights[weights.length - 1] !== 100)
        throw new errors/* InputError */.dz('stages', `the last stage is ${weights[weights.length - 1]}, not 100`, STAGES_EXPECTED);
    const ms = waitsOf(waits);
    const expected = waits.input === 'stage-waits' ? WAITS_EXPECTED : ROUNDS_EXPECTED;
    if (strategy === 'gradual-blue-green') {
        if (weights[0] === 0)
            throw new errors/* InputError */.dz('stages', 'starts at 0, which gradual-blue-green already checks first', 'the weights after the check at 0 %, such as 10,50,100');
        if (ms.length !== weights.length + 1)
            throw new errors/* InputError */.dz(waits.input, `has ${ms.length} value(s) for ${weights.length + 1} stage(s) (the check at 0 % and ${weights.join(', ')})`, expected);
        return [0, ...weights].map((weight, i) => ({ index: i + 1, weight, waitMs: ms[i] }));
    }
    if (strategy === 'blue-green') {
        if (ms.length < 1)
            throw new errors/* InputError */.dz(waits.input, 'is empty', expected);
        if (waits.input === 'stage-waits' && ms.length !== 2)
            throw new errors/* InputError */.dz(waits.input, `has ${ms.length} value(s) for blue-green's 2 stages (check at 0 %, bake at 100 %)`, expected);
        return [
            { index: 1, weight: 0, waitMs: ms[0] },
            { index: 2, weight: 100, waitMs: ms[ms.length - 1] },
        ];
    }
    if (ms.length !== weights.length)
        throw new errors/* InputError */.dz(waits.input, `has ${ms.length} value(s) for ${weights.length} stage(s)`, expected);
    return weights.map((weight, i) => ({ index: i + 1, weight, waitMs: ms[i] }));
}

;// CONCATENATED MODULE: ./src/config.ts




const COMMAND_EXPECTED = "a command with {weight} (and optionally {stage}), such as ./set-weight.sh --canary '{weight}'";
function command(name, text, requirePlaceholder) {
    let args;
    try {
        args = parseCommand(text);
    }
    catch (error) {
        if (error instanceof CommandSyntaxError)
            throw new errors/* InputError */.dz(name, error.message, COMMAND_EXPECTED);
        throw error;
    }
    const unknown = unknownPlaceholders(args);
    if (unknown.length > 0)
        throw new errors/* InputError */.dz(name, `unknown placeholder ${unknown.join(', ')}`, COMMAND_EXPECTED);
    if (requirePlaceholder && !usesPlaceholder(args, 'weight') && !usesPlaceholder(args, 'stage'))
        throw new errors/* InputError */.dz(name, 'does not use {weight} or {stage}', COMMAND_EXPECTED);
    return args;
}
function headerLines(name, text) {
    const headers = {};
    for (const line of (text ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        const match = /^([A-Za-z0-9-]+)\s*:\s*(.+)$/.exec(line);
        if (!match)
            throw new errors/* InputError */.dz(name, 'has a line that is not a header', "one 'Name: value' per line, such as Authorization: Bearer …");
        headers[match[1].toLowerCase()] = match[2];
    }
    return headers;
}
function query(inputs, name) {
    const text = name === 'error-rate-query'
        ? inputs.optionalString('error-rate-query')
        : name === 'latency-query'
            ? inputs.optionalString('latency-query')
            : name === 'cpu-query'
                ? inputs.optionalString('cpu-query')
                : name === 'memory-query'
                    ? inputs.optionalString('memory-query')
                    : inputs.optionalString('request-count-query');
    if (text === undefined)
        return undefined;
    const bad = badQueryPlaceholders(text);
    if (bad.length > 0)
        throw new errors/* InputError */.dz(name, `unknown placeholder ${bad.join(', ')}`, 'PromQL using only {{version}}, {{stage}} and {{interval}}');
    return text;
}
const config_WAITS_EXPECTED = 'durations separated by commas, one per stage, such as 60s,60s,90s,8m';
/** `stage-waits` when given (one duration per stage), else `rounds-per-stage` × `analysis-interval`. */
function stageWaits(inputs, intervalMs) {
    const items = inputs.list('stage-waits', { default: [] });
    if (items.length === 0)
        return {
            input: 'rounds-per-stage',
            rounds: inputs.numberList('rounds-per-stage', { default: [3, 3, 5, 3] }),
            intervalMs,
        };
    if (inputs.has('rounds-per-stage'))
        throw new errors/* InputError */.dz('stage-waits', 'is given together with rounds-per-stage', 'one of stage-waits or rounds-per-stage');
    const ms = items.map((item) => {
        const value = parseDuration(item);
        if (value === undefined)
            throw new errors/* InputError */.dz('stage-waits', `'${item}' is not a duration (${DURATION_EXAMPLES})`, config_WAITS_EXPECTED);
        if (value < 1000 || value > 6 * 3_600_000)
            throw new errors/* InputError */.dz('stage-waits', `'${item}' is not from 1s to 6h`, config_WAITS_EXPECTED);
        return value;
    });
    return { input: 'stage-waits', ms };
}
/** Every input, validated, before anything is touched. */
function readConfig(inputs, defaultRepository) {
    const strategy = inputs.enum('strategy', ['canary', 'blue-green', 'gradual-blue-green'], {
        default: 'canary',
    });
    const intervalMs = inputs.duration('analysis-interval', { default: '30s', minMs: 1000, maxMs: 3_600_000 });
    const stages = planStages(strategy, inputs.numberList('stages', { default: [5, 25, 50, 100] }), stageWaits(inputs, intervalMs));
    const shortest = Math.min(...stages.map((s) => s.waitMs));
    const checkIntervalMs = inputs.has('check-interval')
        ? inputs.duration('check-interval', { minMs: 1000, maxMs: 3_600_000 })
        : Math.min(10_000, shortest);
    if (checkIntervalMs > shortest)
        throw new errors/* InputError */.dz('check-interval', `${checkIntervalMs / 1000}s is longer than the shortest stage wait (${shortest / 1000}s)`, 'a duration no longer than every stage wait, such as 10s');
    const falseRollbackRate = inputs.number('false-rollback-rate', { default: 0.1, min: 0.0001, max: 10 }) / 100;
    const timeoutMs = inputs.duration('timeout', { default: '60m', minMs: 1000 });
    const callTimeoutMs = inputs.duration('call-timeout', { default: '30s', minMs: 100, maxMs: 600_000 });
    const commandText = inputs.optionalString('set-traffic-command');
    const urlGiven = inputs.has('set-traffic-url');
    if (commandText !== undefined && urlGiven)
        throw new errors/* InputError */.dz('set-traffic-command', 'is given together with set-traffic-url', 'exactly one of set-traffic-command or set-traffic-url');
    if (commandText === undefined && !urlGiven)
        throw new errors/* InputError */.dz('set-traffic-command', 'is empty and so is set-traffic-url', 'exactly one of set-traffic-command or set-traffic-url');
    const rollbackText = inputs.optionalString('rollback-command');
    const rollbackCommand = rollbackText === undefined ? undefined : command('rollback-command', rollbackText, false);
    const traffic = commandText !== undefined
        ? { kind: 'command', command: command('set-traffic-command', commandText, true), rollbackCommand }
        : { kind: 'webhook', url: inputs.url('set-traffic-url'), rollbackCommand };
    const rules = {
        maxErrorRate: inputs.number('max-error-rate', { default: 1, min: 0, max: 100 }) / 100,
        rollbackErrorRate: inputs.number('rollback-error-rate', { default: 5, min: 0, max: 100 }) / 100,
        maxLatencyP95Ms: inputs.optionalNumber('max-latency-p95', { min: 1 }),
        maxLatencyIncrease: (inputs.optionalNumber('max-latency-increase', { min: 0 }) ?? 20) / 100,
        minSamples: inputs.integer('min-samples', { default: 50, min: 1 }),
        minHealthScore: inputs.number('min-health-score', { default: 85, min: 0, max: 100 }),
    };
    if (rules.rollbackErrorRate < rules.maxErrorRate)
        throw new errors/* InputError */.dz('rollback-error-rate', `${rules.rollbackErrorRate * 100} is below max-error-rate ${rules.maxErrorRate * 100}`, 'a percentage at least max-error-rate, such as 5');
    const canaryUrl = inputs.optionalUrl('canary-url');
    const baselineUrl = inputs.optionalUrl('baseline-url');
    const probeRequests = inputs.integer('probe-requests', { default: 20, min: 1, max: 10_000 });
    if (baselineUrl && !canaryUrl)
        throw new errors/* InputError */.dz('baseline-url', 'is given without canary-url', 'canary-url as well, or no baseline-url');
    const probeStagesGiven = inputs.has('probe-stages');
    const probeStages = probeStagesGiven
        ? inputs.integer('probe-stages', { min: 1, max: stages.length })
        : stages.length;
    if (probeStagesGiven && !canaryUrl)
        throw new errors/* InputError */.dz('probe-stages', 'is given without canary-url', 'canary-url as well (the probes it limits), or no probe-stages');
    if (strategy !== 'canary' && !canaryUrl)
        throw new errors/* InputError */.dz('canary-url', `is empty although strategy is ${strategy} (the new version takes no traffic while it is checked)`, "the new version's own URL, such as https://green.internal/healthz");
    const prometheusUrl = inputs.optionalUrl('prometheus-url');
    const errorRate = query(inputs, 'error-rate-query');
    const latency = query(inputs, 'latency-query');
    const requestCount = query(inputs, 'request-count-query');
    const headers = headerLines('prometheus-headers', inputs.optionalString('prometheus-headers'));
    // Resource checks as in Flagger's metric templates: a query per resource and its highest value.
    const gauges = [];
    const cpuQuery = query(inputs, 'cpu-query');
    const maxCpu = inputs.optionalNumber('max-cpu', { min: 0 });
    const memoryQuery = query(inputs, 'memory-query');
    const maxMemory = inputs.optionalNumber('max-memory', { min: 0 });
    for (const [name, text, limit, limitName] of [
        ['cpu', cpuQuery, maxCpu, 'max-cpu'],
        ['memory', memoryQuery, maxMemory, 'max-memory'],
    ]) {
        if (text !== undefined && limit === undefined)
            throw new errors/* InputError */.dz(limitName, `is empty although ${name}-query is set`, `the highest acceptable value of ${name}-query, such as ${name === 'cpu' ? '0.8' : '536870912'}`);
        if (text === undefined && limit !== undefined)
            throw new errors/* InputError */.dz(`${name}-query`, `is empty although ${limitName} is set`, `PromQL for the ${name} of {{version}}, such as ${name === 'cpu' ? 'sum(rate(process_cpu_seconds_total{version="{{version}}"}[1m]))' : 'sum(process_resident_memory_bytes{version="{{version}}"})'}`);
        if (text !== undefined && limit !== undefined)
            gauges.push({ name, query: text, limit });
    }
    const version = inputs.string('version', { default: '' });
    const baselineVersion = inputs.optionalString('baseline-version');
    let prometheus;
    if (prometheusUrl) {
        if (!errorRate)
            throw new errors/* InputError */.dz('error-rate-query', 'is empty although prometheus-url is set', 'PromQL returning the fraction of failed requests of {{version}} over {{interval}}');
        if (!requestCount)
            throw new errors/* InputError */.dz('request-count-query', 'is empty although prometheus-url is set', 'PromQL returning the number of requests of {{version}} over {{interval}}');
        if (!version)
            throw new errors/* InputError */.dz('version', 'is empty although prometheus-url is set', 'the label value of the new version, such as v2');
        prometheus = { url: prometheusUrl, queries: { errorRate, requestCount, latency, gauges }, headers };
    }
    else if (errorRate || latency || requestCount || gauges.length > 0) {
        throw new errors/* InputError */.dz('prometheus-url', 'is empty although PromQL queries are given', 'the Prometheus base URL, such as http://prometheus:9090');
    }
    if (probeStages < stages.length && !prometheus)
        throw new errors/* InputError */.dz('probe-stages', `stops the probes after stage ${probeStages} of ${stages.length}, and prometheus-url is empty: the later stages would have no metric source`, `prometheus-url with its queries for the later stages, or probe-stages ${stages.length} (every stage)`);
    if (!canaryUrl && !prometheus)
        throw new errors/* InputError */.dz('canary-url', 'no metric source is configured (neither canary-url nor prometheus-url)', 'canary-url, or prometheus-url with error-rate-query and request-count-query, or both');
    const webhooks = {
        'pre-rollout': inputs.optionalUrl('pre-rollout-webhook'),
        'confirm-stage': inputs.optionalUrl('confirm-stage-webhook'),
        'post-rollout': inputs.optionalUrl('post-rollout-webhook'),
        rollback: inputs.optionalUrl('rollback-webhook'),
    };
    const webhookTimeoutMs = inputs.duration('webhook-timeout', { default: '10s', minMs: 100, maxMs: 600_000 });
    const retireWebhook = inputs.optionalUrl('retire-webhook');
    const retireAfterMs = inputs.duration('retire-after', { default: '0s', maxMs: 6 * 3_600_000 });
    if (inputs.has('retire-after') && !retireWebhook)
        throw new errors/* InputError */.dz('retire-webhook', 'is empty although retire-after is set', 'the URL that retires the old version, such as https://deploy.internal/retire');
    const deploymentText = inputs.optionalString('deployment-id');
    let deploymentId;
    if (deploymentText !== undefined) {
        deploymentId = inputs.integer('deployment-id', { min: 1 });
    }
    return {
        strategy,
        stages,
        intervalMs,
        checkIntervalMs,
        falseRollbackRate,
        timeoutMs,
        callTimeoutMs,
        traffic,
        probes: canaryUrl ? { canaryUrl, baselineUrl, requests: probeRequests, stages: probeStages } : undefined,
        prometheus,
        version,
        baselineVersion,
        rules,
        maxFailedRounds: inputs.integer('max-failed-rounds', { default: 2, min: 1 }),
        maxInconclusiveRounds: inputs.integer('max-inconclusive-rounds', { default: 3, min: 1 }),
        webhooks,
        webhookTimeoutMs,
        retire: retireWebhook ? { url: retireWebhook, afterMs: retireAfterMs } : undefined,
        deploymentId,
        githubToken: inputs.string('github-token', { default: '' }),
        repository: inputs.repository('repository', { default: defaultRepository }),
    };
}

;// CONCATENATED MODULE: ./src/deployment-status.ts

/** GitHub deployment statuses, so the deployment page shows the progression. A failure to post is logged, not fatal. */
class DeploymentStatuses {
    client;
    repository;
    deploymentId;
    logUrl;
    warn;
    constructor(client, repository, deploymentId, logUrl, warn) {
        this.client = client;
        this.repository = repository;
        this.deploymentId = deploymentId;
        this.logUrl = logUrl;
        this.warn = warn;
    }
    async post(state, description) {
        try {
            await this.client.api.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...this.repository,
                deployment_id: this.deploymentId,
                state,
                description: description.slice(0, 140),
                ...(this.logUrl ? { log_url: this.logUrl } : {}),
                auto_inactive: state === 'success',
            });
        }
        catch (error) {
            this.warn(`could not post the deployment status '${state}': ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    stage(stage, total) {
        return this.post('in_progress', `canary at ${stage.weight}% (stage ${stage.index}/${total})`);
    }
    final(result) {
        if (result.outcome === 'promoted')
            return this.post('success', 'canary promoted to 100%');
        return this.post(result.outcome === 'aborted' ? 'error' : 'failure', `canary ${result.outcome} at stage ${result.failedStage ?? '?'}: ${result.reason}`);
    }
}

;// CONCATENATED MODULE: ./src/metrics/combined.ts
/** Every configured source measured side by side; one that throws becomes a problem (inconclusive). */
class CombinedSource {
    sources;
    constructor(sources) {
        this.sources = sources;
    }
    async measure(context) {
        const measured = await Promise.all(this.sources.map(({ name, source }) => source.measure(context).catch((error) => ({
            source: name,
            problem: error instanceof Error ? error.message : String(error),
        }))));
        return measured.filter((m) => m !== undefined);
    }
}

;// CONCATENATED MODULE: ./src/metrics/http-probe.ts

/** A probe counts as an error when it gets no answer or a 5xx answer. */
function sampleOf(results) {
    return {
        requests: results.length,
        errors: results.filter((r) => !r.ok || r.status >= 500).length,
        latenciesMs: results.map((r) => r.latencyMs),
    };
}
async function probeMany(url, count, timeoutMs, signal) {
    const results = [];
    const concurrency = Math.min(4, count);
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < count && !signal?.aborted) {
            next++;
            results.push(await probe({ url, timeoutMs, signal }));
        }
    }));
    return results;
}
/**
 * HTTP probes of canary-url (and baseline-url), `requests` of each per check: each check is one new batch.
 * They go to each version directly, not through the router, so they judge the new version from the first
 * check of a stage whatever share of the users' traffic it gets (and however late the router applies it).
 * After stage `stages` they stop (probe-stages): the source has nothing to say there, which is not "no data".
 */
class HttpProbeSource {
    canaryUrl;
    baselineUrl;
    requests;
    timeoutMs;
    stages;
    constructor(canaryUrl, baselineUrl, requests, timeoutMs, stages = Infinity) {
        this.canaryUrl = canaryUrl;
        this.baselineUrl = baselineUrl;
        this.requests = requests;
        this.timeoutMs = timeoutMs;
        this.stages = stages;
    }
    async measure(context) {
        if (context.stage > this.stages)
            return undefined;
        const [canary, baseline] = await Promise.all([
            probeMany(this.canaryUrl, this.requests, this.timeoutMs, context.signal),
            this.baselineUrl
                ? probeMany(this.baselineUrl, this.requests, this.timeoutMs, context.signal)
                : undefined,
        ]);
        return { source: 'probe', canary: sampleOf(canary), baseline: baseline && sampleOf(baseline) };
    }
}

;// CONCATENATED MODULE: ./src/statistics.ts
/**
 * The statistics of canary analysis. Error rates are counts, so they get count tests (Wilson score
 * intervals, a two-proportion z-test); latency gets a rank test (Mann-Whitney U) and percentiles.
 */
/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 via erf, |error| < 1.5e-7). */
function normalCdf(z) {
    const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const erf = 1 - poly * Math.exp(-(z * z) / 2);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
/**
 * Wilson score interval for a proportion `events / trials` (two-sided at `z`; z = 1.96 is 95 %).
 * Unlike the normal approximation it stays inside [0, 1] and is honest for 0 events.
 */
function wilson(events, trials, z = 1.96) {
    if (trials <= 0)
        return { low: 0, high: 1 };
    const p = events / trials;
    const z2 = z * z;
    const denominator = 1 + z2 / trials;
    const centre = (p + z2 / (2 * trials)) / denominator;
    const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
    return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
/** z for a one-sided test at 95 % confidence. */
const Z_ONE_SIDED_95 = 1.6449;
/** z for a one-sided test at 99.9 % confidence (used for "conclusive, roll back now"). */
const Z_ONE_SIDED_999 = 3.0902;
/**
 * One-sided two-proportion z-test (pooled): the p-value of "rate A is higher than rate B".
 * Small p means A is significantly worse. With no events at all there is no evidence: p = 1.
 */
function twoProportionPValue(eventsA, trialsA, eventsB, trialsB) {
    if (trialsA <= 0 || trialsB <= 0)
        return 1;
    const pooled = (eventsA + eventsB) / (trialsA + trialsB);
    if (pooled === 0 || pooled === 1)
        return 1;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
    const z = (eventsA / trialsA - eventsB / trialsB) / se;
    return 1 - normalCdf(z);
}
/**
 * One-sided Mann-Whitney U test (normal approximation with tie correction): the p-value of
 * "values in A tend to be larger than values in B". Needs a few samples on each side.
 */
function mannWhitneyPValue(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 < 3 || n2 < 3)
        return 1;
    const all = [...a.map((value) => ({ value, group: 0 })), ...b.map((value) => ({ value, group: 1 }))].sort((x, y) => x.value - y.value);
    const ranks = new Array(all.length);
    let tieTerm = 0;
    for (let i = 0; i < all.length;) {
        let j = i;
        while (j + 1 < all.length && all[j + 1].value === all[i].value)
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[k] = rank;
        const ties = j - i + 1;
        tieTerm += ties ** 3 - ties;
        i = j + 1;
    }
    let rankSumA = 0;
    all.forEach((item, i) => {
        if (item.group === 0)
            rankSumA += ranks[i];
    });
    const u = rankSumA - (n1 * (n1 + 1)) / 2;
    const n = n1 + n2;
    const mean = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (variance <= 0)
        return 1;
    const z = (u - mean - 0.5) / Math.sqrt(variance);
    return 1 - normalCdf(z);
}
/** The q-quantile (0..1) by linear interpolation between closest ranks; undefined for no values. */
function percentile(values, q) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((x, y) => x - y);
    const position = (sorted.length - 1) * q;
    const lower = Math.floor(position);
    const upper = Math.ceil(position);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

;// CONCATENATED MODULE: ./src/analysis.ts

const SIGNIFICANT = 0.05;
/**
 * The health score counts an excess only at this level: a stage's average is taken over many overlapping
 * windows, and a 5 % level there would fail healthy stages by noise alone.
 */
const SCORE_LEVEL = 0.001;
const CONCLUSIVE = 0.001;
const pct = (fraction) => `${(fraction * 100).toFixed(2)}%`;
const ms = (value) => `${Math.round(value)}ms`;
/**
 * One source, one round. Fail closed: no data or too few requests is inconclusive, never a pass.
 * With a baseline, the canary is blamed only when it is significantly worse than the baseline: when
 * both versions are degraded alike (an incident, a dependency down), the verdict is `hold`.
 */
function analyseSource(m, rules) {
    const result = {
        source: m.source,
        verdict: 'pass',
        rollbackNow: false,
        reasons: [...(m.notes ?? [])],
    };
    if (m.problem || !m.canary) {
        result.verdict = 'inconclusive';
        result.reasons.push(`no data: ${m.problem ?? 'the source returned nothing'}`);
        return result;
    }
    const canary = m.canary;
    result.requests = canary.requests;
    result.errors = canary.errors;
    if (!(canary.requests >= rules.minSamples)) {
        result.verdict = 'inconclusive';
        result.fewSamples = canary.requests > 0;
        result.reasons.push(`only ${canary.requests} canary request(s), fewer than min-samples ${rules.minSamples}`);
        return result;
    }
    const baseline = m.baseline && m.baseline.requests >= rules.minSamples ? m.baseline : undefined;
    if (m.baseline && !baseline)
        result.reasons.push(`baseline had only ${m.baseline.requests} request(s): compared with thresholds alone`);
    // Error rate: counts, so Wilson intervals and a two-proportion test.
    const rate = canary.errors / canary.requests;
    result.errorRate = rate;
    result.errorRateInterval = wilson(canary.errors, canary.requests);
    const failures = [];
    const holds = [];
    let conclusive = false;
    const aboveMax = wilson(canary.errors, canary.requests, Z_ONE_SIDED_95).low > rules.maxErrorRate;
    let worse = true;
    let errorExcess = result.errorRateInterval.low;
    if (baseline) {
        result.baselineRequests = baseline.requests;
        result.baselineErrorRate = baseline.errors / baseline.requests;
        result.errorPValue = twoProportionPValue(canary.errors, canary.requests, baseline.errors, baseline.requests);
        // While the baseline itself is degraded (an incident), blaming the canary takes conclusive evidence.
        const baselineDegraded = wilson(baseline.errors, baseline.requests, Z_ONE_SIDED_95).low > rules.maxErrorRate;
        worse = result.errorPValue < (baselineDegraded ? CONCLUSIVE : SIGNIFICANT);
        // The score only counts an excess over the baseline that is significant, so noise cannot fail it.
        errorExcess =
            result.errorPValue < SCORE_LEVEL
                ? Math.max(0, result.errorRateInterval.low - result.baselineErrorRate)
                : 0;
    }
    if (aboveMax && worse) {
        failures.push(`error rate ${pct(rate)} (95% CI ${pct(result.errorRateInterval.low)}–${pct(result.errorRateInterval.high)}) is above max-error-rate ${pct(rules.maxErrorRate)}` +
            (baseline
                ? ` and above the baseline's ${pct(result.baselineErrorRate)} (p=${result.errorPValue.toPrecision(2)})`
                : ''));
        conclusive ||=
            rate > rules.rollbackErrorRate &&
                wilson(canary.errors, canary.requests, Z_ONE_SIDED_999).low > rules.maxErrorRate &&
                (!baseline || result.errorPValue < CONCLUSIVE);
    }
    else if (aboveMax && baseline) {
        holds.push(`error rate ${pct(rate)} is above max-error-rate but the baseline's ${pct(result.baselineErrorRate)} is as high (p=${result.errorPValue.toPrecision(2)}): both versions are degraded, not blamed on the canary`);
    }
    // Latency: p95 against the absolute limit and against the baseline (rank test when samples exist).
    const p95 = canary.p95Ms ?? percentile(canary.latenciesMs ?? [], 0.95);
    const baseP95 = baseline ? (baseline.p95Ms ?? percentile(baseline.latenciesMs ?? [], 0.95)) : undefined;
    result.p95Ms = p95;
    result.baselineP95Ms = baseP95;
    let latencyPenalty = 0;
    if (p95 !== undefined && baseP95 !== undefined && baseP95 > 0 && rules.maxLatencyIncrease !== undefined) {
        const increase = p95 / baseP95 - 1;
        const samples = canary.latenciesMs && baseline?.latenciesMs;
        const pValue = samples ? mannWhitneyPValue(canary.latenciesMs, baseline.latenciesMs) : undefined;
        // With per-request samples the score counts only a significant slowdown (rank test); with percentiles
        // alone (Prometheus) there is no test, and the increase counts as measured.
        if (pValue === undefined || pValue < SCORE_LEVEL)
            latencyPenalty = Math.max(latencyPenalty, (15 * Math.max(0, increase)) / Math.max(rules.maxLatencyIncrease, 1e-9));
        if (increase > rules.maxLatencyIncrease) {
            result.latencyPValue = pValue;
            if (pValue === undefined || pValue < SIGNIFICANT) {
                failures.push(`p95 ${ms(p95)} is ${Math.round(increase * 100)}% above the baseline's ${ms(baseP95)} (max-latency-increase ${Math.round(rules.maxLatencyIncrease * 100)}%${pValue === undefined ? '' : `, Mann-Whitney p=${pValue.toPrecision(2)}`})`);
                // A percentile alone (no samples, no test) is never conclusive: it waits for max-failed-rounds.
                conclusive ||=
                    increase > 2 * rules.maxLatencyIncrease + 0.5 && pValue !== undefined && pValue < CONCLUSIVE;
            }
        }
    }
    if (p95 !== undefined && rules.maxLatencyP95Ms !== undefined) {
        latencyPenalty = Math.max(latencyPenalty, Math.max(0, (30 * (p95 - rules.maxLatencyP95Ms / 2)) / rules.maxLatencyP95Ms));
        if (p95 > rules.maxLatencyP95Ms) {
            const baselineAsSlow = baseP95 !== undefined &&
                baseP95 > rules.maxLatencyP95Ms &&
                p95 <= baseP95 * (1 + (rules.maxLatencyIncrease ?? 0.2));
            if (baselineAsSlow)
                holds.push(`p95 ${ms(p95)} is above max-latency-p95 ${ms(rules.maxLatencyP95Ms)} but the baseline's ${ms(baseP95)} is as slow: not blamed on the canary`);
            else
                failures.push(`p95 ${ms(p95)} is above max-latency-p95 ${ms(rules.maxLatencyP95Ms)}`);
        }
    }
    else if (p95 === undefined && rules.maxLatencyP95Ms !== undefined) {
        result.verdict = 'inconclusive';
        result.reasons.push('no latency data although max-latency-p95 is set');
    }
    // Health score: 100 minus penalties; one check exactly at its limit costs 15 points.
    const errorPenalty = (15 * errorExcess) / Math.max(rules.maxErrorRate, 1e-9);
    result.healthScore = Math.max(0, Math.min(100, Math.round(100 - errorPenalty - latencyPenalty)));
    if (failures.length === 0 && holds.length === 0 && result.healthScore < rules.minHealthScore)
        failures.push(`health score ${result.healthScore} is below min-health-score ${rules.minHealthScore}`);
    if (failures.length > 0) {
        result.verdict = 'fail';
        result.rollbackNow = conclusive;
        result.reasons.push(...failures, ...(conclusive ? ['the evidence is conclusive: rolling back now'] : []));
    }
    else if (result.verdict !== 'inconclusive' && holds.length > 0) {
        result.verdict = 'hold';
        result.reasons.push(...holds);
    }
    else if (result.verdict === 'pass') {
        result.reasons.push(`error rate ${pct(rate)} over ${canary.requests} requests` +
            (p95 !== undefined ? `, p95 ${ms(p95)}` : '') +
            (baseline
                ? ` (baseline ${pct(result.baselineErrorRate)}${baseP95 !== undefined ? `, p95 ${ms(baseP95)}` : ''})`
                : ''));
    }
    return result;
}
const SEVERITY = { pass: 0, hold: 1, inconclusive: 2, fail: 3 };
/** All sources of one round: the most severe verdict wins (fail > inconclusive > hold > pass). */
function analyseRound(measurements, rules) {
    if (measurements.length === 0)
        return {
            verdict: 'inconclusive',
            rollbackNow: false,
            fewSamples: false,
            reasons: ['no metric source answered'],
            sources: [],
        };
    const sources = measurements.map((m) => analyseSource(m, rules));
    const verdict = sources.reduce((worst, s) => (SEVERITY[s.verdict] > SEVERITY[worst] ? s.verdict : worst), 'pass');
    const scores = sources.map((s) => s.healthScore).filter((s) => s !== undefined);
    return {
        verdict,
        rollbackNow: sources.some((s) => s.rollbackNow),
        fewSamples: verdict === 'inconclusive' &&
            sources.every((s) => s.verdict !== 'inconclusive' || s.fewSamples === true),
        reasons: sources.flatMap((s) => s.reasons.map((reason) => `${s.source}: ${reason}`)),
        healthScore: scores.length > 0 ? Math.min(...scores) : undefined,
        sources,
    };
}

;// CONCATENATED MODULE: ./src/sequential.ts
/**
 * Anytime-valid (sequential) tests for the canary: e-processes that may be looked at after every metric
 * scrape or probe batch without inflating the false-alarm rate. Each is a mixture likelihood ratio
 * (a mixture SPRT) that is a nonnegative supermartingale with mean at most 1 while the canary is healthy,
 * so by Ville's inequality P(it ever reaches 1/α) ≤ α, however often and however long it is watched.
 *
 * A proportion (errors, slow requests) is tested two ways, each on the batches where it applies:
 * - against the stable version measured in the same batch (conditional on the batch's events, each
 *   event is the canary's with probability c/(c+b) when both rates are equal: a test of the rate ratio
 *   that needs no estimate of the baseline's rate); H0: canary rate ≤ baseline rate;
 * - against a fixed limit τ when no baseline is measured (at 100 %, or without a baseline source);
 *   H0: canary rate ≤ τ.
 * Both factors of a batch have conditional expectation ≤ 1 under H0, so their running product is one
 * e-process (the healthy canary is "no worse than stable where stable is measured, within the limit
 * elsewhere").
 */
// Taken once: the e-processes update after every batch, and inside a vm context (the unit tests'
// statistical checks run thousands of simulated canaries under Jest) every global lookup is slow.
const { exp, log, max: maximum } = Math;
/** log(Σ exp(x_i) / n): the log of a uniform mixture. */
function logMeanExp(values) {
    const max = maximum(...values);
    if (max === -Infinity)
        return -Infinity;
    if (max === Infinity)
        return Infinity;
    return max + log(values.reduce((sum, v) => sum + exp(v - max), 0) / values.length);
}
/** Alternatives above τ for the limit test: τ×1.5 … τ×20 below 0.95, or spread over (τ, 1) for a high τ. */
function limitAlternatives(tau) {
    if (tau <= 0)
        return [0.001, 0.01, 0.05, 0.2];
    const qs = [1.5, 2, 3, 5, 10, 20].map((r) => tau * r).filter((q) => q < 0.95);
    return qs.length >= 2 ? qs : [0.25, 0.5, 0.75].map((f) => tau + (1 - tau) * f);
}
/** Rate ratios (canary ÷ baseline) the comparison is powered for. */
const RATIO_ALTERNATIVES = [1.5, 3, 10, 30, 100];
/** One e-process over a stream of batches: the product of the limit and the comparison factors. */
class ProportionEProcess {
    tau;
    alternatives;
    ratios;
    limitLog;
    ratioLog;
    /** Canary counts this process has seen (both kinds of batches), for the effect-size condition. */
    requests = 0;
    events = 0;
    baselineRequests = 0;
    baselineEvents = 0;
    constructor(tau, alternatives = limitAlternatives(tau), ratios = RATIO_ALTERNATIVES) {
        this.tau = tau;
        this.alternatives = alternatives;
        this.ratios = ratios;
        this.limitLog = alternatives.map(() => 0);
        this.ratioLog = ratios.map(() => 0);
    }
    /** A batch with no baseline: `events` of `requests` against the limit τ. */
    addAgainstLimit(requests, events) {
        if (requests <= 0)
            return;
        this.requests += requests;
        this.events += events;
        const tau = this.tau;
        this.alternatives.forEach((q, i) => {
            // Bernoulli likelihood ratio q vs τ; for any true rate ≤ τ its expectation is ≤ 1.
            const errorTerm = events === 0 ? 0 : tau === 0 ? Infinity : events * log(q / tau);
            this.limitLog[i] += errorTerm + (requests - events) * log((1 - q) / (1 - tau));
        });
    }
    /**
     * A batch with a baseline: `events` of `requests` for the canary, `baselineEvents` of
     * `baselineRequests` for the baseline. Given the batch's total events E, the canary's share is
     * hypergeometric when the rates are equal (and stochastically smaller when the canary's is lower);
     * ψ^k·((c+b)/(cψ+b))^E is its binomial likelihood ratio, whose expectation under the hypergeometric
     * is ≤ 1 because ψ^k is convex (Hoeffding 1963, Theorem 4) and increasing.
     */
    addAgainstBaseline(requests, events, baselineRequests, baselineEvents) {
        if (requests <= 0 || baselineRequests <= 0)
            return;
        this.requests += requests;
        this.events += events;
        this.baselineRequests += baselineRequests;
        this.baselineEvents += baselineEvents;
        const total = events + baselineEvents;
        if (total === 0)
            return;
        const c = requests;
        const b = baselineRequests;
        this.ratios.forEach((psi, i) => {
            this.ratioLog[i] += events * log(psi) + total * log((c + b) / (c * psi + b));
        });
    }
    /** log of the e-value: the mixture over the limit alternatives times the mixture over the ratios. */
    logE() {
        return logMeanExp(this.limitLog) + logMeanExp(this.ratioLog);
    }
    /** The canary's observed rate over everything this process saw. */
    rate() {
        return this.requests > 0 ? this.events / this.requests : undefined;
    }
}
/**
 * The false-rollback budget α spread over the e-processes started during a progression: one per check
 * and per stage (a fresh process at each stage start catches a fault that begins late, while older
 * processes keep their evidence). The first stage gets half of a check's share, the later stages split
 * the other half, so Σ shares = α and the union bound gives P(any false rollback) ≤ α.
 */
function stageShare(alpha, checks, stages, stage) {
    const perCheck = alpha / Math.max(1, checks);
    if (stages <= 1)
        return perCheck;
    return stage === 1 ? perCheck / 2 : perCheck / 2 / (stages - 1);
}
/**
 * One check (error rate, slow requests…) over the whole progression: a new e-process at each stage
 * start, each with its own share of α. Conclusive when some process reaches its threshold and the
 * canary's rate is above the limit, over that process or over the recent window (an excess that matters,
 * not just any difference). The rate condition only ever removes rejections, so α still holds.
 */
class SequentialCheck {
    name;
    tau;
    alpha;
    checks;
    stages;
    windowMs;
    processes = [];
    recent = [];
    constructor(name, tau, alpha, checks, stages, windowMs = Infinity) {
        this.name = name;
        this.tau = tau;
        this.alpha = alpha;
        this.checks = checks;
        this.stages = stages;
        this.windowMs = windowMs;
    }
    /** The canary's rate over the recent window. */
    recentRate() {
        const requests = this.recent.reduce((sum, r) => sum + r.requests, 0);
        return requests > 0 ? this.recent.reduce((sum, r) => sum + r.events, 0) / requests : undefined;
    }
    startStage(stage) {
        const share = stageShare(this.alpha, this.checks, this.stages, Math.min(stage, this.stages));
        this.processes.push({ stage, threshold: -Math.log(share), process: new ProportionEProcess(this.tau) });
    }
    add(batch, atMs = 0) {
        this.recent.push({ atMs, requests: batch.requests, events: batch.events });
        while (this.recent.length > 1 && this.recent[0].atMs <= atMs - this.windowMs)
            this.recent.shift();
        for (const { process } of this.processes) {
            if (batch.baselineRequests !== undefined && batch.baselineRequests > 0)
                process.addAgainstBaseline(batch.requests, batch.events, batch.baselineRequests, batch.baselineEvents ?? 0);
            else
                process.addAgainstLimit(batch.requests, batch.events);
        }
    }
    evidence() {
        let best;
        const recent = this.recentRate() ?? 0;
        for (const { stage, threshold, process } of this.processes) {
            const logE = process.logE();
            const rate = process.rate();
            const evidence = {
                margin: (logE - threshold) / Math.LN10,
                log10E: logE / Math.LN10,
                log10Threshold: threshold / Math.LN10,
                sinceStage: stage,
                rate,
                baselineRate: process.baselineRequests > 0 ? process.baselineEvents / process.baselineRequests : undefined,
                requests: process.requests,
                conclusive: logE >= threshold && ((rate !== undefined && rate > this.tau) || recent > this.tau),
            };
            if (!best ||
                (evidence.conclusive && !best.conclusive) ||
                (evidence.conclusive === best.conclusive && evidence.margin > best.margin))
                best = evidence;
        }
        return best;
    }
}

;// CONCATENATED MODULE: ./src/source-evidence.ts



/** A slow request is one above the limit; a healthy p95 means at most 5 % of requests are slow. */
const SLOW_SHARE = 0.05;
/** Baseline latencies kept as the reference for "slow" (the most recent ones). */
const REFERENCE_KEEP = 2000;
/** Fewest baseline latencies before the reference p95 is trusted. */
const REFERENCE_MIN = 20;
const WINDOW_CONCLUSIVE = 'the evidence is conclusive: rolling back now';
const sum = (samples) => ({
    requests: samples.reduce((s, x) => s + x.requests, 0),
    errors: samples.reduce((s, x) => s + x.errors, 0),
    latenciesMs: samples.some((x) => x.latenciesMs) ? samples.flatMap((x) => x.latenciesMs ?? []) : undefined,
    p95Ms: samples.length > 0 ? samples[samples.length - 1].p95Ms : undefined,
});
/**
 * Everything known about one metric source across the progression. Each check's batch is disjoint from
 * the previous ones (new requests only), which is what the sequential tests need.
 */
class SourceEvidence {
    name;
    settings;
    errors;
    latency;
    latencyP95;
    recent = [];
    referenceLatencies = [];
    reference;
    /** Latencies added over time (the list itself is capped), and that count when `reference` was computed. */
    referenceAdded = 0;
    referenceAt = 0;
    stageRequests = 0;
    totalRequests = 0;
    constructor(name, settings) {
        this.name = name;
        this.settings = settings;
        const { rules, alpha, checks, stages, windowMs } = settings;
        this.errors = new SequentialCheck('error rate', rules.maxErrorRate, alpha, checks, stages, windowMs);
        if (rules.maxLatencyIncrease !== undefined)
            this.latency = new SequentialCheck('latency vs baseline', SLOW_SHARE, alpha, checks, stages, windowMs);
        if (rules.maxLatencyP95Ms !== undefined)
            this.latencyP95 = new SequentialCheck('latency vs max-latency-p95', SLOW_SHARE, alpha, checks, stages, windowMs);
    }
    startStage(stage) {
        this.stageRequests = 0;
        this.recent.length = 0;
        for (const check of [this.errors, this.latency, this.latencyP95])
            check?.startStage(stage);
    }
    /** The p95 of the baseline's recent latencies: the reference for "slow", fixed before each batch. */
    referenceP95() {
        if (this.referenceLatencies.length < REFERENCE_MIN)
            return undefined;
        // Recomputed after every 100 new latencies (sorting thousands at every check is wasted work).
        if (this.reference === undefined ||
            this.referenceLatencies.length + this.referenceAdded >= this.referenceAt + 100) {
            this.reference = percentile(this.referenceLatencies, 0.95);
            this.referenceAt = this.referenceLatencies.length + this.referenceAdded;
        }
        return this.reference;
    }
    addSlow(check, limitMs, m, atMs) {
        const canary = m.canary?.latenciesMs;
        if (!check || limitMs === undefined || !canary || canary.length === 0)
            return;
        const baseline = m.baseline?.latenciesMs;
        check.add({
            requests: canary.length,
            events: canary.filter((v) => v > limitMs).length,
            baselineRequests: baseline?.length,
            baselineEvents: baseline?.filter((v) => v > limitMs).length,
        }, atMs);
    }
    /** Feed one check's batch and judge it. */
    check(m, atMs) {
        const { rules } = this.settings;
        if (m.problem || !m.canary) {
            const analysis = analyseSource(m, rules);
            return {
                ...analysis,
                stageRequests: this.stageRequests,
                totalRequests: this.totalRequests,
                evidence: this.evidence(),
                conclusive: false,
                percentileOver: false,
                suspect: false,
                noData: true,
            };
        }
        const canary = m.canary;
        const baseline = m.baseline && m.baseline.requests > 0 ? m.baseline : undefined;
        this.stageRequests += canary.requests;
        this.totalRequests += canary.requests;
        this.errors.add({
            requests: canary.requests,
            events: canary.errors,
            baselineRequests: baseline?.requests,
            baselineEvents: baseline?.errors,
        }, atMs);
        // Latency as counts of slow requests, with a limit fixed from earlier batches only.
        const reference = this.referenceP95();
        const batch = { ...m, baseline };
        this.addSlow(this.latency, reference === undefined ? undefined : reference * (1 + (rules.maxLatencyIncrease ?? 0)), batch, atMs);
        this.addSlow(this.latencyP95, rules.maxLatencyP95Ms, batch, atMs);
        if (baseline?.latenciesMs) {
            this.referenceLatencies.push(...baseline.latenciesMs);
            const drop = Math.max(0, this.referenceLatencies.length - REFERENCE_KEEP);
            this.referenceLatencies.splice(0, drop);
            this.referenceAdded += drop;
        }
        // The window (the analysis interval) for the health score and the hold. With fewer than min-samples
        // it gives no score (a score from a handful of requests is noise); the sequential tests still judge.
        this.recent.push({ atMs, canary, baseline });
        while (this.recent.length > 1 && this.recent[0].atMs <= atMs - this.settings.windowMs)
            this.recent.shift();
        const baselines = this.recent.map((r) => r.baseline).filter((b) => b !== undefined);
        const window = {
            source: m.source,
            canary: sum(this.recent.map((r) => r.canary)),
            baseline: baselines.length > 0 ? sum(baselines) : undefined,
            notes: m.notes,
        };
        const analysis = analyseSource(window, rules);
        // The window's own "conclusive" is a fixed-sample test looked at repeatedly: it never rolls back here.
        analysis.rollbackNow = false;
        analysis.reasons = analysis.reasons.filter((r) => r !== WINDOW_CONCLUSIVE);
        // A window that already looks bad on however few requests holds the stage back (never rolls back):
        // a fault seen on the first requests is not carried to a higher weight before the test decides.
        const suspect = analysis.verdict !== 'fail' && analyseSource(window, { ...rules, minSamples: 1 }).verdict === 'fail';
        const evidence = this.evidence();
        const conclusive = Object.values(evidence).some((e) => e.conclusive);
        const percentileOnly = canary.latenciesMs === undefined && canary.p95Ms !== undefined;
        let percentileOver = percentileOnly && analysis.verdict === 'fail' && analysis.reasons.some((r) => /^p95 /.test(r));
        // Resource gauges: over the limit fails the check, unless the baseline is as high (shared load: a hold).
        for (const g of m.gauges ?? []) {
            if (g.canary <= g.limit)
                continue;
            if (g.baseline !== undefined && g.baseline >= g.limit) {
                analysis.reasons.push(`${g.name} ${g.canary} is above its limit ${g.limit} but the baseline's ${g.baseline} is as high: not blamed on the canary`);
                if (analysis.verdict === 'pass')
                    analysis.verdict = 'hold';
            }
            else {
                analysis.reasons.push(`${g.name} ${g.canary} is above its limit ${g.limit}${g.baseline === undefined ? '' : ` (baseline ${g.baseline})`}`);
                percentileOver = true;
            }
        }
        if (conclusive)
            analysis.reasons.push(...Object.entries(evidence)
                .filter(([, e]) => e.conclusive)
                .map(([name, e]) => `${name}: conclusive (e-value 10^${e.log10E.toFixed(1)} ≥ 10^${e.log10Threshold.toFixed(1)} over ${e.requests} requests since stage ${e.sinceStage}, rate ${((e.rate ?? 0) * 100).toFixed(2)}%${e.baselineRate === undefined ? '' : ` vs baseline ${(e.baselineRate * 100).toFixed(2)}%`})`));
        return {
            ...analysis,
            batchRequests: canary.requests,
            batchBaselineRequests: baseline?.requests,
            stageRequests: this.stageRequests,
            totalRequests: this.totalRequests,
            evidence,
            conclusive,
            percentileOver,
            suspect: suspect || analysis.verdict === 'fail',
            noData: false,
        };
    }
    evidence() {
        const out = {};
        for (const check of [this.errors, this.latency, this.latencyP95]) {
            const e = check?.evidence();
            if (check && e)
                out[check.name] = e;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/weight-arrival.ts
/**
 * Has the router put a stage's weight in place? A router may apply a weight late (a reload, a sync loop, a
 * mesh pushing config); a stage judged by the clock alone would then pass on traffic that never reached the
 * new weight and carry a fault to the next, larger one. User traffic split by the router tells: of a batch's
 * requests, the canary's share follows the applied weight. The stage's wait is counted from the first batch
 * that does not look like the previous weight.
 */
/**
 * A batch is "still the previous weight" when it is at least this many times likelier under the previous
 * stage's weight than under the new one. High enough that a healthy, on-time batch rarely looks late (at
 * 20 requests a second and 5 %, a 5 s batch with no canary request at all: 0.6 % of batches), low enough that
 * a router 30 s late is seen at once.
 */
const LATE_ODDS = 20;
/**
 * Shares are kept within 1 %..99 % so a trickle (a stable pod draining at 100 %, a request in flight at 0 %)
 * is not proof of anything.
 */
const share = (weight) => Math.min(0.99, Math.max(0.01, weight / 100));
/**
 * Whether a batch of routed requests (`canary` and `baseline` counts, from metrics of user traffic, not
 * probes) shows `weight` rather than `previousWeight`: false only when the binomial likelihood ratio of the
 * previous weight over the new one is at least LATE_ODDS. An empty batch, or equal weights, cannot tell: true.
 */
function weightApplied(batch, previousWeight, weight) {
    if (previousWeight === weight || batch.canary + batch.baseline === 0)
        return true;
    const before = share(previousWeight);
    const now = share(weight);
    const logOdds = batch.canary * Math.log(before / now) + batch.baseline * Math.log((1 - before) / (1 - now));
    return logOdds < Math.log(LATE_ODDS);
}

;// CONCATENATED MODULE: ./src/progression.ts



/** A stage short of samples after its wait may run this many analysis windows longer; then too few samples rolls back. */
const MAX_EXTENSION_WINDOWS = 20;
const progression_pct = (fraction) => fraction === undefined ? '—' : `${(fraction * 100).toFixed(2)}%`;
function describeCheck(record, stages, elapsedMs, waitMs) {
    const parts = record.sources.map((s) => {
        const values = [
            `${s.batchRequests ?? 0} new/${s.stageRequests} req`,
            `errors ${progression_pct(s.errorRate)}` +
                (s.errorRateInterval ? ` [${progression_pct(s.errorRateInterval.low)}–${progression_pct(s.errorRateInterval.high)}]` : ''),
            `p95 ${s.p95Ms === undefined ? '—' : `${Math.round(s.p95Ms)}ms`}`,
        ];
        if (s.baselineRequests !== undefined)
            values.push(`baseline ${s.baselineRequests} req ${progression_pct(s.baselineErrorRate)} p95 ${s.baselineP95Ms === undefined ? '—' : `${Math.round(s.baselineP95Ms)}ms`}`);
        const evidence = Object.entries(s.evidence)
            .map(([name, e]) => `${name} e=10^${e.log10E.toFixed(1)}/10^${e.log10Threshold.toFixed(1)}`)
            .join(', ');
        if (evidence)
            values.push(evidence);
        return `${s.source}: ${values.join(', ')}`;
    });
    return (
    // "round N" is the check's number, the word earlier log readers (the demo) look for.
    `stage ${record.stage}/${stages} weight ${record.weight}% round ${record.check} (${Math.round(elapsedMs / 1000)}s/${Math.round(waitMs / 1000)}s): ` +
        `${parts.join('; ')} → ${record.verdict}` +
        (record.healthScore === undefined ? '' : ` (health ${record.healthScore})`) +
        (record.reasons.length > 0 ? ` — ${record.reasons.join('; ')}` : ''));
}
/**
 * The progression: for each stage, set the weight, then judge the canary at every check until the stage's
 * wait has passed. Roll back at once when a sequential test is conclusive (the false-rollback rate is
 * controlled at `falseRollbackRate` however often it looks), when the stage's average health score is
 * below min-health-score, after `maxInconclusiveRounds` checks in a row with no data (no data is never
 * health), after `maxFailedRounds` checks in a row with a percentile over its limit, or when a traffic
 * change fails. A stage's wait counts from when its weight shows in routed traffic (a router that applies
 * weights late does not shorten the judging; one that never applies it rolls back). A stage does not end
 * while the baseline is degraded alike ("hold"), while its latest check has no data, or before it has a
 * canary request (the last stage: `minSamples` over the progression).
 * On cancellation or timeout, route traffic back to stable and report `aborted`.
 */
async function runProgression(config, router, metrics, clock, signal, hooks = {}) {
    const log = hooks.log ?? (() => undefined);
    const started = clock.now();
    const checks = [];
    const stageRecords = [];
    let weight = 0;
    let lastScore;
    const total = config.stages.length;
    const perSource = 1 +
        (config.rules.maxLatencyIncrease !== undefined ? 1 : 0) +
        (config.rules.maxLatencyP95Ms !== undefined ? 1 : 0);
    const settings = {
        rules: config.rules,
        alpha: config.falseRollbackRate,
        stages: total,
        windowMs: config.analysisWindowMs,
        checks: perSource * Math.max(1, config.sourceNames.length),
    };
    const evidence = new Map();
    const sourceFor = (name) => {
        let e = evidence.get(name);
        if (!e) {
            e = new SourceEvidence(name, settings);
            // A source first seen mid-progression still gets a process for the current stage.
            e.startStage(stageRecords.length || 1);
            evidence.set(name, e);
        }
        return e;
    };
    for (const name of config.sourceNames)
        sourceFor(name);
    // Nothing to route back before the first traffic change was attempted (a refused pre-rollout gate).
    let shifted = false;
    const finish = async (outcome, reason, failedStage) => {
        let rollbackError;
        let finalWeight = weight;
        const current = stageRecords[stageRecords.length - 1];
        if (current?.outcome === 'running') {
            current.outcome = outcome === 'promoted' ? 'passed' : 'failed';
            current.endedAtMs = clock.now() - started;
        }
        if (outcome !== 'promoted' && !shifted)
            log(`no traffic was shifted: ${reason}`);
        else if (outcome !== 'promoted') {
            log(`routing all traffic back to stable: ${reason}`);
            for (let attempt = 1; attempt <= 3; attempt++) {
                try {
                    // Not tied to the run's signal: putting traffic back must happen even while cancelling.
                    await router.rollback();
                    rollbackError = undefined;
                    finalWeight = 0;
                    break;
                }
                catch (error) {
                    rollbackError = (0,errors/* errorMessage */.gJ)(error);
                    log(`rollback attempt ${attempt} failed: ${rollbackError}`);
                }
            }
        }
        return {
            outcome,
            reason,
            finalWeight,
            failedStage,
            healthScore: lastScore,
            checks,
            stages: stageRecords,
            rollbackError,
            durationMs: clock.now() - started,
        };
    };
    try {
        const refused = await hooks.preRollout?.(signal);
        if (refused)
            return await finish('aborted', `pre-rollout: ${refused}`, 1);
        for (const stage of config.stages) {
            const unconfirmed = await hooks.confirmStage?.(stage, signal);
            if (unconfirmed)
                return await finish('rolled-back', `stage ${stage.index} (${stage.weight}%) not confirmed: ${unconfirmed}`, stage.index);
            try {
                shifted = true;
                await router.setWeight(stage.weight, stage.index, signal);
            }
            catch (error) {
                if (signal.aborted)
                    throw error;
                return await finish('rolled-back', `setting weight ${stage.weight}% failed: ${(0,errors/* errorMessage */.gJ)(error)}`, stage.index);
            }
            weight = stage.weight;
            const stageStart = clock.now();
            const record = {
                stage: stage.index,
                weight: stage.weight,
                waitMs: stage.waitMs,
                startedAtMs: stageStart - started,
                checks: 0,
                canaryRequests: 0,
                outcome: 'running',
            };
            stageRecords.push(record);
            for (const e of evidence.values())
                if (stage.index > 1)
                    e.startStage(stage.index);
            log(`stage ${stage.index}/${total}: ${stage.weight}% of traffic to the new version for ${Math.round(stage.waitMs / 1000)}s`);
            await hooks.onStage?.(stage, total);
            const scores = [];
            let inconclusiveInARow = 0;
            let percentileFailsInARow = 0;
            let lastCheckAt = stageStart;
            const previousWeight = stage.index > 1 ? config.stages[stage.index - 2].weight : 0;
            // When the stage's weight showed in the traffic; the wait counts from there (a late router).
            let weightSeenAt;
            for (let check = 1;; check++) {
                const remaining = config.timeoutMs - (clock.now() - started);
                if (remaining < config.checkIntervalMs)
                    return await finish('aborted', `timeout: the progression did not finish within ${Math.round(config.timeoutMs / 1000)}s`, stage.index);
                await clock.sleep(config.checkIntervalMs, signal);
                const now = clock.now();
                const measurements = await metrics.measure({
                    weight: stage.weight,
                    stage: stage.index,
                    check,
                    sinceLastMs: now - lastCheckAt,
                    sinceStageMs: now - stageStart,
                    signal,
                });
                const batchStart = lastCheckAt;
                lastCheckAt = now;
                if (signal.aborted)
                    throw new errors/* CancelledError */.cc();
                // Routed traffic (metrics by version) shows the applied weight; probes and baseline-less sources
                // cannot tell, and then the stage's clock runs from its start, as it always did.
                if (weightSeenAt === undefined) {
                    const late = measurements.some((m) => m.routed === true &&
                        m.canary !== undefined &&
                        !weightApplied({ canary: m.canary.requests, baseline: m.baseline?.requests ?? 0 }, previousWeight, stage.weight));
                    if (!late) {
                        weightSeenAt = batchStart;
                        record.weightSeenAtMs = batchStart - started;
                    }
                }
                const atMs = clock.now() - started;
                const sources = measurements.length > 0 ? measurements.map((m) => sourceFor(m.source).check(m, atMs)) : [];
                const noData = sources.length === 0 || sources.some((s) => s.noData);
                const rollbackNow = sources.some((s) => s.conclusive);
                const percentileOver = sources.some((s) => s.percentileOver);
                // A window that looks bad (not yet conclusive) or a degraded baseline holds the stage back.
                const verdict = rollbackNow || percentileOver || sources.some((s) => s.suspect)
                    ? 'fail'
                    : noData
                        ? 'inconclusive'
                        : sources.some((s) => s.verdict === 'hold')
                            ? 'hold'
                            : 'pass';
                inconclusiveInARow = noData ? inconclusiveInARow + 1 : 0;
                percentileFailsInARow = percentileOver ? percentileFailsInARow + 1 : 0;
                const scored = sources.map((s) => s.healthScore).filter((s) => s !== undefined);
                const healthScore = scored.length > 0 ? Math.min(...scored) : undefined;
                if (healthScore !== undefined) {
                    scores.push(healthScore);
                    lastScore = healthScore;
                }
                const checkRecord = {
                    stage: stage.index,
                    weight: stage.weight,
                    check,
                    atMs,
                    verdict,
                    rollbackNow,
                    reasons: sources.length === 0
                        ? ['no metric source answered']
                        : sources.flatMap((s) => s.reasons.map((reason) => `${s.source}: ${reason}`)),
                    healthScore,
                    sources,
                    inconclusiveInARow,
                };
                checks.push(checkRecord);
                const stageRequests = sources.length > 0 ? Math.min(...sources.map((s) => s.stageRequests)) : 0;
                record.checks = check;
                record.canaryRequests = stageRequests;
                record.averageHealthScore =
                    scores.length > 0 ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : undefined;
                const elapsed = weightSeenAt === undefined ? 0 : now - weightSeenAt;
                log(describeCheck(checkRecord, total, elapsed, stage.waitMs) +
                    (weightSeenAt === undefined ? ` — ${stage.weight}% not yet seen in the traffic` : ''));
                const requested = await hooks.rollbackRequested?.(stage, signal);
                if (signal.aborted)
                    throw new errors/* CancelledError */.cc();
                if (requested)
                    return await finish('rolled-back', `rollback webhook: ${requested}`, stage.index);
                if (rollbackNow)
                    return await finish('rolled-back', `conclusive failure at ${stage.weight}%: ${checkRecord.reasons.filter((r) => /conclusive/.test(r)).join('; ')}`, stage.index);
                if (inconclusiveInARow >= config.maxInconclusiveRounds)
                    return await finish('rolled-back', `${inconclusiveInARow} check(s) in a row with no data at ${stage.weight}% (max-inconclusive-rounds ${config.maxInconclusiveRounds}): no data is never health`, stage.index);
                if (percentileFailsInARow >= config.maxFailedRounds)
                    return await finish('rolled-back', `${percentileFailsInARow} check(s) in a row with a p95 or a resource gauge over its limit at ${stage.weight}% (max-failed-rounds ${config.maxFailedRounds})`, stage.index);
                if (weightSeenAt === undefined) {
                    // A weight the router never applies is never judged, so it never passes (fail closed).
                    if (now - stageStart - stage.waitMs >= MAX_EXTENSION_WINDOWS * config.analysisWindowMs)
                        return await finish('rolled-back', `the traffic never showed ${stage.weight}% on the new version within ${Math.round((now - stageStart) / 1000)}s of setting it (still the previous ${previousWeight}%): the router did not apply the weight`, stage.index);
                    continue;
                }
                if (elapsed < stage.waitMs)
                    continue;
                // The wait has passed: the stage ends unless the latest check holds it back.
                if (verdict !== 'pass')
                    continue;
                const last = stage.index === total;
                const totalRequests = sources.length > 0 ? Math.min(...sources.map((s) => s.totalRequests)) : 0;
                const needed = last ? config.rules.minSamples : 1;
                const have = last ? totalRequests : stageRequests;
                if (have < needed) {
                    if (elapsed - stage.waitMs >= MAX_EXTENSION_WINDOWS * config.analysisWindowMs)
                        return await finish('rolled-back', `only ${have} canary request(s) at ${stage.weight}% after ${Math.round(elapsed / 1000)}s, fewer than ${needed}${last ? ' (min-samples)' : ''}: too few samples is never a pass`, stage.index);
                    continue;
                }
                // Only windows with min-samples requests are scored; a stage without any is judged by the tests alone.
                if (record.averageHealthScore !== undefined &&
                    record.averageHealthScore < config.rules.minHealthScore)
                    return await finish('rolled-back', `average health score ${record.averageHealthScore} over stage ${stage.index} is below min-health-score ${config.rules.minHealthScore}`, stage.index);
                record.outcome = 'passed';
                record.endedAtMs = clock.now() - started;
                break;
            }
        }
        const unconfirmed = await hooks.postRollout?.(signal);
        if (unconfirmed)
            return await finish('rolled-back', `post-rollout: ${unconfirmed}`, total);
        return await finish('promoted', `healthy through every stage, ${checks.length} check(s) analysed`);
    }
    catch (error) {
        if (signal.aborted || error instanceof errors/* CancelledError */.cc)
            return await finish('aborted', `cancelled: ${(0,errors/* errorMessage */.gJ)(error)}`, config.stages.find((s) => s.weight === weight)?.index);
        // An unexpected error (a bug, a broken source) must never leave traffic on the new version.
        return await finish('aborted', `internal error: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/notifications.ts
const what = (d) => [d.environment || 'canary', d.version].filter(Boolean).join(' ');
/** "Canary stage": the new version now takes `weight` % of the traffic. */
function stageEvent(d, stage, total) {
    return {
        kind: 'canary-stage',
        title: `Canary stage ${stage.index}/${total}: ${what(d)} at ${stage.weight}%`,
        text: `The new version takes ${stage.weight}% of the traffic (stage ${stage.index} of ${total}).`,
        tone: 'info',
        environment: d.environment || undefined,
        version: d.version || undefined,
        outcome: 'in progress',
        who: d.actor || undefined,
        facts: [
            { name: 'Stage', value: `${stage.index}/${total}` },
            { name: 'Weight', value: `${stage.weight}%` },
        ],
        links: {},
    };
}
/** "Canary rolled back" after a rollback; "Deployment finished" after a promotion or an abort. */
function finishedEvent(d, result) {
    const rolledBack = result.outcome === 'rolled-back';
    const facts = [
        { name: 'Final weight', value: `${result.finalWeight}%` },
        ...(result.failedStage !== undefined
            ? [{ name: 'Failed stage', value: String(result.failedStage) }]
            : []),
        ...(result.healthScore !== undefined
            ? [{ name: 'Health score', value: String(result.healthScore) }]
            : []),
        { name: 'Duration', value: `${Math.round(result.durationMs / 1000)}s` },
    ];
    return {
        kind: rolledBack ? 'canary-rolled-back' : 'deployment-finished',
        title: rolledBack ? `Canary rolled back: ${what(d)}` : `Deployment ${result.outcome}: ${what(d)}`,
        text: result.rollbackError
            ? `${result.reason}; routing traffic back to stable failed: ${result.rollbackError}`
            : result.reason,
        tone: result.outcome === 'promoted' ? 'good' : result.rollbackError ? 'bad' : 'warning',
        environment: d.environment || undefined,
        version: d.version || undefined,
        outcome: result.outcome,
        who: d.actor || undefined,
        facts,
        links: {},
    };
}
/**
 * The rollout's result, or its error once the notifications already started (each stage's) have been
 * awaited, at most `withinMs` (notify-timeout): a step that fails on an error neither drops them nor
 * ends while they are still being sent.
 */
async function settledOnError(notifier, withinMs, work) {
    try {
        return await work;
    }
    catch (error) {
        await notifier.settle(withinMs);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/summary.ts

const summary_pct = (fraction) => fraction === undefined ? '' : `${(fraction * 100).toFixed(2)}%`;
/** The job summary: the outcome, one row per stage, and the evidence of the last check of each source. */
function summaryMarkdown(result, stages) {
    const stageRows = result.stages.map((stage) => {
        const last = [...result.checks].reverse().find((c) => c.stage === stage.stage);
        const source = last?.sources[0];
        return [
            `${stage.stage}/${stages}`,
            `${stage.weight}%`,
            `${Math.round(((stage.endedAtMs ?? last?.atMs ?? stage.startedAtMs) - stage.startedAtMs) / 1000)}s / ${Math.round(stage.waitMs / 1000)}s`,
            stage.checks,
            stage.canaryRequests,
            source ? summary_pct(source.errorRate) : '',
            source?.baselineErrorRate === undefined ? '' : summary_pct(source.baselineErrorRate),
            source?.p95Ms === undefined ? '' : `${Math.round(source.p95Ms)} ms`,
            stage.averageHealthScore ?? '',
            stage.outcome,
        ];
    });
    const last = result.checks[result.checks.length - 1];
    const evidenceRows = (last?.sources ?? []).flatMap((s) => Object.entries(s.evidence).map(([name, e]) => [
        s.source,
        name,
        e.requests,
        summary_pct(e.rate),
        e.baselineRate === undefined ? '' : summary_pct(e.baselineRate),
        `10^${e.log10E.toFixed(1)}`,
        `10^${e.log10Threshold.toFixed(1)}`,
        e.conclusive ? 'conclusive' : 'not conclusive',
    ]));
    return [
        `## Canary: ${result.outcome}`,
        '',
        `${result.reason}. Final weight of the new version: **${result.finalWeight}%**` +
            (result.healthScore === undefined ? '' : `, health score ${result.healthScore}`) +
            '.',
        ...(result.rollbackError
            ? ['', `**Routing back to stable FAILED: ${result.rollbackError}. Check the traffic split by hand.**`]
            : []),
        '',
        markdownTable([
            'stage',
            'weight',
            'judged / wait',
            'checks',
            'canary requests',
            'error rate (last window)',
            'baseline errors',
            'p95',
            'average health',
            'outcome',
        ], stageRows),
        '',
        ...(evidenceRows.length > 0
            ? [
                'Sequential evidence at the last check (a rollback needs the e-value to reach its threshold and the rate to exceed the limit):',
                '',
                markdownTable([
                    'source',
                    'check',
                    'requests',
                    'canary rate',
                    'baseline rate',
                    'e-value',
                    'threshold',
                    'verdict',
                ], evidenceRows),
                '',
            ]
            : []),
    ].join('\n');
}

;// CONCATENATED MODULE: external "node:diagnostics_channel"
const external_node_diagnostics_channel_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
var external_node_diagnostics_channel_default = /*#__PURE__*/__nccwpck_require__.n(external_node_diagnostics_channel_namespaceObject);
;// CONCATENATED MODULE: ./src/traffic.ts




/** The environment a traffic command sees: the runner's, without action inputs (they may hold tokens). */
function commandEnvironment() {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined && !name.startsWith('INPUT_') && name !== 'ACTIONS_RUNTIME_TOKEN')
            env[name] = value;
    return env;
}
/**
 * `exec.exec` parses its first parameter as a command line (only double quotes are special); the
 * program is quoted so that a path with spaces stays one argument. The arguments go as an array.
 */
const quoted = (program) => `"${program.replace(/"/g, '\\"')}"`;
/**
 * Runs an argument vector through @actions/exec, without a shell (it spawns the program with the
 * arguments as given), each output line streamed to `log` (the step log, where the runner masks
 * every registered secret). Rejects on a non-zero exit, a program that
 * cannot be started, the timeout or cancellation.
 *
 * @actions/exec has no timeout and no cancellation, and returns no handle on the child. The child
 * it spawns is taken from Node's `child_process` diagnostics channel (published for every process
 * created) while the call is pending, so a timeout or cancellation can still SIGKILL it: a traffic
 * command must never go on setting weights after the canary has moved on or rolled back.
 */
async function runCommand(args, timeoutMs, signal, log = () => undefined) {
    if (signal?.aborted)
        throw new Error(`command ${args[0]} cancelled`);
    const children = [];
    const onChild = (message) => {
        const child = message.process;
        children.push(child);
        // Published before the spawn: a timeout or cancellation that came first still kills it.
        child.once('spawn', () => {
            if (failure && ours(child))
                child.kill('SIGKILL');
        });
    };
    const ours = (child) => child.spawnargs.length === args.length && child.spawnargs.slice(1).every((arg, i) => arg === args[i + 1]);
    let failure;
    const kill = (reason) => {
        failure ??= reason;
        for (const child of children)
            if (child.exitCode === null && ours(child))
                child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill(`timed out after ${Math.round(timeoutMs / 1000)}s`), timeoutMs);
    const onAbort = () => kill('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    let output = '';
    const keep = (line) => {
        output = `${output}${line}\n`.slice(-4000);
        // Behind a margin: a line of the command's output is never read as a workflow command
        // (`::add-mask::`, `::set-output` …), which the runner obeys only at the start of a line.
        log(`  | ${line}`);
    };
    external_node_diagnostics_channel_default().subscribe('child_process', onChild);
    let exitCode;
    try {
        exitCode = await exec_exec(quoted(args[0]), args.slice(1), {
            env: commandEnvironment(),
            silent: true,
            ignoreReturnCode: true,
            listeners: { stdline: keep, errline: keep },
        });
    }
    catch (error) {
        failure ??= `failed to start: ${error.message}`;
    }
    finally {
        external_node_diagnostics_channel_default().unsubscribe('child_process', onChild);
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
    }
    const tail = output.trim().split('\n').slice(-5).join(' | ');
    if (failure || exitCode !== 0)
        throw new Error(`command ${args[0]} ${failure ?? `exited with ${exitCode}`}${tail ? `: ${tail}` : ''}`);
    return output;
}
/** set-traffic-command: {weight} and {stage} filled inside the arguments, run with no shell. */
class CommandRouter {
    command;
    rollbackCommand;
    timeoutMs;
    log;
    constructor(command, rollbackCommand, timeoutMs, log = () => undefined) {
        this.command = command;
        this.rollbackCommand = rollbackCommand;
        this.timeoutMs = timeoutMs;
        this.log = log;
    }
    async setWeight(weight, stage, signal) {
        const args = fillPlaceholders(this.command, { weight, stage });
        this.log(`traffic: ${JSON.stringify(args)}`);
        await runCommand(args, this.timeoutMs, signal, this.log);
    }
    async rollback(signal) {
        if (this.rollbackCommand) {
            const args = fillPlaceholders(this.rollbackCommand, { weight: 0, stage: 0 });
            this.log(`rollback: ${JSON.stringify(args)}`);
            await runCommand(args, this.timeoutMs, signal, this.log);
        }
        else
            await this.setWeight(0, 0, signal);
    }
}
/** set-traffic-url: POSTs {"weight","stage","version"} (and "rollback": true when routing back). */
class WebhookRouter {
    url;
    version;
    timeoutMs;
    headers;
    constructor(url, version, timeoutMs, headers = {}) {
        this.url = url;
        this.version = version;
        this.timeoutMs = timeoutMs;
        this.headers = headers;
    }
    async post(body, signal) {
        const result = await probe({
            url: this.url,
            method: 'POST',
            headers: { 'content-type': 'application/json', ...this.headers },
            body: JSON.stringify(body),
            timeoutMs: this.timeoutMs,
            signal,
        });
        if (!result.ok)
            throw new Error(`traffic webhook: ${result.error}`);
        if (result.status < 200 || result.status > 299)
            throw new Error(`traffic webhook answered ${result.status}: ${result.body.slice(0, 200)}`);
    }
    setWeight(weight, stage, signal) {
        return this.post({ weight, stage, version: this.version }, signal);
    }
    rollback(signal) {
        return this.post({ weight: 0, stage: 0, version: this.version, rollback: true }, signal);
    }
}

;// CONCATENATED MODULE: ./src/webhooks.ts

/**
 * POSTs a JSON payload to each configured webhook with its own timeout. A 2xx answer is a yes; anything else
 * (another status, a timeout, no connection) is a no, so a gate that cannot be asked fails closed.
 */
class RolloutWebhooks {
    urls;
    version;
    timeoutMs;
    constructor(urls, version, timeoutMs) {
        this.urls = urls;
        this.version = version;
        this.timeoutMs = timeoutMs;
    }
    has(phase) {
        return this.urls[phase] !== undefined;
    }
    async call(phase, fields = {}, signal) {
        const url = this.urls[phase];
        if (!url)
            return { ok: true, status: 0 };
        const result = await probe({
            url,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ phase, version: this.version, ...fields }),
            timeoutMs: this.timeoutMs,
            signal,
        });
        if (!result.ok)
            return { ok: false, problem: `${phase} webhook: ${result.error}` };
        if (result.status < 200 || result.status > 299)
            return {
                ok: false,
                status: result.status,
                problem: `${phase} webhook answered ${result.status}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`,
            };
        return { ok: true, status: result.status };
    }
}

;// CONCATENATED MODULE: ./src/main.ts













const outputs = new Outputs({
    outcome: 'aborted',
    'final-weight': '0',
    'failed-stage': '',
    'health-score': '',
    retired: '',
    report: '',
});
async function run() {
    await runAction(outputs, async ({ inputs, context, clock, signal }) => {
        // Inputs: everything validated before the first traffic change.
        const config = readConfig(inputs, `${context.repository.owner}/${context.repository.repo}`);
        for (const value of Object.values(config.prometheus?.headers ?? {}))
            core_setSecret(value);
        if (config.deploymentId !== undefined && !config.githubToken)
            throw new errors/* InputError */.dz('github-token', 'is empty although deployment-id is set', 'a token with deployments: write');
        const notifyTargets = readNotifyTargets(inputs);
        const deployment = {
            environment: inputs.string('environment', { default: '' }),
            version: config.version,
            actor: context.actor,
        };
        // Effects: the router, the metric sources and the deployment statuses.
        const router = config.traffic.kind === 'command'
            ? new CommandRouter(config.traffic.command, config.traffic.rollbackCommand, config.callTimeoutMs, info)
            : new WebhookRouter(config.traffic.url, config.version, config.callTimeoutMs);
        const sources = [];
        if (config.probes)
            sources.push({
                name: 'probe',
                source: new HttpProbeSource(config.probes.canaryUrl, config.probes.baselineUrl, config.probes.requests, config.callTimeoutMs, config.probes.stages),
            });
        if (config.prometheus)
            sources.push({
                name: 'prometheus',
                source: new PrometheusSource(config.prometheus.url, config.prometheus.queries, config.version, config.baselineVersion, config.callTimeoutMs, config.prometheus.headers),
            });
        // Not tied to the run's cancellation signal: after a cancel, the final status must still be posted
        // (each request has its own timeout, and few retries, so a cancelled run still ends quickly).
        let statuses;
        if (config.deploymentId !== undefined) {
            core_setSecret(config.githubToken);
            const client = new GitHubClient({
                token: config.githubToken,
                baseUrl: context.apiUrl,
                clock,
                requestTimeoutMs: 10_000,
                retries: 2,
                log: info,
            });
            statuses = new DeploymentStatuses(client, config.repository, config.deploymentId, context.runUrl, warning);
        }
        // Notifications go out beside the rollout, never in its way: each stage's is not awaited.
        const notifier = new Notifier(notifyTargets, {
            repository: `${context.repository.owner}/${context.repository.repo}`,
            runUrl: context.runUrl,
            clock,
            signal,
        });
        const webhooks = new RolloutWebhooks({ ...config.webhooks, retire: config.retire?.url }, config.version, config.webhookTimeoutMs);
        const gate = async (answer) => {
            const result = await answer;
            return result.ok ? undefined : (result.problem ?? 'refused');
        };
        // Decision: the progression, judged at every check.
        startGroup(`canary: ${config.stages.map((s) => `${s.weight}% for ${s.waitMs / 1000}s`).join(' → ')}, judged every ${config.checkIntervalMs / 1000}s, false-rollback rate ≤ ${config.falseRollbackRate * 100}%`);
        const progression = runProgression({
            stages: config.stages,
            checkIntervalMs: config.checkIntervalMs,
            analysisWindowMs: config.intervalMs,
            timeoutMs: config.timeoutMs,
            maxFailedRounds: config.maxFailedRounds,
            maxInconclusiveRounds: config.maxInconclusiveRounds,
            rules: config.rules,
            falseRollbackRate: config.falseRollbackRate,
            sourceNames: sources.map((s) => s.name),
        }, router, new CombinedSource(sources), clock, signal, {
            log: info,
            onStage: (stage, total) => {
                notifier.notify(stageEvent(deployment, stage, total));
                return statuses?.stage(stage, total);
            },
            preRollout: webhooks.has('pre-rollout')
                ? (s) => gate(webhooks.call('pre-rollout', {}, s))
                : undefined,
            confirmStage: webhooks.has('confirm-stage')
                ? (stage, s) => gate(webhooks.call('confirm-stage', { stage: stage.index, weight: stage.weight }, s))
                : undefined,
            postRollout: webhooks.has('post-rollout')
                ? (s) => gate(webhooks.call('post-rollout', { outcome: 'promoted', weight: 100 }, s))
                : undefined,
            // A 2xx asks for a rollback; 4xx means "no"; no answer, a timeout or a 5xx fails closed.
            rollbackRequested: webhooks.has('rollback')
                ? async (stage, s) => {
                    const answer = await webhooks.call('rollback', { stage: stage.index, weight: stage.weight }, s);
                    if (answer.ok)
                        return `rollback requested (HTTP ${answer.status})`;
                    if (answer.status !== undefined && answer.status >= 400 && answer.status < 500)
                        return undefined;
                    return `${answer.problem}: cannot tell whether a rollback is wanted, rolling back`;
                }
                : undefined,
        });
        const result = await settledOnError(notifier, notifyTargets.timeoutMs, progression);
        endGroup();
        await statuses?.final(result);
        notifier.notify(finishedEvent(deployment, result));
        // Effects after a promotion: keep the old version for retire-after (a rollback stays one traffic
        // change), then retire it. A cancel during the wait keeps it; a failed retire is a warning.
        let retired = '';
        if (result.outcome === 'promoted' && config.retire) {
            retired = 'false';
            try {
                info(`keeping the old version for ${config.retire.afterMs / 1000}s before retiring it`);
                await clock.sleep(config.retire.afterMs, signal);
                const answer = await webhooks.call('retire', { outcome: 'promoted', weight: 100 }, signal);
                if (answer.ok)
                    retired = 'true';
                else
                    warning(`the old version was not retired: ${answer.problem}`);
            }
            catch (error) {
                warning(`the old version was not retired: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        outputs.set('retired', retired);
        // Outputs: always set, then the report and the summary.
        outputs.set('outcome', result.outcome);
        outputs.set('final-weight', result.finalWeight);
        outputs.set('failed-stage', result.failedStage);
        outputs.set('health-score', result.healthScore);
        const deliveries = await notifier.settle();
        const report = await writeJsonReport(external_node_path_default().join(context.runnerTemp, 'shipgate-canary-report.json'), {
            outcome: result.outcome,
            reason: result.reason,
            finalWeight: result.finalWeight,
            failedStage: result.failedStage ?? null,
            healthScore: result.healthScore ?? null,
            rollbackError: result.rollbackError ?? null,
            durationMs: result.durationMs,
            strategy: config.strategy,
            falseRollbackRate: config.falseRollbackRate,
            checkIntervalMs: config.checkIntervalMs,
            rules: config.rules,
            stages: result.stages,
            checks: result.checks,
            notifications: deliveries,
        });
        outputs.set('report', report);
        await writeSummary(summaryMarkdown(result, config.stages.length) + notificationsMarkdown(deliveries));
        if (result.rollbackError)
            error(`routing traffic back to stable failed: ${result.rollbackError}; traffic may still reach the new version`);
        if (result.outcome !== 'promoted')
            setFailed(`canary ${result.outcome}: ${result.reason}`);
        else
            notice(`canary promoted: ${result.reason}`);
    });
}


/***/ }),

/***/ 5569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iQ: () => (/* binding */ clockFromEnv),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports scaledClock, VirtualClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5736);

function abortableDelay(realMs, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(reasonOf(signal)));
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(reasonOf(signal)));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, realMs));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function reasonOf(signal) {
    const reason = signal?.reason;
    if (reason instanceof Error)
        return reason.message;
    if (typeof reason === 'string')
        return reason;
    return 'the run was cancelled';
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => abortableDelay(ms, signal),
    scale: 1,
};
/**
 * A clock that runs `factor` times faster than real time from `epochMs` on, reading `startMs` at that
 * moment (default `epochMs`: no jump). Two processes given the same values agree on the time, which
 * lets the test emulator and an action bundle share it; `startMs` lets a test run in office hours.
 */
function scaledClock(epochMs, factor, startMs = epochMs) {
    const now = () => startMs + (Date.now() - epochMs) * factor;
    return {
        now,
        // Node may fire a timer a millisecond before Date.now() shows it due, which this clock multiplies
        // (at 1000x a 10 s sleep ended after 9 s): sleep until the clock itself says the time has come.
        sleep: async (ms, signal) => {
            const until = now() + ms;
            await abortableDelay(ms / factor, signal);
            while (now() < until)
                await abortableDelay(Math.max(1, (until - now()) / factor), signal);
        },
        scale: factor,
    };
}
/**
 * The clock of this process: the system clock, unless SHIPGATE_TEST_CLOCK=`scaled:<epochMs>:<factor>`
 * (optionally `:<startMs>`) is set (a hook for the test harness; a faster clock only makes timeouts
 * expire sooner).
 */
function clockFromEnv(env = process.env) {
    const spec = env.SHIPGATE_TEST_CLOCK;
    if (!spec)
        return systemClock;
    const match = /^scaled:(\d+):(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(spec);
    if (!match)
        throw new Error(`SHIPGATE_TEST_CLOCK: '${spec}' is not of the form scaled:<epochMs>:<factor>[:<startMs>]`);
    return scaledClock(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
}
/**
 * A virtual clock for unit tests: time stands still until something sleeps, and a sleep moves time
 * forward at once. Concurrent sleepers wake in order of their deadlines.
 */
class VirtualClock {
    scale = Number.POSITIVE_INFINITY;
    current;
    sleepers = [];
    constructor(startMs = Date.UTC(2026, 0, 1)) {
        this.current = startMs;
    }
    now() {
        return this.current;
    }
    advance(ms) {
        this.current += ms;
    }
    sleep(ms, signal) {
        if (signal?.aborted)
            return Promise.reject(new CancelledError(reasonOf(signal)));
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                this.sleepers = this.sleepers.filter((s) => s !== sleeper);
                reject(new CancelledError(reasonOf(signal)));
            };
            // A sleep that ends removes its listener: a long simulation reuses one signal many times.
            const wake = () => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            };
            const sleeper = { until: this.current + Math.max(0, ms), resolve: wake };
            this.sleepers.push(sleeper);
            signal?.addEventListener('abort', onAbort, { once: true });
            // Let other ready work run first, then wake the earliest sleeper.
            setImmediate(() => this.wakeNext());
        });
    }
    wakeNext() {
        if (this.sleepers.length === 0)
            return;
        this.sleepers.sort((a, b) => a.until - b.until);
        const next = this.sleepers.shift();
        if (next.until > this.current)
            this.current = next.until;
        next.resolve();
    }
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * The error for a bad input: it names the input, says what is wrong and what is valid.
 * Actions throw it before any side effect, and the runner wrapper turns it into a failed step.
 */
class InputError extends Error {
    input;
    problem;
    expected;
    constructor(input, problem, expected) {
        super(`input '${input}': ${problem}; expected ${expected}`);
        this.input = input;
        this.problem = problem;
        this.expected = expected;
        this.name = 'InputError';
    }
}
/** Raised when the run is cancelled (SIGINT/SIGTERM from the runner) or its own timeout fires. */
class CancelledError extends Error {
    constructor(reason = 'the run was cancelled') {
        super(reason);
        this.name = 'CancelledError';
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ProxyAgent: () => (/* binding */ ProxyAgent),
  fetch: () => (/* binding */ fetch)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ../../packages/core/src/lazy-undici.mjs
// Stands in for the npm `undici` in the action bundles (each action's tsconfig.json, through
// tsconfig.bundle.json, maps the bare name here). @actions/http-client and @actions/github import
// undici at load for their proxy code, and our proxiedFetch uses it only when a request goes through a
// proxy; inside a bundle its ~900 KB were compiled and evaluated at every start (about a third of an
// action's start-up beyond `node -e 0`, bench/startup). So undici is bundled once on its own as
// dist/undici/index.cjs (scripts/build.mjs) and required from there on first use, synchronously, as
// the importers expect. Only what they use is forwarded: `new ProxyAgent(options)` and `fetch()`.


// Relative to the bundle file that holds this module: dist/<action>/*.js → dist/undici/index.cjs.
const lazy_undici_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let undici;
const load = () => (undici ??= lazy_undici_require('../undici/index.cjs'));

class ProxyAgent {
  constructor(options) {
    // A constructor that returns an object yields that object: callers get undici's own ProxyAgent.
    return new (load().ProxyAgent)(options);
  }
}

function fetch(input, init) {
  return load().fetch(input, init);
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
