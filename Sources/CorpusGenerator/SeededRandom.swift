import Archetypes
import Foundation

/// xoshiro256**, the corpus' only source of randomness: the same seed always gives the same sequence.
struct SeededRandom: RandomNumberGenerator {
    private var s0, s1, s2, s3: UInt64

    /// An independent generator for one `stream` (e.g. an account) and `purpose` of `seed`.
    init(seed: UInt64, stream: UInt64 = 0, purpose: UInt64 = 0) {
        var streamMixer = SplitMix64(seed: stream), purposeMixer = SplitMix64(seed: ~purpose)
        var mixer = SplitMix64(seed: seed ^ streamMixer.next() ^ (purposeMixer.next() <<< 17))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) <<< 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 <<< 45
        return result
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in [lower, upper).
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double { lower + (upper - lower) * uniform() }

    /// Uniform in a closed integer range (multiply-high, no modulo bias worth mentioning).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { uniform() < p }

    /// A normal sample (Box–Muller).
    mutating func normal(_ mean: Double = 0, _ sd: Double = 1) -> Double {
        let u = 1 - uniform()
        return mean + sd * (-2 * log(u)).squareRoot() * cos(2 * .pi * uniform())
    }

    /// A lognormal sample with the given median and log-scale spread.
    mutating func lognormal(median: Double, sigma: Double) -> Double { median * exp(normal(0, sigma)) }

    /// A Poisson sample (Knuth for small means, rounded normal for large ones).
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 30 { return max(0, Int(normal(mean, mean.squareRoot()).rounded())) }
        let limit = exp(-mean)
        var product = uniform()
        var count = 0
        while product > limit {
            product *= uniform()
            count += 1
        }
        return count
    }

    /// An index drawn with probability proportional to `weights`.
    mutating func pick(_ weights: [Double]) -> Int {
        var target = uniform() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.lastIndex { $0 > 0 } ?? 0
    }

    /// An element of a non-empty array, drawn with probability proportional to `weights`.
    mutating func pick<T>(_ items: [T], weights: [Double]) -> T { items[pick(weights)] }
}

infix operator <<< : BitwiseShiftPrecedence

/// Rotates left.
fileprivate func <<< (value: UInt64, count: UInt64) -> UInt64 { (value << count) | (value >> (64 - count)) }
