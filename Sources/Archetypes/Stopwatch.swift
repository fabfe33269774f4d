import Foundation

/// Milliseconds spent per stage of an analysis, and their total.
struct Stopwatch {
    private var clock = Date()
    private(set) var timings: [String: Double] = ["total": 0]

    /// Records the time since the last lap under `stage`.
    mutating func lap(_ stage: String) {
        let elapsed = (Date().timeIntervalSince(clock) * 1000).rounded()
        timings[stage] = elapsed
        timings["total", default: 0] += elapsed
        clock = Date()
    }
}
