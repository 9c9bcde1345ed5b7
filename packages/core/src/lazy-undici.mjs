// Stands in for the npm `undici` in the action bundles (each action's tsconfig.json, through
// tsconfig.bundle.json, maps the bare name here). @actions/http-client and @actions/github import
// undici at load for their proxy code, and our proxiedFetch uses it only when a request goes through a
// proxy; inside a bundle its ~900 KB were compiled and evaluated at every start (about a third of an
// action's start-up beyond `node -e 0`, bench/startup). So undici is bundled once on its own as
// dist/undici/index.cjs (scripts/build.mjs) and required from there on first use, synchronously, as
// the importers expect. Only what they use is forwarded: `new ProxyAgent(options)` and `fetch()`.
import { createRequire } from 'node:module';

// Relative to the bundle file that holds this module: dist/<action>/*.js → dist/undici/index.cjs.
const require = createRequire(import.meta.url);
let undici;
const load = () => (undici ??= require('../undici/index.cjs'));

export class ProxyAgent {
  constructor(options) {
    // A constructor that returns an object yields that object: callers get undici's own ProxyAgent.
    return new (load().ProxyAgent)(options);
  }
}

export function fetch(input, init) {
  return load().fetch(input, init);
}
