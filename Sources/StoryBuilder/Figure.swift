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

    /// Records a figure and returns its printed text. A value printed in a second form ("95 days", then "about
    /// 3 months") is recorded again under its id with a suffix (`.2`), so that every printed text has its figure.
    @discardableResult
    mutating func add(_ id: String, _ value: Double, _ text: String, _ definition: String, accounts: Int) -> String {
        let forms = figures.filter { $0.id == id || $0.id.hasPrefix(id + ".") && Int($0.id.dropFirst(id.count + 1)) != nil }
        guard !forms.contains(where: { $0.text == text }) else { return text }
        let key = forms.isEmpty ? id : "\(id).\(forms.count + 1)"
        figures.append(Figure(id: key, value: value, text: text, definition: definition, accounts: accounts, run: run))
        return text
    }
}
