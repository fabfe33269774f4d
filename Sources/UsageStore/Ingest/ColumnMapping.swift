/// Maps canonical column names to the names a file actually uses (`--map time=date,account=customer`).
public struct ColumnMapping: Sendable, Equatable {
    /// canonical name → the file's name.
    public private(set) var names: [String: String]

    /// An identity mapping.
    public init(_ names: [String: String] = [:]) { self.names = names }

    /// Parses `canonical=theirs,canonical=theirs`.
    public init(parsing text: String) throws(IngestError) {
        var names: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw IngestError(file: "--map", problems: [.init(line: nil, message: "\"\(pair)\" is not canonical=theirs")])
            }
            names[parts[0].lowercased()] = parts[1]
        }
        self.names = names
    }

    /// The header name to look for, for a canonical column.
    func sourceName(for canonical: String) -> String { names[canonical] ?? canonical }

    /// A stable textual form for provenance (`time=date,account=customer`).
    public var description: String {
        names.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
