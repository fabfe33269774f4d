/// Small order statistics used by profiles and health.
public enum Statistics {
    /// Median (mean of the two middle values for an even count); 0 when empty.
    public static func median<C: Collection>(_ values: C) -> Double where C.Element == Double {
        quantile(values, 0.5)
    }

    /// Linear-interpolated quantile `q` in [0, 1]; 0 when empty.
    public static func quantile<C: Collection>(_ values: C, _ q: Double) -> Double where C.Element == Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    /// Area under the ROC curve of `scores` for `positives` (Mann–Whitney, ties count half); nil without both classes.
    public static func rocAUC(scores: [Double], positives: [Bool]) -> Double? {
        let ranked = zip(scores, positives).sorted { $0.0 < $1.0 }
        let positiveCount = positives.filter { $0 }.count, negativeCount = positives.count - positiveCount
        guard positiveCount > 0, negativeCount > 0 else { return nil }
        var rankSum = 0.0, i = 0
        while i < ranked.count {
            var j = i
            while j + 1 < ranked.count && ranked[j + 1].0 == ranked[i].0 { j += 1 }
            let averageRank = Double(i + j) / 2 + 1
            for t in i...j where ranked[t].1 { rankSum += averageRank }
            i = j + 1
        }
        let u = rankSum - Double(positiveCount * (positiveCount + 1)) / 2
        return u / Double(positiveCount * negativeCount)
    }

    /// Adjusted Rand index between two labellings of the same items.
    public static func adjustedRandIndex<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) -> Double {
        precondition(a.count == b.count)
        var table: [A: [B: Int]] = [:]
        var rows: [A: Int] = [:], columns: [B: Int] = [:]
        for (x, y) in zip(a, b) {
            table[x, default: [:]][y, default: 0] += 1
            rows[x, default: 0] += 1
            columns[y, default: 0] += 1
        }
        func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
        let index = table.values.flatMap(\.values).reduce(0) { $0 + pairs($1) }
        let rowPairs = rows.values.reduce(0) { $0 + pairs($1) }, columnPairs = columns.values.reduce(0) { $0 + pairs($1) }
        let expected = rowPairs * columnPairs / pairs(a.count)
        let maximum = (rowPairs + columnPairs) / 2
        return maximum == expected ? 1 : (index - expected) / (maximum - expected)
    }
}
