/// A canonical column of the input contract.
enum Column: Int, CaseIterable {
    case account, user, time, event, count, duration, value
    case industry, size, region, plan, seats, started, renewed
    case metric, before, after, unit, measured

    init?(name: String) {
        guard let column = Self.allCases.first(where: { "\($0)" == name }) else { return nil }
        self = column
    }

    /// Whether the column holds an identifier, which is pseudonymized.
    var isIdentifier: Bool { self == .account || self == .user }
}

/// Where a plan's header comes from: a file (whose header row may be a row of data, so only names the input
/// contract knows are quoted), or a table's columns (names from its schema, never data).
enum PlanSource {
    case file
    case table(columns: [String])
}

/// Where each canonical column sits in a file's header, after applying the `--map`.
///
/// The header of a file may be wrong (a file without one, line ends it cannot split), so its names are never
/// quoted in messages unless the mapping or the input contract named them: a header row may be a row of data.
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
    /// Columns kept as text attributes (accounts) or numbers (features): name and field index.
    let others: [(name: String, index: Int)]
    /// Number of fields each record must have.
    let fieldCount: Int
    /// The file's names of the columns that fed `account` or `user`, lowercased.
    let identifierSources: [String]

    /// Longest header listed in a message.
    private static let listedNames = 12

    /// Plans the columns of `header`; `identifierColumns` holds the (lowercased) names of columns that fed
    /// `account` or `user` in earlier loads.
    init(header: [String], kind: InputKind, mapping: ColumnMapping, file: String,
         identifierColumns: Set<String> = [], origin: PlanSource = .file) throws(IngestError) {
        let isTable = if case .table = origin { true } else { false }
        /// A column as messages name it: by position and name in a file, by name in a table.
        func label(_ i: Int, _ name: String) -> String { isTable ? "column \"\(name)\"" : "column \(i + 1) (\"\(name)\")" }
        var problems: [IngestProblem] = []
        if let preset = mapping.preset, kind != .events {
            problems.append(.init(line: nil, message:
                "--preset \(preset.vendor.rawValue) reads event exports; load \(kind.rawValue) with --map"))
        }
        let kept = kind == .accounts ? mapping.keptAttributes : []
        for canonical in mapping.names.keys.sorted() where !kind.canonicalColumns.contains(canonical) {
            if kind == .accounts && canonical.hasPrefix(ColumnMapping.attributePrefix) { continue }
            problems.append(.init(line: nil, message:
                "--map names \"\(canonical)\", which is not a column of \(kind.rawValue) (columns: \(kind.canonicalColumns.joined(separator: ", ")))"))
        }
        if header.contains(where: { $0.contains("\r") }) {
            problems.append(.init(line: 1, message: "lines end with a lone carriage return (CR); save the file with LF or CRLF line ends"))
            throw IngestError(file: file, problems: problems)
        }
        var position: [String: Int] = [:]
        for (i, name) in header.enumerated() where !name.isEmpty {
            if let first = position[name.lowercased()] {
                problems.append(.init(line: 1, message: "columns \(first + 1) and \(i + 1) have the same name"))
            }
            position[name.lowercased()] = position[name.lowercased()] ?? i
        }
        var index: [String: Int] = [:]
        var names: [String: String] = [:]
        var feeds: [Int: String] = [:]
        func claim(_ i: Int, for target: String, source: String) {
            if let other = feeds[i] {
                problems.append(.init(line: nil, message:
                    "column \"\(source)\" would feed both \"\(other)\" and \"\(target)\"; a column may feed one column only"))
            }
            feeds[i] = target
        }
        for canonical in kind.canonicalColumns {
            let source = mapping.sourceName(for: canonical)
            guard let i = position[source.lowercased()] else { continue }
            claim(i, for: canonical, source: source)
            index[canonical] = i
            names[canonical] = source
        }
        var others: [(name: String, index: Int)] = []
        for (name, source) in kept {
            guard let i = position[source.lowercased()] else {
                problems.append(.init(line: nil, message: "--map attribute:\(name) names \"\(source)\", which is not in the header"))
                continue
            }
            claim(i, for: ColumnMapping.attributePrefix + name, source: source)
            others.append((name, i))
        }
        let identifierSources = ["account", "user"].flatMap { index[$0] != nil ? Self.names(in: mapping.sourceName(for: $0)).sorted() : [] }
        let identifiers = identifierColumns.union(identifierSources).union(["account", "user"])
        for (canonical, i) in index.sorted(by: { $0.value < $1.value }) where !(Column(name: canonical)?.isIdentifier ?? false) {
            let source = mapping.sourceName(for: canonical)
            let names = Self.names(in: source)
            if !identifiers.isDisjoint(with: names)
                || (source.lowercased() != canonical && names.contains(where: IdentifierColumns.looksLikeIdentifier)) {
                problems.append(.init(line: nil, message:
                    "\(label(i, source)) holds identifiers and cannot feed \"\(canonical)\": identifiers are only ever stored pseudonymized"))
            }
        }
        for canonical in kind.requiredColumns where index[canonical] == nil {
            problems.append(.init(line: nil, message: Self.missing(canonical, header: header, used: Set(feeds.keys), origin: origin)))
        }
        if kind.keepsOtherColumns {
            for (i, name) in header.enumerated() where feeds[i] == nil && !name.isEmpty {
                if identifiers.contains(name.lowercased()) || IdentifierColumns.looksLikeIdentifier(name) {
                    let hint = kind == .accounts ? ", or keep it knowingly with --map attribute:NAME=\(name)" : ""
                    problems.append(.init(line: nil, message:
                        "\(label(i, name)) looks like an identifier and would be stored as it is; "
                            + (isTable ? "read the table through a view without it\(hint)" : "remove it from the file\(hint)")))
                    continue
                }
                others.append((name, i))
            }
        }
        if kind == .features && others.isEmpty {
            problems.append(.init(line: nil, message: "no feature columns: expected account plus numeric columns"))
        }
        guard problems.isEmpty else { throw IngestError(file: file, problems: problems) }
        self.index = index
        self.names = names
        for (canonical, i) in index { if let column = Column(name: canonical) { fields[column.rawValue] = i } }
        self.others = others.sorted { $0.index < $1.index }
        self.fieldCount = header.count
        self.identifierSources = identifierSources
    }

    /// The lowercased names a source goes by: itself and, for an NDJSON key path, each alternative and its last key,
    /// so that a later file naming the same field any of these ways is known to hold identifiers.
    static func names(in source: String) -> Set<String> {
        var names: Set<String> = [source.lowercased()]
        guard let path = try? FieldPath(parsing: source), path.alternatives.count > 1 || path.alternatives.first?.steps.count ?? 0 > 1
        else { return names }
        for (steps, text) in path.alternatives {
            names.insert(text.lowercased())
            if case .key(let key)? = steps.last { names.insert(key.lowercased()) }
        }
        return names
    }

    /// A table's column names for a message, the first 40 of them.
    static func list(_ columns: [String]) -> String {
        columns.prefix(40).joined(separator: ", ") + (columns.count > 40 ? ", … (\(columns.count) in all)" : "")
    }

    /// Says which required column is missing, listing only header names that the input contract knows (a header
    /// row may be data), and suggests a `--map`.
    private static func missing(_ canonical: String, header: [String], used: Set<Int>, origin: PlanSource) -> String {
        let aliases = InputKind.commonAliases[canonical] ?? []
        let guess = header.enumerated().first { !used.contains($0.offset) && aliases.contains($0.element.lowercased()) }?.element
        if case .table(let columns) = origin {
            return "no column \"\(canonical)\" (its columns: \(list(columns)); use --map \(canonical)=\(guess ?? "COLUMN"))"
        }
        let known = Set(InputKind.allCases.flatMap(\.canonicalColumns)).union(InputKind.commonAliases.values.flatMap { $0 })
        let named = header.filter { known.contains($0.lowercased()) }
        let unnamed = header.count - named.count
        var found = named.prefix(listedNames).joined(separator: ", ")
        if named.count > listedNames { found += ", …" }
        if unnamed > 0 { found += (found.isEmpty ? "" : " and ") + "\(unnamed) other column\(unnamed == 1 ? "" : "s")" }
        return "missing required column \"\(canonical)\" (found: \(found); use --map \(canonical)=\(guess ?? "COLUMN"))"
    }
}
