import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5070:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(35862);


/***/ }),

/***/ 35862:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(69278);
var tls = __nccwpck_require__(64756);
var http = __nccwpck_require__(58611);
var https = __nccwpck_require__(65692);
var events = __nccwpck_require__(24434);
var assert = __nccwpck_require__(42613);
var util = __nccwpck_require__(39023);


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

/***/ 73018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(96648);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 96648:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(70857);
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
function utils_toCommandProperties(annotationProperties) {
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
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
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(58611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(65692);
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
var lazy_undici = __nccwpck_require__(76567);
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
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(13193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(24434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(42613);
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
                const upperExt = external_path_.extname(filePath).toUpperCase();
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
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
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
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
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
        if (tool.includes(external_path_.sep)) {
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
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
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
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
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
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
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
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
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
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: ../../packages/core/src/clock.ts
var src_clock = __nccwpck_require__(35569);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(85736);
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
        throw new ProxyConfigError(`environment variable ${from}: '${proxy_redact(value)}' is not a proxy URL; expected http://host:port (e.g. http://proxy.example.com:3128)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new ProxyConfigError(`environment variable ${from}: proxy scheme ${url.protocol} is not supported; expected an http:// or https:// proxy URL (e.g. http://proxy.example.com:3128)`);
    if (!url.hostname)
        throw new ProxyConfigError(`environment variable ${from}: '${proxy_redact(value)}' has no host; expected http://host:port`);
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
function proxy_redact(proxy) {
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
        settings.https ? `https via ${proxy_redact(settings.https.url)} (${settings.https.from})` : 'https direct',
        settings.http ? `http via ${proxy_redact(settings.http.url)} (${settings.http.from})` : 'http direct',
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
async function proxy_proxyAgentFor(url, settings) {
    const proxy = proxyFor(url, settings);
    if (!proxy)
        return { agent: false };
    const agent = url.protocol === 'https:'
        ? new (await Promise.all(/* import() */[__nccwpck_require__.e(219), __nccwpck_require__.e(129)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 54129, 23))).HttpsProxyAgent(proxy)
        : new (await Promise.all(/* import() */[__nccwpck_require__.e(219), __nccwpck_require__.e(286)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31286, 23))).HttpProxyAgent(proxy);
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
        throw new Error(`${init.method ?? 'GET'} ${url.origin}${url.pathname} through proxy ${proxy_redact(proxy)} failed: ${rootCause(error)}`, { cause: error });
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
        this.api = lazily(() => (loading ??= Promise.all(/* import() */[__nccwpck_require__.e(215), __nccwpck_require__.e(234)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71234)).then(({ createOctokit }) => createOctokit(options, this.fetchWithLimits.bind(this), this.stats))));
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
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/branch-store.ts








/** Raised by a backend when the head moved between read and write. */
class ConflictError extends Error {
}
async function retryOnConflict(policy, attempt, what) {
    const { maxAttempts = 60, baseDelayMs = 50, maxDelayMs = 2000, clock = src_clock/* systemClock */.ml } = policy;
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
const INLINE_CONTENT_BYTES = 1024 * 1024;
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
        const { default: tar } = await __nccwpck_require__.e(/* import() */ 474).then(__nccwpck_require__.t.bind(__nccwpck_require__, 36474, 19));
        const { createGunzip } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38522, 23));
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
        const body = external_node_stream_.Readable.fromWeb(data);
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
            if (statusOf(error) === 422 && /rule violations|protected branch/i.test((0,errors/* errorMessage */.gJ)(error)))
                throw new Error(`the branch '${this.options.branch}' of ${this.repoParams.owner}/${this.repoParams.repo} refuses this update ` +
                    `(${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}); exempt the writer from the branch's rulesets or protection, or use another branch`);
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
    return (yamlLibrary ??= __nccwpck_require__.e(/* import() */ 483).then(__nccwpck_require__.t.bind(__nccwpck_require__, 33483, 19)));
}
function loadAjv() {
    return (ajvLibrary ??= Promise.all([__nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.t.bind(__nccwpck_require__, 65627, 23)), Promise.all(/* import() */[__nccwpck_require__.e(627), __nccwpck_require__.e(323)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 66323, 23))]).then(([ajvModule, formats]) => {
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
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
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
async function http_probe_probe(request) {
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
        const transport = url.protocol === 'https:' ? https : http;
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
function report_markdownTable(headers, rows) {
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
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(absolute), { recursive: true });
    await external_node_fs_.promises.writeFile(absolute, `${JSON.stringify(data, null, 2)}\n`);
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
function slack_slackMessage(event) {
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
function teams_teamsMessage(event) {
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
            core.setSecret(secret);
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
        throw new InputError(name, 'is not a URL (the value is a secret and is not shown)', expected);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new InputError(name, `uses ${url.protocol} (the value is a secret and is not shown)`, expected);
    if (url.username || url.password)
        throw new InputError(name, 'carries credentials before the host', `${expected}, without user:password@`);
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
        this.clock = options.clock ?? systemClock;
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
                problem: this.redact(errorMessage(error)),
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
            (this.options.log ?? core.info)(line);
        else
            (this.options.warn ?? core.warning)(line);
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
















;// CONCATENATED MODULE: ../../packages/core/src/audit/archive.ts


/**
 * Archive files of the audit log. Records older than the retention window are moved, byte for byte,
 * out of the live segments into one archive file per move, named by the sequence range it holds:
 * `archive/000000-000041.jsonl` on a branch, `audit.archive.000000-000041.jsonl` beside a local
 * `log-file`. The lines are unchanged, so archive + live log is the same hash chain as before; the
 * move appends a signed checkpoint that names the archive file, its digest and its last entry.
 */
/** Where a move's archive file goes, for a log layout (same store, same commit as the live log). */
function archiveLayout(layout) {
    return layout.folder
        ? { folder: 'archive', stem: layout.stem }
        : { folder: '', stem: `${layout.stem}archive.` };
}
const pad = (n) => String(n).padStart(6, '0');
function archive_archivePath(layout, from, to) {
    const { folder, stem } = archiveLayout(layout);
    const name = `${stem}${pad(from)}-${pad(to)}.jsonl`;
    return folder ? `${folder}/${name}` : name;
}
function archivePattern(layout) {
    const stem = archiveLayout(layout).stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${stem}(\\d{6,})-(\\d{6,})\\.jsonl$`);
}
/** Archive files named in a list of file names, ordered by the range they hold. */
function archivesAmong(names, layout) {
    const pattern = archivePattern(layout);
    const { folder } = archiveLayout(layout);
    return names
        .map((name) => ({ name, match: pattern.exec(name) }))
        .filter((n) => n.match !== null)
        .map(({ name, match }) => ({
        file: folder ? `${folder}/${name}` : name,
        from: Number(match[1]),
        to: Number(match[2]),
    }))
        .sort((a, b) => a.from - b.from || a.to - b.to);
}
/** The archive files of a store snapshot, in order. */
async function archive_listArchives(snapshot, layout) {
    return archivesAmong(await snapshot.list(archiveLayout(layout).folder), layout);
}
/** `sha256:<hex>` of an archive file's exact bytes (UTF-8). */
function archive_archiveDigest(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
/** The same digest of a file on disk, read as a stream (an archive may be large). */
async function archiveFileDigest(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/audit/canonical-json.ts
/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): object keys sorted by UTF-16 code units, no
 * whitespace, numbers in ECMAScript shortest round-trip form, strings escaped as ECMAScript
 * JSON.stringify does (only `"`, `\` and control characters; everything else as is, UTF-8 encoded).
 */
class CanonicalJsonError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CanonicalJsonError';
    }
}
/** The canonical text of a JSON value; throws for values JSON (I-JSON) cannot carry. */
function canonical_json_canonicalize(value) {
    const parts = [];
    write(value, parts, '$');
    return parts.join('');
}
/** The canonical UTF-8 bytes of a JSON value. */
function canonical_json_canonicalBytes(value) {
    return Buffer.from(canonical_json_canonicalize(value), 'utf8');
}
function write(value, out, at) {
    if (value === null) {
        out.push('null');
        return;
    }
    switch (typeof value) {
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'number':
            out.push(serializeNumber(value, at));
            return;
        case 'string':
            out.push(serializeString(value, at));
            return;
        case 'object':
            break;
        default:
            throw new CanonicalJsonError(`${at}: a ${typeof value} is not JSON`);
    }
    if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, i) => {
            if (i > 0)
                out.push(',');
            write(item, out, `${at}[${i}]`);
        });
        out.push(']');
        return;
    }
    const record = value;
    // Array.prototype.sort compares strings by UTF-16 code units, which is exactly what JCS asks.
    const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
    out.push('{');
    keys.forEach((key, i) => {
        if (i > 0)
            out.push(',');
        out.push(serializeString(key, `${at} key`), ':');
        write(record[key], out, `${at}.${key}`);
    });
    out.push('}');
}
/** ECMAScript Number::toString, which JCS adopts (RFC 8785 section 3.2.2.3); -0 becomes 0. */
function serializeNumber(value, at = '$') {
    if (!Number.isFinite(value))
        throw new CanonicalJsonError(`${at}: ${value} is not a JSON number`);
    if (Object.is(value, -0))
        return '0';
    return String(value);
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function serializeString(value, at = '$') {
    if (LONE_SURROGATE.test(value))
        throw new CanonicalJsonError(`${at}: a string with a lone surrogate is not valid I-JSON`);
    // JSON.stringify escapes exactly `"`, `\`, \b \f \n \r \t and other controls as \u00xx (lower case).
    return JSON.stringify(value);
}
/** Parses text and says whether it is already in canonical form (byte for byte). */
function parseCanonical(text) {
    const value = JSON.parse(text);
    let canonical;
    try {
        canonical = canonical_json_canonicalize(value) === text;
    }
    catch {
        canonical = false;
    }
    return { value, canonical };
}

;// CONCATENATED MODULE: ../../packages/core/src/audit/compliance.ts

const COMPLIANCE_STANDARDS = {
    SOC2: {
        title: 'SOC 2 trust services criteria',
        controls: {
            'CC6.1': 'Logical access security over protected information assets',
            'CC6.2': 'Registration and authorisation of users before access is granted',
            'CC6.3': 'Role-based access, least privilege and segregation of duties',
            'CC7.2': 'Monitoring of system components for anomalies',
            'CC7.3': 'Evaluation of events for failures (incidents) and action on them: rollback, emergency change',
            'CC8.1': 'Authorisation, testing, approval and implementation of changes',
        },
        evidence: {
            change: ['CC8.1'],
            'infrastructure-change': ['CC8.1'],
            'peer-review': ['CC8.1', 'CC6.3'],
            approval: ['CC8.1', 'CC6.1', 'CC6.2', 'CC6.3'],
            deployment: ['CC8.1'],
            // A deployment's outcome is an evaluated event (a canary judged failing and rolled back, a failed
            // status); an emergency change is the action taken on an incident, with its reason.
            'deployment-outcome': ['CC7.2', 'CC7.3'],
            'emergency-change': ['CC8.1', 'CC7.3'],
            logging: ['CC7.2'],
        },
        // The BlackRoad seed names CC6.1, CC6.2, CC7.2 and CC7.3. It files change management under CC6.1;
        // in the 2017 criteria (revised points of focus, 2022) change management is CC8.1 and CC6.1 is
        // logical access. CC6.2, CC7.2 and CC7.3 are 2017 IDs as well, each mapped above from the evidence
        // that shows it (CC7.3 from deployment outcomes and emergency changes), so they need no alias.
        aliases: {
            'CC8.1': [{ id: 'CC6.1', note: 'change management, as the seed names it' }],
        },
    },
    ISO27001: {
        title: 'ISO/IEC 27001:2022 Annex A',
        controls: {
            '5.3': 'Segregation of duties',
            '8.9': 'Configuration management',
            '8.15': 'Logging',
            '8.16': 'Monitoring activities',
            '8.32': 'Change management',
        },
        evidence: {
            change: ['8.32'],
            'infrastructure-change': ['8.32', '8.9'],
            'peer-review': ['8.32', '5.3'],
            approval: ['8.32', '5.3'],
            deployment: ['8.32'],
            'deployment-outcome': ['8.16'],
            'emergency-change': ['8.32'],
            logging: ['8.15'],
        },
    },
    // The Security Rule's standards and implementation specifications that deployment evidence can show
    // (https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C). Access control,
    // encryption and the rest are about the system holding ePHI, which this log does not see.
    HIPAA: {
        title: 'HIPAA Security Rule (45 CFR 164 Subpart C)',
        controls: {
            '§164.308(a)(1)(ii)(D)': 'Information system activity review (audit logs, incident tracking)',
            '§164.308(a)(5)(ii)(C)': 'Log-in monitoring: who acted, checked against who may',
            '§164.312(b)': 'Audit controls: record and examine activity in information systems',
            '§164.312(c)(1)': 'Integrity: protect against improper alteration (authorised changes, tamper-evident log)',
        },
        evidence: {
            change: ['§164.312(b)', '§164.312(c)(1)'],
            'infrastructure-change': ['§164.312(b)', '§164.312(c)(1)'],
            'peer-review': ['§164.312(c)(1)'],
            // An approval is an identity checked against the approvers allowed, recorded with its user id.
            approval: ['§164.312(c)(1)', '§164.308(a)(5)(ii)(C)'],
            deployment: ['§164.312(b)', '§164.312(c)(1)'],
            // Outcomes and rollbacks are the activity a review looks at.
            'deployment-outcome': ['§164.308(a)(1)(ii)(D)'],
            'emergency-change': ['§164.308(a)(1)(ii)(D)', '§164.312(c)(1)'],
            logging: ['§164.312(b)'],
        },
    },
};
function evidenceOf(type, facts) {
    const evidence = ['logging'];
    switch (type) {
        case 'push':
        case 'release':
        case 'workflow_dispatch':
        case 'custom':
            evidence.push('change');
            break;
        case 'pull_request':
            evidence.push('change', 'peer-review');
            break;
        case 'approval':
            evidence.push('approval');
            break;
        case 'deployment':
            evidence.push('deployment');
            break;
        case 'deployment_status':
        case 'workflow_run':
            evidence.push('deployment-outcome');
            break;
        case 'exception':
            evidence.push('emergency-change');
            break;
        case 'checkpoint':
            break;
    }
    if (facts.infra)
        evidence.push('infrastructure-change');
    if (facts.reviewed && !evidence.includes('peer-review'))
        evidence.push('peer-review');
    if (facts.emergency && !evidence.includes('emergency-change'))
        evidence.push('emergency-change');
    return evidence;
}
function controlsFor(standard, evidence) {
    const mapping = COMPLIANCE_STANDARDS[standard];
    const controls = new Set(evidence.flatMap((e) => mapping.evidence[e]));
    return [...controls].sort(compareControls);
}
/** Control IDs in reading order: CC6.3 before CC8.1, 8.9 before 8.15, §164.308 before §164.312. */
function compareControls(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
/** The `compliance-standards` input: known standard names, in their canonical spelling. */
function parseStandards(names) {
    return names.map((name) => {
        const known = Object.keys(COMPLIANCE_STANDARDS).find((s) => s.toLowerCase() === name.toLowerCase());
        if (!known)
            throw new errors/* InputError */.dz('compliance-standards', `'${name}' is not a known standard`, `a list of ${Object.keys(COMPLIANCE_STANDARDS).join(', ')}`);
        return known;
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/audit/deployment-details.ts
/**
 * Reading what a workflow passes as a deployment record's `details`, for both the writer (audit-sign)
 * and the reader (audit-verify's compliance report), so the two never disagree. deploy.yml passes
 * `override-reason` and the approval gate's `approvals`; older callers passed `toJSON(needs.<job>)`,
 * whose outputs are strings (`approvals` a JSON array in a string), or `override: true`.
 */
/** A value read as a JSON object: itself when it is one, otherwise an empty object. */
const jsonObject = (value) => value && typeof value === 'object' && !Array.isArray(value) ? value : {};
/** A value read as text: a string, trimmed; anything else ''. */
const trimmedText = (value) => (typeof value === 'string' ? value.trim() : '');
/** A value read as a string: '' for undefined or null, otherwise String(value). */
const stringOf = (value) => value === undefined || value === null ? '' : String(value);
const obj = jsonObject;
const deployment_details_text = trimmedText;
const str = stringOf;
/** The break-glass reason of an override, or '' when the deployment was not overridden. */
function overrideReason(details) {
    return (deployment_details_text(details['override-reason']) ||
        deployment_details_text(details.override) ||
        // toJSON(needs.checks): the pre-deploy checks job's `override-reason` output.
        deployment_details_text(obj(obj(details.checks).outputs)['override-reason']));
}
/** An emergency change: marked as one, or a break-glass override (its reason given or not). */
function isEmergency(details) {
    return details.emergency === true || details.override === true || overrideReason(details) !== '';
}
/** Why an emergency change was made, as the record says: a reason, a justification or the override's. */
function emergencyReason(details) {
    return (deployment_details_text(details.emergencyReason) ||
        deployment_details_text(details.reason) ||
        deployment_details_text(details.justification) ||
        overrideReason(details));
}
/**
 * A list of approvers as a workflow passes it: an array, a JSON array in a string (a job output such
 * as the approval gate's `approvals`), or logins separated by commas or white space.
 */
function approverItems(value) {
    if (Array.isArray(value))
        return value;
    const s = deployment_details_text(value);
    if (s === '')
        return [];
    if (s.startsWith('[')) {
        try {
            const parsed = JSON.parse(s);
            if (Array.isArray(parsed))
                return parsed;
        }
        catch {
            // Not JSON after all: read it as a list of logins.
        }
    }
    return s.split(/[,\s]+/).filter(Boolean);
}
/**
 * Each approval the details name, by user id and login, with its time: the approval gate's `approvals`
 * carry each comment's time (`at`); logins alone, or an approval without a time, get `fallbackTime`.
 */
function approvalsOf(details, fallbackTime) {
    const items = [details.approvals, details.approvers, details['approved-by']]
        .map(approverItems)
        .find((list) => list.length > 0) ?? [];
    return items.map((item) => {
        if (typeof item === 'string')
            return { id: '', login: item, time: fallbackTime };
        const a = obj(item);
        return {
            id: str(a.id),
            login: str(a.login ?? a.user),
            time: str(a.time ?? a.approvedAt ?? a.at) || fallbackTime,
        };
    });
}

// EXTERNAL MODULE: ../../packages/core/src/audit/envelope.ts
var envelope = __nccwpck_require__(77227);
// EXTERNAL MODULE: ../../packages/core/src/audit/keyless-signer.ts
var keyless_signer = __nccwpck_require__(92816);
;// CONCATENATED MODULE: ../../packages/core/src/audit/record.ts



/**
 * The schema identifier every record carries. Compatibility rule between shipgate versions:
 * - A field may be added to a record without a new version: a reader ignores fields it does not know
 *   (the entry hash and the signature cover the whole record, so an added field cannot slip in
 *   unnoticed), and the fields it knows keep their names and types.
 * - A change an older reader would misread (a field removed, renamed or given another type or meaning,
 *   a new record type) bumps the version. A reader refuses a record of a higher version than it knows
 *   with "written by a newer shipgate: upgrade" (failure class `newer-schema`), once its hash and
 *   signature check out; otherwise it is what it is (modified, bad-signature, …).
 * What shipgate writes is still held to the exact schema (RECORD_JSON_SCHEMA, no unknown field).
 */
const RECORD_SCHEMA_VERSION = 1;
const RECORD_SCHEMA = 'shipgate.audit.record/v1';
const SCHEMA_ID = /^shipgate\.audit\.record\/v([1-9]\d{0,8})$/;
/** The schema version a record names, or undefined when it names none that shipgate uses. */
function recordSchemaVersion(value) {
    const schema = value?.schema;
    const match = typeof schema === 'string' ? SCHEMA_ID.exec(schema) : null;
    return match ? Number(match[1]) : undefined;
}
/** Prepended to the canonical bytes before hashing, so an entry hash can never be confused with another hash. */
const ENTRY_HASH_PREFIX = 'shipgate.audit.entry.v1\0';
/** Record types taken from the triggering event. */
const EVENT_RECORD_TYPES = [
    'push',
    'pull_request',
    'deployment',
    'deployment_status',
    'workflow_run',
    'workflow_dispatch',
    'release',
];
/** Record types a workflow asks for explicitly with `record-type`. */
const EXPLICIT_RECORD_TYPES = ['approval', 'deployment', 'exception', 'custom'];
/** `sha256:<hex>` of the domain-separation prefix followed by the record's RFC 8785 bytes. */
function entryHash(record) {
    return record_hashCanonical(canonicalBytes(record));
}
function record_hashCanonical(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(ENTRY_HASH_PREFIX).update(bytes).digest('hex')}`;
}
const identity = {
    type: 'object',
    required: ['id', 'login'],
    additionalProperties: false,
    properties: { id: { type: 'string' }, login: { type: 'string' } },
};
const checks = {
    type: 'array',
    items: {
        type: 'object',
        required: ['name', 'conclusion'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, conclusion: { type: 'string' } },
    },
};
const HASH = '^sha256:[0-9a-f]{64}$';
const TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$';
const RECORD_JSON_SCHEMA = {
    type: 'object',
    required: [
        'schema',
        'id',
        'logId',
        'sequence',
        'previousHash',
        'type',
        'time',
        'repository',
        'actor',
        'commit',
        'ref',
        'run',
        'event',
        'details',
        'compliance',
    ],
    additionalProperties: false,
    properties: {
        schema: { const: RECORD_SCHEMA },
        id: { type: 'string', minLength: 1 },
        logId: { type: 'string', minLength: 1 },
        sequence: { type: 'integer', minimum: 0 },
        previousHash: { anyOf: [{ const: '' }, { type: 'string', pattern: HASH }] },
        type: { enum: [...new Set([...EVENT_RECORD_TYPES, ...EXPLICIT_RECORD_TYPES, 'checkpoint'])] },
        time: { type: 'string', pattern: TIME },
        repository: {
            type: 'object',
            required: ['id', 'name'],
            additionalProperties: false,
            properties: { id: { type: 'string' }, name: { type: 'string' } },
        },
        actor: identity,
        commit: { type: 'string' },
        ref: { type: 'string' },
        run: {
            type: 'object',
            required: ['id', 'attempt', 'workflowRef'],
            additionalProperties: false,
            properties: { id: { type: 'string' }, attempt: { type: 'string' }, workflowRef: { type: 'string' } },
        },
        event: { type: 'string' },
        change: {
            type: 'object',
            required: ['files', 'filesTruncated', 'infraFiles', 'touchesInfrastructure'],
            additionalProperties: false,
            properties: {
                files: { type: 'array', items: { type: 'string' } },
                filesTruncated: { type: 'boolean' },
                infraFiles: { type: 'array', items: { type: 'string' } },
                touchesInfrastructure: { type: 'boolean' },
                pullRequest: {
                    type: 'object',
                    required: ['number', 'author', 'headCommit', 'approvers', 'checks'],
                    additionalProperties: false,
                    properties: {
                        number: { type: 'string' },
                        author: identity,
                        mergedBy: identity,
                        headCommit: { type: 'string' },
                        approvers: {
                            type: 'array',
                            items: {
                                type: 'object',
                                required: ['id', 'login', 'commit', 'time'],
                                additionalProperties: false,
                                properties: {
                                    id: { type: 'string' },
                                    login: { type: 'string' },
                                    commit: { type: 'string' },
                                    time: { type: 'string' },
                                },
                            },
                        },
                        checks,
                    },
                },
            },
        },
        deployment: {
            type: 'object',
            required: ['environment', 'deploymentId', 'version', 'outcome', 'approvals', 'checks', 'emergency'],
            additionalProperties: false,
            properties: {
                environment: { type: 'string' },
                deploymentId: { type: 'string' },
                version: { type: 'string' },
                outcome: { type: 'string' },
                approvals: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['id', 'login', 'time'],
                        additionalProperties: false,
                        properties: { id: { type: 'string' }, login: { type: 'string' }, time: { type: 'string' } },
                    },
                },
                checks,
                emergency: { type: 'boolean' },
            },
        },
        workflowRun: {
            type: 'object',
            required: [
                'name',
                'event',
                'status',
                'conclusion',
                'startedAt',
                'completedAt',
                'durationSeconds',
                'jobs',
                'jobsUnavailable',
            ],
            additionalProperties: false,
            properties: {
                name: { type: 'string' },
                event: { type: 'string' },
                status: { type: 'string' },
                conclusion: { type: 'string' },
                startedAt: { type: 'string' },
                completedAt: { type: 'string' },
                durationSeconds: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
                jobs: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['name', 'conclusion', 'startedAt', 'completedAt', 'durationSeconds'],
                        additionalProperties: false,
                        properties: {
                            name: { type: 'string' },
                            conclusion: { type: 'string' },
                            startedAt: { type: 'string' },
                            completedAt: { type: 'string' },
                            durationSeconds: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
                        },
                    },
                },
                jobsUnavailable: { type: 'string' },
            },
        },
        checkpoint: {
            type: 'object',
            required: ['size', 'head'],
            additionalProperties: false,
            properties: {
                size: { type: 'integer', minimum: 1 },
                head: { type: 'string', pattern: HASH },
                archive: {
                    type: 'object',
                    required: [
                        'file',
                        'from',
                        'to',
                        'lastHash',
                        'digest',
                        'firstTime',
                        'lastTime',
                        'retentionDays',
                        'cutoff',
                    ],
                    additionalProperties: false,
                    properties: {
                        file: { type: 'string', minLength: 1 },
                        from: { type: 'integer', minimum: 0 },
                        to: { type: 'integer', minimum: 0 },
                        lastHash: { type: 'string', pattern: HASH },
                        digest: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
                        firstTime: { type: 'string', pattern: TIME },
                        lastTime: { type: 'string', pattern: TIME },
                        retentionDays: { type: 'integer', minimum: 1 },
                        cutoff: { type: 'string', pattern: TIME },
                    },
                },
            },
        },
        details: { type: 'object' },
        compliance: {
            type: 'object',
            required: ['risk', 'standards'],
            additionalProperties: false,
            properties: {
                risk: { enum: ['low', 'medium', 'high'] },
                standards: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['standard', 'controls'],
                        additionalProperties: false,
                        properties: {
                            standard: { type: 'string' },
                            controls: { type: 'array', items: { type: 'string' } },
                        },
                    },
                },
            },
        },
    },
};
/** The same schema with every object open to fields this version does not know (how a reader reads). */
function openSchema(schema) {
    if (Array.isArray(schema))
        return schema.map(openSchema);
    if (schema === null || typeof schema !== 'object')
        return schema;
    return Object.fromEntries(Object.entries(schema)
        .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
        .map(([key, value]) => [key, openSchema(value)]));
}
// Compiled by loadRecordSchemas(), not at load: Ajv (about 260 KB of bundled code) was the largest
// part of audit-verify's start-up, and a run that stops at a bad input never needs it (issue 14,
// bench/startup). An import() is asynchronous, the checks below are not: hence the explicit load.
let validators;
/** Imports Ajv and compiles the record schemas; await it before recordSchemaProblem/readableRecordProblem. */
async function loadRecordSchemas() {
    if (validators)
        return;
    const AjvClass = commonJsExport(await __nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.t.bind(__nccwpck_require__, 65627, 23)), 'Ajv');
    const ajv = new AjvClass({ allErrors: false, strict: false });
    validators = {
        exact: ajv.compile(RECORD_JSON_SCHEMA),
        readable: ajv.compile(openSchema(RECORD_JSON_SCHEMA)),
    };
}
function loaded() {
    if (!validators)
        throw new Error('the audit record schemas are not loaded: await loadRecordSchemas() first');
    return validators;
}
const problemOf = (validate, value) => {
    if (validate(value))
        return undefined;
    const error = validate.errors?.[0];
    return error ? `${error.instancePath || '(record)'} ${error.message ?? 'is invalid'}` : 'is invalid';
};
/** Undefined when the value is exactly a record as this version writes it; otherwise what is wrong. */
function recordSchemaProblem(value) {
    return problemOf(loaded().exact, value);
}
/**
 * Undefined when a reader of this version can read the value as a record: the fields it knows are
 * valid, and fields a later version of the same schema added are ignored (see RECORD_SCHEMA).
 */
function readableRecordProblem(value) {
    return problemOf(loaded().readable, value);
}

;// CONCATENATED MODULE: ../../packages/core/src/audit/entry-check.ts




/**
 * Everything one line must satisfy on its own: canonical JSON, a valid record, the hash of its
 * record, the envelope carrying exactly that record, and a signature by an allowed key that was
 * valid at the record's time, or a keyless signature whose identity the rules allow.
 */
function checkLine(text, keys, keyless) {
    let parsed;
    try {
        parsed = parseCanonical(text);
    }
    catch {
        return { ok: false, failure: 'modified', message: 'the line is not JSON' };
    }
    if (!parsed.canonical)
        return { ok: false, failure: 'modified', message: 'the line is not in canonical (RFC 8785) form' };
    const entry = parsed.value;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
        return { ok: false, failure: 'modified', message: 'the line is not an entry object' };
    const extra = Object.keys(entry).filter((k) => !['bundle', 'hash', 'record'].includes(k));
    if (extra.length > 0)
        return { ok: false, failure: 'modified', message: `unexpected field ${extra[0]}` };
    // A record of a later schema version is checked as far as this reader can: its hash and signature
    // (they cover any record), never its fields. Tampered, it fails as such; intact, it asks for an upgrade.
    const version = recordSchemaVersion(entry.record);
    const newer = version !== undefined && version > RECORD_SCHEMA_VERSION;
    const problem = newer ? undefined : readableRecordProblem(entry.record);
    if (problem)
        return { ok: false, failure: 'modified', message: `the record is not valid: ${problem}` };
    const record = entry.record;
    const bytes = canonical_json_canonicalBytes(record);
    const hash = record_hashCanonical(bytes);
    const known = newer ? undefined : record;
    if (entry.hash !== hash)
        return {
            ok: false,
            failure: 'modified',
            message: 'the record does not match its entry hash',
            record: known,
        };
    const signed = (0,keyless_signer/* isKeylessBundle */.zX)(entry.bundle)
        ? checkKeyless(entry.bundle, keyless)
        : (0,envelope/* verifyBundle */.IF)(entry.bundle, keys);
    if (!signed.ok && signed.failure === 'malformed')
        return { ok: false, failure: 'modified', message: `the bundle is ${signed.message}`, record: known };
    // A signature over other bytes means the record was changed, whoever signed it.
    if (signed.payload && !signed.payload.equals(bytes))
        return {
            ok: false,
            failure: 'modified',
            message: 'the signed payload differs from the record',
            record: known,
        };
    if (!signed.ok) {
        const failure = signed.failure === 'malformed' ? 'modified' : signed.failure;
        return { ok: false, failure, message: signed.message, record: known };
    }
    if (newer)
        return {
            ok: false,
            failure: 'newer-schema',
            message: `written by a newer shipgate (record schema ${String(entry.record.schema)}; this verifier reads ${RECORD_SCHEMA}): upgrade audit-verify to verify it (its hash and signature are valid)`,
        };
    if ('identity' in signed)
        return { ok: true, record, hash, keyId: `sigstore:${signed.identity}` };
    const time = Date.parse(record.time);
    const { notBefore, notAfter } = signed.key;
    if ((notBefore !== undefined && time < notBefore) || (notAfter !== undefined && time > notAfter))
        return {
            ok: false,
            failure: 'untrusted-signer',
            message: `signed by key ${signed.key.keyId} outside its validity window`,
            record,
        };
    return { ok: true, record, hash, keyId: signed.key.keyId };
}
/** A keyless bundle is only trusted through identity rules; without them it is an untrusted signer. */
function checkKeyless(bundle, keyless) {
    if (keyless)
        return keyless.verify(bundle);
    return {
        ok: false,
        failure: 'untrusted-signer',
        message: 'signed keylessly (Sigstore) but no keyless identity rules were given',
        payload: envelopePayload(bundle),
    };
}
function envelopePayload(bundle) {
    const payload = bundle.dsseEnvelope?.payload;
    return typeof payload === 'string' ? Buffer.from(payload, 'base64') : undefined;
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ../../packages/core/src/audit/log-format.ts







const DEFAULT_SEGMENT_SIZE = 1000;
/** On a branch: log/000000.jsonl, log/000001.jsonl, … */
function branchLayout(segmentSize = DEFAULT_SEGMENT_SIZE) {
    return { folder: 'log', stem: '', segmentSize };
}
/** For a local `log-file` such as audit/audit.jsonl: audit/audit.000000.jsonl, … (store root: audit/). */
function fileLayout(logFile, segmentSize = DEFAULT_SEGMENT_SIZE) {
    return { folder: '', stem: `${external_node_path_default().basename(logFile).replace(/\.jsonl$/, '')}.`, segmentSize };
}
/** A log that cannot be read or appended to safely. */
class log_format_LogFormatError extends Error {
}
function log_format_segmentPath(layout, index) {
    const name = `${layout.stem}${String(index).padStart(6, '0')}.jsonl`;
    return layout.folder ? `${layout.folder}/${name}` : name;
}
function segmentPattern(layout) {
    const stem = layout.stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${stem}(\\d{6,})\\.jsonl$`);
}
/** Segment numbers present in a snapshot, ascending. */
async function log_format_listSegments(snapshot, layout) {
    const pattern = segmentPattern(layout);
    return (await snapshot.list(layout.folder))
        .map((name) => pattern.exec(name)?.[1])
        .filter((n) => n !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
}
/** Signs a record and gives its log line (canonical JSON, no newline) and entry hash. */
function signEntry(record, key) {
    return entryOf(record, (bytes) => signToBundle(bytes, key));
}
/** As signEntry, with a key or a keyless signer (Fulcio certificate and Rekor entry for each bundle). */
async function signEntryWith(record, signer) {
    if (!('kind' in signer))
        return signEntry(record, signer);
    const bundle = await signer.signBundle(canonicalBytes(record));
    return entryOf(record, () => bundle);
}
function entryOf(record, bundleFor) {
    const bytes = canonicalBytes(record);
    const entry = { bundle: bundleFor(bytes), hash: hashCanonical(bytes), record };
    return { line: canonicalize(entry), entry };
}
function lastLine(text) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    return lines[lines.length - 1];
}
function sequenceOfLine(line) {
    try {
        const sequence = JSON.parse(line).record?.sequence;
        return typeof sequence === 'number' ? sequence : undefined;
    }
    catch {
        return undefined;
    }
}
function countLines(text) {
    return text.split('\n').filter((line) => line.trim() !== '').length;
}
/**
 * The head of the log (last entry's sequence and hash) as of a snapshot, checked enough to append
 * safely: the last line parses, its hash is its record's, and the segment holds the entries it should.
 */
async function readHead(snapshot, layout) {
    const segments = await log_format_listSegments(snapshot, layout);
    if (segments.length === 0)
        return { head: undefined, segmentText: undefined };
    const last = segments[segments.length - 1];
    const file = log_format_segmentPath(layout, last);
    const text = await snapshot.read(file);
    if (text === undefined)
        throw new log_format_LogFormatError(`segment ${file} is listed but cannot be read`);
    const line = lastLine(text);
    if (line === undefined)
        throw new log_format_LogFormatError(`segment ${file} is empty`);
    let entry;
    try {
        entry = JSON.parse(line);
    }
    catch {
        throw new log_format_LogFormatError(`the last line of ${file} is not JSON`);
    }
    const record = entry?.record;
    if (!record || typeof record.sequence !== 'number' || typeof entry.hash !== 'string')
        throw new log_format_LogFormatError(`the last line of ${file} is not an audit log entry`);
    if (hashCanonical(canonicalBytes(record)) !== entry.hash)
        throw new log_format_LogFormatError(`the last entry of ${file} does not match its hash (the log was modified)`);
    // A retention move may have archived the first entries of this segment; it then starts later, right
    // after the last archive file (anything else is a damaged log, not a place to append to).
    const segmentStart = last * layout.segmentSize;
    const firstSequence = sequenceOfLine(text.split('\n').find((l) => l.trim() !== '') ?? '');
    let start = segmentStart;
    if (firstSequence !== undefined && firstSequence > segmentStart && firstSequence <= record.sequence) {
        const archives = await listArchives(snapshot, layout);
        if (archives[archives.length - 1]?.to === firstSequence - 1)
            start = firstSequence;
    }
    const expectedLines = record.sequence - start + 1;
    if (Math.floor(record.sequence / layout.segmentSize) !== last || countLines(text) !== expectedLines)
        throw new log_format_LogFormatError(`segment ${file} holds ${countLines(text)} entries but its last entry is sequence ${record.sequence}`);
    return {
        head: { sequence: record.sequence, hash: entry.hash, time: record.time, logId: record.logId },
        segmentText: text,
    };
}
/** The file changes that append lines (entries head+1, head+2, …) to their segments. */
async function appendLines(snapshot, layout, firstSequence, lines) {
    const changes = {};
    lines.forEach((line, i) => {
        const file = log_format_segmentPath(layout, Math.floor((firstSequence + i) / layout.segmentSize));
        changes[file] = (changes[file] ?? '') + `${line}\n`;
    });
    for (const [file, added] of Object.entries(changes)) {
        const existing = (await snapshot.read(file)) ?? '';
        changes[file] = existing === '' || existing.endsWith('\n') ? existing + added : `${existing}\n${added}`;
    }
    return changes;
}
async function* linesOfFile(file) {
    const reader = (0,external_node_readline_namespaceObject.createInterface)({
        input: (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8' }),
        crlfDelay: Infinity,
    });
    for await (const line of reader)
        yield line;
}
/**
 * Streams a local log: a single JSONL file (an auditor's copy), or the archive files and then the
 * segments of `log-file` (archive + live log is one chain).
 */
async function* readLocalLog(logFile, segmentSize = DEFAULT_SEGMENT_SIZE) {
    const stat = await external_node_fs_.promises.stat(logFile).catch(() => undefined);
    let files;
    if (stat?.isFile())
        files = [{ file: logFile, archived: false }];
    else {
        const layout = fileLayout(logFile, segmentSize);
        const pattern = segmentPattern(layout);
        const dir = external_node_path_default().dirname(logFile);
        const names = await external_node_fs_.promises.readdir(dir).catch((error) => {
            throw new log_format_LogFormatError(`cannot read the folder ${dir} (${error.code ?? error.message})`);
        });
        const segments = names
            .map((name) => ({ name, n: pattern.exec(name)?.[1] }))
            .filter((f) => f.n !== undefined)
            .sort((a, b) => Number(a.n) - Number(b.n))
            .map((f) => ({ file: external_node_path_default().join(dir, f.name), archived: false }));
        if (segments.length === 0)
            throw new log_format_LogFormatError(`no log at ${logFile} (neither the file nor its segments)`);
        const archives = archivesAmong(names, layout).map((a) => ({
            file: external_node_path_default().join(dir, a.file),
            archived: true,
        }));
        files = [...archives, ...segments];
    }
    let position = 0;
    for (const { file, archived } of files) {
        for await (const text of linesOfFile(file)) {
            if (text.trim() === '')
                continue;
            yield { text, position: position++, source: external_node_path_default().basename(file), ...(archived ? { archived } : {}) };
        }
    }
}
/** Streams the log of a store snapshot (a branch): archive files, then segments, one file in memory at a time. */
async function* readSnapshotLog(snapshot, layout) {
    let position = 0;
    const files = [
        ...(await archive_listArchives(snapshot, layout)).map((a) => ({ file: a.file, archived: true })),
        ...(await log_format_listSegments(snapshot, layout)).map((i) => ({ file: log_format_segmentPath(layout, i), archived: false })),
    ];
    for (const { file, archived } of files) {
        const text = (await snapshot.read(file)) ?? '';
        for (const line of text.split('\n')) {
            if (line.trim() === '')
                continue;
            yield { text: line, position: position++, source: file, ...(archived ? { archived } : {}) };
        }
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/audit/retention.ts






const DAY_MS = 86_400_000;
/**
 * At most this many records move in one retention move (one archive file, one commit): a log that
 * has never been archived catches up over several runs instead of writing one huge file.
 */
const MAX_ARCHIVED_PER_MOVE = 5000;
/** The cutoff of a retention window ending at `timeMs`: records dated before it are due. */
function retentionCutoff(timeMs, retentionDays) {
    return timeMs - retentionDays * DAY_MS;
}
function parseEntry(line, file) {
    let entry;
    try {
        entry = JSON.parse(line);
    }
    catch {
        throw new LogFormatError(`a line of ${file} is not JSON`);
    }
    const record = entry?.record;
    if (!record || typeof record.sequence !== 'number' || typeof record.time !== 'string')
        throw new LogFormatError(`a line of ${file} is not an audit log entry`);
    return entry;
}
const nonEmpty = (text) => text.split('\n').filter((line) => line.trim() !== '');
function* linesOf(text) {
    for (let start = 0; start < text.length;) {
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end < 0 ? text.length : end);
        if (line.trim() !== '')
            yield line;
        start = end < 0 ? text.length : end + 1;
    }
}
/**
 * Plans moving the live records dated before the cutoff (a prefix of the log, since times never go
 * backwards) to a new archive file. Every moved entry is checked against its hash and the chain
 * first: an entry that does not match is not archived (fail closed; audit-verify says what is wrong).
 * Undefined when nothing is due.
 */
async function planRetention(snapshot, layout, options) {
    const cutoff = retentionCutoff(options.timeMs, options.retentionDays);
    const limit = options.limit ?? MAX_ARCHIVED_PER_MOVE;
    const archives = await listArchives(snapshot, layout);
    const previous = archives[archives.length - 1];
    const start = previous ? previous.to + 1 : 0;
    const moved = [];
    /** Segment → how many of its first lines move. */
    const taken = new Map();
    let done = false;
    for (const index of await listSegments(snapshot, layout)) {
        const file = segmentPath(layout, index);
        // Lines are taken one at a time: usually the first is already not due, and the rest is never split.
        for (const line of linesOf((await snapshot.read(file)) ?? '')) {
            const entry = parseEntry(line, file);
            const { record } = entry;
            const expected = moved.length === 0 ? start : moved[moved.length - 1].entry.record.sequence + 1;
            if (record.sequence !== expected)
                throw new LogFormatError(`${file} holds sequence ${record.sequence} where ${expected} belongs` +
                    (moved.length === 0 && previous ? ` (the archive ends at ${previous.to})` : ''));
            if (moved.length >= limit || !(Date.parse(record.time) < cutoff)) {
                done = true;
                break;
            }
            if (hashCanonical(canonicalBytes(record)) !== entry.hash)
                throw new LogFormatError(`entry ${record.sequence} in ${file} does not match its hash (the log was modified)`);
            const before = moved[moved.length - 1]?.entry.hash;
            if (before !== undefined && record.previousHash !== before)
                throw new LogFormatError(`entry ${record.sequence} in ${file} does not follow the entry before it`);
            moved.push({ line, entry });
            taken.set(file, (taken.get(file) ?? 0) + 1);
        }
        if (done)
            break;
    }
    if (moved.length === 0)
        return undefined;
    const first = moved[0].entry;
    const last = moved[moved.length - 1].entry;
    const file = archivePath(layout, first.record.sequence, last.record.sequence);
    if ((await snapshot.read(file)) !== undefined)
        throw new LogFormatError(`the archive file ${file} already exists`);
    const text = moved.map((m) => `${m.line}\n`).join('');
    const seal = {
        file,
        from: first.record.sequence,
        to: last.record.sequence,
        lastHash: last.hash,
        digest: archiveDigest(text),
        firstTime: first.record.time,
        lastTime: last.record.time,
        retentionDays: options.retentionDays,
        cutoff: new Date(cutoff).toISOString(),
    };
    return {
        seal,
        async apply(changes) {
            const result = { ...changes, [file]: text };
            for (const [segment, count] of taken) {
                const rest = nonEmpty(changes[segment] ?? (await snapshot.read(segment)) ?? '').slice(count);
                result[segment] = rest.length === 0 ? null : rest.map((l) => `${l}\n`).join('');
            }
            return result;
        },
    };
}
/** Digests of the archive files of a snapshot, by path, to check against the checkpoints. */
async function snapshotArchiveDigests(snapshot, layout) {
    const digests = new Map();
    for (const archive of await archive_listArchives(snapshot, layout))
        digests.set(archive.file, archive_archiveDigest((await snapshot.read(archive.file)) ?? ''));
    return digests;
}
/**
 * Digests of the archive files beside a local `log-file`, by file name; undefined for a single-file
 * copy of a log, which has no archive files to check (its chain is still checked line by line).
 */
async function localArchiveDigests(logFile, segmentSize = DEFAULT_SEGMENT_SIZE) {
    const stat = await external_node_fs_.promises.stat(logFile).catch(() => undefined);
    if (stat?.isFile())
        return undefined;
    const dir = external_node_path_default().dirname(logFile);
    const names = await external_node_fs_.promises.readdir(dir).catch(() => []);
    const digests = new Map();
    for (const archive of archivesAmong(names, fileLayout(logFile, segmentSize)))
        digests.set(archive.file, await archiveFileDigest(external_node_path_default().join(dir, archive.file)));
    return digests;
}

;// CONCATENATED MODULE: ../../packages/core/src/audit/index.ts
// The audit core shared by audit-sign and audit-verify: record schema, canonical form, signing and
// verification (keys and keyless), the log format, and the compliance mapping.











;// CONCATENATED MODULE: ./src/command-line.ts

const USAGE = `Verify a shipgate audit log on your own machine.

  node dist/audit-verify/index.js --log-file audit/audit.jsonl --public-key signer.pub.pem [options]
  node dist/audit-verify/index.js --log-file audit/audit.jsonl --certificate-identity <san> [options]

  --log-file <path>            the log path given to audit-sign (reads its segments) or one JSONL file
  --public-key <file>          an allowed PEM public key; repeat for several
  --certificate-identity <san> a keyless signer's identity (SAN); repeat for several
  --certificate-identity-regexp <re>  a regular expression the whole SAN must match
  --certificate-oidc-issuer <url>     default https://token.actions.githubusercontent.com
  --trusted-root <file>        a Sigstore trusted_root.json (default: the public-good root shipped)
  --trusted-checkpoint <file>  a checkpoint obtained outside the log (a file, or the JSON line itself)
  --report <kind>              none, daily, weekly, monthly or range (default none)
  --since <time>, --until <time>
  --report-dir <folder>        where compliance-report.json/.md go (default ./audit-report)
  --compliance-standards <list> default SOC2,ISO27001
  --log-repository <o/r> --log-branch <name>  read the log from GitHub instead (token in GITHUB_TOKEN)

Exit code 0 when the log verifies, 1 otherwise.`;
const FLAGS = {
    '--log-file': 'log-file',
    '--public-key': 'public-keys',
    '--certificate-identity': 'certificate-identity',
    '--certificate-identity-regexp': 'certificate-identity-regexp',
    '--certificate-oidc-issuer': 'certificate-oidc-issuer',
    '--trusted-root': 'trusted-root',
    '--trusted-checkpoint': 'trusted-checkpoint',
    '--report': 'report',
    '--since': 'since',
    '--until': 'until',
    '--report-dir': 'report-dir',
    '--compliance-standards': 'compliance-standards',
    '--log-repository': 'log-repository',
    '--log-branch': 'log-branch',
};
/** Whether this process was started by a person (arguments, not the Actions runner). */
function isCommandLine(argv, env) {
    return env.GITHUB_ACTIONS !== 'true' && argv.length > 2;
}
/** Maps command-line arguments to the action's inputs; key and checkpoint files are read here. */
function inputsFromArguments(args, read = (file) => (0,external_node_fs_.readFileSync)(file, 'utf8')) {
    const inputs = {};
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--help' || arg === '-h')
            return { help: true };
        const [flag, inline] = arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const input = FLAGS[flag];
        if (!input)
            throw new Error(`unknown argument '${arg}' (see --help)`);
        const value = inline ?? args[++i];
        if (value === undefined)
            throw new Error(`${flag} needs a value`);
        if (input === 'public-keys') {
            inputs[input] = `${inputs[input] ?? ''}${read(value)}\n`;
        }
        else if (input === 'certificate-identity') {
            inputs[input] = inputs[input] ? `${inputs[input]}\n${value}` : value;
        }
        else if (input === 'trusted-checkpoint') {
            inputs[input] = value.trim().startsWith('{') ? value : read(value).trim();
        }
        else
            inputs[input] = value;
    }
    inputs['report-dir'] ??= 'audit-report';
    return { help: false, inputs };
}

;// CONCATENATED MODULE: ./src/standard-change.ts

/**
 * Pre-approved standard changes. The approval gate approves low and medium risk deployments by policy
 * (its `auto-approve-risk-tiers`, default `low,medium`): decision `auto-approved`, no approvers, and
 * the reason "risk tier <tier> is approved automatically (auto-approve-risk-tiers)". That is a standard
 * change in ITIL terms: authorised in advance by the rule, not by a person at deploy time. The report
 * lists such deployments as pre-approved rather than as lacking an approval.
 *
 * Fail closed: only the gate's own decision counts, only for the tiers the gate's default policy
 * auto-approves (low, medium), and never for an emergency change (an emergency skip of approval is
 * also `auto-approved`, and stays an emergency change to review).
 */
const PRE_APPROVED_TIERS = ['low', 'medium'];
/** The gate's rule, as deploy.yml configures it (the gate's default). */
const DEFAULT_RULE = 'auto-approve-risk-tiers: low, medium (approval gate default)';
/** The pre-approval of a deployment record, or undefined when it is not a pre-approved standard change. */
function preApproval(record) {
    if (record.type !== 'deployment')
        return undefined;
    const details = record.details;
    // deploy.yml passes the gate job whole (`approval`: toJSON(needs.approval)); a caller may pass the
    // gate's outputs flat (`approval-decision`, `approval-reason`).
    const gate = jsonObject(jsonObject(details.approval).outputs);
    const decision = (trimmedText(details['approval-decision']) || trimmedText(gate.decision)).toLowerCase();
    if (decision !== 'auto-approved')
        return undefined;
    if (record.deployment?.emergency === true || isEmergency(details))
        return undefined;
    const reason = trimmedText(details['approval-reason']) || trimmedText(gate.reason);
    const tier = (trimmedText(details['risk-tier']) ||
        trimmedText(gate['risk-tier']) ||
        (/risk tier (\w+) is approved automatically/.exec(reason)?.[1] ?? '')).toLowerCase();
    if (!PRE_APPROVED_TIERS.includes(tier))
        return undefined;
    return {
        riskTier: tier,
        rule: trimmedText(details['approval-rule']) || DEFAULT_RULE,
        workflow: record.run.workflowRef,
        decidedAt: trimmedText(details['decided-at']) || trimmedText(gate['decided-at']),
        reason: reason || `risk tier ${tier} is approved automatically (auto-approve-risk-tiers)`,
    };
}

;// CONCATENATED MODULE: ./src/compliance-report.ts


function outcomeClass(outcome) {
    const o = outcome.toLowerCase();
    if (['success', 'succeeded', 'promoted', 'completed', 'deployed'].includes(o))
        return 'success';
    if (['failure', 'failed', 'error', 'rolled-back', 'rolled_back', 'rollback', 'inactive-failed'].includes(o))
        return 'failure';
    return 'pending';
}
/**
 * A deployment made as an emergency change: so marked when signed, or (records written before audit-sign
 * read deploy.yml's override) a break-glass override in its details.
 */
const emergencyDeployment = (record) => record.type === 'deployment' && (record.deployment?.emergency === true || isEmergency(record.details));
/**
 * When a deployment began, which an approval must precede: deploy.yml records when it created the GitHub
 * deployment, before anything was started or traffic moved (`deploy-started-at`); otherwise the record's
 * own time (written when the deployment ended, so an approval given meanwhile is not caught).
 */
function deploymentStart(record) {
    const started = Date.parse(stringOf(record.details['deploy-started-at']));
    const recorded = Date.parse(record.time);
    return Number.isFinite(started) && started <= recorded ? started : recorded;
}
const same = (a, b) => a.id && b.id ? a.id === b.id : a.login.toLowerCase() === b.login.toLowerCase();
const median = (values) => {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 2) => value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
/**
 * Collects what a compliance report needs while the log streams past: the period's records and, from
 * all of history, when each commit first appeared and who wrote it (for lead time and segregation of
 * duties). Memory grows with the period's records and the number of commits, not with the log's bytes.
 */
class ReportCollector {
    period;
    commitTime = new Map();
    commitAuthor = new Map();
    commitChecks = new Map();
    approvals = [];
    deployments = [];
    statuses = new Map();
    emergencies = [];
    emergencyReasons = new Map();
    counts = {};
    controlEvidence = new Map();
    constructor(period) {
        this.period = period;
    }
    inPeriod(time) {
        const ms = Date.parse(time);
        return ms >= this.period.from && ms < this.period.to;
    }
    add = (record) => {
        const t = record.time;
        if (Date.parse(t) >= this.period.to)
            return;
        if ((record.type === 'push' || record.type === 'pull_request') && record.commit) {
            if (!this.commitTime.has(record.commit))
                this.commitTime.set(record.commit, t);
            const pr = record.change?.pullRequest;
            if (pr) {
                this.commitAuthor.set(record.commit, pr.author);
                this.commitChecks.set(record.commit, pr.checks);
            }
            else if (!this.commitAuthor.has(record.commit))
                this.commitAuthor.set(record.commit, record.actor);
        }
        if (record.type === 'approval') {
            const decision = stringOf(record.details.decision).toLowerCase();
            if (decision === '' || decision === 'approved')
                this.approvals.push({
                    time: t,
                    environment: stringOf(record.details.environment),
                    version: stringOf(record.details.version),
                    approvers: approvalsOf(record.details, t),
                });
        }
        if (record.type === 'deployment_status' && record.deployment?.deploymentId)
            this.statuses.set(record.deployment.deploymentId, { outcome: record.deployment.outcome, time: t });
        if (!this.inPeriod(t))
            return;
        this.counts[record.type] = (this.counts[record.type] ?? 0) + 1;
        for (const s of record.compliance.standards)
            for (const control of s.controls) {
                const key = `${s.standard} ${control}`;
                this.controlEvidence.set(key, (this.controlEvidence.get(key) ?? 0) + 1);
            }
        if (record.type === 'deployment')
            this.deployments.push(record);
        if (record.type === 'exception' || record.details.emergency === true || emergencyDeployment(record))
            this.emergencies.push(record);
        if (emergencyDeployment(record))
            this.emergencyReasons.set(record.sequence, emergencyReason(record.details));
    };
    /**
     * What a deployment lacks for a control, from the kinds of evidence the control rests on: an approval
     * before deploying by someone other than the author and the deployer; the commit, environment and
     * version; a known outcome; a reason for an emergency change; a log that verifies.
     */
    gapsOf(d, covers, logValid) {
        const gaps = [];
        if (covers('approval')) {
            if (!d.approved)
                gaps.push('no approval recorded');
            else {
                if (!d.approvedBeforeDeployment)
                    gaps.push('approval not recorded before deploying');
                if (!d.approverDiffersFromAuthor || !d.approverDiffersFromDeployer)
                    gaps.push('approved by its author or deployer');
            }
        }
        if ((covers('deployment') || covers('change') || covers('infrastructure-change')) && !d.commit)
            gaps.push('no commit recorded');
        if (covers('deployment') && (!d.environment || !d.version))
            gaps.push('environment or version missing');
        if (covers('deployment-outcome') && d.outcomeClass === 'pending')
            gaps.push('no outcome recorded');
        if (covers('emergency-change') && d.emergency && !this.emergencyReasons.get(d.sequence))
            gaps.push('emergency change without a reason');
        if (covers('logging') && !logValid)
            gaps.push('the audit log does not verify');
        return gaps;
    }
    deploymentRow(record) {
        const d = record.deployment;
        const deployedAt = deploymentStart(record);
        const status = d.deploymentId ? this.statuses.get(d.deploymentId) : undefined;
        const outcome = status && status.time >= record.time ? status.outcome : d.outcome;
        let approvals = d.approvals.map((a) => ({ ...a, time: a.time || '' }));
        if (approvals.length === 0) {
            const match = [...this.approvals]
                .reverse()
                .find((a) => a.time <= record.time &&
                a.environment === d.environment &&
                (a.version === '' || d.version === '' || a.version === d.version));
            if (match)
                approvals = match.approvers;
        }
        const author = this.commitAuthor.get(record.commit) ?? {
            id: '',
            login: stringOf(record.details.author),
        };
        const checks = d.checks.length > 0 ? d.checks : (this.commitChecks.get(record.commit) ?? []);
        const okConclusions = ['success', 'neutral', 'skipped', 'passed'];
        // Approved by policy, nobody asked: the rule authorised it before deploying, and no person approved
        // it, so neither the author nor the deployer approved their own change.
        const preApproved = approvals.length === 0 ? preApproval(record) : undefined;
        return {
            sequence: record.sequence,
            time: record.time,
            environment: d.environment,
            version: d.version,
            commit: record.commit,
            deployer: record.actor.login,
            author: author.login,
            outcome,
            outcomeClass: outcomeClass(outcome),
            approvals,
            approved: approvals.length > 0 || preApproved !== undefined,
            approvedBeforeDeployment: preApproved !== undefined ||
                (approvals.length > 0 && approvals.every((a) => a.time !== '' && Date.parse(a.time) <= deployedAt)),
            approverDiffersFromAuthor: preApproved !== undefined ||
                (approvals.length > 0 && (author.login === '' || approvals.every((a) => !same(a, author)))),
            approverDiffersFromDeployer: preApproved !== undefined || (approvals.length > 0 && approvals.every((a) => !same(a, record.actor))),
            checks: checks.length === 0
                ? 'unknown'
                : checks.every((c) => okConclusions.includes(c.conclusion.toLowerCase()))
                    ? 'passed'
                    : 'failed',
            emergency: emergencyDeployment(record),
            preApproved: preApproved ?? null,
        };
    }
    build(verification, standards) {
        const deployments = this.deployments.map((r) => this.deploymentRow(r));
        const done = deployments.filter((d) => d.outcomeClass !== 'pending');
        const successes = deployments.filter((d) => d.outcomeClass === 'success');
        const failures = deployments.filter((d) => d.outcomeClass === 'failure');
        const days = (this.period.to - this.period.from) / 86_400_000;
        const leadTimes = successes
            .map((d) => {
            const committed = this.commitTime.get(d.commit);
            return committed ? (Date.parse(d.time) - Date.parse(committed)) / 3_600_000 : undefined;
        })
            .filter((h) => h !== undefined && h >= 0);
        const restores = failures
            .map((f) => {
            const next = successes.find((s) => s.environment === f.environment && s.time > f.time);
            return next ? (Date.parse(next.time) - Date.parse(f.time)) / 3_600_000 : undefined;
        })
            .filter((h) => h !== undefined);
        // A deployment that never ran (checks failed, approval denied or not given: deploy.yml records it as
        // `blocked`) changed nothing: it is listed, but no control expects an approval of it.
        const changes = deployments.filter((d) => !['blocked', 'skipped'].includes(d.outcome.toLowerCase()));
        const controls = [];
        for (const standard of standards) {
            const mapping = COMPLIANCE_STANDARDS[standard];
            for (const [control, title] of Object.entries(mapping.controls)) {
                const findings = [];
                const evidence = this.controlEvidence.get(`${standard} ${control}`) ?? 0;
                const covers = (e) => mapping.evidence[e].includes(control);
                if (covers('approval') || covers('deployment')) {
                    const unapproved = changes.filter((d) => !d.approved || !d.approvedBeforeDeployment);
                    if (unapproved.length > 0 && covers('deployment'))
                        findings.push(`${unapproved.length} deployment(s) without an approval recorded before deploying`);
                    const sod = changes.filter((d) => d.approved && (!d.approverDiffersFromAuthor || !d.approverDiffersFromDeployer));
                    if (sod.length > 0 && covers('approval'))
                        findings.push(`${sod.length} deployment(s) approved by their author or deployer`);
                }
                if (covers('emergency-change') && this.emergencies.length > 0)
                    findings.push(`${this.emergencies.length} emergency change(s) to review`);
                if (covers('logging') && !verification.valid)
                    findings.push(`audit log failed verification: ${verification.failure?.class} at ${verification.failure?.sequence}`);
                const gaps = [];
                let complete = 0;
                for (const d of changes) {
                    const lacks = this.gapsOf(d, covers, verification.valid);
                    if (lacks.length === 0)
                        complete++;
                    else
                        gaps.push(`seq ${d.sequence} (${[d.environment, d.version].filter(Boolean).join(' ')}): ${lacks.join('; ')}`);
                }
                controls.push({
                    standard,
                    control,
                    title,
                    seedIds: (mapping.aliases?.[control] ?? []).map((a) => a.id),
                    evidence,
                    findings,
                    changes: changes.length,
                    complete,
                    score: changes.length > 0 ? round(complete / changes.length, 3) : null,
                    gaps,
                });
            }
        }
        return {
            period: {
                kind: this.period.kind,
                from: new Date(this.period.from).toISOString(),
                to: new Date(this.period.to).toISOString(),
                label: this.period.label,
            },
            log: {
                id: verification.logId,
                valid: verification.valid,
                entries: verification.verified,
                failure: verification.failure ?? null,
                gaps: verification.gaps,
                checkpoints: verification.checkpoints,
                unanchored: verification.unanchored,
                retention: verification.retention,
            },
            recordsInPeriod: this.counts,
            deployments,
            emergencyChanges: this.emergencies.map((r) => ({
                sequence: r.sequence,
                time: r.time,
                type: r.type,
                actor: r.actor.login,
                reason: emergencyReason(r.details),
            })),
            standardChanges: deployments.flatMap((d) => d.preApproved
                ? [
                    {
                        sequence: d.sequence,
                        time: d.time,
                        environment: d.environment,
                        version: d.version,
                        deployer: d.deployer,
                        ...d.preApproved,
                    },
                ]
                : []),
            dora: {
                deployments: deployments.length,
                deploymentFrequencyPerDay: days > 0 ? round(successes.length / days, 3) : null,
                leadTimeForChangesHours: round(median(leadTimes)),
                changeFailureRate: done.length > 0 ? round(failures.length / done.length, 3) : null,
                timeToRestoreHours: round(median(restores)),
            },
            controls,
        };
    }
}

;// CONCATENATED MODULE: ./src/period.ts
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString();
/**
 * The reporting period in UTC. daily, weekly and monthly are the last complete day, ISO week
 * (Monday to Sunday) or month before `reference`; range is [since, until).
 */
function periodFor(kind, reference, since) {
    if (kind === 'range') {
        const from = since ?? 0;
        return { kind, from, to: reference, label: `${iso(from)} – ${iso(reference)}` };
    }
    const ref = new Date(reference);
    const today = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    if (kind === 'daily')
        return { kind, from: today - DAY, to: today, label: iso(today - DAY).slice(0, 10) };
    if (kind === 'weekly') {
        const mondayThisWeek = today - ((ref.getUTCDay() + 6) % 7) * DAY;
        const from = mondayThisWeek - 7 * DAY;
        return { kind, from, to: mondayThisWeek, label: `week of ${iso(from).slice(0, 10)}` };
    }
    const to = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1);
    const from = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1);
    return { kind, from, to, label: iso(from).slice(0, 7) };
}

;// CONCATENATED MODULE: ./src/report-markdown.ts

const yesNo = (value) => (value ? 'yes' : '**no**');
const scoreText = (c) => c.score === null
    ? '— (no deployments)'
    : `${Math.round(c.score * 1000) / 10} % (${c.complete}/${c.changes})`;
const orDash = (value, unit = '') => (value === null ? '—' : `${value}${unit}`);
function reportMarkdown(report) {
    const { log, dora } = report;
    const parts = [
        `## Compliance report: ${report.period.label}`,
        '',
        `Period ${report.period.from} to ${report.period.to} (UTC, end excluded). Log \`${log.id}\`: ` +
            (log.valid
                ? `verified, ${log.entries} entries, ${log.checkpoints} checkpoint(s), ${log.unanchored} after the last checkpoint.`
                : `**FAILED verification** (${log.failure?.class} at sequence ${log.failure?.sequence}: ${log.failure?.message}); figures below cover only the ${log.entries} entries verified.`),
        '',
        '### DORA figures',
        '',
        report_markdownTable([
            'deployments',
            'deployment frequency',
            'lead time for changes (median)',
            'change failure rate',
            'time to restore (median)',
        ], [
            [
                dora.deployments,
                orDash(dora.deploymentFrequencyPerDay, ' / day'),
                orDash(dora.leadTimeForChangesHours, ' h'),
                dora.changeFailureRate === null ? '—' : `${Math.round(dora.changeFailureRate * 1000) / 10} %`,
                orDash(dora.timeToRestoreHours, ' h'),
            ],
        ]),
        '',
        '### Deployments',
        '',
        report.deployments.length === 0
            ? 'No deployments in the period.'
            : report_markdownTable([
                'seq',
                'time',
                'environment',
                'version',
                'deployer',
                'author',
                'approvers',
                'approved before',
                'approver ≠ author',
                'approver ≠ deployer',
                'checks',
                'outcome',
                'emergency',
            ], report.deployments.map((d) => [
                d.sequence,
                d.time,
                d.environment,
                d.version,
                d.deployer,
                d.author,
                d.preApproved
                    ? `pre-approved by policy (${d.preApproved.riskTier} risk)`
                    : d.approvals.map((a) => a.login).join(', '),
                yesNo(d.approvedBeforeDeployment),
                yesNo(d.approverDiffersFromAuthor),
                yesNo(d.approverDiffersFromDeployer),
                d.checks,
                d.outcome,
                d.emergency ? 'yes' : 'no',
            ])),
        '',
        '### Pre-approved standard changes',
        '',
        'Approved by the approval policy, not by a person: the gate auto-approves these risk tiers, so no approval is missing.',
        '',
        report.standardChanges.length === 0
            ? 'None.'
            : report_markdownTable(['seq', 'time', 'environment', 'version', 'deployer', 'risk tier', 'rule', 'workflow', 'decided'], report.standardChanges.map((c) => [
                c.sequence,
                c.time,
                c.environment,
                c.version,
                c.deployer,
                c.riskTier,
                c.rule,
                c.workflow,
                c.decidedAt,
            ])),
        '',
        '### Emergency changes (overrides)',
        '',
        report.emergencyChanges.length === 0
            ? 'None.'
            : report_markdownTable(['seq', 'time', 'type', 'actor', 'reason'], report.emergencyChanges.map((e) => [e.sequence, e.time, e.type, e.actor, e.reason])),
        '',
        '### Gaps in the sequence',
        '',
        log.gaps.length === 0 && log.valid
            ? 'None: the sequence is contiguous.'
            : log.gaps.length === 0
                ? `Not contiguous past sequence ${log.failure?.sequence} (${log.failure?.class}).`
                : log.gaps.map((g) => `- missing ${g.from}${g.to !== g.from ? `–${g.to}` : ''}`).join('\n'),
        '',
        '### Controls',
        '',
        'Score: the share of the period\'s deployments with complete evidence for the control. "Seed ID" is the ID a seed document gives the control, where it differs.',
        '',
        report_markdownTable(['standard', 'control', 'seed ID', 'title', 'evidence records', 'score', 'findings'], report.controls.map((c) => [
            c.standard,
            c.control,
            c.seedIds.join(', '),
            c.title,
            c.evidence,
            scoreText(c),
            c.findings.join('; ') || 'none',
        ])),
        '',
        '### Gaps per control',
        '',
        report.controls.every((c) => c.gaps.length === 0)
            ? 'None: every deployment in the period carries complete evidence for every control.'
            : report.controls
                .filter((c) => c.gaps.length > 0)
                .map((c) => [`- ${c.standard} ${c.control}:`, ...c.gaps.map((g) => `  - ${escapeCell(g)}`)].join('\n'))
                .join('\n'),
        '',
    ];
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/trusted-checkpoint.ts

/** The checkpoint line audit-sign wrote as its `checkpoint` output, checked: signed by an allowed key or keyless identity. */
async function parseTrustedCheckpoint(text, keys, keyless) {
    await loadRecordSchemas();
    const checked = checkLine(text.trim(), keys, keyless);
    if (!checked.ok)
        return { problem: `is not a valid signed checkpoint (${checked.failure}: ${checked.message})` };
    const { record } = checked;
    if (record.type !== 'checkpoint' || !record.checkpoint)
        return { problem: `is a signed ${record.type} record, not a checkpoint` };
    return { logId: record.logId, size: record.checkpoint.size, head: record.checkpoint.head };
}

;// CONCATENATED MODULE: ./src/archive-check.ts
/**
 * Checks the archive files of a log against the signed checkpoints that sealed them: each file's
 * digest, range and last hash are the ones its checkpoint names, and no file is unsealed (records
 * never leave the live log without a signed checkpoint). The lines themselves are checked by the
 * chain like any other. `digests`: file → digest as read; undefined for a single-file copy.
 */
class ArchiveCheck {
    digests;
    seen = new Map();
    sealed = new Set();
    archivedRecords = 0;
    first;
    last;
    liveFrom;
    retention;
    constructor(digests) {
        this.digests = digests;
    }
    /** Every verified entry, in order. */
    entry(line, record, hash) {
        this.first ??= record.time;
        this.last = record.time;
        if (!line.archived) {
            this.liveFrom ??= record.time;
            return;
        }
        this.archivedRecords++;
        const range = this.seen.get(line.source);
        if (range)
            Object.assign(range, { to: record.sequence, lastHash: hash });
        else
            this.seen.set(line.source, { from: record.sequence, to: record.sequence, lastHash: hash });
    }
    /** A checkpoint carrying an archive seal, already verified as an entry of the chain. */
    seal(record) {
        const seal = record.checkpoint.archive;
        const at = `checkpoint ${record.sequence}`;
        const problem = (cls, message) => ({
            class: cls,
            sequence: Math.min(seal.from, record.sequence),
            message: `${at}: ${message}`,
        });
        if (seal.from > seal.to || seal.to >= record.sequence)
            return problem('modified', `seals entries ${seal.from}…${seal.to}, which do not come before it`);
        if (!(Date.parse(seal.lastTime) < Date.parse(seal.cutoff)))
            return problem('modified', `archived a record dated ${seal.lastTime}, not before its cutoff ${seal.cutoff}`);
        this.retention = { days: seal.retentionDays, cutoff: seal.cutoff };
        if (!this.digests)
            return undefined;
        const digest = this.digests.get(seal.file);
        if (digest === undefined)
            return problem('deleted', `its archive file ${seal.file} is missing`);
        if (digest !== seal.digest)
            return problem('modified', `the archive file ${seal.file} does not match the digest the checkpoint sealed`);
        const range = this.seen.get(seal.file);
        if (!range || range.from !== seal.from || range.to !== seal.to || range.lastHash !== seal.lastHash)
            return problem('modified', `the archive file ${seal.file} holds ${range ? `entries ${range.from}…${range.to}` : 'no verified entry'}, not the entries ${seal.from}…${seal.to} the checkpoint sealed`);
        this.sealed.add(seal.file);
        return undefined;
    }
    /** After a log that verified: an archive file that no checkpoint sealed. */
    unsealed() {
        for (const file of this.digests?.keys() ?? []) {
            if (this.sealed.has(file))
                continue;
            return {
                class: 'modified',
                sequence: this.seen.get(file)?.from ?? 0,
                message: `the archive file ${file} is not sealed by any signed checkpoint (records left the live log without one)`,
            };
        }
        return undefined;
    }
    coverage() {
        return {
            archiveFiles: this.digests?.size ?? this.seen.size,
            archivedRecords: this.archivedRecords,
            coveredFrom: this.first,
            coveredUntil: this.last,
            liveFrom: this.liveFrom,
            retentionDays: this.retention?.days,
            cutoff: this.retention?.cutoff,
            digestsChecked: this.digests !== undefined,
        };
    }
}

;// CONCATENATED MODULE: ./src/verify-log.ts


const FAILURE_CLASSES = (/* unused pure expression or super */ null && ([
    'modified',
    'deleted',
    'inserted',
    'reordered',
    'truncated',
    'forked',
    'bad-signature',
    'untrusted-signer',
    'newer-schema',
]));
function sequenceOf(text) {
    try {
        const sequence = JSON.parse(text).record?.sequence;
        return typeof sequence === 'number' ? sequence : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Verifies a log as it streams past, holding one entry at a time: every line on its own (canonical
 * form, schema, hash, envelope, signature by an allowed key), then the chain (contiguous sequence from
 * 0, previous hash, non-decreasing time, checkpoints), then the trusted checkpoint as a prefix. The
 * first failure is classified; the rest of the log is only scanned to tell a deletion from a reordering.
 */
async function verifyLog(lines, options) {
    await loadRecordSchemas();
    const { keys, trusted } = options;
    let expected = 0;
    let previousHash = '';
    let previousTime = '';
    let logId = '';
    let failure;
    let lookahead;
    let count = 0;
    let checkpoints = 0;
    let lastCheckpointSize = 0;
    let lastCheckpointEnd = 0;
    let trustedHeadSeen = false;
    const archives = new ArchiveCheck(options.archiveDigests);
    const fail = (cls, sequence, message) => {
        failure = { class: cls, sequence, message };
    };
    for await (const line of lines) {
        count++;
        if (failure) {
            if (lookahead && !lookahead.found) {
                const s = sequenceOf(line.text);
                if (s !== undefined && s >= lookahead.from && s < lookahead.to)
                    lookahead.found = true;
            }
            continue;
        }
        const checked = checkLine(line.text, keys, options.keyless);
        if (!checked.ok) {
            fail(checked.failure, expected, `entry ${expected} (${line.source}): ${checked.message}`);
            continue;
        }
        const { record, hash } = checked;
        if (record.sequence > expected) {
            fail('deleted', expected, `entries ${expected}…${record.sequence - 1} are missing before ${record.sequence}`);
            lookahead = { from: expected, to: record.sequence, found: false };
            continue;
        }
        if (record.sequence < expected) {
            fail('inserted', expected, `a second entry with sequence ${record.sequence} appears where ${expected} belongs`);
            continue;
        }
        if (logId === '')
            logId = record.logId;
        if (record.logId !== logId) {
            fail('inserted', expected, `entry ${expected} belongs to log '${record.logId}', not '${logId}'`);
            continue;
        }
        if (record.previousHash !== previousHash) {
            const at = Math.max(0, expected - 1);
            fail('forked', at, `entry ${expected} was appended after a different entry ${at} than the one in the log`);
            continue;
        }
        if (previousTime && record.time < previousTime) {
            fail('modified', expected, `entry ${expected} is dated ${record.time}, before its predecessor (${previousTime})`);
            continue;
        }
        if (record.type === 'checkpoint') {
            const cp = record.checkpoint;
            if (!cp || cp.size !== record.sequence || cp.head !== previousHash) {
                fail('forked', expected, `checkpoint ${expected} does not match the log before it`);
                continue;
            }
            if (cp.archive) {
                const problem = archives.seal(record);
                if (problem) {
                    fail(problem.class, problem.sequence, problem.message);
                    continue;
                }
            }
            checkpoints++;
            lastCheckpointSize = cp.size;
            lastCheckpointEnd = record.sequence + 1;
        }
        if (trusted && record.sequence === trusted.size - 1) {
            if (hash !== trusted.head || record.logId !== trusted.logId) {
                fail('forked', record.sequence, `entry ${record.sequence} is not the one the trusted checkpoint vouches for: the log was rewritten at or before it`);
                continue;
            }
            trustedHeadSeen = true;
        }
        archives.entry(line, record, hash);
        options.onEntry?.(record, hash);
        previousHash = hash;
        previousTime = record.time;
        expected++;
    }
    const gaps = [];
    if (failure && lookahead) {
        if (lookahead.found) {
            failure = {
                class: 'reordered',
                sequence: lookahead.from,
                message: `entry ${lookahead.from} appears later in the log, out of order`,
            };
        }
        else
            gaps.push({ from: lookahead.from, to: lookahead.to - 1 });
    }
    if (!failure && trusted && !trustedHeadSeen) {
        fail('truncated', expected, `the log ends after ${expected} entries but the trusted checkpoint vouches for ${trusted.size}`);
    }
    if (!failure) {
        const unsealed = archives.unsealed();
        if (unsealed)
            fail(unsealed.class, unsealed.sequence, unsealed.message);
    }
    const verified = expected;
    return {
        valid: failure === undefined,
        lines: count,
        verified,
        logId,
        failure,
        checkpoints,
        lastCheckpointSize,
        unanchored: Math.max(0, verified - lastCheckpointEnd),
        beyondTrusted: Math.max(0, verified - (trusted?.size ?? 0)),
        gaps,
        retention: archives.coverage(),
    };
}

;// CONCATENATED MODULE: ./src/main.ts














const KEYS_EXPECTED = 'one or more PEM public keys (-----BEGIN PUBLIC KEY-----), Ed25519 or ECDSA P-256';
const IDENTITY_EXPECTED = 'the SAN of the signing workflow, e.g. https://github.com/octo-org/repo/.github/workflows/deploy.yml@refs/heads/main';
const ROOT_EXPECTED = 'the path of a Sigstore trusted_root.json, or empty for the public-good instance';
const TIME_EXPECTED = 'an RFC 3339 UTC time such as 2026-05-01T00:00:00Z, or a date such as 2026-05-01';
async function run() {
    const commandLine = isCommandLine(process.argv, process.env) ? startFromCommandLine() : undefined;
    if (commandLine === 'help')
        return;
    const outputs = new Outputs({
        valid: 'false',
        records: '0',
        'first-bad-sequence': '',
        failure: '',
        report: '',
        'archived-records': '0',
        'covered-from': '',
        'covered-until': '',
    });
    await runAction(outputs, async ({ inputs, context, clock, github }) => {
        // Inputs.
        const identities = inputs.list('certificate-identity');
        const identityPattern = parseIdentityPattern(inputs.optionalString('certificate-identity-regexp'));
        const issuer = inputs.string('certificate-oidc-issuer', { default: keyless_signer/* GITHUB_ACTIONS_ISSUER */.qQ });
        const trustedRootFile = inputs.optionalString('trusted-root');
        const keyless = identities.length > 0 || identityPattern !== undefined;
        if (!keyless && trustedRootFile !== undefined)
            throw new errors/* InputError */.dz('certificate-identity', 'is empty but trusted-root is given', `${IDENTITY_EXPECTED} (or certificate-identity-regexp)`);
        const keysText = inputs.optionalString('public-keys');
        if (keysText === undefined && !keyless)
            throw new errors/* InputError */.dz('public-keys', 'is empty and no keyless identity is given (certificate-identity or certificate-identity-regexp)', KEYS_EXPECTED);
        let keys = [];
        try {
            if (keysText !== undefined)
                keys = (0,envelope/* parsePublicKeys */.V4)(keysText);
        }
        catch (error) {
            if (error instanceof envelope/* KeyError */.eN)
                throw new errors/* InputError */.dz('public-keys', error.message, KEYS_EXPECTED);
            throw error;
        }
        let keylessVerifier;
        if (keyless) {
            let rootText;
            try {
                rootText =
                    trustedRootFile === undefined
                        ? // The embedded root (a large JSON seed) loads only for keyless verification.
                            (await __nccwpck_require__.e(/* import() */ 456).then(__nccwpck_require__.bind(__nccwpck_require__, 40456))).publicGoodTrustedRoot()
                        : (0,external_node_fs_.readFileSync)(trustedRootFile, 'utf8');
            }
            catch (error) {
                throw new errors/* InputError */.dz('trusted-root', `cannot be read (${error.message})`, ROOT_EXPECTED);
            }
            try {
                keylessVerifier = await (0,keyless_signer/* loadKeylessVerifier */.B$)(rootText, {
                    identities,
                    identityPatterns: identityPattern ? [identityPattern] : [],
                    issuer,
                });
            }
            catch (error) {
                if (error instanceof keyless_signer/* TrustedRootError */.ib)
                    throw new errors/* InputError */.dz('trusted-root', `${trustedRootFile ?? 'the public-good root'} ${error.message}`, ROOT_EXPECTED);
                throw error;
            }
        }
        const logFile = inputs.optionalString('log-file');
        const logBranch = inputs.string('log-branch', { default: 'audit-log' });
        // Only a branch needs a repository (an auditor's local copy has none).
        const logRepository = logFile
            ? undefined
            : inputs.repository('log-repository', {
                default: `${context.repository.owner}/${context.repository.repo}`,
            });
        const token = inputs.optionalString('github-token');
        const trustedText = inputs.optionalString('trusted-checkpoint');
        const trusted = trustedText === undefined
            ? undefined
            : await parseTrustedCheckpoint(trustedText, keys, keylessVerifier);
        if (trusted && 'problem' in trusted)
            throw new errors/* InputError */.dz('trusted-checkpoint', trusted.problem, 'the checkpoint output of audit-sign, as is');
        const REPORT_KINDS = ['none', 'daily', 'weekly', 'monthly', 'range'];
        const reportKind = inputs.enum('report', REPORT_KINDS, { default: 'none' });
        const since = parseTime('since', inputs.optionalString('since'));
        const until = parseTime('until', inputs.optionalString('until')) ?? clock.now();
        if (reportKind === 'range' && since === undefined)
            throw new errors/* InputError */.dz('since', 'is required with report: range but empty', TIME_EXPECTED);
        if (since !== undefined && since >= until)
            throw new errors/* InputError */.dz('since', 'is not before until', TIME_EXPECTED);
        const reportDir = external_node_path_default().resolve(inputs.string('report-dir', { default: external_node_path_default().join(context.runnerTemp, 'audit-report') }));
        const standards = parseStandards(inputs.list('compliance-standards', { default: ['SOC2', 'ISO27001'] }));
        if (!logFile && !token)
            throw new errors/* InputError */.dz('github-token', 'is required to read a log branch but empty', 'a token that can read the log repository');
        // Decision: stream the log through the verifier (and the report collector).
        const logInput = logFile ? 'log-file' : 'log-branch';
        let lines;
        let location;
        let archiveDigests;
        if (logFile) {
            lines = readLocalLog(logFile);
            location = external_node_path_default().resolve(logFile);
            archiveDigests = await localArchiveDigests(logFile).catch((error) => {
                throw new errors/* InputError */.dz('log-file', `an archive file cannot be read: ${error.message}`, 'a log written by audit-sign');
            });
        }
        else {
            const store = new BranchStore({ client: github(token), ...logRepository, branch: logBranch });
            const snapshot = await store.snapshot();
            if (snapshot.revision === undefined)
                throw new errors/* InputError */.dz('log-branch', `branch '${logBranch}' does not exist in ${logRepository.owner}/${logRepository.repo}`, 'the branch audit-sign writes the log to');
            lines = readSnapshotLog(snapshot, branchLayout());
            archiveDigests = await snapshotArchiveDigests(snapshot, branchLayout());
            location = `${store.location} at ${snapshot.revision.slice(0, 12)}`;
        }
        const period = reportKind === 'none' ? undefined : periodFor(reportKind, until, since);
        const collector = period ? new ReportCollector(period) : undefined;
        info(`Verifying ${location} against ${keys.length} key(s)${keylessVerifier ? ` and keyless signers ${keylessVerifier.describe()}` : ''}${trusted ? `, trusted checkpoint of size ${trusted.size}` : ''}`);
        let verification;
        try {
            startGroup('Verifying entries');
            verification = await verifyLog(lines, {
                keys,
                keyless: keylessVerifier,
                trusted: trusted,
                archiveDigests,
                onEntry: (record, hash) => {
                    collector?.add(record);
                    if ((record.sequence + 1) % 10_000 === 0)
                        info(`${record.sequence + 1} entries verified (${hash.slice(0, 19)}…)`);
                },
            });
        }
        catch (error) {
            if (error instanceof log_format_LogFormatError || error.code)
                throw new errors/* InputError */.dz(logInput, `the log cannot be read: ${error.message}`, 'a log written by audit-sign');
            throw error;
        }
        endGroup();
        if (verification.lines === 0 && !trusted)
            throw new errors/* InputError */.dz(logInput, `the log at ${location} is empty`, 'a log written by audit-sign');
        // Effects: outputs, report files, summary.
        outputs.set('valid', verification.valid);
        outputs.set('records', verification.verified);
        outputs.set('first-bad-sequence', verification.failure?.sequence ?? '');
        outputs.set('failure', verification.failure?.class ?? '');
        const retention = verification.retention ?? new ArchiveCheck(archiveDigests).coverage();
        outputs.set('archived-records', retention.archivedRecords);
        outputs.set('covered-from', retention.coveredFrom ?? '');
        outputs.set('covered-until', retention.coveredUntil ?? '');
        info(verification.valid
            ? `Verified ${verification.verified} entries (${retention.archivedRecords} from ${retention.archiveFiles} archive file(s)), ${verification.checkpoints} checkpoint(s), ${verification.unanchored} after the last checkpoint; covering ${retention.coveredFrom ?? '-'} to ${retention.coveredUntil ?? '-'}`
            : `FAILED: ${verification.failure.class} at sequence ${verification.failure.sequence}: ${verification.failure.message}`);
        let markdown = `## Audit log verification\n\n` +
            report_markdownTable([
                'log',
                'result',
                'entries verified',
                'first bad sequence',
                'checkpoints',
                'after last checkpoint',
                'after trusted checkpoint',
            ], [
                [
                    location,
                    verification.valid ? 'valid' : `**${verification.failure.class}**`,
                    verification.verified,
                    verification.failure?.sequence ?? '',
                    verification.checkpoints,
                    verification.unanchored,
                    trusted ? verification.beyondTrusted : 'no trusted checkpoint given',
                ],
            ]) +
            (verification.failure ? `\n\n${verification.failure.message}` : '') +
            '\n' +
            retentionMarkdown(retention);
        if (collector) {
            const report = collector.build(verification, standards);
            const reportMd = reportMarkdown(report);
            const jsonPath = await writeJsonReport(external_node_path_default().join(reportDir, 'compliance-report.json'), report);
            await external_node_fs_.promises.writeFile(external_node_path_default().join(reportDir, 'compliance-report.md'), reportMd);
            outputs.set('report', jsonPath);
            info(`Compliance report (${report.period.label}) written to ${jsonPath} and compliance-report.md`);
            markdown += `\n${reportMd}`;
        }
        await writeSummary(markdown);
        if (!verification.valid)
            throw new Error(`audit log failed verification: ${verification.failure.class} at sequence ${verification.failure.sequence} (${verification.failure.message})`);
    });
    if (commandLine)
        finishCommandLine(commandLine);
}
/** The window the verified log covers, archive and live log apart; nothing when nothing was archived. */
function retentionMarkdown(retention) {
    if (retention.archiveFiles === 0 && retention.retentionDays === undefined)
        return '';
    return (`\n### Retention\n\n` +
        report_markdownTable([
            'covered from',
            'covered until',
            'archive files',
            'archived entries',
            'live log from',
            'retention',
            'archive digests',
        ], [
            [
                retention.coveredFrom ?? '',
                retention.coveredUntil ?? '',
                retention.archiveFiles,
                retention.archivedRecords,
                retention.liveFrom ?? '',
                retention.retentionDays === undefined
                    ? 'none sealed'
                    : `${retention.retentionDays} days (cutoff ${retention.cutoff})`,
                retention.digestsChecked
                    ? 'checked against their signed checkpoints'
                    : 'not checked (single-file copy)',
            ],
        ]) +
        '\n');
}
/** A regular expression the whole SAN must match (it is anchored at both ends). */
function parseIdentityPattern(text) {
    if (text === undefined)
        return undefined;
    try {
        return new RegExp(`^(?:${text})$`);
    }
    catch (error) {
        throw new errors/* InputError */.dz('certificate-identity-regexp', `is not a regular expression (${error.message})`, 'a regular expression the whole SAN must match, e.g. https://github\\.com/octo-org/repo/\\.github/workflows/deploy\\.yml@refs/tags/v.*');
    }
}
function parseTime(input, text) {
    if (text === undefined)
        return undefined;
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? Date.parse(`${text}T00:00:00Z`)
        : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)
            ? Date.parse(text)
            : NaN;
    if (Number.isNaN(ms))
        throw new errors/* InputError */.dz(input, `'${text}' is not a time`, TIME_EXPECTED);
    return ms;
}
/** Maps argv to INPUT_* variables and gives the run files for outputs and summary, as the runner would. */
function startFromCommandLine() {
    let parsed;
    try {
        parsed = inputsFromArguments(process.argv.slice(2));
    }
    catch (error) {
        console.error(`${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
        return 'help';
    }
    if (parsed.help) {
        console.log(USAGE);
        return 'help';
    }
    for (const [name, value] of Object.entries(parsed.inputs))
        process.env[`INPUT_${name.toUpperCase()}`] = value;
    if (process.env.GITHUB_TOKEN)
        process.env['INPUT_GITHUB-TOKEN'] = process.env.GITHUB_TOKEN;
    const temp = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'audit-verify-'));
    const run = { outputFile: external_node_path_default().join(temp, 'outputs'), summaryFile: external_node_path_default().join(temp, 'summary.md') };
    (0,external_node_fs_.writeFileSync)(run.outputFile, '');
    (0,external_node_fs_.writeFileSync)(run.summaryFile, '');
    process.env.GITHUB_OUTPUT = run.outputFile;
    process.env.GITHUB_STEP_SUMMARY = run.summaryFile;
    process.env.RUNNER_TEMP ??= temp;
    return run;
}
function finishCommandLine(run) {
    const read = (file) => {
        try {
            return (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            return '';
        }
    };
    console.log(`\n${read(run.summaryFile)}`);
    const outputs = read(run.outputFile)
        .split('\n')
        .map((line) => /^([a-z-]+)<<(.+)$/.exec(line)?.[1])
        .filter(Boolean);
    const values = parseOutputs(read(run.outputFile));
    console.log(outputs.map((name) => `${name}: ${values[name]}`).join('\n'));
}
function parseOutputs(text) {
    const values = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
        if (!heredoc)
            continue;
        const body = [];
        for (i++; i < lines.length && lines[i] !== heredoc[2]; i++)
            body.push(lines[i]);
        values[heredoc[1]] = body.join('\n');
    }
    return values;
}


/***/ }),

/***/ 77227:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ verifyBundle),
/* harmony export */   NV: () => (/* binding */ BUNDLE_MEDIA_TYPE),
/* harmony export */   Ov: () => (/* binding */ RECORD_PAYLOAD_TYPE),
/* harmony export */   V4: () => (/* binding */ parsePublicKeys),
/* harmony export */   eN: () => (/* binding */ KeyError)
/* harmony export */ });
/* unused harmony exports keyIdOf, loadSigningKey, pae, signToBundle */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The DSSE payload type of an audit record: its RFC 8785 bytes. */
const RECORD_PAYLOAD_TYPE = 'application/vnd.shipgate.audit-record+json';
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Why a key cannot be used; the caller turns it into an InputError naming its input. */
class KeyError extends Error {
}
function algorithmOf(key) {
    if (key.asymmetricKeyType === 'ed25519')
        return 'ed25519';
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        return 'ecdsa-p256';
    const detail = key.asymmetricKeyDetails?.namedCurve ? ` (${key.asymmetricKeyDetails.namedCurve})` : '';
    throw new KeyError(`is a ${key.asymmetricKeyType ?? 'unknown'}${detail} key, not Ed25519 or ECDSA P-256`);
}
function keyIdOf(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
}
/** Loads a PEM private key once; the returned signer keeps it in memory only. */
function loadSigningKey(pem) {
    if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem))
        throw new KeyError('is not a PEM private key (no BEGIN … PRIVATE KEY block)');
    let key;
    try {
        key = createPrivateKey({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new KeyError(`cannot be read as a private key (${error.message})`);
    }
    const algorithm = algorithmOf(key);
    const publicKey = createPublicKey(key);
    const digest = algorithm === 'ed25519' ? null : 'sha256';
    return {
        algorithm,
        keyId: keyIdOf(publicKey),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        sign: (data) => sign(digest, data, key),
    };
}
const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;
/**
 * Public keys from text holding one or more PEM blocks. Lines before a block may give its validity
 * window: `not-before: 2026-01-01T00:00:00Z` and `not-after: 2026-12-31T23:59:59Z`.
 */
function parsePublicKeys(text) {
    const keys = [];
    let last = 0;
    for (const match of text.matchAll(PEM_BLOCK)) {
        const preamble = text.slice(last, match.index);
        last = (match.index ?? 0) + match[0].length;
        let key;
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: match[0], format: 'pem' });
        }
        catch (error) {
            throw new KeyError(`key ${keys.length + 1} cannot be read (${error.message})`);
        }
        let algorithm;
        try {
            algorithm = algorithmOf(key);
        }
        catch (error) {
            throw new KeyError(`key ${keys.length + 1} ${error.message}`);
        }
        keys.push({
            algorithm,
            keyId: keyIdOf(key),
            key,
            notBefore: windowBound(preamble, 'not-before', keys.length + 1),
            notAfter: windowBound(preamble, 'not-after', keys.length + 1),
        });
    }
    if (/-----BEGIN (?!PUBLIC KEY)[A-Z0-9 ]+-----/.test(text))
        throw new KeyError('holds a block that is not a PUBLIC KEY (a private key or certificate?)');
    if (keys.length === 0)
        throw new KeyError('holds no PEM public key (-----BEGIN PUBLIC KEY-----)');
    return keys;
}
function windowBound(preamble, name, index) {
    const match = new RegExp(`^\\s*${name}:\\s*(\\S+)\\s*$`, 'm').exec(preamble);
    if (!match)
        return undefined;
    const ms = Date.parse(match[1]);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(match[1]) || Number.isNaN(ms))
        throw new KeyError(`key ${index}: ${name} '${match[1]}' is not an RFC 3339 time`);
    return ms;
}
/** DSSE pre-authentication encoding: "DSSEv1" SP len(type) SP type SP len(body) SP body. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
        type,
        Buffer.from(` ${payload.length} `, 'utf8'),
        payload,
    ]);
}
/** A Sigstore bundle v0.3 holding a DSSE envelope signed with a key (public key hint = key id). */
function signToBundle(payload, key, payloadType = RECORD_PAYLOAD_TYPE) {
    const sig = key.sign(pae(payloadType, payload));
    return {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: {
            publicKey: { hint: key.keyId },
            tlogEntries: [],
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        dsseEnvelope: {
            payload: payload.toString('base64'),
            payloadType,
            signatures: [{ sig: sig.toString('base64'), keyid: key.keyId }],
        },
    };
}
/**
 * Checks a bundle's envelope: its structure, that a signature verifies with one of the allowed keys.
 * The key's validity window is checked by the caller against the record's time.
 */
function verifyBundle(bundle, keys, payloadType = RECORD_PAYLOAD_TYPE) {
    const b = bundle;
    const envelope = b?.dsseEnvelope;
    if (!b ||
        b.mediaType !== BUNDLE_MEDIA_TYPE ||
        !envelope ||
        typeof envelope.payload !== 'string' ||
        !Array.isArray(envelope.signatures) ||
        envelope.signatures.length === 0)
        return { ok: false, failure: 'malformed', message: 'not a Sigstore v0.3 bundle with a DSSE envelope' };
    if (envelope.payloadType !== payloadType)
        return { ok: false, failure: 'malformed', message: `payload type is '${envelope.payloadType}'` };
    const payload = Buffer.from(envelope.payload, 'base64');
    const message = pae(payloadType, payload);
    const hint = b.verificationMaterial?.publicKey?.hint;
    let signedByKnownKey = false;
    for (const signature of envelope.signatures) {
        const keyId = signature?.keyid || hint;
        const candidates = keyId ? keys.filter((k) => k.keyId === keyId) : keys;
        for (const key of candidates) {
            signedByKnownKey = true;
            let good = false;
            try {
                good = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(key.algorithm === 'ed25519' ? null : 'sha256', message, key.key, Buffer.from(String(signature.sig), 'base64'));
            }
            catch {
                good = false;
            }
            if (good)
                return { ok: true, payload, key };
        }
    }
    if (!signedByKnownKey)
        return {
            ok: false,
            failure: 'untrusted-signer',
            message: `signed by key ${envelope.signatures[0]?.keyid || hint || '(no key id)'}, which is not an allowed key`,
            payload,
        };
    return { ok: false, failure: 'bad-signature', message: 'the signature does not verify', payload };
}


/***/ }),

/***/ 92816:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ loadKeylessVerifier),
/* harmony export */   ib: () => (/* binding */ TrustedRootError),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   zX: () => (/* binding */ isKeylessBundle)
/* harmony export */ });
/* unused harmony export keylessSigner */
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77227);

/**
 * Keyless (Sigstore) signing and verification of log entries: an ephemeral key certified by Fulcio
 * for the workflow's OIDC identity, the signature logged in Rekor, all in a Sigstore bundle v0.3.
 *
 * This module is the light half: the Sigstore client and verifier (over 1 MB of bundled code) load
 * only when a keyless signature is actually made or checked (dynamic import(), which ncc emits as a
 * chunk), so a step signing or verifying with keys starts without them (issue 14, bench/startup).
 * The verifier itself is in keyless.ts.
 */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
function keylessSigner(options) {
    return {
        kind: 'sigstore',
        async signBundle(payload, payloadType = RECORD_PAYLOAD_TYPE) {
            const { attest } = await Promise.all(/* import() */[__nccwpck_require__.e(219), __nccwpck_require__.e(272), __nccwpck_require__.e(847)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91847));
            const bundle = await attest(payload, payloadType, {
                fulcioURL: options.fulcioURL,
                rekorURL: options.rekorURL,
                identityToken: options.identityToken,
                timeout: options.timeoutMs ?? 10_000,
                retry: { retries: 2, minTimeout: 200, maxTimeout: 2_000 },
            });
            return bundle;
        },
    };
}
/** Whether a bundle is certificate-based (keyless) rather than signed with a known key. */
function isKeylessBundle(bundle) {
    const material = bundle?.verificationMaterial;
    return Boolean(material && (material.certificate || material.x509CertificateChain));
}
class TrustedRootError extends Error {
}
/**
 * A verifier for keyless entries against a trusted_root.json text and identity rules, loading the
 * Sigstore verifier on first use. Throws TrustedRootError when the root cannot serve.
 */
async function loadKeylessVerifier(rootText, rules) {
    const { KeylessVerifier, parseTrustedRoot } = await Promise.all(/* import() */[__nccwpck_require__.e(272), __nccwpck_require__.e(357)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57357));
    return new KeylessVerifier(parseTrustedRoot(rootText), rules);
}


/***/ }),

/***/ 35569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iQ: () => (/* binding */ clockFromEnv),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports scaledClock, VirtualClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85736);

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

/***/ 85736:
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 76567:
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
/******/ var __webpack_exports__ = __nccwpck_require__(73018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
