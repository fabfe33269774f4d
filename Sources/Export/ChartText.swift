/// The words of a chart: its accessible name, its longer description and what to show when there is no data.
public struct ChartText: Sendable, Equatable {
    public var title: String
    public var description: String
    public var empty: String

    public init(title: String, description: String, empty: String) {
        self.title = title
        self.description = description
        self.empty = empty
    }
}
