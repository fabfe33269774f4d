/// Parses numbers and times straight from field bytes, without building strings.
enum FieldParser {
    /// A decimal number (`12`, `-3.5`, `1e3`, `.5`), surrounding spaces allowed; nil when the text is anything
    /// else (hex, `inf`, `nan`, trailing bytes, a NUL) or the value is not finite.
    ///
    /// Exact: short values take the fast path (an integer mantissa below 2^53 divided by an exact power of ten is
    /// correctly rounded); every other well-formed number goes through the standard library's correctly rounded
    /// conversion, after this grammar has checked every byte.
    static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
        let (lower, upper) = trimmed(bytes, range)
        guard lower < upper else { return nil }
        var i = lower
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var exact = true
        var scale = 0
        var digits = 0
        while i < upper, bytes[i] &- 0x30 < 10 {
            accumulate(bytes[i], &mantissa, &exact)
            digits += 1
            i += 1
        }
        if i < upper && bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < upper, bytes[i] &- 0x30 < 10 {
                accumulate(bytes[i], &mantissa, &exact)
                digits += 1
                scale += 1
                i += 1
            }
        }
        guard digits > 0 else { return nil }
        var hasExponent = false
        if i < upper && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            hasExponent = true
            i += 1
            if i < upper && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
            let start = i
            while i < upper, bytes[i] &- 0x30 < 10 { i += 1 }
            guard i > start else { return nil }
        }
        guard i == upper else { return nil }
        if exact && !hasExponent && scale <= 22 {
            var value = Double(mantissa)
            if scale > 0 { value /= powersOfTen[scale] }
            return negative ? -value : value
        }
        guard let value = Double(String(decoding: bytes[lower..<upper], as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Adds a digit to the mantissa while it stays exactly representable as a Double (below 2^53).
    @inline(__always)
    private static func accumulate(_ digit: UInt8, _ mantissa: inout UInt64, _ exact: inout Bool) {
        guard exact else { return }
        let next = mantissa &* 10 &+ UInt64(digit &- 0x30)
        if mantissa > (1 << 53) / 10 || next >= 1 << 53 { exact = false } else { mantissa = next }
    }

    /// The range without surrounding spaces.
    @inline(__always)
    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> (Int, Int) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && bytes[lower] == 0x20 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
        return (lower, upper)
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// A time as Unix seconds: ISO-8601 date (`2025-03-04`), date-time (`2025-03-04T10:22:05Z`,
    /// with optional fraction and offset, `T` or a space), or Unix seconds (`1741083725`).
    static func time(_ bytes: [UInt8], _ range: Range<Int>) -> Int64? {
        let (lower, upper) = trimmed(bytes, range)
        guard lower < upper else { return nil }
        // Unix seconds: digits with an optional fraction.
        if upper - lower <= 4 || bytes[lower + 4] != UInt8(ascii: "-") {
            guard let seconds = number(bytes, lower..<upper), seconds >= 0, seconds < 1e11 else { return nil }
            return Int64(seconds)
        }
        var c = Cursor(bytes: bytes, at: lower, end: upper)
        guard let year = c.digits(4), c.expect("-"), let month = c.digits(2), c.expect("-"),
            let day = c.digits(2), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var seconds = Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if c.atEnd { return seconds }
        guard c.expect("T") || c.expect(" ") || c.expect("t"), let hour = c.digits(2), hour < 24, c.expect(":"),
            let minute = c.digits(2), minute < 60
        else { return nil }
        var second = 0
        if c.expect(":") {
            guard let value = c.digits(2), value < 61 else { return nil }
            second = value
            if c.expect(".") || c.expect(",") {
                guard c.skipDigits() > 0 else { return nil }
            }
        }
        seconds += Int64(hour * 3600 + minute * 60 + second)
        if c.atEnd || c.expect("Z") || c.expect("z") { return c.atEnd ? seconds : nil }
        let sign: Int64
        if c.expect("+") { sign = 1 } else if c.expect("-") { sign = -1 } else { return nil }
        guard let offsetHours = c.digits(2), offsetHours <= 14 else { return nil }
        _ = c.expect(":")
        let offsetMinutes = c.atEnd ? 0 : c.digits(2)
        guard let offsetMinutes, offsetMinutes < 60, c.atEnd else { return nil }
        return seconds - sign * Int64(offsetHours * 3600 + offsetMinutes * 60)
    }

    /// A read position in a field's bytes. A struct with mutating methods rather than closures over a `var`,
    /// so that no run-time exclusivity check runs on the ingest hot path.
    private struct Cursor {
        let bytes: [UInt8]
        var at: Int
        let end: Int

        var atEnd: Bool { at == end }

        /// `count` decimal digits as a number, or nil.
        mutating func digits(_ count: Int) -> Int? {
            guard at + count <= end else { return nil }
            var value = 0
            for _ in 0..<count {
                let digit = bytes[at] &- 0x30
                guard digit < 10 else { return nil }
                value = value &* 10 &+ Int(digit)
                at &+= 1
            }
            return value
        }

        /// Steps over `character` when it comes next.
        mutating func expect(_ character: Unicode.Scalar) -> Bool {
            guard at < end && bytes[at] == UInt8(character.value) else { return false }
            at &+= 1
            return true
        }

        /// Steps over digits; how many.
        mutating func skipDigits() -> Int {
            let start = at
            while at < end && bytes[at] &- 0x30 < 10 { at &+= 1 }
            return at - start
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Parses a time as the input contract does (ISO-8601 date or date-time, or Unix seconds) into Unix seconds.
public func parseTimestamp(_ text: String) -> Int64? {
    let bytes = Array(text.utf8)
    return FieldParser.time(bytes, 0..<bytes.count)
}
