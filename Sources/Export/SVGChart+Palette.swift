import Foundation

extension SVGChart {
    /// The colours of every chart.
    enum Palette {
        static let ink = "#1f2933"
        static let muted = "#7b8794"
        static let accent = "#2f6fed"
        static let accent2 = "#e8833a"
        static let good = "#2f9e44"
        static let bad = "#d64545"
        static let grid = "#e4e7eb"
        static let paper = "#ffffff"
        /// Fallbacks for invalid part colours, in order.
        static let series = [accent, accent2, good, bad, muted, ink]
    }

    /// The caller's colour if it is a plain hex colour or a colour name, else a palette colour.
    static func safeColor(_ color: String, fallback index: Int) -> String {
        let scalars = Array(color.unicodeScalars)
        let isHex = scalars.first == "#" && [4, 5, 7, 9].contains(scalars.count)
            && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
        let isName = (1...30).contains(scalars.count) && scalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if isHex || isName { return color }
        return Palette.series[index % Palette.series.count]
    }

    /// Ink or white, whichever reads better on a hex background colour (ink for names).
    static func textColor(on background: String) -> String {
        var digits = String(background.dropFirst())
        guard background.hasPrefix("#") else { return Palette.ink }
        if digits.count == 3 || digits.count == 4 { digits = String(digits.prefix(3).flatMap { [$0, $0] }) }
        guard digits.count >= 6, let rgb = UInt32(digits.prefix(6), radix: 16) else { return Palette.ink }
        func linear(_ channel: UInt32) -> Double {
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff)
        // Contrast with white vs with ink (#1f2933, luminance ≈ 0.022).
        return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.072) ? Palette.paper : Palette.ink
    }
}
