/// A number a narrative prints, with what a careful reader needs to trust it.
public struct Figure: Sendable, Codable, Equatable {
    /// Stable id, e.g. `archetype.3.outcome.conversion-rate.after`.
    public var id: String
    public var value: Double
    /// The value as printed, formatted for the narrative's locale.
    public var text: String
    /// What the number is: statistic, population, period, baseline.
    public var definition: String
    /// Accounts behind the number.
    public var accounts: Int
    /// The analysis run it comes from.
    public var run: Int64
}

/// Collects a narrative's figures; every number a narrative prints goes through here.
struct FigureBook {
    let run: Int64
    private(set) var figures: [Figure] = []

    /// Records a figure (once per id) and returns its printed text.
    @discardableResult
    mutating func add(_ id: String, _ value: Double, _ text: String, _ definition: String, accounts: Int) -> String {
        if !figures.contains(where: { $0.id == id }) {
            figures.append(Figure(id: id, value: value, text: text, definition: definition, accounts: accounts, run: run))
        }
        return text
    }
}
