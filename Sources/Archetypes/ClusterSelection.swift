/// Chooses k automatically: the best silhouette over a range of k whose every cluster holds
/// at least `minSize` points.
public struct ClusterSelection: Sendable {
    /// One k tried.
    public struct Trial: Sendable, Codable {
        public var k: Int
        public var silhouette: Double
        public var smallest: Int
        public var eligible: Bool
    }

    public var fit: KMeans.Fit
    public var silhouette: Double
    public var trials: [Trial]

    /// Fits every k in `range` (or only `forcedK`) and keeps the best eligible one.
    /// With fewer than `2 × minSize` points, everything is one group.
    public static func choose(_ data: Matrix, range: ClosedRange<Int> = 2...12, forcedK: Int? = nil, minSize: Int,
                              seed: UInt64, sampleSize: Int = 2000) -> ClusterSelection {
        if forcedK == nil && data.rows < 2 * minSize || forcedK == 1 || data.rows < 2 {
            let single = KMeans.Fit(labels: Array(repeating: 0, count: data.rows), centroids: mean(data), inertia: 0, iterations: 0, k: 1)
            return ClusterSelection(fit: single, silhouette: 0, trials: [])
        }
        let silhouette = Silhouette(data, size: sampleSize, seed: seed)
        var best: (fit: KMeans.Fit, score: Double)?
        var trials: [Trial] = []
        let ks = forcedK.map { [$0] } ?? Array(range.clamped(to: 2...max(2, data.rows / max(minSize, 1))))
        // Every k is fitted first, so the silhouettes of all of them come from one pass over the distances.
        let fits = ks.map { KMeans(k: $0, seed: seed).fit(data) }
        let scores = silhouette.scores(fits.map { ($0.labels, $0.k) })
        for (fit, score) in zip(fits, scores) {
            let k = fit.k
            let smallest = fit.sizes.min() ?? 0
            let eligible = forcedK != nil || smallest >= minSize
            trials.append(Trial(k: k, silhouette: score, smallest: smallest, eligible: eligible))
            if eligible && score > (best?.score ?? -.infinity) { best = (fit, score) }
        }
        guard let best else { return choose(data, forcedK: 1, minSize: minSize, seed: seed) }
        return ClusterSelection(fit: best.fit, silhouette: best.score, trials: trials)
    }

    private static func mean(_ data: Matrix) -> [Float] {
        var sums = [Double](repeating: 0, count: data.columns)
        for i in 0..<data.rows { for j in 0..<data.columns { sums[j] += Double(data.values[i * data.columns + j]) } }
        return sums.map { Float($0 / Double(max(data.rows, 1))) }
    }
}
