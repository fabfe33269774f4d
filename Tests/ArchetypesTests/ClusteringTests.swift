import Testing
@testable import Archetypes

/// Well-separated Gaussian blobs, deterministic.
func blobs(centers: Int, perCenter: Int, dimensions: Int, spread: Double, seed: UInt64) -> (Matrix, [Int]) {
    var random = SeededGenerator(seed: seed)
    func normal() -> Double {
        let u = max(random.unit(), 1e-12), v = random.unit()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
    let centres = (0..<centers).map { _ in (0..<dimensions).map { _ in random.unit() * 40 - 20 } }
    var values: [Float] = [], truth: [Int] = []
    for c in 0..<centers {
        for _ in 0..<perCenter {
            values += centres[c].map { Float($0 + normal() * spread) }
            truth.append(c)
        }
    }
    return (Matrix(rows: truth.count, columns: dimensions, values: values), truth)
}

import Foundation

@Suite struct ClusteringTests {
    @Test(arguments: [3, 5, 8])
    func automaticKFindsWellSeparatedBlobs(_ k: Int) {
        let (data, truth) = blobs(centers: k, perCenter: 80, dimensions: 6, spread: 1, seed: UInt64(k))
        let selection = ClusterSelection.choose(data, minSize: 5, seed: 1)
        #expect(selection.fit.k == k)
        #expect(Statistics.adjustedRandIndex(selection.fit.labels, truth) > 0.99)
    }

    @Test func sameSeedSameResult() {
        let (data, _) = blobs(centers: 4, perCenter: 200, dimensions: 5, spread: 4, seed: 9)
        let a = KMeans(k: 4, seed: 3).fit(data), b = KMeans(k: 4, seed: 3).fit(data)
        #expect(a.labels == b.labels && a.centroids == b.centroids)
    }

    @Test func acceleratedFitEndsWithEveryPointAtItsNearestCentroid() {
        // Overlapping blobs: the accelerated fit must reach a proper local optimum (every point at its nearest centroid).
        let (data, _) = blobs(centers: 6, perCenter: 300, dimensions: 4, spread: 6, seed: 4)
        let fit = KMeans(k: 6, seed: 2).fit(data)
        for i in 0..<data.rows {
            let distances = (0..<6).map { j in
                (0..<4).reduce(Float(0)) { $0 + pow(data.values[i * 4 + $1] - fit.centroids[j * 4 + $1], 2) }
            }
            #expect(abs(distances[fit.labels[i]] - distances.min()!) < 1e-3)
        }
    }

    @Test func noClusterBelowThePrivacyThreshold() {
        // Three big blobs and one of 4 points: with a threshold of 5 the tiny one cannot stand alone.
        var (data, _) = blobs(centers: 3, perCenter: 60, dimensions: 3, spread: 1, seed: 5)
        data = Matrix(rows: data.rows + 4, columns: 3, values: data.values + [90, 90, 90, 90.5, 90, 90, 90, 90.5, 90, 90, 90, 90.5])
        let selection = ClusterSelection.choose(data, minSize: 5, seed: 1)
        #expect(selection.fit.sizes.allSatisfy { $0 >= 5 })
    }

    @Test func tooFewAccountsMakeOneGroup() {
        let (data, _) = blobs(centers: 2, perCenter: 4, dimensions: 3, spread: 1, seed: 6)
        let selection = ClusterSelection.choose(data, minSize: 5, seed: 1)
        #expect(selection.fit.k == 1 && selection.fit.labels.allSatisfy { $0 == 0 })
    }

    @Test func rocAUCOnAHandMadeCase() {
        // Positives 0.9, 0.7, 0.5; negatives 0.6, 0.3: 5 of 6 pairs ordered → 5/6.
        let auc = Statistics.rocAUC(scores: [0.9, 0.6, 0.7, 0.3, 0.5], positives: [true, false, true, false, true])
        #expect(abs(auc! - 5.0 / 6.0) < 1e-12)
        // Ties count half.
        #expect(Statistics.rocAUC(scores: [1, 1], positives: [true, false]) == 0.5)
        #expect(Statistics.rocAUC(scores: [1, 2], positives: [true, true]) == nil)
    }

    @Test func adjustedRandIndexKnownValues() {
        #expect(Statistics.adjustedRandIndex([0, 0, 1, 1], ["a", "a", "b", "b"]) == 1)
        #expect(abs(Statistics.adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]) - -0.5) < 1e-12)
    }
}

/// The tiled, label-ordered silhouette agrees with the textbook definition.
@Test func silhouetteMatchesTheDefinition() {
    var random = SeededGenerator(seed: 17)
    let n = 301, d = 12, k = 4
    var values = [Float](repeating: 0, count: n * d)
    for index in values.indices {
        let noise = Float(random.next() % 10_000) / 1000
        values[index] = noise + Float((index / d) % k) * 3
    }
    let labels = (0..<n).map { $0 % k }
    let silhouette = Silhouette(Matrix(rows: n, columns: d, values: values), size: n, seed: 1)
    func distance(_ a: Int, _ b: Int) -> Double {
        var sum = 0.0
        for c in 0..<d {
            let delta = Double(values[a * d + c] - values[b * d + c])
            sum += delta * delta
        }
        return sum.squareRoot()
    }
    var total = 0.0
    for a in 0..<n {
        var mean = [Double](repeating: 0, count: k)
        for j in 0..<k {
            let others = (0..<n).filter { labels[$0] == j && $0 != a }
            mean[j] = others.map { distance(a, $0) }.reduce(0, +) / Double(others.count)
        }
        let inside = mean[labels[a]]
        let nearest = (0..<k).filter { $0 != labels[a] }.map { mean[$0] }.min()!
        total += (nearest - inside) / max(inside, nearest)
    }
    #expect(abs(silhouette.score(labels: labels, k: k) - total / Double(n)) < 1e-5)
}

#if compiler(>=6.2)  // exit tests
/// Malformed input stops at the size and label checks made before the unchecked loops, instead of
/// reading or writing outside the buffers.
@Test func malformedInputStopsBeforeTheUncheckedLoops() async {
    await #expect(processExitsWith: .failure) {
        _ = Matrix(rows: 2, columns: 3, values: [1, 2, 3])
    }
    await #expect(processExitsWith: .failure) {
        let data = Matrix(rows: 3, columns: 1, values: [0, 1, 2])
        _ = Silhouette(data, size: 3, seed: 0).score(labels: [0, 1, 2], k: 2)
    }
    await #expect(processExitsWith: .failure) {
        _ = KMeans(k: 0, seed: 0).fit(Matrix(rows: 3, columns: 1, values: [0, 1, 2]))
    }
}
#endif
