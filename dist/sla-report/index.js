import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9275:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LogCollapsingHighestDenseDDSketch = exports.LogCollapsingLowestDenseDDSketch = exports.DDSketch = void 0;
var store_1 = __nccwpck_require__(5097);
var mapping_1 = __nccwpck_require__(8178);
var DEFAULT_RELATIVE_ACCURACY = 0.01;
var DEFAULT_BIN_LIMIT = 2048;
/** Base class for DDSketch*/
var BaseDDSketch = /** @class */ (function () {
    function BaseDDSketch(_a) {
        var mapping = _a.mapping, store = _a.store, negativeStore = _a.negativeStore, zeroCount = _a.zeroCount;
        this.mapping = mapping;
        this.store = store;
        this.negativeStore = negativeStore;
        this.zeroCount = zeroCount;
        this.count =
            this.negativeStore.count + this.zeroCount + this.store.count;
        this.min = Infinity;
        this.max = -Infinity;
        this.sum = 0;
    }
    /**
     * Add a value to the sketch
     *
     * @param value The value to be added
     * @param weight The amount to weight the value (default 1.0)
     *
     * @throws Error if `weight` is 0 or negative
     */
    BaseDDSketch.prototype.accept = function (value, weight) {
        if (weight === void 0) { weight = 1; }
        if (weight <= 0) {
            throw Error('Weight must be a positive number');
        }
        if (value > this.mapping.minPossible) {
            var key = this.mapping.key(value);
            this.store.add(key, weight);
        }
        else if (value < -this.mapping.minPossible) {
            var key = this.mapping.key(-value);
            this.negativeStore.add(key, weight);
        }
        else {
            this.zeroCount += weight;
        }
        /* Keep track of summary stats */
        this.count += weight;
        this.sum += value * weight;
        if (value < this.min) {
            this.min = value;
        }
        if (value > this.max) {
            this.max = value;
        }
    };
    /**
     * Retrieve a value from the sketch at the quantile
     *
     * @param quantile A number between `0` and `1` (inclusive)
     */
    BaseDDSketch.prototype.getValueAtQuantile = function (quantile) {
        if (quantile < 0 || quantile > 1 || this.count === 0) {
            return NaN;
        }
        var rank = quantile * (this.count - 1);
        var quantileValue = 0;
        if (rank < this.negativeStore.count) {
            var reversedRank = this.negativeStore.count - rank - 1;
            var key = this.negativeStore.keyAtRank(reversedRank, false);
            quantileValue = -this.mapping.value(key);
        }
        else if (rank < this.zeroCount + this.negativeStore.count) {
            return 0;
        }
        else {
            var key = this.store.keyAtRank(rank - this.zeroCount - this.negativeStore.count);
            quantileValue = this.mapping.value(key);
        }
        return quantileValue;
    };
    /**
     * Merge the contents of the parameter `sketch` into this sketch
     *
     * @param sketch The sketch to merge into the caller sketch
     * @throws Error if the sketches were initialized with different `relativeAccuracy` values
     */
    BaseDDSketch.prototype.merge = function (sketch) {
        if (!this.mergeable(sketch)) {
            throw new Error('Cannot merge two DDSketches with different `relativeAccuracy` parameters');
        }
        if (sketch.count === 0) {
            return;
        }
        if (this.count === 0) {
            this._copy(sketch);
            return;
        }
        this.store.merge(sketch.store);
        /* Merge summary stats */
        this.zeroCount += sketch.zeroCount;
        this.count += sketch.count;
        this.sum += sketch.sum;
        if (sketch.min < this.min) {
            this.min = sketch.min;
        }
        if (sketch.max > this.max) {
            this.max = sketch.max;
        }
    };
    /**
     * Determine whether two sketches can be merged
     *
     * @param sketch The sketch to be merged into the caller sketch
     */
    BaseDDSketch.prototype.mergeable = function (sketch) {
        return this.mapping.gamma === sketch.mapping.gamma;
    };
    /**
     * Helper method to copy the contents of the parameter `store` into this store
     * @see DDSketch.merge to merge two sketches safely
     *
     * @param store The store to be copied into the caller store
     */
    BaseDDSketch.prototype._copy = function (sketch) {
        this.store.copy(sketch.store);
        this.negativeStore.copy(sketch.negativeStore);
        this.zeroCount = sketch.zeroCount;
        this.min = sketch.min;
        this.max = sketch.max;
        this.count = sketch.count;
        this.sum = sketch.sum;
    };
    /** Serialize a DDSketch to protobuf format */
    BaseDDSketch.prototype.toProto = function () {
        var ProtoDDSketch = (__nccwpck_require__(1187).DDSketch);
        var message = ProtoDDSketch.create({
            mapping: this.mapping.toProto(),
            positiveValues: this.store.toProto(),
            negativeValues: this.negativeStore.toProto(),
            zeroCount: this.zeroCount
        });
        return ProtoDDSketch.encode(message).finish();
    };
    /**
     * Deserialize a DDSketch from protobuf data
     *
     * Note: `fromProto` currently loses summary statistics for the original
     * sketch (i.e. `min`, `max`)
     *
     * @param buffer Byte array containing DDSketch in protobuf format (from DDSketch.toProto)
     */
    BaseDDSketch.fromProto = function (buffer) {
        var ProtoDDSketch = (__nccwpck_require__(1187).DDSketch);
        var decoded = ProtoDDSketch.decode(buffer);
        var mapping = mapping_1.KeyMapping.fromProto(decoded.mapping);
        var store = store_1.DenseStore.fromProto(decoded.positiveValues);
        var negativeStore = store_1.DenseStore.fromProto(decoded.negativeValues);
        var zeroCount = decoded.zeroCount;
        return new BaseDDSketch({ mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: zeroCount });
    };
    return BaseDDSketch;
}());
var defaultConfig = {
    relativeAccuracy: DEFAULT_RELATIVE_ACCURACY
};
/** A quantile sketch with relative-error guarantees */
var DDSketch = /** @class */ (function (_super) {
    __extends(DDSketch, _super);
    /**
     * Initialize a new DDSketch
     *
     * @param relativeAccuracy The accuracy guarantee of the sketch (default 0.01)
     */
    function DDSketch(_a) {
        var _b = _a === void 0 ? defaultConfig : _a, _c = _b.relativeAccuracy, relativeAccuracy = _c === void 0 ? DEFAULT_RELATIVE_ACCURACY : _c;
        var mapping = new mapping_1.LogarithmicMapping(relativeAccuracy);
        var store = new store_1.DenseStore();
        var negativeStore = new store_1.DenseStore();
        return _super.call(this, { mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: 0 }) || this;
    }
    return DDSketch;
}(BaseDDSketch));
exports.DDSketch = DDSketch;
var LogCollapsingLowestDenseDDSketch = /** @class */ (function (_super) {
    __extends(LogCollapsingLowestDenseDDSketch, _super);
    /**
     * Initialize a new LogCollapsingLowestDenseDDSketch
     *
     * @param relativeAccuracy The accuracy guarantee of the sketch (default 0.01)
     * @param binLimit Number of bins before lowest indices are collapsed (default 2048)
     */
    function LogCollapsingLowestDenseDDSketch(_a) {
        var _b = _a === void 0 ? defaultConfig : _a, _c = _b.relativeAccuracy, relativeAccuracy = _c === void 0 ? DEFAULT_RELATIVE_ACCURACY : _c, _d = _b.binLimit, binLimit = _d === void 0 ? DEFAULT_BIN_LIMIT : _d;
        var mapping = new mapping_1.LogarithmicMapping(relativeAccuracy);
        var store = new store_1.CollapsingLowestDenseStore(binLimit);
        var negativeStore = new store_1.CollapsingLowestDenseStore(binLimit);
        return _super.call(this, { mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: 0 }) || this;
    }
    return LogCollapsingLowestDenseDDSketch;
}(BaseDDSketch));
exports.LogCollapsingLowestDenseDDSketch = LogCollapsingLowestDenseDDSketch;
var LogCollapsingHighestDenseDDSketch = /** @class */ (function (_super) {
    __extends(LogCollapsingHighestDenseDDSketch, _super);
    /**
     * Initialize a new LogCollapsingHighestDenseDDSketch
     *
     * @param relativeAccuracy The accuracy guarantee of the sketch (default 0.01)
     * @param binLimit Number of bins before highest indices are collapsed (default 2048)
     */
    function LogCollapsingHighestDenseDDSketch(_a) {
        var _b = _a === void 0 ? defaultConfig : _a, _c = _b.relativeAccuracy, relativeAccuracy = _c === void 0 ? DEFAULT_RELATIVE_ACCURACY : _c, _d = _b.binLimit, binLimit = _d === void 0 ? DEFAULT_BIN_LIMIT : _d;
        var mapping = new mapping_1.LogarithmicMapping(relativeAccuracy);
        var store = new store_1.CollapsingHighestDenseStore(binLimit);
        var negativeStore = new store_1.CollapsingHighestDenseStore(binLimit);
        return _super.call(this, { mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: 0 }) || this;
    }
    return LogCollapsingHighestDenseDDSketch;
}(BaseDDSketch));
exports.LogCollapsingHighestDenseDDSketch = LogCollapsingHighestDenseDDSketch;


/***/ }),

/***/ 4387:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(9275), exports);


/***/ }),

/***/ 9469:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CubicallyInterpolatedMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(7683);
var math_1 = __nccwpck_require__(1625);
/**
 * A fast KeyMapping that approximates the memory-optimal LogarithmicMapping by
 * extracting the floor value of the logarithm to the base 2 from the binary
 * representations of floating-point values and cubically interpolating the
 * logarithm in-between.
 *
 * More detailed documentation of this method can be found in:
 * <a href="https://github.com/DataDog/sketches-java/">sketches-java</a>
 */
var CubicallyInterpolatedMapping = /** @class */ (function (_super) {
    __extends(CubicallyInterpolatedMapping, _super);
    function CubicallyInterpolatedMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        var _this = _super.call(this, relativeAccuracy, offset) || this;
        _this.A = 6 / 35;
        _this.B = -3 / 5;
        _this.C = 10 / 7;
        _this._multiplier /= _this.C;
        return _this;
    }
    /** Approximates log2 using a cubic polynomial */
    CubicallyInterpolatedMapping.prototype._cubicLog2Approx = function (value) {
        var _a = (0, math_1.frexp)(value), mantissa = _a[0], exponent = _a[1];
        var significand = 2 * mantissa - 1;
        return (((this.A * significand + this.B) * significand + this.C) *
            significand +
            (exponent - 1));
    };
    /** Derived from Cardano's formula */
    CubicallyInterpolatedMapping.prototype._cubicExp2Approx = function (value) {
        var exponent = Math.floor(value);
        var delta0 = this.B * this.B - 3 * this.A * this.C;
        var delta1 = 2 * this.B * this.B * this.B -
            9 * this.A * this.B * this.C -
            27 * this.A * this.A * (value - exponent);
        var cardano = Math.cbrt((delta1 -
            Math.sqrt(delta1 * delta1 - 4 * delta0 * delta0 * delta0)) /
            2);
        var significandPlusOne = -(this.B + cardano + delta0 / cardano) / (3 * this.A) + 1;
        var mantissa = significandPlusOne / 2;
        return (0, math_1.ldexp)(mantissa, exponent + 1);
    };
    CubicallyInterpolatedMapping.prototype._logGamma = function (value) {
        return this._cubicLog2Approx(value) * this._multiplier;
    };
    CubicallyInterpolatedMapping.prototype._powGamma = function (value) {
        return this._cubicExp2Approx(value / this._multiplier);
    };
    CubicallyInterpolatedMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(1187).IndexMapping).Interpolation;
        return Interpolation.CUBIC;
    };
    return CubicallyInterpolatedMapping;
}(KeyMapping_1.KeyMapping));
exports.CubicallyInterpolatedMapping = CubicallyInterpolatedMapping;


/***/ }),

/***/ 7683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KeyMapping = void 0;
var index_1 = __nccwpck_require__(8178);
// 1.1125369292536007e-308
var MIN_SAFE_FLOAT = Math.pow(2, -1023);
var MAX_SAFE_FLOAT = Number.MAX_VALUE;
/**
 * A mapping between values and integer indices that imposes relative accuracy
 * guarantees. Specifically, for any value `minPossible() < value <
 * maxPossible` implementations of `KeyMapping` must be such that
 * `value(key(v))` is close to `v` with a relative error that is less than
 * `relativeAccuracy`.
 *
 * In implementations of KeyMapping, there is generally a trade-off between the
 * cost of computing the key and the number of keys that are required to cover a
 * given range of values (memory optimality). The most memory-optimal mapping is
 * the LogarithmicMapping, but it requires the costly evaluation of the logarithm
 * when computing the index. Other mappings can approximate the logarithmic
 * mapping, while being less computationally costly.
 */
var KeyMapping = /** @class */ (function () {
    function KeyMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        if (relativeAccuracy <= 0 || relativeAccuracy >= 1) {
            throw Error('Relative accuracy must be between 0 and 1 when initializing a KeyMapping');
        }
        this.relativeAccuracy = relativeAccuracy;
        this._offset = offset;
        var gammaMantissa = (2 * relativeAccuracy) / (1 - relativeAccuracy);
        this.gamma = 1 + gammaMantissa;
        this._multiplier = 1 / Math.log1p(gammaMantissa);
        this.minPossible = MIN_SAFE_FLOAT * this.gamma;
        this.maxPossible = MAX_SAFE_FLOAT / this.gamma;
    }
    KeyMapping.fromGammaOffset = function (gamma, indexOffset) {
        var relativeAccuracy = (gamma - 1) / (gamma + 1);
        return new this(relativeAccuracy, indexOffset);
    };
    /** Retrieve the key specifying the bucket for a `value` */
    KeyMapping.prototype.key = function (value) {
        return Math.ceil(this._logGamma(value)) + this._offset;
    };
    /** Retrieve the value represented by the bucket at `key` */
    KeyMapping.prototype.value = function (key) {
        return this._powGamma(key - this._offset) * (2 / (1 + this.gamma));
    };
    KeyMapping.prototype.toProto = function () {
        var ProtoIndexMapping = (__nccwpck_require__(1187).IndexMapping);
        return ProtoIndexMapping.create({
            gamma: this.gamma,
            indexOffset: this._offset,
            interpolation: this._protoInterpolation()
        });
    };
    KeyMapping.fromProto = function (protoMapping) {
        if (!protoMapping ||
            /* Double equals (==) is intentional here to check for
             * `null` | `undefined` without including `0` */
            protoMapping.gamma == null ||
            protoMapping.indexOffset == null) {
            throw Error('Failed to decode mapping from protobuf');
        }
        var Interpolation = (__nccwpck_require__(1187).IndexMapping).Interpolation;
        var interpolation = protoMapping.interpolation, gamma = protoMapping.gamma, indexOffset = protoMapping.indexOffset;
        switch (interpolation) {
            case Interpolation.NONE:
                return index_1.LogarithmicMapping.fromGammaOffset(gamma, indexOffset);
            case Interpolation.LINEAR:
                return index_1.LinearlyInterpolatedMapping.fromGammaOffset(gamma, indexOffset);
            case Interpolation.CUBIC:
                return index_1.CubicallyInterpolatedMapping.fromGammaOffset(gamma, indexOffset);
            default:
                throw Error('Unrecognized mapping when decoding from protobuf');
        }
    };
    /** Return (an approximation of) the logarithm of the value base gamma */
    KeyMapping.prototype._logGamma = function (value) {
        return Math.log2(value) * this._multiplier;
    };
    /** Return (an approximation of) gamma to the power value */
    KeyMapping.prototype._powGamma = function (value) {
        return Math.pow(2, value / this._multiplier);
    };
    KeyMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(1187).IndexMapping).Interpolation;
        return Interpolation.NONE;
    };
    return KeyMapping;
}());
exports.KeyMapping = KeyMapping;


/***/ }),

/***/ 1685:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LinearlyInterpolatedMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(7683);
var math_1 = __nccwpck_require__(1625);
/**
 * A fast KeyMapping that approximates the memory-optimal one
 * (LogarithmicMapping) by extracting the floor value of the logarithm to the
 * base 2 from the binary representations of floating-point values and
 * linearly interpolating the logarithm in-between.
 */
var LinearlyInterpolatedMapping = /** @class */ (function (_super) {
    __extends(LinearlyInterpolatedMapping, _super);
    function LinearlyInterpolatedMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        return _super.call(this, relativeAccuracy, offset) || this;
    }
    /**
     * Approximates log2 by s + f
     * where v = (s+1) * 2 ** f  for s in [0, 1)
     *
     * frexp(v) returns m and e s.t.
     * v = m * 2 ** e ; (m in [0.5, 1) or 0.0)
     * so we adjust m and e accordingly
     */
    LinearlyInterpolatedMapping.prototype._log2Approx = function (value) {
        var _a = (0, math_1.frexp)(value), mantissa = _a[0], exponent = _a[1];
        var significand = 2 * mantissa - 1;
        return significand + (exponent - 1);
    };
    /** Inverse of _log2Approx */
    LinearlyInterpolatedMapping.prototype._exp2Approx = function (value) {
        var exponent = Math.floor(value) + 1;
        var mantissa = (value - exponent + 2) / 2;
        return (0, math_1.ldexp)(mantissa, exponent);
    };
    LinearlyInterpolatedMapping.prototype._logGamma = function (value) {
        return Math.log2(value) * this._multiplier;
    };
    LinearlyInterpolatedMapping.prototype._powGamma = function (value) {
        return Math.pow(2, value / this._multiplier);
    };
    LinearlyInterpolatedMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(1187).IndexMapping).Interpolation;
        return Interpolation.LINEAR;
    };
    return LinearlyInterpolatedMapping;
}(KeyMapping_1.KeyMapping));
exports.LinearlyInterpolatedMapping = LinearlyInterpolatedMapping;


/***/ }),

/***/ 1559:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LogarithmicMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(7683);
/**
 * A memory-optimal KeyMapping, i.e., given a targeted relative accuracy, it
 * requires the least number of keys to cover a given range of values. This is
 * done by logarithmically mapping floating-point values to integers.
 */
var LogarithmicMapping = /** @class */ (function (_super) {
    __extends(LogarithmicMapping, _super);
    function LogarithmicMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        var _this = _super.call(this, relativeAccuracy, offset) || this;
        _this._multiplier *= Math.log(2);
        return _this;
    }
    LogarithmicMapping.prototype._logGamma = function (value) {
        return Math.log2(value) * this._multiplier;
    };
    LogarithmicMapping.prototype._powGamma = function (value) {
        return Math.pow(2, value / this._multiplier);
    };
    LogarithmicMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(1187).IndexMapping).Interpolation;
        return Interpolation.NONE;
    };
    return LogarithmicMapping;
}(KeyMapping_1.KeyMapping));
exports.LogarithmicMapping = LogarithmicMapping;


/***/ }),

/***/ 8178:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CubicallyInterpolatedMapping = exports.LinearlyInterpolatedMapping = exports.LogarithmicMapping = exports.KeyMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(7683);
Object.defineProperty(exports, "KeyMapping", ({ enumerable: true, get: function () { return KeyMapping_1.KeyMapping; } }));
var LogarithmicMapping_1 = __nccwpck_require__(1559);
Object.defineProperty(exports, "LogarithmicMapping", ({ enumerable: true, get: function () { return LogarithmicMapping_1.LogarithmicMapping; } }));
var LinearlyInterpolatedMapping_1 = __nccwpck_require__(1685);
Object.defineProperty(exports, "LinearlyInterpolatedMapping", ({ enumerable: true, get: function () { return LinearlyInterpolatedMapping_1.LinearlyInterpolatedMapping; } }));
var CubicallyInterpolatedMapping_1 = __nccwpck_require__(9469);
Object.defineProperty(exports, "CubicallyInterpolatedMapping", ({ enumerable: true, get: function () { return CubicallyInterpolatedMapping_1.CubicallyInterpolatedMapping; } }));


/***/ }),

/***/ 1625:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ldexp = exports.frexp = void 0;
/**
 * Splits a double-precision floating-point number into a normalized fraction
 * and an integer power of two.
 */
function frexp(value) {
    if (value === 0 || !Number.isFinite(value))
        return [value, 0];
    var absValue = Math.abs(value);
    var exponent = Math.max(-1023, Math.floor(Math.log2(absValue)) + 1);
    var mantissa = absValue * Math.pow(2, -exponent);
    while (mantissa < 0.5) {
        mantissa *= 2;
        exponent--;
    }
    while (mantissa >= 1) {
        mantissa *= 0.5;
        exponent++;
    }
    if (value < 0) {
        mantissa = -mantissa;
    }
    return [mantissa, exponent];
}
exports.frexp = frexp;
/**
 * Multiplies a double-precision floating-point number by an integer power of
 * two; i.e., x = frac * 2^exp.
 */
function ldexp(mantissa, exponent) {
    var iterations = Math.min(3, Math.ceil(Math.abs(exponent) / 1023));
    var result = mantissa;
    for (var i = 0; i < iterations; i++) {
        result *= Math.pow(2, Math.floor((exponent + i) / iterations));
    }
    return result;
}
exports.ldexp = ldexp;


/***/ }),

/***/ 1187:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/

var $protobuf = __nccwpck_require__(2410);
// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});
$root.DDSketch = (function () {
    /**
     * Properties of a DDSketch.
     * @exports IDDSketch
     * @interface IDDSketch
     * @property {IIndexMapping|null} [mapping] DDSketch mapping
     * @property {IStore|null} [positiveValues] DDSketch positiveValues
     * @property {IStore|null} [negativeValues] DDSketch negativeValues
     * @property {number|null} [zeroCount] DDSketch zeroCount
     */
    /**
     * Constructs a new DDSketch.
     * @exports DDSketch
     * @classdesc Represents a DDSketch.
     * @implements IDDSketch
     * @constructor
     * @param {IDDSketch=} [properties] Properties to set
     */
    function DDSketch(properties) {
        if (properties)
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                    this[keys[i]] = properties[keys[i]];
    }
    /**
     * DDSketch mapping.
     * @member {IIndexMapping|null|undefined} mapping
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.mapping = null;
    /**
     * DDSketch positiveValues.
     * @member {IStore|null|undefined} positiveValues
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.positiveValues = null;
    /**
     * DDSketch negativeValues.
     * @member {IStore|null|undefined} negativeValues
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.negativeValues = null;
    /**
     * DDSketch zeroCount.
     * @member {number} zeroCount
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.zeroCount = 0;
    /**
     * Creates a new DDSketch instance using the specified properties.
     * @function create
     * @memberof DDSketch
     * @static
     * @param {IDDSketch=} [properties] Properties to set
     * @returns {DDSketch} DDSketch instance
     */
    DDSketch.create = function create(properties) {
        return new DDSketch(properties);
    };
    /**
     * Encodes the specified DDSketch message. Does not implicitly {@link DDSketch.verify|verify} messages.
     * @function encode
     * @memberof DDSketch
     * @static
     * @param {IDDSketch} message DDSketch message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DDSketch.encode = function encode(message, writer) {
        if (!writer)
            writer = $Writer.create();
        if (message.mapping != null && Object.hasOwnProperty.call(message, "mapping"))
            $root.IndexMapping.encode(message.mapping, writer.uint32(/* id 1, wireType 2 =*/ 10).fork()).ldelim();
        if (message.positiveValues != null && Object.hasOwnProperty.call(message, "positiveValues"))
            $root.Store.encode(message.positiveValues, writer.uint32(/* id 2, wireType 2 =*/ 18).fork()).ldelim();
        if (message.negativeValues != null && Object.hasOwnProperty.call(message, "negativeValues"))
            $root.Store.encode(message.negativeValues, writer.uint32(/* id 3, wireType 2 =*/ 26).fork()).ldelim();
        if (message.zeroCount != null && Object.hasOwnProperty.call(message, "zeroCount"))
            writer.uint32(/* id 4, wireType 1 =*/ 33).double(message.zeroCount);
        return writer;
    };
    /**
     * Encodes the specified DDSketch message, length delimited. Does not implicitly {@link DDSketch.verify|verify} messages.
     * @function encodeDelimited
     * @memberof DDSketch
     * @static
     * @param {IDDSketch} message DDSketch message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DDSketch.encodeDelimited = function encodeDelimited(message, writer) {
        return this.encode(message, writer).ldelim();
    };
    /**
     * Decodes a DDSketch message from the specified reader or buffer.
     * @function decode
     * @memberof DDSketch
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {DDSketch} DDSketch
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DDSketch.decode = function decode(reader, length) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        var end = length === undefined ? reader.len : reader.pos + length, message = new $root.DDSketch();
        while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
                case 1:
                    message.mapping = $root.IndexMapping.decode(reader, reader.uint32());
                    break;
                case 2:
                    message.positiveValues = $root.Store.decode(reader, reader.uint32());
                    break;
                case 3:
                    message.negativeValues = $root.Store.decode(reader, reader.uint32());
                    break;
                case 4:
                    message.zeroCount = reader.double();
                    break;
                default:
                    reader.skipType(tag & 7);
                    break;
            }
        }
        return message;
    };
    /**
     * Decodes a DDSketch message from the specified reader or buffer, length delimited.
     * @function decodeDelimited
     * @memberof DDSketch
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @returns {DDSketch} DDSketch
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DDSketch.decodeDelimited = function decodeDelimited(reader) {
        if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
        return this.decode(reader, reader.uint32());
    };
    /**
     * Verifies a DDSketch message.
     * @function verify
     * @memberof DDSketch
     * @static
     * @param {Object.<string,*>} message Plain object to verify
     * @returns {string|null} `null` if valid, otherwise the reason why it is not
     */
    DDSketch.verify = function verify(message) {
        if (typeof message !== "object" || message === null)
            return "object expected";
        if (message.mapping != null && message.hasOwnProperty("mapping")) {
            var error = $root.IndexMapping.verify(message.mapping);
            if (error)
                return "mapping." + error;
        }
        if (message.positiveValues != null && message.hasOwnProperty("positiveValues")) {
            var error = $root.Store.verify(message.positiveValues);
            if (error)
                return "positiveValues." + error;
        }
        if (message.negativeValues != null && message.hasOwnProperty("negativeValues")) {
            var error = $root.Store.verify(message.negativeValues);
            if (error)
                return "negativeValues." + error;
        }
        if (message.zeroCount != null && message.hasOwnProperty("zeroCount"))
            if (typeof message.zeroCount !== "number")
                return "zeroCount: number expected";
        return null;
    };
    /**
     * Creates a DDSketch message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof DDSketch
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {DDSketch} DDSketch
     */
    DDSketch.fromObject = function fromObject(object) {
        if (object instanceof $root.DDSketch)
            return object;
        var message = new $root.DDSketch();
        if (object.mapping != null) {
            if (typeof object.mapping !== "object")
                throw TypeError(".DDSketch.mapping: object expected");
            message.mapping = $root.IndexMapping.fromObject(object.mapping);
        }
        if (object.positiveValues != null) {
            if (typeof object.positiveValues !== "object")
                throw TypeError(".DDSketch.positiveValues: object expected");
            message.positiveValues = $root.Store.fromObject(object.positiveValues);
        }
        if (object.negativeValues != null) {
            if (typeof object.negativeValues !== "object")
                throw TypeError(".DDSketch.negativeValues: object expected");
            message.negativeValues = $root.Store.fromObject(object.negativeValues);
        }
        if (object.zeroCount != null)
            message.zeroCount = Number(object.zeroCount);
        return message;
    };
    /**
     * Creates a plain object from a DDSketch message. Also converts values to other types if specified.
     * @function toObject
     * @memberof DDSketch
     * @static
     * @param {DDSketch} message DDSketch
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    DDSketch.toObject = function toObject(message, options) {
        if (!options)
            options = {};
        var object = {};
        if (options.defaults) {
            object.mapping = null;
            object.positiveValues = null;
            object.negativeValues = null;
            object.zeroCount = 0;
        }
        if (message.mapping != null && message.hasOwnProperty("mapping"))
            object.mapping = $root.IndexMapping.toObject(message.mapping, options);
        if (message.positiveValues != null && message.hasOwnProperty("positiveValues"))
            object.positiveValues = $root.Store.toObject(message.positiveValues, options);
        if (message.negativeValues != null && message.hasOwnProperty("negativeValues"))
            object.negativeValues = $root.Store.toObject(message.negativeValues, options);
        if (message.zeroCount != null && message.hasOwnProperty("zeroCount"))
            object.zeroCount = options.json && !isFinite(message.zeroCount) ? String(message.zeroCount) : message.zeroCount;
        return object;
    };
    /**
     * Converts this DDSketch to JSON.
     * @function toJSON
     * @memberof DDSketch
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    DDSketch.prototype.toJSON = function toJSON() {
        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
    };
    return DDSketch;
})();
$root.IndexMapping = (function () {
    /**
     * Properties of an IndexMapping.
     * @exports IIndexMapping
     * @interface IIndexMapping
     * @property {number|null} [gamma] IndexMapping gamma
     * @property {number|null} [indexOffset] IndexMapping indexOffset
     * @property {IndexMapping.Interpolation|null} [interpolation] IndexMapping interpolation
     */
    /**
     * Constructs a new IndexMapping.
     * @exports IndexMapping
     * @classdesc Represents an IndexMapping.
     * @implements IIndexMapping
     * @constructor
     * @param {IIndexMapping=} [properties] Properties to set
     */
    function IndexMapping(properties) {
        if (properties)
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                    this[keys[i]] = properties[keys[i]];
    }
    /**
     * IndexMapping gamma.
     * @member {number} gamma
     * @memberof IndexMapping
     * @instance
     */
    IndexMapping.prototype.gamma = 0;
    /**
     * IndexMapping indexOffset.
     * @member {number} indexOffset
     * @memberof IndexMapping
     * @instance
     */
    IndexMapping.prototype.indexOffset = 0;
    /**
     * IndexMapping interpolation.
     * @member {IndexMapping.Interpolation} interpolation
     * @memberof IndexMapping
     * @instance
     */
    IndexMapping.prototype.interpolation = 0;
    /**
     * Creates a new IndexMapping instance using the specified properties.
     * @function create
     * @memberof IndexMapping
     * @static
     * @param {IIndexMapping=} [properties] Properties to set
     * @returns {IndexMapping} IndexMapping instance
     */
    IndexMapping.create = function create(properties) {
        return new IndexMapping(properties);
    };
    /**
     * Encodes the specified IndexMapping message. Does not implicitly {@link IndexMapping.verify|verify} messages.
     * @function encode
     * @memberof IndexMapping
     * @static
     * @param {IIndexMapping} message IndexMapping message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    IndexMapping.encode = function encode(message, writer) {
        if (!writer)
            writer = $Writer.create();
        if (message.gamma != null && Object.hasOwnProperty.call(message, "gamma"))
            writer.uint32(/* id 1, wireType 1 =*/ 9).double(message.gamma);
        if (message.indexOffset != null && Object.hasOwnProperty.call(message, "indexOffset"))
            writer.uint32(/* id 2, wireType 1 =*/ 17).double(message.indexOffset);
        if (message.interpolation != null && Object.hasOwnProperty.call(message, "interpolation"))
            writer.uint32(/* id 3, wireType 0 =*/ 24).int32(message.interpolation);
        return writer;
    };
    /**
     * Encodes the specified IndexMapping message, length delimited. Does not implicitly {@link IndexMapping.verify|verify} messages.
     * @function encodeDelimited
     * @memberof IndexMapping
     * @static
     * @param {IIndexMapping} message IndexMapping message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    IndexMapping.encodeDelimited = function encodeDelimited(message, writer) {
        return this.encode(message, writer).ldelim();
    };
    /**
     * Decodes an IndexMapping message from the specified reader or buffer.
     * @function decode
     * @memberof IndexMapping
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {IndexMapping} IndexMapping
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    IndexMapping.decode = function decode(reader, length) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        var end = length === undefined ? reader.len : reader.pos + length, message = new $root.IndexMapping();
        while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
                case 1:
                    message.gamma = reader.double();
                    break;
                case 2:
                    message.indexOffset = reader.double();
                    break;
                case 3:
                    message.interpolation = reader.int32();
                    break;
                default:
                    reader.skipType(tag & 7);
                    break;
            }
        }
        return message;
    };
    /**
     * Decodes an IndexMapping message from the specified reader or buffer, length delimited.
     * @function decodeDelimited
     * @memberof IndexMapping
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @returns {IndexMapping} IndexMapping
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    IndexMapping.decodeDelimited = function decodeDelimited(reader) {
        if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
        return this.decode(reader, reader.uint32());
    };
    /**
     * Verifies an IndexMapping message.
     * @function verify
     * @memberof IndexMapping
     * @static
     * @param {Object.<string,*>} message Plain object to verify
     * @returns {string|null} `null` if valid, otherwise the reason why it is not
     */
    IndexMapping.verify = function verify(message) {
        if (typeof message !== "object" || message === null)
            return "object expected";
        if (message.gamma != null && message.hasOwnProperty("gamma"))
            if (typeof message.gamma !== "number")
                return "gamma: number expected";
        if (message.indexOffset != null && message.hasOwnProperty("indexOffset"))
            if (typeof message.indexOffset !== "number")
                return "indexOffset: number expected";
        if (message.interpolation != null && message.hasOwnProperty("interpolation"))
            switch (message.interpolation) {
                default:
                    return "interpolation: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
            }
        return null;
    };
    /**
     * Creates an IndexMapping message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof IndexMapping
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {IndexMapping} IndexMapping
     */
    IndexMapping.fromObject = function fromObject(object) {
        if (object instanceof $root.IndexMapping)
            return object;
        var message = new $root.IndexMapping();
        if (object.gamma != null)
            message.gamma = Number(object.gamma);
        if (object.indexOffset != null)
            message.indexOffset = Number(object.indexOffset);
        switch (object.interpolation) {
            case "NONE":
            case 0:
                message.interpolation = 0;
                break;
            case "LINEAR":
            case 1:
                message.interpolation = 1;
                break;
            case "QUADRATIC":
            case 2:
                message.interpolation = 2;
                break;
            case "CUBIC":
            case 3:
                message.interpolation = 3;
                break;
        }
        return message;
    };
    /**
     * Creates a plain object from an IndexMapping message. Also converts values to other types if specified.
     * @function toObject
     * @memberof IndexMapping
     * @static
     * @param {IndexMapping} message IndexMapping
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    IndexMapping.toObject = function toObject(message, options) {
        if (!options)
            options = {};
        var object = {};
        if (options.defaults) {
            object.gamma = 0;
            object.indexOffset = 0;
            object.interpolation = options.enums === String ? "NONE" : 0;
        }
        if (message.gamma != null && message.hasOwnProperty("gamma"))
            object.gamma = options.json && !isFinite(message.gamma) ? String(message.gamma) : message.gamma;
        if (message.indexOffset != null && message.hasOwnProperty("indexOffset"))
            object.indexOffset = options.json && !isFinite(message.indexOffset) ? String(message.indexOffset) : message.indexOffset;
        if (message.interpolation != null && message.hasOwnProperty("interpolation"))
            object.interpolation = options.enums === String ? $root.IndexMapping.Interpolation[message.interpolation] : message.interpolation;
        return object;
    };
    /**
     * Converts this IndexMapping to JSON.
     * @function toJSON
     * @memberof IndexMapping
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    IndexMapping.prototype.toJSON = function toJSON() {
        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
    };
    /**
     * Interpolation enum.
     * @name IndexMapping.Interpolation
     * @enum {number}
     * @property {number} NONE=0 NONE value
     * @property {number} LINEAR=1 LINEAR value
     * @property {number} QUADRATIC=2 QUADRATIC value
     * @property {number} CUBIC=3 CUBIC value
     */
    IndexMapping.Interpolation = (function () {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "NONE"] = 0;
        values[valuesById[1] = "LINEAR"] = 1;
        values[valuesById[2] = "QUADRATIC"] = 2;
        values[valuesById[3] = "CUBIC"] = 3;
        return values;
    })();
    return IndexMapping;
})();
$root.Store = (function () {
    /**
     * Properties of a Store.
     * @exports IStore
     * @interface IStore
     * @property {Object.<string,number>|null} [binCounts] Store binCounts
     * @property {Array.<number>|null} [contiguousBinCounts] Store contiguousBinCounts
     * @property {number|null} [contiguousBinIndexOffset] Store contiguousBinIndexOffset
     */
    /**
     * Constructs a new Store.
     * @exports Store
     * @classdesc Represents a Store.
     * @implements IStore
     * @constructor
     * @param {IStore=} [properties] Properties to set
     */
    function Store(properties) {
        this.binCounts = {};
        this.contiguousBinCounts = [];
        if (properties)
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                    this[keys[i]] = properties[keys[i]];
    }
    /**
     * Store binCounts.
     * @member {Object.<string,number>} binCounts
     * @memberof Store
     * @instance
     */
    Store.prototype.binCounts = $util.emptyObject;
    /**
     * Store contiguousBinCounts.
     * @member {Array.<number>} contiguousBinCounts
     * @memberof Store
     * @instance
     */
    Store.prototype.contiguousBinCounts = $util.emptyArray;
    /**
     * Store contiguousBinIndexOffset.
     * @member {number} contiguousBinIndexOffset
     * @memberof Store
     * @instance
     */
    Store.prototype.contiguousBinIndexOffset = 0;
    /**
     * Creates a new Store instance using the specified properties.
     * @function create
     * @memberof Store
     * @static
     * @param {IStore=} [properties] Properties to set
     * @returns {Store} Store instance
     */
    Store.create = function create(properties) {
        return new Store(properties);
    };
    /**
     * Encodes the specified Store message. Does not implicitly {@link Store.verify|verify} messages.
     * @function encode
     * @memberof Store
     * @static
     * @param {IStore} message Store message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Store.encode = function encode(message, writer) {
        if (!writer)
            writer = $Writer.create();
        if (message.binCounts != null && Object.hasOwnProperty.call(message, "binCounts"))
            for (var keys = Object.keys(message.binCounts), i = 0; i < keys.length; ++i)
                writer.uint32(/* id 1, wireType 2 =*/ 10).fork().uint32(/* id 1, wireType 0 =*/ 8).sint32(keys[i]).uint32(/* id 2, wireType 1 =*/ 17).double(message.binCounts[keys[i]]).ldelim();
        if (message.contiguousBinCounts != null && message.contiguousBinCounts.length) {
            writer.uint32(/* id 2, wireType 2 =*/ 18).fork();
            for (var i = 0; i < message.contiguousBinCounts.length; ++i)
                writer.double(message.contiguousBinCounts[i]);
            writer.ldelim();
        }
        if (message.contiguousBinIndexOffset != null && Object.hasOwnProperty.call(message, "contiguousBinIndexOffset"))
            writer.uint32(/* id 3, wireType 0 =*/ 24).sint32(message.contiguousBinIndexOffset);
        return writer;
    };
    /**
     * Encodes the specified Store message, length delimited. Does not implicitly {@link Store.verify|verify} messages.
     * @function encodeDelimited
     * @memberof Store
     * @static
     * @param {IStore} message Store message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Store.encodeDelimited = function encodeDelimited(message, writer) {
        return this.encode(message, writer).ldelim();
    };
    /**
     * Decodes a Store message from the specified reader or buffer.
     * @function decode
     * @memberof Store
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {Store} Store
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Store.decode = function decode(reader, length) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        var end = length === undefined ? reader.len : reader.pos + length, message = new $root.Store(), key, value;
        while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
                case 1:
                    if (message.binCounts === $util.emptyObject)
                        message.binCounts = {};
                    var end2 = reader.uint32() + reader.pos;
                    key = 0;
                    value = 0;
                    while (reader.pos < end2) {
                        var tag2 = reader.uint32();
                        switch (tag2 >>> 3) {
                            case 1:
                                key = reader.sint32();
                                break;
                            case 2:
                                value = reader.double();
                                break;
                            default:
                                reader.skipType(tag2 & 7);
                                break;
                        }
                    }
                    message.binCounts[key] = value;
                    break;
                case 2:
                    if (!(message.contiguousBinCounts && message.contiguousBinCounts.length))
                        message.contiguousBinCounts = [];
                    if ((tag & 7) === 2) {
                        var end2 = reader.uint32() + reader.pos;
                        while (reader.pos < end2)
                            message.contiguousBinCounts.push(reader.double());
                    }
                    else
                        message.contiguousBinCounts.push(reader.double());
                    break;
                case 3:
                    message.contiguousBinIndexOffset = reader.sint32();
                    break;
                default:
                    reader.skipType(tag & 7);
                    break;
            }
        }
        return message;
    };
    /**
     * Decodes a Store message from the specified reader or buffer, length delimited.
     * @function decodeDelimited
     * @memberof Store
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @returns {Store} Store
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Store.decodeDelimited = function decodeDelimited(reader) {
        if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
        return this.decode(reader, reader.uint32());
    };
    /**
     * Verifies a Store message.
     * @function verify
     * @memberof Store
     * @static
     * @param {Object.<string,*>} message Plain object to verify
     * @returns {string|null} `null` if valid, otherwise the reason why it is not
     */
    Store.verify = function verify(message) {
        if (typeof message !== "object" || message === null)
            return "object expected";
        if (message.binCounts != null && message.hasOwnProperty("binCounts")) {
            if (!$util.isObject(message.binCounts))
                return "binCounts: object expected";
            var key = Object.keys(message.binCounts);
            for (var i = 0; i < key.length; ++i) {
                if (!$util.key32Re.test(key[i]))
                    return "binCounts: integer key{k:sint32} expected";
                if (typeof message.binCounts[key[i]] !== "number")
                    return "binCounts: number{k:sint32} expected";
            }
        }
        if (message.contiguousBinCounts != null && message.hasOwnProperty("contiguousBinCounts")) {
            if (!Array.isArray(message.contiguousBinCounts))
                return "contiguousBinCounts: array expected";
            for (var i = 0; i < message.contiguousBinCounts.length; ++i)
                if (typeof message.contiguousBinCounts[i] !== "number")
                    return "contiguousBinCounts: number[] expected";
        }
        if (message.contiguousBinIndexOffset != null && message.hasOwnProperty("contiguousBinIndexOffset"))
            if (!$util.isInteger(message.contiguousBinIndexOffset))
                return "contiguousBinIndexOffset: integer expected";
        return null;
    };
    /**
     * Creates a Store message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof Store
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {Store} Store
     */
    Store.fromObject = function fromObject(object) {
        if (object instanceof $root.Store)
            return object;
        var message = new $root.Store();
        if (object.binCounts) {
            if (typeof object.binCounts !== "object")
                throw TypeError(".Store.binCounts: object expected");
            message.binCounts = {};
            for (var keys = Object.keys(object.binCounts), i = 0; i < keys.length; ++i)
                message.binCounts[keys[i]] = Number(object.binCounts[keys[i]]);
        }
        if (object.contiguousBinCounts) {
            if (!Array.isArray(object.contiguousBinCounts))
                throw TypeError(".Store.contiguousBinCounts: array expected");
            message.contiguousBinCounts = [];
            for (var i = 0; i < object.contiguousBinCounts.length; ++i)
                message.contiguousBinCounts[i] = Number(object.contiguousBinCounts[i]);
        }
        if (object.contiguousBinIndexOffset != null)
            message.contiguousBinIndexOffset = object.contiguousBinIndexOffset | 0;
        return message;
    };
    /**
     * Creates a plain object from a Store message. Also converts values to other types if specified.
     * @function toObject
     * @memberof Store
     * @static
     * @param {Store} message Store
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    Store.toObject = function toObject(message, options) {
        if (!options)
            options = {};
        var object = {};
        if (options.arrays || options.defaults)
            object.contiguousBinCounts = [];
        if (options.objects || options.defaults)
            object.binCounts = {};
        if (options.defaults)
            object.contiguousBinIndexOffset = 0;
        var keys2;
        if (message.binCounts && (keys2 = Object.keys(message.binCounts)).length) {
            object.binCounts = {};
            for (var j = 0; j < keys2.length; ++j)
                object.binCounts[keys2[j]] = options.json && !isFinite(message.binCounts[keys2[j]]) ? String(message.binCounts[keys2[j]]) : message.binCounts[keys2[j]];
        }
        if (message.contiguousBinCounts && message.contiguousBinCounts.length) {
            object.contiguousBinCounts = [];
            for (var j = 0; j < message.contiguousBinCounts.length; ++j)
                object.contiguousBinCounts[j] = options.json && !isFinite(message.contiguousBinCounts[j]) ? String(message.contiguousBinCounts[j]) : message.contiguousBinCounts[j];
        }
        if (message.contiguousBinIndexOffset != null && message.hasOwnProperty("contiguousBinIndexOffset"))
            object.contiguousBinIndexOffset = message.contiguousBinIndexOffset;
        return object;
    };
    /**
     * Converts this Store to JSON.
     * @function toJSON
     * @memberof Store
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    Store.prototype.toJSON = function toJSON() {
        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
    };
    return Store;
})();
module.exports = $root;


/***/ }),

/***/ 9185:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollapsingHighestDenseStore = void 0;
var DenseStore_1 = __nccwpck_require__(1365);
var util_1 = __nccwpck_require__(2433);
/**
 * `CollapsingHighestDenseStore` is a dense store that keeps all the bins between
 * the bin for the `minKey` and the `maxKey`, but collapsing the left-most bins
 * if the number of bins exceeds `binLimit`
 */
var CollapsingHighestDenseStore = /** @class */ (function (_super) {
    __extends(CollapsingHighestDenseStore, _super);
    /**
     * Initialize a new CollapsingHighestDenseStore
     *
     * @param binLimit The maximum number of bins
     * @param chunkSize The number of bins to add each time the bins grow (default 128)
     */
    function CollapsingHighestDenseStore(binLimit, chunkSize) {
        var _this = _super.call(this, chunkSize) || this;
        _this.binLimit = binLimit;
        _this.isCollapsed = false;
        return _this;
    }
    /**
     * Merge the contents of the parameter `store` into this store
     *
     * @param store The store to merge into the caller store
     */
    CollapsingHighestDenseStore.prototype.merge = function (store) {
        if (store.count === 0) {
            return;
        }
        if (this.count === 0) {
            this.copy(store);
            return;
        }
        if (store.minKey < this.minKey || store.maxKey > this.maxKey) {
            this._extendRange(store.minKey, store.maxKey);
        }
        var collapseEndIndex = store.maxKey - store.offset + 1;
        var collapseStartIndex = Math.max(this.maxKey + 1, store.minKey) - store.offset;
        if (collapseEndIndex > collapseStartIndex) {
            var collapseCount = (0, util_1.sumOfRange)(store.bins, collapseStartIndex, collapseEndIndex);
            this.bins[this.length() - 1] += collapseCount;
        }
        else {
            collapseStartIndex = collapseEndIndex;
        }
        for (var key = store.minKey; key < collapseStartIndex + store.offset; key++) {
            this.bins[key - this.offset] += store.bins[key - store.offset];
        }
        this.count += store.count;
    };
    /**
     * Directly clone the contents of the parameter `store` into this store
     *
     * @param store The store to be copied into the caller store
     */
    CollapsingHighestDenseStore.prototype.copy = function (store) {
        _super.prototype.copy.call(this, store);
        this.isCollapsed = store.isCollapsed;
    };
    CollapsingHighestDenseStore.prototype._getNewLength = function (newMinKey, newMaxKey) {
        var desiredLength = newMaxKey - newMinKey + 1;
        return Math.min(this.chunkSize * Math.ceil(desiredLength / this.chunkSize), this.binLimit);
    };
    /**
     * Adjust the `bins`, the `offset`, the `minKey`, and the `maxKey`
     * without resizing the bins, in order to try to make it fit the specified range.
     * Collapse to the left if necessary
     */
    CollapsingHighestDenseStore.prototype._adjust = function (newMinKey, newMaxKey) {
        if (newMaxKey - newMinKey + 1 > this.length()) {
            // The range of keys is too wide, the lowest bins need to be collapsed
            newMaxKey = newMinKey + this.length() + 1;
            if (newMaxKey <= this.minKey) {
                // Put everything in the first bin
                this.offset = newMinKey;
                this.maxKey = newMaxKey;
                this.bins.fill(0);
                this.bins[this.length() - 1] = this.count;
            }
            else {
                var shift = this.offset - newMinKey;
                if (shift > 0) {
                    var collapseStartIndex = newMaxKey - this.offset + 1;
                    var collapseEndIndex = this.maxKey - this.offset + 1;
                    var collapsedCount = (0, util_1.sumOfRange)(this.bins, collapseStartIndex, collapseEndIndex);
                    this.bins.fill(0, collapseStartIndex, collapseEndIndex);
                    this.bins[collapseStartIndex - 1] += collapsedCount;
                    this.maxKey = newMaxKey;
                    this._shiftBins(shift);
                }
                else {
                    this.maxKey = newMaxKey;
                    // Shift the buckets to make room for newMinKey
                    this._shiftBins(shift);
                }
                this.minKey = newMinKey;
                this.isCollapsed = true;
            }
        }
        else {
            this._centerBins(newMinKey, newMaxKey);
            this.minKey = newMinKey;
            this.maxKey = newMaxKey;
        }
    };
    /** Calculate the bin index for the key, extending the range if necessary */
    CollapsingHighestDenseStore.prototype._getIndex = function (key) {
        if (key < this.minKey) {
            if (this.isCollapsed) {
                return this.length() - 1;
            }
            this._extendRange(key);
            if (this.isCollapsed) {
                return this.length() - 1;
            }
        }
        else if (key > this.maxKey) {
            this._extendRange(key);
        }
        return key - this.offset;
    };
    return CollapsingHighestDenseStore;
}(DenseStore_1.DenseStore));
exports.CollapsingHighestDenseStore = CollapsingHighestDenseStore;


/***/ }),

/***/ 5935:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollapsingLowestDenseStore = void 0;
var DenseStore_1 = __nccwpck_require__(1365);
var util_1 = __nccwpck_require__(2433);
/**
 * `CollapsingLowestDenseStore` is a dense store that keeps all the bins between
 * the bin for the `minKey` and the `maxKey`, but collapsing the left-most bins
 * if the number of bins exceeds `binLimit`
 */
var CollapsingLowestDenseStore = /** @class */ (function (_super) {
    __extends(CollapsingLowestDenseStore, _super);
    /**
     * Initialize a new CollapsingLowestDenseStore
     *
     * @param binLimit The maximum number of bins
     * @param chunkSize The number of bins to add each time the bins grow (default 128)
     */
    function CollapsingLowestDenseStore(binLimit, chunkSize) {
        var _this = _super.call(this, chunkSize) || this;
        _this.binLimit = binLimit;
        _this.isCollapsed = false;
        return _this;
    }
    /**
     * Merge the contents of the parameter `store` into this store
     *
     * @param store The store to merge into the caller store
     */
    CollapsingLowestDenseStore.prototype.merge = function (store) {
        if (store.count === 0) {
            return;
        }
        if (this.count === 0) {
            this.copy(store);
            return;
        }
        if (store.minKey < this.minKey || store.maxKey > this.maxKey) {
            this._extendRange(store.minKey, store.maxKey);
        }
        var collapseStartIndex = store.minKey - store.offset;
        var collapseEndIndex = Math.min(this.minKey, store.maxKey + 1) - store.offset;
        if (collapseEndIndex > collapseStartIndex) {
            var collapseCount = (0, util_1.sumOfRange)(store.bins, collapseStartIndex, collapseEndIndex);
            this.bins[0] += collapseCount;
        }
        else {
            collapseEndIndex = collapseStartIndex;
        }
        for (var key = collapseEndIndex + store.offset; key < store.maxKey + 1; key++) {
            this.bins[key - this.offset] += store.bins[key - store.offset];
        }
        this.count += store.count;
    };
    /**
     * Directly clone the contents of the parameter `store` into this store
     *
     * @param store The store to be copied into the caller store
     */
    CollapsingLowestDenseStore.prototype.copy = function (store) {
        _super.prototype.copy.call(this, store);
        this.isCollapsed = store.isCollapsed;
    };
    CollapsingLowestDenseStore.prototype._getNewLength = function (newMinKey, newMaxKey) {
        var desiredLength = newMaxKey - newMinKey + 1;
        return Math.min(this.chunkSize * Math.ceil(desiredLength / this.chunkSize), this.binLimit);
    };
    /**
     * Adjust the `bins`, the `offset`, the `minKey`, and the `maxKey`
     * without resizing the bins, in order to try to make it fit the specified range.
     * Collapse to the left if necessary
     */
    CollapsingLowestDenseStore.prototype._adjust = function (newMinKey, newMaxKey) {
        if (newMaxKey - newMinKey + 1 > this.length()) {
            // The range of keys is too wide, the lowest bins need to be collapsed
            newMinKey = newMaxKey - this.length() + 1;
            if (newMinKey >= this.maxKey) {
                // Put everything in the first bin
                this.offset = newMinKey;
                this.minKey = newMinKey;
                this.bins.fill(0);
                this.bins[0] = this.count;
            }
            else {
                var shift = this.offset - newMinKey;
                if (shift < 0) {
                    var collapseStartIndex = this.minKey - this.offset;
                    var collapseEndIndex = newMinKey - this.offset;
                    var collapsedCount = (0, util_1.sumOfRange)(this.bins, collapseStartIndex, collapseEndIndex);
                    this.bins.fill(0, collapseStartIndex, collapseEndIndex);
                    this.bins[collapseEndIndex] += collapsedCount;
                    this.minKey = newMinKey;
                    this._shiftBins(shift);
                }
                else {
                    this.minKey = newMinKey;
                    // Shift the buckets to make room for newMinKey
                    this._shiftBins(shift);
                }
            }
            this.maxKey = newMaxKey;
            this.isCollapsed = true;
        }
        else {
            this._centerBins(newMinKey, newMaxKey);
            this.minKey = newMinKey;
            this.maxKey = newMaxKey;
        }
    };
    /** Calculate the bin index for the key, extending the range if necessary */
    CollapsingLowestDenseStore.prototype._getIndex = function (key) {
        if (key < this.minKey) {
            if (this.isCollapsed) {
                return 0;
            }
            this._extendRange(key);
            if (this.isCollapsed) {
                return 0;
            }
        }
        else if (key > this.maxKey) {
            this._extendRange(key);
        }
        return key - this.offset;
    };
    return CollapsingLowestDenseStore;
}(DenseStore_1.DenseStore));
exports.CollapsingLowestDenseStore = CollapsingLowestDenseStore;


/***/ }),

/***/ 1365:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DenseStore = void 0;
var util_1 = __nccwpck_require__(2433);
/** The default number of bins to grow when necessary */
var CHUNK_SIZE = 128;
/**
 * `DenseStore` is a store that keeps all the bins between
 * the bin for the `minKey` and the `maxKey`.
 */
var DenseStore = /** @class */ (function () {
    /**
     * Initialize a new DenseStore
     *
     * @param chunkSize The number of bins to add each time the bins grow (default 128)
     */
    function DenseStore(chunkSize) {
        if (chunkSize === void 0) { chunkSize = CHUNK_SIZE; }
        this.chunkSize = chunkSize;
        this.bins = [];
        this.count = 0;
        this.minKey = Infinity;
        this.maxKey = -Infinity;
        this.offset = 0;
    }
    /**
     * Update the counter at the specified index key, growing the number of bins if necessary
     *
     * @param key The key of the index to update
     * @param weight The amount to weight the key (default 1.0)
     */
    DenseStore.prototype.add = function (key, weight) {
        if (weight === void 0) { weight = 1; }
        var index = this._getIndex(key);
        this.bins[index] += weight;
        this.count += weight;
    };
    /**
     * Return the key for the value at the given rank
     *
     * E.g., if the non-zero bins are [1, 1] for keys a, b with no offset
     *
     * if lower = True:
     *     keyAtRank(x) = a for x in [0, 1)
     *     keyAtRank(x) = b for x in [1, 2)
     * if lower = False:
     *     keyAtRank(x) = a for x in (-1, 0]
     *     keyAtRank(x) = b for x in (0, 1]
     *
     * @param rank The rank at which to retrieve the key
     */
    DenseStore.prototype.keyAtRank = function (rank, lower) {
        if (lower === void 0) { lower = true; }
        var runningCount = 0;
        for (var i = 0; i < this.length(); i++) {
            var bin = this.bins[i];
            runningCount += bin;
            if ((lower && runningCount > rank) ||
                (!lower && runningCount >= rank + 1)) {
                return i + this.offset;
            }
        }
        return this.maxKey;
    };
    /**
     * Merge the contents of the parameter `store` into this store
     *
     * @param store The store to merge into the caller store
     */
    DenseStore.prototype.merge = function (store) {
        if (store.count === 0) {
            return;
        }
        if (this.count === 0) {
            this.copy(store);
            return;
        }
        if (store.minKey < this.minKey || store.maxKey > this.maxKey) {
            this._extendRange(store.minKey, store.maxKey);
        }
        var collapseStartIndex = store.minKey - store.offset;
        var collapseEndIndex = Math.min(this.minKey, store.maxKey + 1) - store.offset;
        if (collapseEndIndex > collapseStartIndex) {
            var collapseCount = (0, util_1.sumOfRange)(store.bins, collapseStartIndex, collapseEndIndex);
            this.bins[0] += collapseCount;
        }
        else {
            collapseEndIndex = collapseStartIndex;
        }
        for (var key = collapseEndIndex + store.offset; key < store.maxKey + 1; key++) {
            this.bins[key - this.offset] += store.bins[key - store.offset];
        }
        this.count += store.count;
    };
    /**
     * Directly clone the contents of the parameter `store` into this store
     *
     * @param store The store to be copied into the caller store
     */
    DenseStore.prototype.copy = function (store) {
        this.bins = __spreadArray([], store.bins, true);
        this.count = store.count;
        this.minKey = store.minKey;
        this.maxKey = store.maxKey;
        this.offset = store.offset;
    };
    /**
     * Return the length of the underlying storage (`bins`)
     */
    DenseStore.prototype.length = function () {
        return this.bins.length;
    };
    DenseStore.prototype._getNewLength = function (newMinKey, newMaxKey) {
        var desiredLength = newMaxKey - newMinKey + 1;
        return this.chunkSize * Math.ceil(desiredLength / this.chunkSize);
    };
    /**
     * Adjust the `bins`, the `offset`, the `minKey`, and the `maxKey`
     * without resizing the bins, in order to try to make it fit the specified range.
     * Collapse to the left if necessary
     */
    DenseStore.prototype._adjust = function (newMinKey, newMaxKey) {
        this._centerBins(newMinKey, newMaxKey);
        this.minKey = newMinKey;
        this.maxKey = newMaxKey;
    };
    /** Shift the bins by `shift`. This changes the `offset` */
    DenseStore.prototype._shiftBins = function (shift) {
        var _a, _b;
        if (shift > 0) {
            this.bins = this.bins.slice(0, -shift);
            (_a = this.bins).unshift.apply(_a, new Array(shift).fill(0));
        }
        else {
            this.bins = this.bins.slice(Math.abs(shift));
            (_b = this.bins).push.apply(_b, new Array(Math.abs(shift)).fill(0));
        }
        this.offset -= shift;
    };
    /** Center the bins. This changes the `offset` */
    DenseStore.prototype._centerBins = function (newMinKey, newMaxKey) {
        var middleKey = newMinKey + Math.floor((newMaxKey - newMinKey + 1) / 2);
        this._shiftBins(Math.floor(this.offset + this.length() / 2) - middleKey);
    };
    /** Grow the bins as necessary, and call _adjust */
    DenseStore.prototype._extendRange = function (key, secondKey) {
        var _a;
        secondKey = secondKey || key;
        var newMinKey = Math.min(key, secondKey, this.minKey);
        var newMaxKey = Math.max(key, secondKey, this.maxKey);
        if (this.length() === 0) {
            this.bins = new Array(this._getNewLength(newMinKey, newMaxKey)).fill(0);
            this.offset = newMinKey;
            this._adjust(newMinKey, newMaxKey);
        }
        else if (newMinKey >= this.minKey &&
            newMaxKey < this.offset + this.length()) {
            // No need to change the range, just update the min and max keys
            this.minKey = newMinKey;
            this.maxKey = newMaxKey;
        }
        else {
            // Grow the bins
            var newLength = this._getNewLength(newMinKey, newMaxKey);
            if (newLength > this.length()) {
                (_a = this.bins).push.apply(_a, new Array(newLength - this.length()).fill(0));
            }
            this._adjust(newMinKey, newMaxKey);
        }
    };
    /** Calculate the bin index for the key, extending the range if necessary */
    DenseStore.prototype._getIndex = function (key) {
        if (key < this.minKey) {
            this._extendRange(key);
        }
        else if (key > this.maxKey) {
            this._extendRange(key);
        }
        return key - this.offset;
    };
    DenseStore.prototype.toProto = function () {
        var ProtoStore = (__nccwpck_require__(1187).Store);
        return ProtoStore.create({
            contiguousBinCounts: this.bins,
            contiguousBinIndexOffset: this.offset
        });
    };
    DenseStore.fromProto = function (protoStore) {
        if (!protoStore ||
            /* Double equals (==) is intentional here to check for
             * `null` | `undefined` without including `0` */
            protoStore.contiguousBinCounts == null ||
            protoStore.contiguousBinIndexOffset == null) {
            throw Error('Failed to decode store from protobuf');
        }
        var store = new this();
        var index = protoStore.contiguousBinIndexOffset;
        store.offset = index;
        for (var _i = 0, _a = protoStore.contiguousBinCounts; _i < _a.length; _i++) {
            var count = _a[_i];
            store.add(index, count);
            index += 1;
        }
        return store;
    };
    return DenseStore;
}());
exports.DenseStore = DenseStore;


/***/ }),

/***/ 5097:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollapsingHighestDenseStore = exports.CollapsingLowestDenseStore = exports.DenseStore = void 0;
var DenseStore_1 = __nccwpck_require__(1365);
Object.defineProperty(exports, "DenseStore", ({ enumerable: true, get: function () { return DenseStore_1.DenseStore; } }));
var CollapsingLowestDenseStore_1 = __nccwpck_require__(5935);
Object.defineProperty(exports, "CollapsingLowestDenseStore", ({ enumerable: true, get: function () { return CollapsingLowestDenseStore_1.CollapsingLowestDenseStore; } }));
var CollapsingHighestDenseStore_1 = __nccwpck_require__(9185);
Object.defineProperty(exports, "CollapsingHighestDenseStore", ({ enumerable: true, get: function () { return CollapsingHighestDenseStore_1.CollapsingHighestDenseStore; } }));


/***/ }),

/***/ 2433:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sumOfRange = void 0;
/**
 * Return the sum of the values from range `start` to `end` in `array`
 */
var sumOfRange = function (array, start, end) {
    var sum = 0;
    for (var i = start; i <= end; i++) {
        sum += array[i];
    }
    return sum;
};
exports.sumOfRange = sumOfRange;


/***/ }),

/***/ 7054:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(4387), exports);


/***/ }),

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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5949);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5949:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

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
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
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
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/map-limited.ts
/**
 * `work` over the items, at most `limit` at a time; results in the items' order. After a failure no
 * new item starts, and the call settles only when the ones under way have (a caller holding a lock
 * keeps it until then), with the first error.
 */
async function mapLimited(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && !failure) {
            const index = next++;
            try {
                results[index] = await work(items[index]);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
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
        const body = external_node_stream_namespaceObject.Readable.fromWeb(data);
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
        this.location = external_node_path_default().resolve(options.directory);
    }
    resolve(file) {
        const full = external_node_path_default().resolve(this.location, file);
        if (!full.startsWith(this.location + (external_node_path_default()).sep) && full !== this.location)
            throw new Error(`path '${file}' leaves the store ${this.location}`);
        return full;
    }
    async revision() {
        try {
            return (await external_node_fs_namespaceObject.promises.readFile(external_node_path_default().join(this.location, '.shipgate-revision'), 'utf8')).trim() || undefined;
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
            read: (file) => attempt(() => (0,external_node_fs_namespaceObject.readFileSync)(this.resolve(file), 'utf8')),
            readBytes: (file) => attempt(() => (0,external_node_fs_namespaceObject.readFileSync)(this.resolve(file))),
            readRange: (file, start, end) => attempt(() => readRangeSync(this.resolve(file), start, end)),
            list: async (folder) => {
                try {
                    const entries = (0,external_node_fs_namespaceObject.readdirSync)(this.resolve(folder || '.'), { withFileTypes: true });
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
        await external_node_fs_namespaceObject.promises.mkdir(this.location, { recursive: true });
        const lock = await retryOnConflict(this.options, () => this.lock(), `locking ${this.location}`);
        try {
            const revision = await this.revision();
            const snapshot = this.snapshotNow(revision);
            const { changes, result } = await mutate(snapshot);
            const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256')
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
                    await external_node_fs_namespaceObject.promises.rm(this.resolve(file));
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
            await writeAtomically(external_node_path_default().join(this.location, '.shipgate-revision'), `${next}\n`);
            return { result, revision: next, attempts: 1 };
        }
        finally {
            await lock.close();
            await external_node_fs_namespaceObject.promises.rm(external_node_path_default().join(this.location, LOCK_FILE), { force: true });
        }
    }
    async lock() {
        const file = external_node_path_default().join(this.location, LOCK_FILE);
        try {
            const handle = await external_node_fs_namespaceObject.promises.open(file, 'wx');
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
            const [stat, owner] = await Promise.all([external_node_fs_namespaceObject.promises.stat(file), external_node_fs_namespaceObject.promises.readFile(file, 'utf8')]);
            const pid = Number(owner.trim());
            const ownerGone = pid > 0 && !isAlive(pid);
            if (ownerGone || Date.now() - stat.mtimeMs > (this.options.staleLockMs ?? 60_000))
                await external_node_fs_namespaceObject.promises.rm(file, { force: true });
        }
        catch {
            // The lock went away meanwhile: the next attempt takes it.
        }
    }
}
const WRITE_CONCURRENCY = 16;
/** Bytes [start, end) of a file (fewer if it is shorter) and its size. */
function readRangeSync(file, start, end) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
        const bytes = Buffer.allocUnsafe(Math.max(0, Math.min(end, size) - start));
        let read = 0;
        while (read < bytes.length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, read, bytes.length - read, start + read);
            if (n === 0)
                break;
            read += n;
        }
        return { bytes: bytes.subarray(0, read), size };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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
    await external_node_fs_namespaceObject.promises.mkdir(external_node_path_default().dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await external_node_fs_namespaceObject.promises.writeFile(temporary, content);
    await external_node_fs_namespaceObject.promises.rename(temporary, file);
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
        throw new errors/* InputError */.dz(where.input, `${lineRef(line)}: ${first.message.split('\n')[0]}`, where.expected);
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
        throw new errors/* InputError */.dz(where.input, `${lineRef(line)}: ${subject}${describe(error)}`, where.expected);
    }
    const line = (path) => lineOf(yaml, document, lineCounter, path.map((part) => `/${part}`).join(''));
    return {
        data: data,
        line,
        fail: (path, problem) => {
            throw new errors/* InputError */.dz(where.input, `${lineRef(line(path))}: ${problem}`, where.expected);
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
    const absolute = path.resolve(file);
    await fs.mkdir(path.dirname(absolute), { recursive: true });
    await fs.writeFile(absolute, `${JSON.stringify(data, null, 2)}\n`);
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
















;// CONCATENATED MODULE: ../../packages/core/src/sla/budget-evidence.ts
function budgetEvidence(slo, minimum) {
    const coverage = Number((100 * slo.coverage).toFixed(2));
    const known = slo.samples >= minimum.minSamples && coverage >= minimum.minCoverage;
    return {
        known,
        samples: slo.samples,
        coverage,
        ...(known ? {} : { reason: notEnoughData(slo.samples, coverage) }),
    };
}
function notEnoughData(samples, coveragePercent) {
    return `not enough data (${samples} sample${samples === 1 ? '' : 's'}, ${coveragePercent} % coverage)`;
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/sli.ts
const round = (value, digits = 4) => value === undefined || !Number.isFinite(value) ? undefined : Number(value.toFixed(digits));
function burnRate(totals, slo) {
    if (totals.coveredMs <= 0)
        return undefined;
    const bad = totals.downMs / totals.coveredMs;
    return bad / (1 - slo.uptime / 100);
}
function figures(totals, slo, window) {
    const windowMs = Math.max(1, window.to - window.from);
    const covered = totals.coveredMs > 0;
    const sli = covered ? (totals.coveredMs - totals.downMs) / totals.coveredMs : undefined;
    const consumed = sli === undefined ? undefined : (1 - sli) / (1 - slo.uptime / 100);
    const errorRate = totals.attempts > 0 ? (100 * totals.errors) / totals.attempts : undefined;
    const p95 = totals.latency.quantile(0.95);
    const within = totals.latency.fractionAtOrBelow(slo['latency-p95-ms']);
    return {
        'window-start': new Date(window.from).toISOString(),
        'window-end': new Date(window.to).toISOString(),
        samples: totals.samples,
        coverage: round(Math.min(1, totals.coveredMs / windowMs)),
        uptime: round(sli === undefined ? undefined : 100 * sli),
        'error-rate': round(errorRate),
        'latency-p50-ms': round(totals.latency.quantile(0.5), 1),
        'latency-p95-ms': round(p95, 1),
        'latency-p99-ms': round(totals.latency.quantile(0.99), 1),
        'latency-within-slo': round(within === undefined ? undefined : 100 * within),
        'degraded-minutes': round(totals.degradedMs / 60_000, 2),
        'downtime-minutes': round(totals.downMs / 60_000, 2),
        incidents: totals.incidents.length,
        'budget-minutes': round((windowMs / 60_000) * (1 - slo.uptime / 100), 2),
        'budget-consumed': round(consumed === undefined ? undefined : 100 * consumed, 2),
        'budget-remaining': round(consumed === undefined ? undefined : 100 * (1 - consumed), 2),
        'budget-exhausted': consumed !== undefined && consumed >= 1,
        'burn-rate': round(consumed),
        'slo-met': {
            uptime: sli === undefined ? undefined : 100 * sli >= slo.uptime,
            latency: p95 === undefined ? undefined : p95 <= slo['latency-p95-ms'],
            'error-rate': errorRate === undefined ? undefined : errorRate <= slo['error-rate'],
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/burn-rate.ts

const BURN_WINDOWS = {
    '5m': 5 * 60_000,
    '30m': 30 * 60_000,
    '1h': 3_600_000,
    '6h': 6 * 3_600_000,
    '3d': 3 * 86_400_000,
};
/** The multi-window, multi-burn-rate rules of the SRE Workbook (chapter 5, recommendation 6). */
const BURN_RULES = [
    { severity: 'page', long: '1h', short: '5m', factor: 14.4 },
    { severity: 'page', long: '6h', short: '30m', factor: 6 },
    { severity: 'ticket', long: '3d', short: '6h', factor: 1 },
];
function windowBurn(totals, slo) {
    return { burn: burnRate(totals, slo), samples: totals.samples, bad: totals.down };
}
/**
 * Alerts that fire: both windows of a rule burn at or above its factor. Probes are low traffic, so the
 * long window must hold at least `minSamples` samples and at least `minBad` down samples, and the
 * short window at least one sample: one failed probe never pages on its own.
 */
function evaluateAlerts(burns, options) {
    const minBad = options.minBad ?? 2;
    const alerts = [];
    for (const rule of BURN_RULES) {
        const long = burns[rule.long];
        const short = burns[rule.short];
        if (long.burn === undefined || short.burn === undefined)
            continue;
        if (long.samples < options.minSamples || long.bad < minBad || short.samples < 1)
            continue;
        if (long.burn >= rule.factor && short.burn >= rule.factor)
            alerts.push({
                severity: rule.severity,
                rule: `${rule.factor}× over ${rule.long} and ${rule.short}`,
                factor: rule.factor,
                'long-burn': Number(long.burn.toFixed(2)),
                'short-burn': Number(short.burn.toFixed(2)),
            });
    }
    return alerts;
}
/** Share of the budget whose consumption opens a ticket, whatever the burn rate (Google SRE best practice). */
const BUDGET_ALERT_CONSUMED = 80;
/**
 * The budget alert: 80 % of the error budget over the SLO window is spent. Only a known budget can
 * alert (an unknown one is reported as such, never as spent or safe).
 */
function budgetAlert(slo, known, burn1h) {
    const consumed = slo['budget-consumed'];
    if (!known || consumed === undefined || consumed < BUDGET_ALERT_CONSUMED)
        return undefined;
    return {
        severity: 'ticket',
        rule: `${BUDGET_ALERT_CONSUMED} % of the error budget consumed (${consumed} % spent over the SLO window)`,
        factor: BUDGET_ALERT_CONSUMED / 100,
        'long-burn': Number((consumed / 100).toFixed(2)),
        'short-burn': Number((burn1h ?? 0).toFixed(2)),
    };
}
function worstSeverity(alerts) {
    if (alerts.some((a) => a.severity === 'page'))
        return 'page';
    return alerts.length > 0 ? 'ticket' : undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/config-validator.generated.ts
// Generated by scripts/validators.ts from SLA_CONFIG_SCHEMA (packages/core/src/sla/config.ts): do not edit.
// npm run build writes it again; check:dist fails when it is stale.
/* eslint-disable */
// @ts-nocheck
const validate = validate0;
/* harmony default export */ const config_validator_generated = ((/* unused pure expression or super */ null && (validate0)));
const schema0 = {
    type: 'object',
    additionalProperties: false,
    required: ['services'],
    properties: {
        'probe-interval': {
            type: 'string',
            pattern: '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P',
            default: '5m',
        },
        services: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'url'],
                properties: {
                    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
                    url: { type: 'string', pattern: '^https?://' },
                    method: {
                        enum: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'get', 'head', 'post', 'put', 'options'],
                        default: 'GET',
                    },
                    headers: { type: 'object', additionalProperties: { type: 'string' }, default: {} },
                    'expected-status': {
                        anyOf: [
                            { type: 'integer', minimum: 100, maximum: 599 },
                            { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } },
                        ],
                        default: 200,
                    },
                    timeout: { type: 'string', pattern: '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P', default: '10s' },
                    environment: { type: 'string', minLength: 1 },
                    slo: {
                        type: 'object',
                        additionalProperties: false,
                        default: {},
                        properties: {
                            uptime: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100, default: 99.9 },
                            'latency-p95-ms': { type: 'number', exclusiveMinimum: 0, default: 200 },
                            'error-rate': { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100, default: 0.1 },
                            window: { type: 'string', pattern: '^[1-9][0-9]{0,2}d$', default: '30d' },
                        },
                    },
                },
            },
        },
    },
};
const pattern0 = new RegExp('^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P', 'u');
const pattern1 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', 'u');
const pattern2 = new RegExp('^https?://', 'u');
const pattern4 = new RegExp('^[1-9][0-9]{0,2}d$', 'u');
const func0 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
function validate0(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data['probe-interval'] === undefined) {
            data['probe-interval'] = '5m';
        }
        if (data.services === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'services' },
                message: "must have required property '" + 'services' + "'",
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'probe-interval' || key0 === 'services')) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        let data0 = data['probe-interval'];
        if (typeof data0 === 'string') {
            if (!pattern0.test(data0)) {
                const err2 = {
                    instancePath: instancePath + '/probe-interval',
                    schemaPath: '#/properties/probe-interval/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P' },
                    message: 'must match pattern "' + '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P' + '"',
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = {
                instancePath: instancePath + '/probe-interval',
                schemaPath: '#/properties/probe-interval/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
            };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.services !== undefined) {
            let data1 = data.services;
            if (Array.isArray(data1)) {
                if (data1.length < 1) {
                    const err4 = {
                        instancePath: instancePath + '/services',
                        schemaPath: '#/properties/services/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                        if (data2.method === undefined) {
                            data2.method = 'GET';
                        }
                        if (data2.headers === undefined) {
                            data2.headers = {};
                        }
                        if (data2['expected-status'] === undefined) {
                            data2['expected-status'] = 200;
                        }
                        if (data2.timeout === undefined) {
                            data2.timeout = '10s';
                        }
                        if (data2.slo === undefined) {
                            data2.slo = {};
                        }
                        if (data2.name === undefined) {
                            const err5 = {
                                instancePath: instancePath + '/services/' + i0,
                                schemaPath: '#/properties/services/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'name' },
                                message: "must have required property '" + 'name' + "'",
                            };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (data2.url === undefined) {
                            const err6 = {
                                instancePath: instancePath + '/services/' + i0,
                                schemaPath: '#/properties/services/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'url' },
                                message: "must have required property '" + 'url' + "'",
                            };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        for (const key1 in data2) {
                            if (!(key1 === 'name' ||
                                key1 === 'url' ||
                                key1 === 'method' ||
                                key1 === 'headers' ||
                                key1 === 'expected-status' ||
                                key1 === 'timeout' ||
                                key1 === 'environment' ||
                                key1 === 'slo')) {
                                const err7 = {
                                    instancePath: instancePath + '/services/' + i0,
                                    schemaPath: '#/properties/services/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key1 },
                                    message: 'must NOT have additional properties',
                                };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data2.name !== undefined) {
                            let data3 = data2.name;
                            if (typeof data3 === 'string') {
                                if (!pattern1.test(data3)) {
                                    const err8 = {
                                        instancePath: instancePath + '/services/' + i0 + '/name',
                                        schemaPath: '#/properties/services/items/properties/name/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
                                        message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' + '"',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err8];
                                    }
                                    else {
                                        vErrors.push(err8);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err9 = {
                                    instancePath: instancePath + '/services/' + i0 + '/name',
                                    schemaPath: '#/properties/services/items/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data2.url !== undefined) {
                            let data4 = data2.url;
                            if (typeof data4 === 'string') {
                                if (!pattern2.test(data4)) {
                                    const err10 = {
                                        instancePath: instancePath + '/services/' + i0 + '/url',
                                        schemaPath: '#/properties/services/items/properties/url/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^https?://' },
                                        message: 'must match pattern "' + '^https?://' + '"',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err11 = {
                                    instancePath: instancePath + '/services/' + i0 + '/url',
                                    schemaPath: '#/properties/services/items/properties/url/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        let data5 = data2.method;
                        if (!(data5 === 'GET' ||
                            data5 === 'HEAD' ||
                            data5 === 'POST' ||
                            data5 === 'PUT' ||
                            data5 === 'OPTIONS' ||
                            data5 === 'get' ||
                            data5 === 'head' ||
                            data5 === 'post' ||
                            data5 === 'put' ||
                            data5 === 'options')) {
                            const err12 = {
                                instancePath: instancePath + '/services/' + i0 + '/method',
                                schemaPath: '#/properties/services/items/properties/method/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema0.properties.services.items.properties.method.enum },
                                message: 'must be equal to one of the allowed values',
                            };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        let data6 = data2.headers;
                        if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                            for (const key2 in data6) {
                                if (typeof data6[key2] !== 'string') {
                                    const err13 = {
                                        instancePath: instancePath +
                                            '/services/' +
                                            i0 +
                                            '/headers/' +
                                            key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/services/items/properties/headers/additionalProperties/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err14 = {
                                instancePath: instancePath + '/services/' + i0 + '/headers',
                                schemaPath: '#/properties/services/items/properties/headers/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                            };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        let data8 = data2['expected-status'];
                        const _errs20 = errors;
                        let valid5 = false;
                        const _errs21 = errors;
                        if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
                            const err15 = {
                                instancePath: instancePath + '/services/' + i0 + '/expected-status',
                                schemaPath: '#/properties/services/items/properties/expected-status/anyOf/0/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                            };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        if (typeof data8 == 'number') {
                            if (data8 > 599 || isNaN(data8)) {
                                const err16 = {
                                    instancePath: instancePath + '/services/' + i0 + '/expected-status',
                                    schemaPath: '#/properties/services/items/properties/expected-status/anyOf/0/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 599 },
                                    message: 'must be <= 599',
                                };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                            if (data8 < 100 || isNaN(data8)) {
                                const err17 = {
                                    instancePath: instancePath + '/services/' + i0 + '/expected-status',
                                    schemaPath: '#/properties/services/items/properties/expected-status/anyOf/0/minimum',
                                    keyword: 'minimum',
                                    params: { comparison: '>=', limit: 100 },
                                    message: 'must be >= 100',
                                };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        var _valid0 = _errs21 === errors;
                        valid5 = valid5 || _valid0;
                        if (!valid5) {
                            const _errs23 = errors;
                            if (Array.isArray(data8)) {
                                if (data8.length < 1) {
                                    const err18 = {
                                        instancePath: instancePath + '/services/' + i0 + '/expected-status',
                                        schemaPath: '#/properties/services/items/properties/expected-status/anyOf/1/minItems',
                                        keyword: 'minItems',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 items',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                                const len1 = data8.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data9 = data8[i1];
                                    if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
                                        const err19 = {
                                            instancePath: instancePath + '/services/' + i0 + '/expected-status/' + i1,
                                            schemaPath: '#/properties/services/items/properties/expected-status/anyOf/1/items/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err19];
                                        }
                                        else {
                                            vErrors.push(err19);
                                        }
                                        errors++;
                                    }
                                    if (typeof data9 == 'number') {
                                        if (data9 > 599 || isNaN(data9)) {
                                            const err20 = {
                                                instancePath: instancePath + '/services/' + i0 + '/expected-status/' + i1,
                                                schemaPath: '#/properties/services/items/properties/expected-status/anyOf/1/items/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 599 },
                                                message: 'must be <= 599',
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err20];
                                            }
                                            else {
                                                vErrors.push(err20);
                                            }
                                            errors++;
                                        }
                                        if (data9 < 100 || isNaN(data9)) {
                                            const err21 = {
                                                instancePath: instancePath + '/services/' + i0 + '/expected-status/' + i1,
                                                schemaPath: '#/properties/services/items/properties/expected-status/anyOf/1/items/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 100 },
                                                message: 'must be >= 100',
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err21];
                                            }
                                            else {
                                                vErrors.push(err21);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err22 = {
                                    instancePath: instancePath + '/services/' + i0 + '/expected-status',
                                    schemaPath: '#/properties/services/items/properties/expected-status/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                            var _valid0 = _errs23 === errors;
                            valid5 = valid5 || _valid0;
                        }
                        if (!valid5) {
                            const err23 = {
                                instancePath: instancePath + '/services/' + i0 + '/expected-status',
                                schemaPath: '#/properties/services/items/properties/expected-status/anyOf',
                                keyword: 'anyOf',
                                params: {},
                                message: 'must match a schema in anyOf',
                            };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs20;
                            if (vErrors !== null) {
                                if (_errs20) {
                                    vErrors.length = _errs20;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        let data10 = data2.timeout;
                        if (typeof data10 === 'string') {
                            if (!pattern0.test(data10)) {
                                const err24 = {
                                    instancePath: instancePath + '/services/' + i0 + '/timeout',
                                    schemaPath: '#/properties/services/items/properties/timeout/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P' },
                                    message: 'must match pattern "' + '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P' + '"',
                                };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err25 = {
                                instancePath: instancePath + '/services/' + i0 + '/timeout',
                                schemaPath: '#/properties/services/items/properties/timeout/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                            };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                        if (data2.environment !== undefined) {
                            let data11 = data2.environment;
                            if (typeof data11 === 'string') {
                                if (func0(data11) < 1) {
                                    const err26 = {
                                        instancePath: instancePath + '/services/' + i0 + '/environment',
                                        schemaPath: '#/properties/services/items/properties/environment/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err27 = {
                                    instancePath: instancePath + '/services/' + i0 + '/environment',
                                    schemaPath: '#/properties/services/items/properties/environment/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        let data12 = data2.slo;
                        if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                            if (data12.uptime === undefined) {
                                data12.uptime = 99.9;
                            }
                            if (data12['latency-p95-ms'] === undefined) {
                                data12['latency-p95-ms'] = 200;
                            }
                            if (data12['error-rate'] === undefined) {
                                data12['error-rate'] = 0.1;
                            }
                            if (data12.window === undefined) {
                                data12.window = '30d';
                            }
                            for (const key3 in data12) {
                                if (!(key3 === 'uptime' ||
                                    key3 === 'latency-p95-ms' ||
                                    key3 === 'error-rate' ||
                                    key3 === 'window')) {
                                    const err28 = {
                                        instancePath: instancePath + '/services/' + i0 + '/slo',
                                        schemaPath: '#/properties/services/items/properties/slo/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key3 },
                                        message: 'must NOT have additional properties',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                            let data13 = data12.uptime;
                            if (typeof data13 == 'number') {
                                if (data13 >= 100 || isNaN(data13)) {
                                    const err29 = {
                                        instancePath: instancePath + '/services/' + i0 + '/slo/uptime',
                                        schemaPath: '#/properties/services/items/properties/slo/properties/uptime/exclusiveMaximum',
                                        keyword: 'exclusiveMaximum',
                                        params: { comparison: '<', limit: 100 },
                                        message: 'must be < 100',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                }
                                if (data13 <= 0 || isNaN(data13)) {
                                    const err30 = {
                                        instancePath: instancePath + '/services/' + i0 + '/slo/uptime',
                                        schemaPath: '#/properties/services/items/properties/slo/properties/uptime/exclusiveMinimum',
                                        keyword: 'exclusiveMinimum',
                                        params: { comparison: '>', limit: 0 },
                                        message: 'must be > 0',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err30];
                                    }
                                    else {
                                        vErrors.push(err30);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err31 = {
                                    instancePath: instancePath + '/services/' + i0 + '/slo/uptime',
                                    schemaPath: '#/properties/services/items/properties/slo/properties/uptime/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number',
                                };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                            let data14 = data12['latency-p95-ms'];
                            if (typeof data14 == 'number') {
                                if (data14 <= 0 || isNaN(data14)) {
                                    const err32 = {
                                        instancePath: instancePath + '/services/' + i0 + '/slo/latency-p95-ms',
                                        schemaPath: '#/properties/services/items/properties/slo/properties/latency-p95-ms/exclusiveMinimum',
                                        keyword: 'exclusiveMinimum',
                                        params: { comparison: '>', limit: 0 },
                                        message: 'must be > 0',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err33 = {
                                    instancePath: instancePath + '/services/' + i0 + '/slo/latency-p95-ms',
                                    schemaPath: '#/properties/services/items/properties/slo/properties/latency-p95-ms/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number',
                                };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                            let data15 = data12['error-rate'];
                            if (typeof data15 == 'number') {
                                if (data15 >= 100 || isNaN(data15)) {
                                    const err34 = {
                                        instancePath: instancePath + '/services/' + i0 + '/slo/error-rate',
                                        schemaPath: '#/properties/services/items/properties/slo/properties/error-rate/exclusiveMaximum',
                                        keyword: 'exclusiveMaximum',
                                        params: { comparison: '<', limit: 100 },
                                        message: 'must be < 100',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err34];
                                    }
                                    else {
                                        vErrors.push(err34);
                                    }
                                    errors++;
                                }
                                if (data15 <= 0 || isNaN(data15)) {
                                    const err35 = {
                                        instancePath: instancePath + '/services/' + i0 + '/slo/error-rate',
                                        schemaPath: '#/properties/services/items/properties/slo/properties/error-rate/exclusiveMinimum',
                                        keyword: 'exclusiveMinimum',
                                        params: { comparison: '>', limit: 0 },
                                        message: 'must be > 0',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err35];
                                    }
                                    else {
                                        vErrors.push(err35);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err36 = {
                                    instancePath: instancePath + '/services/' + i0 + '/slo/error-rate',
                                    schemaPath: '#/properties/services/items/properties/slo/properties/error-rate/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number',
                                };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            let data16 = data12.window;
                            if (typeof data16 === 'string') {
                                if (!pattern4.test(data16)) {
                                    const err37 = {
                                        instancePath: instancePath + '/services/' + i0 + '/slo/window',
                                        schemaPath: '#/properties/services/items/properties/slo/properties/window/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^[1-9][0-9]{0,2}d$' },
                                        message: 'must match pattern "' + '^[1-9][0-9]{0,2}d$' + '"',
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err38 = {
                                    instancePath: instancePath + '/services/' + i0 + '/slo/window',
                                    schemaPath: '#/properties/services/items/properties/slo/properties/window/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err39 = {
                                instancePath: instancePath + '/services/' + i0 + '/slo',
                                schemaPath: '#/properties/services/items/properties/slo/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                            };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err40 = {
                            instancePath: instancePath + '/services/' + i0,
                            schemaPath: '#/properties/services/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                        };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err41 = {
                    instancePath: instancePath + '/services',
                    schemaPath: '#/properties/services/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
    }
    else {
        const err42 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
        };
        if (vErrors === null) {
            vErrors = [err42];
        }
        else {
            vErrors.push(err42);
        }
        errors++;
    }
    validate0.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/config.ts



// SLA_CONFIG_SCHEMA's validator, generated by scripts/validators.ts (Ajv's standalone code): sla-probe
// and sla-report run it instead of loading Ajv and compiling the schema at every start.

const DURATION_PATTERN = '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P';
const percent = (fallback) => ({
    type: 'number',
    exclusiveMinimum: 0,
    exclusiveMaximum: 100,
    default: fallback,
});
const SLA_CONFIG_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['services'],
    properties: {
        'probe-interval': { type: 'string', pattern: DURATION_PATTERN, default: '5m' },
        services: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'url'],
                properties: {
                    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
                    url: { type: 'string', pattern: '^https?://' },
                    method: {
                        enum: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'get', 'head', 'post', 'put', 'options'],
                        default: 'GET',
                    },
                    headers: { type: 'object', additionalProperties: { type: 'string' }, default: {} },
                    'expected-status': {
                        anyOf: [
                            { type: 'integer', minimum: 100, maximum: 599 },
                            { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } },
                        ],
                        default: 200,
                    },
                    timeout: { type: 'string', pattern: DURATION_PATTERN, default: '10s' },
                    environment: { type: 'string', minLength: 1 },
                    slo: {
                        type: 'object',
                        additionalProperties: false,
                        default: {},
                        properties: {
                            uptime: percent(99.9),
                            'latency-p95-ms': { type: 'number', exclusiveMinimum: 0, default: 200 },
                            'error-rate': percent(0.1),
                            window: { type: 'string', pattern: '^[1-9][0-9]{0,2}d$', default: '30d' },
                        },
                    },
                },
            },
        },
    },
};
const EXPECTED = 'a YAML file with services: [{name, url, slo: {uptime: 99.9, latency-p95-ms: 200}}]';
/** Parses and validates sla.yml; errors name the input and the line. */
async function parseSlaConfig(text, where) {
    const raw = await parseConfig(text, SLA_CONFIG_SCHEMA, {
        input: where.input,
        file: where.file,
        expected: EXPECTED,
    }, validate);
    const duration = (value, what) => {
        const ms = parseDuration(value);
        if (ms === undefined || ms <= 0)
            throw new errors/* InputError */.dz(where.input, `${where.file}: ${what} '${value}' is not a duration`, EXPECTED);
        return ms;
    };
    const seen = new Set();
    const services = raw.services.map((service, i) => {
        if (seen.has(service.name))
            throw new errors/* InputError */.dz(where.input, `${where.file}: services[${i}].name '${service.name}' is used twice`, EXPECTED);
        seen.add(service.name);
        const expected = service['expected-status'];
        return {
            name: service.name,
            url: service.url,
            method: service.method.toUpperCase(),
            headers: service.headers,
            'expected-status': Array.isArray(expected) ? expected : [expected],
            timeoutMs: duration(service.timeout, `services[${i}].timeout`),
            ...(service.environment ? { environment: service.environment } : {}),
            slo: {
                uptime: service.slo.uptime,
                'latency-p95-ms': service.slo['latency-p95-ms'],
                'error-rate': service.slo['error-rate'],
                'window-days': Number(service.slo.window.slice(0, -1)),
            },
        };
    });
    return { probeIntervalMs: duration(raw['probe-interval'], 'probe-interval'), services };
}
/** Reads and parses the config file named by the `config-file` input (relative to the workspace). */
async function loadSlaConfig(file, input = 'config-file') {
    const { readFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, `cannot read '${file}' (${error.code ?? 'error'})`, EXPECTED);
    }
    return await parseSlaConfig(text, { input, file });
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/data-store.ts





const BRANCH_EXPECTED = 'a branch name such as sla-data in a repository the token can write';
/** Where SLA data lives: `data-dir` when given, otherwise `data-branch` of `repository`. */
function dataLocation(values) {
    if (values.dataDir)
        return { kind: 'directory', directory: external_node_path_default().resolve(values.dataDir) };
    if (!/^(?!\/)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![/.])$/.test(values.dataBranch) ||
        values.dataBranch.endsWith('.lock'))
        throw new errors/* InputError */.dz('data-branch', `'${values.dataBranch}' is not a valid branch name`, BRANCH_EXPECTED);
    return { kind: 'branch', ...values.repository, branch: values.dataBranch };
}
/**
 * Opens the store after checking it can be reached, so a wrong repository or an unreachable API fails
 * before anything is probed or written. `mustExist`: the branch or folder has to hold data already.
 */
async function openDataStore(location, options) {
    if (location.kind === 'directory') {
        const exists = await external_node_fs_namespaceObject.promises.stat(location.directory).then((stat) => stat.isDirectory(), () => false);
        if (!exists && options.mustExist)
            throw new errors/* InputError */.dz('data-dir', `'${location.directory}' does not exist`, 'a folder written by sla-probe');
        return new DirectoryStore({
            directory: location.directory,
            clock: options.clock,
            signal: options.signal,
        });
    }
    const client = options.client();
    const where = `${location.owner}/${location.repo}@${location.branch}`;
    try {
        await client.api.rest.repos.get({ owner: location.owner, repo: location.repo });
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 404 || status === 403 || status === 401)
            throw new errors/* InputError */.dz('repository', `${location.owner}/${location.repo} cannot be read with the token (HTTP ${status})`, 'owner/name of a repository the token can write, such as octo-org/service');
        throw new errors/* InputError */.dz('data-branch', `cannot reach ${where}: ${error.message}`, BRANCH_EXPECTED);
    }
    const store = new BranchStore({ client, ...location, clock: options.clock, signal: options.signal });
    let snapshot;
    try {
        snapshot = await store.snapshot();
    }
    catch (error) {
        throw new errors/* InputError */.dz('data-branch', `cannot reach ${where}: ${error.message}`, BRANCH_EXPECTED);
    }
    if (options.mustExist && snapshot.revision === undefined)
        throw new errors/* InputError */.dz('data-branch', `branch ${where} does not exist`, `${BRANCH_EXPECTED}, written by sla-probe`);
    return store;
}

// EXTERNAL MODULE: ../../node_modules/@datadog/sketches-js/dist/index.js
var dist = __nccwpck_require__(7054);
;// CONCATENATED MODULE: ../../packages/core/src/sla/ddsketch.ts

/**
 * DDSketch (Masson, Rim & Lee, VLDB 2019): a quantile sketch with a relative-accuracy guarantee.
 * Any quantile it returns is within `alpha` (relative) of the exact value of that rank, for every
 * positive value. Sketches merge exactly (bin counts add), so daily sketches combine into any period.
 * Values at or below `minValue` (e.g. 0 ms) go to a separate zero bin.
 *
 * The sketch itself is Datadog's maintained implementation (@datadog/sketches-js, logarithmic mapping
 * and dense store); bench/libs/run.ts measured it ~50× faster at quantiles than our former hand-written
 * one, equally accurate (README, design notes). This class keeps our interface and the stored JSON
 * format (SketchJson, written to the sla-data branch): the library's bin keys are ceil(log_γ v), the
 * same indexes we always stored, so old history reads back unchanged.
 */
const DEFAULT_ALPHA = 0.01;
const MIN_VALUE = 1e-9;
class DDSketch {
    alpha;
    sketch;
    constructor(alpha = DEFAULT_ALPHA) {
        if (!(alpha > 0 && alpha < 1))
            throw new Error(`DDSketch: alpha ${alpha} must be in (0, 1)`);
        this.alpha = alpha;
        this.sketch = new dist.DDSketch({ relativeAccuracy: alpha });
    }
    get count() {
        return this.sketch.count;
    }
    get sum() {
        return this.sketch.sum;
    }
    get min() {
        return this.sketch.min;
    }
    get max() {
        return this.sketch.max;
    }
    add(value, times = 1) {
        if (!Number.isFinite(value) || value < 0)
            throw new Error(`DDSketch: cannot add ${value}`);
        // Our zero bin is wider than the library's (which only takes values too small to index): values
        // at or below MIN_VALUE count as 0, but min and sum keep the value itself.
        if (value <= MIN_VALUE && value > 0) {
            const { min, max } = this.sketch;
            this.sketch.accept(0, times);
            this.sketch.sum += value * times;
            this.sketch.min = Math.min(min, value);
            this.sketch.max = Math.max(max, value);
        }
        else
            this.sketch.accept(value, times);
    }
    merge(other) {
        if (other.alpha !== this.alpha)
            throw new Error('DDSketch: cannot merge sketches of different accuracy');
        this.sketch.merge(other.sketch);
    }
    /**
     * The value at quantile q (0..1) using the lower rank: the value x_k of the sorted values with
     * k = floor(q × (count − 1)). Undefined for an empty sketch.
     */
    quantile(q) {
        if (this.count === 0 || !(q >= 0 && q <= 1))
            return undefined;
        const value = this.sketch.getValueAtQuantile(q);
        if (value === 0)
            return 0;
        return Math.min(this.max, Math.max(this.min, value));
    }
    /** The bins as [index, count], ascending; the library's dense store holds them from `offset`. */
    bins() {
        const { bins, offset } = this.sketch.store;
        const out = [];
        bins.forEach((n, k) => {
            if (n > 0)
                out.push([offset + k, n]);
        });
        return out;
    }
    /** The share of values at or below `value` (within the sketch's accuracy at the bin edge). */
    fractionAtOrBelow(value) {
        if (this.count === 0)
            return undefined;
        const zero = this.sketch.zeroCount;
        if (value < MIN_VALUE)
            return zero / this.count;
        const limit = this.sketch.mapping.key(value);
        let n = zero;
        for (const [i, c] of this.bins())
            if (i <= limit)
                n += c;
        return n / this.count;
    }
    toJSON() {
        const bins = this.bins();
        const offset = bins.length > 0 ? bins[0][0] : 0;
        const counts = bins.length > 0 ? new Array(bins[bins.length - 1][0] - offset + 1).fill(0) : [];
        for (const [i, n] of bins)
            counts[i - offset] = n;
        return {
            alpha: this.alpha,
            count: this.count,
            zero: this.sketch.zeroCount,
            min: this.count > 0 ? this.min : null,
            max: this.count > 0 ? this.max : null,
            sum: this.sum,
            offset,
            counts,
        };
    }
    static fromJSON(json) {
        const binned = json.counts.reduce((a, b) => a + b, 0);
        if (binned + json.zero !== json.count)
            throw new Error('DDSketch: counts do not add up');
        const sketch = new DDSketch(json.alpha);
        const lib = sketch.sketch;
        // The stored bins become the library's dense store as they are (its public state: the bins
        // from minKey to maxKey, bins[0] at `offset`), with no logarithm or re-sizing per bin: a
        // report restores ~10k sketches, and adding bins one by one re-centred the array each time.
        const { counts, offset } = json;
        let low = 0;
        let high = counts.length - 1;
        while (low <= high && !(counts[low] > 0))
            low++;
        while (high >= low && !(counts[high] > 0))
            high--;
        let kept = 0;
        if (low <= high) {
            const store = lib.store;
            // One pass, no intermediate arrays (a report restores ~7,600 sketches of ~130 bins).
            const bins = [];
            for (let i = low; i <= high; i++) {
                const n = counts[i] > 0 ? counts[i] : 0;
                bins.push(n);
                kept += n;
            }
            store.bins = bins;
            store.offset = offset + low;
            store.minKey = offset + low;
            store.maxKey = offset + high;
            store.count = kept;
        }
        lib.zeroCount += json.zero;
        lib.count += kept + json.zero;
        lib.sum = json.sum;
        lib.min = json.min ?? Number.POSITIVE_INFINITY;
        lib.max = json.max ?? Number.NEGATIVE_INFINITY;
        return sketch;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/sample-columns.ts
const STATUS_NAMES = ['ok', 'degraded', 'down'];
const OK = 0;
const DEGRADED = 1;
const DOWN = 2;
/** The last valid line's fields (one scratch record: no object per line). */
const fields = { t: 0, status: 0, ms: 0, attempts: 0, errors: 0 };
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
/** Whether a line's values make a sample (then in `fields`); the fast path makes the same checks. */
function checked(t, status, ms, attempts, errors) {
    if (!Number.isFinite(t) || status < 0)
        return false;
    // A latency that is not a finite, non-negative number cannot go into the sketch: not a sample.
    if (ms !== undefined && !(finite(ms) && ms >= 0))
        return false;
    if (attempts !== undefined && !finite(attempts))
        return false;
    if (errors !== undefined && !finite(errors))
        return false;
    fields.t = t;
    fields.status = status;
    fields.ms = ms === undefined ? Number.NaN : ms;
    fields.attempts = attempts === undefined ? 1 : attempts;
    fields.errors = errors === undefined ? (status === DOWN ? 1 : 0) : errors;
    return true;
}
function statusIndex(value) {
    return value === 'ok' ? OK : value === 'degraded' ? DEGRADED : value === 'down' ? DOWN : -1;
}
/** The slow path: any JSON line. */
function parseLine(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return false;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const t = typeof value.t === 'string' ? Date.parse(value.t) : Number.NaN;
    return checked(t, statusIndex(value.status), value.ms, value.attempts, value.errors);
}
// ---- the fast path (on the file's UTF-8 bytes) ----
const K_OTHER = 0;
const K_T = 1;
const K_STATUS = 2;
const K_MS = 3;
const K_ATTEMPTS = 4;
const K_ERRORS = 5;
/**
 * Whether the bytes at `i` are `word` (given as its bytes). Written out per word below, not looped
 * over a string: the loop with `charCodeAt` was a sixth of the scanner's time.
 */
const is4 = (b, i, c0, c1, c2, c3) => b[i] === c0 && b[i + 1] === c1 && b[i + 2] === c2 && b[i + 3] === c3;
/** Length of each key's name, by key (K_OTHER: read to its closing quote). */
const KEY_LENGTH = [0, 1, 6, 2, 8, 6];
/**
 * Which of the keys a sample has (`"t"`, `"status"`, `"ms"`, `"attempts"`, `"errors"`, closing quote
 * included) starts at `s`; K_OTHER for any other key. Bytes are compared in place: the keys are a third
 * of a line.
 */
function keyAt(b, s) {
    const c = b[s];
    if (c === 116 /* t */ && b[s + 1] === 34)
        return K_T;
    if (c === 115 /* s */ && b[s + 6] === 34 && b[s + 1] === 116 && is4(b, s + 2, 97, 116, 117, 115))
        return K_STATUS; // tatus
    if (c === 109 /* m */ && b[s + 1] === 115 && b[s + 2] === 34)
        return K_MS;
    if (c === 97 /* a */ &&
        b[s + 8] === 34 &&
        is4(b, s + 1, 116, 116, 101, 109) && // ttem
        b[s + 5] === 112 && // p
        b[s + 6] === 116 && // t
        b[s + 7] === 115 // s
    )
        return K_ATTEMPTS;
    if (c === 101 /* e */ && b[s + 6] === 34 && b[s + 1] === 114 && is4(b, s + 2, 114, 111, 114, 115))
        return K_ERRORS; // rrors
    return K_OTHER;
}
/**
 * Index of the closing quote of a string starting at `i`, or -1: an escape or a control character
 * (the slow path decides), or no quote before the line's end (a newline is a control character).
 * Bytes of multi-byte characters (0x80 and up) are string content, as JSON allows.
 */
function stringEnd(b, i, end) {
    for (; i < end; i++) {
        const c = b[i];
        if (c === 34)
            return i;
        if (c === 92 || c < 32)
            return -1;
    }
    return -1;
}
const isDigit = (c) => c >= 48 && c <= 57;
/**
 * Results of numberEnd ([0]) and isoTime ([1]), and the cached day start ([2]): kept in a typed
 * array, since a double stored in a module variable or returned from a call is allocated as an
 * object each time, and the scanner produces several per line.
 */
const scratch = new Float64Array(3);
const NUMBER = 0;
const TIME = 1;
const DAY_BASE = 2;
/** 10^k, exact as doubles (a table: Math.pow per number was a quarter of the scanner's time). */
const POW10 = new Float64Array(Array.from({ length: 16 }, (_, k) => 10 ** k));
/** Reads a JSON number at `i` into scratch[NUMBER]; returns its end, or -1 if it is not one. */
function numberEnd(b, i, end) {
    const start = i;
    let negative = false;
    if (b[i] === 45) {
        negative = true;
        i++;
    }
    let c = b[i];
    if (!isDigit(c))
        return -1;
    let mantissa = 0;
    let digits = 0;
    if (c === 48)
        i++;
    else
        for (; i < end && isDigit((c = b[i])); i++) {
            mantissa = mantissa * 10 + (c - 48);
            digits++;
        }
    let fraction = 0;
    if (b[i] === 46) {
        i++;
        const from = i;
        for (; i < end && isDigit((c = b[i])); i++) {
            mantissa = mantissa * 10 + (c - 48);
            digits++;
        }
        fraction = i - from;
        if (fraction === 0)
            return -1;
    }
    c = b[i];
    if (c === 101 || c === 69) {
        i++;
        c = b[i];
        if (c === 43 || c === 45)
            i++;
        const from = i;
        while (i < end && isDigit(b[i]))
            i++;
        if (i === from)
            return -1;
        scratch[NUMBER] = Number(latin1(b, start, i));
        return i;
    }
    // Up to 15 digits the mantissa and 10^fraction are exact, and one division rounds once: the same
    // double as Number() of the text.
    scratch[NUMBER] =
        digits <= 15 && fraction < POW10.length
            ? (negative ? -mantissa : mantissa) / POW10[fraction]
            : Number(latin1(b, start, i));
    return i;
}
/** ASCII bytes (digits, signs, `T`, `Z`...) as a string. */
function latin1(b, start, end) {
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(b[i]);
    return text;
}
let dayKeyCached = -1;
const twoDigits = (b, i) => {
    const hi = b[i] - 48;
    const lo = b[i + 1] - 48;
    // Not two digits: a negative or too large result, which every caller rejects.
    return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1000;
};
/**
 * `Date.parse` of `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes) into scratch[TIME]: the
 * day's start from `Date.parse` (cached: a file holds one day), plus the time of day. false for
 * anything else, which sends the line to the slow path.
 */
function isoTime(b, s, e) {
    if (e - s !== 24)
        return false;
    if (b[s + 4] !== 45 ||
        b[s + 7] !== 45 ||
        b[s + 10] !== 84 ||
        b[s + 13] !== 58 ||
        b[s + 16] !== 58 ||
        b[s + 19] !== 46 ||
        b[s + 23] !== 90 ||
        !isDigit(b[s + 22]))
        return false;
    const hours = twoDigits(b, s + 11);
    const minutes = twoDigits(b, s + 14);
    const seconds = twoDigits(b, s + 17);
    const centis = twoDigits(b, s + 20);
    const century = twoDigits(b, s);
    const year = twoDigits(b, s + 2);
    const month = twoDigits(b, s + 5);
    const day = twoDigits(b, s + 8);
    if (hours < 0 ||
        hours > 23 ||
        minutes < 0 ||
        minutes > 59 ||
        seconds < 0 ||
        seconds > 59 ||
        centis < 0 ||
        century < 0 ||
        year < 0 ||
        month < 0 ||
        day < 0)
        return false;
    const key = (century * 100 + year) * 10000 + month * 100 + day;
    if (key !== dayKeyCached) {
        dayKeyCached = key;
        scratch[DAY_BASE] = Date.parse(`${latin1(b, s, s + 10)}T00:00:00.000Z`);
    }
    const millis = centis * 10 + b[s + 22] - 48;
    scratch[TIME] = scratch[DAY_BASE] + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    return !Number.isNaN(scratch[TIME]);
}
function statusAt(b, s, e) {
    const n = e - s;
    if (n === 2 && b[s] === 111 && b[s + 1] === 107)
        return OK;
    if (n === 4 && is4(b, s, 100, 111, 119, 110))
        return DOWN; // down
    if (n === 8 && is4(b, s, 100, 101, 103, 114) && is4(b, s + 4, 97, 100, 101, 100))
        return DEGRADED; // degr aded
    return -1;
}
/**
 * The fast path: a flat object of strings and numbers, no whitespace, then the end of the line.
 * Returns where the line ends (its newline, or the end of the file), or -1: ask the slow path. It
 * finds the line's end itself (no string or number it reads goes past a newline), so the bytes are
 * gone through once.
 */
function scanLine(b, start, end) {
    let i = start;
    if (b[i] !== 123)
        return -1;
    i++;
    let t = Number.NaN;
    let status = -1;
    // Numbers stay unboxed locals (a `number | undefined` passed on would be allocated per line).
    let ms = 0;
    let attempts = 0;
    let errors = 0;
    let hasMs = false;
    let hasAttempts = false;
    let hasErrors = false;
    for (;;) {
        if (b[i] !== 34)
            return -1;
        const keyStart = i + 1;
        const key = keyAt(b, keyStart);
        const keyEnd = key === K_OTHER ? stringEnd(b, keyStart, end) : keyStart + KEY_LENGTH[key];
        if (keyEnd < 0 || b[keyEnd + 1] !== 58)
            return -1;
        i = keyEnd + 2;
        // A time as toISOString writes it: isoTime checks all 24 bytes (none is a quote, an escape or
        // a control character), so the string ends at the quote after them.
        if (key === K_T && b[i] === 34 && b[i + 25] === 34 && isoTime(b, i + 1, i + 25)) {
            t = scratch[TIME];
            i += 26;
        }
        else if (b[i] === 34) {
            const valueEnd = stringEnd(b, i + 1, end);
            if (valueEnd < 0)
                return -1;
            if (key === K_T)
                t = isoTime(b, i + 1, valueEnd) ? scratch[TIME] : Number.NaN;
            else if (key === K_STATUS)
                status = statusAt(b, i + 1, valueEnd);
            else if (key !== K_OTHER)
                return -1; // a number field given as a string
            i = valueEnd + 1;
        }
        else {
            const valueEnd = numberEnd(b, i, end);
            if (valueEnd < 0)
                return -1; // true, false, null, objects, arrays: slow path
            if (key === K_MS) {
                ms = scratch[NUMBER];
                hasMs = true;
            }
            else if (key === K_ATTEMPTS) {
                attempts = scratch[NUMBER];
                hasAttempts = true;
            }
            else if (key === K_ERRORS) {
                errors = scratch[NUMBER];
                hasErrors = true;
            }
            else if (key !== K_OTHER)
                return -1;
            i = valueEnd;
        }
        const c = b[i];
        i++;
        if (c === 125)
            break;
        if (c !== 44)
            return -1;
    }
    if (i !== end && b[i] !== 10)
        return -1;
    // The grammar held; what is left are the checks `checked` makes on the slow path (NaN time: maybe
    // another format Date.parse reads, so ask the slow path).
    if (Number.isNaN(t) || status < 0)
        return -1;
    if (hasMs && !(Number.isFinite(ms) && ms >= 0))
        return -1;
    if ((hasAttempts && !Number.isFinite(attempts)) || (hasErrors && !Number.isFinite(errors)))
        return -1;
    fields.t = t;
    fields.status = status;
    fields.ms = hasMs ? ms : Number.NaN;
    fields.attempts = hasAttempts ? attempts : 1;
    fields.errors = hasErrors ? errors : status === DOWN ? 1 : 0;
    return i;
}
class ParsedColumns {
    length;
    t;
    status;
    ms;
    attempts;
    errors;
    lineAt;
    starts;
    constructor(length, t, status, ms, attempts, errors, lineAt, starts) {
        this.length = length;
        this.t = t;
        this.status = status;
        this.ms = ms;
        this.attempts = attempts;
        this.errors = errors;
        this.lineAt = lineAt;
        this.starts = starts;
    }
    sample(i) {
        return this.lineAt(i);
    }
    lineStart(i) {
        return this.starts?.[i];
    }
}
/** A view of bytes as a Buffer (for its native newline search), without copying. */
function bytesOf(text) {
    if (text === undefined)
        return Buffer.alloc(0);
    if (typeof text === 'string')
        return Buffer.from(text, 'utf8');
    return Buffer.isBuffer(text) ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
}
/**
 * Parses a samples file (its UTF-8 bytes, or its text); lines that are not samples are skipped and
 * counted, never guessed.
 */
function sample_columns_parseSampleColumns(text) {
    const body = bytesOf(text);
    const length = body.length;
    // Grown as needed: a line sla-probe writes is about 100 bytes.
    let capacity = Math.max(16, Math.ceil(length / 64));
    let t = new Float64Array(capacity);
    let status = new Uint8Array(capacity);
    let ms = new Float64Array(capacity);
    let attempts = new Float64Array(capacity);
    let errors = new Float64Array(capacity);
    let lineStart = new Uint32Array(capacity);
    let lineEnd = new Uint32Array(capacity);
    let n = 0;
    let invalid = 0;
    let ordered = true;
    for (let start = 0; start < length;) {
        let end = scanLine(body, start, length);
        let valid = end >= 0;
        if (!valid) {
            end = body.indexOf(10, start);
            if (end < 0)
                end = length;
            const line = body.toString('utf8', start, end);
            if (line.trim() === '') {
                start = end + 1;
                continue;
            }
            valid = parseLine(line);
            if (!valid)
                invalid++;
        }
        if (valid) {
            if (n === capacity) {
                capacity *= 2;
                const grow = (a) => {
                    const bigger = new a.constructor(capacity);
                    bigger.set(a);
                    return bigger;
                };
                t = grow(t);
                status = grow(status);
                ms = grow(ms);
                attempts = grow(attempts);
                errors = grow(errors);
                lineStart = grow(lineStart);
                lineEnd = grow(lineEnd);
            }
            if (n > 0 && fields.t < t[n - 1])
                ordered = false;
            t[n] = fields.t;
            status[n] = fields.status;
            ms[n] = fields.ms;
            attempts[n] = fields.attempts;
            errors[n] = fields.errors;
            lineStart[n] = start;
            lineEnd[n] = end;
            n++;
        }
        start = end + 1;
    }
    // Concurrent writers may append out of order: a stable sort by time.
    let order;
    if (!ordered) {
        order = Array.from({ length: n }, (_, i) => i);
        order.sort((a, b) => t[a] - t[b]);
    }
    const pick = (column) => {
        if (!order)
            return column.subarray(0, n);
        const out = column.slice(0, n);
        order.forEach((from, to) => (out[to] = column[from]));
        return out;
    };
    const starts = pick(lineStart);
    const ends = pick(lineEnd);
    const sampleAt = (i) => {
        const sample = JSON.parse(body.toString('utf8', starts[i], ends[i]));
        sample.attempts ??= 1;
        sample.errors ??= sample.status === 'down' ? 1 : 0;
        return sample;
    };
    return {
        columns: new ParsedColumns(n, pick(t), pick(status), pick(ms), pick(attempts), pick(errors), sampleAt, order ? undefined : starts),
        invalid,
    };
}
/** Columns over samples already in memory (sorted by time). */
function columnsOf(samples) {
    const n = samples.length;
    const columns = new ParsedColumns(n, new Float64Array(n), new Uint8Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n), (i) => samples[i]);
    samples.forEach((sample, i) => {
        columns.t[i] = Date.parse(sample.t);
        columns.status[i] = statusIndex(sample.status);
        columns.ms[i] = sample.ms ?? Number.NaN;
        columns.attempts[i] = sample.attempts;
        columns.errors[i] = sample.errors;
    });
    return columns;
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/samples.ts
/**
 * Raw probe samples: one JSON line per probe, in `samples/<service>/<YYYY-MM-DD>.jsonl` (UTC day),
 * so each run appends a line to a small file and git diffs stay small.
 */

const DAY_MS = 86_400_000;
const dayKeys = new Map();
function dayKey(ms) {
    // Reports walk the days of a year many times over: format each day once.
    const day = Math.floor(ms / DAY_MS);
    let key = dayKeys.get(day);
    if (key === undefined) {
        key = new Date(ms).toISOString().slice(0, 10);
        if (dayKeys.size < 100_000)
            dayKeys.set(day, key);
    }
    return key;
}
const dayStarts = new Map();
function dayStart(key) {
    let start = dayStarts.get(key);
    if (start === undefined) {
        start = Date.parse(`${key}T00:00:00Z`);
        if (dayStarts.size < 100_000)
            dayStarts.set(key, start);
    }
    return start;
}
function addDays(key, days) {
    return dayKey(dayStart(key) + days * DAY_MS);
}
const samplesPath = (service, day) => `samples/${service}/${day}.jsonl`;
const rollupPath = (service, day) => `rollups/${service}/${day}.json`;
/** The monthly rollup (`YYYY-MM`) sits beside the daily ones of its month. */
const monthRollupPath = (service, month) => `rollups/${service}/${month}.json`;
/** The daily rollups of a month in one file, beside its monthly rollup. */
const monthDaysPath = (service, month) => `rollups/${service}/${month}.days.json`;
const monthOf = (day) => day.slice(0, 7);
const STATUS_PATH = 'status.json';
function formatSample(sample) {
    return `${JSON.stringify(sample)}\n`;
}
/** Parses a samples file; lines that are not samples are skipped and counted, never guessed. */
function parseSamples(text) {
    const { columns, invalid } = parseSampleColumns(text);
    return { samples: Array.from({ length: columns.length }, (_, i) => columns.sample(i)), invalid };
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/totals.ts


function emptyTotals() {
    return {
        samples: 0,
        ok: 0,
        degraded: 0,
        down: 0,
        attempts: 0,
        errors: 0,
        coveredMs: 0,
        downMs: 0,
        degradedMs: 0,
        latency: new DDSketch(),
        incidents: [],
    };
}
/**
 * Adds the samples (sorted by time) that fall in [from, to) to totals. `previousAt` is the time of the
 * last sample before the first one given (any day), which bounds the first sample's weight; the
 * first sample ever weighs one probe interval. A weight never reaches back before `from`.
 */
function accumulate(totals, samples, options) {
    return accumulateColumns(totals, Array.isArray(samples) ? columnsOf(samples) : samples, options);
}
function accumulateColumns(totals, columns, options) {
    const from = options.from ?? Number.NEGATIVE_INFINITY;
    const to = options.to ?? Number.POSITIVE_INFINITY;
    const { t: times, status: statuses, ms, attempts, errors } = columns;
    let previous = options.previousAt;
    let previousStatus = options.previousStatus === undefined ? -1 : STATUS_NAMES.indexOf(options.previousStatus);
    let last = -1;
    for (let i = 0; i < columns.length; i++) {
        const t = times[i];
        const status = statuses[i];
        const gap = previous === undefined ? options.intervalMs : Math.max(0, t - previous);
        const before = previous;
        previous = t;
        const statusBefore = previousStatus;
        previousStatus = status;
        if (t < from || t >= to)
            continue;
        const weight = Math.min(gap, options.intervalMs, t - from);
        totals.samples++;
        totals.attempts += attempts[i];
        totals.errors += errors[i];
        totals.coveredMs += weight;
        const open = totals.incidents.at(-1);
        if (status === DOWN) {
            totals.down++;
            totals.downMs += weight;
            if (open && open.end === undefined)
                open['down-minutes'] += weight / 60_000;
            else
                totals.incidents.push({
                    // A run already going at the window start begins where the window's data begins.
                    start: statusBefore === DOWN && before !== undefined && before < from
                        ? new Date(from).toISOString()
                        : columns.sample(i).t,
                    'down-minutes': weight / 60_000,
                });
        }
        else {
            if (status === DEGRADED) {
                totals.degraded++;
                totals.degradedMs += weight;
            }
            else
                totals.ok++;
            if (!Number.isNaN(ms[i]))
                totals.latency.add(ms[i]);
            if (open && open.end === undefined)
                open.end = columns.sample(i).t;
        }
        totals.firstAt ??= t;
        last = i;
    }
    if (last >= 0) {
        totals.lastAt = times[last];
        totals.lastStatus = STATUS_NAMES[statuses[last]];
    }
    return totals;
}
/** Adds `later` (which follows `earlier` in time) into `earlier`; a down run spanning both is joined. */
function mergeTotals(earlier, later) {
    earlier.samples += later.samples;
    earlier.ok += later.ok;
    earlier.degraded += later.degraded;
    earlier.down += later.down;
    earlier.attempts += later.attempts;
    earlier.errors += later.errors;
    earlier.coveredMs += later.coveredMs;
    earlier.downMs += later.downMs;
    earlier.degradedMs += later.degradedMs;
    earlier.latency.merge(later.latency);
    const incidents = later.incidents.map((incident) => ({ ...incident }));
    const open = earlier.incidents.at(-1);
    const first = incidents[0];
    if (open && open.end === undefined && later.firstAt !== undefined) {
        if (first && Date.parse(first.start) <= later.firstAt) {
            // The later part starts down: the same run goes on.
            open['down-minutes'] += first['down-minutes'];
            if (first.end !== undefined)
                open.end = first.end;
            incidents.shift();
        }
        else
            open.end = new Date(later.firstAt).toISOString();
    }
    earlier.incidents.push(...incidents);
    if (later.firstAt !== undefined) {
        earlier.firstAt ??= later.firstAt;
        earlier.lastAt = later.lastAt;
        earlier.lastStatus = later.lastStatus;
    }
    return earlier;
}
function toRollup(totals, meta) {
    return {
        schema: 1,
        service: meta.service,
        date: meta.date,
        'built-at': new Date(meta.builtAt).toISOString(),
        'interval-ms': meta.intervalMs,
        samples: totals.samples,
        'invalid-lines': meta.invalid,
        ok: totals.ok,
        degraded: totals.degraded,
        down: totals.down,
        attempts: totals.attempts,
        errors: totals.errors,
        'covered-ms': totals.coveredMs,
        'down-ms': totals.downMs,
        'degraded-ms': totals.degradedMs,
        ...(totals.firstAt !== undefined ? { 'first-at': new Date(totals.firstAt).toISOString() } : {}),
        ...(totals.lastAt !== undefined ? { 'last-at': new Date(totals.lastAt).toISOString() } : {}),
        ...(totals.lastStatus ? { 'last-status': totals.lastStatus } : {}),
        incidents: totals.incidents,
        latency: totals.latency.toJSON(),
        ...(meta.source ? { 'source-sha1': meta.source } : {}),
        ...(meta.hourOffsets ? { 'hour-offsets': meta.hourOffsets } : {}),
    };
}
function fromRollup(rollup) {
    return {
        samples: rollup.samples,
        ok: rollup.ok,
        degraded: rollup.degraded,
        down: rollup.down,
        attempts: rollup.attempts,
        errors: rollup.errors,
        coveredMs: rollup['covered-ms'],
        downMs: rollup['down-ms'],
        degradedMs: rollup['degraded-ms'],
        latency: DDSketch.fromJSON(rollup.latency),
        incidents: rollup.incidents.map((incident) => ({ ...incident })),
        ...(rollup['first-at'] ? { firstAt: Date.parse(rollup['first-at']) } : {}),
        ...(rollup['last-at'] ? { lastAt: Date.parse(rollup['last-at']) } : {}),
        ...(rollup['last-status'] ? { lastStatus: rollup['last-status'] } : {}),
    };
}
function dayPoint(totals) {
    const q = (p) => {
        const v = totals.latency.quantile(p);
        return v === undefined ? undefined : Number(v.toFixed(1));
    };
    const p50 = q(0.5);
    return {
        samples: totals.samples,
        'covered-ms': totals.coveredMs,
        'down-ms': totals.downMs,
        'degraded-ms': totals.degradedMs,
        attempts: totals.attempts,
        errors: totals.errors,
        ...(p50 !== undefined ? { 'p50-ms': p50, 'p95-ms': q(0.95), 'p99-ms': q(0.99) } : {}),
        ...(totals.lastAt !== undefined ? { 'last-at': new Date(totals.lastAt).toISOString() } : {}),
        ...(totals.lastStatus ? { 'last-status': totals.lastStatus } : {}),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/history.ts




/**
 * Reading one service's history from a store snapshot: monthly rollups for the runs of whole past
 * days they cover, daily rollups for other whole past days, raw samples for today and for days cut
 * by a window edge. Reads are cached per snapshot.
 */
class ServiceHistory {
    snapshot;
    service;
    intervalMs;
    now;
    sampleCache = new Map();
    /** Samples files as bytes (parsed, and fingerprinted, without decoding them). */
    texts = new Map();
    /** Totals of the part of a day's raw samples in a window (read only: merged into others). */
    parts = new Map();
    rollups = new Map();
    /** Daily rollups being read. */
    reading = new Map();
    /** Rollups as totals, decoded once (they are only ever merged into others, never changed). */
    rollupTotals = new Map();
    sampleDaySet = new Set();
    /** Files (rollups) built here, to be written. */
    changes = {};
    sampleDays = [];
    rollupDays = new Set();
    monthFiles = new Set();
    /** Months whose daily rollups are also kept together in one file (`YYYY-MM.days.json`). */
    monthDayFiles = new Set();
    monthDays = new Map();
    months = new Map();
    monthTotals = new Map();
    covers = new WeakMap();
    /** Days whose daily rollup this run wrote or changed (their months are rebuilt). */
    changedDays = new Set();
    /** Totals per window, worked out once (a report asks for some windows twice: 90 days, 30 days). */
    windows = new Map();
    /** The days with samples, by month. */
    sampleDaysByMonth = new Map();
    constructor(snapshot, service, intervalMs, now) {
        this.snapshot = snapshot;
        this.service = service;
        this.intervalMs = intervalMs;
        this.now = now;
    }
    async init() {
        const days = (list, ext) => list
            .filter((name) => name.endsWith(ext))
            .map((name) => name.slice(0, -ext.length))
            .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
        this.sampleDays = days(await this.snapshot.list(`samples/${this.service}`), '.jsonl').sort();
        this.sampleDaySet = new Set(this.sampleDays);
        for (const day of this.sampleDays) {
            const month = monthOf(day);
            const list = this.sampleDaysByMonth.get(month);
            if (list)
                list.push(day);
            else
                this.sampleDaysByMonth.set(month, [day]);
        }
        const rollupFiles = await this.snapshot.list(`rollups/${this.service}`);
        this.rollupDays = new Set(days(rollupFiles, '.json'));
        this.monthFiles = new Set(rollupFiles.filter((name) => /^\d{4}-\d{2}\.json$/.test(name)).map((name) => name.slice(0, 7)));
        this.monthDayFiles = new Set(rollupFiles.filter((name) => /^\d{4}-\d{2}\.days\.json$/.test(name)).map((name) => name.slice(0, 7)));
        return this;
    }
    samples(day) {
        let cached = this.sampleCache.get(day);
        if (!cached) {
            cached = this.sampleText(day).then(sample_columns_parseSampleColumns);
            this.sampleCache.set(day, cached);
        }
        return cached;
    }
    sampleText(day) {
        let text = this.texts.get(day);
        if (!text) {
            const file = samplesPath(this.service, day);
            text = !this.sampleDaySet.has(day)
                ? Promise.resolve(EMPTY)
                : this.snapshot.readBytes
                    ? this.snapshot.readBytes(file).then((b) => b ?? EMPTY)
                    : this.snapshot.read(file).then((t) => (t ? Buffer.from(t, 'utf8') : EMPTY));
            this.texts.set(day, text);
        }
        return text;
    }
    /**
     * What a day's rollup is built from: its samples file, the sample before it (which weighs the
     * first) and the probe interval. A rollup whose fingerprint matches needs no rebuild.
     */
    async fingerprint(day) {
        const before = await this.lastBefore(day);
        return (0,external_node_crypto_namespaceObject.createHash)('sha1')
            .update(`${this.intervalMs}\n${before.at ?? ''}\n${before.status ?? ''}\n`)
            .update(await this.sampleText(day))
            .digest('base64');
    }
    async lastBefore(day) {
        const previous = addDays(day, -1);
        const point = (await this.month(monthOf(previous)))?.days[previous];
        if (point)
            return {
                at: point['last-at'] ? Date.parse(point['last-at']) : undefined,
                status: point['last-status'],
            };
        const rollup = this.rollupDays.has(previous) ? await this.rollup(previous) : undefined;
        if (rollup)
            return {
                at: rollup['last-at'] ? Date.parse(rollup['last-at']) : undefined,
                status: rollup['last-status'],
            };
        const { columns } = await this.samples(previous);
        const last = columns.length - 1;
        return last >= 0 ? { at: columns.t[last], status: STATUS_NAMES[columns.status[last]] } : {};
    }
    /**
     * Makes sure every past day with samples from `since` on has a rollup: missing ones are built, and
     * the last `recentDays` complete days are rebuilt (late samples), or all of them with `rebuild`.
     */
    async buildRollups(since, options) {
        const today = dayKey(this.now);
        const recent = addDays(today, -options.recentDays);
        let built = 0;
        for (const day of this.sampleDays) {
            if (day < since || day >= today)
                continue;
            const stale = options.rebuild || day >= recent || !this.rollupDays.has(day);
            if (!stale) {
                // A day its month's rollup already covers was rolled up well: no need to read its file
                // again (a 365-day report would otherwise read 365 daily rollups per service every run).
                const month = monthOf(day);
                // A month already read is looked up without a promise per day (a report goes through 365).
                const known = this.months.get(month);
                if ((known !== undefined ? known : await this.month(month))?.days[day])
                    continue;
                const existing = await this.rollup(day);
                if (existing)
                    continue;
            }
            // A recent day is rebuilt for late samples; when its file is the one it was built from (the
            // usual case), the rebuild would give the same rollup: skip it, and the parse with it.
            const source = day >= recent ? await this.fingerprint(day) : undefined;
            if (source &&
                !options.rebuild &&
                this.rollupDays.has(day) &&
                (await this.rollup(day))?.['source-sha1'] === source)
                continue;
            const { columns, invalid } = await this.samples(day);
            const before = await this.lastBefore(day);
            const totals = accumulate(emptyTotals(), columns, {
                intervalMs: this.intervalMs,
                previousAt: before.at,
                previousStatus: before.status,
            });
            const rollup = toRollup(totals, {
                service: this.service,
                date: day,
                builtAt: this.now,
                intervalMs: this.intervalMs,
                invalid,
                source,
                hourOffsets: hourOffsets(columns, dayStart(day), (await this.sampleText(day)).length),
            });
            this.rollups.set(day, rollup);
            this.rollupTotals.delete(day);
            const previousText = this.rollupDays.has(day)
                ? await this.snapshot.read(rollupPath(this.service, day))
                : undefined;
            const text = `${JSON.stringify(rollup)}\n`;
            // Rebuilding a day that did not change writes nothing (built-at aside).
            if (!previousText || stripBuiltAt(previousText) !== stripBuiltAt(text)) {
                this.changes[rollupPath(this.service, day)] = text;
                this.changedDays.add(day);
                built++;
            }
            this.rollupDays.add(day);
        }
        await this.buildMonths(since, today);
        return built;
    }
    /** The complete days that have a daily rollup, by month, in order (for buildMonths). */
    rolledDaysByMonth(today) {
        const byMonth = new Map();
        for (const day of [...this.rollupDays].sort()) {
            if (day >= today)
                continue;
            const month = monthOf(day);
            const list = byMonth.get(month);
            if (list)
                list.push(day);
            else
                byMonth.set(month, [day]);
        }
        return byMonth;
    }
    async month(month) {
        if (!this.months.has(month)) {
            const text = this.monthFiles.has(month)
                ? await this.snapshot.read(monthRollupPath(this.service, month))
                : undefined;
            let parsed = null;
            try {
                parsed = text ? JSON.parse(text) : null;
            }
            catch {
                parsed = null; // unreadable: rebuilt like a missing one
            }
            this.months.set(month, parsed?.schema === 1 ? parsed : null);
        }
        return this.months.get(month) ?? undefined;
    }
    /**
     * Brings the monthly rollups from `since` up to date with the daily ones: a month whose days are
     * unchanged is left alone, days added after its last one are merged in, any other difference
     * (a changed day, a day removed or inserted) rebuilds it from its daily rollups.
     */
    async buildMonths(since, today) {
        const monthsWithDays = new Set([...this.rollupDays].filter((d) => d >= since && d < today).map(monthOf));
        // Grouped once: per month, a pass over every rollup day cost a report 13 passes per service.
        const rolled = this.rolledDaysByMonth(today);
        for (const month of [...monthsWithDays].sort()) {
            const days = rolled.get(month) ?? [];
            const existing = await this.month(month);
            const had = existing ? Object.keys(existing.days).sort() : [];
            const touched = days.some((day) => this.changedDays.has(day) && had.includes(day));
            const same = had.length === days.length && had.every((day, i) => day === days[i]);
            // A month written before it held its days' rollups is rebuilt once, with them (migration).
            // One that says its days file was written with it is taken at its word here, without reading
            // that file (a 365-day report would otherwise read every month's days); a reader that does
            // need the days file still checks that it belongs to this month's rollup.
            const complete = existing?.['with-days'] === true && this.monthDayFiles.has(month);
            if (existing && complete && same && !touched)
                continue;
            const appended = !!existing && complete && !touched && had.every((day, i) => day === days[i]);
            let total;
            let points;
            let rollups;
            let start;
            if (appended) {
                total = fromRollup(existing.total);
                points = { ...existing.days };
                rollups = { ...(await this.daysOfMonth(month))?.rollups };
                start = had.length;
            }
            else {
                total = emptyTotals();
                points = {};
                rollups = {};
                start = 0;
            }
            for (const day of days.slice(start)) {
                const rollup = await this.rollup(day);
                if (!rollup)
                    continue;
                const decoded = fromRollup(rollup);
                points[day] = dayPoint(decoded);
                const { ['built-at']: _builtAt, ...kept } = rollup;
                rollups[day] = kept;
                mergeTotals(total, decoded);
            }
            const json = {
                schema: 1,
                service: this.service,
                month,
                'built-at': new Date(this.now).toISOString(),
                'with-days': true,
                days: points,
                total: toRollup(total, {
                    service: this.service,
                    date: month,
                    builtAt: this.now,
                    intervalMs: this.intervalMs,
                    invalid: Object.values(rollups).reduce((n, rollup) => n + rollup['invalid-lines'], 0),
                }),
            };
            this.months.set(month, json);
            this.monthTotals.delete(month);
            this.monthFiles.add(month);
            const daysJson = {
                schema: 1,
                service: this.service,
                month,
                'month-built-at': json['built-at'],
                rollups,
            };
            this.monthDays.set(month, Promise.resolve(daysJson));
            this.monthDayFiles.add(month);
            this.changes[monthDaysPath(this.service, month)] = `${JSON.stringify(daysJson)}\n`;
            this.changes[monthRollupPath(this.service, month)] = `${JSON.stringify(json)}\n`;
        }
    }
    /**
     * A month's rollup, if it can stand for all of the month's data in [from, to): every day it covers
     * lies whole inside, before today, and no other day of the month in the window has samples.
     */
    async usableMonth(month, from, to) {
        const json = await this.month(month);
        if (!json)
            return undefined;
        const cover = this.coverOf(json);
        if (!cover)
            return undefined;
        return dayStart(cover.first) >= from &&
            dayStart(cover.last) + DAY_MS <= to &&
            cover.last < dayKey(this.now)
            ? cover
            : undefined;
    }
    /**
     * What a month's rollup covers, worked out once per rollup (a report asks for each window): its
     * first and last day, and undefined when it covers nothing or a day between them has samples it
     * does not hold.
     */
    coverOf(json) {
        if (this.covers.has(json))
            return this.covers.get(json) ?? undefined;
        const covered = Object.keys(json.days).sort();
        let cover = null;
        if (covered.length > 0) {
            const coveredSet = new Set(covered);
            const first = covered[0];
            const last = covered[covered.length - 1];
            const stray = (this.sampleDaysByMonth.get(json.month) ?? []).some((day) => !coveredSet.has(day) && day >= first && day <= last);
            if (!stray)
                cover = { json, first, last };
        }
        this.covers.set(json, cover);
        return cover ?? undefined;
    }
    /** The month's daily rollups in one file, when there is one (it is written with the monthly rollup). */
    daysOfMonth(month) {
        let days = this.monthDays.get(month);
        if (!days) {
            days = this.monthDayFiles.has(month)
                ? Promise.all([this.snapshot.read(monthDaysPath(this.service, month)), this.month(month)]).then(([text, monthJson]) => {
                    try {
                        const json = text ? JSON.parse(text) : undefined;
                        // Only the one written with the monthly rollup there now (not one a writer left
                        // behind when it rewrote the month without it).
                        return json?.schema === 1 &&
                            json.rollups &&
                            json['month-built-at'] === monthJson?.['built-at']
                            ? json
                            : undefined;
                    }
                    catch {
                        return undefined; // unreadable: the daily files are read instead
                    }
                })
                : Promise.resolve(undefined);
            this.monthDays.set(month, days);
        }
        return days;
    }
    async rollup(day) {
        const cached = this.rollups.get(day);
        if (cached)
            return cached;
        if (!this.rollupDays.has(day))
            return undefined;
        // The month's rollup holds its days' rollups (older ones do not): one file for the whole month.
        const inMonth = (await this.daysOfMonth(monthOf(day)))?.rollups[day];
        if (inMonth && !this.rollups.has(day))
            this.rollups.set(day, inMonth);
        if (this.rollups.has(day))
            return this.rollups.get(day);
        if (!this.reading.has(day)) {
            // A daily rollup is read when its month's rollup cannot stand in, and then the month's other
            // days are usually wanted too: start reading them all, so the reads overlap.
            const month = monthOf(day);
            for (const other of this.rollupDays)
                if (monthOf(other) === month && !this.rollups.has(other) && !this.reading.has(other)) {
                    const read = this.readRollup(other);
                    read.catch(() => undefined); // an unreadable one fails when (if) it is awaited
                    this.reading.set(other, read);
                }
        }
        return (await this.reading.get(day)) ?? this.rollups.get(day);
    }
    async readRollup(day) {
        const text = await this.snapshot.read(rollupPath(this.service, day));
        if (!text)
            return undefined;
        const rollup = JSON.parse(text);
        // One built meanwhile (buildRollups) is newer than the file.
        if (!this.rollups.has(day))
            this.rollups.set(day, rollup);
        return this.rollups.get(day);
    }
    /**
     * Totals over [from, to): rollups for whole past days, raw samples for the rest. The same object
     * for the same window: callers read it, never change it.
     */
    async totals(from, to) {
        const key = `${from}|${to}`;
        let total = this.windows.get(key);
        if (!total) {
            total = await this.windowTotals(from, to);
            this.windows.set(key, total);
        }
        return total;
    }
    async windowTotals(from, to) {
        const total = emptyTotals();
        const today = dayKey(this.now);
        const first = this.sampleDays[0];
        if (first === undefined)
            return total;
        let monthChecked = '';
        for (let day = dayKey(Math.max(from, dayStart(first))); dayStart(day) < to;) {
            const month = monthOf(day);
            if (month !== monthChecked) {
                monthChecked = month;
                const cover = await this.usableMonth(month, from, to);
                // Only when the month's first covered day is this one or later: days before it come first.
                if (cover && cover.first >= day) {
                    for (; day < cover.first; day = addDays(day, 1))
                        await this.addDay(total, day, from, to, today);
                    let decoded = this.monthTotals.get(month);
                    if (!decoded)
                        this.monthTotals.set(month, (decoded = fromRollup(cover.json.total)));
                    mergeTotals(total, decoded);
                    day = addDays(cover.last, 1);
                    continue;
                }
            }
            await this.addDay(total, day, from, to, today);
            day = addDays(day, 1);
        }
        return total;
    }
    /** Adds one day's part of [from, to): its daily rollup when the day is whole and past, else its samples. */
    async addDay(total, day, from, to, today) {
        const start = dayStart(day);
        const whole = start >= from && start + DAY_MS <= to && day < today;
        const rollup = whole ? await this.rollup(day) : undefined;
        if (rollup) {
            let decoded = this.rollupTotals.get(day);
            if (!decoded)
                this.rollupTotals.set(day, (decoded = fromRollup(rollup)));
            mergeTotals(total, decoded);
            return;
        }
        if (!this.sampleDaySet.has(day))
            return;
        if (day < today) {
            const part = await this.cutPart(day, from, to);
            if (part) {
                mergeTotals(total, part);
                return;
            }
        }
        const { columns } = await this.samples(day);
        if (columns.length === 0)
            return;
        const before = await this.lastBefore(day);
        // A report adds up today's samples for every window that ends now: the part is the same
        // whenever `from` and `to` cut no sample and bound no weight, so it is added up once.
        const fromFree = before.at !== undefined ? from <= before.at : from <= columns.t[0] - this.intervalMs;
        const toFree = to > columns.t[columns.length - 1];
        const key = `${day}|${fromFree ? '' : from}|${toFree ? '' : to}`;
        let part = this.parts.get(key);
        if (!part) {
            part = this.windowPart(columns, before, from, to);
            this.parts.set(key, part);
        }
        mergeTotals(total, part);
    }
    /**
     * The part of a past day in [from, to) from the hours of its samples file around the cut, with
     * the hour offsets its rollup keeps (see RollupJson): parsing starts at the last hour before
     * `from` that has a sample (that sample weighs the first one in the window, and says whether a
     * down run was already going) and stops at the end of the hour `to` falls in. The same totals as
     * parsing the whole file; undefined when the rollup has no offsets or the file changed length.
     */
    async cutPart(day, from, to) {
        if (!this.rollupDays.has(day) && !this.rollups.has(day))
            return undefined;
        const offsets = (await this.rollup(day))?.['hour-offsets'];
        if (!offsets || offsets.length !== 25)
            return undefined;
        const key = `${day}|${from}|${to}|cut`;
        let part = this.parts.get(key);
        if (part)
            return part;
        const start = dayStart(day);
        const fromHour = from > start ? Math.min(24, Math.floor((from - start) / HOUR_MS)) : 0;
        let first = -1;
        for (let hour = fromHour - 1; hour >= 0 && first < 0; hour--)
            if (offsets[hour] < offsets[hour + 1])
                first = hour;
        const size = offsets[24];
        const end = to >= start + DAY_MS ? size : offsets[Math.floor((to - start) / HOUR_MS) + 1];
        const begin = first < 0 ? 0 : offsets[first];
        const cut = await this.sampleRange(day, begin, end);
        if (!cut || cut.size !== size)
            return undefined;
        // No sample in the day before `from`: from the file's start, weighed by the day before's last.
        const before = first < 0 ? await this.lastBefore(day) : {};
        const { columns } = sample_columns_parseSampleColumns(cut.bytes);
        part = this.windowPart(columns, before, from, to);
        this.parts.set(key, part);
        return part;
    }
    /**
     * Bytes [begin, end) of a day's samples file and the file's size: read alone when the store can
     * (a cut parses an hour or two of a 150 KB file), else from the whole file.
     */
    async sampleRange(day, begin, end) {
        if (this.snapshot.readRange && !this.texts.has(day))
            return this.snapshot.readRange(samplesPath(this.service, day), begin, end);
        const bytes = await this.sampleText(day);
        return { bytes: bytes.subarray(begin, Math.min(end, bytes.length)), size: bytes.length };
    }
    /** The totals of `columns` in [from, to), the first sample weighed from `before` (the last one earlier). */
    windowPart(columns, before, from, to) {
        return accumulate(emptyTotals(), columns, {
            intervalMs: this.intervalMs,
            previousAt: before.at,
            previousStatus: before.status,
            from,
            to,
        });
    }
    /** Each day's point (for charts and burn-down): from its monthly rollup where it has one. */
    async dayPoints(days) {
        const today = dayKey(this.now);
        const result = [];
        for (const day of days) {
            const month = monthOf(day);
            // Months already read are looked up without a promise per day.
            const known = this.months.get(month);
            const kept = day < today ? (known !== undefined ? known : await this.month(month))?.days[day] : undefined;
            const start = dayStart(day);
            result.push({
                day,
                point: kept ?? dayPoint(await this.totals(start, Math.min(start + DAY_MS, this.now))),
            });
        }
        return result;
    }
    /** The latest sample (today or yesterday). */
    async latest() {
        const today = dayKey(this.now);
        for (const day of [today, addDays(today, -1)]) {
            const { columns } = await this.samples(day);
            for (let i = columns.length - 1; i >= 0; i--)
                if (columns.t[i] <= this.now)
                    return columns.sample(i);
        }
        return undefined;
    }
}
const EMPTY = new Uint8Array(0);
const HOUR_MS = 3_600_000;
/** The rollup's `hour-offsets` (see RollupJson), when the file's lines are in time order. */
function hourOffsets(columns, start, bytes) {
    if (columns.length === 0 || columns.lineStart?.(0) === undefined)
        return undefined;
    const offsets = [];
    let i = 0;
    for (let hour = 0; hour < 24; hour++) {
        while (i < columns.length && columns.t[i] < start + hour * HOUR_MS)
            i++;
        offsets.push(i < columns.length ? columns.lineStart(i) : bytes);
    }
    offsets.push(bytes);
    return offsets;
}
function stripBuiltAt(text) {
    return text.replace(/"built-at":"[^"]*",/, '');
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/status.ts
/** The current state: the latest sample, unless it is too old to say anything (then no data). */
function currentStatus(last, now, intervalMs) {
    if (last.at === undefined || last.status === undefined)
        return 'no-data';
    if (now - last.at > Math.max(3 * intervalMs, 15 * 60_000))
        return 'no-data';
    return last.status === 'ok' ? 'up' : last.status;
}
function formatStatusFile(status) {
    return `${JSON.stringify(status, null, 2)}\n`;
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/service-issues.ts
/**
 * The open issues carrying `label`, by the service each one is about (every page, pull requests
 * skipped, the first issue per service kept). `parse` reads the service from the issue's marker.
 */
async function openIssuesByService(client, repo, label, parse) {
    const issues = await client.listAll('GET /repos/{owner}/{repo}/issues', {
        ...repo,
        state: 'open',
        labels: label,
    });
    const byService = new Map();
    for (const issue of issues) {
        const parsed = issue.pull_request ? undefined : parse(issue);
        if (parsed && !byService.has(parsed.service))
            byService.set(parsed.service, parsed);
    }
    return byService;
}

;// CONCATENATED MODULE: ../../packages/core/src/sla/index.ts
// The SLA core shared by sla-probe, sla-report and the pre-deploy error-budget gate.












;// CONCATENATED MODULE: ./src/alert-issues.ts

const ALERT_LABEL = 'sla-burn-rate';
/** Opens an issue when a burn-rate alert fires, updates it while it fires, resolves it when the burn stops. */
function decideAlertIssue(service, alerts, open) {
    const severity = worstSeverity(alerts);
    if (!severity)
        return open ? { kind: 'resolve', service, issue: open.number } : undefined;
    if (!open)
        return { kind: 'open', service, severity, alerts: [...alerts] };
    return {
        kind: 'update',
        service,
        issue: open.number,
        severity,
        alerts: [...alerts],
        escalated: severity === 'page' && open.severity === 'ticket',
        changed: severity !== open.severity,
    };
}
const MARKER = /<!-- shipgate:sla-burn-rate service=([A-Za-z0-9._-]+) severity=(page|ticket) -->/;
function parseAlertIssue(issue) {
    const match = MARKER.exec(issue.body ?? '');
    return match ? { number: issue.number, service: match[1], severity: match[2] } : undefined;
}
function body(service, severity, alerts, reportUrl) {
    return [
        `<!-- shipgate:sla-burn-rate service=${service} severity=${severity} -->`,
        `**${service}** is burning its error budget fast (${severity === 'page' ? 'page: act now' : 'ticket: act within days'}).`,
        '',
        '| rule | long-window burn | short-window burn |',
        '| --- | --- | --- |',
        ...alerts.map((a) => `| ${a.severity}: ${a.rule} | ${a['long-burn']}× | ${a['short-burn']}× |`),
        '',
        'A burn rate of 1 spends exactly the error budget over the SLO window. This issue is resolved automatically when the burn stops.',
        ...(reportUrl ? ['', `Report run: ${reportUrl}`] : []),
    ].join('\n');
}
function openAlertIssues(client, repo) {
    return openIssuesByService(client, repo, ALERT_LABEL, parseAlertIssue);
}
async function applyAlertAction(client, repo, action, runUrl) {
    const issues = client.api.rest.issues;
    switch (action.kind) {
        case 'open': {
            const { data } = await issues.create({
                ...repo,
                title: `SLA burn-rate alert (${action.severity}): ${action.service}`,
                body: body(action.service, action.severity, action.alerts, runUrl),
                labels: [ALERT_LABEL],
            });
            return {
                line: `opened burn-rate alert #${data.number} (${action.severity}) for ${action.service}`,
                issue: data.number,
            };
        }
        case 'update':
            await issues.update({
                ...repo,
                issue_number: action.issue,
                title: `SLA burn-rate alert (${action.severity}): ${action.service}`,
                body: body(action.service, action.severity, action.alerts, runUrl),
            });
            if (action.changed)
                await issues.createComment({
                    ...repo,
                    issue_number: action.issue,
                    body: `Severity is now **${action.severity}**: ${action.alerts.map((a) => `${a.rule} (${a['long-burn']}×)`).join('; ')}.`,
                });
            return {
                line: `updated burn-rate alert #${action.issue} (${action.severity}) for ${action.service}`,
                issue: action.issue,
            };
        case 'resolve':
            await issues.createComment({
                ...repo,
                issue_number: action.issue,
                body: `Resolved: ${action.service} no longer burns its error budget above any alert threshold.`,
            });
            await issues.update({
                ...repo,
                issue_number: action.issue,
                state: 'closed',
                state_reason: 'completed',
            });
            return { line: `resolved burn-rate alert #${action.issue} for ${action.service}`, issue: action.issue };
    }
}

;// CONCATENATED MODULE: ./src/analysis.ts


const UPTIME_SPANS = {
    '24h': DAY_MS,
    '7d': 7 * DAY_MS,
    '30d': 30 * DAY_MS,
    '90d': 90 * DAY_MS,
};
const CHART_DAYS = 90;
const MAX_ROLLUP_WRITES = 400;
/**
 * The files a report reads, for a bulk snapshot (one tarball on a branch): rollups from the earliest
 * day any figure needs, and raw samples only where no rollup can stand in: today and the days just
 * before it (rebuilt for late samples), days cut by a window edge, and days without a daily rollup.
 * Rollups come before samples in path order, so "without a rollup" is known when a samples file
 * is offered; anything not kept is still read, one file at a time, if it turns out to be needed.
 */
function reportSelection(config, options) {
    const also = new Set([STATUS_PATH, ...(options.also ?? [])]);
    const { now } = options;
    const longest = Math.max(...config.services.map((s) => s.slo['window-days']), CHART_DAYS) * DAY_MS;
    const earliest = dayKey(Math.min(options.period.previous.from, now - longest) - DAY_MS);
    const edges = new Set();
    const edge = (ms) => {
        edges.add(dayKey(ms));
        edges.add(dayKey(ms - DAY_MS));
    };
    for (const ms of [...Object.values(UPTIME_SPANS), ...Object.values(BURN_WINDOWS), CHART_DAYS * DAY_MS])
        edge(now - ms);
    for (const service of config.services)
        edge(now - service.slo['window-days'] * DAY_MS);
    for (const span of [options.period.current, options.period.previous]) {
        edge(span.from);
        edge(span.to);
    }
    const recent = addDays(dayKey(now), -3);
    const rolled = new Set();
    return (file) => {
        const rollup = /^rollups\/([^/]+)\/(\d{4}-\d{2}(?:-\d{2})?)(?:\.days)?\.json$/.exec(file);
        if (rollup) {
            if (rollup[2].length === 10 && !file.endsWith('.days.json'))
                rolled.add(`${rollup[1]}/${rollup[2]}`);
            return rollup[2] >= earliest.slice(0, rollup[2].length);
        }
        const samples = /^samples\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(file);
        if (!samples)
            return also.has(file);
        const day = samples[2];
        if (day < earliest)
            return false;
        return day >= recent || edges.has(day) || !rolled.has(`${samples[1]}/${day}`);
    };
}
/**
 * Everything the report says, from one snapshot of the data store: a pure function of the snapshot,
 * the config and the time, so it can run again on a newer snapshot when a probe wrote meanwhile.
 */
async function analyse(snapshot, config, options) {
    const { now } = options;
    const reports = [];
    const changes = {};
    let rollupWrites = 0;
    let deferred = 0;
    const one = async (service) => {
        const history = await new ServiceHistory(snapshot, service.name, config.probeIntervalMs, now).init();
        const windowMs = service.slo['window-days'] * DAY_MS;
        const earliest = Math.min(options.period.previous.from, now - windowMs, now - CHART_DAYS * DAY_MS);
        const rollupsBuilt = await history.buildRollups(dayKey(earliest), {
            recentDays: 2,
            rebuild: options.rebuild,
        });
        const over = async (from, to) => figures(await history.totals(from, to), service.slo, { from, to });
        const burn = {};
        for (const [name, ms] of Object.entries(BURN_WINDOWS))
            burn[name] = windowBurn(await history.totals(now - ms, now), service.slo);
        const uptime = {};
        for (const [name, ms] of Object.entries(UPTIME_SPANS))
            uptime[name] = await over(now - ms, now);
        const days = Array.from({ length: CHART_DAYS }, (_, i) => addDays(dayKey(now), i - CHART_DAYS + 1));
        const daily = (await history.dayPoints(days)).map(({ day, point }) => {
            const dayMs = Math.max(1, Math.min(now, dayStart(day) + DAY_MS) - dayStart(day));
            const covered = point['covered-ms'];
            return {
                day,
                coverage: Number(Math.min(1, covered / dayMs).toFixed(4)),
                uptime: covered > 0 ? Number(((100 * (covered - point['down-ms'])) / covered).toFixed(4)) : undefined,
                p50: point['p50-ms'],
                p95: point['p95-ms'],
                p99: point['p99-ms'],
                'downtime-minutes': Number((point['down-ms'] / 60_000).toFixed(2)),
            };
        });
        const slo = await over(now - windowMs, now);
        // Burn-down over the whole SLO window (it may be longer than the 90 charted days).
        const windowDays = Array.from({ length: service.slo['window-days'] + 1 }, (_, i) => addDays(dayKey(now), i - service.slo['window-days']));
        let left = slo['budget-minutes'];
        const burnDown = (await history.dayPoints(windowDays)).map(({ day, point }) => ({
            day,
            'minutes-left': Number((left -= point['down-ms'] / 60_000).toFixed(2)),
        }));
        const latest = await history.latest();
        const status = currentStatus({ at: latest ? Date.parse(latest.t) : undefined, status: latest?.status }, now, config.probeIntervalMs);
        const incidentTotals = await history.totals(now - CHART_DAYS * DAY_MS, now);
        const evidence = budgetEvidence(slo, options);
        const period = await over(options.period.current.from, options.period.current.to);
        const previous = await over(options.period.previous.from, options.period.previous.to);
        const budget = budgetAlert(slo, evidence.known, burn['1h'].burn);
        const report = {
            service,
            status,
            ...(latest
                ? {
                    lastSample: {
                        t: latest.t,
                        status: latest.status,
                        ...(latest.reason ? { reason: latest.reason } : {}),
                    },
                }
                : {}),
            period,
            periodEvidence: budgetEvidence(period, options),
            previous,
            previousEvidence: budgetEvidence(previous, options),
            slo,
            evidence,
            burn,
            alerts: [...evaluateAlerts(burn, { minSamples: options.minSamples }), ...(budget ? [budget] : [])],
            uptime,
            daily,
            burnDown,
            incidents: incidentTotals.incidents,
            rollupsBuilt,
        };
        return { report, files: history.changes };
    };
    // Services are independent: two at once, so one's reads overlap the other's computing (more would hold more services' raw samples in memory at a time).
    for (const { report, files } of await mapLimited(config.services, 2, one)) {
        reports.push(report);
        // A first run over a long history writes at most MAX_ROLLUP_WRITES files (one commit stays a
        // reasonable size) and leaves the rest to later runs (figures fall back to raw samples meanwhile).
        // Daily rollups come before monthly ones, so a month is never written ahead of its days.
        let written = 0;
        for (const [file, text] of Object.entries(files)) {
            if (rollupWrites >= MAX_ROLLUP_WRITES)
                break;
            changes[file] = text;
            rollupWrites++;
            written++;
        }
        deferred += Object.keys(files).length - written;
    }
    const status = {
        schema: 1,
        'generated-at': new Date(now).toISOString(),
        services: Object.fromEntries(reports.map((report) => {
            const { service, slo, evidence } = report;
            const errorRate24h = report.uptime['24h']['error-rate'];
            const entry = {
                ...(service.environment ? { environment: service.environment } : {}),
                status: report.status,
                slo: { ...service.slo },
                coverage: slo.coverage,
                samples: slo.samples,
                'budget-state': evidence.known ? 'known' : 'unknown',
                ...(evidence.reason ? { 'budget-detail': evidence.reason } : {}),
                ...(slo.uptime !== undefined ? { uptime: slo.uptime } : {}),
                ...(slo['latency-p95-ms'] !== undefined ? { 'latency-p95-ms': slo['latency-p95-ms'] } : {}),
                ...(slo['error-rate'] !== undefined ? { 'error-rate': slo['error-rate'] } : {}),
                ...(errorRate24h !== undefined ? { 'error-rate-24h': errorRate24h } : {}),
                // An unknown budget has no figure at all, so no reader can mistake it for budget left.
                ...(evidence.known && slo['budget-remaining'] !== undefined
                    ? { 'error-budget-remaining': slo['budget-remaining'] }
                    : {}),
                'budget-exhausted': evidence.known && slo['budget-exhausted'],
                ...(report.burn['1h'].burn !== undefined
                    ? { 'burn-rate-1h': Number(report.burn['1h'].burn.toFixed(4)) }
                    : {}),
                'updated-at': report.lastSample?.t ?? new Date(now).toISOString(),
            };
            return [service.name, entry];
        })),
    };
    changes[STATUS_PATH] = formatStatusFile(status);
    return { reports, status, changes, deferredRollups: deferred };
}

;// CONCATENATED MODULE: ./src/executive-summary.ts
/** Budget left as words: a figure only when the budget is known, "not enough data (…)" otherwise. */
function budgetText(report) {
    if (!report.evidence.known)
        return report.evidence.reason;
    const left = report.slo['budget-remaining'];
    if (left === undefined)
        return 'no data';
    return `${left} %${report.slo['budget-exhausted'] ? ' (EXHAUSTED)' : ''}`;
}
const burnOf = (r) => r.burn['1h'].burn ?? r.burn['6h'].burn;
const times = (v) => `${Number(v.toFixed(1))}×`;
/**
 * What to do, derived from the figures only, most urgent first: each line names the service and the
 * measured values that call for it.
 */
function recommendations(reports) {
    const urgent = [];
    const soon = [];
    for (const r of reports) {
        const name = r.service.name;
        const left = r.slo['budget-remaining'];
        const burn = burnOf(r);
        if (!r.evidence.known)
            soon.push(`Wait before gating on ${name}: its budget is unknown, ${r.evidence.reason}; the deploy gate refuses it until the SLO window holds enough samples.`);
        else if (r.slo['budget-exhausted'])
            urgent.push(`Freeze deploys of ${name}: error budget exhausted (${left} % left${burn !== undefined ? `, burn ${times(burn)}` : ''}); ship only fixes for reliability.`);
        else if (left !== undefined && left < 25 && burn !== undefined && burn >= 1)
            urgent.push(`Freeze deploys of ${name}: budget ${left} % left, burn ${times(burn)} (at this rate it is spent before the window ends).`);
        else if (left !== undefined && left <= 20)
            soon.push(`Slow down deploys of ${name}: only ${left} % of the error budget is left.`);
        if (r.period['slo-met'].latency === false)
            soon.push(`Investigate latency of ${name}: p95 ${r.period['latency-p95-ms']} ms over the ${r.service.slo['latency-p95-ms']} ms SLO.`);
        if (r.period['slo-met']['error-rate'] === false)
            soon.push(`Investigate errors of ${name}: ${r.period['error-rate']} % of probe requests failed (SLO ${r.service.slo['error-rate']} %).`);
        if (r.period.samples > 0 && r.period.coverage < 0.9)
            soon.push(`Check the probe schedule of ${name}: ${Number((100 * r.period.coverage).toFixed(1))} % coverage of the period (runs were missed; missing time is never counted as up).`);
    }
    const all = [...urgent, ...soon];
    return all.length > 0 ? all : ['No action needed: every service met its SLO with error budget to spare.'];
}
/** The opening of the report: who is out of SLO, the budget and its trend, the worst incidents. */
function executiveSummary(reports, period) {
    const out = reports.filter((r) => Object.values(r.period['slo-met']).includes(false));
    const lines = [
        '## Executive summary',
        '',
        out.length === 0
            ? `- **All ${reports.length} service(s) met their SLOs** in the period.`
            : `- **${out.length} of ${reports.length} service(s) out of SLO:** ${out
                .map((r) => `${r.service.name} (${Object.entries(r.period['slo-met'])
                .filter(([, met]) => met === false)
                .map(([name]) => name)
                .join(', ')})`)
                .join('; ')}.`,
    ];
    for (const r of reports) {
        // A period's spend from a sliver of it says nothing (one bad probe of a new service reads as
        // thousands of percent): stated only with enough samples, and its trend only when both are.
        const spent = r.periodEvidence.known ? r.period['budget-consumed'] : undefined;
        const before = r.previousEvidence.known ? r.previous['budget-consumed'] : undefined;
        const trend = spent === undefined || before === undefined
            ? ''
            : spent > before + 1e-9
                ? ` (▲ up from ${before} % the period before)`
                : spent < before - 1e-9
                    ? ` (▼ down from ${before} % the period before)`
                    : ' (= the period before)';
        const spentText = !r.periodEvidence.known
            ? r.periodEvidence.reason
            : spent === undefined
                ? 'no data'
                : `${spent} %`;
        lines.push(`- ${r.service.name}: budget over the SLO window ${budgetText(r)}; spent in the period ${spentText}${trend}.`);
    }
    const worst = reports
        .flatMap((r) => r.incidents
        .filter((i) => Date.parse(i.start) < period.to && (i.end === undefined || Date.parse(i.end) >= period.from))
        .map((i) => ({ service: r.service.name, ...i })))
        .sort((a, b) => b['down-minutes'] - a['down-minutes'])
        .slice(0, 3);
    lines.push(worst.length === 0
        ? '- No incidents in the period.'
        : `- Worst incidents: ${worst
            .map((i) => `${i.service} ${Number(i['down-minutes'].toFixed(1))} min down from ${i.start}${i.end ? '' : ' (ongoing)'}`)
            .join('; ')}.`, '', '### Recommendations', '', ...recommendations(reports).map((line) => `- ${line}`), '');
    return lines;
}

;// CONCATENATED MODULE: ./src/dashboard.ts

/**
 * The dashboard: one self-contained HTML file (no scripts, no network: a CSP forbids both), with
 * charts as inline SVG. Every chart has a title, a description and a data table; status is written
 * in words and symbols, never colour alone.
 */
const HTML_SPECIAL = /[&<>"']/;
function escapeHtml(text) {
    const plain = String(text ?? '');
    // Most cells are numbers and dates: one test instead of five replaces (a dashboard has ~100k cells).
    if (!HTML_SPECIAL.test(plain))
        return plain;
    return plain
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
const STATUS_TEXT = {
    up: '✔ up',
    degraded: '▲ degraded (slow)',
    down: '✖ down',
    'no-data': '? no recent data',
};
const W = 720;
const H = 200;
const PAD = { left: 76, right: 16, top: 16, bottom: 28 };
function scale(min, max, from, to) {
    const span = max - min || 1;
    return (value) => from + ((value - min) / span) * (to - from);
}
function svgFrame(id, title, desc, body, yLabels) {
    return `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${W} ${H}" width="100%" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>
<rect x="${PAD.left}" y="${PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}" class="plot"/>
${yLabels}${body}</svg>`;
}
function axis(min, max, unit, y) {
    return [min, (min + max) / 2, max]
        .map((v) => `<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" class="tick">${escapeHtml(`${Number(v.toFixed(2))}${unit}`)}</text>`)
        .join('');
}
function dayLabels(days, x) {
    const picks = [0, Math.floor((days.length - 1) / 2), days.length - 1];
    return picks
        .map((i) => `<text x="${x(i)}" y="${H - 8}" text-anchor="middle" class="tick">${escapeHtml(days[i]?.slice(5) ?? '')}</text>`)
        .join('');
}
function uptimeChart(id, daily, slo) {
    const known = daily.map((d) => d.uptime).filter((v) => v !== undefined);
    const min = Math.max(0, Math.min(slo - 0.5, ...known));
    const y = scale(min, 100, H - PAD.bottom, PAD.top);
    const band = (W - PAD.left - PAD.right) / daily.length;
    const x = (i) => PAD.left + band * (i + 0.5);
    const bars = daily
        .map((d, i) => {
        const left = PAD.left + band * i + 0.5;
        if (d.uptime === undefined)
            return `<rect x="${left}" y="${PAD.top}" width="${band - 1}" height="${H - PAD.top - PAD.bottom}" class="nodata"><title>${d.day}: no data</title></rect>`;
        const top = y(Math.max(min, d.uptime));
        const below = d.uptime < slo;
        return `<rect x="${left}" y="${top}" width="${band - 1}" height="${H - PAD.bottom - top}" class="${below ? 'bar-bad' : 'bar'}"><title>${d.day}: ${d.uptime}% up, coverage ${(100 * d.coverage).toFixed(1)}%${below ? ' (below SLO)' : ''}</title></rect>`;
    })
        .join('');
    const sloLine = `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(slo)}" y2="${y(slo)}" class="slo"/><text x="${W - PAD.right - 4}" y="${y(slo) - 4}" text-anchor="end" class="tick">SLO ${slo}%</text>`;
    const below = daily.filter((d) => d.uptime !== undefined && d.uptime < slo).length;
    const missing = daily.filter((d) => d.uptime === undefined).length;
    return svgFrame(id, 'Daily uptime', `Uptime per day over ${daily.length} days: ${below} day(s) below the ${slo}% SLO, ${missing} day(s) without data (hatched).`, bars +
        sloLine +
        dayLabels(daily.map((d) => d.day), x), axis(min, 100, '%', y));
}
function lineChart(id, title, desc, days, series, unit, reference) {
    const all = series.flatMap((s) => s.values.filter((v) => v !== undefined));
    if (reference)
        all.push(reference.value);
    const min = Math.min(0, ...all);
    const max = Math.max(1, ...all) * 1.05;
    const y = scale(min, max, H - PAD.bottom, PAD.top);
    const step = (W - PAD.left - PAD.right) / Math.max(1, days.length - 1);
    const x = (i) => PAD.left + step * i;
    const paths = series
        .map((s) => {
        let d = '';
        let pen = false;
        s.values.forEach((v, i) => {
            if (v === undefined) {
                pen = false;
                return;
            }
            d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
            pen = true;
        });
        return `<path d="${d}" class="${s.className}" stroke-dasharray="${s.dash}" fill="none"><title>${escapeHtml(s.name)}</title></path>`;
    })
        .join('');
    const ref = reference
        ? `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(reference.value)}" y2="${y(reference.value)}" class="slo"/><text x="${W - PAD.right - 4}" y="${y(reference.value) - 4}" text-anchor="end" class="tick">${escapeHtml(reference.label)}</text>`
        : '';
    const legend = series
        .map((s, i) => `<line x1="${PAD.left + 8 + i * 120}" x2="${PAD.left + 36 + i * 120}" y1="${PAD.top + 10}" y2="${PAD.top + 10}" class="${s.className}" stroke-dasharray="${s.dash}"/><text x="${PAD.left + 40 + i * 120}" y="${PAD.top + 14}" class="tick">${escapeHtml(s.name)}</text>`)
        .join('');
    return svgFrame(id, title, desc, paths + ref + legend + dayLabels(days, x), axis(min, max, unit, y));
}
function table(headers, rows, caption) {
    return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell ?? '—')}</th>` : `<td>${escapeHtml(cell ?? '—')}</td>`)).join('')}</tr>`)
        .join('')}</tbody></table>`;
}
const pct = (v, digits = 3) => v === undefined ? 'no data' : `${Number(v.toFixed(digits))}%`;
function serviceSection(report, index) {
    const { service, slo } = report;
    const id = `s${index}`;
    const days = report.daily.map((d) => d.day);
    const uptimeRows = Object.entries(report.uptime).map(([span, f]) => [
        span,
        pct(f.uptime),
        pct(f['error-rate']),
        pct(100 * f.coverage, 2),
        f['downtime-minutes'],
        f.incidents,
    ]);
    const latencyDays = report.daily.filter((d) => d.p95 !== undefined);
    return `<section aria-labelledby="${id}-h" class="service">
<h2 id="${id}-h">${escapeHtml(service.name)} <span class="status status-${report.status}">${escapeHtml(STATUS_TEXT[report.status])}</span></h2>
<p>${service.environment ? `Environment <strong>${escapeHtml(service.environment)}</strong>. ` : ''}SLO: uptime ${service.slo.uptime}%, p95 latency ≤ ${service.slo['latency-p95-ms']} ms, error rate ≤ ${service.slo['error-rate']}% over ${service.slo['window-days']} days.
${report.lastSample ? `Last sample ${escapeHtml(report.lastSample.t)}: ${escapeHtml(report.lastSample.status)}${report.lastSample.reason ? ` (${escapeHtml(report.lastSample.reason)})` : ''}.` : 'No sample yet.'}</p>
<p class="budget">${report.evidence.known
        ? `Error budget left over the ${service.slo['window-days']}-day window: <strong>${escapeHtml(budgetText(report))}</strong>${slo['budget-exhausted'] ? ' — <strong>EXHAUSTED: deploys are blocked</strong>' : ''}`
        : `Error budget over the ${service.slo['window-days']}-day window: <strong class="unknown">unknown, ${escapeHtml(report.evidence.reason)}</strong> — the deploy gate refuses until there is enough data`} (coverage ${pct(100 * slo.coverage, 2)}; burn rate 1h ${report.burn['1h'].burn === undefined ? 'no data' : `${report.burn['1h'].burn.toFixed(2)}×`}; error rate 24h ${pct(report.uptime['24h']['error-rate'])}).
${report.alerts.length > 0 ? `<br><strong>Alert:</strong> ${escapeHtml(report.alerts.map((a) => `${a.severity} (${a.rule})`).join('; '))}` : ''}</p>
${table(['window', 'uptime', 'error rate', 'coverage', 'downtime (min)', 'incidents'], uptimeRows, `Uptime and error rate of ${service.name}`)}
<figure>${uptimeChart(`${id}-up`, report.daily, service.slo.uptime)}<figcaption>Daily uptime (hatched: no data).</figcaption></figure>
<figure>${lineChart(`${id}-lat`, 'Latency percentiles per day', latencyDays.length === 0
        ? 'No latency data.'
        : `p50, p95 and p99 latency per day; latest p95 ${latencyDays.at(-1).p95} ms against an SLO of ${service.slo['latency-p95-ms']} ms.`, days, [
        { name: 'p50', values: report.daily.map((d) => d.p50), dash: '', className: 'l50' },
        { name: 'p95', values: report.daily.map((d) => d.p95), dash: '6 3', className: 'l95' },
        { name: 'p99', values: report.daily.map((d) => d.p99), dash: '2 3', className: 'l99' },
    ], ' ms', { value: service.slo['latency-p95-ms'], label: `SLO p95 ${service.slo['latency-p95-ms']} ms` })}<figcaption>Latency percentiles (solid p50, dashed p95, dotted p99).</figcaption></figure>
<details><summary>Daily figures (table)</summary>${table(['day', 'uptime', 'coverage', 'p50 ms', 'p95 ms', 'p99 ms', 'downtime (min)'], [...report.daily]
        .reverse()
        .filter((d) => d.coverage > 0)
        .map((d) => [
        d.day,
        pct(d.uptime),
        pct(100 * d.coverage, 2),
        d.p50,
        d.p95,
        d.p99,
        d['downtime-minutes'],
    ]), `Daily figures of ${service.name}`)}</details>
<figure>${lineChart(`${id}-budget`, 'Error budget burn-down', `Budget minutes left at the end of each day of the ${service.slo['window-days']}-day window, out of ${slo['budget-minutes']}; ${report.burnDown.at(-1)?.['minutes-left'] ?? slo['budget-minutes']} left now.`, report.burnDown.map((d) => d.day), [
        {
            name: 'minutes left',
            values: report.burnDown.map((d) => d['minutes-left']),
            dash: '',
            className: 'lbudget',
        },
    ], ' min', { value: 0, label: 'exhausted' })}<figcaption>Error budget remaining (minutes of downtime the SLO still allows).</figcaption></figure>
<h3>Incidents (last 90 days)</h3>
${report.incidents.length === 0
        ? '<p>None.</p>'
        : table(['start', 'end', 'down (min)'], report.incidents.map((i) => [i.start, i.end ?? 'ongoing', i['down-minutes'].toFixed(1)]), `Incidents of ${service.name}`)}
</section>`;
}
function dashboardHtml(reports, generatedAt) {
    const overview = table([
        'service',
        'status',
        'uptime 24h',
        'uptime 7d',
        'uptime 30d',
        'uptime 90d',
        'error rate 24h',
        'error rate 30d',
        'budget left',
    ], reports.map((r) => [
        r.service.name,
        STATUS_TEXT[r.status],
        pct(r.uptime['24h'].uptime),
        pct(r.uptime['7d'].uptime),
        pct(r.uptime['30d'].uptime),
        pct(r.uptime['90d'].uptime),
        pct(r.uptime['24h']['error-rate']),
        pct(r.uptime['30d']['error-rate']),
        budgetText(r),
    ]), 'All services');
    // The page is put together as UTF-8 bytes, a service's section at a time, and made into one string
    // at the end. Joined as strings, the sections (5 MB for 100 services, twice that as a string with
    // characters beyond Latin-1) and the many pieces each is made of stayed alive together in the young
    // generation, which grew the heap by about 40 MB at the run's memory peak; as bytes they sit
    // outside the heap, and each section's pieces die as soon as it is encoded. The same text.
    const start = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SLA dashboard</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #ccd;padding-top:1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.2rem .5rem;text-align:left}caption{text-align:left;font-weight:600}
.status{font-size:.9rem;padding:.1rem .4rem;border:2px solid;border-radius:.3rem}
.unknown{color:#555}.status-up{color:#0a6b2d}.status-degraded{color:#8a5a00}.status-down{color:#a4161a}.status-no-data{color:#555}
.plot{fill:#fafbfc;stroke:#ccd}.tick{font-size:11px;fill:#333}.bar{fill:#2b8a3e}.bar-bad{fill:#c92a2a}
.nodata{fill:url(#hatch);stroke:#bbb}.slo{stroke:#333;stroke-dasharray:4 4}
.l50,.l95,.l99,.lbudget{stroke-width:2}.l50{stroke:#1c7ed6}.l95{stroke:#e8590c}.l99{stroke:#862e9c}.lbudget{stroke:#2b8a3e}
figure{margin:1rem 0}figcaption{font-size:.85rem;color:#444}
</style></head>
<body>
<svg width="0" height="0" aria-hidden="true" style="position:absolute"><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs></svg>
<header><h1>SLA dashboard</h1><p>Generated ${escapeHtml(generatedAt)} by shipgate sla-report. Missing samples are shown as no data, never as up.</p></header>
<main>
${overview}
`;
    const parts = [Buffer.from(start, 'utf8')];
    reports.forEach((report, i) => parts.push(Buffer.from(`${i > 0 ? '\n' : ''}${serviceSection(report, i)}`, 'utf8')));
    parts.push(Buffer.from('\n</main></body></html>\n', 'utf8'));
    return Buffer.concat(parts).toString('utf8');
}

;// CONCATENATED MODULE: ./src/markdown-report.ts


const fmt = (value, unit = '', digits = 3) => value === undefined ? 'no data' : `${Number(value.toFixed(digits))}${unit}`;
/** "99.95 % (▲ 0.02 vs 99.93 %)": the change since the previous period, in words and arrows, not colour. */
function compare(current, previous, unit, higherIsBetter) {
    if (current === undefined)
        return 'no data';
    if (previous === undefined)
        return `${fmt(current, unit)} (no previous data)`;
    const delta = current - previous;
    if (Math.abs(delta) < 1e-9)
        return `${fmt(current, unit)} (= previous)`;
    const better = delta > 0 === higherIsBetter;
    return `${fmt(current, unit)} (${delta > 0 ? '▲' : '▼'} ${fmt(Math.abs(delta), unit)} ${better ? 'better' : 'worse'} than ${fmt(previous, unit)})`;
}
const latency = (f) => f['latency-p50-ms'] === undefined
    ? 'no data'
    : `${f['latency-p50-ms']} / ${f['latency-p95-ms']} / ${f['latency-p99-ms']}`;
function markdownReport(reports, period) {
    const lines = [
        `# SLA report: ${period.current.label} (${period.name})`,
        '',
        `From ${new Date(period.current.from).toISOString()} to ${new Date(period.current.to).toISOString()}, compared with ${period.previous.label}.`,
        '',
        ...executiveSummary(reports, period.current),
        markdownTable([
            'service',
            'now',
            'uptime',
            'p50 / p95 / p99 (ms)',
            'error rate',
            'error rate 24h',
            'coverage',
            'incidents',
            'downtime (min)',
            'budget left',
            'SLO met',
        ], reports.map((r) => [
            r.service.name,
            r.status,
            compare(r.period.uptime, r.previous.uptime, ' %', true),
            latency(r.period),
            compare(r.period['error-rate'], r.previous['error-rate'], ' %', false),
            fmt(r.uptime['24h']['error-rate'], ' %'),
            `${fmt(100 * r.period.coverage, ' %', 2)}`,
            `${r.period.incidents} (previous ${r.previous.incidents})`,
            `${r.period['downtime-minutes']} of ${r.period['budget-minutes']} allowed`,
            !r.periodEvidence.known
                ? r.periodEvidence.reason
                : `${r.period['budget-remaining']} %${r.period['budget-exhausted'] ? ' (exhausted)' : ''}`,
            Object.entries(r.period['slo-met'])
                .map(([name, met]) => `${name} ${met === undefined ? '?' : met ? 'yes' : 'NO'}`)
                .join(', '),
        ])),
        '',
        '## Error budget over each SLO window (up to now)',
        '',
        markdownTable([
            'service',
            'SLO',
            'window',
            'uptime',
            'coverage',
            'budget left',
            'burn 5m',
            'burn 30m',
            'burn 1h',
            'burn 6h',
            'burn 3d',
            'alerts',
        ], reports.map((r) => [
            r.service.name,
            `${r.service.slo.uptime} % · p95 ≤ ${r.service.slo['latency-p95-ms']} ms · errors ≤ ${r.service.slo['error-rate']} %`,
            `${r.service.slo['window-days']}d`,
            fmt(r.slo.uptime, ' %'),
            fmt(100 * r.slo.coverage, ' %', 2),
            budgetText(r),
            ...['5m', '30m', '1h', '6h', '3d'].map((w) => fmt(r.burn[w].burn, '×', 2)),
            r.alerts.length === 0 ? 'none' : r.alerts.map((a) => `${a.severity}: ${a.rule}`).join('; '),
        ])),
        '',
    ];
    const incidents = reports.flatMap((r) => r.incidents
        .filter((i) => Date.parse(i.start) < period.current.to &&
        (i.end === undefined || Date.parse(i.end) >= period.current.from))
        .map((i) => [r.service.name, i.start, i.end ?? 'ongoing', Number(i['down-minutes'].toFixed(1))]));
    lines.push('## Incidents in the period', '', incidents.length === 0 ? 'None.' : markdownTable(['service', 'start', 'end', 'down (min)'], incidents), '');
    lines.push('Uptime is time-weighted over the covered part of the period; coverage is the share of the period with samples (missing samples are no data, never up). Degraded answers count as up and against the latency SLO. Latency percentiles come from DDSketch rollups with 1 % relative accuracy.', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/notifications.ts
/** "Budget alert": a burn-rate alert opened, its severity changed, or resolved (a steady alert is not repeated). */
function budgetAlertEvent(action, issueUrl) {
    if (action.kind === 'update' && !action.changed)
        return undefined;
    if (action.kind === 'resolve')
        return {
            kind: 'budget-alert',
            title: `Error budget alert resolved: ${action.service}`,
            text: `${action.service} no longer burns its error budget above any alert threshold.`,
            tone: 'good',
            service: action.service,
            outcome: 'resolved',
            links: { issue: issueUrl },
        };
    const rules = action.alerts.map((a) => `${a.severity}: ${a.rule} (${a['long-burn']}× long, ${a['short-burn']}× short)`);
    return {
        kind: 'budget-alert',
        title: `Error budget alert (${action.severity}): ${action.service}`,
        text: `${action.service} is burning its error budget fast (${action.severity === 'page' ? 'page: act now' : 'ticket: act within days'}). ${rules.join('; ')}. A burn rate of 1 spends exactly the budget over the SLO window.`,
        tone: action.severity === 'page' ? 'bad' : 'warning',
        service: action.service,
        outcome: action.kind === 'open' ? `${action.severity} alert opened` : `now ${action.severity}`,
        facts: [{ name: 'Severity', value: action.severity }],
        links: { issue: issueUrl },
    };
}

;// CONCATENATED MODULE: ./src/periods.ts

const PERIODS = ['day', 'week', 'month', 'rolling-30d'];
/**
 * The period a report covers, and the one before it for comparison. Calendar periods are the last
 * complete UTC day, ISO week (Monday to Sunday) or month; rolling-30d ends now.
 */
function resolvePeriod(period, now) {
    const today = dayStart(dayKey(now));
    const days = (from, to, label) => ({ from, to, label });
    switch (period) {
        case 'day': {
            const from = today - DAY_MS;
            return {
                current: days(from, today, dayKey(from)),
                previous: days(from - DAY_MS, from, dayKey(from - DAY_MS)),
            };
        }
        case 'week': {
            const weekday = (new Date(today).getUTCDay() + 6) % 7; // Monday 0
            const to = today - weekday * DAY_MS;
            const from = to - 7 * DAY_MS;
            return {
                current: days(from, to, `week of ${dayKey(from)}`),
                previous: days(from - 7 * DAY_MS, from, `week of ${dayKey(from - 7 * DAY_MS)}`),
            };
        }
        case 'month': {
            const date = new Date(today);
            const to = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
            const from = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1);
            const before = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 2, 1);
            return {
                current: days(from, to, dayKey(from).slice(0, 7)),
                previous: days(before, from, dayKey(before).slice(0, 7)),
            };
        }
        case 'rolling-30d': {
            const from = now - 30 * DAY_MS;
            return {
                current: days(from, now, `30 days to ${new Date(now).toISOString().slice(0, 16)}Z`),
                previous: days(from - 30 * DAY_MS, from, `the 30 days before`),
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/outputs.ts
/**
 * The step outputs summarise all services by the worst one: lowest uptime and budget left, highest
 * latency, error rate and burn rate. Uptime, latency and error rate are over the report period; the
 * budget and burn rate are over each service's SLO window up to now (what the deploy gate uses).
 */
function summarise(reports) {
    // An unknown budget is worse than any known one: no lowest figure is given while one is unknown.
    const unknown = reports.filter((r) => !r.evidence.known);
    const pick = (values, worst) => {
        const known = values.filter((v) => v !== undefined);
        return known.length === 0 ? '' : String(worst(...known));
    };
    return {
        uptime: pick(reports.map((r) => r.period.uptime), Math.min),
        'latency-p95': pick(reports.map((r) => r.period['latency-p95-ms']), Math.max),
        'error-rate': pick(reports.map((r) => r.period['error-rate']), Math.max),
        'error-rate-24h': pick(reports.map((r) => r.uptime['24h']['error-rate']), Math.max),
        'error-budget-remaining': unknown.length > 0
            ? ''
            : pick(reports.map((r) => r.slo['budget-remaining']), Math.min),
        'budget-state': unknown.length > 0 || reports.length === 0 ? 'unknown' : 'known',
        'budget-detail': unknown.map((r) => `${r.service.name}: ${r.evidence.reason}`).join('; '),
        'budget-exhausted': reports.some((r) => r.evidence.known && r.slo['budget-exhausted']) ? 'true' : 'false',
        'burn-rate': pick(reports.map((r) => r.burn['1h'].burn === undefined ? undefined : Number(r.burn['1h'].burn.toFixed(4))), Math.max),
        alerts: reports.flatMap((r) => r.alerts.map((a) => ({
            service: r.service.name,
            severity: a.severity,
            rule: a.rule,
            'long-burn': a['long-burn'],
            'short-burn': a['short-burn'],
        }))),
    };
}

;// CONCATENATED MODULE: ./src/dashboard-file.ts

const dashboard_file_EXPECTED = 'a relative path of an .html file on the data branch, such as dashboard/index.html';
/** Paths the SLA data itself uses: the dashboard must not overwrite them. */
const RESERVED = /^(samples|rollups)(\/|$)|^status\.json$/;
/** The dashboard's path on the data branch: relative, inside the branch, not over the SLA data. */
function dataBranchPath(value) {
    const parts = value.split('/');
    const problem = value.startsWith('/') || /^[A-Za-z]:/.test(value)
        ? 'is absolute'
        : parts.some((p) => p === '..')
            ? 'leaves the branch'
            : parts.some((p) => p === '' || p === '.') || /[\\\0]/.test(value)
                ? 'is not a clean path'
                : parts[0] === '.git'
                    ? 'is inside .git'
                    : RESERVED.test(value)
                        ? 'would overwrite the SLA data'
                        : !value.endsWith('.html')
                            ? 'is not an .html file'
                            : undefined;
    if (problem)
        throw new errors/* InputError */.dz('dashboard-file', `'${value}' ${problem}`, dashboard_file_EXPECTED);
    return value;
}

;// CONCATENATED MODULE: ./src/json-report.ts


/**
 * Writes `data` as `JSON.stringify(data, null, 2)` and a newline, the same bytes, a part at a time:
 * each top-level value, and each element of a top-level array, is made into text and written on its
 * own. A report over 100 services is about 5 MB of JSON; made whole, that text and the one large
 * string it is built in sat in memory beside the dashboard at the run's peak.
 * `data` is plain data (objects, arrays, strings, numbers, booleans, null), as a report is.
 */
async function writeJsonReportInParts(file, data) {
    const absolute = external_node_path_default().resolve(file);
    await external_node_fs_namespaceObject.promises.mkdir(external_node_path_default().dirname(absolute), { recursive: true });
    const handle = await external_node_fs_namespaceObject.promises.open(absolute, 'w');
    try {
        // Small parts are gathered and written together; a large array's elements go one at a time.
        let pending = '';
        const write = async (text, flush = false) => {
            pending += text;
            if (flush || pending.length >= 1 << 16) {
                await handle.write(pending);
                pending = '';
            }
        };
        // Strings in JSON text hold no raw newline, so every newline is one the indentation starts at.
        const nested = (value, indent) => JSON.stringify(value, null, 2)?.replace(/\n/g, `\n${indent}`);
        // JSON.stringify leaves out keys whose value is undefined (or a function or symbol).
        const entries = Object.entries(data).filter(([, value]) => !omitted(value));
        if (entries.length === 0)
            await write('{}');
        else {
            await write('{');
            for (const [n, [key, value]] of entries.entries()) {
                await write(`${n > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `);
                if (Array.isArray(value) && value.length > 0) {
                    await write('[');
                    for (const [i, element] of value.entries())
                        // An element that is undefined (or a function or symbol) is written null, as JSON.stringify does.
                        await write(`${i > 0 ? ',' : ''}\n    ${nested(element, '    ') ?? 'null'}`);
                    await write('\n  ]');
                }
                else
                    await write(nested(value, '  ') ?? 'null');
            }
            await write('\n}');
        }
        await write('\n', true);
    }
    finally {
        await handle.close();
    }
    return absolute;
}
const omitted = (value) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

;// CONCATENATED MODULE: ./src/main.ts














const iso = (ms) => new Date(ms).toISOString();
const outputs = new Outputs({
    uptime: '',
    'latency-p95': '',
    'error-rate': '',
    'error-rate-24h': '',
    'error-budget-remaining': '',
    'budget-state': 'unknown',
    'budget-detail': '',
    // Fail closed: a report that could not be made does not vouch for the budget.
    'budget-exhausted': 'true',
    'burn-rate': '',
    alerts: '[]',
    'report-file': '',
    'dashboard-path': '',
});
function run() {
    return runAction(outputs, async ({ inputs, context, clock, signal, github }) => {
        // Inputs, all validated before anything is read or written.
        const configFile = inputs.string('config-file', { default: '.github/sla.yml' });
        const dataBranch = inputs.string('data-branch', { default: 'sla-data' });
        const dataDir = inputs.optionalString('data-dir');
        const repository = inputs.repository('repository', {
            default: `${context.repository.owner}/${context.repository.repo}`,
        });
        const token = inputs.string('github-token', { expected: 'a token, such as ${{ github.token }}' });
        const periodName = inputs.enum('period', PERIODS, { default: 'rolling-30d' });
        const incidentIssues = inputs.boolean('incident-issues', { default: true });
        const burnRateAlerts = inputs.boolean('burn-rate-alerts', { default: true });
        const minSamples = inputs.integer('min-samples', { default: 10, min: 1, max: 100_000 });
        const minCoverage = inputs.number('min-coverage', { default: 50, min: 0, max: 100 });
        const outputDir = external_node_path_default().resolve(inputs.string('output-dir', { default: 'sla-report' }));
        const rebuild = inputs.boolean('rebuild-rollups', { default: false });
        const dashboardFile = dataBranchPath(inputs.string('dashboard-file', { default: 'dashboard/index.html' }));
        const notifyTargets = readNotifyTargets(inputs);
        const config = await loadSlaConfig(configFile);
        const location = dataLocation({ dataDir, dataBranch, repository });
        let client;
        const gh = () => (client ??= github(token));
        const store = await openDataStore(location, { client: gh, clock, signal, mustExist: true });
        // Decision: rollups, figures, burn rates and status.json from one snapshot, written in one commit.
        const now = clock.now();
        const period = { name: periodName, ...resolvePeriod(periodName, now) };
        startGroup(`Analysing ${config.services.length} service(s) in ${store.location}`);
        // One bulk read of what the report needs (on a branch: one tarball, not a request per file).
        const written = await store.update('sla-report: rollups and status.json', async (snapshot) => {
            const analysis = await analyse(snapshot, config, { now, period, minSamples, minCoverage, rebuild });
            // Committed beside status.json at a stable path, so GitHub Pages can serve the branch.
            const dashboard = dashboardHtml(analysis.reports, iso(now));
            const changes = { ...analysis.changes, [dashboardFile]: dashboard };
            return { changes, result: { ...analysis, dashboard } };
        }, { bulk: reportSelection(config, { now, period, also: [dashboardFile] }) });
        const { reports, status, deferredRollups, dashboard } = written.result;
        if (deferredRollups > 0)
            info(`${deferredRollups} rollup(s) left for later runs (at most ${MAX_ROLLUP_WRITES} written per run)`);
        info(`Dashboard committed as ${dashboardFile} in ${store.location}`);
        for (const r of reports)
            info(`${r.service.name}: ${r.status}; period uptime ${r.period.uptime ?? 'no data'} %, coverage ${r.period.coverage}; budget left ${r.evidence.known ? `${r.slo['budget-remaining']} %` : r.evidence.reason}; burn 1h ${r.burn['1h'].burn?.toFixed(2) ?? 'no data'}; ${r.rollupsBuilt} rollup(s) built`);
        endGroup();
        // Effects: burn-rate alert issues (none at all when disabled), then the files.
        const alertLog = [];
        const notifier = new Notifier(notifyTargets, {
            repository: `${repository.owner}/${repository.repo}`,
            runUrl: context.runUrl,
            clock,
            signal,
        });
        if (burnRateAlerts) {
            const open = await openAlertIssues(gh(), repository);
            const actions = reports
                .map((r) => decideAlertIssue(r.service.name, r.alerts, open.get(r.service.name)))
                .filter((a) => a !== undefined);
            for (const action of actions) {
                const applied = await applyAlertAction(gh(), repository, action, context.runUrl);
                alertLog.push(applied.line);
                const event = budgetAlertEvent(action, `${context.serverUrl}/${repository.owner}/${repository.repo}/issues/${applied.issue}`);
                if (event)
                    notifier.notify(event);
            }
            alertLog.forEach((line) => info(line));
        }
        let openIncidents = [];
        if (incidentIssues)
            openIncidents = (await gh().listAll('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                state: 'open',
                labels: 'sla-incident',
            })).filter((issue) => !issue.pull_request);
        await external_node_fs_namespaceObject.promises.mkdir(outputDir, { recursive: true });
        const markdown = markdownReport(reports, period);
        const reportFile = external_node_path_default().join(outputDir, 'sla-report.md');
        await external_node_fs_namespaceObject.promises.writeFile(reportFile, markdown);
        const dashboardPath = external_node_path_default().join(outputDir, 'dashboard.html');
        // The same file as the one committed (rendering it takes a tenth of a 100-service report).
        await external_node_fs_namespaceObject.promises.writeFile(dashboardPath, dashboard);
        const totals = summarise(reports);
        const deliveries = await notifier.settle();
        await writeJsonReportInParts(external_node_path_default().join(outputDir, 'sla-report.json'), {
            period: { name: period.name, ...period.current, previous: period.previous },
            store: store.location,
            revision: written.revision,
            totals,
            status,
            services: reports.map((r) => ({
                name: r.service.name,
                status: r.status,
                period: r.period,
                previous: r.previous,
                slo: r.slo,
                burn: r.burn,
                alerts: r.alerts,
                incidents: r.incidents,
                'burn-down': r.burnDown,
            })),
            notifications: deliveries,
        });
        // Outputs and summary.
        outputs.set('uptime', totals.uptime);
        outputs.set('latency-p95', totals['latency-p95']);
        outputs.set('error-rate', totals['error-rate']);
        outputs.set('error-rate-24h', totals['error-rate-24h']);
        outputs.set('error-budget-remaining', totals['error-budget-remaining']);
        outputs.set('budget-state', totals['budget-state']);
        outputs.set('budget-detail', totals['budget-detail']);
        outputs.set('budget-exhausted', totals['budget-exhausted']);
        outputs.set('burn-rate', totals['burn-rate']);
        outputs.set('alerts', JSON.stringify(totals.alerts));
        outputs.set('report-file', reportFile);
        outputs.set('dashboard-path', dashboardPath);
        await writeSummary([
            markdown,
            ...(alertLog.length > 0 ? ['## Alert issues', '', ...alertLog.map((line) => `- ${line}`), ''] : []),
            ...(openIncidents.length > 0
                ? [
                    '## Open incident issues',
                    '',
                    markdownTable(['issue', 'title'], openIncidents.map((i) => [`#${i.number}`, i.title])),
                    '',
                ]
                : []),
        ].join('\n') + notificationsMarkdown(deliveries));
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

/***/ 2410:
/***/ ((module) => {

module.exports = eval("require")("protobufjs/minimal");


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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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
