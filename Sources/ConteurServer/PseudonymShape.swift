/// Text shaped like a pseudonym (`acc-` or `usr-` and 16 lowercase hex digits, not inside a longer word):
/// the honesty guard refuses any brief that would print one, so a request holding one is refused first,
/// as the client's mistake rather than the server's.
enum PseudonymShape {
    static func appears(in text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isWord(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 }
        func isHex(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (97...102).contains(byte) }
        guard bytes.count >= 20 else { return false }
        for index in 0...(bytes.count - 20) {
            let prefix = bytes[index..<index + 4]
            if prefix.elementsEqual("acc-".utf8) || prefix.elementsEqual("usr-".utf8), index == 0 || !isWord(bytes[index - 1]),
               bytes[index + 4..<index + 20].allSatisfy(isHex), index + 20 == bytes.count || !isWord(bytes[index + 20]) {
                return true
            }
        }
        return false
    }
}
