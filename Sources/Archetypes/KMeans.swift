import Dispatch
import Foundation

/// k-means++ seeding and Hamerly's accelerated Lloyd iterations.
///
/// Written here rather than taken from a library: clustering is the product's core and its speed
/// is a product target. Points are Float32; sums are Double; work is split into a fixed number
/// of chunks run on all cores and merged in order, so results do not depend on the machine.
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

    public func fit(_ data: Matrix) -> Fit {
        let n = data.rows, d = data.columns, k = min(self.k, data.rows)
        var centroids = seedCentroids(data, k: k)
        var labels = [Int32](repeating: 0, count: n)
        var upper = [Float](repeating: .infinity, count: n)
        var lower = [Float](repeating: 0, count: n)
        var iterations = 0
        let chunkSize = (n + Self.chunks - 1) / Self.chunks
        let threshold = tolerance * Self.meanVariance(data)
        // Cluster sums and sizes are kept across iterations and changed only by points that move.
        var total = [Double](repeating: 0, count: k * d)
        var sizes = [Int](repeating: 0, count: k)
        // Centroid moves of the previous iteration, applied to each point's bounds as it is visited.
        var moved = [Float](repeating: 0, count: k)
        var largest = 0, largestMove: Float = 0, secondMove: Float = 0
        data.values.withUnsafeBufferPointer { points in
            while iterations < maxIterations {
                iterations += 1
                // Half the distance from each centroid to its nearest other centroid.
                var half = [Float](repeating: .infinity, count: k)
                centroids.withUnsafeBufferPointer { c in
                    for a in 0..<k {
                        for b in 0..<k where b != a {
                            half[a] = min(half[a], Matrix.distance2(c.baseAddress! + a * d, c.baseAddress! + b * d, d).squareRoot() / 2)
                        }
                    }
                }
                // Assignment, chunk by chunk, with per-chunk sums.
                var sums = [[Double]](repeating: [], count: Self.chunks)
                var counts = [[Int]](repeating: [], count: Self.chunks)
                var changes = [Int](repeating: 0, count: Self.chunks)
                let first = iterations == 1
                centroids.withUnsafeBufferPointer { c in
                    labels.withUnsafeMutableBufferPointer { labels in
                        upper.withUnsafeMutableBufferPointer { upper in
                            lower.withUnsafeMutableBufferPointer { lower in
                                let shared = Shared(labels: labels, upper: upper, lower: lower)
                                let results = ChunkResults(count: Self.chunks)
                                let points = SharedPointer(points), c = SharedPointer(c), half = half
                                let moved = moved, largest = largest, largestMove = largestMove, secondMove = secondMove
                                DispatchQueue.concurrentPerform(iterations: Self.chunks) { chunk in
                                    let range = min(n, chunk * chunkSize)..<min(n, (chunk + 1) * chunkSize)
                                    var sum = [Double](repeating: 0, count: k * d)
                                    var count = [Int](repeating: 0, count: k)
                                    var changed = 0
                                    for i in range {
                                        let x = points.base + i * d
                                        var a = Int(shared.labels[i])
                                        let previous = a
                                        if !first {
                                            shared.upper[i] += moved[a]
                                            shared.lower[i] -= a == largest ? secondMove : largestMove
                                        }
                                        let bound = max(half[a], shared.lower[i])
                                        if first || shared.upper[i] > bound {
                                            shared.upper[i] = Matrix.distance2(x, c.base + a * d, d).squareRoot()
                                            if first || shared.upper[i] > bound {
                                                var best = Float.infinity, second = Float.infinity, bestIndex = 0
                                                for j in 0..<k {
                                                    let distance = Matrix.distance2(x, c.base + j * d, d)
                                                    if distance < best {
                                                        second = best
                                                        best = distance
                                                        bestIndex = j
                                                    } else if distance < second {
                                                        second = distance
                                                    }
                                                }
                                                a = bestIndex
                                                shared.labels[i] = Int32(a)
                                                shared.upper[i] = best.squareRoot()
                                                shared.lower[i] = second.squareRoot()
                                            }
                                        }
                                        if first {
                                            count[a] += 1
                                            for t in 0..<d { sum[a * d + t] += Double(x[t]) }
                                        } else if a != previous {
                                            changed += 1
                                            count[a] += 1
                                            count[previous] -= 1
                                            for t in 0..<d {
                                                sum[a * d + t] += Double(x[t])
                                                sum[previous * d + t] -= Double(x[t])
                                            }
                                        }
                                    }
                                    results.store(chunk, sum, count, changed)
                                }
                                (sums, counts, changes) = results.values
                            }
                        }
                    }
                }
                // New centroids, changes merged in chunk order.
                for chunk in 0..<Self.chunks {
                    for j in 0..<(k * d) { total[j] += sums[chunk][j] }
                    for j in 0..<k { sizes[j] += counts[chunk][j] }
                }
                moved = [Float](repeating: 0, count: k)
                for j in 0..<k where sizes[j] > 0 {
                    var shift: Float = 0
                    for t in 0..<d {
                        let value = Float(total[j * d + t] / Double(sizes[j]))
                        let delta = value - centroids[j * d + t]
                        shift += delta * delta
                        centroids[j * d + t] = value
                    }
                    moved[j] = shift.squareRoot()
                }
                let changed = changes.reduce(0, +)
                let shift = moved.reduce(0.0) { $0 + Double($1) * Double($1) }
                if !first && (changed == 0 || shift <= threshold) { break }
                // Bounds stay valid if each point's are loosened by these moves (done on its next visit).
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
        }
        var inertia = 0.0
        data.values.withUnsafeBufferPointer { points in
            centroids.withUnsafeBufferPointer { c in
                for i in 0..<n {
                    inertia += Double(Matrix.distance2(points.baseAddress! + i * d, c.baseAddress! + Int(labels[i]) * d, d))
                }
            }
        }
        return Fit(labels: labels.map(Int.init), centroids: centroids, inertia: inertia, iterations: iterations, k: k)
    }

    /// Mean over columns of each column's variance.
    static func meanVariance(_ data: Matrix) -> Double {
        let n = data.rows, d = data.columns
        guard n > 1 else { return 0 }
        var sums = [Double](repeating: 0, count: d), squares = [Double](repeating: 0, count: d)
        for i in 0..<n {
            for j in 0..<d {
                let x = Double(data.values[i * d + j])
                sums[j] += x
                squares[j] += x * x
            }
        }
        let means = sums.map { $0 / Double(n) }
        return (0..<d).reduce(0.0) { $0 + squares[$1] / Double(n) - means[$1] * means[$1] } / Double(d)
    }

    /// Greedy k-means++ seeding: each new centre is the best of a few D²-weighted draws.
    /// Candidates are scored chunk by chunk on all cores, without copying the distance array.
    private func seedCentroids(_ data: Matrix, k: Int) -> [Float] {
        let n = data.rows, d = data.columns
        var random = SeededGenerator(seed: seed)
        var centroids = [Float]()
        centroids.reserveCapacity(k * d)
        let trials = 2 + Int(log(Double(k)))
        let chunkSize = (n + Self.chunks - 1) / Self.chunks
        return data.values.withUnsafeBufferPointer { buffer in
            let points = SharedPointer(buffer)
            var closest = [Double](repeating: .infinity, count: n)
            /// Σ min(closest, distance to `candidate`), and optionally keeps the new minimums.
            func potential(_ candidate: Int, update: Bool) -> Double {
                closest.withUnsafeMutableBufferPointer { closest in
                    let shared = UnsafeSendable(closest)
                    let sums = ChunkSums(count: Self.chunks)
                    DispatchQueue.concurrentPerform(iterations: Self.chunks) { chunk in
                        var sum = 0.0
                        let centre = points.base + candidate * d
                        for i in min(n, chunk * chunkSize)..<min(n, (chunk + 1) * chunkSize) {
                            let distance = min(shared.pointer[i], Double(Matrix.distance2(points.base + i * d, centre, d)))
                            if update { shared.pointer[i] = distance }
                            sum += distance
                        }
                        sums.store(chunk, sum)
                    }
                    return sums.total
                }
            }
            let first = Int(random.next() % UInt64(n))
            centroids.append(contentsOf: buffer[(first * d)..<(first * d + d)])
            var total = potential(first, update: true)
            for _ in 1..<k {
                var best = (candidate: 0, potential: Double.infinity)
                for _ in 0..<trials {
                    var target = random.unit() * total
                    var candidate = n - 1
                    for i in 0..<n {
                        target -= closest[i]
                        if target <= 0 {
                            candidate = i
                            break
                        }
                    }
                    let score = potential(candidate, update: false)
                    if score < best.potential { best = (candidate, score) }
                }
                centroids.append(contentsOf: buffer[(best.candidate * d)..<(best.candidate * d + d)])
                total = potential(best.candidate, update: true)
            }
            return centroids
        }
    }
}

/// Per-chunk partial sums, added in chunk order so the total is the same on every machine.
private final class ChunkSums: @unchecked Sendable {
    private let lock = NSLock()
    private var sums: [Double]

    init(count: Int) { sums = Array(repeating: 0, count: count) }

    func store(_ chunk: Int, _ sum: Double) { lock.withLock { sums[chunk] = sum } }

    var total: Double { lock.withLock { sums.reduce(0, +) } }
}

/// Mutable per-point state shared by the chunks (each chunk touches its own range only).
private struct Shared: @unchecked Sendable {
    let labels: UnsafeMutableBufferPointer<Int32>
    let upper: UnsafeMutableBufferPointer<Float>
    let lower: UnsafeMutableBufferPointer<Float>
}

/// Per-chunk sums collected from concurrent work.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: ([[Double]], [[Int]], [Int])

    init(count: Int) { values = (Array(repeating: [], count: count), Array(repeating: [], count: count), Array(repeating: 0, count: count)) }

    func store(_ chunk: Int, _ sum: [Double], _ count: [Int], _ changed: Int) {
        lock.withLock {
            values.0[chunk] = sum
            values.1[chunk] = count
            values.2[chunk] = changed
        }
    }
}
