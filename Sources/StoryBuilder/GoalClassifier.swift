import Foundation

/// Learns which goals a statement speaks of from labelled examples: one logistic regression per goal over tf-idf
/// weighted terms, trained when the classifier is built.
///
/// Written here rather than taken from a library: it is the product's core, small (a few thousand terms, a few hundred
/// examples), and must train the same way, to the same weights, on every machine. Terms are the ``TextAnalyzer``'s
/// stems, tagged with their language.
struct GoalClassifier: Sendable {
    /// A statement and the goals it states (none for small talk).
    struct Example: Sendable {
        var text: String
        var locale: NarrativeLocale
        var goals: Set<String>
    }

    private let goals: [String]
    private let analyzer: TextAnalyzer
    /// Term ("en:renew") → column.
    private let columns: [String: Int]
    private let idf: [Double]
    /// Per goal: one weight per column, and the intercept.
    private let weights: [[Double]]
    private let intercepts: [Double]

    /// Trains on `examples` with an L2 penalty of 1/`regularization`, each goal's examples and the others weighed
    /// alike in total (few examples state any one goal), by `iterations` steps of Nesterov-accelerated gradient descent
    /// from zero.
    init(goals: [String], examples: [Example], analyzer: TextAnalyzer, regularization: Double = 4, iterations: Int = 100) {
        self.goals = goals
        self.analyzer = analyzer
        let documents = examples.map { Self.counts(analyzer.terms($0.text, locale: $0.locale), locale: $0.locale) }
        var frequency: [String: Int] = [:]
        for document in documents { for term in document.keys { frequency[term, default: 0] += 1 } }
        let vocabulary = frequency.keys.sorted()
        let columns = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let n = Double(documents.count)
        let idf = vocabulary.map { log((1 + n) / (1 + Double(frequency[$0]!))) + 1 }
        let rows = Rows(documents.map { Self.vector($0, columns: columns, idf: idf) })
        (self.columns, self.idf) = (columns, idf)

        // Each goal is fitted on its own, so the goals share the machine's cores; each lands in its own slot.
        let fits = Fits(count: goals.count)
        DispatchQueue.concurrentPerform(iterations: goals.count) { g in
            let labels = examples.map { $0.goals.contains(goals[g]) ? 1.0 : 0.0 }
            fits.slots[g] = Self.fit(rows, labels: labels, columns: vocabulary.count, regularization: regularization, iterations: iterations)
        }
        weights = fits.slots.map(\.weights)
        intercepts = fits.slots.map(\.intercept)
    }

    /// One slot per goal, each written by one task only.
    private final class Fits: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<(weights: [Double], intercept: Double)>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: ([], 0))
        }
        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
        }
    }

    /// The weights and intercept for one goal's `labels` (1 for the examples that state it), positives and negatives
    /// weighed alike in total; a goal no example states, or every one does, gets a constant.
    private static func fit(_ rows: Rows, labels: [Double], columns: Int, regularization: Double, iterations: Int) -> (weights: [Double], intercept: Double) {
        let n = Double(labels.count)
        let positives = labels.reduce(0, +)
        guard positives > 0, positives < n else { return ([Double](repeating: 0, count: columns), positives > 0 ? 10 : -10) }
        let balance = labels.map { $0 == 1 ? n / (2 * positives) : n / (2 * (n - positives)) }
        var (w, b) = ([Double](repeating: 0, count: columns), 0.0)
        var (velocity, drift) = (w, 0.0)
        var ahead = w, gradient = w
        let step = 5 / n
        for iteration in 0..<iterations {
            let momentum = Double(iteration) / Double(iteration + 3)
            for j in w.indices { ahead[j] = w[j] + momentum * velocity[j] }
            let aheadB = b + momentum * drift
            let slope = rows.gradient(at: ahead, aheadB, labels: labels, balance: balance, penalty: 1 / regularization, into: &gradient)
            for j in w.indices {
                let next = ahead[j] - step * gradient[j]
                velocity[j] = next - w[j]
                w[j] = next
            }
            let nextB = aheadB - step * slope
            drift = nextB - b
            b = nextB
        }
        return (w, b)
    }

    /// The examples' vectors, row after row.
    private struct Rows {
        var offsets: [Int] = [0]
        var columns: [Int] = []
        var values: [Double] = []

        init(_ vectors: [[(column: Int, value: Double)]]) {
            for vector in vectors {
                columns += vector.map(\.column)
                values += vector.map(\.value)
                offsets.append(columns.count)
            }
        }

        /// Writes the gradient of the penalized, weighted log loss at (`w`, `b`) into `gradient`; returns the intercept's.
        func gradient(at w: [Double], _ b: Double, labels: [Double], balance: [Double], penalty: Double, into gradient: inout [Double]) -> Double {
            var slope = 0.0
            // Raw buffers keep the loop fast in debug builds too, where the tests train it.
            offsets.withUnsafeBufferPointer { offsets in
                columns.withUnsafeBufferPointer { columns in
                    values.withUnsafeBufferPointer { values in
                        w.withUnsafeBufferPointer { w in
                            gradient.withUnsafeMutableBufferPointer { gradient in
                                for j in 0..<w.count { gradient[j] = w[j] * penalty }
                                for i in 0..<labels.count {
                                    var z = b
                                    for k in offsets[i]..<offsets[i + 1] { z += w[columns[k]] * values[k] }
                                    let error = balance[i] * (GoalClassifier.sigmoid(z) - labels[i])
                                    slope += error
                                    for k in offsets[i]..<offsets[i + 1] { gradient[columns[k]] += error * values[k] }
                                }
                            }
                        }
                    }
                }
            }
            return slope
        }
    }

    /// The probability that `text`, read in `locale`, states each goal, in the order of `goals`: 0 for every goal when
    /// no word of it was ever seen in an example.
    func probabilities(_ text: String, locale: NarrativeLocale) -> [Double] {
        let row = Self.vector(Self.counts(analyzer.terms(text, locale: locale), locale: locale), columns: columns, idf: idf)
        guard !row.isEmpty else { return goals.map { _ in 0 } }
        return goals.indices.map { g in Self.sigmoid(row.reduce(intercepts[g]) { $0 + weights[g][$1.column] * $1.value }) }
    }

    /// The words of `text` that speak most for goal `index`: those whose term adds at least a quarter of the most any
    /// one adds, in the text's order.
    func evidence(_ text: String, locale: NarrativeLocale, goal index: Int) -> [String] {
        let terms = analyzer.terms(text, locale: locale)
        let weight = terms.map { term in columns[Self.key(term, locale)].map { weights[index][$0] } ?? 0 }
        guard let top = weight.max(), top > 0 else { return [] }
        return terms.indices.filter { weight[$0] >= top / 4 }.map { terms[$0].word }.uniqued()
    }

    private static func counts(_ terms: [TextAnalyzer.Term], locale: NarrativeLocale) -> [String: Int] {
        var counts: [String: Int] = [:]
        for term in terms { counts[key(term, locale), default: 0] += 1 }
        return counts
    }

    /// A term's column name: its stem in its language ("en:renew").
    private static func key(_ term: TextAnalyzer.Term, _ locale: NarrativeLocale) -> String { "\(locale.rawValue):\(term.stem)" }

    /// Sublinear term frequency times idf, scaled to unit length; terms outside the vocabulary are left out.
    private static func vector(_ counts: [String: Int], columns: [String: Int], idf: [Double]) -> [(column: Int, value: Double)] {
        let entries = counts.compactMap { term, count in columns[term].map { (column: $0, value: (1 + log(Double(count))) * idf[$0]) } }
            .sorted { $0.column < $1.column }
        let norm = entries.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        return norm > 0 ? entries.map { ($0.column, $0.value / norm) } : []
    }

    fileprivate static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
}
