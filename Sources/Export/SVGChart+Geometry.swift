import Foundation

extension SVGChart {
    // MARK: - Numbers

    /// A finite, bounded value for geometry: non-finite values count as zero.
    static func clean(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(max(value, -1e300), 1e300)
    }

    /// A number for an attribute: at most one decimal, `.` as separator, no `-0`, no exponent; non-finite → `0`.
    static func num(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        guard abs(tenths) < 1e15 else { return "0" }
        let whole = Int64(tenths)
        if whole == 0 { return "0" }
        let magnitude = whole.magnitude
        var out = whole < 0 ? "-" : ""
        out += String(magnitude / 10)
        if magnitude % 10 != 0 { out += "." + String(magnitude % 10) }
        return out
    }

    /// Round tick values for a range that includes zero: at most 4 intervals (3–4 gridlines above the baseline),
    /// with steps of 1, 2, 2.5 or 5 × 10ⁿ. Values are computed so that e.g. 0.3 is exactly `0.3`.
    static func niceTicks(low: Double, high: Double) -> [Double] {
        let span = high - low
        let magnitude = (log10(span) - log10(4)).rounded(.down)
        guard span > 0, span.isFinite, magnitude.isFinite, abs(magnitude) < 300 else { return [low, high] }
        let exponent = Int(magnitude)
        for power in exponent...(exponent + 2) {
            for multiple in [1.0, 2, 2.5, 5] {
                func value(_ k: Double) -> Double {
                    power >= 0 ? k * multiple * pow(10, Double(power)) : k * multiple / pow(10, Double(-power))
                }
                let step = value(1)
                guard step > 0, step.isFinite else { continue }
                let first = (low / step).rounded(.down), last = (high / step).rounded(.up)
                if last - first <= 4 { return stride(from: first, through: last, by: 1).map(value) }
            }
        }
        return [low, high]
    }

    // MARK: - Text

    /// Approximate width of a character in em for a system sans-serif font, on the generous side.
    static func characterWidth(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar {
        case " ": return 0.3
        case "i", "j", "l", "!", "|", ".", ",", ":", ";", "'", "I", "(", ")", "[", "]": return 0.32
        case "f", "t", "r", "-": return 0.4
        case "m", "w", "M", "W", "@", "%": return 0.9
        case "A"..."Z", "&": return 0.7
        case "0"..."9": return 0.6
        case "a"..."z": return 0.57
        default: return scalar.value >= 0x1100 ? 1.0 : 0.62
        }
    }

    /// Approximate rendered width in viewBox units at the chart's font size.
    static func textWidth(_ text: String) -> Double {
        text.reduce(0) { $0 + characterWidth($1) } * fontSize
    }

    /// The text, shortened with an ellipsis to fit `maxWidth`.
    static func fit(_ text: String, maxWidth: Double) -> (text: String, truncated: Bool) {
        guard textWidth(text) > maxWidth else { return (text, false) }
        let ellipsis = "…"
        let budget = maxWidth - textWidth(ellipsis)
        var out = "", used = 0.0
        for character in text {
            let width = characterWidth(character) * fontSize
            if used + width > budget { break }
            out.append(character)
            used += width
        }
        while out.last?.isWhitespace == true { out.removeLast() }
        return (out + ellipsis, true)
    }

    /// Width of a column holding these texts, clamped.
    static func columnWidth(_ texts: [String], min lower: Double, max upper: Double) -> Double {
        min(upper, max(lower, texts.map(textWidth).max() ?? 0).rounded(.up))
    }
}
