import Foundation

/// JSON output shared by the commands.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        Swift.print(try string(value))
    }

    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
