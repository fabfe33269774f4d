import Dispatch

/// Silhouette scores on a fixed sample, reusing one distance matrix across every k tried.
public struct Silhouette: Sendable {
    /// Indexes of the sampled points.
    public let sample: [Int]
    private let distances: [Float]

    /// Samples up to `size` points (deterministically from `seed`) and computes their pairwise distances.
    public init(_ data: Matrix, size: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed ^ 0x5111_0E77E)
        var indexes = Array(0..<data.rows)
        if data.rows > size {
            for i in 0..<size { indexes.swapAt(i, i + Int(random.next() % UInt64(data.rows - i))) }
            indexes = Array(indexes[0..<size]).sorted()
        }
        sample = indexes
        let chosen = indexes
        let m = indexes.count, d = data.columns
        var distances = [Float](repeating: 0, count: m * m)
        data.values.withUnsafeBufferPointer { points in
            let source = SharedPointer(points)
            distances.withUnsafeMutableBufferPointer { out in
                let target = UnsafeSendable(out)
                DispatchQueue.concurrentPerform(iterations: m) { a in
                    for b in 0..<m {
                        target.pointer[a * m + b] = Matrix.distance2(
                            source.base + chosen[a] * d, source.base + chosen[b] * d, d).squareRoot()
                    }
                }
            }
        }
        self.distances = distances
    }

    /// Mean silhouette of the sample under `labels` (labels of all points), rows scored on all cores.
    public func score(labels: [Int], k: Int) -> Double {
        let m = sample.count
        guard m > 0 else { return 0 }
        let sampleLabels = sample.map { labels[$0] }
        let counts = sampleLabels.reduce(into: [Int](repeating: 0, count: k)) { $0[$1] += 1 }
        let chunks = 16, chunkSize = (m + chunks - 1) / chunks
        var partial = [Double](repeating: 0, count: chunks)
        distances.withUnsafeBufferPointer { buffer in
            let distances = SharedPointer(buffer)
            partial.withUnsafeMutableBufferPointer { out in
                let target = UnsafeSendable(out)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var total = 0.0
                    var sums = [Double](repeating: 0, count: k)
                    for a in min(m, chunk * chunkSize)..<min(m, (chunk + 1) * chunkSize) {
                        for j in 0..<k { sums[j] = 0 }
                        let row = distances.base + a * m
                        for b in 0..<m { sums[sampleLabels[b]] += Double(row[b]) }
                        let own = sampleLabels[a]
                        guard counts[own] > 1 else { continue }
                        let inside = sums[own] / Double(counts[own] - 1)
                        var nearest = Double.infinity
                        for j in 0..<k where j != own && counts[j] > 0 { nearest = min(nearest, sums[j] / Double(counts[j])) }
                        let spread = max(inside, nearest)
                        if spread > 0 && nearest.isFinite { total += (nearest - inside) / spread }
                    }
                    target.pointer[chunk] = total
                }
            }
        }
        return partial.reduce(0, +) / Double(m)
    }
}

/// A pointer handed to concurrent work that writes disjoint parts of it.
struct UnsafeSendable<T>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<T>
    init(_ pointer: UnsafeMutableBufferPointer<T>) { self.pointer = pointer }
}

/// Read-only points handed to concurrent work.
struct SharedPointer<T>: @unchecked Sendable {
    let base: UnsafePointer<T>
    init(_ buffer: UnsafeBufferPointer<T>) { base = buffer.baseAddress! }
}
