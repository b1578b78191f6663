/// Vector math the attention softmax needs, on eight lanes at a time.
enum FastMath {
    /// `e^x` lane by lane, within about 2 float ulps for `x` in [-87, 88] (Cephes' `expf` polynomial);
    /// inputs below -87 give about `1e-38` rather than 0.
    @inline(__always)
    static func exp(_ input: SIMD8<Float>) -> SIMD8<Float> {
        let x = pointwiseMin(pointwiseMax(input, SIMD8(repeating: -87)), SIMD8(repeating: 88))
        let n = (x * 1.442_695_04).rounded(.toNearestOrEven)
        let r = x - n * 0.693_359_375 + n * 2.121_944_4e-4
        var p = SIMD8<Float>(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_1e-1
        let y = p * r * r + r + 1
        let exponent = (SIMD8<Int32>(n, rounding: .towardZero) &+ 127) &<< 23
        return y * unsafeBitCast(exponent, to: SIMD8<Float>.self)
    }
}
