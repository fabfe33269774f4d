/// Where a column's value sits in an NDJSON object, as `--map` and presets name it.
///
/// Dots separate keys: `context.groupId` is the `groupId` member of the `context` object. Inside a key, `\.` is a
/// dot, `\|` a bar and `\\` a backslash; `$` and every other character stand for themselves
/// (`properties.$groups`). A key written `*` takes the only member of an object (`groups.*`). Alternatives are
/// separated by `|` and the first one holding a value wins (`context.groupId|groupId`). A list of one value counts
/// as that value. An empty text names nothing: the column is absent.
struct FieldPath: Equatable {
    enum Step: Equatable {
        case key(String)
        /// The only member of an object.
        case only
    }

    /// The alternatives, in order, each as steps and as written (for messages).
    let alternatives: [(steps: [Step], text: String)]

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.alternatives.map(\.text) == rhs.alternatives.map(\.text) && lhs.alternatives.map(\.steps) == rhs.alternatives.map(\.steps)
    }

    /// Parses the syntax above; throws a message naming the path when a key is empty or an escape is unfinished.
    init(parsing text: String) throws(FieldPathError) {
        guard !text.isEmpty else {
            alternatives = []
            return
        }
        var alternatives: [(steps: [Step], text: String)] = []
        var steps: [Step] = []
        var key = "", written = "", escaped = false, keyEscaped = false
        func endKey() throws(FieldPathError) {
            guard !key.isEmpty else { throw FieldPathError(path: text, problem: "has an empty key") }
            steps.append(key == "*" && !keyEscaped ? .only : .key(key))
            key = ""
            keyEscaped = false
        }
        for character in text {
            if escaped {
                key.append(character)
                written.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\":
                escaped = true
                keyEscaped = true
                written.append(character)
            case ".":
                try endKey()
                written.append(character)
            case "|":
                try endKey()
                alternatives.append((steps, written))
                steps = []
                written = ""
            default:
                key.append(character)
                written.append(character)
            }
        }
        guard !escaped else { throw FieldPathError(path: text, problem: "ends with an unfinished escape (\\)") }
        try endKey()
        alternatives.append((steps, written))
        self.alternatives = alternatives
    }

    /// A single top-level key taken as it is, dots and all (the other keys of an accounts file).
    init(key: String) {
        alternatives = [([.key(key)], key)]
    }

    /// A key written so that the syntax above reads it back as one key.
    static func escape(_ key: String) -> String {
        var text = ""
        for character in key {
            if character == "." || character == "|" || character == "\\" { text.append("\\") }
            text.append(character)
        }
        return key == "*" ? "\\*" : text
    }

    /// The value at the first alternative that holds one.
    func value(in object: [String: JSONValue]) -> FieldLookup {
        for (steps, text) in alternatives {
            switch Self.walk(steps, .object(object), text) {
            case .absent: continue
            case let found: return found
            }
        }
        return .absent
    }

    private static func walk(_ steps: [Step], _ root: JSONValue, _ text: String) -> FieldLookup {
        var current = root
        for step in steps {
            guard case .object(let members) = unwrapped(current) else { return .absent }
            switch step {
            case .key(let key):
                guard let next = members[key] else { return .absent }
                current = next
            case .only:
                if members.count > 1 { return .choice(members: members.count, path: text) }
                guard let next = members.values.first else { return .absent }
                current = next
            }
        }
        switch unwrapped(current) {
        case .text(let value): return value.isEmpty ? .absent : .value(value)
        case .null: return .absent
        case .object: return .object(path: text)
        case .list(let items): return .list(values: items.count, path: text)
        case .outOfRange: return .outOfRange(path: text)
        }
    }

    /// A list of one value stands for that value; an empty list for nothing.
    private static func unwrapped(_ value: JSONValue) -> JSONValue {
        guard case .list(let items) = value, items.count <= 1 else { return value }
        return items.first ?? .null
    }
}

/// What a path found in an object.
enum FieldLookup: Equatable {
    case value(String)
    /// Nothing there: the key is missing, null, empty, or an empty list.
    case absent
    /// An object where a value was expected.
    case object(path: String)
    /// A list of several values where one was expected.
    case list(values: Int, path: String)
    /// A number too large for a Double.
    case outOfRange(path: String)
    /// A `*` met an object of several members.
    case choice(members: Int, path: String)

    /// What is wrong, in words that name the path and never a value; nil when a value or nothing was found.
    var problem: String? {
        switch self {
        case .value, .absent: nil
        case .object(let path): "key \"\(path)\" holds an object, not a value; name one of its keys (\(path).KEY)"
        case .list(let values, let path): "key \"\(path)\" holds a list of \(values) values, not one value"
        case .outOfRange(let path): "key \"\(path)\" holds a number out of range"
        case .choice(let members, let path): "key \"\(path)\" has \(members) members to choose from; name one instead of *"
        }
    }
}

/// A path that cannot be read.
struct FieldPathError: Error {
    var path: String
    var problem: String

    var message: String { "key path \"\(path)\" \(problem)" }
}
