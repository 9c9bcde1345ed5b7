export const id = 234;
export const ids = [234];
export const modules = {

/***/ 71234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ShipgateOctokit: () => (/* binding */ ShipgateOctokit),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12718);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54491);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22812);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46503);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35569);





// Loaded by GitHubClient on its first request (a chunk of its own in each bundle): an action that
// stops at a bad input, or never calls GitHub, does not load Octokit and its endpoint table.
/**
 * The toolkit's `GitHub` class (@actions/github: Octokit with the REST endpoint methods and
 * pagination) with the retry and throttling plugins. Its default `request.fetch`, which sends
 * requests through @actions/http-client's proxy agent, is replaced by GitHubClient's `fetchWithLimits`:
 * that agent always sends loopback hosts direct, whatever NO_PROXY says, where every other outbound
 * request of shipgate follows proxy.ts; and ours carries the timeout, cancellation and accounting.
 */
const ShipgateOctokit = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
/** The Octokit of one GitHubClient: its options, its fetch and its request accounting. */
function createOctokit(options, fetch, stats) {
    const clock = options.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml;
    // Waits scale with the clock so tests run hours of backoff in milliseconds.
    const second = 1000 / clock.scale;
    const retries = options.retries ?? 4;
    const log = options.log ?? (() => undefined);
    const quiet = options.debug ?? (() => undefined);
    const group = (id, minTime, maxConcurrent) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ id, maxConcurrent, minTime: minTime * second });
    const throttle = {
        retryAfterBaseValue: second,
        // Limiters of our own, not the plugin's process-wide ones, so clients do not queue behind each other.
        global: group('global', 0, 10),
        auth: group('auth', 0, 1),
        search: group('search', 2, 1),
        write: group('write', 1, 1),
        notifications: group('notifications', 3, 1),
        onRateLimit: (after, request, _octokit, count) => {
            log(`GitHub rate limit reached on ${request.method} ${request.url}; retry ${count + 1} in ${after}s`);
            stats.retried++;
            return count < retries;
        },
        onSecondaryRateLimit: (after, request, _o, count) => {
            log(`GitHub secondary rate limit on ${request.method} ${request.url}; retry ${count + 1} in ${after}s`);
            stats.retried++;
            return count < retries;
        },
    };
    const options_ = {
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        // Octokit logs every failed request as an error; the caller gets the error itself, so keep
        // those lines for debugging and let only warnings through.
        log: { debug: quiet, info: quiet, warn: log, error: quiet },
        // Replaces the toolkit's proxy-agent fetch (the whole `request` object: Octokit merges
        // defaults shallowly), so proxy.ts alone decides how a request leaves the runner.
        request: { fetch: fetch },
        retry: { retries, retryAfterBaseValue: second },
        throttle,
    };
    return new ShipgateOctokit(options.authStrategy
        ? {
            ...options_,
            authStrategy: options.authStrategy,
            auth: options.auth,
            userAgent: (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getUserAgentWithOrchestrationId */ .fA)('shipgate'),
        }
        : options.token
            ? // `token <token>` and the user agent with the run's ACTIONS_ORCHESTRATION_ID, as the toolkit sets them.
                (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getOctokitOptions */ .EG)(options.token, { ...options_, userAgent: 'shipgate' })
            : // Unauthenticated (the GitHub App flow's first, JWT-signed requests carry their own header).
                { ...options_, userAgent: (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getUserAgentWithOrchestrationId */ .fA)('shipgate') });
}


/***/ })

};
