export const id = 357;
export const ids = [357];
export const modules = {

/***/ 57357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KeylessVerifier: () => (/* binding */ KeylessVerifier),
/* harmony export */   parseTrustedRoot: () => (/* binding */ parseTrustedRoot)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36124);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17154);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93575);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77227);
/* harmony import */ var _keyless_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92816);





/**
 * Verification of keyless (Sigstore) log entries. Heavy (the Sigstore verifier and protobuf specs):
 * actions reach it through loadKeylessVerifier (keyless-signer.ts), a dynamic import, so only steps
 * that check keyless signatures load it.
 */

/** A Sigstore trusted_root.json (CAs, transparency logs, CT logs) as the verifier's trust material. */
function parseTrustedRoot(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _keyless_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustedRootError */ .ib(`is not JSON (${error.message})`);
    }
    const root = json;
    if (!root ||
        typeof root !== 'object' ||
        typeof root.mediaType !== 'string' ||
        !root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot'))
        throw new _keyless_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustedRootError */ .ib('is not a Sigstore trusted root (mediaType application/vnd.dev.sigstore.trustedroot…)');
    if (!Array.isArray(root.certificateAuthorities) || root.certificateAuthorities.length === 0)
        throw new _keyless_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustedRootError */ .ib('names no certificate authority');
    if (!Array.isArray(root.tlogs) || root.tlogs.length === 0)
        throw new _keyless_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustedRootError */ .ib('names no transparency log');
    try {
        return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__.toTrustMaterial)(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(json));
    }
    catch (error) {
        throw new _keyless_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustedRootError */ .ib(`cannot be read (${error.message})`);
    }
}
/** Verifies keyless bundles against a trust root (certificate chain, Rekor entry, CT) and identity rules. */
class KeylessVerifier {
    rules;
    verifier;
    constructor(trust, rules) {
        this.rules = rules;
        this.verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__.Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    }
    /** The identity rules as one line, for logs and summaries. */
    describe() {
        const names = [...this.rules.identities, ...this.rules.identityPatterns.map((p) => `/${p.source}/`)];
        return `${names.join(' or ')} issued by ${this.rules.issuer}`;
    }
    verify(bundle, payloadType = _envelope_js__WEBPACK_IMPORTED_MODULE_3__/* .RECORD_PAYLOAD_TYPE */ .Ov) {
        const b = bundle;
        const envelope = b?.dsseEnvelope;
        if (!b || b.mediaType !== _envelope_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MEDIA_TYPE */ .NV || !envelope || typeof envelope.payload !== 'string')
            return { ok: false, failure: 'malformed', message: 'not a Sigstore v0.3 bundle with a DSSE envelope' };
        if (envelope.payloadType !== payloadType)
            return { ok: false, failure: 'malformed', message: `payload type is '${envelope.payloadType}'` };
        const payload = Buffer.from(envelope.payload, 'base64');
        let entity;
        try {
            entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__.toSignedEntity)((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(bundle));
        }
        catch (error) {
            return {
                ok: false,
                failure: 'malformed',
                message: `not a valid Sigstore bundle (${error.message})`,
            };
        }
        let signer;
        try {
            signer = this.verifier.verify(entity);
        }
        catch (error) {
            const code = error instanceof _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__.VerificationError ? `${error.code}: ` : '';
            return {
                ok: false,
                failure: 'bad-signature',
                message: `the keyless signature does not verify (${code}${error.message})`,
                payload,
            };
        }
        const identity = signer.identity?.subjectAlternativeName ?? '';
        const issuer = signer.identity?.extensions?.issuer ?? '';
        const allowed = issuer === this.rules.issuer &&
            (this.rules.identities.includes(identity) || this.rules.identityPatterns.some((p) => p.test(identity)));
        if (!allowed)
            return {
                ok: false,
                failure: 'untrusted-signer',
                message: `signed keylessly by ${identity || '(no identity)'} (issuer ${issuer || 'unknown'}), which the identity rules do not allow`,
                payload,
            };
        return { ok: true, payload, identity, issuer };
    }
}


/***/ })

};
