import Dispatch

/// Silhouette scores on a fixed sample, reusing one distance matrix across every k tried.
public struct Silhouette: Sendable {
    /// Indexes of the sampled points.
    public let sample: [Int]
    private let distances: [Float]

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
                    Self.fillTile(ti * tile..<min(m, (ti + 1) * tile), tj * tile..<min(m, (tj + 1) * tile),
                                  sample: source.base, m: m, d: d, into: target.pointer.baseAddress!)
                }
            }
            initialized = m * m
        }
    }

    /// Writes the distances between sampled points `rows` and `columns` (one tile) into the m × m matrix
    /// `out`, and their mirror. `x` holds the sample column by column (d × m); all indexes are below m.
    private static func fillTile(_ rows: Range<Int>, _ columns: Range<Int>, sample x: UnsafePointer<Float>, m: Int, d: Int,
                                 into out: UnsafeMutablePointer<Float>) {
        for a in rows {
            let row = out + a &* m
            var b = columns.lowerBound
            while b &+ 8 <= columns.upperBound {
                var sum = SIMD8<Float>()
                var xa = x + a, xb = x + b
                for _ in 0..<d {
                    let delta = UnsafeRawPointer(xb).loadUnaligned(as: SIMD8<Float>.self) - SIMD8(repeating: xa.pointee)
                    sum += delta * delta
                    xa += m
                    xb += m
                }
                let distance = sum.squareRoot()
                UnsafeMutableRawPointer(row + b).storeBytes(of: distance, as: SIMD8<Float>.self)
                for lane in 0..<8 { out[(b &+ lane) &* m &+ a] = distance[lane] }
                b &+= 8
            }
            while b < columns.upperBound {
                var sum: Float = 0
                var xa = x + a, xb = x + b
                for _ in 0..<d {
                    let delta = xb.pointee - xa.pointee
                    sum += delta * delta
                    xa += m
                    xb += m
                }
                row[b] = sum.squareRoot()
                out[b &* m &+ a] = row[b]
                b &+= 1
            }
        }
    }

    /// Mean silhouette of the sample under `labels` (labels of all points).
    public func score(labels: [Int], k: Int) -> Double {
        scores([(labels, k)])[0]
    }

    /// Mean silhouettes of the sample under several labelings (labels of all points, and k), in one pass over
    /// the distances.
    ///
    /// The matrix is symmetric, so a point's summed distance to cluster j is column a of the sum of the rows
    /// of j's members: each row is added, eight lanes at a time, into one accumulator per labeling and
    /// cluster. Columns are split into slices, each slice's accumulators small enough to stay in cache,
    /// and the slices scored on all cores; the matrix is read once for every labeling together.
    public func scores(_ labelings: [(labels: [Int], k: Int)]) -> [Double] {
        let m = sample.count, count = labelings.count
        guard m > 0, count > 0 else { return Array(repeating: 0, count: count) }
        // Labels are checked once here; the passes below index accumulators with them unchecked.
        for labeling in labelings {
            precondition(sample.allSatisfy { (0..<labeling.k).contains(labeling.labels[$0]) }, "label outside 0..<k")
        }
        // Per labeling: each sampled point's label, cluster sizes, and where its clusters' accumulators start.
        let sampled = labelings.map { labeling in sample.map { Int32(labeling.labels[$0]) } }
        let sizes = labelings.indices.map { t in
            sampled[t].reduce(into: [Int](repeating: 0, count: labelings[t].k)) { $0[Int($1)] += 1 }
        }
        var starts = [0]
        for labeling in labelings { starts.append(starts.last! + labeling.k) }
        let bases = starts, clusters = starts.last!
        // Each sampled point's accumulator under every labeling, point after point.
        let accumulator = FixedBuffer<Int>(repeating: 0, count: m * count)
        for b in 0..<m {
            for t in 0..<count { accumulator[b * count + t] = bases[t] + Int(sampled[t][b]) }
        }
        let slices = max(1, min(64, (m * clusters * 4 + 262_143) / 262_144))
        let width = (m + slices - 1) / slices
        let partial = FixedBuffer<Double>(repeating: 0, count: slices * count)
        distances.withUnsafeBufferPointer { buffer in
            let distances = SharedPointer(buffer)
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                let low = min(m, slice * width), high = min(m, (slice + 1) * width), w = high - low
                guard w > 0 else { return }
                let sums = FixedBuffer<Float>(repeating: 0, count: clusters * w)
                for b in 0..<m {
                    let row = distances.base + (b &* m &+ low)
                    for t in 0..<count { Self.add(row, into: sums.base + accumulator[b &* count &+ t] &* w, count: w) }
                }
                for t in 0..<count {
                    var total = 0.0
                    for a in low..<high {
                        let own = Int(sampled[t][a])
                        guard sizes[t][own] > 1 else { continue }
                        let inside = Double(sums[(bases[t] + own) * w + a - low]) / Double(sizes[t][own] - 1)
                        var nearest = Double.infinity
                        for j in 0..<labelings[t].k where j != own && sizes[t][j] > 0 {
                            nearest = min(nearest, Double(sums[(bases[t] + j) * w + a - low]) / Double(sizes[t][j]))
                        }
                        let spread = max(inside, nearest)
                        if spread > 0 && nearest.isFinite { total += (nearest - inside) / spread }
                    }
                    partial[slice * count + t] = total
                }
            }
        }
        return (0..<count).map { t in
            var total = 0.0
            for slice in 0..<slices { total += partial[slice * count + t] }
            return total / Double(m)
        }
    }

    /// `sums[0..<count] += row[0..<count]`, eight lanes at a time.
    @inline(__always)
    private static func add(_ row: UnsafePointer<Float>, into sums: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i &+ 8 <= count {
            let total = UnsafeRawPointer(sums + i).loadUnaligned(as: SIMD8<Float>.self) + UnsafeRawPointer(row + i).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(sums + i).storeBytes(of: total, as: SIMD8<Float>.self)
            i &+= 8
        }
        while i < count {
            sums[i] += row[i]
            i &+= 1
        }
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
