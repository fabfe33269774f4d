import Foundation

/// A key said twice in one JSON object. Decoders keep one of the two values without a word, so a catalogue edited by
/// hand would silently lose the other; the loader refuses the file instead, naming the line.
struct DuplicateKey: Equatable {
    var key: String
    var line: Int

    /// The first key that repeats within one object of `data`, if any. The scan reads only what it must (strings,
    /// braces, brackets, commas and colons); a file that is not JSON is left to the decoder to describe.
    static func first(in data: Data) -> DuplicateKey? {
        // Per open container: the keys seen so far, or nil for an array.
        var stack: [Set<String>?] = []
        var expectsKey = false
        var line = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            switch byte {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: "{"): stack.append([]); expectsKey = true
            case UInt8(ascii: "["): stack.append(nil); expectsKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast(); expectsKey = false
            case UInt8(ascii: ","): expectsKey = stack.last.map { $0 != nil } ?? false
            case UInt8(ascii: "\""):
                var end = data.index(after: index)
                while end < data.endIndex, data[end] != UInt8(ascii: "\"") {
                    end = data.index(end, offsetBy: data[end] == UInt8(ascii: "\\") ? 2 : 1, limitedBy: data.endIndex) ?? data.endIndex
                }
                if expectsKey, var keys = stack.last ?? nil {
                    let key = String(decoding: data[data.index(after: index)..<min(end, data.endIndex)], as: UTF8.self)
                    if !keys.insert(key).inserted { return DuplicateKey(key: key, line: line) }
                    stack[stack.count - 1] = keys
                    expectsKey = false
                }
                index = end
            default: break
            }
            if index < data.endIndex { index = data.index(after: index) }
        }
        return nil
    }
}
