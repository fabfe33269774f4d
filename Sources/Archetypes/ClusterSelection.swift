/// Chooses k automatically, weighing separation against usefulness.
///
/// Silhouette alone favours two groups on skewed data (one large group and the rest), which tells a product team
/// little. A k is *useful* when every group holds at least `minSize` accounts and every group is describable
/// (something sets it apart). Among useful k, the largest whose silhouette is within ``tolerance`` of the best
/// is chosen: as many groups as the data separates almost as well.
public struct ClusterSelection: Sendable {
    /// One k tried.
    public struct Trial: Sendable, Codable {
        public var k: Int
        public var silhouette: Double
        public var smallest: Int
        public var eligible: Bool
        /// Whether every group is set apart by something (nil in runs stored before it was checked).
        public var describable: Bool?
    }

    /// How far below the best silhouette a larger k may score and still be chosen (relative).
    public static let tolerance = 0.02

    public var fit: KMeans.Fit
    public var silhouette: Double
    public var trials: [Trial]

    /// Fits every k in `range` (or only `forcedK`) and keeps the best eligible one.
    /// With fewer than `2 × minSize` points, everything is one group.
    public static func choose(_ data: Matrix, range: ClosedRange<Int> = 2...12, forcedK: Int? = nil, minSize: Int,
                              seed: UInt64, sampleSize: Int = 2000,
                              describable: (KMeans.Fit) -> Bool = { _ in true }) -> ClusterSelection {
        if forcedK == nil && data.rows < 2 * minSize || forcedK == 1 || data.rows < 2 {
            let single = KMeans.Fit(labels: Array(repeating: 0, count: data.rows), centroids: mean(data), inertia: 0, iterations: 0, k: 1)
            return ClusterSelection(fit: single, silhouette: 0, trials: [])
        }
        let silhouette = Silhouette(data, size: sampleSize, seed: seed)
        var trials: [Trial] = []
        let ks = forcedK.map { [$0] } ?? Array(range.clamped(to: 2...max(2, data.rows / max(minSize, 1))))
        // Every k is fitted first, so the silhouettes of all of them come from one pass over the distances.
        let fits = ks.map { KMeans(k: $0, seed: seed).fit(data) }
        let scores = silhouette.scores(fits.map { ($0.labels, $0.k) })
        var useful: [(fit: KMeans.Fit, score: Double)] = []
        for (fit, score) in zip(fits, scores) {
            let smallest = fit.sizes.min() ?? 0
            let eligible = forcedK != nil || smallest >= minSize
            let described = forcedK != nil || (eligible && describable(fit))
            trials.append(Trial(k: fit.k, silhouette: score, smallest: smallest, eligible: eligible, describable: described))
            if eligible && described { useful.append((fit, score)) }
        }
        guard let best = useful.map(\.score).max(),
              let chosen = useful.last(where: { $0.score >= best - abs(best) * tolerance })
        else { return choose(data, forcedK: 1, minSize: minSize, seed: seed) }
        return ClusterSelection(fit: chosen.fit, silhouette: chosen.score, trials: trials)
    }

    private static func mean(_ data: Matrix) -> [Float] {
        var sums = [Double](repeating: 0, count: data.columns)
        for i in 0..<data.rows { for j in 0..<data.columns { sums[j] += Double(data.values[i * data.columns + j]) } }
        return sums.map { Float($0 / Double(max(data.rows, 1))) }
    }
}
