/// Vector math the attention softmax needs, on eight lanes at a time.
enum FastMath {
    /// `e^x` lane by lane, within about 2 float ulps for `x` in [-87, 88] (Cephes' `expf` polynomial);
    /// inputs below -87 give about `1e-38` rather than 0.
    @inline(__always)
    static func exp(_ input: SIMD8<Float>) -> SIMD8<Float> {
        var x = input
        x.replace(with: -87, where: x .< -87)
        x.replace(with: 88, where: x .> 88)
        // Adding 1.5 * 2^23 rounds to the nearest integer and leaves it in the low mantissa bits.
        let magic = SIMD8<Float>(repeating: 12_582_912)
        let shifted = x * 1.442_695_04 + magic
        let n = shifted - magic
        let r = x - n * 0.693_359_375 + n * 2.121_944_4e-4
        var p = SIMD8<Float>(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_1e-1
        let y = p * r * r + r + 1
        let integer = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000
        let exponent = (integer &+ 127) &<< 23
        return y * unsafeBitCast(exponent, to: SIMD8<Float>.self)
    }
}
