import Dispatch
import Foundation

/// k-means++ seeding and Hamerly's accelerated Lloyd iterations.
///
/// Written here rather than taken from a library: clustering is the product's core and its speed
/// is a product target. Points are Float32; sums are Double; work is split into a fixed number
/// of chunks run on all cores and merged in order, so results do not depend on the machine.
/// Sizes are checked once, up front; the per-point loops then index unsafe buffers without checks.
public struct KMeans: Sendable {
    /// Result of one fit.
    public struct Fit: Sendable {
        /// Cluster of each point.
        public var labels: [Int]
        /// Centroids, row-major k × columns.
        public var centroids: [Float]
        /// Sum of squared distances of points to their centroid.
        public var inertia: Double
        public var iterations: Int
        /// Number of clusters.
        public var k: Int
        /// Points per cluster.
        public var sizes: [Int] { labels.reduce(into: [Int](repeating: 0, count: k)) { $0[$1] += 1 } }
    }

    public var k: Int
    public var seed: UInt64
    public var maxIterations = 300
    /// Stop once the centroids' total squared move falls below this fraction of the data's mean
    /// per-column variance (scikit-learn's rule), or when no point changes cluster.
    public var tolerance = 1e-4
    /// Chunks of work; fixed so that the merge order, and so the result, is the same everywhere.
    static let chunks = 16

    public init(k: Int, seed: UInt64) {
        self.k = k
        self.seed = seed
    }

    /// Seeds with k-means++, then alternates assignment and centre update until no point changes
    /// cluster, the centres settle (`tolerance`) or `maxIterations` is reached.
    public func fit(_ data: Matrix) -> Fit {
        let k = min(self.k, data.rows)
        precondition(k >= 1, "k-means needs k ≥ 1 and at least one point")
        precondition(k <= Int(Int32.max), "k-means keeps labels in 32 bits")
        let threshold = tolerance * Self.meanVariance(data)
        return data.withPoints { points in
            let lloyd = Lloyd(points, k: k, centroids: seedCentroids(points, k: k))
            var iterations = 0
            while iterations < maxIterations {
                iterations += 1
                let first = iterations == 1
                lloyd.updateHalfGaps()
                lloyd.assign(first: first)
                let changed = lloyd.updateCentroids()
                if !first && lloyd.converged(changed: changed, threshold: threshold) { break }
                lloyd.noteLargestMoves()
            }
            return lloyd.result(iterations: iterations)
        }
    }

    /// Mean over columns of each column's variance.
    static func meanVariance(_ data: Matrix) -> Double {
        let n = data.rows, d = data.columns
        guard n > 1 else { return 0 }
        var sums = [Double](repeating: 0, count: d), squares = [Double](repeating: 0, count: d)
        data.withPoints { points in
            for i in 0..<n {
                let row = points.row(i)
                for j in 0..<d {
                    let x = Double(row[j])
                    sums[j] += x
                    squares[j] += x * x
                }
            }
        }
        let means = sums.map { $0 / Double(n) }
        return (0..<d).reduce(0.0) { $0 + squares[$1] / Double(n) - means[$1] * means[$1] } / Double(d)
    }

    /// Runs `body` concurrently on each of the fixed chunks of `0..<n`, with the chunk's index.
    static func forEachChunk(of n: Int, _ body: @Sendable (_ chunk: Int, _ range: Range<Int>) -> Void) {
        let size = (n + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            body(chunk, min(n, chunk * size)..<min(n, (chunk + 1) * size))
        }
    }

    // MARK: Seeding

    /// Greedy k-means++ seeding: each new centre is the best of a few D²-weighted draws.
    private func seedCentroids(_ points: Points, k: Int) -> [Float] {
        var random = SeededGenerator(seed: seed)
        let closest = FixedBuffer<Double>(repeating: .infinity, count: points.rows)
        let trials = 2 + Int(log(Double(k)))
        var chosen = [Int(random.next() % UInt64(points.rows))]
        var total = Self.add(points, centre: chosen[0], closest)
        while chosen.count < k {
            // Scoring leaves `closest` as it is, so every draw is made first and all are scored in one pass.
            let candidates = (0..<trials).map { _ in Self.draw(random.unit() * total, closest) }
            var best = (candidate: 0, potential: Double.infinity)
            for (candidate, score) in zip(candidates, Self.potentials(points, candidates, closest)) where score < best.potential {
                best = (candidate, score)
            }
            chosen.append(best.candidate)
            total = Self.add(points, centre: best.candidate, closest)
        }
        return chosen.flatMap { UnsafeBufferPointer(start: points.row($0), count: points.columns) }
    }

    /// The point a D²-weighted draw lands on: the first at which the running sum of `closest` reaches
    /// `target` (the last point if rounding never gets there).
    private static func draw(_ target: Double, _ closest: FixedBuffer<Double>) -> Int {
        let closest = closest.pointer
        var target = target
        for i in closest.indices {
            target -= closest[i]
            if target <= 0 { return i }
        }
        return closest.count - 1
    }

    /// For each candidate, the potential if it became a centre: Σ min(closest, squared distance to it) over
    /// all points. One pass for all candidates, summed chunk by chunk on all cores, then in chunk order.
    private static func potentials(_ points: Points, _ candidates: [Int], _ closest: FixedBuffer<Double>) -> [Double] {
        let count = candidates.count
        let partial = FixedBuffer<Double>(repeating: 0, count: chunks * count)
        forEachChunk(of: points.rows) { chunk, range in
            let closest = closest.pointer, d = points.columns, sums = partial.base + chunk &* count
            let centres = candidates.map { points.row($0) }
            for i in range {
                let x = points.row(i), near = closest[i]
                for (t, centre) in centres.enumerated() { sums[t] += min(near, Double(Matrix.distance2(x, centre, d))) }
            }
        }
        return (0..<count).map { t in (0..<chunks).reduce(0.0) { $0 + partial[$1 * count + t] } }
    }

    /// Lowers `closest` to the squared distance to point `centre` wherever that is nearer, and returns the
    /// new potential Σ closest (summed chunk by chunk on all cores, then in chunk order).
    private static func add(_ points: Points, centre: Int, _ closest: FixedBuffer<Double>) -> Double {
        let partial = FixedBuffer<Double>(repeating: 0, count: chunks)
        forEachChunk(of: points.rows) { chunk, range in
            let closest = closest.pointer, c = points.row(centre), d = points.columns
            var sum = 0.0
            for i in range {
                let distance = min(closest[i], Double(Matrix.distance2(points.row(i), c, d)))
                closest[i] = distance
                sum += distance
            }
            partial[chunk] = sum
        }
        return partial.pointer.reduce(0, +)
    }
}

/// One fit's working state for Hamerly's algorithm: centroids, each point's label and bounds, the running
/// cluster sums, and per-chunk scratch. Every buffer is sized once from n, k and d, so the loops index
/// them unchecked; concurrent chunks write only their own points and their own slot of the scratch.
private final class Lloyd: @unchecked Sendable {
    let points: Points
    let n: Int, k: Int, d: Int
    /// k × d.
    let centroids: FixedBuffer<Float>
    /// Per point: its cluster, an upper bound on the distance to that cluster's centroid, and a lower
    /// bound on the distance to every other centroid.
    let labels: FixedBuffer<Int32>, upper: FixedBuffer<Float>, lower: FixedBuffer<Float>
    /// Per centroid: half the distance to its nearest other centroid.
    let half: FixedBuffer<Float>
    /// Per centroid: how far the last update moved it; and which moved most, by how much, and the runner-up's move.
    let moved: FixedBuffer<Float>
    var largest = 0, largestMove: Float = 0, secondMove: Float = 0
    /// Cluster sums (k × d) and sizes, kept across iterations and changed only by points that move.
    let total: FixedBuffer<Double>, sizes: FixedBuffer<Int>
    /// Per chunk: changes to the sums (k × d) and sizes (k), and how many points changed cluster.
    let sums: FixedBuffer<Double>, counts: FixedBuffer<Int>, changes: FixedBuffer<Int>

    init(_ points: Points, k: Int, centroids: [Float]) {
        let n = points.rows, d = points.columns, chunks = KMeans.chunks
        precondition(k >= 1 && k <= n && centroids.count == k * d, "centroids do not match the points")
        self.points = points
        self.n = n
        self.k = k
        self.d = d
        self.centroids = FixedBuffer(repeating: 0, count: k * d)
        _ = self.centroids.pointer.update(fromContentsOf: centroids)
        labels = FixedBuffer(repeating: 0, count: n)
        upper = FixedBuffer(repeating: .infinity, count: n)
        lower = FixedBuffer(repeating: 0, count: n)
        half = FixedBuffer(repeating: .infinity, count: k)
        moved = FixedBuffer(repeating: 0, count: k)
        total = FixedBuffer(repeating: 0, count: k * d)
        sizes = FixedBuffer(repeating: 0, count: k)
        sums = FixedBuffer(repeating: 0, count: chunks * k * d)
        counts = FixedBuffer(repeating: 0, count: chunks * k)
        changes = FixedBuffer(repeating: 0, count: chunks)
    }

    /// Half the distance from each centroid to its nearest other one: a point within that distance of its
    /// own centroid cannot be closer to another.
    func updateHalfGaps() {
        let c = UnsafePointer(centroids.base)
        for a in 0..<k {
            var gap = Float.infinity
            for b in 0..<k where b != a {
                gap = min(gap, Matrix.distance2(c + a * d, c + b * d, d).squareRoot() / 2)
            }
            half[a] = gap
        }
    }

    /// One assignment pass over all points, chunk by chunk on all cores.
    func assign(first: Bool) {
        sums.fill(0)
        counts.fill(0)
        KMeans.forEachChunk(of: n) { chunk, range in self.assign(range, slot: chunk, first: first) }
    }

    /// Hamerly's step for the points in `range`. A point's bounds are first loosened by the last centroid
    /// moves; its distances are recomputed only when the bounds no longer prove its centroid nearest (to its
    /// own centroid first, then, if still needed, to all). A point that changes cluster moves between the
    /// sums of chunk `slot`; in the first pass every point is added to them.
    private func assign(_ range: Range<Int>, slot: Int, first: Bool) {
        let k = self.k, d = self.d, points = self.points, c = UnsafePointer(centroids.base)
        let labels = self.labels.pointer, upper = self.upper.pointer, lower = self.lower.pointer
        let half = self.half.pointer, moved = self.moved.pointer
        let largest = self.largest, largestMove = self.largestMove, secondMove = self.secondMove
        let sum = sums.base + slot &* k &* d, count = counts.base + slot &* k
        var changed = 0
        for i in range {
            let x = points.row(i)
            var a = Int(labels[i])
            let previous = a
            if !first {
                upper[i] += moved[a]
                lower[i] -= a == largest ? secondMove : largestMove
            }
            let bound = max(half[a], lower[i])
            if first || upper[i] > bound {
                let own = Matrix.distance2(x, c + a &* d, d)
                upper[i] = own.squareRoot()
                if first || upper[i] > bound {
                    let nearest = Self.nearest(to: x, c, k: k, d: d, known: (a, own))
                    a = nearest.index
                    labels[i] = Int32(truncatingIfNeeded: a)
                    upper[i] = nearest.best.squareRoot()
                    lower[i] = nearest.second.squareRoot()
                }
            }
            if first {
                count[a] &+= 1
                let to = sum + a &* d
                for t in 0..<d { to[t] += Double(x[t]) }
            } else if a != previous {
                changed &+= 1
                count[a] &+= 1
                count[previous] &-= 1
                let to = sum + a &* d, from = sum + previous &* d
                for t in 0..<d {
                    to[t] += Double(x[t])
                    from[t] -= Double(x[t])
                }
            }
        }
        changes[slot] = changed
    }

    /// The nearest of the k centroids `c` to `x`, with the squared distances to it and to the second nearest;
    /// the squared distance to one centroid is `known` already.
    @inline(__always)
    private static func nearest(to x: UnsafePointer<Float>, _ c: UnsafePointer<Float>, k: Int, d: Int,
                                known: (index: Int, distance: Float)) -> (index: Int, best: Float, second: Float) {
        var best = Float.infinity, second = Float.infinity, index = 0
        for j in 0..<k {
            let distance = j == known.index ? known.distance : Matrix.distance2(x, c + j &* d, d)
            if distance < best {
                second = best
                best = distance
                index = j
            } else if distance < second {
                second = distance
            }
        }
        return (index, best, second)
    }

    /// Adds the chunks' changes to the cluster sums in chunk order, moves each non-empty cluster's
    /// centroid to its mean and records how far it moved. Returns how many points changed cluster.
    func updateCentroids() -> Int {
        var changed = 0
        for chunk in 0..<KMeans.chunks {
            let sum = sums.base + chunk * k * d, count = counts.base + chunk * k
            for j in 0..<(k * d) { total[j] += sum[j] }
            for j in 0..<k { sizes[j] += count[j] }
            changed += changes[chunk]
        }
        for j in 0..<k {
            moved[j] = 0
            guard sizes[j] > 0 else { continue }
            var shift: Float = 0
            for t in 0..<d {
                let value = Float(total[j * d + t] / Double(sizes[j]))
                let delta = value - centroids[j * d + t]
                shift += delta * delta
                centroids[j * d + t] = value
            }
            moved[j] = shift.squareRoot()
        }
        return changed
    }

    /// Whether to stop: no point changed cluster, or the centroids' total squared move is within `threshold`.
    func converged(changed: Int, threshold: Double) -> Bool {
        let shift = moved.pointer.reduce(0.0) { $0 + Double($1) * Double($1) }
        return changed == 0 || shift <= threshold
    }

    /// The largest and second-largest centroid moves. Loosening each point's bounds by them on its next
    /// visit keeps the bounds valid without a pass over all points now.
    func noteLargestMoves() {
        largest = 0
        largestMove = 0
        secondMove = 0
        for j in 0..<k {
            if moved[j] > largestMove {
                secondMove = largestMove
                largestMove = moved[j]
                largest = j
            } else if moved[j] > secondMove {
                secondMove = moved[j]
            }
        }
    }

    /// Labels, centroids and inertia (summed in point order).
    func result(iterations: Int) -> KMeans.Fit {
        let c = UnsafePointer(centroids.base)
        var inertia = 0.0
        for i in 0..<n {
            inertia += Double(Matrix.distance2(points.row(i), c + Int(labels[i]) * d, d))
        }
        return KMeans.Fit(labels: labels.pointer.map(Int.init), centroids: centroids.array, inertia: inertia,
                          iterations: iterations, k: k)
    }
}
