import Foundation

/// A JSON value, as much of it as an ingest reads: strings as they are, numbers and booleans in JSON form; an
/// object holds only the members its ``KeyTree`` asks for, so the rest of a wide export line is never built.
indirect enum JSONValue: Decodable, Equatable {
    case text(String)
    case null
    case object([String: JSONValue])
    case list([JSONValue])
    /// A number too large for a Double.
    case outOfRange

    /// The key under which a decoder's `userInfo` holds the ``KeyTree`` to follow.
    static let keyTree = CodingUserInfoKey(rawValue: "conteur.keyTree")!

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() {
                self = .null
                return
            }
            if let text = try? container.decode(String.self) {
                self = .text(text)
                return
            }
            if let flag = try? container.decode(Bool.self) {
                self = .text(flag ? "true" : "false")
                return
            }
            if let number = try? container.decode(Int64.self) {
                self = .text(String(number))
                return
            }
            if let number = try? container.decode(Double.self) {
                self = .text(String(number))
                return
            }
        }
        let node = (decoder.userInfo[Self.keyTree] as? KeyTree)?.node(at: decoder.codingPath)
        if let container = try? decoder.container(keyedBy: AnyKey.self) {
            var members: [String: JSONValue] = [:]
            if let node, node.descends {
                for key in container.allKeys where node.wants(key.stringValue) {
                    members[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
                }
            }
            self = .object(members)
        } else if var container = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !container.isAtEnd { items.append(try container.decode(JSONValue.self)) }
            self = .list(items)
        } else {
            self = .outOfRange
        }
    }
}

/// The keys a read needs from each line's object: only members named here are decoded.
final class KeyTree: @unchecked Sendable {
    private var children: [String: KeyTree] = [:]
    /// The node for every member (a `*` step).
    private var anyMember: KeyTree?
    /// Every member is decoded, as a value only (the other keys of an accounts file).
    var everyMember = false

    /// Whether an object at this node has members to decode.
    var descends: Bool { everyMember || anyMember != nil || !children.isEmpty }

    func wants(_ key: String) -> Bool { everyMember || anyMember != nil || children[key] != nil }

    /// Adds every alternative of a path.
    func add(_ path: FieldPath) {
        for (steps, _) in path.alternatives {
            var node = self
            for step in steps {
                switch step {
                case .key(let key):
                    if node.children[key] == nil { node.children[key] = KeyTree() }
                    node = node.children[key]!
                case .only:
                    if node.anyMember == nil { node.anyMember = KeyTree() }
                    node = node.anyMember!
                }
            }
        }
    }

    /// The node for a decoder's coding path (list indices keep the node of their list); nil when not asked for.
    func node(at path: [any CodingKey]) -> KeyTree? {
        var node: KeyTree? = self
        for key in path where key.intValue == nil {
            node = node?.children[key.stringValue] ?? node?.anyMember
        }
        return node
    }
}
