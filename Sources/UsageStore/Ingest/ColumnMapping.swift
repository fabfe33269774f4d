/// Maps canonical column names to the names a file actually uses (`--map time=date,account=customer`).
///
/// In a CSV file a name is a header's; in NDJSON it is a key path (`account=context.groupId`, see ``FieldPath``).
/// A ``Preset`` supplies an export's whole layout; `--map` entries override it. Account files may also keep a column
/// that looks like an identifier, knowingly, as a named attribute: `--map attribute:email=email`.
public struct ColumnMapping: Sendable, Equatable {
    /// canonical name (or `attribute:NAME`) → the file's name.
    public private(set) var names: [String: String]
    /// A vendor's layout, read under the names above.
    public var preset: Preset?

    /// The prefix of an explicitly kept attribute.
    static let attributePrefix = "attribute:"

    /// A mapping from canonical names to the file's names (canonical names matched without case), over a preset.
    public init(_ names: [String: String] = [:], preset: Preset? = nil) {
        self.names = Dictionary(uniqueKeysWithValues: names.map { ($0.key.lowercased(), $0.value) })
        self.preset = preset
    }

    /// Parses `canonical=theirs,canonical=theirs`; a canonical name given twice is refused.
    public init(parsing text: String, preset: Preset? = nil) throws(IngestError) {
        var names: [String: String] = [:]
        var problems: [IngestProblem] = []
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                problems.append(.init(line: nil, message: "\"\(pair)\" is not canonical=theirs"))
                continue
            }
            let canonical = parts[0].lowercased()
            if names[canonical] != nil {
                problems.append(.init(line: nil, message: "\"\(canonical)\" is mapped twice; map each column once"))
            }
            names[canonical] = parts[1]
        }
        guard problems.isEmpty else { throw IngestError(file: "--map", problems: problems) }
        self.names = names
        self.preset = preset
    }

    /// The header name (or key path) to look for, for a canonical column; empty when a preset leaves it out.
    func sourceName(for canonical: String) -> String {
        if let name = names[canonical] { return name }
        guard let preset else { return canonical }
        return preset.columns[canonical] ?? ""
    }

    /// Attributes kept knowingly: attribute name → the file's name.
    var keptAttributes: [(name: String, source: String)] {
        names.compactMap { key, source in
            key.hasPrefix(Self.attributePrefix) ? (String(key.dropFirst(Self.attributePrefix.count)), source) : nil
        }.sorted { $0.name < $1.name }
    }

    /// A stable textual form for provenance (`time=date,account=customer`, after `preset=NAME` when there is one).
    public var description: String {
        ((preset.map { [$0.description] } ?? []) + names.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
            .joined(separator: ",")
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
