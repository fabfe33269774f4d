/// A canonical column of the input contract.
enum Column: Int, CaseIterable {
    case account, user, time, event, count, duration, value
    case industry, size, region, plan, seats, started, renewed
    case metric, before, after, unit, measured

    init?(name: String) {
        guard let column = Self.allCases.first(where: { "\($0)" == name }) else { return nil }
        self = column
    }
}

/// Where each canonical column sits in a file's header, after applying the `--map`.
struct ColumnPlan {
    /// Field index of each canonical column (by raw value), -1 when absent: the per-row lookup.
    private var fields = [Int](repeating: -1, count: Column.allCases.count)

    /// Field index of a canonical column, nil when the file lacks it.
    @inline(__always)
    func field(_ column: Column) -> Int? {
        let index = fields[column.rawValue]
        return index >= 0 ? index : nil
    }

    /// The file's own name for a canonical column, for messages.
    func name(_ column: Column) -> String { names["\(column)"] ?? "\(column)" }

    /// canonical name → field index.
    let index: [String: Int]
    /// The file's own name for each canonical column present (for messages).
    let names: [String: String]
    /// Columns kept as text attributes (accounts only): name and field index.
    let others: [(name: String, index: Int)]
    /// Number of fields each record must have.
    let fieldCount: Int

    init(header: [String], kind: InputKind, mapping: ColumnMapping, file: String) throws(IngestError) {
        var problems: [IngestProblem] = []
        for canonical in mapping.names.keys.sorted() where !kind.canonicalColumns.contains(canonical) {
            problems.append(.init(line: nil, message:
                "--map names \"\(canonical)\", which is not a column of \(kind.rawValue) (columns: \(kind.canonicalColumns.joined(separator: ", ")))"))
        }
        var position: [String: Int] = [:]
        for (i, name) in header.enumerated() where !name.isEmpty {
            if position[name.lowercased()] != nil {
                problems.append(.init(line: nil, message: "duplicate column \"\(name)\" in the header"))
            }
            position[name.lowercased()] = i
        }
        var index: [String: Int] = [:]
        var names: [String: String] = [:]
        for canonical in kind.canonicalColumns {
            let source = mapping.sourceName(for: canonical)
            if let i = position[source.lowercased()] {
                index[canonical] = i
                names[canonical] = header[i]
            }
        }
        let used = Set(index.values)
        for canonical in kind.requiredColumns where index[canonical] == nil {
            let unused = header.enumerated().filter { !used.contains($0.offset) && !$0.element.isEmpty }.map(\.element)
            let aliases = InputKind.commonAliases[canonical] ?? []
            let guess = unused.first { aliases.contains($0.lowercased()) } ?? "COLUMN"
            problems.append(.init(line: nil, message:
                "missing required column \"\(canonical)\" (found: \(header.joined(separator: ", ")); use --map \(canonical)=\(guess))"))
        }
        if kind == .features && !header.enumerated().contains(where: { !$0.element.isEmpty && !index.values.contains($0.offset) }) {
            problems.append(.init(line: nil, message: "no feature columns: expected account plus numeric columns"))
        }
        guard problems.isEmpty else { throw IngestError(file: file, problems: problems) }
        self.index = index
        self.names = names
        for (canonical, i) in index { if let column = Column(name: canonical) { fields[column.rawValue] = i } }
        self.others = kind.keepsOtherColumns
            ? header.enumerated().filter { !used.contains($0.offset) && !$0.element.isEmpty }.map { ($0.element, $0.offset) }
            : []
        self.fieldCount = header.count
    }
}
