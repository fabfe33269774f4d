import Dispatch

/// Silhouette scores on a fixed sample, reusing one distance matrix across every k tried.
public struct Silhouette: Sendable {
    /// Indexes of the sampled points.
    public let sample: [Int]
    private let distances: [Float]
    /// Each sampled point's summed distance to all others, so one cluster's sum per row comes free.
    private let totals: [Double]

    /// Samples up to `size` points (deterministically from `seed`) and computes their pairwise distances.
    ///
    /// The matrix is filled by 64 × 64 tiles on and above the diagonal, eight distances at a time, each tile
    /// written to its place and, transposed, to its mirror while both are still in cache.
    public init(_ data: Matrix, size: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed ^ 0x5111_0E77E)
        var indexes = Array(0..<data.rows)
        if data.rows > size {
            for i in 0..<size { indexes.swapAt(i, i + Int(random.next() % UInt64(data.rows - i))) }
            indexes = Array(indexes[0..<size]).sorted()
        }
        sample = indexes
        let m = indexes.count, d = data.columns
        // The sampled points, one column after another, so eight points' coordinates load as one vector.
        var columns = [Float](repeating: 0, count: d * m)
        for (row, index) in indexes.enumerated() {
            for column in 0..<d { columns[column * m + row] = data.values[index * d + column] }
        }
        let tile = 64, tiles = (m + tile - 1) / tile
        let pairs = (0..<tiles).flatMap { i in (i..<tiles).map { (i, $0) } }
        distances = [Float](unsafeUninitializedCapacity: m * m) { buffer, initialized in
            let target = UnsafeSendable(buffer)
            columns.withUnsafeBufferPointer { columns in
                let source = SharedPointer(columns)
                DispatchQueue.concurrentPerform(iterations: pairs.count) { p in
                    let (ti, tj) = pairs[p]
                    let out = target.pointer.baseAddress!, x = source.base
                    for a in ti * tile..<min(m, (ti + 1) * tile) {
                        var b = tj * tile
                        let end = min(m, (tj + 1) * tile)
                        while b + 8 <= end {
                            var sum = SIMD8<Float>()
                            for c in 0..<d {
                                let delta = UnsafeRawPointer(x + c * m + b).loadUnaligned(as: SIMD8<Float>.self) - SIMD8(repeating: x[c * m + a])
                                sum += delta * delta
                            }
                            let distance = sum.squareRoot()
                            UnsafeMutableRawPointer(out + a * m + b).storeBytes(of: distance, as: SIMD8<Float>.self)
                            for lane in 0..<8 { out[(b + lane) * m + a] = distance[lane] }
                            b += 8
                        }
                        while b < end {
                            var sum: Float = 0
                            for c in 0..<d {
                                let delta = x[c * m + b] - x[c * m + a]
                                sum += delta * delta
                            }
                            out[a * m + b] = sum.squareRoot()
                            out[b * m + a] = out[a * m + b]
                            b += 1
                        }
                    }
                }
            }
            initialized = m * m
        }
        totals = distances.withUnsafeBufferPointer { buffer in
            (0..<m).map { a in Self.sum(buffer.baseAddress! + a * m, count: m) }
        }
    }

    /// Mean silhouette of the sample under `labels` (labels of all points), rows scored on all cores.
    ///
    /// The sample is ordered by label once, so each row's distance to every cluster is a run of
    /// independent Float additions rather than scattered adds into one accumulator per cluster.
    public func score(labels: [Int], k: Int) -> Double {
        let m = sample.count
        guard m > 0 else { return 0 }
        let sampleLabels = sample.map { labels[$0] }
        var bounds = [Int](repeating: 0, count: k + 1)
        for label in sampleLabels { bounds[label + 1] += 1 }
        for j in 0..<k { bounds[j + 1] += bounds[j] }
        let starts = bounds
        var order = [Int32](repeating: 0, count: m)
        var next = starts
        for (position, label) in sampleLabels.enumerated() {
            order[next[label]] = Int32(position)
            next[label] += 1
        }
        let sizes = (0..<k).map { starts[$0 + 1] - starts[$0] }
        let largest = sizes.indices.max { sizes[$0] < sizes[$1] } ?? 0
        let totals = self.totals
        let chunks = 16, chunkSize = (m + chunks - 1) / chunks
        var partial = [Double](repeating: 0, count: chunks)
        distances.withUnsafeBufferPointer { buffer in
            let distances = SharedPointer(buffer)
            order.withUnsafeBufferPointer { orderBuffer in
                let order = SharedPointer(orderBuffer)
                partial.withUnsafeMutableBufferPointer { out in
                    let target = UnsafeSendable(out)
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        var total = 0.0
                        var sums = [Double](repeating: 0, count: k)
                        for a in min(m, chunk * chunkSize)..<min(m, (chunk + 1) * chunkSize) {
                            let own = sampleLabels[a]
                            let ownCount = starts[own + 1] - starts[own]
                            guard ownCount > 1 else { continue }
                            let row = distances.base + a * m
                            // The largest cluster's sum is the row's total less the others.
                            var rest = totals[a]
                            for j in 0..<k where j != largest {
                                sums[j] = Self.sum(row, order.base, from: starts[j], to: starts[j + 1])
                                rest -= sums[j]
                            }
                            sums[largest] = max(0, rest)
                            let inside = sums[own] / Double(ownCount - 1)
                            var nearest = Double.infinity
                            for j in 0..<k where j != own && starts[j + 1] > starts[j] {
                                nearest = min(nearest, sums[j] / Double(starts[j + 1] - starts[j]))
                            }
                            let spread = max(inside, nearest)
                            if spread > 0 && nearest.isFinite { total += (nearest - inside) / spread }
                        }
                        target.pointer[chunk] = total
                    }
                }
            }
        }
        return partial.reduce(0, +) / Double(m)
    }

    /// Sum of `row[0..<count]` in Double, eight lanes at a time.
    private static func sum(_ row: UnsafePointer<Float>, count: Int) -> Double {
        var lanes = SIMD8<Double>()
        var i = 0
        while i + 8 <= count {
            lanes += SIMD8<Double>(UnsafeRawPointer(row + i).loadUnaligned(as: SIMD8<Float>.self))
            i += 8
        }
        var total = lanes.sum()
        while i < count {
            total += Double(row[i])
            i += 1
        }
        return total
    }

    /// Sum of `row[order[i]]` for i in `from..<to`, on four independent accumulators.
    @inline(__always)
    private static func sum(_ row: UnsafePointer<Float>, _ order: UnsafePointer<Int32>, from: Int, to: Int) -> Double {
        var s0: Float = 0, s1: Float = 0, s2: Float = 0, s3: Float = 0
        var i = from
        while i + 4 <= to {
            s0 += row[Int(order[i])]
            s1 += row[Int(order[i + 1])]
            s2 += row[Int(order[i + 2])]
            s3 += row[Int(order[i + 3])]
            i += 4
        }
        while i < to {
            s0 += row[Int(order[i])]
            i += 1
        }
        return Double(s0 + s1) + Double(s2 + s3)
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
