import Foundation

/// A table named on the command line, `schema.table` or `table`, read as SQL reads a name: unquoted parts fold to
/// lower case, double-quoted parts keep their case and may hold dots or spaces (`"Sales"."Web events"`).
///
/// A name is only ever used once the catalogue has confirmed it (see ``PostgresTableSource``), and always quoted.
struct TableName: Sendable, Equatable, CustomStringConvertible {
    var schema: String?
    var name: String

    /// Parses `text`; nil when it is not one or two names separated by a dot.
    init?(parsing text: String) {
        var parts: [String] = []
        var current = ""
        var scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)[...]
        while true {
            if scalars.first == "\"" {
                scalars = scalars.dropFirst()
                var closed = false
                while let scalar = scalars.first {
                    scalars = scalars.dropFirst()
                    if scalar == "\"" {
                        if scalars.first == "\"" {
                            current.unicodeScalars.append("\"")
                            scalars = scalars.dropFirst()
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        current.unicodeScalars.append(scalar)
                    }
                }
                guard closed, !current.isEmpty else { return nil }
            } else {
                while let scalar = scalars.first, scalar != "." {
                    guard scalar != "\"", !scalar.properties.isWhitespace else { return nil }
                    // SQL folds the ASCII letters of an unquoted name.
                    current.unicodeScalars.append(scalar.isASCII ? Unicode.Scalar(UInt8(ascii: scalar).lowercasedASCII) : scalar)
                    scalars = scalars.dropFirst()
                }
                guard !current.isEmpty else { return nil }
            }
            guard !current.unicodeScalars.contains("\u{0}") else { return nil }
            parts.append(current)
            current = ""
            guard let next = scalars.first else { break }
            guard next == ".", parts.count < 2 else { return nil }
            scalars = scalars.dropFirst()
        }
        schema = parts.count == 2 ? parts[0] : nil
        name = parts.last!
    }

    init(schema: String?, name: String) {
        self.schema = schema
        self.name = name
    }

    /// The name as a person would type it: each part bare when SQL would read it back unchanged, else quoted.
    var description: String { (schema.map { Self.typed($0) + "." } ?? "") + Self.typed(name) }

    /// The qualified name as SQL, both parts quoted.
    var sql: String { (schema.map { Self.quoted($0) + "." } ?? "") + Self.quoted(name) }

    /// An identifier in double quotes, its own double quotes doubled.
    static func quoted(_ identifier: String) -> String { "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func typed(_ identifier: String) -> String {
        let bare = identifier.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "$" }
            && !(identifier.unicodeScalars.first.map { ("0"..."9").contains($0) || $0 == "$" } ?? true)
        return bare ? identifier : quoted(identifier)
    }
}

private extension UInt8 {
    var lowercasedASCII: UInt8 { (0x41...0x5A).contains(self) ? self + 0x20 : self }
}
